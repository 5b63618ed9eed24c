"""Reading Verilog module headers: parameters with their comments, ANSI ports."""

import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.ipxact.hdl_header import parse_module

HEADER = '''// demo: a module header in the house style
`default_nettype none
/* a block comment mentioning module fake ( */
module other (input wire x);
endmodule

module demo #(
    parameter integer    PE = 2,             // lanes, >= 1; a "quoted, comma" here
    parameter [8*11-1:0] RAM_STYLE = "a,b",  // memory: "a,b" or "c"
    // computed: keep the default
    parameter integer    OUT_ELEMS = (PE > 1) ? PE * 2 : 1,
    parameter            FILE = "",          // init file (path // with slashes)
    localparam integer   HIDDEN = 3,
    parameter integer    LAST = 7  /* inline block */  // the last one
) (
    input  wire                  ap_clk,
    input  wire                  ap_rst_n,   // active low
    /* verilator lint_off UNUSEDSIGNAL */
    input  wire [PE*8-1:0]       s_axis_0_tdata,
    /* verilator lint_on UNUSEDSIGNAL */
    input  wire                  s_axis_0_tvalid,
    output reg                   s_axis_0_tready,
    output wire signed [OUT_ELEMS-1:0] m_axis_0_tdata, m_extra,
    output wire                  m_axis_0_tvalid,
    input  wire                  m_axis_0_tready
);
endmodule
'''


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.v"
    path.write_text(HEADER)
    return parse_module(path, "demo")


def test_parameters_with_comments(demo):
    params = {p.name: p for p in demo.params}
    assert list(params) == ["PE", "RAM_STYLE", "OUT_ELEMS", "FILE", "LAST"]
    assert params["PE"].default == "2"
    assert params["PE"].comment == 'lanes, >= 1; a "quoted, comma" here'
    assert params["RAM_STYLE"].is_string and params["RAM_STYLE"].string_value == "a,b"
    assert params["RAM_STYLE"].range == "[8*11-1:0]"
    assert params["OUT_ELEMS"].default == "(PE > 1) ? PE * 2 : 1"
    assert params["OUT_ELEMS"].comment == "computed: keep the default"
    assert params["FILE"].comment == "init file (path // with slashes)"
    assert params["LAST"].comment == "the last one"


def test_ports(demo):
    ports = {p.name: p for p in demo.ports}
    assert [p.name for p in demo.ports][:3] == ["ap_clk", "ap_rst_n", "s_axis_0_tdata"]
    assert ports["s_axis_0_tdata"].msb.value({"PE": 3}) == 23
    assert ports["s_axis_0_tready"].direction == "out" and not ports["s_axis_0_tready"].is_vector
    assert ports["m_extra"].direction == "out" and ports["m_extra"].msb.text == "OUT_ELEMS-1"
    assert ports["m_axis_0_tready"].direction == "in"


def test_first_module_by_default(tmp_path):
    path = tmp_path / "two.v"
    path.write_text(HEADER)
    assert parse_module(path).name == "other"


@pytest.mark.parametrize("text, message", [
    ("module m (a, b); input a; endmodule", "only ANSI port lists"),
    ("module m #(parameter integer) (input wire a);", "cannot read parameter"),
    ("module m #(parameter A = 1 (input wire a);", "cannot read the module header"),
    ("// nothing here", "no module"),
])
def test_errors_name_the_file(tmp_path, text, message):
    path = tmp_path / "bad.v"
    path.write_text(text)
    with pytest.raises(FinnVivadoError, match=message) as info:
        parse_module(path)
    assert str(path) in str(info.value)
