"""Held-out evaluation family 15 for the Chinese PII detector (written blind).

Synthetic documents of the kinds that move between a city's departments; every
value comes from the pools below, identifiers with check digits are generated
valid (or deliberately invalid for the look-alike negatives) with the helpers of
bench.classify_values.

    python -m bench.classify_heldout15
"""
from __future__ import annotations

import json
import os
import random
import re
import sys
import unicodedata

from bench.classify_values import USCC_AL, W_ORG, W_USCC, fullwidth, id_check, luhn_digit


SEED = 15_30_2026
N_DOCS = 2000
OUT = os.path.join("tests", "classify", "data", "heldout15_generated.jsonl")
ENTITIES_YAML = os.environ.get("GOVGATE_ENTITIES_YAML", "/work/shared/design/entities.yaml")

# ---------------------------------------------------------------------------
# Simplified -> Traditional for the value pools (template text of the
# Traditional templates is written in Traditional directly).
_S2T_PAIRS = (
    "区區县縣镇鎮乡鄉号號组組栋棟单單园園湾灣东東华華兴興长長吴吳浔潯宁寧温溫绍紹丽麗苏蘇锡錫扬揚"
    "连連杨楊张張陈陳刘劉赵趙孙孫马馬郑鄭罗羅谢謝许許邓鄧冯馮韩韓钱錢贺賀龚龔顾顧卢盧汤湯陆陸蒋蔣"
    "钟鍾谭譚邹鄒阎閻叶葉黄黃吕呂闵閔诸諸欧歐阳陽万萬龙龍凤鳳桥橋丰豐庄莊乐樂云雲岭嶺泾涇济濟苍蒼"
    "芦蘆荡蕩滩灘岛島广廣厦廈楼樓层層门門坛壇场場庙廟圣聖兰蘭树樹线線环環级級纪紀红紅绿綠蓝藍锦錦"
    "铜銅银銀铁鐵钢鋼开開关關发發达達进進远遠运運过過还還边邊迁遷选選遗遺辽遼宾賓宝寶实實审審宫宮"
    "宽寬将將对對导導岁歲岗崗峡峽帅帥师師带帶帮幫庆慶库庫应應弯彎录錄忆憶怀懷态態总總户戶执執护護"
    "报報挂掛数數断斷无無旧舊时時显顯晋晉晓曉晖暉术術机機杂雜权權条條来來杰傑极極构構标標栏欄样樣"
    "档檔梦夢检檢横橫欢歡毕畢气氣汇匯汉漢沟溝沪滬泽澤洁潔测測涛濤润潤涨漲渊淵渔漁湿濕满滿滨濱潜潛"
    "灵靈灾災炉爐点點热熱爱愛独獨狮獅献獻现現玛瑪电電画畫畅暢疗療监監盘盤码碼硕碩确確礼禮离離种種"
    "积積称稱稳穩竞競笔筆节節筑築简簡类類粮糧纠糾约約纬緯纯純纲綱纳納纵縱纸紙纹紋练練细細织織终終"
    "经經结結绕繞给給络絡绝絕统統继繼绩績续續维維绵綿综綜缘緣编編缩縮罚罰职職联聯聪聰肃肅肤膚肾腎"
    "肿腫胆膽胜勝脉脈脑腦脏臟艺藝芜蕪苇葦茎莖荣榮药藥莱萊获獲萝蘿营營萧蕭虑慮虚虛补補装裝见見观觀"
    "规規视視觉覺计計订訂认認讨討让讓训訓议議讯訊记記讲講论論设設访訪证證评評识識诉訴诊診词詞译譯"
    "试試诗詩诚誠话話询詢该該详詳语語误誤说說请請读讀课課谁誰调調谈談谋謀谱譜贝貝负負贡貢财財责責"
    "贤賢败敗货貨质質购購贯貫贴貼贵貴贷貸费費资資赔賠赖賴赶趕跃躍践踐车車轨軌转轉轮輪软軟轻輕载載"
    "较較辅輔辆輛辖轄辞辭违違迟遲适適递遞邮郵邻鄰酱醬释釋鉴鑒针針钓釣铺鋪链鏈销銷锁鎖锋鋒键鍵闪閃"
    "闭閉问問间間闸閘闻聞阁閣队隊阴陰阵陣阶階际際陕陝险險随隨隐隱难難静靜页頁顶頂项項顺順须須顿頓"
    "颁頒预預领領频頻颖穎题題颜顏额額风風飞飛饭飯馆館驰馳驻駐驾駕验驗骑騎鱼魚鲁魯鲜鮮鸡雞鸣鳴鸿鴻"
    "鹅鵝鹏鵬齐齊龟龜个個为為们們买買书書亚亞产產亲親亿億仅僅从從仓倉价價众眾优優会會伟偉传傳伤傷"
    "伦倫体體侦偵侧側债債儿兒党黨养養内內册冊写寫军軍农農冲衝决決况況冻凍净淨凉涼减減凯凱击擊划劃"
    "则則刚剛创創别別剂劑剧劇办辦务務动動劳勞势勢勋勳协協卖賣卫衛厂廠压壓厅廳厉厲参參双雙变變叙敘"
    "叹嘆启啟员員响響围圍图圖圆圓块塊坚堅坝壩垦墾备備头頭夹夾奋奮奖獎妇婦妈媽娄婁婴嬰学學宪憲寻尋"
    "寿壽属屬岂豈岳嶽币幣帐帳并並庐廬废廢异異弃棄弹彈归歸当當彦彥彻徹径徑恒恆恶惡悦悅愿願战戰抚撫"
    "抢搶拟擬拥擁拦攔择擇挡擋挥揮损損换換据據携攜摄攝摆擺摇搖斗鬥斩斬杀殺杆桿枣棗枪槍柜櫃桩樁梁梁"
    "楼樓残殘毁毀沧滄泸瀘浅淺浍澮涟漣渐漸溃潰滚滾潇瀟澜瀾烂爛烧燒烫燙焕煥爷爺牵牽犹猶猎獵玺璽环環"
    "琼瓊瓯甌畴疇疟瘧疡瘍痒癢瘫癱癫癲皱皺盏盞盐鹽眯瞇矿礦砖磚碍礙礼禮祸禍禅禪秃禿秆稈窝窩窥窺竖豎"
    "笼籠笺箋筛篩签簽箩籮糁糝纺紡织織绘繪绣繡绳繩缆纜缓緩缔締网網罗羅羁羈翘翹耸聳聂聶肠腸肿腫胁脅"
    "脓膿腻膩舆輿舱艙艰艱苹蘋茧繭荆荊荫蔭莲蓮莹瑩蔼藹蕴蘊虏虜蚕蠶蛮蠻蜗蝸衔銜袄襖裤褲览覽觅覓誉譽"
    "謇謇贞貞贫貧贱賤贻貽赁賃赃贓赎贖赏賞赐賜赛賽赞贊赠贈趋趨跷蹺踪蹤蹿躥躯軀辈輩辉輝辩辯辫辮邝鄺"
    "邬鄔郏郟郦酈酝醞醉醉钦欽钧鈞钩鉤钮鈕钻鑽铃鈴铭銘铸鑄锅鍋锐銳锻鍛镀鍍镜鏡镶鑲闯闖闰閏闲閒闹鬧"
    "阀閥阅閱阔闊阙闕陨隕隶隸雏雛雾霧霁霽靓靚韦韋韧韌韩韓顽頑颂頌颇頗颈頸颊頰颐頤饮飲饲飼饱飽饶饒"
    "馈饋驱驅驳駁驴驢骄驕骆駱骏駿骗騙鲍鮑鹤鶴鹿鹿黉黌龄齡龚龔邱邱浒滸浓濃诺諾轩軒涵涵萱萱琪琪"
    "轶軼馨馨铭銘钰鈺妍妍宸宸铄鑠玮瑋玲玲莹瑩泓泓浩浩嘉嘉颢顥锋鋒凤鳳桂桂秀秀兰蘭珍珍霞霞艳豔"
    "丽麗娟娟静靜敏敏伟偉强強军軍勇勇涛濤峰峰斌斌杰傑鹏鵬刚剛辉輝宁寧龙龍亮亮俊俊达達庆慶爱愛国國"
    "盘盤确確侨僑纤纖缪繆蓟薊逻邏锺鍾骞騫鸥鷗鹭鷺临臨乌烏义義冈岡储儲剑劍历歷厢廂团團壮壯处處尔爾医醫"
    "状狀绥綏萨薩蕲蘄账賬贾賈赣贛逊遜郸鄲驶駛蔺藺闽閩业業严嚴与與专專仑崙痫癇尘塵泸瀘夺奪宾賓"
)
S2T = {}
for _i in range(0, len(_S2T_PAIRS) - 1, 2):
    _a, _b = _S2T_PAIRS[_i], _S2T_PAIRS[_i + 1]
    if _a != _b:
        S2T.setdefault(_a, _b)
# surnames and place characters that keep their form in Traditional
for _keep in "沈余范于后肖姜谷系干里台复":
    S2T.pop(_keep, None)


def to_trad(s: str) -> str:
    return "".join(S2T.get(c, c) for c in s)


# ---------------------------------------------------------------------------
# check-digit helpers (own re-statement of the rules for validate)
DIGITS_FW = str.maketrans("０１２３４５６７８９", "0123456789")


def _plain(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·]", "", s)


def passes_id(s: str) -> bool:
    s = _plain(s).upper()
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17]


def passes_luhn(s: str) -> bool:
    s = _plain(s)
    return len(s) >= 2 and s.isdigit() and luhn_digit(s[:-1]) == s[-1]


def uscc_check_char(first17: str) -> str:
    total = sum(USCC_AL.index(c) * w for c, w in zip(first17, W_USCC))
    return USCC_AL[(31 - total % 31) % 31]


def passes_uscc(s: str) -> bool:
    s = _plain(s).upper()
    return len(s) == 18 and all(c in USCC_AL for c in s) and uscc_check_char(s[:17]) == s[17]


def org_check_char(code8: str) -> str:
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(code8, W_ORG))
    c = 11 - total % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def fails_all(s: str) -> bool:
    return not (passes_id(s) or passes_luhn(s) or passes_uscc(s))


# ---------------------------------------------------------------------------
# value pools
SURN_COMMON = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤闵施褚臧钮费凌鲍"
)
SURN_RARE = list("佘笪郦糜眭訾亓厍禤揭逯滕濮郏蔺芮庹冼仉琚逄隗郜邴荀缪郇宓蒯")
SURN_COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒",
                 "夏侯", "长孙", "端木", "独孤", "宇文", "澹台", "闻人", "南宫", "呼延"]
GIVEN_OLD = ["建国", "建华", "国庆", "卫东", "红梅", "秀英", "桂兰", "玉珍", "志强", "德明", "淑珍", "凤英",
             "根宝", "金娣", "招娣", "福生", "阿毛", "长根", "美华", "炳荣", "雪琴", "月娥", "荣发", "水林",
             "幼娟", "阿大", "菊芬", "宝林", "兴法", "小妹"]
GIVEN_MID = ["伟", "丽", "军", "勇", "艳", "静", "敏", "磊", "海燕", "晓东", "丽娟", "俊杰", "春燕", "建平",
             "伟强", "晓峰", "雪芳", "卫华", "亚萍", "国平", "利民", "芳", "斌", "涛", "红", "燕", "海峰",
             "晓霞", "剑锋", "永明"]
GIVEN_YOUNG = ["婷婷", "佳怡", "浩然", "子轩", "欣怡", "宇航", "梦琪", "思雨", "俊豪", "雨萱", "嘉豪",
               "诗琪", "文博", "一鸣", "佳琪", "子涵", "明轩", "雅婷", "晨曦", "天宇"]
GIVEN_CHILD = ["梓涵", "一诺", "沐宸", "若汐", "诗涵", "奕辰", "浩宇", "芷若", "梓萱", "语桐", "锦程",
               "知夏", "承泽", "安然", "沐阳", "可馨", "睿", "悦", "昕", "梓睿"]
MINORITY = ["买买提·艾力", "阿依古丽·吐尔逊", "古丽米拉·阿不都", "艾尔肯·吾守尔", "努尔兰·别克",
            "扎西顿珠", "次仁央宗", "格桑卓玛", "洛桑尼玛", "达瓦次仁", "巴特尔", "乌云其木格",
            "额尔敦巴雅尔", "其其格", "阿牛木呷", "吉克曲布", "马木沙", "热依拉·阿不力孜", "央金拉姆",
            "白玛多吉", "苏日娜", "哈斯巴根", "莫日根", "沙马阿果", "迪丽娜尔·艾买提"]
PINYIN_SUR = ["ZHANG", "WANG", "LI", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU", "XU", "SHEN",
              "QIAN", "OUYANG", "MIN", "YAO", "PAN", "LU"]
PINYIN_GIV = ["Wei", "Fang", "Na", "Min", "Jing", "Qiang", "Lei", "Jun", "Yan", "Jie", "Tao", "Xiaodong",
              "Haiyan", "Zihan", "Yinuo", "Haoran", "Jianguo", "Meihua", "Yuxuan", "Siyu"]
PY_SYL = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
          "zhu", "hu", "guo", "lin", "luo", "zheng", "shen", "qian", "yao", "pan", "lu", "jin", "gu",
          "min", "shi", "fei", "ling"]
PY_GIV = ["wei", "fang", "na", "min", "jing", "qiang", "lei", "jun", "yan", "jie", "tao", "ming", "hui",
          "ling", "ting", "hao", "xuan", "xin", "yi", "nuo", "chen", "yu", "feng", "hong", "ping"]
EMAIL_DOM = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "aliyun.com", "hotmail.com",
             "gmail.com", "outlook.com", "yeah.net", "139.com", "sohu.com", "vip.163.com", "zjhu.edu.cn",
             "huzhou.gov.cn", "hzjt.com.cn", "zjnx.net", "icloud.com", "189.cn", "wo.cn"]

