"""HEALTH_INFO — 健康生理信息: diagnoses, conditions and ICD-10 codes about a person.

Disease names come from a lexicon (``classify/lexicon/health_terms.txt``: common chronic,
infectious, mental and oncological conditions, Simplified forms; Traditional text is
normalized first). A disease word alone is often public-health prose (高血压防治宣传周), so
a match needs a clinical context word (诊断、确诊、患有、病史、就诊) or a column named so.
ICD-10 codes (``I10``, ``E11.9``) need context (诊断编码、ICD) likewise. A condition not in
the lexicon is found by its form right after a clinical verb: ``诊断为``/``确诊``/``患有``/
``患`` + up to eight characters ending in a disease suffix (病、症、炎、癌、瘤、狼疮、衰竭、
综合征 …): 诊断为系统性红斑狼疮, 患心房颤动; likewise between 因 and 就诊/住院/入院 …
(因胆囊结石就诊), or 致贫/返贫 (因尿毒症致贫: poverty and medical-aid case notes), and after
致贫原因：/病种：. A lexicon term keeps the modifiers written before it (乙型 肝炎, 慢性
肾炎, 2型 糖尿病) and the rest of its name after it (帕金森 病).

Three forms say by themselves that they are about one person's body (GB/T 35273-2020 附录B:
健康生理信息 includes 残疾 and 生育 information) and need no context: a disability's category with
its grade (肢体残疾二级, 残疾等级三级; the category alone needs context, and 视力残疾人 is a group), a
degree of lost capacity (重度失能; not 重度失能老人, a policy's group) and a pregnancy's week (孕12周).
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import Pattern

from classify._trie import trie_regex
from classify.lexicon import read_words
from classify.recognizers._base import NOT_ALNUM_AFTER, NOT_ALNUM_BEFORE, CnPatternRecognizer, Span


@lru_cache(maxsize=1)
def _terms_regex() -> str:
    return trie_regex(read_words("health_terms.txt"))


# Fields of forms and records whose value is a person's condition.
HEALTH_FIELDS = ("健康状况", "身体状况", "死亡原因", "残疾类别", "残疾类别及等级", "检查结论", "体检结论", "主要异常", "主要疾病",
                 "既往病史", "既往史", "伤情", "患病情况", "入院诊断", "出院诊断", "dx")
# Right after one of these verbs (lookbehinds; a shorter verb must not match inside a longer
# one: 患 in 患有 or 患者, 确诊 in 确诊为).
_AFTER_CUE = ("(?:(?<=诊断为)|(?<=诊断:)|(?<=确诊为)|(?<=确诊)(?!为)|(?<=患有)|(?<=罹患)|(?<=患)(?![有者病儿])"
              "|(?<=病史:)|(?<=疑似)|(?<=致贫原因:)|(?<=返贫原因:)|(?<=致贫原因为)|(?<=病种:)|(?<=疾病名称:)"
              # a form's field that holds a person's condition (健康状况：…, 死亡原因：…, 伤情：…)
              + "".join(f"|(?<={label}:)" for label in HEALTH_FIELDS) + ")")
# After 因 <condition>: care, death, loss of work — or poverty (因尿毒症致贫, 因白血病返贫).
_FOR_CARE = r"(?=就诊|住院|入院|治疗|手术|去世|病故|死亡|休学|离职|丧失|致贫|返贫|致残|导致|长期服药|长期卧床|卧床)"
_MODIFIERS = re.compile(r"(?:[甲乙丙丁戊]型|[12]型|[ⅠⅡ12]期|慢性|急性|重度|中度|轻度|原发性|继发性|病毒性|细菌性|过敏性|"
                        r"晚期|早期|先天性|遗传性|老年性|系统性|髓系)+$")
# After a term: the rest of its name (帕金森 病; 高血压病史: 病史 stays context), its spectrum
# (孤独症谱系障碍; not a state after treatment: 肺癌 of 肺癌术后), its grade or stage (高血压病3级) and a remark in
# brackets (尿毒症（维持性血透）, 肺结核（已治愈）, 慢性肾功能不全(CKD4期)).
_NAME_REST = re.compile(r"(?:(?<![病症炎癌瘤])(?:后遗症|综合征|病(?!史)|症))?(?:谱系障碍)?"
                        r"(?:[1-4一二三四]级|[ⅠⅡⅢⅣ1-4]期)?(?:[(（][^()（）\n]{1,12}[)）])?")
# Category words, not a condition (因大病致贫 is a poverty category of 国务院扶贫办's coding).
_GENERIC = frozenset({"大病", "重病", "疾病", "重大疾病", "慢性病", "慢病", "伤病", "重大病", "急病", "怪病", "重症", "病症"})
_SUFFIX = r"(?:综合征|狼疮|颤动|衰竭|硬化|梗死|梗塞|结核|出血|骨折|感染|畸形|障碍|损伤|挤压伤|烫伤|烧伤|挫伤|外伤|麻痹|不全|病|症|炎|癌|瘤)"


class HealthInfoRecognizer(CnPatternRecognizer):
    ENTITY = "HEALTH_INFO"
    REFERENCE = "《个人信息保护法》第二十八条 (医疗健康); GB/T 35273-2020 附录B; ICD-10 (GB/T 14396)"
    CONTEXT = (
        "诊断", "确诊", "患有", "患", "病史", "既往史", "就诊", "住院", "治疗", "病情", "检查结果", "阳性", "icd", "diagnosis",
        "入院", "出院", "手术", "病故", "入院診斷",
        # poverty and medical aid: the cause of poverty is the person's condition (因肺癌致贫)
        "致贫", "返贫", "致贫原因", "罹患", "术后", "大病", "病种", "致貧", "返貧", "罹患",
        "診斷", "確診", "患有", "病史", "就診", "住院", "治療", "病情",
        # treatment and its traces (查出乳腺癌, 正在化疗, 每天注射胰岛素, 持残疾证)
        "查出", "化疗", "放疗", "透析", "后遗症", "胰岛素", "服药", "卧床", "残疾证",
        *HEALTH_FIELDS, "疾病为",
        "jbmc", "zdmc", "zyzd", "disease",  # the keys of exports (疾病名称, 诊断名称, 主要诊断 in pinyin initials)
    )
    NEGATIVE_CONTEXT = ("宣传", "防治", "科普", "讲座", "宣傳", "講座", "指南")
    NEGATIVE_RIGHT_CONTEXT = ("患病率", "发病率", "防治", "筛查", "宣传", "知识", "讲座", "等慢性病", "死亡率", "發病率")
    CONTEXT_LEFT = 10
    CONTEXT_RIGHT = 8
    CONTEXT_BOOST = 0.4

    def __init__(self) -> None:
        type(self).PATTERNS = (
            # first: at one position the first alternative wins, and 肢体残疾二级 is more than the term 肢体残疾
            Pattern("disability_graded", r"(?:(?:肢体|视力|听力|言语|智力|精神|多重)残疾|残疾(?:等级)?)(?:为|评定为)?"
                    r"[一二三四1-4]级", 0.85),
            Pattern("condition", _terms_regex(), 0.45),
            Pattern("icd10", NOT_ALNUM_BEFORE + r"[A-TV-Z]\d{2}(?:\.\d{1,2})?" + NOT_ALNUM_AFTER, 0.2),
            Pattern("condition_form", _AFTER_CUE + r"[\u4e00-\u9fff]{1,8}?" + _SUFFIX, 0.45),
            # 因患 … is the 患 form's (the condition starts after 患)
            Pattern("condition_because", r"(?<=因)(?!患)[\u4e00-\u9fff]{1,8}?" + _SUFFIX + _FOR_CARE, 0.45),
            Pattern("disability", r"(?:肢体|视力|听力|言语|智力|精神|多重)残疾(?![人者儿群等一二三四1-4])", 0.45),
            Pattern("lost_capacity", r"(?:重度|中度|轻度|完全|部分)失能(?!老人|人员|群体|人群|等级)", 0.85),
            Pattern("pregnancy", r"(?:孕|妊娠|怀孕)\d{1,2}(?:\+\d)?周|怀孕\d{1,2}个?月", 0.85),
        )
        super().__init__()

    def spans(self, norm: str) -> list[Span]:
        out = []
        for s, e, sc in super().spans(norm):
            m = _MODIFIERS.search(norm, max(0, s - 8), s)
            s = m.start() if m else s
            e = _NAME_REST.match(norm, e).end()  # matches the empty string at least
            if norm[s:e] not in _GENERIC:
                out.append((s, e, sc))
        return out
