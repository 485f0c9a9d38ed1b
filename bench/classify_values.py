"""Value generators for the labeled corpora (tests/classify/data/), written apart from
classify/ on purpose: the check digits below are re-implemented from the standards
(GB 11643, GB 32100, Luhn), so the corpus does not inherit a bug of the code it measures.

Four families draw from different pools (``family="dev"`` / ``"heldout"`` / ``"heldout2"`` /
``"heldout3"``): different given names, different streets and estates, different cities, so a
held-out set is not the dev set re-rolled. ``heldout2`` (added later, written before the rules it measures
were changed) adds surnames common in Zhejiang but rare nationally (俞、楼、应、闻、虞 …),
more compound surnames, addresses that start below the province (county, town, village)
and other BINs, prefixes and coordinate formats. ``heldout3`` (third round, also written before
its rules changed) adds places outside Zhejiang (Jiangsu, Anhui, Jiangxi, Henan, Sichuan,
Guizhou), compound surnames such as 申屠/令狐/宇文, given names of older and younger generations
(金根, 水英, 子墨, 一诺) and Huzhou towns and villages not in the other pools. ``heldout4`` (fourth
round, written before its rules changed) adds places in twelve other provinces written mostly
from the county or town down (隆回县桃洪镇…, 敖汉旗新惠镇…), rural given names (满仓, 铁柱, 秋菊)
and other BINs.
"""

from __future__ import annotations

import random

W_ID = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
USCC_AL = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W_USCC = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
W_ORG = (3, 7, 9, 10, 5, 8, 4, 2)

REGIONS = {
    "dev": ["330502", "330503", "330521", "330522", "330523", "330102", "330106", "330203", "330302", "330402"],
    "heldout": ["330602", "330702", "330782", "330802", "330902", "331002", "331102", "320106", "310115", "110105",
                "440305", "510104", "330503", "330523"],
    "heldout2": ["330302", "330381", "330803", "331121", "330902", "330502", "330281", "330681", "310104", "320583"],
    "heldout3": ["330501", "330522", "330483", "320282", "341881", "361130", "411525", "511322", "522427", "330503"],
    "heldout4": ["430524", "421126", "371321", "350921", "450324", "530381", "130531", "620522", "150430", "500235", "330521"],
}
SURNAMES = {
    "dev": "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁于蒋蔡余杜叶程沈钱",
    "heldout": "王李张刘陈杨黄吴周徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文",
    "heldout2": "俞楼应闻虞童屠施祝章褚骆柴岑阮聂凌费钮闵裘鲍翁缪陶蒋沈钱王李张陈吴周徐朱胡金姚汪陆",
    "heldout3": "王李张刘陈杨黄吴周徐孙朱胡高林何郭马罗郑谢唐许韩冯邓曹彭田董潘袁蒋蔡杜叶程苏魏吕丁任沈姚卢姜钟谭陆汪范金石廖夏方邹熊江邱严戴莫孔汤万向毛龚邵钱顾尹",
    "heldout4": "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏吕丁任姚卢姜崔谭陆范廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯龙史陶黎贺郝覃武",
}
GIVEN = {
    "dev": "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉鹏飞斌宇浩凯健俊帆帅旭宁龙林欣佳慧颖琳晶婷雪梅",
    "heldout": "志华建平永春秋晓海峰燕玲美丽淑贞嘉怡子涵梓轩浩然思远雨桐欣怡宏伟国庆立新文博晨阳佳琪雅静一鸣德胜金凤玉珍荣根水生彩霞",
    "heldout2": "炳荣月娥根宝阿毛林娣雪芬新民卫东亚萍建军国英晓东丽君钰涵若曦宇轩诗琪梦瑶振华福兴来娣杏芳",
    "heldout3": "子墨语桐一诺依依金根小毛秀英桂芳志强春燕海燕宏亮卫国红梅德明家乐晨曦俊杰天佑泽宇书瑶沐阳巧珍水英伯年荷花",
    "heldout4": "秋菊春生满仓铁柱大勇小芳凤英翠兰玉梅国栋永红雨萱梓涵浩宇思琪明轩俊熙欣妍志刚德福喜凤长青运来秀云广发",
}
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "东方"]
COMPOUND3 = ["申屠", "令狐", "宇文", "长孙", "上官", "诸葛", "欧阳", "夏侯"]
COMPOUND2 = ["欧阳", "司徒", "端木", "皇甫", "慕容", "尉迟", "公孙", "夏侯"]
TRAD_NAMES = ["陳志明", "張淑芬", "林美玲", "黃建國", "王麗華", "劉德勝", "楊雅婷", "吳家豪", "鄭文傑", "蔡宗翰", "許志偉",
              "謝佳穎", "郭俊宏", "洪美惠", "曾國樑", "蕭雅文", "葉建成", "鍾欣怡", "趙子龍", "孫立人"]

