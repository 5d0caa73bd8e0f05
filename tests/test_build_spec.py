"""build.spec keeps what the frozen app needs: the checks that need no build (docs/packaging.md).

The bundle itself is built and run by `make bundle-smoke` in CI; these catch the usual way it
breaks before that: a new Qt module imported in ui/ that the spec excludes, or a new interface
language whose catalogues the spec leaves out.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from ui.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]


def spec_value(name: str) -> Any:
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"build.spec has no {name} = <literal>")


def qt_modules_imported(package: str) -> set[str]:
    found: set[str] = set()
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            found.update(n.split(".")[1] for n in names if n.startswith("PySide6.Qt"))
    return found


def test_the_spec_keeps_every_qt_module_the_app_imports() -> None:
    used = qt_modules_imported("ui") | qt_modules_imported("desktop_app")
    assert used, "no PySide6 import found: the scan is broken"
    assert used <= set(spec_value("QT_USED"))


def test_the_spec_keeps_the_catalogues_of_every_interface_language() -> None:
    assert set(spec_value("LANGUAGES")) == set(LANGUAGES)
    for lang in LANGUAGES:
        assert (ROOT / "ui" / "translations" / f"loket_{lang}.qm").is_file()
