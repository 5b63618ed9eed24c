# Recorder: runs, reports, timing, Vitis kernel packaging.

proc vrec::run {command name} {
    set proj [project $command]
    if {![dict exists $proj runs $name]} {
        fail "$command: no run $name (runs: [dict keys [dict get $proj runs]])"
    }
    return [dict get $proj runs $name]
}

proc vrec::cmd::get_runs {opts pos} {
    set proj [vrec::project get_runs]
    set out {}
    foreach name [dict keys [dict get $proj runs]] {
        foreach pattern [expr {[llength $pos] ? $pos : "*"}] {
            if {[string match $pattern $name]} { lappend out $name; break }
        }
    }
    if {[llength $out] == 0 && ![dict exists $opts -quiet]} {
        vrec::fail "get_runs: no run matches '$pos'"
    }
    return $out
}

# The block design whose wrapper is the top of sources_1, or "".
proc vrec::top_design {} {
    variable S
    set top [expr {[dict exists $S(project) tops sources_1] ? [dict get $S(project) tops sources_1] : ""}]
    if {$top eq ""} {
        fail "launch_runs: sources_1 has no top module (set_property top ...)"
    }
    if {[string match *_wrapper $top] && [dict exists $S(bds) [string range $top 0 end-8]]} {
        return [string range $top 0 end-8]
    }
    return ""
}

proc vrec::cmd::launch_runs {opts pos} {
    variable ::vrec::S
    set proj [vrec::project launch_runs]
    foreach key {-scripts_only -lsf -sge -host -custom_script -dir -next_step} {
        if {[dict exists $opts $key]} { vrec::fail "launch_runs: $key is not modeled" }
    }
    foreach name $pos {
        vrec::run launch_runs $name
        set to [expr {[dict exists $opts -to_step] ? [dict get $opts -to_step] : ""}]
        if {$name eq "synth_1"} {
            vrec::launch_synth $to
        } else {
            vrec::launch_impl $to
        }
    }
    return ""
}

proc vrec::launch_synth {to} {
    variable S
    if {$to ni {"" synth_design}} { fail "launch_runs synth_1: -to_step $to is not a synthesis step" }
    set bd [top_design]
    if {$bd ne ""} {
        check_bd_ready $bd
    }
    finish_run synth_1
}

proc vrec::launch_impl {to} {
    variable S
    set steps {opt_design power_opt_design place_design post_place_power_opt_design phys_opt_design
               route_design post_route_phys_opt_design write_bitstream write_device_image}
    if {$to ne "" && $to ni $steps} { fail "launch_runs impl_1: -to_step $to is not an implementation step" }
    set bd [top_design]
    if {$bd ne ""} {
        check_bd_ready $bd
    }
    set props [dict get $S(project) runs synth_1 props]
    if {[dict exists $props {STEPS.SYNTH_DESIGN.ARGS.MORE OPTIONS}]
        && [string match *out_of_context* [dict get $props {STEPS.SYNTH_DESIGN.ARGS.MORE OPTIONS}]]} {
        fail "launch_runs impl_1: synth_1 is out-of-context; a bitstream needs a full synthesis"
    }
    if {$to eq "write_bitstream" && $bd ne ""} {
        set extra {}
        dict for {path port} [dict get $S(bds) $bd ports] {
            if {[dict get $port name] ni {DDR FIXED_IO}} { lappend extra $path }
        }
        if {[llength $extra]} {
            fail "launch_runs impl_1: top-level ports without pin constraints: [join $extra {, }] (write_bitstream DRC UCIO-1)"
        }
    }
    finish_run synth_1
    set run_dir [finish_run impl_1]
    if {$to eq "write_bitstream"} {
        placeholder [file join $run_dir "[dict get $S(project) tops sources_1].bit"] "bitstream"
        if {$bd ne ""} {
            set proj $S(project)
            placeholder [file join [dict get $proj dir] "[dict get $proj name].gen" sources_1 bd $bd \
                hw_handoff "$bd.hwh"] "hardware handoff"
        }
    }
}

proc vrec::check_bd_ready {bd} {
    variable S
    set data [dict get $S(bds) $bd]
    if {![dict get $data validated]} { fail "launch_runs: block design $bd is not validated" }
    if {![dict get $data saved]} { fail "launch_runs: block design $bd is not saved" }
}

proc vrec::finish_run {name} {
    variable S
    set dir [dict get $S(project) runs $name directory]
    file mkdir $dir
    dict set S(project) runs $name progress 100%
    dict set S(project) runs $name status "[expr {$name eq "synth_1" ? "synth_design" : "route_design"}] Complete!"
    return $dir
}

proc vrec::placeholder {path what} {
    file mkdir [file dirname $path]
    set fh [open $path w]
    puts $fh "recorder placeholder $what"
    close $fh
}

proc vrec::cmd::wait_on_runs {opts pos} {
    foreach name $pos { vrec::run wait_on_runs $name }
    return ""
}

proc vrec::cmd::wait_on_run {opts pos} {
    vrec::run wait_on_run [lindex $pos 0]
    return ""
}

proc vrec::cmd::reset_run {opts pos} {
    variable ::vrec::S
    vrec::run reset_run [lindex $pos 0]
    dict set S(project) runs [lindex $pos 0] progress 0%
    return ""
}

proc vrec::cmd::open_run {opts pos} {
    variable ::vrec::S
    set run [vrec::run open_run [lindex $pos 0]]
    if {[dict get $run progress] ne "100%"} {
        vrec::fail "open_run: run [lindex $pos 0] has not completed"
    }
    set S(open_run) [lindex $pos 0]
    return [expr {[dict exists $opts -name] ? [dict get $opts -name] : [lindex $pos 0]}]
}

