"""What is in an avatar model file, for the settings (no browser needed).

:func:`describe_model` reads a VRM's expression names or a Live2D model's expressions
and motion groups (the names an emotion map can point at) and checks that the files a
Live2D model needs are there; :func:`check_live2d_core` says whether a file looks like
the Live2D Cubism Core. Neither loads the model: the avatar page does that.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass, field
from pathlib import Path

from app.core.messages import msg

GLB_MAGIC = 0x46546C67  # "glTF"
GLB_JSON = 0x4E4F534A  # "JSON"
MAX_JSON_BYTES = 64 * 1024 * 1024

# VRM 0.x blend shape presets under the VRM 1.0 names the page uses (as three-vrm does)
VRM0_PRESETS = {
    "a": "aa",
    "i": "ih",
    "u": "ou",
    "e": "ee",
    "o": "oh",
    "joy": "happy",
    "angry": "angry",
    "sorrow": "sad",
    "fun": "relaxed",
    "surprised": "surprised",
    "neutral": "neutral",
    "blink": "blink",
    "blink_l": "blinkLeft",
    "blink_r": "blinkRight",
    "lookup": "lookUp",
    "lookdown": "lookDown",
    "lookleft": "lookLeft",
    "lookright": "lookRight",
}


@dataclass(slots=True)
class ModelSummary:
    """``kind`` (vrm, live2d), the ``expressions`` an emotion map can name, the Live2D
    ``motions`` (group names; ``motion:<group>`` plays one), and ``problems`` found
    (sentences for the user; empty when the model looks complete)."""

    kind: str
    name: str
    expressions: list[str] = field(default_factory=list)
    motions: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def describe_model(path: str | Path) -> ModelSummary:
    """Summarise a ``.vrm``/``.glb`` or Live2D ``.model3.json`` file."""
    path = Path(path).expanduser()
    live2d = path.name.lower().endswith(".model3.json")
    summary = ModelSummary("live2d" if live2d else "vrm", path.name)
    if not path.is_file():
        summary.problems.append(msg("The file {name} does not exist.", name=str(path)))
        return summary
    try:
        if live2d:
            _describe_live2d(path, summary)
        else:
            _describe_vrm(path, summary)
    except (OSError, ValueError, KeyError, TypeError, struct.error) as exc:
        summary.problems.append(
            msg("{name} cannot be read: {reason}", name=path.name, reason=str(exc))
        )
    return summary


def _describe_vrm(path: Path, summary: ModelSummary) -> None:
    with path.open("rb") as fh:
        magic, _version, _length = struct.unpack("<III", fh.read(12))
        if magic != GLB_MAGIC:
            raise ValueError("not a VRM/glTF binary file")
        size, kind = struct.unpack("<II", fh.read(8))
        if kind != GLB_JSON or size > MAX_JSON_BYTES:
            raise ValueError("no glTF JSON chunk")
        gltf = json.loads(fh.read(size))
    extensions = gltf.get("extensions") or {}
    if "VRMC_vrm" in extensions:
        expressions = extensions["VRMC_vrm"].get("expressions") or {}
        names = list(expressions.get("preset") or {}) + list(expressions.get("custom") or {})
    elif "VRM" in extensions:
        groups = (extensions["VRM"].get("blendShapeMaster") or {}).get("blendShapeGroups") or []
        names = []
        for group in groups:
            preset = str(group.get("presetName") or "").lower()
            name = VRM0_PRESETS.get(preset) or str(group.get("name") or "")
            if name and name not in names:
                names.append(name)
    else:
        summary.problems.append(msg("{name} is a glTF model but not a VRM avatar.", name=path.name))
        names = []
    summary.expressions = names


def _describe_live2d(path: Path, summary: ModelSummary) -> None:
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    refs = data.get("FileReferences") if isinstance(data, dict) else None
    if not isinstance(refs, dict) or not isinstance(refs.get("Moc"), str):
        raise ValueError("not a Live2D model3.json (FileReferences.Moc is missing)")
    folder = path.parent
    needed = [refs["Moc"], *[t for t in refs.get("Textures") or [] if isinstance(t, str)]]
    if len(needed) == 1:
        summary.problems.append(msg("{name} lists no textures.", name=path.name))
    for entry in refs.get("Expressions") or []:
        if isinstance(entry, dict) and isinstance(entry.get("File"), str):
            name = entry.get("Name") or Path(entry["File"]).name.split(".")[0]
            summary.expressions.append(str(name))
            needed.append(entry["File"])
    for group, entries in (refs.get("Motions") or {}).items():
        if isinstance(entries, list) and entries:
            summary.motions.append(str(group))
            needed += [e["File"] for e in entries if isinstance(e, dict) and "File" in e]
    base = folder.resolve()
    for relative in needed:
        target = (folder / relative).resolve()
        if not target.is_relative_to(base):
            summary.problems.append(
                msg("{file} is outside the model's folder; it cannot be served.", file=relative)
            )
        elif not target.is_file():
            summary.problems.append(msg("{file} is missing.", file=relative))


def check_live2d_core(path: str | Path) -> str | None:
    """``None`` when ``path`` looks like the Live2D Cubism Core for Web, else why not."""
    path = Path(path).expanduser()
    if not path.is_file():
        return msg("The file {name} does not exist.", name=str(path))
    if path.suffix.lower() != ".js":
        return msg("The Live2D Cubism Core is a .js file (live2dcubismcore.min.js).")
    try:
        with path.open("rb") as fh:
            head = fh.read(4 * 1024 * 1024)
    except OSError as exc:
        return msg("{name} cannot be read: {reason}", name=path.name, reason=str(exc))
    if b"Live2DCubismCore" not in head:
        return msg(
            "{name} is not the Live2D Cubism Core: get live2dcubismcore.min.js from the "
            "Cubism SDK for Web (Core folder).",
            name=path.name,
        )
    return None


__all__ = ["ModelSummary", "check_live2d_core", "describe_model"]
