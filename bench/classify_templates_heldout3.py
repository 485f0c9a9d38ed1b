"""Third held-out family (measuring only; written and committed before the third accuracy
round changed any rule): duty rosters, system and audit logs, 12345 work orders, petition
(信访) and home-visit (走访) records, meeting minutes, medical-insurance and minimum-living
(医保/低保) case notes, tables pasted as text (tabs, commas, bars) — names without form labels
(after weekdays and dates, as log actors, after role nouns, before administrative verbs),
diseases in poverty and medical-aid phrasing, trips through places outside Zhejiang, and hard
negatives: document numbers, amounts, dates, postcodes, work-order and certificate numbers,
organisation and place names that start with a surname character.
Value pools: family ``heldout3`` in bench/classify_values.py."""

TEMPLATES = [
    # duty rosters (值班表)
    "{~date}值班表：带班领导{PERSON}，值班人员{PERSON}、{PERSON}，值班电话{CN_LANDLINE}。",
    "本周值班：星期一 {PERSON}；星期二 {PERSON}；星期三 {PERSON}；星期四 {PERSON}。",
    "{~date}\t{PERSON}\t{PERSON}\t{CN_MOBILE}",
    "节假日应急值守：{~date}（白班）{PERSON}，（夜班）{PERSON}，联系方式{CN_MOBILE_SP}。",
    # system and audit logs
    "[{~datetime}] INFO 用户{PERSON}（工号{~staff_no}）查询人口库记录1条，终端IP {IP_ADDRESS}",
    "{~datetime} 操作人:{PERSON} 动作:导出 对象:{~case_ref} 耗时{~ms}",
    "{PERSON}于{~datetime}审批通过编号{~work_order}的申请。",
    "审计日志：{~datetime} 账户 {PERSON} 连续5次密码错误，来源 {IP_ADDRESS}，已冻结。",
    "{~datetime} user={EMAIL_ADDRESS} action=download file=report_{~minutes_no}.xlsx ip={IP_ADDRESS}",
    # 12345 work orders (工单)
    "12345工单{~work_order}：市民{PERSON}来电反映{CN_ADDRESS}附近夜间施工扰民，回访电话{CN_MOBILE}。",
    "该工单已由{PERSON}签收，转{~org_surname}办理，{~date}前答复。",
    "承办人{PERSON}于{~date}电话回访，诉求人{PERSON}表示满意。",
    "工单{~work_order}，诉求人：{PERSON}，地址：{CN_ADDRESS}，诉求内容：小区电梯故障。",
    # petitions (信访)
    "信访人{PERSON}（身份证号{CN_RESIDENT_ID}）反映其父{PERSON}的征地补偿款{FINANCIAL_INFO}未到位。",
    "来访人：{PERSON}，同行人员：{PERSON}，接待人：{PERSON}，来访时间{~datetime}。",
    "{PERSON}等三人到{~org_surname}上访，现场由{PERSON}接待并登记。",
    # home visits (走访)
    "{~date}，{PERSON}、{PERSON}走访困难户{PERSON}，了解其{HEALTH_INFO}术后恢复情况。",
    "民政专干{PERSON}走访时发现，{PERSON}独居于{CN_ADDRESS}，患有{HEALTH_INFO}，已联系家属{PERSON}（{CN_MOBILE}）。",
    "楼道长{PERSON}反映，{CN_ADDRESS}住户长期未见出门，请网格员核实。",
    # meeting minutes (会议纪要)
    "会议纪要{~minutes_no}：出席{PERSON}、{PERSON}、{PERSON}；列席{PERSON}；记录{PERSON}。地点{~room}。",
    "会议由{PERSON}主持，{PERSON}汇报了{~doc_no}的落实情况，{PERSON}作总结讲话。",
    "{~org_surname}、{~place_name}管理部门负责同志参加会议，会议听取了{~count}的安置情况汇报。",
    # medical insurance / minimum living (医保 / 低保)
    "参保人{PERSON}，社保号{CN_SOCIAL_SECURITY}，{~date}在{~hospital}因{HEALTH_INFO}住院，统筹支付{~amount}。",
    "低保户{PERSON}，家庭人口3人，主要致贫原因：{HEALTH_INFO}，月救助金{FINANCIAL_INFO}。",
    "{PERSON}因患{HEALTH_INFO}丧失劳动能力，经{~org_surname}评议纳入低保，保障金打入{BANK_CARD}。",
    "医疗救助对象{PERSON}，罹患{HEALTH_INFO}，本年度自付费用{FINANCIAL_INFO}，申请二次救助。",
    "因{HEALTH_INFO}返贫风险户：{PERSON}，所在村：{CN_ADDRESS_TOWN}。",
    # tables pasted as text
    "{PERSON},男,{DATE_OF_BIRTH:iso},{CN_MOBILE},{CN_ADDRESS}",
    "| {PERSON} | 女 | {DATE_OF_BIRTH:slash} | {CN_RESIDENT_ID} | {~amount} |",
    "{PERSON}\t{CN_RESIDENT_ID}\t{CN_MOBILE}\t{~amount}",
    "序号3  {PERSON}  {CN_LICENSE_PLATE}  {~date}  {~speed}",
    # traces (trips, possibly outside Zhejiang)
    "返湖人员{PERSON}自述{~date}从{TRACE_PLACE}出发，途经{TRACE_PLACE}，当晚抵湖。",
    "轨迹核查：{~datetime}，手机信令定位{LOCATION_TRACE}，持续{~seconds}。",
    "{PERSON}近14天到过{TRACE_PLACE}，未到过中高风险地区。",
    "车主{PERSON}驾驶{CN_LICENSE_PLATE}于{~datetime}驶出{~place_name}收费站。",
    # enterprises, certificates, passports
    "不动产权证号{~cert_no}，权利人{PERSON}，共有人{PERSON}，坐落{CN_ADDRESS}。",
    "企业名称：{~org}，统一社会信用代码{CN_USCC}，经办人{PERSON}，邮箱{EMAIL_ADDRESS}。",
    "出境人员{PERSON}，护照{CN_PASSPORT}，往来港澳通行证{CN_HK_MACAO_PERMIT}。",
    # Traditional script
    "值班人員：{PERSON_T}，聯絡電話{CN_MOBILE}，值班地點{~room}。",
    "來訪人{PERSON_T}反映其住所{CN_ADDRESS_T}漏水，工單{~work_order}。",
    "救助對象{PERSON_T}，因{HEALTH_INFO}住院，身份證{CN_RESIDENT_ID}。",
    "軌跡：{~date}途經{TRACE_PLACE_T}，其後返回。",
    # prose with hard negatives only
    "根据{~doc_no}，{~org_surname}会同{~place_name}管委会开展专项检查，罚款{~amount}，邮编{~postcode}。",
    "工单{~work_order}已办结，发票代码{~invoice_code}，发票号码{~invoice_no}，订单号{~order_no}。",
    "{~place_name}片区{~date}起实施交通管制，详见{~doc_no}，咨询{~hotline}。",
    "不动产权证号{~cert_no}已注销，交易参考号{~luhn_order}，批号{~uscc_like}。",
]
