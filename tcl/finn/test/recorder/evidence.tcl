# Evidence verdicts of the recorder (README.md in this directory).
#
# Every call of a Vivado command is broken into items -- the command, each option, the
# values of enumerated options, the IP (vendor:library:name) of a new cell, the CONFIG
# parameters and pins of Xilinx IP cells, interface VLNVs, block-automation rules and
# their settings, object properties -- and each item gets one verdict from the evidence
# files evidence/*.json:
#   accepted    a real Vivado-written or Xilinx-maintained script, or a Xilinx document,
#               attests it (the entry names the source);
#   rejected    known wrong, with a source: an explicit "rejected" entry, an option that is
#               not in a command's complete option list (a syntax entry from UG835) and is
#               attested nowhere else, an enumerated value outside the documented ones, or
#               a positional-argument count outside the documented syntax;
#   unverified  no evidence either way.
# Attested real use wins over a document's option list (documents lag behind Vivado).
#
#   vrec::ev::load ?DIR?       read the evidence files (done when this file is sourced)
#   vrec::ev::judge NAME WORDS record the items of one call
#   vrec::ev::items            {verdict kind key reason command} of the calls so far
#   vrec::ev::clear            forget the items and the cells of the session

namespace eval vrec::ev {
    variable dir [file join [file dirname [file normalize [info script]]] evidence]
    variable sources [dict create]
    variable accepted [dict create]
    variable rejected [dict create]
    variable syntax [dict create]
    variable values [dict create]
    variable items {}
    variable calls 0
    variable cells [dict create]
    variable inst /
    variable script_vlnvs {}   ;# replay: VLNVs the replayed script names after -vlnv
    # options whose value is one of a documented set (judged as option_value items)
    variable enum_options {
        create_bd_cell -type create_bd_port -dir create_bd_port -type
        create_bd_intf_port -mode create_bd_intf_pin -mode create_bd_pin -dir
        create_bd_pin -type launch_runs -to_step package_xo -ctrl_protocol
        report_timing_summary -delay_type
    }
}

# ---------------------------------------------------------------- loading
proc vrec::ev::load {{from ""}} {
    variable dir
    variable sources
    variable accepted
    variable rejected
    variable syntax
    variable values
    if {$from ne ""} {
        set dir $from
    }
    set sources [dict create]
    set accepted [dict create]
    set rejected [dict create]
    set syntax [dict create]
    set values [dict create]
    foreach path [lsort [glob -nocomplain -directory $dir *.json]] {
        set fh [open $path r]
        fconfigure $fh -encoding utf-8
        set data [json [read $fh]]
        close $fh
        set file [file tail $path]
        if {[dict exists $data sources]} {
            set sources [dict merge $sources [dict get $data sources]]
        }
        foreach entry [expr {[dict exists $data items] ? [dict get $data items] : {}}] {
            set kind [dict get $entry kind]
            set key [dict get $entry key]
            set srcs [dict get $entry sources]
            if {[llength $srcs] == 0} {
                error "RECORDER: evidence $file: $kind '$key' names no source"
            }
            set verdict accepted
            if {[dict exists $entry verdict]} {
                set verdict [dict get $entry verdict]
            }
            if {$kind eq "syntax"} {
                dict set syntax $key $entry
            } elseif {$kind eq "config_values"} {
                dict set values $key $entry
            } elseif {$verdict eq "rejected"} {
                dict set rejected [list $kind $key] [dict create \
                    reason [expr {[dict exists $entry reason] ? [dict get $entry reason] : ""}] \
                    sources $srcs]
            } else {
                set id [list $kind $key]
                set old [expr {[dict exists $accepted $id] ? [dict get $accepted $id] : {}}]
                dict set accepted [list $kind $key] [lsort -unique [concat $old $srcs]]
            }
        }
    }
    return [dict size $accepted]
}

