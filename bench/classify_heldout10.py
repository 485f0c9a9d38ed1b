"""Tenth held-out family: a blind, template-generated corpus for the Chinese personal-information
detector (tests/classify/data/heldout10_generated.jsonl).

Written by an author who read only entities.yaml, standards.md, the city's plan, the corpus
README, the check-digit helpers of bench/classify_values.py and the format functions of
bench/classify_corpus.py, and who ran no detector on it. Templates, value pools (surnames, given
names, places, roads, estates, villages, BINs, area codes, e-mail domains) and the generator are
all here, apart from every other family; only the check digits (GB 11643, GB 32100, Luhn) and the
full-width mapping come from bench/classify_values.py.

    .venv/bin/python -m bench.classify_heldout10      # write the file and print the label counts

Template slots are written «KEY» or «KEY:variant» (guillemets, so JSON braces in a template stay
literal); a key starting with ``~`` is a hard negative of that kind.
"""

from __future__ import annotations

import ipaddress
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from bench import classify_values as V

FAMILY = "heldout10"
SEED = 10_052_031
N_DOCS = 2000
DATA = Path(__file__).resolve().parents[1] / "tests" / "classify" / "data"
OUTPUT = DATA / "heldout10_generated.jsonl"
ENTITIES_YAML = Path("/work/shared/design/entities.yaml")

_SLOT = re.compile(r"«(~?[A-Za-z_]+)(?::([A-Za-z0-9]+))?»")

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

SURNAMES_COMMON = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
                       "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
                       "毛郝龚邵万钱严覃武戴莫孔向汤")
# common in Zhejiang, rarer nationally
SURNAMES_ZHEJIANG = list("俞楼应闻虞童骆裘竺舒柴鲍岑诸斯屠邬翁缪单濮寿茅干卓郎包芦娄倪胥")
SURNAMES_RARE = list("仉笪訾逄殳亓禚厍璩眭庹卯冼隗谌晏靳粟佴郗蒯勾滑鄢丛栾蔺荀甄邝麴")
SURNAMES_COMPOUND = ["慕容", "皇甫", "端木", "公孙", "夏侯", "尉迟", "澹台", "呼延", "拓跋", "独孤", "钟离",
                     "左丘", "东郭", "西门", "南宫", "百里", "太史", "轩辕", "令狐", "闻人", "申屠", "欧阳", "诸葛"]
GIVEN_OLDER = ["建国", "国庆", "秀英", "桂英", "玉兰", "凤英", "德胜", "福生", "阿根", "金宝", "根娣", "杏娣",
               "金娣", "水根", "阿毛", "卫东", "爱华", "红旗", "援朝", "解放", "跃进", "淑珍", "素芬", "桂花",
               "长根", "小妹", "招娣", "荣发", "炳章", "月娥", "雪珍", "阿福", "林根", "宝根", "彩凤"]
GIVEN_MIDDLE = ["伟", "勇", "军", "敏", "静", "丽", "强", "磊", "洋", "艳", "芳", "燕", "海峰", "建华", "晓东",
                "丽娟", "红梅", "春燕", "志强", "海燕", "文斌", "雪芬", "国平", "建平", "玲玲", "晓燕", "卫国",
                "利民", "伟民", "立新", "海波", "剑锋", "美娟", "晓红", "永明", "秋萍", "慧敏", "建军", "亚芬",
                "国强", "宏伟", "小军", "俊杰", "丹丹", "莉莉", "雪梅", "振宇", "鹏飞", "晓峰", "佳琪"]
GIVEN_YOUNGER = ["子涵", "梓萱", "浩然", "宇轩", "欣怡", "诗涵", "一诺", "梓睿", "沐阳", "若汐", "锦程", "思远",
                 "嘉懿", "俊熙", "语桐", "芷若", "承泽", "依诺", "昊天", "雨桐", "梓豪", "可馨", "安琪", "皓轩",
                 "铭泽", "悦", "然", "朵朵", "奕辰", "星辰", "书瑶", "睿", "子墨", "晨曦", "梦琪", "天佑"]
MINORITY_NAMES = [
    # Tibetan
    "扎西顿珠", "次仁卓玛", "格桑拉姆", "达瓦次仁", "洛桑平措", "央金卓嘎", "索朗旺堆", "德吉央宗", "尼玛次仁", "边巴普赤",
    # Mongolian
    "巴特尔", "其其格", "乌云高娃", "额尔敦巴特尔", "苏日娜", "宝音图", "那仁花", "朝鲁门", "斯琴高娃", "图门吉日嘎拉",
    # Uyghur and Kazakh, with the middle dot
    "阿不都热合曼·买买提", "古丽米拉·艾买提", "艾尔肯·吐尔逊", "热依拉·阿不都拉", "麦麦提江·吾斯曼",
    "阿依努尔·卡德尔", "努尔麦麦提·托合提", "帕提古丽·热合曼", "叶尔兰·努尔兰", "阿力木江·买合木提",
    # Yi
    "吉克阿依", "阿牛木呷", "沙马拉格",
]
TRAD_SURNAMES = ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪", "曾",
                 "邱", "廖", "賴", "周", "葉", "蘇", "莊", "呂", "江", "何", "蕭", "羅", "高", "潘", "簡", "朱",
                 "鍾", "游", "彭", "詹", "胡", "施", "沈", "余", "盧", "梁", "趙", "顏", "柯", "翁", "魏", "孫",
                 "戴", "范", "方", "宋", "鄧", "杜", "傅", "侯", "曹", "薛", "丁", "卓", "阮", "馬", "董", "溫",
                 "唐", "藍", "蔣", "石", "古", "紀", "姚", "連", "馮", "歐陽", "司徒", "麥", "區", "鄺", "譚"]
TRAD_GIVEN = ["志明", "淑芬", "美玲", "建國", "麗華", "家豪", "雅婷", "宗翰", "怡君", "俊傑", "佩珊", "冠宇",
              "承恩", "欣妤", "家瑋", "詩涵", "玉蘭", "秀鳳", "金龍", "阿嬌", "文雄", "惠美", "國華", "春嬌",
              "耀祖", "偉誠", "綺雯", "嘉欣", "詠琪", "浩賢", "曉東", "麗娟", "紅梅", "鳳英", "德勝", "寶根",
              "海燕", "振宇", "鵬飛", "靜", "偉", "敏"]


def person(rng: random.Random, variant: str | None = None) -> str:
    if variant == "m":
        return rng.choice(MINORITY_NAMES)
    if variant == "t":
        return rng.choice(TRAD_SURNAMES) + rng.choice(TRAD_GIVEN)
    r = rng.random()
    if variant == "c" or (variant is None and r < 0.07):
        surname = rng.choice(SURNAMES_COMPOUND)
    elif variant == "r" or (variant is None and r < 0.13):
        surname = rng.choice(SURNAMES_RARE)
    elif variant is None and r < 0.27:
        surname = rng.choice(SURNAMES_ZHEJIANG)
    else:
        surname = rng.choice(SURNAMES_COMMON)
    if variant is None and rng.random() < 0.04:
        return rng.choice(MINORITY_NAMES)
    pool = {"o": GIVEN_OLDER, "y": GIVEN_YOUNGER}.get(variant or "") or \
        rng.choice([GIVEN_OLDER, GIVEN_MIDDLE, GIVEN_MIDDLE, GIVEN_YOUNGER])
    return surname + rng.choice(pool)


# ---------------------------------------------------------------------------------------------
# Places: province | city | county | towns | GB/T 2260 code (for resident IDs) | style
# style: "" ordinary, "im" Inner Mongolia (苏木/嘎查), "bj" Beijing hutong, "sh" Shanghai lanes,
#        "xj" Xinjiang (numbered villages)
# ---------------------------------------------------------------------------------------------

_GAZETTEER = """
浙江省|湖州市|吴兴区|织里镇 月河街道 爱山街道 八里店镇 妙西镇|330502|
浙江省|湖州市|南浔区|练市镇 双林镇 菱湖镇 旧馆街道|330503|
浙江省|湖州市|德清县|武康街道 新市镇 乾元镇 禹越镇|330521|
浙江省|湖州市|长兴县|雉城街道 泗安镇 和平镇 夹浦镇 水口乡|330522|
浙江省|湖州市|安吉县|递铺街道 孝丰镇 天荒坪镇 杭垓镇 上墅乡|330523|
浙江省|杭州市|西湖区|转塘街道 蒋村街道 留下街道|330106|
浙江省|杭州市|余杭区|仓前街道 良渚街道 径山镇|330110|
浙江省|杭州市|桐庐县|分水镇 富春江镇 莪山畲族乡|330122|
浙江省|杭州市|淳安县|千岛湖镇 威坪镇 汾口镇|330127|
浙江省|宁波市|鄞州区|首南街道 姜山镇 咸祥镇|330212|
浙江省|宁波市|象山县|石浦镇 丹西街道 鹤浦镇|330225|
浙江省|温州市|鹿城区|五马街道 藤桥镇|330302|
浙江省|温州市|瑞安市|塘下镇 安阳街道 马屿镇|330381|
浙江省|温州市|苍南县|灵溪镇 钱库镇 金乡镇|330327|
浙江省|嘉兴市|海宁市|许村镇 硖石街道 长安镇|330481|
浙江省|嘉兴市|桐乡市|乌镇镇 濮院镇 梧桐街道|330483|
浙江省|绍兴市|诸暨市|枫桥镇 暨阳街道 店口镇|330681|
浙江省|绍兴市|嵊州市|甘霖镇 剡湖街道 崇仁镇|330683|
浙江省|金华市|义乌市|稠城街道 佛堂镇 苏溪镇|330782|
浙江省|金华市|东阳市|横店镇 吴宁街道 南马镇|330783|
浙江省|衢州市|江山市|贺村镇 虎山街道 廿八都镇|330881|
浙江省|台州市|温岭市|泽国镇 太平街道 石塘镇|331081|
浙江省|台州市|天台县|平桥镇 始丰街道 街头镇|331023|
浙江省|丽水市|景宁畲族自治县|鹤溪街道 英川镇 渤海镇|331127|
浙江省|丽水市|龙泉市|八都镇 龙渊街道 安仁镇|331181|
浙江省|舟山市|岱山县|高亭镇 衢山镇 东沙镇|330921|
江苏省|苏州市|吴江区|盛泽镇 震泽镇 松陵街道|320509|
江苏省|徐州市|沛县|龙固镇 沛城街道 敬安镇|320322|
江苏省|盐城市|阜宁县|益林镇 阜城街道|320923|
安徽省|阜阳市|临泉县|杨桥镇 城关街道 姜寨镇|341221|
安徽省|宣城市|广德市|桃州镇 新杭镇 誓节镇|341882|
安徽省|六安市|霍邱县|城关镇 临水镇 周集镇|341522|
江西省|上饶市|鄱阳县|鄱阳镇 田畈街镇 谢家滩镇|361128|
江西省|赣州市|于都县|贡江镇 银坑镇 罗坳镇|360731|
河南省|周口市|郸城县|汲冢镇 洺北街道 石槽镇|411625|
河南省|信阳市|固始县|三河尖镇 蓼城街道 陈淋子镇|411525|
湖北省|黄冈市|蕲春县|漕河镇 横车镇 蕲州镇|421126|
湖南省|永州市|祁阳市|浯溪街道 白水镇 黄泥塘镇|431181|
湖南省|湘西土家族苗族自治州|吉首市|乾州街道 矮寨镇 马颈坳镇|433101|
四川省|南充市|仪陇县|新政镇 金城镇 马鞍镇|511324|
四川省|凉山彝族自治州|昭觉县|新城镇 竹核乡 四开乡|513431|
贵州省|毕节市|威宁彝族回族苗族自治县|草海镇 六桥街道 金钟镇|520526|
贵州省|黔东南苗族侗族自治州|从江县|丙妹镇 贯洞镇 高增乡|522633|
云南省|大理白族自治州|大理市|下关街道 喜洲镇 大理镇|532901|
云南省|昭通市|镇雄县|乌峰街道 泼机镇 以勒镇|530627|
广西壮族自治区|桂林市|龙胜各族自治县|龙脊镇 龙胜镇 三门镇|450328|
广西壮族自治区|玉林市|博白县|博白镇 水鸣镇 龙潭镇|450923|
广东省|湛江市|雷州市|客路镇 雷城街道 调风镇|440882|
广东省|揭阳市|普宁市|流沙东街道 洪阳镇 占陇镇|445281|
福建省|泉州市|安溪县|龙门镇 凤城镇 蓬莱镇|350524|
福建省|莆田市|仙游县|榜头镇 鲤城街道 枫亭镇|350322|
山东省|临沂市|沂南县|界湖街道 苏村镇 双堠镇|371321|
山东省|菏泽市|曹县|大集镇 曹城街道 庄寨镇|371721|
河北省|邯郸市|魏县|车往镇 魏城镇 牙里镇|130434|
山西省|吕梁市|临县|临泉镇 白文镇 三交镇|141124|
陕西省|汉中市|城固县|博望街道 上元观镇 原公镇|610722|
甘肃省|临夏回族自治州|东乡族自治县|锁南镇 达板镇 河滩镇|622926|
甘肃省|天水市|秦安县|兴国镇 莲花镇 西川镇|620522|
青海省|海东市|互助土族自治县|威远镇 丹麻镇 五十镇|630223|
宁夏回族自治区|固原市|西吉县|吉强镇 兴隆镇 将台堡镇|640422|
吉林省|延边朝鲜族自治州|延吉市|进学街道 依兰镇 朝阳川镇|222401|
黑龙江省|绥化市|海伦市|海北镇 伦河镇 共合镇|231283|
辽宁省|丹东市|宽甸满族自治县|宽甸镇 灌水镇 永甸镇|210624|
海南省|儋州市||那大镇 白马井镇 和庆镇|460400|
西藏自治区|日喀则市|桑珠孜区|城南街道 江当乡 聂日雄乡|540202|
新疆维吾尔自治区|喀什地区|疏附县|托克扎克镇 兰干乡 塔什米里克乡|653121|xj
新疆维吾尔自治区|伊犁哈萨克自治州|伊宁县|吉里于孜镇 墩麻扎镇 英塔木镇|654021|xj
内蒙古自治区|赤峰市|巴林左旗|林东镇 哈拉哈达镇 查干哈达苏木|150422|im
内蒙古自治区|鄂尔多斯市|鄂托克旗|乌兰镇 阿尔巴斯苏木 苏米图苏木|150624|im
内蒙古自治区|锡林郭勒盟|正蓝旗|上都镇 桑根达来镇 那日图苏木|152530|im
|重庆市|云阳县|青龙街道 双江街道 南溪镇|500235|
|上海市|闵行区|七宝镇 梅陇镇 江川路街道|310112|sh
|北京市|西城区|什刹海街道 德胜街道|110102|bj
|天津市|河西区|友谊路街道 大营门街道|120103|
"""


