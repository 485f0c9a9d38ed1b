"""One table per recognizer: valid, invalid check digit look-alike, glued to Chinese text,
full-width, and context words in Simplified and Traditional script.

Each case is (text, expected): ``expected`` is the exact text of the one finding of the
recognizer's type, or ``None`` when that type must not be found at all.
"""

from __future__ import annotations

import pytest

from classify.detect import Scanner

ID = "11010519491231002X"  # GB 11643-1999's own example
ID_BAD = "110105194912310021"  # same digits, wrong check character
CARD = "6225880669074396"  # Luhn-valid UnionPay number
USCC = "91110000600037341L"  # GB 32100-2015's own example
ID_LUHN = "330502198503120251"  # a valid resident ID that also passes Luhn

CASES: dict[str, list[tuple[str, str | None]]] = {
    "CN_RESIDENT_ID": [
        ("当事人：叶琪霞，女，身份证号330 523 1953 0924 4208，住", "330 523 1953 0924 4208"),  # 3-3-4-4-4
        ("编号330 523 1953 0924 4209", None),  # the same grouping, wrong check character
        ("参保人王建国，身份证号330502198503120251，缴费基数3850元", "330502198503120251"),
        (f"公民身份号码：{ID}", ID),
        (f"身份证号{ID}的申请人", ID),  # glued on both sides
        (f"身份证号{ID_BAD}的申请人", None),  # wrong check character
        ("身份证号１１０１０５１９４９１２３１００２Ｘ。", "１１０１０５１９４９１２３１００２Ｘ"),  # full-width
        (f"身份證號碼：{ID}", ID),  # Traditional
        ("证件号 110105 19491231 002X", "110105 19491231 002X"),  # grouped 6-8-4
        ("身份证 1101 0519 4912 3100 2X。", "1101 0519 4912 3100 2X"),  # every four characters
        ("身份证 1101-0519-4912-3100-21", None),  # the same grouping, wrong check character
        (f"身份证号{ID.lower()}", ID.lower()),  # lowercase x
        ("身份证号330502850101123（旧证）", "330502850101123"),  # legacy 15 digits with context
        ("查阅内容：富美珍（341221520205878）的知青档案", "341221520205878"),  # a county's code (临泉县): no label needed
        ("查阅内容：富美珍（349921520205878）的知青档案", None),  # 3499 is no county's code
        ("订单号341221520205878", None),  # an order word outweighs the county's code
        ("编号330502850101123", None),  # 15 digits without context
        ("身份证号990502198501011231", None),  # no such province
        ("身份证号330502198513011234", None),  # month 13
        ("参保登记：谭德明，ID No.: 110105200301132373，社保号G85314775", "110105200301132373"),  # the ID's label is nearer
    ],
    "CN_MOBILE": [
        ("收货人湖州市吴兴区丽水湾小区3幢2单元160113362703815", "13362703815"),  # glued to the room's number
        ("丽水湾小区3幢2单元50113362703815", "13362703815"),
        ("丽水湾小区3幢2单元1601133627038156", None),  # twelve digits after the room: no one split
        ("外卖订单：曹一诺 +86 18210289725 日喀则市", "+86 18210289725"),  # a heading's order word, a name between
        ("订单号：13587246901", None),  # the order word labels the number
        ("快递到了，王某 159-9786-0137 放门口了", "159-9786-0137"),  # a courier's note: 快递 is no order word
        ("手机15412345678", "15412345678"),  # a segment not allocated to mobiles (standards.md: 1[3-9] + 9 digits)
        ("客户资料：唐玉珍  15412345678", "15412345678"),  # … is taken without a telephone word too
        ("编号15412345678", None),  # … but a negative word outweighs it
        ("订单HZ 17912345678", None),
        ("手机138.1234.5678", "138.1234.5678"),  # groups with dots
        ("电话8613812345678", "8613812345678"),  # 86 glued without its +
        ("编号8613812345678", None),
        ("聯絡電話9163 2587。", "9163 2587"),  # Hong Kong or Macao, without the code, after a telephone word
        ("会议于9163 2587举行", None),  # … and only there
        # Hong Kong, Macao and Taiwan mobiles with their country code, Taiwan's grouped
        ("香港電話：+852 9123 4567", "+852 9123 4567"),
        ("手提電話 (852) 6123-4567", "(852) 6123-4567"),
        ("澳門手機 +853 6612 3456", "+853 6612 3456"),
        ("台灣手機 0912-345-678", "0912-345-678"),
        ("台灣手機 +886 912 345 678", "+886 912 345 678"),
        ("香港辦公室 +852 2345 6789", None),  # 2 first: a fixed line
        ("批次0912345678完成", None),  # ten digits alone, no context
        ("澳門手機 +853 7612 3456", None),  # Macao's mobiles start with 6
        ("台灣手機 0912345678", "0912345678"),  # ten digits alone, with context
        ("联系电话13857201234", "13857201234"),
        ("请拨打13857201234联系", "13857201234"),
        ("手机：+86 138-5720-1234", "+86 138-5720-1234"),
        ("手机+8613857201234", "+8613857201234"),
        ("手机 138 5720 1234。", "138 5720 1234"),
        ("電話：１３８５７２０１２３４", "１３８５７２０１２３４"),  # Traditional, full-width
        ("手機號碼13857201234", "13857201234"),
        ("号码12857201234", None),  # no 12x segment
        ("电话13800000000", None),  # placeholder
        ("订单号13857201234已发货", None),  # negative context
        ("编号138572012345", None),  # 12 digits
        ("全年累计13587246901元", None),  # an amount
        ("手机13857201234元旦后再联系", "13857201234"),  # 元旦 is a holiday, not a unit
    ],
    "CN_LANDLINE": [
        ("全省移动电话用户87316542户，", None),  # a count of households
        ("办公电话：0572 - 2345678", "0572 - 2345678"),  # a dash set off by blanks
        ("office tel 0572-2345678 x8012", "0572-2345678 x8012"),  # x glued to the extension
        ("辦公電話：0572-2345678 內線8012", "0572-2345678 內線8012"),
        ("规格 0572-2345678 x 2", "0572-2345678"),  # x apart from its digits is no extension
        ("电话：0572-2345678转分机8012", "0572-2345678转分机8012"),
        ("电话：0572-2345678-分机8012", "0572-2345678-分机8012"),
        ("电话：0572-2345678 分机号 8012", "0572-2345678 分机号 8012"),
        ("Tel: 0572-2345678 EXT 8012", "0572-2345678 EXT 8012"),
        ("tel:+86-572-2345678;ext=8012", "+86-572-2345678;ext=8012"),  # RFC 3966
        ("值班员：虞伟，（0571）67850627（分机5921）", "（0571）67850627（分机5921）"),  # in brackets, with them
        ("咨询电话02169019153（分机800）", "02169019153（分机800）"),
        ("辦公電話 0512-63054070（分機645）", "0512-63054070（分機645）"),
        ("电话0572-2345678户主张三", "0572-2345678"),  # 户主 labels the next field
        ("咨询电话0572.5811938。", "0572.5811938"),  # a dot between area code and number
        ("咨询电话：86-572-5011241，监督电话：12345", "86-572-5011241"),  # 86- without its +
        ("联系法官助理：86-571-86762595 ext. 535。", "86-571-86762595 ext. 535"),
        ("金额0.5811938元", None),
        ("联系人：金艳　134-9811-1317　0572-7330775", "0572-7330775"),  # after a mobile grouped 3-4-4
        ("经办：湖州公交集团客服中心（05729061513）", "05729061513"),  # a Zhejiang code, ungrouped
        ("请重新采集不通过账号。经办人：方霞 0572-6188633", "0572-6188633"),  # 账号 is another field's word
        ("户号：0572-6188633", None),
        ("銀行帳號校驗不通過：6230 5802 0729 2566 944", None),  # the middle of a card's groups
        ("已到驿站，咨询07938273610。", "07938273610"),  # an area code outside Zhejiang after 咨询
        ("市話05633950274，電子信箱另附", "05633950274"),
        ("分机：0512 5827 853；手机另附", "0512 5827 853"),  # the local number in 4-3
        ("家里座机0572 6548 402 ext. 26，住浙江省", "0572 6548 402 ext. 26"),
        ("采样人数35906338条，咨询热线另附", None),  # a count
        ("电话057543059784转6214 | 邮箱", "057543059784转6214"),  # an extension after an ungrouped number
        ("取件码20259848-05，咨询96345。", None),  # a pickup code, not a local number
        ("王某收 05752527980", "05752527980"),  # ungrouped with a Zhejiang area code
        ("请尽快联系物业089853588625", "089853588625"),  # 联系 before it
        ("表号3404490，联系电话", None),  # a meter's number
        ("电话：87654321", "87654321"),  # a local number alone after a telephone word
        ("电话回访20231105", None),  # eight digits shaped like a date
        ("热线电话接听量23456789次", None),  # a count
        ("电话 0571-87654321 分机 8012", "0571-87654321 分机 8012"),  # the extension set off by blanks
        ("电话：0571/87654321", "0571/87654321"),
        ("電話：2742 6631", "2742 6631"),  # a local number in two groups after a telephone word
        ("编号：2024 0612", None),
        ("共计2345 6789元", None),
        ("香港辦公室電話 +852 2345 6789", "+852 2345 6789"),
        ("市話 (02)2345-6789", "(02)2345-6789"),
        ("電話 +886 2 2345 6789", "+886 2 2345 6789"),
        ("澳門電話 (+853) 2812 3456", "(+853) 2812 3456"),
        ("办公电话0572-2345678", "0572-2345678"),
        ("电话(0572)2345678", "(0572)2345678"),
        ("电话0571-88123456转123", "0571-88123456转123"),
        ("北京010-62345678", "010-62345678"),
        ("電話：0572 2345678", "0572 2345678"),
        ("电话05722345678", "05722345678"),  # no separator: needs context
        ("编码05722345678", None),
        ("010-1234567", None),  # 010 takes 8 digits
        ("0572-1234567", None),  # local numbers do not start with 1
        ("电话0571-8812 3456", "0571-8812 3456"),  # local number in two groups
        ("（021）6234-5678转8", "（021）6234-5678转8"),  # full-width brackets, grouped, extension
        ("Tel: +86 571 8812 3456", "+86 571 8812 3456"),  # E.164, no trunk 0
        ("聯繫電話：0086-10-62345678", "0086-10-62345678"),
        ("+86 10 1234 5678", None),  # local numbers do not start with 1
        ("+86 138 5720 1234", None),  # a mobile, not a landline
        ("電話0571-88123456分機321", "0571-88123456分機321"),
        ("接待0571-88123456人次", None),  # a count
        ("电话(+86)571-88123456。", "(+86)571-88123456"),
        ("電話+86(571)88123456，", "+86(571)88123456"),
        ("电话：0571—88123456", "0571—88123456"),  # the dash of Chinese typesetting
        ("2016—2020年", None),
    ],
    "CN_USCC": [
        ("施工单位某某农家乐（92310104MA93QPTB09），负责人另附", "92310104MA93QPTB09"),  # 工单 inside 施工单位
        ("統一社會信用代碼913305236711283200，經辦人", "913305236711283200"),  # digits that pass an ID's check, born 2367
        ("中通快递织里网点（91110000600037341L）", "91110000600037341L"),  # a courier firm's own code
        ("信用代码 9133 0100 MA2B 3C4D 5X", None),  # grouped in fours, wrong check character
        ("统一社会信用代码：91110000-600037341-L", "91110000-600037341-L"),  # grouped by its parts
        ("信用代码 9111 0000 6000 3734 1L", "9111 0000 6000 3734 1L"),  # in fours
        ("社会信用代码:91110000600037341l", "91110000600037341l"),  # lower case
        (f"统一社会信用代码{USCC}，", USCC),
        (f"信用代码：{USCC}", USCC),
        ("統一社會信用代碼９１１１００００６０００３７３４１Ｌ", "９１１１００００６０００３７３４１Ｌ"),
        ("统一社会信用代码91110000600037341M", None),  # wrong check character
        ("代码01110000600037341L", None),  # no registering authority 0
        # MOD 31 right, the organisation part's GB 11714 check not (an individual business's code):
        # with a credit-code word only
        ("个体工商户统一社会信用代码：92330500MA2B3C4D9L", "92330500MA2B3C4D9L"),
        ("税号 92330500MA2B3C4D9L", "92330500MA2B3C4D9L"),
        ("记录 92330500MA2B3C4D9L 已归档", None),
        ("记录 91330500MA2B3C4D1Y 已归档", "91330500MA2B3C4D1Y"),  # both checks: no word needed
        ("参保单位：南太湖环保商行（91330522P3429722R6）", "91330522P3429722R6"),  # MOD 31 only, after a firm's name
        ("1. 苕溪物业有限公司　代码：92330503Q2775748FY　核验结果：有效", "92330503Q2775748FY"),
        (f"档案编号{ID_BAD}", None),  # a resident-ID look-alike is not taken for a credit code
        ("档案编号330302194911213781", None),
        ("编码93260181BJ1XG612DD", None),  # MOD 31 passes, the embedded organisation code does not
        (f"产品批号{USCC}已抽检", None),  # a batch number by context, though both checks pass
        (f"订单已取消，统一社会信用代码{USCC}", USCC),  # the nearer word labels the code
    ],
    "BANK_CARD": [
        ("通过示例：唐凤 621098 2161838763614", "621098 2161838763614"),  # UnionPay's BIN apart
        ("第11875行 黃錦平 522101194907099537 —— 校驗位錯誤", None),  # an ID's shape, wrong check: no card
        ("卡号5240472511255392195", "5240472511255392195"),  # a domestic debit card in a 5x range
        ("1 莫嘉诚 1928-11-26 5187 1043 2609 5522 96", "5187 1043 2609 5522"),  # 96: the next column (周岁)
        ("收款账户：6227 0083 5905 2977 87", "6227 0083 5905 2977 87"),  # eighteen digits, no ID (born 8359)
        ("銀行卡號6222 0253 0408 0282 767未通過Luhn校驗", None),  # 4-4-4-4-3 failing Luhn: no prefix taken
        ("a/c:622588606034929484 holder:王宇轩", "622588606034929484"),  # an account's number, not a credit code
        (f"银行卡号{CARD}，", CARD),
        ("卡号6225 8806 6907 4396", "6225 8806 6907 4396"),
        (f"銀行卡號{CARD}", CARD),
        ("卡号６２２５８８０６６９０７４３９６", "６２２５８８０６６９０７４３９６"),
        ("卡号6225880669074397", None),  # Luhn fails
        (f"订单号{CARD}已支付", None),  # negative context
        (f"身份证号{ID_LUHN}", None),  # a valid resident ID is not a card even if Luhn passes
        ("医保卡号33052119870312341", None),  # Luhn passes, but 33 is no card network and 医保卡 no bank card
        (f"就诊卡{CARD}", None),
        (f"交易参考号{CARD}，请保管", None),
        (f"订单已取消，退款至银行卡{CARD}。", CARD),  # the nearer word labels the number
        (f"請把補貼打到我的工資卡{CARD}上", CARD),  # Traditional, glued
        (f"薪資帳戶{CARD}，開戶人", CARD),
        ("卡号622588 0669074396", "622588 0669074396"),  # the BIN apart, with a card word
        ("卡號６２２５８８　０６６９０７４３９６", "６２２５８８　０６６９０７４３９６"),  # Traditional, full-width
        ("会议室 622588 0669074396", "622588 0669074396"),  # UnionPay's BIN apart needs no card word …
        ("订单号 622588 0669074396", None),  # … an order word still outweighs it
        ("会议室 4563 51 6938684426", None),  # grouped otherwise (Luhn passes) and no card word
        ("卡号622588 0669074397", None),  # Luhn fails
        ("银行卡号：621700 19093786576。", "621700 19093786576"),  # 17 digits: the tail is no mobile number
    ],
    "EMAIL_ADDRESS": [
        ("邮箱zhangsan@huzhou.gov.cn联系", "zhangsan@huzhou.gov.cn"),
        ("電子郵件：li.si@qq.com。", "li.si@qq.com"),
        ("邮箱ｚｈａｎｇ＠１６３．ｃｏｍ", "ｚｈａｎｇ＠１６３．ｃｏｍ"),
        ("邮箱zhang..san@163.com", None),
        ("邮箱zhangsan@163", None),
        ("邮箱li@湖州数据.中国联系", "li@湖州数据.中国"),  # internationalized domain
        ("郵箱wang@政務.中國", "wang@政務.中國"),
        ("邮箱li@湖州数据.联系", None),
    ],
    "IP_ADDRESS": [
        ("src=223.93.5.66 client=8.3.26.154", "223.93.5.66"),  # client= names a client's version here
        ("Component version: 2.19.31, agent 6.0.27.119", None),
        ("# HIS 敏感操作审计日志 (system 4.1.5.160)", None),  # four small numbers: a version
        ("疑似植入挖矿程序xmrig（11.7.7.207）", None),
        ("来源IP 4.1.5.160", "4.1.5.160"),  # … unless an address word says otherwise
        ("Employee record export (hr_sys 3.27.93.162)", None),  # starts 1-12 (not 10): a version …
        ("CentOS 7.9　6.9.89.65　责任人", None),
        ("防火墙拦截 src=3.27.93.162 dport=22", "3.27.93.162"),  # … unless an address word says otherwise
        ("来源地址：12.29.35.176", "12.29.35.176"),
        ("内网主机 10.7.9.104 异常", "10.7.9.104"),  # 10.x: internal addresses are common
        ("发现高危漏洞：Apache Tomcat 8.5.19.243 文件包含", None),  # a product's version
        ("OpenSSH 7.4.1.2 远程代码执行", None),
        ("mysql 10.1.2.3 连接超时", "10.1.2.3"),  # a database's name also names its host
        ("系统4.8.25.70上线后", None),
        ("callback?ip=192.243.116.135&v=2.12.4.35", "192.243.116.135"),  # v= is the version
        ("client ver 6.2.1.10", None),  # a version
        ("User-Agent: GovClient/2.3.1.4", None),  # a product's version after its name and a slash
        ("connect to server: 10.1.2.3", "10.1.2.3"),  # ver inside server is no version word
        ("来源IP192.168.1.10登录", "192.168.1.10"),
        ("客戶端地址：10.0.0.1", "10.0.0.1"),
        ("访问地址2001:db8::1", "2001:db8::1"),
        ("来源１９２．１６８．１．１０", "１９２．１６８．１．１０"),
        ("地址256.1.1.1", None),
        ("系统版本2.1.0.3", None),
        ("客户端升级到4.2.10.3后正常", None),
        ("安装4.2.10.3版", None),
        ("来源IP 4.2.10.3", "4.2.10.3"),
        ("最近登录IP：240e:b4c:97d0:72d8:d4a5:6851:4920:ace0，问题", "240e:b4c:97d0:72d8:d4a5:6851:4920:ace0"),  # after a colon
        ("IP：2409:8a28:95e4::d4a2，问题", "2409:8a28:95e4::d4a2"),
        ("系統日誌 登錄IP 10.151.16.119 版本R2023.04", "10.151.16.119"),  # 版本 labels the next field
        ("Device registered, firmware 7.10.6.147, mgmt ip 223.204.103.115", "223.204.103.115"),  # firmware and a blank
        ("client_ip=60.47.1.192 fw=6.15.5.10", "60.47.1.192"),  # fw= names a firmware version
    ],
    "CN_PASSPORT": [
        ("证书号：G12345678，证件类型：身份证", None),  # a certificate's number, not a passport's
        ("许可证号 E12345678 证件齐全", None),
        ("优待证号：E12345678，证件齐全", None),  # a certificate a person holds, not a travel document
        ('护照号码 J330522-2016-006941', None),  # the head of a longer dashed code (a marriage certificate's)
        ("申请人证件：护照，证件号码E12345678", "E12345678"),
        ("出境旅游团队名单（团号：HZ20236736　2024年10月1日出发）", None),  # the tour's own number
        ("宋峰 | G52932571 | 18352902647", "G52932571"),  # a row without a header: the name's next cell
        ('{"name":"张福","doc":"E17299222","mobile":"18825451693"}', "E17299222"),  # an export's doc key
        ("批次 | G12345678 |", None),
        ("变更后股东：汪佳怡（330502196212067121），持股70%；王鑫浩（E50535442），持股40%", "E50535442"),  # a name, then its number
        ("型号：华为（E50535442）", None),  # 型号 says what it is
        ("批次G12345678", None),
        ("xm=金爱华;hzhm=E41887517;lxdh=19529485963", "E41887517"),  # a pinyin key
        ("民宿登記 蔡詠詩 證件EZ9299020 房號306", "EZ9299020"),  # a register's 证件: the shape says passport
        ("证件编号E12345678", None),  # 编号 is nearer
        ("護照號碼：K12345678", "K12345678"),  # Hong Kong SAR passport
        ("護照：MA0123456", "MA0123456"),  # Macao SAR passport
        ("持外国护照（号码AB123456）入境。", "AB123456"),  # a foreign resident's, after 护照
        ("订单号AB123456", None),
        ("护照号码E12345678", "E12345678"),
        ("持护照EA1234567出境", "EA1234567"),
        ("護照號碼：G12345678", "G12345678"),
        ("编号E12345678", None),  # no context
        ("订单号E12345678", None),
        ("护照号E1234567", None),  # 7 digits
        ("公务护照SE1234567", "SE1234567"),
        ("外交護照號碼DE1234567", "DE1234567"),
        ("型号SE1234567", None),  # no context
    ],
    "CN_HK_MACAO_PERMIT": [
        ("郁新振 | CK5792419 | 18007700830 | 车牌 浙E84984", "CK5792419"),
        ("鄭昕 | ＣＥ１４８３２８１ | 13465646586", "ＣＥ１４８３２８１"),
        ('{"name":"胡东海","doc":"C79062008"}', "C79062008"),
        ("批次 | C12345678 |", None),
        ("旅行团名单：徐丹 CQ1048214；", "CQ1048214"),  # a tour group's list
        ("xm=金爱华;txz=C93037109;lxdh=19529485963", "C93037109"),  # a pinyin key
        ("港澳通行证C12345678", "C12345678"),
        ("往來港澳通行證號碼：CA1234567", "CA1234567"),
        ("编号C12345678", None),
        ("港澳居民来往内地通行证H12345678", "H12345678"),  # 回乡证: H/M + 8 digits
        ("回鄉證號碼M1234567801", "M1234567801"),  # + 2 digits of issue count
        ("编号H12345678", None),
        ("持往来港澳通行证（有效期至2030年5月1日）C12345678出境", "C12345678"),  # the context before a parenthesis
        ("出入境证件号码C12345678", "C12345678"),
    ],
    "CN_LICENSE_PLATE": [
        ("登记证编号：梯11浙E12163(17)", None),  # inside a special-equipment register's code
        ("车牌浙E3K762的车辆", "浙E3K762"),
        ("车牌号浙E·12345", "浙E·12345"),
        ("新能源车浙ED12345", "浙ED12345"),
        ("車牌號浙Ｅ１２３４５", "浙Ｅ１２３４５"),
        ("浙A级景区", None),
        ("车牌浙E-3K762违停", "浙E-3K762"),  # a dash after the city letter
        ("粤Z·1A23港入境", "粤Z·1A23港"),  # cross-border Hong Kong plate
        ("车牌浙EIO123", None),  # I and O are not used
        ("机动车浙F·KYZCK车主", "浙F·KYZCK"),  # five letters, after a vehicle word
        ("名下车辆甘E EMUDZ。", "甘E EMUDZ"),
        ("代码浙EABCDE", None),  # five letters without a vehicle word
        ("车辆粤ZABCD港", None),  # no digit before 港
    ],
    "CN_SOCIAL_SECURITY": [
        ("<SocialSecurityNo>330502198709120011</SocialSecurityNo>", "330502198709120011"),  # an XML export
        ("社保卡號L87010402，身分證420106195603212198，", "L87010402"),  # 身分證 (Taiwan's word): the ID is no SSN
        ("社会保障号码：330522 19530415 9489", "330522 19530415 9489"),  # grouped as an ID card's number
        ('{"name":"王芳","social_security_no":"330502198709120011"}', "330502198709120011"),  # a long JSON key
        ('{"xm":"王芳","shbzh":"330502198709120011"}', "330502198709120011"),  # 社会保障号 in pinyin initials
        ("社保卡补办：社保卡号A84455439，邮寄地址另附", "A84455439"),  # the number on the card
        ("社保卡號F70730618，持卡人另附", "F70730618"),
        ("编号A84455439", None),  # a letter and eight digits, no social-security word
        ("个人社保编号：3382775854）自2019年12月起参保", "3382775854"),  # the agency's own number
        ("受伤职工：薛景行，社保个人编号K14624040，身份证号另附", "K14624040"),
        ("社保卡申领：社会保障卡号330500D122705，开户银行另附", "330500D122705"),  # a city's own card series
        ("市民卡绑定：仉荣华，市民卡号3305763570，身份证另附", "3305763570"),  # a citizen card
        ("社会保障卡号：33050062817275⏎", "33050062817275"),  # a province's own card series
        ("参保人数3382775854人", None),
        ("灵活就业社保补贴：许某，330502198503120251，补贴金额2343元", None),  # a subsidy's name, not the number's
        ("社保卡号：330502198503120251", "330502198503120251"),
        ("参保人王建国，身份证号330502198503120251，缴费基数3850元", None),  # the ID card's label is nearer
        (f"社会保障号码{ID}", ID),
        (f"社會保障號碼：{ID}", ID),
        (f"社保卡号{ID_BAD}", None),
        (f"公民身份号码{ID}", None),  # without social-security context it is an ID
    ],
    "CN_MEDICAL_RECORD": [
        ("病历号BL2024-531095。", "BL2024-531095"),  # a year and a serial
        ('{"patient":"钟娟","mrn":"ZY-2020-264230","dx":"肝硬化"}', "ZY-2020-264230"),
        ("住院號BL2021-262932，出院診斷另附", "BL2021-262932"),
        ("订单BL2024-531095", None),
        ("住院号ZY2023004518，", "ZY2023004518"),
        ("病歷號：ZY2023004518", "ZY2023004518"),
        ("编号ZY2023004518", None),
        ("档案号ZY2023004518", None),  # an archive number of any kind is not a medical record
        ("健康檔案號：ZY2023004518", "ZY2023004518"),
    ],
    "DATE_OF_BIRTH": [
        ("出生日期1985-03-12", "1985-03-12"),
        ("男，1985年3月12日出生", "1985年3月12日"),
        ("生於1985年3月12日", "1985年3月12日"),
        ("成立日期1985-03-12", None),
        ("出生日期1985-02-30", None),  # no such day
        ("印发日期2016年1月5日", None),
        ("八十一岁，1943年6月2日生，独居", "1943年6月2日"),  # 生 right after the date
        ("戴春燕（1979.10.05生）系低保户", "1979.10.05"),
        ("老人陆阿大生于1938年，子女在外地", "1938年"),  # a bare year after 生于
        ("吴家豪，1988年出生", "1988年"),
        ("鄧志遠，1965年3月12日生，住南潯區", "1965年3月12日"),  # Traditional
        ("自2024年1月1日起生效", None),
        ("2023年12月生猪存栏", None),
        ("2020年工作", None),  # a bare year without a birth word
        ("出生于1950年，2024年3月2日入院", "1950年"),  # a date after another one is not the birth date
        ("出生年月：1990.05，籍贯", "1990.05"),  # year and month
        ("版本2019.3发布", None),
        ("邓秋菊,女,1962-05-17,15957202231", "1962-05-17"),  # a row: name, sex, birth date
        ("| 罗金宝 | 男 | 1958/3/2 | 1200元 |", "1958/3/2"),
        ("申请人王芳，女，2024年3月2日提交申请", None),  # prose, the date does not fill a cell
    ],
    "HEALTH_INFO": [
        ("居家隔离告知：段凤，健康状况：系统性红斑狼疮，社区联系电话另附", "系统性红斑狼疮"),  # a form's health field
        ("死亡医学证明：死者姚勇，死亡原因双相情感障碍，死亡日期另附", "双相情感障碍"),
        ("诊断慢性肾功能衰竭（尿毒症期），主管医生另附", "慢性肾功能衰竭（尿毒症期）"),  # a remark in brackets
        ("伤者吕洁，75岁，伤情：左股骨颈骨折，企业另附", "左股骨颈骨折"),
        ("出院诊断：孤独症谱系障碍。", "孤独症谱系障碍"),
        ("走访困难户，了解其肺癌术后恢复情况。", "肺癌"),  # the condition, not its state after treatment
        ("体检结论：合格", None),
        # tenth round: serious conditions of medical-insurance and assistance files
        ("医疗救助对象吴某，罹患再生障碍性贫血，申请二次救助。", "再生障碍性贫血"),
        ("参保人林某因重症肌无力住院，统筹支付4万元。", "重症肌无力"),
        ("走访困难户何某，了解其系统性红斑狼疮术后恢复情况。", "系统性红斑狼疮"),
        ("全市开展贫血筛查宣传活动。", None),  # public-health prose
        # ninth round: disability grades, lost capacity and pregnancy say themselves they are about a person
        ("张某，肢体残疾二级，持残疾证。", "肢体残疾二级"),
        ("王某系视力残疾一级，享受两项补贴。", "视力残疾一级"),
        ("李某经评估为重度失能，入住养老院。", "重度失能"),
        ("孕妇陈某孕12周，产检正常。", "孕12周"),
        ("赵某因脑梗后遗症长期卧床。", "脑梗后遗症"),
        ("钱某有高血压病史，今日血压偏高。", "高血压"),
        ("吴某今年查出乳腺癌，正在化疗。", "乳腺癌"),
        ("残疾人两项补贴每月230元。", None),
        ("为视力残疾人提供免费导盲服务。", None),
        ("重度失能老人护理补贴标准提高。", None),
        ("开展精神残疾康复训练服务。", None),
        ("高血压防治宣传周活动启动，糖尿病筛查同步开展。", None),
        ("诊断为高血压", "高血压"),
        ("診斷：糖尿病", "糖尿病"),
        ("诊断编码I10", "I10"),
        ("高血压防治宣传周", None),
        ("患者诊断为系统性红斑狼疮，需长期服药", "系统性红斑狼疮"),  # not in the lexicon: by its form
        ("患者確診心房顫動。", "心房顫動"),  # Traditional
        ("他患病多年", None),
        ("患者因乙型肝炎就诊", "乙型肝炎"),  # the modifier before a lexicon term
        ("因慢性腎炎入院", "慢性腎炎"),  # Traditional; by form between 因 and 入院
        ("因工作原因离职", None),
        ("因肺癌致贫，户主王大海", "肺癌"),  # poverty caused by a condition (lexicon term, 致贫 as context)
        ("该户因慢性肾衰竭返贫", "慢性肾衰竭"),  # by form before 返贫
        ("主要致贫原因：尿毒症，", "尿毒症"),
        ("救助對象因腎衰竭致貧", "腎衰竭"),  # Traditional
        ("黄根娣因患类风湿性关节炎丧失劳动能力", "类风湿性关节炎"),  # 因患: the condition starts after 患
        ("因大病致贫户35户", None),  # a poverty category, not a condition
        ("因学致贫、因残致贫", None),
    ],
    "FINANCIAL_INFO": [
        ("家庭月收入¥2,865。", "¥2,865"),  # the currency sign with the amount
        ("陈某领取失业保险金每月1860元。", "1860元"),  # insurance benefits and one-off awards
        ("赵某获得工伤一次性伤残补助金96000元。", "96000元"),
        ("褚某欠银行信用卡透支款4.2万元。", "4.2万元"),
        ("全市共发放失业保险金3.2亿元。", None),
        ("伤残补助金标准为每级5000元。", None),
        ("月收入3500元", "3500元"),
        ("存款餘額12萬元", "12萬元"),
        ("罚款3500元", None),
        ("项目总投资5亿元", None),
        # relief, pensions and compensation a person receives are their income (fourth round)
        ("张秀英户每月领取低保金1260元，", "1260元"),
        ("给予其临时救助5000元", "5000元"),
        ("一次性赔偿段玉芳12.6万元。", "12.6万元"),
        ("拆迁补偿款86.4万元已到账", "86.4万元"),
        ("医保报销后个人自付1.6万元", "1.6万元"),
        ("給予臨時救助3000元", "3000元"),  # Traditional
        ("每年領取撫卹金2.3萬元", "2.3萬元"),
        # the same words in policy and budget text: a standard, a fund, a total for an area
        ("今年全市共发放城乡低保金3.2亿元", None),
        ("临时救助标准提高到每人每次3000元", None),
        ("下拨救助资金800万元，", None),
        ("補償標準為每畝4800元", None),
        ("应发工资合计8500元，实发工资7800元。", "7800元"),  # a total in an earlier clause does not count
        ("家庭人均月收入1200元", "1200元"),  # a household's income per head is the household's
        ("名下财产：房产3套", "3"),  # how many homes a person owns
        ("您的公积金贷款2022/05/19应还款", None),  # a date's year, not an amount
        ("您的公积金贷款2022年7月3日到期", None),
        ("查封其房产（浙（2025）湖州市不动产权第0084758号）", None),  # a year in brackets
        ("服务器资产登记\n1　172.26.242.69", None),  # a row's number at the start of a line
        ("成员数：156家　年经营收入：1007元", None),  # a business's revenue: the longer word wins
        ("月缴存额¥12,710，", "¥12,710"),  # what a person pays into their housing fund
        ("近三个月流入：68.6万元", "68.6万元"),  # what flows through their account
        ("被拖欠工资2个月，本人被欠74,665元", "74,665元"),  # a count of months is no amount
        ("月工资12,300，", "12,300"),  # grouped by thousands: one amount, not its tail
        ('{"ysr":4800}', "4800"),  # an export's key in pinyin initials (月收入)
    ],
    "LOCATION_TRACE": [
        # an itinerary after a trace word is one trace, whole
        ("活动轨迹：06:10离开莫干山景区游客中心，07:16离开苏州北站。密接者另附", "06:10离开莫干山景区游客中心，07:16离开苏州北站"),
        ("自述近7日行程轨迹为织里童装城→德清站→上海虹桥站→湖州站，核验人另附", "织里童装城→德清站→上海虹桥站→湖州站"),
        ("行蹤軌跡：10:45途經安吉站，13:28到達杭州東站。", "10:45途經安吉站，13:28到達杭州東站"),
        ("活动轨迹：(30.69318,120.35785)→(30.68788,119.94767)，现居家隔离", "(30.69318,120.35785)→(30.68788,119.94767)"),
        ("行程安排：湖州站→德清站", None),  # a plan, not a trace
        ("活动轨迹：长兴岛（06:00）→仁皇山公园（09:20）。", "长兴岛（06:00）→仁皇山公园（09:20）"),  # times after the stops
        ("公交卡实名：乘车记录：下渚湖湿地 -> 南浔站。", "下渚湖湿地 -> 南浔站"),
        ("route=07:00 龙之梦乐园，10:50 鲁家村 fee=34238.90元", "07:00 龙之梦乐园，10:50 鲁家村"),
        ("公交路线调整通知：1路公交车自5月起调整", None),
        ("行程轨迹：11月5日 12:10 吴兴区爱山街道—15:30 上海虹桥站\n调查人另附", "11月5日 12:10 吴兴区爱山街道—15:30 上海虹桥站"),
        ("行程轨迹120.0876,30.8921", "120.0876,30.8921"),
        ("軌跡點120.0876,30.8921", "120.0876,30.8921"),
        ("经度120.0876", None),
        ("定位坐标E119.8921,N30.8812，签到成功", "E119.8921,N30.8812"),
        ("打卡记录：东经120.1122°，北纬30.8831°，时间", "东经120.1122°，北纬30.8831°"),
        ("GPS位置：2024-03-01 08:12:33 纬度经度 30.87412, 120.09271。", "30.87412, 120.09271"),
        ("车辆定位(120.123456, 30.654321)", "(120.123456, 30.654321)"),
        ("项目坐标119.8821,30.1234", None),  # a site, not a person
        ("他于6月3日途经吴兴区八里店镇，", "吴兴区八里店镇"),  # a place on a route
        ("在长兴县泗安镇停留过夜", "长兴县泗安镇"),
        ("行蹤軌跡：途經安吉縣孝豐鎮。", "安吉縣孝豐鎮"),  # Traditional
        ("办公地点位于吴兴区八里店镇", None),  # an address, not a trace
        # places outside Huzhou: a prefecture from the national list, or a chain of divisions by suffix
        ("后到访南充市营山县朗池镇。", "南充市营山县朗池镇"),
        ("，途经宿州市灵璧县，", "宿州市灵璧县"),
        ("在宜兴市丁蜀镇停留。", "宜兴市丁蜀镇"),  # an unlisted county-level city, 在 … 停留
        ("该人员从山东省临沂市费县探沂镇出发，", "山东省临沂市费县探沂镇"),  # 从 … 出发
        ("途徑婺源縣江灣鎮。", "婺源縣江灣鎮"),  # Traditional, and the common misspelling 途径
        ("从长远看，在市场上停留", None),
        ("途经宜兴市丁蜀镇陶都路12号，", "宜兴市丁蜀镇陶都路12号"),  # a chain with its street: one place
        ("近14天到过长兴县，未到过中高风险地区。", "长兴县"),  # 地区 here is no division
        ("，途经嘉兴市桐乡市濮院镇光耀村2组17号，", "嘉兴市桐乡市濮院镇光耀村2组17号"),
        ("他从县城出发", None),
    ],
    "ORGANIZATION": [
        ("企业名称：湖州绿源农业开发有限公司，", "湖州绿源农业开发有限公司"),
    ],
    "PERSON": [
        ("审批文号吴政发〔2016〕108号。", None),  # an office's abbreviation before a document number's year
        ("决定书文号湖劳人仲案字〔2021〕第32号。", None),
        ("居住证申领登记\n申领人：汪雪，女", "汪雪"),  # a field label that starts with a surname
        ("个人账户储存额：¥184113.34", None),
        ("王芳：同意。", "王芳"),  # a speaker in minutes: a name before a colon is still a name
        ("王姐，你帮我报一下名哈", None),  # a surname and a kinship word: how one addresses her
        ("张科长：刚才那个当事人叫范红，明天去看一下", "范红"),  # a surname and a title
        # tenth round
        ("民政专干走访时发现，该户无人居住。", None),  # 时 after a verb is "when", not a surname
        ("节假日值守：（白班）", None),  # a day shift, not a name
        ("申请人王建国，男", "王建国"),
        ("申請人：陳曉明，電話", "陳曉明"),
        ("联系人欧阳娜娜，电话", "欧阳娜娜"),
        ("姓名张伟男，", "张伟"),
        ("患者刘洋因病入院", "刘洋"),
        ("王女士来电反映", None),  # honorific only
        ("经查，李某某于2023年", None),  # anonymized
        ("周末加班，金额为3000元", None),  # common words
        ("高中（中专）", None),
        ("施月英今年八十一岁", "施月英"),  # 月 inside a given name
        ("值班：周二 傅玉洁，周三", "傅玉洁"),  # 傅, a frequent surname
        ("據村長馮國華介紹", "馮國華"),  # Traditional, after a title
        ("会议在长兴县行政中心B座5楼召开", None),  # 楼 after a digit is a floor, not the surname
        ("据楼建国介绍，", "楼建国"),
        ("村民代表姜海林签字", "姜海林"),
        ("开户人簡家偉", "簡家偉"),
        ("信用代码91110000600037341L，经营者沈建华。", "沈建华"),
        ("今天缪振华来电", "缪振华"),  # after a time word
        ("今天上午天气晴朗，下午高温", None),
        ("申请人李浩然，男", "李浩然"),  # 然 as the second given-name character
        ("虽然天气不好", None),
        ("区委常委、副区长朱建华带队检查", "朱建华"),  # after a title
        ("家屬寧曉燕表示理解", "寧曉燕"),  # Traditional, after a role
        ("经调解，被申请人同意赔偿宋小芳2000元", "宋小芳"),  # after a verb, before a number
        ("段宇轩同学获得一等奖", "段宇轩"),  # before a title
        ("黄金、白银、铜等价格上涨", None),  # a word jieba tags as a name
        ("居民张贴了告示", None),
        # third round: rosters, log actors, unlisted role nouns, administrative verbs, tables
        ("值班安排：周一张国强，", "张国强"),  # a weekday before a name
        ("值班表：週二孫美珍。", "孫美珍"),  # Traditional
        ("周一高温，", None),  # a weekday before a word
        ("带班：严伯清。", "严伯清"),  # 带班 before a name
        ("值班期间高度警惕", None),
        ("账号陈立峰于2024-01-02 10:00:00登录", "陈立峰"),  # an account name in a log
        ("账户余额不足", None),
        ("巡河员程立新发现漂浮物", "程立新"),  # a role noun not in the lists, by its suffix
        ("乘务员文明服务", None),  # a word jieba tags as a name, frequent: a word
        ("技术员黄金周期间值班", None),
        ("工单由尹立军签收并核实。", "尹立军"),
        ("，叶春华汇报，", "叶春华"),  # before an administrative verb, one common character is enough
        ("来访人员长孙建国反映", "长孙建国"),  # compound surname
        ("2024-02-10\t冯建明\t13867201145", "冯建明"),  # a cell of a pasted table
        ("| 3 | 罗金宝 | 男 |", "罗金宝"),
        ("驾驶员安全驾驶", None),  # a common word after a label, not alone
        ("姓名：高峰，男", "高峰"),  # … alone it is the name
        ("金融办负责", None),
        ("3月8日邬建伟来电", "邬建伟"),  # right after a date
        ("系统管理员贺立群重置密码", "贺立群"),  # a role noun by suffix, before a log verb
        ("重置了温雪琴的密码", "温雪琴"),  # after 了
        ("完成了高标准建设，实现了高质量发展", None),
        # fourth round: narrative verbs before a name, what follows it in relief notes
        ("经审批，给予陶梓涵家庭临时救助", "陶梓涵"),
        ("給予魏建軍臨時救助3000元", "魏建軍"),
        ("社工给姚喜凤打了三次电话", "姚喜凤"),
        ("找到王建华时，他正在干活", "王建华"),
        ("据李春生回忆，当晚", "李春生"),
        ("感谢刘德明的帮助", "刘德明"),
        ("民宿老板汪德明反映", "汪德明"),
        ("找到了工作，感谢政府的帮助，多亏天气好。", None),
        # eighth round: Tibetan and Mongolian names without a cue; transliterated names the tagger cut short
        ("次仁卓玛来办理低保。", "次仁卓玛"),
        ("牧民巴特尔反映草场被占用。", "巴特尔"),
        ("达瓦次仁是村里的护林员。", "达瓦次仁"),
        ("联系人次仁卓玛，手机", "次仁卓玛"),  # the tagger reads 人次 across the label's end
        ("买买提·吐尔逊的儿子在湖州打工。", "买买提·吐尔逊"),
        ("经查，阿不都热合曼·艾买提无违法记录。", "阿不都热合曼·艾买提"),
        ("救助对象：帕提古丽·阿不来提", "帕提古丽·阿不来提"),
        ("阿依古丽·吐尔逊提出申请。", "阿依古丽·吐尔逊"),  # 提出 is a word: not taken
        ("游客在查干湖冬捕节拍照。", None),
        ("2024-05-01 10:00:01 INFO user=冯媛媛 login ok", "冯媛媛"),  # keys of English-mixed logs
        ('{"applicant": "卫青青", "status": "approved"}', "卫青青"),
        ("Operator: 蒋欣然", "蒋欣然"),
        ("拓跋宏毅提出了异议。", "拓跋宏毅"),  # compound surnames of northern origin
        ("受托人乜秀英签字。", "乜秀英"),
        ("这种现象司空见惯。", None),
        # ninth round: rare surnames that are no words; surnames that are words, where a form or the tagger says so
        ("蹇红梅在凯里市开小吃店。", "蹇红梅"),
        ("据綦国平介绍，情况属实。", "綦国平"),
        ("产权人：那淑贞；", "那淑贞"),  # after a label, to a boundary
        ("户主\t权永吉\t地址", "权永吉"),
        ("1\t满秀芝\t承德市双桥区", "满秀芝"),  # alone in a table cell
        ("居桂兰，女，1949年生。", "居桂兰"),  # before the sex
        ("计海峰签收了快递。", "计海峰"),  # the tagger's PER word
        ("死者蔺长顺生前住秦渠村。", "蔺长顺"),
        ("社区矫正对象车立国，每月报到。", "车立国"),
        ("持照人储晓婷，国内住址不详。", "储晓婷"),
        ("那是去年的事情，相关部门已处理。", None),
        ("种植面积\t富裕程度\t居住年限\t满意度", None),
        ("申请人户籍地：湖州市吴兴区。", None),
        ("户主\t相关人\t地址", None),
        ("联系人：计划科", None),
        ("联系人：乌云其木格，手机15047718329。", "乌云其木格"),  # a Mongolian name the tagger split, made of name parts
        ("社员其其格玛住鄂尔多斯市。", "其其格玛"),
        ("他去了乌兰。", None),  # one part of two characters is a word or a place
        ("扎西德勒！", None),
        ("被告人阿西木·阿不都拉，案发前住喀什市。", "阿西木·阿不都拉"),  # 拉 ends the name before a boundary
        ("艾力·买买提拉着行李箱。", "艾力·买买提"),  # … not before a word
        ("依明江·阿不来提目前在和田市卖烤包子。", "依明江·阿不来提"),  # the first part, before the dot, untagged
        ("他把书·报纸整理好了。", None),
        ("音乐正式开始了。", None),
    ],
    "CN_ADDRESS": [
        ("工作单位安吉县昌硕路小吃店，", None),  # a shop's name starting with its road
        ("購買方名稱：德清縣新市鎮老街茶館", None),
        ("户籍地：德清县新市镇老街", "德清县新市镇老街"),  # the same street after a cue
        ("安吉县杭垓镇太湖路115弄17号楼道堆放杂物", "安吉县杭垓镇太湖路115弄17号"),  # 楼道: a stairwell, no building
        ("住址：信阳市固始县往流镇国际城19号601室", "信阳市固始县往流镇国际城19号601室"),  # the tagger's run, then 室
        ("收件地址湖州市南浔区双林镇洪福路797号南浔名都12-1-902。", "湖州市南浔区双林镇洪福路797号南浔名都12-1-902"),  # 3-part after a name
        ("房屋坐落衢州市开化县芹阳办事处下淤村12组82号，成交价", "衢州市开化县芹阳办事处下淤村12组82号"),  # a 办事处 township
        ("湖州吕氏家庭农场：统一社会信用代码另附", None),  # a family farm is a business, not a state farm
        ("取件码2-3-3528。", None),
        ("XM:余雅婷 CSRQ:1948-03-30 HJDZ:上海市闵行区", "上海市闵行区"),  # a pinyin key as the cue
        ("男，户籍地上海市闵行区，现住另附", "上海市闵行区"),  # a cell's cue is no part of its place
        ("戶籍地址　湖州市長興縣龍山街道余村橋頭組", "湖州市長興縣龍山街道余村橋頭組"),  # a listed village's named group
        ("现住址长兴县和平镇经一路810号，手机另附", "长兴县和平镇经一路810号"),  # a numbered road
        ("物业报修工单：长兴县金色地中海11-2-2914业主来电", "长兴县金色地中海11-2-2914"),  # county, estate, 3 numbers
        ("材料请交到长兴县人力社保局2号楼305室，逾期不予受理。", None),  # an office's building
        ("地址电话湖州市南浔区适园路414号 0572 5586197，开户行", "湖州市南浔区适园路414号"),  # an invoice's field
        ("失信被执行人：薛某，住所地浙江省温州市苍南县钱库镇芦花荡村70号，案号", "浙江省温州市苍南县钱库镇芦花荡村70号"),
        ("分配房源东升村1社687号，请于月底前办理入住", "东升村1社687号"),  # a village's group written 社
        ("户主住沈家坝村第十村民小组，务农", "沈家坝村第十村民小组"),
        # tenth round: a case file's village or town; an estate with a one-character suffix before a unit
        ("因肺癌返贫风险户：卢某，所在村：湖州市长兴县和平镇。", "湖州市长兴县和平镇"),
        ("楼道长反映，段集镇碧桂园4幢2单元1603室住户长期未见出门。", "段集镇碧桂园4幢2单元1603室"),
        ("张三反映江南名邸3号楼1单元1201室漏水。", "江南名邸3号楼1单元1201室"),
        ("项目所在地：湖州市吴兴区。", None),  # 所在地 alone: a project's place
        # house numbers, rooms and groups as other cities write them
        ("住址：广州市越秀区东风中路318号之二1203房", "广州市越秀区东风中路318号之二1203房"),
        ("家住重庆市渝中区民族路附18号5-2", "重庆市渝中区民族路附18号5-2"),
        ("住址：哈尔滨市南岗区西大直街92号19-3-2。", "哈尔滨市南岗区西大直街92号19-3-2"),
        ("户籍地：甘肃省定西市安定区凤翔镇中华路社区3社", "甘肃省定西市安定区凤翔镇中华路社区3社"),
        ("家住黑龙江省佳木斯市富锦市七星农场第三管理区5队", "黑龙江省佳木斯市富锦市七星农场第三管理区5队"),
        ("現住成都市武侯區人民南路四段12號", "成都市武侯區人民南路四段12號"),
        ("住址：湖州市南浔区练市镇荃步村第三村民小组", "湖州市南浔区练市镇荃步村第三村民小组"),
        ("寄至宁波市鄞州区天童南路588号宁波文化广场B座18层1802", "宁波市鄞州区天童南路588号宁波文化广场B座18层1802"),
        ("会议在3楼2024年召开", None),
        ("预订1203房间", None),
        # eighth round: tails of buildings, units, floors and shops; lanes; dormitories
        ("现住北京市朝阳区和平里东街5号楼3门401。", "北京市朝阳区和平里东街5号楼3门401"),  # Beijing's entrance (门)
        ("户籍地：河北省石家庄市长安区建设北大街68号院7栋2单元东户。", "河北省石家庄市长安区建设北大街68号院7栋2单元东户"),
        ("住：湖州市吴兴区织里镇珍贝路1111号珍贝家园12幢东单元302", "湖州市吴兴区织里镇珍贝路1111号珍贝家园12幢东单元302"),
        ("住址：山东省济南市历下区文化东路18号甲3号楼。", "山东省济南市历下区文化东路18号甲3号楼"),
        ("寄往上海市黄浦区南京东路300弄12支弄5号。", "上海市黄浦区南京东路300弄12支弄5号"),
        ("现居广州市天河区天河路385号太古汇一座负一层B12商铺。", "广州市天河区天河路385号太古汇一座负一层B12商铺"),
        ("经营地址：南京市秦淮区夫子庙贡院街12号铺。", "南京市秦淮区夫子庙贡院街12号铺"),
        ("地址：臺北市大安區忠孝東路四段100號5樓之2。", "臺北市大安區忠孝東路四段100號5樓之2"),
        ("暂住浙江大学紫金港校区蓝田学园3舍205室。", "浙江大学紫金港校区蓝田学园3舍205室"),
        ("学生宿舍：武汉市洪山区珞喻路1037号华中科技大学东区12栋宿舍楼305。",
         "武汉市洪山区珞喻路1037号华中科技大学东区12栋宿舍楼305"),
        ("现住湖州师范学院东校区学生公寓5号楼302室", "湖州师范学院东校区学生公寓5号楼302室"),
        ("他在浙江大学玉泉校区教三201上课。", None),  # a classroom
        ("浙江大学计算机学院副院长出席。", None),  # a school's name, not a place (浙江)
        ("该学院3号楼502室为实验室。", None),
        ("户籍地：河南省周口市郸城县汲冢镇李营行政村张庄自然村18号。", "河南省周口市郸城县汲冢镇李营行政村张庄自然村18号"),
        ("住在江西省赣州市于都县银坑镇平安村大屋组12号。", "江西省赣州市于都县银坑镇平安村大屋组12号"),  # a named group
        ("住址：湖州市吴兴区凤凰街道凤凰二村15幢3单元2楼东户。", "湖州市吴兴区凤凰街道凤凰二村15幢3单元2楼东户"),
        ("现住吉林省长春市朝阳区红旗街道西朝阳路55号5栋5-2-3。", "吉林省长春市朝阳区红旗街道西朝阳路55号5栋5-2-3"),
        ("家住宁夏银川市兴庆区丽景街道丽景湖畔小区12-2-501。", "宁夏银川市兴庆区丽景街道丽景湖畔小区12-2-501"),
        ("住址：西藏自治区拉萨市城关区北京东路45号院2栋3单元302。", "西藏自治区拉萨市城关区北京东路45号院2栋3单元302"),  # not the 。
        ("收货地址：浙江省 杭州市 余杭区 五常街道 文一西路969号 3号楼 5楼。", "浙江省 杭州市 余杭区 五常街道 文一西路969号 3号楼 5楼"),
        ("湖州市 吴兴区 会议召开", None),
        ("3栋5-6月施工", None),
        ("住址：湖州市吴兴区爱山街道青塘小区3-2-501室。", "湖州市吴兴区爱山街道青塘小区3-2-501室"),
        ("住址：新疆生产建设兵团第一师阿拉尔市10团12连3排5号。", "新疆生产建设兵团第一师阿拉尔市10团12连3排5号"),
        ("住址：湖州市吴兴区月河街道红门馆前24号1单元301室（月河小区）。", "湖州市吴兴区月河街道红门馆前24号1单元301室"),  # a lane without suffix
        ("湖州市吴兴区月河街道发文12号", None),  # … only with a building or unit after its number
        ("经营场所：湖州市吴兴区爱山街道人民路88号1-2层门市。", "湖州市吴兴区爱山街道人民路88号1-2层门市"),
        ("住址：湖州市德清县阜溪街道长虹东街98号B1-203。", "湖州市德清县阜溪街道长虹东街98号B1-203"),
        ("住址：湖州市吴兴区爱山街道南街社区红丰新村11幢1单元202室5号床。", "湖州市吴兴区爱山街道南街社区红丰新村11幢1单元202室5号床"),
        ("住址：福建省福州市鼓楼区五一北路110号海峡大厦写字楼15层05单元。", "福建省福州市鼓楼区五一北路110号海峡大厦写字楼15层05单元"),
        ("现住：江苏省无锡市梁溪区中山路333号1号楼底商102。", "江苏省无锡市梁溪区中山路333号1号楼底商102"),
        # ninth round: stalls in markets and malls, the rooms of a house or a compound, lanes off a road
        ("他在杭州市上城区解放路8号银泰商城3楼B区112档经营服装。", "杭州市上城区解放路8号银泰商城3楼B区112档"),
        ("地址：兰州市七里河区西湖街道西湖农贸市场水产区15号摊位。", "兰州市七里河区西湖街道西湖农贸市场水产区15号摊位"),
        ("在澳門沙梨頭海邊街102號地下A舖開雜貨店。", "澳門沙梨頭海邊街102號地下A舖"),
        ("现暂住沈阳市和平区太原街街道中华路9号院12栋东侧平房。", "沈阳市和平区太原街街道中华路9号院12栋东侧平房"),
        ("住长春市南关区桃源街道人民大街2268号院内北侧平房。", "长春市南关区桃源街道人民大街2268号院内北侧平房"),
        ("租住北京市东城区交道口街道东四十条甲12号西厢房，月租2000元。", "北京市东城区交道口街道东四十条甲12号西厢房"),
        ("现住上海市静安区南京西路街道石门一路315弄6号前楼亭子间。", "上海市静安区南京西路街道石门一路315弄6号前楼亭子间"),
        ("12号房东李某", None),
        ("住广州市荔湾区多宝街道宝华路东侧十五甫三巷6号。", "广州市荔湾区多宝街道宝华路东侧十五甫三巷6号"),
        ("住址：山东省济南市历城区洪家楼街道花园路西侧林家巷8号之二。", "山东省济南市历城区洪家楼街道花园路西侧林家巷8号之二"),
        ("住福州市鼓楼区南街街道衣锦坊12号之一。", "福州市鼓楼区南街街道衣锦坊12号之一"),
        ("住宁波市海曙区西门街道翠柏里12-3-201。", "宁波市海曙区西门街道翠柏里12-3-201"),
        ("住泉州市晋江市安海镇新店村后厝15号。", "泉州市晋江市安海镇新店村后厝15号"),
        ("住哈尔滨市道里区安静街副12号附近。", "哈尔滨市道里区安静街副12号"),
        # buildings, units and rooms: a lettered building with a number, 乙单元, zones (片), phases, dashed rooms
        ("住武汉市江岸区百步亭街道百步亭路68号阳光时代F2栋1单元1503。", "武汉市江岸区百步亭街道百步亭路68号阳光时代F2栋1单元1503"),
        ("住合肥市庐阳区杏林街道阜南路19号甲2单元301室。", "合肥市庐阳区杏林街道阜南路19号甲2单元301室"),
        ("住株洲市天元区嵩山路街道泰山路99号湘水湾小区3片5栋2门302。", "株洲市天元区嵩山路街道泰山路99号湘水湾小区3片5栋2门302"),
        ("住广州市白云区同和街道蟾蜍石东路8号云山诗意花园公寓3-1208。", "广州市白云区同和街道蟾蜍石东路8号云山诗意花园公寓3-1208"),
        ("住九龍深水埗長沙灣道303號長沙灣廣場第二期8樓03室。", "九龍深水埗長沙灣道303號長沙灣廣場第二期8樓03室"),
        ("地址：新界屯門大興邨興偉樓1203室。", "新界屯門大興邨興偉樓1203室"),
        ("住址：高雄市三民區鼎山里5鄰大順二路468號7樓。", "高雄市三民區鼎山里5鄰大順二路468號7樓"),
        # rural: natural villages under a village committee, named groups, 庄, ethnic townships, the corps
        ("在云南省红河州蒙自市文澜镇东山村委会大寨村开小卖部。", "云南省红河州蒙自市文澜镇东山村委会大寨村"),
        ("住安徽省安庆市太湖县弥陀镇华庄村刘家湾村民组。", "安徽省安庆市太湖县弥陀镇华庄村刘家湾村民组"),
        ("从山东省聊城市莘县张鲁回族镇王庄搬来。", "山东省聊城市莘县张鲁回族镇王庄"),
        ("住黑龙江省佳木斯市桦川县星火朝鲜族乡二队。", "黑龙江省佳木斯市桦川县星火朝鲜族乡二队"),
        ("韦某住广西南宁市武鸣区城厢镇东风村那汉屯。", "广西南宁市武鸣区城厢镇东风村那汉屯"),
        ("住新疆生产建设兵团第六师五家渠市一〇二团3连8号。", "新疆生产建设兵团第六师五家渠市一〇二团3连8号"),
        ("住新疆生产建设兵团第二师铁门关市二十九团5连居民区2排8号。", "新疆生产建设兵团第二师铁门关市二十九团5连居民区2排8号"),
        ("荃步村村民组长开会", None),
        ("王某住湖州市吴兴区八里店镇尹家圩村尹家圩36号", "湖州市吴兴区八里店镇尹家圩村尹家圩36号"),  # a hamlet after its village
        ("东林村发文12号", None),
        # a home written without its estate: building, unit and room; building and room; 同村 group and number
        ("业主委员会候选人：李建国，3幢1单元201。", "3幢1单元201"),
        ("访客登记：张三 9栋1203 来访", "9栋1203"),
        ("邻居王某住同村3组21号。", "3组21号"),
        ("全小区共5栋1203户", None),
        ("3号楼2单元电梯维修", None),
        ("12栋2023年完工", None),
        ("王某住北京市西城区月坛街道三里河一区3门12号。", "北京市西城区月坛街道三里河一区3门12号"),  # Beijing's entrance and flat
        ("地址：台北市中山區南京東路二段100號3F", "台北市中山區南京東路二段100號3F"),  # Taiwan's floors
        ("地址：台北市信義區松仁路58號10F-2", "台北市信義區松仁路58號10F-2"),
        ("王某住南浔区双林镇向阳路366号双林镇敬老院", "南浔区双林镇向阳路366号"),  # not into the next name's division
        ("住宁波市江北区孔浦街道槐树路36号501，电话不变。", "宁波市江北区孔浦街道槐树路36号501"),  # a bare room after a house number
        ("住址：湖州市吴兴区人民路12号1200元", "湖州市吴兴区人民路12号"),
        ("住在喀什市恰萨街道吾斯塘博依路社区3巷17号。", "喀什市恰萨街道吾斯塘博依路社区3巷17号"),
        ("住桃園市龍潭區三和里6鄰三和路一段25巷7號。", "桃園市龍潭區三和里6鄰三和路一段25巷7號"),
        ("她住的合肥市蜀山区三里庵街道长江西路与潜山路交口西北角青年公寓C座1102停水三天。",
         "合肥市蜀山区三里庵街道长江西路与潜山路交口西北角青年公寓C座1102"),
        ("摊主住在吴兴区爱山街道人民路与解放路交叉口东北角的老房子里。", "吴兴区爱山街道人民路与解放路交叉口"),  # a corner only before a building
        ("住江苏省盐城市大丰区上海农场三分场五大队。", "江苏省盐城市大丰区上海农场三分场五大队"),
        ("住唐山市路北区龙东街道龙泽北路39号凤凰新城12-4-1702。", "唐山市路北区龙东街道龙泽北路39号凤凰新城12-4-1702"),
        ("嫁到河南省周口市郸城县宜路镇焦庄行政村后焦庄自然村已三十年。", "河南省周口市郸城县宜路镇焦庄行政村后焦庄自然村"),
        ("住新界沙田禾輋邨豐和樓1015室。", "新界沙田禾輋邨豐和樓1015室"),  # 輋 maps to 𪨶, a CJK extension character
        ("住基隆市仁愛區愛四路27號5樓。", "基隆市仁愛區愛四路27號5樓"),  # Taiwan's cities and counties are listed
        # a pasted row about a person (it has a sex cell): a cell wholly of divisions is that person's address
        ("王某\t男\t泗洪县青阳镇", "泗洪县青阳镇"),
        ("李强|男|宿松县复兴镇|13812345678", "宿松县复兴镇"),
        ("会议地点\t泗洪县青阳镇", None),
        ("王某\t女\t湖州市", None),  # one level is a region
        # a pasted table's cells: an address never runs across a tab (the tagger's token did)
        ("1\t满秀芝\t承德市双桥区中华路街道南营子大街42号院\t13731482096", "承德市双桥区中华路街道南营子大街42号院"),
        ("户主\t权永吉\t地址\t珲春市靖和街道光明社区新安小区13号楼\t补贴", "珲春市靖和街道光明社区新安小区13号楼"),
        # Taiwan's numbered lanes and alleys, Hong Kong and Macao forms
        ("地址：臺北市大安區忠孝東路四段100巷5弄3號2樓。", "臺北市大安區忠孝東路四段100巷5弄3號2樓"),
        ("收件地址：台南市東區長榮路二段45巷7號。", "台南市東區長榮路二段45巷7號"),
        ("地址：香港中環德輔道中88號地下。", "香港中環德輔道中88號地下"),
        ("住址：澳門氹仔柯維納馬路123號海洋花園海景閣15樓B座。", "澳門氹仔柯維納馬路123號海洋花園海景閣15樓B座"),
        ("現居香港灣仔軒尼詩道302號集成中心12樓A室。", "香港灣仔軒尼詩道302號集成中心12樓A室"),
        ("他在市民中心3楼302室办理业务。", None),
        # one address with a bracketed note or dashes between its parts
        ("住址：湖州市吴兴区（南太湖新区）红旗路12号3幢201室。", "湖州市吴兴区（南太湖新区）红旗路12号3幢201室"),
        ("现住湖州市吴兴区织里镇（原轧村镇）轧村村5组12号。", "湖州市吴兴区织里镇（原轧村镇）轧村村5组12号"),
        ("地址：湖州市-吴兴区-爱山街道-红丰路288号。", "湖州市-吴兴区-爱山街道-红丰路288号"),
        # estates: a developer's name with an interpunct, a staff dormitory, a compound numbered like a house, a zone
        ("住址：湖州市吴兴区红旗路12号绿城·桂花园3幢2单元501室。", "湖州市吴兴区红旗路12号绿城·桂花园3幢2单元501室"),
        ("住址：浙江省湖州市吴兴区织里镇栋梁路998号吴兴区第一人民医院职工宿舍5幢301室。",
         "浙江省湖州市吴兴区织里镇栋梁路998号吴兴区第一人民医院职工宿舍5幢301室"),
        ("住址：湖州市吴兴区环城西路299号天鸿1号院3号楼502。", "湖州市吴兴区环城西路299号天鸿1号院3号楼502"),
        ("住：湖州市吴兴区青铜路88号万达广场A区写字楼1806室。", "湖州市吴兴区青铜路88号万达广场A区写字楼1806室"),
        ("住址：新疆生产建设兵团第八师石河子市143团12连", "新疆生产建设兵团第八师石河子市143团12连"),
        ("家住北京市西城区西四北三条胡同8号", "北京市西城区西四北三条胡同8号"),
        ("現住天津市南開區鞍山西道198號2門301", "天津市南開區鞍山西道198號2門301"),  # 道 after a division, with its number
        ("通过正规渠道12号文件反映", None),  # 道 alone anchors nothing
        ("户籍地：广西百色市田阳区那坡镇那坡村那坡屯", "广西百色市田阳区那坡镇那坡村那坡屯"),
        ("现住湖州市吴兴区飞英街道红旗路123号5幢2单元301室，", "湖州市吴兴区飞英街道红旗路123号5幢2单元301室"),
        ("家住安吉县天荒坪镇余村3组12号", "安吉县天荒坪镇余村3组12号"),
        ("地址：浙江省湖州市長興縣雉城街道明珠路1188號", "浙江省湖州市長興縣雉城街道明珠路1188號"),
        ("户籍地：湖州市南浔区练市镇", "湖州市南浔区练市镇"),  # township level, after a cue
        ("湖州市南浔区练市镇开展活动", None),  # a place name, not an address
        ("群众反映凤凰路128号附近", "凤凰路128号"),
        ("住户反映徐汇区天平路街道康庄路17号漏水", "徐汇区天平路街道康庄路17号"),  # unlisted district and town
        ("地址：白泉镇振兴路56号", "白泉镇振兴路56号"),
        ("户籍在沈家墩村3组", "沈家墩村3组"),  # an unlisted village with its group
        ("居住於白泉鎮新塘村8組20號，", "白泉鎮新塘村8組20號"),  # Traditional
        ("全村3组共有", None),
        ("业主王芳，房号紫金城3幢1单元502室，", "紫金城3幢1单元502室"),  # estate, building, room after a cue
        ("古城街道开展活动", None),
        ("执法人员在广德市桃州镇横山村3组12号查获", "广德市桃州镇横山村3组12号"),  # unlisted county-level city
        ("住址：南充市营山县朗池镇解放路12号", "南充市营山县朗池镇解放路12号"),  # a prefecture outside Zhejiang
        ("群众反映中山路12号", "中山路12号"),  # 中山市 is listed with its suffix only
        ("市民反映陶都路12号门口", "陶都路12号"),  # 都 inside a road name
        ("村民都住在人民路12号", "人民路12号"),
        ("住址：宜兴市丁蜀镇陶都路12号", "宜兴市丁蜀镇陶都路12号"),  # after a cue, unlisted divisions by suffix; 都 in a road
        ("地址：威宁彝族回族苗族自治县草海镇和平街5号", "威宁彝族回族苗族自治县草海镇和平街5号"),
        ("地址：婺源县江湾镇潞村3组12号", "婺源县江湾镇潞村3组12号"),  # a one-character village after a town
        ("住址：本市", None),
        ("位于城市中心", None),
        ("住址：浙江省绍兴市越城区府山街道碧水湾公寓5幢2单元301室。", "浙江省绍兴市越城区府山街道碧水湾公寓5幢2单元301室"),
        # fourth round: a county of the national list, a town and a finer part, without a cue
        ("昨晚湘乡市东郊乡和平村5组发生火灾", "湘乡市东郊乡和平村5组"),
        ("他家在巴林左旗林东镇锦绣家园3幢2单元401室。", "巴林左旗林东镇锦绣家园3幢2单元401室"),
        ("宁乡市花明楼镇炭子冲村的老人", "宁乡市花明楼镇炭子冲村"),  # village only: 0.7
        ("平江县城关镇建设路88号门前", "平江县城关镇建设路88号"),  # not cut at 县城
        ("婺源縣江灣鎮曉起村的民宿", "婺源縣江灣鎮曉起村"),  # Traditional
        ("送至临平区南苑街道人民大道501号", "临平区南苑街道人民大道501号"),  # renamed in 2021: in the list
        ("隆回县桃洪镇人民政府", None),  # county and town alone: an organisation's place
        ("会议在溆浦县召开，考察了溆浦县卢峰镇的产业园。", None),
        ("全县各乡镇（街道）派员参加", None),
        ("全州县绍水镇中心小学", None),
        # seventh round: 都/于 inside division names, Inner Mongolia's 苏木 and 嘎查
        ("老人家住于都县贡江镇，儿子在外打工", "于都县贡江镇"),  # 于 starts a listed county
        ("家住於都縣貢江鎮", "於都縣貢江鎮"),
        ("户籍地：内蒙古自治区锡林郭勒盟正蓝旗上都镇。", "内蒙古自治区锡林郭勒盟正蓝旗上都镇"),
        ("牧民住在阿巴嘎旗别力古台镇巴彦查干嘎查今年草场受灾", "阿巴嘎旗别力古台镇巴彦查干嘎查"),
        ("他住在東烏珠穆沁旗滿都寶力格蘇木額仁高畢嘎查，", "東烏珠穆沁旗滿都寶力格蘇木額仁高畢嘎查"),
        ("巴彦查干嘎查党支部召开党员大会", None),
        ("会议在正蓝旗上都镇召开", None),
        # the end of a cue inside a tagger's place word
        ("現居翠苑一區12號樓2單元401室，", "翠苑一區12號樓2單元401室"),
        ("现居翠苑一区12号楼2单元401室联系电话", "翠苑一区12号楼2单元401室"),
        # compounds, side entrances, bare rooms, building-room, lettered buildings and zones, floors
        ("走访了郑州市金水区文化路街道农科路社区88号院3号楼的老人", "郑州市金水区文化路街道农科路社区88号院3号楼"),
        ("他租住在成都市武侯区玉林街道玉林北路2号附1号。", "成都市武侯区玉林街道玉林北路2号附1号"),
        ("申请人住上城区清波街道劳动路28号1单元202，因病致贫", "上城区清波街道劳动路28号1单元202"),
        ("现住诸暨市暨阳街道浣纱南路6号3-501房屋为租赁", "诸暨市暨阳街道浣纱南路6号3-501"),
        ("住在人民路6号2023-05-06入住", "人民路6号"),  # a date is no building-room
        ("住在金色家园3单元2024年装修的房子", "金色家园3单元"),  # a year is no room
        ("住在蓮花小區C區8棟的居民", "蓮花小區C區8棟"),
        ("送至义乌市稠城街道宾王路158号B座。", "义乌市稠城街道宾王路158号B座"),
        ("地址：湖州市吴兴区区府路1188号总部自由港B幢12楼", "湖州市吴兴区区府路1188号总部自由港B幢12楼"),
        ("湖州市B区停车场", None),  # a lettered zone alone is no building
        ("会议在国贸大厦B座3楼会议室召开", None),
        # state farms and their teams
        ("退休职工住在七星农场3队，", "七星农场3队"),
        ("老两口住在友誼農場五分場二隊房屋年久失修", "友誼農場五分場二隊"),
        ("户籍地址：石河子市北泉镇2连", "石河子市北泉镇2连"),
        ("七星农场获评全国先进", None),
        ("他在大溪村一连住了三天", None),  # 一连: in a row, not a team
        # a crossing after a division; a road crossing alone is traffic text
        ("他在安吉县递铺街道胜利西路与昌硕西路交叉口开了一家店", "安吉县递铺街道胜利西路与昌硕西路交叉口"),
        ("人民路与解放路交叉口将实行临时交通管制", None),
        # a household moving, like 搬到; a community named after its village
        ("该生户口已迁至江苏省盐城市阜宁县阜城街道。", "江苏省盐城市阜宁县阜城街道"),
        ("家住合肥市蜀山区三里庵街道稻香村社区子女均在外地", "合肥市蜀山区三里庵街道稻香村社区"),
        # two-character counties (in the national list now), only at a word's start
        ("王某|女|泾县泾川镇北门村4组|13905637788", "泾县泾川镇北门村4组"),
        ("走访了和縣歷陽鎮南門村5組", "和縣歷陽鎮南門村5組"),
        ("全市和县城关镇中心小学", None),
        # 住 alone starting a clause; 住院, 住所 and a hospital are not that
        ("信访人王某，男，住宿迁市宿豫区仰化镇，反映纠纷", "宿迁市宿豫区仰化镇"),
        ("來訪人：李某，女，48歲，住泗洪縣青陽鎮。", "泗洪縣青陽鎮"),
        ("张某,男,住吴兴区织里镇大港路8号3楼", "吴兴区织里镇大港路8号3楼"),
        ("患者王某，男，住院治疗，住湖州市中心医院3楼病房。", None),
        # a common noun ending in 路 is no road (道路, 马路); road names ending in 山路, 水路 are
        ("市民反映宿豫区仰化镇大兴村道路破损", "宿豫区仰化镇大兴村"),
        ("现住吴兴区织里镇秀水路5号", "吴兴区织里镇秀水路5号"),
        # run B: a building after a name with no estate suffix is a venue's unless a house number on a
        # road or a cue of where someone lives comes before it
        ("请将材料报送至行政中心2号楼501室。", None),
        ("会议地点：市民中心A座1203室，请签到", None),
        ("會議地點：市民中心C座3樓311室。", None),
        ("信访接待室位于县政府1号楼1楼101室。", None),
        ("申请人家住湖州市吴兴区龙泉街道金泰中心A座1203室，因病致贫", "湖州市吴兴区龙泉街道金泰中心A座1203室"),
        ("家住安吉縣遞鋪街道天域中心B座805室的業主", "安吉縣遞鋪街道天域中心B座805室"),
        ("住址：湖州市吴兴区人民路66号供销大楼3单元401室", "湖州市吴兴区人民路66号供销大楼3单元401室"),
        # 地点 alone is no cue (a meeting's, an office's); an incident's is
        ("调解地点：织里镇人民调解委员会2楼调解室。", None),
        ("事故地点：湖州市吴兴区织里镇", "湖州市吴兴区织里镇"),
        # 市场 is no city
        ("面试地点：湖州市人才市场3楼301室。", None),
        ("户籍地：湖州市吴兴区人才市场东侧", "湖州市吴兴区"),
        # a place right before a room's use or a meeting held there is a venue
        ("会议在湖州市国贸大厦B座3楼会议室召开", None),
        ("会议在湖州市吴兴区国贸大厦12楼1203室召开。", None),
        ("他住在国贸大厦B座1506室，每天步行上班", "国贸大厦B座1506室"),
        # the tagger's place word reaching a house only through a building (湖州宾馆3号楼/LOC)
        ("与会代表住湖州宾馆3号楼。", None),
        ("现住长兴县雉城街道明珠路18号2幢3楼，房屋为租赁", "长兴县雉城街道明珠路18号2幢3楼"),
        # run C: the name decides, not the verb before it — an organisation's or venue's building is
        # no home, any other name before a building is an estate's
        ("他在吴兴区行政中心3号楼502室参加培训。", None),
        ("材料请交到长兴县人力社保局2号楼305室", None),
        ("他在紫金城3幢2单元501室住了十年", "紫金城3幢2单元501室"),
        ("申请人在吴兴区八里店镇东方城3幢1单元602室租房居住", "吴兴区八里店镇东方城3幢1单元602室"),
        ("包裹送至德清县武康街道御府5幢803室，签收人为本人", "德清县武康街道御府5幢803室"),
        # the tagger's place word: a venue's name before the building (湖州宾馆3号楼/LOC) or an estate's
        ("代表们入住长兴大酒店5号楼，会务组统一安排。", None),
        ("快递员把包裹送到星洲湾5栋1203，业主不在家", "星洲湾5栋1203"),
        # bare room digits after a building, not a year
        ("长兴县雉城街道星洲湾5栋1203的住户反映漏水", "长兴县雉城街道星洲湾5栋1203"),
        ("现住长兴县雉城街道星洲湾5栋2023年翻修", "长兴县雉城街道星洲湾5栋"),
        # an estate by its suffix with a building, no place before it
        ("王某搬进金色家园12号楼后一直未办理居住登记", "金色家园12号楼"),
        ("金色家园物业公司发布通知", None),
    ],
}


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.parametrize(
    ("entity", "text", "expected"),
    [(entity, text, expected) for entity, cases in CASES.items() for text, expected in cases],
)
def test_recognizer_case(scanner: Scanner, entity: str, text: str, expected: str | None) -> None:
    found = [text[f.start:f.end] for f in scanner.scan(text) if f.type == entity]
    if expected is None:
        assert found == []
    else:
        assert found == [expected]


