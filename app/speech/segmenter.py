"""Streaming clause splitter: cuts the reply into pieces the TTS can start speaking early.

Text arrives a few characters at a time; :class:`ClauseSegmenter` returns each clause
as soon as it is certain where the clause ends. The split points depend only on the
text, never on how it was chunked, and a decision never waits for more than the next
non-space character (and, before a clause is handed out, the first letter or digit
after it, so that trailing punctuation such as ``" :)"`` stays with its clause).

Rules, applied to whitespace-separated tokens:

* A sentence ends after ``. ! ? …`` (any combination, optionally followed by closing
  quotes or brackets) when whitespace follows. A single ``.`` is not a sentence end
  after an abbreviation, an initial (``J.``), or a number that starts the clause (a
  list item ``1.``). Because a break needs whitespace after the punctuation,
  ``3.5``, ``1.2.3``, ``$29.99``, ``1,000``, ``10:30``, ``example.com`` and ``т.е.``
  are never split. Abbreviations that can end a sentence (``etc.``, ``a.m.``,
  ``т.д.``) and ellipses end it only when the next non-space character is not a
  lowercase letter; an ellipsis before a lowercase letter is a clause boundary.
* A clause ends after ``, ; : — –`` (or a spaced ``-``) when whitespace follows and the
  clause has at least :data:`MIN_CLAUSE_WORDS` words; any boundary counts for the
  first clause.
* A line break ends a clause.
* The first clause of a reply also ends after ``first_clause_max_words`` words, but
  not after an article/preposition/conjunction, an abbreviation or a number.
* A clause longer than ``max_clause_chars`` is cut at the last space before the limit.
* Returned clauses are stripped; a run of punctuation with no letter or digit (an
  emoticon, a lone dash) is kept with the clause before it.
"""

from __future__ import annotations

import re

__all__ = ["MIN_CLAUSE_WORDS", "ClauseSegmenter", "base_language"]

MIN_CLAUSE_WORDS = 3
"""Words a clause needs before a comma-like boundary may end it (except the first)."""

_SENTENCE_MARKS = ".!?…"
_CLAUSE_MARKS = ",;:—–"
_CLOSERS = "\"'”’»)]}"
_OPENERS = "\"'“‘«„([{¿¡"
_DASH_TOKENS = frozenset({"-", "--"})

# Single letters separated by dots ("a.m", "U.S.A", "т.е"): an abbreviation in any language.
_DOTTED = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Abbreviations are stored lowercase and without their final dot.
# "Never" ones precede what they belong to, so they never end a sentence.
_EN_NEVER = _wordset("dr mr mrs ms st mt prof vs e.g i.e cf approx u.s u.k fig")
# "Terminal" ones may end a sentence: they do unless a lowercase letter follows.
_EN_TERMINAL = _wordset("etc a.m p.m inc ltd co corp jr sr")
_RU_NEVER = _wordset("т.е т.к т.н т.ч г ул им проф д-р акад пр-т пос")
_RU_TERMINAL = _wordset("т.д т.п др пр см гг вв тыс млн млрд руб коп н.э стр")

# Words a reply's first clause should not end on: the next word belongs to them.
_EN_FUNCTION = _wordset(
    """a an the to of and or but nor in on at for with from by into onto about as than
    if that my your his her its our their not very"""
)
_RU_FUNCTION = _wordset(
    """и в во на с со не ни к ко о об обо по за из у от до для без про при над под
    а но или да что чтобы если как"""
)


def base_language(language: str) -> str:
    """``"en-US"`` → ``"en"``, ``"ru_RU"`` → ``"ru"``."""
    return re.split(r"[-_]", language.strip(), maxsplit=1)[0].lower()


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