def _parse_gazetteer(text: str) -> list[dict]:
    rows = []
    for line in text.strip().splitlines():
        prov, city, county, towns, code, style = line.split("|")
        rows.append({"p": prov, "c": city, "d": county, "towns": towns.split(), "code": code, "style": style})
    return rows


GAZETTEER = _parse_gazetteer(_GAZETTEER)
ZHEJIANG = [g for g in GAZETTEER if g["p"] == "浙江省"]
ELSEWHERE = [g for g in GAZETTEER if g["p"] != "浙江省"]
REGION_CODES = [g["code"] for g in GAZETTEER] + ["330502", "330503", "330521", "330522", "330523"] * 4

ROAD_STEMS = ["凤凰", "红旗", "青年", "湖滨", "环城北", "文昌", "建设西", "劳动", "胜利", "望江", "迎宾", "滨河",
              "金山", "桂花", "东风", "翠柏", "学士", "府前", "朝阳", "新华", "中山北", "长江", "丁香", "宝塔",
              "玉兰", "双溪", "半山", "南苑", "体育场", "太平", "工农", "育才", "健康", "永安", "和睦", "北塘",
              "梅林", "槐荫", "龙溪", "白鹭", "清河", "前进", "解放南", "公园"]
HUTONG_STEMS = ["帽儿", "铁匠营", "小石碑", "大翔凤", "鸦儿", "前井", "松树街东", "东明"]
ESTATE_STEMS = ["阳光", "锦绣", "翡翠", "碧水", "金桂", "紫薇", "香樟", "梧桐", "滨江", "南湖", "望湖", "君悦",
                "颐和", "丽都", "星河", "金域", "东湖", "凤栖", "龙湖", "世纪", "明珠", "天河", "绿洲", "观山",
                "书香", "康乐", "幸福", "水岸", "枫林", "御景", "西山", "桃源", "润园", "银河", "江南"]
ESTATE_SUFFIXES = ["小区", "小区", "花园", "苑", "府", "公寓", "新村", "家园", "名苑", "华庭", "雅居", "城", "湾",
                   "里", "公馆", "嘉园"]
ESTATES_BARE = ["蓝湾国际", "观澜天著", "锦绣天成", "金地艺境", "融信澜悦", "万象天地", "滨江壹号", "云栖玫瑰",
                "绿城桂语", "中梁首府壹号", "九龙仓", "东方丽景"]
VILLAGE_STEMS = ["桥头", "上塘", "下湾", "杨家坝", "石塔", "新塘", "后山", "前进", "红星", "五星", "东升", "竹林",
                 "溪南", "长岭", "柳树湾", "塘口", "高桥", "陈家埭", "沈家坝", "毛家湾", "青山", "三合", "和平",
                 "龙井", "枫树岭", "芦花荡", "古城", "梅溪", "山背", "岭脚", "泉水", "六里", "马鞍山"]
NATURAL_VILLAGES = ["上屋", "下屋", "张家坞", "岙里", "吴家", "坑口", "大湾", "小溪", "里山", "外庄"]
GACHA_STEMS = ["巴音温都尔", "乌兰敖包", "查干诺尔", "宝力格", "额尔敦", "哈日根台", "锡林"]
CN_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def _house_number(rng: random.Random) -> int:
    return rng.choice([rng.randint(1, 30), rng.randint(1, 120), rng.randint(1, 999)])


def _room(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)}{rng.randint(1, 4):02d}"


def _estate(rng: random.Random) -> str:
    if rng.random() < 0.12:
        return rng.choice(ESTATES_BARE)
    return rng.choice(ESTATE_STEMS) + rng.choice(ESTATE_SUFFIXES)


def _road(rng: random.Random, style: str) -> str:
    if style == "bj" and rng.random() < 0.6:
        return rng.choice(HUTONG_STEMS) + "胡同"
    suffix = rng.choice(["路"] * 10 + ["街"] * 3 + ["大道"] * 2 + ["巷"] * 2 + ["弄", "里"])
    return rng.choice(ROAD_STEMS) + suffix


def _building(rng: random.Random) -> str:
    b, u, r = rng.randint(1, 38), rng.randint(1, 4), _room(rng)
    return rng.choice([f"{b}幢{u}单元{r}室", f"{b}幢{r}室", f"{b}栋{r}", f"{b}栋{u}单元{r}", f"{b}号楼{u}单元{r}室",
                       f"{b}号楼{u}单元{r}", f"{rng.choice('ABCDE')}座{r}室", f"{b}-{u}-{r}", f"{b}幢{u}单元{r}",
                       f"{b}幢{r}", f"{b}号{r}室"])


def _urban_tail(rng: random.Random, style: str) -> str:
    road, n = _road(rng, style), _house_number(rng)
    if style == "bj" and road.endswith("胡同"):
        return rng.choice([f"{road}{n}号", f"{road}{n}号院{rng.randint(1, 9)}号楼{rng.randint(1, 3)}单元{_room(rng)}",
                           f"{road}甲{n}号"])
    if style == "sh" or (road.endswith("路") and rng.random() < 0.12):
        return f"{road}{n}弄{rng.randint(1, 80)}号{_room(rng)}室"
    k = rng.random()
    if k < 0.18:
        return f"{road}{n}号"
    if k < 0.38:
        return f"{road}{n}号{_estate(rng)}{_building(rng)}"
    if k < 0.66:
        return f"{_estate(rng)}{_building(rng)}"
    if k < 0.72:
        return f"{road}{n}号附{rng.randint(1, 12)}号"
    if k < 0.77:
        return f"{road}{n}号之{rng.choice('一二三')}"
    if k < 0.83:
        return f"{road}{n}号院{rng.randint(1, 12)}号楼{rng.randint(1, 4)}单元{_room(rng)}"
    if k < 0.90:
        return f"{road}{n}-{rng.randint(1, 20)}号"
    return f"{road}{n}号{_room(rng)}室"


def _rural_tail(rng: random.Random, town: str, style: str) -> str:
    n, g = _house_number(rng), rng.randint(1, 15)
    if style == "im" and (town.endswith("苏木") or rng.random() < 0.4):
        gacha = rng.choice(GACHA_STEMS) + "嘎查"
        return rng.choice([f"{gacha}{n}号", f"{gacha}{rng.randint(1, 6)}组", f"{gacha}{rng.randint(1, 6)}组{n}号"])
    if style == "xj" and rng.random() < 0.5:
        return rng.choice([f"{rng.randint(1, 24)}村{g}组{n}号", f"{rng.randint(1, 24)}村{n}号"])
    village = rng.choice(VILLAGE_STEMS) + "村"
    return rng.choice([f"{village}{g}组{n}号", f"{village}{g}组", f"{village}{rng.choice(NATURAL_VILLAGES)}自然村{n}号",
                       f"{village}第{rng.choice(CN_NUMERALS)}村民小组", f"{village}{g}社{n}号", f"{village}{g}队{n}号",
                       f"{village}{n}号", f"{village}{g}组{n}号"])


def _tail(rng: random.Random, town: str, style: str, kind: str | None) -> str:
    if kind == "u":
        return _urban_tail(rng, style)
    if kind == "v":
        return _rural_tail(rng, town, style)
    urban_share = 0.85 if town.endswith("街道") else 0.1 if town.endswith(("乡", "苏木")) else 0.45
    return _urban_tail(rng, style) if rng.random() < urban_share else _rural_tail(rng, town, style)


def _bingtuan(rng: random.Random) -> str:
    lian = f"{rng.randint(1, 18)}连"
    return rng.choice([
        f"新疆维吾尔自治区石河子市一四三团{lian}{_house_number(rng)}号",
        f"新疆生产建设兵团第八师一四三团{lian}",
        f"新疆维吾尔自治区阿拉尔市十团{lian}{rng.randint(1, 40)}号",
        f"新疆生产建设兵团第一师十二团{lian}{rng.randint(1, 40)}号",
        f"新疆维吾尔自治区五家渠市一〇三团{lian}{rng.randint(1, 9)}排{rng.randint(1, 20)}号",
    ])


def address(rng: random.Random, variant: str | None = None) -> str:
    """A personal address. variant: p/c/d/t start at province/city/county/town; r starts at the
    road, estate or village; u urban, v rural (random start); z Zhejiang, o another province;
    b a bare division (only after an address cue); x 兵团 or 苏木/嘎查; s divisions spaced."""
    if variant == "x":
        if rng.random() < 0.5:
            return _bingtuan(rng)
        g = rng.choice([r for r in GAZETTEER if r["style"] == "im"])
        town = rng.choice([t for t in g["towns"] if t.endswith("苏木")] or g["towns"])
        return g["p"] + g["c"] + g["d"] + town + _rural_tail(rng, town, "im")
    if variant == "z":
        g = rng.choice(ZHEJIANG)
    elif variant == "o":
        g = rng.choice(ELSEWHERE)
    else:
        g = rng.choice(ZHEJIANG) if rng.random() < 0.55 else rng.choice(ELSEWHERE)
    town = rng.choice(g["towns"])
    levels = [g["p"], g["c"], g["d"], town]
    if variant == "b":
        start = rng.choice([0, 0, 1, 1, 2])
        stop = rng.choice([3, 3, 4]) if start < 2 else 4
        return "".join(p for p in levels[start:stop] if p)
    start = {"p": 0, "c": 1, "d": 2, "t": 3, "r": 4}.get(variant or "")
    if start is None:
        start = rng.choice([0, 0, 1, 1, 1, 2, 2, 3, 4])
    if start == 0 and not g["p"]:
        start = 1
    if start == 2 and not g["d"]:
        start = 3
    tail = _tail(rng, town, g["style"], variant if variant in ("u", "v") else None)
    parts = [p for p in levels[start:] if p] + [tail]
    return (" " if variant == "s" else "").join(parts)


