"""Verify a saved gateway response offline: ``govgate verify-response saved.http``.

A receiving department saves the response as it arrived (``curl -si … > saved.http``, or
the headers and body separately) and checks it against the gateway's exported public key
(``govgate keys export-public --purpose response-signing``).  The steps, each of which
names itself when it fails:

1. parse the saved response (status line, header fields, body);
2. find the signature (``Signature-Input`` / ``Signature``; the one tagged
   ``govgate-response``) and check its parameters;
3. check it covers ``@status`` and ``content-digest`` (else the body is unprotected);
4. find its key among the trusted keys (destroyed keys are named as such);
5. check ``Content-Digest`` against the body (RFC 9530);
6. check the signature over the signature base (RFC 9421).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from keys.errors import KeyFileError, SignatureError
from keys.http_signatures import HttpMessage, verify_content_digest, verify_message
from keys.signing import parse_verifier_key

REQUIRED = ("@status", "content-digest")
_STATUS_RE = re.compile(rb"^HTTP/\d(?:\.\d)? (\d{3})(?: .*)?$")


class ResponseVerificationError(SignatureError):
    """A saved response did not verify; ``step`` is the numbered step that failed."""

    def __init__(self, step: int, reason: str) -> None:
        super().__init__(f"step {step}: {reason}")
        self.step = step
        self.reason = reason


@dataclass(frozen=True)
class VerifiedResponse:
    status: int
    keyid: str
    alg: str
    created: int
    components: tuple[str, ...]
    digests: tuple[str, ...]
    body: bytes


def parse_http_response(raw: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
    """Status, header fields and body of a saved HTTP/1.x (or curl-printed HTTP/2) response.

    Interim ``1xx`` blocks are skipped; a chunked body is de-chunked when it is framed.
    """
    rest, body = raw, b""
    while True:
        head, sep, body = rest.partition(b"\r\n\r\n")
        if not sep:
            head, sep, body = rest.partition(b"\n\n")
        if not sep:
            raise ValueError("no blank line after the header fields")
        lines = head.replace(b"\r\n", b"\n").split(b"\n")
        m = _STATUS_RE.match(lines[0].strip())
        if not m:
            raise ValueError("the first line is not an HTTP status line")
        status = int(m.group(1))
        if 100 <= status < 200:
            rest = body
            continue
        break
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        if line[:1] in (b" ", b"\t"):
            raise ValueError("obsolete line folding in header fields")
        name, colon, value = line.partition(b":")
        if not colon or not name or name != name.strip():
            raise ValueError(f"malformed header line {line[:40]!r}")
        headers.append((name.decode("ascii"), value.strip(b" \t").decode("latin-1")))
    fields = {k.lower(): v for k, v in headers}
    if "chunked" in fields.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    elif "content-length" in fields:
        length = int(fields["content-length"])
        if len(body) < length:
            raise ValueError(f"body truncated ({len(body)} of {length} bytes)")
        body = body[:length]
    return status, headers, body


def _dechunk(body: bytes) -> bytes:
    out, pos = bytearray(), 0
    try:
        while True:
            end = body.index(b"\r\n", pos)
            size = int(body[pos:end].split(b";")[0], 16)
            if size == 0:
                return bytes(out)
            out += body[end + 2:end + 2 + size]
            pos = end + 2 + size + 2
    except ValueError:
        return body  # already de-chunked (curl prints the decoded body)


def trusted_keys(verifier_keys: Sequence[str]) -> dict[str, bytes]:
    """``{key id: public key}`` from note verifier keys; an empty list is an error."""
    if not verifier_keys:
        raise ResponseVerificationError(4, "no trusted public keys given")
    try:
        parsed = [parse_verifier_key(v.strip()) for v in verifier_keys]
    except KeyFileError as exc:
        raise ResponseVerificationError(4, f"bad verifier key: {exc}") from None
    return {p.key_id: p.public_key_bytes for p in parsed}


def verify_saved_response(raw: bytes | None = None, *, trusted: Mapping[str, bytes] | Sequence[str],
                          status: int | None = None, headers: Sequence[tuple[str, str]] | None = None,
                          body: bytes | None = None, destroyed: Mapping[str, str] | None = None,
                          now: int | None = None, max_age: int | None = None) -> VerifiedResponse:
    """Verify a saved response (``raw`` bytes, or ``status``/``headers``/``body``); raise
    :class:`ResponseVerificationError` naming the step that failed."""
    keys = dict(trusted) if isinstance(trusted, Mapping) else trusted_keys(trusted)
    if not keys:
        raise ResponseVerificationError(4, "no trusted public keys given")
    if raw is not None:  # 1
        try:
            status, headers, body = parse_http_response(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ResponseVerificationError(1, f"not a saved HTTP response: {exc}") from None
    if status is None or headers is None or body is None:
        raise ResponseVerificationError(1, "give the raw response, or status, headers and body")
    msg = HttpMessage(headers=list(headers), status=status)
    try:  # 2-3: structure, parameters and coverage, before any key is used
        verify_message(msg, _AnyKey(), required=REQUIRED, now=now, max_age=max_age)
    except _Probe as probe:
        keyid = probe.keyid
    except SignatureError as exc:
        step = 3 if "does not cover" in str(exc) else 2
        raise ResponseVerificationError(step, str(exc)) from None
    if keyid not in keys:  # 4
        if destroyed and keyid in destroyed:
            raise ResponseVerificationError(4, f"signed by key {keyid}, destroyed {destroyed[keyid]}: "
                                               "its signatures are no longer trusted")
        raise ResponseVerificationError(4, f"signed by key {keyid}, which is not among the trusted keys "
                                           f"({', '.join(sorted(keys))})")
    digest_field = msg.field("content-digest")
    try:  # 5
        digests = verify_content_digest(digest_field or "", body)
    except SignatureError as exc:
        raise ResponseVerificationError(5, str(exc)) from None
    try:  # 6
        verified = verify_message(msg, keys, required=REQUIRED, now=now, max_age=max_age)
    except SignatureError as exc:
        raise ResponseVerificationError(6, f"{exc} (status, a signed header or the digest was modified)") from None
    return VerifiedResponse(status=status, keyid=verified.keyid, alg=verified.alg, created=verified.created,
                            components=verified.components, digests=tuple(digests), body=body)


class _Probe(Exception):
    def __init__(self, keyid: str) -> None:
        self.keyid = keyid


class _AnyKey(Mapping[str, bytes]):
    """A key map that stops verification at the key lookup, reporting the key id asked for."""

    def __contains__(self, key: object) -> bool:
        return True

    def __getitem__(self, key: str) -> bytes:
        raise _Probe(key)

    def __iter__(self):  # noqa: ANN204
        return iter(())

    def __len__(self) -> int:
        return 0
