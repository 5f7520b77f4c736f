"""Gather the result sections the benchmark scripts write into ``benchmarks/RESULTS.md``.

Each benchmark writes its own section file (spine, country skill, leader risk, news); this
script puts them, in that order, under one heading so the results live in one place.
Run: ``python benchmarks/collect_results.py``.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
SECTIONS = (
    ("Spine: import, panel and forecast wall time", "spine_results.md", "spine_timing.py"),
    ("Country forecast skill", "backtest_results.md", "backtest_skill.py"),
    ("Leader risk", "leader_results.md", "leader_backtest.py"),
    ("Warning signs in the news", "news_results.md", "news_eval.py, news_throughput.py"),
)


def main() -> None:
    """Write RESULTS.md from the section files that exist."""
    parts = [
        "# coupwatch benchmark results",
        "",
        "Every figure here is produced by a script in this folder (named in each section) on "
        "the public datasets in `../shared/data`, on a 2-core machine. Coups and irregular "
        "exits are rare: test periods hold a few dozen events, so differences of a few "
        "hundredths in AUC are within noise.",
    ]
    for title, name, script in SECTIONS:
        path = HERE / name
        if not path.exists():
            continue
        body = path.read_text(encoding="utf-8").strip().splitlines()
        if body and body[0].startswith("# "):
            body = body[1:]
        # Each section sits one level below its heading here.
        body = ["#" + line if line.startswith("#") else line for line in body]
        parts += ["", f"## {title}", "", f"_Produced by `{script}`._", "", *body]
    (HERE / "RESULTS.md").write_text("\n".join(parts).rstrip() + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
