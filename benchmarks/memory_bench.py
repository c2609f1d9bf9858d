"""Long-term memory benchmark: embedding throughput, adding 1,000 memories, top-5 queries
at 10,000 memories.

Everything is real: the numpy all-MiniLM-L6-v2 and a Chroma ``PersistentClient`` in a
temporary folder. Memories are synthetic but varied sentences (viewers, pets, games,
food, places...). The 10,000-item store is filled with ``MemoryStore.write`` from
embeddings computed once per run in batches; adding 1,000 is timed through
``MemoryStore.add`` (embedding included). Queries are timed end to end (``search``:
embed the question + Chroma query) and Chroma alone (precomputed query vector), each
over many distinct questions. Prints a table and writes
``benchmarks/results/memory_bench.json``.

    uv run python benchmarks/memory_bench.py [--items 10000] [--queries 300] [--quick]

Targets (issue 5): add 1,000 <= 5 s; top-5 query at 10,000 p95 <= 20 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.memory import MemoryItem, MemoryStore, MiniLMEmbedder  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
ADD_TARGET_S = 5.0
QUERY_P95_TARGET_MS = 20.0

NAMES = [
    "Mika", "Dan", "Sora", "Lena", "Kenji", "Rose", "Amir", "Chloe", "Pavel", "Yuki",
    "Marco", "Ines", "Tariq", "Hana", "Oskar", "Priya", "Leo", "Nadia", "Felix", "Aiko",
]  # fmt: skip
FACTS = [
    "has a {adj} {pet} called {pet_name}",
    "works as a {job} in {city}",
    "loves playing {game} late at night",
    "is allergic to {food}",
    "wants to visit {city} next {season}",
    "is learning to play the {instrument}",
    "cooked {food} for the whole family on {day}",
    "hates {weather} days because of {reason}",
    "collects {thing} and has more than {n} of them",
    "finished {game} in {n} hours on {day}",
    "moved to {city} with a {adj} {pet}",
    "is saving money for a new {thing}",
    "watches {genre} films every {day}",
    "was upset because their {thing} broke on {day}",
    "felt proud after a {genre} marathon",
]
WORDS = {
    "adj": ["grey", "tiny", "fluffy", "lazy", "grumpy", "clever", "old", "noisy"],
    "pet": ["cat", "dog", "parrot", "hamster", "rabbit", "turtle", "ferret"],
    "pet_name": ["Pudding", "Rex", "Mochi", "Biscuit", "Luna", "Pixel", "Nugget", "Tofu"],
    "job": ["nurse", "teacher", "baker", "programmer", "pilot", "electrician", "lawyer"],
    "city": ["Toronto", "Osaka", "Berlin", "Lisbon", "Seoul", "Nairobi", "Lima", "Oslo"],
    "game": ["Celeste", "Hades", "Stardew Valley", "Elden Ring", "Tetris", "Minecraft"],
    "food": ["peanuts", "shrimp", "strawberries", "gluten", "mushrooms", "cheese"],
    "season": ["spring", "summer", "autumn", "winter"],
    "instrument": ["cello", "guitar", "piano", "drums", "violin", "flute"],
    "day": ["Monday", "Tuesday", "Friday", "Saturday", "Sunday", "a holiday"],
    "weather": ["rainy", "windy", "snowy", "foggy", "hot"],
    "reason": ["their headaches", "the traffic", "their commute", "the noise"],
    "thing": ["keyboard", "camera", "headphones", "bicycle", "phone", "figurines"],
    "n": [str(n) for n in (3, 7, 12, 20, 40, 99)],
    "genre": ["horror", "comedy", "anime", "sci-fi", "documentary"],
}
QUESTIONS = [
    "What pet does {name} have?",
    "Where does {name} work?",
    "Which game does {name} play?",
    "What food should {name} avoid?",
    "Where does {name} want to travel?",
    "What instrument is {name} learning?",
    "Why does {name} dislike bad weather?",
    "What does {name} collect?",
    "What is {name} saving up for?",
    "What kind of movies does {name} like?",
]


def fill(template: str, rng: random.Random) -> str:
    out = template
    for key, choices in WORDS.items():
        while "{" + key + "}" in out:
            out = out.replace("{" + key + "}", rng.choice(choices), 1)
    return out


def synthetic_memories(n: int, seed: int) -> list[MemoryItem]:
    rng = random.Random(seed)
    items: list[MemoryItem] = []
    seen: set[str] = set()
    while len(items) < n:
        name = rng.choice(NAMES)
        text = f"{name} {fill(rng.choice(FACTS), rng)}."
        if text in seen:
            continue
        seen.add(text)
        user = NAMES.index(name)
        items.append(
            MemoryItem(
                text=text,
                kind=rng.choice(["user_fact", "user_fact", "chat", "emotion"]),
                about=f"twitch:{1000 + user}",
                importance=round(rng.random(), 2),
                tags=[rng.choice(["pets", "games", "food", "travel", "music", "work"])],
                source="twitch",
            )
        )
    return items


PREFIXES = ["", "Hey Neiri, ", "Do you remember: ", "Quick question: "]


def questions(n: int, seed: int) -> list[str]:
    """``n`` questions about the synthetic viewers, distinct while the pool (800) lasts."""
    rng = random.Random(seed)
    pool = [p + q.format(name=name) for p in PREFIXES for q in QUESTIONS for name in NAMES]
    rng.shuffle(pool)
    return [pool[i % len(pool)] for i in range(n)]


def percentile(values: list[float], p: float) -> float:
    return float(np.percentile(np.asarray(values), p))


def timed_ms(fn, runs: list[str]) -> list[float]:
    out = []
    for arg in runs:
        t0 = time.perf_counter()
        fn(arg)
        out.append((time.perf_counter() - t0) * 1000.0)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--quick", action="store_true", help="2,000 items, 200 queries")
    parser.add_argument("--out", type=Path, default=RESULTS / "memory_bench.json")
    args = parser.parse_args()
    if args.quick:
        args.items, args.queries = 2_000, 200

    t0 = time.perf_counter()
    embedder = MiniLMEmbedder()
    load_s = time.perf_counter() - t0

    # 1. embedding throughput -------------------------------------------------------
    probe = [it.text for it in synthetic_memories(1_000, seed=7)]
    embedder.embed(probe[:64])  # warm up BLAS threads and caches
    t0 = time.perf_counter()
    embedder.embed(probe)
    batch_s = time.perf_counter() - t0
    mean_tokens = statistics.mean(embedder.token_lengths(probe))
    single_ms = timed_ms(lambda q: embedder.embed([q]), questions(200, seed=3))

    with tempfile.TemporaryDirectory(prefix="neiri-membench-") as tmp:
        # 2. adding 1,000 memories (embedding + Chroma write) -------------------------
        with MemoryStore(Path(tmp) / "add1000", embedder) as store:
            fresh = synthetic_memories(1_000, seed=11)
            t0 = time.perf_counter()
            store.add(fresh)
            add_s = time.perf_counter() - t0
            assert store.count() == 1_000

        # 3. top-5 queries at N memories --------------------------------------------------
        items = synthetic_memories(args.items, seed=42)
        t0 = time.perf_counter()
        vectors = embedder.embed([it.text for it in items])
        embed_n_s = time.perf_counter() - t0
        with MemoryStore(Path(tmp) / "big", embedder) as store:
            prepared = store.prepare(items)
            t0 = time.perf_counter()
            store.write(prepared, vectors)
            write_n_s = time.perf_counter() - t0
            assert store.count() == args.items

            qs = questions(args.queries, seed=5)
            t0 = time.perf_counter()
            store.search("warm up the index", k=5)
            first_query_ms = (time.perf_counter() - t0) * 1000.0
            e2e_ms = timed_ms(lambda q: store.search(q, k=5), qs)
            qvecs = {q: embedder.embed([q]) for q in qs}
            col = store._col
            chroma_ms = timed_ms(lambda q: col.query(query_embeddings=qvecs[q], n_results=5), qs)
            filtered_ms = timed_ms(
                lambda q: store.search(q, k=5, about="twitch:1003", min_importance=0.3), qs
            )
            recall_ms = timed_ms(
                lambda q: store.recall(q, about="twitch:1003", k=5, token_budget=150, touch=False),
                qs,
            )

    def stats(values: list[float]) -> dict[str, float]:
        return {
            "median_ms": round(statistics.median(values), 3),
            "p95_ms": round(percentile(values, 95), 3),
            "max_ms": round(max(values), 3),
            "n": len(values),
        }

    result = {
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
        },
        "model_load_s": round(load_s, 3),
        "embedding": {
            "texts": len(probe),
            "mean_tokens": round(mean_tokens, 1),
            "batch_s": round(batch_s, 3),
            "texts_per_s": round(len(probe) / batch_s, 1),
            "single_query": stats(single_ms),
        },
        "add_1000": {
            "seconds": round(add_s, 3),
            "target_s": ADD_TARGET_S,
            "ok": add_s <= ADD_TARGET_S,
        },
        "store_size": args.items,
        "build": {"embed_s": round(embed_n_s, 2), "write_s": round(write_n_s, 2)},
        "first_query_ms": round(first_query_ms, 2),
        "query_top5_end_to_end": stats(e2e_ms),
        "query_top5_chroma_only": stats(chroma_ms),
        "query_top5_filtered": stats(filtered_ms),
        "recall_150_tokens": stats(recall_ms),
    }
    result["query_ok"] = result["query_top5_end_to_end"]["p95_ms"] <= QUERY_P95_TARGET_MS

    query_note = f"target p95 <= {QUERY_P95_TARGET_MS:.0f} ms"
    rows = [
        ("model load", f"{load_s:.2f} s", ""),
        (
            f"embed {len(probe)} texts (~{mean_tokens:.0f} tokens)",
            f"{batch_s:.2f} s",
            f"{len(probe) / batch_s:.0f} texts/s",
        ),
        ("embed one query (median / p95)", _pair(single_ms), ""),
        ("add 1,000 memories", f"{add_s:.2f} s", f"target <= {ADD_TARGET_S:.0f} s"),
        (f"build {args.items:,}: embed / write", f"{embed_n_s:.1f} s / {write_n_s:.1f} s", ""),
        ("first query after open", f"{first_query_ms:.1f} ms", ""),
        (f"top-5 search at {args.items:,} (median / p95)", _pair(e2e_ms), query_note),
        ("  of which Chroma alone", _pair(chroma_ms), ""),
        ("top-5 with about + importance filter", _pair(filtered_ms), ""),
        ("recall, 150-token block", _pair(recall_ms), ""),
    ]  # fmt: skip
    width = max(len(r[0]) for r in rows)
    print(f"\nNeiri memory benchmark ({os.cpu_count()} CPUs, {platform.python_version()})")
    for name, value, note in rows:
        print(f"  {name:<{width}}  {value:>22}  {note}")
    verdict = "OK" if result["add_1000"]["ok"] and result["query_ok"] else "MISSED"
    print(f"  targets: {verdict}")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"  wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


def _pair(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} / {percentile(values, 95):.2f} ms"


if __name__ == "__main__":
    raise SystemExit(main())
