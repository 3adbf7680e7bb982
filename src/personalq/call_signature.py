"""Attention processors' call signatures, computed once.

WHY: diffusers' `Attention.forward` calls `inspect.signature(self.processor.__call__)` on every
call to filter its keyword arguments (diffusers 0.42): ~36 us each, ~280 calls per world image
at 20 steps. A function carrying `__signature__` is answered from it (~10 us: only the bound
method's first parameter is dropped). The stored signature is the one inspect computes, so
nothing changes but the time."""

from __future__ import annotations

import inspect
from typing import Callable, TypeVar

F = TypeVar("F", bound=Callable)


def pin_signature(func: F) -> F:
    """`func` with its signature stored on it (usable as a decorator)."""
    if "__signature__" not in vars(func):
        func.__signature__ = inspect.signature(func)
    return func


def pin_processor_signatures(*models) -> None:
    """Pin the `__call__` of every attention-processor class the models' modules use
    (torch-module processors, whose `__call__` is torch's own, are left alone)."""
    import torch

    for model in models:
        for module in model.modules():
            proc = getattr(module, "processor", None)
            call = getattr(type(proc), "__call__", None)
            if proc is not None and not isinstance(proc, torch.nn.Module) \
                    and inspect.isfunction(call):
                pin_signature(call)
