# finn::add_ip_repo -- add an IP repository to the open Vivado project.

namespace eval ::finn {
    variable add_ip_repo_spec {
        {-repo path   "" "IP repository directory (may also be given without -repo)" required}
        {-vlnv string "" "check that this IP (vendor:library:name:version) is then in the catalog"}
    }
}

# Summary: add an IP repository to the open project's ip_repo_paths (once) and refresh
#   the IP catalog, so the accelerator and the library cores appear under "FINN".
# Argument Usage: [-repo] <path> [-vlnv <vlnv>] [-help]
# Return Value: list of the project's IP repository paths
# Categories: xilinxtclstore, finn
proc ::finn::add_ip_repo {args} {
    variable add_ip_repo_spec
    set opts [parse_args add_ip_repo $add_ip_repo_spec $args {-repo}]
    if {[dict get $opts help]} {
        return [print_help add_ip_repo $add_ip_repo_spec {-repo}]
    }
    set repo [file normalize [dict get $opts repo]]
    if {![file isdirectory $repo]} {
        fail add_ip_repo "IP repository '$repo' is not a directory"
    }
    if {![in_vivado]} {
        fail add_ip_repo "needs Vivado (run it in the Vivado Tcl console or vivado -mode batch)"
    }
    set proj [current_project -quiet]
    if {$proj eq ""} {
        fail add_ip_repo "no project is open; open or create one first (create_project / open_project)"
    }
    set repos [get_property ip_repo_paths $proj]
    set known {}
    foreach path $repos {
        lappend known [file normalize $path]
    }
    if {[lsearch -exact $known $repo] < 0} {
        lappend repos $repo
        set_property ip_repo_paths $repos $proj
        info_msg "added IP repository $repo to project $proj"
    } else {
        info_msg "IP repository $repo is already in project $proj"
    }
    update_ip_catalog -rebuild
    set vlnv [dict get $opts vlnv]
    if {$vlnv ne "" && [llength [get_ipdefs -all $vlnv]] == 0} {
        fail add_ip_repo "IP $vlnv is not in the catalog after adding $repo; was it built into this repository (finn::build -ip_repo)?"
    }
    return [get_property ip_repo_paths $proj]
}
