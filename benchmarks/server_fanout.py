"""Event fan-out benchmark: publish -> receive latency to several WebSocket clients.

The real server (``app.server.EventServer``) runs on 127.0.0.1 with the engine's bus;
a publisher puts 60 events/s on the bus (mouth frames, with a caption every 20th
tick) for 20 s. The WebSocket clients (aiohttp, 5 by default) run in a separate
process, as a browser would, and stamp each message on arrival. Latency = arrival
``perf_counter`` minus the event's ``ts`` (stamped just before ``publish``): both
processes read the same monotonic clock (CLOCK_MONOTONIC on Linux), so the numbers
compare. Also measured: how long ``bus.publish`` takes (the publisher never waits),
lost events and the server process's CPU.

Prints a table, writes ``benchmarks/results/server_fanout.json``.

    uv run python benchmarks/server_fanout.py [--clients 5] [--rate 60] [--seconds 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.bus import EventBus  # noqa: E402
from app.core.events import AvatarFrame, ReplyText  # noqa: E402
from app.server import EventServer  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
CAPTION_EVERY = 20
TARGET_P95_MS = 10.0


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    low = int(k)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "median": round(statistics.median(values), 3) if values else float("nan"),
        "p95": round(percentile(values, 0.95), 3),
        "p99": round(percentile(values, 0.99), 3),
        "max": round(max(values), 3) if values else float("nan"),
    }


# --- the client process ----------------------------------------------------------------


async def run_clients(url: str, clients: int, expected: int, idle_s: float) -> dict:
    import aiohttp

    async def one(session: aiohttp.ClientSession, index: int) -> dict:
        latencies: list[float] = []
        kinds = {"avatar.frame": 0, "turn.reply_text": 0}
        last_turn = -1
        out_of_order = 0
        async with session.ws_connect(url) as ws:
            hello = await ws.receive_json(timeout=10)
            assert hello["type"] == "hello"
            print(f"ready {index}", flush=True)
            while True:
                try:
                    message = await ws.receive(timeout=idle_s)
                except TimeoutError:
                    break
                now = time.perf_counter()
                if message.type != aiohttp.WSMsgType.TEXT:
                    break
                data = json.loads(message.data)
                if data["type"] not in kinds:
                    continue
                latencies.append((now - data["ts"]) * 1000.0)
                kinds[data["type"]] += 1
                if data["turn_id"] <= last_turn:
                    out_of_order += 1
                last_turn = data["turn_id"]
                if data["turn_id"] == expected - 1:  # the final caption
                    break
        return {
            "client": index,
            "latency_ms": latencies,
            "received": kinds,
            "out_of_order": out_of_order,
        }

    async with aiohttp.ClientSession() as session:
        return {"clients": await asyncio.gather(*(one(session, i) for i in range(clients)))}


def client_main(argv: list[str]) -> None:
    url, clients, expected = argv[0], int(argv[1]), int(argv[2])
    result = asyncio.run(run_clients(url, clients, expected, idle_s=10.0))
    print("RESULT " + json.dumps(result), flush=True)


# --- the server process ----------------------------------------------------------------


async def serve_and_publish(args: argparse.Namespace) -> dict:
    bus = EventBus()
    server = EventServer(bus, port=0)
    await server.start()
    ws_url = f"{server.url}ws"
    total = int(args.rate * args.seconds)
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        __file__,
        "--client-process",
        ws_url,
        str(args.clients),
        str(total),
        stdout=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    ready = 0
    while ready < args.clients:
        line = await asyncio.wait_for(proc.stdout.readline(), 30)
        if not line:
            raise RuntimeError("the client process ended early")
        ready += line.startswith(b"ready")
    await asyncio.sleep(0.5)

    me = psutil.Process()
    me.cpu_percent(None)
    publish_us: list[float] = []
    lateness_ms: list[float] = []
    loop = asyncio.get_running_loop()
    period = 1.0 / args.rate
    start = loop.time() + 0.05
    captions = 0
    for i in range(total):
        due = start + i * period
        delay = due - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        lateness_ms.append(max(0.0, (loop.time() - due) * 1000.0))
        last = i == total - 1
        if i % CAPTION_EVERY == 0 or last:
            text = "Last caption." if last else f"Caption number {i // CAPTION_EVERY}, spoken now."
            event = ReplyText(turn_id=i, text=text)
            captions += 1
        else:
            mouth = abs(((i % 30) / 15.0) - 1.0)
            event = AvatarFrame(turn_id=i, mouth=round(mouth, 3), emotion="happy")
        t0 = time.perf_counter()
        bus.publish(event)
        publish_us.append((time.perf_counter() - t0) * 1e6)
    cpu = me.cpu_percent(None)
    out, _ = await asyncio.wait_for(proc.communicate(), 60)
    await server.stop()
    result_line = next(line for line in out.decode().splitlines() if line.startswith("RESULT "))
    result = json.loads(result_line[len("RESULT ") :])
    return {
        "published": total,
        "captions": captions,
        "frames": total - captions,
        "publish_us": summary(publish_us),
        "tick_lateness_ms": summary(lateness_ms),
        "server_cpu_percent_of_one_core": round(cpu, 1),
        "dropped_clients": server.dropped_clients,
        "clients": result["clients"],
    }


def report(args: argparse.Namespace, raw: dict) -> dict:
    per_client = []
    everything: list[float] = []
    for client in raw["clients"]:
        lat = client["latency_ms"]
        everything.extend(lat)
        received = sum(client["received"].values())
        per_client.append(
            {
                "client": client["client"],
                "received": received,
                "frames": client["received"]["avatar.frame"],
                "captions": client["received"]["turn.reply_text"],
                # frames a client was too far behind for are coalesced, never captions
                "frames_coalesced": raw["frames"] - client["received"]["avatar.frame"],
                "captions_lost": raw["captions"] - client["received"]["turn.reply_text"],
                "out_of_order": client["out_of_order"],
                "latency_ms": summary(lat),
            }
        )
    overall = summary(everything)
    return {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "config": {
            "clients": args.clients,
            "events_per_s": args.rate,
            "seconds": args.seconds,
            "caption_every": CAPTION_EVERY,
            "clients_in": "a separate process (aiohttp), like a browser",
        },
        "published": raw["published"],
        "published_frames": raw["frames"],
        "published_captions": raw["captions"],
        "publish_call_us": raw["publish_us"],
        "publisher_tick_lateness_ms": raw["tick_lateness_ms"],
        "server_cpu_percent_of_one_core": raw["server_cpu_percent_of_one_core"],
        "dropped_clients": raw["dropped_clients"],
        "per_client": per_client,
        "latency_ms": overall,
        "target_p95_ms": TARGET_P95_MS,
        "meets_target": bool(overall["p95"] <= TARGET_P95_MS)
        and all(c["latency_ms"]["p95"] <= TARGET_P95_MS for c in per_client),
    }


def print_table(result: dict) -> None:
    print()
    print(
        f"fan-out: {result['config']['clients']} clients, "
        f"{result['config']['events_per_s']} events/s for {result['config']['seconds']} s "
        f"({result['published']} events)"
    )
    header = ("client", "received", "coalesced", "median ms", "p95 ms", "p99 ms", "max ms")
    print("{:>6} {:>9} {:>10} {:>10} {:>8} {:>8} {:>8}".format(*header))
    row = "{:>6} {:>9} {:>10} {:>10.2f} {:>8.2f} {:>8.2f} {:>8.2f}"
    for c in result["per_client"]:
        lat = c["latency_ms"]
        coalesced = c["frames_coalesced"] + c["captions_lost"]
        print(row.format(c["client"], c["received"], coalesced, *_figures(lat)))
    lat = result["latency_ms"]
    print(row.format("all", lat["n"], "", *_figures(lat)))
    pub = result["publish_call_us"]
    print(
        f"bus.publish: median {pub['median']:.1f} us, p95 {pub['p95']:.1f} us, "
        f"max {pub['max']:.1f} us"
    )
    print(f"server CPU: {result['server_cpu_percent_of_one_core']}% of one core")
    verdict = "meets" if result["meets_target"] else "MISSES"
    print(f"target p95 <= {result['target_p95_ms']} ms per client: {verdict}")


def _figures(lat: dict[str, float]) -> tuple[float, ...]:
    return (lat["median"], lat["p95"], lat["p99"], lat["max"])


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--client-process":
        client_main(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=5)
    parser.add_argument("--rate", type=float, default=60.0, help="events per second")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--out", type=Path, default=RESULTS / "server_fanout.json")
    args = parser.parse_args()
    raw = asyncio.run(serve_and_publish(args))
    result = report(args, raw)
    print_table(result)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")


if __name__ == "__main__":
    main()
