"""Held-out evaluation family 20 for the Chinese PII detector (written blind).

Generates ``tests/classify/data/heldout20_generated.jsonl``: 2,000 synthetic documents of the
kinds a Zhejiang municipal government (Huzhou and elsewhere) produces and exchanges, each with
labelled entities and hard negatives.  Document ``i`` uses template ``i % len(TEMPLATES)``; about
one template in ten is written in Traditional script and draws on Traditional value pools.

Template markup
---------------
``{TYPE}``            a fresh value of a slot generator (see ``GEN``)
``{TYPE:variant}``    the same with a fixed surface variant
``{TYPE@n}``          bound to document-local key n: persons (NAME, ID, DOB, MOB, ...) share one
                      person record per n, other slots repeat the same surface per (TYPE, variant, n).
                      A key may start with m/f (sex); by the first digit, persons 7-9 are minors, 0 a newborn,
                      5-6 aged 22-39, 4 aged 75-96 (41, 42 ... are distinct elderly persons).
``<<a|b|c>>``         one alternative chosen at random (may contain slots, not nested ``<<``)

Run: ``PYTHONPATH=$PWD python -m bench.classify_heldout20``.
All values are synthetic; check digits come from ``bench.classify_values``.
"""
from __future__ import annotations

import datetime as _dt
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from bench.classify_values import USCC_AL, W_ORG, W_USCC, fullwidth, id_check, luhn_digit

SEED = 20302026
N_DOCS = 2000
SOURCE = "heldout20_generated"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "classify" / "data" / "heldout20_generated.jsonl"
ENTITIES_YAML = Path("/work/shared/design/entities.yaml")

E = "E"  # entity tag
N = "N"  # hard-negative tag


# --------------------------------------------------------------------------------------------
# value pools
# --------------------------------------------------------------------------------------------
SURNAMES_S = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏付方邹孟熊秦邱江尹薛段雷侯史陶顾毛郝龚邵钱严戴莫孔汤闵施钮费凌屠俞臧褚章楼倪") + ["欧阳", "司徒", "上官"]
SURNAMES_T = list("王李張劉陳楊黃趙吳周徐孫馬朱胡郭何高林羅鄭梁謝宋唐許韓馮鄧曹彭曾田董袁潘蔣蔡余杜葉程蘇魏呂丁沈姚盧姜崔鍾譚陸汪范金石廖賈夏方鄒孟熊秦邱江尹薛段雷侯史陶顧毛郝龔邵錢嚴戴莫孔湯閔施鈕費凌屠俞臧褚章樓倪") + ["歐陽", "司徒"]
GIVEN_M_S = ["伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "辉", "鹏", "华", "飞", "鑫", "波", "宇", "浩", "凯", "健", "俊", "旭", "宁", "林", "洋", "晨", "亮", "峰",
             "建国", "建华", "国强", "志明", "晓东", "海涛", "文斌", "振华", "永康", "家豪", "子轩", "浩然", "宇航", "俊杰", "博文", "天佑", "梓睿", "一鸣", "根宝", "金林", "永明",
             "伟民", "建新", "雪峰", "立新", "德兴", "国平", "晓峰", "宏伟", "炳荣", "福生", "阿根", "雨泽", "嘉诚", "明轩", "承志", "学军", "卫东", "春生", "荣华", "小龙"]
GIVEN_F_S = ["芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "婷", "雪", "琳", "颖", "倩", "洁", "慧", "莉", "萍", "晶", "丹", "蕾", "璐",
             "秀英", "桂英", "玉兰", "佳怡", "欣怡", "梓涵", "诗涵", "雨桐", "可馨", "思琪", "晓燕", "美玲", "丽华", "雅琴", "淑芬", "春梅", "海燕", "月娥", "金凤", "彩萍",
             "素琴", "建英", "晓红", "丽娟", "雪芬", "亚萍", "梦瑶", "语嫣", "芷若", "婉婷", "若曦", "一诺", "紫涵", "菊芬", "爱珍", "林娣"]
GIVEN_M_T = ["偉", "強", "磊", "軍", "勇", "傑", "濤", "斌", "超", "明", "剛", "輝", "鵬", "華", "飛", "鑫", "波", "宇", "浩", "凱", "健", "俊", "旭", "寧", "林", "洋", "晨", "亮", "峰",
             "建國", "建華", "國強", "志明", "曉東", "海濤", "文斌", "振華", "永康", "家豪", "子軒", "浩然", "宇航", "俊傑", "博文", "天佑", "一鳴", "根寶", "金林", "永明", "偉民", "立新"]
GIVEN_F_T = ["芳", "娜", "敏", "靜", "麗", "艷", "娟", "霞", "燕", "婷", "雪", "琳", "穎", "倩", "潔", "慧", "莉", "萍", "晶", "丹", "蕾", "璐",
             "秀英", "桂英", "玉蘭", "佳怡", "欣怡", "梓涵", "詩涵", "雨桐", "可馨", "思琪", "曉燕", "美玲", "麗華", "雅琴", "淑芬", "春梅", "海燕", "月娥", "金鳳", "素琴", "曉紅"]

# county -> (towns, roads, communities, villages)
HZ_S = {
    "吴兴区": (["爱山街道", "月河街道", "朝阳街道", "飞英街道", "龙泉街道", "凤凰街道", "康山街道", "仁皇山街道", "滨湖街道", "织里镇", "八里店镇", "埭溪镇", "东林镇", "妙西镇"],
            ["红旗路", "人民路", "凤凰路", "青铜路", "劳动路", "苕溪西路", "环城东路", "龙溪北路", "西山路", "二环北路", "仁皇山路", "金盖山路", "吉山南路", "湖东路", "大河路", "珍贝路", "利济路"],
            ["白云新村", "凤凰一村", "青塘小区", "碧浪湖小区", "红丰新村", "月河小区", "龙溪苑", "滨湖嘉苑", "新城家园", "景湖苑", "吉山新村", "东白鱼潭小区", "清丽家园", "潘公桥小区"],
            ["义皋村", "戴山村", "潞村村", "尹家圩村", "西山漾村", "杨溇村", "晟舍村"]),
    "南浔区": (["南浔镇", "练市镇", "双林镇", "菱湖镇", "和孚镇", "善琏镇", "旧馆街道", "千金镇", "石淙镇"],
            ["人瑞路", "适园路", "向阳路", "南浔大道", "嘉业路", "泰安路", "宝善街", "丝业路", "练溪大道"],
            ["嘉业花园", "适园新村", "荻港花苑", "双林新村", "菱湖新村", "浔东小区"],
            ["荻港村", "荃步村", "马家港村", "新星村", "长超村", "息塘村"]),
    "德清县": (["武康街道", "舞阳街道", "阜溪街道", "乾元镇", "新市镇", "雷甸镇", "钟管镇", "禹越镇", "新安镇", "洛舍镇", "莫干山镇"],
            ["永安街", "英溪北路", "志远路", "千秋街", "塔山街", "长虹街", "武源街", "兴康路", "北湖街"],
            ["余英坊", "金色家园", "英溪花园", "千秋新村", "长虹小区", "塔山小区"],
            ["五四村", "劳岭村", "仙潭村", "高桥村", "东衡村"]),
    "长兴县": (["雉城街道", "太湖街道", "龙山街道", "画溪街道", "洪桥镇", "李家巷镇", "夹浦镇", "泗安镇", "和平镇", "煤山镇", "虹星桥镇", "水口乡"],
            ["明珠路", "长兴大道", "金陵路", "人民中路", "画溪大道", "龙山路", "解放东路", "太湖大道", "县前街"],
            ["明珠花园", "金陵新村", "龙山新村", "长中小区", "画溪花园", "太湖苑"],
            ["顾渚村", "新川村", "管埭村", "仙山村", "父子岭村"]),
    "安吉县": (["递铺街道", "昌硕街道", "灵峰街道", "孝丰镇", "梅溪镇", "天子湖镇", "天荒坪镇", "杭垓镇", "报福镇", "鄣吴镇", "溪龙乡", "山川乡", "上墅乡"],
            ["昌硕路", "胜利西路", "天目路", "浦源大道", "递铺路", "灵峰大道", "玉磬路", "塘浦路"],
            ["玉磬苑", "凤凰山庄", "安吉花园", "灵峰苑", "递铺新村"],
            ["余村", "鲁家村", "横溪坞村", "大溪村", "黄杜村", "高禹村"]),
}
OTHER_S = {
    ("浙江省", "杭州市", "西湖区"): (["西溪街道", "翠苑街道", "蒋村街道"], ["文三路", "教工路", "古墩路", "天目山路"], ["翠苑一区", "嘉绿苑", "文鼎苑"], []),
    ("浙江省", "杭州市", "拱墅区"): (["米市巷街道", "湖墅街道"], ["莫干山路", "湖墅南路", "大关路"], ["大关西苑", "德胜新村"], []),
    ("浙江省", "杭州市", "余杭区"): (["五常街道", "仓前街道"], ["文一西路", "五常大道", "良睦路"], ["西溪北苑", "仓前花园"], []),
    ("浙江省", "嘉兴市", "南湖区"): (["建设街道", "新兴街道"], ["中山东路", "禾兴南路"], ["紫阳小区", "南湖花园"], []),
    ("浙江省", "绍兴市", "越城区"): (["府山街道", "北海街道"], ["解放北路", "胜利东路"], ["府山新村", "北海小区"], []),
    ("浙江省", "宁波市", "海曙区"): (["鼓楼街道", "南门街道"], ["中山西路", "解放南路"], ["孝闻小区", "新芝小区"], []),
    ("浙江省", "温州市", "鹿城区"): (["五马街道", "南汇街道"], ["人民中路", "学院路"], ["锦绣小区", "黎明新村"], []),
    ("安徽省", "宣城市", "广德市"): (["新杭镇", "桃州镇"], ["横山路"], [], ["东山村", "独山村"]),
    ("江苏省", "无锡市", "宜兴市"): (["丁蜀镇", "张渚镇"], ["陶都路"], [], ["西望村", "省庄村"]),
    ("河南省", "商丘市", "睢阳区"): (["郭村镇"], ["神火大道"], [], ["郭村村", "王庄村"]),
    ("贵州省", "毕节市", "七星关区"): (["田坝镇"], ["洪山路"], [], ["大河村", "田坝村"]),
}
HZ_T = {
    "吳興區": (["愛山街道", "月河街道", "朝陽街道", "飛英街道", "龍泉街道", "鳳凰街道", "康山街道", "仁皇山街道", "濱湖街道", "織里鎮", "八里店鎮", "埭溪鎮", "東林鎮"],
            ["紅旗路", "人民路", "鳳凰路", "青銅路", "勞動路", "苕溪西路", "環城東路", "龍溪北路", "西山路", "二環北路", "仁皇山路", "吉山南路", "珍貝路"],
            ["白雲新村", "鳳凰一村", "青塘小區", "碧浪湖小區", "紅豐新村", "月河小區", "龍溪苑", "濱湖嘉苑", "新城家園", "景湖苑"],
            ["義皋村", "戴山村", "潞村村", "楊漊村"]),
    "南潯區": (["南潯鎮", "練市鎮", "雙林鎮", "菱湖鎮", "和孚鎮", "善璉鎮", "舊館街道"],
            ["人瑞路", "適園路", "向陽路", "南潯大道", "嘉業路", "寶善街", "絲業路"],
            ["嘉業花園", "適園新村", "荻港花苑", "雙林新村"],
            ["荻港村", "荃步村", "馬家港村", "新星村"]),
    "德清縣": (["武康街道", "舞陽街道", "阜溪街道", "乾元鎮", "新市鎮", "雷甸鎮", "莫干山鎮"],
            ["永安街", "英溪北路", "志遠路", "千秋街", "塔山街", "長虹街"],
            ["餘英坊", "金色家園", "英溪花園", "千秋新村"],
            ["五四村", "勞嶺村", "仙潭村"]),
    "長興縣": (["雉城街道", "太湖街道", "龍山街道", "畫溪街道", "洪橋鎮", "李家巷鎮", "泗安鎮", "煤山鎮", "水口鄉"],
            ["明珠路", "長興大道", "金陵路", "人民中路", "畫溪大道", "龍山路", "解放東路"],
            ["明珠花園", "金陵新村", "龍山新村", "畫溪花園"],
            ["顧渚村", "新川村", "管埭村", "仙山村"]),
    "安吉縣": (["遞鋪街道", "昌碩街道", "靈峰街道", "孝豐鎮", "梅溪鎮", "天子湖鎮", "天荒坪鎮", "溪龍鄉"],
            ["昌碩路", "勝利西路", "天目路", "浦源大道", "遞鋪路", "靈峰大道", "玉磬路"],
            ["玉磬苑", "鳳凰山莊", "安吉花園", "靈峰苑"],
            ["餘村", "魯家村", "橫溪塢村", "大溪村", "黃杜村"]),
}
OTHER_T = {
    ("浙江省", "杭州市", "西湖區"): (["西溪街道", "翠苑街道"], ["文三路", "教工路", "古墩路"], ["翠苑一區", "嘉綠苑"], []),
    ("浙江省", "嘉興市", "南湖區"): (["建設街道"], ["中山東路", "禾興南路"], ["紫陽小區"], []),
    ("浙江省", "紹興市", "越城區"): (["府山街道"], ["解放北路"], ["府山新村"], []),
}

# GB/T 2260 codes used for resident IDs (Huzhou first)
REGION_HZ = ["330502", "330502", "330503", "330521", "330522", "330523", "330501", "330502", "330522"]
REGION_OTHER = ["330102", "330106", "330105", "330110", "330402", "330602", "330203", "330302", "330782",
                "341882", "320282", "411402", "520502", "511302", "362322", "342622", "610113", "350102"]

CN_NUM = "一二三四五六七八九十"

HOSP_S = ["湖州市中心医院", "湖州市第一人民医院", "湖州市第三人民医院", "湖州市妇幼保健院", "湖州市中医院", "德清县人民医院",
          "长兴县人民医院", "安吉县人民医院", "南浔区人民医院", "吴兴区人民医院", "浙大一院湖州分院"]
HOSP_T = ["湖州市中心醫院", "湖州市第一人民醫院", "湖州市第三人民醫院", "湖州市婦幼保健院", "德清縣人民醫院", "長興縣人民醫院", "安吉縣人民醫院"]

HEALTH_S = ["高血压病3级", "高血压病2级", "2型糖尿病", "1型糖尿病", "冠状动脉粥样硬化性心脏病", "慢性阻塞性肺疾病", "尿毒症（维持性血透）",
            "精神分裂症", "双相情感障碍", "阿尔茨海默病", "帕金森病", "肝硬化（失代偿期）", "慢性乙型病毒性肝炎", "抑郁症", "类风湿关节炎",
            "癫痫", "先天性心脏病", "孤独症谱系障碍", "慢性肾脏病4期", "脑梗死", "肺结核（涂阳）", "重度骨质疏松", "支气管哮喘",
            "系统性红斑狼疮", "肢体残疾三级", "视力残疾二级", "甲状腺功能亢进症", "心房颤动", "重症肌无力"]
CANCER_S = ["肺癌", "乳腺癌", "胃癌", "结肠癌", "肝癌", "甲状腺癌", "宫颈癌", "食管癌"]
HEALTH_T = ["高血壓病3級", "2型糖尿病", "冠狀動脈粥樣硬化性心臟病", "慢性阻塞性肺疾病", "尿毒症（維持性血透）", "精神分裂症", "阿爾茨海默病",
            "帕金森病", "肝硬化（失代償期）", "抑鬱症", "類風濕關節炎", "癲癇", "慢性腎臟病4期", "腦梗死", "肢體殘疾三級"]
CANCER_T = ["肺癌", "乳腺癌", "胃癌", "結腸癌", "肝癌", "甲狀腺癌"]

STOPS_S = ["湖州站", "湖州汽车客运中心", "爱山广场", "吾悦广场", "浙北大厦", "衣裳街", "月河街", "湖州市中心医院", "南浔古镇", "织里中国童装城",
           "太湖旅游度假区", "安吉客运中心", "长兴汽车站", "德清站", "湖州万达广场", "龙之梦乐园", "杭州东站", "上海虹桥站", "莫干山风景区",
           "安吉余村", "长兴太湖图影", "湖州银泰城", "仁皇山公园", "练市农贸市场", "双林镇政府广场", "八里店菜场", "滨湖嘉苑"]
STOPS_T = ["湖州站", "湖州汽車客運中心", "愛山廣場", "吾悅廣場", "浙北大廈", "衣裳街", "月河街", "湖州市中心醫院", "南潯古鎮", "織里中國童裝城",
           "太湖旅遊度假區", "安吉客運中心", "長興汽車站", "杭州東站", "上海虹橋站", "莫干山風景區"]

COMP_TRADE_S = ["振兴", "华达", "恒泰", "新元", "鼎盛", "瑞丰", "金鹰", "永信", "天成", "裕隆", "宏达", "安泰", "博远", "绿源", "德润", "佳禾", "锦程", "东方", "星河", "嘉盛"]
COMP_IND_S = ["纺织有限公司", "童装有限公司", "竹木制品有限公司", "物业服务有限公司", "建设工程有限公司", "木业有限公司", "地理信息科技有限公司",
              "蓄电池有限公司", "餐饮管理有限公司", "网络科技有限公司", "家政服务有限公司", "物流有限公司", "房地产开发有限公司", "电子商务有限公司",
              "生态农业专业合作社", "劳务派遣有限公司", "汽车服务有限公司", "医疗器械有限公司", "数据科技有限公司", "超市"]
COMP_PLACE_S = ["湖州", "浙江", "湖州吴兴", "南浔", "德清", "长兴", "安吉", "织里"]
COMP_TRADE_T = ["振興", "華達", "恆泰", "新元", "鼎盛", "瑞豐", "金鷹", "永信", "天成", "裕隆", "宏達", "安泰"]
COMP_IND_T = ["紡織有限公司", "童裝有限公司", "竹木製品有限公司", "物業服務有限公司", "建設工程有限公司", "地理信息科技有限公司", "網絡科技有限公司",
              "電子商務有限公司", "投資有限公司", "生物科技有限公司"]
COMP_PLACE_T = ["湖州", "浙江", "德清", "長興", "安吉", "南潯"]

PINYIN = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "lin", "shen",
          "qian", "shi", "yao", "lu", "jiang", "fei", "ling", "yu", "zang", "chu", "lou", "ni", "wei", "jun", "hua", "ming", "fang", "jing",
          "xiao", "dong", "hai", "tao", "bin", "yan", "ting", "qing", "hong", "lei", "feng", "yun", "xin", "jie", "hao", "yi", "min", "li"]
MAIL_DOMAINS = ["163.com", "163.com", "126.com", "qq.com", "qq.com", "foxmail.com", "sina.com", "outlook.com", "gmail.com", "139.com",
                "yeah.net", "aliyun.com", "hotmail.com", "sohu.com", "163.com", "qq.com", "zjhu.edu.cn"]
GOV_DOMAINS = ["huzhou.gov.cn", "zjhz.gov.cn", "huzhou.gov.cn", "wuxing.gov.cn", "deqing.gov.cn", "zjcx.gov.cn", "anji.gov.cn", "nanxun.gov.cn"]

MOB_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "153", "155", "156", "157",
              "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191",
              "193", "195", "198", "199"]
AREA = [("0572", 7, "2356"), ("0572", 7, "2356"), ("0572", 7, "2356"), ("0572", 7, "2356"), ("0571", 8, "852"), ("0571", 8, "852"),
        ("0573", 8, "8"), ("0574", 8, "8"), ("0575", 8, "8"), ("0579", 8, "8"), ("010", 8, "6"), ("021", 8, "56")]
BINS = ["622202", "621226", "622848", "621700", "622700", "621661", "622588", "621485", "623058", "622908", "621799", "625965",
        "622262", "621058", "623091", "621467", "622630", "436742", "518710", "403361", "622521"]
PLATE_PROV = ["浙E"] * 10 + ["浙A"] * 3 + ["浙F", "浙B", "浙D", "浙C", "浙G", "苏E", "沪A", "皖P", "苏B", "皖A"]
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
USCC_LETTERS = [c for c in USCC_AL if c.isalpha()]

DOC_PREFIX_S = ["湖政发", "湖政办发", "湖政办函", "吴政办发", "浔政发", "德政办发", "长政办发", "安政办发", "湖大数据", "湖卫健发", "湖人社发",
                "湖民发", "湖建发", "湖交发", "湖市监", "湖财社", "湖医保发", "湖司发", "浙政发", "浙政办发", "浙大数据办", "湖公通"]
DOC_PREFIX_T = ["湖政發", "湖政辦發", "吳政辦發", "德政辦發", "長政辦發", "湖大數據", "浙政發", "浙政辦發"]
COURTS = ["浙05", "浙0502", "浙0503", "浙0521", "浙0522", "浙0523", "浙0502", "浙0102"]
CASE_KIND = ["民初", "民终", "民特", "执", "执保", "刑初", "刑终", "行初", "民再", "财保"]
CASE_KIND_T = ["民初", "民終", "民特", "執", "執保", "刑初", "刑終", "行初", "民再", "財保"]
POSTCODES = ["313000", "313000", "313009", "313100", "313200", "313300", "313009", "313011", "313012", "313103", "313216", "313302", "310012", "314001"]
SERVICE = ["12345", "12345", "12315", "12366", "12333", "12328", "12320", "96345", "110", "120", "119", "122", "95588", "95533", "95566",
           "400-826-8800", "400-810-5688", "800-820-5100", "0572-12345", "0572-96345", "10086", "10010", "12306", "12348"]


# --------------------------------------------------------------------------------------------
# check-digit helpers (own checks for validation; value construction uses classify_values)
# --------------------------------------------------------------------------------------------
_FW = {chr(0xFF10 + i): str(i) for i in range(10)}
_FW.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
_FW.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})


def halfwidth(s: str) -> str:
    return "".join(_FW.get(c, c) for c in s)


def compact(s: str) -> str:
    return re.sub(r"[\s\-·.]", "", halfwidth(s))


def id_ok(v: str) -> bool:
    v = compact(v).upper()
    if re.fullmatch(r"\d{15}", v):
        return True
    return bool(re.fullmatch(r"\d{17}[\dX]", v)) and id_check(v[:17]) == v[17]


