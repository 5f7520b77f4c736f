"""The learned missed-sign model: its inputs, its file, and what it may add, on real dev items
and on stories written for these tests."""

from __future__ import annotations

import json
import math
from itertools import combinations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coupwatch.news.article import Article
from coupwatch.news.evaluate import item_article
from coupwatch.news.extract import extract, rule_reading
from coupwatch.news.missed_signs import (
    MissedSigns,
    article_features,
    default_missed_signs,
    fit_missed_signs,
    sentence_features,
)
from coupwatch.news.rules import SIGNAL_TYPES
from coupwatch.news.signal_check import MIN_CHECK_CHARS

# A reshuffle of the command whose wording no purge rule names ("named new commanders", "sent
# into retirement"), long enough for the learned steps to read it.
RESHUFFLE_TITLE = "Generals replaced as president tightens grip on security forces"
RESHUFFLE = (
    "The president of Zambia on Monday named new commanders for the army, the air force and "
    "the intelligence service, and sent eleven generals into retirement, a statement from "
    "State House said. Two former ministers close to the outgoing army commander were "
    "questioned by the police on Tuesday and their passports were taken. Officials gave no "
    "reason for the changes, which came a week after the president returned from a trip "
    "abroad. Opposition leaders said the moves were meant to secure the loyalty of the "
    "security forces ahead of next year's vote, while the ruling party said they were "
    "routine. The new army commander, a former head of the presidential guard, took office at "
    "a ceremony in Lusaka attended by senior officers."
)

category = st.text(alphabet="ABCDEFGHIJ_", min_size=1, max_size=6)


@given(st.lists(category, max_size=12))
def test_a_sentence_gives_each_category_and_each_pair_once(cats: list[str]) -> None:
    unique = sorted(set(cats))
    features = sentence_features(cats)
    assert len(features) == len(unique) + len(unique) * (len(unique) - 1) // 2
    assert set(unique) <= features
    assert {f"{a}|{b}" for a, b in combinations(unique, 2)} <= features


def test_article_inputs_join_sentences_and_rule_findings() -> None:
    features = article_features([["MIL"], ["MOVE", "MIL"]], ["troop_movement"])
    assert features == {"MIL", "MOVE", "MIL|MOVE", "found:troop_movement"}


def test_the_shipped_model_reads_back_identically() -> None:
    model = default_missed_signs()
    again = MissedSigns.from_json(model.to_json())
    assert again == model
    assert model.types and set(model.types) <= set(SIGNAL_TYPES)
    assert 0.5 <= model.threshold < 1


def test_a_model_built_for_another_taxonomy_is_refused() -> None:
    body = json.loads(default_missed_signs().to_json())
    body["types"] = body["types"][:-1]
    with pytest.raises(ValueError, match="other sign types"):
        MissedSigns.from_json(json.dumps(body))


def test_probabilities_are_the_logistic_of_the_summed_weights() -> None:
    weights = {"elite_purge": {"PURGE": 1.5, "PURGE|SENIOR_SEC": 0.5, "found:mutiny": 1.0}}
    model = MissedSigns(weights, {"elite_purge": -1.0}, 0.7)
    got = model.probabilities({"PURGE", "PURGE|SENIOR_SEC", "MIL"}, ["elite_purge", "mutiny"])
    assert got == {"elite_purge": pytest.approx(1 / (1 + math.exp(-1.0)))}
    sentences = [["MIL"], ["SENIOR_SEC", "PURGE"], []]
    added = model.added(sentences, [], set())
    assert added == {"elite_purge": (pytest.approx(1 / (1 + math.exp(-1.0))), 1)}
    assert model.added(sentences, ["mutiny"], set())["elite_purge"][0] == pytest.approx(
        1 / (1 + math.exp(-2.0))
    )
    assert model.added(sentences, [], {"elite_purge"}) == {}
    assert MissedSigns(weights, {"elite_purge": -1.0}, 0.8).added(sentences, [], set()) == {}


