"""Long-term memory on a real Chroma store with real MiniLM embeddings."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from app.memory import (
    ImportRejectedError,
    InvalidMemoryError,
    MemoryFilter,
    MemoryItem,
    MemoryStore,
    MiniLMEmbedder,
    export_memories,
    import_memories,
)
from app.memory import transfer as transfer_mod

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "tests" / "data" / "memory_eval.yaml"
DAY = 86400.0


class Clock:
    def __init__(self, t: float = 1_800_000_000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


@pytest.fixture(scope="module")
def embedder() -> MiniLMEmbedder:
    return MiniLMEmbedder.shared()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path, embedder, clock):
    s = MemoryStore(tmp_path / "memory", embedder, clock=clock)
    yield s
    s.close()


def fill(store: MemoryStore) -> dict[str, str]:
    """A few memories about two viewers, Neiri and a third party; name -> id."""
    items = {
        "cat": MemoryItem(
            text="Mika's cat is a grey British Shorthair called Pudding.",
            about="local:me",
            tags=["pets", "family"],
            importance=0.9,
        ),
        "nurse": MemoryItem(
            text="Mika works night shifts as a nurse.", about="local:me", importance=0.6
        ),
        "dan_game": MemoryItem(
            text="Dan speedruns Celeste and holds a record.",
            about="twitch:1001",
            tags=["games"],
            importance=0.7,
            source="twitch",
        ),
        "dan_chat": MemoryItem(
            text="Dan said his computer crashed during a run.",
            kind="chat",
            about="twitch:1001",
            tags=["games", "tech"],
            importance=0.2,
            source="twitch",
        ),
        "milk": MemoryItem(
            text="Neiri's favourite drink is strawberry milk.", kind="self_fact", tags=["food"]
        ),
        "bakery": MemoryItem(
            text="The bakery on Maple Street sells great cinnamon rolls.",
            kind="third_party",
            tags=["food"],
            importance=0.3,
        ),
    }
    ids = store.add(list(items.values()))
    return dict(zip(items, ids, strict=True))


# -- retrieval quality ------------------------------------------------------------------


def test_labeled_questions_find_their_fact_in_the_top_5(store):
    data = yaml.safe_load(EVAL.read_text(encoding="utf-8"))
    facts, questions = data["facts"], data["questions"]
    assert len(facts) >= 40 and len(questions) >= 40
    store.add(
        [
            MemoryItem(id=f["id"], text=f["text"], kind=f["kind"], about=f.get("about"))
            for f in facts
        ]
    )
    misses = []
    for q in questions:
        top = [item.id for item, _ in store.search(q["q"], k=5)]
        if q["fact"] not in top:
            misses.append((q["q"], q["fact"], top))
    rate = 1 - len(misses) / len(questions)
    print(f"\nmemory eval: right fact in top 5 for {rate:.1%} of {len(questions)} questions")
    for miss in misses:
        print("  missed:", miss)
    assert rate >= 0.90


# -- persistence --------------------------------------------------------------------


def test_memories_survive_reopening(tmp_path, embedder, clock):
    path = tmp_path / "memory"
    with MemoryStore(path, embedder, clock=clock) as s:
        ids = fill(s)
        before = s.get(ids["cat"])
    with MemoryStore(path, embedder, clock=clock) as s:
        assert s.count() == 6
        assert s.get(ids["cat"]) == before
        assert s.search("what pet does Mika have?", k=1)[0][0].id == ids["cat"]


def test_imported_seed_survives_a_real_restart(tmp_path, embedder):
    seed = tmp_path / "seed.yaml"
    seed.write_text(
        textwrap.dedent(
            """\
            version: 1
            items:
              - text: Neiri was created by Mika in a small apartment in Toronto.
                kind: self_fact
                importance: 0.9
                tags: [origin]
              - text: Dan is a Liverpool fan.
                about: "twitch:1001"
            """
        ),
        encoding="utf-8",
    )
    path = tmp_path / "memory"
    with MemoryStore(path, embedder) as s:
        report = import_memories(s, seed)
        assert report.added == 2
    # A new process: no Chroma cache, no shared state, only the files on disk.
    script = textwrap.dedent(
        f"""\
        import json
        from app.memory import MemoryStore
        with MemoryStore({str(path)!r}) as s:
            top = s.search("Who made Neiri?", k=1)[0][0]
            print(json.dumps({{"count": s.count(), "text": top.text, "tags": top.tags,
                               "source": top.source}}))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got == {
        "count": 2,
        "text": "Neiri was created by Mika in a small apartment in Toronto.",
        "tags": ["origin"],
        "source": "import",
    }


