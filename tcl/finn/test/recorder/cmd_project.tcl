# Recorder: projects, files, IP catalog, properties.

namespace eval vrec::cmd {}

proc vrec::cmd::create_project {opts pos} {
    variable ::vrec::S
    if {$S(project) ne ""} {
        vrec::fail "create_project: project [dict get $S(project) name] is already open (close_project first)"
    }
    if {![dict exists $opts -part]} {
        vrec::fail "create_project: no -part given (the generated scripts always name the part)"
    }
    set name [expr {[llength $pos] > 0 ? [lindex $pos 0] : "project_1"}]
    set dir [file normalize [expr {[llength $pos] > 1 ? [lindex $pos 1] : "."}]]
    if {[file exists [file join $dir "$name.xpr"]] && ![dict exists $opts -force]} {
        vrec::fail "create_project: $dir/$name.xpr exists (use -force)"
    }
    file mkdir $dir
    set fh [open [file join $dir "$name.xpr"] w]
    puts $fh "recorder placeholder project for [dict get $opts -part]"
    close $fh
    set runs [dict create]
    foreach run {synth_1 impl_1} {
        dict set runs $run [dict create progress 0% status "Not started" props {} \
            directory [file join $dir "$name.runs" $run]]
    }
    set S(project) [dict create name $name dir $dir part [dict get $opts -part] board_part "" \
        ip_repo_paths {} target_language Verilog files {} tops {} runs $runs]
    set S(bds) [dict create]
    set S(bd) ""
    return $name
}

proc vrec::cmd::open_project {opts pos} {
    vrec::fail "open_project: opening existing projects is not modeled"
}

proc vrec::cmd::close_project {opts pos} {
    variable ::vrec::S
    vrec::project close_project
    set S(project) ""
    set S(bds) [dict create]
    set S(bd) ""
    set S(open_run) ""
    return ""
}

proc vrec::cmd::current_project {opts pos} {
    variable ::vrec::S
    if {[llength $pos] > 0} {
        if {$S(project) eq "" || [dict get $S(project) name] ne [lindex $pos 0]} {
            vrec::fail "current_project: no project [lindex $pos 0]"
        }
    }
    if {$S(project) eq ""} {
        if {[dict exists $opts -quiet]} {
            return ""
        }
        vrec::fail "current_project: no project is open"
    }
    return [dict get $S(project) name]
}

proc vrec::cmd::get_projects {opts pos} {
    variable ::vrec::S
    return [expr {$S(project) eq "" ? "" : [list [dict get $S(project) name]]}]
}

proc vrec::cmd::current_fileset {opts pos} {
    vrec::project current_fileset
    if {[dict exists $opts -constrset]} {
        return constrs_1
    }
    if {[dict exists $opts -simset]} {
        return sim_1
    }
    return sources_1
}

proc vrec::cmd::get_filesets {opts pos} {
    vrec::project get_filesets
    set out {}
    foreach f {sources_1 constrs_1 sim_1} {
        if {[llength $pos] == 0 || [lsearch -glob $pos $f] >= 0} {
            lappend out $f
        }
    }
    return $out
}

# Module names defined in an HDL file.
proc vrec::modules_in {path} {
    if {[file extension $path] ni {.v .sv}} {
        return {}
    }
    set fh [open $path r]
    set text [read $fh]
    close $fh
    set out {}
    foreach {- name} [regexp -all -inline {\mmodule\s+(\w+)} $text] {
        lappend out $name
    }
    return $out
}

proc vrec::cmd::add_files {opts pos} {
    set proj [vrec::project add_files]
    set fileset [expr {[dict exists $opts -fileset] ? [dict get $opts -fileset] : "sources_1"}]
    if {$fileset ni {sources_1 constrs_1 sim_1}} {
        vrec::fail "add_files: no fileset $fileset"
    }
    if {[llength $pos] == 0} {
        vrec::fail "add_files: no files given"
    }
    set files [dict get $proj files]
    set added {}
    foreach path $pos {
        set path [file normalize $path]
        if {![file exists $path]} {
            vrec::fail "add_files: file not found: $path"
        }
        if {[file isdirectory $path]} {
            vrec::fail "add_files: $path is a directory (directories are not modeled)"
        }
        foreach f $files {
            if {[dict get $f path] eq $path} {
                vrec::fail "add_files: $path is already in the project"
            }
        }
        lappend files [dict create path $path fileset $fileset modules [vrec::modules_in $path] \
            file_type [expr {[file extension $path] eq ".xdc" ? "XDC" : "Verilog"}]]
        lappend added $path
    }
    vrec::project_set files $files
    return $added
}

