"""Public build API (FINN's ``build_dataflow`` names); the implementation is
:mod:`finn_vivado.flow.runner`.

This module can itself be called, as scripts written for FINN do:
``finn_vivado.build(model, cfg)``.
"""

from __future__ import annotations

import sys
import types
from typing import Any, Mapping, Union

from finn_vivado.flow import runner as _impl
from finn_vivado.flow.config import BuildConfig
from finn_vivado.flow.runner import *  # noqa: F401,F403
from finn_vivado.flow.runner import build

__all__ = list(_impl.__all__)


class _CallableModule(types.ModuleType):
    """Makes ``finn_vivado.build(model, cfg)`` work although ``build`` is also this module."""

    def __call__(self, model_or_path: Any, cfg: Union[BuildConfig, Mapping[str, Any]]) -> int:
        return build(model_or_path, cfg)


sys.modules[__name__].__class__ = _CallableModule