def luhn_ok(v: str) -> bool:
    d = compact(v)
    if not d.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def _org_val(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 55


def org_check(body8: str) -> str:
    c = 11 - sum(_org_val(ch) * w for ch, w in zip(body8, W_ORG)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(first17: str) -> str:
    return USCC_AL[(31 - sum(USCC_AL.index(ch) * w for ch, w in zip(first17, W_USCC)) % 31) % 31]


def uscc_ok(v: str) -> bool:
    v = compact(v).upper()
    if not re.fullmatch(f"[{USCC_AL}]{{18}}", v):
        return False
    return uscc_check(v[:17]) == v[17] and org_check(v[8:16]) == v[16]


# --------------------------------------------------------------------------------------------
# generation context
# --------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng: random.Random, trad: bool, year: int):
        self.rng = rng
        self.trad = trad
        self.year = year
        self.persons: dict = {}
        self.cache: dict = {}
        self.names: set = set()


def digits(ctx: Ctx, n: int) -> str:
    return "".join(ctx.rng.choice("0123456789") for _ in range(n))


def _name(ctx: Ctx, sex: str) -> str:
    r = ctx.rng
    for _ in range(50):
        sur = r.choice(SURNAMES_T if ctx.trad else SURNAMES_S)
        pool = (GIVEN_M_T if sex == "男" else GIVEN_F_T) if ctx.trad else (GIVEN_M_S if sex == "男" else GIVEN_F_S)
        given = r.choice(pool)
        if len(given) == 1 and r.random() < 0.35 and len(sur) == 1:
            given = given + r.choice([g for g in pool if len(g) == 1])
        name = sur + given
        if name not in ctx.names and len(set(name)) == len(name):
            ctx.names.add(name)
            return name
    return name


def new_person(ctx: Ctx, minor: bool = False, sex: str = None, infant: bool = False, young: bool = False, old: bool = False) -> dict:
    r = ctx.rng
    sex = sex or r.choice("男女")
    if infant:
        age = 0
    elif young:
        age = r.randint(22, 39)
    elif old:
        age = r.randint(75, 96)
    elif minor:
        age = r.randint(1, 16)
    else:
        age = r.choice([r.randint(19, 45)] * 9 + [r.randint(30, 65)] * 8 + [r.randint(55, 92)] * 3)
    y = ctx.year - age
    dob = _dt.date(y, 1, 1) + _dt.timedelta(days=r.randint(0, 364))
    if infant:
        dob = _dt.date(ctx.year, 1, 1) + _dt.timedelta(days=r.randint(0, 300))
    region = r.choice(REGION_HZ) if r.random() < 0.72 else r.choice(REGION_OTHER)
    seq = r.randint(0, 99)
    last = r.choice("13579" if sex == "男" else "02468")
    first17 = region + dob.strftime("%Y%m%d") + f"{seq:02d}" + last
    return {"sex": sex, "age": age, "dob": dob, "region": region, "first17": first17, "name": _name(ctx, sex)}


def person(ctx: Ctx, n):
    if n is None:
        return new_person(ctx)
    if n not in ctx.persons:
        # key: optional m/f (sex) + digit; 7-9 are minors, 0 is a newborn
        sex = {"m": "男", "f": "女"}.get(n[0])
        d = n.lstrip("mf")
        c = d[0]
        ctx.persons[n] = new_person(ctx, minor=c in "789", sex=sex, infant=c == "0", young=c in "56", old=c == "4")
    return ctx.persons[n]


# --------------------------------------------------------------------------------------------
# slot generators: (ctx, variant, key) -> [(text, tag)] ; tag None | (E, type) | (N, kind)
# --------------------------------------------------------------------------------------------
def ent(t, s):
    return [(s, (E, t))]


def neg(k, s):
    return [(s, (N, k))]


def txt(s):
    return [(s, None)]


def g_name(ctx, v, k):
    return ent("PERSON", person(ctx, k)["name"])


def g_anon(ctx, v, k):
    r = ctx.rng
    sur = r.choice(SURNAMES_T[:60] if ctx.trad else SURNAMES_S[:60])
    suffix = ["某", "某", "某某", "女士", "先生", "師傅", "阿姨", "老師"] if ctx.trad else ["某", "某", "某某", "女士", "先生", "师傅", "阿姨", "大爷", "老师", "某某"]
    return txt(sur + r.choice(suffix))


def g_sex(ctx, v, k):
    return txt(person(ctx, k)["sex"])


def g_age(ctx, v, k):
    return txt(str(person(ctx, k)["age"]))


def g_id(ctx, v, k):
    p = person(ctx, k)
    r = ctx.rng
    if v == "old":  # 15-digit legacy form: region + yymmdd + seq3, no check
        s = p["region"] + p["dob"].strftime("%y%m%d") + p["first17"][14:17]
        return ent("CN_RESIDENT_ID", s)
    full = p["first17"] + id_check(p["first17"])
    v = v or r.choice(["plain"] * 14 + ["sp", "fw", "low", "low"])
    if v == "sp":
        s = f"{full[:6]} {full[6:14]} {full[14:]}"
    elif v == "fw":
        s = fullwidth(full)
    elif v == "low":
        s = full.lower() if full.endswith("X") else full
    else:
        s = full
    return ent("CN_RESIDENT_ID", s)


def g_badid(ctx, v, k):
    p = new_person(ctx)
    good = id_check(p["first17"])
    # a wrong check character that also does not make the 18 digits Luhn-valid (not a card either)
    bad = ctx.rng.choice([c for c in "0123456789X" if c != good and not luhn_ok(p["first17"] + c)])
    return neg("id_lookalike", p["first17"] + bad)


def g_dob(ctx, v, k):
    d = person(ctx, k)["dob"]
    v = v or ctx.rng.choice(["cn", "cn", "iso", "dot", "slash", "cn0", "compact"])
    s = {"cn": f"{d.year}年{d.month}月{d.day}日", "cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日", "iso": d.isoformat(),
         "dot": f"{d.year}.{d.month:02d}.{d.day:02d}", "slash": f"{d.year}/{d.month}/{d.day}", "compact": d.strftime("%Y%m%d")}[v]
    return ent("DATE_OF_BIRTH", s)


def _mobile_digits(ctx):
    return ctx.rng.choice(MOB_PREFIX) + digits(ctx, 8)


def g_mob(ctx, v, k):
    if k is not None:
        p = person(ctx, k)
        if "mob" not in p:
            p["mob"] = _mobile_digits(ctx)
        m = p["mob"]
    else:
        m = _mobile_digits(ctx)
    v = v or ctx.rng.choice(["plain"] * 12 + ["sp", "sp", "dash", "p86", "p86", "p86n", "fw", "p86sp"])
    s = {"plain": m, "sp": f"{m[:3]} {m[3:7]} {m[7:]}", "dash": f"{m[:3]}-{m[3:7]}-{m[7:]}", "p86": "+86 " + m, "p86n": "+86" + m,
         "fw": fullwidth(m), "p86sp": f"+86 {m[:3]} {m[3:7]} {m[7:]}"}[v]
    return ent("CN_MOBILE", s)


def g_tel(ctx, v, k):
    r = ctx.rng
    area, n, first = r.choice(AREA) if v not in ("hz", "hzext") else AREA[0]
    num = r.choice(first) + digits(ctx, n - 1)
    sep = r.choice(["-", "-", "-", "-", " ", ""])
    s = area + sep + num
    ext = v in ("ext", "hzext") or (v is None and r.random() < 0.18)
    if ext:
        e = str(r.randint(10, 8999))
        s += r.choice([f"转{e}", f"-{e}", f" 转 {e}", f" ext. {e}", f"转{e}"])
    return ent("CN_LANDLINE", s)


def g_phone(ctx, v, k):
    return g_mob(ctx, None, k) if ctx.rng.random() < 0.68 else g_tel(ctx, None, None)


def _uscc(ctx, kind=None):
    r = ctx.rng
    head = kind or r.choice(["91"] * 14 + ["92", "92", "92", "93"])
    region = r.choice(["330502", "330503", "330521", "330522", "330523", "330500", "330501", "330106", "330110", "330402"])
    if r.random() < 0.65:
        body = "MA" + "".join(r.choice("0123456789" + "".join(USCC_LETTERS)) for _ in range(6))
    else:
        body = str(r.randint(1, 7)) + digits(ctx, 7)
    first17 = head + region + body + org_check(body)
    return first17, uscc_check(first17)


def g_uscc(ctx, v, k):
    kind = {"ind": "92", "ent": "91", "coop": "93"}.get(v)
    if v == "soc":
        kind = ctx.rng.choice(["51", "52", "53"])
    elif v == "gov":
        kind = ctx.rng.choice(["11", "12", "13"])
    f, c = _uscc(ctx, kind)
    s = f + c
    if v == "fw" or (v is None and ctx.rng.random() < 0.05):
        s = fullwidth(s)
    return ent("CN_USCC", s)


def g_baduscc(ctx, v, k):
    f, c = _uscc(ctx)
    bad = ctx.rng.choice([x for x in USCC_AL if x != c and not id_ok(f + x) and not luhn_ok(f + x)])
    return neg("uscc_lookalike", f + bad)


def _card(ctx):
    r = ctx.rng
    b = r.choice(BINS)
    length = 16 if b[0] in "45" else r.choice([19, 19, 19, 16, 19, 18])
    part = b + digits(ctx, length - 1 - len(b))
    return part, luhn_digit(part)


def _group(s, sep):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def g_card(ctx, v, k):
    p, c = _card(ctx)
    full = p + c
    v = v or ctx.rng.choice(["plain"] * 9 + ["sp"] * 5 + ["dash", "fw"])
    s = {"plain": full, "sp": _group(full, " "), "dash": _group(full, "-"), "fw": fullwidth(full)}[v]
    return ent("BANK_CARD", s)


def g_badcard(ctx, v, k):
    p, c = _card(ctx)
    bad = ctx.rng.choice([d for d in "0123456789" if d != c and not (len(p) == 17 and id_ok(p + d))])
    full = p + bad
    if v == "sp":
        full = _group(full, " ")
    return neg("card_lookalike", full)


def g_email(ctx, v, k):
    r = ctx.rng
    dom = r.choice(GOV_DOMAINS) if v == "gov" else r.choice(MAIL_DOMAINS + GOV_DOMAINS) if v == "any" else r.choice(MAIL_DOMAINS)
    pat = r.randint(0, 6)
    a, b, c = r.choice(PINYIN), r.choice(PINYIN), r.choice(PINYIN)
    if dom == "qq.com" and r.random() < 0.6:
        local = str(r.randint(10000, 3999999999))
    elif pat == 0:
        local = a + b + c + str(r.randint(60, 99) if r.random() < 0.5 else r.randint(1, 999))
    elif pat == 1:
        local = f"{a}.{b}{c}"
    elif pat == 2:
        local = f"{a}_{b}{r.randint(1970, 2010)}"
    elif pat == 3:
        local = a[0] + b[0] + c + str(r.randint(1, 99))
    elif pat == 4:
        local = (a + b).capitalize() + str(r.randint(100, 9999))
    elif pat == 5:
        local = f"{a}{b}.{r.choice(['hz', 'zj', 'work', 'office'])}"
    else:
        local = f"{a}-{b}{c}"
    return ent("EMAIL_ADDRESS", f"{local}@{dom}")


def g_ip(ctx, v, k):
    r = ctx.rng
    v = v or r.choice(["pub"] * 5 + ["int"] * 4 + ["v6"])
    if v == "v6":
        head = r.choice(["240e", "2409", "2408", "2001:da8", "240e:3b7"])
        groups = [format(r.randint(0, 0xffff), "x") for _ in range(r.randint(2, 4))]
        s = head + ":" + ":".join(groups) + ("::" + format(r.randint(1, 0xfff), "x") if r.random() < 0.6 else ":" + ":".join(
            format(r.randint(0, 0xffff), "x") for _ in range(7 - len(groups) - head.count(":"))))
    elif v == "int":
        s = r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                      f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    else:
        a = r.choice(["115.236", "60.190", "122.224", "183.129", "220.191", "36.24", "112.17", "125.120", "39.170", "101.68", "223.104",
                      "117.147", "218.75", "61.153", "183.134", "114.55"])
        s = f"{a}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return ent("IP_ADDRESS", s)


def g_pass(ctx, v, k):
    r = ctx.rng
    x = r.random()
    if x < 0.55:
        s = "E" + digits(ctx, 8)
    elif x < 0.88:
        s = "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXY") + digits(ctx, 7)
    else:
        s = "G" + digits(ctx, 8)
    return ent("CN_PASSPORT", s)


def g_hkm(ctx, v, k):
    r = ctx.rng
    s = "C" + (digits(ctx, 8) if r.random() < 0.6 else r.choice("ABCDEFGHJKLMNPQRSTUVWXY") + digits(ctx, 7))
    return ent("CN_HK_MACAO_PERMIT", s)


def _plate_body(ctx):
    r = ctx.rng
    if r.random() < 0.2:  # new energy
        return r.choice("DF") + (digits(ctx, 5) if r.random() < 0.7 else r.choice("ABCDEFGHJK") + digits(ctx, 4))
    chars = [r.choice("0123456789") for _ in range(5)]
    for i in r.sample(range(5), r.choice([0, 1, 1, 1, 2])):
        chars[i] = r.choice(PLATE_LET)
    return "".join(chars)


def g_plate(ctx, v, k):
    r = ctx.rng
    prov = r.choice(PLATE_PROV) if v != "hz" else "浙E"
    if ctx.trad:
        prov = prov.replace("苏", "蘇").replace("沪", "滬")
    body = _plate_body(ctx)
    sep = r.choice(["", "", "", "·", "·", " "])
    return ent("CN_LICENSE_PLATE", prov + sep + body)


def g_ssc(ctx, v, k):
    r = ctx.rng
    v = v or r.choice(["card", "card", "no"])
    if v == "card":
        s = r.choice("ABDHKMN") + digits(ctx, 8)
    else:
        s = "33" + r.choice(["05", "05", "01"]) + digits(ctx, 6)
    return ent("CN_SOCIAL_SECURITY", s)


def g_mrn(ctx, v, k):
    r = ctx.rng
    v = v or r.choice(["zy", "mz", "ba", "bl", "yb"])
    s = {"zy": lambda: "ZY" + str(ctx.year) + digits(ctx, 6), "mz": lambda: "00" + digits(ctx, 8), "ba": lambda: str(r.randint(100000, 1999999)),
         "bl": lambda: "BL" + digits(ctx, 9), "yb": lambda: "3305" + digits(ctx, 10)}[v]()
    return ent("CN_MEDICAL_RECORD", s)


def _addr_parts(ctx):
    r = ctx.rng
    hz, other = (HZ_T, OTHER_T) if ctx.trad else (HZ_S, OTHER_S)
    if r.random() < 0.84:
        county = r.choice(list(hz))
        city = "湖州市"
        prov = "浙江省"
        towns, roads, comms, vills = hz[county]
    else:
        (prov, city, county), (towns, roads, comms, vills) = r.choice(list(other.items()))
    return prov, city, county, towns, roads, comms, vills


def g_addr(ctx, v, k):
    if k is not None:
        p = person(ctx, k)
        key = ("addr", v)
        if key in p:
            return ent("CN_ADDRESS", p[key])
    r = ctx.rng
    prov, city, county, towns, roads, comms, vills = _addr_parts(ctx)
    town = r.choice(towns)
    lead = r.choice([prov + city + county, city + county, city + county, city + county, county])
    if county.endswith(("市",)) and lead == county:
        lead = prov + city + county
    unit_w = "單元" if ctx.trad else "单元"
    hao = "號" if ctx.trad else "号"
    zu = "組" if ctx.trad else "组"
    form = v if v in ("road", "comm", "vill", "room") else r.choice(["road", "road", "comm", "comm", "comm", "vill", "room", "road_nt"])
    if form == "vill" and not vills:
        form = "comm" if comms else "road"
    if form in ("comm", "room") and not comms:
        form = "road"
    if form == "road":
        s = lead + town + r.choice(roads) + f"{r.randint(1, 998)}{hao}"
    elif form == "road_nt":
        s = lead + r.choice(roads) + f"{r.randint(1, 998)}{hao}"
    elif form == "comm":
        s = lead + town + r.choice(comms) + f"{r.randint(1, 36)}幢{r.randint(1, 4)}{unit_w}{r.randint(1, 18)}{r.randint(1, 4):02d}室"
    elif form == "room":
        s = lead + town + r.choice(roads) + f"{r.randint(1, 600)}{hao}" + r.choice(comms) + f"{r.randint(1, 30)}幢{r.randint(1, 26)}{r.randint(1, 4):02d}室"
    else:
        grp = r.choice([f"{r.randint(1, 12)}{zu}", CN_NUM[r.randint(0, 9)] + zu])
        s = lead + town + r.choice(vills) + grp + (f"{r.randint(1, 99)}{hao}" if r.random() < 0.5 else "")
    if k is not None:
        person(ctx, k)[("addr", v)] = s
    return ent("CN_ADDRESS", s)


def g_addrdiv(ctx, v, k):
    r = ctx.rng
    prov, city, county, towns, roads, comms, vills = _addr_parts(ctx)
    s = r.choice([prov + city + county, city + county, city + county, county + r.choice(towns), city + county + r.choice(towns)])
    return ent("CN_ADDRESS", s)


INJURY_S = ["左手食指离断伤", "右股骨颈骨折", "腰椎压缩性骨折", "左胫腓骨骨折", "右手肌腱断裂", "颅脑外伤", "多发肋骨骨折", "左前臂烧伤（Ⅱ度）"]
INJURY_T = ["左手食指離斷傷", "右股骨頸骨折", "腰椎壓縮性骨折", "左脛腓骨骨折", "顱腦外傷"]
ADR_S = ["药物性皮疹", "药物性肝损伤", "过敏性休克", "荨麻疹"]
OCC_S = ["职业性尘肺病（壹期）", "职业性噪声聋（轻度）", "职业性慢性苯中毒", "职业性手臂振动病"]


def g_health(ctx, v, k):
    r = ctx.rng
    if v == "injury":
        return ent("HEALTH_INFO", r.choice(INJURY_T if ctx.trad else INJURY_S))
    if v == "adr":
        return ent("HEALTH_INFO", r.choice(ADR_S))
    if v == "occ":
        return ent("HEALTH_INFO", r.choice(OCC_S))
    if v == "post":
        return [(r.choice(CANCER_T if ctx.trad else CANCER_S), (E, "HEALTH_INFO")), ("術後" if ctx.trad else "术后", None)]
    if v == "cancer":
        return ent("HEALTH_INFO", r.choice(CANCER_T if ctx.trad else CANCER_S))
    return ent("HEALTH_INFO", r.choice(HEALTH_T if ctx.trad else HEALTH_S))


def _amount(ctx, lo, hi):
    r = ctx.rng
    x = r.randint(lo, hi)
    if x > 200000 and r.random() < 0.8:
        x = round(x, -4)
    elif x > 20000 and r.random() < 0.7:
        x = round(x, -2)
    style = r.choice(["comma_yuan", "yuan", "yen", "yen2", "wan", "fwyen"])
    if style == "comma_yuan":
        return f"{x:,}元"
    if style == "yuan":
        return f"{x}元"
    if style == "yen":
        return f"¥{x:,}"
    if style == "yen2":
        return f"¥{x:,}.{r.randint(0, 99):02d}"
    if style == "fwyen":
        return f"￥{x:,}.00"
    return f"{x / 10000:.1f}{'萬元' if ctx.trad else '万元'}" if x >= 10000 else f"{x}元"


def g_fin(ctx, v, k):
    lo, hi = {"small": (300, 9000), "big": (20000, 2600000)}.get(v, (800, 480000))
    return ent("FINANCIAL_INFO", _amount(ctx, lo, hi))


def g_trace(ctx, v, k):
    r = ctx.rng
    stops = r.sample(STOPS_T if ctx.trad else STOPS_S, r.randint(3, 5))
    if v == "time" or (v is None and r.random() < 0.35):
        h = r.randint(6, 14)
        parts = []
        for i, st in enumerate(stops):
            if i < len(stops) - 1:
                parts.append(f"{st}（{h:02d}:{r.randint(0, 59):02d}）")
                h += r.randint(1, 2)
            else:
                parts.append(st)
        return ent("LOCATION_TRACE", "→".join(parts))
    j = r.choice(["→", "→", " → ", "->", " -> ", "—"])
    return ent("LOCATION_TRACE", j.join(stops))


# ---- negatives -------------------------------------------------------------------------------
def g_docno(ctx, v, k):
    r = ctx.rng
    pre = r.choice(DOC_PREFIX_T if ctx.trad else DOC_PREFIX_S)
    y = r.randint(ctx.year - 3, ctx.year)
    lb, rb = r.choice([("〔", "〕"), ("〔", "〕"), ("〔", "〕"), ("[", "]"), ("（", "）")])
    return neg("doc_number", f"{pre}{lb}{y}{rb}{r.randint(1, 188)}{'號' if ctx.trad else '号'}")


def g_caseno(ctx, v, k):
    r = ctx.rng
    y = r.randint(ctx.year - 2, ctx.year)
    hao = "號" if ctx.trad else "号"
    if v == "admin" or (v == "any" and r.random() < 0.3):
        s = r.choice([f"湖市监处罚〔{y}〕{r.randint(1, 400)}{hao}", f"吴公（织）行罚决字〔{y}〕{r.randint(1, 9999):05d}{hao}",
                      f"湖劳人仲案字〔{y}〕第{r.randint(1, 600)}{hao}", f"德综执罚决字〔{y}〕第{r.randint(1, 999)}{hao}",
                      f"湖交执罚〔{y}〕{r.randint(1, 3000)}{hao}", f"湖卫医罚〔{y}〕{r.randint(1, 90)}{hao}"])
        return neg("case_number", s)
    lp, rp = r.choice([("(", ")"), ("（", "）")])
    return neg("case_number", f"{lp}{y}{rp}{r.choice(COURTS)}{r.choice(CASE_KIND_T if ctx.trad else CASE_KIND)}{r.randint(1, 9999)}{hao}")


def g_amt(ctx, v, k):
    if v == "fee":
        return neg("amount", ctx.rng.choice(["120元", "80元", "15元", "20元", "40元", "￥120.00", "¥60", "200元", "25元"]))
    lo, hi = {"small": (50, 5000), "big": (50000, 90000000)}.get(v, (200, 3000000))
    return neg("amount", _amount(ctx, lo, hi))


def g_date(ctx, v, k):
    """Dates within a document run forward from a first draw (events in order); ``past`` is years back,
    ``exp`` an expiry 10 or 20 years after the previous date."""
    r = ctx.rng
    last = getattr(ctx, "last_date", None)
    if v == "past":
        d = _dt.date(ctx.year - r.randint(3, 30), r.randint(1, 12), r.randint(1, 28))
        v = r.choice(["cn", "ym", "iso"])
    elif v == "exp" and last:
        d = last.replace(year=last.year + r.choice([10, 20]), day=min(last.day, 28))
        v = "dot"
    else:
        d = (last + _dt.timedelta(days=r.randint(0, 45))) if last else _dt.date(ctx.year, 1, 1) + _dt.timedelta(days=r.randint(0, 240))
        ctx.last_date = d
    v = v or r.choice(["cn", "cn", "cn", "iso", "iso", "dot", "slash"])
    s = {"cn": f"{d.year}年{d.month}月{d.day}日", "iso": d.isoformat(), "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
         "slash": f"{d.year}/{d.month:02d}/{d.day:02d}", "ym": f"{d.year}年{d.month}月"}[v]
    return neg("date", s)


def g_post(ctx, v, k):
    return neg("postcode", ctx.rng.choice(POSTCODES))


def _digits_not_card_or_id(ctx, first, n):
    for _ in range(100):
        s = first + digits(ctx, n - len(first))
        if (len(s) in range(13, 20) and luhn_ok(s)) or (len(s) == 18 and id_ok(s)) or (len(s) == 15):
            continue
        return s
    raise RuntimeError("could not draw a non-identifier number")


def g_order(ctx, v, k):
    r = ctx.rng
    y = str(ctx.year)
    form = v or r.choice(["num18", "num19", "num16", "alnum", "dd"])
    if form == "num18":
        s = _digits_not_card_or_id(ctx, y + f"{r.randint(1, 12):02d}", 18)
    elif form == "num19":
        s = _digits_not_card_or_id(ctx, y[2:] + f"{r.randint(1, 12):02d}", 19)
    elif form == "num16":
        s = _digits_not_card_or_id(ctx, y + f"{r.randint(1, 12):02d}", 16)
    elif form == "alnum":
        s = r.choice(["DD", "PO", "HZ", "ZF", "WX"]) + y + digits(ctx, 10)
    else:
        s = f"{r.choice(['T', 'E', 'JD'])}{digits(ctx, 12)}"
    return neg("order_number", s)


def g_invoice(ctx, v, k):
    r = ctx.rng
    form = v or r.choice(["n8", "code12", "qd20"])
    if form == "n8":
        s = digits(ctx, 8)
    elif form == "code12":
        s = "0330" + str(ctx.year)[2:] + digits(ctx, 6)
    else:
        s = str(ctx.year)[2:] + "33" + digits(ctx, 16)
    return neg("invoice_number", s)


def g_wo(ctx, v, k):
    r = ctx.rng
    y = str(ctx.year)
    d = f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    s = r.choice([f"HZ{y}{d}{digits(ctx, 5)}", f"GD-{y}{d}-{digits(ctx, 4)}", f"{y[2:]}{d}{digits(ctx, 6)}", f"W{y}{d}{digits(ctx, 4)}",
                  f"ZJ12345-{y}-{digits(ctx, 7)}", f"RX{y}{digits(ctx, 8)}"])
    return neg("work_order", s)


def g_ver(ctx, v, k):
    r = ctx.rng
    s = r.choice([f"V{r.randint(1, 6)}.{r.randint(0, 12)}.{r.randint(0, 30)}", f"v{r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)}-build{r.randint(100, 9999)}",
                  f"10.0.{r.randint(17763, 22631)}.{r.randint(100, 4000)}", f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(1, 300)}",
                  f"Chrome/{r.randint(100, 126)}.0.{r.randint(5000, 6500)}.{r.randint(10, 200)}", f"{r.randint(2, 8)}.{r.randint(0, 9)}.{r.randint(0, 9)}"])
    return neg("version", s)


