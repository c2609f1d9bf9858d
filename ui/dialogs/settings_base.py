"""The machinery binding the settings dialog's fields to the pydantic
:class:`~app.config.settings.Settings` model, and :class:`SettingsPage`, the base of
every page.

A :class:`Binder` holds the dialog's working copy (the *draft*). Each editor widget
is bound to a dotted path (``llm.base_url``, or ``character`` for a top-level
field). Every edit is validated by validating the whole section with the new value;
a valid value goes into the draft, an invalid one stays in the widget, which turns
red with the reason right under it (pydantic's error as our sentence, translated: see
:func:`ui.messages.validation_text`), and the draft keeps the last valid value.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, SecretStr, ValidationError
from pydantic.fields import FieldInfo
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.config.settings import Settings
from ui.dialogs.settings_widgets import (
    CheckBox,
    error_color,
    guard_wheel,
    make_hint_label,
    mix,
    set_text_color,
)
from ui.messages import validation_text

MODEL_CONTEXT = "SettingsModel"
"""Translation context of the help texts that come from the pydantic descriptions."""


# --- the model -------------------------------------------------------------------------


def split_path(path: str) -> tuple[str, str | None]:
    section, _, key = path.partition(".")
    return section, (key or None)


def field_info(path: str) -> FieldInfo:
    section, key = split_path(path)
    info = Settings.model_fields[section]
    if key is None:
        return info
    model = info.annotation
    assert isinstance(model, type) and issubclass(model, BaseModel)
    return model.model_fields[key]


def field_default(path: str) -> Any:
    return field_info(path).get_default(call_default_factory=True)


def field_description(path: str) -> str:
    description = field_info(path).description or ""
    return QCoreApplication.translate(MODEL_CONTEXT, description) if description else ""


def nullable(path: str) -> bool:
    return type(None) in typing.get_args(field_info(path).annotation)


def bounds(path: str) -> tuple[float | None, float | None, bool]:
    """(lower, upper, lower_is_exclusive) from the field's ge/gt/le/lt constraints."""
    low = high = None
    exclusive = False
    for meta in field_info(path).metadata:
        for attr in ("ge", "gt"):
            value = getattr(meta, attr, None)
            if value is not None:
                low, exclusive = value, attr == "gt"
        for attr in ("le", "lt"):
            value = getattr(meta, attr, None)
            if value is not None:
                high = value
    return low, high, exclusive


def validate_value(settings: Settings, path: str, value: Any) -> tuple[Any, str | None]:
    """Validate ``value`` for ``path`` as part of its section (with the section's other
    current values). Returns (the validated value, None) or (None, the reason: at most
    two of pydantic's errors as our sentences, in the interface language)."""
    section, key = split_path(path)
    try:
        if key is None:
            data = {section: value}
            validated = Settings.model_validate(data)
            return getattr(validated, section), None
        current = getattr(settings, section)
        data = current.model_dump()
        data[key] = value
        validated = type(current).model_validate(data)
        return getattr(validated, key), None
    except ValidationError as exc:
        wanted = key or section
        errors = [e for e in exc.errors() if e["loc"][:1] == (wanted,)] or exc.errors()
        messages: list[str] = []
        for error in errors:
            message = validation_text(error)
            if message and message not in messages:
                messages.append(message)
        return None, "; ".join(messages[:2]) or QCoreApplication.translate(
            "SettingsDialog", "This value is not valid."
        )


def plain(value: Any) -> Any:
    return value.get_secret_value() if isinstance(value, SecretStr) else value


# --- binding fields --------------------------------------------------------------------


