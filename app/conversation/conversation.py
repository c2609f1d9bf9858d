"""The turn orchestrator: user text -> LLM stream -> clauses -> voice -> speaker.

Everything here runs on the event loop; blocking work (recognition, synthesis, the
database) is awaited in executors. Each turn carries its id everywhere; barge-in or
STOP clears the speaker at once, cancels the turn's task (and with it the LLM stream
and pending synthesis), blocks its late chunks and stores only what was heard.

Microphone turns are speculative: recognition and the LLM start at the first silent
window after speech, and the reply waits for the end of the utterance to be confirmed
before anything is played. If the user goes on talking, the speculation is dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from app.audio.playback import PlaybackNotice, Player, Segment
from app.config.characters import Character
from app.conversation.turn import Speaker, Turn
from app.core.bus import EventBus
from app.core.events import (
    AvatarFrame,
    ComponentStatus,
    EmotionChanged,
    InputBlocked,
    MotionRequested,
    ReplyText,
    SpeakingChanged,
    SpeechEnded,
    SpeechPaused,
    SpeechStarted,
    TurnFailed,
    TurnFinished,
    TurnInterrupted,
    UserText,
    now,
)
from app.core.messages import msg, said
from app.llm.prompt import build_messages
from app.llm.provider import LLMError, LLMProvider, LLMStreamError, LLMUnavailable
from app.llm.tags import DroppedTag, Emotion, Motion, TagParser, Text
from app.logs import log_event
from app.speech.asr import ASR
from app.speech.lipsync import VISEMES
from app.speech.segmenter import ClauseSegmenter
from app.speech.tts.synthesizer import Synthesizer
from app.speech.vad import VadEvent

if TYPE_CHECKING:
    from app.conversation.context import TurnContext
    from app.conversation.history import History
    from app.moderation import Moderator, RepetitionGuard

log = logging.getLogger("neiri.conversation")


CONTINUATION_S = 2.0  # how soon after a pause more speech still belongs to it


class InputRejected(ValueError):
    """Typed input that cannot be used; the message is for the user."""


@dataclass
class ConversationOptions:
    history_turns: int = 12
    max_input_chars: int = 2000
    resume_window_h: float = 2.0
    temperature: float | None = None
    max_tokens: int | None = None
    first_clause_max_words: int = 4


class Conversation:
    def __init__(
        self,
        *,
        bus: EventBus,
        llm: LLMProvider,
        history: History,
        character: Character,
        asr: ASR | None = None,
        synthesizer: Synthesizer | None = None,
        player: Player | None = None,
        options: ConversationOptions | None = None,
        context: TurnContext | None = None,
        moderator: Moderator | None = None,
        repetition: RepetitionGuard | None = None,
    ) -> None:
        self.bus = bus
        self.llm = llm
        self.history = history
        self.character = character
        self.asr = asr
        self.synth = synthesizer
        self.player = player
        self.options = options or ConversationOptions()
        self.context = context  # memories and the speaker's card, per turn
        self.moderator = moderator
        self.repetition = repetition
        self._next_id = 0
        self._active: Turn | None = None
        self._speculative: Turn | None = None
        self._carry: np.ndarray | None = None  # audio of a withdrawn turn, to prepend
        self._turns: dict[int, Turn] = {}
        self._loop = asyncio.get_running_loop()
        self._asr_lock = asyncio.Lock()
        self._saving: set[asyncio.Task] = set()
        self._llm_state: str | None = None  # last published llm status
        if player is not None:
            player.set_notify(self._notice_threadsafe)

    # --- public ---------------------------------------------------------------------

    def set_player(self, player: Player) -> None:
        """Play on ``player`` from now on (the output device changed)."""
        self.player = player
        player.set_notify(self._notice_threadsafe)

    @property
    def active_turn(self) -> Turn | None:
        return self._active

    @property
    def busy(self) -> bool:
        """A turn is being recognised, generated or spoken."""
        return any(t.task is not None and not t.task.done() for t in self._turns.values())

    def turn(self, turn_id: int) -> Turn | None:
        return self._turns.get(turn_id)

    async def submit_text(
        self, text: str, source: str = "text", speaker: Speaker | None = None
    ) -> Turn:
        """Start a turn from typed (or chat) text; InputRejected when unusable."""
        text = (text or "").strip()
        if not text:
            raise InputRejected(msg("There is nothing to send: the message is empty."))
        limit = self.options.max_input_chars
        if len(text) > limit:
            raise InputRejected(
                msg(
                    "The message is too long ({count} characters; the limit is {limit}). "
                    "Shorten it or split it into several messages.",
                    count=len(text),
                    limit=limit,
                )
            )
        self.interrupt("new_input")
        turn = self._new_turn(source, speaker)
        turn.user_text = text
        self._confirm(turn)
        turn.task = asyncio.create_task(self._run(turn, text=text), name=f"turn-{turn.id}")
        return turn

    def stop_speaking(self) -> bool:
        """The STOP command: silence her now and end the turn."""
        stopped = self.interrupt("stop")
        if not stopped and self.player is not None:
            self.player.clear()
        return stopped

    def interrupt(self, reason: str) -> bool:
        turn = self._active
        if turn is None or turn.finished:
            return False
        if self.player is not None:
            self.player.clear(block_turn=turn.id)  # silent from the next audio block
        turn.interrupted = True
        turn.finished = True
        self._active = None
        if turn.task is not None:
            turn.task.cancel()
        heard = self._heard_text(turn)
        log_event(log, "turn.interrupted", f"{reason}: heard {heard!r}", turn_id=turn.id)
        self.bus.publish(TurnInterrupted(turn_id=turn.id, reason=reason, heard_text=heard))
        self.bus.publish(SpeakingChanged(turn_id=turn.id, speaking=False))
        self.bus.publish(AvatarFrame(turn_id=turn.id, mouth=0.0, emotion=turn.emotion))
        self.bus.publish(turn.metrics())
        if turn.user_text:
            self._persist(turn, heard)
        return True

    async def wait(self, turn: Turn) -> None:
        """Until the turn is over (finished, interrupted or failed)."""
        if turn.task is not None:
            await asyncio.gather(turn.task, return_exceptions=True)

    def on_vad(self, event: VadEvent) -> None:
        """React to the listener's VAD events (called on the loop)."""
        if event.kind == "start":
            self.bus.publish(SpeechStarted(stream_time=event.stream_time))
            turn = self._active
            if turn is not None and self._is_continuation(turn):
                self._carry = turn.audio  # the user paused mid-thought: one utterance
                self._retract(turn)
            else:
                self._carry = None
                self.interrupt("barge_in")
        elif event.kind == "pause":
            self.bus.publish(SpeechPaused(stream_time=event.stream_time))
            self._drop_speculation()
            self._speculative = self._start_mic_turn(event)
        elif event.kind == "resume":
            self._drop_speculation()
        elif event.kind == "end":
            duration = 0.0 if event.audio is None else event.audio.size / 16000
            self.bus.publish(SpeechEnded(stream_time=event.stream_time, duration_s=duration))
            turn = self._speculative
            self._speculative = None
            if turn is None and event.audio is not None:
                turn = self._start_mic_turn(event)
            self._carry = None
            if turn is not None and not (turn.task and turn.task.done()):
                self.interrupt("new_input")
                self._confirm(turn)

    def _start_mic_turn(self, event: VadEvent) -> Turn:
        audio = event.audio
        if self._carry is not None and audio is not None:
            audio = np.concatenate([self._carry, audio])
        turn = self._new_turn("mic")
        turn.stamp("speech_end", event.last_voiced_at)
        turn.task = asyncio.create_task(self._run(turn, audio=audio), name=f"turn-{turn.id}")
        return turn

    def _is_continuation(self, turn: Turn) -> bool:
        """Speech that resumes before she has made a sound continues the last utterance."""
        if turn.source != "mic" or turn.audio is None or "playback_start" in turn.stamps:
            return False
        ended = turn.stamps.get("speech_end")
        return ended is not None and now() - ended < CONTINUATION_S

    def _retract(self, turn: Turn) -> None:
        """Withdraw a turn nobody heard an answer to; its words join the next utterance."""
        if self.player is not None:
            self.player.clear(block_turn=turn.id)
        turn.interrupted = turn.finished = True
        self._active = None
        if turn.task is not None:
            turn.task.cancel()
        log_event(log, "turn.continued", "the user went on talking", turn_id=turn.id)
        self.bus.publish(TurnInterrupted(turn_id=turn.id, reason="continued", heard_text=""))

    # --- the turn -------------------------------------------------------------------

    def _new_turn(self, source: str, speaker: Speaker | None = None) -> Turn:
        self._next_id += 1
        turn = Turn(id=self._next_id, source=source, speaker=speaker or Speaker())
        if self.context is not None:
            self.context.activity()
        self._turns[turn.id] = turn
        while len(self._turns) > 64:
            self._turns.pop(next(iter(self._turns)))
        return turn

    def _drop_speculation(self) -> None:
        turn = self._speculative
        self._speculative = None
        if turn is not None and turn.task is not None:
            turn.finished = True
            turn.task.cancel()

    def _confirm(self, turn: Turn) -> None:
        self._active = turn
        turn.confirmed.set()
        self._announce(turn)

    def _announce(self, turn: Turn) -> None:
        if turn.confirmed.is_set() and turn.user_text and not turn.announced:
            turn.announced = True
            self.bus.publish(UserText(turn_id=turn.id, text=turn.user_text, source=turn.source))

    async def _run(self, turn: Turn, audio: np.ndarray | None = None, text: str = "") -> None:
        try:
            if audio is not None:
                turn.audio = audio
                text = await self._recognize(turn, audio)
                if not text:
                    turn.finished = True
                    if self._active is turn:
                        self._active = None
                    return
                turn.user_text = text
                self._announce(turn)
            verdict = self.moderator.check_input(text) if self.moderator else None
            if verdict is not None and verdict.blocked:
                await self._refuse(turn, verdict.reasons)
            else:
                past, slots = await asyncio.gather(
                    self.history.recent(self.options.history_turns, self._resume_since()),
                    self._slots(turn),
                )
                turn.context = slots
                prompt = self.character.system_prompt()
                await self._reply(turn, build_messages(prompt, past, text, slots))
            await turn.confirmed.wait()
            turn.generation_done = True
            turn.check_played()
            if self.player is not None and turn.enqueued:
                await turn.played.wait()
            self._finish(turn)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug in a stage must end the turn, not the app
            log.exception("turn %s failed", turn.id)
            self._fail(
                turn,
                "engine",
                msg(
                    "Something went wrong in this turn: {reason}",
                    reason=said(exc),
                ),
            )
            self._finish(turn)

    async def _recognize(self, turn: Turn, audio: np.ndarray) -> str:
        if self.asr is None:
            return ""
        async with self._asr_lock:  # one recognition at a time on the 2-core budget
            turn.stamp("asr_start")
            transcript = await self._loop.run_in_executor(None, self.asr.transcribe, audio)
        turn.stamp("asr_done")
        elapsed_ms = (turn.stamps["asr_done"] - turn.stamps["asr_start"]) * 1000
        log_event(
            log,
            "asr.done",
            transcript.text,
            turn_id=turn.id,
            latency_ms=round(elapsed_ms, 1),
            audio_s=round(transcript.audio_s, 2),
        )
        return transcript.text.strip()

    async def _slots(self, turn: Turn) -> dict[str, str]:
        slots = await self.context.slots(turn) if self.context is not None else {}
        if self.repetition is not None:
            openers = self.repetition.recent_openers(3)
            if openers:
                slots["recent_openers"] = "; ".join(f'"{o}…"' for o in openers) + (
                    ". Start this one differently."
                )
        return slots

    async def _refuse(self, turn: Turn, reasons: tuple[str, ...]) -> None:
        """Blocked input: it never reaches the model; she answers in character."""
        turn.moderated = True
        log_event(log, "moderation.blocked_input", ", ".join(reasons), turn_id=turn.id)
        self.bus.publish(InputBlocked(turn_id=turn.id, reasons=tuple(reasons)))

        async def line():
            yield f"[emotion: {self.character.default_emotion}] {self.character.blocked_reply()}"

        await self._reply(turn, [], stream=line())

    def _resume_since(self) -> dt.datetime:
        hours = self.options.resume_window_h
        return dt.datetime.now(dt.UTC) - dt.timedelta(hours=hours)

    def _screen(self, turn: Turn, clause: str, first: bool) -> str:
        """A clause as it may be spoken: no leaked context, no flagged words, no
        sentence she has just said (kept when it opens the reply). Empty to drop it."""
        if self.moderator is not None:
            from app.moderation import looks_like_leak

            if looks_like_leak(clause, secrets=list(turn.context.values())):
                log_event(log, "moderation.leak_dropped", clause[:80], turn_id=turn.id)
                return ""
            cleaned, verdict = self.moderator.clean_output(clause)
            if verdict.matches:
                log_event(log, "moderation.cleaned", ", ".join(verdict.reasons), turn_id=turn.id)
            clause = cleaned
        if not first and self.repetition is not None and not self.repetition.allow(clause):
            log_event(log, "reply.repeat_dropped", clause[:80], turn_id=turn.id)
            return ""
        return clause

    async def _reply(self, turn: Turn, messages: list[dict[str, str]], stream: Any = None) -> None:
        character = self.character
        parser = TagParser(character.emotions.keys(), character.motions)
        segmenter = ClauseSegmenter(
            character.language, first_clause_max_words=self.options.first_clause_max_words
        )
        queue: asyncio.Queue[tuple[Any, list] | None] = asyncio.Queue()
        feeder = asyncio.create_task(self._feed(turn, queue))
        tags: list = []
        seq = 0

        def submit(clauses: list[str]) -> None:
            nonlocal seq, tags
            for clause in clauses:
                clause = self._screen(turn, clause, first=seq == 0)
                if not clause.strip():
                    continue
                turn.stamp("first_clause")
                work = (
                    asyncio.create_task(self.synth.speak(turn.id, seq, clause))
                    if self.synth is not None and self.player is not None
                    else clause
                )
                queue.put_nowait((work, tags))
                tags = []
                seq += 1

        turn.stamp("llm_request")
        try:
            if stream is None:
                temperature = character.effective_temperature
                stream = self.llm.stream_chat(
                    messages,
                    temperature=self.options.temperature if temperature is None else temperature,
                    max_tokens=character.sampling.max_tokens or self.options.max_tokens,
                    sampling=character.sampling.options(),
                )
            async with contextlib.aclosing(stream):  # barge-in closes the request at once
                async for piece in stream:
                    if "llm_first_token" not in turn.stamps:
                        turn.stamp("llm_first_token")
                        if messages:
                            self.report_llm_status("ok", msg("answering"))
                    for item in parser.feed(piece):
                        if isinstance(item, Text):
                            if item.text.strip():
                                turn.stamp("llm_first_text")
                            turn.full_reply += item.text
                            submit(segmenter.feed(item.text))
                        elif isinstance(item, Emotion | Motion):
                            tags.append(item)
                        elif isinstance(item, DroppedTag):
                            log_event(log, "llm.tag_dropped", item.raw, turn_id=turn.id)
            for item in parser.flush():
                if isinstance(item, Text):
                    turn.full_reply += item.text
                    submit(segmenter.feed(item.text))
            submit(segmenter.flush())
            if not turn.full_reply.strip():  # only tags, or nothing at all
                self._fail(turn, "llm", msg("The language model gave an empty reply."))
                submit([character.error_line])
        except LLMStreamError as exc:
            submit(segmenter.flush())
            self._fail(turn, "llm", exc.message)
        except LLMError as exc:
            line = character.unreachable_line if isinstance(exc, LLMUnavailable) else None
            self._fail(turn, "llm", exc.message)
            self.report_llm_status("failed", exc.message)
            submit([line or character.error_line])
        finally:
            queue.put_nowait((None, tags))
            queue.put_nowait(None)
        await feeder

    async def _feed(self, turn: Turn, queue: asyncio.Queue) -> None:
        """Hand finished clauses to the speaker in order, once the turn is confirmed."""
        try:
            while (item := await queue.get()) is not None:
                work, tags = item
                chunk = await work if isinstance(work, asyncio.Task) else work
                if chunk is not None and not isinstance(chunk, str):
                    turn.stamp("tts_first_audio")
                await turn.confirmed.wait()
                for tag in tags:
                    self._publish_tag(turn, tag)
                if chunk is None:
                    continue
                if isinstance(chunk, str):  # text-only: nothing to play
                    turn.spoken.append(chunk)
                    self.bus.publish(ReplyText(turn_id=turn.id, text=chunk))
                    continue
                segment = Segment(
                    turn_id=turn.id,
                    seq=chunk.seq,
                    text=chunk.text,
                    pcm=chunk.pcm,
                    envelope=chunk.envelope,
                    envelope_rate=chunk.envelope_rate,
                    emotion=turn.emotion,
                    visemes=chunk.visemes,
                )
                if self.player is None or not self.player.enqueue(segment):
                    return
                turn.spoken.append(chunk.text)
                turn.enqueued += 1
        finally:
            while not queue.empty():  # a cancelled turn leaves no synthesis behind
                item = queue.get_nowait()
                if item is not None and isinstance(item[0], asyncio.Task):
                    item[0].cancel()

    def _publish_tag(self, turn: Turn, tag: Emotion | Motion) -> None:
        if isinstance(tag, Emotion):
            expression = self.character.emotions.get(tag.name, tag.name)
            turn.emotion = expression
            self.bus.publish(EmotionChanged(turn_id=turn.id, emotion=expression))
        else:
            self.bus.publish(MotionRequested(turn_id=turn.id, motion=tag.name))

    def report_llm_status(self, state: str, detail: str) -> None:
        """Publish the LLM's state when it changes (ok / working / failed)."""
        if state != self._llm_state:
            self._llm_state = state
            self.bus.publish(ComponentStatus(component="llm", state=state, detail=detail))

    def _fail(self, turn: Turn, stage: str, message: str) -> None:
        turn.failed = True
        log_event(log, f"{stage}.failed", message, turn_id=turn.id, level=logging.WARNING)
        self.bus.publish(TurnFailed(turn_id=turn.id, stage=stage, message=message))

    def _finish(self, turn: Turn) -> None:
        if turn.finished:
            return
        turn.finished = True
        if self._active is turn:
            self._active = None
        reply = " ".join(turn.spoken)
        if self.repetition is not None and reply and not turn.moderated:
            self.repetition.remember(reply)
        self.bus.publish(
            TurnFinished(
                turn_id=turn.id, user_text=turn.user_text, reply_text=reply, interrupted=False
            )
        )
        metrics = turn.metrics()
        self.bus.publish(metrics)
        log_event(log, "turn.metrics", str(metrics.stages_ms()), turn_id=turn.id)
        self._persist(turn, reply)

    def _heard_text(self, turn: Turn) -> str:
        if self.player is None:
            return " ".join(turn.spoken)
        return self.player.playback_of(turn.id).heard_text()

    def _persist(self, turn: Turn, reply: str) -> None:
        if self.context is not None:
            self.context.turn_done(turn, reply, turn.outcome)
        fields = {
            "turn_id": turn.id,
            "source": turn.source,
            "speaker": turn.speaker.key,
            "moderated": turn.moderated,
            "user_text": turn.user_text,
            "reply_text": reply,
            "full_reply": turn.full_reply.strip(),
            "interrupted": turn.interrupted,
            "failed": turn.failed,
            "emotion": turn.emotion,
        }
        task = asyncio.create_task(self.history.save_turn(**fields))
        self._saving.add(task)
        task.add_done_callback(self._saved)

    def _saved(self, task: asyncio.Task) -> None:
        self._saving.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("could not save a turn", exc_info=task.exception())

    async def flush(self) -> None:
        """Wait until every finished or interrupted turn is in the database."""
        if self._saving:
            await asyncio.gather(*self._saving, return_exceptions=True)
        if self.context is not None:
            await self.context.flush()

    # --- the speaker's reports (audio thread -> loop) ---------------------------------

    def _notice_threadsafe(self, notice: PlaybackNotice) -> None:
        with contextlib.suppress(RuntimeError):  # loop closed while the device still runs
            self._loop.call_soon_threadsafe(self._on_notice, notice)

    def _on_notice(self, notice: PlaybackNotice) -> None:
        if notice.kind == "mouth":
            visemes = None
            if notice.visemes is not None:
                visemes = {k: round(v, 2) for k, v in zip(VISEMES, notice.visemes, strict=True)}
            frame = AvatarFrame(
                turn_id=notice.turn_id,
                mouth=round(notice.mouth, 3),
                emotion=notice.emotion,
                visemes=visemes,
            )
            delay = notice.at - now()
            if delay > 0.002:
                self._loop.call_later(delay, self.bus.publish, frame)
            else:
                self.bus.publish(frame)
            return
        turn = self._turns.get(notice.turn_id)
        if turn is None:
            return
        if notice.kind == "start":
            if notice.seq == 0:
                turn.stamp("playback_start", notice.at)
                self.bus.publish(SpeakingChanged(turn_id=turn.id, speaking=True))
            self.bus.publish(ReplyText(turn_id=turn.id, text=notice.text))
        elif notice.kind == "end":
            turn.ended += 1
            turn.stamps["playback_end"] = notice.at
            turn.check_played()
        elif notice.kind == "idle":
            self.bus.publish(AvatarFrame(turn_id=turn.id, mouth=0.0, emotion=turn.emotion))
            self.bus.publish(SpeakingChanged(turn_id=turn.id, speaking=False))
