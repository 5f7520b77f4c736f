"""Tag every cue phrase of :mod:`coupwatch.news.lexicon` in a parsed text, sentence by sentence."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from coupwatch.news.lexicon import CUES
from coupwatch.news.nlp import get_nlp

Span = tuple[int, int]


@dataclass
class SentenceCues:
    """Cue spans (token offsets within the document) found in one sentence.

    ``start``/``end`` are token offsets, ``char_start``/``char_end`` character offsets of the
    sentence in the parsed text.
    """

    start: int
    end: int
    char_start: int
    char_end: int
    spans: dict[str, list[Span]] = field(default_factory=dict)

    def has(self, *cats: str) -> bool:
        """Whether any of the categories occurs in the sentence."""
        return any(c in self.spans for c in cats)

    def get(self, *cats: str) -> list[Span]:
        """All spans of the given categories, in text order."""
        if len(cats) == 1:
            return self.spans.get(cats[0], [])
        return sorted(s for c in cats for s in self.spans.get(c, ()))

    def near(self, a: str | tuple[str, ...], b: str | tuple[str, ...], window: int) -> bool:
        """Whether spans of ``a`` and ``b`` lie within ``window`` tokens of each other."""
        left = self.get(*((a,) if isinstance(a, str) else a))
        right = self.get(*((b,) if isinstance(b, str) else b)) if left else []
        return any(_gap(x, y) <= window for x in left for y in right)

    def before(self, a: str, b: str, window: int) -> bool:
        """Whether a span of ``a`` ends at most ``window`` tokens before a span of ``b``."""
        return any(x[0] < y[0] and y[0] - x[1] <= window for x in self.get(a) for y in self.get(b))

    def add(self, cat: str, span: Span) -> None:
        """Record one more span for a category."""
        self.spans.setdefault(cat, []).append(span)


def _gap(x: Span, y: Span) -> int:
    return max(0, y[0] - x[1], x[0] - y[1])


@lru_cache(maxsize=1)
def _matcher() -> PhraseMatcher:
    nlp = get_nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for cat, phrases in CUES.items():
        matcher.add(cat, list(nlp.tokenizer.pipe(phrases)))
    return matcher


def tag_sentences(doc: Doc) -> list[SentenceCues]:
    """Return one :class:`SentenceCues` per sentence of ``doc`` with all lexicon matches."""
    if not len(doc):
        return []
    arr = doc.to_array([SENT_START, IDX, LENGTH])
    starts = [0, *(int(i) for i in (arr[1:, 0] == 1).nonzero()[0] + 1)]
    bounds = [*starts[1:], len(doc)]
    sents = [
        SentenceCues(s, e, int(arr[s, 1]), int(arr[e - 1, 1] + arr[e - 1, 2]))
        for s, e in zip(starts, bounds, strict=True)
    ]
    vocab_strings = doc.vocab.strings
    for match_id, start, end in sorted(_matcher()(doc), key=lambda m: (m[1], m[2])):
        idx = bisect_right(starts, start) - 1
        sents[idx].add(vocab_strings[match_id], (start, end))
    return sents
