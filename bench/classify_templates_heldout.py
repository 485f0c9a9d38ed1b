"""Held-out-family templates (never tuned on): other document types and phrasings —
hospital summaries, courier and banking records, real-estate and vehicle registration,
enforcement notes, 12345 hotline tickets, HR forms, English-mixed logs — with other
value pools (bench/classify_values.py, family "heldout")."""

TEMPLATES = [
    # medical
    "出院小结：患者{PERSON}，门诊号{CN_MEDICAL_RECORD}，确诊{HEALTH_INFO}，予以对症治疗，{~date}出院。",
    "{PERSON}（女，{DATE_OF_BIRTH:iso}生）因{HEALTH_INFO}就诊，医保卡号{CN_MEDICAL_RECORD}，自付{~amount}。",
    "随访对象：{PERSON}，手机{CN_MOBILE}，现居{CN_ADDRESS}，病史：{HEALTH_INFO}。",
    # courier / e-commerce
    "收件人：{PERSON} {CN_MOBILE_SP} 收货地址：{CN_ADDRESS} 运单号：{~order_no}",
    "寄件人{PERSON}，电话{CN_MOBILE_DASH}，快递单号{~order_no}，保价{~amount}。",
    "您的订单{~order_no}已发货，预计{~date}送达，客服电话{~hotline}。",
    # banking
    "客户{PERSON}（证件号码：{CN_RESIDENT_ID}）于{~date}向尾号为{~last4}的账户转账{~amount}。",
    "收款账号：{BANK_CARD_SP}，收款人：{PERSON}，开户行：建设银行湖州分行。",
    "借款人{PERSON}名下贷款余额{FINANCIAL_INFO}，月工资{FINANCIAL_INFO}，担保人{PERSON}。",
    "交易流水号{~bad_card}，金额{~amount}，状态：成功。",
    # real estate / vehicles
    "不动产权利人{PERSON}，共有人{PERSON}，坐落于{CN_ADDRESS}，建筑面积{~area}。",
    "机动车所有人：{PERSON}，号牌：{CN_LICENSE_PLATE}，住所地址：{CN_ADDRESS}。",
    "违法车辆{CN_LICENSE_PLATE}于{~datetime}在中兴大道闯红灯，记{~points}，罚款{~amount}。",
    # enforcement / court
    "被执行人{PERSON}，身份证号码{CN_RESIDENT_ID_SP}，户籍所在地：{CN_ADDRESS_TOWN}。",
    "（{~court_case}）民事判决书：原告{PERSON}，被告{PERSON}，案由：民间借贷纠纷。",
    "当事人{PERSON}对{~doc_no}处罚决定不服，申请行政复议。",
    "执法人员在{CN_ADDRESS}查获涉案车辆，驾驶人{PERSON}，联系方式{CN_MOBILE_86}。",
    # 12345 hotline tickets
    "工单{~order_no}：市民{PERSON}来电，称{CN_ADDRESS}附近夜间施工扰民，回访电话{CN_MOBILE}。",
    "来电人{PERSON}（{CN_MOBILE_FW}）咨询医保报销政策，已解答。",
    "{PERSON}反映其父亲{PERSON}患{HEALTH_INFO}多年，申请临时救助。",
    # HR / forms
    "员工{PERSON}，入职日期{~date}，社保号{CN_SOCIAL_SECURITY}，工资卡{BANK_CARD}。",
    "报名表｜姓名：{PERSON}｜出生年月：{DATE_OF_BIRTH:zh}｜邮箱：{EMAIL_ADDRESS}｜电话：{CN_LANDLINE}",
    "证件类型：护照，证件号码：{CN_PASSPORT}，姓名：{PERSON}。",
    "办理往来港澳通行证，旧证号码{CN_HK_MACAO_PERMIT}，申请人{PERSON}。",
    "单位：{~org}，统一社会信用代码{CN_USCC}，联系人{PERSON}，座机{CN_LANDLINE}。",
    # English-mixed logs
    "WARN auth failed user={EMAIL_ADDRESS} src={IP_ADDRESS} ts={~datetime}",
    "{~datetime} 访问日志：客户端{IP_ADDRESS}请求/api/v2/persons，返回码403。",
    "GPS轨迹回放：{~datetime} 位置{LOCATION_TRACE}，速度{~speed}。",
    "设备固件版本{~version}，序列号{~serial}，安装地址{CN_ADDRESS}。",
    # Traditional script
    "病患{PERSON_T}，病歷號{CN_MEDICAL_RECORD}，診斷：{HEALTH_INFO}。",
    "收件人{PERSON_T}，手機{CN_MOBILE_SP}，地址：{CN_ADDRESS_T}。",
    "身份證號碼：{CN_RESIDENT_ID_FW}，姓名：{PERSON_T}，電話：{CN_LANDLINE}。",
    "統一社會信用代碼{CN_USCC}，負責人{PERSON_T}。",
    "往來港澳通行證{CN_HK_MACAO_PERMIT}，持證人{PERSON_T}。",
    # prose with hard negatives only
    "依据{~doc_no}，对辖区内{~count}开展安全检查，整改率{~percent}。",
    "会议定于{~date}{~time}召开，地点：市民中心三楼会议室，邮编{~postcode}。",
    "请于{~date}前缴纳{~amount}，发票代码{~invoice_code}，发票号码{~invoice_no}。",
    "（{~court_case}）号案件档案编号{~bad_id}，卷宗编号{~bad_uscc}。",
    "本年度财政预算支出{~amount}，较上年增长{~percent}，详见{~doc_no}。",
    "订单编号{~order_pass}，请凭此号取件。",
]
