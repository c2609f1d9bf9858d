"""Family-friendly moderation of what viewers say to Neiri and of what she says back.

Everything runs on the asyncio loop thread, so all the work that can be done ahead is
done in :class:`Moderator`'s constructor: a check is a few C-level string operations
and one regular-expression scan per script.

1. **Tokens.** One regex finds the word-like tokens of the original text, with
   leetspeak and mask symbols inside words ("sh1t", "f**k", "@$$"), zero-width
   characters, and single letters joined by separators ("f.u.c.k", "f u c k", "х-у-й").
2. **Shadow.** The tokens are joined with U+001F, folded by one ``str.translate``
   (compatibility forms and Latin accents to plain letters, "ё" to "е", separators and
   zero-width characters dropped) and lower-cased. Token *i* of the shadow is token *i*
   of the text, so a hit maps back to the exact substring it came from.
3. **Lexicon.** The word lists (``resources/moderation/<lang>.yaml``) become one
   trie-shaped regex per script, Latin and Cyrillic. Each letter is a character class
   that also takes its leetspeak digits and symbols, its lookalikes from the other
   script ("fuсk" with a Cyrillic "с", "xуй" with a Latin "x") and the masks "*"/"#".
   An entry matches a whole token: a word with a short grammatical ending, or a stem
   followed by anything ("fuck*"); Russian roots may also follow verbal prefixes
   ("~хуй*" matches "нахуй"). Nothing is ever matched in the middle of a word, which
   is what keeps "Scunthorpe", "assassin", "скипидар" and "застрахуйте" clean. Each
   entry ends in an empty capture group whose number tells its list and category.
4. **Stretching.** When the shadow repeats a letter, the scan is repeated on copies
   with the runs collapsed ("fuuuuck" -> "fuck", "asssss" -> "ass", "fuuck" -> "fuck");
   real words that then look bad ("shiitake") are in the lists' ``allow`` sections.
5. **Plausibility.** A Cyrillic entry needs a Cyrillic letter in the token and a Latin
   entry a Latin letter (so "ebay" is not read as "еба..."), a masked word needs two
   real letters ("f***" is left alone), digits must not outnumber letters ("A55" is a
   phone) and ``allow`` words are skipped.

:meth:`Moderator.check_input` tells whether a viewer's message may reach the LLM;
:meth:`Moderator.clean_output` removes flagged words from a clause she is about to say
(or swaps in a mild word from the list) and returns clean text unchanged, byte for
byte. :func:`looks_like_leak` spots a clause that reads like a dump of her hidden
context (memory, relationship notes, metadata, JSON).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from app.core.messages import msg, said

__all__ = [
    "LISTS_DIR",
    "ModerationConfigError",
    "Moderator",
    "Verdict",
    "looks_like_leak",
]

LISTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "moderation"
HARD = "hard"
CUSTOM = "custom"

_SEP = "\x1f"  # joins tokens in the shadow text; never part of a token
_LATIN = "latin"
_CYRILLIC = "cyrillic"
_MASKS = "*#"


class ModerationConfigError(ValueError):
    """A word list, an extra word or an extra pattern cannot be used (the message, a
    ``Message`` of :mod:`app.core.messages`, says which file and line, or which argument)."""


@dataclass(frozen=True)
class Verdict:
    """What moderation found.

    ``blocked``: for :meth:`Moderator.check_input`, the input must not reach the LLM;
    for :meth:`Moderator.clean_output`, something was flagged and the returned text
    differs from the clause. ``reasons`` are ``"<list>:<category>"`` strings such as
    ``"en:profanity"`` or ``"custom:pattern"``; ``matches`` are the flagged substrings
    as they appear in the text. Both keep the order of first appearance.
    """

    blocked: bool
    reasons: tuple[str, ...] = ()
    matches: tuple[str, ...] = ()


CLEAN = Verdict(False)

# --------------------------------------------------------------------------- tokens

_START = r"[^\W_]|[@$]"  # a token starts with a letter, a digit, "@" or "$"
_INNER = r"[^\W_]|[@$*#]"  # ... and goes on with those or masks
_JOIN = r"['’!|\u00ad\u200b-\u200d\u2060\u0300-\u036f]"  # only between token chars
_SPACER = r"[.\-_~ ]"  # between single letters: "f.u.c.k", "f u c k"
_EDGE = r"[\w@$*#]"
_TOKEN_RE = re.compile(
    rf"(?<!{_EDGE})(?:{_START})(?:{_SPACER}(?:{_INNER})){{2,}}(?!{_EDGE})"
    rf"|(?:{_START})(?:{_INNER})*(?:{_JOIN}+(?:{_INNER})+)*"
)
_DROPPED = frozenset(".-_~ '’\u00ad\u200b\u200c\u200d\u2060")


class _FoldTable(dict):
    """``str.translate`` table computed lazily, one code point at a time."""

    def __missing__(self, cp: int) -> int | str | None:
        ch = chr(cp)
        out: int | str | None
        if ch in _DROPPED or unicodedata.combining(ch):
            out = None
        elif ch in "ёЁ":
            out = "е"
        else:
            folded = unicodedata.normalize("NFKC", ch)
            if not folded.isascii():
                bare = "".join(
                    c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c)
                )
                if bare and bare.isascii():  # Latin letters with accents only: "й" stays
                    folded = bare
            out = cp if folded == ch else folded
        self[cp] = out
        return out


_FOLD = _FoldTable()

# Per script, the extra characters each letter's class accepts: leetspeak digits and
# symbols, and lookalike letters of the other script (and a few Greek ones).
_LATIN_ALIASES = {
    "a": "а@4α", "b": "вь8", "c": "с", "d": "ԁ", "e": "е3ε", "g": "9", "h": "нһ",
    "i": "і1!|ι", "j": "ј", "k": "кκ", "l": "1|ӏ", "m": "м", "n": "п", "o": "о0οσ",
    "p": "рρ", "s": "ѕ$5", "t": "т7τ", "u": "υ", "v": "ν", "w": "ω", "x": "хχ", "y": "уγ",
}  # fmt: skip
_CYRILLIC_ALIASES = {
    "а": "a@", "б": "b6", "в": "b8", "г": "rg", "д": "d", "е": "e", "з": "z3", "и": "ui",
    "й": "jy", "к": "k", "л": "l", "м": "m", "н": "hn", "о": "o0", "п": "np", "р": "pr",
    "с": "cs$", "т": "t7", "у": "yu", "ф": "f", "х": "xh", "ч": "4", "ш": "w", "ь": "b",
    "ъ": "ьb",
}  # fmt: skip
_ALIASES = {_LATIN: _LATIN_ALIASES, _CYRILLIC: _CYRILLIC_ALIASES}


def _unleet_table(aliases: dict[str, str]) -> dict[int, str]:
    table: dict[int, str] = {}
    for letter, alts in aliases.items():
        for alt in alts:
            if alt not in aliases:  # "ь" is a lookalike of "ъ" but a letter of its own
                table.setdefault(ord(alt), letter)
    return table


_UNLEET = {script: _unleet_table(aliases) for script, aliases in _ALIASES.items()}

_RUN3_RE = re.compile(r"([^\W\d_])\1{2,}")
_RUN2_RE = re.compile(r"([^\W\d_])\1+")
_LATIN_HINT_RE = re.compile(r"[a-z@$]")
_CYRILLIC_HINT_RE = re.compile(r"[а-я]")
_ANY_LETTER_RE = re.compile(r"[^\W\d_]")
_LATIN_LETTER_RE = re.compile(r"[a-z]")
_DIGIT_RE = re.compile(r"\d")
_WORD_RE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


def _script_of(word: str) -> str | None:
    """The script of a normalised list entry, or None when it mixes or has neither."""
    letters = word.replace(" ", "")
    if re.fullmatch(r"[a-z]+", letters):
        return _LATIN
    if re.fullmatch(r"[а-я]+", letters):
        return _CYRILLIC
    return None


# --------------------------------------------------------------------------- lists


@dataclass(frozen=True)
class _Entry:
    word: str  # lower case, "ё" folded, single spaces between words
    star: bool  # anything may follow
    prefixed: bool  # may follow the language's prefixes
    category: str
    exact: bool = False  # no endings either


@dataclass
class _WordList:
    name: str
    entries: list[_Entry] = field(default_factory=list)
    endings: list[str] = field(default_factory=lambda: [""])
    prefixes: list[str] = field(default_factory=list)
    replacements: dict[str, str] = field(default_factory=dict)
    allow: list[str] = field(default_factory=list)


def _normalise(value: str) -> str:
    return " ".join(value.lower().replace("ё", "е").split())


def _parse_entry(raw: str, category: str) -> _Entry:
    """Parse ``word``, ``=word``, ``stem*``, ``~root*`` or a phrase; a ValueError says
    what is wrong."""
    text = _normalise(raw)
    prefixed = text.startswith("~")
    exact = text.startswith("=")
    text = text.removeprefix("~").removeprefix("=").strip()
    star = text.endswith("*")
    word = text.removesuffix("*").strip()
    if not _WORD_RE.fullmatch(word):
        raise ValueError(msg("an entry is letters (words separated by spaces) and an optional '*'"))
    if _script_of(word) is None:
        raise ValueError(msg("an entry is written in Latin or in Cyrillic letters, not a mix"))
    if star and len(word) < 2:
        raise ValueError(msg("a stem with '*' needs at least two letters"))
    if prefixed and " " in word:
        raise ValueError(msg("'~' (prefixes) is for single words"))
    if exact and star:
        raise ValueError(msg("'=' (this form only) and '*' (any ending) exclude each other"))
    return _Entry(word, star, prefixed, category, exact)


# ``what`` below names the value for the user: a Message (``msg("an entry")``) or a key
# of the file as it is written there (``"replacements"``).


def _scalar(node: yaml.Node, where: str, what: str) -> str:
    if not isinstance(node, yaml.ScalarNode):
        raise ModerationConfigError(
            msg(
                "{file}:{line}: {what} must be text",
                file=where,
                line=node.start_mark.line + 1,
                what=what,
            )
        )
    return str(node.value)


def _sequence(node: yaml.Node, where: str, what: str) -> list[yaml.Node]:
    if not isinstance(node, yaml.SequenceNode):
        raise ModerationConfigError(
            msg(
                "{file}:{line}: {what} must be a list",
                file=where,
                line=node.start_mark.line + 1,
                what=what,
            )
        )
    return list(node.value)


def _mapping(node: yaml.Node, where: str, what: str) -> list[tuple[yaml.Node, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        raise ModerationConfigError(
            msg(
                "{file}:{line}: {what} must be a mapping",
                file=where,
                line=node.start_mark.line + 1,
                what=what,
            )
        )
    return list(node.value)


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_list(path: Path) -> _WordList:
    """Parse one word-list file, keeping line numbers for the error messages."""
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ModerationConfigError(
            msg("{file}: cannot read the word list: {reason}", file=where, reason=str(exc))
        ) from exc
    try:
        root = yaml.compose(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        if mark is not None:
            raise ModerationConfigError(
                msg(
                    "{file}:{line}: invalid YAML: {reason}",
                    file=where,
                    line=mark.line + 1,
                    reason=problem,
                )
            ) from exc
        raise ModerationConfigError(
            msg("{file}: invalid YAML: {reason}", file=where, reason=problem)
        ) from exc
    result = _WordList(name=path.stem)
    if root is None:
        return result
    for key_node, value in _mapping(root, where, msg("the word list")):
        key = _scalar(key_node, where, msg("a key"))
        line = key_node.start_mark.line + 1
        if key == "language":
            result.name = _scalar(value, where, "language").strip() or path.stem
        elif key in ("endings", "prefixes"):
            items = []
            one = msg("an ending") if key == "endings" else msg("a prefix")
            for node in _sequence(value, where, key):
                item = _normalise(_scalar(node, where, one))
                if item and not re.fullmatch(r"[^\W\d_]+", item):
                    line_no = node.start_mark.line + 1
                    if key == "endings":
                        problem = msg(
                            "{file}:{line}: bad ending {item}",
                            file=where,
                            line=line_no,
                            item=repr(item),
                        )
                    else:
                        problem = msg(
                            "{file}:{line}: bad prefix {item}",
                            file=where,
                            line=line_no,
                            item=repr(item),
                        )
                    raise ModerationConfigError(problem)
                items.append(item)
            setattr(result, key, items or ([""] if key == "endings" else []))
        elif key == "categories":
            for cat_node, entries in _mapping(value, where, "categories"):
                category = _scalar(cat_node, where, msg("a category name")).strip()
                what = msg("category {name}", name=repr(category))
                for node in _sequence(entries, where, what):
                    raw = _scalar(node, where, msg("an entry"))
                    try:
                        result.entries.append(_parse_entry(raw, category))
                    except ValueError as exc:
                        raise ModerationConfigError(
                            msg(
                                "{file}:{line}: bad entry {entry}: {reason}",
                                file=where,
                                line=node.start_mark.line + 1,
                                entry=repr(raw),
                                reason=said(exc),
                            )
                        ) from exc
        elif key == "replacements":
            for word_node, mild_node in _mapping(value, where, "replacements"):
                word = _normalise(_scalar(word_node, where, msg("a replaced word")))
                mild = _scalar(mild_node, where, msg("a replacement")).strip()
                if not word or not mild:
                    raise ModerationConfigError(
                        msg(
                            "{file}:{line}: empty replacement",
                            file=where,
                            line=word_node.start_mark.line + 1,
                        )
                    )
                result.replacements[word] = mild
        elif key == "allow":
            for node in _sequence(value, where, "allow"):
                word = _normalise(_scalar(node, where, msg("an allowed word")))
                if not re.fullmatch(r"[^\W\d_]+\*?", word):
                    raise ModerationConfigError(
                        msg(
                            "{file}:{line}: bad allowed word {word}",
                            file=where,
                            line=node.start_mark.line + 1,
                            word=repr(word),
                        )
                    )
                result.allow.append(word)
        else:
            raise ModerationConfigError(
                msg("{file}:{line}: unknown key {key}", file=where, line=line, key=repr(key))
            )
    return result


# --------------------------------------------------------------------------- regex


def _char_re(ch: str, aliases: dict[str, str]) -> str:
    if ch == " ":
        return r"\x1f"
    return "[" + "".join(re.escape(c) for c in ch + aliases.get(ch, "") + _MASKS) + "]"


def _render(node: dict, char_re: Callable[[str], str], leaf: Callable[[object], str]) -> str:
    """Render a trie as a regex; children come before the node's own leaves, in order,
    so capture groups are numbered in the order they are emitted."""
    alternatives = [
        char_re(ch) + _render(node[ch], char_re, leaf) for ch in sorted(k for k in node if k)
    ]
    alternatives += [leaf(payload) for payload in node.get("", ())]
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"


def _trie(items: Iterable[tuple[str, object]]) -> dict:
    root: dict = {}
    for word, payload in items:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node.setdefault("", []).append(payload)
    return root


@dataclass(frozen=True)
class _Term:
    entry: _Entry
    group: int  # index into Moderator._groups
    endings: str  # regex of the endings a plain entry may take


@dataclass
class _Scanner:
    script: str
    regex: re.Pattern[str]
    groups: list[int]  # capture group number -> index into Moderator._groups
    hint: re.Pattern[str]


def _compile_scanner(script: str, branches: list[tuple[list[str], list[_Term]]]) -> _Scanner | None:
    """One regex for a script. ``branches`` pairs a prefix list (empty: none) with
    terms; terms are sorted so that a word in two categories reports the first."""
    aliases = _ALIASES[script]

    def char_re(ch: str) -> str:
        return _char_re(ch, aliases)

    groups = [-1]  # group 0 is the whole match

    def leaf(term: object) -> str:
        assert isinstance(term, _Term)
        groups.append(term.group)
        if term.entry.star:
            return r"()[^\x1f]*"
        return "()" if term.entry.exact else "()" + term.endings

    parts = []
    for prefixes, terms in branches:
        if not terms:
            continue
        ordered = sorted(terms, key=lambda t: t.group)
        body = _render(_trie((t.entry.word, t) for t in ordered), char_re, leaf)
        if prefixes:
            pfx = _render(_trie((p, None) for p in prefixes), char_re, lambda _: "")
            body = f"(?:{pfx}){{0,2}}{body}"
        parts.append(body)
    if not parts:
        return None
    regex = re.compile(r"\x1f(?:" + "|".join(parts) + r")(?=\x1f)")
    assert regex.groups == len(groups) - 1
    hint = _LATIN_HINT_RE if script == _LATIN else _CYRILLIC_HINT_RE
    return _Scanner(script, regex, groups, hint)


def _endings_re(endings: Iterable[str], script: str) -> str:
    usable = sorted({e for e in endings if not e or _script_of(e) == script})
    if usable in ([], [""]):
        return ""
    aliases = _ALIASES[script]
    return _render(_trie((e, None) for e in usable), lambda c: _char_re(c, aliases), lambda _: "")


def _plausible(seg: str, script: str) -> bool:
    """Reject hits that only the lookalike/leet/mask classes made possible."""
    if script == _LATIN:
        if not _LATIN_LETTER_RE.search(seg) and _ANY_LETTER_RE.search(seg):
            return False
    elif not _CYRILLIC_HINT_RE.search(seg):
        return False
    if "*" in seg or "#" in seg:
        masks = seg.count("*") + seg.count("#")
        real = len(seg) - masks - seg.count(_SEP)
        if real < 2 or masks > real + 1:
            return False
    if _DIGIT_RE.search(seg):
        digits = len(_DIGIT_RE.findall(seg))
        if digits > len(_ANY_LETTER_RE.findall(seg)):
            return False
    return True


# --------------------------------------------------------------------------- moderator


@dataclass(frozen=True)
class _Hit:
    start: int  # span in the original text
    end: int
    reason: str
    hard: bool
    replacement: str | None = None


class Moderator:
    """Word-list moderation for viewer input and for her own speech.

    ``languages`` names list files in ``lists_dir`` (default ``resources/moderation``).
    ``extra_words`` use the list entry syntax (``word``, ``stem*``, phrases) and are
    always blocked (reason ``custom:word``); ``extra_patterns`` are regular expressions
    searched case-insensitively in the original text (``custom:pattern``);
    ``allow_words`` are never flagged (``word`` or ``word*``). With ``spicy=True`` only
    the ``hard`` category (and the custom words and patterns) count. When a clause she
    is about to say has a ``hard`` term, :meth:`clean_output` drops the whole clause
    unless ``drop_hard_clauses=False``.
    """

    def __init__(
        self,
        *,
        languages: Sequence[str] = ("en", "ru"),
        extra_words: Sequence[str] = (),
        extra_patterns: Sequence[str] = (),
        allow_words: Sequence[str] = (),
        spicy: bool = False,
        lists_dir: str | Path | None = None,
        drop_hard_clauses: bool = True,
    ) -> None:
        folder = Path(lists_dir) if lists_dir is not None else LISTS_DIR
        if isinstance(languages, str):
            languages = (languages,)
        paths = [folder / f"{lang}.yaml" for lang in languages]
        self._setup(
            [_load_list(p) for p in paths],
            extra_words=extra_words,
            extra_patterns=extra_patterns,
            allow_words=allow_words,
            spicy=spicy,
            drop_hard_clauses=drop_hard_clauses,
        )

    @classmethod
    def from_lists(
        cls,
        paths: Iterable[str | Path],
        *,
        extra_words: Sequence[str] = (),
        extra_patterns: Sequence[str] = (),
        allow_words: Sequence[str] = (),
        spicy: bool = False,
        drop_hard_clauses: bool = True,
    ) -> Moderator:
        """A moderator built from explicit list files (any folder, any names)."""
        self = cls.__new__(cls)
        self._setup(
            [_load_list(Path(p)) for p in paths],
            extra_words=extra_words,
            extra_patterns=extra_patterns,
            allow_words=allow_words,
            spicy=spicy,
            drop_hard_clauses=drop_hard_clauses,
        )
        return self

    @property
    def spicy(self) -> bool:
        return self._spicy

    # ------------------------------------------------------------------ setup

    def _setup(
        self,
        lists: list[_WordList],
        *,
        extra_words: Sequence[str],
        extra_patterns: Sequence[str],
        allow_words: Sequence[str],
        spicy: bool,
        drop_hard_clauses: bool,
    ) -> None:
        self._spicy = bool(spicy)
        self._drop_hard = bool(drop_hard_clauses)
        self._groups: list[tuple[str, bool]] = []  # (reason, hard)
        group_ids: dict[str, int] = {}

        def group(reason: str, hard: bool) -> int:
            if reason not in group_ids:
                group_ids[reason] = len(self._groups)
                self._groups.append((reason, hard))
            return group_ids[reason]

        # hard categories first: a word listed twice reports the hard one
        for wl in lists:
            if any(e.category == HARD for e in wl.entries):
                group(f"{wl.name}:{HARD}", True)

        branches: dict[str, list[tuple[list[str], list[_Term]]]] = {_LATIN: [], _CYRILLIC: []}
        endings_by_script: dict[str, set[str]] = {_LATIN: set(), _CYRILLIC: set()}
        prefixes_by_script: dict[str, set[str]] = {_LATIN: set(), _CYRILLIC: set()}
        self._replacements: dict[str, dict[str, str]] = {_LATIN: {}, _CYRILLIC: {}}
        allow: list[str] = []
        for wl in lists:
            for script in (_LATIN, _CYRILLIC):
                endings = _endings_re(wl.endings, script)
                prefixes = [p for p in wl.prefixes if _script_of(p) == script]
                endings_by_script[script].update(
                    e for e in wl.endings if not e or _script_of(e) == script
                )
                prefixes_by_script[script].update(prefixes)
                plain: list[_Term] = []
                prefixed: list[_Term] = []
                for entry in wl.entries:
                    if _script_of(entry.word) != script:
                        continue
                    if entry.category != HARD and self._spicy:
                        continue
                    gid = group(f"{wl.name}:{entry.category}", entry.category == HARD)
                    term = _Term(entry, gid, endings)
                    (prefixed if entry.prefixed and prefixes else plain).append(term)
                branches[script].append((prefixes, prefixed))
                branches[script].append(([], plain))
            for word, mild in wl.replacements.items():
                script = _script_of(word)
                if script is not None:
                    self._replacements[script].setdefault(word, mild)
            allow.extend(wl.allow)

        custom: dict[str, tuple[list[_Term], list[_Term]]] = {
            _LATIN: ([], []),
            _CYRILLIC: ([], []),
        }
        for i, raw in enumerate(extra_words):
            try:
                entry = _parse_entry(str(raw), CUSTOM)
            except ValueError as exc:
                raise ModerationConfigError(
                    msg(
                        "extra_words[{index}]: bad word {word}: {reason}",
                        index=i,
                        word=repr(raw),
                        reason=said(exc),
                    )
                ) from exc
            script = _script_of(entry.word)
            assert script is not None
            ends = "" if entry.star else _endings_re(endings_by_script[script], script)
            term = _Term(entry, group(f"{CUSTOM}:word", False), ends)
            plain, prefixed = custom[script]
            (prefixed if entry.prefixed and prefixes_by_script[script] else plain).append(term)
        for script, (plain, prefixed) in custom.items():
            branches[script].append((sorted(prefixes_by_script[script]), prefixed))
            branches[script].append(([], plain))

        self._scanners = [
            s
            for s in (_compile_scanner(script, b) for script, b in branches.items())
            if s is not None
        ]

        self._patterns: list[re.Pattern[str]] = []
        for i, pattern in enumerate(extra_patterns):
            try:
                compiled = re.compile(str(pattern), re.IGNORECASE)
            except re.error as exc:
                raise ModerationConfigError(
                    msg(
                        "extra_patterns[{index}]: invalid regular expression {pattern}: {reason}",
                        index=i,
                        pattern=repr(pattern),
                        reason=str(exc),
                    )
                ) from exc
            if compiled.search("") is not None:
                raise ModerationConfigError(
                    msg(
                        "extra_patterns[{index}]: pattern {pattern} matches empty text",
                        index=i,
                        pattern=repr(pattern),
                    )
                )
            self._patterns.append(compiled)

        for i, raw in enumerate(allow_words):
            word = _normalise(str(raw))
            if not re.fullmatch(r"[^\W\d_]+\*?", word):
                raise ModerationConfigError(
                    msg("allow_words[{index}]: bad word {word}", index=i, word=repr(raw))
                )
            allow.append(word)
        self._allow = frozenset(w for w in allow if not w.endswith("*"))
        self._allow_prefixes = tuple(w[:-1] for w in allow if w.endswith("*"))

    # ------------------------------------------------------------------ scanning

    def _scan(self, text: str, *, want_replacements: bool) -> list[_Hit]:
        tokens = _TOKEN_RE.findall(text)
        hits: list[_Hit] = []
        if tokens:
            shadow = (_SEP + _SEP.join(tokens) + _SEP).translate(_FOLD).lower()
            scanners = [s for s in self._scanners if s.hint.search(shadow)]
            if scanners:
                hits = self._scan_shadow(text, shadow, scanners, want_replacements)
        if self._patterns:
            for rx in self._patterns:
                hits.extend(
                    _Hit(m.start(), m.end(), f"{CUSTOM}:pattern", False)
                    for m in rx.finditer(text)
                    if m.end() > m.start()
                )
            hits.sort(key=lambda h: (h.start, -h.end))
        return hits

    def _scan_shadow(
        self, text: str, shadow: str, scanners: list[_Scanner], want_replacements: bool
    ) -> list[_Hit]:
        variants = [shadow]
        if _RUN2_RE.search(shadow):
            if _RUN3_RE.search(shadow):
                variants.append(_RUN3_RE.sub(r"\1", shadow))
                variants.append(_RUN3_RE.sub(r"\1\1", shadow))
            collapsed = _RUN2_RE.sub(r"\1", shadow)
            if collapsed not in variants:
                variants.append(collapsed)
        found: dict[tuple[int, int], tuple[int, str]] = {}
        shadow_tokens: list[str] | None = None
        for variant in variants:
            for scanner in scanners:
                for m in scanner.regex.finditer(variant):
                    seg = variant[m.start() + 1 : m.end()]
                    first = variant.count(_SEP, 0, m.start())
                    key = (first, first + seg.count(_SEP))
                    if key in found or not _plausible(seg, scanner.script):
                        continue
                    if key[0] == key[1] and (self._allow or self._allow_prefixes):
                        if shadow_tokens is None:
                            shadow_tokens = shadow[1:-1].split(_SEP)
                        token = shadow_tokens[key[0]]
                        if token in self._allow or token.startswith(self._allow_prefixes):
                            continue
                    found[key] = (scanner.groups[m.lastindex or 0], scanner.script)
        if not found:
            return []
        if shadow_tokens is None:
            shadow_tokens = shadow[1:-1].split(_SEP)
        spans = [m.span() for m in _TOKEN_RE.finditer(text)]
        hits = []
        for (first, last), (gid, script) in sorted(found.items()):
            reason, hard = self._groups[gid]
            start, end = spans[first][0], spans[last][1]
            replacement = None
            if want_replacements and not hard:
                replacement = self._replacement(
                    " ".join(shadow_tokens[first : last + 1]), script, text[start:end]
                )
            hits.append(_Hit(start, end, reason, hard, replacement))
        return hits

    def _replacement(self, shadow_word: str, script: str, original: str) -> str | None:
        table = self._replacements[script]
        if not table:
            return None
        plain = shadow_word.translate(_UNLEET[script])
        candidates = dict.fromkeys(
            (
                plain,
                _RUN3_RE.sub(r"\1", plain),
                _RUN3_RE.sub(r"\1\1", plain),
                _RUN2_RE.sub(r"\1", plain),
            )
        )
        for candidate in candidates:
            if "*" in candidate or "#" in candidate:  # "f*ck": the first word that fits
                masked = re.compile(
                    "".join("." if c in _MASKS else re.escape(c) for c in candidate)
                )
                candidate = next((word for word in table if masked.fullmatch(word)), "")
            mild = table.get(candidate)
            if mild is not None:
                return _match_case(original, mild)
        return None

    @staticmethod
    def _verdict(hits: list[_Hit], text: str) -> Verdict:
        reasons = dict.fromkeys(h.reason for h in hits)
        matches = dict.fromkeys(text[h.start : h.end] for h in hits)
        return Verdict(True, tuple(reasons), tuple(matches))

    # ------------------------------------------------------------------ public

    def check_input(self, text: str) -> Verdict:
        """Moderate what a viewer said, typed or chatted: ``blocked`` means it must not
        reach the LLM."""
        if not text:
            return CLEAN
        hits = self._scan(text, want_replacements=False)
        return self._verdict(hits, text) if hits else CLEAN

    def clean_output(self, text: str) -> tuple[str, Verdict]:
        """Clean a clause she is about to say or show.

        Flagged words are replaced by the list's mild word ("fucking" -> "freaking",
        "блять" -> "блин") or removed, with the spaces and punctuation around them
        tidied. A clause with a ``hard`` term is dropped whole (returns ``""``) unless
        the moderator was made with ``drop_hard_clauses=False``. Clean text comes back
        unchanged, the same object.
        """
        if not text:
            return text, CLEAN
        hits = self._scan(text, want_replacements=True)
        if not hits:
            return text, CLEAN
        verdict = self._verdict(hits, text)
        if self._drop_hard and any(h.hard for h in hits):
            return "", verdict
        return _splice(text, _merge(hits)), verdict


# --------------------------------------------------------------------------- editing


def _match_case(original: str, word: str) -> str:
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return word.upper()
    if letters and letters[0].isupper():
        return word[:1].upper() + word[1:]
    return word


def _merge(hits: list[_Hit]) -> list[tuple[int, int, str | None]]:
    """Sorted, non-overlapping edits; overlapping hits are removed as one span."""
    edits: list[tuple[int, int, str | None]] = []
    for h in sorted(hits, key=lambda h: (h.start, -h.end)):
        if edits and h.start < edits[-1][1]:
            start, end, _ = edits[-1]
            edits[-1] = (start, max(end, h.end), None)
        else:
            edits.append((h.start, h.end, h.replacement))
    return edits


_OPENERS = "([{«“„‘\"'¿¡"
_SOFT = ",;:"
_STOPS = ".!?…"
_CLOSERS = ")]}»”"
_BRACKETS = {"(": ")", "[": "]", "{": "}", "«": "»", "“": "”"}
_ARTICLE_RE = re.compile(r"\b(an?)(\s+)$", re.IGNORECASE)


def _fix_article(left: str, word: str) -> str:
    """ "a"/"an" before a replacement word follows the replacement's first letter."""
    m = _ARTICLE_RE.search(left)
    if m is None or not word[:1].isascii() or not word[:1].isalpha():
        return left
    article = m.group(1)
    new = "an" if word[0].lower() in "aeiou" else "a"
    if article.isupper() and len(article) > 1:
        new = new.upper()
    elif article[0].isupper():
        new = new.capitalize()
    return left[: m.start(1)] + new + m.group(2)


