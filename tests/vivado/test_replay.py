"""Replaying Vivado Tcl through the recorder with evidence verdicts
(tcl/finn/test/recorder/replay.tcl): the corpus of real public scripts replays without a
rejection, every script finn-vivado generates replays with no rejection and nothing
unverified, the recorder can reject and can say "unverified", and every piece of evidence
names its sources."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from finn_vivado.backends.vivado.scripts import gen_bitfile, gen_create_bd, gen_ooc, gen_shell
from finn_vivado.core.boards import list_boards
from finn_vivado.core.tclquote import tcl_word

from .helpers import ROOT, TCLSH, fake_accelerator, needs_tclsh, run_tcl

RECORDER_DIR = ROOT / "tcl" / "finn" / "test" / "recorder"
REPLAY = RECORDER_DIR / "replay.tcl"
CORPUS = RECORDER_DIR / "corpus"
EVIDENCE = RECORDER_DIR / "evidence"
TOTAL = re.compile(r"^TOTAL: (\d+) commands, (\d+) rejected, (\d+) unverified$")


def replay(scripts, tmp_path, *options, env=None):
    """Run replay.tcl; returns (exit status, stdout lines, per-script JSON records)."""
    out = tmp_path / f"replay_{len(list(tmp_path.iterdir()))}.json"
    proc = subprocess.run([TCLSH, str(REPLAY), *options, "-json", str(out), *map(str, scripts)],
                          capture_output=True, text=True, timeout=600,
                          env=dict(os.environ, TMPDIR=str(tmp_path), **(env or {})))
    lines = proc.stdout.strip().splitlines()
    assert lines and TOTAL.match(lines[-1]), proc.stdout + proc.stderr
    records = json.loads(out.read_text(encoding="utf-8"))
    assert len(records) == len(scripts)
    return proc.returncode, lines, records


def counts(record, verdict):
    return [i for i in record["items"] if i["verdict"] == verdict]


def corpus_scripts():
    return sorted(CORPUS.glob("*.tcl"))


# ---------------------------------------------------------------- real scripts
@needs_tclsh
def test_corpus_replays_without_rejections(tmp_path):
    scripts = corpus_scripts()
    assert len(scripts) >= 12
    status, lines, records = replay(scripts, tmp_path)
    total = TOTAL.match(lines[-1])
    assert status == 0 and int(total.group(2)) == 0, "\n".join(lines)
    for record in records:
        name = Path(record["script"]).name
        assert record["rejected"] == 0 and not counts(record, "rejected"), name
        assert record["commands"] > 0, name
        assert any(line.startswith(f"{name}: {record['commands']} commands, 0 rejected")
                   for line in lines), name
    # the TOTAL line adds up the per-script lines
    assert int(total.group(1)) == sum(r["commands"] for r in records)
    assert int(total.group(3)) == sum(r["unverified"] for r in records)


@needs_tclsh
def test_write_bd_tcl_scripts_are_replayed_past_their_preamble(tmp_path):
    """A write_bd_tcl script checks its Vivado release, the project, the design and its
    IP list before it builds anything; each IP of its list_check_ips (read from the text)
    must show up as an IP the replay judged, so the design body really ran."""
    scripts = [p for p in corpus_scripts() if "set scripts_vivado_version" in p.read_text()]
    assert len(scripts) >= 6
    _, _, records = replay(scripts, tmp_path)
    for path, record in zip(scripts, records):
        text = path.read_text()
        block = re.search(r'set list_check_ips "\\\s*(.*?)"', text, re.S)
        if block is None:
            continue
        listed = {":".join(v.split(":")[:3]) for v in re.findall(r"[\w.-]+:[\w.-]+:[\w.-]+:[\d.]+",
                                                                    block.group(1))}
        judged = {i["key"] for i in record["items"] if i["kind"] == "ip"}
        assert listed and listed <= judged, (path.name, sorted(listed - judged))


# ---------------------------------------------------------------- generated scripts
@pytest.fixture
def accel(tmp_path):
    return fake_accelerator(tmp_path / "out dir [1]")


def generated_scripts(accel, tmp_path):
    out = accel.parent.parent
    scripts = {"create_bd": gen_create_bd(accel, external=True)["script"],
               "ooc": gen_ooc(accel, part="xczu7ev-ffvc1156-2-e", clk_ns=4)["script"]}
    boards = list_boards()
    assert {"Pynq-Z2", "ZCU104", "KV260_SOM", "U250"} <= set(boards)
    for board in boards:   # Zynq-7000, Zynq UltraScale+ and Alveo (package_xo) shells
        scripts[f"shell_{board}"] = gen_shell(accel, board)["script"]
    # PL clocks other than the default 100 MHz: 200 and 250 MHz on Zynq-7000 and Zynq
    # UltraScale+ boards (judged against the PL clock ranges in the evidence)
    for board in ["Pynq-Z1", "Pynq-Z2", "ZCU104", "KV260_SOM"]:
        for clk_ns in (5, 4):
            name = f"shell_{board}_{clk_ns}ns"
            scripts[name] = gen_shell(accel, board, clk_ns=clk_ns,
                                      script_dir=out / name)["script"]
    # the bitfile script runs in the project a shell made: replay the two in one session
    session = tmp_path / "shell_then_bitfile.tcl"
    session.write_text(f"source {tcl_word(scripts['shell_Pynq-Z2'])}\n"
                       f"source {tcl_word(gen_bitfile(out)['script'])}\n")
    scripts["bitfile"] = str(session)
    return scripts


@needs_tclsh
def test_generated_scripts_replay_with_no_rejection_and_nothing_unverified(accel, tmp_path):
    scripts = generated_scripts(accel, tmp_path)
    status, lines, records = replay(list(scripts.values()), tmp_path)
    assert status == 0, "\n".join(lines)
    for name, record in zip(scripts, records):
        bad = [(i["verdict"], i["kind"], i["key"]) for i in record["items"]
               if i["verdict"] != "accepted"]
        assert not bad, (name, bad)
        assert record["error"] == "" and record["unmodeled"] == 0, (name, record["error"])
        assert record["commands"] > 0, name
    assert TOTAL.match(lines[-1]).group(2, 3) == ("0", "0")
    kinds = {(i["kind"], json.dumps(i["key"])) for r in records for i in r["items"]}
    # the shells' IPs, CONFIG parameters and pins were judged, not skipped
    for kind, key in [("ip", "xilinx.com:ip:processing_system7"),
                      ("ip", "xilinx.com:ip:zynq_ultra_ps_e"),
                      ("config", ["xilinx.com:ip:axi_dma", "c_m_axis_mm2s_tdata_width"]),
                      ("pin", ["xilinx.com:ip:zynq_ultra_ps_e", "saxihp0_fpd_aclk"]),
                      ("command", "package_xo"), ("command", "launch_runs")]:
        assert (kind, json.dumps(key)) in kinds, (kind, key)
    for freq in ("200", "250"):
        assert ("config_value", json.dumps(["xilinx.com:ip:processing_system7",
                                            "PCW_FPGA0_PERIPHERAL_FREQMHZ", freq])) in kinds
        assert ("config_value", json.dumps(["xilinx.com:ip:zynq_ultra_ps_e",
                                            "PSU__CRL_APB__PL0_REF_CTRL__FREQMHZ", freq])) in kinds


@needs_tclsh
def test_a_script_that_loads_the_finn_app_replays_against_the_backend(accel, tmp_path):
    out = accel.parent.parent
    script = tmp_path / "app.tcl"
    o = tcl_word(str(out))
    script.write_text("package require finn\n"
                      f"finn::create_bd -output_dir {o} -external\n"
                      f"finn::add_ip_repo -repo {tcl_word(str(out / 'stitched_ip'))} "
                      "-vlnv xilinx_finn:finn:finn_design:1.0\n"
                      f"finn::synth_ooc -output_dir {o} -part xczu7ev-ffvc1156-2-e\n"
                      "close_project\n"
                      f"finn::create_shell -output_dir {o} -board ZCU104\n"
                      f"finn::bitfile -output_dir {o}\n")
    status, lines, (record,) = replay([script], tmp_path, env={"FINN_PYTHON": sys.executable})
    assert status == 0, "\n".join(lines)
    assert record["error"] == "", record["error"]
    assert record["rejected"] == 0 and record["unverified"] == 0, counts(record, "unverified")
    assert record["unmodeled"] == 0
    judged = {i["key"] for i in record["items"] if i["kind"] == "command"}
    assert {"create_bd_design", "create_bd_cell", "update_ip_catalog", "apply_bd_automation",
            "make_wrapper", "launch_runs"} - judged == set()


@needs_tclsh
def test_update_ip_catalog_registers_the_ip_xact_cores_of_the_repositories(tmp_path):
    """The recorder's update_ip_catalog puts every component.xml below the repository paths
    in the catalog under its VLNV (IP-XACT 1685-2009 spirit: or 1685-2014 ipxact:), next to
    the accelerator.json IPs; a file that is no component or lacks a VLNV element is left
    out; an instance of such a core is refused as unmodeled (its ports are not read)."""
    repo = tmp_path / "repo [1]"
    def core(sub, text):
        (repo / sub).mkdir(parents=True)
        (repo / sub / "component.xml").write_text(text, encoding="utf-8")
    core("a", '<?xml version="1.0"?>\n<spirit:component xmlns:spirit="x">\n'
              '  <spirit:vendor>acme.org</spirit:vendor>\n  <spirit:library>lib</spirit:library>\n'
              '  <spirit:name>adder</spirit:name>\n  <spirit:version>2.1</spirit:version>\n'
              '  <spirit:busInterfaces><spirit:busInterface><spirit:name>s</spirit:name>\n'
              '  <spirit:busType spirit:vendor="xilinx.com" spirit:library="interface"'
              ' spirit:name="axis" spirit:version="1.0"/></spirit:busInterface>'
              '</spirit:busInterfaces>\n</spirit:component>\n')
    core("deep/b", '<ipxact:component xmlns:ipxact="y"><ipxact:vendor>acme.org</ipxact:vendor>'
                   '<ipxact:library>lib</ipxact:library><ipxact:name>mul</ipxact:name>'
                   '<ipxact:version>1.0</ipxact:version></ipxact:component>')
    core("c", '<spirit:busDefinition><spirit:vendor>acme.org</spirit:vendor>'
              '<spirit:library>lib</spirit:library><spirit:name>bus</spirit:name>'
              '<spirit:version>1.0</spirit:version></spirit:busDefinition>')
    core("d", '<spirit:component><spirit:vendor>acme.org</spirit:vendor>'
              '<spirit:library>lib</spirit:library><spirit:name>noversion</spirit:name>'
              '</spirit:component>')
    script = f"""
