"""step_make_pynq_driver: the driver directory it writes, its flavours and its errors
(on a hand-made stitched design: no RTL needed)."""

import ast
import importlib.util
from pathlib import Path

import numpy as np
import pytest
from onnx import TensorProto, helper
from qonnx.core.modelwrapper import ModelWrapper

from finn_vivado.config import BuildConfig
from finn_vivado.flow.steps.package import step_make_pynq_driver
from finn_vivado.backends.driver.make import DMA_NAMES
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.stitched.design import StitchedDesign

from driver_helpers import load_module

VIVADO_TEMPLATES = (Path(__file__).resolve().parents[2] / "py" / "finn_vivado" / "backends"
                    / "vivado" / "templates")
#: what the generated files may import: the standard library, numpy, each other, PYNQ
ALLOWED_IMPORTS = {"argparse", "sys", "os", "re", "time", "typing", "__future__", "numpy",
                   "driver", "driver_base", "data_packing", "pynq"}


def _model(shape) -> ModelWrapper:
    graph = helper.make_graph(
        [helper.make_node("Identity", ["x"], ["y"])], "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, shape)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, shape)])
    return ModelWrapper(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)]))


def _setup(tmp_path, **cfg):
    """An output dir with a stitched design: INT3 in, 4 beats of 6 (18 -> 24 bits), UINT10
    out, 2 beats of 4 (40 bits); a config for it."""
    ip = tmp_path / "out" / "stitched_ip"
    ip.mkdir(parents=True)
    StitchedDesign(top="finn_design", directory=str(ip), sources=[], in_width=24,
                   out_width=40, in_dtype="INT3", out_dtype="UINT10", in_folded=[1, 4, 6],
                   out_folded=[1, 2, 4], out_normal=[1, 8], max_cycles=4,
                   max_cycles_node="MVAU_0", clk_ns=5.0).save()
    values = dict(output_dir=str(tmp_path / "out"), synth_clk_period_ns=5.0,
                  generate_outputs=["pynq_driver"])
    values.update(cfg)
    return BuildConfig(**values), _model([1, 2, 2, 6])


def _imports(path: Path) -> set:
    """Modules a generated file imports when it runs on the board: everything but the
    package-form fallbacks in ``except ImportError:`` handlers."""
    tree = ast.parse(path.read_text())
    fallback = {id(n) for h in ast.walk(tree) if isinstance(h, ast.ExceptHandler)
                for n in ast.walk(h)}
    names = set()
    for node in ast.walk(tree):
        if id(node) in fallback:
            continue
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            names.add((node.module or "").split(".")[0] or ".")
    return names


def test_zynq_driver_directory(tmp_path):
    cfg, model = _setup(tmp_path, board="Pynq-Z1")
    assert step_make_pynq_driver(model, cfg) is model
    out = tmp_path / "out" / "driver"
    assert sorted(p.name for p in out.iterdir()) == [
        "data_packing.py", "driver.py", "driver_base.py", "validate.py"]
    for path in out.iterdir():
        assert _imports(path) <= ALLOWED_IMPORTS, path.name
    drv = load_module(out / "driver.py", "driver_step_zynq")
    io = drv.io_shape_dict
    assert io["idt"] == ["INT3"] and io["odt"] == ["UINT10"]
    assert io["ishape_normal"] == [(1, 2, 2, 6)] and io["oshape_normal"] == [(1, 8)]
    assert io["ishape_folded"] == [(1, 4, 6)] and io["oshape_folded"] == [(1, 2, 4)]
    # DMA words: 3 TDATA bytes -> 4, 5 -> 8 (power-of-two AXI DMA stream widths)
    assert io["ishape_packed"] == [(1, 4, 4)] and io["oshape_packed"] == [(1, 2, 8)]
    assert io["istream_width"] == [24] and io["ostream_width"] == [40]
    assert (io["input_dma_name"], io["output_dma_name"]) == (["idma0"], ["idma0"])
    assert (drv.PLATFORM, drv.BITFILE, drv.FCLK_MHZ) == (
        "zynq-iodma", "../bitfile/finn-accel.bit", 200.0)
    codec = drv.make_codec(batch_size=3)
    x = np.arange(3 * 24).reshape(3, 2, 2, 6) % 8 - 4
    assert np.array_equal(codec.unpack_output(np.zeros(codec.oshape_packed(), np.uint8)),
                          np.zeros((3, 2, 4)))
    assert codec.pack_input(codec.fold_input(x)).shape == (3, 4, 4)
    if importlib.util.find_spec("pynq") is None:  # no PYNQ here: a clear message
        with pytest.raises(ImportError, match="needs PYNQ"):
            drv.make_accelerator("finn-accel.bit")
        with pytest.raises(SystemExit, match="error: running the accelerator needs PYNQ"):
            drv.main(["--exec_mode", "execute"])


