"""Masking free text: operators per type, nothing changed outside findings, idempotent, and a
masked text holds no finding a personal operator should have removed."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from classify.detect import Finding, Scanner
from classify.masking import MaskingError
from classify.textmask import TextMasker, mask_text, text_operators

SCANNER = Scanner()
TAG = re.compile(r"<[A-Z_]+>")
FRAGMENTS = [
    "申请人", "王建国", "，", "。", "身份证号", "11010519491231002X", "手机", "13857201234", "+86 139-5720-1234",
    "邮箱", "li.si@qq.com", "现住", "湖州市吴兴区飞英街道红旗路123号", "车牌", "浙E3K762", "依据浙政发〔2016〕6号",
    "补助3000元", "邮编313000", "银行卡号", "6225880669074396", "企业名称：湖州绿源农业开发有限公司", " ", "abc", "１２３",
]


def test_default_operators_tag_personal_types_and_keep_organisations() -> None:
    ops = text_operators()
    assert ops["default"] == "tag" and ops["ORGANIZATION"] == "keep"
    assert text_operators("mask")["default"] == "mask" and text_operators("mask")["ORGANIZATION"] == "keep"


def test_mask_text_known_answer() -> None:
    text = "企业名称：湖州绿源农业开发有限公司，法定代表人王建国，手机13857201234。"
    assert mask_text(text, SCANNER) == "企业名称：湖州绿源农业开发有限公司，法定代表人<PERSON>，手机<CN_MOBILE>。"


def test_overlapping_findings_are_refused() -> None:
    with pytest.raises(MaskingError):
        TextMasker().mask("abcdef", [Finding(0, 3, "PERSON", 0.9), Finding(2, 4, "CN_MOBILE", 0.9)])


def test_hash_operator_uses_the_key_and_never_the_value() -> None:
    import hashlib
    import hmac

    mac = lambda data: hmac.new(b"k" * 32, data, hashlib.sha256).hexdigest()  # noqa: E731
    masker = TextMasker(text_operators("hash"), mac=mac)
    out = masker.mask("手机13857201234", SCANNER.scan("手机13857201234"))
    assert "13857201234" not in out and out.startswith("手机") and len(out) == 2 + 32


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12))
def test_outside_findings_unchanged_idempotent_and_clean(parts: list[str]) -> None:
    text = "".join(parts)
    found = SCANNER.scan(text)
    masked = TextMasker().mask(text, found)
    # outside the findings, the text is unchanged and in order
    pos, rebuilt = 0, []
    for f in found:
        rebuilt.append(text[pos:f.start])
        rebuilt.append(f"<{f.type}>" if f.type != "ORGANIZATION" else text[f.start:f.end])
        pos = f.end
    rebuilt.append(text[pos:])
    assert masked == "".join(rebuilt)
    # An operator's output is never itself detected, so a second pass keeps every tag. (It may
    # still find a name the first pass missed once a tag gives it a boundary: detection is
    # contextual; the realistic cases below are idempotent.)
    tags = [(m.start(), m.end()) for m in TAG.finditer(masked)]
    for f in SCANNER.scan(masked):
        assert all(f.end <= a or f.start >= b for a, b in tags), (masked, f)
    assert len(TAG.findall(mask_text(masked, SCANNER))) >= len(tags)


def test_masking_is_idempotent_on_realistic_text() -> None:
    for text in ["申请人王建国，身份证号11010519491231002X，现住湖州市吴兴区飞英街道红旗路123号。",
                 "联系人李秀英 手机+86 139-5720-1234 邮箱li.si@qq.com", "依据浙政发〔2016〕6号，补助3000元，邮编313000。"]:
        once = mask_text(text, SCANNER)
        assert mask_text(once, SCANNER) == once
