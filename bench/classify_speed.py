"""Table masking speed: govgate vs Presidio's stock BatchAnalyzerEngine + BatchAnonymizerEngine,
in one run, on the same 100,000-row × 8-column table. Times are CPU seconds of this process.

    .venv/bin/python -m bench.classify_speed [rows] [stock_rows] [tagger]   # defaults 100000, 3000, lac

``tagger`` is recognizers.yaml's ``tagger`` for both sides: ``lac`` (the default configuration)
or ``none`` (rules only).

The table: resident_id, name, sex, birth_date, mobile, address, bank_card (types known from
the catalog) and note (free-text case notes, from the dev corpus). govgate masks the seven
known columns with their operators and no detection (``classify.masking.mask_rows``) and
scans + masks the note column (``classify.detect.Scanner.scan_many`` — PERSON and CN_ADDRESS
read Baidu LAC's tags, computed for blocks of notes in batched calls — + ``TextMasker``). The stock
pipeline detects in every cell with the same recognizers (no other recognizer understands
Chinese) on the blank ``zh`` spaCy pipeline with Presidio's default context enhancer, then
anonymizes with its default operator. It is timed on the first ``stock_rows`` rows and its
per-cell rate extrapolated to the whole table (running it on 800,000 cells takes ~10 min).

The note column cycles through 600 notes, and govgate scans equal values once
(``Scanner.scan_many``), so the free-text rates are also measured on up to 3,000 notes no two
alike, and the whole table is also reported as if no two of its notes were alike (the
known-column time plus 100,000 distinct notes at that rate): the figure for a column of
unique case notes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from bench.classify_corpus import generate
from bench.classify_templates_dev import TEMPLATES
from bench import classify_values as V
from classify.detect import Scanner
from classify.masking import mask_rows
from classify.recognizers import RecognizerConfig, load_config
from classify.textmask import TextMasker

def _clock() -> float:
    """CPU time of this process: the machine is shared, and wall time would count other
    processes' work against whichever side happened to run during it."""
    return time.process_time()


KNOWN = {"resident_id": "CN_RESIDENT_ID", "name": "PERSON", "sex": None, "birth_date": "DATE_OF_BIRTH",
         "mobile": "CN_MOBILE", "address": "CN_ADDRESS", "bank_card": "BANK_CARD"}
OPERATORS = {"resident_id": "mask", "name": "mask", "sex": "keep", "birth_date": "generalize", "mobile": "mask",
             "address": "mask", "bank_card": "mask"}


def make_table(n: int, seed: int = 7) -> list[dict[str, str]]:
    rng = random.Random(seed)
    notes = [d["text"] for d in generate("dev", TEMPLATES, 600, seed)]
    rows = []
    for i in range(n):
        rows.append({
            "resident_id": V.resident_id(rng, "dev"), "name": V.person(rng, "dev"), "sex": rng.choice("男女"),
            "birth_date": V.birth_date(rng, "iso"), "mobile": V.mobile(rng, "dev"), "address": V.address(rng, "dev"),
            "bank_card": V.bank_card(rng, "dev"), "note": notes[i % len(notes)],
        })
    return rows


def distinct_notes(n: int, seed: int = 11) -> list[str]:
    """``n`` case notes, no two alike (the free-text rates are per distinct note)."""
    notes: dict[str, None] = {}
    round_ = 0
    while len(notes) < n:
        notes.update(dict.fromkeys(d["text"] for d in generate("dev", TEMPLATES, n, seed + round_)))
        round_ += 1
    return list(notes)[:n]


def _free_text_rate(scanner: Scanner, masker: TextMasker, texts: list[str]) -> float:
    t0 = _clock()
    for t, found in zip(texts, scanner.scan_many(texts)):
        masker.mask(t, found)
    return len(texts) / (_clock() - t0)


