"""A small HTTP server speaking the parts of OPA's REST API that govgate uses, evaluating with regopy.

    python -m policy.opa_compat_server --port 8181 [--workers 2] [--state-dir DIR]

The OPA server binary cannot be installed here (design/ARCHITECTURE.md), so the remote
engine (policy.opa.OpaEngine, through opa-python-client) is tested and measured against
this real process instead. It implements, with OPA's request and response shapes:

| request | OPA semantics kept |
| --- | --- |
| ``GET /health`` | ``200 {}`` |
| ``PUT /v1/policies/{id}`` (Rego text) | compiled with every other module and the data; ``200 {}``, or ``400`` ``{"code": "invalid_parameter", "errors": [{"code", "message", "location": {"file", "row", "col"}}]}`` and nothing changes |
| ``GET /v1/policies[/{id}]``, ``DELETE /v1/policies/{id}`` | ``{"result": …}``; ``404 resource_not_found`` |
| ``PUT /v1/data/{path}`` (JSON) | creates or replaces the document at the path; ``204`` |
| ``DELETE /v1/data/{path}`` | ``204``; ``404`` when absent |
| ``POST /v1/data/{path}`` ``{"input": …}``, ``GET /v1/data/{path}`` | ``{"result": …}``; ``{}`` when undefined |

Differences from OPA, none of which the govgate policy can observe: a POST without
``input`` evaluates with ``input`` = null (OPA: undefined); no ``PATCH``, no query or
compile API, no bundle plugin, no decision logs; a data document that collides with a
rule is not an error (regopy lets the data win); only regopy's Rego subset.

Workers: ``--workers N`` forks N processes sharing the listening socket (each one event
loop, evaluating on it, so one interpreter per process). The store is a JSON file in
``--state-dir`` replaced atomically under an exclusive lock, so a write through one worker
is seen by every worker on its next request (each request stats the file).
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import signal
import socket
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from policy.bundle import Module, compile_bundle
from policy.errors import BundleError

Response = tuple[int, Any]  # status, JSON body (None: no body)
_VALIDATE_ENTRYPOINT = "opa_compat/validate"


class StateStore:
    """Policies and the data document in one JSON file, shared by the worker processes."""

    def __init__(self, state_dir: Path) -> None:
        self.dir = Path(state_dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.file = self.dir / "state.json"
        self._lock_path = self.dir / "state.lock"
        if not self.file.exists():
            self._write({"policies": {}, "data": {}})

    def read(self) -> tuple[tuple[int, int, int], dict[str, Any]]:
        """(stamp, state): the stamp is taken from the very file that was read."""
        with self.file.open("rb") as handle:
            info = os.fstat(handle.fileno())
            return (info.st_ino, info.st_mtime_ns, info.st_size), json.loads(handle.read())

    def stamp(self) -> tuple[int, int, int]:
        info = os.stat(self.file)
        return info.st_ino, info.st_mtime_ns, info.st_size

    def update(self, change: Callable[[dict[str, Any]], Response | None]) -> Response | None:
        """Apply ``change`` to a copy of the state under the lock; a response it returns
        (an error) aborts the write. The new state is compiled before it is written."""
        with self._lock_path.open("a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            _, state = self.read()
            refused = change(state)
            if refused is not None:
                return refused
            try:
                compile_state(state)
            except BundleError as exc:
                return 400, compile_error_body(exc)
            self._write(state)
        return None

    def _write(self, state: dict[str, Any]) -> None:
        fd, tmp = tempfile.mkstemp(dir=self.dir, prefix=".state-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(state, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.file)


def _modules(state: dict[str, Any]) -> tuple[Module, ...]:
    return tuple(Module(pid, text) for pid, text in sorted(state["policies"].items()))


def compile_state(state: dict[str, Any], entrypoints: list[str] | None = None) -> Any:
    return compile_bundle(
        _modules(state), None, entrypoints or [_VALIDATE_ENTRYPOINT],
        data_json=json.dumps(state["data"], ensure_ascii=False),
    )


def compile_error_body(exc: BundleError) -> dict[str, Any]:
    locations = exc.locations or ()
    errors = [
        {"code": "rego_parse_error", "message": loc.message or exc.message,
         "location": {"file": loc.file, "row": loc.line, "col": loc.column}}
        for loc in locations
    ] or [{"code": "rego_compile_error", "message": exc.message,
           "location": {"file": exc.file, "row": exc.line, "col": exc.column}}]
    return {"code": "invalid_parameter", "message": "error(s) occurred while compiling module(s)", "errors": errors}


class Evaluator:
    """This process's view of the store: one compiled bundle per queried path."""

    def __init__(self, store: StateStore) -> None:
        self.store = store
        self._stamp: tuple[int, int, int] | None = None
        self._state: dict[str, Any] = {}
        self._compiled: dict[str, Any] = {}

    def state(self) -> dict[str, Any]:
        if self.store.stamp() != self._stamp:
            self._stamp, self._state = self.store.read()
            self._compiled = {}
        return self._state

    def evaluate(self, path: str, input_json: str) -> tuple[bool, Any]:
        """(defined, value) of ``data.<path>`` with the given input (JSON text)."""
        state = self.state()
        entrypoint = path.strip("/")
        if not entrypoint:
            return True, state["data"]  # the root: no rule can be evaluated there alone
        compiled = self._compiled.get(entrypoint)
        if compiled is None:
            compiled = self._compiled[entrypoint] = compile_state(state, [entrypoint])
        interpreter, bundle = compiled
        interpreter.set_input_term(input_json)
        output = interpreter.query_bundle_entrypoint(bundle, entrypoint)
        if not output.ok():
            raise RuntimeError(str(output)[:500])
        if len(output) == 0 or not output[0].expressions:
            return False, None
        return True, output[0].expressions[0]