@pytest.mark.parametrize(("text", "names"), [
    ("参训人员名单：虞新民、童亚萍、屠卫东、褚国英。", ["虞新民", "童亚萍", "屠卫东", "褚国英"]),
    ("參會人員：陳志強、聶福興、鈕建軍。", ["陳志強", "聶福興", "鈕建軍"]),  # Traditional
    ("杨家埠街道、李家巷镇、和平镇等地开展了联合执法。", []),  # places in a list are not names
    ("党卫东、种丽萍、揭晓辉三人被评为优秀网格员。", ["党卫东", "种丽萍", "揭晓辉"]),  # surnames that are words, in a list
    ("党员、种植户、居民代表参加。", []),
])
def test_names_in_an_enumeration(scanner: Scanner, text: str, names: list[str]) -> None:
    assert [text[f.start:f.end] for f in scanner.scan(text) if f.type == "PERSON"] == names


def test_a_tagger_word_across_cells_vetoes_no_name(scanner: Scanner) -> None:
    # LAC reads "\t江曦桂\t石金\t" as one place word; no place name holds a tab
    text = "2020年8月9日\t江曦桂\t石金\t13169457845"
    assert [text[f.start:f.end] for f in scanner.scan(text) if f.type == "PERSON"] == ["江曦桂", "石金"]


