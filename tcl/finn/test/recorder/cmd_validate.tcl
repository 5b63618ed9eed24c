# Recorder: validation, connectivity queries and properties of block-design objects.

# ---------------------------------------------------------------- validation
proc vrec::cmd::validate_bd_design {opts pos} {
    set d [vrec::design validate_bd_design]
    set problems {}
    dict for {path cell} [dict get $d cells] {
        if {[dict get $cell ip] ni {user module} && [info commands ::vrec::ipm::check_[dict get $cell ip]] ne ""} {
            set msg [vrec::ipm::check_[dict get $cell ip] [dict get $cell config]]
            if {$msg ne ""} { lappend problems "$path: $msg" }
        }
        foreach pin [vrec::cell_pins $path] {
            lappend problems {*}[vrec::pin_problems $d $pin]
        }
    }
    if {[dict get $d addr_dirty]} {
        lappend problems "AXI memory-mapped connections without address assignment (assign_bd_address)"
    }
    if {[llength $problems]} {
        vrec::fail "validate_bd_design [dict get $d name]:\n  [join $problems "\n  "]"
    }
    vrec::design_set validated 1
    return ""
}

# Why PIN (of a cell) would fail validation: unconnected required pins, clock/reset
# inputs driven by the wrong kind of signal or by nothing.
proc vrec::pin_problems {d pin} {
    set path [dict get $pin path]
    if {[dict get $pin kind] eq "intf"} {
        if {[dict get $pin required] && ![dict exists $d iep $path]} {
            return [list "interface $path is not connected"]
        }
        return {}
    }
    if {[dict get $pin dir] ne "I"} { return {} }
    if {![dict exists $d ep $path]} {
        return [expr {[dict get $pin required] ? [list "input $path ([dict get $pin type]) is not connected"] : {}}]
    }
    set members [dict get $d nets [dict get $d ep $path]]
    set drivers {}
    foreach m $members {
        if {[dict get $m driver]} { lappend drivers $m }
    }
    if {[llength $drivers] == 0} {
        return [list "input $path is on a net without driver"]
    }
    set type [dict get $pin type]
    set dtype [dict get [lindex $drivers 0] type]
    if {$type in {clk rst} && $dtype ne $type} {
        return [list "$type input $path is driven by [dict get [lindex $drivers 0] path] ($dtype)"]
    }
    return {}
}

# Pins and interface pins of the current design's cells that are not connected.
proc vrec::unconnected {} {
    set d [design unconnected]
    set out {}
    dict for {path cell} [dict get $d cells] {
        foreach pin [cell_pins $path] {
            set p [dict get $pin path]
            if {[dict get $pin kind] eq "intf"} {
                if {![dict exists $d iep $p]} { lappend out $p }
            } elseif {![dict exists $d ep $p]} {
                lappend out $p
            }
        }
    }
    return $out
}

# What an interface pin or port is connected to (the other end), or "".
proc vrec::peer {path} {
    set d [design peer]
    if {![dict exists $d iep $path]} { return "" }
    foreach e [dict get $d intf_nets [dict get $d iep $path]] {
        if {[dict get $e path] ne $path} { return [dict get $e path] }
    }
    return ""
}

# Everything on the net of scalar pin or port PATH (besides PATH), or "".
proc vrec::net_of {path} {
    set d [design net_of]
    if {![dict exists $d ep $path]} { return "" }
    set out {}
    foreach m [dict get $d nets [dict get $d ep $path]] {
        if {[dict get $m path] ne $path} { lappend out [dict get $m path] }
    }
    return $out
}

# ---------------------------------------------------------------- BD object properties
proc vrec::set_bd_prop {kind object key value} {
    set d [design set_property]
    switch -- $kind {
        cell {
            if {![string match CONFIG.* $key]} { fail "set_property: cell property $key is not settable" }
            set_cell_config $d $object [string range $key 7 end] $value
        }
        port - intf_port {
            if {![string match CONFIG.* $key]} { fail "set_property: port property $key is not modeled" }
            set param [string range $key 7 end]
            set known {FREQ_HZ POLARITY ASSOCIATED_BUSIF ASSOCIATED_RESET TDATA_NUM_BYTES HAS_TLAST
                       HAS_TKEEP HAS_TSTRB HAS_TREADY PROTOCOL ADDR_WIDTH DATA_WIDTH PHASE CLK_DOMAIN}
            if {$param ni $known} { fail "set_property: ports have no parameter $param" }
            if {$param eq "POLARITY" && $value ni {ACTIVE_LOW ACTIVE_HIGH}} {
                fail "set_property: POLARITY must be ACTIVE_LOW or ACTIVE_HIGH, got $value"
            }
            if {$param eq "ASSOCIATED_BUSIF"} {
                foreach busif [split $value :] {
                    if {![dict exists $d ports "/$busif"]} { fail "set_property: ASSOCIATED_BUSIF names $busif, which is not a port" }
                }
            }
            dict set d ports $object config $param $value
            design_set ports [dict get $d ports]
        }
        default { fail "set_property: properties of $kind objects are not modeled" }
    }
    touch
}

