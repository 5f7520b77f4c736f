"""A gazetteer of countries (names, aliases, demonyms, capitals, cities) and their leaders.

Country rows come from :func:`coupwatch.geo.countries.load_countries`, cities from
:func:`coupwatch.geo.cities.load_cities`; leaders from any DataFrame with columns
``leader, gwcode, start, end`` and optionally ``open_ended`` (still in office when the source
ends; without the column, spells ending on the table's last date are taken as open). The
project's table joins Archigos (to 2015) and REIGN (to 2019), so leaders who took office after
Archigos ends are known too. A few places that are not Gleditsch–Ward states but appear in
news as subjects of their own (Hong Kong) are special entries without a G&W code. The USSR is
G&W 365 before 1992 and is reported as ``SUN``.

A name may point at several states: a demonym two states share ("Congolese", "Korean"), a
city found in two countries ("Hyderabad"), a capital that was also a state's that no longer
exists ("Seoul", "Munich"). Such a mention is resolved in three steps: states that did not
exist at the article's date are dropped (a state that ended passes its own unique names to its
successor, as a city would count); the state with the most other evidence in the article
(its names, capitals, cities and leaders) wins; failing that, the reading news uses most
often, or the candidate whose kind of name is strongest (Tripoli, capital of Libya, over the
Lebanese city), wins. Otherwise the mention is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import pandas as pd

from coupwatch.config import local_data_dir, store_path
from coupwatch.errors import CoupwatchError
from coupwatch.geo.cities import load_cities
from coupwatch.geo.countries import load_countries as geo_countries
from coupwatch.news.scan import PhraseScanner
from coupwatch.store import open_store

SPECIAL_ENTRIES: tuple[dict[str, str], ...] = (
    {
        "iso3": "HKG",
        "name": "Hong Kong",
        "aliases": "Hongkong|HKSAR",
        "demonyms": "Hongkonger|Hongkongers|Hong Konger|Hong Kongers",
        "capital": "",
    },
)
# Names of constituent parts that news uses for the whole state.
CONSTITUENT_NAMES: dict[str, str] = {
    "GBR": "England|Scotland|Wales|Northern Ireland|English|Scottish|Welsh",
}
# Demonyms that news also uses for a second state ("Guinean" soldiers in Bissau).
EXTRA_DEMONYMS: dict[str, str] = {"GNB": "Guinean", "GNQ": "Guinean"}
# The reading of a shared demonym when nothing else in the text decides.
DOMINANT_READING: dict[str, str] = {"Congolese": "COD", "Dominican": "DOM", "Guinean": "GIN"}
# Existence of states that share names with another state (G&W dates), and the state that a
# state which ended passes its own names on to (None: no single successor).
PERIODS: dict[str, tuple[date | None, date | None]] = {
    "XCA": (None, date(1839, 12, 31)),
    "XGC": (None, date(1830, 9, 22)),
    "XHV": (None, date(1871, 1, 17)),
    "XBV": (None, date(1871, 1, 17)),
    "XBD": (None, date(1871, 1, 17)),
    "XSX": (None, date(1871, 1, 17)),
    "XWT": (None, date(1871, 1, 17)),
    "XHK": (None, date(1871, 1, 17)),
    "XHD": (None, date(1871, 1, 17)),
    "XMS": (None, date(1871, 1, 17)),
    "DDR": (None, date(1990, 10, 2)),
    "XAH": (None, date(1918, 11, 13)),
    "CSK": (None, date(1992, 12, 31)),
    "CZE": (date(1993, 1, 1), None),
    "XPS": (None, date(1870, 9, 22)),
    "XTS": (None, date(1861, 3, 16)),
    "XMD": (None, date(1861, 3, 16)),
    "XPR": (None, date(1861, 3, 16)),
    "XTC": (None, date(1861, 3, 16)),
    "YUG": (None, date(2006, 6, 4)),
    "SRB": (date(2006, 6, 5), None),
    "XZN": (None, date(1964, 4, 26)),
    "XTV": (None, date(1910, 5, 30)),
    "XOF": (None, date(1910, 5, 30)),
    "YMD": (None, date(1990, 5, 21)),
    "XTB": (None, date(1950, 10, 1)),
    "XKR": (None, date(1910, 8, 22)),
    "XSV": (None, date(1975, 4, 30)),
}
SUCCESSORS: dict[str, str] = {
    **dict.fromkeys(("XHV", "XBV", "XBD", "XSX", "XWT", "XHK", "XHD", "XMS", "DDR"), "DEU"),
    **dict.fromkeys(("XTS", "XMD", "XPR", "XTC"), "ITA"),
    **dict.fromkeys(("XTV", "XOF"), "ZAF"),
    "XZN": "TZA",
    "YMD": "YEM",
    "XTB": "CHN",
    "XSV": "VNM",
}
USSR_GWCODE = 365
USSR_END_YEAR = 1991
# A leader is looked for in texts dated from a year before taking office to three years after.
LEADER_LEAD_IN = timedelta(days=365)
LEADER_AFTERLIFE = timedelta(days=3 * 365)
_NOT_SURNAMES = {"General", "King", "Prince", "Sheikh", "Emir", "Sultan", "Junior", "Senior"}
# One-word leader names that are also months, common words or given names: matched alone
# they would name a country in any text ("in May", "said Thomas").
_AMBIGUOUS_NAMES = frozenset(
    (
        "May", "Albert", "Anthony", "Christian", "Douglas", "Harris", "Johnson", "Mitchell",
        "Scott", "Stuart", "Thomas", "Spencer", "Browne", "Christie", "Michel", "Abdullah",
        "Mustafa", "Salman", "Mansour", "Suleiman", "Salam", "Tong", "Mori", "Marti",
        "Mohamed", "Mohammed", "Muhammad", "Mohamad", "Ahmed", "Ahmad", "Hassan", "Hussein",
        "Ibrahim", "Omar", "Abdel", "Fernandez", "Fernández", "Sanchez", "Sánchez", "Lopez",
        "López", "Garcia", "García", "Gonzalez", "González", "Rodriguez", "Rodríguez",
        "Martinez", "Martínez", "Hernandez", "Hernández", "Perez", "Pérez", "Traore", "Traoré",
        "Diallo", "Keita", "Kim", "Lee", "Singh", "Khan",
    )
)  # fmt: skip
# Cities count less than the country's own names, demonyms and capital.
KIND_WEIGHT = {
    "name": 1.0,
    "alias": 1.0,
    "capital": 0.8,
    "leader": 0.8,
    "demonym": 0.7,
    "city": 0.5,
    "city_ambiguous": 0.3,
}
CITY_KINDS = {"": "city", "capital": "capital", "ambiguous": "city_ambiguous"}
# City names this short get no upper-case form ("GAO" is also an acronym).
UPPER_MIN_CITY = 5
CITY_KIND_NAMES = frozenset(("city", "city_ambiguous"))
# Names that contain a state's name but do not point at it, matched and then ignored: news
# outlets and agencies (a source, not a subject: "Agence France-Presse", "told France 24") and
# rivers, lakes and seas shared by several states ("the Niger River" runs through Mali).
IGNORED_NAMES: tuple[str, ...] = (
    "Agence France-Presse",
    "Agence France Presse",
    "France-Presse",
    "France Presse",
    "France 24",
    "France24",
    "Radio France Internationale",
    "Voice of America",
    "Russia Today",
    "China Daily",
    "Japan Times",
    "Korea Times",
    "Times of India",
    "New York Times",
    "Los Angeles Times",
    "Chicago Tribune",
    "Jerusalem Post",
    "Tehran Times",
    "Moscow Times",
    "Kyiv Independent",
    "Kyiv Post",
    "Bangkok Post",
    "Jakarta Post",
    "Kathmandu Post",
    "Dhaka Tribune",
    "Manila Bulletin",
    "Sudan Tribune",
    "Sydney Morning Herald",
    "Toronto Star",
    "Irish Times",
    "Addis Standard",
    "Niger River",
    "River Niger",
    "Niger Basin",
    "Lake Chad",
    "Lake Chad Basin",
    "Lake Chad basin",
    "Gulf of Guinea",
    "Gulf of Aden",
    "Gulf of Mexico",
    "Lake Victoria",
    "Lake Tanganyika",
)

Candidate = tuple[str, str]  # place key, kind of name


@dataclass(frozen=True)
class Place:
    """A country (or special entry) the gazetteer can recognise."""

    key: str
    name: str
    iso3: str
    gwcode: int | None

    def __hash__(self) -> int:
        return hash(self.key)


@dataclass(frozen=True)
class Mention:
    """One gazetteer hit in a text (character offsets)."""

    place: Place
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class _LeaderSpell:
    key: str
    start: date
    end: date | None


@dataclass(frozen=True)
class _Shared:
    """A name with several candidate places, and the reading when nothing decides."""

    candidates: tuple[Candidate, ...]
    dominant: str | None


@dataclass(frozen=True)
class _Pending:
    """A hit on a shared name, waiting for the article's other mentions to resolve it."""

    field: int
    start: int
    end: int
    candidates: tuple[Candidate, ...]
    dominant: str | None