def test_every_entity_type_has_a_table(scanner: Scanner) -> None:
    assert set(CASES) == set(scanner.entities)


def test_every_table_covers_valid_and_invalid() -> None:
    for entity, cases in CASES.items():
        if entity == "ORGANIZATION":
            continue
        assert any(e is not None for _, e in cases), entity
        assert any(e is None for _, e in cases), entity


def test_every_recognizer_states_its_standard_and_both_scripts(scanner: Scanner) -> None:
    traditional = set("證號碼電話機銀護車聯繫請診斷歷檔險郵戶籍統計會議歲齡與產營業區縣鎮鄉單樓門於軌跡餘額資產貸")
    for rec in scanner.recognizers:
        assert rec.REFERENCE, rec.name
        words = "".join(rec.CONTEXT)
        assert any("\u4e00" <= c <= "\u9fff" for c in words), rec.name
        if rec.supported_entities[0] not in ("ORGANIZATION",):
            assert traditional & set(words), f"{rec.name}: no Traditional context word"


def test_two_character_county_starts_only_a_word() -> None:
    """宁县 is a county; the end of 江宁县 (a former county, now a district) is not one."""
    from classify.recognizers.address import _listed_county_before

    assert _listed_county_before("住在宁县早胜镇", 4) == 2
    assert _listed_county_before("甘肃省庆阳市宁县", 8) == 6  # after a prefecture
    assert _listed_county_before("原江宁县东山镇", 4) is None
