"""TagParser: avatar cues, think blocks and stage directions out of a token stream."""

from __future__ import annotations

import random

import pytest

from app.llm.tags import (
    MAX_STAGE_CHARS,
    MAX_TAG_CHARS,
    DroppedTag,
    Emotion,
    Motion,
    Piece,
    TagParser,
    Text,
)

EMOTIONS = ("happy", "sad", "Surprised", "very_happy")
MOTIONS = ("wave", "nod", "head-tilt")


def make() -> TagParser:
    return TagParser(EMOTIONS, MOTIONS)


def merged(pieces: list[Piece]) -> list[Piece]:
    """Join adjacent texts, so results of different chunkings can be compared."""
    out: list[Piece] = []
    for piece in pieces:
        if isinstance(piece, Text) and out and isinstance(out[-1], Text):
            out[-1] = Text(out[-1].text + piece.text)
        else:
            out.append(piece)
    return out


def run(chunks: list[str], parser: TagParser | None = None) -> list[Piece]:
    parser = parser or make()
    pieces: list[Piece] = []
    for chunk in chunks:
        pieces += parser.feed(chunk)
    pieces += parser.flush()
    return merged(pieces)


def parse(text: str) -> list[Piece]:
    return run([text])


def text_of(pieces: list[Piece]) -> str:
    return "".join(p.text for p in pieces if isinstance(p, Text))


def random_chunks(text: str, rng: random.Random, max_len: int = 6) -> list[str]:
    chunks, i = [], 0
    while i < len(text):
        size = rng.randint(1, max_len)
        chunks.append(text[i : i + size])
        i += size
    return chunks


# --- tags --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "piece"),
    [
        ("[emotion: happy]", Emotion("happy")),
        ("[emotion:happy]", Emotion("happy")),
        ("[Emotion: Happy]", Emotion("happy")),
        ("[EMOTION:HAPPY]", Emotion("happy")),
        ("[ emotion : sad ]", Emotion("sad")),
        ("[emotion: surprised]", Emotion("Surprised")),
        ("[emotion: very_happy]", Emotion("very_happy")),
        ("[motion: wave]", Motion("wave")),
        ("[Motion:Nod]", Motion("nod")),
        ("[motion: head-tilt]", Motion("head-tilt")),
        ("[happy]", Emotion("happy")),
        ("[Happy]", Emotion("happy")),
        ("[wave]", Motion("wave")),
        ("[ nod ]", Motion("nod")),
    ],
)
def test_known_tags(raw: str, piece: Piece) -> None:
    assert parse(raw) == [piece]
    assert parse(f"Hi {raw} there") == [Text("Hi "), piece, Text(" there")]


@pytest.mark.parametrize(
    "raw",
    [
        "[emotion: furious]",
        "[emotion: wave]",  # a motion is not an emotion
        "[motion: happy]",
        "[foo: bar]",
        "[Note: this is a long remark]",
        "[emotion:]",
        "[emotion: happy, motion: wave]",
        "[laughs]",  # an unknown one-word cue
        "[emotion_happy]",
    ],
)
def test_unknown_tags_are_dropped(raw: str) -> None:
    assert parse(f"Hi {raw} there") == [Text("Hi "), DroppedTag(raw), Text(" there")]


@pytest.mark.parametrize(
    "text",
    [
        "See [1] and [2].",
        "[citation needed]",
        "[10:30] meeting",
        "empty [] brackets",
        "an [ unclosed bracket",
        "a [ newline\n] inside",
        "ends with [",
        "x[y",
        "[" + "a" * (MAX_TAG_CHARS + 5) + "]",
        "[emotion: " + "x" * MAX_TAG_CHARS + "]",
        "[3 happy]",
    ],
)
def test_brackets_that_are_not_tags_are_text(text: str) -> None:
    assert parse(text) == [Text(text)]


def test_tag_length_limit_is_inclusive() -> None:
    name = "a" * MAX_TAG_CHARS
    assert parse(f"[{name}]") == [DroppedTag(f"[{name}]")]
    assert parse(f"[{name}b]") == [Text(f"[{name}b]")]


def test_known_name_that_is_not_a_plain_word() -> None:
    parser = TagParser(["very happy", "3d"], [])
    assert run(["[very happy] ok"], parser) == [Emotion("very happy"), Text(" ok")]
    assert run(list("[3d] ok"), parser) == [Emotion("3d"), Text(" ok")]


def test_bracket_inside_bracket() -> None:
    assert parse("[[happy] hi") == [Text("["), Emotion("happy"), Text(" hi")]
    assert parse("[a [wave]") == [Text("[a "), Motion("wave")]


