"""Tracing Python functions into attc spec expressions.

A score function ``score(s, b, h, q, k)`` or mask function
``mask(b, h, q, k)`` is called once with symbolic arguments (:class:`Expr`);
every operation on them builds the text of a spec expression
(see SPEC.md, "Expressions"). Tensors that the function captures (closure
variables, globals, default arguments) and indexes become the spec's
inputs, named after the variable that holds them.

Python semantics are kept where they differ from the spec's C-like ones:
``/`` is true division, ``//`` and ``%`` round toward minus infinity (the
spec's ``/`` and ``%`` truncate; the tracer emits the plain operator only
when both operands are known to be non-negative, the usual case of index
arithmetic, so that masks stay analysable for block sparsity).
"""

from __future__ import annotations

import builtins
import linecache
import math
import os
import sys
import types
from typing import Any, Callable, Dict, Optional, Tuple

__all__ = ["Expr", "Input", "TraceError", "Tracer"]

_PKG_DIR = os.path.dirname(os.path.abspath(__file__))


class TraceError(TypeError):
    """A traced function used something attc cannot express."""


def _user_location() -> str:
    """``file:line: `source``` of the innermost frame outside attc (and
    outside torch's override machinery), for error messages."""
    frame = sys._getframe(1)
    while frame is not None:
        name = os.path.abspath(frame.f_code.co_filename)
        skip = name.startswith(_PKG_DIR + os.sep) or name.endswith(
            os.path.join("torch", "overrides.py")) or name.endswith(
            os.path.join("torch", "_tensor.py"))
        if not skip:
            line = linecache.getline(frame.f_code.co_filename,
                                     frame.f_lineno).strip()
            where = f"{frame.f_code.co_filename}:{frame.f_lineno}"
            return f"{where}: `{line}`" if line else where
        frame = frame.f_back
    return "<unknown>"


def _fail(what: str, hint: str = "") -> "TraceError":
    message = f"attc: cannot trace {what} at {_user_location()}"
    if hint:
        message += f"; {hint}"
    return TraceError(message)


# Kinds of expressions: the spec's three scalar types.
INT, FLOAT, BOOL = "int", "float", "bool"