HUZHOU = {
    "吴兴区": (["爱山街道", "飞英街道", "月河街道", "朝阳街道", "龙泉街道", "凤凰街道", "康山街道",
               "仁皇山街道", "滨湖街道", "织里镇", "八里店镇", "埭溪镇", "妙西镇", "东林镇", "道场乡"],
              ["红旗路", "人民路", "凤凰路", "青铜路", "仁皇山路", "环城东路", "南街", "劳动路",
               "二环东路", "西山漾路", "滨湖大道", "吉山路", "苕溪西路", "环渚路", "大升路", "北街",
               "车站路", "珍贝路", "栋梁路"]),
    "南浔区": (["南浔镇", "练市镇", "双林镇", "菱湖镇", "和孚镇", "善琏镇", "旧馆街道", "千金镇",
               "石淙镇", "东迁街道"],
              ["嘉业路", "适园路", "人瑞路", "南林路", "东迁路", "强华路", "泰安路", "向阳路", "虹桥路"]),
    "德清县": (["武康街道", "舞阳街道", "阜溪街道", "下渚湖街道", "新市镇", "乾元镇", "禹越镇",
               "莫干山镇", "钟管镇", "洛舍镇", "新安镇", "雷甸镇"],
              ["英溪北路", "千秋街", "永安街", "武源街", "塔山街", "长虹东街", "余英坊", "志远路"]),
    "长兴县": (["雉城街道", "画溪街道", "太湖街道", "龙山街道", "洪桥镇", "李家巷镇", "泗安镇", "和平镇",
               "煤山镇", "林城镇", "虹星桥镇", "夹浦镇", "小浦镇", "水口乡"],
              ["明珠路", "长海路", "金陵路", "中央大道", "解放路", "龙山路", "太湖大道", "经一路"]),
    "安吉县": (["递铺街道", "昌硕街道", "灵峰街道", "孝源街道", "孝丰镇", "天荒坪镇", "梅溪镇", "鄣吴镇",
               "杭垓镇", "报福镇", "天子湖镇", "溪龙乡", "章村镇", "上墅乡", "山川乡"],
              ["胜利西路", "天目路", "浦源大道", "玉磬路", "昌硕东路", "递铺路", "灵峰大道", "迎宾大道"]),
}
HZ_REGION = {"吴兴区": "330502", "南浔区": "330503", "德清县": "330521", "长兴县": "330522", "安吉县": "330523"}
ESTATES = ["金色地中海", "华府", "百合公寓", "凤凰一村", "红丰新村", "碧水苑", "仁皇山庄", "阳光城市花园",
           "府南名苑", "龙溪花园", "青山雅苑", "江南华苑", "太湖明珠苑", "东白鱼潭小区", "吉山新村",
           "梅林新村", "天目山庄", "浦源里", "新天地家园", "爱山小区", "馨竹苑", "瑞祥家园", "德清桂园",
           "雉城花苑", "练市新村", "长海苑"]
VILLAGES = ["荃步村", "上泗安村", "余村", "鲁家村", "大竹园村", "黄杜村", "高家墩村", "义皋村", "移沿山村",
            "双林村", "戴山村", "横街村", "蔡家埭村", "潘店村", "长田漾村", "沈家墩村", "田垓村", "三合村",
            "勤劳村", "新港村"]
GROUPS = ["一组", "二组", "三组", "五组", "西港组", "下街组", "东埠组", "新塘组", "里湾组", "桥头组"]
OTHER = [  # province, city, county, towns, region code
    ("江苏省", "苏州市", "吴江区", ["震泽镇", "盛泽镇", "平望镇"], "320509"),
    ("安徽省", "宣城市", "广德市", ["桃州镇", "新杭镇", "邱村镇"], "341882"),
    ("江西省", "上饶市", "鄱阳县", ["饶州街道", "鄱阳镇", "石门街镇"], "361128"),
    ("河南省", "周口市", "郸城县", ["城关镇", "汲冢镇", "宁平镇"], "411625"),
    ("四川省", "凉山彝族自治州", "昭觉县", ["新城镇", "竹核乡", "四开乡"], "513431"),
    ("贵州省", "毕节市", "威宁彝族回族苗族自治县", ["草海镇", "五里岗街道", "迤那镇"], "520526"),
    ("新疆维吾尔自治区", "喀什地区", "疏附县", ["托克扎克镇", "吾库萨克镇"], "653121"),
    ("西藏自治区", "日喀则市", "桑珠孜区", ["城南街道", "江当乡"], "540202"),
    ("内蒙古自治区", "锡林郭勒盟", "正蓝旗", ["上都镇", "桑根达来镇"], "152530"),
    ("云南省", "大理白族自治州", "大理市", ["下关街道", "喜洲镇"], "532901"),
    ("广西壮族自治区", "百色市", "田阳区", ["田州镇", "那坡镇"], "451003"),
    ("湖南省", "邵阳市", "隆回县", ["桃洪镇", "六都寨镇"], "430524"),
    ("湖北省", "黄冈市", "蕲春县", ["漕河镇", "蕲州镇"], "421126"),
    ("山东省", "临沂市", "沂南县", ["界湖街道", "铜井镇"], "371321"),
    ("甘肃省", "天水市", "秦安县", ["兴国镇", "莲花镇"], "620522"),
    ("黑龙江省", "绥化市", "海伦市", ["海伦镇", "伦河镇"], "231283"),
    ("上海市", "", "闵行区", ["七宝镇", "莘庄镇"], "310112"),
    ("浙江省", "杭州市", "余杭区", ["仓前街道", "五常街道"], "330110"),
    ("浙江省", "嘉兴市", "桐乡市", ["乌镇镇", "濮院镇"], "330483"),
    ("重庆市", "", "万州区", ["高笋塘街道", "龙都街道"], "500101"),
    ("福建省", "泉州市", "安溪县", ["凤城镇", "城厢镇"], "350524"),
    ("广东省", "湛江市", "雷州市", ["雷城街道", "客路镇"], "440882"),
    ("江苏省", "无锡市", "宜兴市", ["丁蜀镇", "张渚镇"], "320282"),
    ("浙江省", "温州市", "苍南县", ["灵溪镇", "钱库镇"], "330327"),
]
OTHER_VILL = ["新村", "张庄村", "王家村", "团结村", "红星村", "石桥村", "大坪村", "上寨村", "前进村", "柳树村"]
OTHER_ROADS = ["人民路", "建设路", "解放大道", "中山路", "新华街", "文化路", "胜利路", "长江路"]

MOB_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150",
              "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
              "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193",
              "195", "198", "199"]
AREA_OTHER = [("0571", 8), ("0573", 8), ("0574", 8), ("0575", 8), ("0577", 8), ("0579", 8), ("021", 8),
              ("025", 8), ("0512", 8), ("0551", 7), ("0563", 7), ("010", 8), ("020", 8), ("0755", 8),
              ("028", 8), ("0371", 8), ("0791", 8)]
BINS16 = ["438088", "518710", "622155", "625906", "356833", "403391", "524091", "628288", "622576"]
BINS19 = ["622202", "621226", "622848", "622700", "621700", "621661", "622262", "622588", "623058",
          "622908", "621799", "623190", "621058", "622609", "623668", "621483"]
PROV_PLATE = "浙浙浙浙浙浙苏沪皖赣豫川贵鲁京粤闽湘鄂"
PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
HEALTH = ["高血压2级", "2型糖尿病", "慢性乙型病毒性肝炎", "抑郁症", "精神分裂症", "继发性肺结核", "冠心病",
          "脑梗死后遗症", "肢体残疾三级", "视力残疾二级", "孕12周", "重度焦虑状态", "慢性肾功能不全",
          "支气管哮喘", "癫痫", "阿尔茨海默病", "乳腺癌术后", "腰椎间盘突出症", "类风湿关节炎",
          "HIV抗体阳性", "双相情感障碍", "帕金森病", "痛风性关节炎", "先天性心脏病", "听力残疾一级",
          "早孕", "甲状腺功能亢进症", "慢性阻塞性肺疾病", "尘肺病壹期", "骨质疏松伴椎体压缩性骨折"]
FIN_KIND = ["个人存款余额{a}元", "月均收入约{a}元", "公积金账户余额{a}元", "欠款本息合计{a}元",
            "名下房产{n}套、车辆{m}辆", "家庭年收入{w}万元", "股票账户市值约{w}万元", "名下存款{w}万元",
            "月工资收入{a}元", "理财产品持有{w}万元", "养老金每月{a}元", "贷款余额{w}万元"]
TRACE_PLACE = ["湖州站", "湖州南太湖客运中心", "杭州东站", "南浔古镇东大街", "爱山广场", "安吉余村",
               "德清莫干山民宿区", "长兴高铁站", "织里童装城", "上海虹桥站", "湖州东收费站", "月河街历史街区",
               "太湖图影湿地", "吴兴万达广场", "安吉云上草原"]
TRACE_ACT = ["抵达", "离开", "入住", "途经", "停留", "出现在", "进入", "驶离"]

ORGS = ["湖州市大数据管理中心", "湖州市市场监督管理局", "吴兴区人力资源和社会保障局", "德清县民政局",
        "长兴县人民医院", "湖州市中心医院", "安吉县住房和城乡建设局", "南浔区教育局", "湖州市公安局交通警察支队",
        "湖州市税务局", "湖州市应急管理局", "湖州市文化广电旅游局", "湖州市医疗保障局", "湖州市中级人民法院",
        "浙江联众童装有限公司", "湖州太湖旅游度假区管委会", "长兴天能电池有限公司", "安吉竹语家居有限公司",
        "德清地信科技有限公司", "湖州南浔善琏湖笔厂", "湖州银行", "吴兴区织里镇社会事务管理中心",
        "湖州市信用中心", "湖州师范学院", "湖州市第一人民医院", "浙江省湖州市公证处"]
BANKS = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "交通银行", "招商银行", "湖州银行",
         "浙江农商银行", "中国邮政储蓄银行", "兴业银行", "浙商银行"]
HOSP = ["湖州市中心医院", "湖州市第一人民医院", "湖州市第三人民医院", "德清县人民医院", "长兴县人民医院",
        "安吉县人民医院", "南浔区人民医院", "湖州市妇幼保健院", "湖州市中医院"]
SCHOOLS = ["湖州市第二中学", "湖州中学", "吴兴实验小学", "南浔中学", "德清县第一中学", "长兴中学",
           "安吉县昌硕高级中学", "湖州市爱山小学", "湖州职业技术学院"]
PLACES = ["吴兴区", "南浔区", "德清县", "长兴县", "安吉县", "湖州市", "南浔古镇", "莫干山", "太湖度假区",
          "安吉余村", "长兴水口乡", "织里镇", "湖州经济技术开发区", "月河街区", "仁皇山新区"]
ROADS_TRAFFIC = ["二环东路与青铜路交叉口", "G25长深高速湖州段", "104国道长兴段", "申苏浙皖高速南浔段",
                 "凤凰路隧道", "杭宁高速德清出口", "环太湖公路安吉段", "湖盐公路", "318国道织里段",
                 "仁皇山路与滨湖大道路口", "湖州大道", "东西大道吴兴段"]
ROOMS = ["市民服务中心三楼12号窗口", "行政服务中心B区208室", "税务局办税服务厅6号窗口", "市公安局出入境大厅",
         "不动产登记中心一楼综合窗口", "社保服务大厅7号窗口", "区信访局接待室", "政务服务中心二楼综合受理区",
         "医保服务大厅综合受理区", "交警支队车管所二号厅"]
PUB_ORGS = ["湖州市吴兴区人民法院", "湖州市公安局南浔区分局", "德清县市场监督管理局", "长兴县应急管理局",
            "安吉县文化和广电旅游体育局", "湖州市住房公积金管理中心", "湖州市中级人民法院",
            "浙江省湖州市吴兴区人民检察院", "国家税务总局湖州市税务局", "湖州市民政局"]
DOC_PREFIX = ["浙政发", "湖政办发", "湖政发", "湖人社发", "吴政办发", "浔政发", "德政办发", "长政发",
              "安政办发", "湖市监", "湖卫健发", "湖应急", "湖医保发", "湖建发", "湖教发", "湖文旅"]
CASE_COURT = ["浙0502", "浙0503", "浙0521", "浙0522", "浙0523", "浙05", "浙0502"]
CASE_KIND = ["民初", "民终", "执", "刑初", "行初", "执保", "民特", "破"]


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


class Ctx:
    def __init__(self, rng: random.Random, trad: bool):
        self.rng = rng
        self.trad = trad
        self.cache = {}
        self.birth = None        # shared by the first resident ID and the first date of birth
        self.used = set()
        self.child_birth = None  # shared by a child's date of birth and the child's ID

    def t(self, s: str) -> str:
        return to_trad(s) if self.trad else s

    def get_birth(self, kind: str):
        if kind in self.used:
            return rand_birth(self.rng, 1938, 2004)
        self.used.add(kind)
        if self.birth is None:
            self.birth = rand_birth(self.rng, 1938, 2004)
        return self.birth

    def get_child_birth(self):
        if self.child_birth is None:
            self.child_birth = rand_birth(self.rng, 2007, 2025)
        return self.child_birth


def rand_birth(rng, lo=1938, hi=2019):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28 if m == 2 else 30)
    return (y, m, d)


# --- person names
def g_person(ctx):
    r = ctx.rng
    x = r.random()
    sur = r.choice(SURN_COMPOUND) if x < 0.06 else r.choice(SURN_RARE) if x < 0.14 else r.choice(SURN_COMMON)
    pool = r.choice([GIVEN_OLD, GIVEN_MID, GIVEN_MID, GIVEN_YOUNG, GIVEN_CHILD])
    return ctx.t(sur + r.choice(pool))


def g_minority(ctx):
    return ctx.t(ctx.rng.choice(MINORITY))


