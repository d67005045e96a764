"""The PyTorch custom op ``attc::attention``.

``torch.ops.attc.attention(q, k, v, inputs, kernel, return_lse,
return_max) -> (o, lse, max)`` runs the attc kernel registered under the
int `kernel` (:attr:`attc.Kernel.id`) on q, k, v and the spec's inputs in
declaration order. lse and max are empty unless asked for. Its fake
implementation gives the output shapes from q and v alone, so
``torch.compile(fullgraph=True)`` traces through an attc call without a
graph break, and symbolic B, Lq and Lk need no recompilation.
"""

from __future__ import annotations

from typing import List, Tuple

import torch

_registered = False


def register() -> None:
    """Defines the op once per process."""
    global _registered
    if _registered:
        return
    _registered = True

    @torch.library.custom_op("attc::attention", mutates_args=())
    def attention(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor,
                  inputs: List[torch.Tensor], kernel: int, return_lse: bool,
                  return_max: bool
                  ) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        from ._kernel import _KERNELS
        kern = _KERNELS.get(kernel)
        if kern is None:
            raise ValueError(f"attc::attention: no live attc kernel has id "
                             f"{kernel}")
        given = dict(zip(kern.spec.inputs, inputs))
        result = kern(q, k, v, return_lse=return_lse, return_max=return_max,
                      **given)
        if not isinstance(result, tuple):
            result = (result,)
        o, rest = result[0], list(result[1:])
        empty = q.new_empty((0,), dtype=torch.float32)
        lse = rest.pop(0) if return_lse else empty
        mx = rest.pop(0) if return_max else empty.clone()
        return o, lse, mx

    @attention.register_fake
    def _(q, k, v, inputs, kernel, return_lse, return_max):
        o = q.new_empty((*q.shape[:3], v.shape[3]))
        stats = q.new_empty(tuple(q.shape[:3]), dtype=torch.float32)
        empty = q.new_empty((0,), dtype=torch.float32)
        return (o, stats if return_lse else empty,
                stats.clone() if return_max else empty.clone())