create_project p {tcl_word(str(tmp_path / "proj"))} -part xc7z020clg400-1
puts "before: [get_ipdefs -all acme.org:*]"
set_property IP_REPO_PATHS [list {tcl_word(str(repo))}] [current_project]
update_ip_catalog -rebuild
puts "after: [lsort [get_ipdefs -all acme.org:*]]"
puts "exact: [get_ipdefs -all acme.org:lib:adder:2.1]"
create_bd_design d
puts "cell: [catch {{create_bd_cell -type ip -vlnv acme.org:lib:adder:2.1 a}} msg] $msg"
"""
    result = run_tcl(script, recorder=True)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "before: \n" in out
    assert "after: acme.org:lib:adder:2.1 acme.org:lib:mul:1.0\n" in out, out
    assert "exact: acme.org:lib:adder:2.1\n" in out
    assert "is not an IP-XACT component with a VLNV" in out and "noversion" not in out.split(
        "after:")[1]
    assert re.search(r"cell: 1 .*acme\.org:lib:adder:2\.1 .*ports are not modeled", out), out


# ---------------------------------------------------------------- the verdicts themselves
@needs_tclsh
def test_the_recorder_can_reject_and_can_say_unverified(tmp_path):
    wrong = tmp_path / "wrong_option.tcl"
    wrong.write_text("create_bd_cell -type ip -vlvn xilinx.com:ip:axi_dma:7.1 dma\n")
    unknown = tmp_path / "unknown_command.tcl"
    unknown.write_text("frobnicate_bd_widgets -all\n")
    value = tmp_path / "bad_value.tcl"
    value.write_text("create_bd_port -dir INOUT -type clk clk_in\n")
    arity = tmp_path / "two_names.tcl"
    arity.write_text("create_bd_cell -type hier one two\n")
    width = tmp_path / "odd_stream_width.tcl"
    width.write_text("set dma [create_bd_cell -type ip -vlnv xilinx.com:ip:axi_dma:7.1 dma]\n"
                     "set_property -dict [list CONFIG.c_m_axis_mm2s_tdata_width 12] $dma\n")
    status, lines, records = replay([wrong, unknown, value, arity, width], tmp_path)
    assert status == 1, "\n".join(lines)
    by = {Path(r["script"]).name: r for r in records}
    r = by["wrong_option.tcl"]
    assert r["rejected"] == 1 and [i["key"] for i in counts(r, "rejected")] == [
        ["create_bd_cell", "-vlvn"]]
    assert re.search(r"wrong_option\.tcl: 1 commands, 1 rejected, .*first rejection: option "
                     r"create_bd_cell -vlvn: .*UG835", "\n".join(lines))
    r = by["unknown_command.tcl"]
    assert r["rejected"] == 0 and r["unverified"] >= 1
    assert {"kind": "command", "key": "frobnicate_bd_widgets", "verdict": "unverified"} in r["items"]
    assert [i["key"] for i in counts(by["bad_value.tcl"], "rejected")] == [
        ["create_bd_port", "-dir", "INOUT"]]
    assert [i["kind"] for i in counts(by["two_names.tcl"], "rejected")] == ["arity"]
    assert [i["key"] for i in counts(by["odd_stream_width.tcl"], "rejected")] == [
        ["xilinx.com:ip:axi_dma", "c_m_axis_mm2s_tdata_width", "12"]]


@needs_tclsh
def test_pl_clock_frequencies_are_judged_against_their_ranges(tmp_path):
    """CONFIG.PCW_FPGA0_PERIPHERAL_FREQMHZ (Zynq-7000, 0.1..250 as Vivado declares the
    processing_system7 parameter) and CONFIG.PSU__CRL_APB__PL0_REF_CTRL__FREQMHZ (Zynq
    UltraScale+, 0.1..1600 per PG201 "Clocking"): a value inside is accepted without any
    script using it, a value outside is rejected, with the source named."""
    ps7 = ("xilinx.com:ip:processing_system7", "PCW_FPGA0_PERIPHERAL_FREQMHZ")
    psu = ("xilinx.com:ip:zynq_ultra_ps_e", "PSU__CRL_APB__PL0_REF_CTRL__FREQMHZ")
    cases = {"ps7_inside": (ps7, "187.5", "accepted"), "ps7_top": (ps7, "250", "accepted"),
             "ps7_above": (ps7, "300", "rejected"), "ps7_zero": (ps7, "0", "rejected"),
             "psu_inside": (psu, "333.333", "accepted"), "psu_top": (psu, "1600", "accepted"),
             "psu_above": (psu, "1700", "rejected")}
    scripts = []
    for name, ((vlnv, param), value, _) in cases.items():
        path = tmp_path / f"{name}.tcl"
        path.write_text(f"set ps [create_bd_cell -type ip -vlnv {vlnv}:1.0 ps]\n"
                        f"set_property -dict [list CONFIG.{param} {{{value}}}] $ps\n")
        scripts.append(path)
    status, lines, records = replay(scripts, tmp_path, "-list", "rejected")
    assert status == 1, "\n".join(lines)
    for (name, ((vlnv, param), value, verdict)), record in zip(cases.items(), records):
        item = {"kind": "config_value", "key": [vlnv, param, value], "verdict": verdict}
        assert item in record["items"], (name, record["items"])
        assert record["rejected"] == (verdict == "rejected"), name
    text = "\n".join(lines)
    assert re.search(r"ps7_above\.tcl: .*first rejection: .*'300' .*0\.1\.\.250; "
                     r"stefanomattoccia/SmartCamera:", text), text
    assert re.search(r"psu_above\.tcl: .*first rejection: .*'1700' .*0\.1\.\.1600; "
                     r"PG201 v3\.5", text), text


def evidence_files():
    files = sorted(EVIDENCE.glob("*.json"))
    assert files
    return {f.name: json.loads(f.read_text(encoding="utf-8")) for f in files}


def test_every_piece_of_evidence_names_its_sources():
    sources, accepted, rejected = {}, set(), set()
    data = evidence_files()
    for doc in data.values():
        sources.update(doc.get("sources", {}))
    for sid, src in sources.items():
        assert src.get("cite"), sid
        if src["kind"] == "script":
            assert src.get("repo") and src.get("path") and re.fullmatch(r"[0-9a-f]{40}",
                                                                         src.get("commit", "")), sid
        else:
            assert src["kind"] == "doc" and src.get("doc") and src.get("version") and src.get(
                "section"), sid
    for name, doc in data.items():
        for item in doc["items"]:
            assert item.get("sources"), (name, item)
            assert all(s in sources for s in item["sources"]), (name, item)
            ident = (item["kind"], json.dumps(item["key"]))
            if item.get("verdict", "accepted") == "rejected":
                assert item.get("reason"), item
                rejected.add(ident)
            elif item["kind"] != "syntax":
                accepted.add(ident)
    assert not accepted & rejected


def test_corpus_sources_and_readme_cover_every_corpus_script():
    meta = json.loads((CORPUS / "sources.json").read_text())
    names = {p.name for p in corpus_scripts()}
    assert set(meta) == names
    readme = (CORPUS / "README.md").read_text()
    for name, src in meta.items():
        assert f"`{name}`" in readme and src["commit"][:8] in readme, name
        assert src.get("license"), name


@needs_tclsh
def test_learned_corpus_evidence_is_what_the_corpus_gives(tmp_path):
    """evidence/corpus.json is regenerated from the corpus, never edited by hand."""
    out = tmp_path / "corpus.json"
    subprocess.run([sys.executable, str(RECORDER_DIR / "learn_corpus.py"), "--out", str(out)],
                   check=True, capture_output=True, timeout=600,
                   env=dict(os.environ, TMPDIR=str(tmp_path)))
    assert json.loads(out.read_text()) == json.loads((EVIDENCE / "corpus.json").read_text())


@needs_tclsh
def test_real_usage_the_old_recorder_refused_is_accepted(tmp_path):
    """Usage that real scripts have and an earlier recorder refused (options, read-back
    and PS parameters, catalog IPs, cell properties): each item must be accepted."""
    ips = ("axi_gpio axi_iic axi_intc axi_protocol_converter clk_wiz dfx_axi_shutdown_manager "
           "mdm util_ds_buf xlconcat xlconstant xlslice").split()
    script = tmp_path / "real_usage.tcl"
    script.write_text("\n".join([
        "create_project p ./p -part xc7z020clg400-1",
        "create_bd_design top",
        "set ps [create_bd_cell -type ip -vlnv xilinx.com:ip:processing_system7:5.5 ps7]",
        "set zu [create_bd_cell -type ip -vlnv xilinx.com:ip:zynq_ultra_ps_e:3.5 zu]",
        "set_property -dict [list CONFIG.PSU__OVERRIDE__BASIC_CLOCK {0}] $zu",
        "puts [get_property CONFIG.PCW_ACT_FPGA0_PERIPHERAL_FREQMHZ $ps]",
        "puts [get_property CONFIG.PSU__CRL_APB__PL0_REF_CTRL__ACT_FREQMHZ $zu]",
        "set_property PFM.CLOCK {FCLK_CLK0 {id 0 is_default true}} $ps",
        *[f"create_bd_cell -type ip -vlnv xilinx.com:ip:{ip}:1.0 c_{ip}" for ip in ips],
        "connect_bd_net -net n [get_bd_pins ps7/FCLK_CLK0] [get_bd_pins ps7/M_AXI_GP0_ACLK]",
        "assign_bd_address -with_name SEG_x -offset 0x40000000 -range 64K [get_bd_addr_segs x]",
        "update_ip_catalog -rebuild -scan_changes",
        "make_wrapper -files [get_files top.bd] -top",
        "report_utilization -hierarchical -hierarchical_depth 4 -file r.xml -format xml"]) + "\n")
    status, lines, (record,) = replay([script], tmp_path)
    assert status == 0 and record["rejected"] == 0 and record["unverified"] == 0, \
        [i for i in record["items"] if i["verdict"] != "accepted"]
    judged = {(i["kind"], json.dumps(i["key"])) for i in record["items"]}
    for kind, key in [("option", ["make_wrapper", "-files"]),
                      ("option", ["assign_bd_address", "-with_name"]),
                      ("option", ["update_ip_catalog", "-scan_changes"]),
                      ("option", ["report_utilization", "-format"]),
                      ("option", ["connect_bd_net", "-net"]),
                      ("config", ["xilinx.com:ip:zynq_ultra_ps_e", "PSU__OVERRIDE__BASIC_CLOCK"]),
                      ("config", ["xilinx.com:ip:processing_system7",
                                  "PCW_ACT_FPGA0_PERIPHERAL_FREQMHZ"]),
                      ("property", "PFM.CLOCK"),
                      *[("ip", f"xilinx.com:ip:{ip}") for ip in ips]]:
        assert (kind, json.dumps(key)) in judged, (kind, key)
