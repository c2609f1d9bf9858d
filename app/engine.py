"""The engine facade: builds every part from the settings and runs the voice loop.

The CLI and the desktop window use only this class and the event bus: start and stop,
listen or not, send text, stop her speaking. Models load in worker threads, in
parallel, with a :class:`ComponentStatus` event for each part, so a window can show
progress and a failed part degrades the app instead of killing it.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from app.audio.devices import AudioUnavailable
from app.audio.io import AudioError, AudioIO, DeviceAudio, FileAudio
from app.audio.playback import Player, Segment
from app.config.characters import Character, load_character
from app.config.paths import Paths
from app.config.settings import Settings
from app.conversation.context import TurnContext
from app.conversation.conversation import Conversation, ConversationOptions, Turn
from app.conversation.listener import Listener
from app.conversation.turn import Speaker
from app.core.bus import EventBus
from app.core.events import ComponentStatus
from app.core.messages import joined, msg, said
from app.llm.provider import LLMProvider, make_provider
from app.logs import log_event
from app.speech.asr import WhisperASR
from app.speech.tts.base import TTS, TTSError
from app.speech.tts.synthesizer import Synthesizer
from app.speech.vad import SileroModel, VadConfig, VoiceActivityDetector

if TYPE_CHECKING:  # imported when used: the window must appear before these load
    from app.conversation.history import History
    from app.memory.service import MemoryOptions, MemoryService
    from app.moderation import Moderator
    from app.people.store import Relationships
    from app.server import ControlCommand, EventServer
    from app.storage.database import Database

log = logging.getLogger("neiri.engine")


@dataclass
class AudioPlan:
    """Where sound comes from and goes: ``device``, ``files`` or ``none`` (text only)."""

    kind: str = "device"
    input_path: Path | None = None
    output_path: Path | None = None
    listen: bool = True


@dataclass
class LoadReport:
    seconds: dict[str, float] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)  # mostly Messages: said to the user


def make_tts(settings: Settings, character: Character, paths: Paths) -> TTS:
    voice = settings.tts.voice or character.voice
    if settings.tts.engine == "xtts":
        from app.speech.tts.coqui_tts import CoquiTTS

        return CoquiTTS(speaker_wav=voice, language=character.language)
    from app.speech.tts.piper_tts import PiperTTS

    return PiperTTS(voice, speed=settings.tts.speed, models_dir=paths.models_dir)


def make_asr(settings: Settings, character: Character, paths: Paths) -> WhisperASR:
    a = settings.asr
    return WhisperASR(
        a.model,
        language=a.language or character.language,
        compute_type=a.compute_type,
        device=a.device,
        cpu_threads=a.cpu_threads,
        beam_size=a.beam_size,
        models_dir=paths.models_dir,
    )


def make_moderator(
    settings: Settings, character: Character, *, custom: bool = True
) -> Moderator | None:
    """The moderation filter for these settings and character (None when switched off).
    ``custom`` False uses only the built-in word lists.

    Raises ModerationConfigError when a custom word or pattern is invalid."""
    m = settings.moderation
    if not m.enabled:
        return None
    from app.moderation import Moderator

    if not custom:
        return Moderator(languages=tuple(m.languages), spicy=character.spicy_mode)
    cm = character.moderation
    return Moderator(
        languages=tuple(m.languages),
        extra_words=(*m.blocked_words, *cm.blocked_words),
        extra_patterns=(*m.blocked_patterns, *cm.blocked_patterns),
        allow_words=(*m.allowed_words, *cm.allowed_words),
        spicy=character.spicy_mode,
    )


def memory_options(settings: Settings) -> MemoryOptions:
    from app.memory.service import MemoryOptions

    m = settings.memory
    return MemoryOptions(
        enabled=m.enabled,
        recall_k=m.recall_items,
        recall_tokens=m.recall_tokens,
        recall_timeout_ms=m.recall_timeout_ms,
        extract=m.extract_facts,
        consolidate_every_min=m.consolidate_every_min,
        merge_similarity=m.merge_similarity,
        summarize_after_days=m.summarize_after_days,
        session_ttl_h=m.session_ttl_h,
    )


def make_llm(settings: Settings) -> LLMProvider:
    llm = settings.llm
    return make_provider(
        llm.provider,
        base_url=llm.base_url,
        model=llm.model,
        api_key=llm.api_key.get_secret_value() if llm.api_key else None,
        keep_alive=llm.keep_alive,
        num_ctx=llm.num_ctx,
        temperature=llm.temperature,
        max_tokens=llm.max_tokens,
        connect_retries=llm.connect_retries,
        retry_backoff_s=llm.retry_backoff_s,
        timeout_s=llm.timeout_s,
    )


class Engine:
    def __init__(
        self,
        settings: Settings,
        paths: Paths,
        audio: AudioPlan | None = None,
        bus: EventBus | None = None,
    ) -> None:
        self.settings = settings
        self.paths = paths
        self.plan = audio or AudioPlan()
        self.bus = bus or EventBus()
        self.character = load_character(settings.character, paths.characters_dir)
        self.report = LoadReport()
        self.audio_io: AudioIO | None = None
        self.player: Player | None = None
        self.listener: Listener | None = None
        self.conversation: Conversation | None = None
        self.history: History | None = None
        self.database: Database | None = None
        self.people: Relationships | None = None
        self.memory: MemoryService | None = None
        self.context: TurnContext | None = None
        self.moderator: Moderator | None = None
        self._avatar_info: dict | None = None  # what the pages were last told to show
        self._avatar_ok = True
        self.asr: WhisperASR | None = None
        self.synth: Synthesizer | None = None
        self.llm: LLMProvider | None = None
        self.server: EventServer | None = None
        self._previews = 0

    def _status(self, component: str, state: str, detail: str = "") -> None:
        self.bus.publish(ComponentStatus(component=component, state=state, detail=detail))

    async def _load(self, component: str, factory):
        self._status(component, "working", msg("loading"))
        started = time.perf_counter()
        try:
            value = await asyncio.get_running_loop().run_in_executor(None, factory)
        except Exception as exc:
            message = said(exc)
            self.report.errors[component] = message
            self._status(component, "failed", message)
            log_event(log, f"{component}.load_failed", message, level=logging.ERROR)
            return None
        elapsed = time.perf_counter() - started
        self.report.seconds[component] = elapsed
        self._status(component, "ok", msg("loaded in {seconds} s", seconds=f"{elapsed:.1f}"))
        log_event(log, f"{component}.loaded", component, latency_ms=round(elapsed * 1000, 1))
        return value

    async def start(self) -> None:
        s = self.settings
        self.paths.ensure()
        if s.server.enabled:
            await self._start_server()
        self._open_audio()
        speaking = self.audio_io is not None
        listen = self.plan.listen and speaking  # no sound card: no point loading the ears

        def load_asr() -> WhisperASR:
            asr = make_asr(s, self.character, self.paths)
            asr.warm_up()
            return asr

        def load_tts() -> Synthesizer:
            synth = self._make_synth(s, self.character)
            synth.warm_up()
            return synth

        # the models load in workers while the rest is set up (each part off the loop)
        loads = [
            asyncio.ensure_future(self._load("asr", load_asr) if listen else _none()),
            asyncio.ensure_future(self._load("tts", load_tts) if speaking else _none()),
            asyncio.ensure_future(self._load("vad", SileroModel) if listen else _none()),
        ]
        from app.conversation.history import History
        from app.moderation import RepetitionGuard
        from app.people.store import Relationships
        from app.storage.database import Database

        self.database = await asyncio.get_running_loop().run_in_executor(
            None, Database, self.paths.db_file
        )
        self.history = History(self.database, uuid.uuid4().hex[:12], self.character.name)
        self.people = Relationships(
            self.database,
            enabled=s.relationships.enabled,
            card_tokens=s.relationships.card_tokens,
        )
        self.moderator = await self._moderator(s, self.character)
        # off the loop: the HTTP client's TLS setup reads the CA bundle (~0.3 s)
        self.llm = llm = await asyncio.get_running_loop().run_in_executor(None, make_llm, s)
        self.memory = self._make_memory(s)
        self.context = TurnContext(self.memory, self.people, self.character.display_name)
        self.asr, self.synth, vad_model = await asyncio.gather(*loads)
        if speaking and self.synth is None:
            self.player = None  # no voice: she answers in text
        self.conversation = Conversation(
            bus=self.bus,
            llm=llm,
            history=self.history,
            character=self.character,
            asr=self.asr,
            synthesizer=self.synth,
            player=self.player,
            options=ConversationOptions(
                history_turns=s.conversation.history_turns,
                max_input_chars=s.conversation.max_input_chars,
                resume_window_h=s.conversation.resume_window_h,
                temperature=s.llm.temperature,
                max_tokens=s.llm.max_tokens,
            ),
            context=self.context,
            moderator=self.moderator,
            repetition=RepetitionGuard() if s.moderation.anti_repetition else None,
        )
        if vad_model is not None and self.asr is not None and self.audio_io is not None:
            v = s.vad
            vad = VoiceActivityDetector(
                vad_model,
                VadConfig(
                    threshold=v.threshold,
                    neg_threshold=v.neg_threshold,
                    min_speech_ms=v.min_speech_ms,
                    min_silence_ms=v.min_silence_ms,
                    preroll_ms=v.preroll_ms,
                    max_utterance_s=v.max_utterance_s,
                    speakers_mode=s.audio.mode == "speakers",
                    speakers_margin_db=v.speakers_margin_db,
                ),
            )
            self.listener = Listener(vad, self.conversation.on_vad, self.bus, self.player)
            self.listener.start()
        self._llm_check = asyncio.create_task(self._check_llm(llm))
        self._memory_open = asyncio.create_task(self._open_memory())
        if self.audio_io is not None and self.player is not None:
            on_input = self.listener.on_input if self.listener else (lambda block, at: None)
            self.audio_io.start(on_input, self.player)
        if self.listener is not None:
            self._status("mic", "ok", msg("listening"))
        elif self.plan.listen and self.plan.kind != "none":
            errors = list(self.report.errors.values())
            reason = joined(errors) if errors else msg("the microphone could not be used")
            self._status("mic", "failed", reason)
        else:
            self._status("mic", "off", msg("not listening (typed input)"))

    def _make_memory(self, s: Settings) -> MemoryService:
        from app.memory.service import MemoryService

        assert self.database is not None
        return MemoryService(
            self.paths.memory_dir,
            self.database,
            memory_options(s),
            llm=lambda: self.llm,
            busy=lambda: not self.idle,
            accept_fact=self._fact_is_clean,
        )

    def _fact_is_clean(self, text: str) -> bool:
        """No memory is kept of something moderation would block."""
        return self.moderator is None or not self.moderator.check_input(text).blocked

    async def _open_memory(self) -> None:
        """Open long-term memory after the voice loop is up (ChromaDB takes ~2 s)."""
        if self.memory is None or not self.settings.memory.enabled:
            self._status("memory", "off", msg("long-term memory is switched off"))
            return
        self._status("memory", "working", msg("loading"))
        started = time.perf_counter()
        try:
            await self.memory.open()
        except Exception as exc:
            self.report.errors["memory"] = said(exc)
            self._status("memory", "failed", said(exc))
            return
        count = await self.memory.count()
        elapsed = time.perf_counter() - started
        self._status(
            "memory",
            "ok",
            msg(
                "{count} memories, loaded in {seconds} s",
                count=count,
                seconds=f"{elapsed:.1f}",
            ),
        )

    async def _moderator(self, s: Settings, character: Character) -> Moderator | None:
        """Moderation for the settings, built in a worker (compiling the lists takes
        ~100 ms); a bad custom word or pattern keeps the built-in lists and says why."""
        from app.moderation import ModerationConfigError

        def build() -> tuple[Moderator | None, str]:
            try:
                return make_moderator(s, character), ""
            except ModerationConfigError as exc:
                return make_moderator(s, character, custom=False), said(exc)

        moderator, problem = await asyncio.get_running_loop().run_in_executor(None, build)
        if problem:
            self._status(
                "moderation",
                "failed",
                msg("{reason} (using the built-in word lists)", reason=problem),
            )
            log_event(log, "moderation.config_failed", problem, level=logging.WARNING)
        elif moderator is not None:
            self._status("moderation", "ok", msg("on"))
        else:
            self._status("moderation", "off", msg("moderation is switched off"))
        return moderator

    async def _start_server(self) -> None:
        """The avatar page and event stream; a taken port degrades, it never stops her."""
        from app.server import EventServer, ServerError

        self.server = EventServer.from_settings(
            self.bus, self.settings.server, control=self._control
        )
        try:
            url = await self.server.start()
        except ServerError as exc:
            self.server = None
            self.report.errors["server"] = said(exc)
            self._status("server", "failed", said(exc))
            log_event(log, "server.failed", str(exc), level=logging.WARNING)
            return
        self._status("server", "ok", url)
        self._show_avatar_of(self.character, announce=False)

    def avatar_path(self, character: Character) -> Path | None:
        """The model file to show: the settings' ``avatar.model`` (relative to the
        settings folder), else the character's own (relative to the characters folder),
        else None for the app's default VRM. A missing file is reported and skipped."""
        chosen = self.settings.avatar.model
        if chosen:
            path = self._avatar_file(chosen, self.paths.settings_file.parent)
            if path is not None:
                return path
            self._avatar_problem(
                msg("the avatar model {path} does not exist; using the default", path=chosen)
            )
        return self._character_avatar(character)

    def _character_avatar(self, character: Character, report: bool = True) -> Path | None:
        if not character.avatar:
            return None
        path = self._avatar_file(character.avatar, self.paths.characters_dir)
        if path is None and report:
            self._avatar_problem(
                msg(
                    "{name}: avatar file {path} does not exist; using the default",
                    name=character.name,
                    path=character.avatar,
                )
            )
        return path

    @staticmethod
    def _avatar_file(value: str, base: Path) -> Path | None:
        path = Path(value).expanduser()
        if not path.is_absolute():
            path = base / path
        return path if path.is_file() else None

    def _avatar_problem(self, message: str) -> None:
        log_event(log, "avatar.missing", message, level=logging.WARNING)
        self._status("avatar", "failed", message)
        self._avatar_ok = False

    def _show_avatar_of(self, character: Character, *, announce: bool = True) -> None:
        """Serve the avatar (the settings' model, else the character's body, else the
        default VRM) with its emotion map and, for Live2D, the user's Cubism Core; tell
        every page to load it when it changed."""
        from app.core.events import AvatarModelChanged
        from app.server.server import DEFAULT_AVATAR, is_live2d

        if self.server is None:
            return
        self._avatar_ok = True
        model = self.avatar_path(character)
        own = self._character_avatar(character, report=False)
        fallback = own if own is not None and not is_live2d(own) else DEFAULT_AVATAR
        avatar = self.settings.avatar
        core = None
        if avatar.live2d_core:
            core = self._avatar_file(avatar.live2d_core, self.paths.settings_file.parent)
        if model is not None and is_live2d(model):
            if not avatar.live2d_core:
                self._avatar_problem(
                    msg(
                        "{name} is a Live2D model: choose your own Live2D Cubism Core "
                        "(live2dcubismcore.min.js) in the avatar settings to show it",
                        name=model.name,
                    )
                )
            elif core is None:
                self._avatar_problem(
                    msg("the Live2D Cubism Core {path} does not exist", path=avatar.live2d_core)
                )
        shown = model or fallback
        emotions = {**character.emotions, **avatar.emotions_for(shown.name)}
        changed = self.server.set_avatar(
            model,
            fallback_vrm=fallback,
            name=character.display_name,
            emotions=emotions,
            live2d_core=core,
        )
        if self._avatar_ok:
            kind = "Live2D" if is_live2d(shown) else "VRM"
            self._status("avatar", "ok", f"{kind}: {shown.name}")
        info = self.server.avatar_info()
        if announce and (changed or info != self._avatar_info):
            self.bus.publish(
                AvatarModelChanged(
                    url=info["url"] or "",
                    name=info["name"],
                    kind=info["kind"],
                    emotions=info["emotions"],
                    core=info["core"],
                )
            )
        self._avatar_info = info

    def _control(self, command: ControlCommand):
        """Remote control from a web client (already authorised by the server)."""
        if command.action == "stop":
            return self.stop_speaking()
        if command.action == "say" and command.text:
            return self.send_text(command.text, source="remote")
        return None

    def _open_audio(self) -> None:
        plan = self.plan
        try:
            if plan.kind == "files":
                self.audio_io = FileAudio(
                    plan.input_path, plan.output_path, block_ms=self.settings.audio.block_ms
                )
            elif plan.kind == "device":
                self.audio_io = DeviceAudio(
                    self.settings.audio.input_device,
                    self.settings.audio.output_device,
                    block_ms=self.settings.audio.block_ms,
                    listen=plan.listen,
                )
        except AudioUnavailable as exc:
            self.report.errors["audio"] = said(exc)
            self._status("audio", "failed", said(exc))
            log_event(log, "audio.unavailable", str(exc), level=logging.WARNING)
            self.audio_io = None
        if self.audio_io is not None:
            self.player = Player(self.audio_io.output_rate)

    async def _check_llm(self, llm: LLMProvider) -> None:
        assert self.conversation is not None
        report = self.conversation.report_llm_status
        report("working", msg("connecting"))
        health = await llm.health()
        report("ok" if health.ok else "failed", health.detail)
        if health.ok:
            try:
                await llm.preload()
            except Exception as exc:
                log_event(log, "llm.preload_failed", str(exc), level=logging.WARNING)

    # --- the facade ----------------------------------------------------------------------

    async def send_text(
        self, text: str, source: str = "text", speaker: Speaker | None = None
    ) -> Turn:
        assert self.conversation is not None, "start() first"
        return await self.conversation.submit_text(text, source, speaker)

    def stop_speaking(self) -> bool:
        return self.conversation.stop_speaking() if self.conversation else False

    @property
    def idle(self) -> bool:
        """Nobody is talking and nothing is being thought about or played."""
        conv = self.conversation
        vad_busy = self.listener is not None and self.listener.vad.speaking
        player_busy = self.player is not None and self.player.busy
        return not (vad_busy or player_busy or (conv is not None and conv.busy))

    async def wait_quiet(self, seconds: float, poll_s: float = 0.05) -> None:
        """Until the engine has been idle for ``seconds`` in a row."""
        quiet = 0.0
        while quiet < seconds:
            await asyncio.sleep(poll_s)
            quiet = quiet + poll_s if self.idle else 0.0

    async def switch_character(self, name: str) -> Character:
        """Switch persona, prompt history and voice together; the old one stays on failure."""
        loop = asyncio.get_running_loop()
        character = await loop.run_in_executor(
            None, load_character, name, self.paths.characters_dir
        )
        old_voice = self.settings.tts.voice or self.character.voice
        new_voice = self.settings.tts.voice or character.voice
        if self.player is not None and new_voice != old_voice:
            self._status("tts", "working", msg("loading voice {voice}", voice=new_voice))
            synth = await loop.run_in_executor(None, self._make_synth, self.settings, character)
            self._swap_synth(synth)
            self._status("tts", "ok", msg("voice {voice}", voice=new_voice))
        self.moderator = await self._moderator(self.settings, character)
        self._show_avatar_of(character)
        if self.context is not None:
            self.context.character_name = character.display_name
        if self.conversation is not None:
            self.conversation.interrupt("character_switch")
            self.conversation.character = character
            self.conversation.moderator = self.moderator
        if self.history is not None:
            self.history.character = character.name
        self.character = character
        self.settings.character = character.name
        log_event(log, "character.switched", character.name)
        return character

    async def apply_settings(self, new: Settings) -> list[str]:
        """Make changed settings take effect now where the engine allows.

        Returns what still needs a restart (said to the user). A part that fails to
        reload keeps running as it was, with a failed status saying why.
        """
        old, self.settings = self.settings, new
        loop = asyncio.get_running_loop()
        later: list[str] = []
        conv = self.conversation
        if conv is not None:
            c = new.conversation
            conv.options.history_turns = c.history_turns
            conv.options.max_input_chars = c.max_input_chars
            conv.options.resume_window_h = c.resume_window_h
            conv.options.temperature = new.llm.temperature
            conv.options.max_tokens = new.llm.max_tokens
        if new.moderation != old.moderation:
            self.moderator = await self._moderator(new, self.character)
            if conv is not None:
                conv.moderator = self.moderator
                if new.moderation.anti_repetition != old.moderation.anti_repetition:
                    from app.moderation import RepetitionGuard

                    conv.repetition = RepetitionGuard() if new.moderation.anti_repetition else None
        if self.people is not None:
            self.people.enabled = new.relationships.enabled
            self.people.card_tokens = new.relationships.card_tokens
        if self.memory is not None:
            self.memory.options = memory_options(new)
        if new.memory.enabled and not old.memory.enabled and self.memory is not None:
            if not self.memory.ready:
                self._memory_open = asyncio.create_task(self._open_memory())
        elif not new.memory.enabled:
            self._status("memory", "off", msg("long-term memory is switched off"))
        if new.llm != old.llm and conv is not None:
            previous, self.llm = self.llm, await loop.run_in_executor(None, make_llm, new)
            conv.llm = self.llm
            if previous is not None:
                await previous.aclose()
            self._llm_check = asyncio.create_task(self._check_llm(self.llm))
        if self.listener is not None and (new.vad != old.vad or new.audio.mode != old.audio.mode):
            cfg = self.listener.vad.config
            for name in ("threshold", "neg_threshold", "min_speech_ms", "min_silence_ms"):
                setattr(cfg, name, getattr(new.vad, name))
            cfg.max_utterance_s = new.vad.max_utterance_s
            cfg.speakers_mode = new.audio.mode == "speakers"
        if new.tts != old.tts and self.player is not None:
            try:
                synth = await loop.run_in_executor(None, self._make_synth, new, self.character)
            except Exception as exc:
                self._status(
                    "tts", "failed", msg("kept the previous voice: {reason}", reason=said(exc))
                )
            else:
                self._swap_synth(synth)
                self._status("tts", "ok", msg("voice {voice}", voice=synth.tts.name))
        if new.asr != old.asr and self.asr is not None:
            self._status("asr", "working", msg("loading the new speech model"))
            try:
                asr = await loop.run_in_executor(None, make_asr, new, self.character, self.paths)
            except Exception as exc:
                self._status(
                    "asr", "failed", msg("kept the previous model: {reason}", reason=said(exc))
                )
            else:
                self.asr = asr
                if conv is not None:
                    conv.asr = asr
                self._status("asr", "ok", msg("model {model}", model=new.asr.model))
        if new.logging.level != old.logging.level:
            logging.getLogger().setLevel(new.logging.level)
        if (new.audio.input_device, new.audio.output_device, new.audio.block_ms) != (
            old.audio.input_device,
            old.audio.output_device,
            old.audio.block_ms,
        ) and not await self._switch_audio(new):
            later.append(msg("audio devices"))
        if new.server != old.server:
            await self._restart_server()
        if new.avatar != old.avatar:
            self._show_avatar_of(self.character)
        return later

    async def _switch_audio(self, new: Settings) -> bool:
        """Move to the newly chosen sound devices now. False when this engine has no
        devices to move (files, text only, or none opened at start: a restart opens
        them). When the new devices cannot be opened the previous ones are reopened
        and the audio status says why."""
        old_io, player = self.audio_io, self.player
        if self.plan.kind != "device" or not isinstance(old_io, DeviceAudio) or player is None:
            return False
        loop = asyncio.get_running_loop()
        if self.conversation is not None:
            self.conversation.interrupt("audio_switch")  # her voice would break off anyway
        on_input = self.listener.on_input if self.listener else (lambda block, at: None)
        await loop.run_in_executor(None, old_io.stop)
        a = new.audio

        def open_new() -> DeviceAudio:
            return DeviceAudio(
                a.input_device, a.output_device, block_ms=a.block_ms, listen=self.plan.listen
            )

        try:
            io = await loop.run_in_executor(None, open_new)
            if io.output_rate != player.sample_rate:
                player = Player(io.output_rate)
                synth = await loop.run_in_executor(
                    None, lambda: self._make_synth_for(player, new, self.character)
                )
            else:
                synth = None
            await loop.run_in_executor(None, io.start, on_input, player)
        except (AudioUnavailable, AudioError, TTSError) as exc:
            log_event(log, "audio.switch_failed", str(exc), level=logging.WARNING)
            try:
                await loop.run_in_executor(None, old_io.start, on_input, self.player)
            except (AudioUnavailable, AudioError) as again:
                self.audio_io = None
                self._status(
                    "audio",
                    "failed",
                    msg(
                        "the new sound devices failed ({reason}), and the previous ones "
                        "could not be reopened ({again})",
                        reason=said(exc),
                        again=said(again),
                    ),
                )
                return True
            self._status(
                "audio", "failed", msg("kept the previous devices: {reason}", reason=said(exc))
            )
            return True
        if player is not self.player:
            self.player = player
            if self.conversation is not None:
                self.conversation.set_player(player)
            if self.listener is not None:
                self.listener.player = player
            if synth is not None:
                self._swap_synth(synth)
        self.audio_io = io
        self.report.errors.pop("audio", None)
        self._status("audio", "ok", msg("switched to the new sound devices"))
        log_event(log, "audio.switched", "devices switched", rate=io.output_rate)
        return True

    async def _restart_server(self) -> None:
        """Serve on the new address / with the new token now; pages reconnect to it."""
        old, self.server = self.server, None
        if old is not None:
            await old.stop()
        self.report.errors.pop("server", None)
        if self.settings.server.enabled:
            await self._start_server()
        else:
            self._status("server", "off", msg("the web server is switched off"))

    def _make_synth(
        self, settings: Settings, character: Character, cache_size: int | None = None
    ) -> Synthesizer:
        """A voice for the output device (blocking: loads the model; call in a worker)."""
        if self.player is None:
            raise AudioUnavailable(msg("There is no output device to speak on."))
        return self._make_synth_for(self.player, settings, character, cache_size)

    def _make_synth_for(
        self,
        player: Player,
        settings: Settings,
        character: Character,
        cache_size: int | None = None,
    ) -> Synthesizer:
        size = settings.tts.cache_size if cache_size is None else cache_size
        return Synthesizer(make_tts(settings, character, self.paths), player.sample_rate, size)

    def _swap_synth(self, synth: Synthesizer) -> None:
        old, self.synth = self.synth, synth
        if self.conversation is not None:
            self.conversation.synth = synth
        if old is not None:
            old.close()

    async def preview_voice(self, text: str, settings: Settings | None = None) -> None:
        """Speak ``text`` with the voice in ``settings`` (e.g. a settings draft), outside
        any turn; the avatar's mouth follows it like a reply."""
        if self.player is None:
            raise AudioUnavailable(msg("There is no output device to play the preview on."))
        s = settings or self.settings
        loop = asyncio.get_running_loop()
        synth = await loop.run_in_executor(
            None, lambda: self._make_synth(s, self.character, cache_size=0)
        )
        try:
            chunk = await synth.speak(0, self._next_preview(), text)
        finally:
            synth.close()
        self.player.enqueue(
            Segment(
                0,
                chunk.seq,
                text,
                chunk.pcm,
                chunk.envelope,
                chunk.envelope_rate,
                visemes=chunk.visemes,
            )
        )

    def play_test_tone(self, seconds: float = 0.6, hz: float = 440.0) -> None:
        """A short, gentle beep on the output device (Settings > Audio > Test)."""
        if self.player is None:
            raise AudioUnavailable(msg("There is no output device to play the test sound on."))
        rate = self.player.sample_rate
        t = np.arange(int(seconds * rate)) / rate
        fade = np.minimum(1.0, np.minimum(t, seconds - t) / 0.03)
        tone = (0.25 * np.sin(2 * np.pi * hz * t) * fade).astype(np.float32)
        self.player.enqueue(
            Segment(0, self._next_preview(), "", tone, np.zeros(0, np.float32), 60.0)
        )

    def _next_preview(self) -> int:
        self._previews += 1
        return self._previews

    def set_listening(self, on: bool) -> None:
        if self.listener is not None:
            self.listener.muted = not on

    async def stop(self) -> None:
        if self.audio_io is not None:
            await asyncio.get_running_loop().run_in_executor(None, self.audio_io.stop)
        if self.listener is not None:
            await self.listener.stop()
        if self.conversation is not None:
            self.conversation.interrupt("shutdown")
            await self.conversation.flush()  # nothing said is lost
        if getattr(self, "_memory_open", None) is not None:
            self._memory_open.cancel()  # the store itself is closed by memory.close()
            await asyncio.gather(self._memory_open, return_exceptions=True)
        if self.memory is not None:
            await self.memory.close()
        if self.history is not None:
            self.history.close()
        if self.database is not None:
            self.database.close()
        if self.synth is not None:
            self.synth.close()
        if self.llm is not None:
            await self.llm.aclose()
        if self.server is not None:
            await self.server.stop()


async def _none() -> None:
    return None


__all__ = ["AudioPlan", "Engine", "TTSError"]
