"""Public build configuration API (FINN's ``DataflowBuildConfig`` names); the
implementation is :mod:`finn_vivado.flow.config`, whose public names this re-exports."""

from finn_vivado.flow import config as _impl
from finn_vivado.flow.config import *  # noqa: F401,F403

__all__ = list(_impl.__all__)
