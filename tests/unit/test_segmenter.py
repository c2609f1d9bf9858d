"""ClauseSegmenter: where a streamed reply is cut into clauses for the TTS."""

from __future__ import annotations

import itertools
import random

import pytest

from app.speech.segmenter import ClauseSegmenter, base_language


def run(chunks: list[str], seg: ClauseSegmenter | None = None, **kwargs) -> list[str]:
    seg = seg or ClauseSegmenter(**kwargs)
    out: list[str] = []
    for chunk in chunks:
        out += seg.feed(chunk)
    return out + seg.flush()


def split(text: str, **kwargs) -> list[str]:
    return run([text], **kwargs)


def norm(text: str) -> str:
    return " ".join(text.split())


def random_chunks(text: str, rng: random.Random, max_len: int = 8) -> list[str]:
    chunks, i = [], 0
    while i < len(text):
        size = rng.randint(1, max_len)
        chunks.append(text[i : i + size])
        i += size
    return chunks


def check_chunking(text: str, **kwargs) -> list[str]:
    """The clauses for ``text``, checked to be the same for any chunking and lossless."""
    whole = split(text, **kwargs)
    if any(ch.isalnum() for ch in text):
        assert norm(" ".join(whole)) == norm(text)
    else:
        assert whole == []
    for clause in whole:
        assert clause == clause.strip()
        assert any(ch.isalnum() for ch in clause), whole
    assert run(list(text), **kwargs) == whole
    rng = random.Random(text)
    for _ in range(25):
        assert run(random_chunks(text, rng), **kwargs) == whole
    return whole


# --- the examples from the spec ----------------------------------------------------


def test_abbreviation_price_decimal_stay_in_one_clause() -> None:
    assert check_chunking("Dr. Smith paid $29.99 for 3.5 kg.") == [
        "Dr. Smith paid $29.99 for 3.5 kg."
    ]


def test_two_sentences() -> None:
    assert check_chunking("Hello there! How are you?") == ["Hello there!", "How are you?"]


def test_first_clause_is_cut_after_four_words() -> None:
    text = "one two three four five six seven eight nine ten"
    assert check_chunking(text) == ["one two three four", "five six seven eight nine ten"]


def test_russian_example() -> None:
    text = "Мы встретились в 10:30, т.е. рано. Потом пошли домой!"
    assert check_chunking(text, language="ru") == [
        "Мы встретились в 10:30,",
        "т.е. рано.",
        "Потом пошли домой!",
    ]


# --- sentence ends -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi. Bye.", ["Hi.", "Bye."]),
        ("Really?! No way!!", ["Really?!", "No way!!"]),
        ("What?.. Okay then.", ["What?..", "Okay then."]),
        ('She said "hi!" Then she left.', ['She said "hi!"', "Then she left."]),
        ("(That was fun.) Next one.", ["(That was fun.)", "Next one."]),
        ("«Привет!» Она ушла.", ["«Привет!»", "Она ушла."]),
        ("Wow! Nice.", ["Wow!", "Nice."]),
        ("Hello there .  Next", ["Hello there .", "Next"]),
        ("It works!Really", ["It works!Really"]),  # no space, no break
    ],
)
def test_sentence_ends(text: str, expected: list[str]) -> None:
    assert check_chunking(text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr. Watson met Mr. and Mrs. Hudson on Baker St. today.",
        "Ms. Lee lives in the U.S. now.",
        "It is cats vs. dogs here.",
        "Take fruit e.g. apples or i.e. anything.",
        "J. K. Rowling wrote the books.",
        "Version 1.2.3 fixed it.",
        "Python 3.11 is fast.",
        "Prices went from $29.99 to $1,000,000 overnight.",
        "Meet me at 10:30 sharp.",
        "Visit example.com or mail neiri@example.org today.",
        "See https://example.com/a.b?c=1 for details.",
        "The sum is 3.5 or so.",
        "Call Prof. Oak right now.",
    ],
)
def test_never_split_inside(sentence: str) -> None:
    later = "Then I went home."
    assert check_chunking(f"Hi! {sentence} {later}") == ["Hi!", sentence, later]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bring pens, paper etc. Then we start.", ["Bring pens, paper etc.", "Then we start."]),
        ("Bring pens, paper etc. and then start.", ["Bring pens, paper etc. and then start."]),
        ("I wake at 7 a.m. Then I eat.", ["I wake at 7 a.m.", "Then I eat."]),
        ("I wake at 7 a.m. every day.", ["I wake at 7 a.m. every day."]),
    ],
)
def test_abbreviations_that_may_end_a_sentence(text: str, expected: list[str]) -> None:
    assert check_chunking(f"Ok! {text}") == ["Ok!", *expected]


