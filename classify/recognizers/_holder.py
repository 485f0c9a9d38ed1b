"""A travel document's number written right after its holder's name.

Registers and lists give a person's document beside the name with no word for it: in brackets
(股东：王鑫浩（E50535442）), or as the next cell of a row without a header (郁新振 | CK5792419 |
18007700830, guests of a homestay). The passport and permit recognizers raise a number of their own
shape there a little: the shape says which document, the name says it is a person's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar

from classify.lexicon import surnames
from classify.recognizers._base import Span

HOLDER_BOOST = 0.1


@lru_cache(maxsize=1)
def _name_before() -> re.Pattern:
    """A name (a lexicon surname and one or two characters) that ends where the number's cell or
    bracket begins; normalized text, so brackets and commas are ASCII."""
    singles, compounds = surnames()
    single, compound = "".join(sorted(singles)), "|".join(sorted(compounds))
    return re.compile(rf"(?:^|[:,;、\s|])(?:[{single}]|{compound})[\u4e00-\u9fff]{{1,2}}(?P<open>\(|[ ]?\|[ ]?|\t|,)\Z")


_CELL_END = re.compile(r"[ ]?\||\t|,|\n|\Z")


def after_holder(norm: str, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` stands right after a person's name, in brackets or as the next cell."""
    m = _name_before().search(norm, max(0, start - 10), start)
    if m is None:
        return False
    if m.group("open") == "(":
        return norm[end:end + 1] == ")"
    return _CELL_END.match(norm, end) is not None


class HolderBoost:
    """Mixin for a pattern recognizer: ``HOLDER_SHAPE`` after its holder's name scores ``HOLDER_BOOST`` more."""

    HOLDER_SHAPE: ClassVar[re.Pattern]
    MAX_BASE_SCORE: float

    def __init__(self) -> None:
        super().__init__()
        self.MAX_BASE_SCORE += HOLDER_BOOST  # so find() runs the patterns without a document's word

    def spans(self, norm: str) -> list[Span]:
        shape = self.HOLDER_SHAPE
        return [(s, e, sc + HOLDER_BOOST if shape.fullmatch(norm, s, e) and after_holder(norm, s, e) else sc)
                for s, e, sc in super().spans(norm)]  # type: ignore[misc]
