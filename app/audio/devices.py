"""Audio device discovery through PortAudio (sounddevice), failing soft without it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from app.core.messages import msg


class AudioUnavailable(RuntimeError):
    """PortAudio or the requested device cannot be used; the message says what to do."""


NO_PORTAUDIO = msg(
    "No audio system found: the PortAudio library is not installed. "
    "Install it (Debian/Ubuntu: sudo apt install libportaudio2; Fedora: sudo dnf install "
    "portaudio) or use Neiri by typing (text-only mode)."
)


def sounddevice_module() -> Any:
    """Import sounddevice, turning a missing PortAudio into AudioUnavailable."""
    try:
        import sounddevice
    except OSError as exc:  # sounddevice raises OSError when libportaudio is missing
        raise AudioUnavailable(NO_PORTAUDIO) from exc
    except Exception as exc:  # PortAudioError: the library is there but cannot start
        raise AudioUnavailable(
            msg("The audio system could not start: {reason}", reason=str(exc))
        ) from exc
    return sounddevice


@dataclass(frozen=True)
class AudioDevice:
    index: int
    name: str
    hostapi: str
    max_input_channels: int
    max_output_channels: int
    default_samplerate: float
    is_default_input: bool
    is_default_output: bool

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def list_devices() -> list[AudioDevice]:
    sd = sounddevice_module()
    try:
        raw = sd.query_devices()
        hostapis = sd.query_hostapis()
        default_in, default_out = sd.default.device
    except Exception as exc:  # PortAudio errors when no sound server is reachable
        raise AudioUnavailable(
            msg("Could not list audio devices: {reason}", reason=str(exc))
        ) from exc
    devices = []
    for info in raw:
        devices.append(
            AudioDevice(
                index=int(info["index"]),
                name=str(info["name"]),
                hostapi=str(hostapis[info["hostapi"]]["name"]),
                max_input_channels=int(info["max_input_channels"]),
                max_output_channels=int(info["max_output_channels"]),
                default_samplerate=float(info["default_samplerate"]),
                is_default_input=info["index"] == default_in,
                is_default_output=info["index"] == default_out,
            )
        )
    return devices


def resolve_device(spec: str | int | None, kind: str) -> int | None:
    """Turn a settings value (index, name or part of a name, None) into a device index."""
    if spec is None or spec == "":
        return None
    devices = list_devices()
    channels = "max_input_channels" if kind == "input" else "max_output_channels"
    candidates = [d for d in devices if getattr(d, channels) > 0]
    if isinstance(spec, int) or (isinstance(spec, str) and spec.isdigit()):
        index = int(spec)
        if any(d.index == index for d in candidates):
            return index
        if kind == "input":
            raise AudioUnavailable(
                msg("There is no input device number {index}. Run: neiri devices", index=index)
            )
        raise AudioUnavailable(
            msg("There is no output device number {index}. Run: neiri devices", index=index)
        )
    lowered = spec.lower()
    for device in candidates:
        if device.name.lower() == lowered:
            return device.index
    for device in candidates:
        if lowered in device.name.lower():
            return device.index
    if kind == "input":
        raise AudioUnavailable(
            msg("No input device matches '{name}'. Run: neiri devices", name=spec)
        )
    raise AudioUnavailable(msg("No output device matches '{name}'. Run: neiri devices", name=spec))
