"""Held-out evaluation family 16 for the Chinese PII detector (written blind).

Generates 2,000 labelled documents from hand-written templates and value pools of
this module only. Deterministic from SEED; template for document i is i % len(TEMPLATES).

    python -m bench.classify_heldout16

writes tests/classify/data/heldout16_generated.jsonl after validating it twice
(before writing and after reading it back).
"""
from __future__ import annotations

import calendar
import json
import os
import random
import re
import sys
from pathlib import Path

from bench.classify_values import id_check, luhn_digit, W_USCC, USCC_AL, W_ORG, fullwidth

SEED = 16_30_2026
N_DOCS = 2000
FAMILY = "heldout16"
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "classify" / "data" / "heldout16_generated.jsonl"
ENTITIES_YAML = [
    os.environ.get("GOVGATE_ENTITIES_YAML", ""),
    str(ROOT / "design" / "entities.yaml"),
    "/work/shared/design/entities.yaml",
]

# ---------------------------------------------------------------------------
# Simplified -> Traditional, for the characters of the value pools
# ---------------------------------------------------------------------------
_S2T_PAIRS = (
    "区區县縣镇鎮乡鄉号號组組单單楼樓层層园園湾灣门門东東兴興浔潯长長爱愛龙龍凤鳳阳陽桥橋庄莊头頭华華丰豐"
    "广廣场場宁寧温溫绍紹兰蘭云雲苏蘇锡錫无無岛島济濟齐齊盘盤贵貴湾灣庆慶丽麗乌烏鲁魯蒙蒙尔爾"
    "陈陳刘劉张張杨楊赵趙吴吳孙孫马馬罗羅郑鄭谢謝许許韩韓冯馮邓鄧肖蕭蒋蔣叶葉苏蘇吕呂卢盧钟鍾谭譚陆陸"
    "韦韋贾賈邹鄒阎閻闫閆贺賀顾顧龚龔万萬钱錢严嚴汤湯乔喬赖賴费費诸諸葛葛欧歐尉尉闻聞孙孫长長"
    "伟偉静靜强強军軍艳艷杰傑涛濤刚剛国國红紅宝寶荣榮轩軒诺諾铭銘泽澤语語发發财財兰蘭凤鳳玉玉"
    "燕燕鑫鑫涵涵萱萱晓曉东東梅梅卫衛红紅琳琳颖穎丽麗娟娟敏敏华華建建根根林林"
    "镇鎮乡鄉街街道道路路村村苑苑幢幢室室号號单單元元"
    "兴興铜銅劳勞环環织織凤鳳青青店店仁仁皇皇龙龍泉泉飞飛英英妙妙东東林林场場"
    "练練双雙菱菱孚孚琏璉馆館淙淙适適业業瑞瑞"
    "康康乾乾钟鍾管管禹禹越越雷雷甸甸莫莫阜阜渚渚舞舞武武塔塔湖湖千千秋秋志志远遠"
    "雉雉太太画畫溪溪洪洪巷巷泗泗虹虹煤煤吕呂陵陵珠珠"
    "递遞铺鋪昌昌硕碩灵靈峰峰孝孝丰豐梅梅鄣鄣杭杭垓垓报報福福荒荒坪坪墅墅浦浦胜勝"
    "鲁魯横橫荻荻港港义義皋皋杨楊埠埠丁丁"
    "厦廈门門岗崗庆慶"
    "贵貴黔黔侗侗凯凱韶韶滨濱蒋蔣翠翠苑苑鄞鄞钱錢桐桐乡鄉柯柯笛笛扬揚义義乌烏稠稠鹿鹿"
    "宜宜丁丁蜀蜀吴吳木木渎瀆桥橋浦浦沪滬宛宛关關汨汨罗羅归歸鄱鄱饶饒宣宣广廣桂桂"
    "库庫尔爾勒勒萨薩依依巴巴格格疆疆维維吾吾兰蘭间間"
    "厦廈鹭鷺岛島青青峡峽汉漢昌昌洼窪深深圳圳华華强強"
    "东東湖湖医醫院院门門诊診疗療肾腎脏臟癌癌肺肺结結核核肝肝炎炎"
    "压壓级級糖糖尿尿病病冠冠状狀动動脉脈粥粥样樣硬硬化化性性心心阻阻塞塞疾疾"
    "维維持持透透郁鬱症症双雙相相情情感感障障碍礙精精神神分分裂裂阿阿尔爾茨茨海海默默"
    "脑腦梗梗死死帕帕金金森森类類风風湿濕节節红紅斑斑狼狼疮瘡白白血血乳乳腺腺胃胃"
    "残殘肢肢听聽视視力力智智孤孤独獨谱譜系系哮哮喘喘痛痛甲甲状狀腺腺亢亢进進"
    "妊妊娠娠期期重重度度骨骨质質疏疏松鬆"
    "站站广廣场場古古镇鎮风風景景区區高高铁鐵汽汽车車客客运運中中心心"
    "银銀泰泰城城万萬达達竹竹乐樂园園湿濕地地童童装裝龙龍之之梦夢"
    "发發政政办辦函函数數据據监監处處罚罰人人社社卫衛健健公公通通字字民民教教住住建建应應急急税稅"
    "执執恢恢刑刑初初终終行行特特破破"
    "万萬元元亿億次次"
    "会會议議厅廳号號窗窗口口楼樓"
    "国國道道高高速速段段与與交交叉叉口口环環"
    "证證书書权權产產不不动動"
    "业業务務"
    "买買农農冲沖况況划劃员員团團坚堅坞塢壮壯复復妇婦学學宾賓岭嶺带帶旧舊树樹栋棟汇匯洁潔浆漿热熱电電"
    "痫癇癫癲粤粵纺紡统統绣繡绿綠联聯肃肅肠腸规規记記设設诗詩谊誼资資赣贛输輸连連迟遲逊遜邮郵郦酈"
    "鉴鑒钮鈕锦錦闵閔闽閩阚闞顿頓鱼魚鸣鳴厂廠厍厙邬鄔体體气氣游遊悦悅梦夢乐樂装裝医醫车車运運制製"
    "储儲银銀玛瑪务務书書莲蓮峡峽岗崗"
)
S2T = {}
for _i in range(0, len(_S2T_PAIRS) - 1, 2):
    _s, _t = _S2T_PAIRS[_i], _S2T_PAIRS[_i + 1]
    if _s != _t:
        S2T[_s] = _t


def s2t(s: str) -> str:
    return "".join(S2T.get(c, c) for c in s)


# ---------------------------------------------------------------------------
# Value pools
# ---------------------------------------------------------------------------
SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余于杜叶程魏苏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "闵凌钮臧费施茅邬竺褚卞柏"
)
RARE_SURNAMES = list("禤亓仉訾蔺逄佘麹冼笪郗阚厍昝鞠芮晏甄郦糜隗")
COMPOUND_SURNAMES = ["欧阳", "司马", "诸葛", "上官", "慕容", "皇甫", "尉迟", "东方", "令狐", "端木", "夏侯",
                     "公孙", "司徒", "闻人", "长孙"]
GIVEN_OLD = ["建国", "国庆", "秀英", "桂英", "淑珍", "玉兰", "凤英", "德福", "根宝", "阿毛", "金林", "美华",
             "爱华", "卫东", "红梅", "志强", "建华", "秀珍", "福根", "荣华", "小妹", "杏娥", "金凤", "长根",
             "水林", "月仙", "招娣", "宝林", "文彬", "志坚"]
GIVEN_MID = ["伟", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞",
             "平", "刚", "晓东", "海燕", "丽娟", "文杰", "春燕", "建军", "晓燕", "志刚", "海峰", "雪芳",
             "立新", "红霞", "卫国", "俊", "斌", "琳"]
GIVEN_90 = ["婷婷", "佳琪", "浩然", "俊杰", "思雨", "雨欣", "晨曦", "子豪", "嘉怡", "鑫", "梦洁", "天宇",
            "雅琪", "博文", "心怡", "晓雯", "一鸣", "宇航", "诗琪", "颖"]
GIVEN_10 = ["梓涵", "一诺", "子轩", "浩宇", "梓萱", "欣怡", "语桐", "沐宸", "若汐", "奕辰", "睿泽", "诗涵",
            "可馨", "俊熙", "宇轩", "芷若", "锦程", "书瑶", "安然", "知予"]
MINORITY_NAMES = ["阿依古丽·买买提", "努尔买买提·艾力", "热依拉·吐尔逊", "扎西顿珠", "次仁卓玛", "格桑央金",
                  "巴特尔", "乌云其其格", "阿迪力·吾守尔", "古丽娜尔·艾买提", "敖登格日勒", "其木格",
                  "莫日根", "白玛措", "洛桑旦增", "尼玛次仁", "迪丽娜尔·阿不都", "帕尔哈提·热合曼",
                  "阿衣努尔·托合提", "索朗央宗"]

