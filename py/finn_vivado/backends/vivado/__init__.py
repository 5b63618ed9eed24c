"""Vivado side of finn-vivado: the accelerator description (accelerator.json), Tcl
generated from the template files in ``templates/`` (block design, Zynq and Alveo
shells, out-of-context synthesis, bitfile), parsing of Vivado's reports and running
Vivado on a build (:mod:`.run`; FINN's ``step_synthesize_bitfile`` that calls it is in
:mod:`finn_vivado.flow.steps.synth`).

The Vivado-command recorder the tests run the generated scripts through (no Vivado
needed) is in ``tcl/finn/test/recorder/``; it is not part of this package.
"""

from finn_vivado.backends.stitched.accel import (
    ACCEL_FILE,
    Accelerator,
    LiteInterface,
    StreamInterface,
    find_accelerator,
    load_accelerator,
    write_accelerator_json,
)

__all__ = [
    "ACCEL_FILE",
    "Accelerator",
    "LiteInterface",
    "StreamInterface",
    "find_accelerator",
    "load_accelerator",
    "write_accelerator_json",
]