def _split(value: object) -> list[str]:
    if not isinstance(value, str):
        return []
    return [v.strip() for v in value.split("|") if v.strip()]


def _surname_forms(name: str) -> list[str]:
    """The full name plus later name parts that are long enough to be distinctive."""
    parts = name.replace("-", " ").split()
    forms = [name]
    later = parts[1:] if len(parts) > 1 else parts
    forms += [p for p in later if len(p) >= 4 and p[0].isupper() and p not in _NOT_SURNAMES]
    return [f for f in dict.fromkeys(forms) if f not in _AMBIGUOUS_NAMES]


def _country_forms(row: dict) -> list[tuple[str, str]]:
    """(kind, form) pairs of one country row."""
    key = str(row["iso3"])
    capital = row.get("capital")
    pairs = [("name", row["name"])]
    pairs += [("alias", f) for f in _split(row.get("aliases")) + _split(CONSTITUENT_NAMES.get(key))]
    pairs += [("demonym", f) for f in _split(row.get("demonyms")) + _split(EXTRA_DEMONYMS.get(key))]
    pairs += [("capital", capital)] if isinstance(capital, str) else []
    return [(k, f) for k, f in pairs if isinstance(f, str) and len(f) >= 2]


def _stronger(a: str, b: str) -> bool:
    """Whether kind ``a`` outranks kind ``b`` for the same place."""
    return KIND_WEIGHT[a] > KIND_WEIGHT[b]


