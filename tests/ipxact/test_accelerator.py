"""component.xml of generated accelerators: a stand-in stitched IP and the real stitched
IP of finn_tfc_w1a1 and cnv_1w1a, packaged in place and installed into an IP repo."""

from __future__ import annotations

import json

import pytest
from lxml import etree

from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.ipxact import accelerator_component, install_ip, package_accelerator
from finn_vivado.backends.vivado.scripts import unmapped_ports

from .helpers import NS, check_ip_dir, make_standin, run_gui


def test_standin_packages_valid(tmp_path):
    ip = make_standin(tmp_path / "stitched_ip")
    package_accelerator(ip)
    doc = check_ip_dir(ip)
    buses = {b.findtext("spirit:name", namespaces=NS): b
             for b in doc.iterfind(".//spirit:busInterface", NS)}
    assert list(buses) == ["s_axis_0", "m_axis_0", "s_axilite", "ap_rst_n", "ap_clk"]
    assert buses["m_axis_0"].find("spirit:master", NS) is not None
    lite = buses["s_axilite"]
    assert lite.find("spirit:busType", NS).get(f"{{{NS['spirit']}}}name") == "aximm"
    assert lite.find(".//spirit:memoryMapRef", NS).get(f"{{{NS['spirit']}}}memoryMapRef") == \
        doc.findtext(".//spirit:memoryMap/spirit:name", namespaces=NS)
    assert int(doc.findtext(".//spirit:addressBlock/spirit:range", namespaces=NS)) >= 4096
    assert len(lite.findall(".//spirit:portMap", NS)) == 17  # all but AWPROT/ARPROT
    clock = {p.findtext("spirit:name", namespaces=NS): p.findtext("spirit:value", namespaces=NS)
             for p in buses["ap_clk"].iterfind(".//spirit:parameter", NS)}
    assert clock == {"ASSOCIATED_BUSIF": "s_axis_0:m_axis_0:s_axilite",
                     "ASSOCIATED_RESET": "ap_rst_n", "FREQ_HZ": "200000000"}
    tdata = doc.xpath(".//spirit:port[spirit:name='s_axis_0_tdata']//spirit:left", namespaces=NS)
    assert tdata[0].text == "15" and not tdata[0].get(f"{{{NS['spirit']}}}dependency")
    assert doc.findtext(".//spirit:modelName", namespaces=NS) == "acc_top"
    comp = accelerator_component(ip)
    run_gui(ip / comp.gui_file, "init_gui IP")


def test_vlnv_override_and_errors(tmp_path):
    ip = make_standin(tmp_path / "ip")
    comp = accelerator_component(ip, "me.org:nets:my_net:2.3")
    assert comp.vlnv == "me.org:nets:my_net:2.3" and comp.gui_file == "xgui/my_net_v2_3.tcl"
    with pytest.raises(FinnVivadoError, match="is not vendor:library:name:version"):
        accelerator_component(ip, "me.org:nets:my-net:2.3")
    data = json.loads((ip / "accelerator.json").read_text())
    data["interfaces"][0]["ports"]["TDATA"] = "in_data"
    (ip / "accelerator.json").write_text(json.dumps(data))
    with pytest.raises(FinnVivadoError, match="TDATA port in_data is not an input of module"):
        accelerator_component(ip)


# ------------------------------------------------------------------ real stitched IP
STITCHED = {
    "finn_tfc_w1a1": ("finn_tfc_w1a1/model.onnx", "finn_tfc_w1a1/folding_config.json"),
    "cnv_1w1a": ("generated/cnv_1w1a.onnx", "finn_examples/bnn_pynq_folding/"
                 "cnv-w1a1_folding_config.json"),
}


def _stitched_ip(name: str, out):
    """stitched_ip/ of a shared model, folded with its published config (FIFO depths from
    the folding rules, not simulated: the packaging does not depend on them)."""
    import warnings

    from hw_models import MODELS, hw_model

    from finn_vivado.transforms.folding import apply_folding_config
    from finn_vivado.transforms.plumbing import insert_stream_plumbing
    from finn_vivado.backends.stitched.top import stitch_model
    from finn_vivado.backends.stitched.accel import StreamInterface, write_accelerator_json

    rel, folding = STITCHED[name]
    model = hw_model(rel)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        apply_folding_config(model, MODELS / folding)
    model = insert_stream_plumbing(model)
    design = stitch_model(model, out / "stitched_ip", "finn_design", 10.0)
    files = design.sources + sorted(f"hdl/{p.name}" for p in (out / "stitched_ip" / "hdl")
                                    .glob("*.dat"))
    write_accelerator_json(
        design.directory, vlnv=f"xilinx_finn:finn:{name}:1.0", top_module=design.top,
        freq_hz=100_000_000, files=files, fpga_part="xc7z020clg400-1",
        streams=[StreamInterface("s_axis_0", "slave", design.in_width, design.in_beats),
                 StreamInterface("m_axis_0", "master", design.out_width, design.out_beats)])
    return out / "stitched_ip"


@pytest.mark.parametrize("name", sorted(STITCHED))
def test_real_accelerator_packages_and_installs(name, tmp_path):
    ip = _stitched_ip(name, tmp_path / "out")
    package_accelerator(ip)
    check_ip_dir(ip)
    # every port of a real stitched top is in a bus interface (a Vitis kernel requirement)
    assert unmapped_ports(ip / "component.xml") == []
    installed = install_ip(ip, tmp_path / "ip_repo")
    doc = check_ip_dir(installed)
    assert installed.name == f"{name}_v1_0"
    assert doc.findtext("spirit:name", namespaces=NS) == name
    memfiles = list((installed / "hdl").glob("*.dat"))
    assert memfiles, "weights are installed with the IP"
    for wrapper in (installed / "hdl").glob("finn_design_*.v"):
        assert str(ip) not in wrapper.read_text(), f"{wrapper} still reads from the build dir"
    widths = doc.xpath(".//spirit:port[spirit:name='m_axis_0_tdata']//spirit:left/text()",
                       namespaces=NS)
    assert int(widths[0]) + 1 == json.loads((ip / "accelerator.json").read_text())[
        "interfaces"][1]["tdata_width"]
    assert etree.parse(str(installed / "component.xml")).findtext(
        ".//xilinx:coreRevision", namespaces=NS) == "1"


def test_vivado_style_details_and_no_invented_checksums(tmp_path):
    ip = make_standin(tmp_path / "stitched_ip")
    package_accelerator(ip)
    doc = check_ip_dir(ip)  # still valid IEEE 1685-2009
    polarity = doc.xpath(".//spirit:busInterface[spirit:name='ap_rst_n']"
                         "//spirit:parameter[spirit:name='POLARITY']/spirit:value", namespaces=NS)[0]
    ref = polarity.get(f"{{{NS['spirit']}}}choiceRef")
    choice = doc.xpath(f".//spirit:choices/spirit:choice[spirit:name='{ref}']", namespaces=NS)
    assert polarity.text == "ACTIVE_LOW" and len(choice) == 1
    assert [e.text for e in choice[0].iterfind("spirit:enumeration", NS)] == [
        "ACTIVE_HIGH", "ACTIVE_LOW"]
    x = "{http://www.xilinx.com}"
    tags = doc.getroot().iter(f"{x}tag")
    assert [t.get(f"{x}name") for t in tags] == ["nopcore"]
    # Vivado's checksums are not reproducible here: none are written, none made up
    text = (ip / "component.xml").read_text()
    assert "CHECKSUM_" not in text and "xilinx:checksum" not in text
    assert "viewChecksum" not in text and "definitionSource" not in text
