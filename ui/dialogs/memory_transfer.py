"""Import, export and tidy up, the buttons under the Memory dialog's table.

:class:`MemoryTransferMixin` is a part of :class:`~ui.dialogs.memory_dialog.MemoryDialog`
(it works on the dialog's widgets and its memory service). Its strings are in the
dialog's translation context, ``MemoryDialog``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ui.dialogs.memory_widgets import count_text, qt_alive
from ui.messages import file_error_text, translated

if TYPE_CHECKING:
    from app.memory.service import ConsolidationReport


class MemoryTransferMixin:
    """Import (all or nothing, with a progress bar), export (JSON or YAML) and "Tidy up
    now" (the consolidation Neiri otherwise runs on her own) for the Memory dialog."""

    def _begin(self, what: str, determinate: bool) -> None:
        self._busy_with = what
        self.progress_label.setText(what)
        self.progress_label.setVisible(True)
        self.progress.setRange(0, 100 if determinate else 0)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._update_buttons()

    def _end(self) -> None:
        self._busy_with = ""
        if qt_alive(self):
            self.progress.setVisible(False)
            self.progress_label.setVisible(False)
            self._update_buttons()

    def _progress(self, done: int, total: int) -> None:
        if not qt_alive(self) or not self.progress.isVisible():
            return
        if total <= 0:
            self.progress.setRange(0, 100)
            self.progress.setValue(100)
            return
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))
        self.progress.setFormat(f"{done:,} / {total:,}")

    def choose_import_file(self) -> None:
        dialog = QFileDialog(self, QCoreApplication.translate("MemoryDialog", "Import memories"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [
                QCoreApplication.translate("MemoryDialog", "Memory files (*.json *.yaml *.yml)"),
                QCoreApplication.translate("MemoryDialog", "All files (*)"),
            ]
        )
        dialog.setDirectory(str(Path.home()))
        dialog.fileSelected.connect(lambda name: name and self.import_from(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        dialog.open()

    def import_from(self, path: Path) -> asyncio.Task | None:
        """Import ``path`` (JSON or YAML), all or nothing, showing the progress."""
        if not self.ready or self.busy:
            return None
        self.message.hide()
        self._begin(QCoreApplication.translate("MemoryDialog", "Importing…"), True)
        return self.start(self._import(Path(path)), self._import_failed)

    async def _import(self, path: Path) -> None:
        memory = self.memory
        assert memory is not None
        try:
            report = await memory.import_file(path, self._progress)
        finally:
            self._end()
        parts = [
            count_text(
                report.added,
                QCoreApplication.translate("MemoryDialog", "1 memory added"),
                QCoreApplication.translate("MemoryDialog", "{count} memories added"),
            ),
        ]
        if report.replaced:
            parts.append(
                count_text(
                    report.replaced,
                    QCoreApplication.translate("MemoryDialog", "1 replaced (same id)"),
                    QCoreApplication.translate("MemoryDialog", "{count} replaced (same id)"),
                )
            )
        self.message.show_message(
            QCoreApplication.translate("MemoryDialog", "Imported {file}: {result}.").format(
                file=path.name, result=", ".join(parts)
            ),
            "ok",
        )
        self.changed.emit()
        await self._after_change()

    def _import_failed(self, exc: BaseException) -> None:
        from app.memory.transfer import ImportRejectedError

        self._end()
        if isinstance(exc, ImportRejectedError):
            name = Path(exc.path).name
            self.message.show_message(
                QCoreApplication.translate(
                    "MemoryDialog",
                    "Nothing was imported: {file} has problems. Fix them and try again:",
                ).format(file=name),
                "error",
                [translated(problem) for problem in exc.problems],
            )
        else:
            self.message.show_message(
                QCoreApplication.translate("MemoryDialog", "Nothing was imported: {error}").format(
                    error=file_error_text(exc)
                ),
                "error",
            )

    def choose_export_file(self) -> None:
        dialog = QFileDialog(self, QCoreApplication.translate("MemoryDialog", "Export memories"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        as_json, as_yaml = (
            QCoreApplication.translate("MemoryDialog", "JSON (*.json)"),
            QCoreApplication.translate("MemoryDialog", "YAML (*.yaml)"),
        )
        dialog.setNameFilters([as_json, as_yaml])
        dialog.setDirectory(str(Path.home()))
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        dialog.selectFile(f"neiri-memories-{stamp}.json")

        def chosen(name: str) -> None:
            if not name:
                return
            target = Path(name)
            if target.suffix.lower() not in (".json", ".yaml", ".yml"):
                suffix = ".yaml" if dialog.selectedNameFilter() == as_yaml else ".json"
                target = target.with_name(target.name + suffix)
            self.export_to(target)

        dialog.fileSelected.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        dialog.open()

    def export_to(self, path: Path) -> asyncio.Task | None:
        """Write every memory to ``path`` (.json, or .yaml/.yml)."""
        if not self.ready or self.busy:
            return None
        self.message.hide()
        self._begin(QCoreApplication.translate("MemoryDialog", "Exporting…"), True)
        return self.start(self._export(Path(path)), self._export_failed)

    async def _export(self, path: Path) -> None:
        memory = self.memory
        assert memory is not None
        try:
            count = await memory.export_file(path, None, self._progress)
        finally:
            self._end()
        self.message.show_message(
            count_text(
                count,
                QCoreApplication.translate("MemoryDialog", "Exported 1 memory to {path}"),
                QCoreApplication.translate("MemoryDialog", "Exported {count} memories to {path}"),
                path=str(path),
            ),
            "ok",
        )

    def _export_failed(self, exc: BaseException) -> None:
        self._end()
        self.message.show_message(
            QCoreApplication.translate(
                "MemoryDialog", "The memories could not be exported: {error}"
            ).format(error=file_error_text(exc)),
            "error",
        )

    def consolidate(self) -> asyncio.Task | None:
        """Tidy up now and show what it did."""
        if not self.ready or self.busy:
            return None
        self.message.hide()
        self._begin(QCoreApplication.translate("MemoryDialog", "Tidying up…"), False)

        def failed(exc: BaseException) -> None:
            self._end()
            self.show_error(exc, QCoreApplication.translate("MemoryDialog", "Tidying up"))

        return self.start(self._consolidate(), failed)

    async def _consolidate(self) -> None:
        memory = self.memory
        assert memory is not None
        try:
            report = await memory.consolidate()
        finally:
            self._end()
        self.last_report = report
        self.message.show_message(self.consolidation_text(report), "ok")
        if report.pruned or report.merged or report.summarized:
            self.changed.emit()
        await self._after_change()

    def consolidation_text(self, report: ConsolidationReport) -> str:
        if not (report.pruned or report.merged or report.summarized):
            text = QCoreApplication.translate(
                "MemoryDialog",
                "Nothing to tidy up: no expired memories, no duplicates, no old chat to summarise.",
            )
        else:
            text = QCoreApplication.translate(
                "MemoryDialog",
                "Tidied up. Expired memories removed: {pruned}. Duplicates merged: {merged}. "
                "Chat notes summarised: {summarized}.",
            ).format(pruned=report.pruned, merged=report.merged, summarized=report.summarized)
        if report.stopped_early:
            text += " " + QCoreApplication.translate(
                "MemoryDialog",
                "She stopped early because a conversation started; the rest waits for her "
                "next quiet moment.",
            )
        return text
