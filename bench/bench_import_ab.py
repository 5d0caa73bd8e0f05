"""CPU time of `loket import candidates` (the command and its helper process) for another
revision beside this working tree, run alternately on the same generated file.

    python -m bench.bench_import_ab --before 93faaec            # 100,000 rows, 3 runs each
    python -m bench.bench_import_ab --before main --rows 20000 --runs 5

On a machine shared with other work, wall time swings by 2x between runs; the CPU seconds the
two processes consume swing far less, so a change's cost shows in them. The other revision is
extracted with `git archive` into a temporary folder and run with this virtualenv. Each run
imports into a fresh copy of a store migrated by its own revision.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(root: Path, *args: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(root)}
    subprocess.run(
        [sys.executable, "-m", "desktop_app", *args], cwd=root, env=env, check=True, capture_output=True
    )


def _measured(root: Path, template: Path, csv: Path, work: Path) -> tuple[float, float]:
    folder = Path(tempfile.mkdtemp(dir=work))
    shutil.copy(template, folder / "loket.db")
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    _run(root, "--data-dir", str(folder), "import", "candidates", str(csv))
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    shutil.rmtree(folder)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--before", required=True, help="git revision to compare with")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from bench.datagen import write_csv

    with tempfile.TemporaryDirectory(prefix="loket-ab-") as tmp:
        work = Path(tmp)
        other = work / "before"
        other.mkdir()
        archive = subprocess.run(["git", "archive", args.before], cwd=ROOT, check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", str(other)], input=archive.stdout, check=True)
        trees = {f"before ({args.before})": other, "this tree": ROOT}
        csv = write_csv(work / "in.csv", args.rows)
        templates = {}
        for name, root in trees.items():
            folder = Path(tempfile.mkdtemp(dir=work))
            _run(root, "--data-dir", str(folder), "status")
            templates[name] = folder / "loket.db"
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
        for _ in range(args.runs):
            for name, root in trees.items():
                results[name].append(_measured(root, templates[name], csv, work))
                wall, cpu = results[name][-1]
                print(f"  {name:>20}: wall {wall:6.2f} s   cpu {cpu:6.2f} s", flush=True)
        print(f"import of {args.rows:,} rows, median of {args.runs} runs:")
        medians = {n: statistics.median(c for _, c in r) for n, r in results.items()}
        for name, cpu in medians.items():
            wall = statistics.median(w for w, _ in results[name])
            print(f"  {name:>20}: cpu {cpu:6.2f} s   wall {wall:6.2f} s")
        first, second = medians.values()
        print(f"  cpu change: {100 * (second - first) / first:+.1f} %")


if __name__ == "__main__":
    main()
