"""Held-out family 14 for the Chinese PII detector (written blind).

Self-contained generator: value pools, ~220 document templates (about a tenth in
Traditional script), a renderer that records every labelled span, and a validator.
Run ``python -m bench.classify_heldout14`` to write
``tests/classify/data/heldout14_generated.jsonl``.

Template markup: ``⟨key⟩`` is filled by FIELDS[key]; ``⟨key#n⟩`` reuses the same value
within one document; ``⟦lo-hi|row⟧`` repeats ``row`` lo..hi times joined by newlines.
"""
from __future__ import annotations

import json
import os
import random
import re

from bench.classify_values import id_check, luhn_digit, W_USCC, USCC_AL, W_ORG, fullwidth

SEED = 14_30_2026
N_DOCS = 2000
FAMILY = "heldout14"
OUT = os.path.join("tests", "classify", "data", "heldout14_generated.jsonl")
ENTITIES_YAML = "/work/shared/design/entities.yaml"

# ---------------------------------------------------------------- script conversion
_S2T_PAIRS = (
    "区區 县縣 镇鎮 乡鄉 组組 号號 楼樓 单單 栋棟 园園 湾灣 吴吳 兴興 浔潯 长長 织織 东東 阳陽 爱愛 飞飛 "
    "龙龍 凤鳳 练練 双雙 琏璉 旧舊 馆館 钟鐘 画畫 桥橋 夹夾 递遞 铺鋪 硕碩 灵靈 丰豐 报報 红紅 铜銅 环環 "
    "劳勞 动動 鱼魚 华華 适適 顾顧 胜勝 鲁魯 横橫 坞塢 苏蘇 广廣 仓倉 乌烏 宁寧 温溫 义義 泽澤 无無 锡錫 "
    "临臨 关關 门門 卫衛 员員 会會 场場 监監 医醫 疗療 设設 电電 视視 游遊 应應 务務 总總 税稅 级級 发發 "
    "队隊 积積 资資 数數 据據 处處 罚罰 办辦 书書 证證 记記 车車 业業 农農 贸貿 产產 厅廳 层層 厦廈 际際 "
    "体體 术術 学學 验驗 师師 范範 庄莊 沟溝 岭嶺 岗崗 营營 滨濱 汇匯 丽麗 万萬 达達 国國 时時 锦錦 绣繡 "
    "轩軒 阁閣 湿濕 经經 济濟 开開 区區 纺紡 织織 装裝 宾賓 饭飯 厂廠 机機 构構 汽汽 站站 铁鐵 航航 "
    "乐樂 荣榮 庆慶 亚亞 凯凱 丝絲 绸綢 联聯 个個 体體 户戶 钱錢 费費 闵閔 钮鈕 缪繆 贝貝 陆陸 蒋蔣 "
    "沈沈 刘劉 张張 陈陳 杨楊 黄黃 赵趙 孙孫 罗羅 郑鄭 谢謝 许許 韩韓 冯馮 邓鄧 叶葉 苏蘇 吕呂 卢盧 "
    "谭譚 汪汪 贾賈 韦韋 邹鄒 阎閻 龚龔 严嚴 汤湯 滩灘 岛島 湖湖 庙廟 园園 泾涇 浒滸 虹虹 闸閘 圣聖 "
    "坝壩 涧澗 垄壟 邮郵 编編 码碼 风風 岁歲 满滿 权權 杰傑 伟偉 丽麗 强強 军軍 红紅 梦夢 宁寧 浩浩 "
    "车車 桥橋 场場 线線 门門 广廣 厦廈 进進 贤賢 纪紀 宫宮 仪儀 艺藝 节節 运運 输輸 馈饋 养養 药藥 "
    "专專 货貨 饰飾 齐齊 边邊 顺順 远遠 宝寶 贵貴 阴陰 临臨 庐廬 镜鏡 湘湘 塘塘 寿壽 筑築 华華 盖蓋 铃鈴 云雲 "
    "岁歲 历歷 楼樓 窗窗 处處 厅廳 职職 级級 团團 贷貸 银銀 储儲 蓄蓄 农農 商商 证證 签簽 约約 扫掃 "
    "话話 邮郵 联聯 系係 诉訴 讼訟 审審 执執 刑刑 终終 复復 议議 检檢 测測 测測 验驗 卫衛 健健 "
)
S2T = {}
for _p in _S2T_PAIRS.split():
    if len(_p) == 2 and _p[0] != _p[1]:
        S2T[_p[0]] = _p[1]
S2T["余"] = "餘"  # only used on place names (余村); surnames come from their own pools


def s2t(s: str) -> str:
    return "".join(S2T.get(c, c) for c in s)


def tr(s: str, ctx: dict) -> str:
    return s2t(s) if ctx.get("trad") else s


# ---------------------------------------------------------------- people
SUR_COMMON = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤"
    "费闵钮施褚俞邬茅凌臧")
SUR_RARE = list("禤亓仉佘郗芮蒯阚訾逯璩隗冼笪昝甄厍钭郏濮缪竺柴劳晏")
SUR_COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "尉迟", "公孙", "令狐", "夏侯",
                "端木", "闻人", "钟离", "宇文", "司徒", "万俟", "澹台", "轩辕"]
GIVEN_OLD = ["建国", "建华", "国庆", "秀英", "桂兰", "淑珍", "玉兰", "凤英", "德明", "志刚", "红梅", "卫东",
             "建军", "爱华", "金娣", "根宝", "菊英", "彩娥", "福根", "荣根", "雪英", "阿毛", "金根", "桂芳",
             "秀珍", "海林", "永福", "月娥", "杏娣", "解放"]
GIVEN_MID = ["丽娟", "海燕", "伟", "磊", "静", "勇", "军", "敏", "芳", "艳", "洁", "强", "涛", "斌", "丹",
             "超", "鹏", "晓东", "海峰", "丽华", "春燕", "建平", "小红", "文杰", "志强", "明辉", "俊", "婷婷",
             "卫星", "雪芬", "利民", "国伟", "晓燕", "红英", "忠良", "慧"]
GIVEN_90 = ["佳怡", "思远", "雨婷", "家豪", "晨", "宇航", "梦瑶", "欣怡", "嘉伟", "浩", "倩", "琳", "一帆",
            "凯", "雪", "慧敏", "天宇", "佳琪", "俊杰", "诗雨", "晓彤", "泽宇", "雅琴", "博文"]
GIVEN_10 = ["梓涵", "子轩", "一诺", "浩然", "欣妍", "梓萱", "宇泽", "语桐", "沐宸", "若汐", "芷若", "奕辰",
            "锦程", "思彤", "依诺", "梓睿", "昊然", "可馨", "安琪", "皓轩", "诗涵", "景行", "知夏", "允儿"]
MINORITY = ["阿依古丽·买买提", "艾尔肯·吐尔逊", "古丽娜尔·艾买提", "买买提江·阿不都拉", "热依拉·吾斯曼",
            "扎西多吉", "次仁卓玛", "格桑央金", "旦增尼玛", "巴特尔", "乌云其其格", "斯琴高娃", "那日苏",
            "吉克阿依", "曲比阿乌", "阿苏拉则", "金哲洙", "朴成浩", "玉罕", "岩温", "迪丽努尔·阿不都热西提",
            "努尔兰·别克", "阿力木江·买买提"]
T_SUR = list("陳林黃張李王吳劉蔡楊許鄭謝郭洪邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏"
             "柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓馬阮董溫唐藍錢費閔鈕姚") + ["歐陽", "司馬", "上官", "諸葛", "司徒"]
T_GIVEN = ["志明", "淑芬", "家豪", "雅婷", "冠宇", "怡君", "建宏", "美玲", "宗翰", "佩珊", "俊傑", "欣怡",
           "國強", "麗華", "振華", "嘉慧", "偉倫", "詠琪", "子軒", "浩然", "秀英", "建國", "桂蘭", "淑珍",
           "曉東", "海燕", "文傑", "夢瑤", "梓涵", "一諾", "錦程", "鳳英", "金娣", "榮根", "德明", "慧敏"]


def person(rng, ctx, era=None):
    if ctx.get("trad"):
        return rng.choice(T_SUR) + rng.choice(T_GIVEN)
    r = rng.random()
    if era is None and r < 0.07:
        return rng.choice(MINORITY)
    r2 = rng.random()
    if r2 < 0.08:
        sur = rng.choice(SUR_COMPOUND)
    elif r2 < 0.17:
        sur = rng.choice(SUR_RARE)
    else:
        sur = rng.choice(SUR_COMMON)
    pool = {"old": GIVEN_OLD, "young": GIVEN_10}.get(era) or rng.choice([GIVEN_OLD, GIVEN_MID, GIVEN_MID, GIVEN_90, GIVEN_10])
    return sur + rng.choice(pool)


def surname(rng, ctx):
    return rng.choice(T_SUR[:60]) if ctx.get("trad") else rng.choice(SUR_COMMON)


# ---------------------------------------------------------------- gazetteer
HZ = {
    "吴兴区": dict(sub=["月河街道", "朝阳街道", "爱山街道", "飞英街道", "龙泉街道", "凤凰街道", "康山街道",
                      "织里镇", "八里店镇", "妙西镇", "埭溪镇", "东林镇", "道场乡"],
                 roads=["红旗路", "人民路", "凤凰路", "青铜路", "环城西路", "二环东路", "劳动路", "苕溪西路",
                        "吉山路", "栋梁路", "大港路", "外环南路"],
                 estates=["东白鱼潭小区", "凤凰一村", "青铜苑", "龙溪苑", "飞英公寓", "江南华苑", "爱山小区",
                          "潜庄公寓", "西山漾花园", "吉山新村"],
                 vill=["移沿山村", "杨家埠村", "潘店村", "义皋村", "戴山村", "伍浦村"]),
    "南浔区": dict(sub=["南浔镇", "练市镇", "双林镇", "菱湖镇", "和孚镇", "善琏镇", "旧馆街道", "千金镇",
                      "石淙镇"],
                 roads=["人瑞路", "适园路", "南浔大道", "朝阳路", "向阳路", "泰安路", "宜园路"],
                 estates=["嘉业花园", "適园小区", "东迁新村", "绿都世贸花园", "南林小区"],
                 vill=["荻港村", "息塘村", "沈庄漾村", "洋南村", "新民村", "花城村"]),
    "德清县": dict(sub=["武康街道", "舞阳街道", "阜溪街道", "乾元镇", "新市镇", "洛舍镇", "钟管镇", "雷甸镇",
                      "禹越镇", "莫干山镇", "新安镇"],
                 roads=["英溪路", "永安街", "武源街", "千秋街", "长虹街", "云岫路", "北湖街"],
                 estates=["英溪花园", "阳光水岸", "城北家园", "余英坊", "融创府"],
                 vill=["仙潭村", "五四村", "燎原村", "劳岭村", "勾里村"]),
    "长兴县": dict(sub=["雉城街道", "画溪街道", "太湖街道", "龙山街道", "洪桥镇", "李家巷镇", "夹浦镇",
                      "煤山镇", "泗安镇", "和平镇", "林城镇", "水口乡", "虹星桥镇"],
                 roads=["金陵路", "明珠路", "长兴大道", "画溪大道", "解放路", "雉州大道", "中央大道"],
                 estates=["金陵花园", "明珠花苑", "画溪新村", "龙山小区", "太湖明珠苑"],
                 vill=["顾渚村", "新川村", "仰峰村", "方山窠村", "白岘村"]),
    "安吉县": dict(sub=["递铺街道", "昌硕街道", "灵峰街道", "孝丰镇", "天荒坪镇", "梅溪镇", "鄣吴镇",
                      "杭垓镇", "报福镇", "章村镇", "天子湖镇", "山川乡", "溪龙乡"],
                 roads=["昌硕路", "胜利西路", "浦源大道", "天目路", "凤凰路", "玉磬路", "递铺中路"],
                 estates=["凤凰新村", "昌硕花园", "浦源小区", "竹海家园", "灵峰苑"],
                 vill=["余村", "鲁家村", "横山坞村", "大竹园村", "高家堂村", "黄杜村"]),
}
HZ_COUNTY_CODE = {"吴兴区": "330502", "南浔区": "330503", "德清县": "330521", "长兴县": "330522",
                  "安吉县": "330523"}
