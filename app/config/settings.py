"""The typed model of Neiri's settings file (``settings.yaml``).

Every field has a default and a ``description`` so a settings UI can list the
options with their help text straight from the model. Unknown keys, at the top
level and inside every section, are kept (``extra="allow"``) so a key written by
the user, or by a newer Neiri, survives a load/save round trip.

Reading, migrating and writing the file lives in :mod:`app.config.store`.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

from app.core.messages import msg

SETTINGS_VERSION = 1
"""The settings format this Neiri writes. Bump it together with a new migration."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="allow", validate_assignment=True)


class AudioSettings(_Section):
    input_device: str | int | None = Field(
        None,
        description="Microphone: a device name or index. Empty means the system default.",
    )
    output_device: str | int | None = Field(
        None,
        description="Speakers or headphones: a device name or index. Empty: system default.",
    )
    block_ms: int = Field(
        20,
        ge=10,
        le=40,
        description="Audio block length (ms). Shorter reacts faster, longer uses less CPU.",
    )
    mode: Literal["headphones", "speakers"] = Field(
        "headphones",
        description=(
            "Headphones: you can interrupt Neiri freely. Speakers: her own voice can reach the "
            "mic, so interrupting needs you to be clearly louder than the echo."
        ),
    )
    input_gain_db: float = Field(
        0.0, ge=-20.0, le=30.0, description="Extra microphone gain in decibels."
    )


class VadSettings(_Section):
    threshold: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description="Speech probability above which a sound counts as the start of speech.",
    )
    neg_threshold: float = Field(
        0.35,
        ge=0.0,
        le=1.0,
        description="Speech probability below which speech counts as stopped (below threshold).",
    )
    min_speech_ms: int = Field(
        64, ge=0, le=2000, description="Sounds shorter than this (milliseconds) are ignored."
    )
    min_silence_ms: int = Field(
        250,
        ge=50,
        le=5000,
        description="Silence (ms) needed before your sentence counts as finished.",
    )
    preroll_ms: int = Field(
        300,
        ge=0,
        le=2000,
        description="Audio (ms) kept from before speech was detected, so first syllables survive.",
    )
    max_utterance_s: float = Field(
        30.0,
        ge=1.0,
        le=300.0,
        description="Longest single utterance in seconds; longer speech is cut and sent as is.",
    )
    speakers_margin_db: float = Field(
        6.0,
        ge=0.0,
        le=40.0,
        description=(
            "Speakers mode only: how much louder (dB) the mic must be than the expected echo "
            "of Neiri's voice for you to interrupt her."
        ),
    )


class AsrSettings(_Section):
    model: str = Field(
        "tiny.en",
        min_length=1,
        description="Speech recognition model: a Whisper model name (tiny.en, base) or a folder.",
    )
    language: str | None = Field(
        None,
        description="Language you speak (e.g. en). Empty means the character's language.",
    )
    compute_type: str = Field(
        "int8",
        min_length=1,
        description="Numeric precision for recognition (int8 is fastest on a CPU).",
    )
    device: str = Field("cpu", min_length=1, description="Where recognition runs: cpu or cuda.")
    cpu_threads: int = Field(
        0, ge=0, le=256, description="CPU threads for recognition. 0 picks automatically."
    )
    beam_size: int = Field(
        1, ge=1, le=10, description="Beam search width. 1 is fastest; larger can be more accurate."
    )


