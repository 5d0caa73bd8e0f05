"""Loading the interface language: Indonesian by default, English on request.

Source strings are English; `translations/loket_id.qm` carries Indonesian and `loket_en.qm`
is the identity. Qt's own strings (button boxes, context menus, file and print dialogs) have no
Indonesian catalogue from Qt: ours translates them under Qt's contexts (ui/qt_texts.py); Qt's
catalogue is still loaded for a language that has one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from domain.issues import Lang

TRANSLATIONS = Path(__file__).with_name("translations")
LANGUAGES: tuple[Lang, ...] = ("id", "en")


def normalise_lang(lang: str | None) -> Lang:
    return "en" if (lang or "").lower().startswith("en") else "id"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install ours and Qt's; returns them so the caller keeps them alive."""
    chosen = normalise_lang(lang)
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if chosen == "id" else QLocale.Language.English))
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"loket_{chosen}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if chosen != "en" and qt_base.load(f"qtbase_{chosen}", qt_dir):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
