"""The Memory and Relationships dialogs on real services: a SQLite database, the
relationships store and a Chroma memory with the real MiniLM embedder (in tmp_path).

Each test is one coroutine on the qasync loop (the dialogs start their work as tasks
on it, as in the app); ``until`` waits for what the user would see.
"""

from __future__ import annotations

import asyncio
import json

import pytest
import yaml
from PySide6.QtWidgets import QMessageBox

from app.memory.service import MemoryService
from app.memory.store import MemoryFilter, MemoryItem
from app.people import store as people_store
from app.people.store import Relationships
from app.storage.database import Database
from tests.ui.conftest import screenshot
from ui.dialogs.memory_dialog import MemoryDialog
from ui.dialogs.memory_editor import MemoryItemDialog
from ui.dialogs.memory_widgets import qt_alive
from ui.dialogs.relationships_dialog import RelationshipsDialog
from ui.theme import apply_theme

MIKA, MIKA_PHONE, STREAMER, BOB = "twitch:123", "phone:+15551234567", "local:me", "twitch:777"


async def until(predicate, within: float = 20.0, what: str = "") -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what or predicate}")
        await asyncio.sleep(0.02)


async def done(task) -> None:
    """Wait for a task the dialog started (its errors are the dialog's to show)."""
    assert task is not None, "the dialog started nothing"
    await asyncio.gather(task, return_exceptions=True)
    await asyncio.sleep(0)  # let done-callbacks run


@pytest.fixture
def services(qloop, tmp_path):
    """(database, relationships, memory service) opened on the test's loop."""
    db = Database(tmp_path / "neiri.db")
    people = Relationships(db)
    memory = MemoryService(tmp_path / "memory", db)
    qloop.run_until_complete(memory.open())
    yield db, people, memory
    qloop.run_until_complete(memory.close())
    db.close()


def button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def show_memory(qtbot, memory, people) -> MemoryDialog:
    dialog = MemoryDialog(memory, people=people)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


async def save_form(form: MemoryItemDialog) -> None:
    form.save_button.click()
    await until(lambda: not qt_alive(form) or not form.isVisible(), what="the form to close")


# --- the Memory dialog ---------------------------------------------------------------------


def test_add_edit_forget_update_the_store_and_the_audit_tab(qloop, qtbot, services):
    _db, people, memory = services

    async def scenario():
        await people.identify(MIKA, "Mika")
        dialog = show_memory(qtbot, memory, people)
        await until(lambda: "No memories yet" in dialog.count_label.text())
        assert dialog.stack.currentIndex() == 1
        assert not dialog.edit_button.isEnabled() and not dialog.forget_button.isEnabled()

        # add: the form offers the people Neiri knows
        form = dialog.open_add()
        assert form is not None
        labels = [form.about_combo.itemText(i) for i in range(form.about_combo.count())]
        assert "Mika (twitch:123)" in labels
        form.save_button.click()  # empty text: refused in place, nothing stored
        assert "Write what she should remember." in form.error_text()
        form.text_edit.setPlainText("Mika's cat is called Miso.")
        form.about_combo.set_key(MIKA)
        form.importance_spin.setValue(0.8)
        form.tags_edit.setText("pets, cats")
        form.tags_edit.setText("pets, " + "x" * 70)  # the service refuses a 70-char tag
        form.save_button.click()
        await until(lambda: "longer than 64" in form.error_text(), what="the tag error")
        assert form.isVisible() and await memory.count() == 0
        assert form._errors["tags"].isVisible()  # shown under the field it is about
        form.tags_edit.setText("pets, cats")
        await save_form(form)
        await until(lambda: len(dialog.visible_items()) == 1)
        [item] = await memory.list()
        assert (item.text, item.about, item.importance, item.tags, item.source) == (
            "Mika's cat is called Miso.",
            MIKA,
            0.8,
            ["pets", "cats"],
            "manual",
        )
        model = dialog.model
        assert model.index(0, 2).data() == "Mika (twitch:123)"
        assert model.index(0, 1).data() == "About a viewer"
        assert "1 memory" in dialog.count_label.text()
        assert "Added" in dialog.message.text()

        # edit the selected row
        dialog.select_items([item.id])
        assert dialog.edit_button.isEnabled()
        form = dialog.edit_selected()
        assert form is not None and form.text_edit.toPlainText() == item.text
        form.text_edit.setPlainText("Mika's cat is called Miso; he is ginger.")
        form.importance_spin.setValue(0.9)
        assert set(form.changes()) == {"text", "importance"}
        await save_form(form)
        await until(lambda: "ginger" in dialog.visible_items()[0].text)
        edited = await memory.get(item.id)
        assert edited.importance == 0.9 and edited.tags == ["pets", "cats"]

        # a second memory, then forget both at once (after the question)
        await memory.add(MemoryItem(text="Neiri loves rainy afternoons.", kind="self_fact"))
        await done(dialog.reload())
        assert len(dialog.visible_items()) == 2
        dialog.select_items([it.id for it in dialog.visible_items()])
        box = dialog.forget_selected()
        assert box is not None and "these 2 memories" in box.text()
        button(box, "Forget").click()
        await until(lambda: not dialog.visible_items(), what="the rows to go")
        assert await memory.count() == 0
        assert "2 memories forgotten" in dialog.message.text()

        # the audit tab lists every manual change, newest first
        dialog.tabs.setCurrentIndex(2)
        await until(lambda: len(dialog.audit_entries()) >= 4, what="the audit rows")
        actions = [e.action for e in dialog.audit_entries()]
        assert actions == ["forget", "forget", "add", "edit", "add"]
        audit = dialog.audit_model
        shown = [audit.index(r, 2).data() for r in range(audit.rowCount())]
        assert shown[:2] == ["Forgotten", "Forgotten"] and shown[-1] == "Added"
        edit_row = actions.index("edit")
        summary = audit.index(edit_row, 4).data()
        assert "importance: 0.8 → 0.9" in summary and "ginger" in summary
        dialog.audit_table.selectRow(edit_row)
        assert "Before:" in dialog.audit_details.toPlainText()
        assert '"importance": 0.9' in dialog.audit_details.toPlainText()

    qloop.run_until_complete(scenario())


