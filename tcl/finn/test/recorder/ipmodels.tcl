# IP models of the recorder: for each Xilinx IP the shells use, its CONFIG parameters
# (defaults, legal values) and the pins and interface pins it has for a given
# configuration; plus the user IPs read from accelerator.json files in the IP
# repositories and module references read from Verilog sources.  Pin and parameter
# names are those of the Xilinx IPs (processing_system7, zynq_ultra_ps_e, axi_dma,
# smartconnect, axi_interconnect, proc_sys_reset).

namespace eval vrec::ipm {
    # Vivado release -> IP name -> versions in that release's catalog (the recorder's
    # profiles; scripts must look versions up, never assume them)
    variable profiles {
        2022.2 {processing_system7 5.5 zynq_ultra_ps_e 3.4 axi_dma 7.1 smartconnect 1.0
                axi_interconnect 2.1 proc_sys_reset 5.0}
        2024.2 {processing_system7 5.5 zynq_ultra_ps_e 3.5 axi_dma 7.1 smartconnect 1.0
                axi_interconnect 2.1 proc_sys_reset 5.0}
        2025.1 {processing_system7 5.5 zynq_ultra_ps_e 3.5 axi_dma {7.1 7.10} smartconnect 1.0
                axi_interconnect 2.1 proc_sys_reset 5.0}
    }
    variable vlnvs {
        axis   xilinx.com:interface:axis_rtl:1.0
        aximm  xilinx.com:interface:aximm_rtl:1.0
        ddrx   xilinx.com:interface:ddrx_rtl:1.0
        fixedio xilinx.com:display_processing_system7:fixedio_rtl:1.0
    }
    # parameters: name -> {default D ?values V? ?min A max B? ?readonly FOLLOWS?}
    variable params
    set params(processing_system7) {
        PCW_USE_M_AXI_GP0 {default 1 values {0 1}}
        PCW_USE_M_AXI_GP1 {default 0 values {0 1}}
        PCW_USE_S_AXI_HP0 {default 0 values {0 1}}
        PCW_USE_S_AXI_HP1 {default 0 values {0 1}}
        PCW_S_AXI_HP0_DATA_WIDTH {default 64 values {32 64}}
        PCW_FPGA0_PERIPHERAL_FREQMHZ {default 50 min 0.1 max 250}
        PCW_ACT_FPGA0_PERIPHERAL_FREQMHZ {readonly PCW_FPGA0_PERIPHERAL_FREQMHZ}
        PCW_EN_CLK0_PORT {default 1 values {0 1}}
        PCW_EN_RST0_PORT {default 1 values {0 1}}
        PCW_USE_FABRIC_INTERRUPT {default 0 values {0 1}}
    }
    set params(zynq_ultra_ps_e) {
        PSU__USE__M_AXI_GP0 {default 1 values {0 1}}
        PSU__USE__M_AXI_GP1 {default 1 values {0 1}}
        PSU__USE__M_AXI_GP2 {default 0 values {0 1}}
        PSU__USE__S_AXI_GP2 {default 0 values {0 1}}
        PSU__MAXIGP0__DATA_WIDTH {default 128 values {32 64 128}}
        PSU__SAXIGP2__DATA_WIDTH {default 128 values {32 64 128}}
        PSU__CRL_APB__PL0_REF_CTRL__FREQMHZ {default 100 min 1 max 333.34}
        PSU__CRL_APB__PL0_REF_CTRL__ACT_FREQMHZ {readonly PSU__CRL_APB__PL0_REF_CTRL__FREQMHZ}
        PSU__FPGA_PL0_ENABLE {default 1 values {0 1}}
        PSU__OVERRIDE__BASIC_CLOCK {default 0 values {0 1}}
        PSU__USE__IRQ0 {default 0 values {0 1}}
    }
    set params(axi_dma) {
        c_include_sg {default 1 values {0 1}}
        c_sg_length_width {default 14 min 8 max 26}
        c_sg_include_stscntrl_strm {default 1 values {0 1}}
        c_include_mm2s {default 1 values {0 1}}
        c_include_s2mm {default 1 values {0 1}}
        c_include_mm2s_dre {default 0 values {0 1}}
        c_include_s2mm_dre {default 0 values {0 1}}
        c_addr_width {default 32 min 32 max 64}
        c_m_axi_mm2s_data_width {default 32 values {32 64 128 256 512 1024}}
        c_m_axis_mm2s_tdata_width {default 32 values {8 16 32 64 128 256 512 1024}}
        c_m_axi_s2mm_data_width {default 32 values {32 64 128 256 512 1024}}
        c_s_axis_s2mm_tdata_width {default 32 values {8 16 32 64 128 256 512 1024}}
        c_mm2s_burst_size {default 16 values {2 4 8 16 32 64 128 256}}
        c_s2mm_burst_size {default 16 values {2 4 8 16 32 64 128 256}}
        c_micro_dma {default 0 values {0 1}}
    }
    set params(smartconnect) {
        NUM_SI {default 1 min 1 max 16}
        NUM_MI {default 2 min 1 max 16}
        NUM_CLKS {default 1 min 1 max 10}
    }
    set params(axi_interconnect) {
        NUM_SI {default 1 min 1 max 16}
        NUM_MI {default 2 min 1 max 64}
    }
    set params(proc_sys_reset) {
        C_EXT_RST_WIDTH {default 4 min 1 max 16}
        C_AUX_RST_WIDTH {default 4 min 1 max 16}
        C_EXT_RESET_HIGH {default 0 values {0 1}}
    }
}

