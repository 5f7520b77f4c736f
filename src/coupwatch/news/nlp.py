"""Tokens and sentences: spaCy's blank English tokenizer, with a fast sentence splitter.

Sentences follow spaCy's rule-based sentencizer (a sentence ends after ``.``, ``!``, ``?`` and
similar tokens, plus any closing punctuation) and also break after every line break, since
headlines, captions and datelines often end without punctuation. Tokenizing a whole article
with spaCy is the slowest step of the extractor, so :func:`split_sentences` reproduces those
boundaries while tokenizing only the few whitespace-delimited chunks around sentence-final
punctuation (spaCy tokenizes chunk by chunk, so the result is the same).
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.pipeline.sentencizer import Sentencizer

PUNCT_CHARS = frozenset(Sentencizer.default_punct_chars)
# All sentence-final characters except ".!?" lie at U+0589 or above; a range is searched much
# faster than the long exact class, and the few extra hits are filtered out.
_PUNCT = re.compile("[.!?\u0589-\U0010ffff]")
# Whitespace other than a space or a line break (tabs, no-break spaces ...).
_OTHER_SPACE = re.compile(r"[^\S \n]")
# A line break and the whitespace after it: the next token starts a sentence.
_LINE_BREAK = re.compile(r"\n\s*")
_CHUNK = re.compile(r"\S+")
_SPACE = re.compile(r"\s*")

Token = tuple[int, int, str, bool]  # start, end (chars within the chunk), text, is_punct
Tok = tuple[int, int, str]  # start, end (chars within the text), text
_PIECE = re.compile(r"\S+|\s+")


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Return the process-wide blank English pipeline (tokenizer only)."""
    nlp = spacy.blank("en")
    nlp.max_length = 2_000_000
    return nlp


@lru_cache(maxsize=65_536)
def chunk_tokens(chunk: str) -> tuple[Token, ...]:
    """spaCy's tokens of one whitespace-free chunk of text."""
    return tuple((t.idx, t.idx + len(t), t.text, t.is_punct) for t in get_nlp().make_doc(chunk))


def tokens_in(text: str, a: int, b: int) -> list[Tok]:
    """spaCy's tokens of ``text[a:b]``; ``a`` and ``b`` lie on token boundaries.

    Whitespace beyond the single space that follows a token is a token of its own, as in spaCy.
    """
    out: list[Tok] = []
    for m in _PIECE.finditer(text, a, b):
        piece, at = m.group(), m.start()
        if not piece[0].isspace():
            out += [(at + s, at + e, t) for s, e, t, _ in chunk_tokens(piece)]
        elif at == 0 or piece[0] != " " or text[at - 1].isspace():
            out.append((at, m.end(), piece))
        elif len(piece) > 1:
            out.append((at + 1, m.end(), piece[1:]))
    return out


@lru_cache(maxsize=65_536)
def _chunk_bounds(chunk: str) -> tuple[tuple[int, int], ...]:
    return tuple((s, e) for s, e, _, _ in chunk_tokens(chunk))


def token_bounds(text: str, a: int, b: int) -> tuple[dict[int, int], dict[int, int], int]:
    """Token indices of ``text[a:b]`` by start and by end offset, and the number of tokens.

    The same tokens as :func:`tokens_in`, without building them: maps a character offset where
    a token starts to its index, and one where a token ends to the index after it.
    """
    first: dict[int, int] = {}
    after: dict[int, int] = {}
    n = 0
    at = a
    for piece in _PIECE.findall(text, a, b):
        if piece == " " and at != a:
            at += 1  # the space after a token belongs to it
            continue
        if not piece[0].isspace():
            for s, e in _chunk_bounds(piece):
                first[at + s] = n
                n += 1
                after[at + e] = n
        elif at == 0 or piece[0] != " " or text[at - 1].isspace():
            first[at] = n
            n += 1
            after[at + len(piece)] = n
        elif len(piece) > 1:
            first[at + 1] = n
            n += 1
            after[at + len(piece)] = n
        at += len(piece)
    return first, after, n


def _space_token_start(text: str, a: int, b: int) -> int | None:
    """Start of the whitespace token spaCy makes from the run ``text[a:b]``, if any."""
    if a > 0 and text[a] == " ":
        return a + 1 if b - a > 1 else None
    return a


def _after_period(text: str, pos: int, tokens: tuple[Token, ...], i: int) -> tuple[int, int]:
    """Walk on from token ``i`` of the chunk at ``pos`` (a period was just seen).

    Returns the character offset where the next sentence starts (or -1 at the end of the text)
    and the offset up to which the text has been examined.
    """
    n = len(text)
    while True:
        for start, _, tok, punct in tokens[i:]:
            if not punct and tok not in PUNCT_CHARS:
                return pos + start, pos + start
        end = pos + (tokens[-1][1] if tokens else 0)
        if end >= n:
            return -1, n
        space_end = _SPACE.match(text, end).end()
        ws_start = _space_token_start(text, end, space_end)
        if ws_start is not None:
            return ws_start, ws_start
        if space_end >= n:
            return -1, n
        pos = space_end
        chunk_end = _CHUNK.match(text, pos).end()
        tokens, i = chunk_tokens(text[pos:chunk_end]), 0


def _chunk_start(text: str, at: int) -> int:
    """Start of the whitespace-free chunk containing offset ``at``."""
    a = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    if _OTHER_SPACE.search(text, a, at):
        a = at
        while a > 0 and not text[a - 1].isspace():
            a -= 1
    return a


@lru_cache(maxsize=65_536)
def _chunk_starts(chunk: str, skip: int) -> tuple[tuple[int, ...], bool]:
    """Sentence starts inside a chunk (tokens before ``skip`` ignored) and a trailing period."""
    found = []
    seen = False
    for start, _, tok, punct in chunk_tokens(chunk):
        if start < skip:
            continue
        if seen and not punct and tok not in PUNCT_CHARS:
            found.append(start)
            seen = False
        elif tok in PUNCT_CHARS:
            seen = True
    return tuple(found), seen


def sentence_starts(text: str) -> list[int]:
    """Character offsets of the first token of every sentence (empty for an empty text)."""
    if not text:
        return []
    n = len(text)
    starts = {0}
    starts.update(m.end() for m in _LINE_BREAK.finditer(text) if m.end() < n)
    done = 0
    for m in _PUNCT.finditer(text):
        at = m.start()
        if at < done or text[at] not in PUNCT_CHARS:
            continue
        a = _chunk_start(text, at)
        b = _CHUNK.match(text, at).end()
        chunk = text[a:b]
        inner, seen = _chunk_starts(chunk, max(0, done - a))
        starts.update(a + i for i in inner)
        if seen:
            found, done = _after_period(text, a, chunk_tokens(chunk), len(chunk_tokens(chunk)))
            if found >= 0:
                starts.add(found)
        else:
            done = b
    return sorted(starts)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (as spaCy would give them)."""
    starts = sentence_starts(text)
    spans = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        if end - start > 1 and text[end - 1] == " " and not text[end - 2].isspace():
            end -= 1
        spans.append((start, end))
    return spans
