"""``attc.nn.Attention``: an attc kernel as a ``torch.nn.Module``."""

from __future__ import annotations

from typing import Any, Union

import torch

from ._kernel import Kernel, jit
from ._spec import Spec

__all__ = ["Attention"]


class Attention(torch.nn.Module):
    """Runs an attc kernel in ``forward(q, k, v, **inputs)``.

    ``attc.nn.Attention(spec)`` compiles the spec (keyword arguments go to
    :func:`attc.jit`); an :class:`attc.Kernel` is used as it is. Tensors
    the spec's functions captured are registered as non-persistent
    buffers, so they show up in ``module.buffers()``; the kernel reads the
    very tensors the functions captured. Works inside ``torch.compile``
    through the ``attc::attention`` custom op.
    """

    def __init__(self, spec: Union[Spec, Kernel], *,
                 return_lse: bool = False, **jit_options: Any):
        super().__init__()
        self.kernel = spec if isinstance(spec, Kernel) else jit(
            spec, **jit_options)
        self.return_lse = return_lse
        for name, value in self.kernel.spec.bound.items():
            if isinstance(value, torch.Tensor):
                self.register_buffer(f"input_{name}", value,
                                     persistent=False)

    def forward(self, q: torch.Tensor, k: torch.Tensor, v: torch.Tensor,
                **inputs: torch.Tensor):
        return self.kernel(q, k, v, return_lse=self.return_lse, **inputs)

    def extra_repr(self) -> str:
        return f"spec={self.kernel.spec.name!r}, target=" \
               f"{self.kernel.target!r}"
