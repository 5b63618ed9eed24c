# finn::estimate -- the estimate reports of a model or of a finished build, as a dict.

namespace eval ::finn {
    variable estimate_spec {
        {-model      path   ""  "ONNX model or FINN build directory: run the estimate-only flow"}
        {-output_dir path   ""  "output directory (of the estimate run, or of a finished build to read)"}
        {-config     path   ""  "build config JSON"}
        {-target_fps number ""  "target throughput in frames/s for automatic folding"}
        {-clk_ns     number ""  "target clock period in ns"}
        {-board      string ""  "target board (sets the part for the fit check)"}
        {-part       string ""  "FPGA part"}
        {-folding    path   ""  "folding config JSON"}
        {-quiet      flag   ""  "print nothing (not even the summary line); an error returns an empty result"}
    }
}

# Summary: estimated performance and resources: runs the estimate-only flow on -model,
#   or reads the reports of a finished build (-output_dir, default: the last finn::build).
# Argument Usage:
#   [-model <path>] [-output_dir <path>] [-config <path>] [-target_fps <n>] [-clk_ns <n>]
#   [-board <name>] [-part <part>] [-folding <path>] [-quiet] [-help]
# Return Value: dict: network (estimate_network_performance.json), layer_cycles,
#   layer_resources, fit, op_and_param_counts, estimated_throughput_fps, output_dir
# Categories: xilinxtclstore, finn
proc ::finn::estimate {args} {
    variable estimate_spec
    set opts [parse_args estimate $estimate_spec $args]
    if {[dict get $opts help]} {
        return [print_help estimate $estimate_spec]
    }
    set out [dict get $opts output_dir]
    if {[dict get $opts model] eq ""} {
        if {$out eq ""} {
            set out [last_output_dir estimate]
        }
        set request [dict create output_dir $out]
        foreach key {config target_fps clk_ns board part folding} {
            if {[dict get $opts $key] ne ""} {
                warn estimate "-$key is only used with -model (ignored)"
            }
        }
    } else {
        set request [dict create target [dict get $opts model] output_dir $out \
            config [dict get $opts config] target_fps [dict get $opts target_fps] \
            clk_ns [dict get $opts clk_ns] board [dict get $opts board] \
            fpga_part [dict get $opts part] folding [dict get $opts folding]]
    }
    set result [backend estimate estimate $request]
    if {![dict get $opts quiet]} {
        set net [dict get $result network]
        set line [format "estimated %.1f fps, latency %.1f us, bottleneck %s (%s cycles)" \
            [dict get $net estimated_throughput_fps] [expr {[dict get $net estimated_latency_ns] / 1000.0}] \
            [dict get $net max_cycles_node_name] [dict get $net max_cycles]]
        set fit [dict get $result fit]
        if {[dict exists $fit fits]} {
            append line [expr {[dict get $fit fits] ? ", fits " : ", DOES NOT FIT "}] [dict get $fit fpga_part]
        }
        info_msg $line
    }
    return $result
}

# Summary: the output directory of the last finn::build (for commands given none).
# Argument Usage: cmd
# Return Value: path; -E- when there was no build in this session
# Categories: xilinxtclstore, finn
proc ::finn::last_output_dir {cmd} {
    variable last_build
    if {[dict exists $last_build output_dir]} {
        return [dict get $last_build output_dir]
    }
    fail $cmd "no build output given: pass -output_dir <dir> (or run finn::build first in this session)"
}
