"""Sentence rules: how strongly one sentence evidences each warning-sign type.

Each rule reads the cue categories tagged in a sentence (and the sentence before it) and returns
a strength in [0, 1]; 0 means no evidence. The rules follow the label definitions: a coup needs
military or seizure-of-power context, troop movements must not be routine deployments, a purge
must target serving military or security officials, and so on.
"""

from __future__ import annotations

from collections.abc import Callable

from coupwatch.news.cues import SentenceCues, span_gap

SIGNAL_TYPES: tuple[str, ...] = (
    "troop_movement",
    "mutiny",
    "coup_event",
    "coup_plot",
    "elite_purge",
    "leader_health",
    "military_defeat",
    "civil_unrest",
    "security_discontent",
    "blackout",
)

Rule = Callable[[SentenceCues, SentenceCues | None], float]
# Tokens between "against" and the coup it opposes ("against the country's brutal military coup").
OPPOSED_WINDOW = 5
# Tokens between a demand and the leader's departure it asks for ("demanding that the prime
# minister and his government step down").
RESIGNATION_WINDOW = 10


def _political(s: SentenceCues, prev: SentenceCues | None) -> bool:
    """Whether a bare coup word in the sentence is political: military or leader context, or
    talk of a coup ("amid coup rumours")."""
    return s.has("COUP_STRONG", "MIL", "OUST", "SEIZE_POWER", "LEADER", "JUNTA", "COUP_TALK") or (
        prev is not None and prev.has("MIL", "JUNTA", "LEADER")
    )


def _mil_near(s: SentenceCues, prev: SentenceCues | None) -> bool:
    """Whether soldiers or a junta are named in the sentence or the one before it."""
    return s.has("MIL", "JUNTA") or (prev is not None and prev.has("MIL", "JUNTA"))


def _coup_spans(s: SentenceCues, prev: SentenceCues | None = None) -> list[tuple[int, int]]:
    """Coup-word spans in a political sense, minus figurative uses and characterisations.

    Military or leader context in the previous sentence also makes a bare "coup" political.
    """
    traps = s.get("COUP_TRAP")
    spans = []
    political = _political(s, prev)
    strong_spans = s.get("COUP_STRONG")
    plural = s.get("COUP_PLURAL")
    for span in s.get("COUP_STRONG", "COUP_WORD"):
        # "eight military takeovers and several coup attempts": a count, not an event.
        if any(q[0] < span[1] and span[0] < q[1] for q in plural):
            continue
        if span not in strong_spans and any(a <= span[0] < b for a, b in strong_spans):
            continue
        if any(t[0] <= span[0] < t[1] or span[0] <= t[0] < span[1] for t in traps):
            continue
        if any(0 <= span[0] - c[1] <= 3 for c in s.get("CHARACTERISE")):
            continue
        if span in s.get("COUP_WORD") and not political:
            continue
        spans.append(span)
    return spans


def _is_reference(s: SentenceCues, spans: list[tuple[int, int]]) -> bool:
    """Whether every coup mention is a back-reference ("after the coup", "night of the coup").

    A coup still qualified as unresolved ("after a suspected coup attempt") is current news,
    and one named after a gap of weeks ("two weeks after the coup") is always background. A
    coup that people oppose ("defiance against the country's brutal military coup") is the
    cause of the news, not the news.
    """
    refs = s.get("COUP_REFERENCE")
    opposed = s.get("COUP_OPPOSED")
    unresolved = s.get("UNRESOLVED")
    return all(
        _is_stale(s, span)
        or any(0 <= span[0] - o[1] <= OPPOSED_WINDOW for o in opposed)
        or (
            any(0 <= span[0] - r[1] <= 2 for r in refs)
            and not any(span[0] - u[1] == 0 for u in unresolved)
        )
        for span in spans
    )


def _ruled_out(s: SentenceCues, span: tuple[int, int]) -> bool:
    """Whether the coup is ruled out, denied or negated.

    "ruled out any chance of a military coup", "unaware of any coup attempt", "denied there
    was a coup attempt", "no coup".
    """
    return (
        any(0 <= span[0] - r[1] <= 8 for r in s.get("COUP_RULED_OUT"))
        or any(0 <= span[0] - d[1] <= 2 for d in s.get("COUP_DENIED"))
        or any(span[0] == n[1] for n in s.get("COUP_NEGATED"))
    )


def _accused(s: SentenceCues, span: tuple[int, int]) -> bool:
    """Whether the coup is the content of an accusation ("charged with attempting a coup")."""
    return any(0 <= span[0] - a[1] <= 6 for a in s.get("COUP_ACCUSED"))


def _stopped(s: SentenceCues, span: tuple[int, int]) -> bool:
    """Whether the coup is one stopped in advance ("thwarted a coup attempt")."""
    return any(0 <= span[0] - f[1] <= 4 for f in s.get("COUP_STOPPED"))


def stopped_coup(s: SentenceCues) -> bool:
    """Whether every coup the sentence names was thwarted or foiled, none of them accused."""
    spans = _coup_spans(s)
    return bool(spans) and all(_stopped(s, sp) and not _accused(s, sp) for sp in spans)


def _is_stale(s: SentenceCues, span: tuple[int, int]) -> bool:
    """Whether the span follows a gap of more than ten days ("weeks after", "months ago")."""
    return any(a[1] <= span[0] for a in s.get("STALE_AFTER"))


def _is_planned(s: SentenceCues, span: tuple[int, int]) -> bool:
    """Whether an intention governs the span: "planned to" shortly before, or "planned for"
    right after ("a coup planned for Friday")."""
    return any(0 <= span[0] - p[1] <= 12 for p in s.get("PLAN")) or any(
        0 <= p[0] - span[1] <= 2 for p in s.get("PLAN_AFTER")
    )