class Expr:
    """A symbolic scalar: the text of a spec expression and its type.

    Supports Python's arithmetic, comparison and bitwise operators
    (``&``, ``|``, ``^``, ``~`` are logical on booleans), ``abs()``, and
    the torch-style methods FlexAttention functions use (``new_ones``,
    ``clamp``, ``abs``, ``exp``, ``tanh``, ``to``, ...). ``torch`` functions
    applied to it (``torch.where``, ``torch.tanh``, ...) are traced through
    ``__torch_function__``.
    """

    __slots__ = ("src", "kind", "nonneg")

    def __init__(self, src: str, kind: str, nonneg: bool = False):
        self.src = src
        self.kind = kind
        self.nonneg = nonneg  # known to be >= 0 (ints only)

    def __repr__(self) -> str:
        return f"attc.Expr({self.src!r}, {self.kind})"

    # Python control flow cannot depend on a symbolic value.
    def __bool__(self):
        raise _fail(
            "a traced value used as a Python bool (`if`, `and`/`or`/`not`, "
            "a chained comparison, min()/max())",
            "use `&`, `|`, `~`, attc.where/torch.where or "
            "attc.minimum/torch.minimum")

    def __float__(self):
        raise _fail("a traced value converted to a Python float (math.*, "
                    "float())", "use the torch.* or attc.* function instead")

    def __int__(self):
        raise _fail("a traced value converted to a Python int (int())")

    def __index__(self):
        raise _fail(
            "a traced value used as a Python index (a list, tuple or "
            "dict lookup)", "put the table in a tensor: a captured tensor "
            "becomes an input of the spec")

    def __iter__(self):
        raise _fail("iteration over a traced scalar")

    def __len__(self):
        raise _fail("len() of a traced scalar")

    __hash__ = object.__hash__

    # Arithmetic.
    def __add__(self, other):
        return _arith("+", self, other)

    def __radd__(self, other):
        return _arith("+", other, self)

    def __sub__(self, other):
        return _arith("-", self, other)

    def __rsub__(self, other):
        return _arith("-", other, self)

    def __mul__(self, other):
        return _arith("*", self, other)

    def __rmul__(self, other):
        return _arith("*", other, self)

    def __truediv__(self, other):
        return _truediv(self, other)

    def __rtruediv__(self, other):
        return _truediv(other, self)

    def __floordiv__(self, other):
        return _floordiv(self, other)

    def __rfloordiv__(self, other):
        return _floordiv(other, self)

    def __mod__(self, other):
        return _mod(self, other)

    def __rmod__(self, other):
        return _mod(other, self)

    def __pow__(self, other):
        return _pow(self, other)

    def __rpow__(self, other):
        return _pow(other, self)

    def __neg__(self):
        x = _numeric(self)
        return Expr(f"(-{x.src})", x.kind)

    def __pos__(self):
        return _numeric(self)

    def __abs__(self):
        return call("abs", self)

    # Comparisons.
    def __eq__(self, other):  # type: ignore[override]
        return _compare("==", self, other)

    def __ne__(self, other):  # type: ignore[override]
        return _compare("!=", self, other)

    def __lt__(self, other):
        return _compare("<", self, other)

    def __le__(self, other):
        return _compare("<=", self, other)

    def __gt__(self, other):
        return _compare(">", self, other)

    def __ge__(self, other):
        return _compare(">=", self, other)

    # Logical on booleans, bitwise on ints (as in torch).
    def __and__(self, other):
        return _bitwise("&", self, other)

    def __rand__(self, other):
        return _bitwise("&", other, self)

    def __or__(self, other):
        return _bitwise("|", self, other)

    def __ror__(self, other):
        return _bitwise("|", other, self)

    def __xor__(self, other):
        return _bitwise("^", self, other)

    def __rxor__(self, other):
        return _bitwise("^", other, self)

    def __invert__(self):
        if self.kind == BOOL:
            return Expr(f"(!{self.src})", BOOL)
        if self.kind == INT:
            return Expr(f"(-{self.src} - 1)", INT)
        raise _fail("`~` on a float")

    def __lshift__(self, other):
        return _intop("<<", self, other)

    def __rshift__(self, other):
        return _intop(">>", self, other)

    def __getitem__(self, index):
        raise _fail("indexing a traced scalar")

    # torch.Tensor-style methods that mask and score functions use.
    def new_ones(self, *size, dtype=None, **kwargs):
        return _new_full(size, 1, dtype)

    def new_zeros(self, *size, dtype=None, **kwargs):
        return _new_full(size, 0, dtype)

    def new_full(self, size, fill_value, dtype=None, **kwargs):
        return _new_full((size,), fill_value, dtype)

    def new_tensor(self, data, dtype=None, **kwargs):
        return _new_full((), data, dtype)

    def clamp(self, min=None, max=None):
        return clamp(self, min, max)

    clip = clamp

    def where(self, condition, other):
        return where(condition, self, other)

    def to(self, *args, **kwargs):
        dtype = kwargs.get("dtype")
        for a in args:
            if _is_dtype(a):
                dtype = a
        return _cast(self, dtype) if dtype is not None else self

    def type(self, dtype):
        return _cast(self, dtype)

    def float(self):
        return _cast(self, "float")

    def double(self):
        return _cast(self, "float")

    def half(self):
        return _cast(self, "float")

    def bfloat16(self):
        return _cast(self, "float")

    def int(self):
        return _cast(self, "int")

    def long(self):
        return _cast(self, "int")

    def bool(self):
        return _cast(self, "bool")

    def logical_and(self, other):
        return logical("&&", self, other)

    def logical_or(self, other):
        return logical("||", self, other)

    def logical_not(self):
        return ~_boolean(self)

    def minimum(self, other):
        return call("min", self, other)

    def maximum(self, other):
        return call("max", self, other)

    def square(self):
        return self * self

    def item(self):
        return self

    @property
    def shape(self):
        return ()

    @property
    def ndim(self):
        return 0

    def dim(self):
        return 0

    def size(self, *args):
        return ()

    @property
    def dtype(self):
        return {INT: "int64", FLOAT: "float32", BOOL: "bool"}[self.kind]

    @property
    def device(self):
        return "cpu"

    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        return _torch_function(func, args, kwargs or {})


def _add_unary_methods():
    for name in ("exp", "exp2", "expm1", "log", "log2", "log1p", "sqrt",
                 "rsqrt", "sign", "floor", "ceil", "sin", "cos", "tanh",
                 "erf", "sigmoid", "abs", "relu", "neg", "negative",
                 "logical_not"):
        def method(self, _name=name):
            return _UNARY[_name](self)
        method.__name__ = name
        setattr(Expr, name, method)


# ---------------------------------------------------------------------------
# Lifting Python values and building expressions.


