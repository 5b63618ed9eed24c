"""The generated driver against the hardware: for three shared models built to stitched
RTL + driver, the driver's packed input bytes go through the stitched RTL simulation
(as the Zynq shell's DMA adapter passes them) and the driver's unpacking of the output
words gives the reference output of the model."""

import ast
import re
import sys

import numpy as np
import pytest

from finn_vivado.frontend.custom_ops import StreamingDataflowPartition
from finn_vivado.backends.driver import write_driver
from finn_vivado.core.packing import pack_words
from finn_vivado.flow.verify import execute_model

from driver_helpers import (DRIVER_CASES, FAKE_PYNQ, MODELS, Built, accelerator_io, load_module,
                            reference_output, stitched_hardware)
from reference_outputs import assert_exact, source_outputs
from stitch_helpers import CASES, requires_verilator

pytestmark = requires_verilator


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """case -> Built, each built (and its simulator compiled) once per module."""
    done = {}

    def get(case):
        if case not in done:
            done[case] = Built(case, tmp_path_factory.mktemp("driver") / case,
                               DRIVER_CASES[case])
        return done[case]

    return get


@pytest.mark.parametrize("case", sorted(DRIVER_CASES))
def test_driver_against_stitched_rtl(case, builds, monkeypatch):
    """Reference inputs (plus random ones) through the software parent, with the
    dataflow partition replaced by driver packing -> stitched RTL -> driver unpacking,
    give the published reference output and qonnx execution of the input model."""
    built = builds(case)
    codec = built.driver().make_codec()
    hardware, runs = stitched_hardware(built.sim, codec.ishape_packed()[-1],
                                       codec.oshape_packed()[-1])
    d = built.design

    def through_driver(node, context, graph):
        x = np.asarray(context[node.onnx_node.input[0]])
        codec.batch_size = x.shape[0]
        folded = codec.fold_input(x)
        packed = codec.pack_input(folded)
        assert packed.dtype == np.uint8 and packed.shape == codec.ishape_packed()
        words = [int.from_bytes(row[: d.in_width // 8].tobytes(), "little")
                 for row in packed.reshape(-1, packed.shape[-1])]
        assert words == pack_words(folded, d.in_dtype)  # what the simulator would send
        out_packed = hardware(packed)
        out_folded = codec.unpack_output(out_packed)
        assert np.array_equal(out_folded, runs[-1].outputs)  # the simulator's reading
        context[node.onnx_node.output[0]] = codec.unfold_output(out_folded).astype(np.float64)

    monkeypatch.setattr(StreamingDataflowPartition, "execute_node", through_driver)
    got = execute_model(built.model, built.inputs)
    assert runs, "the dataflow partition did not run through the driver"
    monkeypatch.undo()

    # compared here, exactly: the published reference output, and qonnx execution of
    # the input ONNX file (not the build's copy of it, not the build's comparison)
    ref = reference_output(built.case)
    if ref is not None:
        assert_exact(got[: len(ref)], ref, f"{case} vs its published reference output")
    assert_exact(got, source_outputs(MODELS / CASES[case][0], built.inputs), f"{case} vs qonnx")


# ------------------------------------------------------------- on a (fake) PYNQ board
METRICS = {"runtime[ms]", "throughput[images/s]", "DRAM_in_bandwidth[MB/s]",
           "DRAM_out_bandwidth[MB/s]", "fclk[mhz]", "batch_size", "fold_input[ms]",
           "pack_input[ms]", "copy_input_data_to_device[ms]",
           "copy_output_data_from_device[ms]", "unpack_output[ms]", "unfold_output[ms]"}
MNIST = MODELS.parent / "datasets" / "mnist5k"


@pytest.fixture
def pynq(monkeypatch):
    """The fake PYNQ module (tests/driver/fake_pynq) in place of the real one."""
    monkeypatch.syspath_prepend(str(FAKE_PYNQ))
    monkeypatch.delitem(sys.modules, "pynq", raising=False)
    import pynq

    pynq.EVENTS.clear()
    pynq.IP_BLOCKS.clear()
    yield pynq
    sys.modules.pop("pynq", None)


@pytest.fixture
def board(builds, pynq, tmp_path):
    """(tfc build, driver module, bitfile path) with the stitched RTL behind the DMA."""
    built = builds("finn_tfc_w1a1")
    drv = built.driver()
    pynq.HARDWARE = stitched_hardware(built.sim, drv.io_shape_dict["ishape_packed"][0][-1],
                                      drv.io_shape_dict["oshape_packed"][0][-1])[0]
    bitfile = tmp_path / "finn-accel.bit"
    bitfile.write_bytes(b"")
    return built, drv, bitfile


@pytest.mark.parametrize("platform", ["zynq-iodma", "alveo"])
def test_execute_on_a_fake_board(board, pynq, platform, tmp_path):
    """execute(): numpy in -> pack -> DMA buffers -> stitched RTL -> numpy out, equal to
    the numpy models of the layers; the batch size follows the input."""
    built, drv, bitfile = board
    if platform == "alveo":
        ishape = built.model.get_tensor_shape(built.model.graph.input[0].name)
        out = write_driver(tmp_path / "alveo", built.design, ishape, "alveo", 100.0,
                           "finn-accel.xclbin")
        drv = built.driver(out)
        bitfile = tmp_path / "finn-accel.xclbin"
        bitfile.write_bytes(b"")
        assert drv.io_shape_dict["output_dma_name"] == ["odma0"]
    acc_in, acc_out = accelerator_io(built, built.inputs)
    accel = drv.make_accelerator(str(bitfile), batch_size=2)
    assert accel.platform == platform
    got = accel.execute(acc_in)
    assert accel.batch_size == len(acc_in) and got.dtype == np.float32
    assert got.shape == accel.oshape_normal() and np.array_equal(got, acc_out)
    order = [e if isinstance(e, str) else e[0] for e in pynq.EVENTS]
    assert order.index("sync_to_device") < order.index("hardware") < order.index(
        "sync_from_device")


def test_throughput_test_on_a_fake_board(board, pynq):
    built, drv, bitfile = board
    accel = drv.make_accelerator(str(bitfile), batch_size=3)
    res = accel.throughput_test()
    assert set(res) == METRICS and res["batch_size"] == 3 and res["fclk[mhz]"] == 100.0
    runtime = res["runtime[ms]"] * 1e-3
    assert res["throughput[images/s]"] == pytest.approx(3 / runtime)
    assert res["DRAM_in_bandwidth[MB/s]"] == pytest.approx(
        np.prod(accel.ishape_packed()) * 1e-6 / runtime)
    assert ("hardware", 3) in pynq.EVENTS


def test_command_line_on_a_fake_board(board, tmp_path, monkeypatch):
    """FINN's command line: execute (input.npy -> output.npy) and throughput_test
    (nw_metrics.txt)."""
    built, drv, bitfile = board
    acc_in, acc_out = accelerator_io(built, built.inputs[:3])
    monkeypatch.chdir(tmp_path)
    np.save("in.npy", acc_in)
    assert drv.main(["--exec_mode", "execute", "--bitfile", str(bitfile), "--batchsize", "3",
                     "--inputfile", "in.npy", "--outputfile", "out.npy",
                     "--platform", "zynq-iodma"]) == 0
    assert np.array_equal(np.load("out.npy"), acc_out)
    assert drv.main(["--exec_mode", "throughput_test", "--bitfile", str(bitfile),
                     "--batchsize", "5"]) == 0
    metrics = ast.literal_eval((tmp_path / "nw_metrics.txt").read_text())
    assert set(metrics) == METRICS and metrics["batch_size"] == 5


def test_validate_on_a_dataset(board, tmp_path, capsys):
    """validate.py on 20 MNIST test digits (accelerator inputs from the software
    parent) reports the accuracy that qonnx execution of the input model has."""
    built, drv, bitfile = board
    x = np.load(MNIST / "mnist5k_x_uint8_Nx1x28x28.npy")[:20].astype(np.float32)
    y = np.load(MNIST / "mnist5k_y.npy")[:20]
    source = source_outputs(MODELS / CASES[built.case][0], x)
    expected = 100.0 * np.mean(source.ravel() == y)
    acc_in, _ = accelerator_io(built, x)
    np.savez(tmp_path / "digits.npz", x=acc_in, y=y)
    np.save(tmp_path / "x.npy", acc_in)
    np.save(tmp_path / "y.npy", y)
    validate = load_module(built.out / "driver" / "validate.py", "validate_tfc")
    assert validate.OUTPUT_IS_TOPK  # TFC ends in a LabelSelect
    for args in (["--dataset", str(tmp_path / "digits.npz")],
                 ["--dataset", str(tmp_path / "x.npy"), "--labels", str(tmp_path / "y.npy")]):
        assert validate.main(args + ["--batchsize", "8", "--bitfile", str(bitfile)]) == 0
        text = capsys.readouterr().out
        assert "batch 3 / 3 : total OK" in text
        assert float(re.search(r"Final accuracy: (\S+)", text).group(1)) == pytest.approx(expected)
    with pytest.raises(SystemExit, match="--labels"):
        validate.main(["--dataset", str(tmp_path / "x.npy"), "--bitfile", str(bitfile)])


def test_runtime_weights_hook(board, pynq, tmp_path):
    """*.dat files in runtime_weight_dir are written to the weight interface they are
    mapped to; this compiler maps none, so a stray file is an error."""
    built, drv, bitfile = board
    weights = tmp_path / "runtime_weights"
    weights.mkdir()
    (weights / "0_0_MVAU_0.dat").write_text("0000000a ffffffff\n00000003\n")
    with pytest.raises(ValueError, match="0_0_MVAU_0.dat match no runtime-writeable"):
        drv.make_accelerator(str(bitfile), runtime_weight_dir=str(weights))

    class Mmio:
        def __init__(self):
            self.mem = {}

        def write(self, offset, value):
            self.mem[offset] = value

        def read(self, offset):
            return self.mem[offset]

    lite = type("Lite", (), {"mmio": Mmio()})()
    pynq.IP_BLOCKS["s_axilite_0"] = lite
    drv.io_shape_dict["runtime_weights"] = {
        "0_0_MVAU_0.dat": {"interface": "s_axilite_0", "offset": 0x100}}
    drv.make_accelerator(str(bitfile), runtime_weight_dir=str(weights))
    assert lite.mmio.mem == {0x100: 10, 0x104: 0xFFFFFFFF, 0x108: 3}