def test_period_before_digit_is_not_a_sentence_end() -> None:
    seg = ClauseSegmenter()
    assert seg.feed("Hi! The answer is 3.") == ["Hi!"]
    assert seg.feed("5 kg. Ne") == ["The answer is 3.5 kg."]
    assert seg.flush() == ["Ne"]


def test_undecided_punctuation_waits_only_for_the_next_character() -> None:
    seg = ClauseSegmenter()
    assert seg.feed("Hello there.") == []
    assert seg.feed(" ") == []
    assert seg.feed("H") == ["Hello there."]
    assert seg.feed("ow are you,") == []
    assert seg.feed(" ") == []
    assert seg.feed("m") == ["How are you,"]
    assert seg.flush() == ["m"]


def test_ellipsis() -> None:
    assert check_chunking("Hi. I was... thinking of you.") == [
        "Hi.",
        "I was... thinking of you.",
    ]
    assert check_chunking("Hi. Well, I was thinking… maybe not.") == [
        "Hi.",
        "Well, I was thinking…",
        "maybe not.",
    ]
    assert check_chunking("Hi. I don't know... Maybe.") == ["Hi.", "I don't know...", "Maybe."]
    assert check_chunking("Hi. Wait...what?") == ["Hi.", "Wait...what?"]


def test_numbered_list_and_line_breaks() -> None:
    text = "Steps:\n1. Open the app\n2. Click go\n\nDone"
    assert check_chunking(text) == ["Steps:", "1. Open the app", "2. Click go", "Done"]


def test_number_at_sentence_end_is_still_a_sentence_end() -> None:
    assert check_chunking("Ok! I counted to 10. Then I stopped.") == [
        "Ok!",
        "I counted to 10.",
        "Then I stopped.",
    ]


# --- clause punctuation ------------------------------------------------------------


def test_clause_punctuation_needs_three_words() -> None:
    text = "Sure! Yes, of course, I can help; just tell me: what do you need — exactly?"
    assert check_chunking(text) == [
        "Sure!",
        "Yes, of course,",
        "I can help;",
        "just tell me:",
        "what do you need —",
        "exactly?",
    ]


def test_short_first_clause_at_punctuation() -> None:
    assert check_chunking("Well, I think so.") == ["Well,", "I think so."]
    assert check_chunking("Hmm… let me think.") == ["Hmm…", "let me think."]
    assert check_chunking("Oh — hi there.") == ["Oh —", "hi there."]


def test_numbers_with_commas_and_colons_are_not_clause_ends() -> None:
    text = "Ok! It costs 29,99 ₽ or 1,000 yen at 10:30 today, I think."
    assert check_chunking(text, language="ru") == [
        "Ok!",
        "It costs 29,99 ₽ or 1,000 yen at 10:30 today,",
        "I think.",
    ]


def test_dash_inside_word_and_ranges_are_not_clause_ends() -> None:
    text = "Ok! It was well-known, pages 10–20 and—honestly—great."
    assert check_chunking(text) == ["Ok!", "It was well-known,", "pages 10–20 and—honestly—great."]


def test_spaced_hyphen_is_a_dash() -> None:
    assert check_chunking("Ok! I know this place - it is great.") == [
        "Ok!",
        "I know this place -",
        "it is great.",
    ]


# --- the first clause --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Let me tell you about the game.", "Let me tell you"),
        ("I went to the big store.", "I went to the big"),  # not after "the"
        ("I am going to the store.", "I am going to the store."),
        ("I weigh about 35 kg now.", "I weigh about 35 kg"),  # not between number and unit
        ("I paid $29.99 for it yesterday.", "I paid $29.99 for it"),
        ("Let me call Dr. Smith now.", "Let me call Dr. Smith"),  # not after "Dr."
        ("It was J. K. Rowling.", "It was J. K. Rowling."),  # not after initials
        ("So here it is.", "So here it is."),
    ],
)
def test_first_clause_cut(text: str, first: str) -> None:
    clauses = check_chunking(text)
    assert clauses[0] == first
    assert norm(" ".join(clauses)) == text


def test_first_clause_cut_russian() -> None:
    text = "Мы вчера пошли в кино вечером."
    assert check_chunking(text, language="ru") == ["Мы вчера пошли в кино", "вечером."]
    text = "Я думаю, что ты прав и это хорошо."
    assert check_chunking(text, language="ru") == ["Я думаю,", "что ты прав и это хорошо."]
    text = "Ну я не знаю и не хочу."
    assert check_chunking(text, language="ru") == ["Ну я не знаю", "и не хочу."]