def _is_dtype(x) -> bool:
    return type(x).__name__ in ("dtype",) or x in (builtins.float,
                                                    builtins.int,
                                                    builtins.bool)


def _float_literal(x: float) -> str:
    if math.isnan(x):
        raise _fail("a NaN constant")
    if math.isinf(x):
        return "inf" if x > 0 else "(-inf)"
    text = repr(float(x))
    if "e" in text or "E" in text:
        mantissa, exponent = text.lower().split("e")
        if "." not in mantissa:
            mantissa += ".0"
        text = f"{mantissa}e{exponent}"
    return text if x >= 0 else f"({text})"


def lift(x) -> Expr:
    """An Expr for a Python, NumPy or 0-d torch value (or an Expr)."""
    if isinstance(x, Expr):
        return x
    if isinstance(x, bool):
        return Expr("true" if x else "false", BOOL)
    if isinstance(x, int):
        return Expr(str(x) if x >= 0 else f"({x})", INT, x >= 0)
    if isinstance(x, float):
        return Expr(_float_literal(x), FLOAT)
    # NumPy scalars and 0-d arrays / tensors hold a value.
    shape = getattr(x, "shape", None)
    if shape is not None and tuple(shape) == () and hasattr(x, "item"):
        return lift(x.item())
    if isinstance(x, _Captured):
        raise _fail(f"the captured tensor '{x._attc_name}' used without an "
                    "index", "index it with one expression per dimension")
    if shape is not None:
        raise _fail(f"a tensor of shape {tuple(shape)} used as a scalar",
                    "index captured tensors, one index per dimension")
    raise _fail(f"a value of type {type(x).__name__}")


def _numeric(x) -> Expr:
    """x as an int or float expression (booleans count 0/1 as in torch)."""
    x = lift(x)
    if x.kind == BOOL:
        return Expr(f"({x.src} ? 1 : 0)", INT, True)
    return x


def _boolean(x) -> Expr:
    x = lift(x)
    if x.kind != BOOL:
        if x.src in ("0", "1", "0.0", "1.0"):  # new_ones / new_zeros
            return Expr("true" if x.src[0] == "1" else "false", BOOL)
        return Expr(f"({x.src} != 0)", BOOL)
    return x


def _arith(op: str, a, b) -> Expr:
    a, b = _numeric(a), _numeric(b)
    kind = FLOAT if FLOAT in (a.kind, b.kind) else INT
    nonneg = kind == INT and a.nonneg and b.nonneg and op in "+*"
    return Expr(f"({a.src} {op} {b.src})", kind, nonneg)


def _as_float(x: Expr) -> Expr:
    return x if x.kind == FLOAT else Expr(f"({x.src} * 1.0)", FLOAT)


def _truediv(a, b) -> Expr:
    a, b = _numeric(a), _numeric(b)
    if a.kind == INT and b.kind == INT:
        a = _as_float(a)
    return Expr(f"({a.src} / {b.src})", FLOAT)


def _floordiv(a, b) -> Expr:
    a, b = _numeric(a), _numeric(b)
    if FLOAT in (a.kind, b.kind):
        return Expr(f"floor({a.src} / {b.src})", FLOAT)
    if a.nonneg and b.nonneg:
        return Expr(f"({a.src} / {b.src})", INT, True)
    # Floor division from the spec's truncating one: one less when the
    # remainder is not 0 and the signs differ. (Written as a select of two
    # quotients: `c ? 1 : 0` canonicalises to arith.extui, which the CPU
    # code generator does not take.)
    quotient = f"({a.src} / {b.src})"
    return Expr(f"((({a.src} % {b.src} != 0) && {_signs_differ(a, b)}) ? "
                f"{quotient} - 1 : {quotient})", INT)


def _signs_differ(a: Expr, b: Expr) -> str:
    """A condition: a < 0 and b >= 0, or a >= 0 and b < 0 (b != 0)."""
    if b.nonneg:
        return f"({a.src} < 0)"
    return f"(({a.src} < 0) ? ({b.src} > 0) : ({b.src} < 0))"


def _mod(a, b) -> Expr:
    a, b = _numeric(a), _numeric(b)
    if FLOAT in (a.kind, b.kind):
        return Expr(f"({a.src} - floor({a.src} / {b.src}) * {b.src})",
                    FLOAT)
    if a.nonneg and b.nonneg:
        return Expr(f"({a.src} % {b.src})", INT, True)
    # Python's remainder takes the sign of the divisor.
    r = Expr(f"({a.src} % {b.src})", INT)
    return Expr(f"(({r.src} != 0 && {_signs_differ(r, b)}) ? "
                f"{r.src} + {b.src} : {r.src})", INT, b.nonneg)


