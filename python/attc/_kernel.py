"""attc.jit(), attc.Kernel and attc.reference(): running specs on NumPy
arrays and PyTorch tensors."""

from __future__ import annotations

import itertools
import os
import sys
import threading
import weakref
from typing import Any, Dict, Optional, Tuple, Union

import numpy as np

from . import _attc
from ._spec import Spec

__all__ = ["Kernel", "jit", "reference"]

# q's dtype (a NumPy or torch dtype object) -> the spec dtype it selects.
_SPEC_DTYPES: Dict[Any, str] = {
    np.dtype(np.float32): "f32", np.dtype(np.float16): "f16",
}

# Kernels by id, for the torch custom op (which can only take an int).
_KERNELS: "weakref.WeakValueDictionary[int, Kernel]" = \
    weakref.WeakValueDictionary()
_NEXT_ID = itertools.count(1)

_torch = None  # the torch module, once it is imported anywhere
_to_dlpack = None  # torch's tensor -> DLPack capsule


def _get_torch():
    """torch if the process has imported it (attc never imports it
    first), registering attc's custom op on first sight."""
    global _torch
    if _torch is None and "torch" in sys.modules:
        import torch
        from . import _torch_op
        _torch_op.register()
        _SPEC_DTYPES.update({torch.float32: "f32", torch.float16: "f16",
                             torch.bfloat16: "bf16"})
        global _to_dlpack
        # A capsule straight from torch's C++ (Tensor.__dlpack__ runs
        # Python-level checks that cost several times more).
        _to_dlpack = torch.utils.dlpack.to_dlpack
        _torch = torch
    return _torch


def _kind_error(name: str, x) -> TypeError:
    return TypeError(f"tensor '{name}' must be a NumPy array or a PyTorch "
                     f"tensor, got {type(x).__name__}")


def _check_rank(q, k, v) -> None:
    for name, x in (("q", q), ("k", k), ("v", v)):
        shape = getattr(x, "shape", None)
        if shape is None:
            raise _kind_error(name, x)
        if len(shape) != 4:
            raise ValueError(f"tensor '{name}' must have rank 4, got "
                             f"{len(shape)}")


def _check_device(target: str, *tensors) -> None:
    names = ("q", "k", "v")
    for i, t in enumerate(tensors):
        device = getattr(t, "device", None)
        if device is not None and getattr(device, "type", "cpu") != "cpu":
            name = names[i] if i < 3 else "an input"
            raise ValueError(f"tensor '{name}' is on device {device}, but "
                             f"the {target} target needs CPU tensors")


class _Variant:
    """One compiled kernel: a spec for one dtype and set of outputs."""

    __slots__ = ("spec", "handle", "outputs")

    def __init__(self, spec: Spec, target: str, tile_q: int, tile_k: int,
                 cache_dir: str, outputs: Tuple[str, ...],
                 backward: bool = False):
        self.spec = spec
        self.outputs = outputs
        self.handle = _attc.KernelHandle(
            spec._handle, target, tile_q, tile_k, cache_dir,
            ["q", "k", "v", *spec.inputs], list(outputs), backward)


