# -*- coding: utf-8 -*-
"""Held-out evaluation family 23 for the Chinese PII classifier (written blind).

Generates ``tests/classify/data/heldout23_generated.jsonl``: 2,000 synthetic documents of the
kinds a municipal government in Zhejiang (Huzhou and elsewhere) produces and exchanges — forms,
case notes, hotline records, logs, registers, notices, pasted tables, minutes, system output —
about a tenth of them in Traditional script with Traditional value pools.  Every person, number
and address is invented; identifiers with a check digit are valid when labelled and deliberately
invalid when written as look-alike hard negatives.

Template mini-language (one template string per document kind):
  {key} / {key|style} / {key#memo}   a slot; keys are
      pN.field, eN.field, cN.field, yN.field   a person (adult, elder, child, young) kept per doc
      oN.field, kN., hN., sN., uN., gN.         an organisation (company, individual business,
                                                cooperative, social org, public institution, organ)
      name, mobile, tel, email, ip, ... generic entities (a fresh value each time)
      ~kind                                      a hard negative
      dept, hosp, ... int|a-b                    unlabelled filler
  [?a|b|c?]                                     a random choice of literal text (may hold slots)
  <<rows a-b>> ... <</rows>>                    a block repeated a..b times; inside it p@ is a
                                                fresh person per row and {@} the row number
Run:  PYTHONPATH=. python -m bench.classify_heldout23
"""
from __future__ import annotations

import ipaddress
import json
import random
import re
import sys
import textwrap
import unicodedata
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from bench.classify_values import id_check, luhn_digit, W_USCC, USCC_AL, W_ORG, fullwidth

SEED = 23302026
N_DOCS = 2000
SOURCE = "heldout23_generated"
ID_PREFIX = "heldout23"
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "classify" / "data" / "heldout23_generated.jsonl"
ENTITIES_YAML = Path("/work/shared/design/entities.yaml")

TYPES = (
    "CN_RESIDENT_ID", "CN_MOBILE", "CN_LANDLINE", "CN_USCC", "BANK_CARD", "EMAIL_ADDRESS",
    "IP_ADDRESS", "CN_PASSPORT", "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE", "CN_SOCIAL_SECURITY",
    "CN_MEDICAL_RECORD", "PERSON", "CN_ADDRESS", "DATE_OF_BIRTH", "HEALTH_INFO", "FINANCIAL_INFO",
    "LOCATION_TRACE", "ORGANIZATION",
)
STRUCTURED = (
    "CN_RESIDENT_ID", "CN_MOBILE", "CN_LANDLINE", "CN_USCC", "BANK_CARD", "EMAIL_ADDRESS",
    "IP_ADDRESS", "CN_PASSPORT", "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE",
)

# --------------------------------------------------------------------------------------------
# Simplified -> Traditional, character by character, for the value pools.  Characters whose
# Traditional form depends on the word (后 里 台 干 于 系 复 松 余 沈 范 注 准 征 ...) are left out
# on purpose; pool entries that need them carry an explicit "simp=trad" form.  The same table is
# used to check that a Traditional document holds no Simplified-only character.
# --------------------------------------------------------------------------------------------
_S2T_PAIRS = """
区區 县縣 镇鎮 乡鄉 号號 码碼 电電 话話 证證 书書 记記 录錄 员員 单單 务務 报報 处處 罚罰 车車
银銀 邮郵 户戶 医醫 诊診 断斷 疗療 药藥 费費 险險 会會 营營 业業 执執 统統 关關 联聯 领領 导導
负負 责責 办辦 请請 审審 询詢 级級 网網 络絡 数數 据據 库庫 访訪 问問 题題 预預 约約 签簽 订訂
让讓 认認 识識 议議 论論 讨討 产產 资資 贷貸 还還 应應 当當 对對 这這 没沒 现現 见見 规規 则則
条條 该該 项項 实實 际際 经經 济濟 环環 护護 卫衛 层層 楼樓 栋棟 间間 门門 时時 发發 说說 们們
为為 个個 来來 国國 东東 长長 兴興 浔潯 吴吳 华華 宁寧 绍紹 温溫 阳陽 阴陰 岛島 苏蘇 沪滬 赣贛
广廣 汉漢 丽麗 龙龍 凤鳳 鸟鳥 鱼魚 马馬 驾駕 驶駛 机機 动動 辆輛 违違 缴繳 纳納 税稅 额額 总總
计計 价價 钱錢 贸貿 买買 卖賣 购購 货貨 运運 输輸 递遞 铺鋪 硕碩 胜勝 丰豐 练練 双雙 馆館 旧舊
画畫 织織 场場 爱愛 飞飛 红紅 劳勞 铜銅 岁歲 龄齡 职職 称稱 岗崗 编編 传傳 厅廳 党黨 组組 队隊
园園 体體 检檢 验驗 测測 试試 样樣 标標 质質 监監 决決 诉訴 讼訟 调調 档檔 归歸 转轉 迁遷 随隨
视視 频頻 图圖 声聲 冻凍 结結 账賬 储儲 汇匯 兑兌 债債 补補 贴貼 养養 残殘 儿兒 优優 抚撫 军軍
离離 异異 丧喪 殡殯 仪儀 学學 师師 毕畢 课課 纸紙 笔筆 写寫 读讀 听聽 讲講 与與 从從 众眾 页頁
线線 设設 备備 软軟 维維 扫掃 击擊 窃竊 删刪 态態 势勢 响響 灾災 隐隱 点點 开開 闭閉 启啟 参參
纪紀 财財 万萬 亿億 两兩 几幾 专專 历歷 况況 状狀 简簡 详詳 细細 续續 将將 给給 谢謝 确確 载載
别別 类類 属屬 围圍 块塊 闻聞 带帶 过過 进進 远遠 连連 选選 适適 邻鄰 郑鄭 陈陳 陆陸 阶階 难難
顺順 顾顧 头頭 颜顏 风風 驻駐 骗騙 鸡雞 齐齊 仅僅 伤傷 伦倫 侦偵 侧側 册冊 农農 减減 凭憑 凯凱
刘劉 刚剛 创創 剂劑 剧劇 励勵 协協 卢盧 却卻 厂廠 压壓 变變 叶葉 吗嗎 团團 圆圓 圣聖 坏壞 坚堅
坝壩 壮壯 夺奪 奋奮 奖獎 妇婦 妈媽 娱娛 婴嬰 宝寶 宪憲 宽寬 宾賓 寻尋 寿壽 尔爾 届屆 岭嶺 币幣
帐帳 帮幫 庆慶 废廢 弃棄 张張 弯彎 录錄 彻徹 径徑 忆憶 怀懷 恶惡 悬懸 惊驚 惩懲 惯慣 戏戲 战戰
扩擴 扬揚 扰擾 抢搶 担擔 拟擬 拥擁 拦攔 择擇 挂掛 挡擋 挤擠 挥揮 损損 换換 摄攝 摊攤 敌敵 无無
显顯 晋晉 晓曉 暂暫 术術 杀殺 杂雜 权權 杨楊 杰傑 极極 构構 枪槍 柜櫃 栏欄 树樹 桥橋 梦夢 横橫
欢歡 欧歐 毁毀 气氣 汤湯 沟溝 泪淚 泼潑 泽澤 洁潔 浅淺 济濟 浓濃 润潤 涨漲 渐漸 渔漁 湾灣 湿濕
满滿 滤濾 滨濱 灭滅 灯燈 灵靈 炉爐 烂爛 烟煙 热熱 焕煥 爷爺 牵牽 独獨 猪豬 献獻 玛瑪 畅暢 疯瘋
痒癢 瘫癱 癫癲 盐鹽 盖蓋 盘盤 矫矯 矿礦 砖磚 础礎 碍礙 礼禮 祸禍 种種 积積 稳穩 穷窮 竞競 筹籌
紧緊 纠糾 纤纖 纯純 纲綱 纵縱 纷紛 纹紋 纺紡 终終 绕繞 绘繪 绝絕 继繼 绩績 绪緒 绵綿 综綜 绿綠
缓緩 缘緣 缩縮 罗羅 罢罷 聪聰 肃肅 肠腸 肤膚 肾腎 肿腫 胀脹 胆膽 脉脈 脏臟 脑腦 脚腳 脱脫 舰艦
艺藝 节節 芦蘆 荣榮 获獲 莱萊 萧蕭 蓝藍 虑慮 虚虛 虽雖 蚁蟻 装裝 观觀 览覽 觉覺 誉譽 训訓 讯訊
许許 评評 词詞 译譯 诗詩 诚誠 语語 误誤 诸諸 谁誰 谈談 谋謀 谨謹 谱譜 贝貝 贡貢 败敗 贩販 贫貧
贯貫 贵貴 贺賀 赋賦 赔賠 赖賴 赛賽 赞贊 赠贈 赵趙 赶趕 跃躍 践踐 轨軌 轮輪 轻輕 较較 辅輔 辖轄
边邊 达達 迟遲 逻邏 遗遺 邓鄧 释釋 针針 钢鋼 钥鑰 铁鐵 铃鈴 链鏈 销銷 锁鎖 错錯 锦錦 键鍵 闲閒
闸閘 闹鬧 阀閥 阅閱 阵陣 隶隸 韩韓 饭飯 饮飲 驱驅 驳駁 鲁魯 鸣鳴 麦麥 黄黃 钟鍾 孙孫 吕呂 蒋蔣
谭譚 贾賈 韦韋 邹鄒 阎閻 严嚴 计計 钮鈕 缪繆 冯馮 许許 谢謝 萧蕭 邵邵 伟偉 静靜 强強 艳艷 涛濤
辉輝 鹏鵬 颖穎 瑶瑤 轩軒 诚誠 兰蘭 凤鳳 荣榮 宝寶 晖暉 琼瓊 娇嬌 燕燕 颜顏 峥崢 铭銘 锋鋒 钦欽
钧鈞 铮錚 镇鎮 滢瀅 潇瀟 岚嵐 骏駿 鸿鴻 鹤鶴 玮瑋 琏璉 嫔嬪 婵嬋 庐廬 韵韻 颂頌 劲勁 亚亞 卫衛
苹蘋 颍潁 滩灘 阁閣 庄莊 桩樁 垦墾 浒滸 滦灤 荡蕩 沧滄 沥瀝 赵趙 罗羅 滚滾 蛮蠻 栅柵 桦樺 纶綸
尧堯 峡峽 岳嶽 宫宮 庙廟 湿濕 滞滯 烧燒 痴癡 痈癰 疮瘡 疡瘍 瘘瘻 瘤瘤 痨癆 疟瘧 疖癤 癣癬 颤顫
衰衰 压壓 谵譫 划劃 游遊 厦廈 悦悅 乐樂 笋筍 蚕蠶 愿願 痫癇 胫脛 轧軋 义義 坞塢 贤賢 荆荊 渎瀆
叠疊 狮獅 绣繡 妆妝 吨噸 鉴鑑 钙鈣 铅鉛 锌鋅 镁鎂 贮貯 蛋蛋 阻阻 壶壺 锅鍋 碱鹼 盏盞 缆纜 罐罐
顶頂 须須
"""
S2T: dict[str, str] = {}
for _tok in _S2T_PAIRS.split():
    assert len(_tok) == 2, _tok
    if _tok[0] != _tok[1]:
        S2T[_tok[0]] = _tok[1]
del S2T["须"]  # 須/鬚 depends on the word; kept out of the check


def t2(s: str) -> str:
    """Simplified -> Traditional for pool values (character table above)."""
    return "".join(S2T.get(c, c) for c in s)


def pv(entry: str, trad: bool) -> str:
    """A pool entry 'simp' or 'simp=trad' in the script wanted."""
    if "=" in entry:
        s, t = entry.split("=", 1)
        return t if trad else s
    return t2(entry) if trad else entry


# --------------------------------------------------------------------------------------------
# Names: surname and given-name characters with Traditional form and pinyin.
# --------------------------------------------------------------------------------------------
_SUR = """
张張zhang 王王wang 李李li 刘劉liu 陈陳chen 杨楊yang 黄黃huang 赵趙zhao 吴吳wu 周周zhou
徐徐xu 孙孫sun 马馬ma 朱朱zhu 胡胡hu 郭郭guo 何何he 高高gao 林林lin 罗羅luo 郑鄭zheng
梁梁liang 谢謝xie 宋宋song 唐唐tang 许許xu 韩韓han 冯馮feng 邓鄧deng 曹曹cao 彭彭peng
曾曾zeng 田田tian 董董dong 袁袁yuan 潘潘pan 蒋蔣jiang 蔡蔡cai 杜杜du 叶葉ye 程程cheng
魏魏wei 苏蘇su 吕呂lv 丁丁ding 任任ren 姚姚yao 卢盧lu 钟鍾zhong 姜姜jiang 崔崔cui 谭譚tan
陆陸lu 汪汪wang 金金jin 石石shi 戴戴dai 贾賈jia 韦韋wei 夏夏xia 邱邱qiu 方方fang 侯侯hou
邹鄒zou 熊熊xiong 孟孟meng 秦秦qin 白白bai 江江jiang 严嚴yan 钱錢qian 施施shi 俞俞yu
费費fei 凌凌ling 褚褚chu 钮鈕niu 计計ji 邵邵shao 章章zhang 倪倪ni 缪繆miao 陶陶tao
毛毛mao 闵閔min 莫莫mo 顾顧gu 屠屠tu 臧臧zang 柏柏bai 尹尹yin 祝祝zhu 殷殷yin
"""
SURNAMES = [(t[0], t[1], t[2:]) for t in _SUR.split()]
COMPOUND = [("欧阳", "歐陽", "ouyang"), ("司马", "司馬", "sima"), ("诸葛", "諸葛", "zhuge"),
            ("上官", "上官", "shangguan")]
_GM = """
伟偉wei 强強qiang 磊磊lei 军軍jun 勇勇yong 杰傑jie 涛濤tao 明明ming 超超chao 刚剛gang
建建jian 国國guo 辉輝hui 浩浩hao 宇宇yu 轩軒xuan 俊俊jun 鹏鵬peng 斌斌bin 凯凱kai 亮亮liang
峰峰feng 波波bo 志志zhi 海海hai 根根gen 荣榮rong 福福fu 航航hang 博博bo 泽澤ze 睿睿rui
诚誠cheng 德德de 康康kang 忠忠zhong 立立li 毅毅yi 晖暉hui 铭銘ming 锋鋒feng 骏駿jun 鸿鴻hong
栋棟dong 炜煒wei 昊昊hao 祥祥xiang 彬彬bin
"""
_GF = """
芳芳fang 娜娜na 敏敏min 静靜jing 丽麗li 艳艷yan 秀秀xiu 霞霞xia 桂桂gui 玲玲ling 萍萍ping
红紅hong 燕燕yan 婷婷ting 雪雪xue 琳琳lin 欣欣xin 怡怡yi 兰蘭lan 凤鳳feng 美美mei 琴琴qin
珍珍zhen 梅梅mei 莉莉li 倩倩qian 颖穎ying 慧慧hui 晶晶jing 蕾蕾lei 瑶瑤yao 璐璐lu 琪琪qi
娟娟juan 菊菊ju 月月yue 佩佩pei 雅雅ya 茜茜qian 婉婉wan 岚嵐lan 韵韻yun 琼瓊qiong 洁潔jie
"""
_GN = """
华華hua 文文wen 平平ping 英英ying 春春chun 晓曉xiao 金金jin 林林lin 晨晨chen 嘉嘉jia
佳佳jia 梓梓zi 涵涵han 思思si 雨雨yu 子子zi 一一yi 永永yong 新新xin 东東dong 学學xue
玉玉yu 云雲yun 海海hai 小小xiao 振振zhen 春春chun 秋秋qiu 杭杭hang 彦彥yan 安安an 宁寧ning
"""
_parse3 = lambda s: [(t[0], t[1], t[2:]) for t in s.split()]
GIVEN_M = _parse3(_GM)
GIVEN_F = _parse3(_GF)
GIVEN_N = _parse3(_GN)
for _tab in (SURNAMES, GIVEN_M, GIVEN_F, GIVEN_N):
    for _s, _t, _ in _tab:
        if _s != _t:
            S2T.setdefault(_s, _t)

# --------------------------------------------------------------------------------------------
# Geography.  region code -> (province, city, county, urban towns {town: roads}, rural towns
# {town: villages}, postcode)
# --------------------------------------------------------------------------------------------
HUZHOU = {
    "330502": ("浙江省", "湖州市", "吴兴区",
               {"爱山街道": ["人民路", "红旗路", "北街", "南街", "劳动路", "衣裳街"],
                "飞英街道": ["环城西路", "苕溪西路", "凤凰路", "飞英路"],
                "朝阳街道": ["解放路", "朝阳路", "东街", "青铜路"],
                "月河街道": ["吉山路", "月河路", "湖东路"],
                "龙泉街道": ["仁皇山路", "龙溪北路", "二环东路"],
                "康山街道": ["金盖山路", "康山路", "外环南路"]},
               {"织里镇": ["晓河村", "秦家港村", "轧村村", "义皋村"],
                "八里店镇": ["潘店村", "尹家圩村", "移沿山村"],
                "妙西镇": ["妙山村", "肇村村"], "埭溪镇": ["上强村", "茅坞村"]}, "313000"),
    "330503": ("浙江省", "湖州市", "南浔区",
               {"南浔镇": ["人瑞路", "向阳路", "适园路", "嘉业路"],
                "旧馆街道": ["旧馆路", "金马路"], "练市镇": ["练溪路", "茹家甸路"]},
               {"练市镇": ["荃步村", "朱家兜村", "湖盛村"], "双林镇": ["向阳村", "三田村"],
                "菱湖镇": ["陈邑村", "射中村"], "和孚镇": ["荻港村", "民当村"]}, "313009"),
    "330521": ("浙江省", "湖州市", "德清县",
               {"武康街道": ["英溪北路", "永安街", "千秋街", "志远南路"],
                "舞阳街道": ["舞阳路", "塔山路"], "阜溪街道": ["长虹街", "阜溪路"]},
               {"乾元镇": ["城东村", "金火村"], "新市镇": ["蔡界村", "梅林村"],
                "雷甸镇": ["和睦桥村"], "禹越镇": ["高桥村", "三林村"]}, "313200"),
    "330522": ("浙江省", "湖州市", "长兴县",
               {"雉城街道": ["金陵路", "明珠路", "长兴大道", "解放东路"],
                "太湖街道": ["太湖大道", "画溪路"], "龙山街道": ["龙山路", "经一路"]},
               {"泗安镇": ["三里亭村", "管埭村"], "和平镇": ["长城村", "吴山村"],
                "煤山镇": ["新槐村", "访贤村"], "林城镇": ["天平村", "畎桥村"]}, "313100"),
    "330523": ("浙江省", "湖州市", "安吉县",
               {"递铺街道": ["天目路", "昌硕路", "胜利路", "浦源大道"],
                "昌硕街道": ["阳光大道", "玉华路"], "灵峰街道": ["灵峰路", "横山坞路"]},
               {"孝丰镇": ["横溪坞村", "老石坎村"], "天子湖镇": ["高禹村", "良朋村"],
                "梅溪镇": ["荆湾村", "红庙村"], "天荒坪镇": ["余村村=餘村村", "大溪村"]}, "313300"),
}
OTHER_REGIONS = {
    "330106": ("浙江省", "杭州市", "西湖区", {"文新街道": ["文三路", "学院路", "古墩路"]},
               {"三墩镇": ["兰里村"]}, "310012"),
    "330108": ("浙江省", "杭州市", "滨江区", {"长河街道": ["江南大道", "滨盛路"]},
               {"浦沿街道": ["东冠村"]}, "310051"),
    "330402": ("浙江省", "嘉兴市", "南湖区", {"建设街道": ["中山东路", "禾兴南路"]},
               {"凤桥镇": ["永红村"]}, "314000"),
    "330602": ("浙江省", "绍兴市", "越城区", {"府山街道": ["解放北路", "胜利西路"]},
               {"东浦街道": ["薛渎村"]}, "312000"),
    "330302": ("浙江省", "温州市", "鹿城区", {"五马街道": ["解放街", "府前街"]},
               {"藤桥镇": ["上戍村"]}, "325000"),
    "341202": ("安徽省", "阜阳市", "颍州区", {"鼓楼街道": ["人民路", "颍州路"]},
               {"西湖镇": ["大田村", "王庄村"], "三合镇": ["三合村", "李寨村"]}, "236000"),
    "340102": ("安徽省", "合肥市", "瑶海区", {"明光路街道": ["长江东路", "明光路"]},
               {"大兴镇": ["大兴村"]}, "230011"),
    "411521": ("河南省", "信阳市", "罗山县", {"龙山街道": ["宝城路", "江淮路"]},
               {"周党镇": ["周党村", "宋堰村"], "楠杆镇": ["楠杆村"]}, "464200"),
    "360102": ("江西省", "南昌市", "东湖区", {"公园街道": ["八一大道", "叠山路"]},
               {"扬子洲镇": ["扬子洲村"]}, "330006"),
    "320505": ("江苏省", "苏州市", "虎丘区", {"狮山街道": ["长江路", "狮山路"]},
               {"浒墅关镇": ["青灯村"]}, "215011"),
    "510104": ("四川省", "成都市", "锦江区", {"春熙路街道": ["总府路", "红星路"]},
               {"三圣街道": ["红砂村"]}, "610021"),
    "310104": ("上海市", "", "徐汇区", {"田林街道": ["田林路", "钦州路"]}, {}, "200233"),
}
REGIONS = {**HUZHOU, **OTHER_REGIONS}
HZ_CODES = list(HUZHOU)
ZJ_OTHER = ["330106", "330108", "330402", "330602", "330302"]
FAR = ["341202", "340102", "411521", "360102", "320505", "510104", "310104"]
COMMUNITIES = ["碧水湾花园", "仁皇家园", "龙溪新村", "东白鱼潭小区", "西山漾花苑", "凤凰二村",
               "新风小区", "湖东小区", "金色港湾", "太湖绿洲", "紫金苑", "阳光城市花园", "滨湖公寓",
               "吉山新村", "苕溪花园", "锦绣江南", "爱山小区", "塘甸新村", "青铜苑", "绿城桂花园"]
COUNTY_COMMUNITIES = {"330503": ["南浔名都", "适园小区", "嘉业花苑"], "330521": ["英溪家园", "千秋小区", "舞阳花苑"],
                      "330522": ["明珠花园", "金陵新村", "雉城小区"], "330523": ["天目苑", "昌硕花园", "递铺新村"],
                      "330502": ["织里新苑", "爱山小区", "飞英花苑"]}
GENERIC_COMMUNITIES = ["幸福小区", "阳光花园", "新华苑", "锦江花园", "和平新村", "东方名苑"]
NATURAL_VILLAGES = ["沈家埭", "东浜", "西庄", "河口", "前村", "王家斗", "钱家桥", "上塘"]


def _region_trad(s: str, trad: bool) -> str:
    return t2(s) if trad else s


# --------------------------------------------------------------------------------------------
# Identifier generators
# --------------------------------------------------------------------------------------------
ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _orgval(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 55


def org_check(body8: str) -> str:
    s = sum(_orgval(c) * w for c, w in zip(body8, W_ORG))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc_check(first17: str) -> str:
    s = sum(USCC_AL.index(c) * w for c, w in zip(first17, W_USCC))
    return USCC_AL[(31 - s % 31) % 31]


def uscc_valid(code: str) -> bool:
    return (len(code) == 18 and all(c in USCC_AL for c in code)
            and uscc_check(code[:17]) == code[17]
            and org_check(code[8:16]) == code[16])


def id_valid(s: str) -> bool:
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and id_check(s[:17]) == s[17]


def luhn_valid(s: str) -> bool:
    return s.isdigit() and len(s) > 1 and luhn_digit(s[:-1]) == s[-1]


MOBILE_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
                 "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176",
                 "177", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191",
                 "193", "195", "198", "199"]
LANDLINE_AREAS = [("0572", 7, "2356"), ("0572", 7, "2356"), ("0572", 7, "2356"), ("0572", 7, "2356"),
                  ("0571", 8, "5678"), ("0571", 8, "5678"), ("0573", 8, "8"), ("0574", 8, "8"),
                  ("0575", 8, "8"), ("0577", 8, "8"), ("021", 8, "56"), ("010", 8, "568"),
                  ("0551", 8, "6")]
CARD_BINS = [("622202", 19), ("621226", 19), ("622848", 19), ("621700", 19), ("621661", 19),
             ("622588", 16), ("621483", 16), ("622700", 19), ("621799", 19), ("622188", 19),
             ("623058", 19), ("625965", 16), ("436742", 16), ("622609", 16), ("621058", 19),
             ("620522", 19), ("622262", 19), ("622908", 16)]
PLATE_PROV = [("浙", "EEEEEEEEEEAABFCDGHJKL"), ("沪", "ABCD"), ("苏", "EAB"), ("皖", "AKNP"),
              ("赣", "AE")]
PLATE_ALNUM = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
LETTERS_NO_IO = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PUBLIC_NETS = ["60.190", "115.236", "122.224", "218.75", "36.22", "183.129", "112.17", "223.93",
               "101.71", "125.118", "39.170", "221.12"]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _safe_digits(rng, n, lead=""):
    """A digit string that is not a Luhn-valid card, a valid ID or a mobile look-alike."""
    while True:
        s = lead + digits(rng, n - len(lead))
        if 16 <= len(s) <= 19 and luhn_valid(s):
            continue
        if len(s) == 18 and id_valid(s):
            continue
        if len(s) == 11 and re.fullmatch(r"1[3-9]\d{9}", s):
            continue
        return s


# --------------------------------------------------------------------------------------------
# Filler pools (unlabelled text)
# --------------------------------------------------------------------------------------------
DEPTS = ["湖州市大数据管理中心", "湖州市公安局", "湖州市市场监督管理局", "湖州市人力资源和社会保障局",
         "湖州市卫生健康委员会", "湖州市民政局", "湖州市住房和城乡建设局", "湖州市交通运输局",
         "国家税务总局湖州市税务局", "湖州市医疗保障局", "湖州市教育局", "湖州市生态环境局",
         "湖州市应急管理局", "湖州市退役军人事务局", "湖州市信访局", "湖州市自然资源和规划局",
         "吴兴区大数据发展管理局", "南浔区民政局", "德清县卫生健康局", "长兴县人力资源和社会保障局",
         "安吉县市场监督管理局", "湖州市司法局", "湖州市农业农村局", "湖州市统计局"]
HOSPITALS = ["湖州市中心医院", "湖州市第一人民医院", "湖州市第三人民医院", "湖州市妇幼保健院",
             "湖州市中医院", "吴兴区人民医院", "南浔区人民医院", "德清县人民医院", "长兴县人民医院",
             "安吉县人民医院", "织里镇中心卫生院", "练市镇卫生院"]
COURTS = ["湖州市中级人民法院", "湖州市吴兴区人民法院", "湖州市南浔区人民法院", "德清县人民法院",
          "长兴县人民法院", "安吉县人民法院"]
POLICE = ["吴兴区公安分局爱山派出所", "吴兴区公安分局织里派出所", "南浔区公安分局南浔派出所",
          "德清县公安局武康派出所", "长兴县公安局雉城派出所", "安吉县公安局递铺派出所",
          "湖州市公安局交通警察支队", "湖州市公安局出入境管理支队"]
