"""Settings pages about the people Neiri talks with: what she remembers of them
(``memory``, ``relationships``) and what she will not hear or say (``moderation``).

They are built like the pages in :mod:`ui.dialogs.settings_pages`. Two editors the
settings :class:`~ui.dialogs.settings_base.Binder` has no special case for are added
here, both with the ``value()`` / ``setValue()`` / ``valueChanged`` protocol that the
Binder binds by itself:

* :class:`LinesEdit`: a ``list[str]`` edited as text, one entry per line, with an
  optional check (the regular expressions must compile). While the text fails the
  check its :meth:`~LinesEdit.value` stays the last acceptable list, so the draft never
  holds it, and the page shows the reason under the field.
* :class:`ChoiceChecks`: a ``list[str]`` of codes as a row of check boxes.

The two pages have icons of their own (``people`` and ``shield``), drawn with the
others by :func:`ui.dialogs.settings_widgets.draw_icon`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

from ui.dialogs.settings_base import (
    Binder,
    FieldBinding,
    FormGrid,
    SettingsPage,
)
from ui.dialogs.settings_widgets import CheckBox
from ui.dialogs.settings_widgets import themed_icon as themed_icon  # re-exported

# --- list editors ------------------------------------------------------------------------


class LinesEdit(QPlainTextEdit):
    """A ``list[str]`` edited as text, one entry per line.

    Lines are trimmed; empty lines and repeats are dropped. ``check`` tells why a list
    cannot be used (or None): while it fails, :meth:`value` is the last list that passed
    and :attr:`problem` says what is wrong. ``valueChanged`` follows every edit."""

    valueChanged = Signal()

    def __init__(
        self,
        check: Callable[[list[str]], str | None] | None = None,
        *,
        lines: int = 4,
        monospace: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self._accepted: list[str] = []
        self.problem: str | None = None
        self._lines = lines
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        if monospace:
            self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setMinimumHeight(self.sizeHint().height())
        self.textChanged.connect(self._text_changed)

    def sizeHint(self) -> QSize:
        height = self.fontMetrics().lineSpacing() * self._lines + 2 * self.first_line_offset()
        return QSize(super().sizeHint().width(), height)

    def first_line_offset(self) -> int:
        """How far below the top edge the first line of text starts."""
        return self.frameWidth() + round(self.document().documentMargin())

    def entries(self) -> list[str]:
        """The lines as they are now (whether or not they pass the check)."""
        seen: list[str] = []
        for line in self.toPlainText().splitlines():
            entry = line.strip()
            if entry and entry not in seen:
                seen.append(entry)
        return seen

    def value(self) -> list[str]:
        return list(self._accepted)

    def setValue(self, value: Sequence[str] | None) -> None:
        """Show ``value`` as if typed: it becomes :meth:`value` only if it passes."""
        lines = [str(v) for v in value or ()]
        if self.entries() != lines:
            self.setPlainText("\n".join(lines))
        else:
            self._text_changed()

    def _text_changed(self) -> None:
        entries = self.entries()
        self.problem = self._check(entries) if self._check else None
        if self.problem is None:
            self._accepted = entries
        self.valueChanged.emit()


def regex_error(patterns: Sequence[str]) -> tuple[str, re.error] | None:
    """The first of ``patterns`` that does not compile, and why (None: all do)."""
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            return pattern, exc
    return None


class ChoiceChecks(QWidget):
    """A ``list[str]`` of known codes as a row of check boxes, in the order shown.

    Codes in the value that have no box (from a newer version, or typed into the file)
    are kept as they are."""

    valueChanged = Signal()

    def __init__(self, choices: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        self.boxes: dict[str, QCheckBox] = {}
        for code, text in choices:
            box = CheckBox(text, self)
            box.toggled.connect(lambda _checked: self.valueChanged.emit())
            layout.addWidget(box)
            self.boxes[code] = box
        layout.addStretch(1)
        self._others: list[str] = []

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()] + self._others

    def setValue(self, value: Sequence[str] | None) -> None:
        codes = [str(v) for v in value or ()]
        self._others = [code for code in codes if code not in self.boxes]
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in codes)
            box.blockSignals(False)
        self.valueChanged.emit()


# --- pages -------------------------------------------------------------------------------


class _PeoplePage(SettingsPage):
    """Shared building blocks of the two pages."""

    def __init__(
        self, binder: Binder, title: str, subtitle: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(binder, title, subtitle, parent)
        self._lists: dict[str, LinesEdit] = {}
        self._switches: list[tuple[str, list[QWidget]]] = []
        binder.valueCommitted.connect(self._committed)

    def lines_field(
        self, form: FormGrid, label: str, path: str, editor: LinesEdit, *, help_text: str
    ) -> FieldBinding:
        """A :class:`LinesEdit` row; its label lines up with the first line of text."""
        binding = self.add_field(form, label, path, editor, help_text=help_text)
        label_widget = self._labels[-1]
        label_widget.setMinimumHeight(0)
        label_widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label_widget.setContentsMargins(0, editor.first_line_offset(), 0, 0)
        self._lists[path] = editor
        self._show_problem(path)
        return binding

    def button_row(self, form: FormGrid, *buttons: QPushButton) -> None:
        row = QWidget(self._body)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 4, 0, 0)
        for button in buttons:
            button.setParent(row)
            layout.addWidget(button)
        layout.addStretch(1)
        self.add_row(form, "", row, buddy=buttons[0])

    def depends_on(self, switch: str, *bindings: FieldBinding) -> None:
        """The rows of ``bindings`` are greyed out while the check box ``switch`` is off."""
        self._switches.append((switch, [b.row or b.widget for b in bindings]))
        self._update_switches()

    def _committed(self, path: str) -> None:
        self._show_problem(path)
        if any(path == switch for switch, _ in self._switches):
            self._update_switches()

    def _show_problem(self, path: str) -> None:
        """A list whose text fails its check keeps its error, even after a valid edit
        of the draft (the draft kept the last good list)."""
        editor = self._lists.get(path)
        if editor is not None and editor.problem is not None:
            self.binder.set_error(path, editor.problem)

    def _update_switches(self) -> None:
        for switch, widgets in self._switches:
            on = bool(self.binder.value(switch))
            for widget in widgets:
                widget.setEnabled(on)

    def restore_defaults(self) -> None:
        super().restore_defaults()
        self._update_switches()


class MemoryPage(_PeoplePage):
    """Long-term memory and the people she knows (``memory``, ``relationships``)."""

    icon_kind = "people"
    memoryDialogRequested = Signal()
    relationshipsDialogRequested = Signal()

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(
            binder,
            self.tr("Memory & people"),
            self.tr("What Neiri remembers between conversations, and about whom."),
            parent,
        )
        form = self.add_group(self.tr("Long-term memory"))
        self.add_field(
            form,
            self.tr("Memory"),
            "memory.enabled",
            self.check(self.tr("Remember facts about you and her viewers")),
            help_text=self.tr(
                "Off: nothing new is remembered or recalled; what she knows already is kept."
            ),
        )
        extract = self.add_field(
            form,
            self.tr("Learning"),
            "memory.extract_facts",
            self.check(self.tr("Pick out new facts after each conversation")),
        )
        items = self.add_field(
            form,
            self.tr("Memories per reply"),
            "memory.recall_items",
            self.spin("memory.recall_items"),
        )
        tokens = self.add_field(
            form,
            self.tr("Memory budget"),
            "memory.recall_tokens",
            self.spin("memory.recall_tokens", suffix=self.tr(" tokens"), step=50),
        )
        wait = self.add_field(
            form,
            self.tr("Longest wait"),
            "memory.recall_timeout_ms",
            self.dspin("memory.recall_timeout_ms", decimals=0, step=10, suffix=self.tr(" ms")),
        )
        self.open_memory_button = QPushButton(self.tr("Open memory…"))
        self.open_memory_button.setToolTip(self.tr("See, edit and delete what she remembers"))
        self.open_memory_button.clicked.connect(self.memoryDialogRequested)
        self.button_row(form, self.open_memory_button)

        form = self.add_group(self.tr("Housekeeping"))
        every = self.add_field(
            form,
            self.tr("Tidy up every"),
            "memory.consolidate_every_min",
            self.dspin("memory.consolidate_every_min", decimals=0, step=5, suffix=self.tr(" min")),
            help_text=self.tr(
                "How often duplicate memories are merged and old chat is summarised."
            ),
        )
        similarity = self.dspin(
            "memory.merge_similarity", decimals=0, step=1, suffix=self.tr(" %"), scale=0.01
        )
        merge = self.add_field(
            form,
            self.tr("Merge when alike"),
            "memory.merge_similarity",
            similarity,
            help_text=self.tr(
                "How alike two memories must be to become one (100 % means identical)."
            ),
            read=lambda: round(similarity.value() / 100, 2),
        )
        summarize = self.add_field(
            form,
            self.tr("Summarise after"),
            "memory.summarize_after_days",
            self.dspin("memory.summarize_after_days", decimals=0, step=1, suffix=self.tr(" days")),
            help_text=self.tr("Chat notes older than this are folded into a short summary."),
        )
        ttl = self.add_field(
            form,
            self.tr("Passing moods kept"),
            "memory.session_ttl_h",
            self.dspin("memory.session_ttl_h", decimals=0, step=1, suffix=self.tr(" hours")),
            help_text=self.tr(
                "How long short-lived memories, like the mood of the moment, are kept."
            ),
        )
        self.depends_on(
            "memory.enabled", extract, items, tokens, wait, every, merge, summarize, ttl
        )

        form = self.add_group(self.tr("Relationships"))
        self.add_field(
            form,
            self.tr("People"),
            "relationships.enabled",
            self.check(self.tr("Keep track of the people she talks with")),
            help_text=self.tr(
                "How well she knows each person: affinity, trust and how often you talk. "
                "Off: nothing about people is recorded."
            ),
        )
        card = self.add_field(
            form,
            self.tr("Person card budget"),
            "relationships.card_tokens",
            self.spin("relationships.card_tokens", suffix=self.tr(" tokens"), step=25),
            help_text=self.tr(
                "Most tokens of what she knows about the speaker in a reply's prompt."
            ),
        )
        self.depends_on("relationships.enabled", card)
        self.open_relationships_button = QPushButton(self.tr("Open relationships…"))
        self.open_relationships_button.setToolTip(
            self.tr("See and change what she thinks of each person")
        )
        self.open_relationships_button.clicked.connect(self.relationshipsDialogRequested)
        self.button_row(form, self.open_relationships_button)

        self.add_note(
            self.tr(
                "<b>All memory stays on this computer.</b> What she remembers and what she "
                "knows about people is kept in Neiri's data folder and is never uploaded. "
                "Only the few memories picked for a reply go into its prompt, to the "
                "language model you chose."
            )
        )
        self.finish()


class ModerationPage(_PeoplePage):
    """What she will not hear or say (``moderation``)."""

    icon_kind = "shield"

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(
            binder,
            self.tr("Moderation"),
            self.tr("Keeps the chat friendly: what Neiri will not answer and will not say."),
            parent,
        )
        form = self.add_group(self.tr("Filter"))
        self.add_field(
            form,
            self.tr("Moderation"),
            "moderation.enabled",
            self.check(self.tr("Filter messages to her and her replies")),
        )
        self.languages = ChoiceChecks(
            [("en", self.tr("English")), ("ru", self.tr("Russian"))], self._body
        )
        languages = self.add_field(
            form,
            self.tr("Word lists"),
            "moderation.languages",
            self.languages,
            help_text=self.tr("The built-in family-friendly word lists to use."),
        )
        repetition = self.add_field(
            form,
            self.tr("Repetition"),
            "moderation.anti_repetition",
            self.check(self.tr("Skip sentences she has just said")),
            help_text=self.tr("Leaves out sentences she already said in her last few replies."),
        )

        form = self.add_group(self.tr("Your lists"))
        self.blocked_words = LinesEdit(parent=self._body)
        self.blocked_words.setPlaceholderText(self.tr("One word per line, e.g.\nbanana*"))
        blocked = self.lines_field(
            form,
            self.tr("Blocked words"),
            "moderation.blocked_words",
            self.blocked_words,
            help_text=self.tr(
                "Extra words to block, one per line. A trailing * also blocks the word's "
                "forms (bananas, bananarama)."
            ),
        )
        self.blocked_patterns = LinesEdit(self._pattern_problem, monospace=True, parent=self._body)
        self.blocked_patterns.setPlaceholderText(
            self.tr("One pattern per line, e.g.") + "\n" + r"\bbuy\s+followers\b"
        )
        patterns = self.lines_field(
            form,
            self.tr("Blocked patterns"),
            "moderation.blocked_patterns",
            self.blocked_patterns,
            help_text=self.tr("Extra regular expressions to block, one per line (Python syntax)."),
        )
        self.allowed_words = LinesEdit(parent=self._body)
        self.allowed_words.setPlaceholderText(self.tr("One word per line"))
        allowed = self.lines_field(
            form,
            self.tr("Allowed words"),
            "moderation.allowed_words",
            self.allowed_words,
            help_text=self.tr(
                "Words never to block, one per line: for harmless words the lists catch by mistake."
            ),
        )
        self.depends_on("moderation.enabled", languages, repetition, blocked, patterns, allowed)

        self.add_note(
            self.tr(
                "<b>How moderation works.</b> Neiri has built-in family-friendly word lists "
                "for English and Russian, which your lists add to. Her character's spicy mode "
                "only relaxes mild swearing: slurs stay blocked. A blocked message gets a "
                "friendly refusal from her and never reaches the language model."
            )
        )
        self.finish()

    def _pattern_problem(self, patterns: list[str]) -> str | None:
        found = regex_error(patterns)
        if found is None:
            return None
        pattern, error = found
        if error.pos is None:
            return self.tr("“{pattern}” is not a valid regular expression: {reason}.").format(
                pattern=pattern, reason=error.msg
            )
        return self.tr(
            "“{pattern}” is not a valid regular expression: {reason} at character {position}."
        ).format(pattern=pattern, reason=error.msg, position=error.pos + 1)
