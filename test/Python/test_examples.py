"""Every example spec through the Python API, on NumPy and on torch, against
attc.reference; odd sizes and fully masked rows."""

import numpy as np
import pytest

import attc
from conftest import EXAMPLES, needs_torch, run_and_check

EXAMPLE_FILES = sorted(p.name for p in EXAMPLES.glob("*.attn.json"))


def load(name):
    return attc.Spec.from_file(EXAMPLES / name)


def test_all_examples_listed():
    assert len(EXAMPLE_FILES) >= 20


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_example_numpy(name):
    spec = load(name)
    if spec.dtype == "bf16":  # NumPy has no bfloat16: run it as f32
        spec = spec.with_overrides(dtype="f32")
    run_and_check(spec, "numpy", np.random.default_rng(1))


@needs_torch
@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_example_torch(name):
    run_and_check(load(name), "torch", np.random.default_rng(2))


@pytest.mark.parametrize("lq,lk", [(1, 1), (1, 100), (130, 1), (65, 129)])
@pytest.mark.parametrize("name", ["causal.attn.json",
                                  "document_mask.attn.json",
                                  "sigmoid_attn.attn.json"])
def test_odd_sizes(name, lq, lk):
    spec = load(name)
    if name == "document_mask.attn.json":
        lq = lk  # doc[b, q] and doc[b, k] index one sequence
    run_and_check(spec, "numpy", np.random.default_rng(lq * 1000 + lk),
                  dims={"Lq": lq, "Lk": lk, "B": 1})


def test_fully_masked_rows():
    # Bottom-right causal with Lq > Lk: the first Lq - Lk rows keep nothing.
    spec = load("causal_bottom_right.attn.json").with_overrides(dtype="f32")
    spec = attc.Spec.from_dict(dict(spec.source, outputs=["o", "lse"]))
    o = run_and_check(spec, "numpy", np.random.default_rng(3),
                      dims={"Lq": 100, "Lk": 30, "B": 1})
    assert np.all(o[:, :, :70] == 0)
    rng = np.random.default_rng(4)
    q = rng.standard_normal((1, 8, 100, 128), dtype=np.float32)
    k = rng.standard_normal((1, 8, 30, 128), dtype=np.float32)
    _, lse = attc.jit(spec)(q, k, k, return_lse=True)
    assert np.all(np.isneginf(lse[:, :, :70]))
    assert np.all(np.isfinite(lse[:, :, 70:]))


@needs_torch
@pytest.mark.parametrize("dtype", ["f32", "f16", "bf16"])
def test_all_dtypes_torch(dtype):
    spec = load("softcap.attn.json").with_overrides(dtype=dtype)
    run_and_check(spec, "torch", np.random.default_rng(5))


@pytest.mark.parametrize("dtype", ["f32", "f16"])
def test_all_dtypes_numpy(dtype):
    spec = load("alibi.attn.json").with_overrides(dtype=dtype)
    run_and_check(spec, "numpy", np.random.default_rng(6))


@pytest.mark.parametrize("layout", ["bhsd", "bshd"])
def test_layouts(layout):
    spec = load("gqa_mla.attn.json").with_overrides(dtype="f32",
                                                    layout=layout)
    run_and_check(spec, "numpy", np.random.default_rng(7))
