# Recorder: block designs (cells, pins, ports, nets, automation, addresses, validation).

# ---------------------------------------------------------------- designs
proc vrec::cmd::create_bd_design {opts pos} {
    variable ::vrec::S
    set proj [vrec::project create_bd_design]
    set name [lindex $pos 0]
    if {![regexp {^[A-Za-z_][A-Za-z0-9_]*$} $name]} {
        vrec::fail "create_bd_design: '$name' is not a valid design name"
    }
    if {[dict exists $S(bds) $name]} {
        vrec::fail "create_bd_design: block design $name already exists"
    }
    foreach key {-dir -cell} {
        if {[dict exists $opts $key]} { vrec::fail "create_bd_design: $key is not modeled" }
    }
    set file [file join [dict get $proj dir] "[dict get $proj name].srcs" sources_1 bd $name "$name.bd"]
    file mkdir [file dirname $file]
    set fh [open $file w]
    puts $fh "recorder placeholder block design $name"
    close $fh
    set files [dict get $proj files]
    lappend files [dict create path $file fileset sources_1 modules $name file_type {Block Designs}]
    vrec::project_set files $files
    dict set S(bds) $name [dict create name $name file $file cells {} ports {} nets {} ep {} \
        intf_nets {} iep {} addr_dirty 0 validated 0 saved 0 automation {}]
    set S(bd) $name
    return $name
}

proc vrec::cmd::open_bd_design {opts pos} {
    variable ::vrec::S
    vrec::project open_bd_design
    set file [lindex $pos 0]
    dict for {name data} $S(bds) {
        if {[dict get $data file] eq $file} {
            set S(bd) $name
            return $name
        }
    }
    vrec::fail "open_bd_design: $file is not a block design of the project"
}

proc vrec::cmd::current_bd_design {opts pos} {
    variable ::vrec::S
    if {[llength $pos] > 0} {
        set name [lindex $pos 0]
        if {![dict exists $S(bds) $name]} {
            vrec::fail "current_bd_design: no block design $name"
        }
        set S(bd) $name
    }
    if {$S(bd) eq "" && ![dict exists $opts -quiet]} {
        vrec::fail "current_bd_design: no block design is open"
    }
    return $S(bd)
}

proc vrec::cmd::close_bd_design {opts pos} {
    variable ::vrec::S
    if {[lindex $pos 0] eq $S(bd)} {
        set S(bd) ""
    }
    return ""
}

proc vrec::cmd::get_bd_designs {opts pos} {
    variable ::vrec::S
    return [dict keys $S(bds)]
}

proc vrec::cmd::save_bd_design {opts pos} {
    vrec::design save_bd_design
    vrec::design_set saved 1
    return ""
}

proc vrec::cmd::regenerate_bd_layout {opts pos} {
    vrec::design regenerate_bd_layout
    return ""
}

# Mark the current design changed (not saved, not validated).
proc vrec::touch {} {
    design_set saved 0
    design_set validated 0
}

# ---------------------------------------------------------------- cells and pins
proc vrec::cmd::create_bd_cell {opts pos} {
    variable ::vrec::S
    set d [vrec::design create_bd_cell]
    set name [lindex $pos 0]
    if {![regexp {^[A-Za-z_][A-Za-z0-9_]*$} $name]} {
        vrec::fail "create_bd_cell: '$name' is not a valid cell name"
    }
    if {[dict exists $d cells "/$name"] || [dict exists $d ports "/$name"]} {
        vrec::fail "create_bd_cell: /$name already exists in [dict get $d name]"
    }
    set type [string tolower [expr {[dict exists $opts -type] ? [dict get $opts -type] : "ip"}]]
    if {$type eq "ip"} {
        set cell [vrec::new_ip_cell $name $opts]
    } elseif {$type eq "module"} {
        set cell [vrec::new_module_cell $name $opts]
    } else {
        vrec::fail "create_bd_cell: -type $type is not modeled"
    }
    vrec::design_set cells [dict merge [dict get $d cells] [dict create "/$name" $cell]]
    vrec::touch
    return "/$name"
}

