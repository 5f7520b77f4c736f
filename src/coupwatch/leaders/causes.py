"""Exit causes of a leader spell and how source codings map onto them.

Causes:

* ``natural_death`` — Archigos "Natural Death" and "Retired Due to Ill Health".
* ``irregular`` — Archigos "Irregular" (removal by the military, rebels, other government actors,
  popular protest, assassination …), "Foreign" (removal by a foreign power) and "Suicide" (the
  three cases on record took their lives facing defeat or a military ultimatum, i.e. forced exits,
  not deaths from illness or age). For spells taken from REIGN, which gives no cause (exits after
  2015, and microstates Archigos leaves out): a successful coup in the Powell & Thyne list in the
  exit month or the month before.
* ``regular`` — Archigos "Regular". For REIGN exits: an exit within :data:`ELECTION_WINDOW`
  months after a held legislative or executive election in the REIGN election list.
* ``unknown`` — Archigos "Unknown" and every REIGN exit with neither kind of evidence. These
  exits are never counted as regular: the models drop the exit month (the spell is treated as
  censored for every cause-specific hazard) and the backtest leaves such windows out of the
  cause-specific measures.
* ``censored`` — still in office at the end of the data.
"""

from __future__ import annotations

NATURAL = "natural_death"
IRREGULAR = "irregular"
REGULAR = "regular"
UNKNOWN = "unknown"
CENSORED = "censored"
REMAIN = "remain"

#: Causes a model predicts, in class order after ``remain`` (class 0).
EXIT_CAUSES: tuple[str, ...] = (NATURAL, IRREGULAR, REGULAR)
CLASSES: tuple[str, ...] = (REMAIN, *EXIT_CAUSES)

#: Months after a held election within which an uncoded exit counts as regular.
ELECTION_WINDOW = 6

ARCHIGOS_EXIT: dict[str, str] = {
    "Natural Death": NATURAL,
    "Retired Due to Ill Health": NATURAL,
    "Irregular": IRREGULAR,
    "Foreign": IRREGULAR,
    "Suicide": IRREGULAR,
    "Regular": REGULAR,
    "Unknown": UNKNOWN,
    "Still in Office": CENSORED,
}


def archigos_cause(exit_text: str | None) -> str:
    """The cause group of an Archigos ``exit`` value (unrecognised values are ``unknown``)."""
    return ARCHIGOS_EXIT.get(str(exit_text).strip(), UNKNOWN)
