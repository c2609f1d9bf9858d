"""The hardware probe on this machine, and recommendations for made-up ones."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import psutil

from app.core.messages import Message
from app.hardware import (
    GB,
    GpuInfo,
    HardwareInfo,
    parse_nvidia_smi,
    probe,
    recommend,
)


def machine(ram_gb: float, threads: int = 4, gpu_gb: float | None = None) -> HardwareInfo:
    gpus = () if gpu_gb is None else (GpuInfo("NVIDIA GeForce RTX 3060", int(gpu_gb * GB)),)
    return HardwareInfo(
        cpu_name="Test CPU",
        cpu_cores=max(1, threads // 2),
        cpu_threads=threads,
        ram_total_bytes=int(ram_gb * GB),
        ram_available_bytes=int(ram_gb * GB / 2),
        gpus=gpus,
    )


def test_probe_describes_this_machine() -> None:
    started = time.monotonic()
    info = probe()
    assert time.monotonic() - started < 10
    assert info.cpu_name and info.cpu_name != "Unknown processor"
    assert 1 <= info.cpu_cores <= info.cpu_threads <= 4096
    assert info.cpu_threads == psutil.cpu_count(logical=True)
    assert 256 * 1024**2 < info.ram_total_bytes < 64 * 1024 * GB
    assert 0 < info.ram_available_bytes <= info.ram_total_bytes
    assert isinstance(info.gpus, tuple)
    assert all(g.name for g in info.gpus)


def test_a_hanging_nvidia_smi_does_not_hang_the_probe(tmp_path: Path) -> None:
    fake = tmp_path / "nvidia-smi"
    fake.write_text("#!/bin/sh\nsleep 30\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    started = time.monotonic()
    info = probe(nvidia_timeout_s=0.5, which=lambda name: str(fake))
    assert time.monotonic() - started < 5
    assert info.gpus == ()


def test_nvidia_smi_output_is_read(tmp_path: Path) -> None:
    fake = tmp_path / "nvidia-smi"
    fake.write_text(
        "#!/bin/sh\necho 'NVIDIA GeForce RTX 4070, 12282 MiB'\necho 'Tesla T4, 15360 MiB'\n"
    )
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    info = probe(which=lambda name: str(fake) if os.name == "posix" else None)
    assert [g.name for g in info.gpus] == ["NVIDIA GeForce RTX 4070", "Tesla T4"]
    assert info.best_gpu is not None and info.best_gpu.name == "Tesla T4"
    assert parse_nvidia_smi("Odd, Card, 8 GiB\n\n")[0] == GpuInfo("Odd, Card", 8 * GB)
    assert parse_nvidia_smi("Mystery GPU, [N/A]")[0].memory_bytes is None


def test_a_missing_nvidia_smi_means_no_gpu() -> None:
    assert probe(which=lambda name: None).gpus == ()


def test_recommend_4_gb_laptop() -> None:
    r = recommend(machine(4, threads=2))
    assert r.whisper_model == "tiny.en"
    assert r.llm_model == "llama3.2:1b"
    assert "4 GB" in r.llm_reason and r.whisper_reason


def test_recommend_16_gb_desktop() -> None:
    r = recommend(machine(15.6, threads=8))  # what a 16 GB machine reports
    assert r.whisper_model == "small.en"
    assert r.llm_model == "llama3.2:3b"
    r = recommend(machine(7.7, threads=4))  # an 8 GB machine
    assert (r.whisper_model, r.llm_model) == ("base.en", "llama3.2:3b")


def test_recommend_32_gb_with_a_12_gb_gpu() -> None:
    r = recommend(machine(32, threads=16, gpu_gb=12))
    assert r.llm_model == "qwen2.5:7b"
    assert "RTX 3060" in r.llm_reason and "12 GB" in r.llm_reason
    assert r.whisper_model == "small.en"
    # the wizard translates the reasons: they are messages with the numbers as arguments
    assert isinstance(r.llm_reason, Message) and "{gpu}" in r.llm_reason.template
    assert r.llm_reason.args == {"gpu": "NVIDIA GeForce RTX 3060", "memory": "12"}
    assert isinstance(r.whisper_reason, Message)


def test_a_small_gpu_does_not_get_the_7b_model() -> None:
    assert recommend(machine(32, threads=16, gpu_gb=4)).llm_model == "llama3.2:3b"


def test_other_languages_get_a_multilingual_whisper() -> None:
    for language in ("ru", "pt_BR", "zh_CN"):
        assert recommend(machine(8, threads=4), language).whisper_model == "small"
    assert recommend(machine(8, threads=4), "en").whisper_model == "base.en"