# Addresses: (province, city, county, towns) pools
DEV_PLACES = [
    ("浙江省", "湖州市", "吴兴区", ["飞英街道", "爱山街道", "织里镇", "八里店镇", "月河街道"]),
    ("浙江省", "湖州市", "南浔区", ["南浔镇", "练市镇", "双林镇", "菱湖镇"]),
    ("浙江省", "湖州市", "德清县", ["武康街道", "新市镇", "乾元镇", "莫干山镇"]),
    ("浙江省", "湖州市", "长兴县", ["雉城街道", "太湖街道", "煤山镇", "泗安镇"]),
    ("浙江省", "湖州市", "安吉县", ["递铺街道", "孝丰镇", "天荒坪镇", "梅溪镇"]),
    ("浙江省", "杭州市", "西湖区", ["文新街道", "古荡街道", "留下街道"]),
]
HELDOUT_PLACES = [
    ("浙江省", "绍兴市", "越城区", ["府山街道", "塔山街道", "东湖街道"]),
    ("浙江省", "嘉兴市", "南湖区", ["新兴街道", "解放街道", "七星街道"]),
    ("浙江省", "宁波市", "鄞州区", ["钟公庙街道", "首南街道", "姜山镇"]),
    ("浙江省", "金华市", "义乌市", ["稠城街道", "北苑街道", "佛堂镇"]),
    ("浙江省", "台州市", "临海市", ["古城街道", "大洋街道", "杜桥镇"]),
    ("江苏省", "苏州市", "吴江区", ["松陵街道", "盛泽镇", "震泽镇"]),
    ("安徽省", "宣城市", "广德市", ["桃州镇", "新杭镇"]),
    ("浙江省", "湖州市", "长兴县", ["林城镇", "洪桥镇", "夹浦镇"]),
    ("浙江省", "湖州市", "安吉县", ["鄣吴镇", "章村镇", "溪龙乡"]),
]
HELDOUT2_PLACES = [
    ("浙江省", "温州市", "鹿城区", ["五马街道", "南汇街道", "藤桥镇"]),
    ("浙江省", "衢州市", "柯城区", ["府山街道", "花园街道", "石梁镇"]),
    ("浙江省", "丽水市", "莲都区", ["紫金街道", "碧湖镇", "老竹畲族镇"]),
    ("浙江省", "舟山市", "定海区", ["昌国街道", "白泉镇", "干览镇"]),
    ("浙江省", "湖州市", "南浔区", ["和孚镇", "善琏镇", "千金镇", "旧馆街道"]),
    ("浙江省", "湖州市", "德清县", ["舞阳街道", "禹越镇", "钟管镇", "洛舍镇"]),
    ("浙江省", "杭州市", "余杭区", ["仓前街道", "良渚街道", "瓶窑镇"]),
    ("上海市", "上海市", "徐汇区", ["天平路街道", "田林街道"]),
]
HELDOUT3_PLACES = [
    ("浙江省", "湖州市", "吴兴区", ["龙泉街道", "康山街道", "东林镇", "道场乡"]),
    ("浙江省", "湖州市", "长兴县", ["画溪街道", "和平镇", "李家巷镇", "吕山乡"]),
    ("浙江省", "嘉兴市", "桐乡市", ["乌镇镇", "濮院镇", "梧桐街道"]),
    ("江苏省", "无锡市", "宜兴市", ["丁蜀镇", "张渚镇", "宜城街道"]),
    ("安徽省", "宣城市", "宁国市", ["港口镇", "河沥溪街道", "中溪镇"]),
    ("江西省", "上饶市", "婺源县", ["紫阳镇", "江湾镇"]),
    ("河南省", "信阳市", "固始县", ["城关镇", "陈淋子镇", "段集镇"]),
    ("四川省", "南充市", "营山县", ["朗池镇", "绿水镇"]),
    ("贵州省", "毕节市", "威宁彝族回族苗族自治县", ["草海镇", "金钟镇"]),
]
HELDOUT4_PLACES = [  # fourth family: other provinces, mostly written from the county or town down
    ("湖南省", "邵阳市", "隆回县", ["桃洪镇", "六都寨镇", "荷田乡"]),
    ("湖北省", "黄冈市", "蕲春县", ["漕河镇", "赤东镇", "刘河镇"]),
    ("山东省", "临沂市", "沂南县", ["界湖街道", "岸堤镇", "双堠镇"]),
    ("福建省", "宁德市", "霞浦县", ["松城街道", "三沙镇", "牙城镇"]),
    ("广西壮族自治区", "桂林市", "全州县", ["全州镇", "绍水镇", "才湾镇"]),
    ("云南省", "曲靖市", "宣威市", ["宛水街道", "板桥街道", "格宜镇"]),
    ("河北省", "邢台市", "广宗县", ["广宗镇", "冯家寨乡"]),
    ("甘肃省", "天水市", "秦安县", ["兴国镇", "莲花镇"]),
    ("内蒙古自治区", "赤峰市", "敖汉旗", ["新惠镇", "四家子镇"]),
    ("重庆市", "重庆市", "云阳县", ["青龙街道", "双江街道", "南溪镇"]),
    ("浙江省", "湖州市", "德清县", ["阜溪街道", "下渚湖街道", "雷甸镇"]),
    ("黑龙江省", "绥化市", "海伦市", ["海伦镇", "东风镇"]),
]
ROADS = {
    "dev": ["红旗路", "人民路", "凤凰路", "青铜路", "衣裳街", "劳动路", "环城东路", "解放路", "文三路", "天目山路"],
    "heldout": ["中兴大道", "解放北路", "延安路", "胜利西路", "环城南路", "稠州北路", "开元路", "云龙巷", "新华街", "体育场路",
                "学士路", "望江路"],
    "heldout2": ["府前路", "大士门路", "建设西路", "新开河路", "公园路", "北门街", "滨河东路", "振兴路", "朝阳路", "康庄路"],
    "heldout3": ["苕溪西路", "西山漾路", "太湖路", "团结路", "长兴大道", "陶都路", "解放东路", "人民中路", "和平街", "龙山路"],
    "heldout4": ["建设路", "桃花江路", "人民西路", "迎宾大道", "朝阳街", "沿河路", "幸福路", "工业园路", "文昌街", "滨江北路"],
}
ESTATES = {
    "dev": ["阳光花园", "锦绣苑", "和平小区", "新华苑", "金色家园", "翠苑小区"],
    "heldout": ["绿城桂花园", "江南名苑", "碧水湾公寓", "书香门第小区", "东湖新村", "星河湾花园", "金都华庭"],
    "heldout2": ["紫金城", "湖畔花苑", "龙湖天街公寓", "桃源新村", "金色水岸", "香樟园", "幸福里"],
    "heldout3": ["银泰城", "滨湖名邸", "仁皇山庄", "碧桂园", "金地浅山风华", "梧桐小区", "东门新村"],
    "heldout4": ["锦江花园", "盛世华庭", "龙湾小区", "书香苑", "御景城", "康乐新村"],
}
VILLAGES = {"dev": ["余村", "鲁家村", "荻港村", "义皋村", "东衡村"], "heldout": ["横山村", "上田村", "石门村", "周家村", "溪口村", "塘湾村"],
            "heldout2": ["荻溪村", "新塘村", "朱家埭村", "下昂村", "沈家墩村", "石塘坝村"],
            "heldout3": ["潞村", "钱山漾村", "光耀村", "王家庄村", "高家堂村", "方山窑村"],
            "heldout4": ["大坪村", "白果树村", "黄泥湾村", "李家寨村", "双河村", "新庄村"]}


