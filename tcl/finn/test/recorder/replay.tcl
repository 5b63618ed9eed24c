# Replay Vivado Tcl scripts through the recorder and judge every call by evidence.
#
#   tclsh replay.tcl ?-items? ?-list VERDICTS? ?-version RELEASE? ?-project PART?
#                    ?-unmodeled? ?-json FILE? SCRIPT...
#
# Each script runs in its own interpreter with the recorder in replay mode (README.md):
# calls the session model cannot follow get a stand-in result and the script goes on.
# One line per script:
#   NAME: C commands, R rejected, U unverified, M unmodeled[, ended early: ...][, first rejection: ...]
# and last:
#   TOTAL: N commands, R rejected, U unverified
# R and U count distinct items (kind + key) of a script.  Exit status 1 when R > 0.
# -items prints every distinct item of each script ("  ITEM verdict kind key"), -list
# prints only items with the given verdicts (comma-separated), -version sets what
# `version -short` answers (default: a write_bd_tcl script's own release, else 2022.2).
# -project PART opens a project for PART first (for scripts that expect one; a
# sources.json next to a script may name it as "replay_project"); -unmodeled lists the
# calls the session model could not follow; -json FILE writes every script's figures and
# items as JSON.  Scripts that load the finn app (package require finn) find it through auto_path; its
# backend is $FINN_PYTHON (or python3).

namespace eval replay {
    variable here [file dirname [file normalize [info script]]]
    variable tcl_dir [file normalize [file join $here .. .. ..]]
}
source [file join $replay::here ipmodels.tcl]   ;# vrec::json::parse
source [file join $replay::here evidence.tcl]   ;# the evidence, loaded once for all scripts

# Distinct items of one run: dict {kind key} -> {verdict reason command}.
proc replay::distinct {items} {
    set out [dict create]
    foreach item $items {
        lassign $item verdict kind key reason command
        set k [list $kind $key]
        if {![dict exists $out $k] || $verdict eq "rejected"} {
            dict set out $k [list $verdict $reason $command]
        }
    }
    return $out
}

# Run SCRIPT in a fresh interpreter; returns a dict: calls items unmodeled error.
proc replay::run {script version project} {
    variable here
    variable tcl_dir
    set script [file normalize $script]
    set fh [open $script r]
    set text [read $fh]
    close $fh
    if {$version eq ""} {
        set version 2022.2
        regexp -line {^\s*set\s+scripts_vivado_version\s+(\S+)} $text -> version
    }
    # IPs the script instantiates by a literal VLNV (create_bd_cell ... -vlnv V, or the
    # list_check_ips of a write_bd_tcl script): the replayed IP catalog has them
    set vlnv_re {[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+:[0-9.]+}
    set vlnvs {}
    foreach {all v} [regexp -all -inline "create_bd_cell\[^\n\]*-vlnv\\s+($vlnv_re)" $text] {
        lappend vlnvs $v
    }
    foreach {all block} [regexp -all -inline {set list_check_ips "([^"]*)"} $text] {
        lappend vlnvs {*}[regexp -all -inline $vlnv_re $block]
    }
    set vlnvs [lsort -unique $vlnvs]
    if {$project eq ""} {
        set project [setting $script replay_project]
    }
    set work [file join [expr {[info exists ::env(TMPDIR)] ? $::env(TMPDIR) : "/tmp"}] \
        "finn_replay_[pid]_[clock clicks]"]
    file mkdir $work
    set old [pwd]
    cd $work
    if {![info exists ::env(FINN_ROOT)]} {
        # FINN's shell scripts read board files from $FINN_ROOT/deps/board_files
        set ::env(FINN_ROOT) $work
    }
    set child [interp create]
    try {
        $child eval [list set auto_path [concat $::auto_path [list $tcl_dir]]]
        $child eval {
            rename puts ::replay_puts
            proc puts {args} {
                if {[lindex $args 0] eq "-nonewline"} {
                    set rest [lrange $args 1 end]
                } else {
                    set rest $args
                }
                if {[llength $rest] == 2 && [lindex $rest 0] ni {stdout stderr}} {
                    ::replay_puts {*}$args
                }
            }
            proc exit {args} {
                error "the script called exit"
            }
            rename exec ::replay_exec
            proc exec {args} {
                error "exec is not replayed"
            }
        }
        $child eval {set ::vrec_ev_preloaded 1}
        $child eval [list source [file join $here recorder.tcl]]
        foreach var {sources accepted rejected syntax values} {
            $child eval [list set ::vrec::ev::$var [set ::vrec::ev::$var]]
        }
        $child eval [list vrec::reset -replay 1 -version $version]
        $child eval [list set ::vrec::ev::script_vlnvs $vlnvs]
        if {$project ne ""} {
            $child eval [list create_project -part $project replay [file join $work replay]]
            $child eval {vrec::ev::clear; set ::vrec::unmodeled {}}
        }
        set err ""
        if {[catch {$child eval [list source $script]} msg]} {
            set err $msg
        }
        set result [dict create \
            calls [$child eval {set ::vrec::ev::calls}] \
            items [$child eval {vrec::ev::items}] \
            unmodeled [$child eval {set ::vrec::unmodeled}] \
            error $err]
    } finally {
        interp delete $child
        cd $old
        file delete -force $work
    }
    return $result
}

