"""Generated Vivado Tcl: rendered from the templates, run through the recorder."""

import json
import re

import jinja2
import pytest
from finn_vivado.core.boards import get_board
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.vivado.render import render
from finn_vivado.backends.ipxact.accelerator import package_accelerator
from finn_vivado.backends.vivado.scripts import (gen_bitfile, gen_create_bd, gen_ooc, gen_shell,
                                                 unmapped_ports)
from finn_vivado.backends.vivado.shells import pow2_bytes
from finn_vivado.core.tclquote import tcl_word

from .helpers import fake_accelerator, needs_tclsh, run_tcl

ODD = "out dir [1];$x {y}"


@pytest.fixture
def accel(tmp_path):
    return fake_accelerator(tmp_path / ODD)


def test_templates_refuse_undefined_values():
    with pytest.raises(jinja2.UndefinedError):
        render("create_bd.tcl.j2", accel=None)


def test_stream_widths_round_up_to_dma_widths():
    assert [pow2_bytes(w) for w in (8, 9, 56, 64, 200, 1024)] == [1, 2, 8, 8, 32, 128]
    with pytest.raises(FinnVivadoError, match="wider than the 1024 bits"):
        pow2_bytes(1032)


def test_no_fixed_xilinx_ip_versions_in_templates():
    from finn_vivado.backends.vivado.render import TEMPLATE_DIR

    for path in TEMPLATE_DIR.glob("*.tcl.j2"):
        assert not re.search(r"xilinx\.com:ip:\w+:\d", path.read_text()), path.name


@needs_tclsh
@pytest.mark.parametrize("board, kind", [("Pynq-Z2", "zynq"), ("ZCU104", "zynq"),
                                         ("KV260_SOM", "zynq"), ("U250", "alveo"),
                                         ("U280", "alveo")])