def g_child(ctx):
    r = ctx.rng
    sur = r.choice(SURN_COMPOUND) if r.random() < 0.05 else r.choice(SURN_COMMON)
    return ctx.t(sur + r.choice(GIVEN_CHILD + GIVEN_YOUNG[:8]))


def g_pinyin(ctx):
    r = ctx.rng
    return r.choice(PINYIN_SUR) + " " + r.choice(PINYIN_GIV)


# --- resident id
def _region(r):
    if r.random() < 0.7:
        return r.choice(list(HZ_REGION.values()))
    return r.choice(OTHER)[4]


def make_id(ctx, birth=None):
    r = ctx.rng
    y, m, d = birth or ctx.get_birth("id")
    first = _region(r) + f"{y:04d}{m:02d}{d:02d}" + _d(r, 3)
    return first + id_check(first)


def g_id(ctx):
    return make_id(ctx)


def g_id_child(ctx):
    return make_id(ctx, ctx.get_child_birth())


def g_id_spaced(ctx):
    s = make_id(ctx)
    return f"{s[:6]} {s[6:14]} {s[14:]}"


def g_id_fw(ctx):
    return fullwidth(make_id(ctx))


def g_id15(ctx):
    r = ctx.rng
    y, m, d = rand_birth(r, 1935, 1980)
    return _region(r) + f"{y % 100:02d}{m:02d}{d:02d}" + _d(r, 3)


# --- phones
def _mob(r):
    return r.choice(MOB_PREFIX) + _d(r, 8)


def g_mob(ctx):
    return _mob(ctx.rng)


def g_mob_intl(ctx):
    r = ctx.rng
    m = _mob(r)
    return r.choice(["+86 ", "+86", "+86-", "0086 ", "(+86)"]) + (m if r.random() < 0.6 else f"{m[:3]} {m[3:7]} {m[7:]}")


def g_mob_sep(ctx):
    r = ctx.rng
    m = _mob(r)
    sep = r.choice([" ", "-", " "])
    return f"{m[:3]}{sep}{m[3:7]}{sep}{m[7:]}"


def g_mob_fw(ctx):
    return fullwidth(_mob(ctx.rng))


def _hz_local(r):
    return r.choice("23568") + _d(r, 6)


def g_tel(ctx):
    r = ctx.rng
    n = _hz_local(r)
    return r.choice(["0572-{n}", "0572-{n}", "0572 {n}", "0572{n}", "0572－{n}"]).format(n=n)


def g_tel_ext(ctx):
    r = ctx.rng
    return f"0572-{_hz_local(r)}-{_d(r, r.choice([3, 4]))}"


def g_tel_other(ctx):
    r = ctx.rng
    code, ln = r.choice(AREA_OTHER)
    n = r.choice("2345678") + _d(r, ln - 1)
    return r.choice(["{c}-{n}", "{c}-{n}", "{c} {n}", "+86-{cc}-{n}"]).format(c=code, cc=code[1:], n=n)


def g_tel_paren(ctx):
    r = ctx.rng
    return r.choice(["(0572){n}", "（0572）{n}", "(0572) {n}"]).format(n=_hz_local(r))


# --- USCC
def make_uscc(r):
    head = r.choice(["91", "91", "91", "92", "92", "93", "12", "11", "52", "51", "53"])
    region = r.choice(list(HZ_REGION.values()) + ["330500", "330100", "330108", "320500", "310115"])
    if r.random() < 0.6:
        org = "MA" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY" if i in (1, 3) else "0123456789")
                              for i in range(6))
    else:
        org = r.choice("0123456789") + _d(r, 7)
    org += org_check_char(org)
    first = head + region + org
    return first + uscc_check_char(first)


def g_uscc(ctx):
    return make_uscc(ctx.rng)


# --- bank cards
def make_card(r, credit=False):
    if credit or r.random() < 0.25:
        partial = r.choice(BINS16) + _d(r, 9)
    else:
        partial = r.choice(BINS19) + _d(r, r.choice([12, 12, 12, 10]))
    return partial + luhn_digit(partial)


def g_card(ctx):
    return make_card(ctx.rng)


def g_card_grp(ctx):
    r = ctx.rng
    c = make_card(r)
    sep = r.choice([" ", " ", "-"])
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def g_email(ctx):
    r = ctx.rng
    s, g = r.choice(PY_SYL), r.choice(PY_GIV)
    x = r.random()
    if x < 0.15:
        local = str(r.randint(10000, 3999999999))
        dom = "qq.com"
    else:
        local = r.choice([s + g, s + "." + g, g + "." + s, s + g[0] + str(r.randint(1960, 2010)),
                          s[0] + g[0] + "_hz", s + g + str(r.randint(1, 99)), "hz" + s + str(r.randint(1, 999)),
                          s + "-" + g, g + s[0] + str(r.randint(100, 999))])
        dom = r.choice(EMAIL_DOM)
    return local + "@" + dom


def g_ip(ctx):
    r = ctx.rng
    x = r.random()
    if x < 0.3:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if x < 0.5:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if x < 0.6:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    first = r.choice([115, 60, 183, 122, 218, 36, 112, 223, 39, 101])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def g_ip6(ctx):
    r = ctx.rng
    return r.choice(["240e", "2408", "2409"]) + ":" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{r.randint(1, 65535):x}"


def g_passport(ctx):
    r = ctx.rng
    x = r.random()
    if x < 0.45:
        return "E" + _d(r, 8)
    if x < 0.85:
        return "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXY") + _d(r, 7)
    return "G" + _d(r, 8)


def g_permit(ctx):
    r = ctx.rng
    x = r.random()
    if x < 0.5:
        return "C" + _d(r, 8)
    if x < 0.9:
        return "C" + r.choice("ABCDEFGHJKLMNPQRSTUVWXY") + _d(r, 7)
    return r.choice("HM") + _d(r, 8)


def g_plate(ctx):
    r = ctx.rng
    prov = "浙" if r.random() < 0.6 else r.choice(PROV_PLATE)
    city = "E" if prov == "浙" and r.random() < 0.7 else r.choice(PLATE_L)
    pat = r.choice(["DDDDD", "LDDDD", "DLDDD", "DDDDL", "LLDDD", "DDDLL", "DDLDD"])
    body = "".join(r.choice("0123456789") if c == "D" else r.choice(PLATE_L) for c in pat)
    sep = r.choice(["", "", "", "·", " "])
    return ctx.t(prov) + city + sep + body


def g_plate_ne(ctx):
    r = ctx.rng
    prov = "浙" if r.random() < 0.7 else r.choice(PROV_PLATE)
    city = "E" if prov == "浙" else r.choice(PLATE_L)
    if r.random() < 0.75:
        body = r.choice("DF") + r.choice("0123456789" * 3 + "ABCDEFGHJK") + _d(r, 4)
    else:
        body = _d(r, 5) + r.choice("DF")
    return ctx.t(prov) + city + r.choice(["", "", "·"]) + body


def g_ss_card(ctx):
    r = ctx.rng
    x = r.random()
    if x < 0.5:
        return r.choice("ABDFHJKLMN") + _d(r, 8)
    if x < 0.8:
        return r.choice("ABDFHJKLMN") + r.choice("ABCDEFGH") + _d(r, 7)
    return "3305" + _d(r, 6)


def g_ss_num(ctx):
    return make_id(ctx, rand_birth(ctx.rng, 1950, 2005))


def g_mr(ctx):
    r = ctx.rng
    return r.choice(["ZY{y}{n6}", "MZ{n8}", "{n8}", "{n10}", "HZ{n7}", "BA{n6}", "{n6}"]).format(
        y=r.randint(2019, 2025), n6=_d(r, 6), n7=_d(r, 7), n8=_d(r, 8), n10="00" + _d(r, 8))


def g_mi(ctx):
    r = ctx.rng
    return r.choice(["3305{n8}", "ZJ{n10}", "H3305{n9}", "A{n9}"]).format(n8=_d(r, 8), n10=_d(r, 10), n9=_d(r, 9))


# --- addresses
def _no(r, ctx_fw=False):
    return str(r.choice([r.randint(1, 99), r.randint(1, 999), r.randint(1, 2999)]))


def _room(r):
    return f"{r.randint(1, 32)}{r.randint(0, 2)}{r.randint(1, 6)}"


def _hz_parts(r):
    dist = r.choice(list(HUZHOU))
    towns, roads = HUZHOU[dist]
    return dist, r.choice(towns), r.choice(roads)


def g_addr(ctx):
    r = ctx.rng
    dist, town, road = _hz_parts(r)
    head = r.choice(["浙江省湖州市", "浙江省湖州市", "湖州市"])
    tail = r.choice([
        f"{road}{_no(r)}号{r.choice(ESTATES)}{r.randint(1, 40)}幢{r.randint(1, 4)}单元{_room(r)}室",
        f"{road}{_no(r)}号{r.choice(ESTATES)}{r.randint(1, 40)}幢{_room(r)}室",
        f"{r.choice(ESTATES)}{r.randint(1, 60)}-{r.randint(1, 4)}-{_room(r)}",
        f"{road}{_no(r)}号",
        f"{road}{_no(r)}弄{r.randint(1, 40)}号{_room(r)}室",
    ])
    mid = town if r.random() < 0.6 else ""
    s = head + dist + mid + tail
    if r.random() < 0.05:
        s = fullwidth(s)
    return ctx.t(s)


def g_addr_hz(ctx):
    r = ctx.rng
    dist, town, road = _hz_parts(r)
    s = r.choice([
        f"{dist}{road}{_no(r)}号{r.choice(ESTATES)}{r.randint(1, 40)}幢{_room(r)}室",
        f"{dist}{town}{road}{_no(r)}号",
        f"{town}{r.choice(ESTATES)}{r.randint(1, 40)}幢{r.randint(1, 3)}单元{_room(r)}室",
        f"{dist}{r.choice(ESTATES)}{r.randint(1, 60)}-{r.randint(1, 4)}-{_room(r)}",
    ])
    return ctx.t(s)


def g_addr_rural(ctx):
    r = ctx.rng
    dist, town, _ = _hz_parts(r)
    head = r.choice(["浙江省湖州市", "湖州市", ""])
    grp = r.choice(GROUPS) if r.random() < 0.6 else f"{r.randint(1, 15)}组"
    tail = r.choice(["", f"{r.randint(1, 120)}号"])
    return ctx.t(head + dist + town + r.choice(VILLAGES) + grp + tail)


def g_addr_other(ctx):
    r = ctx.rng
    prov, city, county, towns, _ = r.choice(OTHER)
    if r.random() < 0.5:
        tail = r.choice(OTHER_VILL) + f"{r.randint(1, 12)}组" + r.choice(["", f"{r.randint(1, 99)}号"])
    else:
        tail = r.choice(OTHER_ROADS) + f"{r.randint(1, 500)}号" + r.choice(["", f"{r.randint(1, 20)}栋{_room(r)}室"])
    return ctx.t(prov + city + county + r.choice(towns) + tail)


def g_addr_div(ctx):
    r = ctx.rng
    if r.random() < 0.5:
        dist, town, _ = _hz_parts(r)
        return ctx.t(r.choice(["湖州市" + dist, "浙江省湖州市" + dist, dist + town, "湖州市" + dist + town]))
    prov, city, county, towns, _ = r.choice(OTHER)
    return ctx.t(r.choice([prov + city + county, city + county if city else prov + county,
                           prov + city + county + r.choice(towns)]))


# --- dates of birth
def _fmt_date(r, y, m, d, forms=None):
    forms = forms or ["{y}年{m}月{d}日", "{y}-{mm}-{dd}", "{y}.{m}.{d}", "{y}/{mm}/{dd}", "{y}{mm}{dd}",
                      "{y}年{mm}月{dd}日", "{y}.{mm}.{dd}"]
    return r.choice(forms).format(y=y, m=m, d=d, mm=f"{m:02d}", dd=f"{d:02d}")


def g_dob(ctx):
    y, m, d = ctx.get_birth("dob")
    return _fmt_date(ctx.rng, y, m, d)


def g_dob_child(ctx):
    y, m, d = ctx.get_child_birth()
    return _fmt_date(ctx.rng, y, m, d)


def g_dob_month(ctx):
    y, m, _ = ctx.get_birth("dob")
    return ctx.rng.choice([f"{y}年{m}月", f"{y}.{m:02d}", f"{y}-{m:02d}"])


def g_health(ctx):
    return ctx.t(ctx.rng.choice(HEALTH))


def _money(r):
    v = r.choice([r.randint(800, 9999), r.randint(10000, 99999), r.randint(100000, 999999)])
    s = f"{v:,}" if r.random() < 0.6 else str(v)
    if r.random() < 0.4:
        s += f".{r.randint(0, 99):02d}"
    return s


def g_fin(ctx):
    r = ctx.rng
    s = r.choice(FIN_KIND).format(a=_money(r), n=r.choice("123"), m=r.choice("012"),
                                  w=r.choice(["12.6", "35", "8.4", "120", "56", "210", "3.2", "47.5"]))
    return ctx.t(s)


def g_trace(ctx):
    r = ctx.rng
    m = r.randint(1, 12)
    d0 = r.randint(1, 25)
    steps = []
    for k in range(r.randint(2, 3)):
        hh, mm = r.randint(6, 22), r.randint(0, 59)
        steps.append(f"{m}月{d0 + k}日{hh:02d}:{mm:02d}{r.choice(TRACE_ACT)}{r.choice(TRACE_PLACE)}")
    return ctx.t(r.choice(["，", "→", "；"]).join(steps))


# --- negatives
def _recent(r):
    return r.randint(2015, 2026), r.randint(1, 12), r.randint(1, 28)


def n_date(ctx):
    r = ctx.rng
    y, m, d = _recent(r)
    x = r.random()
    if x < 0.08:
        cn = "〇一二三四五六七八九"
        return "".join(cn[int(c)] for c in str(y)) + "年" + _cn_num(m) + "月" + _cn_num(d) + "日"
    if x < 0.2:
        return f"{m}月{d}日"
    return _fmt_date(r, y, m, d)