proc vrec::cmd::get_files {opts pos} {
    set proj [vrec::project get_files]
    if {[dict exists $opts -filter] || [dict exists $opts -of_objects] || [dict exists $opts -regexp]} {
        vrec::fail "get_files: -filter/-of_objects/-regexp are not modeled"
    }
    set out {}
    foreach f [dict get $proj files] {
        set path [dict get $f path]
        if {[llength $pos] == 0} {
            lappend out $path
            continue
        }
        foreach pattern $pos {
            if {[string match $pattern $path] || [string match $pattern [file tail $path]]} {
                lappend out $path
                break
            }
        }
    }
    if {[llength $out] == 0 && [llength $pos] > 0 && ![dict exists $opts -quiet]} {
        vrec::fail "get_files: no files matched '$pos'"
    }
    return $out
}

proc vrec::cmd::update_compile_order {opts pos} {
    vrec::project update_compile_order
    return ""
}

proc vrec::cmd::update_ip_catalog {opts pos} {
    variable ::vrec::S
    set proj [vrec::project update_ip_catalog]
    foreach key {-add_ip -delete_ip -delete_mult_ip -disable_ip -enable_ip -add_interface} {
        if {[dict exists $opts $key]} {
            vrec::fail "update_ip_catalog: $key is not modeled"
        }
    }
    set S(user_ips) [dict create]
    set S(library_ips) [dict create]
    foreach repo [dict get $proj ip_repo_paths] {
        if {![file isdirectory $repo]} {
            puts "RECORDER: WARNING: IP repository $repo does not exist"
            continue
        }
        foreach path [vrec::find_files $repo accelerator.json] {
            set ip [vrec::ipm::user_ip $path]
            dict set S(user_ips) [dict get $ip vlnv] $ip
        }
        # every IP-XACT core in the repository is in the catalog too (Vivado registers
        # each component.xml it finds below a repository path); only its VLNV is modeled
        foreach path [vrec::find_files $repo component.xml] {
            set vlnv [vrec::component_vlnv $path]
            if {$vlnv eq ""} {
                puts "RECORDER: WARNING: $path is not an IP-XACT component with a VLNV"
                continue
            }
            if {![dict exists $S(library_ips) $vlnv]} {
                dict set S(library_ips) $vlnv [file normalize $path]
            }
        }
    }
    return 1
}

# vendor:library:name:version of the IP-XACT component in PATH (IEEE 1685-2009 spirit: or
# 1685-2014 ipxact: elements), or "" when the file is not a component or lacks one of the
# four.  The component's own elements are the first of each name: bus and abstraction
# types name their VLNV in attributes, not elements.
proc vrec::component_vlnv {path} {
    if {[catch {open $path r} fh]} {
        return ""
    }
    fconfigure $fh -encoding utf-8
    set xml [read $fh]
    close $fh
    if {![regexp -indices {<(spirit|ipxact):component[\s>]} $xml root]} {
        return ""
    }
    set parts {}
    foreach tag {vendor library name version} {
        if {![regexp -start [lindex $root 1] "<(?:spirit|ipxact):$tag>\\s*(\[^<\]*?)\\s*</(?:spirit|ipxact):$tag>" \
                $xml -> value] || $value eq ""} {
            return ""
        }
        lappend parts $value
    }
    return [join $parts :]
}

# Files named NAME below DIR.
proc vrec::find_files {dir name} {
    set out [glob -nocomplain -types f -directory $dir $name]
    foreach sub [glob -nocomplain -types d -directory $dir *] {
        lappend out {*}[find_files $sub $name]
    }
    return $out
}

# VLNVs in this session's IP catalog (profile IPs, user IPs, the IP-XACT cores of the
# IP repositories).
proc vrec::catalog_vlnvs {} {
    variable S
    set out [dict keys $S(user_ips)]
    foreach vlnv [dict keys $S(library_ips)] {
        if {![dict exists $S(user_ips) $vlnv]} {
            lappend out $vlnv
        }
    }
    dict for {name versions} [dict get $::vrec::ipm::profiles $S(-profile)] {
        foreach version $versions {
            lappend out "xilinx.com:ip:$name:$version"
        }
    }
    return $out
}

proc vrec::cmd::get_ipdefs {opts pos} {
    variable ::vrec::S
    foreach key {-name -regexp -filter -of_objects} {
        if {[dict exists $opts $key]} {
            vrec::fail "get_ipdefs: $key is not modeled"
        }
    }
    set out {}
    foreach vlnv [vrec::catalog_vlnvs] {
        foreach pattern [expr {[llength $pos] ? $pos : "*"}] {
            if {[string match $pattern $vlnv]} {
                lappend out $vlnv
                dict set S(ipdefs_returned) $vlnv 1
                break
            }
        }
    }
    return $out
}

