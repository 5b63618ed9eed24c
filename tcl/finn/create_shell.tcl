# finn::create_shell -- a board shell around the accelerator (Zynq or Alveo).

namespace eval ::finn {
    variable last_shell {}
    variable create_shell_spec {
        {-board       string "" "target board (see finn::boards; default: the board of the last build)"}
        {-output_dir  path   "" "build output directory (default: the last finn::build)"}
        {-accel       path   "" "accelerator description accelerator.json (instead of -output_dir)"}
        {-design      name   finn_shell "name of the shell block design (Zynq)"}
        {-clk_ns      number "" "PL clock period in ns (default: the accelerator's clock)"}
        {-project_dir path   "" "directory for a new project when none is open (Zynq)"}
        {-script_dir  path   "" "where the generated files go (default: <output_dir>/vivado)"}
    }
}

# Summary: build the board shell. Zynq-7000 / Zynq UltraScale+: processing system with
#   the board preset, AXI DMA, AXI-Lite interconnect for control, SmartConnect to the HP
#   port, clock and reset, address map, validation, HDL wrapper as project top (a project
#   for the board's part is created when none is open). Alveo: the accelerator packaged
#   as a Vitis kernel (package_xo), DMA kernels and a v++ link config using the board's
#   memory bank.
# Argument Usage:
#   [-board <name>] [-output_dir <dir> | -accel <accelerator.json>] [-design <bd>]
#   [-clk_ns <n>] [-project_dir <dir>] [-script_dir <dir>] [-help]
# Return Value: dict: kind (zynq or alveo), board, script, ran, and for Zynq design,
#   wrapper, project, clk_mhz, cells, host_layout; for Alveo xo, link_config, link_script
# Categories: xilinxtclstore, finn
proc ::finn::create_shell {args} {
    variable create_shell_spec
    variable last_shell
    variable last_build
    set opts [parse_args create_shell $create_shell_spec $args]
    if {[dict get $opts help]} {
        return [print_help create_shell $create_shell_spec]
    }
    set board [dict get $opts board]
    if {$board eq "" && [dict exists $last_build board]} {
        set board [dict get $last_build board]
    }
    if {$board eq ""} {
        fail create_shell "give the board with -board (finn::boards lists them); a bare FPGA part has no shell"
    }
    set request [accel_options create_shell $opts]
    dict set request board $board
    dict set request design [dict get $opts design]
    dict set request clk_ns [dict get $opts clk_ns]
    dict set request project_dir [dict get $opts project_dir]
    set result [run_generated create_shell [backend create_shell gen-shell $request]]
    set last_shell $result
    return $result
}
