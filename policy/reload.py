"""Bundle reload without restart: explicit (``reload()``) or by watching the bundle files.

    reloader = BundleReloader(engine, DEFAULT_BUNDLE_DIR, lambda: catalog_data(load_catalog()),
                              on_reject=lambda r: ledger.append(policy_event(r.as_event())))
    reloader.reload()          # the gateway's hook (an admin endpoint, SIGHUP, `govgate policy reload`)
    reloader.watch(2.0)        # or poll the files every 2 s in a daemon thread

A candidate bundle goes through three steps, in order; the first that fails rejects it:

1. ``data``: the data document is rebuilt (``data()``; rules/data.yaml is validated, a
   YAML error names file and line);
2. ``test``: every ``*_test.rego`` runs, in a child process (``run_rego_tests_isolated``:
   regopy builds the packaged tests in ≈ 6.5 GB, which a serving process must not keep); a
   parse error names file and line, a failing test names its file and the line of its rule;
3. ``compile``: the engine builds it (``engine.reload``) — embedded: regopy; remote OPA:
   compiled locally, then pushed.

A rejected bundle never serves: the last good revision stays in force, ``on_reject``
receives a ``BundleRejected`` (what the gateway records as an audit event; this package
imports neither audit nor gateway), and ``reload()`` returns it. ``on_activate(previous,
new)`` is called when a new revision goes into service.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from policy.bundle import bundle_revision, load_modules
from policy.errors import BundleError, PolicyError
from policy.rego_tests_isolated import run_rego_tests_isolated

log = logging.getLogger("govgate.policy")

_WATCHED = ("*.rego", "*.yaml", "*.yml", "*.json", ".manifest")


class ReloadableEngine(Protocol):
    @property
    def revision(self) -> str: ...

    def reload(self, bundle_dir: Path, data: Mapping[str, Any]) -> str: ...


@dataclass(frozen=True)
class BundleRejected:
    """A bundle refused at reload. ``file``/``line`` locate the first problem when known."""

    bundle_dir: str
    stage: str  # "data" | "test" | "compile"
    message: str
    active_revision: str  # the revision still in force
    file: str | None = None
    line: int | None = None
    column: int | None = None
    failed_tests: tuple[str, ...] = ()

    def as_event(self) -> dict[str, Any]:
        """Plain JSON for the audit event (the gateway adds ECS fields around it)."""
        event = asdict(self)
        event["failed_tests"] = list(self.failed_tests)
        event["action"] = "policy.bundle_rejected"
        return event

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.file and self.line else (self.file or self.bundle_dir)
        return f"bundle rejected at {self.stage}: {where}: {self.message}"


@dataclass(frozen=True)
class ReloadResult:
    activated: bool
    revision: str  # in force after this call
    previous: str
    rejected: BundleRejected | None = None
    unchanged: bool = False


@dataclass
class BundleReloader:
    engine: ReloadableEngine
    bundle_dir: Path
    data: Callable[[], Mapping[str, Any]]
    on_reject: Callable[[BundleRejected], None] | None = None
    on_activate: Callable[[str, str], None] | None = None
    run_tests: bool = True
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _fingerprint: str | None = field(default=None, init=False, repr=False)
    _stop: threading.Event = field(default_factory=threading.Event, init=False, repr=False)
    _thread: threading.Thread | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.bundle_dir = Path(self.bundle_dir)
        self._fingerprint = fingerprint(self.bundle_dir)

    def reload(self) -> ReloadResult:
        """Check and, if good, activate the bundle now. Exceptions from the callbacks propagate."""
        with self._lock:
            self._fingerprint = fingerprint(self.bundle_dir)
            previous = self.engine.revision
            rejected, revision = self._candidate(previous)
            if rejected is not None:
                log.error("%s (serving %s)", rejected, previous)
                if self.on_reject is not None:
                    self.on_reject(rejected)
                return ReloadResult(False, previous, previous, rejected)
            if revision == previous:
                return ReloadResult(False, previous, previous, unchanged=True)
            log.info("policy bundle %s activated (was %s)", revision, previous)
            if self.on_activate is not None:
                self.on_activate(previous, revision)
            return ReloadResult(True, revision, previous)

    def check(self) -> ReloadResult | None:
        """Reload when a bundle file changed since the last reload; None otherwise."""
        if fingerprint(self.bundle_dir) == self._fingerprint:
            return None
        return self.reload()

    def watch(self, interval: float = 2.0) -> None:
        """Poll the bundle files in a daemon thread until ``stop()``."""
        if self._thread is not None:
            return
        self._stop.clear()

        def loop() -> None:
            while not self._stop.wait(interval):
                try:
                    self.check()
                except Exception:  # a failing callback must not end the watch
                    log.exception("policy bundle watch: reload failed")

        self._thread = threading.Thread(target=loop, name="policy-bundle-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    # -- the three steps ----------------------------------------------------------------

    def _candidate(self, active: str) -> tuple[BundleRejected | None, str]:
        where = str(self.bundle_dir)
        try:
            data = self.data()
        except PolicyError as exc:
            return _rejected(where, "data", exc, active), active
        try:
            if bundle_revision(self.bundle_dir, data) == active:
                return None, active
            if self.run_tests:
                failed = [r for r in run_rego_tests_isolated(self.bundle_dir) if not r.passed]
                if failed:
                    file, line = locate_test(self.bundle_dir, failed[0].name)
                    message = f"{len(failed)} Rego test(s) failed; first {failed[0].name}: {failed[0].error}"
                    return BundleRejected(where, "test", message, active, file, line,
                                          failed_tests=tuple(r.name for r in failed)), active
        except PolicyError as exc:
            return _rejected(where, "test", exc, active), active
        try:
            return None, self.engine.reload(self.bundle_dir, data)
        except PolicyError as exc:
            return _rejected(where, "compile", exc, active), active


def _rejected(where: str, stage: str, exc: PolicyError, active: str) -> BundleRejected:
    if isinstance(exc, BundleError):
        return BundleRejected(where, stage, exc.message, active, exc.file, exc.line, exc.column)
    return BundleRejected(where, stage, str(exc), active)


def fingerprint(bundle_dir: Path) -> str:
    """SHA-256 over the paths and contents of the bundle's files (what a watch compares)."""
    digest = hashlib.sha256()
    bundle_dir = Path(bundle_dir)
    files = sorted({f for pattern in _WATCHED for f in bundle_dir.rglob(pattern) if f.is_file()})
    for file in files:
        digest.update(file.relative_to(bundle_dir).as_posix().encode() + b"\0")
        try:
            digest.update(hashlib.sha256(file.read_bytes()).digest())
        except OSError:
            digest.update(b"unreadable")
    return digest.hexdigest()


def locate_test(bundle_dir: Path, name: str) -> tuple[str | None, int | None]:
    """File and line of the Rego test rule ``<package>.<rule>``."""
    package, _, rule = name.rpartition(".")
    head = re.compile(rf"^{re.escape(rule)}\b", re.MULTILINE)
    for module in load_modules(bundle_dir, include_tests=True):
        if module.is_test and re.search(rf"^package\s+{re.escape(package)}\s*$", module.text, re.MULTILINE):
            match = head.search(module.text)
            if match:
                return str(Path(bundle_dir) / module.path), module.text.count("\n", 0, match.start()) + 1
    return None, None
