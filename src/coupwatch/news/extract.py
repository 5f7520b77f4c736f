"""Extract warning signs, subject countries, modality and quoted sources from one article."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from datetime import date

from coupwatch.news.article import Article
from coupwatch.news.cues import SentenceCues, sentence_categories, tag_text, tag_tokens
from coupwatch.news.gazetteer import Gazetteer, Mention, default_gazetteer
from coupwatch.news.missed_signs import MissedSigns, default_missed_signs
from coupwatch.news.modality import (
    article_modality,
    hedge_count,
    in_scope,
    is_opinion,
    is_speculative,
    speculation_scopes,
)
from coupwatch.news.rules import (
    ANCHOR_CUES,
    ANCHORS,
    HEARSAY_KINDS,
    PRECONDITIONS,
    RULES,
    SIGNAL_TYPES,
    is_hearsay,
    stopped_coup,
)
from coupwatch.news.signal_check import CHECK_CHARS, MIN_CHECK_CHARS, default_signal_check
from coupwatch.news.sources import quoted_sources
from coupwatch.news.subject import PlaceHit, choose_subjects
from coupwatch.news.timeframe import (
    dates_only_background,
    is_retrospective,
    parse_date,
    reference_year,
    since_earlier_year,
    stale_date_background,
)

THRESHOLD = 0.5
EVIDENCE_MIN = 0.3
REPEAT_BONUS = 0.05
MAX_CONFIDENCE = 0.99
# Evidence below this strength is an absence without a health cue (see rules.leader_health).
HEALTH_CUE_MIN = 0.6
# During a coup or mutiny, a bare capture ("fighters took control of the airport") is the
# uprising itself; a military defeat then needs a retreat or rout (strength from 0.7).
DEFEAT_MIN_IN_UPRISING = 0.7
RETRO_DOC_FACTOR = 0.3
ACUTE = ("coup_event", "mutiny")
# Strength of a coup attempt thwarted before any act of force, as a foiled plot.
STOPPED_PLOT = 0.7
RETRO_DOC_SIGNALS = ("coup_event", "troop_movement", "blackout", "mutiny")
# Signals a dated background clause names ("the 2009 coup"), not the current act beside it.
BACKGROUND_KINDS = ("coup_event", "coup_plot")
# Signals that count only when reported: rumoured cuts are not a blackout.
REPORTED_ONLY = ("blackout",)
# Cue categories that place a signal in its clause, beside the rule anchors: a signal whose
# cues all lie outside the clauses a hedge governs stays reported.
_CLAUSE_EXTRA: dict[str, tuple[str, ...]] = {
    "troop_movement": ("MIL_UNIT",),
    "blackout": ("CUT", "SEAL", "B_SEIZE", "ENTRY_BARRED", "OFF_AIR"),
}
CLAUSE_CUES: dict[str, tuple[str, ...]] = {
    kind: anchors + _CLAUSE_EXTRA.get(kind, ()) for kind, anchors in ANCHORS.items()
}


@dataclass(frozen=True)
class Evidence:
    """A sentence supporting a signal: character offsets into the article's text (or title)."""

    start: int
    end: int
    text: str
    field: str = "text"


@dataclass
class Signal:
    """One warning-sign type found in an article."""

    type: str
    modality: str
    confidence: float
    evidence: list[Evidence]
    # "rules", or "model" for a sign only the missed-sign model found (see missed_signs).
    found_by: str = "rules"


@dataclass
class Extraction:
    """Everything the news layer reads from one article."""

    article: Article
    countries: list[str]
    gwcodes: list[int | None]
    signals: list[Signal]
    modality: str
    hedges: int
    sources: list[str]
    mentioned: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        """The JSON-ready record written by ``signals extract``."""
        return {
            "id": self.article.id,
            "title": self.article.title,
            "url": self.article.url,
            "date": self.article.date,
            "countries": self.countries,
            "gwcodes": self.gwcodes,
            "mentioned": self.mentioned,
            "signals": [
                {
                    "type": s.type,
                    "modality": s.modality,
                    "confidence": round(s.confidence, 3),
                    "found_by": s.found_by,
                    "evidence": [asdict(e) for e in s.evidence],
                }
                for s in self.signals
            ],
            "modality": self.modality,
            "hedges": self.hedges,
            "sources": self.sources,
        }


