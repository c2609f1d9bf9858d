"""Moderation micro-benchmark: ``Moderator.check_input`` and ``clean_output`` per call.

Both run on the asyncio loop thread for every chat message and every clause she says,
so each call must stay well under 0.2 ms for a 100-character clause. The sentences
are generated from templates: a few hundred English and Russian stream-chat lines and
replies (one or two clauses, about 40 to 160 characters), about one in six with
profanity, plain or disguised ("f*ck", "sh1t", "6ля"), and many with false-positive
traps ("Scunthorpe", "скипидар"). Every call is timed on its own, over several rounds
after a warm-up; the median and p95 are printed per method and language, and written
to ``benchmarks/results/moderation.json``.

    uv run python benchmarks/moderation_bench.py [--rounds 20] [--seed 7]

Target: p95 < 200 us for clauses of about 100 characters.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.moderation import Moderator  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
TARGET_US = 200.0

EN_OPENERS = [
    "Oh wow,", "Okay chat,", "Honestly,", "Hehe,", "Wait,", "Hi {name}!", "Thanks {name},",
    "Hmm,", "Guys,", "So,", "Welcome back {name}!", "Ahh,",
]  # fmt: skip
EN_BODIES = [
    "that boss fight in {game} was way harder than I expected",
    "I think we should try the {thing} route this time",
    "my cat knocked the {thing} off the desk again",
    "the {thing} in {place} looked absolutely gorgeous tonight",
    "thank you so much for the follow, I really appreciate it",
    "I was reading Dickens with passion before the stream started",
    "the assassin from Scunthorpe is my favourite character in {game}",
    "let's grab a cocktail and some shiitake ramen after this class",
    "my therapist says the analysis of {game} lore is very healthy",
    "a butterfly landed on the grape vine in Sussex, so cute",
    "the cumulative title goes to whoever beats {name} first",
    "who wants to see me speedrun {game} with a {thing} only",
    "the {fake} hitbox in {game} is totally broken",
    "{name}, you absolute {insult}, stop spoiling the ending",
    "I can't believe that {fake} jump worked on the first try",
]  # fmt: skip
EN_ENDINGS = ["!", ".", "?", "!!", " :)", "...", " haha.", " <3"]
RU_OPENERS = [
    "Ой,", "Ну что, чат,", "Честно говоря,", "Хехе,", "Подождите,", "Привет, {name_ru}!",
    "Спасибо, {name_ru},", "Хм,", "Ребята,", "Так вот,", "С возвращением, {name_ru}!",
]  # fmt: skip
RU_BODIES = [
    "этот босс в {game} оказался гораздо сложнее, чем я думала",
    "давайте попробуем пройти через {place_ru} в этот раз",
    "мой кот опять уронил {thing_ru} со стола",
    "я люблю употреблять мандарины и слушать скипидарную музыку",
    "застрахуйте свои сохранения, иначе придётся хлебать последствия",
    "не надо оскорблять нашу команду, мы стараемся",
    "учебник по психике лежит рядом с рублём",
    "сукно на столе колебаться не будет, это точно",
    "спасибо за фолловинг, мне очень приятно",
    "кто хочет посмотреть, как я прохожу {game} без {thing_ru}",
    "этот {fake_ru} прыжок сработал с первого раза",
    "{name_ru}, ну ты и {insult_ru}, не спойлери концовку",
]  # fmt: skip
RU_ENDINGS = ["!", ".", "?", "!!", " :)", "...", " хаха."]

NAMES = ["Mika", "Dan", "Sora", "Lena", "Kenji", "Rose", "Amir", "Chloe"]
NAMES_RU = ["Мика", "Даня", "Сора", "Лена", "Паша", "Оля", "Ника"]
GAMES = ["Elden Ring", "Hollow Knight", "Minecraft", "Celeste", "Hades", "Stardew Valley"]
THINGS = ["sword", "mug", "keyboard", "lamp", "plushie", "controller", "headset"]
THINGS_RU = ["кружку", "клавиатуру", "лампу", "плюшевого зайца", "геймпад", "наушники"]
PLACES = ["Tokyo", "Lisbon", "the forest", "the old castle", "Scunthorpe"]
PLACES_RU = ["старый замок", "лес", "подземелье", "деревню", "болото"]
CLEAN_FAKE = ["weird", "tiny", "glorious", "cursed", "lucky"]
BAD_FAKE = ["fucking", "f*cking", "fuuuucking", "sh1tty", "damn", "f.u.c.k.i.n.g"]
CLEAN_INSULT = ["goofball", "gremlin", "menace", "legend"]
BAD_INSULT = ["asshole", "a$$hole", "dumbass", "bitch", "twat"]
CLEAN_FAKE_RU = ["странный", "крошечный", "проклятый", "везучий"]
BAD_FAKE_RU = ["ебучий", "хуёвый", "сраный", "пиздатый", "6лядский"]
CLEAN_INSULT_RU = ["хулиган", "злодей", "проказник", "гений"]
BAD_INSULT_RU = ["мудак", "сука", "долбоёб", "х*й", "пиzдюк"]


def sentences(seed: int, count: int = 400) -> list[tuple[str, str]]:
    """``count`` (language, sentence) pairs, half English, half Russian, half of them
    two clauses long; about one in six carries profanity."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    for i in range(count):
        bad = rng.random() < 1 / 6
        if i % 2 == 0:
            lang, openers, bodies, endings = "en", EN_OPENERS, EN_BODIES, EN_ENDINGS
            fake, insult = (BAD_FAKE, BAD_INSULT) if bad else (CLEAN_FAKE, CLEAN_INSULT)
            fake_ru = insult_ru = ""
        else:
            lang, openers, bodies, endings = "ru", RU_OPENERS, RU_BODIES, RU_ENDINGS
            fake_ru, insult_ru = (
                (rng.choice(BAD_FAKE_RU), rng.choice(BAD_INSULT_RU))
                if bad
                else (rng.choice(CLEAN_FAKE_RU), rng.choice(CLEAN_INSULT_RU))
            )
            fake, insult = CLEAN_FAKE, CLEAN_INSULT
        slotted = [b for b in bodies if "{fake" in b or "{insult" in b]
        body = rng.choice(slotted if bad else bodies)
        if rng.random() < 0.5:  # two clauses: about 100 characters
            joiner = ", and " if lang == "en" else ", и "
            body = f"{body}{joiner}{rng.choice(bodies)}"
        text = f"{rng.choice(openers)} {body}{rng.choice(endings)}"
        text = text.format(
            name=rng.choice(NAMES),
            name_ru=rng.choice(NAMES_RU),
            game=rng.choice(GAMES),
            thing=rng.choice(THINGS),
            thing_ru=rng.choice(THINGS_RU),
            place=rng.choice(PLACES),
            place_ru=rng.choice(PLACES_RU),
            fake=rng.choice(fake),
            insult=rng.choice(insult),
            fake_ru=fake_ru,
            insult_ru=insult_ru,
        )
        out.append((lang, text[0].upper() + text[1:]))
    return out


