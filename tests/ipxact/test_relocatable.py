"""The installed IP is relocatable: a build of the embedded example installs its IP
repository; the repository is copied elsewhere and the build directory deleted; every
file of every component.xml is still there (relative to it), no file names an absolute
path, and the moved IP simulates exactly like the original."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import numpy as np
import pytest
from lxml import etree

from finn_vivado.backends.ipxact.component import MEMORY_USER_TYPES
from finn_vivado.backends.sim import have_tool
from finn_vivado.backends.stitched.accel import load_accelerator

from reference_outputs import assert_exact, produced_output, source_outputs

from .helpers import NS, check_ip_dir

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "tfc_digits"
requires_verilator = pytest.mark.skipif(not have_tool("verilator"),
                                        reason="verilator not installed (make test installs it)")


def _example_build(root: Path) -> Path:
    """The embedded example built into ``root/build`` as its config says (stitched IP,
    stitched rtlsim verification, rtlsim performance), with fewer frames."""
    import finn_vivado

    build = root / "build"
    build.mkdir(parents=True)
    for name in ("model.onnx", "input.npy"):
        shutil.copy(EXAMPLE / name, build / name)
    cfg = json.loads((EXAMPLE / "dataflow_build_config.json").read_text())
    cfg.update(output_dir=str(build / "output"), verify_steps=["stitched_ip_rtlsim"],
               verify_input_npy=str(build / "input.npy"), rtlsim_batch_size=4)
    finn_vivado.build(str(build / "model.onnx"), cfg)
    return build


def _forbidden(build: Path) -> list[str]:
    """Absolute paths no file of a relocatable IP may name."""
    return sorted({str(build), str(build.resolve()), "/work", "/tmp", str(Path.home())})


def absolute_paths(root: Path, forbidden: list[str]) -> list[str]:
    """``file: path`` for every file under ``root`` naming one of ``forbidden``."""
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        text = path.read_bytes().decode("utf-8", errors="replace")
        found += [f"{path.relative_to(root)}: {word}" for word in forbidden if word in text]
    return found


def _fileset(doc, view: str) -> dict[str, list[str]]:
    """file name -> userFileType values of a view's fileSet."""
    sets = doc.xpath(f".//spirit:fileSet[spirit:name='{view}_view_fileset']", namespaces=NS)
    assert len(sets) == 1, f"no fileSet {view}_view_fileset"
    return {f.findtext("spirit:name", namespaces=NS):
            [u.text for u in f.iterfind("spirit:userFileType", NS)]
            for f in sets[0].iterfind("spirit:file", NS)}


def _readmem_names(ip_dir: Path) -> set[str]:
    """The memory file names (or name prefixes) the HDL passes to its cores."""
    names = set()
    for verilog in (ip_dir / "hdl").glob("*.v"):
        names |= set(re.findall(r'\.\w+_FILE\("([^"]*)"\)', verilog.read_text()))
    return names - {""}


def check_relocatable_ip(ip_dir: Path) -> None:
    """XSD-valid, every fileSet entry exists relative to component.xml, memory files
    typed and in the synthesis and simulation file sets, each ``$readmemh`` name found
    there by bare name, ap_clk FREQ_HZ user-resolvable."""
    doc = check_ip_dir(ip_dir)
    for view in ("xilinx_anylanguagesynthesis", "xilinx_anylanguagebehavioralsimulation"):
        files = _fileset(doc, view)
        memory = {Path(name).name: types for name, types in files.items()
                  if name.endswith(".dat")}
        assert memory and all(t == list(MEMORY_USER_TYPES) for t in memory.values())
        for name in _readmem_names(ip_dir):
            assert "/" not in name, f"{ip_dir}: $readmemh name {name} is a path"
            assert any(m == name or m.startswith(name) for m in memory), \
                f"{ip_dir}: $readmemh name {name} is not in the {view} file set"
    for entry in doc.iterfind(".//spirit:fileSet/spirit:file", NS):
        if entry.findtext("spirit:name", namespaces=NS).endswith(".dat"):
            assert entry.find("spirit:fileType", NS) is None
    freq = doc.xpath(".//spirit:busInterface[spirit:name='ap_clk']//spirit:parameter"
                     "[spirit:name='FREQ_HZ']/spirit:value", namespaces=NS)
    assert freq and freq[0].get(f"{{{NS['spirit']}}}resolve") == "user"


def _simulate_ip(ip_dir: Path, words: list[int], frames: int) -> list[int]:
    """Run the IP's own HDL (its synthesis file set, in order) in Verilator, reading the
    memory files from the IP's hdl/ directory."""
    from finn_vivado.backends.sim.verilator import simulate

    doc = etree.parse(str(ip_dir / "component.xml"))
    files = [ip_dir / name for name in _fileset(doc, "xilinx_anylanguagesynthesis")
             if name.endswith(".v")]
    acc = load_accelerator(ip_dir)
    res = simulate(acc.top_module, files, [words], [frames * acc.outputs[0].frame_beats],
                   stall=0.2, data_dir=ip_dir / "hdl")
    return res.check(str(ip_dir)).outputs[0]


@pytest.fixture(scope="module")
def moved(tmp_path_factory):
    """(build dir, stitched_ip before the move, moved IP repository, outputs of the
    original and of the moved IP on the same input, absolute paths found in the build's
    stitched_ip and IP repository before the move)."""
    root = tmp_path_factory.mktemp("relocate")
    build = _example_build(root)
    out = build / "output"
    assert (out / "verification_output" / "stitched_ip_rtlsim_SUCCESS.npy").is_file(), \
        (out / "build_dataflow.log").read_text()[-2000:]
    assert_exact(produced_output(out, "stitched_ip_rtlsim"),
                 source_outputs(EXAMPLE / "model.onnx", np.load(EXAMPLE / "input.npy")),
                 "stitched rtlsim vs qonnx")
    found = {sub: absolute_paths(out / sub, _forbidden(build))
             for sub in ("stitched_ip", "ip_repo")}
    acc = load_accelerator(out / "stitched_ip")
    frames, beats = 3, acc.inputs[0].frame_beats
    rng = np.random.default_rng(3)
    words = [int(w) for w in rng.integers(0, 1 << min(acc.inputs[0].tdata_width, 62),
                                          frames * beats)]
    installed = out / "ip_repo" / "finn_design_v1_0"
    before = _simulate_ip(installed, words, frames)
    target = root / "elsewhere" / "ip_repo"
    shutil.copytree(out / "ip_repo", target)
    shutil.rmtree(build)
    after = _simulate_ip(target / "finn_design_v1_0", words, frames)
    return build, target, before, after, found


@requires_verilator
def test_no_absolute_path_in_stitched_ip_or_ip_repo(moved):
    _, _, _, _, found = moved
    assert found == {"stitched_ip": [], "ip_repo": []}


@requires_verilator
def test_moved_ip_repo_is_complete_and_names_no_absolute_path(moved):
    build, target, _, _, _ = moved
    assert not build.exists()
    components = sorted(target.rglob("component.xml"))
    assert [c.parent.name for c in components] == ["finn_design_v1_0"]
    for component in components:
        check_relocatable_ip(component.parent)
    assert absolute_paths(target, _forbidden(build)) == []


@requires_verilator
def test_moved_ip_simulates_like_the_original(moved):
    _, _, before, after, _ = moved
    assert before and after == before
