# finn::explore -- design-space exploration: estimate every candidate of a sweep, build
# the Pareto-best ones (finn-vivado explore).

namespace eval ::finn {
    variable explore_spec {
        {-model      path   ""  "ONNX model file, or a FINN build directory (model.onnx + dataflow_build_config.json)" required}
        {-sweep      path   ""  "sweep spec JSON: config fields and folding policies as lists of values, build_top" required}
        {-config     path   ""  "base build config JSON"}
        {-output_dir path   ""  "results go to <output_dir>/explore (default: the config's output_dir)"}
        {-workers    int    ""  "worker processes of the embedded local Dask cluster (default: the cores)"}
        {-cluster    string ""  "address of a running Dask scheduler, e.g. tcp://head:8786"}
        {-timeout    number ""  "stop a candidate's build after this many seconds (reported failed)"}
    }
}

# Summary: explore the design space of a model: estimate every candidate of the sweep,
#   build the best -sweep build_top ones of the Pareto fronts to stitched RTL, verify,
#   measure and synthesise them; prints one line per finished candidate.
# Argument Usage:
#   -model <path>: ONNX model or FINN build directory (required)
#   -sweep <path>: sweep spec JSON (required)
#   [-config <path>] [-output_dir <path>] [-workers <n>] [-cluster <address>]
#   [-timeout <seconds>] [-quiet] [-verbose] [-help]
# Return Value: dict with output_dir, results_json, results_csv, pareto, page,
#   candidates, built, failed, fronts (part -> estimated/measured keys), folding
#   (key -> folding config), stages
# Categories: xilinxtclstore, finn
proc ::finn::explore {args} {
    variable explore_spec
    set opts [parse_args explore $explore_spec $args]
    if {[dict get $opts help]} {
        return [print_help explore $explore_spec]
    }
    set request [dict create target [dict get $opts model] sweep [dict get $opts sweep] \
        config [dict get $opts config] output_dir [dict get $opts output_dir] \
        workers [dict get $opts workers] cluster [dict get $opts cluster] \
        timeout [dict get $opts timeout] quiet [expr {$::finn::quiet ? 1 : ""}]]
    set result [backend explore explore $request]
    info_msg [format "%d candidate(s), %d built, %d failed; page %s" [dict get $result candidates] \
        [dict get $result built] [dict get $result failed] [dict get $result page]]
    return $result
}
