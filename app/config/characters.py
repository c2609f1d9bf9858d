"""Characters: who Neiri plays (persona prompt, voice, lines, avatar tags).

A character is one YAML file named after it (``neiri.yaml``). The user's
characters folder is searched first, so a user file overrides a bundled one of
the same name; then the characters shipped in ``resources/characters/``.
"""

from __future__ import annotations

import os
import random
import re
import string
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from app.config.store import (
    describe_place,
    describe_yaml_error,
    dotted,
    line_of,
    load_yaml_with_lines,
)
from app.config.validation import explain_file_error
from app.core.messages import Message, joined, msg

BUNDLED_CHARACTERS_DIR = Path(__file__).resolve().parents[2] / "resources" / "characters"
CHARACTER_SUFFIXES = (".yaml", ".yml")

DEFAULT_EMOTIONS: tuple[str, ...] = (
    "neutral",
    "happy",
    "sad",
    "angry",
    "relaxed",
    "surprised",
    "smug",
    "shy",
    "excited",
    "confused",
    "sleepy",
    "thinking",
)
DEFAULT_MOTIONS: tuple[str, ...] = ("wave", "nod", "shake", "bounce")

REACTION_EVENTS: tuple[str, ...] = ("follow", "subscription", "raid", "cheer", "donation")
REACTION_FIELDS: frozenset[str] = frozenset(
    {"user", "amount", "currency", "months", "tier", "viewers", "bits", "message"}
)

STREAM_MODE_RULES = (
    "You are live on stream. Several viewers may talk to you; chat messages arrive with "
    "the viewer's name. Answer the person who spoke, keep it short, and keep the stream fun."
)
FAMILY_FRIENDLY_RULES = (
    "Keep everything family-friendly: no swearing, no sexual content, no slurs, no cruelty. "
    "If someone pushes for that, change the subject playfully."
)
DEFAULT_BLOCKED_REPLIES: tuple[str, ...] = (
    "Let's keep it friendly in here! Tell me about something else?",
    "Hmm, I'll pass on that one. What else is on your mind?",
    "Nope, not going there! Ask me something fun instead.",
)

_NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
_NAME_RE = re.compile(_NAME_PATTERN)


class CharacterError(Exception):
    """A character is missing or its file is invalid. ``message`` (the reason alone) and
    the exception's text are messages (:mod:`app.core.messages`): the interface
    translates them."""

    def __init__(
        self,
        message: str,
        *,
        file: Path | None = None,
        field: str | None = None,
        line: int | None = None,
    ) -> None:
        self.message = message
        self.file = file
        self.field = field
        self.line = line
        super().__init__(self._describe())

    def _describe(self) -> Message:
        """``<file> line <n>: <field>: <message>``, each part only when known."""
        reason = self.message
        if self.file is None:
            if self.field:
                return msg("{field}: {reason}", field=self.field, reason=reason)
            return reason if isinstance(reason, Message) else msg("{reason}", reason=reason)
        return describe_place(str(self.file), self.line or None, self.field, reason)


class Sampling(BaseModel):
    """LLM sampling for this character (Ollama's option names); empty means the
    settings' values."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    temperature: float | None = Field(None, ge=0.0, le=2.0)
    top_p: float | None = Field(None, gt=0.0, le=1.0)
    top_k: int | None = Field(None, ge=1, le=1000)
    repeat_penalty: float | None = Field(None, ge=0.5, le=2.0)
    presence_penalty: float | None = Field(None, ge=-2.0, le=2.0)
    frequency_penalty: float | None = Field(None, ge=-2.0, le=2.0)
    max_tokens: int | None = Field(None, ge=1, le=32_768)

    def options(self) -> dict[str, float]:
        """The extra options for the provider (temperature and max_tokens go apart)."""
        skip = {"temperature", "max_tokens"}
        return {k: v for k, v in self.model_dump().items() if v is not None and k not in skip}


class CharacterModeration(BaseModel):
    """Extra moderation for this character, on top of the app's word lists."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    blocked_words: list[str] = Field(default_factory=list)
    blocked_patterns: list[str] = Field(default_factory=list)
    allowed_words: list[str] = Field(default_factory=list)
    blocked_replies: list[str] = Field(
        default_factory=lambda: list(DEFAULT_BLOCKED_REPLIES),
        min_length=1,
        description="What she says (one picked at random) when a message is blocked.",
    )