# A scalar pin record.
proc vrec::ipm::pin {name dir type {required 0} {width 1}} {
    return [dict create kind pin name $name dir $dir type $type required $required width $width]
}

# An interface pin record (bus axis/aximm/ddrx/fixedio, mode Master/Slave).
proc vrec::ipm::intf {name bus mode {required 0} {extra {}}} {
    variable vlnvs
    return [dict merge [dict create kind intf name $name bus $bus mode $mode \
        vlnv [dict get $vlnvs $bus] required $required bytes "" tlast 0] $extra]
}

proc vrec::ipm::pins_processing_system7 {c} {
    set pins [list [intf DDR ddrx Master 1] [intf FIXED_IO fixedio Master 1]]
    if {[dict get $c PCW_EN_CLK0_PORT]} { lappend pins [pin FCLK_CLK0 O clk] }
    if {[dict get $c PCW_EN_RST0_PORT]} { lappend pins [pin FCLK_RESET0_N O rst] }
    if {[dict get $c PCW_USE_M_AXI_GP0]} {
        lappend pins [intf M_AXI_GP0 aximm Master] [pin M_AXI_GP0_ACLK I clk 1]
    }
    if {[dict get $c PCW_USE_M_AXI_GP1]} {
        lappend pins [intf M_AXI_GP1 aximm Master] [pin M_AXI_GP1_ACLK I clk 1]
    }
    foreach n {0 1} {
        if {[dict get $c PCW_USE_S_AXI_HP$n]} {
            lappend pins [intf S_AXI_HP$n aximm Slave] [pin S_AXI_HP${n}_ACLK I clk 1]
        }
    }
    return $pins
}

proc vrec::ipm::pins_zynq_ultra_ps_e {c} {
    set pins {}
    foreach {param intf_name clk} {PSU__USE__M_AXI_GP0 M_AXI_HPM0_FPD maxihpm0_fpd_aclk
                                   PSU__USE__M_AXI_GP1 M_AXI_HPM1_FPD maxihpm1_fpd_aclk
                                   PSU__USE__M_AXI_GP2 M_AXI_HPM0_LPD maxihpm0_lpd_aclk} {
        if {[dict get $c $param]} {
            lappend pins [intf $intf_name aximm Master] [pin $clk I clk 1]
        }
    }
    if {[dict get $c PSU__USE__S_AXI_GP2]} {
        lappend pins [intf S_AXI_HP0_FPD aximm Slave] [pin saxihp0_fpd_aclk I clk 1]
    }
    if {[dict get $c PSU__FPGA_PL0_ENABLE]} {
        lappend pins [pin pl_clk0 O clk] [pin pl_resetn0 O rst]
    }
    if {[dict get $c PSU__USE__IRQ0]} {
        lappend pins [pin pl_ps_irq0 I intr 0]
    }
    return $pins
}

