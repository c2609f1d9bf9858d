"""What this computer can run: a quick hardware probe and the model sizes it suggests.

:func:`probe` reads the processor, memory (psutil) and, when ``nvidia-smi`` is on the
PATH, the NVIDIA graphics cards. It can take a second or two (``nvidia-smi`` starts
slowly), so the UI runs it on a worker thread; it never hangs: every external command
has a timeout, and a failing one just means "no GPU found".

:func:`recommend` turns that into a Whisper model size and an Ollama model, each with a
one-line reason for the wizard (a :class:`~app.core.messages.Message`: it translates it).
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from app.core.messages import msg

GB = 1024**3
NVIDIA_SMI_QUERY = ("--query-gpu=name,memory.total", "--format=csv,noheader")
NVIDIA_SMI_TIMEOUT_S = 4.0


@dataclass(frozen=True)
class GpuInfo:
    name: str
    memory_bytes: int | None
    vendor: str = "NVIDIA"

    @property
    def memory_gb(self) -> float | None:
        return None if self.memory_bytes is None else self.memory_bytes / GB


@dataclass(frozen=True)
class HardwareInfo:
    cpu_name: str
    cpu_cores: int  # physical cores (logical ones when the OS does not say)
    cpu_threads: int  # logical processors
    ram_total_bytes: int
    ram_available_bytes: int
    gpus: tuple[GpuInfo, ...] = ()
    os_name: str = field(default_factory=lambda: f"{platform.system()} {platform.release()}")

    @property
    def ram_total_gb(self) -> float:
        return self.ram_total_bytes / GB

    @property
    def ram_available_gb(self) -> float:
        return self.ram_available_bytes / GB

    @property
    def best_gpu(self) -> GpuInfo | None:
        """The GPU with the most memory, if any."""
        if not self.gpus:
            return None
        return max(self.gpus, key=lambda gpu: gpu.memory_bytes or 0)


@dataclass(frozen=True)
class Recommendation:
    whisper_model: str
    whisper_reason: str
    llm_model: str
    llm_reason: str


# --- probing ---------------------------------------------------------------------------


def probe(
    *,
    nvidia_timeout_s: float = NVIDIA_SMI_TIMEOUT_S,
    which: Callable[[str], str | None] = shutil.which,
) -> HardwareInfo:
    """Describe this computer. Blocking (up to ``nvidia_timeout_s``): call it off the
    UI thread. Never raises for missing tools or odd platforms."""
    memory = psutil.virtual_memory()
    threads = psutil.cpu_count(logical=True) or os.cpu_count() or 1
    cores = psutil.cpu_count(logical=False) or threads
    return HardwareInfo(
        cpu_name=cpu_name(),
        cpu_cores=int(cores),
        cpu_threads=int(threads),
        ram_total_bytes=int(memory.total),
        ram_available_bytes=int(memory.available),
        gpus=nvidia_gpus(timeout_s=nvidia_timeout_s, which=which),
    )


def cpu_name() -> str:
    """The processor's marketing name, or the best the platform offers."""
    name = ""
    try:
        if sys.platform.startswith("linux"):
            name = _linux_cpu_name(Path("/proc/cpuinfo"))
        elif sys.platform == "darwin":
            name = _run(["sysctl", "-n", "machdep.cpu.brand_string"], 2.0) or ""
        elif sys.platform == "win32":
            name = _windows_cpu_name()
    except Exception:  # an odd platform must not break the wizard
        name = ""
    name = re.sub(r"\s+", " ", name or platform.processor() or platform.machine()).strip()
    return name or msg("Unknown processor")


def _linux_cpu_name(cpuinfo: Path) -> str:
    try:
        text = cpuinfo.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    for key in ("model name", "Hardware", "Processor", "cpu model"):
        match = re.search(rf"^{key}\s*:\s*(.+)$", text, re.MULTILINE)
        if match and match.group(1).strip():
            return match.group(1).strip()
    return ""


def _windows_cpu_name() -> str:
    import winreg  # type: ignore[import-not-found]

    key = winreg.OpenKey(
        winreg.HKEY_LOCAL_MACHINE, r"HARDWARE\DESCRIPTION\System\CentralProcessor\0"
    )
    with key:
        value, _ = winreg.QueryValueEx(key, "ProcessorNameString")
    return str(value)


def nvidia_gpus(
    *,
    timeout_s: float = NVIDIA_SMI_TIMEOUT_S,
    which: Callable[[str], str | None] = shutil.which,
) -> tuple[GpuInfo, ...]:
    """NVIDIA GPUs as ``nvidia-smi`` reports them; empty when it is absent, fails or
    does not answer within ``timeout_s``."""
    exe = which("nvidia-smi")
    if not exe:
        return ()
    output = _run([exe, *NVIDIA_SMI_QUERY], timeout_s)
    return parse_nvidia_smi(output or "")


