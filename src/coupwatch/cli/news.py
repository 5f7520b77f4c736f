"""``coupwatch signals …`` and ``coupwatch read``: warning signs in news articles."""

from __future__ import annotations

import json
import re
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from coupwatch.cli.errors import err_console, exit_codes
from coupwatch.errors import InputError
from coupwatch.news.context import NO_FORECAST, risk_context
from coupwatch.news.extract import Extraction, Signal, extract
from coupwatch.news.ingest import Batch, read_inputs
from coupwatch.news.reliability import (
    MEASURED_ON,
    UNSEEN_F1,
    UNSEEN_PRECISION,
    UNSEEN_RECALL,
    is_weak,
    trust_note,
)
from coupwatch.news.storage import save_extractions, stored_signals
from coupwatch.store import open_store

console = Console()
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


class ExtractFormat(StrEnum):
    """Output formats of ``signals extract``."""

    jsonl = "jsonl"
    table = "table"


class ReadFormat(StrEnum):
    """Output formats of ``read``."""

    text = "text"
    json = "json"


def _read(inputs: list[str]) -> Batch:
    """Read inputs, reporting problems on stderr; raise if nothing at all could be read."""
    batch = read_inputs(inputs)
    for problem in batch.problems:
        err_console.print(f"[yellow]skipped:[/] {problem}", highlight=False, soft_wrap=True)
    if not batch.articles:
        raise InputError("no article could be read from the input(s) given")
    return batch


def _signals_table(extractions: list[Extraction]) -> Table:
    table = Table(title="Warning signs")
    for column in ("id", "countries", "modality", "signals", "hedges"):
        table.add_column(column, overflow="fold")
    for ex in extractions:
        signs = ", ".join(
            f"{s.type} ({s.modality[:4]} {s.confidence:.2f}"
            + (", model)" if s.found_by == "model" else ")")
            for s in ex.signals
        )
        table.add_row(
            ex.article.id, " ".join(ex.countries), ex.modality, signs or "—", str(ex.hedges)
        )
    return table


@exit_codes
def signals_extract(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or http(s) URLs.")],
    fmt: Annotated[ExtractFormat, typer.Option("--format", help="Output format.")] = (
        ExtractFormat.jsonl
    ),
    store: Annotated[bool, typer.Option("--store/--no-store", help="Save to the store.")] = True,
) -> None:
    """Find warning signs in articles: one JSON line (or table row) per article."""
    extractions = [extract(a) for a in _read(inputs).articles]
    if store:
        with open_store() as st:
            save_extractions(st, extractions)
    if fmt is ExtractFormat.table:
        console.print(_signals_table(extractions))
        return
    for ex in extractions:
        record = ex.to_dict()
        keys = ("id", "countries", "signals", "modality", "hedges", "sources")
        typer.echo(json.dumps({k: record[k] for k in keys}, ensure_ascii=False))


@exit_codes
def signals_show(
    country: Annotated[str | None, typer.Option(help="ISO3 code, e.g. SDN.")] = None,
    since: Annotated[str | None, typer.Option(help="First month, YYYY-MM.")] = None,
) -> None:
    """List stored warning signs by month and country."""
    if since is not None and not _MONTH.match(since):
        raise InputError(f"--since {since!r}: expected a month as YYYY-MM")
    if country is not None and not re.fullmatch(r"[A-Za-z]{3}", country):
        raise InputError(f"--country {country!r}: expected a three-letter ISO code")
    with open_store() as st:
        rows = stored_signals(st, country.upper() if country else None, since)
    if rows.empty:
        console.print("no stored signals match; run `coupwatch signals extract` first")
        return
    table = Table(title="Stored warning signs")
    for column in ("month", "country", "type", "modality", "confidence", "found by", "article"):
        table.add_column(column, overflow="fold")
    for row in rows.itertuples():
        table.add_row(
            row.month or "?",
            row.country or "—",
            row.type,
            row.modality,
            f"{row.confidence:.2f}",
            row.found_by,
            row.title or row.article_id,
        )
    console.print(table)


def _first_sentence(text: str) -> str:
    match = re.search(r"(.+?[.!?])(\s|$)", text.strip(), flags=re.DOTALL)
    return " ".join((match.group(1) if match else text.strip()).split())[:400]


