# The Vivado-command recorder (for tests only; no Vivado here).
#
# `source recorder.tcl` defines every command of catalog.tcl as a global command that
# checks its options against the catalog, records the call in ::vrec::log and acts on a
# small model of a Vivado session: one project (part, board part, IP repositories, files,
# runs), block designs with cells whose pins follow the IP models of ipmodels.tcl, ports,
# nets and interface nets.  It raises "RECORDER: ..." errors for unknown commands or
# options, bad option values, references to cells, pins, ports or files that were never
# created, connections Vivado would refuse (two drivers, Master to Master, different
# TDATA widths, a TLAST-less stream into the DMA), unknown CONFIG parameters or values,
# and validation failures (unconnected clock/reset/required interfaces, unassigned
# addresses).  Runs "complete" at once and leave placeholder products (bitstream,
# hardware handoff, reports) so scripts that copy them can be run end to end.
#
#   vrec::reset ?-profile 2022.2? ?-board_parts {bp part ...}? ?-slack 1.25? ?-replay 0|1?
#               ?-version RELEASE? (what `version` says; default: the profile)
#   vrec::ev::items    the evidence verdicts of the calls so far (evidence.tcl)
#   \$vrec::unmodeled  replay mode: {command why} of the calls the session model could not follow
#   vrec::log          the recorded calls (each a list: command word ...)
#   vrec::unconnected  pins/interface pins of the current design left unconnected
#   vrec::hardcoded_vlnvs  xilinx.com:ip VLNVs used without a get_ipdefs lookup

namespace eval vrec {
    variable dir [file dirname [file normalize [info script]]]
    variable commands [dict create]
    variable list_args {add_files get_files get_bd_cells get_bd_pins get_bd_intf_pins
        get_bd_ports get_bd_intf_ports get_bd_nets get_bd_intf_nets get_ipdefs get_board_parts
        get_runs launch_runs wait_on_runs connect_bd_net make_bd_pins_external
        make_bd_intf_pins_external apply_bd_automation assign_bd_address get_bd_addr_segs
        get_projects get_filesets}
    variable log {}
    variable unmodeled {}
    variable S
    array set S {}
}

# Register a catalog command (see catalog.tcl).
proc vrec::command {name opts min max {choices {}}} {
    variable commands
    dict set commands $name [dict create opts [dict merge $opts {-quiet 0 -verbose 0}] \
        min $min max $max choices $choices]
}

# Raise a recorder error (what Vivado would reject, or what the model cannot follow).
proc vrec::fail {text} {
    return -code error -errorcode {VREC} "RECORDER: $text"
}

# ---------------------------------------------------------------- dispatch
# Parse WORDS of command NAME against the catalog: returns {options positional}.
proc vrec::parse {name words} {
    variable commands
    variable list_args
    set spec [dict get $commands $name]
    set table [dict get $spec opts]
    set opts [dict create]
    set pos {}
    for {set i 0} {$i < [llength $words]} {incr i} {
        set word [lindex $words $i]
        if {[dict exists $table $word]} {
            if {[dict get $table $word]} {
                if {$i + 1 >= [llength $words]} {
                    fail "$name: option $word needs a value"
                }
                dict set opts $word [lindex $words [incr i]]
            } else {
                dict set opts $word 1
            }
        } elseif {[string index $word 0] eq "-" && ![string is double -strict $word]} {
            fail "$name: unknown option '$word' (valid: [join [lsort [dict keys $table]] {, }])"
        } elseif {$name in $list_args} {
            foreach item [split_objects $word] {
                lappend pos $item
            }
        } elseif {$name in {set_property get_property}} {
            lappend pos $word
        } else {
            lappend pos [single_object $word]
        }
    }
    dict for {option allowed} [dict get $spec choices] {
        if {[dict exists $opts $option]} {
            set value [dict get $opts $option]
            if {[lsearch -exact -nocase $allowed $value] < 0} {
                fail "$name: $option '$value' is not one of [join $allowed {, }]"
            }
        }
    }
    set n [llength $pos]
    if {$n < [dict get $spec min] || ([dict get $spec max] >= 0 && $n > [dict get $spec max])} {
        fail "$name: wrong number of arguments ($n: $pos)"
    }
    return [list $opts $pos]
}

# A positional word of an object-list argument: Vivado reads it as a Tcl list, so a
# path with spaces is several objects unless it is exactly a known object.
proc vrec::split_objects {word} {
    if {[known_object $word]} {
        return [list $word]
    }
    if {[catch {llength $word} n]} {
        fail "argument '$word' is not a valid Tcl list"
    }
    return $word
}

# A positional word of a single-object argument: a one-element list (what get_* commands
# return) stands for its element.
proc vrec::single_object {word} {
    if {[known_object $word] || [catch {llength $word} n] || $n != 1} {
        return $word
    }
    return [lindex $word 0]
}

# Run catalog command NAME (the global stubs call this).
proc vrec::dispatch {name args} {
    variable log
    variable S
    lappend log [list $name {*}$args]
    vrec::ev::judge $name $args
    if {$S(-replay)} {
        return [replay_call $name $args]
    }
    lassign [parse $name $args] opts pos
    set code [catch {vrec::cmd::$name $opts $pos} result options]
    if {$code == 1 && [dict exists $opts -quiet]} {
        return ""
    }
    return -options $options $result
}