proc vrec::ipm::pins_axi_dma {c} {
    set pins [list [intf S_AXI_LITE aximm Slave 1] [pin s_axi_lite_aclk I clk 1] \
        [pin axi_resetn I rst 1]]
    if {[dict get $c c_include_mm2s]} {
        lappend pins [intf M_AXI_MM2S aximm Master 1] [pin m_axi_mm2s_aclk I clk 1] \
            [intf M_AXIS_MM2S axis Master 1 [dict create bytes \
                [expr {[dict get $c c_m_axis_mm2s_tdata_width] / 8}] tlast 1]] \
            [pin mm2s_introut O intr]
    }
    if {[dict get $c c_include_s2mm]} {
        lappend pins [intf M_AXI_S2MM aximm Master 1] [pin m_axi_s2mm_aclk I clk 1] \
            [intf S_AXIS_S2MM axis Slave 1 [dict create bytes \
                [expr {[dict get $c c_s_axis_s2mm_tdata_width] / 8}] needs_tlast 1]] \
            [pin s2mm_introut O intr]
    }
    if {[dict get $c c_include_sg]} {
        lappend pins [intf M_AXI_SG aximm Master 1] [pin m_axi_sg_aclk I clk 1]
    }
    return $pins
}

# Cross-parameter rules of the AXI DMA (memory-map width >= stream width).
proc vrec::ipm::check_axi_dma {c} {
    foreach {mm st} {c_m_axi_mm2s_data_width c_m_axis_mm2s_tdata_width
                     c_m_axi_s2mm_data_width c_s_axis_s2mm_tdata_width} {
        if {[dict get $c $st] > [dict get $c $mm]} {
            return "$st ([dict get $c $st]) is wider than $mm ([dict get $c $mm])"
        }
    }
    return ""
}

proc vrec::ipm::pins_smartconnect {c} {
    set pins [list [pin aclk I clk 1] [pin aresetn I rst 1]]
    for {set i 1} {$i < [dict get $c NUM_CLKS]} {incr i} {
        lappend pins [pin aclk$i I clk 1]
    }
    for {set i 0} {$i < [dict get $c NUM_SI]} {incr i} {
        lappend pins [intf [format S%02d_AXI $i] aximm Slave 1]
    }
    for {set i 0} {$i < [dict get $c NUM_MI]} {incr i} {
        lappend pins [intf [format M%02d_AXI $i] aximm Master 1]
    }
    return $pins
}

proc vrec::ipm::pins_axi_interconnect {c} {
    set pins [list [pin ACLK I clk 1] [pin ARESETN I rst 1]]
    foreach {prefix count mode} [list S [dict get $c NUM_SI] Slave M [dict get $c NUM_MI] Master] {
        for {set i 0} {$i < $count} {incr i} {
            set p [format %s%02d $prefix $i]
            lappend pins [intf ${p}_AXI aximm $mode 1] [pin ${p}_ACLK I clk 1] \
                [pin ${p}_ARESETN I rst 1]
        }
    }
    return $pins
}

proc vrec::ipm::pins_proc_sys_reset {c} {
    return [list [pin slowest_sync_clk I clk 1] [pin ext_reset_in I rst 1] \
        [pin aux_reset_in I rst] [pin mb_debug_sys_rst I rst] [pin dcm_locked I data] \
        [pin mb_reset O rst] [pin bus_struct_reset O rst] [pin peripheral_reset O rst] \
        [pin interconnect_aresetn O rst] [pin peripheral_aresetn O rst]]
}

# ---------------------------------------------------------------- user IP (accelerator.json)
namespace eval vrec::json {}

# A small JSON reader (objects -> dicts, arrays -> lists, true/false -> 1/0, null -> "").
proc vrec::json::parse {text} {
    set pos 0
    set value [value $text pos]
    skip $text pos
    if {$pos != [string length $text]} {
        error "RECORDER: trailing text in JSON at offset $pos"
    }
    return $value
}

