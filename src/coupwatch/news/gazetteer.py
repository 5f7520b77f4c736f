"""A gazetteer of countries (names, aliases, demonyms, capitals) and, optionally, their leaders.

Country rows come from :func:`coupwatch.geo.countries.load_countries`; leaders from any
DataFrame with columns ``leader, gwcode, start, end``. A few places that are not
Gleditsch–Ward states but appear in news as subjects of their own (Hong Kong) are special
entries without a G&W code. The USSR is G&W 365 before 1992 and is reported as ``SUN``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import pandas as pd

from coupwatch.config import local_data_dir, store_path
from coupwatch.errors import CoupwatchError
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
USSR_GWCODE = 365
USSR_END_YEAR = 1991
# A leader is looked for in texts dated from a year before taking office to three years after.
LEADER_LEAD_IN = timedelta(days=365)
LEADER_AFTERLIFE = timedelta(days=3 * 365)
_NOT_SURNAMES = {"General", "King", "Prince", "Sheikh", "Emir", "Sultan", "Junior", "Senior"}
KIND_WEIGHT = {"name": 1.0, "alias": 1.0, "capital": 0.8, "demonym": 0.7, "leader": 0.8}


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
    return list(dict.fromkeys(forms))


class Gazetteer:
    """Recognises country and leader mentions in a text."""

    def __init__(self, countries: pd.DataFrame, leaders: pd.DataFrame | None = None) -> None:
        self.places: dict[str, Place] = {}
        forms: dict[tuple[str, str], set[str]] = {}
        rows = countries.to_dict("records") + list(SPECIAL_ENTRIES)
        for row in rows:
            gw = row.get("gwcode")
            gwcode = int(gw) if gw is not None and not pd.isna(gw) else None
            key = str(row["iso3"])
            self.places[key] = Place(key, str(row["name"]), key, gwcode)
            for kind, values in (
                ("name", [row["name"]]),
                ("alias", _split(row.get("aliases")) + _split(CONSTITUENT_NAMES.get(key))),
                ("demonym", _split(row.get("demonyms"))),
                ("capital", [row.get("capital")] if isinstance(row.get("capital"), str) else []),
            ):
                for form in values:
                    if isinstance(form, str) and len(form) >= 2:
                        forms.setdefault((kind, form), set()).add(key)
        self._by_gwcode = {p.gwcode: p for p in self.places.values() if p.gwcode is not None}
        surface_keys: dict[str, set[str]] = {}
        for (_, form), keys in forms.items():
            surface_keys.setdefault(form, set()).update(keys)
        phrases: dict[str, list[str]] = {}
        for (kind, form), keys in forms.items():
            if len(surface_keys[form]) != 1:
                continue
            (key,) = keys
            phrases.setdefault(f"{kind}|{key}", []).extend(sorted({form, form.upper()}))
        self._spells: list[_LeaderSpell] = []
        if leaders is not None and not leaders.empty:
            for label, values in self._leader_phrases(leaders).items():
                phrases.setdefault(label, []).extend(values)
        self._scanner = PhraseScanner(phrases, lower=False)

    def _leader_phrases(self, leaders: pd.DataFrame) -> dict[str, list[str]]:
        """Leader name forms, labelled with the indices of the leaders' spells."""
        ends = pd.to_datetime(leaders["end"], errors="coerce")
        censored = ends.max()
        by_form: dict[str, list[int]] = {}
        for row, end in zip(leaders.to_dict("records"), ends, strict=True):
            place = self._by_gwcode.get(int(row["gwcode"]))
            start = pd.to_datetime(row["start"], errors="coerce")
            if place is None or pd.isna(start) or not isinstance(row["leader"], str):
                continue
            open_ended = pd.isna(end) or end == censored
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
        """All country and leader mentions in ``text``; leaders only if in office near ``when``.

        Overlapping names resolve to the longest one starting first.
        """
        found: list[Mention] = []
        taken = 0
        for start, end, labels in self._scanner.scan(text):
            if start < taken:
                continue
            for label in labels:
                kind, _, ref = label.partition("|")
                if kind == "leader":
                    key = self._leader_key([int(i) for i in ref.split(",")], when)
                    if key is None:
                        continue
                else:
                    key = ref
                taken = end
                found.append(Mention(self.places[key], kind, start, end))
                break
        return found


def leaders_from_archigos(frame: pd.DataFrame) -> pd.DataFrame:
    """Archigos rows (raw ``ccode`` or imported ``gwcode``) as a leader table.

    The result has the columns ``leader, gwcode, start, end`` that :class:`Gazetteer` expects.
    """
    code = "gwcode" if "gwcode" in frame.columns else "ccode"
    return frame.rename(columns={code: "gwcode", "startdate": "start", "enddate": "end"})[
        ["leader", "gwcode", "start", "end"]
    ]


def load_leaders() -> pd.DataFrame | None:
    """The leader table: Archigos from the store if imported, else from ``$COUPWATCH_DATA``."""
    path = store_path()
    if path.exists():
        try:
            with open_store(path, read_only=True) as store:
                if store.has_table("src_archigos"):
                    return leaders_from_archigos(store.table("src_archigos"))
        except CoupwatchError:
            pass
    folder = local_data_dir()
    csv = folder / "archigos" / "Archigos_4.1.csv" if folder else None
    return leaders_from_archigos(pd.read_csv(csv)) if csv and csv.exists() else None


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer built once per process from the project's own country and leader data."""
    return Gazetteer(geo_countries(), load_leaders())