BANKS = ["中国工商银行湖州分行", "中国农业银行湖州吴兴支行", "中国建设银行湖州分行",
         "中国银行湖州市分行", "湖州银行城中支行", "浙江农商银行", "中国邮政储蓄银行湖州市分行",
         "招商银行湖州分行", "湖州吴兴农村商业银行", "交通银行湖州分行"]
SCHOOLS = ["湖州市爱山小学", "湖州市月河小学", "湖州市第五中学", "湖州市第四中学", "德清县武康第一小学",
           "长兴县实验小学", "安吉县昌硕高级中学", "南浔区实验小学", "湖州市凤凰幼儿园"]
STATIONS = ["湖州站", "湖州汽车客运中心", "爱山广场", "衣裳街", "南浔古镇", "太湖旅游度假区",
            "湖州市中心医院", "织里镇中心卫生院", "浙北大厦", "八里店农贸市场", "德清站",
            "莫干山景区", "安吉余村=安吉餘村", "长兴站", "杭州东站", "上海虹桥站", "月河菜场",
            "吾悦广场", "湖州万达广场", "飞英公园", "仁皇山公园", "吴兴区人民医院", "湖州银泰城",
            "织里童装城", "安吉站", "长兴汽车站", "南浔区人民医院", "湖州市第一人民医院",
            "湖州东站（城际）=湖州東站（城際）", "湖州市民中心"]
BRANDS = ["恒达", "华欣", "永昌", "天信", "宏远", "瑞丰", "金诚", "博远", "新航", "德润", "锦程",
          "安泰", "佳禾", "明辉", "鼎盛", "汇通", "东来", "同和", "隆兴", "泰和", "诚远", "聚源",
          "森禾", "绿源", "竹语", "苕韵", "湖畔", "青禾", "远帆", "致和", "丰茂", "欣悦"]
INDUSTRY = ["纺织", "童装", "竹木制品=竹木製品", "新材料", "电子科技", "物流", "建筑工程=建築工程",
            "食品", "茶业", "蓄电池", "机械制造=機械製造", "环保科技", "家居", "房地产开发", "物业服务", "信息技术",
            "农业开发", "生物医药", "汽车服务", "智能装备"]
SHOP = ["童装店", "便利店", "小吃店", "五金店", "农家乐", "理发店=理髮店", "水果店", "服装加工厂", "茶叶店",
        "汽车修理部", "建材商行", "日用品商店"]
COOP = ["白茶专业合作社", "葡萄专业合作社", "湖羊养殖专业合作社", "水产养殖专业合作社",
        "蔬菜专业合作社", "竹笋专业合作社", "蚕桑专业合作社"]
SOCIAL = ["社会工作服务中心", "志愿者协会", "养老服务中心", "慈善基金会", "青少年服务中心",
          "残疾人康复服务中心=殘疾人康復服務中心", "调解服务中心"]
INSTIT = ["市民服务中心", "公共资源交易中心", "疾病预防控制中心", "社会福利中心", "住房公积金管理中心",
          "城市管理服务中心", "信息中心", "档案馆", "图书馆"]

HEALTH = {
    "htn": ["高血压病1级", "高血压病2级", "高血压病3级（极高危）=高血壓病3級（極高危）", "高血压病2级（高危）=高血壓病2級（高危）"],
    "preg": ["妊娠期糖尿病", "妊娠期高血压=妊娠期高血壓", "前置胎盘=前置胎盤", "瘢痕子宫=瘢痕子宮"],
    "chronic": ["高血压病2级", "高血压病3级（极高危）=高血壓病3級（極高危）", "2型糖尿病",
                "冠状动脉粥样硬化性心脏病", "慢性阻塞性肺疾病", "慢性肾脏病4期", "脑梗死", "痛风",
                "类风湿关节炎", "甲状腺功能亢进症=甲狀腺功能亢進症", "心房颤动",
                "慢性心力衰竭（NYHA Ⅲ级）", "骨质疏松症=骨質疏鬆症", "帕金森病",
                "阿尔茨海默病=阿爾茨海默病"],
    "mental": ["精神分裂症", "双相情感障碍=雙相情感障礙", "重度抑郁发作=重度抑鬱發作",
               "广泛性焦虑障碍=廣泛性焦慮障礙", "癫痫", "酒精依赖综合征=酒精依賴綜合征"],
    "infect": ["肺结核（涂阳）=肺結核（塗陽）", "慢性乙型病毒性肝炎", "梅毒", "HIV感染",
               "丙型病毒性肝炎", "活动性肺结核=活動性肺結核"],
    "cancer": ["肺腺癌", "乳腺癌", "胃癌", "结肠癌", "肝细胞癌", "鼻咽癌", "急性髓系白血病",
               "宫颈癌（ⅡA期）=宮頸癌（ⅡA期）", "食管癌"],
    "disab": ["肢体残疾二级=肢體殘疾二級", "视力残疾一级=視力殘疾一級", "听力残疾三级=聽力殘疾三級",
              "智力残疾二级=智力殘疾二級", "精神残疾二级=精神殘疾二級", "言语残疾四级=言語殘疾四級"],
    "injury": ["右胫腓骨骨折", "左桡骨远端骨折=左橈骨遠端骨折", "腰椎间盘突出症", "右手中指末节离断伤",
               "颅脑损伤=顱腦損傷", "左踝关节扭伤", "多发肋骨骨折=多發肋骨骨折"],
    "drug": ["阿片类物质依赖综合征=阿片類物質依賴綜合征", "苯丙胺类兴奋剂依赖=苯丙胺類興奮劑依賴",
             "氯胺酮依赖=氯胺酮依賴"],
    "nodule": ["甲状腺结节（TI-RADS 3类）=甲狀腺結節（TI-RADS 3類）", "肺结节（8mm）=肺結節（8mm）",
               "脂肪肝（轻度）=脂肪肝（輕度）", "胆囊结石=膽囊結石"],
    "ltc": ["重度失能一级=重度失能一級", "重度失能二级=重度失能二級", "重度失能三级=重度失能三級"],
    "death": ["呼吸衰竭", "多器官功能衰竭=多器官功能衰竭", "心源性猝死=心源性猝死", "脑疝=腦疝"],
    "allergy": ["青霉素过敏=青黴素過敏", "头孢类药物过敏=頭孢類藥物過敏", "磺胺类药物过敏=磺胺類藥物過敏"],
    "child": ["先天性心脏病（室间隔缺损）=先天性心臟病（室間隔缺損）", "孤独症谱系障碍=孤獨症譜系障礙",
              "支气管哮喘=支氣管哮喘", "注意缺陷多动障碍=注意缺陷多動障礙", "脑性瘫痪=腦性癱瘓"],
}
HEALTH_ALL = [h for k, v in HEALTH.items() if k not in ("preg", "child", "drug", "ltc", "death", "nodule") for h in v]
CANCER_CORE = ["肺癌", "胃癌", "乳腺癌", "结肠癌", "甲状腺癌=甲狀腺癌", "肝癌"]

SERVICE_NUMBERS = ["12345", "12315", "12366", "12333", "12319", "12320", "12348", "12388",
                   "95566", "95588", "95533", "95599", "95555", "96345", "110", "120", "119",
                   "122", "12110", "10086", "10000"]
DOC_PREFIX = ["湖政办发", "湖政发", "湖大数据", "湖人社发", "湖卫健发", "湖民发", "湖建发", "湖交发",
              "湖市监", "吴政办发", "浔政发", "德政办发", "长政发", "安政办发", "浙政发", "浙政办发",
              "湖医保发", "湖公通", "湖应急", "湖数改办"]
COURT_CODES = ["浙05", "浙0502", "浙0503", "浙0521", "浙0522", "浙0523", "浙0102", "浙0106"]
CASE_TYPES = ["民初", "民终", "刑初", "执", "执恢", "行初", "民特", "执保", "刑终", "民申", "财保"]


# --------------------------------------------------------------------------------------------
# Per-document state
# --------------------------------------------------------------------------------------------
ROLE_YEARS = {"p": (1955, 2000), "e": (1930, 1956), "c": (2007, 2021), "y": (1993, 2005),
              "b": (2019, 2022)}


class Person:
    def __init__(self, doc: "Doc", role: str, region: str | None = None, sex: str | None = None):
        r = doc.rng
        self.doc = doc
        self.male = r.random() < 0.5
        if sex:
            self.male = sex == "m"
        sur = r.choice(COMPOUND) if r.random() < 0.03 else r.choice(SURNAMES)
        pool = (GIVEN_M if self.male else GIVEN_F) + GIVEN_N
        n = 1 if r.random() < 0.3 else 2
        given = []
        while len(given) < n:
            g = r.choice(pool)
            if given and g[0] == given[-1][0] and r.random() < 0.7:
                continue
            if n == 1 and g[0] in "小一子":
                continue
            given.append(g)
        self.name_s = sur[0] + "".join(g[0] for g in given)
        self.name_t = sur[1] + "".join(g[1] for g in given)
        self.sur_s, self.sur_t = sur[0], sur[1]
        self.py_sur = sur[2]
        self.py_given = "".join(g[2] for g in given)
        lo, hi = ROLE_YEARS[role]
        y = r.randint(lo, hi)
        m = r.randint(1, 12)
        d = r.randint(1, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)
        self.birth = date(y, m, d)
        if region is None:
            x = r.random()
            region = (r.choice(HZ_CODES) if x < 0.62 else r.choice(ZJ_OTHER) if x < 0.78
                      else r.choice(FAR))
        self.region = region
        seq = r.randint(0, 499) * 2 + (1 if self.male else 0)
        self.id17 = f"{region}{y:04d}{m:02d}{d:02d}{seq:03d}"
        self.id = self.id17 + id_check(self.id17)
        self.id15 = f"{region}{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
        self.cache: dict[str, object] = {}

    def get(self, field, make):
        if field not in self.cache:
            self.cache[field] = make()
        return self.cache[field]

    @property
    def name(self):
        return self.name_t if self.doc.trad else self.name_s

    @property
    def sur(self):
        return self.sur_t if self.doc.trad else self.sur_s


class Org:
    def __init__(self, doc: "Doc", kind: str):
        r = doc.rng
        self.doc = doc
        self.kind = kind
        self.region = r.choice(HZ_CODES) if r.random() < 0.85 else r.choice(ZJ_OTHER)
        county = REGIONS[self.region][2]
        brand = r.choice(BRANDS)
        place = r.choice(["湖州", "浙江", "湖州", county[:2] if county[:2] not in ("吴兴", "西湖", "南湖") else "湖州"])
        if kind == "o":
            parts = [place, brand, r.choice(INDUSTRY), r.choice(["有限公司", "有限公司", "股份有限公司"])]
            cat = "91"
            body = "MA" + "".join(r.choice(ORG_CHARS) for _ in range(6)) if r.random() < 0.7 \
                else r.choice("1234567") + digits(r, 7)
        elif kind == "k":
            town = r.choice(list(REGIONS[self.region][3]) + list(REGIONS[self.region][4]))
            parts = [county, town, brand, r.choice(SHOP)]
            cat = "92"
            body = (r.choice(["MA", "L", "J"]) + "".join(r.choice(ORG_CHARS) for _ in range(8)))[:8]
        elif kind == "h":
            parts = [county, brand, r.choice(COOP)]
            cat = "93"
            body = "MA" + "".join(r.choice(ORG_CHARS) for _ in range(6))
        elif kind == "s":
            parts = ["湖州市", brand, r.choice(SOCIAL)]
            cat = "52"
            body = "MJ" + "".join(r.choice(ORG_CHARS) for _ in range(6))
        elif kind == "u":
            parts = ["湖州市", r.choice(INSTIT)]
            cat = "12"
            body = "4" + digits(r, 7)
        else:  # g: organ of the state
            parts = [r.choice(DEPTS)]
            cat = "11"
            body = "00" + digits(r, 6)
        self.name_s = "".join(pv(x, False) for x in parts)
        self.name_t = "".join(pv(x, True) for x in parts)
        region = self.region if kind != "u" and kind != "g" else "330500"
        code17 = cat + region + body + org_check(body)
        self.uscc = code17 + uscc_check(code17)
        assert uscc_valid(self.uscc), self.uscc
        self.cache: dict[str, object] = {}

    @property
    def name(self):
        return self.name_t if self.doc.trad else self.name_s


class Doc:
    def __init__(self, rng: random.Random, trad: bool):
        self.rng = rng
        self.trad = trad
        self.people: dict[str, Person] = {}
        self.orgs: dict[str, Org] = {}
        self.memo: dict[tuple, tuple] = {}
        self.year = rng.choice([2023, 2024, 2024, 2025, 2025])
        self.today = date(self.year, rng.randint(1, 12), rng.randint(1, 28))
        self.last_date: date | None = None

    def z(self, s: str) -> str:
        """Pool text in the document's script."""
        return pv(s, self.trad)

    def person(self, key: str) -> Person:
        if key not in self.people:
            role = key[0] if key[0] in ROLE_YEARS else "p"
            sex = key[1] if len(key) > 1 and key[1] in "fm" else None
            self.people[key] = Person(self, role, sex=sex)
        return self.people[key]

    def org(self, key: str) -> Org:
        if key not in self.orgs:
            self.orgs[key] = Org(self, key[0])
        return self.orgs[key]


# --------------------------------------------------------------------------------------------
# Surface formats
# --------------------------------------------------------------------------------------------
def wpick(rng, options):
    """options: list of (weight, value)."""
    tot = sum(w for w, _ in options)
    x = rng.random() * tot
    for w, v in options:
        x -= w
        if x < 0:
            return v
    return options[-1][1]


def fmt_id(doc, v, style=None):
    r = doc.rng
    style = style or wpick(r, [(78, "plain"), (6, "sp"), (5, "fw"), (7, "low"), (2, "dash"), (2, "sp2")])
    if style == "low" and not v.endswith("X"):
        style = "plain"
    if style == "plain":
        return v
    if style == "low":
        return v[:-1] + "x"
    if style == "sp":
        return f"{v[:6]} {v[6:14]} {v[14:]}"
    if style == "sp2":
        return f"{v[:6]} {v[6:10]} {v[10:14]} {v[14:]}"
    if style == "dash":
        return f"{v[:6]}-{v[6:14]}-{v[14:]}"
    if style == "fw":
        return fullwidth(v)
    raise ValueError(style)


def fmt_mobile(doc, v, style=None):
    r = doc.rng
    style = style or wpick(r, [(55, "plain"), (10, "sp"), (8, "dash"), (8, "+86"), (3, "+86-"),
                               (3, "+86sp"), (2, "(+86)"), (2, "86-"), (5, "fw"), (2, "0086"),
                               (2, "sp47")])
    a, b, c = v[:3], v[3:7], v[7:]
    return {
        "plain": v, "sp": f"{a} {b} {c}", "dash": f"{a}-{b}-{c}", "+86": f"+86 {v}",
        "+86-": f"+86-{v}", "+86sp": f"+86 {a} {b} {c}", "(+86)": f"(+86){v}", "86-": f"86-{v}",
        "fw": fullwidth(v), "0086": f"0086-{v}", "sp47": f"{a} {b}{c}",
    }[style]


def fmt_landline(doc, area, num, ext, style=None):
    r = doc.rng
    style = style or wpick(r, [(50, "dash"), (10, "paren"), (8, "cnparen"), (8, "sp"), (6, "glued"),
                               (6, "intl"), (4, "fw"), (3, "dot"), (5, "split")])
    if style == "dash":
        s = f"{area}-{num}"
    elif style == "paren":
        s = f"({area}){num}"
    elif style == "cnparen":
        s = f"（{area}）{num}"
    elif style == "sp":
        s = f"{area} {num}"
    elif style == "glued":
        s = f"{area}{num}"
    elif style == "intl":
        s = r.choice([f"+86-{area[1:]}-{num}", f"+86 {area[1:]} {num}", f"86-{area[1:]}-{num}"])
    elif style == "fw":
        s = fullwidth(f"{area}") + "－" + fullwidth(num)
    elif style == "dot":
        s = f"{area}.{num}"
    else:  # split: 8-digit numbers as 4-4
        s = f"{area}-{num[:4]}-{num[4:]}" if len(num) == 8 else f"{area}-{num[:3]}-{num[3:]}"
    if ext:
        e = r.choice([f"转{ext}", f"-{ext}", f" ext. {ext}", f"转{ext}", f"分机{ext}", f"-{ext}",
                      f" 转 {ext}", f" Ext.{ext}"])
        if doc.trad:
            e = e.replace("转", "轉").replace("分机", "分機")
        s += e
    return s


def fmt_card(doc, v, style=None):
    r = doc.rng
    style = style or wpick(r, [(55, "plain"), (30, "sp"), (5, "dash"), (5, "fw"), (5, "sp6")])
    if style == "plain":
        return v
    if style == "sp":
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if style == "dash":
        return "-".join(v[i:i + 4] for i in range(0, len(v), 4))
    if style == "sp6":
        return v[:6] + " " + v[6:]
    return fullwidth(v)


def fmt_plate(doc, prov, city, rest, style=None):
    r = doc.rng
    style = style or wpick(r, [(55, "plain"), (28, "dot"), (12, "sp"), (3, "dash"), (2, "fw")])
    p = t2(prov) if doc.trad else prov
    if style == "plain":
        return f"{p}{city}{rest}"
    if style == "dot":
        return f"{p}{city}·{rest}"
    if style == "sp":
        return f"{p}{city} {rest}"
    if style == "dash":
        return f"{p}{city}-{rest}"
    return p + fullwidth(city + rest)


def fmt_simple(doc, v, fw_rate=0.05):
    return fullwidth(v) if doc.rng.random() < fw_rate else v


def fmt_date(doc, d: date, style=None):
    r = doc.rng
    style = style or wpick(r, [(35, "cn"), (10, "cn0"), (25, "iso"), (10, "slash"), (10, "dot"),
                               (5, "compact"), (5, "en")])
    y, m, dd = d.year, d.month, d.day
    return {
        "cn": f"{y}年{m}月{dd}日", "cn0": f"{y}年{m:02d}月{dd:02d}日", "iso": f"{y}-{m:02d}-{dd:02d}",
        "slash": f"{y}/{m}/{dd}", "dot": f"{y}.{m:02d}.{dd:02d}", "compact": f"{y}{m:02d}{dd:02d}",
        "en": f"{y}-{m:02d}-{dd:02d}", "ym": f"{y}年{m}月", "ymd": f"{y}-{m:02d}-{dd:02d}",
    }[style]


# --------------------------------------------------------------------------------------------
# Value makers
# --------------------------------------------------------------------------------------------
def make_mobile(doc):
    r = doc.rng
    return r.choice(MOBILE_PREFIX) + digits(r, 8)


def make_landline(doc, hz=False, ext=None):
    r = doc.rng
    area, n, lead = LANDLINE_AREAS[0] if hz else r.choice(LANDLINE_AREAS)
    num = r.choice(lead) + digits(r, n - 1)
    if ext is None:
        ext = str(r.randint(1, 9)) + digits(r, r.choice([1, 2, 3])) if r.random() < 0.12 else ""
    elif ext == "force":
        ext = str(r.randint(1, 9)) + digits(r, r.choice([1, 2, 3]))
    return area, num, ext


def make_card(doc, bad=False):
    r = doc.rng
    bin_, n = r.choice(CARD_BINS)
    body = bin_ + digits(r, n - len(bin_) - 1)
    chk = luhn_digit(body)
    if bad:
        chk = r.choice([c for c in "0123456789" if c != chk])
    return body + chk


def make_plate(doc):
    r = doc.rng
    prov, cities = PLATE_PROV[0] if r.random() < 0.85 else r.choice(PLATE_PROV[1:])
    city = r.choice(cities)
    if r.random() < 0.16:
        rest = r.choice("DF") + r.choice("0123456789ABCDEFGHJK") + digits(r, 4)
    else:
        k = wpick(r, [(55, 0), (35, 1), (10, 2)])
        chars = [r.choice("0123456789") for _ in range(5)]
        for i in r.sample(range(5), k):
            chars[i] = r.choice(LETTERS_NO_IO)
        rest = "".join(chars)
    return prov, city, rest


def make_passport(doc):
    r = doc.rng
    x = r.random()
    if x < 0.6:
        return "E" + digits(r, 8)
    if x < 0.9:
        return "E" + r.choice(LETTERS_NO_IO) + digits(r, 7)
    return "G" + digits(r, 8)


def make_hkmo(doc):
    r = doc.rng
    if r.random() < 0.6:
        return "C" + digits(r, 8)
    return "C" + r.choice(LETTERS_NO_IO) + digits(r, 7)


def make_ip(doc, kind=None):
    r = doc.rng
    kind = kind or r.choice(["in", "in", "pub"])
    if kind == "in":
        a = r.choice(["10", "172", "192"])
        if a == "10":
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if a == "172":
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind == "v6":
        return r.choice(["240e", "2409", "2408"]) + ":" + ":".join(
            f"{r.randint(0, 0xffff):x}" for _ in range(3)) + "::" + f"{r.randint(1, 0xfff):x}"
    return f"{r.choice(PUBLIC_NETS)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


EMAIL_DOMAINS = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "hotmail.com",
                 "outlook.com", "gmail.com", "yeah.net", "139.com", "aliyun.com", "sohu.com"]
GOV_MAILBOX = ["hzsjzx", "hzga", "hzrsj", "hzwjw", "hzmzj", "hzscjg", "hzzjj", "hzjtj", "hzybj",
               "wxdsj", "nxmzj", "dqwjj", "cxrsj", "ajscjg", "hzxfj", "hzsfj"]


def make_email(doc, person: Person | None = None, kind=None):
    r = doc.rng
    kind = kind or ("person" if person else r.choice(["person", "qq", "gov", "corp"]))
    if kind == "gov":
        return f"{r.choice(GOV_MAILBOX)}{r.choice(['', '', 'bgs', 'zhk', 'xzk'])}@huzhou.gov.cn"
    if kind == "corp":
        return f"{r.choice(['hr', 'info', 'service', 'admin', 'caiwu', 'xz'])}@{r.choice(['hengda', 'huaxin', 'yongchang', 'tianxin', 'boyuan', 'jincheng', 'dongrun'])}{r.choice(['tex', 'tech', 'wl', 'group', ''])}.{r.choice(['com', 'com.cn', 'cn'])}"
    if kind == "qq":
        return f"{r.randint(1, 9)}{digits(r, r.randint(6, 9))}@qq.com"
    p = person or Person(doc, "p")
    sty = r.choice(["full", "full_y", "init", "dot", "full_n"])
    if sty == "full":
        local = p.py_sur + p.py_given
    elif sty == "full_y":
        local = p.py_sur + p.py_given + str(p.birth.year)
    elif sty == "init":
        local = p.py_sur + p.py_given[:1] + digits(r, 3)
    elif sty == "dot":
        local = p.py_given + "." + p.py_sur
    else:
        local = p.py_sur + "_" + p.py_given + digits(r, 2)
    dom = r.choice(EMAIL_DOMAINS[:3] * 2 + EMAIL_DOMAINS)
    if dom == "qq.com" and r.random() < 0.6:
        return f"{r.randint(1, 9)}{digits(r, r.randint(6, 9))}@qq.com"
    return f"{local}@{dom}"


def make_address(doc, region=None, detail=None, start=None, form=None):
    """Full address (one CN_ADDRESS span) in the document's script."""
    r = doc.rng
    region = region or (r.choice(HZ_CODES) if r.random() < 0.85 else r.choice(ZJ_OTHER + FAR))
    prov, city, county, urban, rural, _pc = REGIONS[region]
    start = start or wpick(r, [(30, "prov"), (40, "city"), (22, "county"), (8, "town")])
    if detail is None:
        detail = "urban" if r.random() < (0.35 if region in FAR else 0.65) else "rural"
    if not rural:
        detail = "urban"
    parts = []
    if start == "prov":
        parts += [prov, city]
    elif start == "city":
        parts += [city or prov]
    if start in ("prov", "city", "county"):
        parts.append(county)
    if detail == "urban":
        town = r.choice(list(urban))
        road = r.choice(urban[town])
        if start == "town" or (form != "short" and r.random() < 0.55):
            parts.append(town)
        form = form or wpick(r, [(35, "full"), (20, "road"), (25, "comm"), (10, "bur"), (10, "lou")])
        if region in HUZHOU:
            comm = r.choice(COMMUNITIES + COUNTY_COMMUNITIES.get(region, []) * 2)
        else:
            comm = r.choice(GENERIC_COMMUNITIES)
        num = r.randint(1, 999)
        b, u, rm = r.randint(1, 30), r.randint(1, 4), r.randint(1, 18) * 100 + r.randint(1, 4)
        if form == "full":
            parts.append(f"{road}{num}号{comm}{b}幢{u}单元{rm}室")
        elif form in ("road", "short"):
            parts.append(f"{road}{num}号")
        elif form == "comm":
            parts.append(f"{comm}{b}幢{rm}室")
        elif form == "bur":
            parts.append(f"{comm}{b}-{u}-{rm}")
        else:
            parts.append(f"{road}{num}号{b}号楼{rm}室")
    else:
        town = r.choice(list(rural))
        vil = r.choice(rural[town])
        parts.append(town)
        form = wpick(r, [(35, "zu"), (30, "zuhao"), (35, "zr")])
        parts.append(vil)
        if form == "zu":
            parts.append(f"{r.randint(1, 18)}组")
        elif form == "zuhao":
            parts.append(f"{r.randint(1, 18)}组{r.randint(1, 120)}号")
        else:
            parts.append(f"{r.choice(NATURAL_VILLAGES)}{r.randint(1, 150)}号")
    return "".join(pv(p, doc.trad) for p in parts if p)


def addr_style(style):
    """'county+road' -> kwargs for make_address."""
    kw = {}
    for tok in (style or "").split("+"):
        if tok in ("urban", "rural"):
            kw["detail"] = tok
        elif tok in ("prov", "city", "county", "town"):
            kw["start"] = tok
        elif tok in ("full", "road", "comm", "bur", "lou", "short"):
            kw["form"] = tok
            kw["detail"] = "urban"
    return kw


def make_trace(doc, style=None):
    r = doc.rng
    n = r.randint(3, 5)
    stops = [doc.z(s) for s in r.sample(STATIONS, n)]
    style = style or wpick(r, [(45, "arrow"), (15, "ascii"), (25, "time"), (15, "spaced")])
    if style == "time":
        h, m = r.randint(6, 12), r.choice([0, 5, 10, 20, 30, 40, 45, 50])
        out = []
        for s in stops:
            out.append(f"{h:02d}:{m:02d}{s}")
            m += r.choice([20, 30, 40, 50, 70, 95])
            h, m = h + m // 60, m % 60
        return r.choice(["→", "→", "-->"]).join(out)
    sep = {"arrow": "→", "ascii": "->", "spaced": " → "}[style]
    return sep.join(stops)


