"""Yosys synthesis: cell grouping into FINN's resource keys, the hierarchical run with
per-module counts, and the result cache."""

from pathlib import Path

import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.sim import yosys
from finn_vivado.backends.sim.yosys import RESOURCE_KEYS, group_cells, synth_check, synth_hierarchy

IP = Path(__file__).resolve().parents[2] / "ip_repo"
DWC = [IP / "common/hdl/finn_axis_skid.v",
       IP / "StreamingDataWidthConverter/hdl/finn_dwc_upsize.v",
       IP / "StreamingDataWidthConverter/hdl/finn_dwc_downsize.v",
       IP / "StreamingDataWidthConverter/hdl/StreamingDataWidthConverter.v"]


def test_group_cells_counts_luts_like_vivado():
    cells = {"LUT6": 3, "LUT2": 1, "INV": 2, "RAM32M": 2, "RAM64X1D": 1, "SRLC32E": 1,
             "FDRE": 5, "FDSE": 1, "CARRY4": 1, "RAMB18E1": 1, "RAMB36E1": 2, "DSP48E1": 3,
             "URAM288": 1, "MUXF7": 4, "BUFG": 1}
    got = group_cells(cells)
    assert got["LUTRAM"] == 2 * 4 + 2 + 1  # LUTs used as memory
    assert got["LUT"] == 3 + 1 + 2 + got["LUTRAM"]  # logic, inverters and memory LUTs
    assert (got["FF"], got["Carry"], got["DSP"], got["URAM"]) == (6, 1, 3, 1)
    assert (got["BRAM_18K"], got["BRAM_36K"]) == (1, 2)
    assert (got["RAMB18"], got["RAMB36"], got["DSP48"], got["SRL"], got["MUXF"]) == \
        (1, 2, 3, 1, 4)
    assert got["cells"] == cells and set(RESOURCE_KEYS) <= set(got)


def test_stat_with_a_trailing_comma_is_read():
    text = '{\n "modules": {\n  "\\\\top": {"num_cells_by_type": {"LUT2": 1}}\n },\n\n}\n'
    assert yosys._load_stat(text)["modules"]["\\top"]["num_cells_by_type"] == {"LUT2": 1}


@pytest.fixture(scope="module")
def dwc():
    """An 8 -> 2 bit width converter: top -> finn_dwc_downsize -> finn_axis_skid."""
    return synth_hierarchy("StreamingDataWidthConverter", DWC,
                           params={"IN_WIDTH": 8, "OUT_WIDTH": 2})


def test_hierarchy_counts_every_module_with_its_submodules(dwc):
    top = dwc.total
    names = list(dwc.modules)
    down = next(n for n in names if n.endswith("finn_dwc_downsize"))
    skid = next(n for n in names if "finn_axis_skid" in n)
    assert dwc.top == "StreamingDataWidthConverter" and dwc.family == "xc7"
    assert top["FF"] == dwc.modules[down]["FF"] >= dwc.modules[skid]["FF"] == 2 * 8 + 2
    assert top["LUT"] >= dwc.modules[skid]["LUT"] > 8  # one mux LUT per bit at least
    flat = synth_check("StreamingDataWidthConverter", DWC, {"IN_WIDTH": 8, "OUT_WIDTH": 2})
    assert flat["FF"] == top["FF"]


def test_results_are_cached(dwc, monkeypatch):
    def no_yosys(*args, **kwargs):
        raise AssertionError("Yosys ran again")

    monkeypatch.setattr(yosys, "_stat_modules", no_yosys)
    again = synth_hierarchy("StreamingDataWidthConverter", DWC,
                            params={"IN_WIDTH": 8, "OUT_WIDTH": 2})
    assert again.cached and again.modules == dwc.modules and again.seconds == dwc.seconds


def test_unknown_family_and_rejected_design(tmp_path):
    with pytest.raises(FinnVivadoError, match="family 'xc9' is illegal"):
        synth_hierarchy("StreamingDataWidthConverter", DWC, family="xc9")
    bad = tmp_path / "bad.v"
    bad.write_text("module bad(input wire a, output wire y); assign y = ; endmodule\n")
    with pytest.raises(FinnVivadoError, match="rejected bad"):
        synth_hierarchy("bad", [bad])


ROM_TOP = '''module romtop #(parameter INIT_FILE = "rom.dat") (input wire [3:0] a, output wire [7:0] y);
    reg [7:0] mem [0:15];
    initial $readmemh(INIT_FILE, mem);
    assign y = mem[a];
endmodule
'''


def _rom_dir(path: Path, words) -> Path:
    path.mkdir(parents=True)
    (path / "romtop.v").write_text(ROM_TOP)
    (path / "rom.dat").write_text("".join(f"{w:02x}\n" for w in words))
    return path


def test_memory_files_by_bare_name(tmp_path, monkeypatch):
    """A ``$readmemh`` file named without a directory is read from the data directory
    (default: the top's); the cache follows its contents, not where it lies."""
    words = [(37 * i + 11) % 256 for i in range(16)]
    first = synth_hierarchy("romtop", [_rom_dir(tmp_path / "a", words) / "romtop.v"])
    assert first.total["LUT"] > 0        # the contents were read: not a constant output
    zeros = synth_hierarchy("romtop", [_rom_dir(tmp_path / "z", [0] * 16) / "romtop.v"])
    assert zeros.total["LUT"] == 0    # other contents: another cache entry
    moved = _rom_dir(tmp_path / "b", words)
    (tmp_path / "a" / "rom.dat").unlink()
    monkeypatch.setattr(yosys, "_stat_modules", lambda *a, **k: pytest.fail("Yosys ran"))
    again = synth_hierarchy("romtop", [tmp_path / "a" / "romtop.v"], data_dir=moved)
    assert again.cached and again.modules == first.modules