def _surfaces(form: str, kind: str) -> set[str]:
    """The spellings matched for a name: as written and, unless a short city, upper case."""
    if kind in CITY_KIND_NAMES and (kind != "city" or len(form) < UPPER_MIN_CITY):
        return {form}
    return {form, form.upper()}


class Gazetteer:
    """Recognises country, city and leader mentions in a text."""

    def __init__(
        self,
        countries: pd.DataFrame,
        leaders: pd.DataFrame | None = None,
        cities: pd.DataFrame | None = None,
    ) -> None:
        """Build the matcher; ``cities`` defaults to the packaged table (pass an empty one
        to leave cities out)."""
        self.places: dict[str, Place] = {}
        forms: dict[str, dict[str, str]] = {}
        for row in countries.to_dict("records") + list(SPECIAL_ENTRIES):
            gw = row.get("gwcode")
            gwcode = int(gw) if gw is not None and not pd.isna(gw) else None
            key = str(row["iso3"])
            self.places[key] = Place(key, str(row["name"]), key, gwcode)
            for kind, form in _country_forms(row):
                self._add_form(forms, form, key, kind)
        self._by_gwcode = {p.gwcode: p for p in self.places.values() if p.gwcode is not None}
        self._add_cities(forms, load_cities() if cities is None else cities)
        phrases: dict[str, list[str]] = {}
        self._shared: dict[str, _Shared] = {}
        for form, by_key in forms.items():
            label = self._label(form, by_key)
            kind = max(by_key.values(), key=KIND_WEIGHT.__getitem__)
            phrases.setdefault(label, []).extend(sorted(_surfaces(form, kind)))
        phrases["ignored|"] = sorted(set(IGNORED_NAMES))
        self._spells: list[_LeaderSpell] = []
        if leaders is not None and not leaders.empty:
            for label, values in self._leader_phrases(leaders).items():
                phrases.setdefault(label, []).extend(values)
        self._scanner = PhraseScanner(phrases, lower=False)

    @staticmethod
    def _add_form(forms: dict[str, dict[str, str]], form: str, key: str, kind: str) -> None:
        """Record that ``form`` names ``key`` as ``kind`` (the strongest kind per place)."""
        by_key = forms.setdefault(form, {})
        if key not in by_key or _stronger(kind, by_key[key]):
            by_key[key] = kind

    def _add_cities(self, forms: dict[str, dict[str, str]], cities: pd.DataFrame) -> None:
        for row in cities.to_dict("records"):
            place = self._by_gwcode.get(int(row["gwcode"]))
            if place is not None and isinstance(row["city"], str) and len(row["city"]) >= 2:
                kind = CITY_KINDS.get(str(row.get("role") or ""), "city_ambiguous")
                self._add_form(forms, row["city"], place.key, kind)

    def _label(self, form: str, by_key: dict[str, str]) -> str:
        """The scanner label of a name: ``kind|key``, or a shared label for several places."""
        if len(by_key) == 1:
            ((key, kind),) = by_key.items()
            return f"{kind}|{key}"
        candidates = tuple(sorted(by_key.items()))
        dominant = DOMINANT_READING.get(form)
        label = "shared|" + ",".join(f"{k}:{v}" for k, v in candidates) + f"|{dominant}"
        self._shared[label] = _Shared(candidates, dominant if dominant in by_key else None)
        return label

    def _leader_phrases(self, leaders: pd.DataFrame) -> dict[str, list[str]]:
        """Leader name forms, labelled with the indices of the leaders' spells."""
        ends = pd.to_datetime(leaders["end"], errors="coerce")
        by_form: dict[str, list[int]] = {}
        rows = leaders.to_dict("records")
        for row, end, open_ended in zip(rows, ends, _open_ended(leaders, ends), strict=True):
            place = self._by_gwcode.get(int(row["gwcode"]))
            start = pd.to_datetime(row["start"], errors="coerce")
            if place is None or pd.isna(start) or not isinstance(row["leader"], str):
                continue
            self._spells.append(
                _LeaderSpell(place.key, start.date(), None if open_ended else end.date())
            )
            for form in _surname_forms(row["leader"]):
                by_form.setdefault(form, []).append(len(self._spells) - 1)
        phrases: dict[str, list[str]] = {}
        for form, idxs in by_form.items():
            phrases.setdefault("leader|" + ",".join(map(str, idxs)), []).append(form)
        return phrases

    def place_for_gwcode(self, gwcode: int) -> Place | None:
        """The place with this G&W code, if the gazetteer knows it."""
        return self._by_gwcode.get(gwcode)

    def iso3(self, place: Place, ref_year: int | None) -> str:
        """ISO3 code to report for ``place`` in a text written in ``ref_year`` (USSR → SUN)."""
        if place.gwcode == USSR_GWCODE and ref_year is not None and ref_year <= USSR_END_YEAR:
            return "SUN"
        return place.iso3

    def _leader_key(self, idxs: list[int], when: date | None) -> str | None:
        if when is None:
            return None
        keys = {
            self._spells[i].key
            for i in idxs
            if self._spells[i].start - LEADER_LEAD_IN <= when
            and (self._spells[i].end is None or when <= self._spells[i].end + LEADER_AFTERLIFE)
        }
        return keys.pop() if len(keys) == 1 else None

    def find(self, text: str, when: date | None = None) -> list[Mention]:
        """All country, city and leader mentions in ``text``; leaders only if in office near
        ``when``. Overlapping names resolve to the longest one starting first."""
        return self.find_all([text], when)[0]

    def find_all(self, texts: Sequence[str], when: date | None = None) -> list[list[Mention]]:
        """The mentions in each of the texts of one article (title, body), in text order.

        Shared names are resolved with the evidence of all the texts together (module notes);
        an undated article is read as current news.
        """
        found: list[list[Mention]] = [[] for _ in texts]
        pending: list[_Pending] = []
        for field, text in enumerate(texts):
            taken = 0
            for start, end, labels in self._scanner.scan(text):
                if start < taken:
                    continue
                hit = self._read(labels, when)
                if hit is None or (text[start - 1 : start] == "-" and _is_city(hit)):
                    continue
                taken = end
                if isinstance(hit, _Shared):
                    pending.append(_Pending(field, start, end, hit.candidates, hit.dominant))
                elif hit[1] != "ignored":
                    found[field].append(Mention(self.places[hit[0]], hit[1], start, end))
        if pending:
            self._settle(found, pending)
        return found

    def _read(self, labels: tuple[str, ...], when: date | None) -> Candidate | _Shared | None:
        """The place (or the still-open candidates) of the first label that names one."""
        for label in labels:
            kind, _, ref = label.partition("|")
            if kind == "ignored":
                return "", kind
            if kind == "leader":
                key = self._leader_key([int(i) for i in ref.split(",")], when)
                if key is not None:
                    return key, kind
            elif kind == "shared":
                hit = self._open(self._shared[label], when)
                if hit is not None:
                    return hit
            else:
                current = _current((ref, kind), when or date.today())
                if current is not None:
                    return current
        return None

    @staticmethod
    def _open(shared: _Shared, when: date | None) -> Candidate | _Shared | None:
        """The candidates of a shared name that existed at ``when``, merged per place."""
        day = when or date.today()
        merged: dict[str, str] = {}
        for cand in shared.candidates:
            current = _current(cand, day)
            if current is not None:
                key, kind = current
                if key not in merged or _stronger(kind, merged[key]):
                    merged[key] = kind
        if len(merged) <= 1:
            return next(iter(merged.items()), None)
        dominant = shared.dominant if shared.dominant in merged else None
        return _Shared(tuple(merged.items()), dominant)

    def _settle(self, found: list[list[Mention]], pending: list[_Pending]) -> None:
        """Resolve shared names by the other mentions of the article, in place."""
        evidence: dict[str, float] = {}
        for mentions in found:
            for m in mentions:
                evidence[m.place.key] = evidence.get(m.place.key, 0.0) + KIND_WEIGHT[m.kind]
        for p in pending:
            choice = _choose(p, evidence)
            if choice is not None:
                found[p.field].append(Mention(self.places[choice[0]], choice[1], p.start, p.end))
        for mentions in found:
            mentions.sort(key=lambda m: m.start)


