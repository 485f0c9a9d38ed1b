"""Second held-out family (measuring only; written before the rules it measures were changed):
social assistance, schools, property management, epidemiological and patrol traces, payroll
and refunds, notarial and tax records, meeting minutes, registers as tables — with the hard
cases a first evaluation showed as weak *kinds*: names after titles and roles, names in lists
and tables, compound surnames, addresses without a province, birth dates written ``…生`` /
``生于…``, location traces (coordinates in several formats, places after 途经/停留), bank
cards under other labels, and Luhn- or MOD 31-valid numbers that are order or batch numbers.
Value pools: family ``heldout2`` in bench/classify_values.py."""

TEMPLATES = [
    # social assistance / civil affairs
    "救助对象{PERSON}，{DATE_OF_BIRTH:zh}生，身份证{CN_RESIDENT_ID}，户籍地{CN_ADDRESS_TOWN}，因{HEALTH_INFO}致贫。",
    "经社区主任{PERSON}入户核实，{PERSON}一家三口现居{CN_ADDRESS}，月人均收入{FINANCIAL_INFO}。",
    "低保金发放账户：{BANK_CARD}（户名{PERSON}），发放标准{~amount}，依据{~doc_no}。",
    "本人{PERSON}，生于{DATE_OF_BIRTH:iso}，承诺所填信息真实，联系电话{CN_MOBILE}。",
    # schools
    "学生{PERSON}，出生日期：{DATE_OF_BIRTH:dot}，监护人{PERSON}（{CN_MOBILE_SP}），家庭住址：{CN_ADDRESS}。",
    "班主任{PERSON}老师通知：{~date}召开家长会，地点在学校报告厅。",
    # property / housing
    "业主{PERSON}，房号{CN_ADDRESS}，物业费已缴至{~date}，欠费{~amount}。",
    "{CN_ADDRESS}住户{PERSON}反映楼上漏水，物业工单{~order_no}。",
    # traces
    "流调信息：{PERSON}于{~date}途经{TRACE_PLACE}，在{TRACE_PLACE}停留约{~seconds}。",
    "巡查轨迹点：{LOCATION_TRACE}，记录时间{~datetime}，巡查员{PERSON}。",
    "定位记录显示，该车{~datetime}位于{LOCATION_TRACE}，车速{~speed}。",
    "行程轨迹：{~date}到访{TRACE_PLACE}，随后返回住处。",
    # payroll / refunds / bank
    "代发工资：{PERSON}，卡号{BANK_CARD_SP}，实发{~amount}。",
    "退款将原路退回尾号{~last4}的银行卡，交易参考号{~luhn_order}，请注意查收。",
    "收款人户名：{PERSON}，收款人账户：{BANK_CARD}，汇款用途：工程款。",
    "运单号{~luhn_order}的包裹已签收，签收人{PERSON}。",
    "批次号{~uscc_like}的货物已入库，质检员{PERSON}。",
    # tax / notary / enterprises
    "纳税人识别号：{CN_USCC}，纳税人名称：{~org}，办税人{PERSON}，电话{CN_LANDLINE}。",
    "数电发票号码{~einvoice}，开票日期{~date}，价税合计{~amount}。",
    "公证申请人{PERSON}，护照号码{CN_PASSPORT}，委托代理人{PERSON}。",
    "往来港澳通行证{CN_HK_MACAO_PERMIT}已于{~date}签发，持证人{PERSON}。",
    # meetings, lists and tables
    "参加会议的有：{PERSON}、{PERSON}、{PERSON}、{PERSON}。",
    "值班安排：周一{PERSON}，周二{PERSON}，周三{PERSON}。",
    "{PERSON}｜{CN_MOBILE}｜{CN_ADDRESS}｜{~date}",
    "序号 姓名 手机 车牌：3 {PERSON} {CN_MOBILE_DASH} {CN_LICENSE_PLATE}",
    "网格员{PERSON}与村委委员{PERSON}一同走访了独居老人{PERSON}。",
    "{PERSON}今年七十二岁，系{CN_ADDRESS}村民，邮箱{EMAIL_ADDRESS}。",
    # logs
    "{~datetime} login ok user={EMAIL_ADDRESS} ip={IP_ADDRESS} app={~version}",
    "异常登录告警：账号{PERSON}于{~datetime}从{IP_ADDRESS}登录，已锁定。",
    # Traditional script
    "個案編號{~case_ref}，當事人{PERSON_T}，{DATE_OF_BIRTH:zh}出生，居住於{CN_ADDRESS_T}，手機{CN_MOBILE}。",
    "申請人{PERSON_T}的薪資帳戶{BANK_CARD}，開戶銀行為農業銀行。",
    "統一社會信用代碼：{CN_USCC}，法定代表人：{PERSON_T}，聯絡電話{CN_LANDLINE}。",
    "行蹤軌跡：{~date}途經{TRACE_PLACE_T}，停留兩小時。",
    "家長{PERSON_T}，電子郵件{EMAIL_ADDRESS}，車牌號碼{CN_LICENSE_PLATE}。",
    # prose with hard negatives only
    "根据{~doc_no}，{~date}起邮政编码{~postcode}区域内开展专项整治，罚没{~amount}。",
    "订单号{~luhn_order}，发票代码{~invoice_code}，发票号码{~invoice_no}，金额{~amount}。",
    "生产批号{~uscc_like}，有效期至{~date}，检验合格率{~percent}。",
    "（{~court_case}）一案中，档案号{~bad_id}，流水号{~bad_card}均已归档。",
    "全市新增就业{~count}，城镇居民人均可支配收入增长{~percent}，详见{~doc_no}。",
]