def _pow(a, b) -> Expr:
    a, b = _numeric(a), _numeric(b)
    if b.kind == INT and b.src.isdigit() and 1 <= int(b.src) <= 4:
        # Small integer powers as products keep ints ints.
        return Expr("(" + " * ".join([a.src] * int(b.src)) + ")", a.kind,
                    a.nonneg)
    return Expr(f"pow({a.src}, {b.src})", FLOAT)


def _compare(op: str, a, b) -> Expr:
    a, b = lift(a), lift(b)
    if BOOL in (a.kind, b.kind) and a.kind != b.kind:
        a, b = _numeric(a), _numeric(b)
    if a.kind == BOOL and op not in ("==", "!="):
        a, b = _numeric(a), _numeric(b)
    return Expr(f"({a.src} {op} {b.src})", BOOL)


def logical(op: str, a, b) -> Expr:
    a, b = _boolean(a), _boolean(b)
    # and_masks / or_masks start from a constant: fold it away, so that
    # the mask stays a plain conjunction for the block-sparsity analysis.
    neutral, absorbing = ("true", "false") if op == "&&" else ("false",
                                                                "true")
    if a.src == neutral:
        return b
    if b.src == neutral:
        return a
    if absorbing in (a.src, b.src):
        return Expr(absorbing, BOOL)
    return Expr(f"({a.src} {op} {b.src})", BOOL)


def _bitwise(op: str, a, b) -> Expr:
    a, b = lift(a), lift(b)
    if a.kind == BOOL and b.kind == BOOL:
        if op == "^":
            return Expr(f"({a.src} != {b.src})", BOOL)
        return logical("&&" if op == "&" else "||", a, b)
    return _intop(op, a, b)


def _intop(op: str, a, b) -> Expr:
    a, b = _numeric(a), _numeric(b)
    if a.kind != INT or b.kind != INT:
        raise _fail(f"`{op}` on a float (it needs ints or booleans)")
    nonneg = a.nonneg and b.nonneg and op in ("&", "|", "^", ">>")
    return Expr(f"({a.src} {op} {b.src})", INT, nonneg)


_FLOAT_FUNCS = {"exp", "exp2", "expm1", "log", "log2", "log1p", "sqrt",
                "rsqrt", "floor", "ceil", "sin", "cos", "tanh", "erf",
                "sigmoid", "pow", "softcap"}


def call(fn: str, *args) -> Expr:
    """A call of one of the spec's functions."""
    xs = [_numeric(a) for a in args]
    if fn in _FLOAT_FUNCS:
        kind = FLOAT
    elif fn == "sign":
        kind = xs[0].kind
    else:  # abs, min, max keep ints as ints
        kind = FLOAT if any(x.kind == FLOAT for x in xs) else INT
    nonneg = kind == INT and (fn == "abs" or (
        fn == "max" and any(x.nonneg for x in xs)) or (
        fn == "min" and all(x.nonneg for x in xs)))
    return Expr(f"{fn}({', '.join(x.src for x in xs)})", kind, nonneg)


def where(condition, a, b) -> Expr:
    """``condition ? a : b`` (torch.where's element-wise select)."""
    c = _boolean(condition)
    a, b = lift(a), lift(b)
    if a.kind == BOOL and b.kind == BOOL:
        return Expr(f"({c.src} ? {a.src} : {b.src})", BOOL)
    a, b = _numeric(a), _numeric(b)
    kind = FLOAT if FLOAT in (a.kind, b.kind) else INT
    return Expr(f"({c.src} ? {a.src} : {b.src})", kind,
                kind == INT and a.nonneg and b.nonneg)


def clamp(x, min=None, max=None) -> Expr:
    x = _numeric(x)
    if min is not None:
        x = call("max", x, min)
    if max is not None:
        x = call("min", x, max)
    return x


def _cast(x, dtype) -> Expr:
    x = lift(x)
    name = str(dtype).replace("torch.", "")
    if dtype is builtins.float or name in ("float", "float32", "float16",
                                            "bfloat16", "float64", "double",
                                            "half"):
        return _as_float(_numeric(x))
    if dtype is builtins.bool or name == "bool":
        return _boolean(x)
    if dtype is builtins.int or name in ("int", "int32", "int64", "long",
                                          "int16", "int8", "uint8"):
        if x.kind == FLOAT:
            raise _fail("a float converted to an int",
                        "use floor()/ceil() and keep the value a float, or "
                        "do the arithmetic on ints")
        return _numeric(x)
    raise _fail(f"a conversion to {dtype}")