OTHER = [
    ("浙江省杭州市西湖区", ["西溪街道", "文新街道", "蒋村街道"], ["文三路", "古墩路", "天目山路"], ["龙坞村"], "330106"),
    ("浙江省杭州市余杭区", ["仓前街道", "五常街道", "闲林街道"], ["文一西路", "五常大道"], ["永安村"], "330110"),
    ("浙江省嘉兴市桐乡市", ["梧桐街道", "乌镇镇", "濮院镇"], ["庆丰路", "振兴东路"], ["横港村"], "330483"),
    ("浙江省宁波市鄞州区", ["首南街道", "姜山镇"], ["天童南路", "鄞县大道"], ["走马塘村"], "330212"),
    ("浙江省温州市瑞安市", ["安阳街道", "塘下镇"], ["万松路", "罗阳大道"], ["韩田村"], "330381"),
    ("浙江省金华市义乌市", ["稠城街道", "佛堂镇", "北苑街道"], ["工人北路", "宾王路"], ["何斯路村"], "330782"),
    ("江苏省苏州市吴江区", ["震泽镇", "盛泽镇", "松陵街道"], ["中山南路", "舜新路"], ["众安桥村"], "320509"),
    ("江苏省无锡市宜兴市", ["丁蜀镇", "宜城街道"], ["陶都路", "人民中路"], ["西望村"], "320282"),
    ("安徽省宣城市广德市", ["桃州镇", "新杭镇"], ["太极大道", "横山路"], ["笄山村"], "341882"),
    ("安徽省阜阳市临泉县", ["城关街道", "迎仙镇", "长官镇"], ["临化路", "沈丘路"], ["大李庄村", "朱寨村"], "341221"),
    ("河南省周口市郸城县", ["洺北街道", "宁平镇"], ["新华路", "东风路"], ["王楼村"], "411625"),
    ("河南省信阳市固始县", ["番城街道", "三河尖镇"], ["蓼城大道", "中山路"], ["陈淋子村"], "411525"),
    ("四川省凉山彝族自治州昭觉县", ["新城镇", "四开乡", "竹核乡"], ["南坪路", "西河路"], ["火普村", "尼地村"], "513431"),
    ("贵州省毕节市威宁彝族回族苗族自治县", ["草海镇", "雪山镇"], ["建设东路", "民族路"], ["百草坪村"], "520526"),
    ("江西省上饶市鄱阳县", ["鄱阳镇", "谢家滩镇"], ["饶州大道", "芝山路"], ["东湖村"], "361128"),
    ("湖北省黄冈市蕲春县", ["漕河镇", "蕲州镇"], ["东壁大道", "李时珍路"], ["雨山村"], "421126"),
    ("山东省临沂市兰陵县", ["卞庄街道", "向城镇"], ["会宝路", "文化路"], ["压油沟村"], "371324"),
    ("广东省梅州市兴宁市", ["兴田街道", "宁新街道"], ["兴城路", "文峰路"], ["东门村"], "441481"),
    ("云南省昭通市镇雄县", ["乌峰街道", "以勒镇"], ["南大街", "站前路"], ["大河村"], "530627"),
    ("甘肃省天水市秦安县", ["兴国镇", "郭嘉镇"], ["映南路", "成纪大道"], ["寺咀村"], "620522"),
    ("新疆维吾尔自治区喀什地区疏附县", ["托克扎克镇", "兰干乡"], ["迎宾路", "天山路"], ["阿亚格曼干村"], "653121"),
    ("西藏自治区日喀则市桑珠孜区", ["城南街道", "甲措雄乡"], ["上海北路", "珠峰路"], ["江当村"], "540202"),
    ("内蒙古自治区赤峰市宁城县", ["天义镇", "八里罕镇"], ["铁西路", "中京大街"], ["小城子村"], "150429"),
    ("广西壮族自治区玉林市博白县", ["博白镇", "龙潭镇"], ["城南路", "文化路"], ["木案村"], "450923"),
    ("黑龙江省绥化市望奎县", ["望奎镇", "灵山满族乡"], ["文化大街", "东一道街"], ["正黄旗头村"], "231221"),
    ("上海市闵行区", ["莘庄镇", "古美路街道", "七宝镇"], ["莘松路", "都市路", "漕宝路"], [], "310112"),
    ("北京市朝阳区", ["望京街道", "呼家楼街道"], ["阜通东大街", "光华路"], [], "110105"),
]
ID_REGIONS = list(HZ_COUNTY_CODE.values()) * 4 + [o[4] for o in OTHER] + ["330102", "330104", "330522"]

PUBLIC_PLACES = ["湖州站", "德清站", "长兴汽车客运站", "爱山广场", "吾悦广场", "浙北大厦", "南浔古镇东大街",
                 "安吉余村景区", "莫干山庾村", "太湖龙之梦乐园", "杭州东站", "上海虹桥站", "湖州市中心医院门诊楼",
                 "织里镇童装城", "仁皇山公园", "月河街历史街区", "南太湖新区市民中心", "长兴水口茶文化景区"]


def _n(rng, a, b):
    return str(rng.randint(a, b))


def addr_hz(rng, ctx):
    county = rng.choice(list(HZ))
    d = HZ[county]
    pre = rng.choice(["", "", "湖州市", "湖州市", "浙江省湖州市"])
    sub = rng.choice(d["sub"])
    k = rng.random()
    if k < 0.35:
        tail = rng.choice(d["roads"]) + _n(rng, 1, 999) + "号"
        if rng.random() < 0.3:
            tail += _n(rng, 1, 12) + "幢" + _n(rng, 1, 6) + "0" + _n(rng, 1, 4) + "室"
    elif k < 0.7:
        tail = rng.choice(d["estates"]) + _n(rng, 1, 48) + rng.choice(["幢", "栋", "号楼"]) + \
            (_n(rng, 1, 3) + "单元" if rng.random() < 0.5 else "") + _n(rng, 1, 18) + "0" + _n(rng, 1, 4) + "室"
    else:
        tail = rng.choice(d["vill"]) + rng.choice(["", "", "下渚湾", "上庄", "西坝"]) + \
            rng.choice([_n(rng, 1, 12) + "组", _n(rng, 1, 168) + "号", _n(rng, 1, 9) + "组" + _n(rng, 1, 60) + "号"])
        if rng.random() < 0.35:
            tail = tail.replace("组", "组", 1)
    sub_part = sub if (k >= 0.35 or rng.random() < 0.6) else ""
    return tr(pre + county + sub_part + tail, ctx)


def addr_other(rng, ctx):
    prov, subs, roads, vills, _ = rng.choice(OTHER)
    sub = rng.choice(subs)
    if vills and rng.random() < 0.5:
        tail = rng.choice(vills) + rng.choice([_n(rng, 1, 15) + "组", _n(rng, 1, 120) + "号",
                                               _n(rng, 1, 9) + "组" + _n(rng, 1, 80) + "号"])
    else:
        tail = rng.choice(roads) + _n(rng, 1, 888) + "号"
        if rng.random() < 0.4:
            tail += _n(rng, 1, 30) + "栋" + _n(rng, 1, 25) + "0" + _n(rng, 1, 6) + "室"
    return tr(prov + sub + tail, ctx)


def addr_any(rng, ctx):
    return addr_hz(rng, ctx) if rng.random() < 0.68 else addr_other(rng, ctx)


def addr_bare(rng, ctx):
    if rng.random() < 0.6:
        c = rng.choice(list(HZ))
        return tr(rng.choice(["湖州市", "浙江省湖州市"]) + c + rng.choice(["", rng.choice(HZ[c]["sub"])]), ctx)
    return tr(rng.choice(OTHER)[0], ctx)


def county(rng, ctx):
    return tr(rng.choice(list(HZ)), ctx)


def place_public(rng, ctx):
    return tr(rng.choice(PUBLIC_PLACES), ctx)


# ---------------------------------------------------------------- departments / organisations
DEPTS = ["湖州市公安局", "湖州市民政局", "湖州市人力资源和社会保障局", "湖州市卫生健康委员会",
         "湖州市市场监督管理局", "湖州市医疗保障局", "湖州市住房和城乡建设局", "湖州市教育局",
         "湖州市文化广电旅游局", "湖州市应急管理局", "国家税务总局湖州市税务局", "湖州市中级人民法院",
         "湖州市吴兴区人民法院", "湖州市大数据发展管理局", "湖州市发展和改革委员会", "湖州市公安局交通警察支队",
         "湖州市行政服务中心", "湖州市住房公积金管理中心", "长兴县民政局", "德清县市场监督管理局",
         "安吉县公安局", "南浔区人力资源和社会保障局", "吴兴区卫生健康局", "湖州市司法局", "湖州市信用中心"]
CO_PRE = ["湖州", "长兴", "德清", "安吉", "南浔", "浙江", "湖州吴兴"]
CO_MID = ["华盛", "恒达", "鑫源", "永兴", "诚信", "绿源", "星光", "金洲", "新丰", "天顺", "美好", "竹海", "太湖",
          "博远", "瑞丰", "嘉禾", "众诚"]
CO_TRADE = ["童装", "木业", "蓄电池", "竹制品", "纺织", "物流", "建材", "餐饮管理", "房地产开发", "电子科技",
            "茶业", "农业开发", "机械制造", "家居", "新材料", "旅游开发", "物业管理"]
CO_SUF = ["有限公司", "有限公司", "股份有限公司", "有限责任公司", "专业合作社"]


def dept(rng, ctx):
    return tr(rng.choice(DEPTS), ctx)


def company(rng, ctx):
    return tr(rng.choice(CO_PRE) + rng.choice(CO_MID) + rng.choice(CO_TRADE) + rng.choice(CO_SUF), ctx)


BANKS = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "交通银行", "招商银行", "中国邮政储蓄银行",
         "湖州银行", "浙江农商银行", "长兴农商银行", "安吉农商银行", "浙商银行"]

# ---------------------------------------------------------------- structured identifiers
def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _birth(rng, lo=1938, hi=2021):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def _id_raw(rng, ctx, lo=1938, hi=2021, key=""):
    # a date of birth written earlier in the same document is reused, so the ID agrees with it
    y, m, d = ctx.pop("birth_next" + key, None) or _birth(rng, lo, hi)
    ctx["birth" + key] = (y, m, d)
    first = rng.choice(ID_REGIONS) + "%04d%02d%02d" % (y, m, d) + _digits(rng, 3)
    return first + id_check(first)


def resident_id(rng, ctx):
    v = _id_raw(rng, ctx)
    r = rng.random()
    if r < 0.06:
        return v[:6] + " " + v[6:14] + " " + v[14:]
    if r < 0.10:
        return fullwidth(v)
    if r < 0.14 and v.endswith("X"):
        return v[:-1] + "x"
    if r < 0.18 and v[6:8] == "19" and v[8:10] < "85":
        return v[:6] + v[8:17]  # legacy 15-digit form (no century, no check)
    return v


def resident_id_plain(rng, ctx):
    return _id_raw(rng, ctx)


def resident_id_child(rng, ctx):
    return _id_raw(rng, ctx, 2008, 2022, key="_k")


MOB_PRE = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151",
           "152", "153", "155", "156", "157", "158", "159", "166", "172", "173", "175", "176", "177", "178",
           "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]


def _mob_raw(rng):
    return rng.choice(MOB_PRE) + _digits(rng, 8)


def mobile(rng, ctx):
    v = _mob_raw(rng)
    r = rng.random()
    if r < 0.55:
        return v
    if r < 0.67:
        return v[:3] + " " + v[3:7] + " " + v[7:]
    if r < 0.75:
        return v[:3] + "-" + v[3:7] + "-" + v[7:]
    if r < 0.83:
        return "+86 " + v
    if r < 0.87:
        return "+86-" + v
    if r < 0.92:
        return "+86" + v
    return fullwidth(v)


def mobile_plain(rng, ctx):
    return _mob_raw(rng)


AREA8 = ["0571", "010", "021", "020", "025", "027", "028", "023", "0512", "0551", "0574"]
AREA7 = ["0572", "0572", "0572", "0573", "0575", "0579", "0577", "0570"]


def landline(rng, ctx):
    if rng.random() < 0.6:
        ac, n = rng.choice(AREA7), rng.choice("2345678") + _digits(rng, 6)
    else:
        ac, n = rng.choice(AREA8), rng.choice("2345678") + _digits(rng, 7)
    r = rng.random()
    if r < 0.6:
        return ac + "-" + n
    if r < 0.72:
        return ac + " " + n
    if r < 0.82:
        return ac + n
    if r < 0.9:
        return "+86-" + ac[1:] + "-" + n
    return ac + "-" + n[:4] + " " + n[4:] if len(n) == 8 else ac + "-" + n


def landline_hz(rng, ctx):
    return "0572-" + rng.choice("2345678") + _digits(rng, 6)


def landline_local(rng, ctx):
    return rng.choice("23") + _digits(rng, 6)


USCC_REG = ["330500", "330502", "330503", "330521", "330522", "330523", "330501", "330100", "330106", "320500",
            "341882", "330400"]
_ORG_AL = [c for c in USCC_AL]


def _org_check(code8):
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(code8, W_ORG))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def _uscc_check(first17):
    s = sum(USCC_AL.index(c) * w for c, w in zip(first17, W_USCC))
    return USCC_AL[(31 - s % 31) % 31]


def _uscc_raw(rng, kind=None):
    kind = kind or rng.choice(["91"] * 7 + ["92", "92", "93", "12", "52"])
    if kind in ("91", "92", "93") and rng.random() < 0.6:
        org = "MA" + "".join(rng.choice(_ORG_AL) for _ in range(6))
    elif kind == "92" and rng.random() < 0.5:
        org = "L" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
    else:
        org = _digits(rng, 8)
    first = kind + rng.choice(USCC_REG) + org + _org_check(org)
    return first + _uscc_check(first)


def uscc(rng, ctx):
    v = _uscc_raw(rng)
    return fullwidth(v) if rng.random() < 0.04 else v


def uscc92(rng, ctx):
    return _uscc_raw(rng, "92")


BINS16 = ["622202", "621226", "622848", "623052", "621700", "622700", "436742", "622588", "621483", "622262",
          "601382", "621661", "621799", "622188", "623091", "621058", "625965", "622575", "628288"]
BINS19 = ["622202", "621226", "622848", "623052", "621700", "621799", "622188", "623091", "621058", "621661",
          "622262"]


def _card_raw(rng):
    if rng.random() < 0.55:
        p = rng.choice(BINS19) + _digits(rng, 12)
    else:
        p = rng.choice(BINS16) + _digits(rng, 9)
    return p + luhn_digit(p)


def _group4(v, sep=" "):
    return sep.join(v[i:i + 4] for i in range(0, len(v), 4))


def bank_card(rng, ctx):
    v = _card_raw(rng)
    r = rng.random()
    if r < 0.6:
        return v
    if r < 0.85:
        return _group4(v)
    if r < 0.92:
        return _group4(v, "-")
    return fullwidth(v)


