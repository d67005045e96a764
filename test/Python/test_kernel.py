"""Kernels on views and strides, bad inputs, the GIL, the spec
constructors and their errors."""

import json
import threading
import time

import numpy as np
import pytest

import attc
from conftest import EXAMPLES, assert_close, needs_torch, run_and_check, \
    torch

CAUSAL = EXAMPLES / "causal.attn.json"


def rand(rng, *shape, dtype=np.float32):
    return rng.standard_normal(shape).astype(dtype)


# --- strides -----------------------------------------------------------------

@pytest.mark.parametrize("view", ["transposed", "sliced", "stepped",
                                  "reversed"])
def test_numpy_views(view):
    spec = attc.Spec.from_file(CAUSAL)
    rng = np.random.default_rng(0)
    if view == "transposed":  # a bshd buffer read as bhsd
        make = lambda s: np.ascontiguousarray(  # noqa: E731
            rand(rng, s[0], s[2], s[1], s[3])).transpose(0, 2, 1, 3)
    elif view == "sliced":  # padding in the head dim and the batch
        make = lambda s: rand(rng, s[0] + 1, s[1], s[2],  # noqa: E731
                              s[3] + 7)[1:, :, :, 3:3 + s[3]]
    elif view == "stepped":
        make = lambda s: rand(rng, s[0], s[1], 2 * s[2],  # noqa: E731
                              s[3])[:, :, ::2]
    else:
        make = lambda s: rand(rng, *s)[:, :, ::-1]  # noqa: E731
    q, k, v = make((2, 8, 33, 128)), make((2, 8, 47, 128)), \
        make((2, 8, 47, 128))
    assert not q.flags.c_contiguous
    o = attc.jit(spec)(q, k, v)
    want = attc.reference(spec, np.ascontiguousarray(q),
                          np.ascontiguousarray(k), np.ascontiguousarray(v))
    assert_close(o, want, "f32")
    assert_close(attc.reference(spec, q, k, v), want, "f32")


@needs_torch
def test_torch_views_and_strided_output():
    spec = attc.Spec.from_file(CAUSAL)
    kern = attc.jit(spec)
    base = torch.randn(2, 40, 8, 3 * 128)  # a fused qkv projection, bshd
    q, k, v = (base[..., i * 128:(i + 1) * 128].transpose(1, 2)
               for i in range(3))
    assert not q.is_contiguous()
    # o written into a transposed view of a bshd buffer.
    buffer = torch.full((2, 40, 8, 128), float("nan"))
    out = buffer.transpose(1, 2)
    o = kern(q, k, v, out=out)
    assert o is out
    assert_close(buffer.transpose(1, 2),
                 attc.reference(spec, q.contiguous(), k.contiguous(),
                                v.contiguous()), "f32")


@needs_torch
def test_torch_transform_views_through_helper():
    spec = attc.Spec.from_file(EXAMPLES / "alibi.attn.json")
    run_and_check(spec, "torch", np.random.default_rng(3),
                  transform=lambda x: x.transpose(2, 3).contiguous()
                  .transpose(2, 3))


def test_outputs_are_the_kind_of_q():
    kern = attc.jit(attc.Spec.from_file(CAUSAL))
    rng = np.random.default_rng(0)
    q = rand(rng, 1, 8, 5, 128)
    o, lse = kern(q, q, q, return_lse=True)
    assert isinstance(o, np.ndarray) and o.dtype == np.float32
    assert lse.shape == (1, 8, 5) and lse.dtype == np.float32


# --- bad inputs ----------------------------------------------------------------

@pytest.fixture(scope="module")
def causal():
    return attc.jit(attc.Spec.from_file(CAUSAL))


@pytest.fixture()
def qkv():
    rng = np.random.default_rng(0)
    return (rand(rng, 1, 8, 16, 128), rand(rng, 1, 8, 16, 128),
            rand(rng, 1, 8, 16, 128))


def one_line(excinfo, *parts):
    """The library's message: one line naming the tensor, axis and sizes
    (checked by parts, as the wording is the library's)."""
    message = str(excinfo.value)
    assert "\n" not in message, message
    for part in parts:
        assert part in message, (part, message)