def _new_full(size, value, dtype) -> Expr:
    for s in size:
        if s not in ((), [], 1, (1,)):
            raise _fail(f"new_* with a size of {size} (only scalars)")
    if dtype is not None:
        return _cast(lift(value), dtype)
    return lift(value)


_UNARY: Dict[str, Callable[[Any], Expr]] = {
    name: (lambda x, _n=name: call(_n, x))
    for name in ("exp", "exp2", "expm1", "log", "log2", "log1p", "sqrt",
                 "rsqrt", "sign", "floor", "ceil", "sin", "cos", "tanh",
                 "erf", "sigmoid", "abs")
}
_UNARY["relu"] = lambda x: call("max", x, 0)
_UNARY["neg"] = _UNARY["negative"] = lambda x: -_numeric(x)
_UNARY["logical_not"] = lambda x: ~_boolean(x)
_UNARY["square"] = lambda x: _numeric(x) * _numeric(x)
_UNARY["expit"] = _UNARY["sigmoid"]
_add_unary_methods()


# ---------------------------------------------------------------------------
# torch functions on Exprs.


def _torch_table() -> Dict[Any, Callable[..., Expr]]:
    import torch

    def div(a, b, rounding_mode=None):
        if rounding_mode is None:
            return _truediv(a, b)
        if rounding_mode == "floor":
            return _floordiv(a, b)
        a, b = _numeric(a), _numeric(b)  # "trunc": the spec's own `/`
        if FLOAT in (a.kind, b.kind):
            q = _truediv(a, b)
            return where(q < 0, call("ceil", q), call("floor", q))
        return Expr(f"({a.src} / {b.src})", INT, a.nonneg and b.nonneg)

    def minmax(name):
        def f(a, b=None, *rest, **kw):
            if b is None or rest or kw or not isinstance(
                    b, (Expr, int, float)):
                raise _fail(f"torch.{name} as a reduction",
                            f"use torch.{name}imum(a, b)")
            return call(name, a, b)
        return f

    def fmod(a, b):
        a, b = _numeric(a), _numeric(b)
        if FLOAT in (a.kind, b.kind):
            q = _truediv(a, b)
            t = where(q < 0, call("ceil", q), call("floor", q))
            return a - t * b
        return Expr(f"({a.src} % {b.src})", INT, a.nonneg and b.nonneg)

    def full_like(x, value, dtype=None, **kw):
        return _new_full((), value, dtype)

    def ones_like(x, dtype=None, **kw):
        return _new_full((), 1 if lift(x).kind != FLOAT else 1.0, dtype)

    def zeros_like(x, dtype=None, **kw):
        return _new_full((), 0 if lift(x).kind != FLOAT else 0.0, dtype)

    def getitem(tensor, index):
        return _index_tensor(tensor, index)

    T = torch.Tensor
    table: Dict[Any, Callable[..., Expr]] = {
        torch.where: lambda c, a, b: where(c, a, b),
        T.where: lambda self, c, other: where(c, self, other),
        torch.clamp: lambda x, min=None, max=None: clamp(x, min, max),
        torch.clip: lambda x, min=None, max=None: clamp(x, min, max),
        torch.minimum: lambda a, b: call("min", a, b),
        torch.maximum: lambda a, b: call("max", a, b),
        torch.min: minmax("min"),
        torch.max: minmax("max"),
        torch.pow: _pow,
        torch.float_power: lambda a, b: call("pow", a, b),
        torch.add: lambda a, b, alpha=1: _arith(
            "+", a, b if alpha == 1 else _arith("*", b, alpha)),
        torch.sub: lambda a, b, alpha=1: _arith(
            "-", a, b if alpha == 1 else _arith("*", b, alpha)),
        torch.subtract: lambda a, b: _arith("-", a, b),
        torch.mul: lambda a, b: _arith("*", a, b),
        torch.multiply: lambda a, b: _arith("*", a, b),
        torch.div: div,
        torch.divide: div,
        torch.true_divide: _truediv,
        torch.floor_divide: _floordiv,
        torch.remainder: _mod,
        torch.fmod: fmod,
        torch.eq: lambda a, b: _compare("==", a, b),
        torch.ne: lambda a, b: _compare("!=", a, b),
        torch.lt: lambda a, b: _compare("<", a, b),
        torch.le: lambda a, b: _compare("<=", a, b),
        torch.gt: lambda a, b: _compare(">", a, b),
        torch.ge: lambda a, b: _compare(">=", a, b),
        torch.logical_and: lambda a, b: logical("&&", a, b),
        torch.logical_or: lambda a, b: logical("||", a, b),
        torch.logical_xor: lambda a, b: _compare("!=", _boolean(a),
                                                 _boolean(b)),
        torch.logical_not: lambda a: ~_boolean(a),
        torch.bitwise_and: lambda a, b: _bitwise("&", a, b),
        torch.bitwise_or: lambda a, b: _bitwise("|", a, b),
        torch.bitwise_xor: lambda a, b: _bitwise("^", a, b),
        torch.bitwise_not: lambda a: ~lift(a),
        torch.full_like: full_like,
        torch.ones_like: ones_like,
        torch.zeros_like: zeros_like,
        torch.nn.functional.relu: lambda x, inplace=False: call("max", x, 0),
        torch.special.expit: lambda x: call("sigmoid", x),
        torch.special.erf: lambda x: call("erf", x),
        torch.special.exp2: lambda x: call("exp2", x),
        torch.special.expm1: lambda x: call("expm1", x),
        torch.special.log1p: lambda x: call("log1p", x),
        torch.nn.functional.sigmoid: lambda x: call("sigmoid", x),
        torch.sigmoid: lambda x: call("sigmoid", x),
        torch.square: _UNARY["square"],
        torch.neg: _UNARY["neg"],
        torch.negative: _UNARY["neg"],
        torch.relu: _UNARY["relu"],
        T.__getitem__: getitem,
    }
    for name in ("exp", "exp2", "expm1", "log", "log2", "log1p", "sqrt",
                 "rsqrt", "sign", "floor", "ceil", "sin", "cos", "tanh",
                 "erf", "abs"):
        table[getattr(torch, name)] = _UNARY[name]
    # Operators and methods of a torch scalar tensor applied to an Expr.
    for name, op in (("add", "+"), ("sub", "-"), ("mul", "*")):
        table[getattr(T, f"__{name}__")] = (
            lambda a, b, _op=op: _arith(_op, a, b))
        table[getattr(T, f"__r{name}__")] = (
            lambda a, b, _op=op: _arith(_op, b, a))
    table[T.__truediv__] = _truediv
    table[T.__rtruediv__] = lambda a, b: _truediv(b, a)
    table[T.__floordiv__] = _floordiv
    table[T.__rfloordiv__] = lambda a, b: _floordiv(b, a)
    table[T.__mod__] = _mod
    table[T.__rmod__] = lambda a, b: _mod(b, a)
    table[T.__pow__] = _pow
    table[T.__rpow__] = lambda a, b: _pow(b, a)
    table[T.__and__] = lambda a, b: _bitwise("&", a, b)
    table[T.__rand__] = lambda a, b: _bitwise("&", b, a)
    table[T.__or__] = lambda a, b: _bitwise("|", a, b)
    table[T.__ror__] = lambda a, b: _bitwise("|", b, a)
    table[T.__xor__] = lambda a, b: _bitwise("^", a, b)
    table[T.__rxor__] = lambda a, b: _bitwise("^", b, a)
    for name, op in (("eq", "=="), ("ne", "!="), ("lt", "<"), ("le", "<="),
                     ("gt", ">"), ("ge", ">=")):
        table[getattr(T, f"__{name}__")] = (
            lambda a, b, _op=op: _compare(_op, a, b))
    return table


