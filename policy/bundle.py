"""The Rego bundle on disk: modules, revision, compilation, and the Rego unit-test runner.

A bundle directory follows OPA's layout (``.manifest``, ``<package path>/*.rego``,
``<path>/data.yaml``), so the same directory can be served by a real OPA. For the
embedded engine, modules are read from disk and the data document is supplied by the
caller (``policy.data.build_data``); data files inside the bundle are read by
``policy.data.load_rules``, not loaded twice here.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import rfc8785
import yaml
from regopy import Bundle, Interpreter, LogLevel, RegoError

from policy.errors import BundleError, PolicyError, bundle_error_from_rego

DEFAULT_BUNDLE_DIR = Path(__file__).resolve().parent / "rego"
ENTRYPOINT = "govgate/authz/decision"

_PACKAGE = re.compile(r"^package\s+([A-Za-z_][\w.]*)\s*$", re.MULTILINE)
_TEST_RULE = re.compile(r"^(test_\w+)\b", re.MULTILINE)
# regopy 1.5.2 aborts the whole process (a C++ exception escaping the library) when it
# compiles a rule calling any built-in under `with input as …`; refuse such modules
# before they reach the compiler. `with input.<member> as …` is fine.
_WITH_WHOLE_INPUT = re.compile(r"\bwith\s+input\s+as\b")


@dataclass(frozen=True)
class Module:
    """One Rego module: its path relative to the bundle root (POSIX form) and text."""

    path: str
    text: str

    @property
    def is_test(self) -> bool:
        return self.path.endswith("_test.rego")


@dataclass(frozen=True)
class TestResult:
    """One Rego unit test: ``name`` is ``<package>.<rule>``, e.g. ``govgate.authz_test.test_x``."""

    __test__ = False  # not a pytest class

    name: str
    passed: bool
    error: str | None = None


def load_modules(bundle_dir: Path, *, include_tests: bool = False) -> tuple[Module, ...]:
    """Read every ``.rego`` file under ``bundle_dir``, sorted by path.

    Test modules (``*_test.rego``) are left out unless ``include_tests``: they never
    take part in serving or in the revision.
    """
    bundle_dir = Path(bundle_dir)
    if not bundle_dir.is_dir():
        raise BundleError(f"bundle directory not found: {bundle_dir}")
    modules: list[Module] = []
    for file in sorted(bundle_dir.rglob("*.rego")):
        rel = file.relative_to(bundle_dir).as_posix()
        if rel.endswith("_test.rego") and not include_tests:
            continue
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise BundleError(f"cannot read module: {exc}", file=str(file)) from exc
        modules.append(Module(rel, text))
    if not any(not m.is_test for m in modules):
        raise BundleError(f"no Rego modules in {bundle_dir}")
    return tuple(modules)


def load_manifest(bundle_dir: Path) -> dict[str, Any]:
    """The bundle's ``.manifest`` (OPA format), or ``{}`` when there is none."""
    path = Path(bundle_dir) / ".manifest"
    if not path.exists():
        return {}
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BundleError(f"invalid .manifest: {exc}", file=str(path)) from exc
    if not isinstance(manifest, dict):
        raise BundleError("invalid .manifest: not a JSON object", file=str(path))
    return manifest


def modules_revision(modules: tuple[Module, ...], data: Mapping[str, Any]) -> str:
    """``sha256:<hex>`` over RFC 8785 JSON of {"modules": {path: sha256(text)}, "data": data}."""
    document = {
        "modules": {m.path: hashlib.sha256(m.text.encode("utf-8")).hexdigest() for m in modules if not m.is_test},
        "data": data,
    }
    try:
        canonical = rfc8785.dumps(document)
    except (rfc8785.CanonicalizationError, TypeError, ValueError) as exc:
        raise PolicyError(f"data document is not canonical JSON: {exc}") from exc
    return "sha256:" + hashlib.sha256(canonical).hexdigest()


def bundle_revision(bundle_dir: Path, data: Mapping[str, Any]) -> str:
    """The revision of the serving modules in ``bundle_dir`` together with ``data``.

    Any change to a non-test module or to the data document gives a new revision; every
    decision carries it, so an audit record names exactly the policy that produced it.
    """
    return modules_revision(load_modules(bundle_dir), data)


def short_revision(revision: str) -> str:
    """The first 16 hex characters, for display only."""
    return revision.removeprefix("sha256:")[:16]


def new_interpreter() -> Interpreter:
    interp = Interpreter()
    # rego-cpp prints compile errors to stdout at the default level; we raise them instead.
    interp.log_level = LogLevel.NONE
    return interp


def compile_bundle(
    modules: tuple[Module, ...],
    data: Mapping[str, Any] | None,
    entrypoints: list[str],
    *,
    bundle_dir: Path | None = None,
    data_json: str | None = None,
) -> tuple[Interpreter, Bundle]:
    """Load modules and data into a fresh interpreter and build the entrypoints.

    Returns the interpreter with its bundle: they are used together, by one thread.
    Raises ``BundleError`` naming file and line when regopy reports them.
    """
    sources = {m.path: m.text for m in modules}
    _refuse_known_crashes(modules, bundle_dir)
    interp = new_interpreter()
    try:
        for module in modules:
            interp.add_module(module.path, module.text)
        if data_json is not None:
            interp.add_data_json(data_json)
        elif data is not None:
            interp.add_data_json(json.dumps(data, ensure_ascii=False))
        bundle = interp.build(None, entrypoints)
    except RegoError as exc:
        raise bundle_error_from_rego(str(exc), sources, bundle_dir) from exc
    if not bundle.ok():
        raise BundleError("Rego bundle did not build", detail=_node_text(bundle))
    return interp, bundle


