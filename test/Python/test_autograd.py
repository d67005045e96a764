"""Autograd through attc::attention: loss.backward() gives the gradients of
q, k, v and of the float tensors a spec captured, checked against torch
autograd of the unfused expression in float64, eagerly and under
torch.compile."""

import pytest

import attc
from conftest import needs_torch, rel_error, torch

pytestmark = needs_torch
if torch is None:
    pytest.skip("PyTorch is not importable in this environment",
                allow_module_level=True)

GRAD_TOLERANCE = 1e-4  # f32, normwise relative (as attc check --grad)


def causal(b, h, q_idx, kv_idx):
    return q_idx >= kv_idx


def unfused(q, k, v, score=None, mask=None):
    """softmax(score(q k^T / sqrt(D)) | mask) v, GQA by repeating k, v."""
    G = q.shape[1] // k.shape[1]
    k = k.repeat_interleave(G, dim=1)
    v = v.repeat_interleave(G, dim=1)
    s = q @ k.transpose(-1, -2) / q.shape[-1] ** 0.5
    H, Lq, Lk = q.shape[1], q.shape[2], k.shape[2]
    h = torch.arange(H).view(H, 1, 1)
    qi = torch.arange(Lq).view(1, Lq, 1)
    ki = torch.arange(Lk).view(1, 1, Lk)
    if score is not None:
        s = score(s, h, qi, ki)
    if mask is not None:
        s = s.masked_fill(~mask(h, qi, ki), float("-inf"))
    return torch.softmax(s, dim=-1) @ v


def leaves(*shapes):
    torch.manual_seed(0)
    return [torch.randn(*s, requires_grad=True) for s in shapes]


def reference_grads(tensors, fn, w):
    """Gradients of <w, fn(*tensors)> in float64."""
    ref = [t.detach().double().requires_grad_() for t in tensors]
    (fn(*ref) * w.double()).sum().backward()
    return [r.grad for r in ref]


def check(got, want, names):
    for g, r, name in zip(got, want, names):
        assert g is not None, f"no gradient for {name}"
        err = rel_error(g, r)
        assert err <= GRAD_TOLERANCE, f"d{name}: rel err {err:.3g}"


def test_causal_gqa_grads():
    q, k, v = leaves((2, 4, 37, 16), (2, 2, 50, 16), (2, 2, 50, 8))
    kern = attc.jit(attc.spec(mask=causal))
    w = torch.randn(2, 4, 37, 8)
    (kern(q, k, v) * w).sum().backward()
    want = reference_grads(
        (q, k, v), lambda q, k, v: unfused(
            q, k, v, mask=lambda h, qi, ki: qi >= ki), w)
    check((q.grad, k.grad, v.grad), want, "qkv")


def test_sum_loss_and_no_grad_inputs():
    # o.sum() hands the backward an expanded (stride 0) gradient; k alone
    # requires grad.
    torch.manual_seed(1)
    q, v = torch.randn(1, 2, 20, 16), torch.randn(1, 2, 20, 16)
    k = torch.randn(1, 2, 20, 16, requires_grad=True)
    kern = attc.jit(attc.spec(mask=causal))
    kern(q, k, v).sum().backward()
    want = reference_grads(
        (q, k, v), lambda q, k, v: unfused(
            q, k, v, mask=lambda h, qi, ki: qi >= ki), torch.ones(1))
    check((k.grad,), want[1:2], "k")


def alibi_case():
    q, k, v = leaves((2, 4, 33, 16), (2, 4, 41, 16), (2, 4, 41, 16))
    slopes = torch.nn.Parameter(torch.rand(4))

    def alibi(score, b, h, q_idx, kv_idx):
        return score - slopes[h] * (q_idx - kv_idx)
    kern = attc.jit(attc.spec(score=alibi, mask=causal))

    def ref(q, k, v, sl):
        return unfused(q, k, v,
                       score=lambda s, h, qi, ki: s - sl[h] * (qi - ki),
                       mask=lambda h, qi, ki: qi >= ki)
    return kern, (q, k, v, slopes), ref


