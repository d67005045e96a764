"""Specs from Python functions written as FlexAttention users write them
(attention-gym's mask_mod / score_mod idioms): traced, compiled, run, and
checked against attc.reference and against the same functions evaluated
by torch itself on index tensors (a float64 dense oracle that shares
nothing with attc)."""

import math
import re

import numpy as np
import pytest

import attc
from conftest import assert_close, needs_torch, torch

if torch is not None:
    from torch.nn.attention.flex_attention import and_masks, or_masks


# --- attention-gym-style functions -----------------------------------------

def causal_mask(b, h, q_idx, kv_idx):
    return q_idx >= kv_idx


def generate_sliding_window(window_size):
    def sliding_window(b, h, q_idx, kv_idx):
        return q_idx - kv_idx <= window_size

    return and_masks(sliding_window, causal_mask)


def generate_prefix_lm_mask(prefix_length):
    def prefix_mask(b, h, q_idx, kv_idx):
        return kv_idx < prefix_length

    return or_masks(prefix_mask, causal_mask)


def generate_dilated_sliding_window(window_size, dilation):
    def dilated_sliding_window(b, h, q_idx, kv_idx):
        diff = torch.abs(q_idx - kv_idx)
        in_window = diff <= window_size
        is_dilated = (diff % dilation) == 0
        return in_window & is_dilated

    return dilated_sliding_window