class LlmSettings(_Section):
    provider: Literal["ollama", "openai"] = Field(
        "ollama",
        description="ollama for a local Ollama server, openai for any OpenAI-compatible server.",
    )
    base_url: str = Field(
        "http://127.0.0.1:11434", min_length=1, description="Address of the language model server."
    )
    model: str = Field("llama3.2:3b", min_length=1, description="Name of the language model.")
    api_key: SecretStr | None = Field(
        None, description="API key, if the server needs one. Leave empty for a local Ollama."
    )
    keep_alive: str = Field(
        "30m",
        description="How long Ollama keeps the model in memory after a reply (e.g. 30m, 1h, -1).",
    )
    num_ctx: int = Field(
        4096, ge=256, le=1_048_576, description="Context window of the model, in tokens."
    )
    temperature: float = Field(
        0.7, ge=0.0, le=2.0, description="Creativity: low is focused, high is more varied."
    )
    max_tokens: int = Field(300, ge=1, le=32_768, description="Longest reply, in tokens.")
    connect_retries: int = Field(
        3, ge=0, le=20, description="How many times to retry when the server cannot be reached."
    )
    retry_backoff_s: float = Field(
        0.25,
        ge=0.0,
        le=30.0,
        description="Wait before the first retry in seconds; it doubles on each retry.",
    )
    timeout_s: float = Field(
        60.0, gt=0.0, le=600.0, description="Give up on a reply after this many seconds."
    )


class TtsSettings(_Section):
    engine: Literal["piper", "xtts"] = Field("piper", description="Speech synthesis engine.")
    voice: str | None = Field(
        None, description="Voice name or path. Empty means the character's voice."
    )
    speed: float = Field(1.0, ge=0.5, le=2.0, description="Speaking speed: 1.0 is normal.")
    cache_size: int = Field(
        256, ge=0, le=100_000, description="How many spoken phrases to keep cached. 0 disables it."
    )


class ConversationSettings(_Section):
    history_turns: int = Field(
        12, ge=0, le=1000, description="How many past exchanges Neiri remembers in a conversation."
    )
    max_input_chars: int = Field(
        2000, ge=1, le=100_000, description="Longest message she accepts, in characters."
    )
    resume_window_h: float = Field(
        2.0,
        ge=0.0,
        le=720.0,
        description="Continue the last conversation if it ended less than this many hours ago.",
    )


class MemorySettings(_Section):
    enabled: bool = Field(
        True, description="Long-term memory: she remembers facts about you and her viewers."
    )
    extract_facts: bool = Field(
        True,
        description="After a conversation, ask the language model what is worth remembering "
        "(runs only while nobody is talking).",
    )
    recall_items: int = Field(
        6, ge=0, le=50, description="How many memories may go into one reply's prompt."
    )
    recall_tokens: int = Field(
        250, ge=0, le=4000, description="Most tokens of memories in one reply's prompt."
    )
    recall_timeout_ms: float = Field(
        60.0,
        ge=5.0,
        le=2000.0,
        description="Longest wait for memories before a reply; late ones are used next time.",
    )
    consolidate_every_min: float = Field(
        30.0,
        ge=1.0,
        le=1440.0,
        description="How often (minutes) duplicates are merged and old chat is summarised.",
    )
    merge_similarity: float = Field(
        0.92,
        ge=0.5,
        le=1.0,
        description="How alike two memories must be (0-1) to be merged into one.",
    )
    summarize_after_days: float = Field(
        7.0, ge=0.0, le=3650.0, description="Chat notes older than this are summarised."
    )
    session_ttl_h: float = Field(
        24.0,
        ge=0.0,
        le=8760.0,
        description="How long short-lived memories (moods of the moment) are kept, in hours.",
    )


class RelationshipsSettings(_Section):
    enabled: bool = Field(
        True,
        description="Keep track of the people she talks with (affinity, trust, how often). "
        "Off: nothing about people is recorded.",
    )
    card_tokens: int = Field(
        200, ge=0, le=1000, description="Most tokens of the speaker's card in a reply's prompt."
    )


class ModerationSettings(_Section):
    enabled: bool = Field(
        True, description="Block unfriendly messages and clean her replies before she speaks."
    )
    languages: list[str] = Field(
        default_factory=lambda: ["en", "ru"],
        description="Word lists to use (en, ru).",
    )
    blocked_words: list[str] = Field(
        default_factory=list, description="Extra words to block (a trailing * blocks word forms)."
    )
    blocked_patterns: list[str] = Field(
        default_factory=list, description="Extra regular expressions to block."
    )
    allowed_words: list[str] = Field(
        default_factory=list, description="Words never to block (false alarms)."
    )
    anti_repetition: bool = Field(
        True, description="Skip sentences she has just said in her last few replies."
    )