def _splice(text: str, edits: list[tuple[int, int, str | None]]) -> str:
    """Apply the edits (replace, or remove and tidy the gap) and return the clause."""
    out = ""
    pos = 0
    capitalise_at: int | None = None
    n = len(text)
    for start, end, replacement in edits:
        out += text[pos:start]
        pos = end
        if replacement is not None:
            out = _fix_article(out, replacement) + replacement
            continue
        removed_capital = text[start:end][:1].isupper()
        out = out.rstrip(" \t")
        while pos < n and text[pos] in " \t":
            pos += 1
        nxt = text[pos] if pos < n else "\n"  # "\n": the end of the clause
        last = out[-1] if out.strip() else "\n"  # "\n": nothing said yet
        if last in _BRACKETS and nxt == _BRACKETS[last]:  # "(word)": drop the brackets too
            out = out[:-1].rstrip(" \t")
            pos += 1
            if out and pos < n and not text[pos].isspace() and text[pos] not in _SOFT + _STOPS:
                out += " "
        elif last in _OPENERS or last in _STOPS or last == "\n":
            # the word began a sentence: drop the punctuation that would now dangle
            while pos < n and (text[pos] in _SOFT or text[pos] in _STOPS):
                pos += 1
                while pos < n and text[pos] in " \t":
                    pos += 1
            if last in _STOPS and pos < n:
                out += " "
            if removed_capital:
                capitalise_at = len(out)
        elif nxt in _SOFT or nxt in _STOPS or nxt == "\n":
            if last in _SOFT:
                out = out[:-1].rstrip(" \t")
        elif nxt not in _CLOSERS:
            out += " "
    out += text[pos:]
    if capitalise_at is not None:
        for i in range(capitalise_at, len(out)):
            if out[i].isalpha():
                out = out[:i] + out[i].upper() + out[i + 1 :]
                break
            if not out[i].isspace() and out[i] not in _OPENERS:
                break
    if not any(c.isalnum() for c in out):
        return ""
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return lead + out.strip() + trail