class OpaCompatApp:
    """The ASGI application."""

    def __init__(self, store: StateStore) -> None:
        self.store = store
        self.evaluator = Evaluator(store)

    async def __call__(self, scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        try:
            status, payload = self.handle(scope["method"], unquote(scope["path"]), body)
        except Exception as exc:  # an evaluation fault is OPA's 500, never a silent result
            status, payload = 500, {"code": "internal_error", "message": f"{type(exc).__name__}: {exc}"[:500]}
        raw = b"" if payload is None else json.dumps(payload, ensure_ascii=False).encode("utf-8")
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(raw)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": raw})

    def handle(self, method: str, path: str, body: bytes) -> Response:
        if path == "/health":
            return 200, {}
        if path == "/v1/data" or path.startswith("/v1/data/"):
            return self._data(method, path.removeprefix("/v1/data").strip("/"), body)
        if path.rstrip("/") == "/v1/policies" and method == "GET":
            state = self.evaluator.state()
            return 200, {"result": [{"id": pid, "raw": text} for pid, text in sorted(state["policies"].items())]}
        if path.startswith("/v1/policies/"):
            return self._policy(method, path.removeprefix("/v1/policies/"), body)
        return 404, {"code": "resource_not_found", "message": f"{method} {path} is not supported"}

    def _policy(self, method: str, pid: str, body: bytes) -> Response:
        if method == "GET":
            text = self.evaluator.state()["policies"].get(pid)
            return (200, {"result": {"id": pid, "raw": text}}) if text is not None else _not_found(f"policy id {pid!r}")
        if method == "PUT":
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                return 400, {"code": "invalid_parameter", "message": "policy is not UTF-8"}

            def put(state: dict[str, Any]) -> Response | None:
                state["policies"][pid] = text
                return None

            return self.store.update(put) or (200, {})
        if method == "DELETE":
            def delete(state: dict[str, Any]) -> Response | None:
                if state["policies"].pop(pid, None) is None:
                    return _not_found(f"policy id {pid!r}")
                return None

            return self.store.update(delete) or (200, {})
        return 405, {"code": "invalid_parameter", "message": f"{method} not allowed on policies"}

    def _data(self, method: str, path: str, body: bytes) -> Response:
        keys = [k for k in path.split("/") if k]
        if method in ("POST", "GET"):
            input_json = "null"
            if method == "POST" and body.strip():
                try:
                    document = json.loads(body)
                except ValueError:
                    return 400, {"code": "invalid_parameter", "message": "body is not JSON"}
                if isinstance(document, dict) and "input" in document:
                    input_json = json.dumps(document["input"], ensure_ascii=False)
            defined, value = self.evaluator.evaluate("/".join(keys), input_json)
            return 200, ({"result": value} if defined else {})
        if method == "PUT":
            try:
                value = json.loads(body)
            except ValueError:
                return 400, {"code": "invalid_parameter", "message": "body is not JSON"}
            return self.store.update(lambda state: _set_path(state, keys, value)) or (204, None)
        if method == "DELETE":
            return self.store.update(lambda state: _delete_path(state, keys)) or (204, None)
        return 405, {"code": "invalid_parameter", "message": f"{method} not supported on data"}


def _not_found(what: str) -> Response:
    return 404, {"code": "resource_not_found", "message": f"storage_not_found_error: {what}"}


def _set_path(state: dict[str, Any], keys: list[str], value: Any) -> Response | None:
    if not keys:
        if not isinstance(value, dict):
            return 400, {"code": "invalid_parameter", "message": "the root document must be an object"}
        state["data"] = value
        return None
    node = state["data"]
    for key in keys[:-1]:
        child = node.setdefault(key, {})
        if not isinstance(child, dict):
            return 400, {"code": "invalid_parameter", "message": f"{key} is not an object"}
        node = child
    node[keys[-1]] = value
    return None


def _delete_path(state: dict[str, Any], keys: list[str]) -> Response | None:
    if not keys:
        state["data"] = {}
        return None
    node = state["data"]
    for key in keys[:-1]:
        node = node.get(key) if isinstance(node, dict) else None
    if not isinstance(node, dict) or keys[-1] not in node:
        return _not_found("/".join(keys))
    del node[keys[-1]]
    return None


# ---------------------------------------------------------------------------------------
# The process: bind, announce, serve (pre-forked workers)
# ---------------------------------------------------------------------------------------


def _serve(sock: socket.socket, store: StateStore) -> None:
    import uvicorn  # noqa: PLC0415 — only the server process needs it

    config = uvicorn.Config(OpaCompatApp(store), loop="uvloop", http="httptools", lifespan="off",
                            access_log=False, log_level="warning")
    uvicorn.Server(config).run(sockets=[sock])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m policy.opa_compat_server", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8181, help="0 picks a free port (printed on stdout)")
    parser.add_argument("--workers", type=int, default=1, help="worker processes sharing the socket")
    parser.add_argument("--state-dir", type=Path, default=None, help="default: a new temporary directory")
    args = parser.parse_args(argv)

    store = StateStore(args.state_dir or Path(tempfile.mkdtemp(prefix="opa-compat-")))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    sock.listen(1024)
    sock.set_inheritable(True)
    print(f"listening on http://{args.host}:{sock.getsockname()[1]} workers={args.workers} state={store.dir}", flush=True)

    if args.workers <= 1:
        _serve(sock, store)
        return 0
    children: list[int] = []
    for _ in range(args.workers):
        pid = os.fork()
        if pid == 0:  # child: serve until signalled
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            _serve(sock, store)
            os._exit(0)
        children.append(pid)

    def stop(signum: int, _frame: Any) -> None:
        for child in children:
            try:
                os.kill(child, signal.SIGTERM)
            except ProcessLookupError:
                pass

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    status = 0
    for _ in children:
        try:
            _, code = os.wait()
        except ChildProcessError:
            break
        status = status or (1 if code else 0)
        stop(signal.SIGTERM, None)  # one worker gone: take the others down too
    return status


if __name__ == "__main__":
    sys.exit(main())
