"""The torch custom op attc::attention: opcheck, torch.compile(fullgraph)
without graph breaks or recompilation over changing B, Lq and Lk, and the
nn.Module wrapper."""

import numpy as np
import pytest

import attc
from conftest import EXAMPLES, assert_close, needs_torch, torch

pytestmark = needs_torch
if torch is None:
    pytest.skip("PyTorch is not importable in this environment",
                allow_module_level=True)


def causal_mask(b, h, q_idx, kv_idx):
    return q_idx >= kv_idx


@pytest.fixture(scope="module")
def alibi_kernel():
    slopes = torch.rand(4)

    def alibi(score, b, h, q_idx, kv_idx):
        return score - slopes[h] * (q_idx - kv_idx)
    return attc.jit(attc.spec(score=alibi, mask=causal_mask))


def test_opcheck(alibi_kernel):
    q = torch.randn(2, 4, 37, 16)
    k = torch.randn(2, 2, 50, 16)
    v = torch.randn(2, 2, 50, 8)
    inputs = list(alibi_kernel._torch_bound())
    for lse, mx in [(False, False), (True, False), (True, True)]:
        torch.library.opcheck(torch.ops.attc.attention.default,
                              (q, k, v, inputs, alibi_kernel.id, lse, mx,
                               False))


class Block(torch.nn.Module):
    """A toy attention block: projections around an attc kernel."""

    def __init__(self, kernel, dim=32, heads=4):
        super().__init__()
        self.heads = heads
        self.qkv = torch.nn.Linear(dim, 3 * dim)
        self.proj = torch.nn.Linear(dim, dim)
        self.attn = attc.nn.Attention(kernel)

    def forward(self, x):
        B, L, C = x.shape
        qkv = self.qkv(x).view(B, L, 3, self.heads, C // self.heads)
        q, k, v = qkv.unbind(2)
        o = self.attn(q.transpose(1, 2), k.transpose(1, 2),
                      v.transpose(1, 2))
        return self.proj(o.transpose(1, 2).reshape(B, L, C))


@pytest.mark.parametrize("backend", ["inductor"])
def test_compile_fullgraph_no_recompile(alibi_kernel, backend):
    from torch._dynamo.testing import CompileCounterWithBackend
    from torch._dynamo.utils import counters
    torch._dynamo.reset()
    counters.clear()
    model = Block(alibi_kernel).eval()
    counter = CompileCounterWithBackend(backend)
    compiled = torch.compile(model, fullgraph=True, dynamic=True,
                             backend=counter)
    with torch.no_grad():
        # Three (B, L) pairs; sizes 0 and 1 are specialised by torch
        # itself, so all are >= 2.
        for B, L in [(2, 17), (3, 64), (4, 131)]:
            x = torch.randn(B, L, 32)
            got = compiled(x)
            assert_close(got, model(x), "f32")
    assert counter.frame_count == 1, "recompiled"
    assert not counters["recompiles"], dict(counters["recompiles"])
    assert not counters["graph_break"], dict(counters["graph_break"])
    assert counters["stats"]["unique_graphs"] == 1
    # The kernel is one node of the captured graph: attc::attention.
    assert any("attc.attention" in str(node.target)
               for node in counter.graphs[0].graph.nodes)


def test_compile_lse_and_inputs_by_name():
    spec = attc.Spec.from_file(EXAMPLES / "alibi.attn.json")
    kern = attc.jit(spec)

    def f(q, k, v, slopes):
        o, lse = kern(q, k, v, slopes=slopes, return_lse=True)
        return o * 2, lse

    torch._dynamo.reset()
    compiled = torch.compile(f, fullgraph=True, backend="aot_eager")
    q = torch.randn(2, 8, 20, 128)
    k = torch.randn(2, 8, 30, 128)
    s = torch.rand(8)
    with torch.no_grad():
        o, lse = compiled(q, k, k, s)
    want_o, want_lse = attc.reference(spec, q, k, k, slopes=s,
                                      return_lse=True)
    assert_close(o / 2, want_o, "f32")
    assert_close(lse, want_lse, "f32", "lse")


def test_module_wrapper_eager(alibi_kernel):
    module = attc.nn.Attention(alibi_kernel)
    assert [name for name, _ in module.named_buffers()] == ["input_slopes"]
    assert "alibi_causal_mask" in repr(module)
    q = torch.randn(1, 4, 25, 16)
    assert_close(module(q, q, q), attc.reference(alibi_kernel, q, q, q),
                 "f32")
    with_lse = attc.nn.Attention(attc.spec(mask=causal_mask),
                                 return_lse=True)
    o, lse = with_lse(q, q, q)
    assert lse.shape == (1, 4, 25)


def test_numpy_and_torch_agree(alibi_kernel):
    q = torch.randn(1, 4, 19, 16)
    o_torch = alibi_kernel(q, q, q)
    o_numpy = alibi_kernel(q.numpy(), q.numpy(), q.numpy())
    assert isinstance(o_numpy, np.ndarray)
    assert np.array_equal(o_torch.numpy(), o_numpy)


def test_example_script_runs():
    """examples/python_flex_style.py, small: it checks itself."""
    import subprocess
    import sys
    from conftest import REPO
    result = subprocess.run(
        [sys.executable, str(REPO / "examples" / "python_flex_style.py"),
         "--length", "300", "--heads", "2", "--window", "64",
         "--repeats", "2"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "attc vs SDPA: max relative error" in result.stdout
    assert "torch SDPA:" in result.stdout
