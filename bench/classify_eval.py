"""Precision and recall per entity type on the labeled corpora, plus masking leaks.

    .venv/bin/python -m bench.classify_eval                 # dev and all held-out sets, markdown tables
    .venv/bin/python -m bench.classify_eval --set dev --errors 20   # show dev errors (tuning; dev and RETIRED sets only)
    .venv/bin/python -m bench.classify_eval --json

Matching: a finding is a true positive when type, start and end equal a gold span
(``strict``). For PERSON and CN_ADDRESS a ``lenient`` score also counts a same-type
finding that overlaps a gold span (boundaries off by a character or two). ORGANIZATION is
not labeled in the corpora, so its findings are ignored.

Masking (default operators: a type tag per finding, organisation names kept): a *leak* is a
gold entity whose text still appears in the masked document; a hard negative *survives*
when its text is still there; a negative is *hit* when a finding overlaps it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field, fields
from pathlib import Path

from classify.detect import Finding, Scanner
from classify.textmask import TextMasker

DATA = Path(__file__).resolve().parents[1] / "tests" / "classify" / "data"
SETS = {
    "dev": ["dev.jsonl", "dev_handwritten.jsonl"],
    "dev_handwritten": ["dev_handwritten.jsonl"],
    "heldout": ["heldout_generated.jsonl", "heldout_handwritten.jsonl"],
    "heldout_generated": ["heldout_generated.jsonl"],
    "heldout_handwritten": ["heldout_handwritten.jsonl"],
    "heldout2": ["heldout2_generated.jsonl", "heldout2_handwritten.jsonl"],
    "heldout2_generated": ["heldout2_generated.jsonl"],
    "heldout2_handwritten": ["heldout2_handwritten.jsonl"],
    "heldout3": ["heldout3_generated.jsonl", "heldout3_handwritten.jsonl"],
    "heldout3_generated": ["heldout3_generated.jsonl"],
    "heldout3_handwritten": ["heldout3_handwritten.jsonl"],
    "heldout4": ["heldout4_generated.jsonl", "heldout4_handwritten.jsonl"],
    "heldout4_generated": ["heldout4_generated.jsonl"],
    "heldout4_handwritten": ["heldout4_handwritten.jsonl"],
    "heldout5": ["heldout5_handwritten.jsonl"],
    "heldout5_handwritten": ["heldout5_handwritten.jsonl"],
    "heldout6": ["heldout6_handwritten.jsonl"],
    "heldout6_handwritten": ["heldout6_handwritten.jsonl"],
    "heldout7": ["heldout7_handwritten.jsonl"],
    "heldout7_handwritten": ["heldout7_handwritten.jsonl"],
    "heldout8": ["heldout8_handwritten.jsonl"],
    "heldout8_handwritten": ["heldout8_handwritten.jsonl"],
    "heldout9": ["heldout9_handwritten.jsonl"],
    "heldout9_handwritten": ["heldout9_handwritten.jsonl"],
    # the blind generated families of sessions 7 and 8, one file each
    **{f"heldout{n}{suffix}": [f"heldout{n}_generated.jsonl"] for n in range(10, 28) for suffix in ("", "_generated")},
}
STRUCTURED = ["CN_RESIDENT_ID", "CN_MOBILE", "CN_LANDLINE", "CN_USCC", "BANK_CARD", "EMAIL_ADDRESS", "IP_ADDRESS",
              "CN_PASSPORT", "CN_HK_MACAO_PERMIT", "CN_LICENSE_PLATE"]
FUZZY = ["PERSON", "CN_ADDRESS"]
OTHER = ["CN_SOCIAL_SECURITY", "CN_MEDICAL_RECORD", "DATE_OF_BIRTH", "HEALTH_INFO", "FINANCIAL_INFO", "LOCATION_TRACE"]
IGNORED = {"ORGANIZATION"}
# Held-out sets whose errors have since been read and tuned on: still reported (so the runs stay
# comparable), no longer pooled into the held-out figures. heldout8 after its five runs as a blind
# set (session 5, docs/classify.md "Eighth round"); from session 6 it is tuning data. heldout3_generated
# after seven rounds of blind runs, in session 7, to read the addresses it alone kept missing (docs/classify.md
# "Tenth round").
# heldout10_generated after its three blind runs in session 7 (A before the round, B, C), likewise;
# heldout11_generated after its three blind runs in session 7, at the start of session 8 (docs/classify.md
# "Eleventh round").
# heldout12_generated after two blind runs in session 8 (A on the code before the session, B after the
# set-11 tuning), likewise; heldout13_generated after four (A before the session, B, C, D); heldout14_generated
# after two (A before the session, B); heldout15_generated, heldout16_generated and heldout17_generated after two
# each (A before the session, B); heldout18_generated after three (A, B, C).
# heldout19_generated after its two blind runs in session 8 (A, B), at the start of session 9 (docs/classify.md
# "Twelfth round"); heldout20_generated after its two blind runs in session 9 (A on the code before the session,
# B after the set-19 tuning: identical), likewise; heldout21_generated after its two (A, B after the set-20
# tuning: identical); heldout22_generated after its two (A, B after the set-21 tuning); heldout23_generated after its
# two (A, B after the set-22 tuning). heldout24_generated after its two blind runs in session 9 (A on the code
# before the session, B after the set-23 tuning), at the start of session 10 (docs/classify.md "Thirteenth round");
# so were three small hand-written sets measured in every round since sessions 1-5, each with a structured
# identifier or two missed or extra that no round had found (heldout_handwritten's bank card, heldout6's landline,
# heldout9's ID and mobile): the last blind family is the measure of record. heldout25_generated after its two
# blind runs in session 10 (A on the code before the session, B after the set-24 tuning), in the same session;
# heldout26_generated after its three (A, B, C), likewise. heldout27_generated stays blind.
RETIRED = {"heldout8_handwritten", "heldout3_generated", "heldout10_generated", "heldout11_generated", "heldout12_generated",
           "heldout13_generated", "heldout14_generated", "heldout15_generated", "heldout16_generated",
           "heldout17_generated", "heldout18_generated", "heldout19_generated",
           "heldout20_generated", "heldout21_generated",
           "heldout22_generated", "heldout23_generated", "heldout24_generated",
           "heldout_handwritten", "heldout6_handwritten", "heldout9_handwritten", "heldout25_generated",
           "heldout26_generated"}


@dataclass
class Tally:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    ltp: Counter = field(default_factory=Counter)  # lenient, PERSON / CN_ADDRESS
    lfp: Counter = field(default_factory=Counter)
    lfn: Counter = field(default_factory=Counter)
    leaks: Counter = field(default_factory=Counter)
    gold: Counter = field(default_factory=Counter)
    negatives: int = 0
    survived: int = 0
    hit: Counter = field(default_factory=Counter)
    bounds: Counter = field(default_factory=Counter)  # how lenient-only matches differ (--boundaries)
    docs: int = 0
    errors: list = field(default_factory=list)

    def __iadd__(self, other: "Tally") -> "Tally":
        """Pool another set's counts into this one (the all-held-out table): every counter and
        count field, so a new one is pooled too; ``errors`` (examples) stay per set."""
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, Counter):
                mine.update(theirs)
            elif isinstance(mine, int):
                setattr(self, f.name, mine + theirs)
        return self


def load(names: list[str]) -> list[dict]:
    docs = []
    for name in names:
        with (DATA / name).open(encoding="utf-8") as fh:
            docs.extend(json.loads(line) for line in fh if line.strip())
    return docs


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _boundary(gold: tuple[str, int, int], overlapping: list[tuple[str, int, int]]) -> list[str]:
    """How the findings overlapping a gold span that none matches exactly differ from it, as
    counts that show no text: which side is off, and whether the span is split."""
    if not overlapping:
        return []
    kind, gs, ge = gold
    if len(overlapping) > 1:
        return [f"{kind}: split into {min(len(overlapping), 3)}{'+' if len(overlapping) > 3 else ''} findings"]
    _, ps, pe = overlapping[0]
    side = lambda d: "same" if d == 0 else ("earlier" if d < 0 else "later")
    # by how many characters an end is off (1, 2-3, 4-6, 7+): a missing suffix or a missing part
    off = abs(pe - ge)
    by = "" if off == 0 else f" by {'1' if off == 1 else '2-3' if off <= 3 else '4-6' if off <= 6 else '7+'}"
    return [f"{kind}: start {side(ps - gs)}, end {side(pe - ge)}{by}"]


def evaluate(docs: list[dict], scanner: Scanner, masker: TextMasker, keep_errors: int = 0) -> Tally:
    t = Tally()
    for doc in docs:
        text = doc["text"]
        found: list[Finding] = scanner.scan(text)
        pred = {(f.type, f.start, f.end) for f in found if f.type not in IGNORED}
        gold = {(e["type"], e["start"], e["end"]) for e in doc["entities"]}
        t.docs += 1
        for g in gold:
            t.gold[g[0]] += 1
        for p in pred:
            (t.tp if p in gold else t.fp)[p[0]] += 1
        for g in gold - pred:
            t.fn[g[0]] += 1
        for kind in FUZZY:
            gs = [g for g in gold if g[0] == kind]
            ps = [p for p in pred if p[0] == kind]
            t.ltp[kind] += sum(1 for g in gs if any(_overlaps(g[1:], p[1:]) for p in ps))
            t.lfn[kind] += sum(1 for g in gs if not any(_overlaps(g[1:], p[1:]) for p in ps))
            t.lfp[kind] += sum(1 for p in ps if not any(_overlaps(g[1:], p[1:]) for g in gs))
            for g in gs:
                if g not in pred:
                    t.bounds.update(_boundary(g, [p for p in ps if _overlaps(g[1:], p[1:])]))
        masked = masker.mask(text, found)
        for e in doc["entities"]:
            if text[e["start"]:e["end"]] in masked:
                t.leaks[e["type"]] += 1
        for n in doc["negatives"]:
            t.negatives += 1
            t.survived += text[n["start"]:n["end"]] in masked
            if any(_overlaps((n["start"], n["end"]), (f.start, f.end)) for f in found if f.type not in IGNORED):
                t.hit[n["kind"]] += 1
        if keep_errors and (pred != gold) and len(t.errors) < keep_errors:
            t.errors.append({"id": doc["id"], "text": text,
                             "missed": [(g[0], text[g[1]:g[2]]) for g in sorted(gold - pred, key=lambda x: x[1])],
                             "extra": [(p[0], text[p[1]:p[2]], round(next(f.score for f in found if (f.type, f.start, f.end) == p), 2))
                                       for p in sorted(pred - gold, key=lambda x: x[1])]})
    return t


def _pr(tp: int, fp: int, fn: int) -> tuple[float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r


def rows(t: Tally) -> list[dict]:
    out = []
    for kind in STRUCTURED + FUZZY + OTHER:
        p, r = _pr(t.tp[kind], t.fp[kind], t.fn[kind])
        row = {"type": kind, "gold": t.gold[kind], "tp": t.tp[kind], "fp": t.fp[kind], "fn": t.fn[kind],
               "precision": round(p, 4), "recall": round(r, 4), "leaks": t.leaks[kind]}
        if kind in FUZZY:
            lp, lr = _pr(t.ltp[kind], t.lfp[kind], t.lfn[kind])
            row |= {"lenient_precision": round(lp, 4), "lenient_recall": round(lr, 4)}
        out.append(row)
    return out


def bar(row: dict) -> str:
    kind = row["type"]
    if kind in STRUCTURED:
        return "meets" if row["precision"] >= 0.99 and row["recall"] >= 0.99 else "**below**"
    if kind in FUZZY:
        ok_strict = row["recall"] >= 0.90 and row["precision"] >= 0.85
        ok_lenient = row["lenient_recall"] >= 0.90 and row["lenient_precision"] >= 0.85
        return "meets" if ok_strict else ("meets (lenient only)" if ok_lenient else "**below**")
    return "—"


def markdown(name: str, t: Tally, seconds: float) -> str:
    lines = [f"### {name}: {t.docs} documents, {sum(t.gold.values())} labeled entities, {t.negatives} hard negatives "
             f"({seconds:.2f} s)", "",
             "| type | gold | TP | FP | FN | precision | recall | lenient P / R | leaks after masking | bar |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |"]
    for row in rows(t):
        lenient = f"{row['lenient_precision']:.3f} / {row['lenient_recall']:.3f}" if "lenient_precision" in row else ""
        lines.append(f"| {row['type']} | {row['gold']} | {row['tp']} | {row['fp']} | {row['fn']} | {row['precision']:.3f} | "
                     f"{row['recall']:.3f} | {lenient} | {row['leaks']} | {bar(row)} |")
    hits = ", ".join(f"{k} {v}" for k, v in t.hit.most_common()) or "none"
    lines += ["", f"Hard negatives surviving masking: {t.survived}/{t.negatives}; negatives overlapped by a finding: {hits}.",
              f"Leaked entities after masking: {sum(t.leaks.values())} of {sum(t.gold.values())}.", ""]
    return "\n".join(lines)


def boundaries(t: Tally) -> str:
    lines = ["| lenient-only match | count |", "| --- | ---: |"]
    lines += [f"| {k} | {v} |" for k, v in sorted(t.bounds.items())]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=[*SETS, "all"], default="all")
    ap.add_argument("--errors", type=int, default=0,
                    help="print up to N documents with errors (use on dev and retired sets only)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--boundaries", action="store_true",
                    help="count how PERSON/CN_ADDRESS findings that overlap a label but miss its exact span differ (no text shown)")
    args = ap.parse_args(argv)
    scanner, masker = Scanner(), TextMasker()
    # every file once: dev (with its hand-written part) and each held-out file by its own name
    names = ["dev", *(k for k in SETS if k.startswith("heldout") and k.endswith(("_generated", "_handwritten")))] \
        if args.set == "all" else [args.set]
    report = {}
    pooled = Tally()  # every held-out set not RETIRED together: the bar of issue #3 is over a held-out corpus
    for name in names:
        docs = load(SETS[name])
        t0 = time.perf_counter()
        t = evaluate(docs, scanner, masker, args.errors)
        seconds = time.perf_counter() - t0
        report[name] = {"tally": t, "seconds": seconds}
        if name.startswith("heldout") and name not in RETIRED:
            pooled += t
        if not args.json:
            print(markdown(name + (" (retired: tuned on, not pooled)" if name in RETIRED else ""), t, seconds))
            if args.boundaries:
                print(boundaries(t))
            for e in t.errors:
                print(json.dumps(e, ensure_ascii=False))
    if args.set == "all":
        report["all_heldout"] = {"tally": pooled, "seconds": sum(r["seconds"] for r in report.values())}
        if not args.json:
            print(markdown("all held-out sets pooled", pooled, report["all_heldout"]["seconds"]))
            if args.boundaries:
                print(boundaries(pooled))
    if args.json:
        print(json.dumps({n: {"docs": r["tally"].docs, "rows": rows(r["tally"]), "negatives": r["tally"].negatives,
                              "survived": r["tally"].survived, "negatives_hit": dict(r["tally"].hit)}
                          for n, r in report.items()}, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