@dataclass
class _Sentence:
    field: str
    index: int
    cues: SentenceCues
    source: str
    span: tuple[int, int] = (0, 0)
    text: str = ""
    spec: bool = False
    retro: bool = False
    strengths: dict[str, float] = field(default_factory=dict)
    # Signal types that are only rumoured here although the sentence itself reports.
    hearsay: frozenset[str] = frozenset()
    # Signal types reported in a clause of their own although the sentence speculates.
    clause_reported: frozenset[str] = frozenset()
    # Whether some signal cue lies inside a clause a hedge governs.
    hedged_cue: bool = False
    # The sentence's cues in token offsets (rule categories included) once its rules have run.
    tokens: SentenceCues | None = None

    def __post_init__(self) -> None:
        raw = self.source[self.cues.char_start : self.cues.char_end]
        start = self.cues.char_start + (len(raw) - len(raw.lstrip()))
        self.span = (start, self.cues.char_end - (len(raw) - len(raw.rstrip())))
        self.text = raw.strip()

    def token_cues(self) -> SentenceCues:
        """The sentence's cues in token offsets, for the rules."""
        return tag_tokens(self.source, self.cues)

    def speculative(self, kind: str) -> bool:
        """Whether this sentence's evidence for ``kind`` is speculation or rumour."""
        return (self.spec and kind not in self.clause_reported) or kind in self.hearsay

    def speculative_evidence(self) -> bool:
        """Whether all of this sentence's evidence is speculation or rumour."""
        kinds = [k for k, v in self.strengths.items() if v >= EVIDENCE_MIN]
        if not kinds:
            return self.spec
        return all(self.speculative(k) for k in kinds) or self.hedged_cue


def _tag(text: str, mentions: list[Mention]) -> list[SentenceCues]:
    """Cues of each sentence of ``text``, plus the leader and capital mentions in it."""
    sentences = tag_text(text)
    starts = [s.start for s in sentences]
    for m in mentions:
        idx = bisect_right(starts, m.start) - 1
        if m.kind == "leader":
            sentences[idx].add("LEADER", (m.start, m.end))
        elif m.kind == "capital":
            sentences[idx].add("CAPITAL", (m.start, m.end))
    return sentences


def _combine(strengths: list[float]) -> float:
    if not strengths:
        return 0.0
    return min(MAX_CONFIDENCE, max(strengths) + REPEAT_BONUS * (len(strengths) - 1))


def _routine_deployment(s: _Sentence) -> bool:
    """Forces sent to secure or take part in a planned event (an inauguration, a summit)."""
    return s.cues.has("ROUTINE_EVENT") and s.cues.has("MIL_UNIT", "MOVE", "HEAVY")


def _arrests_only(cues: SentenceCues) -> bool:
    """Whether every purge verb in the sentence is an arrest (not a dismissal)."""
    arrests = cues.get("PURGE_ARREST")
    return all(any(a[0] <= p[0] < a[1] for a in arrests) for p in cues.get("PURGE"))


def _coup_side_in_power(sentences: list[_Sentence]) -> bool:
    """Whether a reported coup has succeeded and not failed: its makers now make the arrests.

    The headline's event decides when it says either ("military seizes power" above a line
    on an earlier foiled attempt); otherwise any failure in the article outweighs success.
    """
    events = [
        s
        for s in sentences
        if s.tokens
        and any(s.strengths.get(k, 0) > 0 for k in ACUTE)
        and not s.speculative("coup_event")
    ]
    lead = [s for s in events if s.field == "title" or s.index == 0]
    for group in (lead, events):
        if any(s.tokens and s.tokens.has("COUP_FAILED") for s in group):
            return False
        if any(s.tokens and s.tokens.has(*_IN_POWER) for s in group):
            return True
    return False


_IN_POWER = ("SEIZE_POWER", "OUST_PAST", "JUNTA")


