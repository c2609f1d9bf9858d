"""Moderation: word lists (EN/RU), evasions, false positives, custom rules, leaks and
anti-repetition (app/moderation)."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest

from app.moderation import (
    LISTS_DIR,
    ModerationConfigError,
    Moderator,
    RepetitionGuard,
    Verdict,
    looks_like_leak,
)


@pytest.fixture(scope="module")
def mod() -> Moderator:
    return Moderator()


@pytest.fixture(scope="module")
def spicy() -> Moderator:
    return Moderator(spicy=True)


# --------------------------------------------------------------------------- false positives

EN_TRAPS = [
    "Scunthorpe", "assassin", "class", "cocktail", "grape", "shiitake", "Dickens",
    "passion", "analysis", "therapist", "butterfly", "hello", "Sussex", "cumulative",
    "title", "Essex", "Middlesex", "assess", "bass", "glass", "cockpit", "peacock",
    "Hancock", "Cockburn", "cocky", "cockroach", "Dickinson", "pussycat", "shitake",
    "Matsushita", "pistol", "Pissarro", "arsenal", "arsenic", "Penistone", "Wankel",
    "Fukushima", "cunning", "raccoon", "rapeseed", "drape", "spicy", "spices",
    "Pakistan", "Nigeria", "niggardly", "snigger", "Fagin", "retardant", "damning",
    "crapshoot", "booby", "Titicaca", "document", "circumstance", "homework", "ebay",
    "Ebola", "scrap", "shell", "Michelle", "classic", "compass", "embarrass",
]  # fmt: skip

RU_TRAPS = [
    "употреблять", "скипидар", "застрахуйте", "оскорблять", "хлебать", "сукно",
    "команда", "мандарин", "психика", "колебаться", "учебник", "требовать", "рубля",
    "потребитель", "страхуй", "хлеб", "сукровица", "мандат", "мандолина", "мандраж",
    "корабля", "небо", "небеса", "себе", "тебе", "ребенок", "гребень", "погреб",
    "вебинар", "веб", "победа", "обед", "художник", "худой", "хутор", "хулиган",
    "хурма", "похуже", "похудеть", "страховка", "трахея", "херес", "Херсон", "херувим",
    "мудрый", "премудрый", "педиатр", "педикюр", "педаль", "хачапури", "хачу",
    "жидкий", "жидкость", "Нигерия", "Нигер", "сравнить", "сражение", "странный",
    "Сретение", "опорный", "упорный", "запорный", "напорный", "бляха", "бляшка",
    "сучковатый", "сучья", "посуда", "досуг", "суккуб", "командир", "мандрагора",
    "спица", "поездка", "нахлебник", "охрана", "захудалый", "ухудшить", "прохудиться",
    "говорить", "говядина", "срам", "посрамить", "отсрочка", "рассрочка", "сруб",
    "срубить", "шлюз", "шлюпка", "шалаш", "минута", "порог", "гандбол", "мраморный",
    "гомеопатия", "пиджак", "дебет", "дебил", "гребля", "убегать", "недоедать",
    "подъезд", "съёмка", "отъезд", "обезьяна", "касса", "ссылка", "ёлка", "дрочёна",
]  # fmt: skip

CLEAN_SENTENCES = [
    "The assassin from Scunthorpe ordered a cocktail and some shiitake in class.",
    "I'm reading Dickens with passion; my therapist loves the analysis!",
    "A butterfly landed on the grape vine in Sussex, hello there.",
    "The cumulative title of the season goes to the Arsenal team.",
    "Let's spice things up: spicy ramen and a cockpit tour of the Cockburn hangar!",
    "Hi chat! Thanks for the raid, and welcome to everyone new.",
    "Я люблю употреблять мандарин, а скипидар хранить подальше.",
    "Застрахуйте машину, иначе придётся хлебать последствия из учебника.",
    "Не надо оскорблять команду и требовать рубля за психику.",
    "Сукно колебаться не будет, это херес из Херсона.",
    "Небо сегодня ясное, ребята, победа будет за нами!",
    "Oh wow, 4 new followers in 5 minutes, you're amazing <3",
    "*giggles* okay okay, #1 fan of the stream!!",
    "Email me at a.b.c@example.com, or try the Galaxy A55.",
    "  Leading and trailing spaces stay.  ",
    "Tabs\tand\nnewlines — and “quotes” — stay too…",
]


@pytest.mark.parametrize("word", EN_TRAPS + RU_TRAPS)
def test_trap_words_are_not_flagged(mod: Moderator, word: str) -> None:
    assert mod.check_input(word) == Verdict(False)
    for sentence in (word, f"I said {word}.", f"{word.upper()}!"):
        cleaned, verdict = mod.clean_output(sentence)
        assert cleaned is sentence
        assert not verdict.blocked


@pytest.mark.parametrize("sentence", CLEAN_SENTENCES)
def test_clean_sentences_come_back_unchanged(mod: Moderator, sentence: str) -> None:
    assert not mod.check_input(sentence).blocked
    cleaned, verdict = mod.clean_output(sentence)
    assert cleaned is sentence
    assert verdict == Verdict(False, (), ())


# --------------------------------------------------------------------------- blocking

EN_BAD = {
    "fuck": "en:profanity",
    "What the FUCK": "en:profanity",
    "fucking hell": "en:profanity",
    "motherfuckers": "en:profanity",
    "this is bullshit": "en:profanity",
    "you little shit": "en:profanity",
    "shitty stream": "en:profanity",
    "bitches": "en:profanity",
    "asshole": "en:profanity",
    "kiss my ass": "en:profanity",
    "you dumbass": "en:profanity",
    "dicks": "en:profanity",
    "cunts": "en:profanity",
    "wanker": "en:profanity",
    "I'm pissed": "en:profanity",
    "porn": "en:sexual",
    "pornography": "en:sexual",
    "blowjob": "en:sexual",
    "slutty": "en:sexual",
    "whores": "en:sexual",
    "go jerk off": "en:sexual",
    "niggers": "en:hard",
    "nigga": "en:hard",
    "faggot": "en:hard",
    "retards": "en:hard",
    "kill yourself": "en:hard",
    "sieg heil!": "en:hard",
}

EN_EVASIONS = [
    "fuuuuuck", "fuuck", "FuUuCk", "f.u.c.k", "f-u-c-k", "f u c k", "f_u_c_k",
    "f*ck", "f**k", "f#ck", "sh*t", "a**hole", "b*tch", "sh1t", "5hit", "sh!t",
    "@$$", "a$$", "a$$hole", "b1tch", "phuck", "c0ck",
    "fuсk", "ѕhіt", "shіt", "fυck", "ｆｕｃｋ", "fück", "fu\u200bck", "f\u00aduck",
    "biiiitch", "asssss", "shiiiit", "ni99er",
]  # fmt: skip

RU_BAD = {
    "блять": "ru:profanity",
    "Бля, опять": "ru:profanity",
    "сука": "ru:profanity",
    "суки": "ru:profanity",
    "хуй": "ru:profanity",
    "нахуй": "ru:profanity",
    "похуй": "ru:profanity",
    "нихуя": "ru:profanity",
    "хуйня": "ru:profanity",
    "охуеть": "ru:profanity",
    "ахуеть": "ru:profanity",
    "охуенный": "ru:profanity",
    "пизда": "ru:profanity",
    "пиздец": "ru:profanity",
    "распиздяй": "ru:profanity",
    "спиздил": "ru:profanity",
    "ебать": "ru:profanity",
    "ёбаный": "ru:profanity",
    "заебал": "ru:profanity",
    "выебываться": "ru:profanity",
    "отъебись": "ru:profanity",
    "съебался": "ru:profanity",
    "разъебай": "ru:profanity",
    "недоебанный": "ru:profanity",
    "долбоёб": "ru:profanity",
    "блядство": "ru:profanity",
    "мудак": "ru:profanity",
    "мудила": "ru:profanity",
    "жопа": "ru:profanity",
    "говно": "ru:profanity",
    "насрать": "ru:profanity",
    "обосрался": "ru:profanity",
    "херня": "ru:profanity",
    "охереть": "ru:profanity",
    "cyka blyat": "ru:profanity",
    "шлюха": "ru:sexual",
    "дрочить": "ru:sexual",
    "подрочить": "ru:sexual",
    "трахнуть": "ru:sexual",
    "затрахал": "ru:sexual",
    "порно": "ru:sexual",
    "пидор": "ru:hard",
    "пидорасы": "ru:hard",
    "жиды": "ru:hard",
    "хачики": "ru:hard",
    "хайль гитлер": "ru:hard",
}

RU_EVASIONS = [
    "БЛЯТЬ", "СуКа", "бляяяяять", "сууука", "хуууй", "х*й", "п*здец", "бл*ть",
    "х у й", "х.у.й", "х-у-й", "xуй", "xyй", "пиzда", "пиздеc", "6ля", "6лядь", "еbать",
    "cукa", "н@хуй", "ху\u200bй", "ёб", "Ёбаный",
]  # fmt: skip


@pytest.mark.parametrize(("text", "reason"), list(EN_BAD.items()) + list(RU_BAD.items()))
def test_listed_terms_are_blocked(mod: Moderator, text: str, reason: str) -> None:
    verdict = mod.check_input(text)
    assert verdict.blocked
    assert reason in verdict.reasons
    assert all(m in text for m in verdict.matches)


@pytest.mark.parametrize("text", EN_EVASIONS + RU_EVASIONS)
def test_evasions_are_blocked(mod: Moderator, text: str) -> None:
    verdict = mod.check_input(f"well {text} then")
    assert verdict.blocked, text
    assert verdict.matches == (text,)


def test_verdict_lists_reasons_and_matches_in_order(mod: Moderator) -> None:
    verdict = mod.check_input("Fuck this, сука, and f.u.c.k that porn, блять")
    assert verdict.blocked
    assert verdict.reasons == ("en:profanity", "ru:profanity", "en:sexual")
    assert verdict.matches == ("Fuck", "сука", "f.u.c.k", "porn", "блять")


def test_lookalikes_need_their_own_script(mod: Moderator) -> None:
    # Latin-only words are never read as Cyrillic mat (and vice versa)
    for text in ("ebay", "Ebola", "xyu", "hyi", "cyka"):
        assert mod.check_input(text).blocked is (text == "cyka")
    assert not mod.check_input("рок сосок").blocked


def test_masks_and_digits_need_real_letters(mod: Moderator) -> None:
    assert not mod.check_input("f***").blocked
    assert not mod.check_input("****").blocked
    assert not mod.check_input("A55").blocked  # a phone, not "ass"
    assert mod.check_input("f**k").blocked


def test_spicy_blocks_only_hard_terms(spicy: Moderator) -> None:
    for text in ("fuck", "what the fuck", "блять", "сука", "porn", "шлюха"):
        assert not spicy.check_input(text).blocked
        assert spicy.clean_output(text) == (text, Verdict(False))
    for text in ("nigger", "faggots", "пидор", "kill yourself"):
        assert spicy.check_input(text).blocked
        assert spicy.clean_output(f"you {text}")[0] == ""
    assert spicy.spicy


# --------------------------------------------------------------------------- cleaning


@pytest.mark.parametrize(
    ("said", "cleaned"),
    [
        ("This is fucking great!", "This is freaking great!"),
        ("Holy shit, look at that!", "Holy shoot, look at that!"),
        ("What an asshole move.", "What a jerk move."),
        ("That's a f*cking shame.", "That's a freaking shame."),
        ("FUCK!", "HECK!"),
        ("Ну ты и мудак, конечно.", "Ну ты и, конечно."),
        ("Мудак, иди сюда!", "Иди сюда!"),
        ("Блять, опять проиграли.", "Блин, опять проиграли."),
        ("Это пиздец, ребята", "Это капец, ребята"),
        ("Мне похуй.", "Мне пофиг."),
        ("Well, twat.", "Well."),
        ("Wow. Twat, that hurt.", "Wow. That hurt."),
        ("Oh (twat) no", "Oh no"),
        ("  You twat  ", "  You  "),
        ("twat twat twat", ""),
        ("Twat!", ""),
    ],
)
def test_clean_output_replaces_or_removes(mod: Moderator, said: str, cleaned: str) -> None:
    out, verdict = mod.clean_output(said)
    assert out == cleaned
    assert verdict.blocked
    assert verdict.reasons


def test_clean_output_drops_clauses_with_hard_terms(mod: Moderator) -> None:
    out, verdict = mod.clean_output("Those people are niggers, honestly.")
    assert out == ""
    assert verdict.blocked and verdict.reasons == ("en:hard",)
    keep = Moderator(drop_hard_clauses=False)
    assert keep.clean_output("Those people are niggers, honestly.")[0] == (
        "Those people are, honestly."
    )


# --------------------------------------------------------------------------- custom rules


def test_extra_words_patterns_and_allow_words(tmp_path: Path) -> None:
    mod = Moderator(
        extra_words=["poop*", "вонючк", "buy followers"],
        extra_patterns=[r"discord\.gg/\w+", r"\bfree\s+robux\b"],
        allow_words=["dick", "pornhub*"],
    )
    assert mod.check_input("you poopyhead").reasons == ("custom:word",)
    assert mod.check_input("p00p").blocked
    assert mod.check_input("ты вонючки").blocked  # a plain stem takes the list's endings
    assert mod.check_input("wanna BUY FOLLOWERS?").matches == ("BUY FOLLOWERS",)
    verdict = mod.check_input("join discord.gg/abc123 for Free Robux")
    assert verdict.reasons == ("custom:pattern",)
    assert verdict.matches == ("discord.gg/abc123", "Free Robux")
    assert mod.clean_output("see discord.gg/abc123 now")[0] == "see now"
    assert not mod.check_input("Moby Dick is a novel").blocked
    assert Moderator().check_input("Moby Dick is a novel").blocked  # a known false positive
    assert mod.check_input("fuck").blocked


def test_bad_pattern_names_it() -> None:
    with pytest.raises(ModerationConfigError, match=r"extra_patterns\[1\].*'\(unclosed'"):
        Moderator(extra_patterns=["ok", "(unclosed"])
    with pytest.raises(ModerationConfigError, match="matches empty text"):
        Moderator(extra_patterns=["x*"])
    with pytest.raises(ModerationConfigError, match=r"extra_words\[0\]"):
        Moderator(extra_words=["f.ck"])
    with pytest.raises(ModerationConfigError, match=r"extra_words\[0\].*mix"):
        Moderator(extra_words=["fuсk"])  # Cyrillic "с"


def test_broken_list_file_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "xx.yaml"
    bad.write_text("categories:\n  profanity:\n    - ok\n    - bad word!\n", encoding="utf-8")
    with pytest.raises(ModerationConfigError, match=r"xx\.yaml:4: bad entry 'bad word!'"):
        Moderator(languages=["xx"], lists_dir=tmp_path)
    bad.write_text("categories:\n  hard: [a, b\n", encoding="utf-8")
    with pytest.raises(ModerationConfigError, match=r"xx\.yaml:\d+: invalid YAML"):
        Moderator(languages=["xx"], lists_dir=tmp_path)
    bad.write_text("language: xx\nwords: []\n", encoding="utf-8")
    with pytest.raises(ModerationConfigError, match=r"xx\.yaml:2: unknown key 'words'"):
        Moderator(languages=["xx"], lists_dir=tmp_path)
    with pytest.raises(ModerationConfigError, match=r"zz\.yaml"):
        Moderator(languages=["zz"], lists_dir=tmp_path)


def test_from_lists_and_own_list_format(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "language: kid\n"
        "endings: ['', s]\n"
        "categories:\n"
        "  hard: [meanie]\n"
        "  silly: [poop*, stinky pants]\n"
        "replacements:\n"
        "  poop: stuff\n",
        encoding="utf-8",
    )
    mod = Moderator.from_lists([path])
    assert mod.check_input("meanies").reasons == ("kid:hard",)
    assert mod.check_input("STINKY PANTS").reasons == ("kid:silly",)
    assert mod.clean_output("what poop") == ("what stuff", mod.check_input("poop"))
    assert not mod.check_input("fuck").blocked  # only this list
    assert not Moderator.from_lists([path], spicy=True).check_input("poop").blocked


def test_bundled_lists_parse_and_stay_moderate() -> None:
    for lang in ("en", "ru"):
        text = (LISTS_DIR / f"{lang}.yaml").read_text(encoding="utf-8")
        assert text.startswith("#")
        Moderator(languages=[lang])
    assert Moderator(languages=["en"]).check_input("fuck").blocked
    assert not Moderator(languages=["en"]).check_input("блять").blocked


def test_checks_are_fast(mod: Moderator) -> None:
    clauses = [
        "Oh wow, thank you so much for the follow, Mika! I hope you enjoy the stream.",
        "Привет всем! Сегодня мы будем играть в новую игру и общаться с чатом.",
        "What the fuck was that jump, I swear the hitbox is totally broken!!",
    ]
    times = []
    for _ in range(300):
        for clause in clauses:
            t0 = time.perf_counter()
            mod.check_input(clause)
            mod.clean_output(clause)
            times.append((time.perf_counter() - t0) / 2)
    # the target is < 0.2 ms; the bound is loose so a busy test machine does not flake
    assert statistics.median(times) < 1e-3


# --------------------------------------------------------------------------- leaks

SECRET = (
    "## Memory\n- Mika has a grey cat called Pixel who sleeps on the keyboard every night.\n"
    "## Relationship\nMika is a regular viewer, friendly, trust 0.8."
)


@pytest.mark.parametrize(
    "clause",
    [
        "## Memory",
        "Okay! ## Relationship: Mika is a regular viewer.",
        "[memory about Mika] has a grey cat",
        "about=twitch:mika importance: 0.9",
        "importance: high",
        'Sure: {"viewer": "mika", "trust": 0.8}',
        '["cat", "keyboard", "night"]',
        "created_at: 2024-05-01",
        "so twitch:mika told me",
        "You know, Mika has a grey cat called pixel who sleeps on the keyboard!",
        "Mika... has a GREY cat, called Pixel, who sleeps on the keyboard.",
    ],
)
def test_leaks_are_spotted(clause: str) -> None:
    assert looks_like_leak(clause, secrets=[SECRET])


@pytest.mark.parametrize(
    "clause",
    [
        "I remember you said your cat is called Pixel!",
        "My memory is terrible, haha.",
        "Let's talk about Twitch: it's such a fun place.",
        "What about the keyboard? Is it new?",
        "The score is 3 to 2, importance aside.",
        "I'm #1 at this game, no doubt!",
        "Pixel sleeps on the keyboard? That's adorable, Mika.",
        "Я помню, что у тебя есть кот!",
        "",
    ],
)
def test_normal_speech_is_not_a_leak(clause: str) -> None:
    assert not looks_like_leak(clause, secrets=[SECRET])


def test_leak_without_secrets_uses_only_the_shape() -> None:
    text = "Mika has a grey cat called Pixel who sleeps on the keyboard"
    assert not looks_like_leak(text)
    assert looks_like_leak(text, secrets=(SECRET,))


# --------------------------------------------------------------------------- repetition


def test_repetition_guard_refuses_near_duplicates() -> None:
    guard = RepetitionGuard()
    guard.remember("Oh wow, thank you so much for the follow! I really love this chat.")
    assert not guard.allow("Thank you so much for the follow!")
    assert not guard.allow("THANK YOU so much, for the follow")
    assert not guard.allow("i really love this chat")
    assert guard.allow("Thank you for the raid, that was so unexpected!")
    assert guard.allow("Yes!")  # short clauses always pass
    assert guard.allow("Oh wow.")
    guard.remember("Yes! Yes! Yes!")
    assert guard.allow("Yes! Yes!")


def test_repetition_guard_threshold_and_window() -> None:
    guard = RepetitionGuard(recent_replies=2, min_words=4, threshold=0.8)
    long = "we are going to fight the dragon at the top of the tower tonight"
    guard.remember(long + ".")
    assert not guard.allow("We are going to fight the dragon at the top of the tower tonight!")
    # one word changed in a long sentence: still a near-duplicate
    assert not guard.allow("we are going to fight the dragon at the top of the tower today")
    # shares a phrase only
    assert guard.allow("we are going to bake cookies instead")
    guard.remember("Something else entirely, my friends.")
    guard.remember("And a third reply pushes the first out.")
    assert guard.allow(long)
    guard.clear()
    assert guard.allow("And a third reply pushes the first out.")
    assert guard.recent_openers() == []


def test_repetition_guard_openers() -> None:
    guard = RepetitionGuard()
    guard.remember("Oh my gosh, that was close!")
    guard.remember("Hehe, okay okay, you win.")
    guard.remember("")
    guard.remember("Well... I guess so.")
    assert guard.recent_openers() == ["Well I guess", "Hehe okay okay", "Oh my gosh"]
    assert guard.recent_openers(1) == ["Well I guess"]
    assert guard.recent_openers(0) == []


def test_repetition_guard_validates_arguments() -> None:
    with pytest.raises(ValueError):
        RepetitionGuard(recent_replies=0)
    with pytest.raises(ValueError):
        RepetitionGuard(threshold=0)
    with pytest.raises(ValueError):
        RepetitionGuard(min_words=0)