def test_alibi_learnable_slopes():
    kern, (q, k, v, slopes), ref = alibi_case()
    w = torch.randn(2, 4, 33, 16)
    (kern(q, k, v) * w).sum().backward()
    want = reference_grads((q, k, v, slopes), ref, w)
    check((q.grad, k.grad, v.grad, slopes.grad), want,
          ["q", "k", "v", "slopes"])


def test_alibi_grads_under_compile():
    kern, (q, k, v, slopes), ref = alibi_case()
    w = torch.randn(2, 4, 33, 16)
    torch._dynamo.reset()

    def loss(q, k, v):
        return (kern(q, k, v) * w).sum()
    compiled = torch.compile(loss, fullgraph=True)
    compiled(q, k, v).backward()
    want = reference_grads((q, k, v, slopes), ref, w)
    check((q.grad, k.grad, v.grad, slopes.grad), want,
          ["q", "k", "v", "slopes"])


def test_lse_gradient():
    # A loss that reads lse too (as ring attention's merges do), with a
    # fully masked first row (lse = -inf there, no gradient through it).
    q, k, v = leaves((1, 2, 9, 16), (1, 2, 11, 16), (1, 2, 11, 16))

    def shifted(b, h, q_idx, kv_idx):
        return kv_idx < q_idx
    kern = attc.jit(attc.spec(mask=shifted))
    w, u = torch.randn(1, 2, 9, 16), torch.randn(1, 2, 9)
    o, lse = kern(q, k, v, return_lse=True)
    assert o.requires_grad and lse.requires_grad
    keep = torch.isfinite(lse.detach())
    assert not keep[0, 0, 0]
    ((o * w).sum() + torch.where(keep, lse * u, 0).sum()).backward()

    def loss(q, k, v):
        # Rows 1.. only: row 0 keeps nothing and adds nothing to the loss
        # (its float64 softmax would be NaN), so dq is 0 there.
        s = q[:, :, 1:] @ k.transpose(-1, -2) / q.shape[-1] ** 0.5
        qi = torch.arange(1, 9).view(8, 1)
        ki = torch.arange(11).view(1, 11)
        s = s.masked_fill(~(ki < qi), float("-inf"))
        o_ref = torch.softmax(s, dim=-1) @ v
        return (o_ref * w[:, :, 1:].double()).sum() + \
            (torch.logsumexp(s, dim=-1) * u[:, :, 1:].double()).sum()
    ref = [t.detach().double().requires_grad_() for t in (q, k, v)]
    loss(*ref).backward()
    check((q.grad, k.grad, v.grad), [r.grad for r in ref], "qkv")


def test_lse_gradient_under_compile():
    q, k, v = leaves((1, 2, 17, 16), (1, 2, 17, 16), (1, 2, 17, 16))
    kern = attc.jit(attc.spec(mask=causal))
    u = torch.randn(1, 2, 17)
    torch._dynamo.reset()

    def loss(q, k, v):
        o, lse = kern(q, k, v, return_lse=True)
        return o.sum() + (lse * u).sum()
    torch.compile(loss, fullgraph=True)(q, k, v).backward()

    def ref_loss(q, k, v):
        s = q @ k.transpose(-1, -2) / 4.0
        s = s.masked_fill(~torch.ones(17, 17, dtype=torch.bool).tril(),
                          float("-inf"))
        return (torch.softmax(s, -1) @ v).sum() + \
            (torch.logsumexp(s, -1) * u.double()).sum()
    ref = [t.detach().double().requires_grad_() for t in (q, k, v)]
    ref_loss(*ref).backward()
    check((q.grad, k.grad, v.grad), [r.grad for r in ref], "qkv")


def test_opcheck_with_autograd():
    kern, (q, k, v, slopes), _ = alibi_case()
    for backward in (False, True):
        torch.library.opcheck(torch.ops.attc.attention.default,
                              (q, k, v, [slopes], kern.id, False, False,
                               backward))