# (province, city, county, towns/streets, roads, villages)
GAZ_HZ = [
    ("浙江省", "湖州市", "吴兴区",
     ["爱山街道", "飞英街道", "月河街道", "朝阳街道", "龙泉街道", "仁皇山街道", "织里镇", "八里店镇", "妙西镇", "埭溪镇", "东林镇"],
     ["红旗路", "人民路", "衣裳街", "凤凰路", "青铜路", "劳动路", "环城西路", "苕溪东路", "吉山路", "湖织大道", "大港路"],
     ["义皋村", "杨家埠村", "移沿山村", "潞村", "戴山村"]),
    ("浙江省", "湖州市", "南浔区",
     ["南浔镇", "练市镇", "双林镇", "菱湖镇", "和孚镇", "善琏镇", "旧馆街道", "千金镇", "石淙镇"],
     ["人瑞路", "适园路", "南林路", "嘉业路", "向阳路", "练溪大道"],
     ["荻港村", "横山村", "东上林村", "息塘村", "沈庄漾村"]),
    ("浙江省", "湖州市", "德清县",
     ["武康街道", "舞阳街道", "阜溪街道", "下渚湖街道", "乾元镇", "新市镇", "洛舍镇", "钟管镇", "禹越镇", "雷甸镇", "莫干山镇"],
     ["英溪南路", "永安街", "塔山街", "北湖街", "千秋街", "志远北路", "武源街"],
     ["仙潭村", "五四村", "劳岭村", "蠡山村", "新联村"]),
    ("浙江省", "湖州市", "长兴县",
     ["雉城街道", "太湖街道", "龙山街道", "画溪街道", "洪桥镇", "李家巷镇", "和平镇", "泗安镇", "虹星桥镇", "林城镇", "煤山镇", "水口乡", "吕山乡"],
     ["金陵路", "明珠路", "长兴大道", "解放路", "齐山路", "中央大道", "太湖中路"],
     ["新川村", "顾渚村", "川步村", "城山村", "八都岕村"]),
    ("浙江省", "湖州市", "安吉县",
     ["递铺街道", "昌硕街道", "灵峰街道", "孝丰镇", "梅溪镇", "天子湖镇", "鄣吴镇", "杭垓镇", "报福镇", "天荒坪镇", "溪龙乡", "山川乡", "上墅乡"],
     ["昌硕路", "胜利西路", "天目路", "浦源大道", "递铺路", "阳光大道", "灵芝西路"],
     ["余村", "鲁家村", "高家堂村", "横山坞村", "大溪村"]),
]
GAZ_OTHER = [
    ("浙江省", "杭州市", "西湖区", ["文新街道", "翠苑街道", "蒋村街道"], ["文三路", "古墩路", "天目山路"], ["龙坞茶村"]),
    ("浙江省", "宁波市", "鄞州区", ["首南街道", "中河街道"], ["天童南路", "钱湖北路"], ["湾底村"]),
    ("浙江省", "嘉兴市", "桐乡市", ["梧桐街道", "乌镇镇"], ["庆丰南路", "复兴路"], ["横港村"]),
    ("浙江省", "绍兴市", "柯桥区", ["柯桥街道", "华舍街道"], ["笛扬路", "鉴湖路"], ["棠棣村"]),
    ("浙江省", "金华市", "义乌市", ["稠城街道", "北苑街道"], ["工人北路", "宾王路"], ["何斯路村"]),
    ("浙江省", "温州市", "鹿城区", ["五马街道", "南汇街道"], ["解放街", "人民西路"], ["藤桥村"]),
    ("江苏省", "苏州市", "吴中区", ["长桥街道", "木渎镇"], ["东吴北路", "宝带西路"], ["旺山村"]),
    ("江苏省", "无锡市", "宜兴市", ["宜城街道", "丁蜀镇"], ["人民南路", "解放东路"], ["西望村"]),
    ("上海市", "", "浦东新区", ["张江镇", "川沙新镇"], ["祖冲之路", "川沙路"], ["连民村"]),
    ("安徽省", "宣城市", "广德市", ["桃州镇", "新杭镇"], ["万桂山北路", "横山路"], ["笄山村"]),
    ("安徽省", "合肥市", "蜀山区", ["三里庵街道", "稻香村街道"], ["长江西路", "潜山路"], ["大杨村"]),
    ("江西省", "上饶市", "鄱阳县", ["鄱阳镇", "饶州街道"], ["芝山路", "东湖路"], ["莲湖村"]),
    ("河南省", "南阳市", "宛城区", ["东关街道", "仲景街道"], ["建设东路", "新华路"], ["小寨村"]),
    ("河南省", "信阳市", "固始县", ["番城街道", "陈集镇"], ["蓼城大道", "红苏大道"], ["杨楼村"]),
    ("湖南省", "岳阳市", "汨罗市", ["归义镇", "城郊街道"], ["建设中路", "人民路"], ["新市村"]),
    ("四川省", "成都市", "武侯区", ["浆洗街街道", "玉林街道"], ["武侯祠大街", "玉林北路"], ["三河村"]),
    ("贵州省", "黔东南苗族侗族自治州", "凯里市", ["大十字街道", "西门街道"], ["韶山南路", "北京东路"], ["季刀村"]),
    ("云南省", "大理白族自治州", "大理市", ["下关镇", "喜洲镇"], ["人民路", "建设路"], ["周城村"]),
    ("新疆维吾尔自治区", "巴音郭楞蒙古自治州", "库尔勒市", ["萨依巴格街道", "团结街道"], ["人民东路", "石化大道"], ["阿瓦提村"]),
    ("广西壮族自治区", "南宁市", "兴宁区", ["民生街道", "朝阳街道"], ["民族大道", "解放路"], ["那况村"]),
    ("福建省", "厦门市", "思明区", ["鹭江街道", "嘉莲街道"], ["中山路", "湖滨南路"], ["曾厝垵村"]),
    ("山东省", "青岛市", "市南区", ["八大峡街道", "香港中路街道"], ["香港中路", "南京路"], ["浮山所村"]),
    ("湖北省", "武汉市", "武昌区", ["中南路街道", "水果湖街道"], ["中南二路", "中北路"], ["白沙洲村"]),
    ("广东省", "深圳市", "福田区", ["华强北街道", "沙头街道"], ["深南中路", "华强北路"], ["下沙村"]),
    ("北京市", "", "海淀区", ["中关村街道", "学院路街道"], ["中关村大街", "知春路"], ["东北旺村"]),
    ("内蒙古自治区", "呼和浩特市", "新城区", ["海拉尔东路街道", "东街街道"], ["新华大街", "中山东路"], ["保合少村"]),
    ("西藏自治区", "拉萨市", "城关区", ["八廓街道", "吉日街道"], ["北京东路", "林廓北路"], ["蔡公堂村"]),
    ("甘肃省", "兰州市", "城关区", ["东岗西路街道", "皋兰路街道"], ["庆阳路", "东岗西路"], ["桃树坪村"]),
    ("重庆市", "", "渝中区", ["解放碑街道", "七星岗街道"], ["民族路", "中山一路"], ["虎头岩村"]),
    ("黑龙江省", "哈尔滨市", "道里区", ["中央大街街道", "新阳路街道"], ["中央大街", "友谊路"], ["群力村"]),
]
ESTATES = ["金色地中海", "凤凰公寓", "爱山小区", "东白鱼潭小区", "中央公园", "百合公寓", "玉兰花园", "星汇半岛",
           "龙溪苑", "江南华苑", "金泰公寓", "吉山新村", "青山绿水小区", "海棠苑", "翡翠城", "阳光家园",
           "碧水湾", "锦绣江南", "清丽家园", "太湖明珠苑", "紫金府", "桂花城", "西山漾花园", "滨湖小区"]

REGIONS_HZ = ["330502", "330503", "330521", "330522", "330523"]
REGIONS_OTHER = ["330102", "330105", "330106", "330108", "330110", "330203", "330212", "330302", "330402",
                 "330421", "330424", "330481", "330482", "330483", "330602", "330603", "330681", "330702",
                 "330782", "330802", "331002", "331102", "320505", "320506", "320583", "320282", "320106",
                 "310101", "310104", "310115", "340102", "340104", "341802", "360102", "410102", "411302",
                 "430102", "510104", "510107", "500101", "500103", "522601", "532901", "650102", "652801",
                 "540102", "150102", "450102", "350102", "350203", "370102", "370202", "420102", "420106",
                 "440106", "440304", "110105", "110108", "120101", "130102", "140105", "210102", "220102",
                 "230102", "610113", "620102", "630102", "640104", "460106"]

BINS_16 = ["622202", "622208", "621226", "621700", "622700", "622848", "622845", "621661", "623668", "622588",
           "621485", "622262", "621098", "622188", "623058", "622630", "621799", "623091", "625965", "628288",
           "436742", "524094", "518710", "404119", "356827"]
BINS_19 = ["622202", "622848", "621700", "621226", "623668", "621098", "622188", "621799", "623091", "622845",
           "621661", "622262"]
MOBILE_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150",
                 "151", "152", "153", "155", "156", "157", "158", "159", "166", "171", "173", "175", "176",
                 "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "190",
                 "191", "193", "195", "196", "197", "198", "199"]
AREA_CODES = [("0572", 7)] * 6 + [("0571", 8), ("0574", 8), ("0573", 8), ("0575", 8), ("0577", 8), ("0579", 8),
                                  ("010", 8), ("021", 8), ("025", 8), ("0512", 8), ("0510", 8), ("0551", 8),
                                  ("0563", 7), ("0793", 7), ("0377", 7)]
MAIL_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "139.com", "foxmail.com", "outlook.com",
                "gmail.com", "yeah.net", "aliyun.com", "sohu.com", "huzhou.gov.cn", "zj.gov.cn", "hz.zjedu.cn",
                "zjhu.edu.cn", "hotmail.com", "189.cn", "wo.cn"]
PINYIN = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "shen",
          "qian", "yao", "fei", "min", "ling", "niu", "zang", "ouyang", "shangguan", "zhuge", "xiaoyan",
          "jianguo", "haiyan", "weidong", "tingting", "zixuan", "yinuo", "jiahao", "meihua", "lili", "qiang"]
PLATE_PROV = [("浙", "ABCDEFGHJKL")] * 8 + [("苏", "ABEL"), ("沪", "ABCDN"), ("皖", "AKP"), ("赣", "AE"),
                                             ("京", "ANQ"), ("粤", "AB"), ("闽", "AD"), ("鲁", "AB"), ("豫", "AR"),
                                             ("川", "A")]
PLATE_AL = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ID_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

HEALTH = ["高血压病3级", "高血压2级", "2型糖尿病", "冠状动脉粥样硬化性心脏病", "慢性阻塞性肺疾病", "慢性肾脏病5期",
          "尿毒症（维持性血透）", "肺结核", "乙型病毒性肝炎", "抑郁症", "双相情感障碍", "精神分裂症", "阿尔茨海默病",
          "脑梗死", "帕金森病", "类风湿关节炎", "系统性红斑狼疮", "急性髓系白血病", "乳腺癌", "胃癌（Ⅱ期）",
          "先天性心脏病", "癫痫", "肢体残疾二级", "视力残疾一级", "听力残疾三级", "智力残疾二级", "孤独症谱系障碍",
          "支气管哮喘", "痛风性关节炎", "甲状腺功能亢进症", "妊娠期糖尿病", "重度骨质疏松"]
CANCERS = ["肺癌", "乳腺癌", "胃癌", "结肠癌", "甲状腺癌", "肝癌", "食管癌"]
STOPS = ["湖州站", "爱山广场", "南浔古镇", "莫干山风景区", "安吉站", "长兴站", "德清站", "太湖旅游度假区", "月河街",
         "吾悦广场", "银泰城", "湖州市中心医院", "湖州汽车客运中心", "杭州东站", "上海虹桥站", "南浔站",
         "万达广场", "中国大竹海", "下渚湖湿地", "新市古镇", "鲁家村", "余村", "龙之梦乐园", "织里童装城",
         "仁皇山公园", "衣裳街", "苏州北站", "宣城站", "南太湖大桥", "长兴岛"]

ORGS = ["湖州某某纺织有限公司", "浙江南太湖建设集团有限公司", "德清县某某食品厂", "长兴某某电池有限公司",
        "安吉某某竹木制品有限公司", "南浔某某木业有限公司", "湖州某某物业服务有限公司", "织里某某童装店",
        "湖州某某科技有限公司", "湖州某某人力资源服务有限公司", "某某农家乐", "某某民宿"]
DEPTS = ["市公安局", "市市场监督管理局", "市人力资源和社会保障局", "市卫生健康委员会", "市民政局", "市住房和城乡建设局",
         "市教育局", "市中级人民法院", "市税务局", "市应急管理局", "市大数据发展管理局", "市文化广电旅游局",
         "市医疗保障局", "市交通运输局", "市自然资源和规划局", "市信用办", "市不动产登记中心"]
HOSPS = ["湖州市中心医院", "湖州市第一人民医院", "湖州市第三人民医院", "德清县人民医院", "长兴县人民医院",
         "安吉县人民医院", "南浔区人民医院", "湖州市妇幼保健院"]
BANKS = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "湖州银行", "浙江农商银行", "交通银行",
         "招商银行", "邮储银行"]

TOWNS_ALL = [t for g in GAZ_HZ for t in g[3]]
COUNTIES_HZ = [g[2] for g in GAZ_HZ]


# ---------------------------------------------------------------------------
# Value generators.  Each returns (text, cls, type): cls "E" entity, "N" negative, None plain.
# ---------------------------------------------------------------------------
def _w(rng, opts):
    """weighted choice of (weight, value)"""
    tot = sum(w for w, _ in opts)
    x = rng.random() * tot
    for w, v in opts:
        x -= w
        if x < 0:
            return v
    return opts[-1][1]


def _digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def _birth(rng, lo=1938, hi=2016):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, calendar.monthrange(y, m)[1])
    return y, m, d


def _id17(rng, region=None):
    r = region or (rng.choice(REGIONS_HZ) if rng.random() < 0.55 else rng.choice(REGIONS_OTHER))
    y, m, d = _birth(rng)
    return f"{r}{y:04d}{m:02d}{d:02d}{rng.randint(1, 999):03d}"


def id_valid(s: str) -> bool:
    s = _norm(s)
    if len(s) != 18 or not s[:17].isdigit():
        return False
    return s[17].upper() == id_check(s[:17])


def uscc_valid(s: str) -> bool:
    s = _norm(s)
    if len(s) != 18 or any(c not in USCC_AL for c in s):
        return False
    tot = sum(USCC_AL.index(c) * w for c, w in zip(s[:17], W_USCC))
    return USCC_AL[(31 - tot % 31) % 31] == s[17]


def luhn_valid(s: str) -> bool:
    s = _norm(s)
    if len(s) < 2 or not s.isdigit():
        return False
    return luhn_digit(s[:-1]) == s[-1]


def _norm(s: str) -> str:
    out = []
    for c in s:
        o = ord(c)
        if 0xFF01 <= o <= 0xFF5E:
            c = chr(o - 0xFEE0)
        if c in " -\u3000\u00a0":
            continue
        out.append(c)
    return "".join(out)


