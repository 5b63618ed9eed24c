import io
import sys

from finn_vivado.core import progress as progress_mod
from finn_vivado.core.progress import MIN_ITEMS, progress


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def test_no_bar_when_stderr_is_not_a_terminal(monkeypatch):
    stream = io.StringIO()
    monkeypatch.setattr(sys, "__stderr__", stream)
    assert list(progress(range(100), "nodes")) == list(range(100))
    assert stream.getvalue() == ""


def test_bar_on_a_terminal_for_long_loops(monkeypatch):
    stream = FakeTerminal()
    monkeypatch.setattr(sys, "__stderr__", stream)
    assert list(progress(range(MIN_ITEMS), "samples")) == list(range(MIN_ITEMS))
    assert "samples" in stream.getvalue() and f"0/{MIN_ITEMS}" in stream.getvalue()


def test_no_bar_for_short_loops(monkeypatch):
    stream = FakeTerminal()
    monkeypatch.setattr(sys, "__stderr__", stream)
    items = iter(range(5))
    assert list(progress(items, "nodes", total=MIN_ITEMS - 1)) == list(range(5))
    assert list(progress([1, 2, 3], "nodes")) == [1, 2, 3]
    assert stream.getvalue() == ""


def test_generator_without_total_still_iterates(monkeypatch):
    monkeypatch.setattr(sys, "__stderr__", FakeTerminal())
    assert list(progress((i * i for i in range(30)), "squares")) == [i * i for i in range(30)]
    assert progress_mod.progress is progress