# Traditional script: mainland places written in Traditional characters, Taiwan, Hong Kong, Macao.
TRAD_MAINLAND = [("浙江省", "湖州市", "吳興區", "織里鎮"), ("浙江省", "湖州市", "長興縣", "雉城街道"),
                 ("浙江省", "湖州市", "德清縣", "武康街道"), ("浙江省", "湖州市", "安吉縣", "孝豐鎮"),
                 ("浙江省", "杭州市", "西湖區", "轉塘街道"), ("浙江省", "溫州市", "鹿城區", "五馬街道"),
                 ("浙江省", "寧波市", "鄞州區", "首南街道"), ("江蘇省", "蘇州市", "吳江區", "盛澤鎮"),
                 ("安徽省", "阜陽市", "臨泉縣", "楊橋鎮"), ("廣東省", "深圳市", "龍崗區", "坂田街道"),
                 ("福建省", "泉州市", "安溪縣", "龍門鎮"), ("江西省", "贛州市", "於都縣", "貢江鎮"),
                 ("廣西壯族自治區", "桂林市", "龍勝各族自治縣", "龍脊鎮"), ("四川省", "南充市", "儀隴縣", "新政鎮")]
TRAD_ROADS = ["鳳凰路", "人民路", "紅旗路", "青年路", "湖濱路", "環城北路", "學士路", "勝利街", "解放路", "龍溪大道",
              "東風路", "體育場路", "長江路", "文昌街"]
TRAD_ESTATES = ["陽光花園", "錦繡家園", "翡翠城", "碧水苑", "金桂公寓", "梧桐新村", "濱江府", "香樟小區", "紫薇華庭",
                "世紀名苑"]
TRAD_VILLAGES = ["橋頭村", "上塘村", "楊家壩村", "新塘村", "後山村", "竹林村", "溪南村", "龍井村"]
TW_PLACES = [("臺北市", "大安區", "仁愛路四段"), ("臺北市", "信義區", "松仁路"), ("新北市", "板橋區", "文化路一段"),
             ("新北市", "中和區", "景平路"), ("桃園市", "中壢區", "中正路"), ("臺中市", "西屯區", "臺灣大道三段"),
             ("臺南市", "東區", "崇學路"), ("高雄市", "苓雅區", "四維三路"), ("高雄市", "鳳山區", "光復路二段"),
             ("新竹縣", "竹北市", "光明六路"), ("宜蘭縣", "羅東鎮", "中正北路"), ("花蓮縣", "吉安鄉", "南濱路")]
TW_LI = ["福德", "興安", "光明", "中興", "仁愛", "民生", "永和", "復興"]
HK_ESTATES = [("新界沙田", "瀝源邨", "貴和樓"), ("九龍觀塘", "秀茂坪邨", "秀明樓"), ("九龍深水埗", "石硤尾邨", "美映樓"),
              ("新界荃灣", "象山邨", "翠山樓"), ("香港柴灣", "興華邨", "豐興樓"), ("新界屯門", "三聖邨", "恒聖樓")]
HK_ROADS = [("九龍旺角", "彌敦道"), ("香港北角", "英皇道"), ("九龍深水埗", "長沙灣道"), ("香港灣仔", "軒尼詩道")]
MO_ROADS = [("澳門", "高士德大馬路"), ("澳門", "羅利老馬路"), ("澳門氹仔", "成都街"), ("澳門", "提督馬路")]
MO_BUILDINGS = ["海景花園", "祐漢新村", "寶豐大廈", "金峰南岸", "華寶花園"]


def trad_address(rng: random.Random, variant: str | None = None) -> str:
    kind = variant or rng.choice(["cn", "cn", "tw", "tw", "hk", "mo"])
    n = _house_number(rng)
    if kind == "cn":
        prov, city, county, town = rng.choice(TRAD_MAINLAND)
        start = rng.choice([0, 0, 1, 1, 2, 3])
        if town.endswith("鎮") and rng.random() < 0.45:
            tail = f"{rng.choice(TRAD_VILLAGES)}{rng.randint(1, 12)}組{n}號"
        else:
            b, u, r = rng.randint(1, 30), rng.randint(1, 4), _room(rng)
            tail = rng.choice([f"{rng.choice(TRAD_ROADS)}{n}號", f"{rng.choice(TRAD_ESTATES)}{b}幢{u}單元{r}室",
                               f"{rng.choice(TRAD_ROADS)}{n}號{rng.choice(TRAD_ESTATES)}{b}號樓{r}室",
                               f"{rng.choice(TRAD_ESTATES)}{b}棟{r}"])
        return "".join([prov, city, county, town][start:]) + tail
    if kind == "tw":
        city, dist, road = rng.choice(TW_PLACES)
        f = rng.randint(2, 21)
        return rng.choice([f"{city}{dist}{road}{n}號{f}樓", f"{city}{dist}{road}{rng.randint(1, 300)}巷{rng.randint(1, 40)}弄{rng.randint(1, 60)}號{f}樓之{rng.randint(1, 9)}",
                           f"{city}{dist}{rng.choice(TW_LI)}里{rng.randint(1, 30)}鄰{road}{n}號",
                           f"{dist}{road}{rng.randint(1, 300)}巷{rng.randint(1, 60)}號{f}樓"])
    if kind == "hk":
        f = rng.randint(2, 38)
        if rng.random() < 0.55:
            area, estate, block = rng.choice(HK_ESTATES)
            return f"{area}{estate}{block}{f}樓{f}{rng.randint(1, 30):02d}室"
        area, road = rng.choice(HK_ROADS)
        return f"{area}{road}{n}號{f}樓{rng.choice('ABCDEFGH')}室"
    area, road = rng.choice(MO_ROADS)
    return f"{area}{road}{n}號{rng.choice(MO_BUILDINGS)}{rng.randint(2, 30)}樓{rng.choice('ABCDEFG')}座"


# ---------------------------------------------------------------------------------------------
# Identifiers (check digits from bench/classify_values.py)
# ---------------------------------------------------------------------------------------------

def _id_body(rng: random.Random) -> str:
    region = rng.choice(REGION_CODES)
    y, m, d = rng.randint(1936, 2019), rng.randint(1, 12), rng.randint(1, 28)
    return f"{region}{y:04d}{m:02d}{d:02d}{rng.randint(1, 999):03d}"


def _valid_id(rng: random.Random, want_x: bool = False) -> str:
    while True:
        body = _id_body(rng)
        check = V.id_check(body)
        if not want_x or check == "X":
            return body + check


def resident_id(rng: random.Random, variant: str | None = None) -> str:
    form = variant or rng.choice(["plain"] * 10 + ["sp", "da", "x", "X", "fw", "15"])
    if form == "15":
        body = _id_body(rng)
        return body[:6] + body[8:14] + f"{rng.randint(0, 999):03d}"
    value = _valid_id(rng, want_x=form in ("x", "X"))
    if form == "x":
        return value[:-1] + "x"
    if form == "sp":
        return f"{value[:6]} {value[6:14]} {value[14:]}"
    if form == "da":
        return f"{value[:6]}-{value[6:14]}-{value[14:]}"
    if form == "fw":
        return V.fullwidth(value)
    return value


MOBILE_PREFIXES = ["134", "135", "136", "137", "138", "139", "147", "150", "152", "157", "158", "159", "172", "178",
                   "182", "183", "184", "187", "188", "195", "198", "130", "131", "145", "155", "166", "171", "175",
                   "176", "185", "186", "196", "133", "149", "153", "173", "177", "180", "181", "189", "191", "199"]


def mobile(rng: random.Random, variant: str | None = None) -> str:
    n = rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10 ** 8):08d}"
    form = variant or rng.choice(["plain"] * 8 + ["86", "0086", "da", "sp", "fw", "p86"])
    return {"plain": n, "86": rng.choice([f"+86 {n}", f"+86{n}", f"+86-{n}"]), "0086": f"0086{n}",
            "da": f"{n[:3]}-{n[3:7]}-{n[7:]}", "sp": f"{n[:3]} {n[3:7]} {n[7:]}", "fw": V.fullwidth(n),
            "p86": f"(+86){n}"}[form]


AREA_CODES = ["0572"] * 6 + ["0571", "0574", "0577", "0573", "0575", "0579", "0570", "0576", "0578", "0580", "010",
                             "021", "022", "023", "020", "025", "0512", "0551", "0791", "0371", "028", "0851", "0871",
                             "0898", "0471", "0991", "0516"]


def landline(rng: random.Random, variant: str | None = None) -> str:
    area = rng.choice(AREA_CODES)
    length = 8 if len(area) == 3 else rng.choice([7, 8])
    local = f"{rng.randint(2, 8)}{rng.randrange(10 ** (length - 1)):0{length - 1}d}"
    form = variant or rng.choice(["da"] * 5 + ["par", "par", "sp", "glued", "ext"])
    if form == "ext":
        ext = str(rng.randint(1, 9999))
        return rng.choice([f"{area}-{local}转{ext}", f"{area}-{local}-{ext}", f"({area}){local} ext.{ext}",
                           f"{area}-{local}分机{ext}"])
    return {"da": f"{area}-{local}", "par": rng.choice([f"({area}){local}", f"（{area}）{local}"]),
            "sp": f"{area} {local}", "glued": f"{area}{local}"}[form]


USCC_CATEGORIES = ["91", "91", "91", "92", "92", "93", "11", "12", "13", "51", "52", "53", "59", "31", "Y1"]


def _org_code(rng: random.Random) -> str:
    org = "".join(rng.choice(V.USCC_AL if i > 3 else "0123456789") for i in range(8))
    c = 11 - sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(org, V.W_ORG)) % 11
    return org + {10: "X", 11: "0"}.get(c, str(c))


def _uscc_check(body17: str) -> str:
    return V.USCC_AL[(31 - sum(V.USCC_AL.index(ch) * w for ch, w in zip(body17, V.W_USCC)) % 31) % 31]


def uscc(rng: random.Random, variant: str | None = None) -> str:
    body = rng.choice(USCC_CATEGORIES) + rng.choice(REGION_CODES) + _org_code(rng)
    value = body + _uscc_check(body)
    return V.fullwidth(value) if variant == "fw" else value


BINS = ["622700", "621485", "622760", "623062", "622575", "621098", "622845", "620522", "628288", "625908",
        "622630", "621771", "603367", "622689", "601382", "456351", "524047", "622155", "621559", "622516"]


def _card_digits(rng: random.Random) -> str:
    length = rng.choice([16, 16, 17, 18, 19, 19, 19])
    body = rng.choice(BINS) + "".join(str(rng.randrange(10)) for _ in range(length - 7))
    return body + V.luhn_digit(body)


def _group(digits: str, sep: str) -> str:
    return sep.join(digits[i:i + 4] for i in range(0, len(digits), 4))


def bank_card(rng: random.Random, variant: str | None = None) -> str:
    digits = _card_digits(rng)
    form = variant or rng.choice(["plain"] * 6 + ["sp", "sp", "da", "fw"])
    return {"plain": digits, "sp": _group(digits, " "), "da": _group(digits, "-"), "fw": V.fullwidth(digits)}[form]


EMAIL_USERS = ["wanglei", "chenxy", "hzzhang", "li.na", "zhou_jian", "yj2021", "xiaofang.wu", "shen.hui", "lucy_lu",
               "qianmin88", "tangwei.hz", "sunny_ye", "mao.jie", "jinhua_ren", "cxm1979", "gao.yu", "pan_xiaoli",
               "huangqi", "dsh_2020", "lixiaolong"]
EMAIL_DOMAINS = ["163.com", "qq.com", "126.com", "yeah.net", "sohu.com", "gmail.com", "189.cn", "sina.cn",
                 "icloud.com", "139.com", "mail.zjhz.cn", "hz.zj.gov.cn", "vip.163.com", "outlook.com"]


def email(rng: random.Random, variant: str | None = None) -> str:
    user = rng.choice(EMAIL_USERS)
    if rng.random() < 0.5:
        user += str(rng.randint(1, 9999))
    if rng.random() < 0.08:
        user += "+" + rng.choice(["gov", "work", "12345"])
    value = f"{user}@{rng.choice(EMAIL_DOMAINS)}"
    return value.upper() if rng.random() < 0.05 else value


def ip_address(rng: random.Random, variant: str | None = None) -> str:
    if variant == "6" or rng.random() < 0.08:
        groups = [rng.choice(["240e", "2409", "2408", "2001"]), f"{rng.randrange(16 ** 4):x}", f"{rng.randrange(16 ** 3):x}"]
        return ":".join(groups) + f"::{rng.randrange(1, 16 ** 3):x}"
    first = rng.choice([10, 10, 172, 192, 36, 59, 61, 101, 112, 115, 117, 125, 183, 202, 218, 222])
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randint(1, 254)}"


LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def passport(rng: random.Random, variant: str | None = None) -> str:
    r = rng.random()
    if r < 0.55:
        return f"E{rng.randrange(10 ** 8):08d}"
    if r < 0.85:
        return f"E{rng.choice(LETTERS)}{rng.randrange(10 ** 7):07d}"
    return f"G{rng.randrange(10 ** 8):08d}"


def hk_macao_permit(rng: random.Random, variant: str | None = None) -> str:
    if rng.random() < 0.55:
        return f"C{rng.randrange(10 ** 8):08d}"
    return f"C{rng.choice(LETTERS)}{rng.randrange(10 ** 7):07d}"


PLATE_PROVINCES = "浙" * 8 + "苏沪皖赣豫粤京川鲁闽湘鄂"


def plate(rng: random.Random, variant: str | None = None) -> str:
    prov = rng.choice(PLATE_PROVINCES)
    city = rng.choice("EEEABCDFGHJKL") if prov == "浙" else rng.choice("ABCDEFGHJK")
    if variant == "ne" or rng.random() < 0.15:
        tail = rng.choice("DF") + f"{rng.randrange(10 ** 5):05d}" if rng.random() < 0.7 \
            else f"{rng.randrange(10 ** 5):05d}" + rng.choice("DF")
    else:
        chars = [rng.choice("0123456789") for _ in range(5)]
        for i in rng.sample(range(5), rng.choice([0, 1, 1, 2])):
            chars[i] = rng.choice(LETTERS)
        tail = "".join(chars)
    sep = rng.choice(["", "", "·", "·", " "])
    return f"{prov}{city}{sep}{tail}"


def social_security(rng: random.Random, variant: str | None = None) -> str:
    """社会保障号码 is the resident ID number (社会保险法 art. 58)."""
    return _valid_id(rng)


def medical_record(rng: random.Random, variant: str | None = None) -> str:
    return rng.choice([f"ZY{rng.randint(2018, 2024)}{rng.randrange(10 ** 6):06d}", f"MZ{rng.randrange(10 ** 10):010d}",
                       f"{rng.randrange(10 ** 7):07d}", f"H{rng.randint(2019, 2024)}-{rng.randrange(10 ** 5):05d}",
                       f"BA{rng.randrange(10 ** 8):08d}"])


def birth_date(rng: random.Random, variant: str | None = None) -> str:
    """variant: c a child, a a working-age adult, o an elderly person; otherwise anyone."""
    low, high = {"c": (2008, 2020), "a": (1962, 2003), "o": (1930, 1958)}.get(variant or "", (1938, 2012))
    y, m, d = rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m:02d}.{d:02d}", f"{y}/{m}/{d}",
                       f"{y}年{m:02d}月{d:02d}日", f"{y}{m:02d}{d:02d}"])


HEALTH = ["2型糖尿病", "高血压病3级", "脑梗死后遗症", "乳腺癌术后", "慢性肾功能衰竭（尿毒症期）", "精神分裂症", "双下肢截瘫",
          "肺结核", "重度抑郁症", "阿尔茨海默病", "冠状动脉粥样硬化性心脏病", "类风湿关节炎", "视力一级残疾",
          "肢体二级残疾", "慢性阻塞性肺疾病", "肝硬化失代偿期", "急性髓系白血病", "帕金森病", "癫痫", "系统性红斑狼疮",
          "先天性心脏病", "孤独症谱系障碍", "听力三级残疾", "股骨颈骨折", "胃癌晚期", "尿毒症", "智力二级残疾"]
HEALTH_TRAD = ["第二型糖尿病", "高血壓", "腦中風後遺症", "乳癌術後", "慢性腎衰竭", "思覺失調症", "肺結核", "憂鬱症",
               "失智症", "帕金森氏症", "類風濕性關節炎", "肝硬化", "癲癇", "肢體障礙"]


DISABILITIES = ["视力一级残疾", "肢体二级残疾", "听力三级残疾", "智力二级残疾", "精神二级残疾", "言语四级残疾", "多重残疾一级",
                "肢体一级残疾（双下肢截瘫）"]
MENTAL = ["精神分裂症", "双相情感障碍", "偏执性精神病", "重度抑郁症", "分裂情感性障碍", "癫痫所致精神障碍"]


def health(rng: random.Random, variant: str | None = None) -> str:
    """variant: t Traditional script, d a disability, m a severe mental disorder."""
    return rng.choice({"t": HEALTH_TRAD, "d": DISABILITIES, "m": MENTAL}.get(variant or "", HEALTH))


def financial(rng: random.Random, variant: str | None = None) -> str:
    """A named person's money. variant: w a wage or income, b a benefit or small payment,
    l a balance, compensation or yearly income, t a wage in Traditional script."""
    kind = variant or rng.choice("wbl")
    wan = "萬元" if kind == "t" else "万元"
    if kind in ("w", "t"):
        n = rng.randint(1800, 28000)
        return rng.choice([f"{n}元", f"{n // 1000},{n % 1000:03d}元", f"{n}.00元"] +
                          ([f"{rng.randint(2, 6)}.{rng.randint(1, 9)}{wan}"] if kind == "t" else []))
    if kind == "b":
        n = rng.randint(200, 4500)
        return rng.choice([f"{n}元", f"{n}.00元", f"{n}.{rng.randint(10, 99)}元"])
    return rng.choice([f"{rng.randint(1, 180)}.{rng.randint(1, 9)}{wan}", f"{rng.randint(12, 480)},{rng.randrange(1000):03d}元",
                       f"{rng.randint(10000, 99999)}.{rng.randint(10, 99)}元", f"{rng.randint(2, 90)}{wan}"])


STATIONS = ["湖州站", "杭州东站", "德清站", "长兴站", "安吉站", "嘉兴南站", "上海虹桥站", "南京南站", "义乌站", "宁波站"]


def location_trace(rng: random.Random, variant: str | None = None) -> str:
    if rng.random() < 0.5:
        stops = rng.sample(STATIONS, rng.randint(2, 4))
        hour = rng.randint(6, 15)
        legs = []
        for i, stop in enumerate(stops):
            legs.append(f"{hour + i * 2:02d}:{rng.randrange(60):02d}{stop}")
        return "→".join(legs)
    points = []
    for _ in range(rng.randint(2, 4)):
        points.append(f"({30 + rng.random():.5f},{119.5 + rng.random():.5f})")
    return "→".join(points)


# ---------------------------------------------------------------------------------------------
# Hard negatives (must be neither detected nor masked)
# ---------------------------------------------------------------------------------------------

def _date_digits(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)


def neg_docno(rng: random.Random, variant: str | None = None) -> str:
    y, n = rng.randint(2016, 2025), rng.randint(1, 168)
    if variant == "t":
        return rng.choice([f"{rng.choice(['湖政發', '浙人社發', '國辦發', '湖民發'])}〔{y}〕{n}號",
                           f"府社助字第{rng.randint(111, 113)}{rng.randrange(10 ** 7):07d}號",
                           f"北市社助字第{rng.randint(111, 113)}{rng.randrange(10 ** 7):07d}號"])
    head = rng.choice(["浙政发", "湖政办发", "浙人社发", "湖民发", "吴政发", "长政办发", "浙医保发", "国办发", "浙公通字",
                       "湖教发", "浙市监法", "安政发", "德政办发", "湖人社发", "浙民助"])
    if variant == "cert":
        return f"浙（{y}）{rng.choice(['湖州市', '长兴县', '德清县', '安吉县'])}不动产权第{rng.randrange(10 ** 7):07d}号"
    return rng.choice([f"{head}〔{y}〕{n}号", f"{head}〔{y}〕{n}号", f"{head}[{y}]{n}号"])


def neg_case(rng: random.Random, variant: str | None = None) -> str:
    y, n = rng.randint(2019, 2025), rng.randint(1, 9999)
    court = rng.choice(["0502", "0503", "0521", "0522", "0523", "05", "0106", "0782"])
    kind = rng.choice(["民初", "民终", "执", "执恢", "刑初", "行初", "民特", "执保"])
    if variant == "t":
        return rng.choice([f"（{y}）浙{court}{kind}{n}號", f"{y - 1911}年度{rng.choice(['訴', '家調', '易', '簡上'])}字第{n}號"])
    return rng.choice([f"（{y}）浙{court}{kind}{n}号", f"({y})浙{court}{kind}{n}号"])


def neg_order(rng: random.Random, variant: str | None = None) -> str:
    y, m, d = _date_digits(rng)
    ymd = f"{y}{m:02d}{d:02d}"
    return rng.choice([f"DD{ymd}{rng.randrange(10 ** 6):06d}", f"GD{ymd}{rng.randrange(10 ** 4):04d}",
                       f"12345-{ymd}-{rng.randrange(10 ** 4):04d}", f"WO{y}{rng.randrange(10 ** 6):06d}",
                       f"ZJ{ymd}{rng.randrange(10 ** 5):05d}", f"JY{rng.randrange(10 ** 12):012d}",
                       f"{ymd}{rng.randrange(10 ** 12):012d}", f"HZ-{y}-{rng.randrange(10 ** 5):05d}",
                       f"SQ{ymd}{rng.randrange(10 ** 3):03d}"])


def neg_tracking(rng: random.Random, variant: str | None = None) -> str:
    return rng.choice([f"SF{rng.randrange(10 ** 13):013d}", f"YT{rng.randrange(10 ** 13):013d}",
                       f"JT{rng.randrange(10 ** 13):013d}", f"7{rng.randrange(10 ** 11):011d}",
                       f"1{rng.randrange(10 ** 12):012d}", f"JDX{rng.randrange(10 ** 12):012d}",
                       f"DPK{rng.randrange(10 ** 12):012d}"])


def neg_invoice(rng: random.Random, variant: str | None = None) -> str:
    return rng.choice([f"{rng.randrange(10 ** 8):08d}", f"2{rng.randint(3, 5)}33{rng.randrange(10 ** 16):016d}",
                       f"No.{rng.randrange(10 ** 8):08d}"])


def neg_amount(rng: random.Random, variant: str | None = None) -> str:
    """An amount tied to no person. variant: s a fee, fine or standard (tens to thousands of yuan),
    m a price in 万元, t a standard or fine in Traditional script; otherwise an aggregate."""
    if variant in ("s", "t"):
        n = rng.randint(50, 5000)
        return rng.choice([f"{n}元", f"{n}.00元", f"{n // 1000},{n % 1000:03d}元" if n >= 1000 else f"{n}元"])
    if variant == "m":
        return rng.choice([f"{rng.randint(60, 900)}万元", f"{rng.randint(60, 900)}.{rng.randint(1, 9)}万元"])
    wan, yi = "万元", "亿元"
    return rng.choice([f"{rng.randint(1, 9)}.{rng.randint(10, 99)}{yi}", f"{rng.randint(1, 9)},{rng.randrange(1000):03d}{wan}",
                       f"{rng.randint(600, 1400)}元", f"{rng.randint(2, 500)}{wan}", f"{rng.randint(50, 5000)}.00元",
                       f"{rng.randint(1, 99)}.{rng.randint(1, 9)}{wan}"])


def neg_date(rng: random.Random, variant: str | None = None) -> str:
    y, m, d = _date_digits(rng)
    hh, mm, ss = rng.randint(0, 23), rng.randrange(60), rng.randrange(60)
    if variant == "time":
        return rng.choice([f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}", f"{y}/{m:02d}/{d:02d} {hh:02d}:{mm:02d}",
                           f"{m}月{d}日{hh}时{mm}分", f"{hh:02d}:{mm:02d}"])
    if variant == "t":
        return rng.choice([f"{y}年{m}月{d}日", f"{y - 1911}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}"])
    return rng.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{m}月{d}日",
                       f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}", f"{y}年{m}月{d}日"])


def neg_postcode(rng: random.Random, variant: str | None = None) -> str:
    return rng.choice(["313000", "313100", "313200", "313300", "313009", "310012", "315000", "325000", "314400",
                       "236400", "453000", "843000", "024000", "834000"])


