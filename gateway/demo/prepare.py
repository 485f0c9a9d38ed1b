"""``govgate demo init``: prepare the embedded demo, reusing whatever already exists.

Steps: validate the catalog → keyring → state schema and departments → synthetic source
store → demo grants → one API key per department (written once to a 0600 file).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from classify import Catalog, load_catalog
from gateway.demo.synth import generate_demo_store
from gateway.settings import Settings
from gateway.state import (Credential, Grant, issue, load_pepper, make_engine, migrate, put_grant, session_factory,
                           sync_departments)
from keys import Keyring

Progress = Callable[[int, int], None]


class DemoError(Exception):
    """The demo cannot be prepared; the message says what to fix."""


@dataclass
class DemoSummary:
    store_rows: dict[str, int] | None = None  # None: the existing store was reused
    grants_added: int = 0
    credentials_issued: int = 0
    credentials_file: Path | None = None
    notes: list[str] = field(default_factory=list)


def load_demo_grants(catalog: Catalog) -> list[dict[str, Any]]:
    """Demo grants (gateway/demo/grants.yaml), checked against the catalog."""
    text = resources.files("gateway.demo").joinpath("grants.yaml").read_text(encoding="utf-8")
    grants = yaml.safe_load(text)["grants"]
    for g in grants:
        where = f"gateway/demo/grants.yaml: grant {g.get('id')!r}"
        dataset = catalog.datasets.get(g["dataset"])
        if dataset is None:
            raise DemoError(f"{where}: unknown dataset {g['dataset']!r}")
        if g["department"] not in catalog.departments:
            raise DemoError(f"{where}: unknown department {g['department']!r}")
        if g["purpose"] not in catalog.purposes:
            raise DemoError(f"{where}: unknown purpose {g['purpose']!r}")
        unknown = [f for f in g["fields"] if dataset.field(f) is None]
        if unknown:
            raise DemoError(f"{where}: fields not in {dataset.id}: {', '.join(unknown)}")
    return grants


def write_private_json(path: Path, data: Any) -> None:
    """Write JSON readable by the owner only (0600), atomically and durably."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def prepare_demo(settings: Settings, *, people: int = 2000, seed: int = 20171213,
                 progress: Progress | None = None, now: datetime | None = None) -> DemoSummary:
    now = now or datetime.now(timezone.utc)
    summary = DemoSummary(credentials_file=settings.credentials_file)
    catalog = load_catalog()  # 1. a malformed catalog stops here, with file and line

    # 2. keys, wrapped under the master key: GOVGATE_MASTER_KEY / _FILE / _PASSPHRASE, else a local
    #    $GOVGATE_HOME/master.key generated here (demo only); a pre-issue-6 keyring in the clear is migrated
    keyring = Keyring.open(settings.keys_dir, create=True, unprotected="migrate")
    keyring.ensure_defaults()

    migrate(settings.database_url)  # 3. state
    sessions = session_factory(make_engine(settings.database_url))
    with sessions() as session:
        sync_departments(session, catalog.departments, now=now)
    pepper = load_pepper(sessions, keyring, now=now)  # sealed under secret-wrapping; protects older digests

    if not settings.store.exists():  # 4. source store (atomic: a crash leaves none)
        summary.store_rows = generate_demo_store(catalog, settings.store, people=people, seed=seed,
                                                 progress=progress)

    with sessions() as session:  # 5. grants, added once (re-runs do not extend them)
        for g in load_demo_grants(catalog):
            if session.get(Grant, g["id"]) is not None:
                continue
            start = now + timedelta(days=g.get("starts_in_days", 0))
            put_grant(session, Grant(
                id=g["id"], department_id=g["department"], dataset_id=g["dataset"], purpose=g["purpose"],
                fields=list(g["fields"]), operators=dict(g.get("operators") or {}), basis=g.get("basis", ""),
                not_before=start - timedelta(days=1), not_after=start + timedelta(days=g["days"])))
            summary.grants_added += 1

    # 6. credentials: reuse the file while every key in it still exists
    existing = _read_credentials(settings.credentials_file)
    with sessions() as session:
        valid = bool(existing) and all(session.get(Credential, c["credential_id"]) is not None
                                       for c in existing.values())
        if not valid:
            issued = {}
            for dept in catalog.departments.values():
                key = issue(session, dept.id, pepper=pepper, now=now, label="demo",
                            expires_at=now + timedelta(days=365))
                issued[dept.id] = {"name": dept.name, "credential_id": key.credential_id, "api_key": key.api_key}
            write_private_json(settings.credentials_file, issued)
            summary.credentials_issued = len(issued)

    # 7. demo people (created once, audited): initial passwords in demo/people.json (0600);
    #    each enrols TOTP at first login (gateway/demo/people.yaml, docs/gateway.md)
    from gateway.demo.people import ensure_demo_people, people_file

    created = ensure_demo_people(settings, catalog, keyring, now=now)
    summary.notes.append(f"demo people: {people_file(settings)} ({created} created; initial passwords, mode 0600)")
    return summary


def _read_credentials(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}
