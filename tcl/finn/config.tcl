# finn::config -- app settings.

namespace eval ::finn {
    variable config_spec {
        {-python path "" "Python interpreter with finn-vivado installed (overrides FINN_PYTHON)"}
        {-reset  flag ""  "forget the -python setting (use FINN_PYTHON, else python3)"}
    }
}

# Summary: show or change the app's settings: the Python interpreter that runs the
#   backend is, in order, the -python setting, the FINN_PYTHON environment variable,
#   python3 on PATH.
# Argument Usage: [-python <path>] [-reset] [-help]
# Return Value: dict: python, python_source (config, FINN_PYTHON or default), app_dir,
#   checkout_py (the checkout's py/ directory, or empty)
# Categories: xilinxtclstore, finn
proc ::finn::config {args} {
    variable config_spec
    variable python
    set opts [parse_args config $config_spec $args]
    if {[dict get $opts help]} {
        return [print_help config $config_spec]
    }
    if {[dict get $opts reset]} {
        set python ""
    }
    if {[dict get $opts python] ne ""} {
        set python [dict get $opts python]
    }
    lassign [python_choice] exe source
    return [dict create python $exe python_source $source app_dir [app_dir] \
        checkout_py [checkout_py_dir]]
}
