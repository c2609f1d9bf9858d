"""Sentences for the user that the interface can translate.

The engine speaks English in logs and errors, but what it says *to the user* (why a turn
failed, why the microphone is off, what is wrong with a setting) must appear in the
interface language. The engine never imports Qt, so it cannot translate; instead it
builds such sentences with :func:`msg`::

    raise LLMUnavailable(msg("Cannot reach the LLM server at {url}.", url=url))

A :class:`Message` *is* the English string (``str(m)``, logs, JSON and f-strings all see
English), and it also keeps its ``template`` and ``args``. The interface
(``ui/messages.py``) looks the template up in the translation under the context
:data:`CONTEXT` and fills in the arguments, translating arguments that are messages too.

Rules, checked by ``tests/unit/test_messages.py``:

- the template is a string literal at the call (``translations/update.py`` collects
  them from the source for the translators);
- placeholders are named (``{url}``, never ``{}``) and each is given.
"""

from __future__ import annotations

import string
from typing import Any

CONTEXT = "Messages"
"""The translation context of every template (``QCoreApplication.translate(CONTEXT, t)``)."""


class Message(str):
    """English text for the user that remembers how it was made (see the module doc)."""

    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, /, **args: Any) -> Message:
        text = template.format(**args) if args else template
        self = super().__new__(cls, text)
        self.template = template
        self.args = args
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.template, self.args))

    def __repr__(self) -> str:
        return f"msg({self.template!r}{''.join(f', {k}={v!r}' for k, v in self.args.items())})"


def _rebuild(template: str, args: dict[str, Any]) -> Message:
    return Message(template, **args)


def msg(template: str, /, **args: Any) -> Message:
    """A translatable sentence: ``template`` (a literal with named ``{placeholders}``)
    filled with ``args``."""
    return Message(template, **args)


def placeholders(template: str) -> set[str]:
    """The names of ``template``'s placeholders (``{url}`` -> ``url``)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def message_of(value: Any) -> Message | None:
    """The :class:`Message` in ``value``: itself, or an exception's first argument when
    that is one; None otherwise (the caller shows ``str(value)`` as it is)."""
    if isinstance(value, Message):
        return value
    if isinstance(value, BaseException) and value.args and isinstance(value.args[0], Message):
        return value.args[0]
    return None


def said(exc: BaseException) -> str:
    """What an exception tells the user: its :class:`Message` (translatable) when it
    carries one, else its own text (a third-party library's English)."""
    found = message_of(exc)
    return found if found is not None else str(exc)


def joined(parts: list[Message] | list[str]) -> Message:
    """Several messages as one (``"a; b"``), each still translated on its own."""
    result: Message | None = None
    for part in parts:
        result = part if result is None else msg("{first}; {second}", first=result, second=part)
    if isinstance(result, Message):
        return result
    return msg("{reason}", reason=result or "")
