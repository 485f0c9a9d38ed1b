"""Held-out evaluation family 25 for the Chinese PII detector (written blind).

A self-contained generator of 2,000 synthetic documents of the kinds a Huzhou
(Zhejiang) municipal government produces, with an emphasis on network-security
and data-platform operations (firewall, VPN, bastion-host and database-audit
logs, API-gateway access records, vulnerability-scan reports), procurement and
contracts, traffic police, social insurance, school enrolment, elderly-care and
disability subsidies, grid patrols, market-supervision inspections, hospital
referrals, 12345 work orders, pasted rows, English-mixed system output, SMS and
chat.  About 10 % of the documents are in Traditional script (template text and
values alike; the conversion is character-for-character so offsets hold).

Every document is labelled with the personal-information entities it contains
(types from design/entities.yaml) and with the hard negatives (document, case,
order, invoice, contract and tender numbers, amounts not tied to a person,
dates, postcodes, versions, OIDs, serial and device codes, short service
numbers, masked values and identifier look-alikes with a wrong check digit).

Output: tests/classify/data/heldout25_generated.jsonl, one JSON object a line:
{"id", "text", "entities": [{"type", "start", "end"}],
 "negatives": [{"kind", "start", "end"}], "source"}

Run:  PYTHONPATH=$PWD python -m bench.classify_heldout25
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

from bench.classify_values import (USCC_AL, W_ORG, W_USCC, fullwidth, id_check,
                                   luhn_digit)

SEED = 25302026
N_DOCS = 2000
TRAD_SHARE = 0.10
FAMILY = "heldout25"
OUT = Path("tests/classify/data/heldout25_generated.jsonl")

# The canonical names of design/entities.yaml (checked against the file when it
# is reachable, see validate()).
ENTITY_TYPES = frozenset("""
CN_RESIDENT_ID CN_MOBILE CN_LANDLINE CN_USCC BANK_CARD EMAIL_ADDRESS IP_ADDRESS
CN_PASSPORT CN_HK_MACAO_PERMIT CN_LICENSE_PLATE CN_SOCIAL_SECURITY
CN_MEDICAL_RECORD PERSON CN_ADDRESS DATE_OF_BIRTH HEALTH_INFO FINANCIAL_INFO
LOCATION_TRACE ORGANIZATION""".split())
ENTITIES_YAML = Path("/work/shared/design/entities.yaml")

# ---------------------------------------------------------------------------
# Simplified -> Traditional, character for character (lengths are preserved).
# Words whose Traditional form differs from the per-character default come
# first (longest match wins); characters with several Traditional forms that
# depend on the word (干 里 只 台 制 系 斗 面 余 范 沈 姜 …) are left alone
# unless a word below settles them.
# ---------------------------------------------------------------------------
_S2T_CHARS = """
爱愛 碍礙 袄襖 坝壩 罢罷 摆擺 败敗 颁頒 办辦 绑綁 帮幫 宝寶 报報 鲍鮑 辈輩 贝貝 备備 笔筆 毕畢 币幣
闭閉 边邊 编編 贬貶 变變 辩辯 标標 鳖鱉 别別 宾賓 滨濱 补補 财財 参參 残殘 惨慘 灿燦 仓倉 苍蒼 舱艙
厕廁 侧側 测測 层層 产產 谗讒 缠纏 偿償 肠腸 厂廠 长長 尝嘗 场場 畅暢 钞鈔 车車 彻徹 尘塵 陈陳 衬襯
称稱 惩懲 诚誠 骋騁 迟遲 驰馳 齿齒 炽熾 虫蟲 宠寵 畴疇 筹籌 绸綢 础礎 储儲 处處 触觸 传傳 疮瘡 闯闖
创創 锤錘 纯純 词詞 辞辭 赐賜 聪聰 葱蔥 从從 丛叢 窜竄 错錯 达達 带帶 贷貸 担擔 单單 胆膽 诞誕 弹彈
当當 挡擋 党黨 荡蕩 档檔 导導 岛島 盗盜 灯燈 邓鄧 敌敵 涤滌 递遞 缔締 点點 垫墊 电電 淀澱 钓釣 调調
谍諜 叠疊 钉釘 顶頂 订訂 东東 动動 栋棟 冻凍 独獨 读讀 赌賭 镀鍍 锻鍛 断斷 缎緞 队隊 对對 吨噸 夺奪
堕墮 鹅鵝 额額 恶惡 饿餓 儿兒 尔爾 饵餌 贰貳 发發 罚罰 阀閥 矾礬 烦煩 贩販 饭飯 访訪 纺紡 飞飛 废廢
费費 纷紛 坟墳 奋奮 愤憤 粪糞 丰豐 风風 枫楓 疯瘋 冯馮 缝縫 讽諷 凤鳳 肤膚 辐輻 抚撫 辅輔 赋賦 复復
负負 妇婦 缚縛 该該 钙鈣 盖蓋 赶趕 赣贛 冈岡 刚剛 钢鋼 纲綱 岗崗 搁擱 鸽鴿 阁閣 个個 给給 龚龔 巩鞏
贡貢 沟溝 构構 购購 够夠 顾顧 关關 观觀 馆館 惯慣 贯貫 广廣 规規 归歸 龟龜 轨軌 诡詭 柜櫃 贵貴 滚滾
锅鍋 国國 过過 骇駭 韩韓 汉漢 号號 阂閡 鹤鶴 贺賀 轰轟 鸿鴻 红紅 后後 护護 沪滬 户戶 哗嘩 华華 画畫
划劃 话話 怀懷 坏壞 欢歡 环環 还還 缓緩 换換 唤喚 痪瘓 焕煥 谎謊 挥揮 辉輝 毁毀 贿賄 秽穢 会會 汇匯
讳諱 绘繪 浑渾 获獲 货貨 祸禍 击擊 机機 积積 饥饑 迹跡 鸡雞 绩績 缉緝 极極 辑輯 级級 挤擠 几幾 剂劑
济濟 计計 记記 际際 继繼 纪紀 夹夾 颊頰 贾賈 钾鉀 价價 驾駕 坚堅 歼殲 监監 茧繭 拣揀 俭儉 检檢 减減
荐薦 鉴鑒 践踐 贱賤 见見 键鍵 舰艦 剑劍 渐漸 溅濺 将將 浆漿 蒋蔣 奖獎 讲講 酱醬 胶膠 浇澆 骄驕 娇嬌
搅攪 矫矯 脚腳 饺餃 缴繳 绞絞 轿轎 较較 阶階 节節 洁潔 结結 诫誡 紧緊 锦錦 仅僅 谨謹 进進 晋晉 尽盡
劲勁 荆荊 茎莖 经經 惊驚 鲸鯨 竞競 镜鏡 径徑 痉痙 纠糾 旧舊 驹駒 举舉 剧劇 惧懼 据據 锯鋸 决決 觉覺
绝絕 军軍 钧鈞 开開 凯凱 颗顆 壳殼 课課 垦墾 恳懇 库庫 裤褲 夸誇 块塊 宽寬 矿礦 旷曠 况況 亏虧 窥窺
馈饋 溃潰 扩擴 阔闊 蜡蠟 腊臘 莱萊 来來 赖賴 蓝藍 栏欄 拦攔 篮籃 兰蘭 澜瀾 揽攬 览覽 懒懶 缆纜 烂爛
滥濫 捞撈 劳勞 涝澇 乐樂 垒壘 类類 泪淚 篱籬 离離 鲤鯉 礼禮 丽麗 厉厲 励勵 历歷 沥瀝 隶隸 俩倆 联聯
莲蓮 连連 镰鐮 怜憐 帘簾 敛斂 脸臉 链鏈 恋戀 炼煉 练練 粮糧 凉涼 两兩 辆輛 谅諒 疗療 辽遼 猎獵 临臨
邻鄰 鳞鱗 赁賃 龄齡 铃鈴 灵靈 岭嶺 领領 刘劉 龙龍 聋聾 笼籠 垄壟 拢攏 楼樓 娄婁 搂摟 芦蘆 卢盧 颅顱
庐廬 炉爐 卤鹵 虏虜 鲁魯 赂賂 录錄 陆陸 驴驢 吕呂 铝鋁 侣侶 屡屢 缕縷 虑慮 滤濾 绿綠 峦巒 乱亂 轮輪
伦倫 仑侖 沦淪 纶綸 论論 萝蘿 罗羅 逻邏 锣鑼 骆駱 络絡 妈媽 玛瑪 码碼 蚂螞 马馬 骂罵 吗嗎 买買 麦麥
卖賣 迈邁 脉脈 瞒瞞 馒饅 蛮蠻 满滿 猫貓 锚錨 贸貿 么麼 没沒 镁鎂 门門 闷悶 们們 锰錳 梦夢 谜謎 弥彌
觅覓 绵綿 缅緬 庙廟 灭滅 悯憫 闽閩 鸣鳴 铭銘 谬謬 谋謀 亩畝 钠鈉 纳納 难難 挠撓 脑腦 恼惱 闹鬧 拟擬
腻膩 酿釀 鸟鳥 聂聶 镍鎳 柠檸 宁寧 拧擰 钮鈕 纽紐 脓膿 浓濃 农農 诺諾 欧歐 鸥鷗 殴毆 呕嘔 盘盤 庞龐
赔賠 喷噴 鹏鵬 骗騙 飘飄 频頻 贫貧 苹蘋 凭憑 评評 泼潑 颇頗 扑撲 铺鋪 谱譜 栖棲 凄淒 脐臍 齐齊 骑騎
岂豈 启啟 气氣 弃棄 牵牽 铅鉛 迁遷 签簽 谦謙 钱錢 钳鉗 潜潛 浅淺 谴譴 枪槍 墙牆 蔷薔 抢搶 桥橋 乔喬
侨僑 翘翹 窍竅 窃竊 钦欽 亲親 寝寢 轻輕 氢氫 倾傾 顷頃 请請 庆慶 琼瓊 穷窮 趋趨 区區 躯軀 驱驅 权權
劝勸 确確 让讓 饶饒 扰擾 绕繞 热熱 韧韌 认認 荣榮 绒絨 软軟 锐銳 闰閏 润潤 洒灑 萨薩 赛賽 伞傘 丧喪
骚騷 扫掃 涩澀 杀殺 纱紗 筛篩 晒曬 闪閃 陕陝 赡贍 缮繕 伤傷 赏賞 烧燒 绍紹 摄攝 设設 绅紳 审審 婶嬸
肾腎 渗滲 声聲 绳繩 胜勝 圣聖 师師 狮獅 湿濕 诗詩 尸屍 时時 蚀蝕 实實 识識 驶駛 势勢 适適 释釋 饰飾
视視 试試 寿壽 兽獸 枢樞 输輸 书書 赎贖 属屬 术術 树樹 竖豎 数數 帅帥 双雙 谁誰 税稅 顺順 说說 硕碩
烁爍 丝絲 饲飼 耸聳 颂頌 讼訟 诵誦 苏蘇 诉訴 肃肅 虽雖 随隨 绥綏 岁歲 孙孫 损損 笋筍 缩縮 琐瑣 锁鎖
挞撻 态態 摊攤 贪貪 瘫癱 滩灘 坛壇 谭譚 谈談 叹嘆 汤湯 烫燙 涛濤 讨討 腾騰 誊謄 题題 体體 屉屜 条條
贴貼 铁鐵 厅廳 听聽 铜銅 统統 头頭 秃禿 图圖 团團 颓頹 脱脫 驼駝 椭橢 洼窪 袜襪 弯彎 湾灣 顽頑 万萬
网網 韦韋 违違 围圍 为為 维維 苇葦 伟偉 伪偽 纬緯 谓謂 卫衛 温溫 闻聞 纹紋 稳穩 问問 蜗蝸 涡渦 窝窩
卧臥 呜嗚 钨鎢 乌烏 污汙 诬誣 无無 芜蕪 吴吳 坞塢 雾霧 务務 误誤 锡錫 牺犧 袭襲 习習 戏戲 细細 虾蝦
辖轄 峡峽 侠俠 狭狹 厦廈 吓嚇 鲜鮮 纤纖 贤賢 衔銜 闲閒 显顯 险險 现現 献獻 县縣 馅餡 羡羨 宪憲 线線
厢廂 镶鑲 乡鄉 详詳 响響 项項 萧蕭 销銷 晓曉 啸嘯 协協 挟挾 胁脅 谐諧 写寫 泻瀉 谢謝 锌鋅 兴興 汹洶
锈鏽 绣繡 须須 虚虛 嘘噓 许許 叙敘 绪緒 续續 轩軒 悬懸 选選 癣癬 学學 勋勳 询詢 寻尋 驯馴 训訓 讯訊
逊遜 压壓 鸦鴉 鸭鴨 哑啞 亚亞 讶訝 烟煙 盐鹽 严嚴 颜顏 阎閻 艳豔 厌厭 砚硯 彦彥 谚諺 验驗 杨楊 扬揚
疡瘍 阳陽 痒癢 养養 样樣 摇搖 尧堯 遥遙 窑窯 谣謠 药藥 爷爺 页頁 业業 叶葉 医醫 颐頤 遗遺 仪儀 蚁蟻
艺藝 亿億 忆憶 义義 诣詣 议議 谊誼 译譯 异異 绎繹 荫蔭 阴陰 银銀 饮飲 隐隱 樱櫻 婴嬰 鹰鷹 应應 缨纓
莹瑩 萤螢 营營 荧熒 蝇蠅 赢贏 颖穎 拥擁 佣傭 踊踴 咏詠 涌湧 优優 忧憂 邮郵 铀鈾 犹猶 诱誘 舆輿 鱼魚
渔漁 娱娛 与與 屿嶼 语語 狱獄 誉譽 预預 驭馭 渊淵 园園 员員 圆圓 缘緣 远遠 愿願 约約 跃躍 钥鑰 粤粵
阅閱 云雲 匀勻 陨隕 运運 蕴蘊 酝醞 晕暈 韵韻 杂雜 灾災 载載 暂暫 赞贊 赃贓 脏臟 凿鑿 枣棗 灶竈 责責
择擇 则則 泽澤 贼賊 赠贈 轧軋 闸閘 诈詐 斋齋 债債 盏盞 斩斬 崭嶄 栈棧 战戰 绽綻 张張 涨漲 帐帳 账賬
胀脹 赵趙 辙轍 这這 贞貞 针針 侦偵 诊診 镇鎮 阵陣 挣掙 睁睜 争爭 帧幀 郑鄭 证證 织織 职職 执執 纸紙
挚摯 掷擲 帜幟 质質 滞滯 钟鍾 终終 种種 肿腫 众眾 轴軸 皱皺 昼晝 骤驟 猪豬 诸諸 烛燭 嘱囑 贮貯 铸鑄
筑築 驻駐 专專 砖磚 转轉 赚賺 桩樁 庄莊 装裝 妆妝 壮壯 状狀 锥錐 坠墜 准準 浊濁 资資 渍漬 踪蹤 综綜
总總 纵縱 邹鄒 组組 钻鑽 着著 于於 占佔 征徵 痴癡 冲衝 宫宮 顽頑 恳懇 询詢 骤驟 迁遷 碱鹼 咨諮 楼樓
铭銘 啰囉 硷鹼 赘贅 缀綴 钩鉤 镑鎊 锋鋒 铲鏟 镜鏡 锈鏽 铰鉸 锚錨 铸鑄 锅鍋 镶鑲 钢鋼 钻鑽 铃鈴 铂鉑
栅柵 扎紮 帆帆 陇隴 湿濕 沈沈 惧懼 庑廡 聂聶 绅紳 纲綱 纺紡 绳繩 绪緒 绰綽 缆纜 缉緝 缔締 缕縷 编編
缘緣 缚縛 缝縫 缩縮 缴繳 绩績 绪緒 绢絹 绣繡 绑綁 绘繪 给給 绒絨 络絡 绞絞 统統 绝絕 纠糾 纤纖 约約
级級 纪紀 纫紉 纬緯 纭紜 纯純 纱紗 纲綱 纳納 纵縱 纶綸 纷紛 纸紙 纹紋 纺紡 纽紐 线線 练練 组組 细細
织織 终終 绊絆 绌絀 绍紹 经經 绑綁 绒絨 结結 绕繞 绘繪 给給 络絡 绝絕 绞絞 统統 绢絹 继繼 绩績 绪緒
续續 绳繩 维維 绵綿 综綜 绽綻 绿綠 缀綴 缄緘 缅緬 缆纜 缇緹 缉緝 缎緞 缓緩 缔締 缕縷 编編 缘緣 缚縛
缝縫 缠纏 缤繽 缨纓 缩縮 缴繳 讯訊 访訪 设設 许許 诉訴 诊診 证證 评評 识識 诈詐 诉訴 词詞 译譯 试試
诗詩 诚誠 话話 询詢 详詳 误誤 说說 请請 诸諸 读讀 课課 谁誰 调調 谈談 谊誼 谋謀 谍諜 谎謊 谐諧 谓謂
谢謝 谣謠 谦謙 谨謹 谱譜 识識 财財 责責 贤賢 败敗 账賬 货貨 质質 贩販 贪貪 贫貧 购購 贯貫 贴貼 贵貴
贷貸 贸貿 费費 贺賀 资資 赔賠 赖賴 赚賺 赛賽 赞贊 赠贈 赡贍 赢贏 赵趙 轨軌 轩軒 转轉 轮輪 软軟 轰轟
轻輕 载載 轿轎 较較 辅輔 辆輛 辈輩 辉輝 辐輻 输輸 辖轄 辗輾 辙轍 钓釣 钙鈣 钝鈍 钞鈔 钟鍾 钢鋼 钥鑰
钦欽 钩鉤 钮鈕 钱錢 钳鉗 钻鑽 铁鐵 铅鉛 铜銅 铝鋁 铭銘 银銀 铺鋪 链鏈 销銷 锁鎖 锅鍋 锋鋒 锐銳 错錯
锡錫 锣鑼 锤錘 锦錦 键鍵 锻鍛 镇鎮 镜鏡 镑鎊 长長 门門 闪閃 闭閉 问問 闯闖 闰閏 闲閒 间間 闷悶 闸閘
闹鬧 闻聞 阀閥 阁閣 阅閱 阐闡 阔闊 队隊 阳陽 阴陰 阵陣 阶階 际際 陆陸 陈陳 险險 随隨 隐隱 页頁 顶頂
项項 顺順 须須 顽頑 顾顧 顿頓 颁頒 颂頌 预預 领領 颇頗 频頻 颗顆 题題 颜顏 额額 颠顛 风風 飞飛 饥饑
饭飯 饮飲 饰飾 饱飽 饲飼 饼餅 饿餓 馆館 马馬 驰馳 驱驅 驳駁 驶駛 驻駐 驾駕 验驗 骑騎 骗騙 鱼魚 鲜鮮
鸟鳥 鸡雞 鸭鴨 鸿鴻 鹅鵝 黄黃 齐齊 龙龍 龟龜 亏虧 伤傷 伦倫 侦偵 侧側 俭儉 债債 倾傾 偿償 储儲 儿兒
兑兌 关關 兴興 养養 兽獸 内內 册冊 写寫 军軍 农農 决決 况況 净淨 凉涼 减減 凑湊 凤鳳 击擊 创創 删刪
别別 刹剎 剂劑 剑劍 剧劇 劝勸 办辦 务務 动動 劳勞 势勢 勋勳 匀勻 区區 医醫 华華 协協 单單 卖賣 卢盧
卫衛 却卻 厅廳 历歷 压壓 厌厭 县縣 参參 双雙 变變 叙敘 叶葉 号號 叹嘆 吗嗎 启啟 吴吳 呐吶 员員 响響
哑啞 唤喚 啬嗇 喷噴 团團 园園 围圍 图圖 圆圓 圣聖 场場 坏壞 块塊 坚堅 坛壇 坝壩 坞塢 坟墳 坠墜 垄壟
垒壘 垦墾 埘塒 执執 扩擴 扫掃 扬揚 扰擾 折折 抚撫 抛拋 抢搶 护護 报報 担擔 拟擬 拢攏 拣揀 拥擁 拦攔
拧擰 拨撥 择擇 挂掛 挚摯 挛攣 挝撾 挞撻 挟挾 挠撓 挡擋 挣掙 挤擠 挥揮 捞撈 损損 换換 捣搗 据據 掳擄
掷擲 掸撣 掺摻 揽攬 搀攙 搁擱 搂摟 搅攪 携攜 摄攝 摆擺 摇搖 摊攤 撑撐 撵攆 擞擻 数數 敌敵 敛斂 斋齋
断斷 无無 旧舊 时時 旷曠 昙曇 显顯 晋晉 晒曬 晓曉 晕暈 暂暫 术術 机機 杀殺 杂雜 权權 条條 来來 杨楊
极極 构構 枪槍 枢樞 柜櫃 标標 栈棧 栋棟 栏欄 树樹 样樣 档檔 桥橋 检檢 椭橢 楼樓 横橫 欢歡 欧歐 残殘
毁毀 毕畢 气氣 氢氫 汇匯 汉漢 汤湯 沟溝 没沒 沥瀝 沦淪 沪滬 泄洩 泪淚 泼潑 泽澤 洁潔 浅淺 浆漿 浇澆
测測 济濟 浏瀏 浑渾 浓濃 涂塗 涌湧 涛濤 涝澇 润潤 涨漲 渊淵 渐漸 渔漁 湾灣 湿濕 溃潰 滚滾 满滿 滤濾
滥濫 滨濱 滩灘 潜潛 灭滅 灯燈 灵靈 灾災 炉爐 点點 炼煉 烁爍 烂爛 烛燭 烟煙 烦煩 烧燒 热熱 焕煥 爱愛
爷爺 牍牘 牵牽 犹猶 狭狹 独獨 狮獅 猎獵 猫貓 献獻 环環 现現 玺璽 珐琺 琐瑣 电電 画畫 畅暢 疗療 疮瘡
疯瘋 痒癢 痨癆 瘫癱 盏盞 盐鹽 监監 盖蓋 盘盤 眯瞇 睁睜 矫矯 矿礦 码碼 砖磚 础礎 确確 碍礙 礼禮 祸禍
离離 种種 积積 称稱 稳穩 穷窮 窃竊 窍竅 窝窩 竞競 笔筆 笋筍 笼籠 筑築 筛篩 筹籌 签簽 简簡 篮籃 类類
粮糧 紧緊 纤纖 网網 罗羅 罚罰 罢罷 羡羨 习習 翘翹 耸聳 职職 联聯 聪聰 肃肅 肠腸 肤膚 肿腫 胀脹 胁脅
胜勝 胶膠 脉脈 脏臟 脑腦 脚腳 脱脫 脸臉 腊臘 腻膩 舆輿 舰艦 舱艙 艰艱 艳豔 艺藝 节節 芜蕪 芦蘆 苇葦
苍蒼 苏蘇 苹蘋 范範 茎莖 荐薦 荡蕩 荣榮 荧熒 药藥 莲蓮 获獲 莹瑩 莺鶯 营營 萝蘿 萤螢 萧蕭 萨薩 蓝藍
蔷薔 蕴蘊 虏虜 虑慮 虚虛 虫蟲 虽雖 虾蝦 蚀蝕 蚁蟻 蛮蠻 蜡蠟 蝇蠅 补補 表表 衬襯 袜襪 装裝 见見 观觀
规規 视視 览覽 觉覺 触觸 誉譽 计計 订訂 认認 讥譏 讨討 让讓 训訓 议議 讲講 讳諱 记記 讲講 谅諒 谴譴
贝貝 负負 贡貢 贬貶 贱賤 贿賄 赁賃 赃贓 赋賦 赌賭 赎贖 赏賞 趋趨 跃躍 践踐 踪蹤 车車 轧軋 边邊 达達
迁遷 过過 迈邁 运運 还還 这這 进進 远遠 违違 连連 迟遲 适適 选選 逊遜 递遞 逻邏 遗遺 遥遙 邓鄧 邮郵
邻鄰 郑鄭 酱醬 酿釀 释釋 里里 钉釘 针針 钙鈣 钠鈉 钨鎢 铸鑄 锌鋅 锰錳 镍鎳 镀鍍 镐鎬 镭鐳 闪閃 阙闕
阎閻 阻阻 陕陝 陨隕 隶隸 难難 雏雛 雾霧 韦韋 韩韓 韧韌 韵韻 顷頃 颊頰 颓頹 颖穎 飘飄 饵餌 馅餡 馈饋
驯馴 驹駒 驴驢 骂罵 骄驕 骆駱 骇駭 骚騷 骤驟 鲁魯 鲍鮑 鲤鯉 鲸鯨 鳞鱗 鸣鳴 鸦鴉 鸥鷗 鹏鵬 鹤鶴 鹰鷹
麦麥 黾黽 齿齒 龄齡 剥剝 颈頸 痫癇 癫癲 疖癤 疡瘍 瘘瘻 盘盤 纤纖 哮哮 喘喘 肺肺 腺腺 辞辭 厘釐 疟瘧
湿濕 罢罷 庞龐 衔銜 窥窺 亩畝 渗滲 硕碩 荤葷 晖暉 暧曖 炜煒 玮瑋 琏璉 鹭鷺 鹃鵑 婵嬋 娴嫻 嫔嬪 颉頡
鸾鸞 浈湞 浃浹 浔潯 溇漊 漤 澜瀾 濑瀨 瀛瀛 荟薈 莅蒞 蒌蔞 蓣蕷 蔼藹 藓蘚 蕰薀 铖鋮 钰鈺 钧鈞 铠鎧
锟錕 锴鍇 镕鎔 颢顥 飙飆 馨馨 骁驍 骏駿 鹂鸝 鸿鴻 麟麟 龚龔 筱筱 帼幗 岚嵐 峥崢 嵘嶸 巅巔 弥彌 彦彥
怿懌 恺愷 悦悅 惬愜 愠慍 慑懾 懔 戬戩 扦扦 晔曄 桦樺 梿 楠楠 槟檳 樯檣 橱櫥 欤 毂轂 沣灃 泾涇 洼窪
浍澮 涠潿 淀澱 渍漬 溆漵 滢瀅 潆瀠 濒瀕 炀煬 烨燁 焖燜 犸獁 猕獼 玑璣 珏珏 珑瓏 琼瓊 瑷璦 璎瓔 甄甄
疱皰 皑皚 皱皺 盗盜 眬矓 睐睞 矶磯 砀碭 硖硤 祎禕 祯禎 禅禪 秆稈 稣穌 窦竇 笃篤 筚篳 箨籜 篓簍 籁籟
粜糶 糁糝 紥 纨紈 纩纊 纰紕 纾紓 绀紺 绂紱 绋紼 绛絳 绨綈 绮綺 绯緋 绱緔 缁緇 缂緙 缃緗 缗緡 缜縝 缟縞
缡縭 缢縊 缣縑 缥縹 缦縵 缪繆 缫繅 缬纈 缭繚 缮繕 缯繒 罂罌 羁羈 翚翬 翱翱 耧耬 聍聹 肴餚 胧朧 腭齶
舣艤 艳艷 芗薌 苁蓯 苎苧 茏蘢 荚莢 荛蕘 荜蓽 荞蕎 荠薺 荥滎 荦犖 荨蕁 荩藎 荪蓀 荫蔭 莼蒓 萦縈 萨薩
葱蔥 蒇蕆 蓦驀 蔹蘞 蕲蘄 蛊蠱 蛎蠣 蛏蟶 蝉蟬 蝼螻 蟮蟺 衅釁 袅裊 裆襠 褛褸 觇覘 觎覦 訚誾 詟讋 谀諛
谂諗 谄諂 谌諶 谏諫 谑謔 谒謁 谔諤 谕諭 谘諮 谙諳 谛諦 谜謎 谝諞 谟謨 谠讜 谡謖 谤謗 谥謚 谧謐 谩謾
谪謫 谫譾 谬謬 谭譚 谮譖 谯譙 谰讕 谲譎 谳讞 谵譫 谶讖 贻貽 贽贄 赀貲 赅賅 赈賑 赉賚 赓賡 赕賧 赙賻
赜賾 赝贗 赟贇 赣贛 趱趲 趸躉 跄蹌 跞躒 跷蹺 跸蹕 跹躚 跻躋 踌躊 踬躓 蹑躡 蹒蹣 躏躪 躜躦 轭軛 轳轤
轶軼 轸軫 轹轢 轺軺 轼軾 辂輅 辇輦 辊輥 辋輞 辍輟 辎輜 辏輳 辔轡 辕轅 辘轆 迩邇 逦邐 郐鄶 郓鄆 郦酈
郧鄖 郸鄲 酝醞 酦醱 酾釃 钊釗 钋釙 钌釕 钍釷 钐釤 钒釩 钔鍆 钕釹 钗釵 钙鈣 钚鈈 钛鈦 钜鉅 钤鈐 钪鈧
钫鈁 钬鈥 钭鈄 钯鈀 钰鈺 钲鉦 钴鈷 钵缽 钶鈳 钷鉕 钸鈽 钹鈸 钺鉞 钼鉬 钽鉭 钿鈿 铀鈾 铂鉑 铃鈴 铄鑠
铆鉚 铈鈰 铉鉉 铊鉈 铋鉍 铌鈮 铍鈹 铎鐸 铐銬 铑銠 铒鉺 铓鋩 铕銪 铖鋮 铗鋏 铙鐃 铛鐺 铞銱 铟銦 铠鎧
铡鍘 铢銖 铣銑 铤鋌 铥銩 铦銛 铧鏵 铨銓 铩鎩 铪鉿 铫銚 铬鉻 铮錚 铯銫 铰鉸 铱銥 铲鏟 铳銃 铴鐋 铵銨
铷銣 铹鐒 铻鋙 铼錸 铽鋱 链鏈 铿鏗 锂鋰 锃鋥 锄鋤 锅鍋 锆鋯 锇鋨 锈鏽 锉銼 锊鋝 锍鋶 锎鐦 锏鐧 锑銻
锒鋃 锓鋟 锔鋦 锕錒 锖錆 锗鍺 锘鍩 锚錨 锛錛 锜錡 锞錁 锝鍀 锟錕 锠錩 锢錮 锥錐 锧鑕 锨鍁 锩錈 锪鍃
锫錇 锬錟 锭錠 锯鋸 锱錙 锲鍥 锳鍈 锵鏘 锶鍶 锷鍔 锸鍤 锹鍬 锺鍾 锻鍛 锼鎪 锽鍠 锾鍰 锿鎄 镀鍍 镁鎂
镂鏤 镃鎡 镄鐨 镅鎇 镆鏌 镉鎘 镊鑷 镋鎲 镌鐫 镍鎳 镎鎿 镏鎦 镐鎬 镒鎰 镓鎵 镔鑌 镖鏢 镗鏜 镘鏝 镙鏍
镛鏞 镜鏡 镝鏑 镞鏃 镟鏇 镠鏐 镡鐔 镢鐝 镣鐐 镤鏷 镥鑥 镦鐓 镧鑭 镨鐠 镩鑹 镪鏹 镫鐙 镬鑊 镭鐳 镮鐶
镯鐲 镰鐮 镱鐿 镲鑔 镳鑣 镴鑞 镶鑲 镹 闩閂 闫閆 闱闈 闳閎 闵閔 闶閌 闼闥 闾閭 闿闓 阃閫 阄鬮 阆閬 阇闍
阈閾 阉閹 阊閶 阋鬩 阌閿 阍閽 阏閼 阒闃 阕闋 阖闔 阗闐 阚闞 阛闤 队隊 陉陘 陧隉 陨隕 隽雋 雳靂 霁霽
霭靄 靓靚 靥靨 鞑韃 鞯韉 韪韙 韫韞 颃頏 颅顱 颋頲 颌頜 颍潁 颏頦 颐頤 颔頷 颙顒 颚顎 颛顓 颞顳 颟顢
颡顙 颢顥 颤顫 颦顰 颧顴 飑颮 飒颯 飓颶 飕颼 飖颻 飚飈 饦飥 饧餳 饨飩 饪飪 饫飫 饬飭 饯餞 饴飴 饷餉
饸餄 饹餎 饺餃 饻 饽餑 馁餒 馃餜 馄餛 馇餷 馈饋 馊餿 馋饞 馍饃 馏餾 馐饈 馑饉 馒饅 馓饊 馔饌 馕饢
驮馱 驯馴 驰馳 驱驅 驲馹 驳駁 驴驢 驵駔 驶駛 驷駟 驸駙 驹駒 驺騶 驻駐 驼駝 驽駑 驾駕 驿驛 骀駘 骁驍
骂罵 骃駰 骄驕 骅驊 骆駱 骈駢 骊驪 骋騁 验驗 骍騂 骎駸 骏駿 骐騏 骑騎 骒騍 骓騅 骕 骖驂 骗騙 骘騭
骙騤 骚騷 骛騖 骜驁 骝騮 骞騫 骟騸 骠驃 骡騾 骢驄 骣驏 骤驟 骥驥 骦驦 骧驤 鲁魯 鸠鳩 鸡雞 鸢鳶 鸣鳴
鸥鷗 鸦鴉 鸪鴣 鸫鶇 鸬鸕 鸭鴨 鸮鴞 鸯鴦 鸰鴒 鸱鴟 鸲鴝 鸵鴕 鸶鷥 鸷鷙 鸸鴯 鸹鴰 鸺鵂 鸽鴿 鹁鵓 鹂鸝
鹃鵑 鹄鵠 鹅鵝 鹆鵒 鹇鷳 鹈鵜 鹉鵡 鹊鵲 鹋鶓 鹌鵪 鹎鵯 鹏鵬 鹑鶉 鹕鶘 鹗鶚 鹘鶻 鹚鶿 鹛鶥 鹜鶩 鹞鷂
齑齏 齿齒 龀齔 龁齕 龂齗 龃齟 龄齡 龅齙 龆齠 龇齜 龈齦 龉齬 龊齪 龋齲 龌齷 龚龔 龛龕 龟龜 汇匯 尔爾
众眾 优優 伞傘 传傳 伟偉 侠俠 侨僑 侣侶 侥僥 侩儈 侪儕 侬儂 俣俁 俦儔 俨儼 俩倆 俪儷 俫倈 俭儉 债債
倾傾 偬傯 偻僂 偾僨 偿償 傥儻 傧儐 储儲 傩儺 兖兗 兰蘭 冁囅 冈岡 凫鳧 凯凱 刍芻 刘劉 则則 刚剛 创創
刬剗 刭剄 剀剴 剐剮 剑劍 剧劇 劢勱 劲勁 劳勞 劽 勐 匦匭 匮匱 区區 协協 卤鹵 卺巹 厍厙 厐 厕廁 厢廂
厣厴 厦廈 厨廚 厩廄 厮廝 县縣 叁叄 叆靉 叇靆 发發 变變 叠疊 叶葉 号號 叹嘆 叽嘰 吓嚇 吕呂 吣唚 吨噸
听聽 启啟 吴吳 呒嘸 呓囈 呕嘔 呖嚦 呗唄 员員 呙咼 呛嗆 呜嗚 咏詠 咙嚨 咛嚀 咝噝 响響 哑啞 哒噠
哓嘵 哔嗶 哕噦 哗嘩 哙噲 哜嚌 哝噥 哟喲 唛嘜 唝嗊 唠嘮 唡啢 唢嗩 唤喚 啧嘖 啬嗇 啭囀 啮齧 啯 啰囉
啴嘽 啸嘯 喷噴 喽嘍 喾嚳 嗫囁 嗳噯 嘘噓 嘤嚶 嘱囑 噜嚕 嚣囂 团團 园園 围圍 囵圇 国國 图圖 圆圓 圣聖
圹壙 场場 坏壞 块塊 坚堅 坛壇 坜壢 坝壩 坞塢 坟墳 坠墜 垄壟 垅壠 垆壚 垒壘 垦墾 垩堊 垫墊 垭埡 垯墶
垱壋 垲塏 垴堖 埘塒 埙塤 埚堝 埯 堑塹 堕墮 墙牆 壮壯 声聲 壳殼 壶壺 处處 备備 复復 够夠 头頭 夸誇
夹夾 夺奪 奁奩 奂奐 奋奮 奖獎 奥奧 妆妝 妇婦 妈媽 妩嫵 妪嫗 妫媯 姗姍 姹奼 娄婁 娅婭 娆嬈 娇嬌 娈孌
娱娛 娲媧 娴嫻 婳嫿 婴嬰 婵嬋 婶嬸 媪媼 嫒嬡 嫔嬪 嫱嬙 嬷嬤 孙孫 学學 孪孿 宁寧 宝寶 实實 宠寵 审審
宪憲 宫宮 宽寬 宾賓 寝寢 对對 寻尋 导導 寿壽 将將 尔爾 尘塵 尝嘗 尧堯 尴尷 尸屍 层層 屃 屉屜 届屆
属屬 屡屢 屦屨 屿嶼 岁歲 岂豈 岖嶇 岗崗 岘峴 岙嶴 岚嵐 岛島 岭嶺 岽崬 岿巋 峄嶧 峡峽 峣嶢 峤嶠 峥崢
峦巒 崂嶗 崃崍 崄嶮 崭嶄 嵘嶸 嵚嶔 嵝嶁 巅巔 巩鞏 巯巰 币幣 帅帥 师師 帏幃 帐帳 帘簾 帜幟 带帶 帧幀
帮幫 帱幬 帻幘 帼幗 幂冪 庆慶 庐廬 庑廡 库庫 应應 庙廟 庞龐 废廢 廪廩 开開 异異 弃棄 张張 弪弳 弯彎
弹彈 强強 归歸 当當 录錄 彦彥 彻徹 径徑 徕徠 忆憶 忏懺 忧憂 忾愾 怀懷 态態 怂慫 怃憮 怄慪 怅悵 怆愴
怜憐 总總 怼懟 怿懌 恋戀 恒恆 恳懇 恶惡 恸慟 恹懨 恺愷 恻惻 恼惱 恽惲 悦悅 悫愨 悬懸 悭慳 悯憫 惊驚
惧懼 惨慘 惩懲 惫憊 惬愜 惭慚 惮憚 惯慣 愠慍 愤憤 愦憒 慑懾 懑懣 懒懶 懔懍 戆戇 戋戔 戏戲 戗戧 战戰
戬戩 户戶 扑撲 执執 扩擴 扪捫 扫掃 扬揚 扰擾 抚撫 抟摶 抠摳 抡掄 抢搶 护護 报報 担擔 拟擬 拢攏 拣揀
拥擁 拦攔 拧擰 拨撥 择擇 挂掛 挚摯 挛攣 挜掗 挝撾 挞撻 挟挾 挠撓 挡擋 挢撟 挣掙 挤擠 挥揮 挦撏 捞撈
损損 捡撿 换換 捣搗 据據 掳擄 掴摑 掷擲 掸撣 掺摻 掼摜 揽攬 揿撳 搀攙 搁擱 搂摟 搅攪 携攜 摄攝 摅攄
摆擺 摇搖 摈擯 摊攤 撄攖 撑撐 撵攆 撷擷 撸擼 撺攛 擞擻 攒攢 敌敵 敛斂 数數 斋齋 斓斕 斩斬 断斷 无無
旧舊 时時 旷曠 旸暘 昙曇 昼晝 昽曨 显顯 晋晉 晒曬 晓曉 晔曄 晕暈 晖暉 暂暫 暧曖 术術 机機 杀殺 杂雜
权權 杆桿 条條 来來 杨楊 杩榪 极極 构構 枞樅 枢樞 枣棗 枥櫪 枧梘 枨棖 枪槍 枫楓 枭梟 柠檸 柽檉 栀梔
栅柵 标標 栈棧 栉櫛 栊櫳 栋棟 栌櫨 栎櫟 栏欄 树樹 栖棲 样樣 栾欒 桠椏 桡橈 桢楨 档檔 桤榿 桥橋 桦樺
桧檜 桨槳 桩樁 梦夢 梼檮 梾棶 检檢 棂欞 椁槨 椟櫝 椠槧 椤欏 椭橢 楼樓 榄欖 榇櫬 榈櫚 榉櫸 槚檟 槛檻
槟檳 槠櫧 横橫 樯檣 樱櫻 橥櫫 橱櫥 橹櫓 橼櫞 檩檁 欢歡 欤歟 欧歐 歼殲 殁歿 殇殤 残殘 殒殞 殓殮 殚殫
殡殯 殴毆 毁毀 毂轂 毕畢 毙斃 毡氈 毵毿 氇氌 气氣 氢氫 氩氬 氲氳 汇匯 汉漢 汤湯 汹洶 沟溝 没沒 沣灃
沤漚 沥瀝 沦淪 沧滄 沨渢 沩溈 沪滬 泞濘 泪淚 泶澩 泷瀧 泸瀘 泺濼 泻瀉 泼潑 泽澤 泾涇 洁潔 洒灑 洼窪
浃浹 浅淺 浆漿 浇澆 浈湞 浊濁 测測 浍澮 济濟 浏瀏 浐滻 浑渾 浒滸 浓濃 浔潯 涛濤 涝澇 涞淶 涟漣 涠潿
涡渦 涣渙 涤滌 润潤 涧澗 涨漲 涩澀 渊淵 渌淥 渍漬 渎瀆 渐漸 渑澠 渔漁 渖瀋 渗滲 温溫 湾灣 湿濕 溃潰
溅濺 溆漵 滗潷 滚滾 滞滯 滟灧 滠灄 满滿 滢瀅 滤濾 滥濫 滦灤 滨濱 滩灘 滪澦 漤灠 潆瀠 潇瀟 潋瀲 潍濰
潜潛 潴瀦 澜瀾 濑瀨 濒瀕 灏灝 灭滅 灯燈 灵靈 灾災 灿燦 炀煬 炉爐 炖燉 炜煒 炝熗 点點 炼煉 炽熾 烁爍
烂爛 烃烴 烛燭 烟煙 烦煩 烧燒 烨燁 烩燴 烫燙 烬燼 热熱 焕煥 焖燜 焘燾 煴熅 爱愛 爷爺 牍牘 牦犛 牵牽
牺犧 犊犢 状狀 犷獷 犸獁 犹猶 狈狽 狝獮 狞獰 独獨 狭狹 狮獅 狯獪 狰猙 狱獄 狲猻 猃獫 猎獵 猕獼 猡玀
猪豬 猫貓 猬蝟 献獻 獭獺 玑璣 玚瑒 玛瑪 玮瑋 环環 现現 玱瑲 玺璽 珐琺 珑瓏 珰璫 珲琿 琏璉 琐瑣 琼瓊
瑶瑤 瑷璦 璎瓔 瓒瓚 瓯甌 电電 画畫 畅暢 畴疇 疖癤 疗療 疟瘧 疠癘 疡瘍 疬癧 疭瘲 疮瘡 疯瘋 疱皰 疴痾
痈癰 痉痙 痒癢 痖瘂 痨癆 痪瘓 痫癇 瘅癉 瘆瘮 瘗瘞 瘘瘻 瘪癟 瘫癱 瘾癮 瘿癭 癞癩 癣癬 癫癲 皑皚 皱皺
皲皸 盏盞 盐鹽 监監 盖蓋 盗盜 盘盤 眍瞘 眦眥 眬矓 睁睜 睐睞 睑瞼 瞒瞞 瞩矚 矫矯 矶磯 矾礬 矿礦 砀碭
码碼 砖磚 砗硨 砚硯 砜碸 砺礪 砻礱 砾礫 础礎 硁硜 硕碩 硖硤 硗磽 硙磑 确確 硷鹼 碍礙 碛磧 碜磣 碱鹼
礼禮 祃禡 祎禕 祢禰 祯禎 祷禱 祸禍 禀稟 禄祿 禅禪 离離 秃禿 秆稈 种種 积積 称稱 秽穢 秾穠 稆穭 税稅
稣穌 稳穩 穑穡 穷窮 窃竊 窍竅 窎窵 窑窯 窜竄 窝窩 窥窺 窦竇 窭窶 竖豎 竞競 笃篤 笋筍 笔筆 笕筧 笺箋
笼籠 笾籩 筑築 筚篳 筛篩 筜簹 筝箏 筹籌 签簽 简簡 箓籙 箦簀 箧篋 箨籜 箩籮 箪簞 箫簫 篑簣 篓簍 篮籃
篱籬 簖籪 籁籟 籴糴 类類 籼秈 粜糶 粝糲 粤粵 粪糞 粮糧 糁糝 糇餱 紧緊 絷縶 纟糹 纠糾 纡紆 红紅 纣紂
""".split()

_S2T_WORDS = {
    "联系": "聯繫", "关系": "關係", "复核": "複核", "复查": "複查", "复印": "複印", "复诊": "複診",
    "回复": "回覆", "答复": "答覆", "批准": "批准", "余额": "餘額", "剩余": "剩餘", "日历": "日曆",
    "委托": "委託", "托管": "託管", "制造": "製造", "研制": "研製", "复制": "複製", "编制": "編制",
    "规范": "規範", "示范": "示範", "范围": "範圍", "防范": "防範", "模范": "模範", "里程": "里程",
    "公里": "公里", "这里": "這裡", "那里": "那裡", "哪里": "哪裡", "家里": "家裡", "村里": "村裡",
    "里面": "裡面", "系统": "系統", "体系": "體系", "干部": "幹部", "干净": "乾淨", "干预": "干預",
    "只有": "只有", "只能": "只能", "一只": "一隻", "台账": "台賬", "平台": "平台", "后台": "後台",
    "面积": "面積", "方面": "方面", "发现": "發現", "头发": "頭髮", "理发": "理髮", "松散": "鬆散",
    "放松": "放鬆", "签名": "簽名", "标签": "標籤", "抽签": "抽籤", "准备": "準備", "准确": "準確",
    "标准": "標準", "准予": "准予", "不准": "不准", "获得": "獲得", "收获": "收穫", "冲突": "衝突",
    "冲洗": "沖洗", "周一": "週一", "周二": "週二", "周三": "週三", "周四": "週四", "周五": "週五",
    "周六": "週六", "周日": "週日", "本周": "本週", "每周": "每週", "周末": "週末", "症状": "症狀",
    "征收": "徵收", "特征": "特徵", "征求": "徵求", "征集": "徵集", "长征": "長征", "出租": "出租",
    "借款": "借款", "账户": "賬戶", "注销": "註銷", "注册": "註冊", "注明": "註明", "备注": "備註",
    "着火": "著火", "着手": "著手", "看着": "看著", "沈阳": "瀋陽", "干燥": "乾燥", "姜片": "薑片",
    "蒙古": "蒙古", "于是": "於是", "采购": "採購", "采集": "採集", "采取": "採取", "采用": "採用",
    "采样": "採樣", "开采": "開採", "云计算": "雲計算", "几乎": "幾乎", "茶几": "茶几", "旅游": "旅遊",
    "游客": "遊客", "游戏": "遊戲", "手表": "手錶", "水表": "水錶", "电表": "電錶", "仪表": "儀表",
    "表格": "表格", "代表": "代表", "表示": "表示", "发表": "發表", "表明": "表明", "坛子": "罈子",
    "咸菜": "鹹菜", "划算": "划算", "计划": "計劃", "规划": "規劃", "划分": "劃分", "策划": "策劃",
    "伙食": "伙食", "合伙": "合夥", "团伙": "團夥", "尽快": "儘快", "尽量": "儘量", "尽管": "儘管",
    "病历": "病歷", "历史": "歷史", "历时": "歷時", "经历": "經歷", "学历": "學歷", "公历": "公曆",
    "农历": "農曆", "向导": "嚮導", "舍弃": "捨棄", "宿舍": "宿舍", "了解": "瞭解", "明了": "明瞭",
    "适当": "適當", "一致": "一致", "精致": "精緻", "细致": "細緻", "导致": "導致", "致电": "致電",
    "团结": "團結", "丑陋": "醜陋", "松树": "松樹", "谷物": "穀物", "稻谷": "稻穀", "山谷": "山谷",
    "出发": "出發", "发生": "發生", "白发": "白髮", "奶制品": "奶製品", "制作": "製作", "制品": "製品",
    "控制": "控制", "制度": "制度", "机制": "機制", "限制": "限制", "管制": "管制", "体制": "體制",
    "制定": "制定", "制服": "制服", "抑制": "抑制", "联系人": "聯繫人", "叶片": "葉片", "退回": "退回",
    "面包": "麵包", "面条": "麵條", "面粉": "麵粉", "斗争": "鬥爭", "战斗": "戰鬥", "一斗": "一斗",
    "链接": "鏈接", "脏腑": "臟腑", "肮脏": "骯髒", "脏乱": "髒亂", "弄脏": "弄髒", "心脏": "心臟",
    "冬": "冬", "只要": "只要", "只是": "只是", "不只": "不只", "占用": "佔用", "占地": "佔地",
    "干扰": "干擾", "干涉": "干涉", "若干": "若干", "相干": "相干", "树干": "樹幹", "骨干": "骨幹",
    "干活": "幹活", "能干": "能幹", "干线": "幹線", "肝": "肝", "里程碑": "里程碑", "凌晨": "凌晨",
    "游泳": "游泳", "上游": "上游", "下游": "下游", "郁": "鬱", "抑郁": "抑鬱", "忧郁": "憂鬱",
    "郁金香": "鬱金香", "苏州": "蘇州", "台州": "台州", "台湾": "臺灣", "舞台": "舞臺", "柜台": "櫃檯",
    "吧台": "吧檯", "台风": "颱風", "一台": "一台", "机台": "機台", "台式": "台式", "讲台": "講臺",
    "系数": "係數", "维系": "維繫", "系上": "繫上", "须知": "須知", "必须": "必須", "胡须": "鬍鬚",
    "游览": "遊覽", "云端": "雲端", "云平台": "雲平台", "只需": "只需", "原余": "原餘", "余下": "餘下",
    "结余": "結餘", "业余": "業餘", "其余": "其餘", "多余": "多餘", "余款": "餘款", "余量": "餘量",
    "扎实": "紮實", "挣扎": "掙扎", "包扎": "包紮", "驻扎": "駐紮", "扎针": "扎針", "卷宗": "卷宗",
    "试卷": "試卷", "问卷": "問卷", "胶卷": "膠捲", "席卷": "席捲", "案卷": "案卷", "卷烟": "捲菸",
    "烟草": "菸草", "香烟": "香菸", "戒烟": "戒菸", "吸烟": "吸菸", "烟花": "煙花", "烟雾": "煙霧",
    "朴素": "樸素", "简朴": "簡樸", "划痕": "劃痕", "刮伤": "刮傷", "刮风": "颳風", "后悔": "後悔",
    "皇后": "皇后", "王后": "王后", "太后": "太后", "后续": "後續", "以后": "以後", "之后": "之後",
    "饥饿": "飢餓", "仑": "侖", "蔑视": "蔑視", "松下": "松下", "巨松": "巨松", "布局": "佈局",
    "发布": "發布", "分布": "分佈", "公布": "公佈", "布置": "佈置", "宣布": "宣布", "摆布": "擺佈",
    "分钟": "分鐘", "时钟": "時鐘", "闹钟": "鬧鐘", "钟点": "鐘點", "治愈": "治癒", "痊愈": "痊癒",
    "合并": "合併", "克服": "克服", "千克": "千克", "坑": "坑", "升级": "升級", "提升": "提升", "恶心": "噁心",
}

_S2T = {}
for _pair in _S2T_CHARS:
    if len(_pair) == 2 and _pair[0] != _pair[1]:
        _S2T[_pair[0]] = _pair[1]
for _w, _t in _S2T_WORDS.items():
    assert len(_w) == len(_t), (_w, _t)
_MAXW = max(len(w) for w in _S2T_WORDS)


def to_trad(s: str) -> str:
    """Simplified to Traditional, one character for one character."""
    out, i, n = [], 0, len(s)
    while i < n:
        for k in range(min(_MAXW, n - i), 1, -1):
            t = _S2T_WORDS.get(s[i:i + k])
            if t is not None:
                out.append(t)
                i += k
                break
        else:
            out.append(_S2T.get(s[i], s[i]))
            i += 1
    r = "".join(out)
    assert len(r) == len(s)
    return r

_S2T.update({"丢": "丟", "兹": "茲", "胫": "脛", "并": "並", "静": "靜", "杰": "傑", "群": "群", "颖": "穎", "荣": "榮", "乔": "喬", "恒": "恆", "锋": "鋒",
             "闵": "閔", "费": "費", "凌": "凌", "俞": "俞", "褚": "褚", "邬": "鄔", "缪": "繆",
             "虞": "虞", "钮": "鈕", "潘": "潘", "严": "嚴", "蒋": "蔣", "韩": "韓"})


# ---------------------------------------------------------------------------
# Pools
# ---------------------------------------------------------------------------
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程"
            "苏魏吕丁任沈姚卢钟陆汪金石廖贾夏韦方邹孟熊秦邱江尹薛段雷侯龙陶贺顾毛郝龚邵万钱严戴"
            "孔汤闵费施俞褚凌钮邬缪虞章楼宣茅")
SURNAMES2 = ["欧阳", "司马", "上官", "诸葛", "东方"]
GIVEN_M_OLD = "根宝 金龙 水根 阿毛 福根 荣华 德明 顺发 伯林 桂林 建国 国强 国平 卫东 卫国 新民 炳泉 阿四 永康 连生 全福 松林 宝林 仁和".split()
GIVEN_F_OLD = "秀英 桂英 玉兰 凤英 雪芬 月娥 彩凤 金花 杏芳 菊芬 根娣 阿娥 美娟 建英 桂芳 秀珍 小妹 素珍 爱娣 月英 玉珍 宝娣".split()
GIVEN_M_MID = "伟 强 磊 军 勇 杰 涛 明 超 刚 平 辉 鹏 华 飞 鑫 波 斌 健 俊 旭 宁 龙 林 阳 建华 建平 志强 志明 海峰 海涛 文斌 文杰 晓东 晓峰 永强 振华 立新 宏亮 国良 春雷 学军 建军 利民 晓军".split()
GIVEN_F_MID = "芳 娜 敏 静 丽 艳 娟 霞 燕 玲 婷 倩 琳 颖 萍 红 梅 洁 丽华 春梅 秋菊 晓燕 海燕 美玲 慧敏 丽娟 小红 雪梅 丹丹 晓红 文静 佳丽 晓丽 亚萍 红英 海英".split()
GIVEN_M_YOUNG = "子轩 浩然 宇航 俊熙 梓豪 一鸣 天佑 嘉豪 皓轩 明哲 睿 宸 奕辰 思远 泽宇 沐阳 子墨 博文 梓睿 铭轩 锦程 浩宇 一凡 言希".split()
GIVEN_F_YOUNG = "欣怡 梓涵 雨萱 佳琪 一诺 若曦 子涵 诗涵 可欣 雨桐 梦琪 语桐 思彤 欣妍 芷若 可馨 紫萱 沐晴 安琪 乐瑶 雅琪 梓萌".split()
SURNAME_PY = {"王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang",
              "黄": "huang", "赵": "zhao", "吴": "wu", "周": "zhou", "徐": "xu", "孙": "sun",
              "马": "ma", "朱": "zhu", "胡": "hu", "沈": "shen", "钱": "qian", "姚": "yao",
              "施": "shi", "俞": "yu", "费": "fei", "闵": "min", "潘": "pan", "蒋": "jiang"}
PY_SYL = ["wei", "fang", "na", "xiu", "ying", "min", "jing", "li", "qiang", "lei", "jun", "yang",
          "yong", "yan", "jie", "juan", "tao", "ming", "chao", "lan", "xia", "ping", "gang", "hua",
          "jian", "guo", "zhi", "hong", "yu", "peng", "hao", "chen", "xin", "yi", "han", "xuan"]

DIST_TOWNS = {
    "吴兴区": ["爱山街道", "月河街道", "朝阳街道", "飞英街道", "龙泉街道", "湖东街道", "康山街道",
             "仁皇山街道", "滨湖街道", "杨家埠街道", "环渚街道", "织里镇", "八里店镇", "妙西镇",
             "埭溪镇", "东林镇", "道场乡"],
    "南浔区": ["南浔镇", "双林镇", "练市镇", "善琏镇", "旧馆街道", "菱湖镇", "和孚镇", "千金镇",
             "石淙镇", "东迁街道"],
    "德清县": ["武康街道", "舞阳街道", "阜溪街道", "下渚湖街道", "乾元镇", "新市镇", "洛舍镇",
             "钟管镇", "禹越镇", "新安镇", "莫干山镇"],
    "长兴县": ["雉城街道", "画溪街道", "太湖街道", "龙山街道", "洪桥镇", "李家巷镇", "和平镇",
             "泗安镇", "虹星桥镇", "林城镇", "煤山镇", "水口乡", "吕山乡"],
    "安吉县": ["递铺街道", "昌硕街道", "灵峰街道", "孝源街道", "天荒坪镇", "孝丰镇", "报福镇",
             "章村镇", "梅溪镇", "杭垓镇", "溪龙乡", "上墅乡", "山川乡"],
}
DIST_CODE = {"吴兴区": "330502", "南浔区": "330503", "德清县": "330521", "长兴县": "330522",
             "安吉县": "330523"}
ROADS = ["人民路", "红旗路", "凤凰路", "青铜路", "劳动路", "环城西路", "苕溪东路", "二环东路",
         "龙溪北路", "衣裳街", "莲花庄路", "仁皇山路", "西山漾路", "滨河路", "太湖路", "金陵北路",
         "明珠路", "解放东路", "昌硕路", "天目路", "浦源大道", "英溪南路", "中兴大道", "长兴大道",
         "湖织大道", "东街", "南街", "北门路", "永昌路", "塘北路", "吉山路", "菱湖大道", "德清大道",
         "武康大道", "千秋街", "志和路", "東吳路"]
ROADS[-1] = "东吴路"
ESTATES = ["凤凰二村", "碧浪湖小区", "东白鱼潭小区", "湖东小区", "红丰新村", "潘公桥小区",
           "金色地中海", "太湖家园", "龙溪苑", "仁皇山庄", "望月新村", "白雀新村", "新华小区",
           "凤凰一村", "南园小区", "吉山新村", "安吉大竹园小区", "梅溪花园", "武康花园", "雉城家园",
           "西苑小区", "府前花苑", "清源苑", "骆驼桥小区", "米兰花园"]
VILLAGES = ["大港村", "茹家甸村", "义皋村", "荻港村", "余村", "高禹村", "溪龙村", "鲁家村",
            "仙山村", "三合村", "东衡村", "横山村", "新港村", "塘桥村", "梅林村", "杨湾村"]
PLACES = ["湖州站", "湖州南站", "湖州汽车总站", "爱山广场", "衣裳街", "南浔古镇", "浙北大厦",
          "八里店农贸市场", "长兴县雉城街道", "安吉县递铺街道", "德清县武康街道", "湖州市中心医院",
          "太湖旅游度假区", "织里童装城", "杭州东站", "上海虹桥站", "湖州万达广场", "吾悦广场",
          "龙之梦乐园", "安吉余村", "莫干山景区", "苕溪公园", "仁皇山公园", "长兴站", "德清站",
          "G50沪渝高速湖州南出口", "申苏浙皖高速长兴收费站", "湖州市第一人民医院", "月亮广场",
          "红旗路菜场", "东吴银泰城", "小梅口", "南太湖新区政务服务中心"]
HOSPITALS = ["湖州市中心医院", "湖州市第一人民医院", "湖州市第三人民医院", "湖州市中医院",
             "湖州市妇幼保健院", "德清县人民医院", "长兴县人民医院", "安吉县人民医院",
             "南浔区人民医院", "吴兴区人民医院"]
BIG_HOSPITALS = ["浙江大学医学院附属第一医院", "浙江大学医学院附属第二医院", "浙江省人民医院",
                 "浙江大学医学院附属邵逸夫医院", "浙江省肿瘤医院", "复旦大学附属中山医院"]
DEPTS = ["市公安局", "市人力社保局", "市民政局", "市卫生健康委", "市教育局", "市市场监管局",
         "市大数据发展管理局", "市交通运输局", "市医保局", "市残联", "市综合执法局", "市住建局",
         "吴兴区政府", "南浔区政府", "德清县政府", "长兴县政府", "安吉县政府"]
COMPANIES = ["湖州华数网络科技有限公司", "浙江湖安信息技术有限公司", "湖州吴兴恒达建材有限公司",
             "长兴县绿源环保科技有限公司", "安吉竹韵家居有限公司", "德清地信云图科技有限公司",
             "湖州织里童衣坊服饰有限公司", "浙江太湖数智科技有限公司", "湖州南浔双林木业有限公司",
             "湖州市鑫宇物业管理有限公司", "湖州大成安全检测有限公司", "浙江星汉软件股份有限公司",
             "湖州市惠民养老服务中心", "湖州丰泽餐饮管理有限公司", "长兴雉城百货商行",
             "安吉县昌硕路小吃店", "湖州市吴兴区阿强便利店", "德清县新市镇老街茶馆"]
SCHOOLS = ["湖州市爱山小学", "湖州市湖师附小", "湖州市东风小学", "湖州市凤凰小学",
           "湖州市第五中学", "湖州市第四中学", "吴兴区实验小学", "南浔区实验小学", "德清县武康第一小学",
           "长兴县实验小学", "安吉县第二小学", "湖州市飞英小学"]
HEALTH = ["高血压病3级", "高血压病2级", "2型糖尿病", "冠心病", "慢性肾脏病5期",
          "尿毒症（维持性血透）", "阿尔茨海默病", "帕金森病", "精神分裂症", "双相情感障碍",
          "抑郁症", "肺癌", "乳腺癌", "胃癌", "结肠癌", "肝硬化失代偿期", "脑梗死", "慢性阻塞性肺疾病",
          "类风湿关节炎", "股骨颈骨折", "腰椎间盘突出症", "白内障", "慢性乙型病毒性肝炎", "肺结核",
          "先天性心脏病", "脑性瘫痪", "孤独症谱系障碍", "癫痫", "重度骨质疏松", "心房颤动",
          "慢性心力衰竭（NYHA III级）", "急性心肌梗死", "系统性红斑狼疮", "唐氏综合征",
          "血友病A", "再生障碍性贫血", "HIV感染", "梅毒", "妊娠期糖尿病"]
SOFTWARE = [("Apache Tomcat", "9.0.31"), ("OpenSSH", "7.4p1"), ("nginx", "1.18.0"),
            ("Apache Struts", "2.5.26"), ("Log4j", "2.14.1"), ("MySQL", "5.7.26"),
            ("Redis", "5.0.7"), ("Oracle WebLogic Server", "12.2.1.3.0"), ("Spring Framework", "5.3.17"),
            ("Jenkins", "2.303.1"), ("Elasticsearch", "6.8.2"), ("OpenSSL", "1.0.2k"),
            ("PostgreSQL", "11.5"), ("Fastjson", "1.2.47"), ("vCenter Server", "6.7.0.42000"),
            ("Nacos", "2.0.3"), ("Harbor", "2.4.1"), ("Kibana", "7.10.2"), ("Zabbix", "5.0.18"),
            ("泛微OA", "9.0"), ("用友NC", "6.5"), ("达梦数据库", "8.1.2.128"), ("Apache HTTP Server", "2.4.49")]
CVES = ["CVE-2020-1938", "CVE-2021-44228", "CVE-2022-22965", "CVE-2021-41773", "CVE-2017-10271",
        "CVE-2023-46604", "CVE-2021-21972", "CVE-2019-0708", "CVE-2022-0847", "CVE-2023-4966",
        "CVE-2024-3094", "CVE-2018-7600", "CVE-2021-26855", "CVE-2023-22515"]
EMAIL_DOMAINS = ["163.com", "126.com", "qq.com", "sina.com", "huzhou.gov.cn", "foxmail.com",
                 "outlook.com", "gmail.com", "zju.edu.cn", "139.com", "aliyun.com", "hzdsj.cn"]
BANK_BINS = [("622202", 19), ("622848", 19), ("621700", 19), ("621661", 19), ("622588", 16),
             ("622609", 16), ("623058", 19), ("621226", 19), ("622908", 19), ("625965", 16),
             ("621799", 19), ("622262", 19), ("628288", 16), ("621485", 16)]
OPS_ACCTS = ["ops_admin", "dba_hz01", "sec_audit", "sysadmin", "root", "appuser", "etl_job",
             "gw_svc", "readonly", "backup"]
PROVINCE_PLATES = ["浙E"] * 10 + ["浙A", "浙B", "浙F", "浙C", "苏E", "沪A", "皖B", "苏A", "赣C"]
PLATE_AL = "ABCDEFGHJKLMNPQRSTUVWXYZ"
DIGITS = "0123456789"
DOC_PREFIX = ["浙政发", "浙政办发", "湖政发", "湖政办发", "湖政办函", "湖人社发", "湖民发",
              "湖卫健发", "湖教发", "湖市监", "湖财社", "湖数据发", "湖委办发", "吴政办发",
              "长政办发", "安政发", "德政发", "国办发", "浔政办发", "湖交发", "湖医保发"]

OTHER_REGIONS = ["330102", "330106", "330481", "330602", "330782", "320506", "341122", "411421",
                 "510922", "362330", "330381", "340521", "330402", "320583", "420281", "500228"]
MOBILE_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147",
                 "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173",
                 "175", "176", "177", "178", "180", "181", "182", "183", "184", "185", "186",
                 "187", "188", "189", "191", "195", "198", "199"]
REF_DAY = date(2025, 6, 30)

E = "E"   # entity label tag
N = "N"   # negative label tag


def _ent(text, typ):
    return (text, (E, typ))


def _neg(text, kind):
    return (text, (N, kind))


def _plain(text):
    return (text, None)


# ---------------------------------------------------------------------------
# Check digits
# ---------------------------------------------------------------------------
def org_check(code8: str) -> str:
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(code8, W_ORG))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc_check(first17: str) -> str:
    s = sum(USCC_AL.index(c) * w for c, w in zip(first17, W_USCC))
    return USCC_AL[(31 - s % 31) % 31]


def luhn_ok(digits: str) -> bool:
    return luhn_digit(digits[:-1]) == digits[-1]


def id_ok(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17].upper()


def uscc_ok(s: str) -> bool:
    return (len(s) == 18 and all(c in USCC_AL for c in s) and uscc_check(s[:17]) == s[17]
            and org_check(s[8:16]) == s[16])


_FW = {ord(fullwidth(c)): c for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+-.@_:"}


def norm(s: str) -> str:
    """Half-width, separators removed (for checking spans)."""
    return re.sub(r"[\s\-·]", "", s.translate(_FW))


def valid_date(y, m, d):
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


# ---------------------------------------------------------------------------
# Formatting helpers
# ---------------------------------------------------------------------------
def fmt_date(rng, d: date, style=None):
    style = style or rng.choice(["cn", "cn", "cn0", "dash", "dash", "dot", "slash", "compact"])
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "dash":
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "compact":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "fw":
        return fullwidth(f"{d.year}-{d.month:02d}-{d.day:02d}")
    if style == "fwcn":
        return f"{fullwidth(str(d.year))}年{fullwidth(str(d.month))}月{fullwidth(str(d.day))}日"
    if style == "en":
        return d.strftime("%d %b %Y")
    raise ValueError(style)


def rand_day(rng, y0=2019, y1=2025):
    a = date(y0, 1, 1).toordinal()
    b = min(date(y1, 12, 31), REF_DAY + timedelta(days=180)).toordinal()
    return date.fromordinal(rng.randint(a, b))


def group(s, sizes, sep):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def fmt_id(rng, s, style=None):
    style = style or rng.choices(["plain", "sp", "fw", "dash", "lowx"], [70, 9, 9, 4, 8])[0]
    if style == "lowx":
        return s[:-1] + s[-1].lower()
    if style == "sp":
        return group(s, [6, 8, 4], " ") if len(s) == 18 else group(s, [6, 6, 3], " ")
    if style == "dash":
        return group(s, [6, 8, 4], "-") if len(s) == 18 else group(s, [6, 6, 3], "-")
    if style == "fw":
        return fullwidth(s)
    return s


def fmt_mobile(rng, m, style=None):
    style = style or rng.choices(["plain", "sp", "dash", "p86", "p86sp", "p86dash", "fw", "86"],
                                 [52, 12, 8, 7, 7, 3, 8, 3])[0]
    return {"plain": m, "sp": group(m, [3, 4, 4], " "), "dash": group(m, [3, 4, 4], "-"),
            "p86": "+86" + m, "p86sp": "+86 " + group(m, [3, 4, 4], " "),
            "p86dash": "+86-" + m, "fw": fullwidth(m), "86": "86-" + m}[style]


def fmt_card(rng, c, style=None):
    style = style or rng.choices(["plain", "sp4", "fw", "dash4"], [60, 28, 6, 6])[0]
    if style == "sp4":
        return group(c, [4] * 5, " ")
    if style == "dash4":
        return group(c, [4] * 5, "-")
    if style == "fw":
        return fullwidth(c)
    return c


# ---------------------------------------------------------------------------
# Raw value makers
# ---------------------------------------------------------------------------
def make_name(rng, male=None, era=None):
    if male is None:
        male = rng.random() < 0.5
    era = era or rng.choice(["old", "mid", "mid", "young"])
    sur = rng.choice(SURNAMES2) if rng.random() < 0.03 else rng.choice(SURNAMES)
    pool = {("old", True): GIVEN_M_OLD, ("old", False): GIVEN_F_OLD, ("mid", True): GIVEN_M_MID,
            ("mid", False): GIVEN_F_MID, ("young", True): GIVEN_M_YOUNG, ("young", False): GIVEN_F_YOUNG}[(era, male)]
    return sur, rng.choice(pool)


def make_id17(rng, birth: date, male: bool, local=True):
    if local and rng.random() < 0.8:
        region = rng.choice(list(DIST_CODE.values()) + ["330501", "330502", "330522"])
    else:
        region = rng.choice(OTHER_REGIONS)
    seq = f"{rng.randint(0, 99):02d}{rng.choice('13579' if male else '02468')}"
    return region + birth.strftime("%Y%m%d") + seq


def bad_check(rng, good: str, alphabet: str) -> str:
    return rng.choice([c for c in alphabet if c != good])


def make_bank(rng, bad=False):
    bin_, ln = rng.choice(BANK_BINS)
    body = bin_ + "".join(rng.choice(DIGITS) for _ in range(ln - len(bin_) - 1))
    d = luhn_digit(body)
    return body + (bad_check(rng, d, DIGITS) if bad else d)


def make_uscc(rng, bad=False, kind=None):
    kind = kind or rng.choices(["91", "92", "93", "12", "52", "11", "91"], [50, 14, 4, 10, 5, 4, 13])[0]
    region = rng.choice(["330500", "330502", "330503", "330521", "330522", "330523", "330501"])
    al = [c for c in USCC_AL if c.isalpha()]
    if rng.random() < 0.55:
        org8 = "MA" + "".join(rng.choice(DIGITS + "".join(al)) for _ in range(6))
    else:
        org8 = "".join(rng.choice(DIGITS) for _ in range(8))
    oc = org_check(org8)
    first17 = kind + region + org8 + oc
    c = uscc_check(first17)
    return first17 + (bad_check(rng, c, USCC_AL) if bad else c)


def make_mobile(rng):
    return rng.choice(MOBILE_PREFIX) + "".join(rng.choice(DIGITS) for _ in range(8))


def make_landline(rng, style=None, ext=None):
    area, ln = rng.choices([("0572", 7), ("0571", 8), ("010", 8), ("021", 8), ("0573", 7),
                            ("0512", 8)], [70, 12, 5, 5, 4, 4])[0]
    first = rng.choice("23568") if ln == 7 else rng.choice("5678")
    local = first + "".join(rng.choice(DIGITS) for _ in range(ln - 1))
    style = style or rng.choices(["dash", "paren", "fparen", "space", "glued", "p86", "fw"],
                                 [48, 12, 10, 10, 10, 7, 3])[0]
    if style == "dash":
        s = f"{area}-{local}"
    elif style == "paren":
        s = f"({area}){local}"
    elif style == "fparen":
        s = f"（{area}）{local}"
    elif style == "space":
        s = f"{area} {local}"
    elif style == "glued":
        s = area + local
    elif style == "fw":
        s = fullwidth(f"{area}-{local}")
    else:
        s = f"+86-{area[1:]}-{local}"
    if ext is None:
        ext = rng.random() < 0.18
    if ext:
        e = str(rng.randint(1, 9)) + "".join(rng.choice(DIGITS) for _ in range(rng.choice([2, 3])))
        s += rng.choice([f"转{e}", f"-{e}", f" ext. {e}", f" 转 {e}", f"（分机{e}）"])
    return s


def make_email(rng, sur=None):
    py = SURNAME_PY.get(sur, rng.choice(list(SURNAME_PY.values())))
    dom = rng.choice(EMAIL_DOMAINS)
    if dom == "qq.com" and rng.random() < 0.6:
        local = str(rng.randint(10000, 2999999999))
    else:
        tail = "".join(rng.choice(PY_SYL) for _ in range(rng.choice([1, 2])))
        local = rng.choice([f"{py}{tail}", f"{py}.{tail}", f"{py}_{tail}{rng.randint(1, 99)}",
                            f"{tail}{py}{rng.randint(1970, 2005)}", f"hz{py}{tail}"])
    return f"{local}@{dom}"


def make_ip(rng, kind=None):
    kind = kind or rng.choices(["priv", "pub", "v6"], [55, 41, 4])[0]
    if kind == "v6":
        return rng.choice(["240e", "2409", "2408", "fd00"]) + ":" + ":".join(
            f"{rng.randint(0, 0xffff):x}" for _ in range(rng.choice([3, 4]))) + "::" + f"{rng.randint(1, 0xfff):x}"
    if kind == "priv":
        a = rng.choice(["10", "172", "192"])
        if a == "10":
            return f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
        if a == "172":
            return f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
        return f"192.168.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    a, b = rng.choice([(59, 202), (112, 17), (115, 236), (122, 224), (36, 26), (183, 129), (218, 75),
                       (60, 190), (101, 71), (220, 189), (47, 96), (39, 170), (45, 134), (185, 220)])
    return f"{a}.{b}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def make_passport(rng):
    k = rng.choices(["E8", "EL", "G8"], [50, 35, 15])[0]
    if k == "E8":
        return "E" + "".join(rng.choice(DIGITS) for _ in range(8))
    if k == "EL":
        return "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(rng.choice(DIGITS) for _ in range(7))
    return "G" + "".join(rng.choice(DIGITS) for _ in range(8))


def make_hkmo(rng):
    if rng.random() < 0.55:
        return "C" + "".join(rng.choice(DIGITS) for _ in range(8))
    return "C" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(rng.choice(DIGITS) for _ in range(7))


def make_plate(rng, style=None):
    pre = rng.choice(PROVINCE_PLATES)
    if rng.random() < 0.22:
        body = rng.choice("DF") + rng.choice(DIGITS + "ABCDEFGHJK") + "".join(rng.choice(DIGITS) for _ in range(4))
    else:
        chars = [rng.choice(DIGITS) for _ in range(5)]
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            chars[rng.randint(0, 4)] = rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        body = "".join(chars)
    style = style or rng.choices(["glued", "dot", "space"], [65, 25, 10])[0]
    return pre + {"glued": "", "dot": "·", "space": " "}[style] + body


def make_ssc(rng):
    if rng.random() < 0.6:
        return rng.choice("ABDHJKLM") + "".join(rng.choice(DIGITS) for _ in range(8))
    return "3305" + "".join(rng.choice(DIGITS) for _ in range(6))


def make_mrn(rng, kind=None):
    kind = kind or rng.choice(["mz", "zy", "ba", "yb", "num"])
    y = rng.randint(2019, 2025)
    if kind == "mz":
        return f"MZ{y}{rng.randint(1, 12):02d}{rng.randint(0, 99999):05d}"
    if kind == "zy":
        return f"ZY{rng.randint(100000, 999999)}{rng.randint(0, 9)}"
    if kind == "ba":
        return f"{rng.randint(0, 9)}{rng.randint(100000, 999999)}"
    if kind == "yb":
        return f"H3305{rng.randint(10000000, 99999999)}"
    return f"{y}{rng.randint(100000, 999999)}"


def make_addr(rng, form=None, dist=None):
    dist = dist or rng.choice(list(DIST_TOWNS))
    town = rng.choice(DIST_TOWNS[dist])
    road = rng.choice(ROADS)
    est = rng.choice(ESTATES)
    vil = rng.choice(VILLAGES)
    n = rng.randint(1, 999)
    b, u, r = rng.randint(1, 36), rng.randint(1, 6), rng.randint(1, 28) * 100 + rng.randint(1, 4)
    form = form or rng.choice(["road", "estate", "rural", "full", "short", "lane", "estate2"])
    pro = rng.choice(["", "", "浙江省", "浙江"])
    if form == "road":
        return f"{pro}湖州市{dist}{town}{road}{n}号"
    if form == "estate":
        return f"{pro}湖州市{dist}{town}{est}{b}幢{u}单元{r}室"
    if form == "estate2":
        return f"湖州市{dist}{road}{n}号{est}{b}幢{r}室"
    if form == "rural":
        return f"{rng.choice(['', '湖州市'])}{dist}{town}{vil}{rng.randint(1, 18)}组{rng.randint(1, 120)}号"
    if form == "full":
        return f"浙江省湖州市{dist}{town}{road}{n}号{est}{b}幢{u}单元{r}室"
    if form == "short":
        return f"{dist}{est}{b}幢{r}室"
    if form == "lane":
        return f"{dist}{town}{road}{rng.randint(1, 300)}弄{rng.randint(1, 60)}号"
    if form == "div":
        return rng.choice([f"湖州市{dist}", f"浙江省湖州市{dist}", f"湖州市{dist}{town}"])
    raise ValueError(form)


def make_trace(rng):
    stops = rng.sample(PLACES, rng.randint(3, 5))
    style = rng.choice(["arrow", "arrow_sp", "timed", "ascii", "ascii2"])
    if style == "arrow":
        return "→".join(stops)
    if style == "arrow_sp":
        return " → ".join(stops)
    if style == "ascii":
        return "->".join(stops)
    if style == "ascii2":
        return " --> ".join(stops)
    h = rng.randint(7, 12)
    parts = [stops[0]]
    for s in stops[1:]:
        h += rng.randint(0, 2)
        parts.append(f"{h:02d}:{rng.randint(0, 59):02d} {s}")
    return " → ".join(parts)


MONEY_KINDS = {  # kind: (low, high, formats)
    "pension": (1800, 7800, ("yuan_dec", "yuan", "yen")),
    "wage": (2800, 26000, ("yuan", "yuan_dec", "yen", "plain")),
    "income": (600, 9000, ("yuan", "plain", "yen")),
    "benefit": (300, 2600, ("yuan", "yuan_dec", "plain")),
    "deposit": (2000, 900000, ("wan", "yuan", "yen")),
    "balance": (50, 260000, ("yuan_dec", "yen", "yuan")),
    "rent": (800, 5000, ("yuan", "plain", "yen")),
    "loan": (5000, 600000, ("wan", "yuan", "yen")),
    "price": (20000, 900000, ("wan", "yuan")),
    "expense": (80, 60000, ("yuan_dec", "yuan", "yen")),
    "compensation": (500, 2800000, ("yuan", "wan", "yen")),
    "subsidy": (10000, 500000, ("wan", "yuan")),
}


def make_money(rng, kind=None):
    lo, hi, fmts = MONEY_KINDS[kind or rng.choice(list(MONEY_KINDS))]
    v = rng.randint(lo, hi)
    f = rng.choice(fmts)
    if f == "wan" and v < 10000:
        f = "yuan"
    if f == "yuan":
        return f"{v:,}元" if v >= 10000 and rng.random() < 0.6 else f"{v}元"
    if f == "yuan_dec":
        return f"{v:,}.{rng.randint(0, 99):02d}元"
    if f == "yen":
        return f"¥{v:,}" + rng.choice(["", ".00", f".{rng.randint(10, 99)}"])
    if f == "wan":
        w = v / 10000
        return (f"{w:.1f}万元" if w < 100 else f"{round(w)}万元")
    return f"{v}元"


def make_amount(rng, size=None):
    """An amount that belongs to no person (budget, contract, fine on a company)."""
    lo, hi = {"s": (200, 90_000), "m": (20_000, 9_000_000)}[size or "m"]
    v = rng.randint(lo, hi)
    forms = [f"{v:,}.00元", f"¥{v:,}", f"人民币{v:,}元", f"{v}元"]
    if v >= 10000:
        forms += [f"{v // 10000}万元", f"{v / 10000:.2f}万元"]
    return rng.choice(forms)


def make_docno(rng):
    y = rng.randint(2015, 2025)
    br = rng.choice([("〔", "〕"), ("〔", "〕"), ("[", "]"), ("（", "）")])
    return f"{rng.choice(DOC_PREFIX)}{br[0]}{y}{br[1]}{rng.randint(1, 180)}号"


def make_caseno(rng, kind=None):
    y = rng.randint(2018, 2025)
    kind = kind or rng.choice(["court", "police", "market", "traffic", "court2"])
    if kind == "court":
        return f"（{y}）浙{rng.choice(['0502', '0503', '0521', '0522', '0523'])}{rng.choice(['民初', '刑初', '执', '行初', '民特'])}{rng.randint(1, 9999)}号"
    if kind == "court2":
        return f"({y})浙05{rng.choice(['民终', '刑终', '行终'])}{rng.randint(1, 2999)}号"
    if kind == "police":
        return f"湖公（{rng.choice(['吴', '浔', '开', '度'])}）行罚决字〔{y}〕{rng.randint(1, 9999):05d}号"
    if kind == "market":
        return f"湖市监{rng.choice(['处罚', '案', '检'])}〔{y}〕{rng.randint(1, 300)}号"
    while True:
        s = "3305" + rng.choice(["02", "03", "21", "22", "23"]) + "".join(rng.choice(DIGITS) for _ in range(10))
        if not luhn_ok(s):
            return s


def digits_not_card(rng, n, prefix=""):
    while True:
        s = prefix + "".join(rng.choice(DIGITS) for _ in range(n - len(prefix)))
        if not (16 <= len(s) <= 19 and luhn_ok(s)) and not (len(s) == 18 and id_ok(s)):
            return s


# ---------------------------------------------------------------------------
# People in a document: one consistent set of values per person key
# ---------------------------------------------------------------------------
class Person:
    def __init__(self, rng, key):
        self.rng = rng
        prefix = re.match(r"[a-z]+", key).group()
        if prefix.startswith("eld"):
            y = rng.randint(1925, 1945)
        elif prefix.startswith("old"):
            y = rng.randint(1928, 1960)
        elif prefix.startswith("kid"):
            y = rng.randint(2014, 2020)
        elif prefix.startswith(("par", "fa", "mo")):
            y = rng.randint(1978, 1994)
        else:
            y = rng.randint(1956, 2004)
        self.birth = date(y, 1, 1) + timedelta(days=rng.randint(0, 364))
        self.male = (prefix.startswith("fa") or (not prefix.startswith("mo") and rng.random() < 0.5))
        era = "old" if y < 1962 else "young" if y >= 1995 else "mid"
        self.surname, self.given = make_name(rng, self.male, era)
        self.name = self.surname + self.given
        self.id17 = make_id17(rng, self.birth, self.male)
        self.id = self.id17 + id_check(self.id17)
        self.dist = next((d for d, c in DIST_CODE.items() if c == self.id[:6]),
                         rng.choice(list(DIST_TOWNS)))
        self._cache = {}

    def health_pool(self):
        pool = [h for h in HEALTH if h not in ("妊娠期糖尿病", "唐氏综合征", "先天性心脏病", "脑性瘫痪")]
        if not self.male and 20 <= self.age <= 42:
            pool.append("妊娠期糖尿病")
        if self.age < 30:
            pool += ["先天性心脏病", "唐氏综合征", "脑性瘫痪"]
        return pool

    def once(self, name, fn):
        if name not in self._cache:
            self._cache[name] = fn()
        return self._cache[name]

    @property
    def age(self):
        b = self.birth
        return REF_DAY.year - b.year - ((REF_DAY.month, REF_DAY.day) < (b.month, b.day))

    def get(self, attr, arg):
        rng = self.rng
        if attr == "name":
            return _ent(self.name, "PERSON")
        if attr == "surname":
            return _plain(self.surname)
        if attr == "title":
            return _plain("先生" if self.male else "女士")
        if attr == "sex":
            return _plain("男" if self.male else "女")
        if attr == "sexen":
            return _plain("M" if self.male else "F")
        if attr == "age":
            return _plain(str(self.age))
        if attr == "id":
            return _ent(fmt_id(rng, self.id, arg or None), "CN_RESIDENT_ID")
        if attr == "id15":
            s = self.id[:6] + self.id[8:14] + self.id[14:17]
            return _ent(fmt_id(rng, s, arg if arg in ("plain", "sp", "fw") else "plain"), "CN_RESIDENT_ID")
        if attr == "idbad":
            bad = self.once("idbad", lambda: self.id17 + bad_check(rng, self.id[-1], "0123456789X"))
            return _neg(bad, "id_lookalike")
        if attr == "idmask":
            s = self.id
            m = rng.choice([s[:3] + "*" * 11 + s[-4:], s[:6] + "********" + s[-4:], s[:1] + "*" * 16 + s[-1:]])
            return _neg(m, "masked")
        if attr == "dob":
            return _ent(fmt_date(rng, self.birth, arg or None), "DATE_OF_BIRTH")
        if attr == "mobile":
            m = self.once("mobile", lambda: make_mobile(rng))
            return _ent(fmt_mobile(rng, m, arg or None), "CN_MOBILE")
        if attr == "mobmask":
            m = self.once("mobile", lambda: make_mobile(rng))
            return _neg(m[:3] + "****" + m[-4:], "masked")
        if attr == "email":
            return _ent(self.once("email", lambda: make_email(rng, self.surname)), "EMAIL_ADDRESS")
        if attr == "addr":
            form = arg or None
            return _ent(self.once("addr" + (arg or ""), lambda: make_addr(rng, form, self.dist)), "CN_ADDRESS")
        if attr == "hukou":
            return _ent(self.once("hukou" + (arg or ""), lambda: make_addr(rng, arg or "rural", self.dist)), "CN_ADDRESS")
        if attr == "passport":
            return _ent(self.once("passport", lambda: make_passport(rng)), "CN_PASSPORT")
        if attr == "hkmo":
            return _ent(self.once("hkmo", lambda: make_hkmo(rng)), "CN_HK_MACAO_PERMIT")
        if attr == "bank":
            c = self.once("bank", lambda: make_bank(rng))
            return _ent(fmt_card(rng, c, arg or None), "BANK_CARD")
        if attr == "bankbad":
            c = self.once("bankbad", lambda: make_bank(rng, bad=True))
            return _neg(c, "bank_lookalike")
        if attr == "bankmask":
            c = self.once("bank", lambda: make_bank(rng))
            return _neg(rng.choice([c[:6] + "*" * (len(c) - 10) + c[-4:], "**** **** **** " + c[-4:]]), "masked")
        if attr == "ssc":
            return _ent(self.once("ssc", lambda: make_ssc(rng)), "CN_SOCIAL_SECURITY")
        if attr == "mrn":
            return _ent(self.once("mrn" + (arg or ""), lambda: make_mrn(rng, arg or None)), "CN_MEDICAL_RECORD")
        if attr == "plate":
            return _ent(self.once("plate", lambda: make_plate(rng, arg or None)), "CN_LICENSE_PLATE")
        if attr == "health":
            return _ent(self.once("health", lambda: rng.choice(self.health_pool())), "HEALTH_INFO")
        if attr == "health2":
            h1 = self.once("health", lambda: rng.choice(self.health_pool()))
            return _ent(self.once("health2", lambda: rng.choice([h for h in self.health_pool() if h != h1])), "HEALTH_INFO")
        if attr == "khealth":
            return _ent(self.once("khealth", lambda: rng.choice(KID_HEALTH)), "HEALTH_INFO")
        if attr == "dis":
            return _ent(self.once("dis", lambda: rng.choice(DISABILITY)), "HEALTH_INFO")
        if attr == "parent":
            return _plain("父" if self.male else "母")
        if attr == "child":
            return _plain("子" if self.male else "女")
        if attr == "byear":
            return _plain(str(self.birth.year))
        raise KeyError(attr)


# ---------------------------------------------------------------------------
# Global generators (key -> fn(ctx, arg) -> (text, label) | [(text, label), ...])
# ---------------------------------------------------------------------------
def _rand_digits(rng, n):
    return "".join(rng.choice(DIGITS) for _ in range(n))


def g_int(ctx, arg):
    a, b = (int(x) for x in (arg or "1-99").split("-"))
    return _plain(str(ctx.rng.randint(a, b)))


def g_pick(ctx, arg):
    return _plain(ctx.rng.choice(arg.split("|")))


def g_time(ctx, arg):
    r = ctx.rng
    if arg == "s":
        return _plain(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}")
    return _plain(f"{r.randint(7, 21):02d}:{r.randint(0, 59):02d}")


def g_ts(ctx, arg):
    """Timestamps move forward through a document, in one style unless told."""
    r = ctx.rng
    ctx.clock += timedelta(seconds=r.choice([r.randint(1, 90), r.randint(60, 3600), r.randint(3600, 86400)]))
    c = ctx.clock
    d, t = c.date(), c.strftime("%H:%M:%S")
    if arg:
        style = arg
    else:
        if ctx.ts_style is None or r.random() < 0.1:
            ctx.ts_style = r.choice(["iso", "iso", "slash", "t", "ms"])
        style = ctx.ts_style
    if style == "iso":
        s = f"{d.isoformat()} {t}"
    elif style == "slash":
        s = f"{d.year}/{d.month:02d}/{d.day:02d} {t}"
    elif style == "t":
        s = f"{d.isoformat()}T{t}+08:00"
    elif style == "ms":
        s = f"{d.isoformat()} {t}.{r.randint(0, 999):03d}"
    elif style == "syslog":
        s = c.strftime("%b ") + f"{d.day:2d} {t}"
    elif style == "cn":
        s = f"{d.year}年{d.month}月{d.day}日 {t[:5]}"
    elif style == "compact":
        s = d.strftime("%Y%m%d") + t.replace(":", "")
    else:
        raise ValueError(style)
    return _neg(s, "timestamp")


def g_date(ctx, arg):
    """Dates move forward through a document, mostly in one style."""
    r = ctx.rng
    ctx.day += timedelta(days=r.choice([0, r.randint(1, 30), r.randint(15, 400)]))
    if arg:
        style = arg
    else:
        if ctx.date_style is None or r.random() < 0.15:
            ctx.date_style = r.choice(["cn", "cn", "cn0", "dash", "dot", "slash"])
        style = ctx.date_style
    return _neg(fmt_date(r, ctx.day, style), "date")


def g_svc(ctx, arg):
    num = arg or ctx.rng.choice(["12345", "12345", "12333", "12315", "95566", "95588", "96345",
                                 "122", "110", "120", "10086", "12328", "12348", "400-826-8010",
                                 "800-820-8820", "400-1100-315", "95598", "12366"])
    return _neg(num, "service_number")


def g_ver(ctx, arg):
    r = ctx.rng
    s = r.choice([f"V{r.randint(1, 9)}.{r.randint(0, 12)}.{r.randint(0, 30)}",
                  f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 99)}",
                  f"v{r.randint(1, 6)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(100, 9999)}",
                  f"{r.randint(2, 10)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(0, 255)}",
                  f"R{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}P{r.randint(1, 20)}",
                  f"V{r.randint(100, 900)}R{r.randint(1, 30):03d}C{r.randint(1, 99):02d}SPC{r.randint(100, 900)}"])
    return _neg(s, "version")


def g_soft(ctx, arg):
    name, ver = ctx.rng.choice(SOFTWARE)
    sep = ctx.rng.choice([" ", " ", "/", " 版本 "]) if not name[0].isascii() or True else " "
    return [_plain(name + sep), _neg(ver, "version")]


def g_oid(ctx, arg):
    r = ctx.rng
    s = r.choice([f"1.3.6.1.4.1.{r.choice([2011, 25506, 9, 2636, 12356, 3902])}.{r.randint(1, 30)}.{r.randint(1, 200)}",
                  f"1.2.156.10197.1.{r.choice([301, 401, 104, 501])}",
                  f"1.3.6.1.2.1.{r.randint(1, 40)}.{r.randint(1, 30)}.1.{r.randint(1, 20)}",
                  f"2.16.156.{r.randint(100, 999)}.{r.randint(1, 99)}.{r.randint(1, 9)}"])
    return _neg(s, "oid")


def g_sn(ctx, arg):
    r = ctx.rng
    AL = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    s = r.choice(["2102" + _rand_digits(r, 2) + "".join(r.choice(AL + DIGITS) for _ in range(14)),
                  "FG" + r.choice(["60F", "100F", "200E"]) + "TK" + _rand_digits(r, 8),
                  "".join(r.choice("0123456789ABCDEF") for _ in range(12)),
                  "SN" + _rand_digits(r, 4) + "".join(r.choice(AL) for _ in range(3)) + _rand_digits(r, 6),
                  "HZDSJ" + _rand_digits(r, 10)])
    return _neg(s, "serial_number")


def g_device(ctx, arg):
    r = ctx.rng
    s = r.choice([f"HZ-{r.choice(['WX', 'NX', 'DQ', 'CX', 'AJ'])}-{r.choice(['CAM', 'FW', 'SW', 'AP', 'GW'])}-{r.randint(1, 9999):05d}",
                  "330502" + "00" + r.choice(["131", "132", "111"]) + _rand_digits(r, 9),
                  f"{r.choice(['SW', 'FW', 'AC', 'RT'])}-{r.choice(['DSJ', 'ZWY', 'JCK'])}-{r.randint(1, 99):02d}",
                  ":".join(f"{r.randint(0, 255):02X}" for _ in range(6))])
    return _neg(s, "device_code")


def g_asset(ctx, arg):
    r = ctx.rng
    s = r.choice([f"ZC-{r.randint(2015, 2025)}-{r.randint(1, 999999):06d}",
                  f"HZDSJ-{r.choice(['SRV', 'STO', 'NET', 'SEC'])}-{r.randint(1, 999):04d}",
                  f"GDZC{r.randint(2016, 2025)}{_rand_digits(r, 5)}"])
    return _neg(s, "asset_code")


def g_order(ctx, arg):
    r = ctx.rng
    s = r.choice([digits_not_card(r, 19, "2024"), digits_not_card(r, 18, "2025"),
                  f"DD{r.randint(2023, 2025)}{_rand_digits(r, 10)}",
                  digits_not_card(r, 16, "1" + r.choice("23") + "0")])
    return _neg(s, "order_number")


def g_invoice(ctx, arg):
    r = ctx.rng
    kind = arg or r.choice(["code", "no", "digital"])
    if kind == "code":
        return _neg("0330" + r.choice(["02", "01"]) + _rand_digits(r, 6), "invoice_number")
    if kind == "no":
        return _neg(_rand_digits(r, 8), "invoice_number")
    return _neg(digits_not_card(r, 20, r.choice(["24", "25"]) + "3320"), "invoice_number")


def g_contract(ctx, arg):
    r = ctx.rng
    y = r.randint(2021, 2025)
    s = r.choice([f"HZCG{y}-{r.randint(1, 999):04d}", f"湖数采〔{y}〕{r.randint(1, 99)}号",
                  f"HT-{y}-{r.choice(['FW', 'HW', 'GC'])}-{r.randint(1, 999):03d}",
                  f"ZJHZ{y}{r.randint(1, 9999):05d}", f"合同编号{y}0{r.randint(100, 999)}"])
    if s.startswith("合同编号"):
        return [_plain("合同编号"), _neg(s[4:], "contract_number")]
    return _neg(s, "contract_number")


def g_tender(ctx, arg):
    r = ctx.rng
    y = r.randint(2021, 2025)
    s = r.choice([f"HZZFCG-{y}-{r.choice('GFH')}-{r.randint(1, 999):04d}",
                  f"ZJ-HZ-{y}-{r.randint(1, 9999):04d}", f"CZCG{y}G{r.randint(1, 999):03d}",
                  f"HZGG{y}{r.randint(1, 9999):05d}", f"WXCG-{y}{r.randint(1, 999):03d}"])
    return _neg(s, "tender_number")


def g_wo(ctx, arg):
    r = ctx.rng
    d = rand_day(r, 2023, 2025).strftime("%Y%m%d")
    s = r.choice([f"HZ{d}{r.randint(1, 99999):05d}", f"{d}{r.randint(1, 999999):06d}",
                  f"GD-{d}-{r.randint(1, 9999):04d}", f"WX{d[2:]}{r.randint(1, 9999):04d}"])
    if s.isdigit() and len(s) == 14:
        s = s
    return _neg(s, "work_order_number")


def g_postcode(ctx, arg):
    return _neg(ctx.rng.choice(["313000", "313000", "313001", "313009", "313100", "313200",
                                "313300", "313012", "313027", "310000"]), "postcode")


def g_cve(ctx, arg):
    return _neg(ctx.rng.choice(CVES), "cve")


def g_regno(ctx, arg):
    r = ctx.rng
    return _neg("3305" + r.choice(["00", "02", "21", "22", "23"]) + "0000" + _rand_digits(r, 5), "reg_number")


def g_orgcode(ctx, arg):
    r = ctx.rng
    c8 = _rand_digits(r, 8)
    return _neg(f"{c8}-{org_check(c8)}", "org_code")


def g_orgacct(ctx, arg):
    r = ctx.rng
    s = digits_not_card(r, 19, r.choice(["1205", "3300", "1900", "7331"]))
    s = s if not luhn_ok(s) else s[:-1] + str((int(s[-1]) + 1) % 10)
    return _neg(r.choice([s, group(s, [4] * 5, " ")]), "org_account")


def g_traceid(ctx, arg):
    r = ctx.rng
    return _neg("".join(r.choice("0123456789abcdef") for _ in range(r.choice([16, 32]))), "trace_id")


def g_vcode(ctx, arg):
    return _neg(f"{ctx.rng.randint(0, 999999):06d}", "verification_code")


def g_staff(ctx, arg):
    r = ctx.rng
    return _neg(r.choice([f"HZ{r.randint(1000, 9999)}", f"GH{r.randint(10000, 99999)}", f"{r.randint(100000, 999999)}"]), "staff_number")


def g_batch(ctx, arg):
    r = ctx.rng
    return _neg(f"{r.choice(['PC', 'BATCH', 'FF'])}{rand_day(r, 2023, 2025).strftime('%Y%m')}{r.randint(1, 999):03d}", "batch_number")


def g_amt(ctx, arg):
    return _neg(make_amount(ctx.rng, arg or None), "amount")


def g_unitp(ctx, arg):
    r = ctx.rng
    return _neg(f"{r.randint(2, 60)}.{r.randint(0, 9)}0元/{r.choice(['斤', '公斤', '升'])}", "amount")


def g_fee(ctx, arg):
    r = ctx.rng
    return _neg(r.choice([f"{r.randint(2, 60)}元", f"{r.randint(2, 60)}.00", f"¥{r.randint(2, 60)}"]), "amount")


def g_rate(ctx, arg):
    """A policy rate: an amount per person, not any one person's money."""
    r = ctx.rng
    return _neg(r.choice([f"{r.choice([50, 100, 150, 200, 300, 500])}元", f"{r.choice([80, 120, 260, 680])}元/月"]), "amount")


