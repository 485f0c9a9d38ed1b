"""Held-out evaluation family 22 for the Chinese PII detector (written blind).

Generates ``tests/classify/data/heldout22_generated.jsonl``: 2,000 synthetic documents of the kinds
municipal departments in Zhejiang (Huzhou and elsewhere) produce and exchange -- hotline work
orders, police and court records, health, civil-affairs, housing, transport, tax and
market-regulation records, data-platform logs, pasted tables, messages, minutes and notices --
with labelled entities and hard negatives.  About one document in ten is written in Traditional
script with Traditional value pools.

All values are synthetic.  Identifiers with a check digit are generated valid when they are
positives; look-alikes are generated with a wrong check digit and recorded as hard negatives.

Template markup (a small left-to-right scanner, ``{{`` and ``}}`` are literal braces):
  {TYPE}, {TYPE:fmt}, {TYPE@k}, {TYPE:fmt@k}   labelled entity (``@k`` ties repeats / one person)
  {~KIND}, {~KIND:fmt}                         hard negative
  {?a|b|c}                                     plain alternative
  {n:lo-hi} / {n:lo-hi:width}                  plain number
  {SUR@k} {SEX@k} {AGE@k} {CO} {HOSP} {BANK}   plain helpers (never labelled)

Run:  PYTHONPATH=$PWD python -m bench.classify_heldout22
"""
from __future__ import annotations

import datetime as _dt
import json
import pathlib
import random
import re
from collections import Counter

from bench.classify_values import id_check, luhn_digit, W_USCC, USCC_AL, W_ORG, fullwidth

SEED = 22302026
N_DOCS = 2000
SOURCE = "heldout22_generated"
ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "classify" / "data" / "heldout22_generated.jsonl"
ENTITIES_YAML = pathlib.Path("/work/shared/design/entities.yaml")
KNOWN_TYPES = {
    "CN_RESIDENT_ID", "CN_MOBILE", "CN_LANDLINE", "CN_USCC", "BANK_CARD", "EMAIL_ADDRESS",
    "IP_ADDRESS", "CN_PASSPORT", "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE", "CN_SOCIAL_SECURITY",
    "CN_MEDICAL_RECORD", "PERSON", "CN_ADDRESS", "DATE_OF_BIRTH", "HEALTH_INFO", "FINANCIAL_INFO",
    "LOCATION_TRACE", "ORGANIZATION",
}
REF_DATE = _dt.date(2024, 6, 30)

# --------------------------------------------------------------------------------------------
# value pools
# --------------------------------------------------------------------------------------------
SUR_S = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程"
         "魏苏吕丁任沈姚卢钟姜崔谭陆范汪廖石金贾夏方邹熊白孟秦邱侯江尹薛闫段雷龙史陶贺毛郝顾龚邵万"
         "钱戴严莫孔汤施费闵凌褚钮姚俞楼应卜")
SUR_S2 = ["欧阳", "司徒", "上官", "诸葛", "东方"]
GIV_S1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚辉鹏华飞鑫波斌宇浩凯健俊帆琳晨璐颖倩婷雯瑶萍燕红梅兰"
              "英玲洁蕾欣怡悦琪涵晗睿哲轩彬峰龙毅翔昊然")
GIV_S2 = ["秀英", "桂英", "建华", "建国", "志强", "晓燕", "海燕", "丽华", "俊杰", "子涵", "欣怡", "浩然",
          "宇轩", "梓萱", "一诺", "雨桐", "思远", "嘉怡", "国平", "根宝", "金娣", "雪芬", "美芳", "伟民",
          "建新", "永康", "学军", "晓峰", "佳豪", "浩宇", "子轩", "诗涵", "梦瑶", "锦程", "文博", "卫东",
          "红英", "彩凤", "水根", "福林", "新华", "月娥", "杏芳", "林峰", "晓东", "丽萍", "春燕", "国强",
          "玉珍", "金根", "阿毛", "小芬", "荣华", "德明", "惠芬", "振宇", "思琪", "梓涵", "若曦", "一鸣",
          "家豪", "伟峰", "琳琳", "婷婷", "亚萍", "炳荣", "松林", "海峰", "志明", "蕴涵"]
SUR_T = ("王李張劉陳楊黃趙吳周徐孫馬朱胡郭何林高羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董潘袁蔡蔣余杜葉程"
         "魏蘇呂丁沈姚盧鍾姜崔陸范汪錢戴嚴顧龔邵萬湯施費閔凌褚俞樓")
SUR_T2 = ["歐陽", "司徒", "上官"]
GIV_T1 = list("偉芳娜敏靜麗強磊軍洋勇豔傑娟濤明超霞平剛輝鵬華飛鑫波斌宇浩凱健俊帆琳晨璐穎倩婷雯瑤萍燕紅梅蘭"
              "英玲潔蕾欣怡悅琪涵睿哲軒彬峰龍毅翔昊")
GIV_T2 = ["秀英", "桂英", "建華", "建國", "志強", "曉燕", "海燕", "麗華", "俊傑", "子涵", "欣怡", "浩然",
          "宇軒", "梓萱", "雨桐", "思遠", "嘉怡", "國平", "根寶", "雪芬", "美芳", "偉民", "建新", "永康",
          "學軍", "曉峰", "佳豪", "浩宇", "子軒", "詩涵", "夢瑤", "錦程", "文博", "衛東", "紅英", "彩鳳",
          "水根", "福林", "新華", "月娥", "林峰", "曉東", "麗萍", "春燕", "國強", "玉珍", "金根", "惠芬"]
PY_SUR = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Shen",
          "Qian", "Lu", "Fei", "Yao", "Ling", "Shi", "Pan", "Gu"]
PY_GIV = ["Wei", "Fang", "Jianhua", "Xiaoyan", "Haoran", "Yuxuan", "Lihua", "Jun", "Min", "Zihan",
          "Jiahao", "Tingting", "Guoqiang", "Xuefen", "Yiming", "Siqi", "Wenbo", "Chen"]
MINORITY_S = ["阿卜杜拉·艾力", "古丽娜尔·吐尔逊", "扎西顿珠", "买买提·依明", "达娃卓玛", "热依拉·阿不都"]

# (county, towns-with-roads, towns-with-villages, roads) -- simplified / traditional
HZ_S = {
    "吴兴区": (["爱山街道", "飞英街道", "朝阳街道", "龙泉街道", "月河街道", "仁皇山街道", "康山街道", "滨湖街道"],
              ["织里镇", "八里店镇", "埭溪镇", "东林镇", "妙西镇", "道场乡"],
              ["人民路", "红旗路", "凤凰路", "青铜路", "劳动路", "苕溪西路", "仁皇山路", "龙溪北路", "环城东路",
               "市陌路", "西山路", "吉山南路", "二环北路", "南街"]),
    "南浔区": (["南浔镇", "东迁街道", "旧馆街道"], ["练市镇", "双林镇", "菱湖镇", "和孚镇", "善琏镇", "千金镇", "石淙镇"],
              ["人瑞路", "适园路", "南林路", "朝阳路", "强园路", "嘉业路", "浔溪大道", "东大街"]),
    "德清县": (["武康街道", "舞阳街道", "阜溪街道", "下渚湖街道"], ["乾元镇", "新市镇", "洛舍镇", "钟管镇", "禹越镇", "雷甸镇", "莫干山镇"],
              ["永安街", "千秋街", "英溪路", "志远路", "武源街", "长虹街", "塔山街", "中兴路"]),
    "长兴县": (["雉城街道", "画溪街道", "太湖街道", "龙山街道"], ["洪桥镇", "李家巷镇", "夹浦镇", "林城镇", "泗安镇", "和平镇", "煤山镇", "水口乡"],
              ["明珠路", "龙山路", "太湖大道", "金陵路", "长兴大道", "解放路", "县前街", "中央大道"]),
    "安吉县": (["递铺街道", "昌硕街道", "灵峰街道", "孝源街道"], ["天子湖镇", "孝丰镇", "梅溪镇", "鄣吴镇", "天荒坪镇", "杭垓镇", "报福镇", "溪龙乡"],
              ["昌硕路", "胜利西路", "天荒坪路", "浦源大道", "玉磬路", "递铺路", "灵芝路", "迎宾大道"]),
}
HZ_T = {
    "吳興區": (["愛山街道", "飛英街道", "朝陽街道", "龍泉街道", "月河街道", "仁皇山街道"], ["織里鎮", "八里店鎮", "埭溪鎮", "東林鎮", "妙西鎮"],
              ["人民路", "紅旗路", "鳳凰路", "青銅路", "勞動路", "苕溪西路", "仁皇山路", "龍溪北路", "環城東路"]),
    "南潯區": (["南潯鎮", "東遷街道"], ["練市鎮", "雙林鎮", "菱湖鎮", "和孚鎮", "善璉鎮"],
              ["人瑞路", "適園路", "南林路", "朝陽路", "嘉業路"]),
    "德清縣": (["武康街道", "舞陽街道", "阜溪街道"], ["乾元鎮", "新市鎮", "洛舍鎮", "鍾管鎮", "莫干山鎮"],
              ["永安街", "千秋街", "英溪路", "志遠路", "武源街"]),
    "長興縣": (["雉城街道", "畫溪街道", "太湖街道"], ["洪橋鎮", "夾浦鎮", "林城鎮", "泗安鎮", "煤山鎮"],
              ["明珠路", "龍山路", "太湖大道", "金陵路", "解放路"]),
    "安吉縣": (["遞鋪街道", "昌碩街道", "靈峰街道"], ["天子湖鎮", "孝豐鎮", "梅溪鎮", "天荒坪鎮", "杭垓鎮"],
              ["昌碩路", "勝利西路", "天荒坪路", "浦源大道", "玉磬路"]),
}
VILL_S = ["新华", "东风", "金星", "荻港", "新联", "民主", "前进", "红星", "联合", "永丰", "五星", "丰收", "双桥",
          "青山", "石门", "长丰", "上塘", "横山", "双塔", "沈家", "潘店", "后庄", "塘北", "杨家埠", "大河", "义皋"]
VILL_T = ["新華", "東風", "金星", "荻港", "新聯", "民主", "前進", "紅星", "聯合", "永豐", "五星", "豐收", "雙橋",
          "青山", "石門", "長豐", "上塘", "橫山"]
ESTATE_S = ["金色地中海", "碧浪湖花园", "东白鱼潭小区", "凤凰一村", "青铜苑", "月河小区", "仁皇山庄", "梧桐苑",
            "龙溪苑", "滨湖花园", "百合公寓", "天际花园", "翠苑新村", "阳光城市花园", "江南华苑", "红丰新村",
            "吉山新村", "龙王山小区", "东湖景园", "太湖名都"]
ESTATE_T = ["金色地中海", "碧浪湖花園", "東白魚潭小區", "鳳凰一村", "青銅苑", "月河小區", "仁皇山莊", "梧桐苑",
            "龍溪苑", "濱湖花園", "天際花園", "翠苑新村", "江南華苑"]
CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
OTHER_ADDR_S = [
    ("浙江省", "杭州市", "西湖区", ["文三路", "天目山路", "古墩路", "教工路"]),
    ("浙江省", "杭州市", "拱墅区", ["湖墅南路", "莫干山路", "登云路"]),
    ("浙江省", "杭州市", "余杭区", ["文一西路", "五常大道", "良睦路"]),
    ("浙江省", "嘉兴市", "南湖区", ["中山东路", "南湖大道", "禾兴南路"]),
    ("浙江省", "绍兴市", "越城区", ["解放北路", "中兴中路", "环城西路"]),
    ("浙江省", "宁波市", "海曙区", ["中山西路", "望京路", "柳汀街"]),
    ("上海市", "", "闵行区", ["七莘路", "沪闵路", "虹井路"]),
    ("江苏省", "苏州市", "吴江区", ["中山南路", "鲈乡北路", "松陵大道"]),
]
RURAL_OTHER_S = [("安徽省", "阜阳市", "临泉县", ["城关镇", "杨桥镇", "瓦店镇"]),
                 ("河南省", "周口市", "沈丘县", ["槐店回族镇", "付井镇", "老城镇"]),
                 ("江西省", "上饶市", "鄱阳县", ["饶州街道", "凰岗镇", "双港镇"]),
                 ("贵州省", "毕节市", "威宁彝族回族苗族自治县", ["草海镇", "麻乍镇", "观风海镇"]),
                 ("四川省", "南充市", "仪陇县", ["新政镇", "金城镇", "马鞍镇"]),
                 ("安徽省", "宣城市", "广德市", ["桃州镇", "新杭镇", "邱村镇"])]
ID_REGIONS = (["330502"] * 6 + ["330503"] * 4 + ["330521"] * 4 + ["330522"] * 4 + ["330523"] * 4 +
              ["330501", "330102", "330105", "330106", "330108", "330110", "330402", "330411", "330424",
               "330602", "330681", "330702", "330782", "330203", "330302", "341221", "341222", "412728",
               "361128", "522427", "511324", "320584", "310112", "420984", "430524", "341882"])
HOSP_S = ["湖州市中心医院", "湖州市第一人民医院", "湖州市第三人民医院", "湖州市中医院", "湖州市妇幼保健院",
          "吴兴区人民医院", "南浔区人民医院", "德清县人民医院", "长兴县人民医院", "安吉县人民医院",
          "织里镇卫生院", "练市镇卫生院", "湖州市第九人民医院", "浙江大学医学院附属第一医院"]
HOSP_T = ["湖州市中心醫院", "湖州市第一人民醫院", "湖州市第三人民醫院", "湖州市中醫院", "德清縣人民醫院",
          "長興縣人民醫院", "安吉縣人民醫院", "南潯區人民醫院"]
BANK_S = ["中国工商银行湖州分行", "中国农业银行湖州分行", "中国建设银行湖州分行", "湖州银行", "中国银行湖州市分行",
          "浙江湖州吴兴农村商业银行", "中国邮政储蓄银行湖州市分行", "交通银行湖州分行", "招商银行湖州分行",
          "浙江德清农村商业银行", "长兴农村商业银行", "安吉农村商业银行"]
BANK_T = ["中國工商銀行湖州分行", "中國農業銀行湖州分行", "中國建設銀行湖州分行", "湖州銀行", "中國銀行湖州市分行"]
CO_PRE_S = ["湖州", "浙江", "德清", "长兴", "安吉", "南浔", "湖州吴兴", "织里"]
CO_MID_S = ["华鑫", "恒达", "宏远", "嘉禾", "绿源", "天成", "新宇", "凯越", "瑞丰", "永盛", "东吴", "太湖",
            "金鹰", "中兴", "锦华", "博远", "安澜", "森鸿", "联创", "云港"]
CO_SUF_S = ["童装有限公司", "建材有限公司", "物业服务有限公司", "科技有限公司", "纺织有限公司", "物流有限公司",
            "餐饮管理有限公司", "电子商务有限公司", "竹木制品厂", "建筑工程有限公司", "房地产开发有限公司",
            "新能源有限公司", "农业专业合作社", "家庭农场", "服饰商行", "汽车服务有限公司", "信息技术有限公司"]
CO_KIND = {"wy": ["物业服务有限公司", "物业管理有限公司"],
           "tech": ["科技有限公司", "信息技术有限公司", "网络科技有限公司", "数据服务有限公司"],
           "bld": ["建筑工程有限公司", "建材有限公司", "市政工程有限公司"],
           "fact": ["童装有限公司", "纺织有限公司", "竹木制品厂", "机械制造有限公司", "新材料有限公司"],
           "shop": ["服饰商行", "餐饮店", "便利店", "小吃店", "水果店", "五金店"],
           "food": ["餐饮管理有限公司", "食品有限公司", "农家乐", "饭店"]}
CO_PRE_T = ["湖州", "浙江", "德清", "長興", "安吉", "南潯"]
CO_MID_T = ["華鑫", "恒達", "宏遠", "嘉禾", "綠源", "天成", "新宇", "凱越", "瑞豐", "永盛", "東吳", "太湖"]
CO_SUF_T = ["童裝有限公司", "建材有限公司", "物業服務有限公司", "科技有限公司", "紡織有限公司", "物流有限公司",
            "電子商務有限公司", "竹木製品廠", "建築工程有限公司"]
HEALTH_S = ["高血压病2级", "高血压病3级（极高危）", "2型糖尿病", "冠状动脉粥样硬化性心脏病", "脑梗死", "慢性肾脏病5期",
            "尿毒症（维持性血透）", "精神分裂症", "抑郁症", "双相情感障碍", "阿尔茨海默病", "肺结核", "慢性乙型病毒性肝炎",
            "肝硬化失代偿期", "乳腺癌", "胃癌", "肺癌", "急性髓系白血病", "帕金森病", "慢性阻塞性肺疾病", "癫痫",
            "支气管哮喘", "类风湿关节炎",
            "系统性红斑狼疮", "脑瘫", "孤独症谱系障碍", "甲状腺功能亢进症", "腰椎间盘突出症", "重度贫血",
            "心房颤动", "慢性心力衰竭（NYHA III级）", "宫颈癌Ⅱ期", "结直肠癌", "艾滋病病毒感染", "梅毒"]
HEALTH_T = ["高血壓病2級", "2型糖尿病", "冠狀動脈粥樣硬化性心臟病", "腦梗死", "慢性腎臟病5期", "尿毒症（維持性血透）",
            "精神分裂症", "抑鬱症", "阿爾茨海默病", "肺結核", "慢性乙型病毒性肝炎", "乳腺癌", "胃癌", "肺癌",
            "帕金森病", "慢性阻塞性肺疾病", "癲癇", "支氣管哮喘"]
DISAB_S = ["肢体残疾二级", "肢体残疾三级", "视力残疾一级", "视力残疾二级", "智力残疾三级", "听力残疾二级",
           "精神残疾二级", "言语残疾四级", "多重残疾一级"]
DISAB_T = ["肢體殘疾二級", "肢體殘疾三級", "視力殘疾一級", "智力殘疾三級", "聽力殘疾二級", "精神殘疾二級", "多重殘疾一級"]
HI_POOLS = {
    "inj": ["左腕部挫伤", "右胫腓骨骨折", "腰椎压缩性骨折", "头皮裂伤", "颈部软组织挫伤", "右锁骨骨折", "脑震荡",
            "左前臂骨折", "右踝关节扭伤", "多发肋骨骨折", "颅脑外伤", "左手三指离断伤", "右手食指离断伤", "脾破裂",
            "左股骨骨折"],
    "psy": ["抑郁症", "焦虑症", "双相情感障碍", "精神分裂症", "偏执性精神病", "强迫症"],
    "dem": ["阿尔茨海默病", "血管性痴呆", "精神分裂症", "帕金森病伴认知障碍"],
    "inf": ["肺结核", "梅毒", "手足口病", "流行性腮腺炎", "细菌性痢疾", "水痘", "猩红热"],
    "path": ["胃腺癌（中分化）", "乳腺浸润性导管癌", "结肠管状腺瘤伴低级别上皮内瘤变", "甲状腺乳头状癌",
             "慢性萎缩性胃炎伴肠化", "肺腺癌", "子宫内膜样腺癌"],
    "vac": ["过敏性皮疹", "热性惊厥", "血管性水肿", "局部红肿（直径＞5cm）", "高热（39.5℃）"],
}
ALLERGY_S = ["青霉素过敏", "头孢类药物过敏", "磺胺类药物过敏", "碘造影剂过敏", "海鲜过敏"]
# conditions that may be followed by 术后 (label the condition only)
OPERATED_S = ["肺癌", "胃癌", "乳腺癌", "结直肠癌", "甲状腺癌", "肝癌"]
STOPS_S = ["湖州站", "湖州东站", "爱山广场", "浙北大厦", "湖州市中心医院", "太湖旅游度假区", "南浔古镇", "织里童装城",
           "德清站", "莫干山风景区", "长兴客运中心", "安吉余村", "杭州东站", "杭州西站", "萧山国际机场",
           "上海虹桥站", "嘉兴南站", "吴兴万达广场", "龙之梦乐园", "凤凰公园", "仁皇山菜场", "红丰农贸市场",
           "练市汽车站", "新市古镇", "安吉客运中心", "湖州汽车客运中心", "月河街历史街区", "东吴银泰城"]
STOPS_T = ["湖州站", "湖州東站", "愛山廣場", "浙北大廈", "太湖旅遊度假區", "南潯古鎮", "織里童裝城", "德清站",
           "莫干山風景區", "杭州東站", "蕭山國際機場", "上海虹橋站", "嘉興南站", "長興客運中心", "安吉餘村"]
DOC_PRE_S = ["湖政发", "湖政办发", "湖政办函", "吴政发", "浔政办发", "德政发", "长政办发", "安政发", "湖数据发",
             "湖公通字", "湖人社发", "湖卫健发", "湖民发", "湖建发", "湖交发", "湖市监发", "浙政发", "浙政办发",
             "国办发", "湖医保发", "湖财预", "湖税函", "湖应急发", "湖大数据办"]
DOC_PRE_T = ["湖政發", "湖政辦發", "吳政發", "潯政辦發", "德政發", "長政辦發", "安政發", "湖數據發", "浙政發",
             "國辦發", "湖民發", "湖衛健發"]
SVC_NUMS = ["12345", "12315", "12366", "12333", "12319", "12328", "12320", "12348", "110", "120", "119",
            "95588", "95599", "95533", "95566", "95555", "95580", "10086", "10000", "10010", "96345"]
MAIL_DOM = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "outlook.com", "hotmail.com",
            "huzhou.gov.cn", "yeah.net", "aliyun.com", "gmail.com", "sohu.com"]
MAIL_LOCAL = ["zhangwei", "lili", "wangfang", "hz_chen", "xiaoming.li", "shenjianhua", "qianyu", "yaoyao",
              "lucky_star", "fei.lin", "tom.xu", "huangyan", "lingling", "zhouhao", "panxiao", "gu.wen",
              "jhsx", "mgs_dq", "cxliu", "ajtea", "sunny", "hzwx", "nxwang", "dqcheng"]
MOB_PRE = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153",
           "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182",
           "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]
AREA = [("0572", 7)] * 10 + [("0571", 8)] * 3 + [("0573", 8), ("0574", 8), ("0575", 8), ("0577", 8),
                                                  ("0579", 8), ("010", 8), ("021", 8), ("0512", 8), ("0551", 8),
                                                  ("0578", 7), ("0570", 7)]
CARD_BINS = [("622202", 19), ("622848", 19), ("621700", 19), ("621226", 19), ("622588", 16), ("623668", 19),
             ("621799", 19), ("622700", 19), ("621661", 19), ("625965", 16), ("622609", 16), ("436742", 16),
             ("622262", 19), ("621483", 16), ("623059", 19), ("622908", 16), ("628288", 16), ("621098", 19)]
PLATE_PROV = [("浙", "E")] * 12 + [("浙", c) for c in "ABCDFGHJKL"] + [("苏", "E"), ("沪", "A"), ("沪", "B"),
                                                                       ("皖", "A"), ("皖", "K"), ("赣", "E"),
                                                                       ("豫", "P"), ("苏", "A")]
PLATE_PROV_T = [("浙", "E")] * 8 + [("浙", c) for c in "ABF"] + [("蘇", "E"), ("滬", "A"), ("皖", "K")]
PLATE_AL = "ABCDEFGHJKLMNPQRSTUVWXYZ"
VIN_AL = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
COURTS = ["05", "0502", "0503", "0521", "0522", "0523"]


# Simplified -> Traditional for the characters that generated values (case and document numbers,
# units, extensions) can contain; applied to every generated value in a Traditional document.
S2T = str.maketrans({
    "罚": "罰", "决": "決", "监": "監", "处": "處", "检": "檢", "诉": "訴", "劳": "勞", "执": "執", "吴": "吳",
    "浔": "潯", "长": "長", "综": "綜", "应": "應", "环": "環", "税": "稅", "终": "終", "号": "號", "运": "運",
    "许": "許", "动": "動", "产": "產", "权": "權", "万": "萬", "亿": "億", "贰": "貳", "户": "戶", "条": "條",
    "备": "備", "国": "國", "药": "藥", "准": "準", "注": "註", "县": "縣", "区": "區", "镇": "鎮", "组": "組",
    "单": "單", "门": "門", "发": "發", "办": "辦", "卫": "衛", "数": "數", "据": "據", "财": "財", "预": "預",
    "医": "醫", "兴": "興", "开": "開", "转": "轉", "机": "機", "证": "證", "务": "務", "业": "業", "经": "經",
    "营": "營", "厂": "廠", "农": "農", "场": "場", "费": "費", "级": "級", "计": "計", "审": "審", "资": "資",
    "设": "設", "议": "議", "协": "協", "汇": "匯", "银": "銀", "庆": "慶",
})


