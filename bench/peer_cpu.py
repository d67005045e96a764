#!/usr/bin/env python3
"""attc against PyTorch SDPA and FlexAttention on the CPU, side by side.

    bench/peer_cpu.sh [--quick] [--lengths 1024,4096] [--dtypes f32,bf16]
                      [--cases dense,causal,...] [--repeats N] [--threads N]

(bench/peer_cpu.sh makes the virtual environment with PyTorch from PyPI and
the attc package, then runs this file in it.) Every case feeds the same
tensors to the three: attc (a kernel JIT-compiled from the same score_mod /
mask_mod functions FlexAttention gets), torch.nn.functional.
scaled_dot_product_attention (dense and causal natively, a boolean mask
built beforehand for the other masks, an unfused torch expression where SDPA
cannot express the variant) and FlexAttention (torch.compile'd afresh per
case, so the recompile limit never falls back to eager; the block mask is
built beforehand and its build time reported on its own). The outputs are
compared with each other before any time is printed. Times are medians of
--repeats runs after a warm-up; the table gives attc's speedup over each
peer, attc's share of the f32 FMA peak measured in the same process
(attc.fma_peak_gflops) and, for decode, of the read bandwidth of a
STREAM-like probe (a sum over 1 GiB) in the same run.
"""

import argparse
import math
import platform
import statistics
import sys
import time

import torch
import torch.nn.functional as F

import attc

try:
    from torch.nn.attention.flex_attention import (create_block_mask,
                                                   flex_attention)
except ImportError:  # pragma: no cover - torch too old
    flex_attention = None

DTYPES = {"f32": torch.float32, "bf16": torch.bfloat16}


def median_time(fn, repeats):
    fn()  # warm-up (and the first call's compile, if any)
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def read_bandwidth(threads):
    """GB/s of a sum over 1 GiB of f32, best of 5: what the cores read."""
    x = torch.ones(1 << 28, dtype=torch.float32)
    best = 0.0
    for _ in range(5):
        t0 = time.perf_counter()
        x.sum()
        best = max(best, x.numel() * 4 / (time.perf_counter() - t0) / 1e9)
    del x
    return best


class Case:
    """One attention problem: shapes, the FlexAttention-style functions
    attc and FlexAttention both get, and how SDPA computes it."""

    def __init__(self, name, hq, hkv, lq, lk, score=None, mask=None,
                 normalize="softmax", sdpa="mask", flex=True, inputs=None):
        self.name, self.hq, self.hkv, self.lq, self.lk = name, hq, hkv, lq, lk
        self.score, self.mask, self.normalize = score, mask, normalize
        self.sdpa, self.flex, self.inputs = sdpa, flex, inputs or {}

    def kept_pairs(self):
        if self.mask is None:
            return self.hq * self.lq * self.lk
        q = torch.arange(self.lq)[:, None]
        k = torch.arange(self.lk)[None, :]
        zero = torch.zeros((), dtype=torch.long)
        keep = self.mask(zero, zero, q, k)
        return self.hq * int(keep.expand(self.lq, self.lk).sum())


def make_cases(length, decode_lengths):
    L, H = length, 8
    docs = torch.arange(L) * 8 // L  # 8 equal documents
    slopes = torch.exp2(-8.0 * torch.arange(1, 33) / 32)

    def causal(b, h, q, k):
        return q >= k

    def window(b, h, q, k):
        return (q >= k) & (q - k < 512)

    def document(b, h, q, k):
        return (docs[q] == docs[k]) & (q >= k)

    def alibi_softcap(s, b, h, q, k):
        s = 30.0 * torch.tanh(s / 30.0)
        return s - slopes[h] * (q - k)

    sig_bias = -math.log(L)
    cases = [
        Case("dense", H, H, L, L, sdpa="native"),
        Case("causal", H, H, L, L, mask=causal, sdpa="causal"),
        Case("window512", H, H, L, L, mask=window),
        Case("document8", H, H, L, L, mask=document),
        Case("causal+alibi+softcap", H, H, L, L, score=alibi_softcap,
             mask=causal, sdpa="unfused"),
        Case("sigmoid", H, H, L, L, mask=causal,
             normalize={"sigmoid": {"bias": sig_bias}}, sdpa="unfused",
             flex=False),
        Case("gqa32/8 causal", 32, 8, L, L, mask=causal, sdpa="causal"),
    ]
    for lk in decode_lengths:
        cases.append(Case(f"decode Lk={lk}", 32, 8, 1, lk, sdpa="native"))
    return cases


