"""The conversation as it happens: your lines, and hers streaming in as she speaks."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from ui.theme import ACCENT

EMOJI = {
    "happy": "😊",
    "sad": "😢",
    "angry": "😠",
    "relaxed": "😌",
    "surprised": "😮",
    "neutral": "🙂",
}
MAX_SHOWN = 200


@dataclass
class Line:
    turn_id: int
    who: str  # user | neiri | system
    text: str
    emotion: str = ""
    note: str = ""  # e.g. "interrupted", "typed"


class TranscriptView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.lines: list[Line] = []
        self.her_name = "Neiri"
        self._render()

    # --- what the window calls -------------------------------------------------------

    def add_user(self, turn_id: int, text: str, source: str) -> None:
        note = self.tr("typed") if source == "text" else ""
        self.lines.append(Line(turn_id, "user", text, note=note))
        self._render()

    def add_reply_clause(self, turn_id: int, clause: str) -> None:
        line = self._reply_line(turn_id)
        line.text = f"{line.text} {clause}".strip()
        self._render()

    def set_emotion(self, turn_id: int, emotion: str) -> None:
        self._reply_line(turn_id).emotion = emotion
        self._render()

    def mark_interrupted(self, turn_id: int) -> None:
        for line in reversed(self.lines):
            if line.turn_id == turn_id and line.who == "neiri":
                line.note = self.tr("interrupted")
                self._render()
                return

    def retract(self, turn_id: int) -> None:
        """Remove a turn that was folded into the next one."""
        self.lines = [line for line in self.lines if line.turn_id != turn_id]
        self._render()

    def add_system(self, text: str) -> None:
        self.lines.append(Line(-1, "system", text))
        self._render()

    def plain_text(self) -> str:
        return "\n".join(f"{line.who}: {line.text}" for line in self.lines)

    # --- rendering -------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._render()

    def _reply_line(self, turn_id: int) -> Line:
        for line in reversed(self.lines[-6:]):
            if line.turn_id == turn_id and line.who == "neiri":
                return line
        line = Line(turn_id, "neiri", "")
        self.lines.append(line)
        return line

    def _render(self) -> None:
        pal = self.palette()
        text = pal.text().color().name()
        muted = pal.placeholderText().color().name()
        bubble_user = pal.alternateBase().color().name()
        parts = [
            f"<div style='color:{text}; font-size:10.5pt'>",
        ]
        if not self.lines:
            parts.append(
                f"<p style='color:{muted}; margin-top:24px' align='center'>"
                + html.escape(self.tr("Say something, or type a message below."))
                + "</p>"
            )
        for line in self.lines[-MAX_SHOWN:]:
            body = html.escape(line.text) or "…"
            note = (
                f" <span style='color:{muted}'>· {html.escape(line.note)}</span>"
                if line.note
                else ""
            )
            if line.who == "user":
                who = html.escape(self.tr("You"))
                parts.append(
                    f"<table width='100%' cellspacing='0' cellpadding='8' style='margin:4px 0'>"
                    f"<tr><td width='18%'></td><td style='background:{bubble_user};'>"
                    f"<b>{who}</b>{note}<br/>{body}</td></tr></table>"
                )
            elif line.who == "neiri":
                mood = EMOJI.get(line.emotion, "")
                mood_text = (
                    f" {mood} <span style='color:{muted}'>{html.escape(line.emotion)}</span>"
                    if line.emotion
                    else ""
                )
                parts.append(
                    f"<table width='100%' cellspacing='0' cellpadding='8' style='margin:4px 0'>"
                    f"<tr><td style='border-left:3px solid {ACCENT};'>"
                    f"<b style='color:{ACCENT}'>{html.escape(self.her_name)}</b>{mood_text}{note}"
                    f"<br/>{body}</td><td width='18%'></td></tr></table>"
                )
            else:
                parts.append(f"<p align='center' style='color:{muted}; margin:6px'>{body}</p>")
        parts.append("</div>")
        self.setHtml("".join(parts))
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())
