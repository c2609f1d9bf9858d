"""The prompt: persona, then memory slots, then recent turns, then what the user said."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # peewee costs 100 ms to import: keep it off the start-up path
    from app.conversation.history import PastTurn


INTERRUPTED_MARK = " [the user interrupted you here]"


def build_messages(
    persona: str,
    past: Sequence[PastTurn],
    user_text: str,
    slots: Mapping[str, str] | None = None,
) -> list[dict[str, str]]:
    """Chat messages for the LLM.

    The system prompt is byte-stable while the slots are empty, so the server can reuse
    its cached prefix. Slots (``memory``, ``relationship`` ...) are appended to it as
    titled sections. An interrupted reply is given as what she actually said, marked.
    A failed turn contributes only what the model itself generated, never the line the
    app spoke for her ("I can't reach my brain"): the model did not say that.
    """
    system = persona.strip()
    for name, content in (slots or {}).items():
        if content and content.strip():
            system += f"\n\n## {name.replace('_', ' ').title()}\n{content.strip()}"
    messages = [{"role": "system", "content": system}]
    for turn in past:
        if turn.user_text:
            messages.append({"role": "user", "content": turn.user_text})
        reply = turn.full_reply if turn.failed else turn.reply_text
        if reply:
            reply += INTERRUPTED_MARK if turn.interrupted else ""
            messages.append({"role": "assistant", "content": reply})
    messages.append({"role": "user", "content": user_text})
    return messages
