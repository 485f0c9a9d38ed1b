"""`classify grade-check` on the real demo catalog: exit code 1 (legal-person is under-graded),
with and without a store; JSON and an HTML report that is dated and lists the rules."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from classify import load_catalog
from classify.cli_classify import classify_app, read_store
from classify.gradecheck import grade_check
from classify.report_html import render_html

runner = CliRunner()
NOW = dt.datetime(2026, 11, 29, 10, 0, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from gateway.demo.synth import generate_demo_store  # the demo data the gateway serves

    path = tmp_path_factory.mktemp("store") / "store.db"
    generate_demo_store(load_catalog(), path, people=200)
    return path


def test_without_a_store_grades_from_declarations_and_says_so(tmp_path: Path) -> None:
    result = runner.invoke(classify_app, ["grade-check", "--no-store", "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["content_checked"] is False and report["store"] is None
    under = [d for d in report["datasets"] if d["verdict"] == "under"]
    assert [d["dataset"] for d in under] == ["legal-person"]
    lp = under[0]
    assert (lp["declared_grade"], lp["implied_grade"]) == ("L2", "L3")
    assert lp["responsible_fields"] == ["legal_rep_name", "legal_rep_mobile", "address"]
    assert lp["reasons"][0]["rule"] == "field.max" and "法定代表人" in lp["reasons"][0]["text"]


def test_missing_default_store_falls_back_with_a_message(tmp_path: Path) -> None:
    result = runner.invoke(classify_app, ["grade-check"], env={"GOVGATE_HOME": str(tmp_path), "COLUMNS": "200"})
    assert result.exit_code == 1
    assert "grading from the declared entity types only" in result.stderr
    assert "legal-person" in result.stdout and "1 under-graded" in result.stdout


def test_with_the_demo_store_content_is_checked(store: Path) -> None:
    result = runner.invoke(classify_app, ["grade-check", "--store", str(store), "--format", "json", "--sample", "100"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["content_checked"] is True and report["sample_per_dataset"] == 100
    by_id = {d["dataset"]: d for d in report["datasets"]}
    assert [i for i, d in by_id.items() if d["verdict"] == "under"] == ["legal-person"]
    sg = by_id["social-governance"]
    description = next(f for f in sg["fields"] if f["name"] == "description")
    assert description["content"]["CN_MOBILE"] > 0.9  # free text holding mobiles: found, and L3 as declared
    pop = by_id["population"]
    assert pop["rows_total"] == 200 and pop["rows_sampled"] == 100
    resident = next(f for f in pop["fields"] if f["name"] == "resident_id")
    assert resident["content"] == {"CN_RESIDENT_ID": 1.0}


def test_one_dataset_and_its_exit_code(store: Path) -> None:
    ok = runner.invoke(classify_app, ["grade-check", "--store", str(store), "--dataset", "population"])
    assert ok.exit_code == 0
    bad = runner.invoke(classify_app, ["grade-check", "--store", str(store), "--dataset", "legal-person"])
    assert bad.exit_code == 1
    unknown = runner.invoke(classify_app, ["grade-check", "--dataset", "nope"])
    assert unknown.exit_code == 2 and "unknown dataset" in unknown.stderr


def test_explicit_missing_store_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(classify_app, ["grade-check", "--store", str(tmp_path / "none.db")])
    assert result.exit_code == 2


def test_read_store_samples_evenly_and_reports_totals(store: Path) -> None:
    catalog = load_catalog()
    rows = read_store(store, ["population", "nope"], {"population": ["resident_id", "name", "missing"], "nope": []}, 50)
    assert rows["nope"] is None
    assert rows["population"].total == 200 and len(rows["population"].rows) == 50
    assert set(rows["population"].rows[0]) == {"resident_id", "name"}
    assert catalog.datasets["population"].field("resident_id") is not None


def test_html_report_is_dated_readable_and_lists_the_rules(tmp_path: Path, store: Path) -> None:
    out = tmp_path / "report.html"
    result = runner.invoke(classify_app, ["grade-check", "--store", str(store), "--format", "html", "-o", str(out)])
    assert result.exit_code == 1
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="zh-CN">' in html
    assert re.search(r"生成时间 generated：<b>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", html)
    assert "适用规则 Rules applied" in html
    for rule in ("field.max", "aggregation.direct_with_sensitive", "aggregation.quasi_identifiers", "aggregation.volume"):
        assert rule in html
    assert "legal-person" in html and "定级偏低 under-graded" in html
    assert "<script" not in html and "http://" not in html and "https://" not in html  # offline, self-contained


def test_library_is_pure_and_escapes_html() -> None:
    report = grade_check(load_catalog(), now=NOW, dataset_ids=["legal-person"])
    assert report.generated_at == NOW and not report.content_checked
    html = render_html(report, command="<cmd>")
    assert "2026-11-29T10:00:00+00:00" in html and "&lt;cmd&gt;" in html and "<cmd>" not in html