CNT_UNIT = {"ppl": ("人", 8, 260), "times": ("次", 20, 98000), "rows": ("条", 200, 480000), "items": ("条", 3, 900), "acct": ("个", 3, 180),
            "pax": ("人次", 50, 60000), "bare": ("", 20, 9999)}


def g_cnt(ctx, v, k):
    r = ctx.rng
    if v in CNT_UNIT:
        unit, lo, hi = CNT_UNIT[v]
        if ctx.trad:
            unit = unit.replace("条", "條")
    else:
        lo, hi = 3, 98000
        unit = r.choice(["人次", "条", "户", "件", "人", "次", "项", "家"]) if not ctx.trad else r.choice(["人次", "條", "戶", "件", "人", "次", "項", "家"])
    x = r.randint(lo, hi)
    return neg("count", (f"{x:,}" if x >= 1000 and r.random() < 0.5 and v != "bare" else str(x)) + unit)


SVC_BY = {"gov": ["12345", "12345", "0572-12345", "12345"], "police": ["110", "96110", "110"], "fraud": ["96110"], "traffic": ["122", "12122"],
          "market": ["12315"], "tax": ["12366"], "hrss": ["12333"], "health": ["12320", "120"], "bank": ["95588", "95533", "95566", "95599", "96596"],
          "tel": ["10086", "10010", "10000"], "law": ["12348"], "transport": ["12328"], "rail": ["12306"], "water": ["96345", "0572-96345"],
          "corp": ["400-826-8800", "400-810-5688", "800-820-5100", "400-6789-110"], "fire": ["119"], "medins": ["12393"]}


def g_svc(ctx, v, k):
    return neg("service_number", ctx.rng.choice(SVC_BY.get(v) or SERVICE))


def g_track(ctx, v, k):
    r = ctx.rng
    s = r.choice(["SF" + digits(ctx, 13), "YT" + digits(ctx, 13), "JT" + digits(ctx, 13), "75" + digits(ctx, 12), "1180" + digits(ctx, 9),
                  "JD" + digits(ctx, 13), "9" + digits(ctx, 12)])
    return neg("tracking_number", s)


def g_regno(ctx, v, k):
    r = ctx.rng
    # 6-digit region + 0000 + 5 digits: the "month" part is 00, so it is never a plausible 15-digit ID
    return neg("reg_number", r.choice(["330500", "330502", "330521", "330522", "330523", "330503"]) + "0000" + digits(ctx, 5))


def g_contract(ctx, v, k):
    r = ctx.rng
    y = ctx.year
    s = r.choice([f"HZCG{y}-{digits(ctx, 4)}", f"ZJHZ-{y}-A{digits(ctx, 3)}", f"湖财采〔{y}〕{r.randint(1, 300)}号", f"HT-{y}{digits(ctx, 6)}",
                  f"WXCG-{y}-{digits(ctx, 5)}"])
    return neg("contract_number", s)


def g_cert(ctx, v, k):
    r = ctx.rng
    y = r.randint(ctx.year - 6, ctx.year)
    place = r.choice(["湖州市", "德清县", "长兴县", "安吉县", "湖州市南浔区"] if not ctx.trad else ["湖州市", "德清縣", "長興縣"])
    kind = r.choice(["不动产权", "不动产证明"] if not ctx.trad else ["不動產權", "不動產證明"])
    return neg("cert_number", f"浙({y}){place}{kind}第{digits(ctx, 7)}{'號' if ctx.trad else '号'}")


def g_prop(ctx, v, k):
    r = ctx.rng
    return neg("property_unit", r.choice(["330502", "330503", "330521", "330522", "330523"]) + digits(ctx, 6) + r.choice(["GB", "JC", "GA"])
               + digits(ctx, 5) + "F" + digits(ctx, 8))


def g_serial(ctx, v, k):
    r = ctx.rng
    form = v or r.choice(["acc18", "sn", "num12", "alnum"])
    if form == "acc18":
        s = _digits_not_card_or_id(ctx, r.choice(["330500", "330502", "330521"]) + str(ctx.year), 18)
    elif form == "sn":
        s = r.choice(["SN", "S/N "]) + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(12))
    elif form == "num12":
        s = "3305" + digits(ctx, 8)
    elif form == "jy":
        s = "JY" + r.choice("123") + "3305" + digits(ctx, 9)
    elif form == "dev":
        s = "3110" + "3305" + r.choice("0123") + digits(ctx, 11)
    else:
        s = r.choice(["SL", "BJ", "YS", "XK"]) + str(ctx.year) + digits(ctx, 7)
    return neg("serial_number", s)


# ---- unlabeled helpers --------------------------------------------------------------------
def g_comp(ctx, v, k):
    r = ctx.rng
    if k is not None and ("comp", k) in ctx.cache:
        return txt(ctx.cache[("comp", k)])
    if ctx.trad:
        s = r.choice(COMP_PLACE_T) + r.choice(COMP_TRADE_T) + r.choice(COMP_IND_T)
    else:
        s = r.choice(COMP_PLACE_S) + r.choice(COMP_TRADE_S) + r.choice(COMP_IND_S)
    if k is not None:
        ctx.cache[("comp", k)] = s
    return txt(s)


def g_hosp(ctx, v, k):
    return txt(ctx.rng.choice(HOSP_T if ctx.trad else HOSP_S))


def g_town(ctx, v, k):
    hz = HZ_T if ctx.trad else HZ_S
    return txt(ctx.rng.choice(hz[ctx.rng.choice(list(hz))][0]))


def g_county(ctx, v, k):
    return txt(ctx.rng.choice(list(HZ_T if ctx.trad else HZ_S)))


def g_time(ctx, v, k):
    r = ctx.rng
    if v == "s":
        return txt(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}")
    return txt(f"{r.randint(7, 21):02d}:{r.randint(0, 59):02d}")


def g_num(ctx, v, k):
    r = ctx.rng
    lo, hi = {"s": (1, 9), "m": (10, 99), "l": (100, 999)}.get(v, (2, 60))
    return txt(str(r.randint(lo, hi)))


def g_year(ctx, v, k):
    return txt(str(ctx.year))


def g_day(ctx, v, k):
    """A plain (unmarked) month-day used inside itinerary sentences and logs."""
    r = ctx.rng
    return txt(f"{r.randint(1, 12)}月{r.randint(1, 28)}日")


GEN = {
    "NAME": g_name, "ANON": g_anon, "SEX": g_sex, "AGE": g_age, "ID": g_id, "DOB": g_dob, "MOB": g_mob, "TEL": g_tel, "PHONE": g_phone,
    "USCC": g_uscc, "CARD": g_card, "EMAIL": g_email, "IP": g_ip, "PASS": g_pass, "HKM": g_hkm, "PLATE": g_plate, "SSC": g_ssc,
    "MRN": g_mrn, "ADDR": g_addr, "ADDRDIV": g_addrdiv, "HEALTH": g_health, "FIN": g_fin, "TRACE": g_trace,
    "BADID": g_badid, "BADUSCC": g_baduscc, "BADCARD": g_badcard, "DOCNO": g_docno, "CASENO": g_caseno, "AMT": g_amt, "DATE": g_date,
    "POST": g_post, "ORDER": g_order, "INVOICE": g_invoice, "WO": g_wo, "VER": g_ver, "CNT": g_cnt, "SVC": g_svc, "TRACK": g_track,
    "REGNO": g_regno, "CONTRACT": g_contract, "CERT": g_cert, "PROP": g_prop, "SERIAL": g_serial,
    "COMP": g_comp, "HOSP": g_hosp, "TOWN": g_town, "COUNTY": g_county, "TIME": g_time, "NUM": g_num, "YEAR": g_year, "DAY": g_day,
}
PERSON_SLOTS = {"NAME", "SEX", "AGE", "ID", "DOB", "MOB", "ADDR", "COMP"}

TOKEN = re.compile(r"\{([A-Z][A-Z0-9_]*)(?::([a-z0-9_]+))?(?:@([mf]?\d+))?\}|<<(.*?)>>", re.S)


def render_segments(tpl: str, ctx: Ctx, out: list):
    pos = 0
    for m in TOKEN.finditer(tpl):
        if m.start() > pos:
            out.append((tpl[pos:m.start()], None))
        if m.group(4) is not None:
            render_segments(ctx.rng.choice(m.group(4).split("|")), ctx, out)
        else:
            name, variant, key = m.group(1), m.group(2), m.group(3)
            if name not in GEN:
                raise KeyError(f"unknown slot {name!r}")
            if key is not None and name not in PERSON_SLOTS:
                ck = (name, variant, key)
                if ck not in ctx.cache:
                    ctx.cache[ck] = GEN[name](ctx, variant, key)
                segs = ctx.cache[ck]
            elif key is not None and name in ("ID", "MOB"):
                ck = (name, variant, key)
                if ck not in ctx.cache:
                    ctx.cache[ck] = GEN[name](ctx, variant, key)
                segs = ctx.cache[ck]
            else:
                segs = GEN[name](ctx, variant, key)
            out.extend(segs)
        pos = m.end()
    if pos < len(tpl):
        out.append((tpl[pos:], None))


def render(tpl: str, ctx: Ctx):
    segs: list = []
    render_segments(tpl, ctx, segs)
    text, ents, negs = [], [], []
    off = 0
    for s, tag in segs:
        if tag is not None:
            (ents if tag[0] == E else negs).append({("type" if tag[0] == E else "kind"): tag[1], "start": off, "end": off + len(s), "_v": s})
        text.append(s)
        off += len(s)
    return "".join(text), ents, negs


# --------------------------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------------------------
TEMPLATES_S: list = []
TEMPLATES_T: list = []


def S(t: str):
    TEMPLATES_S.append(t.strip("\n"))


def T(t: str):
    TEMPLATES_T.append(t.strip("\n"))



# ---- 公安: 接处警, 户政, 出入境, 交警, 治安 ---------------------------------------------------
S("""
湖州市公安局吴兴分局110接处警登记表
警情编号：{WO}　接警时间：{DATE} {TIME}
报警人：{NAME@1}　性别：{SEX@1}　联系电话：{MOB@1}
报警人身份证号：{ID@1}
现住址：{ADDR@1}
简要警情：报警人称其停放在楼道内的电动自行车被盗（蓝色，无牌），已调取小区监控。
处警民警：{NAME}　处警结果：已受理，移交<<爱山|月河|凤凰|织里|八里店>>派出所跟进，回访电话{TEL:hz}。
""")
S("""
户籍迁入登记申请表（投靠类）
申请人姓名：{NAME@1}　性别：{SEX@1}　出生日期：{DOB@1}
公民身份号码：{ID@1}
原户籍地：{ADDRDIV}
拟迁入地址：{ADDR@2}
被投靠人：{NAME@2}（关系：<<父子|母女|夫妻|父女|母子>>）　被投靠人身份证号：{ID@2}
联系电话：{MOB@1}
受理派出所：{TOWN}派出所　受理日期：{DATE}　受理编号：{SERIAL:alnum}
""")
S("""
浙江省居住证申领登记表
姓名 {NAME@1}　性别 {SEX@1}　民族 汉　出生日期 {DOB@1}
身份证号码 {ID@1}
户籍地址 {ADDR:vill}
居住地址 {ADDR@1}
就业单位 {COMP}　单位统一社会信用代码 {USCC}
手机 {MOB@1}
申领类型：<<首次申领|换领|补领>>　　登记日期：{DATE}
""")
S("""
因私出入境证件集中保管登记表（{COUNTY}机关事务）
序号｜姓名｜职务｜证件类型｜证件号码｜有效期至｜备注
1｜{NAME}｜科员｜普通护照｜{PASS}｜{DATE}｜入柜
2｜{NAME}｜副科长｜往来港澳通行证｜{HKM}｜{DATE}｜入柜
3｜{NAME}｜科长｜普通护照｜{PASS}｜{DATE}｜借出（审批单号{SERIAL:alnum}）
4｜{NAME}｜四级主任科员｜往来港澳通行证｜{HKM}｜{DATE}｜入柜
登记人：{NAME}　联系电话：{TEL:hz}
""")
S("""
湖州市公安局出入境管理局 受理回执
受理号：{SERIAL:acc18}
申请人：{NAME@1}　　证件号码：{ID@1}
申请事项：<<普通护照换发|普通护照补发|首次申领普通护照>>
原护照号码：{PASS}
取证方式：邮寄（收件地址：{ADDR@1}，邮编{POST}，收件电话{MOB@1}）
收费标准：{AMT:fee}　　受理日期：{DATE}
温馨提示：可拨打{SVC:gov}查询办理进度。
""")
S("""
往来港澳通行证签注申请
申请人 {NAME@1}，身份证 {ID@1}，持证号码 {HKM@1}。
签注种类：<<团队旅游（T）|个人旅游（G）|商务（S）|探亲（Q）>>，申请<<一年多次|三个月一次|一年一次>>。
家属同行：{NAME@2}（{HKM@2}）。
联系方式：{MOB@1}
自助签注机编号 {SERIAL:sn}，签注日期 {DATE}。
""")
S("""
【出入境办证短信】尊敬的{NAME@1}，您申请的往来港澳通行证（证件号{HKM@1}）已制证完成，请于{DATE}前携带身份证到<<吴兴区|南浔区|德清县|长兴县|安吉县>>出入境办证大厅领取。咨询电话{TEL:hz}。回复TD退订
""")
S("""
旅馆业治安管理信息系统 住宿登记
旅馆：湖州<<太湖|月河|南浔|莫干|浙北>>商务酒店　房号：{NUM:l}
入住：{DATE} {TIME}　离店：{DATE}
旅客1：{NAME}　证件：居民身份证　证件号：{ID}
旅客2：{NAME}　证件：普通护照　证件号：{PASS}
旅客3：{NAME}　证件：往来港澳通行证　证件号：{HKM}
登记终端IP：{IP:int}　系统版本 {VER}
""")
S("""
道路交通事故认定书（简易程序）
编号：{SERIAL:num12}
事故时间：{DATE} {TIME}　地点：{ADDR:road}<<附近|路段|门前>>
当事人甲：{NAME@1}，驾驶证号{ID@1}，联系电话{MOB@1}，驾驶{PLATE@1}小型轿车。
当事人乙：{NAME@2}，驾驶证号{ID@2}，联系电话{MOB@2}，驾驶{PLATE@2}小型汽车。
事故事实：甲车右转时未让直行非机动车，致两车受损、乙车驾驶人轻微受伤。
责任认定：甲负全部责任。承保公司报案号{ORDER:alnum}。
交警：{NAME}
""")
S("""
湖州市公安局交通警察支队 违法停车告知单
号牌号码：{PLATE}　车辆类型：小型汽车
违法时间：{DATE} {TIME}
违法地点：{ADDR:road}<<门前|东侧|西侧>>
违法行为：机动车违反规定停放，驾驶人不在现场。
请于15日内到处理窗口或通过“交管12123”APP处理。单号：{SERIAL:num12}
""")
S("""
机动车登记业务流水
流水号 {SERIAL:acc18}
业务类型：<<转移登记|注册登记|变更登记|抵押登记>>
号牌号码：{PLATE@1}　车辆识别代号：LSV{SERIAL:sn}
原所有人：{NAME@1}（{ID@1}）
现所有人：{NAME@2}（{ID@2}），联系电话{MOB@2}
现所有人住所：{ADDR@2}
成交价格：{FIN:big}　（二手车发票号码 {INVOICE:n8}）
经办人：{NAME}　日期：{DATE}
""")
S("""
反诈预警劝阻工作记录
预警时间：{DATE} {TIME}
预警对象：{NAME@1}，{SEX@1}，{AGE@1}岁，手机{MOB@1}，身份证{ID@1}
住址：{ADDR@1}
预警类型：<<刷单返利|冒充客服|虚假投资理财|冒充公检法|网络贷款>>
涉诈账户：{CARD}（已提请冻结）
对象本人银行卡：{CARD@1}，账户余额{FIN}
劝阻民警：{NAME}　劝阻结果：已见面劝阻，未转账。反诈专线{SVC:fraud}。
""")
S("""
协助查询财产通知书回执
{CASENO}
被查询人：{NAME@1}　身份证号：{ID@1}
查询结果：
1. 银行卡号 {CARD:sp}，开户行 <<湖州吴兴农商银行|南浔农商银行|工商银行湖州分行|建设银行湖州分行>>，余额 {FIN}；
2. 银行卡号 {CARD}，余额 {FIN:small}；
3. 经核，查询单中列明的卡号 {BADCARD} 不存在（卡号校验不通过）。
承办人：{NAME}　联系电话 {TEL}
""")
S("""
治安调解协议书
{CASENO:admin}
当事人一：{NAME@1}，{SEX@1}，身份证号码{ID@1}，住{ADDR@1}。
当事人二：{NAME@2}，{SEX@2}，身份证号码{ID@2}，住{ADDR@2}。
双方因<<停车位|邻里噪音|宠物犬|装修漏水|楼道堆物>>问题发生口角并互相推搡。经调解，双方自愿达成如下协议：
一、{NAME@2}向{NAME@1}赔礼道歉；
二、{NAME@2}一次性赔偿{NAME@1}医药费（凭票据）；
三、双方不再因此事纠缠。
调解民警：{NAME}　调解日期：{DATE}
""")
S("""
网吧上网实名登记抽查记录
场所名称：{COMP}　场所编码 {SERIAL:num12}
抽查时间：{DATE} {TIME}
机号｜上网人员｜证件号｜上机IP｜MAC
A03｜{NAME}｜{ID}｜{IP:int}｜3C-7C-3F-{NUM:m}-A1-0E
A11｜{NAME}｜{ID}｜{IP:int}｜3C-7C-3F-{NUM:m}-B7-42
B02｜{NAME}｜{ID}｜{IP:int}｜3C-7C-3F-{NUM:m}-C9-10
发现问题：B区存在一人多机情况，责令整改。检查民警 {NAME}。
""")
S("""
寄递物流实名制检查笔录
被检查单位：{COMP}（统一社会信用代码{USCC}）
检查发现：快件运单{TRACK}寄件人登记为{NAME@1}，手机{MOB@1}，但所留身份证号{BADID}校验位错误，实名信息不符。
另抽查运单{TRACK}、{TRACK}，实名信息完整。
处理意见：责令限期整改，复查时间{DATE}。
""")
S("""
流动人口登记（出租房屋）
房东：{NAME@1}，手机{MOB@1}
出租房屋地址：{ADDR@1}
租客信息：
- {NAME@2}，{ID@2}，{MOB@2}，务工单位：{COMP}
- {NAME@3}，{ID@3}，{MOB@3}，户籍地：{ADDRDIV}
登记网格员：{NAME}　登记日期：{DATE}
""")
S("""
失物招领登记
拾得时间：{DATE}　拾得地点：湖州站候车室
物品：黑色钱包一个，内有身份证一张（姓名{NAME@1}，号码{ID@1}）、银行卡两张（{CARD}、{CARD}）、现金若干。
失主联系：经户籍系统查询，预留电话{MOB@1}，已电话通知。
登记人：{NAME}，值班电话{TEL:hz}
""")
S("""
湖州市公安局 调取证据通知书回复函
{DOCNO}
贵局调取的用户注册信息如下：
账号：{EMAIL}
注册手机号：{MOB}
实名认证姓名：{NAME}，证件号：{ID}
最近登录IP：{IP}（{DATE} {TIME:s}）、{IP}（{DATE} {TIME:s}）
客户端版本：{VER}
本公司：{COMP}　联系人：{NAME}　{TEL}
""")
S("""
行踪轨迹调查情况说明
经查，犯罪嫌疑人{NAME@1}（身份证号{ID@1}）于{DAY}当日行动轨迹为：{TRACE}。
期间其驾驶{PLATE}轿车，使用手机号{MOB@1}与{NAME@2}（{MOB@2}）多次通话。
以上情况经调取卡口数据及话单核实。承办民警：{NAME}、{NAME}
""")
S("""
看守所在押人员家属会见登记
在押人员：{NAME@1}（编号{NUM:l}）
会见人：{NAME@2}，关系：<<配偶|父亲|母亲|儿子|女儿>>，身份证{ID@2}，电话{MOB@2}
会见日期：{DATE}　　会见时长：30分钟
随身物品寄存：手机一部，银行卡一张（{CARD}）
""")
S("""
Police Records System export — case {CASENO}
subject_name: {NAME@1}
subject_id: {ID:plain@1}
subject_phone: {MOB:p86@1}
vehicle_plate: {PLATE}
last_seen_ip: {IP}
app_version: {VER}
export_time: {DATE:iso}T{TIME:s}+08:00
""")
S("""
驾驶人信息变更申请
驾驶证档案编号：{SERIAL:num12}
姓名：{NAME@1}　公民身份号码：{ID@1}
原联系电话：{MOB}　　新联系电话：{MOB@1}
新联系地址：{ADDR@1}　邮政编码：{POST}
电子邮箱：{EMAIL}
申请日期：{DATE}
""")
S("""
关于{NAME@1}申请补办身份证的情况说明
{NAME@1}，{SEX@1}，出生日期{DOB@1}，户籍地{ADDRDIV}。其身份证（{ID@1}）于{DATE}遗失，现申请补领。
经人像比对本人无误。另该人员曾用15位证号{ID:old@1}，已在系统中关联。
联系电话：{MOB@1}
""")
S("""
非机动车登记信息
车主：{NAME@1}　电话：{MOB@1}
号牌：浙湖<<吴兴|南浔|德清|长兴|安吉>>{NUM:l}{NUM:l}　车架号：{SERIAL:sn}
登记地址：{ADDR@1}
备注：本登记仅用于电动自行车上牌，号牌不属于机动车号牌。
""")
S("""
群众来电（110转12345）：来电人{ANON}称，小区地下车库有一辆{PLATE}长期占用其车位，请求协调。
来电号码{PHONE}，小区地址{ADDR}。
处理：已联系物业{COMP}，物业电话{TEL}，工单号{WO}。
""")
S("""
入境人员健康登记（外事接待）
姓名：{NAME@1}　护照号：{PASS@1}
入境日期：{DATE}　　航班：MU{NUM:l}{NUM:s}
境内住址：{ADDR@1}
联系电话：{MOB:p86@1}　邮箱：{EMAIL}
既往病史：{HEALTH}
接待单位：市外办　联系人：{NAME}
""")

