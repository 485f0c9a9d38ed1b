"""The policy package's error vocabulary: one root, two kinds.

``PolicyError``        — root; catch this to catch anything policy/ raises.
``BundleError``        — the bundle (Rego modules, rules data) cannot be loaded or
                         compiled; carries the file, line and column when regopy names them.
``PolicyUnavailable``  — no trustworthy decision can be produced right now (engine error,
                         undefined or malformed output). Fail closed: the gateway answers 503.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


class PolicyError(Exception):
    """Root of every error raised by the policy package."""

    def diagnostics(self) -> str:
        """A longer, operator-facing explanation (server logs, CLI); never sent to clients."""
        return str(self)


@dataclass(frozen=True)
class RegoLocation:
    """One error location reported by rego-cpp."""

    file: str
    line: int | None
    column: int | None
    message: str


class BundleError(PolicyError):
    """A policy bundle could not be loaded or compiled."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        detail: str = "",
        locations: tuple[RegoLocation, ...] = (),
    ) -> None:
        where = file or ""
        if file and line is not None:
            where = f"{file}:{line}" + (f":{column}" if column is not None else "")
        super().__init__(f"{where}: {message}" if where else message)
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.detail = detail
        self.locations = locations

    def diagnostics(self) -> str:
        lines = [str(self)]
        lines += [f"  also {loc.file}:{loc.line}:{loc.column}: {loc.message}" for loc in self.locations[1:]]
        if self.detail:
            lines.append(self.detail)
        return "\n".join(lines)


class PolicyUnavailable(PolicyError):
    """No decision could be made; callers must refuse the request (HTTP 503)."""


# rego-cpp reports errors as an S-expression whose strings are length-prefixed in bytes:
#   (error 13:dir/file.rego|35|2
#     (errormsg 24:Invalid boolean operator) ...
# the numbers after the file name are the byte offset and length in that module.
_ERROR_HEAD = re.compile(rb"\(error (\d+):")
_ERRORMSG_HEAD = re.compile(rb"\(errormsg (\d+):")
_SPAN = re.compile(rb"\|(\d+)\|(\d+)")


def parse_rego_error(text: str, sources: dict[str, str]) -> tuple[RegoLocation, ...]:
    """Extract (file, line, column, message) for each error in a RegoError message.

    ``sources`` maps the module names given to regopy to their text, so byte offsets
    can be turned into 1-based line and column numbers.
    """
    raw = text.encode("utf-8")
    found: list[RegoLocation] = []
    for head in _ERROR_HEAD.finditer(raw):
        start = head.end()
        file = raw[start : start + int(head.group(1))].decode("utf-8", "replace")
        span = _SPAN.match(raw, start + int(head.group(1)))
        msg_head = _ERRORMSG_HEAD.search(raw, start)
        message = ""
        if msg_head:
            mstart = msg_head.end()
            message = raw[mstart : mstart + int(msg_head.group(1))].decode("utf-8", "replace")
        line = column = None
        if span and file in sources:
            line, column = _line_column(sources[file], int(span.group(1)))
        found.append(RegoLocation(file=file, line=line, column=column, message=message))
    return tuple(found)


def _line_column(source: str, byte_offset: int) -> tuple[int, int]:
    before = source.encode("utf-8")[:byte_offset]
    line = before.count(b"\n") + 1
    column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
    return line, column


def bundle_error_from_rego(text: str, sources: dict[str, str], bundle_dir: Path | None = None) -> BundleError:
    """Turn a regopy RegoError message into a BundleError naming the first location."""
    locations = parse_rego_error(text, sources)
    if not locations:
        return BundleError("Rego compilation failed", detail=text.strip()[:4000])
    first = locations[0]
    file = first.file
    if bundle_dir is not None:
        file = str(bundle_dir / first.file)
    return BundleError(
        first.message or "Rego compilation failed",
        file=file,
        line=first.line,
        column=first.column,
        locations=locations,
    )
