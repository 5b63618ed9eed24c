# finn::synth_ooc -- out-of-context synthesis of the accelerator in Vivado.

namespace eval ::finn {
    variable synth_ooc_spec {
        {-output_dir path   "" "build output directory (default: the last finn::build); the report goes to its report/"}
        {-accel      path   "" "accelerator description accelerator.json (instead of -output_dir)"}
        {-part       string "" "FPGA part (default: the part the accelerator was built for)"}
        {-clk_ns     number "" "clock period in ns (default: the accelerator's clock)"}
        {-jobs       int    4  "parallel jobs for the synthesis run"}
        {-run        choice:batch|here|none batch "batch: a separate vivado -mode batch; here: this Vivado session; none: only write the script"}
        {-script_dir path   "" "where the generated files go (default: <output_dir>/vivado)"}
    }
}

# Summary: out-of-context synthesis of the accelerator (its own project, a clock
#   constraint on ap_clk), the utilization and timing parsed into
#   report/ooc_synth_and_timing.json (FINN's fields: LUT, FF, BRAM_18K, BRAM_36K, DSP,
#   URAM, WNS, fmax_mhz, estimated_throughput_fps, ...). Works with a bare part number.
# Argument Usage:
#   [-output_dir <dir> | -accel <accelerator.json>] [-part <part>] [-clk_ns <n>]
#   [-jobs <n>] [-run batch|here|none] [-script_dir <dir>] [-help]
# Return Value: dict with the report figures (plus report, script, ran); with -run none
#   or without Vivado: script, dir, ran 0
# Categories: xilinxtclstore, finn
proc ::finn::synth_ooc {args} {
    variable synth_ooc_spec
    set opts [parse_args synth_ooc $synth_ooc_spec $args]
    if {[dict get $opts help]} {
        return [print_help synth_ooc $synth_ooc_spec]
    }
    set request [accel_options synth_ooc $opts]
    dict set request part [dict get $opts part]
    dict set request clk_ns [dict get $opts clk_ns]
    dict set request jobs [dict get $opts jobs]
    set generated [backend synth_ooc gen-ooc $request]
    set script [dict get $generated script]
    set mode [dict get $opts run]
    if {$mode eq "here" && ![in_vivado]} {
        fail synth_ooc "-run here needs Vivado; use -run batch (a separate vivado) or -run none"
    }
    if {$mode eq "batch"} {
        set vivado [vivado_executable]
        if {$vivado eq ""} {
            warn synth_ooc "vivado not found (PATH or XILINX_VIVADO): wrote $script; run it with: vivado -mode batch -source $script"
            return [dict merge $generated [dict create ran 0]]
        }
        set status [run_tool synth_ooc [list $vivado -mode batch -nojournal -nolog -notrace -source $script]]
        if {$status != 0} {
            fail synth_ooc "vivado exited with status $status running $script"
        }
    } elseif {$mode eq "here"} {
        source_script synth_ooc $script
    } else {
        info_msg "wrote $script; run it with: vivado -mode batch -source $script"
        return [dict merge $generated [dict create ran 0]]
    }
    set report_dir [expr {[dict exists $request output_dir] ? [dict get $request output_dir] : ""}]
    set summary [backend synth_ooc parse-ooc [dict create dir [dict get $generated dir] output_dir $report_dir]]
    return [dict merge $generated $summary [dict create ran 1]]
}