def test_several_tags_and_text_order() -> None:
    text = "[emotion: happy][motion: wave]Hello! [sad]Oh no. [emotion: angry]"
    assert parse(text) == [
        Emotion("happy"),
        Motion("wave"),
        Text("Hello! "),
        Emotion("sad"),
        Text("Oh no. "),
        DroppedTag("[emotion: angry]"),
    ]


# --- think blocks ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<think>Let me see [happy] *x*</think>Hello!", "Hello!"),
        ("<think>\nhmm\n</think>\n\nHello!", "\n\nHello!"),
        ("Hi <think>secret</think> there", "Hi  there"),
        ("<THINK>a</Think>b", "b"),
        ("<thinking>a</thinking>b", "b"),
        ("<think>never closed, nothing here is text. [happy]", ""),
        ("<think></think>", ""),
        ("a</think>b", "ab"),  # a stray closing marker is removed
        ("<think>a</think>b<think>c</think>d", "bd"),
        ("I <3 you", "I <3 you"),
        ("a < b and c <= d", "a < b and c <= d"),
        ("<b>bold</b> <thin", "<b>bold</b> <thin"),
        ("<", "<"),
    ],
)
def test_think_blocks(text: str, expected: str) -> None:
    pieces = parse(text)
    assert text_of(pieces) == expected
    assert all(isinstance(p, Text) for p in pieces)


def test_cues_inside_think_are_ignored() -> None:
    assert parse("<think>[emotion: sad]</think>[happy]Hi") == [Emotion("happy"), Text("Hi")]


def test_unclosed_think_swallows_rest_of_stream_but_not_next_reply() -> None:
    parser = make()
    assert parser.feed("<think>I should") == []
    assert parser.feed(" say hi. [happy] *waves*") == []
    assert parser.flush() == []
    assert parser.feed("Hello") == [Text("Hello")]


def test_think_close_split_across_pieces() -> None:
    chunks = ["<thi", "nk>abc</", "thi", "nk", ">Hi"]
    assert run(chunks) == [Text("Hi")]


# --- stage directions --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("*waves*", ""),
        ("Hi! *waves* How are you?", "Hi!  How are you?"),
        ("*tilts head curiously* Really?", " Really?"),
        ("*waves* and *smiles*", " and "),
        ('"Hi," *she says*.', '"Hi," .'),
        ("5 * 3 = 15", "5 * 3 = 15"),
        ("2*3*4", "2*3*4"),
        ("a*b*c", "a*b*c"),
        ("* list item", "* list item"),
        ("**bold** text", "**bold** text"),
        ("***", "***"),
        ("*sigh never closed", "*sigh never closed"),
        ("*not\nclosed* here", "*not\nclosed* here"),
        ("*a *b* c", " c"),  # the first closing asterisk after a non-space ends it
        ("*a * b*", ""),
        ("*", "*"),
        ("x *", "x *"),
        ("*" + "w" * MAX_STAGE_CHARS + "*", ""),
        ("*" + "w" * (MAX_STAGE_CHARS + 1) + "*", "*" + "w" * (MAX_STAGE_CHARS + 1) + "*"),
    ],
)
def test_stage_directions(text: str, expected: str) -> None:
    assert text_of(parse(text)) == expected


def test_cues_inside_stage_direction_are_kept() -> None:
    pieces = parse("Hi *[happy] waves [foo: x]* there")
    assert pieces == [Text("Hi "), Emotion("happy"), DroppedTag("[foo: x]"), Text(" there")]


def test_stage_direction_right_after_a_tag() -> None:
    assert parse("[happy]*giggles* Hi") == [Emotion("happy"), Text(" Hi")]


# --- streaming ---------------------------------------------------------------------


def test_tag_split_across_pieces() -> None:
    parser = make()
    assert parser.feed("[emo") == []
    assert parser.feed("tion: ha") == []
    assert parser.feed("ppy] Hi") == [Emotion("happy"), Text(" Hi")]
    assert parser.flush() == []


def test_plain_text_is_emitted_immediately() -> None:
    parser = make()
    assert parser.feed("Hello") == [Text("Hello")]
    assert parser.feed(" there, friend") == [Text(" there, friend")]
    assert parser.feed(". 5 - 3 > 1") == [Text(". 5 - 3 > 1")]


