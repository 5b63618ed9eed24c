# finn::selftest -- check the finn app end to end in this Vivado and write a report.

namespace eval ::finn {
    variable selftest_spec {
        {-board     string Pynq-Z1 "Zynq board whose shell is built and validated (see finn::boards)"}
        {-bitstream flag   ""      "also run implementation to the bitstream (adds tens of minutes)"}
        {-work_dir  path   ""      "directory for the build, projects and report (default: ./finn_selftest)"}
        {-report    path   ""      "report file (default: <work_dir>/selftest_report.txt)"}
        {-model     path   ""      "model to build (default: the example the README demo compiles, examples/tfc_digits)"}
        {-script    path   ""      "where the self-test script is written (default: <work_dir>/selftest.tcl)"}
    }
}

# Summary: self-test of the app in this Vivado: builds the example model through the app,
#   adds the IP repositories, looks up the accelerator and a layer IP in the IP catalog,
#   creates and validates a block design, runs out-of-context synthesis and reads its
#   timing, builds and validates the board's Zynq shell, optionally writes the bitstream;
#   one line per check (PASS|FAIL|SKIP <check> <message>) in the report file.
# Argument Usage:
#   [-board <name>] [-bitstream] [-work_dir <dir>] [-report <file>] [-model <path>]
#   [-script <file>] [-quiet] [-verbose] [-help]
# Return Value: dict: script, report, board, part, work_dir, model, layer_vlnv, ran, and
#   after a run in Vivado pass, fail, skip (counts) and checks (list of {status check
#   message}); outside Vivado only the script is written (ran 0)
# Categories: xilinxtclstore, finn
proc ::finn::selftest {args} {
    variable selftest_spec
    set opts [parse_args selftest $selftest_spec $args]
    if {[dict get $opts help]} {
        return [print_help selftest $selftest_spec]
    }
    set work [dict get $opts work_dir]
    if {$work eq ""} {
        set work finn_selftest
    }
    set work [file normalize $work]
    set script [dict get $opts script]
    if {$script eq ""} {
        set script [file join $work selftest.tcl]
    }
    set request [dict create script [file normalize $script] board [dict get $opts board] \
        work_dir $work report [dict get $opts report] model [dict get $opts model] \
        app_dir [app_dir] python [lindex [backend_argv selftest] 0] \
        bitstream [dict get $opts bitstream]]
    set generated [backend selftest gen-selftest $request]
    set result [run_generated selftest $generated]
    if {[dict get $result ran]} {
        info_msg "self-test: [dict get $result pass] passed, [dict get $result fail] failed, [dict get $result skip] skipped; report [dict get $result report]"
    }
    return $result
}
