"""Held-out evaluation family 12 for govgate's Chinese PII detector (written blind).

Self-contained generator: its own value pools (names of several generations, rare, compound and
minority names, a gazetteer of counties in many provinces with towns, streets, villages, estates
and roads, BINs, area codes, e-mail domains, plate prefixes, passport / permit formats) and its
own templates (Simplified and Traditional) for text that moves between a city's departments.
Only the check-digit helpers are imported from bench/classify_values.py.

    python -m bench.classify_heldout12     # writes tests/classify/data/heldout12_generated.jsonl

Template markup (internal): ``«KEY»`` / ``«KEY#n»`` / ``«KEY#n:arg»`` / ``«KEY:arg»`` puts a value
from a generator (labelled as entity or hard negative by the generator; a leading ``-`` drops the
label, for short unlabelled values); ``#n`` ties values to the n-th person (or company) of the
document; ``⟦a¦b¦c⟧`` chooses one alternative (may nest, may contain placeholders).
"""
from __future__ import annotations

import datetime as _dt
import json
import random
import re
from pathlib import Path

from bench.classify_values import W_ORG, W_USCC, USCC_AL, fullwidth, id_check, luhn_digit

SEED = 12_30_2026
N_DOCS = 2000
FAMILY = "heldout12"
OUT = Path(__file__).resolve().parent.parent / "tests" / "classify" / "data" / "heldout12_generated.jsonl"
ENTITIES_YAML = Path("/work/shared/design/entities.yaml")

STRUCTURED = {"CN_RESIDENT_ID", "CN_MOBILE", "CN_LANDLINE", "CN_USCC", "BANK_CARD", "EMAIL_ADDRESS",
              "IP_ADDRESS", "CN_PASSPORT", "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE"}


# ----------------------------------------------------------------------------- check digits
def org_check(code8: str) -> str:
    """GB 11714 organisation-code check character for 8 characters."""
    s = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(code8, W_ORG))
    c = 11 - s % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def uscc_check(body17: str) -> str:
    return USCC_AL[(31 - sum(USCC_AL.index(ch) * w for ch, w in zip(body17, W_USCC)) % 31) % 31]


_FW = {chr(0xFF10 + i): str(i) for i in range(10)}
_FW.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
_FW.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})


def compact(s: str) -> str:
    """Fold full-width forms and drop blanks/dashes/dots used inside numbers."""
    s = "".join(_FW.get(c, c) for c in s)
    return re.sub(r"[\s\-－·]", "", s)


def id_valid(s: str) -> bool:
    s = compact(s).upper()
    return (len(s) == 18 and s[:17].isdigit() and (s[17].isdigit() or s[17] == "X")
            and id_check(s[:17]) == s[17])


def uscc_valid(s: str) -> bool:
    s = compact(s).upper()
    return len(s) == 18 and all(c in USCC_AL for c in s) and uscc_check(s[:17]) == s[17]


def luhn_valid(s: str) -> bool:
    s = compact(s)
    return s.isdigit() and len(s) >= 2 and luhn_digit(s[:-1]) == s[-1]


# ----------------------------------------------------------------------------- value pools
# Surnames (Simplified). Common ones are repeated by weight in SURN_COMMON_W.
SURN_COMMON = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
               "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
               "覃武戴莫孔向汤")
SURN_TOP = "王李张刘陈杨黄赵吴周徐孙沈钱朱胡"
SURN_LOCAL = "俞施章费凌闵茅嵇钮臧褚卜沃屠诸乔殷包富计慎单吉柏倪邬郁姚"   # frequent around Taihu
SURN_RARE = "禤蹇昝逄郏冼阚笪佘岑查缪祁郗谯璩麴乜仉隗庹赫晏蒯咸甄仝衣寇揭芮靳亓"
SURN_COMPOUND = ["欧阳", "司马", "诸葛", "上官", "皇甫", "尉迟", "公孙", "慕容", "令狐", "端木", "夏侯",
                 "申屠", "宇文", "长孙", "闻人", "司徒", "呼延", "东方", "万俟", "澹台", "南宫", "第五"]

GIVEN = {
    ("old", "M"): ["建国", "国庆", "建华", "卫东", "国强", "志刚", "根生", "金宝", "荣根", "德明", "福林", "长根",
                   "炳荣", "玉林", "水根", "伯年", "培元", "宝林", "永康", "和平", "援朝", "红兵", "跃进", "树林",
                   "金发", "金龙", "新民", "阿大", "土根", "顺林", "洪福", "掌荣", "纪昌"],
    ("old", "F"): ["秀英", "桂英", "淑珍", "玉兰", "美珍", "凤英", "桂芳", "秀珍", "彩英", "金娣", "杏娣", "月娥",
                   "爱华", "红梅", "素琴", "巧英", "根娣", "菊芬", "惠芬", "雪琴", "美娟", "小妹", "阿凤", "宝珠",
                   "莲英", "招娣", "翠娥", "引弟"],
    ("mid", "M"): ["伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "斌", "鹏", "波", "辉", "刚", "健", "峰",
                   "志强", "海峰", "晓东", "建军", "文斌", "立新", "国栋", "俊杰", "振宇", "永强", "德华", "海涛",
                   "卫国", "小龙", "晓峰", "剑锋", "春雷", "学军", "建平", "宏伟", "利民"],
    ("mid", "F"): ["敏", "静", "丽", "艳", "芳", "娟", "霞", "燕", "琳", "颖", "洁", "婷", "秀兰", "海燕", "丽萍",
                   "晓红", "春燕", "雪芳", "慧敏", "丽娟", "晓燕", "金凤", "玲玲", "佳佳", "红霞", "小芳", "文静",
                   "建英", "亚萍", "卫红"],
    ("young", "M"): ["浩", "宇", "鑫", "博文", "子豪", "俊豪", "浩宇", "宇轩", "家乐", "天宇", "晨阳", "嘉豪",
                     "思远", "文涛", "一鸣", "泽宇", "鹏飞", "佳豪", "志豪", "子健", "昊天", "振华", "航", "毅"],
    ("young", "F"): ["婷婷", "雨婷", "欣然", "佳怡", "思雨", "梦瑶", "雅琪", "诗琪", "晓雯", "心怡", "嘉欣", "紫薇",
                     "梦琪", "佳琪", "雨欣", "倩", "璐", "瑶", "丹丹", "雪", "悦", "冰冰", "露", "楠"],
    ("kid", "M"): ["子轩", "浩然", "梓睿", "沐宸", "宇航", "皓轩", "奕辰", "子墨", "俊熙", "煜祺", "梓豪", "锦程",
                   "明哲", "铭泽", "瑞霖", "承泽", "景行", "亦凡", "宸宇", "安澜"],
    ("kid", "F"): ["梓涵", "欣怡", "雨桐", "梓萱", "思彤", "诗涵", "若汐", "一诺", "可馨", "语桐", "芷若", "依诺",
                   "沐瑶", "安琪", "紫涵", "悦然", "书瑶", "婉清", "知夏", "念慈"],
}

# Minority names: (name, sex, county code of a typical household registration)
MINORITY = {
    "uyghur": (["阿不都热合曼", "买买提", "艾力", "努尔艾力", "艾尔肯", "吐尔逊", "依明", "玉素甫", "阿迪力",
                "麦麦提敏", "图尔荪"],
               ["热依拉", "古丽米拉", "阿依古丽", "帕提古丽", "迪丽努尔", "米热古丽", "祖丽胡玛尔", "阿依努尔"],
               ["艾买提", "吐尔地", "买买提", "阿不力孜", "托乎提", "热合曼", "卡德尔", "肉孜"],
               ["653101", "653121", "650102"]),
    "kazakh": (["叶尔兰", "努尔兰", "别克", "达吾列提"], ["阿依达娜", "古丽巴哈尔", "加娜尔"],
               ["哈力木", "吾拉力", "阿布都", "沙比提"], ["654002"]),
}
TIBETAN = ["扎西", "次仁", "旺堆", "多吉", "顿珠", "卓玛", "央金", "拉姆", "格桑", "平措", "尼玛", "达瓦",
           "边巴", "白玛", "索朗", "德吉", "曲珍", "巴桑"]
MONGOL = ["巴特尔", "苏和", "乌云其木格", "额尔敦", "宝音", "图雅", "萨仁高娃", "那日苏", "斯琴", "阿拉坦仓",
          "朝鲁", "其其格"]
YI = ["吉克阿依", "阿西木呷", "沙马伍呷", "吉伍拉且", "海来阿木", "阿苏约哈", "俄木沙玛"]

# Traditional pools
T_SURN = ("王李張劉陳楊黃趙吳周徐孫馬朱胡郭何高林羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董袁潘蔣蔡葉程蘇魏呂沈姚盧"
          "鍾陸汪范金錢顧嚴費閔凌俞施章褚臧鈕鄒龔閻")
T_SURN_COMPOUND = ["歐陽", "司馬", "諸葛", "申屠", "皇甫", "上官", "長孫", "尉遲"]
T_SURN_RARE = "禤闞繆佘岑蹇"
T_GIVEN = {
    ("old", "M"): ["建國", "國慶", "根生", "金寶", "榮根", "德明", "福林", "水根", "長根", "炳榮", "衛東", "援朝"],
    ("old", "F"): ["秀英", "桂英", "淑珍", "玉蘭", "美珍", "鳳英", "愛華", "紅梅", "素琴", "惠芬", "雪琴", "巧英"],
    ("mid", "M"): ["偉", "強", "磊", "軍", "勇", "傑", "濤", "明", "超", "斌", "鵬", "輝", "剛", "健", "峰", "志強",
                   "海峰", "曉東", "建軍", "文斌", "衛國", "國棟"],
    ("mid", "F"): ["敏", "靜", "麗", "豔", "芳", "娟", "霞", "燕", "琳", "穎", "潔", "秀蘭", "海燕", "麗萍", "曉紅",
                   "春燕", "慧敏"],
    ("young", "M"): ["浩宇", "宇軒", "家樂", "天宇", "晨陽", "嘉豪", "思遠", "一鳴", "鵬飛", "子健"],
    ("young", "F"): ["雨婷", "欣然", "佳怡", "思雨", "夢瑤", "雅琪", "詩琪", "曉雯", "心怡"],
    ("kid", "M"): ["子軒", "浩然", "梓睿", "沐宸", "宇航", "皓軒", "奕辰"],
    ("kid", "F"): ["梓涵", "雨桐", "梓萱", "思彤", "詩涵", "若汐", "一諾", "可馨", "語桐"],
}
T_AVOID = {"陳志明", "張淑芬", "林美玲", "黃建國", "王麗華", "劉德勝", "楊雅婷", "吳家豪"}

# Gazetteer: county code -> (province, prefecture, county, towns, villages/sub-parts)
# Huzhou counties carry streets, estates and roads as well.
HUZHOU = {
    "330502": dict(county="吴兴区", t_county="吳興區",
                   streets=["爱山街道", "飞英街道", "月河街道", "朝阳街道", "龙泉街道", "康山街道", "仁皇山街道",
                            "滨湖街道", "杨家埠街道"],
                   towns=["织里镇", "八里店镇", "埭溪镇", "东林镇", "妙西镇", "道场乡"],
                   roads=["人民路", "红旗路", "凤凰路", "青铜路", "劳动路", "龙溪北路", "衣裳街", "南街",
                          "环渚路", "金盖山路", "西塞山路", "湖东路", "吴兴大道", "大港路", "栋梁路", "利济中路"],
                   estates=["东白鱼潭小区", "青塘小区", "凤凰二村", "马军巷小区", "龙溪苑", "碧浪湖花园",
                            "仁皇山庄", "塘甸新村", "潮音小区", "金盖华庭", "织里阳光城", "吉山新村"],
                   villages=["移沿山村", "杨溇村", "幻溇村", "漾西村", "戴山村", "潘店村", "三济桥村"]),
    "330503": dict(county="南浔区", t_county="南潯區",
                   streets=["旧馆街道", "东迁街道", "南浔镇"],
                   towns=["练市镇", "双林镇", "菱湖镇", "和孚镇", "善琏镇", "千金镇", "石淙镇"],
                   roads=["适园路", "人瑞路", "南浔大道", "双林大道", "菱湖镇前路", "练市大道", "泰安路"],
                   estates=["浔东新村", "丝业新村", "南林苑", "双林花园", "菱湖新苑", "适园小区"],
                   villages=["东马干村", "新荻村", "民当村", "洋南村", "金农村", "五四村"]),
    "330521": dict(county="德清县", t_county="德清縣",
                   streets=["武康街道", "舞阳街道", "阜溪街道", "下渚湖街道", "康乾街道"],
                   towns=["乾元镇", "新市镇", "钟管镇", "洛舍镇", "雷甸镇", "禹越镇", "新安镇", "莫干山镇"],
                   roads=["千秋街", "永安街", "武源街", "长虹街", "英溪南路", "北湖东街", "志远路", "科源路"],
                   estates=["余英坊", "英溪花园", "千秋新村", "湖滨花苑", "城北新村", "舞阳嘉园"],
                   villages=["仙潭村", "后坞村", "劳岭村", "燎原村", "双桥村", "筏头村"]),
    "330522": dict(county="长兴县", t_county="長興縣",
                   streets=["雉城街道", "太湖街道", "龙山街道", "画溪街道"],
                   towns=["洪桥镇", "李家巷镇", "夹浦镇", "虹星桥镇", "和平镇", "泗安镇", "煤山镇", "小浦镇",
                          "林城镇", "吕山乡", "水口乡"],
                   roads=["明珠路", "金陵路", "长兴大道", "解放路", "龙山路", "太湖大道", "县前街", "五峰路"],
                   estates=["金陵新村", "明珠花园", "太湖花园", "雉州新苑", "龙山新村", "画溪春晓"],
                   villages=["顾渚村", "上泗安村", "城山村", "新川村", "五里桥村", "尚儒村"]),
    "330523": dict(county="安吉县", t_county="安吉縣",
                   streets=["递铺街道", "昌硕街道", "灵峰街道", "孝源街道"],
                   towns=["孝丰镇", "梅溪镇", "天子湖镇", "鄣吴镇", "杭垓镇", "报福镇", "章村镇", "天荒坪镇",
                          "溪龙乡", "上墅乡", "山川乡"],
                   roads=["胜利西路", "浦源大道", "天目路", "昌硕东路", "灵峰大道", "玉华路", "双溪路"],
                   estates=["凤凰苑", "玉华新村", "安吉花园", "竹海家园", "昌硕花园", "天使小镇"],
                   villages=["高家堂村", "大竹园村", "横山坞村", "黄杜村", "尚书垓村", "马家弄村"]),
}

# Other counties (code, province, prefecture or "", county, towns)
COUNTIES = [
    ("330106", "浙江省", "杭州市", "西湖区", ["北山街道", "翠苑街道", "蒋村街道", "三墩镇"]),
    ("330110", "浙江省", "杭州市", "余杭区", ["五常街道", "仓前街道", "良渚街道", "瓶窑镇"]),
    ("330109", "浙江省", "杭州市", "萧山区", ["城厢街道", "北干街道", "瓜沥镇", "河上镇"]),
    ("330212", "浙江省", "宁波市", "鄞州区", ["首南街道", "钟公庙街道", "姜山镇"]),
    ("330381", "浙江省", "温州市", "瑞安市", ["安阳街道", "塘下镇", "马屿镇"]),
    ("330382", "浙江省", "温州市", "乐清市", ["城东街道", "柳市镇", "虹桥镇"]),
    ("330411", "浙江省", "嘉兴市", "秀洲区", ["新城街道", "王店镇", "油车港镇"]),
    ("330483", "浙江省", "嘉兴市", "桐乡市", ["梧桐街道", "乌镇镇", "濮院镇"]),
    ("330681", "浙江省", "绍兴市", "诸暨市", ["暨阳街道", "店口镇", "枫桥镇"]),
    ("330782", "浙江省", "金华市", "义乌市", ["稠城街道", "佛堂镇", "苏溪镇"]),
    ("331082", "浙江省", "台州市", "临海市", ["古城街道", "杜桥镇", "白水洋镇"]),
    ("331102", "浙江省", "丽水市", "莲都区", ["紫金街道", "碧湖镇", "老竹镇"]),
    ("341882", "安徽省", "宣城市", "广德市", ["桃州镇", "新杭镇", "誓节镇", "邱村镇"]),
    ("341821", "安徽省", "宣城市", "郎溪县", ["建平镇", "十字镇", "梅渚镇"]),
    ("340881", "安徽省", "安庆市", "桐城市", ["文昌街道", "孔城镇", "吕亭镇"]),
    ("341221", "安徽省", "阜阳市", "临泉县", ["城关街道", "杨桥镇", "姜寨镇", "瓦店镇"]),
    ("341222", "安徽省", "阜阳市", "太和县", ["城关镇", "旧县镇", "宫集镇"]),
    ("341623", "安徽省", "亳州市", "利辛县", ["城关镇", "阚疃镇", "展沟镇"]),
    ("341321", "安徽省", "宿州市", "砀山县", ["砀城镇", "李庄镇", "良梨镇"]),
    ("320506", "江苏省", "苏州市", "吴中区", ["长桥街道", "木渎镇", "甪直镇"]),
    ("320583", "江苏省", "苏州市", "昆山市", ["玉山镇", "花桥镇", "周庄镇"]),
    ("320281", "江苏省", "无锡市", "江阴市", ["澄江街道", "周庄镇", "华士镇"]),
    ("321323", "江苏省", "宿迁市", "泗阳县", ["众兴镇", "爱园镇", "王集镇"]),
    ("320382", "江苏省", "徐州市", "邳州市", ["运河街道", "官湖镇", "铁富镇"]),
    ("411522", "河南省", "信阳市", "光山县", ["紫水街道", "弦山街道", "十里镇", "泼陂河镇"]),
    ("411524", "河南省", "信阳市", "商城县", ["赤城街道", "上石桥镇", "汪岗镇"]),
    ("411526", "河南省", "信阳市", "潢川县", ["春申街道", "双柳树镇", "付店镇"]),
    ("412722", "河南省", "周口市", "商水县", ["老城街道", "黄寨镇", "练集镇"]),
    ("411323", "河南省", "南阳市", "淅川县", ["龙城街道", "香花镇", "厚坡镇"]),
    ("511321", "四川省", "南充市", "南部县", ["南隆街道", "定水镇", "升钟镇"]),
    ("511621", "四川省", "广安市", "岳池县", ["九龙街道", "顾县镇", "罗渡镇"]),
    ("510722", "四川省", "绵阳市", "三台县", ["潼川街道", "芦溪镇", "西平镇"]),
    ("511623", "四川省", "广安市", "邻水县", ["鼎屏镇", "柑子镇", "丰禾镇"]),
    ("513431", "四川省", "凉山彝族自治州", "昭觉县", ["新城镇", "谷曲乡", "竹核镇"]),
    ("360124", "江西省", "南昌市", "进贤县", ["民和镇", "李渡镇", "温圳镇"]),
    ("361128", "江西省", "上饶市", "鄱阳县", ["鄱阳镇", "谢家滩镇", "饶埠镇"]),
    ("360731", "江西省", "赣州市", "于都县", ["贡江镇", "罗坳镇", "岭背镇"]),
    ("421124", "湖北省", "黄冈市", "英山县", ["温泉镇", "红山镇", "金家铺镇"]),
    ("421126", "湖北省", "黄冈市", "蕲春县", ["漕河镇", "蕲州镇", "横车镇"]),
    ("430626", "湖南省", "岳阳市", "平江县", ["汉昌街道", "三市镇", "安定镇"]),
    ("431021", "湖南省", "郴州市", "桂阳县", ["龙潭街道", "太和镇", "樟市镇"]),
    ("520525", "贵州省", "毕节市", "纳雍县", ["雍熙街道", "百兴镇", "张家湾镇"]),
    ("522631", "贵州省", "黔东南苗族侗族自治州", "黎平县", ["德凤街道", "中潮镇", "肇兴镇"]),
    ("530627", "云南省", "昭通市", "镇雄县", ["乌峰街道", "以勒镇", "泼机镇"]),
    ("450923", "广西壮族自治区", "玉林市", "博白县", ["博白镇", "水鸣镇", "龙潭镇"]),
    ("620421", "甘肃省", "白银市", "靖远县", ["乌兰镇", "东湾镇", "北湾镇"]),
    ("622921", "甘肃省", "临夏回族自治州", "临夏县", ["韩集镇", "土桥镇", "尹集镇"]),
    ("370826", "山东省", "济宁市", "微山县", ["夏镇街道", "韩庄镇", "两城镇"]),
    ("371721", "山东省", "菏泽市", "曹县", ["曹城街道", "庄寨镇", "青堌集镇"]),
    ("653101", "新疆维吾尔自治区", "喀什地区", "喀什市", ["恰萨街道", "亚瓦格街道", "浩罕乡"]),
    ("653121", "新疆维吾尔自治区", "喀什地区", "疏附县", ["托克扎克镇", "乌帕尔镇"]),
    ("650102", "新疆维吾尔自治区", "乌鲁木齐市", "天山区", ["燕儿窝街道", "幸福路街道"]),
    ("654002", "新疆维吾尔自治区", "伊犁哈萨克自治州", "伊宁市", ["喀赞其街道", "巴彦岱镇"]),
    ("540102", "西藏自治区", "拉萨市", "城关区", ["八廓街道", "吉日街道", "纳金乡"]),
    ("150422", "内蒙古自治区", "赤峰市", "巴林左旗", ["林东镇", "隆昌镇", "十三敖包镇"]),
    ("150721", "内蒙古自治区", "呼伦贝尔市", "阿荣旗", ["那吉镇", "六合镇", "亚东镇"]),
    ("230183", "黑龙江省", "哈尔滨市", "尚志市", ["尚志镇", "亚布力镇", "一面坡镇"]),
    ("441581", "广东省", "汕尾市", "陆丰市", ["东海街道", "甲子镇", "碣石镇"]),
    ("445281", "广东省", "揭阳市", "普宁市", ["流沙东街道", "洪阳镇", "占陇镇"]),
    ("350583", "福建省", "泉州市", "南安市", ["溪美街道", "水头镇", "官桥镇"]),
    ("310115", "上海市", "", "浦东新区", ["潍坊新村街道", "张江镇", "川沙新镇"]),
    ("310104", "上海市", "", "徐汇区", ["田林街道", "康健新村街道", "漕河泾街道"]),
    ("110105", "北京市", "", "朝阳区", ["望京街道", "双井街道", "来广营地区"]),
    ("500236", "重庆市", "", "奉节县", ["永安街道", "白帝镇", "草堂镇"]),
    ("500233", "重庆市", "", "忠县", ["忠州街道", "拔山镇", "新立镇"]),
]
MIGRANT_WEIGHT = {"341": 5, "411": 4, "412": 3, "511": 4, "510": 2, "520": 3, "522": 2, "530": 2, "360": 3,
                  "361": 2, "421": 2, "430": 2, "431": 1, "320": 2, "321": 2, "330": 3, "331": 2, "450": 1}
VILLAGE_STEMS = ["李家", "王庄", "石桥", "新联", "红星", "团结", "杨湾", "柳树", "双龙", "青山", "大塘", "桃园",
                 "白马", "前进", "东风", "永丰", "和平", "新华", "三合", "张湾", "高坪", "龙井", "竹林", "刘营",
                 "马店", "陈楼", "黄土岭", "河口", "沙坝", "响水"]
T_VILLAGE_STEMS = ["李家", "王莊", "石橋", "新聯", "紅星", "團結", "楊灣", "柳樹", "雙龍", "青山", "大塘", "桃園",
                   "白馬", "前進", "東風", "永豐", "和平", "新華", "三合", "張灣"]
T_STREET_STEMS = ["建設", "解放", "中山", "人民", "新華", "勝利", "文化", "光明", "幸福", "和平", "朝陽", "興業"]
STREET_STEMS = ["建设", "解放", "中山", "人民", "新华", "胜利", "文化", "光明", "幸福", "和平", "朝阳", "兴业"]