_TORCH_TABLE: Optional[Dict[Any, Callable[..., Expr]]] = None


def _torch_function(func, args, kwargs):
    global _TORCH_TABLE
    if _TORCH_TABLE is None:
        _TORCH_TABLE = _torch_table()
    impl = _TORCH_TABLE.get(func)
    if impl is None:
        name = getattr(func, "__qualname__", None) or getattr(
            func, "__name__", repr(func))
        module = getattr(func, "__module__", None) or "torch"
        if module.startswith("torch._C"):
            module = "torch"
        raise _fail(f"the unsupported operation {module}.{name}",
                    "attc supports arithmetic, comparisons, &/|/~, where, "
                    "clamp, minimum/maximum and the math functions of "
                    "SPEC.md")
    try:
        return impl(*args, **kwargs)
    except TraceError:
        raise
    except TypeError as e:
        raise _fail(f"{getattr(func, '__name__', func)} with these "
                    f"arguments ({e})")


# ---------------------------------------------------------------------------
# Captured tensors and declared inputs.


_DTYPES = {
    "float32": "f32", "float16": "f16", "bfloat16": "bf16", "int32": "i32",
    "int64": "i64", "bool": "bool",
}
# Captured dtypes that the spec has no type for, and what they become.
_CONVERTED = {"float64": "f32", "int16": "i32", "int8": "i32",
              "uint8": "i32"}


