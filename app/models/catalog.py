"""The speech models Neiri can download, as data.

Two kinds, each stored where the engine looks for it:

- ``whisper``: a faster-whisper (CTranslate2) model folder, ``<models_dir>/whisper/<name>/``
  holding ``config.json``, ``model.bin``, ``tokenizer.json`` and ``vocabulary.txt``, the
  layout of the ``Systran/faster-whisper-<name>`` repositories on Hugging Face
  (:func:`app.speech.asr.resolve_model` finds it by ``model.bin``);
- ``piper``: a Piper voice, ``<models_dir>/piper/<voice>.onnx`` plus ``<voice>.onnx.json``,
  from the ``rhasspy/piper-voices`` repository (:func:`app.speech.tts.piper_tts.resolve_voice`).

**What is and is not verified.** Nothing in :data:`DEFAULT_CATALOG` was downloaded from
this project's build machines (they cannot reach Hugging Face), so every entry has
``sha256=None`` and ``size=None``: a download is checked against the server's own
``Content-Length`` and, afterwards, by loading the model. ``approx_size`` only drives
progress bars and the "about 145 MB" labels; it comes from the published repositories'
listings as other projects quote them (Piper: ``voices.json``'s ``size_bytes``) and is
never used to reject a file. A catalog built with exact ``size``/``sha256`` (for
example from a mirror you control, or in tests) gets both checked before a file is put
in place. Never add a checksum you have not computed from the real file.

The catalog is plain data (:meth:`Catalog.from_data`), and :meth:`Catalog.rebased`
points every URL at another server (a mirror, or the tests' local file server).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

Kind = Literal["whisper", "piper"]

HF = "https://huggingface.co"
PIPER_BASE = f"{HF}/rhasspy/piper-voices/resolve/v1.0.0"
MIRROR_ENV = "NEIRI_MODELS_MIRROR"
"""Set to a base URL (e.g. ``https://hf-mirror.com``) to fetch every model from there."""

BUNDLED_WHISPER = "tiny.en"
BUNDLED_VOICE = "en_US-joe-medium"


@dataclass(frozen=True)
class ModelFile:
    """One file of a model. ``path`` is relative to the model's destination folder."""

    path: str
    url: str
    size: int | None = None  # exact size in bytes, checked; None when not verified
    sha256: str | None = None  # lowercase hex, checked; None when not verified
    approx_size: int | None = None  # for progress and labels only

    @property
    def expected_size(self) -> int | None:
        """The best size estimate: the exact size, else the approximate one."""
        return self.size if self.size is not None else self.approx_size


@dataclass(frozen=True)
class CatalogModel:
    name: str
    kind: Kind
    files: tuple[ModelFile, ...]
    language: str = "en"  # "multi" for multilingual Whisper models
    description: str = ""
    bundled: bool = False  # shipped with Neiri (a Python package): nothing to download
    source: str = ""  # the page a user can download the files from by hand

    @property
    def approx_size(self) -> int | None:
        sizes = [f.expected_size for f in self.files]
        if any(size is None for size in sizes):
            return None
        return sum(size for size in sizes if size is not None)

    @property
    def verified(self) -> bool:
        """Every file has a known checksum."""
        return all(f.sha256 for f in self.files)

    def dest_dir(self, models_dir: str | os.PathLike[str]) -> Path:
        """Where the files go: ``whisper/<name>/`` or ``piper/``."""
        root = Path(models_dir)
        return root / "whisper" / self.name if self.kind == "whisper" else root / "piper"

    def installed(self, models_dir: str | os.PathLike[str] | None) -> bool:
        """All files are in place (a bundled model always counts as installed)."""
        if self.bundled:
            return True
        if models_dir is None:
            return False
        folder = self.dest_dir(models_dir)
        return all((folder / f.path).is_file() for f in self.files)

    def partial(self, models_dir: str | os.PathLike[str] | None) -> bool:
        """An interrupted download left ``.part`` files that a new one will resume."""
        if models_dir is None or self.bundled:
            return False
        folder = self.dest_dir(models_dir)
        return any((folder / f"{f.path}.part").is_file() for f in self.files)

    def rebased(self, base_url: str) -> CatalogModel:
        files = tuple(replace(f, url=rebase_url(f.url, base_url)) for f in self.files)
        return replace(self, files=files, source=rebase_url(self.source, base_url))


def rebase_url(url: str, base_url: str) -> str:
    """``https://huggingface.co/a/b`` on ``http://127.0.0.1:8000/x`` ->
    ``http://127.0.0.1:8000/x/a/b`` (scheme, host and a path prefix replaced)."""
    if not url:
        return url
    parts, base = urlsplit(url), urlsplit(base_url.rstrip("/"))
    return urlunsplit((base.scheme, base.netloc, base.path + parts.path, parts.query, ""))


@dataclass(frozen=True)
class Catalog:
    models: tuple[CatalogModel, ...] = field(default_factory=tuple)

    def get(self, name: str, kind: Kind | None = None) -> CatalogModel | None:
        for model in self.models:
            if model.name == name and (kind is None or model.kind == kind):
                return model
        return None

    def of_kind(self, kind: Kind) -> list[CatalogModel]:
        return [m for m in self.models if m.kind == kind]

    def rebased(self, base_url: str) -> Catalog:
        """The same catalog with every URL on ``base_url``."""
        return Catalog(tuple(m.rebased(base_url) for m in self.models))

    @classmethod
    def from_data(cls, data: Mapping[str, Any] | Iterable[Mapping[str, Any]]) -> Catalog:
        """Build from plain data: ``{"models": [{"name", "kind", "files": [{"path", "url",
        "size", "sha256", "approx_size"}], ...}]}`` (or the list alone)."""
        entries = data.get("models", []) if isinstance(data, Mapping) else data
        models = []
        for entry in entries:
            files = tuple(
                ModelFile(
                    path=str(f["path"]),
                    url=str(f["url"]),
                    size=f.get("size"),
                    sha256=(f.get("sha256") or None) and str(f["sha256"]).lower(),
                    approx_size=f.get("approx_size"),
                )
                for f in entry.get("files", [])
            )
            models.append(
                CatalogModel(
                    name=str(entry["name"]),
                    kind=entry["kind"],
                    files=files,
                    language=str(entry.get("language", "en")),
                    description=str(entry.get("description", "")),
                    bundled=bool(entry.get("bundled", False)),
                    source=str(entry.get("source", "")),
                )
            )
        return cls(tuple(models))


# --- the default catalog ---------------------------------------------------------------

# Approximate sizes (bytes) of the faster-whisper CTranslate2 files, as the Systran
# repositories list them (rounded; NOT verified here, used only for progress bars).
_WHISPER_APPROX = {
    "tiny.en": 75_500_000,
    "base.en": 145_200_000,
    "small.en": 483_500_000,
    "small": 483_500_000,
}
_WHISPER_SMALL_FILES = {
    "config.json": 2_000,
    "tokenizer.json": 2_200_000,
    "vocabulary.txt": 460_000,
}
# Piper "medium" voices: voices.json of rhasspy/piper-voices lists 63,201,294 bytes for
# the .onnx files below and about 4.9 KB for their .onnx.json (quoted, NOT verified here).
_PIPER_ONNX_APPROX = 63_201_294
_PIPER_JSON_APPROX = 4_900


def _whisper(name: str, language: str, description: str) -> CatalogModel:
    repo = f"{HF}/Systran/faster-whisper-{name}"
    files = tuple(
        ModelFile(
            path=path,
            url=f"{repo}/resolve/main/{path}",
            approx_size=_WHISPER_APPROX[name] if path == "model.bin" else approx,
        )
        for path, approx in (
            ("config.json", _WHISPER_SMALL_FILES["config.json"]),
            ("tokenizer.json", _WHISPER_SMALL_FILES["tokenizer.json"]),
            ("vocabulary.txt", _WHISPER_SMALL_FILES["vocabulary.txt"]),
            ("model.bin", 0),
        )
    )
    return CatalogModel(
        name=name,
        kind="whisper",
        files=files,
        language=language,
        description=description,
        bundled=name == BUNDLED_WHISPER,
        source=f"{repo}/tree/main",
    )


def _piper(voice: str, description: str) -> CatalogModel:
    locale, speaker, quality = voice.split("-", 2)
    family = locale.split("_")[0]
    folder = f"{PIPER_BASE}/{family}/{locale}/{speaker}/{quality}"
    files = (
        ModelFile(
            f"{voice}.onnx.json", f"{folder}/{voice}.onnx.json", approx_size=_PIPER_JSON_APPROX
        ),
        ModelFile(f"{voice}.onnx", f"{folder}/{voice}.onnx", approx_size=_PIPER_ONNX_APPROX),
    )
    return CatalogModel(
        name=voice,
        kind="piper",
        files=files,
        language=locale,
        description=description,
        source=f"{HF}/rhasspy/piper-voices/tree/v1.0.0/{family}/{locale}/{speaker}/{quality}",
    )


def _bundled_voice() -> CatalogModel:
    return CatalogModel(
        name=BUNDLED_VOICE,
        kind="piper",
        files=(),
        language="en_US",
        description="Joe, American English (bundled)",
        bundled=True,
    )


DEFAULT_CATALOG = Catalog(
    (
        _whisper("tiny.en", "en", "Fastest; English only (bundled)"),
        _whisper("base.en", "en", "Fewer mistakes; English only"),
        _whisper("small.en", "en", "Accurate; English only; needs a fast processor"),
        _whisper("small", "multi", "Accurate; many languages; needs a fast processor"),
        _bundled_voice(),
        _piper("en_US-lessac-medium", "Lessac, American English"),
        _piper("ru_RU-irina-medium", "Irina, Russian"),
        _piper("pt_BR-faber-medium", "Faber, Brazilian Portuguese"),
        _piper("zh_CN-huayan-medium", "Huayan, Simplified Chinese"),
    )
)
"""Sizes and checksums unverified (see the module docstring)."""

_VOICE_FOR_LANGUAGE = {
    "en": BUNDLED_VOICE,
    "ru": "ru_RU-irina-medium",
    "pt": "pt_BR-faber-medium",
    "zh": "zh_CN-huayan-medium",
}

SPOKEN_LANGUAGE = {"en": "en", "ru": "ru", "pt_BR": "pt", "zh_CN": "zh"}
"""UI language -> the Whisper language code of the speech Neiri listens for."""


def recommended_voice(language: str) -> str:
    """The Piper voice for a UI language (``en``, ``ru``, ``pt_BR``, ``zh_CN``)."""
    family = language.split("_")[0].split("-")[0].lower()
    return _VOICE_FOR_LANGUAGE.get(family, BUNDLED_VOICE)


def default_catalog() -> Catalog:
    """:data:`DEFAULT_CATALOG`, on the mirror named by ``NEIRI_MODELS_MIRROR`` if set."""
    mirror = os.environ.get(MIRROR_ENV, "").strip()
    return DEFAULT_CATALOG.rebased(mirror) if mirror else DEFAULT_CATALOG
