"""Targets on the labelled dev items and on hand-written stories the rules never saw."""

from __future__ import annotations

import pytest

from coupwatch.news.article import Article
from coupwatch.news.evaluate import evaluate
from coupwatch.news.extract import extract
from tests.news.handwritten import CASES, FRESH_CASES, UNSEEN_CASES

# Stories of the later hand-written sets the rules still get wrong; kept visible, not fitted away.
KNOWN_MISSES = {
    "hw2-rumour": "rumoured troops around the palace also give a speculative troop_movement",
    "hw3-sahel-coup": "'mutinous officers' in the headline adds mutiny to the coup",
    "hw3-oped-latam": "a bare 'a coup remains unlikely' is too weak for a speculative coup",
}


@pytest.fixture(scope="module")
def dev_report(dev_items, gazetteer) -> dict:
    return evaluate(dev_items, gazetteer)


def test_dev_micro_f1(dev_report) -> None:
    assert dev_report["signals"]["micro"]["f1"] >= 0.80


def test_dev_modality_accuracy(dev_report) -> None:
    assert dev_report["modality_accuracy"] >= 0.85


def test_dev_subject_accuracy(dev_report) -> None:
    assert dev_report["subject_accuracy"] >= 0.90


def test_dev_cross_validated_estimate(dev_report) -> None:
    assert dev_report["cross_validated"]["f1"] >= 0.80


def test_handwritten_signals_and_modality(gazetteer) -> None:
    report = evaluate(CASES, gazetteer)
    assert report["signals"]["micro"]["f1"] >= 0.80
    assert report["modality_accuracy"] >= 0.85


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_handwritten_case(case, gazetteer) -> None:
    got = extract(Article(case["id"], case["text"], case["title"], date=case["date"]), gazetteer)
    assert {s.type for s in got.signals} == set(case["signals"])


@pytest.mark.parametrize("cases", [UNSEEN_CASES, FRESH_CASES], ids=["second", "third"])
def test_later_handwritten_sets(cases, gazetteer) -> None:
    report = evaluate(cases, gazetteer)
    assert report["signals"]["micro"]["f1"] >= 0.8
    assert report["modality_accuracy"] >= 0.9


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            c,
            id=c["id"],
            marks=[pytest.mark.xfail(reason=KNOWN_MISSES[c["id"]], strict=True)]
            if c["id"] in KNOWN_MISSES
            else [],
        )
        for c in UNSEEN_CASES + FRESH_CASES
    ],
)
def test_later_handwritten_case(case, gazetteer) -> None:
    got = extract(Article(case["id"], case["text"], case["title"], date=case["date"]), gazetteer)
    assert {s.type for s in got.signals} == set(case["signals"])


def test_speculative_opinion_piece(gazetteer) -> None:
    text = (
        "Could Harare's generals be tempted again? I think a coup is unlikely before the "
        "election, but it is possible that frustrated officers would move if the currency "
        "collapses. Some analysts predict tanks could roll into the capital within a year; in my "
        "view such speculation is overdone, yet rumours of a putsch may keep circulating."
    )
    got = extract(Article("op", text, "Is Zimbabwe heading for another coup?"), gazetteer)
    assert got.modality == "speculative"
    reported = {s.type for s in got.signals if s.modality == "reported"}
    assert not reported & {"coup_event", "troop_movement"}
    assert "coup_event" in {s.type for s in got.signals}
    assert got.countries == ["ZWE"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The striker's arrival was hailed as a major coup for the club's new owners.",
        "Rebel shareholders mounted a boardroom coup and removed the chief executive.",
        "The party room putsch ended with the prime minister losing the leadership spill.",
        "Lawmakers toppled the cabinet in a no-confidence vote, the speaker said.",
        "Critics called the suspension of parliament a constitutional coup.",
        "Thirty years after the 1989 coup, veterans gathered for a memorial service.",
        "Tanks rolled down the avenue during the annual independence day parade in the capital.",
        "Soldiers were deployed to the capital's flooded suburbs to help with rescue work.",
        "Troops took part in a joint exercise near the capital with allied forces.",
        "The health minister said the hospital would open in the capital next month.",
        "Voters turned out for the general election as soldiers guarded polling stations.",
        "The foreign ministry lodged an official protest with the ambassador over the remarks.",
        "Government troops inflicted heavy losses on the militants near the border.",
        "Prison riots broke out in the capital and inmates took guards hostage.",
        "Rebel lawmakers staged a party coup against the prime minister on Friday.",
        "Supporters of the junta rallied in the capital to demand that foreign troops leave.",
        "The attorney general said the ousted president would stand trial next month.",
        "Soldiers were deployed to patrol the streets of the capital in a crackdown on gangs.",
    ],
)
def test_trap_sentences_are_negative(sentence: str, gazetteer) -> None:
    got = extract(Article("trap", sentence, date="2019-06-01"), gazetteer)
    assert got.signals == []


def test_ussr_before_1992_is_sun(gazetteer) -> None:
    text = "Tanks rolled into Moscow as Soviet hardliners announced they had seized power."
    got = extract(Article("ussr", text, date="1991-08-19"), gazetteer)
    assert got.countries == ["SUN"]
    assert got.gwcodes == [365]


def test_hong_kong_is_its_own_subject(gazetteer) -> None:
    text = "Hundreds of thousands of protesters marched in Hong Kong against the extradition bill."
    got = extract(Article("hk", text, date="2019-06-16"), gazetteer)
    assert got.countries == ["HKG"]
    assert got.gwcodes == [None]
