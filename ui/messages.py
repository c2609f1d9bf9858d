"""The engine's sentences in the interface language.

The engine builds what it tells the user with ``app.core.messages.msg`` (English text
that keeps its template and arguments). :func:`translated` turns such a message, or an
exception carrying one, into the language of the interface; anything else is shown as
it is. Settings validation errors from pydantic go through :func:`validation_text`;
:func:`error_text` is an exception for a message bar and :func:`field_problem` finds the
field an editing error is about (``msg("{field}: {reason}")``), so a form can show the
reason under it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.config.validation import explain_error
from app.core.messages import CONTEXT, Message, message_of

log = logging.getLogger("neiri.ui.messages")


def translated(value: Any) -> str:
    """``value`` for the user, in the interface language when the engine made it with
    ``msg()`` (directly or as an exception's argument); ``str(value)`` otherwise."""
    message = message_of(value)
    if message is None:
        return str(value)
    template = QCoreApplication.translate(CONTEXT, message.template)
    args = {
        key: translated(arg) if isinstance(arg, Message) else arg
        for key, arg in message.args.items()
    }
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError) as exc:
        # a broken translation must not hide the message: say it in English
        log.warning("translation of %r is not usable (%s): showing English", message.template, exc)
        return str(message)


def validation_text(error: dict[str, Any]) -> str:
    """One pydantic error (an item of ``ValidationError.errors()``) for the user."""
    return translated(explain_error(error))


def error_text(exc: BaseException) -> str:
    """An exception for the user: :func:`translated`, or its type's name when it says
    nothing (``TimeoutError()``)."""
    return translated(exc) or type(exc).__name__


def file_error_text(exc: BaseException) -> str:
    """Why a file could not be read or written: an OSError's own reason (``strerror``,
    from the system), else :func:`error_text`."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return error_text(exc)


FIELD_TEMPLATE = "{field}: {reason}"
"""How the engine names the field a problem is about (memory items, people)."""
ITEM_TEMPLATE = "items[{index}].{reason}"
"""How the engine names the item of a batch a problem is about (memory items)."""

_ITEM_PREFIX = re.compile(r"^items\[\d+\]\.")


@dataclass(frozen=True)
class FieldProblem:
    """An editing error, split for a form: ``field`` it is about (None when it names
    none), ``reason`` (what is wrong with it) and ``text`` (the whole sentence), both in
    the interface language."""

    field: str | None
    reason: str
    text: str


def field_problem(value: Any) -> FieldProblem:
    """Which field ``value`` (a Message, an exception carrying one, or plain text) is
    about. The engine says ``msg("{field}: {reason}")``, maybe inside
    ``msg("items[{index}].{reason}")`` (a form edits one item: the index is left out);
    plain text is split at its first ``:``."""
    message = message_of(value)
    while message is not None and message.template == ITEM_TEMPLATE:
        inner = message.args.get("reason", "")
        value, message = inner, message_of(inner)
    if message is not None:
        text = translated(message)
        if message.template == FIELD_TEMPLATE:
            field = str(message.args.get("field", "")).strip()
            reason = translated(message.args.get("reason", ""))
            if field and reason:
                return FieldProblem(field, reason, text)
        return FieldProblem(None, text, text)
    text = _ITEM_PREFIX.sub("", str(value).strip())
    field, sep, rest = text.partition(":")
    if sep and field.strip() and rest.strip():
        return FieldProblem(field.strip(), rest.strip(), text)
    return FieldProblem(None, text, text)
