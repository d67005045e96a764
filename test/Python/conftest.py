"""Shared helpers of the Python API tests (run by ./setup.sh test).

Every numerical test draws random inputs (never zeros), poisons the output
it passes with NaN, runs an attc kernel and compares with the float64
reference of the library (attc.reference) using the README's normwise
relative error: max |x - ref| / max |ref| within 1e-5 for f32 and 1e-2
for f16/bf16, a NaN or a mismatched infinity failing.
"""

import os
import pathlib
import tempfile

import numpy as np
import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"

# Kernels go to a cache of the suite's own unless the caller names one.
if "ATTC_CACHE_DIR" not in os.environ:
    os.environ["ATTC_CACHE_DIR"] = os.path.join(
        tempfile.gettempdir(), f"attc-pytest-cache-{os.getuid()}")

import attc  # noqa: E402  (after the cache dir is set)

try:
    import torch
except ImportError:  # the suite still runs its NumPy half
    torch = None

needs_torch = pytest.mark.skipif(
    torch is None, reason="PyTorch is not importable in this environment")

TOLERANCE = {"f32": 1e-5, "f16": 1e-2, "bf16": 1e-2}


def to_f64(x):
    """A float64 NumPy copy of a NumPy array or torch tensor."""
    if torch is not None and isinstance(x, torch.Tensor):
        return x.detach().to(torch.float64).numpy()
    return np.asarray(x, dtype=np.float64)


def rel_error(got, want) -> float:
    """max |got - want| / max |want| with NaNs and mismatched infinities
    counting as infinite errors (as `attc check` does)."""
    got, want = to_f64(got), to_f64(want)
    assert got.shape == want.shape, (got.shape, want.shape)
    if got.size == 0:
        return 0.0
    with np.errstate(invalid="ignore"):
        both_inf = np.isinf(got) & np.isinf(want) & (got == want)
        diff = np.where(both_inf, 0.0, np.abs(got - want))
        diff = np.where(np.isnan(got) | np.isnan(want), np.inf, diff)
    finite = want[np.isfinite(want)]
    scale = max(np.abs(finite).max() if finite.size else 0.0, 1e-30)
    return float(diff.max() / scale)


def assert_close(got, want, dtype: str, what: str = "o") -> None:
    tol = TOLERANCE[dtype]
    err = rel_error(got, want)
    assert err <= tol, f"{what}: relative error {err:.3e} over {tol:.0e}"


def numpy_dtype(dtype: str):
    return {"f32": np.float32, "f16": np.float16}[dtype]


def torch_dtype(dtype: str):
    return {"f32": torch.float32, "f16": torch.float16,
            "bf16": torch.bfloat16}[dtype]


def resolve_dims(spec, B=2, H=4, Lq=70, Lk=70, D=32):
    """Sizes for the spec's run-time dims (fixed ones kept)."""
    d = dict(spec.dims)
    want = {"B": B, "Hq": H, "Lq": Lq, "Lk": Lk, "D": D}
    for name, size in want.items():
        if d[name] is None:
            d[name] = size
    if d["Hkv"] is None:
        d["Hkv"] = d["Hq"]
    if d["Dv"] is None:
        d["Dv"] = d["D"]
    return d


def qkv_shapes(spec, d):
    def shape(heads, length, depth):
        if spec.layout == "bshd":
            return (d["B"], d[length], d[heads], d[depth])
        return (d["B"], d[heads], d[length], d[depth])
    return (shape("Hq", "Lq", "D"), shape("Hkv", "Lk", "D"),
            shape("Hkv", "Lk", "Dv"))


def random_inputs(spec, d, rng):
    """The spec's declared inputs as NumPy arrays: floats standard normal,
    ints uniform in 0..3 (sorted along the last axis, like document ids),
    bools a fair coin."""
    arrays = {}
    for name, decl in spec.inputs.items():
        shape = tuple(d[s] if isinstance(s, str) else s
                      for s in decl["shape"])
        dtype = decl["dtype"]
        if dtype in ("i32", "i64"):
            a = np.sort(rng.integers(0, 4, shape), axis=-1)
            a = a.astype(np.int32 if dtype == "i32" else np.int64)
        elif dtype == "bool":
            a = rng.random(shape) < 0.5
        else:
            a = rng.standard_normal(shape).astype(np.float32)
            if dtype == "f16":
                a = a.astype(np.float16)
        arrays[name] = a
    return arrays


def to_torch_inputs(arrays, spec):
    out = {}
    for name, a in arrays.items():
        t = torch.from_numpy(np.ascontiguousarray(a))
        if spec.inputs[name]["dtype"] == "bf16":
            t = t.to(torch.bfloat16)
        out[name] = t
    return out


def poisoned_like_output(kind, shape, dtype):
    if kind == "numpy":
        return np.full(shape, np.nan, dtype=numpy_dtype(dtype))
    return torch.full(shape, float("nan"), dtype=torch_dtype(dtype))


def run_and_check(spec, kind="numpy", rng=None, dims=None, kern=None,
                  transform=None, **extra_inputs):
    """Runs `spec` on random tensors of `kind` ("numpy"/"torch") and checks
    o (and lse / max when the spec lists them) against attc.reference;
    `transform(x)` may turn each of q, k, v into a view. Returns o."""
    rng = rng or np.random.default_rng(0)
    d = resolve_dims(spec, **(dims or {}))
    qs, ks, vs = qkv_shapes(spec, d)
    dtype = spec.dtype
    q, k, v = (rng.standard_normal(s).astype(np.float32) for s in
               (qs, ks, vs))
    inputs = random_inputs(spec, d, rng)
    inputs.update(extra_inputs)
    if kind == "numpy":
        q, k, v = (x.astype(numpy_dtype(dtype)) for x in (q, k, v))
    else:
        q, k, v = (torch.from_numpy(x).to(torch_dtype(dtype))
                   for x in (q, k, v))
        inputs = to_torch_inputs(inputs, spec)
    if transform is not None:
        q, k, v = transform(q), transform(k), transform(v)
    kern = kern or attc.jit(spec)
    out = poisoned_like_output(kind, (*q.shape[:3], v.shape[3]), dtype)
    stats = [o for o in ("lse", "max") if o in spec.outputs]
    result = kern(q, k, v, out=out, return_lse="lse" in stats,
                  return_max="max" in stats, **inputs)
    ref = attc.reference(spec, q, k, v, return_lse="lse" in stats,
                         return_max="max" in stats, **inputs)
    if not stats:
        result, ref = (result,), (ref,)
    assert result[0] is out
    for name, got, want in zip(["o"] + stats, result, ref):
        if kind == "torch":
            assert isinstance(got, torch.Tensor)
        else:
            assert isinstance(got, np.ndarray)
        assert_close(got, want, dtype if name == "o" else "f32", name)
    return result[0]