def test_a_model_fitted_on_the_dev_items_ranks_their_own_signs_first(
    dev_items: list[dict],
) -> None:
    readings = [rule_reading(item_article(item)) for item in dev_items]
    inputs = [article_features(sents, {s.type for s in found}) for found, sents in readings]
    gold = [set(item["signals"]) for item in dev_items]
    model = fit_missed_signs(inputs, gold, 1.0, 0.8, ["coup_event", "blackout"])
    for t in model.types:
        probs = [model.probabilities(x, [t])[t] for x in inputs]
        with_sign = [p for p, g in zip(probs, gold, strict=True) if t in g]
        without = [p for p, g in zip(probs, gold, strict=True) if t not in g]
        assert min(with_sign) > max(without), t


def test_the_shipped_model_keeps_the_dev_items_signs_and_adds_none_there(
    dev_items: list[dict], gazetteer
) -> None:
    for item in dev_items:
        signals = extract(item_article(item), gazetteer).signals
        assert {s.type for s in signals} == set(item["signals"]), item["id"]
        assert {s.found_by for s in signals} <= {"rules"}, item["id"]


def test_an_added_sign_is_shown_with_the_sentence_that_weighs_most(gazetteer) -> None:
    article = Article("reshuffle", RESHUFFLE, RESHUFFLE_TITLE, date="2023-05-02")
    assert "elite_purge" not in {s.type for s in extract(article, gazetteer, check=False).signals}
    # A model that weighs one pair of categories, found only in the first sentence of the body.
    model = MissedSigns(
        {"elite_purge": {"ROUTINE_CHANGE|SENIOR_SEC": 4.0}}, {"elite_purge": -1.0}, 0.8
    )
    signals = extract(article, gazetteer, missed=model).signals
    added = [s for s in signals if s.type == "elite_purge"]
    assert len(added) == 1
    sign = added[0]
    assert sign.found_by == "model" and sign.modality == "reported"
    assert sign.confidence == pytest.approx(1 / (1 + math.exp(-3.0)), abs=1e-3)
    (evidence,) = sign.evidence
    assert evidence.text.startswith("The president of Zambia on Monday named new commanders")
    assert RESHUFFLE[evidence.start : evidence.end] == evidence.text
    record = extract(article, gazetteer, missed=model).to_dict()
    assert record["countries"][:1] == ["ZMB"]
    assert [s["found_by"] for s in record["signals"] if s["type"] == "elite_purge"] == ["model"]


def test_short_texts_are_left_to_the_rules(gazetteer) -> None:
    text = (
        "Government forces pulled back from the border crossing on Sunday, and armed groups "
        "took it over without a fight, officials said."
    )
    assert len(text) < MIN_CHECK_CHARS
    article = Article("short", text)
    model = MissedSigns({"military_defeat": {}}, {"military_defeat": 10.0}, 0.8)
    rules = {s.type for s in extract(article, gazetteer, check=False).signals}
    assert {s.type for s in extract(article, gazetteer, missed=model).signals} == rules


def test_the_array_sums_equal_the_sums_by_name(dev_items: list[dict]) -> None:
    shipped = default_missed_signs()
    every = MissedSigns(shipped.weights, shipped.intercepts, 0.0)
    for item in dev_items:
        found, sentences = rule_reading(item_article(item))
        types = {s.type for s in found}
        by_name = every.probabilities(article_features(sentences, types), every.types)
        fast = every.added(sentences, types, set())
        assert fast.keys() == by_name.keys(), item["id"]
        for t, (p, _) in fast.items():
            assert p == pytest.approx(by_name[t], abs=1e-6), (item["id"], t)


def test_no_sign_is_added_without_a_sentence_to_show(gazetteer) -> None:
    text = "Markets were calm and the weather was mild across the region this week. " * 8
    assert len(text) >= MIN_CHECK_CHARS
    eager = MissedSigns({"elite_purge": {"MIL": 1.0}}, {"elite_purge": 10.0}, 0.8)
    assert extract(Article("calm", text), gazetteer, missed=eager).signals == []
    blank = MissedSigns({}, {}, 0.8)
    assert extract(Article("calm", text), gazetteer, missed=blank).signals == []
