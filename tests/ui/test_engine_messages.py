"""The engine's sentences (``app.core.messages.msg``) in the interface language: a
translation of their templates (context ``Messages``) reaches what the dialogs show,
nested messages are translated at every level, a broken translation falls back to
English, and an editing error shows its translated reason under the field it names.

Each test installs a tiny translation built here (a .ts compiled with pyside6-lrelease),
so it does not depend on the state of translations/.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from xml.sax.saxutils import escape

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QTranslator

from app.config.settings import Settings
from app.core.messages import CONTEXT, msg
from app.logs import clear_registered_secrets
from app.memory.store import InvalidMemoryError, MemoryItem, MemoryStore
from app.people import store as people_store
from app.people.store import InvalidPersonError, PeopleImportError
from ui import secrets as secret_store
from ui.dialogs.memory_editor import MemoryItemDialog
from ui.dialogs.relationships_dialog import RelationshipsDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.messages import error_text, field_problem, translated

# the engine's templates (as in app/), and a "translation" of each
SENTENCES = {
    "{field}: {reason}": "{field} — {reason}",
    "longer than {limit} characters": "длиннее {limit} символов",
    "{value}... is longer than {limit} characters": "{value}… длиннее {limit} символов",
    "Must be at most {limit}.": "Не больше {limit}.",
    "Cannot reach the LLM server at {url}.": "Нет связи с сервером по адресу {url}.",
    # broken: a translator renamed the placeholder
    "The model {name} is missing.": "Модели {модель} нет.",
    "row {row}: more cells than header columns": "строка {row}: ячеек больше, чем столбцов",
}


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    pytest.skip("pyside6-lrelease is not installed")


def build_qm(folder: Path, sentences: dict[str, str]) -> Path:
    """A .qm with ``sentences`` (source -> translation) in the ``Messages`` context."""
    rows = "".join(
        f"    <message>\n        <source>{escape(source)}</source>\n"
        f"        <translation>{escape(text)}</translation>\n    </message>\n"
        for source, text in sentences.items()
    )
    ts = folder / "messages_test.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="ru_RU">\n<context>\n'
        f"    <name>{CONTEXT}</name>\n{rows}</context>\n</TS>\n",
        encoding="utf-8",
    )
    qm = folder / "messages_test.qm"
    subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture(scope="module")
def qm_file(tmp_path_factory) -> Path:
    return build_qm(tmp_path_factory.mktemp("qm"), SENTENCES)


@pytest.fixture
def russian(qapp, qm_file) -> Iterator[QTranslator]:
    """The test translation installed on the application, removed afterwards."""
    translator = QTranslator()
    assert translator.load(str(qm_file))
    qapp.installTranslator(translator)
    try:
        yield translator
    finally:
        qapp.removeTranslator(translator)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    secret_store.reset_keyring_status()
    clear_registered_secrets()
    yield
    keyring.set_keyring(previous)
    secret_store.reset_keyring_status()
    clear_registered_secrets()


# --- translated() ------------------------------------------------------------------------


def test_a_nested_message_is_translated_at_every_level(russian) -> None:
    inner = msg("longer than {limit} characters", limit=64)
    outer = msg("{field}: {reason}", field="notes", reason=inner)
    assert outer == "notes: longer than 64 characters"  # English for logs
    assert translated(outer) == "notes — длиннее 64 символов"
    assert translated(InvalidPersonError(outer)) == "notes — длиннее 64 символов"
    assert translated(inner) == "длиннее 64 символов"
    # not the engine's: shown as it is
    assert translated("plain text") == "plain text"
    assert translated(ValueError("plain")) == "plain"
    assert error_text(TimeoutError()) == "TimeoutError"


def test_a_broken_translation_falls_back_to_english(russian, caplog) -> None:
    message = msg("The model {name} is missing.", name="llama3.2:3b")
    with caplog.at_level(logging.WARNING, logger="neiri.ui.messages"):
        assert translated(message) == "The model llama3.2:3b is missing."
        # inside a translated message: the whole sentence is said in English, no raise
        outer = msg("{field}: {reason}", field="model", reason=message)
        assert translated(outer) == "model — The model llama3.2:3b is missing."
    assert "not usable" in caplog.text


def test_without_a_translation_the_english_text_shows(qapp) -> None:
    message = msg("Cannot reach the LLM server at {url}.", url="http://x")
    assert translated(message) == "Cannot reach the LLM server at http://x."


# --- the settings dialog -----------------------------------------------------------------


def test_an_invalid_setting_shows_the_translated_sentence_inline(
    russian, no_keyring, qtbot, tmp_path
) -> None:
    dialog = SettingsDialog(
        Settings(),
        tmp_path / "settings.yaml",
        probe=lambda: [],
        characters_dir=tmp_path / "characters",
    )
    qtbot.addWidget(dialog)
    dialog.show_page("llm")
    spin = dialog.field("llm.max_tokens")
    spin.setMaximum(1_000_000)  # the box keeps to the limit: let it go over, as a paste could
    spin.setValue(40_000)
    assert dialog.field_error("llm.max_tokens") == "Не больше 32768."
    label = dialog.binder.bindings["llm.max_tokens"].error_label
    assert label is not None and label.text() == "Не больше 32768."
    assert not dialog.apply_button.isEnabled()
    spin.setValue(500)
    assert dialog.field_error("llm.max_tokens") is None


# --- field errors in the memory and relationships forms -----------------------------------


def _prepare_error(item: MemoryItem) -> InvalidMemoryError:
    """The error the memory store raises for ``item`` (``items[0].<field>: <reason>``)."""
    store = SimpleNamespace(now=lambda: 1_700_000_000.0)
    with pytest.raises(InvalidMemoryError) as caught:
        MemoryStore.prepare(store, [item])  # type: ignore[arg-type]
    return caught.value


def test_a_memory_field_error_shows_its_translated_reason_under_the_field(russian, qtbot) -> None:
    form = MemoryItemDialog(None, [])
    qtbot.addWidget(form)
    error = _prepare_error(MemoryItem(text="Mika has a cat.", tags=["pets", "x" * 70]))
    assert str(error).startswith("items[0].tags: ")  # English for the log

    form.show_error(error)
    tags = form._errors["tags"]
    assert tags.isVisibleTo(form)
    assert tags.text() == f"{'x' * 20!r}… длиннее 64 символов"
    assert not form._errors["text"].isVisibleTo(form)
    assert not form.error_label.isVisibleTo(form)

    # a sentence that names no field of the form goes below it, translated
    form.clear_errors()
    form.show_error(InvalidMemoryError(msg("Cannot reach the LLM server at {url}.", url="u")))
    assert form.error_label.text() == "Нет связи с сервером по адресу u."
    assert not tags.isVisibleTo(form)

    # plain text (not the engine's message) is still routed by its "field:" prefix
    form.clear_errors()
    form.show_error("items[3].emotion: too odd")
    assert form._errors["emotion"].text() == "too odd"


def test_a_person_field_error_and_import_problems_are_translated(russian, qtbot) -> None:
    dialog = RelationshipsDialog(None)
    qtbot.addWidget(dialog)
    with pytest.raises(InvalidPersonError) as caught:
        people_store._clean_fields({"notes": "x" * 5000})
    dialog.show_field_error(caught.value)
    assert dialog._errors["notes"].text() == f"длиннее {people_store.MAX_NOTES_CHARS} символов"
    assert not dialog.form_error.isVisibleTo(dialog)

    problems = [msg("row {row}: more cells than header columns", row=3)]
    dialog._csv_failed(PeopleImportError("people.csv", problems))
    assert "• строка 3: ячеек больше, чем столбцов" in dialog.message.label.text()


def test_field_problem_reads_messages_and_plain_text(russian) -> None:
    found = field_problem(msg("{field}: {reason}", field="about", reason="plain reason"))
    assert (found.field, found.reason, found.text) == (
        "about",
        "plain reason",
        "about — plain reason",
    )
    found = field_problem(msg("items[{index}].{reason}", index=2, reason="tags: plain"))
    assert (found.field, found.reason) == ("tags", "plain")
    found = field_problem("no field named here")
    assert (found.field, found.text) == (None, "no field named here")
