"""Find the people and bodies an article quotes ("said X", "X told", "according to Y").

Reporting verbs are located by the cue scanner; the source is read off the neighbouring tokens:
a run of capitalised words (a name or organisation) or a role noun ("officials", "a colonel").
"""

from __future__ import annotations

from coupwatch.news.cues import SentenceCues
from coupwatch.news.nlp import Tok, tokens_in

_SAY_BEFORE = {"said", "says", "told", "added", "warned", "announced", "stated", "insisted"}
_SAY_AFTER = {"said", "says", "added"}
_ROLES = {
    "officials",
    "official",
    "sources",
    "source",
    "witnesses",
    "witness",
    "residents",
    "resident",
    "analysts",
    "analyst",
    "experts",
    "diplomats",
    "diplomat",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "colonel",
    "officer",
    "commander",
    "government",
    "police",
    "army",
    "military",
    "ministry",
    "prosecutors",
    "presidency",
}
_DETERMINERS = {"a", "an", "the", "one"}
_NOT_NAMES = {"The", "He", "She", "It", "They", "We", "I", "This", "That", "But", "And", "A", "An"}
MAX_NAME_TOKENS = 5
MAX_SOURCES = 12
# Characters of context read on each side of a reporting verb (extended when too short).
WINDOW = 60


def _lower_word_before(text: str, floor: int, end: int) -> str | None:
    """The word before ``end`` when it is a plain lower-case word (always a single token)."""
    if end - 1 <= floor or text[end - 1] != " ":
        return None
    word = text[max(floor, text.rfind(" ", floor, end - 1) + 1) : end - 1]
    return word if word.isalpha() and word.islower() else None


def _plain_word_after(text: str, start: int, ceiling: int) -> bool:
    """Whether a plain lower-case word that cannot start a source follows ``start``."""
    stop = text.find(" ", start + 1, ceiling)
    word = text[start + 1 : stop if stop > 0 else ceiling]
    return (
        word.isalpha()
        and word.islower()
        and word not in _DETERMINERS
        and word not in _ROLES
        and text[start] == " "
    )


def _left(text: str, floor: int, end: int) -> list[Tok]:
    """Tokens of ``text[floor:end]``, or of enough of its end to find a name in."""
    start = max(floor, end - WINDOW)
    while start > floor and not text[start - 1].isspace():
        start -= 1
    tokens = tokens_in(text, start, end)
    if start > floor and len(tokens) <= MAX_NAME_TOKENS + 1:
        tokens = tokens_in(text, floor, end)
    return tokens


def _right(text: str, start: int, ceiling: int) -> list[Tok]:
    """Tokens of ``text[start:ceiling]``, or of enough of its start to find a name in."""
    end = min(ceiling, start + WINDOW)
    while end < ceiling and not text[end].isspace():
        end += 1
    tokens = tokens_in(text, start, end)
    if end < ceiling and len(tokens) <= MAX_NAME_TOKENS + 2:
        tokens = tokens_in(text, start, ceiling)
    return tokens


def _name_left(text: str, tokens: list[Tok]) -> str | None:
    """A name or role ending the token list (the words just before a reporting verb)."""
    end = len(tokens)
    i = end
    while i > 0 and end - i < MAX_NAME_TOKENS and tokens[i - 1][2].istitle():
        i -= 1
    while i < end and tokens[i][2] in _NOT_NAMES:
        i += 1
    if i < end:
        return text[tokens[i][0] : tokens[end - 1][1]]
    prev = tokens[-1][2].lower() if tokens else None
    return prev if prev in _ROLES else None


def _name_right(text: str, tokens: list[Tok]) -> str | None:
    """A name or role starting the token list (the words just after a reporting verb)."""
    i = 0
    if tokens and tokens[0][2].lower() in _DETERMINERS:
        i += 1
    if i < len(tokens) and tokens[i][2].lower() in _ROLES and not tokens[i][2].istitle():
        return text[tokens[0][0] : tokens[i][1]].lower()
    j = i
    while j < len(tokens) and j - i < MAX_NAME_TOKENS and tokens[j][2].istitle():
        j += 1
    if j == i or tokens[i][2] in _NOT_NAMES:
        return None
    return text[tokens[i][0] : tokens[j - 1][1]]


def quoted_sources(text: str, sentences: list[SentenceCues]) -> list[str]:
    """Names or roles of quoted sources in ``text``, in order of first appearance.

    ``sentences`` hold character offsets into ``text``.
    """
    found: dict[str, int] = {}
    for s in sentences:
        for start, end in s.get("REPORTING", "ACCORDING"):
            word = text[start:end].split()[0].lower()
            candidates = []
            # A name after the verb starts with a word, not with punctuation.
            after = end < s.char_end and text[end].isspace()
            if word == "according" and after:
                candidates.append(_name_right(text, _right(text, end, s.char_end)))
            elif word != "according":
                if word in _SAY_BEFORE:
                    plain = _lower_word_before(text, s.char_start, start)
                    if plain is not None:
                        candidates.append(plain if plain in _ROLES else None)
                    else:
                        candidates.append(_name_left(text, _left(text, s.char_start, start)))
                if word in _SAY_AFTER and after and not _plain_word_after(text, end, s.char_end):
                    candidates.append(_name_right(text, _right(text, end, s.char_end)))
            for name in candidates:
                if name:
                    found.setdefault(name, start)
    return sorted(found, key=found.__getitem__)[:MAX_SOURCES]