def neg_number(rng: random.Random, variant: str | None = None) -> str:
    """variant: s a small count, age an elderly person's age, id a plain serial, tail four digits,
    code a pickup or verification code, pct a rate; otherwise a count of records."""
    if variant == "s":
        return str(rng.randint(2, 60))
    if variant == "age":
        return str(rng.randint(60, 94))
    if variant == "id":
        return str(rng.choice([rng.randint(1000, 99999), rng.randint(100000, 9999999)]))
    if variant == "tail":
        return f"{rng.randrange(10 ** 4):04d}"
    if variant == "code":
        return rng.choice([f"{rng.randrange(10 ** 6):06d}", f"{rng.randint(1, 9)}-{rng.randint(1, 6)}-{rng.randint(1000, 9999)}",
                           f"{rng.randint(10, 99)}-{rng.randint(1, 9)}-{rng.randint(100, 999)}"])
    if variant == "area":
        return str(rng.randint(120, 6000))
    if variant == "pct":
        return f"{rng.randint(85, 99)}.{rng.randint(0, 9)}"
    return rng.choice([str(rng.randint(2, 60)), str(rng.randint(100, 999)), f"{rng.randint(1, 99)},{rng.randrange(1000):03d}",
                       str(rng.randint(1000, 99999))])


def neg_version(rng: random.Random, variant: str | None = None) -> str:
    a, b, c = rng.randint(1, 6), rng.randint(0, 12), rng.randint(0, 30)
    return rng.choice([f"{a}.{b}.{c}", f"v{a}.{b}.{c}", f"V{a}.{b}.{c}.{rng.randint(100, 2999)}", f"{a}.{b}.{c}.{rng.randint(1, 99)}"])


def neg_hotline(rng: random.Random, variant: str | None = None) -> str:
    return rng.choice(["12345", "0572-12345", "400-820-8820", "400 611 9581", "4008-123-456", "95588", "95566", "12315",
                       "12333", "12393", "96345", "800-830-5566", "110", "120"])


def neg_card_tail(rng: random.Random, variant: str | None = None) -> str:
    return f"{rng.randrange(10 ** 4):04d}"


def _luhn_ok(digits: str) -> bool:
    return len(digits) > 1 and V.luhn_digit(digits[:-1]) == digits[-1]


def _id_ok(value: str) -> bool:
    return bool(re.fullmatch(r"\d{17}[\dX]", value)) and V.id_check(value[:17]) == value[17]


def _uscc_ok(value: str) -> bool:
    return len(value) == 18 and all(ch in V.USCC_AL for ch in value) and _uscc_check(value[:17]) == value[17]


def neg_bad_id(rng: random.Random, variant: str | None = None) -> str:
    while True:
        body = _id_body(rng)
        wrong = rng.choice([c for c in "0123456789X" if c != V.id_check(body)])
        value = body + wrong
        if not _luhn_ok(value) and not _uscc_ok(value):
            return value


def neg_bad_card(rng: random.Random, variant: str | None = None) -> str:
    while True:
        digits = _card_digits(rng)
        value = digits[:-1] + str((int(digits[-1]) + rng.randint(1, 9)) % 10)
        if not _luhn_ok(value) and not _id_ok(value) and not _uscc_ok(value):
            return value


def neg_bad_uscc(rng: random.Random, variant: str | None = None) -> str:
    while True:
        body = rng.choice(USCC_CATEGORIES) + rng.choice(REGION_CODES) + _org_code(rng)
        value = body + rng.choice([c for c in V.USCC_AL if c != _uscc_check(body)])
        if not _uscc_ok(value) and not _id_ok(value) and not (value.isdigit() and _luhn_ok(value)):
            return value


PLACES_NON_ADDRESS = ["湖州市", "长兴县", "安吉县", "德清县", "南浔区", "吴兴区", "浙江省", "杭州市余杭区", "安吉县天荒坪镇",
                      "江苏省", "宁夏固原", "新疆喀什", "贵州省黔东南州", "苏州市吴江区", "温州", "义乌", "织里镇", "嘉兴南湖",
                      "四川凉山", "内蒙古赤峰", "衢州市江山市", "舟山"]
PLACES_NON_ADDRESS_TRAD = ["湖州市", "長興縣", "臺中市", "香港", "澳門", "新北市", "高雄", "安吉縣", "浙江省"]
ORGS_BY_ROLE = {
    "g": ["湖州市民政局", "长兴县人力资源和社会保障局", "安吉县市场监督管理局", "南浔区练市镇人民政府",
          "吴兴区织里镇社会事务管理办公室", "湖州市公安局吴兴分局", "德清县住房和城乡建设局", "安吉县医疗保障局",
          "湖州市12345政务服务热线", "高新区管委会", "湖州市不动产登记中心", "湖州市住房公积金管理中心",
          "安吉县递铺街道办事处", "太湖旅游度假区管委会", "爱山街道仪凤桥社区居委会", "长兴县交警大队",
          "德清县武康街道办事处", "南浔区民政局"],
    "c": ["湖州市吴兴区人民法院", "湖州市中级人民法院", "长兴县人民法院", "南浔区人民调解委员会", "德清县人民法院",
          "织里镇人民调解委员会"],
    "h": ["德清县人民医院", "湖州市第一人民医院", "湖州市中心医院", "爱山街道社区卫生服务中心", "长兴县中医院",
          "安吉县妇幼保健院", "湖州市第三人民医院"],
    "s": ["吴兴区妙西镇中心小学", "湖州市第五中学", "长兴县实验小学", "德清县第二中学", "安吉县昌硕高级中学"],
    "b": ["杭州银行湖州分行", "中国农业银行长兴支行", "湖州银行织里支行", "中国建设银行德清支行", "浙江农商银行安吉支行",
          "中国工商银行南浔支行"],
    "e": ["王记副食品商行", "陈氏水产批发部", "周大生珠宝湖州店", "叶氏五金店", "金桥物业服务有限公司",
          "钱江电气集团有限公司", "浙江汇丰纺织有限公司", "孙氏兄弟汽修厂", "林家铺子餐饮店", "顺丰速运湖州分部",
          "中通快递织里网点", "浙北大厦", "湖州鑫达童装有限公司", "长兴吉利汽车部件园", "许记面馆"],
    "law": ["浙江太湖律师事务所", "浙江湖州吴兴律师事务所", "浙江安吉天册律师事务所", "浙江德清法正律师事务所"],
}
ORGS = ["湖州市吴兴区人民法院", "长兴县人力资源和社会保障局", "德清县人民医院", "安吉县市场监督管理局", "湖州市第一人民医院",
        "南浔区练市镇人民政府", "吴兴区织里镇社会事务管理办公室", "王记副食品商行", "陈氏水产批发部", "周大生珠宝湖州店",
        "叶氏五金店", "金桥物业服务有限公司", "钱江电气集团有限公司", "杭州银行湖州分行", "中国农业银行长兴支行",
        "湖州师范学院", "浙江汇丰纺织有限公司", "湖州市中心医院", "爱山街道社区卫生服务中心", "湖州市民政局",
        "湖州市公安局吴兴分局", "长兴县人民检察院", "德清县住房和城乡建设局", "安吉县医疗保障局", "湖州市12345政务服务热线",
        "孙氏兄弟汽修厂", "林家铺子餐饮店", "高新区管委会", "湖州市中级人民法院", "南浔区人民调解委员会",
        "吴兴区妙西镇中心小学", "湖州市第五中学", "顺丰速运湖州分部", "中通快递织里网点", "湖州市不动产登记中心",
        "湖州市住房公积金管理中心", "长兴县交警大队", "安吉县递铺街道办事处", "浙北大厦", "太湖旅游度假区管委会"]
ORGS_TRAD = ["臺北市政府社會局", "新北市板橋區公所", "高雄市政府警察局苓雅分局", "湖州市民政局", "衛生福利部",
             "香港房屋委員會", "澳門社會工作局", "長興縣人民法院", "臺中榮民總醫院", "陳記茶行"]
ROOMS_BY_ROLE = {
    "m": ["市行政中心3号楼502会议室", "市大数据局1号会议室", "县行政服务中心8楼808会议室", "市政府1号楼2楼第一会议室",
          "镇政府三楼小会议室", "市民中心B座1203会议室"],
    "w": ["区政务服务中心二楼B区12号窗口", "市民之家1楼综合窗口", "街道便民服务中心3号窗口", "市医保中心一楼7号窗口",
          "市公安局出入境接待大厅", "市人力社保局402室"],
    "c": ["县人民法院第三审判庭", "区法院第二法庭", "市中级人民法院第五审判庭", "区法院诉讼服务中心调解室"],
    "h": ["市体检中心二楼报告领取处", "市第一人民医院门诊楼1楼服务台", "县人民医院体检中心3楼"],
}
ROOMS = ["市行政中心3号楼502会议室", "区政务服务中心二楼B区12号窗口", "县人民法院第三审判庭", "市民之家1楼综合窗口",
         "市人力社保局402室", "街道便民服务中心3号窗口", "市体检中心二楼报告领取处", "市大数据局1号会议室",
         "县行政服务中心8楼808会议室", "市政府1号楼2楼第一会议室", "区法院诉讼服务中心5号窗口", "镇政府三楼小会议室",
         "市公安局出入境接待大厅", "市医保中心一楼7号窗口"]
ROOMS_TRAD = ["市政大樓3樓301會議室", "區公所2樓社會課", "法院第5法庭", "市民服務中心1樓綜合窗口", "行政中心8樓會議室"]
ROADS_TRAFFIC = ["凤凰路与青铜路交叉口", "G25长深高速湖州段K170+300处", "104国道长兴段", "环城西路红丰路口",
                 "二环北路南向北方向", "湖州大道与西山漾路交叉口", "申苏浙皖高速安吉出口", "318国道安吉段",
                 "仁皇山路由东向西方向", "杭长高速德清段K85处", "湖织大道织里收费站", "龙溪路龙溪桥"]
ROADS_TRAFFIC_TRAD = ["臺灣大道與文心路口", "國道一號北上126公里處", "中山北路二段", "鳳凰路與青銅路交叉口"]


def _trad_or(simple: list[str], trad: list[str]) -> Callable[[random.Random, str | None], str]:
    return lambda rng, variant: rng.choice(trad if variant == "t" else simple)


NEGATIVES: dict[str, Callable[[random.Random, str | None], str]] = {
    "docno": neg_docno, "case": neg_case, "order": neg_order, "tracking": neg_tracking, "invoice": neg_invoice,
    "amount": neg_amount, "date": neg_date, "postcode": neg_postcode, "number": neg_number, "version": neg_version,
    "hotline": neg_hotline, "card_tail": neg_card_tail, "bad_id": neg_bad_id, "bad_card": neg_bad_card,
    "bad_uscc": neg_bad_uscc, "place": _trad_or(PLACES_NON_ADDRESS, PLACES_NON_ADDRESS_TRAD),
    "room": lambda rng, variant: rng.choice(ROOMS_TRAD if variant == "t" else ROOMS_BY_ROLE.get(variant or "", ROOMS)),
    "org": lambda rng, variant: rng.choice(ORGS_TRAD if variant == "t" else ORGS_BY_ROLE.get(variant or "", ORGS)),
    "road": _trad_or(ROADS_TRAFFIC, ROADS_TRAFFIC_TRAD),
}

ENTITIES: dict[str, tuple[str, Callable[[random.Random, str | None], str]]] = {
    "N": ("PERSON", person), "A": ("CN_ADDRESS", address), "AT": ("CN_ADDRESS", trad_address),
    "ID": ("CN_RESIDENT_ID", resident_id), "M": ("CN_MOBILE", mobile), "L": ("CN_LANDLINE", landline),
    "U": ("CN_USCC", uscc), "BC": ("BANK_CARD", bank_card), "E": ("EMAIL_ADDRESS", email), "IP": ("IP_ADDRESS", ip_address),
    "PP": ("CN_PASSPORT", passport), "HK": ("CN_HK_MACAO_PERMIT", hk_macao_permit), "PL": ("CN_LICENSE_PLATE", plate),
    "SS": ("CN_SOCIAL_SECURITY", social_security), "MR": ("CN_MEDICAL_RECORD", medical_record),
    "DOB": ("DATE_OF_BIRTH", birth_date), "H": ("HEALTH_INFO", health), "F": ("FINANCIAL_INFO", financial),
    "LT": ("LOCATION_TRACE", location_trace),
}


# ---------------------------------------------------------------------------------------------
# Templates: what passes between a city's departments. «KEY» / «KEY:variant» / «~kind».
# ---------------------------------------------------------------------------------------------