def _dtype_name(array) -> str:
    return str(array.dtype).replace("torch.", "")


def _is_tensor(x) -> bool:
    """A NumPy array or a torch tensor of rank >= 1 (rank 0 is a value)."""
    t = type(x)
    if t.__module__ == "numpy" and t.__name__ == "ndarray":
        return x.ndim >= 1
    if "torch" in sys.modules and isinstance(x, sys.modules["torch"].Tensor):
        return x.dim() >= 1
    return False


class Input:
    """A declared input of a spec: a tensor bound by name at every call.

    ``slopes = attc.Input("slopes", "f32", ["Hq"])`` can be indexed inside
    a traced function (``slopes[h]``) like a captured tensor; the kernel
    then takes it as ``kern(q, k, v, slopes=t)``. Shapes are dim names
    (``B``, ``Hq``, ``Hkv``, ``Lq``, ``Lk``, ``D``, ``Dv``) and integers.
    """

    def __init__(self, name: str, dtype: str = "f32",
                 shape: Tuple[Any, ...] = ()):
        if dtype not in _DTYPES.values():
            raise ValueError(f"attc.Input '{name}': unknown dtype '{dtype}' "
                             "(expected f32, f16, bf16, i32, i64 or bool)")
        self.name = name
        self.dtype = dtype
        self.shape = list(shape)

    def __repr__(self):
        return f"attc.Input({self.name!r}, {self.dtype!r}, {self.shape!r})"

    def __getitem__(self, index):
        tracer = Tracer.current
        if tracer is not None:
            known = tracer.inputs.get(self.name)
            if known is None:
                if self.name in tracer.reserved:
                    raise _fail(f"the input '{self.name}', whose name clashes "
                                "with a variable, dim, const or function")
                tracer.declare(self.name, self.declaration())
            elif known != self.declaration():
                raise _fail(f"the input '{self.name}' declared twice, "
                            f"as {known} and as {self.declaration()}")
        return _index_declared(self.name, self.dtype, len(self.shape), index)

    def declaration(self) -> Dict[str, Any]:
        return {"dtype": self.dtype, "shape": list(self.shape)}


def _index_declared(name: str, dtype: str, rank: int, index) -> Expr:
    if not isinstance(index, tuple):
        index = (index,)
    if len(index) != rank:
        raise _fail(f"'{name}' indexed with {len(index)} indices "
                    f"(it has {rank} dimensions)",
                    "give one index per dimension")
    parts = []
    for i in index:
        if isinstance(i, (slice, type(Ellipsis))) or i is None:
            raise _fail(f"slicing '{name}'",
                        "only one integer index per dimension")
        e = _numeric(i)
        if e.kind != INT:
            raise _fail(f"'{name}' indexed with a float")
        parts.append(e.src)
    kind = BOOL if dtype == "bool" else INT if dtype.startswith("i") \
        else FLOAT
    return Expr(f"{name}[{', '.join(parts)}]", kind)


class _Captured:
    """Stands in for a captured tensor while a function is traced."""

    def __init__(self, tracer: "Tracer", name: str, array):
        self._attc_tracer = tracer
        self._attc_name = name
        self._attc_array = array

    def __getitem__(self, index):
        name = self._attc_tracer.bind(self._attc_name, self._attc_array)
        a = self._attc_array
        return _index_declared(name, self._attc_tracer.inputs[name]["dtype"],
                               len(a.shape), index)

    def __getattr__(self, attr):
        return getattr(self._attc_array, attr)

    def __len__(self):
        return len(self._attc_array)

    def __torch_function__(self, func, types, args=(), kwargs=None):
        raise _fail(f"{getattr(func, '__name__', func)} on the captured "
                    f"tensor '{self._attc_name}'",
                    "captured tensors can only be indexed")

    def __array__(self, *args, **kwargs):
        raise _fail(f"the captured tensor '{self._attc_name}' used as an "
                    "array", "captured tensors can only be indexed")


def _index_tensor(tensor, index) -> Expr:
    """A torch tensor indexed by an Expr that the rebinding did not see
    (reached through an attribute, say): it becomes an input too."""
    tracer = Tracer.current
    if tracer is None:
        raise _fail("indexing a tensor with a traced value outside a trace")
    name = tracer.bind(None, tensor)
    return _index_declared(name, tracer.inputs[name]["dtype"],
                           tensor.dim(), index)


