"""HTTP Message Signatures (RFC 9421) and Content-Digest (RFC 9530): the pure parts.

No I/O and no clock: the caller passes the message, the signer and ``created``.  The
gateway's middleware adds the three headers this module computes (``Content-Digest``,
``Signature-Input``, ``Signature``); :mod:`keys.verify_response` checks a saved response.

Supported: derived components ``@status @method @target-uri @authority @scheme @path
@query @request-target`` and header fields (with ``;req`` for request components in a
response signature).  ``;sf``, ``;key``, ``;bs``, ``;tr`` and ``@query-param`` are refused
rather than half-implemented.  Algorithms: ``ed25519`` (RFC 9421 §3.3.6) and govgate's
``ed25519-sm3`` (gm suite: Ed25519 over an SM3 digest, see :mod:`keys.signing`).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from urllib.parse import urlsplit

from keys._sfv import InnerList, Item, SfvError, parse_dictionary, serialize_dictionary, serialize_inner_list, \
    serialize_item, serialize_params
from keys.errors import SignatureError
from keys.signing import Signer, verify_signature
from keys.suites import Algorithm, sm3

DIGESTS = {"sha-256": lambda b: hashlib.sha256(b).digest(), "sha-512": lambda b: hashlib.sha512(b).digest(),
           "sm3": sm3}  # "sm3" is not in the IANA registry: gm-suite extra, ignored by others per RFC 9530 §2
SIGNATURE_ALGORITHMS = {Algorithm.ED25519.value, Algorithm.ED25519_SM3.value}
DEFAULT_LABEL = "govgate"
RESPONSE_TAG = "govgate-response"
#: Response components signed when present (the audit receipt travels in these headers).
RESPONSE_COMPONENTS = ("@status", "content-type", "content-digest", "govgate-decision-id", "govgate-audit-index",
                       "govgate-audit-event-hash", "govgate-audit-root", "govgate-watermark")
_UNSUPPORTED_PARAMS = {"sf", "key", "bs", "tr", "name"}


@dataclass(frozen=True)
class HttpMessage:
    """One HTTP message as the signature sees it; header names are case-insensitive."""

    headers: Sequence[tuple[str, str]]
    status: int | None = None  # a response
    method: str | None = None  # a request
    target_uri: str | None = None  # a request: scheme://authority/path?query
    request: HttpMessage | None = None  # the request a response answers (``;req``)

    def field(self, name: str) -> str | None:
        return self._fields.get(name)

    @cached_property
    def _fields(self) -> dict[str, str]:
        """Lower-cased name → the field's values joined (RFC 9421 §2.1), computed once per message."""
        values: dict[str, list[str]] = {}
        for k, v in self.headers:
            values.setdefault(k.lower(), []).append(v.strip(" \t"))
        return {k: ", ".join(v) for k, v in values.items()}


@dataclass(frozen=True)
class VerifiedSignature:
    label: str
    keyid: str
    alg: str
    created: int
    components: tuple[str, ...]


def content_digest(body: bytes, algorithms: Sequence[str] = ("sha-256",)) -> str:
    """The ``Content-Digest`` field value (RFC 9530) for ``body``: what ``serialize_dictionary`` gives
    for ``{algorithm: Item(digest)}``, written directly (once per response)."""
    digests = {a: DIGESTS[a](body) for a in algorithms}
    return ", ".join([f"{a}=:{base64.b64encode(d).decode()}:" for a, d in digests.items()])


def verify_content_digest(field_value: str, body: bytes) -> list[str]:
    """Check every known algorithm in ``Content-Digest``; return the ones checked.

    Raises :class:`SignatureError` when none is known or any known one differs.
    """
    try:
        members = parse_dictionary(field_value)
    except SfvError as exc:
        raise SignatureError(f"Content-Digest does not parse: {exc}") from None
    checked = []
    for alg, member in members.items():
        if alg not in DIGESTS:
            continue
        if not isinstance(member, Item) or not isinstance(member.value, bytes):
            raise SignatureError(f"Content-Digest {alg} is not a byte sequence")
        if member.value != DIGESTS[alg](body):
            raise SignatureError(f"Content-Digest {alg} does not match the body (body modified)")
        checked.append(alg)
    if not checked:
        raise SignatureError("Content-Digest names no supported algorithm (sha-256, sha-512, sm3)")
    return checked