def make_fin(doc, style=None):
    """A personal amount. style: 'small' (monthly income, pension), 'big' (deposit, loan, debt),
    or a format name; both may be joined with '+'."""
    r = doc.rng
    toks = set((style or "").split("+"))
    if "small" in toks:
        v = r.choice([r.randint(8, 120) * 100, r.randint(1000, 12000)])
    elif "big" in toks:
        v = r.choice([r.randint(2, 90) * 10000 + r.randint(0, 9) * 1000, r.randint(10000, 999999)])
    else:
        v = r.choice([r.randint(8, 95) * 100, r.randint(1, 60) * 1000, r.randint(1000, 9999),
                      r.randint(1, 90) * 10000 + r.randint(0, 9) * 1000])
    fmts = toks & {"yuan", "comma", "wan", "sign", "dec", "rmb"}
    st = fmts.pop() if fmts else wpick(r, [(40, "yuan"), (15, "comma"), (15 if v >= 10000 else 0, "wan"),
                                           (15, "sign"), (10, "dec"), (5, "rmb")])
    if st == "yuan":
        s = f"{v}元"
    elif st == "comma":
        s = f"{v:,}元"
    elif st == "wan":
        s = f"{v / 10000:.2f}".rstrip("0").rstrip(".") + "万元"
    elif st == "sign":
        s = r.choice(["¥", "￥"]) + f"{v:,}"
    elif st == "dec":
        s = f"{v:,}.{r.randint(0, 99):02d}元"
    else:
        s = f"RMB {v:,}.00"
    return t2(s) if doc.trad else s


# --------------------------------------------------------------------------------------------
# Hard negatives
# --------------------------------------------------------------------------------------------
def neg_value(doc, kind, style=None):
    r = doc.rng
    y = doc.year if r.random() < 0.7 else doc.year - r.randint(1, 3)
    if kind == "doc":
        br = r.choice([("〔", "〕"), ("〔", "〕"), ("[", "]"), ("（", "）")])
        return "doc_number", f"{r.choice(DOC_PREFIX)}{br[0]}{y}{br[1]}{r.randint(1, 160)}号"
    if kind == "case":
        st = style or wpick(r, [(50, "court"), (20, "police"), (12, "market"), (10, "arb"), (8, "proc")])
        if st == "court":
            return "case_number", f"（{y}）{r.choice(COURT_CODES)}{r.choice(CASE_TYPES)}{r.randint(1, 9999)}号"
        if st == "police":
            return "case_number", f"湖公（{r.choice(['吴', '浔', '开', '交', '南太湖'])}）{r.choice(['行罚决字', '立字', '受案字', '不罚决字'])}〔{y}〕{r.randint(1, 99999):05d}号"
        if st == "market":
            return "case_number", f"{r.choice(['湖市监', '吴市监', '德市监', '长市监', '安市监'])}{r.choice(['处罚', '罚处', '案'])}〔{y}〕{r.randint(1, 300)}号"
        if st == "arb":
            return "case_number", f"湖劳人仲案字〔{y}〕第{r.randint(1, 999)}号"
        return "case_number", f"湖{r.choice(['检', '吴检', '浔检'])}刑诉〔{y}〕{r.randint(1, 400)}号"
    if kind == "amt":
        toks = set((style or "").split("+"))
        if "small" in toks:
            v = r.choice([r.randint(1, 200) * 10, r.randint(20, 9999)])
        elif "big" in toks:
            v = r.choice([r.randint(10, 900) * 10000, r.randint(100000, 9999999)])
        else:
            v = r.choice([r.randint(1, 999) * 100, r.randint(1000, 99999), r.randint(1, 500) * 10000])
        fm = toks & {"yuan", "comma", "dec", "wan", "sign"}
        st = fm.pop() if fm else r.choice(["yuan", "comma", "dec", "sign", "comma"] + (["wan"] if v >= 10000 else []))
        s = {"yuan": f"{v}元", "comma": f"{v:,}元", "dec": f"{v:,}.{r.randint(0, 99):02d}元",
             "wan": f"{v / 10000:.2f}万元", "sign": f"¥{v:,}.00"}[st]
        return "amount", s
    if kind == "date":
        toks = (style or "").split("+")
        if "later" in toks and doc.last_date is not None:
            d = doc.last_date + timedelta(days=r.randint(1, 400))
        else:
            d = doc.today - timedelta(days=r.randint(-60, 400))
        doc.last_date = d
        style = next((t for t in toks if t and t != "later"), None)
        st = style
        if style == "dt":
            return "date", f"{d.isoformat()} {r.randint(7, 21):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        return "date", fmt_date(doc, d, st)
    if kind == "post":
        return "postcode", r.choice([v[5] for v in REGIONS.values()] + ["313000", "313000", "313099"])
    if kind == "order":
        st = style or r.choice(["dd", "num19", "num12", "num16", "mt"])
        if st == "dd":
            return "order_number", f"DD{doc.today:%Y%m%d}{digits(r, 8)}"
        if st == "num19":
            return "order_number", _safe_digits(r, 19, r.choice("123456789"))
        if st == "num16":
            return "order_number", _safe_digits(r, 16, "2" + str(doc.year)[2:])
        if st == "mt":
            return "order_number", f"{doc.today:%Y%m%d}{_safe_digits(r, 10, '9')}"
        return "order_number", _safe_digits(r, 12, r.choice("3456"))
    if kind == "inv":
        st = style or r.choice(["full", "code", "no"])
        if st == "code":
            return "invoice_number", f"0330{str(y)[2:]}{r.choice(['00', '23', '21'])}{digits(r, 4)}"
        if st == "no":
            return "invoice_number", digits(r, 8)
        return "invoice_number", f"{str(y)[2:]}332000000{digits(r, 9)}"
    if kind == "ver":
        st = style or r.choice(["v3", "v4", "V", "build"])
        if st == "v3":
            return "version", f"{r.randint(1, 6)}.{r.randint(0, 20)}.{r.randint(0, 30)}"
        if st == "v4":
            return "version", f"{r.randint(1, 9)}.{r.randint(0, 12)}.{r.randint(0, 40)}.{r.randint(1, 250)}"
        if st == "V":
            return "version", f"V{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(0, 9)}"
        return "version", f"{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 9)}-build{doc.today:%Y%m%d}"
    if kind == "wo":
        st = style or r.choice(["hz", "num", "gd"])
        if st == "hz":
            return "work_order", f"HZ{doc.today:%Y%m%d}{digits(r, 6)}"
        if st == "gd":
            return "work_order", f"GD-{doc.year}-{digits(r, 6)}"
        return "work_order", f"{doc.today:%Y%m%d}{digits(r, 7)}"
    if kind == "cnt":
        v = r.choice([r.randint(120, 99999), r.randint(100000, 9999999)])
        return "count", f"{v:,}" if r.random() < 0.5 else str(v)
    if kind == "svc":
        st = style
        if st and st.isdigit() and st != "400":
            return "service_number", st
        if st == "400" or (st is None and r.random() < 0.35):
            a = r.choice(["400", "800"])
            return "service_number", f"{a}-{r.randint(100, 999)}-{digits(r, 4)}" if r.random() < 0.7 else f"{a}{r.randint(100, 999)}{digits(r, 4)}"
        return "service_number", r.choice(SERVICE_NUMBERS)
    if kind == "badid":
        fmt_style = style if style in ("plain", "sp", "fw") else None
        p = doc.person(style) if style and not fmt_style else Person(doc, "p")
        good = id_check(p.id17)
        bad = r.choice([c for c in "0123456789X" if c != good])
        v = p.id17 + bad
        return "bad_check_id", fmt_id(doc, v, fmt_style or wpick(r, [(85, "plain"), (10, "sp"), (5, "fw")]))
    if kind == "baduscc":
        o = doc.org(style) if style else Org(doc, r.choice("oookhs"))
        good = o.uscc[17]
        bad = r.choice([c for c in USCC_AL if c != good])
        return "bad_check_uscc", o.uscc[:17] + bad
    if kind == "badcard":
        v = make_card(doc, bad=True)
        return "bad_check_card", fmt_card(doc, v, style or wpick(r, [(70, "plain"), (30, "sp")]))
    if kind == "track":
        st = style or r.choice(["sf", "zt", "yt", "jd", "ems"])
        if st == "sf":
            return "tracking_number", "SF" + digits(r, 13)
        if st == "zt":
            return "tracking_number", "7" + digits(r, 13)
        if st == "yt":
            return "tracking_number", "YT" + digits(r, 13)
        if st == "jd":
            return "tracking_number", "JD" + digits(r, 13)
        return "tracking_number", "EMS" + digits(r, 10)
    if kind == "contract":
        return "contract_number", f"{r.choice(['HZCG', 'HT', 'HZDSJ', 'ZFCG'])}-{y}-{r.randint(1, 999):03d}"
    if kind == "lic":
        st = style or r.choice(["jy", "sp", "dl"])
        if st == "jy":
            return "licence_number", f"JY{r.choice(['1', '2', '3'])}{r.choice(HZ_CODES)}{digits(r, 7)}"
        if st == "sp":
            return "licence_number", f"SC{r.randint(100, 133)}{r.choice(HZ_CODES)}{digits(r, 5)}"
        return "licence_number", f"浙交运管许可湖字{r.choice(HZ_CODES)}{digits(r, 6)}号"
    if kind == "cert":
        st = style or r.choice(["bdc", "zs"])
        if st == "bdc":
            return "cert_number", f"浙（{y}）{r.choice(['湖州市', '德清县', '长兴县', '安吉县'])}不动产权第{digits(r, 7)}号"
        return "cert_number", f"{r.choice(['ZJ', 'HZ', 'CX'])}{y}{digits(r, 6)}"
    if kind == "sn":
        st = style or r.choice(["sn", "batch", "asset"])
        if st == "sn":
            return "serial_number", f"{r.choice(['SN', 'S/N:'])}{''.join(r.choice('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(12))}".replace("S/N:", "")
        if st == "batch":
            return "serial_number", f"{doc.today:%Y%m%d}{r.choice(['A', 'B', ''])}{digits(r, 2)}"
        return "serial_number", f"ZC-{y}-{digits(r, 5)}"
    if kind == "txn":
        return "transaction_number", _safe_digits(r, r.choice([20, 22, 24, 26]), "4200" if r.random() < 0.4 else "")
    if kind == "time":
        return "time", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}" if r.random() < 0.5 else f"{r.randint(7, 20):02d}:{r.randint(0, 59):02d}"
    if kind == "stat":
        return "statistic", f"{r.randint(1, 99)}.{r.randint(0, 99)}%" if r.random() < 0.6 else f"{r.randint(10, 999)}.{r.randint(0, 9)}万"
    if kind == "rpt":
        return "report_number", f"{r.choice(['HZJC', 'ZJQI', 'W', 'JCBG'])}{y}{digits(r, 5)}"
    if kind == "acct":  # meter / utility / internal record numbers that are not personal ids
        return "record_number", f"{r.choice(['JL', 'BJ', 'SL'])}{doc.today:%Y%m}{digits(r, 4)}"
    if kind == "shortmob":
        return "bad_length_mobile", make_mobile(doc)[:r.choice([9, 10])]
    if kind == "vin":
        al = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
        return "vin", r.choice(["LSV", "LFV", "LGB", "LVS", "LHG"]) + "".join(r.choice(al) for _ in range(14))
    if kind == "oid":
        return "version", r.choice(["1.2.156.10197.1.301", "1.2.156.10197.1.401", "2.5.4.3",
                                    "1.2.840.113549.1.1.11", "1.3.6.1.4.1.2011"])
    raise KeyError(kind)


NEG_KINDS = {"doc", "case", "amt", "date", "post", "order", "inv", "ver", "wo", "cnt", "svc", "badid",
             "baduscc", "badcard", "track", "contract", "lic", "cert", "sn", "txn", "time", "stat",
             "rpt", "acct", "oid", "vin", "shortmob"}


# --------------------------------------------------------------------------------------------
# Slots
# --------------------------------------------------------------------------------------------
SS_LETTERS = "ABDJKLNPRT"


def make_ss(doc, style=None):
    r = doc.rng
    style = style or r.choice(["card", "card", "no"])
    if style == "card":
        return r.choice(SS_LETTERS) + digits(r, 8)
    return "10" + digits(r, 8)


def make_mr(doc, style=None):
    r = doc.rng
    style = style or r.choice(["zy", "mz", "ba", "mi", "zyn"])
    if style == "zy":
        return f"ZY{doc.year}{digits(r, 6)}"
    if style == "zyn":
        return f"{str(doc.year)[2:]}{digits(r, 6)}"
    if style == "mz":
        return f"MZ{digits(r, 10)}"
    if style == "ba":
        return digits(r, r.choice([6, 7, 8]))
    return f"H330{r.choice(['500', '502', '503', '521', '522', '523'])}{digits(r, 8)}"


def person_field(doc: Doc, p: Person, field: str, style):
    r = doc.rng
    if field == "name":
        return p.name, "PERSON"
    if field == "name_en":
        st = style or r.choice(["up", "up", "title"])
        if st == "up":
            return f"{p.py_sur.upper()} {p.py_given.upper()}", "PERSON"
        return f"{p.py_sur.title()} {p.py_given.title()}", "PERSON"
    if field == "sur":
        return p.sur, None
    if field == "hon":
        return ("先生" if p.male else "女士"), None
    if field == "sex":
        return ("男" if p.male else "女"), None
    if field == "sexen":
        return ("M" if p.male else "F"), None
    if field == "age":
        b = p.birth
        t = doc.today
        return str(t.year - b.year - ((t.month, t.day) < (b.month, b.day))), None
    if field == "by":
        return str(p.birth.year), None
    if field == "id":
        return fmt_id(doc, p.id, style), "CN_RESIDENT_ID"
    if field == "id15":
        return p.id15, "CN_RESIDENT_ID"
    if field == "dob":
        return fmt_date(doc, p.birth, style), "DATE_OF_BIRTH"
    if field in ("mobile", "mobile2"):
        v = p.get(field, lambda: make_mobile(doc))
        return fmt_mobile(doc, v, style), "CN_MOBILE"
    if field == "tel":
        a, n, e = p.get("tel", lambda: make_landline(doc, hz=r.random() < 0.7, ext=""))
        return fmt_landline(doc, a, n, e, style), "CN_LANDLINE"
    if field == "email":
        return p.get("email", lambda: make_email(doc, p)), "EMAIL_ADDRESS"
    if field == "addr":
        def mk():
            reg = p.region if (p.region in HUZHOU and r.random() < 0.7) else r.choice(HZ_CODES)
            if r.random() < 0.1:
                reg = r.choice(ZJ_OTHER)
            return make_address(doc, region=reg, **addr_style(style))
        return p.get("addr", mk), "CN_ADDRESS"
    if field == "hukou":
        kw = {"start": r.choice(["prov", "city", "prov"])}
        kw.update(addr_style(style))
        return p.get("hukou", lambda: make_address(doc, region=p.region, **kw)), "CN_ADDRESS"
    if field == "plate":
        pl = p.get("plate", lambda: make_plate(doc))
        return fmt_plate(doc, *pl, style), "CN_LICENSE_PLATE"
    if field == "passport":
        return fmt_simple(doc, p.get("passport", lambda: make_passport(doc)), 0.04), "CN_PASSPORT"
    if field == "hkmo":
        return fmt_simple(doc, p.get("hkmo", lambda: make_hkmo(doc)), 0.04), "CN_HK_MACAO_PERMIT"
    if field in ("card", "card2"):
        return fmt_card(doc, p.get(field, lambda: make_card(doc)), style), "BANK_CARD"
    if field == "ss":
        return p.get("ss", lambda: make_ss(doc, style)), "CN_SOCIAL_SECURITY"
    if field == "mr":
        return p.get("mr" + (style or ""), lambda: make_mr(doc, style)), "CN_MEDICAL_RECORD"
    if field == "health":
        return p.get("health" + (style or ""), lambda: doc.z(r.choice(HEALTH[style] if style else HEALTH_ALL))), "HEALTH_INFO"
    raise KeyError(field)


def org_field(doc: Doc, key: str, o: Org, field: str, style):
    r = doc.rng
    if field == "name":
        return o.name, None
    if field == "uscc":
        return fmt_simple(doc, o.uscc, 0.02), "CN_USCC"
    if field == "legal":
        return doc.person(key + "L").name, "PERSON"
    if field == "contact":
        return doc.person(key + "C").name, "PERSON"
    if field == "cmobile":
        return person_field(doc, doc.person(key + "C"), "mobile", style)
    if field == "lid":
        return person_field(doc, doc.person(key + "L"), "id", style)
    if field == "lmobile":
        return person_field(doc, doc.person(key + "L"), "mobile", style)
    if field == "tel":
        a, n, e = o.cache.setdefault("tel", make_landline(doc, hz=o.region in HUZHOU))
        return fmt_landline(doc, a, n, e, style), "CN_LANDLINE"
    if field == "email":
        return o.cache.setdefault("email", make_email(doc, kind="corp")), "EMAIL_ADDRESS"
    if field == "addr":
        if "addr" not in o.cache:
            o.cache["addr"] = make_address(doc, region=o.region, detail="urban",
                                           start=r.choice(["prov", "city", "county"]),
                                           form=r.choice(["road", "road", "lou", "short"]))
        return o.cache["addr"], "CN_ADDRESS"
    raise KeyError(field)


def filler(doc: Doc, key: str, style):
    r = doc.rng
    if key == "int":
        a, b = (int(x) for x in (style or "1-9").split("-"))
        return str(r.randint(a, b))
    if key == "yr":
        return str(doc.year)
    if key == "mo":
        return str(doc.today.month)
    table = {"dept": DEPTS, "hosp": HOSPITALS, "court": COURTS, "police": POLICE, "bank": BANKS,
             "school": SCHOOLS, "stn": STATIONS, "brand": BRANDS}
    if key in table:
        return doc.z(r.choice(table[key]))
    if key == "county":
        return doc.z(REGIONS[r.choice(HZ_CODES)][2])
    if key == "town":
        reg = REGIONS[r.choice(HZ_CODES)]
        return doc.z(r.choice(list(reg[3]) + list(reg[4])))
    if key == "comm":
        return doc.z(r.choice(COMMUNITIES))
    if key == "ctown":
        reg = REGIONS[r.choice(HZ_CODES)]
        return doc.z(reg[2] + r.choice(list(reg[3]) + list(reg[4])))
    if key == "company":
        return Org(doc, "o").name
    raise KeyError(key)


FILLERS = {"ctown", "int", "yr", "mo", "dept", "hosp", "court", "police", "bank", "school", "stn", "brand",
           "county", "town", "comm", "company"}


def generic(doc: Doc, key: str, style):
    r = doc.rng
    if key == "name":
        return Person(doc, "p").name, "PERSON"
    if key == "name_en":
        return person_field(doc, Person(doc, "p"), "name_en", style)
    if key == "mobile":
        return fmt_mobile(doc, make_mobile(doc), style), "CN_MOBILE"
    if key in ("tel", "tel_hz", "tel_ext"):
        a, n, e = make_landline(doc, hz=(key == "tel_hz" or r.random() < 0.5),
                                ext="force" if key == "tel_ext" else None)
        return fmt_landline(doc, a, n, e, style), "CN_LANDLINE"
    if key in ("email", "email_gov", "email_corp", "email_qq"):
        kind = {"email": None, "email_gov": "gov", "email_corp": "corp", "email_qq": "qq"}[key]
        return make_email(doc, kind=kind), "EMAIL_ADDRESS"
    if key in ("ip", "ip_in", "ip_pub", "ip6"):
        return make_ip(doc, {"ip": None, "ip_in": "in", "ip_pub": "pub", "ip6": "v6"}[key]), "IP_ADDRESS"
    if key == "uscc":
        return fmt_simple(doc, Org(doc, r.choice("ooookhsu")).uscc, 0.02), "CN_USCC"
    if key == "card":
        return fmt_card(doc, make_card(doc), style), "BANK_CARD"
    if key == "plate":
        return fmt_plate(doc, *make_plate(doc), style), "CN_LICENSE_PLATE"
    if key == "passport":
        return fmt_simple(doc, make_passport(doc), 0.04), "CN_PASSPORT"
    if key == "hkmo":
        return fmt_simple(doc, make_hkmo(doc), 0.04), "CN_HK_MACAO_PERMIT"
    if key == "id":
        return fmt_id(doc, Person(doc, "p").id, style), "CN_RESIDENT_ID"
    if key == "addr":
        return make_address(doc, **addr_style(style)), "CN_ADDRESS"
    if key == "trace":
        return make_trace(doc, style), "LOCATION_TRACE"
    if key == "fin":
        return make_fin(doc, style), "FINANCIAL_INFO"
    if key == "health":
        return doc.z(r.choice(HEALTH[style] if style else HEALTH_ALL)), "HEALTH_INFO"
    if key == "cancer":
        return doc.z(r.choice(CANCER_CORE)), "HEALTH_INFO"
    if key == "ss":
        return make_ss(doc, style), "CN_SOCIAL_SECURITY"
    if key == "mr":
        return make_mr(doc, style), "CN_MEDICAL_RECORD"
    raise KeyError(key)


def slot(doc: Doc, spec: str):
    """-> (text, None | ('E', type) | ('N', kind))"""
    key, _, style = spec.partition("|")
    style = style or None
    memo = None
    if "#" in key:
        key, memo = key.split("#", 1)
        mk = (key, memo, style)
        if mk in doc.memo:
            return doc.memo[mk]
    if key.startswith("~"):
        k = key[1:]
        if k == "today":
            res = fmt_date(doc, doc.today, style), ("N", "date")
        else:
            if k not in NEG_KINDS:
                raise KeyError(spec)
            for _ in range(200):  # never let a plain negative pass as a valid identifier
                kind, v = neg_value(doc, k, style)
                if kind.startswith("bad_") or check_negative(kind, v) is None:
                    break
            if doc.trad:
                v = t2(v)
            res = v, ("N", kind)
    elif "." in key:
        obj, field = key.split(".", 1)
        if obj[0] in ROLE_YEARS:
            v, t = person_field(doc, doc.person(obj), field, style)
        elif obj[0] in "okhsug":
            v, t = org_field(doc, obj, doc.org(obj), field, style)
        else:
            raise KeyError(spec)
        res = v, (("E", t) if t else None)
    elif key in FILLERS:
        res = filler(doc, key, style), None
    else:
        v, t = generic(doc, key, style)
        res = v, ("E", t)
    if memo is not None:
        doc.memo[(key, memo, style)] = res
    return res


# --------------------------------------------------------------------------------------------
# Templates and rendering
# --------------------------------------------------------------------------------------------
class Tpl:
    __slots__ = ("text", "trad", "name")

    def __init__(self, text, trad, name):
        self.text = textwrap.dedent(text).strip("\n")
        self.trad = trad
        self.name = name


TEMPLATES: list[Tpl] = []


def S(name: str, text: str):
    TEMPLATES.append(Tpl(text, False, name))


def T(name: str, text: str):
    TEMPLATES.append(Tpl(text, True, name))


SLOT_RE = re.compile(r"\{([~A-Za-z0-9_.|#@+\-]+)\}")
ROWS_RE = re.compile(r"<<rows (\d+)-(\d+)>>\n?(.*?)<</rows>>\n?", re.S)
CHOICE_RE = re.compile(r"\[\?(.*?)\?\]", re.S)


def _split_opts(s: str):
    out, depth, cur = [], 0, []
    for c in s:
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        if c == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    out.append("".join(cur))
    return out


def render(tpl: Tpl, doc: Doc):
    r = doc.rng

    def rows(m):
        n = r.randint(int(m.group(1)), int(m.group(2)))
        body = m.group(3)
        parts = []
        for i in range(n):
            b = re.sub(r"\{([pecyb][fm]?)@(\d*)\.", lambda mm: "{" + mm.group(1) + f"R{i}x{mm.group(2)}.", body)
            b = re.sub(r"\{([okhsug])@(\d*)\.", lambda mm: "{" + mm.group(1) + f"R{i}x{mm.group(2)}.", b)
            parts.append(b.replace("{@}", str(i + 1)))
        return "".join(parts)

    text = ROWS_RE.sub(rows, tpl.text)
    text = CHOICE_RE.sub(lambda m: r.choice(_split_opts(m.group(1))), text)
    out, ents, negs = [], [], []
    pos = cur = 0
    for m in SLOT_RE.finditer(text):
        lit = text[pos:m.start()]
        out.append(lit)
        cur += len(lit)
        val, lab = slot(doc, m.group(1))
        if lab is not None:
            (ents if lab[0] == "E" else negs).append((lab[1], cur, cur + len(val), val))
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), ents, negs


def generate():
    docs = []
    n_t = len(TEMPLATES)
    for i in range(N_DOCS):
        tpl = TEMPLATES[i % n_t]
        rng = random.Random(f"{SEED}:{i}")
        doc = Doc(rng, tpl.trad)
        text, ents, negs = render(tpl, doc)
        docs.append({
            "id": f"{ID_PREFIX}-{i:05d}",
            "text": text,
            "entities": [{"type": t, "start": s, "end": e} for t, s, e, _ in ents],
            "negatives": [{"kind": k, "start": s, "end": e} for k, s, e, _ in negs],
            "source": SOURCE,
            "_values": [v for *_, v in ents] + [v for *_, v in negs],
            "_trad": tpl.trad,
            "_tpl": tpl.name,
        })
    return docs


# --------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------
def nf(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


PLATE_RE = re.compile(r"[浙沪苏皖赣滬蘇贛][A-Z][·\s\-]?(?:[DF][0-9A-HJ-NP-Z]\d{4}|[0-9A-HJ-NP-Z]{5})")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")


def check_entity(t: str, v: str) -> str | None:
    n = nf(v)
    if t == "CN_RESIDENT_ID":
        x = re.sub(r"[\s\-]", "", n).upper()
        if len(x) == 15 and x.isdigit():
            return None
        return None if id_valid(x) else "bad id"
    if t == "CN_MOBILE":
        x = re.sub(r"[\s\-()]", "", n)
        x = re.sub(r"^(\+86|0086|86)", "", x)
        return None if re.fullmatch(r"1[3-9]\d{9}", x) else "bad mobile"
    if t == "CN_LANDLINE":
        x = re.sub(r"\s*(转|轉|分机|分機|[Ee]xt\.?)\s*\d{1,4}$", "", n.strip())
        x = re.sub(r"[\s().（）]", "", x)
        x = re.sub(r"^(\+86-?|86-)", "0", x)
        return None if re.fullmatch(r"0\d{2,3}(-?\d){7,8}(-\d{1,4})?", x) else "bad landline"
    if t == "CN_USCC":
        return None if uscc_valid(n) else "bad uscc"
    if t == "BANK_CARD":
        x = re.sub(r"[\s\-]", "", n)
        return None if 16 <= len(x) <= 19 and luhn_valid(x) else "bad card"
    if t == "EMAIL_ADDRESS":
        return None if EMAIL_RE.fullmatch(v) else "bad email"
    if t == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
            return None
        except ValueError:
            return "bad ip"
    if t == "CN_PASSPORT":
        return None if re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}", n) else "bad passport"
    if t == "CN_HK_MACAO_PERMIT":
        return None if re.fullmatch(r"C\d{8}|C[A-HJ-NP-Z]\d{7}", n) else "bad permit"
    if t == "CN_LICENSE_PLATE":
        return None if PLATE_RE.fullmatch(n) else "bad plate"
    if t in ("PERSON", "CN_ADDRESS", "HEALTH_INFO", "LOCATION_TRACE", "FINANCIAL_INFO",
             "DATE_OF_BIRTH", "CN_SOCIAL_SECURITY", "CN_MEDICAL_RECORD"):
        if not v or v != v.strip():
            return "blank/whitespace"
        if t == "FINANCIAL_INFO" and not re.search(r"\d", v):
            return "no amount"
        return None
    return "unknown type"


