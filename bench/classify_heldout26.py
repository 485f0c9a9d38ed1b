"""Held-out evaluation family 26 for the Chinese PII detector (written blind).

Generates 2,000 synthetic documents of the kinds a Huzhou (Zhejiang) municipal government
produces -- civil affairs, household registration, exit-entry, provident fund and real estate,
courts and notaries, tax, utilities, transport, hospitals, community health, township minutes,
press releases and statistics bulletins, data-sharing applications, pasted rows, JSON/CSV
exports, English-mixed system output, SMS and chat -- each labelled with the personal
information it contains (types from entities.yaml) and the hard negatives (non-personal
look-alikes) it contains.  About 10% of the documents are rendered in Traditional script
(character-for-character, so offsets are unchanged).

Run:  PYTHONPATH=$PWD python -m bench.classify_heldout26
Writes tests/classify/data/heldout26_generated.jsonl
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from bench.classify_values import USCC_AL, W_ORG, W_USCC, fullwidth, id_check, luhn_digit

SEED = 26302026
N_DOCS = 2000
TRAD_SHARE = 0.10
FAMILY = "heldout26"
OUT = Path(__file__).resolve().parent.parent / "tests" / "classify" / "data" / "heldout26_generated.jsonl"

# entity type names of /work/shared/design/entities.yaml
TYPES = (
    "CN_RESIDENT_ID", "CN_MOBILE", "CN_LANDLINE", "CN_USCC", "BANK_CARD", "EMAIL_ADDRESS",
    "IP_ADDRESS", "CN_PASSPORT", "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE", "CN_SOCIAL_SECURITY",
    "CN_MEDICAL_RECORD", "PERSON", "CN_ADDRESS", "DATE_OF_BIRTH", "HEALTH_INFO", "FINANCIAL_INFO",
    "LOCATION_TRACE", "ORGANIZATION",
)

# ---------------------------------------------------------------------------------------------
# Simplified -> Traditional, one character for one character (offsets never move).
# The table covers every character this module writes; PHRASES fixes characters whose
# Traditional form depends on the word (all replacements keep the length).
# ---------------------------------------------------------------------------------------------
# BEGIN S2T TABLE
S2T_PAIRS = (
    "万萬与與专專业業东東丢丟两兩严嚴丧喪个個丰豐临臨为為丽麗举舉么麼义義乐樂习習乡鄉书書买買乱亂于於云雲亚亞产產亲親亿億仅僅从從仓倉仪儀们們价價众眾优優会會伟偉传傳"
    "伤傷伪偽体體余餘侦偵债債偿償储儲儿兒党黨兰蘭关關兴興兹茲养養内內冈岡册冊写寫军軍农農冯馮决決况況冻凍准準减減几幾凤鳳凭憑凯凱划劃刘劉则則刚剛创創删刪别別剂劑办辦"
    "务務动動励勵劳勞势勢区區医醫华華协協单單卖賣占佔卢盧卫衛却卻厂廠厅廳历歷压壓县縣参參双雙发發变變叶葉号號后後吕呂吗嗎吨噸听聽吴吳员員咨諮响響唤喚嘱囑团團园園围圍"
    "国國图圖场場坏壞块塊坛壇壮壯声聲处處备備复復头頭夹夾奖獎奥奧妇婦妈媽婴嬰孙孫学學宁寧宝寶实實审審宫宮对對导導寿壽将將尔爾尽盡属屬岁歲岗崗岛島币幣师師带帶帮幫干幹"
    "并並广廣庄莊庆慶库庫应應庙廟废廢开開异異弃棄张張强強归歸当當录錄征徵径徑态態总總恒恆恶惡悦悅悬懸惊驚愿願战戰户戶执執扰擾抚撫抢搶护護报報担擔拟擬拨撥择擇挂掛挥揮"
    "损損捡撿换換据據搀攙携攜数數断斷无無旧舊时時显顯晓曉暂暫术術机機权權条條来來杨楊杰傑极極构構标標栋棟树樹样樣桡橈档檔桥橋梦夢检檢楼樓横橫欢歡欧歐残殘殡殯毁毀毕畢"
    "气氣氢氫汇匯汉漢汤湯沟溝没沒沪滬泄洩泽澤洁潔测測济濟浓濃浔潯涛濤润潤涨漲温溫游遊湾灣湿濕满滿滨濱灭滅灵靈灾災点點烟煙烦煩烧燒热熱爱愛牵牽状狀独獨猪豬献獻环環现現"
    "琏璉瑶瑤电電画畫畅暢疗療痪瘓痫癇瘘瘻瘫癱癫癲盐鹽监監盖蓋盗盜盘盤矫矯码碼础礎硕碩确確碍礙碱鹼礼禮离離种種积積称稱税稅稳穩窃竊笔筆笺箋筑築筹籌签簽简簡类類紧緊纠糾"
    "红紅约約级級纪紀纳納纷紛纹紋纺紡线線练練组組细細织織终終绍紹经經绑綁结結绕繞给給络絡绝絕统統绣繡继繼续續维維综綜绿綠缓緩编編缩縮缴繳网網罗羅罚罰职職联聯肃肅肠腸"
    "肾腎肿腫胜勝胫脛胶膠脉脈脏臟脑腦脱脫艳豔节節苏蘇范範荐薦荣榮药藥获獲营營蒋蔣蓝藍蕲蘄虑慮补補装裝见見观觀规規视視触觸誉譽计計订訂认認讨討让讓训訓议議讯訊记記讲講"
    "许許论論讼訟设設访訪证證评評识識诈詐诉訴诊診试試诗詩诚誠话話询詢该該语語误誤说說请請诸諸诺諾读讀课課谁誰调調谅諒谈談谢謝谣謠谭譚谱譜贝貝负負财財责責败敗账賬货貨"
    "质質贫貧购購贴貼贵貴贷貸贸貿费費贺賀贾賈赁賃资資赔賠赠贈赡贍赣贛赵趙赶趕踪蹤车車轨軌转轉轮輪软軟轻輕较較辅輔辆輛辈輩辉輝输輸辟闢边邊达達迁遷过過运運还還这這进進"
    "远遠违違连連迟遲迹跡适適选選递遞逻邏遗遺邓鄧邬鄔邮郵邹鄒邻鄰郁鬱郑鄭郸鄲采採释釋里裡鉴鑑钙鈣钟鍾钠鈉钢鋼钮鈕钱錢铁鐵铜銅银銀铺鋪链鏈销銷锁鎖锋鋒错錯锡錫锦錦镇鎮"
    "长長门門闭閉问問间間闵閔闹鬧闻聞阀閥阑闌队隊阳陽阴陰阶階陆陸陈陳险險随隨隐隱难難霉黴静靜韦韋韩韓页頁项項顺順须須顾顧预預颅顱领領颈頸颐頤频頻颖穎题題额額颤顫风風"
    "飞飛饮飲饶饒馆館馈饋马馬驶駛驾駕驿驛验驗骑騎骗騙鱼魚鲜鮮鹏鵬鹤鶴黄黃齐齊龄齡龙龍龚龔"
)
S2T_PHRASES: dict[str, str] = {
    "一周": "一週", "上周": "上週", "两周": "兩週", "八里": "八里", "公里": "公里", "关系": "關係", "准予": "准予", "准考": "准考",
    "准迁": "准遷", "分钟": "分鐘", "制作": "製作", "制剂": "製劑", "制图": "製圖", "制表": "製表", "发布": "發佈", "受托": "受託",
    "台风": "颱風", "合并": "合併", "周岁": "週歲", "周期": "週期", "回复": "回覆", "备注": "備註", "复制": "複製", "复印": "複印",
    "复方": "複方", "复查": "複查", "复核": "複核", "复评": "複評", "委托": "委託", "存折": "存摺", "宣布": "宣佈", "尽快": "儘快",
    "并发": "併發", "心脏": "心臟", "恒大": "恒大", "批准": "批准", "抚恤": "撫卹", "散布": "散佈", "日志": "日誌", "本周": "本週",
    "每周": "每週", "水表": "水錶", "汇总": "彙總", "汇算": "彙算", "注册": "註冊", "注销": "註銷", "烟酒": "菸酒", "疏松": "疏鬆",
    "答复": "答覆", "签到": "簽到", "签发": "簽發", "签名": "簽名", "签注": "簽註", "签约": "簽約", "签订": "簽訂", "签证": "簽證",
    "系录": "係錄", "织里": "織里", "老板": "老闆", "联系": "聯繫", "肾脏": "腎臟", "若干": "若干", "莫干山": "莫干山", "谷电": "谷電",
    "这周": "這週", "邻里": "鄰里", "里程": "里程", "重复": "重複", "防台": "防颱",
}
# END S2T TABLE
S2T = {S2T_PAIRS[i]: S2T_PAIRS[i + 1] for i in range(0, len(S2T_PAIRS), 2)}
_PHRASE_RE = re.compile("|".join(sorted(map(re.escape, S2T_PHRASES), key=len, reverse=True))) if S2T_PHRASES else None


def to_trad(s: str) -> str:
    if _PHRASE_RE is not None:
        s = _PHRASE_RE.sub(lambda m: S2T_PHRASES[m.group(0)], s)
    out = "".join(S2T.get(ch, ch) for ch in s)
    assert len(out) == len(s)
    return out


# ---------------------------------------------------------------------------------------------
# identifier helpers
# ---------------------------------------------------------------------------------------------
def norm(s: str) -> str:
    """full-width -> ASCII, drop separators; used by validate() and the look-alike spoilers."""
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-·.]", "", s).upper()


def id_ok(s: str) -> bool:
    s = norm(s)
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17]


def luhn_ok(s: str) -> bool:
    s = norm(s)
    return s.isdigit() and str(luhn_digit(s[:-1])) == s[-1]


def uscc_check(s17: str) -> str:
    total = sum(USCC_AL.index(c) * w for c, w in zip(s17, W_USCC))
    return USCC_AL[(31 - total % 31) % 31]


def uscc_ok(s: str) -> bool:
    s = norm(s)
    return len(s) == 18 and all(c in USCC_AL for c in s) and uscc_check(s[:17]) == s[17]


def org_check(s8: str) -> str:
    def val(c):
        return int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(val(ch) * w for ch, w in zip(s8, W_ORG)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def spoil_digits(rng: random.Random, s: str) -> str:
    """Make a digit string that is no identifier: a 16-19 digit string fails Luhn, an 18-digit
    string fails the GB 11643 check."""
    digits = list(s)
    for _ in range(40):
        cand = "".join(digits)
        bad = True
        if cand.isdigit() and 16 <= len(cand) <= 19 and luhn_ok(cand):
            bad = False
        if len(cand) == 18 and cand[:17].isdigit() and id_ok(cand):
            bad = False
        if bad:
            return cand
        digits[-1] = str((int(digits[-1]) + 1 + rng.randrange(8)) % 10) if digits[-1].isdigit() else "0"
    raise AssertionError("could not spoil " + s)


def D(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------------------------------------
# pools
# ---------------------------------------------------------------------------------------------
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋杜叶程"
            "苏魏吕丁任沈姚卢姜崔谭陆汪金石廖贾夏韦方邹孟熊秦邱江尹薛段雷侯龙史陶贺顾毛郝龚邵万"
            "钱严武戴莫孔汤闵施褚臧俞费倪茅屠凌嵇楼章钮吉邬柏钟沈沈钱钱姚施费潘闵吴陆杨")
COMPOUND = ("欧阳", "司马", "诸葛", "上官", "慕容")
GIVEN_M = "伟强磊军洋勇杰涛明超刚华建国斌宇浩凯鹏晨峰辉鑫亮成新志海波宏文飞荣根宝福祥德仁义忠俊博泽航康顺兴旺炳柏桐水林平毅坤晓东昊天阳正卫民永锋诚"
GIVEN_F = "芳娜敏静丽艳娟秀霞平桂英玉萍红春梅琳婷颖欣怡佳雨欢兰凤琴燕金美慧倩莉蕾薇嘉子涵梓萱思雅诗语晴彤一宁安月菊珍娣妹素秋雯洁瑶璐"
PINYIN = dict(
    王="wang", 李="li", 张="zhang", 刘="liu", 陈="chen", 杨="yang", 黄="huang", 赵="zhao", 吴="wu", 周="zhou",
    徐="xu", 孙="sun", 马="ma", 朱="zhu", 胡="hu", 郭="guo", 何="he", 高="gao", 林="lin", 罗="luo", 郑="zheng",
    梁="liang", 谢="xie", 宋="song", 唐="tang", 许="xu", 韩="han", 冯="feng", 邓="deng", 曹="cao", 彭="peng",
    曾="zeng", 肖="xiao", 田="tian", 董="dong", 袁="yuan", 潘="pan", 蔡="cai", 蒋="jiang", 杜="du", 叶="ye",
    程="cheng", 苏="su", 魏="wei", 吕="lv", 丁="ding", 任="ren", 沈="shen", 姚="yao", 卢="lu", 姜="jiang",
    崔="cui", 谭="tan", 陆="lu", 汪="wang", 金="jin", 石="shi", 廖="liao", 贾="jia", 夏="xia", 韦="wei",
    方="fang", 邹="zou", 孟="meng", 熊="xiong", 秦="qin", 邱="qiu", 江="jiang", 尹="yin", 薛="xue", 段="duan",
    雷="lei", 侯="hou", 龙="long", 史="shi", 陶="tao", 贺="he", 顾="gu", 毛="mao", 郝="hao", 龚="gong",
    邵="shao", 万="wan", 钱="qian", 严="yan", 武="wu", 戴="dai", 莫="mo", 孔="kong", 汤="tang", 闵="min",
    施="shi", 褚="chu", 臧="zang", 俞="yu", 费="fei", 倪="ni", 茅="mao", 屠="tu", 凌="ling", 嵇="ji",
    楼="lou", 章="zhang", 钮="niu", 吉="ji", 邬="wu", 柏="bai", 钟="zhong", 欧阳="ouyang", 司马="sima",
    诸葛="zhuge", 上官="shangguan", 慕容="murong",
    伟="wei", 强="qiang", 磊="lei", 军="jun", 洋="yang", 勇="yong", 杰="jie", 涛="tao", 明="ming", 超="chao",
    刚="gang", 华="hua", 建="jian", 国="guo", 斌="bin", 宇="yu", 浩="hao", 凯="kai", 鹏="peng", 晨="chen",
    峰="feng", 辉="hui", 鑫="xin", 亮="liang", 成="cheng", 新="xin", 志="zhi", 海="hai", 波="bo", 宏="hong",
    文="wen", 飞="fei", 荣="rong", 根="gen", 宝="bao", 福="fu", 祥="xiang", 德="de", 仁="ren", 义="yi",
    忠="zhong", 俊="jun", 博="bo", 泽="ze", 航="hang", 康="kang", 顺="shun", 兴="xing", 旺="wang", 炳="bing",
    桐="tong", 水="shui", 平="ping", 毅="yi", 坤="kun", 晓="xiao", 东="dong", 昊="hao", 天="tian",
    阳="yang", 正="zheng", 卫="wei", 民="min", 永="yong", 锋="feng", 诚="cheng", 芳="fang", 娜="na",
    敏="min", 静="jing", 丽="li", 艳="yan", 娟="juan", 秀="xiu", 霞="xia", 桂="gui", 英="ying", 玉="yu",
    萍="ping", 红="hong", 春="chun", 梅="mei", 琳="lin", 婷="ting", 颖="ying", 欣="xin", 怡="yi", 佳="jia",
    雨="yu", 欢="huan", 兰="lan", 凤="feng", 琴="qin", 燕="yan", 美="mei", 慧="hui", 倩="qian", 莉="li",
    蕾="lei", 薇="wei", 嘉="jia", 子="zi", 涵="han", 梓="zi", 萱="xuan", 思="si", 雅="ya", 诗="shi", 语="yu",
    晴="qing", 彤="tong", 一="yi", 宁="ning", 安="an", 月="yue", 菊="ju", 珍="zhen", 娣="di", 妹="mei",
    素="su", 秋="qiu", 雯="wen", 洁="jie", 瑶="yao", 璐="lu",
)

# Huzhou: district -> (GB/T 2260 code, towns/streets, roads, landline prefixes)
HZ = {
    "吴兴区": ("330502", "爱山街道 飞英街道 月河街道 朝阳街道 龙泉街道 康山街道 仁皇山街道 滨湖街道 织里镇 八里店镇 埭溪镇 东林镇 妙西镇 道场乡",
              "红旗路 劳动路 人民路 凤凰路 青铜路 衣裳街 苕溪东路 环城东路 湖州大道 仁皇山路 龙溪北路 外环西路 二环东路 金盖山路 太湖路 北街 南街 长岗路 吉山路",
              "22 21 20 25 26"),
    "南浔区": ("330503", "南浔镇 练市镇 双林镇 菱湖镇 和孚镇 善琏镇 旧馆镇 千金镇 石淙镇 东迁街道 南林街道",
              "人瑞路 适园路 南浔大道 泰安路 朝阳路 嘉业路 兴业路 向阳路",
              "30 37 39 38"),
    "德清县": ("330521", "武康街道 舞阳街道 阜溪街道 下渚湖街道 乾元镇 新市镇 洛舍镇 钟管镇 禹越镇 新安镇 雷甸镇 莫干山镇",
              "英溪北路 永安街 千秋街 武源街 志远路 长虹东街 北湖西街 云岫南路",
              "84 88 80 86"),
    "长兴县": ("330522", "雉城街道 太湖街道 龙山街道 画溪街道 洪桥镇 李家巷镇 夹浦镇 林城镇 泗安镇 和平镇 水口乡 煤山镇 小浦镇",
              "雉州路 中央大道 明珠路 长兴大道 金陵路 龙山路 解放路 图影路",
              "62 60 63 66"),
    "安吉县": ("330523", "递铺街道 昌硕街道 灵峰街道 孝源街道 孝丰镇 天荒坪镇 梅溪镇 鄣吴镇 杭垓镇 报福镇 章村镇 天子湖镇 上墅乡 山川乡",
              "昌硕路 浦源大道 天目路 胜利西路 递铺路 阳光大道 灵峰大道 玉磬路",
              "52 51 53 55"),
}
for _k, _v in list(HZ.items()):
    HZ[_k] = (_v[0], _v[1].split(), _v[2].split(), _v[3].split())
HZ_DISTRICTS = list(HZ)
ESTATE_A = "东白鱼潭 西山漾 梅洲 华盛 龙溪港 凤凰 红丰 碧水 金色 百合 绿城 中梁 滨湖 仁皇 清华 爱山 苕溪 月河 青山 太湖 九龙 文昌 江南 荻港 浔溪 云溪 蓝天 阳光 锦绣 玉兰 桃源 瑞丰 恒大 翡翠 紫金".split()
ESTATE_B = "小区 花园 家园 新村 公寓 苑 府 名邸 一村 二村 雅苑 嘉园".split()
VILLAGE_A = "荻港 新塘 上店 高桥 东山 西庄 南庄 北漾 塘湾 沈家 钱家 陆家 吴家 长田 竹林 大溪 横山 杨家埠 石门 新丰 湖溪 金村 马家".split()
OUT_PROV = [
    ("安徽省", "阜阳市", "临泉县"), ("安徽省", "宣城市", "广德市"), ("河南省", "信阳市", "固始县"), ("江西省", "上饶市", "鄱阳县"),
    ("四川省", "达州市", "宣汉县"), ("贵州省", "毕节市", "七星关区"), ("江苏省", "无锡市", "宜兴市"), ("江苏省", "苏州市", "吴江区"),
    ("云南省", "昭通市", "镇雄县"), ("湖北省", "黄冈市", "蕲春县"), ("河南省", "周口市", "郸城县"), ("湖南省", "邵阳市", "隆回县"),
    ("甘肃省", "天水市", "秦安县"), ("山东省", "临沂市", "兰陵县"), ("广西壮族自治区", "桂林市", "全州县"),
]
ZJ_OTHER = [("杭州市", "西湖区", "文三路"), ("杭州市", "拱墅区", "湖墅南路"), ("嘉兴市", "桐乡市", "庆丰中路"), ("宁波市", "鄞州区", "天童南路"),
            ("绍兴市", "越城区", "解放北路"), ("温州市", "鹿城区", "人民中路")]
HOSPITALS = ["湖州市中心医院", "湖州市第一人民医院", "湖州市第三人民医院", "湖州市中医院", "湖州市妇幼保健院", "南浔区人民医院",
             "德清县人民医院", "长兴县人民医院", "安吉县人民医院", "吴兴区人民医院", "湖州市第九人民医院", "浙江大学医学院附属第一医院"]
WARDS = ["心内科", "内分泌科", "肾内科", "神经内科", "呼吸与危重症医学科", "肿瘤内科", "骨科", "普外科", "老年医学科", "感染科", "精神科", "妇产科", "儿科"]
CONDITIONS = {
    "chronic": ["高血压病3级", "高血压病2级（极高危）", "2型糖尿病", "2型糖尿病伴多个并发症", "冠状动脉粥样硬化性心脏病", "慢性心力衰竭（NYHA Ⅲ级）",
                "心房颤动", "慢性阻塞性肺疾病", "慢性肾脏病5期", "尿毒症（维持性血透）", "肝硬化失代偿期", "脑梗死后遗症", "帕金森病",
                "阿尔茨海默病", "类风湿关节炎", "骨质疏松症", "痛风性关节炎", "慢性乙型病毒性肝炎", "支气管哮喘"],
    "cancer": ["肺恶性肿瘤", "乳腺癌", "胃癌", "结肠癌", "肝细胞癌", "鼻咽癌", "急性髓系白血病", "宫颈癌", "甲状腺乳头状癌", "食管癌"],
    "psych": ["精神分裂症", "双相情感障碍", "抑郁症（中度）", "焦虑障碍", "癫痫", "孤独症谱系障碍"],
    "disab": ["肢体残疾三级", "视力残疾一级", "听力残疾二级", "智力残疾二级", "精神残疾二级", "言语残疾四级", "多重残疾一级"],
    "infect": ["肺结核", "活动性肺结核", "梅毒", "艾滋病病毒感染", "丙型病毒性肝炎", "手足口病", "流行性腮腺炎"],
    "acute": ["急性心肌梗死", "社区获得性肺炎", "急性阑尾炎", "股骨颈骨折", "脑出血", "急性胰腺炎", "重症肺炎"],
    "allergy": ["青霉素过敏", "头孢类药物过敏", "磺胺类药物过敏", "海鲜过敏"],
    "preg": ["妊娠期高血压", "妊娠期糖尿病", "瘢痕子宫", "前置胎盘", "妊娠合并甲状腺功能减退"],
    "tb": ["肺结核", "继发性肺结核", "结核性胸膜炎", "耐多药肺结核"],
    "diab": ["2型糖尿病", "1型糖尿病", "糖尿病肾病", "2型糖尿病伴周围神经病变"],
    "childdev": ["孤独症谱系障碍", "脑性瘫痪", "全面性发育迟缓", "唐氏综合征", "听力残疾二级"],
    "injury": ["右手示指末节离断伤", "右桡骨远端骨折", "腰椎压缩性骨折", "左胫腓骨开放性骨折", "颅脑外伤"],
    "child": ["先天性心脏病（室间隔缺损）", "热性惊厥", "川崎病", "早产儿（32周）", "苯丙酮尿症", "先天性甲状腺功能减低症"],
}
TRACE_STOPS = ["湖州站", "湖州东站", "湖州汽车总站", "爱山广场", "衣裳街", "南浔古镇", "湖州万达广场", "吾悦广场", "月河街区", "太湖旅游度假区",
               "湖州市中心医院", "长兴火车站", "安吉县汽车客运中心", "德清高铁站", "莫干山风景区", "织里童装城", "凤凰公园", "飞英塔",
               "红旗路公交站", "湖州师范学院东门", "市民广场", "仁皇山公园", "苕溪东路菜市场", "八里店服务区", "杭州东站", "上海虹桥站",
               "练市农贸市场", "双林镇卫生院", "菱湖汽车站", "吴兴高新区", "湖州银泰城", "小梅山公园", "龙之梦乐园", "安吉大竹海"]
BANKS = ["中国工商银行湖州分行", "中国建设银行湖州分行", "中国农业银行湖州分行", "湖州银行", "浙江农商联合银行", "中国银行湖州分行", "交通银行湖州分行", "邮储银行湖州市分行"]
BINS = ["622202", "622208", "621700", "622848", "621661", "622588", "620522", "623058", "621226", "622280", "625965", "621483", "623668", "622760"]
COMP_A = "湖州 浙江 长兴 安吉 德清 南浔 织里 太湖 吴兴 天能 莫干 苕溪 菰城 南太湖 大东吴 浔溪 竹乡 白茶".split()
COMP_B = "纺织 童装 物业 建材 电子 新能源 家居 竹木 茶业 物流 机械 科技 环保 建设 水务 燃气 餐饮 医药 农业 信息技术".split()
COMP_C = ["有限公司", "有限责任公司", "股份有限公司", "服装厂", "商行", "专业合作社"]
EMAIL_DOM = ["qq.com", "163.com", "126.com", "139.com", "sina.com", "hotmail.com", "outlook.com", "foxmail.com", "aliyun.com", "gmail.com"]
GOV_DOM = ["huzhou.gov.cn", "hzmz.gov.cn", "hzgjj.cn", "hzsmzj.gov.cn", "wuxing.gov.cn", "nanxun.gov.cn", "deqing.gov.cn", "zjcx.gov.cn", "anji.gov.cn"]
DOC_AG = ["浙政发", "浙政办发", "湖政发", "湖政办发", "湖政办函", "湖民发", "湖公通", "湖人社发", "湖卫健发", "湖建发", "湖财社", "吴政发",
          "浔政办发", "德政发", "长政办发", "安政发", "国办发", "浙民发", "湖数据发", "湖医保发", "湖住公积金发", "湖退役军人发", "湖统发"]
COURT = [("浙0502", "吴兴区人民法院"), ("浙0503", "南浔区人民法院"), ("浙0521", "德清县人民法院"), ("浙0522", "长兴县人民法院"),
         ("浙0523", "安吉县人民法院"), ("浙05", "湖州市中级人民法院")]
SVC = ["12345", "95598", "12329", "12366", "12333", "12315", "12348", "12320", "95566", "95588", "95533", "96345", "110", "120", "119",
       "400-826-8800", "400-103-1160", "800-820-8820", "400-0572-123", "95105105"]
VACCINES = ["乙肝疫苗", "卡介苗", "脊灰灭活疫苗", "百白破疫苗", "麻腮风疫苗", "乙脑减毒活疫苗", "A群流脑多糖疫苗", "甲肝减毒活疫苗", "水痘疫苗",
            "13价肺炎球菌多糖结合疫苗", "流感疫苗", "HPV疫苗（二价）"]
DRUGS = ["苯磺酸氨氯地平片", "二甲双胍缓释片", "阿托伐他汀钙片", "硫酸氢氯吡格雷片", "胰岛素注射液", "奥美拉唑肠溶胶囊", "阿司匹林肠溶片",
         "左甲状腺素钠片", "利培酮片", "碳酸钙D3片", "头孢克洛缓释片", "布洛芬混悬液"]


MOB_PREFIX = ([f"13{i}" for i in range(10)] * 3 + [f"15{i}" for i in "012356789"] * 2 + [f"18{i}" for i in range(10)] * 2
              + ["145", "147", "166", "173", "175", "176", "177", "178", "191", "193", "195", "198", "199"])


class Person:
    def __init__(self, rng: random.Random, age: str = "adult", sex: str | None = None, home: str = "hz"):
        self.rng = rng
        self.sex = sex or rng.choice("MF")
        lo, hi = {"adult": (1958, 2002), "young": (1988, 2003), "old": (1928, 1955), "mid": (1965, 1985),
                  "child": (2017, 2024), "teen": (2006, 2014), "any": (1940, 2005)}[age]
        y = rng.randint(lo, hi)
        self.dob = dt.date(y, 1, 1) + dt.timedelta(days=rng.randrange(365))
        if rng.random() < 0.04:
            sur = rng.choice(COMPOUND)
        else:
            sur = rng.choice(SURNAMES)
        pool = GIVEN_M if self.sex == "M" else GIVEN_F
        n = 1 if rng.random() < 0.28 else 2
        given = "".join(rng.choice(pool) for _ in range(n))
        while n == 2 and given[0] == given[1] and rng.random() < 0.7:
            given = "".join(rng.choice(pool) for _ in range(n))
        self.surname, self.given = sur, given
        self.name = sur + given
        self.home = home
        if home == "hz" or rng.random() < 0.5:
            dist = rng.choice(HZ_DISTRICTS)
            region = HZ[dist][0]
        else:
            region = rng.choice(["341221", "341882", "411525", "361128", "511722", "520502", "320282", "320509", "530627", "421126",
                                 "330106", "330483", "330204", "330602", "330302"])
        seq = rng.randrange(0, 500) * 2 + (1 if self.sex == "M" else 0)
        first = region + self.dob.strftime("%Y%m%d") + f"{seq:03d}"
        self.id = first + id_check(first)
        self.region = region
        self.mobile = rng.choice(MOB_PREFIX) + D(rng, 8)
        self.email = None
        self.addr = None

    @property
    def pinyin(self):
        sur = PINYIN.get(self.surname, "x")
        giv = "".join(PINYIN.get(c, "x") for c in self.given)
        return sur, giv


# ---------------------------------------------------------------------------------------------
# the document under construction
# ---------------------------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{([a-z][a-z0-9]*)(?:\.(\d+))?(?::([^{}]*))?\}")
CN_NUM = "〇一二三四五六七八九"


class Doc:
    def __init__(self, rng: random.Random, opts: dict):
        self.rng = rng
        self.opts = opts
        self.persons: dict[int, Person] = {}
        self.segs: list[tuple] = []
        self.year = rng.choice([2023, 2024, 2024, 2025, 2025])
        self.today = dt.date(self.year, 1, 1) + dt.timedelta(days=rng.randrange(0, 330))
        self.memo: dict = {}

    def person(self, i: int) -> Person:
        if i not in self.persons:
            ages = self.opts.get("ages", {})
            sexes = self.opts.get("sexes", {})
            homes = self.opts.get("homes", {})
            p = Person(self.rng, ages.get(i, ages.get(0, "adult")), sexes.get(i), homes.get(i, homes.get(0, "hz")))
            kin = self.opts.get("kin", {})
            if i in kin:                      # a child carries the parent's surname
                p.surname = self.person(kin[i]).surname
                p.name = p.surname + p.given
            self.persons[i] = p
        return self.persons[i]

    # low-level adders
    def t(self, s: str):
        if s:
            self.segs.append(("t", s))

    def e(self, typ: str, s: str):
        self.segs.append(("e", typ, s))

    def n(self, kind: str, s: str):
        self.segs.append(("n", kind, s))

    def r(self, text: str):
        """render a template string with {slot[.person][:arg]} placeholders"""
        pos = 0
        for m in SLOT_RE.finditer(text):
            self.t(text[pos:m.start()])
            name, idx, arg = m.group(1), m.group(2), m.group(3)
            fn = SLOTS.get(name)
            if fn is None:
                raise KeyError(f"unknown slot {name!r} in {text[:60]!r}")
            if getattr(fn, "personal", False):
                fn(self, arg, self.person(int(idx or 1)))
            else:
                fn(self, arg)
            pos = m.end()
        self.t(text[pos:])

    def pick(self, *xs):
        return self.rng.choice(xs)

    def date_in_year(self, back_days=300):
        return self.today - dt.timedelta(days=self.rng.randrange(0, back_days))


SLOTS: dict = {}


def slot(name, personal=False):
    def deco(fn):
        fn.personal = personal
        SLOTS[name] = fn
        return fn
    return deco


def _fw(rng, s, p=0.05):
    return fullwidth(s) if rng.random() < p else s


def fmt_date(d: dt.date, style: str) -> str:
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "iso":
        return d.isoformat()
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "num":
        return d.strftime("%Y%m%d")
    if style == "ym":
        return f"{d.year}年{d.month}月"
    if style == "ymd":
        return f"{d.year}-{d.month:02d}"
    if style == "han":
        def hn(n):
            if n < 10:
                return "一二三四五六七八九"[n - 1]
            if n == 10:
                return "十"
            if n < 20:
                return "十" + "一二三四五六七八九"[n - 11]
            return "一二三四五六七八九"[n // 10 - 1] + "十" + ("" if n % 10 == 0 else "一二三四五六七八九"[n % 10 - 1])
        return "".join(CN_NUM[int(c)] for c in str(d.year)) + "年" + hn(d.month) + "月" + hn(d.day) + "日"
    raise KeyError(style)


# ---- people ---------------------------------------------------------------------------------
@slot("nm", True)
def s_nm(doc, arg, p):
    name = p.name
    if arg == "sp" and len(name) == 2:
        name = name[0] + doc.pick(" ", "　", " ") + name[1]
    doc.e("PERSON", name)


@slot("nmpy", True)
def s_nmpy(doc, arg, p):
    sur, giv = p.pinyin
    style = arg or doc.pick("UP", "UP", "Cap", "West")
    if style == "UP":
        doc.e("PERSON", f"{sur.upper()} {giv.upper()}")
    elif style == "Cap":
        doc.e("PERSON", f"{sur.capitalize()} {giv.capitalize()}")
    else:
        doc.e("PERSON", f"{giv.capitalize()} {sur.capitalize()}")


@slot("sur", True)
def s_sur(doc, arg, p):
    doc.t(p.surname)          # 王女士 / 李某: a surname with an honorific is not a PERSON


@slot("sex", True)
def s_sex(doc, arg, p):
    doc.t("男" if p.sex == "M" else "女")


@slot("sexen", True)
def s_sexen(doc, arg, p):
    doc.t("M" if p.sex == "M" else "F")


@slot("age", True)
def s_age(doc, arg, p):
    a = doc.today.year - p.dob.year - ((doc.today.month, doc.today.day) < (p.dob.month, p.dob.day))
    doc.t(str(max(a, 0)))


@slot("eth", True)
def s_eth(doc, arg, p):
    doc.t(doc.rng.choice(["汉族"] * 12 + ["畲族", "回族", "土家族", "苗族"]))


def id_surface(rng, s, arg):
    if arg == "p":
        return s
    r = rng.random()
    if s.endswith("X") and r < 0.25:
        return s[:-1] + "x"
    if r < 0.06:
        return fullwidth(s)
    if r < 0.10:
        return f"{s[:6]} {s[6:14]} {s[14:]}"
    if r < 0.12:
        return f"{s[:6]}-{s[6:14]}-{s[14:]}"
    return s


@slot("id", True)
def s_id(doc, arg, p):
    doc.e("CN_RESIDENT_ID", id_surface(doc.rng, p.id, arg))


@slot("id15", True)
def s_id15(doc, arg, p):
    doc.e("CN_RESIDENT_ID", p.region + p.dob.strftime("%y%m%d") + p.id[14:17])


@slot("ss", True)
def s_ss(doc, arg, p):
    doc.e("CN_SOCIAL_SECURITY", id_surface(doc.rng, p.id, arg))


@slot("sscard", True)
def s_sscard(doc, arg, p):
    key = ("sscard", id(p))
    if key not in doc.memo:
        doc.memo[key] = doc.rng.choice("ABDHJKLM") + D(doc.rng, 8)
    doc.e("CN_SOCIAL_SECURITY", doc.memo[key])


def mobile_surface(rng, m, arg):
    if arg == "p":
        return m
    r = rng.random()
    if r < 0.55:
        return m
    if r < 0.65:
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if r < 0.72:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if r < 0.80:
        return "+86 " + m
    if r < 0.84:
        return "+86" + m
    if r < 0.87:
        return f"+86-{m[:3]}-{m[3:7]}-{m[7:]}"
    if r < 0.90:
        return "+86 " + f"{m[:3]} {m[3:7]} {m[7:]}"
    if r < 0.96:
        return fullwidth(m)
    return f"{m[:3]}{m[3:7]} {m[7:]}"


@slot("mob", True)
def s_mob(doc, arg, p):
    doc.e("CN_MOBILE", mobile_surface(doc.rng, p.mobile, arg))


@slot("mobx")
def s_mobx(doc, arg):
    """a mobile of somebody not otherwise in the document (a courier, a driver, a caller)"""
    doc.e("CN_MOBILE", mobile_surface(doc.rng, doc.rng.choice(MOB_PREFIX) + D(doc.rng, 8), arg))


def landline(rng, arg=None):
    kind = arg or rng.choice(["hz"] * 7 + ["hzc", "hz8", "hgz", "bj"])
    if kind in ("hz", "hzc"):
        dist = rng.choice(HZ_DISTRICTS)
        area, num = "0572", rng.choice(HZ[dist][3]) + D(rng, 5)
    elif kind == "hz8":
        area, num = "0572", rng.choice(["22", "21", "23"]) + D(rng, 5)
    elif kind == "hgz":
        area, num = "0571", rng.choice("5678") + D(rng, 7)
    else:
        area, num = "010", rng.choice("568") + D(rng, 7)
    style = rng.random()
    if style < 0.5:
        s = f"{area}-{num}"
    elif style < 0.62:
        s = f"{area} {num}"
    elif style < 0.72:
        s = f"({area}){num}"
    elif style < 0.80:
        s = f"（{area}）{num}"
    elif style < 0.90:
        s = area + num
    elif style < 0.95:
        s = f"{area}—{num}"
    else:
        s = fullwidth(f"{area}-{num}")
    if kind == "hzc" or (arg == "ext") or rng.random() < 0.12:
        ext = D(rng, rng.choice([2, 3, 4]))
        s += rng.choice([f"转{ext}", f"-{ext}", f" ext. {ext}", f"分机{ext}", f" 转 {ext}", f"转{ext}"])
    return s


@slot("tel")
def s_tel(doc, arg):
    doc.e("CN_LANDLINE", landline(doc.rng, arg))


@slot("mail", True)
def s_mail(doc, arg, p):
    if p.email is None:
        rng = doc.rng
        sur, giv = p.pinyin
        r = rng.random()
        if r < 0.3:
            local = D(rng, 1).replace("0", "3") + D(rng, rng.randint(7, 9))
            dom = "qq.com"
        elif r < 0.6:
            local = sur + giv + rng.choice(["", str(p.dob.year), str(p.dob.year)[2:], D(rng, 3)])
            dom = rng.choice(EMAIL_DOM)
        elif r < 0.8:
            local = giv[0] + rng.choice(["", "_", "."]) + sur + D(rng, 2)
            dom = rng.choice(EMAIL_DOM)
        else:
            local = sur + "." + giv
            dom = rng.choice(EMAIL_DOM + ["hzu.edu.cn", "zjhu.edu.cn"])
        p.email = f"{local}@{dom}"
    doc.e("EMAIL_ADDRESS", p.email)


@slot("omail")
def s_omail(doc, arg):
    rng = doc.rng
    local = rng.choice(["bgs", "xxzx", "sjglzx", "mzj_bgs", "gjjzx", "hzrsj", "zwfw", "tjj", "sfj_gzc", "zyb", "fwzx", "xfb",
                        "hzdsj", "jdgl", "office", "service", "hzsw_kf"]) + rng.choice(["", "", str(rng.randint(1, 99))])
    doc.e("EMAIL_ADDRESS", f"{local}@{rng.choice(GOV_DOM + ['163.com', '126.com'])}")


@slot("ip")
def s_ip(doc, arg):
    rng = doc.rng
    kind = arg or rng.choice(["in10", "in192", "in172", "pub", "pub"])
    if kind == "in10":
        ip = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    elif kind == "in192":
        ip = f"192.168.{rng.randint(0, 30)}.{rng.randint(2, 254)}"
    elif kind == "in172":
        ip = f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    else:
        a = rng.choice(["115.236", "60.190", "223.93", "122.224", "218.108", "36.22", "112.17", "39.170", "183.129", "101.68"])
        ip = f"{a}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    doc.e("IP_ADDRESS", ip)


@slot("pp", True)
def s_pp(doc, arg, p):
    key = ("pp", id(p))
    if key not in doc.memo:
        rng = doc.rng
        r = rng.random()
        if r < 0.55:
            v = "E" + D(rng, 8)
        elif r < 0.85:
            v = "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") + D(rng, 7)
        else:
            v = "G" + D(rng, 8)
        doc.memo[key] = v
    doc.e("CN_PASSPORT", doc.memo[key])


@slot("hk", True)
def s_hk(doc, arg, p):
    key = ("hk", id(p))
    if key not in doc.memo:
        rng = doc.rng
        doc.memo[key] = "C" + (D(rng, 8) if rng.random() < 0.5 else rng.choice("ABCDEFGHJKLMNPQRSTUVWXY") + D(rng, 7))
    doc.e("CN_HK_MACAO_PERMIT", doc.memo[key])


PLATE_AL = "ABCDEFGHJKLMNPQRSTUVWXYZ"


@slot("plate", True)
def s_plate(doc, arg, p):
    key = ("plate", id(p))
    rng = doc.rng
    if key not in doc.memo:
        prov = "浙" if rng.random() < 0.85 else rng.choice("苏皖沪赣豫")
        city = "E" if prov == "浙" and rng.random() < 0.8 else rng.choice("ABCDEFGH")
        if rng.random() < 0.25:
            body = rng.choice("DF") + D(rng, 5) if rng.random() < 0.7 else rng.choice("DF") + rng.choice(PLATE_AL) + D(rng, 4)
        else:
            chars = [rng.choice("0123456789") for _ in range(5)]
            for k in rng.sample(range(5), rng.choice([0, 1, 1, 2])):
                chars[k] = rng.choice(PLATE_AL)
            body = "".join(chars)
        doc.memo[key] = (prov + city, body)
    head, body = doc.memo[key]
    sep = rng.choice(["", "", "", "·", " ", "•"]) if arg != "p" else ""
    doc.e("CN_LICENSE_PLATE", head + sep + body)


def bank_number(rng):
    while True:
        s = _bank_number(rng)
        if not (len(s) == 18 and id_ok(s)):
            return s


def _bank_number(rng):
    r = rng.random()
    if r < 0.85:
        bin_ = rng.choice(BINS)
        length = rng.choice([16, 19, 19, 19, 17, 18])
    elif r < 0.93:
        bin_, length = "4" + D(rng, 5), 16
    else:
        bin_, length = rng.choice(["51", "52", "55"]) + D(rng, 4), 16
    body = bin_ + D(rng, length - len(bin_) - 1)
    return body + str(luhn_digit(body))


def bank_surface(rng, s, arg):
    if arg == "p":
        return s
    r = rng.random()
    if r < 0.6:
        return s
    if r < 0.85:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if r < 0.92:
        return "-".join(s[i:i + 4] for i in range(0, len(s), 4))
    return fullwidth(s)


@slot("bank", True)
def s_bank(doc, arg, p):
    key = ("bank", id(p))
    if key not in doc.memo:
        doc.memo[key] = bank_number(doc.rng)
    doc.e("BANK_CARD", bank_surface(doc.rng, doc.memo[key], arg))


@slot("mr", True)
def s_mr(doc, arg, p):
    rng = doc.rng
    kind = arg or rng.choice(["zy", "bl", "mz", "yb", "ba"])
    key = ("mr", kind, id(p))
    if key not in doc.memo:
        y = str(doc.year)
        doc.memo[key] = {
            "zy": rng.choice([y + D(rng, 6), "ZY" + y[2:] + D(rng, 6), D(rng, 8)]),
            "bl": rng.choice(["BL" + y + D(rng, 6), D(rng, 10), "HZ" + D(rng, 9)]),
            "mz": rng.choice(["MZ" + y[2:] + D(rng, 7), D(rng, 12), "0000" + D(rng, 8)]),
            "yb": rng.choice(["3305" + D(rng, 10), "ZJ" + D(rng, 12), "330500" + D(rng, 9)]),
            "ba": rng.choice([D(rng, 7), "A" + D(rng, 7), D(rng, 6)]),
        }[kind]
    doc.e("CN_MEDICAL_RECORD", doc.memo[key])


@slot("dob", True)
def s_dob(doc, arg, p):
    style = arg or doc.rng.choice(["cn", "cn", "iso", "iso", "dot", "slash", "num", "cn0", "ym"])
    doc.e("DATE_OF_BIRTH", fmt_date(p.dob, style))


# ---- addresses ------------------------------------------------------------------------------
def hz_address(rng, style=None, dist=None):
    dist = dist or rng.choice(HZ_DISTRICTS)
    code, towns, roads, _ = HZ[dist]
    town = rng.choice(towns)
    style = style or rng.choice(["estate", "estate", "estate", "road", "rural", "rural"])
    prefix = rng.choice(["浙江省湖州市", "湖州市", "湖州市", "", "浙江省湖州市", "湖州"])
    if prefix == "湖州" and rng.random() < 0.5:
        prefix = "湖州市"
    town_part = town if (rng.random() < 0.6 or style == "rural") else ""
    if style == "estate":
        estate = rng.choice(ESTATE_A) + rng.choice(ESTATE_B)
        road = rng.choice(roads) + f"{rng.randint(1, 999)}号" if rng.random() < 0.5 else ""
        unit = rng.choice([f"{rng.randint(1, 40)}幢{rng.randint(1, 4)}单元{rng.randint(1, 28)}0{rng.randint(1, 4)}室",
                           f"{rng.randint(1, 40)}幢{rng.randint(1, 18)}0{rng.randint(1, 6)}室",
                           f"{rng.randint(1, 40)}-{rng.randint(1, 4)}-{rng.randint(1, 18)}0{rng.randint(1, 4)}室",
                           f"{rng.randint(1, 40)}号楼{rng.randint(1, 3)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室"])
        return prefix + dist + town_part + road + estate + unit
    if style == "road":
        tail = rng.choice([f"{rng.randint(1, 999)}号", f"{rng.randint(1, 400)}号{rng.randint(1, 6)}0{rng.randint(1, 4)}室",
                           f"{rng.randint(1, 99)}弄{rng.randint(1, 40)}号"])
        return prefix + dist + town_part + rng.choice(roads) + tail
    vil = rng.choice(VILLAGE_A)
    tail = rng.choice([f"{vil}村{rng.choice(VILLAGE_A)}组{rng.randint(1, 120)}号", f"{vil}村{rng.randint(1, 16)}组",
                       f"{vil}村{rng.choice(VILLAGE_A)}自然村{rng.randint(1, 99)}号", f"{vil}村{rng.randint(1, 99)}号"])
    return prefix + dist + town + tail


def out_address(rng, bare=False):
    if rng.random() < 0.3:
        city, dist, road = rng.choice(ZJ_OTHER)
        if bare:
            return "浙江省" + city + dist
        return rng.choice(["浙江省", ""]) + city + dist + road + f"{rng.randint(1, 600)}号" + rng.choice(["", f"{rng.randint(1, 30)}幢{rng.randint(1, 25)}0{rng.randint(1, 4)}室"])
    prov, city, county = rng.choice(OUT_PROV)
    if bare:
        return prov + city + county
    town = rng.choice(["城关镇", "新集镇", "白马镇", "杨桥镇", "黄岗镇", "龙山镇", "高庙乡", "三河镇"])
    return prov + city + county + town + rng.choice(VILLAGE_A) + "村" + rng.choice([f"{rng.randint(1, 20)}组{rng.randint(1, 80)}号", f"{rng.randint(1, 12)}组"])


@slot("addr", True)
def s_addr(doc, arg, p):
    rng = doc.rng
    if arg in ("div", "hzdiv"):          # bare division, only ever placed after an address cue
        if arg == "hzdiv" or (p.home == "hz" and rng.random() < 0.7):
            dist = rng.choice(HZ_DISTRICTS)
            v = rng.choice(["湖州市" + dist, "浙江省湖州市" + dist, dist + rng.choice(HZ[dist][1]), "湖州市" + dist + rng.choice(HZ[dist][1])])
        else:
            v = out_address(rng, bare=True)
        doc.e("CN_ADDRESS", v)
        return
    if arg == "out" or (arg is None and p.home == "out"):
        doc.e("CN_ADDRESS", out_address(rng))
        return
    key = ("addr", id(p))
    if arg in ("estate", "road", "rural"):
        doc.e("CN_ADDRESS", hz_address(rng, arg))
        return
    if arg == "new" or key not in doc.memo:
        v = hz_address(rng)
        if arg == "new":
            doc.e("CN_ADDRESS", v)
            return
        doc.memo[key] = v
    doc.e("CN_ADDRESS", doc.memo[key])


@slot("oaddr")
def s_oaddr(doc, arg):
    """an office's street address, written out in full after 地址"""
    rng = doc.rng
    dist = rng.choice(HZ_DISTRICTS)
    v = rng.choice(["湖州市", "浙江省湖州市", ""]) + dist + rng.choice(HZ[dist][2]) + f"{rng.randint(1, 999)}号"
    doc.e("CN_ADDRESS", v)