# ---- 法院, 检察, 司法行政 -------------------------------------------------------------------
S("""
民事起诉状
原告：{NAME@1}，{SEX@1}，{DOB:cn@1}出生，汉族，住{ADDR@1}，公民身份号码{ID@1}，联系电话{MOB@1}。
被告：{NAME@2}，{SEX@2}，住{ADDR@2}，公民身份号码{ID@2}。
诉讼请求：
一、判令被告归还借款{FIN}及利息；
二、本案诉讼费由被告承担。
事实与理由：被告于{DATE}向原告借款，原告通过银行卡{CARD}转账至被告账户{CARD}，约定三个月归还，至今未还。
此致
湖州市<<吴兴区|南浔区>>人民法院
""")
S("""
送达地址确认书
案号：{CASENO}
受送达人：{NAME@1}
送达地址：{ADDR@1}　邮编：{POST}
手机号码：{MOB@1}（同意短信送达）
电子邮箱：{EMAIL}（同意电子送达）
受送达人签名：{NAME@1}　　日期：{DATE}
""")
S("""
执行通知书（摘要）
{CASENO}
被执行人：{NAME@1}，公民身份号码：{ID@1}，住址：{ADDR@1}。
申请执行人：{COMP}，统一社会信用代码：{USCC}。
依照已发生法律效力的{CASENO}民事判决，责令被执行人履行给付义务。
经网络查控，被执行人名下{CARD}账户存款{FIN}，已冻结；名下车辆{PLATE}已查封。
执行法官：{NAME}　书记员：{NAME}　联系电话：{TEL:hz}
""")
S("""
庭审笔录（节选）
时间：{DATE} 9:30　地点：第<<三|五|七|一>>法庭
审判员：{NAME}　书记员：{NAME}
审：原告核对身份信息。
原：{NAME@1}，身份证号{ID@1}，现住{ADDR@1}。
审：被告核对身份信息。
被：{NAME@2}，身份证号{ID@2}，住{ADDR@2}，电话{MOB@2}。
审：原告陈述诉讼请求。
原：要求被告支付拖欠的工资{FIN}，被告经营的{COMP}（{USCC}）至今拒不支付。
""")
S("""
湖州市中级人民法院
民事判决书
{CASENO}
上诉人（原审被告）：{NAME@1}，{SEX@1}，{AGE@1}岁，住{ADDR@1}。
委托诉讼代理人：{NAME@3}，浙江<<太湖|苕溪|德清|安吉|南浔>>律师事务所律师。
被上诉人（原审原告）：{NAME@2}，{SEX@2}，住{ADDR@2}。
上诉人{NAME@1}因与被上诉人{NAME@2}民间借贷纠纷一案，不服<<吴兴区|南浔区|德清县|长兴县|安吉县>>人民法院{CASENO}民事判决，向本院提起上诉。
……
二审案件受理费由上诉人负担。本判决为终审判决。
""")
S("""
法律援助申请表
申请人：{NAME@1}　性别：{SEX@1}　出生日期：{DOB@1}
身份证号：{ID@1}　　联系电话：{PHONE@1}
户籍地：{ADDRDIV}
经常居住地：{ADDR@1}
申请事项：<<追索劳动报酬|工伤赔偿|交通事故人身损害赔偿|离婚纠纷|赡养费纠纷>>
家庭经济状况：家庭人口<<3|4|2|5>>人，家庭月收入{FIN:small}，申请人患{HEALTH}，无固定收入。
受理机构：<<吴兴区|南浔区|德清县|长兴县|安吉县>>法律援助中心　受理编号：{SERIAL:alnum}　热线{SVC:law}
""")
S("""
人民调解协议书
编号：（{YEAR}）<<爱山|织里|练市|武康|雉城|递铺>>调字第{NUM:l}号
当事人：{NAME@1}，身份证号{ID@1}，电话{MOB@1}
当事人：{NAME@2}，身份证号{ID@2}，电话{MOB@2}
纠纷简要情况：{NAME@1}承租{NAME@2}位于{ADDR@2}的房屋，退租时因押金返还发生纠纷。
协议内容：{NAME@2}于{DATE}前退还全部押金，双方就此了结。
调解员：{NAME}
""")
S("""
社区矫正对象基本信息表
姓名：{NAME@m1}　曾用名：无　性别：{SEX@m1}
出生日期：{DOB@m1}　身份证号：{ID@m1}
居住地：{ADDR@m1}
户籍地：{ADDR:vill}
罪名：<<危险驾驶罪|盗窃罪|帮助信息网络犯罪活动罪|交通肇事罪>>　判决书号：{CASENO}
矫正期限：{DATE}至{DATE}
本人手机（定位手机）：{MOB@m1}
家庭成员：{NAME@f2}（配偶），{MOB@f2}
""")
S("""
社区矫正对象外出审批表
申请人{NAME@1}（{ID@1}）因<<就医|处理家庭事务|参加子女婚礼|务工>>需外出，外出期间行程为：{TRACE}，预计{NUM:s}天。
外出期间联系电话：{MOB@1}，{PLATE}自驾。
司法所意见：同意，请按时报到。　审批人：{NAME}　日期：{DATE}
""")
S("""
检察院 刑事申诉来访登记
来访人：{NAME@1}　身份证号码：{ID@1}
联系电话：{MOB@1}　现住址：{ADDR@1}
申诉事项：不服{CASENO}刑事判决，请求复查。
附件：判决书复印件、银行流水（账户{CARD}）共{NUM:m}页。
接待人：{NAME}　接待日期：{DATE}
""")
S("""
律师会见预约
预约律师：{NAME@1}，执业证号{SERIAL:num12}，手机{MOB@1}，邮箱{EMAIL@1}
会见对象：{NAME@2}（案号{CASENO}）
预约时间：{DATE} 下午
律所：浙江<<湖州|苕溪|太湖|德清|安吉>>律师事务所，统一社会信用代码{USCC:soc}
""")
S("""
诉前调解短信通知：{NAME@1}您好，{COMP}诉您买卖合同纠纷一案已由湖州市吴兴区人民法院委派调解，调解号{CASENO}。调解员{NAME}，电话{TEL:hz}。如对调解有异议请于{DATE}前回复。
""")
S("""
失信被执行人名单（公布）
序号 | 姓名/名称 | 证件号码 | 案号 | 失信情形
1 | {NAME} | {ID} | {CASENO} | 有履行能力而拒不履行
2 | {COMP} | {USCC} | {CASENO} | 违反财产报告制度
3 | {NAME} | {ID} | {CASENO} | 违反限制消费令
发布单位：湖州市中级人民法院　发布日期：{DATE}
""")
S("""
司法鉴定委托书
委托方：{COUNTY}人民法院　案号：{CASENO}
被鉴定人：{NAME@1}，{SEX@1}，{AGE@1}岁，身份证号{ID@1}
鉴定事项：伤残等级及误工期评定
病史摘要：被鉴定人于{DATE}受伤，诊断为{HEALTH:injury}，在{HOSP}住院治疗（住院号{MRN:zy}）。
鉴定机构联系人：{NAME}　{TEL}
""")
S("""
公证申请表（委托公证）
申请人：{NAME@1}，身份证{ID@1}，护照号{PASS@1}，现居{ADDR@1}
受托人：{NAME@2}，身份证{ID@2}
委托事项：代为办理位于{ADDR@1}房产（不动产权证号{CERT}）的出售手续。
联系电话：{MOB:p86@1}　邮箱：{EMAIL@1}
受理号：{SERIAL:alnum}
""")
S("""
强制隔离戒毒人员家属通知
{NAME@2}（身份证{ID@2}）：
你的亲属{NAME@1}（{SEX@1}，身份证{ID@1}）经依法审查，于{DATE}被决定强制隔离戒毒二年，决定书文号{CASENO:admin}。
戒毒所地址：浙江省十里坪强制隔离戒毒所　联系电话{TEL}
""")
S("""
刑满释放人员衔接登记
姓名：{NAME@1}　性别：{SEX@1}　身份证：{ID@1}
释放日期：{DATE}　原判罪名：<<诈骗罪|盗窃罪|故意伤害罪>>
拟落户地址：{ADDR@1}
接回人：{NAME@2}（{MOB@2}）
健康状况：患{HEALTH}，需继续服药。
""")

# ---- 卫生健康, 医保 ---------------------------------------------------------------------------
S("""
{HOSP} 出院小结
姓名：{NAME@1}　性别：{SEX@1}　年龄：{AGE@1}岁　住院号：{MRN:zy}
入院日期：{DATE}　出院日期：{DATE}
入院诊断：{HEALTH}
出院诊断：1. {HEALTH}；2. {HEALTH}
诊疗经过：入院后予降压、控糖等对症治疗，病情好转。
出院医嘱：低盐低脂饮食，定期门诊随访。
家属联系电话：{MOB}
主治医师：{NAME}
""")
S("""
门诊病历
病历号：{MRN:bl}　就诊日期：{DATE}　科室：<<心内科|内分泌科|神经内科|呼吸内科|全科医学科>>
患者：{NAME@1}，{SEX@1}，{AGE@1}岁，医保卡号：{MRN:yb}
就诊类型：<<复诊|初诊>>
既往史：{HEALTH}病史多年，规律服药。
初步诊断：{HEALTH}
处理：完善相关检查，调整用药。医师：{NAME}
""")
S("""
传染病报告卡
卡片编号：{SERIAL:acc18}
患者姓名：{NAME@1}　家长姓名：{NAME@2}（14岁以下填写）
有效证件号：{ID@1}　性别：{SEX@1}　出生日期：{DOB@1}
工作单位：{COMP}　联系电话：{MOB@1}
现住址：{ADDR@1}
病例分类：确诊病例　疾病名称：{HEALTH}
发病日期：{DATE}　诊断日期：{DATE}
报告单位：{HOSP}　报告医生：{NAME}
""")
S("""
流行病学调查报告（摘要）
调查对象：{NAME@1}，{SEX@1}，{AGE@1}岁，身份证{ID@1}，手机{MOB@1}，住{ADDR@1}。
发病前14天活动轨迹：{TRACE}；{DAY}乘坐出租车（{PLATE}）返回住所。
密切接触者：{NAME@2}（{MOB@2}）、{NAME@3}（{MOB@3}）。
调查人：{NAME}、{NAME}　调查日期：{DATE}
""")
S("""
家庭医生签约服务协议（乙方信息）
签约居民：{NAME@1}　身份证号：{ID@1}
出生日期：{DOB@1}　联系电话：{PHONE@1}
居住地址：{ADDR@1}
签约服务包：<<基础包|老年人服务包|慢病服务包|个性化服务包>>
主要健康问题：{HEALTH}
签约团队：{TOWN}社区卫生服务中心 {NAME}团队　签约日期：{DATE}
""")
S("""
慢病随访记录
随访对象：{NAME@1}（{ID@1}）
随访方式：电话（{MOB@1}）　随访日期：{DATE}
疾病：{HEALTH}
本次随访：<<控制满意|控制不满意，已调整用药|控制满意，继续原方案>>
用药依从性：规律　下次随访：{DATE}
随访医生：{NAME}
""")
S("""
120急救调度记录
呼救时间：{DATE} {TIME:s}
呼救电话：{PHONE}
患者：{NAME@1}，{SEX@1}，约{AGE@1}岁
呼救地址：{ADDR@1}
呼救内容：家属称老人在家中倒地，既往有{HEALTH}病史。
派车：<<吴兴|南浔|德清|长兴|安吉>>急救站，车辆{PLATE:hz}，送往{HOSP}。
调度员：{NAME}
""")
S("""
严重精神障碍患者信息登记
姓名：{NAME@1}　性别：{SEX@1}　身份证号码：{ID@1}
户籍地：{ADDRDIV}　现住址：{ADDR@1}
诊断：{HEALTH}　确诊医院：湖州市第三人民医院　病案号：{MRN:ba}
监护人：{NAME@2}（{MOB@2}）
危险性评估：<<0级|1级|2级>>　管理状态：在管
""")
S("""
预防接种证补证申请
儿童姓名：{NAME@7}　性别：{SEX@7}　出生日期：{DOB@7}
儿童身份证号：{ID@7}
监护人：{NAME@1}　手机：{MOB@1}
家庭住址：{ADDR@1}
过敏史：无　禁忌症：{HEALTH}
接种单位：{TOWN}社区卫生服务中心预防接种门诊
""")
S("""
出生医学证明首次签发登记
新生儿姓名：{NAME@0}　性别：{SEX@0}　出生时间：{DOB:cn@0} {TIME}
出生地点：{HOSP}
母亲：{NAME@f5}　身份证：{ID@f5}
父亲：{NAME@m6}　身份证：{ID@m6}
出生证编号：{SERIAL:alnum}
家庭住址：{ADDR@f5}　联系电话：{MOB@f5}
""")
S("""
医疗保障 异地就医备案登记
参保人：{NAME@1}　社会保障卡号：{SSC:card}
身份证号：{ID@1}　参保地：湖州市<<吴兴区|南浔区|德清县|长兴县|安吉县>>
备案类型：<<异地长期居住|常驻异地工作|异地转诊>>
就医地：上海市　备案开始日期：{DATE}
联系电话：{MOB@1}　经办：{NAME}　服务热线{SVC:medins}
""")
S("""
门诊特殊病种待遇申请表
申请人：{NAME@1}　性别：{SEX@1}　出生日期：{DOB@1}
医保个人编号：{SSC:no}　医保号：{MRN:yb}
申请病种：{HEALTH}
定点医疗机构：{HOSP}
诊断医师：{NAME}　申请日期：{DATE}
联系电话：{PHONE@1}
""")
S("""
医疗费用报销结算单
结算流水号：{ORDER:num18}
参保人：{NAME@1}　身份证：{ID@1}　住院号：{MRN:zy}
个人自付：{FIN}（统筹支付部分见明细）
诊断：{HEALTH}
发票号码：{INVOICE:n8}　结算日期：{DATE}
""")
S("""
[{DATE:iso} {TIME:s}] HIS-EMR audit: user={NAME}(工号{NUM:l}{NUM:l}) opened record {MRN:zy} patient="{NAME@1}" dept=<<ICU|ONC|CARD|NEURO>> from {IP:int} client {VER}
[{DATE:iso} {TIME:s}] HIS-EMR audit: user={NAME}(工号{NUM:l}{NUM:l}) printed discharge summary {MRN:zy} from {IP:int}
""")
S("""
健康体检报告（单位团检）
受检者：{NAME@1}　性别：{SEX@1}　年龄：{AGE@1}
体检号：{SERIAL:num12}　单位：{COMP}
主要异常：1. {HEALTH}；2. {HEALTH}
建议：专科门诊随诊。报告查询邮箱：{EMAIL}
""")
S("""
医患纠纷调解登记
申请人：{NAME@1}（患者{NAME@2}之<<子|女|配偶>>），手机{MOB@1}，身份证{ID@1}
患者住院号：{MRN:zy}，诊断{HEALTH:post}，家属对治疗过程有异议。
被申请医院：{HOSP}
调解委员会受理号：{SERIAL:alnum}　受理日期：{DATE}
""")
S("""
无偿献血者登记
献血者：{NAME@1}　证件号：{ID@1}　献血类型：<<全血|机采血小板>>
献血量：<<200|300|400>>ml　献血码：{SERIAL:num12}
联系电话：{MOB@1}　通讯地址：{ADDR@1}
献血地点：湖州市中心血站爱山广场献血屋　日期：{DATE}
""")
S("""
死亡医学证明（推断）书 登记联
死者姓名：{NAME@1}　性别：{SEX@1}　身份证号：{ID@1}
出生日期：{DOB@1}　死亡日期：{DATE}
常住地址：{ADDR@1}
直接死亡原因：{HEALTH}
家属：{NAME@2}，电话{MOB@2}
""")
S("""
长期护理保险失能评估申请
被评估人：{NAME@41}，{SEX@41}，{AGE@41}岁
身份证号：{ID@41}　社保卡卡号：{SSC:card}
居住地址：{ADDR@41}
主要疾病：{HEALTH}、{HEALTH}
申请人（代办）：{NAME@2}，与被评估人关系：<<子女|配偶|孙子女>>，联系电话{MOB@2}
""")
S("""
核酸/检验报告查询短信：{NAME@1}您好，您于{DATE}在{HOSP}的检验报告已出，门诊号{MRN:mz}，请登录“浙里办”查询。如有疑问请拨打{TEL:hz}。
""")
S("""
孕产妇健康管理登记（早孕建册）
孕妇姓名：{NAME@f5}　出生日期：{DOB@f5}　身份证：{ID@f5}
丈夫姓名：{NAME@m6}　联系电话：{MOB@m6}
现住址：{ADDR@f5}
建册日期：{DATE}
高危因素：{HEALTH}
建册机构：{TOWN}社区卫生服务中心　母子健康手册编号 {SERIAL:alnum}
""")
S("""
药品不良反应报告
患者：{NAME@1}　性别：{SEX@1}　年龄：{AGE@1}　病历号：{MRN:bl}
原患疾病：{HEALTH}
怀疑药品：<<阿托伐他汀钙片|二甲双胍缓释片|头孢呋辛酯片|氨氯地平片>>，批号 {SERIAL:sn}
不良反应：{HEALTH:adr}，停药后好转。
报告人：{NAME}，{EMAIL:gov}
""")
S("""
职业病诊断证明书（摘要）
劳动者：{NAME@1}，身份证号{ID@1}
用人单位：{COMP}（{USCC}）
诊断结论：{HEALTH:occ}
诊断日期：{DATE}　诊断机构联系电话：{TEL}
""")

