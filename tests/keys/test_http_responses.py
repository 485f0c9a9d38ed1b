"""Signed responses: sign like the gateway will, save like a department would, verify offline."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from keys import Keyring, ResponseVerificationError, Signer, sign_response, verify_saved_response
from keys._sfv import Item, serialize_dictionary
from keys.cli import keys_app
from keys.http_signatures import DIGESTS, _sign_response_general, content_digest
from keys.suites import Algorithm
from tests.keys.conftest import LATER

CREATED = 1_780_000_000
BODY = json.dumps({"dataset": "population", "rows": [{"name": "李平兵", "resident_id": "330***********6270"}],
                   "receipt": {"index": 0, "event_hash": "7abfee8d"}}, ensure_ascii=False).encode()
HEADERS = [("Content-Type", "application/json"), ("Govgate-Decision-Id", "01a226b9-0000-7000-8000-000000000000"),
           ("Govgate-Audit-Index", "0"), ("Govgate-Audit-Event-Hash", "7abfee8d"), ("Govgate-Audit-Root", "b6c92584")]


def _saved(signer: Signer, *, status: int = 200, headers: list[tuple[str, str]] | None = None,
           body: bytes = BODY, created: int = CREATED) -> bytes:
    hdrs = list(HEADERS if headers is None else headers)
    signed = hdrs + sign_response(signer, status=status, headers=hdrs, body=body, created=created)
    lines = [f"HTTP/1.1 {status} OK", *(f"{k}: {v}" for k, v in signed), f"Content-Length: {len(body)}", "", ""]
    return "\r\n".join(lines).encode("latin-1") + body


@pytest.fixture
def signer(keyring: Keyring) -> Signer:
    return keyring.signer("response-signing")


def test_round_trip(keyring: Keyring, signer: Signer) -> None:
    ok = verify_saved_response(_saved(signer), trusted=[keyring.export_public("response-signing")])
    assert (ok.status, ok.keyid, ok.alg, ok.created, ok.body) == (200, signer.key_id, "ed25519", CREATED, BODY)
    assert ok.components == ("@status", "content-type", "content-digest", "govgate-decision-id",
                             "govgate-audit-index", "govgate-audit-event-hash", "govgate-audit-root")
    assert ok.digests == ("sha-256",)


@pytest.mark.parametrize(("tamper", "step"), [
    (lambda raw: raw.replace("李平兵".encode(), "李平丙".encode()), 5),  # body
    (lambda raw: raw.replace(b"HTTP/1.1 200", b"HTTP/1.1 203"), 6),  # status
    (lambda raw: raw.replace(b"Govgate-Audit-Index: 0", b"Govgate-Audit-Index: 1"), 6),  # the receipt
    (lambda raw: raw.replace(b"Content-Type: application/json", b"Content-Type: text/html"), 6),
    (lambda raw: raw.replace(b"created=", b"created=1"), 6),  # signature parameters
    (lambda raw: raw.replace(b"Signature: govgate=:", b"Signature: govgate=:AA"), 6),
    (lambda raw: raw.replace(b"\r\nSignature: ", b"\r\nX-Removed: "), 2),
    (lambda raw: raw.replace(b"HTTP/1.1", b"HTTQ/1.1"), 1),
])
def test_tampered_responses_fail_at_the_step_that_catches_them(keyring: Keyring, signer: Signer, tamper: object,
                                                               step: int) -> None:
    raw = tamper(_saved(signer))  # type: ignore[operator]
    with pytest.raises(ResponseVerificationError) as info:
        verify_saved_response(raw, trusted=[keyring.export_public("response-signing")])
    assert info.value.step == step, info.value


def test_unknown_destroyed_and_missing_keys(keyring: Keyring, signer: Signer) -> None:
    raw = _saved(signer)
    other = Signer.from_seed("govgate.huzhou/response", bytes(32))
    with pytest.raises(ResponseVerificationError, match="not among the trusted keys") as info:
        verify_saved_response(raw, trusted=[other.verifier_key])
    assert info.value.step == 4
    with pytest.raises(ResponseVerificationError, match="destroyed 2026"):
        verify_saved_response(raw, trusted=[other.verifier_key], destroyed={signer.key_id: "2026-06-01T08:00:00Z"})
    with pytest.raises(ResponseVerificationError, match="no trusted public keys"):
        verify_saved_response(raw, trusted=[])


def test_a_signature_that_does_not_cover_the_digest_is_refused(keyring: Keyring, signer: Signer) -> None:
    from keys.http_signatures import HttpMessage, sign_message, signature_params

    msg = HttpMessage(headers=HEADERS, status=200)
    params = signature_params(["@status", "content-type"], created=CREATED, keyid=signer.key_id, alg="ed25519",
                              tag="govgate-response")
    headers = [*HEADERS, *sign_message(msg, signer, params).items()]
    with pytest.raises(ResponseVerificationError, match="does not cover content-digest") as info:
        verify_saved_response(status=200, headers=headers, body=BODY,
                              trusted=[keyring.export_public("response-signing")])
    assert info.value.step == 3


def test_age_limits(keyring: Keyring, signer: Signer) -> None:
    trusted = [keyring.export_public("response-signing")]
    verify_saved_response(_saved(signer), trusted=trusted, now=CREATED + 100, max_age=300)
    with pytest.raises(ResponseVerificationError, match="older than"):
        verify_saved_response(_saved(signer), trusted=trusted, now=CREATED + 301, max_age=300)
    with pytest.raises(ResponseVerificationError, match="future"):
        verify_saved_response(_saved(signer), trusted=trusted, now=CREATED - 3600, max_age=300)


def test_gm_suite_response_and_rotation(tmp_path: Path) -> None:
    kr = Keyring.open(tmp_path / "keys", create=True, suite="gm")
    kr.ensure_defaults()
    gm = kr.signer("response-signing")
    saved_gm = _saved(gm)
    assert b"sm3=:" in saved_gm and b'alg="ed25519-sm3"' in saved_gm
    kr.rotate("response-signing", suite="intl", now=LATER)
    saved_intl = _saved(kr.signer("response-signing"))
    trusted = {k: v.public_bytes_raw() for k, v in Keyring.open(tmp_path / "keys").public_keys(
        "response-signing").items()}
    assert verify_saved_response(saved_gm, trusted=trusted).alg == "ed25519-sm3"
    assert verify_saved_response(saved_intl, trusted=trusted).alg == "ed25519"
    forged = saved_gm.replace(b'alg="ed25519-sm3"', b'alg="ed25519"')  # claim the other suite
    with pytest.raises(ResponseVerificationError):
        verify_saved_response(forged, trusted=trusted)


def test_chunked_and_interim_responses_parse(keyring: Keyring, signer: Signer) -> None:
    raw = _saved(signer).replace(f"Content-Length: {len(BODY)}".encode(), b"Transfer-Encoding: chunked")
    head, body = raw.split(b"\r\n\r\n", 1)
    chunked = head + b"\r\n\r\n" + f"{len(body[:10]):x}\r\n".encode() + body[:10] + b"\r\n" + \
        f"{len(body[10:]):x}\r\n".encode() + body[10:] + b"\r\n0\r\n\r\n"
    trusted = [keyring.export_public("response-signing")]
    assert verify_saved_response(b"HTTP/1.1 100 Continue\r\n\r\n" + chunked, trusted=trusted).body == BODY
    assert verify_saved_response(raw, trusted=trusted).body == BODY  # curl prints bodies de-chunked


def test_verify_response_command(tmp_path: Path, keyring: Keyring, signer: Signer,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVGATE_HOME", str(tmp_path))
    saved, bad = tmp_path / "saved.http", tmp_path / "bad.http"
    saved.write_bytes(_saved(signer))
    bad.write_bytes(_saved(signer).replace("李平兵".encode(), "李平丙".encode()))
    runner = CliRunner()
    vkey = keyring.export_public("response-signing")
    ok = runner.invoke(keys_app, ["verify-response", str(saved), "--verifier-key", vkey])
    assert ok.exit_code == 0 and ok.output.startswith("OK: status 200") and signer.key_id in ok.output
    assert runner.invoke(keys_app, ["verify-response", str(saved)]).exit_code == 0  # keys from the keyring
    failed = runner.invoke(keys_app, ["verify-response", str(bad), "--verifier-key", vkey])
    assert failed.exit_code == 1 and "FAILED step 5" in failed.output and "body modified" in failed.output
    assert runner.invoke(keys_app, ["verify-response", str(tmp_path / "none.http"), "--verifier-key",
                                    vkey]).exit_code == 2


_NAMES = st.sampled_from(["Content-Type", "content-type", "Govgate-Decision-Id", "govgate-audit-index",
                          "Govgate-Audit-Event-Hash", "govgate-audit-root", "govgate-watermark", "Content-Digest",
                          "content-length", "x-other"])
_VALUES = st.text(st.characters(codec="latin-1"), max_size=12)


def _outcome(fn: Callable[[], object]) -> object:
    try:
        return fn()
    except Exception as exc:  # noqa: BLE001 - the comparison is of what each raises
        return type(exc), str(exc)


@settings(max_examples=300, deadline=None)
@given(headers=st.lists(st.tuples(_NAMES, _VALUES), max_size=8), status=st.integers(-5, 1200),
       created=st.one_of(st.integers(-2 * 10**15, 2 * 10**15), st.sampled_from([0, 10**15 - 1, 10**15, -10**15])),
       body=st.binary(max_size=64), gm=st.booleans(), label=st.sampled_from(["govgate", "sig1"]))
def test_sign_response_writes_what_the_general_construction_writes(headers: list[tuple[str, str]], status: int,
                                                                   created: int, body: bytes, gm: bool,
                                                                   label: str) -> None:
    """The direct construction (every response) against the message-and-Items one it replaces:
    the same headers, byte for byte (Ed25519 is deterministic), or the same refusal."""
    algorithm = Algorithm.ED25519_SM3 if gm else Algorithm.ED25519
    signer = Signer.from_seed("govgate-test", bytes(range(32)), algorithm)
    algs = ("sha-256", "sm3") if gm else ("sha-256",)
    assert content_digest(body, algs) == serialize_dictionary({a: Item(DIGESTS[a](body)) for a in algs})
    direct = _outcome(lambda: sign_response(signer, status=status, headers=headers, body=body, created=created,
                                            label=label))
    general = _outcome(lambda: _sign_response_general(signer, status=status, headers=headers,
                                                      digest=content_digest(body, algs), created=created,
                                                      label=label))
    assert direct == general
