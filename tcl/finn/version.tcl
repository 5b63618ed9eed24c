# finn::version -- app and backend versions.

namespace eval ::finn {
    variable version_spec {
        {-app flag "" "only the app version (does not start the backend)"}
    }
}

# Summary: the versions of this Tcl app and of the Python backend (which also checks
#   that the backend can be started).
# Argument Usage: [-app] [-help]
# Return Value: dict: app, backend, python, python_version, package_dir (with -app: the
#   app version only)
# Categories: xilinxtclstore, finn
proc ::finn::version {args} {
    variable version_spec
    variable version
    set opts [parse_args version $version_spec $args]
    if {[dict get $opts help]} {
        return [print_help version $version_spec]
    }
    if {[dict get $opts app]} {
        return $version
    }
    set info [backend version version]
    if {[dict get $info version] ne $version} {
        warn version "app $version and backend [dict get $info version] differ; install matching versions"
    }
    return [dict create app $version backend [dict get $info version] \
        python [dict get $info python] python_version [dict get $info python_version] \
        package_dir [dict get $info package_dir]]
}