def test_search_finds_by_meaning_and_filters_narrow(qloop, qtbot, services):
    _db, people, memory = services

    async def scenario():
        await people.identify(MIKA, "Mika")
        await people.identify(BOB, "Bob")
        for text, kind, about, importance, tags in (
            ("Mika has a ginger cat called Miso.", "user_fact", MIKA, 0.8, ["pets"]),
            ("Mika is studying to become an architect.", "user_fact", MIKA, 0.6, []),
            ("Bob works night shifts as a nurse.", "user_fact", BOB, 0.5, ["work"]),
            ("Neiri's favourite season is autumn.", "self_fact", None, 0.4, []),
            ("The stream reached 1,000 followers last week.", "chat", None, 0.2, []),
        ):
            await memory.add(
                MemoryItem(text=text, kind=kind, about=about, importance=importance, tags=tags)
            )
        dialog = show_memory(qtbot, memory, people)
        await until(lambda: len(dialog.visible_items()) == 5)
        assert dialog.count_label.text() == "5 memories"
        assert dialog.table.isColumnHidden(8)  # no match column without a search

        await done(dialog.set_filters(query="What kind of pet does Mika have?"))
        first = dialog.visible_items()[0]
        assert "cat" in first.text
        assert not dialog.table.isColumnHidden(8)
        assert dialog.model.index(0, 8).data().endswith("%")
        assert "Closest to “What kind of pet" in dialog.count_label.text()

        await done(dialog.set_filters(query="someone's job", about=BOB))
        assert [it.text for it in dialog.visible_items()] == ["Bob works night shifts as a nurse."]

        await done(dialog.set_filters(query="", about=MIKA))
        assert {it.about for it in dialog.visible_items()} == {MIKA}
        assert dialog.count_label.text() == "2 of 5 memories match the filters"
        await done(dialog.set_filters(min_importance=0.7))
        assert [it.importance for it in dialog.visible_items()] == [0.8]
        await done(dialog.set_filters(about="", min_importance=0.0, kind="self_fact"))
        assert [it.kind for it in dialog.visible_items()] == ["self_fact"]
        await done(dialog.set_filters(kind="", tag="work"))
        assert [it.about for it in dialog.visible_items()] == [BOB]
        dialog.clear_filters()
        await until(lambda: len(dialog.visible_items()) == 5)

    qloop.run_until_complete(scenario())


