"""``govgate audit es-setup | ship | search | subject`` and the ``verify --es`` cross-check.

Configuration from the environment, read when a command runs:
``GOVGATE_ES_URL`` (unset: search uses the local SQLite index), ``GOVGATE_ES_TARGET``
(default ``logs-govgate.audit-default``), ``GOVGATE_ES_FLAVOR`` (``auto`` |
``elasticsearch`` | ``opensearch``), ``GOVGATE_ES_API_KEY``.
"""

from __future__ import annotations

import json
import os
import threading
from datetime import datetime
from pathlib import Path
from typing import Annotated, Literal

import typer
from keys import Keyring, KeysError, Purpose
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from audit._es import DEFAULT_TARGET, EsConfig, SearchBackendError, connect
from audit.cli import LedgerDir, _home, audit_app
from audit.crosscheck import cross_check
from audit.errors import AuditError
from audit.es_setup import MIN_RETENTION_DAYS, es_setup
from audit.search import EsSearch, Hit, LocalIndex, SearchBackend, SearchFilter, subject_hash
from audit.shipper import Shipper

Format = Literal["table", "json"]


def es_config(required: bool = True) -> EsConfig | None:
    url = os.environ.get("GOVGATE_ES_URL", "").strip()
    if not url:
        if required:
            Console(stderr=True, soft_wrap=True).print("[red]GOVGATE_ES_URL is not set[/red]")
            raise typer.Exit(2)
        return None
    flavor = os.environ.get("GOVGATE_ES_FLAVOR", "auto")
    if flavor not in ("auto", "elasticsearch", "opensearch"):
        Console(stderr=True, soft_wrap=True).print("[red]GOVGATE_ES_FLAVOR must be auto, elasticsearch or opensearch[/red]")
        raise typer.Exit(2)
    return EsConfig(url=url, target=os.environ.get("GOVGATE_ES_TARGET", DEFAULT_TARGET), flavor=flavor,  # type: ignore[arg-type]
                    api_key=os.environ.get("GOVGATE_ES_API_KEY") or None)


def _client(config: EsConfig):  # noqa: ANN202 - (Elasticsearch, flavor)
    try:
        return connect(config)
    except SearchBackendError as exc:
        Console(stderr=True, soft_wrap=True).print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(2) from None


@audit_app.command("es-setup")
def es_setup_cmd(
    retention_days: Annotated[int, typer.Option(help=f"delete after this many days (≥ {MIN_RETENTION_DAYS})")] =
    int(os.environ.get("GOVGATE_AUDIT_RETENTION_DAYS", MIN_RETENTION_DAYS)),
) -> None:
    """Install the ILM policy, ECS index template and data stream (idempotent)."""
    config = es_config()
    assert config is not None
    client, flavor = _client(config)
    try:
        report = es_setup(client, target=config.target, flavor=flavor, retention_days=retention_days)
    except SearchBackendError as exc:
        Console(stderr=True, soft_wrap=True).print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(1) from None
    typer.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))


@audit_app.command("ship")
def ship(
    follow: Annotated[bool, typer.Option("--follow", help="keep shipping until interrupted")] = False,
    state: Annotated[Path | None, typer.Option(help="cursor file [default: $GOVGATE_HOME/audit-shipper.json]")] = None,
    ledger_dir: LedgerDir = None,
) -> None:
    """Bulk-index the sealed ledger into Elasticsearch from the saved cursor; print the status."""
    config = es_config()
    assert config is not None
    client, _flavor = _client(config)
    shipper = Shipper(ledger_dir or _home() / "audit", client, config.target, state or _home() / "audit-shipper.json")
    try:
        if follow:
            stop = threading.Event()
            try:
                shipper.run(stop)
            except KeyboardInterrupt:
                stop.set()
        else:
            while shipper.ship_once():
                pass
    except (SearchBackendError, AuditError) as exc:
        Console(stderr=True, soft_wrap=True).print(f"[red]shipping failed: {escape(str(exc))}[/red]")
        raise typer.Exit(1) from None
    typer.echo(json.dumps(shipper.status.__dict__, ensure_ascii=False))


