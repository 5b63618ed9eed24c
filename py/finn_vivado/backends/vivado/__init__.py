"""Vivado side of finn-vivado: the accelerator description (accelerator.json), Tcl
generated from the template files in ``templates/`` (block design, Zynq and Alveo
shells, out-of-context synthesis, bitfile), parsing of Vivado's reports, the backend
commands of the Tcl app, and FINN's ``step_synthesize_bitfile``.

``recorder/`` holds the Vivado-command recorder the tests run the generated scripts
through (no Vivado needed); it is not used by the app.
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
from finn_vivado.backends.vivado.run import step_synthesize_bitfile

__all__ = [
    "ACCEL_FILE",
    "Accelerator",
    "LiteInterface",
    "StreamInterface",
    "find_accelerator",
    "load_accelerator",
    "step_synthesize_bitfile",
    "write_accelerator_json",
]