TEMPLATES_SIMPLIFIED = [
    # 12345 work orders and replies
    "12345工单 «~order» | 来电人：«N» | 联系电话：«M» | 地址：«A:z» | 诉求：楼上住户长期夜间噪音扰民，请求协调处理。",
    "【12345转办】市民«N»（«M:sp»）反映，其位于«A:u»的住房外墙渗水，物业未予维修。派单时间«~date:time»，请«~org:g»在«~number:s»个工作日内答复。",
    "来电人«N»称住在«A:c»，小区门口道路积水严重，希望尽快疏通。回访电话«M:da»。",
    "工单号：«~order»\n受理渠道：电话\n诉求人：«N»\n联系方式：«M»\n事发地址：«A:t»附近\n内容：反映路灯不亮已一周。",
    "市民«N»女士来电：她家«A:r»楼下餐馆油烟直排，多次反映未果。来电号码«M:86»。",
    "12345热线（«~hotline»）回访记录：«~date»回访«N»，对«~org:g»的处理结果表示满意。",
    "诉求编号«~order»，来电人«N»，身份证号«ID»，要求核实其户籍地«A:b»的宅基地审批进度。",
    "转办意见：请«~org:g»核查«N»（电话«M»）反映的«A:v»门前道路硬化问题，于«~date»前办结。",
    "市长信箱来信：我是家住«A:d»的居民«N»，邮箱«E»，小区电梯一个月坏了«~number:s»次，希望监管部门介入。",
    "12345派单：«N»来电称其父亲«N:o»走失，走失前住在«A:u»，家属电话«M»、«M:da»。",
    "答复意见：经«~org:g»现场核实，«N»反映的«A:r»违章搭建问题属实，已于«~date»拆除。",
    # social assistance
    "低保申请审批表\n申请人：«N»\t性别：女\t身份证号：«ID»\n家庭住址：«A:p»\n联系电话：«M»\n家庭月人均收入：«F:b»\n致贫原因：«H»",
    "经入户核查，«N»户籍在«A:b»，现住«A:u»，本人患«H»，丧失劳动能力，建议纳入特困供养。",
    "临时救助审批：救助对象«N»，身份证«ID:sp»，因«H»住院，医疗费用个人自付«F:b»，拟给予临时救助«F:b»（救助标准上限«~amount:s»）。",
    "«~date» 社工«N»、«N»到«A:v»走访低保户«N:o»，其子女«N»在外务工，月工资约«F:w»。",
    "特困人员名单：«N:o»、«N:o»、«N»、«N:o»（均住«A:t»）",
    "残疾人两项补贴申请：申请人«N»，残疾类别：«H:d»，居住地址«A:d»，银行卡号«BC:sp»，开户行«~org:b»。",
    "本年度全市共为«~number»户低保家庭发放保障资金«~amount»，政策依据为«~docno»。",
    "救助对象«N»的银行账户«BC»（«~org:b»），«~date»到账救助金«F:b»。",
    "经«~org:g»调查核实，«N»名下有存款«F:l»，登记车辆一辆（«PL»），不符合低保条件。",
    "孤儿基本生活费发放：儿童«N:y»，出生日期«DOB:c»，监护人«N»，住址«A:d»。",
    "低边家庭复核：«N»，«ID»，家庭成员«N»、«N:y»，住«A:c»，年收入«F:l»。",
    # health and medical insurance
    "门诊病历\n姓名：«N»  性别：男  出生日期：«DOB»\n病历号：«MR»\n诊断：«H»\n接诊医师：«N»",
    "出院小结：患者«N»，住院号«MR»，因«H»入院治疗，现住«A:c»，联系人«N»（«M»）。",
    "医保报销单：参保人«N»，社会保障号码«SS»，户籍地址«A:p»，本年度起付线«~amount:s»，本次个人自付«F:b»。",
    "120调度记录：«~date:time»接报，«A:u»有老人摔倒，呼救人«N»，电话«M»，已派车。",
    "流调记录：«N»，«M»，现住«A:t»，自述«~date»乘高铁出行，行程轨迹：«LT»。",
    "预防接种登记：儿童«N:y»，出生日期«DOB:c»，家长«N»，联系电话«M:86»，住址«A:r»。",
    "慢病随访：«N:o»，患«H»，家住«A:v»，由村医«N»每月上门随访一次。",
    "双向转诊单：患者«N»，身份证号«ID:X»，家庭住址«A:v»，诊断：«H»，转往«~org:h»。",
    "体检报告领取通知：«N»您好，您的体检报告已出，请携带身份证到«~room:h»领取。",
    "医保异地就医备案：«N»，«ID»，现居住地址«A:o»，备案有效期至«~date»。",
    "药品配送单：收件人«N»，«M»，«A:p»，药品为胰岛素注射液（用于治疗«H»）。",
    "严重精神障碍患者管理卡：«N»，诊断«H:m»，监护人«N»，电话«L»，住址«A:t»。",
    # police and traffic
    "接警记录：«~date:time»，报警人«N»（«M»）称其位于«A:u»的家中被盗，被盗现金约«F:b»。",
    "道路交通事故认定书：当事人«N»驾驶«PL»小型轿车沿«~road»行驶时，与«N»驾驶的电动自行车相撞。",
    "违停告知单：号牌«PL»，违法地点«~road»，违法时间«~date:time»，罚款«~amount:s»。",
    "居住登记：«N»，«ID:da»，户籍地«A:o»，居住地«A:z»，房东«N»（«M»）。",
    "询问笔录\n问：你的基本情况？\n答：我叫«N»，身份证号码«ID»，住«A:p»，手机«M»。",
    "走失人员协查：«N:o»，男，«~number:age»岁，患«H»，家住«A:c»，家属«N»，电话«M:sp»。",
    "出入境证件受理：«N»申请往来港澳通行证，证件号码«HK»，护照号码«PP»，联系电话«M»，户籍地址«A:p»。",
    "路况通报：«~road»发生追尾，«PL»与«PL:ne»两车驾驶人«N»、«N»均无大碍。",
    "«~date» 巡逻民警«N»在«~road»查获无证驾驶人«N»，车辆«PL»已暂扣。",
    "驾驶证补换领：申请人«N»，证件号码«ID:fw»，邮寄地址«A:p»，邮编«~postcode»。",
    "反诈预警：受害人«N»（«M»，住«A:u»）已向对方账户«BC»转账，对方自称«~org:b»客服。",
    "户口迁移：«N»的户口由«A:o»迁往«A:z»，准迁证编号«~order»。",
    "治安调解：«N»与邻居«N»因停车问题发生纠纷，双方均住«A:u»，经«~org:g»调解和好。",
    # market regulation
    "个体工商户登记：经营者«N»，统一社会信用代码«U»，经营场所«A:t»，联系电话«M»。",
    "投诉举报：消费者«N»（«M»）投诉«~org:e»售卖过期食品，订单号«~order»，涉案金额«~amount:s»。",
    "行政处罚决定书«~docno»：当事人«~org:e»，统一社会信用代码«U»，法定代表人«N»，身份证号«ID»。",
    "摊位租赁登记：«N»租用农贸市场第«~number:s»号摊位，联系电话«M»，身份证«ID»，家住«A:o»。",
    "食品经营许可公示：«~org:e»（«U:fw»），负责人«N»，联系电话«L:par»。",
    "年报提醒：尊敬的«N»，您经营的个体户（信用代码«U»）请于«~date»前报送年度报告。咨询电话«~hotline»。",
    "抽检不合格通报：样品批号«~order»，生产日期«~date»，受检单位负责人«N»，已立案调查。",
    "«~org:g»与«~org:e»签订采购合同，合同金额«~amount:m»，经办人«N»，电话«L:ext»。",
    "企业注销：统一社会信用代码«~bad_uscc»校验不通过，请经办人«N»（«M»）核对后重新提交。",
    # housing and property
    "房屋租赁登记备案：出租人«N»，身份证«ID»；承租人«N»，身份证«ID:sp»；房屋坐落«A:p»；租期至«~date»。",
    "不动产登记：权利人«N»，证件号«ID»，坐落«A:c»，不动产权证号«~docno:cert»。",
    "物业通知：«A:r»业主«N»，您家水管漏水影响楼下住户，请尽快联系物业«L»。",
    "征收补偿协议：被征收人«N»，被征收房屋位于«A:v»，补偿款«F:l»，打入账户«BC:da»。",
    "公租房资格复核：«N»、«N»（夫妻），现住«A:u»，家庭年收入«F:l»。",
    "维修资金查询：房号«A:r»，业主«N»，账户余额«F:b»。",
    "«N»于«~date»搬到«A:u»，原住址«A:c»已出售。",
    "中介房源备案：房源位于«A:t»，挂牌价«~amount:m»，经纪人«N»（«M»）。",
    "燃气开户：户主«N»，用气地址«A:r»，表号«~number:id»，联系电话«M:da»。",
    "房东«N»说房子在«A:u»，押一付三，看房打«M»。",
    "拆违通告：«A:v»户主«N»搭建的«~number:s»平方米彩钢棚限«~date»前自行拆除。",
    # education
    "新生入学登记表：学生«N:y»，出生日期«DOB:c»，身份证号«ID»，家长«N»，户籍地址«A:p»，现居住地址«A:u»。",
    "学籍转出申请：学生«N:y»从«~org:s»转往外省就读，监护人«N»，电话«M»，现住«A:d»。",
    "家访记录：班主任«N»到«A:v»家访学生«N:y»，其父亲«N»常年在外打工。",
    "学生资助名单\n序号,姓名,身份证号,资助金额\n1,«N:y»,«ID»,«F:b»\n2,«N:y»,«ID»,«F:b»",
    "教师资格认定：«N»，邮箱«E»，手机«M»，通讯地址«A:c»，现场确认地点«~room:w»。",
    "校车接送登记：学生«N:y»，上车点«A:r»门口，家长电话«M»。",
    "«~date»中考报名：考生«N:y»，报名号«~order»，考场号«~number:s»。",
    "高校毕业生«N»，邮箱«E»，户籍所在地«A:b»，已到«~org:e»报到。",
    # employment and social insurance
    "参保登记：«N»，身份证«ID»，参保单位«~org:e»，居住地«A:t»，月缴费基数«F:w»。",
    "失业保险金申领：«N»，«M»，银行卡«BC»，每月领取«F:b»，领取期限«~number:s»个月，户籍地址«A:o»。",
    "劳动保障监察：«N»等«~number:s»名工人反映«~org:e»拖欠工资，代表人«N»，电话«M»。",
    "工资条｜姓名：«N»｜工号：«~number:id»｜应发：«F:w»｜实发：«F:w»｜工资卡尾号«~card_tail»",
    "招聘报名表 姓名«N» 出生年月«DOB:a» 邮箱«E» 手机«M» 通讯地址«A:p»",
    "养老金待遇核定：«N:o»，社会保障号码«SS»，月养老金«F:b»，发放账号«BC:sp»。",
    "外来务工人员«N»（«~place»人）在«~org:e»上班，现暂住«A:t»。",
    "工伤认定申请：«N»于«~date»在«~org:e»车间作业时受伤，诊断为«H»。",
    "灵活就业社保补贴：«N»，«ID»，补贴金额«F:b»，发放至«BC»。",
    "人才公寓入住通知：«N»，«E»，分配房源«A:r»，请于«~date»前办理入住。",
    # courts, mediation, notarisation
    "民事起诉状\n原告：«N»，男，«DOB:a»出生，住«A:p»，电话«M»。\n被告：«N»，女，住«A:c»。",
    "调解协议书：甲方«N»，乙方«N»，经«~org:c»调解，乙方赔偿甲方«F:l»，于«~date»前一次性付清。",
    "«~case»执行通知：被执行人«N»，身份证号«ID»，冻结其名下银行卡«BC»内存款«F:l»。",
    "送达回证：受送达人«N»，送达地址«A:u»，送达日期«~date»。",
    "庭审笔录：审判员«N»，书记员«N»，原告委托诉讼代理人«N»（«~org:law»律师），地点«~room:c»。",
    "人民调解登记：纠纷当事人«N»、«N»，均住«A:v»，因宅基地边界发生争执。",
    "公证申请：申请人«N»，护照号«PP»，拟办理学历公证«~number:s»份，公证书邮寄至«A:o»。",
    "失信被执行人：«N»，«ID:x»，住所地«A:p»，案号«~case»，执行法院«~org:c»。",
    "法律援助申请：«N»，«M»，住«A:d»，因追索劳动报酬申请法律援助。",
    "刑事判决书«~case»：被告人«N»，«DOB:a»出生，户籍地«A:b»，现住«A:t»。",
    # courier and logistics
    "运单号«~tracking»\n收件人：«N» «M»\n收件地址：«A:p»\n寄件人：«N» «M:da»",
    "快递到了，«N» «M» 放«A:r»门口了，取件码«~number:code»。",
    "寄至«A:c»，«N»收，«M»",
    "«N»«M»«A:p»",
    "物流异常件：«~tracking»，收件人«N»地址不详（只写了«A:t»），请联系«M»。",
    "到付件｜«~tracking»｜«N»｜«M»｜«A:u»｜«~amount:s»",
    "外卖订单«~order»：«A:u» «N» 手机尾号«~number:tail»",
    "退货地址：«A:c» «N»收 «L»",
    "«N»，«A:x»，«M»，邮编«~postcode»",
    "冷链配送单：收货人«N»，地址«A:v»，电话«M:sp»，订单«~order»",
    "邮政EMS «~tracking» 已由«N»签收，投递地址«A:d»，签收时间«~date:time»。",
    # bank and payroll
    "代发工资明细\n«N»\t«BC»\t«F:w»\n«N»\t«BC»\t«F:w»\n«N»\t«BC»\t«F:w»",
    "个人开户申请：客户«N»，证件类型：居民身份证，证件号码«ID»，手机«M»，地址«A:p»。",
    "转账回单：付款人«N»，账号«BC:sp»，收款人«N»，账号«BC»，金额«F»，流水号«~order»。",
    "贷款审查意见：借款人«N»，月收入«F:w»，名下房产位于«A:u»，已签署征信查询授权。",
    "信用卡账单：«N»您好，您尾号«~card_tail»的信用卡本期应还«F»，客服«~hotline»。",
    "核查：卡号«~bad_card»校验失败，疑似录入错误，请联系持卡人«N»（«M»）核实。",
    "«~org:b»协查回复：«N»的存款余额«F:l»，账户«BC:fw»。",
    "社保卡金融账户激活：«N»，社会保障号码«SS»，银行账号«BC»，激活网点«~org:b»。",
    # system and audit logs (English-mixed)
    "«~date:time» INFO [auth] login ok user=«E» ip=«IP» name=«N»",
    "[AUDIT] «~date:time» operator=«N» action=EXPORT table=dibao_family rows=«~number:id» src=«IP»",
    "WARN query person: name=«N», idcard=«ID», mobile=«M», addr=«A:p» (api «~version»)",
    "ERROR validate failed: id_no=«~bad_id» reason=checksum mismatch, submitted by «N»",
    "GET /api/v1/resident?name=«N»&id=«ID»&tel=«M:86» 200 «~number:s»ms from «IP»",
    "sync job «~order» done: «~number:id» records; last=«N», addr=«A:c»",
    "user «N» (uid «~number:id») changed mobile «M» -> «M», ip «IP:6»",
    "DEBUG payload {\"holder\":\"«N»\",\"card\":\"«BC»\",\"ts\":\"«~date»\"}",
    "安全审计：«~date:time» 账号«E»从«IP»连续«~number:s»次登录失败，已锁定；责任人«N»。",
    "ETL reject: uscc=«~bad_uscc» (check char mismatch), org contact «N» «L»",
    "[«~date»] mail to «E» cc «E»: «N»您好，附件为«~docno»扫描件。",
    "sms gateway sent to «M:0086» template=REMIND_12345 var1=«N» status=OK build «~version»",
    "access denied: user=«N» role=grid_worker resource=/person/«ID» ip=«IP»",
    # pasted table rows
    "姓名\t身份证号\t手机\t住址\n«N»\t«ID»\t«M»\t«A:c»\n«N»\t«ID»\t«M»\t«A:v»",
    "«N»,«ID»,«M»,«A:p»",
    "| «N» | «M:da» | «A:u» | «~date» |",
    "序号|姓名|号牌|违法地点\n1|«N»|«PL»|«~road»\n2|«N»|«PL:ne»|«~road»",
    "本周值班：周一«N»，周二«N»，周三«N»，周四«N»，周五«N»；值班电话«L»。",
    "户主,«N:o»,与户主关系,本人\n成员,«N»,与户主关系,儿子\n成员,«N:y»,与户主关系,孙女\n住址,«A:v»",
    "编号\t申请人\t联系电话\t受理日期\n«~order»\t«N»\t«L»\t«~date»\n«~order»\t«N»\t«M»\t«~date»",
    "参会人员：«N»、«N:m»、«N:c»、«N»（«~org»）",
    "«N»\t«A:s»\t«M:sp»",
    "车主«N»,«PL»,«ID»,«M»,«A:d»",
    "企业名称,统一社会信用代码,法定代表人,电话\n«~org:e»,«U»,«N»,«L:par»\n«~org:e»,«~bad_uscc»,«N»,«L»",
    "银行卡号|持卡人|余额\n«BC:sp»|«N»|«F»\n«~bad_card»|«N»|«F»",
    "«N:m»\t«ID»\t«A:o»\t«M»",
    # JSON and query strings
    "{\"name\":\"«N»\",\"idCard\":\"«ID»\",\"phone\":\"«M»\",\"address\":\"«A:p»\"}",
    "{\"applicant\":\"«N»\",\"mobile\":\"«M:86»\",\"email\":\"«E»\",\"submitTime\":\"«~date:time»\",\"orderNo\":\"«~order»\"}",
    "https://zwfw.example.gov.cn/query?xm=«N»&sfzh=«ID»&sjh=«M»&page=«~number:s»",
    "{\"xm\":\"«N»\",\"birthDate\":\"«DOB»\",\"jzdz\":\"«A:u»\",\"lxdh\":\"«L»\"}",
    "{\"plate\":\"«PL»\",\"owner\":\"«N»\",\"ownerId\":\"«ID:X»\",\"ownerAddr\":\"«A:d»\"}",
    "callback?user=«E»&ip=«IP»&ts=«~date»&v=«~version»",
    "{\"passportNo\":\"«PP»\",\"hkMacaoPermit\":\"«HK»\",\"holder\":\"«N:m»\",\"addr\":\"«A:o»\"}",
    "{\"org\":\"«~org:e»\",\"uscc\":\"«U»\",\"contact\":\"«N»\",\"tel\":\"«L:ext»\"}",
    "{\"patient\":\"«N»\",\"mrn\":\"«MR»\",\"diagnosis\":\"«H»\",\"ward\":\"«~number:s»\"}",
    # SMS and chat
    "【公积金中心】«N»您好，您的住房公积金账户于«~date»缴存«F:b»，当前余额«F:l»。退订回T",
    "[微信] «N»：我现在住«A:u»，你直接寄过来就行，电话«M:sp»",
    "工作群 «N»：明天检查，«N»、«N»负责«A:v»那一片，有事打我«M»",
    "短信：您好，我是网格员«N»，«~date»上门核对您家（«A:r»）的人口信息，请留人在家。",
    "«N»：身份证发我一下\n«N»：«ID:sp»\n«N»：好的收到",
    "老婆，我车«PL»停在«~road»边上了，你下班打我«M:fw»",
    "您的短信验证码为«~number:code»，5分钟内有效。如非本人操作请忽略。客服«~hotline»",
    "房东你好，我是«A:r»的租客«N»，这个月房租晚两天转，卡号是«BC»对吧",
    "钉钉消息：@«N» 把«N»的低保材料（身份证«ID»）发我，«~date»前报«~org:g»",
    "妈，我搬到«A:p»了，新号码«M:86»，你存一下",
    "«N»：快递帮我寄到«A:c»，收件人写«N»，电话«M»",
    # civil affairs, grid management, other notes
    "结婚登记：男方«N»，身份证号«ID»，住«A:c»；女方«N»，身份证号«ID»，住«A:u»；登记日期«~date»。",
    "殡葬服务登记：逝者«N:o»，生前住址«A:v»，经办家属«N»（«M»）。",
    "网格巡查：«~date» 网格员«N»发现«A:r»附近堆放杂物，已通知户主«N»清理。",
    "养老服务补贴：«N:o»，«DOB:o»出生，失能等级重度，患«H»，居住地址«A:t»。",
    "收养登记：收养人«N»、«N»，被收养人«N:y»，收养人住所«A:c»。",
    "退役军人信息采集：«N»，«ID»，入伍地«~place»，现住«A:p»。",
    "志愿服务排班：«N»（«M»）负责«~place»站点，«N»负责后勤保障。",
    "流动人口登记：«N:m»，«ID»，户籍地址«A:o»，现居«A:z»，联系电话«M»。",
    "«N»，户籍在«A:x»，今年来织里打工，联系电话«M:da»。",
    "村民«N»和«N»家住«A:v»，两家因排水沟问题发生矛盾，已由«~org:g»调处。",
    # addresses in every cue and layout
    "送达地址确认书：受送达人«N»确认送达地址为«A:p»，备用送达地址«A:r»，电话«M»。",
    "«N»一家已从«A:v»搬到«A:u»，户口尚未迁出。",
    "姓名|户籍地址|现住址\n«N»|«A:p»|«A:u»\n«N»|«A:o»|«A:t»",
    "寄件：«A:c»«N»«M» 收件：«A:p»«N»«M»",
    "人口普查登记：户主«N»，现住址«A:d»，户籍地«A:b»，户内人数«~number:s»。",
    "牧民«N:m»，住址«A:x»，联系电话«M»，草场面积«~number:area»亩。",
    "{\"addrList\":[\"«A:u»\",\"«A:v»\"],\"owner\":\"«N»\"}",
    "/api/geo/verify?name=«N»&addr=«A:c»&from=«IP»",
    "«N»和爱人«N»现住«A:o»，老家在«A:v»，逢年过节才回来。",
    "入户走访：«A:r»门口停着一辆«PL»，户主«N»不在家，其妻«N»称户籍在«A:b»。",
    "房屋征迁安置：被安置人«N»，原房屋«A:v»，安置房«A:r»，安置面积«~number:s»平方米。",
    "«N»迁往«A:o»，原住«A:z»的房屋由«N»代管。",
    "预约上门：请师傅到«A:u»，联系«N»«M»，时间«~date:time»。",
    "疫苗接种点改到«~org:h»，«N»家住«A:s»，离得远，申请上门接种。",
    "户籍地址：«A:s»\n现住地址：«A:r»\n联系人：«N»",
    "办理通知：请«N»于«~date»携带户口簿到«~room:w»办理，咨询电话«L»。",
    "听证通知书：定于«~date»在«~room:c»举行听证，当事人«N»，委托代理人«N»，联系电话«M»。",
    "遗失声明：«~org:e»（统一社会信用代码«U»）营业执照正本遗失，声明作废。联系人«N»«M»。",
    "密接人员«N»（«ID»）近14天活动轨迹：«LT»，现居家隔离于«A:u»。",
    # official prose, mostly hard negatives
    "根据«~docno»精神，«~org:g»于«~date»在«~place»召开推进会，会议地点«~room:m»，参会«~number:s»人。",
    "«~date»全市共受理12345工单«~number»件，按期办结率«~number:pct»%，详见«~docno»。",
    "«~org:g»通告：«~road»自«~date»起封闭施工，请绕行。咨询电话«~hotline»。",
    "关于«~place»2024年度最低生活保障标准调整的通知（«~docno»）：城乡低保标准统一为每人每月«~amount:s»。",
    "经查，«N»提交的身份证号«~bad_id»校验位错误，已退回补正；核实后的号码为«ID»。",
    "报销凭证：发票号码«~invoice»，开票日期«~date»，金额«~amount:s»，报销人«N»。",
    "市政府第«~number:s»次常务会议在«~room:m»召开，«N»主持，«N»、«N»、«N»出席。",
    "邮寄地址：«A:p»，邮政编码«~postcode»，收件人«N»。",
    "«N»同志：经研究，同意你于«~date»起到«~org:g»挂职锻炼。联系人«N»，电话«L:par»。",
    "赴«~place»考察学习，带队领导«N»，随行«N»、«N»，公务车辆«PL»。",
    "系统«~version»上线后，«~org:g»累计核验身份证«~number»次，拦截无效号码（如«~bad_id»）。",
    "«~place»代表团一行«~number:s»人于«~date»来«~org:g»交流，费用«~amount:s»由接待方承担。",
    "案件«~case»已于«~date»审结，诉讼费«~amount:s»由被告负担，原告«N»已领取判决书。",
]

