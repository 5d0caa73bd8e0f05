"""Update the Qt catalogues (`ui/translations/loket_{id,en}.ts`) from the sources and compile them.

    python scripts/translations.py                 # lupdate + fill English + lrelease
    python scripts/translations.py --from A.ts     # also take the texts of another catalogue
    python scripts/translations.py --check         # exit 1 if an Indonesian text is missing

`pyside6-lupdate` finds every `tr()` / `translate()` literal in `ui/` and `desktop_app/`. English is
the identity catalogue and is filled in here, except where a catalogue already has its own text
(English plural forms: "%n candidate" / "%n candidates"). Indonesian texts are written by hand in
`loket_id.ts`. `--from` merges the texts of another copy of either catalogue, told apart by its
language (e.g. the other side of a git merge: `git show BRANCH:ui/translations/loket_id.ts >
/tmp/theirs-id.ts`, and the same for `loket_en.ts`), so parallel branches
never lose each other's translations. Nothing is ever invented: a missing text stays unfinished and
`--check` names it.
"""

from __future__ import annotations

import argparse
import copy
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "ui" / "translations"
SOURCES = ("ui", "desktop_app")
Key = tuple[str, str]


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def sources() -> list[str]:
    return sorted(str(p) for folder in SOURCES for p in (ROOT / folder).rglob("*.py"))


def parse(path: Path) -> ET.ElementTree:
    return ET.parse(path)  # noqa: S314 - our own catalogues, not untrusted input


def messages(tree: ET.ElementTree) -> dict[Key, ET.Element]:
    out: dict[Key, ET.Element] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
        return False
    return bool((translation.text or "").strip() or any((n.text or "").strip() for n in translation))


def known_texts(paths: list[Path]) -> dict[Key, ET.Element]:
    """Finished translations of the given catalogues, later files first."""
    out: dict[Key, ET.Element] = {}
    for path in paths:
        for key, message in messages(parse(path)).items():
            if finished(message):
                translation = message.find("translation")
                assert translation is not None
                out.setdefault(key, translation)
    return out


def fits(message: ET.Element, translation: ET.Element) -> bool:
    """A plural text only for a plural message, a plain one only for a plain message."""
    return (message.get("numerus") == "yes") == (translation.find("numerusform") is not None)


def is_english(path: Path) -> bool:
    return (parse(path).getroot().get("language") or "").startswith("en")


def fill(path: Path, known: dict[Key, ET.Element], *, identity: bool) -> list[Key]:
    tree = parse(path)
    missing: list[Key] = []
    for key, message in messages(tree).items():
        if finished(message):
            continue
        old = message.find("translation")
        if old is not None and old.get("type") in {"obsolete", "vanished"}:
            continue
        if old is not None:
            message.remove(old)
        if key in known and fits(message, known[key]):
            message.append(copy.deepcopy(known[key]))
        elif identity:
            new = ET.SubElement(message, "translation")
            if message.get("numerus") == "yes":
                for _ in range(2):
                    ET.SubElement(new, "numerusform").text = key[1]
            else:
                new.text = key[1]
        else:
            ET.SubElement(message, "translation", {"type": "unfinished"})
            missing.append(key)
    root = tree.getroot()
    root.text = "\n"
    for context in root:
        ET.indent(context, space="    ")
        context.tail = "\n"
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--from", dest="extra", action="append", type=Path, default=[])
    parser.add_argument("--check", action="store_true", help="only report missing Indonesian texts")
    args = parser.parse_args(argv)
    ids, ens = CATALOGUES / "loket_id.ts", CATALOGUES / "loket_en.ts"
    if args.check:
        missing = [key for key, m in messages(parse(ids)).items() if not finished(m)]
    else:
        known_en = known_texts([ens, *(p for p in args.extra if is_english(p))])
        known_id = known_texts([ids, *(p for p in args.extra if not is_english(p))])
        lupdate = [
            tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
            *sources(),
        ]
        subprocess.run([*lupdate, "-ts", str(ids), str(ens)], check=True)  # noqa: S603
        fill(ens, known_en, identity=True)
        missing = fill(ids, known_id, identity=False)
        for path in (ids, ens):
            subprocess.run([tool("pyside6-lrelease"), "-silent", str(path)], check=True)  # noqa: S603
    for context, source in missing:
        sys.stdout.write(f"missing Indonesian: [{context}] {source}\n")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