# -- add, get, update, forget -------------------------------------------------------------


def test_add_validates_and_refuses_duplicates(store):
    ids = fill(store)
    with pytest.raises(InvalidMemoryError, match=r"items\[1\]\.kind"):
        store.add([MemoryItem(text="fine"), MemoryItem(text="bad", kind="gossip")])
    with pytest.raises(InvalidMemoryError, match="importance"):
        store.add([MemoryItem(text="x", importance=1.5)])
    with pytest.raises(InvalidMemoryError, match="text"):
        store.add([MemoryItem(text="   ")])
    with pytest.raises(InvalidMemoryError, match="already exists"):
        store.add([MemoryItem(id=ids["cat"], text="again")])
    assert store.count() == 6
    item = store.get(ids["cat"])
    assert item is not None and item.tags == ["pets", "family"] and item.about == "local:me"
    assert item.created_at == item.updated_at == store.now()
    assert store.get("no-such-id") is None


def test_forget_removes_from_get_and_search(store):
    ids = fill(store)
    assert store.search("Mika's pet cat", k=1)[0][0].id == ids["cat"]
    assert store.forget(ids["cat"]) is True
    assert store.get(ids["cat"]) is None
    assert ids["cat"] not in [it.id for it, _ in store.search("Mika's pet cat", k=10)]
    assert store.forget(ids["cat"]) is False
    assert store.count() == 5


def test_forget_about_removes_only_that_user(store):
    ids = fill(store)
    assert store.forget_about("twitch:1001") == 2
    assert store.get(ids["dan_game"]) is None and store.get(ids["dan_chat"]) is None
    left = {it.id for it in store.list(limit=100)}
    assert left == {ids["cat"], ids["nurse"], ids["milk"], ids["bakery"]}
    assert not store.search("speedrun record", about="twitch:1001")
    assert store.forget_about("twitch:1001") == 0


def test_update_re_embeds_when_the_text_changes(store, clock):
    ids = fill(store)
    clock.t += 60
    before = store.search("What is the name of Mika's dog?", k=1)[0]
    assert before[0].id != ids["nurse"]
    updated = store.update(ids["nurse"], text="Mika adopted a beagle puppy named Rex.", tags=[])
    assert updated.updated_at == clock.t and updated.created_at == clock.t - 60
    top, score = store.search("What is the name of Mika's dog?", k=1)[0]
    assert top.id == ids["nurse"] and top.text.startswith("Mika adopted")
    assert score > 0.5
    assert top.tags == []  # emptied tags are really removed
    # The old meaning is gone from the index.
    nurse_hits = store.search("Who works at night in a hospital?", k=6)
    assert all(it.id != ids["nurse"] or s < 0.3 for it, s in nurse_hits)
    # A metadata-only update keeps the vector.
    vec = store._col.get(ids=[ids["nurse"]], include=["embeddings"])["embeddings"][0]
    store.update(ids["nurse"], importance=0.95, tags=["pets"])
    vec2 = store._col.get(ids=[ids["nurse"]], include=["embeddings"])["embeddings"][0]
    assert list(vec) == list(vec2)
    assert store.get(ids["nurse"]).importance == 0.95
    with pytest.raises(KeyError):
        store.update("missing", text="x")
    with pytest.raises(InvalidMemoryError, match="created_at"):
        store.update(ids["nurse"], created_at=0.0)
    with pytest.raises(InvalidMemoryError, match="kind"):
        store.update(ids["nurse"], kind="rumour")


# -- filters -------------------------------------------------------------------------


