"""The learned check on rule-found signs: what it may do, read on the real dev items."""

from __future__ import annotations

import json
import math
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coupwatch.news.evaluate import item_article
from coupwatch.news.extract import extract
from coupwatch.news.missed_signs import MissedSigns
from coupwatch.news.signal_check import (
    _VECTORIZER,
    _WORD,
    MIN_CHECK_CHARS,
    TEXT_BUCKETS,
    SignalCheck,
    check_inputs,
    default_signal_check,
)


def test_the_check_only_removes_signs(dev_items: list[dict], gazetteer) -> None:
    nothing_added = MissedSigns({}, {}, 1.0)
    for item in dev_items:
        article = item_article(item)
        checked = {s.type for s in extract(article, gazetteer, missed=nothing_added).signals}
        rules = {s.type for s in extract(article, gazetteer, check=False).signals}
        assert checked <= rules, item["id"]


def test_the_check_keeps_the_dev_items_signs(dev_items: list[dict], gazetteer) -> None:
    lost = []
    for item in dev_items:
        found = {s.type for s in extract(item_article(item), gazetteer).signals}
        lost += [(item["id"], t) for t in set(item["signals"]) - found]
    assert lost == []


def test_the_shipped_check_reads_back_identically() -> None:
    check = default_signal_check()
    assert SignalCheck.from_json(check.to_json()) == check
    assert 0 < check.threshold < 1 and check.checks


def test_a_check_built_for_other_inputs_is_refused() -> None:
    body = json.loads(default_signal_check().to_json())
    body["text_buckets"] = TEXT_BUCKETS // 2
    with pytest.raises(ValueError, match="other inputs"):
        SignalCheck.from_json(json.dumps(body))


def test_inputs_carry_the_rules_findings_after_the_words() -> None:
    inputs = check_inputs(["Soldiers seized the radio station."], [{"coup_event": (0.9, 2)}])
    assert inputs.shape == (1, TEXT_BUCKETS + 20)
    rules = inputs[0, TEXT_BUCKETS:].toarray().ravel()
    assert rules.max() == pytest.approx(0.9) and sorted(rules)[-2] == pytest.approx(2 / 3)


def test_one_article_gives_the_same_probabilities_as_the_batch_inputs(
    dev_items: list[dict], gazetteer
) -> None:
    check = default_signal_check()
    for item in dev_items:
        article = item_article(item)
        found = {
            s.type: (s.confidence, len(s.evidence))
            for s in extract(article, gazetteer, check=False).signals
        }
        text = f"{article.title}\n{article.text}"
        row = check_inputs([text], [found])
        fast = check.article_probabilities(text, found)
        for t, c in check.checks.items():
            logit = c.intercept + float(row[0, list(c.columns)].toarray().ravel() @ c.weights)
            assert fast[t] == pytest.approx(1 / (1 + math.exp(-logit)), abs=1e-9), item["id"]


def test_words_sharing_a_bucket_add_up_as_in_the_batch_inputs() -> None:
    # "handcuffed" and "immediate" fall in the same hash bucket.
    check = default_signal_check()
    text = "Soldiers handcuffed the president and demanded his immediate resignation. " * 2
    found = {"coup_event": (0.9, 2), "civil_unrest": (0.6, 1)}
    row = check_inputs([text], [found])
    fast = check.article_probabilities(text, found)
    for t, c in check.checks.items():
        logit = c.intercept + float(row[0, list(c.columns)].toarray().ravel() @ c.weights)
        assert fast[t] == pytest.approx(1 / (1 + math.exp(-logit)), abs=1e-9)


def test_texts_shorter_than_the_fitted_articles_pass_unexamined() -> None:
    check = default_signal_check()
    found = {"coup_event": (0.55, 1)}
    short = "Coup in the league: the club signed the striker on Friday."
    report = short + " The manager praised the fans, the goals and the season at the stadium." * 8
    assert len(short) < MIN_CHECK_CHARS <= len(report)
    assert check.article_probabilities(short, found)["coup_event"] < check.threshold
    assert check.keep(short, found) == {"coup_event"}
    assert check.keep(report, found) == set()


@given(st.text(alphabet=st.sampled_from("ab1_ é-'\n.Ω\u00a0"), max_size=60) | st.text(max_size=60))
def test_the_fast_word_pattern_finds_the_vectorizers_words(text: str) -> None:
    assert _WORD.findall(text) == re.findall(_VECTORIZER.token_pattern, text)
