"""attc.Spec and attc.spec(): specs from files, JSON, dicts and Python
functions."""

from __future__ import annotations

import copy
import inspect
import json
import os
import re
import threading
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, \
    Tuple, Union

from . import _attc
from ._trace import BOOL, FLOAT, INT, Expr, Input, TraceError, Tracer, \
    _is_tensor

__all__ = ["Spec", "spec"]

DIM_NAMES = ("B", "Hq", "Hkv", "Lq", "Lk", "D", "Dv")
_VARIABLES = ("s", "b", "h", "hk", "q", "k", "d", "o")
_FUNCTIONS = ("exp", "exp2", "expm1", "log", "log2", "log1p", "sqrt",
              "rsqrt", "abs", "sign", "min", "max", "floor", "ceil", "sin",
              "cos", "tanh", "erf", "sigmoid", "pow", "softcap", "select",
              "true", "false", "inf")


class Spec:
    """A parsed, verified attention spec (see SPEC.md).

    Make one with :meth:`from_file`, :meth:`from_json`, :meth:`from_dict`,
    :meth:`from_mlir` or :func:`attc.spec`; compile it with
    :func:`attc.jit`. Attributes (read-only): ``name``, ``dtype``,
    ``layout``, ``dims`` (dim name to size, ``None`` when given at run
    time), ``inputs`` (input name to ``{"dtype", "shape"}``, in declaration
    order), ``outputs``, ``bound`` (input name to the tensor a traced
    function captured, bound at every call) and ``source`` (the JSON
    dict, when the spec came from one).
    """

    def __init__(self, handle: "_attc.SpecHandle",
                 source: Optional[Dict[str, Any]] = None,
                 bound: Optional[Dict[str, Any]] = None,
                 auto_dtype: bool = False):
        self._handle = handle
        self._source = source
        self.bound: Dict[str, Any] = dict(bound or {})
        # A spec from Python functions without a dtype follows the dtype
        # of the tensors it is called on.
        self.auto_dtype = auto_dtype
        info = json.loads(handle.info)
        self.name: str = info["name"]
        self.dtype: str = info["dtype"]
        self.layout: str = info["layout"]
        self.dims: Dict[str, Optional[int]] = info["dims"]
        self.inputs: Dict[str, Dict[str, Any]] = {
            i["name"]: {"dtype": i["dtype"], "shape": i["shape"]}
            for i in info["inputs"]}
        self.outputs: List[str] = info["outputs"]
        self._info = info
        self._variants: Dict[Tuple[str, Tuple[str, ...]], Spec] = {}
        self._lock = threading.Lock()

    # Constructors.
    @classmethod
    def from_file(cls, path: Union[str, "os.PathLike[str]"]) -> "Spec":
        """Reads a ``.attn.json`` or ``.mlir`` spec file."""
        path = os.fspath(path)
        handle = _attc.SpecHandle.from_file(path)
        source = None
        if not path.endswith(".mlir"):
            try:
                with open(path, encoding="utf-8") as f:
                    source = json.load(f)
            except (OSError, ValueError):
                source = None
        return cls(handle, source)

    @classmethod
    def from_json(cls, text: str, name: str = "<json>") -> "Spec":
        """Parses a JSON spec; `name` names it in error messages."""
        if not isinstance(text, str):
            raise TypeError("attc.Spec.from_json: text must be a str, got "
                            f"{type(text).__name__}")
        handle = _attc.SpecHandle.from_json(text, name)
        try:
            source = json.loads(text)
        except ValueError:
            source = None
        return cls(handle, source if isinstance(source, dict) else None)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Spec":
        """A spec from a dict of the JSON form (``"attc": 1`` may be left
        out)."""
        if not isinstance(d, Mapping):
            raise TypeError("attc.Spec.from_dict: expected a dict, got "
                            f"{type(d).__name__}")
        d = dict(d)
        d.setdefault("attc", 1)
        try:
            text = json.dumps(d, allow_nan=False)
        except (TypeError, ValueError) as e:
            raise TypeError(f"attc.Spec.from_dict: not JSON-serialisable: "
                            f"{e}") from None
        return cls(_attc.SpecHandle.from_json(text, "<dict>"), d)

    @classmethod
    def from_mlir(cls, text: str, name: str = "<mlir>") -> "Spec":
        """Parses a spec written in the attn dialect."""
        return cls(_attc.SpecHandle.from_mlir(text, name))

    # Views.
    @property
    def ir(self) -> str:
        """The spec as printed attn IR."""
        return self._handle.ir

    @property
    def source(self) -> Optional[Dict[str, Any]]:
        """The JSON form as a dict (a copy), or None for an .mlir spec."""
        return copy.deepcopy(self._source)

    def to_json(self) -> str:
        """The JSON form (ValueError for a spec written in MLIR)."""
        if self._source is None:
            raise ValueError(f"spec '{self.name}' was written in MLIR and "
                             "has no JSON form")
        return json.dumps(self._source, indent=2)

    def __repr__(self) -> str:
        dims = ", ".join(f"{k}={'?' if v is None else v}"
                         for k, v in self.dims.items())
        return (f"attc.Spec({self.name!r}, dtype={self.dtype}, "
                f"layout={self.layout}, dims=({dims}), "
                f"inputs={list(self.inputs)}, outputs={self.outputs})")

    def with_overrides(self, dtype: Optional[str] = None,
                       layout: Optional[str] = None) -> "Spec":
        """The same spec with another dtype (``"f32"``, ``"f16"``,
        ``"bf16"``) and/or layout (``"bhsd"``, ``"bshd"``)."""
        handle = self._handle.with_overrides(dtype or "", layout or "")
        source = None
        if self._source is not None:
            source = copy.deepcopy(self._source)
            if dtype:
                source["dtype"] = dtype
            if layout:
                source["layout"] = layout
        return Spec(handle, source, self.bound, auto_dtype=False)

    def variant(self, dtype: Optional[str] = None,
                outputs: Optional[Sequence[str]] = None) -> "Spec":
        """This spec for tensors of `dtype` (an auto-dtype spec only;
        None keeps it) and with `outputs` among its outputs (added to a
        spec from JSON when missing); cached."""
        want = tuple(outputs or ())
        key = (dtype or self.dtype, want)
        with self._lock:
            cached = self._variants.get(key)
        if cached is not None:
            return cached
        result = self
        missing = [o for o in want if o not in self.outputs]
        if missing:
            if self._source is None:
                raise ValueError(
                    f"spec '{self.name}' does not list {missing[0]!r} among "
                    f"its outputs ({', '.join(self.outputs)})")
            source = copy.deepcopy(self._source)
            source["outputs"] = list(self.outputs) + missing
            result = Spec(_attc.SpecHandle.from_json(
                json.dumps(source), self.name), source, self.bound,
                self.auto_dtype)
        if dtype and dtype != result.dtype and self.auto_dtype:
            source = None if result._source is None else dict(
                result._source, dtype=dtype)
            result = Spec(result._handle.with_overrides(dtype, ""), source,
                          self.bound, auto_dtype=False)
        with self._lock:
            self._variants[key] = result
        return result