class LoggingSettings(_Section):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "INFO", description="How much goes into the log file: DEBUG, INFO, WARNING or ERROR."
    )
    max_bytes: int = Field(
        10_000_000,
        ge=10_000,
        le=1_000_000_000,
        description="Size in bytes at which the log file is rotated.",
    )
    backups: int = Field(5, ge=0, le=100, description="How many rotated log files to keep.")

    @field_validator("level", mode="before")
    @classmethod
    def _upper_level(cls, value: Any) -> Any:
        return value.strip().upper() if isinstance(value, str) else value


class ServerSettings(_Section):
    host: str = Field(
        "127.0.0.1", min_length=1, description="Address the local web server listens on."
    )
    enabled: bool = Field(
        True, description="Serve the avatar page for the app window and OBS browser sources."
    )
    port: int = Field(
        8765, ge=0, le=65535, description="Port of the local web server (0 picks a free one)."
    )
    allow_remote: bool = Field(
        False, description="Allow other devices on the network to connect (needs a token)."
    )
    token: SecretStr | None = Field(
        None, description="Password that remote clients must send to connect."
    )


class UiSettings(_Section):
    theme: Literal["system", "light", "dark"] = Field(
        "system", description="Colours of the window: follow the system, light or dark."
    )
    close_to_tray: bool = Field(
        True, description="Closing the window keeps Neiri running in the system tray."
    )
    tray_notice_shown: bool = Field(
        False, description="Whether the 'still running in the tray' notice was shown once."
    )
    push_to_talk_key: str = Field(
        "F9", min_length=1, description="Hold this key to talk while the microphone is off."
    )


AVATAR_MODEL_SUFFIXES: tuple[str, ...] = (".vrm", ".glb", ".model3.json")
"""The model files the avatar page shows: VRM (0.x and 1.0, also as .glb) and Live2D."""

MOTION_PREFIX = "motion:"
"""An emotion map entry ``motion:<name>`` plays a motion instead of an expression."""


def is_live2d_model(path: str) -> bool:
    """Whether ``path`` names a Live2D model (``.model3.json``) rather than a VRM."""
    return path.strip().lower().endswith(".model3.json")


