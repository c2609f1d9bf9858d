"""Pydantic's validation errors as sentences for the user.

Pydantic says "Input should be greater than or equal to 0" in English only. The
settings dialog and the settings-file loader show these errors to people, so each common
error type gets a sentence of ours (built with ``msg``, so the interface translates it);
a validator that raises ``ValueError(msg(...))`` keeps its own sentence. Anything else
falls back to pydantic's text.
"""

from __future__ import annotations

from typing import Any

from app.core.messages import Message, message_of, msg


def _number(value: Any) -> Any:
    """``1.0`` shown as ``1``; other values as they are."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def explain_error(error: dict[str, Any]) -> Message:
    """One item of ``ValidationError.errors()`` as a :class:`Message`."""
    kind = str(error.get("type", ""))
    ctx = error.get("ctx") or {}
    if kind in ("value_error", "assertion_error"):
        cause = ctx.get("error")
        found = message_of(cause)
        if found is not None:
            return found
        text = str(cause) if cause is not None else str(error.get("msg", ""))
        return msg("{reason}", reason=text)
    if kind == "greater_than_equal":
        return msg("Must be at least {limit}.", limit=_number(ctx.get("ge")))
    if kind == "greater_than":
        return msg("Must be more than {limit}.", limit=_number(ctx.get("gt")))
    if kind == "less_than_equal":
        return msg("Must be at most {limit}.", limit=_number(ctx.get("le")))
    if kind == "less_than":
        return msg("Must be less than {limit}.", limit=_number(ctx.get("lt")))
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return msg("Must be a whole number.")
    if kind in ("float_parsing", "float_type", "finite_number"):
        return msg("Must be a number.")
    if kind in ("bool_parsing", "bool_type"):
        return msg("Must be on or off (true or false).")
    if kind in ("string_type", "string_unicode"):
        return msg("Must be text.")
    if kind == "string_too_short":
        return msg("Must be at least {count} characters long.", count=ctx.get("min_length"))
    if kind == "string_too_long":
        return msg("Must be at most {count} characters long.", count=ctx.get("max_length"))
    if kind == "too_short":
        return msg("Needs at least {count} items.", count=ctx.get("min_length"))
    if kind == "too_long":
        return msg("Takes at most {count} items.", count=ctx.get("max_length"))
    if kind in ("literal_error", "enum"):
        return msg("Must be one of: {choices}.", choices=ctx.get("expected", ""))
    if kind == "missing":
        return msg("This value is required.")
    if kind == "extra_forbidden":
        return msg("Not a known setting.")
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return msg("Must be a section of settings (key: value pairs).")
    if kind in ("list_type", "tuple_type", "set_type"):
        return msg("Must be a list.")
    if kind == "string_pattern_mismatch":
        return msg("Does not have the expected form.")
    return msg("{reason}", reason=str(error.get("msg", "invalid value")))


def explain_file_error(error: dict[str, Any]) -> Message:
    """:func:`explain_error` for files other than the settings (a character, a memory
    file): a misspelt key there is not a "setting"."""
    if error.get("type") == "extra_forbidden":
        return msg("Not a known key.")
    return explain_error(error)