# ---------------------------------------------------------------------------
# attc.spec(): a spec from Python functions.

_SYMBOLS = {
    "s": Expr("s", FLOAT), "b": Expr("b", INT, True),
    "h": Expr("h", INT, True), "hk": Expr("hk", INT, True),
    "q": Expr("q", INT, True), "k": Expr("k", INT, True),
    "d": Expr("d", INT, True), "o": Expr("o", FLOAT),
}


def _arity(fn: Callable, most: int) -> int:
    """How many positional arguments `fn` takes (at most `most`)."""
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return most
    n = 0
    for p in params:
        if p.kind == p.VAR_POSITIONAL:
            return most
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and \
                p.default is p.empty:
            n += 1
    return min(n, most)


def _trace_stage(tracer: Tracer, fn, variables: Sequence[str], what: str,
                 want: str, exact: bool = True) -> str:
    """The expression text of one stage: a string passes through, a
    number becomes a literal, a function is traced on `variables`."""
    if isinstance(fn, str):
        return fn
    if isinstance(fn, Expr):
        return fn.src
    if not callable(fn):
        if isinstance(fn, (bool, int, float)):
            result = Expr(str(fn).lower(), BOOL) if isinstance(fn, bool) \
                else Expr(repr(fn), FLOAT if isinstance(fn, float) else INT)
        else:
            raise TypeError(f"attc.spec: {what} must be a function, an "
                            "expression string or a number, got "
                            f"{type(fn).__name__}")
    else:
        n = len(variables) if exact else _arity(fn, len(variables))
        result = tracer.trace(fn, [_SYMBOLS[v] for v in variables[:n]],
                              what)
    if want == BOOL and result.kind != BOOL:
        raise TraceError(f"attc: the {what} function "
                         f"{getattr(fn, '__name__', fn)} returned a "
                         f"{result.kind}, not a boolean")
    if want == FLOAT and result.kind == BOOL:
        raise TraceError(f"attc: the {what} function "
                         f"{getattr(fn, '__name__', fn)} returned a "
                         "boolean, not a number")
    return result.src


def _default_name(*fns) -> str:
    parts = []
    for fn in fns:
        name = getattr(fn, "__name__", None)
        if callable(fn) and name and name != "<lambda>":
            parts.append(name)
    name = re.sub(r"[^A-Za-z0-9_]", "_", "_".join(parts)) or "python_spec"
    return name if re.match(r"[A-Za-z_]", name) else f"spec_{name}"