def _stats(samples_ns: list[int]) -> dict[str, float]:
    us = sorted(s / 1000 for s in samples_ns)
    return {
        "median_us": round(statistics.median(us), 2),
        "p95_us": round(us[int(0.95 * (len(us) - 1))], 2),
        "max_us": round(us[-1], 2),
        "calls": len(us),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="timed passes over the set")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=RESULTS / "moderation.json")
    args = parser.parse_args()

    t0 = time.perf_counter()
    moderator = Moderator()
    build_ms = (time.perf_counter() - t0) * 1000
    data = sentences(args.seed)
    flagged = sum(moderator.check_input(text).blocked for _, text in data)
    changed = sum(moderator.clean_output(text)[0] != text for _, text in data)

    methods = {"check_input": moderator.check_input, "clean_output": moderator.clean_output}
    samples: dict[str, dict[str, list[int]]] = {m: {"all": [], "en": [], "ru": []} for m in methods}
    for name, fn in methods.items():
        for _ in range(3):  # warm-up
            for _, text in data:
                fn(text)
        clock = time.perf_counter_ns
        for _ in range(args.rounds):
            for lang, text in data:
                start = clock()
                fn(text)
                elapsed = clock() - start
                samples[name]["all"].append(elapsed)
                samples[name][lang].append(elapsed)

    lengths = [len(text) for _, text in data]
    result = {
        "sentences": len(data),
        "rounds": args.rounds,
        "mean_chars": round(statistics.mean(lengths), 1),
        "min_chars": min(lengths),
        "max_chars": max(lengths),
        "flagged": flagged,
        "changed_by_clean_output": changed,
        "build_ms": round(build_ms, 1),
        "target_p95_us": TARGET_US,
        "results": {
            name: {group: _stats(values) for group, values in groups.items()}
            for name, groups in samples.items()
        },
        "python": platform.python_version(),
        "machine": platform.machine(),
        "platform": platform.platform(),
    }

    print(
        f"{len(data)} sentences ({result['min_chars']}-{result['max_chars']} chars,"
        f" mean {result['mean_chars']}),"
        f" {flagged} flagged, {args.rounds} rounds; Moderator() took {build_ms:.1f} ms"
    )
    print(f"{'method':<14}{'set':<6}{'median us':>11}{'p95 us':>10}{'max us':>10}")
    for name, groups in result["results"].items():
        for group, st in groups.items():
            print(
                f"{name:<14}{group:<6}{st['median_us']:>11.1f}{st['p95_us']:>10.1f}"
                f"{st['max_us']:>10.1f}"
            )
    worst = max(groups["all"]["p95_us"] for groups in result["results"].values())
    print(f"p95 target {TARGET_US:.0f} us: {'met' if worst < TARGET_US else 'MISSED'}")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")


if __name__ == "__main__":
    main()
