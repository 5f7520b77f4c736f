"""Competing-risks probabilities."""

from __future__ import annotations

import numpy as np

from coupwatch.leaders.frame import LeaderData, in_office
from coupwatch.leaders.model import cumulative_incidence
from coupwatch.leaders.risk import fit, predict


def test_cumulative_incidence_sums_to_one() -> None:
    rng = np.random.default_rng(1)
    exits = rng.uniform(0, 0.05, size=(5, 24, 3))
    hazards = np.concatenate([1 - exits.sum(axis=2, keepdims=True), exits], axis=2)
    cif = cumulative_incidence(hazards)
    assert np.allclose(cif.sum(axis=2), 1.0)
    assert (np.diff(cif[:, :, 1:], axis=1) >= 0).all()


def test_forecasts_sum_to_one_and_older_leaders_face_more_natural_death(
    leader_data: LeaderData,
) -> None:
    as_of = leader_data.data_end
    model = fit(leader_data, as_of)
    leaders = in_office(leader_data.spells, as_of)
    cif = predict(model, leader_data, as_of, 12, leaders)
    assert np.allclose(cif[:, -1, :].sum(axis=1), 1.0)
    assert (cif >= 0).all()
    putin = leaders.loc[leaders["leader"] == "Putin"].copy()
    young, old = putin.copy(), putin.copy()
    young["birth_year"], old["birth_year"] = 1970.0, 1935.0
    p_young = predict(model, leader_data, as_of, 12, young)[0, -1, 1]
    p_old = predict(model, leader_data, as_of, 12, old)[0, -1, 1]
    assert p_old > 2 * p_young