def g_idbad(ctx, arg):
    r = ctx.rng
    p = Person(r, "x")
    return _neg(p.id17 + bad_check(r, p.id[-1], "0123456789X"), "id_lookalike")


def g_bankbad(ctx, arg):
    return _neg(fmt_card(ctx.rng, make_bank(ctx.rng, bad=True), arg or ctx.rng.choice(["plain", "plain", "sp4"])), "bank_lookalike")


def g_usccbad(ctx, arg):
    return _neg(make_uscc(ctx.rng, bad=True), "uscc_lookalike")


def g_masked(ctx, arg):
    r = ctx.rng
    m = make_mobile(r)
    return _neg(r.choice([m[:3] + "****" + m[-4:], m[:3] + "*" * 8]), "masked")


def g_platebad(ctx, arg):
    """A look-alike of a plate: a parking-space or route code."""
    r = ctx.rng
    return _neg(r.choice([f"E{r.randint(100, 999)}-{r.randint(1, 99):02d}", f"B2-{r.randint(1, 300):03d}"]), "space_code")


ENT_GEN = {
    "NAME": lambda c, a: _ent("".join(make_name(c.rng)), "PERSON"),
    "TEL": lambda c, a: _ent(make_landline(c.rng, None if a in (None, "", "ext", "noext") else a,
                                           True if a == "ext" else False if a == "noext" else None), "CN_LANDLINE"),
    "MOBILE": lambda c, a: _ent(fmt_mobile(c.rng, make_mobile(c.rng), a or None), "CN_MOBILE"),
    "IP": lambda c, a: _ent(make_ip(c.rng, a or None), "IP_ADDRESS"),
    "EMAIL": lambda c, a: _ent(make_email(c.rng), "EMAIL_ADDRESS"),
    "ADDR": lambda c, a: _ent(make_addr(c.rng, a or None), "CN_ADDRESS"),
    "PLATE": lambda c, a: _ent(make_plate(c.rng, a or None), "CN_LICENSE_PLATE"),
    "USCC": lambda c, a: _ent(make_uscc(c.rng, kind=a or None), "CN_USCC"),
    "BANK": lambda c, a: _ent(fmt_card(c.rng, make_bank(c.rng), a or None), "BANK_CARD"),
    "HEALTH": lambda c, a: _ent(c.rng.choice(HEALTH), "HEALTH_INFO"),
    "MONEY": lambda c, a: _ent(make_money(c.rng, a or None), "FINANCIAL_INFO"),
    "TRACE": lambda c, a: _ent(make_trace(c.rng), "LOCATION_TRACE"),
    "PASSPORT": lambda c, a: _ent(make_passport(c.rng), "CN_PASSPORT"),
    "HKMO": lambda c, a: _ent(make_hkmo(c.rng), "CN_HK_MACAO_PERMIT"),
    "MRN": lambda c, a: _ent(make_mrn(c.rng, a or None), "CN_MEDICAL_RECORD"),
}
NEG_GEN = {
    "DOCNO": lambda c, a: _neg(make_docno(c.rng), "document_number"),
    "CASENO": lambda c, a: _neg(make_caseno(c.rng, a or None), "case_number"),
    "TS": g_ts, "DATE": g_date, "SVC": g_svc, "VER": g_ver, "SOFT": g_soft, "OID": g_oid,
    "SN": g_sn, "DEVICE": g_device, "ASSET": g_asset, "ORDER": g_order, "INVOICE": g_invoice,
    "CONTRACT": g_contract, "TENDER": g_tender, "WO": g_wo, "POSTCODE": g_postcode, "CVE": g_cve,
    "REGNO": g_regno, "ORGCODE": g_orgcode, "ORGACCT": g_orgacct, "TRACEID": g_traceid,
    "VCODE": g_vcode, "STAFF": g_staff, "BATCH": g_batch, "AMT": g_amt, "RATE": g_rate,
    "IDBAD": g_idbad, "BANKBAD": g_bankbad, "USCCBAD": g_usccbad, "MASKED": g_masked,
    "SPACE": g_platebad,
}
PLAIN_GEN = {
    "N": g_int, "PICK": g_pick, "TIME": g_time,
    "ORG": lambda c, a: _plain(c.rng.choice(COMPANIES)),
    "DEPT": lambda c, a: _plain(c.rng.choice(DEPTS)),
    "HOSP": lambda c, a: _plain(c.rng.choice(HOSPITALS)),
    "BIGHOSP": lambda c, a: _plain(c.rng.choice(BIG_HOSPITALS)),
    "SCHOOL": lambda c, a: _plain(c.rng.choice(SCHOOLS)),
    "DIST": lambda c, a: _plain(c.rng.choice(list(DIST_TOWNS))),
    "TOWN": lambda c, a: _plain(c.rng.choice(sum(DIST_TOWNS.values(), []))),
    "ROAD": lambda c, a: _plain(c.rng.choice(ROADS)),
    "ESTATE": lambda c, a: _plain(c.rng.choice(ESTATES)),
    "VILLAGE": lambda c, a: _plain(c.rng.choice(VILLAGES)),
    "PLACE": lambda c, a: _plain(c.rng.choice(PLACES)),
    "ACCT": lambda c, a: _plain(c.rng.choice(OPS_ACCTS)),
    "PORT": lambda c, a: _plain(str(c.rng.choice([22, 80, 443, 3306, 1521, 5432, 6379, 8080, 8443, 9200, 3389, 1433, 53, 123])
                                    if a != "hi" else c.rng.randint(1025, 65535))),
    "HOST": lambda c, a: _plain(f"hz-{c.rng.choice(['dsj', 'zwy', 'rs', 'mz', 'wjw', 'jy'])}-{c.rng.choice(['db', 'app', 'web', 'gw', 'etl', 'es'])}-{c.rng.randint(1, 20):02d}"),
    "SOFTNAME": lambda c, a: _plain(c.rng.choice(SOFTWARE)[0]),
    "PCT": lambda c, a: _plain(f"{c.rng.randint(1, 99)}.{c.rng.randint(0, 9)}%"),
    "SQLT": lambda c, a: _plain(c.rng.choice(["t_resident_info", "ods_rk_jbxx", "dwd_sb_cbxx", "t_jzgl_person",
                                            "ads_ylfw_dx", "t_jtwf_record", "dim_person", "t_xsxj"])),
    "COUNT": lambda c, a: _plain(str(c.rng.randint(2, 50000))),
}


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------
PH = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:\.([a-z0-9]+))?(?::([^{}#]*))?(?:#(\w+))?\}")


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.people = {}
        self.tags = {}
        self.day = rand_day(rng, 2019, 2024) - timedelta(days=rng.randint(0, 200))
        self.clock = datetime.combine(rand_day(rng, 2023, 2025), datetime.min.time()) + timedelta(
            seconds=rng.randint(0, 86399))
        self.ts_style = None
        self.date_style = None

    def person(self, key):
        if key not in self.people:
            self.people[key] = Person(self.rng, key)
        return self.people[key]

    def value(self, key, attr, arg, tag):
        if tag and (key, attr, arg, tag) in self.tags:
            return self.tags[(key, attr, arg, tag)]
        if attr is not None:
            v = self.person(key).get(attr, arg)
        elif key in ENT_GEN:
            v = ENT_GEN[key](self, arg)
        elif key in NEG_GEN:
            v = NEG_GEN[key](self, arg)
        elif key in PLAIN_GEN:
            v = PLAIN_GEN[key](self, arg)
        else:
            raise KeyError(f"unknown placeholder {key}")
        if tag:
            self.tags[(key, attr, arg, tag)] = v
        return v


def render(template: str, ctx: Ctx):
    pieces, pos = [], 0
    for m in PH.finditer(template):
        if m.start() > pos:
            pieces.append(_plain(template[pos:m.start()]))
        v = ctx.value(m.group(1), m.group(2), m.group(3), m.group(4))
        pieces.extend(v if isinstance(v, list) else [v])
        pos = m.end()
    if pos < len(template):
        pieces.append(_plain(template[pos:]))
    return pieces


def assemble(pieces, trad: bool):
    text, ents, negs = [], [], []
    off = 0
    for t, lab in pieces:
        if trad:
            t = to_trad(t)
        if lab is not None:
            if lab[0] == E:
                ents.append({"type": lab[1], "start": off, "end": off + len(t)})
            else:
                negs.append({"kind": lab[1], "start": off, "end": off + len(t)})
        text.append(t)
        off += len(t)
    return "".join(text), ents, negs


# ---------------------------------------------------------------------------
# Templates.  Each entry: (template id, kind, template string or fn(rng) -> str).
# Person keys: p q r s … adults, old* elderly, kid* children, par* parents.
# ---------------------------------------------------------------------------
TEMPLATES = []


def T(tid, kind, body):
    TEMPLATES.append((tid, kind, body))


def rows(n_lo, n_hi, row, head="", tail="", sep="\n", k="r", j="par"):
    """A template builder for pasted tables: in row, {i} is the row number,
    {k.attr} a per-row person (key prefix k) and {j.attr} a second one."""
    def build(rng):
        n = rng.randint(n_lo, n_hi)
        body = sep.join(row.replace("{i}", str(i + 1)).replace("{k.", "{%s%d." % (k, i))
                        .replace("{j.", "{%s%d." % (j, i)) for i in range(n))
        return head + body + tail
    return build


# more generators ------------------------------------------------------------
KID_HEALTH = ["支气管肺炎", "水痘", "手足口病", "过敏性哮喘", "1型糖尿病", "先天性心脏病",
              "孤独症谱系障碍", "注意缺陷多动障碍", "癫痫", "甲型流感", "猩红热", "川崎病"]
DISABILITY = ["肢体残疾三级", "肢体残疾二级", "视力残疾一级", "视力残疾二级", "听力残疾一级",
              "听力残疾三级", "言语残疾二级", "智力残疾二级", "精神残疾二级", "多重残疾一级"]
OUTDIVS = ["安徽省阜阳市临泉县", "河南省周口市郸城县", "贵州省毕节市", "江西省上饶市鄱阳县",
           "四川省南充市", "江苏省宿迁市沭阳县", "湖北省黄冈市", "云南省昭通市", "甘肃省天水市"]
VIN_AL = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def g_fine(ctx, arg):
    return _neg(ctx.rng.choice(["50元", "100元", "150元", "200元", "500元", "1000元", "2000元"]), "amount")


def g_vin(ctx, arg):
    r = ctx.rng
    if arg == "engine":
        return _neg("".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + _rand_digits(r, 6), "engine_number")
    return _neg(r.choice(["LSV", "LFV", "LGB", "LVS", "LHG", "LSG", "LDC"]) + "".join(r.choice(VIN_AL) for _ in range(14)), "vin")


def g_cert(ctx, arg):
    r = ctx.rng
    if arg == "birth":
        return _neg(r.choice("NOPQR") + "33" + _rand_digits(r, 7), "certificate_number")
    return _neg(f"浙（{r.randint(2016, 2025)}）湖州市不动产权第{r.randint(1, 999999):07d}号", "certificate_number")


def g_licno(ctx, arg):
    r = ctx.rng
    return _neg(r.choice(["JY1", "JY2", "JY3"]) + "3305" + r.choice(["02", "03", "21", "22", "23"]) + _rand_digits(r, 8), "license_number")


ENT_GEN.update({
    "OUTDIV": lambda c, a: _ent(c.rng.choice(OUTDIVS), "CN_ADDRESS"),
    "HEALTH": lambda c, a: _ent(c.rng.choice(a.split("|") if a else HEALTH), "HEALTH_INFO"),
})
NEG_GEN.update({"UNITP": g_unitp, "FEE": g_fee, "FINE": g_fine, "VIN": g_vin, "CERT": g_cert, "LICNO": g_licno})
_device0 = NEG_GEN["DEVICE"]


def g_device2(c, a):
    if a == "mac":
        return _neg(":".join(f"{c.rng.randint(0, 255):02X}" for _ in range(6)), "device_code")
    if a == "code20":
        return _neg("3110" + "3305" + c.rng.choice(["02", "03", "21", "22", "23"]) + str(c.rng.randint(2008, 2024))
                    + _rand_digits(c.rng, 6), "device_code")
    return _device0(c, a)


NEG_GEN["DEVICE"] = g_device2



def mixed_rows(n_lo, n_hi, variants, head="", tail="", k="r"):
    """Like rows(), but each row takes one of several row formats."""
    def build(rng):
        n = rng.randint(n_lo, n_hi)
        body = "\n".join(rng.choice(variants).replace("{i}", str(i + 1)).replace("{k.", "{%s%d." % (k, i))
                         for i in range(n))
        return head + body + tail
    return build


# ---- firewall -------------------------------------------------------------
T("fw01", "firewall_log", rows(3, 7,
  "{TS:syslog} HZ-DSJ-FW01 %%01POLICY/6/POLICYPERMIT(l):vsys=public, protocol=6, source-ip={IP:priv}, "
  "source-port={PORT:hi}, destination-ip={IP:pub}, destination-port={PORT}, time={TS:slash}, "
  "source-zone=trust, destination-zone=untrust, rule-name=DSJ_out_{N:1-99}."))
T("fw02", "firewall_log", rows(2, 6,
  "时间：{TS}  源IP：{IP:pub}  目的IP：{IP:priv}  目的端口：{PORT}  动作：{PICK:拒绝|丢弃|告警}  "
  "策略：禁止互联网访问数据库区  命中次数：{COUNT}",
  head="【政务外网边界防火墙阻断日志（节选）】\n", tail="\n导出人：{p.name}  导出时间：{TS}"))
T("fw03", "firewall_change",
  "防火墙策略变更申请单\n申请编号：{WO}\n申请人：{p.name}    所属单位：{DEPT}\n联系电话：{p.mobile}    邮箱：{p.email}\n"
  "源地址：{IP:priv}    目的地址：{IP:priv}    端口：TCP/{PORT}\n变更设备：{DEVICE}（固件版本 {VER}）\n"
  "变更理由：{PICK:新建社保数据同步链路|养老服务平台对接民政库|12345系统调用户籍接口}\n"
  "审批人：{q.name}    审批日期：{DATE}")
T("fw04", "firewall_alert", rows(2, 5,
  "{TS} 检测到来自 {IP:pub} 的{PICK:SQL注入|命令执行|目录遍历|WebShell上传}攻击，目标 {IP:priv}:{PORT}，规则ID {N:10000-99999}，已阻断。",
  head="威胁告警日报（{DATE}）\n", tail="\n值班人员：{p.name}（{p.mobile}），复核：{q.name}"))
T("fw05", "firewall_config",
  "# HZ-ZWY-FW02 running-config, last modified by {p.email} at {TS:iso}\n"
  "set address \"RS-DB-{N:1-9}\" ip {IP:priv}/32\n"
  "set address \"MZ-API\" ip {IP:priv}/32\n"
  "set policy id {N:100-999} from trust to dmz src \"RS-DB-1\" dst \"MZ-API\" service \"TCP-{PORT}\" permit log\n"
  "# firmware {VER}, serial {SN}")
T("fw06", "firewall_blocklist", rows(3, 6,
  "| {i} | {IP:pub} | {PICK:美国|荷兰|新加坡|俄罗斯|境内IDC} | {PICK:端口扫描|暴力破解|漏洞利用|挖矿外联} | {TS} |",
  head="互联网出口封禁IP清单\n| 序号 | 封禁IP | 归属 | 封禁原因 | 封禁时间 |\n|---|---|---|---|---|\n",
  tail="\n清单维护：{p.name}，{TEL}"))
T("fw07", "firewall_log", rows(2, 5,
  'date={DATE:dash} time={TIME:s} devname="FG100F-HZ" devid="{SN}" logid="0000000013" type="traffic" '
  'subtype="forward" srcip={IP:priv} srcport={PORT:hi} dstip={IP:pub} dstport={PORT} action="{PICK:deny|accept}" '
  'policyid={N:1-300} user="{k.email}"'))
T("fw08", "incident_handling",
  "网络安全应急处置记录\n处置人：{p.name}（工号 {STAFF}）\n发现时间：{TS}\n"
  "情况：主机 {HOST}（{IP:priv}，资产编号 {ASSET}）持续外连 {IP:pub}:{PORT:hi}，疑似木马回连。\n"
  "措施：边界防火墙封禁外连地址，主机断网取证。\n联系电话：{TEL}")

# ---- VPN ------------------------------------------------------------------
T("vpn01", "vpn_log", rows(2, 6,
  "{TS} SSLVPN user {k.email} login success from {IP:pub}, assigned virtual IP {IP:priv}, client version {VER}"))
T("vpn02", "vpn_request",
  "VPN账号开通申请表\n姓名：{p.name}\n单位：{ORG}\n身份证号：{p.id}\n手机：{p.mobile}\n邮箱：{p.email}\n"
  "申请期限：{DATE} 至 {DATE}\n绑定终端MAC：{DEVICE:mac}\n访问资源：{IP:priv}、{IP:priv}\n部门负责人：{q.name}")
T("vpn03", "vpn_alert",
  "【VPN异常登录告警】账号 {p.name}（{p.mobile:plain}）于 {TS} 从境外IP {IP:pub} 登录，"
  "系统已发送二次验证码 {VCODE} 至 {p.mobmask}，请本人确认。客户端版本 {VER}。")
T("vpn04", "vpn_export", rows(3, 6, "{k.email},{k.name},{TS:iso},{IP:pub},{IP:priv},{N:1000-999999}",
  head="username,real_name,login_time,src_ip,virtual_ip,bytes_in\n"))
T("vpn05", "sms",
  "【湖州市大数据局】{p.name}您好，您的VPN临时账号已开通，有效期至{DATE}，客户端版本{VER}，如有疑问请致电{TEL}。")
T("vpn06", "vpn_notice",
  "以下人员VPN账号将于{DATE}停用：{p.name}（{DEPT}）、{q.name}（{DEPT}）、{r.name}（{ORG}）。"
  "如需保留请联系{s.name}，电话{TEL}，邮箱{s.email}。")
T("vpn07", "vpn_config",
  "IPSec隧道变更记录\n对端网关：{IP:pub}    本端网关：{IP:pub}\n感兴趣流：源 {IP:priv} 目的 {IP:priv}\n"
  "IKE版本：v2    变更单号：{WO}\n实施人：{p.name}    复核人：{q.name}    实施时间：{TS:cn}")
T("vpn08", "vpn_log",
  "User {p.email} (employee {STAFF}) connected via L2TP from {IP:pub} at {TS:t}; "
  "session {TRACEID} terminated after 3 failed OTP attempts. Helpdesk: {TEL}")

# ---- bastion host ---------------------------------------------------------
T("bh01", "bastion_audit", rows(2, 4,
  "会话ID {TRACEID} | 运维人员：{k.name}（{ACCT}）| 来源IP：{IP:priv} | 目标资产：{HOST}（{IP:priv}）| 协议：{PICK:SSH|RDP|SFTP} | "
  "开始时间：{TS} | 高危命令：{PICK:rm -rf /data/backup|chmod 777 /etc|mysqldump --all-databases|无}"))
T("bh02", "bastion_request",
  "堡垒机账号申请\n申请人：{p.name}，身份证号：{p.id}，手机：{p.mobile}\n所属公司：{ORG}（统一社会信用代码 {USCC}）\n"
  "申请访问资产：{HOST}、{HOST}\n授权期限：至{DATE}\n担保人：{q.name}（{DEPT}）")
T("bh03", "bastion_cmdlog",
  "[{TS}] {ACCT}@{HOST}: mysql -h {IP:priv} -u dba -p --default-character-set=utf8\n"
  "[{TS}] {ACCT}@{HOST}: select xm,sfzh,sjhm from {SQLT} where sfzh='{p.id:plain}';\n"
  "| {p.name} | {p.id:plain} | {p.mobile:plain} |\n1 row in set (0.{N:10-99} sec)")
T("bh04", "bastion_report",
  "堡垒机审计周报（{DATE}—{DATE}）\n本周共 {COUNT} 次会话，高危操作 {N:1-20} 次，涉及运维人员 {p.name}、{q.name}。\n"
  "异常来源IP：{IP:pub}（已封禁）。审计员：{r.name}，报告编号 {WO}。")
T("bh05", "sms",
  "【堡垒机】账号{ACCT}于{TS}连续5次口令错误已锁定，来源{IP:priv}。如非本人操作请联系管理员{p.name} {p.mobile}。")
T("bh06", "bastion_audit",
  "Session {TRACEID} user={ACCT} realname={p.name} src={IP:priv} dst={IP:priv}:3389 start={TS:iso} "
  "end={TS:iso} video=/audit/rdp/{TRACEID}.mp4 approved_by={q.name}")
T("bh07", "handover",
  "特权账号交接单\n移交人：{p.name}    接收人：{q.name}    监交人：{r.name}\n"
  "交接资产：{HOST}（{IP:priv}）、{HOST}（{IP:priv}），资产编号 {ASSET}\n交接日期：{DATE}")
T("bh08", "ops_ticket",
  "运维工单 {WO}\n申请人：{p.name}  电话：{TEL}\n变更内容：升级 {SOFT} 至最新版本\n影响系统：社保业务经办系统\n"
  "计划时间：{TS:cn}\n回退方案：快照回滚\n审批：{q.name}")

# ---- database audit ---------------------------------------------------------
T("db01", "db_audit",
  "告警级别：高 | 规则：批量查询敏感字段 | 数据库：{IP:priv}:{PORT} | 账号：{ACCT} | 客户端IP：{IP:priv} | "
  "SQL：SELECT name, id_card, phone FROM {SQLT} WHERE id_card = '{p.id:plain}' | 返回行数：{COUNT} | 时间：{TS}")
T("db02", "db_result", rows(2, 4, "| {k.name} | {k.id:plain} | {k.mobile:plain} | {k.addr} |",
  head="mysql> select xm, sfzh, sjhm, jtzz from {SQLT} limit 4;\n+------+------+------+------+\n| xm | sfzh | sjhm | jtzz |\n+------+------+------+------+\n",
  tail="\n+------+------+------+------+"))
T("db03", "db_audit",
  "AUDIT_TYPE=Standard DB_USER={ACCT} OS_HOST={HOST} USERHOST={IP:priv} "
  "SQL_TEXT=UPDATE T_SB_GRXX SET SJHM='{p.mobile:plain}' WHERE GMSFHM='{p.id:plain}' EXTENDED_TIMESTAMP={TS:t}")
T("db04", "masking_check",
  "脱敏效果抽查记录（抽查人：{p.name}）\n样本1：原值 {q.id:plain}，脱敏后 {q.idmask}\n"
  "样本2：原值 {q.mobile:plain}，脱敏后 {q.mobmask}\n样本3：原值 {q.bank:plain}，脱敏后 {q.bankmask}\n结论：符合规则 {VER}")
T("db05", "data_quality",
  "数据质量校验报告\n批次号：{BATCH}    检查时间：{TS}\n字段 sfzh 校验失败 {COUNT} 条，示例：{IDBAD}、{IDBAD}（校验位错误）；\n"
  "字段 yhkh Luhn校验失败示例：{BANKBAD}；\n统一社会信用代码校验失败示例：{USCCBAD}。\n责任人：{p.name}")
T("db06", "db_slowlog",
  "# Time: {TS:t}\n# User@Host: {ACCT}[{ACCT}] @  [{IP:priv}]\n# Query_time: {N:3-60}.{N:100-999}  Lock_time: 0.000  Rows_sent: 1  Rows_examined: {COUNT}\n"
  "SELECT * FROM {SQLT} WHERE sjhm='{p.mobile:plain}' OR xm='{p.name}';")
T("db07", "db_error",
  'ERROR:  duplicate key value violates unique constraint "uk_sfzh"\nDETAIL:  Key (sfzh)=({p.id:plain}) already exists.\n'
  "CONTEXT:  COPY {SQLT}, line {N:2-9999}\nSTATEMENT:  COPY {SQLT} FROM '/data/import/{BATCH}.csv'")
T("db08", "db_request",
  "数据库访问权限申请\n申请人：{p.name}（{p.email}）\n申请库表：{IP:priv} / {SQLT}\n权限：SELECT（只读）\n"
  "数据分级：L4 敏感\n用途：{PICK:养老金资格核验|低保家庭收入核对|学籍比对}\n审批人：{q.name}    审批日期：{DATE}")
T("db09", "db_audit_csv", rows(2, 5, "{TS},{ACCT},{IP:priv},{SQLT},\"SELECT * FROM {SQLT} WHERE mobile='{k.mobile:plain}'\",{N:1-50}",
  head="event_time,db_user,client_ip,object,sql_text,rows\n"))
T("db10", "sensitive_scan",
  "敏感数据发现扫描结果（任务创建人：{p.name}，引擎版本 {VER}）\n"
  "库表 {SQLT} 列 col_3 识别为身份证号，样例 {q.idmask}；\n列 col_7 识别为手机号，样例 {MASKED}；\n"
  "列 col_9 识别为银行卡号，样例 {q.bankmask}。建议分级：L4。")

# ---- API gateway ------------------------------------------------------------
T("api01", "access_log", rows(2, 4,
  '{IP:pub} - - [{TS:iso}] "GET /api/v1/person/query?sfzh={k.id:plain}&xm={k.name} HTTP/1.1" 200 {N:100-9999} "-" "okhttp/3.14.9" rt=0.{N:10-999}'))
T("api02", "gateway_json",
  '{"ts":"{TS:t}","app_key":"hz_{N:1000-9999}","client_ip":"{IP:priv}","path":"/gateway/rs/sbcx",'
  '"req":{"idCard":"{p.id:plain}","name":"{p.name}"},"status":200,"latency_ms":{N:5-900},"trace_id":"{TRACEID}"}')
T("api03", "api_notice",
  "{DEPT}调用“{PICK:居民户籍信息查询|社保参保信息查询|不动产登记信息查询}”接口于{DATE}出现超量调用{COUNT}次，"
  "调用方IP {IP:priv}，请接口负责人{p.name}（{p.mobile}）核实。")
T("api04", "sharing_request",
  "公共数据共享申请表\n申请编号：{WO}\n申请单位：{DEPT}\n联系人：{p.name}    办公电话：{TEL}    手机：{p.mobile}\n邮箱：{p.email}\n"
  "申请数据：{PICK:残疾人基本信息|死亡人员信息|低保家庭信息|婚姻登记信息}\n使用场景：{PICK:补贴资格核验|养老金停发核查|教育资助核对}\n"
  "法律依据：{DOCNO}")
T("api05", "api_response",
  '{"code":0,"msg":"success","data":{"name":"{p.name}","gender":"{p.sex}","birthDate":"{p.dob:dash}",'
  '"idCard":"{p.id:plain}","hukouAddress":"{p.hukou}","phone":"{p.mobile:plain}"},"requestId":"{TRACEID}"}')
T("api06", "gateway_error",
  '{TS:slash} [error] 1234#0: *{N:1000-99999} upstream timed out (110: Connection timed out) while reading response header from upstream, '
  'client: {IP:pub}, server: api.hzdsj.cn, request: "POST /open/v2/elderly/subsidy HTTP/1.1", upstream: "http://{IP:priv}:{PORT}/subsidy"')
T("api07", "rate_limit",
  "【限流告警】appId=hz_{N:100-999} 在 {TS} 触发限流（阈值 {N:10-500} QPS），来源 {IP:priv}、{IP:priv}；"
  "已通知 {p.name} <{p.email}>。")
T("api08", "app_log", rows(2, 5,
  "{TS:ms} | INFO | req={TRACEID} | uid={STAFF} | phone={k.mobile:plain} | ip={IP:pub} | sms_code={VCODE} | ok"))
T("api09", "api_doc",
  "接口名称：银行卡四要素核验\n请求示例：\n"
  '{"cardNo":"{p.bank:plain}","name":"{p.name}","idNo":"{p.id:plain}","mobile":"{p.mobile:plain}"}\n'
  "返回示例：{\"result\":\"一致\",\"orderNo\":\"{ORDER}\"}\n接口版本：{VER}")
T("api10", "api_billing",
  "数据共享接口月度对账单\n调用方：{ORG}\n调用量：{COUNT}次\n应付费用：{AMT:s}\n发票代码：{INVOICE:code}  发票号码：{INVOICE:no}\n"
  "对账联系人：{p.name}，{TEL}")

# ---- vulnerability scans ------------------------------------------------------
T("vs01", "vuln_report",
  "主机：{IP:priv}（{HOST}）\n端口：{PORT}/tcp\n服务：{SOFT}\n漏洞：{CVE} 远程代码执行\n风险等级：高\n"
  "修复建议：升级至 {VER} 及以上版本\n资产责任人：{p.name}，电话 {p.mobile}")
T("vs02", "vuln_table", rows(3, 7, "{IP:priv}\t{PORT}\t{SOFTNAME}\t{VER}\t{CVE}\t{PICK:高|中|低}",
  head="IP\t端口\t组件\t版本\tCVE编号\t等级\n", tail="\n扫描器：{SOFT}    扫描人：{p.name}"))
T("vs03", "pentest",
  "渗透测试报告摘要\n测试单位：{ORG}\n测试时间：{DATE} 至 {DATE}\n"
  "主要发现：养老服务平台存在越权漏洞，修改参数即可遍历查询其他老人信息，测试中获取到 {old.name}（{old.idmask}）的档案页面。\n"
  "测试人员：{q.name}，联系邮箱 {q.email}")
T("vs04", "compliance_finding",
  "等保测评问题清单（节选）\n1. {HOST}（{IP:priv}）OpenSSH 版本为 {VER}，存在 {CVE}；\n2. 存在弱口令账号 {ACCT}；\n"
  "3. SNMP 团体名为 public，可读取 OID {OID}。\n整改责任人：{p.name}    整改期限：{DATE}")
T("vs05", "vuln_report",
  "Plugin ID: {N:10000-199999}\nName: {SOFTNAME} Multiple Vulnerabilities ({CVE})\nHost: {IP:priv}\nPort: {PORT}/tcp\n"
  "Installed version : {VER}\nFixed version     : {VER}\nAsset owner: {p.name} <{p.email}>")
T("vs06", "rectify_notice",
  "致{ORG}（统一社会信用代码 {USCC}）：\n贵单位承建的系统（{IP:pub}）经检测存在 {CVE} 高危漏洞，请于{DATE}前完成整改并书面反馈。\n"
  "联系人：{p.name}，{TEL}\n{DOCNO}")
T("vs07", "cert_check",
  "证书巡检\n证书序列号：{SN}\n签名算法OID：{OID}\n颁发给：*.hzdsj.cn\n到期日期：{DATE}\n部署位置：{IP:pub}:443\n负责人：{p.email}")
T("vs08", "weak_password", rows(2, 5, "| {ACCT}{N:1-99} | {k.name} | {k.mobile} | {IP:priv} | {PICK:弱口令|默认口令|口令与账号相同} |",
  head="| 账号 | 姓名 | 手机 | 登录IP | 问题 |\n|---|---|---|---|---|\n"))
T("vs09", "asset_inventory", rows(3, 6, "{ASSET},{IP:priv},{DEVICE:mac},{VER},{k.name},{k.mobile:plain}",
  head="资产编号,IP地址,MAC地址,系统版本,责任人,联系电话\n"))
T("vs10", "malware_notice",
  "关于{HOST}感染勒索病毒的通报\n主机：{IP:priv}\n外联地址：{IP:pub}\n样本MD5：{TRACEID}\n"
  "该主机使用人：{p.name}（工号 {STAFF}），手机 {p.mobile}。\n请于{DATE}前完成全网排查。")

# ---- data platform operations ------------------------------------------------
T("dp01", "sharing_approval",
  "数据共享申请审批单\n申请部门：{DEPT}\n申请数据：残疾人基本信息（含残疾类别、等级）\n申请理由：落实{DOCNO}要求开展补贴核查\n"
  "经办人：{p.name}    电话：{TEL}\n数源部门审核：{q.name}    审核日期：{DATE}\n主管部门意见：同意，受限共享")
T("dp02", "etl_log",
  "[{TS:ms}] INFO  job=ods_rk_sync batch={BATCH} read={COUNT} write={COUNT} reject=2\n"
  "[{TS:ms}] WARN  reject row: sfzh={IDBAD}, xm={p.name}, reason=check digit mismatch\n"
  "[{TS:ms}] WARN  reject row: sfzh={q.id:plain}, xm={q.name}, reason=duplicate key")
T("dp03", "data_return",
  "{DEPT}数据回流说明：本次回流{COUNT}条，字段含姓名、身份证号、联系电话。\n抽样核对：{p.name}/{p.id}/{p.mobile}，与源数据一致。\n核对人：{q.name}")
T("dp04", "catalog_entry",
  "数据目录登记\n数据项：居民身份证号码\n分级：L4    共享属性：受限共享    开放属性：禁止开放\n示例值：{p.idmask}\n"
  "提供单位：{DEPT}    目录编码：{ASSET}\n数源负责人：{q.name}，{TEL}")
T("dp05", "data_incident",
  "数据安全事件报告\n报告单位：{DEPT}\n发现时间：{TS}\n事件类型：数据安全（一般，Ⅳ级）\n"
  "情况：工作人员误将含{COUNT}条个人信息的文件上传至公共网盘，样本记录：{p.name}，{p.id}，{p.mobile}。\n"
  "报告人：{q.name}，手机 {q.mobile}")
T("dp06", "stream_log",
  'WARN  c.h.d.flink.PersonSink - write failed for record {"name":"{p.name}","idcard":"{p.id:plain}",'
  '"addr":"{p.addr}"}, retry 3/3, topic=ods_person, offset={N:1000-999999}, ts={TS:t}')
T("dp07", "data_verification",
  "核查反馈：经比对，{p.name}的户籍地址应为{p.hukou:road}，原登记的{p.addr}为现居住地；联系电话{p.mobile}已更新。\n核查人：{q.name}    日期：{DATE}")
T("dp08", "masking_rule",
  "脱敏规则配置\n字段 sjhm：保留前3后4，示例 {MASKED}\n字段 yhkh：保留前6后4，示例 {p.bankmask}\n字段 sfzh：保留前3后4，示例 {p.idmask}\n"
  "配置人：{q.name}    规则版本：{VER}")
T("dp09", "export_approval",
  "数据导出审批\n申请人：{p.name}（工号 {STAFF}）\n导出对象：{SQLT}，共 {COUNT} 条\n用途：{PICK:低保年审|高龄津贴发放|学籍核对}\n"
  "水印编号：{TRACEID}\n审批人：{q.name}    导出时间：{TS}")
T("dp10", "ops_daily",
  "平台运维日报（{DATE}）\n接入接口 {COUNT} 个，调用 {COUNT} 次，异常 {N:1-30} 次；存储使用率 {PCT}。\n"
  "值班：{p.name}（{p.mobile}）、{q.name}（{TEL}）\n变更单：{WO}")
T("dp11", "cleaning_sample",
  "| 字段 | 原始值 | 清洗后 |\n|---|---|---|\n| 手机号 | {p.mobile:p86sp} | {p.mobile:plain} |\n"
  "| 身份证号 | {p.id:fw} | {p.id:plain} |\n| 出生日期 | {p.dob:cn} | {p.dob:dash} |\n| 住址 | {p.addr} | {p.addr} |")
T("dp12", "audit_log", rows(2, 4,
  "{TS:iso} AUDIT action=EXPORT user={k.email} table={SQLT} rows={COUNT} ip={IP:priv} approval={WO} watermark={TRACEID}"))

# ---- security incidents ---------------------------------------------------------
T("in01", "incident_report",
  "网络安全事件报告\n事件单位：{DEPT}\n涉及系统：{PICK:居家养老服务平台|学籍管理系统|社保经办系统}\n发现时间：{TS}\n"
  "事件分类：数据安全    事件分级：一般（Ⅳ）\n影响范围：约{COUNT}人的个人信息\n已采取措施：关闭接口、修改口令\n"
  "报告人：{p.name}    电话：{p.mobile}")
T("in02", "phishing_notice",
  "钓鱼邮件预警：发件人 {EMAIL}（仿冒财政局），主题“关于发放{DATE}工资补贴的通知”，链接指向 {IP:pub}。\n"
  "已中招人员：{p.name}（{p.email}），已重置口令。")
T("in03", "leak_trace",
  "泄露溯源报告\n泄露文件：低保名册.xlsx，含{COUNT}条记录\n样例：{old.name}，{old.id}，{old.addr}，月低保金{MONEY:benefit}\n"
  "泄露途径：工作人员{p.name}使用个人邮箱{p.email}外发\n处置：约谈并下架，{DATE}")
T("in04", "drill_plan",
  "应急演练方案\n演练时间：{DATE}\n总指挥：{p.name}（{p.mobile}）\n模拟攻击源：{IP:pub}\n靶标系统：{IP:priv}（{SOFT}）\n联络：{q.name} {TEL}")
T("in05", "bruteforce_log", rows(3, 6,
  "{TS} [WARN] brute force from {IP:pub} against {ACCT}@{IP:priv} ({N:5-500} attempts in 60s)"))
T("in06", "interview_record",
  "网络安全约谈记录\n被约谈单位：{ORG}（{USCC}）\n单位负责人：{p.name}\n约谈人：{q.name}、{r.name}\n依据：{DOCNO}\n整改期限：{DATE}")
T("in07", "sms",
  "【湖州市大数据局】{p.name}您好：我们发现您的手机号{p.mobile}及身份证号{p.idmask}可能在{DATE}的安全事件中泄露，"
  "请警惕冒充客服的诈骗电话。咨询：{TEL}")
T("in08", "ops_chat",
  "{p.name}：{IP:pub} 还在扫我们 {PORT} 端口，已经拉黑了\n{q.name}：看了下是境外IDC，顺便把 {CVE} 的补丁打上，{SOFT}\n"
  "{p.name}：好，晚上{TIME}窗口期做")

# ---- procurement and contracts ------------------------------------------------
T("pc01", "tender_award",
  "中标结果公告\n项目编号：{TENDER}\n项目名称：湖州市公共数据平台运维服务项目\n中标供应商：{ORG}\n统一社会信用代码：{USCC}\n"
  "供应商地址：{ADDR}\n中标金额：{AMT}\n采购人：{DEPT}，联系人：{p.name}，电话：{TEL}\n代理机构联系人：{q.name}，电话：{TEL}\n公告日期：{DATE}")
T("pc02", "contract_head",
  "合同编号：{CONTRACT}\n甲方（采购人）：{DEPT}\n乙方（供应商）：{ORG}\n乙方法定代表人：{p.name}\n乙方住所：{ADDR}\n"
  "开户银行：中国工商银行湖州分行    账号：{ORGACCT}\n统一社会信用代码：{USCC}\n合同总价：{AMT}\n签订日期：{DATE}")
T("pc03", "procurement_intent",
  "政府采购意向公开（{DOCNO}）\n采购项目：{PICK:视频监控平台扩容|政务云安全服务|数据治理服务|网格化管理系统升级}\n"
  "预算金额：{AMT}\n预计采购时间：{DATE}\n咨询电话：{TEL}")
T("pc04", "power_of_attorney",
  "法定代表人授权委托书\n本人{p.name}（身份证号：{p.id}）系{ORG}的法定代表人，现授权委托{q.name}（身份证号：{q.id}，手机：{q.mobile}）"
  "为我方代理人，参加项目编号为{TENDER}的投标活动。\n委托期限：自{DATE}起至{DATE}止。")
T("pc05", "payment_request",
  "付款申请单\n收款单位：{ORG}\n收款账号：{ORGACCT}\n发票代码：{INVOICE:code}    发票号码：{INVOICE:no}\n付款金额：{AMT}\n"
  "合同编号：{CONTRACT}\n经办人：{p.name}    审核：{q.name}    日期：{DATE}")
T("pc06", "acceptance",
  "项目验收报告\n项目编号：{TENDER}\n验收组成员：{p.name}、{q.name}、{r.name}\n验收日期：{DATE}\n"
  "到货设备序列号：{SN}、{SN}、{SN}\n软件版本：{VER}\n验收结论：合格")
T("pc07", "bid_challenge",
  "质疑函\n质疑供应商：{ORG}\n地址：{ADDR}    邮编：{POSTCODE}\n联系人：{p.name}    手机：{p.mobile}    邮箱：{p.email}\n"
  "质疑项目：{TENDER}\n质疑事项：中标供应商业绩造假。\n{DATE}")
T("pc08", "contract_list", rows(3, 6, "| {CONTRACT} | {ORG} | {AMT} | {DATE} |",
  head="政府采购合同公示\n| 合同编号 | 供应商 | 合同金额 | 签订日期 |\n|---|---|---|---|\n", tail="\n公示联系人：{p.name}，{TEL}"))
T("pc09", "expert_draw",
  "评审专家抽取记录\n项目编号：{TENDER}\n抽取时间：{TS}\n抽中专家：{p.name}（{PICK:信息安全|软件工程|财务}，{p.mobile}）、"
  "{q.name}（{PICK:网络工程|法律|造价}，{q.mobile}）\n监督人：{r.name}")
T("pc10", "deposit_refund",
  "履约保证金退还审批\n供应商：{ORG}（{USCC}）\n保证金：{AMT}\n退还账号：{ORGACCT}\n经办：{p.name}，{TEL}\n日期：{DATE}")
T("pc11", "small_purchase",
  "小额零星采购登记\n供应商：{ORG}（个体工商户）\n经营者：{p.name}，身份证号 {p.id}\n统一社会信用代码：{USCC:92}\n"
  "收款方式：经营者个人银行卡 {p.bank}\n采购金额：{AMT:s}\n发票号码：{INVOICE:no}")
T("pc12", "tender_notice_en",
  "Tender No.: {TENDER}\nBuyer: Huzhou Municipal Big Data Bureau\nContact: {p.name}, Tel {TEL}, Email {p.email}\n"
  "Budget: {AMT}\nBid deadline: {DATE:en}\nOpening venue: {ADDR}")
T("pc13", "contract_amendment",
  "补充协议\n原合同编号：{CONTRACT}\n鉴于{DOCNO}要求增加数据安全审计模块，双方同意增加合同金额{AMT}。\n"
  "甲方代表：{p.name}    乙方代表：{q.name}\n{DATE}")
T("pc14", "tech_spec",
  "采购需求（技术参数）\n1. 下一代防火墙，吞吐量≥20Gbps，软件版本不低于{VER}；\n2. 提供三年特征库升级；\n"
  "3. 项目预算：{AMT}；\n项目编号：{TENDER}，需求联系人电话：{TEL}")
T("pc15", "supplier_csv", rows(3, 6, "{ORG},{USCC},{k.name},{k.mobile:plain},{k.email}",
  head="供应商名称,统一社会信用代码,联系人,手机,邮箱\n"))
T("pc16", "evaluation",
  "评标报告（节选）\n评标委员会：{p.name}（组长）、{q.name}、{r.name}\n"
  "无效投标说明：{ORG}投标文件中填报的统一社会信用代码{USCCBAD}与营业执照不一致，按无效投标处理。\n评审日期：{DATE}")
T("pc17", "sms",
  "【湖州财政】{ORG}：合同{CONTRACT}第二期款{AMT}已于{DATE}支付，请注意查收。咨询{TEL}。")
T("pc18", "award_letter",
  "中标通知书\n{ORG}：\n你单位于{DATE}参加的{TENDER}项目投标，经评审确定为中标人，中标价{AMT}。"
  "请于{DATE}前与采购人签订合同，联系人{p.name}，电话{TEL}。")

# ---- traffic police and vehicles -------------------------------------------------
T("tp01", "traffic_violation",
  "公安交通管理简易程序处罚决定书\n编号：{CASENO:traffic}\n当事人：{p.name}    驾驶证号：{p.id}\n机动车号牌：{p.plate}\n"
  "违法时间：{TS:cn}\n违法地点：{PICK:G25长深高速K188+500|二环东路高架|申苏浙皖高速长兴段}\n违法行为：超速20%以上未达50%\n罚款：{FINE}，记6分")
T("tp02", "accident_finding",
  "道路交通事故认定书（{CASENO:police}）\n当事人{p.name}，{p.sex}，{p.age}岁，身份证号{p.id}，住址{p.addr}，驾驶{p.plate}号小型轿车；\n"
  "当事人{q.name}，{q.sex}，电话{q.mobile}，驾驶电动自行车。\n{q.name}受伤，经{HOSP}诊断为{HEALTH:股骨颈骨折|右桡骨远端骨折|左胫腓骨骨折|腰椎压缩性骨折|颅脑损伤|右手食指离断伤|多发肋骨骨折}。")
T("tp03", "vehicle_seizure",
  "扣押车辆清单\n号牌：{PLATE}\n车架号：{VIN}\n发动机号：{VIN:engine}\n车主：{p.name}，电话{p.mobile}\n扣押地点：{ADDR}\n办案民警：{q.name}（警号{STAFF}）")
T("tp04", "vehicle_track",
  "车辆轨迹查询结果\n号牌：{p.plate}\n查询日期：{DATE}\n行驶轨迹：{TRACE}\n车主：{p.name}，联系电话：{p.mobile}\n查询人：{q.name}（审批单 {WO}）")
T("tp05", "sms",
  "【湖州交警】尊敬的{p.name}，您的机动车驾驶证将于{DATE}到期，请及时办理换证。详询{SVC:122}。")
T("tp06", "parking_tickets", rows(3, 7, "{PLATE}\t{ROAD}\t{TS}\t{WO}",
  head="号牌\t违停路段\t抄告时间\t抄告单号\n"))
T("tp07", "vehicle_registration",
  "机动车注册登记申请\n机动车所有人：{p.name}\n身份证明号码：{p.id}\n住所地址：{p.addr}\n联系电话：{p.mobile}\n"
  "车辆识别代号：{VIN}\n拟选号牌：{p.plate}\n邮政编码：{POSTCODE}")
T("tp08", "traffic_report",
  "举报人{p.name}（{p.mobile}）举报{PLATE}于{TS}在湖州大道实线变道，附视频{N:1-3}段。受理编号{WO}。")
T("tp09", "mortgage",
  "机动车抵押登记\n抵押人：{p.name}（身份证号 {p.id}）\n号牌：{p.plate}\n抵押权人：湖州银行股份有限公司\n"
  "贷款金额：{MONEY:loan}\n登记编号：{WO}")
T("tp10", "parking_csv", rows(3, 7, "{PLATE},{TS},{TS},{FEE},{PICK:东门|西门|南门}",
  head="plate,in_time,out_time,fee,gate\n"))
T("tp11", "drunk_driving",
  "酒驾查处记录\n当事人：{p.name}，{p.sex}，出生日期：{p.dob}\n身份证号：{p.id}\n驾驶车辆：{p.plate}\n"
  "血液酒精含量：{N:20-200}mg/100ml\n处罚决定书：{CASENO:police}")
T("tp12", "sms",
  "【湖州车管所】您的车辆{p.plate}检验有效期至{DATE}，请于到期前预约检验。预约电话{TEL}。")
T("tp13", "license_application",
  "驾驶证业务受理单\n申请人：{p.name}\n证件类型：护照\n证件号码：{p.passport}\n国籍：中国\n联系电话：{p.mobile}\n"
  "邮寄地址：{p.addr}\n邮编：{POSTCODE}")
T("tp14", "quick_claim",
  "快处快赔协议：甲车{PLATE}（驾驶人{p.name}，{p.mobile}）与乙车{PLATE}（驾驶人{q.name}，{q.mobile}）于{TS:cn}发生追尾，"
  "甲车负全责。保险报案号{ORDER}。")
T("tp15", "enforcement_devices", rows(3, 5, "{DEVICE}\t{ROAD}\t{IP:priv}\t{VER}\t{DATE}\t{k.name}\t{k.mobile}",
  head="设备编号\t点位\tIP\t固件\t安装日期\t维护人\t电话\n"))
T("tp16", "school_bus_driver",
  "校车驾驶人备案表\n驾驶人：{p.name}\n驾驶证号：{p.id}\n准驾车型：A1\n体检结论：合格\n既往病史：{HEALTH:高血压病1级|2型糖尿病|腰椎间盘突出症}，规律服药\n"
  "所属单位：{ORG}\n联系电话：{p.mobile}")
T("tp17", "chat",
  "车主：帮我查下{p.plate}有没有违章\n民警：{p.plate}有1条未处理，{DATE}在{ROAD}违停，罚款{FINE}，可以在交管12123上处理。")
T("tp18", "vehicle_transfer",
  "二手车买卖合同\n卖方：{p.name}，身份证号{p.id}\n买方：{q.name}，往来港澳通行证{q.hkmo}，手机{q.mobile}\n"
  "车辆号牌：{p.plate}\n成交价：{MONEY:price}\n签订日期：{DATE}")

# ---- social insurance and pensions -------------------------------------------------
T("si01", "pension_approval",
  "基本养老金待遇核定表\n姓名：{old.name}    性别：{old.sex}\n出生日期：{old.dob}\n身份证号：{old.id}\n社会保障卡号：{old.ssc}\n"
  "参保日期：{DATE}\n核定月养老金：{MONEY:pension}\n发放银行卡：{old.bank}")
T("si02", "insurance_certificate",
  "参保证明\n兹证明{p.name}（身份证号：{p.id}）在我市参加职工基本养老保险，累计缴费{N:12-400}个月，"
  "当前月缴费基数{MONEY:wage}。\n证明编号：{WO}    打印日期：{DATE}")
T("si03", "sms",
  "【湖州人社】{old.name}您好，您的养老待遇资格认证将于{DATE}到期，请通过“浙里办”完成认证。咨询{SVC:12333}。")
T("si04", "card_loss",
  "社保卡挂失记录\n持卡人：{p.name}\n社会保障卡号：{p.ssc}\n身份证号：{p.id}\n挂失渠道：窗口\n受理时间：{TS}\n受理人工号：{STAFF}")
T("si05", "unemployment_claim",
  "失业保险金申领表\n申请人：{p.name}    手机：{p.mobile}\n银行卡号：{p.bank}\n原单位：{ORG}（{USCC}）\n"
  "离职日期：{DATE}\n核定月失业保险金：{MONEY:benefit}")
T("si06", "insured_rows", rows(3, 7, "{k.name}\t{k.id:plain}\t{k.ssc}\t{MONEY:wage}\t{PICK:正常缴费|暂停缴费|终止}",
  head="姓名\t身份证号\t社保卡号\t月缴费基数\t参保状态\n"))
T("si07", "overpayment",
  "养老金冒领追回通知：经比对，{old.name}（身份证号{old.id}）已于{DATE}死亡，其家属{p.name}继续领取养老金共计{MONEY:balance}，"
  "请于30日内退回至社保基金专户{ORGACCT}。")
T("si08", "flexible_employment_en",
  "Applicant: {p.name}\nID No.: {p.id}\nDOB: {p.dob:dash}\nMobile: {p.mobile}\nMonthly contribution base: {MONEY:wage}\n"
  "Bank card: {p.bank}\nReceipt No.: {ORDER}")
T("si09", "transfer_letter",
  "基本养老保险关系转移接续联系函\n参保人：{p.name}\n身份证号：{p.id}\n转出地：{PICK:江苏省苏州市|安徽省合肥市|上海市}\n"
  "个人账户累计储存额：{MONEY:balance}\n联系函编号：{WO}\n经办人：{q.name}，{TEL}")
T("si10", "work_injury",
  "工伤认定决定书（{DOCNO}）\n职工{p.name}，{p.age}岁，身份证号{p.id}，系{ORG}员工，于{DATE}在车间作业时受伤，"
  "经{HOSP}诊断为{HEALTH:股骨颈骨折|右桡骨远端骨折|左胫腓骨骨折|腰椎压缩性骨折|颅脑损伤|右手食指离断伤|多发肋骨骨折}。")
T("si11", "medical_reimbursement",
  "医保结算单\n参保人：{p.name}\n医保卡号：{p.mrn:yb}\n就诊医院：{HOSP}\n出院诊断：{p.health}\n医疗总费用：{AMT:s}\n个人自付：{MONEY:expense}\n结算单号：{ORDER}")
T("si12", "chat",
  "[微信] {p.name}：你好，我妈{old.name}的养老金这个月怎么少了？她的卡号是{old.bank}\n"
  "[人社客服]：您好，经查{old.surname}阿姨本月养老金{MONEY:pension}，已于{DATE}发放，少的部分是医保个人缴费。")
T("si13", "arrears_notice",
  "社会保险费催缴通知（{DOCNO}）\n{ORG}（统一社会信用代码 {USCC}）：\n你单位欠缴社会保险费{AMT}，请于{DATE}前足额补缴。\n联系人：{p.name}，{TEL}")
T("si14", "retirement_list", rows(3, 6, "| {k.name} | {k.sex} | {k.dob:dot} | {DATE} |",
  head="退休审批公示\n| 姓名 | 性别 | 出生年月日 | 退休时间 |\n|---|---|---|---|\n", k="old"))
T("si15", "sms",
  "【湖州社保】尊敬的{p.name}，您的第三代社保卡已制卡完成，请携带身份证至{ADDR}领取。咨询{SVC:12333}。")
T("si16", "resident_pension_enrol",
  "城乡居民基本养老保险参保登记表\n姓名：{p.name}\n身份证号：{p.id}\n户籍地：{p.addr:div}\n联系电话：{p.mobile}\n"
  "缴费档次：每年{FINE}\n代扣银行卡：{p.bank}")
T("si17", "survivor_benefit",
  "遗属待遇申请\n死者：{old.name}，身份证号{old.id}\n申请人：{p.name}（与死者关系：子女）\n申请人电话：{p.mobile}\n"
  "申请人住址：{p.addr}\n受理编号：{WO}")
T("si18", "retiree_record",
  "退休人员信息\n姓名：{old.name}\n社会保障卡号：{old.ssc}\n月养老金：{MONEY:pension}\n居住地：{old.addr}\n"
  "联系电话：{old.mobile}    紧急联系人：{p.name} {p.mobile}")

# ---- school enrolment ------------------------------------------------------------
T("se01", "enrolment_form",
  "{SCHOOL}新生入学登记表\n学生姓名：{kid.name}    性别：{kid.sex}\n出生日期：{kid.dob}\n身份证号：{kid.id}\n户籍地址：{kid.hukou:road}\n"
  "父亲：{fa.name}，手机{fa.mobile}\n母亲：{mo.name}，手机{mo.mobile}\n现居住地址：{fa.addr:estate}")
T("se02", "school_district_check",
  "学区房产核验单\n学生：{kid.name}\n房屋所有权人：{par.name}（身份证号 {par.id}）\n不动产权证号：{CERT}\n"
  "房屋坐落：{par.addr:estate}\n核验结果：符合{SCHOOL}学区条件\n核验人：{q.name}    {DATE}")
T("se03", "admission_list", rows(4, 8, "{N:2025001-2025999}\t{k.name}\t{k.sex}\t{PICK:第一批|第二批|统筹}\t{PICK:录取|待定}",
  head="报名号\t姓名\t性别\t批次\t结果\n", tail="\n{SCHOOL}招生办，咨询电话{TEL}", k="kid"))
T("se04", "parent_chat",
  "【三(2)班家长群】\n{par.name}：{q.name}老师好，{kid.name}这周发烧了，医院诊断是{kid.khealth}，想请假三天\n"
  "{q.name}：好的收到，注意休息，病假条拍照发我就行\n{par.name}：谢谢老师")
T("se05", "migrant_enrolment",
  "随迁子女入学申请\n学生：{kid.name}，出生日期{kid.dob:dash}\n户籍地：{OUTDIV}\n父亲：{par.name}，身份证号{par.id}，工作单位{ORG}\n"
  "在湖连续缴纳社保{N:6-60}个月\n现居住地址：{par.addr}\n联系电话：{par.mobile}")
T("se06", "student_health",
  "学生健康体检结果通知\n学生：{kid.name}（{SCHOOL}）\n体检日期：{DATE}\n异常情况：{kid.khealth}，建议专科复诊\n家长电话：{par.mobile}")
T("se07", "student_aid",
  "学生资助发放表\n学生：{kid.name}\n家庭经济困难等级：特别困难\n资助标准：{RATE}\n代发银行卡：{par.bank}（户名：{par.name}）\n审核人：{q.name}")
T("se08", "sms",
  "【湖州教育】{par.name}家长您好，{kid.name}已被{SCHOOL}录取，请于{DATE}携带户口簿到校报到。咨询电话{TEL}。")
T("se09", "transfer",
  "转学申请\n学生：{kid.name}（出生日期：{kid.dob:dash}）\n原就读学校：{SCHOOL}\n拟转入学校：{SCHOOL}\n"
  "转学原因：随父母迁居至{par.addr}\n监护人：{par.name}，{par.mobile}")
T("se10", "teacher_list", rows(3, 6, "| {k.name} | {k.sex} | {k.idmask} | {PICK:小学语文|初中数学|小学英语|初中物理} |",
  head="教师资格认定公示\n| 姓名 | 性别 | 身份证号 | 任教学科 |\n|---|---|---|---|\n", tail="\n公示期：{DATE}至{DATE}"))
T("se11", "school_bus", rows(3, 6, "{k.name},{PICK:一年级|二年级|三年级},{j.name},{j.mobile:plain},{ESTATE}门口",
  head="学生,年级,家长,家长手机,上车点\n", k="kid", j="par"))
T("se12", "enrolment_en",
  "Student: {kid.name}\nDate of birth: {kid.dob:en}\nGuardian: {par.name}\nGuardian passport: {par.passport}\nGuardian email: {par.email}\n"
  "Application No.: {WO}")

# ---- elderly care and disability subsidies -------------------------------------------
T("ec01", "subsidy_roll", rows(3, 6, "| {i} | {k.name} | {k.id} | {k.age} | {RATE} | {k.bank} |",
  head="高龄津贴发放名册（{DATE}）\n| 序号 | 姓名 | 身份证号 | 年龄 | 发放标准 | 银行卡号 |\n|---|---|---|---|---|---|\n", k="eld"))
T("ec02", "homecare_record",
  "居家养老服务记录\n服务对象：{old.name}，{old.age}岁\n住址：{old.addr}\n失能等级：中度\n患有{old.health}、{old.health2}\n"
  "服务人员：{p.name}（{p.mobile}）\n服务时间：{TS:cn}\n服务内容：助浴、助洁")
T("ec03", "disability_subsidy",
  "残疾人两项补贴申请表\n申请人：{p.name}    性别：{p.sex}\n身份证号：{p.id}\n残疾类别等级：{p.dis}\n"
  "家庭住址：{p.addr}\n联系电话：{p.mobile}\n补贴发放账户：{p.bank}")
T("ec04", "care_home_contract",
  "养老机构入住协议\n入住老人：{old.name}，身份证号{old.id}\n监护人：{p.name}（关系：子女），手机{p.mobile}，住址{p.addr}\n"
  "床位费按{RATE}收取\n协议编号：{CONTRACT}")
T("ec05", "visit_chat",
  "网格员{p.name}：今天去看了{old.name}，独居，{old.health}，血压有点高，已提醒按时吃药。\n"
  "社工{q.name}：好的，家属{r.name}电话{r.mobile}我也打过了。")
T("ec06", "subsistence_approval",
  "最低生活保障审批表\n申请人：{p.name}\n家庭人口：{N:1-6}人\n家庭月收入：{MONEY:income}\n银行存款：{MONEY:deposit}\n住房：{p.addr}\n"
  "核定月低保金：{MONEY:benefit}\n审批文号：{DOCNO}")
T("ec07", "meal_subsidy", rows(3, 6, "{k.name},{k.id:plain},{ESTATE}社区,{RATE}",
  head="姓名,身份证号,所在社区,补贴标准\n", k="old"))
T("ec08", "ageing_renovation",
  "适老化改造验收单\n对象：{old.name}\n地址：{old.addr:estate}\n改造内容：卫生间扶手、防滑地面\n施工单位：{ORG}\n"
  "项目经费：{AMT:s}\n验收人：{p.name}    {DATE}")
T("ec09", "care_en",
  "Name: {p.name} | Disability: {p.dis} | Guardian: {q.name} ({q.mobile}) | Address: {p.addr} | Case: {WO}")
T("ec10", "sos_alert",
  "【智慧养老】设备{DEVICE}于{TS}触发SOS，佩戴人{old.name}，定位{old.addr}，紧急联系人{p.name} {p.mobile}。\n当日活动轨迹：{TRACE}")
T("ec11", "ltc_assessment",
  "长期护理保险失能评估表\n被评估人：{old.name}\n身份证号：{old.id}\n医保卡号：{old.mrn:yb}\n主要诊断：{old.health}\n"
  "评估结论：重度失能二级\n评估员：{p.name}    评估日期：{DATE}")
T("ec12", "policy_notice",
  "关于调整尊老金发放标准的通知（{DOCNO}）\n自{DATE}起，80—89周岁老年人每人每月{RATE}，90—99周岁每人每月{RATE}，"
  "100周岁以上每人每月{RATE}。\n咨询电话：{TEL}")
T("ec13", "employment_subsidy",
  "残疾人就业补贴\n企业：{ORG}（{USCC}）\n安置残疾职工：{p.name}（{p.dis}）、{q.name}（{q.dis}）\n补贴金额：{AMT:s}\n文号：{DOCNO}")
T("ec14", "senior_card",
  "老年优待证办理\n申请人：{old.name}\n出生日期：{old.dob:cn}\n户籍地：{old.hukou}\n联系电话：{old.mobile}\n受理点：{ADDR}")
T("ec15", "chat",
  "[民政]{p.name}：{old.name}老人的特困供养金{MONEY:benefit}已经打到他尾号{N:1000-9999}的卡上了\n"
  "[村干部]{q.name}：收到，我明天去他家{old.addr}当面告诉他")

# ---- grid management patrols --------------------------------------------------------
T("gp01", "grid_patrol",
  "网格巡查记录\n网格：{TOWN}第{N:1-30}网格\n巡查人：{p.name}\n时间：{TS:cn}\n发现问题：{ADDR}楼道堆放杂物，"
  "已告知住户{q.surname}{q.title}（{q.mobile}）限期清理\n事件编号：{WO}")
T("gp02", "rental_registration",
  "出租房屋登记\n房东：{p.name}，{p.mobile}\n出租房屋：{p.addr:estate}\n承租人：{q.name}，身份证号{q.id}\n承租人户籍地：{q.hukou:div}\n入住日期：{DATE}")
T("gp03", "key_person_visit",
  "重点人员走访记录\n对象：{p.name}，{p.sex}，{p.age}岁\n病情：{HEALTH:精神分裂症|双相情感障碍|抑郁症|癫痫}，规律服药\n"
  "监护人：{q.name}，{q.mobile}\n走访人：{r.name}    时间：{DATE}")
T("gp04", "grid_log", rows(3, 6, "{TIME}\t{ADDR}\t{PICK:占道经营|垃圾乱堆|违章搭建|消防通道堵塞|飞线充电}\t{PICK:已处置|已上报|待复查}",
  head="时间\t地点\t事项\t处置\n", tail="\n网格员：{p.name}"))
T("gp05", "flood_evacuation",
  "防汛转移人员名单\n1. {old.name}，{old.addr}，{old.mobile}\n2. {old2.name}，{old2.addr}，{old2.mobile}\n3. {old3.name}，{old3.addr}，{TEL}\n"
  "安置点：{SCHOOL}\n联系人：{p.name}，{p.mobile}")
T("gp06", "migrant_en",
  "Name: {p.name}\nID: {p.id}\nRegistered residence: {p.hukou}\nCurrent address: {p.addr}\nPhone: {p.mobile:p86}\nEmployer: {ORG}")
T("gp07", "mediation",
  "人民调解协议书（{WO}）\n当事人：{p.name}，住{p.addr}\n当事人：{q.name}，住{q.addr}\n纠纷事由：楼上漏水\n"
  "调解结果：{q.name}一次性赔偿{p.name}维修费{MONEY:expense}\n调解员：{r.name}")
T("gp08", "grid_chat",
  "{p.name}：@{q.name} {ROAD}那边有个井盖坏了\n{q.name}：收到，是{ADDR}门口那个吗？\n{p.name}：对的，照片已上传平台，事件号{WO}")
T("gp09", "hazard_check",
  "安全隐患排查表\n单位：{ORG}\n统一社会信用代码：{USCC}\n负责人：{p.name}，{p.mobile}\n隐患：消防通道堵塞、电动车楼道充电\n整改期限：{DATE}")
T("gp10", "lonely_elderly", rows(3, 6, "| {k.name} | {k.addr} | {k.mobile} | {PICK:正常|未接电话，已上门|身体不适，已联系家属} |",
  head="独居老人关爱日报（{DATE}）\n| 老人 | 住址 | 电话 | 今日状态 |\n|---|---|---|---|\n", k="old"))
T("gp11", "population_check",
  "人口核查：经核查，{p.name}（{p.id}）实际居住于{p.addr}，与户籍地{p.hukou}不一致，已录入流动人口系统。核查人{q.name}。")
T("gp12", "border_return",
  "返湖人员登记\n姓名：{p.name}\n往来港澳通行证号：{p.hkmo}\n入境口岸：深圳湾\n入境日期：{DATE}\n"
  "行程：{TRACE}\n居住地：{p.addr}\n联系电话：{p.mobile}")

# ---- market supervision ---------------------------------------------------------------
T("ms01", "inspection_record",
  "现场检查笔录\n被检查单位：{ORG}\n统一社会信用代码：{USCC}\n地址：{ADDR}\n法定代表人（负责人）：{p.name}    联系电话：{p.mobile}\n"
  "检查人员：{q.name}（执法证号{STAFF}）、{r.name}\n检查时间：{TS:cn}\n检查情况：发现超过保质期食品{N:2-30}件。")
T("ms02", "penalty_decision",
  "行政处罚决定书\n{CASENO:market}\n当事人：{ORG}\n统一社会信用代码：{USCC}\n处罚内容：罚款{AMT}，没收违法所得{AMT}。\n{DATE}")
T("ms03", "individual_business",
  "个体工商户检查记录\n经营者：{p.name}\n身份证号：{p.id}\n原注册号：{REGNO}\n统一社会信用代码：{USCC:92}\n经营场所：{ADDR}\n检查结论：无异常")
T("ms04", "complaint",
  "投诉处理单（受理号{WO}）\n投诉人：{p.name}，{p.mobile}\n被投诉方：{ORG}\n订单号：{ORDER}\n投诉内容：网购羽绒服质量问题，要求退货。")
T("ms05", "special_equipment",
  "特种设备定期检验报告\n设备：乘客电梯\n设备代码：{DEVICE:code20}\n使用单位：{ORG}\n安全管理员：{p.name}，{p.mobile}\n"
  "检验日期：{DATE}    下次检验：{DATE}\n报告编号：{WO}")
T("ms06", "food_sampling", rows(3, 6, "{BATCH}\t{PICK:大米|食用油|猪肉|蔬菜|豆制品}\t{ORG}\t{PICK:合格|不合格}",
  head="样品编号\t样品名称\t被抽样单位\t结论\n", tail="\n检验机构电话：{TEL}"))
T("ms07", "price_monitoring",
  "重要民生商品价格监测（{DOCNO}）\n本周猪肉均价{UNITP}，大米均价{UNITP}；与上周相比基本持平。\n监测点数：{N:10-60}个，联系电话{TEL}")
T("ms08", "complaint_en",
  "Complaint ID {WO}; consumer {p.name}, tel {p.mobile:p86sp}; merchant {ORG} (USCC {USCC}); product batch {BATCH}; status: mediated")
T("ms09", "annual_report_check", rows(3, 6, "| {ORG} | {USCC} | {PICK:未发现问题|公示信息隐瞒真实情况|通过登记住所无法联系} |",
  head="企业年报抽查结果公示\n| 企业名称 | 统一社会信用代码 | 抽查结果 |\n|---|---|---|\n", tail="\n| {ORG} | {USCCBAD}（录入有误，待核） | 未发现问题 |"))
T("ms10", "ad_clue",
  "违法广告线索\n发布人：{p.name}\n手机：{p.mobile}\n平台：短视频直播\n内容：宣称保健品可治愈{HEALTH:2型糖尿病|高血压病2级|冠心病}\n涉案金额：{AMT:s}")
T("ms11", "metrology",
  "计量器具检定证书\n器具出厂编号：{SN}\n证书编号：{WO}\n送检单位：{ORG}\n联系人：{p.name}，{TEL}\n有效期至：{DATE}")
T("ms12", "food_license",
  "食品经营许可变更\n许可证编号：{LICNO}\n经营者：{ORG}\n负责人：{p.name}，身份证号{p.id}\n经营场所：{ADDR}\n变更日期：{DATE}")

# ---- hospital referrals ------------------------------------------------------------------
T("hr01", "referral",
  "双向转诊（转出）单\n患者姓名：{pt.name}    性别：{pt.sex}    年龄：{pt.age}岁\n出生日期：{pt.dob}\n身份证号：{pt.id}\n"
  "医保卡号：{pt.mrn:yb}\n门诊号：{pt.mrn:mz}\n初步诊断：{pt.health}\n转入医院：{BIGHOSP}\n转出医生：{q.name}    联系电话：{TEL}")
T("hr02", "discharge_summary",
  "出院小结\n住院号：{pt.mrn:zy}\n姓名：{pt.name}    性别：{pt.sex}\n入院日期：{DATE}    出院日期：{DATE}\n"
  "入院诊断：{HEALTH:肺癌|胃癌|乳腺癌|结肠癌|股骨颈骨折#h}\n出院诊断：{HEALTH:肺癌|胃癌|乳腺癌|结肠癌|股骨颈骨折#h}术后，{pt.health2}\n出院医嘱：定期复查。\n主治医师：{q.name}")
T("hr03", "sms",
  "【{HOSP}】{q.name}主任，{pt.surname}某（住院号{pt.mrn:zy}）诊断{pt.health}，病情变化，请于{TIME}前往ICU会诊。")
T("hr04", "referral_en",
  "Referral #{WO}\nPatient: {pt.name} ({pt.sexen}, DOB {pt.dob:dash})\nMRN: {pt.mrn}\nDiagnosis: {pt.health}\n"
  "Referring hospital: {HOSP}\nReceiving hospital: {BIGHOSP}\nContact: {TEL}")
T("hr05", "record_copy",
  "病案复印申请\n申请人：{p.name}（患者{pt.name}之{p.child}）\n申请人身份证号：{p.id}\n病案号：{pt.mrn:ba}\n用途：商业保险理赔\n"
  "邮寄地址：{p.addr}\n邮编：{POSTCODE}")
T("hr06", "emergency_record",
  "急诊病历\n患者：{pt.name}，{pt.sex}，{pt.age}岁\n来院方式：{SVC:120}急救车送入\n主诉：胸痛2小时\n初步诊断：{HEALTH:急性心肌梗死|心房颤动|脑梗死}\n"
  "家属：{q.name}，{q.mobile}\n接诊医生：{r.name}")
T("hr07", "infectious_report",
  "传染病报告卡\n患者姓名：{pt.name}\n身份证号：{pt.id}\n现住址：{pt.addr}\n联系电话：{pt.mobile}\n"
  "诊断：{HEALTH:肺结核|梅毒|慢性乙型病毒性肝炎|HIV感染}\n发病日期：{DATE}\n报告医生：{q.name}，{TEL}")
T("hr08", "out_of_area_filing",
  "异地就医备案\n参保人：{pt.name}\n医保号：{pt.mrn:yb}\n就医医院：{BIGHOSP}\n诊断：{pt.health}\n备案期限：{DATE}至{DATE}\n联系电话：{pt.mobile}")
T("hr09", "family_doctor",
  "家庭医生签约服务协议\n居民：{pt.name}，身份证号{pt.id}\n慢病情况：{pt.health}\n签约医生：{q.name}（{q.mobile}）\n"
  "服务包：基础包（{RATE}/年）\n签约日期：{DATE}")
T("hr10", "birth_certificate",
  "出生医学证明补发申请\n新生儿姓名：{kid.name}\n出生日期：{kid.dob}\n出生地点：{HOSP}\n母亲：{par.name}，身份证号{par.id}\n"
  "原证编号：{CERT:birth}\n联系电话：{par.mobile}")
T("hr11", "mental_followup",
  "严重精神障碍患者随访记录\n患者：{pt.name}\n诊断：{HEALTH:精神分裂症|双相情感障碍|偏执性精神病}\n监护人：{q.name}，{q.mobile}\n"
  "随访日期：{DATE}\n危险性评估：0级\n随访医生：{r.name}")
T("hr12", "ward_chat",
  "[病区群]{q.name}：3床{pt.surname}{pt.title}，病案号{pt.mrn:ba}，{pt.health}，明天转{BIGHOSP}\n"
  "[护士]{r.name}：好的，家属电话{p.mobile}已经通知了")
T("hr13", "checkup_en",
  "Health Examination Report\nExam No.: {ORDER}\nName: {pt.name}\nPassport No.: {pt.passport}\nMain findings: {pt.health}\nPhysician: {q.name}")
T("hr14", "referral_table", rows(3, 5, "{k.name}\t{k.mrn:zy}\t{k.health}\t{BIGHOSP}\t{DATE}",
  head="姓名\t住院号\t诊断\t转往医院\t转出日期\n", k="pt", tail="\n统计人：{p.name}"))

# ---- 12345 work orders --------------------------------------------------------------------
T("wo01", "work_order",
  "{SVC:12345}政务服务便民热线工单\n工单编号：{WO}\n来电号码：{p.mobile}\n来电人：{p.name}\n"
  "诉求内容：{ADDR}附近工地夜间施工噪音扰民，要求查处。\n承办单位：{DEPT}\n办理时限：{DATE}")
T("wo02", "work_order_reply",
  "{p.surname}{p.title}您好，您反映的{ADDR}路灯不亮问题已安排维修，感谢您对{SVC:12345}热线的支持。如有疑问请拨打{TEL}。")
T("wo03", "work_order_rows", rows(3, 6, "{WO}\t{k.name}\t{k.mobile:plain}\t{k.addr}\t{PICK:噪音扰民|物业纠纷|占道经营|供水问题}",
  head="工单号\t来电人\t电话\t地址\t类型\n"))
T("wo04", "work_order_return",
  "退单说明：原工单{WO}，诉求人{p.name}反映其本月养老金{MONEY:pension}未到账。经核实属人社部门职责，依据{DOCNO}予以退回。")
T("wo05", "citizen_letter",
  "尊敬的领导：\n我叫{p.name}，住在{p.addr}，身份证号{p.id}，手机{p.mobile}。我家门口的排水沟堵了半年，多次反映没人管，请帮忙解决。\n{DATE}")
T("wo06", "work_order_sys",
  "[WO {WO}] caller={p.mobile:plain} name={p.name} channel=phone category=市容环境 addr={ADDR} sla=72h status=CLOSED operator={STAFF}")
T("wo07", "callback",
  "回访记录：回访号码{p.mobile}，市民表示满意，工单{WO}办结。回访员工号{STAFF}，时间{TS}。")
T("wo08", "enterprise_request",
  "企业诉求工单\n企业：{ORG}（{USCC}）\n诉求：申请的留抵退税款{AMT}迟迟未到账\n联系人：{p.name}，{TEL}\n工单号：{WO}")
T("wo09", "supervision",
  "督办单（{DOCNO}）\n督办工单：{WO}、{WO}\n逾期天数：{N:1-30}天\n责任单位：{DEPT}\n联系人：{p.name}，{p.mobile}")
T("wo10", "sms",
  "我是{ESTATE}的业主{p.name}，物业{ORG}乱收停车费，电话{p.mobile}，请尽快处理！")
T("wo11", "medical_complaint",
  "工单{WO}：诉求人{p.name}反映，其{old.parent}{old.name}患{old.health}，在{HOSP}住院的费用至今未能报销，医保卡号{old.mrn:yb}，请医保局核查。")
T("wo12", "fire_lane",
  "工单{WO}：市民反映{PLATE}长期占用{ADDR}门口消防通道，来电号码{MASKED}（匿名），请属地处理。")
T("wo13", "email_order",
  "来件人：{p.name}（{p.email}）\n来件时间：{TS}\n内容：{ADDR}小区围墙倒塌存在安全隐患，已拍照附后。\n转办单位：{DEPT}")
T("wo14", "weekly_stats",
  "{SVC:12345}热线周报（{DATE}）\n本周受理{COUNT}件，按时办结率{PCT}，满意率{PCT}。\n热点：供水、物业、噪音。\n文号：{DOCNO}，联系电话{TEL}")
T("wo15", "foreigner_call",
  "工单{WO}：来电人{p.name}（持护照{p.passport}）咨询工作许可续签事宜，联系电话{p.mobile:p86sp}，已转{DEPT}。")
T("wo16", "work_order",
  "市民{p.name}来电反映：{ADDR}一带自来水浑浊已三天，家中老人{old.name}患{HEALTH:慢性肾脏病5期|2型糖尿病|高血压病2级|慢性阻塞性肺疾病}需要煮药，请尽快处理。回电{p.mobile}。")

# ---- pasted rows -----------------------------------------------------------------------
T("pr01", "pasted_tabs", rows(3, 7, "{i}\t{k.name}\t{k.sex}\t{k.id}\t{k.mobile}\t{k.addr}",
  head="序号\t姓名\t性别\t身份证号\t联系电话\t住址\n"))
T("pr02", "pasted_csv", rows(3, 7, "{k.name},{k.id:plain},{k.mobile:plain},{k.email},{k.addr}",
  head="name,idcard,phone,email,address\n"))
T("pr03", "pasted_bars", rows(3, 6, "| {k.name} | {k.sex} | {k.dob} | {k.mobile} |",
  head="| 姓名 | 性别 | 出生日期 | 联系方式 |\n|---|---|---|---|\n"))
T("pr04", "bank_disbursement", rows(3, 7, "{k.name}\t{k.bank}\t{MONEY:benefit}",
  head="户名\t卡号\t发放金额\n", tail="\n制表：{p.name}    批次：{BATCH}"))
T("pr05", "pasted_pipes", rows(3, 6, "{TS}|{k.name}|{k.plate}|{IP:priv}|{PICK:进|出}",
  head="时间|姓名|车牌|闸机IP|方向\n"))
T("pr06", "pasted_semicolon", rows(3, 6, "{k.name};{k.mobile:plain};{k.email}",
  head="姓名;手机;邮箱\n"))
T("pr07", "fixed_width", rows(3, 6, "{k.name}    {k.sex}    {k.age}    {k.id}    {k.mobile}",
  head="姓名      性别  年龄  身份证号              电话\n"))
T("pr08", "json_lines", rows(2, 5, '{"xm": "{k.name}", "sfzh": "{k.id:plain}", "sjhm": "{k.mobile:plain}", "jzdz": "{k.addr}"}'))
T("pr09", "quoted_csv", rows(3, 6, '"{k.name}","{k.id:plain}","{k.mobile:plain}","{k.bank:plain}"',
  head='"姓名","身份证号码","手机号码","银行卡号"\n'))
T("pr10", "fullwidth_rows", rows(3, 6, "{k.name}\t{k.id:fw}\t{k.mobile:fw}",
  head="姓名\t证件号码\t电话\n"))
T("pr11", "intl_mobile_rows", rows(3, 6, "{k.name}\t{k.mobile:p86sp}\t{k.email}",
  head="联系人\t手机\t邮箱\n"))
T("pr12", "passport_rows", rows(3, 6, "{k.name}\t{k.passport}\t{k.dob:dash}\t{k.sex}",
  head="出访团组名单\n姓名\t护照号\t出生日期\t性别\n", tail="\n批件号：{DOCNO}"))
T("pr13", "hkmo_rows", rows(3, 6, "{i}. {k.name}  往来港澳通行证 {k.hkmo}  手机 {k.mobile}",
  head="赴港交流人员名单\n"))
T("pr14", "plate_rows", rows(3, 7, "{k.plate}\t{k.name}\t{k.mobile}",
  head="车牌\t车主\t电话\n"))
T("pr15", "ip_allowlist", rows(3, 6, "| {k.name} | {IP:pub} | {PICK:远程运维|接口联调|数据报送} | {DATE} |",
  head="| 申请人 | IP | 用途 | 到期 |\n|---|---|---|---|\n"))
T("pr16", "finance_rows", rows(3, 6, "{ORDER},{INVOICE:no},{AMT},{DATE}",
  head="订单号,发票号码,金额,日期\n", tail="\n经办人：{p.name}"))

# ---- English-mixed system output ---------------------------------------------------------
T("en01", "stacktrace",
  "java.lang.IllegalArgumentException: Invalid ID card number: {IDBAD}\n"
  "\tat com.hz.rs.validator.IdCardValidator.check(IdCardValidator.java:{N:20-300})\n"
  "\tat com.hz.rs.service.PersonService.save(PersonService.java:{N:20-300})\n"
  "Request context: operator={p.email}, client={IP:priv}, traceId={TRACEID}")
T("en02", "spring_log", rows(2, 4,
  "{TS:ms}  INFO {N:1000-9999} --- [http-nio-8080-exec-{N:1-20}] c.h.s.web.UserController : login ok, userId={STAFF}, mobile={k.mobile:plain}, ip={IP:pub}"))
T("en03", "python_traceback",
  "Traceback (most recent call last):\n  File \"/opt/etl/clean.py\", line {N:10-400}, in normalize\n    row['sfzh'] = fix_id(row['sfzh'])\n"
  "KeyError: 'sfzh' while processing record {'xm': '{p.name}', 'sjhm': '{p.mobile:plain}', 'birthday': '{p.dob:dash}'}")
T("en04", "curl",
  "curl -X POST https://api.hzdsj.cn/v1/verify/four-elements -H 'Content-Type: application/json' \\\n"
  "  -d '{\"name\":\"{p.name}\",\"idNo\":\"{p.id:plain}\",\"bankCard\":\"{p.bank:plain}\",\"phone\":\"{p.mobile:plain}\"}'\n"
  "# response: {\"code\":\"0000\",\"result\":\"MATCH\",\"orderNo\":\"{ORDER}\"}")
T("en05", "email_headers",
  "From: {p.name} <{p.email}>\nTo: {q.name} <{q.email}>\nDate: {TS:t}\nSubject: 关于共享申请{WO}的回复\n\n"
  "{q.name}，您好：\n贵单位申请的数据已按受限共享审批通过，接口地址 https://{IP:priv}:{PORT}/share。\n{p.name}\n{TEL}")
T("en06", "k8s_log",
  "E0513 {TIME:s}.{N:100000-999999}       1 reflector.go:138] failed to list *v1.Pod: Get \"https://{IP:priv#api}:6443/api/v1/pods\": "
  "dial tcp {IP:priv#api}:6443: i/o timeout\nW0513 {TIME:s}.{N:100000-999999}       1 client.go:42] node hz-dsj-k8s-{N:1-9} ({IP:priv}) NotReady")
T("en07", "sms_gateway", rows(2, 5,
  "[SMSGW] {TS:iso} send to={k.mobile:p86} tpl=SMS_{N:100000-999999} code={VCODE} status={PICK:DELIVERED|UNDELIV|DELIVERED}"))
T("en08", "audit_json",
  '{"event":"DATA_EXPORT","operator":"{p.name}","operatorId":"{STAFF}","ip":"{IP:priv}","records":{COUNT},'
  '"fields":["name","idcard","mobile"],"ts":"{TS:t}","approvedBy":"{q.name}"}')
T("en09", "bilingual_form",
  "Name / 姓名: {p.name}\nPassport No. / 护照号码: {p.passport}\nDate of Birth / 出生日期: {p.dob:en}\n"
  "Mobile / 手机: {p.mobile:p86sp}\nE-mail / 邮箱: {p.email}\nAddress in China / 在华住址: {p.addr}")
T("en10", "ldap",
  "dn: uid={STAFF},ou=people,dc=huzhou,dc=gov,dc=cn\ncn: {p.name}\nmail: {p.email}\nmobile: {p.mobile:plain}\n"
  "telephoneNumber: {TEL}\nemployeeType: staff")
T("en11", "sql_insert", rows(2, 4,
  "INSERT INTO t_resident (xm, sfzh, sjhm, jzdz) VALUES ('{k.name}', '{k.id:plain}', '{k.mobile:plain}', '{k.addr}');"))
T("en12", "sshd_log", rows(3, 6,
  "{TS:syslog} {HOST} sshd[{N:1000-65000}]: Failed password for invalid user {ACCT} from {IP:pub} port {PORT:hi} ssh2",
  tail="\n{TS:syslog} {HOST} sshd[{N:1000-65000}]: Accepted publickey for ops from {IP:priv} port {PORT:hi} ssh2"))

# ---- SMS and chat -------------------------------------------------------------------------
T("sc01", "sms",
  "【湖州银行】{p.surname}{p.title}，您尾号{N:1000-9999}的储蓄账户{TS:cn}转入{MONEY:wage}，当前余额{MONEY:balance}。")
T("sc02", "sms",
  "【菜鸟驿站】{p.surname}{p.title}，您的包裹已到{ADDR}，取件码{VCODE}，请于{DATE}前取件。")
T("sc03", "family_chat",
  "{p.name}：妈，你的医保卡号发我一下，我帮你线上续方\n{old.name}：{old.mrn:yb}\n{p.name}：身份证号也要\n{old.name}：{old.id}")
T("sc04", "sms",
  "【浙里办】验证码{VCODE}，您正在办理社保卡激活，5分钟内有效。如非本人操作请致电{SVC:12333}。")
T("sc05", "chat",
  "{p.name}：我今天的行程：{TRACE}，晚上七点到家\n{q.name}：好的，路上注意安全")
T("sc06", "ops_chat",
  "{p.name}：{IP:priv} 这台库挂了，谁在用？\n{q.name}：我，刚跑了个导出，账号 {ACCT}\n{p.name}：赶紧停掉，{SOFT} 这个版本有内存泄漏")
T("sc07", "chat",
  "房东{p.name}：小{q.surname}，下个月房租{MONEY:rent}转到我这张卡{p.bank}，谢谢\n{q.name}：好的{p.surname}姐")
T("sc08", "sms",
  "【湖州反诈】{p.name}您好，您于{DATE}接到的{MOBILE:p86sp}来电为涉诈号码，请勿转账。如有疑问请拨打{SVC:96110}。")
T("sc09", "group_notice",
  "@所有人 明天{TIME}在{ADDR}三楼会议室开数据安全专题会，请{p.name}、{q.name}准备材料，有事联系{r.name} {r.mobile}")
T("sc10", "chat",
  "{p.name}：我车{p.plate}停你们小区门口了，挡路的话打我电话{p.mobile:sp}\n门卫：好的")
T("sc11", "email_signature",
  "此致\n{p.name}\n{DEPT}数据资源处\n电话：{TEL}\n手机：{p.mobile}\n邮箱：{p.email}\n地址：{ADDR}（邮编{POSTCODE}）")
T("sc12", "sms",
  "【{HOSP}】{p.name}您好，您已预约{DATE}上午{PICK:心内科|内分泌科|神经内科|呼吸科}专家门诊，就诊卡号{p.mrn:mz}，请携带身份证按时就诊。")
T("sc13", "chat",
  "{p.name}：兄弟，借我{MONEY:loan}周转一下，下个月还\n{q.name}：我卡里就剩{MONEY:balance}了，最多借你一半")
T("sc14", "chat",
  "收件人：{p.name}\n电话：{p.mobile:sp}\n地址：{p.addr}\n备注：放门口就行")
T("sc15", "sms",
  "【东方航空】{p.name}旅客，您{DATE}的MU{N:1000-9999}航班已值机成功，证件号{p.passport}，登机口{PICK:A12|B7|C3}。")
T("sc16", "sms",
  "【湖州出入境】您的往来港澳通行证{p.hkmo}签注已办结，请于{DATE}前到{ADDR}领取。")
T("sc17", "parent_group",
  "【一年级新生群】请家长核对信息：\n{kid.name}  家长{par.name}  {par.mobile}\n{kid2.name}  家长{par2.name}  {par2.mobile}\n如有错误请私信{q.name}老师")
T("sc18", "chat",
  "{p.name}：我手机换号了，新号码{p.mobile:sp}，旧号{MASKED}停用了\n{q.name}：收到，已改通讯录")

# ---- general government documents -----------------------------------------------------------
T("gd01", "notice",
  "湖州市人民政府办公室关于印发湖州市公共数据安全管理办法的通知\n{DOCNO}\n各区县人民政府，市政府各部门：\n"
  "现将《湖州市公共数据安全管理办法》印发给你们，请认真贯彻执行。\n湖州市人民政府办公室\n{DATE}\n（联系人：{p.name}，电话：{TEL}）")
T("gd02", "minutes",
  "会议纪要\n时间：{DATE}\n地点：市行政中心{N:1-12}号楼会议室\n参会：{p.name}、{q.name}、{r.name}、{s.name}\n"
  "议定事项：一、{DEPT}于{DATE}前完成数据共享目录梳理；二、落实{DOCNO}要求。\n记录：{t.name}")
T("gd03", "petition",
  "信访事项受理告知书（件号{WO}）\n信访人：{p.name}\n身份证号：{p.id}\n住址：{p.addr}\n联系电话：{p.mobile}\n"
  "信访事项：反映征迁补偿不到位。\n受理单位：{DEPT}    受理日期：{DATE}")
T("gd04", "disclosure_request",
  "政府信息公开申请表\n申请人：{p.name}\n证件号码：{p.id}\n通信地址：{p.addr}\n邮政编码：{POSTCODE}\n电子邮箱：{p.email}\n"
  "所需信息：{DOCNO}的制定依据")
T("gd05", "commendation",
  "关于表扬2024年度数据治理工作先进个人的通报（{DOCNO}）\n经研究，决定对{p.name}（{DEPT}）、{q.name}（{DEPT}）、{r.name}（{DEPT}）等同志予以通报表扬。")
T("gd06", "judgment",
  "民事判决书（{CASENO:court}）\n原告：{p.name}，{p.sex}，{p.age}岁，住{p.addr}\n被告：{ORG}，统一社会信用代码{USCC}\n"
  "判决：被告于判决生效之日起十日内支付原告拖欠工资{MONEY:wage}。\n案件受理费{FINE}，由被告负担。")
T("gd07", "appointment",
  "人事任免（{DOCNO}）\n任命{p.name}为{DEPT}数据资源处处长；\n免去{q.name}的{DEPT}科技信息处副处长职务。\n{DATE}")
T("gd08", "expropriation",
  "房屋征收补偿协议\n被征收人：{p.name}，身份证号{p.id}\n房屋坐落：{p.addr}\n补偿金额：{MONEY:compensation}\n收款银行卡：{p.bank}\n协议编号：{CONTRACT}")
T("gd09", "trip_approval",
  "因公出国（境）审批\n团组成员：{p.name}（护照号{p.passport}）、{q.name}（护照号{q.passport}）\n出访国家：新加坡\n"
  "出访日期：{DATE}\n批件号：{DOCNO}")
T("gd10", "inspection_bulletin",
  "数据安全检查通报（{DOCNO}）\n检查发现{DEPT}某系统（{IP:pub}）在互联网暴露{COUNT}条公民信息，其中包括{p.name}、{q.name}等人的身份证号和手机号。"
  "责令于{DATE}前整改。")

# ---- assorted -----------------------------------------------------------------------------
T("mx01", "directory", rows(4, 8, "{PICK:办公室|数据资源处|安全管理处|应用推进处|基础设施处}\t{k.name}\t{TEL:ext}\t{k.mobile}",
  head="{DEPT}通讯录\n处室\t姓名\t办公电话\t手机\n"))
T("mx02", "duty_roster",
  "节假日值班表（{DATE}）\n值班领导：{p.name}，{TEL}\n带班：{q.name}，{q.mobile}\n值班员：{r.name}，{TEL:ext}\n应急电话：{TEL}    传真：{TEL:noext}")
T("mx03", "legacy_archive",
  "户籍档案数字化核对\n姓名：{old.name}\n原15位身份证号：{old.id15}\n现18位身份证号：{old.id}\n出生日期：{old.dob:cn}\n档案号：{ASSET}")
T("mx04", "ipv6_acceptance",
  "IPv6改造验收记录\n门户网站：{IP:v6}（IPv4：{IP:pub}）\n政务服务平台：{IP:v6}\nDNS：已配置AAAA记录\n验收人：{p.name}，{DATE}")
T("mx05", "service_contacts",
  "服务指南\n咨询热线：{SVC}\n办公电话：{TEL}\n传真：{TEL:noext}\n办公地址：{ADDR}\n邮编：{POSTCODE}\n网址：https://www.huzhou.gov.cn")
T("mx06", "wifi_portal", rows(2, 5,
  "{TS} portal auth ok user={k.mobile:plain} mac={DEVICE:mac} ip={IP:priv} ap={DEVICE} ssid=HZ-ZWFW-Free"))
T("mx07", "invoice_ocr",
  "增值税电子普通发票（OCR识别结果）\n发票代码：{INVOICE:code}    发票号码：{INVOICE:no}\n开票日期：{DATE}\n"
  "购买方名称：{ORG}    纳税人识别号：{USCC}\n销售方名称：{ORG}    纳税人识别号：{USCC}\n价税合计：{AMT}\n开票人：{p.name}")
T("mx08", "provident_fund",
  "住房公积金提取申请\n职工：{p.name}\n身份证号：{p.id}\n公积金账户余额：{MONEY:balance}\n提取原因：购买自住住房\n"
  "房屋坐落：{p.addr:estate}\n收款银行卡：{p.bank}")
T("mx09", "real_estate_query",
  "不动产登记信息查询结果\n权利人：{p.name}\n证件号码：{p.id}\n不动产权证号：{CERT}\n坐落：{p.addr}\n登记日期：{DATE}\n查询编号：{WO}")
T("mx10", "darkweb_monitor",
  "暗网监测预警：某论坛出售“湖州某小区业主信息”{COUNT}条，卖家提供样本：\n{p.name} {p.mobile} {p.addr}\n{q.name} {q.mobile} {q.addr}\n"
  "发布时间：{TS}，卖家联系方式已固定。")
T("mx11", "vaccination",
  "预防接种记录\n受种者：{kid.name}\n出生日期：{kid.dob}\n监护人：{par.name}，{par.mobile}\n接种疫苗：麻腮风，批号{BATCH}\n接种单位：{HOSP}")
T("mx12", "talent_subsidy",
  "人才购房补贴审核表\n申请人：{p.name}\n身份证号：{p.id}\n学历：硕士研究生\n工作单位：{ORG}\n核定购房补贴：{MONEY:subsidy}\n收款账户：{p.bank}\n文件依据：{DOCNO}")
T("mx13", "residence_permit",
  "居住证申领登记\n姓名：{p.name}\n公民身份号码：{p.id}\n户籍地址：{OUTDIV}\n居住地址：{p.addr}\n联系电话：{p.mobile}\n受理编号：{WO}")

T("mx14", "epidemiology",
  "流行病学调查报告\n病例：{p.name}，{p.sex}，{p.age}岁，现住{p.addr}\n诊断：{HEALTH:甲型流感|肺结核|猩红热}\n"
  "发病前活动轨迹：{TRACE}\n密切接触者：{q.name}（{q.mobile}）、{r.name}（{r.mobile}）\n调查人：{s.name}，{DATE}")
T("mx15", "ride_hailing",
  "网约车行程记录\n订单号：{ORDER}\n乘客：{p.name}（{p.mobile}）\n行程：{TRACE}\n车辆：{PLATE}，司机{q.name}\n车费：{FEE}\n调取单位：{DEPT}")
T("mx16", "community_correction",
  "【电子围栏告警】社区矫正对象{p.name}（{p.id}）于{TS}离开活动区域，定位轨迹：{TRACE}。请司法所{q.name}（{q.mobile}）立即核查。")
T("mx17", "id_check_tool", mixed_rows(4, 8, ["{i}\t{k.id:plain}\t校验通过", "{i}\t{IDBAD}\t校验位错误",
                                              "{i}\t{k.id:plain}\t校验通过"],
  head="身份证号批量校验结果\n序号\t证件号码\t结果\n", tail="\n批次：{BATCH}    操作人：{p.name}"))
T("mx18", "card_check_tool", mixed_rows(3, 7, ["{k.name}\t{k.bank:plain}\t有效", "{k.name}\t{BANKBAD:plain}\t无效（Luhn校验失败，请核对卡号）"],
  head="代发账户预校验\n户名\t卡号\t校验\n", tail="\n校验时间：{TS}"))
T("mx19", "uscc_check_tool", mixed_rows(3, 7, ["{ORG}\t{USCC}\t一致", "{ORG}\t{USCCBAD}\t校验码错误"],
  head="统一社会信用代码核验\n名称\t代码\t结果\n", tail="\n核验人：{p.name}，{DATE}"))
T("mx20", "etc_record",
  "ETC通行记录查询\n车牌：{p.plate}\n车主：{p.name}\n通行轨迹：{TRACE}\n通行费合计：{FEE}\n查询依据：{DOCNO}")



# ---------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------
def _convertible(body) -> int:
    text = body(random.Random(0)) if callable(body) else body
    text = PH.sub("", text)
    return sum(1 for ch in text if ch in _S2T)


def generate(seed: int = SEED, n: int = N_DOCS):
    """Returns (docs, placed): placed[i] lists (start, end, surface) of every
    labelled span as it was put into document i."""
    ids = [t[0] for t in TEMPLATES]
    assert len(ids) == len(set(ids)), "duplicate template id"
    rng = random.Random(seed)
    order = []
    while len(order) < n:
        block = list(range(len(TEMPLATES)))
        rng.shuffle(block)
        order.extend(block)
    order = order[:n]
    eligible = [i for i, ti in enumerate(order) if _convertible(TEMPLATES[ti][2]) >= 6]
    trad = set(rng.sample(eligible, round(n * TRAD_SHARE)))
    docs, placed = [], []
    for i, ti in enumerate(order):
        tid, kind, body = TEMPLATES[ti]
        drng = random.Random(f"{seed}:{i}:{tid}")
        tpl = body(drng) if callable(body) else body
        pieces = render(tpl, Ctx(drng))
        is_trad = i in trad
        text, ents, negs = assemble(pieces, is_trad)
        put, off = [], 0
        for t, lab in pieces:
            t = to_trad(t) if is_trad else t
            if lab is not None:
                put.append((off, off + len(t), t))
            off += len(t)
        docs.append({"id": f"{FAMILY}-{i + 1:05d}", "text": text, "entities": ents, "negatives": negs,
                     "source": f"{FAMILY}:{kind}:{tid}:{'hant' if is_trad else 'hans'}"})
        placed.append(put)
    return docs, placed


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------
RE_MOBILE = re.compile(r"^(?:\+?86)?1[3-9]\d{9}$")
RE_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
RE_PASSPORT = re.compile(r"^(?:E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$")
RE_HKMO = re.compile(r"^C(?:\d{8}|[A-HJ-NP-Z]\d{7})$")
RE_PLATE = re.compile(r"^[^\x00-\x7f][A-Z][·\s]?(?:[A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9]\d{4})$")
RE_DOB = [re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$"), re.compile(r"^(\d{4})[-./](\d{2})[-./](\d{2})$"),
          re.compile(r"^(\d{4})(\d{2})(\d{2})$")]
RE_LOOSE_MOBILE = re.compile(r"(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])")
RE_LOOSE_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
RE_LOOSE_CARD = re.compile(r"(?<![0-9A-Za-z])62\d{14,17}(?![0-9A-Za-z])")
RE_LOOSE_IP = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
RE_LOOSE_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
RE_LOOSE_TEL = re.compile(r"(?<![0-9A-Za-z])0(?:572|571|573|512|10|21)[-\s)）]?\d{7,8}(?!\d)")
RE_LOOSE_PLATE = re.compile(r"[浙蘇苏滬沪皖贛赣][A-Z][·\s]?[A-Z0-9]{5,6}(?![A-Z0-9])")
RE_LOOSE_PASS = re.compile(r"(?<![0-9A-Za-z])[ECG][A-Z]?\d{7,8}(?![0-9A-Za-z])")


def _yaml_types():
    if not ENTITIES_YAML.exists():
        return None
    return set(re.findall(r"^  ([A-Z_]+):", ENTITIES_YAML.read_text(encoding="utf-8"), re.M))


def _check_entity(typ, s):
    v = norm(s)
    if typ == "CN_RESIDENT_ID":
        if len(v) == 18:
            return id_ok(v)
        return len(v) == 15 and v.isdigit() and valid_date(1900 + int(v[6:8]), int(v[8:10]), int(v[10:12]))
    if typ == "BANK_CARD":
        return v.isdigit() and 16 <= len(v) <= 19 and v.startswith("62") and luhn_ok(v)
    if typ == "CN_USCC":
        return uscc_ok(v)
    if typ == "CN_MOBILE":
        return bool(RE_MOBILE.match(v))
    if typ == "CN_LANDLINE":
        d = re.sub(r"\D", "", v)
        return v[0] in "0(（+" and 10 <= len(d) <= 18
    if typ == "EMAIL_ADDRESS":
        return bool(RE_EMAIL.match(s))
    if typ == "IP_ADDRESS":
        import ipaddress
        try:
            ipaddress.ip_address(s)
            return True
        except ValueError:
            return False
    if typ == "CN_PASSPORT":
        return bool(RE_PASSPORT.match(s))
    if typ == "CN_HK_MACAO_PERMIT":
        return bool(RE_HKMO.match(s))
    if typ == "CN_LICENSE_PLATE":
        return bool(RE_PLATE.match(s))
    if typ == "DATE_OF_BIRTH":
        if re.match(r"^\d{2} [A-Z][a-z]{2} \d{4}$", s):
            return True
        for rx in RE_DOB:
            m = rx.match(v)
            if m:
                return valid_date(*(int(x) for x in m.groups()))
        return False
    if typ == "PERSON":
        return 2 <= len(s) <= 4 and not re.search(r"[\x00-\x7f]", s)
    return len(s.strip()) == len(s) and len(s) > 0


def _check_negative(kind, s):
    v = norm(s)
    if kind == "id_lookalike":
        return len(v) == 18 and v[:17].isdigit() and not id_ok(v)
    if kind == "bank_lookalike":
        return v.isdigit() and 16 <= len(v) <= 19 and not luhn_ok(v)
    if kind == "uscc_lookalike":
        return len(v) == 18 and all(c in USCC_AL for c in v) and not uscc_ok(v)
    # no hard negative may pass as a real identifier
    if v.isdigit() and 16 <= len(v) <= 19 and luhn_ok(v):
        return False
    if len(v) == 18 and v[:17].isdigit() and id_ok(v):
        return False
    if len(v) == 18 and all(c in USCC_AL for c in v) and uscc_ok(v):
        return False
    if RE_MOBILE.match(v):
        return False
    if len(v) == 15 and v.isdigit() and valid_date(1900 + int(v[6:8]), int(v[8:10]), int(v[10:12])):
        return False
    return True


def validate(docs, placed=None):
    errors = []
    ytypes = _yaml_types()
    allowed = ENTITY_TYPES if ytypes is None else ENTITY_TYPES & ytypes
    if ytypes is not None and not ENTITY_TYPES <= ytypes:
        errors.append(f"types not in entities.yaml: {sorted(ENTITY_TYPES - ytypes)}")
    seen_ids = set()
    for k, d in enumerate(docs):
        did, text = d["id"], d["text"]
        if did in seen_ids:
            errors.append(f"{did}: duplicate id")
        seen_ids.add(did)
        if set(d) != {"id", "text", "entities", "negatives", "source"}:
            errors.append(f"{did}: keys {sorted(d)}")
        spans = []
        for e in d["entities"]:
            s = text[e["start"]:e["end"]]
            if e["type"] not in allowed:
                errors.append(f"{did}: unknown type {e['type']}")
            if not (0 <= e["start"] < e["end"] <= len(text)) or s != s.strip():
                errors.append(f"{did}: bad span {e}")
            elif not _check_entity(e["type"], s):
                errors.append(f"{did}: {e['type']} fails its check: {s!r}")
            spans.append((e["start"], e["end"], "E:" + e["type"]))
        for ng in d["negatives"]:
            s = text[ng["start"]:ng["end"]]
            if not (0 <= ng["start"] < ng["end"] <= len(text)) or s != s.strip():
                errors.append(f"{did}: bad negative span {ng}")
            elif not _check_negative(ng["kind"], s):
                errors.append(f"{did}: negative {ng['kind']} passes as an identifier: {s!r}")
            spans.append((ng["start"], ng["end"], "N:" + ng["kind"]))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errors.append(f"{did}: overlapping spans {a} {b}")
        if placed is not None:
            got = sorted((a, b) for a, b, _ in spans)
            want = sorted((a, b) for a, b, _ in placed[k])
            if got != want:
                errors.append(f"{did}: spans differ from the values placed")
            for a, b, v in placed[k]:
                if text[a:b] != v:
                    errors.append(f"{did}: span {a}-{b} is {text[a:b]!r}, placed {v!r}")
        # nothing that looks like personal data may be left unlabelled
        covered = [(a, b) for a, b, _ in spans]

        def inside(m):
            return any(a <= m.start() and m.end() <= b for a, b in covered)
        plain = text.translate(_FW)
        for rx, what in ((RE_LOOSE_MOBILE, "mobile"), (RE_LOOSE_IP, "ip"), (RE_LOOSE_EMAIL, "email"),
                         (RE_LOOSE_TEL, "landline"), (RE_LOOSE_PLATE, "plate"), (RE_LOOSE_PASS, "passport/permit")):
            for m in rx.finditer(plain):
                if not inside(m):
                    errors.append(f"{did}: unlabelled {what} {m.group()!r}")
        for m in RE_LOOSE_ID.finditer(plain):
            if id_ok(m.group().upper()) and not inside(m):
                errors.append(f"{did}: unlabelled resident id {m.group()!r}")
        for m in RE_LOOSE_CARD.finditer(plain):
            if luhn_ok(m.group()) and not inside(m):
                errors.append(f"{did}: unlabelled card {m.group()!r}")
        if d["source"].endswith(":hant") and text == to_trad(text) and not any(c in text for c in set(_S2T.values())):
            errors.append(f"{did}: Traditional document without Traditional characters")
    return errors


# ---------------------------------------------------------------------------
def main():
    docs, placed = generate()
    again, _ = generate()
    if docs != again:
        print("generation is not deterministic", file=sys.stderr)
        sys.exit(1)
    errors = validate(docs, placed)
    if errors:
        for e in errors[:60]:
            print(e, file=sys.stderr)
        print(f"{len(errors)} validation errors", file=sys.stderr)
        sys.exit(1)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    if back != docs:
        print("read-back differs", file=sys.stderr)
        sys.exit(1)
    errors = validate(back)
    if errors:
        print("\n".join(errors[:20]), file=sys.stderr)
        sys.exit(1)
    ents = Counter(e["type"] for d in back for e in d["entities"])
    negs = Counter(n["kind"] for d in back for n in d["negatives"])
    used = {d["source"].split(":")[2] for d in back}
    trad = sum(d["source"].endswith(":hant") for d in back)
    print(f"wrote {OUT} — {len(back)} documents, {len(used)} templates used of {len(TEMPLATES)}, "
          f"{trad} in Traditional script")
    print(f"entities: {sum(ents.values())}")
    for t, c in sorted(ents.items(), key=lambda x: -x[1]):
        print(f"  {t:20s} {c}")
    print(f"negatives: {sum(negs.values())}")
    for t, c in sorted(negs.items(), key=lambda x: -x[1]):
        print(f"  {t:20s} {c}")


if __name__ == "__main__":
    main()