proc vrec::cmd::get_board_parts {opts pos} {
    variable ::vrec::S
    set out {}
    foreach {bp part} $S(-board_parts) {
        foreach pattern [expr {[llength $pos] ? $pos : "*"}] {
            if {[string match $pattern $bp]} {
                lappend out $bp
                break
            }
        }
    }
    return $out
}

proc vrec::cmd::version {opts pos} {
    variable ::vrec::S
    if {[dict exists $opts -short]} {
        return $S(-version)
    }
    return "Vivado v$S(-version) (recorder, no Vivado)"
}

proc vrec::cmd::make_wrapper {opts pos} {
    variable ::vrec::S
    set proj [vrec::project make_wrapper]
    # the file comes positionally (UG835) or with -files (Vivado's own scripts, FINN)
    if {[dict exists $opts -files] == ([llength $pos] > 0)} {
        vrec::fail "make_wrapper: give the block design file once (positional or -files)"
    }
    set bd_file [expr {[dict exists $opts -files] ? [lindex [dict get $opts -files] 0] : [lindex $pos 0]}]
    set name [file rootname [file tail $bd_file]]
    if {![dict exists $S(bds) $name] || [dict get $S(bds) $name file] ne $bd_file} {
        vrec::fail "make_wrapper: $bd_file is not a block design of the project"
    }
    if {![dict exists $opts -top]} {
        vrec::fail "make_wrapper: only -top wrappers are modeled"
    }
    if {![dict get $S(bds) $name saved]} {
        vrec::fail "make_wrapper: block design $name has unsaved changes (save_bd_design first)"
    }
    set path [file join [dict get $proj dir] "[dict get $proj name].gen" sources_1 bd $name hdl "${name}_wrapper.v"]
    file mkdir [file dirname $path]
    set fh [open $path w]
    puts $fh "// recorder placeholder\nmodule ${name}_wrapper ();\nendmodule"
    close $fh
    if {[dict exists $opts -import] && ![vrec::known_object $path]} {
        vrec::cmd::add_files {} [list $path]
    }
    return $path
}

proc vrec::cmd::generate_target {opts pos} {
    variable ::vrec::S
    lassign $pos what object
    if {$what ni {all synthesis simulation implementation instantiation_template}} {
        vrec::fail "generate_target: unknown target $what"
    }
    set name [file rootname [file tail $object]]
    if {![dict exists $S(bds) $name]} {
        vrec::fail "generate_target: $object is not a block design of the project"
    }
    if {![dict get $S(bds) $name validated]} {
        vrec::fail "generate_target: block design $name is not validated"
    }
    return ""
}

# ---------------------------------------------------------------- properties
# What kind of object WORD is: project run fileset file cell port intf_port pin intf_pin
# design timing_path ipdef, or "" when unknown.
proc vrec::object_kind {word} {
    variable S
    if {[info exists S(cores)] && [dict exists $S(cores) $word]} { return ipcore }
    if {$S(project) ne ""} {
        if {$word eq [dict get $S(project) name]} { return project }
        if {[dict exists $S(project) runs $word]} { return run }
        if {$word in {sources_1 constrs_1 sim_1}} { return fileset }
        if {[known_object $word]} { return file }
        if {[dict exists $S(bds) $word]} { return design }
    }
    if {[string match timing_path_* $word]} { return timing_path }
    if {$word in [catalog_vlnvs]} { return ipdef }
    if {$S(bd) ne ""} {
        if {$word eq "/"} {
            return root
        }
        return [bd_object_kind $word]
    }
    return ""
}

# Property NAME of the objects, as set_property/get_property see it: {kind object}.
proc vrec::objects_for {command words} {
    set out {}
    foreach word $words {
        foreach object [split_objects $word] {
            set kind [object_kind $object]
            if {$kind eq ""} {
                fail "$command: '$object' is not an object of this session"
            }
            lappend out [list $kind $object]
        }
    }
    if {[llength $out] == 0} {
        fail "$command: no objects given"
    }
    return $out
}

proc vrec::cmd::set_property {opts pos} {
    if {[dict exists $opts -dict]} {
        set pairs [dict get $opts -dict]
        set objects $pos
        if {[llength $pairs] % 2} {
            vrec::fail "set_property: -dict needs name value pairs"
        }
    } elseif {[dict exists $opts -name]} {
        set pairs [list [dict get $opts -name] [dict get $opts -value]]
        set objects [expr {[dict exists $opts -objects] ? [list [dict get $opts -objects]] : $pos}]
    } else {
        if {[llength $pos] < 3} {
            vrec::fail "set_property: needs a property name, a value and objects"
        }
        set pairs [lrange $pos 0 1]
        set objects [lrange $pos 2 end]
    }
    foreach item [vrec::objects_for set_property $objects] {
        lassign $item kind object
        foreach {name value} $pairs {
            vrec::set_prop $kind $object $name $value
        }
    }
    return ""
}

