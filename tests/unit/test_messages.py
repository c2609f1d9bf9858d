"""The engine's sentences for the user (``app.core.messages``): English everywhere a str
is expected, template and arguments kept for the interface, every template collectable
for the translators, and pydantic's errors turned into our own sentences."""

from __future__ import annotations

import ast
import json
import pickle
from pathlib import Path

import pytest
from pydantic import BaseModel, Field, ValidationError, field_validator

from app.config.validation import explain_error
from app.core.messages import Message, joined, message_of, msg, placeholders

ROOT = Path(__file__).resolve().parents[2]


def test_a_message_is_its_english_text_and_keeps_how_it_was_made() -> None:
    m = msg("Cannot reach {url} after {n} tries.", url="http://x", n=3)
    assert m == "Cannot reach http://x after 3 tries."
    assert isinstance(m, str)
    assert m.template == "Cannot reach {url} after {n} tries."
    assert m.args == {"url": "http://x", "n": 3}
    assert f"[{m}]" == "[Cannot reach http://x after 3 tries.]"
    assert json.dumps({"detail": m}) == '{"detail": "Cannot reach http://x after 3 tries."}'
    copy = pickle.loads(pickle.dumps(m))
    assert isinstance(copy, Message) and copy.template == m.template and copy.args == m.args


def test_a_template_without_arguments_keeps_its_braces_literal() -> None:
    assert msg("Use {braces} freely") == "Use {braces} freely"


def test_a_missing_argument_fails_where_the_message_is_made() -> None:
    with pytest.raises(KeyError):
        msg("Cannot reach {url}.", host="x")


def test_message_of_finds_the_message_of_an_exception_or_says_none() -> None:
    m = msg("The model {name} is missing.", name="a")
    assert message_of(m) is m
    assert message_of(ValueError(m)) is m
    assert str(ValueError(m)) == "The model a is missing."
    assert message_of(ValueError("plain")) is None
    assert message_of("plain") is None
    assert message_of(None) is None


def test_joined_keeps_each_part_a_message() -> None:
    one = msg("Must be at least {limit}.", limit=0)
    two = msg("Must be a whole number.")
    both = joined([one, two])
    assert both == "Must be at least 0.; Must be a whole number."
    assert both.args["first"] is one and both.args["second"] is two
    assert joined([one]) is one
    assert joined([]) == ""


class _Sample(BaseModel):
    count: int = Field(0, ge=0, le=10)
    ratio: float = Field(0.5, gt=0, lt=1)
    mode: str = "a"
    name: str = Field("x", min_length=1, max_length=5)

    @field_validator("mode")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in ("a", "b"):
            raise ValueError(msg("Unknown mode {mode}: use a or b.", mode=value))
        return value


@pytest.mark.parametrize(
    ("data", "template", "args"),
    [
        ({"count": -1}, "Must be at least {limit}.", {"limit": 0}),
        ({"count": 11}, "Must be at most {limit}.", {"limit": 10}),
        ({"ratio": 0}, "Must be more than {limit}.", {"limit": 0}),
        ({"ratio": 1.0}, "Must be less than {limit}.", {"limit": 1}),
        ({"count": "many"}, "Must be a whole number.", {}),
        ({"ratio": "half"}, "Must be a number.", {}),
        ({"name": ""}, "Must be at least {count} characters long.", {"count": 1}),
        ({"name": "toolong"}, "Must be at most {count} characters long.", {"count": 5}),
        ({"mode": "c"}, "Unknown mode {mode}: use a or b.", {"mode": "c"}),
    ],
)
def test_pydantic_errors_become_our_sentences(data, template, args) -> None:
    with pytest.raises(ValidationError) as caught:
        _Sample.model_validate(data)
    message = explain_error(caught.value.errors()[0])
    assert message.template == template
    assert message.args == args


def test_an_unknown_pydantic_error_falls_back_to_its_own_text() -> None:
    message = explain_error({"type": "something_new", "msg": "Odd input"})
    assert message == "Odd input"


# --- the source rules translations/update.py relies on -------------------------------------


def _msg_calls():
    for path in sorted((ROOT / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and node.args
                and (
                    (isinstance(node.func, ast.Name) and node.func.id in ("msg", "Message"))
                    or (isinstance(node.func, ast.Attribute) and node.func.attr == "msg")
                )
            ):
                yield f"{path.relative_to(ROOT)}:{node.lineno}", node


def test_every_engine_sentence_is_a_literal_with_named_given_placeholders() -> None:
    problems = []
    count = 0
    for where, node in _msg_calls():
        if where.startswith("app/core/messages.py"):
            continue  # the definitions themselves
        count += 1
        first = node.args[0]
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            problems.append(f"{where}: the template must be a string literal")
            continue
        names = placeholders(first.value)
        if "" in names or any(name.isdigit() for name in names):
            problems.append(f"{where}: use named placeholders ({{url}}), not {{}} or {{0}}")
        if any(not name.isidentifier() for name in names if name):
            problems.append(f"{where}: placeholders are plain names (no attributes or indexes)")
        given = {kw.arg for kw in node.keywords}
        if None in given:
            continue  # **kwargs: checked when the message is made
        if names - given - {""}:
            problems.append(f"{where}: placeholders not given: {sorted(names - given)}")
        if given - names:
            problems.append(f"{where}: arguments not in the template: {sorted(given - names)}")
    assert count > 20, "the engine should say its sentences for the user through msg()"
    assert not problems, "\n".join(problems)
