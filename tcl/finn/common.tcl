# finn-vivado Tcl app: messages, the shared argument parser and -help output.
#
# Every command describes its options once, as a spec list of
#   {-name type default summary ?required?}
# where type is one of: path string name number int flag list, or choice:a|b|c.
# ::finn::parse_args turns the command's arguments into a dict keyed by the option name
# (without the dash) and handles -help/-usage; nothing else parses arguments.

namespace eval ::finn {
    # one-line summary of every command, in help order
    variable summaries [dict create \
        build        "Compile a QONNX/FINN-ONNX model into an accelerator IP (in an IP repository)" \
        estimate     "Estimated throughput, latency, per-layer cycles and resources, device fit" \
        explore      "Sweep configs: estimate every candidate, build and measure the Pareto-best" \
        add_ip_repo  "Add an IP repository to the open project and refresh the IP catalog" \
        create_bd    "Put the accelerator into a block design with clock and reset" \
        create_shell "Build a board shell around the accelerator (Zynq PS + DMA, or Alveo kernel)" \
        synth_ooc    "Out-of-context synthesis of the accelerator, report in report/ooc_synth_and_timing.json" \
        bitfile      "Implementation to bitstream; .bit and .hwh copied to <output_dir>/bitfile" \
        boards       "The known boards (FPGA part, shell flow, family)" \
        config       "Show or change app settings (Python interpreter)" \
        version      "App and backend versions" \
        selftest     "Check the app end to end in this Vivado; writes a PASS/FAIL/SKIP report per check" \
        help         "List the commands, or show the help of one"]
}

# Summary: print an informational line to the console.
# Argument Usage: text
# Return Value: none
# Categories: xilinxtclstore, finn
proc ::finn::info_msg {text} {
    say "INFO: \[finn\] $text"
}

# Summary: print a -W- warning for command CMD (none with -quiet; beyond message_limit
#   warnings per command call only with -verbose, as Vivado's message limits).
# Argument Usage: cmd text
# Return Value: none
# Categories: xilinxtclstore, finn
proc ::finn::warn {cmd text} {
    variable message_count
    variable message_suppressed
    variable message_limit
    if {$::finn::quiet} {
        return
    }
    incr message_count
    if {!$::finn::verbose && $message_count > $message_limit} {
        incr message_suppressed
        return
    }
    puts " -W- finn::$cmd: $text"
}

# Summary: raise a -E- error for command CMD (what went wrong and what to do).
# Argument Usage: cmd text
# Return Value: never returns (raises a Tcl error)
# Categories: xilinxtclstore, finn
proc ::finn::fail {cmd text} {
    if {[string match " -E- *" $text]} {
        return -code error $text
    }
    return -code error " -E- finn::$cmd: $text"
}

# Summary: the directory of this app (tcl/finn).
# Argument Usage: none
# Return Value: absolute path
# Categories: xilinxtclstore, finn
proc ::finn::app_dir {} {
    variable app_dir
    return $app_dir
}

# Summary: check one option value against its type; returns the normalised value.
# Argument Usage: cmd option type value
# Return Value: the value (numbers as given, paths as given)
# Categories: xilinxtclstore, finn
proc ::finn::check_value {cmd option type value} {
    switch -glob -- $type {
        number {
            if {![string is double -strict $value] || $value <= 0} {
                fail $cmd "$option needs a number greater than 0, got '$value'"
            }
        }
        int {
            if {![string is integer -strict $value] || $value <= 0} {
                fail $cmd "$option needs a whole number greater than 0, got '$value'"
            }
        }
        name {
            if {![regexp {^[A-Za-z_][A-Za-z0-9_]*$} $value]} {
                fail $cmd "$option '$value' is not a valid Vivado object name (letters, digits and _, not starting with a digit)"
            }
        }
        list {
            if {[catch {llength $value}]} {
                fail $cmd "$option needs a Tcl list, got '$value'"
            }
        }
        choice:* {
            set choices [split [string range $type 7 end] |]
            if {[lsearch -exact $choices $value] < 0} {
                fail $cmd "$option must be one of [join $choices {, }], got '$value'"
            }
        }
        path {
            if {$value eq ""} {
                fail $cmd "$option needs a path, got an empty string"
            }
        }
    }
    return $value
}