def check_negative(kind: str, v: str) -> str | None:
    n = re.sub(r"[\s\-]", "", nf(v)).upper()
    if kind == "bad_check_id":
        return "id look-alike passes" if (len(n) != 18 or id_valid(n)) else None
    if kind == "bad_check_uscc":
        return "uscc look-alike passes" if (len(n) != 18 or uscc_valid(n)) else None
    if kind == "bad_check_card":
        return "card look-alike passes" if (not 16 <= len(n) <= 19 or luhn_valid(n)) else None
    for run in re.findall(r"[0-9A-Z]+", n):
        if len(run) == 18 and (id_valid(run) or uscc_valid(run)):
            return "negative holds a valid id or uscc"
        if run.isdigit() and 16 <= len(run) <= 19 and luhn_valid(run):
            return "negative holds a valid card"
    if re.fullmatch(r"1[3-9]\d{9}", n):
        return "negative is a mobile"
    return None


STRAY = [
    ("mobile", re.compile(r"(?<![0-9A-Za-z])1[3-9]\d{9}(?!\d)")),
    ("long digits", re.compile(r"\d{7,}")),
    ("email", re.compile(r"[A-Za-z0-9]@[A-Za-z0-9]")),
    ("ip", re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])")),
    ("passport/permit", re.compile(r"(?<![0-9A-Za-z])[ECG][A-Z]?\d{7,8}(?![0-9A-Za-z])")),
    ("plate", re.compile(r"[浙沪苏皖赣][A-Z][·\s]?[0-9A-Z]{5}")),
    ("slot", re.compile(r"\{[~A-Za-z0-9_.|#@+\-]+\}|\[\?|\?\]|<<|>>")),
]
ASCII_ALNUM = re.compile(r"[0-9A-Za-z]")
BOUNDED = set(STRUCTURED) | {"CN_SOCIAL_SECURITY", "CN_MEDICAL_RECORD"}


def validate(docs, yaml_types=None) -> list[str]:
    errs = []
    simp_only = set(S2T)
    for d in docs:
        text = d["text"]
        spans = []
        vals = iter(d["_values"])
        for e in d["entities"]:
            v = next(vals)
            s = text[e["start"]:e["end"]]
            if s != v:
                errs.append(f"{d['id']}: span text {s!r} != {v!r}")
            if e["type"] not in TYPES or (yaml_types is not None and e["type"] not in yaml_types):
                errs.append(f"{d['id']}: unknown type {e['type']}")
            msg = check_entity(e["type"], s)
            if msg:
                errs.append(f"{d['id']}: {e['type']} {s!r}: {msg}")
            if e["type"] in BOUNDED:
                before = text[e["start"] - 1:e["start"]]
                after = text[e["end"]:e["end"] + 1]
                if ASCII_ALNUM.fullmatch(before or " ") or ASCII_ALNUM.fullmatch(after or " "):
                    errs.append(f"{d['id']}: {e['type']} {s!r} glued to ASCII alnum")
            spans.append((e["start"], e["end"], e["type"]))
        for ng in d["negatives"]:
            v = next(vals)
            s = text[ng["start"]:ng["end"]]
            if s != v:
                errs.append(f"{d['id']}: negative text {s!r} != {v!r}")
            msg = check_negative(ng["kind"], s)
            if msg:
                errs.append(f"{d['id']}: negative {ng['kind']} {s!r}: {msg}")
            spans.append((ng["start"], ng["end"], "~" + ng["kind"]))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errs.append(f"{d['id']}: overlap {a} {b}")
        for a in spans:
            if a[0] >= a[1]:
                errs.append(f"{d['id']}: empty span {a}")
        # nothing identifier-like left unlabelled
        masked = list(text)
        for a, b, _ in spans:
            for k in range(a, b):
                masked[k] = "\u3000"
        rest = nf("".join(masked))
        for what, rx in STRAY:
            m = rx.search(rest)
            if m:
                errs.append(f"{d['id']} ({d['_tpl']}): unlabelled {what}: {m.group(0)!r}")
        if d["_trad"]:
            bad = sorted({c for c in text if c in simp_only})
            if bad:
                errs.append(f"{d['id']} ({d['_tpl']}): simplified characters in a Traditional document: {''.join(bad)}")
    return errs


def load_yaml_types():
    try:
        import yaml  # noqa: WPS433
        data = yaml.safe_load(ENTITIES_YAML.read_text(encoding="utf-8"))
        return set(data["entities"])
    except Exception:  # noqa: BLE001 - the yaml is optional outside this workplace
        return None


def public(d):
    return {k: d[k] for k in ("id", "text", "entities", "negatives", "source")}


def main(argv=None):
    yaml_types = load_yaml_types()
    if yaml_types is not None:
        missing = set(TYPES) - yaml_types
        assert not missing, f"types missing from entities.yaml: {missing}"
    names = [t.name for t in TEMPLATES]
    dup = [n for n, c in Counter(names).items() if c > 1]
    assert not dup, f"duplicate template names: {dup}"
    docs = generate()
    again = generate()
    assert [public(d) for d in docs] == [public(d) for d in again], "generation is not deterministic"
    errs = validate(docs, yaml_types)
    if errs:
        for e in errs[:80]:
            print("ERROR", e)
        print(f"{len(errs)} validation errors")
        sys.exit(1)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(public(d), ensure_ascii=False) + "\n")
    # read back and count
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert [public(d) for d in docs] == back
    ent = Counter(e["type"] for d in back for e in d["entities"])
    neg = Counter(n["kind"] for d in back for n in d["negatives"])
    n_trad = sum(1 for d in docs if d["_trad"])
    structured = sum(ent[t] for t in STRUCTURED)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(back)} documents from {len(TEMPLATES)} templates "
          f"({sum(t.trad for t in TEMPLATES)} Traditional templates, {n_trad} Traditional documents)")
    print(f"entities: {sum(ent.values())} (structured identifiers {structured})")
    for t in TYPES:
        if ent[t]:
            print(f"  {t:20s} {ent[t]:6d}")
    print(f"hard negatives: {sum(neg.values())}")
    for k, c in sorted(neg.items(), key=lambda kv: -kv[1]):
        print(f"  {k:20s} {c:6d}")
    problems = []
    if len(TEMPLATES) < 250:
        problems.append(f"only {len(TEMPLATES)} templates")
    if sum(ent.values()) < 7000:
        problems.append("fewer than 7,000 entities")
    if structured < 4000:
        problems.append("fewer than 4,000 structured identifiers")
    for t in STRUCTURED:
        if ent[t] < 150:
            problems.append(f"{t} below 150 ({ent[t]})")
    if sum(neg.values()) < 3000:
        problems.append("fewer than 3,000 hard negatives")
    if not 0.07 <= n_trad / len(docs) <= 0.13:
        problems.append(f"Traditional share {n_trad / len(docs):.1%}")
    for p in problems:
        print("TARGET NOT MET:", p)
    return 0 if not problems else 2


# ============================================================================================
# TEMPLATES
# ============================================================================================
# ---- public security -------------------------------------------------------------------------
S("ps_hotel_register", """
{brand}酒店 旅馆业治安管理信息系统 住宿登记导出（{~today|iso}）
序号,姓名,性别,证件类型,证件号码,入住时间,房号,联系电话
<<rows 3-6>>
{@},{p@.name},{p@.sex},[?居民身份证,{p@.id|plain}|居民身份证,{p@.id|plain}|居民身份证,{p@.id|plain}|普通护照,{p@.passport}?],{~date|dt},{int|201-828},{p@.mobile|plain}
<</rows>>
导出人：{p1.name}　导出终端：{ip_in}
""")

S("ps_inquiry_record", """
询问笔录（第1次）
时间：{~date|cn}{int|8-16}时{int|10-50}分至{int|17-19}时{int|10-50}分
地点：{police}询问室
询问人：{p2.name}、{p3.name}　记录人：{p3.name}
被询问人：{p1.name}，性别{p1.sex}，出生日期{p1.dob|cn}，居民身份证号码{p1.id}，
户籍地：{p1.hukou}，现住址：{p1.addr}，联系电话{p1.mobile}。
问：我们是{police}民警，现依法对你进行询问，你要如实回答，听清楚了吗？
答：听清楚了。
问：你驾驶的{p1.plate}小型轿车当天停在什么地方？
答：停在单位楼下，车钥匙一直在我身上。
""")

S("ps_residence_permit", """
浙江省居住证申领登记表
申请人姓名：{p1.name}　　性别：{p1.sex}　　民族：汉
公民身份号码：{p1.id}
户籍地址：{p1.hukou|rural}
居住地址：{p1.addr|urban}
居住事由：[?务工|经商|就学|投靠亲属?]　　联系电话：{p1.mobile}
房屋出租人：{p2.name}（身份证号：{p2.id}，电话：{p2.mobile}）
受理单位：{police}　受理日期：{~today}　受理编号：{~wo}
""")

S("ps_traffic_accident", """
道路交通事故认定书（简易程序）
编号：{~case|police}
事故时间：{~date|dt}　天气：[?晴|阴|小雨?]
事故地点：[?104国道|318国道|湖州大道|二环西路|苕溪东路?]与[?凤凰路|青铜路|龙溪北路|南太湖大道?]交叉口
当事人：{p1.name}，驾驶证号（身份证号）{p1.id}，联系电话{p1.mobile}，驾驶{p1.plate}小型普通客车；
当事人：{p2.name}，身份证号{p2.id}，联系电话{p2.mobile}，驾驶[?电动自行车|{p2.plate}小型越野客车|{p2.plate}轻型厢式货车?]。
交通事故事实：{p1.name}驾车左转时未让直行车辆先行，与{p2.name}所驾车辆发生碰撞，造成两车损坏、{p2.name}受伤（{p2.health|injury}）。
{p1.name}负事故全部责任，{p2.name}无责任。
交通警察：{p3.name}　警号：{int|1000-9999}
""")

S("ps_parking_notice", """
违法停车告知单
号牌号码：{plate}　号牌种类：小型汽车
违法时间：{~date|dt}
违法地点：{addr|county+short}门前
违法行为：机动车违反规定停放、临时停车，驾驶人不在现场或者虽在现场但拒绝立即驶离
请于15日内到公安交通管理部门接受处理。咨询电话：{tel_hz}，监督电话：{~svc|12345}
""")

S("ps_exit_entry_receipt", """
{police}
出入境证件受理回执
受理编号：{~wo}
申请人：{p1.name}（{p1.name_en}）　性别：{p1.sex}　出生日期：{p1.dob|iso}
公民身份号码：{p1.id}
申请类别：[?普通护照换发|普通护照首次申领|普通护照补发?]
原证件号码：{p1.passport}
取证方式：[?邮寄|自取?]　邮寄地址：{p1.addr}　收件电话：{p1.mobile}
预计制证完成日期：{~date}，请凭本回执领取。如有疑问请拨打{tel_hz}或{~svc|12367}。
""")

S("ps_hkmo_endorsement", """
往来港澳通行证签注申请表
姓名：{p1.name}　拼音：{p1.name_en|up}
身份证号：{p1.id}　出生日期：{p1.dob}
港澳通行证号码：{p1.hkmo}
签注种类：[?赴香港旅游（L）|赴澳门旅游（L）|赴香港探亲（T）|赴香港商务（S）?]　次数：[?一次|二次?]
紧急联系人：{p2.name}　关系：[?配偶|父亲|母亲|子女?]　电话：{p2.mobile}
申请人签名：________　日期：{~today|cn}
""")

S("ps_110_call", """
110接处警登记
接警时间：{~date|dt}　接警员：{p3.name}
报警人：{p1.name}　报警电话：{p1.mobile}
报警内容：报警人称在{p1.addr}家中听到隔壁有争吵摔东西声音，担心发生意外，请求民警到场。
处警单位：{police}　处警民警：{p2.name}（{p2.mobile}）
处理结果：经了解系家庭纠纷，已调解，双方情绪稳定。警情编号：{~wo}
""")

S("ps_internet_cafe_log", """
[{~date|dt}] netbar_id=HZ{int|1000-9999} seat=A{int|10-88} ip={ip_in} mac=3C:52:82:{int|10-99}:{int|10-99}:{int|10-99}
  realname={p1.name} idno={p1.id|plain} online_start={~time} client={~ver}
[{~date|dt}] netbar_id=HZ{int|1000-9999} seat=B{int|10-88} ip={ip_in}
  realname={p2.name} idno={p2.id|plain} online_start={~time}
""")

S("ps_missing_elder", """
协查通报
{e1.name}，{e1.sex}，{e1.age}岁，身份证号{e1.id}，家住{e1.addr}，患有{e1.health|chronic}，
于{~date|cn}上午独自外出后未归。走失时上身穿深蓝色夹克，口音为湖州本地话。
据视频追踪，其行动轨迹为：{trace|time}，此后去向不明。
如有发现请及时联系家属{p1.name}（{p1.mobile}）或{police}（{tel_hz}），也可直接拨打{~svc|110}。
""")

S("ps_fraud_warning", """
【反诈预警推送】
预警对象：{p1.name}　手机号：{p1.mobile}　身份证：{p1.id}
涉诈类型：[?冒充客服退款|刷单返利|虚假投资理财|冒充公检法?]
风险描述：该用户于{~date|dt}与涉诈号码[?{mobile}|{tel}?]通话{int|3-40}分钟，随后向账户{card}转账{fin}。
处置要求：请{police}于2小时内上门劝阻，反馈至反诈中心（联系人{p2.name}，{p2.mobile}）。
""")

S("ps_ebike_theft", """
受案回执
{p1.name}：
你（单位）于{~date|cn}报称的电动自行车被盗一案我单位已受理。受案号：{~case|police}。
报案人住址：{p1.addr}，联系方式：{p1.mobile}。
被盗车辆：[?雅迪|爱玛|台铃|绿源?]牌电动自行车，车架号{~sn|sn}，被盗地点为所住小区地下车库。
你可通过{~svc|110}或{tel_hz}查询案件进展。
{police}　{~today|cn}
""")

S("ps_floating_population", """
流动人口信息采集表（{comm}）
采集人：{p9.name}　采集日期：{~today|iso}
| 姓名 | 身份证号 | 户籍地 | 现住址 | 手机 | 工作单位 |
|---|---|---|---|---|---|
<<rows 2-5>>
| {p@.name} | {p@.id} | {p@.hukou|rural} | {p@.addr|urban} | {p@.mobile} | {company} |
<</rows>>
""")

S("ps_vehicle_check", """
卡口过车比对告警 #{~wo}
时间：{~date|dt}　卡口：[?G25长深高速湖州南收费站|S13练杭高速德清东出口|湖州大道与二环东路口|长兴太湖大道卡口?]
号牌：{plate}　车身颜色：[?白|黑|银|蓝?]　比对结果：[?套牌嫌疑|逾期未检验|违法未处理超过5起?]
登记车主：{p1.name}　车主身份证：{p1.id}　车主电话：{p1.mobile}
推送至：交警支队指挥中心　值班员：{p2.name}
""")

S("ps_household_move", """
户口迁移证明（存根）
迁移人：{p1.name}，{p1.sex}，出生日期{p1.dob|cn0}，公民身份号码{p1.id}（原15位号码{p1.id15}）。
迁出地：{p1.hukou}
迁往地：{p1.addr}
迁移原因：[?投靠配偶|购房落户|人才引进|就业?]
随迁人员：{c1.name}（{c1.sex}，身份证号{c1.id}，出生日期{c1.dob|cn0}）
签发机关：{police}　签发日期：{~today|cn}　证明编号：浙{~wo|num}
""")

S("ps_wechat_group", """
[{police}社区警务群]
{p2.name} {~time}
@所有人 今晚对{comm}一带出租房进行集中走访，请网格员配合。重点核查：{p1.name}，身份证{p1.id}，电话{p1.mobile}，住{p1.addr}
{p3.name} {~time}
收到。{p1.name}上周已搬走，新租客叫{p4.name}，手机{p4.mobile}，车牌{p4.plate}
{p2.name} {~time}
好的，把{p4.name}的身份证拍一下发我
{p3.name} {~time}
{p4.id}
""")

# ---- courts, procuratorate, justice ----------------------------------------------------------
S("court_civil_judgment", """
{court}
民事判决书
{~case|court}
原告：{p1.name}，{p1.sex}，{p1.dob|cn}出生，汉族，住{p1.addr}，公民身份号码{p1.id}。
委托诉讼代理人：{p3.name}，浙江{brand}律师事务所律师，联系电话{p3.mobile}。
被告：{o1.name}，住所地{o1.addr}，统一社会信用代码{o1.uscc}。
法定代表人：{o1.legal}，该公司执行董事。
原告{p1.name}与被告{o1.name}劳动争议一案，本院于{~date|cn}立案后，依法适用简易程序，公开开庭进行了审理。
""")

S("court_freeze_notice", """
协助冻结存款通知书
{~case|court}
{bank}：
本院在执行申请人{p2.name}与被执行人{p1.name}民间借贷纠纷一案中，依照《中华人民共和国民事诉讼法》第二百四十九条规定，
请协助冻结被执行人{p1.name}（身份证号{p1.id}）在你行开立的账户{p1.card}内存款，冻结金额以{~amt}为限。
经查询，该账户当前余额为{fin|big}。冻结期限一年，自{~date|cn}起至{~date|cn+later}止。
承办人：{p3.name}　联系电话：{tel_hz}
""")

S("court_service_receipt", """
送 达 回 证
案号：{~case|court}
案由：[?离婚纠纷|买卖合同纠纷|机动车交通事故责任纠纷|物业服务合同纠纷?]
受送达人：{p1.name}
送达地址：{p1.addr}
送达文书：起诉状副本、应诉通知书、举证通知书、传票（开庭时间{~date|dt}）
受送达人签收：________　{~date|cn}
代收人：{p2.name}（与受送达人关系：[?配偶|母亲|儿子|同住亲属?]）　代收人电话：{p2.mobile}
送达人：{p3.name}、{p4.name}
""")

S("court_sms", """
【{court}】{p1.name}您好，您作为被告的{~case|court}案件定于{~date|dt}在第{int|1-12}法庭开庭审理，请携带身份证（{p1.id}）按时到庭。
如需在线庭审请登录浙江法院网上诉讼服务平台，账号为您的手机号{p1.mobile}。联系法官助理{p2.name}：{tel_ext}。回复TD退订
""")

S("court_dishonest_list", """
失信被执行人名单（{~today|ym}批次）
序号 | 被执行人 | 证件号码 | 执行法院 | 案号 | 未履行金额
<<rows 3-6>>
{@} | {p@.name} | {p@.id} | {court} | {~case|court} | {fin|big}
<</rows>>
<<rows 1-2>>
企 | {o@.name} | {o@.uscc} | {court} | {~case|court} | {~amt}
<</rows>>
注：名单依据最高人民法院《关于公布失信被执行人名单信息的若干规定》公布。
""")

S("justice_mediation", """
人民调解协议书
编号：{~wo|gd}
当事人：{p1.name}，{p1.sex}，身份证号{p1.id}，住{p1.addr}，电话{p1.mobile}
当事人：{p2.name}，{p2.sex}，身份证号{p2.id}，住{p2.addr}，电话{p2.mobile}
纠纷简要情况：双方系邻居，因{p2.name}家装修渗水致{p1.name}家天花板受损发生纠纷。
经调解，自愿达成如下协议：{p2.name}于{~date|cn}前一次性赔偿{p1.name}维修费用{~amt}，通过微信转账支付。
人民调解员：{p3.name}　{town}人民调解委员会（{tel_hz}）
""")

S("court_hearing_notice", """
开庭公告
本院定于{~date|cn}上午9时在本院第{int|1-9}审判庭公开开庭审理以下案件：
1. {~case|court} 原告{p1.name}诉被告{p2.name}民间借贷纠纷；
2. {~case|court} 原告{o1.name}诉被告{p3.name}买卖合同纠纷；
3. {~case|court} 公诉机关湖州市吴兴区人民检察院指控被告人{p4.name}犯危险驾驶罪。
特此公告。{court}　{~today|cn}
""")

S("justice_legal_aid", """
法律援助申请表
申请人：{p1.name}　性别：{p1.sex}　出生日期：{p1.dob}
身份证号：{p1.id}　联系电话：{p1.mobile}
住所地：{p1.addr}
家庭经济状况：家庭人口{int|2-6}人，家庭月总收入{fin|small}，人均月收入{fin|small}，[?享受最低生活保障|无固定收入|申请人患{p1.health}长期治疗?]。
申请事项：[?追索劳动报酬|工伤赔偿|赡养费纠纷|交通事故人身损害赔偿?]
对方当事人：[?{o1.name}|{p2.name}?]
受理机构：湖州市法律援助中心（{tel_hz}）　受理号：{~wo|gd}
""")

S("justice_community_correction", """
社区矫正对象电子定位异常报告
矫正对象：{p1.name}　身份证号：{p1.id}　矫正类别：[?缓刑|假释|暂予监外执行?]
执行地：{town}司法所　定位设备号：{~sn|sn}
异常情况：{~date|cn}该对象手机定位越出执行地县域，定位轨迹为{trace}，持续约{int|2-9}小时。
经电话核实（{p1.mobile}），对象称因[?送货|探望生病亲属|就医?]外出，未事先请假。
处理意见：予以训诫，责令写出书面检查。报告人：{p2.name}　{~today|cn}
""")

S("arbitration_application", """
劳动人事争议仲裁申请书
申请人：{p1.name}，{p1.sex}，身份证号码{p1.id}，住址{p1.addr}，联系电话{p1.mobile}
被申请人：{o1.name}，统一社会信用代码：{o1.uscc}，住所：{o1.addr}，法定代表人：{o1.legal}，电话：{o1.tel}
仲裁请求：
一、裁决被申请人支付拖欠的{~date|ym}至{~date|ym+later}工资，申请人月工资为{fin|small}；
二、裁决被申请人支付解除劳动合同经济补偿金；
三、仲裁费用由被申请人承担。
此致
湖州市劳动人事争议仲裁委员会
""")

S("court_fee_refund", """
诉讼费退费申请
案号：{~case|court}
申请人：{p1.name}　身份证号：{p1.id}
退费金额：{~amt}（原预交{~amt}，案件调解结案减半收取）
收款账户户名：{p1.name}　开户行：{bank}　账号：{p1.card}
联系电话：{p1.mobile}　申请日期：{~today}
财务审核：{p2.name}　票据号：{~inv|no}
""")

S("notary_application", """
公证申请表（涉外）
申请人：{p1.name}　英文名：{p1.name_en}　出生日期：{p1.dob|iso}
身份证号：{p1.id}　护照号：{p1.passport}
申办事项：[?出生公证|无犯罪记录公证|学历公证|亲属关系公证?]，用于[?申请留学签证|海外工作许可|办理移民手续?]，使用国：[?澳大利亚|加拿大|新西兰|德国|日本?]
联系地址：{p1.addr}　电子邮箱：{p1.email}　手机：{p1.mobile}
受理公证员：{p2.name}　受理号：({yr})浙湖证字第{int|100-9999}号
""")

S("forensic_appraisal", """
司法鉴定意见书（摘要）
鉴定委托人：{court}　委托事项：伤残等级评定
被鉴定人：{p1.name}，{p1.sex}，{p1.age}岁，身份证号{p1.id}
案情摘要：{~date|cn}被鉴定人在{o1.name}车间作业时受伤，经{hosp}诊断为{p1.health|injury}，住院号{p1.mr|zy}。
鉴定意见：见正文第五部分。
鉴定人：{p2.name}、{p3.name}　鉴定机构许可证号：{~lic|jy}
""")

S("procurate_nonprosecution", """
湖州市吴兴区人民检察院
不起诉决定书
{~case|proc}
被不起诉人{p1.name}，{p1.sex}，{p1.dob|cn}出生，公民身份号码{p1.id}，汉族，初中文化，户籍地{p1.hukou}，
住{p1.addr}。因涉嫌危险驾驶罪，于{~date|cn}被湖州市公安局吴兴区分局取保候审。
经本院依法审查查明：{~date|cn}晚，被不起诉人{p1.name}饮酒后驾驶{p1.plate}小型轿车行驶至[?凤凰路|二环东路|青铜路?]时被民警查获。
""")

S("court_execution_payout", """
执行款发放审批表
案号：{~case|court}　申请执行人：{p1.name}
执行到位金额：{~amt}　本次发放：{~amt}
收款人：{p1.name}　证件号：{p1.id}
收款银行：{bank}　卡号：{p1.card}
经办人：{p2.name}　审批：{p3.name}　日期：{~today|iso}
""")

S("court_preservation", """
财产保全情况说明
申请人{o1.name}（统一社会信用代码{o1.uscc}）申请对被申请人{p1.name}（身份证号{p1.id}）的财产采取保全措施。
已查封被申请人名下坐落于{p1.addr|full}的房产一套，不动产权证号{~cert|bdc}；
已冻结其{bank}账户{p1.card}，冻结时账户余额{fin|big}；
已查封其名下{p1.plate}小型轿车一辆。保全金额以{~amt}为限。
""")

S("lawyer_letter_email", """
From: {p2.name} <{p2.email}>
To: {email_corp}; cc: {email_corp}
Date: {~date|dt}
Subject: 关于{p1.name}劳动争议的律师函

贵司：
本所接受{p1.name}（身份证号{p1.id}）委托，就其与贵司之间的劳动争议事宜致函。
{p1.name}自{~date|cn}入职，月薪{fin|small}，贵司至今拖欠其工资三个月。请于收函后7日内联系本律师（手机{p2.mobile}，座机{p2.tel}）。
浙江{brand}律师事务所　{p2.name}律师
""")

S("court_edelivery_log", """
# 浙江法院电子送达平台 发送记录导出 {~today|iso}
task_id,case_no,receiver,channel,address,status,client_ip
<<rows 3-6>>
{~wo|num},{~case|court},{p@.name},[?SMS,{p@.mobile|plain}|EMAIL,{p@.email}|SMS,{p@.mobile|plain}?],[?已送达|已读|已送达|发送失败?],{ip_pub}
<</rows>>
""")

# ---- health ----------------------------------------------------------------------------------
S("health_outpatient", """
{hosp}门诊病历
门诊号：{p1.mr|mz}　就诊日期：{~today|iso}　科室：[?心血管内科|内分泌科|呼吸内科|神经内科|全科医学科?]
姓名：{p1.name}　性别：{p1.sex}　年龄：{p1.age}岁　联系电话：{p1.mobile}
主诉：复诊配药。
既往史：有{p1.health|chronic}病史{int|2-15}年，规律服药。过敏史：{p1.health|allergy}。
诊断：1. {p1.health|htn}　2. {health|chronic}
处理：完善相关检查，调整用药，两周后复诊。医师：{p2.name}
""")

S("health_discharge", """
出院小结
住院号：{p1.mr|zy}　病案号：{p1.mr|ba}
患者{p1.name}，{p1.sex}，{p1.age}岁，因复查于{~date|cn}入院。
入院诊断：{cancer}术后复发？
出院诊断：1. {cancer}术后　2. {health|chronic}
住院经过：入院后完善胸部CT、肿瘤标志物等检查，予对症支持治疗，病情平稳。
出院医嘱：注意休息，{~date|cn}肿瘤科门诊随访。家属{p2.name}（{p2.mobile}）已知晓病情。
经治医师：{p3.name}　主治医师：{p4.name}
""")

S("health_epi_investigation", """
传染病个案流行病学调查表
病例姓名：{p1.name}　性别：{p1.sex}　出生日期：{p1.dob}
身份证号：{p1.id}　手机：{p1.mobile}
现住址：{p1.addr}
工作单位：{company}
诊断：{p1.health|infect}　诊断单位：{hosp}　报告日期：{~date}
发病前14天活动轨迹：{trace}
密切接触者：{p2.name}（配偶，{p2.mobile}）、{p3.name}（同事，{p3.mobile}）
调查人：{p4.name}、{p5.name}　{dept}疾控科
""")

