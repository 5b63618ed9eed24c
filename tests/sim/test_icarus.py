"""The Icarus runner: iverilog -g2005 compile (with parameters) and vvp run."""

import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.sim import have_tool
from finn_vivado.backends.sim.icarus import icarus_compile, icarus_run


@pytest.mark.skipif(not have_tool("iverilog"), reason="iverilog is installed by `make test`")
def test_icarus_compile_and_run(tmp_path):
    bench = tmp_path / "hello.v"
    bench.write_text("module hello;\n  parameter integer N = 3;\n"
                     "  initial begin $display(\"N=%0d\", N); $finish; end\nendmodule\n")
    vvp = icarus_compile("hello", [bench], params={"N": 7}, out=tmp_path / "hello.vvp")
    assert icarus_run(vvp).strip().splitlines()[0] == "N=7"
    bench.write_text("module hello; initial x = ; endmodule\n")
    with pytest.raises(FinnVivadoError, match="iverilog -g2005 could not compile hello"):
        icarus_compile("hello", [bench])