# ---- 人力社保, 劳动仲裁, 就业 --------------------------------------------------------------------
S("""
劳动人事争议仲裁申请书
申请人：{NAME@1}，{SEX@1}，{DOB:cn@1}出生，身份证号{ID@1}，住{ADDR@1}，电话{MOB@1}。
被申请人：{COMP@1}，统一社会信用代码{USCC}，住所地{ADDR}，法定代表人{NAME@2}。
仲裁请求：1. 支付拖欠工资{FIN}；2. 支付解除劳动合同经济补偿金{FIN}。
事实与理由：申请人自{DATE}起在被申请人处从事<<缝纫|质检|仓管|驾驶员|保洁>>工作，月工资{FIN:small}，工资发放至申请人工资卡{CARD}。
此致 湖州市劳动人事争议仲裁委员会
""")
S("""
失业保险金申领登记表
姓名：{NAME@1}　性别：{SEX@1}　身份证号：{ID@1}
社会保障卡号：{SSC:card}　　手机：{MOB@1}
原工作单位：{COMP}　单位社保编号：{SERIAL:num12}
失业原因：<<劳动合同期满终止|用人单位提出解除|单位经济性裁员>>
领取银行卡（社保卡金融账户）：{CARD}
申领日期：{DATE}　咨询电话{SVC:hrss}
""")
S("""
工伤认定申请表
受伤害职工：{NAME@1}，{SEX@1}，出生日期{DOB@1}，身份证号码{ID@1}
联系电话：{MOB@1}　家庭地址：{ADDR@1}
用人单位：{COMP}　统一社会信用代码：{USCC}　单位联系电话：{TEL}
事故时间：{DATE} {TIME}　事故地点：本单位<<车间|仓库|工地>>
受伤害部位及诊断：{HEALTH:injury}
就诊医院：{HOSP}　住院号：{MRN:zy}
""")
S("""
企业职工退休审批表（摘要）
姓名 {NAME@1}　性别 {SEX@1}　出生年月 {DOB@1}
公民身份号码 {ID@1}　个人社保编号 {SSC:no}
参加工作时间 {DATE:past}　视同缴费年限 {NUM:s}年
退休类别：<<正常退休|特殊工种提前退休|病退>>
核定基本养老金：{FIN}/月
养老金发放账户：{CARD}
经办人：{NAME}　复核：{NAME}
""")
S("""
湖州市高层次人才生活补贴申请
申请人：{NAME@5}　护照号：{PASS@5}（留学回国人员）
身份证号：{ID@5}　邮箱：{EMAIL@5}　手机：{MOB@5}
工作单位：{COMP}（{USCC}）
学历学位：博士　毕业院校：<<University of Melbourne|Imperial College London|National University of Singapore|Technische Universität München>>
补贴发放账户：{CARD}　申请日期：{DATE}
""")
S("""
招聘会求职登记（现场录入）
{NAME}｜{SEX@5}｜{AGE@5}｜{MOB}｜<<高中|大专|本科|中专>>｜意向：<<电商运营|数控操作|会计|仓储|外贸跟单>>
{NAME}｜男｜{NUM:m}｜{MOB}｜本科｜意向：<<软件开发|行政文员|销售>>
{NAME}｜女｜{NUM:m}｜{MOB}｜大专｜意向：<<护理|幼教|客服>>
录入人：{NAME}　场次：{DATE}湖州人力资源市场
""")
S("""
根治欠薪 线索登记
来电人：{NAME@1}（手机{MOB@1}）反映：其在{COMP@2}（{USCC}）承建的<<凤凰片区安置房|织里镇标准厂房|安吉两山产业园|德清地理信息小镇配套>>项目做工，被拖欠工资{FIN}。
班组长：{NAME@3}，电话{MOB@3}。
同班组被拖欠人员：{NAME}、{NAME}、{NAME}。
工单号：{WO}　转办单位：{COUNTY}劳动保障监察大队
""")
S("""
社会保险参保登记（灵活就业）
姓名：{NAME@1}　公民身份号码：{ID@1}
户籍性质：<<农业|非农业>>　户籍地：{ADDRDIV}
常住地址：{ADDR@1}
联系电话：{PHONE@1}　电子邮箱：{EMAIL@1}
参保险种：企业职工基本养老保险、职工基本医疗保险
缴费档次：按全省上年度平均工资<<60%|80%|100%>>　扣款账户：{CARD}
""")
S("""
技能人才评价证书查询结果
姓名：{NAME@1}　证件号码：{ID@1}
职业（工种）：<<电工|焊工|育婴员|养老护理员|中式烹调师>>　等级：<<四级/中级工|三级/高级工|五级/初级工>>
证书编号：{SERIAL:acc18}　发证日期：{DATE}
评价机构：{COMP}
""")
S("""
From: {NAME@1} <{EMAIL@1}>
To: {EMAIL:gov}
Subject: 咨询：创业担保贷款贴息材料
您好，我是{NAME@1}，身份证{ID@1}，经营{COMP}（统一社会信用代码{USCC:ind}）。{DATE}提交的创业担保贷款贴息申请，贷款金额{FIN:big}，请问还需补充哪些材料？联系电话{MOB@1}。
谢谢！
""")
S("""
欠薪应急周转金垫付审批
企业：{COMP}　统一社会信用代码：{USCC}
垫付人数：{CNT:ppl}　垫付总额：{AMT:big}
部分名单：
{NAME}　{ID}　{CARD}　{FIN:small}
{NAME}　{ID}　{CARD}　{FIN:small}
{NAME}　{ID}　{CARD}　{FIN:small}
审批文号：{DOCNO}
""")
S("""
就业困难人员认定表
申请人：{NAME@1}，{SEX@1}，{AGE@1}岁，身份证{ID@1}
认定类别：<<大龄失业人员|残疾人|低保家庭成员|零就业家庭成员>>
残疾/健康情况：{HEALTH}
现住址：{ADDR@1}
街道（乡镇）经办人：{NAME}　联系电话：{TEL:hz}　受理日期：{DATE}
""")

# ---- 民政: 救助, 婚姻, 养老, 殡葬, 社会组织 ---------------------------------------------------------
S("""
最低生活保障申请家庭经济状况核对授权书
申请人：{NAME@m1}，身份证号{ID@m1}，户籍地{ADDRDIV}，现住{ADDR@m1}
共同生活家庭成员：
{NAME@f2}（配偶）{ID@f2}
{NAME@7}（子女）{ID@7}
本人及家庭成员同意民政部门查询银行存款、车辆（{PLATE}）、不动产（{CERT}）等信息。
核对结果：家庭存款合计{FIN}，家庭月收入{FIN:small}。
联系电话：{MOB@m1}　签名：{NAME@m1}
""")
S("""
临时救助审批表
救助对象：{NAME@1}　性别：{SEX@1}　年龄：{AGE@1}
身份证号：{ID@1}　银行卡号：{CARD}
家庭住址：{ADDR@1}
困难情形：本人患{HEALTH}，本年度自付医疗费用{FIN}，家庭无其他收入来源。
拟救助金额：{FIN:small}
村（社区）经办人：{NAME}　乡镇（街道）审核：{NAME}　审批日期：{DATE}
""")
S("""
结婚登记申请书（存档联）
男方：{NAME@m5}，出生日期{DOB@m5}，身份证件号{ID@m5}，户籍地{ADDRDIV}
女方：{NAME@f6}，出生日期{DOB@f6}，身份证件号{ID@f6}，户籍地{ADDRDIV}
双方自愿结婚，无配偶，无禁止结婚的亲属关系。
登记日期：{DATE}　结婚证字号：J330502-{YEAR}-{SERIAL:num12}
""")
S("""
涉外婚姻登记预约
申请人：{NAME@f1}　护照号码：{PASS@f1}　身份证号码：{ID@f1}
对方：外籍人士（<<德国|日本|美国|埃及>>籍，身份信息另附）
联系电话：{MOB@f1}　邮箱：{EMAIL@f1}
预约日期：{DATE}　地点：湖州市婚姻登记处（涉外）
""")
S("""
高龄津贴发放花名册（{TOWN}）
序号 姓名 身份证号 出生日期 发放账户 周岁
1 {NAME@41} {ID@41} {DOB:iso@41} {CARD} {AGE@41}
2 {NAME@42} {ID@42} {DOB:iso@42} {CARD} {AGE@42}
3 {NAME@43} {ID@43} {DOB:iso@43} {CARD} {AGE@43}
制表：{NAME}　审核：{NAME}　{DATE}
""")
S("""
困难残疾人生活补贴和重度残疾人护理补贴申请
申请人：{NAME@1}　身份证号：{ID@1}（已持第二代残疾人证）
残疾类别及等级：{HEALTH}
户籍地址：{ADDR@1}
代办人：{NAME@2}（{MOB@2}）
收款账户：{CARD}
申请日期：{DATE}
""")
S("""
殡葬服务登记
逝者：{NAME@41}，{SEX@41}，身份证{ID@41}，享年{AGE@41}岁
死亡原因：{HEALTH}
户籍地址：{ADDR@41}
经办家属：{NAME@2}，关系：<<儿子|女儿|配偶|孙子>>，电话{MOB@2}
火化证编号：{SERIAL:alnum}　服务费用发票号码：{INVOICE:n8}
""")
S("""
社会组织年度检查报告书（封面信息）
社会组织名称：湖州市<<志愿者|老年书画|青年企业家|义工|家政服务>>协会
统一社会信用代码：{USCC:soc}
登记证号：湖民社登字第{NUM:l}号
法定代表人：{NAME}　联系电话：{PHONE}
住所：{ADDR:road}
电子邮箱：{EMAIL}
年检结论：合格　　报送日期：{DATE}
""")
S("""
养老机构入住评估
老人姓名：{NAME@41}，{SEX@41}，{AGE@41}岁，身份证{ID@41}
主要疾病：{HEALTH}；{HEALTH}
紧急联系人：{NAME@2}（{MOB@2}），住{ADDR@2}
入住机构：湖州市社会福利中心　床位号：<<A|B|C>>{NUM:l}
""")
S("""
留守儿童关爱台账（{TOWN}）
儿童：{NAME@7}，{SEX@7}，出生日期{DOB@7}，身份证{ID@7}
监护人：{NAME@2}（祖辈），电话{PHONE@2}
父母务工地：{ADDR}
儿童健康状况：{HEALTH}
结对帮扶人：{NAME}，{MOB}
""")
S("""
婚姻登记档案查询证明
经查，{NAME@m1}（身份证号{ID@m1}）与{NAME@f2}（身份证号{ID@f2}）于{DATE}在湖州市<<吴兴区|南浔区|德清县|长兴县|安吉县>>民政局办理结婚登记，登记字号：{SERIAL:alnum}。
特此证明。查档人：{NAME}
""")

# ---- 住房城乡建设, 公积金, 不动产 -----------------------------------------------------------------
S("""
公共租赁住房申请表
申请人：{NAME@m1}　身份证：{ID@m1}　婚姻状况：已婚
配偶：{NAME@f2}　身份证：{ID@f2}
现居住地址：{ADDR@m1}
户籍地：{ADDRDIV}
家庭人均月收入：{FIN:small}　家庭资产：{FIN:big}
工作单位：{COMP}　单位联系电话：{TEL}
申请人手机：{MOB@m1}　受理编号：{SERIAL:alnum}
""")
S("""
住房公积金提取申请（租房提取）
职工姓名：{NAME@1}　证件号码：{ID@1}
公积金账号：{SERIAL:num12}　单位名称：{COMP}
租赁房屋地址：{ADDR@1}　租赁备案号：{SERIAL:alnum}
提取金额：{FIN}　收款银行卡：{CARD}
手机：{MOB@1}　申请日期：{DATE}　服务热线{SVC:gov}
""")
S("""
不动产登记申请书
登记事项：<<转移登记（买卖）|首次登记|抵押权首次登记|更正登记>>
权利人：{NAME@1}　证件号：{ID@1}　电话：{MOB@1}　通讯地址：{ADDR}
义务人：{NAME@2}　证件号：{ID@2}　电话：{MOB@2}
不动产坐落：{ADDR@2}
不动产单元号：{PROP}
原不动产权证书号：{CERT}
成交价：{FIN:big}　合同编号：{CONTRACT}
""")
S("""
物业纠纷投诉（12345转办）
工单编号：{WO}
诉求人：{ANON}　联系电话：{PHONE}
小区：{ADDR:comm}
诉求内容：楼上住户长期在阳台饲养家禽，物业{COMP}（{USCC}）不作为，请求住建部门督促处理。
承办单位：{COUNTY}住房和城乡建设局物业科　经办人：{NAME}　回复时限：{DATE}
""")
S("""
房屋租赁合同备案证明
备案编号：{SERIAL:alnum}
出租人：{NAME@1}（{ID@1}）　承租人：{NAME@2}（{ID@2}）
房屋坐落：{ADDR@1}
租赁期限：{DATE}至{DATE}　月租金：{FIN:small}
承租人联系电话：{MOB@2}
备案机关：湖州市住房和城乡建设局　备案日期：{DATE}
""")
S("""
存量房交易资金监管协议（要素）
买方：{NAME@1}，身份证号码{ID@1}，手机{MOB@1}
卖方：{NAME@2}，身份证号码{ID@2}，手机{MOB@2}
房屋坐落：{ADDR@2}　不动产权证号：{CERT}
监管资金：{FIN:big}　买方付款账户：{CARD}　卖方收款账户：{CARD}
监管账户开户行：湖州银行（对公账户，非个人卡）
网签合同号：{CONTRACT}
""")
S("""
危旧房改造入户调查表
户主：{NAME@41}，{SEX@41}，{AGE@41}岁，身份证{ID@41}
房屋地址：{ADDR@41}
结构：砖木　建成年代：约1980年　建筑面积：{NUM:m}.{NUM:s}㎡
同住人员：{NAME@2}（{MOB@2}）
户主健康状况：{HEALTH}，行动不便
调查人：{NAME}　{DATE}
""")
S("""
城镇老旧小区改造意见征询
小区：{ADDR:comm}
业主：{NAME@1}　联系电话：{MOB@1}
意见：同意加装电梯，希望施工期间保障通行。
意见征询编号：{SERIAL:alnum}　收集时间：{DATE}
征询单位：{TOWN}{COMP}
""")
S("""
住房公积金贷款审批表（要素）
借款人：{NAME@m1}，身份证{ID@m1}，单位{COMP}
配偶：{NAME@f2}，身份证{ID@f2}
购房地址：{ADDR@m1}
贷款金额：{FIN:big}　贷款期限：{NUM:m}年
还款账户：{CARD}
借款合同编号：{CONTRACT}　审批日期：{DATE}
""")

# ---- 交通运输 ----------------------------------------------------------------------------------
S("""
网络预约出租汽车驾驶员证申请
申请人：{NAME@1}　性别：{SEX@1}　身份证号：{ID@1}
驾驶证初次领证日期：{DATE:past}　准驾车型：C1
拟从事平台：<<滴滴出行|T3出行|曹操出行|高德打车>>
车辆号牌：{PLATE@1}　车辆运输证号：浙交运管湖字{SERIAL:num12}号
联系电话：{MOB@1}　住址：{ADDR@1}
""")
S("""
出租汽车服务投诉处理单
投诉编号：{WO}
投诉人：{ANON}，电话{PHONE}
被投诉车辆：{PLATE}（{COMP}）
投诉内容：乘客于{DATE} {TIME}在湖州站上车，司机绕路并拒绝打表。行程：{TRACE}。
处理结果：经调取GPS轨迹核实，对驾驶员{NAME}作出教育并退还多收车费。
""")
S("""
网约车行程记录（平台调证回复）
订单号：{ORDER:num19}
乘客账号：{MOB}　司机：{NAME@1}（{ID@1}）　车牌：{PLATE@1}
上车时间：{DATE} {TIME}　下车时间：{TIME}
行程轨迹：{TRACE}
支付方式：<<支付宝|微信|企业账户>>
平台：{COMP}　客服：{SVC:corp}
""")
S("""
道路运输从业人员资格证补证申请
姓名：{NAME@1}　身份证：{ID@1}
从业资格证号：{ID@1}（与身份证号一致）
资格类别：<<道路货物运输驾驶员|道路旅客运输驾驶员|危险货物运输驾驶员>>
所在企业：{COMP}（{USCC}）
联系电话：{MOB@1}　邮寄地址：{ADDR@1}
""")
S("""
超限运输车辆检测记录
检测站：<<长兴|德清|安吉|南浔>>超限检测站　检测时间：{DATE} {TIME:s}
车牌：{PLATE}　挂车：{PLATE}
驾驶员：{NAME}　驾驶证：{ID}　电话：{MOB}
车货总重：{NUM:m}.{NUM:s}吨　限值49吨　超限率{NUM:m}%
运输企业：{COMP}　统一社会信用代码：{USCC}
""")
S("""
公交卡（爱心卡）办理登记
姓名：{NAME@41}　身份证：{ID@41}　出生日期：{DOB@41}
卡类型：老年卡（70周岁以上免费）　卡号：{SERIAL:num12}
联系地址：{ADDR@41}　联系电话：{PHONE@41}
代办人：{NAME@2}，{ID@2}
""")
S("""
ETC 记账卡申办（个人）
持卡人：{NAME@1}　身份证号：{ID@1}
车牌号码：{PLATE@1}　车型：一型客车
绑定扣款银行卡：{CARD}
手机：{MOB@1}　邮寄地址：{ADDR@1}
OBU编号：{SERIAL:sn}
""")
S("""
水上交通事故报告
时间：{DATE} {TIME}　水域：长湖申线<<和孚|南浔|菱湖>>段
船舶：浙湖州货{NUM:l}{NUM:s}　船舶所有人：{NAME@1}，身份证{ID@1}，电话{MOB@1}
船员：{NAME}、{NAME}
经过：与{COMP}所属船舶发生碰擦，无人员伤亡，船体受损。
报告人：{NAME@1}
""")

# ---- 税务 ---------------------------------------------------------------------------------------
S("""
个人所得税综合所得汇算清缴更正申请
纳税人：{NAME@1}　纳税人识别号（身份证号）：{ID@1}
任职受雇单位：{COMP}（扣缴义务人识别号 {USCC}）
年度综合所得收入额：{FIN:big}　应退税额：{FIN:small}
退税账户：{CARD}
联系电话：{MOB@1}　电子邮箱：{EMAIL@1}
""")
S("""
发票开具申请（自然人代开）
申请人：{NAME@1}　身份证：{ID@1}
购买方：{COMP}　纳税人识别号：{USCC}
项目：<<咨询服务费|劳务费|设计费|房屋租金>>　金额：{FIN}
开具发票代码：{INVOICE:code12}　发票号码：{INVOICE:n8}
经办税务分局：<<吴兴|南浔|德清|长兴|安吉|南太湖新区>>税务局第一税务分局　{DATE}
""")
S("""
税务事项通知书
{DOCNO}
{COMP}（纳税人识别号：{USCC}）：
你单位未按期申报{YEAR}年<<3|6|9|12>>月增值税，请于{DATE}前到办税服务厅办理申报，并缴纳滞纳金。
联系人：{NAME}　联系电话：{TEL:hz}　纳税服务热线{SVC:tax}
""")
S("""
电子税务局 登录日志（导出）
time,taxpayer_id,user,phone,ip,result
{DATE:iso} {TIME:s},{USCC},{NAME},{MOB:plain},{IP},OK
{DATE:iso} {TIME:s},{USCC},{NAME},{MOB:plain},{IP},OK
{DATE:iso} {TIME:s},{BADUSCC},{NAME},{MOB:plain},{IP},FAIL(纳税人识别号校验错误)
""")
S("""
全电发票信息（交付）
发票号码：{INVOICE:qd20}　开票日期：{DATE}
购买方名称：{NAME@1}（个人）　证件号码：{ID@1}
销售方：{COMP}　统一社会信用代码：{USCC}
价税合计：见票面
交付邮箱：{EMAIL@1}　交付手机：{MOB@1}
""")
S("""
房产交易契税申报表（摘要）
纳税人：{NAME@1}　身份证号码：{ID@1}　电话：{MOB@1}
房屋坐落：{ADDR}
成交价格：{FIN:big}　计税依据：{FIN:big}　税率：<<1%|1.5%|3%>>
申报日期：{DATE}　完税凭证号：{SERIAL:acc18}
""")
S("""
社保费缴费明细（城乡居民）
缴费人：{NAME@1}　证件号：{ID@1}
缴费档次：<<每年800元|每年1500元|每年3000元>>　缴费年度：{YEAR}
扣款账户：{CARD}　扣款状态：成功
缴费凭证号：{SERIAL:acc18}
""")

# ---- 市场监管 ------------------------------------------------------------------------------------
S("""
营业执照（个体工商户）信息
统一社会信用代码：{USCC:ind}
名称：湖州市<<吴兴区|南浔区>><<阿芳|小李|金鑫|好再来|兴旺>><<面馆|水果店|五金店|理发店|便利店>>
经营者：{NAME@1}　经营者身份证：{ID@1}
经营场所：{ADDR@1}
组成形式：个人经营　注册日期：{DATE}　原注册号：{REGNO}
联系电话：{MOB@1}
""")
S("""
消费投诉登记（12315）
投诉编号：{WO}
投诉人：{NAME@1}，手机{MOB@1}，地址{ADDR@1}
被投诉方：{COMP}，统一社会信用代码{USCC}，电话{TEL}
投诉内容：在被投诉方购买的<<电动车|冰箱|预付卡|婴儿奶粉|家具>>存在质量问题，要求退款（订单号{ORDER}）。
处理结果：经调解达成一致。投诉热线{SVC:market}
""")
S("""
行政处罚决定书
{CASENO:admin}
当事人：{COMP}
统一社会信用代码：{USCC}
住所：{ADDR:road}
法定代表人：{NAME}
违法事实：当事人销售的<<食品|儿童服装|电动自行车|化妆品>>经抽检不合格。
处罚决定：没收违法所得，并处罚款{AMT}。
执法人员：{NAME}（执法证号{SERIAL:num12}）、{NAME}
""")
S("""
食品经营许可证申请
申请人：{COMP}（{USCC}）
法定代表人（负责人）：{NAME@1}，身份证{ID@1}，手机{MOB@1}
经营场所：{ADDR}
食品安全管理员：{NAME@2}，{MOB@2}
主体业态：<<餐饮服务经营者（小型餐馆）|食品销售经营者（便利店）|单位食堂>>
许可证编号：{SERIAL:jy}
""")
S("""
企业登记档案查询记录
查询人：{NAME@1}（律师证号{SERIAL:num12}），身份证{ID@1}
被查询企业：{COMP}，统一社会信用代码{USCC}，原注册号{REGNO}
查询内容：设立登记、股东变更
查询日期：{DATE}　查询窗口：湖州市市场监督管理局登记注册窗口
""")
S("""
企业股东信息变更（系统截图转写）
企业名称：{COMP}
统一社会信用代码：{USCC}
变更前股东：{NAME}（{ID}），持股100%
变更后股东：{NAME}（{ID}），持股<<60|70|51>>%；{NAME}（{PASS}），持股<<40|30|49>>%
注册资本：{AMT:big}（未变更）
联络员：{NAME}，{MOB}，{EMAIL}
""")
S("""
特种设备使用登记证（电梯）
使用单位：{COMP}　统一社会信用代码：{USCC}
设备代码：{SERIAL:dev}
设备地点：{ADDR:comm}
安全管理员：{NAME}，电话{MOB}
应急救援电话：{SVC:corp}　下次检验日期：{DATE}
""")
S("""
价格举报处理回复
{NAME@1}先生/女士：
您于{DATE}通过{SVC:market}平台反映{COMP}（{USCC}）景区停车收费问题（工单{WO}），经查，该单位已按规定明码标价，收费标准{AMT:small}/次。
如有异议，可联系经办人{NAME}，电话{TEL:hz}。
""")
S("""
双随机抽查结果公示
序号｜企业名称｜统一社会信用代码｜抽查事项｜结果
1｜{COMP}｜{USCC}｜营业执照公示信息｜未发现问题
2｜{COMP}｜{USCC}｜年度报告｜通过登记的住所无法联系
3｜{COMP}｜{USCC}｜产品质量｜不合格，已立案
4｜{COMP}｜{BADUSCC}｜登记信息核查｜代码录入错误，已更正
公示日期：{DATE}　{DOCNO}
""")
S("""
个体工商户注销登记
统一社会信用代码：{USCC:ind}
经营者：{NAME@1}　身份证号：{ID@1}　联系电话：{MOB@1}
经营场所：{ADDR@1}
注销原因：经营者决定歇业
债权债务清理情况：已清理完毕
申请日期：{DATE}
""")