def test_filters_really_filter(store):
    ids = fill(store)
    q = "something about food, games or pets"

    def found(**kw) -> set[str]:
        return {it.id for it, _ in store.search(q, k=10, **kw)}

    assert found(kind="self_fact") == {ids["milk"]}
    assert found(kind=["chat", "third_party"]) == {ids["dan_chat"], ids["bakery"]}
    assert found(about="local:me") == {ids["cat"], ids["nurse"]}
    assert found(tags=["food"]) == {ids["milk"], ids["bakery"]}
    assert found(tags=["games", "tech"]) == {ids["dan_chat"]}
    assert found(tags=["nope"]) == set()
    assert found(min_importance=0.65) == {ids["cat"], ids["dan_game"]}
    assert found(about="twitch:1001", min_importance=0.5) == {ids["dan_game"]}

    assert store.count() == 6
    assert store.count(MemoryFilter(about="twitch:1001")) == 2
    assert store.count(MemoryFilter(source="twitch")) == 2
    assert {it.id for it in store.list(MemoryFilter(tags=["pets"]))} == {ids["cat"]}
    assert {it.id for it in store.list(MemoryFilter(text_contains="STRAWBERRY"))} == {ids["milk"]}
    assert store.list(MemoryFilter(text_contains="(.*")) == []  # regex characters are literal
    page1 = store.list(limit=4, offset=0)
    page2 = store.list(limit=4, offset=4)
    assert len(page1) == 4 and len(page2) == 2
    assert {it.id for it in page1 + page2} == set(ids.values())


def test_filtered_search_is_exact_on_fast_and_slow_paths(store, embedder, clock, monkeypatch):
    # 80 memories: user A has most, B a few, C two; a dozen have expired. Selective
    # filters take Chroma's filtered path, broad ones the unfiltered probe: both must
    # return the true top k, checked against brute force over the same vectors.
    topics = ["games", "pets", "food", "music", "travel"]
    items = []
    for i in range(80):
        user = "twitch:A" if i % 10 < 7 else ("twitch:B" if i % 10 < 9 else "twitch:C")
        if i in (9, 19):
            user = "twitch:C"
        topic = topics[i % 5]
        items.append(
            MemoryItem(
                text=f"Note {i}: this viewer talked about {topic} and item number {i * 7 % 31}.",
                about=user,
                kind="chat" if i % 3 else "user_fact",
                tags=[topic],
                importance=(i % 10) / 10,
                ttl_s=60.0 if i % 7 == 0 else None,
            )
        )
    ids = store.add(items)
    clock.t += 120  # every seventh memory has now expired
    paths: list[str] = []
    raw_query = store._raw_query

    def spy(vec, n, where, where_document):
        paths.append("chroma filter" if where or where_document else "probe")
        return raw_query(vec, n, where, where_document)

    monkeypatch.setattr(store, "_raw_query", spy)
    vectors = embedder.embed([it.text for it in items])
    filters = [
        MemoryFilter(),
        MemoryFilter(about="twitch:A"),
        MemoryFilter(about="twitch:B"),
        MemoryFilter(about="twitch:C", kind="chat"),
        MemoryFilter(tags=["pets"], min_importance=0.5),
        MemoryFilter(kind="user_fact", about=["twitch:B", "twitch:C"]),
        MemoryFilter(text_contains="ITEM NUMBER 3"),
    ]
    for query in ["a chat about pets", "video games and music"]:
        q = embedder.embed([query])[0]
        for f in filters:
            ok = [
                i
                for i, it in enumerate(items)
                if (i % 7 != 0)
                and (
                    f.about is None
                    or it.about in ([f.about] if isinstance(f.about, str) else f.about)
                )
                and (f.kind is None or it.kind == f.kind)
                and (not f.tags or set(f.tags) <= set(it.tags))
                and (f.min_importance is None or it.importance >= f.min_importance)
                and (not f.text_contains or f.text_contains.lower() in it.text.lower())
            ]
            expected = sorted(ok, key=lambda i: -float(vectors[i] @ q))[:5]
            got = store.search(query, k=5, filters=f)
            assert [it.id for it, _ in got] == [ids[i] for i in expected], (query, f)
            for (_, sim), i in zip(got, expected, strict=True):
                assert sim == pytest.approx(float(vectors[i] @ q), abs=1e-5)
    assert paths.count("chroma filter") >= 4 and paths.count("probe") == 2 * len(filters)


def test_expired_items_are_hidden_then_pruned(store, clock):
    ids = fill(store)
    [tmp] = store.add(
        [
            MemoryItem(
                text="Dan is eating pizza right now.", kind="chat", about="twitch:1001", ttl_s=3600
            )
        ]
    )
    assert store.get(tmp).ttl_s == 3600
    assert tmp in {it.id for it, _ in store.search("What is Dan eating?", k=3)}
    assert store.prune_expired() == []
    clock.t += 3601
    assert tmp not in {it.id for it, _ in store.search("What is Dan eating?", k=10)}
    assert store.count() == 6
    assert store.count(MemoryFilter(include_expired=True)) == 7
    pruned = store.prune_expired()
    assert [it.id for it in pruned] == [tmp]
    assert store.get(tmp) is None
    assert store.count(MemoryFilter(include_expired=True)) == 6
    assert store.get(ids["cat"]) is not None