def bank_card_plain(rng, ctx):
    return _card_raw(rng)


PY = ["zhang", "wang", "li", "liu", "chen", "shen", "qian", "yao", "xu", "zhou", "wu", "lin", "huang", "mo",
      "fei", "min", "niu", "shi", "yu", "gu", "lu", "pan", "jiang", "ye", "sun", "ma", "zhu", "hu", "guo"]
PY_G = ["wei", "jie", "min", "li", "hua", "jun", "xiaoyan", "haifeng", "yuting", "zihan", "hao", "jing",
        "xm", "jh", "lp", "yq", "tao", "fang", "qiang", "yifan", "chen"]
MAIL_DOM = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "aliyun.com", "outlook.com", "139.com",
            "yeah.net", "sohu.com", "gmail.com", "hotmail.com", "zju.edu.cn", "zjhu.edu.cn", "huzhou.gov.cn",
            "hz.gov.cn"]


def email(rng, ctx):
    d = rng.choice(MAIL_DOM)
    r = rng.random()
    if d == "qq.com" and r < 0.6:
        u = str(rng.randint(10000, 2999999999))
    elif r < 0.35:
        u = rng.choice(PY) + rng.choice(PY_G) + _n(rng, 60, 99) if rng.random() < 0.5 else rng.choice(PY) + rng.choice(PY_G)
    elif r < 0.55:
        u = rng.choice(PY) + rng.choice([".", "_", ""]) + rng.choice(PY_G) + _n(rng, 1, 2023)
    elif r < 0.75:
        u = rng.choice(["hz", "hzcity", "wx", "dq", "cx", "aj", "nx"]) + "_" + rng.choice(PY) + rng.choice(PY_G)
    else:
        u = rng.choice(PY_G) + rng.choice(PY) + _n(rng, 1, 999)
    return u + "@" + d


def ipv4(rng, ctx):
    r = rng.random()
    if r < 0.3:
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    if r < 0.55:
        return "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))
    if r < 0.65:
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
    a = rng.choice([36, 39, 42, 58, 60, 61, 101, 112, 115, 117, 122, 125, 183, 218, 220, 223])
    return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv6(rng, ctx):
    return "240e:%x:%x:%x::%x" % (rng.randint(0x300, 0x3ff), rng.randint(0, 0xffff), rng.randint(0, 0xffff),
                                  rng.randint(1, 0xfff))


LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def passport(rng, ctx):
    r = rng.random()
    if r < 0.55:
        return "E" + _digits(rng, 8)
    if r < 0.85:
        return "E" + rng.choice(LET) + _digits(rng, 7)
    return "G" + _digits(rng, 8)


def hkmo(rng, ctx):
    if rng.random() < 0.5:
        return "C" + _digits(rng, 8)
    return "C" + rng.choice(LET) + _digits(rng, 7)


PLATE_PROV = ["浙"] * 10 + ["苏", "皖", "沪", "赣", "豫", "鲁", "川", "京", "闽", "鄂"]
PLATE_T = {"苏": "蘇", "沪": "滬", "赣": "贛", "鲁": "魯", "闽": "閩", "鄂": "鄂"}
ZJ_CITY = "EEEEEEABCDFGHJKL"


def plate(rng, ctx):
    p = rng.choice(PLATE_PROV)
    c = rng.choice(ZJ_CITY) if p == "浙" else rng.choice("ABCDEFGH")
    if rng.random() < 0.22:
        body = rng.choice("DF") + _digits(rng, 5)
    else:
        chars = [rng.choice("0123456789") for _ in range(5)]
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            chars[rng.randint(0, 4)] = rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        body = "".join(chars)
    sep = rng.choice(["", "", "", "·", " "])
    if ctx.get("trad"):
        p = PLATE_T.get(p, p)
    return p + c + sep + body


def social_sec(rng, ctx):
    r = rng.random()
    if r < 0.6:
        return rng.choice("ABHJKLM") + _digits(rng, 8)
    return "3305" + rng.choice(["00", "02", "03", "21", "22", "23"]) + _digits(rng, 8)


def medical_rec(rng, ctx):
    r = rng.random()
    if r < 0.3:
        return "ZY" + str(rng.randint(2019, 2025)) + _digits(rng, 6)
    if r < 0.5:
        return "MZ" + _digits(rng, 10)
    if r < 0.7:
        return _digits(rng, 8)
    if r < 0.85:
        return "H330500" + _digits(rng, 8)
    return "BA" + _digits(rng, 2) + "-" + _digits(rng, 6)


def dob(rng, ctx, lo=1938, hi=2005, key=""):
    if ctx.get("birth" + key):
        y, m, d = ctx.pop("birth" + key)
    else:
        y, m, d = _birth(rng, lo, hi)
        ctx["birth_next" + key] = (y, m, d)
    r = rng.random()
    if r < 0.45:
        return "%d年%d月%d日" % (y, m, d)
    if r < 0.75:
        return "%04d-%02d-%02d" % (y, m, d)
    if r < 0.85:
        return "%04d%02d%02d" % (y, m, d)
    return "%04d.%02d.%02d" % (y, m, d)


HEALTH = ["高血压3级", "2型糖尿病", "慢性阻塞性肺疾病", "乳腺癌术后", "精神分裂症", "中度抑郁发作", "肺结核",
          "慢性乙型病毒性肝炎", "冠状动脉粥样硬化性心脏病", "脑梗死后遗症", "孕12周", "左股骨颈骨折",
          "阿尔茨海默病", "支气管哮喘", "肢体残疾二级", "视力残疾一级", "慢性肾功能不全(CKD4期)", "癫痫",
          "类风湿关节炎", "双相情感障碍", "甲状腺乳头状癌", "艾滋病病毒感染", "腰椎间盘突出症", "尿毒症维持性血透"]
HEALTH_T = ["高血壓3級", "2型糖尿病", "慢性阻塞性肺疾病", "乳腺癌術後", "思覺失調症", "中度憂鬱發作", "肺結核",
            "慢性B型肝炎", "冠狀動脈心臟病", "腦梗塞後遺症", "懷孕12週", "左股骨頸骨折", "阿茲海默症", "氣喘"]


def health(rng, ctx):
    return rng.choice(HEALTH_T if ctx.get("trad") else HEALTH)


def _money(rng, lo, hi, style=None):
    v = rng.randint(lo, hi)
    style = style or rng.choice(["plain", "comma", "wan", "yen", "cent"])
    if style == "plain":
        return "%d元" % v
    if style == "comma":
        return "{:,}元".format(v)
    if style == "wan":
        return "%.1f万元" % (v / 10000) if v >= 10000 else "%d元" % v
    if style == "yen":
        return "¥{:,}".format(v)
    return "{:,.2f}元".format(v + rng.randint(0, 99) / 100)


def fin(rng, ctx):
    v = _logu(rng, 1200, 2600000)
    s = _money(rng, v, v)
    return s.replace("万元", "萬元") if ctx.get("trad") else s


def trace(rng, ctx):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    steps = []
    for _ in range(rng.randint(2, 3)):
        steps.append("%d:%02d%s" % (rng.randint(6, 22), rng.choice([0, 5, 10, 20, 30, 45, 50]), rng.choice(PUBLIC_PLACES)))
    s = "%d月%d日" % (m, d) + rng.choice(["→", "，", "—"]).join(steps)
    return tr(s, ctx)


# ---------------------------------------------------------------- hard negatives
def neg_date(rng, ctx):
    y, m, d = rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(["%d年%d月%d日", "%04d-%02d-%02d", "%04d/%d/%d", "%04d%02d%02d", "%04d.%02d.%02d",
                       "%d年%d月%d日"]) % (y, m, d)


def neg_time(rng, ctx):
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice(["%02d:%02d" % (h, mi), "%d时%02d分" % (h, mi), "%02d:%02d:%02d" % (h, mi, rng.randint(0, 59))])


def neg_ts(rng, ctx):
    y, m, d = rng.randint(2022, 2026), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    r = rng.random()
    if r < 0.35:
        return "%04d-%02d-%02d %02d:%02d:%02d" % (y, m, d, h, mi, s)
    if r < 0.6:
        return "%04d-%02d-%02dT%02d:%02d:%02d+08:00" % (y, m, d, h, mi, s)
    if r < 0.8:
        return "%04d%02d%02d%02d%02d%02d" % (y, m, d, h, mi, s)
    return str(rng.randint(1640000000, 1790000000))


def _logu(rng, lo, hi):
    import math
    return int(math.exp(rng.uniform(math.log(lo), math.log(hi))))


def neg_amount(rng, ctx):
    v = _logu(rng, 50, 9800000)
    s = _money(rng, v, v)
    return s.replace("万元", "萬元") if ctx.get("trad") else s


DOC_ORG = ["湖政发", "湖政办发", "湖人社发", "湖民发", "湖卫健发", "湖市监", "湖医保发", "湖建发", "湖教发",
           "吴政办", "浔政发", "德政发", "长政办发", "安政发", "浙政发", "浙政办发", "湖大数据发", "湖应急"]


def neg_doc(rng, ctx):
    s = "%s〔%d〕%d号" % (rng.choice(DOC_ORG), rng.randint(2015, 2025), rng.randint(1, 168))
    if rng.random() < 0.15:
        s = s.replace("〔", "[").replace("〕", "]")
    return tr(s, ctx)


COURT = ["浙0502", "浙0503", "浙0521", "浙0522", "浙0523", "浙05"]


def neg_case(rng, ctx):
    r = rng.random()
    if r < 0.6:
        s = "（%d）%s%s%d号" % (rng.randint(2018, 2025), rng.choice(COURT),
                             rng.choice(["民初", "民终", "执", "刑初", "行初", "执保", "破申"]), rng.randint(1, 9999))
        if rng.random() < 0.3:
            s = s.replace("（", "(").replace("）", ")")
    elif r < 0.85:
        s = "%s〔%d〕%d号" % (rng.choice(["湖市监处罚", "湖吴市监罚", "湖公交罚决字", "湖应急罚", "德市监罚",
                                          "湖税稽罚"]), rng.randint(2019, 2025), rng.randint(1, 3999))
    else:
        s = "湖公(%s)行罚决字〔%d〕%05d号" % (rng.choice(["吴", "浔", "交"]), rng.randint(2020, 2025), rng.randint(1, 99999))
    return tr(s, ctx)


def _no_lookalike(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 18 and _valid_id(d):
        return False
    if 15 <= len(d) <= 19 and _luhn_ok(d):
        return False
    if len(d) == 11 and d[0] == "1" and d[1] in "3456789":
        return False
    return True


def _safe(rng, fn):
    for _ in range(50):
        s = fn()
        if _no_lookalike(s):
            return s
    raise RuntimeError("no safe value")


def neg_order(rng, ctx):
    def f():
        r = rng.random()
        if r < 0.35:
            return "%d%02d%02d" % (rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28)) + _digits(rng, rng.randint(6, 10))
        if r < 0.6:
            return rng.choice(["DD", "NO", "HZ", "SO", "PO", "ZW"]) + _digits(rng, rng.randint(10, 14))
        if r < 0.8:
            return "GD-%d-%06d" % (rng.randint(2023, 2025), rng.randint(1, 999999))
        return rng.choice(["12345", "ZWFW", "YWSL"]) + "-" + _digits(rng, 8)
    return _safe(rng, f)


def neg_work_order(rng, ctx):
    return _safe(rng, lambda: rng.choice(["GD", "HZ12345", "ZH", "WO"]) + "%d%02d%02d" % (
        rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)) + _digits(rng, rng.randint(4, 6)))


def neg_tracking(rng, ctx):
    def f():
        r = rng.random()
        if r < 0.3:
            return "SF" + _digits(rng, 13)
        if r < 0.5:
            return "YT" + _digits(rng, 13)
        if r < 0.65:
            return rng.choice(["E", "K", "L"]) + rng.choice("ABCDEJKLMR") + _digits(rng, 9) + "CN"
        if r < 0.85:
            return "7" + _digits(rng, 11)
        return "JT" + _digits(rng, 13)
    return _safe(rng, f)


def neg_invoice(rng, ctx):
    def f():
        r = rng.random()
        if r < 0.4:
            return "0" + rng.choice(["33", "44", "35"]) + "00" + _digits(rng, 7)
        if r < 0.7:
            return _digits(rng, 8)
        return str(rng.randint(23, 25)) + "3320000000" + _digits(rng, 8)
    return _safe(rng, f)


def neg_postcode(rng, ctx):
    return rng.choice(["313000", "313000", "313100", "313200", "313300", "313009", "313001", "313012", "313213",
                       "310000", "200000"])


def neg_hotline(rng, ctx):
    return rng.choice(["12345", "12315", "12348", "12333", "12319", "12366", "12328", "96345", "95588", "95533",
                       "110", "120", "122", "400-826-0572", "400-888-8888", "0572-12345", "12345-3"])


def neg_version(rng, ctx):
    r = rng.random()
    if r < 0.4:
        return "V%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 99))
    if r < 0.6:
        return "v%d.%d.%d-build%d" % (rng.randint(1, 5), rng.randint(0, 9), rng.randint(0, 30), rng.randint(100, 9999))
    if r < 0.8:
        return "%d.%d.%d.%d" % (rng.randint(1, 3), rng.randint(0, 9), rng.randint(0, 9), rng.randint(1000, 9999))
    return "10.0.%d" % rng.randint(17763, 22631)


