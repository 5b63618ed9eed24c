"""Public build configuration API (FINN's ``DataflowBuildConfig`` names); the
implementation is :mod:`finn_vivado.flow.config`."""

from finn_vivado.flow.config import (
    AutoFIFOSizingMethod,
    BuildConfig,
    ConfigWarning,
    DataflowBuildConfig,
    DataflowOutputType,
    LargeFIFOMemStyle,
    ShellFlowType,
    VerificationStepType,
    VitisOptStrategy,
    VitisOptStrategyCfg,
    config_field_docs,
    default_build_dataflow_steps,
    estimate_only_dataflow_steps,
    hw_codegen_dataflow_steps,
    merge_overrides,
    read_config_file,
)

__all__ = [
    "AutoFIFOSizingMethod",
    "BuildConfig",
    "ConfigWarning",
    "DataflowBuildConfig",
    "DataflowOutputType",
    "LargeFIFOMemStyle",
    "ShellFlowType",
    "VerificationStepType",
    "VitisOptStrategy",
    "VitisOptStrategyCfg",
    "config_field_docs",
    "default_build_dataflow_steps",
    "estimate_only_dataflow_steps",
    "hw_codegen_dataflow_steps",
    "merge_overrides",
    "read_config_file",
]
