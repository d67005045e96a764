"""What a Python call of an attc kernel costs beyond the kernel itself.

    python python/benchmarks/overhead.py [--iterations N] [--threads T]

Times, in one process on one tiny problem (B=1, H=1, L=16, D=16, causal,
f32): the C API alone (attc_kernel_run in a C++ loop, views made once),
then kern(q, k, v) from Python on NumPy arrays and on torch tensors (with
the output allocated by attc, and given with out=). Each figure is the
median over repeats of the mean of a batch of calls; the overhead is the
difference to the C API figure.
"""

import argparse
import statistics
import time

import numpy as np

import attc


def per_call(fn, iterations: int, repeats: int = 15) -> float:
    batch = max(iterations // repeats, 1)
    for _ in range(batch):  # warm
        fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(batch):
            fn()
        times.append((time.perf_counter() - start) / batch)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=30000)
    parser.add_argument("--threads", type=int, default=1,
                        help="kernel threads (0: all cores)")
    args = parser.parse_args()

    spec = attc.Spec.from_dict({
        "name": "overhead_causal", "dims": {"Hq": 1, "D": 16},
        "mask": "k <= q"})
    kern = attc.jit(spec, num_threads=args.threads)
    rng = np.random.default_rng(0)
    q, k, v = (rng.standard_normal((1, 1, 16, 16)).astype(np.float32)
               for _ in range(3))
    c_api = statistics.median(
        kern.time_c_api(q, k, v, iterations=args.iterations // 10)
        for _ in range(10))
    rows = [("C API attc_kernel_run (kernel + checks)", c_api)]
    out = np.empty_like(q)
    rows.append(("kern(q, k, v) NumPy",
                 per_call(lambda: kern(q, k, v), args.iterations)))
    rows.append(("kern(q, k, v, out=o) NumPy",
                 per_call(lambda: kern(q, k, v, out=out), args.iterations)))
    try:
        import torch
    except ImportError:
        torch = None
    if torch is not None:
        tq, tk, tv = (torch.from_numpy(x) for x in (q, k, v))
        tout = torch.empty_like(tq)
        rows.append(("kern(q, k, v) torch",
                     per_call(lambda: kern(tq, tk, tv), args.iterations)))
        rows.append(("kern(q, k, v, out=o) torch",
                     per_call(lambda: kern(tq, tk, tv, out=tout),
                              args.iterations)))
    print(f"attc Python call overhead: B=1 H=1 L=16 D=16 causal f32, "
          f"{args.threads or 'all'} kernel thread(s)")
    print(f"{'call':<42} {'time/call':>10} {'over C API':>11}")
    for name, t in rows:
        extra = "" if name.startswith("C API") else \
            f"{(t - c_api) * 1e6:+9.2f} us"
        print(f"{name:<42} {t * 1e6:8.2f} us {extra:>11}")


if __name__ == "__main__":
    main()