# Summary: the closest option names to a mistyped one (for error messages).
# Argument Usage: word names
# Return Value: list of option names sharing a prefix or substring
# Categories: xilinxtclstore, finn
proc ::finn::similar_options {word names} {
    set base [string trimleft $word -]
    set out {}
    foreach name $names {
        set bare [string trimleft $name -]
        if {$base ne "" && ([string first $base $bare] >= 0 || [string first $bare $base] >= 0
                || [string range $base 0 2] eq [string range $bare 0 2])} {
            lappend out $name
        }
    }
    return $out
}

# Summary: parse ARGS of command CMD against SPEC (see the file header).
# Argument Usage: cmd spec args ?positional?
#   positional: names of options that may also be given as plain words, in order
# Return Value: dict option -> value (flags 0/1, defaults filled in); key "help" is 1
#   when -help or -usage was given (the caller then prints help and returns)
# Categories: xilinxtclstore, finn
proc ::finn::parse_args {cmd spec arglist {positional {}}} {
    set values [dict create help 0]
    set types [dict create]
    foreach item $spec {
        lassign $item name type default
        dict set types $name $type
        dict set values [string range $name 1 end] [expr {$type eq "flag" ? 0 : $default}]
    }
    set given {}
    for {set i 0} {$i < [llength $arglist]} {incr i} {
        set word [lindex $arglist $i]
        if {$word in {-help -usage -h}} {
            dict set values help 1
            continue
        }
        if {![dict exists $types $word]} {
            if {[string index $word 0] ne "-" && [llength $positional] > 0} {
                set positional [lassign $positional name]
                dict set values [string range $name 1 end] \
                    [check_value $cmd $name [dict get $types $name] $word]
                lappend given $name
                continue
            }
            unknown_option $cmd $word [lsort -unique [concat [dict keys $types] {-quiet -verbose}]]
        }
        set type [dict get $types $word]
        if {$type eq "flag"} {
            dict set values [string range $word 1 end] 1
        } elseif {$i + 1 >= [llength $arglist]} {
            fail $cmd "option $word needs a value (see finn::$cmd -help)"
        } else {
            dict set values [string range $word 1 end] \
                [check_value $cmd $word $type [lindex $arglist [incr i]]]
        }
        lappend given $word
    }
    if {![dict get $values help]} {
        check_required $cmd $spec $given
    }
    return $values
}

# Summary: raise the -E- for an unknown option WORD of CMD (with suggestions).
# Argument Usage: cmd word names
# Return Value: never returns
# Categories: xilinxtclstore, finn
proc ::finn::unknown_option {cmd word names} {
    set hint [similar_options $word $names]
    set msg "unknown option '$word'"
    if {[llength $hint]} {
        append msg " (did you mean [join $hint { or }]?)"
    }
    fail $cmd "$msg; valid options: [join [lsort $names] {, }] (see finn::$cmd -help)"
}

# Summary: raise the -E- for the first required option of SPEC not in GIVEN.
# Argument Usage: cmd spec given
# Return Value: none
# Categories: xilinxtclstore, finn
proc ::finn::check_required {cmd spec given} {
    foreach item $spec {
        if {[lindex $item 4] eq "required" && [lsearch -exact $given [lindex $item 0]] < 0} {
            fail $cmd "missing required option [lindex $item 0] (see finn::$cmd -help)"
        }
    }
}

# Summary: the text of doc/CMD.txt (description and examples of a command).
# Argument Usage: cmd
# Return Value: text, or "" when the file is missing
# Categories: xilinxtclstore, finn
proc ::finn::doc_text {cmd} {
    set path [file join [app_dir] doc "$cmd.txt"]
    if {![file readable $path]} {
        return ""
    }
    set fh [open $path r]
    fconfigure $fh -encoding utf-8
    set text [read $fh]
    close $fh
    return [string trimright $text]
}

# Summary: how an option's value is shown in help: <path>, <number>, <a|b>, ...
# Argument Usage: type
# Return Value: label text
# Categories: xilinxtclstore, finn
proc ::finn::type_label {type} {
    if {[string match choice:* $type]} {
        return "<[string range $type 7 end]>"
    }
    return "<$type>"
}

