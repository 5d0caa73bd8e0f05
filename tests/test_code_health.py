"""No function of the product code above cyclomatic complexity 20 outside migrations
(docs/code-health.md)."""

from __future__ import annotations

from pathlib import Path

from radon.complexity import cc_visit
from radon.visitors import Function

ROOT = Path(__file__).resolve().parents[1]
# Product code; test functions are scenarios (a long keyboard walk-through reads best whole).
PACKAGES = ("domain", "local_db", "sync", "ui", "desktop_app", "central_service", "scripts", "bench")
LIMIT = 20


def _functions(path: Path) -> list[tuple[str, int]]:
    found = []
    for block in cc_visit(path.read_text(encoding="utf-8")):
        if isinstance(block, Function):
            found.append((block.fullname, block.complexity))
        for closure in getattr(block, "closures", ()):
            found.append((f"{block.fullname}.{closure.name}", closure.complexity))
    return found


def test_no_function_is_above_complexity_20() -> None:
    over = [
        f"{path.relative_to(ROOT)}:{name} has complexity {cc}"
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        if "migrations" not in path.parts
        for name, cc in _functions(path)
        if cc > LIMIT
    ]
    assert not over, (
        "Split these at their natural seams (docs/code-health.md shows how the earlier ones were "
        "split) or, if one truly reads best whole, say why in docs/code-health.md and here:\n"
        + "\n".join(over)
    )