def _open_ended(leaders: pd.DataFrame, ends: pd.Series) -> list[bool]:
    """Per spell, whether it runs on past the table's coverage: a missing end, the
    ``open_ended`` column when given, else an end on the table's last date (censoring)."""
    if "open_ended" in leaders.columns:
        flags = leaders["open_ended"].fillna(False).astype(bool)
        return [bool(f) or pd.isna(e) for f, e in zip(flags, ends, strict=True)]
    censored = ends.max()
    return [bool(pd.isna(e) or e == censored) for e in ends]


def _is_city(hit: Candidate | _Shared) -> bool:
    """Whether a hit names only cities: then, after a hyphen, it is part of another name
    ("Al-Asaba" is not Asaba)."""
    kinds = [c[1] for c in hit.candidates] if isinstance(hit, _Shared) else [hit[1]]
    return all(k in CITY_KIND_NAMES for k in kinds)


def _current(candidate: Candidate, day: date) -> Candidate | None:
    """The candidate as of ``day``: itself, its successor (as a city), or None."""
    key = candidate[0]
    period = PERIODS.get(key)
    if period is None:
        return candidate
    start, end = period
    if start is not None and day < start:
        return None
    if end is not None and day > end:
        successor = SUCCESSORS.get(key)
        return None if successor is None else (successor, "city")
    return candidate