T_HUZHOU = {
    "330502": dict(county="吳興區", streets=["愛山街道", "飛英街道", "月河街道", "朝陽街道", "龍泉街道", "仁皇山街道"],
                   towns=["織里鎮", "八里店鎮", "埭溪鎮", "妙西鎮"],
                   roads=["人民路", "紅旗路", "鳳凰路", "青銅路", "勞動路", "龍溪北路", "衣裳街", "環渚路"],
                   estates=["東白魚潭小區", "青塘小區", "鳳凰二村", "龍溪苑", "碧浪湖花園", "塘甸新村"],
                   villages=["移沿山村", "楊漊村", "漾西村", "潘店村"]),
    "330503": dict(county="南潯區", streets=["舊館街道", "東遷街道", "南潯鎮"], towns=["練市鎮", "雙林鎮", "菱湖鎮", "和孚鎮"],
                   roads=["適園路", "人瑞路", "南潯大道", "雙林大道"], estates=["潯東新村", "絲業新村", "南林苑"],
                   villages=["東馬幹村", "新荻村", "民當村"]),
    "330521": dict(county="德清縣", streets=["武康街道", "舞陽街道", "阜溪街道"], towns=["乾元鎮", "新市鎮", "莫干山鎮", "鍾管鎮"],
                   roads=["千秋街", "永安街", "武源街", "長虹街"], estates=["餘英坊", "英溪花園", "千秋新村"],
                   villages=["仙潭村", "後塢村", "勞嶺村"]),
    "330522": dict(county="長興縣", streets=["雉城街道", "太湖街道", "龍山街道", "畫溪街道"], towns=["洪橋鎮", "泗安鎮", "煤山鎮", "夾浦鎮"],
                   roads=["明珠路", "金陵路", "長興大道", "解放路"], estates=["金陵新村", "明珠花園", "太湖花園"],
                   villages=["顧渚村", "上泗安村", "城山村"]),
    "330523": dict(county="安吉縣", streets=["遞鋪街道", "昌碩街道", "靈峰街道"], towns=["孝豐鎮", "梅溪鎮", "天荒坪鎮", "溪龍鄉"],
                   roads=["勝利西路", "浦源大道", "天目路", "昌碩東路"], estates=["鳳凰苑", "玉華新村", "竹海家園"],
                   villages=["高家堂村", "大竹園村", "黃杜村"]),
}
T_OTHER = [("310115", "上海市", "", "浦東新區", ["張江鎮", "川沙新鎮"]),
           ("320506", "江蘇省", "蘇州市", "吳中區", ["木瀆鎮", "甪直鎮"]),
           ("341882", "安徽省", "宣城市", "廣德市", ["桃州鎮", "新杭鎮"]),
           ("350583", "福建省", "泉州市", "南安市", ["溪美街道", "水頭鎮"]),
           ("330106", "浙江省", "杭州市", "西湖區", ["北山街道", "翠苑街道"]),
           ("411522", "河南省", "信陽市", "光山縣", ["紫水街道", "十里鎮"])]

# Bank card BINs: (issuer, BIN, length)
BINS = [("中国工商银行", "622202", 19), ("中国工商银行", "621226", 19), ("中国工商银行", "621288", 19),
        ("中国农业银行", "622848", 19), ("中国农业银行", "623052", 19), ("中国银行", "621661", 19),
        ("中国银行", "601382", 19), ("中国建设银行", "621700", 19), ("中国建设银行", "622700", 19),
        ("交通银行", "622262", 19), ("招商银行", "622588", 16), ("招商银行", "621483", 16),
        ("中国邮政储蓄银行", "621799", 19), ("中国邮政储蓄银行", "622188", 19), ("湖州银行", "623128", 19),
        ("浙江农商联合银行", "621058", 19), ("湖州吴兴农商银行", "623091", 19), ("兴业银行", "622909", 18),
        ("中信银行", "622690", 16), ("浦发银行", "622521", 16), ("招商银行信用卡", "439225", 16),
        ("中国银行信用卡", "518378", 16), ("建设银行信用卡", "625362", 16), ("宁波银行", "623058", 19)]
T_BANKS = {"中国工商银行": "中國工商銀行", "中国农业银行": "中國農業銀行", "中国银行": "中國銀行",
           "中国建设银行": "中國建設銀行", "交通银行": "交通銀行", "招商银行": "招商銀行", "湖州银行": "湖州銀行",
           "中国邮政储蓄银行": "中國郵政儲蓄銀行", "浙江农商联合银行": "浙江農商聯合銀行",
           "湖州吴兴农商银行": "湖州吳興農商銀行", "兴业银行": "興業銀行", "中信银行": "中信銀行", "浦发银行": "浦發銀行",
           "招商银行信用卡": "招商銀行信用卡", "中国银行信用卡": "中國銀行信用卡", "建设银行信用卡": "建設銀行信用卡",
           "宁波银行": "寧波銀行"}

AREA = [("0572", 7, "湖州", 60), ("0571", 8, "杭州", 8), ("0573", 8, "嘉兴", 3), ("0574", 8, "宁波", 2),
        ("0575", 8, "绍兴", 2), ("0577", 8, "温州", 2), ("021", 8, "上海", 5), ("010", 8, "北京", 3),
        ("025", 8, "南京", 2), ("0512", 8, "苏州", 3), ("0510", 8, "无锡", 1), ("0551", 8, "合肥", 2),
        ("0563", 7, "宣城", 2), ("0376", 7, "信阳", 1), ("028", 8, "成都", 2), ("0851", 8, "贵阳", 1),
        ("0791", 8, "南昌", 1), ("023", 8, "重庆", 1)]
HZ_LOCAL_PREFIX = {"330502": ["2", "3"], "330503": ["3"], "330521": ["8"], "330522": ["6"], "330523": ["5"]}

MOBILE_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150",
                 "151", "152", "153", "155", "156", "157", "158", "159", "162", "166", "173", "175", "176",
                 "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191",
                 "193", "195", "198", "199"]
EMAIL_DOMAINS = ["qq.com"] * 6 + ["163.com"] * 4 + ["126.com"] * 2 + ["sina.com", "sohu.com", "aliyun.com",
                 "foxmail.com", "139.com", "189.cn", "yeah.net", "outlook.com", "gmail.com", "hotmail.com",
                 "zjhu.edu.cn", "hzvtc.edu.cn", "vip.163.com", "wo.cn", "tom.com"]
PINYIN = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "shen",
          "qian", "zhu", "hu", "yu", "shi", "fei", "ling", "min", "yao", "lu", "gu", "pan", "jiang", "cai"]
PINYIN_G = ["wei", "min", "jing", "lei", "jun", "yong", "jie", "tao", "ming", "chao", "xiaodong", "haiyan",
            "lihua", "jianguo", "yuting", "zixuan", "haoran", "xinyi", "yutong", "bo", "fang", "hui", "qiang"]

PLATE_CITY = [("浙", "E", 55), ("浙", "A", 8), ("浙", "F", 4), ("浙", "B", 3), ("浙", "D", 2), ("浙", "G", 2),
              ("浙", "C", 2), ("浙", "J", 1), ("苏", "E", 3), ("苏", "A", 2), ("苏", "B", 2), ("沪", "A", 2),
              ("沪", "B", 1), ("皖", "P", 3), ("皖", "A", 2), ("皖", "K", 1), ("豫", "S", 2), ("川", "R", 1),
              ("赣", "A", 1), ("贵", "F", 1), ("鲁", "R", 1), ("京", "N", 1)]
T_PLATE = {"苏": "蘇", "沪": "滬", "赣": "贛", "贵": "貴", "鲁": "魯"}
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

CO_STEMS = ["锦泰", "鸿运", "宏盛", "嘉禾", "瑞丰", "诚信", "新天", "海纳", "金羚", "德宏", "菁英", "远景", "恒达",
            "永兴", "鑫源", "华睿", "弘毅", "正泰和", "吉祥", "东升", "明远", "致远", "百合", "丰收", "竹韵", "太湖蓝",
            "苕溪", "碧浪", "浔韵", "莫干", "安澜", "顺丰泰", "立信", "汇通"]
CO_TRADES = ["纺织", "童装", "蓄电池", "竹木制品", "生物科技", "建材", "物流", "家具", "电子科技", "网络科技",
             "餐饮管理", "物业服务", "建筑工程", "机械制造", "新材料", "茶业", "旅游开发", "智能装备", "环保科技",
             "医疗器械", "农业开发", "房地产开发", "汽车服务", "电梯工程"]
CO_PREFIX = ["湖州", "湖州", "浙江", "长兴", "德清", "安吉", "南浔", "湖州吴兴"]
IND_SHOPS = ["童装店", "小吃店", "便利店", "五金店", "理发店", "水果店", "农家乐", "民宿", "早餐店", "服装加工厂",
             "修车行", "烟酒店", "面馆", "茶叶店", "快递代办点"]
COOPS = ["白茶专业合作社", "水产养殖专业合作社", "湖羊养殖专业合作社", "葡萄专业合作社", "竹笋专业合作社",
         "粮油专业合作社"]
INSTS = ["第三人民医院", "中心幼儿园", "第五中学", "社区卫生服务中心", "图书馆", "疾病预防控制中心", "文化馆",
         "实验小学"]
NGOS = ["志愿者协会", "养老服务中心", "慈善总会", "个体劳动者协会", "社会工作服务中心", "青少年活动中心"]

PUBLIC_BODIES = ["湖州市中级人民法院", "湖州市吴兴区人民法院", "长兴县人民法院", "德清县人民法院",
                 "湖州市市场监督管理局", "长兴县市场监督管理局", "湖州市公安局南浔区分局", "安吉县公安局",
                 "湖州市人力资源和社会保障局", "安吉县人力资源和社会保障局", "德清县卫生健康局",
                 "湖州市大数据发展管理局", "湖州市社会保险事业管理中心", "吴兴区爱山街道办事处",
                 "湖州市医疗保障局", "湖州市民政局", "南浔区民政局", "湖州市应急管理局", "湖州市交通运输局",
                 "湖州市住房和城乡建设局", "湖州市教育局", "国家税务总局湖州市税务局", "湖州市综合行政执法局",
                 "湖州市文化广电旅游局", "湖州市公安局交通警察支队", "湖州市生态环境局长兴分局",
                 "湖州市行政审批服务中心", "长兴县不动产登记中心", "湖州市公共资源交易中心"]
T_PUBLIC_BODIES = ["湖州市中級人民法院", "湖州市吳興區人民法院", "湖州市市場監督管理局", "湖州市公安局南潯區分局",
                   "湖州市人力資源和社會保障局", "湖州市大數據發展管理局", "湖州市民政局", "長興縣人民法院",
                   "湖州市衛生健康委員會", "湖州市文化廣電旅遊局"]
DEPTS = ["市公安局", "市市场监管局", "市人力社保局", "市卫生健康委", "市民政局", "市医保局", "市住建局", "市教育局",
         "市税务局", "市交通运输局", "市应急管理局", "市文广旅体局", "市大数据局", "市中级法院", "市发改委",
         "市信用办", "市综合执法局", "市自然资源和规划局", "市残联", "市退役军人事务局"]
PLACES = ["太湖旅游度假区", "南浔古镇景区", "莫干山风景名胜区", "安吉云上草原", "长兴仙山湖景区",
          "下渚湖国家湿地公园", "太湖龙之梦乐园", "湖州站", "安吉中国大竹海", "小西街历史文化街区", "飞英公园",
          "长兴太湖图影旅游度假区", "法华寺景区", "顾渚山茶文化景区", "新市古镇", "荻港渔庄"]
T_PLACES = ["太湖旅遊度假區", "南潯古鎮景區", "莫干山風景名勝區", "安吉雲上草原", "下渚湖國家濕地公園", "湖州站",
            "小西街歷史文化街區", "新市古鎮"]
ROADS_TRAFFIC = ["G50沪渝高速湖州段", "G25长深高速长兴段", "S12申嘉湖高速", "申苏浙皖高速安吉段", "104国道吴兴段",
                 "318国道南浔段", "杭宁高速德清段", "二环北路与龙溪北路交叉口", "湖州大道凤凰路口",
                 "青铜路与吴兴大道交叉口", "长兴大道金陵路口", "德清武康大桥", "安吉浦源大道天目路口",
                 "外环东路", "练市大道", "环城西路"]
OFFICES = ["市民服务中心二楼B区12号窗口", "区政务服务中心3楼305室", "第三审判庭", "社保服务大厅6号窗口",
           "不动产登记中心一楼综合受理窗口", "出入境接待大厅", "车管所业务大厅4号窗口", "街道便民服务中心",
           "医保经办大厅2号窗口", "信访接待室", "第一调解室", "婚姻登记处结婚登记厅", "会议中心302会议室"]
T_OFFICES = ["市民服務中心二樓B區12號窗口", "出入境接待大廳", "社保服務大廳6號窗口", "第三審判庭"]

DISEASES = ["高血压", "2型糖尿病", "冠心病", "慢性阻塞性肺疾病", "肺结核（已治愈）", "乙肝病毒携带", "抑郁症",
            "精神分裂症", "脑梗死后遗症", "阿尔茨海默病", "肺癌术后", "尿毒症（规律血液透析）", "类风湿关节炎",
            "甲状腺功能亢进", "慢性肾功能不全", "帕金森病", "双相情感障碍", "乳腺癌术后化疗中", "哮喘",
            "腰椎间盘突出症", "先天性心脏病", "癫痫", "孕24周", "左下肢截肢", "听力残疾二级", "肢体残疾三级",
            "视力残疾一级", "智力残疾二级", "重度骨质疏松", "胃溃疡伴出血", "血友病", "白血病（缓解期）"]
T_DISEASES = ["高血壓", "2型糖尿病", "冠心病", "慢性阻塞性肺疾病", "抑鬱症", "腦梗死後遺症", "肺癌術後",
              "尿毒症（規律血液透析）", "帕金森病", "肢體殘疾三級", "視力殘疾一級", "類風濕關節炎", "哮喘"]
CN_DIGITS = "〇一二三四五六七八九"
CN_UPPER = "零壹贰叁肆伍陆柒捌玖"
COURT_CODES = ["浙05", "浙0502", "浙0502", "浙0503", "浙0521", "浙0522", "浙0523"]
CASE_TYPES = ["民初", "民初", "民终", "执", "执恢", "刑初", "行初", "民特", "执保", "破", "财保"]
DOC_PREFIX = ["湖政发", "湖政办发", "湖政办函", "吴政发", "浔政发", "德政发", "长政发", "安政发", "浙政发", "浙政办发",
              "湖人社发", "湖卫健发", "湖教发", "湖公通", "湖医保发", "湖民发", "湖建发", "湖市监", "湖数据发",
              "湖交发", "湖应急发", "湖文广旅体发", "湖信用办"]
T_DOC_PREFIX = ["湖政發", "湖政辦發", "浙政發", "浙政辦發", "湖人社發", "湖衛健發", "湖民發", "湖數據發"]
PENALTY_PREFIX = ["湖市监处罚", "吴市监处", "长市监罚", "湖应急罚", "湖综执罚决字", "德综执罚", "湖环罚", "安市监处罚"]
VIN_WMI = ["LSV", "LFV", "LSG", "LHG", "LBV", "LGX", "LVS", "LGW", "LS5", "LNB", "LB3", "LZW", "LDC"]
GOV_MAIL = ["zwfw", "xfb", "rsjzhk", "sjjyw", "12345hz", "xinyong", "wjw_ylgl", "mzj_jzk", "scjgj_djk"]


# ----------------------------------------------------------------------------- value makers
def _digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def _date(rng: random.Random, y0: int = 2016, y1: int = 2025) -> _dt.date:
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 28).toordinal()
    return _dt.date.fromordinal(rng.randint(start, end))


def _cn_num(n: int) -> str:
    """Chinese numerals for day/month (一 .. 三十一)."""
    units = "零一二三四五六七八九"
    if n < 10:
        return units[n]
    if n < 20:
        return "十" + (units[n % 10] if n % 10 else "")
    return units[n // 10] + "十" + (units[n % 10] if n % 10 else "")


def fmt_date(d: _dt.date, style: str) -> str:
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "compact":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "md":
        return f"{d.month}月{d.day}日"
    if style == "ym":
        return f"{d.year}年{d.month}月"
    if style == "ymdot":
        return f"{d.year}.{d.month:02d}"
    if style == "cnnum":
        return "".join(CN_DIGITS[int(c)] for c in str(d.year)) + f"年{_cn_num(d.month)}月{_cn_num(d.day)}日"
    raise ValueError(style)


def make_id(rng: random.Random, region: str, birth: _dt.date, sex: str, valid: bool = True) -> str:
    seq = rng.randint(0, 99)
    last = rng.choice("13579") if sex == "M" else rng.choice("02468")
    body = region + birth.strftime("%Y%m%d") + f"{seq:02d}" + last
    chk = id_check(body)
    if valid:
        return body + chk
    while True:
        bad = rng.choice([c for c in "0123456789X" if c != chk])
        s = body + bad
        if not id_valid(s) and not uscc_valid(s) and not luhn_valid(s):
            return s


def make_id15(rng: random.Random, region: str, birth: _dt.date, sex: str) -> str:
    last = rng.choice("13579") if sex == "M" else rng.choice("02468")
    return region + birth.strftime("%y%m%d") + f"{rng.randint(0, 99):02d}" + last


def make_card(rng: random.Random, valid: bool = True) -> tuple[str, str]:
    bank, bin6, length = rng.choice(BINS)
    while True:
        body = bin6 + _digits(rng, length - 7)
        chk = luhn_digit(body)
        if valid:
            return bank, body + chk
        bad = rng.choice([c for c in "0123456789" if c != chk])
        s = body + bad
        if not id_valid(s) and not uscc_valid(s) and not luhn_valid(s):
            return bank, s


def make_org_code(rng: random.Random, style: str) -> str:
    if style == "ma":
        code8 = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        code8 = code8[:2] + rng.choice("0123456789") + code8[3:]
    elif style == "inst":
        code8 = rng.choice(["4700", "4701", "0029", "7325"]) + _digits(rng, 4)
    else:
        code8 = rng.choice(["14", "25", "55", "68", "70", "73", "77", "79"]) + _digits(rng, 6)
    return code8 + org_check(code8)


def make_uscc(rng: random.Random, cat: str, region: str, valid: bool = True) -> str:
    style = "ma" if cat in ("91", "92", "93", "52") and rng.random() < 0.8 else ("inst" if cat in ("12", "11") else "old")
    while True:
        body = cat + region + make_org_code(rng, style)
        chk = uscc_check(body)
        if valid:
            s = body + chk
            if not id_valid(s):
                return s
            continue
        bad = rng.choice([c for c in USCC_AL if c != chk])
        s = body + bad
        if not id_valid(s) and not uscc_valid(s) and not luhn_valid(s):
            return s


def make_mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIX) + _digits(rng, 8)


def fmt_mobile(rng: random.Random, m: str, style: str | None = None) -> str:
    style = style or rng.choices(["p", "s", "d", "i", "is", "i0", "f"], [78, 6, 4, 5, 3, 2, 2])[0]
    if style == "p":
        return m
    if style == "s":
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if style == "d":
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if style == "i":
        return "+86 " + m
    if style == "is":
        return f"+86 {m[:3]} {m[3:7]} {m[7:]}"
    if style == "i0":
        return "+86" + m
    if style == "f":
        return fullwidth(m)
    raise ValueError(style)


def make_landline(rng: random.Random, city: str | None = None, county: str | None = None) -> tuple[str, str]:
    if city:
        area = next(a for a in AREA if a[0] == city)
    else:
        area = rng.choices(AREA, [a[3] for a in AREA])[0]
    code, n, _, _ = area
    if code == "0572":
        first = rng.choice(HZ_LOCAL_PREFIX.get(county or "", []) or ["2", "3", "5", "6", "8"])
    else:
        first = rng.choice("2345678")
    return code, first + _digits(rng, n - 1)


def fmt_landline(rng: random.Random, code: str, local: str, style: str | None = None) -> str:
    style = style or rng.choices(["d", "p", "pf", "s", "n", "ext", "i"], [60, 10, 4, 8, 8, 6, 4])[0]
    if style == "d":
        return f"{code}-{local}"
    if style == "p":
        return f"({code}){local}"
    if style == "pf":
        return f"（{code}）{local}"
    if style == "s":
        return f"{code} {local}"
    if style == "n":
        return code + local
    if style == "ext":
        return f"{code}-{local}-{rng.randint(800, 8999)}"
    if style == "i":
        return f"+86-{code[1:]}-{local}"
    raise ValueError(style)


def make_email(rng: random.Random, pin: str | None = None, birth_year: int | None = None) -> str:
    dom = rng.choice(EMAIL_DOMAINS)
    if dom == "qq.com" and rng.random() < 0.6:
        local = _digits(rng, rng.randint(8, 10), first_nonzero=True)
    else:
        sur = pin or rng.choice(PINYIN)
        giv = rng.choice(PINYIN_G)
        form = rng.randint(0, 5)
        if form == 0:
            local = sur + giv
        elif form == 1:
            local = sur + giv + str(birth_year or rng.randint(1970, 2005))
        elif form == 2:
            local = f"{sur}.{giv}"
        elif form == 3:
            local = f"{giv}_{sur}{rng.randint(1, 99)}"
        elif form == 4:
            local = sur[0] + giv + str(rng.randint(100, 999))
        else:
            local = "hz" + sur + str(rng.randint(10, 99))
    return f"{local}@{dom}"


def make_ipv4(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choices(["pub", "10", "192", "172"], [40, 30, 20, 10])[0]
    if kind == "10":
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "192":
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "172":
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    first = rng.choice([36, 39, 42, 58, 59, 60, 61, 101, 112, 115, 117, 122, 125, 180, 183, 211, 218, 220, 221, 222, 223])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def make_ipv6(rng: random.Random) -> str:
    head = rng.choice(["240e:", "2408:", "2409:8a28:", "240e:3b4:"])
    groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(8 - head.count(":"))]
    s = head + ":".join(groups)
    if rng.random() < 0.5:
        parts = s.split(":")
        s = ":".join(parts[:4]) + "::" + ":".join(parts[-2:])
    return s


def make_passport(rng: random.Random) -> str:
    form = rng.choices(["E8", "EL", "G8"], [45, 45, 10])[0]
    if form == "E8":
        return "E" + _digits(rng, 8)
    if form == "EL":
        return "E" + rng.choice("ABCDEFGHJKLMN") + _digits(rng, 7)
    return "G" + rng.choice("3456") + _digits(rng, 7)