TEMPLATES_TRADITIONAL = [
    "低保申請表\n申請人：«N:t»\n身份證號：«ID»\n家庭住址：«AT:cn»\n聯繫電話：«M»\n致貧原因：«H:t»",
    "個案紀錄：社工«N:t»於«~date:t»訪視«N:t»，案主居住於«AT:tw»，患有«H:t»，每月收入約«F:t»。",
    "收件人：«N:t» «M:86»\n地址：«AT:hk»",
    "依據«~docno:t»，«~org:t»於«~date:t»在«~place:t»召開會議，地點«~room:t»。",
    "報案人«N:t»稱，其住所«AT:cn»遭竊，聯絡電話«L»。",
    "轉帳通知：«N:t»您好，您尾號«~card_tail»的帳戶於«~date:t»收到退休金«F:t»。客服«~hotline»",
    "姓名,電話,地址\n«N:t»,«M»,«AT:tw»\n«N:t»,«M:da»,«AT:cn»",
    "出院摘要：病患«N:t»，病歷號«MR»，出生日期«DOB»，診斷«H:t»。",
    "«N:t»：我搬到«AT:mo»了，有事打«M:86»",
    "判決書«~case:t»：被告«N:t»，身份證號«ID»，住«AT:cn»。",
    "往來港澳通行證申請：«N:t»，證件號碼«HK»，護照號碼«PP»，郵箱«E»。",
    "車主«N:t»駕駛«PL»行經«~road:t»時違規停車，罰款«~amount:t»。",
    "快遞單號«~tracking»，寄至«AT:cn»，«N:t»收，«M»。",
    "調解筆錄：申請人«N:t»、被申請人«N:t»，均住«AT:cn»，因房屋漏水發生糾紛。",
    "就業登記：«N:t»，«ID:sp»，薪資帳戶«BC:sp»，月薪«F:t»。",
    "[系統日誌] 操作員«N:t»於«~date:t»匯出資料«~number:id»筆，來源IP «IP»。",
    "«~org:t»通知：«~place:t»低收入戶補助標準調整為每人每月«~amount:t»（«~docno:t»）。",
    "居民«N:t»反映，«AT:cn»附近施工噪音擾民，聯繫電話«M:sp»。",
    "房屋租賃：出租人«N:t»（«ID»），承租人«N:t»（«M»），房屋坐落«AT:tw»。",
    "訪視紀錄：«N:t»，香港居民，現住«AT:hk»，家屬«N:t»，電話«M:86»。",
    "«N:t»住«AT:tw»，戶籍地«AT:cn»，聯絡電話«M:da»。",
    "收件地址：«AT:mo»，收件人«N:t»，單號«~tracking»。",
    "請«N:t»於«~date:t»攜帶身分證件至«~room:t»辦理，洽詢電話«L:par»。",
]

