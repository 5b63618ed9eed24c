"""The accelerator on a PYNQ board: numpy in, numpy out (FINN's ``FINNExampleOverlay``).

This module is copied verbatim into every generated ``driver/`` directory; it needs
numpy and, only when talking to a board, PYNQ (imported on first use, so packing and
unpacking work anywhere).  ``driver.py`` next to it holds this build's
``io_shape_dict`` (element types, normal / folded / packed shapes, stream widths)
and the command line.

Data path of one batch (each step is a method, timed by :meth:`throughput_test`)::

    fold_input -> pack_input -> copy_input_data_to_device -> execute_on_buffers
    -> copy_output_data_from_device -> unpack_output -> unfold_output

Platforms: ``zynq-iodma`` (the Zynq shell: one AXI DMA ``idma0`` whose MM2S channel
feeds the accelerator and whose S2MM channel receives its output; one transfer of N
whole frames in gives one transfer of N frames out) and ``alveo`` (the Vitis shell:
kernels ``idma0`` and ``odma0``, each started with a buffer and a frame count).
"""

from __future__ import annotations

import os
import time
from typing import Any

import numpy as np

try:  # as copied into driver/ (a plain directory), or inside the package
    from data_packing import element_type, pack_beats, unpack_beats
except ImportError:  # pragma: no cover - the package form
    from finn_vivado.core.data_packing import element_type, pack_beats, unpack_beats

__all__ = ["FINNExampleOverlay", "StreamCodec", "load_runtime_weight_files"]

PLATFORMS = ("zynq-iodma", "alveo")
#: bytes the AXI DMA moves in one transfer (26-bit length register)
ZYNQ_MAX_TRANSFER = (1 << 26) - 1


def _pynq():
    try:
        import pynq
    except ImportError as exc:
        raise ImportError("running the accelerator needs PYNQ (run this on the board, "
                          "e.g. `sudo python3 driver.py ...`)") from exc
    return pynq


def load_runtime_weight_files(directory: str) -> dict:
    """``*.dat`` files in ``directory`` (FINN's runtime-weight format: hex 32-bit words,
    whitespace separated) -> {file name: uint32 array}; {} when the directory is absent."""
    if not directory or not os.path.isdir(directory):
        return {}
    weights = {}
    for name in sorted(os.listdir(directory)):
        if name.endswith(".dat"):
            with open(os.path.join(directory, name)) as handle:
                words = handle.read().split()
            weights[name] = np.array([int(w, 16) for w in words], dtype=np.uint32)
    return weights


class StreamCodec:
    """Shapes, element types and (un)packing of one accelerator at a batch size.

    ``io_shape_dict`` (from driver.py) holds per input/output (lists, index ``ind``):
    ``idt``/``odt`` (DataType names), ``ishape_normal``/``oshape_normal``,
    ``ishape_folded``/``oshape_folded``, ``ishape_packed``/``oshape_packed`` (the DMA
    buffer: one DMA word per beat), ``istream_width``/``ostream_width`` (TDATA bits),
    all for batch 1; the batch size replaces axis 0.
    """

    def __init__(self, io_shape_dict: dict, batch_size: int = 1):
        self._io = io_shape_dict
        self._batch_size = int(batch_size)

    @property
    def batch_size(self) -> int:
        return self._batch_size

    @batch_size.setter
    def batch_size(self, value: int) -> None:
        self._batch_size = int(value)

    @property
    def num_inputs(self) -> int:
        return len(self._io["idt"])

    @property
    def num_outputs(self) -> int:
        return len(self._io["odt"])

    def _shape(self, key: str, ind: int) -> tuple:
        return (self._batch_size,) + tuple(self._io[key][ind])[1:]

    def idt(self, ind: int = 0) -> str:
        return self._io["idt"][ind]

    def odt(self, ind: int = 0) -> str:
        return self._io["odt"][ind]

    def ishape_normal(self, ind: int = 0) -> tuple:
        return self._shape("ishape_normal", ind)

    def oshape_normal(self, ind: int = 0) -> tuple:
        return self._shape("oshape_normal", ind)

    def ishape_folded(self, ind: int = 0) -> tuple:
        return self._shape("ishape_folded", ind)

    def oshape_folded(self, ind: int = 0) -> tuple:
        return self._shape("oshape_folded", ind)

    def ishape_packed(self, ind: int = 0) -> tuple:
        return self._shape("ishape_packed", ind)

    def oshape_packed(self, ind: int = 0) -> tuple:
        return self._shape("oshape_packed", ind)

    def fold_input(self, ibuf_normal, ind: int = 0) -> np.ndarray:
        """Normal-shaped input (batch first) -> folded shape (last axis = one beat)."""
        arr = np.asarray(ibuf_normal)
        if arr.size != int(np.prod(self.ishape_normal(ind))):
            raise ValueError(f"input of shape {arr.shape} does not match the accelerator "
                             f"input {self.ishape_normal(ind)} (batch size {self.batch_size})")
        return arr.reshape(self.ishape_folded(ind))

    def pack_input(self, ibuf_folded, ind: int = 0) -> np.ndarray:
        """Folded input -> uint8 DMA buffer contents of shape ``ishape_packed``."""
        return pack_beats(ibuf_folded, element_type(self.idt(ind)),
                          self.ishape_packed(ind)[-1])

    def unpack_output(self, obuf_packed, ind: int = 0) -> np.ndarray:
        """uint8 DMA buffer contents -> folded output values (int64)."""
        raw = np.asarray(obuf_packed, dtype=np.uint8).reshape(self.oshape_packed(ind))
        return unpack_beats(raw, element_type(self.odt(ind)), self.oshape_folded(ind)[-1])

    def unfold_output(self, obuf_folded, ind: int = 0) -> np.ndarray:
        """Folded output -> normal shape; float32 as in FINN (exact up to 24-bit
        types), int64 for wider types."""
        arr = np.asarray(obuf_folded).reshape(self.oshape_normal(ind))
        return arr.astype(np.float32) if element_type(self.odt(ind)).bits <= 24 else arr


