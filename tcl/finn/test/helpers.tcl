# Shared set-up of the finn app tests: the app, the recorder, fixtures.
package require tcltest 2.5
namespace import -force ::tcltest::*

namespace eval ::ftest {
    variable here [file dirname [file normalize [info script]]]
    variable root [file normalize [file join $here .. .. ..]]
    variable shared [file normalize [file join $root .. shared]]
    variable recorder [file join $root tcl finn test recorder recorder.tcl]
}
if {[info exists ::env(FINN_TCLTEST_TMP)]} {
    configure -tmpdir $::env(FINN_TCLTEST_TMP)
}
if {[lsearch -exact $::auto_path [file join $::ftest::root tcl]] < 0} {
    lappend ::auto_path [file join $::ftest::root tcl]
}
package require finn

# the backend can run (FINN_PYTHON, or python3 with finn-vivado's dependencies)
testConstraint backend [expr {![catch {finn::version} ::ftest::backend_info]}]
if {![testConstraint backend]} {
    puts stderr "NOTE: backend not available ($::ftest::backend_info); set FINN_PYTHON to the project's Python"
}
testConstraint vivado [expr {[auto_execok vivado] ne ""}]
testConstraint novivado [expr {![testConstraint vivado]}]
testConstraint finn_models [file isdirectory [file join $::ftest::shared models finn_tfc_w1a1]]

# A fresh directory under the test temp dir (NAME may hold spaces, brackets, $, ;).
proc ::ftest::fresh_dir {name} {
    set dir [file join [temporaryDirectory] $name]
    file delete -force $dir
    file mkdir $dir
    return $dir
}

# Write a file (UTF-8).
proc ::ftest::write {path text} {
    file mkdir [file dirname $path]
    set fh [open $path w]
    fconfigure $fh -encoding utf-8
    puts -nonewline $fh $text
    close $fh
}

# Read a file (UTF-8).
proc ::ftest::read_file {path} {
    set fh [open $path r]
    fconfigure $fh -encoding utf-8
    set text [read $fh]
    close $fh
    return $text
}

# A build output directory with a stitched accelerator as finn-vivado describes it
# (stitched_ip/accelerator.json + HDL): in WIDTH bits, out OUT_WIDTH bits.
proc ::ftest::fake_build {dir {in_width 56} {out_width 8} {lite 0} {part xc7z020clg400-1}} {
    set ip [file join $dir stitched_ip]
    write [file join $ip hdl finn_design.v] "module finn_design (input wire ap_clk, input wire ap_rst_n,
  input wire \[[expr {$in_width - 1}]:0\] s_axis_0_tdata, input wire s_axis_0_tvalid, output wire s_axis_0_tready,
  output wire \[[expr {$out_width - 1}]:0\] m_axis_0_tdata, output wire m_axis_0_tvalid, input wire m_axis_0_tready);
endmodule
"
    set lite_json [expr {$lite ? {,
    {"name": "s_axilite", "type": "axilite", "mode": "slave", "addr_width": 12, "data_width": 32}} : ""}]
    write [file join $ip accelerator.json] "{
  \"format\": \"finn-vivado-accelerator/1\",
  \"vlnv\": \"xilinx_finn:finn:finn_design:1.0\",
  \"top_module\": \"finn_design\",
  \"ip_dir\": \".\",
  \"fpga_part\": \"$part\",
  \"clock\": {\"port\": \"ap_clk\", \"freq_hz\": 100000000},
  \"reset\": {\"port\": \"ap_rst_n\", \"polarity\": \"ACTIVE_LOW\"},
  \"interfaces\": \[
    {\"name\": \"s_axis_0\", \"type\": \"axis\", \"mode\": \"slave\", \"tdata_width\": $in_width, \"frame_beats\": 16},
    {\"name\": \"m_axis_0\", \"type\": \"axis\", \"mode\": \"master\", \"tdata_width\": $out_width, \"frame_beats\": 1}$lite_json
  \],
  \"files\": \[\"hdl/finn_design.v\"\]
}
"
    return $dir
}

# Load the Vivado-command recorder (once) and start a fresh session.
proc ::ftest::recorder {args} {
    variable recorder
    if {[llength [info commands ::vrec::reset]] == 0} {
        uplevel #0 [list source $recorder]
    }
    vrec::reset {*}$args
    return ""
}

# Number of recorded calls of Vivado command NAME.
proc ::ftest::count {name} {
    return [llength [vrec::calls $name]]
}

# Reset the app's memory of earlier builds and shells.
proc ::ftest::forget {} {
    set ::finn::last_build {}
    set ::finn::last_shell {}
}

# What SCRIPT prints on stdout (puts without a channel, or to stdout), run at global level.
proc ::ftest::capture {script} {
    variable captured ""
    rename ::puts ::ftest::real_puts
    proc ::puts {args} {
        set newline [expr {[lindex $args 0] ne "-nonewline"}]
        set words [expr {$newline ? $args : [lrange $args 1 end]}]
        if {[llength $words] == 1 || [lindex $words 0] eq "stdout"} {
            append ::ftest::captured [lindex $words end] [expr {$newline ? "\n" : ""}]
        } else {
            ::ftest::real_puts {*}$args
        }
    }
    set code [catch {uplevel #0 $script} value]
    rename ::puts {}
    rename ::ftest::real_puts ::puts
    if {$code == 1} {
        return -code error $value
    }
    return $captured
}
