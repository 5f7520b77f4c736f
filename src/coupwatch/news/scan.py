"""Find every occurrence of many phrases in a text in one Aho-Corasick pass.

The automaton (``ahocorasick_rs``) reports every occurrence of every phrase, overlapping ones
included, in compiled code; a phrase counts only where it starts and ends at a word boundary.
Matches keep spaCy's token boundaries (``pro-coup`` contains ``coup``, ``couldn't`` contains
``could``, ``coups`` does not contain ``coup``): where a match edge falls inside a
whitespace-free chunk, the chunk's spaCy tokens decide. The result is what a spaCy
``PhraseMatcher`` finds over the tokenized text, at a fraction of the cost, except beside a
word character (below).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from ahocorasick_rs import AhoCorasick

from coupwatch.news.nlp import chunk_tokens

_NON_SPACE = re.compile(r"\S*")
# Where a phrase touches a word character (letter, digit or underscore) it is not matched, even
# in the rare places spaCy splits there ("10km", "cannot"): checking those token edges would
# triple the cost of a scan. The one exception is a split-off "n't" ("could" in "couldn't").
_CONTRACTION = re.compile(r"n['’]t(?!\w)")


def _is_word(char: str) -> bool:
    """Whether a character is a word character (``\\w``)."""
    return char.isalnum() or char == "_"


Match = tuple[int, int, tuple[str, ...]]  # start, end (characters), labels


@lru_cache(maxsize=65_536)
def _edges(chunk: str) -> frozenset[int]:
    """Offsets of the token boundaries inside a whitespace-free chunk."""
    return frozenset(e for _, e, _, _ in chunk_tokens(chunk))


def _is_token_edge(text: str, pos: int) -> bool:
    """Whether character offset ``pos`` is a token boundary in spaCy's tokenization."""
    if pos == 0 or pos == len(text) or text[pos - 1].isspace() or text[pos].isspace():
        return True
    a = pos - 1
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    b = _NON_SPACE.match(text, pos).end()
    return pos - a in _edges(text[a:b])


class PhraseScanner:
    """All occurrences of labelled phrases in a text, case-insensitive or exact."""

    def __init__(self, phrases: Mapping[str, Iterable[str]], lower: bool = True) -> None:
        self.lower = lower
        labels: dict[str, list[str]] = {}
        for label, values in phrases.items():
            for phrase in values:
                key = phrase.lower() if lower else phrase
                if key and label not in labels.setdefault(key, []):
                    labels[key].append(label)
        self._keys = list(labels)
        self._labels = [tuple(labels[k]) for k in self._keys]
        self._automaton = AhoCorasick(self._keys) if self._keys else None

    def scan(self, text: str) -> list[Match]:
        """Every match in ``text`` as (start, end, labels), by start then longest first."""
        if self._automaton is None:
            return []
        haystack = _lower(text) if self.lower else text
        n = len(text)
        labels = self._labels
        out: list[Match] = []
        for index, start, end in self._automaton.find_matches_as_indexes(haystack, True):
            if start:
                before = text[start - 1]
                if not before.isspace() and (_is_word(before) or not _is_token_edge(text, start)):
                    continue
            if end < n:
                after = text[end]
                if not after.isspace() and (
                    (_is_word(after) and not _CONTRACTION.match(haystack, end))
                    or not _is_token_edge(text, end)
                ):
                    continue
            out.append((start, end, labels[index]))
        out.sort(key=_by_start_longest)
        return out


def _by_start_longest(match: Match) -> tuple[int, int]:
    return match[0], -match[1]


def _lower(text: str) -> str:
    """Lower-case ``text`` without changing its length (offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