def govgate(rows: list[dict[str, str]], config: RecognizerConfig, n_distinct: int) -> dict[str, float]:
    scanner, masker = Scanner(config), TextMasker()  # lexicons and jieba load here, outside the timing
    for r in rows[:50]:
        masker.mask(r["note"], scanner.scan(r["note"]))
    t0 = _clock()
    known = mask_rows(rows, OPERATORS, KNOWN)
    t1 = _clock()
    texts = [r["note"] for r in rows]
    notes = [masker.mask(t, found) for t, found in zip(texts, scanner.scan_many(texts))]
    t2 = _clock()
    assert len(known) == len(notes) == len(rows)
    # Per distinct note: the table's note column repeats its notes, and equal values are scanned once.
    distinct = distinct_notes(n_distinct)
    free = _free_text_rate(scanner, masker, distinct)
    rules_only = _free_text_rate(Scanner(config=replace(scanner.config, tagger="none")), masker, distinct)
    no_names = _free_text_rate(Scanner(config=config, entities=[e for e in scanner.entities
                                                                if e not in ("PERSON", "CN_ADDRESS")]), masker, distinct)
    n = len(rows)
    table_distinct_s = (t1 - t0) + n / free  # the same table if no two notes were alike
    return {"known_s": t1 - t0, "known_cells_per_s": 7 * n / (t1 - t0), "notes_s": t2 - t1,
            "distinct_notes_in_table": len(set(texts)), "free_cells_per_s": free,
            "free_no_names_cells_per_s": no_names, "free_rules_only_cells_per_s": rules_only,
            "table_s": t2 - t0, "table_cells_per_s": 8 * n / (t2 - t0),
            "table_distinct_s": table_distinct_s, "table_distinct_cells_per_s": 8 * n / table_distinct_s}


def stock(rows: list[dict[str, str]], config: RecognizerConfig) -> dict[str, float]:
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import BatchAnonymizerEngine

    from classify.nlp import blank_pipeline
    from classify.recognizers import build_registry

    path = blank_pipeline(Path(tempfile.mkdtemp()))
    nlp = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy",
                                               "models": [{"lang_code": "zh", "model_name": str(path)}]}).create_engine()
    analyzer = AnalyzerEngine(registry=build_registry(config), nlp_engine=nlp, supported_languages=["zh"])  # default enhancer
    batch, anonymizer = BatchAnalyzerEngine(analyzer), BatchAnonymizerEngine()
    columns = {k: [r[k] for r in rows] for k in rows[0]}
    list(batch.analyze_dict({k: v[:20] for k, v in columns.items()}, language="zh"))  # warm up, as for govgate
    t0 = _clock()
    analyzed = list(batch.analyze_dict(columns, language="zh", score_threshold=0.5))
    out = anonymizer.anonymize_dict(analyzed)
    seconds = _clock() - t0
    assert len(out) == 8
    cells = 8 * len(rows)
    return {"rows": len(rows), "cells": cells, "seconds": seconds, "cells_per_s": cells / seconds}


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 100_000
    n_stock = int(argv[1]) if len(argv) > 1 else 3000
    config = replace(load_config(), tagger=argv[2] if len(argv) > 2 else "lac")
    rows = make_table(n)
    ours = govgate(rows, config, min(n, 3000))
    theirs = stock(rows[:n_stock], config)
    extrapolated = 8 * n / theirs["cells_per_s"]
    result = {
        "date": dt.date.today().isoformat(), "python": platform.python_version(), "cpus": os.cpu_count(),
        "rows": n, "columns": 8, "tagger": config.tagger, "govgate": ours, "stock": theirs | {"extrapolated_table_s": extrapolated},
        "speedup_table": ours["table_cells_per_s"] / theirs["cells_per_s"],
        "speedup_table_distinct_notes": ours["table_distinct_cells_per_s"] / theirs["cells_per_s"],
    }
    print(json.dumps(result, indent=2))
    print(f"\n| measure | cells/s |\n| --- | ---: |\n"
          f"| govgate, 7 known-type columns (no detection) | {ours['known_cells_per_s']:,.0f} |\n"
          f"| govgate, free text, all recognizers (per distinct note) | {ours['free_cells_per_s']:,.0f} |\n"
          f"| govgate, free text, all recognizers, rules only (tagger: none) | {ours['free_rules_only_cells_per_s']:,.0f} |\n"
          f"| govgate, free text, without PERSON and CN_ADDRESS | {ours['free_no_names_cells_per_s']:,.0f} |\n"
          f"| govgate, whole table ({8 * n:,} cells, {ours['distinct_notes_in_table']:,} distinct notes, in "
          f"{ours['table_s']:.1f} s) | {ours['table_cells_per_s']:,.0f} |\n"
          f"| govgate, the same table with no two notes alike (≈ {ours['table_distinct_s']:.0f} s) | "
          f"{ours['table_distinct_cells_per_s']:,.0f} |\n"
          f"| Presidio stock batch pipeline ({theirs['cells']:,} cells timed; whole table ≈ {extrapolated:.0f} s) | "
          f"{theirs['cells_per_s']:,.0f} |\n| speed-up on the whole table | {result['speedup_table']:.1f}× |\n"
          f"| speed-up if no two notes were alike | {result['speedup_table_distinct_notes']:.1f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