def test_only_a_possible_start_of_markup_is_held() -> None:
    parser = make()
    assert parser.feed("Hi [") == [Text("Hi ")]
    assert parser.feed("1") == [Text("[1")]  # a digit cannot start a tag
    assert parser.feed("] ok <") == [Text("] ok ")]
    assert parser.feed("t") == []  # "<t" may become "<think>"
    assert parser.feed("a") == [Text("<ta")]
    assert parser.feed(" and *") == [Text(" and ")]
    assert parser.feed(" ") == [Text("* ")]
    assert parser.feed("*w") == []
    assert parser.feed("ave*") == []
    assert parser.feed("!") == [Text("!")]
    assert parser.feed("[citation ") == []
    assert parser.feed("n") == [Text("[citation n")]
    assert parser.flush() == []


def test_unclosed_bracket_is_released_after_the_limit() -> None:
    parser = make()
    assert parser.feed("[emotion: ") == []
    out = parser.feed("x" * MAX_TAG_CHARS)
    assert text_of(out) == "[emotion: " + "x" * MAX_TAG_CHARS


def test_flush_releases_held_text_and_resets() -> None:
    parser = make()
    assert parser.feed("Bye [emo") == [Text("Bye ")]
    assert parser.flush() == [Text("[emo")]
    assert parser.feed("<thi") == []
    assert parser.flush() == [Text("<thi")]
    assert parser.feed("*sm") == []
    assert parser.flush() == [Text("*sm")]
    assert parser.feed("[happy]") == [Emotion("happy")]


def test_empty_feed() -> None:
    parser = make()
    assert parser.feed("") == []
    assert parser.flush() == []


# --- any chunking gives the same result --------------------------------------------

EXAMPLES = [
    "[emotion: happy] Hi there! [motion: wave] How are you?",
    "<think>The user greets me. I'll be [happy].</think>\n[happy]Hello!",
    "<think>never closed [happy] text",
    "Sure *nods* [emotion: furious] I [1] think [foo: bar] 5 * 3 is 15.",
    "[Emotion: Happy]Hi[wave]! *giggles softly* [sad] Oh. **really** <3 2*3*4",
    "[citation needed] and [a very long bracket that never closes at all, really",
    "a</think>b <thinking>x</thinking>c *unclosed stage direction",
    "Ура! [emotion: happy] Привет, *машет рукой* как дела? [радость]",
    "[[happy]] [] [ ] [:] [emotion : sad ] [nod]*x*[wave]",
]

EXPECTED = {
    EXAMPLES[0]: [
        Emotion("happy"),
        Text(" Hi there! "),
        Motion("wave"),
        Text(" How are you?"),
    ],
    EXAMPLES[3]: [
        Text("Sure  "),
        DroppedTag("[emotion: furious]"),
        Text(" I [1] think "),
        DroppedTag("[foo: bar]"),
        Text(" 5 * 3 is 15."),
    ],
    EXAMPLES[7]: [
        Text("Ура! "),
        Emotion("happy"),
        Text(" Привет,  как дела? "),
        DroppedTag("[радость]"),
    ],
}


@pytest.mark.parametrize("text", EXAMPLES)
def test_chunking_does_not_change_the_result(text: str) -> None:
    whole = parse(text)
    if text in EXPECTED:
        assert whole == EXPECTED[text]
    assert run(list(text)) == whole
    rng = random.Random(text)
    for _ in range(30):
        assert run(random_chunks(text, rng)) == whole


FRAGMENTS: list[tuple[str, list[Piece]]] = [
    ("Hello", [Text("Hello")]),
    ("there,", [Text("there,")]),
    ("5 * 3", [Text("5 * 3")]),
    ("[1]", [Text("[1]")]),
    ("[see above]", [Text("[see above]")]),
    ("a<b", [Text("a<b")]),
    ("**b**", [Text("**b**")]),
    ("[emotion: happy]", [Emotion("happy")]),
    ("[Motion:Wave]", [Motion("wave")]),
    ("[nod]", [Motion("nod")]),
    ("[emotion: angry]", [DroppedTag("[emotion: angry]")]),
    ("[x: y]", [DroppedTag("[x: y]")]),
    ("*waves*", []),
    ("*smiles [sad]*", [Emotion("sad")]),
    ("<think>hm [happy] *x*</think>", []),
    ("Привет!", [Text("Привет!")]),
]


def test_random_streams_of_fragments() -> None:
    rng = random.Random(1234)
    for _ in range(300):
        chosen = [rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 8))]
        text = " ".join(raw for raw, _ in chosen)
        expected: list[Piece] = []
        for k, (_, pieces) in enumerate(chosen):
            if k:
                expected.append(Text(" "))
            expected += pieces
        expected = merged(expected)
        assert parse(text) == expected, text
        assert run(list(text)) == expected, text
        assert run(random_chunks(text, rng, max_len=10)) == expected, text