# JSON text -> Tcl value (objects -> dicts, arrays -> lists, true/false -> 1/0, null -> ""):
# one regexp splits the text into tokens, then a descent over the token list (the
# evidence files are large; a character-by-character reader is too slow).
proc vrec::ev::json {text} {
    set re {"(?:[^"\\]|\\.)*"|-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|true|false|null|[][{}:,]}
    variable toks [regexp -all -inline $re $text]
    variable tpos 0
    set value [json_value]
    if {$tpos != [llength $toks]} {
        error "RECORDER: trailing text in JSON"
    }
    unset toks
    return $value
}

proc vrec::ev::json_value {} {
    variable toks
    variable tpos
    set t [lindex $toks $tpos]
    incr tpos
    switch -- $t {
        "\{" {
            set out [dict create]
            if {[lindex $toks $tpos] eq "\}"} { incr tpos; return $out }
            while 1 {
                set key [json_value]
                if {[lindex $toks $tpos] ne ":"} { error "RECORDER: JSON ':' expected" }
                incr tpos
                dict set out $key [json_value]
                set t [lindex $toks $tpos]
                incr tpos
                if {$t eq "\}"} { return $out }
                if {$t ne ","} { error "RECORDER: JSON ',' expected" }
            }
        }
        "\[" {
            set out {}
            if {[lindex $toks $tpos] eq "\]"} { incr tpos; return $out }
            while 1 {
                lappend out [json_value]
                set t [lindex $toks $tpos]
                incr tpos
                if {$t eq "\]"} { return $out }
                if {$t ne ","} { error "RECORDER: JSON ',' expected" }
            }
        }
        true { return 1 }
        false { return 0 }
        null { return "" }
    }
    if {[string index $t 0] eq "\""} {
        return [subst -nocommands -novariables [string map {\\/ /} [string range $t 1 end-1]]]
    }
    if {[string is double -strict $t]} {
        return $t
    }
    error "RECORDER: unexpected JSON text '$t'"
}

# The citations of source IDS, for a rejection reason.
proc vrec::ev::sources_text {ids} {
    return [join [lmap id $ids {cite $id}] {; }]
}

# Citation of source ID (for rejection reasons).
proc vrec::ev::cite {id} {
    variable sources
    if {![dict exists $sources $id]} {
        return $id
    }
    set s [dict get $sources $id]
    if {[dict exists $s cite]} {
        return [dict get $s cite]
    }
    return $id
}

proc vrec::ev::clear {} {
    variable items
    variable calls
    variable cells
    variable inst
    set items {}
    set calls 0
    set cells [dict create]
    set inst /
}

proc vrec::ev::items {} {
    variable items
    return $items
}

# ---------------------------------------------------------------- verdicts
# Verdict of one item: {verdict reason}.
proc vrec::ev::verdict {kind key} {
    variable accepted
    variable rejected
    variable syntax
    if {[dict exists $rejected [list $kind $key]]} {
        set r [dict get $rejected [list $kind $key]]
        return [list rejected "[dict get $r reason] ([sources_text [dict get $r sources]])"]
    }
    if {[dict exists $accepted [list $kind $key]]} {
        return [list accepted ""]
    }
    if {$kind eq "command" && [dict exists $syntax $key]} {
        return [list accepted ""]
    }
    if {$kind eq "option"} {
        lassign $key command option
        if {[dict exists $syntax $command]} {
            set s [dict get $syntax $command]
            if {[dict exists $s options $option]} {
                return [list accepted ""]
            }
            if {[dict exists $s complete] && [dict get $s complete] && ![no_syntax_rejections]} {
                return [list rejected "$command has no option $option (complete option list:\
                    [join [lsort [dict keys [dict get $s options]]] { }];\
                    [sources_text [dict get $s sources]])"]
            }
        }
    }
    if {$kind eq "config_value"} {
        variable values
        lassign $key ip param value
        if {[dict exists $values [list $ip $param]]} {
            set v [dict get $values [list $ip $param]]
            set ok 0
            if {[dict exists $v values]} {
                set ok [expr {[lsearch -exact -nocase [dict get $v values] $value] >= 0}]
            }
            if {!$ok && [dict exists $v range] && [string is double -strict $value]} {
                lassign [dict get $v range] lo hi
                set ok [expr {$value >= $lo && $value <= $hi}]
            }
            if {$ok} {
                return [list accepted ""]
            }
            if {![no_syntax_rejections]} {
                set allowed {}
                if {[dict exists $v values]} {
                    lappend allowed [join [dict get $v values] {, }]
                }
                if {[dict exists $v range]} {
                    lappend allowed [join [dict get $v range] ..]
                }
                return [list rejected "$ip CONFIG.$param '$value' is not one of the documented\
                    values ([join $allowed {; }]; [sources_text [dict get $v sources]])"]
            }
        }
    }
    if {$kind eq "option_value"} {
        lassign $key command option value
        if {[dict exists $syntax $command choices $option]} {
            set allowed [dict get $syntax $command choices $option]
            if {[lsearch -exact -nocase $allowed $value] >= 0} {
                return [list accepted ""]
            }
            if {[no_syntax_rejections]} {
                return [list unverified ""]
            }
            return [list rejected "$command $option '$value' is not one of [join $allowed {, }]\
                ([sources_text [dict get $syntax $command sources]])"]
        }
    }
    return [list unverified ""]
}

