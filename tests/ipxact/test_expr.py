"""Verilog constant expressions: evaluation, Vivado dependency text, Tcl expr text."""

import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.ipxact.expr import parse_expr


@pytest.mark.parametrize("text, env, value", [
    ("SIMD*IN_WIDTH-1", {"SIMD": 4, "IN_WIDTH": 3}, 11),
    ("(PW != 0) ? K_H * K_W * C : SIMD", {"PW": 1, "K_H": 3, "K_W": 3, "C": 2, "SIMD": 2}, 18),
    ("(PW != 0) ? K_H * K_W * C : SIMD", {"PW": 0, "K_H": 3, "K_W": 3, "C": 2, "SIMD": 2}, 2),
    ("-7 / 2", {}, -3),                     # Verilog truncates toward zero
    ("-7 % 2", {}, -1),
    ("2 ** 3 ** 2", {}, 512),
    ("$clog2(N) + 1", {"N": 17}, 6),
    ("$clog2(1)", {}, 0),
    ("8'd255 + 4'hF + 2'b10 + 1_000", {}, 1272),
    ("A > 1 && B <= 2 || !C", {"A": 2, "B": 2, "C": 1}, 1),
    ("1 + 2 * 3 - 4 / 2", {}, 5),
])
def test_value(text, env, value):
    assert parse_expr(text).value(env) == value


def test_names_and_constant():
    expr = parse_expr("(A + B) * A - C")
    assert expr.names == ["A", "B", "C"]
    assert not expr.is_constant and parse_expr("8*11-1").is_constant


def test_xpath_is_vivado_dependency():
    ref = lambda n: f"spirit:decode(id('MODELPARAM_VALUE.{n}'))"  # noqa: E731
    text = parse_expr("PE*OUT_WIDTH-1").xpath(ref)
    assert text == ("((spirit:decode(id('MODELPARAM_VALUE.PE')) * "
                    "spirit:decode(id('MODELPARAM_VALUE.OUT_WIDTH'))) - 1)")
    with pytest.raises(ValueError, match=r"'\?:'|operator"):
        parse_expr("A ? B : C").xpath(ref)


def test_tcl_text_evaluates_like_verilog():
    import subprocess
    import shutil

    if shutil.which("tclsh") is None:
        pytest.fail("tclsh not found: `make test` installs it (Debian package tcl)")
    expr = parse_expr("(PW != 0) ? K_H * K_W * C : SIMD + (N % 3)")
    env = {"PW": 0, "K_H": 3, "K_W": 5, "C": 7, "SIMD": 4, "N": 11}
    script = f"puts [expr {{{expr.tcl(lambda n: str(env[n]))}}}]"
    out = subprocess.run(["tclsh"], input=script, capture_output=True, text=True, check=True)
    assert int(out.stdout) == expr.value(env) == 6


@pytest.mark.parametrize("text", ["A +", "(A", "A B", "3'hxz", "A ; B"])
def test_bad_expressions_name_the_place(text):
    with pytest.raises(FinnVivadoError, match="core.v, parameter X: cannot read Verilog"):
        parse_expr(text, "core.v, parameter X")
