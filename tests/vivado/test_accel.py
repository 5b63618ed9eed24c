"""accelerator.json: written, read back, and rejected with a useful message when wrong."""

import json

import pytest
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.stitched.accel import find_accelerator, load_accelerator

from .helpers import fake_accelerator


def test_round_trip(tmp_path):
    path = fake_accelerator(tmp_path / "out", lite=True)
    acc = load_accelerator(path)
    assert acc.vlnv == "xilinx_finn:finn:finn_design:1.0"
    assert acc.name == "finn_design" and acc.top_module == "finn_design"
    assert [s.name for s in acc.inputs] == ["s_axis_0"] and acc.outputs[0].tdata_bytes == 1
    assert acc.inputs[0].port("TDATA") == "s_axis_0_tdata"
    assert acc.lites[0].addr_width == 12
    assert acc.ip_dir == path.parent and acc.files[0].is_file()
    assert acc.clk_ns == pytest.approx(10.0)
    assert find_accelerator(tmp_path / "out") == path
    data = json.loads(path.read_text())
    assert data["files"] == ["hdl/finn_design.v"]  # relative, so the IP directory can move


@pytest.mark.parametrize("change, message", [
    ({"vlnv": "no-colons"}, "is not vendor:library:name:version"),
    ({"format": "other/9"}, "is not supported"),
    ({"clock": {"port": "ap_clk", "freq_hz": 0}}, "freq_hz must be > 0"),
    ({"top_module": "bad name"}, "is not a valid HDL identifier"),
    ({"interfaces": []}, r"at least one input \(slave\) and one output \(master\)"),
])
def test_bad_descriptions_name_the_file_and_field(tmp_path, change, message):
    path = fake_accelerator(tmp_path / "out")
    data = json.loads(path.read_text())
    data.update(change)
    path.write_text(json.dumps(data))
    with pytest.raises(FinnVivadoError, match=message) as info:
        load_accelerator(path)
    assert str(path) in str(info.value)


def test_bad_stream_width(tmp_path):
    path = fake_accelerator(tmp_path / "out")
    data = json.loads(path.read_text())
    data["interfaces"][0]["tdata_width"] = 12
    path.write_text(json.dumps(data))
    with pytest.raises(FinnVivadoError, match="not a positive multiple of 8"):
        load_accelerator(path)


def test_missing_stitched_ip_says_how_to_get_it(tmp_path):
    with pytest.raises(FinnVivadoError, match="Build the stitched IP first"):
        find_accelerator(tmp_path)