def _arrested_by_rebels(t: SentenceCues) -> bool:
    """Soldiers, mutineers or a junta as the arresting side ("soldiers detained the chief")."""
    actors = t.get("MIL", "JUNTA", "COUP_AGENT")
    if not actors or t.has("REGIME_ARREST"):
        return False
    passive = t.get("AUX_PASSIVE")
    for a in t.get("PURGE_ARREST"):
        if any(0 <= a[0] - p[1] <= 1 for p in passive):
            continue
        if any(0 <= a[0] - x[1] <= 2 for x in actors):
            return True
    return any(0 <= x[0] - d[1] <= 2 for d in t.get("DETAINED_PASSIVE") for x in actors)


def _part_of_event(s: _Sentence, in_power: bool) -> bool:
    """Whether the arrests in a sentence are the coup-makers' or mutineers' own act.

    Arrests by the regime, e.g. of officers after a foiled attempt, stay a purge; once a coup
    has succeeded the arresting side is the new junta.
    """
    return in_power or (s.tokens is not None and _arrested_by_rebels(s.tokens))


def _second_reading(
    article: Article, signals: list[Signal], sentences: list[_Sentence], model: MissedSigns
) -> list[Signal]:
    """The signals after the learned steps: the check (:mod:`signal_check`) drops rule-found
    signs the whole article does not bear out, then the missed-sign model (:mod:`missed_signs`)
    may restore a dropped sign or add one the rules did not find. The sentences lose the
    strengths of the dropped types and gain those of the added ones, so modality and subject
    follow the final signs."""
    found = {s.type: (s.confidence, len(s.evidence)) for s in signals}
    text = check_text(article)
    kept = default_signal_check().keep(text, found)
    # Like the check, the model leaves short texts alone: it was fitted on articles of 450
    # characters and more, and on a snippet of a sentence or two it fires on any fighting.
    wanted = len(text) >= MIN_CHECK_CHARS and not set(model.types) <= kept
    added = model.added(sentence_inputs(sentences), found, kept) if wanted else {}
    kept |= added.keys() & found.keys()
    for s in sentences:
        for kind in found.keys() - kept:
            s.strengths.pop(kind, None)
    result = [s for s in signals if s.type in kept]
    for kind in added.keys() - found.keys():
        probability, index = added[kind]
        s = sentences[index]
        s.strengths[kind] = probability
        modality = "speculative" if s.speculative(kind) else "reported"
        evidence = [Evidence(*s.span, s.text, s.field)]
        result.append(Signal(kind, modality, round(probability, 3), evidence, "model"))
    return sorted(result, key=lambda sig: SIGNAL_TYPES.index(sig.type))


def sentence_inputs(sentences: list[_Sentence]) -> list[set[str]]:
    """Each sentence's cue categories as the rules see them (token-level matches included),
    the missed-sign model's inputs. Like the check, the model reads the title and the body up
    to :data:`CHECK_CHARS` (it was fitted on excerpts of at most 2,500 characters); sentences
    that recall the past or start beyond that have no inputs."""
    inputs: list[set[str]] = [set() for _ in sentences]
    untagged: dict[str, list[int]] = {}  # by field, sentences the rules did not tag
    for i, s in enumerate(sentences):
        if s.retro or (s.field == "text" and s.span[0] >= CHECK_CHARS):
            continue
        if s.tokens is not None:
            inputs[i] = set(s.tokens.spans)
        else:
            untagged.setdefault(s.field, []).append(i)
    for rows in untagged.values():
        source = sentences[rows[0]].source
        found = sentence_categories(source, [sentences[i].cues for i in rows])
        for i, cats in zip(rows, found, strict=True):
            inputs[i] = cats
    return inputs


def check_text(article: Article) -> str:
    """The text the learned check reads: title and body."""
    return f"{article.title}\n{article.text}"


def _coup_reported(sentences: list[_Sentence]) -> bool:
    """Whether some sentence reports (not foresees) a coup at full strength."""
    return any(
        s.strengths.get("coup_event", 0) >= THRESHOLD and not s.speculative("coup_event")
        for s in sentences
    )