proc vrec::new_ip_cell {name opts} {
    variable S
    if {![dict exists $opts -vlnv]} {
        fail "create_bd_cell: an IP cell needs -vlnv"
    }
    set vlnv [dict get $opts -vlnv]
    if {$vlnv ni [catalog_vlnvs]} {
        fail "create_bd_cell: IP $vlnv is not in the IP catalog (Vivado $S(-profile); user IPs: [dict keys $S(user_ips)])"
    }
    if {[dict exists $S(user_ips) $vlnv]} {
        return [dict create name $name vlnv $vlnv ip user user [dict get $S(user_ips) $vlnv] config {}]
    }
    if {[dict exists $S(library_ips) $vlnv]} {
        fail "create_bd_cell: IP $vlnv ([dict get $S(library_ips) $vlnv]) is in the IP catalog,\
            but its ports are not modeled (only accelerator.json IPs are)"
    }
    set ip [lindex [split $vlnv :] 2]
    set config [dict create]
    dict for {param def} $::vrec::ipm::params($ip) {
        if {[dict exists $def default]} {
            dict set config $param [dict get $def default]
        }
    }
    return [dict create name $name vlnv $vlnv ip $ip config $config]
}

proc vrec::new_module_cell {name opts} {
    variable S
    if {![dict exists $opts -reference]} {
        fail "create_bd_cell: -type module needs -reference"
    }
    set module [dict get $opts -reference]
    foreach f [dict get [project create_bd_cell] files] {
        if {[dict get $f fileset] eq "sources_1" && $module in [dict get $f modules]} {
            set mod [ipm::hdl_module [dict get $f path] $module]
            return [dict create name $name vlnv "" ip module module $mod config {}]
        }
    }
    fail "create_bd_cell: module $module is not defined in the project's sources (add_files first)"
}

# The pins of cell PATH (dicts with kind name dir type ... and path).
proc vrec::cell_pins {path} {
    set cell [dict get [design cell_pins] cells $path]
    set config [dict get $cell config]
    switch -- [dict get $cell ip] {
        user { set pins [dict get $cell user pins] }
        module { set pins [ipm::module_pins [dict get $cell module] $config] }
        default { set pins [ipm::pins_[dict get $cell ip] $config] }
    }
    set out {}
    foreach pin $pins {
        lappend out [dict merge $pin [dict create path "$path/[dict get $pin name]"]]
    }
    return $out
}

# Pin record of pin path PATH (/cell/pin), or "".
proc vrec::find_pin {path} {
    set d [design find_pin]
    set cell [file dirname $path]
    if {![dict exists $d cells $cell]} {
        return ""
    }
    foreach pin [cell_pins $cell] {
        if {[dict get $pin path] eq $path} {
            return $pin
        }
    }
    return ""
}

proc vrec::bd_object_kind {word} {
    set d [design object]
    if {[dict exists $d cells $word]} { return cell }
    if {[dict exists $d ports $word]} {
        return [expr {[dict get $d ports $word kind] eq "intf" ? "intf_port" : "port"}]
    }
    set pin [find_pin $word]
    if {$pin ne ""} {
        return [expr {[dict get $pin kind] eq "intf" ? "intf_pin" : "pin"}]
    }
    return ""
}

# Objects of KIND whose path matches the patterns (leading "/" optional).
proc vrec::bd_get {command kind opts pos} {
    foreach key {-regexp -filter -of_objects -hierarchical} {
        if {[dict exists $opts $key]} { fail "$command: $key is not modeled" }
    }
    set d [design $command]
    set all {}
    if {$kind eq "cell"} {
        set all [dict keys [dict get $d cells]]
    } elseif {$kind in {port intf_port}} {
        dict for {path port} [dict get $d ports] {
            if {([dict get $port kind] eq "intf") == ($kind eq "intf_port")} { lappend all $path }
        }
    } else {
        foreach cell [dict keys [dict get $d cells]] {
            foreach pin [cell_pins $cell] {
                if {([dict get $pin kind] eq "intf") == ($kind eq "intf_pin")} {
                    lappend all [dict get $pin path]
                }
            }
        }
    }
    set patterns [expr {[llength $pos] ? $pos : "*"}]
    set out {}
    if {$kind eq "cell" && "/" in $patterns} {
        # the design root, as write_bd_tcl scripts fetch it (get_bd_cells /)
        lappend out /
        set patterns [lsearch -all -inline -exact -not $patterns /]
    }
    foreach pattern $patterns {
        if {[string index $pattern 0] ne "/" && $pattern ne "*"} {
            set pattern "/$pattern"
        }
        foreach path $all {
            if {[string match $pattern $path] && $path ni $out} { lappend out $path }
        }
    }
    if {[llength $out] == 0 && [llength $pos] > 0 && ![dict exists $opts -quiet]} {
        fail "$command: no $kind matches '[join $pos { }]' in block design [dict get $d name]"
    }
    return $out
}