def _fails_all(s: str) -> bool:
    return not id_valid(s) and not uscc_valid(s) and not luhn_valid(s)


def g_id(rng, form=None):
    f17 = _id17(rng)
    s = f17 + id_check(f17)
    form = form or _w(rng, [(70, "plain"), (5, "lowx"), (7, "fw"), (6, "space"), (6, "old15"), (6, "plain")])
    if form == "lowx":
        f17 = _id17(rng)
        while id_check(f17) != "X":
            f17 = _id17(rng)
        return f17 + "x"
    if form == "fw":
        return fullwidth(s)
    if form == "space":
        return f"{s[:6]} {s[6:14]} {s[14:]}"
    if form == "old15":
        while int(f17[6:10]) >= 1988:
            f17 = _id17(rng)
        return f17[:6] + f17[8:14] + f"{rng.randint(1, 999):03d}"
    return s


def g_bad_id(rng):
    while True:
        f17 = _id17(rng)
        good = id_check(f17)
        bad = rng.choice([c for c in "0123456789X" if c != good])
        s = f17 + bad
        if _fails_all(s):
            return s


def _org_code(rng):
    if rng.random() < 0.6:
        body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    else:
        body = _digits(rng, 8, True)
    tot = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body, W_ORG))
    c = 11 - tot % 11
    ch = "X" if c == 10 else ("0" if c == 11 else str(c))
    return body + ch


def _uscc17(rng):
    head = _w(rng, [(55, "91"), (14, "92"), (6, "93"), (8, "12"), (5, "11"), (6, "52"), (3, "51"), (3, "Y1")])
    region = rng.choice(REGIONS_HZ) if rng.random() < 0.7 else rng.choice(REGIONS_OTHER)
    return head + region + _org_code(rng)


def _uscc_check(s17):
    tot = sum(USCC_AL.index(c) * w for c, w in zip(s17, W_USCC))
    return USCC_AL[(31 - tot % 31) % 31]


def g_uscc(rng):
    s17 = _uscc17(rng)
    s = s17 + _uscc_check(s17)
    return fullwidth(s) if rng.random() < 0.04 else s


def g_bad_uscc(rng):
    while True:
        s17 = _uscc17(rng)
        good = _uscc_check(s17)
        s = s17 + rng.choice([c for c in USCC_AL if c != good])
        if _fails_all(s):
            return s


def _card_digits(rng):
    if rng.random() < 0.45:
        part = rng.choice(BINS_19) + _digits(rng, 12)
    else:
        part = rng.choice(BINS_16) + _digits(rng, 9)
    return part


def g_card(rng, form=None):
    part = _card_digits(rng)
    s = part + luhn_digit(part)
    form = form or _w(rng, [(62, "plain"), (28, "space"), (4, "dash"), (6, "fw")])
    return _card_form(s, form)


def _card_form(s, form):
    if form == "space":
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if form == "dash":
        return "-".join(s[i:i + 4] for i in range(0, len(s), 4))
    if form == "fw":
        return fullwidth(s)
    return s


def g_bad_card(rng):
    while True:
        part = _card_digits(rng)
        good = luhn_digit(part)
        s = part + rng.choice([c for c in "0123456789" if c != good])
        if _fails_all(s):
            return _card_form(s, "space") if rng.random() < 0.25 else s


def g_mobile(rng, form=None):
    s = rng.choice(MOBILE_PREFIX) + _digits(rng, 8)
    form = form or _w(rng, [(58, "plain"), (10, "s344"), (8, "d344"), (8, "p86"), (5, "p86d"), (4, "p86n"),
                            (4, "fw"), (3, "par86")])
    if form == "s344":
        return f"{s[:3]} {s[3:7]} {s[7:]}"
    if form == "d344":
        return f"{s[:3]}-{s[3:7]}-{s[7:]}"
    if form == "p86":
        return "+86 " + s
    if form == "p86d":
        return f"+86-{s[:3]}-{s[3:7]}-{s[7:]}"
    if form == "p86n":
        return "+86" + s
    if form == "fw":
        return fullwidth(s)
    if form == "par86":
        return "(+86)" + s
    return s


def g_landline(rng, form=None):
    code, n = rng.choice(AREA_CODES)
    num = rng.choice("2345678") + _digits(rng, n - 1)
    form = form or _w(rng, [(45, "dash"), (10, "space"), (10, "paren"), (6, "fparen"), (7, "glued"),
                            (8, "zhuan"), (5, "dashext"), (4, "ext"), (3, "fenji"), (2, "split4")])
    if form == "space":
        return f"{code} {num}"
    if form == "paren":
        return f"({code}){num}"
    if form == "fparen":
        return f"（{code}）{num}"
    if form == "glued":
        return code + num
    if form == "zhuan":
        return f"{code}-{num}转{rng.randint(100, 8999)}"
    if form == "dashext":
        return f"{code}-{num}-{rng.randint(100, 8999)}"
    if form == "ext":
        return f"{code}-{num} ext. {rng.randint(10, 899)}"
    if form == "fenji":
        return f"{code}-{num}分机{rng.randint(10, 899)}"
    if form == "split4" and n == 8:
        return f"{code}-{num[:4]} {num[4:]}"
    return f"{code}-{num}"


def g_email(rng):
    p = rng.choice(PINYIN)
    user = _w(rng, [
        (30, p + str(rng.randint(1, 2005))),
        (15, p + "." + rng.choice(PINYIN)),
        (12, p[0] + rng.choice(PINYIN) + "_" + str(rng.randint(60, 99))),
        (14, _digits(rng, rng.randint(6, 10), True)),
        (10, p + "_" + rng.choice(["hz", "zj", "work", "office", "ab", "xq"])),
        (10, "".join(rng.choice(PINYIN)[0] for _ in range(3)) + str(rng.randint(100, 999))),
        (9, p),
    ])
    dom = rng.choice(MAIL_DOMAINS)
    if dom.endswith("gov.cn") and user[0].isdigit():
        user = p + user[:4]
    return f"{user}@{dom}"


def g_ip(rng):
    kind = _w(rng, [(25, "10"), (25, "192"), (10, "172"), (32, "pub"), (8, "v6")])
    if kind == "10":
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "192":
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "172":
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "v6":
        return "240e:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{rng.randint(1, 4095):x}"
    a = rng.choice([36, 39, 42, 58, 60, 61, 101, 106, 112, 114, 115, 117, 120, 122, 125, 183, 218, 220, 222, 223])
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def g_passport(rng):
    k = _w(rng, [(55, "E8"), (30, "EL7"), (15, "G8")])
    if k == "E8":
        return "E" + _digits(rng, 8, True)
    if k == "EL7":
        return "E" + rng.choice(ID_LETTERS) + _digits(rng, 7)
    return "G" + _digits(rng, 8, True)


def g_permit(rng):
    if rng.random() < 0.55:
        return "C" + _digits(rng, 8, True)
    return "C" + rng.choice(ID_LETTERS) + _digits(rng, 7)


def g_plate(rng):
    prov, cities = rng.choice(PLATE_PROV)
    city = rng.choice(cities)
    if rng.random() < 0.22:
        body = rng.choice("DF") + _digits(rng, 5)
    else:
        nlet = _w(rng, [(45, 0), (40, 1), (15, 2)])
        pos = rng.sample(range(5), nlet)
        body = "".join(rng.choice(PLATE_AL.replace("I", "").replace("O", "")) if i in pos else rng.choice("0123456789")
                       for i in range(5))
    sep = _w(rng, [(70, ""), (18, "·"), (12, " ")])
    return prov + city + sep + body


def g_ssn(rng):
    k = _w(rng, [(55, "L8"), (25, "d10"), (20, "hz")])
    if k == "L8":
        return rng.choice("ABHJKLMNPRT") + _digits(rng, 8)
    if k == "d10":
        return "3305" + _digits(rng, 6)
    return "33050" + rng.choice("0123") + "D" + _digits(rng, 6)


def g_mrn(rng):
    y = rng.randint(18, 25)
    k = _w(rng, [(25, "MZ"), (25, "ZY"), (20, "num"), (15, "H"), (15, "YB")])
    if k == "MZ":
        return f"MZ20{y}{_digits(rng, 8)}"
    if k == "ZY":
        return f"ZY{y}{_digits(rng, 7)}"
    if k == "num":
        return _digits(rng, rng.randint(7, 10), True)
    if k == "H":
        return f"H{_digits(rng, 9)}"
    return f"YB3305{_digits(rng, 8)}"


def g_dob(rng):
    y, m, d = _birth(rng, 1935, 2020)
    f = _w(rng, [(35, "zh"), (22, "dash"), (10, "dot"), (10, "slash"), (8, "c8"), (8, "zh0"), (7, "ym")])
    if f == "zh":
        return f"{y}年{m}月{d}日"
    if f == "zh0":
        return f"{y}年{m:02d}月{d:02d}日"
    if f == "dash":
        return f"{y}-{m:02d}-{d:02d}"
    if f == "dot":
        return f"{y}.{m:02d}.{d:02d}"
    if f == "slash":
        return f"{y}/{m}/{d}"
    if f == "c8":
        return f"{y}{m:02d}{d:02d}"
    return f"{y}年{m}月"


def g_name(rng):
    k = _w(rng, [(80, "c"), (7, "cmp"), (7, "rare"), (6, "min")])
    if k == "min":
        return rng.choice(MINORITY_NAMES)
    sur = rng.choice(COMPOUND_SURNAMES) if k == "cmp" else (rng.choice(RARE_SURNAMES) if k == "rare" else rng.choice(SURNAMES))
    gen = _w(rng, [(22, GIVEN_OLD), (38, GIVEN_MID), (22, GIVEN_90), (18, GIVEN_10)])
    return sur + rng.choice(gen)


def _pick_gaz(rng, hz=0.7):
    return rng.choice(GAZ_HZ) if rng.random() < hz else rng.choice(GAZ_OTHER)


def _house(rng):
    f = _w(rng, [(40, "bur"), (25, "b"), (20, "r"), (15, "n")])
    if f == "bur":
        return f"{rng.randint(1, 32)}幢{rng.randint(1, 4)}单元{rng.randint(1, 28)}{rng.randint(1, 4):02d}室"
    if f == "b":
        return f"{rng.randint(1, 40)}栋{rng.randint(1, 26)}{rng.randint(1, 6):02d}室"
    if f == "r":
        return f"{rng.randint(1, 18)}号楼{rng.randint(1, 2)}{rng.randint(0, 2)}{rng.randint(1, 9)}室"
    return f"{rng.randint(101, 2802)}室"


def g_addr(rng, hz=0.7, force=None):
    prov, city, county, towns, roads, vills = _pick_gaz(rng, hz)
    lead = _w(rng, [(30, "pcc"), (45, "cc"), (25, "c")])
    head = (prov + city + county) if lead == "pcc" else ((city or prov) + county if lead == "cc" else county)
    if city == "" and lead != "c":
        head = prov + county
    f = force or _w(rng, [(35, "road_est"), (20, "road"), (25, "vill"), (20, "est")])
    town = rng.choice(towns)
    if f == "road_est":
        return head + (town if rng.random() < 0.5 else "") + rng.choice(roads) + f"{rng.randint(1, 999)}号" + \
            rng.choice(ESTATES) + _house(rng)
    if f == "road":
        return head + (town if rng.random() < 0.4 else "") + rng.choice(roads) + f"{rng.randint(1, 1200)}号"
    if f == "vill":
        v = rng.choice(vills)
        tail = _w(rng, [(40, f"{rng.randint(1, 15)}组{rng.randint(1, 120)}号"), (35, f"{rng.randint(1, 260)}号"),
                        (25, f"{rng.choice(['上', '下', '东', '西', '新'])}{rng.choice(['湾', '塘', '浜', '坞'])}自然村{rng.randint(1, 80)}号")])
        return head + town + v + tail
    return head + (town if rng.random() < 0.5 else "") + rng.choice(ESTATES) + _house(rng)


