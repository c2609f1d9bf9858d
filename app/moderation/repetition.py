"""Anti-repetition across Neiri's recent replies.

Small local LLMs love to repeat themselves: the same catchphrase, the same opener,
the same sentence two replies later. :class:`RepetitionGuard` remembers the clauses of
her last few replies and answers, for each new clause, whether saying it again would
sound like a broken record.

Clauses are compared after normalisation (case, "ё", punctuation and whitespace
ignored) as sets of word trigrams: a clause is refused when it is identical to a
remembered one or when the Jaccard similarity of their trigram sets reaches
``threshold`` (0.8 by default: a word changed in a long sentence still counts as the
same sentence, a sentence that shares a phrase does not). Short clauses ("Yes!",
"Hmm.", "Thank you!") are always allowed: repeating those is natural.

Everything is in memory and cheap (a few set operations per remembered clause); it is
meant for the asyncio loop thread and is not thread-safe.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

__all__ = ["RepetitionGuard"]

_SENTENCE_SPLIT_RE = re.compile(r"[.!?…;。！？\n]+")
_PART_SPLIT_RE = re.compile(r"\s*(?:[,:—–]|\s-)\s+")  # the TTS segmenter's clause marks
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_OPENER_WORDS = 3

_Words = tuple[str, ...]


def _words(text: str) -> _Words:
    return tuple(
        w.replace("’", "").replace("'", "")
        for w in _WORD_RE.findall(text.lower().replace("ё", "е"))
    )


def _shingles(words: _Words) -> frozenset[_Words]:
    if len(words) < 3:
        return frozenset((words,))
    return frozenset(words[i : i + 3] for i in range(len(words) - 2))


@dataclass(frozen=True)
class _Reply:
    clauses: tuple[tuple[_Words, frozenset[_Words]], ...]
    opener: str


class RepetitionGuard:
    """Refuses clauses that nearly repeat one of her last ``recent_replies`` replies.

    ``allow(clause)`` before a clause is spoken, ``remember(reply)`` when a reply is
    finished, ``recent_openers()`` for a "don't start like this again" prompt hint.
    """

    def __init__(self, recent_replies: int = 8, min_words: int = 4, threshold: float = 0.8):
        if recent_replies < 1:
            raise ValueError("recent_replies must be at least 1")
        if min_words < 1:
            raise ValueError("min_words must be at least 1")
        if not 0.0 < threshold <= 1.0:
            raise ValueError("threshold must be in (0, 1]")
        self.recent_replies = recent_replies
        self.min_words = min_words
        self.threshold = threshold
        self._replies: deque[_Reply] = deque(maxlen=recent_replies)

    def allow(self, clause: str) -> bool:
        """False when ``clause`` is a near-duplicate of a clause in the recent replies;
        clauses with fewer than ``min_words`` words are always allowed."""
        words = _words(clause)
        if len(words) < self.min_words:
            return True
        shingles = _shingles(words)
        size = len(shingles)
        for reply in self._replies:
            for other_words, other in reply.clauses:
                if other_words == words:
                    return False
                common = len(shingles & other)
                if common and common / (size + len(other) - common) >= self.threshold:
                    return False
        return True

    def remember(self, reply_text: str) -> None:
        """Remember a finished reply: its clauses (split at sentence punctuation, and
        each sentence's comma-separated parts too, since the speech segmenter may hand
        out either) and its opening words. The oldest reply beyond ``recent_replies``
        is forgotten."""
        clauses: dict[_Words, frozenset[_Words]] = {}
        for sentence in _SENTENCE_SPLIT_RE.split(reply_text):
            parts = _PART_SPLIT_RE.split(sentence)
            for part in [sentence, *parts] if len(parts) > 1 else [sentence]:
                words = _words(part)
                if len(words) >= self.min_words and words not in clauses:
                    clauses[words] = _shingles(words)
        opener = " ".join(_WORD_RE.findall(reply_text)[:_OPENER_WORDS])
        if clauses or opener:
            self._replies.append(_Reply(tuple(clauses.items()), opener))

    def recent_openers(self, n: int = 3) -> list[str]:
        """The first few words of the last ``n`` replies, most recent first."""
        if n <= 0:
            return []
        openers = []
        for reply in reversed(self._replies):
            if reply.opener:
                openers.append(reply.opener)
                if len(openers) == n:
                    break
        return openers

    def clear(self) -> None:
        """Forget every remembered reply."""
        self._replies.clear()
