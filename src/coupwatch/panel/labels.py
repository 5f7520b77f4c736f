"""Readable names for panel features, used when a forecast lists its drivers."""

from __future__ import annotations

LABELS: dict[str, str] = {
    "attempts_1y": "coup attempts in the past year",
    "attempts_5y": "coup attempts in the past 5 years",
    "attempts_10y": "coup attempts in the past 10 years",
    "successes_10y": "successful coups in the past 10 years",
    "never_attempted": "no coup attempt on record",
    "log_months_since_attempt": "time since the last attempt",
    "attempt_decay_1y": "recent coup history (1-year half-life)",
    "attempt_decay_5y": "coup history (5-year half-life)",
    "attempt_decay_20y": "long coup history (20-year half-life)",
    "region_attempts_1y": "attempts elsewhere in the region, past year",
    "world_attempts_1y": "attempts worldwide, past year",
    "log_state_age": "years since independence",
    "leader_log_tenure": "leader's time in office",
    "leader_age": "leader's age",
    "leader_military": "leader has a military career",
    "leader_came_by_coup": "leader took power in a coup",
    "military_x_recent_coups": "military regime with recent coups",
    "coup_leader_still_new": "leader took power in a coup at most 2 years ago",
    "regime_democracy": "democratic regime",
    "regime_military": "military regime",
    "regime_personal": "personalist regime",
    "regime_party": "single-party regime",
    "regime_monarchy": "monarchy",
    "regime_provisional": "provisional government",
    "regime_log_age": "age of the regime",
    "polity2": "Polity score",
    "v2x_polyarchy": "V-Dem electoral democracy",
    "euds": "unified democracy score",
    "democracy_carried": "democracy data carried forward",
    "anocracy": "anocracy (Polity −5 to 5)",
    "log_gdppc": "GDP per capita",
    "gdppc_growth": "GDP per capita growth",
    "log_pop": "population",
    "economy_carried": "economic data carried forward",
    "infmort_yearadj": "infant mortality",
    "infmort_carried": "infant mortality carried forward",
    "internal_confl": "internal armed conflict",
    "war": "war",
    "ext_conf": "external armed conflict",
    "conflict_carried": "conflict data carried forward",
    "log_months_since_vote": "time since the last national election",
    "vote_last_6m": "national election in the past 6 months",
    "no_vote_on_record": "no national election on record",
}


REGION_LABELS: dict[str, str] = {
    "region_is_east_asia_pacific": "East Asia & Pacific",
    "region_is_eastern_europe_central_asia": "Eastern Europe & Central Asia",
    "region_is_latin_america_caribbean": "Latin America & Caribbean",
    "region_is_middle_east_north_africa": "Middle East & North Africa",
    "region_is_north_america": "North America",
    "region_is_south_asia": "South Asia",
    "region_is_sub_saharan_africa": "Sub-Saharan Africa",
    "region_is_western_europe": "Western Europe",
}


def label(feature: str) -> str:
    """Readable name of a feature (the feature's own name when none is known)."""
    if feature in REGION_LABELS:
        return f"in {REGION_LABELS[feature]}"
    return LABELS.get(feature, feature.replace("_", " "))