# ---- sensitive attributes -------------------------------------------------------------------
@slot("hi", True)
def s_hi(doc, arg, p):
    rng = doc.rng
    cats = (arg or "chronic,chronic,cancer,acute").split(",")
    key = ("hi", arg, id(p))
    if key not in doc.memo:
        doc.memo[key] = rng.choice(CONDITIONS[rng.choice(cats)])
    doc.e("HEALTH_INFO", doc.memo[key])


@slot("hix", True)
def s_hix(doc, arg, p):
    """a second, different condition of the same person"""
    rng = doc.rng
    cats = (arg or "chronic").split(",")
    prev = {v for k, v in doc.memo.items() if isinstance(k, tuple) and k[0] == "hi" and k[2] == id(p)}
    for _ in range(20):
        v = rng.choice(CONDITIONS[rng.choice(cats)])
        if v not in prev:
            break
    doc.e("HEALTH_INFO", v)


def money(rng, lo, hi, style=None, decimals=None):
    v = rng.uniform(lo, hi)
    if decimals is None:
        decimals = rng.choice([0, 0, 2, 2, 2]) if v < 100000 else rng.choice([0, 2])
    style = style or rng.choice(["yuan", "yuan", "yuan_c", "yuan_c", "sign", "fsign", "wan"] if v >= 10000 else ["yuan", "yuan_c", "sign", "fsign"])
    if style == "wan" and v >= 10000:
        w = v / 10000
        return f"{w:.{rng.choice([0, 1, 2])}f}万元".replace(".0万", "万") if rng.random() < 0.5 else f"{round(w)}万元"
    if style == "wan":
        style = "yuan"
    if style == "bare":
        return f"{v:.2f}"
    num = f"{v:,.{decimals}f}" if style in ("yuan_c", "sign", "fsign") else f"{v:.{decimals}f}"
    if style == "yuan" or style == "yuan_c":
        return num + "元"
    if style == "sign":
        return "¥" + num
    return "￥" + num


FIN_RANGES = {"bal": (2000, 260000), "month": (800, 9800), "loan": (150000, 1200000), "price": (380000, 3600000),
              "small": (20, 1500), "dep": (5000, 800000), "pension": (1200, 7800), "income": (30000, 360000),
              "debt": (3000, 500000), "aid": (300, 3000), "med": (800, 160000), "allow": (18000, 62000)}


@slot("fin", True)
def s_fin(doc, arg, p):
    rng = doc.rng
    arg, _, tag = (arg or "bal").partition("@")
    kind, _, style = arg.partition("/")
    lo, hi = FIN_RANGES[kind]
    if tag:                       # the same amount written twice in one document
        key = ("fin", tag, id(p))
        if key not in doc.memo:
            doc.memo[key] = money(rng, lo, hi, style or None)
        doc.e("FINANCIAL_INFO", doc.memo[key])
        return
    doc.e("FINANCIAL_INFO", money(rng, lo, hi, style or None))


def trace_text(rng, n=None, style=None):
    n = n or rng.randint(2, 5)
    stops = rng.sample(TRACE_STOPS, n)
    style = style or rng.choice(["arrow", "arrow2", "times", "dash", "timesb"])
    h, m = rng.randint(6, 19), rng.randint(0, 59)
    parts = []
    for i, s in enumerate(stops):
        tm = f"{h:02d}:{m:02d}"
        m += rng.randint(12, 95)
        h += m // 60
        m %= 60
        h = min(h, 23)
        if style in ("times", "timesb") and i < n - 1:
            parts.append(f"{s}（{tm}）" if style == "times" else f"{s}({tm})")
        else:
            parts.append(s)
    sep = {"arrow": "→", "arrow2": " → ", "times": "→", "dash": "—", "timesb": "->"}[style]
    return sep.join(parts)


@slot("trace", True)
def s_trace(doc, arg, p):
    doc.e("LOCATION_TRACE", trace_text(doc.rng, int(arg) if arg else None))


@slot("uscc")
def s_uscc(doc, arg):
    doc.e("CN_USCC", make_uscc(doc.rng, arg))


def make_uscc(rng, kind=None):
    kind = kind or rng.choice(["91", "91", "91", "92", "93", "12", "52", "11"])
    region = rng.choice([v[0] for v in HZ.values()] + ["330500", "330000"])
    org8 = D(rng, 8) if rng.random() < 0.7 else rng.choice("MPQ") + rng.choice("A123") + D(rng, 6)
    org = org8 + org_check(org8) if org8.isdigit() else org8 + rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY")
    first = kind + region + org
    return first + uscc_check(first)


# ---- plain (unlabelled) fillers --------------------------------------------------------------
@slot("alt")
def s_alt(doc, arg):
    doc.t(doc.rng.choice(arg.split("|")))


@slot("org")
def s_org(doc, arg):
    rng = doc.rng
    doc.t(rng.choice(COMP_A) + rng.choice(COMP_B) + rng.choice(COMP_C))


@slot("hosp")
def s_hosp(doc, arg):
    doc.t(doc.rng.choice(HOSPITALS))


@slot("ward")
def s_ward(doc, arg):
    doc.t(doc.rng.choice(WARDS))


@slot("drug")
def s_drug(doc, arg):
    doc.t(doc.rng.choice(DRUGS))


@slot("vac")
def s_vac(doc, arg):
    doc.t(doc.rng.choice(VACCINES))


@slot("bankname")
def s_bankname(doc, arg):
    doc.t(doc.rng.choice(BANKS))


@slot("dist")
def s_dist(doc, arg):
    doc.t(doc.memo.setdefault("dist", doc.rng.choice(HZ_DISTRICTS)))


@slot("town")
def s_town(doc, arg):
    d = doc.memo.setdefault("dist", doc.rng.choice(HZ_DISTRICTS))
    doc.t(doc.memo.setdefault("town", doc.rng.choice(HZ[d][1])))


@slot("vil")
def s_vil(doc, arg):
    doc.t(doc.memo.setdefault("vil", doc.rng.choice(VILLAGE_A)) + "村")


@slot("comm")
def s_comm(doc, arg):
    doc.t(doc.memo.setdefault("comm", doc.rng.choice(ESTATE_A)) + "社区")


@slot("num")
def s_num(doc, arg):
    lo, hi = (int(x) for x in (arg or "1-99").split("-"))
    doc.t(str(doc.rng.randint(lo, hi)))


@slot("pct")
def s_pct(doc, arg):
    doc.t(f"{doc.rng.uniform(0.5, 99):.1f}%")


@slot("yr")
def s_yr(doc, arg):
    doc.t(str(doc.year + int(arg or 0)))


@slot("d")
def s_d(doc, arg):
    """an unlabelled date within the document's year"""
    doc.t(fmt_date(doc.date_in_year(), arg or "cn"))


@slot("tm")
def s_tm(doc, arg):
    doc.t(f"{doc.rng.randint(7, 21):02d}:{doc.rng.randint(0, 59):02d}")


@slot("code")
def s_code(doc, arg):
    """short internal code, no identifier shape (e.g. 窗口号, 床号)"""
    doc.t(arg.replace("#", "") + str(doc.rng.randint(1, 60)) if arg else str(doc.rng.randint(1, 60)))


# ---- hard negatives --------------------------------------------------------------------------
@slot("docno")
def s_docno(doc, arg):
    rng = doc.rng
    ag = arg or rng.choice(DOC_AG)
    y = rng.randint(2015, doc.year)
    n = rng.randint(1, 180)
    form = rng.choice([f"{ag}〔{y}〕{n}号", f"{ag}〔{y}〕{n}号", f"{ag}[{y}]{n}号", f"{ag}（{y}）{n}号", f"{ag}〔{y}〕第{n}号", f"{ag}〔{y}〕{n:03d}号"])
    doc.n("doc_number", form)