proc vrec::cmd::get_bd_cells {opts pos} { vrec::bd_get get_bd_cells cell $opts $pos }
proc vrec::cmd::get_bd_pins {opts pos} { vrec::bd_get get_bd_pins pin $opts $pos }
proc vrec::cmd::get_bd_intf_pins {opts pos} { vrec::bd_get get_bd_intf_pins intf_pin $opts $pos }
proc vrec::cmd::get_bd_ports {opts pos} { vrec::bd_get get_bd_ports port $opts $pos }
proc vrec::cmd::get_bd_intf_ports {opts pos} { vrec::bd_get get_bd_intf_ports intf_port $opts $pos }
proc vrec::cmd::get_bd_nets {opts pos} { vrec::fail "get_bd_nets is not modeled" }
proc vrec::cmd::get_bd_intf_nets {opts pos} { vrec::fail "get_bd_intf_nets is not modeled" }
proc vrec::cmd::get_bd_addr_segs {opts pos} { vrec::fail "get_bd_addr_segs is not modeled" }

# ---------------------------------------------------------------- ports
proc vrec::cmd::create_bd_port {opts pos} {
    set d [vrec::design create_bd_port]
    set name [lindex $pos 0]
    vrec::new_port_name $d $name create_bd_port
    if {![dict exists $opts -dir]} {
        vrec::fail "create_bd_port: -dir is required"
    }
    set type [expr {[dict exists $opts -type] ? [string tolower [dict get $opts -type]] : "undef"}]
    set width 1
    if {[dict exists $opts -from]} {
        set width [expr {abs([dict get $opts -from] - [dict get $opts -to]) + 1}]
    }
    set config [dict create]
    if {[dict exists $opts -freq_hz]} {
        dict set config FREQ_HZ [dict get $opts -freq_hz]
    } elseif {$type eq "clk" && [string toupper [dict get $opts -dir]] eq "I"} {
        vrec::fail "create_bd_port: input clock port $name needs -freq_hz (Vivado BD 5-670)"
    }
    vrec::design_set ports [dict merge [dict get $d ports] [dict create "/$name" [dict create \
        kind pin name $name dir [string toupper [dict get $opts -dir]] type $type width $width config $config]]]
    vrec::touch
    return "/$name"
}

proc vrec::new_port_name {d name command} {
    if {![regexp {^[A-Za-z_][A-Za-z0-9_]*$} $name]} {
        fail "$command: '$name' is not a valid port name"
    }
    if {[dict exists $d ports "/$name"] || [dict exists $d cells "/$name"]} {
        fail "$command: /$name already exists in [dict get $d name]"
    }
}

proc vrec::cmd::create_bd_intf_port {opts pos} {
    set d [vrec::design create_bd_intf_port]
    set name [lindex $pos 0]
    vrec::new_port_name $d $name create_bd_intf_port
    foreach key {-mode -vlnv} {
        if {![dict exists $opts $key]} { vrec::fail "create_bd_intf_port: $key is required" }
    }
    set vlnv [dict get $opts -vlnv]
    set bus ""
    dict for {b v} $::vrec::ipm::vlnvs {
        if {$v eq $vlnv} { set bus $b }
    }
    if {$bus eq ""} {
        vrec::fail "create_bd_intf_port: interface $vlnv is not modeled"
    }
    set mode [string totitle [dict get $opts -mode]]
    vrec::design_set ports [dict merge [dict get $d ports] [dict create "/$name" [dict create \
        kind intf name $name bus $bus mode $mode vlnv $vlnv config {}]]]
    vrec::touch
    return "/$name"
}

# ---------------------------------------------------------------- nets
# Endpoint record of a scalar pin or port (dir as seen from the net: is it a driver?).
proc vrec::net_endpoint {command object} {
    set d [design $command]
    if {[dict exists $d ports $object]} {
        set port [dict get $d ports $object]
        if {[dict get $port kind] ne "pin"} { fail "$command: $object is an interface port" }
        return [dict create path $object driver [expr {[dict get $port dir] eq "I"}] \
            type [dict get $port type] width [dict get $port width]]
    }
    set pin [find_pin $object]
    if {$pin eq ""} { fail "$command: $object is not a pin or port of [dict get $d name]" }
    if {[dict get $pin kind] ne "pin"} { fail "$command: $object is an interface pin" }
    return [dict create path $object driver [expr {[dict get $pin dir] eq "O"}] \
        type [dict get $pin type] width [dict get $pin width]]
}

