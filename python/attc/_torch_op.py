"""The PyTorch custom ops ``attc::attention`` and its backward.

``torch.ops.attc.attention(q, k, v, inputs, kernel, return_lse,
return_max, backward) -> (o, lse, max)`` runs the attc kernel registered
under the int `kernel` (:attr:`attc.Kernel.id`) on q, k, v and the spec's
inputs in declaration order. lse and max are empty unless asked for;
`backward` (set when autograd records the call) runs the variant compiled
with its backward and also returns lse when the normalizer has one, for
the backward to reuse. Its fake implementation gives the output shapes from
q and v alone, so ``torch.compile(fullgraph=True)`` traces through an attc
call without a graph break, and symbolic B, Lq and Lk need no
recompilation.

The autograd formula is ``torch.ops.attc.attention_backward(do, q, k, v,
o, lse, dlse, inputs, kernel) -> (dq, dk, dv, dinputs)``
(attc_kernel_backward; dinputs f32, empty for non-float inputs), itself a
custom op with a fake, so that AOTAutograd traces the backward graph of a
compiled model too. lse is differentiable (a loss may read it, as ring
attention's merges do: dlse folds into the softmax's D_i); max is not.
"""

from __future__ import annotations

from typing import List, Tuple

import torch

_registered = False


def _kernel(kernel: int, op: str):
    from ._kernel import _KERNELS
    kern = _KERNELS.get(kernel)
    if kern is None:
        raise ValueError(f"attc::{op}: no live attc kernel has id {kernel}")
    return kern


def register() -> None:
    """Defines the ops once per process."""
    global _registered
    if _registered:
        return
    _registered = True

    @torch.library.custom_op("attc::attention", mutates_args=())
    def attention(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor,
                  inputs: List[torch.Tensor], kernel: int, return_lse: bool,
                  return_max: bool, backward: bool
                  ) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        kern = _kernel(kernel, "attention")
        want_lse = return_lse or (backward and kern._has_lse)
        given = dict(zip(kern.spec.inputs, inputs))
        result = kern._call_torch(torch, q, k, v, want_lse, return_max, None,
                                  None, kern.num_threads, given,
                                  backward=backward)
        if not isinstance(result, tuple):
            result = (result,)
        o, rest = result[0], list(result[1:])
        empty = q.new_empty((0,), dtype=torch.float32)
        lse = rest.pop(0) if want_lse else empty
        mx = rest.pop(0) if return_max else empty.clone()
        return o, lse, mx

    @attention.register_fake
    def _(q, k, v, inputs, kernel, return_lse, return_max, backward):
        want_lse = return_lse or (backward and
                                  _kernel(kernel, "attention")._has_lse)
        o = q.new_empty((*q.shape[:3], v.shape[3]))
        stats = q.new_empty(tuple(q.shape[:3]), dtype=torch.float32)
        empty = q.new_empty((0,), dtype=torch.float32)
        return (o, stats if want_lse else empty,
                stats.clone() if return_max else empty.clone())

    @torch.library.custom_op("attc::attention_backward", mutates_args=())
    def attention_backward(do: torch.Tensor, q: torch.Tensor, k: torch.Tensor,
                           v: torch.Tensor, o: torch.Tensor,
                           lse: torch.Tensor, dlse: torch.Tensor,
                           inputs: List[torch.Tensor], kernel: int
                           ) -> Tuple[torch.Tensor, torch.Tensor,
                                      torch.Tensor, List[torch.Tensor]]:
        kern = _kernel(kernel, "attention_backward")
        return kern._backward_torch(torch, do, q, k, v, o, lse, dlse,
                                    inputs)

    @attention_backward.register_fake
    def _(do, q, k, v, o, lse, dlse, inputs, kernel):
        return (torch.empty_like(q), torch.empty_like(k), torch.empty_like(v),
                [x.new_empty(x.shape, dtype=torch.float32)
                 if x.is_floating_point() else
                 x.new_empty((0,), dtype=torch.float32) for x in inputs])

    def setup_context(ctx, inputs, output):
        q, k, v, ins, kernel, _, _, _ = inputs
        o, lse, mx = output
        ctx.save_for_backward(q, k, v, o, lse, *ins)
        ctx.kernel = kernel
        ctx.mark_non_differentiable(mx)

    def backward(ctx, do, dlse, dmax):
        q, k, v, o, lse, *ins = ctx.saved_tensors
        # No lse (or none that the loss read): an empty dlse, no work.
        if dlse is None or lse.numel() == 0:
            dlse = lse.new_empty((0,))
        dq, dk, dv, dins = torch.ops.attc.attention_backward(
            do, q, k, v, o, lse, dlse, ins, ctx.kernel)
        grads = [g.to(x.dtype) if x.is_floating_point() else None
                 for g, x in zip(dins, ins)]
        return dq, dk, dv, grads, None, None, None, None

    attention.register_autograd(backward, setup_context=setup_context)