S("health_chronic_followup", """
{town}卫生院 慢病随访登记表（{~today|ym}）
编号 姓名 性别 身份证号 联系电话 随访疾病 随访方式 下次随访
<<rows 3-6>>
{@} {e@.name} {e@.sex} {e@.id} {e@.mobile} {e@.health|chronic} [?门诊|电话|家庭?] {~date|iso}
<</rows>>
随访医生：{p1.name}
""")

S("health_mental_registry", """
严重精神障碍患者信息交换单（卫健→公安，受限共享）
患者：{p1.name}　身份证号：{p1.id}　现住址：{p1.addr}
诊断：{p1.health|mental}　风险等级：[?1级|2级|3级?]　服药情况：[?规律|间断|不服药?]
监护人：{p2.name}　关系：[?母亲|父亲|配偶|兄弟?]　监护人电话：{p2.mobile}
管理医生：{p3.name}（{town}卫生院，{tel_hz}）
说明：本信息仅用于肇事肇祸风险防控，不得对外提供。
""")

S("health_vaccination", """
预防接种证信息
儿童姓名：{b1.name}　性别：{b1.sex}　出生日期：{b1.dob|cn0}
身份证号：{b1.id}
监护人：{p1.name}　监护人电话：{p1.mobile}
家庭住址：{p1.addr}
接种记录：
[?乙肝疫苗|卡介苗|脊灰灭活疫苗|百白破疫苗|麻腮风疫苗?] 第{int|1-3}剂 接种日期{~date|iso} 批号{~sn|batch} 接种单位{town}卫生院
[?乙肝疫苗|乙脑减毒活疫苗|A群流脑多糖疫苗|甲肝减毒活疫苗?] 第{int|1-3}剂 接种日期{~date|iso} 批号{~sn|batch}
""")

S("health_birth_certificate", """
出生医学证明 首次签发登记
新生儿姓名：{b1.name}　性别：{b1.sex}　出生时间：{b1.dob|cn}{int|0-23}时{int|0-59}分
出生地点：{hosp}
母亲姓名：{pf1.name}　母亲身份证号：{pf1.id}
父亲姓名：{pm2.name}　父亲身份证号：{pm2.id}
家庭住址：{pf1.addr}
出生证编号：{~cert|zs}　签发日期：{~today|cn}
""")

S("health_insurance_claim", """
医疗费用报销结算单
姓名：{p1.name}　医保个人编号：{p1.mr|mi}　社会保障卡号：{p1.ss|card}
就诊医院：{hosp}　住院号：{p1.mr|zy}
入院日期：{~date|iso}　出院日期：{~date|iso+later}
出院诊断：{p1.health}
医疗总费用：{~amt|small}　统筹基金支付：{~amt|small}　个人自付：{~amt|small}
结算流水号：{~txn}　经办人：{p2.name}
""")

S("health_checkup", """
{hosp}健康体检报告
体检号：{~rpt}　姓名：{p1.name}　性别：{p1.sex}　年龄：{p1.age}
身份证号：{p1.id}　单位：{company}
主要异常结果及建议：
1. 考虑{p1.health|htn}，建议心内科就诊；
2. {p1.health|nodule}，建议6个月后复查。
报告领取：短信已发送至{p1.mobile}。
""")

S("health_family_doctor", """
家庭医生签约服务协议（乙方信息）
签约居民：{e1.name}　身份证号：{e1.id}　联系电话：{e1.mobile}
居住地址：{e1.addr}
重点人群类别：[?65岁以上老年人|高血压患者|糖尿病患者|残疾人?]　主要健康问题：{e1.health|chronic}
签约团队：{town}卫生院全科团队，团队长{p1.name}（{p1.mobile}），签约医生{p2.name}
服务包：基础包+[?慢病管理包|老年人健康管理包?]　签约日期：{~today}
""")

S("health_120_dispatch", """
120急救调度单 {~wo|hz}
呼救电话：{p1.mobile}　呼救时间：{~date|dt}
患者：{e1.name}，{e1.sex}，约{e1.age}岁　呼救类型：急病
现场地址：{e1.addr}（呼救人{p1.name}，与患者关系：[?儿子|女儿|邻居|配偶?]）
既往：{e1.health|chronic}
派车：湖州急救中心{int|1-9}号车，到达时间{~time}，送往{hosp}
调度员：{p2.name}
""")

S("health_blood_donation", """
无偿献血者登记
献血者：{p1.name}　证件号：{p1.id}　出生日期：{p1.dob}
手机：{p1.mobile}
献血量：[?200ml|300ml|400ml?]　献血地点：[?爱山广场献血屋|湖州市中心血站|吾悦广场献血车?]
献血码：{~sn|sn}　上次献血：{~date}
征询结果：合格。
""")

S("health_infectious_report", """
中华人民共和国传染病报告卡
卡片编号：{~rpt}　报卡类别：初次报告
患者姓名：{p1.name}（患儿家长姓名：——）
有效证件号：{p1.id}　性别：{p1.sex}　出生日期：{p1.dob|iso}
工作单位：{company}　联系电话：{p1.mobile}
现住址（详填）：{p1.addr}
病例分类：确诊病例　疾病名称：{p1.health|infect}
发病日期：{~date|iso}　诊断日期：{~date|iso}
报告单位：{hosp}　报告医生：{p2.name}　填卡日期：{~today|iso}
""")

S("health_dispute", """
医疗纠纷人民调解受理登记
申请人：{p1.name}（患者{e1.name}之子），身份证{p1.id}，电话{p1.mobile}
被申请人：{hosp}
纠纷概要：患者{e1.name}（住院号{e1.mr|zy}）因{e1.health|chronic}住院治疗期间跌倒致{e1.health|injury}，家属认为医院护理不到位，要求赔偿。
申请人诉求金额：{~amt}
受理人：{p2.name}　湖州市医疗纠纷人民调解委员会　{~today|cn}
""")

S("health_his_json", """
POST /his/api/v{int|1-3}/patient/sync HTTP/1.1
Host: his.hzszxyy.local
X-Forwarded-For: {ip_in}

{"brxm":"{p1.name}","xb":"{p1.sex}","csrq":"{p1.dob|iso}","sfzh":"{p1.id|plain}","lxdh":"{p1.mobile|plain}",
 "zyh":"{p1.mr|zy}","ryzd":"{p1.health}","jtzz":"{p1.addr}","czsj":"{~date|dt}"}
""")

S("health_ltc_assessment", """
长期护理保险失能等级评估结论告知书
被评估人：{e1.name}　身份证号：{e1.id}　社保卡号：{e1.ss|card}
居住地址：{e1.addr}
主要疾病诊断：{e1.health|chronic}；{e1.health|disab}
评估结论：{e1.health|ltc}，自{~date|cn}起享受长期护理保险待遇。
委托代理人：{p1.name}　电话：{p1.mobile}
评估机构：湖州市{brand}护理评估中心　评估员：{p2.name}、{p3.name}
""")

S("health_appointment_sms", """
【{hosp}】尊敬的{p1.name}，您已成功预约{~date|iso} {~time} [?心内科|骨科|眼科|妇科|儿科?]{p2.name}主任医师号源，就诊序号{int|1-40}。
就诊人证件：{p1.id}　就诊卡号：{p1.mr|mz}。如需取消请于就诊前一日通过"浙里办"操作，或致电{tel_hz}。
""")

S("health_maternal", """
母子健康手册建册登记
孕妇姓名：{yf1.name}　出生日期：{yf1.dob|cn}　身份证号：{yf1.id}
丈夫姓名：{pm2.name}　电话：{pm2.mobile}
现住址：{yf1.addr}
高危因素：{yf1.health|preg}　建册单位：{town}卫生院　建册日期：{~today}
""")

S("health_death_certificate", """
居民死亡医学证明（推断）书 · 存根
死者姓名：{e1.name}　性别：{e1.sex}　身份证号：{e1.id}
出生日期：{e1.dob|cn}　死亡日期：{~date|cn}
生前常住地址：{e1.hukou}
死亡原因：（a）直接死亡原因：{e1.health|death}　（b）引起（a）的疾病：{e1.health|cancer}
家属姓名：{p1.name}　联系电话：{p1.mobile}　家属住址：{p1.addr}
填报医师：{p2.name}　编号：{~cert|zs}
""")

S("health_prescription", """
{hosp} 处方笺　普通
费别：[?医保|自费?]　医保号：{p1.mr|mi}　门诊号：{p1.mr|mz}
姓名：{p1.name}　性别：{p1.sex}　年龄：{p1.age}岁　科别：[?内科|神经内科|精神科?]
临床诊断：{p1.health}
过敏史：{p1.health|allergy}
Rp: 1. [?苯磺酸氨氯地平片 5mg×28片|二甲双胍缓释片 0.5g×60片|奥氮平片 5mg×28片?]
医师：{p2.name}　审核/调配：{p3.name}　金额：{~amt}
""")

S("health_psych_hotline", """
心理援助热线来电记录（{~today|iso}）
来电号码：{mobile}　来电时间：{~time}　接线员工号：HZ{int|100-999}
来电者自述：女性，{int|18-60}岁，曾于{hosp}诊断为{health|mental}，目前服药不规律。
风险评估：中风险，无明确自伤计划。
处置：情绪疏导，建议复诊；来电者同意留下紧急联系人{p1.name}（{p1.mobile}）。
""")

S("health_elder_checkup", """
{yr}年度65岁及以上老年人健康体检汇总（{town}）
姓名,身份证号,出生日期,联系电话,体检发现
<<rows 3-5>>
{e@.name},{e@.id|plain},{e@.dob|iso},{e@.mobile|plain},{e@.health|chronic}
<</rows>>
填表：{p1.name}　审核：{p2.name}
""")

S("health_hiv_followup", """
【保密】艾滋病感染者随访管理记录
随访对象编码：HZ-{int|100-999}（姓名：{p1.name}）
身份证号：{p1.id}　联系方式：{p1.mobile}
感染状态：{p1.health|infect}　是否抗病毒治疗：是　治疗编号：{p1.mr|ba}
本次随访方式：门诊面访　随访人：{p2.name}　下次随访：{~date|iso}
""")

# ---- civil affairs ---------------------------------------------------------------------------
S("civil_dibao_application", """
最低生活保障申请审核表
申请人：{p1.name}　性别：{p1.sex}　身份证号：{p1.id}
户籍地址：{p1.hukou}　联系电话：{p1.mobile}
家庭成员：
  {p2.name}（配偶）身份证号{p2.id}，患{p2.health}，无劳动能力；
  {c1.name}（子女）身份证号{c1.id}，在校学生。
家庭收入：上年度家庭总收入{fin|big}，月人均{fin|small}；家庭存款{fin|big}。
保障金发放账户：{bank}　{p1.card}
村（社区）评议意见：同意。{town}经办人：{p3.name}　{~today|cn}
""")

S("civil_temp_relief", """
临时救助审批表
编号：{~wo|gd}
救助对象：{p1.name}，{p1.age}岁，身份证{p1.id}，住{p1.addr}
致困原因：[?突发重病|火灾|交通事故|家庭成员意外死亡?]。{p1.name}于{~date|cn}确诊{p1.health|cancer}，自付医疗费用{fin}，家庭难以承担。
申请救助金额：{~amt|small}　审批金额：{~amt|small}
发放方式：打卡至{p1.card}
审批人：{p2.name}（{dept}）
""")

S("civil_marriage_appointment", """
婚姻登记网上预约信息
预约号：{~wo|hz}　预约时间：{~date|iso} 上午
男方：{pm1.name}　身份证号：{pm1.id}　手机：{pm1.mobile}
女方：{pf2.name}　身份证号：{pf2.id}　手机：{pf2.mobile}
登记类型：[?结婚登记|补领结婚证|离婚登记?]　登记机关：{county}民政局婚姻登记处
温馨提示：请双方携带户口簿、身份证原件及近期2寸合影照片3张，咨询电话{tel_hz}。
""")

S("civil_funeral", """
遗体火化证明
逝者：{e1.name}　性别：{e1.sex}　年龄：{e1.age}岁
身份证号：{e1.id}（档案中旧证号{e1.id15}）
生前住址：{e1.addr}
火化日期：{~date|cn}　火化证编号：{~cert|zs}
经办人（家属）：{p1.name}，身份证号{p1.id}，电话{p1.mobile}
湖州市殡仪馆（盖章）
""")

S("civil_elder_subsidy", """
{county}养老服务补贴发放名单（{~today|ym}）
序号 姓名 身份证号 年龄 补贴类别 金额 账户
<<rows 3-6>>
{@} {e@.name} {e@.id} {e@.age} [?高龄津贴|居家养老服务补贴|困难老人护理补贴?] {~amt|small} {e@.card}
<</rows>>
制表：{p1.name}　复核：{p2.name}
""")

S("civil_disability_subsidy", """
残疾人两项补贴申请
申请人：{p1.name}　身份证号：{p1.id}
持证情况：已持第二代残疾人证
残疾类别等级：{p1.health|disab}
申请补贴：[?困难残疾人生活补贴|重度残疾人护理补贴|两项补贴?]
居住地址：{p1.addr}　联系电话：{p1.mobile}
代办人：{p2.name}（{p2.mobile}）
""")

S("civil_social_org", """
社会组织年度检查报告书（摘录）
单位名称：{s1.name}
统一社会信用代码：{s1.uscc}
住所：{s1.addr}
法定代表人：{s1.legal}　联系电话：{s1.lmobile}
业务主管单位：{dept}
年度收入合计：{~amt}　支出合计：{~amt}　年末净资产：{~amt}
专职工作人员：{int|2-30}人　志愿者：{~cnt}人次
联系人：{s1.contact}　手机：{s1.cmobile}　邮箱：{s1.email}
""")

S("civil_child_welfare", """
困境儿童基本情况登记
儿童姓名：{c1.name}　性别：{c1.sex}　出生日期：{c1.dob|cn}
身份证号：{c1.id}
就读学校：{school}
困境类型：[?重病儿童|重残儿童|父母一方服刑|事实无人抚养?]　健康状况：{c1.health|child}
监护人：{e1.name}（[?祖母|祖父|外婆|外公?]），身份证号{e1.id}，电话{e1.mobile}
家庭住址：{e1.addr}
儿童主任：{p1.name}（{p1.mobile}）
""")

S("civil_volunteer", """
志愿者注册信息导出 {~today|iso}
姓名|性别|出生日期|手机号|邮箱|服务意向|所在社区
<<rows 3-6>>
{y@.name}|{y@.sex}|{y@.dob|iso}|{y@.mobile|plain}|{y@.email}|[?助老|助残|环保|文明交通|社区治理?]|{comm}
<</rows>>
""")

S("civil_veteran", """
退役军人优待证申领信息表
姓名：{p1.name}　性别：{p1.sex}　出生日期：{p1.dob}
公民身份号码：{p1.id}
入伍时间：{~date|ym}　退役时间：{~date|ym+later}
户籍所在地：{p1.hukou}
现居住地：{p1.addr}
联系电话：{p1.mobile}　邮寄地址同现居住地
{town}退役军人服务站　经办人：{p2.name}　{tel_hz}
""")

S("civil_address_change_letter", """
关于{p1.name}户籍地址信息更正的函
{police}：
经我局低保复核发现，{p1.name}（身份证号{p1.id}）在低保系统中登记的户籍地址为{addr}，与人口库中{p1.hukou}不一致，
请协助核实并反馈。联系人：{p2.name}，电话{p2.tel}，手机{p2.mobile}。
{dept}　{~today|cn}
""")

# ---- human resources and social security ------------------------------------------------------
S("hr_social_insurance_registration", """
职工参保登记表
单位名称：{o1.name}　统一社会信用代码：{o1.uscc}
<<rows 2-5>>
职工姓名：{p@.name}　身份证号：{p@.id}　社保卡号：{p@.ss}　手机：{p@.mobile}　参保险种：[?五险|养老、医疗、失业|养老、工伤?]　缴费基数：{fin|small}
<</rows>>
单位经办人：{o1.contact}　电话：{o1.cmobile}　申报日期：{~today}
""")

S("hr_unemployment_benefit", """
失业保险金申领登记
申领人：{p1.name}　公民身份号码：{p1.id}
社会保障个人编号：{p1.ss|no}
原工作单位：{o1.name}（{o1.uscc}）
参保缴费月数：{int|12-180}个月　离职原因：[?劳动合同到期终止|单位裁员|单位破产?]
领取期限：{int|3-24}个月　每月失业保险金：{~amt|small}
发放银行卡：{p1.card}（本人社会保障卡金融账户）
联系电话：{p1.mobile}　经办：{p2.name}
""")

S("hr_work_injury", """
工伤认定决定书
{~case|arb}
申请人：{p1.name}　受伤害职工：{p1.name}　身份证号码：{p1.id}
用人单位：{o1.name}　统一社会信用代码：{o1.uscc}
{~date|cn}{int|8-17}时许，{p1.name}在{o1.name}车间操作冲床时受伤，经{hosp}诊断为：{p1.health|injury}。
根据《工伤保险条例》第十四条第（一）项之规定，认定为工伤。
湖州市人力资源和社会保障局　{~today|cn}
""")

S("hr_wage_complaint", """
欠薪投诉登记（{~svc|12333}转办）
投诉人：{p1.name}　手机：{p1.mobile}　身份证：{p1.id}
被投诉单位：{o1.name}　地址：{o1.addr}
投诉内容：本人于{~date|ym}进入该公司从事[?缝纫|包装|电焊|搬运?]工作，约定月工资{fin|small}，{~date|ym}至今未发放，
同车间共{int|5-40}人被拖欠。老板{o1.legal}电话{o1.lmobile}，一直不接。
处理人：{p2.name}　劳动保障监察支队　工单号：{~wo}
""")

S("hr_talent_application", """
湖州市高层次人才认定申请表
姓名：{y1.name}　英文名：{y1.name_en|title}　出生年月：{y1.dob|ym}
[?证件类型：居民身份证　证件号：{y1.id}|证件类型：护照　证件号：{y1.passport}?]
最高学历：[?博士研究生|硕士研究生?]　毕业院校：[?浙江大学|上海交通大学|帝国理工学院|新加坡国立大学?]
拟就职单位：{o1.name}
联系邮箱：{y1.email}　手机：{y1.mobile}
申报类别：[?A类|B类|C类|D类?]　受理编号：{~wo|gd}
""")

S("hr_skill_certificate", """
职业技能等级证书查询结果
姓名：{p1.name}　证件号码：{p1.id}
职业（工种）：[?电工|焊工|养老护理员|中式烹调师|育婴员?]　等级：[?四级/中级工|三级/高级工|五级/初级工?]
证书编号：{~cert|zs}　发证日期：{~date|iso}
评价机构：{o1.name}（{o1.uscc}）
""")

S("hr_pension_certification", """
养老金领取资格认证提醒（短信）
【湖州人社】{e1.name}您好，您的{yr}年度养老保险待遇领取资格认证将于{~date|cn}到期。请通过"浙里办"刷脸认证，
或携带身份证（{e1.id}）和社保卡（{e1.ss|card}）到{town}便民服务中心办理。您当前月养老金为{fin|small}，发放至尾号{int|1000-9999}的银行账户。
咨询：{~svc|12333}
""")

S("hr_flexible_employment", """
灵活就业人员社保补贴公示
<<rows 4-7>>
{@}、{p@.name}　身份证号：{p@.id}　补贴月数：{int|3-12}　补贴金额：{~amt|small}
<</rows>>
公示期：{~date|cn}至{~date|cn+later}。如有异议请向{county}就业管理服务处反映，电话{tel_hz}，邮箱{email_gov}。
""")

S("hr_job_fair_signup", """
{yr}年{county}春风行动专场招聘会 求职登记表
姓名：{y1.name}　性别：{y1.sex}　出生日期：{y1.dob}
身份证号：{y1.id}　手机：{y1.mobile}　邮箱：{y1.email}
户籍地：{y1.hukou|rural}
求职意向：[?普工|仓管|电商客服|质检员|叉车司机?]　期望月薪：{fin|small}
现住址：{y1.addr}
""")

S("hr_retirement_approval", """
职工退休审批表
姓名：{e1.name}　性别：{e1.sex}　出生日期：{e1.dob|cn0}
身份证号码：{e1.id}
参加工作时间：{~date|ym}　视同缴费年限：{int|0-15}年　实际缴费年限：{int|10-30}年
退休类别：[?正常退休|因病提前退休?]　{e1.name}所在单位：{o1.name}
个人账户储存额：{fin|big}　基本养老金月标准：{fin|small}
审批人：{p1.name}　审批日期：{~today|cn}
""")

# ---- housing ---------------------------------------------------------------------------------
S("housing_public_rental", """
公共租赁住房申请家庭情况表
申请人：{p1.name}　身份证号：{p1.id}　工作单位：{company}
共同申请人：{p2.name}（配偶）　身份证号：{p2.id}
现住址：{p1.addr}
家庭收入：申请人月收入{fin|small}，配偶月收入{fin|small}
家庭资产：存款{fin|big}，名下无房产，车辆[?无|{p1.plate}（购置价{fin|big}）?]
联系电话：{p1.mobile}　申请编号：{~wo|gd}
""")

S("housing_rental_filing", """
房屋租赁登记备案证明
备案号：{~cert|zs}
出租人：{p1.name}　证件号码：{p1.id}　电话：{p1.mobile}
承租人：{p2.name}　证件号码：[?{p2.id}|{p2.id}|{p2.passport}?]　电话：{p2.mobile}
房屋坐落：{addr|full}
不动产权证号：{~cert|bdc}　租赁期限：{~date|cn}至{~date|cn+later}　月租金：{~amt|small}
备案机关：{county}住房和城乡建设局　{~today|cn}
""")

S("housing_property_complaint", """
物业服务投诉处理单
投诉人：{p1.name}{p1.hon}　房号：{p1.addr|comm}　手机：{p1.mobile}
投诉对象：{o1.name}（统一社会信用代码{o1.uscc}）
投诉内容：小区{int|2-20}幢电梯一周内故障{int|2-5}次，物业未及时维修；地下车库{p1.plate}车位被长期占用。
处理意见：责令物业公司3日内整改，整改情况于{~date|cn}前书面报告。
承办人：{p2.name}　联系电话：{tel_hz}
""")

S("housing_real_estate_registration", """
不动产登记申请书（存量房转移）
权利人（买方）：{p1.name}　证件号码：{p1.id}　联系电话：{p1.mobile}
义务人（卖方）：{p2.name}　证件号码：{p2.id}　联系电话：{p2.mobile}
不动产坐落：{addr|full}
原不动产权证号：{~cert|bdc}
成交价格：{fin|big}　建筑面积：{int|45-160}.{int|10-99}平方米
代理人：{p3.name}（{o1.name}）　收件编号：{~wo|hz}
""")

S("housing_renovation_notice", """
关于{comm}老旧小区改造施工期间临时停水的通知
各位业主：
根据{yr}年城镇老旧小区改造计划（{~doc}），{o1.name}将于{~date|cn}至{~date|cn+later}对小区供水管网进行改造，
施工期间每日{int|8-9}:00至{int|16-17}:00停水。本次改造涉及{int|12-40}幢、{~cnt}户，总投资{~amt|big}。
施工单位联系人：{o1.contact}　电话：{o1.cmobile}
街道城建办：{p1.name}　电话：{tel_hz}
""")

S("housing_provident_fund", """
住房公积金提取申请（购房）
职工姓名：{p1.name}　证件号码：{p1.id}
单位名称：{o1.name}
账户余额：{fin|big}　本次提取：{fin|big}
提取原因：购买自住住房，房屋坐落{p1.addr|full}
收款银行卡：{p1.card}　开户行：{bank}
手机号码：{p1.mobile}　业务流水号：{~txn}
""")

S("housing_demolition_compensation", """
{town}房屋征收补偿协议（摘要）
被征收人：{p1.name}，身份证号{p1.id}；{p2.name}，身份证号{p2.id}
被征收房屋：{p1.hukou|rural}，合法建筑面积{int|120-380}平方米
补偿方式：货币补偿，补偿总额{fin|big}，含搬迁费、临时安置费
补偿款支付账户：{p1.card}（{bank}）
征收实施单位：{town}人民政府　经办人：{p3.name}　{~today|cn}
""")

S("housing_unsafe_building", """
危房排查记录表
房屋地址：{addr|rural}
户主：{e1.name}　身份证号：{e1.id}　电话：{e1.mobile}
常住人口：{int|1-5}人，其中{e1.name}患{e1.health|chronic}
鉴定等级：[?C级|D级?]　处置措施：[?立即撤离|限期加固|拆除重建?]
排查人员：{p1.name}、{p2.name}　排查日期：{~today|iso}
""")

S("housing_broker_filing", """
房地产经纪机构备案公示
机构名称：{o1.name}　统一社会信用代码：{o1.uscc}
经营地址：{o1.addr}
法定代表人：{o1.legal}　备案证明编号：{~cert|zs}
经纪人员：{p1.name}（登记号{~rpt}），{p2.name}（登记号{~rpt}）
投诉电话：{o1.tel}
""")

S("housing_talent_apartment", """
人才公寓入住确认单
入住人：{y1.name}　证件号：{y1.id}　手机：{y1.mobile}　邮箱：{y1.email}
工作单位：{o1.name}
房源：{addr|county+comm}　租期：{~date|iso}至{~date|iso+later}
紧急联系人：{p1.name}　电话：{p1.mobile}
""")

# ---- transport -------------------------------------------------------------------------------
S("transport_ridehail_driver", """
网络预约出租汽车驾驶员证申请表
申请人：{p1.name}　性别：{p1.sex}　出生日期：{p1.dob}
身份证号：{p1.id}　驾驶证初次领证日期：{~date|iso}
手机号码：{p1.mobile}
拟服务平台：[?滴滴出行|T3出行|曹操出行|高德打车?]
车辆号牌：{p1.plate}　车辆所有人：{p1.name}
户籍地址：{p1.hukou}
无犯罪记录证明编号：{~rpt}
""")

S("transport_taxi_complaint", """
出租车投诉工单 {~wo}
来电人：{p1.name}　来电号码：{p1.mobile}
投诉车辆：{plate}　投诉时间：{~date|dt}
事由：乘客于{~time}从{stn}上车前往{stn}，驾驶员拒绝打表并收取{~amt|small}，绕路明显。
乘客提供的支付凭证：微信支付交易单号{~txn}
承办：{dept}运政科 {p2.name}（{tel_hz}）
""")

S("transport_road_penalty", """
交通运输行政处罚决定书
{~case|market}
当事人：{o1.name}　统一社会信用代码：{o1.uscc}
地址：{o1.addr}　法定代表人：{o1.legal}
车辆：{plate}（重型半挂牵引车），驾驶员{p1.name}，从业资格证号{p1.id}。
违法事实：{~date|cn}，该车在[?G318国道|104国道|S12申嘉湖高速?]湖州段超限运输，车货总重{int|55-80}吨。
处罚决定：罚款{~amt}。
""")

S("transport_parking_log", """
停车场出入记录（{brand}广场地下车库）
时间                 车牌         方向  通道  支付方式  金额
<<rows 4-8>>
{~date|dt}  {plate}  [?入|出|出?]  [?B1-东|B1-西|B2-南?]  [?微信|支付宝|ETC|无感支付?]  {~amt|small}
<</rows>>
""")