def test_shells_run_clean_through_the_recorder(accel, board, kind):
    made = gen_shell(accel, board)
    assert made["kind"] == kind
    check = ("puts [llength [vrec::hardcoded_vlnvs]]" if kind == "zynq" else "puts 0")
    result = run_tcl(f"vrec::reset\nsource {tcl_word(made['script'])}\n{check}\n", recorder=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == "0"


@needs_tclsh
def test_create_bd_ooc_and_bitfile_scripts_run_through_the_recorder(accel, tmp_path):
    bd = gen_create_bd(accel, external=True)
    ooc = gen_ooc(accel, part="xczu7ev-ffvc1156-2-e", clk_ns=4)
    shell = gen_shell(accel, "Pynq-Z2")
    bit = gen_bitfile(accel.parent.parent)
    script = (f"vrec::reset\nsource {tcl_word(bd['script'])}\nclose_project\n"
              f"puts [source {tcl_word(ooc['script'])}]\n"
              f"source {tcl_word(shell['script'])}\nputs [source {tcl_word(bit['script'])}]\n")
    result = run_tcl(script, recorder=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (accel.parent.parent / "bitfile" / "finn-accel.bit").is_file()
    assert "clk_ns 4" in result.stdout and "part xczu7ev-ffvc1156-2-e" in result.stdout


def test_alveo_link_files(accel):
    made = gen_shell(accel, "U50", clk_ns=4)
    cfg = open(made["link_config"]).read()
    assert "sp=idma0.in_mem:HBM[0]" in cfg and "sp=odma0.out_mem:HBM[0]" in cfg
    assert "stream_connect=idma0.out_stream:finn_design_0.s_axis_0" in cfg
    assert "--kernel_frequency 250" in open(made["link_script"]).read()
    idma = (accel.parent.parent / "vivado" / "alveo_U50" / "finn_idma.cpp").read_text()
    assert "ap_uint<64>* in_mem" in idma and "hls::stream<ap_uint<56> >" in idma


def test_shell_needs_a_board_with_a_processing_system(accel, tmp_path):
    bad = tmp_path / "Bad.json"
    data = get_board("Pynq-Z2").as_dict()
    data.update(name="Bad", board_part=None)
    bad.write_text(json.dumps(data))
    with pytest.raises(FinnVivadoError, match="needs it for the processing-system preset"):
        gen_shell(accel, str(bad))


def test_zynq_7000_shell_refuses_a_pl_clock_above_250_mhz(accel):
    with pytest.raises(FinnVivadoError, match="above the 250 MHz .* at least 4 ns"):
        gen_shell(accel, "Pynq-Z2", clk_ns=3.3333)
    assert gen_shell(accel, "Pynq-Z2", clk_ns=4)["clk_mhz"] == 250
    assert gen_shell(accel, "ZCU104", clk_ns=3.3333)["kind"] == "zynq"  # PG201: up to 1600


def test_names_must_be_vivado_identifiers(accel):
    with pytest.raises(FinnVivadoError, match="not a valid Vivado object name"):
        gen_create_bd(accel, cell="my cell")
    with pytest.raises(FinnVivadoError, match="not a valid Vivado object name"):
        gen_shell(accel, "Pynq-Z2", design="a;b")


def test_us_plus_shell_sets_the_basic_clock_override_before_the_pl_clock(accel):
    zu = open(gen_shell(accel, "ZCU104", clk_ns=5)["script"]).read()
    override = zu.index("set_property -dict [list CONFIG.PSU__OVERRIDE__BASIC_CLOCK 0] $ps")
    freq = zu.index("set_property -dict [list CONFIG.PSU__CRL_APB__PL0_REF_CTRL__FREQMHZ 200] $ps")
    assert override < freq
    # the shell reads back the clock the PS makes and returns that, not the request
    assert "get_property CONFIG.PSU__CRL_APB__PL0_REF_CTRL__ACT_FREQMHZ $ps" in zu
    assert "clk_mhz $act" in zu
    z7 = open(gen_shell(accel, "Pynq-Z2")["script"]).read()
    assert "OVERRIDE" not in z7
    assert "set_property -dict [list CONFIG.PCW_FPGA0_PERIPHERAL_FREQMHZ" in z7


def test_runs_are_awaited_with_wait_on_run(accel):
    for made in (gen_ooc(accel, part="xczu7ev-ffvc1156-2-e"), gen_bitfile(accel.parent.parent)):
        text = open(made["script"]).read()
        assert re.search(r"^\s*wait_on_run (synth|impl)_1$", text, re.M), made["script"]
        assert "wait_on_runs" not in text


@needs_tclsh
def test_alveo_kernel_is_a_marked_and_checked_copy_of_the_ip(accel):
    made = gen_shell(accel, "U250")
    text = open(made["script"]).read()
    order = ["file copy", "ipx::open_core", "set_property sdx_kernel true $core",
             "set_property sdx_kernel_type rtl $core", "ipx::update_checksums $core",
             "ipx::check_integrity -kernel $core", "ipx::save_core $core", "package_xo"]
    at = [text.index(step) for step in order]
    assert at == sorted(at)
    assert "-ip_directory $kernel_ip" in text
    script = f"vrec::reset\nputs [source {tcl_word(made['script'])}]\n"
    result = run_tcl(script, recorder=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (accel.parent / "component.xml").is_file()
    kernel_ip = accel.parent.parent / "vivado" / "alveo_U250" / "kernel_ip"
    assert (kernel_ip / "component.xml").is_file() and made["kernel_ip"] == str(kernel_ip)


@needs_tclsh
@pytest.mark.parametrize("edit, problem", [
    (("ASSOCIATED_BUSIF\">s_axis_0:m_axis_0", "ASSOCIATED_BUSIF\">s_axis_0"),
     "interface m_axis_0 is in no clock's ASSOCIATED_BUSIF"),
    (("choiceRef=\"choice_list_polarity\">ACTIVE_LOW", "choiceRef=\"choice_list_polarity\">ACTIVE_HIGH"),
     "reset ap_rst_n is not ACTIVE_LOW"),
    (("<spirit:physicalPort>\n            <spirit:name>m_axis_0_tready",
      "<spirit:physicalPort>\n            <spirit:name>m_axis_0_tready_x"),
     "port m_axis_0_tready is in no bus interface"),
])
def test_recorder_kernel_checks_refuse_a_broken_component(accel, edit, problem):
    made = gen_shell(accel, "U250")  # the IP is copied and checked when the script runs
    comp = accel.parent / "component.xml"
    text = comp.read_text()
    assert edit[0] in text, edit[0]
    comp.write_text(text.replace(edit[0], edit[1]))
    result = run_tcl(f"vrec::reset\nsource {tcl_word(made['script'])}\n", recorder=True)
    assert result.returncode == 1 and problem in result.stdout + result.stderr


def test_alveo_shell_refuses_what_cannot_be_a_free_running_kernel(tmp_path):
    lite = fake_accelerator(tmp_path / "lite", lite=True)
    with pytest.raises(FinnVivadoError, match="free-running kernel"):
        gen_shell(lite, "U250")


def test_alveo_shell_refuses_ports_outside_the_interfaces(accel):
    hdl = accel.parent / "hdl" / "finn_design.v"
    hdl.write_text(hdl.read_text().replace("input wire ap_rst_n,",
                                           "input wire ap_rst_n, input wire debug_en,"))
    package_accelerator(accel.parent)
    assert unmapped_ports(accel.parent / "component.xml") == ["debug_en"]
    with pytest.raises(FinnVivadoError, match="debug_en belong to no bus interface"):
        gen_shell(accel, "U250")


def test_alveo_kernel_copy_must_lie_outside_the_ip(accel):
    with pytest.raises(FinnVivadoError, match="cannot lie inside the IP directory"):
        gen_shell(accel, "U250", script_dir=accel.parent / "vivado")
