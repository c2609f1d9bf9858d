"""The first-run wizard's pages that find and download models: 4. the language model
(Ollama: is it there, which models it has, pulling one) and 5. the speech models
(Whisper and Piper from the catalog).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.config.settings import Settings
from app.llm.ollama_provider import DEFAULT_BASE_URL, PullProgress, model_matches
from app.models.catalog import BUNDLED_VOICE, BUNDLED_WHISPER, Catalog, CatalogModel
from app.models.download import DownloadProgress
from ui.dialogs.settings_widgets import RadioButton, make_hint_label
from ui.dialogs.wizard_widgets import _Notice, _Page, set_tone
from ui.messages import translated

OLLAMA_DOWNLOAD_URL = "https://ollama.com/download"
PULL_CHOICES = ("llama3.2:1b", "llama3.2:3b", "qwen2.5:7b")


@dataclass
class OllamaState:
    state: str = "unknown"  # unknown | checking | running | installed | absent
    detail: str = ""
    models: tuple[str, ...] = ()


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
            text = translated(status)  # Ollama's own words (or the engine's message)
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
        self.keep = RadioButton(parent=self)
        self.fetch = RadioButton(parent=self)
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
