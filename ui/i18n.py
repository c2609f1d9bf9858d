"""The language of the user interface: Qt translators for Neiri's own strings
(``translations/neiri_<language>.qm``) and for Qt's (standard dialog buttons, context
menus of text fields) from PySide6's ``qtbase_<language>.qm``.

English is the source language: it needs no translator. To add or update a
translation see ``translations/README.md``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

log = logging.getLogger("neiri.ui.i18n")

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "translations"
"""Where the compiled ``neiri_<language>.qm`` files are."""

DEFAULT_LANGUAGE = "en"

LANGUAGES: dict[str, str] = {
    "en": "English",
    "ru": "Русский",
    "pt_BR": "Português (Brasil)",
    "zh_CN": "简体中文",
}
"""The interface languages: code to name, each name in its own language (never translated)."""

_installed: list[QTranslator] = []
"""The translators installed by :func:`install_translator`; Qt does not keep them alive."""


def qm_path(language: str) -> Path:
    """The compiled translation of ``language`` (it may not exist)."""
    return TRANSLATIONS_DIR / f"neiri_{language}.qm"


def qt_translations_dir() -> Path:
    """PySide6's folder of Qt's own translations (``qtbase_ru.qm`` and friends)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translators a previous :func:`install_translator` put in."""
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Translate the interface into ``language`` (a key of :data:`LANGUAGES`).

    Translators installed before are removed first. Returns True when Neiri's
    translation is in place, False when the interface stays English: the language is
    English or unknown, or its ``.qm`` file is missing or unreadable. Qt's own
    translation of the language is installed too when PySide6 ships it.
    Call it before the windows are built: widgets built earlier keep their texts.
    """
    remove_translators(app)
    if language == DEFAULT_LANGUAGE:
        return False
    if language not in LANGUAGES:
        log.warning("unknown interface language %r: using English", language)
        return False
    path = qm_path(language)
    if not path.is_file():
        log.warning("no translation file %s: using English", path)
        return False
    neiri = QTranslator(app)
    if not neiri.load(str(path)):
        log.warning("could not load the translation file %s: using English", path)
        return False
    qt_file = qt_translations_dir() / f"qtbase_{language}.qm"
    qt = QTranslator(app)
    if qt_file.is_file() and qt.load(str(qt_file)):
        app.installTranslator(qt)
        _installed.append(qt)
    else:
        log.info("Qt has no translation %s: its standard texts stay English", qt_file.name)
    # installed last, so searched first
    app.installTranslator(neiri)
    _installed.append(neiri)
    log.info("interface language: %s", language)
    return True


def normalize_language(value: Any) -> str:
    """One of the keys of :data:`LANGUAGES` for ``value`` (``"pt-br"``, ``"ru_RU"``, ``"zh"``
    are understood); English for anything else."""
    if not isinstance(value, str):
        return DEFAULT_LANGUAGE
    code = value.strip().replace("-", "_")
    if code in LANGUAGES:
        return code
    by_lower = {key.lower(): key for key in LANGUAGES}
    if code.lower() in by_lower:
        return by_lower[code.lower()]
    base = code.split("_", 1)[0].lower()
    for key in LANGUAGES:
        if key.split("_", 1)[0].lower() == base:
            return key
    return DEFAULT_LANGUAGE


def language_from_settings(settings: Any) -> str:
    """The interface language chosen in ``settings`` (its ``ui_language``), as a key of
    :data:`LANGUAGES`; English when it is missing or not one Neiri has."""
    return normalize_language(getattr(settings, "ui_language", None))
