"""Tcl quoting: every value reads back exactly in tclsh, as a word and inside lists/dicts."""

import pytest
from finn_vivado.core.tclquote import (
    parse_tcl_list,
    tcl_dict,
    tcl_list,
    tcl_value,
    tcl_word,
)

from .helpers import needs_tclsh, run_tcl

TRICKY = [
    "", "plain", "with space", "a[b]c", "$HOME", "semi;colon", "#hash", "x#y", "quote\"d",
    "back\\slash", "trailing\\", "{braced}", "open{", "close}", "}{", "new\nline", "tab\tx",
    "C:\\path\\{x}", "[exec rm -rf /]", "\\{", "ünïcödé ✓", "a b {c d} [e] $f; g",
]


@needs_tclsh
@pytest.mark.parametrize("one_line", [False, True])
def test_words_read_back_exactly_in_tclsh(one_line):
    script = "".join(
        f"set v {tcl_word(s, one_line)}\nputs -nonewline [string length $v]:$v|\n"
        for s in TRICKY)
    result = run_tcl("fconfigure stdout -encoding utf-8\n" + script)
    assert result.returncode == 0, result.stderr
    assert result.returncode == 0, result.stderr
    expected = "".join(f"{len(s)}:{s}|" for s in TRICKY)
    assert result.stdout == expected


def test_one_line_words_have_no_newline():
    for s in TRICKY:
        assert "\n" not in tcl_word(s, one_line=True)


@needs_tclsh
def test_nested_dicts_and_lists_read_back():
    value = {"name": "a b", "list": [1, "x y", {"k": "[v]"}], "empty": "", "none": None,
             "flag": True, "num": 2.5, "whole": 3.0}
    text = tcl_value(value)
    assert "\n" not in text
    result = run_tcl(f"set d {tcl_word(text)}\n"
                     "puts [list [dict get $d name] [lindex [dict get $d list] 1] "
                     "[dict get [lindex [dict get $d list] 2] k] [dict get $d empty] "
                     "[dict get $d none] [dict get $d flag] [dict get $d num] [dict get $d whole]]")
    assert result.stdout.strip() == "{a b} {x y} {[v]} {} {} 1 2.5 3"


def test_parse_tcl_list_inverts_tcl_list():
    assert parse_tcl_list(tcl_list(TRICKY)) == TRICKY
    assert parse_tcl_list(tcl_dict({"a": "b c"})) == ["a", "b c"]
    assert parse_tcl_list('x "y z" {a {b}}') == ["x", "y z", "a {b}"]