def test_first_clause_word_count_setting() -> None:
    text = "one two three four five six"
    assert check_chunking(text, first_clause_max_words=2) == ["one two", "three four five six"]
    assert check_chunking(text, first_clause_max_words=0) == [text]
    assert check_chunking(text, first_clause_max_words=6) == [text]


def test_only_the_first_clause_is_cut_by_words() -> None:
    text = "Hi. one two three four five six seven"
    assert check_chunking(text) == ["Hi.", "one two three four five six seven"]


def test_first_clause_is_emitted_as_soon_as_the_next_word_starts() -> None:
    seg = ClauseSegmenter()
    assert seg.feed("Sure thing my") == []
    assert seg.feed(" friend") == []
    assert seg.feed(" I") == ["Sure thing my friend"]
    assert seg.flush() == ["I"]


def test_segmenter_is_reusable_after_flush() -> None:
    seg = ClauseSegmenter()
    text = "one two three four five six"
    assert run([text], seg) == ["one two three four", "five six"]
    assert run([text], seg) == ["one two three four", "five six"]


# --- length limit ------------------------------------------------------------------


def test_long_clause_is_split_at_last_space_before_limit() -> None:
    words = [f"word{i}" for i in range(60)]
    text = " ".join(words) + "."
    clauses = check_chunking(text, max_clause_chars=50, first_clause_max_words=0)
    assert all(len(c) <= 50 for c in clauses)
    assert len(clauses) > 5
    for clause, following in itertools.pairwise(clauses):
        # the next word would not have fitted
        assert len(clause) + 1 + len(following.split()[0]) > 50


def test_punctuation_before_the_limit_wins() -> None:
    text = "alpha beta gamma, delta epsilon zeta eta theta iota kappa lambda mu"
    clauses = check_chunking(text, max_clause_chars=30, first_clause_max_words=0)
    assert clauses == ["alpha beta gamma,", "delta epsilon zeta eta theta", "iota kappa lambda mu"]


def test_token_longer_than_the_limit_is_cut_hard() -> None:
    text = "x" * 25 + " ok"
    clauses = split(text, max_clause_chars=10)
    assert clauses == ["x" * 10, "x" * 10, "x" * 5 + " ok"]
    assert run(list(text), max_clause_chars=10) == clauses


# --- punctuation and whitespace ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Great! :) See you.", ["Great! :)", "See you."]),
        ("Bye! 😊", ["Bye! 😊"]),
        ("Hi! — Yes?", ["Hi! —", "Yes?"]),
        ('He said. "Go now!"', ["He said.", '"Go now!"']),
        ("Wow! !! Nice.", ["Wow! !!", "Nice."]),
        ("It costs... $5 today.", ["It costs...", "$5 today."]),
        ("... Hello there.", ["... Hello there."]),
        ("  \n Hi!  \n\n  ", ["Hi!"]),
    ],
)
def test_lone_punctuation_joins_a_clause(text: str, expected: list[str]) -> None:
    assert check_chunking(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "...", "!?", " — ", "😊 :)"])
def test_nothing_to_say(text: str) -> None:
    assert split(text) == []
    assert run(list(text)) == []


# --- languages ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "base"),
    [("en", "en"), ("en-US", "en"), ("ru_RU", "ru"), ("RU", "ru"), ("de-DE", "de"), ("", "")],
)
def test_base_language(code: str, base: str) -> None:
    assert base_language(code) == base
    assert ClauseSegmenter(code).language == base


def test_language_variants_use_base_rules() -> None:
    text = "Ok! Call Dr. Smith now."
    assert check_chunking(text, language="en-GB") == ["Ok!", "Call Dr. Smith now."]
    ru = "Ок! Это г. Москва, ул. Ленина. Всё."
    assert check_chunking(ru, language="ru_RU") == ["Ок!", "Это г. Москва,", "ул. Ленина.", "Всё."]


