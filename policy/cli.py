"""``govgate policy …``: run the Rego unit tests, evaluate one input, show the revision.

The gateway's CLI mounts ``policy_app`` (``app.add_typer(policy_app, name="policy")``).
"""

from __future__ import annotations

import json
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.table import Table

from policy.bundle import DEFAULT_BUNDLE_DIR, bundle_revision, discover_rego_tests, short_revision
from policy.rego_tests_isolated import run_rego_tests_isolated
from policy.errors import PolicyError
from policy.grants import grants_document, with_grants

policy_app = typer.Typer(help="Policy bundle: Rego tests, evaluation, explanation, revision.", no_args_is_help=True)


class OutputFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


BundleDir = Annotated[
    Path,
    typer.Option("--bundle-dir", help="Bundle directory (OPA layout).", exists=True, file_okay=False),
]
Format = Annotated[OutputFormat, typer.Option("--format", "-f", help="text (Rich) or json.")]


def _console() -> Console:
    return Console(highlight=False)


def _fail(message: str, code: int = 1) -> typer.Exit:
    Console(stderr=True, soft_wrap=True, highlight=False).print(f"[red]error:[/red] {message}")
    return typer.Exit(code)


@policy_app.command("test")
def test_command(
    bundle_dir: BundleDir = DEFAULT_BUNDLE_DIR,
    output: Format = OutputFormat.TEXT,
) -> None:
    """Run every test_* rule in the bundle's *_test.rego modules (like `opa test -v`)."""
    started = time.perf_counter()
    try:
        results = run_rego_tests_isolated(bundle_dir)  # a regopy abort or its memory stays in the child
    except PolicyError as exc:
        raise _fail(exc.diagnostics()) from exc
    elapsed = time.perf_counter() - started
    passed = sum(r.passed for r in results)

    if output is OutputFormat.JSON:
        typer.echo(
            json.dumps(
                {
                    "passed": passed,
                    "total": len(results),
                    "seconds": round(elapsed, 3),
                    "tests": [{"name": r.name, "passed": r.passed, "error": r.error} for r in results],
                },
                ensure_ascii=False,
            )
        )
    else:
        console = _console()
        for r in results:
            status = "[green]PASS[/green]" if r.passed else "[red]FAIL[/red]"
            line = f"data.{r.name}: {status}"
            if r.error:
                line += f" ({r.error})"
            console.print(line)
        console.print("-" * 80)
        if not results:
            console.print("[red]no tests found[/red] (fail on empty)")
        elif passed == len(results):
            console.print(f"[green]PASS[/green]: {passed}/{len(results)}  ({elapsed:.2f}s)")
        else:
            console.print(f"[green]PASS[/green]: {passed}/{len(results)}")
            console.print(f"[red]FAIL[/red]: {len(results) - passed}/{len(results)}")
    if not results or passed != len(results):
        raise typer.Exit(1)


GrantsFile = Annotated[
    Optional[Path],
    typer.Option("--grants", "-g", exists=True, dir_okay=False,
                 help="Grants in force (JSON: a list of grants or {id: grant}); the input names one by id."),
]


@policy_app.command("eval")
def eval_command(
    input_file: Annotated[Path, typer.Option("--input", "-i", help="Input document (JSON).", exists=True, dir_okay=False)],
    grants_file: GrantsFile = None,
    bundle_dir: BundleDir = DEFAULT_BUNDLE_DIR,
    output: Format = OutputFormat.TEXT,
) -> None:
    """Evaluate one input against the bundle, with data built from the real catalog (and --grants)."""
    from policy.engine import EmbeddedEngine  # noqa: PLC0415 — keep `policy test` light

    document = _read_input(input_file)
    try:
        engine = EmbeddedEngine(bundle_dir, _data_with_grants(bundle_dir, document, input_file, grants_file))
        decision = engine.decide(document)
    except PolicyError as exc:
        raise _fail(exc.diagnostics()) from exc

    if output is OutputFormat.JSON:
        typer.echo(decision.model_dump_json())
        return
    console = _console()
    verdict = "[green]ALLOW[/green]" if decision.allow else "[red]DENY[/red]"
    console.print(f"{verdict}  basis={decision.basis or '-'}  revision={short_revision(decision.policy_revision)}")
    console.print(f"decision_id={decision.decision_id}  flags={','.join(decision.flags) or '-'}")
    for reason in decision.reasons:
        console.print(f"  [yellow]{reason.code}[/yellow]  {reason.message}")
    if decision.allow:
        table = Table("field", "operator", title="obligations")
        for name, op in decision.obligations.fields.items():
            table.add_row(name, op.value)
        console.print(table)
        ob = decision.obligations
        console.print(f"row_limit={ob.row_limit}  export_limit={ob.export_limit}  require_mfa={ob.require_mfa}  "
                      f"watermark={ob.watermark}  open_incident={ob.open_incident}")


