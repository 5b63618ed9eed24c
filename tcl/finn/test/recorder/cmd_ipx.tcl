# IP packager commands (ipx::*) on an existing component.xml: open a core, set the
# properties an RTL kernel needs, update checksums, run the kernel checks, save, unload.
# The model reads component.xml with regular expressions (the files finn-vivado writes
# and Vivado-written ones put one element per line); it does not rewrite the file.
#
# The kernel checks (ipx::check_integrity -kernel) are this model's reading of UG1393
# "Kernel Interface Requirements" (2020.2 and 2023.2): a clock bus interface; every port
# in some bus interface; every AXI interface named in a clock's ASSOCIATED_BUSIF; every
# reset named in a clock's ASSOCIATED_RESET and active low; an AXI4-Lite slave only as
# s_axi_control.  They are not Vivado's DRC list.

namespace eval vrec::cmd::ipx {}
namespace eval ::ipx {}

# Properties of an open core the model knows, with their allowed values ({} = any).
namespace eval vrec {
    variable core_props {
        SDX_KERNEL {true false}
        SDX_KERNEL_TYPE {rtl hls}
        VITIS_DRC {}
        SUPPORTED_FAMILIES {}
        AUTO_FAMILY_SUPPORT_LEVEL {level_0 level_1 level_2}
        XPM_LIBRARIES {}
        CORE_REVISION {}
    }
}

proc vrec::cores {} {
    variable S
    if {![info exists S(cores)]} {
        set S(cores) [dict create]
    }
    return $S(cores)
}

proc vrec::core {object} {
    variable S
    if {![dict exists [cores] $object]} {
        fail "'$object' is not an open IP core"
    }
    return [dict get $S(cores) $object]
}

proc vrec::xml_text {xml tag} {
    if {[regexp "<spirit:$tag>(\[^<\]*)</spirit:$tag>" $xml -> value]} {
        return $value
    }
    return ""
}

# component.xml at PATH as a dict: vlnv, ports (names), busifs (name -> dict bus mode
# ports params).
proc vrec::read_component {path} {
    set fh [open $path r]
    fconfigure $fh -encoding utf-8
    set xml [read $fh]
    close $fh
    if {![regexp {<spirit:component[\s>]} $xml]} {
        fail "ipx::open_core: $path is not an IP-XACT component"
    }
    set vlnv [join [lmap tag {vendor library name version} {xml_text $xml $tag}] :]
    set busifs [dict create]
    foreach {- body} [regexp -all -inline {<spirit:busInterface>(.*?)</spirit:busInterface>} $xml] {
        set name [xml_text $body name]
        regexp {<spirit:busType [^>]*spirit:name="([^"]*)"} $body -> bus
        set mode [expr {[string match *<spirit:master/>* $body] ? "master" : "slave"}]
        set ports {}
        foreach {- p} [regexp -all -inline {<spirit:physicalPort>\s*<spirit:name>([^<]*)</spirit:name>} $body] {
            lappend ports $p
        }
        set params [dict create]
        foreach {- pname pvalue} [regexp -all -inline {<spirit:parameter>\s*<spirit:name>([^<]*)</spirit:name>\s*<spirit:value[^>]*>([^<]*)</spirit:value>} $body] {
            dict set params $pname $pvalue
        }
        dict set busifs $name [dict create bus $bus mode $mode ports $ports params $params]
    }
    set model ""
    regexp {<spirit:model>(.*)</spirit:model>} $xml -> model
    set ports {}
    foreach {- p} [regexp -all -inline {<spirit:port>\s*<spirit:name>([^<]*)</spirit:name>} $model] {
        lappend ports $p
    }
    return [dict create vlnv $vlnv ports $ports busifs $busifs]
}