# ---- 12345 热线, 信访 --------------------------------------------------------------------------------
S("""
湖州市12345政务服务便民热线 工单
工单号：{WO}　来电时间：{DATE} {TIME}
来电号码：{PHONE}　来电人：{ANON}
诉求类型：投诉　诉求分类：城乡建设/噪声扰民
诉求内容：来电人反映其居住的{ADDR}附近工地夜间施工至凌晨，影响休息，要求查处。
派发单位：{COUNTY}综合行政执法局　办理时限：3个工作日
""")
S("""
12345工单回访记录
工单：{WO}
回访对象：{NAME@1}（来电号码{MOB@1}）
回访内容：关于其反映{ADDR@1}楼下餐馆油烟问题，承办单位已责令加装净化设施。
满意度：<<满意|基本满意|不满意>>
回访人：{NAME}　回访时间：{DATE} {TIME}
""")
S("""
【12345】您好，您反映的问题（编号{WO}）已由{COUNTY}<<市场监管局|住建局|交通运输局|卫健局|教育局>>受理，承办人{NAME}，联系电话{TEL:hz}。如需补充材料请发送至{EMAIL:gov}。
""")
S("""
热线知识库更新：市民办理居住证可拨打{SVC:gov}咨询；医保问题转{SVC:medins}；税务问题转{SVC:tax}；燃气报修{SVC:water}。
本次更新涉及条目{CNT:items}，版本{VER}，维护人{NAME}（{EMAIL:gov}）。
""")
S("""
信访事项受理告知书
{DOCNO}
{NAME@1}：
你（身份证号码：{ID@1}，联系电话：{MOB@1}，住址：{ADDR@1}）于{DATE}提出的关于<<征地补偿|拆迁安置|劳动报酬|医疗纠纷|物业管理>>的信访事项，本机关已依法受理，将在60日内办结。
<<湖州市信访局|吴兴区信访局|德清县信访局>>　{DATE}
""")
S("""
网上信访件 摘要
信访人：{NAME@1}　证件号：{ID@1}　手机：{MOB@1}　邮箱：{EMAIL@1}
登录IP：{IP}
内容：本人系{COMP}员工，公司自{DATE}起停发工资，本人患{HEALTH}急需用钱，被欠工资{FIN}，多次讨要无果。
转交：{COUNTY}人力社保局　件号：{WO}
""")
S("""
来访登记（联合接访中心）
序号　来访人　身份证　电话　反映事项
{NUM:s}　{NAME}　{ID}　{MOB}　征迁补偿标准
{NUM:s}　{NAME}　{ID}　{MOB}　宅基地审批
{NUM:s}　{NAME}　{BADID}（证号有误，已请其核对）　{MOB}　低保资格
接访领导：{NAME}　日期：{DATE}
""")

# ---- 大数据管理中心, 网络安全, 系统日志 --------------------------------------------------------------------
S("""
公共数据共享申请单
申请单号：{SERIAL:alnum}
申请部门：湖州市<<民政局|人力社保局|住房公积金管理中心|医保局|卫生健康委>>
申请数据：<<户籍人口基本信息|不动产登记信息|企业登记信息|婚姻登记信息>>接口
使用场景：<<低保资格复核|公积金贷款审核|医保待遇核定>>　共享属性：受限共享
申请联系人：{NAME}，{TEL:hzext}，{EMAIL:gov}
接口调用方IP：{IP:int}、{IP:int}
样例数据（已授权）：{NAME}｜{ID}｜{ADDR}
""")
S("""
[{DATE:iso} {TIME:s}] INFO  gateway.api  caller={IP:int} app=hz-minzheng-dibao api=/population/v2/person?idcard={ID:plain} status=200 cost=<<38|112|65|240>>ms
[{DATE:iso} {TIME:s}] INFO  gateway.api  caller={IP:int} app=hz-minzheng-dibao api=/population/v2/person?idcard={ID:plain} status=200 cost=<<41|77|93>>ms
[{DATE:iso} {TIME:s}] WARN  gateway.api  caller={IP} app=unknown api=/population/v2/person?idcard={BADID} status=400 msg="idcard checksum failed"
""")
S("""
网络安全事件报告（初报）
报告单位：湖州市大数据发展管理局　联系人：{NAME}　电话：{MOB}
事件类型：网络攻击（暴力破解）　事件分级：一般（Ⅳ级）
发现时间：{DATE} {TIME}
影响系统：<<湖州市公共数据平台|政务云门户|一网通办综合受理系统>>（{VER}）
攻击源IP：{IP:pub}、{IP:pub}、{IP:v6}
受影响账号：{EMAIL:gov}
已采取措施：封禁源地址，重置口令，开启双因子认证。
""")
S("""
{"ts":"{DATE:iso}T{TIME:s}+08:00","level":"INFO","svc":"uc-auth","event":"login","user":"{MOB:plain}","name":"{NAME}","ip":"{IP}","ua":"Mozilla/5.0 {VER}","mfa":"totp","result":"success"}
{"ts":"{DATE:iso}T{TIME:s}+08:00","level":"WARN","svc":"uc-auth","event":"login","user":"{EMAIL}","ip":"{IP}","result":"locked","fail_count":5}
""")
S("""
数据脱敏检查记录
检查对象：<<社保待遇发放库|公积金缴存明细|婚姻登记库|不动产登记簿>>测试环境
问题：测试库中存在未脱敏的真实样例字段，示例如下：
- 姓名 {NAME}，身份证 {ID}，手机 {MOB}，银行卡 {CARD}
- 姓名 {NAME}，身份证 {ID}，手机 {MOB}，银行卡 {CARD:sp}
整改要求：{DATE}前完成脱敏，数据库服务器 {IP:int}。
检查人：{NAME}
""")
S("""
政务外网 IP 地址分配表
单位｜联系人｜手机｜分配地址｜网关
市民政局｜{NAME}｜{MOB}｜{IP:int}｜{IP:int}
市人力社保局｜{NAME}｜{MOB}｜{IP:int}｜{IP:int}
市医保局｜{NAME}｜{MOB}｜{IP:int}｜{IP:int}
文档版本：{VER}　更新日期：{DATE}
""")
S("""
堡垒机操作审计（节选）
会话ID {SERIAL:sn}　运维人员：{NAME}（{MOB}）　来源：{IP}
目标主机：{IP:int}（公积金核心库）
{TIME:s} $ mysql -u readonly -p
{TIME:s} mysql> select name,id_no,mobile from t_member where id_no='{ID:plain}';
{TIME:s} mysql> exit
审计结论：查询已有工单授权（{WO}）。
""")
S("""
Subject: [告警] 数据接口调用量异常
To: {EMAIL:gov}; {EMAIL:gov}
{DATE} {TIME}，接口“法人基本信息查询”调用量{CNT:times}，超过阈值。主要调用方 {IP:int}（应用负责人{NAME}，{MOB}）。请核实。
""")
S("""
API response (GET /api/v1/enterprise/{USCC@1})
{
  "uscc": "{USCC@1}",
  "name": "{COMP}",
  "legal_person": "{NAME}",
  "contact_phone": "{PHONE}",
  "email": "{EMAIL}",
  "reg_no": "{REGNO}",
  "updated": "{DATE:iso}"
}
""")
S("""
个人信息查阅申请（PIPL 第45条）
申请人：{NAME@1}　身份证号：{ID@1}　手机：{MOB@1}　邮箱：{EMAIL@1}
申请内容：查阅本人在市公共数据平台被共享调用的记录。
查询结果：近一年被调用{CNT:times}，调用部门包括市医保局（{IP:int}）、市民政局（{IP:int}）。
答复日期：{DATE}　经办人：{NAME}
""")
S("""
VPN 账号开通申请
申请人：{NAME@1}　部门：<<信息中心|办公室|数据资源处|安全运维组>>
手机（用于短信验证）：{MOB@1}　邮箱：{EMAIL:gov}
办公终端IP：{IP:int}　家庭宽带出口IP：{IP:pub}
有效期：至{DATE}　审批人：{NAME}
""")
S("""
漏洞扫描报告（摘要）
扫描对象：{IP:int}、{IP:int}、{IP:v6}
发现高危漏洞3个：OpenSSH {VER} 远程代码执行；Apache Tomcat {VER} 文件包含；弱口令（admin/123456）。
系统负责人：{NAME}（{TEL:hzext}）
复测日期：{DATE}
""")
S("""
sshd[{NUM:l}{NUM:l}]: Failed password for root from {IP:pub} port {NUM:l}{NUM:m} ssh2
sshd[{NUM:l}{NUM:l}]: Failed password for invalid user admin from {IP:pub} port {NUM:l}{NUM:m} ssh2
sshd[{NUM:l}{NUM:l}]: Accepted publickey for ops from {IP:int} port {NUM:l}{NUM:m} ssh2
""")
S("""
政务云资源申请表
申请单位：湖州市<<交通运输局|市场监管局|自然资源和规划局|卫生健康委>>
项目：<<智慧停车|食品安全追溯|不动产登记|全民健康信息平台>>系统，合同编号{CONTRACT}，金额{AMT:big}
承建单位：{COMP}（{USCC}）　项目经理：{NAME}，{MOB}，{EMAIL}
申请资源：8核16G×<<2|4|6>>，公网IP 1个（分配：{IP:pub}）
""")

# ---- 教育 ------------------------------------------------------------------------------------------
S("""
义务教育阶段新生入学报名表（{YEAR}年）
学生姓名：{NAME@7}　性别：{SEX@7}　出生日期：{DOB@7}
学生身份证号：{ID@7}
户籍地址：{ADDR@m5}
父亲：{NAME@m5}　身份证号：{ID@m5}　手机：{MOB@m5}
母亲：{NAME@f6}　身份证号：{ID@f6}　手机：{MOB@f6}
房产证号：{CERT}
报名学校：湖州市<<爱山小学|湖州师范学院附属小学|安吉路小学|凤凰小学|织里实验小学>>
""")
S("""
学生资助申请（家庭经济困难认定）
学生：{NAME@8}，{SEX@8}，身份证{ID@8}（学籍号同身份证号）
监护人：{NAME@1}，电话{MOB@1}
家庭住址：{ADDR@1}
困难情况：父亲患{HEALTH}，长期治疗；家庭年收入{FIN}。
认定等级：<<特别困难|比较困难|一般困难>>　资助金发放卡号：{CARD}
""")
S("""
校车乘坐学生登记
校车：{PLATE:hz}　驾驶员：{NAME}（{MOB}）　照管员：{NAME}
线路：途经{TOWN}、{TOWN}，全程约{NUM:m}公里
乘车学生共{CNT:ppl}，名单见附件（首位：{NAME}，家长电话{MOB}）
""")
S("""
教师资格认定申请
申请人：{NAME@5}　身份证：{ID@5}　出生日期：{DOB@5}
学历：本科　毕业学校：湖州师范学院
普通话等级证书编号：{SERIAL:acc18}
体检结论：合格（既往{HEALTH}，已控制）
联系电话：{MOB@5}　电子邮箱：{EMAIL@5}
""")
S("""
家长来信（转教育局）
尊敬的领导：我是{NAME@1}，孩子{NAME@7}在<<凤凰|仁皇|爱山|月河>>小学读<<三|四|五>>年级，孩子患有{HEALTH}，需要在校期间按时服药，恳请学校安排。我的电话{MOB@1}，家住{ADDR@1}。
""")
S("""
中考体育免考申请
学生：{NAME@8}　准考证号：{SERIAL:num12}　身份证：{ID@8}
申请原因：{HEALTH}，不宜剧烈运动。
证明医院：{HOSP}　病历号：{MRN:bl}
家长签字：{NAME@1}　电话：{MOB@1}
""")

# ---- 退役军人, 应急管理, 消防 -------------------------------------------------------------------
S("""
退役军人信息采集表
姓名：{NAME@m1}　性别：男　出生日期：{DOB@m1}
身份证号：{ID@m1}　入伍时间：{DATE:past}　退役时间：{DATE:ym}
优待证号：{SERIAL:alnum}
户籍地址：{ADDR@m1}
联系电话：{MOB@m1}　开户银行卡：{CARD}
服役期间伤残情况：{HEALTH}
""")
S("""
安全生产检查记录
被检查单位：{COMP}（{USCC}）
地址：{ADDR:road}
主要负责人：{NAME}，{MOB}　安全管理人员：{NAME}，{MOB}
发现隐患：1. 消防通道堆放杂物；2. 配电箱未接地；3. 危化品台账不全。
整改期限：{DATE}　检查人员：{NAME}、{NAME}（执法证{SERIAL:num12}）
""")
S("""
火灾事故简要情况
{DATE} {TIME}，{ADDR}发生火灾，过火面积约{NUM:m}平方米，无人员死亡。
报警人：{NAME}（{MOB}）　房屋所有人：{NAME@1}（{ID@1}）
起火原因初步认定：电动自行车室内充电。
""")
S("""
防汛防台转移人员名单（{TOWN}）
户主｜人数｜联系电话｜转移安置点
{NAME}｜{NUM:s}｜{MOB}｜村文化礼堂
{NAME}｜{NUM:s}｜{PHONE}｜村文化礼堂
{NAME}｜{NUM:s}｜{MOB}｜中心小学
备注：{NAME@41}（{AGE@41}岁，{HEALTH}）需专人护送。
""")
S("""
应急值班记录
值班时间：{DATE}　带班领导：{NAME}　值班员：{NAME}（{MOB}）
{TIME} 接{COUNTY}应急管理局报告：{COMP}发生<<叉车伤人|粉尘闪燃|高处坠落>>事故，伤者{NAME}送{HOSP}救治。
{TIME} 续报：伤者诊断{HEALTH:injury}，生命体征平稳。
值班电话：{TEL:hz}
""")

# ---- 街道社区, 网格 -------------------------------------------------------------------------------------
S("""
网格员走访日志（{TOWN}第{NUM:s}网格）
{DATE} 走访{ADDR@41}，独居老人{NAME@41}（{AGE@41}岁）身体状况：{HEALTH}，子女{NAME@2}在外地（{MOB@2}）。已协调助餐服务。
{DATE} 走访出租房，租客{NAME}（{ID}）未登记，已补录。
网格员：{NAME}　{MOB}
""")
S("""
微信群消息（{TOWN}社区工作群）
[{TIME}] {NAME}：@所有人 今天下午入户核查，名单如下
[{TIME}] {NAME}：1. {NAME} {MOB} {ADDR}
[{TIME}] {NAME}：2. {NAME} {MOB} {ADDR}
[{TIME}] {NAME}：收到
[{TIME}] {NAME}：3号那户电话打不通，换这个试试 {PHONE}
""")
S("""
社区居民议事会纪要
时间：{DATE}　地点：社区二楼会议室
参会：{NAME}（书记）、{NAME}（主任）、居民代表{NAME}、{NAME}、{NAME}
议题：加装电梯资金分摊。居民代表{NAME@1}（{ADDR@1}）提出底层住户补偿方案，联系电话{MOB@1}。
结论：按楼层系数分摊，另行征询。记录：{NAME}
""")
S("""
独居老人“一键呼”设备安装登记
老人：{NAME@41}，{SEX@41}，{AGE@41}岁，身份证{ID@41}
住址：{ADDR@41}
健康状况：{HEALTH}
紧急联系人1：{NAME@2}，{MOB@2}
紧急联系人2：{NAME@3}，{PHONE@3}
设备号：{SERIAL:sn}　安装日期：{DATE}
""")
S("""
居民户口簿信息核对（人口普查复查）
户号：{SERIAL:num12}　户主：{NAME@m1}
住址：{ADDR@m1}
成员：
{NAME@m1}　户主　{ID@m1}
{NAME@f2}　配偶　{ID@f2}
{NAME@7}　子女　{ID@7}
{NAME@41}　父母　{ID@41}
核对员：{NAME}　{DATE}
""")
S("""
志愿者报名表
姓名 {NAME@1}　出生日期 {DOB@1}　身份证号码 {ID@1}
手机 {MOB@1}　电子邮箱 {EMAIL@1}
服务意向：<<助老|交通劝导|文明宣传|垃圾分类|防疫>>　可服务时间：周末
紧急联系人 {NAME@2}　{MOB@2}
""")

# ---- 财政, 农业农村, 自然资源, 统计 ----------------------------------------------------------------
S("""
惠农补贴“一卡通”发放清单（{TOWN}）
户主姓名｜身份证号｜社保卡金融账户｜补贴项目｜金额
{NAME}｜{ID}｜{CARD}｜耕地地力保护补贴｜{FIN:small}
{NAME}｜{ID}｜{CARD}｜耕地地力保护补贴｜{FIN:small}
{NAME}｜{ID}｜{CARD}｜种粮大户补贴｜{FIN:small}
合计：{AMT}　财政拨款文号：{DOCNO}
""")
S("""
政府采购合同公告
合同编号：{CONTRACT}
采购人：湖州市<<大数据发展管理局|教育局|卫生健康委员会|公安局>>　联系人：{NAME}　电话：{TEL:hz}
供应商：{COMP}（统一社会信用代码：{USCC}）　地址：{ADDR:road}
合同金额：{AMT:big}　签订日期：{DATE}
""")
S("""
土地承包经营权流转合同（备案）
流出方：{NAME@1}，身份证号码{ID@1}，住{ADDR:vill}
流入方：{COMP}（{USCC:coop}），负责人{NAME@2}，手机{MOB@2}
流转面积：{NUM:m}.{NUM:s}亩　期限：{DATE}至{DATE}
流转费：按合同约定每年12月底前支付
""")
S("""
宅基地建房审批表
申请人：{NAME@1}　身份证号码：{ID@1}　户籍所在地：{ADDR@1}
家庭成员：{NAME}、{NAME}、{NAME@7}
拟建地址：{ADDR:vill}
用地面积：{NUM:l}平方米　联系电话：{MOB@1}
审批文号：{DOCNO}
""")
S("""
统计调查员入户记录（住户收支调查）
调查户编码：{SERIAL:num12}
户主：{NAME@1}　电话：{PHONE@1}　住址：{ADDR@1}
本月家庭总收入：{FIN}，其中工资性收入{FIN}；消费支出{FIN}。
调查员：{NAME}　录入日期：{DATE}
说明：本资料依法保密，仅用于统计。
""")
S("""
农村集体经济组织成员登记
成员｜性别｜身份证号｜与户主关系
{NAME@m1}｜男｜{ID@m1}｜户主
{NAME@f2}｜女｜{ID@f2}｜配偶
{NAME@8}｜{SEX@8}｜{ID@8}｜子女
所在组：{ADDR:vill}
股权证号：{SERIAL:alnum}
""")
S("""
测绘成果使用申请（地理信息）
申请单位：{COMP}　统一社会信用代码：{USCC}
联系人：{NAME}，{MOB}，{EMAIL}
申请数据：1:2000地形图（{COUNTY}部分区域），成果编号{SERIAL:alnum}
用途：<<道路设计|管线规划|国土变更调查>>　保密协议号：{CONTRACT}
""")

# ---- 金融协查, 银行 ------------------------------------------------------------------------------------
S("""
协助冻结存款通知书（回执联）
冻结对象：{NAME@1}　身份证：{ID@1}
冻结账号：{CARD:sp}　冻结金额：{FIN}
冻结期限：{DATE}至{DATE}
执行机关文书号：{CASENO:any}
银行经办人：{NAME}　联系电话：{SVC:bank}转人工
""")
S("""
可疑交易线索移送
客户：{NAME@1}，证件号{ID@1}，手机{MOB@1}
涉及账户：{CARD}、{CARD}
异常特征：{DATE}至{DATE}间，账户快进快出，累计交易{FIN:big}，对手方{CNT:acct}。
登录设备IP：{IP}、{IP}
移送编号：{SERIAL:alnum}
""")
S("""
银行流水（节选）
账号：{CARD@1}　户名：{NAME@1}
日期｜摘要｜交易金额｜余额｜对方户名
{DATE}｜工资｜{FIN:small}｜{FIN}｜{COMP}
{DATE}｜转账｜{FIN:small}｜{FIN}｜{NAME}
{DATE}｜消费｜{FIN:small}｜{FIN}｜财付通
""")
S("""
贷款逾期催收函（报送监管备案）
借款人：{NAME@1}　身份证号：{ID@1}
借款合同号：{CONTRACT}　逾期本金：{FIN}
还款账户：{CARD}
通讯地址：{ADDR@1}　邮编：{POST}
如已还款请忽略。客服热线：{SVC:bank}
""")
S("""
第三方支付账户调证结果
支付账户：{MOB@1}（实名：{NAME@1}，{ID@1}）
绑定银行卡：{CARD}、{CARD}
注册邮箱：{EMAIL@1}
最近交易订单：{ORDER}，金额{FIN}，收款方{COMP}
登录IP：{IP}
""")