def to_ascii(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            out.append(chr(o - 0xFEE0))
        elif ch == "\u3000":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def luhn_ok(digits: str) -> bool:
    return digits.isdigit() and luhn_digit(digits[:-1]) == digits[-1]


def id_ok(s: str) -> bool:
    t = re.sub(r"[\s-]", "", to_ascii(s)).upper()
    if len(t) == 15:
        return t.isdigit()
    return len(t) == 18 and t[:17].isdigit() and id_check(t[:17]) == t[17]


def org_check(code8: str, letter_value) -> str:
    s = sum(letter_value(c) * w for c, w in zip(code8, W_ORG))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def _v_std(c):  # GB 11714 letter values A=10 .. Z=35
    return int(c) if c.isdigit() else ord(c) - 55


def _v_al(c):  # position in the GB 32100 alphabet
    return USCC_AL.index(c)


def uscc_check(first17: str) -> str:
    s = sum(USCC_AL.index(c) * w for c, w in zip(first17, W_USCC))
    return USCC_AL[(31 - s % 31) % 31]


def uscc_ok(s: str) -> bool:
    t = to_ascii(s).upper()
    if len(t) != 18 or any(c not in USCC_AL for c in t):
        return False
    if uscc_check(t[:17]) != t[17]:
        return False
    return org_check(t[8:16], _v_std) == t[16] == org_check(t[8:16], _v_al)


def dash_fw(s: str) -> str:
    return fullwidth(s).replace("-", "－").replace(" ", "\u3000")


# --------------------------------------------------------------------------------------------
# the document builder
# --------------------------------------------------------------------------------------------
class Person:
    def __init__(self, d: "Doc", kind: str = ""):
        r = d.r
        if d.trad:
            sur = r.choice(SUR_T2) if r.random() < 0.03 else r.choice(SUR_T)
            giv = r.choice(GIV_T2) if r.random() < 0.55 else r.choice(GIV_T1)
            if r.random() < 0.2 and len(giv) == 1:
                giv += r.choice(GIV_T1)
        else:
            sur = r.choice(SUR_S2) if r.random() < 0.03 else r.choice(SUR_S)
            giv = r.choice(GIV_S2) if r.random() < 0.55 else r.choice(GIV_S1)
            if r.random() < 0.2 and len(giv) == 1:
                giv += r.choice(GIV_S1)
        self.sur, self.name = sur, sur + giv
        if kind == "min" and not d.trad:
            self.name = r.choice(MINORITY_S)
            self.sur = self.name[0]
        if kind == "kid":
            y0, y1 = 2008, 2021
        elif kind == "old":
            y0, y1 = 1934, 1962
        elif kind == "young":
            y0, y1 = 1990, 2004
        else:
            y0, y1 = 1950, 2003
        self.birth = _dt.date(r.randint(y0, y1), 1, 1) + _dt.timedelta(days=r.randint(0, 364))
        self.region = r.choice(ID_REGIONS)
        self.male = r.random() < 0.5
        seq = r.randint(0, 99) * 10 + r.choice([1, 3, 5, 7, 9] if self.male else [0, 2, 4, 6, 8])
        first17 = self.region + self.birth.strftime("%Y%m%d") + "%03d" % seq
        self.id18 = first17 + id_check(first17)
        self.id15 = self.region + self.birth.strftime("%y%m%d") + "%03d" % seq

    @property
    def age(self):
        b = self.birth
        return REF_DATE.year - b.year - ((REF_DATE.month, REF_DATE.day) < (b.month, b.day))


class Doc:
    def __init__(self, r: random.Random, trad: bool):
        self.r, self.trad = r, trad
        self.buf: list[str] = []
        self.pos = 0
        self.ents: list[dict] = []
        self.negs: list[dict] = []
        self.people: dict[str, Person] = {}
        self.memo: dict[tuple, tuple] = {}

    # -- low level
    def put(self, text: str, label=None):
        if not text:
            return
        start = self.pos
        self.buf.append(text)
        self.pos += len(text)
        if label:
            kind, name = label
            rec = {"start": start, "end": self.pos, "_text": text}
            if kind == "E":
                rec["type"] = name
                self.ents.append(rec)
            else:
                rec["kind"] = name
                self.negs.append(rec)

    def person(self, key, kind=""):
        if key is None:
            return Person(self, kind)
        if key not in self.people:
            self.people[key] = Person(self, kind)
        return self.people[key]

    # -- template expansion
    def add(self, tpl: str):
        i, n = 0, len(tpl)
        lit = []
        while i < n:
            ch = tpl[i]
            if ch == "{" and tpl.startswith("{{", i):
                lit.append("{"); i += 2; continue
            if ch == "}" and tpl.startswith("}}", i):
                lit.append("}"); i += 2; continue
            if ch == "{":
                j = tpl.index("}", i)
                self.put("".join(lit)); lit = []
                self.expand(tpl[i + 1:j])
                i = j + 1
                continue
            lit.append(ch); i += 1
        self.put("".join(lit))

    def expand(self, spec: str):
        r = self.r
        if spec.startswith("?"):
            self.put(r.choice(spec[1:].split("|")))
            return
        if spec.startswith("n:"):
            parts = spec[2:].split(":")
            lo, hi = (int(x) for x in parts[0].split("-"))
            v = r.randint(lo, hi)
            self.put(("%0" + parts[1] + "d") % v if len(parts) > 1 else str(v))
            return
        key = None
        fmt = ""
        if "@" in spec:
            spec, key = spec.split("@", 1)
            if ":" in key:  # {TYPE@k:fmt}
                key, fmt = key.split(":", 1)
        if ":" in spec:  # {TYPE:fmt@k}
            spec, fmt = spec.split(":", 1)
        neg = spec.startswith("~")
        name = spec[1:] if neg else spec
        if name == "LOC" and fmt == "time":  # "08:10 A → 09:02 B → 10:30 C": the span starts at A
            stops = r.sample(STOPS_T if self.trad else STOPS_S, r.randint(3, 5))
            t = r.randint(7 * 60, 15 * 60)
            self.put("%02d:%02d " % divmod(t, 60))
            out = [stops[0]]
            for stop in stops[1:]:
                t += r.randint(15, 90)
                out.append("%02d:%02d %s" % (t // 60, t % 60, stop))
            self.put(" → ".join(out), ("E", "LOCATION_TRACE"))
            return
        if name == "DATES":  # a date range: two negatives joined by 至 (or a dash)
            a = _dt.date(r.randint(2016, 2023), r.randint(1, 12), r.randint(1, 28))
            short = fmt.endswith("-s")
            fmt = fmt[:-2] if short else fmt
            b = a + _dt.timedelta(days=r.randint(4, 9) if short else r.choice([30, 90, 180, 364, 365, 729, 730, 1095]))
            f = fmt or r.choice(["iso", "cn", "dot"])
            show = {"iso": lambda x: x.isoformat(), "dot": lambda x: x.strftime("%Y.%m.%d"),
                    "cn": lambda x: "%d年%d月%d日" % (x.year, x.month, x.day)}[f]
            self.put(show(a), ("N", "date"))
            self.put(r.choice(["至", "至", "—", "~", " 至 "]) if f != "iso" else r.choice(["至", " 至 ", "~"]))
            self.put(show(b), ("N", "date"))
            return
        if name in PLAIN:
            text = PLAIN[name](self, fmt, key)
            self.put(text.translate(S2T) if self.trad else text)
            return
        table = NEG if neg else ENT
        if name not in table:
            raise KeyError("unknown placeholder %r" % spec)
        label_name, fn = table[name]
        mkey = (spec, fmt, key)
        if key is not None and mkey in self.memo:
            text = self.memo[mkey]
        else:
            text = fn(self, fmt, key)
            if self.trad:
                text = text.translate(S2T)
            if key is not None:
                self.memo[mkey] = text
        self.put(text, ("N" if neg else "E", label_name))

    def result(self):
        return "".join(self.buf)


# --------------------------------------------------------------------------------------------
# entity generators
# --------------------------------------------------------------------------------------------
def g_person(d, fmt, key):
    r = d.r
    if fmt == "py":
        s, g = r.choice(PY_SUR), r.choice(PY_GIV)
        return r.choice(["%s %s" % (s, g), "%s %s" % (s.upper(), g), "%s %s" % (g, s)])
    return d.person(key, fmt).name


def fmt_id(d, s, fmt):
    r = d.r
    if not fmt:
        x = r.random()
        fmt = "plain" if x < 0.74 else "sp" if x < 0.84 else "fw" if x < 0.9 else "lx" if x < 0.97 else "dash"
    if fmt == "lx":
        return s[:-1] + s[-1].lower()
    if fmt == "sp":
        return "%s %s %s" % (s[:6], s[6:14], s[14:])
    if fmt == "dash":
        return "%s-%s-%s" % (s[:6], s[6:14], s[14:])
    if fmt == "fw":
        return fullwidth(s)
    return s


def g_id(d, fmt, key):
    p = d.person(key, fmt if fmt in ("kid", "old", "young") else "")
    if fmt in ("kid", "old", "young"):
        fmt = ""
    return fmt_id(d, p.id18, fmt)


def g_id15(d, fmt, key):
    return d.person(key, "old").id15


def g_dob(d, fmt, key):
    r = d.r
    b = d.person(key).birth
    if not fmt:
        fmt = r.choice(["cn", "cn", "iso", "iso", "dot", "slash", "compact", "cn0"])
    if fmt == "cn":
        return "%d年%d月%d日" % (b.year, b.month, b.day)
    if fmt == "cn0":
        return "%d年%02d月%02d日" % (b.year, b.month, b.day)
    if fmt == "iso":
        return b.strftime("%Y-%m-%d")
    if fmt == "dot":
        return b.strftime("%Y.%m.%d")
    if fmt == "slash":
        return "%d/%d/%d" % (b.year, b.month, b.day)
    if fmt == "compact":
        return b.strftime("%Y%m%d")
    raise KeyError(fmt)


def g_mobile(d, fmt, key):
    r = d.r
    m = r.choice(MOB_PRE) + "%08d" % r.randint(0, 99999999)
    if not fmt:
        x = r.random()
        fmt = ("plain" if x < 0.58 else "sp" if x < 0.68 else "dash" if x < 0.77 else "p86" if x < 0.84 else
               "p86d" if x < 0.87 else "p86n" if x < 0.90 else "fw" if x < 0.95 else "sp2")
    if fmt == "plain":
        return m
    if fmt == "sp":
        return "%s %s %s" % (m[:3], m[3:7], m[7:])
    if fmt == "sp2":
        return "%s %s" % (m[:3], m[3:])
    if fmt == "dash":
        return "%s-%s-%s" % (m[:3], m[3:7], m[7:])
    if fmt == "p86":
        return "+86 " + m
    if fmt == "p86d":
        return "+86-%s-%s-%s" % (m[:3], m[3:7], m[7:])
    if fmt == "p86n":
        return "+86" + m
    if fmt == "fw":
        return fullwidth(m)
    raise KeyError(fmt)


def g_landline(d, fmt, key):
    r = d.r
    if fmt in ("hz", "hzd"):
        area, ln = "0572", 7
    else:
        area, ln = r.choice(AREA)
    first = r.choice("2356789") if area == "0572" else r.choice("2345678")
    num = first + "".join(r.choice("0123456789") for _ in range(ln - 1))
    style = fmt if fmt in ("dash", "sp", "glued", "p86", "ext", "fw") else "dash" if fmt == "hzd" else None
    if style is None:
        x = r.random()
        style = ("dash" if x < 0.6 else "sp" if x < 0.68 else "glued" if x < 0.78 else "ext" if x < 0.92 else
                 "p86" if x < 0.96 else "fw")
    if style == "dash":
        return "%s-%s" % (area, num)
    if style == "sp":
        return "%s %s" % (area, num)
    if style == "glued":
        return area + num
    if style == "p86":
        return "+86-%s-%s" % (area[1:], num)
    if style == "fw":
        return dash_fw("%s-%s" % (area, num))
    ext = str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(r.choice([1, 2, 3])))
    return r.choice(["%s-%s转%s", "%s-%s-%s", "%s-%s ext. %s", "%s-%s分机%s", "%s-%s ext.%s", "%s%s转%s"]).replace(
        "分机", "分機" if d.trad else "分机") % (area, num, ext)


def _org8(r, ma):
    while True:
        if ma:
            code = "MA" + "".join(r.choice(USCC_AL) for _ in range(6))
        else:
            code = "".join(r.choice("0123456789") for _ in range(8))
        if org_check(code, _v_std) == org_check(code, _v_al):
            return code + org_check(code, _v_std)


def _uscc_body(r):
    head = r.choice(["91", "91", "91", "91", "92", "92", "93", "12", "11", "13", "51", "52", "53", "31", "Y1"])
    region = r.choice(["330500", "330502", "330503", "330521", "330522", "330523", "330501", "330100",
                       "330106", "330402", "330000"])
    org9 = _org8(r, head in ("91", "92", "93") and r.random() < 0.75)
    return head + region + org9


def g_uscc(d, fmt, key):
    while True:  # an all-digit code must not also read as an ID number or a card number
        first17 = _uscc_body(d.r)
        s = first17 + uscc_check(first17)
        if not (s.isdigit() and (luhn_ok(s) or id_ok(s))):
            break
    if fmt == "fw" or (not fmt and d.r.random() < 0.04):
        return fullwidth(s)
    return s


def _card_digits(r):
    bin_, ln = r.choice(CARD_BINS)
    partial = bin_ + "".join(r.choice("0123456789") for _ in range(ln - len(bin_) - 1))
    return partial + luhn_digit(partial)


def fmt_card(r, c, fmt):
    if not fmt:
        x = r.random()
        fmt = "plain" if x < 0.56 else "sp" if x < 0.86 else "dash" if x < 0.9 else "fw" if x < 0.95 else "sp2"
    if fmt == "sp":
        return " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    if fmt == "sp2":
        return c[:6] + " " + c[6:]
    if fmt == "dash":
        return "-".join(c[i:i + 4] for i in range(0, len(c), 4))
    if fmt == "fw":
        return fullwidth(c)
    return c


def g_card(d, fmt, key):
    return fmt_card(d.r, _card_digits(d.r), fmt)


def g_mail(d, fmt, key):
    r = d.r
    if fmt == "gov":
        local = r.choice(["hzdsj", "wxqzf", "nxbgs", "dqxf", "cxsjj", "ajzwb", "hzrsj", "hzwjw", "hzjtj",
                          "hzscjg", "xinfang", "zwfw", "12345hz", "hzgjj", "hzmzj"]) + r.choice(["", "01", "_bgs", "2023"])
        return local + "@" + r.choice(["huzhou.gov.cn", "wuxing.gov.cn", "nanxun.gov.cn", "deqing.gov.cn",
                                        "zjcx.gov.cn", "anji.gov.cn"])
    x = r.random()
    if x < 0.3:
        local = str(r.randint(10000000, 3999999999))
        dom = "qq.com"
    else:
        local = r.choice(MAIL_LOCAL) + r.choice(["", "", str(r.randint(1, 99)), str(r.randint(1970, 2005)), "_hz"])
        dom = r.choice(MAIL_DOM)
    s = local + "@" + dom
    if r.random() < 0.05:
        s = s.upper() if r.random() < 0.3 else s[0].upper() + s[1:]
    return s


def g_ip(d, fmt, key):
    r = d.r
    kind = fmt or r.choice(["int", "int", "int", "pub", "pub"])
    if kind == "int":
        a = r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                      "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254)),
                      "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)),
                      "59.202.%d.%d" % (r.randint(0, 80), r.randint(1, 254))])
    else:
        a = r.choice(["115.238", "60.190", "122.224", "183.129", "220.191", "112.17", "36.22", "223.104",
                      "39.170", "125.118", "218.75", "117.148"]) + ".%d.%d" % (r.randint(0, 255), r.randint(1, 254))
    return a


def g_passport(d, fmt, key):
    r = d.r
    x = r.random()
    if x < 0.45:
        s = "E" + "%08d" % r.randint(0, 99999999)
    elif x < 0.85:
        s = "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "%07d" % r.randint(0, 9999999)
    else:
        s = "G" + "%08d" % r.randint(10000000, 99999999)
    if fmt == "fw":
        return fullwidth(s)
    return s


def g_permit(d, fmt, key):
    r = d.r
    if r.random() < 0.5:
        s = "C" + "%08d" % r.randint(0, 99999999)
    else:
        s = "C" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "%07d" % r.randint(0, 9999999)
    return s


def g_plate(d, fmt, key):
    r = d.r
    prov, city = r.choice(PLATE_PROV_T if d.trad else PLATE_PROV)
    if fmt == "hz":
        prov, city = "浙", "E"
    if r.random() < 0.22 or fmt == "ev":
        tail = r.choice("DF") + (r.choice(PLATE_AL) if r.random() < 0.3 else str(r.randint(0, 9))) + "%04d" % r.randint(0, 9999)
    else:
        chars = [r.choice("0123456789") for _ in range(5)]
        nlet = r.choice([0, 1, 1, 1, 2])
        for p in r.sample(range(5), nlet):
            chars[p] = r.choice(PLATE_AL)
        tail = "".join(chars)
    sep = fmt if fmt in ("dot", "sp") else r.choice(["", "", "", "", "", "dot", "dot", "sp"])
    mid = {"": "", "dot": "·", "sp": " ", "hz": "", "ev": ""}.get(sep, "")
    return prov + city + mid + tail


def g_ssc(d, fmt, key):
    r = d.r
    x = fmt or r.choice(["card", "card", "no"])
    if x == "card":
        return r.choice("ABDHJKMN") + "%08d" % r.randint(0, 99999999)
    return "%010d" % r.randint(100000000, 9999999999)


def g_mr(d, fmt, key):
    r = d.r
    x = fmt or r.choice(["zy", "mz", "num", "num7", "ba"])
    y = r.randint(2019, 2024)
    if x == "zy":
        return "ZY%d%06d" % (y, r.randint(0, 999999))
    if x == "mz":
        return "MZ%08d" % r.randint(0, 99999999)
    if x == "num":
        return "%d%06d" % (y, r.randint(0, 999999))
    if x == "bl":
        return "B%d-%05d" % (y, r.randint(0, 99999))
    if x == "yb":
        return "3305%02d%014d" % (r.randint(0, 23), r.randint(0, 10 ** 14 - 1))
    if x == "num7":
        return "%07d" % r.randint(0, 9999999)
    return "BA-%d-%05d" % (y, r.randint(0, 99999))


def _house(r, trad):
    h = "號" if trad else "号"
    b, u = ("幢", "單元") if trad else ("幢", "单元")
    x = r.random()
    if x < 0.35:
        return "%d%s" % (r.randint(1, 899), h)
    if x < 0.7:
        return "%d%s%d%s%d%s%d室" % (r.randint(1, 600), h, r.randint(1, 30), b, r.randint(1, 4), u,
                                    r.randint(1, 18) * 100 + r.randint(1, 4))
    return "%d%s%d室" % (r.randint(1, 600), h, r.randint(1, 24) * 100 + r.randint(1, 6))


def g_addr(d, fmt, key):
    r, trad = d.r, d.trad
    hz = HZ_T if trad else HZ_S
    prov = "浙江省" if r.random() < 0.45 else ""
    city = "湖州市"
    kind = fmt or r.choice(["road", "road", "road", "vill", "estate", "estate", "other", "rural"])
    if trad and kind in ("other", "rural"):
        kind = "road"
    if kind == "div":  # bare division, only after an address cue
        county = r.choice(list(hz))
        return r.choice([city + county, prov + city + county or city + county, county + r.choice(hz[county][0] + hz[county][1])])
    if kind in ("road", "estate", "vill"):
        county = r.choice(list(hz))
        streets, towns, roads = hz[county]
        lead = prov + city if (prov or r.random() < 0.7) else ""
        if kind == "road":
            return lead + county + r.choice(streets) + r.choice(roads) + _house(r, trad)
        if kind == "estate":
            est = r.choice(ESTATE_T if trad else ESTATE_S)
            bld = "%d幢%d%s%d室" % (r.randint(1, 40), r.randint(1, 4), "單元" if trad else "单元",
                                   r.randint(1, 26) * 100 + r.randint(1, 4))
            if r.random() < 0.3:
                bld = "%d幢%d室" % (r.randint(1, 40), r.randint(1, 18) * 100 + r.randint(1, 4))
            return lead + county + r.choice(streets) + est + bld
        vill = r.choice(VILL_T if trad else VILL_S) + "村"
        grp = (r.choice(CN_NUM) if r.random() < 0.6 else str(r.randint(1, 15))) + ("組" if trad else "组")
        tail = grp + ("%d%s" % (r.randint(1, 120), "號" if trad else "号") if r.random() < 0.6 else "")
        return lead + county + r.choice(towns) + vill + tail
    if kind == "other":
        p, c, dist, roads = r.choice(OTHER_ADDR_S)
        return p + c + dist + r.choice(roads) + _house(r, False)
    p, c, county, towns = r.choice(RURAL_OTHER_S)
    return (p + c + county + r.choice(towns) + r.choice(VILL_S) + "村" +
            (r.choice(CN_NUM) if r.random() < 0.5 else str(r.randint(1, 12))) + "组" +
            ("%d号" % r.randint(1, 99) if r.random() < 0.5 else ""))


def g_health(d, fmt, key):
    r = d.r
    if fmt == "op":
        return r.choice(OPERATED_S)
    if fmt == "dis":
        return r.choice(DISAB_T if d.trad else DISAB_S)
    if fmt == "alg":
        return r.choice(ALLERGY_S)
    if fmt in HI_POOLS:
        return r.choice(HI_POOLS[fmt])
    return r.choice(HEALTH_T if d.trad else HEALTH_S)


def g_fin(d, fmt, key):
    r = d.r
    x = fmt or r.choice(["yuan", "yuan", "comma", "yen", "wan", "dec"])
    if x == "yuan":
        return "%d元" % r.choice([r.randint(800, 9999), r.randint(10, 300) * 100])
    if x == "comma":
        return "{:,}元".format(r.randint(1000, 99999))
    if x == "big":
        return "{:,}元".format(r.randint(100000, 2999999))
    if x == "rent":
        v = r.randint(8, 80) * 100
        return "%d元" % v if r.random() < 0.5 else "{:,}元".format(v)
    if x == "small":
        return "%d元" % r.randint(100, 9999)
    if x == "mu":
        return "%d元" % r.choice([600, 650, 700, 750, 800, 900, 1000, 1200, 1500])
    if x == "allow":
        return "%d元" % r.choice([100, 150, 200, 300, 500, 800])
    if x == "yen":
        return "¥{:,.2f}".format(r.randint(100000, 99999999) / 100)
    if x == "wan":
        return "%s万元" % r.choice([str(r.randint(2, 480)), "%.1f" % (r.randint(12, 990) / 10)])
    if x == "dec":
        return "{:,.2f}元".format(r.randint(100000, 9999999) / 100)
    if x == "month":
        return "%d元" % r.randint(1200, 12000)
    raise KeyError(x)


