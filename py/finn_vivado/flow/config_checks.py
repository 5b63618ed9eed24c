"""Checks of the input files a build config names, run by
:meth:`finn_vivado.flow.config.BuildConfig.validate` before a build writes anything.

:func:`load_npy` reads a verification array without ever unpickling and refuses what
cannot be a model input or output (strings, objects, NaN, values beyond float32, a
truncated file). :func:`read_config_file` reads a build-config JSON file (strict JSON,
an object). :func:`check_input_files` checks the folding and specialize-layers
configs (:func:`finn_vivado.transforms.folding_file.read_node_config`) and, with
verify_steps, the verification files. The value checks themselves are in
:mod:`finn_vivado.transforms.value_checks`.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any, Union

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.transforms.folding_file import read_folding_config, read_node_config
from finn_vivado.transforms.value_checks import read_json_file

__all__ = ["check_input_files", "load_npy", "read_config_file"]

_NPY_MAGIC = b"\x93NUMPY"
_FLOAT32_MAX = 3.4028234663852886e38


def _npy_header(handle: Any, what: str) -> tuple:
    """(shape, dtype, data offset) from the header of an open .npy file, or a
    FinnVivadoError."""
    import numpy as np
    from numpy.lib import format as npy_format

    start = handle.read(len(_NPY_MAGIC))
    handle.seek(0)
    if start != _NPY_MAGIC:
        kind = "a .npz archive" if start.startswith(b"PK") else "not a .npy file"
        raise FinnVivadoError(f"{what} is {kind}; save one array with numpy.save")
    try:
        version = npy_format.read_magic(handle)
        reader = (npy_format.read_array_header_1_0 if version == (1, 0)
                  else npy_format.read_array_header_2_0)
        shape, _fortran, dtype = reader(handle)
    except (ValueError, TypeError, SyntaxError, EOFError, UnicodeDecodeError) as exc:
        raise FinnVivadoError(f"{what} has a broken .npy header ({exc}); save the array "
                              "again with numpy.save") from None
    return tuple(shape), np.dtype(dtype), handle.tell()


def _check_npy_values(array: Any, what: str) -> None:
    import numpy as np

    if array.dtype.kind not in "biuf":
        raise FinnVivadoError(f"{what} holds {array.dtype} values; expected numbers "
                              "(bool, integer or float)")
    if array.size == 0:
        raise FinnVivadoError(f"{what} holds no values (shape {list(array.shape)})")
    if array.dtype.kind == "f":
        finite = np.isfinite(array)
        if not finite.all():
            index = int(np.flatnonzero(~finite.ravel())[0])
            raise FinnVivadoError(f"{what} holds NaN or infinite values (first at flat index "
                                  f"{index}); expected finite numbers")
    if array.dtype.kind in "iuf" and float(np.abs(array).max()) > _FLOAT32_MAX:
        raise FinnVivadoError(f"{what} holds values beyond the float32 range the model "
                              "computes in")


def load_npy(path: Any, what: str) -> Any:
    """The numeric array in .npy file ``path``, never unpickling. A missing or unreadable
    file, a pickled or object array, strings, an empty array, NaN/Infinity, values beyond
    float32, or a truncated file are a FinnVivadoError starting with ``what`` (which should
    name the config field and the file)."""
    import numpy as np

    if os.path.exists(path) and not os.path.isdir(path) and not os.path.isfile(path):
        raise FinnVivadoError(f"{what} is not a regular file (a pipe or device); give a .npy "
                              "file")
    try:
        with open(path, "rb") as handle:
            shape, dtype, offset = _npy_header(handle, what)
            if dtype.hasobject:
                raise FinnVivadoError(f"{what} holds Python objects (pickled data), not "
                                      "numbers; save a numeric array with numpy.save")
            need = math.prod(shape) * dtype.itemsize
            have = os.fstat(handle.fileno()).st_size - offset
            if need > have:
                raise FinnVivadoError(f"{what} is truncated: its header says shape "
                                      f"{list(shape)} of {dtype} ({need:,} bytes of data), "
                                      f"the file holds {max(have, 0):,}")
            handle.seek(0)
            array = np.load(handle, allow_pickle=False)
    except FileNotFoundError:
        raise FinnVivadoError(f"{what} not found") from None
    except IsADirectoryError:
        raise FinnVivadoError(f"{what} is a directory; expected a .npy file") from None
    except OSError as exc:
        raise FinnVivadoError(f"{what} cannot be read: {exc.strerror or exc}") from None
    except (ValueError, EOFError) as exc:
        raise FinnVivadoError(f"{what} is not a readable .npy array ({exc}); save it again "
                              "with numpy.save") from None
    _check_npy_values(array, what)
    return array


def check_input_files(cfg: Any) -> None:
    """The checks of :meth:`BuildConfig.check_inputs` (see there)."""
    if cfg.folding_config_file is not None and os.path.exists(cfg.folding_config_file):
        read_folding_config(cfg.folding_config_file)
    spec = cfg.specialize_layers_config_file
    if spec is not None and os.path.exists(spec):
        read_node_config(spec, f"specialize layers config {spec}",
                         "specialize_layers_config_file")
    if not cfg.verify_steps:
        return
    expected = cfg.verify_expected_output_npy
    files = [("verify_input_npy", cfg.verify_input_npy)]
    if os.path.exists(expected) or cfg.expected_output_given():
        files.append(("verify_expected_output_npy", expected))
    for name, path in files:
        what = f"config field '{name}': {path}"
        if not os.path.exists(path):
            raise FinnVivadoError(
                f"{what} not found; verify_steps needs it: give an existing .npy file or "
                "remove verify_steps")
        load_npy(path, what)


def read_config_file(path: Union[str, os.PathLike]) -> dict[str, Any]:
    """Read a build-config JSON file; errors name the file (and line for bad JSON)."""
    path = Path(path)
    data = read_json_file(path, f"build config {path}")
    if not isinstance(data, dict):
        raise FinnVivadoError(
            f"build config {path}: expected a JSON object {{...}}, got {type(data).__name__}"
        )
    return data
