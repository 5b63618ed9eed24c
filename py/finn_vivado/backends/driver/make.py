"""The PYNQ driver directory of a stitched accelerator (``<output_dir>/driver/``, written
by FINN's ``step_make_pynq_driver``, :mod:`finn_vivado.flow.steps.package`).

The directory holds::

    driver.py        this build's io_shape_dict (types, shapes, stream and DMA widths)
                     and FINN's command line (--exec_mode execute|throughput_test, ...)
    validate.py      accuracy on a labelled dataset (.npz, or .npy inputs + labels)
    driver_base.py   the accelerator class (FINNExampleOverlay), copied; PYNQ imported lazily
    data_packing.py  numpy-only stream packing, copied

The stream facts come from the stitched design (``stitched_ip/design.json``) and the
DMA word of each stream from the shells (:func:`finn_vivado.backends.vivado.shells.pow2_bytes`:
each beat occupies the smallest power-of-two number of bytes holding its TDATA).  The
directory is written next to its final place and renamed into it, so it is complete or
absent.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from finn_vivado.backends.stitched.design import StitchedDesign
from finn_vivado.backends.vivado.shells import pow2_bytes
from finn_vivado.core.fsio import TEMP_SUFFIX
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core.templating import render
from finn_vivado.core.version import __version__

__all__ = ["DRIVER_DIR", "io_shape_dict", "write_driver"]

DRIVER_DIR = "driver"
HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
#: runtime modules copied into driver/ (numpy only): the overlay class and the stream packing
RUNTIME_FILES = (HERE / "driver_base.py", HERE.parents[1] / "core" / "data_packing.py")
#: DMA cell names of the shells (vivado/templates: shell_zynq.tcl.j2, alveo_link.cfg.j2)
DMA_NAMES = {"zynq-iodma": ("idma0", "idma0"), "alveo": ("idma0", "odma0")}


def io_shape_dict(design: StitchedDesign, ishape_normal, platform: str) -> dict[str, Any]:
    """The driver's description of the accelerator's input and output streams (batch 1)."""
    ishape = (1,) + tuple(int(s) for s in list(ishape_normal)[1:])
    if int(np.prod(ishape)) != int(np.prod(design.in_folded)):
        raise FinnVivadoError(
            f"driver: the model input shape {list(ishape_normal)} does not match the stitched "
            f"design's input {design.in_folded} (folded); rerun step_create_stitched_ip")
    in_dma, out_dma = DMA_NAMES[platform]
    return {
        "idt": design.in_dtype, "odt": design.out_dtype,
        "ishape_normal": ishape, "oshape_normal": tuple(design.out_normal),
        "ishape_folded": tuple(design.in_folded), "oshape_folded": tuple(design.out_folded),
        "ishape_packed": tuple(design.in_folded[:-1]) + (pow2_bytes(design.in_width),),
        "oshape_packed": tuple(design.out_folded[:-1]) + (pow2_bytes(design.out_width),),
        "istream_width": design.in_width, "ostream_width": design.out_width,
        "input_dma_name": in_dma, "output_dma_name": out_dma,
    }


def write_driver(out_dir, design: StitchedDesign, ishape_normal, platform: str,
                 fclk_mhz: float, bitfile: str, output_is_topk: bool = False) -> Path:
    """Write the driver directory ``out_dir`` (replacing an old one) and return it.
    ``output_is_topk``: the accelerator ends in a LabelSelect (validate.py reads its
    first output as the predicted class)."""
    out = Path(out_dir).resolve()
    context = dict(io_shape_dict(design, ishape_normal, platform), top=design.top,
                   version=__version__, platform=platform, bitfile=bitfile,
                   fclk_mhz=float(fclk_mhz), output_is_topk=bool(output_is_topk))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=TEMP_SUFFIX, dir=out.parent))
    try:
        for name in ("driver.py", "validate.py"):
            (tmp / name).write_text(render(TEMPLATES, f"{name}.j2", **context))
        for source in RUNTIME_FILES:
            shutil.copyfile(source, tmp / source.name)
        tmp.chmod(0o755)
        if out.exists():
            shutil.rmtree(out)
        tmp.rename(out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out
