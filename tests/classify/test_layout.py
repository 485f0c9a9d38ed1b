"""Tables pasted into free text: a cell's column name is its context (classify._layout)."""

from __future__ import annotations

import pytest

from classify._layout import column_header, json_key
from classify.detect import Scanner


def _header_of(text: str, value: str) -> str | None:
    start = text.rindex(value)
    return column_header(text, start, start + len(value))


@pytest.mark.parametrize("sep", ["\t", "|", ",", "，", ";", " ", "  "])
def test_each_separator(sep: str) -> None:
    text = "名单\n" + sep.join(["序号", "姓名", "通行证号", "手机"]) + "\n" + sep.join(["1", "严勇慧", "C61398674", "18330498733"]) \
        + "\n" + sep.join(["2", "施晓", "C44593422", "15953109272"])
    assert _header_of(text, "C44593422") == "通行证号"
    assert _header_of(text, "15953109272") == "手机"
    assert _header_of(text, "名单") is None  # above the table


def test_not_a_table() -> None:
    assert column_header("护照号E12345678", 3, 12) is None  # one line
    text = "姓名,身份证号2,手机\n王伟,E12345678,13800000000"
    assert _header_of(text, "E12345678") is None  # a digit in the header line: a data row, not a header
    text = "姓名,护照号,手机\n王伟,E12345678"
    assert _header_of(text, "E12345678") is None  # two cells under three names: not its row
    text = "我们今天 去了 公园\n很 开心"
    assert _header_of(text, "开心") is None  # blanks need three cells a line


def test_rows_of_another_width() -> None:
    text = "姓名\t护照号\n王伟\tE12345678\n备注：另有一人持E87654321出境"
    assert _header_of(text, "E12345678") == "护照号"
    assert _header_of(text, "E87654321") is None  # a line of another width has no column
    # a cell holding blanks breaks its own row, not the rows after it
    text = "序号 姓名 护照号码 手机\n1 谯健 G44829276 +86 130 6401 4681\n2 杜俊豪 ED9968771 14531314547"
    assert _header_of(text, "G44829276") is None
    assert _header_of(text, "ED9968771") == "护照号码"


def test_tables_end() -> None:
    text = "姓名\t护照号\n王伟\tE12345678\n\n张三\tE87654321"
    assert _header_of(text, "E87654321") is None  # after a blank line
    text = "姓名,护照号\n王伟,E12345678\n单位,部门,通行证号\n市民政局,办公室,C12345678"
    assert _header_of(text, "C12345678") == "通行证号"  # the next table's header
    text = "姓名\t性别\n王伟\t男\n李娜\t女"
    assert _header_of(text, "女") == "性别"  # rows without digits are rows


def test_a_span_across_cells_has_no_column() -> None:
    text = "姓名|手机\n王伟|13800000000"
    start = text.index("王伟")
    assert column_header(text, start, len(text)) is None


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _found(scanner: Scanner, text: str, kind: str) -> list[str]:
    return [text[f.start:f.end] for f in scanner.scan(text) if f.type == kind]


def test_every_row_gets_its_columns_name(scanner: Scanner) -> None:
    text = "旅行社游客名单\n姓名\t护照号\t手机\n马芳英\tE99609693\t13914349022\n萧睿\tE15507406\t15709972316\n严斌奕\tG30416854\t18048670079"
    assert _found(scanner, text, "CN_PASSPORT") == ["E99609693", "E15507406", "G30416854"]
    text = "赴港澳團隊名單\n序號 姓名 通行證號 手機\n1 嚴勇慧 C61398674 18330498733\n2 施曉 C44593422 15953109272"  # Traditional
    assert _found(scanner, text, "CN_HK_MACAO_PERMIT") == ["C61398674", "C44593422"]


def test_the_column_name_outranks_the_rows_other_cells(scanner: Scanner) -> None:
    # 社会保障号码 is further than any window from the first row's number; the column names it
    text = "参保人员增员表\n姓名,社会保障号码,出生日期,手机\n柏红骏,330502198205077515,1963/9/23,19515641013"
    assert _found(scanner, text, "CN_SOCIAL_SECURITY") == ["330502198205077515"]
    assert _found(scanner, text, "CN_RESIDENT_ID") == []


def test_a_negative_column_name(scanner: Scanner) -> None:
    # the next cell names a passport, but the column is an order number's
    text = "代办台账\n订单号\t业务\nE12345678\t护照代办"
    assert _found(scanner, text, "CN_PASSPORT") == []
    assert _found(scanner, "代办台账 E12345678\t护照代办", "CN_PASSPORT") == ["E12345678"]  # no table: the word decides


def test_a_context_word_beyond_the_window(scanner: Scanner) -> None:
    # the leader's number is in no row and far from 护照号码: the list is about passports
    text = "出境旅游团队名单\n序号 姓名 护照号码 手机\n1 姜永强 EG0875473 13721507770\n2 龙宝林 EE2948746 15694578023\n领队：胡玲玲（EM6686603）"
    assert _found(scanner, text, "CN_PASSPORT") == ["EG0875473", "EE2948746", "EM6686603"]
    assert _found(scanner, "工单：处理中（EM6686603）", "CN_PASSPORT") == []  # no passport or travel word, no name
    # … but right after a person's name, in brackets, a PRC passport's shape is that person's passport
    assert _found(scanner, "联系人：胡玲玲（EM6686603）", "CN_PASSPORT") == ["EM6686603"]


def test_a_permits_shape_is_no_passport(scanner: Scanner) -> None:
    text = "旅客陈娟持往来港澳通行证C12603421经珠海拱北口岸出境，同行人赵凤英持C34634746；嵇月娥持普通护照ED3036273出境。"
    assert _found(scanner, text, "CN_HK_MACAO_PERMIT") == ["C12603421", "C34634746"]
    assert _found(scanner, text, "CN_PASSPORT") == ["ED3036273"]


def test_json_key() -> None:
    text = '{"xm":"张三","csrq":"1985-03-12", "grzhye": 35210.5, "note":"住院3天"}'
    assert json_key(text, text.index("1985")) == "csrq"
    assert json_key(text, text.index("35210")) == "grzhye"  # blanks around the colon, no quotes
    assert json_key(text, text.index("3天")) is None  # inside a value, not its start
    assert json_key("出生日期1985-03-12", 4) is None  # no JSON
    long_key = '"' + "a key that is a sentence rather than a field name" + '":"1985"'
    assert json_key(long_key, long_key.index("1985")) is None  # keys are short


def test_json_key_and_csv_cells_are_context() -> None:
    found = {(f.type, f.start) for f in Scanner().scan('{"csrq":"1985-03-12","zhye":"35210.50"}')}
    assert ("DATE_OF_BIRTH", 9) in found and ("FINANCIAL_INFO", 29) in found
    text = "xm,csrq,ysr\n张三,1985-03-12,4800"
    found = {(f.type, text[f.start:f.end]) for f in Scanner().scan(text)}
    assert ("FINANCIAL_INFO", "4800") in found  # a CSV cell right after a digit and its comma