# -- recall for the prompt -------------------------------------------------------------


@pytest.mark.parametrize("budget", [0, 3, 8, 12, 20, 35, 60, 500])
def test_recall_never_exceeds_its_token_budget(store, embedder, budget):
    fill(store)
    store.add(
        [
            MemoryItem(
                text=f"Mika once told Neiri a long story number {i} about her cat Pudding "
                "climbing the curtains, knocking over a plant and hiding under the bed.",
                about="local:me",
            )
            for i in range(8)
        ]
    )
    block = store.recall("tell me about my cat", about="local:me", k=10, token_budget=budget)
    assert embedder.count_tokens(block) <= budget
    if budget >= 20:
        assert "Pudding" in block
    if budget == 0:
        assert block == ""


def test_recall_ranks_and_keeps_other_viewers_out(store, clock, embedder):
    ids = fill(store)
    block = store.recall("What do you know about games?", about="local:me", k=5, token_budget=200)
    assert "Dan" not in block  # another viewer's facts stay private
    block = store.recall("What games does Dan play?", about="twitch:1001", k=5, token_budget=200)
    assert block.splitlines()[0] == "- Dan speedruns Celeste and holds a record."
    assert store.get(ids["dan_game"]).last_used_at == clock.t
    assert store.get(ids["cat"]).last_used_at is None
    # Importance: the same fact twice; the important copy ranks first, either way round.
    low, high = store.add(
        [
            MemoryItem(text="Mika likes pineapple pizza.", about="local:me", importance=0.1),
            MemoryItem(text="Mika likes pineapple pizza!", about="local:me", importance=0.9),
        ]
    )
    query = "Which pizza does Mika like?"
    assert [it.id for it, _ in store.recall_items(query, about="local:me", k=2)] == [high, low]
    store.update(low, importance=0.9)
    store.update(high, importance=0.1)
    assert [it.id for it, _ in store.recall_items(query, about="local:me", k=2)] == [low, high]
    # Recency: the same fact told a year apart; the fresher one ranks first, either way.
    store.update(low, importance=0.5)
    store.update(high, importance=0.5)
    clock.t += 365 * DAY
    store.update(high, text="Mika likes pineapple pizza!!")
    assert [it.id for it, _ in store.recall_items(query, about="local:me", k=2)] == [high, low]
    clock.t += 365 * DAY
    store.update(low, text="Mika likes pineapple pizza..")
    assert [it.id for it, _ in store.recall_items(query, about="local:me", k=2)] == [low, high]


# -- import and export ---------------------------------------------------------------------


def snapshot(store: MemoryStore) -> str:
    return transfer_mod.dump_memories(store.all_items(), "json")


def test_import_reports_progress_and_keeps_metadata(store, tmp_path):
    fill(store)
    items = [
        {
            "text": f"Viewer number {i} likes the colour {c}.",
            "kind": "user_fact",
            "about": f"twitch:{2000 + i}",
            "tags": ["colours"],
            "importance": 0.25,
            "created_at": "2026-05-01T12:00:00+00:00",
        }
        for i, c in enumerate(["red", "blue", "green"] * 50)
    ]
    path = tmp_path / "seed.json"
    path.write_text(json.dumps({"version": 1, "items": items}), encoding="utf-8")
    calls: list[tuple[int, int]] = []
    report = import_memories(store, path, progress=lambda d, t: calls.append((d, t)))
    assert report.total == report.added == 150 and report.replaced == 0
    assert calls[0] == (0, 150) and calls[-1] == (150, 150)
    assert len(calls) >= 3
    assert all(a[0] < b[0] for a, b in itertools.pairwise(calls))
    assert store.count() == 156
    got = store.list(MemoryFilter(about="twitch:2001"))
    assert len(got) == 1 and got[0].tags == ["colours"] and got[0].source == "import"
    assert got[0].created_at == 1777636800.0
    # Re-importing the same file with ids replaces instead of duplicating.
    export = tmp_path / "again.json"
    export_memories(store, export)
    assert import_memories(store, export).replaced == 156
    assert store.count() == 156


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_export_import_round_trip_is_identical(store, tmp_path, embedder, fmt):
    ids = fill(store)
    store.update(ids["milk"], emotion="happy", importance=0.33)
    store.touch([ids["cat"]])
    store.add([MemoryItem(text="Short-lived note: «привет» ✨", kind="chat", ttl_s=600.5)])
    first = tmp_path / f"first.{fmt}"
    assert export_memories(store, first) == 7
    with MemoryStore(tmp_path / "other", embedder) as other:
        import_memories(other, first)
        second = tmp_path / f"second.{fmt}"
        export_memories(other, second)
        assert other.search("Mika's pet", k=1)[0][0].id == ids["cat"]
    assert first.read_bytes() == second.read_bytes()
    doc = (json.loads if fmt == "json" else yaml.safe_load)(first.read_text(encoding="utf-8"))
    assert doc["version"] == 1 and len(doc["items"]) == 7
    assert {"text", "kind", "importance", "tags", "about", "created_at"} <= set(doc["items"][0])