@slot("caseno")
def s_caseno(doc, arg):
    rng = doc.rng
    code, _ = rng.choice(COURT)
    typ = arg or rng.choice(["民初", "民初", "民终", "执", "执保", "刑初", "行初", "民特", "破", "执恢"])
    y = rng.randint(doc.year - 2, doc.year)
    lp, rp = rng.choice([("（", "）"), ("(", ")"), ("（", "）")])
    doc.n("case_number", f"{lp}{y}{rp}{code}{typ}{rng.randint(1, 9999)}号")


@slot("notano")
def s_notano(doc, arg):
    rng = doc.rng
    y = rng.randint(doc.year - 1, doc.year)
    doc.n("notary_number", rng.choice([f"（{y}）浙湖南证民字第{rng.randint(1, 9999)}号", f"（{y}）浙湖证经字第{rng.randint(1, 3000)}号",
                                       f"（{y}）浙德证民字第{rng.randint(1, 3000)}号", f"（{y}）浙长证内字第{rng.randint(1, 3000)}号"]))


@slot("orderno")
def s_orderno(doc, arg):
    rng = doc.rng
    ds = doc.date_in_year().strftime("%Y%m%d")
    form = rng.choice(["DD" + ds + D(rng, 8), ds + D(rng, 6), "HZ" + ds[2:] + D(rng, 7), rng.choice(["10", "11", "12"]) + D(rng, 9),
                       "GD" + ds + D(rng, 4), ds + D(rng, 10), "T" + ds + D(rng, 9)])
    if form.isdigit():
        form = spoil_digits(rng, form)
    doc.n(arg or "order_number", form)


@slot("invno")
def s_invno(doc, arg):
    rng = doc.rng
    kind = arg or rng.choice(["no", "code", "e"])
    if kind == "no":
        v = D(rng, 8)
    elif kind == "code":
        v = "0" + rng.choice(["33", "44", "31"]) + "0" + D(rng, 8)
    else:
        v = spoil_digits(rng, str(doc.year)[2:] + "33" + "2000000" + D(rng, 9))
    doc.n("invoice_number", v)


@slot("contractno")
def s_contractno(doc, arg):
    rng = doc.rng
    y = doc.year
    doc.n("contract_number", rng.choice([f"HT-HZ-{y}-{rng.randint(1, 9999):04d}", f"湖公积金贷字〔{y}〕第{rng.randint(1, 9999)}号",
                                         f"ZFGJJ{y}-{rng.randint(1, 99999):05d}", f"HZSW-{y}{rng.randint(1, 12):02d}-{rng.randint(1, 999):03d}",
                                         f"GD{y}{D(rng, 6)}", f"浙湖房网签{y}{D(rng, 6)}"]))


@slot("tenderno")
def s_tenderno(doc, arg):
    rng = doc.rng
    y = doc.year
    doc.n("tender_number", rng.choice([f"HZCG-{y}-G{rng.randint(1, 999):04d}", f"ZJ-HZ-{y}-{rng.randint(1, 300):03d}",
                                       f"HZZFCG{y}{rng.randint(1, 9999):04d}", f"CZ{y}-{rng.randint(1, 99):02d}-{rng.randint(1, 999):03d}",
                                       f"湖公资交〔{y}〕{rng.randint(1, 300)}号"]))


@slot("amt")
def s_amt(doc, arg):
    rng = doc.rng
    kind = arg or rng.choice(["wan", "yi", "yuan", "fee"])
    if kind == "wan":
        v = f"{10 ** rng.uniform(1, 4.3):,.{rng.choice([0, 1, 2])}f}万元"
    elif kind == "yi":
        v = f"{10 ** rng.uniform(0, 3.2):.{rng.choice([1, 2])}f}亿元"
    elif kind == "percap":
        v = f"{rng.randint(48000, 82000)}元"
    elif kind == "small":
        v = f"{rng.randint(50, 9000):,}元"
    elif kind == "fee":
        v = rng.choice(["20元", "10元", "5元", "40元", "80元", "200元", "15元", "50元", "100元", "120元", "2元"])
    elif kind == "fine":
        v = rng.choice(["50元", "100元", "150元", "200元", "500元", "1000元", "2000元", "200元"])
    else:
        v = rng.choice(["¥", "￥", ""]) + f"{10 ** rng.uniform(2.5, 6.4):,.2f}"
        if not v.startswith(("¥", "￥")):
            v += "元"
    doc.n("amount", v)


@slot("ndate")
def s_ndate(doc, arg):
    arg = arg or ""
    if arg.startswith("+") and "last_date" in doc.memo:
        d = doc.memo["last_date"] + dt.timedelta(days=doc.rng.randint(5, 40))
        arg = arg[1:]
    else:
        d = doc.date_in_year()
        arg = arg.lstrip("+")
    doc.memo["last_date"] = d
    doc.n("date", fmt_date(d, arg or doc.rng.choice(["cn", "cn", "iso", "dot", "cn0", "slash"])))


@slot("zip")
def s_zip(doc, arg):
    doc.n("postcode", doc.rng.choice(["313000", "313000", "313100", "313200", "313300", "313009", "313012", "313013", "313001", "313099", "310000"]))


@slot("ver")
def s_ver(doc, arg):
    rng = doc.rng
    doc.n("version", rng.choice([f"V{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 40)}",
                                 f"v{rng.randint(1, 6)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}.{rng.randint(100, 9999)}",
                                 f"{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(1, 250)}",
                                 f"V{rng.randint(1, 5)}.{rng.randint(0, 9)}R{rng.randint(1, 30):03d}", f"1.8.0_{rng.randint(100, 400)}"]))


@slot("oid")
def s_oid(doc, arg):
    rng = doc.rng
    doc.n("oid", rng.choice(["1.2.156.10197.1.301", "1.2.156.10197.1.501", "1.2.840.113549.1.1.11", "2.16.156.339.1.1.2",
                             f"2.16.156.{rng.randint(100, 999)}.{rng.randint(1, 9)}.{rng.randint(1, 99)}", "1.3.6.1.4.1.2011.5.25.31.1.1.1.1.5",
                             f"1.2.156.112{rng.randint(100, 999)}.{rng.randint(1, 9)}.{rng.randint(1, 30)}"]))


@slot("sn")
def s_sn(doc, arg):
    rng = doc.rng
    ds = doc.date_in_year().strftime("%Y%m%d")
    v = rng.choice(["SN" + D(rng, 2) + rng.choice(PLATE_AL) + D(rng, 9), f"H3C-{D(rng, 4)}-{D(rng, 5)}", ds + D(rng, 11), "3305" + ds[2:] + D(rng, 8),
                    ds[2:] + D(rng, 12), D(rng, 18), "ZJHZ" + D(rng, 14), f"{rng.choice(PLATE_AL)}{D(rng, 3)}-{D(rng, 6)}-{D(rng, 2)}"])
    if v.isdigit():
        v = spoil_digits(rng, v)
    doc.n("serial_number", v)


@slot("idbad", True)
def s_idbad(doc, arg, p):
    doc.n("id_lookalike", bad_id(doc.rng, p.id))


def bad_id(rng, good):
    """same 17 digits, a wrong check character (and, being 18 digits, no valid Luhn either)"""
    for _ in range(50):
        bad = good[:17] + rng_other(rng, good[17], "0123456789X")
        if not luhn_ok(bad):
            return bad
    raise AssertionError(good)


def rng_other(rng, c, alphabet):
    return rng.choice([a for a in alphabet if a != c])


@slot("idbadx")
def s_idbadx(doc, arg):
    """an 18-digit number shaped like an ID whose check digit is wrong (not tied to anyone)"""
    p = Person(doc.rng, "any")
    doc.n("id_lookalike", bad_id(doc.rng, p.id))


@slot("mobbad")
def s_mobbad(doc, arg):
    """a mobile number with a digit missing or one too many (data-quality examples)"""
    m = doc.rng.choice(MOB_PREFIX) + D(doc.rng, 8)
    doc.n("mobile_lookalike", m[:-1] if doc.rng.random() < 0.6 else m + D(doc.rng, 1))


@slot("bankbad")
def s_bankbad(doc, arg):
    while True:
        good = bank_number(doc.rng)
        bad = good[:-1] + rng_other(doc.rng, good[-1], "0123456789")
        if not (len(bad) == 18 and id_ok(bad)):
            break
    doc.n("bank_lookalike", bank_surface(doc.rng, bad, arg))


@slot("usccbad")
def s_usccbad(doc, arg):
    while True:
        good = make_uscc(doc.rng, arg)
        bad = good[:-1] + rng_other(doc.rng, good[-1], USCC_AL)
        if not (bad.isdigit() and (luhn_ok(bad) or id_ok(bad))):
            break
    doc.n("uscc_lookalike", bad)


@slot("svc")
def s_svc(doc, arg):
    doc.n("service_number", arg if arg else doc.rng.choice(SVC))


@slot("dev")
def s_dev(doc, arg):
    rng = doc.rng
    doc.n("device_code", rng.choice([f"HZ-CAM-{rng.choice(['WX', 'NX', 'DQ', 'CX', 'AJ'])}-{rng.randint(1, 9999):04d}", f"JZQ-{rng.choice(list(HZ.values()))[0]}-{rng.randint(1, 999):04d}",
                                     f"DTU{D(rng, 10)}", f"GW-{rng.choice(PLATE_AL)}{D(rng, 2)}-{D(rng, 4)}", f"AP-{D(rng, 2)}F-{D(rng, 3)}",
                                     f"{rng.choice(['ZTE', 'HW', 'HIK'])}{D(rng, 6)}{rng.choice(PLATE_AL)}{D(rng, 2)}"]))


@slot("meter")
def s_meter(doc, arg):
    rng = doc.rng
    doc.n("device_code", rng.choice(["33" + D(rng, 11), "0" + D(rng, 11), f"WM{D(rng, 10)}", f"{D(rng, 4)}-{D(rng, 6)}", "GQ" + D(rng, 9)]))


@slot("asset")
def s_asset(doc, arg):
    rng = doc.rng
    doc.n("asset_code", rng.choice([f"ZC-{rng.randint(2015, doc.year)}-{rng.randint(1, 99999):06d}", f"HZDSJ-{rng.randint(2016, doc.year)}-{rng.randint(1, 999):04d}",
                                    f"GZ{rng.randint(2015, doc.year)}{D(rng, 6)}", f"{rng.choice(['A', 'B', 'C'])}{D(rng, 2)}-{D(rng, 5)}"]))


@slot("stat")
def s_stat(doc, arg):
    rng = doc.rng
    kind, _, unit = (arg or rng.choice(["pct", "pct", "count", "wanren", "pp"])).partition("/")
    if kind == "count" and _:
        v = f"{rng.randint(120, 98000):,}" + unit
    elif kind == "pct":
        v = f"{rng.uniform(0.1, 15):.1f}%"
    elif kind == "count":
        v = f"{rng.randint(120, 98000):,}" + rng.choice(["户", "人", "件", "人次", "家", "条", "个"])
    elif kind == "wanren":
        v = f"{rng.uniform(0.2, 345):.2f}万人" + ("次" if unit == "次" else "")
    else:
        v = f"{rng.uniform(0.1, 9.9):.1f}个百分点"
    doc.n("statistic", v)


@slot("place")
def s_place(doc, arg):
    rng = doc.rng
    dist = rng.choice(HZ_DISTRICTS)
    doc.n("place_name", rng.choice([dist, "湖州市" + dist, dist + rng.choice(HZ[dist][1])]))


@slot("acct")
def s_acct(doc, arg):
    rng = doc.rng
    doc.n("utility_account", rng.choice([D(rng, 10), "0" + D(rng, 9), D(rng, 8), "HZ" + D(rng, 8), "33" + D(rng, 8)]))


@slot("cert")
def s_cert(doc, arg):
    rng = doc.rng
    y = rng.randint(2015, doc.year)
    kind = arg or rng.choice(["bdc", "bdcdy", "marry", "biz", "lic"])
    if kind == "bdc":
        v = f"浙（{y}）湖州市不动产权第{rng.randint(1, 99999):07d}号"
    elif kind == "bdcdy":
        v = f"{rng.choice(list(HZ.values()))[0]} {D(rng, 3)}{D(rng, 3)} GB{D(rng, 5)} F{D(rng, 8)}"
    elif kind == "marry":
        v = f"J{rng.choice(list(HZ.values()))[0]}-{y}-{rng.randint(1, 9999):06d}"
    elif kind == "biz":
        v = f"浙湖民证字第{rng.randint(1, 999):04d}号"
    else:
        v = f"{rng.choice(['JY', 'YB', 'SC'])}{D(rng, 14)}"
    doc.n("certificate_number", v)


@slot("vin")
def s_vin(doc, arg):
    rng = doc.rng
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    doc.n("serial_number", rng.choice(["LSV", "LFV", "LGB", "LBV", "LVS", "LHG"]) + "".join(rng.choice(al) for _ in range(6)) + rng.choice("0123456789X") + "".join(rng.choice(al) for _ in range(3)) + D(rng, 4))


@slot("law")
def s_law(doc, arg):
    """an article reference, a common false lead for number detectors"""
    doc.t(doc.rng.choice(["第十三条", "第二十八条", "第五十八条", "第三十四条", "第七条第二款", "第六十四条"]))


# =============================================================================================
# TEMPLATES.  {slot[.person][:arg]}: entity slots label a span, negative slots label a hard
# negative, the rest write plain text.  T(id, text, ages=..., sexes=..., homes=...).
# =============================================================================================
TEMPLATES: list[tuple[str, object, dict]] = []


def T(tid, text, **opts):
    TEMPLATES.append((tid, text, opts))


def F(tid, **opts):
    def deco(fn):
        TEMPLATES.append((tid, fn, opts))
        return fn
    return deco


M, W = "M", "F"

# ---- civil affairs: marriage ------------------------------------------------------------------
T("civ.marriage.review", """结婚登记审查处理表
登记机关：湖州市{dist}民政局婚姻登记处　　受理日期：{ndate}
男方姓名：{nm.1}　出生日期：{dob.1}　身份证件号：{id.1}
职业：{alt:职员|个体|教师|工程师|务农|自由职业}　户籍所在地：{addr.1:div}
联系电话：{mob.1}
女方姓名：{nm.2}　出生日期：{dob.2}　身份证件号：{id.2}
户籍所在地：{addr.2:div}　联系电话：{mob.2}
当事人声明：本人与对方均无配偶，没有直系血亲和三代以内旁系血亲关系，自愿结婚。
结婚证字号：{cert:marry}　　登记员：{nm.3}""", sexes={1: M, 2: W}, ages={1: "young", 2: "young"})

T("civ.marriage.sms", """【湖州婚姻登记】{nm.1}、{nm.2}您好，您已成功预约{ndate}上午{tm}在{dist}婚姻登记处办理结婚登记，请携带双方身份证、户口簿原件准时到场，现场不收取任何费用。如需改约请拨打{tel}，或登录浙里办重新预约。""",
  sexes={1: M, 2: W}, ages={1: "young", 2: "young"})

T("civ.marriage.divorce_agreement", """离婚协议书
男方：{nm.1}，{eth.1}，{dob.1:cn}出生，身份证号码{id.1}，住{addr.1}。
女方：{nm.2}，{eth.2}，{dob.2:cn}出生，身份证号码{id.2}，住{addr.2}。
双方于{d}在湖州市{dist}民政局登记结婚，现因性格不合，自愿离婚，经协商一致达成如下协议：
一、子女抚养：婚生子{nm.3}（{dob.3:cn}出生）由女方抚养，男方每月支付抚养费{fin.1:month}，于每月10日前转入女方账户（开户行：{bankname}，卡号{bank.2}）。
二、财产分割：位于{addr.4:estate}的房屋归女方所有，由女方一次性补偿男方{fin.1:dep}。
三、债务：双方确认婚姻存续期间无共同债务。
本协议一式三份，自婚姻登记机关发给离婚证之日起生效。""", sexes={1: M, 2: W, 3: M}, ages={1: "mid", 2: "mid", 3: "teen"}, kin={3: 1})

T("civ.marriage.reissue", """补领婚姻登记证申请书
申请人{nm.1}（身份证号：{id.1}），与{nm.2}（身份证号：{id.2}）于{d}在湖州市{dist}民政局办理结婚登记，因{alt:搬家遗失|房屋漏水损毁|保管不善丢失}，现申请补领结婚证。
申请人联系电话：{mob.1}
现住址：{addr.1}
经查询婚姻登记档案，登记信息一致，准予补领。工本费{amt:fee}。
档案号：{sn}""", ages={1: "mid", 2: "mid"})

T("civ.marriage.archive", """婚姻登记档案查询结果
查询人：{nm.3}　　查询事由：{alt:办理不动产继承|法院诉讼|办理落户|办理公积金提取}
查询时间：{ndate}
| 男方 | {nm.1} | {id.1} |
| 女方 | {nm.2} | {id.2} |
| 登记类别 | {alt:结婚|离婚|补发} | 登记日期 {d} |
| 证件字号 | {cert:marry} |
以上信息与档案一致。经办：{nm.4}　电话：{tel}""", sexes={1: M, 2: W})

T("civ.marriage.hk", """内地居民与香港居民婚姻登记材料清单（受理回执）
内地一方：{nm.1}，居民身份证{id.1}，手机{mob.1}
香港一方：{nm.2}，往来内地通行证持证人，所持往来港澳通行证号码：{hk.2}，护照号码：{pp.2}
双方约定于{ndate}到湖州市婚姻登记处办理。受理编号：{orderno}
请香港一方提供经中国委托公证人公证的无配偶声明书。咨询电话：{tel}""", sexes={1: W, 2: M})

T("civ.marriage.cert_reg", """婚姻状况证明（内部流转）
兹证明{nm.1}，性别{sex.1}，出生日期{dob.1}，公民身份号码{id.1}，户籍地：{addr.1:div}，自{yr:-6}年起无婚姻登记记录。
本证明仅用于{alt:办理出国签证|办理贷款|单位政审}，有效期三个月。
出具单位：湖州市{dist}民政局　{ndate}""")

T("civ.marriage.class_list", """新婚夫妇婚前辅导课程签到表（{ndate}）
序号  男方       女方       联系电话
1   {nm.1:sp}  {nm.2:sp}  {mob.1:p}
2   {nm.3:sp}  {nm.4:sp}  {mob.4:p}
3   {nm.5:sp}  {nm.6:sp}  {mob.5:p}
主讲：心理咨询师{sur.7}老师""", sexes={1: M, 2: W, 3: M, 4: W, 5: M, 6: W}, ages={0: "young"})

# ---- civil affairs: adoption ------------------------------------------------------------------
T("civ.adopt.apply", """收养登记申请书
收养人：{nm.1}，男，{dob.1:cn}生，身份证号{id.1}，职业：{alt:公务员|企业职工|个体工商户}，
收养人：{nm.2}，女，{dob.2:cn}生，身份证号{id.2}。
家庭住址：{addr.1}
被收养人：{nm.3}，{sex.3}，出生日期{dob.3}，现由湖州市儿童福利院抚养。
收养人家庭年收入{fin.1:income}，无不利于被收养人健康成长的违法犯罪记录，无不利于抚育、培养被收养人的疾病。
联系电话：{mob.1}、{mob.2}""", sexes={1: M, 2: W}, ages={1: "mid", 2: "mid", 3: "child"})

T("civ.adopt.notice", """查找弃婴生父母公告
{ndate}，在湖州市{dist}{town}{alt:卫生院门口|菜市场附近|公交站台}捡拾一名弃婴，{sex.1}，{alt:估计|约}出生于{dob.1:ym}，身体状况：{hi.1:child}。
现暂由湖州市儿童福利院代养，取名{nm.1}。请孩子的生父母或其他监护人自公告之日起60日内与湖州市儿童福利院联系认领，联系电话：{tel}。
逾期无人认领的，将依法安置。""", ages={1: "child"})

T("civ.adopt.assess", """收养评估报告（摘要）
评估对象：{nm.1}、{nm.2}夫妇　　评估机构：{org}
一、基本情况：{nm.1}，{age.1}岁，身份证号{id.1}；{nm.2}，{age.2}岁，身份证号{id.2}。现居{addr.1}，住房面积{num:80-160}平方米。
二、经济状况：家庭存款{fin.1:dep}，月收入合计{fin.2:month}，无负债。
三、健康状况：{nm.2}患有{hi.2:chronic}，病情稳定，不影响抚育。
四、评估结论：建议准予收养。
评估员：{nm.3}　　{ndate}""", sexes={1: M, 2: W}, ages={1: "mid", 2: "mid"})

T("civ.adopt.agreement", """送养协议
送养人：{nm.1}（被送养人之祖母），{dob.1:cn}出生，身份证{id.1}，住址：{addr.1}。
收养人：{nm.2}，身份证{id.2}，联系电话{mob.2}。
被送养人：{nm.3}，{sex.3}，{dob.3:cn}出生，系送养人之孙，其父母已{alt:去世|失踪多年}。
各方自愿达成送养协议，并于{ndate}向湖州市{dist}民政局申请办理收养登记。""", ages={1: "old", 3: "child"})

T("civ.adopt.sms", """湖州市民政局：{nm.1}您好，您提交的收养登记申请（受理号{orderno}）已通过材料初审，请于{ndate}携带被收养人出生医学证明原件到{dist}民政局二楼婚姻收养登记窗口办理，咨询{tel}。""")

# ---- civil affairs: funerals -------------------------------------------------------------------
T("civ.funeral.cremation", """火化证明
死者姓名：{nm.1}　性别：{sex.1}　年龄：{age.1}岁
公民身份号码：{id.1}
户籍地址：{addr.1}
死亡日期：{d}　火化日期：{ndate}
死亡原因：{hi.1:cancer,acute,chronic}
家属（经办人）：{nm.2}　关系：家属　电话：{mob.2}
湖州市殡仪馆（盖章）　编号：{sn}""", ages={1: "old"})

T("civ.funeral.subsidy", """惠民殡葬基本服务费用减免申请表
逝者：{nm.1}，身份证号码{id.1}，户籍所在地{addr.1:div}
申请人：{nm.2}（逝者家属），身份证号码{id.2}，手机{mob.2}
减免项目：遗体接运、存放、火化、骨灰寄存，按规定标准全额减免，火化费{amt:fee}、骨灰盒{amt:fee}另计。
补助发放账户：{bankname}　户名{nm.2}　账号{bank.2}
审核意见：符合《湖州市惠民殡葬实施办法》（{docno}）规定，同意减免。""", ages={1: "old"})

T("civ.funeral.cemetery", """公墓安葬登记卡
墓穴编号：{alt:福寿园|永安园|松鹤园}{alt:A|B|C|D}区{num:1-40}排{num:1-60}号
安葬人：{nm.1}，生于{dob.1:cn}，卒于{d}
安葬人：{nm.2}
墓主联系人：{nm.3}，电话{mob.3}，{tel:hz}
联系地址：{addr.3}
管理费缴至{yr:20}年，维护费{amt:fee}/年（非个人收费标准）。""", ages={1: "old", 2: "old"})

T("civ.funeral.pickup", """遗体接运登记单（夜班）
接运时间：{ndate} {tm}
接运地点：{addr.1:new}
逝者：{nm.1}，{sex.1}，{age.1}岁，身份证{id.1}
报丧人：{nm.2}，{mob.2}
车辆：{alt:殡仪车|接运车} {plate.9}　驾驶员：{nm.3}（{mobx}）""", ages={1: "old"})

T("civ.funeral.death_benefit", """丧葬补助金、抚恤金申领审核表
参保人姓名：{nm.1}　社会保障号码：{ss.1}
死亡时间：{d}
申领人：{nm.2}　身份证号：{id.2}　联系电话：{mob.2}
丧葬补助金：{fin.1:aid}　一次性抚恤金：{fin.1:dep}
发放方式：转入申领人{bankname}账户 {bank.2}
经办：{nm.3}　复核：{nm.4}　审批日期：{ndate}""", ages={1: "old"})

T("civ.funeral.ashes", """骨灰寄存证
寄存号：{alt:甲|乙|丙}{num:1-30}-{num:1-200}
逝者：{nm.1}　寄存日期：{ndate}　到期：{yr:3}年
寄存人：{nm.2}　身份证：{id.2}　电话：{mob.2}
备注：到期未续存的，按规定处理。本证遗失请持身份证到湖州市殡仪馆服务窗口补办，电话{tel}。""", ages={1: "old"})

T("civ.funeral.eco", """{dist}{yr:-1}年度节地生态安葬奖补发放公示
根据{docno}精神，现将符合条件的节地生态安葬奖补对象公示如下：
{nm.1}（逝者{nm.2}），树葬，奖补{fin.1:aid}；
{nm.3}（逝者{nm.4}），海葬，奖补{fin.3:aid}；
{nm.5}（逝者{nm.6}），花坛葬，奖补{fin.5:aid}。
公示期{ndate}至{ndate:+}，如有异议请向区民政局社会事务科反映，电话{tel}。""", ages={2: "old", 4: "old", 6: "old"})

T("civ.funeral.notice_chat", """[家族群] {nm.1}：各位亲友，家父{nm.2}于今晨在{hosp}病逝，享年{age.2}岁，生前患{hi.2:cancer,chronic}多年。
[家族群] {nm.1}：追悼会定于后天上午9点在湖州市殡仪馆{alt:福寿厅|长青厅|松柏厅}举行，有事请打我手机{mob.1}。
[家族群] {nm.3}：节哀顺变，我们明天一早从{alt:杭州|上海|长兴}赶过来。""", sexes={2: M}, ages={2: "old"}, kin={1: 2})

# ---- civil affairs: veterans ------------------------------------------------------------------
T("vet.collect", """退役军人和其他优抚对象信息采集表
姓名：{nm.1}　性别：{sex.1}　民族：{eth.1}　出生年月：{dob.1:ym}
公民身份号码：{id.1}
入伍时间：{yr:-12}年{num:1-12}月　退役时间：{yr:-4}年{num:1-12}月　退役方式：{alt:退休|逐月领取退役金|自主就业}
户籍地：{addr.1:div}
现居住地：{addr.1}
联系电话：{mob.1}　电子邮箱：{mail.1}
紧急联系人：{nm.2}　电话：{mob.2}
银行卡：{bankname} {bank.1}""", sexes={1: M}, ages={1: "mid"})

T("vet.pass", """退役军人优待证申领（浙里办回执）
申请人：{nm.1}　身份证号：{id.1}
证件照已上传；邮寄地址：{addr.1}，收件电话：{mob.1}
办件编号：{sn}　提交时间：{ndate} {tm}
温馨提示：优待证制卡周期约30个工作日，进度可拨打{svc:12345}或{tel}查询。""", sexes={1: M})

T("vet.disab", """伤残抚恤关系接收登记
姓名：{nm.1}　伤残性质：因{alt:战|公}　伤残情况：{hi.1:disab}
身份证号：{id.1}　残疾军人证号：{alt:浙|苏|皖}{num:100000-999999}
原发放地：{alt:安徽省|江苏省|江西省|河南省}民政部门
抚恤金标准：{fin.1:month}/月，自{yr}年{num:1-12}月起由湖州市{dist}退役军人事务局发放，账户{bank.1:p}。
经办人：{nm.2}""", sexes={1: M}, ages={1: "old"})

T("vet.roster", """参战退役人员生活补助发放花名册（{yr}年第{alt:一|二|三|四}季度）
序号	姓名	身份证号	开户银行	账号	补助金额
1	{nm.1}	{id.1:p}	{bankname}	{bank.1:p}	{fin.1:aid}
2	{nm.2}	{id.2:p}	{bankname}	{bank.2:p}	{fin.2:aid}
3	{nm.3}	{id.3:p}	{bankname}	{bank.3:p}	{fin.3:aid}
4	{nm.4}	{id.4:p}	{bankname}	{bank.4:p}	{fin.4:aid}
合计：{amt:small}　制表：{nm.5}　审核：{nm.6}""", ages={0: "old", 5: "adult", 6: "adult"}, sexes={0: M})

T("vet.resettle", """退役士兵安置工作情况通报
{yr}年度全市共接收退役士兵{stat:count/名}，其中安排工作{stat:count/名}，自主就业{stat:count/名}，发放一次性经济补助{amt:wan}。
有关单位须按照{docno}要求于{ndate}前完成岗位落实。
联系人：安置科　电话：{tel}""")

T("vet.honor", """光荣牌悬挂登记
{comm}网格员{nm.3}于{ndate}为以下家庭悬挂光荣牌：
现役军人家庭：{nm.1}（现役军人{nm.2}之父），住{addr.1}，电话{mob.1}
退役军人家庭：{nm.4}，住{addr.4}，电话{mob.4}""", ages={1: "old", 2: "young"}, sexes={1: M}, kin={2: 1})