class FormGrid(QGridLayout):
    """Label/field rows like QFormLayout, on a grid (whose height-for-width handling of
    wrapped help text is reliable)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setHorizontalSpacing(14)
        self.setVerticalSpacing(10)
        self.setContentsMargins(12, 12, 12, 12)
        self.setColumnStretch(1, 1)
        self._rows = 0

    def addRow(self, label: QWidget, field: QWidget) -> None:
        self.addWidget(
            label, self._rows, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )
        self.addWidget(field, self._rows, 1)
        self._rows += 1


class FieldRow(QWidget):
    """An editor (with optional extra widgets beside it), an error line and a help line."""

    def __init__(
        self,
        editor: QWidget,
        extras: tuple[QWidget, ...] = (),
        help_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        line = QHBoxLayout()
        line.setSpacing(6)
        narrow = editor.maximumWidth() < 10_000
        line.addWidget(editor, 0 if narrow else 1)
        for extra in extras:
            line.addWidget(extra)
        if narrow:
            line.addStretch(1)
        layout.addLayout(line)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.error_label.setObjectName("fieldError")
        layout.addWidget(self.error_label)
        self.help_label = make_hint_label(help_text, self)
        self.help_label.setVisible(bool(help_text))
        layout.addWidget(self.help_label)

    def add_widget(self, widget: QWidget) -> QWidget:
        """Put ``widget`` under the help text (a status line, a note)."""
        self.layout().addWidget(widget)
        return widget

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.error_label.isVisible():
            # the theme changed: recolour the error for it
            show_invalid(self.editor, self.error_label, self.error_label.text())


@dataclass
class FieldBinding:
    path: str
    widget: QWidget
    read: Callable[[], Any]
    write: Callable[[Any], None]
    row: FieldRow | None = None

    @property
    def error_label(self) -> QLabel | None:
        return self.row.error_label if self.row else None


class Binder(QObject):
    """The draft settings and the editors bound to it."""

    validityChanged = Signal(bool)
    valueCommitted = Signal(str)
    """A valid value went into the draft (its dotted path)."""
    errorsChanged = Signal()

    def __init__(self, draft: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.bindings: dict[str, FieldBinding] = {}
        self.errors: dict[str, str] = {}
        self._loading = False

    # binding

    def bind(
        self,
        path: str,
        widget: QWidget,
        row: FieldRow | None = None,
        *,
        read: Callable[[], Any] | None = None,
        write: Callable[[Any], None] | None = None,
        notify: Any = None,
    ) -> FieldBinding:
        if read is None or write is None or notify is None:
            auto_read, auto_write, auto_notify = self._accessors(path, widget)
            read, write, notify = read or auto_read, write or auto_write, notify or auto_notify
        binding = FieldBinding(path, widget, read, write, row)
        self.bindings[path] = binding
        notify.connect(lambda *_: self.edited(path))
        self._loading = True
        try:
            binding.write(plain(self._draft_value(path)))
        finally:
            self._loading = False
        return binding

    def _accessors(self, path: str, widget: QWidget) -> tuple[Callable, Callable, Any]:
        none_if_empty = nullable(path)

        def text_value(text: str) -> Any:
            text = text.strip()
            return None if (not text and none_if_empty) else text

        if isinstance(widget, QLineEdit):
            return (
                lambda: text_value(widget.text()),
                lambda v: widget.setText("" if v is None else str(v)),
                widget.textChanged,
            )
        if isinstance(widget, QComboBox) and widget.isEditable():
            return (
                lambda: text_value(widget.currentText()),
                lambda v: widget.setCurrentText("" if v is None else str(v)),
                widget.currentTextChanged,
            )
        if isinstance(widget, QComboBox):

            def write_combo(value: Any) -> None:
                index = widget.findData(value)
                if index < 0:
                    widget.addItem(str(value), value)
                    index = widget.count() - 1
                widget.setCurrentIndex(index)

            return (lambda: widget.currentData(), write_combo, widget.currentIndexChanged)
        if isinstance(widget, QCheckBox):
            return (widget.isChecked, lambda v: widget.setChecked(bool(v)), widget.toggled)
        if isinstance(widget, QDoubleSpinBox):
            scale = float(widget.property("neiri_scale") or 1.0)
            whole = field_info(path).annotation is int  # e.g. bytes shown in MB

            def read_double() -> float | int:
                value = widget.value() * scale
                return round(value) if whole else value

            return (
                read_double,
                lambda v: widget.setValue(float(v) / scale),
                widget.valueChanged,
            )
        if isinstance(widget, QSpinBox):
            return (widget.value, lambda v: widget.setValue(int(v)), widget.valueChanged)
        if isinstance(widget, QSlider):
            scale = float(widget.property("neiri_scale") or 1.0)
            return (
                lambda: round(widget.value() * scale, 6),
                lambda v: widget.setValue(round(float(v) / scale)),
                widget.valueChanged,
            )
        if all(hasattr(widget, name) for name in ("value", "setValue", "valueChanged")):
            return (widget.value, widget.setValue, widget.valueChanged)  # a custom editor
        raise TypeError(f"no accessors for {type(widget).__name__}; pass read/write/notify")

    def _draft_value(self, path: str) -> Any:
        section, key = split_path(path)
        value = getattr(self.draft, section)
        return value if key is None else getattr(value, key)

    # editing

    def edited(self, path: str) -> None:
        if self._loading:
            return
        binding = self.bindings[path]
        value, error = validate_value(self.draft, path, binding.read())
        if error is None:
            section, key = split_path(path)
            if key is None:
                setattr(self.draft, section, value)
            else:
                setattr(getattr(self.draft, section), key, value)
        self.set_error(path, error)
        if error is None:
            self.valueCommitted.emit(path)

    def set_value(self, path: str, value: Any) -> None:
        """Put ``value`` in the editor of ``path`` and validate it like a user edit."""
        binding = self.bindings[path]
        self._loading = True
        try:
            binding.write(plain(value))
        finally:
            self._loading = False
        self.edited(path)

    def value(self, path: str) -> Any:
        return self._draft_value(path)

    def reload(self, settings: Settings) -> None:
        """Show ``settings`` in every editor (the draft becomes ``settings``)."""
        self.draft = settings
        self._loading = True
        try:
            for path, binding in self.bindings.items():
                binding.write(plain(self._draft_value(path)))
        finally:
            self._loading = False
        for path in list(self.errors):
            if path in self.bindings:
                self.set_error(path, None)

    # errors

    def set_error(self, path: str, message: str | None) -> None:
        was_valid = not self.errors
        if message is None:
            changed = self.errors.pop(path, None) is not None
        else:
            changed = self.errors.get(path) != message
            self.errors[path] = message
        binding = self.bindings.get(path)
        if binding is not None:
            show_invalid(binding.widget, binding.error_label, message)
        if changed:
            self.errorsChanged.emit()
        if was_valid != (not self.errors):
            self.validityChanged.emit(not self.errors)

    @property
    def valid(self) -> bool:
        return not self.errors


def show_invalid(widget: QWidget, label: QLabel | None, message: str | None) -> None:
    """Tint ``widget`` red and show ``message`` in ``label`` (None clears both)."""
    widget.setProperty("invalid", message is not None)
    if message is None:
        widget.setPalette(QPalette())
    else:
        palette = widget.palette()
        base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
        palette.setColor(QPalette.ColorRole.Base, mix(base, QColor("#e05050"), 0.22))
        widget.setPalette(palette)
    if label is not None:
        label.setText(message or "")
        label.setVisible(message is not None)
        if message is not None:
            set_text_color(label, error_color(widget))
    widget.setToolTip(message or widget.property("neiri_help") or "")


# --- pages -------------------------------------------------------------------------------


class SettingsPage(QWidget):
    """A page: a title, a short explanation and groups of fields in a scroll area."""

    icon_kind = "general"
    has_defaults = True

    def __init__(
        self, binder: Binder, title: str, subtitle: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.binder = binder
        self.title = title
        self.bindings: list[FieldBinding] = []
        self._labels: list[QLabel] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        heading = QLabel(title, self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        heading.setContentsMargins(4, 0, 0, 0)
        outer.addWidget(heading)
        if subtitle:
            sub = make_hint_label(subtitle, self)
            sub.setContentsMargins(4, 0, 0, 6)
            outer.addWidget(sub)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._body = QWidget(scroll)
        self._body.setAutoFillBackground(False)
        scroll.viewport().setAutoFillBackground(False)
        self.body_layout = QVBoxLayout(self._body)
        self.body_layout.setContentsMargins(2, 2, 10, 2)
        self.body_layout.setSpacing(12)
        scroll.setWidget(self._body)
        outer.addWidget(scroll, 1)

    # building

    def add_group(self, title: str = "") -> FormGrid:
        box = QGroupBox(title, self._body)
        form = FormGrid(box)
        self.body_layout.addWidget(box)
        return form

    def add_field(
        self,
        form: FormGrid,
        label: str,
        path: str,
        editor: QWidget,
        *,
        extras: tuple[QWidget, ...] = (),
        help_text: str | None = None,
        **bind_kwargs: Any,
    ) -> FieldBinding:
        help_text = field_description(path) if help_text is None else help_text
        row = FieldRow(editor, extras, help_text, self._body)
        label_widget = self.add_row(form, label, row, buddy=editor)
        label_widget.setToolTip(help_text)
        editor.setProperty("neiri_help", help_text)
        editor.setToolTip(help_text)
        binding = self.binder.bind(path, editor, row, **bind_kwargs)
        self.bindings.append(binding)
        return binding

    def add_row(
        self, form: FormGrid, label: str, widget: QWidget, *, buddy: QWidget | None = None
    ) -> QLabel:
        """A row of ``form`` whose label lines up with the first line of ``widget``."""
        label_widget = QLabel(label, self._body)
        editor = buddy or (widget.editor if isinstance(widget, FieldRow) else widget)
        if label:
            label_widget.setBuddy(editor)
        label_widget.setMinimumHeight(max(editor.sizeHint().height(), 20))
        label_widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if isinstance(editor, QAbstractSpinBox | QComboBox | QSlider):
            guard_wheel(editor)
        form.addRow(label_widget, widget)
        self._labels.append(label_widget)
        return label_widget

    def add_note(self, text: str, *, title: str = "") -> QLabel:
        box = QGroupBox(title, self._body)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(14, 12, 14, 14)
        label = QLabel(text, box)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setOpenExternalLinks(False)
        layout.addWidget(label)
        self.body_layout.addWidget(box)
        return label

    def finish(self) -> None:
        """End the page: labels of all groups get one width, so the fields line up."""
        self.body_layout.addStretch(1)
        if self._labels:
            width = max(label.sizeHint().width() for label in self._labels)
            for label in self._labels:
                label.setMinimumWidth(width)

    # editors

    def line_edit(self, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self._body)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        return edit

    def combo(
        self, items: list[tuple[str, Any]], *, editable: bool = False, narrow: bool = False
    ) -> QComboBox:
        """A combo box of (label, value) items; ``narrow`` for short values (it is as
        wide as its longest item, not the whole row)."""
        box = QComboBox(self._body)
        box.setEditable(editable)
        for label, value in items:
            box.addItem(label, value)
        if narrow:
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMinimumWidth(230 if editable else 160)
            box.setMaximumWidth(max(box.sizeHint().width(), box.minimumWidth()) + 8)
        else:
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)
        return box

    def spin(self, path: str, *, suffix: str = "", step: int = 1) -> QSpinBox:
        box = QSpinBox(self._body)
        low, high, _ = bounds(path)
        box.setRange(
            int(low if low is not None else -(2**31)), int(min(high or 2**31 - 1, 2**31 - 1))
        )
        box.setSingleStep(step)
        box.setSuffix(suffix)
        box.setAccelerated(True)
        box.setMinimumWidth(140)
        box.setMaximumWidth(180)
        return box

    def dspin(
        self,
        path: str,
        *,
        decimals: int = 2,
        step: float = 0.1,
        suffix: str = "",
        scale: float = 1.0,
    ) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self._body)
        low, high, exclusive = bounds(path)
        low = 0.0 if low is None else float(low) / scale
        if exclusive:
            low += 10**-decimals
        box.setDecimals(decimals)
        box.setRange(low, float(high) / scale if high is not None else 1e9)
        box.setSingleStep(step)
        box.setSuffix(suffix)
        box.setProperty("neiri_scale", scale)
        box.setAccelerated(True)
        box.setMinimumWidth(140)
        box.setMaximumWidth(180)
        return box

    def check(self, text: str) -> QCheckBox:
        return CheckBox(text, self._body)

    # behaviour

    def restore_defaults(self) -> None:
        for binding in self.bindings:
            self.binder.set_value(binding.path, field_default(binding.path))

    def has_errors(self) -> bool:
        return any(binding.path in self.binder.errors for binding in self.bindings)