def _head_of_state(s: SentenceCues) -> list[tuple[int, int]]:
    """Leader mentions that name a sitting head of state or government."""
    former = s.get("FORMER")
    traps = s.get("LEADER_TRAP") + s.get("ENEMY")
    return [
        x
        for x in s.get("LEADER")
        if not any(0 <= x[0] - f[1] <= 2 for f in former)
        and not any(t[0] <= x[0] < t[1] or 0 <= x[0] - t[1] <= 1 for t in traps)
    ]


def _leader_held(s: SentenceCues, prev: SentenceCues | None) -> bool:
    """The head of state detained or seized, with soldiers or mutineers as the captors."""
    captors = s.has("MIL", "MUTINY", "COUP_AGENT", "JUNTA") or (
        prev is not None and prev.has("MUTINY", "JUNTA")
    )
    if not captors or s.has("PLOT"):
        return False
    held = s.get("DETAINED_PASSIVE")
    return any(0 <= h[0] - x[1] <= 10 for x in _head_of_state(s) for h in held)


def _military_governs(s: SentenceCues) -> bool:
    """A military body that will govern or has taken charge of the country."""
    actors = s.get("JUNTA", "MIL_UNIT")
    return any(0 <= g[0] - a[1] <= 20 for a in actors for g in s.get("GOVERN"))


def _abolishes_state(s: SentenceCues, prev: SentenceCues | None) -> bool:
    """Soldiers declaring the regime ended or the institutions dissolved or suspended.

    "putting an end to the current regime", "all institutions have been dissolved", "the
    constitution is suspended": the words of a coup declaration, whichever comes first.
    """
    soldiers = s.has("MIL", "JUNTA", "COUP_AGENT") or (
        prev is not None and prev.has("MIL", "JUNTA")
    )
    if not soldiers:
        return False
    partial = s.get("PARTIAL")
    return any(
        span_gap(a, o) <= 5
        and not any(min(a[0], o[0]) <= q[0] < max(a[1], o[1]) for q in partial)
        and not _is_planned(s, a)
        and not _is_stale(s, a)
        for a in s.get("ABOLISH")
        for o in s.get("STATE_ORGANS")
    )


