# finn-vivado Tcl app: `package require finn` gives the finn:: commands in Vivado
# (and in plain tclsh, where the commands that need Vivado write their scripts and say
# how to run them).  This is the only file calling `package provide`.
#
# Commands: finn::build, finn::estimate, finn::explore, finn::add_ip_repo, finn::create_bd,
# finn::create_shell, finn::synth_ooc, finn::bitfile, finn::boards, finn::config,
# finn::version, finn::selftest, finn::help.  Each takes -help, -quiet and -verbose.  The Tcl Store form
# ::tclapp::finn_vivado::finn::<command> names the same commands.

package require Tcl 8.5

namespace eval ::finn {
    variable version 0.1.0
    variable app_dir [file normalize [file dirname [info script]]]
    namespace export build estimate explore add_ip_repo create_bd create_shell synth_ooc bitfile \
        boards config version selftest help
}

foreach ::finn::file_ {common bridge build estimate explore add_ip_repo create_bd create_shell
                       synth_ooc bitfile boards config version selftest help} {
    source [file join $::finn::app_dir "$::finn::file_.tcl"]
}
unset ::finn::file_

# -quiet / -verbose on every command (see ::finn::run_command in common.tcl)
foreach ::finn::file_ [namespace eval ::finn {namespace export}] {
    ::finn::wrap_command $::finn::file_
}
unset ::finn::file_

namespace eval ::tclapp::finn_vivado::finn {
    namespace import ::finn::*
    namespace export build estimate explore add_ip_repo create_bd create_shell synth_ooc bitfile \
        boards config version selftest help
}

package provide finn $::finn::version
package provide ::tclapp::finn_vivado::finn $::finn::version
