"""Run benchmark groups: python tests/benchmarks/run.py [group...] prints `name: value` lines.

Each group is a module tests/benchmarks/bench_<group>.py with a `run()` generator that yields
(name, value) pairs. Groups that need ../shared/data say so and skip their figures when it is
missing. Benchmarks are not tests: they measure, on this machine, now.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))


def groups() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def main(argv: list[str]) -> int:
    wanted = argv or groups()
    unknown = [g for g in wanted if g not in groups()]
    if unknown:
        print(f"unknown benchmark group(s): {', '.join(unknown)}; known: {', '.join(groups())}",
              file=sys.stderr)
        return 2
    if len(wanted) > 1:
        # One process per group: memory and caches of one group must not count in another's
        # figures (the window's peak RSS, above all).
        for group in wanted:
            subprocess.run([sys.executable, __file__, group], check=False)
        return 0
    for group in wanted:
        module = importlib.import_module(f"bench_{group}")
        for name, value in module.run():
            if isinstance(value, float):
                value = f"{value:.4f}" if abs(value) < 100 else f"{value:.1f}"
            print(f"{name}: {value}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