proc vrec::cmd::close_design {opts pos} {
    variable ::vrec::S
    set S(open_run) ""
    return ""
}

proc vrec::need_design {command} {
    variable S
    if {$S(open_run) eq ""} { fail "$command: no design is open (open_run first)" }
}

proc vrec::cmd::report_utilization {opts pos} {
    vrec::need_design report_utilization
    set text [vrec::utilization_text]
    if {[dict exists $opts -file]} {
        set fh [open [dict get $opts -file] [expr {[dict exists $opts -append] ? "a" : "w"}]]
        puts -nonewline $fh $text
        close $fh
        return ""
    }
    return [expr {[dict exists $opts -return_string] ? $text : ""}]
}

# A report_utilization text of the recorder's fixed figures, in the layout of the part's family.
proc vrec::utilization_text {} {
    variable S
    set part [dict get $S(project) part]
    set us [expr {![string match xc7* $part]}]
    set lut [expr {$us ? "CLB LUTs*" : "Slice LUTs*"}]
    set reg [expr {$us ? "CLB Registers" : "Slice Registers"}]
    set sep "+----------------------------+------+-------+------------+-----------+-------+"
    set head "|          Site Type         | Used | Fixed | Prohibited | Available | Util% |"
    set lines [list "Copyright 1986-2022 Xilinx, Inc. All Rights Reserved." \
        "| Tool Version : Vivado v.$S(-profile) (recorder placeholder, no Vivado)" \
        "| Device       : $part" "| Design State : Synthesized" "" \
        "1. [expr {$us ? {CLB Logic} : {Slice Logic}}]" "--------------" "" $sep $head $sep]
    foreach {name used} [list $lut 1234 "  LUT as Logic" 1100 "  LUT as Memory" 134 $reg 2048 \
                             "  Register as Flip Flop" 2048] {
        lappend lines [format "| %-26s | %4s |     0 |          0 |    100000 |  1.00 |" $name $used]
    }
    if {$us} {
        lappend lines [format "| %-26s | %4s |     0 |          0 |     10000 |  0.60 |" CARRY8 60]
    }
    lappend lines $sep "" "2. Memory" "---------" "" $sep $head $sep
    foreach {name used} {"Block RAM Tile" 4.5 "  RAMB36/FIFO*" 4 "  RAMB18" 1 URAM 0} {
        lappend lines [format "| %-26s | %4s |     0 |          0 |       140 |  3.21 |" $name $used]
    }
    lappend lines $sep "" "3. DSP" "------" "" $sep $head $sep \
        [format "| %-26s | %4s |     0 |          0 |       220 |  1.36 |" DSPs 3] $sep "" \
        "7. Primitives" "-------------" "" "+----------+------+---------------------+" \
        "| Ref Name | Used | Functional Category |" "+----------+------+---------------------+" \
        "| FDRE     | 2048 |        Flop & Latch |" \
        [format "| %-8s |   60 |          CarryLogic |" [expr {$us ? "CARRY8" : "CARRY4"}]] \
        "+----------+------+---------------------+" ""
    return [join $lines \n]
}

proc vrec::cmd::report_timing_summary {opts pos} {
    variable ::vrec::S
    vrec::need_design report_timing_summary
    set text "Design Timing Summary (recorder placeholder)\n    WNS(ns)      TNS(ns)\n    -------      -------\n    [format %10.3f $S(-slack)]        0.000\n"
    if {[dict exists $opts -file]} {
        set fh [open [dict get $opts -file] w]
        puts -nonewline $fh $text
        close $fh
        return ""
    }
    return [expr {[dict exists $opts -return_string] ? $text : ""}]
}

proc vrec::cmd::get_timing_paths {opts pos} {
    vrec::need_design get_timing_paths
    return [list timing_path_1]
}

proc vrec::cmd::write_checkpoint {opts pos} {
    vrec::need_design write_checkpoint
    vrec::placeholder [lindex $pos 0] checkpoint
    return ""
}

proc vrec::cmd::package_xo {opts pos} {
    foreach key {-kernel_name -xo_path} {
        if {![dict exists $opts $key]} { vrec::fail "package_xo: $key is required" }
    }
    if {![dict exists $opts -ip_directory]} { vrec::fail "package_xo: only -ip_directory packaging is modeled" }
    set ip_dir [dict get $opts -ip_directory]
    if {![file isdirectory $ip_dir]} { vrec::fail "package_xo: IP directory $ip_dir does not exist" }
    set desc [file join $ip_dir accelerator.json]
    if {![file exists [file join $ip_dir component.xml]] && ![file exists $desc]} {
        vrec::fail "package_xo: $ip_dir holds no packaged IP (component.xml)"
    }
    if {[file exists $desc]} {
        set ip [vrec::ipm::user_ip $desc]
        if {[dict get $ip name] ne [dict get $opts -kernel_name]} {
            vrec::fail "package_xo: -kernel_name [dict get $opts -kernel_name] differs from the IP name [dict get $ip name]"
        }
    }
    set xo [dict get $opts -xo_path]
    if {[file extension $xo] ne ".xo"} { vrec::fail "package_xo: -xo_path must end in .xo" }
    if {[file exists $xo] && ![dict exists $opts -force]} { vrec::fail "package_xo: $xo exists (use -force)" }
    vrec::placeholder $xo "Vitis kernel object"
    return ""
}
