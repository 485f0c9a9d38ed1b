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
                      Persons 7, 8 and 9 are minors.
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
                "yeah.net", "aliyun.com", "huzhou.gov.cn", "zjhz.gov.cn", "hzedu.net.cn", "zjhu.edu.cn", "hotmail.com", "sohu.com"]

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


def pick(ctx: Ctx, seq):
    return ctx.rng.choice(seq)


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


def new_person(ctx: Ctx, minor: bool = False) -> dict:
    r = ctx.rng
    sex = r.choice("男女")
    if minor:
        age = r.randint(1, 16)
    else:
        age = r.choice([r.randint(19, 45), r.randint(30, 65), r.randint(55, 92)])
    y = ctx.year - age
    dob = _dt.date(y, 1, 1) + _dt.timedelta(days=r.randint(0, 364))
    region = r.choice(REGION_HZ) if r.random() < 0.72 else r.choice(REGION_OTHER)
    seq = r.randint(0, 99)
    last = r.choice("13579" if sex == "男" else "02468")
    first17 = region + dob.strftime("%Y%m%d") + f"{seq:02d}" + last
    return {"sex": sex, "age": age, "dob": dob, "region": region, "first17": first17, "name": _name(ctx, sex)}


def person(ctx: Ctx, n):
    if n is None:
        return new_person(ctx)
    if n not in ctx.persons:
        ctx.persons[n] = new_person(ctx, minor=n in ("7", "8", "9"))
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
    return txt(sur + r.choice(["某", "某", "某某", "女士", "先生", "师傅", "阿姨", "大爷", "老师", "某某"]))


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
    bad = ctx.rng.choice([c for c in "0123456789X" if c != good])
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
    head = kind or r.choice(["91", "91", "91", "91", "92", "92", "93", "52", "12", "11", "51", "91"])
    region = r.choice(["330502", "330503", "330521", "330522", "330523", "330500", "330501", "330106", "330110", "330402"])
    if r.random() < 0.65:
        body = "MA" + "".join(r.choice("0123456789" + "".join(USCC_LETTERS)) for _ in range(6))
    else:
        body = str(r.randint(1, 7)) + digits(ctx, 7)
    first17 = head + region + body + org_check(body)
    return first17, uscc_check(first17)


def g_uscc(ctx, v, k):
    f, c = _uscc(ctx, {"ind": "92", "ent": "91", "soc": "52", "coop": "93"}.get(v))
    s = f + c
    if v == "fw" or (v is None and ctx.rng.random() < 0.05):
        s = fullwidth(s)
    return ent("CN_USCC", s)


def g_baduscc(ctx, v, k):
    f, c = _uscc(ctx)
    bad = ctx.rng.choice([x for x in USCC_AL if x != c])
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
    bad = ctx.rng.choice([d for d in "0123456789" if d != c])
    full = p + bad
    if v == "sp":
        full = _group(full, " ")
    return neg("card_lookalike", full)


def g_email(ctx, v, k):
    r = ctx.rng
    dom = r.choice(MAIL_DOMAINS) if v != "gov" else r.choice(["huzhou.gov.cn", "zjhz.gov.cn", "zj.gov.cn"])
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


def g_health(ctx, v, k):
    r = ctx.rng
    if v == "post":
        return [(r.choice(CANCER_T if ctx.trad else CANCER_S), (E, "HEALTH_INFO")), ("術後" if ctx.trad else "术后", None)]
    if v == "cancer":
        return ent("HEALTH_INFO", r.choice(CANCER_T if ctx.trad else CANCER_S))
    return ent("HEALTH_INFO", r.choice(HEALTH_T if ctx.trad else HEALTH_S))


def _amount(ctx, lo, hi):
    r = ctx.rng
    x = r.randint(lo, hi)
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
    return f"{x / 10000:.1f}万元" if x >= 10000 else f"{x}元"


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
    if v == "admin" or (v is None and r.random() < 0.25):
        s = r.choice([f"湖市监处罚〔{y}〕{r.randint(1, 400)}{hao}", f"吴公（织）行罚决字〔{y}〕{r.randint(1, 9999):05d}{hao}",
                      f"湖劳人仲案字〔{y}〕第{r.randint(1, 600)}{hao}", f"德综执罚决字〔{y}〕第{r.randint(1, 999)}{hao}",
                      f"湖交执罚〔{y}〕{r.randint(1, 3000)}{hao}", f"湖卫医罚〔{y}〕{r.randint(1, 90)}{hao}"])
        return neg("case_number", s)
    lp, rp = r.choice([("(", ")"), ("（", "）")])
    return neg("case_number", f"{lp}{y}{rp}{r.choice(COURTS)}{r.choice(CASE_KIND)}{r.randint(1, 9999)}{hao}")


def g_amt(ctx, v, k):
    lo, hi = {"small": (50, 5000), "big": (50000, 90000000)}.get(v, (200, 3000000))
    return neg("amount", _amount(ctx, lo, hi))


def g_date(ctx, v, k):
    r = ctx.rng
    d = _dt.date(ctx.year, 1, 1) + _dt.timedelta(days=r.randint(0, 364))
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


def g_cnt(ctx, v, k):
    r = ctx.rng
    x = r.randint(3, 98000)
    unit = r.choice(["人次", "条", "户", "件", "人", "次", "项", "家"]) if not ctx.trad else r.choice(["人次", "條", "戶", "件", "人", "次", "項", "家"])
    return neg("count", (f"{x:,}" if x >= 1000 and r.random() < 0.5 else str(x)) + unit)


def g_svc(ctx, v, k):
    return neg("service_number", ctx.rng.choice(SERVICE))


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

TOKEN = re.compile(r"\{([A-Z][A-Z0-9_]*)(?::([a-z0-9_]+))?(?:@(\d+))?\}|<<(.*?)>>", re.S)


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


# @@TEMPLATES@@