T("vet.help", """困难退役军人帮扶援助申请
申请人：{nm.1}，{dob.1:cn}出生，公民身份号码{id.1}，{yr:-20}年退出现役。
家庭住址：{addr.1}
困难情形：本人患{hi.1:cancer,chronic}，{yr}年自付医疗费用{fin.1:med}，家庭月收入仅{fin.1:aid}。
申请帮扶金额：{fin.1:aid}
联系电话：{mob.1}
村（社区）意见：情况属实。　经办：{nm.2}""", sexes={1: M}, ages={1: "mid"})

T("vet.sms", """【湖州退役军人事务局】{nm.1}同志，您的{yr}年度义务兵家庭优待金{fin.1:allow}已于{ndate}发放至尾号{num:1000-9999}的社保卡银行账户，请注意查收。如有疑问请致电{tel}。""", sexes={1: M})

# ---- civil affairs: elderly care homes --------------------------------------------------------
T("eld.contract", """湖州市{dist}{alt:颐养院|福利中心|康养中心}入住协议
甲方：{org}
乙方（入住老人）：{nm.1}，{sex.1}，出生日期{dob.1}，身份证号{id.1}
丙方（担保人）：{nm.2}，与乙方关系：子女，身份证号{id.2}，电话{mob.2}，住址：{addr.2}
乙方入住房间：{alt:A|B|C}栋{num:101-520}室　照护等级：{alt:自理|介助|介护}
乙方健康状况：{hi.1:chronic}，{alt:行动需搀扶|可自行行走|需轮椅}。
收费：床位费及护理费每月{fin.1:month}，由丙方按月缴纳。
签订日期：{ndate}""", ages={1: "old", 2: "mid"}, kin={2: 1})

T("eld.assess", """老年人能力评估报告
评估编号：{sn}　评估日期：{ndate}
被评估人：{nm.1}　年龄：{age.1}　社会保障号码：{ss.1}
疾病诊断：{hi.1:chronic}；{hix.1:chronic}
日常生活活动：{num:20-85}分　精神状态：{alt:轻度受损|能力完好|中度受损}
能力等级：{alt:轻度失能|中度失能|重度失能}
评估员：{nm.2}、{nm.3}
信息提供者：{nm.4}（家属），电话{mob.4}""", ages={1: "old"})

T("eld.nursing", """护理记录单　{alt:二|三|五}楼护理站
床号：{code:}　姓名：{nm.1}　住院号：{mr.1:zy}
{ndate} {tm} 血压{num:120-175}/{num:70-100}mmHg，既往{hi.1:chronic}，按时服用{drug}。
{tm} 已将近期情况告知家属{nm.2}（{mob.2}）。
护理员签名：{nm.3}""", ages={1: "old"})

T("eld.allowance", """高龄津贴发放名单公示（{town}{yr}年{num:1-12}月）
{nm.1}　{age.1}周岁　{fin.1:aid}
{nm.2}　{age.2}周岁　{fin.2:aid}
{nm.3}　{age.3}周岁　{fin.3:aid}
{nm.4}　{age.4}周岁　{fin.4:aid}
以上人员津贴将于{ndate}前发放至本人社保卡。监督电话：{tel}""", ages={0: "old"})

T("eld.homecare", """居家养老服务补贴申请审批表
申请人：{nm.1}　出生日期：{dob.1}　身份证：{id.1}
居住地址：{addr.1}
家庭情况：{alt:独居|空巢|与子女同住}，月养老金{fin.1:pension}
失能等级：{alt:轻度|中度|重度}　主要疾病：{hi.1:chronic}
服务机构：{org}　服务时长：每月{num:10-60}小时
代理人：{nm.2}　电话：{mob.2}
镇（街道）审核：同意，补贴标准每月{amt:fee}（服务券）。""", ages={1: "old"})

T("eld.meal", """老年食堂助餐登记（{comm}）
{nm.1}，{age.1}岁，{alt:低保|独居|高龄}，饮食禁忌：{hi.1:allergy}，送餐地址：{addr.1}
{nm.2}，{age.2}岁，特殊饮食（{hi.2:chronic}），家属电话{mob.2}
餐费标准{amt:fee}/餐（政府补贴后）""", ages={1: "old", 2: "old"})

T("eld.visit", """探视登记本
日期        时间   被探视老人   探视人     关系   联系电话       车牌
{ndate:dot}  {tm}  {nm.1}      {nm.2}    {alt:女儿|儿子|孙子}   {mob.2:p}    {plate.2}
{ndate:dot}  {tm}  {nm.3}      {nm.4}    {alt:女儿|儿子|外甥}   {mob.4:p}    {plate.4}""", ages={1: "old", 3: "old"})

T("eld.incident", """养老机构意外事件报告
报告单位：{org}　报告时间：{ndate}
当事老人：{nm.1}，{age.1}岁，入住{num:1-9}年，既往{hi.1:chronic}
经过：当日{tm}老人在卫生间跌倒，护理员{nm.2}发现后立即通知值班医生，后送{hosp}急诊，诊断{hi.1:acute}。
家属：{nm.3}，已电话告知（{mob.3}）。
处理：已加装扶手，组织全员培训。联系人电话：{tel}""", ages={1: "old"})

T("eld.roster_csv", """老人编号,姓名,性别,出生日期,身份证号,照护等级,紧急联系人,联系电话
{num:1001-1099},{nm.1},{sex.1},{dob.1:iso},{id.1:p},{alt:介护|介助},{nm.2},{mob.2:p}
{num:1100-1199},{nm.3},{sex.3},{dob.3:iso},{id.3:p},{alt:自理|介助},{nm.4},{mob.4:p}
{num:1200-1299},{nm.5},{sex.5},{dob.5:iso},{id.5:p},{alt:介护|自理},{nm.6},{mob.6:p}""", ages={1: "old", 3: "old", 5: "old"})

T("eld.chat", """{nm.1}：{sur.2}阿姨这周血糖有点高，{alt:空腹|餐后}{num:8-16}点几，她{hi.2:diab}这个病要注意吃的。
{nm.3}：好的，我让食堂给她换低糖餐。她女儿电话多少？
{nm.1}：{mob.4}，叫{nm.4}。""", ages={2: "old"})

# ---- civil affairs: social assistance, disability -----------------------------------------------
T("aid.dibao", """最低生活保障申请家庭经济状况核对表
申请人：{nm.1}　身份证号：{id.1}　户籍地：{addr.1:div}
共同生活家庭成员：{nm.2}（配偶，身份证号{id.2}）、{nm.3}（子，{dob.3:cn}出生）
家庭收入：工资性收入每月{fin.1:month}，{nm.2}因{hi.2:chronic,psych}无劳动能力。
存款：{fin.1:dep}　机动车：{plate.1}（价值低于规定标准）
核对结果：家庭月人均收入低于当地低保标准。
核对机构：湖州市居民家庭经济状况核对中心　核对编号：{sn}""", ages={3: "teen"}, sexes={3: M}, kin={3: 1})

T("aid.dibao_public", """{town}{yr}年{num:1-12}月低保新增对象公示
户主姓名   家庭人口   保障金额    所在村（社区）
{nm.1}     {num:1-4}人    {fin.1:aid}   {vil}
{nm.2}     {num:1-4}人    {fin.2:aid}   {comm}
{nm.3}     {num:1-4}人    {fin.3:aid}   {vil}
公示期7天，监督举报电话：{tel}，{svc:12345}。""")

T("aid.temp", """临时救助审批表
申请人：{nm.1}，{age.1}岁，手机{mob.1}，住{addr.1}
遭遇情况：{ndate}因{alt:突发疾病|交通事故|火灾}住院，诊断{hi.1:acute}，医疗费用{fin.1:med}，医保报销后自付{fin.1:med}。
拟救助金额：{fin.1:aid}
救助金发放：{bankname}　{bank.1}
审批人：{nm.2}""")

T("aid.special", """特困人员供养证
姓名：{nm.1}　性别：{sex.1}　出生日期：{dob.1:cn0}
身份证号：{id.1}
供养形式：{alt:分散供养|集中供养}　供养地址：{addr.1}
生活自理能力：{alt:完全自理|部分失能|完全失能}
基本生活费：{fin.1:aid}/月
发证机关：湖州市{dist}民政局　证号：{cert:biz}""", ages={1: "old"})

T("aid.disab_subsidy", """残疾人两项补贴申请
申请人：{nm.1}　身份证号：{id.1}
残疾类别等级：{hi.1:disab}
监护人：{nm.2}　电话：{mob.2}
家庭住址：{addr.1}
申请类别：困难残疾人生活补贴、重度残疾人护理补贴
补贴发放账户：{bankname}　{bank.1}""", ages={1: "any"})

T("aid.medical", """医疗救助“一站式”结算单
患者：{nm.1}　身份证：{id.1}　医保编号：{mr.1:yb}
就诊医院：{hosp}　住院号：{mr.1:zy}
诊断：{hi.1:cancer,chronic,acute}
医疗总费用：{fin.1:med}　基本医保支付：{fin.1:med}　大病保险：{fin.1:med}
医疗救助：{fin.1:med}　个人自付：{fin.1:small}
结算日期：{ndate}　结算流水：{orderno:serial_number}""")

# ---- public security: household registration ---------------------------------------------------
T("hj.birth", """出生登记申报表
申报人：{nm.2}（父亲）　身份证号：{id.2}　联系电话：{mob.2}
新生儿姓名：{nm.1}　性别：{sex.1}　出生日期：{dob.1:cn}　出生地：浙江省湖州市
出生医学证明编号：{alt:Q|R|S}{num:330000000-330999999}
母亲：{nm.3}　身份证号：{id.3}
申报落户地址：{addr.2}
受理派出所：湖州市公安局{dist}分局{alt:爱山|飞英|月河|朝阳|龙泉|南浔|武康|雉城|递铺}派出所　受理人：{nm.4}""",
  ages={1: "child", 2: "young", 3: "young"}, sexes={2: M, 3: W}, kin={1: 2})

T("hj.move_in", """户口迁入审批表（投靠类）
迁移人：{nm.1}　曾用名：无　性别：{sex.1}　出生日期：{dob.1}
公民身份号码：{id.1}
原户籍地址：{addr.1:out}
迁入地址：{addr.2}
投靠人：{nm.2}（{alt:子女|配偶|父母}）　身份证号：{id.2}　电话：{mob.2}
迁入理由：{alt:老年人投靠子女|夫妻投靠|未成年子女投靠父母}
准迁证编号：{sn}　审批日期：{ndate}""", homes={1: "out"})

T("hj.cancel", """户口注销证明
兹有{nm.1}（公民身份号码：{id.1}），原户籍地址：{addr.1}，因{alt:死亡|出国定居|参军入伍}，已于{ndate}注销户口。
特此证明。
湖州市公安局{dist}分局{alt:城东|城西|织里|练市|新市|泗安|孝丰}派出所（户籍专用章）
证明编号：{sn}""", ages={1: "old"})

T("hj.idcard_lost", """居民身份证挂失申报
申报人：{nm.1}，身份证号{id.1}
丢失时间地点：{ndate}前后在{alt:湖州站|公交车上|菜市场|爱山广场附近}遗失
联系电话：{mob.1}
现居住地：{addr.1}
已同步在全国人口信息系统中进行挂失，挂失回执号{orderno:serial_number}。
补领身份证工本费{amt:fee}，领取方式：{alt:邮寄|窗口自取}。""")

T("hj.name_change", """变更姓名申请
申请人：{nm.1}（原名），身份证号：{id.1}，出生日期：{dob.1}
拟变更姓名：{nm.2}
申请理由：{alt:原名生僻字较多|与家族辈分不符|父母离异随母姓}
监护人：{nm.3}　电话：{mob.3}
户籍地址：{addr.1}
派出所意见：材料齐全，拟同意，报分局审批。""", ages={1: "teen"})

T("hj.household_page", """常住人口登记卡
户主姓名：{nm.1}　户号：{num:100000000-999999999}　住址：{addr.1}
姓名：{nm.2}　与户主关系：妻　性别：{sex.2}　出生日期：{dob.2:cn0}　民族：{eth.2}
公民身份号码：{id.2}　文化程度：{alt:大学本科|高中|初中|硕士研究生}　婚姻状况：已婚
何时由何地迁来本址：{yr:-9}年{num:1-12}月由{addr.2:new}迁来""", sexes={1: M, 2: W})

T("hj.police_check", """户籍信息核查反馈（内部）
来函单位：{org}　来函编号：{docno}
核查对象：{nm.1}，身份证号：{id.1}
核查结果：该人户籍在{addr.1:div}，{alt:无|有}违法犯罪记录，曾用名：无。
附：该身份证号码另一登记记录{idbad.1}（系录入错误，校验位不符），已更正。
核查民警：{nm.2}　警号：{num:100000-999999}　{ndate}""")

T("hj.sms", """【湖州公安】{nm.1}您好，您申请的居民身份证（换领）已制作完成，请于{ndate}后持受理回执到{dist}{alt:公安分局户政大厅|派出所户籍窗口}领取，工作时间咨询{tel}。""")

T("hj.grid_visit", """网格走访记录
网格：{comm}第{num:1-12}网格　网格员：{nm.3}　走访日期：{ndate}
走访对象：{nm.1}，{age.1}岁，住址：{addr.1}，联系电话{mob.1}
情况：老人独居，患{hi.1:chronic}，子女{nm.2}在{alt:杭州|上海|苏州}工作（电话{mob.2}），已提醒注意用电安全。""", ages={1: "old"})

T("hj.stat", """{yr:-1}年末全市户籍人口统计
{yr:-1}年末，全市户籍总人口{stat:wanren}，比上年末增加{stat:count/人}。全年出生人口{stat:count/人}，出生率{stat:pct}；死亡人口{stat:count/人}。
分区县看，{place}户籍人口{stat:wanren}，{place}{stat:wanren}。
市内迁移{stat:count/人}，省外迁入{stat:count/人}。
数据来源：湖州市公安局人口管理支队，发布日期{ndate}。""")

# ---- public security: residence permits ------------------------------------------------------
T("jz.apply", """浙江省居住证申领登记表
姓名：{nm.1}　性别：{sex.1}　民族：{eth.1}　出生日期：{dob.1}
公民身份号码：{id.1}
户籍地址：{addr.1:out}
居住地址：{addr.2}
联系电话：{mob.1}
就业单位：{org}（统一社会信用代码{uscc:91}）
居住事由：{alt:就业|就学|经商}　居住登记日期：{ndate}
申领人签名：{nm.1}""", homes={1: "out"})

T("jz.register", """流动人口居住登记信息
登记编号：{sn}
姓名：{nm.1}　身份证号：{id.1}　手机：{mob.1}
户籍地：{addr.1:div}
现住址：{addr.2:estate}
房东：{nm.2}，电话{mob.2}
同住人：{nm.3}（{alt:同事|老乡|亲属}）、身份证{id.3}
出租房屋备案号：{contractno}""", homes={1: "out", 3: "out"})

T("jz.renew_sms", """【湖州市流动人口服务】{nm.1}您好！您的居住证（证号末四位{num:1000-9999}）将于{ndate}到期，请在到期前通过“浙里办”或到居住地派出所办理签注。如已离开湖州请忽略。咨询：{tel}""")

T("jz.points", """新居民积分申请审核结果
申请人：{nm.1}　证件号码：{id.1}
基础分：{num:60-120}　加分项：{alt:社保缴纳|技能证书|献血|志愿服务}{num:5-40}分
总积分：{num:150-400}分　排名：{num:1-3000}
子女入学申请：{nm.2}（{dob.2:iso}出生）申请{dist}{alt:实验小学|一中|凤凰小学}
如对结果有异议，请于{ndate}前向{dist}新居民服务中心反映，电话{tel}。""", ages={2: "child"}, homes={1: "out"}, kin={2: 1})

T("jz.rental_list", """出租房屋住人登记（{town}）
房东：{nm.1}（{mob.1:p}）房屋地址：{addr.1:rural}
| 房间 | 租客 | 证件号码 | 户籍 | 电话 |
| 101 | {nm.2} | {id.2:p} | {addr.2:div} | {mob.2:p} |
| 102 | {nm.3} | {id.3:p} | {addr.3:div} | {mob.3:p} |
| 201 | {nm.4} | {id.4:p} | {addr.4:div} | {mob.4:p} |
登记日期：{ndate}""", homes={2: "out", 3: "out", 4: "out"})

T("jz.employer_report", """用工单位新居民信息报送（{org}）
报送人：人事专员{nm.9}　报送日期：{ndate}
1. {nm.1}，{sex.1}，{id.1}，入职{d:iso}，宿舍：厂区{num:1-6}号楼{num:101-520}
2. {nm.2}，{sex.2}，{id.2}，入职{d:iso}，在外租住：{addr.2:estate}
3. {nm.3}，{sex.3}，{id.3}，入职{d:iso}，联系电话{mob.3}
单位联系电话：{tel}　统一社会信用代码：{uscc:91}""", homes={0: "out"})

T("jz.child_school", """随迁子女入学材料审核表
学生：{nm.1}　出生日期：{dob.1}　身份证号：{id.1}
监护人：{nm.2}　居住证号：{id.2}　手机：{mob.2}
居住地址：{addr.2:estate}（租赁合同备案号{contractno}）
社保缴纳：{yr:-1}年{num:1-12}月至今连续缴纳
预防接种证查验：{alt:已完成|需补种}""", ages={1: "child"}, homes={0: "out"}, kin={1: 2})

T("jz.police_notice", """关于开展出租房屋和流动人口集中清查的通知
各派出所：
根据{docno}部署，定于{ndate}至{ndate:+}在全市开展出租房屋和流动人口集中清查，重点核查{place}、{place}等外来人口集聚区域。
清查中发现身份证号码校验不通过的（如{idbadx}），须现场核对原件。
联系人：治安支队　{tel}""")

# ---- exit-entry ---------------------------------------------------------------------------------
T("cr.passport_apply", """中国公民出入境证件申请表
姓名：{nm.1}　拼音：{nmpy.1:UP}　性别：{sex.1}　出生日期：{dob.1:iso}
公民身份号码：{id.1}　出生地：浙江
申请类别：普通护照 首次申请
现住址：{addr.1}　联系电话：{mob.1}
紧急联系人：{nm.2}　电话：{mob.2}
前往国家：{alt:日本|泰国|意大利|澳大利亚|美国}　事由：{alt:旅游|探亲|留学|商务}
受理编号：{sn}　受理单位：湖州市公安局出入境管理局""")

T("cr.passport_notice", """【湖州出入境】{nm.1}，您申请的普通护照（{pp.1}）已签发，可于{ndate}起到湖州市民服务中心出入境窗口领取，或选择EMS邮寄（{alt:到付|预付}）。咨询{tel}。""")

T("cr.hk_endorse", """往来港澳通行证签注申请回执
申请人：{nm.1}　身份证号：{id.1}
通行证号码：{hk.1}
签注种类：{alt:团队旅游（L）|个人旅游（G）|探亲（T）|商务（S）}　次数：{alt:一次|二次|一年多次}
自助签注机编号：{dev}　签注日期：{ndate}
费用：{amt:fee}（已缴）""")

T("cr.lost_passport", """护照遗失/被盗报失证明
{nm.1}（性别{sex.1}，出生日期{dob.1:cn}，身份证号{id.1}）于{ndate}报称其所持普通护照（号码{pp.1}）在{alt:日本大阪|泰国曼谷|意大利罗马|湖州家中}遗失。
经核查，该护照已宣布作废，挂失编号{sn}。
本证明仅用于申请补发证件。""")

T("cr.border_record", """出入境记录查询结果（单位调取）
查询事由：{alt:干部因私出国（境）证照管理|案件侦办|资格审查}，审批文号{docno}
被查询人：{nm.1}　身份证号：{id.1}
持证：护照 {pp.1}；往来港澳通行证 {hk.1}
{yr:-1}-{num:10-12}-{num:10-28}  出境  上海浦东口岸  前往 {alt:日本|新加坡|泰国}
{yr:-1}-{num:10-12}-{num:10-28}  入境  上海浦东口岸
{yr}-0{num:1-9}-{num:10-28}   出境  深圳罗湖口岸  前往 香港
以上记录仅供审批使用。""")

T("cr.cadre_custody", """因私出国（境）证照集中保管登记表
单位：湖州市{dist}{alt:财政局|教育局|卫生健康局|自然资源和规划局}
| 姓名 | 职务 | 证件类型 | 证件号码 | 交存日期 |
| {nm.1} | {alt:科长|副局长|主任} | 普通护照 | {pp.1} | {ndate:iso} |
| {nm.1} | {alt:科长|副局长|主任} | 往来港澳通行证 | {hk.1} | {ndate:iso} |
| {nm.2} | {alt:科员|副科长} | 普通护照 | {pp.2} | {ndate:iso} |
保管人：{nm.3}　联系电话：{tel}""")

T("cr.visa_invite", """INVITATION LETTER
To the Consulate General: We hereby invite Mr./Ms. {nmpy.1:Cap} (Chinese name {nm.1}), born {dob.1:iso}, passport No. {pp.1}, to attend the trade fair from {ndate:iso}.
All expenses will be covered by the applicant. Contact: {mail.1}, tel. {mob.1}.
Company address: {oaddr}. Postcode {zip}.""")

T("cr.hk_group", """赴港澳团队旅游出团名单（团号{orderno}）
领队：{nm.9}　手机：{mob.9}
序号 姓名 性别 出生日期 通行证号码
1  {nm.1}  {sexen.1}  {dob.1:iso}  {hk.1}
2  {nm.2}  {sexen.2}  {dob.2:iso}  {hk.2}
3  {nm.3}  {sexen.3}  {dob.3:iso}  {hk.3}
4  {nm.4}  {sexen.4}  {dob.4:iso}  {hk.4}
出发日期：{ndate}　口岸：深圳湾""")

T("cr.chat", """{nm.1}：我的港澳通行证快过期了，号码是{hk.1}，能在湖州换吗？
出入境窗口（在线客服）：您好，可以在全国任一出入境窗口换领，也可以在“移民局12367”小程序预约，拍照费{amt:fee}。
{nm.1}：那我护照{pp.1}也一起办吗？
出入境窗口（在线客服）：护照有效期还有{num:2-9}年，不需要换。""")

T("cr.year_stat", """{yr:-1}年全市出入境证件办理情况
全年共受理各类出入境证件申请{stat:count/件}，其中普通护照{stat:count/本}，往来港澳通行证{stat:count/本}，同比增长{stat:pct}。
自助签注机{dev}等{num:10-40}台设备累计签注{stat:count/人次}。
出入境管理系统（{ver}）平均受理时长缩短{stat:pp}。""")

T("cr.mrz", """证件信息识别结果（OCR）
类型: 普通护照 / P
姓名: {nm.1}  / {nmpy.1:UP}
护照号: {pp.1}
出生日期: {dob.1:iso}
性别: {sexen.1}
签发日期: {ndate:iso}
识别引擎: {ver}""")

# ---- housing provident fund ---------------------------------------------------------------------
T("gjj.statement", """湖州市住房公积金个人账户对账单
职工姓名：{nm.1}　证件号码：{id.1}　个人账号：{num:100000000-999999999}
单位名称：{org}
{yr:-1}年末账户余额：{fin.1:bal}
本年缴存：{fin.1:month}×12（单位、个人各50%）
本年提取：{fin.1:dep}（提取原因：{alt:购房|租房|偿还贷款本息}）
当前账户余额：{fin.1:bal}
打印时间：{ndate}　服务热线：{svc:12329}""")

T("gjj.withdraw", """住房公积金提取申请审批表
申请人：{nm.1}　身份证号：{id.1}　手机号码：{mob.1}
提取类型：{alt:购买自住住房|租赁自住住房|离职提取|退休提取}
房屋坐落：{addr.1:estate}
提取金额：{fin.1:dep}
收款银行：{bankname}　银行卡号：{bank.1}
配偶：{nm.2}　身份证号：{id.2}
审核：{nm.3}　复核：{nm.4}""")

T("gjj.loan", """个人住房公积金贷款审批表
借款人：{nm.1}　证件号码：{id.1}　出生日期：{dob.1}
工作单位：{org}　月收入：{fin.1:month}
共同借款人：{nm.2}（配偶）　证件号码：{id.2}
购房地址：{addr.1:estate}
房屋总价：{fin.1:price}　首付款：{fin.1:loan}
申请贷款金额：{fin.1:loan}　贷款期限：{num:10-30}年　利率：{alt:2.85%|3.1%|2.6%}
借款合同编号：{contractno}
还款账户：{bank.1}""")

T("gjj.arrears", """公积金贷款逾期催收通知
{nm.1}先生/女士：
您在我中心办理的住房公积金贷款（合同号{contractno}）已逾期{num:2-6}期，截至{ndate:+}累计逾期本息{fin.1:debt}，罚息{fin.1:small}。请于接到本通知之日起15日内到湖州市住房公积金管理中心{dist}分中心还款，或存入还款账户{bank.1}。
联系人：{nm.2}　电话：{tel}""")

T("gjj.unit_open", """单位住房公积金缴存登记
单位名称：{org}
统一社会信用代码：{uscc}
单位地址：{oaddr}
经办人：{nm.1}　手机：{mob.1}　邮箱：{mail.1}
缴存比例：{alt:5%|8%|12%}　首次缴存月份：{yr}年{num:1-12}月
缴存人数：{num:3-300}人""")

T("gjj.annual", """湖州市住房公积金{yr:-1}年年度报告（摘要）
一、缴存：全年新开户单位{stat:count/家}，实缴职工{stat:wanren}，缴存额{amt:yi}，同比增长{stat:pct}。
二、提取：提取额{amt:yi}，占当年缴存额的{stat:pct}。
三、贷款：发放个人住房贷款{stat:count/笔}、{amt:yi}；年末个人住房贷款余额{amt:yi}，个贷逾期率{stat:pct}。
四、业务收支：业务收入{amt:wan}，业务支出{amt:wan}，增值收益{amt:wan}。
根据{docno}，本报告经管委会审议通过。""")

T("gjj.sms", """【湖州公积金】尊敬的{nm.1}，您的公积金账户{ndate}汇缴入账{fin.1:month}，当前余额{fin.1:bal}。公积金服务热线{svc:12329}。""")

T("gjj.transfer", """住房公积金异地转移接续联系函
职工：{nm.1}　身份证号：{id.1}
转出地：{alt:杭州|嘉兴|苏州|上海|合肥}住房公积金管理中心
转出金额：{fin.1:bal}
转入地：湖州市住房公积金管理中心，个人账号{num:100000000-999999999}
联系函编号：{sn}　联系人：{nm.2}　{tel}""")

T("gjj.chat", """用户 {nm.1}：你好，我想问下我公积金余额还有多少，身份证{id.1}。
客服小湖：您好，为保护您的信息安全，请通过浙里办或湖州公积金APP登录查询，也可以拨打{svc:12329}转人工。
用户 {nm.1}：APP登不上，提示版本太低（{ver}）。
客服小湖：请更新到最新版本后再试。""")

# ---- real-estate registration -------------------------------------------------------------------
T("bdc.apply", """不动产登记申请书
收件编号：{sn}　申请登记事由：{alt:转移登记（买卖）|首次登记|抵押权登记|更正登记}
权利人：{nm.1}　证件种类：居民身份证　证件号：{id.1}　联系电话：{mob.1}
义务人：{nm.2}　证件号：{id.2}　联系电话：{mob.2}
不动产坐落：{addr.3:estate}
不动产单元号：{cert:bdcdy}
成交价格：{fin.1:price}
原不动产权证号：{cert:bdc}""")

T("bdc.certificate", """不动产权证书（信息页）
{cert:bdc}
权利人：{nm.1}、{nm.2}
共有情况：共同共有
坐落：{addr.1:estate}
不动产单元号：{cert:bdcdy}
权利类型：国有建设用地使用权/房屋所有权　用途：城镇住宅用地/住宅
面积：共有宗地面积{num:3000-90000}㎡/房屋建筑面积{num:60-180}.{num:10-99}㎡
使用期限：{yr:-10}年{num:1-12}月{num:1-28}日起{yr:60}年止""")

T("bdc.mortgage", """不动产抵押登记信息
抵押权人：{bankname}
抵押人：{nm.1}（{id.1}）
债务人：{nm.1}
被担保主债权数额：{fin.1:loan}
债务履行期限：{ndate}起至{yr:20}年{num:1-12}月{num:1-28}日
抵押物坐落：{addr.1:estate}
不动产登记证明号：浙（{yr}）湖州市不动产证明第{num:1000000-9999999}号""")