# Learning from real scripts (learn_corpus.py sets FINN_REPLAY_LEARN=1): a document's
# option list, values or argument count must not reject what a real script does, so
# those rejections are off; explicit "rejected" entries still apply.
proc vrec::ev::no_syntax_rejections {} {
    return [expr {[info exists ::env(FINN_REPLAY_LEARN)] && $::env(FINN_REPLAY_LEARN) eq "1"}]
}

proc vrec::ev::add {command kind key {verdict ""} {reason ""}} {
    variable items
    if {$verdict eq ""} {
        lassign [verdict $kind $key] verdict reason
    }
    lappend items [list $verdict $kind $key $reason $command]
}

# ---------------------------------------------------------------- objects
# Absolute block-design path of WORD relative to the current instance.
proc vrec::ev::abs {word} {
    variable inst
    if {[string index $word 0] eq "/"} {
        return $word
    }
    if {$word eq "."} {
        return $inst
    }
    return [expr {$inst eq "/" ? "/$word" : "$inst/$word"}]
}

# The cell a word names ({} when none): the word itself may be a one-element list.
proc vrec::ev::cell_of {word} {
    variable cells
    if {![catch {llength $word} n] && $n == 1} {
        set word [lindex $word 0]
    }
    foreach candidate [list $word [abs $word]] {
        if {[dict exists $cells $candidate]} {
            return $candidate
        }
    }
    return ""
}

# The IP key (vendor:library:name) of a Xilinx catalog cell, or "" for hierarchies,
# module references and the project's own IP.
proc vrec::ev::ip_of_cell {path} {
    variable cells
    if {$path eq "" || ![dict exists $cells $path]} {
        return ""
    }
    set vlnv [dict get $cells $path]
    if {[llength [split $vlnv :]] < 3} {
        return ""
    }
    if {[info exists ::vrec::S(user_ips)] && [dict exists $::vrec::S(user_ips) $vlnv]} {
        return ""
    }
    if {[info exists ::vrec::S(library_ips)] && [dict exists $::vrec::S(library_ips) $vlnv]} {
        return ""
    }
    return [join [lrange [split $vlnv :] 0 2] :]
}

proc vrec::ev::vln {vlnv} {
    return [join [lrange [split $vlnv :] 0 2] :]
}