def _cn_num(n):
    cn = "〇一二三四五六七八九"
    if n < 10:
        return cn[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + cn[n % 10]
    return cn[n // 10] + "十" + (cn[n % 10] if n % 10 else "")


def n_time(ctx):
    r = ctx.rng
    h, m, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return r.choice([f"{h:02d}:{m:02d}", f"{h}时{m}分", f"{h:02d}:{m:02d}:{s:02d}", f"{h}点{m:02d}分"])


def n_dt(ctx):
    r = ctx.rng
    y, m, d = _recent(r)
    h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return r.choice([f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}", f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}+08:00",
                     f"{y}/{m:02d}/{d:02d} {h:02d}:{mi:02d}", f"{y}年{m}月{d}日{h}时{mi}分"])


def n_amount(ctx):
    r = ctx.rng
    x = r.random()
    if x < 0.15:
        return r.choice(["人民币伍仟元整", "壹万贰仟元整", "叁佰元", "人民币捌佰伍拾元整", "贰拾万元整"])
    if x < 0.3:
        return f"{r.choice(['12.5', '3.8', '150', '0.6', '26', '1,280'])}万元"
    s = _money(r)
    return r.choice(["{s}元", "￥{s}", "¥{s}", "{s}元", "RMB {s}"]).format(s=s)


def n_doc(ctx):
    r = ctx.rng
    y = r.randint(2012, 2026)
    return r.choice(["{p}〔{y}〕{n}号", "{p}〔{y}〕{n}号", "{p}[{y}]{n}号", "{p}（{y}）{n}号"]).format(
        p=r.choice(DOC_PREFIX), y=y, n=r.randint(1, 260))


def n_case(ctx):
    r = ctx.rng
    y = r.randint(2016, 2026)
    x = r.random()
    if x < 0.6:
        return r.choice(["({y}){c}{k}{n}号", "（{y}）{c}{k}{n}号"]).format(y=y, c=r.choice(CASE_COURT),
                                                                     k=r.choice(CASE_KIND), n=r.randint(1, 9999))
    if x < 0.8:
        return f"湖公({r.choice('吴浔德长安')})行罚决字〔{y}〕{r.randint(100, 99999)}号"
    return f"{r.choice(['湖市监', '吴市监', '德市监'])}处罚〔{y}〕{r.randint(1, 400)}号"


def _fail_digits(r, s):
    # a long all-digit number that is not a card, an ID or a USCC by its checks
    while not fails_all(s):
        s = s[:-1] + r.choice("0123456789")
    return s


def n_order(ctx):
    r = ctx.rng
    y, m, d = _recent(r)
    x = r.random()
    if x < 0.3:
        return _fail_digits(r, f"{y % 100:02d}{m:02d}{d:02d}" + _d(r, r.choice([10, 12, 13])))
    if x < 0.6:
        return r.choice(["DD", "HZ", "WX", "SO", "PO"]) + f"{y}{m:02d}{d:02d}" + _d(r, 6)
    if x < 0.8:
        return f"{y % 100:02d}{m:02d}{d:02d}-{_d(r, 4)}-{_d(r, 4)}"
    return _fail_digits(r, _d(r, 1).replace("0", "3") + _d(r, 15))


def n_track(ctx):
    r = ctx.rng
    x = r.random()
    if x < 0.3:
        return "SF" + _d(r, 13)
    if x < 0.5:
        return "YT" + _d(r, 13)
    if x < 0.7:
        return "E" + r.choice("ABCEKL") + _d(r, 9) + "CN"
    return _fail_digits(r, r.choice(["75", "73", "43", "98"]) + _d(r, 12))


def n_invoice(ctx):
    r = ctx.rng
    x = r.random()
    if x < 0.4:
        return _fail_digits(r, f"{r.randint(23, 26)}332000" + _d(r, 12))
    if x < 0.7:
        return "0" + r.choice(["33", "44"]) + "00" + _d(r, 7)
    return _d(r, 8)


def n_post(ctx):
    r = ctx.rng
    return r.choice(["313000", "313000", "313100", "313200", "313300", "313009", "313023", "313113",
                     "310000", "313012", "313219"])


def n_hot(ctx):
    r = ctx.rng
    return r.choice(["12345", "12315", "12366", "12333", "12320", "12348", "12388", "110", "120", "119",
                     "96345", "95518", "95588", "96068", "400-{a}-{b}", "0572-12345", "800-{a}-{b}",
                     "0572-96345"]).format(a=_d(r, 3).replace("0", "8"), b=_d(r, 4))


def n_ver(ctx):
    r = ctx.rng
    y, m, d = _recent(r)
    return r.choice(["v{a}.{b}.{c}", "V{a}.{b}.{c}", "{a}.{b}.{c}-build{y}{mm}{dd}", "v{a}.{b}.{c}.{y}{mm}{dd}",
                     "{a}.{b}", "V{a}.{b}.{c}_{y}{mm}{dd}", "build {y}{mm}{dd}.{c}"]).format(
        a=r.randint(1, 12), b=r.randint(0, 20), c=r.randint(0, 99), y=y, mm=f"{m:02d}", dd=f"{d:02d}")


def n_serial(ctx):
    r = ctx.rng
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return r.choice(["SN{a}", "{b}-{c}-{d}", "ZC-{y}-{n5}", "{b}{a}", "HZ{y}{n7}"]).format(
        a="".join(r.choice(al) for _ in range(10)), b="".join(r.choice(al) for _ in range(4)),
        c="".join(r.choice(al) for _ in range(4)), d=_d(r, 4), y=r.randint(2016, 2026), n5=_d(r, 5), n7=_d(r, 7))


def n_device(ctx):
    r = ctx.rng
    x = r.random()
    if x < 0.35:
        return _fail_digits(r, r.choice(list(HZ_REGION.values())) + "00" + r.choice(["00013", "00011", "00113"])
                            + r.choice(["20", "21", "32"]) + _d(r, 5))
    if x < 0.55:
        return ":".join(f"{r.randint(0, 255):02X}" for _ in range(6))
    if x < 0.75:
        return f"HZ-{r.choice(['WX', 'NX', 'DQ', 'CX', 'AJ'])}-{_d(r, 4)}"
    return _fail_digits(r, r.choice(list(HZ_REGION.values())) + _d(r, 6))


def n_count(ctx):
    r = ctx.rng
    v = r.randint(3, 2_000_000)
    s = f"{v:,}" if v > 9999 and r.random() < 0.7 else str(v)
    return s + r.choice(["人次", "户", "件", "人", "条", "辆次", "家", "万人次"])


def n_place(ctx):
    return ctx.t(ctx.rng.choice(PLACES))


SCENIC = ["南浔古镇", "莫干山风景名胜区", "安吉竹博园", "太湖龙之梦乐园", "下渚湖湿地", "中国大竹海", "藏龙百瀑",
          "仙山湖景区", "长兴金钉子地质公园", "安吉云上草原", "新市古镇", "荻港渔庄"]


def n_scenic(ctx):
    return ctx.t(ctx.rng.choice(SCENIC))


def n_road(ctx):
    return ctx.t(ctx.rng.choice(ROADS_TRAFFIC))


def n_room(ctx):
    return ctx.t(ctx.rng.choice(ROOMS))


COURT_ROOMS = ["第一法庭", "第三审判庭", "吴兴区人民法院织里人民法庭", "南浔区人民法院第二法庭",
               "德清县人民法院莫干山法庭", "长兴县人民法院第五法庭", "安吉县人民法院孝丰人民法庭",
               "湖州市中级人民法院第七法庭", "本院第二科技法庭"]


def n_court_room(ctx):
    return ctx.t(ctx.rng.choice(COURT_ROOMS))


def n_org(ctx):
    return ctx.t(ctx.rng.choice(PUB_ORGS))


def n_bad_id(ctx):
    r = ctx.rng
    while True:
        y, m, d = (rand_birth(r) if r.random() < 0.5 else _recent(r))
        first = _region(r) + f"{y:04d}{m:02d}{d:02d}" + _d(r, 3)
        good = id_check(first)
        s = first + r.choice([c for c in "0123456789X" if c != good])
        if fails_all(s):
            return s


def n_bad_uscc(ctx):
    r = ctx.rng
    while True:
        u = make_uscc(r)
        s = u[:17] + r.choice([c for c in USCC_AL if c != u[17]])
        if fails_all(s):
            return s


def n_bad_card(ctx):
    r = ctx.rng
    while True:
        c = make_card(r)
        s = c[:-1] + r.choice([x for x in "0123456789" if x != c[-1]])
        if fails_all(s):
            return s if r.random() < 0.7 else " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def n_reg(ctx):
    r = ctx.rng
    return _fail_digits(r, r.choice(list(HZ_REGION.values())) + "000" + _d(r, 6))


def n_flow(ctx):
    r = ctx.rng
    y, m, d = _recent(r)
    return r.choice(["{y}{mm}{dd}{n6}", "LS{y}{mm}{dd}{n6}", "SL-{y}-{n6}", "{y}{mm}{dd}-{n4}"]).format(
        y=y, mm=f"{m:02d}", dd=f"{d:02d}", n6=_d(r, 6), n4=_d(r, 4))


def n_num(ctx):
    r = ctx.rng
    return str(r.choice([r.randint(2, 99), r.randint(100, 9999), r.randint(1000, 99999)]))


def n_age(ctx):
    return str(ctx.rng.randint(1, 96))


def n_decision(ctx):
    r = ctx.rng
    return _fail_digits(r, r.choice(list(HZ_REGION.values())) + r.choice(["1", "2", "3"]) + _d(r, 9))


def n_mac(ctx):
    r = ctx.rng
    return r.choice([":", "-"]).join(f"{r.randint(0, 255):02X}" for _ in range(6))


def n_transit_card(ctx):
    r = ctx.rng
    return _fail_digits(r, r.choice(["3100", "3130", "2150"]) + _d(r, 12))


def n_property_cert(ctx):
    r = ctx.rng
    city = r.choice(["湖州市", "德清县", "长兴县", "安吉县", "湖州市南浔区"])
    return ctx.t(f"浙({r.randint(2016, 2026)}){city}不动产权第{_d(r, 7)}号")


# --- unlabelled fillers
def f_org(ctx):
    return ctx.t(ctx.rng.choice(ORGS))


def f_bank(ctx):
    return ctx.t(ctx.rng.choice(BANKS))


def f_hosp(ctx):
    return ctx.t(ctx.rng.choice(HOSP))


def f_school(ctx):
    return ctx.t(ctx.rng.choice(SCHOOLS))


GEN = {
    # name: (kind, label, fn)  kind: "E" entity, "N" negative, None unlabelled
    "P": ("E", "PERSON", g_person), "PM": ("E", "PERSON", g_minority), "PC": ("E", "PERSON", g_child),
    "PPY": ("E", "PERSON", g_pinyin),
    "ID": ("E", "CN_RESIDENT_ID", g_id), "IDs": ("E", "CN_RESIDENT_ID", g_id_spaced),
    "IDf": ("E", "CN_RESIDENT_ID", g_id_fw), "ID15": ("E", "CN_RESIDENT_ID", g_id15),
    "MOB": ("E", "CN_MOBILE", g_mob), "MOBi": ("E", "CN_MOBILE", g_mob_intl),
    "MOBs": ("E", "CN_MOBILE", g_mob_sep), "MOBf": ("E", "CN_MOBILE", g_mob_fw),
    "TEL": ("E", "CN_LANDLINE", g_tel), "TELx": ("E", "CN_LANDLINE", g_tel_ext),
    "TELo": ("E", "CN_LANDLINE", g_tel_other), "TELp": ("E", "CN_LANDLINE", g_tel_paren),
    "USCC": ("E", "CN_USCC", g_uscc),
    "CARD": ("E", "BANK_CARD", g_card), "CARDs": ("E", "BANK_CARD", g_card_grp),
    "EM": ("E", "EMAIL_ADDRESS", g_email),
    "IP": ("E", "IP_ADDRESS", g_ip), "IP6": ("E", "IP_ADDRESS", g_ip6),
    "PP": ("E", "CN_PASSPORT", g_passport), "HK": ("E", "CN_HK_MACAO_PERMIT", g_permit),
    "PL": ("E", "CN_LICENSE_PLATE", g_plate), "PLn": ("E", "CN_LICENSE_PLATE", g_plate_ne),
    "SS": ("E", "CN_SOCIAL_SECURITY", g_ss_card), "SSN": ("E", "CN_SOCIAL_SECURITY", g_ss_num),
    "MR": ("E", "CN_MEDICAL_RECORD", g_mr), "MI": ("E", "CN_MEDICAL_RECORD", g_mi),
    "ADDR": ("E", "CN_ADDRESS", g_addr), "ADDRh": ("E", "CN_ADDRESS", g_addr_hz),
    "ADDRr": ("E", "CN_ADDRESS", g_addr_rural), "ADDRo": ("E", "CN_ADDRESS", g_addr_other),
    "ADDRd": ("E", "CN_ADDRESS", g_addr_div),
    "DOB": ("E", "DATE_OF_BIRTH", g_dob), "DOBc": ("E", "DATE_OF_BIRTH", g_dob_child),
    "IDc": ("E", "CN_RESIDENT_ID", g_id_child), "DOBm": ("E", "DATE_OF_BIRTH", g_dob_month),
    "HI": ("E", "HEALTH_INFO", g_health), "FI": ("E", "FINANCIAL_INFO", g_fin),
    "LT": ("E", "LOCATION_TRACE", g_trace),
    "~date": ("N", "date", n_date), "~time": ("N", "time", n_time), "~dt": ("N", "datetime", n_dt),
    "~amt": ("N", "amount", n_amount), "~doc": ("N", "document_number", n_doc),
    "~case": ("N", "case_number", n_case), "~order": ("N", "order_number", n_order),
    "~track": ("N", "tracking_number", n_track), "~inv": ("N", "invoice_number", n_invoice),
    "~post": ("N", "postcode", n_post), "~hot": ("N", "hotline", n_hot), "~ver": ("N", "version", n_ver),
    "~sn": ("N", "serial_number", n_serial), "~dev": ("N", "device_code", n_device),
    "~cnt": ("N", "count", n_count), "~place": ("N", "place", n_place), "~road": ("N", "road", n_road), "~scenic": ("N", "place", n_scenic),
    "~room": ("N", "public_room", n_room), "~court": ("N", "public_room", n_court_room), "~org": ("N", "organization", n_org),
    "~bid": ("N", "bad_id", n_bad_id), "~buscc": ("N", "bad_uscc", n_bad_uscc),
    "~bcard": ("N", "bad_card", n_bad_card), "~reg": ("N", "registration_number", n_reg),
    "~flow": ("N", "serial_number", n_flow), "~num": ("N", "count", n_num), "~age": ("N", "count", n_age),
    "~decn": ("N", "document_number", n_decision), "~tcard": ("N", "serial_number", n_transit_card),
    "~mac": ("N", "device_code", n_mac),
    "~bdc": ("N", "document_number", n_property_cert),
    "ORG": (None, None, f_org), "BANK": (None, None, f_bank), "HOSP": (None, None, f_hosp),
    "SCHOOL": (None, None, f_school),
}

PH = re.compile(r"\[\[(~?[A-Za-z0-9]+)(?:#(\d+))?\]\]")

def render(template: str, trad: bool, rng: random.Random):
    ctx = Ctx(rng, trad)
    out, ents, negs, placed = [], [], [], []
    pos, last = 0, 0
    for m in PH.finditer(template):
        lit = template[last:m.start()]
        out.append(lit)
        pos += len(lit)
        name, key = m.group(1), m.group(2)
        if name not in GEN:
            raise KeyError(f"unknown placeholder {name!r}")
        kind, label, fn = GEN[name]
        if key is not None and (name, key) in ctx.cache:
            val = ctx.cache[(name, key)]
        else:
            val = fn(ctx)
            if key is not None:
                ctx.cache[(name, key)] = val
        if trad:
            val = to_trad(val)
        out.append(val)
        if kind == "E":
            ents.append({"type": label, "start": pos, "end": pos + len(val)})
            placed.append(("E", len(ents) - 1, val))
        elif kind == "N":
            negs.append({"kind": label, "start": pos, "end": pos + len(val)})
            placed.append(("N", len(negs) - 1, val))
        pos += len(val)
        last = m.end()
    out.append(template[last:])
    return "".join(out), ents, negs, placed


def generate() -> list:
    rng = random.Random(SEED)
    docs = []
    for i in range(N_DOCS):
        ti = i % len(TEMPLATES)
        trad, tpl = TEMPLATES[ti]
        text, ents, negs, placed = render(tpl, trad, rng)
        docs.append({"id": f"heldout15-{i:05d}", "text": text, "entities": ents, "negatives": negs,
                     "source": f"template:heldout15:{ti}", "_placed": placed})
    return docs


# ---------------------------------------------------------------------------
def entity_types_from_yaml(path=ENTITIES_YAML) -> set:
    types, inside = set(), False
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if re.match(r"^entities:\s*$", line):
                inside = True
                continue
            if inside:
                m = re.match(r"^\s{2}([A-Z][A-Z0-9_]*):", line)
                if m:
                    types.add(m.group(1))
                elif line.strip() and not line.startswith(" ") and not line.startswith("#"):
                    inside = False
    return types


ALNUM = re.compile(r"[0-9A-Za-z]")
DIGIT_RUN = re.compile(r"[0-9０-９]{7,}")


def validate(docs) -> None:
    types = entity_types_from_yaml()
    assert types, "no entity types read from entities.yaml"
    errors = []
    ids = set()
    for doc in docs:
        did, text = doc["id"], doc["text"]
        if did in ids:
            errors.append(f"{did}: duplicate id")
        ids.add(did)
        spans = []
        for e in doc["entities"]:
            if e["type"] not in types:
                errors.append(f"{did}: unknown entity type {e['type']}")
            spans.append((e["start"], e["end"], "E", e["type"]))
        for n in doc["negatives"]:
            spans.append((n["start"], n["end"], "N", n["kind"]))
        for p in doc.get("_placed", []):
            kind, idx, val = p
            s = (doc["entities"] if kind == "E" else doc["negatives"])[idx]
            if text[s["start"]:s["end"]] != val:
                errors.append(f"{did}: span text differs from placed value {val!r}")
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errors.append(f"{did}: overlapping labels {a} {b}")
        for st, en, k, lab in spans:
            if not (0 <= st < en <= len(text)):
                errors.append(f"{did}: bad offsets {st}-{en}")
                continue
            val = text[st:en]
            if val != val.strip():
                errors.append(f"{did}: label with outer whitespace {lab}")
            if st > 0 and ALNUM.match(text[st - 1]) and ALNUM.match(text[st]):
                errors.append(f"{did}: {lab} starts inside an alphanumeric run: {text[max(0, st - 5):en]!r}")
            if en < len(text) and ALNUM.match(text[en - 1]) and ALNUM.match(text[en]):
                errors.append(f"{did}: {lab} ends inside an alphanumeric run: {text[st:en + 5]!r}")
            plain = _plain(val)
            if k == "E":
                if lab == "CN_RESIDENT_ID" and len(plain) == 18 and not passes_id(plain):
                    errors.append(f"{did}: resident ID with wrong check digit")
                if lab in ("CN_SOCIAL_SECURITY", "CN_MEDICAL_RECORD") and len(plain) == 18 and plain[:17].isdigit() \
                        and not passes_id(plain):
                    errors.append(f"{did}: ID-form {lab} with wrong check digit")
                if lab == "CN_USCC" and not passes_uscc(plain):
                    errors.append(f"{did}: USCC with wrong check character")
                if lab == "BANK_CARD" and not passes_luhn(plain):
                    errors.append(f"{did}: bank card failing Luhn")
            elif lab in ("bad_id", "bad_uscc", "bad_card") and not fails_all(plain):
                errors.append(f"{did}: {lab} passes a check")
        for m in DIGIT_RUN.finditer(text):
            if not any(st <= m.start() and m.end() <= en for st, en, _, _ in spans):
                errors.append(f"{did}: unlabelled digit run {m.group()!r}")
    if errors:
        raise ValueError(f"{len(errors)} validation errors:\n" + "\n".join(errors[:60]))


def _public(doc):
    return {k: doc[k] for k in ("id", "text", "entities", "negatives", "source")}


def main() -> int:
    docs = generate()
    validate(docs)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(_public(d), ensure_ascii=False) + "\n")
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    assert len(back) == N_DOCS
    validate(back)
    ne = sum(len(d["entities"]) for d in back)
    nn = sum(len(d["negatives"]) for d in back)
    print(f"wrote {OUT}: {len(back)} documents, {ne} entities, {nn} negatives, {len(TEMPLATES)} templates")
    return 0


