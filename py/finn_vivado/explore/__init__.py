"""Design-space exploration: ``finn-vivado explore`` / ``finn_vivado.explore(...)``.

Sweeps build-config values and folding policies over a model, estimates every
candidate, builds the best ones of the Pareto fronts and measures them, on a Dask
cluster (embedded by default). See :mod:`finn_vivado.explore.sweep` and the README.

This package can itself be called: ``finn_vivado.explore(model, config, sweep, ...)``;
importing it is light (Dask and the build flow load on first use).
"""

from __future__ import annotations

import sys
import types
from typing import Any

__all__ = ["explore"]


def explore(*args: Any, **kwargs: Any) -> Any:
    """See :func:`finn_vivado.explore.sweep.explore`."""
    from finn_vivado.explore.sweep import explore as run

    return run(*args, **kwargs)


class _CallableModule(types.ModuleType):
    """Makes ``finn_vivado.explore(...)`` work although ``explore`` is also this package."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return explore(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
