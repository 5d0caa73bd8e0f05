"""build.spec keeps what the frozen app needs: the checks that need no build (docs/packaging.md).

The bundle itself is built and run by `make bundle-smoke` in CI; these catch the usual way it
breaks before that: a new Qt module imported in ui/ that the spec excludes, or a new interface
language whose catalogues the spec leaves out.
"""

from __future__ import annotations

import ast
import importlib.util
import struct
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


def exe_calls() -> dict[str, dict[str, ast.expr]]:
    """name= of each EXE(...) in build.spec -> its keyword arguments."""
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", None) == "EXE"]
    found = {}
    for call in calls:
        keywords = {k.arg: k.value for k in call.keywords if k.arg}
        found[ast.literal_eval(keywords["name"])] = keywords
    return found


def test_the_windows_executables_carry_icon_and_version_and_the_shortcut_one_has_no_console() -> None:
    exes = exe_calls()
    assert set(exes) == {"loket", "LoketPMI"}
    assert ast.literal_eval(exes["loket"]["console"]) is True  # the command line's exit codes and output
    assert ast.literal_eval(exes["LoketPMI"]["console"]) is False  # no console window behind the app
    for keywords in exes.values():
        assert ast.unparse(keywords["icon"]) == "ICON"
        assert ast.unparse(keywords["version"]).startswith("windows_version(")
    assert 'ROOT / "ui" / "brand" / "loket.ico"' in (ROOT / "build.spec").read_text(encoding="utf-8")


def test_the_icon_file_holds_the_sizes_windows_asks_for() -> None:
    data = (ROOT / "ui" / "brand" / "loket.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)
        sizes.add(width or 256)
    assert {16, 32, 48, 256} <= sizes


def test_the_version_resource_is_the_package_version() -> None:
    """The text is one call of PyInstaller's version classes, carrying this package's version."""
    from importlib.metadata import version

    spec = importlib.util.spec_from_file_location("windows_version", ROOT / "scripts" / "windows_version.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = module.version_text(version("loket-pmi"), "LoketPMI.exe", "Loket PMI")
    tree = ast.parse(text, mode="eval")
    assert isinstance(tree.body, ast.Call) and ast.unparse(tree.body.func) == "VSVersionInfo"
    used = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    source = ast.parse(Path(pyi_file()).read_text(encoding="utf-8"))
    classes = {n.name for n in source.body if isinstance(n, ast.ClassDef)}
    assert used <= classes, used - classes
    assert f"StringStruct('ProductVersion', '{version('loket-pmi')}')" in text
    assert "StringStruct('OriginalFilename', 'LoketPMI.exe')" in text
    assert module.version_numbers("0.1.0") == (0, 1, 0, 0)
    assert module.version_numbers("1.2.3rc4") == (1, 2, 3, 4)


def pyi_file() -> str:
    found = importlib.util.find_spec("PyInstaller.utils.win32.versioninfo")
    assert found is not None and found.origin is not None
    return found.origin