proc vrec::json::skip {text posvar} {
    upvar 1 $posvar pos
    while {$pos < [string length $text] && [string is space [string index $text $pos]]} {
        incr pos
    }
}

proc vrec::json::value {text posvar} {
    upvar 1 $posvar pos
    skip $text pos
    set c [string index $text $pos]
    if {$c eq "\{"} {
        return [object $text pos]
    }
    if {$c eq "\["} {
        return [array_ $text pos]
    }
    if {$c eq "\""} {
        if {![regexp -start $pos {\A"((?:[^"\\]|\\.)*)"} $text all body]} {
            error "RECORDER: bad JSON string at $pos"
        }
        incr pos [string length $all]
        return [subst -nocommands -novariables [string map {\\/ /} $body]]
    }
    foreach {word val} {true 1 false 0 null ""} {
        if {[string range $text $pos [expr {$pos + [string length $word] - 1}]] eq $word} {
            incr pos [string length $word]
            return $val
        }
    }
    if {[regexp -start $pos {\A-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?} $text number]} {
        incr pos [string length $number]
        return $number
    }
    error "RECORDER: unexpected JSON text at offset $pos"
}

proc vrec::json::object {text posvar} {
    upvar 1 $posvar pos
    incr pos
    set out [dict create]
    skip $text pos
    if {[string index $text $pos] eq "\}"} { incr pos; return $out }
    while 1 {
        set key [value $text pos]
        skip $text pos
        if {[string index $text $pos] ne ":"} { error "RECORDER: JSON ':' expected at $pos" }
        incr pos
        dict set out $key [value $text pos]
        skip $text pos
        set c [string index $text $pos]
        incr pos
        if {$c eq "\}"} { return $out }
        if {$c ne ","} { error "RECORDER: JSON ',' expected at $pos" }
    }
}

proc vrec::json::array_ {text posvar} {
    upvar 1 $posvar pos
    incr pos
    set out {}
    skip $text pos
    if {[string index $text $pos] eq "\]"} { incr pos; return $out }
    while 1 {
        lappend out [value $text pos]
        skip $text pos
        set c [string index $text $pos]
        incr pos
        if {$c eq "\]"} { return $out }
        if {$c ne ","} { error "RECORDER: JSON ',' expected at $pos" }
    }
}

# Read an accelerator.json into a user IP definition (vlnv, pins, dir).
proc vrec::ipm::user_ip {path} {
    set fh [open $path r]
    fconfigure $fh -encoding utf-8
    set data [vrec::json::parse [read $fh]]
    close $fh
    set pins [list [pin [dict get $data clock port] I clk 1] [pin [dict get $data reset port] I rst 1]]
    foreach i [dict get $data interfaces] {
        if {[dict get $i type] eq "axis"} {
            set mode [expr {[dict get $i mode] eq "slave" ? "Slave" : "Master"}]
            lappend pins [intf [dict get $i name] axis $mode 0 \
                [dict create bytes [expr {[dict get $i tdata_width] / 8}] tlast 0]]
        } else {
            lappend pins [intf [dict get $i name] aximm Slave 0]
        }
    }
    set base [file dirname [file normalize $path]]
    set ip_dir [file normalize [file join $base [expr {[dict exists $data ip_dir] ? [dict get $data ip_dir] : "."}]]]
    return [dict create vlnv [dict get $data vlnv] pins $pins dir $ip_dir \
        name [lindex [split [dict get $data vlnv] :] 2] path $path]
}

