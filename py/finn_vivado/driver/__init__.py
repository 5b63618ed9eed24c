"""The PYNQ driver of a build (FINN's ``step_make_pynq_driver``).

:mod:`.make` writes ``<output_dir>/driver/``; :mod:`.driver_base` and
:mod:`.data_packing` are the numpy-only runtime modules copied into it.
"""

from .make import DRIVER_DIR, io_shape_dict, step_make_pynq_driver, write_driver

__all__ = ["DRIVER_DIR", "io_shape_dict", "step_make_pynq_driver", "write_driver"]