S("transport_etc_issue", """
ETC发行记录
用户名称：{p1.name}　证件号：{p1.id}　手机号：{p1.mobile}
车牌号：{p1.plate}　车牌颜色：[?蓝色|渐变绿色|黄色?]　车型：一型客车
绑定扣款卡：{p1.card}（{bank}）
OBU编号：{~sn|sn}　发行网点：{county}营业厅　发行时间：{~date|dt}
""")

S("transport_bus_lost_found", """
公交失物招领登记
拾获时间：{~date|dt}　线路：{int|1-45}路　车辆：{plate}
物品：黑色钱包一个，内有居民身份证一张（姓名{p1.name}，号码{p1.id}）、银行卡一张（{p1.card}）、现金若干。
失主已联系：是，联系电话{p1.mobile}，于{~date|cn}领回。
经办人：{p2.name}　湖州公交集团客服：{tel_hz}
""")

S("transport_driving_school", """
机动车驾驶人考试预约结果
考生姓名：{y1.name}　身份证明号码：{y1.id}
驾校：湖州{brand}驾驶培训有限公司　准驾车型：C1
考试科目：[?科目一|科目二|科目三?]　考试时间：{~date|dt}　考场：湖州市机动车驾驶人考试中心
预约短信已发送至{y1.mobile}。
""")

S("transport_freight_driver_card", """
道路运输从业人员资格证信息
姓名：{p1.name}　性别：{p1.sex}　身份证号：{p1.id}
从业资格类别：[?道路货物运输驾驶员|危险货物道路运输驾驶员|道路旅客运输驾驶员?]
所属企业：{o1.name}（{o1.uscc}）
常驾车辆：{p1.plate}
联系电话：{p1.mobile}　家庭住址：{p1.addr}
""")

S("transport_overload_camera", """
不停车超限检测数据推送
检测站点：[?湖州南浔旧馆超限检测点|长兴泗安不停车检测点|德清乾元超限检测站?]
过车时间：{~date|dt}　车牌：{plate}　轴数：{int|2-6}　总重：{int|20-70}.{int|1-9}t　超限率：{~stat}
车主：{o1.name}　联系电话：{o1.tel}
推送编号：{~wo|hz}
""")

S("transport_vehicle_transfer", """
机动车转移登记申请表
现机动车所有人：{p1.name}　身份证明号码：{p1.id}
邮寄地址：{p1.addr}　联系电话：{p1.mobile}
原号牌号码：{p1.plate}　车辆识别代号：{~vin}
原所有人：{p2.name}　身份证明号码：{p2.id}
代理人：{p3.name}　代理人电话：{p3.mobile}
""")

# ---- tax -------------------------------------------------------------------------------------
S("tax_special_deduction", """
个人所得税专项附加扣除信息表（{yr}年度）
纳税人姓名：{p1.name}　纳税人识别号：{p1.id}　手机号码：{p1.mobile}
电子邮箱：{p1.email}　联系地址：{p1.addr}
配偶：{p2.name}　身份证件号码：{p2.id}
子女教育：子女{c1.name}，身份证件号码{c1.id}，出生日期{c1.dob|iso}，就读{school}，扣除比例100%
住房贷款利息：房屋坐落{p1.addr|full}，贷款合同编号{~contract}，首套住房贷款
扣缴义务人：{o1.name}（{o1.uscc}）
""")

S("tax_invoice", """
电子发票（普通发票）
发票号码：{~inv|full}　开票日期：{~today|cn}
购买方名称：{p1.name}　统一社会信用代码/纳税人识别号：{p1.id}
销售方名称：{o1.name}　统一社会信用代码/纳税人识别号：{o1.uscc}
项目名称：*[?餐饮服务*餐费|现代服务*咨询费|建筑服务*装修费?]　金额：{~amt|small}　税率：[?1%|3%|6%|9%?]　税额：{~amt|small}
价税合计（小写）：{~amt|small}
开票人：{p2.name}　销售方地址电话：{o1.addr} {o1.tel}
""")

S("tax_penalty", """
税务行政处罚决定书（简易）
湖税简罚〔{yr}〕{int|100-9999}号
{o1.name}（纳税人识别号：{o1.uscc}）：
你单位{~date|cn}至{~date|cn+later}期间未按照规定期限办理纳税申报和报送纳税资料，根据《中华人民共和国税收征收管理法》第六十二条，
决定处以罚款{~amt|small}。请自收到本决定书之日起15日内缴纳。
经办人：{p1.name}　联系电话：{tel_hz}
""")

S("tax_credit_list", """
{yr}年度纳税信用A级纳税人名单（湖州市，部分）
序号,纳税人识别号,纳税人名称
<<rows 4-8>>
{@},{o@.uscc},{o@.name}
<</rows>>
注：名单依据《纳税信用管理办法》评定，来源：{dept}。
""")

S("tax_individual_business", """
个体工商户定期定额核定通知
业户名称：{k1.name}　统一社会信用代码：{k1.uscc}
经营者：{k1.legal}　身份证号：{k1.lid}　联系电话：{k1.lmobile}
经营地址：{k1.addr}
核定月经营额：{~amt|small}　核定期限：{~date|ym}至{~date|ym+later}
主管税务所：{county}税务局第{int|1-3}税务所
""")

S("tax_refund_account", """
退（抵）税申请表
纳税人名称：{p1.name}　纳税人识别号：{p1.id}
退税原因：[?个人所得税年度汇算多缴|误收多缴|政策性退税?]
退税金额：{~amt|small}
退税账户：开户银行{bank}，账号{p1.card}
联系电话：{p1.mobile}　申请日期：{~today}
""")

S("tax_hotline_callback", """
{~svc|12366}纳税服务热线回访记录
工单号：{~wo}　来电人：{p1.name}　来电号码：{p1.mobile}
咨询问题：{p1.name}称其{yr}年综合所得汇算时，[?大病医疗扣除|赡养老人扣除|继续教育扣除?]无法填报。
答复：已指导其通过个人所得税APP填报，纳税人识别号{p1.id}已核验。
回访结果：满意。坐席：{p2.name}
""")

# ---- market regulation ------------------------------------------------------------------------
S("market_business_license", """
营业执照（副本）信息
统一社会信用代码：{o1.uscc}
名称：{o1.name}
类型：有限责任公司（自然人投资或控股）
法定代表人：{o1.legal}
经营范围：一般项目：[?纺织品制造|技术服务、技术开发|农副产品销售|竹制品制造?]（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）
注册资本：{~amt|big}
成立日期：{~date|cn}
住所：{o1.addr}
登记机关：{county}市场监督管理局
""")

S("market_individual_registration", """
个体工商户登记（备案）申请书
个体工商户名称：{k1.name}
经营者姓名：{k1.legal}　身份证号：{k1.lid}　移动电话：{k1.lmobile}
经营场所：{k1.addr}
组成形式：[?个人经营|家庭经营?]　资金数额：{~amt|small}
经营范围：[?服装零售|餐饮服务|日用百货零售|汽车维修?]
统一社会信用代码（登记后填写）：{k1.uscc}
""")

S("market_12315_complaint", """
全国12315平台投诉工单
工单编号：{~wo|num}　登记时间：{~date|dt}
投诉人：{p1.name}　联系电话：{p1.mobile}　地址：{p1.addr}
被投诉人：{o1.name}（统一社会信用代码：{o1.uscc}）
投诉内容：本人于{~date|cn}在该公司网店购买[?儿童羽绒服|空气炸锅|电动牙刷|保健食品?]，订单号{~order}，实付{~amt|small}，
收到商品与描述不符，要求退货被拒。快递单号{~track}。
处理部门：{county}市场监督管理局[?爱山|织里|南浔|武康|雉城|递铺?]市场监管所
""")

S("market_food_license", """
食品经营许可证信息公示
经营者名称：{k1.name}
社会信用代码：{k1.uscc}
法定代表人（负责人）：{k1.legal}
经营场所：{k1.addr}
主体业态：[?餐饮服务经营者（小型餐馆）|食品销售经营者（便利店）|单位食堂?]
许可证编号：{~lic|jy}　有效期至：{~date|cn+later}
日常监督管理人员：{p1.name}　投诉举报电话：{~svc|12315}
""")

S("market_penalty_decision", """
行政处罚决定书
{~case|market}
当事人：{o1.name}
主体资格证照名称：营业执照　统一社会信用代码：{o1.uscc}
住所：{o1.addr}
法定代表人：{o1.legal}　身份证件号码：{o1.lid}
{~date|cn}，执法人员对当事人经营场所进行检查，发现其销售的[?童装|电热毯|插线板|儿童玩具?]经抽样检验不合格（检验报告编号{~rpt}）。
当事人违法所得{~amt|small}，货值金额{~amt|small}。决定：没收违法所得，并处罚款{~amt}。
""")

S("market_abnormal_list", """
关于将{int|12-60}户市场主体列入经营异常名录的公告
{~doc}
下列市场主体因通过登记的住所或者经营场所无法联系，依据《市场主体登记管理条例实施细则》第七十二条，列入经营异常名录：
<<rows 4-7>>
{@}. {o@.name}（{o@.uscc}）
<</rows>>
{county}市场监督管理局　{~today|cn}
""")

S("market_sampling_result", """
食品安全监督抽检结果（第{int|10-48}期）
样品名称：[?鲜湖羊肉|安吉白茶|太湖白虾|粽子|月饼?]　生产日期/批号：{~sn|batch}
被抽样单位：{k1.name}（{k1.uscc}）　地址：{k1.addr}
标称生产企业：{o1.name}（{o1.uscc}）
检验结果：[?合格|不合格（菌落总数超标）|不合格（二氧化硫残留量超标）?]　检验报告编号：{~rpt}
""")

S("market_equity_pledge", """
股权出质设立登记通知书
出质股权所在公司：{o1.name}（{o1.uscc}）
出质人：{p1.name}　证照号码：{p1.id}　出质股权数额：{~amt|big}
质权人：{bank}
登记编号：{~cert|zs}　登记日期：{~today|cn}
""")

S("market_inspection_log", """
{county}市场监管所 双随机检查记录
检查时间：{~date|dt}　检查人员：{p1.name}、{p2.name}（持执法证）
检查对象：{o1.name}　统一社会信用代码：{o1.uscc}
现场负责人：{o1.contact}　手机：{o1.cmobile}
检查内容：营业执照公示、价格标签、计量器具（检定证书编号{~rpt}）
检查结果：[?未发现问题|发现问题已责令整改|发现问题移交稽查?]
""")

# ---- big data centre, IT operations, system output ---------------------------------------------
S("bd_share_application", """
公共数据共享申请单
申请编号：{~wo|gd}　申请日期：{~today|iso}
申请单位：{dept}　经办人：{p1.name}　办公电话：{p1.tel}　手机：{p1.mobile}　邮箱：{email_gov}
申请数据：[?人口基本信息|企业登记信息|不动产登记信息|社保参保信息|低保救助信息?]（接口调用）
用途说明：用于[?低保对象家庭经济状况核对|企业开办一件事|人才认定资格核验|惠企政策兑付?]，依据{~doc}。
调用方服务器IP：{ip_in}、{ip_in}
数据提供单位：{dept}　审核人：{p2.name}
""")

S("bd_api_access_log", """
{~date|dt} INFO  [gateway-{int|1-4}] api=/rkk/v{int|1-3}/person/query appKey=hz{int|1000-9999} src={ip_in} cost={int|12-900}ms rows=1
{~date|dt} INFO  [gateway-{int|1-4}] req={"sfzh":"{p1.id|plain}","xm":"{p1.name}"} resp.lxdh={p1.mobile|plain} resp.zz={p1.addr}
{~date|dt} WARN  [gateway-{int|1-4}] api=/qyk/v1/ent/query src={ip_in} uscc={o1.uscc} rate limited, retry after 2s
{~date|dt} ERROR [gateway-{int|1-4}] upstream {ip_in}:8443 timeout, client={ip_pub} version={~ver}
""")

S("bd_security_incident", """
网络安全事件报告（初报）
报告单位：{dept}　报告人：{p1.name}　联系电话：{p1.mobile}
事件发现时间：{~date|dt}　事件类型：网络攻击（[?SQL注入|暴力破解|Webshell上传|勒索病毒?]）
事件级别：一般（Ⅳ）
影响范围：{yr}年上线的[?“浙里办”湖州专区|城市大脑数据中台|政务服务网用户中心?]，涉及用户记录约{~cnt}条
攻击源IP：{ip_pub}、{ip_pub}；受影响服务器：{ip_in}
已采取措施：封禁攻击源，隔离服务器，重置管理员口令，系统升级至{~ver}
""")

S("bd_account_opening", """
政务云账号开通申请
申请人：{p1.name}　所在单位：{dept}
身份证号：{p1.id}　手机：{p1.mobile}　邮箱：{p1.email}
申请系统：[?一体化智能化公共数据平台|数据共享交换平台|政务云管理平台|视频共享平台?]
账号角色：[?数据开发|运维|审计员|业务查询?]
登录IP白名单：{ip_in}、{ip_in}/32
审批：{p2.name}（科室负责人），{p3.name}（安全管理员）
""")

S("bd_ops_workorder", """
运维工单 {~wo|hz}
报修人：{p1.name}（{dept}，分机{int|8000-8999}，手机{p1.mobile}）
故障描述：办公终端（资产编号{~sn|asset}，IP {ip_in}）无法访问{ip_in}上的OA系统，提示证书错误。
处理过程：检查发现客户端版本为{~ver}，升级至{~ver}后恢复；浏览器根证书OID {~oid} 已导入。
处理人：{p2.name}　完成时间：{~date|dt}
""")

S("bd_data_quality", """
数据质量核查报告（人口库，{~today|ym}）
本期抽检{~cnt}条记录，发现问题记录{int|20-900}条，示例如下：
1. 身份证号校验位错误：{~badid|p1}（姓名{p1.name}），疑为录入错误，正确号码应为{p1.id}；
2. 身份证号校验位错误：{~badid}，已退回{county}数据源单位核实；
3. 统一社会信用代码校验失败：{~baduscc|o1}，对应企业{o1.name}，正确代码为{o1.uscc}；
4. 手机号位数不足：{~shortmob}（应为11位），联系人{p2.name}；
核查人：{p3.name}
""")

S("bd_desensitization_test", """
脱敏规则测试用例（测试数据均为虚构）
case_id | field | input | expected
TC-{int|100-999} | 身份证号 | {id} | 保留前3后4
TC-{int|100-999} | 身份证号（校验位错误，不应命中） | {~badid} | 不处理
TC-{int|100-999} | 银行卡号 | {card} | 保留前6后4
TC-{int|100-999} | 银行卡号（Luhn错误，不应命中） | {~badcard} | 不处理
TC-{int|100-999} | 手机号 | {mobile} | 保留前3后4
TC-{int|100-999} | 版本号（不应命中） | {~ver|v4} | 不处理
""")

S("bd_leak_report", """
关于疑似数据泄露事件的情况报告
{~date|cn}，网信部门通报我市某部门系统数据在境外论坛被售卖，样本数据如下（已脱敏处理前原样截取）：
姓名：{p1.name}，身份证：{p1.id}，手机：{p1.mobile}，住址：{p1.addr}
姓名：{p2.name}，身份证：{p2.id}，手机：{p2.mobile}，住址：{p2.addr}
经比对，样本与{dept}业务库字段一致，涉及记录约{~cnt}条。初步判断泄露途径为外包人员账号（登录IP {ip_pub}）。
""")

S("bd_classification_catalog", """
公共数据资源目录（字段级分类分级示例）
数据项名称 | 字段 | 样例值 | 分级 | 共享属性
姓名 | xm | {p1.name} | L3 | 受限共享
公民身份号码 | gmsfhm | {p1.id} | L4 | 受限共享
联系电话 | lxdh | {p1.mobile} | L3 | 受限共享
住址 | zz | {p1.addr} | L3 | 受限共享
机动车号牌 | hphm | {p1.plate} | L2 | 无条件共享
统一社会信用代码 | tyshxydm | {o1.uscc} | L1 | 无条件共享
目录版本：{~ver|V}　发布依据：{~doc}
""")

S("bd_vpn_audit", """
VPN登录审计（{~today|iso}）
user         realname   src_ip           assigned_ip     result   time
<<rows 3-6>>
hz{int|1000-9999}   {p@.name}   {ip_pub}   {ip_in}   [?success|success|fail(bad password)|fail(otp)?]   {~time}
<</rows>>
""")

S("bd_nginx_log", """
{ip_pub} - - [{int|10-28}/Mar/{yr}:{~time} +0800] "POST /zwfw/api/apply/submit HTTP/1.1" 200 {int|200-9000} "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
{ip_pub} - - [{int|10-28}/Mar/{yr}:{~time} +0800] "GET /zwfw/api/user/info?mobile={mobile|plain} HTTP/1.1" 200 {int|200-9000} "-" "okhttp/4.9.0"
{ip_in} - - [{int|10-28}/Mar/{yr}:{~time} +0800] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.2{int|3-8}"
{ip6} - - [{int|10-28}/Mar/{yr}:{~time} +0800] "GET /zwfw/static/app.js?v={~ver|v3} HTTP/2.0" 304 0 "-" "Mozilla/5.0"
""")

S("bd_db_export_sql", """
-- 导出自 hz_rkk.t_person，导出人 {p9.name}，{~date|dt}
INSERT INTO t_person (xm, xb, csrq, gmsfhm, lxdh, hjdz) VALUES
<<rows 2-4>>
('{p@.name}', '{p@.sex}', '{p@.dob|iso}', '{p@.id|plain}', '{p@.mobile|plain}', '{p@.hukou}'),
<</rows>>
('{p8.name}', '{p8.sex}', '{p8.dob|iso}', '{p8.id|plain}', '{p8.mobile|plain}', '{p8.hukou}');
""")

S("bd_xml_exchange", """
<?xml version="1.0" encoding="UTF-8"?>
<DataExchange version="{~ver|v3}" sender="{dept}" sendTime="{~date|dt}">
  <Record>
    <XM>{p1.name}</XM>
    <SFZH>{p1.id|plain}</SFZH>
    <LXDH>{p1.mobile|plain}</LXDH>
    <JZDZ>{p1.addr}</JZDZ>
    <DWMC>{o1.name}</DWMC>
    <TYSHXYDM>{o1.uscc}</TYSHXYDM>
  </Record>
</DataExchange>
""")

S("bd_csv_paste", """
姓名,证件号码,手机号码,电子邮箱,车牌号
<<rows 3-7>>
{p@.name},{p@.id|plain},{p@.mobile|plain},{p@.email},{p@.plate}
<</rows>>
""")

S("bd_firewall_alert", """
[FW-HZ-DMZ-{int|1-4}] {~date|dt} ALERT policy=deny-ext-db src={ip_pub}:{int|1024-65000} dst={ip_in}:3306 proto=TCP hits={~cnt}
[FW-HZ-DMZ-{int|1-4}] {~date|dt} ALERT policy=ips sig="Apache Log4j RCE" src={ip_pub} dst={ip_in}:8080 action=block
[FW-HZ-DMZ-{int|1-4}] {~date|dt} INFO  admin {p1.name} ({p1.email}) logged in from {ip_in}
""")

S("bd_platform_email", """
发件人：{dept}数据资源处 <{email_gov}>
收件人：{p1.name} <{p1.email}>
抄送：{p2.name} <{p2.email}>
主题：【数据共享】{~wo|gd}申请已审核通过

{p1.name}同志：
贵单位申请的接口已开通，测试环境地址 https://{ip_in}:9443/api，生产环境请通过政务外网访问{ip_in}。
接口调用凭证已通过短信发送至{p1.mobile}，请妥善保管。如有问题请联系{p2.name}（{p2.tel}）。
""")

S("bd_masking_report", """
敏感数据识别扫描报告
扫描对象：{ip_in}/hz_ybj（MySQL {~ver|v3}）　扫描时间：{~date|dt}
命中字段：t_cbry.sfzh（示例值{id}）；t_cbry.sjhm（示例值{mobile}）；t_jsxx.yhkh（示例值{card}）
未命中但疑似字段：t_jsxx.jylsh（交易流水号，示例值{~txn}）；t_cbry.bah（档案号，示例值{~badid}，校验位不符）
建议：对命中字段实施动态脱敏。报告人：{p1.name}
""")

S("bd_json_api_response", """
{"code":0,"msg":"success","requestId":"{~wo|num}","data":{"name":"{p1.name}","idCard":"{p1.id|plain}","mobile":"{p1.mobile|plain}",
"email":"{p1.email}","address":"{p1.addr}","bankCard":"{p1.card|plain}","plateNo":"{p1.plate|plain}","updateTime":"{~date|dt}"}}
""")

S("bd_kafka_consumer_log", """
{~date|dt} [consumer-{int|1-9}] topic=hz.ga.vehicle.pass partition={int|0-11} offset={~cnt} payload={"hphm":"{plate|plain}","kkmc":"{stn}卡口","gcsj":"{~date|dt}"}
{~date|dt} [consumer-{int|1-9}] topic=hz.ga.vehicle.pass partition={int|0-11} offset={~cnt} payload={"hphm":"{plate|plain}","kkmc":"{stn}卡口","gcsj":"{~date|dt}"}
{~date|dt} [consumer-{int|1-9}] lag={~cnt} broker={ip_in}:9092
""")

S("bd_equal_protection_assessment", """
等级保护测评问题清单（{yr}年）
系统名称：[?湖州市公共数据平台|湖州市医保信息系统|湖州市不动产登记系统?]（三级）
1. 数据库服务器{ip_in}未启用双因素认证，管理员账号{p1.name}使用静态口令；
2. 应用服务器{ip_in}日志保存不足6个月；
3. 测试环境{ip_in}存有真实个人信息，抽查发现{p2.name}（{p2.id}）等记录未脱敏；
4. 中间件版本{~ver}存在已知漏洞，建议升级。
测评机构：浙江{brand}信息安全测评有限公司　报告编号：{~rpt}
""")

# ---- 12345 hotline ---------------------------------------------------------------------------
S("hotline_workorder", """
{~svc|12345}政务服务便民热线工单
工单编号：{~wo|hz}　受理时间：{~date|dt}　来电号码：{p1.mobile}
来电人：{p1.name}{p1.hon}　回访电话：同来电号码
诉求地址：{p1.addr}
诉求内容：来电人反映小区门口[?夜间施工噪音扰民|共享单车乱停放|垃圾清运不及时|路灯损坏多日未修?]，要求相关部门处理。
承办单位：{town}　处理时限：{~date|cn}前
话务员：{p2.name}（工号{int|1000-9999}）
""")

S("hotline_callback", """
热线回访记录
原工单：{~wo|hz}　承办单位：{dept}
回访对象：{p1.name}，电话{p1.mobile}（备用{p1.tel}）
回访情况：{p1.name}表示问题已于{~date|cn}解决，对处理结果[?满意|基本满意|不满意?]。
备注：来电人另反映其母亲{e1.name}（{e1.age}岁，患{e1.health|chronic}）的长护险申请进度，已告知咨询{~svc|12333}。
回访员：{p2.name}
""")

S("hotline_daily_summary", """
{~svc|12345}热线日报（{~today|cn}）
今日受理来电{~cnt}件，其中咨询类{int|200-900}件、投诉类{int|50-300}件，按时办结率{~stat}。
重点诉求摘录：
<<rows 3-5>>
{@}. {p@.name}（{p@.mobile}）反映{p@.addr}附近[?渣土车抛洒|违章建筑|油烟扰民|占道经营|积水严重?]问题，已派单{~wo|hz}。
<</rows>>
""")

S("hotline_transcript", """
通话转写（ASR）{~wo|num}
坐席：您好，湖州{~svc|12345}，请问有什么可以帮您？
市民：你好，我姓{p1.sur}，叫{p1.name}，我的电话是{p1.mobile}，身份证号码{p1.id}，
      我想问一下我爸{e1.name}的高龄补贴怎么还没到账，他卡号是{e1.card}。
坐席：好的{p1.sur}{p1.hon}，您父亲户籍在哪里？
市民：户籍在{e1.hukou}。
坐席：已为您登记，民政部门会在3个工作日内回复。
""")

S("hotline_enterprise_appeal", """
企业诉求直通车登记
企业名称：{o1.name}　统一社会信用代码：{o1.uscc}
联系人：{o1.contact}　手机：{o1.cmobile}　座机：{o1.tel}　邮箱：{o1.email}
诉求类型：[?用工|用地|融资|审批|物流?]
诉求内容：企业新厂房项目（{~doc}批复）施工许可办理缓慢，请求协调。
受理编号：{~wo|gd}　承办部门：{dept}
""")

# ---- education -------------------------------------------------------------------------------
S("edu_enrolment", """
{yr}年{county}义务教育阶段新生入学报名信息
学生姓名：{c1.name}　性别：{c1.sex}　出生日期：{c1.dob|iso}
学生身份证号：{c1.id}
户籍地址：{p1.hukou}
实际居住地址：{p1.addr}
父亲：{pm1.name}　身份证号：{pm1.id}　手机：{pm1.mobile}
母亲：{pf2.name}　身份证号：{pf2.id}　手机：{pf2.mobile}
报名学校：{school}　房产证号：{~cert|bdc}
""")

S("edu_student_aid", """
家庭经济困难学生认定申请表
学生：{y1.name}　身份证号：{y1.id}
就读学校：{school}　班级：高{int|1-3}（{int|1-12}）班
家庭住址：{y1.hukou|rural}　邮政编码：{~post}
家庭人口：{int|3-6}人　家庭年收入：{fin|big}
困难情况：父亲{p1.name}患{p1.health}，长期治疗；母亲{pf2.name}务农，月收入约{fin|small}。
资助金发放卡号：{y1.card}
""")

S("edu_teacher_certificate", """
教师资格认定申请
申请人：{p1.name}　出生日期：{p1.dob|cn}　身份证号：{p1.id}
申请资格种类：[?小学教师资格|初级中学教师资格|幼儿园教师资格?]　任教学科：[?语文|数学|英语|科学?]
普通话水平测试等级证书编号：{~cert|zs}
体检结论：合格　现工作单位：{school}
通讯地址：{p1.addr}　手机：{p1.mobile}　邮箱：{p1.email}
""")

S("edu_school_bus", """
{school} 校车乘坐学生名单（{int|1-6}号线）
车辆号牌：{plate}　驾驶员：{p1.name}（{p1.mobile}）　照管员：{p2.name}（{p2.mobile}）
<<rows 4-7>>
{@}. {c@.name}　{c@.sex}　上车站点：[?{comm}门口|{town}公交站|村委会门口|菜场路口?]　家长电话：{mobile}
<</rows>>
""")

S("edu_exam_registration", """
{yr}年浙江省普通高校招生考试报名信息确认表
考生号：{~rpt}　姓名：{y1.name}　性别：{y1.sex}
身份证号：{y1.id}　出生日期：{y1.dob|cn0}
毕业学校：{school}　选考科目：[?物理、化学、生物|历史、地理、政治|物理、化学、技术?]
通讯地址：{y1.addr}　邮编：{~post}
联系电话：{y1.mobile}　家长电话：{p1.mobile}
""")

S("edu_preschool_health", """
{school} 幼儿入园健康检查汇总（{~today|ym}）
<<rows 3-5>>
{b@.name}，{b@.sex}，出生日期{b@.dob|iso}，[?体检合格|体检合格|{b@.health|child}，需个别照护?]，家长{p@.name} {p@.mobile}
<</rows>>
保健医生：{p9.name}
""")

