"""The first-run wizard: language and character, microphone, hardware, Ollama, speech
models, summary.

It runs when there is no settings file and can be re-opened from the Neiri menu. It
works on a copy of the settings: Finish writes them with
:func:`app.config.store.save_settings` and emits :attr:`FirstRunWizard.completed`;
Cancel (at any time) stops whatever is running and changes nothing.

Nothing here blocks the Qt thread, which is also the asyncio loop's thread (qasync):
network work (Ollama, model downloads) runs as asyncio tasks and the hardware probe on
a worker thread; the wizard is shown with ``open()``/``show()``, never ``exec()``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtGui import QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.audio.devices import AudioUnavailable, list_devices
from app.config.characters import list_characters, load_character
from app.config.paths import Paths
from app.config.settings import Settings
from app.config.store import SettingsSaveRefused, save_settings
from app.hardware import HardwareInfo, Recommendation, probe, recommend
from app.llm.ollama_provider import DEFAULT_BASE_URL, OllamaProvider, PullProgress, model_matches
from app.llm.provider import LLMError
from app.models.catalog import (
    BUNDLED_VOICE,
    BUNDLED_WHISPER,
    SPOKEN_LANGUAGE,
    Catalog,
    CatalogModel,
    default_catalog,
    recommended_voice,
)
from app.models.download import DownloadError, DownloadProgress, check_loads, download_model
from ui.dialogs.settings_pages import (
    LevelMeter,
    error_color,
    make_hint_label,
    mix,
    ok_color,
    set_text_color,
    warn_color,
)

log = logging.getLogger("neiri.ui.wizard")

ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "neiri.svg"
OLLAMA_DOWNLOAD_URL = "https://ollama.com/download"
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("ru", "Русский"),
    ("pt_BR", "Português (Brasil)"),
    ("zh_CN", "简体中文"),
)
"""UI language codes with their names in their own language (not translated)."""

PULL_CHOICES = ("llama3.2:1b", "llama3.2:3b", "qwen2.5:7b")
HEARD_DB = -45.0  # a level above this counts as "Neiri hears you"

PAGE_LANGUAGE, PAGE_MIC, PAGE_HARDWARE, PAGE_OLLAMA, PAGE_SPEECH, PAGE_SUMMARY = range(6)

Loader = Callable[[CatalogModel, Path], None]


@dataclass
class OllamaState:
    state: str = "unknown"  # unknown | checking | running | installed | absent
    detail: str = ""
    models: tuple[str, ...] = ()


# --- small helpers ------------------------------------------------------------------------


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


_TONES: dict[str, Callable[[QWidget], Any]] = {
    "ok": ok_color,
    "error": error_color,
    "warn": warn_color,
}


class _ToneFilter(QObject):
    """Re-colours a label whose text has a tone when the theme changes."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and isinstance(obj, QLabel):
            tone = obj.property("neiri_tone")
            if tone in _TONES and not obj.property("neiri_toning"):
                obj.setProperty("neiri_toning", True)
                try:
                    set_text_color(obj, _TONES[tone](obj.parentWidget() or obj))
                finally:
                    obj.setProperty("neiri_toning", False)
        return False


_tone_filter: _ToneFilter | None = None


def set_tone(label: QLabel, tone: str | None) -> None:
    """Colour ``label`` as ok / error / warn (None: normal), following theme changes."""
    global _tone_filter
    if _tone_filter is None:
        _tone_filter = _ToneFilter()
    if not label.property("neiri_tone_filter"):
        label.installEventFilter(_tone_filter)
        label.setProperty("neiri_tone_filter", True)
    label.setProperty("neiri_tone", tone or "")
    set_text_color(label, _TONES[tone](label.parentWidget() or label) if tone in _TONES else None)


