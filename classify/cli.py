"""``govgate catalog …``: browse and validate the public-data catalog.

The lead mounts ``catalog_app`` on the main ``govgate`` Typer app. Output is a Rich
table by default, or JSON (``--format json``) for scripts.
"""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from classify.catalog import CATALOG_ROOT, Catalog, Dataset, load_catalog
from classify.entities import load_entities
from classify.errors import CatalogError
from classify.grading import field_grade, load_grading_rules

catalog_app = typer.Typer(
    help="Browse and validate the public-data catalog (departments, purposes, datasets).",
    no_args_is_help=True,
)

_out = Console()


class OutputFormat(str, Enum):
    table = "table"
    json = "json"


FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
]


def _catalog(root: Path | None = None) -> Catalog:
    try:
        return load_catalog(root)
    except CatalogError as exc:
        typer.echo(str(exc), err=True)  # plain: file:line:col must not be wrapped
        raise typer.Exit(2) from exc


def _emit_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


@catalog_app.command()
def departments(fmt: FormatOption = OutputFormat.table) -> None:
    """List the departments (member units) and the purposes they may declare."""
    cat = _catalog()
    if fmt is OutputFormat.json:
        _emit_json([d.model_dump(mode="json") for d in cat.departments.values()])
        return
    table = Table(title=f"部门 departments ({len(cat.departments)})")
    table.add_column("id", no_wrap=True)
    for col in ("名称", "类别", "用途 purposes", "roles"):
        table.add_column(col)
    for d in cat.departments.values():
        table.add_row(d.id, d.name, d.kind, ", ".join(d.purposes), ", ".join(d.roles))
    _out.print(table)


def _dataset_summary(cat: Catalog, ds: Dataset) -> dict[str, Any]:
    owner = cat.departments.get(ds.owner)
    return {
        "id": ds.id,
        "name": ds.name,
        "owner": ds.owner,
        "owner_name": owner.name if owner else None,
        "grade": ds.grade.value,
        "sharing": ds.sharing.value,
        "sharing_zh": ds.sharing.zh,
        "opening": ds.opening.value,
        "opening_zh": ds.opening.zh,
        "fields": len(ds.fields),
    }


@catalog_app.command()
def datasets(fmt: FormatOption = OutputFormat.table) -> None:
    """List the datasets with owner, grade, sharing and opening."""
    cat = _catalog()
    rows = [_dataset_summary(cat, ds) for ds in cat.datasets.values()]
    if fmt is OutputFormat.json:
        _emit_json(rows)
        return
    table = Table(title=f"数据集 datasets ({len(rows)})")
    table.add_column("id", no_wrap=True)
    for col in ("名称", "提供方 owner", "分级", "共享属性", "开放属性", "字段数"):
        table.add_column(col, justify="right" if col == "字段数" else "left")
    for r in rows:
        table.add_row(
            r["id"], r["name"], r["owner_name"] or r["owner"], r["grade"], r["sharing_zh"], r["opening_zh"], str(r["fields"])
        )
    _out.print(table)


@catalog_app.command()
def show(
    dataset_id: Annotated[str, typer.Argument(help="Dataset id, e.g. population.")],
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Show one dataset: its fields with class, entity type and effective grade."""
    cat = _catalog()
    ds = cat.datasets.get(dataset_id)
    if ds is None:
        typer.echo(f"unknown dataset {dataset_id!r}; known datasets: {', '.join(sorted(cat.datasets))}", err=True)
        raise typer.Exit(2)
    entities = load_entities()
    rules = load_grading_rules()
    fields = []
    for f in ds.fields:
        grade, reason = field_grade(f, rules, entities)
        fields.append({**f.model_dump(mode="json", by_alias=True, exclude={"synth"}), "effective_grade": grade.value, "grade_basis": reason})
    if fmt is OutputFormat.json:
        _emit_json({**_dataset_summary(cat, ds), **ds.model_dump(mode="json", exclude={"fields", "synth"}), "fields": fields})
        return
    owner = cat.departments.get(ds.owner)
    _out.print(f"[bold]{ds.name}[/bold] ({ds.id}) — 提供方 {owner.name if owner else ds.owner}")
    _out.print(f"分级 {ds.grade.value}（{ds.grade.zh}）：{ds.grade_reason}", markup=False)
    _out.print(f"共享 {ds.sharing.zh} · 开放 {ds.opening.zh}" + (f"：{ds.sharing_reason}" if ds.sharing_reason else ""), markup=False)
    table = Table()
    table.add_column("字段", no_wrap=True)
    for col in ("名称", "类型", "数据分类", "实体类型", "分级", "依据"):
        table.add_column(col)
    for f in fields:
        table.add_row(f["name"], f["label"], f["type"], f["class"], f["entity"] or "", f["effective_grade"], f["grade_basis"])
    _out.print(table)


@catalog_app.command()
def validate(
    root: Annotated[
        Path | None, typer.Option("--root", help="Catalog folder (default: the packaged catalog).")
    ] = None,
) -> None:
    """Validate the catalog; exit 0 with a summary, or print every problem and exit 2."""
    cat = _catalog(root)
    n_fields = sum(len(ds.fields) for ds in cat.datasets.values())
    _out.print(
        f"catalog OK: {len(cat.purposes)} purposes, {len(cat.departments)} departments, "
        f"{len(cat.datasets)} datasets, {n_fields} fields ({root or CATALOG_ROOT})",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