def test_wrong_shape(causal, qkv):
    q, k, v = qkv
    with pytest.raises(ValueError) as e:
        causal(q, k[..., :64], v)
    one_line(e, "tensor 'k' axis 3 gives", "64", "128")
    with pytest.raises(ValueError) as e:
        causal(q[:, :4], k, v)
    one_line(e, "Hq", "tensor 'q' axis 1 gives", "4", "8")


def test_wrong_rank(causal, qkv):
    q, k, v = qkv
    with pytest.raises(ValueError, match="tensor 'v' must have rank 4, "
                       "got 3"):
        causal(q, k, v[0])


def test_wrong_dtype(causal, qkv):
    q, k, v = qkv
    with pytest.raises(TypeError, match="tensor 'q' has dtype f16"):
        causal(q.astype(np.float16), k, v)
    with pytest.raises(TypeError, match="tensor 'k' has dtype f64"):
        causal(q, k.astype(np.float64), v)
    with pytest.raises(TypeError, match="tensor 'v' has dtype uint8, "
                       "which attc does not support"):
        causal(q, k, v.astype(np.uint8))


def test_wrong_layout(qkv):
    # A bhsd tensor given to a bshd spec: the head axis reads as Lq.
    spec = attc.Spec.from_file(CAUSAL).with_overrides(layout="bshd")
    q, k, v = qkv
    with pytest.raises(ValueError) as e:
        attc.jit(spec)(q, k, v)
    one_line(e, "Hq", "tensor 'q' axis 2 gives", "16", "8")


def test_wrong_kind(causal, qkv):
    q, k, v = qkv
    with pytest.raises(TypeError, match="tensor 'q' must be a NumPy array "
                       "or a PyTorch tensor, got list"):
        causal(q.tolist(), k, v)
    with pytest.raises(TypeError, match="tensor 'k' must be a NumPy array"):
        causal(q, "k", v)


def test_wrong_output(causal, qkv):
    q, k, v = qkv
    with pytest.raises(ValueError, match="output 'o' has shape"):
        causal(q, k, v, out=np.empty((1, 8, 16, 64), np.float32))
    ro = np.empty((1, 8, 16, 128), np.float32)
    ro.flags.writeable = False
    with pytest.raises(TypeError, match="output tensor 'o' must be a "
                       "writable"):
        causal(q, k, v, out=ro)


def test_inputs_errors(qkv):
    kern = attc.jit(attc.Spec.from_file(EXAMPLES / "alibi.attn.json"))
    q, k, v = qkv
    with pytest.raises(TypeError, match="missing input tensor 'slopes'"):
        kern(q, k, v)
    with pytest.raises(TypeError, match="unknown input 'bias' for spec "
                       "'alibi' \\(its inputs: slopes\\)"):
        kern(q, k, v, slopes=np.ones(8, np.float32), bias=q)
    with pytest.raises(ValueError) as e:
        kern(q, k, v, slopes=np.ones(4, np.float32))
    one_line(e, "input 'slopes'", "[4]", "[8]")
    with pytest.raises(TypeError, match="input 'slopes' has dtype i32"):
        kern(q, k, v, slopes=np.ones(8, np.int32))


def test_lse_not_available(qkv):
    ir = attc.Spec.from_file(CAUSAL).ir
    assert '["o", "lse"]' in ir
    spec = attc.Spec.from_mlir(ir.replace('["o", "lse"]', '["o"]'))
    q, k, v = qkv
    with pytest.raises(ValueError, match="does not list 'lse' among its "
                       "outputs"):
        attc.jit(spec)(q, k, v, return_lse=True)
    # From JSON the kernel gains lse on demand.
    spec = attc.Spec.from_file(EXAMPLES / "alibi.attn.json")
    s = np.ones(8, np.float32)
    o, lse = attc.jit(spec)(q, k, v, return_lse=True, slopes=s)
    _, want = attc.reference(spec, q, k, v, return_lse=True, slopes=s)
    assert_close(lse, want, "f32", "lse")