def test_unknown_language_has_no_english_abbreviations() -> None:
    text = "Ok! Call Dr. Smith now."
    assert check_chunking(text, language="de") == ["Ok!", "Call Dr.", "Smith now."]
    # the generic rules still apply
    text = "Ok! J. K. Rowling schrieb 3.5 Bücher um 10:30 Uhr."
    assert check_chunking(text, language="de") == ["Ok!", text[4:]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Да! Яблоки, груши и т.д. Потом сливы.", ["Да!", "Яблоки, груши и т.д.", "Потом сливы."]),
        (
            "Да! Яблоки, груши и т. д. Потом сливы.",
            ["Да!", "Яблоки, груши и т. д.", "Потом сливы."],
        ),
        ("Да! Яблоки и т.п. вещи мы купили.", ["Да!", "Яблоки и т.п. вещи мы купили."]),
        ("Да! Это т. е. почти всё.", ["Да!", "Это т. е. почти всё."]),
        ("Да! Улица им. Пушкина тут.", ["Да!", "Улица им. Пушкина тут."]),
        ("Да! Это было в 2020 г. в мае.", ["Да!", "Это было в 2020 г. в мае."]),
        (
            "Да! Пришли Иванов, Петров и др. Потом ушли.",
            ["Да!", "Пришли Иванов, Петров и др.", "Потом ушли."],
        ),
        ("Да! А. С. Пушкин родился давно.", ["Да!", "А. С. Пушкин родился давно."]),
        ("Да! Цена 29,99 ₽ за 1,5 кг.", ["Да!", "Цена 29,99 ₽ за 1,5 кг."]),
        ("Да! Стоит 100 тыс. рублей. Дорого!", ["Да!", "Стоит 100 тыс. рублей.", "Дорого!"]),
    ],
)
def test_russian_rules(text: str, expected: list[str]) -> None:
    assert check_chunking(text, language="ru") == expected


# --- any chunking gives the same clauses -------------------------------------------

EXAMPLES = [
    ("Dr. Smith paid $29.99 for 3.5 kg. Then he left, happy as ever!", "en"),
    ("Hello there! How are you? I'm Neiri, your local AI VTuber... nice to meet you.", "en"),
    ("Well, honestly? I think that's a great idea — let's do it, okay?! Yes.", "en"),
    ("Version 1.2.3 is out at example.com; see https://example.com/v1.2 for notes.", "en"),
    ('J. K. Rowling said: "Write every day." She meant it, i.e. no excuses.', "en"),
    ("At 10:30 a.m. we met. It cost 1,000,000 yen, e.g. a lot! Wow…", "en"),
    ("Steps:\n1. Open it\n2. Click go\n3. Done!\n\nEasy, right? :)", "en"),
    ("Мы встретились в 10:30, т.е. рано. Потом пошли домой!", "ru"),
    ("Привет! Как дела? Я Нейри, и т.д. и т.п. Ну… ладно, пока!", "ru"),
    ("Цена — 29,99 ₽, а скидка 5%. Ул. Ленина, д. 5, г. Москва.", "ru"),
    ("Hallo! Wie geht's? Ich bin Neiri... schön dich zu sehen.", "de"),
    ("a " * 150 + "end.", "en"),
]


@pytest.mark.parametrize(("text", "language"), EXAMPLES)
def test_chunking_does_not_change_the_clauses(text: str, language: str) -> None:
    clauses = check_chunking(text, language=language)
    assert all(len(c) <= 220 for c in clauses)


TOKENS = [
    "Hello", "there", "Dr.", "Smith", "$29.99", "3.5", "kg.", "1,000", "10:30", "the",
    "to", "and", "a", "etc.", "e.g.", "J.", "K.", "example.com", "Hi!", "Really?!",
    "well,", "so;", "note:", "—", "-", "...", "wait…", '"quoted."', "(aside)", ":)",
    "😊", "1.", "U.S.", "a.m.", "Then", "OK.", "x", "I", "ok?", "«Да!»", "т.е.", "и",
    "т.", "д.", "Потом", "г.", "в", "ул.", "рано.", "!!", "‘hm,’", "word", "tail.",
]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "ru", "xx"])
def test_random_token_soup(language: str) -> None:
    rng = random.Random(f"soup-{language}")
    for _ in range(150):
        parts = []
        for _ in range(rng.randint(1, 40)):
            parts.append(rng.choice(TOKENS))
            parts.append(rng.choice([" ", " ", " ", "  ", "\n", " \n\n"]))
        text = "".join(parts)
        first_words = rng.choice([0, 1, 4, 6])
        max_chars = rng.choice([40, 80, 220])
        kwargs = {
            "language": language,
            "first_clause_max_words": first_words,
            "max_clause_chars": max_chars,
        }
        clauses = check_chunking(text, **kwargs)
        for clause in clauses:
            # a clause may only run long when punctuation had to be attached to it
            assert len(clause) <= max_chars or not clause[max_chars:].strip(" .!?…:)😊—-"), clause