class FINNExampleOverlay(StreamCodec):
    """The accelerator in a bitfile (``.bit`` + ``.hwh`` for Zynq, ``.xclbin`` for Alveo).

    Runtime-writeable weights (FINN's hook): when ``runtime_weight_dir`` exists, each
    ``*.dat`` file in it is written to the AXI-Lite memory that
    ``io_shape_dict["runtime_weights"]`` maps its name to (``{"interface": IP name,
    "offset": byte offset}``) and read back.  The compiler currently rejects
    runtime-writeable weights, so that map is empty and a ``.dat`` file is an error
    rather than being silently ignored.
    """

    def __init__(self, bitfile_name: str, platform: str, io_shape_dict: dict,
                 batch_size: int = 1, fclk_mhz: float = 100.0, device: Any = None,
                 download: bool = True, runtime_weight_dir: str = "runtime_weights/"):
        if platform not in PLATFORMS:
            raise ValueError(f"platform {platform!r} is not one of {', '.join(PLATFORMS)}")
        super().__init__(io_shape_dict, batch_size)
        self.platform = platform
        self.fclk_mhz = float(fclk_mhz)
        self.device = device
        self.runtime_weight_dir = runtime_weight_dir
        pynq = _pynq()
        if platform == "alveo":
            self.overlay = pynq.Overlay(bitfile_name, device=device, download=download)
        else:
            self.overlay = pynq.Overlay(bitfile_name, download=download)
            if self.fclk_mhz > 0:
                pynq.Clocks.fclk0_mhz = self.fclk_mhz
        self.idma = getattr(self.overlay, io_shape_dict["input_dma_name"][0])
        self.odma = getattr(self.overlay, io_shape_dict["output_dma_name"][0])
        self.load_runtime_weights()
        self._allocate()

    # ------------------------------------------------------------------ buffers
    def _allocate(self) -> None:
        if self.platform == "zynq-iodma":
            for shape in (self.ishape_packed(), self.oshape_packed()):
                if int(np.prod(shape)) > ZYNQ_MAX_TRANSFER:
                    raise ValueError(f"batch size {self.batch_size} needs a DMA transfer of "
                                     f"{int(np.prod(shape))} bytes, more than the AXI DMA's "
                                     f"{ZYNQ_MAX_TRANSFER}; use a smaller batch size")
        allocate = _pynq().allocate
        self.ibuf_packed_device = allocate(shape=self.ishape_packed(), dtype=np.uint8)
        self.obuf_packed_device = allocate(shape=self.oshape_packed(), dtype=np.uint8)
        self.obuf_packed = np.empty(self.oshape_packed(), dtype=np.uint8)

    @property
    def batch_size(self) -> int:
        return self._batch_size

    @batch_size.setter
    def batch_size(self, value: int) -> None:
        if int(value) < 1:
            raise ValueError(f"batch size must be at least 1, got {value}")
        self._batch_size = int(value)
        for name in ("ibuf_packed_device", "obuf_packed_device"):
            old = getattr(self, name, None)
            if old is not None and hasattr(old, "freebuffer"):
                old.freebuffer()
        self._allocate()

    def load_runtime_weights(self, verify: bool = True) -> None:
        """Load ``*.dat`` files from ``runtime_weight_dir`` (see the class docstring)."""
        weights = load_runtime_weight_files(self.runtime_weight_dir)
        targets = self._io.get("runtime_weights", {})
        unknown = sorted(set(weights) - set(targets))
        if unknown:
            raise ValueError(f"{self.runtime_weight_dir}: {', '.join(unknown)} match no "
                             "runtime-writeable weight memory of this accelerator (it has "
                             f"{len(targets)}); remove the files or the directory")
        for name, words in weights.items():
            target = targets[name]
            mmio = getattr(self.overlay, target["interface"]).mmio
            for i, word in enumerate(words):
                mmio.write(target["offset"] + 4 * i, int(word))
            if verify:
                back = [mmio.read(target["offset"] + 4 * i) for i in range(len(words))]
                if not np.array_equal(np.asarray(back, dtype=np.uint32), words):
                    raise RuntimeError(f"{name}: read-back of the runtime weights differs")

    # ---------------------------------------------------------------- data path
    def copy_input_data_to_device(self, data, ind: int = 0) -> None:
        """Write packed input into the device buffer and flush it to the device."""
        np.copyto(self.ibuf_packed_device, data)
        self.ibuf_packed_device.sync_to_device()

    def copy_output_data_from_device(self, data, ind: int = 0) -> None:
        """Invalidate the device output buffer and copy it into ``data``."""
        self.obuf_packed_device.sync_from_device()
        np.copyto(data, self.obuf_packed_device)

    def execute_on_buffers(self, asynch: bool = False) -> None:
        """Run the accelerator on the device buffers (one batch); with ``asynch`` return
        at once and let :meth:`wait_until_finished` wait for the output."""
        if self.platform == "zynq-iodma":
            self.odma.recvchannel.transfer(self.obuf_packed_device)
            self.idma.sendchannel.transfer(self.ibuf_packed_device)
            self._handles = [self.idma.sendchannel, self.odma.recvchannel]
        else:
            self._handles = [self.odma.start(self.obuf_packed_device, self.batch_size),
                             self.idma.start(self.ibuf_packed_device, self.batch_size)]
        if not asynch:
            self.wait_until_finished()

    def wait_until_finished(self) -> None:
        """Block until the output of the last started batch is in the device buffer."""
        for handle in getattr(self, "_handles", []):
            handle.wait()
        self._handles = []

    def execute(self, input_npy) -> np.ndarray:
        """Run a batch: normal-shaped input (batch first) -> normal-shaped output.
        The batch size follows the input's first axis."""
        arr = np.asarray(input_npy)
        per_frame = int(np.prod(self._io["ishape_normal"][0]))
        if arr.size % per_frame:
            raise ValueError(f"input of shape {arr.shape} is not a whole number of frames "
                             f"of shape {tuple(self._io['ishape_normal'][0])[1:]}")
        if arr.size // per_frame != self.batch_size:
            self.batch_size = arr.size // per_frame
        self.copy_input_data_to_device(self.pack_input(self.fold_input(arr)))
        self.execute_on_buffers()
        self.copy_output_data_from_device(self.obuf_packed)
        return self.unfold_output(self.unpack_output(self.obuf_packed))

    def _fclk_mhz(self) -> float:
        if self.platform == "zynq-iodma":
            return float(_pynq().Clocks.fclk0_mhz)
        return self.fclk_mhz

    def throughput_test(self, seed: int = 0) -> dict:
        """FINN's metrics dict: accelerator runtime and throughput for the current batch
        size, DMA bandwidths, clock, and the time of each host-side stage."""
        res: dict = {}
        start = time.time()
        self.execute_on_buffers()
        runtime = time.time() - start
        res["runtime[ms]"] = runtime * 1e3
        res["throughput[images/s]"] = self.batch_size / runtime
        res["DRAM_in_bandwidth[MB/s]"] = int(np.prod(self.ishape_packed())) * 1e-6 / runtime
        res["DRAM_out_bandwidth[MB/s]"] = int(np.prod(self.oshape_packed())) * 1e-6 / runtime
        res["fclk[mhz]"] = self._fclk_mhz()
        res["batch_size"] = self.batch_size
        dt = element_type(self.idt())
        ibuf = np.random.default_rng(seed).integers(dt.min, dt.max + 1,
                                                    size=self.ishape_normal())
        if dt.bipolar:
            ibuf = 2 * (ibuf > 0) - 1
        stages = [("fold_input[ms]", self.fold_input), ("pack_input[ms]", self.pack_input),
                  ("copy_input_data_to_device[ms]", self.copy_input_data_to_device)]
        data = ibuf
        for key, stage in stages:
            start = time.time()
            data = stage(data)
            res[key] = (time.time() - start) * 1e3
        start = time.time()
        self.copy_output_data_from_device(self.obuf_packed)
        res["copy_output_data_from_device[ms]"] = (time.time() - start) * 1e3
        start = time.time()
        folded = self.unpack_output(self.obuf_packed)
        res["unpack_output[ms]"] = (time.time() - start) * 1e3
        start = time.time()
        self.unfold_output(folded)
        res["unfold_output[ms]"] = (time.time() - start) * 1e3
        return res