# ==== TEMPLATES ====
# Simplified-script templates, separated by lines holding only %%.
_TPL_S = r'''
户口迁移登记表
姓名：[[P#1]]　性别：男　民族：汉
公民身份号码：[[ID]]
出生日期：[[DOB]]
迁出地：[[ADDRo]]
迁入地住址：[[ADDR]]
联系电话：[[MOB]]
受理日期：[[~date]]　受理编号：[[~flow]]
%%
居住证申领 申请人[[P]]，身份证号[[ID]]，现居住地址[[ADDRh]]，手机[[MOBs]]，房东[[P]]（联系电话[[MOB]]）。办理窗口：[[~room]]。
%%
派出所接报：[[~dt]]，群众[[P]]（[[MOB]]）来电称其父[[P]]走失，老人患有[[HI]]，家住[[ADDRr]]。已通报巡逻组。
%%
流动人口信息采集
姓名
[[P]]
身份证号码
[[ID]]
户籍地
[[ADDRd]]
现住址
[[ADDRh]]
联系方式
[[MOB]]
%%
经核查，[[P]]的身份证号码[[IDs]]与户籍系统一致，其配偶[[P]]（身份证[[ID]]）同户。
%%
出生医学证明补录：新生儿[[PC]]，出生日期[[DOBc]]，母亲[[P]]，身份证号[[ID]]，父亲[[P]]，身份证号[[ID]]。签发单位[[HOSP]]。
%%
临时身份证明
兹证明[[P]]，公民身份号码：[[ID]]，住址：[[ADDR]]，系我辖区常住人口。因身份证遗失正在补办，特此证明。有效期至[[~date]]。
%%
户籍信息查询结果 姓名=[[P]] 身份证号=[[ID]] 出生=[[DOB]] 户籍地址=[[ADDRr]] 查询人警号=[[~sn]] 查询时间=[[~dt]]
%%
110接警记录 报警人[[P]]，电话[[MOBi]]，称在[[~road]]与一辆[[PL]]发生刮擦，对方驾驶人[[P]]，电话[[MOB]]。出警编号[[~flow]]。
%%
【湖州公安】[[P]]您好，您申请的居民身份证（[[ID]]）已制作完成，请于[[~date]]前到[[~room]]领取。咨询电话[[~hot]]。
%%
旅馆住宿登记：旅客[[P]]，证件类型：居民身份证，证件号码：[[ID]]，入住时间[[~dt]]，房号8216，同住人[[P]]（[[ID]]）。
%%
外籍及港澳人员住宿登记：[[P]]，往来港澳通行证[[HK]]，手机[[MOBi]]，入住[[~date]]。
%%
身份证挂失：[[P]]，号码[[IDs]]，遗失地点[[~place]]附近，遗失时间[[~date]]。本人联系电话[[MOB]]。
%%
老身份证信息迁移：原15位号码[[ID15]]升位为[[ID]]，持证人[[P]]，出生日期[[DOB]]。
%%
重点人员走访：[[P]]，男，[[DOB]]出生，身份证号码[[ID]]，户籍地[[ADDRd]]，现住[[ADDRr]]，联系电话[[MOB]]，近期行程：[[LT]]。
%%
户籍证明
[[P]]，身份证号[[ID]]，其户籍地址为[[ADDR]]。该同志与[[P]]（身份证号[[ID]]）系母子关系。
[[~org]]户籍科
[[~date]]
%%
治安调解协议书（[[~case]]）
甲方：[[P]]，身份证号码：[[ID]]，住址：[[ADDRh]]
乙方：[[P]]，身份证号码：[[ID]]，住址：[[ADDRr]]
乙方赔偿甲方医疗费[[~amt]]。
%%
出入境证件受理：申请人[[P]]，身份证[[ID]]，申请普通护照，原护照号[[PP]]已过期；同时申请往来港澳通行证，原证号[[HK]]。回执号[[~flow]]。
%%
网格员上报：[[ADDRr]]新增租住人员[[PM]]，身份证号[[ID]]，手机号[[MOB]]，房东[[P]]。
%%
警情通报：[[~dt]]，[[~road]]发生一起两车追尾事故，无人员伤亡，请过往车辆绕行。
%%
死亡注销户口：[[P]]（公民身份号码[[ID]]）于[[~date]]因病去世，户口注销经办人[[P]]，办理文号[[~doc]]。
%%
嫌疑人基本情况：[[P]]，曾用名[[P]]，[[DOB]]生，身份证[[IDf]]，户籍[[ADDRd]]，暂住[[ADDRh]]，使用手机[[MOB]]、[[MOB]]，QQ邮箱[[EM]]。
%%
SFZH:[[IDf]] XM:[[P]] LXDH:[[MOBf]] CSRQ:[[DOB]] HJDZ:[[ADDRd]]
%%
个人信息核对（请本人签字确认）
ID No.（身份证）[[IDs]]
Mobile/手机 [[MOBi]]
E-mail/邮箱 [[EM]]
出生年月 [[DOBm]]
%%
政务外网准入审批：申请人[[P]]，终端IP：[[IP]]，备用IP [[IP]]，MAC地址[[~mac]]，网关[[IP]]，审批单[[~flow]]。
%%
安全事件报告：[[~dt]]监测到[[IP]]对政务云主机[[IP]]发起暴力破解[[~cnt]]，已封禁，事件编号[[~sn]]，涉及账号[[EM]]。
%%
防火墙日志 src=[[IP]] dst=[[IP]] dport=3389 action=deny rule=[[~sn]] time=[[~dt]]
%%
人员出生年月：[[DOBm]]；文化程度：大专；联系邮箱：[[EM]]；QQ邮箱：[[EM]]；紧急联系电话：[[TELo]]。
%%
新疆籍务工人员服务登记：[[PM]]，身份证号码[[ID]]，出生日期[[DOB]]，户籍地[[ADDRd]]，现住[[ADDRr]]，手机[[MOB]]。
%%
少数民族群众办事记录：[[PM]]（藏族），身份证[[IDs]]，陪同人员[[PM]]，联系电话[[MOBs]]，办理事项：居住证。
%%
寻人启事：[[P]]，[[DOB]]出生，身份证号码[[ID]]，患有[[HI]]，于[[~date]]在[[~place]]走失，最后出现轨迹：[[LT]]。知情者请联系[[MOB]]。
%%
旅居人员行程登记：姓名[[P]]，手机号码[[MOB]]，自述旅居史：[[LT]]，登记点[[~room]]。
%%
网格协查单：被协查人[[P]]，使用车辆[[PL]]，车辆轨迹：[[LT]]，协查单位[[~org]]，联系人电话[[TELp]]。
%%
办事企业名录（导出）
社会信用代码;企业名称;联系人;联系电话;邮箱
[[USCC]];[[ORG]];[[P]];[[TEL]];[[EM]]
[[USCC]];[[ORG]];[[P]];[[MOBs]];[[EM]]
[[USCC]];[[ORG]];[[P]];[[TELx]];[[EM]]
%%
VPN接入申请：账号[[EM]]，绑定手机[[MOB]]，允许来源地址[[IP]]，有效期至[[~date]]，客户端[[~ver]]。
%%
网吧上网实名：上网人员[[P]]，证件号[[ID]]，上机时间[[~dt]]，机位IP：[[IP]]，场所编码[[~dev]]。
%%
人口普查入户登记：户主[[P]]，身份证[[ID]]，户内人口[[~num]]人，本户地址[[ADDR]]，普查小区编码[[~dev]]。
%%
来访登记：来访人[[P]]，证件号[[ID]]，车牌[[PL]]，被访部门[[~org]]，来访时间[[~time]]，访客卡号[[~sn]]。
%%
企业设立登记申请书
企业名称：[[ORG]]
统一社会信用代码：[[USCC]]
法定代表人：[[P]]　证件号码：[[ID]]
联系电话：[[TEL]]　移动电话：[[MOB]]
住所：[[ADDR]]
注册资本：[[~amt]]
%%
个体工商户变更：经营者[[P]]（身份证[[ID]]），统一社会信用代码[[USCC]]，经营场所由[[ADDRh]]变更为[[ADDR]]。核准日期[[~date]]。
%%
投诉举报工单[[~flow]]：消费者[[P]]，电话[[MOB]]，反映[[ORG]]（信用代码[[USCC]]）售卖过期食品，订单号[[~order]]，金额[[~amt]]。
%%
行政处罚决定书 [[~case]]
当事人：[[ORG]]
统一社会信用代码：[[USCC]]
法定代表人：[[P]]
经查，当事人于[[~date]]销售不合格商品[[~num]]件，违法所得[[~amt]]。
%%
食品经营许可证核发：申请人[[P]]，身份证号[[ID]]，主体统一代码[[USCC]]，许可证编号[[~sn]]，有效期至[[~date]]。
%%
12315热线记录：来电人[[P]]，来电号码[[MOB]]，被投诉方联系电话[[TEL]]，快递单号[[~track]]，诉求退款[[~amt]]。
%%
企业年报联络员备案：联络员[[P]]，身份证[[ID]]，手机[[MOBs]]，邮箱[[EM]]，企业统一社会信用代码[[USCC]]。
%%
"统一社会信用代码","企业名称","法定代表人","联系电话","成立日期"
"[[USCC]]","[[ORG]]","[[P]]","[[TEL]]","[[~date]]"
"[[USCC]]","[[ORG]]","[[P]]","[[MOB]]","[[~date]]"
%%
信用修复申请：市场主体[[ORG]]（[[USCC]]）因[[~doc]]被列入经营异常名录，现申请移出。经办人[[P]]，联系电话[[TELp]]。
%%
股权出质登记：出质人[[P]]，证照号码[[ID]]；质权人[[P]]，证照号码[[ID]]；出质股权数额[[~amt]]。
%%
经核，申报材料中统一社会信用代码[[~buscc]]校验位不符，请核对后重新提交。联系人[[P]]，[[MOB]]。
%%
{"entName":"[[ORG]]","uniscid":"[[USCC]]","lerep":"[[P]]","lerepCerNo":"[[ID]]","tel":"[[MOB]]","dom":"[[ADDR]]","estDate":"[[~date]]"}
%%
特种设备使用登记：使用单位信用代码[[USCC]]，安全管理员[[P]]，手机号[[MOB]]，设备代码[[~dev]]，注册号[[~reg]]。
%%
广告违法线索：[[ORG]]在[[~place]]设置户外广告，负责人[[P]]（电话[[MOB]]），原营业执照注册号[[~reg]]。
%%
网络交易监测：网店经营者[[P]]，身份证号[[ID]]，收款账户[[CARD]]（[[BANK]]），店铺ID：[[~sn]]，登录IP：[[IP]]。
%%
市场监管所现场检查笔录
检查时间：[[~dt]]
被检查人：[[P]]　身份证号：[[ID]]
经营地址：[[ADDRh]]
检查人员：[[P]]、[[P]]　执法证号[[~sn]]
%%
企业注销清算组备案：清算组负责人[[P]]，成员[[P]]、[[P]]，联系电话[[TEL]]，企业信用代码[[USCC]]。公告期自[[~date]]起45日。
%%
价格举报回复短信：[[P]]先生/女士，您[[~date]]反映的问题已转[[~org]]处理，工单号[[~flow]]，查询请拨[[~hot]]。
%%
商标代理备案：代理人[[P]]，执业证号[[~sn]]，联系邮箱[[EM]]，办公电话[[TELo]]。
%%
失信被执行人名单推送：被执行人[[P]]，身份证号码[[ID]]，执行依据[[~case]]，执行标的[[~amt]]，执行法院[[~org]]。
%%
信用承诺书
承诺人（法定代表人）：[[P]]
身份证号：[[ID]]
主体名称：[[ORG]]　统一社会信用代码：[[USCC]]
承诺日期：[[~date]]
%%
公共信用评价查询日志 user=[[P]] uscc=[[USCC]] client_ip=[[IP]] ts=[[~dt]] ver=[[~ver]]
%%
红黑名单数据交换：黑名单主体[[ORG]]，信用代码[[USCC]]，列入文号[[~doc]]；相关责任人[[P]]，证件号码[[ID]]。
%%
个人信用报告授权：本人[[P]]（身份证[[ID]]，手机[[MOB]]）授权[[BANK]]查询本人信用信息。授权编号[[~flow]]。
%%
诚信示范户公示：[[ADDRd]]织里镇[[P]]、[[P]]等[[~cnt]]获评年度诚信经营户，公示期[[~date]]至[[~date]]。
%%
信用修复结果：[[P]]（[[IDs]]）欠缴[[~amt]]已于[[~date]]缴清，行政处罚[[~case]]公示期满，已撤下。
%%
门诊病历
姓名：[[P]]　性别：女　年龄：[[~age]]岁
病历号：[[MR]]
主诉：咳嗽两周。诊断：[[HI]]。
就诊日期：[[~date]]　科室：呼吸内科
%%
住院登记 住院号[[MR]]，患者[[P]]，身份证号[[ID]]，联系人[[P]]（电话[[MOB]]），入院诊断[[HI]]，床位[[~sn]]。
%%
慢病随访：[[P]]，出生日期[[DOB]]，诊断为[[HI]]，医保卡号[[MI]]，家庭住址[[ADDRr]]，随访医生[[P]]。
%%
预防接种证补办：儿童[[PC]]，出生日期[[DOBc]]，监护人[[P]]，手机[[MOB]]，接种单位[[HOSP]]。
%%
传染病报告卡：患者[[P]]，证件号码[[ID]]，现住址[[ADDR]]，疾病名称[[HI]]，报告单位[[HOSP]]，报告时间[[~dt]]。
%%
流调报告：[[P]]（身份证[[ID]]，手机[[MOB]]）近14日活动轨迹：[[LT]]。同行人员[[P]]。
%%
【湖州市中心医院】[[P]]，您已预约[[~date]] [[~time]]心内科门诊，就诊卡号[[MR]]，请携带身份证按时就诊。
%%
出生证明：婴儿姓名[[PC]]，出生时间[[DOBc]]，出生地点[[HOSP]]，母亲[[P]]，母亲身份证件号码[[ID]]，母亲户籍[[ADDRd]]。
%%
医师执业变更：医师[[P]]，执业证书编码[[~sn]]，身份证[[ID]]，手机号[[MOB]]，电子邮箱[[EM]]。
%%
心理咨询转介单：来访者[[P]]，年龄[[~age]]岁，初步评估：[[HI]]。紧急联系人[[P]]，电话[[MOBi]]。
%%
病案首页 病案号:[[MR]] 姓名:[[P]] 出生日期:[[DOB]] 身份证:[[ID]] 出院诊断:[[HI]] 总费用:[[~amt]]
%%
家庭医生签约：签约居民[[P]]，身份证号[[ID]]，健康状况：[[HI]]，签约医生[[P]]，团队电话[[TEL]]。
%%
残疾人证核发：[[P]]，身份证号码[[ID]]，残疾类别及等级：[[HI]]，住址[[ADDRr]]，监护人[[P]]（[[MOB]]）。
%%
体检报告领取通知：[[P]]，体检编号[[~flow]]，报告已于[[~date]]生成，请凭身份证至[[~room]]领取。
%%
孕产妇建档：孕妇[[P]]，身份证[[ID]]，末次月经[[~date]]，孕情：[[HI]]，丈夫[[P]]，联系电话[[MOB]]。
%%
急诊抢救记录：[[~dt]]患者[[P]]由120送入，既往史：[[HI]]，家属[[P]]电话[[MOB]]，住院号[[MR]]。
%%
社会保险登记表
姓名：[[P]]
社会保障号码：[[SSN]]
社保卡号：[[SS]]
单位：[[ORG]]
参保日期：[[~date]]　缴费基数：[[~amt]]
%%
社保卡补换：[[P]]，原社会保障卡卡号[[SS]]已挂失，新卡金融账户[[CARD]]（[[BANK]]），领卡网点[[~room]]。
%%
养老金发放明细：领取人[[P]]，身份证[[ID]]，发放账户[[CARDs]]，本月发放[[~amt]]，流水[[~flow]]。
%%
失业保险金申领：申领人[[P]]，个人社保编号[[SS]]，手机[[MOB]]，银行卡号[[CARD]]，申领日期[[~date]]。
%%
劳动仲裁申请书（[[~case]]）申请人[[P]]，身份证号[[ID]]，住址[[ADDR]]，联系电话[[MOB]]；被申请人[[ORG]]，统一社会信用代码[[USCC]]，法定代表人[[P]]。请求支付拖欠工资[[~amt]]。
%%
欠薪线索：农民工[[P]]（[[ID]]）等[[~cnt]]反映在[[~place]]某工地被欠薪，工资卡[[CARD]]，包工头[[P]]电话[[MOB]]。
%%
就业登记：[[P]]，社保号[[SSN]]，就业单位[[ORG]]，合同期[[~date]]至[[~date]]，联系电话[[MOB]]。
%%
工伤认定决定书 [[~doc]]
职工：[[P]]，社会保障号码[[SSN]]
受伤时间：[[~dt]]
受伤部位及诊断：[[HI]]
用人单位：[[ORG]]（[[USCC]]）
%%
人才补贴发放：[[P]]，身份证号码[[ID]]，学历博士，补贴账户[[CARD]]，金额[[~amt]]，发放批次[[~flow]]。
%%
社保关系转移：转出地[[ADDRd]]社保局，参保人[[P]]，社保卡号[[SS]]，身份证[[ID]]，联系电话[[TELo]]。
%%
灵活就业参保：[[P]]，个人编号[[SS]]，缴费账户[[CARDs]]，月缴[[~amt]]，手机[[MOBs]]。
%%
技能证书查询 姓名|证书编号|身份证号|手机
[[P]]|[[~sn]]|[[ID]]|[[MOB]]
[[P]]|[[~sn]]|[[ID]]|[[MOB]]
%%
医保报销单：参保人[[P]]，医保号[[MI]]，住院号[[MR]]，出院诊断[[HI]]，统筹支付[[~amt]]，个人自付[[~amt]]。
%%
医保异地就医备案：[[P]]，社会保障卡号[[SS]]，备案地[[ADDRd]]，联系电话[[MOB]]，备案日期[[~date]]。
%%
医保基金稽核线索：[[HOSP]]疑似串换项目，涉及参保人[[P]]（医保编号[[MI]]），病历号[[MR]]，涉及金额[[~amt]]。
%%
长护险评估：被评估人[[P]]，身份证[[ID]]，失能等级：重度，疾病情况：[[HI]]，居住地址[[ADDRr]]，照护人[[P]]。
%%
医保个人账户家庭共济绑定：本人[[P]]（[[ID]]）绑定共济人[[P]]（[[ID]]），关系：配偶。办理时间[[~dt]]。
%%
最低生活保障审批表
申请人：[[P]]　身份证号：[[ID]]
家庭住址：[[ADDRr]]
家庭成员：[[P]]（[[ID]]）、[[PC]]（[[IDc]]）
家庭经济状况：[[FI]]
健康状况：[[HI]]
%%
结婚登记审查处理表：男方[[P]]，身份证件号[[ID]]，常住户口所在地[[ADDRd]]；女方[[P]]，身份证件号[[ID]]，常住户口所在地[[ADDRd]]。登记日期[[~date]]，结婚证字号[[~sn]]。
%%
临时救助：[[P]]因[[HI]]住院，个人自付[[~amt]]，家庭财产状况：[[FI]]。救助金打入[[BANK]]账户[[CARD]]。
%%
高龄津贴名册
序号,姓名,身份证号,户籍地址,发放卡号
1,[[P]],[[ID]],[[ADDRr]],[[CARD]]
2,[[P]],[[ID]],[[ADDRr]],[[CARD]]
%%
困难群众家庭经济状况核对报告：核对对象[[P]]，身份证号[[ID]]；核对结果：[[FI]]；[[FI]]。核对编号[[~flow]]。
%%
殡葬服务登记：逝者[[P]]，身份证[[ID]]，死亡日期[[~date]]，经办家属[[P]]，电话[[MOB]]，火化证号[[~sn]]。
%%
社会组织登记：[[ORG]]，统一社会信用代码[[USCC]]，负责人[[P]]，联系电话[[TEL]]，住所[[ADDRh]]，业务主管单位[[~org]]。
%%
留守儿童关爱台账：儿童[[PC]]，出生日期[[DOBc]]，就读[[SCHOOL]]，监护人[[P]]（祖母），父母在[[ADDRd]]务工，父亲电话[[MOB]]。
%%
养老服务补贴：老人[[P]]，[[DOB]]生，失能情况：[[HI]]，服务机构联系电话[[TELp]]，补贴标准[[~amt]]/月。
%%
婚姻登记档案查询回复：经查，[[P]]（公民身份号码[[ID]]）与[[P]]于[[~date]]在[[~org]]办理离婚登记。
%%
收养登记：收养人[[P]]、[[P]]，住址[[ADDR]]，被收养人[[PC]]，出生日期[[DOBc]]，经济状况：[[FI]]。
%%
退役军人信息采集：[[P]]，身份证号[[ID]]，入伍时间[[~date]]，退役时间[[~date]]，现住址[[ADDRh]]，手机[[MOB]]。
%%
事故认定书 [[~doc]]
当事人：[[P]]，驾驶证号[[ID]]，驾驶[[PL]]小型轿车；
当事人：[[P]]，驾驶证号[[ID]]，驾驶[[PLn]]新能源车。
事故地点：[[~road]]，时间：[[~dt]]。
%%
违法停车告知：[[PL]]于[[~dt]]在[[~road]]违停，请车主[[P]]（[[MOB]]）在[[~date]]前处理。决定书编号[[~decn]]。
%%
车管业务：[[P]]申请机动车转移登记，号牌号码[[PL]]，新车主[[P]]，身份证明号码[[ID]]，联系电话[[MOB]]，车辆识别代号[[~sn]]。
%%
ETC异常：车牌[[PLn]]，车主[[P]]，绑定卡号[[CARD]]，通行[[~place]]收费站，扣费[[~amt]]，交易流水[[~order]]。
%%
卡口过车记录 卡口编号=[[~dev]] plate=[[PL]] time=[[~dt]] speed=78km/h direction=东向西
%%
路况播报：[[~time]]，[[~road]]车流量较大，[[~road]]因施工单向通行，请绕行。
%%
驾驶人[[P]]（驾驶证[[ID]]）累积记分12分，需参加满分学习，联系电话[[MOBs]]，车辆[[PL]]。
%%
网约车驾驶员证申请：[[P]]，身份证[[ID]]，车辆号牌[[PLn]]，平台[[ORG]]，手机[[MOB]]，邮箱[[EM]]。
%%
非机动车登记：车主[[P]]，电话[[MOB]]，整车编码[[~sn]]，住址[[ADDRh]]。
%%
公交卡实名登记：[[P]]，身份证件号码[[ID]]，卡号[[~tcard]]，手机[[MOB]]，办理网点[[~room]]。
%%
货车超限检测：车牌[[PL]]挂车[[PL]]，驾驶员[[P]]，手机[[MOBi]]，总重49.2吨，检测站[[~place]]，检测单号[[~order]]。
%%
旅行社团队名单
团号：[[~order]]　出发日期：[[~date]]
1. [[P]]　护照号[[PP]]　手机[[MOB]]
2. [[P]]　护照号[[PP]]　手机[[MOB]]
3. [[P]]　港澳通行证[[HK]]
领队：[[P]]，导游证号[[~sn]]
%%
景区预约核验 visitor=[[P]] id_no=[[ID]] mobile=[[MOB]] ticket=[[~order]] scenic=[[~scenic]] gate=东入口 time=[[~dt]]
%%
民宿入住登记（[[~place]]）：住客[[P]]，证件号码[[ID]]；住客[[PM]]，证件号码[[ID]]；车辆[[PL]]。房费[[~amt]]。
%%
旅游投诉：游客[[P]]（手机[[MOB]]）反映[[ORG]]导游[[P]]强制购物，涉及金额[[~amt]]，投诉编号[[~flow]]。
%%
境外游客服务：[[PPY]]，护照号码[[PP]]，Tel：[[MOBi]]，E-mail：[[EM]]，入住[[~place]]附近酒店。
%%
出境游签证材料清单：申请人[[P]]，护照[[PP]]，在职证明单位电话[[TEL]]，银行流水卡号[[CARD]]，资产证明：[[FI]]。
%%
港澳游报名：[[P]]，往来港澳通行证号码[[HK]]，签注有效期至[[~date]]，紧急联系人[[P]]，[[MOB]]。
%%
文旅消费券核销记录：用户[[P]]，手机号[[MOBs]]，券码[[~sn]]，核销商户[[ORG]]，核销金额[[~amt]]。
%%
房屋租赁合同备案
出租人：[[P]]，身份证号[[ID]]
承租人：[[P]]，身份证号[[ID]]
房屋坐落：[[ADDR]]
租金：[[~amt]]/月，租期[[~date]]至[[~date]]
备案号：[[~flow]]
%%
不动产登记申请：权利人[[P]]（[[ID]]）、[[P]]（[[ID]]），不动产坐落[[ADDR]]，不动产权证号[[~bdc]]。
%%
住房公积金提取：职工[[P]]，身份证号[[ID]]，公积金账号[[~sn]]，提取原因：购房，收款卡号[[CARD]]，[[FI]]。
%%
保障房资格审核：申请人[[P]]，家庭人口3人，[[FI]]，现租住[[ADDRh]]，手机[[MOB]]。
%%
物业报修工单：[[ADDRh]]业主[[P]]来电（[[MOB]]）反映卫生间漏水，工单号[[~order]]，预约上门[[~date]] [[~time]]。
%%
商品房网签合同：买受人[[P]]，证件号码[[ID]]，联系地址[[ADDRo]]，房屋总价[[~amt]]，贷款银行[[BANK]]。
%%
拆迁补偿协议：被征收人[[P]]，身份证[[ID]]，被征收房屋位于[[ADDRr]]，补偿款[[~amt]]，收款账户[[CARDs]]。
%%
施工许可公示：项目位于[[~place]]，建设单位[[ORG]]（[[USCC]]），项目负责人[[P]]，监督电话[[TEL]]。
%%
燃气开户：用户[[P]]，联系电话[[MOB]]，用气地址[[ADDRh]]，燃气表号[[~dev]]，开户日期[[~date]]。
%%
新生入学登记
学生姓名：[[PC]]　出生日期：[[DOBc]]
身份证号：[[IDc]]
家庭住址：[[ADDR]]
父亲：[[P]]　电话：[[MOB]]
母亲：[[P]]　电话：[[MOB]]
%%
学籍异动：学生[[PC]]（学籍号[[~sn]]）由[[SCHOOL]]转入[[SCHOOL]]，监护人[[P]]，联系电话[[MOBs]]。
%%
学生资助名单：[[PC]]，身份证[[IDc]]，资助金额[[~amt]]，打卡账号[[CARD]]，家庭经济情况：[[FI]]。
%%
教师资格认定：[[P]]，身份证号码[[ID]]，邮箱[[EM]]，手机[[MOB]]，普通话证书编号[[~sn]]，体检结论合格。
%%
中考报名表 报名号[[~flow]] 姓名[[PC]] 身份证号[[IDc]] 监护人手机[[MOB]] 毕业学校[[SCHOOL]]
%%
校园安全通报：[[~date]]，[[SCHOOL]]学生[[PC]]在体育课中摔伤，诊断为[[HI]]，已通知家长[[P]]（[[MOB]]）。
%%
家长群消息 [[P]]：各位家长好，明天[[~time]]开家长会，请准时到校。有事联系我[[MOB]]，或发邮件至[[EM]]。
%%
民事起诉状
原告：[[P]]，女，[[DOB]]出生，汉族，住[[ADDR]]，公民身份号码[[ID]]，联系电话[[MOB]]。
被告：[[P]]，男，[[DOB]]出生，住[[ADDRo]]，公民身份号码[[ID]]。
诉讼请求：判令被告归还借款[[~amt]]及利息。
%%
送达地址确认书 案号：[[~case]] 受送达人：[[P]] 送达地址：[[ADDRh]] 手机号码：[[MOB]] 电子邮箱：[[EM]] 确认时间：[[~date]]
%%
执行通知书（[[~case]]）被执行人[[P]]，身份证号码[[ID]]。经查询，被执行人名下有：[[FI]]；[[BANK]]账户[[CARD]]余额不足。
%%
判决书摘录：被告人[[P]]，[[DOB]]生，户籍所在地[[ADDRd]]，因犯诈骗罪于[[~date]]被刑事拘留。涉案银行卡[[CARD]]、[[CARD]]。
%%
庭审排期公告：[[~case]]原告[[ORG]]诉被告[[ORG]]买卖合同纠纷一案，定于[[~date]] [[~time]]在[[~court]]公开开庭。
%%
诉前调解短信：[[P]]，您与[[P]]的纠纷已由[[~org]]登记（[[~case]]），调解员[[P]]，电话[[TEL]]。
%%
财产保全申请：申请人[[P]]，被申请人[[P]]（身份证[[ID]]），请求冻结被申请人银行存款[[~amt]]，账户[[CARDs]]，车辆[[PL]]。
%%
律师阅卷登记：律师[[P]]，执业证号[[~sn]]，律所电话[[TELo]]，委托人[[P]]，案号[[~case]]。
%%
拘留所家属会见：在押人员[[P]]（[[ID]]），会见人[[P]]，关系：妻子，身份证[[ID]]，会见时间[[~dt]]。
%%
司法救助审批：申请人[[P]]，身份证号[[ID]]，伤情：[[HI]]，救助金[[~amt]]，发放至[[CARD]]。
%%
纳税人基础信息
纳税人识别号：[[USCC]]
办税人员：[[P]]　证件号码：[[ID]]
财务负责人：[[P]]　手机：[[MOB]]
生产经营地址：[[ADDR]]
%%
个税汇算退税：纳税人[[P]]，身份证号[[ID]]，退税金额[[~amt]]，退税账户[[CARD]]（[[BANK]]），申报日期[[~date]]。
%%
发票查验：发票代码[[~inv]]，发票号码[[~inv]]，开票日期[[~date]]，销方税号[[USCC]]，金额[[~amt]]，查验结果：一致。
%%
税务事项通知书 [[~doc]]
[[ORG]]（纳税人识别号[[USCC]]）：你单位[[~date]]申报的增值税存在异常，请于5日内到[[~room]]说明情况。联系人[[P]]，[[TEL]]。
%%
电子税务局登录日志：[[~dt]] 用户[[P]] 证件[[ID]] 登录IP [[IP]] 设备[[~sn]] 结果=成功
%%
个体户定额核定：业户[[P]]，社会信用代码[[USCC]]，经营地址[[ADDRh]]，月定额[[~amt]]，电话[[MOB]]。
%%
房产交易契税：买方[[P]]（[[ID]]），卖方[[P]]（[[ID]]），计税价格[[~amt]]，税票号码[[~inv]]。
%%
安全生产检查记录：检查对象[[ORG]]，统一社会信用代码[[USCC]]，主要负责人[[P]]，手机[[MOB]]，发现隐患[[~cnt]]，整改期限[[~date]]。
%%
防汛转移名单（[[~place]]）
户主,人数,住址,联系电话
[[P]],4,[[ADDRr]],[[MOB]]
[[P]],2,[[ADDRr]],[[MOB]]
[[P]],1,[[ADDRr]],[[TEL]]
%%
应急值班日志：[[~dt]]接[[~org]]报告，[[~road]]一货车侧翻，驾驶员[[P]]受伤（[[HI]]），车辆[[PL]]，已送[[HOSP]]。
%%
危化品运输备案：运输单位[[USCC]]，驾驶员[[P]]（从业资格证[[ID]]），押运员[[P]]，车牌[[PL]]，途经[[~road]]。
%%
森林防火卡点登记：进山人员[[P]]，身份证号[[ID]]，手机[[MOB]]，进山时间[[~time]]，卡点[[~place]]。
%%
事故调查询问笔录：被询问人[[P]]，性别男，[[DOB]]出生，身份证号[[ID]]，住址[[ADDRo]]，工作单位[[ORG]]，联系电话[[MOB]]。问：事故发生时你在哪里？答：在车间门外。
%%
受灾群众临时安置：安置点[[~place]]中心小学，登记人员[[P]]、[[PM]]、[[PC]]，联系人电话[[MOB]]，安置人数[[~cnt]]。
%%
[[~dt]] INFO  gateway.api - POST /api/v2/person/query caller=[[~org]] client_ip=[[IP]] params={idcard:[[ID]], name:[[P]]} cost=132ms
%%
[[~dt]] WARN  share-exchange - field validation failed: sfzh=[[~bid]] (check digit), record from dept=市民政局 batch=[[~flow]]
%%
<record><xm>[[P]]</xm><sfzhm>[[ID]]</sfzhm><lxdh>[[MOB]]</lxdh><jtzz>[[ADDR]]</jtzz><gxsj>[[~dt]]</gxsj></record>
%%
<Person>
  <Name>[[P]]</Name>
  <IDCard>[[ID]]</IDCard>
  <Phone>[[MOBi]]</Phone>
  <Email>[[EM]]</Email>
  <Address>[[ADDRh]]</Address>
</Person>
%%
{"xm": "[[P]]", "zjhm": "[[ID]]", "sjhm": "[[MOB]]", "yhkh": "[[CARD]]", "khh": "[[BANK]]", "sqsj": "[[~dt]]", "version": "[[~ver]]"}
%%
{"data":[{"name":"[[P]]","idNo":"[[ID]]","tel":"[[TEL]]"},{"name":"[[P]]","idNo":"[[ID]]","tel":"[[MOB]]"}],"total":2,"traceId":"[[~sn]]"}
%%
xm	sfzh	sjh	hjdz
[[P]]	[[ID]]	[[MOB]]	[[ADDRd]]
[[P]]	[[ID]]	[[MOB]]	[[ADDRd]]
%%
姓名|证件号码|手机号码|车牌号|登记时间
[[P]]|[[ID]]|[[MOB]]|[[PL]]|[[~dt]]
[[P]]|[[ID]]|[[MOB]]|[[PLn]]|[[~dt]]
%%
user_login uid=[[~sn]] name=[[P]] mobile=[[MOB]] ip=[[IP]] ua="Mozilla/5.0" app_ver=[[~ver]] result=OK
%%
audit: operator=[[P]] action=EXPORT dataset=人口基础信息 rows=[[~cnt]] src_ip=[[IP]] at=[[~dt]] approval=[[~doc]]
%%
ERROR 2 rows rejected: row 17 bank_card=[[~bcard]] (luhn), row 42 uscc=[[~buscc]] (check); job=[[~flow]]
%%
nginx access: [[IP]] - - [[[~dt]]] "GET /portal/index.html HTTP/1.1" 200 5321 "-" "okhttp/4.9.3"
%%
sync ok: source=卫健委 table=t_jzjl mrn=[[MR]] patient=[[P]] idcard=[[ID]] diag="[[HI]]" ts=[[~dt]]
%%
IPv6接入日志 [[~dt]] 源地址[[IP6]] 用户[[P]] 账号[[EM]] 终端[[~dev]]
%%
数据共享申请单 申请单号：[[~flow]] 申请部门：[[~org]] 用途：核验低保对象身份 字段：姓名、身份证号 样例：[[P]]/[[ID]] 审批依据：[[~doc]]
%%
API调用告警：接口/credit/uscc/verify 在[[~time]]被[[IP]]高频调用[[~cnt]]，示例参数uscc=[[USCC]]。
%%
【湖州公积金】您尾号账户本月缴存[[~amt]]，当前[[FI]]。如非本人操作请致电[[~hot]]。
%%
短信：[[P]]您好，您的快递（单号[[~track]]）已放至[[~place]]驿站，取件码[[~num]]，有疑问请联系[[MOB]]。
%%
微信聊天记录
[[P]]：我身份证号[[ID]]，你帮我填一下
[[P]]：好的，手机号还是[[MOB]]吗
[[P]]：换了，新号[[MOBs]]
%%
群聊@[[P]] 社区核酸补录名单：[[P]] [[ID]]、[[P]] [[IDs]]，有问题打我电话[[MOB]]
%%
发件人：[[P]] <[[EM]]>
收件人：[[EM]]
主题：关于[[~doc]]落实情况的报告
正文：附件为本单位联络员名单，联络员[[P]]，办公电话[[TELx]]，手机[[MOB]]。
%%
From: [[PPY]] <[[EM]]>
To: [[EM]]
Subject: Residence permit
My passport No. is [[PP]], phone [[MOBi]]. I live at [[ADDRh]]. Thanks.
%%
钉钉审批：[[P]]提交的差旅报销[[~amt]]已通过，收款卡号[[CARDs]]，审批单号[[~flow]]。
%%
工单流转记录：[[~dt]] 由[[P]]（工号[[~sn]]）派发至[[~org]]，来电人[[P]]，号码[[MOB]]，地址[[ADDRr]]，诉求：噪音扰民。
%%
语音转写：喂，我叫[[P]]，电话是[[MOBs]]，身份证[[ID]]，住在[[ADDRh]]，想问下补贴什么时候发？
%%
因公出国（境）人员备案表
姓名：[[P]]　出生日期：[[DOB]]
护照号码：[[PP]]
往来港澳通行证号码：[[HK]]
证件保管单位：[[~org]]　备案编号：[[~flow]]
%%
护照遗失声明：本人[[P]]，不慎遗失中华人民共和国普通护照一本，证号[[PP]]，声明作废。登报日期[[~date]]。
%%
出入境记录查询：[[P]]持护照([[PP]])于[[~dt]]经上海浦东机场出境，持港澳通行证（[[HK]]）于[[~date]]经拱北口岸入境。
%%
签注办理提醒：您的往来港澳通行证（证件号码[[HK]]）签注将于[[~date]]到期，可在自助签注机办理，业务咨询[[~hot]]。
%%
Passport No.: [[PP]]
Surname/Given names: [[PPY]]
Date of birth: [[DOB]]
Place of issue: ZHEJIANG
Date of expiry: [[~date]]
%%
港澳居民来往内地通行证（回乡证）号码[[HK]]，持证人[[P]]，在湖投资企业信用代码[[USCC]]，联系邮箱[[EM]]。
%%
hzcrj_apply|[[P]]|passport=[[PP]]|hk_permit=[[HK]]|submit=[[~dt]]|status=已受理
%%
境外务工备案：[[P]]，护照号[[PP]]，务工国家：阿联酋，派遣单位电话[[TELo]]，家属[[P]]手机[[MOB]]。
%%
隔离点人员轨迹核查：[[P]]，入境后行程为[[LT]]，现居[[ADDRh]]。
%%
疫情防控协查函（[[~doc]]）：请协查[[P]]（身份证[[ID]]）的行动轨迹：[[LT]]；其密接[[P]]，手机[[MOB]]。
%%
手机信令分析结果：号码[[MOB]]的机主[[P]]，行踪轨迹为[[LT]]，数据来源[[ORG]]，调取审批[[~doc]]。
%%
电子围栏预警：重点人员[[P]]于[[~dt]]离开布控区域，行动轨迹：[[LT]]。
%%
共享单车骑行记录（协查）：用户[[MOB]]，骑行轨迹：[[LT]]，订单号[[~order]]。
%%
酒店入住及离店记录显示，[[P]]的行程轨迹是[[LT]]。
%%
社保待遇资格认证：[[P]]，社会保障卡号[[SS]]，认证方式人脸识别，认证时间[[~dt]]，下次认证[[~date]]前。
%%
参保证明 兹证明[[P]]，社会保障号码[[SSN]]，自[[~date]]起在我市参加职工养老保险，累计缴费[[~cnt]]。打印流水[[~flow]]。
%%
社保卡激活短信：【湖州人社】尊敬的[[P]]，您的社保卡（卡号[[SS]]）已启用金融功能，银行账号[[CARD]]。
%%
医保电子凭证绑定：医保编码[[MI]]，绑定手机[[MOB]]，就诊医院[[HOSP]]，门诊号[[MR]]。
%%
检验报告单 标本号[[~sn]] 病人[[P]] 门诊号[[MR]] 送检日期[[~date]] 结果提示：[[HI]]
%%
转诊单：患者[[P]]，住院号[[MR]]，因[[HI]]转至上级医院，转诊医生[[P]]，科室电话[[TELx]]。
%%
统计快报：[[~date]]全市共办理各类证照[[~cnt]]，其中[[~place]]办件量[[~cnt]]，群众满意率99.2%，版本[[~ver]]。
%%
通告（[[~doc]]）：因道路施工，[[~road]]自[[~date]]起实施交通管制，请途经车辆提前绕行。咨询电话[[~hot]]。
%%
招标公告：项目编号[[~sn]]，采购预算[[~amt]]，开标时间[[~dt]]，开标地点[[~room]]，采购人[[~org]]，邮编[[~post]]。
%%
系统升级公告：政务服务平台将于[[~dt]]升级至[[~ver]]，期间暂停受理。设备序列号[[~sn]]的自助机同步更新。
%%
物流对账：运单[[~track]]，运单[[~track]]，订单[[~order]]，发票号码[[~inv]]，合计[[~amt]]，邮编[[~post]]。
%%
核验失败记录：输入号码[[~bid]]非有效身份证号（校验位错误），输入卡号[[~bcard]]未通过校验。
%%
监控点位台账：点位编码[[~dev]]，位置[[~road]]，安装日期[[~date]]，维护单位联系电话[[~hot]]。
%%
非税缴款通知：缴款码[[~flow]]，执收单位[[~org]]，金额[[~amt]]，缴款期限[[~date]]，决定书号[[~decn]]。
%%
不动产查封登记：权利人[[P]]，不动产权证号[[~bdc]]，查封文书[[~case]]，查封期限[[~date]]至[[~date]]。
%%
数据质量通报：[[~date]]归集数据中发现统一社会信用代码格式错误[[~cnt]]，例如[[~buscc]]、[[~buscc]]，请相关部门核实。
%%
银行反诈预警：账户[[CARD]]（户名[[P]]）于[[~dt]]向可疑账户[[CARD]]转账[[~amt]]，开户地[[ADDRd]]。交易流水号[[~bcard]]。
%%
公交运营日报：[[~date]]客运量[[~cnt]]，[[~road]]线路准点率96%，车辆设备编号[[~dev]]上线，系统[[~ver]]。
%%
调解笔录：申请人[[P]]称其在[[~place]]被[[P]]驾驶的[[PLn]]碰撞，造成[[HI]]，花费医疗费[[~amt]]。
%%
寄递实名登记：寄件人[[P]]，身份证号[[ID]]，寄件人电话[[MOBs]]，收件人[[P]]，地址[[ADDRo]]，运单号[[~track]]。
%%
水电费代扣协议：户号[[~sn]]，户主[[P]]，代扣账户[[CARDs]]，用电地址[[ADDRr]]，签约日期[[~date]]。
%%
献血登记：献血者[[P]]，证件号[[ID]]，血型A型，献血量400ml，献血码[[~flow]]，既往史：[[HI]]，本次暂缓献血。
'''