def g_addr_div(rng):
    prov, city, county, towns, roads, vills = _pick_gaz(rng, 0.75)
    return _w(rng, [(40, (city or prov) + county), (30, prov + (city or "") + county), (30, county + rng.choice(towns))])


def g_health(rng):
    return rng.choice(HEALTH)


def _money(rng, lo, hi, style=None):
    v = rng.randint(lo, hi)
    style = style or _w(rng, [(30, "yuan"), (20, "comma_yuan"), (15, "yen"), (10, "fyen"), (15, "wan"),
                              (10, "dec")])
    if style == "yuan":
        return f"{v}元"
    if style == "comma_yuan":
        return f"{v:,}元"
    if style == "yen":
        return f"¥{v:,}"
    if style == "fyen":
        return f"￥{v:,}.{rng.randint(0, 99):02d}"
    if style == "wan":
        return f"{round(v / 10000, 1) or 0.5}万元"
    return f"{v}.{rng.randint(0, 99):02d}元"


def g_fin(rng):
    return _money(rng, 800, 2_600_000)


def g_trace(rng):
    n = rng.randint(2, 4)
    stops = rng.sample(STOPS, n)
    f = _w(rng, [(35, "arrow"), (15, "dash"), (10, "ascii"), (25, "times"), (15, "ptimes")])
    if f == "arrow":
        return "→".join(stops)
    if f == "dash":
        return "—".join(stops)
    if f == "ascii":
        return " -> ".join(stops)
    h = rng.randint(6, 12)
    times = []
    for _ in stops:
        times.append(f"{h:02d}:{rng.choice([0, 10, 15, 20, 30, 40, 45, 50]):02d}")
        h += rng.randint(1, 3)
    if f == "times":
        return "，".join(f"{t} {s}" for t, s in zip(times, stops))
    return "→".join(f"{s}（{t}）" for t, s in zip(times, stops))


# ---- negatives ----
DOC_PREFIX = ["浙政发", "浙政办发", "湖政发", "湖政办发", "湖政办函", "湖数据发", "湖市监", "湖人社发", "湖卫健发",
              "湖公通字", "湖民发", "浙人社发", "国办发", "国发", "湖教发", "湖住建发", "湖应急", "湖医保发",
              "吴政办发", "浔政发", "德政办发", "长政发", "安政办发", "湖市监处罚", "湖信用办"]


def n_doc(rng):
    y = rng.randint(2012, 2025)
    b = _w(rng, [(70, "〔〕"), (12, "[]"), (10, "（）"), (8, "【】")])
    return f"{rng.choice(DOC_PREFIX)}{b[0]}{y}{b[1]}{rng.randint(1, 260)}号"


def n_case(rng):
    k = _w(rng, [(70, "court"), (30, "police")])
    if k == "police":
        return "A" + rng.choice(REGIONS_HZ) + _digits(rng, 10) + str(rng.randint(2019, 2025)) + _digits(rng, 6)
    y = rng.randint(2018, 2025)
    court = rng.choice(["浙0502", "浙0503", "浙0521", "浙0522", "浙0523", "浙05"])
    kind = rng.choice(["民初", "民终", "执", "执恢", "刑初", "行初", "民特", "破", "执保"])
    if court == "浙05" and kind == "民初":
        kind = "民终"
    b = _w(rng, [(60, "()"), (40, "（）")])
    return f"{b[0]}{y}{b[1]}{court}{kind}{rng.randint(1, 9999)}号"