def _derived(name: str, msg: HttpMessage) -> str:
    if name == "@status":
        if msg.status is None:
            raise SignatureError("@status is only defined for responses")
        return f"{msg.status:03d}"
    if name == "@method":
        if msg.method is None:
            raise SignatureError("@method needs a request")
        return msg.method
    if msg.target_uri is None:
        raise SignatureError(f"{name} needs the request's target URI")
    uri = urlsplit(msg.target_uri)
    path = uri.path or "/"
    query = "?" + uri.query
    if name == "@target-uri":
        return msg.target_uri
    if name == "@scheme":
        return uri.scheme.lower()
    if name == "@authority":
        host = (uri.hostname or "").lower()
        default = {"http": 80, "https": 443}.get(uri.scheme.lower())
        return host if uri.port in (None, default) else f"{host}:{uri.port}"
    if name == "@path":
        return path
    if name == "@query":
        return query
    if name == "@request-target":
        return path + (query if uri.query else "")
    raise SignatureError(f"unsupported derived component {name}")


def _component_value(item: Item, msg: HttpMessage) -> str:
    if not isinstance(item.value, str):
        raise SignatureError("component identifiers are strings")
    params = dict(item.params) if item.params else {}
    if params and _UNSUPPORTED_PARAMS & params.keys():
        raise SignatureError(f"component parameters {sorted(_UNSUPPORTED_PARAMS & params.keys())} are not supported")
    target = msg
    if params and params.get("req") is True:
        if msg.request is None:
            raise SignatureError(f"{item.value};req needs the request")
        target = msg.request
    name = item.value
    value = _derived(name, target) if name.startswith("@") else target.field(name)
    if value is None:
        raise SignatureError(f"covered component {name!r} is not in the message")
    if "\n" in value or "\r" in value:
        raise SignatureError(f"component {name!r} contains a line break")
    return value


def signature_base(msg: HttpMessage, params: InnerList, serialized_params: str | None = None) -> bytes:
    """The signature base (RFC 9421 §2.5) for the covered components and parameters
    (``serialized_params``: ``serialize_inner_list(params)``, when the caller has it already)."""
    lines, seen = [], set()
    for item in params.items:
        ident = serialize_item(item)
        if ident in seen:
            raise SignatureError(f"component {ident} covered twice")
        if item.value == "@signature-params":
            raise SignatureError("@signature-params cannot be covered explicitly")
        seen.add(ident)
        lines.append(f"{ident}: {_component_value(item, msg)}")
    lines.append(f'"@signature-params": {serialized_params or serialize_inner_list(params)}')
    return "\n".join(lines).encode("utf-8")


def signature_params(components: Sequence[str | Item], *, created: int, keyid: str, alg: str | None,
                     expires: int | None = None, nonce: str | None = None, tag: str | None = None) -> InnerList:
    items = tuple(c if isinstance(c, Item) else Item(c) for c in components)
    params: list[tuple[str, int | str]] = [("created", created)]
    if expires is not None:
        params.append(("expires", expires))
    if nonce is not None:
        params.append(("nonce", nonce))
    params.append(("keyid", keyid))
    if alg is not None:
        params.append(("alg", alg))
    if tag is not None:
        params.append(("tag", tag))
    return InnerList(items, tuple(params))