proc vrec::cmd::connect_bd_net {opts pos} {
    set d [vrec::design connect_bd_net]
    if {[dict exists $opts -net]} { vrec::fail "connect_bd_net: -net is not modeled" }
    set members {}
    set ep [dict get $d ep]
    set nets [dict get $d nets]
    foreach object $pos {
        set e [vrec::net_endpoint connect_bd_net $object]
        if {[dict exists $ep $object]} {
            set old [dict get $ep $object]
            lappend members {*}[dict get $nets $old]
            dict unset nets $old
        } else {
            lappend members $e
        }
    }
    if {[llength $members] < 2} { vrec::fail "connect_bd_net: needs at least two pins or ports" }
    set drivers {}
    set widths {}
    foreach m $members {
        if {[dict get $m driver]} { lappend drivers [dict get $m path] }
        lappend widths [dict get $m width]
    }
    if {[llength $drivers] > 1} {
        vrec::fail "connect_bd_net: more than one driver on a net: [join $drivers {, }]"
    }
    if {[llength [lsort -unique $widths]] > 1} {
        vrec::fail "connect_bd_net: pins of different widths ($widths) on one net"
    }
    set id "net[incr ::vrec::S(net_id)]"
    dict set nets $id $members
    foreach m $members { dict set ep [dict get $m path] $id }
    vrec::design_set nets $nets
    vrec::design_set ep $ep
    vrec::touch
    return $id
}

# Interface endpoint record {path bus mode bytes tlast needs_tlast port}.
proc vrec::intf_endpoint {command object} {
    set d [design $command]
    if {[llength $object] == 1} { set object [lindex $object 0] }
    if {[dict exists $d ports $object]} {
        set port [dict get $d ports $object]
        if {[dict get $port kind] ne "intf"} { fail "$command: $object is not an interface port" }
        set bytes [expr {[dict exists $port config TDATA_NUM_BYTES] ? [dict get $port config TDATA_NUM_BYTES] : ""}]
        set tlast [expr {[dict exists $port config HAS_TLAST] ? [dict get $port config HAS_TLAST] : 0}]
        return [dict create path $object bus [dict get $port bus] mode [dict get $port mode] \
            bytes $bytes tlast $tlast needs_tlast 0 port 1]
    }
    set pin [find_pin $object]
    if {$pin eq "" || [dict get $pin kind] ne "intf"} {
        fail "$command: $object is not an interface pin or port of [dict get $d name]"
    }
    return [dict create path $object bus [dict get $pin bus] mode [dict get $pin mode] \
        bytes [dict get $pin bytes] tlast [dict get $pin tlast] \
        needs_tlast [expr {[dict exists $pin needs_tlast] ? [dict get $pin needs_tlast] : 0}] port 0]
}

proc vrec::cmd::connect_bd_intf_net {opts pos} {
    set d [vrec::design connect_bd_intf_net]
    lassign $pos first second
    set a [vrec::intf_endpoint connect_bd_intf_net $first]
    set b [vrec::intf_endpoint connect_bd_intf_net $second]
    foreach e [list $a $b] {
        if {[dict exists $d iep [dict get $e path]]} {
            vrec::fail "connect_bd_intf_net: [dict get $e path] is already connected"
        }
    }
    if {[dict get $a bus] ne [dict get $b bus]} {
        vrec::fail "connect_bd_intf_net: [dict get $a path] ([dict get $a bus]) and [dict get $b path] ([dict get $b bus]) are different interfaces"
    }
    if {[dict get $a port] || [dict get $b port]} {
        if {[dict get $a mode] ne [dict get $b mode]} {
            vrec::fail "connect_bd_intf_net: a [dict get $a mode] port connects to a [dict get $a mode] pin, not [dict get $b mode]"
        }
    } elseif {[lsort [list [dict get $a mode] [dict get $b mode]]] ne {Master Slave}} {
        vrec::fail "connect_bd_intf_net: [dict get $a path] and [dict get $b path] are both [dict get $a mode]"
    }
    if {[dict get $a bus] eq "axis"} {
        vrec::check_axis $a $b
    }
    set id "intf_net[incr ::vrec::S(net_id)]"
    vrec::design_set intf_nets [dict merge [dict get $d intf_nets] [dict create $id [list $a $b]]]
    vrec::design_set iep [dict merge [dict get $d iep] [dict create [dict get $a path] $id [dict get $b path] $id]]
    if {[dict get $a bus] eq "aximm"} {
        vrec::design_set addr_dirty 1
    }
    vrec::touch
    return $id
}