def make_permit(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "C" + rng.choice("0123456789") + _digits(rng, 7)
    return "C" + rng.choice("ABCDEFGHJKLMNPQRS") + _digits(rng, 7)


def make_plate(rng: random.Random, kind: str | None = None, trad: bool = False) -> str:
    prov, city, _ = rng.choices(PLATE_CITY, [p[2] for p in PLATE_CITY])[0]
    if kind == "hz":
        prov, city = "浙", "E"
    if trad:
        prov = T_PLATE.get(prov, prov)
    kind = kind if kind in ("nev", "nevl", "trailer") else rng.choices(["std", "nev", "nevl"], [82, 14, 4])[0]
    if kind == "nev":
        tail = rng.choice("DF") + rng.choice(PLATE_LETTERS[:10] + "0123456789" * 3) + _digits(rng, 4)
    elif kind == "nevl":
        tail = _digits(rng, 5) + rng.choice("DF")
    elif kind == "trailer":
        tail = _digits(rng, 4) + "挂"
    else:
        letters = rng.choice([0, 0, 1, 1, 2])
        chars = [rng.choice("0123456789") for _ in range(5)]
        for pos in rng.sample(range(5), letters):
            chars[pos] = rng.choice(PLATE_LETTERS)
        tail = "".join(chars)
    sep = rng.choices(["", "·", " ", "-"], [70, 18, 8, 4])[0] if kind != "trailer" else ""
    return prov + city + sep + tail


def make_vin(rng: random.Random) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return (rng.choice(VIN_WMI) + "".join(rng.choice(al) for _ in range(5)) + rng.choice("0123456789X")
            + rng.choice("KLMNPR") + rng.choice("0123456789ABCDE") + _digits(rng, 6))


def cn_upper_amount(n: int) -> str:
    """人民币大写 for whole yuan amounts below 100000."""
    units = ["", "拾", "佰", "仟", "万"]
    s = str(n)
    out, zero = [], False
    for i, ch in enumerate(s):
        u = units[len(s) - 1 - i]
        if ch == "0":
            zero = True
            continue
        if zero and out:
            out.append("零")
        zero = False
        out.append(CN_UPPER[int(ch)] + u)
    return "".join(out) + "元整"


# ----------------------------------------------------------------------------- persons, companies
class Person:
    def __init__(self, ctx: "Ctx", gen: str | None = None):
        rng = ctx.rng
        self.ctx = ctx
        want_sex = None
        if gen and "." in gen:
            gen, want_sex = gen.split(".", 1)
            gen = gen or None
        self._want_sex = want_sex
        if gen == "min" and not ctx.trad:
            self._minority()
            return
        if gen not in ("old", "mid", "young", "kid", "par"):
            gen = rng.choices(["old", "mid", "young"], [27, 45, 28])[0]
        self.gen = gen
        self.sex = want_sex or rng.choice("MF")
        self.minority = False
        if not ctx.trad and rng.random() < 0.025 and gen != "kid":
            self._minority()
            return
        y = {"old": (1938, 1962), "mid": (1963, 1988), "young": (1989, 2005), "kid": (2008, 2021), "par": (1979, 1988)}[gen]
        self.birth = _dt.date(rng.randint(*y), rng.randint(1, 12), rng.randint(1, 28))
        if ctx.trad:
            while True:
                r = rng.random()
                sur = (rng.choice(T_SURN_COMPOUND) if r < 0.05 else rng.choice(T_SURN_RARE) if r < 0.08
                       else rng.choice(T_SURN))
                giv = rng.choice(T_GIVEN[("mid" if gen == "par" else gen, self.sex)])
                if sur + giv not in T_AVOID:
                    break
            self.name = sur + giv
        else:
            r = rng.random()
            if r < 0.035:
                sur = rng.choice(SURN_COMPOUND)
            elif r < 0.075:
                sur = rng.choice(SURN_RARE)
            elif r < 0.19:
                sur = rng.choice(SURN_LOCAL)
            elif r < 0.45:
                sur = rng.choice(SURN_TOP)
            else:
                sur = rng.choice(SURN_COMMON)
            self.name = sur + rng.choice(GIVEN[("mid" if gen == "par" else gen, self.sex)])
        self.region = self._region()

    def _minority(self):
        rng = self.ctx.rng
        self.minority = True
        self.gen = rng.choice(["mid", "young"])
        self.sex = getattr(self, "_want_sex", None) or rng.choice("MF")
        y = (1965, 1988) if self.gen == "mid" else (1989, 2004)
        self.birth = _dt.date(rng.randint(*y), rng.randint(1, 12), rng.randint(1, 28))
        kind = rng.choices(["uyghur", "kazakh", "tibetan", "mongol", "yi"], [40, 10, 20, 15, 15])[0]
        if kind in MINORITY:
            males, females, fathers, codes = MINORITY[kind]
            own = rng.choice(males if self.sex == "M" else females)
            self.name = own + "·" + rng.choice(fathers)
            self.region = rng.choice(codes)
        elif kind == "tibetan":
            a, b = rng.sample(TIBETAN, 2)
            self.name, self.region = a + b, "540102"
        elif kind == "mongol":
            self.name, self.region = rng.choice(MONGOL), rng.choice(["150422", "150721"])
        else:
            self.name, self.region = rng.choice(YI), "513431"

    def _region(self) -> str:
        rng = self.ctx.rng
        if self.ctx.trad:
            return rng.choice(list(HUZHOU)) if rng.random() < 0.7 else rng.choice(T_OTHER)[0]
        if rng.random() < 0.62:
            return rng.choice(list(HUZHOU))
        weights = [MIGRANT_WEIGHT.get(c[0][:3], 1) for c in COUNTIES]
        return rng.choices(COUNTIES, weights)[0][0]

    def attr(self, key: str, maker):
        if not hasattr(self, "_" + key):
            setattr(self, "_" + key, maker())
        return getattr(self, "_" + key)

    @property
    def id(self) -> str:
        return self.attr("id", lambda: make_id(self.ctx.rng, self.region, self.birth, self.sex))


class Company:
    def __init__(self, ctx: "Ctx", kind: str | None = None):
        rng = ctx.rng
        trade = None
        if kind and kind[:4] in ("ent/", "ind/"):
            kind, trade = kind[:3], kind[4:]
        self.kind = kind or rng.choices(["ent", "ind"], [72, 28])[0]
        code = rng.choice(list(HUZHOU))
        hz = HUZHOU[code]
        self.county_code = code
        if self.kind == "ent":
            self.name = rng.choice(CO_PREFIX) + rng.choice(CO_STEMS) + (trade or rng.choice(CO_TRADES)) + "有限公司"
            cat, region = "91", rng.choice([code, code, "330500"])
        elif self.kind == "law":
            self.name = "浙江" + rng.choice(CO_STEMS) + "律师事务所"
            cat, region = "31", "330500"
        elif self.kind == "ind":
            self.name = hz["county"] + rng.choice(hz["streets"] + hz["towns"]) + rng.choice(CO_STEMS) + (trade or rng.choice(IND_SHOPS))
            cat, region = "92", code
        elif self.kind == "coop":
            self.name = hz["county"] + rng.choice(CO_STEMS) + rng.choice(COOPS)
            cat, region = "93", code
        elif self.kind == "inst":
            self.name = "湖州市" + rng.choice(INSTS) if rng.random() < 0.5 else hz["county"] + rng.choice(INSTS)
            cat, region = "12", rng.choice([code, "330500"])
        else:
            self.name = "湖州市" + rng.choice(CO_STEMS) + rng.choice(NGOS)
            cat, region = rng.choice(["51", "52", "52", "53"]), "330500"
        self.uscc = make_uscc(rng, cat, region)


class Ctx:
    def __init__(self, rng: random.Random, trad: bool):
        self.rng = rng
        self.trad = trad
        self.persons: dict[str, Person] = {}
        self.companies: dict[str, Company] = {}
        self.vars: dict[str, object] = {}

    def person(self, n: str | None, gen: str | None = None) -> Person:
        if n is None:
            return Person(self, gen)
        if n not in self.persons:
            self.persons[n] = Person(self, gen)
        return self.persons[n]

    def company(self, n: str | None, kind: str | None = None) -> Company:
        if n is None:
            return Company(self, kind)
        if n not in self.companies:
            self.companies[n] = Company(self, kind)
        return self.companies[n]


# ----------------------------------------------------------------------------- addresses
def _room(rng: random.Random) -> str:
    b, u, f, r = rng.randint(1, 36), rng.randint(1, 4), rng.randint(1, 18), rng.randint(1, 4)
    form = rng.randint(0, 5)
    if form == 0:
        return f"{b}幢{u}单元{f}0{r}室"
    if form == 1:
        return f"{b}幢{f}0{r}室"
    if form == 2:
        return f"{b}号楼{u}单元{f}0{r}"
    if form == 3:
        return f"{b}-{u}-{f}0{r}"
    if form == 4:
        return f"{b}栋{f}0{r}室"
    return f"{rng.choice('东西南北')}区{b}幢{u}单元{f}0{r}室"


_S2T = str.maketrans("楼号组单东区栋铺湾后坞弄门岭边", "樓號組單東區棟鋪灣後塢弄門嶺邊")


def _t(s: str) -> str:
    return s.translate(_S2T)


def addr_hz(rng: random.Random, code: str | None = None, level: str = "any", start: str | None = None,
            trad: bool = False) -> str:
    code = code or rng.choice(list(HUZHOU))
    hz = (T_HUZHOU if trad else HUZHOU)[code]
    prov, city = ("浙江省", "湖州市")
    start = start or rng.choices(["prov", "city", "county", "sub"], [22, 43, 30, 5])[0]
    head = {"prov": prov + city + hz["county"], "city": city + hz["county"], "county": hz["county"], "sub": ""}[start]
    if level == "any":
        level = rng.choices(["urban", "rural", "shop"], [55, 30, 15])[0]
    if level == "div":
        if start == "sub":
            head = hz["county"]
        tail = rng.choice(hz["streets"] + hz["towns"]) if rng.random() < 0.4 or start == "county" else ""
        return head + tail
    if level == "urban":
        street = rng.choice(hz["streets"])
        if rng.random() < 0.55:
            body = street + rng.choice(hz["estates"]) + _room(rng)
        else:
            body = street + rng.choice(hz["roads"]) + f"{rng.randint(1, 999)}号" + (
                rng.choice(hz["estates"]) + _room(rng) if rng.random() < 0.5 else "")
    elif level == "rural":
        town = rng.choice(hz["towns"])
        vil = rng.choice(hz["villages"])
        form = rng.randint(0, 3)
        if form == 0:
            body = f"{town}{vil}{rng.randint(1, 15)}组{rng.randint(1, 120)}号"
        elif form == 1:
            body = f"{town}{vil}{vil[:-1]}自然村{rng.randint(1, 90)}号"
        elif form == 2:
            body = f"{town}{vil}{rng.randint(1, 200)}号"
        else:
            body = f"{town}{vil}{rng.choice(['上', '下', '前', '后', '东', '西'])}{rng.choice(['湾', '坞', '埭', '圩'])}{rng.randint(1, 60)}号"
    else:  # shop
        place = rng.choice(hz["streets"] + hz["towns"])
        body = place + rng.choice(hz["roads"]) + f"{rng.randint(1, 1999)}号" + rng.choice(
            ["", "", "1楼", f"{rng.randint(1, 12)}幢{rng.randint(1, 3)}楼", f"{rng.randint(101, 130)}商铺", "-1"])
    s = head + body
    return _t(s) if trad else s


def addr_other(rng: random.Random, code: str, level: str = "any", trad: bool = False) -> str:
    pool = T_OTHER if trad else COUNTIES
    rec = next((c for c in pool if c[0] == code), None) or rng.choice(pool)
    _, prov, pref, county, towns = rec
    town = rng.choice(towns)
    if level == "div":
        return prov + pref + county + (town if rng.random() < 0.3 else "")
    if pref == "" or rng.random() < 0.25:
        road = rng.choice(T_STREET_STEMS if trad else STREET_STEMS) + rng.choice(["路", "街", "大道"])
        body = f"{town}{road}{rng.randint(1, 800)}" + rng.choice(
            [f"弄{rng.randint(1, 60)}号{rng.randint(1, 6)}0{rng.randint(1, 4)}室", "号", f"号{rng.randint(1, 20)}栋{rng.randint(1, 9)}0{rng.randint(1, 4)}室"])
    else:
        vil = rng.choice(T_VILLAGE_STEMS if trad else VILLAGE_STEMS) + "村"
        body = town + vil + rng.choice([f"{rng.randint(1, 12)}组{rng.randint(1, 99)}号", f"{rng.randint(1, 160)}号",
                                        f"第{_cn_num(rng.randint(1, 9))}村民组{rng.randint(1, 60)}号"])
    start = rng.choices(["prov", "pref"], [80, 20])[0] if pref else "prov"
    s = (prov + pref + county if start == "prov" else pref + county) + body
    if trad:
        s = _t(s)
    return s


def person_home(ctx: Ctx, p: Person, level: str = "any") -> str:
    rng = ctx.rng
    code = p.region if p.region in HUZHOU else rng.choice(list(HUZHOU))
    return addr_hz(rng, code, level, trad=ctx.trad)


def person_huji(ctx: Ctx, p: Person) -> str:
    rng = ctx.rng
    if p.region in HUZHOU:
        return addr_hz(rng, p.region, rng.choice(["rural", "urban"]), trad=ctx.trad)
    return addr_other(rng, p.region, trad=ctx.trad)


# ----------------------------------------------------------------------------- generators
# Each generator: (ctx, arg, n) -> (surface, label) with label ("E", TYPE), ("N", kind) or None.
T_CO_STEMS = ["錦泰", "鴻運", "宏盛", "嘉禾", "瑞豐", "誠信", "海納", "德宏", "恆達", "永興", "鑫源", "華睿"]
T_CO_TRADES = ["紡織", "童裝", "蓄電池", "竹木製品", "生物科技", "建材", "物流", "傢俱", "電子科技", "網絡科技"]
T_ROADS_TRAFFIC = ["G50滬渝高速湖州段", "G25長深高速長興段", "104國道吳興段", "二環北路與龍溪北路交叉口", "杭寧高速德清段"]
T_TRACE_PLACES = ["湖州站", "湖州東站", "吳興區愛山街道", "南潯古鎮", "德清縣武康街道", "長興縣雉城街道",
                  "安吉縣遞鋪街道", "杭州東站", "上海虹橋站", "太湖旅遊度假區", "莫干山鎮"]
TRACE_PLACES = ["湖州站", "湖州东站", "吴兴区爱山街道", "南浔古镇", "德清县武康街道", "长兴县雉城街道",
                "安吉县递铺街道", "杭州东站", "上海虹桥站", "太湖旅游度假区", "莫干山镇", "织里镇大港路",
                "长兴县汽车客运中心", "安吉县汽车客运中心", "湖州市中心医院", "八里店镇农贸市场", "德清高铁站",
                "杭州萧山国际机场", "南京南站", "宣城站"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
GEN: dict[str, object] = {}


def gen(*names):
    def deco(f):
        for nm in names:
            GEN[nm] = f
        return f
    return deco


def E(t):
    return ("E", t)


def N(k):
    return ("N", k)


@gen("NAME")
def g_name(ctx, arg, n):
    return ctx.person(n, arg).name, E("PERSON")


@gen("ID")
def g_id(ctx, arg, n):
    p = ctx.person(n)
    v = p.id
    rng = ctx.rng
    style = arg or rng.choices(["p", "s", "f", "x"], [88, 4, 3, 5])[0]
    if style == "s":
        v = f"{v[:6]} {v[6:14]} {v[14:]}"
    elif style == "f":
        v = fullwidth(v)
    elif style == "x" and v.endswith("X"):
        v = v[:-1] + "x"
    return v, E("CN_RESIDENT_ID")


@gen("ID15")
def g_id15(ctx, arg, n):
    p = ctx.person(n, "old")
    region = p.region if p.birth.year < 2000 else "330502"
    return p.attr("id15", lambda: make_id15(ctx.rng, region, p.birth, p.sex)), E("CN_RESIDENT_ID")


@gen("DOB")
def g_dob(ctx, arg, n):
    p = ctx.person(n)
    style = arg or ctx.rng.choices(["cn", "iso", "cn0", "dot", "ymdot", "ym", "compact"], [35, 25, 10, 10, 8, 7, 5])[0]
    return fmt_date(p.birth, style), E("DATE_OF_BIRTH")


@gen("AGE")
def g_age(ctx, arg, n):
    p = ctx.person(n)
    return str(2025 - p.birth.year), None


@gen("SEX")
def g_sex(ctx, arg, n):
    return ("男" if ctx.person(n).sex == "M" else "女"), None


@gen("ETH")
def g_eth(ctx, arg, n):
    p = ctx.person(n)
    if not getattr(p, "minority", False):
        return "汉族" if not ctx.trad else "漢族", None
    nm = p.name
    if "·" in nm:
        return ("维吾尔族" if p.region.startswith("65") and p.region != "654002" else "哈萨克族"), None
    if p.region == "540102":
        return "藏族", None
    if p.region.startswith("15"):
        return "蒙古族", None
    return "彝族", None


@gen("MOB")
def g_mob(ctx, arg, n):
    m = ctx.person(n).attr("mob", lambda: make_mobile(ctx.rng)) if n else make_mobile(ctx.rng)
    return fmt_mobile(ctx.rng, m, arg or None), E("CN_MOBILE")


@gen("TEL")
def g_tel(ctx, arg, n):
    city, _, style = (arg or "").partition("/")
    county = None
    if n:
        p = ctx.person(n)
        county = p.region if p.region in HUZHOU else None
        code, local = p.attr("tel", lambda: make_landline(ctx.rng, city or "0572", county))
    else:
        code, local = make_landline(ctx.rng, city or None)
    return fmt_landline(ctx.rng, code, local, style or None), E("CN_LANDLINE")


@gen("TELL")
def g_tel_local(ctx, arg, n):
    return make_landline(ctx.rng, "0572")[1], E("CN_LANDLINE")


@gen("USCC")
def g_uscc(ctx, arg, n):
    return ctx.company(n, arg or None).uscc, E("CN_USCC")


@gen("CO")
def g_co(ctx, arg, n):
    if ctx.trad:
        key = "tco" + (n or "")
        if n and key in ctx.vars:
            return ctx.vars[key], None
        v = "湖州" + ctx.rng.choice(T_CO_STEMS) + ctx.rng.choice(T_CO_TRADES) + "有限公司"
        if n:
            ctx.vars[key] = v
        return v, None
    return ctx.company(n, arg or None).name, None


def _card(ctx, n):
    if n:
        key = "card" + n
        if key not in ctx.vars:
            ctx.vars[key] = make_card(ctx.rng)
        return ctx.vars[key]
    return make_card(ctx.rng)


def fmt_card(rng, c, style=None):
    style = style or rng.choices(["p", "s", "d"], [74, 22, 4])[0]
    if style == "p":
        return c
    groups = [c[i:i + 4] for i in range(0, len(c), 4)]
    return (" " if style == "s" else "-").join(groups)


@gen("CARD")
def g_card(ctx, arg, n):
    _, c = _card(ctx, n)
    return fmt_card(ctx.rng, c, arg or None), E("BANK_CARD")


@gen("BANK")
def g_bank(ctx, arg, n):
    b, _ = _card(ctx, n)
    return (T_BANKS.get(b, b) if ctx.trad else b), None


@gen("EMAIL")
def g_email(ctx, arg, n):
    if arg == "gov":
        return ctx.rng.choice(GOV_MAIL) + "@huzhou.gov.cn", E("EMAIL_ADDRESS")
    if n:
        p = ctx.person(n)
        return p.attr("email", lambda: make_email(ctx.rng, None, p.birth.year)), E("EMAIL_ADDRESS")
    return make_email(ctx.rng), E("EMAIL_ADDRESS")


@gen("IP")
def g_ip(ctx, arg, n):
    if n:
        key = "ip" + n
        if key not in ctx.vars:
            ctx.vars[key] = make_ipv4(ctx.rng, arg or None)
        return ctx.vars[key], E("IP_ADDRESS")
    return make_ipv4(ctx.rng, arg or None), E("IP_ADDRESS")


@gen("IP6")
def g_ip6(ctx, arg, n):
    return make_ipv6(ctx.rng), E("IP_ADDRESS")


@gen("PASS")
def g_pass(ctx, arg, n):
    return ctx.person(n).attr("pass", lambda: make_passport(ctx.rng)), E("CN_PASSPORT")


@gen("HKM")
def g_hkm(ctx, arg, n):
    return ctx.person(n).attr("hkm", lambda: make_permit(ctx.rng)), E("CN_HK_MACAO_PERMIT")


@gen("PLATE")
def g_plate(ctx, arg, n):
    if n:
        return ctx.person(n).attr("plate", lambda: make_plate(ctx.rng, arg or None, ctx.trad)), E("CN_LICENSE_PLATE")
    return make_plate(ctx.rng, arg or None, ctx.trad), E("CN_LICENSE_PLATE")


@gen("SSC")
def g_ssc(ctx, arg, n):
    v = ctx.person(n).attr("ssc", lambda: ctx.rng.choice("ABCDEFGH") + _digits(ctx.rng, 8))
    return v, E("CN_SOCIAL_SECURITY")


@gen("SIPN")
def g_sipn(ctx, arg, n):
    v = ctx.person(n).attr("sipn", lambda: "33" + _digits(ctx.rng, 8))
    return v, E("CN_SOCIAL_SECURITY")


@gen("MRN")
def g_mrn(ctx, arg, n):
    rng = ctx.rng
    kind = arg or rng.choice(["zy", "mz", "yb", "bl"])
    if kind == "zy":
        v = rng.choice(["ZY", "", ""]) + rng.choice(["23", "24", "25"]) + _digits(rng, 6)
    elif kind == "mz":
        v = rng.choice(["MZ", ""]) + "00" + _digits(rng, 8)
    elif kind == "yb":
        v = "3305" + rng.choice(["00", "02", "21", "22", "23"]) + _digits(rng, 8)
    else:
        v = _digits(rng, rng.choice([6, 7, 8]), first_nonzero=True)
    return v, E("CN_MEDICAL_RECORD")


@gen("ADDR")
def g_addr(ctx, arg, n):
    rng = ctx.rng
    if n:
        p = ctx.person(n)
        key = "home" + (arg or "")
        return p.attr(key, lambda: person_home(ctx, p, arg or "any")), E("CN_ADDRESS")
    if arg == "other":
        c = rng.choice(T_OTHER if ctx.trad else COUNTIES)
        return addr_other(rng, c[0], trad=ctx.trad), E("CN_ADDRESS")
    return addr_hz(rng, None, arg or "any", trad=ctx.trad), E("CN_ADDRESS")


@gen("HUJI")
def g_huji(ctx, arg, n):
    p = ctx.person(n)
    rng = ctx.rng
    if arg == "div":
        if p.region in HUZHOU:
            return addr_hz(rng, p.region, "div", rng.choice(["prov", "city"]), ctx.trad), E("CN_ADDRESS")
        return addr_other(rng, p.region, "div", ctx.trad), E("CN_ADDRESS")
    return p.attr("huji", lambda: person_huji(ctx, p)), E("CN_ADDRESS")


@gen("DX")
def g_dx(ctx, arg, n):
    pool = T_DISEASES if ctx.trad else DISEASES
    if arg == "dis":
        pool = [d for d in pool if "残疾" in d or "殘疾" in d]
    elif arg == "chronic":
        pool = pool[:12]
    return ctx.rng.choice(pool), E("HEALTH_INFO")


@gen("FIN")
def g_fin(ctx, arg, n):
    rng = ctx.rng
    wan = "萬元" if ctx.trad else "万元"
    kind = arg or rng.choice(["m", "y", "bal", "asset", "loan"])
    if kind == "m":
        v = rng.choice(["", "約" if ctx.trad else "约"]) + f"{rng.randint(12, 180) * 100}元"
    elif kind == "y":
        v = rng.choice([f"{rng.randint(12, 150) / 10:.1f}{wan}", f"{rng.randint(12, 120) * 1000}元"])
    elif kind == "bal":
        amt = rng.randint(0, 99999999) / 100
        v = (f"{amt:,.2f}元" if rng.random() < 0.6 else f"{amt:.2f}元")
    elif kind == "loan":
        v = f"{rng.randint(30, 1800) / 10:.1f}{wan}"
    else:
        v = (rng.choice(["房產", "住房"]) if ctx.trad else rng.choice(["房产", "住房"])) + f"{rng.randint(1, 3)}套"
        if rng.random() < 0.5:
            v += ("、小型汽車1輛" if ctx.trad else "、小型汽车1辆")
    return v, E("FINANCIAL_INFO")


@gen("TRACE")
def g_trace(ctx, arg, n):
    rng = ctx.rng
    pool = T_TRACE_PLACES if ctx.trad else TRACE_PLACES
    d = _date(rng, 2023, 2025)
    stops = rng.sample(pool, rng.randint(2, 4))
    t = rng.randint(6, 12)
    parts = []
    for s in stops:
        parts.append(f"{t:02d}:{rng.choice(['05', '10', '20', '30', '40', '55'])} {s}")
        t += rng.randint(1, 3)
    sep = rng.choice(["—", "→", "，"])
    return f"{d.month}月{d.day}日 " + sep.join(parts), E("LOCATION_TRACE")


SYMPTOMS = ["反复头晕1月余", "突发胸痛伴大汗半小时", "咳嗽咳痰3天", "腹痛伴呕吐6小时", "右膝关节肿痛1周", "发热伴咽痛2天",
            "乏力、食欲减退半月", "左侧肢体无力2小时", "反复心悸3年加重1周", "腰背部疼痛伴活动受限"]
T_SYMPTOMS = ["反覆頭暈1月餘", "突發胸痛伴大汗半小時", "咳嗽咳痰3天", "腹痛伴嘔吐6小時", "發熱伴咽痛2天"]


@gen("SYM")
def g_sym(ctx, arg, n):
    return ctx.rng.choice(T_SYMPTOMS if ctx.trad else SYMPTOMS), E("HEALTH_INFO")


INJURIES = ["右手食指离断伤", "左股骨骨折", "腰椎压缩性骨折", "头皮裂伤", "右前臂烫伤（深二度）", "多发肋骨骨折",
            "左踝关节骨折", "右手掌挤压伤", "颅脑外伤", "左眼角膜化学烧伤"]


@gen("INJ")
def g_inj(ctx, arg, n):
    return ctx.rng.choice(INJURIES), E("HEALTH_INFO")


@gen("HPICK")
def g_hpick(ctx, arg, n):
    return ctx.rng.choice(arg.split("/")), E("HEALTH_INFO")


# --- hard negatives
@gen("DATE")
def g_date(ctx, arg, n):
    rng = ctx.rng
    later = bool(arg) and arg.endswith("+")
    style = (arg or "").rstrip("+") or rng.choices(["cn", "iso", "slash", "dot", "compact", "md", "cn0"],
                                                   [40, 22, 8, 8, 6, 10, 6])[0]
    if later and "lastdate" in ctx.vars:
        d = _dt.date.fromordinal(ctx.vars["lastdate"].toordinal() + rng.randint(1, 720))
    else:
        d = _date(rng)
    ctx.vars["lastdate"] = d
    return fmt_date(d, style), N("date")


@gen("TIME")
def g_time(ctx, arg, n):
    rng = ctx.rng
    h, m = rng.randint(7, 21), rng.randint(0, 59)
    hour = "時" if ctx.trad else "时"
    return (f"{h}{hour}{m:02d}分" if arg == "cn" or (not arg and rng.random() < 0.3) else f"{h:02d}:{m:02d}"), N("time")


@gen("TS")
def g_ts(ctx, arg, n):
    rng = ctx.rng
    later = bool(arg) and arg.endswith("+")
    arg = (arg or "").rstrip("+") or None
    d = _date(rng, 2023, 2025)
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    if later and "lastts" in ctx.vars:
        d0, sec0 = ctx.vars["lastts"]
        sec = sec0 + rng.randint(10 * 60, 10 * 3600)
        d = _dt.date.fromordinal(d0.toordinal() + sec // 86400)
        sec %= 86400
        h, m, s = sec // 3600, sec % 3600 // 60, sec % 60
    ctx.vars["lastts"] = (d, h * 3600 + m * 60 + s)
    style = arg or rng.choices(["sql", "iso", "compact", "ms", "epoch", "slash"], [45, 15, 12, 10, 10, 8])[0]
    if style == "sql":
        v = f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}"
    elif style == "iso":
        v = f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}+08:00"
    elif style == "compact":
        v = f"{d:%Y%m%d}{h:02d}{m:02d}{s:02d}"
    elif style == "ms":
        v = f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}.{rng.randint(0, 999):03d}"
    elif style == "epoch":
        v = str((d.toordinal() - _dt.date(1970, 1, 1).toordinal()) * 86400 + h * 3600 + m * 60 + s - 8 * 3600)
    elif style == "nginx":
        v = f"{d.day:02d}/{MONTHS[d.month - 1]}/{d.year}:{h:02d}:{m:02d}:{s:02d} +0800"
    else:
        v = f"{d.year}/{d.month:02d}/{d.day:02d} {h:02d}:{m:02d}"
    return v, N("timestamp")