def sign_message(msg: HttpMessage, signer: Signer, params: InnerList, *, label: str = DEFAULT_LABEL) -> dict[str, str]:
    """``Signature-Input`` and ``Signature`` field values for ``msg`` (RFC 9421 §3.1)."""
    serialized = serialize_inner_list(params)
    sig = signer.sign(signature_base(msg, params, serialized))
    # a one-member dictionary whose value is an inner list: ``label=(...)``, as serialize_dictionary writes it
    return {"Signature-Input": f"{label}={serialized}", "Signature": serialize_dictionary({label: Item(sig)})}


def sign_response(signer: Signer, *, status: int, headers: Sequence[tuple[str, str]], body: bytes, created: int,
                  digest_algorithms: Sequence[str] | None = None, label: str = DEFAULT_LABEL) -> list[tuple[str, str]]:
    """Headers to add to a response: Content-Digest, Signature-Input, Signature.

    Covers ``@status`` and whichever of :data:`RESPONSE_COMPONENTS` are present, with
    ``created``, ``keyid`` (the signer's key id), ``alg`` (its suite's algorithm) and
    ``tag="govgate-response"``.
    """
    algs = digest_algorithms or (("sha-256", "sm3") if signer.algorithm is Algorithm.ED25519_SM3 else ("sha-256",))
    digest = content_digest(body, algs)
    if type(status) is int and type(created) is int and abs(created) < _SF_INT_LIMIT:
        # Every response goes through here: the signature base is written straight from the few
        # header fields it covers, with the serialised parameters prepared once per set of covered
        # components and key (the general path below builds a message, Items and an inner list
        # on every call: ≈ 2/3 of this function's time). The same bytes; tests/keys compare both.
        fields = _response_fields(status, headers, digest)
        covered = tuple(c for c in RESPONSE_COMPONENTS if c in fields)
        idents, inner, after_created = _response_params(covered, signer.key_id, signer.algorithm.value)
        serialized = f"{inner};created={created}{after_created}"
        lines = [f"{ident}: {fields[name]}" for ident, name in zip(idents, covered)]
        lines.append(f'"@signature-params": {serialized}')
        base = "\n".join(lines)
        if "\r" not in base and base.count("\n") == len(covered):  # no line break inside a value
            sig = signer.sign(base.encode("utf-8"))
            return [("Content-Digest", digest), ("Signature-Input", f"{label}={serialized}"),
                    ("Signature", f"{label}=:{base64.b64encode(sig).decode()}:")]
    return _sign_response_general(signer, status=status, headers=headers, digest=digest, created=created,
                                  label=label)


_SF_INT_LIMIT = 10**15  # RFC 8941 integers (keys._sfv.serialize_bare)
_RESPONSE_HEADER_FIELDS = frozenset(c for c in RESPONSE_COMPONENTS if not c.startswith("@")) - {"content-digest"}


def _response_fields(status: int, headers: Sequence[tuple[str, str]], digest: str) -> dict[str, str]:
    """The covered components' values as ``HttpMessage.field`` gives them for the message
    ``_sign_response_general`` builds (the headers without Content-Digest, then ours), and
    ``@status`` — keyed by component name, only those present."""
    values: dict[str, list[str]] = {}
    for k, v in headers:
        name = k.lower()
        if name in _RESPONSE_HEADER_FIELDS:
            values.setdefault(name, []).append(v.strip(" \t"))
    fields = {k: ", ".join(v) for k, v in values.items()}
    fields["content-digest"] = digest.strip(" \t")
    fields["@status"] = f"{status:03d}"
    return fields


@lru_cache(maxsize=64)
def _response_params(covered: tuple[str, ...], keyid: str, alg: str) -> tuple[tuple[str, ...], str, str]:
    """Each covered component's identifier, the serialised inner list of them, and the serialised
    parameters after ``created`` — what ``signature_params``/``serialize_inner_list`` give for a
    response signature. A key id that cannot be serialised raises each time (nothing cached)."""
    params = signature_params(covered, created=0, keyid=keyid, alg=alg, tag=RESPONSE_TAG)
    idents = tuple(serialize_item(item) for item in params.items)
    return idents, "(" + " ".join(idents) + ")", serialize_params(params.params[1:])


