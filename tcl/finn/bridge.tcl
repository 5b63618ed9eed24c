# finn-vivado Tcl app: the bridge to the Python backend.
#
# The backend runs as  <python> -u -m finn_vivado.app.tcl_bridge COMMAND --key=value ...
# started with `open |[list ...]` on an argument list (no shell, no eval of user text).
# Every user value travels inside a --key=value word, so it can never be read as an
# option or an exec redirection.  Output lines are printed as they arrive; the backend
# ends with "FINN-RESULT <Tcl dict>" or "FINN-ERROR <text>", and "FINN-WARNING <text>"
# lines become -W- messages.

namespace eval ::finn {
    variable python ""
    variable python_source ""
}

# Summary: the Python interpreter the backend runs with, and where that choice came from.
# Argument Usage: none
# Return Value: list {interpreter source} with source config, FINN_PYTHON or default
# Categories: xilinxtclstore, finn
proc ::finn::python_choice {} {
    variable python
    if {$python ne ""} {
        return [list $python config]
    }
    if {[info exists ::env(FINN_PYTHON)] && $::env(FINN_PYTHON) ne ""} {
        return [list $::env(FINN_PYTHON) FINN_PYTHON]
    }
    return [list python3 default]
}

# Summary: the py/ directory of a source checkout holding this app, if there is one.
# Argument Usage: none
# Return Value: absolute path, or "" for an installed app
# Categories: xilinxtclstore, finn
proc ::finn::checkout_py_dir {} {
    set dir [file normalize [file join [app_dir] .. .. py]]
    if {[file exists [file join $dir finn_vivado app tcl_bridge __main__.py]]} {
        return $dir
    }
    return ""
}

# Summary: the command words starting the backend (interpreter checked to exist).
# Argument Usage: cmd (the finn:: command asking, for messages)
# Return Value: list of words
# Categories: xilinxtclstore, finn
proc ::finn::backend_argv {cmd} {
    lassign [python_choice] exe source
    set found [auto_execok $exe]
    if {$found eq ""} {
        set how [dict get {config "finn::config -python" FINN_PYTHON "the FINN_PYTHON environment variable" default "the default"} $source]
        fail $cmd "Python interpreter '$exe' (from $how) not found; install Python 3 with finn-vivado, then set it with finn::config -python /path/to/python (or FINN_PYTHON)"
    }
    return [list {*}$found -u -m finn_vivado.app.tcl_bridge]
}

# Summary: --key=value words for the backend from a dict (empty values are left out).
# Argument Usage: options (dict)
# Return Value: list of words
# Categories: xilinxtclstore, finn
proc ::finn::backend_words {options} {
    set words {}
    dict for {key value} $options {
        if {$value ne ""} {
            lappend words "--$key=$value"
        }
    }
    return $words
}

# Summary: run backend COMMAND with OPTIONS, printing its progress as it runs.
# Argument Usage: cmd command options
#   cmd: the finn:: command (for messages); command: backend command; options: dict
# Return Value: the backend's result (a Tcl dict or list)
# Categories: xilinxtclstore, finn
proc ::finn::backend {cmd command {options {}}} {
    set argv [concat [backend_argv $cmd] [list $command] [backend_words $options]]
    if {$::finn::verbose} {
        info_msg "backend: $argv"
    }
    set saved [save_env {PYTHONPATH PYTHONHOME PYTHONIOENCODING LD_LIBRARY_PATH FINN_VERBOSE}]
    prepare_env
    if {$::finn::verbose} {
        set ::env(FINN_VERBOSE) 1
    }
    set code [catch {run_backend $cmd $argv} answer]
    restore_env $saved
    if {$code} {
        return -code error $answer
    }
    return $answer
}

# Summary: the environment of a backend run: the checkout's py/ first on PYTHONPATH,
#   and nothing of Vivado's own Python or libraries (PYTHONHOME, Xilinx entries of
#   PYTHONPATH and LD_LIBRARY_PATH), which would break a separate Python inside Vivado.
# Argument Usage: none
# Return Value: none (changes ::env until restore_env)
# Categories: xilinxtclstore, finn
proc ::finn::prepare_env {} {
    set sep [expr {$::tcl_platform(platform) eq "windows" ? ";" : ":"}]
    set roots {}
    foreach var {XILINX_VIVADO XILINX_VITIS XILINX_HLS} {
        if {[info exists ::env($var)] && $::env($var) ne ""} {
            lappend roots [file normalize $::env($var)]
        }
    }
    foreach var {PYTHONPATH LD_LIBRARY_PATH} {
        if {![info exists ::env($var)]} {
            continue
        }
        set kept {}
        foreach entry [split $::env($var) $sep] {
            set inside 0
            foreach root $roots {
                if {[string match "$root*" [file normalize $entry]]} {
                    set inside 1
                }
            }
            if {$entry ne "" && !$inside} {
                lappend kept $entry
            }
        }
        set ::env($var) [join $kept $sep]
    }
    unset -nocomplain ::env(PYTHONHOME)
    set py_dir [checkout_py_dir]
    if {$py_dir ne ""} {
        set old [expr {[info exists ::env(PYTHONPATH)] ? $::env(PYTHONPATH) : ""}]
        set ::env(PYTHONPATH) [expr {$old eq "" ? $py_dir : "$py_dir$sep$old"}]
    }
    set ::env(PYTHONIOENCODING) utf-8
}

