"""Find the people and bodies an article quotes ("said X", "X told", "according to Y").

Reporting verbs are located by the cue matcher; the source is read off the neighbouring tokens:
a run of capitalised words (a name or organisation) or a role noun ("officials", "a colonel").
"""

from __future__ import annotations

from spacy.tokens import Doc

from coupwatch.news.cues import SentenceCues

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


def _name_left(doc: Doc, end: int, floor: int) -> str | None:
    i = end
    while i > floor and end - i < MAX_NAME_TOKENS and doc[i - 1].is_title:
        i -= 1
    while i < end and doc[i].text in _NOT_NAMES:
        i += 1
    if i < end:
        return doc[i:end].text
    prev = doc[end - 1] if end > floor else None
    return prev.lower_ if prev is not None and prev.lower_ in _ROLES else None


def _name_right(doc: Doc, start: int, ceiling: int) -> str | None:
    i = start
    if i < ceiling and doc[i].lower_ in _DETERMINERS:
        i += 1
    if i < ceiling and doc[i].lower_ in _ROLES and not doc[i].is_title:
        return doc[start : i + 1].text.lower()
    j = i
    while j < ceiling and j - i < MAX_NAME_TOKENS and doc[j].is_title:
        j += 1
    return doc[i:j].text if j > i and doc[i].text not in _NOT_NAMES else None


def quoted_sources(doc: Doc, sentences: list[SentenceCues]) -> list[str]:
    """Names or roles of quoted sources in ``doc``, in order of first appearance."""
    found: dict[str, int] = {}
    for s in sentences:
        for start, end in s.get("REPORTING", "ACCORDING"):
            word = doc[start].lower_
            candidates = []
            if word == "according":
                candidates.append(_name_right(doc, end, s.end))
            else:
                if word in _SAY_BEFORE:
                    candidates.append(_name_left(doc, start, s.start))
                if word in _SAY_AFTER:
                    candidates.append(_name_right(doc, end, s.end))
            for name in candidates:
                if name:
                    found.setdefault(name, start)
    return sorted(found, key=found.__getitem__)[:MAX_SOURCES]