def test_alveo_flavour(tmp_path):
    cfg, model = _setup(tmp_path, board="U250")
    step_make_pynq_driver(model, cfg)
    drv = load_module(tmp_path / "out" / "driver" / "driver.py", "driver_step_alveo")
    assert (drv.PLATFORM, drv.BITFILE) == ("alveo", "../bitfile/finn-accel.xclbin")
    assert drv.io_shape_dict["output_dma_name"] == ["odma0"]


@pytest.mark.parametrize("topk,odt,output,expected", [
    (True, "UINT4", [[3, 1], [0, 2]], [3, 0]),       # LabelSelect: first index
    (False, "INT8", [[3, 9], [7, -2]], [1, 0]),       # scores: argmax
    (False, "BIPOLAR", [[-1], [1]], [0, 1]),          # one bipolar output: class 0/1
    (False, "UINT4", [[5], [2]], [5, 2]),             # one output: the class itself
])
def test_validate_predictions(tmp_path, topk, odt, output, expected):
    from finn_vivado.backends.driver import write_driver

    cfg, _ = _setup(tmp_path)
    design = StitchedDesign.load(tmp_path / "out" / "stitched_ip")
    design.out_dtype = odt
    out = write_driver(tmp_path / "drv", design, [1, 2, 2, 6], "zynq-iodma", 100.0, "a.bit",
                       output_is_topk=topk)
    validate = load_module(out / "validate.py", f"validate_{topk}_{odt}")
    assert validate.predictions(np.array(output)).tolist() == expected


def test_dma_names_are_the_shells():
    zynq = (VIVADO_TEMPLATES / "shell_zynq.tcl.j2").read_text()
    alveo = (VIVADO_TEMPLATES / "alveo_link.cfg.j2").read_text()
    assert f"] {DMA_NAMES['zynq-iodma'][0]}]" in zynq
    assert f"nk=finn_idma:1:{DMA_NAMES['alveo'][0]}" in alveo
    assert f"nk=finn_odma:1:{DMA_NAMES['alveo'][1]}" in alveo


def test_rewrite_replaces_the_whole_directory(tmp_path):
    cfg, model = _setup(tmp_path, board="Pynq-Z2")
    (tmp_path / "out" / "driver").mkdir()
    (tmp_path / "out" / "driver" / "old.txt").write_text("stale")
    step_make_pynq_driver(model, cfg)
    assert not (tmp_path / "out" / "driver" / "old.txt").exists()
    assert [p.name for p in (tmp_path / "out").iterdir() if p.name.startswith(".")] == []


def test_not_requested_does_nothing(tmp_path):
    cfg, model = _setup(tmp_path, board="Pynq-Z1", generate_outputs=["stitched_ip"])
    step_make_pynq_driver(model, cfg)
    assert not (tmp_path / "out" / "driver").exists()


@pytest.mark.parametrize("cfg,shape,match", [
    ({"fpga_part": "xc7z020clg400-1"}, [1, 2, 2, 6], "no shell flow"),
    ({"board": "Pynq-Z1"}, [1, 5], "does not match the stitched design"),
])
def test_errors(tmp_path, cfg, shape, match):
    config, _ = _setup(tmp_path, **cfg)
    with pytest.raises(FinnVivadoError, match=match):
        step_make_pynq_driver(_model(shape), config)
    assert not (tmp_path / "out" / "driver").exists()


def test_needs_the_stitched_design(tmp_path):
    cfg = BuildConfig(output_dir=str(tmp_path), board="Pynq-Z1", generate_outputs=["pynq_driver"])
    with pytest.raises(FinnVivadoError, match="step_create_stitched_ip"):
        step_make_pynq_driver(_model([1, 4]), cfg)