# ---- agriculture, rural -------------------------------------------------------------------------
S("agri_land_contract", """
农村土地承包经营权确权登记公示（{town}）
村组：[?荃步村|晓河村|城东村|三里亭村|横溪坞村?]{int|1-15}组
<<rows 4-7>>
{@}　户主：{p@.name}　身份证号：{p@.id}　承包地块：{int|2-9}块　面积：{int|1-12}.{int|1-9}亩
<</rows>>
公示期7天，有异议请联系村经济合作社{p9.name}（{p9.mobile}）。
""")

S("agri_machinery_subsidy", """
农机购置补贴申请表
购机者：{p1.name}　身份证号：{p1.id}　联系电话：{p1.mobile}
所在地：{p1.hukou|rural}
机具品目：[?轮式拖拉机|联合收割机|植保无人机|插秧机?]　出厂编号：{~sn|sn}　发票号码：{~inv|no}
销售企业：{o1.name}（{o1.uscc}）
补贴额：{~amt|small}　补贴资金拨付账户：{p1.card}
""")

S("agri_family_farm", """
家庭农场名录登记
农场名称：{county}{brand}家庭农场　统一社会信用代码：{k1.uscc}
经营者：{k1.legal}　身份证号：{k1.lid}　手机：{k1.lmobile}
经营地址：{k1.addr}
主营：[?水稻种植|湖羊养殖|白茶种植|淡水养殖|葡萄种植?]　经营面积：{int|30-600}亩
""")

S("agri_coop_annual", """
农民专业合作社年度报告
名称：{h1.name}　统一社会信用代码：{h1.uscc}
理事长：{h1.legal}　联系电话：{h1.lmobile}
成员数：{int|5-300}人　年度经营收入：{~amt}　盈余返还：{~amt}
联系地址：{h1.addr}　电子邮箱：{h1.email}
""")

S("agri_pig_insurance", """
政策性生猪养殖保险理赔清单
养殖户：{p1.name}　身份证号：{p1.id}　电话：{p1.mobile}
养殖场地址：{p1.hukou|rural}
死亡头数：{int|1-20}头　耳标号：{~sn|batch}
理赔金额：{~amt|small}　赔款账户：{p1.card}
查勘员：{p2.name}　{~today|iso}
""")

S("agri_rural_homestay", """
民宿（农家乐）经营者登记
经营户名称：{k1.name}　统一社会信用代码：{k1.uscc}
经营者：{k1.legal}　手机：{k1.lmobile}
经营地址：{k1.addr}
客房数：{int|4-15}间　床位：{int|8-30}张
消防安全责任人：{k1.contact}（{k1.cmobile}）
""")

# ---- exit and entry, foreign affairs, Hong Kong and Macao --------------------------------------
S("ee_private_passport_custody", """
因私出入境证件集中保管登记表
单位：{dept}　登记日期：{~today|cn}
序号 | 姓名 | 职务 | 证件类型 | 证件号码 | 有效期至 | 交存日期
<<rows 3-6>>
{@} | {p@.name} | [?科员|副科长|科长|副处长|四级调研员?] | [?普通护照,{p@.passport}|往来港澳通行证,{p@.hkmo}|普通护照,{p@.passport}?] | {~date|iso} | {~date|iso}
<</rows>>
保管人：{p9.name}　监督人：{p8.name}
""")

S("ee_travel_group_list", """
出境旅游团队名单表
组团社：湖州{brand}国际旅行社有限公司（{o1.uscc}）　团号：HZ{~sn|batch}
线路：[?日本本州六日游|泰国曼谷芭提雅五晚七天|新加坡马来西亚六日游|欧洲意瑞法十二日?]　出发日期：{~date|iso}
序号 姓名 拼音 性别 出生日期 护照号码 手机
<<rows 4-8>>
{@} {p@.name} {p@.name_en|up} {p@.sexen} {p@.dob|iso} {p@.passport} {p@.mobile|plain}
<</rows>>
领队：{p9.name}（{p9.mobile}）
""")

S("ee_hkmo_group_tour", """
赴港澳团队旅游名单（个人旅游签注须单独出行，本团为团队旅游签注G）
团号：{~sn|batch}　出境口岸：[?深圳湾|港珠澳大桥珠海口岸|罗湖?]　日期：{~date|cn}
<<rows 4-8>>
{@}. {p@.name}　{p@.sex}　通行证号：{p@.hkmo}　签注：G{int|1-2}次　电话：{p@.mobile}
<</rows>>
全陪：{p9.name}　电话：{p9.mobile}
""")

S("ee_delegation_invitation", """
邀请函（Invitation Letter）
致：{dept}外事办公室
兹邀请以下人员于{~date|cn}至{~date|cn+later}赴[?德国汉堡|日本岐阜|澳大利亚昆士兰|意大利普拉托?]参加经贸交流活动：
1. {p1.name}（{p1.name_en}），Passport No. {p1.passport}，DOB {p1.dob|iso}
2. {p2.name}（{p2.name_en}），Passport No. {p2.passport}，DOB {p2.dob|iso}
3. {p3.name}（{p3.name_en}），Passport No. {p3.passport}
Contact: {email}, Tel {tel}
""")

S("ee_hk_investor_visit", """
港澳客商来湖考察接待登记
来访单位：香港{brand}集团有限公司
来访人员：
<<rows 2-4>>
  {p@.name}，{p@.sex}，往来港澳通行证（内地居民）{p@.hkmo}，手机{p@.mobile}
<</rows>>
接待单位：{dept}投资促进科　联系人：{p9.name}（{p9.tel}，{p9.mobile}）
考察行程：{trace}
住宿：{brand}酒店　车辆：{plate}
""")

S("ee_study_abroad_notary", """
出国留学材料审核单
学生：{y1.name}　英文名：{y1.name_en|title}　护照号：{y1.passport}
出生日期：{y1.dob|iso}　身份证号：{y1.id}
录取院校：[?University of Sydney|University of Manchester|National University of Singapore|University of Toronto?]
监护人：{p1.name}　护照号：{p1.passport}　电话：{p1.mobile}
资金证明：存款{fin|big}（{bank}出具）
联系邮箱：{y1.email}
""")

S("ee_border_crossing_record", """
出入境记录查询结果（本人申请）
姓名：{p1.name}　身份证号：{p1.id}
<<rows 3-6>>
{~date|iso}　[?出境|入境?]　口岸：[?上海浦东机场|杭州萧山机场|深圳湾|拱北|罗湖?]　证件：[?护照 {p1.passport}|往来港澳通行证 {p1.hkmo}|护照 {p1.passport}?]
<</rows>>
查询单位：湖州市公安局出入境管理支队　查询编号：{~wo|hz}
""")

S("ee_permit_application_sms", """
【湖州出入境】{p1.name}您好，您申请的往来港澳通行证（证件号{p1.hkmo}）已制证完成，请于{~date|cn}前携带身份证到{county}出入境接待大厅领取，或选择邮寄到付。咨询{tel_hz}。
""")

S("ee_passport_lost_report", """
护照遗失报失登记
报失人：{p1.name}　性别：{p1.sex}　出生日期：{p1.dob|cn}
身份证号码：{p1.id}
遗失证件：普通护照，证件号码{p1.passport}，签发日期{~date|cn}
遗失经过：{~date|cn}在[?上海浦东国际机场|杭州东站|湖州站?]候车时背包被盗。
联系电话：{p1.mobile}　联系地址：{p1.addr}
受理民警：{p2.name}　受理单位：湖州市公安局出入境管理支队
""")

S("ee_foreign_affairs_approval", """
因公临时出国（境）任务批件（内部）
{~doc}
经研究，同意{dept}{p1.name}等{int|2-5}人赴[?香港|澳门?]参加[?粤港澳大湾区投资推介会|数字经济论坛|招商引资洽谈会?]，在外停留{int|2-5}天。
出访人员因私证件情况（按规定登记备查）：
{p1.name}　往来港澳通行证{p1.hkmo}
{p2.name}　往来港澳通行证{p2.hkmo}
{p3.name}　往来港澳通行证{p3.hkmo}
经费由单位公务经费列支，预算{~amt}。
""")

S("ee_airline_booking", """
Booking Confirmation  PNR: {~sn|batch}
Passenger 1: {p1.name_en|up}  Passport {p1.passport}  Mobile {p1.mobile|+86}
Passenger 2: {p2.name_en|up}  Passport {p2.passport}
Flight: [?MU5001|CA1707|HO1253|FM9301?] HGH-[?NRT|BKK|SIN|HKG?]  {~date|iso} {~time}
Booked by: {p3.name} <{p3.email}>
Agency: Huzhou Taihu International Travel  Tel {tel}
""")

S("ee_hkmo_student_exchange", """
{school}赴香港研学活动学生名单
<<rows 4-7>>
{@}　{c@.name}　{c@.sex}　出生日期：{c@.dob|iso}　港澳通行证：{c@.hkmo}　家长：{p@.name} {p@.mobile}
<</rows>>
带队教师：{p9.name}（港澳通行证{p9.hkmo}，手机{p9.mobile}）
""")

S("ee_hotel_foreign_guest", """
境外人员住宿登记（临时住宿登记表）
姓名（中文）：{p1.name}　英文姓名：{p1.name_en|up}
国籍：中国（定居国外）　证件种类：护照　证件号码：{p1.passport}
入住日期：{~date|iso}　离店日期：{~date|iso+later}　房号：{int|301-1608}
住宿旅馆：{brand}大酒店　地址：{addr|city+road}
接待员：{p2.name}　报送时间：{~date|dt}
""")

S("ee_crossborder_ecommerce", """
跨境电商进口订购人信息（推送海关）
订单编号：{~order|dd}　电商平台：[?天猫国际|京东国际|网易考拉?]
订购人：{p1.name}　证件类型：身份证　证件号：{p1.id}　电话：{p1.mobile}
收件地址：{p1.addr}
支付企业流水号：{~txn}　运单号：{~track}
实付金额：{~amt|small}
""")

S("ee_exit_bans_notice", """
限制出境人员信息（{court}→出入境管理部门）
被执行人：{p1.name}　身份证号：{p1.id}
持有证件：普通护照{p1.passport}；往来港澳通行证{p1.hkmo}
案号：{~case|court}　限制期限：{~date|cn}起至执行完毕
承办法官：{p2.name}　电话：{tel_hz}
""")

# ---- Traditional script ------------------------------------------------------------------------
T("tw_hkmo_business_endorsement", """
往來港澳通行證商務簽注申請表
申請人姓名：{p1.name}　拼音：{p1.name_en|up}
公民身份號碼：{p1.id}　出生日期：{p1.dob|cn}
通行證號碼：{p1.hkmo}
所在企業：{o1.name}（統一社會信用代碼：{o1.uscc}）
企業聯絡人：{o1.contact}　聯絡電話：{o1.tel}
申請簽注：赴香港商務（S）一年多次
受理單位：{police}　受理日期：{~today|cn}
""")

T("tw_passport_receipt", """
出入境證件受理回執
受理編號：{~wo}
申請人：{p1.name}（{p1.name_en}）　性別：{p1.sex}
身份證號碼：{p1.id}
申請類別：普通護照換發　原證件號碼：{p1.passport}
郵寄地址：{p1.addr}　收件電話：{p1.mobile}
預計{~date|cn}製證完成，如有疑問請致電{tel_hz}。
""")

T("tw_hotel_register", """
{brand}大酒店 住宿登記（{~today|iso}）
房號｜姓名｜證件類型｜證件號碼｜電話
<<rows 3-6>>
{int|201-1208}｜{p@.name}｜[?居民身份證｜{p@.id}|居民身份證｜{p@.id}|護照｜{p@.passport}|往來港澳通行證｜{p@.hkmo}?]｜{p@.mobile}
<</rows>>
登記員：{p9.name}
""")

T("tw_outpatient", """
{hosp}門診病歷
門診號：{p1.mr|mz}　就診日期：{~today|iso}
姓名：{p1.name}　性別：{p1.sex}　年齡：{p1.age}歲　電話：{p1.mobile}
既往史：{p1.health|chronic}病史{int|3-12}年。過敏史：{p1.health|allergy}。
診斷：{p1.health|htn}
醫師：{p2.name}
""")

T("tw_dibao", """
最低生活保障申請審核表
申請人：{p1.name}　身份證號：{p1.id}　電話：{p1.mobile}
戶籍地址：{p1.hukou}
家庭成員：{p2.name}（配偶），身份證號{p2.id}，患{p2.health}，無勞動能力。
家庭收入：月人均{fin|small}；家庭存款{fin|big}。
保障金發放賬戶：{bank}　{p1.card}
經辦人：{p3.name}　{~today|cn}
""")

T("tw_traffic_accident", """
道路交通事故認定書（簡易程序）
編號：{~case|police}
事故時間：{~date|dt}
當事人：{p1.name}，身份證號{p1.id}，電話{p1.mobile}，駕駛{p1.plate}小型轎車；
當事人：{p2.name}，身份證號{p2.id}，電話{p2.mobile}，駕駛{p2.plate}小型普通客車。
事故經過：{p1.name}駕車倒車時未確認安全，與{p2.name}所駕車輛發生碰撞，造成兩車損壞。
{p1.name}負全部責任。交通警察：{p3.name}
""")

T("tw_court_service", """
送達回證
案號：{~case|court}
受送達人：{p1.name}
送達地址：{p1.addr}
送達文書：起訴狀副本、應訴通知書、傳票
代收人：{p2.name}（與受送達人關係：同住親屬）　電話：{p2.mobile}
送達人：{p3.name}、{p4.name}　{~date|cn}
""")

T("tw_hotline", """
{~svc|12345}政務服務熱線工單
工單編號：{~wo|hz}　受理時間：{~date|dt}
來電人：{p1.name}{p1.hon}　來電號碼：{p1.mobile}
訴求地址：{p1.addr}
訴求內容：反映樓下餐館油煙擾民，多次協商無果，要求相關部門處理。
承辦單位：{town}　話務員：{p2.name}
""")

T("tw_talent", """
湖州市高層次人才認定申請表
姓名：{y1.name}　英文名：{y1.name_en|title}　出生年月：{y1.dob|ym}
證件號碼：{y1.passport}（護照）　身份證號：{y1.id}
擬就職單位：{o1.name}
聯絡郵箱：{y1.email}　手機：{y1.mobile}
受理編號：{~wo|gd}
""")

T("tw_business_license", """
營業執照信息
統一社會信用代碼：{o1.uscc}
名稱：{o1.name}
法定代表人：{o1.legal}
註冊資本：{~amt|big}
成立日期：{~date|cn}
住所：{o1.addr}
登記機關：{county}市場監督管理局
""")

T("tw_security_incident", """
網絡安全事件報告（初報）
報告單位：{dept}　報告人：{p1.name}　手機：{p1.mobile}
發現時間：{~date|dt}　事件類型：網絡攻擊（暴力破解）
攻擊來源IP：{ip_pub}、{ip_pub}
受影響伺服器：{ip_in}（系統版本{~ver}）
涉及記錄：約{~cnt}條　處置：已封禁來源位址並重設管理員口令。
""")

T("tw_epi_trace", """
個案流行病學調查表
姓名：{p1.name}　出生日期：{p1.dob}　身份證號：{p1.id}
手機：{p1.mobile}　現住址：{p1.addr}
診斷：{p1.health|infect}　報告日期：{~date}
發病前活動軌跡：{trace}
密切接觸者：{p2.name}（{p2.mobile}）
調查人：{p3.name}
""")

T("tw_real_estate", """
不動產登記申請書
權利人：{p1.name}　證件號碼：{p1.id}　電話：{p1.mobile}
義務人：{p2.name}　證件號碼：{p2.id}
不動產坐落：{addr|full}
原不動產權證號：{~cert|bdc}
成交價格：{fin|big}　收件編號：{~wo|hz}
""")

T("tw_social_insurance", """
職工參保登記表
單位名稱：{o1.name}　統一社會信用代碼：{o1.uscc}
<<rows 2-4>>
姓名：{p@.name}　身份證號：{p@.id}　社會保障卡號：{p@.ss}　手機：{p@.mobile}
<</rows>>
單位經辦人：{o1.contact}　電話：{o1.cmobile}
""")

T("tw_invoice", """
電子發票（普通發票）
發票號碼：{~inv|full}　開票日期：{~today|cn}
購買方：{p1.name}　納稅人識別號：{p1.id}
銷售方：{o1.name}　統一社會信用代碼：{o1.uscc}
價稅合計：{~amt|small}
銷售方電話：{o1.tel}　開票人：{p2.name}
""")

T("tw_meeting_minutes", """
會議紀要
會議時間：{~date|cn}下午　地點：市民中心{int|3-12}樓會議室
主持人：{p1.name}
出席：{p2.name}（{dept}）、{p3.name}（{dept}）、{p4.name}（{dept}）
會議議定：由{dept}牽頭，於{~date|cn}前完成數據共享接口聯調，聯絡人{p2.name}，電話{p2.tel}，手機{p2.mobile}。
記錄：{p5.name}
""")

T("tw_press_notice", """
關於舉辦{yr}年湖州市數字經濟推介會的通知
各有關單位：
定於{~date|cn}在{brand}國際會議中心舉辦推介會。請各單位於{~date|cn}前將參會回執發送至{email_gov}。
聯絡人：{p1.name}，電話{tel_hz}，傳真{tel_hz}；{p2.name}，手機{p2.mobile}。
附件：參會回執（文號{~doc}）
""")

T("tw_border_record", """
出入境記錄查詢結果（本人申請）
姓名：{p1.name}　身份證號：{p1.id}
<<rows 3-5>>
{~date|iso}　[?出境|入境?]　口岸：[?深圳灣|拱北|羅湖|上海浦東機場?]　證件：[?護照 {p1.passport}|往來港澳通行證 {p1.hkmo}?]
<</rows>>
查詢編號：{~wo|hz}
""")

T("tw_hk_study_tour", """
{school}赴港研學學生名單
<<rows 4-7>>
{@}　{c@.name}　{c@.sex}　港澳通行證：{c@.hkmo}　家長：{p@.name}　{p@.mobile}
<</rows>>
帶隊教師：{p9.name}（通行證{p9.hkmo}）
""")

T("tw_rental_filing", """
房屋租賃登記備案證明
出租人：{p1.name}　證件號碼：{p1.id}　電話：{p1.mobile}
承租人：{p2.name}　證件號碼：[?{p2.id}|{p2.passport}?]　電話：{p2.mobile}
房屋坐落：{addr|full}
租賃期限：{~date|cn}至{~date|cn+later}　月租金：{~amt|small}
備案號：{~cert|zs}
""")

T("tw_medical_claim", """
醫療費用報銷結算單
姓名：{p1.name}　醫保個人編號：{p1.mr|mi}　社會保障卡號：{p1.ss|card}
就診醫院：{hosp}　住院號：{p1.mr|zy}
出院診斷：{p1.health}
醫療總費用：{~amt|small}　個人自付：{~amt|small}
結算流水號：{~txn}
""")

T("tw_waybill", """
快遞面單
運單號：{~track}
寄件人：{p1.name}　電話：{p1.mobile}
寄件地址：{p1.addr}
收件人：{p2.name}　電話：{p2.mobile}
收件地址：{p2.addr}
物品：文件　保價金額：{~amt|small}
""")

T("tw_marriage_booking", """
婚姻登記網上預約信息
預約號：{~wo|hz}　預約日期：{~date|iso}
男方：{pm1.name}　身份證號：{pm1.id}　手機：{pm1.mobile}
女方：{pf2.name}　身份證號：{pf2.id}　手機：{pf2.mobile}
登記機關：{county}民政局婚姻登記處　諮詢電話：{tel_hz}
""")

T("tw_system_log", """
{~date|dt} INFO  login ok user={p1.email} src={ip_pub} client={~ver}
{~date|dt} WARN  登錄失敗3次 user={p2.email} src={ip_pub}，帳號已鎖定30分鐘
{~date|dt} INFO  管理員{p3.name}解鎖帳號，操作終端{ip_in}
""")

T("tw_disability_aid", """
殘疾人兩項補貼申請
申請人：{p1.name}　身份證號：{p1.id}
殘疾類別等級：{p1.health|disab}
居住地址：{p1.addr}　聯絡電話：{p1.mobile}
代辦人：{p2.name}（{p2.mobile}）
發放賬戶：{p1.card}
""")

T("tw_outbound_tour", """
出境旅遊團隊名單表
組團社：湖州{brand}國際旅行社有限公司（{o1.uscc}）
出發日期：{~date|iso}
<<rows 4-7>>
{@} {p@.name} {p@.name_en|up} {p@.sexen} {p@.dob|iso} {p@.passport} {p@.mobile|plain}
<</rows>>
領隊：{p9.name}（{p9.mobile}）
""")

T("tw_parking_records", """
停車場出入記錄
時間 | 車牌 | 方向 | 支付方式 | 金額
<<rows 4-7>>
{~date|dt} | {plate} | [?入|出?] | [?微信|支付寶|無感支付?] | {~amt|small}
<</rows>>
""")

T("tw_freeze_notice", """
協助凍結存款通知書
{~case|court}
{bank}：
請協助凍結被執行人{p1.name}（身份證號{p1.id}）在你行開立的賬戶{p1.card}內存款，凍結金額以{~amt}為限。
經查詢，該賬戶當前餘額為{fin|big}。
承辦人：{p2.name}　聯絡電話：{tel_hz}
""")

# ---- emergency, fire, flood --------------------------------------------------------------------
S("emg_flood_evacuation", """
{town}防汛防台人员转移安置台账（{~today|cn}）
户主,身份证号,家庭住址,转移人数,安置点,联系电话,备注
<<rows 3-6>>
{e@.name},{e@.id|plain},{e@.addr|rural},{int|1-5},[?村文化礼堂|镇中心小学|亲友家?],{e@.mobile|plain},[?独居老人|患{e@.health|chronic}|需协助转移|无?]
<</rows>>
包村干部：{p1.name}（{p1.mobile}）　网格员：{p2.name}（{p2.mobile}）
""")

S("emg_fire_investigation", """
火灾事故认定书
{~case|police}
起火时间：{~date|dt}　起火地点：{addr|full}
房屋所有人：{p1.name}，身份证号{p1.id}，电话{p1.mobile}
承租人：{p2.name}，身份证号{p2.id}，电话{p2.mobile}
起火原因：电动自行车（{p2.name}所有）在室内充电时电池故障引发火灾。
人员伤亡：{p2.name}逃生时受伤（{p2.health|injury}），送{hosp}救治。
直接财产损失：{~amt}
""")

S("emg_hazard_report", """
安全生产隐患举报奖励审批
举报人：{p1.name}　身份证号：{p1.id}　手机：{p1.mobile}
被举报单位：{o1.name}（{o1.uscc}），地址{o1.addr}
举报内容：该企业在[?未取得许可|超范围|违规存放危险化学品|消防通道堵塞?]情况下组织生产，经核查属实。
奖励金额：{~amt|small}　发放方式：转账至{p1.card}
承办：{dept}执法支队 {p2.name}
""")

S("emg_rescue_dispatch", """
119接警记录　警情编号：{~wo|hz}
报警时间：{~date|dt}　报警电话：{p1.mobile}
报警人：{p1.name}　报警地址：{p1.addr}
警情：[?厨房起火|电梯困人|人员落水|燃气泄漏?]，被困人员{int|1-4}人。
出动：[?吴兴|南浔|德清|长兴|安吉?]消防救援站，车辆{plate}、{plate}
指挥员：{p2.name}　到场时间：{~time}
""")

# ---- petitions, discipline, audit ------------------------------------------------------------------
S("petition_record", """
信访事项受理告知书
{~doc}
{p1.name}：
你于{~date|cn}通过[?网上信访|来信|来访|{~svc|12345}热线?]反映的[?征地补偿|拖欠工程款|物业纠纷|邻里噪音?]问题，已依法受理，转{dept}办理。
信访人身份证号：{p1.id}　联系电话：{p1.mobile}　通信地址：{p1.addr}
{dept}信访办公室（{tel_hz}）　{~today|cn}
""")

S("petition_visit_log", """
领导接访日登记（{~today|iso}）
<<rows 3-5>>
{@}. 来访人{p@.name}（{p@.sex}，{p@.age}岁，{p@.mobile}），住{p@.addr}，反映[?宅基地审批|低保资格被取消|子女入学|交通事故赔偿|拆迁安置?]问题，接访领导批示：请{dept}牵头办理。
<</rows>>
记录人：{p9.name}
""")

S("audit_subsidy_check", """
审计发现问题清单（惠农补贴专项）
1. {town}向已死亡人员{e1.name}（身份证号{e1.id}）继续发放补贴{int|3-24}个月，金额{~amt|small}，资金打入{e1.card}；
2. 村干部{p1.name}（身份证号{p1.id}）以其亲属{p2.name}名义重复申领农机购置补贴{~amt|small}；
3. 补贴发放台账中{int|3-40}条记录身份证号校验不通过，例如{~badid}、{~badid}。
审计组：{p3.name}、{p4.name}
""")

S("discipline_case_summary", """
违纪问题线索处置情况（摘要，内部）
线索编号：{~wo|gd}
反映对象：{p1.name}，[?某街道城管中队队长|某局科员|某村党支部书记?]
反映内容：{p1.name}利用职务便利，收受{o1.name}法定代表人{o1.legal}所送购物卡，价值{~amt|small}。
举报人：匿名（来电号码{mobile}）
处置方式：[?谈话函询|初步核实|暂存待查?]　承办人：{p2.name}
""")

# ---- environment ------------------------------------------------------------------------------
S("env_complaint", """
生态环境信访投诉件
编号：{~wo|hz}　来源：[?{~svc|12345}转办|{~svc|12369}|微信公众号?]
投诉人：{p1.name}　电话：{p1.mobile}　住址：{p1.addr}
被投诉对象：{o1.name}（{o1.uscc}）
投诉内容：该企业夜间偷排废气，气味刺鼻，影响周边居民休息，请求查处。
办理单位：湖州市生态环境局{county}分局　承办人：{p2.name}
""")

S("env_discharge_permit", """
排污许可证信息公开
单位名称：{o1.name}
统一社会信用代码：{o1.uscc}
生产经营场所地址：{o1.addr}
行业类别：[?纺织品制造|金属表面处理|塑料制品业|电池制造?]
法定代表人：{o1.legal}　技术负责人：{o1.contact}　联系电话：{o1.tel}
许可证有效期：{~date|iso}至{~date|iso+later}
""")

S("env_online_monitoring", """
污染源在线监控超标报警
站点：{o1.name}废水总排口　数采仪IP：{ip_in}
报警时间：{~date|dt}　监测因子：[?COD|氨氮|总磷|pH?]　小时均值：{int|50-300}mg/L（标准限值{int|30-100}mg/L）
企业环保负责人：{o1.contact}（{o1.cmobile}）
已短信推送：{p1.name}（{p1.mobile}）、{p2.name}（{p2.mobile}）
""")

# ---- community, grid -----------------------------------------------------------------------------
S("grid_visit", """
网格员走访日志　{~today|cn}　网格：{comm}第{int|1-9}网格
1. 走访{e1.name}（{e1.age}岁独居，{e1.addr}），老人患{e1.health|chronic}，已联系其女儿{p1.name}（{p1.mobile}）定期探望；
2. 发现{addr|comm}出租户新增租客{p2.name}，身份证{p2.id}，已录入流动人口系统；
3. 楼道堆放杂物，已通知物业（{tel_hz}）清理。
网格员：{p3.name}
""")

