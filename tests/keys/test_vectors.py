"""Known-answer tests: every published vector in tests/keys/vectors/ (see its README)."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from keys import HttpMessage, Signer, verify_ed25519
from keys._sfv import parse_dictionary
from keys.hazmat.ff1 import FF1, decrypt_string, encrypt_string
from keys.hazmat.gcm import open_, seal
from keys.http_signatures import content_digest, sign_message, signature_base, verify_content_digest, verify_message
from keys.suites import Algorithm, sm3

VECTORS = Path(__file__).parent / "vectors"


def _load(name: str) -> list[dict[str, Any]]:
    return json.loads((VECTORS / name).read_text(encoding="utf-8"))["vectors"]


def _b64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@pytest.mark.parametrize("v", _load("ed25519_rfc8032.json"), ids=lambda v: v["name"])
def test_ed25519_rfc8032(v: dict[str, Any]) -> None:
    seed, public, msg, sig = (bytes.fromhex(v[k]) for k in ("secret_key", "public_key", "message", "signature"))
    key = Ed25519PrivateKey.from_private_bytes(seed)
    assert key.public_key().public_bytes_raw() == public
    assert Signer.from_seed("rfc8032", seed).sign(msg) == sig
    verify_ed25519(public, sig, msg)


@pytest.mark.parametrize("v", _load("sm3_gbt32905.json"), ids=lambda v: v["name"])
def test_sm3_gbt32905(v: dict[str, Any]) -> None:
    assert sm3(v["message_ascii"].encode("ascii")).hex() == v["digest"]


@pytest.mark.parametrize("v", _load("sm4_gbt32907.json"), ids=lambda v: v["name"])
def test_sm4_gbt32907(v: dict[str, Any]) -> None:
    enc = Cipher(algorithms.SM4(bytes.fromhex(v["key"])), modes.ECB()).encryptor()
    block = bytes.fromhex(v["plaintext"])
    for _ in range(v["iterations"]):
        block = enc.update(block)
    assert block.hex() == v["ciphertext"]


@pytest.mark.parametrize(("name", "alg"), [("sm4_gcm_rfc8998.json", Algorithm.SM4_GCM),
                                           ("aes_gcm_cavp.json", Algorithm.AES_256_GCM)])
def test_gcm(name: str, alg: Algorithm) -> None:
    for v in _load(name):
        key, iv, aad, pt, ct, tag = (bytes.fromhex(v[k]) for k in ("key", "iv", "aad", "plaintext", "ciphertext",
                                                                  "tag"))
        assert seal(alg, key, iv, pt, aad) == ct + tag, v["name"]
        assert open_(alg, key, iv, ct + tag, aad) == pt


@pytest.mark.parametrize("v", _load("ff1_nist_samples.json"), ids=lambda v: f"sample{v['sample']}")
def test_ff1_nist_samples(v: dict[str, Any]) -> None:
    ff1 = FF1(bytes.fromhex(v["key"]), v["radix"])
    tweak = bytes.fromhex(v["tweak"])
    assert encrypt_string(ff1, v["plaintext"], v["alphabet"], tweak) == v["ciphertext"]
    assert decrypt_string(ff1, v["ciphertext"], v["alphabet"], tweak) == v["plaintext"]


def test_rfc9421_b26_ed25519() -> None:
    v = json.loads((VECTORS / "rfc9421_b26.json").read_text(encoding="utf-8"))
    seed, public = _b64url(v["key"]["d"]), _b64url(v["key"]["x"])
    req = v["request"]
    msg = HttpMessage(headers=[tuple(h) for h in req["headers"]], method=req["method"],
                      target_uri=req["target_uri"])
    params = parse_dictionary(v["signature_input"])[v["label"]]
    assert signature_base(msg, params).decode() == v["signature_base"]  # type: ignore[arg-type]
    signer = Signer.from_seed("test-key-ed25519", seed)
    assert signer.public_key_bytes == public
    out = sign_message(msg, signer, params, label=v["label"])  # type: ignore[arg-type]
    assert out == {"Signature-Input": v["signature_input"], "Signature": v["signature"]}  # Ed25519 is deterministic
    signed = HttpMessage(headers=[*msg.headers, ("Signature-Input", v["signature_input"]),
                                  ("Signature", v["signature"])], method=req["method"], target_uri=req["target_uri"])
    verified = verify_message(signed, {v["key"]["kid"]: public})
    assert verified.keyid == "test-key-ed25519" and verified.created == 1618884473
    verify_content_digest(dict(msg.headers)["Content-Digest"], req["body"].encode())


@pytest.mark.parametrize("v", _load("rfc9530_content_digest.json"), ids=lambda v: v["algorithm"])
def test_rfc9530_content_digest(v: dict[str, Any]) -> None:
    assert content_digest(v["body"].encode(), [v["algorithm"]]) == v["field"]
    assert verify_content_digest(v["field"], v["body"].encode()) == [v["algorithm"]]
