# finn::build -- compile a QONNX/FINN-ONNX model into an accelerator IP.

namespace eval ::finn {
    variable last_build {}
    variable build_spec {
        {-model      path   ""  "ONNX model file, or a FINN build directory (model.onnx + dataflow_build_config.json)" required}
        {-config     path   ""  "build config JSON with FINN's DataflowBuildConfig fields"}
        {-output_dir path   ""  "directory for all outputs (overrides output_dir)"}
        {-target_fps number ""  "target throughput in frames/s for automatic folding"}
        {-clk_ns     number ""  "target clock period in ns (synth_clk_period_ns)"}
        {-board      string ""  "target board (see finn::boards); sets the part"}
        {-part       string ""  "FPGA part, e.g. xc7z020clg400-1 (overrides the board's part)"}
        {-folding    path   ""  "folding config JSON (per-layer PE, SIMD, ram_style, FIFO depths)"}
        {-ip_repo    path   ""  "Vivado IP repository the accelerator IP is installed into"}
        {-outputs    list   ""  "output products, e.g. {estimate_reports stitched_ip} (FINN names)"}
        {-steps      choice:default|estimate "" "step list: the full flow, or stop after the estimates"}
        {-start_step string ""  "first step to run (resumes a build)"}
        {-stop_step  string ""  "last step to run"}
        {-verbose    flag   ""  "echo step output and warnings to the console; no message limit"}
    }
}

# Summary: compile a quantized network (QONNX / FINN-ONNX) into a streaming dataflow
#   accelerator; with -ip_repo the packaged IP is installed there (and, inside Vivado
#   with a project open, the repository is added to the project).
# Argument Usage:
#   -model <path>: ONNX model or FINN build directory (required)
#   [-config <path>] [-output_dir <path>] [-target_fps <n>] [-clk_ns <n>] [-board <name>]
#   [-part <part>] [-folding <path>] [-ip_repo <path>] [-outputs <list>]
#   [-steps default|estimate] [-start_step <step>] [-stop_step <step>] [-verbose] [-help]
# Return Value: dict with output_dir, log, reports (name -> path), stitched_ip,
#   accelerator (accelerator.json), vlnv, ip_repo, ip_installed, time_per_step,
#   estimated_throughput_fps (when estimated)
# Categories: xilinxtclstore, finn
proc ::finn::build {args} {
    variable build_spec
    variable last_build
    set opts [parse_args build $build_spec $args]
    if {[dict get $opts help]} {
        return [print_help build $build_spec]
    }
    set request [dict create target [dict get $opts model] config [dict get $opts config] \
        output_dir [dict get $opts output_dir] target_fps [dict get $opts target_fps] \
        clk_ns [dict get $opts clk_ns] board [dict get $opts board] \
        fpga_part [dict get $opts part] folding [dict get $opts folding] \
        ip_repo [dict get $opts ip_repo] outputs [join [dict get $opts outputs] ,] \
        steps [dict get $opts steps] start_step [dict get $opts start_step] \
        stop_step [dict get $opts stop_step] verbose [expr {[dict get $opts verbose] ? 1 : ""}]]
    set result [backend build build $request]
    set last_build $result
    info_msg "outputs in [dict get $result output_dir]"
    if {[dict get $result ip_installed] ne "" && [in_vivado] && [current_project -quiet] ne ""} {
        add_ip_repo -repo [dict get $result ip_repo]
    }
    return $result
}