# The declared spelling of PARAM among NAMES (Vivado property names ignore case), or "".
proc vrec::param_name {param names} {
    foreach name $names {
        if {[string equal -nocase $name $param]} { return $name }
    }
    return ""
}

proc vrec::set_cell_config {d object param value} {
    set cell [dict get $d cells $object]
    set ip [dict get $cell ip]
    if {$ip eq "module"} {
        set known [dict keys [dict get $cell module params]]
    } elseif {$ip eq "user"} {
        set known {}
    } else {
        set known [dict keys $::vrec::ipm::params($ip)]
    }
    if {[param_name $param $known] ne ""} {
        set param [param_name $param $known]
    }
    if {$ip eq "module"} {
        if {![dict exists [dict get $cell module] params $param]} {
            fail "set_property: module [file tail $object] has no parameter $param"
        }
        if {![string is integer -strict $value]} { fail "set_property: $param of $object must be an integer, got $value" }
    } elseif {$ip eq "user"} {
        fail "set_property: the accelerator IP has no CONFIG parameter $param"
    } else {
        set defs $::vrec::ipm::params($ip)
        if {![dict exists $defs $param]} { fail "set_property: $ip has no parameter CONFIG.$param" }
        set def [dict get $defs $param]
        if {[dict exists $def readonly]} { fail "set_property: CONFIG.$param of $ip is read-only" }
        if {[dict exists $def values] && $value ni [dict get $def values]} {
            fail "set_property: CONFIG.$param of $ip must be one of [dict get $def values], got '$value'"
        }
        if {[dict exists $def min] && (![string is double -strict $value]
                || $value < [dict get $def min] || $value > [dict get $def max])} {
            fail "set_property: CONFIG.$param of $ip must be in [dict get $def min]..[dict get $def max], got '$value'"
        }
    }
    set before [cell_pins $object]
    dict set d cells $object config $param $value
    design_set cells [dict get $d cells]
    set after {}
    foreach pin [cell_pins $object] { lappend after [dict get $pin path] }
    foreach pin $before {
        set p [dict get $pin path]
        if {$p ni $after && ([dict exists $d ep $p] || [dict exists $d iep $p])} {
            fail "set_property: CONFIG.$param=$value removes pin $p, which is connected"
        }
    }
}

proc vrec::get_bd_prop {kind object key} {
    set d [design get_property]
    switch -- $kind {
        cell {
            set cell [dict get $d cells $object]
            if {$key eq "NAME"} { return [dict get $cell name] }
            if {$key eq "PATH"} { return $object }
            if {$key eq "VLNV"} { return [dict get $cell vlnv] }
            if {[string match CONFIG.* $key]} {
                set param [string range $key 7 end]
                set ip [dict get $cell ip]
                if {$ip ni {user module}} {
                    set name [param_name $param [dict keys $::vrec::ipm::params($ip)]]
                    if {$name ne ""} { set param $name }
                } elseif {$ip eq "module"} {
                    set name [param_name $param [dict keys [dict get $cell module params]]]
                    if {$name ne ""} { set param $name }
                }
                if {[dict exists $cell config $param]} { return [dict get $cell config $param] }
                if {$ip ni {user module} && [dict exists $::vrec::ipm::params($ip) $param readonly]} {
                    return [dict get $cell config [dict get $::vrec::ipm::params($ip) $param readonly]]
                }
                fail "get_property: $object has no parameter $param"
            }
        }
        port - intf_port {
            set port [dict get $d ports $object]
            if {$key eq "NAME"} { return [dict get $port name] }
            if {$key eq "PATH"} { return $object }
            if {$key eq "MODE" && $kind eq "intf_port"} { return [dict get $port mode] }
            if {$key eq "DIR" && $kind eq "port"} { return [dict get $port dir] }
            if {[string match CONFIG.* $key]} {
                set param [string range $key 7 end]
                return [expr {[dict exists $port config $param] ? [dict get $port config $param] : ""}]
            }
        }
        pin - intf_pin {
            set pin [find_pin $object]
            if {$key eq "NAME"} { return [dict get $pin name] }
            if {$key eq "PATH"} { return $object }
            if {$key eq "DIR" && $kind eq "pin"} { return [dict get $pin dir] }
        }
        design {
            if {$key eq "NAME"} { return $object }
            if {$key eq "FILE_NAME"} { return [file tail [dict get $::vrec::S(bds) $object file]] }
        }
    }
    fail "get_property: property $key of $kind $object is not modeled"
}
