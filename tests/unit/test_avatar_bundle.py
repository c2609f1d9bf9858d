"""The committed avatar bundle (web_avatar/dist) is what its sources and lock file build.

`uv run neiri` serves web_avatar/dist/avatar.js without Node, so a change to
web_avatar/src or to the pinned packages must come with a rebuilt bundle. This test
installs the locked packages (`npm ci`, cached in web_avatar/node_modules, gitignored),
builds into a temporary folder and compares byte for byte. Skipped without Node/npm.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

WEB = Path(__file__).resolve().parents[2] / "web_avatar"
DIST = WEB / "dist"
BUNDLE_FILES = ("avatar.js", "avatar.js.LICENSES.txt")
STAMP = WEB / "node_modules" / ".neiri-lock.sha256"
OFFLINE = re.compile(r"ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNREFUSED|ENETUNREACH|network", re.I)

pytestmark = pytest.mark.timeout(300)


def _tools() -> tuple[str, str]:
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip("Node.js and npm are not installed: cannot rebuild the avatar bundle")
    return node, npm


def _install(npm: str) -> None:
    """`npm ci` unless node_modules already holds exactly the locked packages."""
    digest = hashlib.sha256((WEB / "package-lock.json").read_bytes()).hexdigest()
    if STAMP.is_file() and STAMP.read_text().strip() == digest:
        return
    result = subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"],
        cwd=WEB,
        capture_output=True,
        text=True,
        timeout=240,
    )
    if result.returncode != 0:
        if OFFLINE.search(result.stderr):
            pytest.skip(f"npm ci cannot reach the registry: {result.stderr.strip()[-300:]}")
        pytest.fail(f"npm ci failed:\n{result.stderr[-2000:]}")
    STAMP.write_text(digest + "\n")


def test_dependencies_are_pinned_exactly():
    package = json.loads((WEB / "package.json").read_text())
    lock = json.loads((WEB / "package-lock.json").read_text())
    wanted = {**package["dependencies"], **package["devDependencies"]}
    assert set(wanted) >= {"three", "@pixiv/three-vrm", "esbuild"}
    for name, version in wanted.items():
        assert re.fullmatch(r"\d+\.\d+\.\d+", version), f"{name} must be pinned, not {version}"
        assert lock["packages"][f"node_modules/{name}"]["version"] == version, name


def test_committed_bundle_has_license_banner():
    head = (DIST / "avatar.js").read_text(encoding="utf-8")[:600]
    assert head.startswith("/*!")
    assert "three.js" in head and "@pixiv/three-vrm" in head and "MIT" in head
    licenses = (DIST / "avatar.js.LICENSES.txt").read_text(encoding="utf-8")
    assert "three 0." in licenses and "@pixiv/three-vrm 3." in licenses
    assert licenses.count("Permission is hereby granted") >= 2


def test_committed_bundle_is_fresh(tmp_path):
    node, npm = _tools()
    _install(npm)
    out = tmp_path / "dist"
    result = subprocess.run(
        [node, "build.mjs", "--outdir", str(out)],
        cwd=WEB,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    stale = [
        name
        for name in BUNDLE_FILES
        if not (DIST / name).is_file() or (DIST / name).read_bytes() != (out / name).read_bytes()
    ]
    assert not stale, (
        f"web_avatar/dist is stale ({', '.join(stale)}): run `npm ci && npm run build` "
        "in web_avatar/ and commit dist/"
    )
    # deterministic: a second build is byte-identical
    again = tmp_path / "again"
    subprocess.run([node, "build.mjs", "--outdir", str(again)], cwd=WEB, check=True, timeout=120)
    for name in BUNDLE_FILES:
        assert (again / name).read_bytes() == (out / name).read_bytes(), name
