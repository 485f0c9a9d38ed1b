"""jieba (0.42.1) as a dictionary: word frequencies, part-of-speech tags, short segmentations.

Loaded lazily on first use (≈ 1 s: the prefix dictionary, then the tag table); jieba keeps
its own cache file in the temp directory. Only the rule-based recognizers use it.
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache

__all__ = ["common_word", "is_name_word", "segment", "word_freq"]

_lock = threading.Lock()
# Words jieba tags as person names (nr) that are ordinary words in government text.
_NOT_NAMES = frozenset("申请人 陈述 孙子 叶子 华为 宋体 王府井 高峰 朱红 吕梁 常委 万元 方面 于是 江山 黄山 金华 温州 白银 张贴 张家港 "
                       "黄金周 李子 老太太 汉白玉 白班".split())
_NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})
COMMON_FREQ = 100  # a word at least this frequent in jieba's dictionary is a word, not a name
# Two-character words tagged as names this frequent are words jieba mistags (文明, 明白, 阳光,
# 高峰, 石英): people named so are rarer in government text than the words.
NAME_TAG_MAX_FREQ_2 = 1000


def _tagged_name(word: str, freq: dict[str, int], tags: dict[str, str]) -> bool:
    if tags.get(word) not in _NAME_TAGS or word in _NOT_NAMES:
        return False
    return not (len(word) == 2 and (freq.get(word) or 0) >= NAME_TAG_MAX_FREQ_2)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, int], dict[str, str], object]:
    with _lock:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        return jieba.dt.FREQ, jieba.posseg.dt.word_tag_tab, jieba.dt


def word_freq(word: str) -> int:
    return _tables()[0].get(word) or 0


def common_word(word: str) -> bool:
    """A frequent dictionary word that jieba does not tag as a person name (or tags wrongly)."""
    freq, tags, _ = _tables()
    return (freq.get(word) or 0) >= COMMON_FREQ and not _tagged_name(word, freq, tags)


def is_name_word(word: str) -> bool:
    """jieba's dictionary tags the word as a person name (and it is not a known exception)."""
    freq, tags, _ = _tables()
    return _tagged_name(word, freq, tags)


def segment(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """jieba's tokens of ``text[start:end]`` with their offsets in ``text``."""
    _, _, tokenizer = _tables()
    out, pos = [], start
    for token in tokenizer.lcut(text[start:end]):  # type: ignore[attr-defined]
        out.append((pos, token))
        pos += len(token)
    return out