def test_import_rejects_a_bad_file_whole_and_export_writes_one(qloop, qtbot, services, tmp_path):
    _db, people, memory = services

    async def scenario():
        await memory.add(MemoryItem(text="Neiri was first switched on in spring."))
        dialog = show_memory(qtbot, memory, people)
        await until(lambda: len(dialog.visible_items()) == 1)

        bad = tmp_path / "bad.yaml"
        bad.write_text(
            yaml.safe_dump(
                {
                    "version": 1,
                    "items": [
                        {"text": "A good line."},
                        {"text": "A bad kind.", "kind": "gossip"},
                        {"kind": "chat"},
                    ],
                }
            )
        )
        await done(dialog.import_from(bad))
        text = dialog.message.text()
        assert dialog.message.kind == "error"
        assert "Nothing was imported" in text and "bad.yaml" in text
        assert "items[1].kind" in text and "items[2].text" in text
        assert await memory.count() == 1
        assert len(dialog.visible_items()) == 1
        assert not dialog.progress.isVisible() and dialog.import_button.isEnabled()

        # tidy up: two near-identical facts become one, the memory log says so
        for text in ("Mika's cat is called Miso.", "Mika's cat is called Miso!"):
            await memory.add(MemoryItem(text=text, about=MIKA))
        await done(dialog.consolidate())
        assert "Duplicates merged: 1." in dialog.message.text()
        assert dialog.last_report.merged == 1
        assert await memory.count(MemoryFilter(about=MIKA)) == 1
        dialog.tabs.setCurrentIndex(1)
        await until(lambda: dialog.memory_log_entries(), what="the memory log")
        assert dialog.memory_log_entries()[0].action == "merged"
        assert dialog.log_model.index(0, 1).data() == "Merged"
        await done(dialog.consolidate())
        assert "Nothing to tidy up" in dialog.message.text()

        good = tmp_path / "seed.json"
        seeds = [{"text": f"Seed fact number {n}.", "tags": ["seed"]} for n in range(70)]
        good.write_text(json.dumps({"version": 1, "items": seeds}))
        seen: list[int] = []
        dialog.progress.valueChanged.connect(seen.append)
        await done(dialog.import_from(good))
        assert "70 memories added" in dialog.message.text()
        assert await memory.count() == 72
        await until(lambda: dialog.count_label.text() == "72 memories")
        # the bar follows the import; a MemoryService that cannot report progress from
        # its worker thread gets a busy bar instead (and the import still happens)
        assert seen and max(seen) == 70  # the bar followed the import to the end
        assert not dialog.progress.isVisible()

        out = tmp_path / "backup" / "memories.yaml"
        await done(dialog.export_to(out))
        assert "Exported 72 memories" in dialog.message.text()
        exported = yaml.safe_load(out.read_text())
        assert len(exported["items"]) == 72
        assert {"Seed fact number 3."} <= {it["text"] for it in exported["items"]}

    qloop.run_until_complete(scenario())


def test_states_when_memory_is_missing_off_loading_or_broken(qloop, qtbot, services, tmp_path):
    db = services[0]

    async def scenario():
        off = MemoryDialog(None, enabled=False)
        qtbot.addWidget(off)
        off.show()
        assert off.state() == "off" and off.stack.currentIndex() == 0
        assert "switched off in Settings > Memory & people" in off.state_title.text()
        assert not off.add_button.isEnabled() and not off.import_button.isEnabled()

        later = MemoryService(tmp_path / "memory-later", db)
        source: list[MemoryService | None] = [None]
        loading = MemoryDialog(None, source=lambda: source[0])
        qtbot.addWidget(loading)
        loading.show()
        assert loading.state() == "loading"
        assert loading.state_title.text() == "Memory is still loading…"
        screenshot(loading, "memory-dialog-loading")
        source[0] = later  # the engine made it; it is still opening
        await asyncio.sleep(0.6)
        assert loading.state() == "loading" and loading.memory is later
        await later.open()
        await until(lambda: loading.stack.currentIndex() == 1, what="the dialog to notice")
        await until(lambda: "No memories yet" in loading.count_label.text())
        await later.close()

        broken = MemoryService(tmp_path / "memory-broken", db)
        broken.error = "the embedding model file is missing"
        failed = MemoryDialog(broken)
        qtbot.addWidget(failed)
        failed.show()
        assert failed.state() == "failed"
        assert "could not be opened" in failed.state_title.text()
        assert "the embedding model file is missing" in failed.state_hint.text()
        broken._executor.shutdown(wait=False)

    qloop.run_until_complete(scenario())


