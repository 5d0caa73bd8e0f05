"""`make bench`: the foundation benchmarks, then every other `bench/bench_*.py` module.

    python -m bench.run_all            # foundation benches at full size, the others short
    python -m bench.run_all --quick    # everything in its quick/short mode

Each benchmark runs as its own `python -m bench.<name>` process (it prints its own baseline).
A module is given `--quick` or `--short` when its argument parser declares one; `bench_gui`
needs a display and runs only when DISPLAY is set (use `xvfb-run -a make bench`);
`bench_checkin` (OPP check-in on the window) runs offscreen without one.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOUNDATION = ("bench_import", "bench_save", "bench_search")
NEEDS_DISPLAY = frozenset({"bench_gui"})


def quick_flag(module: str) -> str | None:
    text = (HERE / f"{module}.py").read_text(encoding="utf-8")
    for flag in ("--quick", "--short"):
        if re.search(rf"add_argument\(\s*\"{flag}\"", text):
            return flag
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", "--short", action="store_true", help="every benchmark in its short mode")
    args = parser.parse_args(argv)
    others = sorted(p.stem for p in HERE.glob("bench_*.py") if p.stem not in FOUNDATION)
    failed: list[str] = []
    for module in (*FOUNDATION, *others):
        if module in NEEDS_DISPLAY and not os.environ.get("DISPLAY"):
            print(f"== {module}: skipped (needs a display; run under xvfb-run)\n", flush=True)
            continue
        flag = quick_flag(module) if args.quick or module not in FOUNDATION else None
        command = [sys.executable, "-m", f"bench.{module}", *([flag] if flag else [])]
        print(f"== {module} {flag or ''}".rstrip(), flush=True)
        start = time.perf_counter()
        code = subprocess.run(command, cwd=HERE.parent, check=False).returncode
        print(f"   ({time.perf_counter() - start:.0f} s, exit {code})\n", flush=True)
        if code != 0:
            failed.append(module)
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