def id_check(first17: str) -> str:
    return "10X98765432"[sum(int(d) * w for d, w in zip(first17, W_ID)) % 11]


def resident_id(rng: random.Random, family: str, valid: bool = True) -> str:
    region = rng.choice(REGIONS[family])
    y, m, d = rng.randint(1940, 2012), rng.randint(1, 12), rng.randint(1, 28)
    body = f"{region}{y:04d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    check = id_check(body)
    if not valid:
        check = rng.choice([c for c in "0123456789X" if c != check])
    return body + check


def luhn_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        n = int(ch)
        if i % 2 == 0:
            n = n * 2 - 9 if n * 2 > 9 else n * 2
        total += n
    return str((10 - total % 10) % 10)


def bank_card(rng: random.Random, family: str, valid: bool = True) -> str:
    bins = {"dev": ["622202", "622848", "621700", "622588", "623668"],
            "heldout": ["621226", "622609", "625965", "436742", "955880"],
            "heldout2": ["621799", "623058", "622155", "552599", "356895", "940081"],
            "heldout3": ["622262", "621483", "622908", "625807", "518710", "623501"],
            "heldout4": ["621661", "622823", "623052", "620058", "458123", "532458"]}[family]
    length = rng.choice([16, 19]) if family == "dev" else rng.choice([16, 17, 18, 19])
    body = rng.choice(bins) + "".join(str(rng.randrange(10)) for _ in range(length - 7))
    d = luhn_digit(body)
    if not valid:
        d = str((int(d) + rng.randint(1, 9)) % 10)
    return body + d


