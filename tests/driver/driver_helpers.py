"""Shared set-up of the driver tests: builds to stitched RTL + driver, loading the
generated modules, and the "hardware" behind the fake PYNQ (DMA adapter + stitched
RTL simulation)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
from qonnx.core.modelwrapper import ModelWrapper

import finn_vivado
from finn_vivado.frontend.custom_ops import PARENT_KEY
from finn_vivado.backends.sim.stitched import StitchedSim
from finn_vivado.backends.stitched.design import StitchedDesign

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from stitch_helpers import CASES, MODELS, case_config, model_inputs  # noqa: E402

FAKE_PYNQ = Path(__file__).resolve().parent / "fake_pynq"
#: the three models of the acceptance test and how many frames each runs
DRIVER_CASES = {"finn_tfc_w1a1": 6, "unsw_nb15": 6, "cnv_1w1a": 2}


class Built:
    """A build to stitched RTL + driver, and its inputs."""

    def __init__(self, case: str, out: Path, frames: int):
        path, cfg = case_config(case, out, auto_fifo_depths=False, board="Pynq-Z1",
                                generate_outputs=["stitched_ip", "pynq_driver"],
                                stop_step="step_make_pynq_driver")
        finn_vivado.build(str(path), cfg)
        self.case, self.out = case, out
        self.inputs = model_inputs(path, CASES[case][1], frames)
        self.design = StitchedDesign.load(out / "stitched_ip")
        self.model = ModelWrapper(str(out / "intermediate_models" /
                                      "step_create_stitched_ip.onnx"))
        self._sim = None

    @property
    def sim(self) -> StitchedSim:
        if self._sim is None:
            self._sim = StitchedSim(self.design)
        return self._sim

    def driver(self, directory: Path | None = None):
        """The generated driver.py (with driver_base) as a fresh module."""
        return load_module(Path(directory or self.out / "driver") / "driver.py",
                           f"driver_{self.case}_{id(directory)}")


def load_module(path: Path, name: str):
    """Import a generated file under a unique module name (its directory first on
    sys.path for the modules next to it)."""
    sys.path.insert(0, str(path.parent))
    try:
        for stale in ("driver", "driver_base", "data_packing"):
            sys.modules.pop(stale, None)
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(path.parent))


class _WordRecorder:
    """Wraps a Verilator build: keeps the raw output words of the last run."""

    def __init__(self, build):
        self._build, self.words = build, None

    def run(self, *args, **kwargs):
        res = self._build.run(*args, **kwargs)
        self.words = list(res.outputs[0])
        return res

    def __getattr__(self, name):
        return getattr(self._build, name)


def stitched_hardware(sim: StitchedSim, in_word_bytes: int, out_word_bytes: int):
    """The board between the DMA buffers: the Zynq shell's DMA adapter (drops the
    padding bytes of each input DMA word, zero-pads each output beat) around the
    stitched RTL.  Returns ``hardware(packed_in) -> packed_out`` and the sim's runs."""
    d = sim.design
    if not isinstance(sim.build, _WordRecorder):
        sim.build = _WordRecorder(sim.build)
    runs = []

    def hardware(packed_in: np.ndarray) -> np.ndarray:
        frames = packed_in.shape[0]
        assert packed_in.shape[-1] == in_word_bytes
        beats = packed_in.reshape(-1, in_word_bytes)[:, : d.in_width // 8]
        words = [int.from_bytes(row.tobytes(), "little") for row in beats]
        runs.append(sim.run(words, frames).check())
        out_bytes = d.out_width // 8
        out = np.zeros((len(sim.build.words), out_word_bytes), np.uint8)
        for row, word in zip(out, sim.build.words):
            row[:out_bytes] = np.frombuffer(int(word).to_bytes(out_bytes, "little"), np.uint8)
        return out.reshape(frames, -1, out_word_bytes)

    return hardware, runs


def reference_output(case: str):
    """The published reference output of a case (None when there is none)."""
    ref = CASES[case][2]
    return np.load(MODELS / ref) if ref else None


def accelerator_io(built: Built, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(accelerator inputs, accelerator outputs) for model inputs ``x``: the software
    parent run per sample, the dataflow partition by the layers' numpy models."""
    from qonnx.core.onnx_exec import execute_onnx

    parent = ModelWrapper(built.model.get_metadata_prop(PARENT_KEY))
    node = parent.get_nodes_by_op_type("StreamingDataflowPartition")[0]
    iname = parent.graph.input[0].name
    shape = parent.get_tensor_shape(iname)
    ins, outs = [], []
    for sample in np.asarray(x).reshape(len(x), -1):
        ctx = execute_onnx(parent, {iname: sample.reshape(shape).astype(np.float32)},
                           return_full_exec_context=True)
        ins.append(ctx[node.input[0]])
        outs.append(ctx[node.output[0]])
    return np.concatenate(ins), np.concatenate(outs)