def _stopped_to_plot(sentences: list[_Sentence], all_sentences: list[_Sentence]) -> None:
    """A coup thwarted before any act of force is a foiled plot, not a coup event.

    "Thwarted a coup attempt, four soldiers arrested" with no shooting, seizure or attack
    anywhere in the text: the plotters were stopped before they acted. A failed attempt in
    which force was used stays a coup event, and those charged over it (with no plot named)
    are its aftermath. Force in a sentence about the past ("seized power last year in a day of
    gunfire") is not force in this attempt.
    """
    if any(s.cues.has("FORCE_ACT") and not s.retro for s in all_sentences):
        # Force was used: those charged over the attempt are its aftermath, not a plot.
        for s in sentences:
            if not s.cues.has("PLOT"):
                s.strengths.pop("coup_plot", None)
        return
    for s in sentences:
        if s.tokens is not None and "coup_event" in s.strengths and stopped_coup(s.tokens):
            strength = min(s.strengths.pop("coup_event"), STOPPED_PLOT)
            s.strengths["coup_plot"] = max(s.strengths.get("coup_plot", 0.0), strength)


def _resolve(all_sentences: list[_Sentence]) -> list[Signal]:
    sentences = [s for s in all_sentences if s.strengths]
    _stopped_to_plot(sentences, all_sentences)
    acute = {
        id(s)
        for s in sentences
        if any(s.strengths.get(t, 0) >= THRESHOLD and not s.speculative(t) for t in ACUTE)
    }
    for s in sentences:
        if id(s) in acute:
            s.strengths.pop("security_discontent", None)
        if acute and s.strengths.get("leader_health", 1.0) < HEALTH_CUE_MIN:
            s.strengths.pop("leader_health", None)
        if acute and s.strengths.get("military_defeat", 1.0) < DEFEAT_MIN_IN_UPRISING:
            s.strengths.pop("military_defeat", None)
    lead = [s for s in all_sentences if s.field == "title" or s.index == 0]
    if not acute and (
        any(s.cues.has("ROUTINE") for s in lead)
        or any(_routine_deployment(s) for s in all_sentences)
    ):
        for s in sentences:
            s.strengths.pop("troop_movement", None)
    in_power = bool(acute) and _coup_side_in_power(sentences)
    if acute:
        for s in sentences:
            if (
                "elite_purge" in s.strengths
                and _arrests_only(s.cues)
                and _part_of_event(s, in_power)
            ):
                s.strengths.pop("elite_purge", None)
    if in_power and _coup_reported(sentences):
        # A junta charging people over its own coup: the aftermath, not a plot before the act.
        for s in sentences:
            if s.cues.has("PLOT_ACTION"):
                s.strengths.pop("coup_plot", None)
    signals = []
    for kind in SIGNAL_TYPES:
        rep = [v for s in sentences if (v := s.strengths.get(kind)) and not s.speculative(kind)]
        spc = [v for s in sentences if (v := s.strengths.get(kind)) and s.speculative(kind)]
        if _combine(rep) >= THRESHOLD:
            modality, confidence = "reported", _combine(rep)
        elif kind not in REPORTED_ONLY and _combine(rep + spc) >= THRESHOLD:
            modality, confidence = "speculative", _combine(rep + spc)
        else:
            continue
        evidence = [
            Evidence(*s.span, s.text, s.field)
            for s in sentences
            if s.strengths.get(kind, 0) >= EVIDENCE_MIN
        ]
        signals.append(Signal(kind, modality, confidence, evidence))
    return signals


@dataclass
class _Reading:
    """An article read sentence by sentence, with the rules' strengths in each sentence."""

    sentences: list[_Sentence]
    hits: list[PlaceHit]
    text_cues: list[SentenceCues]
    ref_year: int | None