def spec(score: Union[Callable, str, None] = None,
         mask: Union[Callable, str, None] = None,
         normalize: Union[str, Dict[str, Any]] = "softmax", *,
         dims: Optional[Mapping[str, Union[int, str]]] = None,
         inputs: Optional[Mapping[str, Any]] = None,
         consts: Optional[Mapping[str, Union[int, float]]] = None,
         scale: Union[float, str, None] = None,
         epilogue: Union[Callable, str, None] = None,
         outputs: Sequence[str] = ("o",),
         dtype: Optional[str] = None,
         layout: str = "bhsd",
         name: Optional[str] = None) -> Spec:
    """A spec from Python functions, FlexAttention style.

    ``score(s, b, h, q, k)`` returns the modified logit of raw score `s`
    for batch `b`, query head `h`, query position `q` and key position `k`
    (FlexAttention's ``score_mod``); ``mask(b, h, q, k)`` returns whether
    the pair exists (``mask_mod``). Both are called once with symbolic
    arguments and may use arithmetic, comparisons, ``&``/``|``/``~``,
    ``torch.where``/:func:`attc.where`, ``torch.tanh``/``exp``/... (or
    the ``attc.`` functions) and index tensors: a tensor that a function
    captures becomes an input of the spec, bound at every call. Either
    may instead be a spec expression string.

    `normalize` is ``"softmax"``, ``"sigmoid"``, ``"none"`` or a dict as
    in SPEC.md, whose ``sink`` (``fn(b, h[, q])``), ``bias`` and relu
    ``scale`` (``fn(b, h, q, k)``, fewer arguments allowed) may be
    functions. ``epilogue(o, b, h, q, d)`` gives the stored output.
    `inputs` declares more inputs: name to a tensor (bound at every call),
    an :class:`attc.Input` or a ``{"dtype", "shape"}`` dict (passed by
    name at the call). `dims` fixes sizes (all are given by the call's
    tensors otherwise; Hkv and Dv too, so GQA and Dv != D need no
    declaration). Without `dtype` the kernel follows its tensors' dtype.
    """
    consts = dict(consts or {})
    reserved = set(_VARIABLES) | set(DIM_NAMES) | set(consts) | set(
        _FUNCTIONS)
    tracer = Tracer(reserved)
    for input_name, value in (inputs or {}).items():
        if input_name in reserved:
            raise ValueError(f"attc.spec: input '{input_name}' clashes with "
                             "a variable, dim, const or function name")
        if isinstance(value, Input):
            tracer.declare(input_name, value.declaration())
        elif isinstance(value, Mapping):
            tracer.declare(input_name, dict(value))
        elif _is_tensor(value):
            if tracer.bind(input_name, value) != input_name:
                raise ValueError(f"attc.spec: input '{input_name}' is the "
                                 "same tensor as another input")
        else:
            raise TypeError(f"attc.spec: input '{input_name}' must be a "
                            "tensor, an attc.Input or a {'dtype', 'shape'} "
                            f"dict, got {type(value).__name__}")

    d: Dict[str, Any] = {"attc": 1,
                         "name": name or _default_name(score, mask)}
    if dtype is not None:
        d["dtype"] = dtype
    d["layout"] = layout
    all_dims: Dict[str, Union[int, str]] = {"Hkv": "?", "Dv": "?"}
    all_dims.update(dims or {})
    d["dims"] = all_dims
    if scale is not None:
        d["scale"] = scale
    if consts:
        d["consts"] = consts
    if score is not None:
        d["score"] = _trace_stage(tracer, score, "sbhqk", "score", FLOAT)
    if mask is not None:
        d["mask"] = _trace_stage(tracer, mask, "bhqk", "mask", BOOL)
    d["normalize"] = _normalize(tracer, normalize)
    if epilogue is not None:
        d["epilogue"] = _trace_stage(tracer, epilogue,
                                     ("o", "b", "h", "q", "d"), "epilogue",
                                     FLOAT, exact=False)
    d["outputs"] = list(outputs)
    if tracer.inputs:
        d["inputs"] = tracer.inputs
    result = Spec(_attc.SpecHandle.from_json(json.dumps(d), d["name"]), d,
                  tracer.bound, auto_dtype=dtype is None)
    return result


def _normalize(tracer: Tracer, normalize) -> Any:
    if isinstance(normalize, str):
        return normalize
    if not isinstance(normalize, Mapping) or len(normalize) != 1:
        raise TypeError("attc.spec: normalize must be a string or a "
                        "one-key dict such as {'softmax': {'sink': ...}}")
    (kind, options), = normalize.items()
    if options is None:
        return {kind: None}
    if not isinstance(options, Mapping):
        raise TypeError(f"attc.spec: normalize '{kind}' options must be a "
                        "dict")
    out = {}
    for key, value in options.items():
        if key == "sink" and (callable(value) or isinstance(value, Expr)):
            out[key] = _trace_stage(tracer, value, ("b", "h", "q"), "sink",
                                    FLOAT, exact=False)
        elif key in ("bias", "scale") and (callable(value) or
                                           isinstance(value, Expr)):
            out[key] = _trace_stage(tracer, value, ("b", "h", "q", "k"),
                                    key, FLOAT, exact=False)
        else:
            out[key] = value
    return {kind: out}
