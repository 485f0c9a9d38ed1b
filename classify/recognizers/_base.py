"""What every govgate recognizer shares: Chinese-aware matching and context scoring.

Presidio's ``PatternRecognizer`` is written for English text: ``\\b`` boundaries (CJK
characters are word characters, so ``身份证号330502…`` has no boundary before the digits),
and context words scored by a lemma-based enhancer that never fires on a blank spaCy
pipeline (tokens there have no lemmas). ``CnPatternRecognizer`` keeps Presidio's model —
``Pattern`` objects with a base score, a context word list, ``validate_result`` and
``invalidate_result`` — and changes three things:

1. Matching runs on a normalized copy of the text (``classify._text.normalize``: full-width
   digits → ASCII, Traditional → Simplified, one character for one), so offsets are into
   the original string and one pattern serves both scripts.
2. All patterns of a recognizer run as one expression (alternatives in order), one pass.
3. Context is scored by the recognizer itself in ``enhance_using_context`` — the hook
   Presidio's ``AnalyzerEngine`` calls for every recognizer — from the characters around the
   match and from external context (a table column's header): a positive word within the
   window raises the score by ``CONTEXT_BOOST``, a negative word (``订单号`` before a
   number) lowers it by ``NEGATIVE_PENALTY``. When both occur on the left, the one nearer
   the match labels it (``订单已取消，退款至银行卡6222…``: the card word is nearer).

Both ways of running a recognizer — Presidio's ``AnalyzerEngine`` and govgate's fast
``classify.detect.Scanner`` — call exactly these methods, so the definition is single.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar

import re
from presidio_analyzer import EntityRecognizer, LocalRecognizer, Pattern, PatternRecognizer, RecognizerResult

from classify._layout import column_header, json_key
from classify._text import normalize, to_simplified
from classify._trie import trie_regex

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["CnPatternRecognizer", "CnRuleRecognizer", "ContextScoring", "Span", "LANGUAGE", "FLAGS", "NOT_ALNUM_BEFORE", "NOT_ALNUM_AFTER", "QUANTITY_UNIT"]

LANGUAGE = "zh"
FLAGS = re.DOTALL | re.MULTILINE  # case matters: USCC letters, passport prefixes
Span = tuple[int, int, float]  # (start, end, score) of a candidate
# Identifiers glued to Chinese text: bound by "no ASCII letter or digit", never by \b.
NOT_ALNUM_BEFORE = r"(?<![0-9A-Za-z])"
NOT_ALNUM_AFTER = r"(?![0-9A-Za-z])"
# A unit right after a number makes it an amount or a count, not a telephone number (13587246901元,
# 移动电话用户87316542户); 元旦 is a holiday (手机13812345678元旦后联系), 户主 a householder's label.
QUANTITY_UNIT = r"(?:[万亿]?元(?!旦)|块钱|人次|次(?!日)|笔|件|吨|辆|亩|平方米|公里|条(?![码形])|户(?![主籍口名头]))"
# The country code of Hong Kong (852), Macao (853) or Taiwan (886) before a telephone number, as
# written: +852, 00852, (852), (+852), 852-; ``.format(cc=...)`` with the code(s) as a regex.
REGION_CC = r"(?<![0-9A-Za-z+])(?:(?:\+|00)(?:{cc})[ -]?|\(\+?(?:{cc})\)[ -]?|(?:{cc})-)"
_ENHANCED = RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY


def _word_regex(words: Iterable[str]) -> re.Pattern | None:
    norm = {to_simplified(w).lower() for w in words if w}
    return re.compile(trie_regex(norm), re.IGNORECASE) if norm else None


def _joined(external: Sequence[str]) -> str:
    key = tuple(external)
    got = _JOINED.get(key)
    if got is None:
        got = to_simplified(" ".join(external)).lower()
        if len(_JOINED) > 4096:
            _JOINED.clear()
        _JOINED[key] = got
    return got


_JOINED: dict[tuple[str, ...], str] = {}


def _last_end(regex: re.Pattern | None, text: str, start: int, end: int) -> int:
    """Where the last match of ``regex`` in ``text[start:end]`` ends, or -1."""
    if regex is None or regex.search(text, start, end) is None:
        return -1
    return max(m.end() for m in regex.finditer(text, start, end))


# a ``NEGATIVE_GAP`` for telephone numbers: between the negative word and the number only blanks, marks,
# digits, 号/码/为/是 and a short remark in brackets (订单号：138…, 座机号码（本地）6781-4507), not words
MARKS_GAP = r"(?:[^\u4e00-\u9fff(]|[号码为是]|\([^()]{0,6}\))*"

# a number listed after another (联系电话17402999513、05637430514): the window reaches back past the
# earlier number and its separator, so both share the words before the list
_LISTED_AFTER = re.compile(r"(?<![0-9A-Za-z])\+?\d[\d \-]{5,22}\d[ ]?[、,，/;；][ ]?\Z")


def _window_start(norm: str, start: int, size: int) -> int:
    listed = _LISTED_AFTER.search(norm, max(0, start - 28), start)
    return max(0, (listed.start() if listed is not None else start) - size)


class ContextScoring:
    """Context handling shared by pattern and rule-based recognizers (a mixin).

    Class attributes a recognizer sets:
    ``CONTEXT`` — words (both scripts) that make a match more likely;
    ``NEGATIVE_CONTEXT`` — words that make it less likely (document, order, invoice numbers);
    ``CONTEXT_LEFT`` / ``CONTEXT_RIGHT`` — window sizes in characters;
    ``CONTEXT_BOOST`` / ``NEGATIVE_PENALTY`` — score changes;
    ``DOCUMENT_BOOST`` — the change when a context word occurs only beyond the window;
    ``NEGATIVE_GAP`` — what may stand between a negative word and the match;
    ``HEADER_CONTEXT`` — extra words matched only against external context (column names);
    ``TEXT_CONTEXT`` — extra words matched only in the text, never against a column's name;
    ``JSON_KEY_CONTEXT`` — whether a JSON member's key counts as its value's column name.
    """

    CONTEXT: ClassVar[tuple[str, ...]] = ()
    NEGATIVE_CONTEXT: ClassVar[tuple[str, ...]] = ()
    NEGATIVE_RIGHT_CONTEXT: ClassVar[tuple[str, ...]] = ()  # words right after a match that make it less likely
    NEGATIVE_RIGHT_REGEX: ClassVar[str | None] = None  # the same as a regex, where a word has exceptions (元 but not 元旦)
    HEADER_CONTEXT: ClassVar[tuple[str, ...]] = ()
    TEXT_CONTEXT: ClassVar[tuple[str, ...]] = ()
    NEGATIVE_HEADER_CONTEXT: ClassVar[tuple[str, ...]] = ()
    CONTEXT_LEFT: ClassVar[int] = 12
    CONTEXT_RIGHT: ClassVar[int] = 4
    CONTEXT_BOOST: ClassVar[float] = 0.35
    # a context word anywhere in the text, beyond the window, raises the score this much (a list
    # headed 护照号码 whose later rows are far from it); 0: only the window counts
    DOCUMENT_BOOST: ClassVar[float] = 0.0
    # what may stand between a negative word and the match for the word to count (None: anything
    # in the window); a word with other words between labels something else (外卖订单：王芳 138…)
    NEGATIVE_GAP: ClassVar[str | None] = None
    NEGATIVE_PENALTY: ClassVar[float] = 0.5
    JSON_KEY_CONTEXT: ClassVar[bool] = True  # a JSON member's key counts as its value's column name
    PRIORITY: ClassVar[int] = 0  # breaks ties between overlapping findings of equal score

    _ctx_re: ClassVar[re.Pattern | None]
    _neg_re: ClassVar[re.Pattern | None]
    _hdr_re: ClassVar[re.Pattern | None]
    _neg_hdr_re: ClassVar[re.Pattern | None]
    _neg_right_re: ClassVar[re.Pattern | None]
    _neg_gap_re: ClassVar[re.Pattern | None]

    @classmethod
    def _compile_context(cls) -> None:
        if "_ctx_re" not in cls.__dict__:
            cls._ctx_re = _word_regex((*cls.CONTEXT, *cls.TEXT_CONTEXT))
            cls._neg_re = _word_regex(cls.NEGATIVE_CONTEXT)
            cls._hdr_re = _word_regex((*cls.CONTEXT, *cls.HEADER_CONTEXT))
            cls._neg_hdr_re = _word_regex((*cls.NEGATIVE_CONTEXT, *cls.NEGATIVE_HEADER_CONTEXT))
            cls._neg_right_re = re.compile(cls.NEGATIVE_RIGHT_REGEX) if cls.NEGATIVE_RIGHT_REGEX \
                else _word_regex(cls.NEGATIVE_RIGHT_CONTEXT)
            cls._neg_gap_re = re.compile(cls.NEGATIVE_GAP) if cls.NEGATIVE_GAP else None

    def context_delta(self, norm: str, start: int, end: int, external: Sequence[str] | None) -> float:
        """The score change from context around ``norm[start:end]`` and external context."""
        cls = type(self)
        cls._compile_context()
        # in a table pasted into the text, the cell's column name decides first, as a real
        # table's header does: the text before the cell is its row's other values; so does a
        # JSON member's key
        column = column_header(norm, start, end) or (json_key(norm, start) if cls.JSON_KEY_CONTEXT else None)
        if column is not None:
            delta = cls._header_delta(column.lower())  # norm is Simplified already
            if delta:
                return delta
        left = _window_start(norm, start, cls.CONTEXT_LEFT)
        neg_at = _last_end(cls._neg_re, norm, left, start)
        if neg_at >= 0 and cls._neg_gap_re is not None and cls._neg_gap_re.fullmatch(norm, neg_at, start) is None:
            neg_at = -1
        pos_at = _last_end(cls._ctx_re, norm, left, start)
        # the nearer word wins; ending together, one is the other's suffix and the longer, the
        # negative one, says more (经营收入 of a business, not 收入)
        if neg_at >= 0 and neg_at >= pos_at:
            return -cls.NEGATIVE_PENALTY
        if cls._neg_right_re is not None and cls._neg_right_re.match(norm, end, end + 6):
            return -cls.NEGATIVE_PENALTY
        if pos_at >= 0 or (cls._ctx_re is not None and cls._ctx_re.search(norm, end, end + cls.CONTEXT_RIGHT)):
            return cls.CONTEXT_BOOST
        if external:
            delta = cls._header_delta(_joined(external))
            if delta:
                return delta
        if cls.DOCUMENT_BOOST and cls._ctx_re is not None and cls._ctx_re.search(norm) is not None:
            return cls.DOCUMENT_BOOST
        return 0.0

    @classmethod
    def _header_delta(cls, header: str) -> float:
        """The score change a column's name (lower case, Simplified) makes."""
        if cls._neg_hdr_re is not None and cls._neg_hdr_re.search(header):
            return -cls.NEGATIVE_PENALTY
        if cls._hdr_re is not None and cls._hdr_re.search(header):
            return cls.CONTEXT_BOOST
        return 0.0

    def enhance_using_context(
        self,
        text: str,
        raw_recognizer_results: list[RecognizerResult],
        other_raw_recognizer_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts | None,
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's per-recognizer context hook, implemented on characters, not lemmas."""
        if not raw_recognizer_results:
            return raw_recognizer_results
        norm = normalize(text)
        for result in raw_recognizer_results:
            meta = result.recognition_metadata
            if meta is not None and meta.get(_ENHANCED):
                continue  # scored once already (Presidio may call this hook more than once)
            result.score = self._with_context(result.score, norm, result.start, result.end, context)
            if meta is not None:
                meta[_ENHANCED] = True
        return raw_recognizer_results

    def _with_context(self, score: float, norm: str, start: int, end: int, context: Sequence[str] | None) -> float:
        delta = self.context_delta(norm, start, end, context)
        return min(EntityRecognizer.MAX_SCORE, max(EntityRecognizer.MIN_SCORE, score + delta)) if delta else score

    # -- the two entry points -------------------------------------------------------------
    def spans(self, norm: str) -> list[Span]:
        """Candidates in normalized text, validated, before context. Subclasses implement."""
        raise NotImplementedError

    def analyze(self, text: str, entities: list[str] | None = None, nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """Presidio's entry point: ``spans`` as ``RecognizerResult``s (context comes next)."""
        entity, meta = self.supported_entities[0], self._meta
        return [RecognizerResult(entity, s, e, sc, recognition_metadata=dict(meta)) for s, e, sc in self.spans(normalize(text))]

    MAX_BASE_SCORE: ClassVar[float] = 1.0  # the highest score a candidate can have before context

    def find(self, text: str, context: Sequence[str] | None = None, threshold: float = 0.0) -> list[Span]:
        """govgate's entry point: ``spans`` with context applied, as plain tuples.

        A recognizer whose candidates all score below ``threshold`` without context (passport,
        medical record, birth date …) is skipped when no context word occurs anywhere in the
        text or the external context — the answer is the same, the patterns need not run.
        """
        norm = normalize(text)
        if self.MAX_BASE_SCORE < threshold and not self.has_context(norm, context):
            return []
        return [(s, e, self._with_context(sc, norm, s, e, context)) for s, e, sc in self.spans(norm)]

    def has_context(self, norm: str, context: Sequence[str] | None) -> bool:
        cls = type(self)
        cls._compile_context()
        if cls._ctx_re is not None and cls._ctx_re.search(norm):
            return True
        return bool(context) and cls._hdr_re is not None and cls._hdr_re.search(_joined(context)) is not None


class CnPatternRecognizer(ContextScoring, PatternRecognizer):
    """A Presidio pattern recognizer for Chinese text (see the module docstring).

    Subclasses set ``ENTITY``, ``PATTERNS`` (Presidio ``Pattern`` objects), ``CONTEXT``,
    ``REFERENCE`` (the standard the identifier follows) and override ``validate_result``
    / ``invalidate_result`` where a check exists. ``VALIDATED_SCORE`` is the score a match
    gets when ``validate_result`` is true (Presidio's fixed 1.0 is too sure for
    identifiers whose check digit a random number passes one time in ten).
    """

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[tuple[Pattern, ...]]
    REFERENCE: ClassVar[str] = ""
    VALIDATED_SCORE: ClassVar[float] = 1.0

    TRIGGER: ClassVar[str | None] = None  # a regex that must occur in the text for any pattern to match

    def __init__(self) -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            supported_language=LANGUAGE,
            patterns=[Pattern(p.name, p.regex, p.score) for p in self.PATTERNS],
            context=[*self.CONTEXT],
            global_regex_flags=FLAGS,
        )
        # One pass over the text: the patterns as alternatives of one expression, in order;
        # the alternative that matched (``lastgroup``) gives the pattern's base score.
        self._scores = {f"_p{i}": p.score for i, p in enumerate(self.patterns)}
        self._combined = re.compile("|".join(f"(?P<_p{i}>{p.regex})" for i, p in enumerate(self.patterns)), FLAGS)
        self._trigger = re.compile(self.TRIGGER) if self.TRIGGER else None
        self.MAX_BASE_SCORE = max([p.score for p in self.patterns] + ([self.VALIDATED_SCORE] if self._validates() else []))
        self._meta = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}

    def _validates(self) -> bool:
        return type(self).validate_result is not PatternRecognizer.validate_result

    def spans(self, norm: str) -> list[Span]:
        """Every pattern over the normalized text; validated and invalidated."""
        if self._trigger is not None and self._trigger.search(norm) is None:
            return []
        out: list[Span] = []
        scores = self._scores
        for m in self._combined.finditer(norm):
            start, end = m.span()
            if start == end:
                continue
            value = m.group()
            valid = self.validate_result(value)
            if valid is False or self.invalidate_result(value):
                continue
            base = scores[m.lastgroup]  # type: ignore[index]
            out.append((start, end, max(base, self.VALIDATED_SCORE) if valid else base))
        return out


class CnRuleRecognizer(ContextScoring, LocalRecognizer):
    """Base of the rule-based recognizers (PERSON, CN_ADDRESS): lexicons and grammar, no model."""

    ENTITY: ClassVar[str]
    REFERENCE: ClassVar[str] = ""

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__, supported_language=LANGUAGE,
                         context=[*self.CONTEXT])
        self._meta = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}

    def load(self) -> None:  # subclasses load their lexicons here (Presidio calls it before analyze)
        return None