# Replay mode: run the call on the session model; when the model cannot follow it (an
# option, IP or object it does not know), note it as unmodeled and go on with a
# stand-in result.  The model's refusals are not verdicts (those come from evidence).
proc vrec::replay_call {name words} {
    variable unmodeled
    set quiet [expr {"-quiet" in $words}]
    set why ""
    if {[catch {parse $name $words} parsed]} {
        set why $parsed
    } elseif {[catch {vrec::cmd::$name {*}$parsed} result]} {
        set why $result
    }
    if {$why ne ""} {
        lappend unmodeled [list $name $why]
        return [expr {$quiet && $name ne "get_ipdefs" ? "" : [vrec::ev::stand_in $name $words]}]
    }
    if {$name eq "get_ipdefs" && $result eq ""} {
        # the replayed Vivado has the IPs a script names exactly (evidence.tcl)
        return [vrec::ev::stand_in $name $words]
    }
    return $result
}

# Define the catalog commands as global commands and make unknown commands errors.
proc vrec::install {} {
    variable commands
    foreach name [dict keys $commands] {
        interp alias {} ::$name {} ::vrec::dispatch $name
    }
    if {[llength [info commands ::vrec::tcl_unknown]] == 0} {
        rename ::unknown ::vrec::tcl_unknown
        proc ::unknown {args} {
            if {$::vrec::S(-replay)} {
                # Tcl's own autoloaded procs (package unknown handlers, tclIndex)
                if {[::auto_load [lindex $args 0] [uplevel 1 {::namespace current}]]} {
                    set code [catch {uplevel 1 $args} result opts]
                    if {$code == 1} {
                        return -options [dict remove $opts -level] $result
                    }
                    return -code $code $result
                }
                lappend ::vrec::log $args
                ::vrec::ev::judge [lindex $args 0] [lrange $args 1 end]
                lappend ::vrec::unmodeled [list [lindex $args 0] "not in the recorder's catalog"]
                return [::vrec::ev::stand_in [lindex $args 0] [lrange $args 1 end]]
            }
            ::vrec::fail "command '[lindex $args 0]' is neither Tcl nor in the catalog of Vivado commands"
        }
    }
}

# ---------------------------------------------------------------- session state
# Start a fresh session. Options: -profile VIVADO_RELEASE, -board_parts {bp part ...},
# -slack WNS_NS (what timing reports say), -ooc_part_family 7series|ultrascale.
proc vrec::reset {args} {
    variable S
    variable log
    variable ::vrec::ipm::profiles
    array unset S
    variable unmodeled {}
    array set S [dict merge {-profile 2022.2 -slack 1.25 -board_parts {} -replay 0 -version ""} $args]
    if {$S(-version) eq ""} {
        set S(-version) $S(-profile)
    }
    if {![dict exists $profiles $S(-profile)]} {
        fail "no IP catalog profile for Vivado $S(-profile) (have [dict keys $profiles])"
    }
    if {$S(-board_parts) eq ""} {
        set S(-board_parts) [default_board_parts]
    }
    set S(project) ""
    set S(bds) [dict create]
    set S(bd) ""
    set S(user_ips) [dict create]
    set S(library_ips) [dict create]
    set S(open_run) ""
    set S(ipdefs_returned) [dict create]
    set log {}
    vrec::ev::clear
    return ""
}

# Board part -> part of every board file in the checkout's boards/ directory.
proc vrec::default_board_parts {} {
    variable dir
    set out {}
    foreach path [glob -nocomplain -directory [file join $dir .. .. .. .. boards] *.json] {
        set fh [open $path r]
        set data [vrec::json::parse [read $fh]]
        close $fh
        if {[dict get $data board_part] ne ""} {
            lappend out [dict get $data board_part] [dict get $data part]
        }
    }
    return $out
}

# The open project (a dict), or an error naming COMMAND.
proc vrec::project {command} {
    variable S
    if {$S(project) eq ""} {
        fail "$command: no project is open"
    }
    return $S(project)
}

proc vrec::project_set {key value} {
    variable S
    dict set S(project) $key $value
}

# The current block design's data (a dict), or an error naming COMMAND.
proc vrec::design {command} {
    variable S
    if {$S(bd) eq ""} {
        fail "$command: no block design is open"
    }
    return [dict get $S(bds) $S(bd)]
}

proc vrec::design_set {key value} {
    variable S
    dict set S(bds) $S(bd) $key $value
}

# True when WORD names an existing object (so it is not split as a list).
proc vrec::known_object {word} {
    variable S
    if {![info exists S(project)]} {
        return 0
    }
    if {$S(project) ne ""} {
        foreach f [dict get $S(project) files] {
            if {[dict get $f path] eq $word} {
                return 1
            }
        }
    }
    return 0
}

# Everything recorded so far.
proc vrec::log {} {
    variable log
    return $log
}

# Calls of command NAME in the log.
proc vrec::calls {name} {
    variable log
    set out {}
    foreach call $log {
        if {[lindex $call 0] eq $name} {
            lappend out $call
        }
    }
    return $out
}

# xilinx.com:ip VLNVs given to create_bd_cell that no earlier get_ipdefs call returned.
proc vrec::hardcoded_vlnvs {} {
    variable S
    set out {}
    foreach call [calls create_bd_cell] {
        set i [lsearch -exact $call -vlnv]
        if {$i >= 0} {
            set vlnv [lindex $call [expr {$i + 1}]]
            if {[string match xilinx.com:ip:* $vlnv] && ![dict exists $S(ipdefs_returned) $vlnv]} {
                lappend out $vlnv
            }
        }
    }
    return $out
}

foreach vrec::file_ {catalog ipmodels cmd_project cmd_bd cmd_validate cmd_runs cmd_ipx evidence} {
    source [file join $vrec::dir "$vrec::file_.tcl"]
}
unset vrec::file_
vrec::reset
vrec::install