@gen("AMT")
def g_amt(ctx, arg, n):
    rng = ctx.rng
    style = arg or rng.choices(["yuan", "comma", "rmb", "wan", "upper", "sign", "big"], [30, 20, 10, 15, 8, 10, 7])[0]
    wan = "萬元" if ctx.trad else "万元"
    if style == "s":
        v = f"{rng.choice([rng.randint(3, 300) * 10, rng.randint(30, 3000)])}元"
    elif style == "yuan":
        v = f"{rng.randint(1, 600) * rng.choice([10, 50, 100])}元"
    elif style == "comma":
        v = f"{rng.randint(1, 999)},{rng.randint(0, 999):03d}.{rng.choice(['00', '50', str(rng.randint(10, 99))])}元"
    elif style == "rmb":
        v = ("人民幣" if ctx.trad else "人民币") + f"{rng.randint(200, 90000)}元"
    elif style == "wan":
        v = f"{rng.randint(5, 9999) / 10:g}{wan}"
    elif style == "upper":
        v = cn_upper_amount(rng.randint(1, 999) * rng.choice([10, 100]))
        if ctx.trad:
            v = v.replace("贰", "貳").replace("叁", "參").replace("陆", "陸").replace("万", "萬")
    elif style == "sign":
        v = f"¥{rng.randint(1, 99999)}.{rng.randint(0, 99):02d}"
    else:
        v = f"{rng.randint(1000000, 98000000)}.{rng.randint(0, 99):02d}元"
    return v, N("amount")


@gen("DOCNO")
def g_docno(ctx, arg, n):
    rng = ctx.rng
    y = rng.randint(2016, 2025)
    kind = arg or rng.choice(["gov", "gov", "pen"])
    if kind == "traffic":
        return "3305" + rng.choice(["02", "03", "21", "22", "23"]) + _digits(rng, 10), N("doc_number")
    if ctx.trad:
        pre = rng.choice(T_DOC_PREFIX)
        return f"{pre}〔{y}〕{rng.randint(1, 160)}號", N("doc_number")
    if kind == "pen":
        pre = rng.choice(PENALTY_PREFIX)
        num = f"{rng.randint(1, 3999)}" if rng.random() < 0.6 else f"第{rng.randint(1, 999):04d}"
        return f"{pre}〔{y}〕{num}号", N("doc_number")
    if kind == "police":
        return f"湖公（{rng.choice('吴浔德长安')}）行罚决字〔{y}〕{rng.randint(1, 99999):05d}号", N("doc_number")
    br = rng.choices([("〔", "〕"), ("[", "]"), ("（", "）")], [80, 10, 10])[0]
    return f"{rng.choice(DOC_PREFIX)}{br[0]}{y}{br[1]}{rng.randint(1, 160)}号", N("doc_number")


@gen("CASENO")
def g_caseno(ctx, arg, n):
    rng = ctx.rng
    y = rng.randint(2018, 2025)
    kind = arg or "court"
    if kind == "arb":
        return f"湖劳人仲案字〔{y}〕第{rng.randint(1, 999)}号", N("case_number")
    if kind == "police":
        return "J" + "3305" + rng.choice(["02", "03", "21", "22", "23"]) + f"{y}" + _digits(rng, 10), N("case_number")
    if kind == "petition":
        return f"HZXF{y}{_digits(rng, 6)}", N("case_number")
    br = rng.choice([("（", "）"), ("(", ")")])
    court = rng.choice(COURT_CODES)
    t = rng.choice(CASE_TYPES)
    s = f"{br[0]}{y}{br[1]}{court}{t}{rng.randint(1, 9999)}号"
    if ctx.trad:
        s = s.replace("号", "號").replace("执", "執").replace("终", "終").replace("财", "財")
    return s, N("case_number")


@gen("ORDER")
def g_order(ctx, arg, n):
    rng = ctx.rng
    kind = arg or rng.choice(["tb", "pdd", "jd", "pay", "mt", "gov"])
    if kind == "tb":
        v = _digits(rng, 19, True)
    elif kind == "pdd":
        d = _date(rng, 2023, 2025)
        v = f"{d:%y%m%d}-{_digits(rng, 15, True)}"
    elif kind == "jd":
        v = _digits(rng, 12, True)
    elif kind == "pay":
        d = _date(rng, 2023, 2025)
        v = f"4200{_digits(rng, 6)}{d:%Y%m%d}{_digits(rng, 10)}"
    elif kind == "mt":
        v = "MT" + _digits(rng, 16)
    else:
        v = "330500" + f"{rng.randint(23, 25)}" + _digits(rng, 12)
    return v, N("order_number")


@gen("TRACK")
def g_track(ctx, arg, n):
    rng = ctx.rng
    kind = rng.choice(["SF", "YT", "JT", "ZTO", "EMS", "JD"])
    if kind == "ZTO":
        return "7" + rng.choice("35") + _digits(rng, 12), N("tracking_number")
    if kind == "EMS":
        return rng.choice(["98", "11", "10"]) + _digits(rng, 11), N("tracking_number")
    if kind == "JD":
        return "JD" + _digits(rng, 13), N("tracking_number")
    return kind + _digits(rng, 13), N("tracking_number")


@gen("INV")
def g_inv(ctx, arg, n):
    rng = ctx.rng
    kind = arg or rng.choice(["code", "no", "e"])
    if kind == "code":
        return "0330" + rng.choice(["0", "2"]) + f"{rng.randint(19, 24)}" + rng.choice(["0", "1"]) + _digits(rng, 4), N("invoice_number")
    if kind == "no":
        return _digits(rng, 8), N("invoice_number")
    return f"{rng.randint(23, 25)}332000000" + _digits(rng, 9), N("invoice_number")


@gen("WO")
def g_wo(ctx, arg, n):
    rng = ctx.rng
    d = _date(rng, 2023, 2025)
    form = rng.randint(0, 2)
    if form == 0:
        return f"HZ{d:%Y%m%d}{_digits(rng, 6)}", N("work_order")
    if form == 1:
        return f"{d:%Y%m%d}{_digits(rng, 5)}", N("work_order")
    return f"ZJ12345-{d:%Y%m%d}-{_digits(rng, 4)}", N("work_order")


@gen("CONTRACT")
def g_contract(ctx, arg, n):
    rng = ctx.rng
    y = rng.randint(2020, 2025)
    form = rng.randint(0, 2)
    if form == 0:
        return f"HZCG-{y}-{_digits(rng, 4)}", N("contract_number")
    if form == 1:
        return f"湖采合〔{y}〕{rng.randint(1, 300)}号", N("contract_number")
    return f"HT{y}{_digits(rng, 8)}", N("contract_number")


@gen("LIC")
def g_lic(ctx, arg, n):
    rng = ctx.rng
    kind = arg or rng.choice(["food", "reg", "road", "build", "pollute", "drug"])
    if kind == "food":
        return "JY" + rng.choice("123") + "3305" + rng.choice(["02", "03", "21", "22", "23"]) + _digits(rng, 7), N("licence_number")
    if kind == "reg":
        return "3305" + rng.choice(["00", "02", "03", "21", "22", "23"]) + "0000" + _digits(rng, 5), N("licence_number")
    if kind == "road":
        return "浙交运管许可湖字" + "330500" + _digits(rng, 6) + "号", N("licence_number")
    if kind == "build":
        while True:
            d = _date(rng, 2019, 2025)
            v = "3305" + rng.choice(["02", "03", "21", "22", "23"]) + f"{d:%Y%m%d}" + _digits(rng, 4)
            if not id_valid(v) and not uscc_valid(v) and not luhn_valid(v):
                return v, N("licence_number")
    if kind == "pollute":
        return ctx.company(None, "ent").uscc + f"{rng.randint(1, 3):03d}" + rng.choice("PUVQ"), N("licence_number")
    if kind == "lawyer":
        return "1" + "3305" + f"{rng.randint(2005, 2024)}" + "1" + _digits(rng, 7), N("licence_number")
    if kind == "customs":
        return "3305" + rng.choice(["96", "91", "26", "36"]) + _digits(rng, 4), N("licence_number")
    return "浙" + rng.choice(["AA", "BA", "CA"]) + "572" + _digits(rng, 4), N("licence_number")


@gen("POST")
def g_post(ctx, arg, n):
    return ctx.rng.choice(["313000", "313000", "313100", "313200", "313300", "313009", "313001", "313018"]), N("postcode")


@gen("HOT")
def g_hot(ctx, arg, n):
    return ctx.rng.choice(["12345", "12345", "12315", "12348", "12333", "12366", "12369", "12350", "12319",
                           "12328", "96345", "95588", "95533", "95599", "95566", "10086", "10000",
                           "400-826-7010", "400-600-8090", "0572-12345"]), N("hotline")


@gen("VER")
def g_ver(ctx, arg, n):
    rng = ctx.rng
    form = rng.randint(0, 4)
    if form == 0:
        return f"v{rng.randint(1, 5)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}", N("version")
    if form == 1:
        return f"V{rng.randint(1, 9)}.{rng.randint(0, 9)}", N("version")
    if form == 2:
        return f"{rng.randint(2, 6)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}-build{fmt_date(_date(rng, 2023, 2025), 'compact')}", N("version")
    if form == 3:
        return f"10.0.{rng.choice([19044, 19045, 22621, 22631])}.{rng.randint(1000, 4999)}", N("version")
    return f"{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(100, 999)}", N("version")


@gen("SN")
def g_sn(ctx, arg, n):
    rng = ctx.rng
    form = arg or rng.choice(["asset", "hw", "trace", "batch"])
    if form == "tour":
        return f"HZ{fmt_date(_date(rng, 2023, 2025), 'compact')}{_digits(rng, 2)}", N("serial")
    if form == "asset":
        return f"HZSJ-{rng.randint(2018, 2025)}-{_digits(rng, 5)}", N("serial")
    if form == "hw":
        return f"21{_digits(rng, 4)}{rng.choice(['QKF', 'ABC', 'DRV', 'BUK'])}{_digits(rng, 2)}{rng.choice('KLMN')}{_digits(rng, 7)}", N("serial")
    if form == "trace":
        return "".join(rng.choice("0123456789abcdef") for _ in range(16)), N("serial")
    return f"{rng.choice('ABCDEFGH')}{_digits(rng, 9)}", N("serial")


@gen("DEV")
def g_dev(ctx, arg, n):
    rng = ctx.rng
    return ("3305" + rng.choice(["02", "03", "21", "22", "23"]) + "00" + rng.choice(["00", "01"])
            + rng.choice(["132", "131", "118"]) + rng.choice("0123") + _digits(rng, 6)), N("device_code")


@gen("VIN")
def g_vin(ctx, arg, n):
    return make_vin(ctx.rng), N("vin")


@gen("CNT")
def g_cnt(ctx, arg, n):
    rng = ctx.rng
    if arg == "p":
        return f"{rng.randint(10, 2999) / 10:g}{'萬' if ctx.trad else '万'}人次", N("count")
    if arg == "v":
        return rng.choice([f"{rng.randint(10, 999) / 10:g}万辆次", f"{rng.randint(1000000, 3000000)}辆次"]), N("count")
    if arg == "rec":
        return rng.choice([f"{rng.randint(1000000, 9999999)}条", f"{rng.randint(10, 9999) / 10:g}万条"]), N("count")
    form = rng.randint(0, 3)
    wan, yi = ("萬", "億") if ctx.trad else ("万", "亿")
    tiao, hu = ("條", "戶") if ctx.trad else ("条", "户")
    if form == 0:
        return f"{rng.randint(1000000, 9999999)}{rng.choice([tiao, '人次', '次', '件'])}", N("count")
    if form == 1:
        return f"{rng.randint(1, 999):,}{rng.randint(0, 999):03d}{rng.choice([tiao, '人次'])}", N("count")
    if form == 2:
        return f"{rng.randint(10, 999) / 10:g}{yi}{rng.choice([tiao, '次'])}", N("count")
    return f"{rng.randint(10, 9999) / 10:g}{wan}{rng.choice(['人', hu, '人次'])}", N("count")


ORG_BY = {
    "police": ["湖州市公安局", "湖州市公安局吴兴区分局", "湖州市公安局南浔区分局", "德清县公安局", "长兴县公安局",
               "安吉县公安局", "湖州市公安局出入境管理支队", "湖州市公安局吴兴区分局爱山派出所", "长兴县公安局雉城派出所"],
    "traffic": ["湖州市公安局交通警察支队车辆管理所", "湖州市公安局交通警察支队", "长兴县公安局交通警察大队"],
    "court": ["湖州市中级人民法院", "湖州市吴兴区人民法院", "湖州市南浔区人民法院", "德清县人民法院", "长兴县人民法院",
              "安吉县人民法院"],
    "market": ["湖州市市场监督管理局", "湖州市吴兴区市场监督管理局", "长兴县市场监督管理局", "德清县市场监督管理局",
               "安吉县市场监督管理局", "湖州市南浔区市场监督管理局"],
    "hr": ["湖州市人力资源和社会保障局", "安吉县人力资源和社会保障局", "湖州市社会保险事业管理中心", "德清县社会保险事业管理中心"],
    "health": ["湖州市卫生健康委员会", "德清县卫生健康局", "吴兴区疾病预防控制中心", "湖州市医疗保障局",
               "爱山街道社区卫生服务中心", "长兴县雉城街道社区卫生服务中心"],
    "hosp": ["湖州市中心医院", "湖州市第一人民医院", "湖州市妇幼保健院", "长兴县人民医院", "德清县人民医院", "安吉县人民医院",
             "湖州市第三人民医院"],
    "civil": ["湖州市民政局", "南浔区民政局", "吴兴区爱山街道办事处", "长兴县民政局", "湖州市残疾人联合会", "湖州市妇女联合会"],
    "gov": ["湖州市人民政府办公室", "湖州市大数据发展管理局", "湖州市财政局", "湖州市发展和改革委员会", "湖州市行政审批服务中心",
            "湖州市社会信用体系建设领导小组办公室"],
    "housing": ["湖州市住房和城乡建设局", "长兴县不动产登记中心", "湖州市自然资源和规划局", "吴兴区住房和城乡建设局"],
    "edu": ["湖州市教育局", "吴兴区教育局", "南浔区教育局", "德清县教育局"],
    "enforce": ["湖州市综合行政执法局", "吴兴区综合行政执法局", "长兴县综合行政执法局"],
    "emergency": ["湖州市应急管理局", "湖州市防汛防台抗旱指挥部办公室", "湖州市消防救援支队"],
}
T_ORG_BY = {"police": ["湖州市公安局", "湖州市公安局吳興區分局", "長興縣公安局", "湖州市公安局出入境管理支隊"],
            "court": ["湖州市中級人民法院", "湖州市吳興區人民法院", "長興縣人民法院"],
            "market": ["湖州市市場監督管理局", "長興縣市場監督管理局"]}


@gen("ORGN")
def g_orgn(ctx, arg, n):
    if ctx.trad:
        return ctx.rng.choice(T_ORG_BY.get(arg or "", T_PUBLIC_BODIES)), N("org")
    return ctx.rng.choice(ORG_BY.get(arg or "", PUBLIC_BODIES)), N("org")


@gen("PLACE")
def g_place(ctx, arg, n):
    return ctx.rng.choice(T_PLACES if ctx.trad else PLACES), N("place")


@gen("ROAD")
def g_road(ctx, arg, n):
    rng = ctx.rng
    v = rng.choice(T_ROADS_TRAFFIC if ctx.trad else ROADS_TRAFFIC)
    if v[0] in "GS" and rng.random() < 0.4:
        v += f"K{rng.randint(1, 260)}+{rng.randint(0, 9)}00"
    return v, N("road")


@gen("OFFICE")
def g_office(ctx, arg, n):
    return ctx.rng.choice(T_OFFICES if ctx.trad else OFFICES), N("office")


@gen("ACCT")
def g_acct(ctx, arg, n):
    rng = ctx.rng
    while True:
        form = rng.randint(0, 2)
        if form == 0:
            v = "3305016" + _digits(rng, 13)
        elif form == 1:
            v = "1915" + _digits(rng, 13)
        else:
            v = "1205" + _digits(rng, 15)
        if not luhn_valid(v) and not id_valid(v) and not uscc_valid(v):
            break
    if rng.random() < 0.3:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v, N("account_number")


@gen("MASK")
def g_mask(ctx, arg, n):
    rng = ctx.rng
    kind = arg or rng.choice(["mob", "id", "card"])
    if kind == "mob":
        m = make_mobile(rng)
        return m[:3] + "****" + m[7:], N("masked")
    if kind == "id":
        p = Person(ctx)
        v = p.id
        return v[:6] + "*" * 8 + v[14:], N("masked")
    _, c = make_card(rng)
    return c[:4] + " **** **** " + c[-4:], N("masked")


def _wrong_last(rng, s: str, alphabet: str) -> str:
    while True:
        v = s[:-1] + rng.choice([c for c in alphabet if c != s[-1]])
        if not id_valid(v) and not uscc_valid(v) and not luhn_valid(v):
            return v


@gen("BADID")
def g_badid(ctx, arg, n):
    """A resident ID with a wrong check digit; with #n a mistyped copy of person n's number."""
    if n:
        return _wrong_last(ctx.rng, ctx.person(n).id, "0123456789X"), N("bad_id")
    p = Person(ctx, arg or None)
    return make_id(ctx.rng, p.region, p.birth, p.sex, valid=False), N("bad_id")


@gen("BADUSCC")
def g_baduscc(ctx, arg, n):
    rng = ctx.rng
    if n:
        return _wrong_last(rng, ctx.company(n).uscc, USCC_AL), N("bad_uscc")
    return make_uscc(rng, rng.choice(["91", "91", "92", "93"]), rng.choice(list(HUZHOU)), valid=False), N("bad_uscc")


@gen("BADCARD")
def g_badcard(ctx, arg, n):
    if n:
        _, c = _card(ctx, n)
        return _wrong_last(ctx.rng, c, "0123456789"), N("bad_card")
    _, c = make_card(ctx.rng, valid=False)
    return fmt_card(ctx.rng, c), N("bad_card")


@gen("CERT")
def g_cert(ctx, arg, n):
    rng = ctx.rng
    kind = arg or rng.choice(["birth", "house", "marry", "exam", "stu"])
    y = rng.randint(2016, 2025)
    if kind == "birth":
        return rng.choice("NOPQRS") + "33" + _digits(rng, 7), N("certificate_number")
    if kind == "house":
        cty = rng.choice(["湖州市", "长兴县", "德清县", "安吉县"])
        if ctx.trad:
            return f"浙（{y}）{cty.replace('长兴', '長興').replace('县', '縣')}不動產權第{_digits(rng, 7)}號", N("certificate_number")
        return f"浙（{y}）{cty}不动产权第{_digits(rng, 7)}号", N("certificate_number")
    if kind == "marry":
        return f"J330502-{y}-{_digits(rng, 6)}", N("certificate_number")
    if kind == "tm":
        return str(rng.randint(10000000, 69999999)), N("certificate_number")
    if kind == "pth":
        return "33" + f"{rng.randint(15, 24)}" + _digits(rng, 11), N("certificate_number")
    if kind == "dl":
        return "3305" + _digits(rng, 8), N("certificate_number")
    if kind == "exam":
        return f"{y}3305{_digits(rng, 5)}", N("certificate_number")
    return f"{y}0{rng.randint(1, 9)}{_digits(rng, 4)}", N("certificate_number")


@gen("BATCH")
def g_batch(ctx, arg, n):
    rng = ctx.rng
    d = _date(rng, 2023, 2025)
    return rng.choice([f"{d:%Y%m%d}", f"{d:%y%m%d}{rng.randint(1, 9)}", f"{d:%Y%m%d}{rng.choice('ABC')}",
                       f"B{d:%y%m%d}{rng.randint(10, 99)}"]), N("batch_number")


# --- unlabelled fillers
T_DEPTS = ["市公安局", "市市場監管局", "市人力社保局", "市衛生健康委", "市民政局", "市醫保局", "市住建局", "市教育局",
           "市稅務局", "市交通運輸局", "市大數據局"]


@gen("DEPT")
def g_dept(ctx, arg, n):
    return ctx.rng.choice(T_DEPTS if ctx.trad else DEPTS), None


@gen("COUNTY")
def g_county(ctx, arg, n):
    return HUZHOU[ctx.rng.choice(list(HUZHOU))]["t_county" if ctx.trad else "county"], None


@gen("N")
def g_n(ctx, arg, n):
    a, b = (int(x) for x in (arg or "1-9").split("-"))
    return str(ctx.rng.randint(a, b)), None