class Kernel:
    """A spec compiled for a target: call it on q, k, v (and inputs).

    ``o = kern(q, k, v, **inputs)``; ``o, lse = kern(q, k, v,
    return_lse=True)``; ``return_max=True`` adds the row max. q, k, v are
    NumPy arrays or PyTorch tensors in the spec's layout
    (``bhsd``: [B, H, L, D]; ``bshd``: [B, L, H, D]) with any strides; they
    are read in place through DLPack and the outputs have the kind of q
    (lse and max are float32 [B, Hq, Lq], [B, Lq, Hq] for bshd). Inputs
    that the spec's functions captured are bound unless given by name.
    `out` (and `lse_out`) may give the output tensors to write. The GIL is
    released while the kernel runs. A wrong shape, dtype, layout or device
    raises ValueError/TypeError with the library's one-line message.

    Under ``torch.compile`` the call is the custom op ``attc::attention``
    (with a fake implementation), so graphs do not break and changing B,
    Lq or Lk does not recompile. When q, k, v or a float input requires
    grad, the call is recorded by autograd: ``loss.backward()`` runs attc's
    backward (compiled on first use) and gives their gradients, also
    through lse when the loss reads it; max has none.
    """

    def __init__(self, spec: Spec, target: str = "cpu", *,
                 tile_q: int = 0, tile_k: int = 0,
                 cache_dir: Optional[str] = None, num_threads: int = 0):
        if not isinstance(spec, Spec):
            raise TypeError("attc.jit: spec must be an attc.Spec, got "
                            f"{type(spec).__name__}")
        if not isinstance(target, str):
            raise TypeError("attc.jit: target must be a str such as 'cpu'")
        if not isinstance(num_threads, int) or num_threads < 0:
            raise ValueError("attc.jit: num_threads must be an int >= 0")
        self.spec = spec
        self.target = target
        self.num_threads = num_threads
        self._options = (target, int(tile_q), int(tile_k),
                         os.fspath(cache_dir) if cache_dir else "")
        self._lock = threading.Lock()
        self._variants: Dict[Tuple[str, Tuple[str, ...], bool],
                             _Variant] = {}
        # (q.dtype, return_lse, return_max, backward) -> _Variant, the fast
        # path.
        self._by_call: Dict[Tuple[Any, bool, bool, bool], _Variant] = {}
        # What the backward needs: lse saved (softmax), o saved when no
        # epilogue changes it.
        self._has_lse = bool(spec._info.get("has_lse", True))
        self._has_epilogue = bool(spec._info.get("has_epilogue", True))
        self._input_names = tuple(spec.inputs)
        self._bound = tuple(spec.bound.get(n) for n in self._input_names)
        self._all_bound = all(b is not None for b in self._bound)
        self._bound_torch: Optional[Tuple[Any, ...]] = None
        # Compile the spec as given now, so that errors show at jit().
        self._default = self._variant(spec.dtype, ("o",))
        self.id = next(_NEXT_ID)
        _KERNELS[self.id] = self
        _get_torch()

    def __repr__(self) -> str:
        return f"attc.Kernel({self.spec.name!r}, target={self.target!r})"

    @property
    def object_path(self) -> str:
        """The compiled shared object of the spec as given."""
        return self._default.handle.object_path

    @property
    def from_cache(self) -> bool:
        """Whether that object came from the JIT cache."""
        return self._default.handle.from_cache

    # Compiled variants.
    def _variant(self, dtype: str, outputs: Tuple[str, ...],
                 backward: bool = False) -> _Variant:
        key = (dtype, outputs, backward)
        with self._lock:
            found = self._variants.get(key)
        if found is None:
            spec = self.spec.variant(dtype if self.spec.auto_dtype else None,
                                     [o for o in outputs if o != "o"])
            found = _Variant(spec, *self._options, outputs=outputs,
                             backward=backward)
            with self._lock:
                found = self._variants.setdefault(key, found)
        return found

    def _select(self, q, return_lse: bool, return_max: bool,
                backward: bool = False) -> _Variant:
        dtype = _SPEC_DTYPES.get(q.dtype) if self.spec.auto_dtype else None
        outputs = ("o",) + (("lse",) if return_lse else ()) + \
            (("max",) if return_max else ())
        variant = self._variant(dtype or self.spec.dtype, outputs, backward)
        self._by_call[(q.dtype, return_lse, return_max, backward)] = variant
        return variant

    def _needs_grad(self, q, k, v, inputs: Dict[str, Any]) -> bool:
        """Whether autograd must record a call on these tensors."""
        torch = _torch
        if not torch.is_grad_enabled():
            return False
        values = self._bound if self._all_bound and not inputs else \
            self._inputs(inputs)
        return any(getattr(x, "requires_grad", False)
                   for x in (q, k, v, *values))

    def _inputs(self, given: Dict[str, Any]) -> Tuple[Any, ...]:
        """The spec's inputs in declaration order: given, else bound."""
        for name in given:
            if name not in self.spec.inputs:
                known = ", ".join(self._input_names) or "none"
                raise TypeError(f"unknown input '{name}' for spec "
                                f"'{self.spec.name}' (its inputs: {known})")
        values = []
        for name, bound in zip(self._input_names, self._bound):
            value = given.get(name, bound)
            if value is None:
                d = self.spec.inputs[name]
                raise TypeError(
                    f"missing input tensor '{name}' ({d['dtype']} "
                    f"{d['shape']}, declared by the spec)")
            values.append(value)
        return tuple(values)

    # Calls.
    def __call__(self, q, k, v, *, return_lse: bool = False,
                 return_max: bool = False, out=None, lse_out=None,
                 num_threads: Optional[int] = None, **inputs):
        torch = _torch
        if torch is not None and torch.compiler.is_compiling():
            return self._call_op(q, k, v, return_lse, return_max, inputs)
        threads = num_threads or self.num_threads
        if isinstance(q, np.ndarray):
            variant = self._by_call.get((q.dtype, return_lse, return_max,
                                         False))
            if variant is None or len(q.shape) != 4 or len(v.shape) != 4:
                _check_rank(q, k, v)
                variant = self._select(q, return_lse, return_max)
            if self._all_bound and not inputs:
                args = (q, k, v) + self._bound
            else:
                args = (q, k, v) + self._inputs(inputs)
            if out is None:
                out = np.empty((*q.shape[:3], v.shape[3]), q.dtype)
            if len(variant.outputs) == 1:
                variant.handle.run(args, (out,), threads)
                return out
            outs = [out] + [
                lse_out if name == "lse" and lse_out is not None else
                np.empty(q.shape[:3], np.float32)
                for name in variant.outputs[1:]]
            variant.handle.run(args, tuple(outs), threads)
            return tuple(outs)
        torch = _get_torch()
        if torch is None or not isinstance(q, torch.Tensor):
            raise _kind_error("q", q)
        return self._call_torch(torch, q, k, v, return_lse, return_max, out,
                                lse_out, threads, inputs)

    def _call_torch(self, torch, q, k, v, return_lse, return_max, out,
                    lse_out, threads, inputs, backward=False):
        """Eager calls on torch tensors, passed as DLPack capsules;
        `backward` runs the variant with the backward (the op does)."""
        if not (q.is_cpu and getattr(k, "is_cpu", True) and
                getattr(v, "is_cpu", True)):
            _check_device(self.target, q, k, v)
        if not backward and self._needs_grad(q, k, v, inputs):
            # Through the op, so that autograd records it.
            return self._call_op(q, k, v, return_lse, return_max, inputs)
        variant = self._by_call.get((q.dtype, return_lse, return_max,
                                     backward))
        if variant is None or len(q.shape) != 4 or len(v.shape) != 4:
            _check_rank(q, k, v)
            variant = self._select(q, return_lse, return_max, backward)
        capsule = _to_dlpack
        args = [capsule(q), capsule(k) if isinstance(k, torch.Tensor) else k,
                capsule(v) if isinstance(v, torch.Tensor) else v]
        bound = self._bound if self._all_bound and not inputs else \
            self._inputs(inputs)
        for x in bound:
            args.append(capsule(x) if isinstance(x, torch.Tensor) else x)
        if out is None:
            out = torch.empty((*q.shape[:3], v.shape[3]), dtype=q.dtype)
        if len(variant.outputs) == 1:
            variant.handle.run(args, (capsule(out),), threads)
            return out
        outs = [out] + [
            lse_out if name == "lse" and lse_out is not None else
            torch.empty(q.shape[:3], dtype=torch.float32)
            for name in variant.outputs[1:]]
        variant.handle.run(args, [capsule(x) for x in outs], threads)
        return tuple(outs)

    def _call_op(self, q, k, v, return_lse, return_max, inputs):
        """The torch.compile path: one call of attc::attention."""
        torch = _torch
        if inputs:
            values = self._inputs(inputs)
            values = tuple(x if isinstance(x, torch.Tensor)
                           else torch.from_numpy(x) for x in values)
        else:
            values = self._torch_bound()
        backward = self._needs_grad(q, k, v, inputs)
        o, lse, mx = torch.ops.attc.attention(q, k, v, list(values),
                                              self.id, return_lse,
                                              return_max, backward)
        if return_lse and return_max:
            return o, lse, mx
        if return_lse:
            return o, lse
        if return_max:
            return o, mx
        return o

    def _backward_torch(self, torch, do, q, k, v, o, lse, dlse, inputs):
        """attc::attention_backward: dq, dk, dv and the f32 gradients of
        the float inputs (empty for the others), from what the forward
        saved (o unless an epilogue changed it, lse when not empty) and
        the gradient of lse (when not empty)."""
        variant = self._select(q, self._has_lse, False, backward=True)
        capsule = _to_dlpack
        names = ["q", "k", "v", *self._input_names, "do"]
        args = [capsule(q), capsule(k), capsule(v),
                *(capsule(x) for x in inputs), capsule(do.contiguous())]
        if not self._has_epilogue:
            names.append("o")
            args.append(capsule(o))
        if lse.numel():
            names.append("lse")
            args.append(capsule(lse))
        if dlse.numel():
            names.append("dlse")
            args.append(capsule(dlse.to(torch.float32)))
        dq, dk, dv = (torch.empty(x.shape, dtype=x.dtype) for x in (q, k, v))
        dinputs = [torch.empty(x.shape, dtype=torch.float32)
                   if x.is_floating_point() else
                   torch.empty((0,), dtype=torch.float32) for x in inputs]
        grad_names = ["dq", "dk", "dv"]
        grads = [capsule(dq), capsule(dk), capsule(dv)]
        for name, x, g in zip(self._input_names, inputs, dinputs):
            if x.is_floating_point():
                grad_names.append("d" + name)
                grads.append(capsule(g))
        variant.handle.backward(names, args, grad_names, grads,
                                self.num_threads)
        return dq, dk, dv, dinputs

    def _torch_bound(self) -> Tuple[Any, ...]:
        """The bound inputs as torch tensors (NumPy ones shared)."""
        if self._bound_torch is None:
            torch = _get_torch()
            values = self._inputs({})
            self._bound_torch = tuple(
                x if isinstance(x, torch.Tensor) else torch.from_numpy(x)
                for x in values)
        return self._bound_torch

    def count_kept(self, q, k, v, **inputs) -> int:
        """The number of kept (query, key) pairs for these tensors."""
        _check_rank(q, k, v)
        variant = self._select(q, False, False)
        return variant.handle.count_kept((q, k, v) + self._inputs(inputs))

    def time_c_api(self, q, k, v, iterations: int = 1000,
                   **inputs) -> float:
        """The median time in seconds of one launch through the C API
        alone (views converted once), for measuring the Python layer."""
        variant = self._select(q, False, False)
        o = self(q, k, v, **inputs)
        return variant.handle.time_c_api((q, k, v) + self._inputs(inputs),
                                         (o,), self.num_threads, iterations)