# --------------------------------------------------------------------------- leaks

_LEAK_RE = re.compile(
    r"""
    (?:^|\n)[ \t]*\#{1,6}[ \t]+\S                          # a markdown header line
    | \#{2,6}[ \t]*[^\W\d_]                               # "## Memory" anywhere
    | \[[ \t]*(?:memor|relationship|context|system|notes?\b|facts?\b|summary|profile
                |viewer|persona|instruction|importance|about\b|памят|отношени|контекст)
    | \b(?:about|importance|salience|relevance|source|kind|score|weight|platform|trust
           |affinity|tags?|id|uid|user|viewer|ts|timestamp)[ \t]*=[ \t]*\S  # key=value
    | \b(?:importance|salience|relevance|affinity|created_at|updated_at|last_seen
           |user_id|viewer_id|memory_id)[ \t]*:                # metadata keys
    | \b(?:twitch|youtube|yt|discord|kick|tiktok):[\w@]     # platform ids: "twitch:mika"
    | \b[a-z]+_[a-z_]+[ \t]*[=:][ \t]*\S                    # snake_case: value
    | \{[ \t\r\n]*["'][^"'\n]{1,60}["'][ \t]*:              # a JSON object
    | \[[ \t\r\n]*(?:\{|["'][^"'\n]*["'][ \t]*,|-?\d+(?:\.\d+)?[ \t]*,)  # a JSON array
    """,
    re.IGNORECASE | re.VERBOSE,
)
_LEAK_WORD_RE = re.compile(r"[^\W_]+")
_LEAK_NGRAM = 8