# --- the Relationships dialog -----------------------------------------------------------------


async def seed_people(db, people: Relationships) -> dict[str, int]:
    for _ in range(3):
        await db.run(lambda: people_store.record(MIKA, source="twitch", display_name="Mika"))
    await db.run(lambda: people_store.record(MIKA_PHONE, source="phone"))
    await db.run(lambda: people_store.record(STREAMER, source="mic", display_name="Streamer"))
    return {
        key: (await people.find(key)).id  # type: ignore[union-attr]
        for key in (MIKA, MIKA_PHONE, STREAMER)
    }


def show_people(qtbot, people, memory) -> RelationshipsDialog:
    dialog = RelationshipsDialog(people, memory=memory)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_edit_saves_with_a_live_card_preview(qloop, qtbot, services):
    db, people, memory = services

    async def scenario():
        ids = await seed_people(db, people)
        await memory.add(MemoryItem(text="Mika has a cat.", about=MIKA))
        dialog = show_people(qtbot, people, memory)
        await until(lambda: len(dialog.visible_people()) == 3)
        assert dialog.count_label.text() == "3 people"
        assert not dialog.off_note.isVisible()
        names = [p.name for p in dialog.visible_people()]
        assert {"Mika", "Streamer", MIKA_PHONE} == set(names)

        dialog.select_people([ids[MIKA]])
        assert dialog.panel_stack.currentIndex() == 1
        assert "You are talking with Mika (in Twitch chat)." in dialog.card_view.toPlainText()
        await until(lambda: "remembers 1 thing" in dialog.memories_label.text())
        assert not dialog.save_button.isEnabled()

        dialog.nickname_edit.setText("Mika the Great")
        dialog.notes_edit.setPlainText("Draws the stream's emotes.")
        dialog.tags_edit.setText("artist, regular")
        dialog.affinity_spin.setValue(0.6)
        card = dialog.card_view.toPlainText()  # the preview follows the edits at once
        assert "Mika the Great" in card and "Notes: Draws the stream's emotes." in card
        assert "close friend" in card and "Tags: artist, regular" in card
        assert dialog.save_button.isEnabled()
        await done(dialog.save())
        saved = await people.get(ids[MIKA])
        assert (saved.nickname, saved.notes, saved.tags, saved.affinity) == (
            "Mika the Great",
            "Draws the stream's emotes.",
            ["artist", "regular"],
            0.6,
        )
        assert "Saved Mika the Great" in dialog.message.text()
        await until(lambda: dialog.model.index(0, 0).data() is not None)
        assert "Mika the Great" in [p.name for p in dialog.visible_people()]
        assert not dialog.save_button.isEnabled()

        dialog.notes_edit.setPlainText("x" * 2500)  # too long: shown under the field
        await done(dialog.save())
        assert "longer than 2000" in dialog.field_errors()
        assert (await people.get(ids[MIKA])).notes == "Draws the stream's emotes."

        dialog.remember_check.setChecked(False)
        assert "does not remember" in dialog.card_view.toPlainText()

        audit = await memory.audit_log()
        assert [(e.area, e.action) for e in audit][:1] == [("relationships", "edit")]

    qloop.run_until_complete(scenario())


def test_merge_keeps_one_person_with_both_identities(qloop, qtbot, services):
    db, people, memory = services

    async def scenario():
        ids = await seed_people(db, people)
        dialog = show_people(qtbot, people, memory)
        await until(lambda: len(dialog.visible_people()) == 3)
        dialog.select_people([ids[MIKA]])
        assert not dialog.merge_button.isEnabled()
        dialog.select_people([ids[MIKA], ids[MIKA_PHONE]])
        assert dialog.merge_button.isEnabled() and not dialog.delete_button.isEnabled()
        box = dialog.merge_selected()
        assert box is not None
        box.choose(ids[MIKA_PHONE])
        assert box.keep_and_other()[0].id == ids[MIKA_PHONE]
        box.choose(ids[MIKA])  # Mika keeps her name
        box.merge_button.click()
        await until(lambda: len(dialog.visible_people()) == 2, what="the merge")
        merged = await people.get(ids[MIKA])
        assert set(merged.keys) == {MIKA, MIKA_PHONE}
        assert merged.name == "Mika" and merged.interactions == 4
        assert await people.get(ids[MIKA_PHONE]) is None
        assert "Merged into Mika" in dialog.message.text()
        assert dialog.selected_people()[0].id == ids[MIKA]

    qloop.run_until_complete(scenario())