@gen("ANON")
def g_anon(ctx, arg, n):
    """Surname plus 某 / 女士 / 先生 …: not a full name, never labelled."""
    rng = ctx.rng
    sur = rng.choice(T_SURN if ctx.trad else SURN_TOP + SURN_COMMON[:40])
    return sur + rng.choice(arg.split("/") if arg else ["某", "某某", "女士", "先生", "师傅", "阿姨"]), None


@gen("PICK")
def g_pick(ctx, arg, n):
    return ctx.rng.choice(arg.split("/")), None


# ----------------------------------------------------------------------------- template renderer
_PH = re.compile(r"(-?)([A-Z][A-Z0-9]*)(?:#(\w+))?(?::(.*))?")


class _Out:
    def __init__(self):
        self.parts: list[str] = []
        self.pos = 0
        self.labels: list[tuple[str, str, int, int, str]] = []   # (E|N, type/kind, start, end, value)

    def text(self, s: str):
        self.parts.append(s)
        self.pos += len(s)

    def value(self, s: str, label):
        if label is not None:
            self.labels.append((label[0], label[1], self.pos, self.pos + len(s), s))
        self.text(s)


def _close(s: str, i: int, o: str, c: str) -> int:
    depth = 0
    for j in range(i, len(s)):
        if s[j] == o:
            depth += 1
        elif s[j] == c:
            depth -= 1
            if depth == 0:
                return j
    raise ValueError(f"unbalanced {o} in template: {s[i:i + 40]!r}")


def _split_top(s: str) -> list[str]:
    out, depth, cur = [], 0, []
    for ch in s:
        if ch == "⟦":
            depth += 1
        elif ch == "⟧":
            depth -= 1
        if ch == "¦" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def _expand(s: str, ctx: Ctx, out: _Out):
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == "⟦":
            j = _close(s, i, "⟦", "⟧")
            _expand(ctx.rng.choice(_split_top(s[i + 1:j])), ctx, out)
            i = j + 1
        elif ch == "«":
            j = s.index("»", i)
            m = _PH.fullmatch(s[i + 1:j])
            if not m:
                raise ValueError(f"bad placeholder {s[i:j + 1]!r}")
            drop, key, n, arg = m.groups()
            val, label = GEN[key](ctx, arg, n)
            out.value(val, None if drop else label)
            i = j + 1
        else:
            j = i
            while j < len(s) and s[j] not in "⟦«":
                j += 1
            out.text(s[i:j])
            i = j


def render(tpl, ctx: Ctx):
    src = tpl(ctx) if callable(tpl) else tpl
    out = _Out()
    _expand(src, ctx, out)
    return "".join(out.parts), out.labels


# ----------------------------------------------------------------------------- templates
TEMPLATES: list[tuple[object, bool]] = []


def S(t):
    TEMPLATES.append((t, False))
    return t


def T(t):
    TEMPLATES.append((t, True))
    return t


def rows(n_lo: int, n_hi: int, row: str, sep: str = "\n"):
    """Template helper: a callable that repeats `row` a random number of times, with «I» = row number."""
    def f(ctx):
        n = ctx.rng.randint(n_lo, n_hi)
        return sep.join(row.replace("«I»", str(k + 1)).replace("#R", f"#r{k}") for k in range(n))
    return f


def table(head: str, n_lo: int, n_hi: int, row: str, tail: str = "", sep: str = "\n"):
    body = rows(n_lo, n_hi, row, sep)
    return lambda ctx: head + body(ctx) + tail


# === 公安 · 人口 · 出入境 ==================================================================
S("户口迁移审批表\n申请人：«NAME#1:adult»    性别：«SEX#1»    民族：«ETH#1»\n公民身份号码：«ID#1»\n"
  "出生日期：«DOB#1»\n原户籍地址：«HUJI#1»\n迁入地址：«ADDR#1:urban»\n联系电话：«MOB#1»\n"
  "迁移原因：⟦购房落户¦投靠配偶¦人才引进¦就业落户⟧\n受理日期：«DATE:cn»    受理单位：«ORGN:police»")
S("【湖州公安】«NAME#1»您好，您申领的浙江省居住证已制证完成，证件关联身份证号«ID#1»，请于«DATE:md»后携带本人身份证到"
  "«OFFICE»领取。咨询电话«TEL:0572»。")
S(table("序号,姓名,公民身份号码,手机号码,居住地址,登记日期\n", 3, 6,
        "«I»,«NAME#R»,«ID#R»,«MOB#R:p»,«ADDR#R»,«DATE:iso»"))
S("出生登记信息\n新生儿姓名：«NAME#1:kid»  性别：«SEX#1»\n出生日期：«DOB#1:cn»\n出生医学证明编号：«CERT:birth»\n"
  "母亲：«NAME#2:par.F»  身份证号：«ID#2»\n父亲：«NAME#3:par.M»  身份证号：«ID#3»\n申报户籍地：«ADDR#2:urban»\n"
  "申报人联系电话：«MOB#3»")
S("接警单号：«CASENO:police»\n报警人：«NAME#1»  联系电话：«MOB#1»\n报警时间：«TS:sql»\n事发地址：«ADDR:shop»\n"
  "简要警情：报警人称其停放在楼下的电动自行车被盗，怀疑系邻居«ANON:某/某某»所为，车辆为⟦雅迪¦爱玛¦绿源⟧牌，价值约«AMT:yuan»。出警民警到场后调取周边监控。\n"
  "处置单位：«ORGN:police»")
S("道路交通事故认定书（简易程序）\n编号：«DOCNO:traffic»\n事故时间：«DATE:cn»«TIME:cn»\n事故地点：«ROAD»\n"
  "当事人«NAME#1»，驾驶证号«ID#1»，驾驶«PLATE#1»小型轿车；当事人«NAME#2»，身份证号«ID#2»，驾驶电动自行车。"
  "«NAME#1»负事故全部责任，«NAME#2»无责任。")
S("旅馆业治安管理信息系统-住宿登记\n旅馆名称：«CO#1:ind/宾馆»\n旅客：«NAME#2»  «SEX#2»  «ETH#2»\n证件类型：居民身份证  证件号码：«ID#2»\n"
  "入住时间：«TS:sql»  房号：«N:2101-8326»\n离店时间：«TS:sql+»\n同住人：«NAME#3»（«ID#3»）")
S("«TS:ms» INFO  [pop-query] user=jc«N:1000-9999» ip=«IP#1:10» action=QUERY_PERSON idNo=«ID#1:p» name=«NAME#1» "
  "result=HIT cost=«N:5-300»ms traceId=«SN:trace»\n«TS:ms» WARN  [pop-query] user=jc«N:1000-9999» ip=«IP#1» "
  "action=BATCH_EXPORT rows=«N:120-900» reason=\"未填写用途\" traceId=«SN:trace»")
S("因私出入境证件申请表\n姓名：«NAME#1:adult»  性别：«SEX#1»\n公民身份号码：«ID#1»\n出生日期：«DOB#1:iso»\n"
  "原护照号码：«PASS#1»（已于«DATE:cn»过期）\n申请类别：⟦换发¦补发¦首次申领⟧普通护照\n"
  "现居住地址：«ADDR#1»\n手机：«MOB#1»  电子邮箱：«EMAIL#1»")
S("【湖州出入境】尊敬的«NAME#1»，您申请的往来港澳通行证（证件号码«HKM#1»）已制证完成，可于«DATE:md»起凭受理回执到"
  "«OFFICE»领取，或选择邮寄（运单号«TRACK»）。如有疑问请拨打«TEL:0572/d»。")
S(table("姓名\t证件类型\t证件号码\t出境日期\t口岸\n", 3, 5,
        "«NAME#R»\t⟦普通护照\t«PASS#R»¦往来港澳通行证\t«HKM#R»⟧\t«DATE:iso»\t⟦上海浦东¦杭州萧山¦深圳罗湖¦珠海拱北⟧"))
S("居民身份证挂失申报\n申报人«NAME#1»，身份证号码«ID#1»，于«DATE:md»在«PLACE»附近遗失居民身份证一张，现申请挂失并补领。"
  "临时联系电话：«MOB#1»。受理民警：«NAME#2»，警号«N:10000-99999»。")
S("流动人口居住登记回执\n登记人：«NAME#1»（«ETH#1»）\n身份证号：«ID#1»\n户籍地：«HUJI#1:div»\n"
  "居住地：«ADDR#1:urban»\n房东：«NAME#2:old»，电话«MOB#2»\n登记时间：«DATE:cn»")
S("关于«NAME#1»同志户口登记项目变更的说明：经核查，该同志原登记出生日期有误，经调取原始档案，现将出生日期更正为«DOB#1:cn»，"
  "公民身份号码随之由«BADID#1»变更为«ID#1»。特此说明。«ORGN:police»«DATE:cn»")
S("{\"reqId\":\"«SN:trace»\",\"bizType\":\"HJ_QY\",\"applicant\":{\"xm\":\"«NAME#1»\",\"sfzh\":\"«ID#1:p»\","
  "\"lxdh\":\"«MOB#1:p»\",\"hjdz\":\"«HUJI#1»\"},\"acceptOrg\":\"«ORGN:police»\",\"acceptTime\":\"«TS:sql»\"}")
S("«NAME#1»：你好，你于«DATE:md»«TIME»驾驶«PLATE#1»在«ROAD»处被电子警察记录超速行驶，违法记分«N:1-6»分，罚款«AMT:yuan»。"
  "请在15日内通过“交管12123”或到«OFFICE»处理。")
S("治安调解协议书\n甲方：«NAME#1»，«SEX#1»，«AGE#1»岁，身份证号«ID#1»，住«ADDR#1»\n乙方：«NAME#2»，«SEX#2»，«AGE#2»岁，"
  "身份证号«ID#2»，住«ADDR#2»\n经调解，乙方一次性赔偿甲方医疗费、误工费共计«AMT:rmb»，双方就此事了结。\n调解民警：«NAME#3»")
S("《居住证》办理材料清单：1.本人居民身份证原件；2.租赁合同或房产证明；3.近期免冠照片。办理地点：«OFFICE»；"
  "咨询电话：«TEL:0572»；工作时间：工作日«TIME»至«TIME»。邮编«POST»。")
S("犬只登记：犬主«NAME#1»，身份证«ID#1»，手机«MOB#1»，饲养地址«ADDR#1:urban»，犬只品种⟦柯基¦泰迪¦金毛¦柴犬⟧，"
  "免疫证号«BATCH»，登记日期«DATE:iso»。")
S("协查通报\n«ORGN:police»：\n我局在办理一起电信网络诈骗案件中，发现嫌疑人使用银行卡«CARD»（户名«NAME#1»，开户行«BANK»）及手机号«MOB»"
  "接收赃款«AMT:comma»，登录IP为«IP»。请协助查询该人员身份证号«ID#1»的落脚点。案件编号：«CASENO:police»")
S("姓名|性别|身份证号|联系电话|车牌号|备注\n" + "«NAME#1»|«SEX#1»|«ID#1»|«MOB#1»|«PLATE#1»|⟦重点关注¦已核查¦无异常⟧\n"
  "«NAME#2»|«SEX#2»|«ID#2»|«MOB#2»|«PLATE#2»|⟦已核查¦无异常⟧")
S("派出所值班记录 «DATE:cn»\n«TIME» 辖区群众«NAME#1»来所反映其手机«MOB#1»收到冒充客服短信，已告知不要转账。\n"
  "«TIME» 接指挥中心指令，至«ADDR:rural»处理邻里纠纷，当事人«NAME#2»、«NAME#3»，已调解。")


# === 市场监管 · 信用 · 税务 ==================================================================
S("营业执照\n统一社会信用代码 «USCC#1:ent»\n名    称 «CO#1»\n类    型 有限责任公司（自然人投资或控股）\n法定代表人 «NAME#2:adult»\n"
  "注册资本 «AMT:wan»\n成立日期 «DATE:cn»\n住    所 «ADDR:shop»\n登记机关 «ORGN:market»")
S("个体工商户设立登记申请：经营者«NAME#1:adult»，身份证«ID#1»，拟用字号«CO#2:ind»，经营场所«ADDR:shop»，"
  "联系电话«MOB#1»。核准后统一社会信用代码为«USCC#2»，登记日期«DATE:cn»。")
S("食品经营许可证\n许可证编号：«LIC:food»\n经营者名称：«CO#1»\n社会信用代码（身份证号码）：«USCC#1»\n"
  "法定代表人（负责人）：«NAME#2»\n经营场所：«ADDR:shop»\n有效期至：«DATE:cn»\n日常监督管理人员：«NAME#3»  投诉举报电话：«HOT»")
S("12315投诉登记\n工单编号：«WO»\n投诉人：«NAME#1»  手机：«MOB#1»\n被投诉方：«CO#2»（统一社会信用代码«USCC#2»）\n"
  "投诉内容：消费者于«DATE:md»网购商品一件，订单号«ORDER:tb»，实付«AMT:sign»，收货后发现质量问题，商家拒绝七天无理由退货。\n"
  "处理部门：«ORGN:market»")
S("行政处罚决定书\n«DOCNO:pen»\n当事人：«CO#1:ent»\n统一社会信用代码：«USCC#1»\n住所：«ADDR:shop»\n法定代表人：«NAME#2»\n"
  "经查，当事人于«DATE:cn»至«DATE:cn+»期间销售过期食品，违法所得«AMT:yuan»。依据《中华人民共和国食品安全法》第一百二十四条，"
  "决定没收违法所得并处罚款«AMT:comma»。")
S("{\"entName\": \"«CO#1»\", \"uniscId\": \"«USCC#1»\", \"lerep\": \"«NAME#2»\", \"tel\": \"«TEL»\", "
  "\"email\": \"«EMAIL#2»\", \"dom\": \"«ADDR:shop»\", \"ancheYear\": \"«N:2019-2024»\", \"empNum\": «N:3-900»}")
S("注销公告\n«CO#1:ent»（统一社会信用代码：«USCC#1»）经股东会决议解散，已成立清算组。请债权人自本公告发布之日起四十五日内向清算组申报债权。\n"
  "清算组负责人：«NAME#2»\n联系电话：«TEL»\n联系地址：«ADDR:shop»\n«DATE:cn»")
S("排污许可证副本摘要：证书编号«LIC:pollute»；单位名称«CO#1:ent»；统一社会信用代码«USCC#1»；环保负责人«NAME#2»，"
  "手机«MOB#2»；有效期自«DATE:iso»至«DATE:iso+»。")
S("特种设备使用登记表\n使用单位：«CO#1:ent»\n统一社会信用代码：«USCC#1»\n设备类别：⟦电梯¦叉车¦压力容器¦起重机械⟧  设备代码：«SN:batch»\n"
  "安全管理员：«NAME#2»  手机：«MOB#2»\n使用地点：«ADDR:shop»\n登记机关：«ORGN:market»  登记日期：«DATE:cn»")
S(table("2024年度“双随机、一公开”抽查结果公示\n序号 | 市场主体名称 | 统一社会信用代码 | 检查结果\n", 3, 6,
        "«I» | «CO#R» | «USCC#R» | ⟦未发现问题¦责令整改¦未按规定公示年报¦通过登记的住所无法联系⟧"))
S("信用修复申请书\n申请单位：«CO#1»\n统一社会信用代码：«USCC#1»\n失信信息：行政处罚，决定书文号«DOCNO:pen»，罚款«AMT:yuan»已于«DATE:cn»缴清。\n"
  "联系人：«NAME#2»  电话：«MOB#2»  邮箱：«EMAIL#2»\n申请日期：«DATE:cn»")
S("失信被执行人名单\n被执行人：«NAME#1»  性别：«SEX#1»\n身份证号码：«MASK:id»\n执行法院：«ORGN:court»\n案号：«CASENO»\n"
  "执行标的：«AMT:comma»\n失信情形：有履行能力而拒不履行生效法律文书确定义务\n发布时间：«DATE:iso»")
S(table("湖州市守信激励对象名单（第«N:2-9»批）\n", 3, 6, "«I». «CO#R»  «USCC#R»", "\n发布单位：«ORGN:gov»"))
S("数据质量核查日志：字段uscc校验未通过，记录«N:10000-99999»，«CO#1»，原值«BADUSCC#1»（校验码错误），"
  "经与登记机关比对，正确代码为«USCC#1»，已回写。")
S("增值税电子普通发票\n发票代码：«INV:code»  发票号码：«INV:no»\n开票日期：«DATE:cn»\n购买方名称：«NAME#1»\n"
  "购买方纳税人识别号：«ID#1»\n销售方名称：«CO#2»\n销售方纳税人识别号：«USCC#2»\n价税合计（大写）：«AMT:upper»")
S(table("姓名,证件类型,证件号码,所得项目,收入额,已扣缴税额\n", 3, 6,
        "«NAME#R»,居民身份证,«ID#R»,工资薪金所得,«AMT:yuan»,«AMT:yuan»"))
S("税务事项通知书 «DOCNO»\n纳税人名称：«CO#1»\n纳税人识别号（统一社会信用代码）：«USCC#1»\n事由：你单位«DATE:ym»增值税未按期申报。\n"
  "办税员：«NAME#2»  联系电话：«MOB#2»\n如有疑问请拨打纳税服务热线«HOT»。")
S("数电发票号码：«INV:e»\n开票日期：«DATE:iso»\n购买方：«CO#1»（«USCC#1»）\n销售方：«CO#2»（«USCC#2»）\n金额：«AMT:comma»\n开票人：«NAME#3»")
S("企业开办“一件事”受理回执：企业名称«CO#1:ent»；统一社会信用代码«USCC#1»；法定代表人«NAME#2»（身份证«ID#2»）；"
  "经办人«NAME#3»，手机«MOB#3»；印章刻制、税务登记、社保登记已同步办理。受理编号«WO»。")
S("市场主体住所（经营场所）申报承诺书\n本人«NAME#1»（身份证号码«ID#1»）作为«CO#2»的⟦法定代表人¦经营者¦负责人⟧，承诺申报的住所"
  "«ADDR:shop»真实有效，如有虚假愿承担法律责任。承诺人签字：«NAME#1»  日期：«DATE:cn»")
S("【湖州市场监管】«CO#1»：贵单位«N:2023-2024»年度报告尚未公示，请于6月30日前登录国家企业信用信息公示系统完成填报。"
  "统一社会信用代码«USCC#1»。如有疑问请咨询«TEL:0572»。")
S("产品质量监督抽查：被抽样单位«CO#1»（«USCC#1»），样品名称⟦儿童服装¦电动自行车充电器¦竹制砧板¦铅酸蓄电池⟧，"
  "生产日期/批号«BATCH»，抽样单编号«SN:batch»，检验结论：⟦合格¦不合格⟧。抽样人员«NAME#2»、«NAME#3»。")
S("股权转让协议\n转让方：«NAME#1»，身份证号«ID#1»，住址«ADDR#1»\n受让方：«NAME#2»，身份证号«ID#2»，住址«ADDR#2»\n"
  "目标公司：«CO#3:ent»（统一社会信用代码：«USCC#3»）\n转让方将其持有的目标公司«N:5-60»%股权以«AMT:wan»转让给受让方。")
S("价格举报处理：举报人«NAME#1»（«MOB#1»）反映«PLACE»周边停车场超标准收费，每小时收取«AMT:yuan»。经核实，"
  "经营者«CO#2»（«USCC#2»）未按规定明码标价，已立案调查，案件编号«DOCNO:pen»。")


# === 卫生健康 · 医保 ==================================================================
S("门诊病历\n姓名：«NAME#1»  性别：«SEX#1»  年龄：«AGE#1»岁\n门诊号：«MRN:mz»\n身份证号：«ID#1»\n联系电话：«MOB#1»\n"
  "就诊日期：«DATE:iso»\n主诉：«SYM»。\n诊断：«DX»\n处理：完善相关检查，门诊随访。\n医师：«NAME#2»")
S("出院小结\n住院号：«MRN:zy»\n患者：«NAME#1»  «SEX#1»  «AGE#1»岁\n入院日期：«DATE:iso»  出院日期：«DATE:iso+»\n出院诊断：«DX»\n"
  "医保号：«MRN:yb»\n出院医嘱：低盐低脂饮食，按时服药，两周后门诊复查。")
S("【吴兴区疾控】«NAME#1»您好，您的慢性病随访已到期，您登记的疾病为«DX:chronic»，请于«DATE:md»前到«OFFICE»或家庭医生处随访。"
  "咨询«TEL:0572»。")
S("严重精神障碍患者个案管理\n患者：«NAME#1»  身份证号：«ID#1»\n现住址：«ADDR#1»\n监护人：«NAME#2»（关系：⟦父亲¦母亲¦配偶¦子女⟧，电话«MOB#2»）\n"
  "诊断：«DX»\n危险性评估：⟦0¦1¦2⟧级  随访日期：«DATE:iso»  随访医生：«NAME#3»")
S("预防接种记录\n儿童姓名：«NAME#1:kid»  出生日期：«DOB#1»\n家长姓名：«NAME#2:par»  联系电话：«MOB#2»\n"
  "接种疫苗：⟦麻腮风联合减毒活疫苗¦乙脑减毒活疫苗¦百白破疫苗¦脊灰灭活疫苗⟧  疫苗批号：«BATCH»\n接种日期：«DATE:iso»  接种单位：«ORGN:health»")
S(table("结算单号,参保人姓名,医保号,就诊日期,医疗总费用,统筹支付\n", 3, 6,
        "«ORDER:gov»,«NAME#R»,«MRN:yb»,«DATE:iso»,«AMT:comma»,«AMT:comma»"))
S("120急救调度单\n呼救电话：«MOB#1»\n呼救时间：«TS:sql»\n现场地址：«ADDR»\n患者：«NAME#2»，«SEX#2»，约«AGE#2»岁\n"
  "主诉：«SYM»\n初步判断：«HPICK:急性心肌梗死/脑卒中/严重外伤/急性胰腺炎»\n派车：«PLATE:hz»  随车医生：«NAME#3»")
S("家庭医生签约服务协议：乙方（居民）«NAME#1»，身份证号«ID#1»，医保卡号«MRN:yb»，联系电话«MOB#1»，家庭住址«ADDR#1»，"
  "既往病史：«DX:chronic»。甲方签约医生：«NAME#2»，服务团队电话«TEL:0572»。签约日期：«DATE:cn»")
S("流行病学调查报告\n调查对象：«NAME#1»，«SEX#1»，«AGE#1»岁，身份证号«ID#1»，手机«MOB#1»\n现住址：«ADDR#1»\n"
  "发病前14天行程轨迹：«TRACE»\n调查人：«NAME#2»、«NAME#3»  调查时间：«DATE:cn»")
S("病历号«MRN:bl»，«NAME#1»，«SEX#1»，«AGE#1»岁。既往史：«DX»。过敏史：«HPICK:青霉素过敏/头孢类过敏/磺胺类药物过敏»。"
  "联系人«NAME#2»，电话«MOB#2»。")
S("医保违规使用通报：经大数据筛查，参保人«NAME#1»（医保号«MRN:yb»）于«DATE:cn»至«DATE:cn+»期间在«N:6-15»家定点药店"
  "累计购药«N:40-120»次，金额«AMT:comma»，涉嫌倒卖医保药品。定点药店：«CO#2:ent/大药房»（«USCC#2»）。")
S("献血记录：献血者«NAME#1»，证件号码«ID#1»，血型«HPICK:A型Rh阳性/B型Rh阳性/O型Rh阳性/AB型Rh阳性/O型Rh阴性»，献血量⟦200¦300¦400⟧ml，献血日期«DATE:iso»，"
  "献血码«SN:batch»。")
S("出生医学证明补发申请：新生儿«NAME#1:kid»，出生日期«DOB#1:cn»，原证编号«CERT:birth»；母亲«NAME#2:par.F»"
  "（«ID#2»），父亲«NAME#3:par.M»（«ID#3»）；家庭住址«ADDR#2»。")
S("职业健康检查结果告知：劳动者«NAME#1»（身份证«ID#1»），工种⟦电焊工¦喷漆工¦纺织挡车工⟧，用人单位«CO#2»；"
  "检查结论：«DX»，建议调离原岗位。体检编号«SN:batch»。")
