"""Tag every cue phrase of :mod:`coupwatch.news.lexicon` in a text, sentence by sentence.

The whole text is tagged in one regular-expression pass with character offsets
(:func:`tag_text`); sentences that may carry a warning sign are then tokenized (spaCy's
tokenizer, chunk by chunk) and their cues converted to token offsets (:func:`tag_tokens`),
which the sentence rules measure distances in. Categories only the rules read are matched
then, on those sentences alone.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from coupwatch.news.lexicon import CUES
from coupwatch.news.nlp import split_sentences, token_bounds
from coupwatch.news.scan import PhraseScanner

Span = tuple[int, int]


@dataclass
class SentenceCues:
    """Cue spans found in one sentence.

    ``char_start``/``char_end`` are character offsets of the sentence in its text. Spans, and
    ``start``/``end``, are character offsets in the text for :func:`tag_text` and token offsets
    within the sentence for :func:`tag_tokens`.
    """

    start: int
    end: int
    char_start: int
    char_end: int
    spans: dict[str, list[Span]] = field(default_factory=dict)

    def has(self, *cats: str) -> bool:
        """Whether any of the categories occurs in the sentence."""
        return not self.spans.keys().isdisjoint(cats)

    def get(self, *cats: str) -> list[Span]:
        """All spans of the given categories, in text order."""
        if len(cats) == 1:
            return self.spans.get(cats[0], [])
        present = [self.spans[c] for c in cats if c in self.spans]
        if len(present) <= 1:
            return present[0] if present else []
        return sorted(s for spans in present for s in spans)

    def near(self, a: str | tuple[str, ...], b: str | tuple[str, ...], window: int) -> bool:
        """Whether spans of ``a`` and ``b`` lie within ``window`` tokens of each other."""
        left = self.get(*((a,) if isinstance(a, str) else a))
        right = self.get(*((b,) if isinstance(b, str) else b)) if left else []
        return any(span_gap(x, y) <= window for x in left for y in right)

    def before(self, a: str, b: str, window: int) -> bool:
        """Whether a span of ``a`` ends at most ``window`` tokens before a span of ``b``."""
        return any(x[0] < y[0] and y[0] - x[1] <= window for x in self.get(a) for y in self.get(b))

    def add(self, cat: str, span: Span) -> None:
        """Record one more span for a category."""
        self.spans.setdefault(cat, []).append(span)


def span_gap(x: Span, y: Span) -> int:
    """Tokens (or characters) between two spans; 0 when they touch or overlap."""
    return max(0, y[0] - x[1], x[0] - y[1])


# Categories only the sentence rules read: matched on candidate sentences, not the whole text.
RULE_ONLY: frozenset[str] = frozenset(
    {
        "CIVILIANS",
        "AGENT_BY",
        "COPULA",
        "HELD_BY",
        "HOLD_ACT",
        "NO_FIGHT",
        "OTHER_OFFICIAL",
        "DISCONTENT_BREAK",
        "LEADERSHIP",
        "RELATIVE",
        "MUTINY_MIL_ONLY",
        "PROTEST_VERB",
        "REPEATED",
        "ARENA",
        "ATTEMPT",
        "AUX_PASSIVE",
        "CAMP",
        "CHARACTERISE",
        "CITY",
        "CIVIL_POWER",
        "COUNTER",
        "COUP_ACCUSED",
        "COUP_AGENT",
        "COUP_DENIED",
        "COUP_FAILED",
        "COUP_FORESEE",
        "COUP_NEGATED",
        "COUP_OPPOSED",
        "COUP_PLURAL",
        "COUP_REFERENCE",
        "COUP_RULED_OUT",
        "COUP_STOPPED",
        "COUP_TRAP",
        "COUP_VERB",
        "CROWD",
        "DENIAL",
        "EYEWITNESS",
        "FORMER",
        "GOV_FORCE",
        "HEALTH_TRAP",
        "HEAVY_TRAP",
        "LAW_ENFORCE",
        "LEADER_TRAP",
        "MOVE_TO",
        "MUTINY_REFERENCE",
        "NEGATION",
        "OUST_PAST",
        "OUST_REFERENCE",
        "PARTIAL",
        "PARTY",
        "PLACE",
        "PLAN",
        "PLAN_AFTER",
        "PLOT_TRAP",
        "PRONOUN",
        "PURGE_ING",
        "PURGE_STRONG",
        "PURGE_TRAP",
        "REBEL_UNIT",
        "REGIME_ARREST",
        "REVOLT_TRAP",
        "SEC_BODY",
        "ROUT",
        "ROUTINE_CHANGE",
        "RULERS",
        "SIGHTING",
        "STAGE",
        "STALE_AFTER",
        "UNRESOLVED",
        "UNREST_TRAP",
        "WAR_FRONT",
    }
)


@lru_cache(maxsize=1)
def _scanner() -> PhraseScanner:
    return PhraseScanner({c: p for c, p in CUES.items() if c not in RULE_ONLY})


# Common words a few rules read beside one anchor ("were" before "unhappy", "who" between the
# forces and a protest): matched only in sentences holding that anchor, since matching them in
# every candidate sentence would cost more than the rest of the rule-only cues together.
ON_DEMAND: dict[str, frozenset[str]] = {
    "COPULA": frozenset({"DISCONTENT_ADJ"}),
    "DISCONTENT_BREAK": frozenset({"DISCONTENT_IN"}),
    "RELATIVE": frozenset({"PROTEST_ACT"}),
    "HOLD_ACT": frozenset({"GUARD_UNIT"}),
    "HELD_BY": frozenset({"GUARD_UNIT"}),
    "AGENT_BY": frozenset({"CAPTURE"}),
}
_ON_DEMAND_ANCHORS = frozenset().union(*ON_DEMAND.values())


@lru_cache(maxsize=1)
def _rule_scanner() -> PhraseScanner:
    return PhraseScanner({c: p for c, p in CUES.items() if c in RULE_ONLY and c not in ON_DEMAND})


@lru_cache(maxsize=1)
def _on_demand_scanner() -> PhraseScanner:
    return PhraseScanner({c: p for c, p in CUES.items() if c in ON_DEMAND})


# Spans of a category dropped where a trap contains them ("general" in "general election").
MASKS: dict[str, str] = {
    "MIL": "MIL_TRAP",
    "SENIOR_SEC": "MIL_TRAP",
    "MIL_CHIEF": "MIL_TRAP",
    "PROTEST": "PROTEST_MASK",
    "RETRO": "RETRO_TRAP",
}


def _inside(x: Span, y: Span) -> bool:
    return y[0] <= x[0] and x[1] <= y[1]


def _mask(cues: SentenceCues) -> SentenceCues:
    for cat, trap in MASKS.items():
        traps = cues.spans.get(trap)
        if traps and cat in cues.spans:
            kept = [x for x in cues.spans[cat] if not any(_inside(x, t) for t in traps)]
            if kept:
                cues.spans[cat] = kept
            else:
                del cues.spans[cat]
    return cues


def tag_text(text: str) -> list[SentenceCues]:
    """One :class:`SentenceCues` (character offsets) per sentence of ``text``."""
    sents = [SentenceCues(a, b, a, b) for a, b in split_sentences(text)]
    if not sents:
        return []
    starts = [s.start for s in sents]
    for start, end, cats in _scanner().scan(text):
        spans = sents[bisect_right(starts, start) - 1].spans
        for cat in cats:
            spans.setdefault(cat, []).append((start, end))
    return [_mask(s) for s in sents]


def sentence_categories(text: str, sentences: Sequence[SentenceCues]) -> list[set[str]]:
    """The cue categories :func:`tag_tokens` would give each of ``sentences`` (all of
    ``text``, in order), without placing them on tokens: spaCy's tokens only decide where a
    match sits, and a category whose every match falls inside a token, which would drop it,
    does not occur in the labelled articles.

    The rule phrases are matched in one pass over the stretch the sentences cover, and a match
    that runs past the end of its sentence is not the sentence's. A sentence glued to its
    neighbour (no space between them) is matched on its own, since :func:`tag_tokens` reads it
    alone and the tokens at its edges may differ.
    """
    found = [set(s.spans) for s in sentences]
    alone = [_glued(text, s) for s in sentences]
    if not all(alone):
        base = sentences[0].char_start
        starts = [s.char_start for s in sentences]
        for x, y, cats in _rule_scanner().scan(text[base : sentences[-1].char_end]):
            i = bisect_right(starts, base + x) - 1
            if i >= 0 and not alone[i] and base + y <= sentences[i].char_end:
                found[i].update(cats)
    for s, cats, own in zip(sentences, found, alone, strict=True):
        piece = text[s.char_start : s.char_end]
        if own:
            for _, _, more in _rule_scanner().scan(piece):
                cats.update(more)
        if not _ON_DEMAND_ANCHORS.isdisjoint(s.spans):
            for _, _, more in _on_demand_scanner().scan(piece):
                cats.update(more)
    return found


def _glued(text: str, sentence: SentenceCues) -> bool:
    """Whether a sentence touches the text before or after it without whitespace."""
    a, b = sentence.char_start, sentence.char_end
    return (a > 0 and not text[a - 1].isspace()) or (b < len(text) and not text[b].isspace())


def tag_tokens(text: str, sentence: SentenceCues) -> SentenceCues:
    """The cues of one sentence of ``text`` in token offsets, for the sentence rules.

    ``sentence`` comes from :func:`tag_text` (character offsets, plus any gazetteer cues added
    since); the categories only the rules read are matched here, on this sentence alone. Tokens
    are spaCy's, so distances equal those in a spaCy ``Doc`` of the text.
    """
    a, b = sentence.char_start, sentence.char_end
    first, after, n = token_bounds(text, a, b)
    start_of, end_of = first.get, after.get
    cues = SentenceCues(0, n, a, b)
    found: dict[str, set[Span]] = {}
    for cat, spans in sentence.spans.items():
        kept = {
            (i, j)
            for x, y in spans
            if (i := start_of(x)) is not None and (j := end_of(y)) is not None
        }
        if kept:
            found[cat] = kept
    piece = text[a:b]
    matches = _rule_scanner().scan(piece)
    if not _ON_DEMAND_ANCHORS.isdisjoint(sentence.spans):
        matches += _on_demand_scanner().scan(piece)
    for x, y, cats in matches:
        i, j = start_of(a + x), end_of(a + y)
        if i is not None and j is not None:
            for cat in cats:
                found.setdefault(cat, set()).add((i, j))
    cues.spans = {
        cat: sorted(spans) if len(spans) > 1 else list(spans) for cat, spans in found.items()
    }
    return cues