# Summary: print the usage of command CMD (from its option spec and doc/CMD.txt).
# Argument Usage: cmd spec ?positional?
# Return Value: empty string
# Categories: xilinxtclstore, finn
proc ::finn::print_help {cmd spec {positional {}}} {
    variable summaries
    set words [list "finn::$cmd"]
    foreach item $spec {
        lassign $item name type default summary required
        set word [expr {$type eq "flag" ? $name : "$name [type_label $type]"}]
        lappend words [expr {$required eq "required" ? $word : "\[$word\]"}]
    }
    set own {}
    foreach item $spec {
        lappend own [lindex $item 0]
    }
    foreach name {-quiet -verbose} {
        if {$name ni $own} {
            lappend words "\[$name\]"
        }
    }
    lappend words {[-help]}
    set lines [list "Usage: [join $words { }]" ""]
    if {[dict exists $summaries $cmd]} {
        lappend lines "  [dict get $summaries $cmd]" ""
    }
    foreach item $spec {
        lassign $item name type default summary required
        set label [expr {$type eq "flag" ? $name : "$name [type_label $type]"}]
        set extra ""
        if {$default ne "" && $type ne "flag"} {
            append extra " (default: $default)"
        }
        if {$required eq "required"} {
            append extra " (required)"
        }
        if {$name in $positional} {
            append extra " (may be given without $name)"
        }
        lappend lines [format "  %-24s %s%s" $label $summary $extra]
    }
    if {"-quiet" ni $own} {
        lappend lines [format "  %-24s %s" "-quiet" "Ignore command errors (return an empty result) and print no messages"]
    }
    if {"-verbose" ni $own} {
        lappend lines [format "  %-24s %s" "-verbose" "Suspend message limits: print every warning and the backend command line"]
    }
    lappend lines [format "  %-24s %s" "-help" "Print this help (also -usage)"] ""
    set returns [return_value_doc $cmd]
    if {$returns ne ""} {
        lappend lines "Returns:" "  $returns" ""
    }
    set doc [doc_text $cmd]
    if {$doc ne ""} {
        lappend lines $doc ""
    }
    puts [join $lines \n]
    return ""
}

# ---------------------------------------------------------------- -quiet and -verbose
# Every finn:: command takes -quiet and -verbose with the meaning Vivado gives them on its
# own commands: UG835 (Vivado Design Suite Tcl Command Reference Guide) 2023.1, the
# "Arguments" section of each command, e.g. "create_project"
# (https://docs.amd.com/r/2023.1-English/ug835-vivado-tcl-commands/create_project), and
# UG906 2023.1 "Miscellaneous" (ignore command errors = -quiet, suspend message limits =
# -verbose; https://docs.amd.com/r/2023.1-English/ug906-vivado-design-analysis/Miscellaneous):
#   -quiet    run quietly: no INFO/-W- lines or progress output, and an error does not
#             raise; the command returns normally (TCL_OK) with an empty result.  The
#             message is kept in ::finn::last_error.
#   -verbose  suspend message limits: every -W- line is printed (without it, at most
#             ::finn::message_limit lines per command call), plus the backend command
#             line; finn::build also echoes its step output.
# The switches are handled here, around each command, so no command parses them itself
# (a command whose own spec lists -quiet or -verbose still sees them).
namespace eval ::finn {
    variable quiet 0
    variable verbose 0
    variable depth 0
    variable message_limit 100
    variable message_count 0
    variable message_suppressed 0
    variable last_error ""
}

# Summary: the option spec of command CMD (the ${cmd}_spec variable).
# Argument Usage: cmd
# Return Value: spec list (empty when the command has none)
# Categories: xilinxtclstore, finn
proc ::finn::command_spec {cmd} {
    if {[info exists ::finn::${cmd}_spec]} {
        return [set ::finn::${cmd}_spec]
    }
    return {}
}

# Summary: split ARGLIST of CMD into {quiet verbose rest}: -quiet/-verbose words in option
#   position are taken out unless the command's own spec lists them.
# Argument Usage: cmd arglist
# Return Value: list {quiet verbose rest}
# Categories: xilinxtclstore, finn
proc ::finn::common_switches {cmd arglist} {
    set spec [command_spec $cmd]
    set takes_value {}
    set own {}
    foreach item $spec {
        lappend own [lindex $item 0]
        if {[lindex $item 1] ne "flag"} {
            lappend takes_value [lindex $item 0]
        }
    }
    set quiet 0
    set verbose 0
    set rest {}
    for {set i 0} {$i < [llength $arglist]} {incr i} {
        set word [lindex $arglist $i]
        if {$word in $takes_value} {
            lappend rest $word
            if {$i + 1 < [llength $arglist]} {
                lappend rest [lindex $arglist [incr i]]
            }
            continue
        }
        if {$word eq "-quiet"} {
            set quiet 1
        } elseif {$word eq "-verbose"} {
            set verbose 1
        }
        if {$word ni {-quiet -verbose} || $word in $own} {
            lappend rest $word
        }
    }
    return [list $quiet $verbose $rest]
}

