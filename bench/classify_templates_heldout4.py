"""Fourth held-out family (measuring only; written and committed before the fourth accuracy
round changed any rule): free text without form labels — addresses in other provinces written
from the county or town down after ordinary verbs (在, 送至, 迁往, 来自), names after verbs and
in narrative (据…介绍, 与…一同, 给…打电话, …今年67岁), relief and compensation amounts a person
receives (低保金, 临时救助, 赔偿金, 抚恤金, 拆迁补偿款), and hard negatives: place names in
non-address roles (在湖州市召开, 全市各县区, 隆回县人民政府), policy amounts (救助标准,
补偿标准, 全市发放), document numbers, dates.
Value pools: family ``heldout4`` in bench/classify_values.py."""

TEMPLATES = [
    # addresses in free text, no label
    "{~date}晚，{CN_ADDRESS}发生一起邻里纠纷，{PERSON}被打伤，已送医。",
    "民警赶到{CN_ADDRESS}时，{PERSON}已离开现场。",
    "救灾物资已于{~date}送至{CN_ADDRESS}，由村干部{PERSON}清点。",
    "{PERSON}于{~date}将户口迁往{CN_ADDRESS}，联系电话{CN_MOBILE}。",
    "来自{CN_ADDRESS}的务工人员{PERSON}反映被拖欠工资{~amount}。",
    "{PERSON}常年在{CN_ADDRESS}经营一家小卖部。",
    "经核查，{CN_ADDRESS}一处出租房内居住{~count}，房东{PERSON}未登记。",
    "{PERSON}的老家在{CN_ADDRESS_TOWN}，父母仍在当地务农。",
    "{PERSON}目前寄住在亲戚家（{CN_ADDRESS}），身份证号{CN_RESIDENT_ID}。",
    "{CN_ADDRESS}住户{PERSON}反映自来水浑浊。",
    # names in narrative, no label
    "据{PERSON}介绍，事发时其丈夫{PERSON}正在地里干活。",
    "{PERSON}今年67岁，独自抚养孙子{PERSON}。",
    "{~date}上午，工作人员与{PERSON}一同前往银行办理手续。",
    "社区干部多次给{PERSON}打电话均未接通，后联系到其女儿{PERSON}（{CN_MOBILE}）。",
    "经查，{PERSON}于{~date}至{~date}期间冒领养老金，涉及金额{~amount}。",
    "找到{PERSON}时，他正在工地上搬砖。",
    "{PERSON}和{PERSON}是同村的发小，二人合伙承包了鱼塘。",
    "此事由{PERSON}负责跟进，{~date}前书面回复。",
    "{PERSON}老人说，多亏了{PERSON}的帮忙。",
    # relief / compensation amounts a person receives
    "{PERSON}一家三口每月领取低保金{FINANCIAL_INFO}，另有残疾人补贴{FINANCIAL_INFO}。",
    "经审批，给予{PERSON}临时救助{FINANCIAL_INFO}，款项打入其银行卡{BANK_CARD}。",
    "肇事方一次性赔偿{PERSON}{FINANCIAL_INFO}，双方达成和解。",
    "{PERSON}户拆迁补偿款{FINANCIAL_INFO}已于{~date}发放到位。",
    "烈属{PERSON}每年领取抚恤金{FINANCIAL_INFO}。",
    "{PERSON}的医疗费用中个人自付{FINANCIAL_INFO}，申请大病救助。",
    # tables and logs
    "{PERSON}\t{CN_ADDRESS}\t{CN_MOBILE}\t{FINANCIAL_INFO}",
    "{~datetime} 审核人 {PERSON} 通过了 {PERSON} 的救助申请",
    # Traditional script
    "{PERSON_T}目前居住在{CN_ADDRESS_T}，每月領取低保金{FINANCIAL_INFO}。",
    "據{PERSON_T}介紹，{CN_ADDRESS_T}一帶經常停電。",
    # hard negatives only
    "{~meeting}，会议要求全市各县区做好救助资金发放工作，全市共发放救助资金{~amount}。",
    "救助标准提高到每人每月{~amount}，补偿标准为每亩{~amount}，详见{~doc_no}。",
    "{~gov_org}与{~gov_org}签订对口帮扶协议，邮编{~postcode}。",
    "赴{~county}考察学习，参观了{~county}的特色产业园区，{~date}返回。",
    "{~county}、{~county}两地联合开展防汛演练，投入资金{~amount}。",
]