def n_date(rng):
    y, m, d = _birth(rng, 2016, 2026)
    f = _w(rng, [(35, "zh"), (25, "dash"), (10, "slash"), (15, "c8"), (8, "dot"), (7, "cn")])
    if f == "zh":
        return f"{y}年{m}月{d}日"
    if f == "dash":
        return f"{y}-{m:02d}-{d:02d}"
    if f == "slash":
        return f"{y}/{m:02d}/{d:02d}"
    if f == "c8":
        return f"{y}{m:02d}{d:02d}"
    if f == "dot":
        return f"{y}.{m}.{d}"
    cn = "〇一二三四五六七八九"
    mm = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"][m - 1]
    dd = (["", "十", "二十", "三十"][d // 10] + (cn[d % 10] if d % 10 else "")) if d >= 10 else cn[d]
    return "".join(cn[int(c)] for c in str(y)) + f"年{mm}月{dd}日"


def n_date8(rng):
    y, m, d = _birth(rng, 2018, 2026)
    return f"{y}{m:02d}{d:02d}"


def n_time(rng):
    return _w(rng, [(60, f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"),
                    (40, f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")])


def n_ts(rng):
    y, m, d = _birth(rng, 2023, 2026)
    return _w(rng, [(60, f"{y}-{m:02d}-{d:02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"),
                    (20, f"{y}-{m:02d}-{d:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}+08:00"),
                    (20, f"{y}{m:02d}{d:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}")])


def n_amt(rng):
    return _w(rng, [(50, _money(rng, 20, 90_000_000)), (20, f"{rng.randint(1, 99)}.{rng.randint(1, 9)}亿元"),
                    (30, _money(rng, 5, 500, "yuan"))])


def _fail_digits(rng, n):
    while True:
        s = _digits(rng, n, True)
        if _fails_all(s):
            return s


def n_order(rng):
    return _w(rng, [(40, _fail_digits(rng, rng.choice([16, 18, 19, 20]))), (20, "DD" + n_date8(rng) + _digits(rng, 8)),
                    (20, "HZ" + n_date8(rng) + _digits(rng, 6)), (20, _fail_digits(rng, 12))])


def n_track(rng):
    return _w(rng, [(25, "SF" + _digits(rng, 13, True)), (20, "YT" + _digits(rng, 13, True)),
                    (15, "JT" + _digits(rng, 13, True)), (20, "7" + _digits(rng, 13)),
                    (10, "E" + rng.choice("ABCM") + _digits(rng, 9) + "CN"), (10, "98" + _digits(rng, 11))])


def n_inv(rng):
    return _w(rng, [(45, _digits(rng, 8)), (30, "24332000000" + _digits(rng, 9)), (25, "0330022" + _digits(rng, 5))])


def n_post(rng):
    return rng.choice(["313000", "313000", "313100", "313200", "313300", "313009", "313012", "313199", "310000",
                       "315100", "100080"])


def n_hot(rng):
    return rng.choice(["12345", "12315", "12366", "12333", "12320", "12348", "12319", "110", "120", "119",
                       "0572-12345", "0572-12315", "96345", "95588", "95566", "95533", "400-8888-110",
                       "4008009888", "400-826-5018", "12356", "12388", "12393"])


def n_ver(rng):
    return _w(rng, [(50, f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 40)}"),
                    (25, f"V{rng.randint(1, 6)}.{rng.randint(0, 9)}"),
                    (25, f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 999)}.{rng.randint(1000, 99999)}")])


def n_build(rng):
    return _w(rng, [(50, n_date8(rng) + "." + str(rng.randint(1, 30))), (30, str(rng.randint(1000, 9_999_999))),
                    (20, n_date8(rng) + _digits(rng, 4))])


def n_sn(rng):
    return _w(rng, [(40, "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))),
                    (30, "SN" + _digits(rng, 12)), (30, _digits(rng, 10, True))])


def n_dev(rng):
    return _w(rng, [(40, "33050" + rng.choice("0123") + _digits(rng, 14)),
                    (30, f"HZ-{rng.choice(['WX', 'NX', 'DQ', 'CX', 'AJ'])}-{rng.choice(['CAM', 'GATE', 'ETC', 'KSK'])}-{rng.randint(1, 9999):04d}"),
                    (30, "DEV" + _digits(rng, 9))])


def n_cnt(rng):
    v = rng.randint(1_000_000, 99_999_999)
    return _w(rng, [(35, f"{v}"), (35, f"{v:,}"), (30, f"{rng.randint(2, 9999)}")])


def n_place(rng):
    g = rng.choice(GAZ_HZ)
    return _w(rng, [(40, g[1] + g[2]), (35, g[2] + rng.choice(g[3])), (25, g[2])])


def n_room(rng):
    return rng.choice(["市民中心", "市行政中心", "市政务服务中心", "区行政服务中心", "县便民服务中心"]) + \
        _w(rng, [(50, f"{rng.randint(1, 5)}号楼{rng.randint(1, 12)}{rng.randint(1, 30):02d}室"),
                 (30, f"{rng.randint(1, 4)}楼{rng.randint(1, 40)}号窗口"),
                 (20, f"{rng.randint(1, 9)}楼第{rng.randint(1, 6)}会议室")])


def n_road(rng):
    return rng.choice(["G25长深高速湖州段", "G50沪渝高速长兴段", "104国道", "318国道南浔段", "申苏浙皖高速",
                       "二环东路", "人民路与红旗路交叉口", "凤凰路", "湖织大道", "杭长高速德清段",
                       "环城西路", "练溪大道", "长兴大道", "S13练杭高速", "昌硕路与天目路交叉口"])


def n_wo(rng):
    return _w(rng, [(50, "GD" + n_date8(rng) + _digits(rng, 5)), (50, n_date8(rng) + _digits(rng, 6))])


def n_txn(rng):
    return _fail_digits(rng, rng.choice([20, 22, 24, 26]))


def n_lic(rng):
    return _w(rng, [(40, "JY" + rng.choice("123") + rng.choice(REGIONS_HZ) + _digits(rng, 7)),
                    (30, f"浙{rng.choice(['湖', '吴', '浔', '德', '长', '安'])}建安B{_digits(rng, 8)}"),
                    (30, f"湖卫公证字〔{rng.randint(2018, 2025)}〕第{rng.randint(1, 9999):04d}号")])


def n_cert(rng):
    return f"浙（{rng.randint(2016, 2025)}）{rng.choice(['湖州市', '德清县', '长兴县', '安吉县'])}不动产权第{_digits(rng, 7)}号"


def n_trip(rng):
    return rng.choice(["G", "D", "K", "Z"]) + str(rng.randint(11, 9899)) + "次"


def p_org(rng):
    return rng.choice(ORGS)


def p_dept(rng):
    return rng.choice(DEPTS)


def p_hosp(rng):
    return rng.choice(HOSPS)


def p_bank(rng):
    return rng.choice(BANKS)


def p_county(rng):
    return rng.choice(COUNTIES_HZ)


GEN = {
    # entities
    "name": ("E", "PERSON", g_name),
    "id": ("E", "CN_RESIDENT_ID", g_id),
    "idp": ("E", "CN_RESIDENT_ID", lambda r: g_id(r, "plain")),
    "mob": ("E", "CN_MOBILE", g_mobile),
    "mobp": ("E", "CN_MOBILE", lambda r: g_mobile(r, "plain")),
    "tel": ("E", "CN_LANDLINE", g_landline),
    "telp": ("E", "CN_LANDLINE", lambda r: g_landline(r, "dash")),
    "telx": ("E", "CN_LANDLINE", lambda r: g_landline(r, r.choice(["zhuan", "dashext", "ext", "fenji"]))),
    "uscc": ("E", "CN_USCC", g_uscc),
    "card": ("E", "BANK_CARD", g_card),
    "cardp": ("E", "BANK_CARD", lambda r: g_card(r, "plain")),
    "mail": ("E", "EMAIL_ADDRESS", g_email),
    "ip": ("E", "IP_ADDRESS", g_ip),
    "pp": ("E", "CN_PASSPORT", g_passport),
    "hkm": ("E", "CN_HK_MACAO_PERMIT", g_permit),
    "plate": ("E", "CN_LICENSE_PLATE", g_plate),
    "ssn": ("E", "CN_SOCIAL_SECURITY", g_ssn),
    "mrn": ("E", "CN_MEDICAL_RECORD", g_mrn),
    "addr": ("E", "CN_ADDRESS", g_addr),
    "addrh": ("E", "CN_ADDRESS", lambda r: g_addr(r, 1.0)),
    "addrd": ("E", "CN_ADDRESS", g_addr_div),
    "dob": ("E", "DATE_OF_BIRTH", g_dob),
    "health": ("E", "HEALTH_INFO", g_health),
    "cancer": ("E", "HEALTH_INFO", lambda r: r.choice(CANCERS)),
    "fin": ("E", "FINANCIAL_INFO", g_fin),
    "trace": ("E", "LOCATION_TRACE", g_trace),
    # negatives
    "n_doc": ("N", "doc_number", n_doc),
    "n_case": ("N", "case_number", n_case),
    "n_date": ("N", "date", n_date),
    "n_date8": ("N", "date", n_date8),
    "n_time": ("N", "time", n_time),
    "n_ts": ("N", "timestamp", n_ts),
    "n_amt": ("N", "amount", n_amt),
    "n_order": ("N", "order_number", n_order),
    "n_track": ("N", "tracking_number", n_track),
    "n_inv": ("N", "invoice_number", n_inv),
    "n_post": ("N", "postcode", n_post),
    "n_hot": ("N", "hotline", n_hot),
    "n_ver": ("N", "version", n_ver),
    "n_build": ("N", "build_number", n_build),
    "n_sn": ("N", "serial_number", n_sn),
    "n_dev": ("N", "device_code", n_dev),
    "n_cnt": ("N", "count", n_cnt),
    "n_place": ("N", "place", n_place),
    "n_room": ("N", "public_room", n_room),
    "n_road": ("N", "road", n_road),
    "n_wo": ("N", "work_order", n_wo),
    "n_txn": ("N", "transaction_number", n_txn),
    "n_lic": ("N", "licence_number", n_lic),
    "n_cert": ("N", "certificate_number", n_cert),
    "n_trip": ("N", "trip_number", n_trip),
    "bad_id": ("N", "bad_id", g_bad_id),
    "bad_uscc": ("N", "bad_uscc", g_bad_uscc),
    "bad_card": ("N", "bad_card", g_bad_card),
    # plain, unlabelled
    "org": (None, None, p_org),
    "dept": (None, None, p_dept),
    "hosp": (None, None, p_hosp),
    "bank": (None, None, p_bank),
    "county": (None, None, p_county),
}



def n_vin(rng):
    wmi = rng.choice(["LSV", "LFV", "LGB", "LVS", "LHG", "LBV", "LGW", "LNB"])
    mid = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5))
    return wmi + mid + rng.choice("0123456789X") + rng.choice("KLMNPR") + rng.choice("ABCDEFGH") + _digits(rng, 6)


GEN["n_vin"] = ("N", "vin", n_vin)
GEN["n_fee"] = ("N", "amount", lambda r: _money(r, 5, 60000))
GEN["addrv"] = ("E", "CN_ADDRESS", lambda r: g_addr(r, 0.85, "vill"))

TEMPLATES = [
    # ---- population / household registration ----
    "户籍迁入登记：申请人«name»，公民身份号码«id»，原户籍地«addrd»，现迁入«addrh»，联系电话«mob»，备用电话«tel»。受理日期«n_date»。",
    "姓名 «name»\n性别 男    民族 汉\n出生 «dob»\n住址 «addr»\n公民身份号码 «id»\n有效期限 «n_date»-长期",
    "【流动人口登记】«name»（身份证«id»）于«n_date»登记暂住，暂住地址«addrh»，房东«name»，房东电话«mob»。",
    "居住证办理回执 编号«n_wo»：持证人«name»，证件号码 «id»，居住地址：«addrh»。请于«n_date»后凭回执到«n_room»领取。",
    "序号,姓名,身份证号,联系电话,现住址\n1,«name»,«idp»,«mobp»,«addr»\n2,«name»,«idp»,«mobp»,«addr»",
    "新生儿落户：婴儿«name»，出生日期«dob»，母亲«name»（身份证号«id»），父亲«name»，户籍地址«addrh»。出生医学证明编号«n_sn»。",
    "死亡注销户口：«name»，男，身份证«id»，生前住址«addrh»，死亡原因：«health»。报告人«name»（«mob»）。注销日期«n_date»。",
    "人口信息核查结果 | 姓名 «name» | 证件号 «id» | 户籍地 «addrd» | 核查状态 一致 | 核查时间 «n_ts»",
    "户主姓名：«name»\n户别：家庭户\n住址：«addr»\n签发日期：«n_date»",
    "人口普查入户登记：普查小区«n_sn»，户主«name»，家庭成员«name»、«name»、«name»，住房地址«addrh»，联系电话«tel»。",
    "分户申请表\n申请人\n«name»\n身份证号码\n«id»\n现住址\n«addrh»\n联系方式\n«mob»\n申请日期\n«n_date»",
    "社区网格走访：«addrh»住户«name»，70岁，独居，子女«name»在外地工作（电话«mob»），已纳入重点关爱名单。 走访时间«n_ts»。",
    "户籍证明：兹证明«name»，公民身份号码«id»，系本辖区常住户口，户籍地址«addrh»。特此证明。«n_place»派出所 «n_date»",
    "姓名变更登记 原姓名«name» 现姓名«name» 身份证号«id» 变更原因：随母姓 经办民警«name» 办结日期«n_date»",
    "临时身份证明：«name»因身份证遗失，证号«id»，特开具本证明，有效期至«n_date»。",
    "暂住人口信息导出\tXM:«name»\tSFZH:«idp»\tSJHM:«mobp»\tZZDZ:«addr»",
    "身份证挂失：请A012号«name»到3号窗口。挂失证件«id»，新证预计«n_date»制作完成，取证短信将发送至«mob»。",
    "户口迁移证：被迁移人«name»，出生日期«dob»，迁往地址«addr»，迁移证编号«n_sn»，签发机关«n_place»派出所。",
    # ---- legal persons / market supervision ----
    "营业执照\n统一社会信用代码 «uscc»\n名称 «org»\n类型 有限责任公司\n法定代表人 «name»\n住所 «addrh»\n成立日期 «n_date»",
    "个体工商户登记：经营者«name»，身份证号码«id»，统一社会信用代码«uscc»，经营场所«addrh»，联系电话«mob»，资金数额«fin»。登记机关湖州市市场监督管理局，核准日期«n_date»。",
    "行政处罚决定书 «n_doc»\n当事人：«org»\n统一社会信用代码：«uscc»\n法定代表人：«name»\n经查，当事人销售不合格产品，处罚款«n_amt»，没收违法所得«n_amt»。",
    "市场主体变更 uscc=«uscc» old_legal_rep=«name» new_legal_rep=«name» operator=«mail» ts=«n_ts»",
    "企业年报抽查：«org»（信用代码«uscc»）登记联系人«name»，联系电话«tel»，邮箱«mail»，年报从业人数«n_cnt»人。",
    "投诉举报工单«n_wo»：消费者«name»（手机«mob»）反映在«org»网店购买的童装起球，订单号«n_order»，订单金额«n_fee»，要求退货。",
    "食品经营许可证编号«n_lic»，经营者名称«org»，社会信用代码«uscc»，负责人«name»，有效期至«n_date»。",
    "股权出质设立登记：出质人«name»，证件号码«id»，出质股权数额«fin»，质权人«bank»湖州分行，登记编号«n_sn»。",
    "{\"entName\":\"«org»\",\"uscc\":\"«uscc»\",\"legalPerson\":\"«name»\",\"lpIdNo\":\"«idp»\",\"tel\":\"«mobp»\",\"regDate\":\"«n_date»\"}",
    "经营异常名录移出申请 申请人:«name» 联系方式:«mob» 企业信用代码:«uscc» 备注:原录入代码«bad_uscc»校验位错误，已更正。",
    "商标代理备案：代理机构联系人«name»，座机«telx»，电子邮箱«mail»，机构代码«uscc»。备案号«n_sn»。",
    "农民专业合作社设立：理事长«name»（«id»），社员«name»、«name»，统一社会信用代码«uscc»，住所«addrh»。（依据«n_doc»）",
    "特种设备使用登记 使用单位«org» 代码«uscc» 安全管理员«name» 手机«mob» 设备代码«n_dev» 登记证号«n_sn»",
    "简易注销公告：«org»，统一社会信用代码«uscc»，公告期«n_date»至«n_date»，异议请联系«name» «tel»。",
    "直播带货备案：主播«name»，身份证号«id»，收款账户«card»，经营主体«org»（«uscc»）。备案时间«n_ts»。",
    # ---- credit ----
    "信用修复申请表\n申请主体：«org»\n统一社会信用代码：«uscc»\n经办人：«name»\n经办人身份证：«id»\n经办人手机：«mob»\n处罚文书号：«n_doc»",
    "失信被执行人信息：«name»，身份证号码«id»，执行案号«n_case»，未履行金额«fin»，执行法院吴兴区人民法院。",
    "信用承诺书：本人«name»（身份证号：«id»），作为«org»（统一社会信用代码：«uscc»）的法定代表人，郑重承诺……承诺日期：«n_date»",
    "黑名单比对日志 命中2条：«name»/«idp»；«name»/«idp»。比对批次«n_build»，耗时3秒。",
    "[INFO] credit-sync uscc=«uscc» status=OK cost=132ms ver=«n_ver» node=«ip»",
    "公共信用评价结果：«org»，代码«uscc»，评价等级A，评价日期«n_date»，依据«n_doc»。",
    "守信激励名单：«name»，手机号«mob»，身份证«id»，享受“信易贷”授信额度«fin»。（授信文件«n_doc»）",
    "信用报告查询记录 查询人«name» 证件«id» 查询机构«bank» 查询时间«n_ts» 报告编号«n_sn»",
    "系统提示：身份证号«bad_id»校验失败，请核对后重新输入；正确号码应为«id»（来源：户籍库）。",
    # ---- health ----
    "门诊病历  病历号：«mrn»\n姓名：«name»  性别：女  年龄：56岁\n诊断：«health»\n医嘱：低盐饮食，定期复查。\n就诊日期：«n_date»",
    "住院患者«name»，住院号«mrn»，入院诊断«health»，社保卡号«ssn»，联系人«name»（«mob»）。入院时间«n_ts»。",
    "慢病随访记录：«name»，身份证«id»，患有«health»，家住«addrh»，随访医生«name»，下次随访«n_date»。",
    "患者«name»因«cancer»术后化疗入院，病案号«mrn»，主治医师«name»，床号12，预交金«n_fee»。",
    "传染病报告卡：患者«name»，身份证号«id»，现住址«addrh»，诊断«health»，报告单位«hosp»，报告时间«n_ts»。",
    "【«hosp»】«name»您好，您已预约«n_date» «n_time»心内科门诊，就诊卡号«mrn»，请携带身份证按时就诊。",
    "医保结算单 参保人«name» 社会保障卡号«ssn» 医保编号«mrn» 本次总费用«n_fee» 个人账户余额«fin» 结算流水«n_txn»",
    "孕产妇建档：«name»，出生日期«dob»，末次月经«n_date»，既往史：«health»，丈夫«name»，电话«mob»。",
    "严重精神障碍患者管理台账|«name»|«idp»|«health»|监护人«name»|«mobp»|«addrh»",
    "家庭医生签约：签约居民«name»（«dob»生），身份证«id»，慢病类型：«health»，签约医生«name»，服务包费用«n_fee»。",
    "体检报告 编号«n_sn»\n姓名：«name»  体检号：«mrn»\n主要异常：«health»\n建议：内分泌科就诊。",
    "疫苗接种记录：受种者«name»，出生日期«dob»，监护人«name» «mob»，接种单位«hosp»，疫苗批号«n_sn»。",
    "120调度：«n_ts» 接到«mob»来电，称«addrh»一老人突发«health»，已派车，车辆编号«n_dev»。",
    "出院小结：«name»，住院号«mrn»，出院诊断：1.«health» 2.«health»，出院带药见医嘱，随访电话«tel»。出院日期«n_date»。",
    "核酸检测采样登记 name=«name» idcard=«idp» phone=«mobp» tube=«n_sn» site=«n_place»采样点",
    "献血登记：献血者«name»，证件号«id»，血型A型，献血量400毫升，献血证号«n_sn»，日期«n_date»。",
    "职业病诊断证明：劳动者«name»，身份证号«id»，用人单位«org»，诊断结论：«health»，诊断机构«hosp»。证明编号«n_sn»。",
]
TEMPLATES += [
    # ---- social security ----
    "社保卡申领：姓名«name»，身份证号«id»，社会保障卡号«ssn»，开户银行«bank»，银行账号«card»，邮寄地址«addr»。受理编号«n_wo»。",
    "养老金发放明细 «name» 社保卡号 «ssn» 发放账户 «card» 月养老金 «fin» 发放月份 «n_date»",
    "失业保险金申领 申请人«name» 身份证号码«id» 个人社保编号«ssn» 失业前月工资«fin» 联系电话«mob» 申领日期«n_date»",
    "灵活就业人员参保登记：«name»，公民身份号码«id»，户籍所在地«addrd»，手机«mob»，缴费基数«n_fee»。",
    "工伤认定申请：受伤职工«name»，身份证«id»，用人单位«org»（«uscc»），伤情诊断：«health»，事故时间«n_ts»。",
    "公积金提取申请：职工«name»，证件号«id»，账户余额«fin»，本次提取«fin»，收款卡号«card»（«bank»）。业务流水号«n_txn»。",
    "社保待遇资格认证提醒：«name»您好，您的社会保障号码«ssn»需在«n_date»前完成认证，详询«n_hot»。",
    "参保缴费明细导出\n姓名,社保号,单位代码,缴费月份,个人缴费\n«name»,«ssn»,«uscc»,«n_date»,«n_amt»\n«name»,«ssn»,«uscc»,«n_date»,«n_amt»",
    "SSCARD_LOSS name=«name» card_no=«ssn» id=«idp» mobile=«mobp» channel=zlb time=«n_ts»",
    "劳动仲裁立案：申请人«name»（«mob»），被申请人«org»，统一社会信用代码«uscc»，请求支付拖欠工资«fin»，案号«n_case»。",
    "医保参保证明：兹证明«name»（社会保障卡号：«ssn»，身份证：«id»）自«n_date»起参加城乡居民医保。",
    "就业困难人员认定：«name»，«dob»出生，患«health»，现住«addrh»，联系电话«tel»。认定日期«n_date»。",
    "社保关系转移：转出地«n_place»，转入人员«name»，社会保障号«ssn»，联系邮箱«mail»。",
    # ---- civil affairs ----
    "婚姻登记预约：男方«name»，身份证«id»；女方«name»，身份证«id»；预约时间«n_date» «n_time»，地点«n_room»。",
    "低保申请家庭情况：申请人«name»，患«health»，家庭月收入«fin»，银行存款«fin»，住址«addrh»，联系电话«mob»。受理编号«n_wo»。",
    "殡葬服务记录：逝者«name»，身份证号码«id»，家属«name»，电话«mob»，火化时间«n_ts»，服务费«n_fee»。",
    "养老服务补贴对象：«name»，«dob»出生，独居，户籍地址«addrh»，紧急联系人«name» «mob»。补贴标准«n_fee»/月。",
    "社会组织登记：«org»，统一社会信用代码«uscc»，负责人«name»，联系电话«tel»，住所«addrh»。登记证号«n_sn»，邮编«n_post»。",
    "残疾人两项补贴名单\n«name»  «id»  «health»  «addrh»\n«name»  «id»  «health»  «addrh»",
    "收养登记：收养人«name»、«name»，被收养人«name»（出生日期«dob»），登记证号«n_sn»。",
    "困境儿童信息：儿童«name»，身份证号«id»，监护人«name»（服刑），实际照料人«name»，电话«mob»，家住«addrh»。录入时间«n_ts»。",
    "临时救助审批：«name»因«health»住院，医疗费用自付部分较高，核定救助金«n_fee»，发放至«card»。",
    "离婚登记 男方 «name» 身份证件号 «id» 女方 «name» 身份证件号 «id» 登记日期 «n_date» 字号 «n_sn»",
    "地名公告：«n_place»新增道路命名“凤鸣路”，依据«n_doc»，异议请联系«tel»或«mail»。",
    # ---- traffic ----
    "违法停车告知单：号牌号码«plate»，违法时间«n_ts»，违法地点«n_road»，咨询电话«n_hot»。",
    "道路交通事故认定书 «n_doc»\n当事人«name»，驾驶证号«id»，驾驶«plate»小型轿车，住址«addr»，电话«mob»。",
    "ETC通行记录：车牌«plate»，入口湖州南收费站«n_time»，出口德清收费站«n_time»，通行费«n_fee»，设备«n_dev»。",
    "卡口过车 plate=«plate» dev=«n_dev» pass_time=«n_ts» speed=62 lane=2",
    "路况播报：«n_road»因施工单向封闭，«n_road»车流量较大，预计«n_time»恢复，请绕行。肇事车辆«plate»已拖离。",
    "驾驶人«name»（驾驶证号«id»）名下车辆«plate»、«plate»有3起违法未处理，罚款合计«n_fee»。",
    "机动车转移登记：原所有人«name»，现所有人«name»，身份证号«id»，号牌«plate»，车架号«n_vin»。",
    "网约车驾驶员证申请：«name»，身份证«id»，手机«mob»，车辆«plate»，平台订单号«n_order»。",
    "交警提醒：车牌为«plate»的车主«name»，您的车辆年检将于«n_date»到期，请及时办理。",
    "非机动车登记 车主:«name» 电话:«mob» 电动车号牌:浙湖«n_sn» 整车编码:«n_sn»",
    "事故快处：甲车«plate»（驾驶人«name»，«mob»）与乙车«plate»（驾驶人«name»，«mob»）在«n_road»发生碰撞。",
    "公交卡实名：«name»，卡号«n_sn»，绑定手机«mob»，乘车记录：«trace»。",
    # ---- tourism ----
    "民宿入住登记：旅客«name»，证件类型护照，证件号码«pp»，入住«n_date»，离店«n_date»，房号302。",
    "景区预约名单\n«name» «id» «mob»\n«name» «id» «mob»\n预约场次：«n_date» 上午",
    "港澳游团队名单：领队«name»，通行证号码«hkm»；团员«name»，港澳通行证«hkm»；出发日期«n_date»，行程单号«n_order»。",
    "游客投诉：我叫«name»，«n_date»在莫干山某景区被多收门票«n_fee»，电话«mob»，请尽快处理。",
    "Guest registration  Name: «name»  Passport No.: «pp»  Nationality: CHN  Address: «addr»  Check-in: «n_date»",
    "导游证核发：«name»，身份证号码«id»，导游证号«n_sn»，所属旅行社«org»，手机«mob»。",
    "旅游大巴备案：车牌«plate»，驾驶员«name»（«mob»），行车路线：«trace»，出发时间«n_time»。",
    "出境游客信息表 | 姓名 «name» | 护照 «pp» | 港澳通行证 «hkm» | 手机 «mobp» | 邮箱 «mail»",
    "节假日客流通报：«n_date»全市接待游客«n_cnt»人次，旅游收入«n_amt»，«n_place»最为集中，投诉电话«n_hot»，值班«tel»。",
    "酒店前台交班：802房客人«name»（护照«pp»）要求延住一晚，押金«n_fee»已收，联系电话«mob»。",
    # ---- housing ----
    "不动产登记申请：权利人«name»，证件号«id»，不动产坐落«addrh»，不动产权证号«n_cert»，抵押金额«fin»。",
    "公租房资格复核：«name»（身份证«id»）家庭人均月收入«fin»，现住«addrh»，联系电话«mob»。复核结果将于«n_date»公示。",
    "物业报修：«addrh»业主«name»反映卫生间漏水，电话«mob»，报修单号«n_wo»。",
    "房屋租赁备案 出租人«name» 身份证«id» 承租人«name» 身份证«id» 房屋地址«addrh» 月租金«fin» 备案编号«n_wo»",
    "商品房网签 合同编号«n_order» 买受人«name» 证件号码«idp» 房屋坐落«addrh» 成交总价«fin»",
    "拆迁安置协议：被征收人«name»，身份证«id»，被征收房屋位于«addrh»，补偿款«fin»，打入«bank»账户«card»。协议签订日期«n_date»。",
    "燃气开户：户主«name»，用气地址«addr»，手机«mob»，燃气表号«n_dev»。",
    "装修备案：业主«name»，房号«addrh»，施工单位«org»（«uscc»），负责人«name»«mob»。备案号«n_wo»。",
    "房产交易资金监管：买方«name»，卖方«name»，监管账户«n_txn»，监管金额«n_amt»，合同«n_order»。",
]
TEMPLATES += [
    # ---- education ----
    "新生入学登记：学生«name»，出生日期«dob»，身份证号«id»，监护人«name»，手机«mob»，家庭住址«addrh»。报名编号«n_sn»。",
    "教师资格认定公示：«name»，认定日期«n_date»，认定学科小学数学，证书编号«n_sn»，咨询电话«tel»，邮箱«mail»。",
    "校车接送名单 | 学生 «name» | 家长 «name» | 电话 «mob» | 家庭住址 «addrh»",
    "助学金发放：受助学生«name»，身份证号«id»，资助标准«n_fee»，打入银行卡«card»。",
    "学生健康档案：«name»，班级三(2)班，既往病史：«health»，过敏史无，家长«name» «mob»。",
    "随迁子女积分入学：申请人«name»，居住证号«n_sn»，房产坐落«addrh»，社保号«ssn»，积分«n_cnt»分。",
    "考生报名信息 ksh=«n_sn» xm=«name» sfzh=«idp» lxdh=«mobp» email=«mail»",
    "家长群消息：各位家长，请«name»同学的家长把孩子的身份证号和户籍地址发我登记，谢谢！\n«name»：«id»，«addrh»",
    "教职工信息表\n工号,姓名,手机,办公电话,邮箱\n«n_sn»,«name»,«mobp»,«telp»,«mail»",
    "留学回国人员证明：«name»，护照号码«pp»，毕业院校 University of Leeds，回国日期«n_date»，联系电话«mob»。",
    "研学活动报名：学生«name»，港澳通行证«hkm»，出行日期«n_date»，紧急联系人«name»（«mob»）。",
    # ---- courts ----
    "民事判决书 «n_case»\n原告：«name»，男，«dob»出生，汉族，住«addr»。\n被告：«name»，女，住«addr»，公民身份号码«id»。",
    "执行通知：被执行人«name»应向申请执行人«name»支付借款«fin»及利息，案号«n_case»，承办法官«name»，联系电话«telx»。",
    "送达回证 受送达人«name» 送达地址«addr» 送达文书 «n_case»应诉通知书 送达时间«n_date»",
    "人民调解协议书：申请人«name»（身份证号«id»，电话«mob»）与被申请人«org»（统一社会信用代码«uscc»）达成协议，被申请人支付劳动报酬«fin»。（司法确认案号«n_case»）",
    "刑事判决书 «n_case»：被告人«name»，«dob»生，户籍地«addrd»，因涉嫌诈骗于«n_date»被刑事拘留，违法所得«fin»。",
    "诉讼费退费：当事人«name»，案号«n_case»，退费金额«n_fee»，收款人银行卡«card»，开户行«bank»。",
    "财产保全裁定 «n_case»：冻结被申请人«name»名下«bank»账户«card»内存款«fin»。",
    "庭审排期：«n_case»，«n_date» «n_time»在第5法庭开庭，原告代理人«name»律师，电话«mob»。",
    "律师调查令 «n_doc»：持令人«name»，律师执业证号«n_sn»，调查对象：«name»名下车辆«plate»的登记信息。",
    # ---- tax ----
    "个人所得税汇算：纳税人«name»，纳税人识别号«id»，年度综合所得«fin»，应退税额«fin»，退税账户«card»。申报日期«n_date»。",
    "发票查验：发票代码«n_inv»，发票号码«n_inv»，销售方«org»（«uscc»），价税合计«n_amt»，开票日期«n_date»。",
    "税务事项通知书 «n_doc»\n纳税人名称：«org»\n纳税人识别号：«uscc»\n经办人：«name»\n联系电话：«tel»",
    "代开发票申请：申请人«name»，身份证«id»，房屋出租地址«addrh»，租金收入«fin»，受理编号«n_wo»。",
    "税费缴纳短信：【国家税务总局湖州市税务局】«name»您好，您«n_date»缴纳的契税«n_fee»已入库，电子税票号«n_txn»。",
    "欠税公告：«org»，纳税人识别号«uscc»，法定代表人«name»，身份证件号码«id»，欠税余额«n_amt»。",
    # ---- police ----
    "接警记录：报警人«name»，手机«mob»，称«n_time»在«addr»家中被盗现金«fin»，警情编号«n_case»。",
    "出入境证件申请：申请人«name»，出生日期«dob»，身份证号«id»，港澳通行证«hkm»，原护照号«pp»。受理编号«n_wo»，受理地点«n_room»。",
    "涉案人员：«name»，身份证«id»，户籍«addrd»，使用车辆«plate»，活动轨迹：«trace»。",
    "协查通报 «n_doc»：嫌疑人«name»，«dob»生，身份证号码«id»，近期行踪«trace»，知情者请拨打«n_hot»或«tel»。",
    "旅馆业治安 guest=«name» idno=«idp» room=806 checkin=«n_ts» hotel_tel=«telp»",
    "反诈劝阻记录：受害人«name»（«mob»）拟向骗子账户«card»转账«fin»，民警«name»上门劝阻成功。警情编号«n_case»。",
    "询问笔录\n问：你的基本情况？\n答：我叫«name»，身份证号码«id»，住«addrh»，手机«mob»。\n记录时间：«n_ts»",
    "护照签发：持照人«name»，护照号«pp»，签发日期«n_date»，签发机关 公安部出入境管理局，有效期十年。",
    "往来港澳通行证 证件号码«hkm» 姓名«name» 出生日期«dob» 签发地 浙江 有效期至«n_date»",
    "出入境记录查询：«name»，证件号码«pp»，«n_date»经上海浦东机场出境，航班MU5137。",
    "治安调解：«name»与«name»因停车纠纷发生口角，«name»车辆«plate»被划伤，维修费«n_fee»由对方承担。",
    "监控调阅审批单 «n_wo»：申请人«name»，调阅点位«n_dev»，时间段«n_ts»至«n_ts»。",
    "重点人员轨迹研判：«name»（«idp»）«trace»，同行人«name»，使用手机«mob»。",
    "网吧上网登记 card=«idp» name=«name» seat=A12 ip=«ip» online=«n_ts»",
    # ---- emergency ----
    "应急值班记录：«n_ts» 长兴县煤山镇报告山体滑坡，转移群众«n_cnt»人，现场联系人«name»，电话«mob»。",
    "防汛责任人名单：«n_place» 责任人«name» 手机«mobp» 固话«telp»；«n_place» 责任人«name» 手机«mobp» 固话«telp»",
    "安全生产检查：«org»（«uscc»）存在隐患3处，负责人«name»，整改期限«n_date»，检查文书«n_doc»。",
    "受灾群众救助：«name»，身份证«id»，家住«addrh»，房屋倒损，救助金«n_fee»打入«card»。",
    "危化品运输车辆登记：车牌«plate»，押运员«name»（«id»），联系电话«mob»，运输路线«trace»。核发日期«n_date»。",
    "森林防火巡查：«n_date»巡护员«name»在«n_place»发现火情隐患，上报电话«mob»，巡查设备«n_dev»。",
    "应急物资发放签收\n领取人：«name»\n身份证：«id»\n领取地点：«n_room»\n物资：帐篷2顶",
    "避灾安置点人员登记：«name»，出生日期«dob»，原住址«addrh»，身体状况«health»，随行家属«name»。登记时间«n_ts»。",
    "消防检查通知：«org»，统一社会信用代码«uscc»，请于«n_date»前整改，联系人«name»，值班电话«tel»。",
]
TEMPLATES += [
    # ---- platform logs and exports ----
    "«n_ts» WARN api-gw dataShare caller=«ip» user=«mail» query idcard=«idp» result=1 trace=«n_txn»",
    "ts=«n_ts» app=gov-portal ver=«n_ver» uid=«mobp» ip=«ip» action=login result=success",
    "<record><xm>«name»</xm><sfzh>«idp»</sfzh><lxdh>«mobp»</lxdh><zz>«addr»</zz></record>",
    "XM\tSFZH\tSJH\tYHKH\n«name»\t«idp»\t«mobp»\t«cardp»\n«name»\t«idp»\t«mobp»\t«cardp»",
    "{\"applicant\":{\"name\":\"«name»\",\"idNo\":\"«idp»\",\"mobile\":\"«mobp»\",\"email\":\"«mail»\"},\"submitTime\":\"«n_ts»\",\"channel\":\"浙里办\",\"appVer\":\"«n_ver»\"}",
    "«ip» - - [«n_ts»] \"GET /api/v1/person?sfzh=«idp» HTTP/1.1\" 200 512 \"-\" \"okhttp/4.9\"",
    "数据共享申请审批：申请单号«n_wo»，申请部门«dept»，用途：核验«name»身份证号码«id»的户籍状态，审批人«name»。",
    "audit: user «mail» from «ip» exported 3 rows (name,id_no,mobile) of dataset ds_«n_sn» at «n_ts»",
    "脱敏前样例数据 | 姓名 | 手机 | 邮箱 | IP |\n| «name» | «mob» | «mail» | «ip» |",
    "接口报文 req={\"certNo\":\"«idp»\",\"certName\":\"«name»\",\"bankCard\":\"«cardp»\",\"phone\":\"«mobp»\"} rsp={\"code\":\"0000\",\"msg\":\"一致\"}",
    "[ERROR] 2 records rejected: bankCard «bad_card» failed Luhn; idNo «bad_id» failed checksum (batch «n_build»)",
    "服务器巡检：主机«n_sn»（IP «ip»），系统版本«n_ver»，构建号«n_build»，负责人«name» «mob»。",
    "VPN登录告警 账号 «mail» 源地址 «ip» 异地登录（上次登录IP «ip»），请确认。 告警时间«n_ts»",
    "CSV导出 name,plate,mobile,violation_time\n«name»,«plate»,«mobp»,«n_ts»\n«name»,«plate»,«mobp»,«n_ts»",
    "字段映射说明：XM=姓名，SFZHM=身份证号码，YDDH=移动电话。样例：XM=«name»;SFZHM=«idp»;YDDH=«mobp»",
    "数据质量报告：«n_date»共汇聚记录«n_cnt»条，其中身份证号校验不通过«n_cnt»条，示例«bad_id»。",
    # ---- SMS / chat / e-mail ----
    "【湖州公安】«name»您好，您的居民身份证已制作完成，请于«n_date»前到«n_room»领取。咨询«n_hot»。",
    "社区网格员：阿姨，您把身份证号发我一下\n«name»：«id»\n社区网格员：好的，手机还是«mob»吗？\n«name»：对的",
    "From: «mail»\nTo: «mail»\nSubject: 补充材料\n王科长：附件是«name»的身份证（«id»）和银行卡（«card»）复印件，请查收。\n发送时间：«n_ts»",
    "【«bank»】您尾号6789的账户于«n_time»入账工资«fin»，当前余额«fin»。",
    "钉钉群：@«name» 企业«org»的信用代码是«uscc»，不是«bad_uscc»，麻烦改一下。",
    "短信验证码：«name»您好，验证码482913，5分钟内有效，本次登录IP «ip»。如非本人操作请拨打«n_hot»。",
    "微信转发：麻烦帮我查下这个车«plate»是谁的，车主好像叫«name»，电话«mob»。",
    "Hi «name», your hotel booking is confirmed. Passport: «pp». Contact: «mob». Booking ref «n_order».",
    "邮件签名\n«name»\n湖州市大数据发展管理局 数据资源处\nTel: «tel»\nMobile: «mob»\nE-mail: «mail»\n邮编：«n_post»",
    "快递通知：您的包裹«n_track»已到«n_place»某某驿站，收件地址«addrh»，取件人«name»，手机尾号5521。",
    "12345工单«n_wo»：来电人«name»（«mob»）反映«addrh»楼下夜间施工扰民，要求处理。",
    "Re: 网格数据更新\n«name»老师，更新后的住户信息如下：«name»，«id»，«mob»，«addrh»。",
    "QQ群公告：本周值班«name»，值班手机«mob»，值班固话«tel»，紧急情况打«n_hot»。",
    "语音转写：喂你好，我是«name»，我身份证号是«id»，我想问下我那个医保卡«ssn»怎么用不了。",
    # ---- misc department forms ----
    "政务服务好差评：办事人«name»，手机«mob»，评价“非常满意”，办件编号«n_wo»，窗口«n_room»。",
    "数字证书申请：经办人«name»，身份证«id»，单位«org»，统一社会信用代码«uscc»，证书序列号«n_sn»。",
    "法人账户开立备案：«org»（«uscc»），基本存款账户«n_txn»，法定代表人«name»，手机«mob»。",
    "农村宅基地申请：申请人«name»，身份证«id»，家庭人口5人，申请地点«addrv»，村联系人«name»。申请日期«n_date»。",
    "退役军人信息采集：«name»，出生日期«dob»，身份证号码«id»，伤残等级：«health»，住址«addrh»。采集日期«n_date»。",
    "文书摘要：根据«n_doc»和«n_doc»，«n_place»于«n_date»启动数据归集，总投资«n_amt»，邮编«n_post»，联系人«name»（«tel»，«mail»）。",
    "会议通知：定于«n_date» «n_time»在«n_room»召开公共数据安全工作会议，联系人«name»，电话«tel»。",
    "版本说明：govgate «n_ver»（build «n_build»）已发布，升级窗口«n_date»，联系人«name»，邮箱«mail»。",
    "政府采购公告：项目编号«n_order»，预算金额«n_amt»，采购人«dept»，联系人«name»，联系电话«tel»，邮编«n_post»。",
    "设备台账：设备编号«n_dev»，序列号«n_sn»，IP «ip»，固件«n_ver»，安装位置«n_place»路口。",
]
TEMPLATES += [
    # ---- Traditional script ----
    "T|戶籍遷入登記：申請人«name»，公民身份號碼«id»，原戶籍地«addrd»，現住址«addrh»，聯絡電話«mob»。",
    "T|姓名：«name»\n出生日期：«dob»\n身分證號：«id»\n通訊地址：«addr»\n手機：«mob»",
    "T|營業執照 統一社會信用代碼«uscc» 名稱«org» 法定代表人«name» 住所«addrh» 成立日期«n_date»",
    "T|門診病歷 病歷號：«mrn»\n患者：«name»\n診斷：«health»\n複診日期：«n_date»",
    "T|入境旅客登記：旅客«name»，護照號碼«pp»，港澳通行證«hkm»，聯絡電話«mob»，入住«n_date»。",
    "T|交通違規通知：車牌«plate»，違規時間«n_ts»，地點«n_road»，車主«name»，電話«mob»。",
    "T|民事判決書 «n_case»\n原告«name»，住«addr»；被告«name»，身分證號«id»，應給付借款«fin»。",
    "T|社會保障卡補辦：«name»，社保卡號«ssn»，身分證«id»，郵寄地址«addr»，電話«tel»。",
    "T|匯款通知：收款人«name»，帳號«card»，開戶行«bank»，本人月收入«fin»，附言：房租。",
    "T|電子郵件 寄件人：«mail»\n收件人：«mail»\n主旨：資料補正\n«name»您好，請補交身分證影本（«id»）。",
    "T|行程申報：«name»（«mob»）於«n_date»行程：«trace»，無發燒症狀。",
    "T|低收入戶審查：申請人«name»，罹患«health»，家庭存款«fin»，住址«addrh»，聯絡人«name»«mob»。",
    "T|公司登記資料\n統一社會信用代碼：«uscc»\n負責人：«name»\n聯絡電話：«telx»\n電子郵件：«mail»",
    "T|報案紀錄：報案人«name»，手機«mob»，稱於«n_time»在«addr»遺失錢包，內有現金«fin»，案號«n_case»。",
    "T|出生登記：新生兒«name»，出生日期«dob»，母親«name»（身分證«id»），父親«name»，戶籍地«addrh»。",
    "T|房屋租賃契約 出租人«name» 身分證«id» 承租人«name» 租賃地址«addrh» 月租金«fin» 簽約日期«n_date»",
    "T|系統日誌 «n_ts» 使用者«mail» 自«ip»登入，版本«n_ver»，查詢身分證«idp»。",
    "T|旅行團名單\n領隊：«name»  護照：«pp»\n團員：«name»  港澳通行證：«hkm»\n團員：«name»  護照：«pp»",
    "T|醫保結算：參保人«name»，醫保號«mrn»，社會保障號碼«ssn»，總費用«n_fee»，個人帳戶餘額«fin»。",
    "T|公文：依據«n_doc»，«n_place»將於«n_date»辦理數據歸集培訓，聯絡人«name»，電話«tel»，郵遞區號«n_post»。",
    "T|車輛過戶：原車主«name»，新車主«name»（身分證«id»），號牌«plate»，成交價«n_fee»，發票號碼«n_inv»。",
    "T|疫苗接種紀錄：受種者«name»，生日«dob»，病歷號«mrn»，接種單位«hosp»，疫苗批號«n_sn»。",
    "T|信用修復：«org»（統一社會信用代碼«uscc»），經辦人«name»，手機«mob»，錯誤代碼«bad_uscc»已更正。",
    "T|微信對話：\n«name»：我的身分證號是«id»，銀行卡是«card»\n客服：收到，請再提供手機號\n«name»：«mob»",
    "T|殘疾證申請：«name»，出生日期«dob»，殘疾類別：«health»，戶籍地址«addrh»，監護人«name»。",
    "T|快遞單：寄件人«name» «mob»，收件人«name» «mob»，收件地址«addr»，運單號«n_track»。",
]

TEMPLATES += [
    # ---- additional exports and forms, identifier-dense ----
    "流调报告：病例«name»（«mob»），«n_date»活动轨迹：«trace»；次日活动轨迹：«trace»。报告编号«n_wo»。",
    "共享单车骑行记录 user=«mobp» route=«trace» fee=«n_fee» order=«n_order»",
    "企业联络员备案\n企业名称：«org»\n统一社会信用代码：«uscc»\n联络员：«name»\n身份证号：«id»\n手机：«mob»\n办公电话：«tel»\n邮箱：«mail»\n备案日期：«n_date»",
    "出境人员备案表 | «name» | 身份证 «idp» | 护照 «pp» | 港澳通行证 «hkm» | 手机 «mobp» | 车辆 «plate»",
    "sync_job=hr2credit rows=2 | «name»,«idp»,«mobp»,«cardp»,«mail» | «name»,«idp»,«mobp»,«cardp»,«mail» | finished «n_ts»",
    "网络安全事件报告：«n_ts»发现主机«ip»向境外地址«ip»异常外联，涉事账号«mail»，联系人«name»（«mob»，座机«tel»），设备«n_sn»。",
    "银行协查回执：账户名«name»，证件号码«id»，卡号«card»，预留手机«mob»，开户地址«addr»，流水号«n_txn»。",
    "快递实名寄递：寄件人«name»，证件«id»，电话«mob»，寄件地址«addr»，运单号«n_track»，邮编«n_post»。",
    "发票信息：购买方«org»，纳税人识别号«uscc»，地址电话«addrh» «tel»，开户行及账号«bank» «card»，发票号码«n_inv»。",
    "车辆查询结果\n号牌：«plate»\n所有人：«name»\n身份证明号码：«id»\n联系电话：«mob»\n车辆识别代号：«n_vin»",
    "系统告警：卡号«bad_card»的Luhn校验未通过，已拦截；持卡人«name»的正确卡号为«card»，手机«mob»。",
    "驻场人员登记 姓名 «name» 单位 «org» 手机 «mob» 邮箱 «mail» 工位IP «ip» 门禁卡 «n_sn»",
    "市民卡绑定：«name»，市民卡号«ssn»，身份证«id»，绑定银行卡«card»，手机«mob»。",
    "商户进件 merchant=«org» uscc=«uscc» legal=«name» legal_id=«idp» settle_card=«cardp» tel=«telp» ip=«ip»",
    "湖州→香港商务出行审批：出行人«name»，港澳通行证«hkm»，护照«pp»，手机«mob»，邮箱«mail»，车次«n_trip»。",
    "不动产抵押登记：抵押人«name»（«id»），抵押权人«bank»，不动产权证书号«n_cert»，房屋坐落«addrh»，联系电话«mob»，座机«tel»。",
    "T|企業聯絡人：«name»，手機«mob»，市話«tel»，電子信箱«mail»，統一編號«uscc»，傳真«tel»。",
    "T|出境登記 姓名«name» 護照號碼«pp» 港澳通行證«hkm» 車牌«plate» IP位址«ip»",
]

# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------
PH = re.compile(r"«([a-z_0-9]+)»")
_VALUES: dict[str, list[tuple[int, int, str]]] = {}


def _template_text(t):
    trad = t.startswith("T|")
    return (t[2:] if trad else t), trad


def render(tpl: str, rng: random.Random):
    body, trad = _template_text(tpl)
    out, ents, negs, vals = [], [], [], []
    pos, last = 0, 0
    for m in PH.finditer(body):
        lit = body[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        cls, typ, fn = GEN[m.group(1)]
        val = fn(rng)
        if trad:
            val = s2t(val)
        if cls == "E":
            ents.append({"type": typ, "start": pos, "end": pos + len(val)})
        elif cls == "N":
            negs.append({"kind": typ, "start": pos, "end": pos + len(val)})
        if cls:
            vals.append((pos, pos + len(val), val))
        out.append(val)
        pos += len(val)
    out.append(body[last:])
    return "".join(out), ents, negs, vals


def generate() -> list[dict]:
    rng = random.Random(SEED)
    docs = []
    _VALUES.clear()
    for i in range(N_DOCS):
        t = i % len(TEMPLATES)
        text, ents, negs, vals = render(TEMPLATES[t], rng)
        did = f"{FAMILY}-{i:05d}"
        _VALUES[did] = vals
        docs.append({"id": did, "text": text, "entities": ents, "negatives": negs,
                     "source": f"template:{FAMILY}:{t}"})
    return docs


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------
def entity_types() -> set[str]:
    for p in ENTITIES_YAML:
        if p and os.path.exists(p):
            types = set()
            in_ent = False
            for line in open(p, encoding="utf-8"):
                if re.match(r"^entities:\s*$", line):
                    in_ent = True
                    continue
                if in_ent:
                    m = re.match(r"^\s{2}([A-Z][A-Z0-9_]*)\s*:", line)
                    if m:
                        types.add(m.group(1))
                    elif line.strip() and not line.startswith(" ") and not line.startswith("#"):
                        in_ent = False
            if types:
                return types
    raise FileNotFoundError("entities.yaml not found; set GOVGATE_ENTITIES_YAML")


def _is_anum(c: str) -> bool:
    return c.isascii() and c.isalnum()


DIGIT_RUN = re.compile(r"[0-9０-９]{7,}")


def validate(docs) -> list[str]:
    errs = []
    types = entity_types()
    seen_ids = set()
    for d in docs:
        did, text = d["id"], d["text"]
        if did in seen_ids:
            errs.append(f"{did}: duplicate id")
        seen_ids.add(did)
        if set(d) != {"id", "text", "entities", "negatives", "source"}:
            errs.append(f"{did}: keys {sorted(d)}")
        labels = [("E", e["type"], e["start"], e["end"]) for e in d["entities"]] + \
                 [("N", n["kind"], n["start"], n["end"]) for n in d["negatives"]]
        vals = _VALUES.get(did)
        if vals is not None:
            spans = sorted((s, e) for _, _, s, e in labels)
            if spans != sorted((s, e) for s, e, _ in vals):
                errs.append(f"{did}: labels differ from values placed")
            for s, e, v in vals:
                if text[s:e] != v:
                    errs.append(f"{did}: span {s}-{e} {text[s:e]!r} != placed {v!r}")
        for cls, typ, s, e in labels:
            if not (0 <= s < e <= len(text)):
                errs.append(f"{did}: bad offsets {s}-{e}")
                continue
            if text[s:e] != text[s:e].strip():
                errs.append(f"{did}: span has outer whitespace {s}-{e}")
            if cls == "E" and typ not in types:
                errs.append(f"{did}: unknown entity type {typ}")
            if typ == "ORGANIZATION":
                errs.append(f"{did}: ORGANIZATION must not be labelled")
            if s > 0 and _is_anum(text[s - 1]) and _is_anum(text[s]):
                errs.append(f"{did}: {typ} starts inside an alphanumeric run at {s}")
            if e < len(text) and _is_anum(text[e - 1]) and _is_anum(text[e]):
                errs.append(f"{did}: {typ} ends inside an alphanumeric run at {e}")
            v = text[s:e]
            nv = _norm(v)
            if cls == "E" and typ == "CN_RESIDENT_ID":
                if len(nv) == 18 and not id_valid(v):
                    errs.append(f"{did}: resident ID fails GB 11643")
                if len(nv) not in (15, 18):
                    errs.append(f"{did}: resident ID length {len(nv)}")
            if cls == "E" and typ == "CN_USCC" and not uscc_valid(v):
                errs.append(f"{did}: USCC fails GB 32100")
            if cls == "E" and typ == "BANK_CARD" and not luhn_valid(v):
                errs.append(f"{did}: bank card fails Luhn")
            if cls == "N" and typ in ("bad_id", "bad_uscc", "bad_card") and not _fails_all(v):
                errs.append(f"{did}: {typ} passes a check")
        ordered = sorted(labels, key=lambda x: (x[2], x[3]))
        for a, b in zip(ordered, ordered[1:]):
            if b[2] < a[3]:
                errs.append(f"{did}: overlap {a} / {b}")
        covered = set()
        for _, _, s, e in labels:
            covered.update(range(s, e))
        for m in DIGIT_RUN.finditer(text):
            if any(i not in covered for i in range(m.start(), m.end())):
                errs.append(f"{did}: unlabelled digit run {m.start()}-{m.end()}")
        if not d["source"].startswith(f"template:{FAMILY}:"):
            errs.append(f"{did}: bad source")
    return errs


def stats(docs):
    from collections import Counter
    ce, cn = Counter(), Counter()
    for d in docs:
        ce.update(e["type"] for e in d["entities"])
        cn.update(n["kind"] for n in d["negatives"])
    return ce, cn


STRUCTURED = {"CN_RESIDENT_ID", "CN_MOBILE", "CN_LANDLINE", "CN_USCC", "BANK_CARD", "EMAIL_ADDRESS", "IP_ADDRESS",
              "CN_PASSPORT", "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE"}


def main(argv=None) -> int:
    docs = generate()
    errs = validate(docs)
    if errs:
        print("\n".join(errs[:50]), file=sys.stderr)
        print(f"{len(errs)} validation errors", file=sys.stderr)
        return 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f if line.strip()]
    if back != docs:
        print("read-back differs from generated documents", file=sys.stderr)
        return 1
    errs = validate(back)
    if errs:
        print("\n".join(errs[:50]), file=sys.stderr)
        return 1
    ce, cn = stats(back)
    n_trad = sum(1 for t in TEMPLATES if t.startswith("T|"))
    print(f"{len(back)} documents, {len(TEMPLATES)} templates ({n_trad} Traditional) -> {OUT}")
    print(f"entities {sum(ce.values())} (structured {sum(v for k, v in ce.items() if k in STRUCTURED)}), "
          f"negatives {sum(cn.values())}")
    for k, v in sorted(ce.items(), key=lambda x: -x[1]):
        print(f"  {k:20s} {v}")
    for k, v in sorted(cn.items(), key=lambda x: -x[1]):
        print(f"  ~{k:19s} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