# ---------------------------------------------------------------- parsing a call
# Split WORDS of COMMAND into {options positional}: options as a list of {name value}
# (value "" for a switch).  Whether an option takes a value: the syntax entry, else the
# recorder's catalog, else "when the next word is not an option".
proc vrec::ev::split_call {command words} {
    variable syntax
    set table {}
    if {[dict exists $syntax $command]} {
        set table [dict get $syntax $command options]
    } elseif {[dict exists $::vrec::commands $command]} {
        set table [dict get $::vrec::commands $command opts]
    }
    set opts {}
    set pos {}
    set n [llength $words]
    for {set i 0} {$i < $n} {incr i} {
        set word [lindex $words $i]
        if {[regexp {^-[A-Za-z][A-Za-z0-9_]*$} $word]} {
            if {[dict exists $table $word]} {
                set takes [dict get $table $word]
            } else {
                set next [lindex $words [expr {$i + 1}]]
                set takes [expr {$i + 1 < $n && ![regexp {^-[A-Za-z]} $next]}]
            }
            if {$takes && $i + 1 < $n} {
                lappend opts [list $word [lindex $words [incr i]]]
            } else {
                lappend opts [list $word ""]
            }
        } else {
            lappend pos $word
        }
    }
    return [list $opts $pos]
}

proc vrec::ev::opt {opts name} {
    foreach o $opts {
        if {[lindex $o 0] eq $name} {
            return [lindex $o 1]
        }
    }
    return ""
}

# ---------------------------------------------------------------- judging a call
proc vrec::ev::judge {command words} {
    variable syntax
    variable cells
    variable inst
    variable calls
    variable enum_options
    set command [string trimleft $command :]
    incr calls
    add $command command $command
    lassign [split_call $command $words] opts pos
    set all_known 1
    foreach o $opts {
        set option [lindex $o 0]
        add $command option [list $command $option]
        if {![dict exists $syntax $command options $option]} {
            set all_known 0
        }
    }
    foreach {c option} $enum_options {
        if {$c eq $command} {
            foreach o $opts {
                if {[lindex $o 0] eq $option} {
                    add $command option_value [list $command $option [lindex $o 1]]
                }
            }
        }
    }
    # positional arguments against the documented syntax (only when every option used
    # is one the same document lists: a form it does not describe may move arguments)
    if {$all_known && [dict exists $syntax $command min] && ![no_syntax_rejections]} {
        set s [dict get $syntax $command]
        set n [llength $pos]
        set max [dict get $s max]
        if {$n < [dict get $s min] || ($max >= 0 && $n > $max)} {
            set range "[dict get $s min]..[expr {$max < 0 ? "n" : $max}]"
            add $command arity $command rejected "$command takes $range positional arguments,\
                got $n ([sources_text [dict get $s sources]])"
        }
    }
    switch -- $command {
        create_bd_cell {
            set name [lindex $pos 0]
            set type [string tolower [opt $opts -type]]
            set path [abs $name]
            if {$type in {"" ip}} {
                set vlnv [opt $opts -vlnv]
                dict set cells $path $vlnv
                if {$vlnv ne "" && [ip_of_cell $path] ne ""} {
                    add $command ip [vln $vlnv]
                }
            } else {
                dict set cells $path $type
            }
        }
        create_bd_intf_port - create_bd_intf_pin {
            set vlnv [opt $opts -vlnv]
            if {$vlnv ne ""} {
                add $command interface [vln $vlnv]
            }
        }
        current_bd_instance {
            if {[llength $pos] == 1} {
                set to [lindex $pos 0]
                if {$to eq ".."} {
                    set inst [expr {[file dirname $inst] eq "" ? "/" : [file dirname $inst]}]
                } else {
                    set inst [abs [lindex $to 0]]
                }
            }
        }
        get_bd_pins - get_bd_intf_pins {
            if {[opt $opts -of_objects] eq "" && [opt $opts -filter] eq ""} {
                foreach word $pos {
                    foreach p [expr {[catch {llength $word}] ? [list $word] : $word}] {
                        set full [abs $p]
                        set ip [ip_of_cell [cell_of [file dirname $full]]]
                        if {$ip ne ""} {
                            add $command pin [list $ip [file tail $full]]
                        }
                    }
                }
            }
        }
        apply_bd_automation {
            set rule [opt $opts -rule]
            if {$rule ne ""} {
                add $command rule [vln $rule]
                set config [opt $opts -config]
                if {![catch {dict size $config}]} {
                    foreach key [dict keys $config] {
                        add $command rule_setting [list [vln $rule] $key]
                    }
                }
            }
        }
        set_property {
            set dictv [opt $opts -dict]
            if {$dictv ne ""} {
                set pairs $dictv
                set objects $pos
            } elseif {[opt $opts -name] ne ""} {
                set pairs [list [opt $opts -name] [opt $opts -value]]
                set objects [opt $opts -objects]
            } else {
                set pairs [lrange $pos 0 1]
                set objects [lrange $pos 2 end]
            }
            if {[catch {dict size $pairs}]} {
                set pairs {}
            }
            judge_properties $command $pairs $objects 1
        }
        get_property {
            if {[llength $pos] == 2} {
                judge_properties $command [list [lindex $pos 0] ""] [list [lindex $pos 1]] 0
            }
        }
    }
}