proc vrec::cmd::ipx::open_core {opts pos} {
    variable ::vrec::S
    set path [file normalize [lindex $pos 0]]
    if {![file isfile $path]} {
        vrec::fail "ipx::open_core: no file $path"
    }
    set comp [vrec::read_component $path]
    set object "ipx_core_[expr {[dict size [vrec::cores]] + 1}]_[dict get $comp vlnv]"
    dict set S(cores) $object [dict merge $comp [dict create path $path props {} checked 0 saved 0]]
    return $object
}

proc vrec::set_core_prop {object key value} {
    variable S
    variable core_props
    vrec::core $object
    if {![dict exists $core_props $key]} {
        fail "set_property: IP core property $key is not modeled"
    }
    set allowed [dict get $core_props $key]
    if {[llength $allowed] && [lsearch -exact -nocase $allowed $value] < 0} {
        fail "set_property: $key '$value' is not one of [join $allowed {, }]"
    }
    dict set S(cores) $object props $key $value
}

proc vrec::cmd::ipx::update_checksums {opts pos} {
    vrec::core [lindex $pos 0]
    return ""
}

# The kernel checks: a list of problems (empty when the core passes).
proc vrec::kernel_problems {core} {
    set props [dict get $core props]
    set out {}
    if {![dict exists $props SDX_KERNEL] || ![string equal -nocase [dict get $props SDX_KERNEL] true]} {
        lappend out "the core is not marked sdx_kernel true"
    }
    set busifs [dict get $core busifs]
    set mapped {}
    set clocks {}
    dict for {name b} $busifs {
        lappend mapped {*}[dict get $b ports]
        if {[dict get $b bus] eq "clock"} {
            lappend clocks $name
        }
    }
    if {[llength $clocks] == 0} {
        lappend out "no clock bus interface"
    }
    foreach port [dict get $core ports] {
        if {$port ni $mapped} {
            lappend out "port $port is in no bus interface"
        }
    }
    set assoc {}
    set assoc_reset {}
    foreach c $clocks {
        set params [dict get $busifs $c params]
        if {[dict exists $params ASSOCIATED_BUSIF]} {
            lappend assoc {*}[split [dict get $params ASSOCIATED_BUSIF] :]
        }
        if {[dict exists $params ASSOCIATED_RESET]} {
            lappend assoc_reset {*}[split [dict get $params ASSOCIATED_RESET] :]
        }
    }
    dict for {name b} $busifs {
        switch -- [dict get $b bus] {
            axis - aximm {
                if {$name ni $assoc} {
                    lappend out "interface $name is in no clock's ASSOCIATED_BUSIF"
                }
                if {[dict get $b bus] eq "aximm" && [dict get $b mode] eq "slave"
                    && ![string equal -nocase $name s_axi_control]} {
                    lappend out "AXI4-Lite slave $name is not named s_axi_control"
                }
            }
            reset {
                if {$name ni $assoc_reset} {
                    lappend out "reset $name is in no clock's ASSOCIATED_RESET"
                }
                set params [dict get $b params]
                if {![dict exists $params POLARITY] || [dict get $params POLARITY] ne "ACTIVE_LOW"} {
                    lappend out "reset $name is not ACTIVE_LOW"
                }
            }
        }
    }
    return $out
}

proc vrec::cmd::ipx::check_integrity {opts pos} {
    variable ::vrec::S
    set object [lindex $pos 0]
    set core [vrec::core $object]
    if {[dict exists $opts -kernel]} {
        set problems [vrec::kernel_problems $core]
        if {[llength $problems]} {
            vrec::fail "ipx::check_integrity -kernel: [join $problems {; }]"
        }
        dict set S(cores) $object checked 1
    }
    return ""
}

proc vrec::cmd::ipx::save_core {opts pos} {
    variable ::vrec::S
    set object [lindex $pos 0]
    vrec::core $object
    dict set S(cores) $object saved 1
    return ""
}

proc vrec::cmd::ipx::unload_core {opts pos} {
    variable ::vrec::S
    set object [lindex $pos 0]
    vrec::core $object
    dict unset S(cores) $object
    return ""
}