def _read(article: Article, gazetteer: Gazetteer) -> _Reading:
    """Tag every sentence of the article and run the sentence rules on it."""
    ref_year = reference_year(article.date, article.text)
    when = parse_date(article.date) or (date(ref_year, 7, 1) if ref_year else None)
    fields = [("title", article.title), ("text", article.text)] if article.title else []
    fields = fields or [("text", article.text)]
    sentences: list[_Sentence] = []
    hits: list[PlaceHit] = []
    text_cues: list[SentenceCues] = []
    found = gazetteer.find_all([value for _, value in fields], when)
    for (name, value), mentions in zip(fields, found, strict=True):
        cues = _tag(value, mentions)
        if name == "text":
            text_cues = cues
        sentences += [_Sentence(name, i, c, value) for i, c in enumerate(cues)]
        hits += _place_hits(mentions, cues, name == "title")
    lead = [s for s in sentences if s.field == "title" or s.index == 0]
    retro_doc = any(s.cues.has("RETRO") and not s.cues.has("NOW") for s in lead)
    prev: SentenceCues | None = None
    for s in sentences:
        s.spec = is_speculative(s.cues, s.source, s.text)
        kinds = _current_kinds(s, prev, ref_year, article.date)
        tokens = s.token_cues() if kinds else s.cues
        s.tokens = tokens if kinds else None
        for kind in kinds:
            strength = RULES[kind](tokens, prev)
            if retro_doc and kind in RETRO_DOC_SIGNALS and not s.cues.has("NOW"):
                strength *= RETRO_DOC_FACTOR
            if strength > 0:
                s.strengths[kind] = strength
        if not s.spec and not s.strengths.keys().isdisjoint(HEARSAY_KINDS) and is_hearsay(tokens):
            s.hearsay = frozenset(HEARSAY_KINDS)
        if s.spec and s.strengths:
            scopes = speculation_scopes(s.cues, s.source, s.text)
            s.clause_reported = _clause_reported(s, scopes, prev)
            s.hedged_cue = any(
                in_scope(x, scopes) for k in s.strengths for x in s.cues.get(*CLAUSE_CUES[k])
            )
        prev = s.cues
    return _Reading(sentences, hits, text_cues, ref_year)


def rule_reading(
    article: Article, gazetteer: Gazetteer | None = None
) -> tuple[list[Signal], list[set[str]]]:
    """What the rules alone find in an article, and each sentence's inputs to the missed-sign
    model (:func:`sentence_inputs`): what the learned steps are fitted on."""
    reading = _read(article, gazetteer or default_gazetteer())
    signals = _resolve(reading.sentences)
    return signals, sentence_inputs(reading.sentences)


def extract(
    article: Article,
    gazetteer: Gazetteer | None = None,
    check: bool = True,
    missed: MissedSigns | None = None,
) -> Extraction:
    """Read one article and return its warning signs, subject countries, modality and sources.

    ``check=False`` skips the learned steps (:mod:`signal_check`, :mod:`missed_signs`) and
    returns what the rules alone find, which is what those steps are fitted on. ``missed`` is
    the missed-sign model, the shipped one by default.
    """
    gazetteer = gazetteer or default_gazetteer()
    reading = _read(article, gazetteer)
    sentences, hits, ref_year = reading.sentences, reading.hits, reading.ref_year
    text_cues = reading.text_cues
    signals = _resolve(sentences)
    if check:
        model = missed or default_missed_signs()
        signals = _second_reading(article, signals, sentences, model)
    found = {sig.type for sig in signals}
    evidence_keys = {
        (s.field == "title", s.index)
        for s in sentences
        if any(v >= EVIDENCE_MIN for k, v in s.strengths.items() if k in found)
    }
    lead = [s for s in sentences if s.field == "title" or s.index == 0]
    multinational = any(s.cues.has("MULTINATIONAL") for s in lead)
    places = choose_subjects(hits, evidence_keys, multinational)
    evidence_total = [s for s in sentences if any(v >= EVIDENCE_MIN for v in s.strengths.values())]
    spec_share = (
        sum(s.speculative_evidence() for s in evidence_total) / len(evidence_total)
        if evidence_total
        else 0.0
    )
    modality = article_modality(
        [s.speculative_evidence() for s in sentences if s.text],
        sum(is_opinion(s.cues, s.source) for s in sentences),
        [sig.modality for sig in signals],
        spec_share,
        any(_is_coup_forecast(s) for s in sentences),
    )
    mentioned = list(dict.fromkeys(gazetteer.iso3(h.place, ref_year) for h in hits))
    return Extraction(
        article=article,
        countries=[gazetteer.iso3(p, ref_year) for p in places],
        gwcodes=[p.gwcode for p in places],
        signals=signals,
        modality=modality,
        hedges=hedge_count([s.cues for s in sentences]),
        sources=quoted_sources(article.text, text_cues) if text_cues else [],
        mentioned=mentioned,
    )