def _sign_response_general(signer: Signer, *, status: int, headers: Sequence[tuple[str, str]], digest: str,
                           created: int, label: str) -> list[tuple[str, str]]:
    added = [("Content-Digest", digest)]
    msg = HttpMessage(headers=[*[(k, v) for k, v in headers if k.lower() != "content-digest"], *added], status=status)
    covered = [c for c in RESPONSE_COMPONENTS if c.startswith("@") or msg.field(c) is not None]
    params = signature_params(covered, created=created, keyid=signer.key_id, alg=signer.algorithm.value,
                              tag=RESPONSE_TAG)
    added += list(sign_message(msg, signer, params, label=label).items())
    return added


def verify_message(msg: HttpMessage, public_keys: Mapping[str, bytes], *, label: str | None = None,
                   required: Sequence[str] = (), key_algorithms: Mapping[str, str] | None = None,
                   now: int | None = None, max_age: int | None = None, max_skew: int = 60) -> VerifiedSignature:
    """Verify one signature on ``msg``; return what it covers, raise :class:`SignatureError`.

    ``label`` picks the signature (default: the only one, or the one tagged
    ``govgate-response``). ``key_algorithms`` pins a key id to its algorithm so a
    signature cannot choose how it is checked.
    """
    sig_input, sig_field = msg.field("signature-input"), msg.field("signature")
    if sig_input is None or sig_field is None:
        raise SignatureError("no Signature-Input / Signature fields: the message is not signed")
    try:
        inputs, sigs = parse_dictionary(sig_input), parse_dictionary(sig_field)
    except SfvError as exc:
        raise SignatureError(f"signature fields do not parse: {exc}") from None
    if label is None:
        tagged = [k for k, v in inputs.items() if isinstance(v, InnerList) and v.param("tag") == RESPONSE_TAG]
        candidates = tagged or list(inputs)
        if len(candidates) != 1:
            raise SignatureError(f"{len(candidates)} candidate signatures; name one with a label")
        label = candidates[0]
    params, sig = inputs.get(label), sigs.get(label)
    if not isinstance(params, InnerList) or not isinstance(sig, Item) or not isinstance(sig.value, bytes):
        raise SignatureError(f"signature {label!r} is missing or malformed")
    keyid, alg, created = params.param("keyid"), params.param("alg"), params.param("created")
    if not isinstance(keyid, str) or not isinstance(created, int) or isinstance(created, bool):
        raise SignatureError("signature parameters must include keyid and created")
    pinned = (key_algorithms or {}).get(keyid)
    alg = alg if alg is not None else pinned or Algorithm.ED25519.value
    if alg not in SIGNATURE_ALGORITHMS or not isinstance(alg, str):
        raise SignatureError(f"unsupported signature algorithm {alg!r}")
    if pinned is not None and pinned != alg:
        raise SignatureError(f"key {keyid} is an {pinned} key, the signature claims {alg}")
    covered = tuple(str(i.value) for i in params.items)
    missing = [c for c in required if c not in covered]
    if missing:
        raise SignatureError(f"the signature does not cover {', '.join(missing)}")
    if now is not None:
        expires = params.param("expires")
        if created > now + max_skew:
            raise SignatureError("signature created in the future")
        if isinstance(expires, int) and not isinstance(expires, bool) and now > expires:
            raise SignatureError("signature expired")
        if max_age is not None and now - created > max_age:
            raise SignatureError(f"signature older than {max_age} s")
    if keyid not in public_keys:
        raise SignatureError(f"no trusted key with id {keyid}")
    verify_signature(Algorithm(alg), public_keys[keyid], sig.value, signature_base(msg, params))
    return VerifiedSignature(label=label, keyid=keyid, alg=alg, created=created, components=covered)