S("长期护理保险失能评估：被评估人«NAME#1:old»，身份证号«ID#1»，医保号«MRN:yb»，居住地址«ADDR#1»，主要疾病«DX»，"
  "评估结果：«HPICK:重度失能一级/重度失能二级/重度失能三级»。评估员：«NAME#2»、«NAME#3»。")
S("患者«NAME#1»，住院号«MRN:zy»，因«DX»入住心内科«N:1-40»床，主治医生«NAME#2»。家属«NAME#3»（«MOB#3»）签署知情同意书。")


# === 人力社保 · 民政 ==================================================================
S("社会保障卡申领登记表\n姓名：«NAME#1»  性别：«SEX#1»  民族：«ETH#1»\n公民身份号码：«ID#1»\n社会保障卡卡号：«SSC#1»\n"
  "金融账户：«BANK#1» «CARD#1»\n通讯地址：«ADDR#1»  邮政编码：«POST»\n手机号码：«MOB#1»\n申领日期：«DATE:cn»")
S("【湖州人社】⟦«NAME#1»¦«NAME#1»先生/女士⟧您好，您«DATE:ym»的基本养老金«FIN:m»已发放至您尾号«N:1000-9999»的社保卡金融账户，请注意查收。"
  "咨询电话«HOT»。")
S(table("失业保险金发放明细（«DATE:ym»）\n姓名\t身份证号\t社保卡号\t银行卡号\t发放金额\n", 3, 6,
        "«NAME#R»\t«ID#R»\t«SSC#R»\t«CARD#R»\t«AMT:s»"))
S("参保证明\n兹证明«NAME#1»（公民身份号码：«ID#1»，个人社保编号：«SIPN#1»）自«DATE:ym»起在«CO#2»参加企业职工基本养老保险，"
  "单位统一社会信用代码«USCC#2»，截至«DATE:ym+»累计缴费«N:12-380»个月。\n«ORGN:hr»（证明专用章）\n验证码：«SN:batch»")
S("认定工伤决定书\n«DOCNO»\n受伤害职工：«NAME#1»  身份证号：«ID#1»\n用人单位：«CO#2:ent»（统一社会信用代码：«USCC#2»）\n"
  "受伤时间：«DATE:cn»«TIME:cn»\n受伤部位及伤情：«INJ»\n经调查核实，符合《工伤保险条例》第十四条第（一）项规定，予以认定为工伤。")
S("«CASENO:arb»\n申请人：«NAME#1»，«SEX#1»，住«HUJI#1»，公民身份号码«ID#1»，联系电话«MOB#1»。\n"
  "被申请人：«CO#2:ent»，住所地«ADDR:shop»，统一社会信用代码«USCC#2»。\n法定代表人：«NAME#3»，该公司总经理。\n"
  "仲裁请求：支付拖欠工资«AMT:rmb»及经济补偿金«AMT:rmb»。")
S("12333热线通话记录：来电号码«MOB#1»，来电人«NAME#1»，咨询灵活就业人员参保事宜，身份证号«ID#1»，"
  "已告知可通过“浙里办”办理，话务员工号«N:1000-9999»，通话时长«N:2-15»分«N:10-59»秒。")
S("最低生活保障申请审批表\n申请人：«NAME#1:adult»  身份证号：«ID#1»\n户籍地：«HUJI#1:div»\n家庭人口：«N:1-5»人  家庭月收入：«FIN:m»\n"
  "名下财产：«FIN:asset»\n申请理由：本人患«DX»，丧失劳动能力。\n联系电话：«MOB#1»\n村（居）委会意见：情况属实，同意上报。")
S("«NAME#1:.M»、«NAME#2:.F»您好，您预约的结婚登记时间为«DATE:cn»«TIME»，地点：«OFFICE»。请携带双方户口簿、居民身份证原件及"
  "近期半身免冠合影照片三张。预约号«N:100000-999999»。")
S("死亡殡葬信息登记\n逝者：«NAME#1:old»  公民身份号码：«ID#1»\n生前住址：«ADDR#1»\n死亡日期：«DATE:cn»\n死亡原因：«DX»\n"
  "火化证明编号：«SN:batch»\n经办人：«NAME#2»  联系电话：«MOB#2»\n丧葬补助：«AMT:s»")
S(table("高龄津贴发放花名册\n序号 姓名 身份证号 银行卡号 金额\n", 3, 6,
        "«I» «NAME#R:old» «ID#R» «CARD#R» «AMT:s»"))
S("困难残疾人生活补贴申请：申请人«NAME#1»，身份证号«ID#1»，残疾类别及等级：«DX:dis»，户籍地址«HUJI#1»，"
  "发放账户«BANK#1»«CARD#1»，监护人«NAME#2»，联系电话«MOB#2»。")
S("社会组织登记证书\n名称：«CO#1:ngo»\n统一社会信用代码：«USCC#1»\n法定代表人：«NAME#2»\n业务主管单位：«ORGN:gov»\n"
  "住所：«ADDR:shop»\n开办资金：«AMT:wan»\n有效期：«DATE:iso»至«DATE:iso+»")
S("退役军人信息采集表：姓名«NAME#1:mid.M»，出生日期«DOB#1»，身份证号«ID#1»，入伍时间«DATE:ym»，退役时间«DATE:ym+»，"
  "现居住地«ADDR#1»，联系电话«MOB#1»，优待证编号«SN:batch»。")
S("临时救助审批：«NAME#1»，身份证«ID#1»，因家中失火造成财产损失，经«ORGN:civil»审核，给予临时救助«AMT:s»，"
  "资金打入其«BANK#1»账户«CARD#1»。审批日期«DATE:iso»。")
S("居家养老服务记录：服务对象«NAME#1:old»（«AGE#1»岁，«ADDR#1»），健康状况：«DX»；服务内容：助餐、助浴；"
  "服务人员«NAME#2»，手机«MOB#2»；服务时间«TS:slash»。")
S("劳动保障监察指令书\n«DOCNO»\n«CO#1:ent»（统一社会信用代码«USCC#1»）：\n经查，你单位拖欠«NAME#2»等«N:3-40»名劳动者工资共计«AMT:comma»，"
  "责令于«DATE:cn»前支付。\n联系人：«NAME#3»，电话«TEL:0572»")
S("就业登记：«NAME#1»，«SEX#1»，«DOB#1»出生，学历⟦大专¦本科¦高中¦硕士研究生⟧，就业单位«CO#2»（«USCC#2»），"
  "劳动合同期限«DATE:iso»至«DATE:iso+»，手机«MOB#1»，邮箱«EMAIL#1»。")


# === 交通 · 交警 · 旅游 ==================================================================
S("【湖州交警】您的车辆«PLATE»于«TS:slash»在«ROAD»实施“违反禁止标线指示”的违法行为，请及时到«OFFICE»或通过交管12123处理。")
S(table("device_id,plate_no,pass_time,speed_kmh,lane\n", 4, 7, "«DEV»,«PLATE»,«TS:sql»,«N:20-130»,«N:1-4»"))
S("网络预约出租汽车驾驶员证申请\n驾驶员：«NAME#1:adult»  身份证号：«ID#1»\n驾驶证初领日期：«DATE:iso»\n拟从业车辆：«PLATE#1:hz»  "
  "车辆识别代号：«VIN»\n平台公司：«CO#2:ent/网络科技»\n联系电话：«MOB#1»")
S(table("客运班线乘客信息（湖州—⟦上海¦杭州¦南京¦合肥⟧，发车«DATE:iso» «TIME»）\n座号  姓名  证件号码  联系电话\n", 3, 6,
        "«N:1-45»  «NAME#R»  «ID#R»  «MOB#R»"))
S("路况信息：受降雨影响，«ROAD»今日«TIME»至«TIME»实行交通管制，途经«ROAD»的车辆请提前绕行。"
  "据统计，今日全市高速出口车流量约«CNT:v»。咨询热线«HOT»。")
S("治超检测记录：«TS:sql»，车辆«PLATE#1»，挂车«PLATE#2:trailer»，车货总重«N:52-78».«N:1-9»吨，超限«N:5-40»%；"
  "驾驶员«NAME#1»，驾驶证号«ID#1»，手机«MOB#1»；运输企业«CO#3:ent/物流»（«USCC#3»）。")
S("停车缴费记录：车牌«PLATE»，入场«TS:sql»，出场«TS:sql+»，停车场«PLACE»停车场，应收«AMT:s»，支付订单号«ORDER:pay»。")
S("驾驶人记分满分学习通知：«NAME#1»（驾驶证号«ID#1»）累积记分已满12分，请于«DATE:cn»前到«OFFICE»参加道路交通安全法律法规学习。"
  "联系电话«TEL:0572»")
S("公交IC卡挂失：持卡人«NAME#1»，身份证«ID#1»，卡面号«N:10000-99999»，余额«FIN:bal»将转入新卡。办理网点«OFFICE»。")
S("景区预约数据导出（«PLACE»）\n预约人,证件号码,手机号,入园日期,同行人数\n"
  "«NAME#1»,«ID#1»,«MOB#1:p»,«DATE:iso»,«N:1-5»\n«NAME#2»,«ID#2»,«MOB#2:p»,«DATE:iso»,«N:1-5»\n«NAME#3»,«ID#3»,«MOB#3:p»,«DATE:iso»,«N:1-5»")
S("民宿登记备案表\n民宿名称：«CO#1:ind/民宿»\n统一社会信用代码：«USCC#1»\n经营者：«NAME#2»  身份证号：«ID#2»\n地址：«ADDR:rural»\n"
  "客房数：«N:4-14»间  联系电话：«MOB#2»\n消防安全检查：合格")
S("旅游投诉处理单：游客«NAME#1»（手机«MOB#1»）投诉在«PLACE»参加一日游时被导游强制购物，团费«AMT:yuan»，订单号«ORDER:mt»。"
  "被投诉旅行社：«CO#2:ent/国际旅行社»（«USCC#2»）。受理编号«WO»。")
S("节假日旅游市场情况通报：«DATE:md»全市共接待游客«CNT:p»，实现旅游收入«AMT:wan»。其中«PLACE»、«PLACE»客流位居前列，"
  "未发生旅游安全事故。文件依据：«DOCNO»。")
S("导游证信息：姓名«NAME#1»，导游证号D-3305-«N:100000-999999»，身份证号«ID#1»，语种：⟦中文¦英语¦日语⟧，"
  "所属旅行社«CO#2:ent/国际旅行社»，手机«MOB#1»。")
S("租车合同：承租人«NAME#1:adult»，身份证«ID#1»，驾驶证档案编号«CERT:dl»，"
  "车辆«PLATE#2»，租期«DATE:iso»至«DATE:iso+»，押金«AMT:yuan»，联系电话«MOB#1»。")
S("出租车失物招领：乘客«NAME#1»于«DATE:md»«TIME»在«PLACE»附近乘坐«PLATE:hz»出租车，遗失⟦手提包¦手机¦行李箱⟧一件，"
  "内有身份证（号码«ID#1»）及银行卡一张。联系电话«MOB#1»。")
S("ETC发行记录：用户«NAME#1»，证件号«ID#1»，车牌«PLATE#1»，绑定扣款卡«CARD#1»（«BANK#1»），OBU序列号«SN:batch»，"
  "发行日期«DATE:iso»。")


# === 住建 · 不动产 · 公积金 · 教育 ==================================================================
S("不动产登记申请审批表\n权利人：«NAME#1»  证件种类：居民身份证  证件号：«ID#1»\n共有人：«NAME#2»（«ID#2»），共同共有\n"
  "坐落：«ADDR#1:urban»\n不动产权证书号：«CERT:house»\n登记原因：⟦买卖¦继承¦赠与¦首次登记⟧\n成交价格：«AMT:wan»\n受理日期：«DATE:cn»")
S("【湖州公积金】«NAME#1»，您的住房公积金账户余额：«FIN:bal»，本月缴存«AMT:s»。如需提取请登录“浙里办”。")
S("住房租赁合同备案\n出租人：«NAME#1»，身份证号«ID#1»，电话«MOB#1»\n承租人：«NAME#2»，身份证号«ID#2»，电话«MOB#2»\n"
  "房屋坐落：«ADDR#1:urban»\n租赁期限：«DATE:cn»至«DATE:cn+»\n月租金：«AMT:yuan»  备案编号：«SN:batch»")
S("物业报修（微信群）\n[«NAME#1»] «ADDR#1:urban»卫生间漏水到楼下了，麻烦师傅来看下，我电话«MOB#1»\n"
  "[物业-«NAME#2»] 收到，已派单，维修师傅⟦«NAME#3»¦«ANON:师傅»⟧稍后联系您，工单号«WO»")
S("建筑工程施工许可证\n编号：«LIC:build»\n建设单位：«CO#1:ent»（«USCC#1»）\n工程名称：«CO#1»年产«N:2-30»万件⟦厂房¦研发楼¦仓储⟧项目\n"
  "建设地址：«ADDR:shop»\n合同价格：«AMT:wan»\n项目负责人：«NAME#2»  联系电话：«MOB#2»\n发证机关：«ORGN:housing»  发证日期：«DATE:cn»")
S("公积金贷款审批：借款人«NAME#1»，身份证«ID#1»，工作单位«CO#2»，月收入«FIN:m»，购房地址«ADDR#1:urban»，"
  "申请贷款«AMT:wan»，期限«N:10-30»年，还款账户«BANK#1»«CARD#1»。共同借款人«NAME#3»（«ID#3»）。")
S("保障性租赁住房资格审核公示：申请人«NAME#1»，工作单位«CO#2»，家庭人口«N:1-4»人，申请房源«PLACE»周边人才公寓，"
  "审核结果：⟦符合¦不符合⟧。公示期«DATE:cn»至«DATE:cn+»，如有异议请致电«TEL:0572»。")
S("房屋征收补偿协议\n被征收人：«NAME#1:old»，身份证号«ID#1»\n被征收房屋：«ADDR#1:rural»\n房屋面积：«N:80-260».«N:1-9»平方米\n"
  "补偿总额：«AMT:comma»\n补偿款支付账户：«BANK#1» «CARD#1»\n征收部门：«ORGN:housing»")
S("义务教育阶段新生入学报名表\n学生姓名：«NAME#1:kid»  性别：«SEX#1»\n身份证号：«ID#1»\n出生日期：«DOB#1»\n户籍地址：«HUJI#1»\n"
  "现居住地址：«ADDR#1»\n监护人：«NAME#2:par»  关系：⟦父亲¦母亲⟧  手机：«MOB#2»\n工作单位：«CO»")
S("学生资助申请：受助学生«NAME#1:young»，学号«CERT:stu»，身份证号«ID#1»，家庭年收入«FIN:y»，困难类型：⟦建档立卡¦低保家庭¦残疾学生⟧，"
  "资助资金发放银行卡«CARD#1»（«BANK#1»）。")
S("教师资格认定：申请人«NAME#1:young»，身份证号«ID#1»，认定学段⟦小学¦初级中学¦高级中学¦幼儿园⟧，学科⟦语文¦数学¦英语¦科学⟧，"
  "普通话等级证书编号«CERT:pth»，体检结论：⟦合格¦复检合格⟧。联系电话«MOB#1»，邮箱«EMAIL#1»。")
S("准考证\n考生姓名：«NAME#1:young»\n准考证号：«CERT:exam»\n身份证号：«ID#1»\n考点：湖州⟦中学¦职业技术学院¦师范学院⟧第«N:1-40»考场\n"
  "考试时间：«DATE:cn» «TIME»")
S("学籍异动申请：学生«NAME#1:kid»（身份证«ID#1»）因随父母工作调动，由«ORGN:edu»辖区学校转学至«COUNTY»，"
  "家长«NAME#2»，电话«MOB#2»，转入学校地址«ADDR:shop»。")
S("校外培训机构退费投诉：家长«NAME#1»（«MOB#1»）反映«CO#2»（统一社会信用代码«USCC#2»）停业后未退还学费«AMT:yuan»，"
  "缴费流水号«ORDER:pay»。")
S("高校毕业生就业报到证改派：毕业生«NAME#1:young»，身份证号«ID#1»，毕业院校⟦浙江大学¦湖州师范学院¦浙江工业大学⟧，"
  "原派遣单位«CO#2»，改派至«CO#3»，档案转递运单号«TRACK»。")


# === 法院 · 检察 · 司法 ==================================================================
S("民事判决书\n«CASENO»\n原告：«NAME#1»，«SEX#1»，«DOB#1:cn»出生，汉族，住«HUJI#1»，公民身份号码«ID#1»。\n"
  "被告：«CO#2:ent»，住所地«ADDR:shop»，统一社会信用代码«USCC#2»。\n法定代表人：«NAME#3»，该公司经理。\n"
  "原告«NAME#1»与被告«CO#2»买卖合同纠纷一案，本院于«DATE:cn»立案后，依法适用简易程序，公开开庭进行了审理。")
S("【«ORGN:court»】«NAME#1»：您的案件«CASENO»已于«DATE:cn»立案，承办法官«NAME#2»，书记员电话«TEL:0572»。"
  "请登录浙江移动微法院查看诉讼材料。")
S("送达地址确认书\n案号：«CASENO»\n受送达人：«NAME#1»\n送达地址：«ADDR#1»\n邮政编码：«POST»\n手机号码：«MOB#1»\n电子邮箱：«EMAIL#1»\n"
  "本人同意以电子方式送达诉讼文书。\n受送达人签名：«NAME#1»  «DATE:cn»")
S("开庭公告：本院定于«DATE:cn»«TIME:cn»在«OFFICE»公开开庭审理原告«NAME#1»诉被告«NAME#2»民间借贷纠纷一案（«CASENO»）。特此公告。")
S("司法拍卖公告：本院将于«DATE:cn»在淘宝网司法拍卖平台公开拍卖被执行人«NAME#1»名下位于«ADDR#1:urban»的房产，"
  "起拍价«AMT:wan»，保证金«AMT:wan»。案号«CASENO»。咨询电话«TEL:0572»。")
S("民事起诉状\n原告：«NAME#1»，«SEX#1»，汉族，«DOB#1:cn»生，住«ADDR#1»，身份证号«ID#1»，电话«MOB#1»。\n"
  "被告：«NAME#2»，«SEX#2»，汉族，«DOB#2:cn»生，住«ADDR#2»，身份证号«ID#2»。\n诉讼请求：判令被告归还借款«AMT:rmb»及利息。\n"
  "事实与理由：被告于«DATE:cn»向原告借款，原告通过«BANK#3»账户«CARD#3»转账交付，有转账凭证为证。")
S("刑事判决书（节选）\n«CASENO»\n公诉机关湖州市吴兴区人民检察院。\n同案人«ANON:某/某某»另案处理。\n被告人«NAME#1»，«SEX#1»，«DOB#1:cn»出生，户籍地«HUJI#1»，"
  "因涉嫌诈骗罪于«DATE:cn»被刑事拘留，现羁押于湖州市看守所。\n被告人«NAME#1»使用其本人银行卡«CARD#1»接收被害人«NAME#2»转账"
  "«AMT:comma»。")
S("社区矫正对象报到登记：矫正对象«NAME#1»，身份证号«ID#1»，居住地«ADDR#1»，判决法院«ORGN:court»，案号«CASENO»，"
  "矫正期限«DATE:cn»至«DATE:cn+»，手机«MOB#1»（已安装定位APP）。")
S("人民调解协议书\n编号：湖吴调字〔«N:2020-2025»〕第«N:10-999»号\n当事人甲：«NAME#1»，身份证号«ID#1»，住址«ADDR#1»\n"
  "当事人乙：«NAME#2»，身份证号«ID#2»，住址«ADDR#2»\n纠纷事项：相邻关系纠纷\n调解员：«NAME#3»")
S("法律援助申请表：申请人«NAME#1»，身份证«ID#1»，住址«ADDR#1»，家庭经济状况：月收入«FIN:m»，案件类型：追索劳动报酬，"
  "对方当事人«CO#2»（«USCC#2»）。受援编号«SN:batch»。")
S("执行裁定书 «CASENO»\n申请执行人：«NAME#1»。\n被执行人：«NAME#2»，住«HUJI#2»，公民身份号码«ID#2»。\n"
  "经查询，被执行人名下«BANK#2»账户«CARD#2»有存款«FIN:bal»，裁定冻结、划拨。")
S("公证申请：申请人«NAME#1»，身份证号«ID#1»，申办事项：⟦出生公证¦无犯罪记录公证¦学历公证¦亲属关系公证⟧，"
  "用途：⟦留学¦探亲¦定居⟧，使用地：⟦澳大利亚¦加拿大¦日本¦德国⟧，护照号码«PASS#1»，联系电话«MOB#1»。公证书编号：（«N:2021-2025»）浙湖证字第«N:100-9999»号")


# === 应急管理 · 综合执法 · 生态环境 ==================================================================
S("安全生产监督检查记录\n被检查单位：«CO#1:ent»\n统一社会信用代码：«USCC#1»\n主要负责人：«NAME#2»  联系电话：«MOB#2»\n"
  "检查时间：«DATE:cn»«TIME:cn»\n检查情况：发现隐患«N:2-9»项，其中重大隐患⟦0¦1⟧项，已下达《责令限期整改指令书》（«DOCNO:pen»）。\n检查人员：«NAME#3»、«NAME#4»")
S(table("防汛防台人员转移清单（«COUNTY»）\n序号,姓名,身份证号,家庭住址,联系电话,安置点\n", 3, 6,
        "«I»,«NAME#R:old»,«ID#R»,«ADDR#R:rural»,«MOB#R»,⟦村文化礼堂¦镇中心小学¦村委会⟧"))
S("生产安全事故快报：«DATE:cn»«TIME:cn»许，«CO#1:ent»（«USCC#1»）车间发生一起机械伤害事故，造成1人受伤。伤者«NAME#2»，"
  "«SEX#2»，«AGE#2»岁，户籍地«HUJI#2:div»，伤情：«INJ»，已送«ORGN:hosp»救治。报告人：«NAME#3»，电话«MOB#3»。")
S("应急物资储备情况：全市共储备帐篷«N:800-3000»顶、折叠床«N:1000-5000»张、冲锋舟«N:20-80»艘，储备物资价值«AMT:wan»。"
  "依据«DOCNO»，各区县于«DATE:cn»前完成补充。值班电话«TEL:0572»。")
S("违法建设限期拆除决定书\n«DOCNO:pen»\n当事人：«NAME#1»，身份证号«ID#1»，住址«ADDR#1:rural»\n经查，你在«ADDR#1:rural»宅基地上"
  "未经批准擅自搭建彩钢棚约«N:20-160»平方米，责令于«DATE:cn»前自行拆除。")
S("城市管理投诉：市民⟦«NAME#1»¦«ANON:女士/先生»⟧（«MOB#1»）反映«ROAD»附近夜间施工噪音扰民，施工单位«CO#2:ent/建筑工程»，«TIME»后仍在作业。"
  "工单号«WO»，已派«ORGN:enforce»核查。")
S("环境信访件：来信人«NAME#1»，住«ADDR#1»，电话«MOB#1»，反映邻近«CO#2»（«USCC#2»）排放废气有刺激性气味，"
  "信访件编号«CASENO:petition»，要求«DATE:cn»前办结。")
S("燃气安全入户检查表：用户«NAME#1»，地址«ADDR#1:urban»，燃气户号«N:100000-999999»，联系电话«MOB#1»，"
  "检查结果：⟦软管老化需更换¦无隐患¦未安装报警器⟧，检查员«NAME#2»，检查日期«DATE:iso»。")
S("危险化学品运输车辆登记：车辆«PLATE#1»，罐体挂车«PLATE#2:trailer»，押运员«NAME#3»（«ID#3»），驾驶员«NAME#4»（«ID#4»，«MOB#4»），"
  "运输企业«CO#5:ent/危险品运输»，道路运输证号«LIC:road»。")
S("森林防火巡查日志：«DATE:cn»，巡查员«NAME#1»（«MOB#1»）巡查«PLACE»林区，发现野外用火1处，当事人«NAME#2»，"
  "身份证«ID#2»，已批评教育。巡查轨迹：«TRACE»。")
S("应急广播系统升级公告：系统版本由«VER»升级至«VER»，升级窗口«DATE:cn»«TIME»—«TIME»，涉及终端«N:300-2000»台，"
  "资产编号段«SN:asset»起。技术支持«TEL:0571»。")