@policy_app.command("explain")
def explain_command(
    input_file: Annotated[Path, typer.Option("--input", "-i", help="Input document (JSON).", exists=True, dir_okay=False)],
    grants_file: GrantsFile = None,
    bundle_dir: BundleDir = DEFAULT_BUNDLE_DIR,
    output: Format = OutputFormat.TEXT,
) -> None:
    """Which rules fired for one input, and why it was refused (data from the real catalog and --grants)."""
    from policy.explain import explain  # noqa: PLC0415

    document = _read_input(input_file)
    try:
        result = explain(bundle_dir, _data_with_grants(bundle_dir, document, input_file, grants_file), document)
    except PolicyError as exc:
        raise _fail(exc.diagnostics()) from exc
    if output is OutputFormat.JSON:
        typer.echo(json.dumps(result.as_dict(), ensure_ascii=False))
        return
    console = _console()
    decision = result.decision
    verdict = "[green]ALLOW[/green]" if decision.allow else "[red]DENY[/red]"
    console.print(f"{verdict}  basis={decision.basis or '-'}  flags={','.join(decision.flags) or '-'}  "
                  f"revision={short_revision(decision.policy_revision)}")
    table = Table("", "rule", "meaning", title="allow needs every one of")
    for rule, meaning, holds in result.conditions:
        table.add_row("[green]✓[/green]" if holds else "[red]✗[/red]", rule, meaning)
    console.print(table)
    details = Table("", "rule", "meaning", title="how basis and grant were judged")
    for rule, meaning, holds in result.details:
        details.add_row("[green]✓[/green]" if holds else "[dim]✗[/dim]", rule, meaning)
    console.print(details)
    if result.refusals:
        console.print("[bold]refusals fired[/bold] (why refused):")
    for code, message, sources in result.refusals:
        console.print(f"  [yellow]{code}[/yellow]  {message}")
        for source in sources:
            about = f" — {source.description}" if source.description else ""
            console.print(f"      {source.file}:{source.line}{about}")
    if decision.allow:
        ob = decision.obligations
        console.print("obligations: " + ", ".join(f"{k}={v.value}" for k, v in ob.fields.items()))
        console.print(f"row_limit={ob.row_limit}  export_limit={ob.export_limit}  require_mfa={ob.require_mfa}  "
                      f"watermark={ob.watermark}  open_incident={ob.open_incident}")


def _data_with_grants(bundle_dir: Path, document: Any, input_file: Path, grants_file: Path | None) -> dict[str, Any]:
    """The real catalog's data with the grants of ``grants_file`` (validated, errors name the grant)."""
    if isinstance(document, dict) and isinstance(document.get("grant"), dict):
        raise _fail(f"{input_file}: grant: the input names a grant by id (\"grant\": \"<grant id>\"); "
                    "the grant itself goes into a --grants file, as the gateway puts it into the policy's data")
    grants: Any = []
    if grants_file is not None:
        grants = _read_input(grants_file)
        if not isinstance(grants, list | dict):
            raise _fail(f"{grants_file}: expected a list of grants or an object {{id: grant}}")
    try:
        documents = grants_document(grants)
    except PolicyError as exc:
        raise _fail(f"{grants_file}: {exc}") from exc
    return with_grants(_real_data(bundle_dir), documents)


def _read_input(input_file: Path) -> Any:
    try:
        return json.loads(input_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise _fail(f"cannot read {input_file}: {exc}") from exc


@policy_app.command("revision")
def revision_command(
    bundle_dir: BundleDir = DEFAULT_BUNDLE_DIR,
    output: Format = OutputFormat.TEXT,
) -> None:
    """Print the revision of the bundle with the data built from the real catalog."""
    try:
        revision = bundle_revision(bundle_dir, _real_data(bundle_dir))
        tests = len(discover_rego_tests(bundle_dir))
    except PolicyError as exc:
        raise _fail(exc.diagnostics()) from exc
    if output is OutputFormat.JSON:
        typer.echo(json.dumps({"revision": revision, "short": short_revision(revision), "rego_tests": tests}))
    else:
        _console().print(f"{revision}\nshort: {short_revision(revision)}  rego tests: {tests}")


def _real_data(bundle_dir: Path = DEFAULT_BUNDLE_DIR) -> dict[str, Any]:
    """The data document from the real catalog (classify, imported lazily)."""
    try:
        from classify import load_catalog  # noqa: PLC0415
    except ImportError as exc:
        raise _fail(
            "the real catalog is not available: classify.load_catalog() cannot be imported "
            f"({exc}). `govgate policy test` needs no catalog."
        ) from exc
    from policy.data import catalog_data  # noqa: PLC0415

    try:
        return catalog_data(load_catalog(), bundle_dir=bundle_dir)
    except PolicyError:
        raise
    except Exception as exc:  # any loader failure: report it, do not trace back
        raise _fail(f"cannot load the catalog: {type(exc).__name__}: {exc}") from exc
