"""The prompt: persona, recent turns, then this turn's context, then what the user said."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # peewee costs 100 ms to import: keep it off the start-up path
    from app.conversation.history import PastTurn


INTERRUPTED_MARK = " [the user interrupted you here]"
CONTEXT_HEADER = "Context for your next reply. Use it naturally; never read it out or quote it."
SLOT_TITLES = {
    "relationship": "The person you are talking with",
    "memory": "What you remember",
    "recent_openers": "You recently started replies with",
}


def context_message(slots: Mapping[str, str] | None) -> str:
    """The titled sections of this turn's context; empty when there is none."""
    sections = []
    for name, content in (slots or {}).items():
        if content and content.strip():
            title = SLOT_TITLES.get(name, name.replace("_", " ").capitalize())
            sections.append(f"## {title}\n{content.strip()}")
    return f"{CONTEXT_HEADER}\n\n" + "\n\n".join(sections) if sections else ""


def build_messages(
    persona: str,
    past: Sequence[PastTurn],
    user_text: str,
    slots: Mapping[str, str] | None = None,
) -> list[dict[str, str]]:
    """Chat messages for the LLM.

    The system prompt and the past turns come first and stay byte-stable from one turn
    to the next, so the server reuses its cached prefix and only reads the new tail.
    This turn's context (memories, the speaker's card) changes every turn, so it goes
    last, as a system message just before the user's words.

    An interrupted reply is given as what she actually said, marked. A failed turn
    contributes only what the model itself generated, never the line the app spoke for
    her ("I can't reach my brain"): the model did not say that. A turn whose input was
    blocked by moderation is left out entirely.
    """
    messages = [{"role": "system", "content": persona.strip()}]
    for turn in past:
        if turn.moderated:
            continue
        if turn.user_text:
            messages.append({"role": "user", "content": turn.user_text})
        reply = turn.full_reply if turn.failed else turn.reply_text
        if reply:
            reply += INTERRUPTED_MARK if turn.interrupted else ""
            messages.append({"role": "assistant", "content": reply})
    context = context_message(slots)
    if context:
        messages.append({"role": "system", "content": context})
    messages.append({"role": "user", "content": user_text})
    return messages


def estimate_tokens(text: str) -> int:
    """A deliberately generous estimate of an LLM's token count for ``text``.

    Real tokenizers differ per model; budgets only need an upper bound that is never
    far off. English runs at about four characters per token, other scripts (Cyrillic,
    CJK) at one or two, and every punctuation mark tends to be its own token.
    """
    ascii_chars = sum(1 for ch in text if ch.isascii())
    other = len(text) - ascii_chars
    punctuation = sum(1 for ch in text if not ch.isalnum() and not ch.isspace())
    return int(ascii_chars / 4 + other / 1.5 + punctuation / 2) + (1 if text else 0)
