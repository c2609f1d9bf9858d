"""Characters: who Neiri plays (persona prompt, voice, lines, avatar tags).

A character is one YAML file named after it (``neiri.yaml``). The user's
characters folder is searched first, so a user file overrides a bundled one of
the same name; then the characters shipped in ``resources/characters/``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from app.config.store import describe_yaml_error, dotted, line_of, load_yaml_with_lines

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

_NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
_NAME_RE = re.compile(_NAME_PATTERN)


class CharacterError(Exception):
    """A character is missing or its file is invalid."""

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

    def _describe(self) -> str:
        parts: list[str] = []
        if self.file is not None:
            parts.append(f"{self.file} line {self.line}" if self.line else str(self.file))
        if self.field:
            parts.append(self.field)
        parts.append(self.message)
        return ": ".join(parts)


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
        description="Overrides the LLM temperature for this character when set.",
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
                raise ValueError("emotion tags and expression names must not be empty")
            cleaned[tag] = expression.strip()
        if not cleaned:
            raise ValueError("at least one emotion is needed")
        return cleaned

    @field_validator("motions")
    @classmethod
    def _clean_motions(cls, value: list[str]) -> list[str]:
        cleaned: list[str] = []
        for motion in value:
            motion = motion.strip().lower()
            if not motion:
                raise ValueError("motion names must not be empty")
            if motion not in cleaned:
                cleaned.append(motion)
        return cleaned

    @field_validator("default_emotion")
    @classmethod
    def _default_emotion_is_listed(cls, value: str, info: ValidationInfo) -> str:
        value = value.strip().lower()
        emotions = info.data.get("emotions")
        if emotions is not None and value not in emotions:
            raise ValueError(f"{value!r} is not one of the emotions ({', '.join(emotions)})")
        return value


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
            f"{name!r} is not a valid character name (letters, digits, '_', '-', '.')"
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
    where = ", ".join(str(folder) for folder in searched) or "no folder"
    raise CharacterError(f"there is no character named {name!r} (looked in {where})")


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
        raise CharacterError(f"could not read the file: {exc}", file=path) from exc
    try:
        data, lines = load_yaml_with_lines(text)
    except yaml.MarkedYAMLError as exc:
        line, what = describe_yaml_error(exc)
        raise CharacterError(f"this is not valid YAML: {what}", file=path, line=line) from exc
    except yaml.YAMLError as exc:
        raise CharacterError(f"this is not valid YAML: {exc}", file=path) from exc
    if not isinstance(data, dict):
        raise CharacterError("the file must be a mapping of 'key: value' entries", file=path)

    data.setdefault("name", name)
    if data["name"] != name:
        raise CharacterError(
            f"is {data['name']!r} but the file is named {name!r}; they must match",
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
    message = str(first["msg"])
    if len(errors) > 1:
        others = "; ".join(f"{dotted(e['loc'])}: {e['msg']}" for e in errors[1:])
        message = f"{message} (also: {others})"
    return CharacterError(
        message, file=path, field=first_field, line=line_of(lines, tuple(first["loc"]))
    )
