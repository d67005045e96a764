#!/usr/bin/env python3
"""attc's backward against PyTorch on the CPU, side by side (issue 16).

    build-py-venv/bin/python bench/bwd_peer.py [--length 2048] [--repeats 3]

B=1, H=8, D=64, f32. Each case times a training step's attention: the
forward, then loss.backward() of <w, o>, for attc (a kernel traced from the
same functions, autograd through attc::attention) and a PyTorch peer:
scaled_dot_product_attention for dense and causal, eager autograd of the
unfused expression (materialized scores) for ALiBi with learnable slopes
and a learned relative-position table [H, 2L - 1]. The gradients of the two
are compared before anything is printed. Each (case, method) runs in its
own process; its peak memory is the peak resident set over the timed
steps (VmHWM, reset through /proc/self/clear_refs after the warm-up) less
the resident set before them: what the step allocates.
"""

import argparse
import multiprocessing as mp
import statistics
import time


def setup(case, L, seed=0):
    import torch
    torch.manual_seed(seed)
    H, D = 8, 64
    q, k, v = (torch.randn(1, H, L, D, requires_grad=True) for _ in range(3))
    w = torch.randn(1, H, L, D)
    params = []
    if case == "alibi":
        params = [torch.nn.Parameter(torch.rand(H))]
    elif case == "relpos":
        params = [torch.nn.Parameter(0.1 * torch.randn(H, 2 * L - 1))]
    return (q, k, v), params, w


def step_fn(case, method, L, tensors, params):
    import torch
    import torch.nn.functional as F
    q, k, v = tensors
    if method == "attc":
        import attc

        def causal(b, h, qi, ki):
            return qi >= ki
        score = None
        if case == "alibi":
            slopes = params[0]

            def score(s, b, h, qi, ki):
                return s - slopes[h] * (qi - ki)
        elif case == "relpos":
            table = params[0]

            def score(s, b, h, qi, ki):
                return s + table[h, qi - ki + (L - 1)]
        kern = attc.jit(attc.spec(score=score,
                                  mask=None if case == "dense" else causal))
        return lambda: kern(q, k, v)
    if case in ("dense", "causal"):
        return lambda: F.scaled_dot_product_attention(
            q, k, v, is_causal=case == "causal")
    qi = torch.arange(L).view(L, 1)
    ki = torch.arange(L).view(1, L)
    keep = qi >= ki
    h = torch.arange(8).view(8, 1, 1)

    def unfused():
        s = q @ k.transpose(-1, -2) / q.shape[-1] ** 0.5
        if case == "alibi":
            s = s - params[0][h] * (qi - ki)
        else:
            s = s + params[0][:, qi - ki + (L - 1)]
        s = s.masked_fill(~keep, float("-inf"))
        return torch.softmax(s, dim=-1) @ v
    return unfused


def status_kib(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def run(case, method, L, repeats, threads, out):
    import torch
    torch.set_num_threads(threads)
    tensors, params, w = setup(case, L)
    fn = step_fn(case, method, L, tensors, params)
    leaves = list(tensors) + list(params)
    fwd, bwd = [], []
    for i in range(repeats + 1):  # the first is a warm-up (and the jit)
        if i == 1:
            with open("/proc/self/clear_refs", "w") as f:
                f.write("5")  # resets VmHWM
            base = status_kib("VmRSS")
        for x in leaves:
            x.grad = None
        t0 = time.perf_counter()
        o = fn()
        t1 = time.perf_counter()
        (o * w).sum().backward()
        t2 = time.perf_counter()
        if i:
            fwd.append(t1 - t0)
            bwd.append(t2 - t1)
    peak = status_kib("VmHWM") - base
    out.put((statistics.median(fwd), statistics.median(bwd), peak / 1024,
             [x.grad.numpy().copy() for x in leaves]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--length", type=int, default=2048)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--threads", type=int, default=0)
    args = ap.parse_args()
    import torch
    threads = args.threads or torch.get_num_threads()
    ctx = mp.get_context("spawn")
    peers = {"dense": "SDPA", "causal": "SDPA", "alibi": "eager unfused",
             "relpos": "eager unfused"}
    print(f"B=1 H=8 L={args.length} D=64 f32, {threads} threads, medians of "
          f"{args.repeats}; torch {torch.__version__}")
    print("| case | peer | peer fwd ms | peer bwd ms | attc fwd ms | "
          "attc bwd ms | bwd speedup | step speedup | peer peak MiB | "
          "attc peak MiB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for case, peer in peers.items():
        res = {}
        for method in ("peer", "attc"):
            out = ctx.Queue()
            p = ctx.Process(target=run, args=(case, method, args.length,
                                              args.repeats, threads, out))
            p.start()
            res[method] = out.get()
            p.join()
        for g, r in zip(res["attc"][3], res["peer"][3]):
            err = float(abs(g - r).max() / abs(r).max())
            assert err < 1e-3, f"{case}: gradients differ ({err:.3g})"
        (pf, pb, pm, _), (af, ab, am, _) = res["peer"], res["attc"]
        print(f"| {case} | {peer} | {pf * 1e3:.1f} | {pb * 1e3:.1f} | "
              f"{af * 1e3:.1f} | {ab * 1e3:.1f} | {pb / ab:.2f}x | "
              f"{(pf + pb) / (af + ab):.2f}x | {pm:.0f} | {am:.0f} |")


if __name__ == "__main__":
    main()