def _with_hint(field: QWidget, hint: QLabel) -> QWidget:
    """A form field with its help text right under it."""
    box = QWidget(field.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(3)
    layout.addWidget(field)
    layout.addWidget(hint)
    return box


def _wrap(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _Notice(QFrame):
    """A tinted, word-wrapped message (ok / warn / error / info)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tone = "info"
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.label = _wrap("", self)
        self.label.setOpenExternalLinks(True)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        layout.addWidget(self.label, 1)
        self.setVisible(False)

    def show_message(self, text: str, tone: str = "info", *, rich: bool = False) -> None:
        self._tone = tone
        self.label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.label.setText(text)
        self._paint()
        self.setVisible(bool(text))

    def text(self) -> str:
        return self.label.text()

    def clear(self) -> None:
        self.label.clear()
        self.setVisible(False)

    def _paint(self) -> None:
        base = self.parentWidget().palette() if self.parentWidget() else self.palette()
        window = base.color(QPalette.ColorRole.Window)
        tint = {
            "ok": ok_color(self),
            "warn": warn_color(self),
            "error": error_color(self),
        }.get(self._tone, base.color(QPalette.ColorRole.Highlight))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, mix(window, tint, 0.14))
        self.setPalette(palette)
        text = base.color(QPalette.ColorRole.WindowText)
        set_text_color(self.label, mix(text, tint, 0.35) if self._tone != "info" else None)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.isVisible():
            self._paint()


class StepList(QFrame):
    """The wizard's side panel: every step, the current one highlighted."""

    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizardSteps")
        self.setAutoFillBackground(True)
        self.setMinimumWidth(170)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 18, 14, 14)
        layout.setSpacing(10)
        logo = QLabel(self)
        pixmap = QPixmap(str(ICON)) if ICON.is_file() else QPixmap()
        if not pixmap.isNull():
            logo.setPixmap(
                pixmap.scaled(
                    48,
                    48,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        name = _bold(QLabel("Neiri", self))
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        name.setFont(font)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(logo)
        top.addWidget(name, 1)
        layout.addLayout(top)
        layout.addSpacing(8)
        self.labels: list[QLabel] = []
        for _ in titles:
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.RichText)
            self.labels.append(label)
            layout.addWidget(label)
        self.titles = titles
        layout.addStretch(1)
        self._painting = False
        self.current = 0
        self.set_current(0)

    def set_current(self, index: int) -> None:
        self.current = index
        self._tint()
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight).name()
        text = palette.color(QPalette.ColorRole.WindowText)
        dim = mix(text, palette.color(QPalette.ColorRole.Window), 0.45).name()
        for i, (label, title) in enumerate(zip(self.labels, self.titles, strict=True)):
            if i == index:
                label.setText(
                    f'<span style="color:{accent}">●</span>&nbsp;&nbsp;'
                    f'<b style="color:{text.name()}">{title}</b>'
                )
            elif i < index:
                label.setText(
                    f'<span style="color:{accent}">✓</span>&nbsp;&nbsp;'
                    f'<span style="color:{text.name()}">{title}</span>'
                )
            else:
                label.setText(f'<span style="color:{dim}">○&nbsp;&nbsp;{title}</span>')

    def _tint(self) -> None:
        app = self.parentWidget().palette() if self.parentWidget() else self.palette()
        window = app.color(QPalette.ColorRole.Window)
        palette = self.palette()
        palette.setColor(
            QPalette.ColorRole.Window,
            mix(app.color(QPalette.ColorRole.Base), window, 0.25),
        )
        self.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._painting:
            self._painting = True
            try:
                self.set_current(self.current)
            finally:
                self._painting = False


class _Page(QWizardPage):
    """A page with its own header (a large title and a subtitle) instead of QWizard's
    small header band, which looks dated under Fusion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 4, 4)
        self._layout.setSpacing(12)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("wizardPageTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.subtitle_label = _wrap("", self)
        self._layout.addWidget(self.title_label)
        self._layout.addWidget(self.subtitle_label)
        self._layout.addSpacing(4)

    def setTitle(self, title: str) -> None:  # shown in the page, not in QWizard's header
        self.title_label.setText(title)

    def setSubTitle(self, subtitle: str) -> None:
        self.subtitle_label.setText(subtitle)

    def wiz(self) -> FirstRunWizard:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        return wizard

    def body(self) -> QVBoxLayout:
        return self._layout

    def group(self, title: str) -> tuple[QGroupBox, QVBoxLayout]:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(8)
        return box, layout

    def fmt_bytes(self, size: float | None) -> str:
        if size is None:
            return self.tr("unknown size")
        if size >= 1024**3:
            return self.tr("{value:.1f} GB").format(value=size / 1024**3)
        if size >= 1024**2:
            return self.tr("{value:.0f} MB").format(value=size / 1024**2)
        if size >= 1024:
            return self.tr("{value:.0f} KB").format(value=size / 1024)
        return self.tr("{value:.0f} bytes").format(value=size)


# --- 1. language and character ------------------------------------------------------------


class LanguagePage(_Page):
    def __init__(self, settings: Settings, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Neiri"))
        self.setSubTitle(
            self.tr(
                "A few quick steps and she is ready to talk. You can change all of this "
                "later in Settings."
            )
        )
        layout = self.body()
        box, inner = self.group(self.tr("You and Neiri"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        self.language_combo = QComboBox(self)
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        index = self.language_combo.findData(settings.ui_language)
        self.language_combo.setCurrentIndex(max(0, index))
        form.addRow(
            self.tr("Language"),
            _with_hint(
                self.language_combo,
                make_hint_label(
                    self.tr("For menus and messages, and the speech models Neiri suggests."),
                    self,
                ),
            ),
        )

        self.character_combo = QComboBox(self)
        self._descriptions: dict[str, str] = {}
        names = list_characters(paths.characters_dir) or [settings.character]
        for name in names:
            display, description = name, ""
            with contextlib.suppress(Exception):
                character = load_character(name, paths.characters_dir)
                display = character.display_name or name
                spoken = QLocale(character.language).nativeLanguageName() or character.language
                description = self.tr("Speaks {language}; her voice is {voice}.").format(
                    language=spoken, voice=character.voice
                )
            self.character_combo.addItem(display, name)
            self._descriptions[name] = description
        index = self.character_combo.findData(settings.character)
        self.character_combo.setCurrentIndex(max(0, index))
        self.character_note = make_hint_label("", self)
        form.addRow(self.tr("Character"), _with_hint(self.character_combo, self.character_note))
        self.character_combo.currentIndexChanged.connect(self._describe)
        self._describe()
        inner.addLayout(form)
        layout.addWidget(box)

        steps = make_hint_label(
            self.tr(
                "Next: a microphone test, a look at your computer, the language model "
                "(Ollama) and Neiri's voice and hearing."
            ),
            self,
        )
        layout.addWidget(steps)
        layout.addStretch(1)

    def _describe(self) -> None:
        self.character_note.setText(self._descriptions.get(self.character(), ""))

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def character(self) -> str:
        return str(self.character_combo.currentData())


# --- 2. microphone ------------------------------------------------------------------------


class MicPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Microphone"))
        self.setSubTitle(self.tr("Say a few words: the bar should move while you speak."))
        self.available: bool | None = None
        self.heard = False
        self.peak_db = LevelMeter.MIN_DB
        layout = self.body()
        box, inner = self.group(self.tr("Level"))
        self.level_box = box
        row = QHBoxLayout()
        self.meter = LevelMeter(self)
        self.meter.setMinimumHeight(22)
        row.addWidget(self.meter, 1)
        self.db_label = QLabel("", self)
        self.db_label.setMinimumWidth(64)
        self.db_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.db_label)
        inner.addLayout(row)
        self.status = _wrap(self.tr("Looking for a microphone…"), self)
        inner.addWidget(self.status)
        layout.addWidget(box)
        self.notice = _Notice(self)
        layout.addWidget(self.notice)
        layout.addWidget(
            make_hint_label(
                self.tr(
                    "Tip: with headphones you can interrupt Neiri at any time; with "
                    "speakers, choose the Speakers mode in Settings > Audio."
                ),
                self,
            )
        )
        layout.addStretch(1)

    @Slot(float)
    def set_level(self, db: float) -> None:
        """A microphone level in dBFS (wired to ``EngineBridge.micLevel``)."""
        self.meter.set_level(db)
        self.db_label.setText(self.tr("{db:.0f} dB").format(db=db))
        self.peak_db = max(self.peak_db, db)
        if self.available is not True:
            self.set_available(True)
        if db > HEARD_DB and not self.heard:
            self.heard = True
            self.status.setText(self.tr("Neiri hears you."))
            set_tone(self.status, "ok")

    def set_available(self, available: bool, detail: str = "", device: str = "") -> None:
        self.available = available
        self.level_box.setVisible(available)
        if available:
            self.notice.clear()
            if not self.heard:
                text = self.tr("Listening on {device}. Speak now.").format(
                    device=device or self.tr("the default microphone")
                )
                self.status.setText(text)
                set_tone(self.status, None)
            return
        message = self.tr("No microphone found — Neiri works with typed messages")
        if detail:
            message += "\n" + detail
        message += "\n" + self.tr(
            "Plug one in and choose it later in Settings > Audio; she listens from her next start."
        )
        self.notice.show_message(message, "warn")

    def set_waiting(self) -> None:
        self.status.setText(self.tr("Starting the microphone…"))


# --- 3. hardware --------------------------------------------------------------------------


class HardwarePage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your computer"))
        self.setSubTitle(self.tr("Neiri checks what your computer can run comfortably."))
        self.info: HardwareInfo | None = None
        self.recommendation: Recommendation | None = None
        self.done = False
        layout = self.body()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy_label = _wrap(self.tr("Checking your computer…"), self)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)

        box, inner = self.group(self.tr("Hardware"))
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(8)
        self.cpu = _wrap("—", self)
        self.ram = _wrap("—", self)
        self.gpu = _wrap("—", self)
        self.form.addRow(self.tr("Processor"), self.cpu)
        self.form.addRow(self.tr("Memory"), self.ram)
        self.form.addRow(self.tr("Graphics"), self.gpu)
        inner.addLayout(self.form)
        layout.addWidget(box)

        box, inner = self.group(self.tr("Recommended for this computer"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self.whisper = _bold(QLabel("—", self))
        self.whisper_reason = make_hint_label("", self)
        self.llm = _bold(QLabel("—", self))
        self.llm_reason = make_hint_label("", self)
        grid.addWidget(QLabel(self.tr("Speech recognition"), self), 0, 0)
        grid.addWidget(self.whisper, 0, 1)
        grid.addWidget(self.whisper_reason, 1, 1)
        grid.setRowMinimumHeight(2, 10)
        grid.addWidget(QLabel(self.tr("Language model"), self), 3, 0)
        grid.addWidget(self.llm, 3, 1)
        grid.addWidget(self.llm_reason, 4, 1)
        grid.setColumnStretch(1, 1)
        inner.addLayout(grid)
        layout.addWidget(box)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return self.done

    def show_result(
        self, info: HardwareInfo | None, rec: Recommendation, error: str | None = None
    ) -> None:
        self.info, self.recommendation, self.done = info, rec, True
        self.busy.setVisible(False)
        if info is None:
            self.busy_label.setText(
                self.tr(
                    "Neiri could not check this computer ({error}); she suggests the "
                    "smallest models."
                ).format(error=error or "?")
            )
        else:
            self.busy_label.setVisible(False)
            cores = self.tr("{cores} cores, {threads} threads").format(
                cores=info.cpu_cores, threads=info.cpu_threads
            )
            self.cpu.setText(f"{info.cpu_name} ({cores})")
            self.ram.setText(
                self.tr("{total} ({free} free)").format(
                    total=self.fmt_bytes(info.ram_total_bytes),
                    free=self.fmt_bytes(info.ram_available_bytes),
                )
            )
            gpu = info.best_gpu
            if gpu is None:
                self.gpu.setText(
                    self.tr("No NVIDIA graphics card found: models run on the processor.")
                )
            else:
                memory = self.fmt_bytes(gpu.memory_bytes) if gpu.memory_bytes else "?"
                extra = len(info.gpus) - 1
                text = f"{gpu.name} ({memory})"
                if extra:
                    text += " " + self.tr("and {n} more").format(n=extra)
                self.gpu.setText(text)
        self.whisper.setText(rec.whisper_model)
        self.whisper_reason.setText(rec.whisper_reason)
        self.llm.setText(rec.llm_model)
        self.llm_reason.setText(rec.llm_reason)
        self.completeChanged.emit()


# --- 4. Ollama ----------------------------------------------------------------------------


class OllamaPage(_Page):
    def __init__(self, base_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Language model"))
        self.setSubTitle(
            self.tr("Neiri thinks with a language model that runs on your computer in Ollama.")
        )
        self.ollama = OllamaState()
        self.pulling = False
        self.pull_percent = 0
        self.pulled: str | None = None
        self.recommended = "llama3.2:3b"
        self._wanted: str | None = None
        layout = self.body()

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Ollama address"), self))
        self.url_edit = QLineEdit(base_url or DEFAULT_BASE_URL, self)
        self.url_edit.setClearButtonEnabled(True)
        row.addWidget(self.url_edit, 1)
        self.check_button = QPushButton(self.tr("Check again"), self)
        row.addWidget(self.check_button)
        layout.addLayout(row)

        self.notice = _Notice(self)
        self.notice.show_message(self.tr("Looking for Ollama…"))
        layout.addWidget(self.notice)

        box, inner = self.group(self.tr("Models in Ollama"))
        self.models = QListWidget(self)
        self.models.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.models.setMinimumHeight(96)
        self.models.setAlternatingRowColors(True)
        self.models.setSpacing(2)
        inner.addWidget(self.models)
        inner.addWidget(make_hint_label(self.tr("Neiri uses the selected model."), self))
        layout.addWidget(box, 1)

        box, inner = self.group(self.tr("Download a model"))
        row = QHBoxLayout()
        self.pull_combo = QComboBox(self)
        self.pull_combo.setEditable(True)
        self.pull_combo.setMinimumContentsLength(16)
        row.addWidget(self.pull_combo, 1)
        self.pull_button = QPushButton(self.tr("Download"), self)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setEnabled(False)
        row.addWidget(self.pull_button)
        row.addWidget(self.stop_button)
        inner.addLayout(row)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setFormat("%p%")
        inner.addWidget(self.progress)
        self.pull_status = make_hint_label(
            self.tr("Ollama keeps what it downloaded: a stopped download continues later."),
            self,
        )
        inner.addWidget(self.pull_status)
        layout.addWidget(box)

    def isComplete(self) -> bool:
        return not self.pulling

    def base_url(self) -> str:
        return self.url_edit.text().strip() or DEFAULT_BASE_URL

    def set_recommended(self, model: str) -> None:
        self.recommended = model
        current = self.pull_combo.currentText()
        self.pull_combo.clear()
        for name in dict.fromkeys((model, *PULL_CHOICES)):
            label = name
            self.pull_combo.addItem(label, name)
        if current and current != model and self.pull_combo.findText(current) < 0:
            self.pull_combo.setEditText(current)
        self.pull_combo.setItemText(0, self.tr("{model} (recommended)").format(model=model))

    def pull_target(self) -> str:
        index = self.pull_combo.currentIndex()
        text = self.pull_combo.currentText().strip()
        if index >= 0 and text == self.pull_combo.itemText(index):
            return str(self.pull_combo.itemData(index))
        return text

    def chosen_model(self) -> str:
        item = self.models.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            return str(item.data(Qt.ItemDataRole.UserRole))
        return self.pulled or self._wanted or self.recommended

    def set_checking(self) -> None:
        self.ollama.state = "checking"
        self.notice.show_message(
            self.tr("Looking for Ollama at {url}…").format(url=self.base_url())
        )
        self.check_button.setEnabled(False)
        self.pull_button.setEnabled(False)

    def set_wanted(self, model: str | None) -> None:
        self._wanted = model

    def show_state(self, state: OllamaState) -> None:
        self.ollama = state
        self.check_button.setEnabled(True)
        self.models.clear()
        url = self.base_url()
        if state.state == "running":
            if state.models:
                self.notice.show_message(
                    self.tr("Ollama is running at {url}.").format(url=url), "ok"
                )
            else:
                self.notice.show_message(
                    self.tr(
                        "Ollama is running at {url}, but it has no models yet. Download one below."
                    ).format(url=url),
                    "warn",
                )
            prefer = self.pulled or self._wanted or self.recommended
            selected = None
            for name in state.models:
                item = QListWidgetItem(name, self.models)
                item.setData(Qt.ItemDataRole.UserRole, name)
                if model_matches(self.recommended, name):
                    item.setText(self.tr("{model} (recommended)").format(model=name))
                if selected is None and model_matches(prefer, name):
                    selected = item
            if selected is None and self.models.count():
                selected = self.models.item(0)
            if selected is not None:
                self.models.setCurrentItem(selected)
            self.pull_button.setEnabled(not self.pulling)
            return
        placeholder = QListWidgetItem(self.tr("No models: Ollama is not running."), self.models)
        placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        self.pull_button.setEnabled(False)
        if state.state == "installed":
            self.notice.show_message(
                self.tr(
                    "Ollama is installed but not running. Start it with <b>ollama serve</b> "
                    "(or open the Ollama app), then press Check again.<br>Neiri opens without "
                    "it and says so until it runs; she will use <b>{model}</b>."
                ).format(model=self.recommended),
                "warn",
                rich=True,
            )
        else:
            self.notice.show_message(
                self.tr(
                    "Ollama was not found. Get it from "
                    '<a href="{link}">{link}</a>, then press Check again.<br>Neiri still '
                    "opens without it and tells you she can't think until Ollama runs; "
                    "then download <b>{model}</b> with: ollama pull {model}"
                ).format(link=OLLAMA_DOWNLOAD_URL, model=self.recommended),
                "warn",
                rich=True,
            )

    # pull progress

    def pull_started(self, model: str) -> None:
        self.pulling = True
        self.pull_percent = 0
        self.progress.setValue(0)
        self.pull_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.pull_combo.setEnabled(False)
        self.pull_status.setText(self.tr("Asking Ollama for {model}…").format(model=model))
        set_tone(self.pull_status, None)
        self.completeChanged.emit()

    def pull_progress(
        self, model: str, line: PullProgress, percent: int | None, done: int, total: int
    ) -> None:
        status = line.status
        if percent is not None:
            self.pull_percent = max(self.pull_percent, percent)
            self.progress.setValue(self.pull_percent)
        if status == "pulling manifest":
            text = self.tr("Asking Ollama for {model}…").format(model=model)
        elif status.startswith("pulling") and total:
            text = self.tr("Downloading {model}: {done} of {total}").format(
                model=model, done=self.fmt_bytes(done), total=self.fmt_bytes(total)
            )
        elif status.startswith("verifying"):
            text = self.tr("Checking the download…")
        elif status.startswith("writing"):
            text = self.tr("Saving…")
        elif status == "success":
            text = self.tr("{model} is ready.").format(model=model)
        else:
            text = status
        self.pull_status.setText(text)

    def pull_finished(self, model: str, ok: bool, message: str = "", tone: str = "ok") -> None:
        self.pulling = False
        self.stop_button.setEnabled(False)
        self.check_button.setEnabled(True)
        self.pull_combo.setEnabled(True)
        self.pull_button.setEnabled(self.ollama.state == "running")
        if ok:
            self.pulled = model
            self.pull_percent = 100
            self.progress.setValue(100)
            self.pull_status.setText(self.tr("{model} is ready.").format(model=model))
            set_tone(self.pull_status, "ok")
        else:
            self.pull_status.setText(message)
            set_tone(self.pull_status, "error" if tone == "error" else None)
        self.completeChanged.emit()


# --- 5. speech models ---------------------------------------------------------------------


class _ModelChoice(QWidget):
    """Keep the current model, or download one from the catalog, with its progress."""

    def __init__(self, page: SpeechPage, kind: str) -> None:
        super().__init__(page)
        self.page = page
        self.kind = kind
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.keep = QRadioButton(self)
        self.fetch = QRadioButton(self)
        self.buttons = QButtonGroup(self)
        self.buttons.addButton(self.keep)
        self.buttons.addButton(self.fetch)
        self.keep.setChecked(True)
        layout.addWidget(self.keep)
        row = QHBoxLayout()
        row.addWidget(self.fetch)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        row.addWidget(self.combo)
        row.addStretch(1)
        layout.addLayout(row)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setFormat("%p%")
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = make_hint_label("", self)
        layout.addWidget(self.status)
        self.combo.currentIndexChanged.connect(self._picked)
        self.combo.activated.connect(lambda _i: self.fetch.setChecked(True))
        self.installed: set[str] = set()

    def fill(self, models: list[CatalogModel], recommended: str, models_dir: Path) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for model in models:
            label = model.name
            size = model.approx_size
            if model.installed(models_dir):
                self.installed.add(model.name)
                label = self.tr("{name} (installed)").format(name=model.name)
            elif size:
                label = self.tr("{name} (about {size})").format(
                    name=model.name, size=self.page.fmt_bytes(size)
                )
            self.combo.addItem(label, model.name)
        index = self.combo.findData(recommended)
        self.combo.setCurrentIndex(max(0, index))
        self.combo.blockSignals(False)
        self._picked()

    def selected(self) -> str | None:
        data = self.combo.currentData()
        return str(data) if data is not None else None

    def wants_download(self) -> bool:
        return self.fetch.isChecked() and self.selected() is not None

    def _picked(self) -> None:
        name = self.selected()
        model = self.page.catalog.get(name or "", self.kind)  # type: ignore[arg-type]
        if model is None:
            return
        if name in self.installed:
            self.status.setText(self.tr("Installed: it will be used."))
        elif model.partial(self.page.models_dir):
            self.status.setText(
                self.tr("A part was downloaded before: the download continues from there.")
            )
        else:
            self.status.setText(self.page.describe(model))
        set_tone(self.status, None)

    def queued(self) -> None:
        self.keep.setEnabled(False)
        self.fetch.setEnabled(False)
        self.combo.setEnabled(False)
        self.status.setText(self.tr("Waiting for the download before it…"))

    def started(self) -> None:
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.keep.setEnabled(False)
        self.fetch.setEnabled(False)
        self.combo.setEnabled(False)
        set_tone(self.status, None)
        self.status.setText(self.tr("Connecting…"))

    def show_progress(self, p: DownloadProgress) -> None:
        if p.fraction is not None:
            self.progress.setValue(round(p.fraction * 1000))
        if p.state == "verifying":
            self.status.setText(self.tr("Checking {file}…").format(file=p.file))
            return
        if p.state == "connecting":
            text = self.tr("Connecting…")
            if p.resumed_from:
                text = self.tr("Resuming {file} after {size}…").format(
                    file=p.file, size=self.page.fmt_bytes(p.resumed_from)
                )
            self.status.setText(text)
            return
        parts = [
            self.tr("{done} of {total}").format(
                done=self.page.fmt_bytes(p.done), total=self.page.fmt_bytes(p.total)
            )
        ]
        if p.speed_bps > 0:
            parts.append(self.tr("{speed}/s").format(speed=self.page.fmt_bytes(p.speed_bps)))
        if p.eta_s is not None and p.state == "downloading":
            minutes, seconds = divmod(round(p.eta_s), 60)
            parts.append(self.tr("{m}:{s:02d} left").format(m=minutes, s=seconds))
        self.status.setText(" · ".join(parts))

    def finished(self, ok: bool, message: str = "") -> None:
        self.keep.setEnabled(True)
        self.fetch.setEnabled(True)
        self.combo.setEnabled(True)
        if ok:
            name = self.selected()
            if name:
                self.installed.add(name)
            self.progress.setValue(1000)
            self.status.setText(self.tr("Downloaded and checked."))
            set_tone(self.status, "ok")
        else:
            self.progress.setVisible(False)
            self.status.setText(message)
            set_tone(self.status, None)


class SpeechPage(_Page):
    def __init__(self, catalog: Catalog, models_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.models_dir = models_dir
        self.downloading = False
        self.advance_when_done = False
        self.setTitle(self.tr("Hearing and voice"))
        self.setSubTitle(
            self.tr(
                "Neiri comes with small models that work offline. Bigger ones understand "
                "you better; they are downloaded once."
            )
        )
        layout = self.body()
        box, inner = self.group(self.tr("Speech recognition (Whisper)"))
        self.whisper = _ModelChoice(self, "whisper")
        inner.addWidget(self.whisper)
        layout.addWidget(box)
        box, inner = self.group(self.tr("Voice (Piper)"))
        self.voice = _ModelChoice(self, "piper")
        inner.addWidget(self.voice)
        layout.addWidget(box)
        row = QHBoxLayout()
        self.download_button = QPushButton(self.tr("Download selected"), self)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setEnabled(False)
        row.addStretch(1)
        row.addWidget(self.download_button)
        row.addWidget(self.stop_button)
        layout.addLayout(row)
        self.notice = _Notice(self)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        for choice in (self.whisper, self.voice):
            choice.buttons.buttonToggled.connect(lambda *_: self._update_button())
            choice.combo.currentIndexChanged.connect(lambda *_: self._update_button())

    def describe(self, model: CatalogModel) -> str:
        if model.kind == "whisper":
            what = (
                self.tr("English only") if model.name.endswith(".en") else self.tr("many languages")
            )
        else:
            what = {
                "en_US": self.tr("American English"),
                "ru_RU": self.tr("Russian"),
                "pt_BR": self.tr("Brazilian Portuguese"),
                "zh_CN": self.tr("Simplified Chinese"),
            }.get(model.language, model.language)
        size = model.approx_size
        if size:
            return self.tr("{what}; about {size} to download.").format(
                what=what, size=self.fmt_bytes(size)
            )
        return what

    def configure(self, settings: Settings, rec_whisper: str, voice: str) -> None:
        current_asr = settings.asr.model
        current_voice = settings.tts.voice or BUNDLED_VOICE
        if current_asr == BUNDLED_WHISPER:
            keep = self.tr("Keep the bundled {name}: fast, works offline").format(name=current_asr)
        else:
            keep = self.tr("Keep the current model ({name})").format(name=current_asr)
        self.whisper.keep.setText(keep)
        self.whisper.fetch.setText(self.tr("Download"))
        if current_voice == BUNDLED_VOICE:
            keep = self.tr("Keep the bundled voice ({name}): works offline").format(
                name=current_voice
            )
        else:
            keep = self.tr("Keep the current voice ({name})").format(name=current_voice)
        self.voice.keep.setText(keep)
        self.voice.fetch.setText(self.tr("Download"))
        whisper_models = [m for m in self.catalog.of_kind("whisper") if not m.bundled]
        voices = [m for m in self.catalog.of_kind("piper") if not m.bundled]
        self.whisper.fill(whisper_models, rec_whisper, self.models_dir)
        self.voice.fill(voices, voice, self.models_dir)
        upgrade = rec_whisper not in (BUNDLED_WHISPER, current_asr)
        (self.whisper.fetch if upgrade else self.whisper.keep).setChecked(True)
        (
            self.voice.fetch if voice not in (BUNDLED_VOICE, current_voice) else self.voice.keep
        ).setChecked(True)
        self._update_button()

    def pending(self) -> list[tuple[_ModelChoice, CatalogModel]]:
        """Chosen downloads whose files are not in place yet."""
        jobs = []
        for choice in (self.whisper, self.voice):
            if not choice.wants_download():
                continue
            model = self.catalog.get(choice.selected() or "", choice.kind)  # type: ignore[arg-type]
            if model is not None and not model.installed(self.models_dir):
                jobs.append((choice, model))
        return jobs

    def _update_button(self) -> None:
        self.download_button.setEnabled(not self.downloading and bool(self.pending()))

    def isComplete(self) -> bool:
        return not self.downloading

    def validatePage(self) -> bool:
        if self.pending() and not self.downloading:
            self.advance_when_done = True
            self.wiz().start_downloads()
            return False
        return True

    def set_downloading(self, running: bool) -> None:
        self.downloading = running
        self.stop_button.setEnabled(running)
        self._update_button()
        self.completeChanged.emit()


# --- 6. summary ---------------------------------------------------------------------------


class SummaryPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("All set"))
        self.setSubTitle(self.tr("Finish saves these settings. Here is what Neiri will use:"))
        layout = self.body()
        box, inner = self.group(self.tr("Summary"))
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(8)
        inner.addLayout(self.form)
        layout.addWidget(box)
        self.notes = make_hint_label("", self)
        layout.addWidget(self.notes)
        self.error = _Notice(self)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.rows: dict[str, QLabel] = {}

    def show_rows(self, rows: list[tuple[str, str, str]], notes: str) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.rows = {}
        for key, title, value in rows:
            label = _wrap(value, self)
            self.rows[key] = label
            self.form.addRow(_bold(QLabel(title, self)), label)
        self.notes.setText(notes)
        self.error.clear()


# --- the wizard ---------------------------------------------------------------------------


class FirstRunWizard(QWizard):
    """Six pages; see the module docstring. ``completed(Settings)`` is emitted after Finish
    has saved the settings (``finished(int)`` is QDialog's own signal and keeps its
    meaning)."""

    completed = Signal(object)  # Settings

    def __init__(
        self,
        settings: Settings,
        paths: Paths,
        parent: QWidget | None = None,
        *,
        bridge: Any = None,
        engine: Any = None,
        catalog: Catalog | None = None,
        probe_hardware: Callable[[], HardwareInfo] = probe,
        which: Callable[[str], str | None] = shutil.which,
        list_inputs: Callable[[], list[Any]] = list_devices,
        check_model: Loader | None = check_loads,
        http_client: Callable[[], httpx.AsyncClient] | None = None,
    ) -> None:
        super().__init__(parent)
        self.original = settings
        self.draft = settings.model_copy(deep=True)
        self.paths = paths
        self.settings_file = paths.settings_file
        self.bridge = bridge
        self.engine = engine
        self.catalog = catalog or default_catalog()
        self._probe = probe_hardware
        self._which = which
        self._list_inputs = list_inputs
        self._check_model = check_model
        self._http_client = http_client
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closing = False
        self._started: set[int] = set()
        self.saved: Settings | None = None
        self.pull_task: asyncio.Task[Any] | None = None
        self.download_task: asyncio.Task[Any] | None = None

        self.setWindowTitle(self.tr("Set up Neiri"))
        if ICON.is_file():
            self.setWindowIcon(QIcon(str(ICON)))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setMinimumSize(760, 560)
        self.resize(820, 600)

        self.language_page = LanguagePage(self.draft, paths, self)
        self.mic_page = MicPage(self)
        self.hardware_page = HardwarePage(self)
        self.ollama_page = OllamaPage(self.draft.llm.base_url, self)
        self.speech_page = SpeechPage(self.catalog, paths.models_dir, self)
        self.summary_page = SummaryPage(self)
        for page_id, page in enumerate(
            (
                self.language_page,
                self.mic_page,
                self.hardware_page,
                self.ollama_page,
                self.speech_page,
                self.summary_page,
            )
        ):
            self.setPage(page_id, page)
        self.steps = StepList(
            [
                self.tr("Welcome"),
                self.tr("Microphone"),
                self.tr("Your computer"),
                self.tr("Language model"),
                self.tr("Hearing and voice"),
                self.tr("All set"),
            ],
            self,
        )
        self.setSideWidget(self.steps)
        self.currentIdChanged.connect(self._page_changed)

        self.ollama_page.check_button.clicked.connect(self.check_ollama)
        self.ollama_page.url_edit.returnPressed.connect(self.check_ollama)
        self.ollama_page.pull_button.clicked.connect(self.start_pull)
        self.ollama_page.stop_button.clicked.connect(self.stop_pull)
        self.speech_page.download_button.clicked.connect(self.start_downloads)
        self.speech_page.stop_button.clicked.connect(self.stop_downloads)

        if bridge is not None:
            bridge.micLevel.connect(self.mic_page.set_level)
            bridge.componentStatus.connect(self._component_status)

    # --- tasks -------------------------------------------------------------------------------

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        task.set_name(f"wizard-{name}")
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            log.error("wizard task %s failed", task.get_name(), exc_info=error)

    @property
    def busy(self) -> bool:
        return any(not t.done() for t in self._tasks)

    def cancel_tasks(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def done(self, result: int) -> None:
        """Finish, Cancel, Escape and the window's close button all end here."""
        self._closing = True
        self.cancel_tasks()
        if self.bridge is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.bridge.micLevel.disconnect(self.mic_page.set_level)
            with contextlib.suppress(RuntimeError, TypeError):
                self.bridge.componentStatus.disconnect(self._component_status)
        super().done(result)

    def accept(self) -> None:
        settings = self.build_settings()
        try:
            save_settings(settings, self.settings_file)
        except SettingsSaveRefused as exc:
            self.summary_page.error.show_message(
                self.tr("Your settings were not saved: {reason}").format(reason=exc), "error"
            )
            return
        except OSError as exc:
            self.summary_page.error.show_message(
                self.tr("Your settings could not be saved to {path}: {reason}").format(
                    path=self.settings_file, reason=exc.strerror or exc
                ),
                "error",
            )
            return
        self.saved = settings
        super().accept()
        self.completed.emit(settings)

    # --- pages ---------------------------------------------------------------------------------

    def _page_changed(self, page_id: int) -> None:
        if page_id < 0:
            return
        self.steps.set_current(page_id)
        first_time = page_id not in self._started
        self._started.add(page_id)
        if page_id == PAGE_MIC and first_time:
            self._start_mic()
        elif page_id == PAGE_HARDWARE and first_time:
            self.spawn(self._run_probe(), "probe")
        elif page_id == PAGE_OLLAMA:
            rec = self.hardware_page.recommendation
            if rec is not None:
                self.ollama_page.set_recommended(rec.llm_model)
            if first_time:
                self.ollama_page.set_wanted(
                    self.original.llm.model if self.settings_file.exists() else None
                )
                self.check_ollama()
        elif page_id == PAGE_SPEECH and first_time:
            self._configure_speech()
        elif page_id == PAGE_SUMMARY:
            self._summarize()

    # microphone

    def _start_mic(self) -> None:
        page = self.mic_page
        if page.available is not None:
            return
        engine = self.engine
        if engine is not None:
            if getattr(engine, "listener", None) is not None:
                page.set_available(True)
                return
            errors = getattr(getattr(engine, "report", None), "errors", {}) or {}
            if getattr(engine, "conversation", None) is not None or "audio" in errors:
                reason = errors.get("audio") or errors.get("asr") or errors.get("vad") or ""
                page.set_available(False, reason)
                return
            page.set_waiting()  # the engine is still starting: its status will tell
            return
        self.spawn(self._find_inputs(), "mic")

    async def _find_inputs(self) -> None:
        try:
            devices = await asyncio.to_thread(self._list_inputs)
        except AudioUnavailable as exc:
            reason = str(exc)
            self._if_open(lambda: self.mic_page.set_available(False, reason))
            return
        inputs = [d for d in devices if getattr(d, "max_input_channels", 0) > 0]
        if not inputs:
            self._if_open(lambda: self.mic_page.set_available(False))
            return
        default = next((d for d in inputs if getattr(d, "is_default_input", False)), inputs[0])
        self._if_open(lambda: self.mic_page.set_available(True, device=default.name))

    @Slot(str, str, str)
    def _component_status(self, component: str, state: str, detail: str) -> None:
        if component not in ("mic", "audio") or self.mic_page.heard:
            return
        if state == "ok" and component == "mic":
            self.mic_page.set_available(True)
        elif state in ("failed", "off"):
            if state == "off":  # not listening: say why when the engine knows
                errors = getattr(getattr(self.engine, "report", None), "errors", {}) or {}
                detail = errors.get("audio", "")
            self.mic_page.set_available(False, detail)

    # hardware

    async def _run_probe(self) -> None:
        language = self.language_page.language()
        try:
            info = await asyncio.to_thread(self._probe)
        except Exception as exc:
            log.exception("hardware probe failed")
            reason = str(exc)
            rec = Recommendation(
                BUNDLED_WHISPER,
                self.tr("The bundled model works on any computer."),
                "llama3.2:1b",
                self.tr("The smallest model is the safe choice when the computer is unknown."),
            )
            self._if_open(lambda: self.hardware_page.show_result(None, rec, reason))
            return
        rec = recommend(info, language)
        self._if_open(lambda: self.hardware_page.show_result(info, rec))

    def _if_open(self, update: Callable[[], None]) -> None:
        if not self._closing:
            update()

    # Ollama

    def _provider(self, timeout_s: float) -> OllamaProvider:
        return OllamaProvider(
            base_url=self.ollama_page.base_url(),
            connect_retries=0,
            retry_backoff_s=0.1,
            timeout_s=timeout_s,
        )

    def check_ollama(self) -> None:
        if self.ollama_page.pulling:
            return
        self.ollama_page.set_checking()
        self.spawn(self._detect_ollama(), "ollama-detect")

    async def _detect_ollama(self) -> OllamaState:
        provider = self._provider(timeout_s=5.0)
        try:
            models = await provider.list_models()
            state = OllamaState("running", "", tuple(models))
        except LLMError as exc:
            installed = self._which("ollama") is not None
            state = OllamaState("installed" if installed else "absent", exc.message)
        finally:
            await provider.aclose()
        self._if_open(lambda: self.ollama_page.show_state(state))
        return state

    def start_pull(self) -> None:
        page = self.ollama_page
        model = page.pull_target()
        if not model or page.pulling:
            return
        page.pull_started(model)
        self.pull_task = self.spawn(self._pull(model), "ollama-pull")

    def stop_pull(self) -> None:
        if self.pull_task is not None:
            self.pull_task.cancel()

    async def _pull(self, model: str) -> None:
        page = self.ollama_page
        provider = self._provider(timeout_s=300.0)
        layers: dict[str, tuple[int, int]] = {}
        ok = False
        try:
            async for line in provider.pull(model):
                if line.total and line.digest:
                    layers[line.digest] = (line.completed or 0, line.total)
                done = sum(c for c, _ in layers.values())
                total = sum(t for _, t in layers.values())
                percent = int(done * 100 / total) if total else None
                if line.status == "success":
                    percent, ok = 100, True
                self._if_open(
                    lambda line=line, percent=percent, done=done, total=total: page.pull_progress(
                        model, line, percent, done, total
                    )
                )
        except asyncio.CancelledError:
            self._if_open(
                lambda: page.pull_finished(
                    model,
                    False,
                    self.tr(
                        "Stopped. Downloading {model} again continues where it stopped."
                    ).format(model=model),
                    "info",
                )
            )
            raise
        except LLMError as exc:
            reason = exc.message
            self._if_open(lambda: page.pull_finished(model, False, reason, "error"))
            return
        finally:
            await provider.aclose()
        if not ok:
            self._if_open(
                lambda: page.pull_finished(
                    model,
                    False,
                    self.tr("Ollama stopped before {model} was ready.").format(model=model),
                    "error",
                )
            )
            return
        self._if_open(lambda: page.pull_finished(model, True))
        if not self._closing:
            page.set_wanted(model)
            await self._detect_ollama()

    # speech models

    def _configure_speech(self) -> None:
        rec = self.hardware_page.recommendation
        language = self.language_page.language()
        whisper = rec.whisper_model if rec else BUNDLED_WHISPER
        self.speech_page.configure(self.draft, whisper, recommended_voice(language))

    def start_downloads(self) -> None:
        page = self.speech_page
        if page.downloading:
            return
        jobs = page.pending()
        if not jobs:
            if page.advance_when_done:
                page.advance_when_done = False
                self.next()
            return
        page.notice.clear()
        page.set_downloading(True)
        self.download_task = self.spawn(self._download(jobs), "models")

    def stop_downloads(self) -> None:
        self.speech_page.advance_when_done = False
        if self.download_task is not None:
            self.download_task.cancel()

    async def _download(self, jobs: list[tuple[_ModelChoice, CatalogModel]]) -> None:
        page = self.speech_page
        models_dir = self.paths.models_dir
        client = self._http_client() if self._http_client else None
        failed: list[str] = []
        for choice, _ in jobs[1:]:
            choice.queued()
        try:
            for choice, model in jobs:
                fallback = BUNDLED_WHISPER if model.kind == "whisper" else BUNDLED_VOICE
                self._if_open(choice.started)
                try:
                    await download_model(
                        model,
                        models_dir,
                        progress=lambda p, choice=choice: self._if_open(
                            lambda: choice.show_progress(p)
                        ),
                        client=client,
                        fallback=fallback,
                    )
                    if self._check_model is not None:
                        self._if_open(
                            lambda choice=choice: choice.status.setText(
                                self.tr("Loading it once to be sure it works…")
                            )
                        )
                        await asyncio.to_thread(self._check_model, model, models_dir)
                except DownloadError as exc:
                    failed.append(model.name)
                    message = str(exc)
                    self._if_open(
                        lambda choice=choice: choice.finished(False, self.tr("Not downloaded."))
                    )
                    self._if_open(
                        lambda message=message: page.notice.show_message(
                            self._merge_notice(message), "warn"
                        )
                    )
                    continue
                self._if_open(lambda choice=choice: choice.finished(True))
        except asyncio.CancelledError:
            for choice, _ in jobs:
                self._if_open(
                    lambda choice=choice: choice.finished(
                        False,
                        self.tr("Stopped. What was downloaded is kept; Download continues it."),
                    )
                )
            self._if_open(lambda: page.set_downloading(False))
            raise
        finally:
            if client is not None:
                await client.aclose()
        self._if_open(lambda: page.set_downloading(False))
        if not failed and page.advance_when_done and not self._closing:
            page.advance_when_done = False
            if self.currentId() == PAGE_SPEECH:
                self.next()
        page.advance_when_done = False

    def _merge_notice(self, message: str) -> str:
        current = self.speech_page.notice.text() if self.speech_page.notice.isVisible() else ""
        return f"{current}\n\n{message}" if current else message

    # summary and result

    def build_settings(self) -> Settings:
        """The settings Finish saves: the original ones with the wizard's choices."""
        s = self.draft.model_copy(deep=True)
        language = self.language_page.language()
        s.ui_language = language
        s.character = self.language_page.character()
        if self.ollama_page.ollama.state != "unknown" or PAGE_OLLAMA in self._started:
            s.llm.base_url = self.ollama_page.base_url()
            s.llm.model = self.ollama_page.chosen_model()
            s.llm.provider = "ollama"
        models_dir = self.paths.models_dir
        whisper = self.speech_page.whisper
        if whisper.wants_download():
            model = self.catalog.get(whisper.selected() or "", "whisper")
            if model is not None and model.installed(models_dir):
                s.asr.model = model.name
                if model.language == "multi":
                    spoken = SPOKEN_LANGUAGE.get(language)
                    s.asr.language = spoken if spoken and spoken != "en" else s.asr.language
        voice = self.speech_page.voice
        if voice.wants_download():
            model = self.catalog.get(voice.selected() or "", "piper")
            if model is not None and model.installed(models_dir):
                s.tts.voice = model.name
        return s

    def _summarize(self) -> None:
        s = self.build_settings()
        language = dict(LANGUAGES).get(s.ui_language, s.ui_language)
        character = self.language_page.character_combo.currentText()
        mic = {
            True: self.tr("Found"),
            False: self.tr("None: Neiri works with typed messages"),
            None: self.tr("Not checked"),
        }[self.mic_page.available]
        ollama = self.ollama_page.ollama
        if ollama.state == "running":
            llm = self.tr("{model} in Ollama at {url}").format(
                model=s.llm.model, url=s.llm.base_url
            )
        elif ollama.state == "installed":
            llm = self.tr("{model} (start Ollama with: ollama serve)").format(model=s.llm.model)
        else:
            llm = self.tr("{model} (install Ollama first: {link})").format(
                model=s.llm.model, link=OLLAMA_DOWNLOAD_URL
            )
        if ollama.state == "running" and not any(
            model_matches(s.llm.model, name) for name in ollama.models
        ):
            llm += " " + self.tr("— not downloaded yet: ollama pull {model}").format(
                model=s.llm.model
            )
        asr = s.asr.model
        if self.speech_page.whisper.wants_download() and s.asr.model != (
            self.speech_page.whisper.selected()
        ):
            asr = self.tr("{model} ({wanted} was not downloaded)").format(
                model=s.asr.model, wanted=self.speech_page.whisper.selected()
            )
        voice = s.tts.voice or self.tr("the character's voice")
        if self.speech_page.voice.wants_download() and s.tts.voice != (
            self.speech_page.voice.selected()
        ):
            voice = self.tr("{voice} ({wanted} was not downloaded)").format(
                voice=voice, wanted=self.speech_page.voice.selected()
            )
        rows = [
            ("language", self.tr("Language"), language),
            ("character", self.tr("Character"), character),
            ("mic", self.tr("Microphone"), mic),
            ("llm", self.tr("Language model"), llm),
            ("asr", self.tr("Speech recognition"), asr),
            ("voice", self.tr("Voice"), voice),
            ("file", self.tr("Settings file"), str(self.settings_file)),
        ]
        notes = self.tr(
            "New speech models and language are used from Neiri's next start. You can run "
            "this wizard again from the Neiri menu."
        )
        self.summary_page.show_rows(rows, notes)
