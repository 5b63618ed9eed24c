# Entry point of the app's tests under the Tcl Store's name (test/test.tcl): runs the
# tcltest suite all.tcl in a separate tclsh (each test file starts its own tclsh), from
# Vivado's Tcl console or from a shell.  FINN_PYTHON selects the backend's Python.
# Returns 0 when every test passed, else 1.
set test_dir [file normalize [file dirname [info script]]]
set tclsh [auto_execok tclsh]
if {$tclsh eq ""} {
    error " -E- the app's tests need tclsh (Tcl 8.6 with tcltest) on PATH"
}
set status [catch {exec {*}$tclsh [file join $test_dir all.tcl] >@ stdout 2>@ stderr}]
return $status
