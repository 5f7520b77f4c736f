"""Find every occurrence of many phrases in a text with one compiled regular expression.

The phrases are compiled into a character trie, written out as a single regular expression and
applied at every word start, so one pass over the text finds the longest phrase starting at
each position; shorter phrases that are prefixes of it are added from a precomputed table.
Matches keep spaCy's token boundaries (``pro-coup`` contains ``coup``, ``couldn't`` contains
``could``, ``coups`` does not contain ``coup``): where a match edge falls inside a
whitespace-free chunk, the chunk's spaCy tokens decide. The result equals a spaCy
``PhraseMatcher`` over the tokenized text, at a fraction of the cost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from coupwatch.news.nlp import chunk_tokens

# A phrase ends before a non-word character or before a split-off "n't".
_END = "(?:(?!\\w)|(?=n['’]t(?!\\w)))"
_CONTRACTION = re.compile(r"n['’]t(?!\w)")
_WORD = re.compile(r"\w")
_NON_SPACE = re.compile(r"\S*")

Match = tuple[int, int, tuple[str, ...]]  # start, end (characters), labels


def _regex(trie: dict) -> str:
    """The regular expression for a trie node: longer continuations are tried first."""
    alts = [re.escape(ch) + _regex(child) for ch, child in trie.items() if ch]
    if "" in trie:
        alts.append(_END)
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _boundary(phrase: str, at: int) -> bool:
    """Whether a phrase ending at ``at`` inside ``phrase`` ends at a word boundary."""
    if at == len(phrase) or not _WORD.match(phrase, at):
        return True
    return bool(_CONTRACTION.match(phrase, at))


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
        trie: dict = {}
        for key in labels:
            node = trie
            for ch in key:
                node = node.setdefault(ch, {})
            node[""] = True
        self._labels = {k: tuple(v) for k, v in labels.items()}
        self._prefixes = {k: self._prefix_table(trie, k) for k in labels}
        # Each match consumes the one non-word character before a phrase (the text is scanned
        # with a space in front). A pattern that opens with a character class lets the regular
        # expression engine skip every word character in a fast loop instead of trying the
        # trie there; the phrase itself sits in a lookahead, so overlapping phrases are found.
        self._regex = re.compile(f"\\W(?=({_regex(trie)}))") if trie else None

    @staticmethod
    def _prefix_table(trie: dict, key: str) -> tuple[tuple[int, str], ...]:
        """Shorter phrases that are word-bounded prefixes of ``key`` (length, phrase)."""
        found = []
        node = trie
        for i, ch in enumerate(key[:-1], 1):
            node = node[ch]
            if "" in node and _boundary(key, i):
                found.append((i, key[:i]))
        return tuple(reversed(found))

    def scan(self, text: str) -> list[Match]:
        """Every match in ``text`` as (start, end, labels), by start then longest first."""
        if self._regex is None:
            return []
        haystack = " " + (_lower(text) if self.lower else text)
        n = len(text)
        out: list[Match] = []
        for m in self._regex.finditer(haystack):
            key = m.group(1)
            start = m.start()  # the non-word character before the phrase, in ``text`` offsets
            if start and not text[start - 1].isspace() and not _is_token_edge(text, start):
                continue
            end = start + len(key)
            if end == n or text[end].isspace() or _is_token_edge(text, end):
                out.append((start, end, self._labels[key]))
            for length, phrase in self._prefixes[key]:
                if _is_token_edge(text, start + length):
                    out.append((start, start + length, self._labels[phrase]))
        return out


def _lower(text: str) -> str:
    """Lower-case ``text`` without changing its length (offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
