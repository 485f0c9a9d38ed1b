"""PERSON with the given-name character model (lexicon/given_char_freq.txt, from ngender's
name-corpus table): names whose characters are frequent in real names but were not in the hand
list are found without a label, glued to text and in both scripts; common words after a surname
character are still not names."""

from __future__ import annotations

import pytest

from classify.detect import Scanner
from classify.lexicon import read_frequencies
from classify.recognizers.person import COMMON_PER_MILLION, given_char_frequency, given_name_chars


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _names(scanner: Scanner, text: str) -> list[str]:
    return [text[f.start:f.end] for f in scanner.scan(text) if f.type == "PERSON"]


def test_model_is_a_frequency_table_most_frequent_first() -> None:
    table = read_frequencies("given_char_freq.txt")
    values = list(table.values())
    assert len(table) > 3000 and values == sorted(values, reverse=True)
    assert given_char_frequency("华") > given_char_frequency("仓") > COMMON_PER_MILLION > given_char_frequency("的")
    assert given_char_frequency("") == 0.0


def test_common_set_comes_from_the_model_without_function_words() -> None:
    chars = given_name_chars()
    assert {"剑", "群", "兆", "婧", "曙"} <= chars  # frequent in names, not in the hand list
    assert {"汐", "苒"} <= chars  # the hand list still adds what a 2015 corpus undercounts
    assert not {"的", "在", "自", "之"} & chars  # frequent in names, but they end a name


@pytest.mark.parametrize(("text", "names"), [
    ("据郭兆麟回忆，这条路是六十年代修的。", ["郭兆麟"]),
    ("吕剑锋今年68岁，独居。", ["吕剑锋"]),
    ("给予万树林临时救助1500元。", ["万树林"]),
    ("今天潘婧签收了告知书。", ["潘婧"]),  # glued on both sides, one given-name character
    ("社区书记冯启明上门走访了该户。", ["冯启明"]),
    ("據呂劍鋒回憶，當時雨很大。", ["呂劍鋒"]),  # Traditional
    ("杜曙东和老伴孟祖芳住在村口。", ["杜曙东", "孟祖芳"]),
])
def test_names_with_frequent_given_name_characters(scanner: Scanner, text: str, names: list[str]) -> None:
    assert _names(scanner, text) == names


@pytest.mark.parametrize("text", [
    "王国内外的经验值得借鉴。",
    "高新技术企业名单已公示，方便企业查询。",
    "周一至周五白天开放，黄金周期间马上调整。",
    "参与群众4.7万人，同比增长12%。",
    "会议于2024年3月5日14:00在市民中心3楼召开。",  # 楼 after a number is a floor
    "乘坐2路公交，2周后复查。",
    "受害人称，对方自称是银行工作人员。",
    "程序上，严格执行三重一大制度，全面落实主体责任。",
])
def test_common_words_after_a_surname_character_are_not_names(scanner: Scanner, text: str) -> None:
    assert _names(scanner, text) == []