class ClauseSegmenter:
    """Split a streamed reply into speakable clauses.

    :meth:`feed` returns the clauses completed by the new text, :meth:`flush` the rest
    at the end of the reply; after :meth:`flush` the segmenter starts a new reply.
    ``first_clause_max_words <= 0`` turns off cutting the first clause by length.
    """

    def __init__(
        self,
        language: str = "en",
        first_clause_max_words: int = 4,
        max_clause_chars: int = 220,
    ) -> None:
        self.language = base_language(language)
        self.first_clause_max_words = first_clause_max_words
        self.max_clause_chars = max(1, max_clause_chars)
        if self.language == "en":
            self._never, self._terminal = _EN_NEVER, _EN_TERMINAL
            self._function = _EN_FUNCTION
        elif self.language == "ru":
            # Latin-script abbreviations cannot be mistaken for Russian words.
            self._never = _RU_NEVER | _EN_NEVER
            self._terminal = _RU_TERMINAL | _EN_TERMINAL
            self._function = _RU_FUNCTION
        else:
            self._never = self._terminal = self._function = frozenset()
        self.reset()

    def reset(self) -> None:
        """Drop any pending text; the next clause is a reply's first again."""
        self._buf = ""
        self._first = True

    def feed(self, text: str) -> list[str]:
        """Add streamed text; return the clauses that are now complete."""
        if not text:
            return []
        self._buf += text
        return self._drain(final=False)

    def flush(self) -> list[str]:
        """End of the reply: return the remaining clauses and reset."""
        out = self._drain(final=True)
        self.reset()
        return out

    # --- splitting -------------------------------------------------------------------

    def _drain(self, final: bool) -> list[str]:
        out: list[str] = []
        while True:
            self._buf = self._buf.lstrip()
            if not self._buf:
                break
            found = self._find_break(final)
            if found is None:
                break
            end, resume = found
            clause = self._buf[:end].strip()
            self._buf = self._buf[resume:]
            if _has_word(clause):
                out.append(clause)
                self._first = False
            elif out:  # only after a length cut inside a long run of punctuation
                out[-1] = f"{out[-1]} {clause}"
        if final:
            rest = self._buf.strip()
            self._buf = ""
            if _has_word(rest):
                out.append(rest)
            elif rest and out:
                out[-1] = f"{out[-1]} {rest}"
        return out

    def _find_break(self, final: bool) -> tuple[int, int] | None:
        """Where the clause at the start of the buffer ends: ``(end, resume)``.

        ``None`` when no end is decidable yet (or, with ``final``, there is none).
        """
        buf = self._buf
        n = len(buf)
        limit = self.max_clause_chars
        words = 0
        index = 0
        last_end = 0  # end of the last token that fits within the limit
        start = 0
        while start < n:
            end = start
            while end < n and not buf[end].isspace():
                end += 1
            if end > limit:
                cut = last_end or limit  # hard cut only for a token longer than the limit
                return cut, cut
            if end == n and not final:
                return None  # the token may go on
            after = end
            while after < n and buf[after].isspace():
                after += 1
            if after == n and not final:
                return None  # the next character decides
            token = buf[start:end]
            if _has_word(token):
                words += 1
            next_char = buf[after] if after < n else None
            newline = "\n" in buf[end:after]
            if words and self._ends_clause(token, index, words, next_char, newline):
                return self._settle(end, final)
            last_end = end
            index += 1
            start = after
        return None

    def _settle(self, end: int, final: bool) -> tuple[int, int] | None:
        """Hand out the clause ending at ``end`` once a letter or digit follows it.

        Punctuation between the break and that letter joins the clause before, except
        for what is attached to the next word (an opening quote, ``$``).
        """
        buf = self._buf
        n = len(buf)
        k = end
        while k < n and not buf[k].isalnum():
            k += 1
        if k == n:
            return (n, n) if final else None
        split = end
        for j in range(k - 1, end - 1, -1):
            if buf[j].isspace():
                split = j
                break
        return split, split + 1

    def _ends_clause(
        self, token: str, index: int, words: int, next_char: str | None, newline: bool
    ) -> bool:
        kind = self._punctuation(token, index, next_char)
        if kind == "sentence":
            return True
        if kind == "clause" and (self._first or words >= MIN_CLAUSE_WORDS):
            return True
        if newline:
            return True
        return (
            kind == "word"
            and self._first
            and 0 < self.first_clause_max_words <= words
            and self._can_end_first_clause(token)
        )

    def _punctuation(self, token: str, index: int, next_char: str | None) -> str:
        """``sentence``, ``clause``, ``word`` (no final punctuation) or ``keep`` (no split)."""
        core = token.rstrip(_CLOSERS)
        if not core:
            return "word"
        stem = core.rstrip(_SENTENCE_MARKS)
        marks = core[len(stem) :]
        if marks:
            if "!" in marks or "?" in marks:
                return "sentence"
            before_lower = next_char is not None and next_char.islower()
            if "…" in marks or len(marks) > 1:  # an ellipsis
                return "clause" if before_lower else "sentence"
            return self._period(stem.lstrip(_OPENERS), index, before_lower)
        if core[-1] in _CLAUSE_MARKS or core in _DASH_TOKENS:
            return "clause"
        return "word"

    def _period(self, stem: str, index: int, before_lower: bool) -> str:
        if not stem:
            return "sentence"
        low = stem.lower()
        if low in self._never:
            return "keep"
        if len(stem) == 1 and stem.isalpha():
            if stem.isupper():
                return "keep"  # an initial: J. K. Rowling
            if self.language == "ru":  # т. д., т. е., и т. п.
                return "keep" if before_lower else "sentence"
        if low in self._terminal or _DOTTED.fullmatch(stem):
            return "keep" if before_lower else "sentence"
        if index == 0 and stem.isdigit():
            return "keep"  # a numbered list item: "1. Open the app"
        return "sentence"

    def _can_end_first_clause(self, token: str) -> bool:
        word = token.strip(_OPENERS + _CLOSERS + _SENTENCE_MARKS + _CLAUSE_MARKS)
        if not word:
            return False
        if word.lower() in self._function:
            return False
        return not _NUMBER.fullmatch(word.lstrip("$€£¥₽+-−"))