T("bdc.query", """不动产登记信息查询结果证明
查询申请人：{nm.1}（身份证号{id.1}）
查询目的：{alt:子女入学|银行贷款|诉讼|购房资格审核}
查询结果：截至{ndate:+}，申请人名下在湖州市{alt:有|无}登记的房屋{num:1-3}套：
1. {addr.1:estate}，建筑面积{num:60-160}平方米，登记时间{d}
查询流水号：{orderno:serial_number}　（本证明仅证明查询时点的登记状况）""")

T("bdc.tax", """房地产交易计税核定单
纳税人：{nm.1}　纳税人识别号：{id.1}
房屋坐落：{addr.1:estate}
计税价格：{fin.1:price}　契税税率：{alt:1%|1.5%|3%}　应纳契税：{fin.1:dep}
增值税及附加：{alt:免征|0元}
核定日期：{ndate}　税务机关：国家税务总局湖州市{dist}税务局
电子税票号码：{invno:e}""")

T("bdc.notice_pub", """不动产首次登记公告（{sn}）
经初步审定，我机构拟对下列不动产权利予以首次登记，根据《不动产登记暂行条例实施细则》第十七条规定，现予公告。
权利人：{nm.1}　不动产坐落：{addr.1:rural}　权利类型：宅基地使用权/房屋所有权
权利人：{nm.2}　不动产坐落：{addr.2:rural}
公告期间：{ndate}至{ndate:+}（15个工作日）
异议书面材料送达地址：{oaddr}，邮编{zip}
联系电话：{tel}""", ages={0: "old"})

T("bdc.contract_row", """网签备案合同号|买受人|证件号码|联系电话|房屋坐落|合同总价
{contractno}|{nm.1}|{id.1:p}|{mob.1:p}|{addr.1:estate}|{fin.1:price/yuan}
{contractno}|{nm.2}|{id.2:p}|{mob.2:p}|{addr.2:estate}|{fin.2:price/yuan}""")

T("bdc.stat", """{yr:-1}年{alt:一季度|上半年|前三季度|全年}全市房地产市场运行情况
全市新建商品房销售面积{stat:count/万}平方米，同比下降{stat:pct}；销售额{amt:yi}。
二手房交易{stat:count/套}，成交均价每平方米{amt:yuan}。
不动产登记业务办理{stat:count/件}，“一窗受理”平均时长{num:30-120}分钟。
附：统计口径见{docno}。""")

# ---- courts ---------------------------------------------------------------------------------------
T("court.judgment", """浙江省湖州市{dist}人民法院
民事判决书
{caseno:民初}
原告：{nm.1}，{sex.1}，{dob.1:cn}出生，汉族，住{addr.1}，公民身份号码{id.1}。
委托诉讼代理人：{nm.3}，浙江{alt:湖越|苕溪|南太湖|德清}律师事务所律师。
被告：{nm.2}，{sex.2}，{dob.2:cn}出生，汉族，住{addr.2}。
原告{nm.1}与被告{nm.2}民间借贷纠纷一案，本院于{ndate}立案后，依法适用简易程序公开开庭进行了审理。
原告诉称：被告于{d}向原告借款{fin.2:debt@1}，约定月利率1%，至今未还……
判决如下：被告{nm.2}于本判决生效之日起十日内归还原告借款本金{fin.2:debt@1}并支付利息。
案件受理费{amt:small}，减半收取，由被告负担。""")

T("court.enforce", """执行通知书
{caseno:执}
{nm.1}：
申请执行人{nm.2}与你{alt:借款合同|买卖合同|劳务合同}纠纷一案，{caseno:民初}民事判决书已经发生法律效力。申请执行人于{ndate}向本院申请强制执行。责令你自本通知送达之日起立即履行下列义务：支付{fin.1:debt}及迟延履行期间的债务利息；负担执行费{amt:small}。
本院已冻结你名下{bankname}账户{bank.1}存款{fin.1:dep}，查封你名下位于{addr.1:estate}的房产一套、车辆{plate.1}一辆。
执行员：{nm.3}　联系电话：{tel}""")

T("court.dishonest", """失信被执行人名单信息
被执行人姓名：{nm.1}　性别：{sex.1}　年龄：{age.1}
身份证号码：{id.1}
执行法院：湖州市{dist}人民法院　执行依据文号：{caseno:民初}
案号：{caseno:执}
生效法律文书确定的义务：偿还借款{fin.1:debt}
失信被执行人行为具体情形：有履行能力而拒不履行生效法律文书确定义务
发布时间：{ndate}""")

T("court.summons", """传票
案号：{caseno}
被传唤人：{nm.1}
工作单位或住址：{addr.1}
传唤事由：{alt:开庭审理|调解|询问}
应到时间：{ndate} 上午{num:8-11}:30
应到处所：本院第{num:1-12}法庭
承办人：{nm.2}　书记员：{nm.3}　联系电话：{tel}""")

T("court.mediation", """诉前调解笔录
时间：{ndate}　地点：{town}人民调解委员会
申请人：{nm.1}，{age.1}岁，电话{mob.1}
被申请人：{nm.2}，{age.2}岁，电话{mob.2}
事由：交通事故损害赔偿。{d}，被申请人驾驶{plate.2}与申请人电动自行车相撞，申请人经{hosp}诊断为{hi.1:acute}，住院{num:5-40}天，花费医疗费{fin.1:med}。
调解结果：被申请人一次性赔偿申请人{fin.1:dep}，于{ndate}前付清。
调解员：{nm.3}""")

T("court.legal_aid", """法律援助申请表
申请人：{nm.1}　出生日期：{dob.1}　身份证号：{id.1}
户籍所在地：{addr.1:div}　住所：{addr.1:estate}
联系电话：{mob.1}
经济状况：{alt:务工人员|灵活就业人员|残疾人}，月收入{fin.1:month}
案情：申请人在{org}工作期间被拖欠工资{fin.1:dep}，要求帮助追讨。
受理编号：{sn}　援助热线：{svc:12348}""", homes={1: "out"})

T("court.open_hearing", """开庭公告（{ndate}）
本院定于{ndate}在第{num:1-9}法庭依法公开审理以下案件：
{caseno:民初}　原告{org}诉被告{nm.1}买卖合同纠纷
{caseno:民初}　原告{nm.2}诉被告{nm.3}离婚纠纷
{caseno:刑初}　被告人{nm.4}涉嫌危险驾驶罪
审判长：{nm.5}""")

T("court.stat", """湖州法院{yr:-1}年审判执行工作情况通报
全市法院共受理各类案件{stat:count/件}，审结{stat:count/件}，结案率{stat:pct}；执行到位金额{amt:yi}。
民商事一审案件平均审理天数{num:40-90}天，同比缩短{stat:pct}。
{place}法院在线诉讼率{stat:pct}。
参见《关于进一步加强审判管理的通知》（{docno}）。""")

# ---- notaries -----------------------------------------------------------------------------------
T("nota.kinship", """公证书
{notano}
申请人：{nm.1}，{sex.1}，{dob.1:cn}出生，公民身份号码：{id.1}，现住{addr.1}。
关系人：{nm.2}，{sex.2}，{dob.2:cn}出生。
兹证明{nm.1}是{nm.2}的子女。
中华人民共和国浙江省湖州市南太湖公证处
公证员：{nm.3}　{ndate}""", ages={2: "old"}, sexes={2: M}, kin={1: 2})

T("nota.inherit", """继承权公证申请谈话笔录
时间：{ndate}　地点：本处第{num:1-6}接待室
申请人：{nm.1}，身份证号{id.1}，手机{mob.1}
问：被继承人是谁？答：我父亲{nm.2}，{d}因{hi.2:cancer,chronic,acute}去世。
问：遗产有哪些？答：位于{addr.2:estate}的房子一套，{bankname}存款{fin.2:dep}，还有一辆车（{plate.2}）。
问：你母亲是否健在？答：母亲{nm.3}健在，{age.3}岁。
公证员：{nm.4}　记录：{nm.5}""", ages={2: "old", 3: "old"}, sexes={2: M, 3: W}, kin={1: 2})

T("nota.proxy", """委托书
委托人：{nm.1}，{sex.1}，{dob.1:cn}出生，身份证号码：{id.1}，护照号码：{pp.1}，现居{alt:加拿大|澳大利亚|日本|新加坡}。
受托人：{nm.2}，身份证号码：{id.2}，联系电话{mob.2}。
委托事项：代为办理位于{addr.1:estate}房产的出售、过户、收取房款等事宜。
委托期限：自{ndate}至{ndate:+}。
本委托书经{notano}公证。""")

T("nota.sms", """【南太湖公证处】{nm.1}您好，您申办的{alt:亲属关系|学历|无犯罪记录|出生}公证（{notano}）已出证，可凭受理单领取，如需邮寄请回复地址。咨询{tel}。""")

T("nota.evidence", """保全证据公证书（网页截屏）
申请人：{org}，统一社会信用代码{uscc}
委托代理人：{nm.1}，电话{mob.1}
公证员于{ndate}使用公证处电脑（IP地址{ip:pub}，资产编号{asset}）登录相关网页进行截屏，共{num:5-60}页。
{notano}""")

# ---- tax and invoices ----------------------------------------------------------------------------
T("tax.vat_invoice", """电子发票（增值税专用发票）
发票号码：{invno:e}　开票日期：{ndate:cn}
购买方　名称：{org}　统一社会信用代码/纳税人识别号：{uscc:91}
销售方　名称：{org}　统一社会信用代码/纳税人识别号：{uscc:91}
项目名称：*{alt:纺织品|信息技术服务|建筑服务|钢材}*　金额：{amt:yuan}　税率：{alt:13%|6%|9%}　税额：{amt:yuan}
价税合计（小写）：{amt:yuan}
开票人：{nm.1}""")

T("tax.ordinary_invoice", """增值税普通发票
发票代码：{invno:code}　发票号码：{invno:no}　校验码：{num:10000-99999} {num:10000-99999} {num:10000-99999} {num:10000-99999}
购买方：个人（{nm.1}）　身份证号：{id.1}
销售方：{org}　纳税人识别号：{uscc}
货物或应税劳务名称：{alt:家用电器|物业服务费|装修服务}　合计：{amt:yuan}
机器编号：{dev}""")

T("tax.iit", """个人所得税纳税记录
纳税人姓名：{nm.1}
纳税人识别号：{id.1}
{yr:-1}年度综合所得收入额{fin.1:income}，已缴税额{fin.1:small}，应补（退）税额{fin.1:small}。
扣缴义务人：{org}（{uscc:91}）
开具日期：{ndate}　验证码：{orderno:serial_number}
本记录可通过个人所得税APP或{svc:12366}查询验证。""")

T("tax.refund", """个人所得税退税到账通知
{nm.1}，您{yr:-1}年度个人所得税综合所得汇算清缴退税{fin.1:small}已于{ndate}退至您的{bankname}账户（{bank.1}）。
如有疑问请拨打纳税服务热线{svc:12366}。""")

T("tax.special_deduct", """专项附加扣除信息表
纳税人：{nm.1}　身份证件号码：{id.1}　手机号码：{mob.1}　电子邮箱：{mail.1}
子女教育：子女{nm.2}，身份证件号码{id.2}，出生日期{dob.2:iso}，就读{alt:小学|初中|高中}
赡养老人：{nm.3}，身份证件号码{id.3}，出生日期{dob.3:iso}
住房贷款利息：房屋坐落{addr.1:estate}，贷款合同编号{contractno}
大病医疗：{nm.1}本人，{yr:-1}年医保目录内自付{fin.1:med}""", ages={2: "teen", 3: "old"}, kin={2: 1})

T("tax.penalty", """税务行政处罚决定书（简易）
{docno:湖税简罚}
被处罚人：{nm.1}（个体工商户{org}，统一社会信用代码{uscc:92}）
违法事实：未按规定期限办理纳税申报。
处罚决定：罚款{amt:fine}。
请于十五日内缴纳，逾期每日按罚款数额的3%加处罚款。
税务机关：国家税务总局湖州市{dist}税务局{town}税务所　{ndate}""")

T("tax.stat", """{yr:-1}年全市税收收入完成情况
全市累计组织税收收入{amt:yi}，同比增长{stat:pct}，其中国内增值税{amt:yi}，企业所得税{amt:yi}，个人所得税{amt:yi}。
分地区看：{place}{amt:yi}，{place}{amt:yi}，{place}{amt:yi}。
全年办理出口退税{amt:wan}，新增涉税市场主体{stat:count/户}。""")

T("tax.invoice_check", """发票查验结果
发票代码：{invno:code}
发票号码：{invno:no}
开票日期：{ndate:iso}
销售方：{org}　税号：{uscc}
购买方：{org}　税号：{usccbad}（与登记信息不一致）
金额：{amt:yuan}　查验次数：第{num:1-5}次
查验结论：购买方识别号校验失败，请核实。""")

T("tax.einvoice_mail", """【电子发票】您收到一张{org}开具的电子发票，发票号码{invno:e}，金额{amt:yuan}，请查收附件。
收件人：{mail.1}
如非本人操作请联系开票方：{tel}""")

# ---- utilities: water, power, gas ---------------------------------------------------------------
T("ut.water_bill", """湖州市水务集团 水费缴费通知单
户号：{acct}　户名：{nm.1}
用水地址：{addr.1}
抄表日期：{ndate}　上期读数：{num:100-900}　本期读数：{num:900-1500}　用水量：{num:5-40}吨
水价：第一阶梯{alt:3.10|3.25}元/吨
本期应缴：{fin.1:small}　往期欠费：{fin.1:small}
水表编号：{meter}　客服热线：{svc:96345}""")

T("ut.water_arrears", """停水催缴告知书
{nm.1}户（户号{acct}，用水地址：{addr.1}）：
截至{ndate:+}，您户累计拖欠水费{fin.1:small}，已超过规定缴费期限。请于7日内缴清，逾期将依据《城市供水条例》第{num:20-35}条规定采取停水措施。
缴费方式：支付宝/微信搜索“湖州水务”，或至营业厅（{oaddr}）。
抄表员：{nm.2}　{mobx}""")

T("ut.power_bill", """国网湖州供电公司 电费账单
户名：{nm.1}　用电户号：{acct}
用电地址：{addr.1}
计费周期：{yr}年{num:1-12}月　电能表号：{meter}
峰电量{num:50-400}千瓦时，谷电量{num:50-400}千瓦时
本月电费：{fin.1:small}　账户余额：{fin.1:small}
温馨提示：如有疑问请拨打{svc:95598}。""")

T("ut.power_cut", """停电通知
因{alt:线路检修|配变增容|台风抢修}，{ndate} {tm}至{tm}，{town}{vil}、{comm}部分区域将停电。
受影响专变用户：{org}（户号{acct}）等{num:3-40}户。
联系人：{nm.1}　电话：{tel}
给您带来不便，敬请谅解。国网湖州供电公司""")

T("ut.gas_open", """管道燃气开户申请表
申请人：{nm.1}　身份证号：{id.1}　联系电话：{mob.1}
用气地址：{addr.1:estate}
燃气表号：{meter}　表具型号：G{alt:1.6|2.5|4}　初始读数：0
开户费：{amt:fee}　预存气费：{fin.1:small}
安检员：{nm.2}　安检结论：合格
签订《供用气合同》编号：{contractno}""")

T("ut.gas_check", """入户安检记录（{comm}）
{tm}  {addr.1:estate}  户主{nm.1}  {mob.1:p}  结论：{alt:合格|软管老化需更换|未安装熄火保护}
{tm}  {addr.2:estate}  户主{nm.2}  {mob.2:p}  结论：{alt:合格|到访不遇|燃气泄漏报警器失效}
{tm}  {addr.3:estate}  户主{nm.3}  {mob.3:p}  结论：{alt:合格|拒绝入户}
安检员：{nm.4}　设备：{dev}""")

T("ut.arrears_list", """{town}公用事业欠费清单（内部核对，请勿外传）
序号,户名,户号,地址,欠费类型,欠费金额,欠费月数
1,{nm.1},{acct},{addr.1},水费,{fin.1:small},{num:2-12}
2,{nm.2},{acct},{addr.2},电费,{fin.2:small},{num:2-12}
3,{nm.3},{acct},{addr.3},燃气费,{fin.3:small},{num:2-12}
4,{nm.4},{acct},{addr.4},水费,{fin.4:small},{num:2-12}""")

T("ut.transfer", """用电户名过户申请
原户名：{nm.1}　身份证：{id.1}
新户名：{nm.2}　身份证：{id.2}　手机：{mob.2}
用电地址：{addr.2}
户号：{acct}　过户原因：{alt:房屋买卖|继承|赠与}
不动产权证号：{cert:bdc}
受理营业厅：{town}供电营业厅　受理日期：{ndate}""")

T("ut.sms_power", """【国网浙江电力】尊敬的客户{nm.1}，您户号{acct}的电费账户余额为{fin.1:small}，已低于预警值，请及时缴费以免影响正常用电。缴费可通过“网上国网”APP。咨询{svc:95598}。""")

T("ut.water_stat", """{yr:-1}年湖州市城市供水水质公告
全年城市供水总量{stat:count/万}立方米，日均供水{stat:count/万}立方米；管网水质综合合格率{stat:pct}。
供水管网漏损率{stat:pct}，较上年下降{stat:pp}。
全年完成老旧小区管网改造投资{amt:wan}，共涉及{place}、{place}等{num:20-80}个小区。
监督电话：{tel}""")

T("ut.gas_leak", """燃气泄漏应急处置记录
报警时间：{ndate} {tm}　报警人：{nm.1}，电话{mob.1}
地址：{addr.1}
处置：抢修班{nm.2}等{num:2-5}人于{tm}到场，关闭表前阀，检测浓度{num:1-30}%LEL，更换胶管。
报警人家中有老人{nm.3}（{age.3}岁，{hi.3:chronic}），已疏散至邻居家。
抢修车辆：{plate.2}""", ages={3: "old"})

# ---- public transport and bike share --------------------------------------------------------------
T("bus.card_apply", """湖州公交老年卡（敬老卡）申领表
姓名：{nm.1}　出生日期：{dob.1}　身份证号：{id.1}
联系电话：{mob.1}　居住地址：{addr.1}
卡类型：{alt:70周岁以上免费卡|60-69周岁半价卡}
卡面号：{num:10000000-99999999}　工本费：{amt:fee}
受理网点：{alt:人民路|红旗路|凤凰|湖州站}服务网点""", ages={1: "old"})

T("bus.ride_record", """公交卡乘车记录（应持卡人{nm.1}本人申请打印）
卡号：{acct}　持卡人手机：{mob.1}
行程轨迹：{trace.1}
最近交易：{ndate} 消费{amt:fee} 余额{fin.1:small}
打印网点：湖州公交集团客服中心""")

T("bike.ride", """【骑行订单】订单号{orderno}
用户：{mob.1}
骑行轨迹：{trace.1:3}
骑行时长{num:5-58}分钟，费用{amt:fee}，车辆编号{dev}
如有疑问请在APP内联系客服或拨打{svc:400-826-8800}。""")

T("bike.complaint", """公共自行车投诉工单
工单号：{orderno}　来源：{svc:12345}转办
投诉人：{nm.1}　电话：{mob.1}
内容：本人{ndate}在{alt:红旗路|爱山广场|湖州师范学院|市民广场}站点还车，系统未结束订单，被扣费{fin.1:small}，要求退还。
核查：后台显示车辆{dev}定位轨迹为{trace.1:3}，确认还车成功但锁止器故障。
处理结果：已退费并致歉。处理人：{nm.2}""")

T("bus.lost_found", """公交失物招领登记
拾到时间：{ndate} {tm}　线路：{num:1-60}路（车牌{plate.9}）
物品：钱包一个，内有身份证（{nm.1}，{id.1}）、银行卡一张（{bank.1}）、现金若干
驾驶员：{nm.2}
已联系失主，失主电话{mob.1}，于{tm}领回。""")

T("bus.taxi_complaint", """出租车服务投诉处理单
投诉人：{sur.1}女士　联系电话：{mob.1}
被投诉车辆：{plate.2}　驾驶员：{nm.2}，从业资格证号{num:330500000000-330599999999}
投诉内容：{ndate}晚{tm}从湖州站打车至{addr.1}，司机绕路多收费，行驶路线：{trace.1:3}。
处理：经调取GPS记录属实，退还多收车费，驾驶员记分处理。
经办：客运管理科{nm.3}，{tel}""", sexes={1: W})

T("bus.route_notice", """关于调整{num:1-60}路公交线路的公告
为方便市民出行，自{ndate}起，{num:1-60}路公交线路调整为：湖州站—红旗路—凤凰公园—{town}，全程票价{amt:fee}。
首末班时间：06:00—21:30。线路运营车辆已全部更换为新能源车（设备编号段{dev}至{dev}）。
咨询电话：{tel}""")

T("bus.stat", """{yr:-1}年湖州市公共交通运行统计
全市公交客运量{stat:wanren}，同比增长{stat:pct}；公共自行车租用{stat:wanren}。
新能源公交车占比{stat:pct}，新增公交线路{num:3-20}条。
网约车平台合规率提升{stat:pp}。""")

T("bus.driver_chat", """{nm.1}（调度）：{num:1-40}路{plate.2}，{nm.2}师傅，你车上有位乘客说手机落在车上了，失主电话{mob.3}，你看下后排。
{nm.2}：找到了，黑色的，我到湖州站总站交给站务。
{nm.1}（调度）：好，我跟失主说一声。""")

T("traffic.violation", """交通违法处理告知
当事人：{nm.1}　驾驶证号：{id.1}
车辆号牌：{plate.1}　车辆识别代号：{vin}
违法时间：{ndate} {tm}
违法地点：{alt:湖州大道与红旗路交叉口|二环东路|G25长深高速湖州段|104国道长兴段}
违法行为：{alt:机动车违反禁止标线指示|超速20%以下|不按导向车道行驶}　记分：{alt:1|3|6}　罚款：{amt:fine}
采集设备编号：{dev}""")

# ---- hospital inpatient and pharmacy --------------------------------------------------------------
T("hosp.admission", """住院病案首页
医疗机构：{hosp}　组织机构代码：—
病案号：{mr.1:ba}　住院号：{mr.1:zy}
姓名：{nm.1}　性别：{sex.1}　出生日期：{dob.1:cn0}　年龄：{age.1}岁
身份证号：{id.1}　职业：{alt:退休人员|农民|职员|个体}
现住址：{addr.1}　电话：{mob.1}
联系人：{nm.2}　关系：{alt:子|女|配偶}　电话：{mob.2}
入院科别：{ward}　入院日期：{ndate}
门（急）诊诊断：{hi.1}
出院主要诊断：{hi.1}　其他诊断：{hix.1:chronic}
医保类型：{alt:职工医保|城乡居民医保}　医保号：{mr.1:yb}""")

T("hosp.discharge", """出院小结
患者{nm.1}，{sex.1}，{age.1}岁，住院号{mr.1:zy}，因病情需要于{d}经门诊收治入院。
入院诊断：{hi.1:cancer,acute}
诊疗经过：入院后予{drug}等治疗，症状好转。
出院诊断：{hi.1:cancer,acute}术后；{hix.1:chronic}
出院医嘱：继续口服{drug}，两周后门诊复查。
主治医师：{nm.2}　{ndate}""")

T("hosp.pharmacy", """门诊处方笺
{hosp}　门诊号：{mr.1:mz}　处方号：{orderno:serial_number}
姓名：{nm.1}　性别：{sex.1}　年龄：{age.1}岁　科别：{ward}
临床诊断：{hi.1:chronic,psych}
Rp：{drug} × {num:1-6}盒，用法：{alt:口服 qd|口服 bid|口服 tid}
医师：{nm.2}　审核药师：{nm.3}　金额：{amt:small}""")

T("hosp.pharmacy_retail", """零售药店特殊药品购买登记
日期：{ndate}　药品：{alt:复方甘草片|含麻黄碱类复方制剂|曲马多片}　数量：{num:1-2}盒
购买人：{nm.1}　身份证号：{id.1}　电话：{mob.1}
药店：{org}（{uscc}）
执业药师：{nm.2}""")

T("hosp.bill", """住院费用结算清单
住院号：{mr.1:zy}　姓名：{nm.1}　医保号：{mr.1:yb}
入院日期：{d}　出院日期：{ndate}
诊断：{hi.1:cancer,acute}
总费用：{fin.1:med}，其中统筹支付{fin.1:med}，个人账户支付{fin.1:small}，个人现金支付{fin.1:med}
收款员：{nm.2}　票据号：{invno:no}""")

T("hosp.emr_log", """[EMR] {ndate:iso} {tm}:{num:10-59} user=D{num:1000-9999} dept={ward} action=VIEW patient_id={mr.1:bl} name={nm.1} ip={ip:in10}
[EMR] {ndate:iso} {tm}:{num:10-59} user=N{num:1000-9999} action=PRINT doc=出院小结 patient_id={mr.1:bl} ip={ip:in10}
[EMR] system={ver} node={dev}""")

T("hosp.consult", """会诊申请单
申请科室：{ward}　被邀科室：{ward}
患者：{nm.1}，{age.1}岁，床号{num:1-60}，住院号{mr.1:zy}
病情摘要：患者既往{hix.1:chronic}十余年，本次因{hi.1:acute}入院。
会诊目的：协助诊治。
申请医师：{nm.2}　联系电话：{tel:hzc}""")

T("hosp.mental", """严重精神障碍患者报告卡
患者姓名：{nm.1}　身份证号：{id.1}　出生日期：{dob.1}
现住址：{addr.1}
监护人：{nm.2}　联系电话：{mob.2}
诊断：{hi.1:psych}
初次发病时间：{yr:-8}年　报告单位：湖州市第三人民医院　报告日期：{ndate}""")

T("hosp.infect_report", """传染病报告卡
患者：{nm.1}　有效证件号：{id.1}　性别：{sex.1}　出生日期：{dob.1:iso}
工作单位：{org}　联系电话：{mob.1}
现住址：{addr.1}
病例分类：{alt:确诊病例|临床诊断病例}　疾病名称：{hi.1:infect}
发病日期：{d}　诊断日期：{ndate}
报告医生：{nm.2}　报告单位：{hosp}""")

T("hosp.appointment_sms", """【{hosp}】{nm.1}您好，您已成功预约{ndate}{alt:上午|下午}{ward}{alt:专家|普通}门诊，就诊序号{num:1-50}，请提前30分钟携带医保卡到门诊{num:1-4}楼自助机签到。取消预约请拨打{tel}。""")

T("hosp.insurance_claim", """商业保险理赔材料清单
被保险人：{nm.1}　身份证：{id.1}
保单号：{orderno:policy_number}
出险经过：{d}因{hi.1:acute}在{hosp}住院治疗，住院号{mr.1:zy}。
申请理赔金额：{fin.1:med}
收款账户：{bank.1}（户名{nm.1}）
联系电话：{mob.1}""")

T("hosp.dialysis", """血液透析患者登记表
姓名：{nm.1}　性别：{sex.1}　年龄：{age.1}
诊断：{hi.1:chronic}
透析频次：每周{num:2-3}次　血管通路：{alt:自体动静脉内瘘|长期导管}
医保编号：{mr.1:yb}
家庭住址：{addr.1}　紧急联系人：{nm.2} {mob.2}""")

# ---- community health and vaccination ----------------------------------------------------------------
T("vac.record", """儿童预防接种记录（电子档案）
儿童姓名：{nm.1}　性别：{sex.1}　出生日期：{dob.1}
接种证编号：{num:330502000000-330523999999}
监护人：{nm.2}　手机：{mob.2}
现住址：{addr.2}
{d:iso}  {vac}  第1剂  {town}社区卫生服务中心
{d:iso}  {vac}  第2剂  {town}社区卫生服务中心
疫苗批号：{alt:2023|2024}{num:100000-999999}　下次接种：{ndate}""", ages={1: "child"}, kin={1: 2})

T("vac.remind", """【{town}预防接种门诊】{nm.1}家长您好，您的孩子{nm.2}应于{ndate}接种{vac}，请携带接种证按时前往。如已在外地接种请回复。咨询{tel}""", ages={2: "child"}, kin={2: 1})

