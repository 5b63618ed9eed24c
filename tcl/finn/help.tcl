# finn::help -- the command list, or the help of one command.

namespace eval ::finn {
    variable help_spec {}
}

# Summary: list the finn:: commands with a one-line summary, or print the help of one
#   command (same as finn::<command> -help).
# Argument Usage: [<command>] [-help]
# Return Value: empty string
# Categories: xilinxtclstore, finn
proc ::finn::help {args} {
    variable summaries
    variable help_spec
    if {[llength $args] == 0} {
        puts "finn-vivado [set ::finn::version]: compile quantized networks into FINN dataflow accelerators\n"
        dict for {cmd summary} $summaries {
            puts [format "  finn::%-13s %s" $cmd $summary]
        }
        puts "\nfinn::<command> -help shows the options of a command."
        return ""
    }
    if {[llength $args] > 1} {
        fail help "give one command name, e.g. finn::help build"
    }
    set cmd [lindex $args 0]
    if {$cmd in {-help -usage -h}} {
        return [print_help help $help_spec]
    }
    set cmd [namespace tail $cmd]
    if {![dict exists $summaries $cmd]} {
        fail help "unknown command '$cmd'; commands: [join [dict keys $summaries] {, }]"
    }
    if {$cmd eq "help"} {
        return [print_help help $help_spec]
    }
    return [::finn::$cmd -help]
}