# Properties (PAIRS: name value ...) of OBJECTS, set (SET 1) or read: CONFIG.X of a Xilinx
# IP cell is a "config" item of that IP, and when set a "config_value" item; CONFIG.X of
# anything else (ports, module references, the project's own IP) is left to the model;
# every other name is a "property" item.
proc vrec::ev::judge_properties {command pairs objects set} {
    set ips {}
    foreach word $objects {
        set items_ [expr {[catch {llength $word}] ? [list $word] : $word}]
        if {[llength $items_] == 0} {
            continue
        }
        foreach object $items_ {
            set cell [cell_of $object]
            if {$cell ne ""} {
                set ip [ip_of_cell $cell]
                if {$ip ne "" && $ip ni $ips} {
                    lappend ips $ip
                }
            }
        }
    }
    foreach {name value} $pairs {
        if {[string match -nocase CONFIG.* $name]} {
            foreach ip $ips {
                set param [string range $name 7 end]
                add $command config [list $ip $param]
                if {$set} {
                    add $command config_value [list $ip $param [string trim $value]]
                }
            }
        } else {
            add $command property [string toupper $name]
        }
    }
}

# ---------------------------------------------------------------- stand-in results
# What a call returns when the session model cannot follow it (replay mode): enough for a
# script to go on, never a verdict.
proc vrec::ev::stand_in {command words} {
    variable cells
    variable inst
    set command [string trimleft $command :]
    lassign [split_call $command $words] opts pos
    switch -glob -- $command {
        current_bd_instance { return $inst }
        get_property {
            lassign $pos name object
            if {[string toupper $name] eq "TYPE"} {
                set object [lindex $object 0]
                if {$object eq "/"} { return hier }
                set cell [cell_of $object]
                if {$cell ne ""} {
                    set v [dict get $cells $cell]
                    if {$v in {hier container}} { return hier }
                    return [expr {$v eq "module" ? "module_ref" : "ip"}]
                }
            }
            # an IP parameter read back (a number in the scripts seen: widths, frequencies)
            return [expr {[string match -nocase CONFIG.* $name] ? 0 : ""}]
        }
        get_ipdefs {
            # exact VLNVs the script itself instantiates by name (a write_bd_tcl script
            # checks its IPs before it builds the design; the IP repositories of real
            # projects are not part of the replay)
            variable script_vlnvs
            set out {}
            foreach p $pos {
                if {![regexp {[*?\[]} $p] && $p in $script_vlnvs} {
                    lappend out $p
                }
            }
            return $out
        }
        create_bd_cell - create_bd_pin - create_bd_intf_pin - create_bd_port - create_bd_intf_port {
            return [abs [lindex $pos 0]]
        }
        create_* { return [lindex $pos 0] }
        get_* {
            set out {}
            foreach p $pos {
                if {![regexp {[*?]} $p]} { lappend out $p }
            }
            return $out
        }
        default { return "" }
    }
}

# replay.tcl loads the evidence once and hands it to each script's interpreter
if {![info exists ::vrec_ev_preloaded]} {
    vrec::ev::load
}