class Character(BaseModel):
    """One character. Unknown keys are rejected so a misspelt key is reported
    instead of being silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=_NAME_PATTERN, description="Identifier; must match the file name.")
    display_name: str = Field(
        "", validate_default=True, description="Name shown in the app. Defaults to the name."
    )
    language: str = Field("en", min_length=1, description="Language she speaks (e.g. en).")
    voice: str = Field("en_US-joe-medium", min_length=1, description="Default TTS voice.")
    persona: str = Field(min_length=1, description="The system prompt that defines her.")
    greeting: str = Field("", description="What she says when a conversation starts.")
    unreachable_line: str = Field(
        "Sorry, I can't reach my brain right now. Is Ollama running?",
        min_length=1,
        description="What she says when the language model cannot be reached.",
    )
    error_line: str = Field(
        "Oops, something went wrong on my side. Could you say that again?",
        min_length=1,
        description="What she says after any other error.",
    )
    emotions: dict[str, str] = Field(
        default_factory=lambda: {tag: tag for tag in DEFAULT_EMOTIONS},
        description="Emotion tag the model may use -> avatar expression name.",
    )
    motions: list[str] = Field(
        default_factory=lambda: list(DEFAULT_MOTIONS),
        description="Motion tags the model may use.",
    )
    default_emotion: str = Field(
        "neutral",
        validate_default=True,
        description="Expression used when a reply has no emotion tag.",
    )
    temperature: float | None = Field(
        None,
        ge=0.0,
        le=2.0,
        description="Overrides the LLM temperature (older files; prefer sampling.temperature).",
    )
    style_rules: list[str] = Field(
        default_factory=list,
        description="How she talks (short replies, no lists...); added to the system prompt.",
    )
    sampling: Sampling = Field(default_factory=Sampling, description="LLM sampling options.")
    stream_mode: bool = Field(
        False, description="Live-stream behaviour: many viewers, short answers, names."
    )
    spicy_mode: bool = Field(
        False,
        description="Allow mild swearing and adult jokes (slurs stay blocked). Off by default.",
    )
    reactions: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Lines for follow, subscription, raid, cheer and donation events.",
    )
    moderation: CharacterModeration = Field(default_factory=CharacterModeration)
    avatar: str = Field(
        "", description="Avatar model file (.vrm or .model3.json); empty: the app's choice."
    )

    @field_validator("display_name")
    @classmethod
    def _display_name_defaults_to_name(cls, value: str, info: ValidationInfo) -> str:
        value = value.strip()
        return value or str(info.data.get("name", ""))

    @field_validator("emotions")
    @classmethod
    def _clean_emotions(cls, value: dict[str, str]) -> dict[str, str]:
        cleaned: dict[str, str] = {}
        for tag, expression in value.items():
            tag = tag.strip().lower()
            if not tag or not expression.strip():
                raise ValueError(msg("emotion tags and expression names must not be empty"))
            cleaned[tag] = expression.strip()
        if not cleaned:
            raise ValueError(msg("at least one emotion is needed"))
        return cleaned

    @field_validator("motions")
    @classmethod
    def _clean_motions(cls, value: list[str]) -> list[str]:
        cleaned: list[str] = []
        for motion in value:
            motion = motion.strip().lower()
            if not motion:
                raise ValueError(msg("motion names must not be empty"))
            if motion not in cleaned:
                cleaned.append(motion)
        return cleaned

    @field_validator("style_rules")
    @classmethod
    def _clean_rules(cls, value: list[str]) -> list[str]:
        return [" ".join(rule.split()) for rule in value if rule.strip()]

    @field_validator("reactions")
    @classmethod
    def _check_reactions(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        formatter = string.Formatter()
        for event, lines in value.items():
            if event not in REACTION_EVENTS:
                raise ValueError(
                    msg(
                        "{event} is not one of {choices}",
                        event=repr(event),
                        choices=", ".join(REACTION_EVENTS),
                    )
                )
            for line in lines:
                try:
                    names = {name for _, name, _, _ in formatter.parse(line) if name is not None}
                except ValueError as exc:
                    raise ValueError(
                        msg(
                            "{event}: {line}: {reason}",
                            event=event,
                            line=repr(line),
                            reason=str(exc),
                        )
                    ) from None
                unknown = names - REACTION_FIELDS
                if unknown or "" in names:
                    bad = ", ".join(sorted(n or "{}" for n in unknown | ({""} & names)))
                    raise ValueError(
                        msg(
                            "{event}: {line} uses {bad}; the fields are {fields}",
                            event=event,
                            line=repr(line),
                            bad=bad,
                            fields=", ".join(sorted(REACTION_FIELDS)),
                        )
                    )
        return {event: [line for line in lines if line.strip()] for event, lines in value.items()}

    @field_validator("default_emotion")
    @classmethod
    def _default_emotion_is_listed(cls, value: str, info: ValidationInfo) -> str:
        value = value.strip().lower()
        emotions = info.data.get("emotions")
        if emotions is not None and value not in emotions:
            raise ValueError(
                msg(
                    "{value} is not one of the emotions ({emotions})",
                    value=repr(value),
                    emotions=", ".join(emotions),
                )
            )
        return value

    # --- derived -----------------------------------------------------------------------

    @property
    def effective_temperature(self) -> float | None:
        return (
            self.sampling.temperature if self.sampling.temperature is not None else self.temperature
        )

    def system_prompt(self) -> str:
        """Persona, style rules, stream mode and the family-friendly rule, in that order.

        Stable for a character, so an LLM server can keep its cached prefix."""
        parts = [self.persona.strip()]
        if self.style_rules:
            parts.append("How you talk:\n" + "\n".join(f"- {rule}" for rule in self.style_rules))
        if self.stream_mode:
            parts.append(STREAM_MODE_RULES)
        if not self.spicy_mode:
            parts.append(FAMILY_FRIENDLY_RULES)
        return "\n\n".join(parts)

    def react(self, event: str, rng: random.Random | None = None, **values: Any) -> str | None:
        """A reaction line for a stream event with its fields filled in; None when the
        character has none for it. Missing fields read as "someone" / "some"."""
        lines = self.reactions.get(event)
        if not lines:
            return None
        line = (rng or random).choice(lines)
        fields = {name: "some" for name in REACTION_FIELDS} | {"user": "someone"}
        fields.update({k: v for k, v in values.items() if v is not None})
        return line.format(**fields)

    def blocked_reply(self, rng: random.Random | None = None) -> str:
        return (rng or random).choice(self.moderation.blocked_replies)


def load_character(
    name: str,
    user_dir: str | os.PathLike[str] | None,
    *,
    bundled_dir: str | os.PathLike[str] | None = BUNDLED_CHARACTERS_DIR,
) -> Character:
    """Load the character ``name`` from ``user_dir`` if it has one, else from the
    bundled characters. Raises :class:`CharacterError` naming the file and field."""
    if not _NAME_RE.match(name):
        raise CharacterError(
            msg(
                "{name} is not a valid character name (letters, digits, '_', '-', '.')",
                name=repr(name),
            )
        )
    searched: list[Path] = []
    for folder in (user_dir, bundled_dir):
        if folder is None:
            continue
        folder = Path(folder).expanduser()
        searched.append(folder)
        for suffix in CHARACTER_SUFFIXES:
            candidate = folder / f"{name}{suffix}"
            if candidate.is_file():
                return _read_character(candidate, name)
    where = ", ".join(str(folder) for folder in searched) or msg("no folder")
    raise CharacterError(
        msg(
            "there is no character named {name} (looked in {folders})",
            name=repr(name),
            folders=where,
        )
    )


def list_characters(
    user_dir: str | os.PathLike[str] | None,
    *,
    bundled_dir: str | os.PathLike[str] | None = BUNDLED_CHARACTERS_DIR,
) -> list[str]:
    """Names of the characters available from the user's folder and the bundled ones,
    sorted. Files are not validated here; :func:`load_character` does that."""
    names: set[str] = set()
    for folder in (user_dir, bundled_dir):
        if folder is None:
            continue
        folder = Path(folder).expanduser()
        if not folder.is_dir():
            continue
        for entry in folder.iterdir():
            if (
                entry.suffix in CHARACTER_SUFFIXES
                and entry.is_file()
                and _NAME_RE.match(entry.stem)
            ):
                names.add(entry.stem)
    return sorted(names)


def _read_character(path: Path, name: str) -> Character:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CharacterError(
            msg("could not read the file: {reason}", reason=str(exc)), file=path
        ) from exc
    try:
        data, lines = load_yaml_with_lines(text)
    except yaml.MarkedYAMLError as exc:
        line, what = describe_yaml_error(exc)
        raise CharacterError(
            msg("this is not valid YAML: {reason}", reason=what), file=path, line=line
        ) from exc
    except yaml.YAMLError as exc:
        raise CharacterError(
            msg("this is not valid YAML: {reason}", reason=str(exc)), file=path
        ) from exc
    if not isinstance(data, dict):
        raise CharacterError(msg("the file must be a mapping of 'key: value' entries"), file=path)

    data.setdefault("name", name)
    if data["name"] != name:
        raise CharacterError(
            msg(
                "is {value} but the file is named {name}; they must match",
                value=repr(data["name"]),
                name=repr(name),
            ),
            file=path,
            field="name",
            line=line_of(lines, ("name",)),
        )
    try:
        return Character.model_validate(data)
    except ValidationError as exc:
        raise _validation_error(path, lines, exc) from exc


def _validation_error(path: Path, lines: dict[Any, int], exc: ValidationError) -> CharacterError:
    errors = exc.errors()
    first = errors[0]
    first_field = dotted(first["loc"]) or None
    message = explain_file_error(first)
    if len(errors) > 1:
        others = joined(
            [
                msg("{field}: {reason}", field=dotted(e["loc"]), reason=explain_file_error(e))
                for e in errors[1:]
            ]
        )
        message = msg("{reason} (also: {others})", reason=message, others=others)
    return CharacterError(
        message, file=path, field=first_field, line=line_of(lines, tuple(first["loc"]))
    )