def _choose(pending: _Pending, evidence: dict[str, float]) -> Candidate | None:
    """Most other evidence wins; else the dominant reading; else a strictly stronger kind."""
    ranked = sorted(pending.candidates, key=lambda c: -evidence.get(c[0], 0.0))
    best, runner_up = (evidence.get(c[0], 0.0) for c in ranked[:2])
    if best > runner_up:
        return ranked[0]
    for cand in pending.candidates:
        if cand[0] == pending.dominant:
            return cand
    by_kind = sorted(pending.candidates, key=lambda c: -KIND_WEIGHT[c[1]])
    if KIND_WEIGHT[by_kind[0][1]] > KIND_WEIGHT[by_kind[1][1]]:
        return by_kind[0]
    return None


def leaders_from_archigos(frame: pd.DataFrame) -> pd.DataFrame:
    """Archigos rows (raw ``ccode`` or imported ``gwcode``) as a leader table.

    The result has the columns ``leader, gwcode, start, end`` that :class:`Gazetteer` expects.
    """
    code = "gwcode" if "gwcode" in frame.columns else "ccode"
    return frame.rename(columns={code: "gwcode", "startdate": "start", "enddate": "end"})[
        ["leader", "gwcode", "start", "end"]
    ]


def _fix_mojibake(name: object) -> object:
    """UTF-8 text that was read as Latin-1 ("KatrÃ\xadn"), decoded again; other values as-is."""
    if not isinstance(name, str):
        return name
    try:
        return name.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return name