def es_crosscheck(directory: Path, sealed: int) -> None:
    """Second half of ``verify --es``: exit 1 on documents missing, altered or added."""
    config = es_config()
    assert config is not None
    client, _flavor = _client(config)
    state = _home() / "audit-shipper.json"
    shipped = json.loads(state.read_text("utf-8"))["next_index"] if state.exists() else sealed
    try:
        client.indices.refresh(index=config.target)
        result = cross_check(client, config.target, directory, upto=sealed, shipped=min(shipped, sealed))
    except Exception as exc:  # noqa: BLE001 - unreachable or refused
        Console(stderr=True, soft_wrap=True).print(f"[red]cannot cross-check Elasticsearch: {escape(str(exc))}[/red]")
        raise typer.Exit(2) from None
    out = Console()
    if result.ok:
        out.print(f"[bold green]OK[/bold green][green]: Elasticsearch holds the {result.checked - result.pending} "
                  f"shipped events unaltered ({result.pending} pending)[/green]")
        return
    for what, items in (("missing", result.missing), ("altered", result.altered), ("added", result.added)):
        if items:
            shown = ", ".join(str(i) for i in items[:20]) + (" …" if len(items) > 20 else "")
            out.print(f"[bold red]FAILED[/bold red] [red]{len(items)} {what} in Elasticsearch: {escape(shown)}[/red]")
    raise typer.Exit(1)


def backend() -> SearchBackend:
    """Elasticsearch when GOVGATE_ES_URL is set, else the local SQLite index."""
    config = es_config(required=False)
    if config is not None:
        client, _flavor = _client(config)
        return EsSearch(client, config.target)
    return LocalIndex(_home() / "audit", _home() / "audit-index.db")


def _print(hits: list[Hit], fmt: Format) -> None:
    if fmt == "json":
        for h in hits:
            typer.echo(json.dumps(h.to_dict(), ensure_ascii=False))
        return
    table = Table("index", "time", "department", "dataset", "purpose", "action", "outcome", "rows",
                  "fields", "grant", "decision", "reasons")
    for h in hits:
        table.add_row(str(h.index), escape(h.timestamp), escape(h.department or "-"), escape(h.dataset or "-"),
                      escape(h.purpose or "-"), escape(h.action or "-"), escape(h.outcome or "-"),
                      "-" if h.rows is None else str(h.rows),
                      escape(", ".join(f"{k}:{v}" for k, v in h.fields.items()) or "-"), escape(h.grant_id or "-"),
                      escape((h.decision_id or "-")[:13]), escape(", ".join(h.reasons) or "-"))
    Console().print(table)


def _run(f: SearchFilter, fmt: Format) -> None:
    try:
        hits = backend().search(f)
    except (SearchBackendError, AuditError) as exc:
        Console(stderr=True, soft_wrap=True).print(f"[red]search failed: {escape(str(exc))}[/red]")
        raise typer.Exit(2) from None
    _print(hits, fmt)


@audit_app.command("search")
def search(
    since: Annotated[datetime | None, typer.Option(help="from this time (UTC if no offset)")] = None,
    until: Annotated[datetime | None, typer.Option(help="before this time")] = None,
    department: Annotated[str | None, typer.Option()] = None,
    dataset: Annotated[str | None, typer.Option()] = None,
    action: Annotated[str | None, typer.Option()] = None,
    outcome: Annotated[str | None, typer.Option()] = None,
    purpose: Annotated[str | None, typer.Option()] = None,
    decision_id: Annotated[str | None, typer.Option("--decision-id")] = None,
    subject: Annotated[str | None, typer.Option(help="a data subject's keyed hash (see `audit subject`)")] = None,
    text: Annotated[str | None, typer.Option(help="free text over reasons, dataset, purpose, fields")] = None,
    limit: Annotated[int, typer.Option(min=1, max=10000)] = 100,
    fmt: Annotated[Format, typer.Option("--format")] = "table",
) -> None:
    """Search the audit trail (Elasticsearch if GOVGATE_ES_URL is set, else the local index)."""
    _run(SearchFilter(since=_utc(since), until=_utc(until), department=department, dataset=dataset, action=action,
                      outcome=outcome, purpose=purpose, decision_id=decision_id, subject=subject, text=text,
                      limit=limit), fmt)


def _utc(t: datetime | None) -> datetime | None:
    from datetime import UTC

    return None if t is None else (t if t.tzinfo else t.replace(tzinfo=UTC))


@audit_app.command("subject")
def subject(
    resident_id: Annotated[str, typer.Option("--id", prompt="resident ID", hide_input=True,
                                             help="the person's resident ID; prompted (hidden) when omitted")],
    limit: Annotated[int, typer.Option(min=1, max=100000)] = 10000,
    fmt: Annotated[Format, typer.Option("--format")] = "table",
) -> None:
    """Every access to one person's data: who, when, which fields, for what purpose, under which grant.

    The ID is turned into its keyed hash here (identifier-mac key) and only the hash is searched.
    """
    try:
        mac = Keyring.open(_home() / "keys").mac_key(Purpose.IDENTIFIER_MAC)
    except KeysError as exc:
        Console(stderr=True, soft_wrap=True).print(f"[red]cannot load the identifier key: {escape(exc.diagnostics())}[/red]")
        raise typer.Exit(2) from None
    _run(SearchFilter(subject=subject_hash(mac, resident_id), limit=limit), fmt)
