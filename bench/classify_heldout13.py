"""Thirteenth held-out family for the Chinese PII detector, written blind.

Self-contained: its own templates and value pools; only the check-digit constants and helpers
of bench.classify_values (GB 11643, GB 32100 / GB 11714, Luhn, full-width) are imported.
``python -m bench.classify_heldout13`` writes tests/classify/data/heldout13_generated.jsonl.

Template syntax: ``«SLOT»`` is replaced by a value from the slot's generator and labelled with
the slot's entity type (or ``~kind`` negative, or nothing); ``«SLOT#k»`` reuses the value drawn
for the same key in the same document. ``⏎`` is a newline and ``⇥`` a tab.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

from bench.classify_values import USCC_AL, W_ORG, W_USCC, fullwidth, id_check, luhn_digit

SEED = 13_30_2026
N_DOCS = 2000
OUT = Path(__file__).resolve().parent.parent / "tests" / "classify" / "data" / "heldout13_generated.jsonl"
ENTITIES_YAML = Path("/work/shared/design/entities.yaml")

# ---------------------------------------------------------------- check digits
def org_check(org8: str) -> str:
    c = 11 - sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(org8, W_ORG)) % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def uscc_check(body17: str) -> str:
    return USCC_AL[(31 - sum(USCC_AL.index(ch) * w for ch, w in zip(body17, W_USCC)) % 31) % 31]


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·]", "", s)


def id_ok(s: str) -> bool:
    s = norm(s).upper()
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and id_check(s[:17]) == s[17]


def uscc_ok(s: str) -> bool:
    s = norm(s).upper()
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", s):
        return False
    return uscc_check(s[:17]) == s[17]


def luhn_ok(s: str) -> bool:
    s = norm(s)
    return bool(re.fullmatch(r"\d{12,19}", s)) and luhn_digit(s[:-1]) == s[-1]


# ---------------------------------------------------------------- pools
SURNAMES_COMMON = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
SURNAMES_ZJ = list("俞楼应闻虞竺裘邬钭茅戚屠缪费舒诸葛")[:-2] + ["诸葛"]
SURNAMES_RARE = list("仉笪訾庹麴禚眭璩厍亓蒯隗郗昝赧逄佴冼乜靳郦")
SURNAMES_COMPOUND = ["欧阳", "司马", "上官", "慕容", "尉迟", "澹台", "申屠", "闻人", "公孙", "皇甫", "令狐", "端木", "东方", "南宫", "夏侯", "长孙", "宇文", "司徒", "万俟", "呼延"]
GIVEN_OLD = ["根宝", "阿毛", "金花", "水英", "桂芳", "福生", "杏娣", "长根", "秀珍", "玉兰", "土根", "凤英", "招娣", "银娣", "连生", "阿四", "雪林", "掌珠", "荣发", "月娥"]
GIVEN_MID = ["建国", "卫东", "红梅", "志刚", "丽萍", "海燕", "国庆", "永强", "春燕", "晓东", "美华", "建军", "秀英", "学军", "爱华", "立新", "伟", "敏", "勇", "静", "军", "芳", "涛", "霞"]
GIVEN_GENX = ["海峰", "晓燕", "斌", "俊杰", "丹丹", "磊", "琳", "鹏飞", "婷婷", "浩", "雪", "振宇", "佳丽", "文斌", "倩", "宏伟", "少华", "超", "慧敏", "晨光"]
GIVEN_YOUNG = ["子涵", "梓萱", "一诺", "浩宇", "欣怡", "思远", "雨桐", "宇轩", "可馨", "沐阳", "梓轩", "诗涵", "俊熙", "若曦", "语桐", "皓轩", "芊芊", "煜城", "锦程", "亦菲"]
MINORITY = ["阿依古丽·买买提", "艾力·吐尔逊", "买买提江·阿不都", "热依拉·艾则孜", "扎西顿珠", "次仁卓玛", "格桑央金", "达瓦次仁", "巴特尔", "乌日娜", "其其格", "额尔敦巴雅尔", "阿西木呷", "吉克阿依", "努尔兰·哈力木", "古丽米拉·托合提"]

TRAD_SURNAMES = list("陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓馬阮董唐溫藍蔣石古紀姚連馮歐程湯黃")
TRAD_COMPOUND = ["歐陽", "司馬", "諸葛", "上官", "張簡", "范姜"]
TRAD_GIVEN = ["志明", "淑芬", "美玲", "建國", "麗華", "雅婷", "家豪", "文傑", "宗翰", "志偉", "怡君", "佳穎", "冠宇", "承恩", "詩涵", "俊傑", "惠美", "國強", "秀蘭", "嘉欣", "柏翰", "宜蓁", "昱廷", "鳳儀", "錦濤", "鴻銘", "曉雯", "瑋倫"]

# gazetteer: province, city, county, towns/streets, villages, roads, estates
GAZ = [
    ("浙江省", "湖州市", "吴兴区", ["织里镇", "八里店镇", "龙泉街道", "朝阳街道", "月河街道", "环渚街道"], ["轧村", "戴山村", "晟舍村", "杨溇村", "移沿山村"], ["凤凰路", "青铜路", "劳动路", "红丰路", "衣裳街", "苕溪西路"], ["仁皇山庄", "金色地中海", "凤凰三村", "飞英公寓", "东白鱼潭小区"]),
    ("浙江省", "湖州市", "南浔区", ["双林镇", "练市镇", "菱湖镇", "善琏镇", "旧馆镇"], ["沈庄漾村", "息塘村", "洋南村", "荃步村"], ["人瑞路", "适园路", "洪福路", "泰安路"], ["浔溪花苑", "頔塘人家", "南浔名都"]),
    ("浙江省", "湖州市", "德清县", ["武康街道", "新市镇", "乾元镇", "洛舍镇", "禹越镇", "莫干山镇"], ["仙潭村", "劳岭村", "砂村", "五四村"], ["英溪南路", "千秋街", "永安街", "北湖街"], ["英溪花园", "东湖公寓", "锦绣苑"]),
    ("浙江省", "湖州市", "长兴县", ["雉城街道", "画溪街道", "泗安镇", "和平镇", "夹浦镇", "水口乡", "煤山镇"], ["顾渚村", "新川村", "城山村", "白莲桥村"], ["明珠路", "太湖大道", "长兴大道", "县前街"], ["金陵新村", "龙山苑", "明珠花苑"]),
    ("浙江省", "湖州市", "安吉县", ["递铺街道", "孝丰镇", "天荒坪镇", "梅溪镇", "杭垓镇", "溪龙乡"], ["余村", "横山坞村", "大溪村", "黄杜村"], ["胜利西路", "天目路", "浦源大道", "昌硕东路"], ["竹海花园", "安吉大厦公寓", "凤凰城"]),
    ("浙江省", "杭州市", "余杭区", ["五常街道", "仓前街道", "闲林街道", "良渚街道"], ["永福村", "葛巷村"], ["文一西路", "良睦路", "五常大道"], ["西溪里", "良渚文化村", "翡翠城"]),
    ("浙江省", "嘉兴市", "桐乡市", ["梧桐街道", "乌镇镇", "濮院镇", "崇福镇"], ["民合村", "横港村"], ["庆丰南路", "振兴东路"], ["凤鸣小区", "桐乡名都"]),
    ("浙江省", "温州市", "瑞安市", ["安阳街道", "塘下镇", "飞云街道"], ["韩田村", "海安村"], ["万松路", "安阳路"], ["瑞祥新村", "阳光花园"]),
    ("浙江省", "衢州市", "开化县", ["华埠镇", "芹阳办事处", "马金镇"], ["下淤村", "金星村"], ["解放街", "江滨北路"], ["芹江花园"]),
    ("浙江省", "丽水市", "景宁畲族自治县", ["鹤溪街道", "大均乡", "东坑镇"], ["伏叶村", "泉坑村"], ["人民中路", "复兴西路"], ["畲乡新村"]),
    ("江苏省", "无锡市", "宜兴市", ["丁蜀镇", "宜城街道", "张渚镇"], ["西望村", "渭渎村"], ["解放东路", "东珠路"], ["东方明珠花园", "龙背山新村"]),
    ("江苏省", "苏州市", "吴江区", ["震泽镇", "盛泽镇", "松陵街道"], ["众安桥村", "齐心村"], ["中山南路", "鲈乡北路"], ["吴江花园", "太湖新城"]),
    ("安徽省", "宣城市", "广德市", ["桃州镇", "新杭镇", "誓节镇"], ["独山村", "阳岱山村"], ["太极大道", "横山路"], ["祠山花园"]),
    ("安徽省", "安庆市", "太湖县", ["晋熙镇", "徐桥镇", "小池镇"], ["花亭村", "罗溪村"], ["人民路", "龙山路"], ["长河新村"]),
    ("江西省", "上饶市", "鄱阳县", ["鄱阳镇", "饶州街道", "谢家滩镇"], ["双港村", "团林村"], ["芝山路", "东湖路"], ["鄱湖花园"]),
    ("河南省", "周口市", "郸城县", ["洺北街道", "汲冢镇", "宁平镇"], ["钱寨村", "丁村"], ["新华路", "世纪大道"], ["郸城华府"]),
    ("河南省", "信阳市", "固始县", ["番城街道", "陈淋子镇", "往流镇"], ["叶集村", "祖师庙村"], ["蓼城大道", "中山大街"], ["国际城"]),
    ("四川省", "南充市", "仪陇县", ["新政镇", "金城镇", "马鞍镇"], ["天池村", "琳琅村"], ["朱德大道", "新政大道"], ["嘉陵江花园"]),
    ("四川省", "凉山彝族自治州", "昭觉县", ["新城镇", "竹核乡", "解放沟镇"], ["三河村", "火普村"], ["新城街", "南坪路"], ["安置小区"]),
    ("贵州省", "毕节市", "威宁彝族回族苗族自治县", ["海边街道", "草海镇", "石门乡"], ["阳关村", "新发村"], ["建设东路", "民族路"], ["草海花园"]),
    ("云南省", "昭通市", "镇雄县", ["乌峰街道", "以勒镇", "塘房镇"], ["凤翥村", "大湾村"], ["振兴路", "南台路"], ["凤凰新城"]),
    ("湖南省", "邵阳市", "隆回县", ["桃洪镇", "六都寨镇", "高平镇"], ["向家村", "大水田村"], ["沿河路", "建设路"], ["魏源新村"]),
    ("湖北省", "黄冈市", "蕲春县", ["漕河镇", "蕲州镇", "横车镇"], ["雨湖村", "桐梓村"], ["蕲州大道", "漕河大道"], ["李时珍花园"]),
    ("山东省", "菏泽市", "曹县", ["倪集街道", "庄寨镇", "大集镇"], ["丁楼村", "桃园村"], ["青菏路", "珠江路"], ["曹州府"]),
    ("甘肃省", "临夏回族自治州", "东乡族自治县", ["锁南镇", "达板镇", "那勒寺镇"], ["布楞沟村", "汪集村"], ["锁南大街"], ["东乡新城"]),
    ("内蒙古自治区", "赤峰市", "敖汉旗", ["新惠镇", "四家子镇", "玛尼罕乡"], ["扎赛营子村"], ["新州大街", "富民路"], ["惠民小区"]),
    ("新疆维吾尔自治区", "喀什地区", "疏附县", ["托克扎克镇", "布拉克苏乡"], ["阿亚格曼干村"], ["人民路", "团结路"], ["幸福家园"]),
    ("广西壮族自治区", "河池市", "都安瑶族自治县", ["安阳镇", "地苏镇"], ["弄池村", "福兴村"], ["民族路", "红渡路"], ["澄江花苑"]),
    ("黑龙江省", "绥化市", "海伦市", ["海伦镇", "东风镇"], ["前进村", "永安村"], ["雷炎大街", "通达路"], ["伦河新区"]),
    ("福建省", "宁德市", "霞浦县", ["松城街道", "三沙镇", "长春镇"], ["东壁村", "北岐村"], ["福宁大道", "太康路"], ["福宁新村"]),
    ("陕西省", "汉中市", "城固县", ["博望街道", "上元观镇"], ["许家庙村"], ["北环一路", "民主东街"], ["汉府新城"]),
    ("西藏自治区", "日喀则市", "桑珠孜区", ["城北街道", "东嘎乡"], ["帕热村"], ["珠峰路", "上海中路"], ["扎寺新村"]),
]
MUNICIPAL = [
    ("上海市", "浦东新区", ["川沙新镇", "张江镇", "周浦镇"], ["川环南路", "祖冲之路", "年家浜路"]),
    ("上海市", "闵行区", ["莘庄镇", "七宝镇"], ["沪星路", "七莘路"]),
    ("北京市", "朝阳区", ["望京街道", "双井街道"], ["广渠路", "望京西路"]),
    ("天津市", "河西区", ["友谊路街道", "马场街道"], ["解放南路", "黑牛城道"]),
    ("重庆市", "万州区", ["高笋塘街道", "龙都街道"], ["沙龙路", "白岩路"]),
]
TRAD_ADDR_MAINLAND = [
    ("浙江省", "湖州市", "吳興區", ["織里鎮", "龍泉街道", "朝陽街道"], ["鳳凰路", "勞動路", "紅豐路"], ["仁皇山莊", "鳳凰三村", "飛英公寓"]),
    ("浙江省", "湖州市", "長興縣", ["雉城街道", "泗安鎮", "煤山鎮"], ["明珠路", "長興大道"], ["金陵新村", "龍山苑"]),
    ("浙江省", "湖州市", "安吉縣", ["遞鋪街道", "孝豐鎮"], ["勝利西路", "天目路"], ["竹海花園"]),
    ("福建省", "廈門市", "思明區", ["鷺江街道", "嘉蓮街道"], ["湖濱南路", "廈禾路"], ["蓮花新城"]),
    ("廣東省", "廣州市", "天河區", ["石牌街道", "林和街道"], ["體育東路", "天河北路"], ["華港花園"]),
]
TW_CITIES = [("臺北市", "大安區", ["復興南路一段", "和平東路二段", "忠孝東路四段"]), ("新北市", "板橋區", ["文化路一段", "中山路二段"]), ("臺中市", "西屯區", ["臺灣大道三段", "文心路二段"]), ("高雄市", "苓雅區", ["四維三路", "中正一路"])]
HK_ADDR = [("九龍", "觀塘區", "秀茂坪邨", "秀德樓"), ("新界", "沙田區", "瀝源邨", "福海樓"), ("香港", "東區", "耀東邨", "耀安樓"), ("新界", "屯門區", "良景邨", "良偉樓")]

REGION6 = ["330502", "330503", "330521", "330522", "330523", "330102", "330106", "330110", "330302", "330381", "330411", "330483", "330602", "330782", "331127", "320282", "320509", "341882", "340825", "361128", "411625", "411525", "511324", "513431", "520526", "530627", "430524", "421126", "371721", "622926", "150430", "653121", "451228", "231283", "350921", "610722", "540202", "310115", "110105", "500101", "120103"]
BINS16 = ["622588", "621483", "625965", "436742", "622576", "524047", "622280"]
BINS19 = ["622202", "621226", "621700", "622848", "621661", "623058", "622700", "621799", "622262", "622909", "623668", "621559"]
AREA = [("0572", 7), ("0571", 8), ("0573", 8), ("0574", 8), ("0575", 8), ("0577", 8), ("0579", 8), ("0570", 7), ("0578", 7), ("0580", 7), ("0576", 8), ("010", 8), ("021", 8), ("020", 8), ("025", 8), ("027", 8), ("028", 8), ("029", 8), ("0512", 8), ("0551", 8), ("0563", 7), ("0793", 7), ("0394", 7), ("0817", 7), ("0857", 7), ("0891", 7), ("0991", 7), ("0476", 7)]
MOB_PFX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "195", "198", "199", "147"]
MAIL_DOMAINS = ["163.com", "126.com", "qq.com", "foxmail.com", "sina.com", "139.com", "yeah.net", "aliyun.com", "outlook.com", "hotmail.com", "sohu.com", "gmail.com", "zjhu.edu.cn", "hz.gov.cn"]
PINYIN = ["wang", "li", "zhang", "chen", "shen", "yu", "lou", "qian", "xu", "zhou", "hu", "jin", "fang", "ye", "pan", "cai", "mao", "gu", "lu", "sun", "zheng", "huang"]
PINYIN_G = ["jianguo", "lili", "xiaoming", "haiyan", "wei", "min", "yinuo", "zihan", "hongmei", "jun", "tao", "fang", "yu", "hao", "jing", "lei", "xin", "qing"]
PLATE_PROV = ["浙"] * 6 + ["苏", "皖", "沪", "赣", "豫", "川", "鲁", "闽", "京", "粤"]
PLATE_LETTER = {"浙": "EEEEAABCDFGHJKL", "苏": "ABEF", "皖": "PAK", "沪": "ABCDN", "赣": "EA", "豫": "PAS", "川": "RAL", "鲁": "RA", "闽": "JD", "京": "NQ", "粤": "AB"}
PLATE_ALNUM = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
DISEASES = ["2型糖尿病", "高血压病3级", "慢性肾功能衰竭（尿毒症期）", "脑梗死后遗症", "精神分裂症", "乳腺癌术后", "肺结核", "阿尔茨海默病", "冠心病", "类风湿性关节炎", "慢性阻塞性肺疾病", "重度抑郁症", "股骨颈骨折", "脑瘫", "白血病", "肝硬化失代偿期", "帕金森病", "双相情感障碍", "肢体二级残疾", "听力一级残疾", "HIV感染", "系统性红斑狼疮", "乙型病毒性肝炎", "胃癌"]
TRAD_DISEASES = ["第二型糖尿病", "高血壓", "慢性腎臟病", "失智症", "乳癌", "腦中風後遺症", "憂鬱症", "氣喘", "肺腺癌"]
STATIONS = ["湖州站", "湖州东站", "杭州东站", "德清站", "长兴站", "安吉站", "上海虹桥站", "南京南站", "宜兴站", "嘉兴南站", "义乌站"]
SPOTS = ["爱山广场", "织里童装城", "南浔古镇东大街", "安吉余村游客中心", "长兴太湖图影", "吴兴区凤凰菜市场", "德清莫干山民宿区", "湖州市中心医院门诊楼", "仁皇山公园", "月河历史街区"]

ORGS = ["湖州市吴兴区人民法院", "长兴县市场监督管理局", "安吉县人力资源和社会保障局", "湖州市公安局交通警察支队", "德清县民政局", "湖州市中心医院", "南浔区税务局", "湖州市住房公积金管理中心", "湖州市大数据发展管理局", "吴兴区织里镇人民政府", "长兴县应急管理局", "湖州市文化广电旅游局", "安吉县教育局", "湖州银行", "浙江湖州农村商业银行", "王家桥股份经济合作社", "陈氏竹木制品有限公司", "湖州南太湖新区管委会", "湖州师范学院", "湖州市医疗保障局", "德清县公证处", "湖州仲裁委员会"]
TRAD_ORGS = ["湖州市吳興區人民法院", "臺北市政府社會局", "長興縣市場監督管理局", "香港入境事務處", "湖州市中心醫院", "新北市政府勞工局"]
ROOMS = ["市民中心2楼205会议室", "行政服务中心B区18号窗口", "区政府大楼4楼第三会议室", "县公安局出入境接待大厅3号窗口", "法院第五审判庭", "社保中心1楼综合窗口", "市场监管局三楼投诉受理室", "疾控中心二楼接种室", "人民医院门诊三楼内科诊室", "税务局办税服务厅A12窗口"]
ROADS = ["红旗路与青铜路交叉口", "G25长深高速湖州段", "104国道长兴段", "二环东路凤凰立交", "S12申嘉湖高速织里出口", "人民路与劳动路路口", "太湖大道", "湖州大道南往北方向"]
PLACES = ["安吉县", "南浔古镇", "长兴县", "德清县", "织里镇", "莫干山", "宜兴市", "桐乡市", "上海市", "杭州市"]
DOCNO_PFX = ["浙政发", "湖政办发", "湖政发", "吴政办发", "长政发", "安政办发", "湖人社发", "湖市监", "湖医保发", "德民发", "湖财社", "浙人社发"]
HOTLINES = ["12345", "12315", "12366", "12333", "95588", "95566", "96345", "110", "120", "12320", "400-826-7010", "400-880-9888", "800-820-5100", "95533"]


def _pick(rng, xs):
    return xs[rng.randrange(len(xs))]


# ---------------------------------------------------------------- generators
def g_person(rng):
    r = rng.random()
    if r < 0.06:
        return _pick(rng, MINORITY)
    if r < 0.16:
        sur = _pick(rng, SURNAMES_COMPOUND)
    elif r < 0.30:
        sur = _pick(rng, SURNAMES_ZJ)
    elif r < 0.40:
        sur = _pick(rng, SURNAMES_RARE)
    else:
        sur = _pick(rng, SURNAMES_COMMON)
    pool = _pick(rng, [GIVEN_OLD, GIVEN_MID, GIVEN_GENX, GIVEN_YOUNG])
    return sur + _pick(rng, pool)


def g_person_t(rng):
    sur = _pick(rng, TRAD_COMPOUND) if rng.random() < 0.08 else _pick(rng, TRAD_SURNAMES)
    return sur + _pick(rng, TRAD_GIVEN)


def g_surname(rng):
    return _pick(rng, SURNAMES_COMMON + SURNAMES_ZJ)


def g_surname_t(rng):
    return _pick(rng, TRAD_SURNAMES)


def _house(rng):
    k = rng.random()
    if k < 0.35:
        return f"{rng.randint(1, 48)}幢{rng.randint(1, 4)}单元{rng.randint(1, 26)}0{rng.randint(1, 4)}室"
    if k < 0.5:
        return f"{rng.randint(1, 30)}栋{rng.randint(1, 18)}0{rng.randint(1, 6)}"
    if k < 0.62:
        return f"{rng.randint(1, 20)}-{rng.randint(1, 3)}-{rng.randint(1, 18)}0{rng.randint(1, 4)}"
    if k < 0.75:
        return f"{rng.randint(1, 36)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 11)}0{rng.randint(1, 2)}室"
    if k < 0.85:
        return f"{rng.randint(1, 12)}幢{rng.randint(1, 6)}0{rng.randint(1, 3)}室"
    return f"{rng.randint(1, 20)}号{rng.randint(1, 6)}0{rng.randint(1, 4)}室"


def g_address(rng, start=None):
    """A personal address; ``start`` = prov/city/county/town/road (random if None)."""
    if rng.random() < 0.08 and start is None:
        city, dist, towns, roads = _pick(rng, MUNICIPAL)
        t = rng.random()
        if t < 0.5:
            return f"{city}{dist}{_pick(rng, roads)}{rng.randint(1, 900)}弄{rng.randint(1, 80)}号{rng.randint(1, 22)}0{rng.randint(1, 4)}室"
        return f"{city}{dist}{_pick(rng, towns)}{_pick(rng, roads)}{rng.randint(1, 500)}号{rng.randint(1, 9)}0{rng.randint(1, 3)}室"
    prov, city, county, towns, villages, roads, estates = _pick(rng, GAZ)
    start = start or _pick(rng, ["prov", "prov", "city", "city", "county", "town"])
    head = {"prov": prov + city + county, "city": city + county, "county": county, "town": county if rng.random() < 0.3 else ""}[start]
    if start == "town":
        head = head + _pick(rng, towns)
    elif rng.random() < 0.6:
        head += _pick(rng, towns)
    form = rng.random()
    if form < 0.3:
        tail = f"{_pick(rng, villages)}{rng.randint(1, 15)}组{rng.randint(1, 120)}号" if rng.random() < 0.6 else f"{_pick(rng, villages)}{_pick(rng, ['上', '下', '东', '西', '新', '老'])}{_pick(rng, ['湾', '塘', '岭', '坞', '桥头'])}{rng.randint(1, 90)}号"
    elif form < 0.55:
        tail = f"{_pick(rng, roads)}{rng.randint(1, 999)}号{_pick(rng, estates)}{_house(rng)}"
    elif form < 0.8:
        tail = f"{_pick(rng, estates)}{_house(rng)}"
    else:
        tail = f"{_pick(rng, roads)}{rng.randint(1, 699)}号" + (f"附{rng.randint(1, 6)}号" if rng.random() < 0.3 else "")
    return head + tail


def g_address_div(rng):
    """A bare division (used only after an address cue)."""
    prov, city, county, towns, *_ = _pick(rng, GAZ)
    return _pick(rng, [prov + city + county, city + county, prov + city + county + _pick(rng, towns), county + _pick(rng, towns)])


def g_address_t(rng):
    r = rng.random()
    if r < 0.4:
        prov, city, county, towns, roads, estates = _pick(rng, TRAD_ADDR_MAINLAND)
        head = _pick(rng, [prov + city + county, city + county, county + _pick(rng, towns)])
        return head + f"{_pick(rng, roads)}{rng.randint(1, 600)}號{_pick(rng, estates)}{rng.randint(1, 30)}幢{rng.randint(1, 3)}單元{rng.randint(1, 18)}0{rng.randint(1, 4)}室"
    if r < 0.8:
        city, dist, roads = _pick(rng, TW_CITIES)
        s = f"{city}{dist}{_pick(rng, roads)}"
        if rng.random() < 0.6:
            s += f"{rng.randint(1, 300)}巷"
            if rng.random() < 0.5:
                s += f"{rng.randint(1, 30)}弄"
        s += f"{rng.randint(1, 200)}號{rng.randint(2, 15)}樓"
        if rng.random() < 0.4:
            s += f"之{rng.randint(1, 5)}"
        return s
    reg, dist, estate, block = _pick(rng, HK_ADDR)
    return f"{reg}{dist}{estate}{block}{rng.randint(1, 35)}樓{rng.randint(1, 40):02d}室"


def g_mobile_plain(rng):
    return _pick(rng, MOB_PFX) + "".join(str(rng.randrange(10)) for _ in range(8))


def g_mobile(rng):
    m = g_mobile_plain(rng)
    r = rng.random()
    if r < 0.45:
        return m
    if r < 0.57:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if r < 0.69:
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if r < 0.77:
        return "+86 " + m
    if r < 0.83:
        return "+86-" + m
    if r < 0.87:
        return "(+86)" + m
    if r < 0.91:
        return "+86 " + f"{m[:3]} {m[3:7]} {m[7:]}"
    if r < 0.94:
        return "0086" + m
    return fullwidth(m)


def g_landline(rng):
    code, n = _pick(rng, AREA)
    local = str(rng.randint(2, 8)) + "".join(str(rng.randrange(10)) for _ in range(n - 1))
    r = rng.random()
    if r < 0.4:
        s = f"{code}-{local}"
    elif r < 0.5:
        s = f"({code}){local}"
    elif r < 0.58:
        s = f"（{code}）{local}"
    elif r < 0.68:
        s = f"{code} {local}"
    elif r < 0.78:
        s = code + local
    elif r < 0.86:
        s = f"+86-{code[1:]}-{local}"
    elif r < 0.93 and n == 8:
        s = f"{code}-{local[:4]} {local[4:]}"
    else:
        s = f"{code}-{local}"
    if rng.random() < 0.12:
        s += _pick(rng, ["转", "-", "转"]) + str(rng.randint(800, 8899))
    return s


def _birth(rng, lo=1938, hi=2018):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def g_id_plain(rng, lo=1938, hi=2018):
    y, m, d = _birth(rng, lo, hi)
    body = _pick(rng, REGION6) + f"{y}{m:02d}{d:02d}" + f"{rng.randrange(1000):03d}"
    return body + id_check(body)


def g_id(rng):
    s = g_id_plain(rng)
    r = rng.random()
    if r < 0.7:
        return s if rng.random() < 0.7 or s[-1] != "X" else s[:-1] + "x"
    if r < 0.8:
        return f"{s[:6]} {s[6:14]} {s[14:]}"
    if r < 0.86:
        return f"{s[:6]}-{s[6:14]}-{s[14:]}"
    if r < 0.93:
        return fullwidth(s)
    # legacy 15-digit (no check digit)
    y, m, d = _birth(rng, 1940, 1979)
    return _pick(rng, REGION6) + f"{y % 100:02d}{m:02d}{d:02d}" + f"{rng.randrange(1000):03d}"


def g_card_plain(rng):
    if rng.random() < 0.65:
        body = _pick(rng, BINS19) + "".join(str(rng.randrange(10)) for _ in range(12))
    else:
        body = _pick(rng, BINS16) + "".join(str(rng.randrange(10)) for _ in range(9))
    return body + luhn_digit(body)


def g_card(rng):
    c = g_card_plain(rng)
    r = rng.random()
    if r < 0.55:
        return c
    if r < 0.8:
        return " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    if r < 0.9:
        return "-".join(c[i:i + 4] for i in range(0, len(c), 4))
    return fullwidth(c)


def g_uscc_plain(rng):
    head = _pick(rng, ["91", "91", "91", "92", "92", "93", "12", "11", "52", "51", "53", "31"]) + _pick(rng, REGION6)
    org = "".join(_pick(rng, "0123456789ABCDEFGHJKLMNPQRTUWXY" if i > 3 else "0123456789") for i in range(8))
    body = head + org + org_check(org)
    return body + uscc_check(body)


def g_uscc(rng):
    s = g_uscc_plain(rng)
    return fullwidth(s) if rng.random() < 0.08 else s


def g_email(rng):
    r = rng.random()
    sur, given = _pick(rng, PINYIN), _pick(rng, PINYIN_G)
    if r < 0.3:
        local = given + sur + str(rng.randint(1, 99))
    elif r < 0.5:
        local = f"{sur}.{given}"
    elif r < 0.7:
        local = str(rng.randint(10000, 999999))  # qq style, < 7 digits
    elif r < 0.85:
        local = f"{given}_{sur}{rng.randint(70, 99)}"
    else:
        local = f"{sur[0]}{given}+{_pick(rng, ['work', 'hz', 'sb'])}"
    s = f"{local}@{_pick(rng, MAIL_DOMAINS)}"
    return s.upper() if rng.random() < 0.04 else s


def g_ip(rng):
    if rng.random() < 0.2:
        r = rng.random()
        if r < 0.5:
            return "240e:" + ":".join(f"{rng.randrange(65536):x}" for _ in range(7))
        return f"2409:8a28:{rng.randrange(65536):x}::{rng.randrange(65536):x}"
    r = rng.random()
    if r < 0.35:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.55:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{_pick(rng, [36, 39, 42, 58, 60, 112, 115, 117, 121, 122, 183, 218, 220, 223])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def g_passport(rng):
    r = rng.random()
    if r < 0.55:
        return "E" + "".join(str(rng.randrange(10)) for _ in range(8))
    if r < 0.85:
        return "E" + _pick(rng, "ABCDEFGHJKLMNPQRSTUVWXY") + "".join(str(rng.randrange(10)) for _ in range(7))
    return "G" + "".join(str(rng.randrange(10)) for _ in range(8))


def g_permit(rng):
    if rng.random() < 0.6:
        return "C" + _pick(rng, "ABCDEFGHJKLMNPQRSTUVWXY") + "".join(str(rng.randrange(10)) for _ in range(7))
    return "C" + "".join(str(rng.randrange(10)) for _ in range(8))


def g_plate(rng):
    p = _pick(rng, PLATE_PROV)
    letter = _pick(rng, PLATE_LETTER[p])
    r = rng.random()
    if r < 0.15:
        tail = _pick(rng, "DF") + "".join(str(rng.randrange(10)) for _ in range(5))
    elif r < 0.2:
        tail = "".join(str(rng.randrange(10)) for _ in range(5)) + _pick(rng, "DF")
    else:
        tail = "".join(_pick(rng, PLATE_ALNUM) if i < 2 and rng.random() < 0.35 else str(rng.randrange(10)) for i in range(5))
    sep = _pick(rng, ["", "", "", "·", " "])
    return p + letter + sep + tail


def g_mrn(rng):
    r = rng.random()
    if r < 0.35:
        return "ZY" + str(rng.randint(2019, 2025)) + f"{rng.randrange(1000000):06d}"
    if r < 0.65:
        return str(rng.randint(1000000000, 9999999999))
    return "MZ" + f"{rng.randrange(100000000):08d}"


def g_dob(rng):
    y, m, d = _birth(rng, 1932, 2019)
    return _pick(rng, [f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m:02d}.{d:02d}", f"{y}/{m}/{d}", f"{y}{m:02d}{d:02d}", f"{y}年{m:02d}月"])


def g_fin(rng):
    r = rng.random()
    if r < 0.35:
        return f"{rng.randint(800, 9800)}元"
    if r < 0.55:
        return f"{rng.randint(1, 99)},{rng.randint(0, 999):03d}.{rng.randint(0, 99):02d}元"
    if r < 0.7:
        return f"{rng.randint(2, 180)}万元"
    if r < 0.85:
        return f"人民币{rng.randint(1000, 300000)}元"
    return f"¥{rng.randint(1000, 99999)}.{rng.randint(0, 99):02d}"


def g_trace(rng):
    k = rng.randint(2, 4)
    h = rng.randint(6, 17)
    parts = []
    for _ in range(k):
        m = rng.randint(0, 59)
        parts.append(f"{h:02d}:{m:02d}{_pick(rng, STATIONS + SPOTS)}")
        h += rng.randint(1, 3)
    return _pick(rng, ["→", "—", "，", "-"]).join(parts)


def g_health(rng):
    return _pick(rng, DISEASES)


def g_health_t(rng):
    return _pick(rng, TRAD_DISEASES)


# negatives
def n_date(rng):
    y, m, d = rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return _pick(rng, [f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}{m:02d}{d:02d}", f"{y}.{m}.{d}", f"{m}月{d}日", f"{y}年{m}月"])


def n_time(rng):
    h, mi = rng.randint(7, 22), rng.randint(0, 59)
    y, m, d = rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return _pick(rng, [f"{h:02d}:{mi:02d}", f"{h}时{mi}分", f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{rng.randint(0, 59):02d}", f"{h:02d}:{mi:02d}-{h + 1:02d}:{mi:02d}", f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{rng.randint(0, 59):02d}+08:00"])


def n_amount(rng):
    return _pick(rng, [f"{rng.randint(2, 500)}万元", f"{rng.randint(100, 50000)}元", f"{rng.randint(1, 99)}.{rng.randint(1, 9)}亿元", f"¥{rng.randint(10, 9999)}.00", f"{rng.randint(1, 999)},{rng.randint(0, 999):03d}元", f"{rng.randint(200, 2000)}元/人·月"])


def n_docno(rng):
    return _pick(rng, DOCNO_PFX) + f"〔{rng.randint(2015, 2025)}〕{rng.randint(1, 160)}号"


def n_case(rng):
    y = rng.randint(2019, 2025)
    court = _pick(rng, ["浙0502", "浙0503", "浙0521", "浙0522", "浙0523", "浙05", "浙0191"])
    kind = _pick(rng, ["民初", "执", "刑初", "行初", "民终", "执恢", "破申", "民特"])
    lb, rb = _pick(rng, [("（", "）"), ("(", ")")])
    return f"{lb}{y}{rb}{court}{kind}{rng.randint(1, 9999)}号"


def n_order(rng):
    y, m, d = rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return _pick(rng, [
        f"{y}{m:02d}{d:02d}{rng.randrange(10**8):08d}",
        f"GD{y}{m:02d}{d:02d}{rng.randrange(10000):04d}",
        f"HZ12345-{y}{m:02d}{d:02d}-{rng.randrange(10000):04d}",
        "".join(str(rng.randrange(10)) for _ in range(19)),
        f"WO-{y}-{rng.randrange(10**6):06d}",
        f"{y}{m:02d}{d:02d}{rng.randrange(10**6):06d}",
    ])


def n_tracking(rng):
    return _pick(rng, [
        "SF" + "".join(str(rng.randrange(10)) for _ in range(13)),
        "YT" + "".join(str(rng.randrange(10)) for _ in range(13)),
        "JT" + "".join(str(rng.randrange(10)) for _ in range(13)),
        "75" + "".join(str(rng.randrange(10)) for _ in range(12)),
        "EMS" + "".join(str(rng.randrange(10)) for _ in range(9)) + "CN",
    ])


def n_invoice(rng):
    return _pick(rng, ["".join(str(rng.randrange(10)) for _ in range(20)), f"{rng.randrange(10**8):08d}", f"0330{rng.randrange(10**8):08d}"])


def n_postcode(rng):
    return _pick(rng, ["313000", "313100", "313200", "313300", "313009", "310000", "314500", "200120", "213200"])


def n_hotline(rng):
    return _pick(rng, HOTLINES)


def n_version(rng):
    return _pick(rng, [f"v{rng.randint(1, 6)}.{rng.randint(0, 20)}.{rng.randint(0, 30)}", f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 40)}.{rng.randint(1000, 9999)}", f"V{rng.randint(1, 5)}.{rng.randint(0, 9)}", f"build {rng.randint(2023, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}.{rng.randint(1, 9)}", f"{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}-rc{rng.randint(1, 4)}"])


def n_number(rng):
    return _pick(rng, [f"{rng.randint(12, 9999)}户", f"{rng.randint(2, 900)}人次", f"{rng.randint(2, 98)}岁", f"{rng.randint(1, 9)}-{rng.randint(1, 6)}-{rng.randint(1000, 9999)}", f"{rng.randint(100000, 999999)}", f"第{rng.randint(1, 300)}期", f"{rng.randint(2, 99)}.{rng.randint(0, 9)}%", f"SN{rng.randint(10**7, 10**8 - 1)}", f"{rng.randint(1, 60)}平方米", f"{rng.randint(1000, 9999)}"])


def n_card_tail(rng):
    return f"{rng.randrange(10000):04d}"


def _fail_all(s):
    return not id_ok(s) and not uscc_ok(s) and not luhn_ok(s)


def n_bad_id(rng):
    while True:
        s = g_id_plain(rng)
        s = s[:17] + _pick(rng, [c for c in "0123456789X" if c != s[17]])
        if _fail_all(s):
            return s


def n_bad_uscc(rng):
    while True:
        s = g_uscc_plain(rng)
        s = s[:17] + _pick(rng, [c for c in USCC_AL if c != s[17]])
        if _fail_all(s):
            return s


def n_bad_card(rng):
    while True:
        s = g_card_plain(rng)
        s = s[:-1] + str((int(s[-1]) + rng.randint(1, 9)) % 10)
        if _fail_all(s):
            return s if rng.random() < 0.7 else " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def f_n(rng):  # unlabelled small count
    return str(rng.randint(2, 60))


SLOTS = {
    # entities
    "P": (g_person, "PERSON"), "PT": (g_person_t, "PERSON"),
    "A": (g_address, "CN_ADDRESS"), "AP": (lambda r: g_address(r, "prov"), "CN_ADDRESS"),
    "AC": (lambda r: g_address(r, "county"), "CN_ADDRESS"), "AW": (lambda r: g_address(r, "town"), "CN_ADDRESS"),
    "AD": (g_address_div, "CN_ADDRESS"), "AT": (g_address_t, "CN_ADDRESS"),
    "M": (g_mobile, "CN_MOBILE"), "MP": (g_mobile_plain, "CN_MOBILE"),
    "T": (g_landline, "CN_LANDLINE"), "ID": (g_id, "CN_RESIDENT_ID"), "IDP": (g_id_plain, "CN_RESIDENT_ID"),
    "SSN": (g_id_plain, "CN_SOCIAL_SECURITY"), "C": (g_card, "BANK_CARD"), "CP": (g_card_plain, "BANK_CARD"),
    "U": (g_uscc, "CN_USCC"), "UP": (g_uscc_plain, "CN_USCC"), "E": (g_email, "EMAIL_ADDRESS"), "IP": (g_ip, "IP_ADDRESS"),
    "PP": (g_passport, "CN_PASSPORT"), "HK": (g_permit, "CN_HK_MACAO_PERMIT"), "PL": (g_plate, "CN_LICENSE_PLATE"),
    "MR": (g_mrn, "CN_MEDICAL_RECORD"), "DOB": (g_dob, "DATE_OF_BIRTH"), "H": (g_health, "HEALTH_INFO"),
    "HT": (g_health_t, "HEALTH_INFO"), "FIN": (g_fin, "FINANCIAL_INFO"), "TR": (g_trace, "LOCATION_TRACE"),
    # negatives
    "d": (n_date, "~date"), "t": (n_time, "~time"), "amt": (n_amount, "~amount"), "doc": (n_docno, "~docno"),
    "case": (n_case, "~case"), "ord": (n_order, "~order"), "trk": (n_tracking, "~tracking"), "inv": (n_invoice, "~invoice"),
    "pc": (n_postcode, "~postcode"), "hot": (n_hotline, "~hotline"), "ver": (n_version, "~version"), "num": (n_number, "~number"),
    "tail": (n_card_tail, "~card_tail"), "bid": (n_bad_id, "~bad_id"), "bus": (n_bad_uscc, "~bad_uscc"), "bcd": (n_bad_card, "~bad_card"),
    "org": (lambda r: _pick(r, ORGS), "~org"), "orgT": (lambda r: _pick(r, TRAD_ORGS), "~org"), "room": (lambda r: _pick(r, ROOMS), "~room"),
    "road": (lambda r: _pick(r, ROADS), "~road"), "place": (lambda r: _pick(r, PLACES), "~place"),
    # unlabelled fillers
    "S": (g_surname, None), "ST": (g_surname_t, None), "n": (f_n, None),
}


def n_count(rng):
    return str(rng.randint(2, 9999))


def n_age(rng):
    return f"{rng.randint(1, 99)}岁"


def n_code(rng):
    return _pick(rng, [f"{rng.randint(1, 9)}-{rng.randint(1, 6)}-{rng.randint(1000, 9999)}", f"{rng.randint(10000, 99999)}", f"HZ{rng.randint(1000, 9999)}", f"{rng.randint(10**7, 10**8 - 1)}"])


def n_pct(rng):
    return f"{rng.randint(10, 80)}%"


SLOTS.update({"cnt": (n_count, "~number"), "age": (n_age, "~number"), "code": (n_code, "~number"), "pct": (n_pct, "~number")})

SIMP_TEMPLATES = [
    '户籍信息登记表⏎姓名：«P»⏎公民身份号码：«ID»⏎联系电话：«M»⏎户籍地址：«A»⏎登记日期：«d»',
    '«P»，男，«DOB»出生，身份证号码«ID»，现住«A»，联系方式«M»。',
    '经办人«P»于«d»受理«P»的低保申请，申请人家庭月收入«FIN»，致贫原因：«H»。',
    '12345工单«ord»：市民«S»女士（«M»）反映«road»附近夜间施工噪音扰民，请«org»于«t»前回复。',
    '【湖州市民卡】尊敬的用户，您尾号«tail»的市民卡已于«t»完成充值，如有疑问请致电«hot»。',
    'name,id_no,mobile,addr⏎«P»,«IDP»,«MP»,«A»⏎«P»,«IDP»,«MP»,«A»',
    '{"xm":"«P»","sfzh":"«IDP»","sjhm":"«MP»","jzdz":"«A»","djrq":"«d»"}',
    '2024-05-11 09:12:33 INFO login ok user=«E» ip=«IP» app=«ver»',
    '申请人«P»（身份证«ID»）于«d»提交公积金提取申请，收款账户«C»，开户行湖州银行。',
    '被申请人：«P»，住«A»，电话«T»。案号：«case»。',
    '当事人«P»驾驶«PL»小型轿车，在«road»与非机动车发生碰撞，事故时间«t»。',
    '兹证明«P»（身份证号：«ID»）系我单位在职职工，月均工资«FIN»，特此证明。⏎«org»⏎«d»',
    '转账记录：付款人«P»，付款卡号«C»，收款人«P»，金额«amt»，流水号«ord»。',
    '«P» «M» «A»',
    '市场主体登记：企业名称湖州«S»记食品商行，统一社会信用代码«U»，经营者«P»，联系电话«M»，经营场所见营业执照。',
    '依据«doc»，对«S»某作出罚款«amt»的行政处罚，处罚决定书已送达。',
    '«P»护照号码«PP»，往来港澳通行证«HK»，出境事由：探亲。',
    '入院记录⏎患者姓名：«P»  住院号：«MR»⏎入院诊断：«H»⏎联系人：«P»（女儿）«M»',
    '快递单«trk»，收件人«P»，«M»，收件地址«A»，邮编«pc»。',
    '协查通报：车牌号«PL»的车辆于«t»驶离«place»，车主«P»，手机«MP»。',
    '请«P»同志于«t»到«room»参加培训，联系人«P»，电话«T»。',
    '接群众«P»来电（«M»）：其父«P»患«H»，长期卧床，希望申请居家养老服务。',
    '【缴费提醒】«P»您好，您的社会保障号码«SSN»本年度城乡居民医保待缴费，缴费标准«amt»，详询«hot»。',
    '2023年度个人所得税汇算：纳税人«P»，纳税人识别号«IDP»，年度综合所得收入«FIN»，应退税额«FIN»。',
    '发件人：«E»⏎收件人：«E»⏎主题：关于«P»同志材料补正的函⏎附件中身份证号码«ID»的照片不清晰，请补传。',
    '«P»（«M»）说她家住«A»，孩子«P»在附近学校上学。',
    '民事起诉状⏎原告：«P»，女，«DOB»生，汉族，住«A»，公民身份号码«ID»，电话«M»。⏎被告：«P»，男，住«A»。',
    'ts=«t» level=WARN module=auth msg="password retry" uid=«E» src=«IP» client=«ver»',
    '走访记录：«d»，网格员«P»入户走访«P»家，其子«P»（«M»）在外务工，家中老人患«H»。',
    '«P»|«IDP»|«MP»|«CP»|«AD»',
    '退款申请：订单号«ord»，退款金额«amt»，退回原支付卡（尾号«tail»），持卡人«P»。',
    '出租房屋登记：房东«P»（«M»），承租人«P»，身份证«ID»，出租地址«A»，租期自«d»起。',
    '«P»的银行卡«C»已被冻结，冻结金额«FIN»，执行案号«case»。',
    '接种记录：受种者«P»，出生日期«DOB»，监护人«P»，联系电话«M»，接种单位«room»。',
    '我叫«P»，电话«M»，邮箱«E»，想咨询一下公积金贷款的事。',
    '【中通快递】您的快递«trk»已到驿站，取件码«code»，请于«t»前领取，咨询«T»。',
    '«org»公告：«t»在«room»召开听证会，案件当事人«P»及其代理人«P»应准时到场。',
    '法定代表人«P»，身份证号码«ID»，统一社会信用代码«U»，注册资本«amt»，成立日期«d»。',
    '驾驶人«P»，驾驶证号«IDP»，准驾车型C1，号牌号码«PL»，违法地点«road»，罚款«amt»。',
    '残疾人两项补贴申请：申请人«P»，残疾类别及等级：«H»，身份证号«ID»，发放账户«C»。',
    '医保报销单⏎参保人«P»  医保号«MR»⏎诊断«H»⏎本次医疗总费用«amt»，个人自付«FIN»。',
    '«d» 值班表：白班«P» «M»；夜班«P» «M»；带班领导«P» «T»。',
    '你好，我是«P»，我的手机号«M»，身份证«ID»，刚才办的业务能不能帮我撤销一下？',
    'type=tx card=«CP» amount=«amt» merchant=«org» time=«t» ref=«ord»',
    '«P»：身份证«IDP»，手机«MP»，车牌«PL»，登记于«d»。',
    '学生«P»，«DOB»出生，监护人«P»（«M»），家庭住址«A»，申请义务教育段入学。',
    '据«P»介绍，她丈夫«P»于«d»外出后失联，最后一次联系电话为«M»。',
    '收款单位：«org»⏎账号：«bcd»（请核对，系统校验未通过）⏎开户行：湖州银行',
    '投诉人«P»称在«org»购买的商品有质量问题，订单号«ord»，要求退款«amt»，联系电话«M»。',
    '申报人«P»，身份证号«ID»，来湖时间«d»，行程轨迹：«TR»。',
    '«P»于«d»领取临时救助金«FIN»，打入其本人账户«C»。',
    '护照申领：«P»，性别女，出生日期«DOB»，原护照号码«PP»，户籍所在地«AD»，手机«M»。',
    'IP «IP» 在 «t» 访问了系统，登录账号«E»，操作：导出人口信息«cnt»条。',
    '«S»师傅，您的车«PL»已维修完毕，费用«amt»，请到店提车。',
    '调解协议书⏎甲方：«P»，住«A»，身份证号«ID»⏎乙方：«P»，住«A»，身份证号«ID»⏎甲方一次性支付乙方赔偿款«FIN»。',
    '关于印发《湖州市公共数据共享管理办法》的通知（«doc»），请各单位于«d»前反馈，联系人«P»，«T»。',
    '执行通知书（«case»）：被执行人«P»，身份证号«ID»，应履行金额«FIN»。',
    '主诉：头晕一周。既往史：«H»。患者«P»，门诊号«MR»，家属电话«M»。',
    '«P»／«M»／«A»',
    '请问«T»是不是社保中心的电话？我是«P»，社保卡号«SSN»，想查一下缴费记录。',
    '收到，«P»的材料我已经转给«P»了，他的电话«MP»，你直接联系。',
    '物业通知：«AD»辖区内«d»停水，请业主«P»（«AC»）提前储水，客服«T»。',
    '乘客«P»（证件号«ID»）于«d»乘坐G7367次列车自湖州站至上海虹桥站，座位号05车12F。',
    '举报人：«P»  手机：«M»⏎被举报对象：湖州«S»氏建材商行（统一社会信用代码«U»）⏎举报事项：无证经营。',
    '个体工商户变更登记：经营者«P»，身份证号«ID»，统一社会信用代码«U»，变更后经营场所«A»。',
    '«P»因«H»于«d»在湖州市第一人民医院住院治疗，住院号«MR»，出院后需定期复查。',
    '姓名\t证件号码\t手机\t地址⏎«P»\t«IDP»\t«MP»\t«A»⏎«P»\t«IDP»\t«MP»\t«A»',
    '车主«P»，手机«M»，号牌«PL»，停放于«AD»某小区地下车库超过«cnt»天，物业报停车费«amt»。',
    '«P»出生于«DOB»，户籍在«AD»，现居住在«A»。',
    '捐款公示：«P»捐款«amt»，«P»捐款«amt»，合计«amt»。',
    '工作微信群：@«P» 你把«P»的手机号发我一下 / «MP» / 好的收到',
    '邀请函：诚邀«P»先生于«d»赴«place»参加数字政府论坛，会务联系«P»（«M»，«E»）。',
    '发票代码«inv»，发票号码«inv»，购方：«org»，金额«amt»，开票日期«d»。',
    '«P»的邮箱是«E»，备用邮箱«E»。',
    '服务器«IP»于«t»发生CPU告警，运维负责人«P»，值班手机«M»。',
    '经查，«P»（男，«DOB»出生，身份证«ID»）于«d»在«AD»某超市盗窃，涉案金额«amt»。',
    '被保险人«P»，证件号«ID»，保单号«ord»，出险时间«t»，理赔金额«FIN»，收款卡号«C»。',
    '{"name": "«P»", "phone": "«M»", "email": "«E»", "ip": "«IP»", "created_at": "«t»"}',
    '«P»的手机号码：«M»；«P»的手机号码：«M»。',
    '申请人«P»（港澳通行证号«HK»）申请办理赴港商务签注，签注有效期至«d»。',
    '住房保障资格审核：申请人«P»，配偶«P»，家庭人均月收入«FIN»，现住房地址«A»，审核结果：符合。',
    '欠薪投诉：投诉人«P»（«M»）反映«org»拖欠其«d»至今工资«FIN»，涉及农民工«cnt»人。',
    '«P»，«ID»，«M»，«A»，«d»',
    '学籍信息：学生«P»，身份证件号«IDP»，家长«P»，家长手机«M»。',
    '房屋买卖合同备案：出卖人«P»（身份证«ID»），买受人«P»（身份证«ID»），房屋坐落«A»，成交价«amt»。',
    '【湖州公安】«P»，您申请的居住证已制证完成，请携带身份证到«room»领取，咨询«hot»。',
    '核酸采样点信息：«place»共设«cnt»个采样点，服务时间«t»，不涉及个人信息。',
    '根据«doc»精神，«org»将于«d»在«place»召开现场会。',
    '«P»：你好，你的快递放在«A»门口了，单号«trk»。',
    '急救调度记录：呼救电话«M»，患者«P»，«age»，症状胸痛，送往湖州市中心医院，出车时间«t»。',
    '手机：«M» 姓名：«P» 身份证：«ID» 地址：«A»',
    '商户«UP»（«S»记小吃）在«d»抽检中不合格，罚款«amt»，依据«doc»。',
    '户主«P»，家庭成员：妻子«P»，儿子«P»，孙女«P»。承包地坐落«AW»。',
    'audit: actor=«E» action=export rows=«cnt» target=person_base ip=«IP» at=«t»',
    '«S»先生，您预约的«t»号源（心内科）已成功，就诊人«P»，就诊卡号«MR»。',
    '法律援助申请：申请人«P»，身份证«ID»，月收入«FIN»，案由：劳动争议，对方当事人«org»。',
    '银行流水摘要：«d» 工资 +«FIN» 余额«FIN» 账户«C» 户名«P»',
    '«P»  男  «age»  汉族  «A»  «M»',
    '«P»的车«PL»违停被拍，车主电话«M»。',
    '请«P»在收到本通知后«n»日内到«room»办理，逾期视为放弃。文号：«doc»。',
    '邮件签名：«P» | 湖州市大数据发展管理局 | 电话«T» | 邮箱«E»',
    '检举材料称，«P»利用其妻«P»的银行卡«C»收受他人财物«FIN»。',
    '参保登记：姓名«P»，社会保障号码«SSN»，参保险种：城镇职工养老保险，参保日期«d»。',
    '失业金申领：«P»，身份证«ID»，失业前单位«org»，领取标准«amt»，发放卡号«C»。',
    '调查笔录⏎问：你的基本情况？⏎答：我叫«P»，«DOB»出生，住«A»，手机号«M»。',
    '疫苗预约短信：«P»您好，您已预约«t»在«room»接种，请携带身份证«ID»。',
    '旅游投诉：游客«P»（«M»）投诉«place»某民宿，订单号«ord»，要求退还房费«amt»。',
    '«P»同志：工号«code»，办公电话«T»，手机«M»，邮箱«E»。',
    '关于«P»等«cnt»人申请低保的公示：«P»（«AC»），«P»（«AC»），公示期自«d»起«n»天，监督电话«T»。',
    '死亡医学证明：死者«P»，身份证号«ID»，死亡原因«H»，死亡日期«d»，申报人«P»（«M»）。',
    '结婚登记：男方«P»，身份证号«ID»；女方«P»，身份证号«ID»；登记日期«d»，登记机关«org»。',
    '«P»反映：我的手机«MP»一直收到贷款推销短信，发送号码«T»。',
    '危化品运输车辆«PL»，驾驶员«P»（«M»），押运员«P»，途经«road»，预计«t»抵达。',
    '«d»上午，«P»前往«org»办理营业执照，统一社会信用代码«U»。',
    '账户信息：户名«P»；卡号«C»；开户行：中国农业银行湖州分行；联行号«ord»。',
    '«P»，«M»，«E»',
    '身份证号«bid»核验失败，请«S»女士重新上传身份证照片。',
    '统一社会信用代码«bus»格式校验未通过（校验位错误），请企业«org»更正后重新提交。',
    '居住证申领：申领人«P»，身份证号码«ID»，居住地址«A»，房东«P»，房东电话«M»。',
    '【12345回复】您反映的«road»积水问题（工单号«ord»），已转«org»处理。联系人«P»，«T»。',
    '«P»在«d»的体检结果显示：«H»，建议到专科进一步诊治。体检编号«ord»。',
    '寄件人：«P» «M» «A»⏎收件人：«P» «M» «A»⏎运单号：«trk»',
    '会议纪要：参会人员«P»、«P»、«P»、«P»。会议在«room»召开，时间«d»。',
    '被监护人«P»，«DOB»生，精神残疾，监护人«P»（身份证«ID»，电话«M»）。',
    '«P»，你好！你在«org»的账户余额为«FIN»，本月公积金缴存«amt»。',
    '出境记录：«P»持护照«PP»于«t»经上海浦东机场出境。',
    'exportlog|«t»|«E»|«IP»|person_info|rows=«cnt»',
    '«P»（«ID»）系我村村民，家庭困难，特此证明。⏎«AW»村民委员会⏎«d»',
    '租车合同：承租人«P»，驾驶证号«ID»，租用车辆«PL»，押金«amt»，联系方式«M»。',
    '经营者«P»，店铺地址«A»，统一社会信用代码«U»，许可证编号«ord»。',
    '请把钱打到我卡上：«C»，«P»。',
    '病例讨论：患者«P»，«age»，门诊号«MR»，诊断«H»，主管医生«P»。',
    '«P»（手机尾号«tail»）的挂号已取消，预约编号«ord»。',
    '«AD»户籍人口«cnt»人，本次不涉及个人信息，数据来源«org»。',
    '社区矫正对象«P»，身份证«ID»，居住地«A»，矫正期限自«d»至«d»，手机«M»（定位监管）。',
    '«P»给«P»打电话（«M»），说房租«amt»已转到她卡«C»上。',
    '核查结论：«P»名下有车辆«PL»、«PL»，存款«FIN»，不符合特困供养条件。',
    '订单«ord»：下单人«P» «M»，配送地址«A»，备注：放门卫。',
    '门诊病历⏎姓名«P» 性别男 年龄«age»⏎病历号«MR»⏎初步诊断：«H»⏎医师：«P»',
    '税务登记：纳税人名称湖州«S»氏贸易有限公司，纳税人识别号«U»，办税人«P»（«M»）。',
    '«S»阿姨，您儿子«P»的电话是«M»吗？我们是社区的。',
    '无犯罪记录证明申请：申请人«P»，证件号码«ID»，用途：出国，护照号«PP»。',
    '设备上报：sn=«code» ip=«IP» gw=«IP» fw=«ver» ts=«t»',
    '«P»驾驶的«PL»在«road»超速«pct»，记«n»分，罚款«amt»。',
    '转学申请：学生«P»由«org»转入，家长«P»，联系电话«M»，现住址«A»。',
    '«P»于«d»在湖州市中心医院产下一女，婴儿名«P»，出生日期«DOB»，出生医学证明已签发。',
    '供暖补贴发放名单⏎序号,姓名,身份证号,金额⏎1,«P»,«IDP»,«amt»⏎2,«P»,«IDP»,«amt»',
    '来电人«S»先生称其«PL»车辆被刮，肇事车辆逃逸，来电号码«M»，接警时间«t»。',
    '企业年报：«org»，统一社会信用代码«U»，从业人数«cnt»人，营业总收入«amt»，联系人«P»，«T»。',
    '您好，我是«P»的女儿«P»，我爸身份证«ID»，他上个月的养老金«FIN»还没到账。',
    '员工花名册⏎«P» 工号«code» 手机«MP» 银行卡«CP»⏎«P» 工号«code» 手机«MP» 银行卡«CP»',
    '行政处罚决定书（«doc»）：当事人«P»，住所«A»，身份证号«ID»，罚款«amt»。',
    '线索：嫌疑人«P»使用手机«M»、微信绑定卡«C»，登录IP地址«IP»。',
    '«P»在«d»从«place»返湖，轨迹：«TR»，已纳入健康监测。',
    '公证书（«doc»）：兹证明«P»（身份证号«ID»）与«P»（身份证号«ID»）系母子关系。',
    '查询条件：sfzh=«IDP»&xm=«P»&page=«n»',
    '申请人«P»的家庭财产：存款«FIN»，房产一套（«A»），车辆一辆（«PL»）。',
    '«P»⏎«M»⏎«A»',
    '仲裁申请：申请人«P»，住«A»，电话«M»；被申请人«org»，统一社会信用代码«U»。',
    'POST /api/v2/person 200 «t» client=«IP» body={"mobile":"«MP»","idCard":"«IDP»"}',
    '旅客«P»于«d»入住«place»某酒店，证件类型：港澳通行证，证件号«HK»。',
    '«P»（«ID»）在«t»使用电子社保卡«SSN»进行了线上认证。',
    '防汛通知：«d»起«place»进入梅汛期，请各村于«t»前完成排查，值班电话«T»，防汛热线«hot»。',
    '«S»女士来信：我住«A»，楼下«S»某养狗扰民，我电话«M»。',
    '税务稽查：«P»隐匿收入«FIN»，补缴税款«amt»，滞纳金«amt»。稽查文书«doc»。',
    '客户：«P»⇥证件：«ID»⇥卡号：«C»⇥手机：«M»',
    '请于«d»前将«P»、«P»两位同志的身份证复印件及银行卡号报送至«E»。',
    '报警人«P»称«t»在«A»家中被盗现金«amt»，手机«M»。',
    '«P»同学：你已被«org»录取，准考证号«ord»，请于«d»报到。',
    '道路施工公告：«d»至«d»，«road»封闭施工，请绕行，咨询«T»。',
    '外卖订单：«P» «M» «A» 订单«ord»',
    '人事档案转递：«P»，«DOB»生，身份证«ID»，档案转至«org»。',
    '患者«P»，医保号«MR»，诊断«H»，本次住院统筹支付«amt»，个人负担«FIN»。',
    '招聘报名表 | 姓名：«P» | 出生年月：«DOB» | 手机：«M» | 邮箱：«E» | 现居：«AC»',
    '«P»的QQ邮箱«E»，手机«MP»，微信同号。',
    'IPv6 «IP» 在«t»尝试暴力破解，已封禁，处理人«P»。',
    '建设工程施工许可：建设单位«org»，项目负责人«P»（«M»），施工许可证编号«ord»，开工日期«d»。',
    '困难职工帮扶：«P»，妻子«P»患«H»，家庭年收入«FIN»，帮扶金额«amt»。',
    '«d» «t» 接«P»电话«T»，称其父«P»走失，身份证号«ID»，走失时穿蓝色外套。',
    '户籍迁移：«P»从«AD»迁入«A»，准迁证编号«ord»。',
    '营业执照遗失声明：湖州«S»氏餐饮店（统一社会信用代码«U»）营业执照正本遗失，声明作废。',
    '«P»,«M»,«E»,«IP»',
    '电梯困人：«t»，«A»电梯故障，被困人员«P»，报警电话«M»，救援时间«cnt»分钟。',
    '用户«P»（«M»）反馈：APP «ver»版本无法上传身份证照片。',
    '银行卡«C»（«P»）已绑定医保电子凭证，医保号«MR»。',
    '退役军人优待证申领：«P»，身份证号«ID»，入伍时间«d»，居住地«A»，手机«M»。',
    '«P»、«P»、«P»三人于«d»在«place»参加了志愿服务。',
    '«org»拟对«P»等«cnt»名同志进行公示，公示时间«d»至«d»，监督电话«T»，邮箱«E»。',
    '快递员：您好，«A»的«P»吗？您的件到了，电话«M»。',
    '«PL» «P» «M» 月租车位«amt»',
    '养老机构入住登记：老人«P»，«DOB»生，患«H»，紧急联系人«P»«M»。',
    '证件信息：护照«PP»（有效期至«d»），港澳通行证«HK»，持证人«P»。',
    '«P»的工资卡：«C»，本月实发«FIN»，个税«amt»。',
    'mail from «E» to «E» subject="材料" size=«cnt» ip=«IP»',
    '住所地：«AD»。法定代表人：«P»。统一社会信用代码：«U»。',
    '«P»在«org»办理了«d»的不动产登记，不动产权证号浙（2024）湖州市不动产权第«ord»号。',
    '网格上报：«AW»有群租现象，房东«P»（«M»），租客约«cnt»人。',
    '特殊人群随访：«P»，身份证«ID»，诊断«H»，监护人«P»«M»，随访日期«d»。',
    '您尾号«tail»的银行卡于«t»转入«amt»，余额«amt»。【湖州银行】',
    '我的车牌是«PL»，手机是«M»，麻烦帮我挪下车。',
    '市政府«room»召开«P»同志先进事迹报告会，出席人员约«cnt»人。',
    '«P»于«d»报案：其银行卡«C»被盗刷«FIN»，交易IP：«IP»。',
    '序号|姓名|身份证号|手机号|银行卡号⏎1|«P»|«IDP»|«MP»|«CP»⏎2|«P»|«IDP»|«MP»|«CP»⏎3|«P»|«IDP»|«MP»|«CP»',
    '联系人：«P»，手机«M»／«M»，座机«T»',
    '核验记录：«P» 身份证«bid» 结果：校验位不符；«P» 身份证«ID» 结果：一致',
    'xm=«P»;sfz=«IDP»;tel=«MP»;card=«CP»;ip=«IP»',
    '批量导入失败行：第«n»行 证件号«bid»（校验错误），第«n»行 卡号«bcd»（校验错误）',
    '企业联络员备案：«P»，身份证«ID»，手机«M»，邮箱«E»，企业统一社会信用代码«U»。',
    '紧急联系人1：«P» «M»；紧急联系人2：«P» «M»；本人：«P» «M»',
    '“浙里办”实名认证：«P» «ID» «M» 认证时间«t» 设备IP «IP»',
    '乘车人«P»，证件«ID»，同行«P»，证件«ID»，订单«ord»，联系电话«M»。',
    '信用修复申请：«org»（统一社会信用代码«U»）因«doc»被列入经营异常名录，联系人«P»«M»。',
    '«P»，男，«DOB»出生，身份证«ID»；«P»，女，«DOB»出生，身份证«ID»。系夫妻关系。',
    '开户资料：户名«P» 卡号«C» 预留手机«M» 证件号«ID»',
    '收款方：«P»，卡号«bcd»，提示：卡号有误，请核对后重新录入。',
    '{"applicant":{"name":"«P»","idNo":"«IDP»","mobile":"«MP»"},"bank":{"cardNo":"«CP»"},"orderId":"«ord»"}',
    '车辆登记：号牌«PL»，所有人«P»，身份证«ID»，住址«A»，电话«M»。',
    '湖州«S»氏家庭农场：统一社会信用代码«U»，经营者«P»（«M»），流转土地«cnt»亩。',
    '«P»（«M»）和«P»（«M»）都在«AW»务工，家里只剩老人«P»。',
    '出入境人员：«P» 护照«PP» 手机«M»；«P» 通行证«HK» 手机«M»',
    '营业执照号«bus»与系统登记的统一社会信用代码«U»不一致，请经营者«P»说明。',
    '姓名,性别,公民身份号码,联系电话,现住址⏎«P»,男,«IDP»,«MP»,«A»⏎«P»,女,«IDP»,«MP»,«A»⏎«P»,女,«IDP»,«MP»,«A»',
    '收件人«P»（«M»），寄件人«P»（«M»），寄件地址«A»，收件地址«A»。',
    '法人：«P» «ID» «M»｜企业：«U»｜开户：«C»',
    '«IDP»\t«P»\t«MP»\t«AC»',
    '承租人«P»，身份证«ID»，手机«M»；共同居住人«P»，身份证«ID»，手机«M»；房屋«A»。',
    '[«t»] user «E» from «IP» exported idcard «IDP» and phone «MP»',
    '助学金发放：学生«P»，身份证«ID»，家长«P»，银行卡«C»，家庭住址«A»，金额«amt»。',
    '被执行人名单：«P»（«ID»）、«P»（«ID»）、«P»（«ID»），执行法院«org»。',
    '报名回执｜«P»｜«ID»｜«M»｜«E»｜«A»',
    '车主：«P»，电话：«M»，车牌：«PL»，车架号后六位«num»，住址：«A»',
    '社保待遇发放：«P»，社会保障号码«SSN»，发放银行卡«C»，月养老金«FIN»。',
    '抵押登记：抵押人«P»（«ID»），抵押权人湖州银行，抵押物坐落«A»，担保金额«amt»。',
    '我身份证«ID»，银行卡«C»，手机«M»，帮我查下补贴为什么没到。',
    '«P» «IDP» «MP» «E» «IP»',
    '户主«P»（«ID»）户内人员：«P»（«ID»）、«P»（«ID»），户籍地址«A»。',
    '客服工单：用户«P»，注册手机«M»，邮箱«E»，最近登录IP：«IP»，问题：无法实名。',
    '出警记录：报警人«P»«M»，当事人«P»«M»，事发地«A»，车辆«PL»与«PL»刮擦。',
    '授权委托书：委托人«P»（身份证号«ID»），受托人«P»（身份证号«ID»，电话«M»），代为办理«AD»房产过户。',
    '外籍及港澳人员登记：«P»，港澳通行证«HK»，手机«M»，住宿地址«A»。',
    '护照«PP»，持照人«P»，手机«M»，紧急联系人«P»«M»，住址«A»。',
    '工资发放明细：«P» «CP» «FIN»；«P» «CP» «FIN»；«P» «CP» «FIN»',
    '疫情流调：«P»，身份证«ID»，手机«M»，住«A»，活动轨迹«TR»。',
    '企业变更：原法定代表人«P»（«M»），新法定代表人«P»（«ID»），统一社会信用代码«U»，住所«A»。',
    '{"owner":"«P»","plate":"«PL»","phone":"«MP»","addr":"«A»","idNo":"«IDP»"}',
]

TRAD_TEMPLATES = [
    '申請人«PT»，身分證號碼«ID»，聯絡電話«M»，戶籍地址«AT»，申請日期«d»。',
    '«PT»（行動電話«M»）於«d»來電反映：其母«PT»罹患«HT»，需申請長期照顧服務。',
    '住址：«AT»⏎姓名：«PT»⏎電子郵件：«E»',
    '客戶«PT»，卡號«C»，本期應繳金額«amt»，繳款截止日«d»，客服專線«hot»。',
    '陳情書⏎陳情人：«PT»⏎地址：«AT»⏎電話：«T»⏎事由：鄰居«ST»先生長期噪音擾民。',
    '«PT»持港澳通行證«HK»於«t»經羅湖口岸入境，隨行人員«PT»（護照«PP»）。',
    '病歷號碼«MR»，病患«PT»，診斷：«HT»，主治醫師«PT»。',
    '«PT»先生您好，您於«d»申請的補助款«FIN»已匯入您的帳戶«C»。',
    '訂單«ord»：收件人«PT»，手機«M»，地址«AT»，物流單號«trk»。',
    '經查«PT»（身分證«ID»）名下存款«FIN»，另有車輛«PL»一部。',
    '«orgT»通知：請«PT»於«t»至«room»辦理，逾期不候。',
    '會員資料｜«PT»｜«MP»｜«E»｜«AT»',
    '«PT»於«d»在«AT»家中跌倒，送醫後診斷為«HT»，家屬«PT»聯絡電話«M»。',
    '報案紀錄：報案人«PT»，電話«M»，稱其機車於«t»在«place»失竊。',
    '«PT»與«PT»於«d»辦理結婚登記，男方身分證«ID»，女方身分證«ID»。',
    '統一社會信用代碼«U»，企業名稱湖州«ST»氏貿易有限公司，負責人«PT»，電話«T»。',
    '薪資單：員工«PT»，本月實發薪資«FIN»，匯入帳號«C»。',
    '旅客«PT»（«M»）投訴«place»某飯店，訂房編號«ord»，要求退款«amt»。',
    '«PT»：我搬家了，新地址是«AT»，電話不變«M»。',
    '居留申請：申請人«PT»，出生日期«DOB»，護照號碼«PP»，在湖住址«A»。',
    '登入紀錄 user=«E» ip=«IP» time=«t» 版本«ver»',
    '法院通知（«case»）：原告«PT»，被告«PT»，住«AT»，開庭時間«t»，地點«room»。',
    '«PT»的監護人«PT»（身分證«ID»，電話«M»）同意其參加«d»的校外活動。',
    '匯款通知：«PT»於«t»匯出«FIN»至«PT»帳戶«C»，手續費«amt»。',
]

# Traditional templates interleaved (about one in ten)
TEMPLATES = []
_t = list(TRAD_TEMPLATES)
for _i, _tpl in enumerate(SIMP_TEMPLATES):
    TEMPLATES.append(_tpl)
    if _i % 9 == 8 and _t:
        TEMPLATES.append(_t.pop(0))
TEMPLATES.extend(_t)


# ---------------------------------------------------------------- engine
SLOT_RE = re.compile(r"«([A-Za-z]+)(?:#(\d+))?»")


def fill(template: str, rng: random.Random):
    template = template.replace("⏎", "\n").replace("⇥", "\t")
    text, ents, negs, cache, pos = [], [], [], {}, 0
    length = 0
    for m in SLOT_RE.finditer(template):
        lit = template[pos:m.start()]
        text.append(lit)
        length += len(lit)
        name, key = m.group(1), m.group(2)
        gen, label = SLOTS[name]
        if key is not None and (name, key) in cache:
            val = cache[(name, key)]
        else:
            val = gen(rng)
            if key is not None:
                cache[(name, key)] = val
        start, end = length, length + len(val)
        if label is None:
            pass
        elif label.startswith("~"):
            negs.append({"kind": label[1:], "start": start, "end": end, "_v": val})
        else:
            ents.append({"type": label, "start": start, "end": end, "_v": val})
        text.append(val)
        length = end
        pos = m.end()
    text.append(template[pos:])
    return "".join(text), ents, negs


def generate() -> list[dict]:
    rng = random.Random(SEED)
    templates = TEMPLATES
    docs = []
    for i in range(N_DOCS):
        ti = i % len(templates)
        text, ents, negs = fill(templates[ti], rng)
        docs.append({"id": f"heldout13-{i:05d}", "text": text, "entities": ents, "negatives": negs,
                     "source": f"template:heldout13:{ti}"})
    return docs


def strip(docs):
    out = []
    for d in docs:
        out.append({"id": d["id"], "text": d["text"],
                     "entities": [{"type": e["type"], "start": e["start"], "end": e["end"]} for e in d["entities"]],
                     "negatives": [{"kind": n["kind"], "start": n["start"], "end": n["end"]} for n in d["negatives"]],
                     "source": d["source"]})
    return out


def entity_types() -> set[str]:
    types, inside = set(), False
    for line in ENTITIES_YAML.read_text(encoding="utf-8").splitlines():
        if line.startswith("entities:"):
            inside = True
            continue
        m = re.match(r"\s+([A-Z_]+):\s*\{", line)
        if inside and m:
            types.add(m.group(1))
    return types


def _alnum(c: str) -> bool:
    return c.isascii() and c.isalnum()


def validate(docs) -> None:
    types = entity_types()
    assert len(types) >= 19, types
    assert len(docs) == N_DOCS, len(docs)
    ids = set()
    for d in docs:
        text = d["text"]
        assert d["id"] not in ids, d["id"]
        ids.add(d["id"])
        assert re.fullmatch(r"template:heldout13:\d+", d["source"]), d["source"]
        spans = []
        for e in d["entities"]:
            t, s, x = e["type"], e["start"], e["end"]
            assert t in types and t != "ORGANIZATION", (d["id"], t)
            assert 0 <= s < x <= len(text), (d["id"], e)
            v = text[s:x]
            if "_v" in e:
                assert v == e["_v"], (d["id"], v, e["_v"])
            assert v == v.strip(), (d["id"], v)
            if t in ("CN_RESIDENT_ID", "CN_SOCIAL_SECURITY"):
                n = norm(v).upper()
                assert (len(n) == 15 and n.isdigit() and t == "CN_RESIDENT_ID") or id_ok(n), (d["id"], t, v)
            if t == "CN_USCC":
                assert uscc_ok(v), (d["id"], v)
                org = norm(v).upper()[8:17]
                assert org_check(org[:8]) == org[8], (d["id"], v)
            if t == "BANK_CARD":
                assert luhn_ok(v), (d["id"], v)
            spans.append((s, x, t))
        for n in d["negatives"]:
            k, s, x = n["kind"], n["start"], n["end"]
            assert 0 <= s < x <= len(text), (d["id"], n)
            v = text[s:x]
            if "_v" in n:
                assert v == n["_v"], (d["id"], v, n["_v"])
            if k in ("bad_id", "bad_uscc", "bad_card"):
                assert _fail_all(v), (d["id"], k, v)
            spans.append((s, x, "~" + k))
        spans.sort()
        for (s1, x1, t1), (s2, x2, t2) in zip(spans, spans[1:]):
            assert x1 <= s2, (d["id"], "overlap", text[s1:x1], t1, text[s2:x2], t2)
        for s, x, t in spans:
            assert not (s > 0 and _alnum(text[s - 1]) and _alnum(text[s])), (d["id"], "start inside alnum run", t, text[max(0, s - 5):x])
            assert not (x < len(text) and _alnum(text[x - 1]) and _alnum(text[x])), (d["id"], "end inside alnum run", t, text[s:x + 5])
        for m in re.finditer(r"[0-9０-９]{7,}", text):
            assert any(s <= m.start() and m.end() <= x for s, x, _ in spans), (d["id"], "unlabelled digit run", m.group())


def main() -> None:
    docs = generate()
    validate(docs)
    clean = strip(docs)
    validate(clean)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for d in clean:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert back == clean
    validate(back)
    from collections import Counter
    ec = Counter(e["type"] for d in back for e in d["entities"])
    nc = Counter(n["kind"] for d in back for n in d["negatives"])
    structured = {"CN_RESIDENT_ID", "CN_MOBILE", "CN_LANDLINE", "CN_USCC", "BANK_CARD", "EMAIL_ADDRESS", "IP_ADDRESS",
                  "CN_PASSPORT", "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE", "CN_SOCIAL_SECURITY", "CN_MEDICAL_RECORD"}
    print(f"{len(back)} documents, {len(TEMPLATES)} templates ({len(TRAD_TEMPLATES)} Traditional) -> {OUT}")
    print(f"entities {sum(ec.values())} (structured {sum(v for k, v in ec.items() if k in structured)}):", dict(ec.most_common()))
    print(f"negatives {sum(nc.values())}:", dict(nc.most_common()))


if __name__ == "__main__":
    main()