def _outside(spans: list[tuple[int, int]], covers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that do not overlap any of ``covers``."""
    return [x for x in spans if not any(c[0] < x[1] and x[0] < c[1] for c in covers)]


#: Strength of a coup only talked of, feared or foreseen ("amid coup talk"): above the
#: threshold, so the rumour is reported as a speculative sign.
FORESEEN_COUP = 0.55


def coup_event(s: SentenceCues, prev: SentenceCues | None) -> float:
    """A coup or coup attempt occurring, just occurred, or (speculatively) foreseen."""
    if s.has("COUP_TRAP") and not s.has("MIL"):
        return 0.0
    mil_near = _mil_near(s, prev)
    score = 0.0
    spans = _coup_spans(s, prev)
    figurative = s.has("ARENA") and not s.has("MIL", "COUP_STRONG")
    spans = [sp for sp in spans if not _ruled_out(s, sp)]
    if spans and not figurative:
        strong = any(sp in s.get("COUP_STRONG") for sp in spans)
        score = 0.55 if strong else 0.45
        if s.has("COUP_VERB", "OUST", "SEIZE_POWER"):
            score += 0.3
        back_reference = _is_reference(s, spans)
        # Intended ("planned for Friday") or charged ("accused of a coup attempt"): a plot.
        intended = all(_is_planned(s, sp) or _accused(s, sp) for sp in spans)
        plot_only = (s.has("PLOT") and not s.has("COUP_VERB")) or intended
        if back_reference or plot_only:
            score *= 0.4
        elif s.has("COUP_FORESEEN") or _foreseen(s, spans):
            score = max(score, FORESEEN_COUP)
    refs = s.get("OUST_REFERENCE")
    seize = [
        x
        for x in _outside(s.get("SEIZE_POWER"), refs)
        if not any(0 <= x[0] - r[1] <= 2 for r in s.get("COUP_REFERENCE"))
        and not _is_planned(s, x)
        and not _is_stale(s, x)
        and not any(0 <= r[0] - x[1] <= 2 for r in s.get("REPEATED"))
    ]
    if seize and mil_near:
        score = max(score, 0.8)
    ousted = [x for x in _outside(s.get("OUST_PAST"), refs) if not _is_stale(s, x)]
    if ousted and s.has("MIL") and s.has("LEADER") and not s.has("PLOT"):
        score = max(score, 0.75)
    if _leader_held(s, prev) or _military_governs(s) or _abolishes_state(s, prev):
        score = max(score, 0.75)
    if score and s.has("NOW"):
        score += 0.1
    return min(score, 0.95)


def _foreseen(s: SentenceCues, spans: list[tuple[int, int]]) -> bool:
    """Whether a coup word follows a word of foresight or fear within four tokens."""
    return any(0 <= sp[0] - f[1] <= 4 for f in s.get("COUP_FORESEE") for sp in spans)


def coup_plot(s: SentenceCues, prev: SentenceCues | None) -> float:
    """An alleged plot to seize power, or arrests of alleged plotters before they act."""
    if s.has("ARENA") and not s.has("MIL", "MIL_UNIT"):
        return 0.0  # "a plot to oust him at the leadership rule change": a party's, not a coup
    traps = s.get("PLOT_TRAP")
    if not any(not any(t[0] < p[1] and p[0] < t[1] for t in traps) for p in s.get("PLOT")):
        return _charged_with_coup(s)
    if s.has("STATE_TARGET"):
        return 0.8 if s.has("PLOT_ACTION") else 0.6
    if s.has("PLOT_ACTION") and s.has("MIL"):
        return 0.55
    return 0.0


def _charged_with_coup(s: SentenceCues) -> float:
    """Officials charged with or arrested over an alleged coup attempt: a plot by convention."""
    if not s.has("PLOT_ACTION"):
        return 0.0
    return 0.6 if any(_accused(s, sp) for sp in _coup_spans(s)) else 0.0


def mutiny(s: SentenceCues, prev: SentenceCues | None) -> float:
    """Soldiers in armed revolt or refusing orders, or shooting inside their own camp."""
    if s.has("ARENA") and not s.has("MIL", "MIL_UNIT"):
        return 0.0  # "mutinous backbench MPs": a revolt in a party, not in the forces
    rebels = s.get("REBEL_UNIT")
    insurgents = s.has("GOV_FORCE", "WAR_FRONT") or (prev is not None and prev.has("WAR_FRONT"))
    soldiers = bool(s.get("MIL") or _military_units(s)) or (prev is not None and prev.has("MIL"))
    # "Broke ranks" is a mutiny only among soldiers (not senators); a mutiny only called for,
    # feared or denied ("a call for a military uprising", "no mutiny") did not happen.
    civilian = [] if soldiers else s.get("MUTINY_MIL_ONLY")
    current = [
        m
        for m in s.get("MUTINY")
        if not _mutiny_reference(s, m)
        and m not in civilian
        and not any(0 <= m[0] - n[1] <= 2 for n in s.get("NEGATION"))
    ]
    if any(m not in rebels or not insurgents for m in current):
        return 0.85
    if s.has("REFUSE_ORDER") and soldiers and not s.has("ENEMY"):
        return 0.8
    if _turns_on_rulers(s) or _sides_with_crowd(s):
        return 0.7
    if s.before("MIL_UNIT", "REVOLT", 8) and not s.has("REVOLT_TRAP"):
        return 0.6
    if _units_clash(s) or _fighting_within_forces(s):
        return 0.6
    if _guard_holds_leader(s):
        return 0.7
    soldiers_in_camp = s.has("MIL_UNIT") and s.near("CAMP_UNREST", "CAMP", 8)
    if soldiers_in_camp and not s.has("ENEMY") and s.before("MIL_UNIT", "CAMP_UNREST", 12):
        return 0.6
    # "Gunfire at some army camps": shooting inside the forces' own camps, no enemy named.
    if s.before("GUNFIRE_AT", "CAMP", 3) and not s.has("ENEMY", "WAR_FRONT"):
        return 0.6
    return 0.0


def _mutiny_reference(s: SentenceCues, span: tuple[int, int]) -> bool:
    """Whether a mutiny is named as background, as coups are.

    "in connection with the mutiny", "his role in the mutiny", "the failed mutiny of June",
    "weeks after the mutiny".
    """
    return _is_stale(s, span) or any(0 <= span[0] - r[1] <= 2 for r in s.get("MUTINY_REFERENCE"))


def _military_units(s: SentenceCues) -> list[tuple[int, int]]:
    """Unit mentions that are not police units ("police units" are not the armed forces)."""
    police = s.get("LAW_ENFORCE")
    return [u for u in s.get("MIL_UNIT") if not any(0 <= u[0] - p[1] <= 1 for p in police)]


def _turns_on_rulers(s: SentenceCues) -> bool:
    """A unit turning on those in power ("the guard moved against the president").

    Generals or officers turning on the leader are a coup, not a mutiny of units.
    """
    units = _military_units(s)
    targets = s.get("RULERS") + _head_of_state(s)
    return any(
        any(0 <= t[0] - a[1] <= 8 for a in units) and any(0 <= r[0] - t[1] <= 3 for r in targets)
        for t in s.get("TURN_ON")
    )


def _sides_with_crowd(s: SentenceCues) -> bool:
    """Soldiers joining protesters or switching sides, with no police or troops in between.

    "Troops joined the demonstrators" is a unit breaking with the government; "soldiers joined
    police in dispersing protesters" is not.
    """
    units = _military_units(s)
    blockers = s.get("MIL", "LAW_ENFORCE")
    for j in s.get("JOIN_SIDE"):
        if not any(0 <= j[0] - u[1] <= 12 for u in units):
            continue
        for c in s.get("CROWD"):
            between = [b for b in blockers if j[1] <= b[0] < c[0]]
            if 0 <= c[0] - j[1] <= 4 and not between:
                return True
    return False


def _units_clash(s: SentenceCues) -> bool:
    """Fighting between two units of the security forces ("clashes between the guard and …",
    "police and soldiers fought a gun battle")."""
    if s.has("ENEMY"):
        return False
    forces = s.get("MIL", "GOV_FORCE", "LAW_ENFORCE")
    if any(
        sum(0 <= m[0] - f[1] <= 8 for f in forces) >= 2 and s.has("MIL")
        for m in s.get("MUTUAL_FIRE")
    ):
        return True
    units = s.get("MIL", "GOV_FORCE")
    for c in s.get("INFIGHT"):
        after = [u for u in units if 0 <= u[0] - c[1] <= 15]
        if len(after) >= 2:
            return True
    return False


def _fighting_within_forces(s: SentenceCues) -> bool:
    """Armed clashes inside the forces ("fighting rages within the armed forces") or a unit
    trading fire with another ("guard soldiers exchanged gunfire with special forces"); not
    with an enemy, nor across a front, nor the fighting of a coup named in the same sentence
    ("staged a coup after hours of firefight with the presidential guard")."""
    if s.has("ENEMY", "WAR_FRONT", "COUP_STRONG", "SEIZE_POWER"):
        return False
    units = s.get("MIL")
    if any(0 <= u[0] - f[1] <= 3 for f in s.get("INFIGHT_IN") for u in units):
        return True
    return any(
        any(0 <= x[0] - u[1] <= 20 for u in units) and any(0 <= u[0] - x[1] <= 3 for u in units)
        for x in s.get("EXCHANGE_FIRE")
    )


def _guard_holds_leader(s: SentenceCues) -> bool:
    """A guard unit holding the leader it guards ("soldiers of the presidential guard detained
    the president", "the president, held by the republican guard"): a unit turning on the
    leader, whatever else the event is called."""
    guards = s.get("GUARD_UNIT")
    leaders = _head_of_state(s)
    for h in s.get("HOLD_ACT"):
        if any(0 <= h[0] - g[1] <= 10 for g in guards) and any(
            0 <= x[0] - h[1] <= 3 for x in leaders
        ):
            return True
    return any(
        any(0 <= h[0] - x[1] <= 6 for x in leaders) and any(0 <= g[0] - h[1] <= 2 for g in guards)
        for h in s.get("HELD_BY")
    )


def _moves(s: SentenceCues, actors: list[tuple[int, int]]) -> bool:
    """Whether a unit is near a movement verb: its subject (before it) if intransitive.

    A subject may carry a long modifier ("soldiers from the elite contingent of … entered"),
    so an intransitive verb reaches further back than a transitive one.
    """
    forward = s.get("MOVE_TO")
    for m in s.get("MOVE"):
        for a in actors:
            if m in forward:
                if a[1] <= m[0] and m[0] - a[1] <= 12:
                    return True
            elif span_gap(a, m) <= 8:
                return True
    return False


def _massed_at_border(s: SentenceCues, units: list[tuple[int, int]]) -> bool:
    """Forces built up at a border ("a Cambodian troop build-up on the border", "massing troops
    and armour near the frontier"), not an exercise."""
    builds = [b for b in s.get("BUILDUP") if any(span_gap(b, u) <= 8 for u in units)]
    return bool(builds) and any(span_gap(b, x) <= 10 for b in builds for x in s.get("BORDER"))


def _destinations(s: SentenceCues) -> list[tuple[int, int]]:
    """Places, plus a town named right after a movement verb ("rolled into the city")."""
    towns = [c for c in s.get("CITY") if any(0 <= c[0] - m[1] <= 1 for m in s.get("MOVE_TO"))]
    return s.get("PLACE", "CAPITAL") + towns


def troop_movement(s: SentenceCues, prev: SentenceCues | None) -> float:
    """Unusual deployments of units, especially toward or inside the capital."""
    if s.has("ROUTINE") or s.near(("MIL_UNIT", "DEFEAT_ACTOR"), "RETREAT", 6):
        return 0.0
    if s.has("WAR_FRONT"):
        units = s.get("MIL_UNIT", "MIL", "HEAVY")
        return 0.65 if _massed_at_border(s, units) else 0.0
    traps = s.get("HEAVY_TRAP")
    heavy = [h for h in s.get("HEAVY") if not any(t[0] <= h[0] < t[1] for t in traps)]
    actors = s.get("MIL_UNIT") + heavy
    enemies = s.get("ENEMY")
    if enemies and actors and enemies[0][0] < min(a[0] for a in actors):
        return 0.0
    moving = _moves(s, actors)
    if moving and _destinations(s):
        return 0.7
    if _massed_at_border(s, actors):
        return 0.65
    # Mutineers blocking roads are part of the mutiny, as their arrests of officers are.
    holding = any(span_gap(a, h) <= 8 for a in actors for h in s.get("HOLD_GROUND"))
    if holding and _destinations(s) and not s.has("MUTINY"):
        return 0.65
    places = s.get("PLACE", "CAPITAL")
    if any(abs(h[0] - p[0]) <= 10 for h in heavy for p in places):
        return 0.6
    return 0.0


# Signals whose evidence is only rumoured when it rests on unofficial witnesses' sightings.
HEARSAY_KINDS: tuple[str, ...] = ("troop_movement",)


def is_hearsay(s: SentenceCues) -> bool:
    """A sighting or claim passed on by residents, witnesses or social media posts.

    "Residents said troops were seen moving towards the capital" is unconfirmed; "tanks rolled
    into the capital, residents said" is a report.
    """
    return s.has("SIGHTING") and s.has("EYEWITNESS")


def _routine_outside(s: SentenceCues, kept: list[tuple[int, int]]) -> bool:
    """Whether a routine-event word occurs other than the ``kept`` spans."""
    return any(r not in kept for r in s.get("ROUTINE"))


def _enemy_is_subject(s: SentenceCues) -> bool:
    """An enemy force, named before any government force, captures something.

    The capture may follow the enemy ("rebels have retaken the capital"; in the headline
    present tense only right after it, "insurgents capture key port") or name it after a passive
    "by" ("the port was captured at dawn by insurgents"). The army named in a place ("the military
    base", "army headquarters") is the target, not a government force.
    """
    sites = s.get("MIL_SITE")
    actors = [a for a in s.get("DEFEAT_ACTOR") if not any(m[0] <= a[0] < m[1] for m in sites)]
    captures = s.get("CAPTURE")
    for e in s.get("ENEMY"):
        if any(a[0] < e[0] for a in actors):
            continue
        if any(0 <= c[0] - e[1] <= 6 for c in captures):
            return True
        if any(0 <= c[0] - e[1] <= 1 for c in s.get("CAPTURE_NOW")):
            return True
        by = [b for b in s.get("AGENT_BY") if 0 <= e[0] - b[1] <= 2]
        passive = [c for c in captures if any(0 <= c[0] - x[1] <= 2 for x in s.get("AUX_PASSIVE"))]
        if any(0 <= b[0] - c[1] <= 3 for c in passive for b in by):
            return True
    return False


def _withdrawal_under_pressure(
    s: SentenceCues,
    prev: SentenceCues | None,
    actors: list[tuple[int, int]],
    retreat: list[tuple[int, int]],
) -> bool:
    """Forces withdrawing while an enemy presses them ("troops have withdrawn from the
    beleaguered city to avoid being encircled", "ordered troops to withdraw from the city, which
    enemy forces have been advancing on"); a withdrawal with no pressure named may be planned."""
    if s.has("NO_FIGHT"):
        return False
    if not (s.has("WAR_PRESSURE") or (prev is not None and prev.has("WAR_PRESSURE"))):
        return False
    withdrawn = [w for w in s.get("WITHDRAW_OBJECT") if any(0 <= a[0] - w[1] <= 3 for a in actors)]
    return bool(retreat or withdrawn)


def _government_actors(s: SentenceCues) -> list[tuple[int, int]]:
    """Army or government-force mentions that are not part of an enemy's name ("rebel forces")."""
    enemies = s.get("ENEMY")
    return [
        a
        for a in s.get("DEFEAT_ACTOR")
        if not any(e[0] <= a[0] < e[1] or 0 <= a[0] - e[1] <= 0 for e in enemies)
    ]


def military_defeat(s: SentenceCues, prev: SentenceCues | None) -> float:
    """Major battlefield losses, rout or collapse of the army."""
    if _routine_outside(s, s.get("CELEBRATION")):
        return 0.0
    if s.has("DEFEAT_STRONG") or s.near("FALL_TO", "ENEMY", 1):
        return 0.8
    if any(0 <= m[0] - x[1] <= 4 for x in s.get("SURRENDER_OF") for m in s.get("MIL", "MIL_UNIT")):
        return 0.75
    enemy_near = s.has("ENEMY") or (prev is not None and prev.has("ENEMY"))
    actors = _government_actors(s)
    retreats = s.get("RETREAT")
    after = s.get("RETREAT_PASSIVE")
    retreat = [r for r in retreats if any(0 <= r[0] - a[1] <= 3 for a in actors)]
    retreat += [r for r in after if any(0 <= a[0] - r[1] <= 3 for a in actors)]
    if retreat and (enemy_near or s.has("CAPTURE")):
        return 0.7
    if any(r in s.get("ROUT") for r in retreat):
        return 0.6
    if _withdrawal_under_pressure(s, prev, actors, retreat):
        return 0.65
    if _enemy_is_subject(s):
        return 0.6
    return 0.0


def elite_purge(s: SentenceCues, prev: SentenceCues | None) -> float:
    """Dismissal or arrest of serving senior military or security officials by the regime."""
    if not s.has("PURGE") or s.has("MUTINY", "COUP_AGENT", "ROUTINE_CHANGE"):
        return 0.0
    former = s.get("FORMER")
    titles = s.get("SENIOR_SEC") + _heads_of_bodies(s)
    specific = [t for t in titles if not any(0 <= t[0] - f[1] <= 3 for f in former)]
    strong = s.get("PURGE_STRONG")
    traps = s.get("PURGE_TRAP")
    for p in s.get("PURGE"):
        if any(0 <= q[0] - p[1] <= 4 for q in s.get("PARTY")) or _denied(s, p):
            continue
        if any(t[0] <= p[0] < t[1] for t in traps):
            continue
        targets = specific + (s.get("SENIOR_SEC_GENERIC") if p in strong else [])
        for t in targets:
            passive = p not in s.get("PURGE_ING") and any(
                t[1] <= a[0] and a[1] <= p[0] for a in s.get("AUX_PASSIVE")
            )
            if 0 <= t[0] - p[1] <= 6 or (0 <= p[0] - t[1] <= 5 and passive):
                return 0.75
    return 0.0


def _heads_of_bodies(s: SentenceCues) -> list[tuple[int, int]]:
    """A head's title followed within four tokens by a security body, as one span."""
    bodies = s.get("SEC_BODY")
    return [(h[0], b[1]) for h in s.get("HEAD_TITLE") for b in bodies if 0 <= b[0] - h[1] <= 4]


def _denied(s: SentenceCues, span: tuple[int, int]) -> bool:
    """Whether a denial governs the span ("denied that officers had been arrested")."""
    return any(0 <= span[0] - d[1] <= 12 for d in s.get("DENIAL"))


def security_discontent(s: SentenceCues, prev: SentenceCues | None) -> float:
    """Discontent among generals or the security services, or their public warnings."""
    if s.has("DISCONTENT_MIL"):
        return 0.75
    actors = s.get("MIL_CHIEF", "MIL")
    if any(0 <= w[0] - a[1] <= 12 for a in actors for w in s.get("WARN_DEMAND")):
        return 0.7
    if any(0 <= w[0] - a[1] <= 20 for a in actors for w in s.get("REFUSE_DUTY")):
        return 0.7
    if _leader_army_rift(s) or _discontent_in_forces(s):
        return 0.65
    if _demands_resignation(s, actors):
        return 0.7
    if _criticises_leadership(s):
        return 0.65
    if _forces_protest(s) or _discontent_said_of_forces(s) or _coup_not_ruled_out(s):
        return 0.65
    if _chief_warns_politicians(s) or _letter_by_forces(s):
        return 0.65
    return 0.0


def _chief_warns_politicians(s: SentenceCues) -> bool:
    """The army chief publicly warning or rebuking the political class ("the army chief warned
    quarrelling politicians"), or warning about the country's own order ("warned that the
    country's sovereignty will be at stake"); not warnings about an enemy, a war or a flood."""
    chiefs = s.get("MIL_CHIEF")
    warnings = [w for w in s.get("WARN_VERB") if any(0 <= w[0] - c[1] <= 12 for c in chiefs)]
    if not warnings:
        return False
    targets = s.get("POLITICAL_CLASS")
    if any(0 <= t[0] - w[1] <= 6 for w in warnings for t in targets):
        return True
    return s.has("DOMESTIC_STAKE") and not s.has("ENEMY", "WAR_FRONT", "ROUTINE")


def _letter_by_forces(s: SentenceCues) -> bool:
    """An open letter or petition signed by soldiers or officers ("a new open letter by scores
    of serving military personnel"), not an agreement the army signs with an enemy ("signed by
    the army and the rebels")."""
    enemies = s.get("ENEMY")
    return any(
        0 <= f[0] - letter[1] <= 10 and not any(0 <= e[0] - f[1] <= 4 for e in enemies)
        for letter in s.get("SIGNED_BY")
        for f in s.get("MIL", "MIL_CHIEF")
    )


def _forces_protest(s: SentenceCues) -> bool:
    """Soldiers or police making a protest of their own: "reservists said they would not turn up
    in protest", "police officers walked off their jobs", "a pay protest by soldiers"."""
    forces = s.get("MIL", "MIL_UNIT", "MIL_CHIEF", "LAW_ENFORCE")
    others = s.get("CROWD", "CIVILIANS", "RELATIVE")
    for act in s.get("PROTEST_ACT"):
        # "force on protesting civilians": the civilians protest, not the forces.
        if any(0 <= o[0] - act[1] <= 2 for o in others):
            continue
        for f in forces:
            if 0 <= act[0] - f[1] <= 14 and not any(f[1] <= o[0] < act[0] for o in others):
                return True
    return any(0 <= f[0] - b[1] <= 6 for b in s.get("PROTEST_BY") for f in forces)


def _discontent_said_of_forces(s: SentenceCues) -> bool:
    """Discontent stated of the forces: "the commanders were apparently unhappy", "the military
    is now disillusioned with the prime minister" (not anger at an enemy)."""
    actors = s.get("MIL_CHIEF", "MIL")
    enemies = s.get("ENEMY")
    for c in s.get("COPULA"):
        if not any(0 <= c[0] - a[1] <= 2 for a in actors):
            continue
        for adj in s.get("DISCONTENT_ADJ"):
            if 0 <= adj[0] - c[1] <= 2 and not any(0 <= e[0] - adj[1] <= 4 for e in enemies):
                return True
    return False


def _coup_not_ruled_out(s: SentenceCues) -> bool:
    """The military refusing to rule out a coup ("an army spokesman refused to rule out a
    military takeover"): a threat from the forces, whatever comes of it."""
    actors = s.get("MIL_CHIEF", "MIL")
    coups = s.get("COUP_STRONG", "COUP_WORD", "SEIZE_POWER")
    return any(
        any(0 <= r[0] - a[1] <= 12 for a in actors) and any(span_gap(r, c) <= 10 for c in coups)
        for r in s.get("NOT_RULED_OUT")
    )


def _criticises_leadership(s: SentenceCues) -> bool:
    """A commander or the troops publicly blaming their own leadership ("the general accused
    the top brass of failing soldiers"), not an enemy ("the army blamed rebels")."""
    targets = s.get("LEADERSHIP") + _head_of_state(s)
    for c in s.get("CRITICISE"):
        if not any(0 <= c[0] - a[1] <= 12 for a in s.get("MIL_CHIEF", "SENIOR_SEC")):
            continue
        if any(0 <= t[0] - c[1] <= 3 for t in targets):
            return True
    return False


def _demands_resignation(s: SentenceCues, actors: list[tuple[int, int]]) -> bool:
    """Commanders calling for the leader's resignation ("calling for the premier's resignation")."""
    for d in s.get("DEMAND"):
        if not any(0 <= d[0] - a[1] <= 12 for a in actors):
            continue
        if any(0 <= r[0] - d[1] <= RESIGNATION_WINDOW for r in s.get("RESIGNATION")):
            return True
    return False


def _leader_army_rift(s: SentenceCues) -> bool:
    """A rift, feud or showdown between the head of state and the army's commanders."""
    chiefs = s.get("MIL_CHIEF")
    leaders = _head_of_state(s)
    for r in s.get("RIFT"):
        near_chief = any(0 <= c[0] - r[1] <= 15 for c in chiefs)
        if near_chief and any(0 <= x[0] - r[1] <= 15 for x in leaders):
            return True
    return False


def _discontent_in_forces(s: SentenceCues) -> bool:
    """Discontent or tension placed in the armed forces, or between them and the government:
    "tensions within the army", "anger among soldiers", "dissatisfaction is growing within the
    military", "tension between the military and the administration"."""
    forces = s.get("MIL")
    breaks = s.get("DISCONTENT_BREAK", "CROWD")
    # "discontent within Burkina Faso's armed forces": up to four words between, none of
    # which starts another relation ("anger in the country over army abuses").
    if any(
        0 <= m[0] - p[1] <= 4 and not any(p[1] <= b[0] < m[0] for b in breaks)
        for p in s.get("DISCONTENT_IN")
        for m in forces
    ):
        return True
    # "dissatisfaction with the general is growing within the military": the discontent named
    # at most eight words before it is said to spread, the forces (or "the ranks") right after.
    nouns, ranks = s.get("DISCONTENT_NOUN"), forces + s.get("RANKS")
    if any(
        any(0 <= g[0] - n[1] <= 8 for n in nouns) and any(0 <= m[0] - g[1] <= 3 for m in ranks)
        for g in s.get("SPREADS_IN")
    ):
        return True
    civil = s.get("CIVIL_POWER") + _head_of_state(s)
    return any(
        0 <= m[0] - r[1] <= 3 and any(0 <= c[0] - r[1] <= 10 for c in civil)
        for r in s.get("RIFT")
        for m in forces
    )


def _nearest(span: tuple[int, int], others: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of ``others`` closest to ``span`` (None if there are none)."""
    return min(others, key=lambda o: span_gap(span, o), default=None)


def leader_health(s: SentenceCues, prev: SentenceCues | None) -> float:
    """Reports or rumours about the leader's health, or the leader's unexplained absence."""
    traps = s.get("HEALTH_TRAP")
    former = s.get("FORMER")
    leaders = s.get("LEADER")
    current = [x for x in leaders if not any(0 <= x[0] - f[1] <= 2 for f in former)]
    others = s.get("MIL_CHIEF", "SENIOR_SEC", "MIL", "LEADER_TRAP", "OTHER_OFFICIAL")
    health = [
        h
        for h in s.get("HEALTH")
        if not any(t[0] <= h[0] < t[1] for t in traps)
        and (not leaders or _nearest(h, leaders) in current)
        and not _health_of_other(h, others, leaders)
    ]
    leader = bool(current) or (s.has("PRONOUN") and prev is not None and prev.has("LEADER"))
    if not leader:
        return 0.0
    if health:
        return 0.7
    # An absence is the leader's when the sitting leader (or "he" after a sentence naming the
    # leader) is the person named nearest to it.
    pronouns = s.get("PRONOUN") if prev is not None and prev.has("LEADER") else []
    theirs = current + pronouns
    if any(_nearest(a, theirs + others) in theirs for a in s.get("ABSENCE")):
        return 0.5
    return 0.0


def _health_of_other(
    health: tuple[int, int], others: list[tuple[int, int]], leaders: list[tuple[int, int]]
) -> bool:
    """Whether the health cue names someone else's ("the death of the military chief").

    An official named right after the cue, with no leader in between, is whose health it is.
    """
    for o in others:
        if 0 <= o[0] - health[1] <= 5 and not any(health[1] <= x[0] < o[0] for x in leaders):
            return True
    return False


def _civil_protests(s: SentenceCues) -> list[tuple[int, int]]:
    """Protest mentions that are not negated ("no protests") or staged by soldiers.

    Soldiers staging a sit-in or a "demonstration", or who "protested" themselves ("aggrieved
    soldiers protested unpaid allowances"), are discontented or mutinous troops, not civilians
    protesting against the authorities.
    """
    negations = s.get("NEGATION")
    units = s.get("MIL_UNIT", "MIL")
    staged = [g for g in s.get("STAGE") if any(0 <= g[0] - u[1] <= 8 for u in units)]
    crowds = s.get("CROWD", "CIVILIANS")
    # "A group of soldiers attached to the operation protested unpaid allowances": the
    # soldiers are the subject of the verb, with no civilians named in between.
    by_soldiers = [
        v
        for v in s.get("PROTEST_VERB")
        if any(
            0 <= v[0] - u[1] <= 14 and not any(u[1] <= c[0] < v[0] for c in crowds) for u in units
        )
    ]
    return [
        p
        for p in s.get("PROTEST")
        if not any(0 <= p[0] - n[1] <= 1 for n in negations)
        and not any(0 <= p[0] - g[1] <= 6 for g in staged)
        and not any(d[0] <= p[0] < d[1] for d in s.get("DISCONTENT_MIL"))
        and p not in by_soldiers
    ]


def civil_unrest(s: SentenceCues, prev: SentenceCues | None) -> float:
    """Mass protests, strikes or riots against the authorities in power."""
    vetoes = ("COUNTER", "MUTINY", "UNREST_TRAP", "REFUSE_DUTY", "REFUSE_ORDER")
    if not s.has("PROTEST") or s.has(*vetoes):
        return 0.0
    # Coups in the plural beside the protests: a summary of the country's history.
    if _coup_spans(s) or s.has("COUP_PLURAL") or not _civil_protests(s):
        return 0.0
    return 0.65


def blackout(s: SentenceCues, prev: SentenceCues | None) -> float:
    """Broadcaster seized, communications cut, or palace/airport/airspace sealed off."""
    if s.has("PLOT"):
        return 0.0
    # "announced on state television that they had seized power" seizes power, not the station.
    attempts = s.get("ATTEMPT")
    seizures = [
        x
        for x in _outside(s.get("B_SEIZE"), s.get("SEIZE_POWER"))
        if not any(0 <= x[0] - a[1] <= 2 for a in attempts)
    ]
    broadcasters = s.get("BROADCASTER")
    if any(span_gap(b, x) <= 8 for b in broadcasters for x in seizures):
        return 0.8
    if any(0 <= b[0] - x[1] <= 3 for b in broadcasters for x in s.get("B_TAKE_OBJECT")) or any(
        0 <= x[0] - b[1] <= 2 for b in broadcasters for x in s.get("B_SHUT")
    ):
        return 0.8
    if s.near("COMMS", "CUT", 6) or s.near("MEDIA_OUTLET", "OFF_AIR", 6):
        return 0.75
    if _access_sealed(s):
        return 0.7
    if s.near("LEGISLATURE", "ENTRY_BARRED", 10) and not s.has("ROUTINE"):
        return 0.7
    return 0.0


def _access_sealed(s: SentenceCues) -> bool:
    """Palace, government quarter or airport sealed off or seized (not power seized).

    In a war a palace or airport changing hands to the enemy is a battle, not a blackout.
    """
    if s.has("ROUTINE", "ENEMY"):
        return False
    seals = _outside(s.get("SEAL"), s.get("SEIZE_POWER"))
    return any(span_gap(a, x) <= 10 for a in s.get("ACCESS") for x in seals)


# A rule can only fire when its sentence has at least one of these cue categories.
ANCHORS: dict[str, tuple[str, ...]] = {
    "troop_movement": ("HEAVY", "MOVE", "HOLD_GROUND", "BUILDUP"),
    "mutiny": (
        "MUTINY",
        "REVOLT",
        "CAMP_UNREST",
        "INFIGHT",
        "REFUSE_ORDER",
        "TURN_ON",
        "JOIN_SIDE",
        "GUARD_UNIT",
        "INFIGHT_IN",
        "EXCHANGE_FIRE",
        "MUTUAL_FIRE",
        "GUNFIRE_AT",
    ),
    "coup_event": (
        "COUP_STRONG",
        "COUP_WORD",
        "SEIZE_POWER",
        "OUST",
        "DETAINED_PASSIVE",
        "GOVERN",
        "STATE_ORGANS",
    ),
    "coup_plot": ("PLOT", "PLOT_ACTION"),
    "elite_purge": ("PURGE",),
    "leader_health": ("HEALTH", "ABSENCE"),
    "military_defeat": (
        "DEFEAT_STRONG",
        "FALL_TO",
        "RETREAT",
        "RETREAT_PASSIVE",
        "WITHDRAW_OBJECT",
        "CAPTURE",
        "CAPTURE_NOW",
        "SURRENDER_OF",
    ),
    "civil_unrest": ("PROTEST",),
    "security_discontent": (
        "DISCONTENT_MIL",
        "DISCONTENT_IN",
        "SPREADS_IN",
        "WARN_DEMAND",
        "REFUSE_DUTY",
        "RIFT",
        "DEMAND",
        "CRITICISE",
        "PROTEST_ACT",
        "PROTEST_BY",
        "DISCONTENT_ADJ",
        "NOT_RULED_OUT",
        "WARN_VERB",
        "SIGNED_BY",
    ),
    "blackout": ("BROADCASTER", "COMMS", "ACCESS", "LEGISLATURE", "MEDIA_OUTLET"),
}

ANCHOR_CUES: tuple[str, ...] = tuple(sorted({c for cats in ANCHORS.values() for c in cats}))


def _coup_named(s: SentenceCues, prev: SentenceCues | None) -> bool:
    """Whether :func:`_coup_spans` can find a coup: a strong coup word or a political one."""
    return s.has("COUP_STRONG") or (s.has("COUP_WORD") and _political(s, prev))


Precondition = Callable[[SentenceCues, SentenceCues | None], bool]

# Necessary conditions for each rule to fire, checked on the cheap whole-text tagging (with the
# same previous sentence the rule gets) so that only sentences passing one of them are
# tokenized. They must stay looser than the rules, so they test only for categories the rules
# require, never for ones that veto: the token cues hold no category the whole-text tagging
# lacks, apart from those in ``cues.RULE_ONLY``.
PRECONDITIONS: dict[str, Precondition] = {
    "troop_movement": lambda s, _: (
        s.has("HEAVY")
        or (s.has("MIL_UNIT") and s.has("MOVE", "HOLD_GROUND"))
        or (s.has("BUILDUP") and s.has("BORDER") and s.has("MIL", "MIL_UNIT"))
    ),
    "mutiny": lambda s, _: (
        s.has("MUTINY")
        or (s.has("MIL_UNIT") and s.has("REVOLT", "CAMP_UNREST"))
        or (s.has("INFIGHT") and s.has("MIL"))
        or s.has("REFUSE_ORDER")
        or (s.has("TURN_ON", "JOIN_SIDE") and s.has("MIL", "MIL_UNIT"))
        or (s.has("GUARD_UNIT") and s.has("LEADER"))
        or (s.has("INFIGHT_IN", "EXCHANGE_FIRE", "MUTUAL_FIRE") and s.has("MIL"))
        or s.has("GUNFIRE_AT")
    ),
    "coup_event": lambda s, prev: (
        _coup_named(s, prev)
        or (s.has("SEIZE_POWER") and _mil_near(s, prev))
        or (s.has("OUST") and s.has("MIL") and s.has("LEADER"))
        or (s.has("DETAINED_PASSIVE") and s.has("LEADER"))
        or (s.has("GOVERN") and s.has("JUNTA", "MIL_UNIT"))
        or (s.has("STATE_ORGANS") and s.has("ABOLISH"))
    ),
    # A charge without a plot word names the coup with no previous sentence for context.
    "coup_plot": lambda s, _: (
        (s.has("PLOT") and (s.has("STATE_TARGET") or (s.has("PLOT_ACTION") and s.has("MIL"))))
        or (s.has("PLOT_ACTION") and _coup_named(s, None))
    ),
    "elite_purge": lambda s, _: (
        s.has("PURGE") and s.has("SENIOR_SEC", "SENIOR_SEC_GENERIC", "HEAD_TITLE")
    ),
    "leader_health": lambda s, prev: (
        s.has("HEALTH", "ABSENCE")
        and (s.has("LEADER") or (prev is not None and prev.has("LEADER")))
    ),
    "military_defeat": lambda s, _: (
        s.has("DEFEAT_STRONG", "FALL_TO")
        or (s.has("SURRENDER_OF") and s.has("MIL", "MIL_UNIT"))
        or (s.has("DEFEAT_ACTOR") and s.has("RETREAT", "RETREAT_PASSIVE", "WITHDRAW_OBJECT"))
        or (s.has("ENEMY") and s.has("CAPTURE", "CAPTURE_NOW"))
    ),
    "civil_unrest": lambda s, _: s.has("PROTEST"),
    "security_discontent": lambda s, _: (
        s.has("DISCONTENT_MIL")
        or (s.has("WARN_DEMAND", "REFUSE_DUTY") and s.has("MIL_CHIEF", "MIL"))
        or (s.has("RIFT") and s.has("MIL_CHIEF") and s.has("LEADER"))
        or (s.has("DISCONTENT_IN", "RIFT") and s.has("MIL"))
        or (s.has("SPREADS_IN") and s.has("DISCONTENT_NOUN") and s.has("MIL", "RANKS"))
        or (s.has("DEMAND") and s.has("RESIGNATION") and s.has("MIL_CHIEF", "MIL"))
        or (s.has("CRITICISE") and s.has("MIL_CHIEF", "SENIOR_SEC"))
        or s.has("PROTEST_ACT", "PROTEST_BY")
        or (s.has("DISCONTENT_ADJ") and s.has("MIL_CHIEF", "MIL"))
        or (s.has("NOT_RULED_OUT") and s.has("MIL_CHIEF", "MIL"))
        or (
            s.has("WARN_VERB") and s.has("MIL_CHIEF") and s.has("POLITICAL_CLASS", "DOMESTIC_STAKE")
        )
        or (s.has("SIGNED_BY") and s.has("MIL", "MIL_CHIEF"))
    ),
    "blackout": lambda s, _: (
        (s.has("BROADCASTER") and s.has("B_SEIZE", "B_TAKE_OBJECT", "B_SHUT"))
        or (s.has("COMMS") and s.has("CUT"))
        or (s.has("ACCESS") and s.has("SEAL"))
        or (s.has("LEGISLATURE") and s.has("ENTRY_BARRED"))
        or (s.has("MEDIA_OUTLET") and s.has("OFF_AIR"))
    ),
}

RULES: dict[str, Rule] = {
    "troop_movement": troop_movement,
    "mutiny": mutiny,
    "coup_event": coup_event,
    "coup_plot": coup_plot,
    "elite_purge": elite_purge,
    "leader_health": leader_health,
    "military_defeat": military_defeat,
    "civil_unrest": civil_unrest,
    "security_discontent": security_discontent,
    "blackout": blackout,
}
