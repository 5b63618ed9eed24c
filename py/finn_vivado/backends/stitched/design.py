"""The data model of a stitched design: what the simulation, synthesis and driver
backends need to know about a stitched top, saved next to it as ``design.json``.

:func:`finn_vivado.backends.stitched.top.stitch_model` writes a :class:`StitchedDesign`
into ``<output_dir>/stitched_ip/`` (:data:`STITCHED_DIR`) or, for FIFO sizing, into
``<output_dir>/fifo_sizing/``; :meth:`StitchedDesign.load` reads it back.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from finn_vivado.core.fsio import atomic_write_json
from finn_vivado.core.errors import FinnVivadoError

__all__ = [
    "DESIGN_FILE",
    "STITCHED_DIR",
    "FifoInfo",
    "StitchedDesign",
    "folded_beats",
]

#: stitched accelerator directory under output_dir
STITCHED_DIR = "stitched_ip"
#: the saved StitchedDesign inside a stitched directory
DESIGN_FILE = "design.json"


def folded_beats(folded) -> int:
    """Stream beats of one frame of folded shape ``folded`` (all but the last axis)."""
    total = 1
    for s in list(folded)[:-1]:
        total *= int(s)
    return total


@dataclass
class FifoInfo:
    """A StreamingFIFO of the stitched design and the wires around it."""

    name: str
    depth: int
    in_wire: str     #: wire (or top port prefix) into the FIFO
    out_wire: str    #: wire out of it
    producer: str    #: node writing the FIFO ("" = the top's input)
    consumer: str    #: node reading it ("" = the top's output)


@dataclass
class StitchedDesign:
    """A stitched top and everything needed to simulate it (saved as design.json)."""

    top: str
    directory: str                 #: absolute path of stitched_ip/ (not saved: set on load)
    sources: list                  #: compile order, relative to ``directory``
    in_width: int                  #: s_axis_0 TDATA bits (padded)
    out_width: int
    in_dtype: str                  #: element DataType of s_axis_0
    out_dtype: str
    in_folded: list                #: folded shape of one frame (batch 1)
    out_folded: list
    out_normal: list               #: normal output shape of one frame
    max_cycles: int                #: slowest node's cycles per frame
    max_cycles_node: str
    clk_ns: float
    fifos: list = field(default_factory=list)  #: FifoInfo as dicts
    limit_port: bool = False       #: FIFO-sizing variant with the fifo_limit input

    @property
    def in_beats(self) -> int:
        return folded_beats(self.in_folded)

    @property
    def out_beats(self) -> int:
        return folded_beats(self.out_folded)

    def source_paths(self) -> list[Path]:
        return [Path(self.directory) / s for s in self.sources]

    @property
    def data_dir(self) -> Path:
        """Where the ``$readmemh`` file names of the HDL resolve: ``hdl/``."""
        return Path(self.directory) / "hdl"

    def fifo_infos(self) -> list[FifoInfo]:
        return [FifoInfo(**f) for f in self.fifos]

    def save(self) -> Path:
        """Write design.json; it names no absolute path (the directory is where it lies)."""
        path = Path(self.directory) / DESIGN_FILE
        data = {k: v for k, v in asdict(self).items() if k != "directory"}
        atomic_write_json(path, data)
        return path

    @classmethod
    def load(cls, directory) -> "StitchedDesign":
        path = Path(directory) / DESIGN_FILE
        if not path.is_file():
            raise FinnVivadoError(f"no stitched design in {directory} ({path} missing); run "
                                  "step_create_stitched_ip first")
        data = json.loads(path.read_text(encoding="utf-8"))
        data["directory"] = str(Path(directory).resolve())
        return cls(**data)