proc vrec::cmd::get_property {opts pos} {
    lassign $pos name object
    if {[llength $object] == 1 && ![vrec::known_object $object]} {
        set object [lindex $object 0]
    }
    set kind [vrec::object_kind $object]
    if {$kind eq ""} {
        vrec::fail "get_property: '$object' is not an object of this session"
    }
    return [vrec::get_prop $kind $object $name]
}

proc vrec::set_prop {kind object name value} {
    variable S
    set key [string toupper $name]
    switch -- $kind {
        root {
            # the design root's properties are read-only here: as get_property reads them
            return [get_prop root $object $name]
        }
        project {
            set_project_prop $key $value
        }
        fileset {
            if {$key ne "TOP"} {
                fail "set_property: fileset property $name is not modeled"
            }
            set modules {}
            foreach f [dict get $S(project) files] {
                lappend modules {*}[dict get $f modules]
            }
            if {$value ni $modules} {
                fail "set_property top: no module $value in the project's sources"
            }
            project_set tops [dict merge [dict get $S(project) tops] [dict create $object $value]]
        }
        ipcore {
            set_core_prop $object $key $value
        }
        run {
            if {$key ni {{STEPS.SYNTH_DESIGN.ARGS.MORE OPTIONS} STRATEGY}} {
                fail "set_property: run property $name is not modeled (or read-only)"
            }
            dict set S(project) runs $object props $key $value
        }
        default {
            set_bd_prop $kind $object $key $value
        }
    }
}

proc vrec::set_project_prop {key value} {
    variable S
    switch -- $key {
        IP_REPO_PATHS {
            set paths {}
            foreach p $value { lappend paths [file normalize $p] }
            project_set ip_repo_paths $paths
        }
        BOARD_PART {
            set i [lsearch -exact $S(-board_parts) $value]
            if {$i < 0 || $i % 2} {
                fail "set_property board_part: board part $value is not installed"
            }
            set part [lindex $S(-board_parts) [expr {$i + 1}]]
            if {$part ne [dict get $S(project) part]} {
                fail "set_property board_part: $value is a $part board, the project targets [dict get $S(project) part]"
            }
            project_set board_part $value
        }
        PART { project_set part $value }
        TARGET_LANGUAGE { project_set target_language $value }
        default { fail "set_property: project property $key is not modeled" }
    }
}

proc vrec::get_prop {kind object name} {
    variable S
    set key [string toupper $name]
    switch -- $kind {
        root {
            # the root of the current block design (write_bd_tcl preambles ask its TYPE)
            switch -- $key {
                TYPE { return hier }
                PATH { return / }
                NAME { return "" }
                default { fail "get_property: property $name of the design root is not modeled" }
            }
        }
        project {
            set map {NAME name DIRECTORY dir PART part BOARD_PART board_part
                     IP_REPO_PATHS ip_repo_paths TARGET_LANGUAGE target_language}
            if {![dict exists $map $key]} { fail "get_property: project property $name is not modeled" }
            return [dict get $S(project) [dict get $map $key]]
        }
        run {
            set run [dict get $S(project) runs $object]
            switch -- $key {
                PROGRESS { return [dict get $run progress] }
                STATUS { return [dict get $run status] }
                DIRECTORY { return [dict get $run directory] }
                NAME { return $object }
                default {
                    if {[dict exists $run props $key]} { return [dict get $run props $key] }
                    fail "get_property: run property $name is not modeled"
                }
            }
        }
        fileset {
            if {$key eq "NAME"} { return $object }
            if {$key eq "TOP"} {
                return [expr {[dict exists $S(project) tops $object] ? [dict get $S(project) tops $object] : ""}]
            }
            fail "get_property: fileset property $name is not modeled"
        }
        file {
            if {$key eq "NAME"} { return $object }
            fail "get_property: file property $name is not modeled"
        }
        timing_path {
            if {$key eq "SLACK"} { return $S(-slack) }
            fail "get_property: timing path property $name is not modeled"
        }
        ipdef {
            if {$key eq "VLNV"} { return $object }
            if {$key eq "NAME"} { return [lindex [split $object :] 2] }
            fail "get_property: IP definition property $name is not modeled"
        }
        default {
            return [get_bd_prop $kind $object $key]
        }
    }
}