def _leak_words(text: str) -> list[str]:
    return _LEAK_WORD_RE.findall(text.lower().replace("ё", "е"))


@lru_cache(maxsize=16)
def _secret_ngrams(secrets: tuple[str, ...]) -> frozenset[str]:
    grams: set[str] = set()
    for secret in secrets:
        words = _leak_words(secret)
        grams.update(
            " ".join(words[i : i + _LEAK_NGRAM]) for i in range(len(words) - _LEAK_NGRAM + 1)
        )
    return frozenset(grams)


def looks_like_leak(text: str, *, secrets: Sequence[str] = ()) -> bool:
    """True when a clause she is about to say reads like her hidden context: section
    headers ("## Memory"), "[memory ...]" tags, metadata ("about=twitch:...",
    "importance:"), JSON, or any 8 words in a row (case and punctuation aside) taken
    from one of ``secrets`` (the memory and relationship text given to the LLM)."""
    if _LEAK_RE.search(text):
        return True
    if secrets:
        words = _leak_words(text)
        if len(words) >= _LEAK_NGRAM:
            grams = _secret_ngrams(tuple(secrets))
            if grams:
                return any(
                    " ".join(words[i : i + _LEAK_NGRAM]) in grams
                    for i in range(len(words) - _LEAK_NGRAM + 1)
                )
    return False