# Summary: save environment variables NAMES (to restore them after a backend call).
# Argument Usage: names
# Return Value: dict name -> {exists value}
# Categories: xilinxtclstore, finn
proc ::finn::save_env {names} {
    set saved {}
    foreach name $names {
        if {[info exists ::env($name)]} {
            dict set saved $name [list 1 $::env($name)]
        } else {
            dict set saved $name [list 0 ""]
        }
    }
    return $saved
}

# Summary: restore environment variables saved by save_env.
# Argument Usage: saved
# Return Value: none
# Categories: xilinxtclstore, finn
proc ::finn::restore_env {saved} {
    dict for {name state} $saved {
        lassign $state exists value
        if {$exists} {
            set ::env($name) $value
        } elseif {[info exists ::env($name)]} {
            unset ::env($name)
        }
    }
}

# Summary: start ARGV, stream its lines, and return the FINN-RESULT value.
# Argument Usage: cmd argv
# Return Value: the result value; raises -E- on FINN-ERROR or a failed start
# Categories: xilinxtclstore, finn
proc ::finn::run_backend {cmd argv} {
    if {[catch {open |[concat $argv [list 2>@1]] r} chan]} {
        fail $cmd "cannot start the backend ([lindex $argv 0]): $chan"
    }
    fconfigure $chan -encoding utf-8 -translation auto -buffering line
    set result ""
    set have_result 0
    set errors {}
    set tail {}
    while {[gets $chan line] >= 0} {
        if {[string match "FINN-RESULT *" $line]} {
            set result [string range $line 12 end]
            set have_result 1
        } elseif {[string match "FINN-ERROR *" $line]} {
            lappend errors [string range $line 11 end]
        } elseif {[string match "FINN-WARNING *" $line]} {
            warn $cmd [string range $line 13 end]
        } else {
            say $line
            set tail [lrange [lappend tail $line] end-4 end]
        }
    }
    set status [catch {close $chan} close_msg]
    if {[llength $errors]} {
        fail $cmd [join $errors "; "]
    }
    if {$have_result} {
        return $result
    }
    set text [join $tail " "]
    if {[string match "*No module named*finn_vivado*" $text]} {
        fail $cmd "the finn-vivado backend is not installed for Python '[lindex $argv 0]'; install it there (pip install finn-vivado, or pip install -e <checkout>) or choose another Python with finn::config -python (or FINN_PYTHON)"
    }
    fail $cmd "the backend ([lindex $argv 0]) stopped without a result[expr {$status ? ": $close_msg" : ""}]"
}

# Summary: run an external tool (vivado, v++, sh) with its output streamed to the console.
# Argument Usage: cmd argv
# Return Value: exit status (0 on success); raises -E- when it cannot start
# Categories: xilinxtclstore, finn
proc ::finn::run_tool {cmd argv} {
    if {[catch {open |[concat $argv [list 2>@1]] r} chan]} {
        fail $cmd "cannot start [lindex $argv 0]: $chan"
    }
    fconfigure $chan -translation auto -buffering line
    while {[gets $chan line] >= 0} {
        say $line
    }
    if {[catch {close $chan} msg opts]} {
        set code [dict get $opts -errorcode]
        if {[lindex $code 0] eq "CHILDSTATUS"} {
            return [lindex $code 2]
        }
        return 1
    }
    return 0
}

# Summary: true inside Vivado (its Tcl commands exist).
# Argument Usage: none
# Return Value: 1 or 0
# Categories: xilinxtclstore, finn
proc ::finn::in_vivado {} {
    expr {[llength [info commands ::get_ipdefs]] > 0 && [llength [info commands ::create_bd_cell]] > 0}
}

# Summary: the vivado executable for batch runs (XILINX_VIVADO or PATH).
# Argument Usage: none
# Return Value: path, or "" when there is none
# Categories: xilinxtclstore, finn
proc ::finn::vivado_executable {} {
    if {[info exists ::env(XILINX_VIVADO)]} {
        set exe [file join $::env(XILINX_VIVADO) bin vivado]
        if {[file executable $exe]} {
            return $exe
        }
    }
    return [lindex [auto_execok vivado] 0]
}

# Summary: source a generated script at global level (in Vivado) and return its value.
# Argument Usage: cmd script
# Return Value: the script's value
# Categories: xilinxtclstore, finn
proc ::finn::source_script {cmd script} {
    if {[catch {uplevel #0 [list source $script]} value]} {
        fail $cmd "$value (generated script: $script)"
    }
    return $value
}
