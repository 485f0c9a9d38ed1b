"""``govgate classify …``: scan text and tables, mask text, check catalog grades.

The command-line contract (assessors script against it; keep it stable):

- ``scan --jsonl FILE`` — UTF-8 text, one document per line (``-`` for stdin). One JSON object
  per input line, in order: ``{"line": i, "findings": [{"type", "start", "end", "score"}]}``;
  ``line`` counts from 0; offsets are Python string indices into the line (without its
  ``\\n`` / ``\\r\\n`` terminator); ``type`` is a name from entities.yaml.
- ``mask --jsonl FILE`` — same input; ``{"line": i, "text": masked}``: each finding replaced by
  its operator (default: a type tag ``<CN_MOBILE>``; ``--operator mask`` for the partial masks
  of entities.yaml), everything else unchanged.
- ``scan TABLE.csv|.xlsx|.parquet [--format table|json] [--sample N]`` — per column the entity
  types found and the share of values carrying them, suggested class and grade; then the
  dataset grade with its reasons.
- ``grade-check [--dataset ID] [--format table|json|html]`` — declared vs implied grade per
  catalog dataset; exit code 1 when any dataset is under-graded.

Exit codes: 0 success; 1 under-graded dataset(s) (grade-check); 2 usage or input errors.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, BinaryIO
from urllib.request import pathname2url

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable

from classify.aggregation import grade_dataset, rules_applied
from classify.catalog import load_catalog
from classify.entities import load_entities
from classify.errors import CatalogError, ClassifyError
from classify.grading import load_grading_rules
from classify.tables import TableError, open_table, sample_rows

# Detection, masking and the grade check load Presidio and spaCy (≈ 2 s): imported by the
# commands that run them, so `govgate classify --help` does not wait for them.
if TYPE_CHECKING:
    from classify.detect import Scanner
    from classify.gradecheck import DatasetRows, GradeCheckReport

__all__ = ["classify_app", "read_lines", "read_store"]

classify_app = typer.Typer(
    help="Detect personal information (text, tables), mask text, and check catalog grades.",
    no_args_is_help=True,
)
_out = Console()
_err = Console(stderr=True, soft_wrap=True)


class TableFormat(str, Enum):
    table = "table"
    json = "json"


class ReportFormat(str, Enum):
    table = "table"
    json = "json"
    html = "html"


class Operator(str, Enum):
    tag = "tag"
    mask = "mask"
    redact = "redact"


def _fail(message: str) -> typer.Exit:
    typer.echo(message, err=True)
    return typer.Exit(2)


def read_lines(stream: BinaryIO) -> Iterator[tuple[int, str]]:
    """(index, text) per line: split on ``\\n`` only (a ``\\r`` before it is part of the
    terminator), UTF-8 decoded strictly; a final line without ``\\n`` counts."""
    for i, raw in enumerate(stream):
        line = raw[:-1] if raw.endswith(b"\n") else raw
        if line.endswith(b"\r"):
            line = line[:-1]
        try:
            yield i, line.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ClassifyError(f"line {i}: not UTF-8 ({exc.reason} at byte {exc.start})") from exc


def _open_input(path: Path) -> BinaryIO:
    if str(path) == "-":
        return sys.stdin.buffer
    try:
        return path.open("rb")
    except OSError as exc:
        raise _fail(f"cannot read {path}: {exc.strerror}") from exc


def _emit(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _progress(total: int | None) -> Progress:
    return Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=_err, transient=True, disable=not _err.is_terminal,
    )


@classify_app.command()
def scan(
    table: Annotated[Path | None, typer.Argument(help="A table to classify: .csv (UTF-8), .xlsx or .parquet.")] = None,
    jsonl: Annotated[Path | None, typer.Option("--jsonl", help="Text file, one document per line ('-' for stdin).")] = None,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f", help="Output for tables.", case_sensitive=False)] = TableFormat.table,
    sample: Annotated[int | None, typer.Option("--sample", min=1, help="Scan N rows chosen at random (seeded); default all rows.")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the row sample.")] = 0,
) -> None:
    """Find personal information: per line of text (--jsonl), or per column of a table."""
    if (table is None) == (jsonl is None):
        raise _fail("give either a TABLE file or --jsonl FILE (not both)")
    from classify.detect import Scanner

    scanner = Scanner()
    if jsonl is not None:
        stream = _open_input(jsonl)
        try:
            for i, text in read_lines(stream):
                _emit({"line": i, "findings": [f.to_dict() for f in scanner.scan(text)]})
                sys.stdout.flush()
        except ClassifyError as exc:
            raise _fail(f"{jsonl}: {exc}") from exc
        return
    assert table is not None
    try:
        report = scan_table(table, scanner, sample, seed)
    except TableError as exc:
        raise _fail(str(exc)) from exc
    if fmt is TableFormat.json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print_table_report(report)


def scan_table(path: Path, scanner: Scanner, sample: int | None, seed: int = 0) -> dict[str, Any]:
    """Classify every column of a table file and grade it (see ``classify.columns``)."""
    from classify.columns import detected_facts, profile_column

    rules, entities = load_grading_rules(), load_entities()
    tbl = open_table(path)
    with _progress(tbl.total) as progress:
        task = progress.add_task("reading rows", total=tbl.total)
        rows, total = sample_rows(tbl.rows, sample, seed, tick=lambda k: progress.advance(task, k))
        scan_task = progress.add_task("scanning columns", total=len(tbl.columns))
        columns = []
        for j, name in enumerate(tbl.columns):
            profile = profile_column(name, (r[j] if j < len(r) else None for r in rows), scanner)
            facts, entity, data_class = detected_facts(profile, rules)
            columns.append((profile, facts, entity, data_class))
            progress.advance(scan_task)
    grading = grade_dataset([c[1] for c in columns], rules, entities, total)
    return {
        "file": str(path),
        "rows_total": total,
        "rows_scanned": len(rows),
        "sampled": sample is not None and total > len(rows),
        "sample_seed": seed if sample is not None else None,
        "columns": [
            {
                **profile.to_dict(),
                "suggested_entity": entity,
                "suggested_class": data_class,
                "suggested_grade": facts.grade.value,
                "reason": facts.reason,
            }
            for profile, facts, entity, data_class in columns
        ],
        "dataset": grading.to_dict(),
        "rules_applied": [{"rule": r, "text": t} for r, t in rules_applied(rules)],
    }


def _print_table_report(report: dict[str, Any]) -> None:
    scanned = f"{report['rows_scanned']} of {report['rows_total']} rows (sample, seed {report['sample_seed']})" if report["sampled"] else f"{report['rows_total']} rows"
    _out.print(f"[bold]{report['file']}[/bold] — {scanned}", highlight=False)
    t = RichTable()
    for col in ("列 column", "实体类型 (占比) entities (share)", "建议实体", "建议分类 class", "建议分级 grade", "依据 reason"):
        t.add_column(col)
    for c in report["columns"]:
        shares = ", ".join(f"{e} {s:.0%}" for e, s in c["entities"].items()) or "—"
        t.add_row(c["name"], shares, c["suggested_entity"] or "—", c["suggested_class"] or "—", c["suggested_grade"], c["reason"])
    _out.print(t)
    ds = report["dataset"]
    _out.print(f"数据集分级 dataset grade: [bold]{ds['grade']}[/bold]  责任字段 responsible: {', '.join(ds['responsible_fields']) or '—'}")
    for r in ds["reasons"]:
        _out.print(f"  {r['grade']}  {r['rule']}: {r['text']}", markup=False, highlight=False)
    for rule in ds["not_evaluated"]:
        _out.print(f"  (not evaluated: {rule})", markup=False, highlight=False)


@classify_app.command()
def mask(
    jsonl: Annotated[Path, typer.Option("--jsonl", help="Text file, one document per line ('-' for stdin).")],
    operator: Annotated[Operator | None, typer.Option("--operator", help="One operator for every personal type (default: rules/masking.yaml text:, a type tag).", case_sensitive=False)] = None,
) -> None:
    """Mask personal information in text, line by line; all other text is kept as it is."""
    from classify.detect import Scanner
    from classify.masking import MaskingError
    from classify.textmask import TextMasker, text_operators

    scanner = Scanner()
    masker = TextMasker(text_operators(operator.value if operator else None))
    stream = _open_input(jsonl)
    try:
        for i, text in read_lines(stream):
            _emit({"line": i, "text": masker.mask(text, scanner.scan(text))})
            sys.stdout.flush()
    except (ClassifyError, MaskingError) as exc:
        raise _fail(f"{jsonl}: {exc}") from exc


def _default_store() -> Path:
    return Path(os.environ.get("GOVGATE_HOME", "var")) / "demo" / "store.db"


def read_store(path: Path, dataset_ids: list[str], fields: dict[str, list[str]], sample: int) -> dict[str, DatasetRows | None]:
    """Sampled rows per dataset from the demo store, opened read-only: tables are named by
    dataset id with ``-`` → ``_``; at most ``sample`` rows evenly spaced by ``row_id``."""
    from classify.gradecheck import DatasetRows

    conn = sqlite3.connect(f"file:{pathname2url(str(path.resolve()))}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        out: dict[str, DatasetRows | None] = {}
        for ds_id in dataset_ids:
            table = ds_id.replace("-", "_")
            if table not in tables:
                out[ds_id] = None
                continue
            columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
            wanted = [f for f in fields[ds_id] if f in columns]
            (total,) = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()
            step = max(1, total // sample) if total else 1
            cols = ", ".join(f'"{c}"' for c in wanted)
            rows = conn.execute(
                f'SELECT {cols} FROM "{table}" WHERE (row_id - 1) % ? = 0 ORDER BY row_id LIMIT ?', (step, sample)
            ).fetchall()
            out[ds_id] = DatasetRows([dict(zip(wanted, r)) for r in rows], int(total))
        return out
    finally:
        conn.close()


@classify_app.command("grade-check")
def grade_check_command(
    dataset: Annotated[str | None, typer.Option("--dataset", help="Check one dataset (default: all).")] = None,
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", case_sensitive=False)] = ReportFormat.table,
    store: Annotated[Path | None, typer.Option("--store", help="Demo store (default $GOVGATE_HOME/demo/store.db).")] = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="Grade from the declared entity types only.")] = False,
    sample: Annotated[int, typer.Option("--sample", min=1, help="Rows scanned per dataset.")] = 300,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report here instead of stdout.")] = None,
) -> None:
    """Declared grade vs the grade content implies, per dataset; exit 1 if any is under-graded."""
    from classify.gradecheck import grade_check

    try:
        catalog = load_catalog()
    except CatalogError as exc:
        raise _fail(str(exc)) from exc
    if dataset is not None and dataset not in catalog.datasets:
        raise _fail(f"unknown dataset {dataset!r}; known datasets: {', '.join(sorted(catalog.datasets))}")
    ids = [dataset] if dataset else list(catalog.datasets)
    store_path = None if no_store else (store or _default_store())
    rows = None
    if store_path is not None:
        if store_path.is_file():
            fields = {i: [f.name for f in catalog.datasets[i].fields] for i in ids}
            try:
                rows = read_store(store_path, ids, fields, sample)
            except sqlite3.Error as exc:
                raise _fail(f"cannot read the store {store_path}: {exc}") from exc
        elif store is not None:
            raise _fail(f"no store at {store_path}")
        else:
            _err.print(f"no store at {store_path}: grading from the declared entity types only "
                       "(run `govgate demo init`, or pass --store)", highlight=False)
    now = dt.datetime.now(dt.timezone.utc).astimezone()
    with _progress(len(ids)) as progress:
        task = progress.add_task("checking datasets", total=len(ids))
        report = grade_check(catalog, now=now, rows=rows, dataset_ids=ids,
                             store=str(store_path) if rows is not None else None, sample=sample if rows is not None else None,
                             progress=lambda _id: progress.advance(task))
    text = _render(report, fmt)
    if output is not None:
        output.write_text(text, encoding="utf-8")
        _err.print(f"report written to {output}", highlight=False)
    elif fmt is ReportFormat.table:
        _print_grade_table(report)
    else:
        typer.echo(text)
    if report.under_graded:
        raise typer.Exit(1)


def _render(report: GradeCheckReport, fmt: ReportFormat) -> str:
    if fmt is ReportFormat.html:
        from classify.report_html import render_html

        return render_html(report)
    if fmt is ReportFormat.json:
        return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
    lines = [f"{c.dataset.id}\t{c.declared.value}\t{c.implied.value}\t{c.verdict}\t{','.join(c.grading.responsible)}" for c in report.checks]
    return "dataset\tdeclared\timplied\tverdict\tresponsible\n" + "\n".join(lines) + "\n"


def _print_grade_table(report: GradeCheckReport) -> None:
    from classify.gradecheck import VERDICTS

    basis = (f"content sampled from {report.store} (≤ {report.sample} rows per dataset)" if report.content_checked
             else "no store: graded from the declared entity types only")
    _out.print(f"分级核查 grade check — {report.generated_at.isoformat(timespec='seconds')}", highlight=False)
    _out.print(basis, highlight=False)
    t = RichTable()
    for col in ("数据集 dataset", "声明 declared", "应定 implied", "结论 verdict", "责任字段 responsible fields"):
        t.add_column(col, overflow="fold")
    style = {"under": "bold red", "over": "yellow", "ok": "green"}
    for c in report.checks:
        t.add_row(c.dataset.id, c.declared.value, c.implied.value, f"[{style[c.verdict]}]{VERDICTS[c.verdict]}[/]",
                  ", ".join(c.grading.responsible) or "—")
    _out.print(t)
    under = report.under_graded
    for c in under:
        _out.print(f"[bold red]{c.dataset.id}[/] {c.dataset.name}: declared {c.declared.value}, content implies {c.implied.value}")
        for r in c.grading.reasons:
            if r.grade is c.implied:
                _out.print(f"  {r.grade.value} {r.rule}: {r.text}", markup=False, highlight=False)
    _out.print(f"{len(under)} under-graded" + (f": {', '.join(c.dataset.id for c in under)}" if under else ""), highlight=False)
