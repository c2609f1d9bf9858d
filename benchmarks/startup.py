"""Desktop start-up benchmark: process start -> window shown -> ready to listen.

Each run is a fresh process (cold imports, models loaded from the OS cache) that
starts the real app offscreen with file audio (so "ready" includes the microphone
path: VAD, Whisper and Piper loaded), records when the window was shown and when
she was ready, and quits. Prints median and p95, writes
``benchmarks/results/startup.json``.

    uv run python benchmarks/startup.py [--runs 10]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"

CHILD = r"""
import time
born = float({born!r})  # the parent's clock just before it started this process
import asyncio, json, os, sys
sys.path.insert(0, {root!r})
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from ui.qt_env import prepare_environment
prepare_environment()
import numpy as np, soundfile as sf, qasync
from PySide6.QtWidgets import QApplication
from app.config.paths import Paths
from app.config.settings import Settings
from app.engine import AudioPlan
from ui.app import NeiriApp

home = os.environ["NEIRI_HOME"]
silence = os.path.join(home, "silence.wav")
sf.write(silence, np.zeros(16000 * 30, np.float32), 16000)
qapp = QApplication(sys.argv)
loop = qasync.QEventLoop(qapp)
asyncio.set_event_loop(loop)
settings = Settings()
settings.llm.base_url = "http://127.0.0.1:9"
settings.llm.connect_retries = 0
neiri = NeiriApp(qapp, settings, Paths.resolve().ensure(), audio=AudioPlan("files", silence, None))
neiri.started_at = time.perf_counter() - (time.time() - born)

async def main():
    runner = asyncio.ensure_future(neiri.run())
    while "ready_s" not in neiri.timings:
        await asyncio.sleep(0.01)
    neiri.quit()
    await runner

with loop:
    loop.run_until_complete(main())
print(json.dumps(neiri.timings))
"""


def run_once() -> dict:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, NEIRI_HOME=home, QT_QPA_PLATFORM="offscreen")
        born = time.time()  # process start, as the user would time it
        proc = subprocess.run(
            [sys.executable, "-c", CHILD.format(root=str(ROOT), born=born)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    runs = [run_once() for _ in range(args.runs)]
    report = {}
    print(f"{'stage (s after process start)':<32} {'median':>8} {'p95':>8}   target")
    for key, target in (("window_shown_s", "<= 1.5"), ("engine_started_s", ""), ("ready_s", "")):
        values = np.array([r[key] for r in runs if key in r])
        report[key] = {
            "n": int(values.size),
            "median": round(float(np.median(values)), 3),
            "p95": round(float(np.percentile(values, 95)), 3),
        }
        print(f"{key:<32} {report[key]['median']:>8.2f} {report[key]['p95']:>8.2f}   {target}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "startup.json").write_text(json.dumps({"runs": runs, "summary": report}, indent=2))
    print(f"wrote {RESULTS / 'startup.json'}")


if __name__ == "__main__":
    main()
