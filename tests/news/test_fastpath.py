"""The fast text path gives what a full spaCy parse would: sentences and phrase matches."""

from __future__ import annotations

import random
import re

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from coupwatch.news.cues import SentenceCues, sentence_categories, tag_text, tag_tokens
from coupwatch.news.evaluate import item_article
from coupwatch.news.extract import _tag
from coupwatch.news.gazetteer import Gazetteer
from coupwatch.news.lexicon import CUES
from coupwatch.news.nlp import get_nlp, split_sentences, token_bounds
from coupwatch.news.rules import PRECONDITIONS, RULES
from coupwatch.news.scan import PhraseScanner
from tests.news.handwritten import CASES, FRESH_CASES, UNSEEN_CASES

TEXTS = [c["text"] for c in CASES + UNSEEN_CASES + FRESH_CASES] + [
    "\n\nLead para.\n\nSecond. Third!  Fourth?\n",
    'Gen. Smith said the U.S. army moved. "Tanks rolled." Then... end.The next',
    "He couldn't go; they wouldn’t stay. Pro-coup coup-makers, coups and a COUP D'ÉTAT.",
    "Ill. May. may. İstanbul coup\u00a0leaders\u2009here. 3.5. No. 5 ends",
    "",
    " ",
]


@Language.component("test_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    spaces = doc.to_array([IS_SPACE])
    for i in spaces[:-1].nonzero()[0]:
        if "\n" in doc[int(i)].text:
            doc[int(i) + 1].is_sent_start = True
    return doc


@pytest.fixture(scope="module")
def reference() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_line_breaks")
    return nlp


def _random_texts(n: int) -> list[str]:
    rng = random.Random(3)
    pieces = [
        "a",
        "Ab",
        " ",
        "  ",
        "\n",
        " \n",
        ".",
        "!",
        "?",
        '"',
        "”",
        ")",
        "U.S.",
        "Gen.",
        "…",
        "x",
    ]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(n)]


def test_sentences_match_spacy_sentencizer(reference: Language) -> None:
    for text in TEXTS + _random_texts(3000):
        doc = reference(text)
        expected = [(s[0].idx, s[-1].idx + len(s[-1])) for s in doc.sents] if len(doc) else []
        assert split_sentences(text) == expected, repr(text)


def test_scanner_matches_phrase_matcher() -> None:
    nlp = get_nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for cat, phrases in CUES.items():
        matcher.add(cat, list(nlp.tokenizer.pipe(phrases)))
    scanner = PhraseScanner(CUES)
    for text in TEXTS:
        doc = nlp.make_doc(text)
        expected = {
            (doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), nlp.vocab.strings[m])
            for m, s, e in matcher(doc)
        }
        got = {(s, e, cat) for s, e, cats in scanner.scan(text) for cat in cats}
        assert got == expected, repr(text)


_SCAN_PHRASES = {
    "A": ["coup", "coup d'état", "coup attempt", "could", "ill", "pro-coup", "army", "army chief"],
    "B": ["chief", "'s", "couldn't", "d'état", "Coup"],
}
_SCAN_PIECES = [
    "coup",
    "Coup",
    "COUP",
    "coups",
    " ",
    "  ",
    "\n",
    "-",
    "'",
    "’",
    "d'état",
    "n't",
    "could",
    "will",
    "ill",
    "army",
    "chief",
    "s",
    ".",
    "U.S.",
    "pro",
    "İ",
    "\u00a0",
    '"',
    "(",
    "_",
    "x",
]


def _touches_word(text: str, start: int, end: int) -> bool:
    """Whether a letter, digit or underscore is glued to either end (other than a "n't")."""
    before = start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")
    after = end < len(text) and (text[end].isalnum() or text[end] == "_")
    return before or (after and not re.match(r"n['’]t(?!\w)", text[end:]))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_PIECES), max_size=14).map("".join), st.booleans())
def test_scanner_finds_every_phrase_between_token_edges(text: str, lower: bool) -> None:
    """Every occurrence of a phrase that starts and ends on spaCy token edges and does not touch
    a word character (but for a split-off "n't"), and nothing else; so every match spaCy's
    PhraseMatcher makes there is found. (Where a phrase is tokenized unlike the same characters
    in the text, "couldn't" inside "coup-couldn't", the scanner still finds it.)
    """
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    starts, ends = {t.idx for t in doc}, {t.idx + len(t) for t in doc}
    # Lower-cased character by character, so offsets stay those of the text ("İ" stays).
    haystack = "".join(c.lower() if lower and len(c.lower()) == 1 else c for c in text)
    edges = set()
    for cat, phrases in _SCAN_PHRASES.items():
        for phrase in {p.lower() if lower else p for p in phrases}:
            at = haystack.find(phrase)
            while at >= 0:
                end = at + len(phrase)
                if at in starts and end in ends and not _touches_word(haystack, at, end):
                    edges.add((at, end, cat))
                at = haystack.find(phrase, at + 1)
    found = PhraseScanner(_SCAN_PHRASES, lower=lower).scan(text)
    got = {(s, e, cat) for s, e, cats in found for cat in cats}
    assert got == edges
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER" if lower else "ORTH")
    for cat, phrases in _SCAN_PHRASES.items():
        matcher.add(cat, list(nlp.tokenizer.pipe(phrases)))
    spacy_matches = {
        (doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), nlp.vocab.strings[m])
        for m, s, e in matcher(doc)
    }
    assert {m for m in spacy_matches if not _touches_word(haystack, m[0], m[1])} <= got
    assert found == sorted(found, key=lambda m: (m[0], -m[1]))


def test_token_bounds_match_spacy_tokens() -> None:
    nlp = get_nlp()
    for text in TEXTS + _random_texts(500):
        doc = nlp.make_doc(text)
        first, after, n = token_bounds(text, 0, len(text))
        assert n == len(doc), repr(text)
        assert first == {t.idx: t.i for t in doc}, repr(text)
        assert after == {t.idx + len(t): t.i + 1 for t in doc}, repr(text)


# "Turn on the president" is an ouster to the rules (OUST_PAST, matched on candidate sentences
# only), but the whole-text tagging finds no OUST cue there, so the coup_event precondition
# skips the sentence. Widening the precondition would change the extractor's output.
KNOWN_MISSES = {("coup_event", "Could the generals turn on the president?")}


def test_preconditions_hold_wherever_rules_fire(gazetteer: Gazetteer) -> None:
    """Every rule that fires on a sentence's token cues passes its precondition first."""
    misses = set()
    for case in CASES + UNSEEN_CASES + FRESH_CASES:
        texts = [t for t in (case.get("title"), case["text"]) if t]
        prev: SentenceCues | None = None
        for text, mentions in zip(texts, gazetteer.find_all(texts), strict=True):
            for cues in _tag(text, mentions):
                tokens = tag_tokens(text, cues)
                for kind, rule in RULES.items():
                    if rule(tokens, prev) > 0 and not PRECONDITIONS[kind](cues, prev):
                        misses.add((kind, text[cues.start : cues.end]))
                prev = cues
    assert misses == KNOWN_MISSES


def test_sentence_categories_equal_those_placed_on_tokens(dev_items: list[dict]) -> None:
    for item in dev_items:
        article = item_article(item)
        for field in (article.title, article.text):
            sentences = tag_text(field or "")
            placed = [set(tag_tokens(field, s).spans) for s in sentences]
            assert sentence_categories(field, sentences) == placed, item["id"]
            for k, s in enumerate(sentences):  # any subset of the sentences, here one at a time
                assert sentence_categories(field, [s]) == [placed[k]], item["id"]
