"""The fast scanner and Presidio's AnalyzerEngine (blank zh pipeline) agree; findings are
well formed; the blank pipeline is created from nothing but the installed packages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from classify.detect import Scanner, presidio_findings
from classify.nlp import NoContextEnhancer, blank_pipeline, build_analyzer
from classify.recognizers import build_registry, load_config

DATA = Path(__file__).parent / "data"


def _sample(name: str, every: int) -> list[str]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for i, line in enumerate(fh) if i % every == 0]


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory: pytest.TempPathFactory):
    return build_analyzer(cache_dir=tmp_path_factory.mktemp("nlp"))


def test_blank_pipeline_is_created_once_and_reused(tmp_path: Path) -> None:
    first = blank_pipeline(tmp_path)
    assert (first / "config.cfg").is_file()
    mtime = (first / "config.cfg").stat().st_mtime_ns
    assert blank_pipeline(tmp_path) == first
    assert (first / "config.cfg").stat().st_mtime_ns == mtime
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".zh_blank-")]  # no temp left behind


def test_registry_holds_one_recognizer_per_configured_type() -> None:
    registry = build_registry()
    entities = [r.supported_entities[0] for r in registry.recognizers]
    assert len(entities) == len(set(entities)) == len(load_config().classes)
    assert all(r.supported_language == "zh" for r in registry.recognizers)


def test_analyzer_uses_the_blank_pipeline_and_our_context_step(analyzer) -> None:
    assert isinstance(analyzer.context_aware_enhancer, NoContextEnhancer)
    assert analyzer.supported_languages == ["zh"]


@pytest.mark.parametrize("corpus", ["dev.jsonl", "dev_handwritten.jsonl", "heldout_handwritten.jsonl"])
def test_fast_path_equals_presidio(scanner: Scanner, analyzer, corpus: str) -> None:
    texts = _sample(corpus, 25 if corpus == "dev.jsonl" else 1)
    for text in texts:
        assert scanner.scan(text) == presidio_findings(analyzer, text), text


def test_fast_path_equals_presidio_with_column_context(scanner: Scanner, analyzer) -> None:
    for text, header in [("3850.00", ["月缴费基数"]), ("1985-03-12", ["出生日期"]), ("水口乡", ["户籍地（乡镇街道）"]),
                         ("ZY2023004518", ["住院号"]), ("11010519491231002X", ["社会保障号码"])]:
        fast = scanner.scan(text, header)
        assert fast and fast == presidio_findings(analyzer, text, header), (text, header)


@given(st.text(alphabet=st.sampled_from(list("0123456789-+ 号路村镇区市王李张申请人电话身份证：，。@.abcXE浙")), max_size=60))
def test_findings_are_ordered_disjoint_and_inside_the_text(text: str) -> None:
    found = _SCANNER.scan(text)
    assert found == sorted(found)
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert 0.5 <= f.score <= 1.0


_SCANNER = Scanner()


@pytest.mark.parametrize(("text", "names"), [
    ("申请人王建国，男。据悉王建国在外地务工", ["王建国", "王建国"]),  # the second mention has no cue
    ("聯繫人陳志明。陳志明稱", ["陳志明", "陳志明"]),  # Traditional
    ("联系人王芳，王芳芳是其妹妹", ["王芳", "王芳芳"]),  # 王芳 inside 王芳芳 is not found again
])
def test_a_name_found_once_is_found_in_every_mention(text: str, names: list[str]) -> None:
    scanner = Scanner(entities=["PERSON"])
    assert [text[f.start:f.end] for f in scanner.scan(text)] == names