def unfused(case, q, k, v, scale):
    """The variant as plain torch ops (what a user without attc writes)."""
    k = k.repeat_interleave(case.hq // case.hkv, dim=1)
    v = v.repeat_interleave(case.hq // case.hkv, dim=1)
    s = (q.float() @ k.float().transpose(-1, -2)) * scale
    qi = torch.arange(case.lq)[:, None]
    ki = torch.arange(case.lk)[None, :]
    zero = torch.zeros((), dtype=torch.long)
    if case.score is not None:
        heads = torch.arange(case.hq)[:, None, None]
        s = case.score(s, zero, heads, qi, ki)
    keep = case.mask(zero, zero, qi, ki) if case.mask else None
    if isinstance(case.normalize, dict):  # sigmoid
        p = torch.sigmoid(s + case.normalize["sigmoid"]["bias"])
        if keep is not None:
            p = p * keep
    else:
        if keep is not None:
            s = s.masked_fill(~keep, float("-inf"))
        p = torch.softmax(s, dim=-1)
    return (p @ v.float()).to(q.dtype)


def run_case(case, dtype, args, peak):
    D = 128
    gen = torch.Generator().manual_seed(1234)
    shape_q = (1, case.hq, case.lq, D)
    shape_k = (1, case.hkv, case.lk, D)
    q = torch.randn(shape_q, generator=gen).to(dtype)
    k = torch.randn(shape_k, generator=gen).to(dtype)
    v = torch.randn(shape_k, generator=gen).to(dtype)
    scale = 1.0 / math.sqrt(D)
    gqa = case.hq != case.hkv
    row = {"case": case.name, "dtype": args.dtype_name,
           "shape": f"Hq={case.hq} Hkv={case.hkv} Lq={case.lq} Lk={case.lk}"}

    spec = attc.spec(score=case.score, mask=case.mask,
                     normalize=case.normalize,
                     dims={"D": D, "Hq": case.hq, "Hkv": case.hkv},
                     name=case.name.replace(" ", "_").replace("+", "_")
                     .replace("/", "_").replace("=", ""))
    kern = attc.jit(spec, num_threads=args.threads)
    o_attc = kern(q, k, v)
    row["attc"] = median_time(lambda: kern(q, k, v), args.repeats)

    # SDPA: native where it can, else a mask or the unfused expression.
    if case.sdpa == "native":
        sdpa = lambda: F.scaled_dot_product_attention(q, k, v,
                                                      enable_gqa=gqa)
        row["sdpa_kind"] = "SDPA"
    elif case.sdpa == "causal":
        sdpa = lambda: F.scaled_dot_product_attention(q, k, v, is_causal=True,
                                                      enable_gqa=gqa)
        row["sdpa_kind"] = "SDPA causal"
    elif case.sdpa == "mask":
        qi = torch.arange(case.lq)[:, None]
        ki = torch.arange(case.lk)[None, :]
        zero = torch.zeros((), dtype=torch.long)
        keep = case.mask(zero, zero, qi, ki)
        sdpa = lambda: F.scaled_dot_product_attention(q, k, v, attn_mask=keep,
                                                      enable_gqa=gqa)
        row["sdpa_kind"] = "SDPA bool mask"
    else:
        sdpa = lambda: unfused(case, q, k, v, scale)
        row["sdpa_kind"] = "unfused torch"
    o_sdpa = sdpa()
    row["sdpa"] = median_time(sdpa, args.repeats)

    o_flex = None
    if case.flex and flex_attention is not None:
        torch._dynamo.reset()  # a fresh compile per case
        compiled = torch.compile(flex_attention, dynamic=False)
        t0 = time.perf_counter()
        block_mask = (create_block_mask(case.mask, None, None, case.lq,
                                        case.lk, device="cpu")
                      if case.mask else None)
        row["flex_mask_s"] = time.perf_counter() - t0
        flex = lambda: compiled(q, k, v, score_mod=case.score,
                                block_mask=block_mask, enable_gqa=gqa)
        t0 = time.perf_counter()
        o_flex = flex()
        row["flex_compile_s"] = time.perf_counter() - t0
        row["flex"] = median_time(flex, args.repeats)

    # Agreement: attc against each peer, in f32.
    tol = 2e-3 if dtype == torch.float32 else 6e-2
    for peer, o in (("sdpa", o_sdpa), ("flex", o_flex)):
        if o is None:
            continue
        err = (o_attc.float() - o.float()).abs().max().item()
        row[f"err_{peer}"] = err
        if not err <= tol:
            raise SystemExit(f"peer_cpu: {case.name} {args.dtype_name}: attc "
                             f"and {peer} differ by {err:.3g} (> {tol})")

    flops = 2.0 * (D + D) * case.kept_pairs()
    row["attc_gflops"] = flops / row["attc"] / 1e9
    row["peak_share"] = row["attc_gflops"] / peak
    if case.lq == 1:
        kv_bytes = 2 * case.hkv * case.lk * D * q.element_size()
        row["attc_gbs"] = kv_bytes / row["attc"] / 1e9
    return row


def fmt_ms(t):
    return "-" if t is None else f"{t * 1e3:.1f}"


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--lengths", default="1024,4096")
    p.add_argument("--decode-lengths", default="8192,65536")
    p.add_argument("--dtypes", default="f32,bf16")
    p.add_argument("--cases", default="")
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--threads", type=int, default=0)
    p.add_argument("--quick", action="store_true",
                   help="L=1024 and decode Lk=8192 only, f32, 3 repeats")
    args = p.parse_args()
    if args.quick:
        args.lengths, args.decode_lengths, args.dtypes = "1024", "8192", "f32"
        args.repeats = 3
    threads = args.threads or torch.get_num_threads()
    torch.set_num_threads(threads)
    args.threads = threads
    for name in args.dtypes.split(","):
        if name not in DTYPES:
            raise SystemExit(f"peer_cpu: --dtypes: unknown dtype '{name}' "
                             "(expected f32 or bf16)")

    peak = attc.fma_peak_gflops(threads)
    bandwidth = read_bandwidth(threads)
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f
                       if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    print(f"# {cpu}, {threads} threads, torch {torch.__version__}; "
          f"f32 FMA peak {peak:.1f} GFLOP/s, read probe {bandwidth:.1f} GB/s; "
          f"B=1 D=128, medians of {args.repeats}")
    print("| case | L | dtype | attc ms | SDPA ms (kind) | Flex ms "
          "(mask build, compile) | vs SDPA | vs Flex | attc share |")
    print("|---|---|---|---|---|---|---|---|---|")
    wanted = set(filter(None, args.cases.split(",")))
    lengths = [int(x) for x in args.lengths.split(",")]
    decode = [int(x) for x in args.decode_lengths.split(",") if x]
    for length_index, length in enumerate(lengths):
        # Decode rows do not depend on L: once, with the first length.
        cases = make_cases(length, decode if length_index == 0 else [])
        for case in cases:
            if wanted and case.name.split()[0] not in wanted:
                continue
            for dtype_name in args.dtypes.split(","):
                args.dtype_name = dtype_name
                row = run_case(case, DTYPES[dtype_name], args, peak)
                flex = row.get("flex")
                flex_cell = ("n/a" if flex is None else
                             f"{fmt_ms(flex)} ({row['flex_mask_s'] * 1e3:.0f}"
                             f" ms, {row['flex_compile_s']:.1f} s)")
                share = (f"{row['attc_gbs']:.1f} GB/s = "
                         f"{100 * row['attc_gbs'] / bandwidth:.0f}% of read"
                         if "attc_gbs" in row else
                         f"{100 * row['peak_share']:.0f}% of FMA peak")
                vs_flex = "-" if flex is None else f"{flex / row['attc']:.2f}x"
                L = "-" if case.lq == 1 else str(length)
                print(f"| {case.name} | {L} | {dtype_name} | "
                      f"{fmt_ms(row['attc'])} | {fmt_ms(row['sdpa'])} "
                      f"({row['sdpa_kind']}) | {flex_cell} | "
                      f"{row['sdpa'] / row['attc']:.2f}x | {vs_flex} | "
                      f"{share} |", flush=True)


if __name__ == "__main__":
    sys.exit(main())