# === 大数据局 · 数据共享 · 系统日志 ==================================================================
S("公共数据共享申请\n申请部门：«DEPT»\n申请目录：人口基础信息（身份证号、姓名、户籍地址）\n用途：依法履行«PICK:最低生活保障审核/公积金提取审核/入学资格审核»职责\n"
  "经办人：«NAME#1»  联系电话：«TEL:0572»  电子邮箱：«EMAIL:gov»\n接口调用IP白名单：«IP:10»、«IP:10»\n申请日期：«DATE:cn»  审批文号：«DOCNO»")
S("数据安全事件报告\n事件编号：SJ-«N:2023-2025»-«N:100-999»\n发现时间：«TS:sql»\n事件类型：数据安全\n"
  "简要经过：接口网关检测到来自«IP:pub»的异常批量查询，«N:10-59»分钟内调用«N:3000-90000»次，涉及个人信息约«CNT:rec»。"
  "已封禁该IP并通知«ORGN»。\n报告人：«NAME#1»  «MOB#1»")
S("«IP» - - [«TS:nginx»] \"GET /api/v2/person/query?idCard=«ID#1:p»&name=«NAME#1» HTTP/1.1\" 200 «N:200-9000» \"-\" "
  "\"Apache-HttpClient/4.5.13\"\n«IP» - - [«TS:nginx»] \"POST /api/v2/ent/detail HTTP/1.1\" 200 «N:200-9000» \"-\" \"okhttp/3.14.9\"")
S("{\"code\":0,\"msg\":\"success\",\"data\":{\"xm\":\"«NAME#1»\",\"gmsfhm\":\"«ID#1:p»\",\"xb\":\"«SEX#1»\",\"csrq\":\"«DOB#1:compact»\","
  "\"hjdz\":\"«HUJI#1»\",\"lxdh\":\"«MOB#1:p»\"},\"requestId\":\"«SN:trace»\",\"timestamp\":«TS:epoch»}")
S("«TS:iso» level=info svc=exchange-gw op=push table=t_sb_jfxx rows=«N:100-5000» src=«IP:10» dst=«IP:10» batch=«BATCH» "
  "sample_id_card=«ID#1:p» sample_mobile=«MOB#1:p» status=ok\n«TS:iso» level=warn svc=exchange-gw op=push table=t_sb_jfxx "
  "reject=«N:1-30» reason=\"身份证号校验位错误\" example=«BADID»")
S("INSERT INTO t_rk_jbxx (xm, sfzh, xb, csrq, hjdz, lxdh) VALUES ('«NAME#1»', '«ID#1:p»', '«SEX#1»', '«DOB#1:iso»', '«HUJI#1»', '«MOB#1:p»');\n"
  "INSERT INTO t_rk_jbxx (xm, sfzh, xb, csrq, hjdz, lxdh) VALUES ('«NAME#2»', '«ID#2:p»', '«SEX#2»', '«DOB#2:iso»', '«HUJI#2»', '«MOB#2:p»');")
S("<record><name>«NAME#1»</name><idno>«ID#1:p»</idno><phone>«MOB#1:p»</phone><email>«EMAIL#1»</email>"
  "<addr>«ADDR#1»</addr><updated>«TS:sql»</updated></record>")
S("数据质量月报（«DATE:ym»）：本月归集法人数据«CNT:rec»，身份证号格式错误«N:10-900»条（示例：«BADID»），"
  "统一社会信用代码校验错误«N:5-300»条（示例：«BADUSCC»），银行卡号Luhn校验错误«N:3-120»条（示例：«BADCARD»）。")
S("运维工单 «WO»\n故障现象：«DEPT»前置机«IP:10»无法连接数据交换平台«IP:10»:«N:8000-9999»\n处理人：«NAME#1»（«MOB#1»）\n"
  "处理结果：前置机证书过期，已更新，客户端版本升级至«VER»。")
S("Subject: 数据接口联调\nFrom: «NAME#1» <«EMAIL#1»>\nTo: «EMAIL:gov»\nDate: «TS:sql»\n\n您好，测试环境接口地址为 http://«IP:10»:8080/api，"
  "测试账号已开通，测试数据请勿使用真实身份证号。如有问题请联系我，手机«MOB#1»。\n«NAME#1»\n«CO#2»")
S("账号权限变更申请：申请人«NAME#1»（工号«N:10000-99999»），所在部门«DEPT»，申请开通“人口综合查询”权限，登录终端IP «IP:10»，"
  "绑定手机«MOB#1»，审批人«NAME#2»，客户端版本«VER»。")
S("脱敏规则测试报告：输入样本«N:500-5000»条，字段包括姓名、身份证号、手机号。抽样：«NAME#1»/«ID#1»/«MOB#1» 未脱敏（缺陷编号«SN:batch»），"
  "已提交开发修复。测试时间«TS:sql»。")
S("2025-0«N:1-9»-1«N:0-9» 0«N:0-9»:1«N:0-9»:3«N:0-9» ERROR [sms-gateway] send failed to=«MOB:i0» template=JZZ_NOTICE "
  "code=«N:400-599» retry=«N:1-3» ip=«IP:192»")
S("VPN登录审计：用户«NAME#1»（«EMAIL#1»）于«TS:sql»自«IP:pub»登录，客户端版本«VER»，IPv6地址«IP6»，会话时长«N:5-240»分钟。")
S("API密钥申请单\n应用名称：«DEPT»一网通办\n负责人：«NAME#1»  手机：«MOB#1»  邮箱：«EMAIL#1»\n服务器出口IP：«IP:pub»\n"
  "回调地址：https://zwfw.huzhou.gov.cn/callback\n申请日期：«DATE:iso»")
S(table("timestamp\tuser\tclient_ip\taction\tobject\n", 4, 7,
        "«TS:sql»\t⟦admin01¦audit02¦sec03¦czy_«N:10-99»⟧\t«IP»\t⟦QUERY¦EXPORT¦LOGIN¦UPDATE⟧\t⟦t_rk_jbxx¦t_fr_jbxx¦t_sb_cbxx⟧"))


# === 12345 · 信访 · 网格 · 社区 · 短信 · 聊天 ==================================================================
S("12345政务服务热线工单\n工单编号：«WO»\n来电人：⟦«NAME#1»¦«ANON:女士/先生»⟧\n来电号码：«MOB#1»\n诉求地址：«ADDR#1»\n"
  "诉求内容：来电人反映其小区地下车库长期积水，多次向物业反映未果，要求相关部门协调处理。\n承办单位：«ORGN»\n办理时限：«DATE:cn»")
S("信访事项受理告知书\n«NAME#1»：\n你于«DATE:cn»提出的关于⟦征地补偿¦拖欠工资¦房屋质量⟧的信访事项（编号«CASENO:petition»）已受理，"
  "我单位将在60日内办结。联系人：«NAME#2»，电话：«TEL:0572»。\n«ORGN»\n«DATE:cn»")
S("网格员巡查日志（«COUNTY»«PICK:第一/第二/第三/第五»网格）\n«DATE:cn» 走访独居老人«NAME#1:old»（«ADDR#1»），身体状况：«DX»，已联系其子女«NAME#2»（«MOB#2»）。\n"
  "«DATE:cn» 发现出租房新入住人员«NAME#3»，身份证«ID#3»，已督促房东办理居住登记。")
S("[微信群：«PICK:阳光/幸福/和美/枫桥»小区业主群]\n«NAME#1»：有没有人捡到一个钱包，里面有身份证，名字叫«NAME#2»，"
  "号码«ID#2»，我放在门卫了\n«NAME#3»：@«NAME#2» 看到没，快去拿\n«ANON:阿姨/师傅»：我认识她，帮忙通知了\n物业客服：门卫电话«TEL:0572»")
S("【湖州12345】«ANON:女士/先生»您好，您反映的问题（工单号«WO»）已办结，办理结果：相关部门已于«DATE:md»现场处置。请对办理结果进行评价，回复1满意、2基本满意、3不满意。")
S("短信：«NAME#1»您好，我是社区网格员«NAME#2»，您家«NAME#3:kid»的医保明年续缴截止日期为«DATE:cn»，每人«AMT:s»，可通过浙里办缴纳，"
  "有问题打我电话«MOB#2»。")
S("居民来访登记：来访人«NAME#1»，身份证号«ID#1»，联系电话«MOB#1»，住址«ADDR#1»，来访事由：咨询«DX:chronic»患者门诊慢特病待遇办理流程，"
  "接待人«NAME#2»，接待地点«OFFICE»。")
S("邻里纠纷调处记录：«ADDR#1:urban»住户«NAME#1»与楼上«NAME#2»因漏水问题发生纠纷，经社区调解员«NAME#3»调解，"
  "«NAME#2»同意赔偿«AMT:yuan»。双方电话：«MOB#1»、«MOB#2»。")
S("发件人：«NAME#1» <«EMAIL#1»>\n收件人：«EMAIL:gov»\n主题：关于小区加装电梯的意见\n\n您好，我是«ADDR#1»的住户，"
  "对本单元加装电梯方案有不同意见，具体见附件。联系电话«MOB#1»。\n«NAME#1»\n«DATE:cn»")
S("【«PICK:湖州银行/湖州吴兴农商银行/中国农业银行湖州分行»】尊敬的«NAME#1»客户，您尾号«N:1000-9999»的账户于«DATE:md»«TIME»支出«AMT:sign»，"
  "余额«FIN:bal»。如非本人操作请致电«HOT»。")
S("银行协查函回复\n«ORGN:police»：\n根据贵局协查要求，现将账户信息回复如下：户名«NAME#1»，证件号码«ID#1»，卡号«CARD#1»，开户日期«DATE:iso»，"
  "开户网点«BANK#1»湖州«PICK:分行营业部/吴兴支行/南浔支行/长兴支行»，预留手机号«MOB#1»，账户余额«FIN:bal»。")
S("快递面单\n寄件人：«NAME#1»  «MOB#1:p»\n寄件地址：«ADDR#1»\n收件人：«NAME#2»  «MOB#2:p»\n收件地址：«ADDR:other»\n"
  "运单号：«TRACK»  物品：⟦文件¦衣物¦茶叶¦日用品⟧  重量：«N:1-9»kg")
S("手机号实名登记核验：号码«MOB#1:p»，机主«NAME#1»，证件号码«ID#1»，入网时间«DATE:iso»，入网营业厅«OFFICE»，"
  "核验结果：⟦一致¦不一致⟧。核验流水号«ORDER:jd»。")
S("志愿者注册信息：姓名«NAME#1»，证件号码«ID#1»，手机«MOB#1»，邮箱«EMAIL#1»，服务区域«COUNTY»，服务时长«N:10-900»小时，"
  "志愿者编号«CERT:dl»。")
S("招聘报名表\n姓名：«NAME#1:young»  性别：«SEX#1»  出生年月：«DOB#1:ym»\n身份证号：«ID#1»\n毕业院校：⟦湖州师范学院¦浙江财经大学¦宁波大学¦安徽大学⟧\n"
  "联系电话：«MOB#1»  电子邮箱：«EMAIL#1»\n家庭住址：«ADDR#1»\n报考岗位：«DEPT»⟦综合管理¦财务¦信息化⟧岗")
S("«NAME#1:.M»，男，«DOB#1:cn»出生，身份证号«ID#1»，系«CO#2:ent»员工。«DATE:cn»晚，«NAME#1»驾驶«PLATE#1»回家途中与«NAME#3»发生口角，"
  "后经«ORGN:police»民警«ANON:某»调解处理。")
S("人口抽样调查登记表（户编号«N:100-999»）\n户主：«NAME#1»  身份证号：«ID#1»\n住址：«ADDR#1»\n本户人数：«N:2-6»\n"
  "成员：«NAME#2»（«SEX#2»，«DOB#2:iso»），«NAME#3»（«SEX#3»，«DOB#3:iso»）\n普查员：«NAME#4»  «MOB#4»")
S("耕地地力保护补贴发放清册（«COUNTY»«DATE:ym»）\n" + "户主 身份证号 补贴面积(亩) 补贴金额 一卡通账号\n"
  "«NAME#1:old» «ID#1» «N:1-20».«N:0-9» «AMT:s» «CARD#1»\n«NAME#2:old» «ID#2» «N:1-20».«N:0-9» «AMT:s» «CARD#2»")
S("宅基地建房审批：申请人«NAME#1»，身份证«ID#1»，户籍所在地«HUJI#1:div»，拟建地址«ADDR#1:rural»，占地面积«N:80-140»平方米，"
  "村民小组意见：同意。审批文号«DOCNO»。")
S("土地经营权流转合同：流出方«NAME#1:old»（身份证号«ID#1»），流入方«CO#2:coop»（统一社会信用代码«USCC#2»），"
  "流转面积«N:5-200»亩，流转期限«N:3-15»年，年租金«AMT:yuan»/亩，付款账户«CARD#1»。")
S("渔船船员登记：船名浙湖渔«N:10000-99999»，船员«NAME#1»，身份证«ID#1»，船员证号«CERT:dl»，手机«MOB#1»，紧急联系人«NAME#2»«MOB#2»。")
S("消防监督检查：«CO#1»（«USCC#1»），消防安全责任人«NAME#2»（«MOB#2»），检查发现疏散通道堵塞，责令改正通知书«DOCNO:pen»。"
  "火警电话119，咨询«TEL:0572»。")
S("征兵报名：«NAME#1:young.M»，«DOB#1:cn»出生，身份证号«ID#1»，学历⟦高中¦大专¦本科⟧，户籍地«HUJI#1»，体检结论：«HPICK:合格/视力不合格/血压偏高复查»，"
  "手机«MOB#1»。")
S("工会困难职工帮扶：职工«NAME#1»，工作单位«CO#2»，身份证«ID#1»，致困原因：本人患«DX»，家庭月人均收入«FIN:m»，帮扶金额«AMT:yuan»。")
S("妇联维权来电：来电人«NAME#1:adult.F»（«MOB#1»）反映遭受家庭暴力，施暴人«NAME#2:adult.M»，住址«ADDR#1»，已转介«ORGN:civil»，"
  "告诫书编号«DOCNO:police»。")


# === 繁體 (Traditional script) ==================================================================
T("戶口遷移審批表\n申請人：«NAME#1:adult»    性別：«SEX#1»    民族：«ETH#1»\n公民身份號碼：«ID#1»\n出生日期：«DOB#1»\n"
  "原戶籍地址：«HUJI#1»\n遷入地址：«ADDR#1:urban»\n聯繫電話：«MOB#1»\n受理日期：«DATE:cn»    受理單位：«ORGN:police»")
T("【湖州出入境】尊敬的«NAME#1»，您申請的往來港澳通行證（證件號碼«HKM#1»）已製證完成，請於«DATE:md»起憑受理回執到«OFFICE»領取。"
  "如有疑問請撥打«TEL:0572/d»。")
T("因私出入境證件申請表\n姓名：«NAME#1:adult»  性別：«SEX#1»\n公民身份號碼：«ID#1»\n出生日期：«DOB#1:iso»\n原護照號碼：«PASS#1»\n"
  "現居住地址：«ADDR#1»\n手機：«MOB#1»  電子郵箱：«EMAIL#1»")
T("營業執照\n統一社會信用代碼 «USCC#1:ent»\n名    稱 «CO#1»\n法定代表人 «NAME#2:adult»\n註冊資本 «AMT:wan»\n成立日期 «DATE:cn»\n"
  "住    所 «ADDR:shop»")
T("行政處罰決定書\n«DOCNO»\n當事人：«CO#1»\n統一社會信用代碼：«USCC#1»\n法定代表人：«NAME#2»\n聯繫電話：«MOB#2»\n"
  "經查，當事人銷售不合格產品，貨值«AMT:yuan»，決定處以罰款«AMT:comma»。")
T("門診病歷\n姓名：«NAME#1»  性別：«SEX#1»  年齡：«AGE#1»歲\n門診號：«MRN:mz»\n身份證號：«ID#1»\n主訴：«SYM»\n診斷：«DX»\n"
  "醫師：«NAME#2»  就診日期：«DATE:iso»")
T("社會保障卡申領登記表\n姓名：«NAME#1»\n公民身份號碼：«ID#1»\n社會保障卡卡號：«SSC#1»\n金融賬戶：«BANK#1» «CARD#1»\n"
  "通訊地址：«ADDR#1»  郵政編碼：«POST»\n手機號碼：«MOB#1»")
T("最低生活保障申請\n申請人：«NAME#1:adult»  身份證號：«ID#1»\n戶籍地：«HUJI#1»\n家庭月收入：«FIN:m»\n名下財產：«FIN:asset»\n"
  "申請理由：本人患«DX»，喪失勞動能力。\n聯繫電話：«MOB#1»")
T("民事判決書\n«CASENO»\n原告：«NAME#1»，«SEX#1»，«DOB#1:cn»出生，漢族，住«HUJI#1»，公民身份號碼«ID#1»。\n"
  "被告：«NAME#2»，«SEX#2»，住«ADDR#2»，公民身份號碼«ID#2»。\n原告«NAME#1»與被告«NAME#2»民間借貸糾紛一案，本院於«DATE:cn»立案後公開開庭進行了審理。")
T("【湖州交警】您的車輛«PLATE»於«TS:slash»在«ROAD»實施違法停車行為，請及時處理。決定書編號«DOCNO:traffic»。")
T("不動產登記申請表\n權利人：«NAME#1»  證件號：«ID#1»\n坐落：«ADDR#1:urban»\n不動產權證書號：«CERT:house»\n成交價格：«AMT:wan»\n"
  "受理日期：«DATE:cn»")
T("姓名,身份證號,手機號碼,居住地址,登記日期\n«NAME#1»,«ID#1»,«MOB#1:p»,«ADDR#1»,«DATE:iso»\n«NAME#2»,«ID#2»,«MOB#2:p»,«ADDR#2»,«DATE:iso»\n"
  "«NAME#3»,«ID#3»,«MOB#3:p»,«ADDR#3»,«DATE:iso»")
T("流行病學調查報告\n調查對象：«NAME#1»，«SEX#1»，«AGE#1»歲，身份證號«ID#1»，手機«MOB#1»\n現住址：«ADDR#1»\n"
  "發病前14天行程軌跡：«TRACE»\n調查人：«NAME#2»")
T("12345政務服務熱線工單\n工單編號：«WO»\n來電人：⟦«NAME#1»¦«ANON:女士/先生»⟧\n來電號碼：«MOB#1»\n訴求地址：«ADDR#1»\n"
  "訴求內容：反映小區路燈損壞多日未修。\n承辦單位：«ORGN»")
T("湖州市人民政府辦公室關於印發«PICK:公共數據共享管理辦法/數據安全管理細則»的通知（«DOCNO»）\n各縣區人民政府，市府各部門：\n"
  "現將有關文件印發給你們，請認真貫徹執行。聯繫人：«NAME#1»，電話：«TEL:0572»，郵箱：«EMAIL:gov»。\n湖州市人民政府辦公室\n«DATE:cnnum»")
T("公積金貸款審批：借款人«NAME#1»，身份證«ID#1»，工作單位«CO#2»，月收入«FIN:m»，購房地址«ADDR#1:urban»，申請貸款«AMT:wan»，"
  "還款賬戶«BANK#1»«CARD#1»。")
T("旅館住宿登記\n旅客：«NAME#1»  證件號碼：«ID#1»\n入住時間：«TS:sql»\n同住人：«NAME#2»（«ID#2»）\n聯繫電話：«MOB#1»\n車牌：«PLATE#1»")
T("信用修復申請書\n申請單位：«CO#1»\n統一社會信用代碼：«USCC#1»\n聯繫人：«NAME#2»  電話：«MOB#2»  郵箱：«EMAIL#2»\n申請日期：«DATE:cn»")
T("數據質量核查：記錄«N:10000-99999»身份證號«BADID»校驗位錯誤；統一社會信用代碼«BADUSCC»校驗碼錯誤；銀行卡號«BADCARD»未通過Luhn校驗。"
  "已退回«DEPT»核實。")
T("{\"xm\":\"«NAME#1»\",\"sfzh\":\"«ID#1:p»\",\"sjhm\":\"«MOB#1:p»\",\"zz\":\"«ADDR#1»\",\"ip\":\"«IP»\",\"gxsj\":\"«TS:sql»\"}")
T("送達地址確認書\n案號：«CASENO»\n受送達人：«NAME#1»\n送達地址：«ADDR#1»\n手機號碼：«MOB#1»\n電子郵箱：«EMAIL#1»\n"
  "受送達人簽名：«NAME#1»  «DATE:cn»")
T("節假日旅遊市場情況：«DATE:md»全市共接待遊客«CNT:p»，實現旅遊收入«AMT:wan»，«PLACE»、«PLACE»客流居前。諮詢熱線«HOT»。")
T("義務教育新生入學報名表\n學生姓名：«NAME#1:kid»\n身份證號：«ID#1»\n出生日期：«DOB#1»\n戶籍地址：«HUJI#1»\n"
  "監護人：«NAME#2:par»  手機：«MOB#2»")
T("出院小結\n住院號：«MRN:zy»\n患者：«NAME#1»  «SEX#1»  «AGE#1»歲\n入院日期：«DATE:iso»  出院日期：«DATE:iso+»\n出院診斷：«DX»\n"
  "醫保號：«MRN:yb»")
T("寄件人：«NAME#1» «MOB#1:p»\n寄件地址：«ADDR#1»\n收件人：«NAME#2» «MOB#2:p»\n收件地址：«ADDR:other»\n運單號：«TRACK»")
T("【湖州公積金】«NAME#1»，您的住房公積金賬戶餘額：«FIN:bal»，本月繳存«AMT:s»。")
T("赴港澳商務備案：申請人«NAME#1»，身份證號«ID#1»，往來港澳通行證«HKM#1»，工作單位«CO#2»（«USCC#2»），"
  "聯繫電話«MOB#1»，郵箱«EMAIL#1»。")


# === 证照识别 · 登记 · 通讯录 · 公文 · 其他 ==================================================================
S("[OCR] 居民身份证 人像面\n姓名 «NAME#1»\n性别 «SEX#1»  民族 «PICK:汉/回/满/壮»\n出生 «DOB#1:cn»\n住址 «HUJI#1»\n公民身份号码 «ID#1:p»\n"
  "识别置信度 0.9«N:1-9»  引擎版本 «VER»")
S("机动车登记证书\n机动车所有人/身份证明名称/号码：«NAME#1»/居民身份证/«ID#1»\n登记机关：«ORGN:traffic»\n登记日期：«DATE:iso»\n"
  "机动车登记编号：«PLATE#1»\n车辆识别代号：«VIN»\n发动机号：«SN:batch»\n车身颜色：⟦白¦黑¦银灰¦蓝⟧")
S("[OCR] 机动车驾驶证\n证号 «ID#1:p»\n姓名 «NAME#1»  性别 «SEX#1»\n国籍 中国\n住址 «ADDR#1»\n出生日期 «DOB#1:iso»\n"
  "初次领证日期 «DATE:iso»\n准驾车型 ⟦C1¦C2¦B2¦A2⟧\n档案编号 «CERT:dl»")
S("[OCR] 银行卡识别结果：卡号«CARD#1:s»，发卡行«BANK#1»，卡类型⟦借记卡¦信用卡⟧，有效期«N:10-12»/«N:26-32»，识别耗时«N:80-400»ms")
S(table("核酸检测结果导出\n姓名,证件号码,手机号,采样时间,采样管号,检测结果\n", 3, 6,
        "«NAME#R»,«ID#R»,«MOB#R:p»,«TS:sql»,«SN:batch»,«HPICK:阴性/阴性/阴性/阳性»"))
S("结婚登记审查处理表\n男方：«NAME#1:adult.M»，出生日期«DOB#1:iso»，身份证件号«ID#1»，户籍所在地«HUJI#1:div»\n"
  "女方：«NAME#2:adult.F»，出生日期«DOB#2:iso»，身份证件号«ID#2»，户籍所在地«HUJI#2:div»\n结婚证字号：«CERT:marry»\n登记员：«NAME#3»  登记日期：«DATE:cn»")
