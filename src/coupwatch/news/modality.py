"""Speculation and hedging: per sentence, and for the article as a whole."""

from __future__ import annotations

import re

from coupwatch.news.cues import SentenceCues, Span

# Share of sentences that must be speculative for a text to be speculative as a whole.
SPECULATIVE_SHARE = 0.3
# Sentences of the author's own opinion (outside quotes) that mark an opinion piece.
OPINION_SENTENCES = 2
# Share of signal evidence that must be speculative for a text with reported signs to be mixed.
MIXED_EVIDENCE_SHARE = 0.34
# Share of speculative sentences that makes a text with reported signs mixed even when the
# speculation is not itself evidence (a report followed by predictions of what comes next).
MIXED_SENTENCE_SHARE = 0.4
# Characters after a trap phrase ("raising fears of an …") that still belong to its object.
TRAP_REACH = 16
# Words of a final clause short enough to be an attribution of the whole sentence.
ATTRIBUTION_WORDS = 6
# Conditionals govern their own clause and the consequence beside it.
CONDITIONALS = frozenset({"if", "unless", "in the event", "what if"})
# Modals and modal adjectives govern the clause they stand in.
MODALS = frozenset(
    {
        "could",
        "might",
        "may",
        "would",
        "possible",
        "possibly",
        "perhaps",
        "likely",
        "unlikely",
        "probably",
        "potential",
        "looming",
        "imminent",
        "plausible",
        "conceivable",
        "inevitable",
        "threatens to",
        "threatened to",
        "threatening to",
    }
)
# Words after a capitalised "May" that make it the modal verb, not the month.
MODAL_FOLLOWERS = frozenset({"have", "be", "not", "face", "lose", "fall"})
STRONG_BOUNDS = frozenset({";", "but", "\u2014", "\u2013", "-", "while", "whereas", "although"})
_BOUNDARY = re.compile(
    r"(?P<hard>[,;:()\u2014\u2013]|\s-\s|\b(?:but|while|whereas|although|though|because|"
    r"after|since|when|which|who|where|if|unless|in the event)\b)"
    r"|(?P<soft>\b(?:and|or)\b)",
    re.IGNORECASE,
)
_OPEN_QUOTES = "“‘«"
_CLOSE_QUOTES = "”’»"


def _inside_quotes(s: SentenceCues, source: str, at: int) -> bool:
    """Whether character offset ``at`` lies inside quotation marks within its sentence."""
    before = source[s.char_start : at]
    straight = before.count('"') % 2 == 1
    curly = before.count(_OPEN_QUOTES[0]) > before.count(_CLOSE_QUOTES[0])
    first = before.lstrip()[:1]
    opens = (first != "" and first in _OPEN_QUOTES + '"') or _quote_before(source, s.char_start)
    starts_quoted = opens and _CLOSE_QUOTES[0] not in before
    return straight or curly or starts_quoted


def _quote_before(source: str, start: int) -> bool:
    """Whether an opening quotation mark sits just before a sentence start.

    spaCy's sentencizer leaves a quote that opens a sentence on the sentence before it.
    """
    head = source[:start].rstrip()
    if not head:
        return False
    if head[-1] in _OPEN_QUOTES:
        return True
    return head[-1] == '"' and (len(head) == 1 or head[-2].isspace())


def _within_trap(source: str, trap: tuple[int, int], at: int) -> bool:
    """Whether a cue at ``at`` lies in a trap phrase or in its short object.

    "raising fears of an imminent crackdown" reports the fears: "imminent" belongs to them.
    """
    if trap[0] <= at < trap[1]:
        return True
    gap = source[trap[1] : at]
    return 0 <= at - trap[1] <= TRAP_REACH and not any(p in gap for p in ",;:.")


def _live_cues(s: SentenceCues, source: str) -> list[Span]:
    """Speculation cues of a sentence that are not traps, tense shift or the month "May"."""
    traps = s.get("SPEC_TRAP")
    reporting = s.get("REPORTING")
    backshift = set(s.get("BACKSHIFT"))
    live = []
    for cue in s.get("SPEC"):
        if any(_within_trap(source, t, cue[0]) for t in traps):
            continue
        if cue in backshift and any(r[1] <= cue[0] for r in reporting):
            continue
        if _month_may(source, cue, s.char_start):
            continue
        live.append(cue)
    return live


def _month_may(source: str, cue: Span, sentence_start: int) -> bool:
    """Whether a capitalised "May" inside a sentence is the month, not the modal.

    A headline in title case writes the modal "May Have Been" or "May Be" capitalised.
    """
    if source[cue[0] : cue[1]] not in ("May", "MAY") or cue[0] == sentence_start:
        return False
    following = source[cue[1] : cue[1] + 8].lower().split()
    return not following or following[0] not in MODAL_FOLLOWERS


def is_speculative(s: SentenceCues, source: str, text: str) -> bool:
    """Whether a sentence predicts, hypothesises or passes on rumour rather than reporting.

    ``s`` holds character offsets into ``source``; ``text`` is the stripped sentence. Modals
    that merely shift tense after a reporting verb ("said he would resign") do not count.
    """
    if "SPEC" in s.spans and _live_cues(s, source):
        return True
    return text.endswith("?")