T("vac.aefi", """疑似预防接种异常反应个案报告
编号：{sn}
患者：{nm.1}　出生日期：{dob.1}　监护人：{nm.2}　电话：{mob.2}
接种疫苗：{vac}　接种日期：{d}　批号：{num:20230000-20249999}
反应发生：接种后{num:1-48}小时出现不良反应，已留观处置
既往史：{hi.1:allergy}
报告单位：{town}社区卫生服务中心　报告人：{nm.3}""", ages={1: "child"})

T("chs.chronic_followup", """慢性病患者随访服务记录表
姓名：{nm.1}　档案编号：{mr.1:bl}
随访日期：{ndate}　随访方式：{alt:门诊|家庭|电话}
症状：无新发不适
体征：血压{num:120-180}/{num:70-110}mmHg　空腹血糖{num:5-14}.{num:1-9}mmol/L
疾病：{hi.1:chronic}
用药：{drug}，{alt:规律|间断|不服药}
下次随访：{ndate}　随访医生：{nm.2}""", ages={1: "old"})

T("chs.family_doctor", """家庭医生签约服务协议
乙方（居民）：{nm.1}　身份证号：{id.1}　联系电话：{mob.1}
现住址：{addr.1}
重点人群：{alt:65岁以上老年人|高血压患者|糖尿病患者|残疾人}
健康状况：{hi.1:chronic,disab}
甲方（家庭医生团队）：{town}社区卫生服务中心　团队长{nm.2}　团队电话{tel}
服务包：{alt:基础包|慢病包|老年包}，个人自付{amt:fee}/年""", ages={1: "old"})

T("chs.elder_exam", """{yr}年65岁及以上老年人健康体检结果告知
{nm.1}（{dob.1:cn}出生）：
您本次体检发现：{hi.1:chronic}；{hix.1:chronic}。
建议：低盐低脂饮食，定期复查，如有不适请及时就诊。
{town}社区卫生服务中心　咨询电话{tel}""", ages={1: "old"})

T("chs.maternal", """孕产妇保健手册建册登记
孕妇：{nm.1}　出生日期：{dob.1:iso}　身份证号：{id.1}
丈夫：{nm.2}　电话：{mob.2}
现住址：{addr.1}
末次月经：{d}　预产期：{ndate}
高危因素：{hi.1:preg}，既往{hix.1:chronic}
建册机构：{town}社区卫生服务中心""", sexes={1: W, 2: M}, ages={1: "young", 2: "young"})

T("chs.tb_mgmt", """肺结核患者居家治疗督导卡
患者：{nm.1}　登记号：{mr.1:bl}　诊断：{hi.1:tb}
服药督导员：{nm.2}（村医）　电话：{mob.2}
居住地：{addr.1:rural}
治疗方案：2HRZE/4HR　开始治疗日期：{d}
随访：第{num:1-6}月痰检{alt:阴性|阳性}""")

T("vac.stat", """{yr:-1}年湖州市免疫规划工作情况
全市适龄儿童国家免疫规划疫苗接种率保持在{stat:pct}以上，共接种{stat:count/}剂次。
流感疫苗接种{stat:wanren}，60岁以上老年人接种率{stat:pct}。
疑似预防接种异常反应报告发生率{stat:pct}，均得到妥善处置。
冷链设备{num:200-600}台（资产编号段{asset}—{asset}）运行正常。""")

T("chs.health_file_json", """{"record_type":"居民健康档案","doc_no":"{sn}","name":"{nm.1}","gender":"{sex.1}","birth_date":"{dob.1:iso}","id_card":"{id.1:p}","phone":"{mob.1:p}","address":"{addr.1}","chronic":["{hi.1:chronic}"],"allergy":"{hi.1:allergy}","doctor":"{nm.2}","update_time":"{ndate:iso} {tm}:00"}""")

# ---- township meeting minutes -----------------------------------------------------------------------
T("mtg.township", """{town}党政联席会议纪要
（{yr}年第{num:1-30}次）
时间：{ndate}上午9:00　地点：镇政府{num:2-5}楼会议室
主持：{nm.1}　出席：{nm.2}、{nm.3}、{nm.4}、{nm.5}　记录：{nm.6}
会议议定事项：
一、关于{vil}道路提升改造工程。工程预算{amt:wan}，招标编号{tenderno}，由{nm.3}牵头负责，{ndate}前完成招标。
二、关于困难群众救助。同意将{nm.7}（{vil}，{alt:因病致贫|因残致贫|独居老人}）纳入临时救助，救助金额{fin.7:aid}。
三、关于安全生产大检查。按照{docno}要求开展全覆盖排查。""")

T("mtg.village", """{vil}村民代表会议记录
时间：{ndate}晚7:00　地点：村文化礼堂　应到{num:30-60}人，实到{num:25-30}人
主持人：村党支部书记{nm.1}
议题一：宅基地审批。村民{nm.2}（住{addr.2:rural}）申请翻建住房，占地{num:80-125}平方米，经表决同意{num:20-30}票。
议题二：村集体经济收入分配。{yr:-1}年村集体经营性收入{amt:wan}，每人分红{amt:fee}。
议题三：低保户复核。{nm.3}家庭因{nm.4}患{hi.4:cancer,chronic}仍符合条件。
记录人：{nm.5}　联系电话：{mob.5}""", kin={4: 3})

T("mtg.safety", """安全生产专题会议纪要
会议时间：{ndate}　参会：应急管理所{nm.1}、派出所{nm.2}、{org}负责人{nm.3}（{mob.3}）
会议指出：{org}（统一社会信用代码{uscc:91}）存在消防通道堵塞问题，限{num:3-15}日内整改。
督查设备编号：{dev}；隐患整改通知书编号：{sn}。
下一步：{nm.2}负责复查。""")

T("mtg.petition", """信访工作例会纪要
时间：{ndate}　主持：{nm.1}
一、通报本月信访件{num:10-60}件，已办结{num:8-10}件。
二、重点信访人员：{nm.2}，{age.2}岁，住{addr.2}，反映{alt:征地补偿|拆迁安置|劳资纠纷}问题，多次赴省上访；包案领导{nm.3}，稳控责任人{nm.4}（{mob.4}）。
三、{nm.5}（户籍地{addr.5:div}）反映其父{nm.6}在{hosp}治疗{hi.6:acute}后死亡的医疗纠纷，已引导走司法途径。
会议要求各包案责任人每周走访一次。""", sexes={6: M}, ages={6: "old"}, kin={5: 6})

T("mtg.flood", """防汛防台工作部署会记录
时间：{ndate}　地点：{town}防汛指挥部
参会：{nm.1}（指挥长）、{nm.2}、{nm.3}及各村主职干部
一、气象部门预报，台风“{alt:梅花|烟花|杜苏芮|贝碧嘉}”将于{ndate}影响我镇，过程雨量{num:100-250}毫米。
二、转移安置：{vil}危旧房住户{num:5-40}户需提前转移，其中独居老人{nm.4}（{age.4}岁，{hi.4:disab,chronic}）由网格员{nm.5}（{mob.5}）负责背送。
三、物资：调拨编织袋{stat:count/只}，抽水泵{num:5-30}台（资产编号{asset}）。
值班电话：{tel}""", ages={4: "old"})

T("mtg.minutes_chat", """[{town}工作群]
{nm.1}：明天上午9点开环境整治推进会，各村书记参加。
{nm.2}：收到。{vil}的{nm.3}还在闹，说补偿款{fin.3:dep}太少。
{nm.1}：会后你带他来找我，他电话{mob.3}你先联系下。
{nm.4}：会议室投影仪坏了，设备号{dev}，已报修。""")

T("mtg.party_meeting", """{comm}党支部组织生活会记录
时间：{ndate}　应到党员{num:20-50}名，实到{num:15-20}名，请假：{nm.1}（{alt:住院|外出务工|照顾老人}）
主持人：支部书记{nm.2}
一、学习《中国共产党纪律处分条例》。
二、民主评议党员，{nm.3}、{nm.4}被评为优秀。
三、困难党员慰问：{nm.5}，{age.5}岁，患{hi.5:chronic,cancer}，慰问金{fin.5:aid}。""", ages={5: "old"})

T("mtg.budget", """{town}{yr}年财政预算执行情况报告（节选）
一般公共预算收入完成{amt:wan}，为年初预算的{stat:pct}；支出{amt:wan}。
其中：民生支出{amt:wan}，占比{stat:pct}；农林水支出{amt:wan}。
重点项目：美丽乡村建设{amt:wan}（{tenderno}），农村饮用水提标{amt:wan}。
预算调整依据：{docno}。""")

T("mtg.land", """征地补偿安置协议（{vil}）
被征地户：{nm.1}　身份证号：{id.1}　家庭人口{num:2-6}人
房屋坐落：{addr.1:rural}
被征收房屋合法面积{num:80-300}平方米，评估价值{fin.1:price}，搬迁奖励{fin.1:dep}，合计补偿{fin.1:price}。
安置方式：{alt:货币安置|产权调换}
补偿款支付账户：{bankname}　{bank.1}
协议编号：{contractno}""")

T("mtg.visit_letter", """关于{nm.1}同志信访事项的答复意见书
{nm.1}：
你于{ndate}通过{alt:浙江省信访网|来访|12345热线}反映的关于{alt:宅基地审批|养老保险补缴|医疗报销}问题收悉。经调查，你户籍在{addr.1:div}，……现答复如下：……
如不服本答复意见，可自收到之日起30日内向湖州市{dist}人民政府申请复查。
{town}人民政府　{ndate}
（信访件编号：{sn}）""")

# ---- press releases and statistics bulletins ---------------------------------------------------
T("pr.stat_bulletin", """{yr:-1}年湖州市国民经济和社会发展统计公报（摘要）
初步核算，全市实现地区生产总值{amt:yi}，按可比价格计算，比上年增长{stat:pct}。分产业看，第一产业增加值{amt:yi}，增长{stat:pct}；第二产业增加值{amt:yi}，增长{stat:pct}；第三产业增加值{amt:yi}，增长{stat:pct}。
年末全市常住人口{stat:wanren}，城镇化率{stat:pct}。全体居民人均可支配收入{amt:percap}，增长{stat:pct}。
全市一般公共预算收入{amt:yi}，增长{stat:pct}。规模以上工业企业{stat:count/家}，实现利润{amt:yi}。
发布单位：湖州市统计局　国家统计局湖州调查队　{ndate}""")

T("pr.press_release", """湖州市人民政府新闻办公室新闻发布稿
{ndate}，市政府新闻办召开“{alt:数字政府建设|一老一小服务|公共数据开放|优化营商环境}”新闻发布会。
市大数据管理中心主任{nm.1}介绍，截至目前，全市公共数据平台累计归集数据{stat:count/条}，开放数据集{num:300-900}个，调用量{stat:wanren}。
{yr}年市财政安排数字化改革专项资金{amt:wan}，支持{num:20-60}个重点项目。
根据{docno}，下一步将推进数据分类分级。
新闻联系人：{nm.2}　电话：{tel}　邮箱：{omail}""")

T("pr.cpi", """{yr}年{num:1-12}月湖州市居民消费价格变动情况
{yr}年{num:1-12}月，全市居民消费价格总水平同比上涨{stat:pct}，环比下降{stat:pct}。
八大类商品和服务价格“四升四降”：食品烟酒上涨{stat:pct}，其中猪肉价格上涨{stat:pct}；交通通信下降{stat:pct}。
（数据来源：国家统计局湖州调查队，统计代码{oid}）""")

T("pr.tender", """{org}采购项目中标结果公告
一、项目编号：{tenderno}
二、项目名称：湖州市{alt:智慧养老服务平台|公共数据治理服务|电子病历系统升级|城乡供水监测}项目
三、中标供应商：{org}，统一社会信用代码{uscc:91}，地址：{oaddr}
中标金额：{amt:yuan}
四、评审专家：{nm.1}、{nm.2}、{nm.3}（组长）、{nm.4}、{nm.5}
五、采购人联系人：{nm.6}　{tel}
公告期限：自本公告发布之日起1个工作日。""")

T("pr.emergency", """关于{ndate}{alt:长兴|安吉|德清|南浔}较大道路交通事故的情况通报
{ndate}{tm}许，{alt:G25长深高速|104国道|申苏浙皖高速}湖州段发生一起{alt:三车|两车|多车}相撞事故，造成{num:2-4}人死亡、{num:1-8}人受伤。
肇事货车{plate.1}驾驶员{nm.1}（{age.1}岁，{alt:安徽|河南|江西|四川}籍）已被公安机关依法控制。
伤者均已送往{hosp}救治，{num:1-2}人伤势较重。
事故原因正在进一步调查中。""", homes={1: "out"})

T("pr.honor_list", """关于表彰{yr:-1}年度湖州市“最美{alt:社工|护士|网格员|退役军人}”的决定
{docno}
各县区人民政府，市直各单位：
经推荐、评审和公示，决定授予以下同志“最美{alt:社工|护士|网格员|退役军人}”称号：
{nm.1}（{org}）、{nm.2}（{hosp}）、{nm.3}（{town}{comm}）、{nm.4}（{org}）、{nm.5}（{town}）
希望受表彰的同志珍惜荣誉。
湖州市人民政府办公室　{ndate}""")

T("pr.open_data", """湖州市公共数据开放目录更新说明（{yr}年第{num:1-4}批）
新增开放数据集{num:20-90}个，包括：养老机构名录、公共自行车站点、公交线路及站点、医疗机构名录。
数据集统一编码示例：{oid}；接口版本{ver}；更新频率：按月。
本批次不开放含个人信息的数据集（如婚姻登记、户籍、医疗就诊记录），相关需求请通过受限开放申请。
开放平台运维：{omail}，{tel}""")

T("pr.weather_health", """健康提示：近期我市进入{alt:流感高发季|手足口病流行期|高温季节}，{yr}年第{num:1-52}周全市报告{alt:流感样病例|手足口病|中暑}{stat:count/例}，较上周上升{stat:pct}。
市疾控中心提醒市民注意防护，出现症状及时就医。健康咨询热线：{svc:12320}。""")

T("pr.hr_notice", """湖州市{alt:民政局|卫生健康委员会|大数据管理中心|住房公积金管理中心}{yr}年公开招聘工作人员拟聘用人员公示
{nm.1}，{sex.1}，{dob.1:ym}出生，{alt:硕士研究生|大学本科}，{alt:浙江大学|湖州师范学院|浙江工业大学|南京大学}
{nm.2}，{sex.2}，{dob.2:ym}出生，{alt:硕士研究生|大学本科}，{alt:浙江财经大学|杭州电子科技大学|宁波大学}
公示时间：{ndate}至{ndate:+}。监督电话：{tel}""", ages={0: "young"})

T("pr.revenue_chart", """图表：{yr:-1}年各区县一般公共预算收入
{place}　{amt:yi}　增长{stat:pct}
{place}　{amt:yi}　增长{stat:pct}
{place}　{amt:yi}　下降{stat:pct}
{place}　{amt:yi}　增长{stat:pct}
全市合计　{amt:yi}　（制图：湖州市财政局，{ndate}）""")

T("pr.civil_stat", """{yr:-1}年湖州市民政事业发展统计公报
年末全市有养老机构{num:80-200}家，床位{stat:count/张}；城乡低保对象{stat:count/人}，全年支出低保资金{amt:wan}。
全年办理结婚登记{stat:count/对}，离婚登记{stat:count/对}；收养登记{num:10-80}件。
殡葬：全年火化遗体{stat:count/具}，火化率{stat:pct}；生态安葬{stat:count/例}。
退役军人事务：发放各类优抚资金{amt:wan}。""")

T("pr.rumor", """关于网传“{alt:湖州将全面停水|某小区出现传染病|公积金将取消提取}”的辟谣说明
近日，有网民在微信群中散布不实信息，经核查，该信息系{nm.1}（男，{age.1}岁）编造。公安机关已依法对其处以行政拘留{num:3-10}日。
请广大市民以官方发布为准，如有疑问可拨打{svc:12345}。
湖州市公安局网安支队　{ndate}""", sexes={1: M})

# ---- data-sharing applications -----------------------------------------------------------------
T("ds.apply", """公共数据共享申请表
申请编号：{sn}　申请日期：{ndate}
申请部门：湖州市{alt:民政局|退役军人事务局|住房公积金管理中心|卫生健康委员会|医疗保障局}
申请数据：{alt:户籍人口基本信息|婚姻登记信息|不动产登记信息|殡葬火化信息|残疾人基本信息}
共享属性：受限共享　使用场景：{alt:低保家庭经济状况核对|优待证审核|公积金提取审核|惠民殡葬减免}
法律依据：{law}《社会救助暂行办法》
数据项：姓名、公民身份号码、出生日期、户籍地址
申请人：{nm.1}　联系电话：{tel}　手机：{mob.1}
数源部门审核人：{nm.2}""")

T("ds.sample", """数据共享接口联调记录
接口名称：{alt:户籍信息核验|婚姻状态查询|火化信息查询}　版本：{ver}
调用方IP：{ip:in10}　服务端：{ip:in10}:8443
请求样例：{"xm":"{nm.1}","sfzh":"{id.1:p}"}
响应样例：{"xm":"{nm.1}","csrq":"{dob.1:num}","hjdz":"{addr.1}","zt":"正常"}
证书OID：{oid}　联调人员：{nm.2}（{mob.2}）""")

T("ds.quality", """数据质量核查报告（{alt:殡葬火化|婚姻登记|低保救助}库）
核查时间：{ndate}　数据量：{stat:count/条}
问题一：身份证号码校验位错误{num:3-90}条，示例：{idbadx}、{idbadx}
问题二：手机号码位数不符{num:10-300}条，示例：{mobbad}、{mobbad}
问题三：银行卡号Luhn校验失败{num:1-40}条，示例：{bankbad:p}
问题四：统一社会信用代码校验失败{num:1-20}条，示例：{usccbad}
整改要求：数源部门于{ndate}前完成治理并回传。""")

T("ds.approval", """共享申请审核意见
申请编号：{sn}
合规性审查（市大数据管理中心）：申请事项与申请部门法定职责相符，同意提交数源部门。审查人：{nm.1}，{ndate}
数源部门意见：同意以接口方式共享，仅返回核验结果（是/否），不返回公民身份号码原文。审核人：{nm.2}，联系电话{tel}
申请部门须签订《数据安全承诺书》（编号{contractno}）。""")

T("ds.leak_report", """个人信息泄露事件报告
报告单位：{org}　报告时间：{ndate} {tm}
事件概述：{ndate}，发现工作人员{nm.1}将含有{stat:count/条}个人信息的Excel文件上传至个人网盘，文件中包含姓名、身份证号、手机号码，抽查记录：{nm.2}，{id.2}，{mob.2}。
涉事终端IP：{ip:in10}，设备资产编号{asset}。
已采取措施：删除文件、重置账户、约谈当事人。事件分级：{alt:一般|较大}。
联系人：{nm.3}　{mob.3}""")

T("ds.catalog", """数据目录编目信息
目录名称：{alt:养老机构入住人员信息|困难群众救助对象信息|退役军人基本信息|公积金缴存明细}
目录编码：{oid}
数源单位：湖州市{alt:民政局|退役军人事务局|住房公积金管理中心}
信息项：姓名（L3）、公民身份号码（L4）、联系电话（L3）、家庭住址（L3）、救助金额（L4）
共享属性：受限共享　开放属性：禁止开放　更新频率：实时
编目人：{nm.1}　{ndate}""")

T("ds.api_log", """共享平台调用日志（节选）
time={ndate:iso}T{tm}:{num:10-59}+08:00 app=hzmz_dibao api=hjxx_query ver={ver} src={ip:in10} result=200 cost={num:20-900}ms q_sfzh={id.1:p}
time={ndate:iso}T{tm}:{num:10-59}+08:00 app=hzmz_dibao api=hyzt_query ver={ver} src={ip:in10} result=200 q_xm={nm.1}
time={ndate:iso}T{tm}:{num:10-59}+08:00 app=hzgjj_tq api=bdc_query src={ip:in172} result=403 reason=no_authorization""")

# ---- pasted rows: tabs, commas, bars ------------------------------------------------------------------
@F("row.tab_dibao")
def _row_tab_dibao(doc):
    doc.r("序号\t户主\t身份证号\t家庭人口\t月保障金\t开户行\t账号\n")
    for i in range(1, doc.rng.randint(3, 7)):
        doc.r(f"{i}\t{{nm.{i}}}\t{{id.{i}:p}}\t{{num:1-5}}\t{{fin.{i}:aid}}\t{{bankname}}\t{{bank.{i}:p}}\n")
    doc.r("制表：{town}社会事务办　{ndate}")


@F("row.comma_vet")
def _row_comma_vet(doc):
    doc.opts = {"sexes": {0: M}, "ages": {0: "mid"}}
    doc.r("姓名,性别,出生年月,身份证号,入伍年月,退役年月,联系电话,现住址\n")
    for i in range(1, doc.rng.randint(3, 6)):
        doc.r(f"{{nm.{i}}},男,{{dob.{i}:ymd}},{{id.{i}:p}},{{yr:-{doc.rng.randint(10, 30)}}}-0{{num:1-9}},{{yr:-{doc.rng.randint(1, 9)}}}-1{{num:0-2}},{{mob.{i}:p}},{{addr.{i}}}\n")


@F("row.bar_patients")
def _row_bar_patients(doc):
    doc.opts = {"ages": {0: "old"}}
    doc.r("| 床号 | 姓名 | 住院号 | 年龄 | 主要诊断 | 主管医生 |\n|---|---|---|---|---|---|\n")
    for i in range(1, doc.rng.randint(3, 7)):
        doc.r(f"| {doc.rng.randint(1, 48)} | {{nm.{i}}} | {{mr.{i}:zy}} | {{age.{i}}} | {{hi.{i}}} | {{nm.{i + 10}}} |\n")


@F("row.tab_gjj")
def _row_tab_gjj(doc):
    doc.r("{org}住房公积金{yr}年{num:1-12}月汇缴明细\n个人账号\t姓名\t证件号码\t缴存基数\t月缴存额\n")
    for i in range(1, doc.rng.randint(3, 8)):
        doc.r(f"{{num:100000000-999999999}}\t{{nm.{i}}}\t{{id.{i}:p}}\t{{amt:yuan}}\t{{fin.{i}:month}}\n")
    doc.r("合计\t\t\t\t{amt:yuan}")


@F("row.bar_residents")
def _row_bar_residents(doc):
    doc.opts = {"homes": {0: "out"}}
    doc.r("姓名|身份证号|手机|户籍地|居住地址|登记日期\n")
    for i in range(1, doc.rng.randint(3, 6)):
        doc.r(f"{{nm.{i}}}|{{id.{i}:p}}|{{mob.{i}:p}}|{{addr.{i}:div}}|{{addr.{i + 20}:estate}}|{{ndate:iso}}\n")


@F("row.excel_paste_vacc")
def _row_excel_paste_vacc(doc):
    doc.opts = {"ages": {0: "child", **{i: "young" for i in range(11, 20)}}, "kin": {i: i + 10 for i in range(1, 9)}}
    doc.r("儿童姓名\t出生日期\t监护人\t监护人电话\t应种疫苗\t应种日期\n")
    for i in range(1, doc.rng.randint(3, 7)):
        doc.r(f"{{nm.{i}}}\t{{dob.{i}:iso}}\t{{nm.{i + 10}}}\t{{mob.{i + 10}:p}}\t{{vac}}\t{{ndate:iso}}\n")


@F("row.semicolon_bus")
def _row_semicolon_bus(doc):
    doc.r("卡号;持卡人;证件号;卡类型;余额;最近交易\n")
    for i in range(1, doc.rng.randint(3, 6)):
        doc.r(f"{{acct}};{{nm.{i}}};{{id.{i}:p}};{{alt:敬老卡|学生卡|普通卡}};{{fin.{i}:small}};{{ndate:iso}} {{tm}}\n")


@F("row.mixed_paste")
def _row_mixed_paste(doc):
    doc.r("以下为从系统中复制的待核实人员，请各网格核对：\n")
    for i in range(1, doc.rng.randint(3, 6)):
        sep = doc.rng.choice(["  ", "\t", "，", " / ", "|"])
        doc.r(f"{{nm.{i}}}{sep}{{id.{i}}}{sep}{{mob.{i}}}{sep}{{addr.{i}}}\n")
    doc.r("核对后请于{ndate}前反馈至{omail}。")


@F("row.court_list")
def _row_court_list(doc):
    doc.r("案号,当事人,身份证号,标的额,承办法官\n")
    for i in range(1, doc.rng.randint(3, 6)):
        doc.r(f"{{caseno}},{{nm.{i}}},{{id.{i}:p}},{{fin.{i}:debt/yuan}},{{nm.{i + 10}}}\n")


@F("row.tab_plates")
def _row_tab_plates(doc):
    doc.r("小区车辆登记（{comm}）\n车牌\t车主\t联系电话\t房号\n")
    for i in range(1, doc.rng.randint(4, 8)):
        doc.r(f"{{plate.{i}}}\t{{nm.{i}}}\t{{mob.{i}:p}}\t{{num:1-30}}-{{num:1-3}}-{{num:101-2202}}\n")


@F("row.bar_utility")
def _row_bar_utility(doc):
    doc.r("户号|户名|电话|用电地址|表号|欠费\n")
    for i in range(1, doc.rng.randint(3, 6)):
        doc.r(f"{{acct}}|{{nm.{i}}}|{{mob.{i}:p}}|{{addr.{i}}}|{{meter}}|{{fin.{i}:small}}\n")


@F("row.fw_paste")
def _row_fw_paste(doc):
    doc.r("（手机端转发表格，格式已乱）\n")
    for i in range(1, doc.rng.randint(2, 5)):
        doc.r(f"{{nm.{i}}}　身份证：")
        doc.e("CN_RESIDENT_ID", fullwidth(doc.person(i).id))
        doc.r("　电话：")
        doc.e("CN_MOBILE", fullwidth(doc.person(i).mobile))
        doc.r("\n")


# ---- JSON / CSV exports ----------------------------------------------------------------------------
def jrow(doc, fields):
    doc.t("{")
    for k, (key, val) in enumerate(fields):
        if k:
            doc.t(", ")
        doc.t(f'"{key}": ')
        if val.startswith("#"):
            doc.t(val[1:])
        else:
            doc.t('"')
            doc.r(val)
            doc.t('"')
    doc.t("}")


@F("json.marriage")
def _json_marriage(doc):
    doc.t('{"code": 0, "msg": "success", "data": [\n')
    n = doc.rng.randint(1, 3)
    for i in range(n):
        a, b = 2 * i + 1, 2 * i + 2
        doc.persons[a] = Person(doc.rng, "young", M)
        doc.persons[b] = Person(doc.rng, "young", W)
        doc.t("  ")
        jrow(doc, [("djjg", "湖州市{dist}民政局"), ("djrq", "{ndate:iso}"), ("nfxm", f"{{nm.{a}}}"), ("nfsfzh", f"{{id.{a}:p}}"),
                   ("nvxm", f"{{nm.{b}}}"), ("nvsfzh", f"{{id.{b}:p}}"), ("jhzh", "{cert:marry}")])
        doc.t(",\n" if i < n - 1 else "\n")
    doc.r('], "total": ' + str(n) + ', "api_version": "{ver}"}')


@F("json.elder")
def _json_elder(doc):
    doc.opts = {"ages": {0: "old"}}
    doc.t("[\n")
    n = doc.rng.randint(2, 4)
    for i in range(1, n + 1):
        doc.t("  ")
        jrow(doc, [("name", f"{{nm.{i}}}"), ("idCard", f"{{id.{i}:p}}"), ("birthday", f"{{dob.{i}:iso}}"), ("careLevel", f"#{doc.rng.randint(1, 4)}"),
                   ("disease", f"{{hi.{i}}}"), ("contact", f"{{nm.{i + 10}}}"), ("contactPhone", f"{{mob.{i + 10}:p}}"), ("bed", "{alt:A|B|C}-{num:101-520}")])
        doc.t(",\n" if i < n else "\n")
    doc.t("]")


@F("json.gjj_api")
def _json_gjj_api(doc):
    doc.r('{"retCode":"0000","retMsg":"查询成功","traceId":"{sn}","body":{"grzh":"{num:100000000-999999999}","xingming":"{nm.1}","zjhm":"{id.1:p}",')
    doc.r('"sjhm":"{mob.1:p}","dwmc":"{org}","grzhye":"')
    doc.r('{fin.1:bal/bare}","yjce":"{fin.1:month/bare}","zhzt":"正常"},"server":"{ip:in10}"}')


