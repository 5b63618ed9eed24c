import dataclasses
import json

import pytest

from finn_vivado.core.boards import (
    Board,
    Resources,
    board_dir,
    get_board,
    list_boards,
    part_info,
)
from finn_vivado.core.errors import FinnVivadoError

ZYNQ_BOARDS = {
    "Ultra96": "xczu3eg-sbva484-1-e",
    "Ultra96-V2": "xczu3eg-sbva484-1-i",
    "Pynq-Z1": "xc7z020clg400-1",
    "Pynq-Z2": "xc7z020clg400-1",
    "ZCU102": "xczu9eg-ffvb1156-2-e",
    "ZCU104": "xczu7ev-ffvc1156-2-e",
    "ZCU111": "xczu28dr-ffvg1517-2-e",
    "RFSoC2x2": "xczu28dr-ffvg1517-2-e",
    "RFSoC4x2": "xczu48dr-ffvg1517-2-e",
    "KV260_SOM": "xck26-sfvc784-2LV-c",
}
ALVEO_BOARDS = {
    "U50": ("xcu50-fsvh2104-2L-e", "xilinx_u50_gen3x16_xdma_5_202210_1", "HBM[0]"),
    "U200": ("xcu200-fsgd2104-2-e", "xilinx_u200_gen3x16_xdma_2_202110_1", "DDR[0]"),
    "U250": ("xcu250-figd2104-2L-e", "xilinx_u250_gen3x16_xdma_2_1_202010_1", "DDR[0]"),
    "U280": ("xcu280-fsvh2892-2L-e", "xilinx_u280_gen3x16_xdma_1_202211_1", "HBM[0]"),
    "U55C": ("xcu55c-fsvh2892-2L-e", "xilinx_u55c_gen3x16_xdma_3_202210_1", "HBM[0]"),
}


def test_list_boards_has_every_finn_board():
    assert set(list_boards()) == set(ZYNQ_BOARDS) | set(ALVEO_BOARDS)


@pytest.mark.parametrize("name,part", sorted(ZYNQ_BOARDS.items()))
def test_zynq_boards(name, part):
    board = get_board(name)
    assert board.name == name and board.part == part
    assert board.shell_flow == "vivado_zynq"
    assert board.board_part and board.board_part.count(":") == 3
    if part.startswith("xc7z"):
        assert (board.family, board.ps_ip, board.dma_width_bits) == ("zynq", "processing_system7", 64)
    else:
        assert (board.family, board.ps_ip, board.dma_width_bits) == ("zynq_us+", "zynq_ultra_ps_e", 128)
    assert board.platform is None and board.memory_bank is None


@pytest.mark.parametrize("name,expected", sorted(ALVEO_BOARDS.items()))
def test_alveo_boards(name, expected):
    board = get_board(name)
    assert (board.part, board.platform, board.memory_bank) == expected
    assert (board.family, board.shell_flow, board.ps_ip, board.board_part) == (
        "alveo", "vitis_alveo", None, None)


def test_board_parts_are_vendor_strings():
    assert get_board("Pynq-Z2").board_part == "tul.com.tw:pynq-z2:part0:1.0"
    assert get_board("Pynq-Z1").board_part == "www.digilentinc.com:pynq-z1:part0:1.0"
    assert get_board("ZCU104").board_part == "xilinx.com:zcu104:part0:1.1"
    assert get_board("ZCU102").board_part == "xilinx.com:zcu102:part0:3.3"
    assert get_board("Ultra96-V2").board_part == "avnet.com:ultra96v2:part0:1.2"
    assert get_board("KV260_SOM").board_part == "xilinx.com:kv260_som:part0:1.3"


@pytest.mark.parametrize("name", sorted(set(ZYNQ_BOARDS) | set(ALVEO_BOARDS)))
def test_board_resources_match_part_table(name):
    board = get_board(name)
    info = part_info(board.part)
    assert info.family == board.family
    assert info.resources == board.resources


def test_device_capacities():
    assert part_info("xc7z020clg400-1").resources == Resources(53200, 106400, 280, 0, 220)
    assert part_info("xczu3eg-sbva484-1-e").resources.as_dict() == {
        "LUT": 70560, "FF": 141120, "BRAM_18K": 432, "URAM": 0, "DSP": 360}
    assert part_info("xcu250-figd2104-2L-e").resources.DSP == 12288
    assert part_info("xck26-sfvc784-2LV-c").resources.URAM == 64


def test_bare_part_prefix_and_family():
    info = part_info("XC7Z010CLG400-1")
    assert (info.device, info.family, info.yosys_family) == ("xc7z010", "zynq", "xc7")
    assert part_info("xczu7ev").family == "zynq_us+"
    assert part_info("xczu7ev").yosys_family == "xcup"
    assert part_info("xcu280-fsvh2892-2L-e").family == "alveo"


def test_unknown_part():
    with pytest.raises(FinnVivadoError, match=r"unknown FPGA part 'xc9z999'.*xc7z020"):
        part_info("xc9z999")
    with pytest.raises(FinnVivadoError, match="non-empty"):
        part_info("")


def test_case_insensitive_lookup():
    assert get_board("pynq-z2").name == "Pynq-Z2"
    assert get_board("PYNQ_Z2").name == "Pynq-Z2"
    assert get_board("kv260-som").name == "KV260_SOM"
    assert get_board("ultra96").name == "Ultra96"
    assert get_board("ultra96-v2").name == "Ultra96-V2"


def test_unknown_board_lists_known_ones():
    with pytest.raises(FinnVivadoError) as err:
        get_board("Pynq-Z9")
    message = str(err.value)
    assert "'Pynq-Z9'" in message
    for name in ZYNQ_BOARDS:
        assert name in message


def test_board_is_frozen():
    board = get_board("ZCU104")
    with pytest.raises(dataclasses.FrozenInstanceError):
        board.part = "xc7z020clg400-1"  # type: ignore[misc]


def test_board_files_round_trip():
    for path in board_dir().glob("*.json"):
        data = json.loads(path.read_text())
        board = get_board(data["name"])
        assert board.as_dict() == data
        assert path.stem == board.name


def test_custom_board_file(tmp_path):
    data = get_board("Pynq-Z2").as_dict()
    data.update(name="MyZ2", board_part=None, default_clk_ns=8)
    path = tmp_path / "MyZ2.json"
    path.write_text(json.dumps(data))
    board = get_board(str(path))
    assert isinstance(board, Board)
    assert (board.name, board.part, board.default_clk_ns) == ("MyZ2", "xc7z020clg400-1", 8.0)


def test_broken_custom_board_names_file_and_field(tmp_path):
    data = get_board("ZCU104").as_dict()
    del data["part"]
    path = tmp_path / "Broken.json"
    path.write_text(json.dumps(data))
    with pytest.raises(FinnVivadoError, match=r"Broken\.json: missing field 'part'"):
        get_board(str(path))
    data["part"] = "xczu7ev-ffvc1156-2-e"
    data["family"] = "versal"
    path.write_text(json.dumps(data))
    with pytest.raises(FinnVivadoError, match=r"'family' is 'versal'; allowed: zynq, zynq_us\+, alveo"):
        get_board(str(path))
    with pytest.raises(FinnVivadoError, match="board file not found"):
        get_board(str(tmp_path / "missing.json"))