def speculation_scopes(s: SentenceCues, source: str, text: str) -> list[Span]:
    """Character spans of a sentence that its speculation cues govern; empty if it reports.

    A hedge, conditional or rumour word governs its own clause, not the whole sentence:
    "the line was cut, making it hard to verify rumours of a coup" reports the cut.
    """
    whole = (s.char_start, s.char_end)
    cues = _live_cues(s, source) if "SPEC" in s.spans else []
    if not cues:
        return [whole] if text.endswith("?") else []
    bounds = clause_bounds(source, s.char_start, s.char_end)
    return [_scope(s, source, cue, bounds) for cue in cues]


def clause_bounds(source: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Clause boundaries in ``source[start:end]``: (start, end, soft) for each boundary.

    Punctuation and subordinators end a clause; "and"/"or" (``soft``) only end the clause of
    a modal looking backwards, since coordinated verbs share their modal.
    """
    return [
        (m.start(), m.end(), m.lastgroup == "soft") for m in _BOUNDARY.finditer(source, start, end)
    ]


def _scope(s: SentenceCues, source: str, cue: Span, bounds: list[tuple[int, int, bool]]) -> Span:
    """The clause (or clauses) one speculation cue governs."""
    whole = (s.char_start, s.char_end)
    word = source[cue[0] : cue[1]].lower()
    hard = [b for b in bounds if not b[2]]
    left = max((b[1] for b in hard if b[1] <= cue[0]), default=whole[0])
    right = min((b[0] for b in hard if b[0] >= cue[1]), default=whole[1])
    if word in CONDITIONALS:
        if not source[whole[0] : cue[0]].strip(" \"'\u201c\u2018"):
            return whole  # "If the talks fail, the army will ..." covers both clauses.
        # "... and the army will attack if they do not back down": the clause before the
        # conditional is its consequence.
        ends = [b[1] for b in bounds if source[b[1] : cue[0]].strip(" ,")]
        return (max(ends, default=whole[0]), right)
    if word in MODALS:
        soft = max((b[1] for b in bounds if b[2] and b[1] <= cue[0]), default=left)
        return (max(left, soft), right)
    if right == whole[1] and left != whole[0] and _attribution(s, source, (left, right), word):
        return whole  # "..., according to unconfirmed reports" frames the whole sentence.
    stop = min((b[0] for b in hard if b[0] >= cue[1] and _strong(source, b)), default=whole[1])
    return (left, stop)


def _attribution(s: SentenceCues, source: str, clause: Span, word: str) -> bool:
    """Whether a final clause attributes the whole sentence ("…, residents feared").

    It is short and either reports ("according to unconfirmed reports", "rumours say") or its
    cue is itself a past-tense verb of speculation ("analysts speculated").
    """
    if len(source[clause[0] : clause[1]].split()) > ATTRIBUTION_WORDS:
        return False
    reports = any(clause[0] <= r[0] < clause[1] for r in s.get("REPORTING", "ACCORDING"))
    return reports or word.endswith("ed") or word.startswith("unconfirmed")


def _strong(source: str, bound: tuple[int, int, bool]) -> bool:
    """A boundary that ends even a rumour's or fear's reach: a semicolon, dash or "but"."""
    return source[bound[0] : bound[1]].strip(" ,").lower() in STRONG_BOUNDS


def in_scope(span: Span, scopes: list[Span]) -> bool:
    """Whether a character span lies (starts) inside any of the speculation scopes."""
    return any(a <= span[0] < b for a, b in scopes)


def is_opinion(s: SentenceCues, source: str) -> bool:
    """Whether the sentence voices the author's own view (first person or "must"), not a quote.

    ``s`` holds character offsets into ``source``, the full text the sentence comes from.
    """
    if "OPINION" not in s.spans:
        return False
    return any(not _inside_quotes(s, source, cue[0]) for cue in s.get("OPINION"))


def hedge_count(sentences: list[SentenceCues]) -> int:
    """Number of hedging cues ("reportedly", "could", "unconfirmed" …) in the sentences."""
    return sum(len(s.get("HEDGE")) for s in sentences)


def article_modality(
    spec_flags: list[bool],
    opinion_sentences: int,
    signal_modalities: list[str],
    evidence_spec_share: float,
    speculative_coup: bool,
) -> str:
    """Overall modality of an article: ``reported``, ``speculative`` or ``mixed``.

    ``spec_flags`` marks each non-blank sentence as speculative; ``signal_modalities`` are the
    modalities of the detected signals; ``evidence_spec_share`` is the share of their evidence
    that is speculative; ``speculative_coup`` says whether some sentence foresees or rumours a
    coup. A text that is mostly the author's predictions and opinion is speculative even when
    it relays a reported sign; a report that also carries substantial rumour or prediction is
    mixed.
    """
    share = sum(spec_flags) / len(spec_flags) if spec_flags else 0.0
    opinion = opinion_sentences >= OPINION_SENTENCES
    if signal_modalities and "reported" not in signal_modalities:
        return "speculative"
    if share >= SPECULATIVE_SHARE and (opinion or not signal_modalities):
        return "speculative"
    if signal_modalities and (
        "speculative" in signal_modalities
        or speculative_coup
        or evidence_spec_share >= MIXED_EVIDENCE_SHARE
        or share >= MIXED_SENTENCE_SHARE
    ):
        return "mixed"
    return "reported"