@needs_torch
def test_wrong_device(causal):
    q = torch.randn(1, 8, 16, 128)
    meta = torch.empty(1, 8, 16, 128, device="meta")
    with pytest.raises(ValueError, match="tensor 'k' is on device meta, but "
                       "the cpu target needs CPU tensors"):
        causal(q, meta, q)
    with pytest.raises(ValueError, match="tensor 'q' is on device meta"):
        causal(meta, q, q)


def test_reference_errors(qkv):
    spec = attc.Spec.from_file(CAUSAL)
    q, k, v = qkv
    with pytest.raises(ValueError) as e:
        attc.reference(spec, q[..., :64], k, v)
    one_line(e, "tensor 'q' axis 3 gives", "64", "128")
    with pytest.raises(TypeError, match="spec must be an attc.Spec"):
        attc.reference("causal", q, k, v)


# --- the GIL -------------------------------------------------------------------

def test_gil_is_released_while_running():
    kern = attc.jit(attc.Spec.from_file(EXAMPLES / "full_cross.attn.json"),
                    num_threads=1)
    rng = np.random.default_rng(0)
    q = rand(rng, 1, 4, 2048, 64)
    k = rand(rng, 1, 4, 2048, 64)
    kern(q[:, :, :8], k, k)  # warm
    start = time.perf_counter()
    kern(q, k, k)
    alone = time.perf_counter() - start
    # While two threads run kernels, this one keeps running Python: with
    # the GIL held it would get nothing done until they finished.
    threads = [threading.Thread(target=kern, args=(q, k, k))
               for _ in range(2)]
    ticks = 0
    for t in threads:
        t.start()
    start = time.perf_counter()
    while any(t.is_alive() for t in threads):
        ticks += 1
        time.sleep(0.001)
    elapsed = time.perf_counter() - start
    assert elapsed > 0.5 * alone
    assert ticks >= 0.25 * elapsed / 0.001, (ticks, elapsed)


# --- spec constructors -----------------------------------------------------------

def test_spec_from_file_json_dict_agree():
    a = attc.Spec.from_file(EXAMPLES / "alibi.attn.json")
    text = (EXAMPLES / "alibi.attn.json").read_text()
    b = attc.Spec.from_json(text)
    c = attc.Spec.from_dict(json.loads(text))
    assert a.ir == b.ir == c.ir
    assert a.name == "alibi" and a.dtype == "f32" and a.layout == "bhsd"
    assert a.dims == {"B": None, "Hq": 8, "Hkv": 8, "Lq": None, "Lk": None,
                      "D": 128, "Dv": 128}
    assert a.inputs == {"slopes": {"dtype": "f32", "shape": ["Hq"]}}
    assert a.outputs == ["o"]
    assert "attn.spec @alibi" in a.ir
    m = attc.Spec.from_mlir(a.ir)
    assert m.inputs == a.inputs and m.source is None


def test_spec_errors(tmp_path):
    with pytest.raises(ValueError, match="nope.attn.json"):
        attc.Spec.from_file(tmp_path / "nope.attn.json")
    with pytest.raises(ValueError, match="mask"):
        attc.Spec.from_dict({"name": "bad", "mask": "k <= "})
    with pytest.raises(ValueError, match="unknown key"):
        attc.Spec.from_dict({"name": "bad", "colour": "red"})
    with pytest.raises(TypeError, match="expected a dict"):
        attc.Spec.from_dict(["name"])
    with pytest.raises(ValueError):
        attc.Spec.from_json("{")
    with pytest.raises(ValueError, match="unknown dtype 'f8'"):
        attc.Spec.from_file(CAUSAL).with_overrides(dtype="f8")
    with pytest.raises(ValueError, match="not available"):
        attc.jit(attc.Spec.from_file(CAUSAL), target="tpu")


def test_count_kept():
    kern = attc.jit(attc.Spec.from_file(CAUSAL))
    q = np.ones((1, 8, 10, 128), np.float32)
    assert kern.count_kept(q, q, q) == 8 * 10 * 11 // 2


def test_fma_peak():
    assert attc.fma_peak_gflops(1) > 1.0
    with pytest.raises(ValueError, match="num_threads"):
        attc.fma_peak_gflops(-1)