@F("json.hospital_fhir")
def _json_fhir(doc):
    doc.r('{"resourceType": "Patient", "id": "{mr.1:bl}", "identifier": [{"system": "urn:oid:{oid}", "value": "{id.1:p}"}], ')
    doc.r('"name": [{"text": "{nm.1}"}], "gender": "{alt:male|female}", "birthDate": "{dob.1:iso}", "telecom": [{"system": "phone", "value": "{mob.1:p}"}], ')
    doc.r('"address": [{"text": "{addr.1}"}], "meta": {"versionId": "{num:1-9}", "source": "{ver}"}}')


@F("json.bike_trip")
def _json_bike(doc):
    doc.r('{"orderId": "{orderno}", "userPhone": "{mob.1:p}", "bikeNo": "{dev}", "start": "{ndate:iso} {tm}", "fee": "{amt:fee}", ')
    doc.r('"trackDesc": "{trace.1}", "clientIp": "{ip:pub}", "appVersion": "{ver}"}')


@F("json.event_log")
def _json_event(doc):
    for i in range(1, doc.rng.randint(3, 5)):
        jrow(doc, [("ts", "{ndate:iso}T{tm}:{num:10-59}Z"), ("level", "{alt:INFO|WARN|INFO}"), ("svc", "hz-civil-api"),
                   ("event", "{alt:query|export|login|update}"), ("operator", f"{{nm.{i}}}"), ("src_ip", "{ip}"),
                   ("target_id", f"{{id.{i + 5}:p}}"), ("build", "{ver}")])
        doc.t("\n")


@F("csv.funeral")
def _csv_funeral(doc):
    doc.opts = {"ages": {0: "old"}}
    doc.r("cremation_no,deceased_name,id_no,gender,age,death_date,family_contact,contact_phone\n")
    for i in range(1, doc.rng.randint(3, 6)):
        doc.r(f"{{sn}},{{nm.{i}}},{{id.{i}:p}},{{sex.{i}}},{{age.{i}}},{{ndate:iso}},{{nm.{i + 10}}},{{mob.{i + 10}:p}}\n")


@F("csv.tax_export")
def _csv_tax(doc):
    doc.r('"纳税人识别号","纳税人名称","税款所属期","收入额","已缴税额"\n')
    for i in range(1, doc.rng.randint(3, 6)):
        doc.r(f'"{{id.{i}:p}}","{{nm.{i}}}","{{yr:-1}}-01至{{yr:-1}}-12","{{fin.{i}:income/yuan}}","{{fin.{i}:small/yuan}}"\n')
    doc.r('"{uscc:91}","{org}","{yr:-1}","{amt:yuan}","{amt:yuan}"\n')


@F("csv.housing")
def _csv_housing(doc):
    doc.r("bdcdyh,qlr,zjhm,zl,mj,djsj\n")
    for i in range(1, doc.rng.randint(2, 5)):
        doc.r(f"{{cert:bdcdy}},{{nm.{i}}},{{id.{i}:p}},{{addr.{i}:estate}},{{num:60-180}}.{{num:10-99}},{{ndate:iso}}\n")


@F("csv.vaccine_export")
def _csv_vacc(doc):
    doc.opts = {"ages": {0: "child"}}
    doc.r("ID,ChildName,BirthDate,Vaccine,Dose,Date,GuardianPhone,Clinic\n")
    for i in range(1, doc.rng.randint(3, 6)):
        doc.r(f"{{num:10000-99999}},{{nm.{i}}},{{dob.{i}:iso}},{{vac}},{{num:1-4}},{{ndate:iso}},{{mob.{i + 10}}},{{town}}接种门诊\n")


@F("csv.stat_table")
def _csv_stat(doc):
    doc.r("地区,常住人口(万人),地区生产总值(亿元),增速(%),人均可支配收入(元)\n")
    for _ in range(doc.rng.randint(3, 5)):
        doc.r("{place},")
        doc.n("statistic", f"{doc.rng.uniform(30, 120):.2f}")
        doc.t(",")
        doc.n("amount", f"{doc.rng.uniform(300, 1500):.1f}")
        doc.t(",")
        doc.t(f"{doc.rng.uniform(2, 9):.1f},")
        doc.n("amount", f"{doc.rng.randint(42000, 78000)}")
        doc.t("\n")
    doc.r("数据来源：湖州统计年鉴{yr:-1}")


@F("csv.sms_export")
def _csv_sms(doc):
    doc.r("发送时间,接收号码,短信内容,状态\n")
    for i in range(1, doc.rng.randint(3, 6)):
        doc.r(f"{{ndate:iso}} {{tm}},{{mob.{i}:p}},\"{{nm.{i}}}您好，您的{{alt:居住证|优待证|敬老卡|护照}}已办结，请凭回执领取。\",{{alt:成功|成功|失败}}\n")


# ---- English-mixed system output ------------------------------------------------------------------
T("en.login_log", """{yr} Security Audit — hz-gov-portal
[{ndate:iso} {tm}:{num:10-59}] INFO  auth: user {nmpy.1:Cap} (staff no. {num:10000-99999}) login OK from {ip} via SSO, client {ver}
[{ndate:iso} {tm}:{num:10-59}] WARN  auth: 5 failed logins for account bound to mobile {mob.1:p} from {ip:pub}, account locked
[{ndate:iso} {tm}:{num:10-59}] INFO  export: 统计报表 exported by {nm.1}, rows={num:100-9000}, policy OID {oid}""")

T("en.api_error", """ERROR {ndate:iso} [hz-gjj-gateway] ValidationError: field 'zjhm' failed checksum: value={idbadx} (expected GB11643 check digit)
  at IdValidator.check (validator.py:{num:20-400})
  request_id={sn} client_ip={ip} user_agent=Mozilla/5.0 app/{ver}
WARN retry with corrected id {id.1:p} for applicant {nm.1} -> 200 OK""")

T("en.ticket", """Ticket #{orderno:ticket_number} | Priority: P{num:1-3} | Status: Open
Reporter: {nm.1} <{mail.1}>  Tel: {mob.1}
Summary: 浙里办 residence-permit upload fails on Android (app {ver})
Details: Applicant ID {id.1:p}, address {addr.1}. Server {ip:in10} returned HTTP 500.
Assignee: {nmpy.2:West}""")

T("en.email", """From: {nmpy.1:West} <{mail.1}>
To: {omail}
Subject: Re: 公积金提取 application {sn}
Date: {ndate:iso}

Hi 老师,
Attached is my rental contract ({contractno}). My ID number is {id.1} and my mobile is {mob.1}. Please transfer to my card {bank.1}.
Thanks, {nm.1}""")

T("en.db_dump", """mysql> SELECT xm, sfzh, lxdh, jzdz FROM t_jzz_sqxx WHERE sqrq >= '{ndate:iso}' LIMIT 3;
+--------+--------------------+-------------+------------------------------------------+
| xm     | sfzh               | lxdh        | jzdz                                     |
+--------+--------------------+-------------+------------------------------------------+
| {nm.1} | {id.1:p} | {mob.1:p} | {addr.1:estate} |
| {nm.2} | {id.2:p} | {mob.2:p} | {addr.2:estate} |
| {nm.3} | {id.3:p} | {mob.3:p} | {addr.3:estate} |
+--------+--------------------+-------------+------------------------------------------+
3 rows in set (0.0{num:1-9} sec)
Server version: {ver} MySQL Community Server""", homes={0: "out"})

T("en.monitor", """[ALERT] {ndate:iso} {tm} host={dev} ip={ip:in10} cpu=9{num:0-9}% disk=/data 9{num:0-9}%
[INFO] backup job finished: 12,345 rows from civil_affairs.marriage_reg, archive {sn}.tar.gz, sha256 ok
[INFO] cert serial {sn} OID {oid} expires {ndate:iso}
[INFO] on-call: {nm.1} {mob.1}""")

T("en.sms_gateway", """SMS-GW {ver} send batch={sn}
  -> {mob.1:p} [OK] tpl=GJJ_BAL "尊敬的{nm.1}，您的公积金余额为{fin.1:bal}"
  -> {mob.2:p} [OK] tpl=GJJ_BAL "尊敬的{nm.2}，您的公积金余额为{fin.2:bal}"
  -> {mobbad} [FAIL] invalid msisdn
gateway={ip:in172} port=7890 elapsed={num:100-900}ms""")

T("en.hospital_hl7", """MSH|^~\\&|HIS|{alt:HZCH|HZFH|HZTCM}|LIS|LAB|{d:num}{num:10-23}{num:10-59}00||ADT^A01|{sn}|P|2.5
PID|1||{mr.1:bl}^^^HIS||{nmpy.1:UP}^^^^^|{nm.1}||{sexen.1}|||{addr.1}||{mob.1:p}
PV1|1|I|{ward}^{num:1-40}^{num:1-3}||||{num:1000-9999}^{nm.2}
DG1|1||I{num:10-99}.{num:0-9}^{hi.1}^ICD10""")

T("en.git_commit", """commit {sn}
Author: dev-team <{omail}>
Date:   {ndate:iso}

    fix: mask sfzh in export (ticket {orderno:ticket_number}); bump sdk to {ver}

    Test data used: sfzh={idbadx} (fake, bad checksum) replaced by fixtures.
    Reviewed-by: {nmpy.1:Cap}""")

T("en.vpn_log", """VPN session report {ndate:iso}
user={nmpy.1:Cap} realm=hz-gov assigned_ip={ip:in10} public_ip={ip:pub} device={dev} client={ver} duration={num:1-9}h{num:10-59}m
user={nmpy.2:Cap} realm=hz-gov assigned_ip={ip:in10} public_ip={ip:pub} device={dev} client={ver} result=MFA_FAILED
contact for access issues: {tel} / {omail}""")

T("en.bilingual_notice", """Notice to Foreign Residents / 外籍人员住宿登记提醒
Host: {nm.1}, mobile {mob.1}, address {addr.1}
Guest: {nmpy.2:UP}, Passport No. {pp.2}, arrived {ndate:iso}
请房东在外籍人员入住后24小时内到{town}派出所办理住宿登记。Tel: {tel}""")

T("en.crash_report", """App crash report — 湖州公交 {ver}
device: {dev}  os: Android {num:9-14}  user_phone: {mob.1:p}
stack: NullPointerException at CardRecharge.java:{num:10-900}
last request: POST /api/card/recharge amount={amt:fee} card={acct} ip={ip:pub}""")

# ---- SMS and chat -------------------------------------------------------------------------------------
T("sms.bank_debit", """【{alt:湖州银行|工商银行|农业银行|建设银行}】您尾号{num:1000-9999}的储蓄卡{ndate:cn}{tm}代扣{alt:水费|电费|燃气费|公积金贷款}{fin.1:small}，余额{fin.1:dep}。如有疑问请致电{svc:95588}。""")

T("sms.courier", """【{alt:顺丰|中通|EMS|京东}】您的快件（单号{alt:SF|ZT|EMS}{num:100000000-999999999}{num:1000-9999}）已到{comm}驿站，凭取件码{num:1-30}-{num:1-9}-{num:1000-9999}领取。快递员{nm.1}，电话{mobx}。""")

T("sms.fraud_warning", """【湖州反诈中心】{nm.1}您好，监测发现您的手机号{mob.1}近期接听疑似诈骗电话，来电号码{tel:bj}自称“{alt:公安局|社保局|医保局}”工作人员。请勿向任何人转账，如有疑问请拨打{svc:110}或{svc:96110}。""")

T("sms.appointment", """【湖州市民服务中心】{nm.1}您好，您已预约{ndate}{tm}办理{alt:不动产登记|公积金提取|社保转移|护照申领}业务，取号码为A{num:100-999}，办事地址：{oaddr}。改约请致电{tel}。""")

T("sms.arrears_notice", """【湖州水务】{nm.1}户，您家（{addr.1}）截至{ndate:+}欠缴水费{fin.1:small}，请于月底前缴清以免停水。户号{acct}。""")

T("sms.family", """妈，我换号了，新号码{mob.1}，旧的{mob.2}不用了。你把身份证号发我一下，我帮你在网上交医保：{id.3}对吧？另外爸的{hi.4:chronic}复查约在{ndate}了。""", ages={3: "old", 4: "old"}, sexes={3: W, 4: M})

T("chat.wechat_neighbor", """【{comm}邻里群】
{nm.1}：谁家的车{plate.2}停在消防通道了？麻烦挪一下
{nm.2}：不好意思，马上来
物业客服：以后临时停车请联系物业{tel}，车主信息已登记。
{nm.3}：3栋{num:1-2}0{num:1-4}漏水到我家了，业主电话多少？
物业客服：已私聊您，业主{nm.4}，{mob.4}。""")

T("chat.work_group", """[民政局社救科]
{nm.1}：{town}报上来的那户低保，申请人{nm.2}，身份证{id.2}，核对结果出来了吗？
{nm.3}：出来了，名下有车（{plate.2}）和存款{fin.2:dep}，超标了。
{nm.1}：那按规定退回，你跟镇里{nm.4}说一下，她手机{mob.4}。""")

T("chat.doctor_patient", """患者家属 {nm.1}：医生您好，我爸{nm.2}上周在你们那住院，住院号{mr.2:zy}，出院小结上写的{hi.2:chronic,cancer}，现在吃药后还是不太舒服，要不要回来复查？
{nm.3}医生：建议本周四上午来门诊，先把血压监测记录带过来。
患者家属 {nm.1}：好的，谢谢，我电话{mob.1}，有事联系。""", ages={2: "old"}, sexes={2: M}, kin={1: 2})

T("chat.landlord", """房东 {nm.1}：小{sur.2}，下个月房租{fin.2:month}记得转，卡号{bank.1}，开户名{nm.1}。
租客 {nm.2}：好的房东，另外我居住证要用租房合同，您身份证号方便发一下吗？
房东 {nm.1}：{id.1}，合同复印件我放你门口了（{addr.1}）。""")

T("chat.hotline_record", """12345热线通话记录（转写）
来电号码：{mob.1}　来电时间：{ndate} {tm}
市民：喂，我叫{nm.1}，住在{addr.1}，楼下烧烤店油烟太大了，投诉好几次了。
话务员：好的，请问店名叫什么？
市民：叫“{alt:老湖州|阿强|夜宵}烧烤”，老板姓{sur.2}，电话{mob.2}。
话务员：已记录，工单号{orderno:ticket_number}，会转{dist}综合执法局处理。""")

T("chat.qq_group", """【{alt:湖州师院|长兴中学|安吉职教中心}家长群】
班主任{nm.1}：请以下同学家长尽快上传{alt:疫苗接种证|学籍信息|医保参保证明}：
{nm.2}（家长{nm.3} {mob.3:p}）、{nm.4}（家长{nm.5} {mob.5:p}）
班主任{nm.1}：另外{nm.6}同学因{hi.6:child,chronic}请假一周，请同学们帮忙记好笔记。""", ages={2: "teen", 4: "teen", 6: "teen"}, kin={2: 3, 4: 5})

T("chat.loan_collect", """{nm.1}你好，你在{alt:某网贷平台|某消费金融公司}的借款已逾期{num:30-180}天，欠款{fin.1:debt}，如再不处理将联系你的紧急联系人{nm.2}（{mob.2}）并上报征信。你身份证{id.1}、住址{addr.1}我们都有。""")

T("chat.police_help", """微信报警记录：
{tm} 报警人（{mob.1}）：我妈{nm.2}走丢了，{age.2}岁，有{hi.2:chronic}，穿灰色外套，最后在{alt:爱山广场|湖州站|南浔古镇|吾悦广场}附近看见的。
{tm} 接警员：已通知附近巡逻警力，请保持电话畅通。
{tm} 接警员：通过视频调取，老人行动轨迹为{trace.2:3}，现已在{alt:公交站|派出所}找到。""", ages={2: "old"}, sexes={2: W})

T("chat.voice_to_text", """（语音转文字）{nm.1}啊，我是你{alt:三舅|二姨|大伯}，我手机号换成{mob.2}了哦，那个{nm.3}的喜酒定在{ndate}，{alt:长兴|德清|安吉}那边，你{alt:开车|坐车}过来，车牌{plate.1}登记一下我让酒店留车位。""")

T("sms.verify_code", """【浙里办】验证码{num:100000-999999}，用于{nm.1}（身份证尾号{num:1000-9999}）的{alt:社保卡挂失|公积金提取|居住证签注}业务，5分钟内有效。如非本人操作请忽略。""")

T("sms.social_card", """【湖州人社】{nm.1}，您的第三代社会保障卡（卡号{sscard.1}）已制卡完成，请携带身份证到{bankname}{town}网点领取并激活金融功能。咨询{svc:12333}。""")

T("sms.group_tour", """【湖州{alt:国旅|中旅|青旅}】{nm.1}您好，您报名的{alt:香港三日游|澳门两日游}将于{ndate}出发，请携带往来港澳通行证（{hk.1}）及有效签注，{tm}在湖州站北广场集合，领队{nm.2}：{mob.2}。""")

T("chat.dm_leak", """[私聊] {nm.1}：哥，你帮我查下这个人的开房记录，{nm.2}，{id.2}，车牌{plate.2}。
[私聊] {nm.3}：这个查不了，违规的，你找正规途径。
[私聊] {nm.1}：那她手机{mob.2}的位置能看到不？
[私聊] {nm.3}：不行。""")

T("chat.customer_service", """在线客服对话（国网湖州供电）
客户：我家户号{acct}，怎么这个月电费{fin.1:small}这么多？
客服：您好，请提供户名和联系电话核实身份。
客户：户名{nm.1}，电话{mob.1}，地址{addr.1}。
客服：核实无误。您本月谷电用量增加较多，建议检查热水器。电能表编号{meter}运行正常。""")

# ---- 12345 hotline, social insurance, employment, education, medical insurance ---------------------------
T("hot.ticket", """湖州市12345政务服务热线工单
工单编号：{orderno:ticket_number}　来电时间：{ndate} {tm}　来电号码：{mob.1}
诉求人：{nm.1}（{alt:先生|女士}）　联系地址：{addr.1}
诉求类型：{alt:投诉|咨询|求助|建议}　
诉求内容：反映{alt:小区电梯长期故障|楼上装修噪音扰民|农民工工资被拖欠|物业乱收费}，要求尽快处理。
承办单位：{dist}{alt:住建局|综合执法局|人力社保局|市场监管局}　办理时限：{ndate}
回访结果：{alt:满意|基本满意|不满意}""")

T("hot.reply", """12345工单办理情况回复
工单号：{orderno:ticket_number}
经核查，诉求人{nm.1}反映的{org}拖欠工资问题属实，涉及工人{num:5-40}名，拖欠金额共计{amt:wan}。
经协调，企业已于{ndate}将其本人工资{fin.1:month}支付到位（转账至{bank.1}）。
承办人：{nm.2}　联系电话：{tel}""")

T("hot.stat", """{yr}年{num:1-12}月12345热线运行分析
本月受理诉求{stat:count/件}，同比{alt:上升|下降}{stat:pct}；按时办结率{stat:pct}，满意率{stat:pct}。
热点问题：物业管理{stat:count/件}、交通出行{stat:count/件}、劳动保障{stat:count/件}。
{place}、{place}诉求量位居前列。""")

T("si.pension", """城乡居民基本养老保险待遇核定表
参保人：{nm.1}　社会保障号码：{ss.1}　出生年月：{dob.1:ym}
户籍地址：{addr.1}
累计缴费年限：{num:15-30}年　个人账户储存额：{fin.1:dep}
月养老金：{fin.1:pension}（基础养老金+个人账户养老金）
待遇开始时间：{yr}年{num:1-12}月　发放银行：{bankname}　社保卡号：{sscard.1}""", ages={1: "old"})

T("si.unemploy", """失业保险金申领登记表
申领人：{nm.1}　公民身份号码：{id.1}　联系电话：{mob.1}
原工作单位：{org}（统一社会信用代码{uscc:91}）
离职日期：{d}　累计缴费月数：{num:12-180}
申领期限：{num:3-24}个月　月发放标准：{fin.1:month}
发放账户：社会保障卡金融账户""")

T("si.injury", """工伤认定决定书
{docno:湖人社工伤认}
受伤害职工：{nm.1}，{sex.1}，{age.1}岁，身份证号码{id.1}
用人单位：{org}
{d}{tm}，{nm.1}在车间操作时右手被机器压伤，经{hosp}诊断为{hi.1:injury}。
根据《工伤保险条例》第十四条第（一）项，认定为工伤。""")

T("si.transfer", """基本养老保险关系转移接续申请表
参保人：{nm.1}　社会保障号码：{ss.1}　手机：{mob.1}
转出地：{alt:江苏省苏州市|安徽省合肥市|上海市}社会保险经办机构
转入地：湖州市社会保险事业管理中心
户籍所在地：{addr.1:div}
转移金额：统筹基金{fin.1:dep}，个人账户{fin.1:dep}""", homes={1: "out"})

T("si.card_loss", """社会保障卡挂失补换申请
持卡人：{nm.1}　社保卡号：{sscard.1}　身份证号：{id.1}
挂失原因：{alt:遗失|损坏|被盗}　挂失时间：{ndate} {tm}
补卡领取方式：邮寄至{addr.1}，收件电话{mob.1}
补卡费用：{amt:fee}""")

T("job.register", """就业创业登记（失业人员）
姓名：{nm.1}　出生日期：{dob.1}　身份证号：{id.1}
文化程度：{alt:高中|中专|大专|本科}　就业困难人员类别：{alt:大龄失业人员|残疾人|零就业家庭成员}
残疾情况：{hi.1:disab}
求职意向：{alt:保安|保洁|仓库管理|文员}　期望月薪：{fin.1:month}
联系电话：{mob.1}　居住地：{addr.1}""", ages={1: "mid"})

T("job.subsidy_public", """{yr}年第{num:1-4}批社会保险补贴拟发放对象公示
{nm.1}　灵活就业社保补贴　{fin.1:small}
{nm.2}　灵活就业社保补贴　{fin.2:small}
{nm.3}　用人单位吸纳就业补贴（{org}）　{amt:yuan}
公示期：{ndate}至{ndate:+}，监督电话{tel}""")

T("edu.enroll", """{yr}年义务教育新生入学报名信息确认单
学生姓名：{nm.1}　性别：{sex.1}　出生日期：{dob.1}　身份证号：{id.1}
户籍地址：{addr.1}
父亲：{nm.2}　手机：{mob.2}　母亲：{nm.3}　手机：{mob.3}
报名学校：{dist}{alt:实验小学|第一小学|湖师附小|凤凰小学}　报名号：{sn}
学区房产证号：{cert:bdc}""", ages={1: "child"}, sexes={2: M, 3: W}, kin={1: 2})

T("edu.aid", """家庭经济困难学生认定申请表
学生：{nm.1}　学号：{num:2020000000-2024999999}　身份证号：{id.1}
家庭住址：{addr.1}　家庭人口：{num:3-6}
家庭年收入：{fin.1:income}
特殊情况：父亲{nm.2}患{hi.2:cancer,chronic}，母亲{alt:务农|打零工|无业}。
认定等级：{alt:特别困难|困难|一般困难}
辅导员：{nm.3}　电话：{tel}""", ages={1: "teen"}, sexes={2: M}, kin={1: 2})

T("edu.exam_list", """{yr}年湖州市{alt:中考|高考|学考}考场安排（{alt:第一|第二}考点）
准考证号        姓名      身份证号               考场   座位
{num:3305000000-3305999999}  {nm.1}  {id.1:p}  {num:1-40}  {num:1-30}
{num:3305000000-3305999999}  {nm.2}  {id.2:p}  {num:1-40}  {num:1-30}
{num:3305000000-3305999999}  {nm.3}  {id.3:p}  {num:1-40}  {num:1-30}
监考：{nm.4}、{nm.5}""", ages={0: "teen"})

T("yb.reimburse", """医保零星报销申请
参保人：{nm.1}　医保编号：{mr.1:yb}　社会保障号码：{ss.1}
就诊医院：{alt:上海瑞金医院|浙江大学医学院附属邵逸夫医院|复旦大学附属肿瘤医院}（异地未直接结算）
疾病诊断：{hi.1:cancer,chronic}
发票总金额：{fin.1:med}　申请报销：{fin.1:med}
收款账户：{bank.1}
经办：{nm.2}""")

T("yb.special_disease", """医保规定病种（门诊特殊病）认定表
参保人：{nm.1}　性别：{sex.1}　年龄：{age.1}　身份证号：{id.1}
申请病种：{hi.1:chronic,cancer,psych}
认定医院：{hosp}　认定医师：{nm.2}
有效期：{ndate}至{yr:2}年{num:1-12}月
医保经办机构审核：同意。""")

T("yb.fraud", """医保基金违规使用处理通报
经查，{org}（定点药店，{uscc}）于{yr:-1}年间，利用参保人{nm.1}（医保编号{mr.1:yb}）等{num:3-30}人的医保凭证，串换药品{alt:保健品|日用品}，涉及医保基金{amt:yuan}。
依据{docno}，追回违规基金并处以{alt:一倍|两倍}罚款，暂停医保结算{num:3-12}个月。""")

T("dis.card", """残疾人证办理申请表
申请人：{nm.1}　出生日期：{dob.1}　公民身份号码：{id.1}
残疾类别：{alt:肢体|视力|听力|智力|精神}　评定结果：{hi.1:disab}
评定医院：{hosp}　评定医生：{nm.2}
监护人（代理人）：{nm.3}，{mob.3}
户籍地址：{addr.1}""")

T("dis.rehab", """残疾儿童康复救助申请
儿童：{nm.1}　出生日期：{dob.1:cn}　身份证号：{id.1}
诊断：{hi.1:childdev}
定点康复机构：{org}
救助标准：按《湖州市残疾儿童康复救助实施办法》（{docno}）执行
监护人：{nm.2}　电话：{mob.2}　住址：{addr.2}""", ages={1: "child"}, kin={1: 2})

# ---- more civil affairs, registration, exit-entry, housing -------------------------------------------
T("civ.marriage.legacy_id", """婚姻登记历史档案数字化补录
档案年份：{alt:1992|1995|1998|2001}　卷号：{num:1-80}　页码：{num:1-300}
男方：{nm.1}　身份证号（旧）：{id15.1}
女方：{nm.2}　身份证号（旧）：{id15.2}
现身份证号：男方{id.1}；女方{id.2}
补录人：{nm.3}　补录日期：{ndate}　系统版本：{ver}""", sexes={1: M, 2: W}, ages={1: "mid", 2: "mid"})

T("civ.marriage.counsel", """婚姻家庭辅导记录（离婚冷静期）
来访人：{nm.1}、{nm.2}　预约电话：{mob.1}
来访日期：{ndate}　辅导员：{nm.3}
主要矛盾：{alt:经济问题|子女教育|婆媳关系}，女方称男方每月收入{fin.1:month}却不承担家庭开支。
女方自述患{hi.2:psych}，正在{hosp}治疗。
辅导结论：双方同意冷静期内继续沟通，{ndate}复访。""", sexes={1: M, 2: W})

T("eld.bank_agent", """养老机构代管老人财物登记
老人：{nm.1}，{age.1}岁，房间{num:101-420}
代管物品：社保卡一张（卡号{sscard.1}）、{bankname}存折一本（卡号{bank.1}，余额{fin.1:dep}）
代管人：院长{nm.2}　见证人：{nm.3}（老人家属，{mob.3}）
登记日期：{ndate}""", ages={1: "old"})

T("eld.long_care", """长期护理保险失能等级评估结论通知书
{nm.1}：
根据您（社会保障号码{ss.1}）的申请，经评估，您的失能等级为{alt:重度失能一级|重度失能二级|重度失能三级}，主要疾病为{hi.1:chronic}。
自{ndate}起享受长期护理保险待遇，{alt:居家护理|机构护理}每日补助标准按{docno}执行。
如对评估结论有异议，可在15日内申请复评，电话{tel}。""", ages={1: "old"})

T("eld.birthday_list", """{comm}{yr}年{num:1-12}月百岁老人生日慰问名单
{nm.1}，{dob.1:cn}出生，住{addr.1}，慰问品：蛋糕、慰问金{amt:fee}
{nm.2}，{dob.2:cn}出生，住{addr.2}
负责人：{nm.3}　{mob.3}""", ages={1: "old", 2: "old"})