def neg_serial(rng, ctx):
    def f():
        r = rng.random()
        if r < 0.4:
            return "SN" + rng.choice(["HZ", "ZJ", "DS", "HK"]) + str(rng.randint(2019, 2025)) + _digits(rng, 7)
        if r < 0.7:
            return "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
        return "%s-%s-%04d" % (rng.choice(["DS", "HK", "ZX"]), rng.choice(["2CD3T46", "7608N", "K1T671"]), rng.randint(1, 9999))
    return _safe(rng, f)


def neg_device(rng, ctx):
    return _safe(rng, lambda: rng.choice(["HZ-CAM-", "JK", "ZD-", "TJ"]) + rng.choice(["WX", "NX", "DQ", "CX", "AJ"]) +
                 "-" + _digits(rng, 4) + rng.choice(["", "-A", "-B"]))


def neg_count(rng, ctx):
    v = rng.randint(1000000, 98000000)
    return rng.choice(["{:,}".format(v) + "人次", str(v) + "条", str(v) + "次", "{:,}".format(v) + "条记录",
                       str(v) + "人次"])


def neg_org(rng, ctx):
    return tr(rng.choice(DEPTS), ctx)


def neg_place(rng, ctx):
    return tr(rng.choice(["湖州南太湖新区", "吴兴区", "长兴县", "安吉县", "德清县", "南浔区", "织里镇", "莫干山镇",
                          "湖州市", "太湖度假区", "湖州经济技术开发区", "安吉县天荒坪镇", "德清县新市镇"] + PUBLIC_PLACES), ctx)


def neg_room(rng, ctx):
    return tr(rng.choice(["市民之家", "行政服务中心", "市民政局", "区法院诉讼服务中心", "市人社局", "县医保中心",
                          "市公安局出入境接待大厅"]) + rng.choice(["二楼B区%d号窗口" % rng.randint(1, 40),
                                                           "%d楼%d0%d室" % (rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 9)),
                                                           "%d号窗口" % rng.randint(1, 60), "第%d调解室" % rng.randint(1, 8)]), ctx)


def neg_road(rng, ctx):
    return tr(rng.choice(["G50沪渝高速", "S13练杭高速", "申苏浙皖高速", "318国道", "104国道", "湖盐公路",
                          "二环东路与青铜路交叉口", "人民路与红旗路口", "长兴大道", "南太湖大道", "外环北路",
                          "G25长深高速湖州段", "S12申嘉湖高速", "凤凰路", "苕溪西路"]), ctx)


def neg_license(rng, ctx):
    return _safe(rng, lambda: rng.choice(["JY1", "JY2"]) + rng.choice(["3305", "3305", "3301"]) + _digits(rng, 10)
                 if rng.random() < 0.6 else "浙" + rng.choice(["卫", "建", "药"]) + str(rng.randint(2020, 2025)) + _digits(rng, 6))


def neg_contract(rng, ctx):
    return _safe(rng, lambda: rng.choice(["HT", "HZFG", "ZL", "GF"]) + "-" + str(rng.randint(2022, 2025)) + "-" + _digits(rng, 5))


def neg_train(rng, ctx):
    return rng.choice(["G%d" % rng.randint(7300, 7699), "D%d" % rng.randint(3100, 3199), "K%d" % rng.randint(100, 999),
                       "MU%d" % rng.randint(5100, 5999), "CA%d" % rng.randint(1500, 1999)])


def _valid_id(s):
    s = s.upper()
    return len(s) == 18 and s[:17].isdigit() and s[17] in "0123456789X" and id_check(s[:17]) == s[17]


def _valid_uscc(s):
    s = s.upper()
    return len(s) == 18 and all(c in USCC_AL for c in s) and _uscc_check(s[:17]) == s[17]


def _luhn_ok(s):
    return s.isdigit() and len(s) >= 2 and luhn_digit(s[:-1]) == s[-1]


def _break(rng, good, alphabet):
    for _ in range(200):
        bad = good[:-1] + rng.choice([c for c in alphabet if c != good[-1]])
        if not (_valid_id(bad) or _valid_uscc(bad) or _luhn_ok(bad)):
            return bad
    raise RuntimeError("could not break")


def bad_id(rng, ctx):
    return _break(rng, _id_raw(rng, {}), "0123456789X")


def bad_uscc(rng, ctx):
    return _break(rng, _uscc_raw(rng), USCC_AL)


def bad_card(rng, ctx):
    return _break(rng, _card_raw(rng), "0123456789")


# ---------------------------------------------------------------- unlabelled fillers
def pick(*xs):
    return lambda rng, ctx: tr(rng.choice(xs), ctx)


FIELDS = {
    # entities
    "name": ("PERSON", person),
    "old": ("PERSON", lambda r, c: person(r, c, "old")),
    "kid": ("PERSON", lambda r, c: person(r, c, "young")),
    "id": ("CN_RESIDENT_ID", resident_id),
    "idp": ("CN_RESIDENT_ID", resident_id_plain),
    "idk": ("CN_RESIDENT_ID", resident_id_child),
    "mob": ("CN_MOBILE", mobile),
    "mobp": ("CN_MOBILE", mobile_plain),
    "tel": ("CN_LANDLINE", landline),
    "telhz": ("CN_LANDLINE", landline_hz),
    "tell": ("CN_LANDLINE", landline_local),
    "uscc": ("CN_USCC", uscc),
    "uscc92": ("CN_USCC", uscc92),
    "card": ("BANK_CARD", bank_card),
    "cardp": ("BANK_CARD", bank_card_plain),
    "email": ("EMAIL_ADDRESS", email),
    "ip": ("IP_ADDRESS", ipv4),
    "ip6": ("IP_ADDRESS", ipv6),
    "pp": ("CN_PASSPORT", passport),
    "hkm": ("CN_HK_MACAO_PERMIT", hkmo),
    "plate": ("CN_LICENSE_PLATE", plate),
    "ss": ("CN_SOCIAL_SECURITY", social_sec),
    "mr": ("CN_MEDICAL_RECORD", medical_rec),
    "addr": ("CN_ADDRESS", addr_any),
    "addrhz": ("CN_ADDRESS", addr_hz),
    "addrx": ("CN_ADDRESS", addr_other),
    "addrb": ("CN_ADDRESS", addr_bare),
    "dob": ("DATE_OF_BIRTH", dob),
    "dobk": ("DATE_OF_BIRTH", lambda r, c: dob(r, c, 2008, 2022, "_k")),
    "dx": ("HEALTH_INFO", health),
    "fin": ("FINANCIAL_INFO", fin),
    "trace": ("LOCATION_TRACE", trace),
    # hard negatives
    "d": ("~date", neg_date),
    "t": ("~time", neg_time),
    "ts": ("~timestamp", neg_ts),
    "amt": ("~amount", neg_amount),
    "doc": ("~doc_number", neg_doc),
    "case": ("~case_number", neg_case),
    "ord": ("~order_number", neg_order),
    "wo": ("~work_order", neg_work_order),
    "trk": ("~tracking_number", neg_tracking),
    "inv": ("~invoice_number", neg_invoice),
    "pc": ("~postcode", neg_postcode),
    "hot": ("~hotline", neg_hotline),
    "ver": ("~version", neg_version),
    "sn": ("~serial", neg_serial),
    "dev": ("~device_code", neg_device),
    "cnt": ("~count", neg_count),
    "org": ("~org", neg_org),
    "place": ("~place", neg_place),
    "room": ("~public_room", neg_room),
    "road": ("~road", neg_road),
    "lic": ("~license_number", neg_license),
    "ctr": ("~contract_number", neg_contract),
    "train": ("~transport_number", neg_train),
    "bid": ("~bad_id", bad_id),
    "busc": ("~bad_uscc", bad_uscc),
    "bcard": ("~bad_card", bad_card),
    # unlabelled fillers
    "dept": (None, dept),
    "co": (None, company),
    "cty": (None, county),
    "pub": (None, place_public),
    "sur": (None, surname),
    "bank": (None, lambda r, c: tr(r.choice(BANKS), c)),
    "sex": (None, pick("男", "女")),
    "nat": (None, pick("汉族", "汉族", "汉族", "回族", "畲族", "土家族", "苗族", "彝族", "维吾尔族", "藏族", "蒙古族", "壮族", "满族")),
    "rel": (None, pick("户主", "配偶", "长子", "长女", "次子", "母亲", "父亲", "孙女", "儿媳")),
    "n": (None, lambda r, c: str(r.randint(1, 9))),
    "nn": (None, lambda r, c: str(r.randint(10, 99))),
    "age": (None, lambda r, c: str(r.randint(18, 88))),
    "yr": (None, lambda r, c: str(r.randint(2019, 2025))),
    "mo": (None, lambda r, c: str(r.randint(1, 12))),
    "dd": (None, lambda r, c: str(r.randint(1, 28))),
}


# ---------------------------------------------------------------- rendering
TOK = re.compile(r"⟨([a-z0-9]+)(?:#(\d+))?⟩")
ROWS = re.compile(r"⟦(\d+)-(\d+)\|(.*?)⟧", re.S)
TRAD_MARK = "繁|"

_PLACED: dict = {}


def render(tmpl: str, rng: random.Random):
    trad = tmpl.startswith(TRAD_MARK)
    if trad:
        tmpl = tmpl[len(TRAD_MARK):]
    tmpl = ROWS.sub(lambda m: "\n".join([m.group(3)] * rng.randint(int(m.group(1)), int(m.group(2)))), tmpl)
    ctx = {"trad": trad}
    out, ents, negs, placed, cache = [], [], [], [], {}
    pos, last = 0, 0
    for m in TOK.finditer(tmpl):
        lit = tmpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        key, tag = m.group(1), m.group(2)
        label, fn = FIELDS[key]
        if tag is not None and (key, tag) in cache:
            val = cache[(key, tag)]
        else:
            val = fn(rng, ctx)
            if tag is not None:
                cache[(key, tag)] = val
        out.append(val)
        if label:
            span = {"start": pos, "end": pos + len(val)}
            if label.startswith("~"):
                negs.append(dict(kind=label[1:], **span))
            else:
                ents.append(dict(type=label, **span))
            placed.append((span["start"], span["end"], val))
        pos += len(val)
    out.append(tmpl[last:])
    return "".join(out), ents, negs, placed


def generate() -> list:
    docs = []
    _PLACED.clear()
    for i in range(N_DOCS):
        ti = i % len(TEMPLATES)
        rng = random.Random(SEED * 10_000 + i)
        text, ents, negs, placed = render(TEMPLATES[ti], rng)
        did = "%s-%05d" % (FAMILY, i)
        _PLACED[did] = placed
        docs.append({"id": did, "text": text, "entities": ents, "negatives": negs,
                     "source": "template:%s:%d" % (FAMILY, ti)})
    return docs


# ---------------------------------------------------------------- validation
_FW = {chr(0xFF10 + i): str(i) for i in range(10)}
_FW.update({chr(0xFF21 + i): chr(65 + i) for i in range(26)})
_FW.update({chr(0xFF41 + i): chr(97 + i) for i in range(26)})


def _ascii(s: str) -> str:
    return "".join(_FW.get(c, c) for c in s)


def _compact(s: str) -> str:
    return re.sub(r"[\s\-·]", "", _ascii(s))


def entity_types() -> set:
    types, inside = set(), False
    with open(ENTITIES_YAML, encoding="utf-8") as f:
        for line in f:
            if line.startswith("entities:"):
                inside = True
                continue
            m = re.match(r"^\s{2}([A-Z_]+):", line)
            if inside and m:
                types.add(m.group(1))
    return types


SHAPES = {
    "CN_MOBILE": re.compile(r"^(\+?86)?1[3-9]\d{9}$"),
    "CN_LANDLINE": re.compile(r"^(\+86)?0?\d{2,3}\d{7,8}$|^[2-8]\d{6,7}$"),
    "EMAIL_ADDRESS": re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$"),
    "CN_PASSPORT": re.compile(r"^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$"),
    "CN_HK_MACAO_PERMIT": re.compile(r"^(C\d{8}|C[A-HJ-NP-Z]\d{7})$"),
    "CN_LICENSE_PLATE": re.compile(r"^[\u4e00-\u9fff][A-HJ-NP-Z]([DF]\d{5}|[0-9A-HJ-NP-Z]{5})$"),
}
_IS_AN = re.compile(r"[0-9A-Za-z]")
_DIGRUN = re.compile(r"[0-9\uFF10-\uFF19]{7,}")