class Tracer:
    """Traces the functions of one spec, collecting the inputs they use."""

    current: Optional["Tracer"] = None

    def __init__(self, reserved):
        self.reserved = set(reserved)  # names an input may not take
        self.inputs: Dict[str, Dict[str, Any]] = {}  # name -> declaration
        self.bound: Dict[str, Any] = {}  # name -> captured array
        self._names_by_id: Dict[int, str] = {}
        self._rebound: Dict[int, Any] = {}

    # Inputs.
    def declare(self, name: str, declaration: Dict[str, Any]) -> None:
        self.inputs[name] = declaration

    def bind(self, name: Optional[str], array) -> str:
        """The input name of captured `array` (declaring it first)."""
        known = self._names_by_id.get(id(array))
        if known is not None:
            return known
        base = name or "input"
        if base in self.reserved or not base.isidentifier():
            base = f"{base}_in" if base.isidentifier() else "input"
        unique, n = base, 1
        while unique in self.inputs:
            n += 1
            unique = f"{base}{n}"
        dtype_name = _dtype_name(array)
        dtype = _DTYPES.get(dtype_name) or _CONVERTED.get(dtype_name)
        if dtype is None:
            raise _fail(f"the captured tensor '{base}' of dtype "
                        f"{dtype_name}", "attc inputs are f32, f16, bf16, "
                        "i32, i64 or bool")
        value = array
        if dtype_name in _CONVERTED:  # a copy, made once
            value = _convert(array, dtype)
        self.inputs[unique] = {"dtype": dtype,
                               "shape": [int(s) for s in array.shape]}
        self.bound[unique] = value
        self._names_by_id[id(array)] = unique
        return unique

    # Functions.
    def rebind(self, fn):
        """`fn` with the tensors it captures replaced by stand-ins (and
        the functions it captures rebound the same way)."""
        if not isinstance(fn, types.FunctionType):
            return fn
        done = self._rebound.get(id(fn))
        if done is not None:
            return done
        code = fn.__code__
        closure = None
        if fn.__closure__:
            cells = []
            for var, cell in zip(code.co_freevars, fn.__closure__):
                try:
                    value = cell.cell_contents
                except ValueError:  # an empty cell
                    cells.append(cell)
                    continue
                cells.append(types.CellType(self._stand_in(var, value)))
            closure = tuple(cells)
        names = set()
        _global_names(code, names)
        fn_globals = fn.__globals__
        replaced = {}
        for var in names:
            if var in fn_globals:
                value = fn_globals[var]
                new = self._stand_in(var, value)
                if new is not value:
                    replaced[var] = new
        if replaced:
            fn_globals = dict(fn_globals)
            fn_globals.update(replaced)
        defaults = fn.__defaults__
        if defaults:
            args = code.co_varnames[:code.co_argcount]
            defaults = tuple(
                self._stand_in(args[len(args) - len(defaults) + i], d)
                for i, d in enumerate(defaults))
        new_fn = types.FunctionType(code, fn_globals, fn.__name__, defaults,
                                    closure)
        new_fn.__kwdefaults__ = fn.__kwdefaults__
        self._rebound[id(fn)] = new_fn
        return new_fn

    def _stand_in(self, var: str, value):
        if _is_tensor(value):
            return _Captured(self, var, value)
        if isinstance(value, types.FunctionType):
            return self.rebind(value)
        if isinstance(value, (tuple, list)) and value and all(
                isinstance(v, types.FunctionType) or _is_tensor(v)
                for v in value):
            return type(value)(self._stand_in(var, v) for v in value)
        return value

    def trace(self, fn, args, what: str) -> Expr:
        """Calls the rebound `fn` on symbolic `args`."""
        previous, Tracer.current = Tracer.current, self
        try:
            result = self.rebind(fn)(*args)
        finally:
            Tracer.current = previous
        if result is None:
            raise TraceError(f"attc: the {what} function "
                             f"{getattr(fn, '__name__', fn)} returned None")
        return lift(result)


def _global_names(code: types.CodeType, names: set) -> None:
    names.update(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            _global_names(const, names)


def _convert(array, dtype: str):
    if hasattr(array, "detach"):  # torch
        import torch
        return array.detach().to(torch.float32 if dtype == "f32"
                                 else torch.int32)
    import numpy as np
    return array.astype(np.float32 if dtype == "f32" else np.int32)