def parse_nvidia_smi(text: str) -> tuple[GpuInfo, ...]:
    """Parse ``name, memory.total`` CSV lines (``NVIDIA GeForce RTX 3060, 12288 MiB``)."""
    gpus: list[GpuInfo] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        name, _, memory = line.rpartition(",")
        if not name:
            name, memory = memory, ""
        gpus.append(GpuInfo(name=name.strip(), memory_bytes=_parse_memory(memory)))
    return tuple(gpus)


_UNITS = {"": 1024**2, "mib": 1024**2, "mb": 1000**2, "gib": GB, "gb": 1000**3, "kib": 1024}


def _parse_memory(text: str) -> int | None:
    match = re.match(r"^\s*([\d.]+)\s*([A-Za-z]*)\s*$", text)
    if not match:
        return None
    factor = _UNITS.get(match.group(2).lower())
    if factor is None:
        return None
    try:
        return int(float(match.group(1)) * factor)
    except ValueError:
        return None


def _run(command: list[str], timeout_s: float) -> str | None:
    """stdout of ``command``, or None if it fails, is missing or takes too long."""
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flash on Windows
    try:
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=timeout_s,
            stdin=subprocess.DEVNULL,
            creationflags=flags,
            check=False,
        )
    except (OSError, subprocess.SubprocessError, ValueError):
        return None
    if result.returncode != 0:
        return None
    return result.stdout


# --- recommending ----------------------------------------------------------------------

WHISPER_SIZES = ("tiny.en", "base.en", "small.en", "small")


def recommend(info: HardwareInfo, language: str = "en") -> Recommendation:
    """Model sizes for ``info``. ``language`` is the language the user speaks (``en``,
    ``ru``, ``pt_BR``...): the ``.en`` Whisper models understand only English.

    Whisper runs on the processor (Neiri's default ``device: cpu``), so its size follows
    the CPU and memory; the LLM follows memory, or the GPU's memory when Ollama can use a
    GPU. Reasons are short sentences made with ``msg`` (the wizard translates them).
    """
    ram = info.ram_total_gb
    # An "8 GB" machine reports ~7.6 GB (firmware and graphics keep some): compare with
    # slack so nominal sizes land where people expect.
    ram_8, ram_16 = ram >= 7.0, ram >= 14.5
    threads = info.cpu_threads
    english = language.lower().split("_")[0].split("-")[0] == "en"

    if not english:
        whisper = "small"
        whisper_reason = msg(
            "The English-only models cannot understand your language; 'small' is the "
            "smallest multilingual model that recognizes it reliably."
        )
    elif threads >= 8 and ram_16:
        whisper = "small.en"
        whisper_reason = msg(
            "{threads} processor threads and {memory} GB of memory run the more accurate "
            "small.en model quickly enough for conversation.",
            threads=threads,
            memory=f"{ram:.0f}",
        )
    elif threads >= 4 and ram_8:
        whisper = "base.en"
        whisper_reason = msg(
            "{threads} processor threads handle base.en in real time; it makes fewer "
            "mistakes than tiny.en.",
            threads=threads,
        )
    else:
        whisper = "tiny.en"
        whisper_reason = msg(
            "With {threads} processor threads and {memory} GB of memory, tiny.en keeps "
            "replies quick; bigger models would make her slow to answer.",
            threads=threads,
            memory=f"{ram:.0f}",
        )

    gpu = info.best_gpu
    vram = gpu.memory_gb if gpu is not None else None
    if vram is not None and vram >= 8:
        assert gpu is not None
        llm = "qwen2.5:7b"
        llm_reason = msg(
            "Your {gpu} has {memory} GB of graphics memory: enough for a 7B model, "
            "which holds a conversation much better.",
            gpu=gpu.name,
            memory=f"{vram:.0f}",
        )
    elif not ram_8:
        llm = "llama3.2:1b"
        llm_reason = msg(
            "With {memory} GB of memory, the 1B model leaves room for speech and your "
            "other programs.",
            memory=f"{ram:.0f}",
        )
    elif not ram_16:
        llm = "llama3.2:3b"
        llm_reason = msg(
            "{memory} GB of memory fits the 3B model comfortably next to speech recognition.",
            memory=f"{ram:.0f}",
        )
    else:
        llm = "llama3.2:3b"
        llm_reason = msg(
            "Without a graphics card with 8 GB or more, bigger models answer too slowly on "
            "the processor; the 3B model keeps replies quick."
        )
    return Recommendation(whisper, whisper_reason, llm, llm_reason)


def describe_bytes(size: float | None) -> str:
    """``1.5 GB``, ``120 MB``, ``4 KB`` (binary units, one decimal above 10 GB: none)."""
    if size is None:
        return "?"
    for unit, factor in (("GB", GB), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            value = size / factor
            return f"{value:.1f} {unit}" if value < 10 else f"{value:.0f} {unit}"
    return f"{int(size)} B"