def jit(spec: Spec, target: str = "cpu", *, tile_q: int = 0,
        tile_k: int = 0, cache_dir: Optional[str] = None,
        num_threads: int = 0) -> Kernel:
    """Compiles `spec` for `target` (``"cpu"``) through the on-disk JIT
    cache and loads it. `tile_q`/`tile_k` (1..512, 0: 64) set the tiles,
    `cache_dir` overrides ``$ATTC_CACHE_DIR``, `num_threads` (0: all
    cores) the threads of each call."""
    return Kernel(spec, target, tile_q=tile_q, tile_k=tile_k,
                  cache_dir=cache_dir, num_threads=num_threads)


def fma_peak_gflops(num_threads: int = 0) -> float:
    """This machine's f32 FMA peak in GFLOP/s on `num_threads` threads (0:
    all cores), measured as ``attc bench`` does, for benchmarks that report
    a kernel's share of it."""
    if not isinstance(num_threads, int) or num_threads < 0:
        raise ValueError("attc.fma_peak_gflops: num_threads must be an "
                         "int >= 0")
    return _attc.fma_peak_gflops(num_threads)


def reference(spec: Union[Spec, Kernel], q, k, v, *,
              return_lse: bool = False, return_max: bool = False,
              **inputs):
    """The float64 reference of `spec` on these tensors (the interpreter
    ``attc check`` uses): o, and lse / max when asked, as float64 arrays
    of the kind of q. Inputs are bound as for a kernel call."""
    if isinstance(spec, Kernel):
        spec = spec.spec
    if not isinstance(spec, Spec):
        raise TypeError("attc.reference: spec must be an attc.Spec or "
                        f"attc.Kernel, got {type(spec).__name__}")
    numpy = isinstance(q, np.ndarray)
    torch = None if numpy else _get_torch()
    if not numpy and (torch is None or not isinstance(q, torch.Tensor)):
        raise _kind_error("q", q)
    if not numpy:
        _check_device("reference", q, k, v)
    _check_rank(q, k, v)
    wanted = (["lse"] if return_lse else []) + (["max"] if return_max
                                                else [])
    dtype = _SPEC_DTYPES.get(q.dtype) if spec.auto_dtype else None
    variant = spec.variant(dtype, wanted)
    given = dict(inputs)
    for name in given:
        if name not in variant.inputs:
            raise TypeError(f"unknown input '{name}' for spec "
                            f"'{spec.name}' (its inputs: "
                            f"{', '.join(variant.inputs) or 'none'})")
    values = []
    for name in variant.inputs:
        value = given.get(name, spec.bound.get(name))
        if value is None:
            raise TypeError(f"missing input tensor '{name}' (declared by "
                            "the spec)")
        values.append(value)

    def empty(shape):
        return np.empty(shape, np.float64) if numpy else \
            torch.empty(shape, dtype=torch.float64)

    outs = [empty((*q.shape[:3], v.shape[3]))] + \
        [empty(tuple(q.shape[:3])) for _ in wanted]
    _attc.reference(variant._handle, ["q", "k", "v", *variant.inputs],
                    (q, k, v, *values), ["o", *wanted], tuple(outs))
    return outs[0] if len(outs) == 1 else tuple(outs)