# AXI-Stream connection rules: same TDATA width; a slave that needs TLAST gets it.
proc vrec::check_axis {a b} {
    if {[dict get $a bytes] ne "" && [dict get $b bytes] ne "" && [dict get $a bytes] != [dict get $b bytes]} {
        fail "connect_bd_intf_net: TDATA_NUM_BYTES differ: [dict get $a path] [dict get $a bytes], [dict get $b path] [dict get $b bytes]"
    }
    foreach {x y} [list $a $b $b $a] {
        if {[dict get $x needs_tlast] && ![dict get $y tlast]} {
            fail "connect_bd_intf_net: [dict get $x path] needs TLAST, [dict get $y path] has none (the DMA transfer would never end)"
        }
    }
}

proc vrec::cmd::make_bd_pins_external {opts pos} {
    vrec::fail "make_bd_pins_external is not modeled (the scripts create ports explicitly)"
}

proc vrec::cmd::make_bd_intf_pins_external {opts pos} {
    vrec::fail "make_bd_intf_pins_external is not modeled (the scripts create ports explicitly)"
}

# ---------------------------------------------------------------- automation, addresses
proc vrec::cmd::apply_bd_automation {opts pos} {
    variable ::vrec::S
    set d [vrec::design apply_bd_automation]
    if {![dict exists $opts -rule]} { vrec::fail "apply_bd_automation: -rule is required" }
    set rule [dict get $opts -rule]
    set config [expr {[dict exists $opts -config] ? [dict get $opts -config] : {}}]
    if {[llength $pos] != 1} { vrec::fail "apply_bd_automation: give exactly one cell" }
    set cell [lindex $pos 0]
    if {![dict exists $d cells $cell]} { vrec::fail "apply_bd_automation: no cell $cell" }
    set ip [dict get $d cells $cell ip]
    array set allowed {
        xilinx.com:bd_rule:processing_system7 {processing_system7 {make_external apply_board_preset Master Slave}}
        xilinx.com:bd_rule:zynq_ultra_ps_e {zynq_ultra_ps_e {apply_board_preset}}
    }
    if {![info exists allowed($rule)]} { vrec::fail "apply_bd_automation: rule $rule is not modeled" }
    lassign $allowed($rule) want keys
    if {$ip ne $want} { vrec::fail "apply_bd_automation: rule $rule applies to $want, $cell is $ip" }
    if {[catch {dict size $config}]} { vrec::fail "apply_bd_automation: -config is not a key/value list" }
    dict for {key value} $config {
        if {$key ni $keys} { vrec::fail "apply_bd_automation: $rule has no -config key $key (has [join $keys {, }])" }
    }
    if {[dict exists $config apply_board_preset] && [dict get $config apply_board_preset] eq "1"
        && [dict get $S(project) board_part] eq ""} {
        vrec::fail "apply_bd_automation: apply_board_preset needs a project board part (set_property board_part)"
    }
    if {[dict exists $config make_external]} {
        foreach intf [split [dict get $config make_external] ,] {
            set intf [string trim $intf]
            set pin [vrec::find_pin "$cell/$intf"]
            if {$pin eq ""} { vrec::fail "apply_bd_automation: $cell has no interface $intf to make external" }
            vrec::cmd::create_bd_intf_port [dict create -mode [dict get $pin mode] -vlnv [dict get $pin vlnv]] [list $intf]
            vrec::cmd::connect_bd_intf_net {} [list "/$intf" "$cell/$intf"]
        }
    }
    vrec::design_set automation [concat [dict get $d automation] [list [list $rule $cell]]]
    vrec::touch
    return ""
}

proc vrec::cmd::assign_bd_address {opts pos} {
    vrec::design assign_bd_address
    foreach key {-target_address_space -offset -range -dict -import_from_file -boundary -external} {
        if {[dict exists $opts $key]} { vrec::fail "assign_bd_address: $key is not modeled" }
    }
    vrec::design_set addr_dirty 0
    return ""
}