S(table("“慈心一日捐”捐款名单（«ORGN»）\n", 4, 8, "«NAME#R» «AMT:s»", "\n合计：«AMT:comma»  收款账户：湖州市慈善总会 «ACCT»", sep="；"))
S("国家助学贷款合同\n借款学生：«NAME#1:young»，身份证号«ID#1»，手机«MOB#1»，就读院校⟦湖州师范学院¦浙江海洋大学¦浙江工商大学⟧\n"
  "共同借款人：«NAME#2:mid»（关系：⟦父亲¦母亲⟧），身份证号«ID#2»，家庭住址«ADDR#2»\n贷款金额：«AMT:yuan»  放款账户：«CARD#1»\n合同编号：«CONTRACT»")
S("城乡居民医保参保缴费清单（«COUNTY»）\n" + "姓名|身份证号|缴费档次|缴费金额|缴费日期\n"
  "«NAME#1»|«ID#1»|⟦一档¦二档⟧|«AMT:s»|«DATE:iso»\n«NAME#2»|«ID#2»|⟦一档¦二档⟧|«AMT:s»|«DATE:iso»\n«NAME#3:kid»|«ID#3»|⟦一档¦二档⟧|«AMT:s»|«DATE:iso»")
S("契税缴纳申报：纳税人«NAME#1»，证件号码«ID#1»，房屋坐落«ADDR#1:urban»，合同编号«CONTRACT»，成交价格«AMT:comma»，"
  "应纳税额«AMT:comma»，电子税票号码«INV:e»。")
S("限制消费令\n«CASENO»\n被执行人：«NAME#1»，«SEX#1»，公民身份号码«ID#1»，住«HUJI#1»。\n因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
  "本院自«DATE:cn»起限制你高消费及非生活和工作必需的消费行为。")
S("律师会见预约：律师«NAME#1»，律师执业证号«LIC:lawyer»，律师事务所«CO#2:law»，当事人«NAME#3»（身份证«ID#3»），"
  "会见时间«DATE:cn»«TIME»，律师手机«MOB#1»。")
S("网络交易经营者登记：店铺名称«CO#1:ind»网店，经营者«NAME#2»，身份证«ID#2»，统一社会信用代码«USCC#1»，联系邮箱«EMAIL#2»，"
  "注册IP «IP:pub»，平台订单样例«ORDER:pdd»。")
S("商标注册信息：注册号«CERT:tm»，商标名称“«PICK:浔韵/竹乡/太湖蓝/莫干好物»”，注册人«CO#1»（«USCC#1»），"
  "代理人«NAME#2»，专用权期限«DATE:iso»至«DATE:iso+»。")
S("药品零售企业检查：«CO#1:ent/大药房»，药品经营许可证«LIC:drug»，统一社会信用代码«USCC#1»，执业药师«NAME#2»（身份证«ID#2»），"
  "检查发现处方药未凭处方销售，批号«BATCH»。")
S("医师执业注册：医师«NAME#1»，身份证号«ID#1»，医师执业证书编码«CERT:pth»，执业地点«ORGN:hosp»，执业类别⟦临床¦中医¦口腔¦公共卫生⟧，"
  "手机«MOB#1»，邮箱«EMAIL#1»。")
S("异地就医备案：参保人«NAME#1»，医保号«MRN:yb»，身份证«ID#1»，备案类型⟦异地长期居住¦临时外出就医⟧，就医地«ADDR:other»，"
  "联系电话«MOB#1»，备案有效期至«DATE:cn»。")
S("高层次人才安家补贴申请：申请人«NAME#1:young»，身份证号«ID#1»，护照号码«PASS#1»（海外学历），工作单位«CO#2»（«USCC#2»），"
  "补贴金额«AMT:wan»，收款银行卡«CARD#1»，邮箱«EMAIL#1»。")
S("职业技能等级证书：持证人«NAME#1»，身份证号«ID#1»，职业（工种）⟦电工¦育婴员¦养老护理员¦中式烹调师⟧，等级⟦四级¦三级⟧，"
  "证书编号«CERT:pth»，发证日期«DATE:cn»。")
S("驾校学员报名：学员«NAME#1:young»，身份证«ID#1»，手机«MOB#1»，住址«ADDR#1»，报考车型C1，学费«AMT:yuan»，"
  "支付流水«ORDER:pay»，驾校«CO#2:ent/驾驶员培训»。")
S("台风“«PICK:烟花/梅花/贝碧嘉/普拉桑»”防御工作提示：预计«DATE:md»夜间影响我市，«ROAD»、«ROAD»可能出现积水。各地落实«DOCNO»要求，"
  "转移人员情况于«TIME»前报«ORGN:emergency»。值班电话«TEL:0572»，传真«TEL:0572»。")
S("关于下达«N:2024-2025»年度第«N:2-6»批专项资金的通知\n«DOCNO»\n各区县财政局：根据«DOCNO»，现下达资金«AMT:wan»，"
  "请于«DATE:cn»前拨付到位。资金拨付账户：«ACCT»。\n联系人：«NAME#1»，电话«TEL:0572»")
S("中标结果公告\n项目编号：HZGZ-«N:2023-2025»-«N:100-999»\n项目名称：«DEPT»数据治理服务项目\n中标供应商：«CO#1:ent»（统一社会信用代码«USCC#1»）\n"
  "中标金额：«AMT:comma»\n采购人联系人：«NAME#2»，«TEL:0572»\n代理机构联系人：«NAME#3»，«MOB#3»")
S("审计发现：«DEPT»下属单位通过个人银行卡«CARD#1»（户名«NAME#1»）收取服务费«AMT:comma»未纳入单位账户«ACCT»核算，"
  "审计报告文号«DOCNO»。")
S("档案查阅申请：申请人«NAME#1»，身份证号«ID#1»，查阅内容：«NAME#2:old»（«ID15#2»）的⟦婚姻登记档案¦知青档案¦招工档案⟧，"
  "用途：办理⟦退休¦继承公证¦工龄认定⟧，联系电话«MOB#1»。")
S("华侨回国定居申请：申请人«NAME#1»，中国护照号码«PASS#1»，原国内身份证号«ID#1»，拟定居地址«ADDR#1»，"
  "国内联系人«NAME#2»（«MOB#2»），邮箱«EMAIL#1»。")
S(table("«DEPT»通讯录\n姓名\t职务\t办公电话\t手机\t邮箱\n", 3, 6,
        "«NAME#R»\t⟦科长¦副科长¦科员¦主任¦副主任⟧\t«TEL#R:0572»\t«MOB#R»\t«EMAIL#R»"))
S(table("«DATE:ym»值班安排表（带班领导 / 值班人员 / 电话）\n", 3, 5, "«DATE:md»：«NAME#r9» / «NAME#R» / «MOB#R»"))
S(table("会议签到表\n会议名称：全市公共数据安全工作会议  地点：«OFFICE»\n单位 | 姓名 | 联系电话\n", 3, 6, "«DEPT» | «NAME#R» | «MOB#R»"))
S("[钉钉工作通知] 请以下同志于«DATE:md»«TIME»前到«OFFICE»参加培训：«NAME#1»（«MOB#1»）、«NAME#2»（«MOB#2»）、«NAME#3»（«MOB#3»）。"
  "联系人«NAME#4»，分机«N:8000-8999»。")
S("Mar «N:10-28» 0«N:1-9»:«N:10-59»:«N:10-59» gw-core dhcpd[«N:1000-9999»]: DHCPACK on «IP:10» to 3c:7a:8a:«N:10-99»:«N:10-99»:«N:10-99» "
  "(«PICK:DESKTOP-HZ/LAPTOP-WX/PC-ZW»«N:100-999») via vlan«N:10-99»\nMar «N:10-28» 0«N:1-9»:«N:10-59»:«N:10-59» portal auth ok user=«MOB:p» ip=«IP:172» ipv6=«IP6»")
S("公共WiFi认证日志：«TS:sql» 手机号«MOB»认证成功，分配地址«IP:192»，AP位于«PLACE»；«TS:sql» 手机号«MOB»认证成功，分配地址«IP:192»。")
S("转发：群众来信\n-------- 原始邮件 --------\n发件人：«NAME#1»<«EMAIL#1»>\n时间：«TS:sql»\n正文：本人«NAME#1»，身份证«ID#1»，"
  "在«CO#2»工作期间被拖欠工资，多次讨要无果，望处理。电话«MOB#1»。\n--\n«NAME#3»\n«DEPT»办公室\n电话：«TEL:0572»  手机：«MOB#3»")
S("残疾人证申领：申请人«NAME#1»，身份证号«ID#1»，残疾类别及等级：«DX:dis»，监护人«NAME#2»，监护人电话«MOB#2»，"
  "评定医院«ORGN:hosp»，评定日期«DATE:iso»。")
S("优待证申领：退役军人«NAME#1:mid.M»，身份证«ID#1»，手机«MOB#1»，银行卡«CARD#1»（«BANK#1»），居住地«ADDR#1»，申领日期«DATE:cn»。")
S("气象预警：湖州市气象台«DATE:cn»«TIME»发布暴雨橙色预警信号，预计未来6小时«COUNTY»等地降雨量将达50毫米以上。请注意防范，"
  "«PLACE»等景区暂停开放。详询«HOT»。")
S("人才公寓入住登记：入住人«NAME#1»，身份证«ID#1»，护照«PASS#1»，工作单位«CO#2»，房号«N:1-20»幢«N:101-1808»室，"
  "紧急联系人«NAME#3»«MOB#3»，车辆«PLATE#1»。")
S("反诈预警：«NAME#1»您好，我们监测到您的手机«MOB#1»近期与涉诈号码«MOB»多次通话，对方可能冒充“公检法”。"
  "请勿向任何账户转账！如有疑问拨打«HOT»或110。【湖州反诈中心】")
S("企业统计联网直报联系人变更：企业«CO#1:ent»，统一社会信用代码«USCC#1»，统计负责人«NAME#2»，手机«MOB#2»，办公电话«TEL»，"
  "邮箱«EMAIL#2»，变更日期«DATE:iso»。")
S("海关进出口收发货人备案：企业«CO#1:ent»，统一社会信用代码«USCC#1»，海关编码«LIC:customs»，法定代表人«NAME#2»（身份证«ID#2»），"
  "报关联系人«NAME#3»，«MOB#3»，«EMAIL#3»。")
S("收养登记：收养人«NAME#1:mid.M»（«ID#1»）、«NAME#2:mid.F»（«ID#2»），住址«ADDR#1»；被收养人«NAME#3:kid»，出生日期«DOB#3»；"
  "收养登记证字号«CERT:marry»。")
S("看守所家属会见预约：在押人员«NAME#1»，家属«NAME#2»（身份证«ID#2»，手机«MOB#2»），关系⟦父子¦母子¦夫妻¦兄弟⟧，预约日期«DATE:iso»。")
S("机动车抵押登记：抵押人«NAME#1»（«ID#1»），抵押权人«CO#2:ent/融资租赁»（«USCC#2»），车辆«PLATE#1»，车架号«VIN»，主债权«AMT:wan»，"
  "合同编号«CONTRACT»。")
S("非法集资线索：举报人«NAME#1»（«MOB#1»）反映«CO#2»以高息为诱饵吸收公众存款，收款账户«CARD#3»（户名«NAME#3»），"
  "涉案金额约«AMT:wan»，官网服务器地址«IP:pub»。")
S("湖州市人民政府关于«PICK:调整城乡居民基本医疗保险筹资标准/公布第五批市级非物质文化遗产名录/实施居住证积分管理»的通知\n«DOCNO»\n"
  "各区县人民政府，市政府各部门、各直属单位：\n现将有关事项通知如下……\n本通知自«DATE:cn»起施行，原«DOCNO»同时废止。\n湖州市人民政府\n«DATE:cnnum»")


# === 出入境 · 行踪 · 社保卡 补充 ==================================================================
S(table("出境旅游团队名单（团号«SN:tour»，目的地⟦日本¦泰国¦新加坡¦马来西亚⟧）\n序号 姓名 性别 护照号码 手机\n", 4, 7,
        "«I» «NAME#R» «SEX#R» «PASS#R» «MOB#R»", "\n领队：«NAME#r9»（«PASS#r9»）"))
S(table("赴港澳团队名单（«CO#1:ent/国际旅行社»，出发日期«DATE:iso»）\n姓名,通行证号码,签注类型,联系电话\n", 4, 7,
        "«NAME#R»,«HKM#R»,⟦团队旅游（L）¦个人旅游（G）¦商务（S）⟧,«MOB#R:p»"))
S("边检查验记录：«TS:sql» 旅客«NAME#1»持往来港澳通行证«HKM#1»经«PICK:珠海拱北/深圳湾/港珠澳大桥»口岸出境，同行人«NAME#2»持«HKM#2»；"
  "«NAME#3»持普通护照«PASS#3»出境。")
S("出国（境）留学人员备案：学生«NAME#1:young»，身份证号«ID#1»，护照号码«PASS#1»，留学国家⟦英国¦澳大利亚¦美国¦日本⟧，"
  "家长«NAME#2:par»，手机«MOB#2»，邮箱«EMAIL#2»。")
S("证件遗失声明：本人«NAME#1»不慎遗失⟦普通护照（护照号«PASS#1»）¦往来港澳通行证（证件号码«HKM#1»）⟧，特此声明作废。声明日期«DATE:cn»。")
S("走失老人寻人协查：«NAME#1:old»，«SEX#1»，«AGE#1»岁，患«DX»，于«DATE:cn»走失。公共视频显示其活动轨迹为：«TRACE»。"
  "家属«NAME#2»，电话«MOB#2»。")
S("电动车被盗案件研判：被盗车辆车主«NAME#1»（«MOB#1»），嫌疑人«NAME#2»（«ID#2»）作案后骑行轨迹：«TRACE»，已于«DATE:md»抓获。")
S("网约车行程投诉：乘客«NAME#1»（«MOB#1»）投诉司机绕路，车辆«PLATE#2»，司机«NAME#2»，订单号«ORDER:mt»，"
  "实际行驶轨迹：«TRACE»，多收费用«AMT:yuan»。")
S("社区矫正电子定位越界告警：矫正对象«NAME#1»（«ID#1»）于«TS:sql»越界，定位轨迹：«TRACE»，已电话«MOB#1»责令返回。")
S("社会保障卡补换：持卡人«NAME#1»，身份证号«ID#1»，原社会保障卡卡号«SSC#1»（已挂失），新卡金融账户«CARD#1»，"
  "领卡网点«OFFICE»，手机«MOB#1»。")
S("社保待遇资格认证：«NAME#1:old»，个人社保编号«SIPN#1»，社会保障卡号«SSC#1»，认证方式：人脸识别，认证时间«TS:sql»，结果：通过。")
S("已脱敏导出（供统计分析）：«MASK:mob»、«MASK:id»、«MASK:card»、«MASK:mob»；原始明细按规定不予导出。导出人«NAME#1»，工号«N:1000-9999»，导出时间«TS:sql»。")
S("数据清洗日志：银行卡«BADCARD#1»未通过Luhn校验，与源系统比对后修正为«CARD#1»；身份证«BADID#2»校验位错误，修正为«ID#2»（«NAME#2»）。")
T("出境旅遊團隊名單\n姓名 護照號碼 手機\n«NAME#1» «PASS#1» «MOB#1»\n«NAME#2» «PASS#2» «MOB#2»\n«NAME#3» «PASS#3» «MOB#3»\n領隊：«NAME#4»（«HKM#4»）")
T("社區矯正定位告警：矯正對象«NAME#1»（«ID#1»）於«TS:sql»越界，定位軌跡：«TRACE»，已電話«MOB#1»責令返回。")


# @@TEMPLATES-END@@
# ----------------------------------------------------------------------------- generate / validate
def _build() -> tuple[list[dict], list[list[str]]]:
    """Documents plus, per document, the values placed for its labels (entities then negatives)."""
    rng = random.Random(SEED)
    docs, placed = [], []
    for i in range(N_DOCS):
        t_idx = i % len(TEMPLATES)
        tpl, trad = TEMPLATES[t_idx]
        ctx = Ctx(rng, trad)
        text, labels = render(tpl, ctx)
        ents = [x for x in labels if x[0] == "E"]
        negs = [x for x in labels if x[0] == "N"]
        docs.append({
            "id": f"{FAMILY}-{i:05d}",
            "text": text,
            "entities": [{"type": t, "start": a, "end": b} for _, t, a, b, _ in ents],
            "negatives": [{"kind": k, "start": a, "end": b} for _, k, a, b, _ in negs],
            "source": f"template:{FAMILY}:{t_idx}",
        })
        placed.append([v for *_, v in ents] + [v for *_, v in negs])
    return docs, placed


def generate() -> list[dict]:
    return _build()[0]


def entity_types() -> set[str]:
    names = set()
    in_block = False
    for line in ENTITIES_YAML.read_text(encoding="utf-8").splitlines():
        if line.startswith("entities:"):
            in_block = True
            continue
        if in_block:
            m = re.match(r"^  ([A-Z][A-Z0-9_]*):", line)
            if m:
                names.add(m.group(1))
            elif line and not line.startswith(" "):
                in_block = False
    return names


_ASCII_ALNUM = re.compile(r"[0-9A-Za-z]")
_DIGIT_RUN = re.compile(r"[0-9０-９]{7,}")
_SHAPES = {
    "CN_MOBILE": re.compile(r"(\+?86)?1[3-9]\d{9}"),
    "CN_LANDLINE": re.compile(r"[(（]?(\+?86)?0?\d{2,3}[)）]?\d{7,8}(\d{3,4})?|[2-8]\d{6}"),
    "EMAIL_ADDRESS": re.compile(r"[A-Za-z0-9._\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+"),
    "CN_PASSPORT": re.compile(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}"),
    "CN_HK_MACAO_PERMIT": re.compile(r"C\d{8}|C[A-HJ-NP-Z]\d{7}"),
    "CN_LICENSE_PLATE": re.compile(r"[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴粤粵青藏川宁寧琼瓊]"
                                   r"[A-HJ-NP-Z]([A-HJ-NP-Z0-9]{5,6}|\d{4}挂)"),
}
# characters that only occur in Simplified script (must not appear in Traditional documents)
_SIMPLIFIED_ONLY = set("这们说时国会对发经过还问实现区县镇号组单东门长书乡应为业务员与关从见证机构报车护伤产亲让决据乐录权"
                       "变开历话龙阳阴户证码电联请办纳积级钱银织轨迹齐鸡鱼马鸟条财执终运许营个将动体议价网费库备贷转达边"
                       "进连选递邮郑钟销锁闭间队阶际陆陈随隐难页项顺须顾预领频题风飞馆驾验黄诉讼审类状计划谢结给统标"
                       "约岁医疗诊断压虑导资购卖买补贴术妇儿参过务图书档济兴农业专业产权汇总数据库")


def _is_ascii_alnum(c: str) -> bool:
    return bool(_ASCII_ALNUM.fullmatch(c))


def validate(docs: list[dict]) -> dict:
    import ipaddress
    errors: list[str] = []
    types = entity_types()
    ref_docs, placed = _build()
    trad_idx = {str(i) for i, (_, trad) in enumerate(TEMPLATES) if trad}
    if len(docs) != N_DOCS:
        errors.append(f"expected {N_DOCS} documents, got {len(docs)}")
    if len(TEMPLATES) < 220:
        errors.append(f"only {len(TEMPLATES)} templates")
    ids = set()
    for k, d in enumerate(docs):
        did = d.get("id")
        if set(d) != {"id", "text", "entities", "negatives", "source"}:
            errors.append(f"{did}: keys {sorted(d)}")
            continue
        if did in ids:
            errors.append(f"{did}: duplicate id")
        ids.add(did)
        text = d["text"]
        if not text.strip():
            errors.append(f"{did}: empty text")
        if k < len(ref_docs) and d != ref_docs[k]:
            errors.append(f"{did}: differs from a fresh deterministic generation")
        spans = ([("E", e["type"], e["start"], e["end"]) for e in d["entities"]]
                 + [("N", n["kind"], n["start"], n["end"]) for n in d["negatives"]])
        # span text equals the value placed by the generator
        if k < len(placed):
            if len(spans) != len(placed[k]):
                errors.append(f"{did}: {len(spans)} labels, {len(placed[k])} values placed")
            for (_, t, a, b), v in zip(spans, placed[k]):
                if text[a:b] != v:
                    errors.append(f"{did}: {t} span [{a}:{b}] != placed value")
        for kind, t, a, b in spans:
            if not (0 <= a < b <= len(text)):
                errors.append(f"{did}: {t} bad offsets {a}:{b}")
                continue
            if kind == "E" and t not in types:
                errors.append(f"{did}: unknown entity type {t}")
            seg = text[a:b]
            if seg != seg.strip():
                errors.append(f"{did}: {t} span has outer whitespace")
            if a > 0 and _is_ascii_alnum(text[a - 1]) and _is_ascii_alnum(text[a]):
                errors.append(f"{did}: {t} starts inside an alphanumeric run")
            if b < len(text) and _is_ascii_alnum(text[b - 1]) and _is_ascii_alnum(text[b]):
                errors.append(f"{did}: {t} ends inside an alphanumeric run")
            c = compact(seg)
            if kind == "E" and t == "CN_RESIDENT_ID":
                if len(c) == 18:
                    if not id_valid(seg):
                        errors.append(f"{did}: resident ID with a wrong check digit")
                elif not (len(c) == 15 and c.isdigit()):
                    errors.append(f"{did}: resident ID of length {len(c)}")
            elif kind == "E" and t == "CN_USCC":
                if not uscc_valid(seg):
                    errors.append(f"{did}: USCC with a wrong check character")
                elif org_check(c[8:16]) != c[16]:
                    errors.append(f"{did}: USCC whose organisation code fails GB 11714")
            elif kind == "E" and t == "BANK_CARD":
                if not (luhn_valid(seg) and 16 <= len(c) <= 19):
                    errors.append(f"{did}: bank card fails Luhn or length")
            elif kind == "E" and t == "IP_ADDRESS":
                try:
                    ipaddress.ip_address(seg)
                except ValueError:
                    errors.append(f"{did}: bad IP {t}")
            elif kind == "E" and t in _SHAPES:
                if not _SHAPES[t].fullmatch(c if t != "EMAIL_ADDRESS" else seg):
                    errors.append(f"{did}: {t} has an unexpected shape")
            elif kind == "N" and t in ("bad_id", "bad_uscc", "bad_card"):
                if id_valid(seg) or uscc_valid(seg) or luhn_valid(seg):
                    errors.append(f"{did}: {t} negative passes a check")
        ordered = sorted((a, b) for _, _, a, b in spans)
        for (a1, b1), (a2, b2) in zip(ordered, ordered[1:]):
            if a2 < b1:
                errors.append(f"{did}: overlapping labels at {a2}")
        for m in _DIGIT_RUN.finditer(text):
            if not any(a <= m.start() and m.end() <= b for _, _, a, b in spans):
                errors.append(f"{did}: unlabelled digit run at {m.start()}")
        if d["source"].rsplit(":", 1)[-1] in trad_idx:
            bad = sorted(set(text) & _SIMPLIFIED_ONLY)
            if bad:
                errors.append(f"{did}: simplified characters in a Traditional document: {''.join(bad)}")
    if errors:
        raise AssertionError(f"{len(errors)} problems, first: " + "; ".join(errors[:15]))
    return stats(docs)


def stats(docs: list[dict]) -> dict:
    from collections import Counter
    ents = Counter(e["type"] for d in docs for e in d["entities"])
    negs = Counter(n["kind"] for d in docs for n in d["negatives"])
    return {
        "documents": len(docs),
        "templates": len(TEMPLATES),
        "traditional_templates": sum(1 for _, t in TEMPLATES if t),
        "entities": sum(ents.values()),
        "structured": sum(v for k, v in ents.items() if k in STRUCTURED),
        "negatives": sum(negs.values()),
        "by_type": dict(sorted(ents.items(), key=lambda kv: -kv[1])),
        "by_kind": dict(sorted(negs.items(), key=lambda kv: -kv[1])),
    }


def main() -> None:
    docs = generate()
    validate(docs)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    st = validate(back)
    print(json.dumps(st, ensure_ascii=False, indent=1))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
