# finn::create_bd -- the accelerator in a block design (IP Integrator).

namespace eval ::finn {
    variable create_bd_spec {
        {-output_dir  path   "" "build output directory holding stitched_ip/accelerator.json (default: the last finn::build)"}
        {-accel       path   "" "accelerator description accelerator.json (instead of -output_dir)"}
        {-design      name   "" "block design to use or create (default: the open one, else finn_bd)"}
        {-name        name   "" "cell name of the accelerator (default: <ip name>_0)"}
        {-external    flag   "" "make the accelerator's streams (and AXI-Lite) external ports"}
        {-clock       string "" "BD pin or port driving ap_clk (default: a new ap_clk port)"}
        {-reset       string "" "BD pin or port driving ap_rst_n (default: a new ap_rst_n port)"}
        {-part        string "" "FPGA part for a new project when none is open"}
        {-project_dir path   "" "directory for a new project when none is open"}
        {-script_dir  path   "" "where the generated Tcl goes (default: <output_dir>/vivado)"}
    }
}

# Summary: the accelerator options every Vivado-side command shares, as backend options.
# Argument Usage: cmd opts (parsed options with output_dir, accel, script_dir)
# Return Value: dict for the backend (accel or output_dir, script_dir)
# Categories: xilinxtclstore, finn
proc ::finn::accel_options {cmd opts} {
    set request [dict create script_dir [dict get $opts script_dir]]
    if {[dict get $opts accel] ne ""} {
        dict set request accel [dict get $opts accel]
    } elseif {[dict get $opts output_dir] ne ""} {
        dict set request output_dir [dict get $opts output_dir]
    } else {
        dict set request output_dir [last_output_dir $cmd]
    }
    return $request
}

# Summary: source a generated script when running inside Vivado, otherwise say how to run it.
# Argument Usage: cmd generated (backend dict with key script)
# Return Value: the generated dict merged with the script's value and ran 1/0
# Categories: xilinxtclstore, finn
proc ::finn::run_generated {cmd generated} {
    set script [dict get $generated script]
    if {![in_vivado]} {
        warn $cmd "not inside Vivado: wrote $script; run it in Vivado with: source $script"
        return [dict merge $generated [dict create ran 0]]
    }
    set value [source_script $cmd $script]
    return [dict merge $generated $value [dict create ran 1]]
}

# Summary: put the accelerator IP into the open (or a new) block design, connect its
#   clock and reset (new ap_clk/ap_rst_n ports or given BD pins), optionally make its
#   streams external; adds the IP's directory to the project's IP repositories if needed.
# Argument Usage:
#   [-output_dir <dir> | -accel <accelerator.json>] [-design <bd>] [-name <cell>]
#   [-external] [-clock <pin>] [-reset <pin>] [-part <part>] [-project_dir <dir>]
#   [-script_dir <dir>] [-help]
# Return Value: dict: design, cell, vlnv, clock, reset, interfaces, external, script, ran
# Categories: xilinxtclstore, finn
proc ::finn::create_bd {args} {
    variable create_bd_spec
    set opts [parse_args create_bd $create_bd_spec $args]
    if {[dict get $opts help]} {
        return [print_help create_bd $create_bd_spec]
    }
    set request [accel_options create_bd $opts]
    dict set request design [dict get $opts design]
    dict set request cell [dict get $opts name]
    dict set request external [dict get $opts external]
    dict set request clock [dict get $opts clock]
    dict set request reset [dict get $opts reset]
    dict set request part [dict get $opts part]
    dict set request project_dir [dict get $opts project_dir]
    return [run_generated create_bd [backend create_bd gen-bd $request]]
}