# Summary: run command CMD (its implementation ::finn::cmd_CMD) with -quiet/-verbose applied.
# Argument Usage: cmd arglist
# Return Value: the command's value; with -quiet an empty string when it failed
# Categories: xilinxtclstore, finn
proc ::finn::run_command {cmd arglist} {
    variable quiet
    variable verbose
    variable depth
    variable message_count
    variable message_suppressed
    variable last_error
    lassign [common_switches $cmd $arglist] q v rest
    set saved [list $quiet $verbose]
    if {$depth == 0} {
        set message_count 0
        set message_suppressed 0
    }
    set quiet [expr {$quiet || $q}]
    set verbose [expr {$verbose || $v}]
    incr depth
    set code [catch {uplevel 1 [list ::finn::cmd_$cmd {*}$rest]} value opts]
    incr depth -1
    set was_quiet $quiet
    lassign $saved quiet verbose
    if {$depth == 0 && $message_suppressed > 0 && !$was_quiet} {
        puts " -W- finn::$cmd: $message_suppressed more warning(s) not shown (message limit $::finn::message_limit; give -verbose to see all)"
    }
    if {$code == 1} {
        set last_error $value
        if {$q} {
            return ""
        }
        return -code error -errorcode [dict get $opts -errorcode] $value
    }
    return $value
}

# Summary: make the finn:: command CMD go through run_command (its procedure becomes
#   ::finn::cmd_CMD); called once per command by finn.tcl.
# Argument Usage: cmd
# Return Value: none
# Categories: xilinxtclstore, finn
proc ::finn::wrap_command {cmd} {
    if {[llength [info commands ::finn::cmd_$cmd]]} {
        rename ::finn::cmd_$cmd {}
    }
    rename ::finn::$cmd ::finn::cmd_$cmd
    set body "\n[doc_comments $cmd]\n    return \[::finn::run_command [list $cmd] \$args\]\n"
    proc ::finn::$cmd {args} $body
}

# Summary: the "Return Value:" text of command CMD's Tcl Store comments, on one line.
# Argument Usage: cmd
# Return Value: text, or "" when the command has none
# Categories: xilinxtclstore, finn
proc ::finn::return_value_doc {cmd} {
    set text ""
    set inside 0
    foreach line [split [doc_comments $cmd] \n] {
        set line [string trim [string trimleft [string trim $line] #]]
        if {[string match "Return Value:*" $line]} {
            set inside 1
            set line [string trim [string range $line 13 end]]
        } elseif {[regexp {^(Categories|Summary|Argument Usage):} $line]} {
            set inside 0
        }
        if {$inside && $line ne ""} {
            append text " " $line
        }
    }
    return [string trim $text]
}

# Summary: the Tcl Store comment block (Summary, Argument Usage, Return Value,
#   Categories) written above proc ::finn::CMD in CMD.tcl, indented for a proc body
#   (the Tcl Store keeps these comments in the body, where Vivado's help reads them).
# Argument Usage: cmd
# Return Value: the comment lines, or "" when there are none
# Categories: xilinxtclstore, finn
proc ::finn::doc_comments {cmd} {
    set path [file join [app_dir] "$cmd.tcl"]
    if {![file readable $path]} {
        return ""
    }
    set fh [open $path r]
    set lines [split [read $fh] \n]
    close $fh
    set at [lsearch -glob $lines "proc ::finn::$cmd *"]
    set block {}
    for {set i [expr {$at - 1}]} {$at > 0 && $i >= 0} {incr i -1} {
        set line [lindex $lines $i]
        if {![string match "#*" $line]} {
            break
        }
        set block [linsert $block 0 "    $line"]
    }
    return [join $block \n]
}

# Summary: print text unless the current command runs with -quiet.
# Argument Usage: text
# Return Value: none
# Categories: xilinxtclstore, finn
proc ::finn::say {text} {
    if {!$::finn::quiet} {
        puts $text
    }
}