BAD_FILES = {
    "bad_json": ("bad.json", '{"version": 1, "items": [{"text": "a"},]}', "invalid JSON at line 1"),
    "bad_yaml": ("bad.yaml", "version: 1\nitems:\n  - text: [unclosed\n", "invalid YAML"),
    "missing_text": (
        "m.json",
        json.dumps({"version": 1, "items": [{"text": "ok"}, {"kind": "chat"}]}),
        "items[1].text: This value is required.",
    ),
    "wrong_kind": (
        "k.yaml",
        "version: 1\nitems:\n  - text: fine\n  - text: also fine\n    kind: gossip\n",
        "items[1].kind",
    ),
    "bad_importance": (
        "i.json",
        json.dumps({"version": 1, "items": [{"text": "x", "importance": 7}]}),
        "items[0].importance",
    ),
    "unknown_field": (
        "u.json",
        json.dumps({"version": 1, "items": [{"text": "x", "importanse": 0.5}]}),
        "items[0].importanse",
    ),
    "wrong_version": ("v.json", json.dumps({"version": 2, "items": []}), "version"),
    "not_a_mapping": ("l.yaml", "- text: a\n- text: b\n", "must be a mapping"),
    "duplicate_ids": (
        "d.json",
        json.dumps({"version": 1, "items": [{"id": "a1", "text": "x"}, {"id": "a1", "text": "y"}]}),
        "appears twice",
    ),
    "bad_time": (
        "t.json",
        json.dumps({"version": 1, "items": [{"text": "x", "created_at": "yesterday-ish"}]}),
        "items[0].created_at",
    ),
    "not_utf8": ("n.json", b'{"version": 1, "items": [{"text": "\xff"}]}', "not UTF-8"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_import_is_rejected_whole(store, tmp_path, case):
    fill(store)
    before = snapshot(store)
    name, content, reason = BAD_FILES[case]
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    calls: list[tuple[int, int]] = []
    with pytest.raises(ImportRejectedError) as err:
        import_memories(store, path, progress=lambda d, t: calls.append((d, t)))
    assert reason in str(err.value)
    assert calls == []  # rejected before any work began
    assert snapshot(store) == before


def test_a_huge_import_is_rejected_by_size(store, tmp_path):
    fill(store)
    before = snapshot(store)
    path = tmp_path / "huge.json"
    with path.open("wb") as fh:
        fh.truncate(transfer_mod.MAX_FILE_BYTES + 1)
    with pytest.raises(ImportRejectedError, match="over the 20 MB limit"):
        import_memories(store, path)
    assert snapshot(store) == before


def test_a_failed_write_is_rolled_back(store, tmp_path, monkeypatch):
    ids = fill(store)
    before = snapshot(store)
    records = [transfer_mod.item_to_record(store.get(ids["cat"]))]
    records[0]["text"] = "Overwritten cat fact."
    records += [{"text": f"New memory {i}"} for i in range(10)]
    path = tmp_path / "partial.json"
    path.write_text(json.dumps({"version": 1, "items": records}), encoding="utf-8")
    col = store._col
    real_upsert = col.upsert

    def failing_upsert(*, ids, documents, embeddings, metadatas):
        # Half of the batch lands, then the disk fills up.
        real_upsert(
            ids=ids[:5], documents=documents[:5], embeddings=embeddings[:5], metadatas=metadatas[:5]
        )
        raise OSError("disk full")

    monkeypatch.setattr(col, "upsert", failing_upsert)
    with pytest.raises(OSError, match="disk full"):
        import_memories(store, path)
    monkeypatch.undo()
    assert snapshot(store) == before
    assert store.search("Mika's cat", k=1)[0][0].text.startswith("Mika's cat is a grey")
