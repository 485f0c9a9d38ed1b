"""Presidio's analyzer on a blank Chinese spaCy pipeline.

No spaCy model can be downloaded here, so the NLP engine is ``spacy.blank("zh")`` (its
default character segmenter needs no extra package) saved to disk on first use and named
by path in Presidio's NLP configuration. The pipeline only tokenizes; govgate's
recognizers do their own context scoring (``classify.recognizers._base``), so Presidio's
lemma-based context enhancer — which never fires without lemmas — is replaced by
``NoContextEnhancer``, which says so instead of silently doing nothing.

The cache directory is ``$GOVGATE_HOME/nlp/`` (``GOVGATE_HOME`` defaults to ``./var``);
``build_analyzer(cache_dir=…)`` takes another.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from presidio_analyzer import AnalyzerEngine, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpEngineProvider

from classify.recognizers import RecognizerConfig, build_registry, load_config

__all__ = ["blank_pipeline", "build_analyzer", "NoContextEnhancer", "default_cache_dir"]


def default_cache_dir() -> Path:
    return Path(os.environ.get("GOVGATE_HOME", "var")) / "nlp"


def blank_pipeline(cache_dir: Path | None = None) -> Path:
    """The path of the saved blank ``zh`` pipeline, created atomically if missing."""
    import spacy

    target = (cache_dir or default_cache_dir()) / f"zh_blank-spacy{spacy.__version__}"
    if (target / "config.cfg").is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".zh_blank-", dir=target.parent))
    try:
        spacy.blank("zh").to_disk(tmp)
        try:
            os.replace(tmp, target)
        except OSError:  # another process won the race: theirs is as good as ours
            if not (target / "config.cfg").is_file():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


class NoContextEnhancer(ContextAwareEnhancer):
    """Presidio's engine-level context step, deliberately empty: each govgate recognizer
    scores its own context (characters around the match, column headers) in
    ``enhance_using_context``, which the engine calls before this step."""

    def __init__(self) -> None:
        super().__init__(context_similarity_factor=0.0, min_score_with_context_similarity=0.0, context_prefix_count=0,
                         context_suffix_count=0)

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None) -> list[RecognizerResult]:  # noqa: ANN001
        return raw_results


def build_analyzer(config: RecognizerConfig | None = None, cache_dir: Path | None = None) -> AnalyzerEngine:
    """Presidio's ``AnalyzerEngine`` with govgate's registry on the blank ``zh`` pipeline."""
    config = config or load_config()
    path = blank_pipeline(cache_dir)
    provider = NlpEngineProvider(
        nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": config.language, "model_name": str(path)}]}
    )
    return AnalyzerEngine(
        registry=build_registry(config),
        nlp_engine=provider.create_engine(),
        supported_languages=[config.language],
        default_score_threshold=config.score_threshold,
        context_aware_enhancer=NoContextEnhancer(),
    )
