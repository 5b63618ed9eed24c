# finn::boards -- the known boards.

namespace eval ::finn {
    variable boards_spec {
        {-board string "" "only this board (its full description)"}
        {-part  string "" "what is known about a bare FPGA part (family, capacities)"}
        {-names flag   "" "return only the board names"}
        {-quiet flag   "" "print nothing (not even the table); an error returns an empty result"}
    }
}

# Summary: the boards finn-vivado knows (one data file each in boards/), with FPGA part,
#   family, shell flow; or one board (-board), or a bare part (-part).
# Argument Usage: [-board <name>] [-part <part>] [-names] [-quiet] [-help]
# Return Value: list of board dicts (name part family shell_flow board_part ps_ip
#   dma_width_bits default_clk_ns platform memory_bank resources file); with -names a
#   list of names; with -board or -part one dict
# Categories: xilinxtclstore, finn
proc ::finn::boards {args} {
    variable boards_spec
    set opts [parse_args boards $boards_spec $args]
    if {[dict get $opts help]} {
        return [print_help boards $boards_spec]
    }
    if {[dict get $opts board] ne ""} {
        return [backend boards board [dict create name [dict get $opts board]]]
    }
    if {[dict get $opts part] ne ""} {
        return [backend boards board [dict create part [dict get $opts part]]]
    }
    set boards [backend boards boards]
    if {![dict get $opts quiet]} {
        puts [format "%-12s %-24s %-12s %s" BOARD "FPGA PART" "SHELL FLOW" FAMILY]
        foreach board $boards {
            puts [format "%-12s %-24s %-12s %s" [dict get $board name] [dict get $board part] \
                [dict get $board shell_flow] [dict get $board family]]
        }
    }
    if {[dict get $opts names]} {
        set names {}
        foreach board $boards {
            lappend names [dict get $board name]
        }
        return $names
    }
    return $boards
}