def verdict(ex: Extraction) -> dict[str, object]:
    """The readable verdict on one story, as data."""
    art = ex.article
    gwcode = next((g for g in ex.gwcodes if g is not None), None)
    as_of = art.date[:7] if art.date and len(art.date) >= 7 else None
    context = risk_context(gwcode, as_of) if gwcode is not None else None
    return {
        "id": art.id,
        "title": art.title,
        "claims": _first_sentence(art.text),
        "countries": ex.countries,
        "mentioned": ex.mentioned,
        "modality": ex.modality,
        "hedges": ex.hedges,
        "reported": [_sign(s) for s in ex.signals if s.modality == "reported"],
        "speculated": [_sign(s) for s in ex.signals if s.modality == "speculative"],
        "quoted": ex.sources,
        "context": context,
        "reliability": {
            "precision": UNSEEN_PRECISION,
            "recall": UNSEEN_RECALL,
            "measured_on": MEASURED_ON,
        },
    }


def _sign(sig: Signal) -> dict[str, object]:
    return {
        "type": sig.type,
        "confidence": round(sig.confidence, 3),
        "found_by": sig.found_by,
        "unseen_f1": UNSEEN_F1.get(sig.type),
        "sentences": [e.text for e in sig.evidence],
    }


def _print_verdict(v: dict) -> None:
    console.print(f"[bold]{v['title'] or v['id']}[/]", highlight=False)
    console.print(f"Claims: {v['claims']}", highlight=False)
    others = [c for c in v["mentioned"] if c not in v["countries"]]
    console.print(
        f"Subject: {', '.join(v['countries']) or 'none identified'}"
        + (f"  (also mentioned: {', '.join(others)})" if others else ""),
        highlight=False,
    )
    console.print(f"Tone: {v['modality']} ({v['hedges']} hedging words)", highlight=False)
    for heading, signs in (("Reported signs", v["reported"]), ("Only speculated", v["speculated"])):
        if not signs:
            continue
        console.print(f"\n[bold]{heading}[/]")
        for s in signs:
            weak = " — often wrong or missed on unseen news" if is_weak(s["type"]) else ""
            learned = ", found by the learned model, not a rule" if s["found_by"] == "model" else ""
            console.print(
                f"  • {s['type']} (confidence {s['confidence']:.2f}{learned}{weak})",
                highlight=False,
            )
            for sentence in s["sentences"][:3]:
                console.print(f'      "{" ".join(sentence.split())}"', highlight=False)
    if not v["reported"] and not v["speculated"]:
        console.print("\nNo coup warning signs found.")
    console.print(f"\nQuoted: {', '.join(v['quoted']) or 'nobody identified'}", highlight=False)
    console.print(f"\n{trust_note()}", highlight=False)
    ctx = v["context"]
    if ctx is None:
        console.print("\n[bold]Set beside the record[/]")
        console.print(f"  {NO_FORECAST}", highlight=False)
        return
    console.print(f"\n[bold]Set beside the record[/] (as of {ctx['as_of']})")
    for line in _context_lines(ctx):
        console.print(f"  {line}", highlight=False)


def _context_lines(ctx: dict) -> list[str]:
    """The country's forecast and the leader's exit risks in plain sentences."""
    lines = []
    if "forecast" in ctx:
        f = ctx["forecast"]
        lines.append(
            f"{f['country']}: {f['p_attempt']:.1%} chance of a coup attempt in the next "
            f"{f['horizon']} months, rank {f['rank']} of {f['n_countries']} "
            f"(average country {f['base_rate']:.1%})"
        )
        drivers = "; ".join(str(d["label"]) for d in f["drivers"])
        lines.append(f"largest drivers: {drivers}")
    if "leader" in ctx:
        leader = ctx["leader"]
        lines.append(
            f"{leader['leader']}, next {leader['horizon']} months: natural death "
            f"{leader['p_natural_death']:.1%}, irregular exit {leader['p_irregular']:.1%}, "
            f"regular exit {leader['p_regular']:.1%}, stays {leader['p_remain']:.1%}"
        )
    lines.append(
        "These are rough statistical estimates from the public record before the story; "
        "the story itself is not part of them."
    )
    return lines


@exit_codes
def read(
    source: Annotated[str, typer.Argument(help="A file or an http(s) URL with one story.")],
    fmt: Annotated[ReadFormat, typer.Option("--format", help="Output format.")] = ReadFormat.text,
) -> None:
    """Read one story and say which warning signs it reports or only speculates about."""
    ex = extract(_read([source]).articles[0])
    v = verdict(ex)
    if fmt is ReadFormat.json:
        typer.echo(json.dumps(v, ensure_ascii=False, default=str, indent=2))
    else:
        _print_verdict(v)


def register(app: typer.Typer) -> None:
    """Attach ``signals extract``, ``signals show`` and ``read`` to the main application."""
    signals = typer.Typer(help="Coup warning signs in news articles.", no_args_is_help=True)
    signals.command("extract")(signals_extract)
    signals.command("show")(signals_show)
    app.add_typer(signals, name="signals")
    app.command("read")(read)
