"""step_deployment_package: deploy/ and deploy.zip with and without a bitfile."""

import logging
import zipfile
from pathlib import Path

import pytest

from finn_vivado.build import build
from finn_vivado.config import BuildConfig
from finn_vivado.backends.deploy import make_deployment_package
from finn_vivado.flow.steps.package import step_deployment_package
from finn_vivado.core.errors import FinnVivadoError

DRIVER_FILES = {"driver.py": "# driver\n", "validate.py": "# validate\n",
                "finn_runtime/__init__.py": "# runtime\n",
                "runtime_weights/0_0_MVAU_0.dat": "0f\n"}


def fake_build(out: Path, bitfile: bool) -> Path:
    """An output directory as the driver (and, when ``bitfile``, the Vivado) step leaves it."""
    for name, text in DRIVER_FILES.items():
        (out / "driver" / name).parent.mkdir(parents=True, exist_ok=True)
        (out / "driver" / name).write_text(text)
    (out / "driver" / "__pycache__").mkdir()
    (out / "driver" / "__pycache__" / "driver.cpython-311.pyc").write_bytes(b"\0")
    (out / "bitfile").mkdir()
    (out / "bitfile" / "notes.txt").write_text("not for the board")
    if bitfile:
        (out / "bitfile" / "finn-accel.bit").write_bytes(b"\x00\x09bit")
        (out / "bitfile" / "finn-accel.hwh").write_text("<hwh/>")
    return out


def files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def cfg_for(out: Path, outputs=("deployment_package",)) -> BuildConfig:
    return BuildConfig(output_dir=str(out), generate_outputs=list(outputs))


def test_package_with_bitfile(tmp_path, caplog):
    out = fake_build(tmp_path, bitfile=True)
    model = object()
    with caplog.at_level(logging.WARNING):
        assert step_deployment_package(model, cfg_for(out)) is model
    assert caplog.text == ""
    expected = {f"driver/{name}" for name in DRIVER_FILES} | {
        "bitfile/finn-accel.bit", "bitfile/finn-accel.hwh"}
    assert files_under(out / "deploy") == expected
    assert (out / "deploy/bitfile/finn-accel.bit").read_bytes() == b"\x00\x09bit"
    with zipfile.ZipFile(out / "deploy.zip") as archive:
        assert archive.testzip() is None
        names = {n for n in archive.namelist() if not n.endswith("/")}
        assert names == expected
        assert archive.read("driver/validate.py").decode() == DRIVER_FILES["validate.py"]
    assert not [p for p in out.iterdir() if p.name.startswith(".deploy")]  # no leftovers


def test_package_without_bitfile_warns_and_holds_the_driver(tmp_path, caplog):
    out = fake_build(tmp_path, bitfile=False)
    (out / "vivado").mkdir()
    (out / "vivado" / "make_bitfile.tcl").write_text("# batch\n")
    with caplog.at_level(logging.WARNING, logger="finn_vivado.backends.deploy"):
        step_deployment_package(None, cfg_for(out))
    message = caplog.records[0].getMessage()
    assert "no bitfile" in message and "driver only" in message
    assert f"vivado -mode batch -source {out / 'vivado' / 'make_bitfile.tcl'}" in message
    assert files_under(out / "deploy") == {f"driver/{name}" for name in DRIVER_FILES}
    with zipfile.ZipFile(out / "deploy.zip") as archive:
        assert "driver/driver.py" in archive.namelist()
        assert not [n for n in archive.namelist() if n.startswith("bitfile/") and n != "bitfile/"]


def test_rebuild_replaces_the_package_and_adds_runtime_weights(tmp_path):
    out = fake_build(tmp_path, bitfile=True)
    make_deployment_package(out)
    (out / "bitfile" / "finn-accel.bit").unlink()
    (out / "bitfile" / "finn-accel.hwh").unlink()
    (out / "bitfile" / "finn-accel.xclbin").write_bytes(b"xclbin")
    (out / "runtime_weights").mkdir()
    (out / "runtime_weights" / "1_0_MVAU_1.dat").write_text("aa\n")
    made = make_deployment_package(out)
    assert made["bitfiles"] == ["finn-accel.xclbin"] and made["has_bitfile"]
    files = files_under(out / "deploy")
    assert "bitfile/finn-accel.bit" not in files and "bitfile/finn-accel.xclbin" in files
    assert {"driver/runtime_weights/0_0_MVAU_0.dat",
            "driver/runtime_weights/1_0_MVAU_1.dat"} <= files


def test_missing_driver_is_a_user_error_and_writes_nothing(tmp_path):
    (tmp_path / "bitfile").mkdir()
    (tmp_path / "bitfile" / "finn-accel.bit").write_bytes(b"bit")
    with pytest.raises(FinnVivadoError, match="no driver in .*pynq_driver"):
        step_deployment_package(None, cfg_for(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bitfile"]


def test_not_requested_does_nothing(tmp_path):
    out = fake_build(tmp_path, bitfile=True)
    step_deployment_package(None, cfg_for(out, ["estimate_reports"]))
    assert not (out / "deploy").exists() and not (out / "deploy.zip").exists()


def test_build_console_shows_the_missing_bitfile(tmp_path, tiny_model_path, capsys):
    (tmp_path / "out").mkdir()
    out = fake_build(tmp_path / "out", bitfile=False)
    cfg = {"output_dir": str(out), "steps": ["step_deployment_package"],
           "generate_outputs": ["deployment_package"]}
    assert build(tiny_model_path, cfg) == 0
    stdout = capsys.readouterr().out
    assert "no bitfile in" in stdout and "driver only" in stdout
    assert f"Deployment package: {out / 'deploy'}" not in stdout  # step output: log only
    assert "no bitfile in" in (out / "build_dataflow.log").read_text()
    assert (out / "deploy" / "driver" / "driver.py").is_file()