TEMPLATES = TEMPLATES_SIMPLIFIED + TEMPLATES_TRADITIONAL


# ---------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------

def fill(template: str, rng: random.Random) -> dict:
    """One document from a template; spans are recorded with the value placed."""
    out: list[str] = []
    entities, negatives, placed = [], [], []
    pos = length = 0
    for m in _SLOT.finditer(template):
        literal = template[pos:m.start()]
        out.append(literal)
        length += len(literal)
        key, variant = m.group(1), m.group(2)
        if key.startswith("~"):
            value = NEGATIVES[key[1:]](rng, variant)
            negatives.append({"kind": key[1:], "start": length, "end": length + len(value)})
        else:
            entity, make = ENTITIES[key]
            value = make(rng, variant)
            entities.append({"type": entity, "start": length, "end": length + len(value)})
        placed.append(value)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    return {"text": "".join(out), "entities": entities, "negatives": negatives, "_placed": placed}


def generate_with_values(n: int = N_DOCS, seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        t_index = i % len(TEMPLATES)
        doc = fill(TEMPLATES[t_index], rng)
        docs.append({"id": f"{FAMILY}-{i:05d}", **doc, "source": f"template:{FAMILY}:{t_index}"})
    return docs


def generate(n: int = N_DOCS, seed: int = SEED) -> list[dict]:
    """The documents in the corpus format (what bench.classify_corpus writes)."""
    return [{k: v for k, v in d.items() if k != "_placed"} for d in generate_with_values(n, seed)]


# ---------------------------------------------------------------------------------------------
# Validation of the labels (no detector involved: each check is re-derived from the standard)
# ---------------------------------------------------------------------------------------------

def _halfwidth(s: str) -> str:
    return "".join(chr(ord(c) - 0xFEE0) if "！" <= c <= "～" else c for c in s)


def _compact(value: str) -> str:
    return re.sub(r"[\s\-]", "", _halfwidth(value))


def _valid_date(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= 31 and 1900 <= y <= 2025


def _check_entity(kind: str, value: str) -> str | None:
    """An error message if the value is not a well-formed instance of its type, else None."""
    v = _compact(value)
    if kind in ("CN_RESIDENT_ID", "CN_SOCIAL_SECURITY"):
        if re.fullmatch(r"\d{15}", v):
            return None if _valid_date(1900 + int(v[6:8]), int(v[8:10]), int(v[10:12])) else "legacy date"
        v = v.upper()
        if not _id_ok(v):
            return "GB 11643 check fails"
        return None if _valid_date(int(v[6:10]), int(v[10:12]), int(v[12:14])) else "birth date"
    if kind == "BANK_CARD":
        return None if re.fullmatch(r"\d{16,19}", v) and _luhn_ok(v) else "Luhn fails"
    if kind == "CN_USCC":
        return None if _uscc_ok(v) and _org_code_ok(v[8:17]) else "GB 32100 check fails"
    if kind == "CN_MOBILE":
        v = re.sub(r"^(\(\+86\)|\+86|0086)", "", v)
        return None if re.fullmatch(r"1[3-9]\d{9}", v) else "mobile form"
    if kind == "CN_LANDLINE":
        for area in set(AREA_CODES):
            pattern = rf"[(（]?{area}[)）]?[ -]?\d{{{8 if len(area) == 3 else 7},8}}(?:(?:转|-| ?ext\.|分机)\d{{1,4}})?"
            if re.fullmatch(pattern, _halfwidth(value)):
                return None
        return "landline form"
    if kind == "EMAIL_ADDRESS":
        return None if re.fullmatch(r"[\w.+]+@[a-z0-9.]+\.[a-z]{2,}", value, re.I) else "email form"
    if kind == "IP_ADDRESS":
        try:
            ipaddress.ip_address(value)
        except ValueError:
            return "IP form"
        return None
    if kind == "CN_PASSPORT":
        return None if re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}", value) else "passport form"
    if kind == "CN_HK_MACAO_PERMIT":
        return None if re.fullmatch(r"C\d{8}|C[A-HJ-NP-Z]\d{7}", value) else "permit form"
    if kind == "CN_LICENSE_PLATE":
        ok = re.fullmatch(r"[浙苏沪皖赣豫粤京川鲁闽湘鄂][A-HJ-NP-Z][· ]?([A-HJ-NP-Z0-9]{5}|[DF]\d{5}|\d{5}[DF])", value)
        return None if ok else "plate form"
    if kind == "DATE_OF_BIRTH":
        digits = [int(x) for x in re.findall(r"\d+", value)]
        if len(digits) == 1:
            s = value
            digits = [int(s[:4]), int(s[4:6]), int(s[6:8])]
        return None if len(digits) == 3 and _valid_date(*digits) else "date form"
    if kind == "CN_ADDRESS":
        return None if re.search(r"(室|号|组|社|队|连|楼|座|\d|村民小组|樓|號|組|之[一二三]|之\d)$", value) or _is_bare_division(value) \
            else "address does not end at a house, room or group"
    if kind == "PERSON":
        return None if 2 <= len(value) <= 14 and not re.search(r"[\d\s]", value) else "name form"
    return None if value.strip() == value and value else "blank edge"


def _is_bare_division(value: str) -> bool:
    return bool(re.fullmatch(r"(\S+?(省|自治区|市))?(\S+?(市|州|地区|盟))?(\S+?(区|县|市|旗))?(\S+?(镇|乡|街道|苏木))?", value))


def _org_code_ok(code: str) -> bool:
    c = 11 - sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(code[:8], V.W_ORG)) % 11
    return code[8] == {10: "X", 11: "0"}.get(c, str(c))


def _check_negative(kind: str, value: str) -> str | None:
    v = _compact(value)
    if kind == "bad_id":
        if not re.fullmatch(r"\d{17}[\dX]", v) or _id_ok(v):
            return "bad_id passes GB 11643"
    if kind == "bad_card":
        if not re.fullmatch(r"\d{16,19}", v) or _luhn_ok(v):
            return "bad_card passes Luhn"
    if kind == "bad_uscc":
        if len(v) != 18 or _uscc_ok(v):
            return "bad_uscc passes GB 32100"
    if kind.startswith("bad_"):
        others = [_id_ok(v), v.isdigit() and 16 <= len(v) <= 19 and _luhn_ok(v), _uscc_ok(v)]
        if any(others):
            return f"{kind} passes another check"
    return None


def _unlabeled_identifier_runs(doc: dict) -> list[str]:
    """Identifier-shaped runs left outside every span (a template's literal text leaking data)."""
    covered = [False] * len(doc["text"])
    for span in doc["entities"] + doc["negatives"]:
        for i in range(span["start"], span["end"]):
            covered[i] = True
    found = []
    for m in re.finditer(r"(?<![0-9A-Za-z])(1[3-9]\d{9}|\d{17}[\dXx]|\d{16,19})(?![0-9A-Za-z])", doc["text"]):
        if not any(covered[m.start():m.end()]):
            found.append(m.group())
    return found


def entity_types_from_yaml(path: Path = ENTITIES_YAML) -> set[str]:
    return set(re.findall(r"^  ([A-Z_]+):", path.read_text(encoding="utf-8"), re.M))


def validate(docs: list[dict], entity_types: set[str] | None = None) -> list[str]:
    """Every problem with the labels, as messages; an empty list means the corpus is consistent."""
    allowed = entity_types if entity_types is not None else entity_types_from_yaml()
    problems = []
    for doc in docs:
        text = doc["text"]
        spans = [("E", s["type"], s) for s in doc["entities"]] + [("N", s["kind"], s) for s in doc["negatives"]]
        placed = doc.get("_placed")
        ordered = sorted(spans, key=lambda x: x[2]["start"])
        for (_, _, a), (_, _, b) in zip(ordered, ordered[1:]):
            if a["end"] > b["start"]:
                problems.append(f"{doc['id']}: overlapping spans {a} {b}")
        if placed is not None and [text[s["start"]:s["end"]] for _, _, s in ordered] != placed:
            problems.append(f"{doc['id']}: span text differs from the value placed")
        for side, label, s in spans:
            value = text[s["start"]:s["end"]]
            if not value or value != value.strip():
                problems.append(f"{doc['id']}: empty or blank-edged span {label} {value!r}")
            if side == "E":
                if label not in allowed:
                    problems.append(f"{doc['id']}: type {label} not in entities.yaml")
                error = _check_entity(label, value)
            else:
                error = _check_negative(label, value)
            if error:
                problems.append(f"{doc['id']}: {label} {value!r}: {error}")
        if "«" in text or "»" in text:
            problems.append(f"{doc['id']}: a slot was not filled")
        for run in _unlabeled_identifier_runs(doc):
            problems.append(f"{doc['id']}: unlabeled identifier-shaped run {run!r}")
    return problems


def counts(docs: list[dict]) -> tuple[Counter, Counter]:
    return (Counter(s["type"] for d in docs for s in d["entities"]),
            Counter(s["kind"] for d in docs for s in d["negatives"]))


def write(docs: list[dict], path: Path = OUTPUT) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")


def main() -> int:
    docs = generate_with_values()
    problems = validate(docs)
    for p in problems[:40]:
        print(p)
    if problems:
        print(f"{len(problems)} problems; nothing written")
        return 1
    write(generate())
    by_type, by_kind = counts(docs)
    traditional = sum(1 for d in docs if int(d["source"].rsplit(":", 1)[1]) >= len(TEMPLATES_SIMPLIFIED))
    print(f"{OUTPUT.name}: {len(docs)} documents from {len(TEMPLATES)} templates "
          f"({len(TEMPLATES_TRADITIONAL)} Traditional, {traditional} documents), seed {SEED}")
    print("entities:", sum(by_type.values()), dict(by_type.most_common()))
    print("negatives:", sum(by_kind.values()), dict(by_kind.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
