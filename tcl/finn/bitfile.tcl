# finn::bitfile -- implementation to bitstream (Zynq) or v++ link (Alveo).

namespace eval ::finn {
    variable bitfile_spec {
        {-output_dir path   "" "build output directory; the files go to its bitfile/ (default: the last finn::build)"}
        {-board      string "" "board (default: the board of the last finn::create_shell or build)"}
        {-design     name   finn_shell "shell block design (Zynq)"}
        {-jobs       int    4  "parallel jobs for implementation"}
        {-script_dir path   "" "where the generated Tcl goes (default: <output_dir>/vivado)"}
    }
}

# Summary: Zynq: run implementation of the open shell project to write_bitstream and
#   copy the .bit and .hwh to <output_dir>/bitfile (finn-accel.bit, finn-accel.hwh).
#   Alveo: run the v++ link script written by finn::create_shell (needs Vitis).
# Argument Usage:
#   [-output_dir <dir>] [-board <name>] [-design <bd>] [-jobs <n>] [-script_dir <dir>] [-help]
# Return Value: dict: bit, hwh (Zynq) or xclbin (Alveo), script, ran
# Categories: xilinxtclstore, finn
proc ::finn::bitfile {args} {
    variable bitfile_spec
    variable last_shell
    variable last_build
    set opts [parse_args bitfile $bitfile_spec $args]
    if {[dict get $opts help]} {
        return [print_help bitfile $bitfile_spec]
    }
    set out [dict get $opts output_dir]
    if {$out eq ""} {
        set out [last_output_dir bitfile]
    }
    set board [dict get $opts board]
    foreach source [list $last_shell $last_build] {
        if {$board eq "" && [dict exists $source board]} {
            set board [dict get $source board]
        }
    }
    if {$board ne "" && [dict get [backend bitfile board [dict create name $board]] shell_flow] eq "vitis_alveo"} {
        return [alveo_link $out $board $last_shell]
    }
    set generated [backend bitfile gen-bitfile [dict create output_dir $out \
        script_dir [dict get $opts script_dir] design [dict get $opts design] jobs [dict get $opts jobs]]]
    return [run_generated bitfile $generated]
}

# Summary: run the Alveo link script of the last create_shell (v++ must be on PATH).
# Argument Usage: out board shell
# Return Value: dict: xclbin, script, ran
# Categories: xilinxtclstore, finn
proc ::finn::alveo_link {out board shell} {
    if {[dict exists $shell link_script] && [dict get $shell board] eq $board} {
        set script [dict get $shell link_script]
        set xclbin [dict get $shell xclbin]
    } else {
        set script [file join $out vivado "alveo_$board" link.sh]
        set xclbin [file join $out vivado "alveo_$board" finn-accel.xclbin]
    }
    if {![file exists $script]} {
        fail bitfile "no Alveo link script $script; run finn::create_shell -board $board first"
    }
    if {[auto_execok v++] eq ""} {
        warn bitfile "v++ (Vitis) not found: run the link yourself with: sh $script"
        return [dict create script $script xclbin $xclbin ran 0]
    }
    set status [run_tool bitfile [list sh $script]]
    if {$status != 0} {
        fail bitfile "the v++ link failed (status $status); see the output above"
    }
    set dest [file join $out bitfile]
    file mkdir $dest
    file copy -force $xclbin $dest
    return [dict create script $script xclbin [file join $dest [file tail $xclbin]] ran 1]
}