def generate_natten(canvas_w, canvas_h, kernel_w, kernel_h):
    def get_x_y(idx):
        return idx // canvas_w, idx % canvas_w

    def natten_mask_mod(b, h, q_idx, kv_idx):
        q_x, q_y = get_x_y(q_idx)
        kv_x, kv_y = get_x_y(kv_idx)
        kernel_x = q_x.clamp(kernel_w // 2, (canvas_w - 1) - kernel_w // 2)
        kernel_y = q_y.clamp(kernel_h // 2, (canvas_h - 1) - kernel_h // 2)
        hori_mask = (kernel_x - kv_x).abs() <= kernel_w // 2
        vert_mask = (kernel_y - kv_y).abs() <= kernel_h // 2
        return hori_mask & vert_mask

    return natten_mask_mod


def _offsets_to_doc_ids_tensor(offsets):
    counts = offsets[1:] - offsets[:-1]
    return torch.repeat_interleave(
        torch.arange(len(counts), dtype=torch.int32), counts)


def generate_doc_mask_mod(mask_mod, offsets):
    document_id = _offsets_to_doc_ids_tensor(offsets)

    def doc_mask_mod(b, h, q_idx, kv_idx):
        same_doc = document_id[q_idx] == document_id[kv_idx]
        q_logical = q_idx - offsets[document_id[q_idx]]
        kv_logical = kv_idx - offsets[document_id[kv_idx]]
        inner_mask = mask_mod(b, h, q_logical, kv_logical)
        return same_doc & inner_mask

    return doc_mask_mod


def generate_alibi_bias(H):
    def alibi_mod(score, b, h, q_idx, kv_idx):
        scale = torch.exp2(-((h + 1) * 8.0 / H))
        bias = (kv_idx - q_idx) * scale
        return score + bias

    return alibi_mod


def generate_tanh_softcap(soft_cap):
    def tanh_softcap(score, b, h, q_idx, kv_idx):
        return soft_cap * torch.tanh(score / soft_cap)

    return tanh_softcap


def relative_positional(score, b, h, q_idx, kv_idx):
    return score + (q_idx - kv_idx)


def generate_rel_bias_table(H, L):
    rel_bias = torch.randn(H, 2 * L - 1)  # a learned table, captured

    def rel_bias_mod(score, b, h, q_idx, kv_idx):
        return score + rel_bias[h, q_idx - kv_idx + (L - 1)]

    return rel_bias_mod


def generate_chunked_causal(chunk):
    def chunked(b, h, q_idx, kv_idx):
        return (q_idx // chunk == kv_idx // chunk) & (q_idx >= kv_idx)

    return chunked


def causal_where_score(score, b, h, q_idx, kv_idx):
    return torch.where(q_idx >= kv_idx, score, -float("inf"))


def per_batch_padding(lengths):
    def padding_mask(b, h, q_idx, kv_idx):
        return (kv_idx < lengths[b]) & ~(q_idx < kv_idx)

    return padding_mask


# --- the oracle --------------------------------------------------------------

def dense_flex(q, k, v, score_mod=None, mask_mod=None):
    """FlexAttention semantics in float64, evaluating the user's functions
    on broadcast index tensors as torch does."""
    B, H, Lq, D = q.shape
    Hkv, Lk = k.shape[1], k.shape[2]
    k = k.double().repeat_interleave(H // Hkv, dim=1)
    v = v.double().repeat_interleave(H // Hkv, dim=1)
    s = q.double() @ k.transpose(-1, -2) / math.sqrt(D)
    b = torch.arange(B).view(B, 1, 1, 1)
    h = torch.arange(H).view(1, H, 1, 1)
    qi = torch.arange(Lq).view(1, 1, Lq, 1)
    ki = torch.arange(Lk).view(1, 1, 1, Lk)
    if score_mod is not None:
        s = score_mod(s, b, h, qi, ki).double()
    if mask_mod is not None:
        keep = mask_mod(b, h, qi, ki).expand(s.shape)
        s = s.masked_fill(~keep, -math.inf)
    m = s.amax(-1, keepdim=True)
    m = torch.where(torch.isinf(m), torch.zeros_like(m), m)
    p = torch.exp(s - m)
    denom = p.sum(-1, keepdim=True)
    return (p / torch.where(denom == 0, torch.ones_like(denom), denom)) @ v


CASES = {
    "causal": dict(mask=lambda: causal_mask),
    "sliding_window": dict(mask=lambda: generate_sliding_window(16)),
    "prefix_lm": dict(mask=lambda: generate_prefix_lm_mask(20)),
    "dilated_sliding_window": dict(
        mask=lambda: generate_dilated_sliding_window(24, 3)),
    "natten": dict(mask=lambda: generate_natten(9, 8, 3, 5), L=72),
    "document": dict(mask=lambda: generate_doc_mask_mod(
        causal_mask, torch.tensor([0, 10, 33, 34, 70]))),
    "chunked_causal": dict(mask=lambda: generate_chunked_causal(16)),
    "padding": dict(mask=lambda: per_batch_padding(
        torch.tensor([70, 41], dtype=torch.int32))),
    "alibi": dict(score=lambda: generate_alibi_bias(4), mask=lambda:
                  causal_mask),
    "tanh_softcap": dict(score=lambda: generate_tanh_softcap(2.0)),
    "relative_positional": dict(score=lambda: relative_positional),
    "rel_bias_table": dict(score=lambda: generate_rel_bias_table(4, 70)),
    "causal_where_score": dict(score=lambda: causal_where_score),
}


@needs_torch
@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("dtype", ["f32", "bf16"])
def test_gym_function(case, dtype):
    c = CASES[case]
    score = c["score"]() if "score" in c else None
    mask = c["mask"]() if "mask" in c else None
    L = c.get("L", 70)
    spec = attc.spec(score=score, mask=mask, dims={"Lq": L, "Lk": L}
                     if case in ("document", "rel_bias_table") else None)
    g = torch.Generator().manual_seed(len(case))
    tdtype = {"f32": torch.float32, "bf16": torch.bfloat16}[dtype]
    q = torch.randn(2, 4, L, 32, generator=g).to(tdtype)
    k = torch.randn(2, 2, L, 32, generator=g).to(tdtype)  # GQA, undeclared
    v = torch.randn(2, 2, L, 24, generator=g).to(tdtype)  # Dv != D
    kern = attc.jit(spec)
    out = torch.full((2, 4, L, 24), math.nan, dtype=tdtype)
    o = kern(q, k, v, out=out)
    assert o is out
    assert_close(o, attc.reference(spec, q, k, v), dtype, case)
    assert_close(o, dense_flex(q, k, v, score, mask), dtype, case)


@needs_torch
def test_gym_functions_against_flex_attention():
    """The same functions through torch's own FlexAttention (eager)."""
    import warnings
    from torch.nn.attention.flex_attention import create_block_mask, \
        flex_attention
    g = torch.Generator().manual_seed(0)
    q, k, v = (torch.randn(1, 4, 64, 16, generator=g) for _ in range(3))
    for score, mask in [
            (generate_alibi_bias(4), generate_natten(8, 8, 3, 3)),
            (relative_positional, causal_mask),
            (generate_rel_bias_table(4, 64),
             generate_dilated_sliding_window(20, 2))]:
        o = attc.jit(attc.spec(score=score, mask=mask))(q, k, v)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            block_mask = create_block_mask(mask, 1, 4, 64, 64, device="cpu")
            want = flex_attention(q, k, v, score_mod=score,
                                  block_mask=block_mask)
        assert ((o - want).abs().max() / want.abs().max()).item() < 1e-5


@needs_torch
def test_traced_expressions_are_plain():
    s = attc.spec(mask=causal_mask)
    assert s.source["mask"] == "(q >= k)"
    s = attc.spec(mask=generate_sliding_window(16))
    assert s.source["mask"] == "(((q - k) <= 16) && (q >= k))"
    s = attc.spec(mask=generate_chunked_causal(64))
    assert s.source["mask"] == "(((q / 64) == (k / 64)) && (q >= k))"


@needs_torch
def test_captured_tensors_become_inputs():
    spec = attc.spec(mask=generate_doc_mask_mod(
        causal_mask, torch.tensor([0, 10, 33, 34, 70])),
        dims={"Lq": 70, "Lk": 70})
    assert spec.inputs == {
        "document_id": {"dtype": "i32", "shape": [70]},
        "offsets": {"dtype": "i64", "shape": [5]}}
    assert set(spec.bound) == {"document_id", "offsets"}


@needs_torch
def test_captured_tensor_is_read_at_every_call():
    slopes = torch.ones(4)

    def alibi(score, b, h, q_idx, kv_idx):
        return score - slopes[h] * (q_idx - kv_idx)
    spec = attc.spec(score=alibi, mask=causal_mask)
    kern = attc.jit(spec)
    q, k, v = (torch.randn(1, 4, 33, 16) for _ in range(3))
    before = kern(q, k, v)
    slopes.mul_(3.0)  # in place, as a training step would
    after = kern(q, k, v)
    assert_close(after, attc.reference(spec, q, k, v), "f32")
    assert not torch.allclose(before, after)
    # A tensor passed by name replaces the captured one for that call.
    other = torch.zeros(4)
    assert_close(kern(q, k, v, slopes=other),
                 attc.reference(spec, q, k, v, slopes=other), "f32")


def test_numpy_captures_and_declared_inputs():
    table = np.linspace(0.0, 1.0, 4)  # float64: stored as f32, once

    def head_bias(score, b, h, q_idx, kv_idx):
        return score + table[h]
    gate = attc.Input("gate", "f32", ["B", "Hq", "Lq"])
    spec = attc.spec(score=head_bias,
                     epilogue=lambda o, b, h, q: o * attc.sigmoid(
                         gate[b, h, q]))
    assert spec.inputs["table"] == {"dtype": "f32", "shape": [4]}
    assert spec.inputs["gate"] == {"dtype": "f32", "shape": ["B", "Hq",
                                                             "Lq"]}
    rng = np.random.default_rng(0)
    q, k, v = (rng.standard_normal((2, 4, 20, 8), dtype=np.float32)
               for _ in range(3))
    g = rng.standard_normal((2, 4, 20), dtype=np.float32)
    o = attc.jit(spec)(q, k, v, gate=g)
    assert isinstance(o, np.ndarray)
    assert_close(o, attc.reference(spec, q, k, v, gate=g), "f32")
    with pytest.raises(TypeError, match="missing input tensor 'gate'"):
        attc.jit(spec)(q, k, v)


@needs_torch
def test_string_stages_and_inputs_by_name():
    spec = attc.spec(score="s - slopes[h] * abs(q - k)", mask="k <= q",
                     inputs={"slopes": {"dtype": "f32", "shape": ["Hq"]}},
                     normalize={"softmax": {"sink": lambda b, h: 0.5 * h}})
    q, k, v = (torch.randn(1, 4, 40, 16) for _ in range(3))
    sl = torch.rand(4)
    o = attc.jit(spec)(q, k, v, slopes=sl)
    assert_close(o, attc.reference(spec, q, k, v, slopes=sl), "f32")


@needs_torch
def test_python_semantics_of_division_and_modulo():
    # Negative operands: Python floors where the spec truncates.
    def mask(b, h, q_idx, kv_idx):
        d = q_idx - kv_idx
        return ((d // 3) % 2 == 0) & (d % 5 != 4) & (d / 4 > -3.3)
    spec = attc.spec(mask=mask)
    q, k, v = (torch.randn(1, 1, 30, 8, dtype=torch.float64).float()
               for _ in range(3))
    o = attc.jit(spec)(q, k, v)
    assert_close(o, dense_flex(q, k, v, None, mask), "f32")


# --- errors ------------------------------------------------------------------

def _line_of(fn, text):
    import inspect
    lines, start = inspect.getsourcelines(fn)
    for i, line in enumerate(lines):
        if text in line:
            return start + i
    raise AssertionError(text)


@needs_torch
def test_unsupported_operation_names_op_and_line():
    def score(s, b, h, q_idx, kv_idx):
        return torch.cumsum(s, 0)
    with pytest.raises(attc.TraceError) as e:
        attc.spec(score=score)
    msg = str(e.value)
    assert "torch.cumsum" in msg
    assert f"test_trace.py:{_line_of(score, 'cumsum')}" in msg


def test_python_control_flow_is_rejected():
    def mask(b, h, q_idx, kv_idx):
        if q_idx >= kv_idx:
            return True
        return False
    with pytest.raises(attc.TraceError, match=r"Python bool.*test_trace\.py:"
                       + str(_line_of(mask, "if q_idx"))):
        attc.spec(mask=mask)


def test_math_module_is_rejected():
    def score(s, b, h, q_idx, kv_idx):
        return math.tanh(s)
    with pytest.raises(attc.TraceError, match=re.escape("math.tanh(s)")):
        attc.spec(score=score)


def test_python_list_lookup_is_rejected():
    table = [0.1, 0.2, 0.3, 0.4]

    def score(s, b, h, q_idx, kv_idx):
        return s + table[h]
    with pytest.raises(attc.TraceError, match="put the table in a tensor"):
        attc.spec(score=score)


@needs_torch
def test_wrong_number_of_indices():
    bias = torch.zeros(4, 8)

    def score(s, b, h, q_idx, kv_idx):
        return s + bias[h]
    with pytest.raises(attc.TraceError, match="'bias' indexed with 1 "
                       "indices"):
        attc.spec(score=score)


def test_mask_must_be_boolean():
    with pytest.raises(attc.TraceError, match="not a boolean"):
        attc.spec(mask=lambda b, h, q, k: q - k)
