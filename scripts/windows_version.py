"""The Windows version resource of the bundle's executables (build.spec writes it with this).

Explorer shows it under Properties > Details, and signing tools and installers read it. It is
made from the package version (pyproject.toml, through the installed metadata), so a release
changes one number. The text is PyInstaller's version-file format (what its grab_version.py
prints): PyInstaller reads it on Windows only, through a module that imports only there, so
tests/test_build_spec.py checks the text against that module's source instead.
"""

from __future__ import annotations

import re
from pathlib import Path


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """`0.1.0` -> (0, 1, 0, 0); a suffix such as `rc1` counts as a number too."""
    numbers = [int(n) for n in re.findall(r"\d+", version)][:4]
    a, b, c, d = [*numbers, 0, 0, 0, 0][:4]
    return a, b, c, d


def version_text(version: str, exe_name: str, description: str) -> str:
    numbers = version_numbers(version)
    strings = {
        "CompanyName": "Loket PMI",
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": exe_name.removesuffix(".exe"),
        "OriginalFilename": exe_name,
        "ProductName": "Loket PMI",
        "ProductVersion": version,
        "LegalCopyright": "Loket PMI",
    }
    structs = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,\n"
        "                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([\n"
        "      StringTable('040904B0', [\n"
        f"{structs}\n"
        "      ])\n"
        "    ]),\n"
        "    VarFileInfo([VarStruct('Translation', [1033, 1200])])\n"
        "  ]\n"
        ")\n"
    )


def write_version_file(folder: Path, version: str, exe_name: str, description: str) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"version-{exe_name}.txt"
    path.write_text(version_text(version, exe_name, description), encoding="utf-8")
    return str(path)
