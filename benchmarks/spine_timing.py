"""Wall time of the spine: import every shared source, build the panel, forecast.

Run: ``python benchmarks/spine_timing.py [DATA_FOLDER]`` (default ``$COUPWATCH_DATA`` or
../shared/data). Prints a markdown table; each step is run three times, best time kept.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from coupwatch.data.importer import import_files, plan_import
from coupwatch.forecast import forecast
from coupwatch.panel.build import build_panel, load_tables
from coupwatch.store import open_store

REPEATS = 3


def best_of(step: Callable[[], object]) -> float:
    """Best wall time of a step over :data:`REPEATS` runs, in seconds."""
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    """Time the three steps and print the results as markdown."""
    default = os.environ.get("COUPWATCH_DATA") or str(Path(__file__).parents[2] / "shared" / "data")
    data = Path(sys.argv[1] if len(sys.argv) > 1 else default)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "coupwatch.duckdb"

        def do_import() -> None:
            with open_store(path) as store:
                import_files(store, plan_import([data]))

        t_import = best_of(do_import)
        with open_store(path, read_only=True) as store:
            tables = load_tables(store)
        t_panel = best_of(lambda: build_panel(tables))
        panel = build_panel(tables)
        t_forecast = best_of(lambda: forecast(panel, panel.data_end, 12))
        countries = len(forecast(panel, panel.data_end, 12).table)
    print(f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}\n")  # fmt: skip
    print("| step | wall time (best of 3) | size |")
    print("| --- | ---: | --- |")
    print(f"| import all 13 sources of `{data.name}/` | {t_import:.2f} s | {path.name} |")
    print(f"| build the panel | {t_panel:.2f} s | {len(panel.frame):,} state-months, "
          f"{len(panel.features)} features |")  # fmt: skip
    print(f"| fit the default model and forecast | {t_forecast:.2f} s | {countries} countries |")


if __name__ == "__main__":
    main()