def uscc(rng: random.Random, family: str, valid: bool = True) -> str:
    head = rng.choice(["91", "92", "93", "12", "52"]) + rng.choice(REGIONS[family])[:6]
    org = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY" if i > 3 else "0123456789") for i in range(8))
    c = 11 - sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(org, W_ORG)) % 11
    org += {10: "X", 11: "0"}.get(c, str(c))
    body = head + org
    check = USCC_AL[(31 - sum(USCC_AL.index(ch) * w for ch, w in zip(body, W_USCC)) % 31) % 31]
    if not valid:
        check = rng.choice([c for c in USCC_AL if c != check])
    return body + check


def luhn_number(rng: random.Random) -> str:
    """A Luhn-valid 16-19 digit number that is not a card (an order or reference number)."""
    body = rng.choice(["6", "5", "4", "9", "3"]) + "".join(str(rng.randrange(10)) for _ in range(rng.choice([15, 16, 17, 18]) - 1))
    return body + luhn_digit(body)


def uscc_shaped(rng: random.Random) -> str:
    """18 characters with a valid GB 32100 authority, category and MOD 31 check, not a credit code
    (a batch or order number that passes by chance)."""
    head = rng.choice(["91", "92", "93", "12", "52", "31", "51"]) + "".join(str(rng.randrange(10)) for _ in range(6))
    body = head + "".join(rng.choice(USCC_AL) for _ in range(9))
    return body + USCC_AL[(31 - sum(USCC_AL.index(ch) * w for ch, w in zip(body, W_USCC)) % 31) % 31]


def mobile(rng: random.Random, family: str) -> str:
    prefixes = ["138", "139", "137", "150", "151", "158", "187", "188", "135"] if family == "dev" else \
        ["133", "153", "173", "177", "180", "181", "189", "199", "130", "131", "132", "155", "156", "166", "176", "185", "186", "147", "198"]
    return rng.choice(prefixes) + "".join(str(rng.randrange(10)) for _ in range(8))


def landline(rng: random.Random, family: str) -> str:
    if family == "dev":
        return f"0572-{rng.choice('23568')}{rng.randrange(10**6):06d}"
    area = rng.choice(["0571", "0574", "0575", "0573", "0579", "010", "021", "025"])
    n = 8 if len(area) == 3 else rng.choice([7, 8])
    return f"{area}-{rng.choice('2345678')}{rng.randrange(10**(n-1)):0{n-1}d}"


def email(rng: random.Random, family: str) -> str:
    if family == "dev":
        user = rng.choice(["zhangwei", "lihua", "wangfang", "hz_chen", "liu.yang", "zjhz2020"]) + str(rng.randint(1, 999))
        return user + "@" + rng.choice(["163.com", "qq.com", "126.com", "huzhou.gov.cn"])
    user = rng.choice(["xiaoming", "service", "chen-jl", "admin.hz", "k.zhao", "wu_2019", "lin_mei"]) + str(rng.randint(10, 99999))
    return user + "@" + rng.choice(["sina.com", "foxmail.com", "aliyun.com", "zj.gov.cn", "hotmail.com", "outlook.com", "139.com"])