def validate(docs) -> None:
    types = entity_types()
    errors = []
    seen_ids = set()

    def err(doc, msg):
        errors.append("%s: %s" % (doc.get("id"), msg))

    for doc in docs:
        if set(doc) != {"id", "text", "entities", "negatives", "source"}:
            err(doc, "keys %s" % sorted(doc))
        if doc["id"] in seen_ids:
            err(doc, "duplicate id")
        seen_ids.add(doc["id"])
        text = doc["text"]
        spans = []
        for e in doc["entities"]:
            if e["type"] not in types:
                err(doc, "unknown type %s" % e["type"])
            if e["type"] == "ORGANIZATION":
                err(doc, "ORGANIZATION must not be labelled")
            spans.append((e["start"], e["end"], e["type"]))
        for n in doc["negatives"]:
            spans.append((n["start"], n["end"], "~" + n["kind"]))
        for s, e, lab in spans:
            if not (0 <= s < e <= len(text)):
                err(doc, "bad bounds %s" % lab)
                continue
            v = text[s:e]
            if v != v.strip():
                err(doc, "whitespace at edge of %s" % lab)
            if s > 0 and _IS_AN.match(text[s - 1]) and _IS_AN.match(text[s]):
                err(doc, "%s starts inside an alphanumeric run" % lab)
            if e < len(text) and _IS_AN.match(text[e - 1]) and _IS_AN.match(text[e]):
                err(doc, "%s ends inside an alphanumeric run" % lab)
            c = _compact(v)
            if lab == "CN_RESIDENT_ID" and len(c) == 18 and not _valid_id(c):
                err(doc, "resident ID check digit")
            if lab == "CN_RESIDENT_ID" and len(c) not in (15, 18):
                err(doc, "resident ID length")
            if lab == "CN_USCC":
                if not _valid_uscc(c):
                    err(doc, "USCC check char")
                elif _org_check(c[8:16]) != c[16]:
                    err(doc, "USCC organisation-code check")
            if lab == "BANK_CARD" and not (_luhn_ok(c) and 16 <= len(c) <= 19):
                err(doc, "bank card Luhn/length")
            if lab in ("~bad_id", "~bad_uscc", "~bad_card") and (_valid_id(c) or _valid_uscc(c) or _luhn_ok(c)):
                err(doc, "%s passes a check" % lab)
            if lab in SHAPES and not SHAPES[lab].match(c.replace("(", "").replace(")", "")):
                err(doc, "%s shape %r" % (lab, "x" * len(c)))
        spans.sort()
        for (s1, e1, l1), (s2, e2, l2) in zip(spans, spans[1:]):
            if s2 < e1:
                err(doc, "overlap %s / %s" % (l1, l2))
        placed = _PLACED.get(doc["id"])
        if placed is not None:
            if sorted((s, e) for s, e, _ in spans) != sorted((s, e) for s, e, _ in placed):
                err(doc, "span set differs from placed values")
            for s, e, v in placed:
                if text[s:e] != v:
                    err(doc, "span text differs from placed value")
        for m in _DIGRUN.finditer(text):
            if not any(s <= m.start() and m.end() <= e for s, e, _ in spans):
                err(doc, "unlabelled digit run of %d" % (m.end() - m.start()))
        if "⟨" in text or "⟩" in text or "⟦" in text:
            err(doc, "unrendered markup")
    if len(docs) != N_DOCS:
        errors.append("expected %d docs, got %d" % (N_DOCS, len(docs)))
    if errors:
        raise ValueError("%d validation errors, first: %s" % (len(errors), errors[:20]))


def stats(docs) -> dict:
    ent, neg = {}, {}
    for d in docs:
        for e in d["entities"]:
            ent[e["type"]] = ent.get(e["type"], 0) + 1
        for n in d["negatives"]:
            neg[n["kind"]] = neg.get(n["kind"], 0) + 1
    return {"entities": ent, "negatives": neg}


STRUCTURED = {"CN_RESIDENT_ID", "CN_MOBILE", "CN_LANDLINE", "CN_USCC", "BANK_CARD", "EMAIL_ADDRESS",
              "IP_ADDRESS", "CN_PASSPORT", "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE"}


def main() -> None:
    docs = generate()
    validate(docs)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    validate(back)
    assert back == docs
    st = stats(docs)
    n_ent = sum(st["entities"].values())
    n_struct = sum(v for k, v in st["entities"].items() if k in STRUCTURED)
    n_neg = sum(st["negatives"].values())
    n_trad = sum(1 for t in TEMPLATES if t.startswith(TRAD_MARK))
    print("docs %d templates %d (traditional %d)" % (len(docs), len(TEMPLATES), n_trad))
    print("entities %d structured %d negatives %d" % (n_ent, n_struct, n_neg))
    for k in sorted(st["entities"]):
        print("  %-20s %d" % (k, st["entities"][k]))
    for k in sorted(st["negatives"]):
        print("  ~%-19s %d" % (k, st["negatives"][k]))
    print("wrote", OUT)


