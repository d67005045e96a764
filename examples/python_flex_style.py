"""attc from Python: an attention variant written as FlexAttention-style
functions, JIT-compiled for the CPU, run on torch tensors, compared with
torch.nn.functional.scaled_dot_product_attention and timed against it.

    python examples/python_flex_style.py [--length L] [--heads H]

The variant is ALiBi (a per-head linear distance penalty, slopes captured
from the enclosing scope like a FlexAttention score_mod's buffers) over a
causal sliding window. SDPA has no such variant, but it coincides with it
when given the equivalent dense additive mask, which it materialises as
an [H, L, L] tensor; attc evaluates the functions inside the kernel and
skips the tiles outside the window.
"""

import argparse
import math
import time

import torch
import torch.nn.functional as F

import attc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=2048)
    parser.add_argument("--heads", type=int, default=8)
    parser.add_argument("--window", type=int, default=256)
    parser.add_argument("--repeats", type=int, default=10)
    args = parser.parse_args()
    H, L, D, W = args.heads, args.length, 64, args.window

    # The variant, as a FlexAttention user writes it.
    slopes = torch.exp2(-8.0 * torch.arange(1, H + 1) / H)

    def alibi(score, b, h, q_idx, kv_idx):
        return score - slopes[h] * (q_idx - kv_idx)

    def sliding_window_causal(b, h, q_idx, kv_idx):
        return (q_idx >= kv_idx) & (q_idx - kv_idx < W)

    spec = attc.spec(score=alibi, mask=sliding_window_causal)
    print("traced score:", spec.source["score"])
    print("traced mask: ", spec.source["mask"])
    print("inputs:      ", spec.inputs)
    kern = attc.jit(spec)  # target="cpu"

    torch.manual_seed(0)
    q, k, v = (torch.randn(1, H, L, D) for _ in range(3))

    # The same attention through SDPA: a dense additive mask.
    qi = torch.arange(L).view(L, 1)
    ki = torch.arange(L).view(1, L)
    keep = (qi >= ki) & (qi - ki < W)
    bias = -slopes.view(H, 1, 1) * (qi - ki)
    mask = torch.where(keep, bias, torch.tensor(-math.inf))

    def run_attc():
        return kern(q, k, v)

    def run_sdpa():
        return F.scaled_dot_product_attention(q, k, v, attn_mask=mask)

    o_attc, o_sdpa = run_attc(), run_sdpa()
    err = ((o_attc - o_sdpa).abs().max() / o_sdpa.abs().max()).item()
    print(f"attc vs SDPA: max relative error {err:.2e}")
    ref = attc.reference(spec, q, k, v)  # float64
    err_ref = ((o_attc.double() - ref).abs().max() / ref.abs().max()).item()
    print(f"attc vs attc.reference (float64): {err_ref:.2e}")

    def median_time(fn):
        times = []
        for _ in range(args.repeats):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        return sorted(times)[len(times) // 2]

    t_attc, t_sdpa = median_time(run_attc), median_time(run_sdpa)
    print(f"B=1 H={H} L={L} D={D} window={W}, f32, "
          f"{torch.get_num_threads()} threads")
    print(f"  attc kernel: {t_attc * 1e3:8.2f} ms")
    print(f"  torch SDPA:  {t_sdpa * 1e3:8.2f} ms (dense mask, made "
          "beforehand)")
    assert err < 1e-4 and err_ref < 1e-5


if __name__ == "__main__":
    main()
