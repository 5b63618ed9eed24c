"""tcl_bridge."""