# ---------------------------------------------------------------- templates
T_POP = [
    # population / household registration (公安户政)
    "户籍登记表\n姓名：⟨name⟩  性别：⟨sex⟩  民族：⟨nat⟩\n出生日期：⟨dob⟩\n公民身份号码：⟨id⟩\n户籍地址：⟨addrhz⟩\n联系电话：⟨mob⟩\n登记日期：⟨d⟩",
    "⟨name⟩，⟨sex⟩，⟨nat⟩，身份证号⟨id⟩，现住⟨addr⟩，于⟨d⟩申请办理居住证，经办窗口：⟨room⟩。",
    "申报人⟨name⟩(身份证：⟨id⟩)称其与⟨name⟩系夫妻关系，双方现共同居住在⟨addrhz⟩，申请户口迁入。",
    "【户口迁移审批】\n迁出地：⟨addrx⟩\n迁入地：⟨addrhz⟩\n迁移人：⟨name⟩ ⟨idp⟩\n随迁：⟨kid⟩ ⟨idk⟩\n审批文号：⟨doc⟩",
    "出生登记：新生儿⟨kid⟩，出生日期⟨dobk⟩，母亲⟨name⟩（⟨idp⟩），父亲⟨name⟩（⟨idp⟩），申报落户于⟨addrhz⟩。",
    "常住人口登记卡\n户主：⟨name⟩\n⟦2-4|⟨name⟩  ⟨rel⟩  ⟨id⟩⟧\n户号：⟨nn⟩⟨nn⟩⟨n⟩",
    "经核查，⟨name⟩（曾用名：⟨name⟩）公民身份号码⟨id⟩，户籍地⟨addrb⟩，该人员户籍信息正常。查询人：⟨sur⟩警官，查询时间⟨ts⟩。",
    "居住证签注提醒：⟨name⟩您好，您的居住证将于⟨d⟩到期，请携带身份证到⟨room⟩办理签注。咨询⟨hot⟩。",
    "流动人口登记 | 姓名:⟨name⟩ | 证件号:⟨id⟩ | 手机:⟨mob⟩ | 暂住地址:⟨addrhz⟩ | 房东:⟨name⟩ ⟨mobp⟩ | 登记:⟨d⟩",
    "人口信息比对异常：身份证号⟨bid⟩校验位错误，请核对原始材料（批次⟨ord⟩，共⟨cnt⟩）。",
    "身份证遗失补领：本人⟨name⟩，身份证号码⟨id⟩，于⟨d⟩在⟨pub⟩附近遗失，特此声明作废。",
    "死亡注销户口：⟨old⟩，⟨sex⟩，公民身份号码⟨id⟩，生前住址⟨addrhz⟩，于⟨d⟩因病去世，申报人⟨name⟩（⟨rel⟩），电话⟨mob⟩。",
    "id,name,gender,idcard,phone,address\n⟦3-5|⟨nn⟩,⟨name⟩,⟨sex⟩,⟨idp⟩,⟨mobp⟩,⟨addrhz⟩⟧",
    "{\"xm\":\"⟨name⟩\",\"sfzh\":\"⟨idp⟩\",\"csrq\":\"⟨dob⟩\",\"hjdz\":\"⟨addr⟩\",\"lxdh\":\"⟨mobp⟩\",\"gxsj\":\"⟨ts⟩\"}",
    "第七次人口普查湖州常住人口⟨cnt⟩，其中⟨cty⟩户籍人口变动情况见附表，数据来源⟨org⟩。",
    "临时身份证明\n兹证明⟨name⟩，⟨sex⟩，⟨dob⟩出生，身份证号⟨id⟩，系我辖区居民，住⟨addrhz⟩。\n⟨dept⟩\n⟨d⟩",
    "户籍协查函：请协查⟨name⟩（⟨id15⟩）的户籍信息，原籍⟨addrx⟩。来函单位：⟨org⟩，函号⟨doc⟩。",
]
T_MKT = [
    # legal persons, market supervision, credit
    "营业执照\n统一社会信用代码：⟨uscc⟩\n名称：⟨co⟩\n法定代表人：⟨name⟩\n住所：⟨addrhz⟩\n注册资本：⟨amt⟩\n成立日期：⟨d⟩",
    "个体工商户登记：经营者⟨name⟩，身份证⟨id⟩，统一社会信用代码⟨uscc92⟩，经营场所⟨addrhz⟩，联系电话⟨mob⟩。",
    "行政处罚决定书 ⟨case⟩\n当事人：⟨co⟩\n统一社会信用代码：⟨uscc⟩\n法定代表人：⟨name⟩\n罚款⟨amt⟩，于⟨d⟩前缴纳。",
    "信用修复申请：⟨co⟩（USCC ⟨uscc⟩）于⟨d⟩被列入经营异常名录，现已补报年报，联系人⟨name⟩，手机⟨mob⟩，邮箱⟨email⟩。",
    "企业名称,统一社会信用代码,法定代表人,联系电话,登记机关\n⟦2-4|⟨co⟩,⟨uscc⟩,⟨name⟩,⟨mobp⟩,⟨dept⟩⟧",
    "投诉举报工单⟨wo⟩：消费者⟨name⟩（⟨mob⟩）反映在⟨co⟩购买商品存在质量问题，涉及金额⟨amt⟩，订单号⟨ord⟩。",
    "食品经营许可证编号⟨lic⟩，经营者名称⟨co⟩，社会信用代码⟨uscc⟩，负责人⟨name⟩，有效期至⟨d⟩。",
    "股东信息：⟨name⟩ 认缴⟨amt⟩ 证件号码⟨id⟩；⟨name⟩ 认缴⟨amt⟩ 证件号码⟨pp⟩（护照）。",
    "年报抽查结果公示：⟨co⟩，统一代码⟨uscc⟩，抽查结果：未发现问题。公示期⟨d⟩至⟨d⟩，监督电话⟨hot⟩。",
    "数据质量报告：统一社会信用代码⟨busc⟩校验不通过；⟨busc⟩校验不通过；已退回⟨org⟩核实。",
    "法定代表人变更登记：原法定代表人⟨name⟩，新任法定代表人⟨name⟩（身份证号码：⟨id⟩，手机：⟨mob⟩），企业统一社会信用代码为⟨uscc⟩。",
    "【市场监管】您好⟨name⟩，您提交的⟨co⟩设立登记（受理号⟨ord⟩）已核准，请凭身份证到⟨room⟩领取执照。",
    "<Enterprise><USCC>⟨uscc⟩</USCC><Name>⟨co⟩</Name><LegalRep>⟨name⟩</LegalRep><Tel>⟨tel⟩</Tel><Addr>⟨addrhz⟩</Addr></Enterprise>",
    "失信被执行人名单：⟨name⟩，身份证号码⟨id⟩，执行案号⟨case⟩，执行标的⟨amt⟩，发布日期⟨d⟩。",
    "信用承诺书\n承诺主体：⟨co⟩\n统一社会信用代码：⟨uscc⟩\n法定代表人（签字）：⟨name⟩\n联系电话：⟨tel⟩\n⟨d⟩",
    "特种设备使用登记：设备代码⟨dev⟩，使用单位⟨co⟩（⟨uscc⟩），安全管理员⟨name⟩，手机⟨mob⟩，出厂编号⟨sn⟩。",
    "双随机抽查记录：检查人员⟨name⟩、⟨name⟩（执法证号⟨lic⟩），被检查单位⟨co⟩，检查时间⟨d⟩ ⟨t⟩。",
    "农民专业合作社登记：理事长⟨name⟩，身份证号⟨id⟩，住址⟨addrhz⟩，成员出资总额⟨amt⟩，统一社会信用代码⟨uscc⟩。",
]
T_HEALTH = [
    # health, medical insurance
    "门诊病历\n姓名：⟨name⟩ 性别：⟨sex⟩ 年龄：⟨age⟩岁\n门诊号：⟨mr⟩\n诊断：⟨dx⟩\n就诊时间：⟨ts⟩",
    "入院记录：患者⟨name⟩，住院号⟨mr⟩，身份证⟨id⟩，因反复头晕入院，既往史：⟨dx⟩，家属⟨name⟩，电话⟨mob⟩。",
    "出院小结：患者⟨name⟩，病案号⟨mr⟩，出院诊断：⟨dx⟩；出院后⟨n⟩周复诊，随访电话⟨telhz⟩。",
    "慢病随访登记｜⟨name⟩｜⟨idp⟩｜⟨mobp⟩｜病种：⟨dx⟩｜随访医生：⟨name⟩｜下次随访：⟨d⟩",
    "医保报销单：参保人⟨name⟩，医保号⟨mr⟩，社会保障卡号⟨ss⟩，住院费用总额⟨amt⟩，统筹支付⟨amt⟩。",
    "预防接种提醒：⟨kid⟩小朋友家长您好，宝宝（出生日期⟨dobk⟩）应于⟨d⟩接种第⟨n⟩剂次疫苗，请到⟨room⟩。",
    "转诊单：兹转诊患者⟨name⟩（门诊号⟨mr⟩，身份证号⟨id⟩）至湖州市中心医院，初步诊断为⟨dx⟩，转诊医生⟨name⟩。",
    "家庭医生签约：签约居民⟨old⟩，住址⟨addrhz⟩，联系电话⟨mob⟩，健康状况：⟨dx⟩；签约团队负责人⟨name⟩。",
    "patient_name=⟨name⟩ mrn=⟨mr⟩ idno=⟨idp⟩ dept=内分泌科 dx=\"⟨dx⟩\" visit=⟨ts⟩ his_ver=⟨ver⟩",
    "出生医学证明：新生儿⟨kid⟩，⟨sex⟩，出生时间⟨dobk⟩ ⟨t⟩，母亲⟨name⟩（身份证号⟨idp⟩），父亲⟨name⟩，编号⟨sn⟩。",
    "健康体检报告 体检号⟨ord⟩\n受检者：⟨name⟩  证件号：⟨id⟩\n主要异常：⟨dx⟩\n报告日期：⟨d⟩",
    "严重精神障碍患者管理：⟨name⟩，诊断⟨dx⟩，监护人⟨name⟩（手机⟨mob⟩），居住地⟨addrhz⟩，风险等级⟨n⟩级。",
    "医保异地备案：参保人⟨name⟩，身份证号码⟨id⟩，备案就医地为上海市，手机号⟨mob⟩，备案有效期至⟨d⟩。",
    "药品追溯码⟨sn⟩，批号⟨ord⟩，配送单位⟨co⟩，医保支付金额⟨amt⟩。如有疑问请拨⟨hot⟩。",
    "【⟨dept⟩】⟨name⟩您好，您预约的⟨d⟩ ⟨t⟩口腔科门诊已成功，就诊卡号⟨mr⟩，请提前15分钟到⟨room⟩取号。",
    "残疾人证核发：⟨name⟩，残疾类别及等级：⟨dx⟩，身份证号⟨id⟩，监护人⟨name⟩，联系电话⟨mob⟩。",
    "传染病报告卡：患者⟨name⟩，⟨sex⟩，⟨age⟩岁，身份证号⟨id⟩，现住址⟨addr⟩，疾病名称：⟨dx⟩，报告单位⟨org⟩。",
]
T_SOC = [
    # social security, employment (人社)
    "社保参保登记表\n姓名：⟨name⟩\n社会保障卡号：⟨ss⟩\n身份证号：⟨id⟩\n参保单位：⟨co⟩\n单位社会信用代码：⟨uscc⟩\n缴费起始：⟨d⟩",
    "失业保险金申领：申请人⟨name⟩，公民身份号码⟨id⟩，发放银行⟨bank⟩，银行卡号⟨card⟩，手机⟨mob⟩。",
    "养老金发放明细\n⟦3-5|⟨old⟩,⟨idp⟩,⟨cardp⟩,⟨amt⟩⟧\n合计：⟨amt⟩  发放日期：⟨d⟩",
    "劳动仲裁申请书\n申请人：⟨name⟩，⟨sex⟩，⟨dob⟩出生，身份证号⟨id⟩，住⟨addr⟩，电话⟨mob⟩\n被申请人：⟨co⟩，统一社会信用代码⟨uscc⟩，法定代表人⟨name⟩",
    "就业困难人员认定：⟨name⟩，身份证号码⟨id⟩，家住⟨addrhz⟩，月收入⟨fin⟩，认定编号⟨ord⟩。",
    "【湖州人社】尊敬的⟨name⟩，您⟨yr⟩年⟨mo⟩月社保费已扣缴成功，扣款账户尾号⟨n⟩⟨n⟩⟨n⟩⟨n⟩，金额⟨amt⟩。退订回T",
    "工伤认定决定书 ⟨doc⟩\n受伤职工：⟨name⟩，社保个人编号⟨ss⟩，身份证号⟨id⟩\n用人单位：⟨co⟩\n受伤时间：⟨d⟩ ⟨t⟩",
    "职业技能补贴发放：⟨name⟩ 证书编号⟨sn⟩ 补贴⟨amt⟩ 转入⟨bank⟩账户⟨card⟩；⟨name⟩ 证书编号⟨sn⟩ 补贴⟨amt⟩ 转入账户⟨card⟩。",
    "社保卡挂失：持卡人⟨name⟩，社保卡卡号⟨ss⟩，身份证号⟨idp⟩，挂失时间⟨ts⟩，渠道：浙里办APP ⟨ver⟩。",
    "灵活就业人员参保：⟨name⟩（⟨id⟩）家住⟨addrhz⟩，联系手机⟨mob⟩，缴费档次⟨n⟩档，月缴⟨amt⟩。",
    "欠薪线索：⟨co⟩拖欠⟨n⟩名农民工工资共计⟨amt⟩，带班人⟨name⟩电话⟨mob⟩，工地位于⟨place⟩，工单⟨wo⟩。",
    "人才公寓入住名单\n⟦2-4|⟨name⟩ 身份证⟨idp⟩ 电话⟨mobp⟩ 入住⟨d⟩⟧\n发布：⟨org⟩ ⟨d⟩",
    "招聘报名表：姓名⟨name⟩ 出生日期⟨dob⟩ 学历本科 手机⟨mob⟩ 邮箱⟨email⟩ 通讯地址⟨addr⟩ 邮编⟨pc⟩",
    "退休审批：⟨old⟩，⟨sex⟩，出生年月日⟨dob⟩，身份证号码⟨id⟩，视同缴费年限⟨nn⟩年，基本养老金⟨fin⟩/月。",
]
T_CIV = [
    # civil affairs
    "结婚登记审查处理表\n男方：⟨name⟩ 身份证件号⟨id⟩\n女方：⟨name⟩ 身份证件号⟨id⟩\n登记日期：⟨d⟩ 登记员：⟨name⟩",
    "最低生活保障申请：申请人⟨name⟩，身份证⟨id⟩，家庭住址⟨addrhz⟩，家庭成员⟨n⟩人，家庭月人均收入⟨fin⟩，存款⟨fin⟩。",
    "困难群众救助台账\n序号|姓名|身份证号|住址|救助金额\n⟦3-5|⟨n⟩|⟨name⟩|⟨idp⟩|⟨addrhz⟩|⟨amt⟩⟧",
    "高龄津贴发放通知：⟨old⟩老人（⟨id⟩）年满⟨nn⟩周岁，自⟨d⟩起每月发放津贴⟨amt⟩至其⟨bank⟩卡⟨card⟩。",
    "殡葬服务登记：逝者⟨old⟩，公民身份号码⟨id⟩，家属⟨name⟩，联系电话⟨mob⟩，火化时间⟨d⟩ ⟨t⟩。",
    "离婚登记：当事人⟨name⟩（身份证⟨idp⟩）、⟨name⟩（护照号⟨pp⟩），协议约定子女⟨kid⟩随女方生活。",
    "社会组织年检：⟨co⟩，统一社会信用代码⟨uscc⟩，负责人⟨name⟩，办公地点⟨room⟩，联系电话⟨tel⟩。",
    "孤儿基本生活保障：儿童⟨kid⟩，出生日期⟨dobk⟩，身份证⟨idk⟩，监护人⟨name⟩（⟨rel⟩），监护人手机⟨mob⟩，户籍地⟨addrb⟩。",
    "养老机构入住协议：入住老人⟨old⟩，身份证号⟨id⟩，紧急联系人⟨name⟩，电话⟨mob⟩，床位费⟨amt⟩/月，合同编号⟨ctr⟩。",
    "门牌地址登记：新编门牌⟨addrhz⟩，产权人⟨name⟩，申请日期⟨d⟩，审批单位⟨org⟩。",
    "临时救助审批表：⟨name⟩因⟨dx⟩住院，医疗自付⟨fin⟩，申请临时救助，联系方式⟨mob⟩，开户行⟨bank⟩，卡号⟨card⟩。",
    "收养登记：收养人⟨name⟩、⟨name⟩，住⟨addr⟩；被收养人⟨kid⟩，出生日期⟨dobk⟩。登记机关⟨org⟩，证号⟨sn⟩。",
    "退役军人信息采集｜⟨name⟩｜⟨id⟩｜⟨mob⟩｜⟨addrhz⟩｜入伍时间⟨d⟩｜退役证号⟨sn⟩",
]
T_TRAFFIC = [
    # traffic police, transport
    "交通违法告知：机动车⟨plate⟩于⟨d⟩ ⟨t⟩在⟨road⟩实施超速行为，记⟨n⟩分罚款⟨amt⟩。车主⟨name⟩，手机⟨mob⟩。",
    "事故认定书 第⟨wo⟩号\n当事人：⟨name⟩，驾驶证号⟨id⟩，驾驶⟨plate⟩小型轿车\n当事人：⟨name⟩，驾驶证号⟨id⟩，驾驶电动自行车\n事故地点：⟨road⟩",
    "路况播报：⟨t⟩，⟨road⟩因车辆故障通行缓慢，请绕行⟨road⟩，详询⟨hot⟩。",
    "plate,owner,idcard,phone,violation_time,location\n⟦3-5|⟨plate⟩,⟨name⟩,⟨idp⟩,⟨mobp⟩,⟨ts⟩,⟨road⟩⟧",
    "车辆过户：原车主⟨name⟩（⟨id⟩），现车主⟨name⟩（⟨id⟩），号牌号码⟨plate⟩，发动机号⟨sn⟩，成交价⟨amt⟩。",
    "停车欠费提醒：您的车辆⟨plate⟩在⟨place⟩停车场欠费⟨amt⟩，请于⟨d⟩前通过“湖州停车”缴纳。",
    "卡口抓拍记录 device=⟨dev⟩ plate=⟨plate⟩ time=⟨ts⟩ speed=⟨nn⟩km/h lane=⟨n⟩",
    "驾驶人⟨name⟩（身份证明号码⟨id⟩，联系电话⟨mob⟩）于⟨d⟩在⟨road⟩驾驶⟨plate⟩发生单方事故，无人员受伤。",
    "网约车驾驶员证申请：申请人⟨name⟩，身份证⟨id⟩，车辆⟨plate⟩，所属平台⟨co⟩，联系电话⟨mob⟩。",
    "{\"hphm\":\"⟨plate⟩\",\"jdcsyr\":\"⟨name⟩\",\"sfzmhm\":\"⟨idp⟩\",\"lxdh\":\"⟨mobp⟩\",\"wfsj\":\"⟨ts⟩\",\"wfdz\":\"⟨road⟩\",\"fkje\":\"⟨amt⟩\"}",
    "公交IC卡实名登记：⟨name⟩，证件号⟨id⟩，卡面号⟨sn⟩，手机⟨mob⟩，办卡网点⟨room⟩。",
    "车辆挪车通知：浙E车主请注意，车牌⟨plate⟩堵住消防通道，请尽快挪车，联系人⟨name⟩，电话⟨mob⟩。",
    "校车备案：车牌⟨plate⟩，驾驶员⟨name⟩（驾驶证⟨idp⟩），随车照管员⟨name⟩，手机⟨mob⟩，线路途经⟨road⟩。",
    "高速通行记录：⟨plate⟩ ⟨ts⟩ 驶入德清收费站，⟨ts⟩ 驶出湖州收费站，通行费⟨amt⟩，ETC卡号⟨sn⟩。",
]
T_TOUR = [
    # tourism, culture
    "民宿入住登记\n⟦2-4|⟨name⟩  ⟨id⟩  ⟨mobp⟩  入住⟨d⟩  房间⟨n⟩0⟨n⟩⟧\n民宿：⟨co⟩  备案⟨lic⟩",
    "境外人员住宿登记：⟨name⟩，护照号码⟨pp⟩，入住⟨d⟩，离店⟨d⟩，接待人⟨name⟩，电话⟨mob⟩。",
    "旅行团名单（⟨ord⟩）：⟦3-5|⟨name⟩ ⟨hkm⟩；⟧领队⟨name⟩，手机⟨mob⟩，⟨train⟩次列车返程。",
    "景区预约成功！游客⟨name⟩，证件号⟨id⟩，预约日期⟨d⟩，入园时段⟨t⟩，订单号⟨ord⟩。客服⟨hot⟩。",
    "导游证信息：⟨name⟩，导游证号⟨lic⟩，所属旅行社⟨co⟩，手机⟨mob⟩，邮箱⟨email⟩。",
    "文旅消费券核销明细：⟨ts⟩ 用户⟨name⟩ 手机⟨mobp⟩ 核销⟨amt⟩ 商户⟨co⟩ 终端⟨dev⟩",
    "游客投诉：⟨name⟩于⟨d⟩入住⟨co⟩，反映被多收房费⟨amt⟩，要求退款至银行卡⟨card⟩。联系方式⟨mob⟩。",
    "赴港澳团队出行登记：⟨name⟩，港澳通行证号⟨hkm⟩，集合地点⟨place⟩，紧急联系人⟨name⟩ ⟨mob⟩。",
    "图书馆读者证：⟨name⟩，读者证号⟨sn⟩，身份证⟨id⟩，手机⟨mob⟩，押金⟨amt⟩。",
]
T_HOUSE = [
    # housing, provident fund
    "房屋买卖合同备案 合同编号⟨ctr⟩\n出卖人：⟨name⟩ 身份证⟨id⟩\n买受人：⟨name⟩ 身份证⟨id⟩\n房屋坐落：⟨addrhz⟩\n成交价：⟨amt⟩",
    "不动产登记申请：权利人⟨name⟩，证件号⟨id⟩，不动产坐落⟨addrhz⟩，联系电话⟨mob⟩，受理编号⟨ord⟩。",
    "公积金提取：职工⟨name⟩，个人账号⟨sn⟩，身份证号码⟨id⟩，提取原因：购房，提取金额⟨amt⟩，收款银行卡⟨card⟩。",
    "住房租赁备案｜出租人⟨name⟩ ⟨idp⟩｜承租人⟨name⟩ ⟨idp⟩｜房屋地址⟨addrhz⟩｜月租金⟨amt⟩｜期限⟨d⟩至⟨d⟩",
    "公租房资格审核：申请人⟨name⟩，家庭人均月收入⟨fin⟩，名下无房，现住⟨addr⟩，手机⟨mob⟩。",
    "物业报修：⟨name⟩业主反映⟨addrhz⟩卫生间漏水，联系电话⟨mob⟩，工单号⟨wo⟩，派单时间⟨ts⟩。",
    "拆迁安置协议：被征收人⟨old⟩，身份证⟨id⟩，被征收房屋位于⟨addrhz⟩，补偿款⟨amt⟩，安置房⟨n⟩套。",
    "公积金贷款审批：借款人⟨name⟩（⟨id⟩），配偶⟨name⟩（⟨id⟩），贷款金额⟨amt⟩，还款账户⟨card⟩，经办⟨room⟩。",
    "建筑工人实名制：⟨name⟩ ⟨id⟩ 工种：钢筋工 手机⟨mob⟩ 工资卡⟨card⟩ 项目：⟨place⟩安置房",
    "老旧小区改造公示：⟨place⟩片区共涉及居民⟨nn⟩0户，改造资金⟨amt⟩，依据⟨doc⟩，监督电话⟨telhz⟩。",
]
T_EDU = [
    # education
    "新生入学报名表\n学生姓名：⟨kid⟩  性别：⟨sex⟩\n出生日期：⟨dobk⟩\n身份证号：⟨idk⟩\n监护人：⟨name⟩  手机：⟨mob⟩\n户籍地址：⟨addrhz⟩",
    "学生资助名单：⟦3-5|⟨kid⟩（⟨idk⟩）资助⟨amt⟩；⟧资助资金文号⟨doc⟩。",
    "家长您好，我是⟨kid⟩的班主任⟨name⟩，周⟨n⟩家长会请准时参加，有事可联系我⟨mob⟩或发邮件到⟨email⟩。",
    "教师资格认定：申请人⟨name⟩，身份证号⟨id⟩，出生日期⟨dob⟩，认定学科：数学，联系电话⟨mob⟩，通讯地址⟨addr⟩。",
    "student_name\tguardian\tguardian_id\tguardian_phone\n⟦3-5|⟨kid⟩\t⟨name⟩\t⟨idp⟩\t⟨mobp⟩⟧",
    "校外培训退费：家长⟨name⟩（手机⟨mob⟩）申请退还学费⟨amt⟩，收款卡号⟨card⟩，培训机构⟨co⟩，统一社会信用代码⟨uscc⟩。",
    "高考报名信息核对：考生⟨kid⟩，考生号⟨ord⟩，身份证⟨idk⟩，联系电话⟨mob⟩，邮寄地址⟨addrhz⟩，邮编⟨pc⟩。",
    "学生健康档案：⟨kid⟩，学号⟨sn⟩，既往病史：⟨dx⟩，过敏史无，家长⟨name⟩ ⟨mob⟩。",
    "【⟨dept⟩】⟨name⟩老师：您的继续教育学时已登记，证书编号⟨sn⟩，查询请登录平台或致电⟨telhz⟩。",
    "留学生登记：⟨name⟩（护照⟨pp⟩），就读于湖州师范学院，校内邮箱⟨email⟩，紧急联系人⟨name⟩ ⟨mob86⟩。",
]
T_COURT = [
    # courts, justice
    "民事起诉状\n原告：⟨name⟩，⟨sex⟩，⟨dob⟩生，⟨nat⟩，住⟨addr⟩，公民身份号码⟨id⟩，联系电话⟨mob⟩。\n被告：⟨name⟩，住⟨addr⟩，身份证号⟨id⟩。",
    "⟨case⟩ 原告⟨name⟩与被告⟨co⟩买卖合同纠纷一案，本院于⟨d⟩立案，定于⟨d⟩ ⟨t⟩在本院第⟨n⟩法庭公开开庭。",
    "送达地址确认书：受送达人⟨name⟩，送达地址⟨addr⟩，手机⟨mob⟩，电子邮箱⟨email⟩，案号⟨case⟩。",
    "执行通知书 ⟨case⟩\n被执行人：⟨name⟩（身份证号码⟨id⟩）\n应履行金额：⟨amt⟩\n申请执行人账户：⟨bank⟩ ⟨card⟩",
    "人民调解协议书：当事人⟨name⟩（⟨mob⟩）与⟨name⟩（⟨mob⟩）因相邻关系纠纷，经⟨room⟩调解达成协议，赔偿⟨amt⟩。",
    "法律援助申请：申请人⟨name⟩，身份证号⟨id⟩，家住⟨addrhz⟩，家庭经济状况：月收入⟨fin⟩，案由：劳动争议。",
    "社区矫正对象报到：⟨name⟩，身份证⟨id⟩，居住地⟨addrhz⟩，报到时间⟨d⟩，⟨case⟩，矫正期限⟨n⟩年。",
    "公证申请：申请人⟨name⟩（护照号码⟨pp⟩）委托⟨name⟩（身份证号码⟨id⟩）代为办理⟨addrhz⟩房产出售事宜。",
    "case_no=⟨case⟩ party=⟨name⟩ id=⟨idp⟩ phone=⟨mobp⟩ addr=⟨addrhz⟩ filed=⟨d⟩",
    "判决书摘录：被告人⟨name⟩，⟨sex⟩，⟨dob⟩出生，公民身份号码⟨id⟩，户籍地⟨addrb⟩，因涉嫌盗窃于⟨d⟩被刑事拘留。",
]
T_TAX = [
    # tax
    "个人所得税申报：纳税人⟨name⟩，身份证件号码⟨id⟩，任职受雇单位⟨co⟩（⟨uscc⟩），年度综合所得⟨fin⟩，应退税额⟨amt⟩。",
    "发票信息：发票代码⟨inv⟩ 发票号码⟨inv⟩ 购买方⟨co⟩ 纳税人识别号⟨uscc⟩ 价税合计⟨amt⟩ 开票日期⟨d⟩",
    "退税账户确认：⟨name⟩，开户行⟨bank⟩，账号⟨card⟩，手机号⟨mob⟩。",
    "专项附加扣除：纳税人⟨name⟩（⟨id⟩）子女教育：子女⟨kid⟩，身份证⟨idk⟩；住房贷款利息：房屋坐落⟨addrhz⟩。",
    "税务稽查通知：⟨co⟩，社会信用代码⟨uscc⟩，财务负责人⟨name⟩，电话⟨tel⟩。检查文书号⟨case⟩。",
    "数电票 ⟨inv⟩ | 销售方 ⟨co⟩ ⟨uscc⟩ | 购买方 ⟨name⟩ ⟨idp⟩ | 金额 ⟨amt⟩",
    "契税缴纳：纳税人⟨name⟩，身份证号⟨id⟩，房屋地址⟨addrhz⟩，计税价格⟨amt⟩，税票号码⟨inv⟩。",
    "【国家税务总局湖州市税务局】⟨name⟩，您⟨yr⟩年度个税汇算退税⟨amt⟩已退至尾号⟨n⟩⟨n⟩⟨n⟩⟨n⟩的银行账户。咨询⟨hot⟩。",
]
T_POLICE = [
    # police
    "接处警记录：⟨ts⟩ 报警人⟨name⟩（⟨mob⟩）称在⟨addrhz⟩家中被盗，损失现金⟨amt⟩。处警民警⟨name⟩，警号⟨nn⟩⟨nn⟩⟨n⟩。",
    "询问笔录\n被询问人：⟨name⟩  性别：⟨sex⟩  出生日期：⟨dob⟩\n身份证号码：⟨id⟩\n现住址：⟨addr⟩\n联系方式：⟨mob⟩",
    "电信诈骗预警：⟨name⟩（⟨idp⟩）于⟨d⟩向陌生账户⟨card⟩转账⟨amt⟩，疑似被骗，请所在⟨place⟩派出所立即上门劝阻。",
    "出入境证件受理：⟨name⟩，申请往来港澳通行证，原证件号⟨hkm⟩，身份证⟨id⟩，领证方式：邮寄至⟨addrhz⟩。",
    "护照签发信息｜⟨name⟩｜⟨pp⟩｜签发日期⟨d⟩｜有效期至⟨d⟩｜身份证⟨idp⟩",
    "走失人员协查：⟨old⟩，⟨sex⟩，⟨age⟩岁，患⟨dx⟩，于⟨d⟩从⟨addrhz⟩走失，家属⟨name⟩电话⟨mob⟩。",
    "行动轨迹核查：⟨name⟩（⟨id⟩）行动轨迹：⟨trace⟩。",
    "旅馆业治安系统 guest=⟨name⟩ cert_type=身份证 cert_no=⟨idp⟩ room=⟨n⟩0⟨n⟩ checkin=⟨ts⟩ hotel_id=⟨dev⟩",
    "犯罪嫌疑人⟨name⟩，绰号“阿⟨n⟩”，身份证号⟨id⟩，使用手机号⟨mob⟩、微信号wx_⟨nn⟩⟨nn⟩（已调证），曾驾驶⟨plate⟩。",
    "涉案账户冻结：户名⟨name⟩，账号⟨card⟩，开户行⟨bank⟩，冻结金额⟨amt⟩，冻结文书号⟨case⟩。",
    "无犯罪记录证明：兹证明⟨name⟩（公民身份号码：⟨id⟩）在本辖区内未发现有犯罪记录。⟨org⟩ ⟨d⟩",
    "外国人临时住宿登记：⟨name⟩，持外国人永久居留身份证，紧急联系人⟨name⟩（护照⟨pp⟩），住宿地址⟨addrhz⟩。",
    "监控调阅申请：申请调阅⟨dev⟩点位⟨d⟩ ⟨t⟩至⟨t⟩录像，涉及车辆⟨plate⟩，申请人⟨sur⟩警官。",
    "密接人员行程：⟨name⟩，身份证⟨idp⟩，手机⟨mobp⟩，行程轨迹：⟨trace⟩。",
]
T_EMER = [
    # emergency management
    "防汛转移人员名单\n⟦3-5|⟨old⟩ ⟨id⟩ ⟨mob⟩ 转移至⟨place⟩安置点⟧\n转移时间：⟨d⟩ ⟨t⟩",
    "安全生产事故快报：⟨co⟩（⟨uscc⟩）于⟨d⟩ ⟨t⟩发生机械伤害事故，伤者⟨name⟩，⟨age⟩岁，伤情：⟨dx⟩，企业负责人⟨name⟩ ⟨mob⟩。",
    "应急值班表：⟨d⟩ 带班领导⟨name⟩ ⟨mob⟩；值班员⟨name⟩ ⟨mob⟩；值班电话⟨telhz⟩。",
    "灾情报送：⟨cty⟩⟨place⟩受灾人口⟨nn⟩人，倒损房屋⟨n⟩间，户主⟨name⟩（⟨id⟩）房屋全倒，直接经济损失⟨amt⟩。",
    "危化品运输备案：车辆⟨plate⟩，驾驶员⟨name⟩（⟨id⟩），押运员⟨name⟩，电话⟨mob⟩，途经⟨road⟩。",
    "消防检查：⟨co⟩，地址⟨addrhz⟩，消防安全责任人⟨name⟩，电话⟨mob⟩，整改期限⟨d⟩，文书⟨case⟩。",
    "地质灾害隐患点巡查：监测员⟨name⟩（⟨mob⟩），隐患点位于⟨addrhz⟩后山，设备编号⟨dev⟩，降雨量⟨nn⟩mm。",
    "救灾物资领取：⟨name⟩ ⟨idp⟩ 领取棉被⟨n⟩床；⟨name⟩ ⟨idp⟩ 领取大米⟨nn⟩kg。发放点：⟨room⟩。",
]
T_PLATFORM = [
    # data platform exports and logs
    "[INFO] ⟨ts⟩ api=/v2/person/query caller=⟨dept⟩ client_ip=⟨ip⟩ sfzh=⟨idp⟩ result=1 cost=⟨nn⟩ms trace=⟨sn⟩",
    "⟨ts⟩ WARN share-gateway: masked field id_card for user ⟨email⟩ from ⟨ip⟩, request ⟨ord⟩",
    "login ok user=⟨name⟩ ip=⟨ip⟩ ua=\"Mozilla/5.0\" ts=⟨ts⟩ app_ver=⟨ver⟩",
    "<Record><XM>⟨name⟩</XM><SFZH>⟨idp⟩</SFZH><SJHM>⟨mobp⟩</SJHM><DZ>⟨addr⟩</DZ><GXSJ>⟨ts⟩</GXSJ></Record>",
    "数据共享申请单 ⟨ord⟩\n申请部门：⟨dept⟩\n申请字段：姓名、身份证号、手机号\n样例数据：⟨name⟩,⟨idp⟩,⟨mobp⟩\n依据：⟨doc⟩",
    "[{\"name\":\"⟨name⟩\",\"idcard\":\"⟨idp⟩\",\"mobile\":\"⟨mobp⟩\"},{\"name\":\"⟨name⟩\",\"idcard\":\"⟨idp⟩\",\"mobile\":\"⟨mobp⟩\"}]",
    "audit|⟨ts⟩|⟨email⟩|⟨ip⟩|EXPORT|dataset=低保对象|rows=⟨cnt⟩|ok",
    "同步失败记录：第⟨nn⟩行 证件号码⟨bid⟩ 校验失败；第⟨nn⟩行 银行卡号⟨bcard⟩ 校验失败；批次号⟨ord⟩。",
    "name\tid\tmobile\tbank_card\temail\n⟦2-4|⟨name⟩\t⟨idp⟩\t⟨mobp⟩\t⟨cardp⟩\t⟨email⟩⟧",
    "sshd[⟨nn⟩⟨nn⟩]: Accepted password for ops from ⟨ip⟩ port ⟨nn⟩⟨nn⟩ ssh2 (host=db-⟨n⟩, ver=⟨ver⟩)",
    "2.3 接口调用明细：调用方IP ⟨ip⟩，调用账号⟨email⟩，调用次数⟨cnt⟩，接口版本⟨ver⟩，时间⟨d⟩。",
    "nginx access: ⟨ip⟩ - - [⟨ts⟩] \"GET /api/credit?uscc=⟨uscc⟩ HTTP/1.1\" 200 ⟨nn⟩⟨nn⟩",
    "脱敏前样本（仅限测试环境）：\n⟦2-3|⟨name⟩|⟨id⟩|⟨mob⟩|⟨card⟩|⟨addr⟩⟧",
    "IPv6访问日志：源地址⟨ip6⟩，目标服务 data.huzhou，账号⟨email⟩，时间⟨ts⟩",
    "key=value export: xm=⟨name⟩;zjhm=⟨idp⟩;hzhm=⟨pp⟩;txz=⟨hkm⟩;lxdh=⟨mobp⟩;gxsj=⟨ts⟩",
    "字段探查报告：表 t_rk_jbxx 共⟨cnt⟩，字段sfzh抽样 ⟨idp⟩、⟨idp⟩；字段sjhm抽样 ⟨mobp⟩；异常值⟨bid⟩。",
]
T_MSG = [
    # SMS, chat, e-mail, hotline work orders
    "12345工单 ⟨wo⟩\n来电人：⟨name⟩\n来电号码：⟨mob⟩\n诉求：反映⟨addrhz⟩附近夜间施工噪音扰民\n承办单位：⟨org⟩\n办理时限：⟨d⟩",
    "【微信群】⟨sur⟩主任：大家把材料发我邮箱⟨email⟩，身份证号直接发群里也行\n⟨name⟩：⟨id⟩\n⟨name⟩：⟨id⟩ 手机⟨mob⟩",
    "发件人：⟨name⟩ <⟨email⟩>\n收件人：⟨email⟩\n主题：关于⟨doc⟩的落实情况\n附件为名单，联系人⟨name⟩，电话⟨tel⟩。",
    "在吗？我是⟨name⟩，新号码⟨mob⟩，旧号停用了。明天⟨t⟩在⟨pub⟩门口见",
    "快递通知：您的包裹（运单号⟨trk⟩）已到⟨place⟩驿站，取件码⟨n⟩-⟨n⟩-⟨nn⟩⟨nn⟩，收件人⟨name⟩ ⟨mob⟩。",
    "来电记录 ⟨ts⟩ 主叫⟨tel⟩ 被叫⟨hot⟩ 时长⟨nn⟩秒 坐席⟨n⟩⟨nn⟩ 诉求人⟨name⟩",
    "你好，帮我查下⟨name⟩的社保，身份证⟨id⟩，他电话是⟨mob⟩，住在⟨addrhz⟩。",
    "短信：【湖州市民卡】⟨name⟩您好，您的市民卡（卡号⟨sn⟩）已制卡完成，请持身份证到⟨room⟩领取。",
    "转发：⟨name⟩ 手机 ⟨mob⟩ / 座机 ⟨tel⟩ / 邮箱 ⟨email⟩ —— 这是新调来的信息科联系人，有事找他。",
    "Hi ⟨name⟩, please send the signed form to ⟨email⟩ or call me at ⟨mob86⟩. Ref: ⟨ord⟩, deadline ⟨d⟩.",
    "工单回访：⟨name⟩（尾号⟨n⟩⟨n⟩⟨n⟩⟨n⟩）对⟨wo⟩办理结果表示满意。回访人⟨name⟩，回访时间⟨ts⟩。",
    "钉钉消息 ⟨t⟩ ⟨name⟩：车⟨plate⟩今天借用，油卡卡号⟨sn⟩，司机电话⟨mob⟩",
    "邮件签名\n⟨name⟩ | 数据资源处\n⟨dept⟩\nTel: ⟨tel⟩  Mob: ⟨mob⟩\nEmail: ⟨email⟩\n办公地点：⟨room⟩ 邮编：⟨pc⟩",
    "群公告：本周五⟨t⟩在⟨room⟩召开培训会，参会人员请回复姓名+手机。⟨name⟩ ⟨mob⟩，⟨name⟩ ⟨mob⟩",
    "语音转写：嗯我叫⟨name⟩，身份证号码是⟨id⟩，我家住在⟨addrhz⟩，电话⟨mob⟩，就是想问下那个补贴⟨amt⟩什么时候到。",
    "退款到账提醒：您尾号⟨n⟩⟨n⟩⟨n⟩⟨n⟩的⟨bank⟩卡于⟨d⟩ ⟨t⟩收到退款⟨amt⟩。交易流水⟨ord⟩。",
]
T_MISC = [
    # misc forms and certificates
    "委托书\n委托人：⟨name⟩，身份证号⟨id⟩\n受托人：⟨name⟩，身份证号⟨id⟩，电话⟨mob⟩\n委托事项：代为办理⟨dept⟩相关业务\n⟨d⟩",
    "志愿者报名：⟨name⟩，⟨sex⟩，⟨age⟩岁，手机⟨mob⟩，邮箱⟨email⟩，服务地点⟨place⟩，服务时长⟨nn⟩小时。",
    "居民健康码申诉：⟨name⟩，证件号⟨hkm⟩（港澳通行证），手机⟨mob86⟩，申诉工单⟨wo⟩。",
    "个人信用报告查询授权：本人⟨name⟩（⟨id⟩）授权⟨bank⟩查询本人征信，授权书编号⟨ctr⟩。",
    "荣誉证书：授予⟨name⟩同志“⟨yr⟩年度优秀志愿者”称号。证书编号⟨sn⟩。⟨org⟩ ⟨d⟩",
    "会议签到表\n⟦3-6|⟨name⟩  ⟨dept⟩  ⟨mob⟩⟧\n会议时间：⟨d⟩ ⟨t⟩  地点：⟨room⟩",
    "通讯录更新：⟨name⟩，办公室⟨telhz⟩，手机⟨mob⟩，内线⟨n⟩⟨nn⟩；⟨name⟩，办公室⟨tel⟩，手机⟨mob⟩。",
    "献血证：献血者⟨name⟩，证件号码⟨id⟩，血型A型，献血量400ml，献血日期⟨d⟩，编号⟨sn⟩。",
    "捐赠回执：感谢⟨name⟩（⟨mob⟩）捐赠⟨amt⟩，捐赠票据号⟨inv⟩，开票单位⟨org⟩。",
    "统计报表：⟨yr⟩年全市新增市场主体⟨cnt⟩，个体工商户占比⟨nn⟩%，数据截至⟨d⟩，来源⟨org⟩，依据⟨doc⟩。",
    "通知：⟨org⟩办公地址搬迁至⟨place⟩，新址联系电话⟨hot⟩，原⟨room⟩停止对外办公。",
    "承诺书：本人⟨name⟩，身份证号码⟨id⟩，承诺所提供材料真实有效。签名：⟨name#1⟩ 日期：⟨d⟩",
    "银行开户信息核验：客户⟨name⟩，证件⟨id⟩，手机⟨mob⟩，新开借记卡⟨card⟩，开户网点⟨bank⟩湖州分行。",
    "会员注册：用户名⟨email⟩，昵称⟨nn⟩号用户，绑定手机⟨mob⟩，注册IP ⟨ip⟩，注册时间⟨ts⟩。",
    "政策文件摘要：依据⟨doc⟩和⟨doc⟩，⟨yr⟩年安排专项资金⟨amt⟩，⟨org⟩负责解释，咨询电话⟨hot⟩。",
    "设备巡检单：设备编号⟨dev⟩，序列号⟨sn⟩，固件⟨ver⟩，巡检人⟨name⟩，巡检时间⟨ts⟩，管理IP ⟨ip⟩。",
    "奖学金公示：⟦3-5|⟨kid⟩ 湖州学院 奖励⟨amt⟩；⟧公示期⟨d⟩至⟨d⟩，异议请联系⟨telhz⟩。",
    "资金拨付单：收款单位⟨co⟩，统一社会信用代码⟨uscc⟩，拨付金额⟨amt⟩，合同编号⟨ctr⟩，发票号码⟨inv⟩。",
]
T_TRAD = [
    "繁|戶籍登記表\n姓名：⟨name⟩  性別：⟨sex⟩\n出生日期：⟨dob⟩\n身分證號碼：⟨id⟩\n戶籍地址：⟨addrhz⟩\n聯絡電話：⟨mob⟩",
    "繁|申請人⟨name⟩，身分證字號⟨id⟩，現居⟨addr⟩，手機⟨mob⟩，於⟨d⟩申請低收入戶資格，家庭月收入⟨fin⟩。",
    "繁|門診病歷：病患⟨name⟩，病歷號碼⟨mr⟩，診斷：⟨dx⟩，就診時間⟨ts⟩，主治醫師⟨name⟩。",
    "繁|交通違規通知：車牌⟨plate⟩於⟨d⟩ ⟨t⟩在⟨road⟩超速，罰款⟨amt⟩，車主⟨name⟩，電話⟨mob⟩。",
    "繁|公司登記：統一社會信用代碼⟨uscc⟩，公司名稱⟨co⟩，負責人⟨name⟩，地址⟨addrhz⟩，電話⟨tel⟩。",
    "繁|匯款資料：戶名⟨name⟩，銀行⟨bank⟩，帳號⟨card⟩，聯絡手機⟨mob⟩，電子郵件⟨email⟩。",
    "繁|旅客名單（團號⟨ord⟩）：⟦3-4|⟨name⟩ 護照號碼⟨pp⟩；⟧領隊⟨name⟩，手機⟨mob⟩。",
    "繁|港澳通行證申辦：⟨name⟩，通行證號碼⟨hkm⟩，身分證⟨id⟩，郵寄地址⟨addrhz⟩，郵遞區號⟨pc⟩。",
    "繁|依據⟨doc⟩，⟨org⟩於⟨d⟩公告本年度補助經費⟨amt⟩，洽詢專線⟨hot⟩。",
    "繁|民事起訴狀\n原告：⟨name⟩，住⟨addr⟩，身分證⟨id⟩，電話⟨mob⟩\n被告：⟨name⟩，住⟨addr⟩\n案號：⟨case⟩",
    "繁|入住登記：⟨name⟩ ⟨id⟩ ⟨mob⟩ 入住⟨d⟩ 退房⟨d⟩；⟨name⟩ ⟨id⟩ ⟨mob⟩。",
    "繁|您好，我是⟨name⟩，新手機⟨mob⟩，Email：⟨email⟩，地址改為⟨addrhz⟩，請更新通訊錄。",
    "繁|出生證明：新生兒⟨kid⟩，出生日期⟨dobk⟩，母親⟨name⟩（身分證⟨idp⟩），父親⟨name⟩。",
    "繁|健康檢查報告：受檢者⟨name⟩，證件號碼⟨id⟩，檢查結果：⟨dx⟩，報告日期⟨d⟩。",
    "繁|系統日誌 ⟨ts⟩ 使用者⟨email⟩ 來源IP ⟨ip⟩ 查詢身分證⟨idp⟩ 版本⟨ver⟩",
    "繁|行蹤調查：⟨name⟩（⟨id⟩）行動軌跡：⟨trace⟩。",
    "繁|社保卡掛失：持卡人⟨name⟩，社會保障卡號⟨ss⟩，身分證號⟨idp⟩，掛失時間⟨ts⟩。",
    "繁|資料檢核：身分證號⟨bid⟩檢核碼錯誤；統一社會信用代碼⟨busc⟩檢核碼錯誤；卡號⟨bcard⟩檢核失敗。",
    "繁|物流通知：運單號⟨trk⟩，收件人⟨name⟩，電話⟨mob⟩，地址⟨addrhz⟩，訂單⟨ord⟩。",
    "繁|姓名,身分證號,手機,地址\n⟦2-4|⟨name⟩,⟨idp⟩,⟨mobp⟩,⟨addrhz⟩⟧",
    "繁|不動產登記：權利人⟨name⟩，證件號⟨id⟩，坐落⟨addrhz⟩，成交價⟨amt⟩，合約編號⟨ctr⟩。",
    "繁|勞動仲裁：申請人⟨name⟩，出生日期⟨dob⟩，身分證⟨id⟩，被申請人⟨co⟩（⟨uscc⟩），請求給付工資⟨amt⟩。",
    "繁|會議通知：⟨d⟩ ⟨t⟩於⟨room⟩召開數據共享工作會議，聯絡人⟨name⟩，電話⟨telhz⟩，手機⟨mob⟩。",
    "繁|就學登記：學生⟨kid⟩，身分證⟨idk⟩，監護人⟨name⟩，手機⟨mob⟩，戶籍地⟨addrb⟩。",
    "繁|車輛過戶：原車主⟨name⟩（⟨id⟩），新車主⟨name⟩（⟨id⟩），車牌⟨plate⟩，成交價⟨amt⟩。",
]

FIELDS["mob86"] = ("CN_MOBILE", lambda r, c: r.choice(["+86 ", "+86-", "+86"]) + _mob_raw(r))
FIELDS["id15"] = ("CN_RESIDENT_ID", lambda r, c: r.choice(ID_REGIONS) + "%02d%02d%02d" % (
    r.randint(40, 84), r.randint(1, 12), r.randint(1, 28)) + _digits(r, 3))

TEMPLATES = (T_POP + T_MKT + T_HEALTH + T_SOC + T_CIV + T_TRAFFIC + T_TOUR + T_HOUSE + T_EDU + T_COURT + T_TAX
             + T_POLICE + T_EMER + T_PLATFORM + T_MSG + T_MISC + T_TRAD)


if __name__ == "__main__":
    main()
