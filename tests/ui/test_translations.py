"""The interface's translations (Russian, Brazilian Portuguese, Simplified Chinese): every
string translated, the .qm files built from the .ts, placeholders kept, and the widgets
really showing the translation. Writes screenshots of the settings dialog in each
language (tests/ui/screenshots/translations-settings-*.png).

A failure here after changing a string in ui/ or a settings description means:
run ``uv run python translations/update.py``, translate what it lists, run it again.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import string
import warnings
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.config.settings import Settings
from tests.ui.conftest import screenshot
from ui import i18n
from ui import secrets as secret_store
from ui.theme import apply_theme

ROOT = Path(__file__).resolve().parents[2]
HOW_TO_FIX = (
    "Run `uv run python translations/update.py`, translate the strings it lists "
    "(uv run pyside6-linguist translations/neiri_<language>.ts), run it again and commit "
    "the .ts and .qm files."
)
PRODUCT_NAMES = ("Neiri", "Ollama", "OBS", "Piper", "Whisper")


def _load_update():
    spec = importlib.util.spec_from_file_location(
        "neiri_translations_update", ROOT / "translations" / "update.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _load_update()
LANGUAGES = update.LANGUAGES


def finished(ts: Path) -> dict[tuple[str, str], str]:
    """``(context, source) -> translation`` of the finished translations of ``ts``."""
    result = {}
    for context, message in update.messages(ET.parse(ts).getroot()):
        translation = message.find("translation")
        if translation is None or translation.get("type") is not None:
            continue
        if translation.text and translation.text.strip():
            result[(context, message.findtext("source") or "")] = translation.text
    return result


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory) -> dict[str, Path]:
    """Copies of the committed .ts files brought up to date with today's sources (the
    same lupdate run as translations/update.py, in a temporary folder)."""
    folder = tmp_path_factory.mktemp("ts")
    for language in LANGUAGES:
        shutil.copy(update.ts_path(language), folder)
    update.update_ts(folder)
    return {language: update.ts_path(language, folder) for language in LANGUAGES}


# --- completeness and build ------------------------------------------------------------------


def test_every_string_of_the_interface_has_a_finished_translation(fresh_ts):
    """Every string lupdate finds in ui/ and every SettingsModel description has a
    finished translation in the committed .ts file of every language."""
    problems = []
    for language in LANGUAGES:
        committed = finished(update.ts_path(language))
        for context, message in update.messages(ET.parse(fresh_ts[language]).getroot()):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in update.GONE:
                continue
            source = message.findtext("source") or ""
            if (context, source) not in committed:
                problems.append(f"  [{language}] {context}: {source!r}")
    assert not problems, (
        f"{len(problems)} strings have no finished translation:\n"
        + "\n".join(problems)
        + "\n"
        + HOW_TO_FIX
    )


def test_settings_descriptions_are_in_the_translations():
    descriptions = {text for _path, text in update.model_descriptions()}
    assert len(descriptions) > 40
    for language in LANGUAGES:
        have = {s for c, s in finished(update.ts_path(language)) if c == update.MODEL_CONTEXT}
        missing = sorted(descriptions - have)
        assert not missing, f"[{language}] untranslated descriptions: {missing}\n{HOW_TO_FIX}"


def test_the_qm_files_are_built_from_the_committed_ts(tmp_path):
    for language in LANGUAGES:
        rebuilt = tmp_path / f"neiri_{language}.qm"
        update.build_qm(update.ts_path(language), rebuilt)
        committed = update.qm_path(language)
        assert committed.is_file(), f"{committed.name} is missing. {HOW_TO_FIX}"
        assert committed.read_bytes() == rebuilt.read_bytes(), (
            f"{committed.name} is stale: it was not rebuilt after {language}.ts changed. "
            + HOW_TO_FIX
        )


def _runtime_contexts() -> set[str]:
    """Contexts a translation can be looked up in: the classes of ui/ (``self.tr`` uses
    the class and its bases) and literal ``QCoreApplication.translate`` contexts."""
    names = {update.MODEL_CONTEXT, update.MESSAGE_CONTEXT}
    for path in update.ui_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("translate", "QT_TRANSLATE_NOOP")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                names.add(node.args[0].value)
    return names


def test_every_context_is_one_qt_looks_up_at_run_time(fresh_ts):
    """lupdate names the context of ``x.tr("...")`` after ``x``; at run time Qt looks in
    the contexts of the object's classes. ``self.page.tr(...)`` gives the context
    "self.page", which no lookup ever uses: such strings stay English. Use ``self.tr`` in
    a QObject subclass, or ``QCoreApplication.translate("Context", "...")``."""
    known = _runtime_contexts()
    root = ET.parse(fresh_ts[LANGUAGES[0]]).getroot()
    bad = Counter(context for context, _message in update.messages(root) if context not in known)
    assert not bad, f"contexts never looked up at run time (strings stay English): {dict(bad)}"


# --- placeholders -----------------------------------------------------------------------------


def _format_fields(text: str) -> Counter:
    return Counter(
        (name, spec, conversion)
        for _literal, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    )


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?![&\s]|#?\w+;)", text.replace("&&", "")))


def _problems(source: str, translation: str) -> list[str]:
    found = []
    try:
        if _format_fields(source) != _format_fields(translation):
            found.append("{} placeholders differ")
    except ValueError as exc:
        found.append(f"not a valid format string ({exc})")
    if Counter(re.findall(r"%(?:\d{1,2}|n)", source)) != Counter(
        re.findall(r"%(?:\d{1,2}|n)", translation)
    ):
        found.append("% placeholders differ")
    if Counter(re.findall(r"<[^>]+>", source)) != Counter(re.findall(r"<[^>]+>", translation)):
        found.append("HTML tags differ")
    if _accelerators(source) != _accelerators(translation):
        found.append("& accelerators differ")
    if len(source) - len(source.lstrip()) != len(translation) - len(translation.lstrip()):
        found.append("leading space differs")
    if len(source) - len(source.rstrip()) != len(translation) - len(translation.rstrip()):
        found.append("trailing space differs")
    if source.endswith("…") and not translation.endswith("…"):
        found.append("the closing … is missing")
    found += [
        f"the name {name} is missing"
        for name in PRODUCT_NAMES
        if name in source and name not in translation
    ]
    return found


def test_translations_keep_placeholders_markup_and_accelerators():
    problems = []
    for language in LANGUAGES:
        for (context, source), translation in finished(update.ts_path(language)).items():
            for problem in _problems(source, translation):
                problems.append(
                    f"  [{language}] {context}: {source!r} -> {translation!r}: {problem}"
                )
    assert not problems, "translations that break their source's format:\n" + "\n".join(problems)


def test_the_placeholder_check_catches_mistakes():
    assert _problems("Saved: {path}", "Сохранено: {путь}")
    assert _problems("{:.0f} ms", "{} мс")
    assert _problems("&Quit", "Выход")
    assert _problems("<b>Not set up</b>", "Не настроено")
    assert _problems(" tokens", "токенов")
    assert _problems("Looking for Ollama…", "Поиск Ollama...")
    assert _problems("Looking for Ollama…", "Поиск Олламы…")
    assert not _problems("&Settings…", "设置(&S)…")
    assert not _problems("{m}:{s:02d} left", "осталось {m}:{s:02d}")


# --- installing a language --------------------------------------------------------------------


@pytest.fixture
def english(qapp):
    """Whatever a test installs, English is back afterwards."""
    yield qapp
    i18n.install_translator(qapp, "en")


def test_languages_and_their_files():
    assert i18n.LANGUAGES == {
        "en": "English",
        "ru": "Русский",
        "pt_BR": "Português (Brasil)",
        "zh_CN": "简体中文",
    }
    assert set(i18n.LANGUAGES) == {"en", *LANGUAGES}
    for language in LANGUAGES:
        assert i18n.qm_path(language) == update.qm_path(language)
        assert i18n.qm_path(language).is_file()
        assert (i18n.qt_translations_dir() / f"qtbase_{language}.qm").is_file()


def test_install_translator_switches_and_falls_back_to_english(english, monkeypatch, tmp_path):
    app = english
    assert i18n.install_translator(app, "ru")
    assert QCoreApplication.translate("MainWindow", "Send") == "Отправить"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"  # Qt's own
    assert i18n.install_translator(app, "zh_CN")  # replaces Russian
    assert QCoreApplication.translate("MainWindow", "Send") == "发送"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert not i18n.install_translator(app, "en")
    assert QCoreApplication.translate("MainWindow", "Send") == "Send"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert not i18n.install_translator(app, "de")  # not one of ours: English
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)  # the .qm file is missing
    assert not i18n.install_translator(app, "pt_BR")
    assert QCoreApplication.translate("MainWindow", "Send") == "Send"


@pytest.mark.parametrize(
    ("value", "language"),
    [
        ("en", "en"),
        ("ru", "ru"),
        ("pt_BR", "pt_BR"),
        ("zh_CN", "zh_CN"),
        ("pt-br", "pt_BR"),
        ("ru_RU", "ru"),
        ("zh", "zh_CN"),
        ("de", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_language_from_settings(value, language):
    assert i18n.language_from_settings(SimpleNamespace(ui_language=value)) == language


def test_language_from_settings_reads_the_settings_model():
    assert i18n.language_from_settings(Settings(ui_language="zh_CN")) == "zh_CN"
    assert i18n.language_from_settings(Settings()) == "en"
    assert i18n.language_from_settings(None) == "en"


# --- the widgets in Russian (and the screenshots) ---------------------------------------------


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    secret_store.reset_keyring_status()
    yield
    keyring.set_keyring(previous)
    secret_store.reset_keyring_status()


def _texts(root: QWidget) -> set[str]:
    """What the user can read in ``root`` and its children (also tooltips and hints)."""
    texts = {root.windowTitle(), root.toolTip()}
    for widget in root.findChildren(QWidget):
        texts.add(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractSpinBox):
            texts.add(widget.specialValueText())
            texts.add(getattr(widget, "suffix", lambda: "")())
    return {text for text in texts if text}


def _still_english(texts: set[str], language: str) -> set[str]:
    """The texts that are an English source whose translation differs: shown untranslated.
    Language names in the language picker are shown in their own language on purpose."""
    translated = finished(update.ts_path(language))
    sources = {source for (_c, source), text in translated.items() if text != source}
    return (texts - set(i18n.LANGUAGES.values())) & sources


def make_settings_dialog(qtbot, tmp_path):
    from ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(
        Settings(),
        tmp_path / "config" / "settings.yaml",
        probe=lambda: [],
        characters_dir=tmp_path / "characters",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.keyring_available is not None, timeout=3000)
    qtbot.waitUntil(lambda: dialog.page("audio").refresh_button.isEnabled(), timeout=3000)
    return dialog


RUSSIAN_PAGES = [
    "Общие",
    "Звук",
    "Распознавание речи",
    "Языковая модель",
    "Голос",
    "Персонаж",
    "Аватар",
    "Память и люди",
    "Модерация",
    "Сервер и OBS",
    "Интеграции",
    "Журналы",
]


def test_settings_dialog_in_russian(qtbot, english, no_keyring, tmp_path):
    apply_theme(english, "light")
    assert i18n.install_translator(english, "ru")
    dialog = make_settings_dialog(qtbot, tmp_path)
    pages = [dialog.page_list.item(row).text() for row in range(dialog.page_list.count())]
    assert pages == RUSSIAN_PAGES
    assert dialog.windowTitle() == "Настройки"
    assert [dialog.ok_button.text(), dialog.cancel_button.text(), dialog.apply_button.text()] == [
        "ОК",
        "Отмена",
        "Применить",
    ]
    # a help text that comes from the pydantic model (context SettingsModel)
    help_label = dialog.binder.bindings["audio.mode"].row.help_label
    assert help_label.text().startswith("Наушники: Neiri можно свободно перебивать.")
    # the secret note, translated with QCoreApplication.translate("SettingsDialog", ...)
    assert "хранилищ" in dialog.page("server").token_note.text()
    assert not _still_english(_texts(dialog), "ru")
    dialog.show_page("audio")
    qtbot.wait(10)
    screenshot(dialog, "translations-settings-ru-audio")


def _clipped(root: QWidget) -> list[str]:
    """Visible one-line labels and buttons narrower than their text needs."""
    clipped = []
    for widget in root.findChildren(QLabel) + root.findChildren(QPushButton):
        if not widget.isVisibleTo(root) or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        needed = widget.sizeHint() if isinstance(widget, QPushButton) else widget.minimumSizeHint()
        if widget.width() < needed.width():
            clipped.append(f"{widget.text()!r} ({widget.width()} < {needed.width()} px)")
    return clipped


@pytest.mark.parametrize("language", LANGUAGES)
def test_settings_dialog_screenshot(qtbot, english, no_keyring, tmp_path, language):
    """Look at these: the longer Russian and Portuguese labels must fit, and Chinese
    needs a CJK font on the machine (Debian: fonts-noto-cjk), else it shows boxes."""
    apply_theme(english, "light")
    assert i18n.install_translator(english, language)
    dialog = make_settings_dialog(qtbot, tmp_path)
    assert not _still_english(_texts(dialog), language)
    clipped = []
    for key in dialog.PAGE_KEYS:
        dialog.show_page(key)
        qtbot.wait(1)
        clipped += [f"{key}: {text}" for text in _clipped(dialog)]
    dialog.show_page("general")
    qtbot.wait(1)
    screenshot(dialog, f"translations-settings-{language}")
    if language == "zh_CN" and not QFontDatabase.families(
        QFontDatabase.WritingSystem.SimplifiedChinese
    ):
        warnings.warn(
            "no Chinese font on this machine: the zh_CN screenshot shows boxes "
            "(Debian: apt-get install fonts-noto-cjk)",
            stacklevel=1,
        )
    assert not clipped, f"[{language}] clipped texts: {clipped}"


def test_status_widgets_and_log_viewer_in_russian(qtbot, english, tmp_path):
    from ui.dialogs.log_viewer import LogViewer
    from ui.widgets.status import ComponentLight, LatencyWaterfall, MicMeter

    assert i18n.install_translator(english, "ru")
    light = ComponentLight("llm", "LLM")
    qtbot.addWidget(light)
    light.set_state("failed", "connection refused")
    assert light.toolTip() == "LLM: сбой\nconnection refused"
    light.set_state("ok", "")
    assert light.toolTip() == "LLM: в порядке"
    waterfall = LatencyWaterfall()
    qtbot.addWidget(waterfall)
    assert (
        waterfall.toolTip()
        == "Задержка последней реплики. Нажмите, чтобы увидеть последние реплики."
    )
    meter = MicMeter()
    qtbot.addWidget(meter)
    meter.set_level(-12.4)
    assert meter.toolTip() == "Уровень микрофона: -12 дБ"

    viewer = LogViewer(tmp_path / "logs", poll_ms=10_000)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.history_loaded, timeout=3000)
    assert viewer.windowTitle() == "Журналы"
    assert viewer.count_label.text().startswith("Файла журнала пока нет: ")
    model = viewer.table.model()
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers[:3] == ["Время", "Уровень", "Компонент"]
    assert not _still_english(_texts(viewer), "ru")
