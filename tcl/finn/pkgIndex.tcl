# Tcl package index for the finn-vivado app: `package require finn` (or the Tcl Store
# name ::tclapp::finn_vivado::finn) loads finn.tcl from this directory.
package ifneeded finn 0.1.0 [list source [file join $dir finn.tcl]]
package ifneeded ::tclapp::finn_vivado::finn 0.1.0 [list source [file join $dir finn.tcl]]