# ---- 外事, 出境团组, 港澳 -----------------------------------------------------------------------------
S("""
因公临时出国（境）任务审批意见表（附团组名单）
团组名称：湖州市<<经贸|文旅|教育|科技>>代表团　出访国家（地区）：<<德国、荷兰|日本|新加坡、马来西亚|香港、澳门>>
在外天数：{NUM:s}天　批件号：{DOCNO}
姓名｜单位职务｜护照/通行证号
{NAME}｜市商务局副局长｜{PASS}
{NAME}｜市投资促进中心主任｜{PASS}
{NAME}｜{COMP}总经理｜{PASS}
{NAME}｜市外办科员（翻译）｜{HKM}
联系人：{NAME}，{TEL:hzext}
""")
S("""
出境旅游团队名单表（报文旅部门备案）
组团社：{COMP}（许可证号 L-ZJ-{NUM:l}{NUM:l}）　团号：HZ{YEAR}{NUM:l}{NUM:m}
领队：{NAME@1}　领队证号：{SERIAL:alnum}　手机：{MOB:p86@1}
序号　姓名　性别　护照号码　出生日期
1　{NAME@2}　{SEX@2}　{PASS}　{DOB:iso@2}
2　{NAME@3}　{SEX@3}　{PASS}　{DOB:iso@3}
3　{NAME@4}　{SEX@4}　{PASS}　{DOB:iso@4}
4　{NAME@5}　{SEX@5}　{PASS}　{DOB:iso@5}
行程：<<日本关西、关东地区|泰国曼谷及周边|新加坡、马来西亚>>，共{NUM:s}天
""")
S("""
赴港澳商务备案人员信息
企业：{COMP}（{USCC}）
人员：{NAME}，往来港澳通行证{HKM}，签注S；{NAME}，往来港澳通行证{HKM}，签注S
事由：参加<<香港国际秋季电子产品展|澳门国际贸易投资展览会|香港春季成衣展>>
备案日期：{DATE}　联系人电话：{MOB}
""")
S("""
往来港澳通行证遗失声明（登报）
{NAME@1}（身份证号：{ID@1}）不慎遗失往来港澳通行证一本，证件号码{HKM}，声明作废。
""")
S("""
护照遗失声明：{NAME}，护照号{PASS}，于{DATE}在<<曼谷|东京|新加坡|法兰克福>>遗失，特此声明作废。联系邮箱 {EMAIL}
""")
S("""
Invitation letter support — Huzhou Municipal Foreign Affairs Office
Applicant: {NAME@1} (Passport No. {PASS@1})
Date of birth: {DOB:iso@1}
Employer: {COMP}, USCC {USCC}
Contact: {EMAIL@1}, mobile {MOB:p86@1}
Purpose: business negotiation, {DATE:iso} – {DATE:iso}
Ref: {SERIAL:alnum}
""")
S("""
出入境证件查验异常记录（口岸协查）
旅客：{NAME@1}　持证：往来港澳通行证 {HKM@1}
同行：{NAME@2}　持证：普通护照 {PASS@2}
查验时间：{DATE} {TIME}　通道：<<拱北口岸|深圳湾口岸|罗湖口岸|横琴口岸>>
异常原因：签注次数已用完。　户籍地：{ADDRDIV}
""")
S("""
出入境记录查询结果
被查询人：{NAME@1}，公民身份号码{ID@1}
证件：普通护照{PASS@1}；往来港澳通行证{HKM@1}
近一年出入境：{DATE}出境（浦东机场），{DATE}入境（浦东机场）；{DATE}出境（港珠澳大桥口岸）
查询单位：{COUNTY}公安分局　查询人：{NAME}
""")

# ---- 车辆, 停车, 卡口 ----------------------------------------------------------------------------------
S("""
停车场出入记录（{COUNTY}智慧停车平台导出）
车牌号,入场时间,出场时间,停车时长,支付方式
{PLATE},{DATE:iso} {TIME:s},{DATE:iso} {TIME:s},<<2小时14分|35分|5小时02分>>,<<无感支付|微信|月卡>>
{PLATE},{DATE:iso} {TIME:s},{DATE:iso} {TIME:s},<<1小时|48分|3小时20分>>,<<支付宝|月卡|现金>>
{PLATE},{DATE:iso} {TIME:s},{DATE:iso} {TIME:s},<<15分|4小时|6小时40分>>,<<免费时段|ETC|微信>>
停车场收费标准：{AMT:fee}/天封顶
""")
S("""
卡口过车记录查询（协查）
号牌：{PLATE@1}　车主：{NAME@1}（{MOB@1}）
{DAY}通行轨迹：{TRACE}
同行车辆：{PLATE}、{PLATE}
查询人：{NAME}　事由：{CASENO:admin}
""")
S("""
渣土运输车辆核准名单
序号｜车牌号｜驾驶员｜手机
1｜{PLATE:hz}｜{NAME}｜{MOB}
2｜{PLATE:hz}｜{NAME}｜{MOB}
3｜{PLATE:hz}｜{NAME}｜{MOB}
4｜{PLATE:hz}｜{NAME}｜{MOB}
运输企业：{COMP}（{USCC}）　核准证号：{SERIAL:alnum}
""")
S("""
公务用车使用登记
日期：{DATE}　车号：{PLATE:hz}　驾驶员：{NAME}
用车人：{NAME}　事由：<<赴长兴县督查|送文件至市政府|陪同检查组|赴安吉调研>>
路线：{TRACE}
出车里程：{NUM:l}{NUM:s}km　回场里程：{NUM:l}{NUM:s}km
""")
S("""
机动车检验预约短信：尊敬的{NAME}，您的车辆{PLATE}已预约{DATE} {TIME}在<<湖州市机动车检测中心|长兴机动车检测站|德清检测站>>检验，预约号{SERIAL:alnum}。咨询{TEL:hz}。
""")
S("""
驾校学员报名信息
学员：{NAME@5}　身份证：{ID@5}　手机：{MOB@5}
报考车型：C<<1|2>>　教练：{NAME}（{MOB}）　教练车：{PLATE:hz}
住址：{ADDR@5}
体检：{HEALTH}不影响驾驶（附证明）
""")
S("""
车辆被盗抢报案
报案人：{NAME@1}，{MOB@1}
被盗车辆：{PLATE@1}，<<白色大众朗逸|黑色丰田凯美瑞|灰色比亚迪秦PLUS|红色五菱宏光MINI>>
最后停放地：{ADDR}
车辆GPS最后定位：{ADDR:road}附近
受理民警：{NAME}　警情号：{WO}
""")

# ---- 通讯录, 会议, 公开 --------------------------------------------------------------------------------
S("""
湖州市数据资源管理工作联络员通讯录
单位　联络员　办公电话　手机　邮箱
市发改委　{NAME}　{TEL:hz}　{MOB}　{EMAIL:gov}
市经信局　{NAME}　{TEL:hzext}　{MOB}　{EMAIL:gov}
市公安局　{NAME}　{TEL:hz}　{MOB}　{EMAIL}
市民政局　{NAME}　{TEL:hzext}　{MOB}　{EMAIL:gov}
市卫健委　{NAME}　{TEL:hz}　{MOB}　{EMAIL}
""")
S("""
关于召开全市公共数据分类分级工作推进会的通知
{DOCNO}
各区县大数据局，市级各有关单位：
定于{DATE}下午2:30在市行政中心<<3|5|7>>号楼会议室召开推进会。请各单位于{DATE}前将参会回执发送至{EMAIL:gov}。
联系人：{NAME}，电话{TEL:hzext}，手机{MOB}。
湖州市大数据发展管理局
""")
S("""
政府信息公开申请表
申请人：{NAME@1}　证件类型：居民身份证　证件号码：{ID@1}
通信地址：{ADDR@1}　邮政编码：{POST}
联系电话：{PHONE@1}　电子邮箱：{EMAIL@1}
所需信息：{DOCNO}文件全文及附件
获取方式：电子邮件
""")
S("""
政府信息公开申请答复书
{DOCNO}
{NAME@1}：
本机关于{DATE}收到你通过邮件（{EMAIL@1}）提出的政府信息公开申请。经查，你申请公开的信息已于{DATE}主动公开，文号{DOCNO}，可在湖州市人民政府门户网站查阅。
如对本答复不服，可在收到之日起60日内申请行政复议。
""")
S("""
会议纪要（数据安全专题）
时间：{DATE}　主持：{NAME}　记录：{NAME}
出席：{NAME}、{NAME}、{NAME}、{NAME}
一、{NAME}通报：{DATE}发现某外包人员通过 {IP:int} 批量导出社保数据{CNT:rows}，已停用其账号（{EMAIL}）。
二、会议要求：外包账号一律启用双因子认证；日志保存不少于6个月。
三、下次会议：{DATE}。
""")
S("""
人大代表建议办理沟通记录
代表：{NAME@1}（市人大代表，{COMP}）　手机：{MOB@1}
建议编号：第{NUM:l}号　承办单位：市<<交通运输局|教育局|卫健委|住建局>>
沟通方式：当面　时间：{DATE}
承办人：{NAME}，{TEL:hzext}
""")

# ---- 社保卡 ---------------------------------------------------------------------------------------------
S("""
社会保障卡申领登记
姓名：{NAME@1}　公民身份号码：{ID@1}
原社保卡卡号：{SSC:card}（补换）
申领网点：湖州银行{TOWN}支行
手机号码：{MOB@1}　邮寄地址：{ADDR@1}
制卡批次：{SERIAL:alnum}
""")
S("""
社保卡挂失电话记录
来电：{PHONE}　持卡人：{NAME@1}
核验：身份证{ID@1}，社保卡号{SSC:card}
处理：已正式挂失，金融账户{CARD}同步冻结。
受理人：{NAME}　热线{SVC:hrss}
""")
S("""
第三代社保卡发放签收表（{TOWN}）
姓名｜身份证号｜社会保障卡号｜签收
{NAME}｜{ID}｜{SSC:card}｜已签
{NAME}｜{ID}｜{SSC:card}｜已签
{NAME}｜{ID}｜{SSC:card}｜未领
""")
S("""
医保个人账户家庭共济绑定
授权人：{NAME@1}　个人社保编号：{SSC:no}
被共济人：{NAME@2}（关系：<<父母|配偶|子女>>）　身份证：{ID@2}
绑定渠道：浙里办　绑定时间：{DATE} {TIME}
""")

# ---- 电商, 快递, 外卖 ---------------------------------------------------------------------------------
S("""
网络交易投诉（平台转办）
投诉人：{NAME@1}，{MOB@1}，{EMAIL@1}
订单号：{ORDER}　物流单号：{TRACK}
商家：{COMP}（{USCC}）
问题：收到商品为假冒，要求退一赔三。平台介入编号{SERIAL:alnum}。
收货地址：{ADDR@1}
""")
S("""
快递丢件赔付申请
寄件人：{NAME@1}　手机：{MOB@1}
收件人：{NAME@2}　手机：{MOB@2}　地址：{ADDR@2}
运单号：{TRACK}　保价：是
快递公司客服：{SVC:corp}
""")
S("""
外卖骑手实名备案（平台报送）
骑手：{NAME@5}　身份证号：{ID@5}　手机：{MOB@5}
健康证编号：{SERIAL:alnum}　电动车号牌：浙湖<<吴兴|南浔>>{NUM:l}{NUM:l}
站点：{COMP}（{USCC}）
""")

# ---- 系统导出, 英文混排, 表格 -------------------------------------------------------------------------------
S("""
<?xml version="1.0" encoding="UTF-8"?>
<applicant>
  <name>{NAME@1}</name>
  <idNo>{ID:plain@1}</idNo>
  <mobile>{MOB:plain@1}</mobile>
  <email>{EMAIL@1}</email>
  <address>{ADDR@1}</address>
  <submitIp>{IP}</submitIp>
  <appVersion>{VER}</appVersion>
</applicant>
""")
S("""
id,name,id_card,phone,bank_card,amount,remark
1,{NAME},{ID:plain},{MOB:plain},{CARD:plain},{FIN:small},
2,{NAME},{ID:plain},{MOB:plain},{BADCARD},0,card checksum failed
3,{NAME},{ID:plain},{MOB:plain},{CARD:plain},{FIN:small},
# export by {EMAIL:gov} at {DATE:iso} {TIME:s}, rows={CNT:bare}
""")
S("""
ERROR 2024 [import-job {SERIAL:sn}] row 17: field id_card value "{BADID}" rejected: GB11643 check digit mismatch
ERROR 2024 [import-job {SERIAL:sn}] row 23: field uscc value "{BADUSCC}" rejected: GB32100 check character mismatch
INFO  2024 [import-job {SERIAL:sn}] row 24 ok: {NAME} {ID:plain} {MOB:plain}
""")
S("""
SMS gateway log
{DATE:iso} {TIME:s} to={MOB:p86n} tpl=VERIFY code=<<482913|730215|119384>> status=DELIVRD
{DATE:iso} {TIME:s} to={MOB:p86n} tpl=VERIFY code=<<582911|305276|910284>> status=DELIVRD
{DATE:iso} {TIME:s} to={MOB:plain} tpl=NOTICE biz={WO} status=UNDELIV
sender service no: {SVC:gov}
""")
S("""
Ticket #{WO} — Data correction request
Reporter: {NAME@1} <{EMAIL@1}>
Dept: Huzhou Public Data Platform / population
Issue: citizen record shows mobile {MOB@1} but applicant says the correct one is {MOB}. ID on file: {ID:plain@1}.
Source IP: {IP:int}   Priority: P3   Opened: {DATE:iso}
""")
S("""
| 姓名 | 身份证号 | 手机 | 车牌 |
|------|----------|------|------|
| {NAME} | {ID} | {MOB} | {PLATE} |
| {NAME} | {ID} | {MOB} | {PLATE} |
| {NAME} | {ID} | {MOB} | {PLATE} |
（以上为{COUNTY}<<文明交通劝导|电动车上牌|停车难治理>>志愿者名单）
""")
S("""
OCR识别结果（身份证正反面）
姓名 {NAME@1}
性别 {SEX@1}  民族 汉
出生 {DOB:cn@1}
住址 {ADDR@1}
公民身份号码 {ID:plain@1}
签发机关 湖州市公安局{COUNTY}分局
有效期限 {DATE:dot}-{DATE:exp}
""")
S("""
OCR识别结果（银行卡）
卡号：{CARD:sp}
有效期：<<08/29|11/27|03/31>>
持卡人：{NAME}
识别置信度：0.9{NUM:m}　引擎版本 {VER}
""")
S("""
OCR识别结果（营业执照）
统一社会信用代码 {USCC}
名 称 {COMP}
类 型 有限责任公司（自然人投资或控股）
法定代表人 {NAME}
注册资本 {AMT:big}
住 所 {ADDR:road}
登记机关 湖州市市场监督管理局　{DATE}
""")
S("""
接口联调记录：
请求 POST /open/v1/verify  body={"name":"{NAME}","idcard":"{ID:plain}","mobile":"{MOB:plain}"}
返回 {"code":0,"msg":"一致","serial":"{SERIAL:acc18}"}
请求 POST /open/v1/verify  body={"name":"{NAME}","idcard":"{BADID}","mobile":"{MOB:plain}"}
返回 {"code":1002,"msg":"身份证号格式错误"}
调用方：{IP:int}　联调人：{NAME}（{EMAIL}）
""")
S("""
邮件转发：
---------- Forwarded message ---------
From: {NAME@1} <{EMAIL@1}>
Date: {DATE}
Subject: 补充材料（{NAME@1} 公租房申请）
附件为本人身份证（{ID@1}）、户口本及收入证明。我的新手机号是{MOB@1}，旧号{MOB}已停用。
""")
S("""
微信聊天记录（当事人提供，截图转写）
{NAME@1}：钱转你卡上了，{CARD}，你查一下
{NAME@2}：收到，{FIN}对吧
{NAME@1}：对，月底前还我。我新号{MOB@1}
{NAME@2}：好的。我地址改了，寄到{ADDR@2}
""")
S("""
系统提示：检测到以下字段疑似敏感信息已自动打码，请复核——
原文：“联系人{NAME}，电话{MOB}，卡号{CARD}，身份证{ID}”
复核人：{NAME}　复核时间：{DATE} {TIME}　规则库版本：{VER}
""")
S("""
数据目录（字段说明）
字段名 | 中文名 | 示例值 | 分级
xm | 姓名 | {NAME} | L3
sfzhm | 身份证号码 | {ID:plain} | L4
sjhm | 手机号码 | {MOB:plain} | L3
yhkh | 银行卡号 | {CARD:plain} | L4
jzdz | 居住地址 | {ADDR} | L3
tyshxydm | 统一社会信用代码 | {USCC} | L1
目录版本 {VER}　发布日期 {DATE}
""")
S("""
短信：【湖州公积金】{NAME}您好，您的公积金账户（{SERIAL:num12}）于{DATE}汇缴入账，当前余额{FIN}。如非本人操作请致电{SVC:gov}。
""")
S("""
【浙里办】尊敬的{NAME}，您申请的<<居住证|不动产登记|医保转移|个体户设立>>事项已办结，办件编号{SERIAL:acc18}。请登录查看结果。
""")
S("""
【湖州银行】您的账户{CARD}于{DATE} {TIME}转入{FIN}，对方：{NAME}。如有疑问请致电{SVC:bank}。本短信发送号码不接受回复。
""")

# ---- 杂项公文与记录 ----------------------------------------------------------------------------------------
S("""
关于{NAME@1}同志试用期满考核情况的公示
{NAME@1}，{SEX@1}，{DOB:cn@1}生，大学学历，{YEAR}年{NUM:s}月录用为市<<大数据发展管理局|民政局|司法局>>一级科员，试用期满考核合格，拟予以任职定级。
公示期：{DATE}至{DATE}。如有异议，请与市委组织部联系（电话{TEL:hz}，邮箱{EMAIL:gov}）。
""")
S("""
拟推荐“最美湖州人”候选人公示
{NAME}，{COMP}员工，见义勇为，跳河救起落水儿童；
{NAME}，{TOWN}卫生院医生，扎根乡村{NUM:m}年；
{NAME}，退休教师，义务辅导留守儿童。
公示期{DATE}至{DATE}，监督电话{TEL:hz}。
""")
S("""
值班日志
{DATE}
08:30 {NAME}接班。
10:12 接市民{ANON}来电（{PHONE}），咨询居住证办理，已告知。
14:40 {COUNTY}报送：辖区{ADDR}发生燃气泄漏，已处置。
17:30 交班给{NAME}（{MOB}）。
""")
S("""
档案借阅登记
借阅人：{NAME@1}　单位：市<<档案馆|规划馆|纪委|审计局>>　证件号：{ID@1}
借阅档案：<<1998年土地征用|2003年企业改制|2010年拆迁安置>>卷宗，档号{SERIAL:alnum}
涉及人员：{NAME}（{ID:old}）、{NAME}（{ID:old}）
借阅日期：{DATE}　归还日期：{DATE}
""")
S("""
企业开办“一件事”联办单
企业名称：{COMP}　统一社会信用代码：{USCC}
法定代表人：{NAME@1}，{ID@1}，{MOB@1}
财务负责人：{NAME@2}，{ID@2}，{MOB@2}
办税人：{NAME@3}，{ID@3}，{MOB@3}
银行开户：<<湖州银行|农业银行|建设银行>>（基本户）　社保登记号：{SERIAL:num12}
""")
S("""
安置房分配摇号结果（第{NUM:s}批）
序号｜被征收人｜身份证号后四位｜房源编号
1｜{NAME}｜{NUM:l}{NUM:s}｜AZF-{NUM:l}
2｜{NAME}｜{NUM:l}{NUM:s}｜AZF-{NUM:l}
3｜{NAME}｜{NUM:l}{NUM:s}｜AZF-{NUM:l}
公证员：{NAME}　公证书编号：{SERIAL:alnum}
""")
S("""
离婚冷静期撤回申请
申请人：{NAME@1}，身份证件号{ID@1}，电话{MOB@1}
对方：{NAME@2}，身份证件号{ID@2}
原离婚登记申请受理回执编号：{SERIAL:alnum}
撤回理由：双方和好。　日期：{DATE}
""")
S("""
残疾人辅具适配申请
申请人：{NAME@1}，{AGE@1}岁，身份证{ID@1}
残疾情况：{HEALTH}
需求辅具：<<轮椅|助听器|假肢|助行器>>　评估机构：湖州市康复医院（评估号{MRN:ba}）
联系人：{NAME@2}，{MOB@2}，家住{ADDR@1}
""")
S("""
烈士纪念设施祭扫预约
预约人：{NAME}，{MOB}，{ID}
同行人数：{NUM:s}　车辆：{PLATE}
预约时间：{DATE} 上午　地点：湖州市革命烈士陵园
""")
S("""
行政复议申请书
申请人：{NAME@1}，{SEX@1}，{DOB@1}出生，住{ADDR@1}，身份证号{ID@1}，电话{MOB@1}
被申请人：湖州市{COUNTY}<<市场监督管理局|综合行政执法局|公安分局>>
复议请求：撤销被申请人作出的{CASENO:admin}行政处罚决定。
申请日期：{DATE}
""")
S("""
群众满意度电话调查抽样记录
样本号｜受访号码｜结果
{NUM:l}｜{MOB}｜满意
{NUM:l}｜{MOB}｜拒访
{NUM:l}｜{TEL}｜空号
{NUM:l}｜{MOB}｜基本满意
调查员：{NAME}　调查日期：{DATE}　外呼系统 {VER}
""")
S("""
房屋征收补偿协议（要素）
被征收人：{NAME@1}，身份证{ID@1}
被征收房屋：{ADDR@1}　不动产权证号：{CERT}
补偿总额：{FIN:big}（含搬迁费、临时安置费）
收款账户：{CARD}
征收实施单位：{COUNTY}<<房屋征收服务中心|城中村改造指挥部>>　协议编号：{CONTRACT}
""")