def ipv4(rng: random.Random) -> str:
    return f"{rng.choice([10, 60, 115, 122, 172, 183, 192, 218, 220, 36])}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randint(1, 254)}"


def passport(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.6:
        return f"E{rng.randrange(10**8):08d}"
    if r < 0.85:
        return f"E{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rng.randrange(10**7):07d}"
    return f"G{rng.randrange(10**8):08d}"


def hk_permit(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return f"C{rng.randrange(10**8):08d}"
    return f"C{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rng.randrange(10**7):07d}"


def plate(rng: random.Random, family: str) -> str:
    provinces = "浙" if family == "dev" else "浙浙浙苏沪皖京粤"
    city = "E" if family == "dev" else rng.choice("ABCDEFGHJKL")
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if rng.random() < 0.2:
        tail = rng.choice("DF") + "".join(rng.choice("0123456789" + letters[:3]) for _ in range(1)) + f"{rng.randrange(10**4):04d}"
    else:
        chars = [rng.choice(letters)] + [str(rng.randrange(10)) for _ in range(4)]
        if rng.random() < 0.5:
            chars[rng.randrange(1, 5)] = rng.choice(letters)
        tail = "".join(chars)
    sep = "" if family == "dev" else rng.choice(["", "", "·"])
    return rng.choice(provinces) + city + sep + tail


def person(rng: random.Random, family: str) -> str:
    if family == "heldout3" and rng.random() < 0.08:
        return rng.choice(COMPOUND3) + "".join(rng.choice(GIVEN[family]) for _ in range(rng.randint(1, 2)))
    if family == "heldout2" and rng.random() < 0.1:
        return rng.choice(COMPOUND2) + "".join(rng.choice(GIVEN[family]) for _ in range(rng.randint(1, 2)))
    if rng.random() < 0.04:
        return rng.choice(COMPOUND) + "".join(rng.choice(GIVEN[family]) for _ in range(rng.randint(1, 2)))
    given_len = 2 if rng.random() < 0.7 else 1
    return rng.choice(SURNAMES[family]) + "".join(rng.choice(GIVEN[family]) for _ in range(given_len))


def address(rng: random.Random, family: str, level: str = "house") -> str:
    prov, city, county, towns = rng.choice({"dev": DEV_PLACES, "heldout": HELDOUT_PLACES, "heldout2": HELDOUT2_PLACES,
                                            "heldout3": HELDOUT3_PLACES, "heldout4": HELDOUT4_PLACES}[family])
    town = rng.choice(towns)
    if family == "heldout4":  # mostly from the county or the town down, as in free text
        city = "" if prov == city else city
        head = rng.choice([prov + city + county, city + county, county, county, county, ""])
    elif family in ("heldout2", "heldout3"):  # often below the province: city or county first, or the town alone
        city = "" if prov == city else city
        head = rng.choice([prov + city + county, city + county, county, county, ""])
    else:
        head = rng.choice([prov + city + county, city + county, prov + city + county, county]) if family == "heldout" else \
            rng.choice([prov + city + county, city + county])
    head += town
    if level == "town":
        return head
    if rng.random() < 0.3:
        return f"{head}{rng.choice(VILLAGES[family])}{rng.randint(1, 12)}组{rng.randint(1, 60)}号"
    road = rng.choice(ROADS[family])
    if rng.random() < 0.5:
        return f"{head}{road}{rng.randint(1, 999)}号"
    return f"{head}{rng.choice(ESTATES[family])}{rng.randint(1, 30)}幢{rng.randint(1, 4)}单元{rng.randint(1, 18)}{rng.randint(1, 4):02d}室"


def birth_date(rng: random.Random, style: str) -> str:
    y, m, d = rng.randint(1940, 2012), rng.randint(1, 12), rng.randint(1, 28)
    return {"iso": f"{y}-{m:02d}-{d:02d}", "zh": f"{y}年{m}月{d}日", "slash": f"{y}/{m}/{d}", "dot": f"{y}.{m:02d}.{d:02d}"}[style]


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)