def test_delete_removes_the_person_and_their_memories(qloop, qtbot, services):
    db, people, memory = services

    async def scenario():
        ids = await seed_people(db, people)
        await people.merge(ids[MIKA], ids[MIKA_PHONE])
        for text, about in (
            ("Mika has a cat.", MIKA),
            ("Mika called from the train.", MIKA_PHONE),
            ("The streamer likes tea.", STREAMER),
        ):
            await memory.add(MemoryItem(text=text, about=about))
        dialog = show_people(qtbot, people, memory)
        await until(lambda: len(dialog.visible_people()) == 2)
        dialog.select_people([ids[MIKA]])
        box = dialog.delete_selected()
        assert box is not None
        info = box.informativeText()
        assert "every memory" in info and "turns" in info and "interactions" in info
        assert MIKA in info and MIKA_PHONE in info
        button(box, "Delete").click()
        await until(lambda: len(dialog.visible_people()) == 1, what="the delete")
        assert await people.get(ids[MIKA]) is None
        assert await memory.count(MemoryFilter(about=[MIKA, MIKA_PHONE])) == 0
        assert await memory.count() == 1  # the streamer's memory stays
        await until(lambda: "Deleted Mika" in dialog.message.text())
        assert "2 memories" in dialog.message.text()
        assert dialog.panel_stack.currentIndex() == 0

    qloop.run_until_complete(scenario())


def test_csv_export_import_and_the_off_note(qloop, qtbot, services, tmp_path):
    db, people, memory = services

    async def scenario():
        await seed_people(db, people)
        people.enabled = False
        dialog = show_people(qtbot, people, memory)
        await until(lambda: len(dialog.visible_people()) == 3)
        assert dialog.off_note.isVisible()
        assert "switched off" in dialog.off_note.text()

        out = tmp_path / "people.csv"
        await done(dialog.export_to(out))
        assert "Exported 3 people" in dialog.message.text()
        assert out.read_text().count("\n") == 4

        bad = tmp_path / "bad.csv"
        bad.write_text("identities,affinity\ntwitch:999,2.5\nnot a key,0.1\n")
        await done(dialog.import_from(bad))
        text = dialog.message.text()
        assert dialog.message.kind == "error" and "Nothing was imported" in text
        assert "row 2" in text and "row 3" in text
        assert len(await people.list_people()) == 3

        good = tmp_path / "good.csv"
        good.write_text("identities,nickname,notes\ntwitch:999,Zoe,Met at a charity stream\n")
        await done(dialog.import_from(good))
        assert "Imported 1 row" in dialog.message.text()
        assert len(dialog.visible_people()) == 4

        dialog.search_edit.setText("charity")  # notes are searched too
        await until(lambda: [p.name for p in dialog.visible_people()] == ["Zoe"])
        assert dialog.count_label.text() == "1 person found"

    qloop.run_until_complete(scenario())


# --- screenshots ---------------------------------------------------------------------------


