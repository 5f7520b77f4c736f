"""Speculation and hedging: per sentence, and for the article as a whole."""

from __future__ import annotations

from coupwatch.news.cues import SentenceCues

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


def is_speculative(s: SentenceCues, source: str, text: str) -> bool:
    """Whether a sentence predicts, hypothesises or passes on rumour rather than reporting.

    ``s`` holds character offsets into ``source``; ``text`` is the stripped sentence. Modals
    that merely shift tense after a reporting verb ("said he would resign") do not count.
    """
    if "SPEC" not in s.spans:
        return text.endswith("?")
    traps = s.get("SPEC_TRAP")
    reporting = s.get("REPORTING")
    backshift = set(s.get("BACKSHIFT"))
    for cue in s.get("SPEC"):
        if any(_within_trap(source, t, cue[0]) for t in traps):
            continue
        if cue in backshift and any(r[1] <= cue[0] for r in reporting):
            continue
        if source[cue[0] : cue[1]] in ("May", "MAY") and cue[0] != s.char_start:
            continue
        return True
    return text.endswith("?")


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