def _reign_gwcodes(frame: pd.DataFrame, crosswalk: pd.DataFrame | None) -> pd.Series:
    """G&W codes of raw REIGN rows: the COW code converted by state-year, else kept."""
    codes = frame["ccode"].astype(int)
    if crosswalk is None:
        return codes
    cw = crosswalk.dropna(subset=["ccode", "gwcode", "year"])
    by_year = dict(
        zip(
            zip(cw["ccode"].astype(int), cw["year"].astype(int), strict=True),
            cw["gwcode"].astype(int),
            strict=True,
        )
    )
    years = frame["syear"].astype(int)
    return pd.Series(
        [by_year.get((c, y), c) for c, y in zip(codes, years, strict=True)], index=frame.index
    )


def leaders_from_reign(frame: pd.DataFrame, crosswalk: pd.DataFrame | None = None) -> pd.DataFrame:
    """REIGN leader rows (imported, with ``gwcode`` and ``start``, or the raw CSV with COW
    ``ccode`` converted through ``crosswalk``) as a leader table.

    A spell ends on the last day of its end month; a missing end means still in office when
    REIGN's coverage ends (``open_ended``).
    """
    if "start" in frame.columns:
        start = pd.to_datetime(frame["start"], errors="coerce")
        gwcode = frame["gwcode"]
    else:
        day = frame["sdate"].fillna(1).astype(int).astype(str)
        text = frame["syear"].astype(str) + "-" + frame["smonth"].astype(str) + "-" + day
        start = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
        gwcode = _reign_gwcodes(frame, crosswalk)
    years = pd.to_numeric(frame["eyear"], errors="coerce")
    months = pd.to_numeric(frame["emonth"], errors="coerce")
    first = pd.to_datetime(
        {"year": years, "month": months, "day": 1}, errors="coerce"
    ) if len(frame) else pd.Series(pd.NaT, index=frame.index)  # fmt: skip
    end = first + pd.offsets.MonthEnd(0)
    return pd.DataFrame(
        {
            "leader": frame["leader"].map(_fix_mojibake),
            "gwcode": gwcode,
            "start": start,
            "end": end,
            "open_ended": end.isna(),
        }
    ).dropna(subset=["gwcode"])


def combine_leaders(
    archigos: pd.DataFrame | None, reign: pd.DataFrame | None
) -> pd.DataFrame | None:
    """One leader table from both sources.

    With REIGN present, Archigos spells censored at its end (2015) are closed there: REIGN
    carries those leaders on with their real end dates.
    """
    if reign is None or reign.empty:
        return archigos
    if archigos is None or archigos.empty:
        return reign
    closed = archigos.assign(open_ended=False)
    return pd.concat([closed, reign], ignore_index=True)


def load_leaders() -> pd.DataFrame | None:
    """The leader table: Archigos and REIGN from the store if imported, else from
    ``$COUPWATCH_DATA``."""
    archigos, reign = _leaders_from_store()
    folder = local_data_dir()
    if folder is not None and archigos is None:
        csv = folder / "archigos" / "Archigos_4.1.csv"
        archigos = leaders_from_archigos(pd.read_csv(csv)) if csv.exists() else None
    if folder is not None and reign is None:
        reign = reign_leaders(folder)
    return combine_leaders(archigos, reign)


def _leaders_from_store() -> tuple[pd.DataFrame | None, pd.DataFrame | None]:
    """Archigos and REIGN leader tables from the store, where imported."""
    path = store_path()
    if not path.exists():
        return None, None
    try:
        with open_store(path, read_only=True) as store:
            archigos = (
                leaders_from_archigos(store.table("src_archigos"))
                if store.has_table("src_archigos")
                else None
            )
            reign = (
                leaders_from_reign(store.table("src_reign_leaders"))
                if store.has_table("src_reign_leaders")
                else None
            )
    except CoupwatchError:
        return None, None
    return archigos, reign


def reign_leaders(folder: Path) -> pd.DataFrame | None:
    """The REIGN leader list in ``folder/reign`` (None if absent), with COW codes converted
    by the isard COW→G&W crosswalk when it is in ``folder/isard``."""
    files = sorted((folder / "reign").glob("*leaderlist*.csv"))
    if not files:
        return None
    raw = pd.read_csv(files[-1], encoding="latin-1", na_values=("", "NA", "-99"))
    cw_path = folder / "isard" / "cw_gw_panel.csv"
    crosswalk = pd.read_csv(cw_path) if cw_path.exists() else None
    return leaders_from_reign(raw, crosswalk)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer built once per process from the project's own country and leader data."""
    return Gazetteer(geo_countries(), load_leaders())