# ---- Traditional-script documents (涉港澳台公證, 台資/港資企業, 轉換的檔案文本 etc.) -------------------------
T("""
公證書（發往台灣地區使用）
（{YEAR}）浙湖證字第{NUM:l}號
申請人：{NAME@m1}，{SEX@m1}，{DOB:cn@m1}出生，公民身份號碼{ID@m1}，現住{ADDR@m1}。
茲證明{NAME@m1}與{NAME@f2}（公民身份號碼{ID@f2}）系夫妻關係，於{DATE}在湖州市民政局登記結婚。
聯繫電話：{MOB@m1}
浙江省湖州市湖州公證處　公證員 {NAME}
""")
T("""
親屬關係公證申請表
申請人姓名：{NAME@1}　性別：{SEX@1}　出生日期：{DOB@1}
身份證號碼：{ID@1}　護照號碼：{PASS@1}
住址：{ADDR@1}
關係人：{NAME@2}（申請人之<<父親|母親|祖父|外祖母>>），身份證號碼{ID@2}
用途：在香港辦理遺產繼承　電子郵件：{EMAIL@1}
受理編號：{SERIAL:alnum}
""")
T("""
台資企業設立登記申請（摘要）
企業名稱：{COMP}
統一社會信用代碼：{USCC}
住所：{ADDR:road}
法定代表人：{NAME@1}　聯繫電話：{PHONE@1}　電郵：{EMAIL@1}
註冊資本：{AMT:big}
聯絡員：{NAME@2}，手機{MOB@2}，身份證號碼{ID@2}
受理日期：{DATE}　文號：{DOCNO}
""")
T("""
港澳居民投資企業年度報告（聯絡資料）
企業：{COMP}（統一社會信用代碼 {USCC}）
聯絡人：{NAME}　內地手機：{MOB}　香港聯絡方式：另附
電郵：{EMAIL}
辦公地址：{ADDR}
報送日期：{DATE}
""")
T("""
往來港澳通行證申請表
姓名：{NAME@1}　性別：{SEX@1}　出生日期：{DOB@1}
公民身份號碼：{ID@1}
戶籍地址：{ADDR@1}
原證件號碼：{HKM}
聯繫電話：{MOB@1}
申請類別：<<換發|補發|首次申請>>　受理日期：{DATE}
""")
T("""
病歷摘要（轉診香港使用）
姓名：{NAME@1}　性別：{SEX@1}　年齡：{AGE@1}歲　住院號：{MRN:zy}
診斷：{HEALTH}；{HEALTH:post}
治療經過：於{HOSP}住院治療，病情穩定。
患者往來港澳通行證：{HKM@1}　聯繫電話：{MOB@1}
主治醫師：{NAME}　日期：{DATE}
""")
T("""
兩岸婚姻登記材料清單
大陸居民一方：{NAME@1}，身份證號碼{ID@1}，戶籍地{ADDRDIV}，手機{MOB@1}
台灣居民一方：{NAME@2}（台胞證號另附）
擬登記日期：{DATE}　預約號：{SERIAL:alnum}
聯繫郵箱：{EMAIL@1}
""")
T("""
湖州市人民政府辦公室 關於調整市大數據發展領導小組成員的通知
{DOCNO}
因工作變動，{NAME}同志任副組長，{NAME}同志任成員（市財政局）。
領導小組辦公室聯繫人：{NAME}，電話{TEL:hzext}，郵箱{EMAIL:gov}。
湖州市人民政府辦公室　{DATE}印發
""")
T("""
港澳同胞回鄉投資座談會 參會回執
姓名：{NAME}　單位：{COMP}
內地聯繫手機：{MOB:p86}　郵箱：{EMAIL}
往來港澳通行證（隨行內地人員）：{NAME} {HKM}；{NAME} {HKM}
車輛：{PLATE}（需安排停車）
""")
T("""
民事判決書（節錄，供香港執行）
{CASENO}
原告：{NAME@1}，{SEX@1}，住{ADDR@1}，公民身份號碼{ID@1}。
被告：{NAME@2}，{SEX@2}，護照號碼{PASS@2}，現住香港。
判決如下：被告於本判決生效之日起十日內償還原告借款{FIN}。
審判員：{NAME}　書記員：{NAME}　{DATE}
""")
T("""
出入境證件代辦委託書
委託人：{NAME@1}，公民身份號碼{ID@1}，聯繫電話{MOB@1}
受託人：{NAME@2}，公民身份號碼{ID@2}，聯繫電話{MOB@2}
委託事項：代為領取本人護照（{PASS@1}）及往來港澳通行證（{HKM@1}）。
委託日期：{DATE}
""")
T("""
僑務信息登記（歸僑僑眷）
姓名：{NAME@1}　出生日期：{DOB@1}　身份證：{ID@1}
海外親屬：{NAME@2}，居住國：<<加拿大|澳大利亞|美國|馬來西亞>>，護照號{PASS@2}，郵箱{EMAIL@2}
本人住址：{ADDR@1}　電話：{PHONE@1}
登記單位：湖州市僑聯　日期：{DATE}
""")
T("""
稅務事項通知書
{DOCNO}
{COMP}（納稅人識別號：{USCC}）：
經查，你單位{YEAR}年度存在少繳印花稅情形，應補繳稅款{AMT}。請於{DATE}前辦理。
聯繫人：{NAME}　電話：{TEL:hz}　納稅服務熱線{SVC:tax}
""")
T("""
行程軌跡說明（入境人員）
{NAME@1}（護照號碼{PASS@1}，手機{MOB:p86@1}）於{DAY}經上海浦東機場入境，當日行程：{TRACE}。
其間乘坐車輛{PLATE}，駕駛人{NAME@2}（{MOB@2}）。
核查人：{NAME}
""")
T("""
存款證明申請（留學用途）
申請人：{NAME@1}　身份證號：{ID@1}　護照號：{PASS@1}
存款賬戶：{CARD}　凍結金額：{FIN:big}
凍結期限：{DATE}至{DATE}
聯繫地址：{ADDR@1}　郵編：{POST}
""")
T("""
長者院舍入住申請（港澳長者回鄉養老）
申請人：{NAME@41}，{SEX@41}，{AGE@41}歲，身份證{ID@41}
主要疾病：{HEALTH}
內地聯繫人：{NAME@2}，手機{MOB@2}，住{ADDR@2}
擬入住：湖州市社會福利中心　申請日期：{DATE}
""")
T("""
企業信用修復申請
企業名稱：{COMP}
統一社會信用代碼：{USCC}
原處罰決定書文號：{DOCNO}
聯繫人：{NAME}，手機{MOB}，電郵{EMAIL}
備註：申報時曾誤填代碼{BADUSCC}，已更正。
""")
T("""
系統日誌（繁體介面）
[{DATE:iso} {TIME:s}] 使用者 {NAME}（{EMAIL:gov}）自 {IP:int} 登入成功
[{DATE:iso} {TIME:s}] 使用者 {NAME} 查詢 身份證號 {ID:plain}
[{DATE:iso} {TIME:s}] 來源 {IP:pub} 登入失敗（密碼錯誤）
系統版本 {VER}
""")
T("""
不動產登記申請書
權利人：{NAME@1}　證件號：{ID@1}　電話：{MOB@1}
不動產坐落：{ADDR@1}
不動產單元號：{PROP}
原不動產權證書號：{CERT}
成交價：{FIN:big}
代理人：{NAME@2}，{MOB@2}
""")
T("""
勞動爭議仲裁申請書
申請人：{NAME@1}，{SEX@1}，身份證號{ID@1}，住{ADDR@1}，電話{MOB@1}。
被申請人：{COMP}，統一社會信用代碼{USCC}。
仲裁請求：支付拖欠工資{FIN}。工資卡號：{CARD}。
此致 湖州市勞動人事爭議仲裁委員會
""")
T("""
社會救助入戶調查表
申請人：{NAME@1}　身份證：{ID@1}
家庭住址：{ADDR@1}
健康狀況：{HEALTH}
家庭月收入：{FIN:small}　存款：{FIN}
調查人：{NAME}、{NAME}　調查日期：{DATE}
""")
T("""
機動車轉移登記
原車主：{NAME@1}（{ID@1}）
現車主：{NAME@2}（{ID@2}），聯繫電話{MOB@2}
號牌號碼：{PLATE}　成交價：{FIN}
現車主住所：{ADDR@2}
經辦人：{NAME}
""")
T("""
旅客住宿登記（港澳台及境外人員專用）
旅客：{NAME@1}　證件：普通護照　號碼：{PASS@1}
同行：{NAME@2}　證件：往來港澳通行證　號碼：{HKM@2}
入住日期：{DATE}　房號：{NUM:l}
聯繫電話：{MOB:p86@1}
""")
T("""
會議紀要（湖港合作專班）
時間：{DATE}　記錄：{NAME}
出席：{NAME}、{NAME}、{NAME}
一、{COMP}（{USCC}）擬在南太湖新區設立研發中心，聯繫人{NAME}（{MOB}，{EMAIL}）。
二、赴港招商人員證件由市外辦統一辦理：{NAME}（{HKM}）、{NAME}（{HKM}）。
""")
T("""
公積金提取申請（退休提取）
職工姓名：{NAME@1}　證件號碼：{ID@1}　出生日期：{DOB@1}
個人賬號：{SERIAL:num12}　提取金額：{FIN}
收款銀行卡：{CARD}　手機：{MOB@1}
申請日期：{DATE}
""")
T("""
郵件：
寄件者：{NAME@1} <{EMAIL@1}>
主旨：申請補發出生醫學證明
您好，本人{NAME@1}（身份證{ID@1}），孩子{NAME@7}於{DOB:cn@7}在{HOSP}出生，證明遺失，懇請補發。聯繫電話{MOB@1}，地址{ADDR@1}。
""")
T("""
12345熱線工單（繁體轉寫）
工單號：{WO}　來電號碼：{PHONE}
來電人：{ANON}
訴求：反映{ADDR}附近夜間施工噪音擾民。
承辦單位：{COUNTY}綜合行政執法局　經辦人：{NAME}，電話{TEL:hz}
""")

# ---- 更多: 查验, 对账, 退回, 协查 (look-alikes and numbers beside identifiers) -----------------------------------
S("""
补贴资金发放失败退回清单（{TOWN}）
序号｜姓名｜身份证号｜账号｜退回原因
1｜{NAME}｜{ID}｜{BADCARD}｜卡号校验位错误
2｜{NAME}｜{BADID}｜{CARD}｜身份证号校验不通过
3｜{NAME}｜{ID}｜{CARD}｜账户已销户
4｜{NAME}｜{ID}｜{BADCARD:sp}｜卡号不存在
退回批次号：{SERIAL:acc18}　退回金额合计：{AMT}　财政支付凭证号：{ORDER:num18}
""")
S("""
对账差异说明（社保卡金融账户）
银行批次 {ORDER:num19} 中以下记录与人社系统不一致：
- 人社系统卡号 {CARD}，银行返回卡号 {BADCARD}（末位不符）；持卡人 {NAME}
- 人社系统身份证 {ID}，银行返回 {BADID}（校验位不符）；持卡人 {NAME}
请于{DATE}前核对。联系人 {NAME}，{TEL:hzext}
""")
S("""
统一社会信用代码核验结果
输入｜结果｜企业名称
{USCC}｜有效｜{COMP}
{BADUSCC}｜校验码错误｜—
{USCC}｜有效｜{COMP}
{BADUSCC}｜校验码错误｜—
{REGNO}｜旧版注册号，已换照｜{COMP}
核验时间：{DATE} {TIME}　核验接口版本 {VER}
""")
S("""
快递包裹实名查验异常（寄递渠道）
运单号｜寄件人｜登记证件号｜核验结果
{TRACK}｜{NAME}｜{ID}｜一致
{TRACK}｜{NAME}｜{BADID}｜证件号无效
{TRACK}｜{NAME}｜{ID}｜一致
网点：{COMP}　邮编{POST}　检查人：{NAME}
""")
S("""
电费代扣签约信息（供电公司协查回复）
户号：{SERIAL:num12}　户名：{NAME@1}
用电地址：{ADDR@1}
代扣银行卡：{CARD}
联系电话：{MOB@1}　备用电话：{TEL}
签约日期：{DATE}　电费发票号码：{INVOICE:n8}
""")
S("""
燃气开户登记
用户：{NAME@1}　身份证：{ID@1}
安装地址：{ADDR@1}
联系电话：{MOB@1}
燃气表号：{SERIAL:sn}　用户编号：{SERIAL:num12}
开户费发票：{INVOICE:code12} / {INVOICE:n8}
抢修电话：{SVC:water}
""")
S("""
水费欠费停水通知
户号：{SERIAL:num12}　户名：{NAME}　地址：{ADDR}
截至{DATE}仍未缴清本期水费。请于{DATE}前缴清，逾期将停水。
服务热线：{SVC:water}　营业厅邮编：{POST}
""")
S("""
港澳通行证签注办理统计（{COUNTY}，{DATE:ym}）
办理总量：{CNT:pax}，其中团队旅游签注{CNT:pax}、个人旅游签注{CNT:pax}。
抽查样本：{NAME}（{HKM}）、{NAME}（{HKM}）、{NAME}（{HKM}）
统计人：{NAME}　报送邮箱：{EMAIL:gov}
""")
S("""
因私出入境证件收缴登记（离职/退休人员）
{NAME}　普通护照 {PASS}　往来港澳通行证 {HKM}　收缴日期 {DATE}
{NAME}　往来港澳通行证 {HKM}　收缴日期 {DATE}
{NAME}　普通护照 {PASS}　收缴日期 {DATE}
经办：{NAME}（组织人事科）
""")
S("""
医保结算清单（住院）
姓名：{NAME@1}　医保号：{MRN:yb}　病案号：{MRN:ba}
社会保障卡号：{SSC:card}
主要诊断：{HEALTH}　其他诊断：{HEALTH}
住院天数：{NUM:m}　个人负担：{FIN}
结算单据号：{ORDER:num16}
""")
S("""
精神卫生中心 出院随访交接单
患者：{NAME@1}，{SEX@1}，住院号{MRN:zy}，门诊号{MRN:mz}
出院诊断：{HEALTH}
居住地：{ADDR@1}
监护人：{NAME@2}，{MOB@2}；社区医生：{NAME}，{TEL:hz}
""")
S("""
失踪人员协查通报
{NAME@1}，{SEX@1}，{AGE@1}岁，身份证号{ID@1}，患有{HEALTH}。
于{DATE}下午离家后未归，最后行踪：{TRACE}。
如有线索请联系{NAME@2}（{MOB@2}）或拨打{SVC:police}。
{COUNTY}公安分局　{DATE}
""")
S("""
共享单车/电单车骑行记录调取（事故协查）
用户手机号：{MOB@1}　实名：{NAME@1}
订单：{ORDER:alnum}　车辆编号：{SERIAL:sn}
骑行路线：{TRACE}
平台：{COMP}
""")
S("""
机关事业单位统一社会信用代码登记信息
单位名称：湖州市<<数据资源|档案|机关事务|退役军人服务>>中心
统一社会信用代码：{USCC:gov}
举办单位：湖州市人民政府　法定代表人：{NAME}
住所：{ADDR:road}　邮编：{POST}　电话：{TEL:hz}
经费来源：财政补助　开办资金：{AMT:big}
""")
S("""
出租屋消防检查（{TOWN}）
房东：{NAME@1}，{MOB@1}，{ID@1}
地址：{ADDR@1}
租住人数：{NUM:s}　隐患：电动车入户充电、无烟感。
整改通知书编号：{SERIAL:alnum}　复查日期：{DATE}
检查人：{NAME}　举报电话：{SVC:fire}
""")
S("""
“浙里办”用户注销申请（人工审核）
账号：{MOB@1}　实名：{NAME@1}　身份证：{ID@1}
绑定邮箱：{EMAIL@1}　最近登录：{DATE} {TIME}，IP {IP}
注销原因：本人已办理新号码{MOB}。
审核人：{NAME}　审核结果：通过
""")


# --------------------------------------------------------------------------------------------
# assembly, validation, output
# --------------------------------------------------------------------------------------------
def build_templates():
    """Simplified and Traditional templates interleaved so Traditional ones are spread evenly."""
    n_s, n_t = len(TEMPLATES_S), len(TEMPLATES_T)
    total = n_s + n_t
    tpos = {int((j + 0.5) * total / n_t) for j in range(n_t)}
    assert len(tpos) == n_t
    out, si, ti = [], iter(TEMPLATES_S), iter(TEMPLATES_T)
    for i in range(total):
        out.append((True, next(ti)) if i in tpos else (False, next(si)))
    return out


TEMPLATES = build_templates()


def generate(seed: int = SEED, n_docs: int = N_DOCS):
    docs = []
    for i in range(n_docs):
        trad, tpl = TEMPLATES[i % len(TEMPLATES)]
        rng = random.Random(f"{seed}:{i}")
        ctx = Ctx(rng, trad, rng.choice([2021, 2022, 2023, 2024, 2024, 2025, 2025]))
        text, ents, negs = render(tpl, ctx)
        docs.append({"id": f"heldout20-{i:05d}", "text": text, "entities": ents, "negatives": negs, "source": SOURCE,
                     "_trad": trad})
    return docs


def entity_types() -> set:
    try:
        import yaml
        return set(yaml.safe_load(ENTITIES_YAML.read_text(encoding="utf-8"))["entities"])
    except ImportError:  # pragma: no cover
        return set(re.findall(r"^  ([A-Z_]+):", ENTITIES_YAML.read_text(encoding="utf-8"), re.M))


RX = {
    "CN_MOBILE": re.compile(r"(\+86 ?)?1[3-9]\d{9}"),
    "CN_LANDLINE": re.compile(r"0\d{2,3}\d{7,8}(转\d+|ext\d+|\d{2,4})?"),
    "CN_PASSPORT": re.compile(r"(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})"),
    "CN_HK_MACAO_PERMIT": re.compile(r"(C\d{8}|C[A-HJ-NP-Z]\d{7})"),
    "CN_LICENSE_PLATE": re.compile(r"[\u4e00-\u9fff][A-Z][0-9A-Z]{5,6}"),
    "EMAIL_ADDRESS": re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"),
    "IP_ADDRESS": re.compile(r"(\d{1,3}(\.\d{1,3}){3}|[0-9a-f]{1,4}(:[0-9a-f]{0,4}){2,7})"),
}


def validate(docs, types):
    errors = []
    kinds_lookalike = {"id_lookalike": id_ok, "uscc_lookalike": uscc_ok, "card_lookalike": luhn_ok}
    for d in docs:
        t = d["text"]
        spans = []
        for e in d["entities"]:
            v = t[e["start"]:e["end"]]
            if v != e["_v"] or not v or v != v.strip():
                errors.append((d["id"], "span text", e))
            if e["type"] not in types:
                errors.append((d["id"], "unknown type", e["type"]))
            c = compact(v).upper()
            if e["type"] == "CN_RESIDENT_ID" and not id_ok(v):
                errors.append((d["id"], "bad ID check", v))
            if e["type"] == "BANK_CARD" and not (luhn_ok(v) and 16 <= len(c) <= 19):
                errors.append((d["id"], "bad card", v))
            if e["type"] == "CN_USCC" and not uscc_ok(v):
                errors.append((d["id"], "bad USCC", v))
            if e["type"] in RX and e["type"] != "CN_LANDLINE":
                cc = c.replace("EXT", "") if e["type"] != "EMAIL_ADDRESS" else halfwidth(v)
                if e["type"] == "CN_LICENSE_PLATE":
                    cc = compact(v)
                if e["type"] == "IP_ADDRESS":
                    cc = v
                if not RX[e["type"]].fullmatch(cc):
                    errors.append((d["id"], "format", e["type"], v))
            spans.append((e["start"], e["end"]))
            # an identifier glued to further letters/digits would make its boundary ambiguous
            before = t[e["start"] - 1] if e["start"] else ""
            after = t[e["end"]] if e["end"] < len(t) else ""
            if re.match(r"[0-9A-Za-z\uff10-\uff19]", before) or re.match(r"[0-9A-Za-z\uff10-\uff19@]", after):
                errors.append((d["id"], "glued to alphanumerics", t[max(0, e["start"] - 3):e["end"] + 3]))
        for n in d["negatives"]:
            v = t[n["start"]:n["end"]]
            if v != n["_v"] or not v or v != v.strip():
                errors.append((d["id"], "neg span text", n))
            c = compact(v).upper()
            if n["kind"] in kinds_lookalike and kinds_lookalike[n["kind"]](v):
                errors.append((d["id"], "look-alike passes its check", v))
            if re.fullmatch(r"\d{17}[\dX]", c) and id_ok(c):
                errors.append((d["id"], "negative is a valid ID", v))
            if re.fullmatch(r"\d{16,19}", c) and luhn_ok(c):
                errors.append((d["id"], "negative is a Luhn-valid card", v))
            if len(c) == 18 and uscc_ok(c):
                errors.append((d["id"], "negative is a valid USCC", v))
            spans.append((n["start"], n["end"]))
        spans.sort()
        for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
            if a2 < b1:
                errors.append((d["id"], "overlap", t[a1:b1], t[a2:b2]))
        # unlabeled residue must not contain identifier-shaped strings left by a template slip
        blank = list(t)
        for a, b in spans:
            for j in range(a, b):
                blank[j] = " "
        rest = "".join(blank)
        for rx_name, rx in (("mobile", r"(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9])"), ("long digits", r"\d{13,}"),
                            ("email", r"[\w.+-]+@[\w-]+\.[\w.-]+"), ("ipv4", r"(?<![\d.])\d{1,3}(\.\d{1,3}){3}(?![\d.])")):
            m = re.search(rx, rest)
            if m:
                errors.append((d["id"], "unlabeled " + rx_name, m.group(0)))
    return errors


def strip_private(docs):
    out = []
    for d in docs:
        out.append({"id": d["id"], "text": d["text"],
                    "entities": [{"type": e["type"], "start": e["start"], "end": e["end"]} for e in d["entities"]],
                    "negatives": [{"kind": n["kind"], "start": n["start"], "end": n["end"]} for n in d["negatives"]],
                    "source": d["source"]})
    return out


STRUCTURED = ["CN_RESIDENT_ID", "CN_MOBILE", "CN_LANDLINE", "CN_USCC", "BANK_CARD", "EMAIL_ADDRESS", "IP_ADDRESS", "CN_PASSPORT",
              "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE"]


def main(argv=None) -> int:
    types = entity_types()
    docs = generate()
    again = generate()
    if json.dumps(strip_private(docs), ensure_ascii=False) != json.dumps(strip_private(again), ensure_ascii=False):
        print("ERROR: generation is not deterministic", file=sys.stderr)
        return 1
    errors = validate(docs, types)
    if errors:
        for e in errors[:40]:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} validation errors", file=sys.stderr)
        return 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for d in strip_private(docs):
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert back == strip_private(docs), "read-back differs"
    ent_c = Counter(e["type"] for d in back for e in d["entities"])
    neg_c = Counter(n["kind"] for d in back for n in d["negatives"])
    n_trad = sum(1 for d in docs if d["_trad"])
    n_struct = sum(ent_c[t] for t in STRUCTURED)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(back)} documents, {len(TEMPLATES)} templates "
          f"({len(TEMPLATES_T)} Traditional), {n_trad} Traditional documents ({n_trad / len(back):.1%})")
    print(f"entities: {sum(ent_c.values())} (structured identifiers {n_struct}); hard negatives: {sum(neg_c.values())}")
    print("per entity type:")
    for t, c in sorted(ent_c.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {t:20s} {c:6d}")
    print("per negative kind:")
    for k, c in sorted(neg_c.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {k:20s} {c:6d}")
    short = [t for t in STRUCTURED if ent_c[t] < 150]
    warn = []
    if len(TEMPLATES) < 250:
        warn.append(f"only {len(TEMPLATES)} templates")
    if short:
        warn.append(f"fewer than 150: {short}")
    if sum(ent_c.values()) < 7000 or n_struct < 4000 or sum(neg_c.values()) < 3000:
        warn.append("below volume targets")
    for w in warn:
        print("WARNING:", w)
    return 0


if __name__ == "__main__":
    sys.exit(main())