S("community_elderly_meal", """
{comm}居家养老服务中心 助餐登记（{~today|ym}）
姓名 | 年龄 | 住址 | 电话 | 饮食禁忌
<<rows 4-7>>
{e@.name} | {e@.age} | {e@.addr|comm} | {e@.mobile} | [?低盐|低糖（{e@.health|chronic}）|软食|无?]
<</rows>>
""")

S("community_notice_board", """
{comm}居民委员会公告
因{~date|cn}起开展燃气管道安全检查，请各户留人在家配合。如需预约，请联系社区工作人员：
{p1.name}　{p1.mobile}
{p2.name}　{p2.mobile}
社区服务电话：{tel_hz}　燃气抢修：[?{~svc|96345}|{~svc|400}?]
""")

S("community_election", """
{town}{yr}年村民委员会换届选举 选民名单（第{int|1-12}组）
序号　姓名　性别　出生年月
<<rows 5-9>>
{@}　{p@.name}　{p@.sex}　{p@.dob|ym}
<</rows>>
公布日期：{~today|cn}。对选民名单有不同意见的，可在名单公布之日起5日内向村选举委员会提出。联系人：{p9.name}（{p9.mobile}）
""")

S("community_parking_permit", """
小区业主车辆登记表（{comm}）
房号 | 业主 | 车牌 | 手机
<<rows 4-8>>
{int|1-30}-{int|1-4}-{int|101-1804} | {p@.name} | {p@.plate} | {p@.mobile}
<</rows>>
物业服务中心：{o1.name}　{o1.tel}
""")

# ---- meetings, notices, office ----------------------------------------------------------------------
S("office_meeting_notice", """
关于召开全市公共数据安全工作推进会的通知
{~doc}
各区县大数据局，市级各有关单位：
定于{~date|cn}下午2:30在市民服务中心{int|3-9}楼会议室召开推进会。请各单位分管负责人参加，并于{~date|cn}前将参会回执发送至{email_gov}。
联系人：{p1.name}，电话{p1.tel}，手机{p1.mobile}；{p2.name}，电话{tel_ext}。
{dept}　{~today|cn}
""")

S("office_directory", """
{dept}通讯录（{yr}年{mo}月更新，内部使用）
科室 | 姓名 | 办公电话 | 手机 | 邮箱
<<rows 4-8>>
[?办公室|数据资源处|安全管理处|应用推进处|政策法规处?] | {p@.name} | {p@.tel} | {p@.mobile} | {p@.email}
<</rows>>
值班电话：{tel_hz}　传真：{tel_hz}
""")

S("office_minutes", """
专题会议纪要
时间：{~date|cn}　地点：{dept}{int|2-6}楼会议室
主持：{p1.name}　参加：{p2.name}、{p3.name}、{p4.name}、{p5.name}
一、关于{o1.name}数据共享需求。会议同意向其提供企业登记信息（统一社会信用代码{o1.uscc}）的接口查询服务，由{p2.name}负责对接（{p2.mobile}）。
二、关于系统升级。定于{~date|cn}晚将平台由{~ver}升级至{~ver}，期间服务中断约2小时。
三、下次会议时间另行通知。
""")

S("office_email_signature", """
{p1.name}
{dept} | 数据资源处
地址：{addr|city+road}　邮编：{~post}
电话：{p1.tel}　手机：{p1.mobile}
邮箱：{p1.email}
——
此邮件及附件可能含有受限共享的公共数据，请勿转发。
""")

S("office_reimbursement", """
差旅费报销单
报销人：{p1.name}　部门：[?办公室|数据资源处|安全管理处?]
出差事由：赴[?杭州|上海|北京|深圳?]参加{yr}年数据要素市场培训
行程：{trace|arrow}
交通费：{~amt|small}　住宿费：{~amt|small}　伙食补助：{~amt|small}　合计：{~amt|small}
收款账户：{p1.card}　审批：{p2.name}
""")

S("office_duty_roster", """
{yr}年{mo}月节假日值班表
日期 | 带班领导 | 值班人员 | 手机
<<rows 4-7>>
{~date|iso} | {p@.name} | {p@2.name} | {p@2.mobile}
<</rows>>
值班室电话：{tel_hz}（24小时）
""")

# ---- messages, logistics ---------------------------------------------------------------------
S("msg_wechat_work_group", """
【{dept}工作群】聊天记录导出 {~today|iso}
{p1.name}：今天上午窗口有位群众{pf2.name}办理居住证，系统里查不到她的信息，身份证号{pf2.id}，大家帮忙看看
{p3.name}：是不是外省户籍？人口库只同步到{~date|iso}
{p1.name}：户籍是{pf2.hukou}
{p3.name}：那要走省级接口，我把工单提给运维了，工单号{~wo|hz}
{p4.name}：群众电话多少？我下午回个电话
{p1.name}：{pf2.mobile}
""")

S("msg_sms_batch", """
短信群发任务 #{~wo|num}（模板ID {int|1000-9999}，签名【湖州医保】）
接收号码,姓名,变量1,发送状态
<<rows 4-8>>
{p@.mobile|plain},{p@.name},{~date|iso},[?成功|成功|成功|失败(空号)?]
<</rows>>
内容：尊敬的#name#，您的{yr}年度城乡居民医保将于#var1#截止缴费，可通过浙里办缴纳。退订回T
""")

S("msg_email_forward", """
-------- 转发的邮件 --------
主题：Re: {p1.name}的人才补贴材料
日期：{~date|dt}
发件人：{p2.name} <{p2.email}>
收件人：{email_gov}

您好，{p1.name}（身份证号{p1.id}）的学历认证和社保缴纳证明已补齐，附件请查收。
其银行卡号{p1.card}，开户行{bank}，请核对。有问题随时联系我，手机{p2.mobile}。
""")

S("logistics_waybill", """
[?顺丰速运|中通快递|圆通速递|京东物流|邮政EMS?] 电子面单
运单号：{~track}　寄件日期：{~date|iso}
寄：{p1.name} {p1.mobile}
    {p1.addr}
收：{p2.name} {p2.mobile}
    {p2.addr}
托寄物：[?文件|衣物|茶叶|日用品?]　重量：{int|1-9}kg　付款方式：寄付
""")

S("logistics_return_request", """
退货申请（客服系统）
工单：{~wo}　订单号：{~order}　下单账号：{p1.mobile}
收货人：{p1.name}　收货地址：{p1.addr}
退货原因：[?尺码不合适|商品破损|与描述不符?]　退款金额：{~amt|small}
退回快递单号：{~track}　客服：{p2.name}
""")

S("logistics_cold_chain", """
进口冷链食品追溯登记
货主单位：{o1.name}（{o1.uscc}）
品名：[?冷冻牛肉|冷冻三文鱼|冷冻虾仁?]　报关单号：{~rpt}　批次：{~sn|batch}
运输车辆：{plate}　驾驶员：{p1.name}　身份证号：{p1.id}　手机：{p1.mobile}
入库时间：{~date|dt}　入库仓库：{addr|county+road}
""")

# ---- banking, insurance, finance --------------------------------------------------------------
S("bank_cooperation_query", """
协助查询财产通知书（回执）
{~case|court}
被查询人：{p1.name}　证件号码：{p1.id}
查询结果：
  账户1：{p1.card}，开户行{bank}，余额{fin|big}，状态正常；
  账户2：{p1.card2}，余额{fin}，已被其他法院冻结；
协助单位经办人：{p2.name}　电话：{tel}
""")

S("bank_fraud_stop_payment", """
紧急止付通知书
{~wo|gd}
{bank}：
受害人{p1.name}（身份证{p1.id}，手机{p1.mobile}）于{~date|dt}被骗转账{fin}至以下账户，请立即止付：
收款卡号：{card}　户名：{name}
收款卡号：{card}　户名：{name}
{police}　联系人：{p2.name}　电话：{tel_hz}
""")

S("insurance_claim", """
机动车保险理赔报案记录
报案号：{~wo|num}　报案时间：{~date|dt}
被保险人：{p1.name}　证件号：{p1.id}　联系电话：{p1.mobile}
承保车辆：{p1.plate}　保单号：{~contract}
出险地点：{addr|county+short}附近
三者车辆：{p2.plate}（驾驶员{p2.name}，{p2.mobile}）
伤者：{p3.name}，{p3.health|injury}，送{hosp}
查勘员：{p4.name}
""")

S("finance_loan_subsidy", """
创业担保贷款贴息申请
借款人：{y1.name}　身份证号：{y1.id}　手机：{y1.mobile}
创业项目：{k1.name}（统一社会信用代码{k1.uscc}）
经营地址：{k1.addr}
贷款银行：{bank}　贷款金额：{fin|big}　贷款余额：{fin|big}
贴息资金拨付账户：{y1.card}
""")

S("finance_credit_report_auth", """
个人信用信息查询授权书
本人{p1.name}（证件类型：居民身份证，证件号码：{p1.id}）授权{bank}在办理[?个人住房贷款|信用卡|个人经营贷款?]业务时查询本人征信报告。
本人月收入{fin|small}，现有负债{fin|big}。
授权人签字：________　手机号：{p1.mobile}　日期：{~today|cn}
""")

# ---- utilities, telecom --------------------------------------------------------------------------
S("utility_water_account", """
供水户名变更申请
原户主：{p1.name}　现户主：{p2.name}　身份证号：{p2.id}
用水地址：{p2.addr|full}
水表表号：{~sn|sn}
联系电话：{p2.mobile}　代扣银行卡：{p2.card}
受理：湖州市水务集团营业厅　{~today}　客服热线：[?{~svc|96390}|{~svc|400}?]
""")

S("utility_power_outage", """
计划停电通知
因线路检修，{~date|cn}{int|7-9}:00至{int|15-18}:00以下区域停电：{town}[?工业园区|{comm}|沿线村组?]。
受影响重要用户：{o1.name}（联系人{o1.contact}，{o1.cmobile}）
如有疑问请拨打国网湖州供电公司服务热线{~svc|95598}，或联系台区经理{p1.name}（{p1.mobile}）。
""")

S("telecom_real_name_check", """
电话用户实名制核查结果（{~today|ym}）
号码 | 登记姓名 | 登记证件 | 核查结论
<<rows 4-7>>
{p@.mobile|plain} | {p@.name} | {p@.id|plain} | [?一致|一致|一致|姓名不一致?]
<</rows>>
异常记录示例：号码{mobile}登记证件{~badid}，校验位错误，已通知营业厅复核。
""")

S("telecom_broadband_install", """
宽带装机工单
工单号：{~wo}　业务类型：[?千兆宽带新装|移机|IPTV加装?]
客户：{p1.name}　联系电话：{p1.mobile}　备用电话：{p1.tel}
装机地址：{p1.addr|full}
分配IP：{ip_pub}　光猫SN：{~sn|sn}
装维人员：{p2.name}（{p2.mobile}）
""")

# ---- statistics, procurement ------------------------------------------------------------------
S("stats_census_form", """
第五次全国经济普查 单位清查表
单位详细名称：{o1.name}
统一社会信用代码：{o1.uscc}
单位所在地：{o1.addr}　邮政编码：{~post}
单位负责人：{o1.legal}　填表人：{o1.contact}　联系电话：{o1.tel}　手机：{o1.cmobile}
从业人员期末人数：{int|5-900}人　营业收入：{~amt|big}
""")

S("stats_household_survey", """
住户收支调查记账补贴名单（{county}）
序号 | 户主 | 身份证号 | 家庭年可支配收入 | 补贴卡号
<<rows 3-6>>
{@} | {p@.name} | {p@.id} | {fin|big} | {p@.card}
<</rows>>
辅助调查员：{p9.name}（{p9.mobile}）
""")

S("procure_award_notice", """
中标（成交）结果公告
项目编号：{~contract}　项目名称：{yr}年{dept}[?数据安全运维服务|政务外网升级改造|公共数据平台扩容|视频监控系统维保?]采购项目
中标供应商：{o1.name}
统一社会信用代码：{o1.uscc}
供应商地址：{o1.addr}
中标金额：{~amt|big}
采购人：{dept}　联系人：{p1.name}　电话：{p1.tel}
代理机构：{o2.name}　联系人：{o2.contact}　电话：{o2.tel}
""")

S("procure_bid_opening", """
开标记录表
项目：{~contract}　开标时间：{~date|dt}　地点：湖州市公共资源交易中心第{int|1-8}开标室
投标人 | 统一社会信用代码 | 投标报价 | 授权代表 | 联系电话
<<rows 3-5>>
{o@.name} | {o@.uscc} | {~amt|big} | {o@.contact} | {o@.cmobile}
<</rows>>
监督人：{p1.name}　记录人：{p2.name}
""")

S("procure_contract_parties", """
政府采购合同（首部）
合同编号：{~contract}
甲方（采购人）：{dept}　地址：{addr|city+road}　联系人：{p1.name}　电话：{p1.tel}
乙方（供应商）：{o1.name}　统一社会信用代码：{o1.uscc}　开户银行：{bank}
乙方联系人：{o1.contact}　手机：{o1.cmobile}　邮箱：{o1.email}
合同金额：{~amt|big}
""")

# ---- culture, tourism, sports ----------------------------------------------------------------------
S("sport_marathon_entry", """
{yr}湖州马拉松 参赛选手名单（部分）
参赛号 | 姓名 | 性别 | 证件号 | 紧急联系人 | 紧急联系电话 | 医疗声明
<<rows 4-7>>
A{int|1000-9999} | {y@.name} | {y@.sex} | [?{y@.id}|{y@.id}|{y@.passport}|{y@.hkmo}?] | {p@.name} | {p@.mobile} | [?无|无|{y@.health|chronic}|{y@.health|allergy}?]
<</rows>>
""")

S("tour_scenic_booking", """
景区实名预约记录（[?莫干山|南浔古镇|太湖古镇|安吉竹博园?]）
预约日期：{~date|iso}　入园时段：{~time}
<<rows 3-6>>
{p@.name}　[?身份证 {p@.id}|身份证 {p@.id}|护照 {p@.passport}|港澳通行证 {p@.hkmo}?]　{p@.mobile}
<</rows>>
""")

S("culture_library_card", """
湖州市图书馆 读者证办理登记
姓名：{p1.name}　证件号码：{p1.id}
手机：{p1.mobile}　邮箱：{p1.email}
押金：{~amt|small}（免押金：[?芝麻信用|社保卡?]）
办理网点：[?总馆|南浔分馆|德清分馆?]　办理时间：{~date|dt}
""")

S("tour_homestay_guest", """
民宿入住人员登记（浙里住系统）
民宿：{k1.name}　统一社会信用代码：{k1.uscc}
<<rows 2-5>>
{p@.name}，[?身份证{p@.id}|身份证{p@.id}|护照{p@.passport}?]，入住{~date|iso}，车牌{p@.plate}，电话{p@.mobile}
<</rows>>
""")

# ---- traces, insurance cards, medical records, English output ------------------------------------
S("trace_close_contact_check", """
密切接触者行程核查单
核查对象：{p1.name}　身份证号：{p1.id}　手机：{p1.mobile}
{~date|cn}行程轨迹：{trace}
{~date|cn}行程轨迹：{trace}
同行人员：{p2.name}（{p2.mobile}）
核查结论：与确诊病例在[?湖州站|爱山广场|吾悦广场?]存在时空交集，已落实居家健康监测。核查人：{p3.name}
""")

S("trace_fleet_gps", """
营运车辆GPS轨迹回放（{~today|iso}）
车牌：{p1.plate}　驾驶员：{p1.name}　驾驶员手机：{p1.mobile}
所属企业：{o1.name}（{o1.uscc}）
轨迹：{trace|time}
超速报警：{int|1-5}次，最高时速{int|90-130}km/h　疲劳驾驶报警：{int|0-3}次
""")

S("trace_official_car", """
公务用车使用登记
用车日期：{~date|iso}　车牌：{plate}　驾驶员：{p1.name}（{p1.mobile}）
用车人：{p2.name}、{p3.name}
事由：赴基层调研数据归集工作
行车路线：{trace|arrow}
出车里程：{int|10000-99999}km　回车里程：{int|10000-99999}km　审批：{p4.name}
""")

S("trace_ride_hailing_order", """
网约车订单信息（协查调取）
订单号：{~order}　乘客：{p1.name}　乘客手机：{p1.mobile}
司机：{p2.name}　司机手机：{p2.mobile}　车牌：{p2.plate}
下单时间：{~date|dt}　支付金额：{~amt|small}
行程：{trace}
调取单位：{police}　调取人：{p3.name}　调证通知书：{~case|police}
""")

S("ss_card_replacement", """
社会保障卡补换申请
申请人：{p1.name}　公民身份号码：{p1.id}
原社会保障卡卡号：{p1.ss|card}　补换原因：[?遗失|损坏|信息变更?]
是否开通金融功能：是　合作银行：{bank}
领卡方式：[?邮寄|网点领取?]　邮寄地址：{p1.addr}　手机：{p1.mobile}
受理网点：{county}人力社保服务中心　{~today|cn}
""")

S("ss_remote_medical_filing", """
异地就医备案登记表
参保人：{p1.name}　身份证号：{p1.id}　社会保障卡号：{p1.ss|card}　医保编号：{p1.mr|mi}
参保地：湖州市{county}　就医地：[?上海市|杭州市|苏州市|北京市?]
备案类型：[?异地长期居住|转诊转院|异地安置退休?]　定点医院：[?复旦大学附属中山医院|浙江大学医学院附属第一医院|上海交通大学医学院附属瑞金医院?]
疾病诊断：{p1.health}
联系电话：{p1.mobile}　现居住地：{addr|prov}
""")

S("mr_inpatient_bill", """
住院费用清单（汇总）
住院号：{p1.mr|zy}　病案号：{p1.mr|ba}　姓名：{p1.name}　科室：[?骨科|心内科|肿瘤科|神经外科?]
入院日期：{~date|iso}　出院日期：{~date|iso+later}
诊断：{p1.health}
床位费：{~amt|small}　检查费：{~amt|small}　手术费：{~amt|small}　药品费：{~amt|small}　合计：{~amt|small}
""")

S("mr_lab_report", """
{hosp} 检验报告单
病历号：{p1.mr|ba}　姓名：{p1.name}　性别：{p1.sex}　年龄：{p1.age}岁
门诊号：{p1.mr|mz}　标本：静脉血　送检医生：{p2.name}
项目：[?乙肝两对半|HIV抗体初筛|梅毒螺旋体抗体|肿瘤标志物全套?]　结果：见附页
临床诊断：{p1.health}
报告时间：{~date|dt}　报告编号：{~rpt}
""")

S("en_patient_export", """
Patient Export (HIS v{~ver|v3}) generated {~date|dt}
MRN,Name,Sex,DOB,Phone,Email,Diagnosis
<<rows 3-6>>
{p@.mr|mz},{p@.name_en|title},{p@.sexen},{p@.dob|iso},{p@.mobile|+86},{p@.email},{p@.health}
<</rows>>
""")

S("en_api_error_log", """
{~date|dt} ERROR c.h.g.apply.SubmitController - validation failed: field=idCard value={~badid} reason=CHECKSUM_MISMATCH requestIp={ip_pub}
{~date|dt} ERROR c.h.g.apply.SubmitController - validation failed: field=bankCard value={~badcard} reason=LUHN_FAILED requestIp={ip_pub}
{~date|dt} INFO  c.h.g.apply.SubmitController - submit ok applicant={p1.name} idCard={p1.id|plain} mobile={p1.mobile|plain} requestIp={ip_pub}
{~date|dt} WARN  c.h.g.notify.MailSender - bounce from {p1.email}, relay={ip_in}
""")

S("audit_jsonl", """
{"ts":"{~date|dt}","user":"u{int|10000-99999}","dept":"{dept}","action":"QUERY_PERSON","target":"{p1.id|plain}","ip":"{ip_in}","result":"SUCCESS"}
{"ts":"{~date|dt}","user":"u{int|10000-99999}","dept":"{dept}","action":"EXPORT","rows":{int|10-999},"ip":"{ip_in}","result":"DENIED","reason":"超出授权范围"}
{"ts":"{~date|dt}","user":"u{int|10000-99999}","dept":"{dept}","action":"VIEW_VEHICLE","target":"{plate|plain}","ip":"{ip_in}","result":"SUCCESS"}
""")

S("payroll_sheet", """
{o1.name} {yr}年{mo}月工资发放表
姓名 | 身份证号 | 应发工资 | 代扣社保 | 实发工资 | 工资卡号
<<rows 3-6>>
{p@.name} | {p@.id} | {fin|small} | {~amt|small} | {fin|small} | {p@.card}
<</rows>>
制表：{o1.contact}　审核：{o1.legal}
""")

S("hr_onboarding", """
员工入职登记表
姓名：{y1.name}　性别：{y1.sex}　出生日期：{y1.dob|iso}　民族：汉
身份证号：{y1.id}　户籍地址：{y1.hukou}
现住址：{y1.addr}　手机：{y1.mobile}　邮箱：{y1.email}
紧急联系人：{p1.name}（[?家属|亲属|朋友?]）　电话：{p1.mobile}
工资卡：{y1.card}（{bank}）　入职部门：[?生产部|质检部|财务部|销售部?]　入职日期：{~today|iso}
""")

S("traffic_violation_sms", """
【湖州交警】您的车辆{p1.plate}于{~date|dt}在[?二环东路与凤凰路交叉口|湖州大道红旗路口|104国道八里店段?]有[?闯红灯|不按导向车道行驶|超速20%以下|违停?]违法行为，请及时处理。
车主：{p1.name}。如有疑问请拨打{tel_hz}。[交管{~svc|12123}]
""")

S("pet_dog_registration", """
犬只登记证信息
犬主：{p1.name}　身份证号：{p1.id}　手机：{p1.mobile}
饲养地址：{p1.addr|full}
犬名：[?豆豆|旺财|可乐|布丁?]　品种：[?柯基|泰迪|柴犬|金毛?]　免疫证号：{~cert|zs}　电子标识：{~sn|sn}
登记单位：{police}　有效期至：{~date|iso+later}
""")

S("waste_sorting_violation", """
生活垃圾分类违规告知书
当事人：{p1.name}　住址：{p1.addr}　联系电话：{p1.mobile}
违规时间：{~date|dt}　违规行为：[?未按规定分类投放|混投混放|在非指定地点投放?]
依据《湖州市生活垃圾分类管理条例》，予以劝导教育。如再次违规，将处{~amt|small}罚款。
执法人员：{p2.name}、{p3.name}
""")

S("drug_community_rehab", """
社区戒毒（康复）人员管理台账（内部）
姓名：{p1.name}　身份证号：{p1.id}　户籍地：{p1.hukou}
现住址：{p1.addr}　手机：{p1.mobile}
诊断：{p1.health|drug}　社区戒毒期限：{~date|cn}至{~date|cn+later}
尿检记录：{~date|iso}阴性；{~date|iso}阴性
专职社工：{p2.name}（{p2.mobile}）　责任民警：{p3.name}
""")

S("customs_baggage", """
入境旅客行李物品申报单（电子）
姓名：{p1.name}　拼音：{p1.name_en|up}　性别：{p1.sexen}
出生日期：{p1.dob|iso}　护照号码：{p1.passport}
航班号：[?MU5002|CA1708|HO1254|CX366?]　入境日期：{~date|iso}
申报物品：[?超量酒类|人民币现钞|免税额度以外的电子产品?]　联系电话：{p1.mobile}
""")

S("charity_donation_receipt", """
公益事业捐赠统一票据（电子）
票据号码：{~inv|no}　开票日期：{~today|iso}
捐赠人：{p1.name}　证件号码：{p1.id}
捐赠项目：[?“山区儿童助学”项目|“困境老人关爱”项目|防汛救灾?]　捐赠金额：{~amt|small}
接受单位：{s1.name}（统一社会信用代码{s1.uscc}）
捐赠人联系电话：{p1.mobile}
""")

S("school_refund", """
校外培训机构预收费退费登记
学员：{c1.name}　家长：{p1.name}　家长身份证号：{p1.id}　手机：{p1.mobile}
培训机构：{o1.name}（{o1.uscc}）
剩余课时：{int|4-60}节　应退金额：{~amt|small}
退费账户：{p1.card}（{bank}）　登记编号：{~wo|gd}
""")

S("elder_bus_card", """
湖州市老年人公交卡办理
申请人：{e1.name}　身份证号：{e1.id}　出生日期：{e1.dob|cn}
社会保障卡卡号：{e1.ss|card}
居住地址：{e1.addr}　联系电话：{e1.mobile}
代办人：{p1.name}　代办人身份证：{p1.id}
办理网点：湖州公交集团客服中心（{tel_hz}）
""")

S("nr_planning_permit", """
乡村建设规划许可证（农民建房）
申请人：{p1.name}　身份证号：{p1.id}　联系电话：{p1.mobile}
建设位置：{p1.hukou|rural}
建筑面积：{int|120-300}平方米　层数：{int|2-3}层
许可证编号：{~cert|zs}　核发机关：{county}自然资源和规划局　{~today|cn}
""")

S("delivery_rider_injury", """
外卖骑手交通事故情况说明
骑手：{y1.name}　身份证号：{y1.id}　手机：{y1.mobile}
所属站点：{o1.name}　骑手ID：R{int|100000-999999}
事故时间：{~date|dt}　事故前配送路线：{trace|arrow}
受伤情况：{y1.health|injury}，送{hosp}治疗，住院号{y1.mr|zy}
对方车辆：{plate}　驾驶人：{p1.name}（{p1.mobile}）
""")


# ---- look-alikes with wrong check digits ---------------------------------------------------------
S("bd_check_failure_list", """
{dept} 数据归集校验失败清单（{~today|iso}）
序号 | 字段 | 原值 | 校验结果 | 处理
<<rows 2-4>>
S{@} | 公民身份号码 | {~badid} | 第18位校验码错误 | 退回源单位
<</rows>>
<<rows 1-3>>
K{@} | 银行卡号 | {~badcard} | Luhn校验失败 | 退回源单位
<</rows>>
<<rows 1-2>>
U{@} | 统一社会信用代码 | {~baduscc} | GB 32100校验失败 | 人工核对
<</rows>>
说明：以上记录均未入库；校验通过的记录（如{p1.name}，{p1.id}）已正常归集。联系人：{p2.name}（{p2.tel}）
""")

S("bank_card_binding_log", """
{~date|dt} bind-card req user={p1.mobile|plain} card={~badcard|plain} result=REJECT reason=luhn_check_failed ip={ip_pub}
{~date|dt} bind-card req user={p1.mobile|plain} card={p1.card|plain} result=OK bank=[?ICBC|ABC|CCB|BOC|CMB?] ip={ip_pub}
{~date|dt} realname-verify user={p1.mobile|plain} name={p1.name} idno={~badid|p1} result=REJECT reason=id_checksum
{~date|dt} realname-verify user={p1.mobile|plain} name={p1.name} idno={p1.id|plain} result=OK
""")

S("market_code_correction", """
更正公告
本局于{~date|cn}发布的《{yr}年度第{int|2-9}批企业登记信息公示》中，{o1.name}的统一社会信用代码误录为{~baduscc|o1}，现更正为{o1.uscc}；
{o2.name}的统一社会信用代码误录为{~baduscc|o2}，现更正为{o2.uscc}。特此公告。
联系人：{p1.name}　电话：{tel_hz}
{county}市场监督管理局　{~today|cn}
""")

if __name__ == "__main__":
    sys.exit(main())