# Traditional-script templates (value pools are converted with to_trad).
_TPL_T = r'''
港澳居民居住證申領表
姓名：[[P]]
港澳居民來往內地通行證號碼：[[HK]]
出生日期：[[DOB]]
居住地址：[[ADDR]]
聯絡電話：[[MOBi]]
受理日期：[[~date]]
%%
台港澳投資企業登記：企業名稱[[ORG]]，統一社會信用代碼[[USCC]]，董事長[[P]]，聯絡電郵[[EM]]，辦公電話[[TEL]]。
%%
申請人[[P]]，身份證號碼[[ID]]，手機[[MOB]]，現住[[ADDRh]]，申請辦理最低生活保障，家庭財產狀況：[[FI]]。
%%
醫療費用收據：病人[[P]]，病歷號碼[[MR]]，診斷：[[HI]]，自付[[~amt]]，收據號碼[[~inv]]，日期[[~date]]。
%%
旅客登記｜姓名：[[P]]｜護照號碼：[[PP]]｜電話：[[MOBi]]｜入住日期：[[~date]]｜房價：[[~amt]]
%%
致[[P]]先生：閣下於[[~date]]遞交之申請（編號[[~flow]]）已獲受理，如有查詢，請致電[[TEL]]或電郵[[EM]]。
%%
交通違法通知：車牌號碼[[PL]]於[[~dt]]在[[~road]]超速行駛，車主[[P]]，聯繫電話[[MOB]]。
%%
戶籍資料
姓名　[[P]]
公民身份號碼　[[ID]]
戶籍地址　[[ADDRr]]
出生日期　[[DOB]]
%%
銀行轉賬憑證：付款人[[P]]，付款賬號[[CARDs]]，收款人[[P]]，收款賬號[[CARD]]，金額[[~amt]]，交易流水號[[~order]]。
%%
勞動合同備案：僱員[[P]]（身份證[[ID]]），僱主[[ORG]]（統一社會信用代碼[[USCC]]），合同期[[~date]]至[[~date]]，月薪[[~amt]]。
%%
入境旅客健康申報：姓名[[P]]，港澳通行證[[HK]]，近14天行程：[[LT]]，現有症狀：無，既往病史：[[HI]]。
%%
法院傳票（[[~case]]）：被傳喚人[[P]]，住址[[ADDRo]]，應於[[~dt]]到[[~court]]出庭。
%%
社會保障卡號[[SS]]，持卡人[[P]]，社會保障號碼[[SSN]]，發卡日期[[~date]]，服務熱線[[~hot]]。
%%
納稅申報回執：納稅人[[P]]，身份證件號碼[[ID]]，申報稅款[[~amt]]，憑證號[[~flow]]，扣款賬戶[[CARD]]。
%%
【湖州文旅】[[P]]您好，您預約的[[~scenic]]門票（訂單[[~order]]）將於[[~date]]使用，入園請出示身份證。
%%
學生資料：[[PC]]，出生日期[[DOBc]]，家長[[P]]，電話[[MOBs]]，地址[[ADDRh]]，學校[[SCHOOL]]。
%%
{"姓名":"[[P]]","證件號碼":"[[ID]]","手機":"[[MOB]]","住址":"[[ADDR]]","更新時間":"[[~dt]]"}
%%
消費者投訴：投訴人[[P]]，電話[[MOB]]，被投訴商戶統一社會信用代碼[[USCC]]，訂單編號[[~order]]，涉及金額[[~amt]]。
%%
不動產權利人[[P]]（身份證[[ID]]）名下房屋坐落於[[ADDR]]，權證號[[~bdc]]。
%%
出境記錄：[[P]]，護照[[PP]]，於[[~date]]出境，同行人[[P]]，往來港澳通行證[[HK]]。
%%
應急通報：[[~dt]]，[[~road]]發生山體滑坡，已轉移群眾[[~cnt]]，聯絡人[[P]]（[[MOB]]）。
%%
住院病人[[P]]，住院號[[MR]]，入院診斷[[HI]]，醫保號[[MI]]，主診醫生[[P]]。
%%
登入紀錄：用戶[[P]]　帳號[[EM]]　IP位址[[IP]]　時間[[~dt]]　版本[[~ver]]
%%
車輛登記：車主[[P]]，身份證[[ID]]，號牌[[PLn]]，登記日期[[~date]]，車架號[[~sn]]。
%%
經核查，所報身份證號碼[[~bid]]校驗碼錯誤，銀行卡號[[~bcard]]亦無效，請[[P]]（[[MOB]]）補正。
%%
聯繫人：[[P]]　座機：[[TELp]]　手機：[[MOBf]]　郵箱：[[EM]]　郵編：[[~post]]
'''

TEMPLATES_S = [t.strip("\n") for t in _TPL_S.split("\n%%\n")]
TEMPLATES_T = [t.strip("\n") for t in _TPL_T.split("\n%%\n")]
TEMPLATES = [(False, t) for t in TEMPLATES_S] + [(True, t) for t in TEMPLATES_T]

if __name__ == "__main__":
    sys.exit(main())
