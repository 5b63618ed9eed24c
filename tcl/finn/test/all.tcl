# Run the finn app's tcltest suite:  tclsh tcl/finn/test/all.tcl ?tcltest options?
# Set FINN_PYTHON to a Python with finn-vivado's dependencies (e.g. .venv/bin/python).
# Each test file runs in its own tclsh.  Tests with the constraint "vivado" run only
# when vivado is on PATH.  Exits with status 1 when a test fails.
package require Tcl 8.6
package require tcltest 2.5
namespace import ::tcltest::*

set here [file dirname [file normalize [info script]]]
set base [expr {[info exists ::env(TMPDIR)] ? $::env(TMPDIR) : "/tmp"}]
set ::env(FINN_TCLTEST_TMP) [file join $base "finn_tcltest_[pid]"]
file mkdir $::env(FINN_TCLTEST_TMP)
configure -testdir $here -tmpdir $::env(FINN_TCLTEST_TMP) {*}$argv
set failed [runAllTests]
file delete -force $::env(FINN_TCLTEST_TMP)
exit [expr {$failed ? 1 : 0}]