def _current_kinds(
    s: _Sentence, prev: SentenceCues | None, ref_year: int | None, article_date: str | None
) -> list[str]:
    """Signal types to test in a sentence, none if it recalls the past.

    A sentence dated to an older year that also names the current day ("on Saturday") reports
    a current act beside a background clause: its coup words name the dated past coup, so only
    the other signals are tested.
    """
    kinds = _possible_kinds(s.cues, prev)
    if not kinds:
        return []
    if not is_retrospective(s.text, s.cues.has("RETRO"), ref_year, article_date):
        if stale_date_background(s.text, article_date) or (
            since_earlier_year(s.text, ref_year) and not s.cues.has("NOW")
        ):
            return [k for k in kinds if k not in BACKGROUND_KINDS]
        return kinds
    if not s.cues.has("RETRO") and dates_only_background(s.text, s.cues.has("NOW"), ref_year):
        return [k for k in kinds if k not in BACKGROUND_KINDS]
    s.retro = True
    return []


def _place_hits(mentions: list[Mention], cues: list[SentenceCues], title: bool) -> list[PlaceHit]:
    starts = [s.start for s in cues]
    return [PlaceHit(m.place, m.kind, title, bisect_right(starts, m.start) - 1) for m in mentions]


def _possible_kinds(cues: SentenceCues, prev: SentenceCues | None) -> list[str]:
    """Signal types whose rule could fire on a sentence with these cues (after ``prev``)."""
    keys = cues.spans.keys()
    if keys.isdisjoint(_ANCHOR_SET):
        return []
    return [
        k
        for k, a in _ANCHOR_SETS.items()
        if not keys.isdisjoint(a) and PRECONDITIONS[k](cues, prev)
    ]


_ANCHOR_SET = frozenset(ANCHOR_CUES)
_ANCHOR_SETS = {k: frozenset(ANCHORS[k]) for k in RULES}


def _clause_reported(
    s: _Sentence, scopes: list[tuple[int, int]], prev: SentenceCues | None
) -> frozenset[str]:
    """Signal types the sentence still evidences once the clauses its hedges govern are left out.

    "The line was cut, making it hard to verify rumours of a coup" reports the cut; "the
    president was detained, as fears of a coup mount" reports the detention.
    """
    return frozenset(
        kind
        for kind in s.strengths
        if (spans := s.cues.get(*CLAUSE_CUES[kind]))
        and not all(in_scope(x, scopes) for x in spans)
        and _outside_strength(s, kind, scopes, prev) >= EVIDENCE_MIN
    )


def _outside_strength(
    s: _Sentence, kind: str, scopes: list[tuple[int, int]], prev: SentenceCues | None
) -> float:
    """Strength of ``kind`` in the sentence with its cues inside speculation scopes removed."""
    cats = CLAUSE_CUES[kind]
    if not any(in_scope(x, scopes) for x in s.cues.get(*cats)):
        return s.strengths[kind]
    spans = {
        cat: kept
        for cat, found in s.cues.spans.items()
        if (kept := [x for x in found if cat not in cats or not in_scope(x, scopes)])
    }
    masked = SentenceCues(s.cues.start, s.cues.end, s.cues.char_start, s.cues.char_end, spans)
    if not PRECONDITIONS[kind](masked, prev):
        return 0.0
    return RULES[kind](tag_tokens(s.source, masked), prev)


def _is_coup_forecast(s: _Sentence) -> bool:
    """A speculative sentence whose only evidence is a foreseen or rumoured coup."""
    return (
        (s.speculative("coup_event") or s.hedged_cue)
        and s.strengths.get("coup_event", 0) >= THRESHOLD
        and not any(v >= EVIDENCE_MIN for k, v in s.strengths.items() if k != "coup_event")
    )
