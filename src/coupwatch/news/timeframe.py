"""Decide whether a sentence reports something current or recalls the past.

Warning signs count only when they are happening now: background sentences ("the country has
had four coups since 1960"), anniversaries and events dated weeks before the article are
retrospective.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DIGIT = re.compile(r"\d")
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})\b(?:\s*-\s*\d{{1,2}})?", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\b", re.IGNORECASE)
STALE_AFTER = timedelta(days=10)
# "since" within a few words before a date: the date starts a period that is still going on.
_SINCE_BEFORE = re.compile(r"\bsince\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
# "since" and, within three words, a year ("since 2012", "since September 2021", "since a 2020").
_SINCE_YEAR = re.compile(r"\bsince\W+(?:\w+\W+){0,2}?(1[89]\d\d|20\d\d)\b", re.IGNORECASE)


def parse_date(value: str | None) -> date | None:
    """Parse ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (or an ISO timestamp) to a date."""
    if not value:
        return None
    m = re.match(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def reference_year(article_date: str | None, text: str) -> int | None:
    """The year the article speaks from: its date, else the latest plausible year in the text."""
    parsed = parse_date(article_date)
    if parsed:
        return parsed.year
    years = [int(y) for y in _YEAR.findall(text) if int(y) <= date.today().year]
    return max(years) if years else None


def _mentioned_dates(sentence: str, ref: date, skip_since: bool = False) -> list[date]:
    """Month-day dates in ``sentence``, in the year that puts them at or before ``ref``.

    With ``skip_since``, dates right after "since" (the start of something still going on)
    are left out.
    """
    found: list[date] = []
    matches = [(m, m.group(1), m.group(2)) for m in _MONTH_DAY.finditer(sentence)]
    matches += [(m, m.group(2), m.group(1)) for m in _DAY_MONTH.finditer(sentence)]
    pairs = [
        (month_name, day)
        for m, month_name, day in matches
        if not (skip_since and _SINCE_BEFORE.search(sentence[: m.start()]))
    ]
    for month_name, day in pairs:
        month = _MONTHS[month_name.lower()]
        if month_name.lower() == "may" and month_name != "May":
            continue
        try:
            when = date(ref.year, month, int(day))
        except ValueError:
            continue
        if when > ref + timedelta(days=2):
            when = when.replace(year=ref.year - 1) if not (month == 2 and int(day) == 29) else when
        found.append(when)
    return found


def is_retrospective(
    sentence: str, has_retro_cue: bool, ref_year: int | None, article_date: str | None
) -> bool:
    """Whether ``sentence`` recalls the past rather than reporting the present.

    ``has_retro_cue`` says whether a lexicon cue such as "anniversary" or "years ago" occurs in
    it. A sentence that says something has gone on *since* a past date is current, not past.
    """
    if _SINCE.search(sentence):
        return False
    if has_retro_cue:
        return True
    if not _DIGIT.search(sentence):
        return False
    years = {int(y) for y in _YEAR.findall(sentence)}
    if ref_year is not None and years and max(years) < ref_year:
        return True
    parsed = parse_date(article_date)
    if parsed and article_date and len(article_date.strip()) >= 10 and not years:
        return any(parsed - d > STALE_AFTER for d in _mentioned_dates(sentence, parsed))
    return False


def since_earlier_year(sentence: str, ref_year: int | None) -> bool:
    """Whether a sentence dates a state still going on from an earlier year.

    "The country has been led since September 2021 by the colonel who took power in a coup":
    the rule is current, but the coup that began it belongs to that earlier year.
    """
    if ref_year is None or not _DIGIT.search(sentence):
        return False
    return any(int(m.group(1)) < ref_year for m in _SINCE_YEAR.finditer(sentence))


def dates_only_background(sentence: str, has_now_cue: bool, ref_year: int | None) -> bool:
    """Whether an older year in a sentence that also says "on Saturday" or "today" is background.

    "The unit, which backed the 2009 coup, on Saturday refused orders" reports a current act;
    only what the older year dates ("the 2009 coup") belongs to the past.
    """
    if not has_now_cue or ref_year is None:
        return False
    years = {int(y) for y in _YEAR.findall(sentence)}
    return bool(years) and max(years) < ref_year


def stale_date_background(sentence: str, article_date: str | None) -> bool:
    """Whether a sentence dates an act more than ten days before the article.

    "The country has been in turmoil since the general launched a coup on October 25" is
    current about the turmoil but dates the coup weeks back: the coup is background. A date
    right after "since" ("protests since 3 March") starts something still going on.
    """
    if not _DIGIT.search(sentence):
        return False
    parsed = parse_date(article_date)
    if not parsed or not article_date or len(article_date.strip()) < 10:
        return False
    dates = _mentioned_dates(sentence, parsed, skip_since=True)
    return any(parsed - d > STALE_AFTER for d in dates)