T("hj.household_json", """{"hh":"{num:100000000-999999999}","hzxm":"{nm.1}","zz":"{addr.1}","cy":[{"xm":"{nm.1}","gx":"户主","sfzh":"{id.1:p}","csrq":"{dob.1:num}"},{"xm":"{nm.2}","gx":"配偶","sfzh":"{id.2:p}","csrq":"{dob.2:num}"},{"xm":"{nm.3}","gx":"子","sfzh":"{id.3:p}","csrq":"{dob.3:num}"}],"sjly":"人口库","gxsj":"{ndate:iso}"}""",
  ages={3: "teen"}, sexes={1: M, 2: W, 3: M}, kin={3: 1})

T("hj.settle_talent", """人才落户申请审核表
申请人：{nm.1}　出生日期：{dob.1:iso}　身份证：{id.1}
学历：{alt:全日制硕士研究生|全日制本科|博士研究生}　毕业院校：{alt:浙江大学|上海交通大学|华东师范大学|湖州师范学院}
工作单位：{org}　社保缴纳：已缴{num:1-12}个月
拟落户地址：{alt:单位集体户|人才公寓集体户|社区集体户}
原户籍地：{addr.1:div}
联系电话：{mob.1}　邮箱：{mail.1}""", ages={1: "young"}, homes={1: "out"})

T("hj.id_photo_sms", """【湖州公安户政】{nm.1}，您在{alt:爱山|月河|织里|武康|雉城|递铺}派出所采集的身份证照片已审核通过，新证预计{ndate}可领取，也可改为邮寄到{addr.1}（运费到付）。""")

T("cr.exit_ban", """限制出境决定通知
被限制人：{nm.1}　公民身份号码：{id.1}　护照号：{pp.1}　往来港澳通行证号：{hk.1}
限制理由：系{caseno:执}案件被执行人，未履行生效法律文书确定的义务（欠款{fin.1:debt}）。
限制期限：自{ndate}起至义务履行完毕之日止。
决定机关：湖州市{dist}人民法院""")

T("cr.visa_student", """出国留学人员信息登记
学生：{nm.1}（{nmpy.1:Cap}）　护照：{pp.1}　出生日期：{dob.1:iso}
就读院校：{alt:University of Melbourne|University of Toronto|UCL|Nanyang Technological University}　专业：{alt:Computer Science|Accounting|Civil Engineering}
国内联系人：{nm.2}（父亲）　手机：{mob.2}　邮箱：{mail.2}
家庭住址：{addr.2}""", ages={1: "young", 2: "mid"}, sexes={2: M}, kin={1: 2})

T("cr.hk_business", """因公赴港澳审批件
批件号：{docno:湖外办港澳}
团组人员：
{nm.1}　{alt:市商务局|市经信局|市发改委}　{alt:副局长|处长|科长}　因公往来港澳通行证：{hk.1}
{nm.2}　{org}　总经理　往来港澳通行证：{hk.2}
行程：{ndate}赴香港，停留{num:3-5}天。经费预算：{amt:wan}（由派出单位承担）""")

T("gjj.rent", """租房提取住房公积金承诺书
本人{nm.1}（身份证号{id.1}），现在湖州市{dist}无自有住房，租住于{addr.1:estate}，月租金{fin.1:month}，房东{nm.2}（电话{mob.2}）。
本人承诺以上信息真实，申请按月提取住房公积金{fin.1:month}，转入本人{bankname}账户{bank.1}。
承诺人：{nm.1}　{ndate}""")

T("gjj.audit_find", """住房公积金内审发现问题清单
1. 骗提案件：{nm.1}（{id.1}）伪造离婚证明提取{fin.1:dep}，已移送公安。
2. 系统漏洞：提取审核模块（{ver}）未校验银行卡号，测试发现{bankbad}可通过。
3. 账户异常：{num:3-30}个账户余额为负，最大差额{amt:yuan}。
整改责任人：{nm.2}　完成时限：{ndate}""")

T("bdc.inherit", """不动产继承登记申请材料（遗产继承）
被继承人：{nm.1}，{d}死亡，死亡证明编号{sn}
继承人：{nm.2}（子，{id.2}）、{nm.3}（女，{id.3}，护照{pp.3}）
放弃继承声明：{nm.3}自愿放弃，经{notano}公证。
继承房产：{addr.1:estate}（{cert:bdc}）
联系电话：{mob.2}""", ages={1: "old"}, sexes={1: M, 2: M, 3: W}, kin={2: 1, 3: 1})

T("bdc.seal_notice", """协助执行通知书（查封）
湖州市不动产登记中心：
关于{caseno:执}申请执行人{nm.1}与被执行人{nm.2}借款合同纠纷一案，请协助查封被执行人{nm.2}（身份证号{id.2}）名下位于{addr.2:estate}的不动产（{cert:bdc}），查封期限三年。
承办法官：{nm.3}　电话：{tel}""")

T("court.payment_order", """支付令
{caseno:督}
债权人：{org}，统一社会信用代码{uscc:91}，住所地{oaddr}。
债务人：{nm.1}，{sex.1}，{dob.1:cn}出生，住{addr.1}，公民身份号码{id.1}。
债权人于{ndate}向本院申请支付令，称债务人拖欠货款{fin.1:debt}。
债务人应当自收到本支付令之日起十五日内清偿债务，或者向本院提出书面异议。""")

T("court.criminal_brief", """刑事判决书（节选）
{caseno:刑初}
被告人{nm.1}，{sex.1}，{dob.1:cn}出生，汉族，{alt:初中|高中}文化，无业，户籍地{addr.1:div}，住{addr.1:new}。因涉嫌{alt:诈骗罪|盗窃罪|帮助信息网络犯罪活动罪}于{ndate}被刑事拘留。
经审理查明：{d}，被告人{nm.1}利用他人身份证（{id.2}）开设银行账户{bank.2}，转移诈骗资金{amt:wan}……""", homes={1: "out"})

T("tax.rental_tax", """房屋出租综合征收申报表
出租人：{nm.1}　身份证号：{id.1}　手机：{mob.1}
出租房屋坐落：{addr.1:estate}
承租人：{org}
月租金收入：{fin.1:month}　综合征收率：{alt:1.5%|2.5%|5%}　应纳税额：{fin.1:small}
申报日期：{ndate}　电子税票号：{invno:e}""")

T("tax.medical_invoice", """浙江省医疗收费票据（电子）
票据代码：{invno:code}　票据号码：{invno:no}
交款人：{nm.1}　医保类型：{alt:职工医保|居民医保}　医保编号：{mr.1:yb}
门诊号：{mr.1:mz}
项目：西药费、检查费、治疗费
合计：{fin.1:small}　其中医保统筹支付：{fin.1:small}　个人支付：{fin.1:small}
收款单位：{hosp}　开票日期：{ndate}""")

T("ut.water_apply", """自来水新装申请
申请人：{nm.1}　证件号码：{id.1}　联系电话：{mob.1}、{tel}
装表地址：{addr.1:rural}
用水性质：{alt:居民生活|农家乐|民宿}
工程费：按{docno}标准收取{amt:fee}/户（不含自建部分）
勘察员：{nm.2}　预计通水日期：{ndate}""")

T("bike.card_bind", """公共自行车“一卡通”绑定
实名用户：{nm.1}　身份证：{id.1}　手机：{mob.1}
绑定卡：市民卡{acct}　押金：{alt:免押（信用分）|200元已退}
最近骑行：{ndate} 轨迹 {trace.1:2}
注册渠道：APP {ver}　注册IP：{ip:pub}""")

T("hosp.blood", """献血者登记表
献血者：{nm.1}　性别：{sex.1}　出生日期：{dob.1:iso}　证件号：{id.1}
血型：{alt:A|B|O|AB}型 Rh{alt:阳|阴}性　手机：{mob.1}
健康征询：近一年无{alt:手术|输血|纹身}史；既往{hi.1:allergy}
献血量：{alt:200|300|400}ml　献血点：{alt:爱山广场献血屋|吾悦广场献血车|湖州师院献血点}
献血编码：{sn}""")

T("hosp.referral", """双向转诊单（上转）
患者：{nm.1}　{sex.1}　{age.1}岁　身份证号：{id.1}　医保号：{mr.1:yb}
转出单位：{town}社区卫生服务中心　转入单位：{hosp}{ward}
初步诊断：{hi.1}
转诊原因：病情需进一步诊治。
转诊医生：{nm.2}　联系电话：{tel}　患者电话：{mob.1}""")

T("chs.screen_child", """学龄前儿童健康体检异常结果通知
{nm.1}家长：
您的孩子{nm.2}（{dob.2:iso}出生）在{yr}年幼儿园体检中发现：{hi.2:child}。
请于一个月内带孩子到{hosp}儿保科复查。
{town}社区卫生服务中心 儿保医生{nm.3}　电话{tel}""", ages={2: "child"}, kin={2: 1})

T("mtg.jiedao_grid", """{town}综治中心周例会记录（{ndate}）
一、上周事件：受理网格事件{stat:count/件}，办结率{stat:pct}。
二、重点人员：社区矫正对象{nm.1}（身份证{id.1}，住{addr.1}）本周按时报到；{hi.2:psych}患者{nm.2}病情稳定，监护人{nm.3}（{mob.3}）。
三、安全隐患：{comm}电动车违规充电{num:3-20}处，已督促整改。
出席：{nm.4}、{nm.5}、{nm.6}""")

T("mtg.demolition_talk", """征迁谈话记录
时间：{ndate} {tm}　地点：{vil}征迁指挥部
谈话人：{nm.1}、{nm.2}　被谈话人：{nm.3}（户主），电话{mob.3}
被征迁房屋：{addr.3:rural}
{nm.3}称：家里老人{nm.4}患{hi.4:chronic,cancer}，希望安置房在一楼；对补偿款{fin.3:price}有异议。
谈话人答复：按政策可优先选房，补偿标准依据{docno}执行。""", ages={4: "old"})

T("pr.data_security", """湖州市公共数据安全管理情况通报（{yr}年第{num:1-4}季度）
本季度共开展数据安全检查{num:10-60}次，发现问题{stat:count/个}，其中弱口令{num:5-50}个、接口未鉴权{num:1-20}个。
某单位测试环境（{ip:in10}）暴露含个人信息数据{stat:count/条}，已责令整改，相关责任人{nm.1}被约谈。
根据{docno}，各单位须于{ndate}前完成数据分类分级。联系人：{nm.2}　{tel}""")

T("pr.welfare_lottery", """福利彩票公益金资助项目公示
项目名称：{alt:困境儿童关爱|居家养老服务站建设|残疾人康复辅具适配}
资助金额：{amt:wan}　实施单位：{org}
项目编号：{tenderno}　资金拨付时间：{ndate}
受益对象：{stat:count/人}（名单不予公开）
监督电话：{tel}""")

T("pr.traffic_stat", """{yr}年{alt:一季度|上半年|前三季度}湖州市道路交通安全形势分析
全市共发生道路交通事故{stat:count/起}，死亡{num:20-90}人，同比下降{stat:pct}。
电动自行车事故占比{stat:pct}；查处酒驾{stat:count/起}、醉驾{stat:count/起}。
事故多发路段：{place}二环东路、{place}104国道。""")

T("ds.opening_apply", """公共数据受限开放申请
申请主体：{org}　统一社会信用代码：{uscc:91}
联系人：{nm.1}　手机：{mob.1}　邮箱：{mail.1}
申请数据集：{alt:公交实时到站数据|公共自行车站点及车辆数|养老机构名录|医疗机构名录}
应用场景：{alt:出行APP开发|养老服务平台|学术研究}
安全承诺：不得用于识别特定自然人；数据调用IP白名单：{ip:pub}
开放利用协议编号：{contractno}""")

T("ds.desensitize_test", """脱敏规则验证报告
测试字段：sfzh / lxdh / yhkh
原值：{id.1:p} / {mob.1:p} / {bank.1:p}
脱敏后：前三后四保留（掩码） / 前三后四保留 / 前六后四保留
反例（应被拒绝的非法值）：{idbadx} / {mobbad} / {bankbad:p}
结论：规则引擎（{ver}）通过。测试人：{nm.2}""")

T("en.access_review", """Quarterly access review — data platform ({yr} Q{num:1-4})
Account       Owner              Role        Last login            Source IP
u{num:10000-99999}        {nmpy.1:Cap}       analyst     {ndate:iso} {tm}     {ip:in10}
u{num:10000-99999}        {nmpy.2:Cap}       dba         {ndate:iso} {tm}     {ip:in10}
u{num:10000-99999}        {nmpy.3:Cap}       auditor     {ndate:iso} {tm}     {ip:in172}
Reviewer: {nm.4} ({omail})  Policy OID {oid}""")

T("en.parking", """Parking gate log — {comm} East Gate ({dev})
{ndate:iso} {tm}  IN   {plate.1:p}  owner={nm.1}  phone={mob.1:p}
{ndate:iso} {tm}  IN   {plate.2:p}  visitor  fee={amt:fee}
{ndate:iso} {tm}  OUT  {plate.1:p}  duration={num:1-9}h
firmware {ver}""")

T("chat.veteran_group", """[老兵之家群]
{nm.1}：各位战友，{town}退役军人服务站通知，优待证还没领的抓紧，带身份证去。
{nm.2}：我{yr:-30}年入伍的，身份证{id.2}，帮我看看有没有我的？
{nm.3}（服务站）：{nm.2}老兵，您的证已到，电话{tel}预约一下过来拿。
{nm.4}：我老伴{hi.5:chronic}住院了，这个月战友聚会去不了了。""", sexes={1: M, 2: M, 4: M}, ages={2: "old", 5: "old"})

T("chat.funeral_service", """殡仪服务中心在线咨询
用户：你好，我外公{nm.1}昨晚在家过世了，{age.1}岁，户口在{addr.1:div}，要怎么办？
客服：节哀。请先联系社区医生开具死亡证明，再拨打殡仪馆24小时电话{tel}安排接运。惠民殡葬减免需提供逝者身份证。
用户：好的，我叫{nm.2}，手机{mob.2}，麻烦明早安排车。""", ages={1: "old"}, sexes={1: M})

T("sms.police_car", """【湖州交警】{nm.1}，您的车辆{plate.1}于{ndate} {tm}在{alt:二环东路|湖州大道|凤凰路}违停被记录，请在15日内通过“交管12123”处理。采集设备{dev}。""")

T("sms.vaccine_child", """【{town}接种门诊】{nm.1}宝宝（{dob.1:iso}出生）{vac}第{num:1-4}剂已于今日完成接种，请留观30分钟。如出现高热等不适请致电{tel}。""", ages={1: "child"})


# ---- more traces, social security numbers, postcodes and look-alikes ---------------------------------
T("cdc.flow_survey", """流行病学调查报告（{hi.1:infect}）
病例：{nm.1}，{sex.1}，{age.1}岁，身份证号{id.1}，手机{mob.1}
现住址：{addr.1}
发病前14天活动轨迹：{ndate}　{trace.1:4}
{ndate}　{trace.1:3}
密切接触者：{nm.2}（{alt:配偶|同事|女儿}，{mob.2}）、{nm.3}（{mob.3}）
调查人：{nm.4}、{nm.5}　{town}社区卫生服务中心""")

T("cdc.close_contact", """密切接触者健康监测登记
姓名：{nm.1}　联系电话：{mob.1}　居住地址：{addr.1}
与病例关系：{alt:同事|同住家属|同车乘客}
末次接触时间：{ndate} {tm}
末次接触后行程：{trace.1}
乘坐车辆：{alt:公交|网约车}{plate.9}
监测医生：{nm.2}　{tel}""")

T("police.trace_notice", """协查通报
{ndate}，{dist}发生一起盗窃电动车案件。经视频追踪，嫌疑人{nm.1}（男，{age.1}岁，身份证号{id.1}）作案后行动轨迹为：{trace.1}，后乘坐{plate.2}出租车离开。
如发现该人员请立即拨打{svc:110}或与办案民警{nm.3}联系（{mob.3}）。""", sexes={1: M})

T("police.community_correction", """社区矫正对象电子定位越界报警
对象：{nm.1}　矫正编号：{sn}　手机（定位）：{mob.1}
报警时间：{ndate} {tm}
定位轨迹：{trace.1:4}（已超出{dist}活动范围）
处置：司法所工作人员{nm.2}电话核实，对象称{alt:送孩子就医|探望病重父亲|临时务工}，已补办请假手续。""")

T("bus.metro_refund", """交通卡异常扣费退款申请
申请人：{nm.1}　手机：{mob.1}　交通卡号：{acct}
异常记录：{ndate}乘车行程 {trace.1:3}，被重复扣费{fin.1:small}
退款方式：原路退回至绑定银行卡{bank.1}
受理编号：{orderno:ticket_number}""")

T("taxi.ride_receipt", """网约车行程单
乘客手机：{mob.1}　司机：{sur.2}师傅　车牌：{plate.2}
行程：{ndate}　{trace.1:2}
里程：{num:3-60}.{num:1-9}公里　车费：{fin.1:small}
开票抬头：{org}　税号：{uscc:91}
平台客服：{svc:95105105}""")

T("si.card_apply", """社会保障卡申领登记表
申领人：{nm.1}　性别：{sex.1}　民族：{eth.1}
社会保障号码：{ss.1}
出生日期：{dob.1}　联系电话：{mob.1}
通讯地址：{addr.1}　邮政编码：{zip}
领卡网点：{bankname}{town}支行　是否开通金融功能：是
代办人：{nm.2}　身份证号：{id.2}""")

T("si.pay_record", """个人社会保险参保缴费证明
姓名：{nm.1}　社会保障号码：{ss.1}　社保卡号：{sscard.1}
参保单位：{org}（{uscc:91}）
险种：企业职工基本养老保险　缴费起止：{yr:-6}01-{yr}{num:10-12}　累计月数：{num:60-80}
个人账户累计储存额：{fin.1:dep}
打印日期：{ndate}　验证码：{orderno:serial_number}（可通过浙里办验证）""")

T("post.letter", """挂号信封面
寄件人：湖州市{dist}人民法院　地址：{oaddr}　邮编：{zip}
收件人：{nm.1}（收）
收件地址：{addr.1}　邮编：{zip}　电话：{mob.1}
内件：{alt:传票|判决书|执行通知书}（{caseno}）
邮件号：{alt:XA|XB|XC}{num:100000000-999999999}CN""")

T("post.ems_form", """EMS邮寄单（证件寄递）
寄件：湖州市公安局出入境管理局　{tel}　邮编{zip}
收件：{nm.1}　{mob.1}
地址：{addr.1}　邮编{zip}
内件：{alt:普通护照|往来港澳通行证|居民身份证}（证件号码末四位{num:1000-9999}）
运单号：{num:1000000000000-9999999999999}""")

T("ds.id_check_batch", """身份信息批量核验结果（共享平台返回）
批次号：{sn}　申请单位：湖州市{alt:民政局|医疗保障局|住房公积金管理中心}　核验条数：{num:4-5}
1  {nm.1}  {id.1:p}  一致
2  {nm.2}  {idbad.2}  号码校验位错误
3  {nm.3}  {id.3:p}  一致
4  {nm.4}  {idbad.4}  号码校验位错误
核验接口版本：{ver}　返回时间：{ndate} {tm}""")

T("ds.uscc_check", """企业信用代码核验记录
1. {org}　代码：{uscc}　核验结果：有效
2. {org}　代码：{usccbad}　核验结果：校验码错误，请核对营业执照
3. {org}　代码：{uscc:93}　核验结果：有效（农民专业合作社）
4. {org}　代码：{usccbad:92}　核验结果：校验码错误
核验人：{nm.1}　{ndate}""")

T("bank.card_verify", """代发工资银行卡号核验（{org}）
序号	姓名	卡号	结果
1	{nm.1}	{bank.1:p}	通过
2	{nm.2}	{bankbad:p}	卡号校验失败（Luhn）
3	{nm.3}	{bank.3:p}	通过
4	{nm.4}	{bankbad:p}	卡号校验失败（Luhn）
请人事部门于{ndate}前更正后重新报送。联系人：{nm.5}　{tel}""")

T("form.correction", """信息更正告知单
{nm.1}：您在{alt:公积金提取|低保申请|居住证申领}中填报的身份证号“{idbad.1}”校验不通过，经与户籍信息比对，正确号码应为{id.1}；填报的银行卡号“{bankbad}”无效，请重新提供本人名下一类账户。
如有疑问请致电{tel}。　{ndate}""")

T("en.validation_report", """Data validation summary — export_{ndate:num}.csv
rows: 12,{num:100-999}   invalid_id: {num:3-40}   invalid_card: {num:1-20}   invalid_uscc: {num:1-9}
sample invalid_id: {idbadx}
sample invalid_card: {bankbad:p}
sample invalid_uscc: {usccbad}
valid example (owner {nmpy.1:Cap}): {id.1:p}
tool {ver}, run by {omail}""")


# =============================================================================================
# generation, validation, output
# =============================================================================================
def build(rng: random.Random, tpl, trad: bool):
    tid, body, opts = tpl
    doc = Doc(rng, opts)
    if callable(body):
        body(doc)
    else:
        doc.r(body)
    parts, ents, negs, vals = [], [], [], []
    pos = 0
    for seg in doc.segs:
        s = seg[-1]
        if trad:
            s = to_trad(s)
        if seg[0] == "e":
            ents.append({"type": seg[1], "start": pos, "end": pos + len(s)})
            vals.append(("e", seg[1], pos, s))
        elif seg[0] == "n":
            negs.append({"kind": seg[1], "start": pos, "end": pos + len(s)})
            vals.append(("n", seg[1], pos, s))
        parts.append(s)
        pos += len(s)
    while parts and doc.segs[-1][0] == "t" and parts[-1] != parts[-1].rstrip():
        parts[-1] = parts[-1].rstrip()
        if not parts[-1]:
            parts.pop()
            doc.segs.pop()
    text = "".join(parts)
    return text, ents, negs, vals, tid


def generate(seed: int = SEED, n: int = N_DOCS):
    rng = random.Random(seed)
    order: list = []
    trad_idx = set(rng.sample(range(n), round(n * TRAD_SHARE)))
    records, placed = [], []
    for i in range(n):
        if not order:
            order = list(range(len(TEMPLATES)))
            rng.shuffle(order)
        tpl = TEMPLATES[order.pop()]
        trad = i in trad_idx
        text, ents, negs, vals, tid = build(rng, tpl, trad)
        rec = {"id": f"{FAMILY}-{i:04d}", "text": text, "entities": ents, "negatives": negs,
               "source": f"{FAMILY}/{tid}" + ("/hant" if trad else "")}
        records.append(rec)
        placed.append(vals)
    return records, placed


MOBILE_RE = re.compile(r"^(?:\+86)?1[3-9]\d{9}$")
PASSPORT_RE = re.compile(r"^(?:E\d{8}|E[A-HJ-NP-Y]\d{7}|G\d{8})$")
HKMO_RE = re.compile(r"^(?:C\d{8}|C[A-HJ-NP-Y]\d{7})$")
PLATE_RE = re.compile(r"^[浙苏皖沪赣豫蘇滬贛][A-Z][·• ]?[A-Z0-9]{5,6}$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
IP_RE = re.compile(r"^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$")
LEAKS = [
    ("mobile", re.compile(r"(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9])")),
    ("id", re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")),
    ("card", re.compile(r"(?<![0-9A-Za-z])62\d{14,17}(?![0-9])")),
    ("email", re.compile(r"[A-Za-z0-9._-]+@[A-Za-z0-9-]+\.[A-Za-z]")),
    ("ipv4", re.compile(r"(?<![0-9.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![0-9.])")),
]


def validate(records, placed) -> None:
    tids = set()
    for rec, vals in zip(records, placed):
        text = rec["text"]
        assert text and text == text.strip() or text.strip(), rec["id"]
        spans = []
        for kind, label, start, value in vals:
            assert text[start:start + len(value)] == value, (rec["id"], label, value)
            assert value and value == value.strip(), (rec["id"], label, repr(value))
            spans.append((start, start + len(value), kind, label, value))
        ents = [(e["start"], e["end"], e["type"]) for e in rec["entities"]]
        negs = [(x["start"], x["end"], x["kind"]) for x in rec["negatives"]]
        assert sorted(ents) == sorted((s, e, lab) for s, e, k, lab, _ in spans if k == "e"), rec["id"]
        assert sorted(negs) == sorted((s, e, lab) for s, e, k, lab, _ in spans if k == "n"), rec["id"]
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            assert a[1] <= b[0], (rec["id"], "overlap", a, b)
        for s, e, k, lab, v in spans:
            nv = norm(v)
            if k == "e":
                assert lab in TYPES, (rec["id"], lab)
                if lab == "CN_RESIDENT_ID":
                    assert (len(nv) == 18 and id_ok(nv)) or (len(nv) == 15 and nv.isdigit()), (rec["id"], v)
                elif lab == "CN_SOCIAL_SECURITY":
                    assert (len(nv) == 18 and id_ok(nv)) or re.fullmatch(r"[A-Z]\d{8}", nv), (rec["id"], v)
                elif lab == "BANK_CARD":
                    assert 16 <= len(nv) <= 19 and luhn_ok(nv), (rec["id"], v)
                elif lab == "CN_USCC":
                    assert uscc_ok(nv), (rec["id"], v)
                elif lab == "CN_MOBILE":
                    assert MOBILE_RE.match(re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", v))), (rec["id"], v)
                elif lab == "CN_PASSPORT":
                    assert PASSPORT_RE.match(v), (rec["id"], v)
                elif lab == "CN_HK_MACAO_PERMIT":
                    assert HKMO_RE.match(v), (rec["id"], v)
                elif lab == "CN_LICENSE_PLATE":
                    assert PLATE_RE.match(v), (rec["id"], v)
                elif lab == "EMAIL_ADDRESS":
                    assert EMAIL_RE.match(v), (rec["id"], v)
                elif lab == "IP_ADDRESS":
                    assert IP_RE.match(v), (rec["id"], v)
                elif lab == "CN_LANDLINE":
                    assert re.match(r"^[(（]?0\d{2,3}", unicodedata.normalize("NFKC", v)), (rec["id"], v)
            else:
                assert isinstance(lab, str) and lab, rec["id"]
                if lab == "id_lookalike":
                    assert len(nv) == 18 and nv[:17].isdigit() and not id_ok(nv), (rec["id"], v)
                elif lab == "bank_lookalike":
                    assert 16 <= len(nv) <= 19 and nv.isdigit() and not luhn_ok(nv), (rec["id"], v)
                elif lab == "uscc_lookalike":
                    assert len(nv) == 18 and all(c in USCC_AL for c in nv) and not uscc_ok(nv), (rec["id"], v)
                # no negative may carry a valid identifier by accident
                if nv.isdigit() and 16 <= len(nv) <= 19:
                    assert not luhn_ok(nv), (rec["id"], "luhn-valid negative", v)
                if len(nv) == 18 and nv[:17].isdigit():
                    assert not id_ok(nv), (rec["id"], "id-valid negative", v)
                if lab not in ("service_number",):
                    assert not MOBILE_RE.match(nv), (rec["id"], "mobile-shaped negative", v)
        # nothing personal outside the labelled spans
        mask = list(text)
        for s, e, *_ in spans:
            for i in range(s, e):
                mask[i] = "\0"
        rest = unicodedata.normalize("NFKC", "".join(mask))
        for name, rx in LEAKS:
            m = rx.search(rest)
            assert m is None, (rec["id"], "unlabelled " + name, m.group(0) if m else None)
        tids.add(rec["source"].split("/")[1])
    assert len(tids) >= 250, f"only {len(tids)} templates used"


def main() -> int:
    recs, placed = generate()
    recs2, _ = generate()
    assert recs == recs2, "generation is not deterministic"
    validate(recs, placed)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert back == recs, "read-back differs"
    types = Counter(e["type"] for r in back for e in r["entities"])
    kinds = Counter(x["kind"] for r in back for x in r["negatives"])
    tids = Counter(r["source"].split("/")[1] for r in back)
    trad = sum(r["source"].endswith("/hant") for r in back)
    print(f"wrote {len(back)} documents to {OUT}")
    print(f"templates defined {len(TEMPLATES)}, used {len(tids)}; Traditional documents {trad}")
    print(f"entities {sum(types.values())}, negatives {sum(kinds.values())}")
    for t in TYPES:
        print(f"  {t:20s} {types.get(t, 0)}")
    for k, c in kinds.most_common():
        print(f"  ~{k:19s} {c}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
