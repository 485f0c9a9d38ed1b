"""Demo people for `govgate demo init`: created once, initial passwords in a 0600 file."""

from __future__ import annotations

import json
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from classify import Catalog
from gateway.admin import admin_context
from gateway.auth.service import create_user
from gateway.demo.prepare import write_private_json
from gateway.settings import Settings
from gateway.state.users import get_user_by_username
from keys import Keyring


def people_file(settings: Settings) -> Path:
    return settings.demo_dir / "people.json"


def demo_people() -> list[dict[str, Any]]:
    text = resources.files("gateway.demo").joinpath("people.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)["people"]


def ensure_demo_people(settings: Settings, catalog: Catalog, keyring: Keyring, *, now: datetime) -> int:
    """Create the demo people that do not exist yet (audited); returns how many were created."""
    path = people_file(settings)
    try:
        recorded = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        recorded = {}
    wanted = demo_people()
    from gateway.admin import state_sessions

    with state_sessions(settings, catalog)() as session:
        missing = [p for p in wanted if get_user_by_username(session, p["username"]) is None]
    if not missing:
        return 0
    with admin_context(settings, catalog=catalog, keyring=keyring) as ctx, ctx.sessions() as session:
        for person in missing:
            user, password = create_user(ctx, session, username=person["username"], display_name=person["name"],  # type: ignore[arg-type]
                                         department=person["department"], roles=person["roles"], now=now,
                                         actor_id="demo-init")
            recorded[person["username"]] = {"user_id": user.id, "name": person["name"],
                                            "department": person["department"], "roles": person["roles"],
                                            "initial_password": password,
                                            "note": "first login: enrol TOTP (POST /v1/auth/totp/enrol)"}
    write_private_json(path, recorded)
    return len(missing)