def _node_text(bundle: Bundle) -> str:
    try:
        return bundle.node().json()[:4000]
    except Exception:  # diagnostics only: never mask the real error
        return ""


def _refuse_known_crashes(modules: tuple[Module, ...], bundle_dir: Path | None) -> None:
    for module in modules:
        match = _WITH_WHOLE_INPUT.search(_strip_comments(module.text))
        if match:
            line = module.text.count("\n", 0, match.start()) + 1
            raise BundleError(
                "`with input as …` crashes regopy 1.5.2; replace input member by member "
                "(`with input.principal as …`)",
                file=str(bundle_dir / module.path) if bundle_dir else module.path,
                line=line,
            )


def _strip_comments(text: str) -> str:
    # Blank out comments but keep offsets, so a match position maps to the right line.
    return re.sub(r"#[^\n]*", lambda m: " " * len(m.group(0)), text)


# ---------------------------------------------------------------------------------------
# Rego unit tests (regopy has no `opa test`)
# ---------------------------------------------------------------------------------------


def discover_rego_tests(bundle_dir: Path) -> list[str]:
    """Names (``package.rule``) of every ``test_*`` rule in the bundle's ``*_test.rego``.

    Found by reading the modules: regopy has no API that lists rules. A rule defined by
    several bodies (OPA's incremental definitions) is listed once.
    """
    names: list[str] = []
    for module in load_modules(bundle_dir, include_tests=True):
        if not module.is_test:
            continue
        package = _PACKAGE.search(module.text)
        if not package:
            raise BundleError("test module has no package declaration", file=str(Path(bundle_dir) / module.path))
        for rule in _TEST_RULE.findall(module.text):
            name = f"{package.group(1)}.{rule}"
            if name not in names:
                names.append(name)
    return names


def run_rego_tests(bundle_dir: Path = DEFAULT_BUNDLE_DIR, data: Mapping[str, Any] | None = None) -> list[TestResult]:
    """Run every ``test_*`` rule of the bundle's ``*_test.rego`` modules, like ``opa test``.

    All modules (serving and tests) are compiled once into one bundle whose entrypoints
    are the test rules; each entrypoint is then queried. A test passes when its rule is
    ``true``; ``undefined`` or ``false`` fail; an evaluation error is reported as such.
    As with ``opa test <dir>``, data files in the bundle (``**/data.yaml``,
    ``**/data.json``) are loaded at their directory's path, unless ``data`` is given.
    """
    bundle_dir = Path(bundle_dir)
    names = discover_rego_tests(bundle_dir)
    if not names:
        return []
    modules = load_modules(bundle_dir, include_tests=True)
    if data is None:
        data = load_bundle_data_files(bundle_dir)
    entrypoints = [name.replace(".", "/") for name in names]
    interp, bundle = compile_bundle(modules, data, entrypoints, bundle_dir=bundle_dir)
    results: list[TestResult] = []
    for name, entrypoint in zip(names, entrypoints, strict=True):
        results.append(_run_one(interp, bundle, name, entrypoint))
    return results


def _run_one(interp: Interpreter, bundle: Bundle, name: str, entrypoint: str) -> TestResult:
    try:
        output = interp.query_bundle_entrypoint(bundle, entrypoint)
    except (RegoError, ValueError) as exc:
        # regopy's Output parses the result as JSON; a runtime error such as an unknown
        # function comes back as a non-JSON S-expression and raises here.
        return TestResult(name, False, f"evaluation error: {exc}")
    if not output.ok():
        return TestResult(name, False, f"evaluation error: {output}")
    # regopy reports "undefined" as one result with no expressions
    if len(output) == 0 or not output[0].expressions:
        return TestResult(name, False, "undefined")
    value = output[0].expressions[0]
    if value is True:
        return TestResult(name, True)
    return TestResult(name, False, f"result: {json.dumps(value, ensure_ascii=False)}")


def load_bundle_data_files(bundle_dir: Path) -> dict[str, Any]:
    """Merge ``data.json`` / ``data.yaml`` files under ``bundle_dir`` at their directory paths."""
    bundle_dir = Path(bundle_dir)
    merged: dict[str, Any] = {}
    for file in sorted([*bundle_dir.rglob("data.json"), *bundle_dir.rglob("data.yaml")]):
        try:
            text = file.read_text(encoding="utf-8")
            value = json.loads(text) if file.suffix == ".json" else yaml.safe_load(text)
        except (OSError, ValueError, yaml.YAMLError) as exc:
            raise BundleError(f"invalid data file: {exc}", file=str(file)) from exc
        node = merged
        for part in file.parent.relative_to(bundle_dir).parts:
            node = node.setdefault(part, {})
        if not isinstance(value, dict):
            raise BundleError("data file must hold an object", file=str(file))
        node.update(value)
    return merged
