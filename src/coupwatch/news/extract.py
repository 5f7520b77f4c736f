"""Extract warning signs, subject countries, modality and quoted sources from one article."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from datetime import date

from spacy.tokens import Doc

from coupwatch.news.article import Article
from coupwatch.news.cues import SentenceCues, tag_sentences
from coupwatch.news.gazetteer import Gazetteer, default_gazetteer
from coupwatch.news.modality import article_modality, hedge_count, is_opinion, is_speculative
from coupwatch.news.nlp import get_nlp
from coupwatch.news.rules import ANCHOR_CUES, ANCHORS, RULES, SIGNAL_TYPES
from coupwatch.news.sources import quoted_sources
from coupwatch.news.subject import PlaceHit, choose_subjects
from coupwatch.news.timeframe import is_retrospective, parse_date, reference_year

THRESHOLD = 0.5
EVIDENCE_MIN = 0.3
REPEAT_BONUS = 0.05
MAX_CONFIDENCE = 0.99
# Evidence below this strength is an absence without a health cue (see rules.leader_health).
HEALTH_CUE_MIN = 0.6
RETRO_DOC_FACTOR = 0.3
ACUTE = ("coup_event", "mutiny")
RETRO_DOC_SIGNALS = ("coup_event", "troop_movement", "blackout", "mutiny")


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
    doc: Doc
    cues: SentenceCues
    source: str
    span: tuple[int, int] = (0, 0)
    text: str = ""
    spec: bool = False
    retro: bool = False
    strengths: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        raw = self.source[self.cues.char_start : self.cues.char_end]
        start = self.cues.char_start + (len(raw) - len(raw.lstrip()))
        self.span = (start, self.cues.char_end - (len(raw) - len(raw.rstrip())))
        self.text = raw.strip()


def _tag(doc: Doc, gazetteer: Gazetteer, when: date | None) -> tuple[list[SentenceCues], list]:
    sentences = tag_sentences(doc)
    mentions = gazetteer.find(doc, when)
    for m in mentions:
        idx = _sentence_index(sentences, m.start)
        if m.kind == "leader":
            sentences[idx].add("LEADER", (m.start, m.end))
        elif m.kind == "capital":
            sentences[idx].add("CAPITAL", (m.start, m.end))
    return sentences, mentions


def _sentence_index(sentences: list[SentenceCues], token: int) -> int:
    return bisect_right([s.start for s in sentences], token) - 1


def _combine(strengths: list[float]) -> float:
    if not strengths:
        return 0.0
    return min(MAX_CONFIDENCE, max(strengths) + REPEAT_BONUS * (len(strengths) - 1))


def _resolve(sentences: list[_Sentence]) -> list[Signal]:
    acute = {
        id(s)
        for s in sentences
        if any(s.strengths.get(t, 0) >= THRESHOLD for t in ACUTE) and not s.spec
    }
    for s in sentences:
        if id(s) in acute:
            s.strengths.pop("security_discontent", None)
        if acute and s.strengths.get("leader_health", 1.0) < HEALTH_CUE_MIN:
            s.strengths.pop("leader_health", None)
    lead = [s for s in sentences if s.field == "title" or s.index == 0]
    if any(s.cues.has("ROUTINE") for s in lead) and not acute:
        for s in sentences:
            s.strengths.pop("troop_movement", None)
    signals = []
    for kind in SIGNAL_TYPES:
        rep = [s.strengths[kind] for s in sentences if kind in s.strengths and not s.spec]
        spc = [s.strengths[kind] for s in sentences if kind in s.strengths and s.spec]
        if _combine(rep) >= THRESHOLD:
            modality, confidence = "reported", _combine(rep)
        elif _combine(rep + spc) >= THRESHOLD:
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


def extract(article: Article, gazetteer: Gazetteer | None = None) -> Extraction:
    """Read one article and return its warning signs, subject countries, modality and sources."""
    gazetteer = gazetteer or default_gazetteer()
    nlp = get_nlp()
    ref_year = reference_year(article.date, article.text)
    when = parse_date(article.date) or (date(ref_year, 7, 1) if ref_year else None)
    fields = [("title", article.title), ("text", article.text)] if article.title else []
    fields = fields or [("text", article.text)]
    sentences: list[_Sentence] = []
    hits: list[PlaceHit] = []
    text_doc: Doc | None = None
    text_cues: list[SentenceCues] = []
    for name, value in fields:
        doc = nlp(value)
        cues, mentions = _tag(doc, gazetteer, when)
        if name == "text":
            text_doc, text_cues = doc, cues
        sentences += [_Sentence(name, i, doc, c, value) for i, c in enumerate(cues)]
        hits += [
            PlaceHit(m.place, m.kind, name == "title", _sentence_index(cues, m.start))
            for m in mentions
        ]
    lead = [s for s in sentences if s.field == "title" or s.index == 0]
    retro_doc = any(s.cues.has("RETRO") and not s.cues.has("NOW") for s in lead)
    prev: SentenceCues | None = None
    for s in sentences:
        s.spec = is_speculative(s.cues, s.doc, s.text)
        if s.cues.has(*ANCHOR_CUES):
            s.retro = is_retrospective(s.text, s.cues.has("RETRO"), ref_year, article.date)
        if s.cues.has(*ANCHOR_CUES) and not s.retro:
            for kind, rule in RULES.items():
                if not s.cues.has(*ANCHORS[kind]):
                    continue
                strength = rule(s.cues, prev)
                if retro_doc and kind in RETRO_DOC_SIGNALS and not s.cues.has("NOW"):
                    strength *= RETRO_DOC_FACTOR
                if strength > 0:
                    s.strengths[kind] = strength
        prev = s.cues
    signals = _resolve(sentences)
    found = {sig.type for sig in signals}
    evidence_keys = {
        (s.field == "title", s.index)
        for s in sentences
        if any(v >= EVIDENCE_MIN for k, v in s.strengths.items() if k in found)
    }
    multinational = any(s.cues.has("MULTINATIONAL") for s in lead)
    places = choose_subjects(hits, evidence_keys, multinational)
    evidence_total = [s for s in sentences if any(v >= EVIDENCE_MIN for v in s.strengths.values())]
    spec_share = (
        sum(s.spec for s in evidence_total) / len(evidence_total) if evidence_total else 0.0
    )
    modality = article_modality(
        [s.spec for s in sentences],
        sum(is_opinion(s.cues, s.doc, s.source) for s in sentences),
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
        sources=quoted_sources(text_doc, text_cues) if text_doc is not None else [],
        mentioned=mentioned,
    )


def _is_coup_forecast(s: _Sentence) -> bool:
    """A speculative sentence whose only evidence is a foreseen or rumoured coup."""
    return (
        s.spec
        and s.strengths.get("coup_event", 0) >= THRESHOLD
        and not any(v >= EVIDENCE_MIN for k, v in s.strengths.items() if k != "coup_event")
    )