# ---------------------------------------------------------------- module references
# Ports, parameters and X_INTERFACE_INFO interfaces of MODULE in Verilog file PATH.
proc vrec::ipm::hdl_module {path module} {
    set fh [open $path r]
    set text [read $fh]
    close $fh
    regsub -all {//[^\n]*} $text {} text
    regsub -all {/\*.*?\*/} $text {} text
    if {![regexp -indices "\\mmodule\\s+$module\\M" $text where]} {
        return ""
    }
    set pos [expr {[lindex $where 1] + 1}]
    set params ""
    if {[regexp -start $pos -indices {\A\s*#\s*\(} $text hash]} {
        set params [balanced $text [lindex $hash 1] pos]
    }
    if {![regexp -start $pos -indices {\A\s*\(} $text open_at]} {
        return ""
    }
    set ports [balanced $text [lindex $open_at 1] pos]
    set defaults [dict create]
    foreach {- name value} [regexp -all -inline {parameter\s+(\w+)\s*=\s*([^,\)]+)} $params] {
        dict set defaults $name [string trim $value]
    }
    set port_list {}
    set pattern {((?:\(\*[^*]*\*\)\s*)*)(input|output|inout)\s+(?:wire\s+|reg\s+)?(\[[^\]]+\])?\s*(\w+)}
    foreach {- attrs dir range name} [regexp -all -inline $pattern $ports] {
        set info ""
        regexp {X_INTERFACE_INFO\s*=\s*"([^"]*)"} $attrs -> info
        lappend port_list [dict create name $name dir $dir range $range info $info]
    }
    return [dict create params $defaults ports $port_list path $path]
}

# The text inside the parenthesis opening at index START of TEXT; POSVAR gets the index
# after the closing one.
proc vrec::ipm::balanced {text start posvar} {
    upvar 1 $posvar pos
    set depth 0
    for {set i $start} {$i < [string length $text]} {incr i} {
        set c [string index $text $i]
        if {$c eq "("} {
            incr depth
        } elseif {$c eq ")"} {
            incr depth -1
            if {$depth == 0} {
                set pos [expr {$i + 1}]
                return [string range $text [expr {$start + 1}] [expr {$i - 1}]]
            }
        }
    }
    error "RECORDER: unbalanced parentheses in HDL"
}

# An AXI-Stream interface pin from its signals {logical dir width}.
proc vrec::ipm::axis_from_signals {iname signals} {
    set mode Slave
    set bytes ""
    set has_last 0
    foreach s $signals {
        lassign $s logical dir width
        if {$logical eq "TDATA"} {
            set mode [expr {$dir eq "O" ? "Master" : "Slave"}]
            set bytes [expr {$width / 8}]
        }
        if {$logical eq "TLAST"} {
            set has_last 1
        }
    }
    return [intf $iname axis $mode 1 [dict create bytes $bytes tlast $has_last]]
}

# Pins of a module reference for its current CONFIG (widths evaluated from parameters).
proc vrec::ipm::module_pins {mod config} {
    set values [dict merge [dict get $mod params] $config]
    set pins {}
    set intfs [dict create]
    foreach p [dict get $mod ports] {
        set width 1
        if {[dict get $p range] ne ""} {
            regexp {\[(.*):(.*)\]} [dict get $p range] -> msb lsb
            set expr_text "($msb) - ($lsb) + 1"
            foreach {name value} $values {
                regsub -all "\\m$name\\M" $expr_text "($value)" expr_text
            }
            if {![regexp {^[-+*/() 0-9]+$} $expr_text]} {
                error "RECORDER: cannot evaluate the width of [dict get $p name] in [dict get $mod path]"
            }
            set width [expr $expr_text]
        }
        set dir [dict get {input I output O inout IO} [dict get $p dir]]
        set info [dict get $p info]
        if {$info eq ""} {
            lappend pins [pin [dict get $p name] $dir data 0 $width]
            continue
        }
        lassign $info vlnv iname logical
        if {[string match *:signal:clock:* $vlnv]} {
            lappend pins [pin $iname $dir clk 1]
        } elseif {[string match *:signal:reset:* $vlnv]} {
            lappend pins [pin $iname $dir rst 1]
        } elseif {[string match *:interface:axis:* $vlnv]} {
            dict lappend intfs $iname [list $logical $dir $width]
        } else {
            error "RECORDER: interface $vlnv of module reference not modeled"
        }
    }
    dict for {iname signals} $intfs {
        lappend pins [axis_from_signals $iname $signals]
    }
    return $pins
}
