"""Finding personal information in text: govgate's fast path and Presidio's, same answers.

``Scanner`` runs the very recognizer objects of the Presidio registry — their patterns,
``validate_result`` and context scoring — on the raw string, without the spaCy pipeline
and the analyzer's per-call bookkeeping that make up ~98% of Presidio's cost per cell.
``presidio_findings`` runs the same recognizers through Presidio's ``AnalyzerEngine``
(``classify.nlp.build_analyzer``); both end in ``resolve_overlaps``, so for any text the
two give the same findings (tests/classify/test_detect.py checks this on the corpora).

Findings never overlap: of overlapping candidates the higher score wins, then the
recognizer's ``PRIORITY`` (a social security number over the same digits as a resident
ID), then the longer span.

A name found once is found everywhere in the same text (``repeat_findings``): 申请人王建国
… 据悉王建国 — the second mention has no label, but it is the same person, and leaving it
would leak the name the first finding masks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult

from classify._text import normalize
from classify.recognizers import RecognizerConfig, _lac, load_config, load_recognizers
from classify.recognizers.person import given_name_chars

__all__ = ["Finding", "Scanner", "resolve_overlaps", "repeat_findings", "presidio_findings"]

# Types whose other mentions in the same text are the same entity (names; a number is found
# by its own pattern wherever it occurs).
REPEATED_TYPES = frozenset({"PERSON"})


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """One entity found: ``text[start:end]`` (Python string indices) is of ``type``."""

    start: int
    end: int
    type: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "start": self.start, "end": self.end, "score": round(self.score, 2)}


def resolve_overlaps(results: Iterable[RecognizerResult], priority: dict[str, int]) -> list[Finding]:
    """Non-overlapping findings in text order (see the module docstring for the order)."""
    ranked = sorted(
        results,
        key=lambda r: (-round(r.score, 6), -priority.get(r.entity_type, 0), -(r.end - r.start), r.start),
    )
    taken: list[Finding] = []
    for r in ranked:
        if all(r.end <= f.start or r.start >= f.end for f in taken):
            taken.append(Finding(r.start, r.end, r.entity_type, float(r.score)))
    taken.sort()
    return taken


def repeat_findings(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` plus every other mention of a found name that overlaps no finding and
    is not the start of a longer name (see ``_glued_name``)."""
    extra: list[Finding] = []
    taken = [(f.start, f.end) for f in findings]
    for value, kind, score in {(text[f.start:f.end], f.type, f.score) for f in findings if f.type in REPEATED_TYPES}:
        if len(value) < 2:
            continue
        pos = text.find(value)
        while pos >= 0:
            end = pos + len(value)
            if all(end <= a or pos >= b for a, b in taken) and not _glued_name(text, pos, end):
                extra.append(Finding(pos, end, kind, score))
                taken.append((pos, end))
            pos = text.find(value, end)
    return sorted([*findings, *extra]) if extra else findings


def _glued_name(text: str, start: int, end: int) -> bool:
    """The mention may be the start of a longer name: a two-character name followed by a
    common given-name character (张伟 in 张伟明, 王芳 in 王芳芳)."""
    return end - start == 2 and end < len(text) and text[end] in given_name_chars()


class Scanner:
    """Detect entities with govgate's recognizers, no NLP pipeline. Thread-safe after init."""

    def __init__(
        self,
        config: RecognizerConfig | None = None,
        entities: Iterable[str] | None = None,
        recognizers: Sequence[EntityRecognizer] | None = None,
    ) -> None:
        self.config = config or load_config()
        recs = list(recognizers) if recognizers is not None else load_recognizers(self.config)
        wanted = set(entities) if entities is not None else None
        self.recognizers = [r for r in recs if wanted is None or r.supported_entities[0] in wanted]
        for rec in self.recognizers:  # lexicons and jieba load here, not inside the first scan
            if not rec.is_loaded:
                rec.load()
                rec.is_loaded = True
        self.threshold = self.config.score_threshold
        self.priority = {r.supported_entities[0]: int(getattr(r, "PRIORITY", 0)) for r in recs}
        self.entities = [r.supported_entities[0] for r in self.recognizers]
        # PERSON and CN_ADDRESS read Baidu LAC's tags; scan_many tags a block of texts at once
        self.uses_tagger = any(getattr(r, "use_tagger", False) for r in self.recognizers)

    def raw(self, text: str, context: Sequence[str] | None = None) -> list[RecognizerResult]:
        """Every candidate at or above the threshold, overlapping (for analysis and tests)."""
        out: list[RecognizerResult] = []
        threshold = self.threshold
        for rec in self.recognizers:
            entity = rec.supported_entities[0]
            for start, end, score in rec.find(text, context, threshold):
                if score >= threshold:
                    out.append(RecognizerResult(entity, start, end, score))
        return out

    def scan(self, text: str, context: Sequence[str] | None = None) -> list[Finding]:
        """The findings in ``text``; ``context`` is external context such as a column header."""
        if not text:
            return []
        return repeat_findings(text, resolve_overlaps(self.raw(text, context), self.priority))

    BLOCK = 128  # texts tagged together by scan_many (within the tagger's cache)

    def scan_many(self, texts: Sequence[str], context: Sequence[str] | None = None) -> list[list[Finding]]:
        """``[scan(t, context) for t in texts]``, with the tagger run on blocks of texts in
        batched calls (the same findings, faster). Equal texts are scanned once: a table's
        free-text column repeats values (无, 已核实, a form's stock sentences)."""
        distinct = list(dict.fromkeys(texts))
        found: dict[str, list[Finding]] = {}
        for first in range(0, len(distinct), self.BLOCK):
            block = distinct[first:first + self.BLOCK]
            if self.uses_tagger:
                _lac.prepare(normalize(t) for t in block if t)
            found.update((t, self.scan(t, context)) for t in block)
        return [list(found[t]) for t in texts]


def presidio_findings(
    analyzer: AnalyzerEngine, text: str, context: Sequence[str] | None = None, config: RecognizerConfig | None = None
) -> list[Finding]:
    """The same detection through Presidio's ``AnalyzerEngine`` (spaCy pipeline and all)."""
    config = config or load_config()
    results = analyzer.analyze(
        text, language=config.language, context=list(context) if context else None, score_threshold=config.score_threshold
    )
    priority = {r.supported_entities[0]: int(getattr(r, "PRIORITY", 0)) for r in analyzer.registry.recognizers}
    return repeat_findings(text, resolve_overlaps(results, priority))
