"""A second launch brings the running Neiri to the front instead of starting another."""

from __future__ import annotations

import asyncio

from ui.single_instance import SingleInstance, server_name


def test_second_launch_asks_the_first_to_show(qapp, qloop, tmp_path):
    name = server_name(str(tmp_path))
    first = SingleInstance(name)
    assert first.listen()
    shown: list[bool] = []
    first.activated.connect(lambda: shown.append(True))

    second = SingleInstance(name)
    assert second.ask_running_instance() is True

    async def wait() -> None:
        for _ in range(100):
            if shown:
                return
            await asyncio.sleep(0.02)

    qloop.run_until_complete(wait())
    assert shown == [True]
    first.close()
    # with nobody listening, a launch goes ahead and becomes the running instance
    assert SingleInstance(name).ask_running_instance(timeout_ms=200) is False


def test_a_stale_socket_from_a_crash_does_not_block_the_next_start(qapp, tmp_path):
    from PySide6.QtNetwork import QLocalServer

    name = server_name(str(tmp_path / "crashed"))
    crashed = QLocalServer()
    assert crashed.listen(name)
    crashed.close()  # what a crashed instance may leave behind on some systems
    fresh = SingleInstance(name)
    assert fresh.listen()
    fresh.close()