def test_screenshots_in_both_themes(qapp, qloop, qtbot, services):
    db, people, memory = services

    async def scenario():
        ids = await seed_people(db, people)
        await people.update(ids[MIKA], notes="Draws the stream's emotes.", tags=["artist"])
        await people.identify(BOB, "Bob")
        for text, kind, about, importance, tags in (
            ("Mika has a ginger cat called Miso.", "user_fact", MIKA, 0.8, ["pets"]),
            ("Mika is studying to become an architect.", "user_fact", MIKA, 0.6, ["study"]),
            ("Bob works night shifts as a nurse.", "user_fact", BOB, 0.5, ["work"]),
            ("Neiri's favourite season is autumn.", "self_fact", None, 0.4, []),
            ("Neiri wants to sing a whole song on stream.", "objective", None, 0.7, ["goals"]),
            ("Mika felt nervous about her exam.", "emotion", MIKA, 0.5, []),
        ):
            await memory.add(
                MemoryItem(text=text, kind=kind, about=about, importance=importance, tags=tags)
            )
        try:
            for theme in ("light", "dark"):
                apply_theme(qapp, theme)
                dialog = show_memory(qtbot, memory, people)
                await until(lambda d=dialog: len(d.visible_items()) == 6)
                dialog.select_items([dialog.visible_items()[0].id])
                dialog.message.show_message("Added: “Mika has a ginger cat called Miso.”", "ok")
                await asyncio.sleep(0.1)
                screenshot(dialog, f"memory-dialog-{theme}")
                await done(dialog.set_filters(query="pets"))
                screenshot(dialog, f"memory-dialog-search-{theme}")
                dialog.tabs.setCurrentIndex(2)
                await until(lambda d=dialog: d.audit_entries())
                dialog.audit_table.selectRow(0)
                await asyncio.sleep(0.05)
                screenshot(dialog, f"memory-dialog-audit-{theme}")
                dialog.tabs.setCurrentIndex(0)
                form = dialog.open_add()
                assert form is not None
                form.save_button.click()
                await asyncio.sleep(0.05)
                screenshot(form, f"memory-dialog-form-{theme}")
                form.reject()
                dialog.close()

                rel = show_people(qtbot, people, memory)
                await until(lambda r=rel: len(r.visible_people()) == 4)
                rel.select_people([ids[MIKA]])
                await until(lambda r=rel: r.memories_label.text() != "")
                await asyncio.sleep(0.05)
                screenshot(rel, f"relationships-dialog-{theme}")
                rel.select_people([ids[MIKA], ids[MIKA_PHONE]])
                box = rel.merge_selected()
                await asyncio.sleep(0.05)
                screenshot(box, f"relationships-merge-{theme}")
                box.reject()
                rel.close()
        finally:
            apply_theme(qapp, "light")

    qloop.run_until_complete(scenario())


def test_about_combo_reads_keys_and_names(qapp):
    from ui.dialogs.memory_editor import AboutCombo

    combo = AboutCombo("Anyone")
    combo.set_entries([(MIKA, "Mika (twitch:123)")])
    assert combo.key() is None
    combo.set_key(MIKA)
    assert combo.currentText() == "Mika (twitch:123)" and combo.key() == MIKA
    combo.setEditText("phone:+1555")
    assert combo.key() == "phone:+1555"
    combo.setEditText("mika")  # her name, typed: her identity
    assert combo.key() == MIKA
    combo.setEditText("anyone")
    assert combo.key() is None
    combo.set_key(None)
    assert combo.key() is None
    combo.deleteLater()


# --- the app's Tools menu ------------------------------------------------------------------


@pytest.mark.slow
def test_tools_menu_opens_one_dialog_each_on_the_engine_services(qapp, qloop, qtbot, tmp_path):
    from tests.fakes.fake_ollama import FakeOllama
    from tests.ui.test_main_window import make_app

    async def scenario():
        async with FakeOllama(accept_any_model=True, reply="Hello!") as fake:
            neiri = make_app(qapp, fake.url, tmp_path, memory=True)
            runner = asyncio.ensure_future(neiri.run())
            await until(lambda: neiri.engine.conversation is not None, 60)
            window = neiri.window

            window.memory_action.trigger()
            dialog = neiri._dialogs["memory"]
            assert isinstance(dialog, MemoryDialog) and dialog.isVisible()
            assert dialog.memory is getattr(neiri.engine, "memory", None)
            # it fills in by itself once the engine's memory has loaded
            await until(lambda: dialog.stack.currentIndex() == 1, 30, "the memory to load")
            await until(lambda: "No memories yet" in dialog.count_label.text())
            window.memory_action.trigger()  # again: the same dialog, raised
            assert neiri._dialogs["memory"] is dialog

            window.relationships_action.trigger()
            people = neiri._dialogs["relationships"]
            assert isinstance(people, RelationshipsDialog) and people.isVisible()
            assert people.people is getattr(neiri.engine, "people", None)
            people.close()
            window.relationships_action.trigger()
            assert neiri._dialogs["relationships"] is people and people.isVisible()

            neiri.quit()
            await asyncio.wait_for(runner, 20)

    qloop.run_until_complete(scenario())
