"""Held-out evaluation family 18 for the Chinese PII detector (written blind).

python -m bench.classify_heldout18  -> tests/classify/data/heldout18_generated.jsonl
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

from bench.classify_values import id_check, luhn_digit, W_USCC, USCC_AL, W_ORG, fullwidth

SEED = 18_30_2026
N_DOCS = 2000
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "classify" / "data" / "heldout18_generated.jsonl"
ENTITIES_YAML = Path("/work/shared/design/entities.yaml")

# ---------------------------------------------------------------- Traditional script
_S = ("陈林黄张刘杨吴赵周徐孙马朱胡郭何高罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严欧阳司诸葛上官"
      "伟刚强军华明国庆红丽兰凤英萍敏静艳娟霞涛浩鹏杰磊斌晨宇轩梓涵欣怡诗琪子豪俊辉建忠卫东秀珍桂芳玉梅淑志海波文雯婷颖嘉睿博铭泽浩然思远雨彤一诺"
      "省市区县镇乡街道路号幢栋单元室村组社小园苑湾庄巷弄楼层号码兴浔长安吉德清湖州杭西余拱墅嘉桐乡绍兴柯桥诸暨宁波鄞温瑞义乌台岭苏吴江无锡宜京宁肥阜临泉饶鄱阳河南周口郸信固始川充仪陇达渠贵毕节威彝回苗云昭通镇雄邵东北冈蕲春广玉博白新疆维喀什疏附藏日喀则桑珠孜内蒙古呼伦贝尔海拉山临沂兰陵甘肃定西渭福建晋上浦重庆万"
      "爱飞英织里八店练双武康和平递铺孝丰城关华红旗人民解放中环凤凰龙溪仁皇青铜太湖滨府前康体育场爱山文化"
      "糖尿病型高血压级慢性肾脏期抑郁症乳腺癌晚冠心脑梗死后遗乙肝病毒携带者哮喘癫痫精神分裂帕金森尿毒维持性透析肺结核艾滋感染"
      "元万亿存款余额")
_T = ("陳林黃張劉楊吳趙周徐孫馬朱胡郭何高羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董潘袁蔡蔣余杜葉程蘇魏呂丁任沈姚盧姜崔鍾譚陸汪范金石廖賈夏韋付方白鄒孟熊秦邱江尹薛閆段雷侯龍史陶黎賀顧毛郝龔邵萬錢嚴歐陽司諸葛上官"
      "偉剛強軍華明國慶紅麗蘭鳳英萍敏靜艷娟霞濤浩鵬傑磊斌晨宇軒梓涵欣怡詩琪子豪俊輝建忠衛東秀珍桂芳玉梅淑志海波文雯婷穎嘉睿博銘澤浩然思遠雨彤一諾"
      "省市區縣鎮鄉街道路號幢棟單元室村組社小園苑灣莊巷弄樓層號碼興潯長安吉德清湖州杭西餘拱墅嘉桐鄉紹興柯橋諸暨寧波鄞溫瑞義烏台嶺蘇吳江無錫宜京寧肥阜臨泉饒鄱陽河南周口鄲信固始川充儀隴達渠貴畢節威彝回苗雲昭通鎮雄邵東北岡蘄春廣玉博白新疆維喀什疏附藏日喀則桑珠孜內蒙古呼倫貝爾海拉山臨沂蘭陵甘肅定西渭福建晉上浦重慶萬"
      "愛飛英織裡八店練雙武康和平遞鋪孝豐城關華紅旗人民解放中環鳳凰龍溪仁皇青銅太湖濱府前康體育場愛山文化"
      "糖尿病型高血壓級慢性腎臟期抑鬱症乳腺癌晚冠心腦梗死後遺乙肝病毒攜帶者哮喘癲癇精神分裂帕金森尿毒維持性透析肺結核愛滋感染"
      "元萬億存款餘額")
assert len(_S) == len(_T), (len(_S), len(_T))
S2T = str.maketrans(dict((a, b) for a, b in zip(_S, _T) if a != b))


def t(s: str) -> str:
    return s.translate(S2T)


# ---------------------------------------------------------------- value pools
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严")
RARE_SURNAMES = ["禤", "佘", "亓", "靳", "逯", "訾", "阙", "仉", "笪", "鄢", "郗", "璩", "甯", "劳", "闵", "蒯"]
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "慕容", "东方", "皇甫", "尉迟", "令狐", "端木", "公孙", "夏侯"]
GIVEN_OLD = ["建国", "国庆", "卫东", "秀英", "桂英", "玉兰", "淑珍", "志强", "建华", "红梅", "凤英", "德胜", "金凤", "春生", "跃进", "爱华"]
GIVEN_MID = ["伟", "刚", "强", "军", "丽", "敏", "静", "艳", "娟", "海波", "晓东", "丽萍", "文杰", "志明", "雪梅", "春燕", "建平", "海燕", "立新", "永红"]
GIVEN_NEW = ["梓涵", "子豪", "欣怡", "浩然", "一诺", "诗琪", "宇轩", "雨彤", "思远", "嘉睿", "铭泽", "若曦", "沐阳", "芷若", "俊熙", "语桐", "奕辰", "可馨"]
MINORITY = ["阿依古丽·买买提", "艾力·吐尔逊", "古丽娜尔·艾山", "扎西顿珠", "次仁卓玛", "央金拉姆", "乌兰其其格", "巴特尔", "斯琴高娃",
            "热依拉·阿不都", "阿卜杜拉·买合木提", "格桑旺堆", "吉克阿依", "阿西木·沙吾提", "那仁满都拉", "金顺姬"]

# (province, city, county, code)
COUNTIES = [
    ("浙江省", "湖州市", "吴兴区", "330502"), ("浙江省", "湖州市", "南浔区", "330503"), ("浙江省", "湖州市", "德清县", "330521"),
    ("浙江省", "湖州市", "长兴县", "330522"), ("浙江省", "湖州市", "安吉县", "330523"), ("浙江省", "杭州市", "西湖区", "330106"),
    ("浙江省", "杭州市", "余杭区", "330110"), ("浙江省", "杭州市", "拱墅区", "330105"), ("浙江省", "嘉兴市", "南湖区", "330402"),
    ("浙江省", "嘉兴市", "桐乡市", "330483"), ("浙江省", "绍兴市", "柯桥区", "330603"), ("浙江省", "绍兴市", "诸暨市", "330681"),
    ("浙江省", "宁波市", "鄞州区", "330212"), ("浙江省", "温州市", "瑞安市", "330381"), ("浙江省", "金华市", "义乌市", "330782"),
    ("浙江省", "台州市", "温岭市", "331081"), ("江苏省", "苏州市", "吴江区", "320509"), ("江苏省", "无锡市", "宜兴市", "320282"),
    ("江苏省", "南京市", "江宁区", "320115"), ("安徽省", "宣城市", "广德市", "341822"), ("安徽省", "合肥市", "肥西县", "340123"),
    ("安徽省", "阜阳市", "临泉县", "341221"), ("江西省", "上饶市", "鄱阳县", "361128"), ("河南省", "周口市", "郸城县", "411625"),
    ("河南省", "信阳市", "固始县", "411525"), ("四川省", "南充市", "仪陇县", "511324"), ("四川省", "达州市", "渠县", "511725"),
    ("贵州省", "毕节市", "威宁彝族回族苗族自治县", "520526"), ("云南省", "昭通市", "镇雄县", "530627"), ("湖北省", "黄冈市", "蕲春县", "421126"),
    ("广西壮族自治区", "玉林市", "博白县", "450923"), ("新疆维吾尔自治区", "喀什地区", "疏附县", "653121"),
    ("西藏自治区", "日喀则市", "桑珠孜区", "540202"), ("内蒙古自治区", "呼伦贝尔市", "海拉尔区", "150702"),
    ("山东省", "临沂市", "兰陵县", "371324"), ("甘肃省", "定西市", "通渭县", "621121"), ("福建省", "泉州市", "晋江市", "350582"),
    ("", "上海市", "浦东新区", "310115"), ("", "重庆市", "万州区", "500101"), ("湖南省", "邵阳市", "邵东市", "430521"),
]
HZ_TOWNS = {"吴兴区": ["爱山街道", "飞英街道", "织里镇", "八里店镇", "朝阳街道", "月河街道"], "南浔区": ["南浔镇", "练市镇", "双林镇", "菱湖镇", "旧馆街道"],
            "德清县": ["武康街道", "新市镇", "乾元镇", "禹越镇"], "长兴县": ["雉城街道", "和平镇", "泗安镇", "林城镇", "画溪街道"],
            "安吉县": ["递铺街道", "孝丰镇", "天荒坪镇", "梅溪镇", "昌硕街道"]}
TOWNS = ["城关镇", "新华街道", "东城街道", "城南街道", "河口镇", "白塔镇", "青山乡", "双桥镇", "石门镇", "古城街道", "大河镇", "兴隆镇"]
ROADS = ["红旗路", "人民路", "解放路", "中山路", "凤凰路", "青铜路", "仁皇山路", "环城东路", "太湖路", "滨河路", "府前街", "康山路", "文化路", "建设大道", "学士街", "龙溪北路"]
VILLAGES = ["新民村", "石桥村", "张家湾村", "联合村", "长田村", "东风村", "上庄村", "横塘村", "杨家埠村", "永兴村"]
ESTATES = ["凤凰家园", "碧水苑", "金色港湾", "阳光城", "龙溪花园", "锦绣华庭", "湖滨小区", "梧桐里", "康桥新村", "绿城玉兰公寓"]
HEALTH = ["2型糖尿病", "高血压病3级", "高血压2级（高危）", "慢性肾脏病4期", "抑郁症", "重度抑郁发作", "乳腺癌（晚期）", "冠心病", "脑梗死后遗症",
          "乙肝病毒携带者", "支气管哮喘", "癫痫", "精神分裂症", "帕金森病", "尿毒症（维持性血透）", "肺结核", "艾滋病病毒感染", "双相情感障碍",
          "系统性红斑狼疮", "阿尔茨海默病", "先天性心脏病", "肝硬化失代偿期"]
HEALTH_T = ["2型糖尿病", "高血壓病3級", "慢性腎臟病4期", "抑鬱症", "乳腺癌（晚期）", "冠心病", "腦梗死後遺症", "乙肝病毒攜帶者", "支氣管哮喘",
            "癲癇", "精神分裂症", "帕金森病", "尿毒症（維持性血透）", "肺結核"]
PLACES = ["湖州站", "杭州东站", "南浔古镇", "安吉高铁站", "长兴汽车站", "爱山广场", "吴兴万达广场", "德清地理信息小镇", "太湖旅游度假区", "织里童装城",
          "湖州市中心医院", "龙之梦乐园", "莫干山风景区", "杭州萧山国际机场", "义乌国际商贸城", "月河街"]
BINS = ["622202", "621700", "622848", "621661", "622588", "622262", "622908", "621483", "623058", "622700", "621226", "625965", "622609", "621799", "628288"]
AREA = ["0572", "0571", "0573", "0575", "0574", "0577", "0579", "0576", "021", "025", "0512", "0510", "010", "0551", "0558", "027", "028", "0851"]
MOB_PFX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151", "152", "153", "155", "157", "158", "159",
           "166", "171", "173", "175", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]
DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "aliyun.com", "outlook.com", "gmail.com", "yeah.net", "hotmail.com", "sohu.com"]
PINYIN = ["zhangwei", "li.na", "wangfang", "liuyang", "chen_jie", "huanglei", "zhao.min", "wuhao", "zhouqian", "xu.ting", "sunyu", "hzlin", "yangxm", "shenjr", "qianyh"]
PLATE_PFX = ["浙E", "浙A", "浙F", "浙B", "浙C", "浙D", "浙G", "苏E", "苏B", "皖P", "皖K", "沪A", "赣E", "豫P", "川R", "京N", "鲁Q", "闽C"]
ORGS = ["湖州市市场监督管理局", "吴兴区人力资源和社会保障局", "湖州市公安局交通警察支队", "南浔区民政局", "湖州市大数据管理中心", "德清县卫生健康局",
        "长兴县人民法院", "国家税务总局湖州市税务局", "安吉县应急管理局", "湖州市住房公积金管理中心", "湖州市文化广电旅游局", "吴兴区教育局",
        "湖州市医疗保障局", "湖州市中级人民法院", "湖州市住房和城乡建设局"]
ORGS_T = ["湖州市市場監督管理局", "吳興區人力資源和社會保障局", "湖州市公安局交通警察支隊", "南潯區民政局", "湖州市大數據管理中心", "德清縣衛生健康局", "長興縣人民法院"]
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


class G:
    """Value generators; each returns a string. `trad` switches to Traditional pools."""

    def __init__(self, rng: random.Random, trad: bool):
        self.r = rng
        self.trad = trad

    def c(self, seq):
        return self.r.choice(seq)

    def d(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    # -- people
    def P(self):
        r = self.r.random()
        if r < 0.07 and not self.trad:
            return self.c(MINORITY)
        if r < 0.14:
            s = self.c(COMPOUND)
        elif r < 0.22:
            s = self.c(RARE_SURNAMES)
        else:
            s = self.c(SURNAMES)
        g = self.c([GIVEN_OLD, GIVEN_MID, GIVEN_NEW][self.r.randrange(3)])
        return t(s + g) if self.trad else s + g

    def county(self):
        return self.c(COUNTIES[:16] * 2 + COUNTIES)

    def _birth(self):
        y = self.r.randint(1938, 2016)
        m = self.r.randint(1, 12)
        dd = self.r.randint(1, 28)
        return y, m, dd

    def _id(self):
        cty = self.county()
        y, m, dd = self._birth()
        f = f"{cty[3]}{y:04d}{m:02d}{dd:02d}{self.d(3)}"
        return f + id_check(f)

    def ID(self):
        return self._id()

    def IDS(self):
        s = self._id()
        sep = self.c([" ", " ", "-"])
        return sep.join([s[:6], s[6:14], s[14:]])

    def IDF(self):
        return fullwidth(self._id())

    def ID15(self):
        cty = self.county()
        y, m, dd = self.r.randint(1935, 1970), self.r.randint(1, 12), self.r.randint(1, 28)
        return f"{cty[3]}{y % 100:02d}{m:02d}{dd:02d}{self.d(3)}"

    # -- phones
    def _mob(self):
        return self.c(MOB_PFX) + self.d(8)

    def MOB(self):
        m = self._mob()
        k = self.r.random()
        if k < 0.55:
            return m
        if k < 0.7:
            return f"{m[:3]} {m[3:7]} {m[7:]}"
        if k < 0.8:
            return f"{m[:3]}-{m[3:7]}-{m[7:]}"
        if k < 0.92:
            return self.c(["+86 ", "+86", "+86-", "0086 ", "(+86)"]) + m
        return fullwidth(m)

    def MOBP(self):
        return self._mob()

    def TEL(self):
        a = self.c(AREA)
        n = self.d(7 if len(a) == 4 and self.r.random() < 0.4 else 8)
        n = str(self.r.randint(2, 8)) + n[1:]
        k = self.r.random()
        if k < 0.35:
            s = f"{a}-{n}"
        elif k < 0.5:
            s = f"({a}){n}"
        elif k < 0.6:
            s = f"（{a}）{n}"
        elif k < 0.7:
            s = f"{a} {n[:4]} {n[4:]}"
        elif k < 0.8:
            s = f"+86-{a[1:]}-{n}"
        else:
            s = f"{a}-{n}"
        if self.r.random() < 0.3:
            s += self.c([f"转{self.d(4)}", f"-{self.d(3)}", f" ext. {self.d(2)}", f"转{self.d(3)}", f" 分机{self.d(4)}", f"#{self.d(3)}"])
        return s

    def TELL(self):  # local number only, after an explicit label
        n = str(self.r.randint(2, 8)) + self.d(7)
        return self.c([n, f"{n[:4]} {n[4:]}", f"{n[:4]}-{n[4:]}"])

    # -- organisations
    def USCC(self):
        head = self.c(["91", "91", "92", "11", "12", "52", "51", "93", "31", "Y1"])
        cty = self.county()[3]
        body = "".join(self.c("0123456789" * 3 + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
        vals = [int(ch) if ch.isdigit() else ord(ch) - 55 for ch in body]
        c = 11 - sum(v * w for v, w in zip(vals, W_ORG)) % 11
        oc = "X" if c == 10 else "0" if c == 11 else str(c)
        s17 = head + cty + body + oc
        chk = USCC_AL[(31 - sum(USCC_AL.index(ch) * w for ch, w in zip(s17, W_USCC)) % 31) % 31]
        return s17 + chk

    # -- cards
    def _card(self):
        b = self.c(BINS)
        ln = self.c([16, 19, 19, 16, 17, 18])
        p = b + self.d(ln - 7)
        return p + luhn_digit(p)

    def CARD(self):
        s = self._card()
        k = self.r.random()
        if k < 0.6:
            return s
        if k < 0.9:
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return fullwidth(s)

    # -- internet
    def MAIL(self):
        loc = self.c(PINYIN + ["", "", ""])
        if not loc or self.r.random() < 0.3:
            loc = (loc or "") + str(self.r.randint(1, 9)) + self.d(self.r.randint(4, 5)) if self.r.random() < 0.5 else self.c(PINYIN) + str(self.r.randint(60, 99))
        return f"{loc}@{self.c(DOMAINS)}"

    def MAILG(self):
        return f"{self.c(PINYIN)}@{self.c(['huzhou.gov.cn', 'wx.huzhou.gov.cn', 'zjhz.edu.cn', 'hzszyy.com'])}"

    def IP(self):
        k = self.r.random()
        if k < 0.85:
            a = self.c([str(self.r.randint(1, 223)), "10", "172", "192", "115", "36", "220"])
            return f"{a}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        return f"240e:{self.r.randint(256, 4095):x}:{self.r.randint(4096, 65535):x}:{self.r.randint(16, 255):x}00::{self.r.randint(1, 255):x}"

    # -- travel documents
    def PP(self):
        k = self.r.random()
        if k < 0.45:
            return "E" + self.d(8)
        if k < 0.8:
            return "E" + self.c("ABCDEFGHJKLMNPQRSTUVWXY") + self.d(7)
        if k < 0.92:
            return "G" + self.d(8)
        return self.c(["P", "S", "D"]) + self.d(7)

    def HK(self):
        k = self.r.random()
        if k < 0.5:
            return "C" + self.d(8)
        if k < 0.75:
            return "C" + self.c("ABCDEFGHJKLMNPQRSTUVWXY") + self.d(7)
        if k < 0.88:
            return "W" + self.d(8)
        return self.c(["H", "M"]) + self.d(8)

    def PLATE(self):
        p = self.c(PLATE_PFX)
        if self.r.random() < 0.25:
            tail = self.c(["D", "F"]) + self.d(5) if self.r.random() < 0.6 else self.d(5) + self.c(["D", "F"])
        else:
            tail = "".join(self.c("0123456789" * 2 + "ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
            tail = tail[:4] + self.c("0123456789")
        sep = self.c(["", "", "·", " ", "-"])
        p = t(p) if self.trad else p
        return p + sep + tail

    def SSN(self):
        k = self.r.random()
        if k < 0.45:
            return self.c(LETTERS) + self.d(8)
        if k < 0.75:
            return "33" + self.d(self.r.choice([8, 10]))
        return self._id()[:6] + self.d(6) + self.c(["", "0", "01"])

    def MR(self):
        k = self.r.random()
        y = self.r.randint(2016, 2025)
        if k < 0.25:
            return "MZ" + str(y) + self.d(6)
        if k < 0.45:
            return "ZY" + str(y) + self.d(5)
        if k < 0.65:
            return self.d(self.r.choice([8, 10]))
        if k < 0.8:
            return "H" + self.d(10)
        return f"ZY-{y}-{self.d(6)}"

    def DOB(self):
        y, m, dd = self._birth()
        return self.c([f"{y}年{m}月{dd}日", f"{y}-{m:02d}-{dd:02d}", f"{y}/{m}/{dd}", f"{y}.{m:02d}.{dd:02d}", f"{y}{m:02d}{dd:02d}", f"{y}年{m:02d}月{dd:02d}日"])

    def HEALTH(self):
        return self.c(HEALTH_T if self.trad else HEALTH)

    def FIN(self):
        v = self.r.randint(300, 2_000_000)
        k = self.r.random()
        if k < 0.35:
            return f"{v:,}元"
        if k < 0.55:
            return f"¥{v:,}"
        if k < 0.7:
            return f"{v / 10000:.1f}万元" if v > 10000 else f"{v}元"
        if k < 0.85:
            return f"{v:,}.{self.d(2)}元"
        return self.c(["￥", "RMB ", "CNY "]) + f"{v:,}.00"

    def LOC(self):
        n = self.r.randint(2, 4)
        stops = self.r.sample(PLACES, n)
        h = self.r.randint(6, 16)
        k = self.r.random()
        if k < 0.4:
            parts = []
            for s in stops:
                parts.append(f"{s}({h:02d}:{self.r.randint(0, 59):02d})")
                h += 1
            res = "→".join(parts)
        elif k < 0.7:
            parts = []
            for s in stops:
                parts.append(f"{h:02d}:{self.r.randint(0, 59):02d} {s}")
                h += 1
            res = "，".join(parts)
        else:
            res = self.c(["→", "->", "—"]).join(stops)
        return t(res) if self.trad else res

    def ADDR(self):
        prov, city, cty, _ = self.county()
        town = self.c(HZ_TOWNS.get(cty, TOWNS))
        k = self.r.random()
        lead = self.c([prov + city + cty, city + cty, city + cty, cty]) if prov else self.c([city + cty, city + cty])
        if k < 0.35:
            s = f"{lead}{town}{self.c(ROADS)}{self.r.randint(1, 999)}号"
            if self.r.random() < 0.6:
                s += f"{self.r.randint(1, 30)}幢{self.r.randint(1, 4)}单元{self.r.randint(1, 28)}0{self.r.randint(1, 4)}室"
        elif k < 0.6:
            s = f"{lead}{town}{self.c(VILLAGES)}{self.r.randint(1, 15)}组{self.r.randint(1, 120)}号"
        elif k < 0.8:
            s = f"{lead}{self.c(ESTATES)}{self.r.randint(1, 40)}{self.c(['幢', '栋', '号楼'])}{self.r.randint(1, 33)}0{self.r.randint(1, 6)}室"
        else:
            s = f"{lead}{self.c(ROADS)}{self.r.randint(1, 600)}弄{self.r.randint(1, 80)}号{self.r.randint(1, 20)}0{self.r.randint(1, 4)}室"
        return t(s) if self.trad else s

    # -- unlabelled fillers
    def ORG(self):
        return self.c(ORGS_T) if self.trad else self.c(ORGS)

    def N(self):
        return str(self.r.randint(1, 99))

    def PLACE(self):
        return t(self.c(PLACES)) if self.trad else self.c(PLACES)

    # -- hard negatives
    def n_date(self):
        y, m, dd = self.r.randint(2019, 2026), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.c([f"{y}年{m}月{dd}日", f"{y}-{m:02d}-{dd:02d}", f"{y}/{m:02d}/{dd:02d}", f"{y}{m:02d}{dd:02d}", f"{y}.{m}.{dd}"])

    def n_time(self):
        return self.c([f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}", f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}",
                       f"{self.r.randint(1, 11)}时{self.r.randint(0, 59)}分"])

    def n_datetime(self):
        y, m, dd = self.r.randint(2022, 2026), self.r.randint(1, 12), self.r.randint(1, 28)
        return f"{y}-{m:02d}-{dd:02d} {self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}"

    def n_amount(self):
        v = self.r.randint(50, 90_000_000)
        return self.c([f"{v:,}元", f"{v / 10000:.2f}万元", f"¥{v:,}", f"{v}元"])

    def n_doc(self):
        y = self.r.randint(2012, 2026)
        return self.c([f"浙政发〔{y}〕{self.r.randint(1, 60)}号", f"湖政办发〔{y}〕{self.r.randint(1, 90)}号", f"湖市监〔{y}〕{self.r.randint(1, 200)}号",
                       f"吴政发[{y}]{self.r.randint(1, 50)}号", f"浙人社发〔{y}〕{self.r.randint(1, 80)}号", f"湖卫发〔{y}〕{self.r.randint(1, 40)}号"])

    def n_case(self):
        y = self.r.randint(2016, 2026)
        return self.c([f"（{y}）浙0502民初{self.r.randint(100, 9999)}号", f"({y})浙05刑终{self.r.randint(10, 999)}号", f"（{y}）浙0522执{self.r.randint(100, 6000)}号",
                       f"湖南市监处罚〔{y}〕{self.r.randint(1, 300)}号", f"湖公（交）行罚决字〔{y}〕{self.r.randint(1000, 99999)}号", f"（{y}）浙0523行初{self.r.randint(1, 99)}号"])

    def n_order(self):
        return self.c(["DD", "NO.", "", "TB", "JD"]) + str(self.r.randint(2019, 2026)) + self.d(self.r.randint(8, 14))

    def n_tracking(self):
        return self.c(["SF", "YT", "ZTO", "JT", ""]) + str(self.r.randint(1, 9)) + self.d(self.r.randint(11, 13))

    def n_invoice(self):
        return str(self.r.randint(1, 9)) + self.d(self.c([7, 11, 19]))

    def n_postcode(self):
        return self.c(["313000", "313100", "313200", "313300", "310000", "314000", "313009", "313099"])

    def n_hotline(self):
        return self.c(["12345", "12315", "12366", "12333", "12320", "110", "120", "12328", "96345", "400-800-" + self.d(4), "95588", "12356"])

    def n_version(self):
        return self.c([f"v{self.r.randint(1, 9)}.{self.r.randint(0, 20)}.{self.r.randint(0, 99)}", f"{self.r.randint(1, 5)}.{self.r.randint(0, 9)}.{self.r.randint(0, 9)}-build{self.d(8)}",
                       f"V{self.r.randint(1, 6)}.{self.r.randint(0, 9)} build {self.d(7)}"])

    def n_serial(self):
        return self.c(["SN", "S/N ", "ZJ", "HZ"]) + self.d(self.r.randint(8, 12))

    def n_device(self):
        return self.c(["HZ-CAM-", "DEV", "IOT-", "TZ"]) + self.d(self.r.randint(7, 10))

    def n_count(self):
        return self.c([f"{self.r.randint(2, 9999)}人", f"{self.r.randint(2, 500)}件", f"{self.r.randint(1000000, 9999999)}人次", f"{self.r.randint(10, 999)}户",
                       f"{self.r.randint(1000000, 99999999)}条"])

    def n_room(self):
        return self.c([f"{self.r.randint(1, 6)}楼{self.r.randint(1, 30)}号窗口", f"{self.r.randint(1, 12)}0{self.r.randint(1, 9)}会议室", f"A区{self.r.randint(1, 40)}号窗口",
                       f"{self.r.randint(2, 9)}0{self.r.randint(1, 9)}办公室"])

    def n_road(self):
        return self.c(["104国道", "二环北路", "仁皇山路与青铜路交叉口", "湖州大道", "G50沪渝高速", "318国道长兴段", "申苏浙皖高速", "红旗路"])

    def n_place(self):
        return self.c(["湖州市民中心", "吴兴区行政服务中心", "南浔区政务服务中心", "德清县人民医院", "湖州市图书馆", "安吉县行政服务中心"])

    def n_org_addr(self):
        return self.c(["湖州市吴兴区仁皇山路666号", "湖州市南太湖新区金盖山路1号", "德清县武康街道千秋街1号", "长兴县雉城街道县前中路"])

    def bad_id(self):
        while True:
            f = self._id()[:17]
            good = id_check(f)
            s = f + self.c([ch for ch in "0123456789X" if ch != good])
            if is_bad(s):
                return s

    def bad_uscc(self):
        while True:
            g = self.USCC()
            s = g[:17] + self.c([ch for ch in USCC_AL if ch != g[17]])
            if is_bad(s):
                return s

    def bad_card(self):
        while True:
            g = self._card()
            s = g[:-1] + str((int(g[-1]) + self.r.randint(1, 9)) % 10)
            if is_bad(s):
                return s


NEG_KINDS = {"date": "n_date", "time": "n_time", "datetime": "n_datetime", "amount": "n_amount", "doc_number": "n_doc", "case_number": "n_case",
             "order_number": "n_order", "tracking_number": "n_tracking", "invoice_number": "n_invoice", "postcode": "n_postcode",
             "hotline": "n_hotline", "version": "n_version", "serial": "n_serial", "device_code": "n_device", "count": "n_count",
             "room": "n_room", "road": "n_road", "place": "n_place", "org_address": "n_org_addr", "bad_id": "bad_id",
             "bad_uscc": "bad_uscc", "bad_card": "bad_card"}
ENT_SLOTS = {"P": "PERSON", "ID": "CN_RESIDENT_ID", "IDS": "CN_RESIDENT_ID", "IDF": "CN_RESIDENT_ID", "ID15": "CN_RESIDENT_ID",
             "MOB": "CN_MOBILE", "MOBP": "CN_MOBILE", "TEL": "CN_LANDLINE", "TELL": "CN_LANDLINE", "USCC": "CN_USCC", "CARD": "BANK_CARD",
             "MAIL": "EMAIL_ADDRESS", "MAILG": "EMAIL_ADDRESS", "IP": "IP_ADDRESS", "PP": "CN_PASSPORT", "HK": "CN_HK_MACAO_PERMIT",
             "PLATE": "CN_LICENSE_PLATE", "SSN": "CN_SOCIAL_SECURITY", "MR": "CN_MEDICAL_RECORD", "DOB": "DATE_OF_BIRTH",
             "HEALTH": "HEALTH_INFO", "FIN": "FINANCIAL_INFO", "LOC": "LOCATION_TRACE", "ADDR": "CN_ADDRESS"}
FILLERS = {"ORG", "N", "PLACE"}


# ---------------------------------------------------------------- checks
def _clean(s: str) -> str:
    s = s.translate({ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９ＸＡＢＣＤＥＦＧＨＪＫＬＭＮＰＱＲＴＵＷＹ"})
    return re.sub(r"[\s\-·]", "", s)


def id_ok(s: str) -> bool:
    s = _clean(s)
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17].upper()


def luhn_ok(s: str) -> bool:
    s = _clean(s)
    return s.isdigit() and len(s) >= 2 and luhn_digit(s[:-1]) == s[-1]


def uscc_ok(s: str) -> bool:
    s = _clean(s).upper()
    if len(s) != 18 or any(ch not in USCC_AL for ch in s):
        return False
    return USCC_AL[(31 - sum(USCC_AL.index(ch) * w for ch, w in zip(s[:17], W_USCC)) % 31) % 31] == s[17]


def is_bad(s: str) -> bool:
    return not (id_ok(s) or luhn_ok(s) or uscc_ok(s))


# ---------------------------------------------------------------- templates
# {SLOT} entity, {~kind} hard negative, {=SLOT} repeat the last value of SLOT, ⏎ newline, ⇥ tab; "T|" = Traditional.
_TEMPLATES = r"""
户籍登记表⏎姓名：{P}⏎公民身份号码：{ID}⏎出生日期：{DOB}⏎住址：{ADDR}⏎联系电话：{MOB}⏎登记日期：{~date}
{P}，男，身份证号{ID}，户籍地{ADDR}，现住{ADDR}，手机{MOB}。
经核查，申请人{P}（身份证：{IDS}）于{~date}提交迁入申请，受理编号{~serial}。
流动人口居住登记：{P}  证件号码 {ID}  现居住地 {ADDR}  电话 {MOB}  房东{P} {MOB}
人口信息变更：原姓名{P}，现姓名{P}，身份证号码⏎{ID}⏎变更依据：{~doc_number}
姓名,身份证号,手机号,户籍地址⏎{P},{ID},{MOB},{ADDR}⏎{P},{ID},{MOB},{ADDR}
name⇥id_no⇥mobile⏎{P}⇥{ID}⇥{MOB}⏎{P}⇥{ID}⇥{MOB}
{"name":"{P}","idCard":"{ID}","phone":"{MOB}","addr":"{ADDR}","updateTime":"{~datetime}"}
<record><xm>{P}</xm><sfzh>{ID}</sfzh><lxdh>{MOB}</lxdh><jzdz>{ADDR}</jzdz></record>
{~datetime} INFO query person name={P} sfzh={ID} ip={IP} cost=32ms
[{~datetime}] WARN api=/person/detail user={MAIL} client_ip={IP} target_id={ID}
死亡注销登记：死者{P}，身份证{ID}，死亡日期{~date}，申报人{P}（关系：子），联系电话{MOB}。
新生儿入户：婴儿{P}，出生日期{DOB}，父亲{P}（{ID}），母亲{P}（{ID}），落户地址{ADDR}。
身份证遗失补办登记：{P}，号码{IDF}，联系方式：{MOB}，领证方式邮寄至{ADDR}。
居住证申领 | {P} | {ID} | {MOB} | {ADDR} | 受理点：{~place}
旧版身份证号{ID15}已升级为{ID}，持证人{P}。
集体户口人员：{P} 身份证 {ID}；{P} 身份证 {ID}；{P} 身份证 {ID}。
户主{P}与{P}系夫妻关系，家庭住址：{ADDR}，联系电话{TEL}。
法定代表人：{P}⏎统一社会信用代码：{USCC}⏎联系电话：{TEL}⏎住所：{ADDR}
企业名称：湖州某某纺织有限公司，信用代码{USCC}，法人{P}，手机{MOB}，成立日期{~date}，注册资本{~amount}。
个体工商户登记：经营者{P}，身份证号{ID}，统一社会信用代码{USCC}，经营场所{ADDR}。
USCC={USCC}|legal_rep={P}|contact={MOB}|reg_date={~date}
股东信息：{P}（身份证{ID}，认缴出资{FIN}）；{P}（身份证{ID}，认缴出资{FIN}）。
注销公告：统一社会信用代码{USCC}的企业经股东决定注销，清算组负责人{P}，电话{TEL}。
信用修复申请：主体代码{USCC}，经办人{P}，手机号{MOB}，处罚决定书文号{~case_number}。
"{USCC}","{P}","{MOB}","{~date}","存续"
失信被执行人：{P}，证件号码{ID}，执行案号{~case_number}，执行标的{FIN}。
信用中国公示核对：代码{~bad_uscc}校验位不符，请联系经办人{P}（{MOB}）更正为{USCC}。
行政处罚决定书{~case_number}：当事人{P}，身份证号码{ID}，住址{ADDR}，罚款{~amount}。
诚信档案：{P}，公民身份号码{ID}，联系电话{MOB}，守信激励事项{~count}。
门诊病历⏎患者：{P}  性别：女  出生日期：{DOB}⏎病历号：{MR}⏎诊断：{HEALTH}⏎联系电话：{MOB}
住院号{MR}，患者{P}，入院诊断{HEALTH}，合并{HEALTH}，家属{P}电话{MOB}。
慢病随访记录：{P}（{ID}）患{HEALTH}多年，住{ADDR}，随访医生{P}，随访日期{~date}。
医保报销单：参保人{P}，医保号{MR}，社会保障卡号{SSN}，本次报销{FIN}，就诊医院湖州市中心医院。
病案号:{MR}⇥姓名:{P}⇥诊断:{HEALTH}⇥主治:{P}
传染病报告卡：患者{P}，身份证{ID}，现住址{ADDR}，疾病名称{HEALTH}，报告时间{~datetime}。
{"patient":"{P}","mrn":"{MR}","dx":"{HEALTH}","tel":"{MOB}","visit":"{~date}"}
体检报告：受检人{P}，档案号{MR}，结论：{HEALTH}，建议复查。报告编号{~serial}。
严重精神障碍患者管理：{P}，诊断{HEALTH}，监护人{P}，监护人手机{MOB}，居住地{ADDR}。
家庭医生签约：签约居民{P}，出生{DOB}，患有{HEALTH}，签约医生{P}（{TEL}）。
社保卡补换申请：姓名{P}，身份证号{ID}，原社保卡号{SSN}，银行账号{CARD}，手机{MOB}。
参保登记：{P} 社会保障号码 {SSN} 参保日期{~date} 单位代码{USCC}
养老金发放明细：{P}，社保卡号{SSN}，发放账户{CARD}，月发放额{FIN}。
失业金申领：申领人{P}（{ID}），失业前单位统一社会信用代码{USCC}，领取账户{CARD}，申领金额{FIN}。
工伤认定：职工{P}，身份证号码{ID}，伤情{HEALTH}，用人单位联系人{P}，电话{TEL}。
社保个人编号：{SSN}；姓名：{P}；缴费基数：{FIN}；缴费月数：{~count}
ssn_no={SSN}, name={P}, bank_acct={CARD}, status=NORMAL, batch={~serial}
低保申请：申请人{P}，身份证号{ID}，家庭住址{ADDR}，家庭月收入{FIN}，存款{FIN}，联系电话{MOB}。
婚姻登记：男方{P}，身份证号{ID}；女方{P}，身份证号{ID}；登记日期{~date}，登记机关{ORG}。
特困人员供养：{P}，身份证号{ID}，患{HEALTH}，供养金账户{CARD}。
临时救助审批表⏎申请人：{P}⏎身份证号：{ID}⏎救助金额：{FIN}⏎开户行账号：⏎{CARD}
殡葬补助：逝者{P}，身份证{ID}，家属{P}，手机{MOB}，补助{FIN}，文件依据{~doc_number}。
养老服务补贴对象：{P}，出生日期{DOB}，住址{ADDR}，失能等级重度，患{HEALTH}。
收养登记：收养人{P}（{ID}），被收养人{P}，出生日期{DOB}，住址{ADDR}。
投诉举报：投诉人{P}，电话{MOB}，被投诉商户信用代码{USCC}，订单号{~order_number}，涉及金额{~amount}。
12315工单：来电人{P}，来电号码{MOB}，反映在{~place}购物纠纷，工单号{~serial}。
食品经营许可证：经营者{P}，证件号{ID}，社会信用代码{USCC}，许可证编号{~serial}，有效期至{~date}。
消费者{P}（手机{MOB}，邮箱{MAIL}）反映快递单号{~tracking_number}的商品存在质量问题。
特种设备作业人员证：{P}，身份证号{ID}，证书编号{~serial}，发证日期{~date}。
网络交易监测：店铺主体{USCC}，负责人{P}，登录IP {IP}，联系邮箱{MAIL}。
违法行为通知：{P}驾驶{PLATE}于{~datetime}在{~road}超速，驾驶证号{ID}。
交通事故认定书：当事人{P}，驾驶证{ID}，车牌号{PLATE}，联系电话{MOB}；另一方{P}，车牌{PLATE}。
车辆登记：车主{P}，号牌号码{PLATE}，身份证明号码{ID}，住所地址{ADDR}。
电子警察抓拍：号牌{PLATE}，时间{~datetime}，地点{~road}，设备编号{~device_code}。
plate={PLATE};owner={P};tel={MOB};cam={~device_code};ts={~datetime}
非机动车登记：{P} {MOB} 电动车牌号{PLATE}
违停告知：{PLATE}车主{P}，请于{~date}前到{~place}处理，咨询电话{~hotline}。
驾驶员{P}（{MOB}）驾驶{PLATE}沿{~road}行驶，行车轨迹：{LOC}。
酒驾查处记录：{P}，{ID}，血液酒精含量{~count}，车辆{PLATE}暂扣。
游客入园登记：{P}，证件{ID}，手机{MOB}，入园时间{~time}，票号{~order_number}。
旅行社团队名单：{P} 护照{PP}；{P} 护照{PP}；{P} 港澳通行证{HK}。
导游证：{P}，证号{~serial}，身份证{ID}，联系{MOB}。
民宿入住登记：客人{P}，身份证号{ID}，车牌{PLATE}，入住{~date}，房费{~amount}。
境外游客：{P}，Passport No. {PP}，Tel: {MOB}，Hotel check-in {~date}
出境旅游备案：{P}，护照号码{PP}，出生日期{DOB}，紧急联系人{P} {MOB}。
公租房申请：{P}，身份证{ID}，家庭年收入{FIN}，现住{ADDR}，联系电话{MOB}。
不动产登记：权利人{P}，证件号{ID}，坐落{ADDR}，抵押金额{FIN}。
房屋租赁备案：出租人{P}（{MOB}），承租人{P}（{ID}），房屋地址{ADDR}，月租金{FIN}。
公积金提取：职工{P}，身份证{ID}，公积金账号{~serial}，提取金额{FIN}，收款卡号{CARD}。
物业报修工单：业主{P}，房号{ADDR}，电话{MOB}，工单号{~serial}，预约{~datetime}。
拆迁补偿协议：被征收人{P}，身份证号{ID}，被征收房屋{ADDR}，补偿款{FIN}，收款账户{CARD}。
学生学籍卡⏎姓名：{P}⏎出生日期：{DOB}⏎身份证件号：{ID}⏎家庭住址：{ADDR}⏎监护人：{P} {MOB}
入学报名：幼儿{P}，出生{DOB}，父{P} {MOB}，母{P} {MOB}，户籍{ADDR}。
教师资格认定：{P}，身份证号码{ID}，邮箱{MAIL}，手机{MOB}，认定批次{~serial}。
助学金发放：学生{P}，身份证号{ID}，银行卡号{CARD}，金额{FIN}。
学生{P}（学号{~serial}）家长{P}，联系电话{MOB}，邮箱{MAIL}。
民事判决书{~case_number}⏎原告：{P}，住{ADDR}，公民身份号码{ID}。⏎被告：{P}，住{ADDR}。
执行通知书：被执行人{P}，身份证号{ID}，银行账户{CARD}已冻结，冻结金额{FIN}。
送达地址确认书：受送达人{P}，送达地址{ADDR}，手机{MOB}，电子邮箱{MAIL}。
诉讼费退费：当事人{P}，案号{~case_number}，退费{~amount}，退至账户{CARD}。
调解协议：甲方{P}（{ID}），乙方{P}（{ID}），乙方赔偿甲方{FIN}，于{~date}前付清。
证人{P}，男，{DOB}出生，身份证号码{ID}，住{ADDR}，电话{MOB}。
纳税人识别号{USCC}，办税人员{P}，手机{MOB}，申报期{~date}，应纳税额{~amount}。
个人所得税汇算：{P}，身份证{ID}，年收入{FIN}，退税{FIN}，退税账户{CARD}。
发票代码{~invoice_number} 发票号码{~invoice_number} 购买方{P} 购方税号{USCC}
税务稽查：涉案人{P}，身份证号码{ID}，银行卡{CARD}，流水金额{FIN}。
tax_id={USCC} invoice_no={~invoice_number} amount={~amount} operator={P}
接警记录：报警人{P}，手机{MOB}，称其在{~place}被盗，损失{FIN}，接警时间{~datetime}。
询问笔录：被询问人{P}，身份证号{ID}，户籍地{ADDR}，现住址{ADDR}，联系电话{MOB}。
协查通报：{P}，公民身份号码{ID}，驾驶{PLATE}，近期活动轨迹{LOC}。
网约车司机背景核查：{P}，{ID}，车辆{PLATE}，手机号{MOB}，核查结果无异常。
旅馆业登记：{P}，证件号码{ID}，房号{~room}，入住时间{~datetime}，同住人{P}。
涉诈账户：户名{P}，卡号{CARD}，开户证件{ID}，登录IP：{IP}。
行程轨迹：{P}于{~date}的活动轨迹为{LOC}。
应急疏散登记：{P}，手机{MOB}，安置点{~place}，家庭住址{ADDR}，人数{~count}。
防汛值班：值班领导{P} {MOB}，值班员{P} 办公电话{TEL}，值班室{~room}。
安全生产事故报告：企业{USCC}，负责人{P}，手机{MOB}，伤亡人员{P}（{ID}），伤情{HEALTH}。
危化品运输车辆{PLATE}，驾驶员{P}，押运员{P}，电话{MOB}，路线{LOC}。
受灾群众{P}，身份证号码{ID}，住房倒损，补助{FIN}。
您好，我是{P}，手机{MOB}，我的地址是{ADDR}，麻烦尽快处理。
【湖州政务】{P}您好，您申请的事项已办结，受理号{~serial}，如有疑问请拨打{~hotline}。
短信：尊敬的{P}，您尾号为{~count}的账户于{~datetime}入账，余额{FIN}。
微信聊天：{P}：身份证号发你了 {ID}⏎{P}：收到，手机是{MOB}吗？⏎{P}：对
收件人：{P}⏎电话：{MOB}⏎地址：{ADDR}⏎快递单号：{~tracking_number}
From: {MAIL}⏎To: {MAILG}⏎Subject: 材料补正⏎{P}您好，请将身份证{ID}复印件寄至{~org_address}。
邮件抄送{MAILG}；联系人{P}，电话{TEL}；附件共{N}个。
请{P}同志于{~date} {~time}到{~room}参加会议，联系人{P}，电话{TEL}。
工作群通知：明天上午请{P}（{MOB}）和{P}（{MOB}）到{~place}现场核查。
登录日志 {~datetime} user={MAIL} ip={IP} result=success ver={~version}
{~datetime} ERROR sync failed for idcard={ID} mobile={MOB} node={IP} build={~version}
access.log: {IP} - - [{~datetime}] "GET /api/v1/person?name={P}" 200 {~count}
audit event=EXPORT operator={P} records={~count} src_ip={IP} dst={IP}
设备{~device_code}上报：IP地址{IP}，固件版本{~version}，序列号{~serial}。
服务器{IP}，运维负责人{P}，手机{MOB}，邮箱{MAILG}。
VPN接入申请：申请人{P}，账号{MAILG}，终端IP {IP}，有效期至{~date}。
ID:{ID} NAME:{P} TEL:{MOB} CARD:{CARD}
{P}/{MOB}/{ADDR}
{P} {MOB} {ID}
{ID}{P}{MOB}
联系人：{P}⏎手机：⏎{MOB}⏎座机：⏎{TEL}
证件类型：护照⏎证件号码：{PP}⏎姓名：{P}⏎国籍：中国
出入境证件：往来港澳通行证{HK}，签注有效期至{~date}，持证人{P}。
港澳通行证号码：{HK}（{P}），护照号码：{PP}。
赴港澳团组：{P}，通行证号{HK}；{P}，通行证号{HK}；领队{P}，手机{MOB}。
因公出国（境）人员备案：{P}，因公护照{PP}，往来港澳通行证{HK}，备案单位{ORG}。
HK/Macau permit: {HK}, holder {P}, mobile {MOB}
护照遗失报告：{P}遗失护照一本，号码{PP}，出生日期{DOB}，户籍地{ADDR}。
港澳居民来往内地通行证：{HK}，持证人{P}，内地联系电话{MOB}。
通行证{HK}、护照{PP}均由本人{P}保管。
兹证明{P}（身份证号：{ID}）系我单位职工，月收入{FIN}，特此证明。联系人{P}，电话{TEL}。
结婚证字号{~serial}，持证人{P}，身份证{ID}，登记日期{~date}。
居住证明：兹有{P}，公民身份号码{ID}，自{~date}起居住于{ADDR}。
收入证明：{P}，身份证{ID}，年收入{FIN}，开户行卡号{CARD}。
关于{P}同志的任职通知：{~doc_number}，{P}任{ORG}副局长。
对{P}（{ID}）不予行政处罚的决定，文号{~case_number}。
{P}，身份证号{ID}，联系电话{MOB}，邮箱{MAIL}，现住{ADDR}，车牌号{PLATE}。
核对结果：身份证{~bad_id}校验不通过，已更正为{ID}（{P}）。
银行卡号{~bad_card}校验失败，请{P}重新提供卡号{CARD}。
银行卡号：{CARD}⏎开户人：{P}⏎开户行：中国工商银行湖州分行
收款人{P}，账号{CARD}，金额{~amount}，用途：补助款，凭证号{~serial}。
开户名|卡号|金额⏎{P}|{CARD}|{FIN}⏎{P}|{CARD}|{FIN}
持卡人{P}（手机{MOB}）名下储蓄卡{CARD}余额{FIN}。
a/c:{CARD} holder:{P} bal:{FIN}
财产申报：{P}，存款{FIN}，房产一套（{ADDR}），车辆{PLATE}。
电话号码：{TEL}（办公）/{MOB}（手机），联系人{P}
请致电{TEL}或{TEL}联系{P}。
服务热线{~hotline}，值班电话{TEL}，邮政编码{~postcode}。
邮编{~postcode}，地址{ADDR}，收件人{P}，电话{MOB}。
tel:{TEL} mob:{MOB} fax:{TEL}
分机：{TEL}；手机：{MOB}；QQ邮箱：{MAIL}
座机号码（本地）{TELL}，联系人{P}。
电话{TEL}（{P}），传真{TEL}。
{P}的电话是{MOB}，家里座机{TEL}，住{ADDR}。
Contact: {P}, Tel {TEL}, Mobile {MOB}, Email {MAIL}
邮箱：{MAIL}；备用邮箱：{MAIL}
e-mail {MAIL}，抄送 {MAILG}
{P}<{MAIL}>
个人邮箱：{MAIL}（{P}）
CSV导出⏎xm,sfzh,sjhm,dz⏎{P},{ID},{MOB},{ADDR}⏎{P},{IDS},{MOB},{ADDR}
[{"xm":"{P}","zjhm":"{ID}"},{"xm":"{P}","zjhm":"{ID}"}]
<patient><name>{P}</name><mrn>{MR}</mrn><dob>{DOB}</dob><diag>{HEALTH}</diag></patient>
<vehicle hphm="{PLATE}" owner="{P}" sfzh="{ID}" phone="{MOB}"/>
序号 姓名 身份证号 手机⏎1 {P} {ID} {MOB}⏎2 {P} {ID} {MOB}⏎3 {P} {ID} {MOB}
| {P} | {ID} | {MOB} | {ADDR} |
key=value: xm={P}&sfzh={ID}&sjh={MOB}&dz={ADDR}
{P}|{SSN}|{CARD}|{FIN}
姓名：{P} 性别：男 民族：汉 出生：{DOB} 身份证：{ID}
{P}，女，{DOB}生，汉族，住{ADDR}，身份证号{ID}。
{P}，男，维吾尔族，出生日期{DOB}，公民身份号码{ID}，户籍地{ADDR}。
生日：{DOB}；证件号：{ID}；姓名：{P}
出生年月日：{DOB}，联系人：{P}
被保险人{P}，出生日期{DOB}，既往病史{HEALTH}，保单号{~order_number}，保费{~amount}。
{P}因{HEALTH}长期服药，家属{P}表示愿意配合随访。
诊断证明书：兹证明{P}患{HEALTH}，需休息{~count}。病历号{MR}。
残疾人证核发：{P}，身份证号{ID}，残疾类别肢体，致残原因{HEALTH}。
医保异地备案：{P}，医保卡号{MR}，就医地{ADDR}，诊断{HEALTH}。
MRN {MR} / {P} / DOB {DOB} / Dx: {HEALTH}
{P}近{~count}内行程：{LOC}。
密接人员{P}（{MOB}）轨迹：{LOC}，已落实管控。
{LOC}，是{P}当天的全部行程。
司机{P}的运营轨迹为{LOC}，运单号{~order_number}。
流调报告：{P}，身份证号{ID}，住{ADDR}。活动轨迹：{LOC}。
景区客流：{~date}接待游客{~count}，{~place}客流最高，请游客拨打{~hotline}咨询。
湖州市人民政府办公室关于印发方案的通知（{~doc_number}），各县区于{~date}前报送。
路况信息：{~time}起{~road}施工，请绕行{~road}。事故车辆已清障。
全市共受理事项{~count}，办结率98.6%，平均用时{~count}，涉及金额{~amount}。
会议定于{~date} {~time}在{~place}{~room}召开，系统版本{~version}。
订单{~order_number}已发货，快递{~tracking_number}，金额{~amount}，客服{~hotline}。
发票号码{~invoice_number}，开票日期{~date}，价税合计{~amount}。
设备清单：摄像机{~device_code}，序列号{~serial}，固件{~version}，安装于{~road}。
法院公告：{~case_number}案定于{~date}开庭，地点{~room}。
本单位地址{~org_address}，邮编{~postcode}，办事窗口{~room}。
根据{~doc_number}文件，2025年度补助标准提高到{~amount}，受益{~count}。
公示：{P}、{P}、{P}拟评为“最美湖州人”，公示期{~date}至{~date}。
退役军人优待证：{P}，身份证号{ID}，优待证号{~serial}，住址{ADDR}。
志愿者登记：{P}，手机{MOB}，邮箱{MAIL}，服务时长{~count}。
献血登记：{P}，证件号{ID}，血型A型，既往史{HEALTH}。
被执行人{P}名下车辆{PLATE}、银行卡{CARD}已查控，应执行{FIN}。
征信异议：{P}，证件号码{ID}，贷款账号{~serial}，逾期金额{FIN}。
社区网格：{P}（网格员，{MOB}）走访{P}，住{ADDR}，反映其患{HEALTH}。
居家养老呼叫：老人{P}，座机{TEL}，子女{P}手机{MOB}，住址{ADDR}。
外卖骑手{P}，电话{MOB}，配送地址{ADDR}，订单{~order_number}。
房东{P}，身份证{IDS}，出租房{ADDR}，租客{P}，护照{PP}。
{P}先生/女士：您的身份证号码{IDF}已登记，手机号{MOB}。
证件号（全角）：{IDF}，姓名{P}。
企业年报：{USCC}，从业人数{~count}，营业总收入{~amount}，联系人{P}，电话{TEL}。
统一社会信用代码/注册号：{USCC}（{P}）
招投标：中标单位信用代码{USCC}，项目负责人{P}，中标金额{~amount}，标段编号{~serial}。
劳动仲裁：申请人{P}（{ID}），被申请人信用代码{USCC}，请求支付工资{FIN}，案号{~case_number}。
欠薪线索：{P}等{~count}名工人，负责人{P}手机{MOB}，欠薪{FIN}。
{P}的社保卡{SSN}和医保号{MR}已关联。
社会保障卡号{SSN}，卡面序号{~serial}，持卡人{P}。
就诊卡号{MR}；门诊号{MR}；患者姓名{P}
身份證號{ID}
受理回执：受理号{~serial}，申请人{P}，身份证{ID}，手机{MOB}，受理时间{~datetime}，承诺办结{~date}，咨询{~hotline}。
工单{~order_number}｜来电{MOB}｜{P}｜诉求：{~road}路灯不亮｜派单{~datetime}｜承办{ORG}
数据比对异常：证件号{~bad_id}、{~bad_id}校验位错误；卡号{~bad_card}未通过校验；正确号码{ID}、{CARD}。
信用代码{~bad_uscc}不存在，经核实应为{USCC}，联系人{P}，电话{TEL}，核实日期{~date}。
批量导入失败行：第{~count}，sfzh={~bad_id}，原因：校验码错误；操作员{P}，终端{IP}。
还款提醒：{P}您好，卡号{CARD}本期应还{FIN}，最后还款日{~date}，客服{~hotline}，短信编号{~serial}。
转账记录 {~datetime} 付款人{P} 账号{CARD} 收款人{P} 账号{CARD} 金额{FIN} 流水号{~order_number}
{~datetime}|{MOB}|{ID}|{IP}|{~version}|OK
<log t="{~datetime}" ip="{IP}" uid="{MAIL}" dev="{~device_code}" ver="{~version}"/>
报名表⏎考生姓名：{P}⏎证件号码：{ID}⏎手机：{MOB}⏎邮箱：{MAIL}⏎准考证号：{~serial}⏎考试日期：{~date}
机动车检验：号牌{PLATE}，所有人{P}，电话{MOB}，检验日期{~date}，检验报告编号{~serial}，检测线{~device_code}。
ETC办理：车牌{PLATE}，车主{P}，身份证号{ID}，绑定卡号{CARD}，OBU编号{~device_code}。
停车缴费：{PLATE}，入场{~datetime}，出场{~datetime}，应缴{~amount}，票据号{~invoice_number}。
法律援助申请：申请人{P}，身份证{ID}，住{ADDR}，电话{MOB}，案号{~case_number}，受理日期{~date}。
立案通知：{~case_number}，原告{P}（{MOB}），被告信用代码{USCC}，诉讼标的{FIN}，开庭日{~date}。
税票：发票代码{~invoice_number}，号码{~invoice_number}，销方{USCC}，购方{USCC}，金额{~amount}，开票人{P}。
核酸采样点{~place}，{~date} {~time}开放，采样人数{~count}，咨询电话{TEL}。
出院小结：{P}，住院号{MR}，入院{~date}，出院{~date}，诊断{HEALTH}，费用合计{~amount}。
处方笺 No.{~serial}⏎姓名：{P} 门诊号：{MR}⏎诊断：{HEALTH}⏎日期：{~date}
社保转移：{P}，社会保障号{SSN}，转出地{ADDR}，转移基金{FIN}，业务编号{~serial}。
灵活就业参保：{P}，个人编号{SSN}，手机{MOB}，缴费档次{~amount}，起始月{~date}。
应急物资领取：{P}（{MOB}）领取帐篷{~count}，批次{~serial}，领取点{~place}。
森林防火检查站：{~datetime} 车辆{PLATE} 驾驶人{P} 电话{MOB} 人数{~count}
景区预约：{P}，证件{ID}，预约码{~order_number}，入园{~date}，同行{P}（护照{PP}）。
酒店订单{~order_number}：入住人{P}，电话{MOB}，通行证{HK}，房费{~amount}，发票{~invoice_number}。
学生资助名单⏎{P}，{ID}，{CARD}，{FIN}⏎{P}，{ID}，{CARD}，{FIN}
招生咨询：家长{P}（{MOB}）咨询{~date}报名事宜，招生热线{~hotline}，邮编{~postcode}。
网格事件{~serial}：{~datetime}，{P}（{MOB}）反映{~road}积水，处置人{P}（{TEL}）。
不动产权证号{~serial}，权利人{P}，证件{ID}，坐落{ADDR}，面积{~count}，登记日{~date}。
公积金贷款：借款人{P}，身份证{ID}，贷款金额{FIN}，合同号{~order_number}，放款日{~date}，还款卡{CARD}。
Visitor log: name={P}; passport={PP}; phone={MOB}; time={~datetime}; gate={~device_code}
出入境记录：{P}，证件{HK}，{~datetime}经拱北口岸出境，{~datetime}入境。
护照签发：{P}，护照号{PP}，签发日期{~date}，有效期至{~date}，受理编号{~serial}。
户口迁移证编号{~serial}：迁移人{P}，公民身份号码{ID}，迁往{ADDR}，签发日期{~date}。
T|受理號{~serial}，申請人{P}，身份證{ID}，手機{MOB}，受理時間{~datetime}，諮詢{~hotline}。
T|轉賬記錄 {~datetime} 付款人{P} 賬號{CARD} 金額{FIN} 流水號{~order_number}
T|信用代碼{~bad_uscc}不存在，應為{USCC}，聯繫人{P}，電話{TEL}。
T|戶籍登記表⏎姓名：{P}⏎公民身份號碼：{ID}⏎出生日期：{DOB}⏎住址：{ADDR}⏎聯繫電話：{MOB}
T|{P}，身份證號{ID}，戶籍地{ADDR}，手機{MOB}。
T|法定代表人：{P}，統一社會信用代碼{USCC}，聯繫電話{TEL}，住所{ADDR}。
T|患者{P}，病歷號{MR}，診斷{HEALTH}，家屬{P}電話{MOB}。
T|社會保障卡號{SSN}，持卡人{P}，銀行賬號{CARD}，月發放{FIN}。
T|車主{P}，號牌號碼{PLATE}，違法時間{~datetime}，地點{~road}。
T|旅客{P}，護照號碼{PP}，港澳通行證{HK}，聯繫電話{MOB}。
T|收件人：{P}⏎電話：{MOB}⏎地址：{ADDR}⏎郵編：{~postcode}
T|{P}於{~date}的行程軌跡：{LOC}。
T|電子郵箱：{MAIL}，聯繫人{P}，辦公電話{TEL}。
T|根據{~doc_number}，申請人{P}（身份證{ID}）的補助款{FIN}已撥付至{CARD}。
T|判決書{~case_number}：原告{P}，住{ADDR}；被告{P}，住{ADDR}。
T|登錄IP：{IP}，用戶{P}，時間{~datetime}，版本{~version}。
T|姓名,身份證號,手機⏎{P},{ID},{MOB}⏎{P},{ID},{MOB}
T|低保申請人{P}，身份證號碼{ID}，家庭住址{ADDR}，存款{FIN}。
T|醫保號{MR}，參保人{P}，出生日期{DOB}，患{HEALTH}。
T|身份證號{~bad_id}校驗未通過，請{P}（{MOB}）重新提交{ID}。
T|訂單號{~order_number}，發票號碼{~invoice_number}，金額{~amount}，客服熱線{~hotline}。
T|{P}，男，{DOB}出生，住{ADDR}，聯繫電話{TEL}。
T|港澳通行證號碼：{HK}⏎持證人：{P}⏎簽注有效期至：{~date}
T|出國人員：{P}，護照{PP}；{P}，護照{PP}。
T|涉案車輛{PLATE}，駕駛人{P}，身份證{ID}，活動軌跡{LOC}。
T|企業{USCC}負責人{P}，手機{MOB}，郵箱{MAIL}。
T|會議通知：請{P}於{~date} {~time}到{~room}參會，聯繫電話{TEL}。
"""

TEMPLATES: list[tuple[bool, str]] = []
for _line in _TEMPLATES.strip("\n").split("\n"):
    if not _line.strip():
        continue
    _trad = _line.startswith("T|")
    TEMPLATES.append((_trad, (_line[2:] if _trad else _line).replace("⏎", "\n").replace("⇥", "\t")))

_SLOT = re.compile(r"\{([~=]?)([A-Za-z_0-9]+)\}")


def render(tpl: str, trad: bool, rng: random.Random) -> tuple[str, list, list]:
    g = G(rng, trad)
    out, ents, negs, last = [], [], [], {}
    pos, cur = 0, 0
    for m in _SLOT.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit)
        cur += len(lit)
        mark, key = m.group(1), m.group(2)
        if mark == "~":
            val = getattr(g, NEG_KINDS[key])()
            if trad:
                val = t(val)
            negs.append({"kind": key, "start": cur, "end": cur + len(val)})
        elif mark == "=":
            val = last[key]
            ents.append({"type": ENT_SLOTS[key], "start": cur, "end": cur + len(val)})
        elif key in FILLERS:
            val = getattr(g, key)()
        else:
            val = getattr(g, key)()
            last[key] = val
            ents.append({"type": ENT_SLOTS[key], "start": cur, "end": cur + len(val)})
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), ents, negs


def generate() -> list[dict]:
    rng = random.Random(SEED)
    docs = []
    for i in range(N_DOCS):
        ti = i % len(TEMPLATES)
        trad, tpl = TEMPLATES[ti]
        text, ents, negs = render(tpl, trad, rng)
        docs.append({"id": f"heldout18-{i:05d}", "text": text, "entities": ents, "negatives": negs,
                     "source": f"template:heldout18:{ti}"})
    return docs


def _entity_types() -> set[str]:
    types, inside = set(), False
    for line in ENTITIES_YAML.read_text(encoding="utf-8").splitlines():
        if line.startswith("entities:"):
            inside = True
            continue
        m = re.match(r"^\s+([A-Z_]+):\s*\{", line)
        if inside and m:
            types.add(m.group(1))
    return types


def _alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


_DIGITS = re.compile(r"[0-9０-９]{7,}")


def validate(docs: list[dict]) -> None:
    types = _entity_types()
    assert len(docs) == N_DOCS, len(docs)
    for d in docs:
        text = d["text"]
        spans = [(e["start"], e["end"], "E", e["type"]) for e in d["entities"]] + \
                [(n["start"], n["end"], "N", n["kind"]) for n in d["negatives"]]
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            assert a[1] <= b[0], (d["id"], "overlap", a, b)
        for s, e, kind, name in spans:
            assert 0 <= s < e <= len(text), (d["id"], s, e)
            v = text[s:e]
            assert v == v.strip(), (d["id"], "whitespace at edge", name)
            assert not (s > 0 and _alnum(text[s - 1]) and _alnum(text[s])), (d["id"], "starts inside alnum run", name)
            assert not (e < len(text) and _alnum(text[e - 1]) and _alnum(text[e])), (d["id"], "ends inside alnum run", name)
            if kind == "E":
                assert name in types, (d["id"], name)
                c = _clean(v)
                if name == "CN_RESIDENT_ID" and len(c) == 18:
                    assert id_ok(v), (d["id"], "bad GB 11643")
                if name == "CN_USCC":
                    assert uscc_ok(v), (d["id"], "bad GB 32100")
                if name == "BANK_CARD":
                    assert luhn_ok(v), (d["id"], "bad Luhn")
            else:
                assert name in NEG_KINDS, (d["id"], name)
                if name in ("bad_id", "bad_uscc", "bad_card"):
                    assert is_bad(v), (d["id"], "look-alike passes a check", name)
        covered = [False] * len(text)
        for s, e, _, _ in spans:
            for k in range(s, e):
                covered[k] = True
        for m in _DIGITS.finditer(text):
            assert all(covered[m.start():m.end()]), (d["id"], "unlabelled digit run", m.start())
    # placed values: re-render and compare (span text equals the value placed)
    rng = random.Random(SEED)
    for i, d in enumerate(docs):
        trad, tpl = TEMPLATES[i % len(TEMPLATES)]
        text, ents, negs = render(tpl, trad, rng)
        assert text == d["text"] and ents == d["entities"] and negs == d["negatives"], (d["id"], "differs from placement")


def main() -> None:
    docs = generate()
    validate(docs)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    validate(back)
    from collections import Counter
    ec = Counter(e["type"] for d in back for e in d["entities"])
    nc = Counter(n["kind"] for d in back for n in d["negatives"])
    print(f"{len(back)} docs, {len(TEMPLATES)} templates ({sum(1 for tr, _ in TEMPLATES if tr)} Traditional)")
    print(f"entities {sum(ec.values())}: {dict(ec.most_common())}")
    print(f"negatives {sum(nc.values())}: {dict(nc.most_common())}")


if __name__ == "__main__":
    main()