def g_loc(d, fmt, key):
    r = d.r
    stops = r.sample(STOPS_T if d.trad else STOPS_S, r.randint(3, 5))
    style = fmt or r.choice(["arrow", "arrow", "asc", "time", "ascsp"])
    if style == "arrow":
        return "→".join(stops)
    if style == "asc":
        return "->".join(stops)
    if style == "ascsp":
        return " -> ".join(stops)
    # stops with times: "08:10 A → 09:02 B → 10:30 C" -- the span starts at the first stop
    h = r.randint(7, 15)
    m = r.randint(0, 59)
    out = [stops[0]]
    for s in stops[1:]:
        m += r.randint(15, 90)
        out.append("%02d:%02d %s" % (h + m // 60, m % 60, s))
    return " → ".join(out)


# --------------------------------------------------------------------------------------------
# hard-negative generators
# --------------------------------------------------------------------------------------------
def n_doc(d, fmt, key):
    r = d.r
    if fmt == "fire":
        return "湖%s消行改字〔%d〕第%04d号" % (r.choice(["吴", "浔", "德", "长", "安"]), r.randint(2019, 2024), r.randint(1, 2999))
    pre = r.choice(DOC_PRE_T if d.trad else DOC_PRE_S)
    y = r.randint(2015, 2024)
    h = "號" if d.trad else "号"
    br = r.choice([("〔", "〕")] * 4 + [("[", "]"), ("（", "）")])
    return "%s%s%d%s%d%s" % (pre, br[0], y, br[1], r.randint(1, 160), h)


def n_case(d, fmt, key):
    r = d.r
    y = r.randint(2018, 2024)
    x = fmt or r.choice(["court", "court", "court", "pen", "police", "arb"])
    h = "號" if d.trad else "号"
    if x == "court":
        kind = r.choice(["民初", "民终", "刑初", "执", "执恢", "行初", "民特", "执保", "刑终", "民申"])
        br = r.choice([("（", "）"), ("(", ")")])
        return "%s%d%s浙%s%s%d%s" % (br[0], y, br[1], r.choice(COURTS), kind, r.randint(1, 12999), h)
    if x == "pro":
        return "湖%s检刑诉〔%d〕%d%s" % (r.choice(["", "吴", "浔", "德", "长", "安"]), y, r.randint(1, 999), h)
    if x == "pol":
        return "湖公（%s）行罚决字〔%d〕%05d%s" % (r.choice(["吴", "浔", "德", "长", "安", "开"]), y, r.randint(1, 9999), h)
    if x == "pen":
        pre = r.choice(["湖吴市监处罚", "湖浔市监处罚", "德市监处罚", "长市监处罚", "安市监处罚", "湖综执罚",
                        "长应急罚", "湖环罚", "湖交执罚", "湖税稽罚"])
        return "%s〔%d〕%d%s" % (pre, y, r.randint(1, 999), h)
    if x == "police":
        return "A%s%d%02d%02d%05d" % (r.choice(["330502", "330503", "330521", "330522", "330523"]), y,
                                       r.randint(1, 12), r.randint(1, 28), r.randint(0, 99999))
    return "湖劳人仲案字〔%d〕第%d%s" % (y, r.randint(1, 999), h)


def n_date(d, fmt, key):
    r = d.r
    dt = _dt.date(r.randint(2016, 2024), r.randint(1, 12), r.randint(1, 28))
    x = fmt or r.choice(["cn", "cn", "iso", "iso", "slash", "dot", "dt"])
    if x == "seq":  # log timestamps of one day, moving forward
        if not hasattr(d, "seq_day"):
            d.seq_day, d.seq_sec = dt, r.randint(0, 36000)
        d.seq_sec = min(d.seq_sec + r.randint(1, 2400), 86399)
        h, rest = divmod(d.seq_sec, 3600)
        return "%s %02d:%02d:%02d" % (d.seq_day.isoformat(), h, rest // 60, rest % 60)
    if x == "cn":
        return "%d年%d月%d日" % (dt.year, dt.month, dt.day)
    if x == "iso":
        return dt.isoformat()
    if x == "slash":
        return "%d/%d/%d" % (dt.year, dt.month, dt.day)
    if x == "dot":
        return dt.strftime("%Y.%m.%d")
    if x == "dt":
        return "%s %02d:%02d:%02d" % (dt.isoformat(), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    if x == "ym":
        return "%d年%d月" % (dt.year, dt.month)
    raise KeyError(x)


def n_amount(d, fmt, key):
    r = d.r
    x = fmt or r.choice(["yuan", "wan", "yi", "comma", "yen", "cap"])
    if x == "fee":
        return "%d元" % r.choice([5, 10, 10, 20, 20, 25, 40, 50, 80, 100, 150])
    if x == "std":
        return "%d元" % r.choice([20, 30, 50, 60, 80, 100, 120, 150, 200, 300, 380, 400, 500, 690])
    if x == "k":
        return "{:,}元".format(r.randint(15, 90) * 100)
    if x == "fine":
        return "%d元" % r.choice([50, 100, 150, 200, 200, 500])
    if x == "yuan":
        return "%d元" % r.choice([5, 10, 20, 50, 100, 200, 500, 2000, 5000, 10000, 30000])
    if x == "wan":
        return "%s万元" % r.choice([str(r.randint(5, 3000)), "%.2f" % (r.randint(100, 99999) / 100)])
    if x == "yi":
        return "%.2f亿元" % (r.randint(100, 5000) / 100)
    if x == "comma":
        return "{:,}元".format(r.randint(10, 900) * 1000)
    if x == "yen":
        return "¥{:,.2f}".format(r.randint(1000, 9999999) / 100)
    if x == "cap":
        return r.choice(["伍仟元整", "贰万元整", "壹万伍仟元整", "叁仟元整", "捌佰元整", "壹拾万元整"])
    raise KeyError(x)


def n_post(d, fmt, key):
    return d.r.choice(["313000", "313000", "313100", "313200", "313300", "313009", "313013", "313008",
                       "313012", "313113", "313219", "313307", "310012", "314000"])


def _digits_not_luhn(r, n, lead=""):
    while True:
        s = lead + "".join(r.choice("0123456789") for _ in range(n - len(lead)))
        if not luhn_ok(s) and not (n == 18 and (id_check(s[:17]) == s[17] or uscc_ok(s))):
            return s


def n_order(d, fmt, key):
    r = d.r
    x = fmt or r.choice(["dd", "num", "num19", "alnum", "pay"])
    today = "%d%02d%02d" % (r.randint(2021, 2024), r.randint(1, 12), r.randint(1, 28))
    if x == "dd":
        return "DD" + today + "%06d" % r.randint(0, 999999)
    if x == "num":
        return _digits_not_luhn(r, 18, today)
    if x == "num19":
        return _digits_not_luhn(r, 19, today)
    if x == "pay":
        return "4200" + _digits_not_luhn(r, 24, "")
    return "HZ" + today + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))


def n_invoice(d, fmt, key):
    r = d.r
    x = fmt or r.choice(["code", "no8", "e20"])
    if x == "code":
        return "0330%02d%06d" % (r.randint(19, 24), r.randint(0, 999999))
    if x == "no8":
        return "%08d" % r.randint(0, 99999999)
    return "%02d33%016d" % (r.randint(21, 24), r.randint(0, 10 ** 16 - 1))


def n_version(d, fmt, key):
    r = d.r
    x = fmt or r.choice(["v3", "v3", "v4", "v4", "build"])
    if x == "v3":
        return r.choice(["V", "v", ""]) + "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 40))
    if x == "v4":  # looks like an IPv4 address
        return "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 60), r.randint(100, 9999))
    return "%d.%d.%d_%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(100, 400))


def n_workorder(d, fmt, key):
    r = d.r
    day = "%d%02d%02d" % (r.randint(2022, 2024), r.randint(1, 12), r.randint(1, 28))
    x = fmt or r.choice(["a", "b", "c", "d"])
    if x == "a":
        return "HZ12345-%s-%05d" % (day, r.randint(0, 99999))
    if x == "b":
        return "GD%s%06d" % (day, r.randint(0, 999999))
    if x == "c":
        return day + "%05d" % r.randint(0, 99999)
    return "WX%s%04d" % (day[2:], r.randint(0, 9999))


def n_service(d, fmt, key):
    r = d.r
    if fmt.isdigit():
        return fmt
    x = fmt or r.choice(["short", "short", "short", "400", "800"])
    if x == "short":
        return r.choice(SVC_NUMS)
    if x == "400":
        return r.choice(["400-%d%02d-%04d", "400%d%02d%04d", "400 %d%02d %04d"]) % (r.randint(1, 9), r.randint(0, 99), r.randint(0, 9999))
    return "800-%d%02d-%04d" % (r.randint(1, 9), r.randint(0, 99), r.randint(0, 9999))


def n_idx(d, fmt, key):
    """An 18-character resident-ID look-alike whose check character is wrong."""
    r = d.r
    while True:
        good = Person(d, "").id18
        s = good[:-1] + r.choice([c for c in "0123456789X" if c != good[-1]])
        if not luhn_ok(s) and not uscc_ok(s):  # nor as an 18-digit bank card or credit code
            break
    if fmt == "sp":
        return "%s %s %s" % (s[:6], s[6:14], s[14:])
    return s


def n_usccx(d, fmt, key):
    r = d.r
    while True:
        first17 = _uscc_body(r)
        good = uscc_check(first17)
        s = first17 + r.choice([c for c in USCC_AL if c != good])
        if not (s.isdigit() and (luhn_ok(s) or id_ok(s))):
            return s


def n_cardx(d, fmt, key):
    r = d.r
    c = _card_digits(r)
    c = c[:-1] + r.choice([x for x in "0123456789" if x != c[-1]])
    return fmt_card(r, c, fmt or r.choice(["plain", "plain", "sp"]))


def n_mask(d, fmt, key):
    r = d.r
    x = fmt or r.choice(["mob", "id", "card", "mob", "id"])
    if x == "mob":
        m = r.choice(MOB_PRE) + "%08d" % r.randint(0, 99999999)
        return m[:3] + "****" + m[7:]
    if x == "id":
        s = Person(d).id18
        return r.choice([s[:6] + "********" + s[14:], s[:3] + "*" * 11 + s[14:], s[:1] + "*" * 16 + s[17:]])
    c = _card_digits(r)
    return r.choice([c[:6] + "*" * (len(c) - 10) + c[-4:], c[:4] + " **** **** " + c[-4:]])


def n_express(d, fmt, key):
    r = d.r
    return r.choice(["SF%d" % r.randint(10 ** 11, 10 ** 12 - 1) + "%d" % r.randint(0, 9),
                     "YT%d" % r.randint(10 ** 12, 10 ** 13 - 1),
                     "JDVA%d" % r.randint(10 ** 10, 10 ** 11 - 1),
                     "75%d" % r.randint(10 ** 10, 10 ** 11 - 1),
                     "EMS%d" % r.randint(10 ** 9, 10 ** 10 - 1)])


def n_vin(d, fmt, key):
    r = d.r
    return "L" + "".join(r.choice(VIN_AL) for _ in range(7)) + r.choice("0123456789X") + \
        r.choice("KLMNPR") + r.choice("ABCDEFGH0123456789") + "%06d" % r.randint(0, 999999)


def n_licence(d, fmt, key):
    r = d.r
    x = fmt or r.choice(["jy", "road", "med", "pw", "hy"])
    if x == "lawyer":  # 17-digit lawyer licence number
        return _digits_not_luhn(r, 17, "13305" + r.choice(["20", "21", "22", "23"]))
    if x == "tz":
        return "%s11浙E%05d(%d)" % (r.choice("梯车容起"), r.randint(0, 99999), r.randint(15, 24))
    if x == "jy":
        return "JY%d3305%02d%07d" % (r.choice([1, 2, 3]), r.choice([0, 2, 3, 21, 22, 23]), r.randint(0, 9999999))
    if x == "road":
        return "浙交运管许可湖字3305%08d号" % r.randint(0, 99999999)
    if x == "med":
        return "PDY%05d-3305%02d%d%s%d%03d" % (r.randint(0, 99999), r.choice([2, 3, 21, 22, 23]), r.randint(1, 9),
                                              r.choice("ABCDJ"), r.randint(1, 9), r.randint(1, 999))
    if x == "pw":
        return "9133%04d%s%04d%s001%s" % (r.randint(0, 9999), r.choice("ABCDE"), r.randint(0, 9999),
                                          r.choice("PQRT"), r.choice("PUVXYZ"))
    return "JZ%d%05d" % (r.randint(2019, 2024), r.randint(0, 99999))


def n_prop(d, fmt, key):
    r = d.r
    return "浙（%d）%s不动产权第%07d号" % (r.randint(2017, 2024), r.choice(["湖州市", "德清县", "长兴县", "安吉县"]),
                                      r.randint(0, 9999999))


def n_reg(d, fmt, key):
    r = d.r
    return r.choice(["330500", "330502", "330503", "330521", "330522", "330523"]) + "000" + "%06d" % r.randint(0, 999999)


def n_contract(d, fmt, key):
    r = d.r
    return r.choice(["HZDSJ-%d-CG-%03d", "HT%d%04d", "ZFCG-%d-%04d", "HZCG%d-%03d"]) % (r.randint(2020, 2024), r.randint(1, 999))


def n_count(d, fmt, key):
    r = d.r
    if fmt == "jian":
        return "{:,}件".format(r.randint(1500, 40000))
    return r.choice(["{:,}人次".format(r.randint(100, 99999)), "%d件" % r.randint(3, 9999),
                     "%d户" % r.randint(3, 5000), "{:,}条".format(r.randint(1000, 9999999)), "%d人" % r.randint(2, 900)])


def n_icp(d, fmt, key):
    r = d.r
    return "浙ICP备%08d号-%d" % (r.randint(10000000, 99999999), r.randint(1, 9))


def n_approval(d, fmt, key):
    r = d.r
    return r.choice(["国药准字H%d%04d" % (r.randint(1990, 2023), r.randint(0, 9999)),
                     "国药准字Z%08d" % r.randint(10000000, 99999999),
                     "浙械注准%d2%06d" % (r.randint(2017, 2024), r.randint(0, 999999))])


def n_acct(d, fmt, key):
    """Non-personal numbers that sit beside identifiers: fund codes, batch numbers, asset tags."""
    r = d.r
    if fmt == "d17":
        return _digits_not_luhn(r, 17, r.choice(["31", "32", "33", "38", "41"]))
    if fmt == "obu":
        return _digits_not_luhn(r, 16, "3301")
    return r.choice(["ZC-%d-%05d" % (r.randint(2015, 2024), r.randint(0, 99999)),
                     "PH%d%02d%02d%02d" % (r.randint(2022, 2024), r.randint(1, 12), r.randint(1, 28), r.randint(1, 20)),
                     "%d%02d%02d-%d" % (r.randint(2022, 2024), r.randint(1, 12), r.randint(1, 28), r.randint(1, 99)),
                     "SJ%d%04d" % (r.randint(2022, 2024), r.randint(0, 9999))])


# --------------------------------------------------------------------------------------------
# plain helpers
# --------------------------------------------------------------------------------------------
def p_sur(d, fmt, key):
    return d.person(key).sur if key is not None else d.r.choice(SUR_T if d.trad else SUR_S)


def p_sex(d, fmt, key):
    return "男" if d.person(key).male else "女"


def p_age(d, fmt, key):
    return str(d.person(key).age)


def p_co(d, fmt, key):
    r = d.r
    if key is not None and ("CO", key) in d.memo:
        return d.memo[("CO", key)]
    if d.trad:
        s = r.choice(CO_PRE_T) + r.choice(CO_MID_T) + r.choice(CO_SUF_T)
    else:
        suf = CO_KIND.get(fmt) or CO_SUF_S
        s = r.choice(CO_PRE_S) + r.choice(CO_MID_S) + r.choice(suf)
    if key is not None:
        d.memo[("CO", key)] = s
    return s


def p_hosp(d, fmt, key):
    return d.r.choice(HOSP_T if d.trad else HOSP_S)


def p_bank(d, fmt, key):
    return d.r.choice(BANK_T if d.trad else BANK_S)


def p_time(d, fmt, key):
    """Clock times that move forward through one document."""
    if not hasattr(d, "clock"):
        d.clock = d.r.randint(7 * 60, 11 * 60)
    else:
        d.clock = min(d.clock + d.r.randint(1, 50), 23 * 60 + 59)
    return "%02d:%02d" % divmod(d.clock, 60)


def p_county(d, fmt, key):
    return d.r.choice(list(HZ_T if d.trad else HZ_S))


def p_digits(d, fmt, key):
    """A plain (unlabelled) number of the given length that is neither Luhn-valid nor ID-shaped."""
    ln, _, lead = fmt.partition(",")
    return _digits_not_luhn(d.r, int(ln), lead)


# Person- or vehicle-linked numbers that are not entity types (VIN, residence-permit and account
# numbers, property certificates) stay unlabelled: they are neither positives nor hard negatives.
PLAIN = {"SUR": p_sur, "SEX": p_sex, "AGE": p_age, "CO": p_co, "HOSP": p_hosp, "BANK": p_bank,
         "TIME": p_time, "COUNTY": p_county, "VIN": lambda d, f, k: n_vin(d, f, k),
         "PROP": lambda d, f, k: n_prop(d, f, k), "DIG": p_digits}
ENT = {
    "P": ("PERSON", g_person), "ID": ("CN_RESIDENT_ID", g_id), "ID15": ("CN_RESIDENT_ID", g_id15),
    "DOB": ("DATE_OF_BIRTH", g_dob), "MOB": ("CN_MOBILE", g_mobile), "TEL": ("CN_LANDLINE", g_landline),
    "USCC": ("CN_USCC", g_uscc), "CARD": ("BANK_CARD", g_card), "MAIL": ("EMAIL_ADDRESS", g_mail),
    "IP": ("IP_ADDRESS", g_ip), "PP": ("CN_PASSPORT", g_passport), "HKM": ("CN_HK_MACAO_PERMIT", g_permit),
    "PLATE": ("CN_LICENSE_PLATE", g_plate), "SSC": ("CN_SOCIAL_SECURITY", g_ssc),
    "MR": ("CN_MEDICAL_RECORD", g_mr), "ADDR": ("CN_ADDRESS", g_addr), "HI": ("HEALTH_INFO", g_health),
    "FIN": ("FINANCIAL_INFO", g_fin), "LOC": ("LOCATION_TRACE", g_loc),
}
PERSON_BOUND = {"P", "ID", "ID15", "DOB"}
NEG = {
    "DOC": ("doc_number", n_doc), "CASE": ("case_number", n_case), "DATE": ("date", n_date),
    "AMT": ("amount", n_amount), "POST": ("postcode", n_post), "ORD": ("order_number", n_order),
    "INV": ("invoice_number", n_invoice), "VER": ("version", n_version), "WO": ("work_order_number", n_workorder),
    "SVC": ("service_number", n_service), "IDX": ("id_lookalike", n_idx), "USCCX": ("uscc_lookalike", n_usccx),
    "CARDX": ("bank_card_lookalike", n_cardx), "MASK": ("masked_identifier", n_mask),
    "EXP": ("tracking_number", n_express), "LIC": ("licence_number", n_licence),
    "REG": ("registration_number", n_reg),
    "CON": ("contract_number", n_contract), "CNT": ("count", n_count), "ICP": ("icp_number", n_icp),
    "APPR": ("approval_number", n_approval), "REF": ("reference_number", n_acct),
}

TEMPLATES: list[tuple[str, object]] = []


def S(text: str):
    TEMPLATES.append(("S", text))


def T(text: str):
    TEMPLATES.append(("T", text))


def SF(fn):
    TEMPLATES.append(("S", fn))
    return fn


def TF(fn):
    TEMPLATES.append(("T", fn))
    return fn


# --------------------------------------------------------------------------------------------
# generation and validation
# --------------------------------------------------------------------------------------------
def generate():
    docs = []
    for i in range(N_DOCS):
        script, tpl = TEMPLATES[i % len(TEMPLATES)]
        r = random.Random("%d-%d" % (SEED, i))
        d = Doc(r, script == "T")
        if callable(tpl):
            tpl(d)
        else:
            d.add(tpl)
        text = d.result()
        ents = [{"type": e["type"], "start": e["start"], "end": e["end"]} for e in d.ents]
        negs = [{"kind": n["kind"], "start": n["start"], "end": n["end"]} for n in d.negs]
        docs.append({"id": "heldout22-%05d" % i, "text": text, "entities": ents, "negatives": negs,
                     "source": SOURCE, "_script": script,
                     "_expect": [(e["start"], e["end"], e["_text"]) for e in d.ents + d.negs]})
    return docs


def known_types():
    try:
        import yaml
        data = yaml.safe_load(ENTITIES_YAML.read_text(encoding="utf-8"))
        return set(data["entities"])
    except Exception:  # pragma: no cover - the design file is outside the repository
        return set(KNOWN_TYPES)


_ALNUM = re.compile(r"[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
STRUCTURED = {"CN_RESIDENT_ID", "CN_MOBILE", "CN_LANDLINE", "CN_USCC", "BANK_CARD", "EMAIL_ADDRESS",
              "IP_ADDRESS", "CN_PASSPORT", "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE", "CN_SOCIAL_SECURITY",
              "CN_MEDICAL_RECORD"}
RX = {
    "CN_MOBILE": re.compile(r"^(\+86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}$|^(\+86[- ]?)?1[3-9]\d \d{8}$"),
    "CN_LANDLINE": re.compile(r"^(\+86-)?0?\d{2,3}[- ]?\d{7,8}((转|轉|-| ext\. ?|分机|分機| ext\.)\d{1,4})?$"),
    "EMAIL_ADDRESS": re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$"),
    "IP_ADDRESS": re.compile(r"^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$"),
    "CN_PASSPORT": re.compile(r"^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$"),
    "CN_HK_MACAO_PERMIT": re.compile(r"^(C\d{8}|C[A-HJ-NP-Z]\d{7})$"),
    "CN_LICENSE_PLATE": re.compile(r"^[浙苏沪皖赣豫蘇滬][A-HJ-NP-Z][· ]?([DF][A-HJ-NP-Z0-9]\d{4}|[A-HJ-NP-Z0-9]{5})$"),
}
LEAKS = [
    ("mobile", re.compile(r"(?<![0-9A-Za-z])(\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?![0-9A-Za-z])")),
    ("id18", re.compile(r"(?<![0-9A-Za-z])\d{6}[ -]?\d{8}[ -]?\d{3}[0-9Xx](?![0-9A-Za-z])")),
    ("card", re.compile(r"(?<![0-9A-Za-z])\d{4}(?:[ -]?\d{4}){2,3}[ -]?\d{1,3}(?![0-9A-Za-z])")),
    ("uscc", re.compile(r"(?<![0-9A-Za-z])[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}(?![0-9A-Za-z])")),
    ("passport", re.compile(r"(?<![0-9A-Za-z])[CEG][A-HJ-NP-Z]?\d{7,8}(?![0-9A-Za-z])")),
    ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")),
    ("ip", re.compile(r"(?<![0-9.])\d{1,3}(\.\d{1,3}){3}(?![0-9])")),
    ("plate", re.compile(r"[浙苏沪皖赣豫蘇滬][A-HJ-NP-Z][· ]?[A-HJ-NP-Z0-9]{5}(?![0-9A-Za-z])")),
    ("landline", re.compile(r"(?<![0-9A-Za-z])0\d{2,3}[- ]?\d{7,8}(?![0-9A-Za-z])")),
]


def _leak_is_valid(kind: str, s: str) -> bool:
    """Would this unlabelled match be a genuine identifier (i.e. a missed positive)?"""
    t = re.sub(r"[ \-]", "", s)
    if kind == "mobile":
        return True
    if kind == "id18":
        return id_ok(t)
    if kind == "card":
        return 16 <= len(t) <= 19 and luhn_ok(t)
    if kind == "uscc":
        return uscc_ok(t)
    return True


def validate(docs, types):
    errors = []
    kinds_ok = {v[0] for v in NEG.values()}
    seen_ids = set()
    for doc in docs:
        text, did = doc["text"], doc["id"]
        if did in seen_ids:
            errors.append("%s duplicate id" % did)
        seen_ids.add(did)
        for (s, e, want) in doc["_expect"]:
            if text[s:e] != want:
                errors.append("%s span text mismatch %r != %r" % (did, text[s:e], want))
        spans = sorted([(x["start"], x["end"], x.get("type") or "~" + x["kind"]) for x in doc["entities"] + doc["negatives"]])
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errors.append("%s overlap %r %r" % (did, a, b))
        for x in spans:
            if x[0] >= x[1] or text[x[0]:x[1]] != text[x[0]:x[1]].strip():
                errors.append("%s empty or padded span %r" % (did, x))
        for en in doc["entities"]:
            t, v = en["type"], text[en["start"]:en["end"]]
            if t not in types:
                errors.append("%s unknown type %s" % (did, t))
            if t in STRUCTURED:
                before = text[en["start"] - 1] if en["start"] > 0 else ""
                after = text[en["end"]] if en["end"] < len(text) else ""
                if (before and _ALNUM.match(before)) or (after and _ALNUM.match(after)):
                    errors.append("%s %s glued to alnum: %r" % (did, t, text[max(0, en["start"] - 3):en["end"] + 3]))
            a = to_ascii(v).replace("\u3000", " ").replace("－", "-")
            if t == "CN_RESIDENT_ID" and not id_ok(a):
                errors.append("%s bad ID %r" % (did, v))
            elif t == "CN_USCC" and not uscc_ok(a):
                errors.append("%s bad USCC %r" % (did, v))
            elif t == "BANK_CARD":
                digits = re.sub(r"[ -]", "", a)
                if not (16 <= len(digits) <= 19 and luhn_ok(digits)):
                    errors.append("%s bad card %r" % (did, v))
            elif t in RX and not RX[t].match(a):
                errors.append("%s %s pattern %r" % (did, t, v))
        for ng in doc["negatives"]:
            k, v = ng["kind"], text[ng["start"]:ng["end"]]
            if k not in kinds_ok:
                errors.append("%s unknown negative kind %s" % (did, k))
            a = re.sub(r"[ \-]", "", to_ascii(v))
            if k == "id_lookalike" and (len(a) != 18 or id_ok(a)):
                errors.append("%s id look-alike is valid %r" % (did, v))
            if k == "uscc_lookalike" and (len(a) != 18 or uscc_check(a[:17]) == a[17]):
                errors.append("%s USCC look-alike is valid %r" % (did, v))
            if k == "bank_card_lookalike" and luhn_ok(a):
                errors.append("%s card look-alike passes Luhn %r" % (did, v))
            # no negative may itself be a valid identifier
            if a.isdigit() and 16 <= len(a) <= 19 and luhn_ok(a):
                errors.append("%s negative passes Luhn %r" % (did, v))
            if len(a) == 18 and a[:17].isdigit() and id_ok(a):
                errors.append("%s negative is a valid ID %r" % (did, v))
            if len(a) == 18 and uscc_ok(a):
                errors.append("%s negative is a valid USCC %r" % (did, v))
            if re.fullmatch(r"(\+?86)?1[3-9]\d{9}", a):
                errors.append("%s negative is a mobile %r" % (did, v))
        # unlabelled identifier leaks (outside any entity span)
        covered = [(x["start"], x["end"]) for x in doc["entities"]]
        negspan = [(x["start"], x["end"]) for x in doc["negatives"]]
        asc = to_ascii(text)
        for kind, rx in LEAKS:
            for m in rx.finditer(asc):
                s, e = m.span()
                if any(cs <= s and e <= ce for cs, ce in covered):
                    continue
                if any(cs < e and s < ce for cs, ce in covered):
                    inside = lambda k: any(cs <= k < ce for cs, ce in covered)
                    if all(inside(k) for k in range(s, e) if asc[k].isalnum()):
                        continue  # two adjacent labelled values, e.g. "138-1234-5678 0572-2605954"
                    errors.append("%s %s match straddles an entity: %r" % (did, kind, m.group()))
                    continue
                valid = _leak_is_valid(kind, m.group())
                in_neg = any(cs <= s and e <= ce for cs, ce in negspan)
                if in_neg:
                    if valid and kind in ("mobile", "id18", "card", "uscc", "email"):
                        errors.append("%s negative holds a valid %s: %r" % (did, kind, m.group()))
                    continue
                if valid:
                    errors.append("%s unlabelled %s: %r" % (did, kind, m.group()))
                elif kind in ("id18", "uscc"):
                    errors.append("%s unmarked %s look-alike: %r" % (did, kind, m.group()))
    return errors


def public(doc):
    return {k: doc[k] for k in ("id", "text", "entities", "negatives", "source")}


def main():
    types = known_types()
    docs = generate()
    again = generate()
    errors = validate(docs, types)
    if [public(x) for x in docs] != [public(x) for x in again]:
        errors.append("generation is not deterministic")
    n_trad_t = sum(1 for s, _ in TEMPLATES if s == "T")
    if len(TEMPLATES) < 250:
        errors.append("only %d templates" % len(TEMPLATES))
    if errors:
        for e in errors[:60]:
            print("ERROR", e)
        raise SystemExit("%d validation errors" % len(errors))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(public(doc), ensure_ascii=False) + "\n")
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert [public(x) for x in docs] == back, "read-back mismatch"
    ent = Counter(e["type"] for d in back for e in d["entities"])
    neg = Counter(n["kind"] for d in back for n in d["negatives"])
    structured = sum(v for k, v in ent.items() if k in STRUCTURED - {"CN_SOCIAL_SECURITY", "CN_MEDICAL_RECORD"})
    n_trad = sum(1 for x in docs if x["_script"] == "T")
    print("wrote %s" % OUT.relative_to(ROOT))
    print("documents: %d  templates: %d (Traditional templates: %d)  Traditional documents: %d" %
          (len(back), len(TEMPLATES), n_trad_t, n_trad))
    print("entities: %d  (structured identifiers of the ten required types: %d)" % (sum(ent.values()), structured))
    for k, v in sorted(ent.items(), key=lambda kv: -kv[1]):
        print("  %-20s %6d" % (k, v))
    print("hard negatives: %d" % sum(neg.values()))
    for k, v in sorted(neg.items(), key=lambda kv: -kv[1]):
        print("  %-28s %6d" % (k, v))
    short = [k for k in ("CN_RESIDENT_ID", "CN_MOBILE", "CN_LANDLINE", "CN_USCC", "BANK_CARD", "EMAIL_ADDRESS",
                         "IP_ADDRESS", "CN_PASSPORT", "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE") if ent[k] < 150]
    if short or sum(ent.values()) < 7000 or structured < 4000 or sum(neg.values()) < 3000:
        print("WARNING: targets not met:", short, sum(ent.values()), structured, sum(neg.values()))
    print("deterministic: yes (generated twice, identical)")


# ============================================================================================
# templates
# ============================================================================================
# ---- 12345 hotline -------------------------------------------------------------------------
S("""湖州市{~SVC:12345}政务服务便民热线工单
工单编号：{~WO}
受理时间：{~DATE:dt}
来电人：{P@1}　来电号码：{MOB}
联系地址：{ADDR}
诉求内容：来电人反映楼下餐饮店油烟扰民，夜间{n:22-23}点后仍有噪声，已多次与店主沟通无果，要求相关部门处理。
承办单位：{COUNTY}综合行政执法局　办理时限：{n:3-5}个工作日
回访要求：办结后请电话回访{SUR@1}{?先生|女士}。""")
S("""【工单回复】{~WO}
{?经核实|经现场核查}，来电人{P@1}（{MOB@1}）反映的{?小区电梯长期停运|道路积水|路灯不亮|垃圾清运不及时}问题属实。我局已于{~DATE:cn}约谈{CO:wy}负责人{P}（联系电话{TEL:hz}），责令限期整改。
处理结果已电话告知来电人，来电人表示{?满意|基本满意|不满意，要求继续跟进}。
承办人：{P}　审核人：{P}""")
S("""12345热线来电记录 {~DATE:dt}
主叫：{MOB}
来电人自称{P@1}，身份证号{ID@1}，反映其在{CO}工作期间被拖欠工资{n:2-8}个月，本人被欠{FIN:comma}，同车间还有{n:5-30}名工友情况类似，企业统一社会信用代码为{USCC}，企业地址{ADDR:road}。
诉求：请劳动保障监察部门介入。
转办：市人力社保局劳动保障监察支队（{TEL:dash}）""")
S("""来电号码：{MOB:plain}
来电时间：{~DATE:dt}
工单号：{~WO:b}
内容：市民{SUR}先生来电咨询公积金提取流程，坐席已告知可拨打{~SVC:12329}或登录浙里办办理，无需转办。
备注：来电人不愿留姓名。""")


@SF
def t_hotline_batch(d):
    d.add("湖州市12345热线{?每日|当日}未办结工单清单（{~DATE:cn}）\n序号\t工单号\t来电人\t联系电话\t问题地址\t类别\n")
    for i in range(d.r.randint(3, 6)):
        d.add("%d\t{~WO}\t{P}\t{MOB}\t{ADDR}\t{?噪声扰民|违章停车|物业纠纷|拖欠工资|燃气异味|占道经营}\n" % (i + 1))
    d.add("制表：{P}　核对：{P}")


S("""【浙政钉】市长热线办 {P@1}：
{P@2}老师，您好！工单{~WO:a}来电人{P@3}（手机{MOB@3}）称其车辆{PLATE@4}于{~DATE:cn}在{COUNTY}某停车场被重复扣取停车费，请贵单位核实后{n:2-3}日内回复。
附：来电人收款卡号{CARD}（仅用于退费）。""")
S("""工单{~WO}处理意见
来电人：{P}，联系方式：{MOB}，{?另留座机|备用电话}{TEL}。
反映：{ADDR}门口人行道被{CO}长期堆放建材。
处置：{COUNTY}综合执法中队已现场处置，当事单位已清理。执法人员：{P}、{P}。""")
# ---- public security -----------------------------------------------------------------------
S("""湖州市公安局{COUNTY}分局
接处警登记表
警情编号：{~CASE:police}
报警时间：{~DATE:dt}
报警人：{P@1}　性别：{SEX@1}　身份证号码：{ID@1}
联系电话：{MOB}
现住址：{ADDR}
简要警情：报警人称其停放于楼下的电动自行车被盗，车辆购于{~DATE:ym}，报警人称该车价值约{FIN:yuan}。
处警民警：{P}、{P}""")
S("""询问笔录（第{n:1-3}次）
时间：{~DATE:cn}{TIME}至{TIME}
地点：{COUNTY}公安分局{?爱山|飞英|月河|织里|练市|武康|雉城|递铺}派出所询问室
询问人：{P}、{P}　记录人：{P}
被询问人：{P@1}，{SEX@1}，{AGE@1}岁，出生日期{DOB@1}，身份证号{ID@1}，户籍地{ADDR:rural}，现住{ADDR:estate}，手机{MOB}。
问：你今天为什么来派出所？
答：我来说明一下{~DATE:cn}晚上在{CO}门口发生纠纷的情况。""")
S("""旅馆业治安管理信息系统 入住登记
酒店：湖州{?太湖|月河|南浔|莫干山}{?假日|国际|雅居|民宿}{?酒店|客栈}　房号：{n:201-1520}
入住：{~DATE:dt}
姓名：{P@1}　证件类型：居民身份证　证件号码：{ID@1}
同住人：{P@2}　证件类型：往来港澳通行证　证件号码：{HKM}
联系电话：{MOB}
车牌：{PLATE}""")


@SF
def t_hotel_foreign(d):
    d.add("境外人员住宿登记（{~DATE:cn}）\n")
    for i in range(d.r.randint(2, 4)):
        d.add("{P:py}｜护照号码：{PP}｜入住房间{n:301-1208}｜联系手机{MOB}\n")
    d.add("接待单位：{CO}　登记人：{P}　值班电话：{TEL:hz}")


S("""出租房屋登记信息
房屋地址：{ADDR:estate}
房东：{P@1}　身份证：{ID@1}　电话：{MOB@1}
承租人：{P@2}　身份证：{ID@2}　电话：{MOB@2}
户籍地址：{ADDR:rural}
租期：{~DATES:iso}　租赁用途：{?居住|居住|经营}
登记民警：{P}　社区网格员：{P}""")
S("""流动人口居住登记
姓名{P@1}　性别{SEX@1}　出生日期{DOB@1:cn}
公民身份号码{ID@1}
户籍地址{ADDR:rural}
暂住地址{ADDR:vill}
服务处所{CO}　联系电话{MOB}
登记日期{~DATE:cn}　居住证编号{DIG:11,3305}""")
S("""反诈预警劝阻记录
预警编号：{~REF}　下发时间：{~DATE:dt}
受害人：{P@1}，{AGE@1}岁，手机{MOB@1}，身份证{ID@1}
涉诈情况：受害人已向对方提供的账户{~CARDX}转账（该卡号经核验校验位不符，疑为对方伪造截图），后又向{CARD}转账{FIN:comma}。
嫌疑人联系方式：{MOB}、邮箱{MAIL}
劝阻民警：{P}（{MOB}），劝阻结果：已成功劝阻后续转账。""")
S("""道路交通事故认定书（简易程序）
第{~CASE:police}号
事故时间：{~DATE:dt}　地点：{COUNTY}{?二环东路|湖织大道|318国道|104国道|杭长高速湖州段}
当事人甲：{P@1}，驾驶证号{ID@1}，电话{MOB}，驾驶{PLATE}小型轿车；
当事人乙：{P@2}，身份证号{ID@2}，电话{MOB}，驾驶{PLATE}电动车。
经过：甲车变道时未让行，与乙车发生刮擦，乙受伤，诊断为{HI:inj}。
责任：甲负全部责任。交警：{P}""")
S("""交通违法处理通知
车牌号码{PLATE}的机动车于{~DATE:dt}在{COUNTY}{?青铜路口|凤凰路口|龙山路口|昌硕路口}有{?闯红灯|违停|超速20%以下}的违法行为，罚款{~AMT:fine}，记{n:0-6}分。
机动车所有人：{P}　联系电话：{MOB}
请于{n:15-30}日内到湖州市公安局交通警察支队（{TEL:hz}）处理。""")
S("""居民身份证补领申请
申请人：{P@1}
公民身份号码：{ID@1}
出生日期：{DOB@1}
户籍地址：{ADDR}
补领原因：{?遗失|被盗|损坏}
联系电话：{MOB}
受理单位：{COUNTY}公安分局户政科　受理编号：{~REF}
受理日期：{~DATE:cn}""")
S("""户口迁移证明（存根）
迁移人：{P@1}　与户主关系：{?本人|子女|配偶}
公民身份号码：{ID@1}　出生日期：{DOB@1}
迁出地：{ADDR:rural}
迁往地：{ADDR:road}
承办人：{P}　签发日期：{~DATE:cn}""")
S("""老户籍资料核对：{P@1:old}，原15位身份证号码{ID15@1}，升位后号码{ID@1}。出生日期{DOB@1:cn0}，原籍{ADDR:vill}。经档案比对无误，同意更正。核对人：{P}""")
S("""涉案车辆查控单
布控车辆：{PLATE}（{?黑色|白色|银色}{?大众帕萨特|丰田凯美瑞|比亚迪汉|五菱宏光}），车架号{VIN}
车辆所有人：{P@1}，身份证{ID@1}，手机{MOB}
布控事由：涉嫌{?肇事逃逸|盗窃|非法营运}
联系人：{P}　{MOB}　{TEL:hz}""")
S("""治安管理处罚决定书
{~CASE:pol}
违法行为人{P@1}，{SEX@1}，{AGE@1}岁，身份证号{ID@1}，住{ADDR}。
现查明{~DATE:cn}，{P@1}在{CO}内因琐事与他人发生争执并殴打他人，致被害人{P@2}受轻微伤。
根据《治安管理处罚法》第四十三条第一款，决定对{P@1}处行政拘留{n:5-10}日并处罚款{~AMT:fine}。""")
# ---- courts, procuratorate, legal services ---------------------------------------------------
S("""浙江省湖州市吴兴区人民法院
民事判决书
{~CASE:court}
原告：{P@1}，{SEX@1}，{DOB@1:cn}出生，汉族，住{ADDR}，公民身份号码{ID@1}。
委托诉讼代理人：{P}，浙江{?天元|太湖|南太湖|苕溪}律师事务所律师，联系电话{MOB}。
被告：{CO}，住所地{ADDR:road}，统一社会信用代码{USCC}。
法定代表人：{P}，该公司执行董事。
原告{P@1}与被告买卖合同纠纷一案，本院于{~DATE:cn}立案后，依法适用简易程序公开开庭进行了审理。""")
S("""送达地址确认书
案号：{~CASE:court}
受送达人：{P@1}
身份证号码：{ID@1}
送达地址：{ADDR}
邮政编码：{~POST}
手机号码：{MOB}　电子邮箱：{MAIL}
是否同意电子送达：{?是|否}
受送达人签名：{P@1}　日期：{~DATE:cn}""")
S("""执行通知书
{~CASE:court}
被执行人：{P@1}，{SEX@1}，住{ADDR}，身份证号{ID@1}。
本院依法冻结被执行人{P@1}名下{BANK}账户（卡号{CARD}）内存款{FIN}，扣划至本院执行款专户。
如有异议，请于{n:10-15}日内向本院提出。联系人：{P}，电话{TEL:hz}。""")
S("""失信被执行人名单（{~DATE:cn}更新）
序号|被执行人|证件号码|执行法院|案号|未履行金额
1|{P}|{ID}|湖州市南浔区人民法院|{~CASE:court}|{FIN:wan}
2|{CO}|{USCC}|德清县人民法院|{~CASE:court}|{~AMT:wan}
3|{P}|{ID}|长兴县人民法院|{~CASE:court}|{FIN:comma}""")
S("""民事调解书
{~CASE:court}
申请人：{P@1}，住{ADDR}，联系电话{MOB}。
被申请人：{P@2}，住{ADDR}，联系电话{MOB}。
经本院主持调解，双方自愿达成如下协议：被申请人{P@2}于{~DATE:cn}前一次性支付申请人{P@1}借款本金{FIN:comma}，通过银行转账至申请人账户{CARD}。
案件受理费{~AMT:yuan}减半收取，由被申请人负担。""")
S("""湖州市人民检察院
起诉书
{~CASE:pro}
被告人{P@1}，{SEX@1}，{DOB@1:cn}出生，公民身份号码{ID@1}，汉族，初中文化，户籍所在地{ADDR:rural}，住{ADDR:estate}。因涉嫌诈骗罪于{~DATE:cn}被{COUNTY}公安分局刑事拘留。
经依法审查查明：被告人{P@1}使用手机号{MOB}冒充电商客服，诱骗被害人{P@2}向其控制的银行卡{CARD}转账，共计骗得被害人{FIN:comma}。""")
S("""法律援助申请表
申请人姓名：{P@1}　性别：{SEX@1}　出生日期：{DOB@1}
身份证号码：{ID@1}
住所地：{ADDR}
联系电话：{MOB}
家庭人口{n:2-6}人，家庭月收入{FIN:month}，家庭存款{FIN:comma}。
申请事项：{?劳动报酬|工伤赔偿|交通事故赔偿|赡养费}纠纷
受理机构：湖州市法律援助中心（{TEL:hz}）　咨询热线{~SVC:12348}""")
S("""公证申请表
公证事项：{?委托|声明|继承|学历|无犯罪记录}
申请人：{P@1}，身份证{ID@1}，手机{MOB}，现住{ADDR}
代理人：{P@2}，往来港澳通行证号{HKM}，联系电话{MOB}
用途：{?香港|澳门}使用，需办理转递。
受理公证员：{P}　受理号：（{n:2021-2024}）浙湖{?南太湖|吴兴|德清}证字第{n:100-9999}号""")
S("""劳动人事争议仲裁申请书
申请人：{P@1}，{SEX@1}，身份证号{ID@1}，住{ADDR}，电话{MOB}。
被申请人：{CO}，统一社会信用代码{USCC}，地址{ADDR:road}，法定代表人{P}，电话{TEL}。
仲裁请求：1.裁决被申请人支付申请人拖欠工资{FIN:comma}；2.支付申请人解除劳动合同经济补偿金{FIN:comma}。
仲裁受理费：{?不收费|0元}
案号：{~CASE:arb}""")
S("""庭审笔录（节选）
审判员：{P}　书记员：{P}
审：原告陈述诉讼请求。
原：要求被告返还借款。借款是{~DATE:cn}通过我的{BANK}银行卡{CARD}转到被告卡{CARD}上的。
审：被告对转账记录有无异议？
被：没有异议，但其中{FIN:comma}已经通过微信还了，微信绑定手机{MOB}。""")
S("""执行线索举报
举报人：{P}（手机{MOB}）
被执行人：{P@1}，身份证号{ID@1}
线索：被执行人名下车辆{PLATE}经常停放于{ADDR:estate}楼下；另其在{BANK}开立的卡号{CARD}近期有大额进账。
案号：{~CASE:court}　承办法官：{P}""")
S("""社区矫正对象报到登记
姓名：{P@1}　曾用名：无　性别：{SEX@1}
身份证号：{ID@1}　出生日期：{DOB@1}
居住地：{ADDR}
罪名：{?危险驾驶罪|盗窃罪|帮助信息网络犯罪活动罪}　判决书号：{~CASE:court}
联系电话：{MOB}　家属联系人：{P}（{MOB}）
矫正期限：{~DATES:iso}""")
# ---- health ---------------------------------------------------------------------------------
S("""{HOSP}门诊病历
门诊号：{MR:mz}
姓名：{P@1}　性别：{SEX@1}　年龄：{AGE@1}岁
联系电话：{MOB}
就诊科室：{?心内科|内分泌科|神经内科|全科}
既往史：{HI}病史{n:3-15}年，规律服药。过敏史：{HI:alg}。
初步诊断：{HI}
医师签名：{P}　日期：{~DATE:cn}""")
S("""出院小结
住院号：{MR:num}　科室：{?心内科|神经内科|肾内科|呼吸科|肿瘤科}　床号：{n:1-60}
患者{P@1}，{SEX@1}，{AGE@1}岁，于{~DATE:cn}入院。
入院诊断：{HI}
出院诊断：1.{HI}；2.{HI}
出院医嘱：低盐低脂饮食，{n:1-4}周后门诊复查。联系电话：{TEL:hz}（科室）
主治医师：{P}""")
S("""慢病随访记录
随访日期：{~DATE:iso}　随访方式：{?电话|上门|门诊}
居民：{P@1}　身份证号：{ID@1}　联系电话：{MOB}
家庭住址：{ADDR}
随访病种：{HI}
本次随访：{?规律服药，控制满意|未规律服药，控制不满意|已调整用药}
随访医生：{P}（{?织里镇|练市镇|雷甸镇|泗安镇|孝丰镇}社区卫生服务中心）""")
S("""传染病报告卡
卡片编号：{~REF}
患者姓名：{P@1}　联系人：{P}
身份证号：{ID@1}
性别：{SEX@1}　出生日期：{DOB@1}
联系电话：{MOB}
现住址：{ADDR}
疾病名称：{HI:inf}
报告单位：{HOSP}　报告医生：{P}　填卡日期：{~DATE:cn}""")
S("""家庭医生签约服务协议（乙方信息）
签约居民：{P@1:old}　身份证号码：{ID@1}　社保卡号：{SSC:card}
联系电话：{MOB}　紧急联系人：{P}　电话：{MOB}
居住地址：{ADDR:vill}
健康状况：患有{HI}、{HI}
签约团队：{P}（全科医生）、{P}（护士）　团队电话：{TEL:hz}""")
S("""120急救调度记录
受理时间：{~DATE:dt}
呼救电话：{MOB}
呼救人：{P}（患者{?女儿|儿子|邻居|配偶}）
患者：{P@1}，约{AGE@1}岁
现场地址：{ADDR}
病情：家属称情况紧急，既往有{HI}。
派车：{PLATE:hz}　送达医院：{HOSP}""")
@SF
def t_inpatient_bill(d):
    r = d.r
    total = r.randint(300000, 9000000)
    fund = total * r.randint(45, 80) // 100
    own = total - fund
    d.add("住院费用结算单\n住院号：{MR:zy}\n姓名：{P@1}　社保卡号：{SSC:card}\n")
    d.add("入院日期：{~DATE:iso}　住院天数：{n:3-28}天\n")
    d.put("医疗总费用："); d.put("¥{:,.2f}".format(total / 100), ("E", "FINANCIAL_INFO"))
    d.put("　医保统筹支付："); d.put("¥{:,.2f}".format(fund / 100), ("E", "FINANCIAL_INFO"))
    d.put("　个人自付："); d.put("¥{:,.2f}".format(own / 100), ("E", "FINANCIAL_INFO"))
    d.add("\n诊断：{HI}\n结算流水号：{~ORD:num}")


S("""病案复印申请
申请人：{P@1}（患者本人）
身份证号：{ID@1}
病案号：{MR:num7}　出院日期：{~DATE:cn}
复印用途：{?商业保险理赔|工伤认定|医保报销}
联系电话：{MOB}　邮寄地址：{ADDR}
经办：病案室{P}""")
S("""精神障碍患者社区管理台账
姓名：{P@1}　身份证：{ID@1}
诊断：{HI:psy}　危险性评估：{n:0-3}级
监护人：{P}，关系：{?父亲|母亲|配偶|兄弟}，电话：{MOB}
住址：{ADDR}
最近随访：{~DATE:iso}，病情稳定，规律服药。管理医生：{P}""")
S("""预防接种异常反应报告
接种者：{P@1:kid}　出生日期：{DOB@1}
监护人：{P}　联系电话：{MOB}
疫苗：{?百白破|麻腮风|乙脑减毒活|流感}疫苗，批号{~REF}
接种单位：{?吴兴区|南浔区|德清县|长兴县|安吉县}{?爱山|新市|雉城|递铺|练市}社区卫生服务中心
异常反应诊断：{HI:vac}（接种后{n:2-24}小时）""")
S("""体检报告（摘要）
体检编号：TJ{n:20220001-20249999}
姓名：{P@1}　身份证号：{ID@1}　单位：{CO}
检查结论：1.{HI}；2.{HI}
建议：专科就诊。体检中心咨询电话：{TEL:hz}""")
S("""双向转诊单
转出单位：{?织里镇卫生院|练市镇卫生院|泗安镇卫生院|孝丰镇卫生院|新市镇卫生院}　转入单位：{HOSP}
患者：{P@1}，{SEX@1}，{AGE@1}岁，门诊号{MR:mz}，医保个人编号{MR:yb}
初步诊断：{HI}
转诊原因：基层无条件进一步诊治
转诊医生：{P}　联系电话：{MOB}""")
S("""核酸/流调信息表
被调查人：{P@1}　身份证：{ID@1}　手机：{MOB@1}
现住址：{ADDR}
{n:3-7}日内行程轨迹：{LOC}
同行人员：{P}（{MOB}）
调查人：{P}、{P}　调查时间：{~DATE:dt}""")
S("""流行病学调查报告（个案）
{P@1}，{SEX@1}，{AGE@1}岁，工作单位{CO}，联系电话{MOB}。
活动轨迹：{LOC}。
其间乘坐网约车一次，车牌{PLATE}，驾驶员{P}，手机{MOB}。
报告单位：{COUNTY}疾病预防控制中心　报告时间：{~DATE:dt}""")
# ---- civil affairs --------------------------------------------------------------------------
S("""最低生活保障申请审批表
申请人：{P@1}　性别：{SEX@1}　出生日期：{DOB@1}
身份证号码：{ID@1}
户籍地：{ADDR:vill}
联系电话：{MOB}
家庭成员：配偶{P@2}（身份证{ID@2}），{?无业|务农|灵活就业}；子女{P@3:kid}（身份证{ID@3}），在读。
家庭收入：申请人月收入{FIN:month}，配偶月收入{FIN:month}，家庭存款{FIN:comma}。
致贫原因：申请人患{HI}，长期治疗。
乡镇（街道）审核意见：经入户调查及经济状况核对，符合条件。经办人：{P}　{~DATE:cn}""")
S("""临时救助审批表（{~DATE:ym}）
救助对象：{P@1}，身份证{ID@1}，手机{MOB}
住址：{ADDR}
困难情形：{?突发火灾|因病致贫|遭遇交通事故|家庭成员重病}，其{?本人|配偶|子女}确诊{HI}，医疗费用自付部分{FIN:comma}。
救助金额：按标准发放，打卡至{BANK}账户{CARD}。
审批：{COUNTY}民政局　文号：{~DOC}""")
S("""结婚登记审查处理表
男方：{P@1}，身份证件号{ID@1}，出生日期{DOB@1}，户籍{ADDR:div}
女方：{P@2}，身份证件号{ID@2}，出生日期{DOB@2}，户籍{ADDR:div}
登记机关：{COUNTY}民政局婚姻登记处　登记员：{P}
结婚证字号：J3305{n:02-23:02}-{n:2016-2024}-{n:1-9999:06}""")
S("""涉港婚姻登记材料清单
内地居民：{P@1}，居民身份证{ID@1}，手机{MOB}
香港居民：{P@2}，往来内地通行证（回乡证）号码另附；内地办理时所持往来港澳通行证号码{HKM}（原{?持有人本人|家属}办理）
声明：双方均无配偶，且无直系血亲和三代以内旁系血亲关系。
受理日期：{~DATE:cn}　受理编号：{~REF}""")
S("""居家养老服务补贴对象名单（{COUNTY}{~DATE:ym}）
{P@1:old}，{AGE@1}岁，身份证{ID@1}，{ADDR:vill}，主要疾病{HI}，联系人{P}（{MOB}）；
{P@2:old}，{AGE@2}岁，身份证{ID@2}，{ADDR:vill}，主要疾病{HI}，联系人{P}（{MOB}）。
补贴标准：每人每月{~AMT:std}，由服务机构按月结算。""")
S("""困难残疾人生活补贴和重度残疾人护理补贴申请
申请人：{P@1}　身份证号：{ID@1}
残疾类别及等级：{HI:dis}（残疾人证类别等级代码{?11|12|21|22|41|42|71}）
户籍地址：{ADDR}
代办人：{P@2}（{?父亲|母亲|配偶|子女}），手机{MOB}，收款账户{CARD}（户名：{P@2}）
村（社区）初审：{P}　乡镇（街道）审核：{P}""")
S("""殡葬服务登记
逝者姓名：{P@1:old}　性别：{SEX@1}　身份证号：{ID@1}
死亡日期：{~DATE:cn}　死亡原因：{HI}
生前住址：{ADDR}
经办家属：{P@2}，关系：{?长子|长女|配偶|次子}，身份证{ID@2}，电话{MOB}
火化证编号：HH{n:2016-2024}{n:10000-99999}　殡仪馆联系电话：{TEL:hz}""")
S("""社会组织成立登记申请（摘要）
组织名称：湖州市{?吴兴区|南浔区|德清县}{?老年书画|青少年围棋|志愿者|家政服务|养蜂}协会
统一社会信用代码（申请换发前）：{USCC}
业务主管单位：{?市文广旅体局|市民政局|市体育局}
拟任法定代表人：{P@1}，身份证号{ID@1}，手机{MOB}，邮箱{MAIL}
住所：{ADDR:road}
注册资金：{~AMT:wan}
受理号：{~REF}""")
S("""退役军人信息采集表
姓名：{P@1}　出生年月日：{DOB@1}　公民身份号码：{ID@1}
入伍时间：{~DATE:ym}　退役时间：{~DATE:ym}
户籍所在地：{ADDR:div}　现居住地：{ADDR}
联系方式：{MOB}　电子邮箱：{MAIL}
既往病史：{HI}
采集单位：{COUNTY}退役军人事务局（{TEL:hz}）""")
S("""儿童福利 事实无人抚养儿童认定表
儿童姓名：{P@1:kid}　出生日期：{DOB@1}　身份证号：{ID@1}
监护人：{P@2}，{?祖父|祖母|外祖母|姑妈}，身份证{ID@2}，电话{MOB}
父亲：{P@3}，{?服刑|失联|重残}；母亲：{P@4}，{?失联|死亡|重病}（{HI}）
家庭住址：{ADDR:vill}
认定日期：{~DATE:cn}　认定机关：{COUNTY}民政局""")
# ---- human resources and social security --------------------------------------------------
S("""社会保险参保登记表（个人）
姓名：{P@1}　公民身份号码：{ID@1}　出生日期：{DOB@1}
社会保障卡号：{SSC:card}
参保单位：{CO}（统一社会信用代码{USCC}）
户口所在地：{ADDR:rural}
联系电话：{MOB}
参保险种：{?城镇职工基本养老保险、失业保险、工伤保险|城乡居民基本养老保险}
缴费基数：{FIN:month}　参保日期：{~DATE:iso}""")
S("""社保卡补换申请
申请人：{P@1}，身份证号{ID@1}
原社保卡号：{SSC:card}　挂失日期：{~DATE:cn}
补卡原因：{?遗失|损坏|信息变更}
领卡方式：邮寄，地址{ADDR}，收件电话{MOB}
银行账户：{BANK}　工本费：{~AMT:fee}
受理窗口：湖州市民中心{n:1-3}楼人力社保窗口""")
S("""失业登记证明
姓名：{P@1}　性别：{SEX@1}　年龄：{AGE@1}
身份证号码：{ID@1}
原工作单位：{CO}
失业时间：{~DATE:cn}　失业原因：{?劳动合同到期|企业关闭|个人辞职}
失业保险金领取账户：{CARD}
联系电话：{MOB}　登记机构：{COUNTY}就业管理服务中心（{TEL:hz}）""")
S("""工伤认定申请表
职工姓名：{P@1}　性别：{SEX@1}　出生日期：{DOB@1}
身份证号码：{ID@1}　联系电话：{MOB}
用人单位：{CO}，统一社会信用代码{USCC}，联系人{P}，电话{TEL}
事故时间：{~DATE:cn}{TIME}　事故地点：{ADDR:road}
受伤部位及诊断：{HI:inj}
就诊医院：{HOSP}，门诊号{MR:mz}""")
S("""高层次人才引进申报表
姓名：{P@1}　出生日期：{DOB@1}
证件类型：{?护照|居民身份证}　证件号码：{PP}
毕业院校：{?浙江大学|新加坡国立大学|墨尔本大学|早稻田大学}　学历：博士
拟任职单位：{CO}
联系方式：{MOB}，{MAIL}
年薪：{FIN:wan}　申报层次：{?A类|B类|C类|D类}""")
S("""养老金领取资格认证（{~DATE:ym}）
{P@1:old}，身份证{ID@1}，养老金月领取额{FIN:month}，认证方式：{?浙里办刷脸|上门认证|社区认证}，认证结果：通过。
{P@2:old}，身份证{ID@2}，养老金月领取额{FIN:month}，认证方式：上门认证，认证结果：通过。
{P@3:old}，身份证{~IDX}（系统提示：证件号码校验位错误，请核对后重新录入），认证结果：待核实。""")
S("""劳动保障监察投诉登记
投诉人：{P@1}　手机：{MOB}
身份证号：{ID@1}
被投诉单位：{CO}，地址{ADDR:road}，负责人{P}，电话{MOB}
投诉事项：未签订书面劳动合同，未缴纳社会保险，{n:2019-2023}年{n:1-12}月至今工资未付，本人工资卡{CARD}无入账记录。
登记人：{P}　登记编号：{~REF}""")
S("""就业困难人员认定
{P@1}，{SEX@1}，{AGE@1}岁，身份证{ID@1}，{ADDR}，认定类别：{?大龄失业人员|残疾人员|零就业家庭成员}，联系电话{MOB}。
社保补贴发放至社保卡银行账户{CARD}，补贴期限{n:1-3}年。""")
# ---- housing and provident fund ----------------------------------------------------------
S("""住房公积金提取申请
职工姓名：{P@1}　证件号码：{ID@1}
公积金账号：{DIG:12,33}　账户余额：{FIN:dec}
提取原因：{?购买自住住房|租赁住房|偿还购房贷款本息|离退休}
收款银行卡：{BANK} {CARD}
联系电话：{MOB}
经办网点：湖州市住房公积金管理中心{?吴兴|南浔|德清|长兴|安吉}分中心（{TEL:hz}）""")
S("""不动产登记申请审批表
权利人：{P@1}，身份证{ID@1}，共有人：{P@2}，身份证{ID@2}
不动产坐落：{ADDR:estate}
不动产权证书号：{PROP}
抵押权人：{BANK}　被担保主债权数额：{FIN:wan}
联系电话：{MOB}
受理编号：{~REF}　收件人：{P}""")
S("""公共租赁住房申请家庭情况表
申请人：{P@1}　身份证：{ID@1}　工作单位：{CO}
共同申请人：{P@2}（配偶）　身份证：{ID@2}
现住址：{ADDR}
家庭人均月收入：{FIN:month}　家庭资产：{FIN:wan}
联系电话：{MOB}
备注：申请人患{HI}，申请优先配租低楼层。""")
S("""房屋租赁合同备案
出租人：{P@1}，证件号码{ID@1}，电话{MOB}
承租人：{P@2}，证件号码{PP}（护照），电话{MOB}，邮箱{MAIL}
房屋坐落：{ADDR:estate}　不动产权证号：{PROP}
月租金：{FIN:rent}　租赁期限：{~DATES:iso}
备案号：{~REF}""")
S("""物业服务纠纷调解记录
业主：{P@1}，{ADDR:estate}，电话{MOB}
物业公司：{CO:wy}，项目经理{P}，电话{TEL:hz}
业主欠缴物业费{n:6-30}个月，合计{FIN:small}；业主称其车辆{PLATE}车位被占用。
调解员：{P}　调解结果：业主分期缴纳，物业公司清理车位。""")
S("""征收补偿安置协议（摘要）
被征收人：{P@1}，身份证号{ID@1}
被征收房屋：{ADDR:vill}
合法建筑面积{n:80-380}.{n:0-9}平方米，补偿款{FIN:wan}，支付至被征收人账户{CARD}。
安置方式：{?产权调换|货币补偿}
征收实施单位：{COUNTY}{?织里镇|八里店镇|菱湖镇|新市镇|泗安镇}人民政府　协议编号：{~CON}""")
S("""个人住房贷款提前还款申请
借款人：{P@1}　身份证号：{ID@1}
贷款合同号：{~CON}
剩余本金：{FIN:dec}　本次还款：{FIN:comma}
还款账户：{CARD}
联系电话：{MOB}　办理网点：{BANK}""")
# ---- transport --------------------------------------------------------------------------------
S("""网络预约出租汽车驾驶员证申请
申请人：{P@1}　性别：{SEX@1}　身份证号码：{ID@1}
机动车驾驶证初次领证日期：{~DATE:cn}
拟从业平台：{?滴滴出行|曹操出行|T3出行|高德打车}
车辆号牌：{PLATE:ev}　车辆所有人：{P@1}
联系电话：{MOB}　住址：{ADDR}
受理单位：湖州市道路运输管理服务中心　咨询电话：{TEL:hz}　受理号：{~REF}""")
S("""出租汽车服务投诉处理单
投诉编号：{~WO}　投诉渠道：{?12328|12345|平台转办}
乘客：{P}，联系电话：{MOB}
被投诉车辆：{PLATE:hz}，驾驶员：{P}，从业资格证号与身份证号一致（{ID}）
投诉内容：乘客称{~DATE:dt}乘车时驾驶员绕路并拒绝打表，多收车费。
处理结果：经调取车载GPS核实属实，对驾驶员罚款{~AMT:fine}，退还乘客多收车费。""")
S("""道路运输经营许可证（货运）申请
申请单位：{CO}
统一社会信用代码：{USCC}
经营地址：{ADDR:road}
负责人：{P}　联系电话：{MOB}　办公电话：{TEL}
车辆清单：{PLATE:hz}、{PLATE:hz}、{PLATE:hz}
许可证号：{~LIC:road}""")
@SF
def t_vehicle_list(d):
    d.add("{CO}营运车辆及驾驶员备案表（{~DATE:cn}）\n车牌号｜车架号｜驾驶员｜身份证号｜手机\n")
    for _ in range(d.r.randint(3, 5)):
        d.add("{PLATE}｜{VIN}｜{P}｜{ID}｜{MOB}\n")
    d.add("备案联系人：{P}　{TEL}")


S("""占用城市道路停车欠费催缴通知
车牌号码：{PLATE}
欠费记录：{~DATES:iso}，在{COUNTY}{?爱山街道|飞英街道|南浔镇|武康街道|雉城街道|递铺街道}路内泊位停放，该车累计欠费{FIN:small}。
请通过“{?湖州停车|浙里办}”小程序补缴，逾期将影响车辆年检。
车主登记手机：{MOB:plain}　客服电话：{TEL:hz}""")
S("""公交IC卡挂失补办
持卡人：{P@1}，身份证{ID@1}
卡号：{DIG:8,31}（公交卡号，非银行卡）
卡内余额：{FIN:small}
联系电话：{MOB}　邮寄地址：{ADDR}
经办：湖州公交集团客服中心（{TEL:hz}）""")
S("""高速公路通行费ETC争议
用户：{P}　手机：{MOB}
车牌：{PLATE}　ETC卡号：{DIG:20,3301}
扣款银行卡：{CARD}
争议：{~DATE:cn}经杭长高速{?湖州南|德清|长兴|安吉}收费站，重复扣费。
流水号：{~ORD:num19}""")
S("""交通运输行政处罚决定书
{~CASE:pen}
当事人：{CO}，统一社会信用代码：{USCC}，法定代表人：{P}，地址：{ADDR:road}。
{~DATE:cn}，执法人员在{?318国道|104国道|申苏浙皖高速湖州段}对当事人所属车辆{PLATE}进行检查，发现该车超限运输。
决定对当事人罚款{~AMT:comma}。驾驶员{P}（身份证{ID}，手机{MOB}）在现场签收。""")
# ---- taxation ----------------------------------------------------------------------------------
S("""个人所得税综合所得汇算清缴 异常提醒
纳税人：{P@1}　证件号码：{ID@1}
手机号码：{MOB}
{n:2022-2023}年度综合所得收入额{FIN:big}，已预缴税额{FIN:comma}，应补税额{FIN:small}。
退（补）税银行账户：{BANK} {CARD}
如有疑问请拨打{~SVC:12366}或联系{COUNTY}税务局第{?一|二}税务分局（{TEL:hz}）。""")
S("""增值税电子普通发票（摘要）
发票代码：{~INV:code}　发票号码：{~INV:no8}
开票日期：{~DATE:cn}
购买方：{CO}　纳税人识别号：{USCC}
销售方：{CO}　纳税人识别号：{USCC}
价税合计：{~AMT:yen}
校验码：{n:10000-99999} {n:10000-99999} {n:10000-99999} {n:10000-99999}
开票人：{P}""")
S("""数电发票红冲申请
原发票号码：{~INV:e20}
购买方名称：{CO}　统一社会信用代码：{USCC}
销售方名称：{CO}　统一社会信用代码：{USCC}
红冲原因：{?开票有误|销货退回|服务中止}
申请人：{P}，联系电话{MOB}，邮箱{MAIL}
提示：购买方识别号{~USCCX}校验不通过，已按营业执照更正为上方代码。""")
S("""个体工商户定期定额核定通知
纳税人名称：{CO:shop}
统一社会信用代码：{USCC}
经营者：{P@1}，身份证号码{ID@1}，联系电话{MOB}
经营地址：{ADDR:road}
核定期限：{~DATES:cn}，定额标准见附表
主管税务机关：国家税务总局湖州市{COUNTY}税务局""")
S("""税务事项通知书
{~DOC}
纳税人：{CO}（{USCC}）
事由：你单位{~DATE:ym}所属期增值税申报数据异常，请于{~DATE:cn}前携带相关资料到税务机关说明情况。
联系人：{P}　联系电话：{TEL:hz}、{MOB}""")
S("""个人所得税专项附加扣除信息表
纳税人：{P@1}　身份证件号码：{ID@1}　手机：{MOB}　电子邮箱：{MAIL}
子女教育：子女{P@2:kid}，身份证件号码{ID@2}，出生日期{DOB@2}
赡养老人：被赡养人{P@3:old}，身份证件号码{ID@3}，出生日期{DOB@3}
住房租金：主要工作城市湖州市，租赁房屋坐落{ADDR:estate}，出租方{P}（身份证{ID}）
扣除年度：{n:2021-2024}""")
# ---- market regulation -------------------------------------------------------------------------
S("""营业执照（副本）信息
名称：{CO@1}
统一社会信用代码：{USCC}
类型：有限责任公司（自然人投资或控股）
法定代表人：{P}
注册资本：{~AMT:wan}
成立日期：{~DATE:cn}
住所：{ADDR:road}
登记机关：{COUNTY}市场监督管理局""")
S("""12315投诉举报登记
登记编号：{~WO:b}
投诉人：{P@1}　电话：{MOB}　住址：{ADDR}
被投诉人：{CO:shop}，统一社会信用代码{USCC}，地址{ADDR:road}
投诉内容：{~DATE:cn}在该店购买{?预付卡|儿童羽绒服|保健品|二手手机}，商品标价{~AMT:yuan}，商家拒不退款。订单号{~ORD}。
处理部门：{COUNTY}市场监督管理局{?爱山|织里|练市|新市|雉城|递铺}所""")
S("""食品经营许可证
经营者名称：{CO:food}
社会信用代码（身份证号码）：{USCC}
法定代表人（负责人）：{P}
住所：{ADDR:road}
经营场所：同住所
许可证编号：{~LIC:jy}
日常监督管理人员：{P}　投诉举报电话：{~SVC:12315}
有效期至：{~DATE:cn}""")
S("""个体工商户设立登记申请书
名称：{COUNTY}{?织里镇|八里店镇|练市镇|新市镇|泗安镇|孝丰镇}{SUR@1}记{?服饰商行|小吃店|水果店|五金店|理发店}
经营者：{P@1}　身份证号码：{ID@1}
经营场所：{ADDR}
联系电话：{MOB}　电子邮箱：{MAIL}
组成形式：个人经营　资金数额：{~AMT:wan}
登记后统一社会信用代码：{USCC}""")
S("""行政处罚决定书
{~CASE:pen}
当事人：{CO}
统一社会信用代码：{USCC}
住所：{ADDR:road}
法定代表人：{P}
经查，当事人于{~DATE:cn}至{~DATE:cn}期间销售过期食品，货值金额{~AMT:yuan}，违法所得{~AMT:yuan}。
依据《食品安全法》第一百二十四条，决定没收违法所得，并处罚款{~AMT:comma}。""")
@SF
def t_annual_report_anomaly(d):
    d.add("经营异常名录列入名单（{COUNTY}市场监管局 {~DATE:cn}）\n序号　企业名称　统一社会信用代码　列入原因\n")
    for i in range(d.r.randint(4, 7)):
        d.add("%d　{CO}　{USCC}　{?未按规定报送年度报告|通过登记的住所无法联系|公示信息隐瞒真实情况}\n" % (i + 1))
    d.add("联系人：{P}，{TEL:hz}")


S("""企业年报联络员变更
企业名称：{CO}　统一社会信用代码：{USCC}
原联络员：{P}，手机{MOB}
新联络员：{P@1}，身份证号{ID@1}，手机{MOB}，邮箱{MAIL}
变更日期：{~DATE:cn}""")
S("""特种设备使用登记
使用单位：{CO}（{USCC}）
设备类别：{?电梯|叉车|压力容器|起重机械}　设备代码：{~REF:d17}
安全管理员：{P}，手机{MOB}，身份证{ID}
设备地址：{ADDR:road}
登记证编号：{~LIC:tz}""")
S("""消费维权调解书
消费者：{P@1}（{MOB}）
经营者：{CO}，统一社会信用代码{USCC}，负责人{P}（{TEL}）
争议：消费者于{~DATE:cn}办理美容预付卡，充值{FIN:comma}，现门店停业。
调解结果：经营者退还剩余卡内余额{FIN:small}，退至消费者银行卡{CARD}。""")
# ---- big-data centre, platform logs, system output ---------------------------------------------
S("""公共数据共享申请单
申请编号：{~REF}
申请单位：{COUNTY}{?人力社保局|民政局|卫生健康局|住房和城乡建设局|市场监督管理局}
申请数据：{?人口基础信息|法人基础信息|不动产登记信息|婚姻登记信息|社保参保信息}（接口方式）
共享属性：受限共享　应用场景：{?最多跑一次|低保核对|公积金提取|人才补贴}
申请人：{P}，手机{MOB}，邮箱{MAIL:gov}
调用服务器IP：{IP:int}、{IP:int}
审核人：市大数据管理中心 {P}（{TEL:hz}）　审核意见：同意，按月核验调用量。""")
S("""[{~DATE:dt}] WARN  api-gateway  rate limit exceeded
  client_ip={IP}  app_key=hz_{?rsj|mzj|wjw|gjj|scjg}_{n:100-999}  api=/population/v2/query  status=429
  operator={P:py}  email={MAIL}
  gateway version={~VER:v3}""")
S("""数据安全审计日志导出（{~DATE:cn}）
时间,账号,姓名,源IP,操作,对象,结果
{~DATE:seq},hz{n:1000-9999},{P},{IP:int},查询,人口库.身份证号={ID},成功
{~DATE:seq},hz{n:1000-9999},{P},{IP:int},导出,社保参保明细({~CNT}),失败-超出授权
{~DATE:seq},hz{n:1000-9999},{P},{IP:pub},登录,-,失败-密码错误
{~DATE:seq},admin_sec,{P},{IP:int},修改,脱敏规则v{n:2-9},成功""")
S("""Subject: [告警] 异常批量查询 - 人口基础信息接口
From: {MAIL:gov}
To: {MAIL:gov}
Date: {~DATE:dt}

检测到账号 {?wx|nx|dq|cx|aj}_{n:10-99} 在 {n:2-10} 分钟内调用人口接口 {~CNT}，源地址 {IP}，目标记录包括：
  {P}  {ID}
  {P}  {ID}
请{P}同志尽快核实是否为业务需要。值班电话 {TEL:hz}，值班手机 {MOB}。""")
S("""{{"timestamp":"{~DATE:dt}","level":"INFO","service":"zwfw-apply","traceId":"{~REF}","user":{{"name":"{P}","idNo":"{ID:plain}","mobile":"{MOB:plain}"}},"clientIp":"{IP}","appVersion":"{~VER:v3}"}}""")
S("""{{
  "applyNo": "{~ORD:dd}",
  "applicant": {{
    "name": "{P}",
    "certType": "身份证",
    "certNo": "{ID:plain}",
    "phone": "{MOB:plain}",
    "email": "{MAIL}",
    "address": "{ADDR}"
  }},
  "bankAccount": "{CARD:plain}",
  "submitTime": "{~DATE:dt}",
  "channel": "浙里办"
}}""")
S("""2024-{n:1-12:02}-{n:10-28} {n:10-23}:{n:10-59}:{n:10-59}.{n:100-999} ERROR [data-sync-worker-{n:1-8}] c.h.d.s.PersonSyncJob - 写入失败 record={{id={n:10000-99999}, name={P}, idCard={~IDX}, phone={MOB:plain}}} cause=IllegalArgumentException: 身份证号码校验位不正确
    at com.hz.dsj.sync.validator.IdCardValidator.check(IdCardValidator.java:{n:40-120})
    at com.hz.dsj.sync.PersonSyncJob.process(PersonSyncJob.java:{n:100-400})""")
S("""主机巡检报告 {~DATE:cn}
主机名　　　　IP地址　　　　操作系统　　　负责人　　联系电话
db-rk-01　　　{IP:int}　　{?麒麟V10|统信UOS 20|CentOS 7.9}　　{P}　　{MOB}
app-zwfw-02　 {IP:int}　　{?麒麟V10|统信UOS 20|CentOS 7.9}　　{P}　　{MOB}
nginx-dmz-01　{IP:pub}　　{?麒麟V10|统信UOS 20|CentOS 7.9}　　{P}　　{TEL:hz}
中间件版本：{~VER:v3}；补丁版本：{~VER:v4}""")
S("""政务外网VPN账号开通申请
申请人：{P@1}　单位：{COUNTY}{?卫健局|教育局|自然资源局|应急管理局}
身份证号：{ID@1}　手机：{MOB}　邮箱：{MAIL:gov}
固定终端IP：{IP:int}　MAC：{n:10-99}-{n:10-99}-{n:10-99}-{n:10-99}-{n:10-99}-{n:10-99}
访问系统：一体化智能化公共数据平台　有效期：{~DATES:iso}
审批：{P}""")
S("""数据脱敏规则配置清单（版本 {~VER:v3}）
字段　　　　样例原值　　　　　　　　脱敏后
姓名　　　　{P}　　　　　　　　　　{SUR}**
身份证号　　{ID:plain}　　　{~MASK:id}
手机号　　　{MOB:plain}　　　　　{~MASK:mob}
银行卡号　　{CARD:plain}　　{~MASK:card}
说明：样例原值仅用于测试环境，生产环境禁止落地明文。""")
S("""nginx access log (excerpt)
{IP} - - [{n:10-28}/Mar/2024:{n:10-23}:{n:10-59}:{n:10-59} +0800] "POST /api/v1/certificate/verify HTTP/1.1" 200 {n:200-999} "-" "Mozilla/5.0"
{IP} - - [{n:10-28}/Mar/2024:{n:10-23}:{n:10-59}:{n:10-59} +0800] "GET /api/v1/person?idNo={ID:plain} HTTP/1.1" 403 {n:100-300} "-" "python-requests/{~VER:v3}"
{IP:int} - - [{n:10-28}/Mar/2024:{n:10-23}:{n:10-59}:{n:10-59} +0800] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.{n:20-29}\"""")
S("""Incident ticket INC{n:2024000100-2024009999}
Reporter: {P:py} <{MAIL}>
Affected host: {IP:int} (zwfw-db-{n:1-4})
Attacker IP: {IP:pub}
Summary: SQL injection attempt against /query?name=&mobile= endpoint; sample payload contained mobile {MOB:plain} and email {MAIL}.
Escalated to: {P} ({MOB}), on-call desk {TEL:hz}
Component version: {~VER:v3}, agent {~VER:v4}""")
S("""浙政钉工作群消息导出
[{TIME}] {P@1}：数据组今天把{COUNTY}低保对象名单推到共享库了，字段含身份证和银行卡，务必走受限共享。
[{TIME}] {P@2}：收到。我这边测试服务器{IP:int}已删除样本数据。
[{TIME}] {P@1}：样本里第一条是{P}，身份证{ID}，卡号{CARD}，你确认一下是不是已经清了。
[{TIME}] {P@2}：已清。有问题打我手机{MOB}。""")
S("""数据质量问题单
问题编号：{~REF}
数据集：{?人口基础库|社保参保库|婚姻登记库|残疾人库|不动产登记库}
问题描述：以下记录身份证号码校验不通过，疑为录入错误：
1. {P}　{~IDX}
2. {P}　{~IDX}
3. {P}　{~IDX:sp}
以下记录手机号码与人口库不一致：{P}　{MOB}
提交人：{P}　{MAIL:gov}　提交时间：{~DATE:dt}""")
S("""接口联调记录
对接单位：{CO:tech}（统一社会信用代码{USCC}）
对方技术联系人：{P}，手机{MOB}，邮箱{MAIL}
测试环境：{IP:int}:{n:8000-9999}；生产环境：{IP:int}:{n:443-443}
测试数据：姓名{P}，身份证{ID}，手机{MOB}（已获本人书面同意用于测试）
SDK版本：{~VER:v3}　合同编号：{~CON}""")
S("""[{~DATE:dt}] sshd[{n:1000-65000}]: Failed password for root from {IP:pub} port {n:20000-65000} ssh2
[{~DATE:seq}] sshd[{n:1000-65000}]: Failed password for invalid user admin from {IP:pub} port {n:20000-65000} ssh2
[{~DATE:seq}] fail2ban: Ban {IP:pub}
[{~DATE:seq}] sshd[{n:1000-65000}]: Accepted publickey for ops from {IP:int} port {n:20000-65000} ssh2""")
S("""Data sharing request #{n:10000-99999}
Requester: {P:py}, {COUNTY} Health Commission
Contact: {MAIL:gov} / {TEL:hz}
Purpose: chronic disease follow-up; fields requested: name, ID number, mobile, diagnosis
Sample row: {P} | {ID} | {MOB} | {HI}
Decision: restricted sharing approved on {~DATE:iso}; reviewer {P:py}""")
S("""CSV导出：网格员上报信息_{~DATE:iso}.csv
上报人,上报人手机,当事人,当事人身份证,当事人电话,地址,事件类型
{P},{MOB:plain},{P},{ID:plain},{MOB:plain},{ADDR},{?矛盾纠纷|安全隐患|出租房管理|特殊人群}
{P},{MOB:plain},{P},{ID:plain},{MOB:plain},{ADDR},{?矛盾纠纷|安全隐患|出租房管理|特殊人群}""")
S("""堡垒机操作审计 会话 {~REF}
运维人员：{P}（{MOB}）
登录源IP：{IP}  目标：{IP:int}
{TIME} mysql> select name,id_card,phone from t_person where id_card='{ID:plain}';
{TIME} mysql> update t_person set phone='{MOB:plain}' where id={n:1000-999999};
{TIME} 会话结束，审计版本{~VER:v3}""")
# ---- exit and entry, foreign affairs, travel ---------------------------------------------------
S("""出入境证件申请表（往来港澳通行证）
申请人：{P@1}　性别：{SEX@1}　出生日期：{DOB@1}
公民身份号码：{ID@1}
户口所在地：{ADDR:div}
现住址：{ADDR}
联系电话：{MOB}
原证件号码：{HKM}（有效期至{~DATE:cn}）
申请类别：{?换发|补发|首次申请}　签注种类：{?个人旅游|团队旅游|探亲|商务}
受理单位：湖州市公安局出入境管理局　受理编号：{~REF}""")
S("""普通护照申请受理回执
姓名：{P@1}　身份证号：{ID@1}
申请事由：{?旅游|留学|商务|探亲}　原护照号码：{PP}
新护照号码（制证后回填）：{PP}
领取方式：邮政速递，收件人{P@1}，电话{MOB}，地址{ADDR}，快递单号{~EXP}
受理日期：{~DATE:cn}　咨询电话：{TEL:hz}""")
@SF
def t_group_tour(d):
    d.add("出境旅游团队名单（团号：HZ{n:2023-2024}{n:1000-9999}　{~DATE:cn}出发）\n序号 姓名 性别 出生日期 证件号 手机\n")
    r = d.r
    for i in range(r.randint(4, 7)):
        k = "t%d" % i
        doc = "{PP}" if r.random() < 0.6 else "{HKM}"
        d.add("%d {P@%s} {SEX@%s} {DOB@%s:iso} %s {MOB}\n" % (i + 1, k, k, k, doc))
    d.add("领队：{P}（{MOB}）　组团社：{CO}　许可证号：L-ZJ-{n:10000-99999}\n紧急联系电话：{TEL}")


S("""港澳游签注办理情况统计（{COUNTY}出入境窗口，{~DATE:ym}）
本月共受理{~CNT:jian}。以下为材料不全需补件人员：
{P}，证件号码{HKM}，手机{MOB}——缺少在职证明；
{P}，证件号码{HKM}，手机{MOB}——照片不合格；
{P}，证件号码{HKM}，手机{MOB}——未满16周岁需监护人{P}陪同（身份证{ID}）。""")
S("""外籍人员就业许可登记（中方联系人信息）
用人单位：{CO}，统一社会信用代码{USCC}
中方联系人：{P}，手机{MOB}，邮箱{MAIL}
随行中国籍配偶：{P@1}，护照号{PP}，身份证号{ID@1}
子女：{P@2:kid}，护照号{PP}，出生日期{DOB@2}
办公地址：{ADDR:road}""")
S("""涉外婚姻登记预约
中国公民：{P@1}，身份证{ID@1}，护照{PP}，手机{MOB}
外方：{P:py}，国籍{?新加坡|马来西亚|日本|韩国|美国}，护照号另见附件
预约日期：{~DATE:cn}　预约号：{~REF}
联系地址：{ADDR}""")
S("""因公出国（境）人员备案表
姓名：{P@1}　单位：{COUNTY}{?发改局|经信局|商务局|科技局}
因公护照号：{PP}　因私护照号：{PP}
往来港澳通行证号：{HKM}
出访地区：{?香港|澳门|新加坡|德国|日本}　出访时间：{~DATES:cn}
证件保管：组织人事部门集中保管，经办人{P}（{TEL:hz}）""")
S("""证件集中保管台账（{~DATE:ym}盘点）
{P}　护照{PP}　港澳通行证{HKM}　在柜
{P}　护照{PP}　港澳通行证{HKM}　借出（{~DATE:iso}）
{P}　护照{PP}　—　在柜
{P}　—　港澳通行证{HKM}　在柜
保管人：{P}""")
S("""留学人员回国证明申请
申请人：{P@1}，出生日期{DOB@1}，身份证号{ID@1}
护照号码：{PP}
就读院校：{?伦敦大学学院|悉尼大学|多伦多大学|香港中文大学}　学位：硕士
国内联系电话：{MOB}　电子邮箱：{MAIL}
落户地址：{ADDR:estate}""")
S("""入境人员健康申报（{~DATE:cn}）
姓名：{P@1}　证件类型：护照　证件号码：{PP}
入境口岸：{?上海浦东机场|杭州萧山机场|深圳湾口岸}　航班/车次：{?MU|CA|HO}{n:100-9999}
目的地地址：{ADDR}
联系电话：{MOB}
申报既往病史：{HI}""")
S("""赴港澳商务签注备案
企业：{CO}（{USCC}）
人员：{P}，往来港澳通行证{HKM}，职务{?总经理|销售经理|财务}
人员：{P}，往来港澳通行证{HKM}，职务{?总经理|销售经理|财务}
企业联系人：{P}，{TEL}，{MAIL}""")
S("""机场送机预约
乘客：{P@1}　护照号：{PP}
航班：{?MU|CA|CZ|HO}{n:100-9999}　{~DATE:dt}起飞
接送地址：{ADDR}
联系手机：{MOB}　车辆：{PLATE:hz}　司机：{P}（{MOB}）
订单号：{~ORD:dd}""")
S("""旅行社游客投诉
投诉人：{P@1}，往来港澳通行证号{HKM}，手机{MOB}
被投诉旅行社：{CO}，统一社会信用代码{USCC}，许可证号L-ZJ-{n:10000-99999}
投诉事项：{~DATE:cn}参加港澳{n:4-6}日游，导游强制购物，团费{FIN:small}。
受理：湖州市文化广电旅游局（{TEL:hz}）　旅游投诉热线{~SVC:12345}""")
# ---- education ------------------------------------------------------------------------------------
S("""义务教育入学报名信息确认表
学生姓名：{P@1:kid}　性别：{SEX@1}　出生日期：{DOB@1}
学生身份证号：{ID@1}
户籍地址：{ADDR}
实际居住地址：{ADDR:estate}
父亲：{P@2}，身份证{ID@2}，手机{MOB}，工作单位{CO}
母亲：{P@3}，身份证{ID@3}，手机{MOB}
报名学校：湖州市{?爱山|凤凰|湖师附小|月河|南浔|武康|雉城|递铺}{?小学|中学}　报名编号：{~REF}""")
S("""新居民子女积分入学材料审核
申请人（父/母）：{P@1}，身份证{ID@1}，居住证编号{DIG:11,3305}
子女：{P@2:kid}，身份证{ID@2}
社保连续缴纳：{n:12-96}个月（社保卡号{SSC:card}）
房屋租赁备案地址：{ADDR:estate}
联系电话：{MOB}　审核结果：积分{n:60-180}分""")
S("""学生资助申请（家庭经济困难学生认定）
学生：{P@1:young}，学号{n:2020000000-2024999999}，身份证{ID@1}
家庭住址：{ADDR:vill}
家庭成员健康状况：父亲{P}患{HI}，母亲{P}{?务农|无业|打零工}
家庭年收入：{FIN:comma}
资助金发放银行卡：{CARD}（开户人：{P@1}）
班主任：{P}，电话{MOB}""")
S("""校车驾驶员及随车照管员备案
学校：{COUNTY}{?实验|第一|第二|城南}小学
驾驶员：{P@1}，身份证{ID@1}，驾驶证准驾车型A1，手机{MOB}
照管员：{P@2}，身份证{ID@2}，手机{MOB}
校车号牌：{PLATE:hz}　校车标牌编号：浙E校{n:1000-9999}
备案日期：{~DATE:cn}""")
S("""学生意外伤害事故报告
学生：{P@1:kid}，{SEX@1}，{AGE@1}岁，班级{?三（2）班|五（1）班|初二（4）班}
事故时间：{~DATE:cn}{TIME}，体育课跑步时摔倒
伤情：{HI:inj}，送{HOSP}就诊，门诊号{MR:mz}
家长：{P}，手机{MOB}
学校联系人：{P}，{TEL:hz}""")
S("""教师资格认定申请公示
{P}，{?小学语文|初中数学|高中英语|幼儿园}，身份证号{~MASK:id}，{COUNTY}
{P}，{?小学语文|初中数学|高中英语|幼儿园}，身份证号{~MASK:id}，{COUNTY}
{P}，{?小学语文|初中数学|高中英语|幼儿园}，身份证号{~MASK:id}，{COUNTY}
公示期：{~DATES:cn-s}。如有异议请致电{TEL:hz}或发送邮件至{MAIL:gov}。""")
# ---- agriculture, natural resources, environment ----------------------------------------------
S("""农村土地经营权流转合同（备案）
流出方：{P@1}，身份证{ID@1}，{ADDR:vill}
流入方：{CO}，统一社会信用代码{USCC}，法定代表人{P}
流转面积：{n:3-120}.{n:1-9}亩，位于{COUNTY}{?和孚镇|菱湖镇|新市镇|泗安镇|天子湖镇}{?荻港|新联|五星|红星}村
流转期限：{~DATES:cn}
流出方每年可得流转费每亩{FIN:mu}，支付至流出方账户{CARD}
合同编号：{~CON}""")
S("""耕地地力保护补贴发放花名册（{~DATE:ym}）
户主｜身份证号｜补贴面积(亩)｜一卡通账号｜联系电话
{P}｜{ID}｜{n:1-9}.{n:1-9}｜{CARD}｜{MOB}
{P}｜{ID}｜{n:1-9}.{n:1-9}｜{CARD}｜{MOB}
{P}｜{ID}｜{n:1-9}.{n:1-9}｜{CARD}｜{MOB}
补贴标准：每亩{~AMT:std}""")
S("""农村宅基地建房申请审批表
申请人：{P@1}　身份证：{ID@1}
家庭成员：{P}（配偶）、{P}（子）
现住房地址：{ADDR:vill}
拟建房地址：{COUNTY}{?东林镇|善琏镇|钟管镇|煤山镇|鄣吴镇}{?青山|长丰|上塘|横山}村（宗地编号{n:330502000000-330523999999}）
联系电话：{MOB}
村经济合作社意见：同意。经办人：{P}""")
S("""生态环境信访件
信访编号：{~WO}
信访人：{P}　电话：{MOB}
反映对象：{CO:fact}（{USCC}），地址{ADDR:road}
内容：该厂夜间偷排废水，周边河道发黑发臭，信访人提供了取样照片和车辆{PLATE}运输废料的视频。
处理：{COUNTY}生态环境分局执法人员{P}、{P}已现场检查，排污许可证编号{~LIC:pw}。""")
S("""渔船船员登记
船名：浙湖渔{n:10000-99999}　船籍港：湖州
船长：{P@1}，身份证{ID@1}，手机{MOB}
船员：{P}，身份证{ID}
船员：{P}，身份证{ID}
船东地址：{ADDR:vill}""")
S("""动物防疫 养殖户登记
养殖户：{P@1}，身份证{ID@1}，手机{MOB}
养殖场地址：{ADDR:vill}
养殖品种：{?生猪|湖羊|蛋鸡|青虾|中华鳖}　存栏量：{n:200-5000}{?头|只|羽}
动物防疫条件合格证编号：（浙E）动防合字第{n:20190001-20249999}号
防疫员：{P}（{MOB}）""")
# ---- emergency management, safety ----------------------------------------------------------------
S("""生产安全事故信息快报
报告单位：{COUNTY}应急管理局　报告时间：{~DATE:dt}
事故单位：{CO:fact}，统一社会信用代码{USCC}，地址{ADDR:road}
事故概况：{~DATE:cn}{TIME}，该公司车间发生{?机械伤害|物体打击|高处坠落|触电}事故，造成{n:1-2}人受伤。
受伤人员：{P}，{n:25-60}岁，身份证{ID}，伤情为{HI:inj}，现于{HOSP}救治；
企业负责人：{P}，手机{MOB}
报告人：{P}，值班电话{TEL:hz}""")
S("""危化品运输车辆通行登记
车牌：{PLATE}　挂车：{PLATE}
驾驶员：{P}，身份证{ID}，手机{MOB}
押运员：{P}，身份证{ID}，手机{MOB}
运输介质：{?液化石油气|柴油|盐酸|液氨}　核载：{n:10-35}吨
托运单位：{CO}（{USCC}）　电子运单号：{~ORD:dd}""")
S("""防汛防台 转移安置人员登记（{~DATE:cn}）
安置点：{COUNTY}{?文化礼堂|中心小学|敬老院}
{P@1:old}，{AGE@1}岁，原住{ADDR:vill}，患{HI}，联系人{P}（{MOB}）
{P@2:old}，{AGE@2}岁，原住{ADDR:vill}，独居，联系人{P}（{MOB}）
{P}，{n:20-60}岁，原住{ADDR:vill}，联系电话{MOB}
登记人：{P}　值班电话：{TEL:hz}""")
S("""消防安全检查记录
被检查单位：{CO}
统一社会信用代码：{USCC}
地址：{ADDR:road}
消防安全责任人：{P}，电话{MOB}；管理人：{P}，电话{TEL}
检查情况：{?疏散通道堆放杂物|灭火器过期|消防控制室无人值守|电动车违规充电}
责令改正通知书文号：{~DOC:fire}""")
S("""燃气安全入户检查
用户：{P}　用户编号：{n:10000000-99999999}　电话：{MOB}
地址：{ADDR:estate}
检查结果：{?软管老化|未安装熄火保护|无异常|有漏气}
检查员：{P}（工号{n:1000-9999}）　燃气抢修电话：{TEL:hz}""")
# ---- petitions, grid governance, community ------------------------------------------------------
S("""信访事项受理告知书
{~DOC}
{P@1}：
你（身份证号{ID@1}，联系电话{MOB}，住{ADDR}）于{~DATE:cn}通过{?网上信访|来访|来信}反映的{?征地拆迁补偿|物业维修基金使用|劳动报酬|医疗纠纷}问题已收悉。根据《信访工作条例》，本机关决定予以受理，将在{n:30-60}日内书面答复。
{COUNTY}信访局（{TEL:hz}）""")
S("""网格员走访日志 {~DATE:cn}
走访对象：{P@1}（独居老人，{AGE@1}岁），{ADDR:vill}
情况：老人患{HI}，已联系家庭医生{P}。其子{P}在杭州工作，电话{MOB}。
走访对象：{P@2}（刑满释放人员），身份证{ID@2}，现在{CO}上班，手机{MOB}，表现稳定。
网格员：{P}　网格编号：{COUNTY}-{n:10-99}-{n:100-999}""")
S("""矛盾纠纷调解登记
当事人甲：{P@1}，{ADDR}，手机{MOB}
当事人乙：{P@2}，{ADDR}，手机{MOB}
纠纷类型：{?相邻关系|婚姻家庭|宅基地|邻里噪声}
调解结果：乙方赔偿甲方损失{FIN:small}，当场以微信转账支付。
人民调解员：{P}　{?村|社区}调委会电话：{TEL:hz}""")
S("""重点人员动态管控（{~DATE:cn}）
对象：{P@1}，身份证{ID@1}，手机{MOB@1}
近期活动轨迹：{LOC}
驾驶车辆：{PLATE}
管控责任人：{P}（{MOB}）""")
S("""走失老人协查通报
走失人员：{P@1:old}，{SEX@1}，{AGE@1}岁，患{HI:dem}，身高约{n:150-175}厘米
家庭住址：{ADDR}
走失前行动轨迹（据监控）：{LOC}
家属：{P}，联系电话{MOB}、{MOB}
如有线索请联系{COUNTY}公安分局{?爱山|织里|练市|新市|雉城|递铺}派出所：{TEL:hz}或拨打{~SVC:110}""")
S("""社区居民信息登记（第{n:1-30}网格）
户主：{P@1}　身份证：{ID@1}　电话：{MOB}
住址：{ADDR:estate}
同住：{P@2}（配偶，身份证{ID@2}）；{P@3:kid}（子女，出生日期{DOB@3}）
车辆：{PLATE}
特殊情况：户主患{HI}，享受{?低保|低边|特困供养|无}。""")
S("""关于{P@1}同志拟任职的公示
{P@1}，{SEX@1}，{DOB@1:cn}出生，汉族，中共党员，大学学历，现任{COUNTY}{?发改局|财政局|住建局|交通运输局}副局长，拟任{COUNTY}{?乡镇|街道}党委书记。
公示期间（{~DATES:cn-s}），如有意见请向市委组织部反映，电话{TEL:hz}，邮箱{MAIL:gov}。""")
S("""志愿者注册信息（志愿湖州）
姓名：{P@1}　出生日期：{DOB@1}　证件号：{ID@1}
手机：{MOB}　邮箱：{MAIL}
服务区域：{COUNTY}　服务时长：{n:10-900}小时
紧急联系人：{P}（{MOB}）""")
S("""无偿献血者信息（摘录）
献血者：{P@1}　身份证：{ID@1}
献血量：{?200|300|400}ml　献血日期：{~DATE:cn}
联系电话：{MOB}　住址：{ADDR}
检测结果：合格　献血证号：{n:330500000000-330599999999}""")
S("""出生医学证明（存根信息）
新生儿姓名：{P@1:kid}　性别：{SEX@1}
出生时间：{DOB@1:cn}{TIME}　出生地点：{HOSP}
母亲：{P@2}，身份证{ID@2}
父亲：{P@3}，身份证{ID@3}
家庭住址：{ADDR}
编号：{?R|S|T}330{n:100000000-999999999}""")
S("""居民死亡医学证明（推断）书
死者：{P@1:old}　性别：{SEX@1}　身份证号：{ID@1}
出生日期：{DOB@1}　死亡日期：{~DATE:cn}
常住地址：{ADDR}
直接死亡原因：{HI}
医师：{P}　单位：{HOSP}""")
S("""档案查阅登记
查阅人：{P@1}　身份证：{ID@1}　电话：{MOB}
查阅内容：{?本人婚姻登记档案|父母房屋产权档案|本人知青档案|本人招工档案}
档号：{n:1990-2010}-{?HY|FC|ZQ|ZG}-{n:1000-9999}
接待人：{P}　查阅日期：{~DATE:cn}""")
S("""残疾人就业登记
{P@1}，{SEX@1}，身份证{ID@1}，残疾类别等级：{HI:dis}，意向岗位：{?电商客服|手工编织|仓库管理}，联系电话{MOB}，住址{ADDR}。
推荐单位：{CO}，联系人{P}，{TEL}。""")
# ---- messages, minutes, notices -----------------------------------------------------------------
S("""会议纪要
时间：{~DATE:cn}　地点：市大数据管理中心{n:3-9}楼会议室
主持：{P}　记录：{P}
参会：{P}（市公安局）、{P}（市民政局）、{P}（市人力社保局）、{P}（市卫生健康委）
议题：人口综合库共享接口安全整改。
会议要求：1.{n:3-10}个工作日内完成接口白名单清理，仅保留{IP:int}、{IP:int}两个地址；2.各单位联络员手机号报送至{MAIL:gov}；3.下次会议由{P}牵头，联系电话{MOB}。""")
S("""通知
各有关单位：
定于{~DATE:cn}{TIME}在湖州市民中心{?一|二|三}楼报告厅召开全市公共数据安全工作会议。请各单位分管领导和数据安全联络员参加，于会前一日将参会回执发送至{MAIL:gov}。
联系人：{P}，电话{TEL:hz}，手机{MOB}。
湖州市大数据管理中心
{~DATE:cn}""")
S("""短信发送记录
接收号码：{MOB}
内容：【湖州社保】尊敬的{P}，您的社保卡（卡号{SSC:card}）已制作完成，请携带身份证到{COUNTY}市民服务中心领取。咨询{~SVC:12333}。
发送时间：{~DATE:dt}　状态：成功""")
S("""微信聊天记录（截图整理，作为证据提交）
{P@1}：你把钱打到这张卡上，{CARD}，户名{P@2}
{P@3}：好的，{FIN:comma}明天转
{P@1}：转完把回单发我邮箱{MAIL}
{P@3}：我手机{MOB}，有事电话联系""")
S("""关于开展{n:2024-2025}年度城乡居民医保参保缴费工作的通知
{~DOC}
各乡镇（街道）：
{n:2024-2025}年度城乡居民医保个人缴费标准为每人每年{~AMT:std}。请于{~DATE:cn}前完成参保登记。
咨询电话：{TEL:hz}（医保中心），{~SVC:12345}；技术支持：{P}，{MOB}。
附件：参保登记表（版本{~VER:v3}）""")
S("""值班表（{~DATE:ym}）
日期　　带班领导　　值班人员　　值班手机
{n:1-9}日　　{P}　　{P}　　{MOB}
{n:10-19}日　　{P}　　{P}　　{MOB}
{n:20-28}日　　{P}　　{P}　　{MOB}
值班室电话：{TEL:hz}　传真：{TEL:hzd}""")
S("""政府信息公开申请
申请人：{P@1}　证件：身份证　号码：{ID@1}
通信地址：{ADDR}　邮政编码：{~POST}
联系电话：{MOB}　电子邮箱：{MAIL}
所需信息：{COUNTY}{?2023年征地补偿方案|老旧小区改造项目资金使用情况|某地块出让合同}
获取方式：{?邮寄|电子邮件|自行领取}""")
S("""工作联系函
{~DOC}
{COUNTY}人民法院：
贵院执行案件{~CASE:court}所涉被执行人{P@1}（身份证{ID@1}）名下住房公积金账户余额为{FIN:dec}，已按协助执行通知书予以冻结。
联系人：{P}，电话{TEL:hz}
湖州市住房公积金管理中心
{~DATE:cn}""")
S("""邮件
发件人：{P} <{MAIL:gov}>
收件人：{P@9} <{MAIL}>
主题：补充材料
{SUR@9}老师好，您单位报送的人才补贴名单中第{n:2-9}行{P}的身份证号{~IDX}校验不通过，请核实后重新报送；其银行卡号{CARD}请确认是否为本人一类账户。
谢谢！
办公电话：{TEL:hz}""")
# ---- trajectories ---------------------------------------------------------------------------------
S("""网约车行程记录（平台调证回函）
订单号：{~ORD:num19}
乘客：{P@1}，注册手机{MOB}
行程轨迹：{LOC:time}
司机：{P}，车牌{PLATE:ev}，手机{MOB}
支付金额：{FIN:small}，支付方式：{?微信|支付宝|银行卡}
调证文书：{~CASE:police}""")
S("""社区矫正电子定位越界告警
对象：{P@1}，身份证{ID@1}，定位手机{MOB}
告警时间：{~DATE:dt}
当日定位轨迹：{LOC}
越界区域：超出{COUNTY}行政区域
处理：司法所工作人员{P}已电话联系本人，要求立即返回。""")
S("""密接人员排查表
序号{n:1-99}：{P@1}，{SEX@1}，{AGE@1}岁，手机{MOB}，住{ADDR}
与病例接触情况：{~DATE:cn}同乘一辆公交车
{n:2-5}日内出行轨迹：{LOC:ascsp}
管控措施：居家健康监测，社区联系人{P}（{MOB}）""")
S("""车辆通行轨迹查询结果（卡口数据）
号牌：{PLATE}　查询时段：{~DATE:cn}
轨迹：{LOC:time}
车主：{P}，身份证{ID}，手机{MOB}
查询人：{P}，警号{n:100000-999999}，事由：{?肇事逃逸|盗抢车辆|涉案车辆}协查""")
S("""失联学生寻找情况报告
学生：{P@1:kid}，{SEX@1}，{AGE@1}岁，{?初二|初三|高一}学生，手机{MOB}
最后联系时间：{~DATE:dt}
监控显示其行动路线：{LOC}
家长：{P}，{MOB}；班主任：{P}，{MOB}
已报警，接警单号{~CASE:police}""")
S("""共享单车骑行记录（调取）
用户手机号：{MOB:plain}
骑行轨迹：{LOC:asc}
车辆编号：{n:8600000000-8699999999}
计费标准：{~AMT:fee}/30分钟（平台公示价格）""")
# ---- procurement, credit, finance -----------------------------------------------------------------
S("""湖州市政府采购中标（成交）结果公告
项目编号：{~CON}
项目名称：{COUNTY}公共数据平台安全运维服务采购
中标供应商：{CO:tech}，统一社会信用代码{USCC}，地址{ADDR:road}
中标金额：{~AMT:wan}
采购人联系人：{P}，{TEL:hz}
代理机构联系人：{P}，{TEL}，{MAIL}
公告期限：自本公告发布之日起{n:1-7}个工作日。""")
S("""投标供应商签到表（项目编号{~CON}）
序号 供应商名称 统一社会信用代码 授权代表 联系电话
1 {CO} {USCC} {P} {MOB}
2 {CO} {USCC} {P} {MOB}
3 {CO} {USCC} {P} {MOB}
4 {CO} {~USCCX} {P} {MOB}（代码核验未通过，资格审查待定）""")
S("""信用修复申请
申请主体：{CO}
统一社会信用代码：{USCC}
失信信息：{~CASE:pen}行政处罚，罚款{~AMT:comma}，已于{~DATE:cn}缴清
法定代表人：{P}，身份证号{ID}
联系人：{P}，手机{MOB}，邮箱{MAIL}
受理单位：湖州市发展和改革委员会（信用湖州）{TEL:hz}""")
S("""非法集资线索登记
举报人：{P}（匿名，仅留手机{MOB}）
被举报对象：{CO}，统一社会信用代码{USCC}，实际控制人{P@1}，手机{MOB}
线索：以“养老项目”名义吸收公众存款，承诺年化{n:12-24}%收益，收款账户{CARD}，户名{P@1}。
举报人本人投入{FIN:comma}。
登记单位：湖州市地方金融监督管理局　编号：{~REF}""")
S("""个人征信异议申请
申请人：{P@1}　证件号码：{ID@1}
异议内容：{BANK}信用卡（卡号{CARD}）逾期记录非本人造成
当前欠款：{FIN:dec}
联系电话：{MOB}　通讯地址：{ADDR}
受理编号：{~REF}""")
S("""银行协助查询反馈（{~CASE:police}）
户名：{P}　证件号：{ID}
账号：{CARD}　开户行：{BANK}
查询日余额：{FIN:dec}
近三月累计入账：{FIN:big}　累计出账：{FIN:big}
关联手机号：{MOB}
反馈人：{P}　{TEL}""")
S("""保险理赔报案记录
报案号：{~ORD:alnum}
被保险人：{P@1}，身份证{ID@1}，手机{MOB}
出险经过：{~DATE:cn}驾驶{PLATE}在{COUNTY}{?湖织大道|二环西路|龙山路}追尾
伤者：{P}，诊断{HI:inj}，就诊于{HOSP}（住院号{MR:num}）
收款账户：{CARD}""")
S("""小额贷款逾期催收函（存档）
借款人：{P@1}，身份证{ID@1}
借款合同编号：{~CON}　借款本金：{FIN:big}　逾期本息合计：{FIN:comma}
借款人登记地址：{ADDR}　手机：{MOB}
担保人：{P}，身份证{ID}，手机{MOB}
出函单位：{CO}（{USCC}）　联系电话：{TEL}""")
# ---- utilities, services ----------------------------------------------------------------------------
S("""水费欠费停水通知（存根）
户名：{P}　用水地址：{ADDR:estate}
欠费起始月份：{~DATE:ym}，该户欠费金额{FIN:small}（按阶梯水价计算）
联系电话：{MOB}
供水服务热线：{TEL:hz}　营业厅：{?人民路|凤凰路|浔溪大道|千秋街}营业厅""")
S("""电力报装申请
申请人：{P@1}，身份证{ID@1}
用电地址：{ADDR}
报装容量：{n:4-20}kW　用途：{?居民生活|充电桩|农业生产}
联系电话：{MOB}　邮箱：{MAIL}
受理编号：{~REF}　客户经理：{P}（{MOB}）　服务热线：{~SVC:95598}""")
S("""快递包裹签收异常登记
运单号：{~EXP}
收件人：{P}，手机{MOB}，地址{ADDR}
寄件人：{P}，手机{MOB}
异常：包裹内为他人证件（护照{PP}、港澳通行证{HKM}），已移交派出所。
登记网点：{COUNTY}{?织里|练市|新市|雉城|递铺}网点，电话{TEL}""")
S("""养老机构入住评估
入住老人：{P@1:old}，{SEX@1}，{AGE@1}岁，身份证{ID@1}
主要疾病：{HI}；{HI}
委托人：{P}（{?儿子|女儿|侄子}），手机{MOB}，住址{ADDR}
月收费：{~AMT:k}（按护理等级收费标准）""")
S("""公租房租金代扣协议
承租人：{P@1}，身份证{ID@1}
房屋地址：{ADDR:estate}
月租金：{FIN:rent}
代扣银行卡：{CARD}（{BANK}）
联系电话：{MOB}""")
# ---- pasted tables -------------------------------------------------------------------------------
@SF
def t_subsidy_roster(d):
    r = d.r
    d.add("{COUNTY}{~DATE:ym}高龄津贴发放明细\n姓名\t身份证号\t年龄\t发放账号\t金额\n")
    for i in range(r.randint(4, 7)):
        k = "o%d" % i
        d.add("{P@%s:old}\t{ID@%s}\t{AGE@%s}\t{CARD}\t{FIN:allow}\n" % (k, k, k))
    d.add("经办人：{P}　复核：{P}　联系电话：{TEL:hz}")


@SF
def t_parking_list(d):
    d.add("{?金色地中海|碧浪湖花园|滨湖花园|天际花园|太湖名都}小区车辆登记表（{~DATE:ym}）\n车牌\t车主\t联系电话\t车位号\n")
    for _ in range(d.r.randint(4, 7)):
        d.add("{PLATE}\t{P}\t{MOB}\tB{n:1-2}-{n:1-399:03}\n")
    d.add("物业：{CO:wy}　电话：{TEL:hz}")


@SF
def t_contact_directory(d):
    d.add("{COUNTY}数据安全联络员通讯录（{~DATE:ym}更新）\n单位\t联络员\t办公电话\t手机\t邮箱\n")
    for dep in d.r.sample(["发改局", "公安分局", "民政局", "人力社保局", "卫健局", "住建局", "交通运输局", "市场监管局", "税务局", "教育局"], 5):
        d.add(dep + "\t{P}\t{TEL:hz}\t{MOB}\t{MAIL:gov}\n")


@SF
def t_enterprise_list(d):
    d.add("重点用能企业名单\n企业名称｜统一社会信用代码｜能源管理负责人｜联系电话\n")
    for _ in range(d.r.randint(4, 6)):
        d.add("{CO:fact}｜{USCC}｜{P}｜{TEL}\n")
    d.add("数据来源：{COUNTY}发展和改革局　导出时间：{~DATE:dt}")


@SF
def t_ip_whitelist(d):
    d.add("接口白名单变更单 {~REF}\n序号 单位 服务器IP 端口 联系人 手机\n")
    for i in range(d.r.randint(3, 6)):
        d.add("%d {COUNTY}{?公安分局|民政局|卫健局|人社局|医保分局} {IP:int} {n:8000-9999} {P} {MOB}\n" % (i + 1))
    d.add("申请人：{P}　审批：{P}　网关版本：{~VER:v4}")


@SF
def t_medical_roster(d):
    d.add("{HOSP}{~DATE:cn}住院患者一览（护士站交接）\n床号 姓名 住院号 诊断 联系电话\n")
    for _ in range(d.r.randint(4, 6)):
        d.add("{n:1-48} {P} {MR:zy} {HI} {MOB}\n")
    d.add("交班护士：{P}　接班护士：{P}")


@SF
def t_social_security_roster(d):
    d.add("{CO}{~DATE:ym}社保增员名单\n姓名，身份证号，社会保障卡号，手机号\n")
    for _ in range(d.r.randint(3, 6)):
        d.add("{P}，{ID}，{SSC:card}，{MOB}\n")
    d.add("单位经办人：{P}，{TEL}")
# ---- documents dense in non-personal numbers ------------------------------------------------------
S("""湖州市人民政府办公室文件
{~DOC}
签发人：{P}
湖州市人民政府办公室关于印发《湖州市公共数据授权运营管理实施细则（试行）》的通知
各区县人民政府，市政府各部门、各直属单位：
根据《浙江省公共数据条例》和{~DOC}精神，现将实施细则印发给你们，请认真贯彻执行。
（联系人：市大数据管理中心{P}，电话{TEL:hzd}）
湖州市人民政府办公室
{~DATE:cn}印发""")
S("""{COUNTY}12345热线{~DATE:ym}运行情况通报
本月共受理群众诉求{~CNT:jian}，办结率{n:95-99}.{n:1-9}%，满意率{n:90-99}.{n:1-9}%。
诉求量前三位：物业管理{n:300-1500}件、噪声扰民{n:100-900}件、道路交通{n:100-800}件。
超期工单：{~WO}、{~WO}、{~WO}，已督办。
联系人：{P}，{TEL:hzd}""")
S("""系统升级公告
一体化数据平台将于{~DATE:cn}22:00—次日06:00进行升级，版本由{~VER:v3}升级至{~VER:v3}，数据库补丁{~VER:v4}。
升级期间接口地址{IP:int}暂停服务，备用地址{IP:int}可继续调用。
技术支持：{P}，{MOB}，{MAIL}""")
S("""公告送达
（{~DATE:cn}）
{P}、{P}：本院受理原告{CO}诉你们买卖合同纠纷一案（{~CASE:court}），因你们下落不明，依法向你们公告送达起诉状副本、应诉通知书、举证通知书及开庭传票。自公告之日起经过{n:30-60}日即视为送达。
另：{~CASE:court}、{~CASE:court}两案当事人亦请于公告期满后到本院领取文书。
湖州市吴兴区人民法院　联系电话：{TEL:hzd}""")
S("""药品抽检不合格信息通告
{~DOC}
1. 药品名称：{?复方甘草片|板蓝根颗粒|阿莫西林胶囊}，批准文号{~APPR}，批号{~REF}，标示生产企业{CO}（{USCC}）；
2. 药品名称：{?维生素C片|感冒灵颗粒|布洛芬缓释胶囊}，批准文号{~APPR}，批号{~REF}，标示生产企业{CO}（{USCC}）。
上述药品经营单位已下架召回。联系人：{P}，电话{TEL:hz}。""")
S("""发票查验记录
序号｜发票代码｜发票号码｜开票日期｜销方名称｜销方识别号｜金额
1｜{~INV:code}｜{~INV:no8}｜{~DATE:iso}｜{CO}｜{USCC}｜{~AMT:yen}
2｜{~INV:code}｜{~INV:no8}｜{~DATE:iso}｜{CO}｜{USCC}｜{~AMT:yen}
3｜—｜{~INV:e20}｜{~DATE:iso}｜{CO}｜{~USCCX}｜{~AMT:yen}
查验结果：第3张销方识别号不正确，发票存疑。查验人：{P}""")
S("""物流异常件处理清单（{~DATE:cn}）
运单号 收件人 收件手机 处理情况
{~EXP} {P} {~MASK:mob} 地址不详，已退回
{~EXP} {P} {MOB} 电话联系后改派至{ADDR}
{~EXP} {P} {~MASK:mob} 拒收
{~EXP} {P} {MOB} 自提，驿站电话{TEL:hz}""")
S("""{n:2024-2025}年湖州市事业单位公开招聘笔试成绩公示
准考证号　　姓名　　身份证号　　　　　　笔试成绩
{n:1000000000-9999999999}　　{P}　　{~MASK:id}　　{n:60-89}.{n:0-9}
{n:1000000000-9999999999}　　{P}　　{~MASK:id}　　{n:60-89}.{n:0-9}
{n:1000000000-9999999999}　　{P}　　{~MASK:id}　　{n:60-89}.{n:0-9}
咨询电话：{TEL:hzd}　监督电话：{TEL:hzd}""")
S("""机动车检验预约单
预约号：{~ORD:dd}
号牌号码：{PLATE}　车辆识别代号：{VIN}
车主：{P}　手机：{MOB}
检测站：湖州{?吴兴|南浔|德清|长兴|安吉}机动车检测站（{TEL:hz}）
预约时间：{~DATE:dt}　检验费：{~AMT:fee}""")
S("""个人账户交易明细（司法协查调取）
户名：{P@1}　卡号：{CARD}　开户行：{BANK}
交易日期　　交易金额　　余额　　对方户名　　流水号
{~DATE:iso}　　{FIN:comma}　　{FIN:dec}　　{P}　　{~ORD:num}
{~DATE:iso}　　{FIN:comma}　　{FIN:dec}　　{P}　　{~ORD:num}
{~DATE:iso}　　{FIN:comma}　　{FIN:dec}　　{CO}　　{~ORD:num19}""")
S("""关于调整{n:2024-2025}年退休人员基本养老金的通知
{~DOC}
定额调整：每人每月增加{~AMT:std}；挂钩调整：按本人缴费年限每满1年每月增加{n:1-3}元。
调整后的养老金于{~DATE:cn}前发放到位。政策咨询：{~SVC:12333}，湖州市社会保险服务中心{TEL:hzd}。""")
S("""存量房买卖合同网签备案
合同编号：{~CON}
出卖人：{P@1}，身份证{ID@1}，电话{MOB}
买受人：{P@2}，身份证{ID@2}，电话{MOB}
房屋坐落：{ADDR:estate}
不动产权证号：{PROP}
成交价格：{FIN:wan}　资金监管账户：{BANK}监管专户
经纪机构：{CO}（{USCC}），经纪人{P}，{MOB}""")
S("""企业投资项目备案信息
项目代码：{n:2019-2024}-330{n:500-523}-{?26|29|33|34|39}-03-{n:100000-999999}
项目名称：年产{n:5-50}万件{?童装|竹制品|电子元器件|新型建材}技改项目
建设单位：{CO:fact}，统一社会信用代码{USCC}
总投资：{~AMT:wan}，其中设备投资{~AMT:wan}
项目负责人：{P}，手机{MOB}，固定电话{TEL}
备案机关：{COUNTY}发展和改革局　备案日期：{~DATE:cn}""")
S("""企业简易注销公告（{~DATE:cn}）
{CO}，统一社会信用代码{USCC}，公告期{~DATES:iso-s}；
{CO}，统一社会信用代码{USCC}，公告期{~DATES:iso-s}；
{CO}，统一社会信用代码{USCC}，公告期{~DATES:iso-s}。
异议受理：{COUNTY}市场监督管理局登记注册科，{TEL:hz}""")
S("""办事指南：居住证申领
办理地点：{COUNTY}公安分局{?户政服务大厅|便民服务中心}，地址{ADDR:road}
办理时间：工作日8:30-12:00，13:30-17:00
收费标准：首次申领免费，补领、换领工本费{~AMT:fee}
咨询电话：{TEL:hzd}　投诉电话：{~SVC:12345}
材料：居民身份证、居住地住所证明、近期照片。""")
S("""机动车驾驶人身体条件证明（摘录）
姓名：{P@1}　身份证明号码：{ID@1}
体检医院：{HOSP}　体检日期：{~DATE:cn}
辨色力、听力：符合要求
既往病史申报：有，{HI}
体检结论：{?合格|复查}　医师：{P}""")
S("""食品从业人员健康证明
姓名：{P@1}　性别：{SEX@1}　年龄：{AGE@1}
身份证号：{ID@1}
工作单位：{CO:food}
体检结果：{?合格|合格|待复查}
证明编号：JK{n:20230000000-20249999999}　发证日期：{~DATE:cn}""")
S("""医疗纠纷人民调解协议书
申请人：{P@1}（患者{P@2}之{?子|女|配偶}），身份证{ID@1}，手机{MOB}
被申请人：{HOSP}，委托代理人{P}，电话{TEL:hz}
纠纷经过：患者{P@2}于{~DATE:cn}因{HI}入院（住院号{MR:num}），术后出现并发症。
协议：被申请人一次性补偿申请人{FIN:big}，于{~DATE:cn}前支付至申请人账户{CARD}。
调解员：{P}""")
S("""不起诉决定书
{~CASE:pro}
被不起诉人{P@1}，{SEX@1}，{DOB@1:cn}出生，身份证号码{ID@1}，住{ADDR}。
本案由{COUNTY}公安分局侦查终结，以被不起诉人{P@1}涉嫌危险驾驶罪，于{~DATE:cn}移送本院审查起诉。经审查，{~DATE:cn}，被不起诉人饮酒后驾驶{PLATE}小型轿车……""")
S("""看守所家属会见（视频）登记
在押人员：{P@1}，在押编号{n:2024000-2024999}
会见家属：{P@2}，关系{?母亲|父亲|配偶|姐姐}，身份证{ID@2}，手机{MOB}
随行车辆：{PLATE}
律师：{P}，执业证号{DIG:17,13305}，电话{MOB}
会见时间：{~DATE:dt}""")
S("""Excel 粘贴：外籍专家人才公寓入住名单
Name\tPassport No.\tDate of Birth\tMobile\tEmail
{P:py}\t{PP}\t{DOB@1:iso}\t{MOB}\t{MAIL}
{P:py}\t{PP}\t{DOB@2:iso}\t{MOB}\t{MAIL}
{P:py}\t{PP}\t{DOB@3:iso}\t{MOB}\t{MAIL}
Coordinator: {P} ({TEL:hz})""")
S("""INSERT INTO t_applicant (name, id_no, mobile, address, bank_card, create_time) VALUES
('{P}', '{ID:plain}', '{MOB:plain}', '{ADDR}', '{CARD:plain}', '{~DATE:dt}'),
('{P}', '{ID:plain}', '{MOB:plain}', '{ADDR}', '{CARD:plain}', '{~DATE:dt}');
-- schema version {~VER:v3}""")
S("""<Applicant>
  <Name>{P}</Name>
  <IdNumber>{ID:plain}</IdNumber>
  <Mobile>{MOB:plain}</Mobile>
  <Email>{MAIL}</Email>
  <PlateNo>{PLATE}</PlateNo>
  <ClientIp>{IP}</ClientIp>
  <SubmitTime>{~DATE:dt}</SubmitTime>
</Applicant>""")
S("""钉钉审批：数据导出申请
审批编号：{~ORD:num}
发起人：{P}（{COUNTY}{?人社局|民政局|卫健局}）
导出内容：{?困难群众救助名单|慢病患者名单|新就业人员名单}，共{~CNT}
用途：{?入户核查|随访|补贴发放}
样例：{P}，{ID}，{MOB}，{ADDR}
审批人：{P}（同意）→ {P}（同意）
导出终端IP：{IP:int}""")
S("""数据出境安全自评估（摘要）
数据处理者：{CO:tech}，统一社会信用代码{USCC}
境外接收方：{?新加坡|德国|日本}某合作方，接口地址{IP:pub}
出境字段：客户姓名、护照号码（如{PP}）、手机号码（如{MOB}）、邮箱（如{MAIL}）
数据安全负责人：{P}，{MOB}，{MAIL}
评估日期：{~DATE:cn}""")
S("""ETC通行记录（协查）
车牌：{PLATE}　OBU号：{DIG:16,3301}
通行轨迹：{LOC:ascsp}
车主：{P}，手机{MOB}
查询依据：{~CASE:police}""")
# ---- more: ports, cross-border, payments, social insurance, medical -------------------------------
S("""口岸入境旅客登记（{~DATE:cn}，深圳湾口岸转湖州）
{P}　往来港澳通行证{HKM}　签注{?L|G|S}　目的地{COUNTY}
{P}　往来港澳通行证{HKM}　签注{?L|G|S}　目的地{COUNTY}
{P}　往来港澳通行证{HKM}　签注{?L|G|S}　目的地{COUNTY}
带队：{P}，手机{MOB}""")
S("""赴港澳经贸交流团人员名单
团长：{P}（{COUNTY}商务局），港澳通行证{HKM}
团员：{P}，{CO}，港澳通行证{HKM}，手机{MOB}
团员：{P}，{CO}，港澳通行证{HKM}，手机{MOB}
联络员：{P}，{TEL:hz}，{MAIL:gov}
行程：{~DATES:cn-s}""")
S("""银行卡挂失及补发申请
客户：{P@1}　证件号码：{ID@1}　手机：{MOB}
挂失卡号：{CARD}
客户口述卡号：{~CARDX}（与系统不符，已按系统卡号挂失）
补发新卡号：{CARD}
经办柜员：{P}　网点：{BANK}""")
S("""支付差错处理单
差错编号：{~ORD:alnum}
原交易：{~DATE:dt}，付款卡号{CARD}，收款卡号{~CARDX}（收款方卡号校验失败，交易被拒）
重新交易：收款卡号{CARD}，户名{P}
交易金额：{FIN:comma}
处理人：{P}　{TEL}""")
S("""涉诈账户止付名单（{~DATE:cn}）
序号 户名 卡号 开户行 状态
1 {P} {CARD} {BANK} 已止付
2 {P} {~CARDX} {BANK} 卡号有误，退回核实
3 {P} {CARD} {BANK} 已冻结
4 {P} {~CARDX:sp} {BANK} 卡号有误，退回核实
报送单位：{COUNTY}公安分局反诈中心，联系人{P}（{MOB}）""")
S("""基本养老保险关系转移接续申请
参保人：{P@1}　公民身份号码：{ID@1}
社会保障卡号：{SSC:card}
转出地：{ADDR:rural}　转入地：湖州市{COUNTY}
原参保地个人编号：{SSC:no}
联系电话：{MOB}　联系地址：{ADDR}""")
S("""异地就医备案表
参保人：{P@1}，社保卡号{SSC:card}，身份证{ID@1}
备案类型：{?异地长期居住|转外就医}
就医医院：{?复旦大学附属中山医院|浙江大学医学院附属第一医院|上海交通大学医学院附属瑞金医院}
疾病诊断：{HI}　原就诊病历号：{MR:mz}
联系电话：{MOB}""")
S("""住院预交金收据
住院号：{MR:zy}　姓名：{P@1}　科室：{?骨科|心内科|妇科|儿科|神经外科}
预交金额：{FIN:comma}　支付方式：{?银行卡|微信|现金}
收款员：{P}　票据号：{~INV:no8}
日期：{~DATE:dt}""")
S("""病理诊断报告
病理号：{MR:bl}　住院号：{MR:num}
姓名：{P@1}　性别：{SEX@1}　年龄：{AGE@1}
送检材料：{?活检组织|手术切除标本}
病理诊断：{HI:path}
报告医师：{P}　审核医师：{P}　报告日期：{~DATE:cn}""")
S("""心理援助热线来电记录
来电时间：{~DATE:dt}　来电号码：{MOB}
来电者：自称{P@1}，{AGE@1}岁
来电者称曾被诊断为{HI:psy}，近{n:2-12}个月自行停药。
风险评估：{?低|中|高}风险　处置：建议到湖州市第三人民医院心理科就诊，已告知{~SVC:12320}。
接线员：{P}""")
S("""证件遗失报案回执
报案人：{P@1}，身份证{ID@1}，手机{MOB}
遗失证件：往来港澳通行证，号码{HKM}；护照，号码{PP}
遗失时间地点：{~DATE:cn}，{ADDR:road}附近
接警单位：{COUNTY}公安分局{?爱山|月河|织里|武康|雉城|递铺}派出所（{TEL:hz}）
回执编号：{~CASE:police}""")
S("""跨境电商进口申报异常
订单编号：{~ORD:num}
订购人：{P@1}，身份证号{ID@1}，电话{MOB}
收件地址：{ADDR}
异常原因：订购人年度跨境电商交易额度已超限（本年度已用{FIN:comma}）
物流运单：{~EXP}""")
S("""Booking confirmation
Guest: {P:py}
Passport: {PP}
Mobile: {MOB:p86}
Email: {MAIL}
Hotel: Moganshan {?Naked Retreats|Anadu|Lost Villa}, Deqing, Huzhou
Check-in: {~DATE:iso}  Nights: {n:1-5}  Confirmation No. {~ORD:alnum}""")
S("""学生出境交流审批表
学生：{P@1:young}，学号{n:2019000000-2023999999}，出生日期{DOB@1}
护照号：{PP}　港澳通行证号：{HKM}
交流项目：{?香港大学暑期学校|澳门大学交换生|新加坡国立大学访学}
紧急联系人：{P}（{MOB}）
指导教师：{P}，{MAIL}""")
@SF
def t_census(d):
    d.add("第{?七|八}次全国人口普查 短表（{ADDR}）\n户编号：{n:100-999}\n")
    r = d.r
    for i in range(r.randint(2, 4)):
        k = "c%d" % i
        rel, kind = [("户主", ""), ("配偶", ""), ("子女", "kid"), ("父母", "old")][i]
        d.add("%s：{P@%s:%s}，{SEX@%s}，出生年月日{DOB@%s}，公民身份号码{ID@%s}\n" % (rel, k, kind, k, k, k))
    d.add("普查员：{P}　指导员：{P}　联系电话：{MOB}")


S("""单位银行结算账户开户申请
单位名称：{CO}
统一社会信用代码：{USCC}
法定代表人：{P@1}，身份证{ID@1}，手机{MOB}
财务负责人：{P}，手机{MOB}
注册地址：{ADDR:road}
预留印鉴及联系人邮箱：{MAIL}
备注：开户资料中营业执照复印件代码为{~USCCX}，与原件不一致，已要求重新提供。""")
@SF
def t_payroll(d):
    d.add("{CO}{~DATE:ym}工资代发清单\n姓名\t工资卡号\t实发金额\n")
    n = d.r.randint(4, 7)
    for _ in range(n):
        d.add("{P}\t{CARD}\t{FIN:month}\n")
    d.add("合计人数：%d人　代发行：{BANK}　经办：{P}" % n)


S("""电话用户实名制核查结果
号码：{MOB}　登记人：{P@1}　证件号：{ID@1}　核查结果：一致
号码：{MOB}　登记人：{P@2}　证件号：{~IDX}　核查结果：证件号码无效
号码：{MOB}　登记人：{P@3}　证件号：{ID@3}　核查结果：一致
核查单位：{COUNTY}通信管理办公室　联系人：{P}（{TEL:hz}）""")
S("""机动车转移登记（过户）
号牌：{PLATE}　车辆识别代号：{VIN}
原所有人：{P@1}，身份证{ID@1}，手机{MOB}
现所有人：{P@2}，身份证{ID@2}，手机{MOB}，住址{ADDR}
成交价：{FIN:wan}　二手车销售统一发票号码：{~INV:no8}
业务流水号：{~ORD:num}""")
S("""市长信箱网上留言
留言编号：{~WO:b}　提交时间：{~DATE:dt}　提交IP：{IP:pub}
留言人：{P}　手机：{MOB}　邮箱：{MAIL}
标题：{?小区旁工地夜间施工|孩子入学积分疑问|公交线路调整建议|老旧小区加装电梯}
内容：本人住{ADDR:estate}，{?已多次反映未果|希望相关部门尽快答复|请求公开相关信息}。""")
S("""政务服务“好差评”差评回访
评价编号：{~REF}　事项：{?不动产登记|社保卡补办|个体户设立|居住证办理}
评价人手机：{~MASK:mob}（系统脱敏）
回访对象：{P}，回访电话{MOB}
差评原因：{?排队时间长|材料被要求重复提交|窗口人员态度差}
整改：{COUNTY}政务服务中心已约谈窗口人员{P}。回访人：{P}""")
S("""司法鉴定委托书
委托人：{P@1}，身份证{ID@1}，手机{MOB}
被鉴定人：{P@2}，{SEX@2}，{AGE@2}岁，住院号{MR:num}
鉴定事项：{?伤残等级|误工期|护理期|医疗费合理性}评定
病情摘要：被鉴定人因交通事故致{HI:inj}，既往有{HI}
鉴定机构：湖州{?天平|求是|明正|南太湖}司法鉴定所（{USCC}）　鉴定费：{~AMT:k}""")
# =================================================================================================
# Traditional-script documents (Traditional value pools)
# =================================================================================================
T("""湖州市{~SVC:12345}政務服務便民熱線工單
工單編號：{~WO}
受理時間：{~DATE:dt}
來電人：{P@1}　來電號碼：{MOB}
聯繫地址：{ADDR}
訴求內容：來電人反映小區地下車庫長期積水，電梯間歇性停運，物業公司推諉不處理。
承辦單位：{COUNTY}住房和城鄉建設局　辦理時限：{n:3-5}個工作日
回訪要求：辦結後請電話回訪{SUR@1}{?先生|女士}。""")
T("""詢問筆錄
時間：{~DATE:cn}{TIME}至{TIME}
地點：{COUNTY}公安分局{?愛山|飛英|月河|織里|練市|武康}派出所
詢問人：{P}、{P}　記錄人：{P}
被詢問人：{P@1}，{SEX@1}，{AGE@1}歲，出生日期{DOB@1}，身份證號{ID@1}，戶籍地{ADDR:vill}，現住{ADDR:estate}，手機{MOB}。
問：你把當天的經過講一下。
答：我騎電動車經過{?人民路|紅旗路|鳳凰路}路口時，被一輛{PLATE}的轎車撞倒。""")
T("""{HOSP}住院病歷首頁（摘要）
住院號：{MR:zy}　病案號：{MR:num7}
姓名：{P@1}　性別：{SEX@1}　出生日期：{DOB@1}
身份證號：{ID@1}
現住址：{ADDR}
聯繫人：{P}（{?配偶|子女|父母}），電話{MOB}
入院診斷：{HI}
出院診斷：{HI}
主治醫師：{P}""")
T("""最低生活保障家庭經濟狀況核對授權書
申請人：{P@1}　身份證號碼：{ID@1}
家庭成員：{P@2}（配偶，身份證{ID@2}）
家庭住址：{ADDR:vill}
申請人月收入：{FIN:month}，家庭存款：{FIN:comma}
申請人患有{HI}，長期服藥。
聯繫電話：{MOB}
本人授權民政部門查詢家庭成員的存款、房產、車輛等信息。簽名：{P@1}　{~DATE:cn}""")
T("""往來港澳通行證及簽注申請表
申請人：{P@1}　性別：{SEX@1}　出生日期：{DOB@1}
公民身份號碼：{ID@1}
現持證件號碼：{HKM}
戶口所在地：{ADDR:div}
聯繫電話：{MOB}　電子郵箱：{MAIL}
簽注種類：{?個人旅遊|團隊旅遊|探親|商務}
受理單位：湖州市公安局出入境管理局　受理編號：{~REF}""")
T("""浙江省湖州市中級人民法院
民事判決書
{~CASE:court}
上訴人（原審被告）：{P@1}，{SEX@1}，{DOB@1:cn}出生，住{ADDR}，公民身份號碼{ID@1}。
被上訴人（原審原告）：{CO}，住所地{ADDR:road}，統一社會信用代碼{USCC}。
法定代表人：{P}。
上訴人{P@1}因民間借貸糾紛一案，不服{COUNTY}人民法院{~CASE:court}民事判決，向本院提起上訴。""")
T("""住房公積金貸款申請
借款人：{P@1}　證件號碼：{ID@1}
配偶：{P@2}　證件號碼：{ID@2}
購房地址：{ADDR:estate}
申請貸款金額：{FIN:wan}　公積金賬戶餘額：{FIN:dec}
還款銀行卡：{BANK} {CARD}
聯繫電話：{MOB}""")
T("""出租房屋登記表
房屋地址：{ADDR:estate}
房東：{P@1}　身份證：{ID@1}　電話：{MOB}
承租人：{P@2}　身份證：{ID@2}　電話：{MOB}
承租人戶籍地址：{ADDR:vill}
車輛號牌：{PLATE}
登記民警：{P}　登記日期：{~DATE:cn}""")
T("""公共數據共享申請
申請單位：{COUNTY}{?民政局|衛生健康局|人力社保局|市場監督管理局}
申請數據：{?人口基礎信息|婚姻登記信息|社保參保信息|法人基礎信息}
共享屬性：受限共享　應用場景：{?低保核對|最多跑一次|人才補貼|慢病隨訪}
申請人：{P}，手機{MOB}，郵箱{MAIL:gov}
調用服務器地址：{IP:int}
審核人：市大數據管理中心{P}（{TEL:hz}）""")
T("""[{~DATE:seq}] 警告 數據接口異常調用
  來源IP={IP@1}  賬號=hz_{?mzj|wjw|rsj}_{n:100-999}
  查詢對象：{P}（{ID}）
[{~DATE:seq}] 警告 同一賬號再次查詢：{P}（{ID}），手機{MOB}
[{~DATE:seq}] 已自動封禁來源地址 {IP@1}，通知值班人員{P}（{MOB}）。網關版本{~VER:v3}""")
T("""會議紀要
時間：{~DATE:cn}　地點：{COUNTY}政府{n:3-8}樓會議室
主持：{P}　記錄：{P}
參會：{P}（公安分局）、{P}（民政局）、{P}（衛健局）
會議議定：1.各單位於{n:5-10}個工作日內完成敏感數據梳理；2.接口白名單僅保留{IP:int}；3.聯絡員{P}，手機{MOB}，郵箱{MAIL:gov}。""")
T("""結婚登記申請
男方：{P@1}，身份證件號{ID@1}，出生日期{DOB@1}，戶籍{ADDR:div}
女方：{P@2}，身份證件號{ID@2}，出生日期{DOB@2}，戶籍{ADDR:div}
聯繫電話：{MOB}
登記機關：{COUNTY}民政局婚姻登記處　登記員：{P}""")
T("""機動車登記信息
號牌號碼：{PLATE}　車輛識別代號：{VIN}
所有人：{P@1}　身份證明號碼：{ID@1}
住所地址：{ADDR}
聯繫電話：{MOB}
登記日期：{~DATE:cn}　抵押權人：{BANK}""")
T("""個人所得稅退稅提醒
納稅人：{P@1}　證件號碼：{ID@1}　手機：{MOB}
{n:2022-2023}年度綜合所得收入額{FIN:big}，應退稅額{FIN:small}。
退稅賬戶：{BANK} {CARD}
諮詢電話：{~SVC:12366}""")
T("""營業執照信息
名稱：{CO}
統一社會信用代碼：{USCC}
類型：有限責任公司
法定代表人：{P}
註冊資本：{~AMT:wan}
成立日期：{~DATE:cn}
住所：{ADDR:road}
聯繫電話：{TEL}""")
T("""行政處罰決定書
{~CASE:pen}
當事人：{CO}，統一社會信用代碼{USCC}，住所{ADDR:road}，法定代表人{P}。
經查，當事人於{~DATE:cn}銷售不合格產品，貨值金額{~AMT:comma}。
決定：沒收違法所得，並處罰款{~AMT:comma}。
聯繫人：{P}，電話{TEL:hz}""")
T("""境外人員住宿登記
{P:py}　護照號碼：{PP}　房號：{n:201-1208}　手機：{MOB}
{P:py}　護照號碼：{PP}　房號：{n:201-1208}　手機：{MOB}
同行：{P}　往來港澳通行證：{HKM}
接待單位：{CO}　登記人：{P}""")
T("""流行病學調查記錄
被調查人：{P@1}，{SEX@1}，{AGE@1}歲，身份證{ID@1}，手機{MOB}
現住址：{ADDR}
{n:3-7}日內行程軌跡：{LOC}
調查人：{P}、{P}　調查時間：{~DATE:dt}""")
T("""銀行協助查詢回覆
戶名：{P}　證件號：{ID}
賬號：{CARD}　開戶行：{BANK}
查詢日餘額：{FIN:dec}
關聯手機：{MOB}
協查文書：{~CASE:police}　回覆人：{P}　{TEL}""")
T("""人民調解協議書
當事人甲：{P@1}，住{ADDR}，手機{MOB}
當事人乙：{P@2}，住{ADDR}，手機{MOB}
糾紛事由：{?相鄰通行|房屋漏水|宅基地界址|噪聲擾民}
協議內容：乙方賠償甲方損失{FIN:small}，於{~DATE:cn}前付清。
調解員：{P}　調委會電話：{TEL:hz}""")
T("""信訪事項答覆意見書
{~DOC}
{P@1}：
你（身份證號{ID@1}，電話{MOB}，住{ADDR}）反映的{?徵地補償|物業維修基金|拖欠工資}問題，經調查核實，現答覆如下……
如不服本答覆，可在收到之日起30日內向上一級機關申請覆查。
{COUNTY}信訪局（{TEL:hz}）""")
T("""居家養老服務補貼對象
{P@1:old}，{AGE@1}歲，身份證{ID@1}，{ADDR:vill}，主要疾病{HI}，聯繫人{P}（{MOB}）；
{P@2:old}，{AGE@2}歲，身份證{ID@2}，{ADDR:vill}，主要疾病{HI}，聯繫人{P}（{MOB}）。
補貼標準：每人每月{~AMT:std}。""")
T("""義務教育入學報名表
學生：{P@1:kid}　性別：{SEX@1}　出生日期：{DOB@1}
學生身份證號：{ID@1}
戶籍地址：{ADDR}
父親：{P}，手機{MOB}；母親：{P}，手機{MOB}
報名編號：{~REF}""")
T("""社保卡補換申請
申請人：{P@1}，身份證號{ID@1}
原社保卡號：{SSC:card}
郵寄地址：{ADDR}，收件電話{MOB}
工本費：{~AMT:fee}　受理日期：{~DATE:cn}""")
T("""殘疾人兩項補貼申請
申請人：{P@1}　身份證號：{ID@1}
殘疾類別及等級：{HI:dis}
戶籍地址：{ADDR}
代辦人：{P@2}，手機{MOB}，收款賬戶{CARD}（戶名：{P@2}）
初審：{P}""")
T("""數據質量問題單
問題編號：{~REF}
以下記錄身份證號碼校驗位錯誤：
1. {P}　{~IDX}
2. {P}　{~IDX}
以下記錄統一社會信用代碼校驗不通過：{CO}　{~USCCX}
提交人：{P}　{MAIL:gov}""")
T("""赴港澳商務人員備案
企業：{CO}（{USCC}）
人員：{P}，往來港澳通行證{HKM}，手機{MOB}
人員：{P}，往來港澳通行證{HKM}，手機{MOB}
企業聯繫人：{P}，{TEL}，{MAIL}""")
T("""120急救調度記錄
受理時間：{~DATE:dt}
呼救電話：{MOB}
患者：{P@1}，約{AGE@1}歲
現場地址：{ADDR}
病情：家屬稱情況緊急，既往有{HI}。
派車：{PLATE:hz}　送達醫院：{HOSP}""")
T("""失信被執行人名單（摘錄）
{P}｜{ID}｜{~CASE:court}｜未履行金額{FIN:wan}
{P}｜{ID}｜{~CASE:court}｜未履行金額{FIN:comma}
{CO}｜{USCC}｜{~CASE:court}｜未履行金額{~AMT:wan}
發布日期：{~DATE:cn}""")
# ---- late additions: registers and lists dense in non-personal numbers (Simplified) --------------
@SF
def t_incoming_register(d):
    d.add("{COUNTY}人民政府办公室收文登记簿（{~DATE:ym}）\n收文号\t来文机关\t文号\t收文日期\t份数\t承办人\n")
    for i in range(d.r.randint(4, 7)):
        d.add("%d\t{?省政府办公厅|市政府办公室|市大数据管理中心|市财政局|市人力社保局}\t{~DOC}\t{~DATE:iso}\t{n:1-5}\t{P}\n" % (d.r.randint(100, 999)))
    d.add("登记人：{P}　机要室电话：{TEL:hzd}")


@SF
def t_court_schedule(d):
    d.add("湖州市{?吴兴区|南浔区}人民法院开庭公告（{~DATES:cn-s}）\n")
    for _ in range(d.r.randint(3, 5)):
        d.add("{~DATE:seq}　第{n:1-12}法庭　{~CASE:court}　{?买卖合同纠纷|民间借贷纠纷|劳动争议|机动车交通事故责任纠纷}　审判长{P}\n")
    d.add("联系电话：{TEL:hzd}　诉讼服务热线：{~SVC:12368}")


S("""{COUNTY}{n:2023-2024}年部门预算公开表（摘录）
项目名称　　　　　　　　预算金额　　　比上年
公共数据平台运维　　　　{~AMT:wan}　　增长{n:1-15}.{n:0-9}%
数据安全等级保护测评　　{~AMT:wan}　　持平
政务外网租赁　　　　　　{~AMT:wan}　　下降{n:1-9}.{n:0-9}%
合计　　　　　　　　　　{~AMT:wan}
编制说明见{~DOC}。联系人：{P}，{TEL:hzd}""")
S("""政府网站基本信息
网站名称：{COUNTY}人民政府门户网站
ICP备案编号：{~ICP}　公安机关备案号：浙公网安备 {n:33050000000000-33052399999999}号
服务器地址：{IP:pub}（主）、{IP:pub}（备）
内容管理系统版本：{~VER:v3}　中间件版本：{~VER:v4}
网站标识码：{n:3305000001-3305230099}
联系人：{P}，{TEL:hzd}，{MAIL:gov}""")
S("""采购合同履约台账（{~DATE:ym}）
合同编号　　供应商　　统一社会信用代码　　合同金额　　签订日期
{~CON}　　{CO}　　{USCC}　　{~AMT:wan}　　{~DATE:iso}
{~CON}　　{CO}　　{USCC}　　{~AMT:wan}　　{~DATE:iso}
{~CON}　　{CO}　　{~USCCX}　　{~AMT:wan}　　{~DATE:iso}
备注：第3行供应商代码录入有误，待更正。经办：{P}""")
@SF
def t_ems_batch(d):
    d.add("EMS批量交寄清单（{COUNTY}不动产登记中心，{~DATE:cn}）\n邮件号\t收件人\t收件地址\t邮编\t电话\n")
    for _ in range(d.r.randint(3, 5)):
        d.add("{~EXP}\t{P}\t{ADDR}\t{~POST}\t{~MASK:mob}\n")
    d.add("交寄人：{P}　揽收员：{P}")


S("""软件资产清单（{~DATE:cn}盘点）
系统名称　　　　　部署地址　　　　版本　　　　　　授权编号
人口综合库　　　　{IP:int}　　{~VER:v4}　　{~LIC:hy}
电子证照系统　　　{IP:int}　　{~VER:v3}　　{~LIC:hy}
12345工单系统　　 {IP:int}　　{~VER:build}　　{~LIC:hy}
资产管理员：{P}（{MOB}）""")
S("""统计快报（{~DATE:ym}）
全市新设市场主体{~CNT:jian}，其中企业{n:1000-4000}户、个体工商户{n:2000-9000}户；
注销市场主体{n:500-3000}户；
市场主体总量同比增长{n:3-12}.{n:0-9}%。
发布单位：湖州市市场监督管理局　文号：{~DOC}　联系电话：{TEL:hzd}　邮编：{~POST}""")


if __name__ == "__main__":
    main()