# A replay setting of SCRIPT from sources.json in its directory ("" when none).
proc replay::setting {script key} {
    set meta [file join [file dirname $script] sources.json]
    if {![file exists $meta]} {
        return ""
    }
    set fh [open $meta r]
    set data [vrec::json::parse [read $fh]]
    close $fh
    set name [file tail $script]
    if {[dict exists $data $name $key]} {
        return [dict get $data $name $key]
    }
    return ""
}

# JSON text of a string.
proc replay::jstr {s} {
    return "\"[string map {\\ \\\\ \" \\\" \n \\n \t \\t \r \\r} $s]\""
}

# JSON text of an item key (list keys become arrays).
proc replay::jkey {kind key} {
    if {$kind in {option option_value pin config config_value rule_setting}} {
        return "\[[join [lmap k $key {jstr $k}] {, }]\]"
    }
    return [jstr $key]
}

proc replay::main {argv} {
    set show {}
    set project ""
    set json ""
    set records {}
    set version ""
    set scripts {}
    for {set i 0} {$i < [llength $argv]} {incr i} {
        set a [lindex $argv $i]
        switch -- $a {
            -items { set show {accepted rejected unverified} }
            -list { set show [split [lindex $argv [incr i]] ,] }
            -version { set version [lindex $argv [incr i]] }
            -project { set project [lindex $argv [incr i]] }
            -json { set json [lindex $argv [incr i]] }
            -unmodeled { set ::replay::show_unmodeled 1 }
            default { lappend scripts $a }
        }
    }
    if {[llength $scripts] == 0} {
        puts stderr "usage: tclsh replay.tcl ?-items? ?-list VERDICTS? ?-version RELEASE? ?-project PART? ?-unmodeled? ?-json FILE? SCRIPT..."
        exit 2
    }
    set total_calls 0
    set total_r 0
    set total_u 0
    foreach script $scripts {
        set res [run $script $version $project]
        set items [distinct [dict get $res items]]
        set r 0
        set u 0
        set first ""
        dict for {k v} $items {
            lassign $v verdict reason command
            if {$verdict eq "rejected"} {
                incr r
                if {$first eq ""} {
                    set first "[join $k { }]: $reason"
                }
            } elseif {$verdict eq "unverified"} {
                incr u
            }
        }
        set calls [dict get $res calls]
        set line "[file tail $script]: $calls commands, $r rejected, $u unverified,\
            [llength [dict get $res unmodeled]] unmodeled"
        if {[dict get $res error] ne ""} {
            append line ", ended early: [string range [lindex [split [dict get $res error] \n] 0] 0 150]"
        }
        if {$first ne ""} {
            append line ", first rejection: $first"
        }
        puts $line
        dict for {k v} $items {
            if {[lindex $v 0] in $show} {
                puts "  ITEM [lindex $v 0] [lindex $k 0] [list [lindex $k 1]]"
            }
        }
        if {[info exists ::replay::show_unmodeled]} {
            foreach m [dict get $res unmodeled] {
                puts "  UNMODELED [string range [join $m {: }] 0 200]"
            }
        }
        set jitems {}
        dict for {k v} $items {
            lappend jitems "    {\"verdict\": [jstr [lindex $v 0]], \"kind\": [jstr [lindex $k 0]], \"key\": [jkey {*}$k]}"
        }
        lappend records "  {\"script\": [jstr [file normalize $script]], \"commands\": $calls, \"rejected\": $r, \"unverified\": $u, \"unmodeled\": [llength [dict get $res unmodeled]], \"error\": [jstr [dict get $res error]], \"items\": \[\n[join $jitems ,\n]\n  \]}"
        incr total_calls $calls
        incr total_r $r
        incr total_u $u
    }
    if {$json ne ""} {
        set fh [open $json w]
        fconfigure $fh -encoding utf-8
        puts $fh "\[\n[join $records ,\n]\n\]"
        close $fh
    }
    puts "TOTAL: $total_calls commands, $total_r rejected, $total_u unverified"
    exit [expr {$total_r > 0 ? 1 : 0}]
}

replay::main $argv
