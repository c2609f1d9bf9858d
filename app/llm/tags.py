"""Streaming parser that separates spoken text from control markup in the LLM's tokens.

The model is asked to put avatar cues in square brackets (``[emotion: happy]``,
``[motion: wave]``, or the short forms ``[happy]`` / ``[wave]``), some models think out
loud in ``<think>...</think>`` blocks, and role-play models like ``*waves*`` stage
directions. None of that may be spoken. :class:`TagParser` takes the stream piece by
piece, in whatever chunking the server chose, and returns :class:`Text`,
:class:`Emotion`, :class:`Motion` and :class:`DroppedTag` pieces.

Latency matters more than anything here: text is returned the moment it cannot be the
start of markup, and only a possible tag, think marker or stage direction is held back.

Rules:

* ``[kind: name]`` (spaces and case are free) gives an :class:`Emotion` or
  :class:`Motion` when ``kind`` is ``emotion``/``motion`` and ``name`` is a known one;
  any other ``[word: ...]`` and any ``[word]`` that is not a known name is a
  :class:`DroppedTag` (for the caller to log). Other brackets (``[1]``,
  ``[see above]``, a ``[`` not closed within :data:`MAX_TAG_CHARS`) are text.
* ``<think>`` / ``<thinking>`` blocks are removed up to the closing marker, or to the
  end of the stream if it never comes; a stray closing marker is removed too.
* ``*stage direction*`` is removed when the opening ``*`` is not preceded by a letter
  or digit and is followed by a non-space, and a closing ``*`` that follows a
  non-space arrives on the same line within :data:`MAX_STAGE_CHARS`. Cues inside it
  are still returned. Anything else with asterisks (``5 * 3``, ``2*3*4``,
  ``**bold**``) is text.

Nothing else is changed: whitespace around removed markup is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "MAX_STAGE_CHARS",
    "MAX_TAG_CHARS",
    "DroppedTag",
    "Emotion",
    "Motion",
    "Piece",
    "TagParser",
    "Text",
]

MAX_TAG_CHARS = 40
"""The most characters between ``[`` and ``]`` for the brackets to be a tag."""

MAX_STAGE_CHARS = 120
"""The most characters between the asterisks of a stage direction."""


@dataclass(frozen=True, slots=True)
class Text:
    """Text to be spoken (and shown)."""

    text: str


@dataclass(frozen=True, slots=True)
class Emotion:
    """A known emotion cue, spelled as in ``known_emotions``."""

    name: str


@dataclass(frozen=True, slots=True)
class Motion:
    """A known motion cue, spelled as in ``known_motions``."""

    name: str


@dataclass(frozen=True, slots=True)
class DroppedTag:
    """A bracketed tag that was not understood, exactly as it appeared."""

    raw: str


Piece = Text | Emotion | Motion | DroppedTag

_SPECIAL = re.compile(r"[\[<*]")
_THINK_OPEN = ("<think>", "<thinking>")
_THINK_CLOSE = ("</think>", "</thinking>")
_MARKERS = _THINK_OPEN + _THINK_CLOSE
_MARKER_LEN = max(len(m) for m in _MARKERS)
_THINK_CLOSE_RE = re.compile(r"</think(?:ing)?>", re.IGNORECASE)

# A whole tag: ``key`` or ``key: value``; the key starts with a letter.
_TAG_RE = re.compile(r"\s*([^\W\d][\w-]*)\s*(?::\s*([^\[\]\n]*?)\s*)?")
# Every prefix of something _TAG_RE accepts (used while the ``]`` has not arrived yet).
_TAG_PREFIX_RE = re.compile(r"\s*(?:[^\W\d][\w-]*(?:\s*(?::[^\[\]\n]*)?)?)?")

_WAIT = object()  # a handler's answer when the buffer ends before it can decide


class TagParser:
    """Split a streamed LLM reply into text and avatar cues.

    Call :meth:`feed` with each piece as it arrives and :meth:`flush` at the end of the
    stream; both return the pieces that are decided. Adjacent text within one call is
    merged into one :class:`Text`. After :meth:`flush` the parser is ready for the next
    reply.
    """

    def __init__(self, known_emotions: Iterable[str], known_motions: Iterable[str]) -> None:
        self._emotions = {name.casefold(): name for name in known_emotions}
        self._motions = {name.casefold(): name for name in known_motions}
        self._known_lower = tuple(set(self._emotions) | set(self._motions))
        self.reset()

    def reset(self) -> None:
        """Forget everything held back (start of a new reply)."""
        self._buf = ""
        self._thinking = False
        self._prev = ""  # the raw character just before ``_buf`` in the stream

    def feed(self, piece: str) -> list[Piece]:
        """Take the next piece of the stream; return what is decided so far."""
        if not piece:
            return []
        self._buf += piece
        return self._run(final=False)

    def flush(self) -> list[Piece]:
        """End of stream: return everything still held back, then reset."""
        out = self._run(final=True)
        self.reset()
        return out

    # --- the scanner ---------------------------------------------------------------

    def _run(self, final: bool) -> list[Piece]:
        buf = self._buf
        n = len(buf)
        out: list[Piece] = []
        i = 0
        while i < n:
            if self._thinking:
                m = _THINK_CLOSE_RE.search(buf, i)
                if m:
                    self._thinking = False
                    i = m.end()
                    continue
                # Drop the thought, keeping only what may be the start of the close marker.
                i = n if final else n - _partial_marker_suffix(buf, i, _THINK_CLOSE)
                break
            m = _SPECIAL.search(buf, i)
            if m is None:
                _add_text(out, buf[i:])
                i = n
                break
            if m.start() > i:
                _add_text(out, buf[i : m.start()])
                i = m.start()
            handler = {"[": self._bracket, "<": self._angle, "*": self._star}[buf[i]]
            result = handler(buf, i, final)
            if result is _WAIT:
                break
            pieces, end = result
            for piece in pieces:
                if isinstance(piece, Text):
                    _add_text(out, piece.text)
                else:
                    out.append(piece)
            i = end
        if i > 0:
            self._prev = buf[i - 1]
            self._buf = buf[i:]
        return out

    def _bracket(self, buf: str, i: int, final: bool):
        n = len(buf)
        window = i + 2 + MAX_TAG_CHARS  # "[" + up to MAX_TAG_CHARS + "]"
        for k in range(i + 1, min(n, window)):
            ch = buf[k]
            if ch == "]":
                piece = self._classify(buf[i + 1 : k])
                if piece is None:
                    break
                return [piece], k + 1
            if ch in "[\n":
                break
        else:
            if n < window and not final and self._could_be_tag(buf[i + 1 :]):
                return _WAIT
        return [Text("[")], i + 1

    def _classify(self, content: str) -> Piece | None:
        raw = f"[{content}]"
        bare = content.strip().casefold()
        m = _TAG_RE.fullmatch(content)
        if m is None or m.group(2) is None:
            if bare in self._emotions:
                return Emotion(self._emotions[bare])
            if bare in self._motions:
                return Motion(self._motions[bare])
            # An unknown single word in brackets is a cue the model made up: never speak it.
            return DroppedTag(raw) if m is not None else None
        kind = m.group(1).casefold()
        name = m.group(2).casefold()
        if kind == "emotion" and name in self._emotions:
            return Emotion(self._emotions[name])
        if kind == "motion" and name in self._motions:
            return Motion(self._motions[name])
        return DroppedTag(raw)

    def _could_be_tag(self, content: str) -> bool:
        if _TAG_PREFIX_RE.fullmatch(content):
            return True
        start = content.lstrip().casefold()
        return any(name.startswith(start) for name in self._known_lower)

    def _angle(self, buf: str, i: int, final: bool):
        raw = buf[i : i + _MARKER_LEN]
        head = raw.lower()
        for marker in _MARKERS:
            if head.startswith(marker):
                if marker in _THINK_OPEN:
                    self._thinking = True
                return [], i + len(marker)
        if not final and i + len(raw) == len(buf) and any(m.startswith(head) for m in _MARKERS):
            return _WAIT
        return [Text("<")], i + 1

    def _star(self, buf: str, i: int, final: bool):
        n = len(buf)
        j = i
        while j < n and buf[j] == "*":
            j += 1
        if j == n and not final:
            return _WAIT  # the run of asterisks, or what follows it, is not known yet
        if j - i > 1:
            return [Text(buf[i:j])], j  # ``**bold**`` and the like are left alone
        prev = buf[i - 1] if i > 0 else self._prev
        if j == n or buf[j].isspace() or prev.isalnum():
            return [Text("*")], i + 1
        window = i + 2 + MAX_STAGE_CHARS
        for k in range(i + 1, min(n, window)):
            ch = buf[k]
            if ch == "\n":
                break
            if ch == "*" and not buf[k - 1].isspace():
                # Removed, but the cues inside it still count.
                inner = TagParser(self._emotions.values(), self._motions.values())
                cues = inner.feed(buf[i + 1 : k]) + inner.flush()
                return [p for p in cues if not isinstance(p, Text)], k + 1
        else:
            if n < window and not final:
                return _WAIT
        return [Text("*")], i + 1


def _add_text(out: list[Piece], text: str) -> None:
    if not text:
        return
    if out and isinstance(out[-1], Text):
        out[-1] = Text(out[-1].text + text)
    else:
        out.append(Text(text))


def _partial_marker_suffix(buf: str, start: int, markers: tuple[str, ...]) -> int:
    """Length of the longest end of ``buf[start:]`` that begins one of ``markers``."""
    for size in range(min(_MARKER_LEN - 1, len(buf) - start), 0, -1):
        tail = buf[len(buf) - size :].lower()
        if any(m.startswith(tail) for m in markers):
            return size
    return 0
