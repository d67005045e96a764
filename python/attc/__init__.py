"""attc: a compiler for attention mechanisms, from Python.

    import attc, torch
    slopes = torch.rand(8)
    def alibi(score, b, h, q_idx, kv_idx):
        return score - slopes[h] * (q_idx - kv_idx)
    def causal(b, h, q_idx, kv_idx):
        return q_idx >= kv_idx
    kern = attc.jit(attc.spec(score=alibi, mask=causal))  # target="cpu"
    o = kern(q, k, v)                     # NumPy or torch, zero-copy
    o, lse = kern(q, k, v, return_lse=True)
    ref = attc.reference(kern.spec, q, k, v)   # float64

Specs also come from files, JSON and dicts (:class:`Spec`). Functions are
traced once with symbolic arguments into spec expressions; tensors they
capture become inputs bound at every call. ``attc.nn.Attention`` wraps a
kernel as a module; under ``torch.compile`` calls go through the custom op
``attc::attention``.
"""

from ._kernel import Kernel, fma_peak_gflops, jit, reference
from ._spec import Spec, spec
from ._trace import Expr, Input, TraceError, call as _call, clamp, where

__version__ = "0.1.0"

__all__ = [
    "Spec", "spec", "jit", "Kernel", "reference", "Input", "Expr",
    "TraceError", "where", "select", "clamp", "minimum", "maximum", "exp",
    "exp2", "expm1", "log", "log2", "log1p", "sqrt", "rsqrt", "abs", "sign",
    "floor", "ceil", "sin", "cos", "tanh", "erf", "sigmoid", "pow",
    "softcap", "fma_peak_gflops",
]


def select(condition, a, b) -> Expr:
    """``condition ? a : b``; the same as :func:`where`."""
    return where(condition, a, b)


def minimum(a, b) -> Expr:
    """The smaller of two values (ints stay ints)."""
    return _call("min", a, b)


def maximum(a, b) -> Expr:
    """The larger of two values (ints stay ints)."""
    return _call("max", a, b)


def pow(a, b) -> Expr:  # noqa: A001 - the spec's name
    """a ** b as a float."""
    return _call("pow", a, b)


def softcap(x, cap) -> Expr:
    """``cap * tanh(x / cap)``."""
    return _call("softcap", x, cap)


def _unary(name: str):
    def f(x) -> Expr:
        return _call(name, x)
    f.__name__ = name
    f.__qualname__ = name
    f.__doc__ = f"The spec's ``{name}`` of a traced value."
    return f


exp = _unary("exp")
exp2 = _unary("exp2")
expm1 = _unary("expm1")
log = _unary("log")
log2 = _unary("log2")
log1p = _unary("log1p")
sqrt = _unary("sqrt")
rsqrt = _unary("rsqrt")
abs = _unary("abs")  # noqa: A001
sign = _unary("sign")
floor = _unary("floor")
ceil = _unary("ceil")
sin = _unary("sin")
cos = _unary("cos")
tanh = _unary("tanh")
erf = _unary("erf")
sigmoid = _unary("sigmoid")
del _unary


def __getattr__(name: str):
    # attc.nn imports torch, so it loads only when asked for.
    if name == "nn":
        import importlib
        return importlib.import_module(".nn", __name__)
    raise AttributeError(f"module 'attc' has no attribute {name!r}")