class AvatarSettings(_Section):
    model: str = Field(
        "",
        description=(
            "The avatar model: a .vrm file or a Live2D .model3.json file. "
            "Empty: the character's own avatar, or Neiri's default."
        ),
    )
    live2d_core: str = Field(
        "",
        description=(
            "Your own copy of the Live2D Cubism Core (live2dcubismcore.min.js), needed for "
            "Live2D models. Neiri does not include it. Empty: Live2D is off."
        ),
    )
    emotion_maps: dict[str, dict[str, str]] = Field(
        default_factory=dict,
        description=(
            "Per model file name: emotion tag -> expression name, or motion:<name> to play a "
            "motion. Overrides the character's emotion map for that model."
        ),
    )

    @model_validator(mode="before")
    @classmethod
    def _path_alone(cls, data: Any) -> Any:
        # "avatar: some/model.vrm" (a path instead of a section) means the model
        if isinstance(data, str):
            return {"model": data}
        return data

    @field_validator("model")
    @classmethod
    def _model_file(cls, value: str) -> str:
        value = value.strip()
        if value and not value.lower().endswith(AVATAR_MODEL_SUFFIXES):
            raise ValueError(
                msg("The avatar model must be a .vrm file or a Live2D .model3.json file.")
            )
        return value

    @field_validator("live2d_core")
    @classmethod
    def _core_file(cls, value: str) -> str:
        value = value.strip()
        if value and not value.lower().endswith(".js"):
            raise ValueError(
                msg(
                    "The Live2D Cubism Core is a JavaScript file "
                    "(live2dcubismcore.min.js from the Cubism SDK for Web)."
                )
            )
        return value

    @field_validator("emotion_maps")
    @classmethod
    def _clean_maps(cls, value: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
        cleaned: dict[str, dict[str, str]] = {}
        for model, entries in value.items():
            name = model.strip()
            if not name or "/" in name or "\\" in name:
                raise ValueError(
                    msg(
                        "Emotion maps are listed by the model's file name "
                        "(like hiyori.model3.json), not by a path: {name}",
                        name=model,
                    )
                )
            if not name.lower().endswith(AVATAR_MODEL_SUFFIXES):
                raise ValueError(
                    msg(
                        "{name}: an emotion map belongs to a .vrm or .model3.json model file.",
                        name=name,
                    )
                )
            mapped: dict[str, str] = {}
            for tag, target in entries.items():
                key, goal = tag.strip().lower(), target.strip()
                if not key or not goal:
                    raise ValueError(
                        msg(
                            "{name}: emotion tags and expression names must not be empty.",
                            name=name,
                        )
                    )
                if goal.lower().startswith(MOTION_PREFIX):
                    motion = goal[len(MOTION_PREFIX) :].strip()
                    if not motion:
                        raise ValueError(
                            msg(
                                "{name}: {tag} says motion: without a motion name "
                                "(write motion:<name>).",
                                name=name,
                                tag=key,
                            )
                        )
                    goal = MOTION_PREFIX + motion
                mapped[key] = goal
            cleaned[name] = mapped
        return cleaned

    def emotions_for(self, model_file: str) -> dict[str, str]:
        """The user's emotion map for a model file (matched by file name, any case)."""
        name = model_file.replace("\\", "/").rsplit("/", 1)[-1].lower()
        for key, entries in self.emotion_maps.items():
            if key.lower() == name:
                return dict(entries)
        return {}


class Settings(BaseModel):
    """The whole settings file. Sections are nested models; unknown keys are kept."""

    model_config = ConfigDict(extra="allow", validate_assignment=True)

    version: int = Field(
        SETTINGS_VERSION, ge=0, description="Settings format version. Neiri manages this."
    )
    ui_language: str = Field("en", min_length=1, description="Language of the user interface.")
    character: str = Field("neiri", min_length=1, description="Which character Neiri plays.")
    audio: AudioSettings = Field(
        default_factory=AudioSettings, description="Microphone and speakers."
    )
    vad: VadSettings = Field(
        default_factory=VadSettings, description="Detecting when you start and stop speaking."
    )
    asr: AsrSettings = Field(default_factory=AsrSettings, description="Speech recognition.")
    llm: LlmSettings = Field(default_factory=LlmSettings, description="The language model.")
    tts: TtsSettings = Field(default_factory=TtsSettings, description="Neiri's voice.")
    conversation: ConversationSettings = Field(
        default_factory=ConversationSettings, description="Conversation memory and limits."
    )
    memory: MemorySettings = Field(default_factory=MemorySettings, description="Long-term memory.")
    relationships: RelationshipsSettings = Field(
        default_factory=RelationshipsSettings, description="The people she talks with."
    )
    moderation: ModerationSettings = Field(
        default_factory=ModerationSettings, description="Keeping the conversation friendly."
    )
    logging: LoggingSettings = Field(default_factory=LoggingSettings, description="Log files.")
    server: ServerSettings = Field(
        default_factory=ServerSettings, description="The local web server (avatar, remote control)."
    )
    avatar: AvatarSettings = Field(
        default_factory=AvatarSettings,
        description="The avatar: which model, Live2D, and how emotions show on it.",
    )
    ui: UiSettings = Field(default_factory=UiSettings, description="The desktop window.")


SECTION_NAMES: tuple[str, ...] = tuple(
    name
    for name, info in Settings.model_fields.items()
    if isinstance(info.annotation, type) and issubclass(info.annotation, BaseModel)
)
"""Names of the nested sections, in file order."""


def settings_to_data(settings: Settings) -> dict[str, Any]:
    """Plain data for YAML: defaults, user values and unknown keys; secrets as their values."""
    return _reveal(settings.model_dump(mode="python"))


def _reveal(value: Any) -> Any:
    if isinstance(value, SecretStr):
        return value.get_secret_value()
    if isinstance(value, dict):
        return {key: _reveal(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_reveal(item) for item in value]
    return value
