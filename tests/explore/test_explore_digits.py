"""End to end on the digits MLP: a small sweep from the command line on the embedded
local Dask cluster (estimates, 2 builds verified by stitched rtlsim), a failing candidate
reported without stopping the sweep, the cache on a re-run and on a larger sweep, and
user errors as one line."""

from __future__ import annotations

import csv
import json

import pytest

from .helpers import cli, digits_setup, results, write_sweep

BUILD = ["stitched_ip", "rtlsim_performance"]  # no synthesis: keeps the test short


@pytest.fixture(scope="module")
def sweep_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("explore_digits")
    model, config = digits_setup(tmp)
    (tmp / "broken_folding.json").write_text(json.dumps({"MVAU_0": {"PE": 7}}))
    spec = write_sweep(tmp, "sweep.json", {"target_fps": [20000, 100000, 500000],
                                           "build_top": 2, "build_outputs": BUILD})
    broken = write_sweep(tmp, "broken.json", {"target_fps": [100000],
                                              "folding_config_file": ["broken_folding.json"],
                                              "build_top": 0})
    out = tmp / "out"
    first = cli("explore", str(model), "-c", str(config), "--sweep", str(spec), "-o", str(out),
                "--workers", "2")
    return tmp, model, config, spec, broken, out, first


def test_sweep_estimates_all_and_builds_the_top_two(sweep_run):
    tmp, model, config, spec, broken, out, first = sweep_run
    assert first.returncode == 0, first.stderr
    assert first.stdout.count("[estimate ") == 3 and first.stdout.count("[build ") == 2
    data = results(out)
    rows = data["candidates"]
    assert [r["estimate"]["status"] for r in rows] == ["ok"] * 3
    built = [r for r in rows if r["chosen"]]
    assert len(built) == 2 and all(r["build"]["status"] == "ok" for r in built)
    for row in built:
        figures = row["build"]["figures"]
        assert figures["verified"] is True
        assert figures["throughput_fps"] == pytest.approx(
            row["estimate"]["figures"]["throughput_fps"], rel=0.1)
        folding = json.loads((out / "explore" / "folding" / f"{row['key']}.json").read_text())
        assert any(name.startswith("MVAU") for name in folding)
        assert (out / "explore" / "candidates" / row["key"] / "build" / "stitched_ip").is_dir()
    assert data["stages"]["estimate"]["ran"] == 3 and data["stages"]["workers"] == 2
    pareto = json.loads((out / "explore" / "pareto.json").read_text())
    part = pareto["parts"]["xc7z020clg400-1"]
    assert part["estimated"] and part["measured"]
    records = list(csv.DictReader((out / "explore" / "results.csv").open()))
    assert len(records) == 3 and {r["target_fps"] for r in records} == {"20000", "100000",
                                                                        "500000"}
    html = (out / "explore" / "index.html").read_text()
    assert html.count("<svg") == 4 and "capacity" in html


def test_rerun_is_cached_and_starts_no_cluster(sweep_run):
    tmp, model, config, spec, broken, out, first = sweep_run
    again = cli("explore", str(model), "-c", str(config), "--sweep", str(spec), "-o", str(out))
    assert again.returncode == 0, again.stderr
    data = results(out)
    assert data["stages"]["estimate"]["ran"] == 0 and data["stages"]["build"]["ran"] == 0
    assert data["stages"]["workers"] == 0
    assert again.stdout.count("(cached)") == 5


def test_added_candidates_run_alone(sweep_run):
    tmp, model, config, spec, broken, out, first = sweep_run
    bigger = write_sweep(tmp, "bigger.json", {"target_fps": [20000, 50000, 100000, 500000],
                                              "build_top": 0, "build_outputs": BUILD})
    run = cli("explore", str(model), "-c", str(config), "--sweep", str(bigger), "-o", str(out),
              "--workers", "1")
    assert run.returncode == 0, run.stderr
    stages = results(out)["stages"]
    assert stages["estimate"]["ran"] == 1 and stages["estimate"]["cached"] == 3


def test_a_failing_candidate_is_reported(sweep_run):
    tmp, model, config, spec, broken, out, first = sweep_run
    run = cli("explore", str(model), "-c", str(config), "--sweep", str(broken), "-o",
              str(tmp / "out_broken"), "--workers", "1")
    assert run.returncode == 0, run.stderr
    row = results(tmp / "out_broken")["candidates"][0]
    assert row["estimate"]["status"].startswith("failed: ")
    assert "PE" in row["estimate"]["status"] and "\n" not in row["estimate"]["status"]
    assert "failed: " in run.stdout


@pytest.mark.parametrize("sweep,words", [
    ({"target_fps": []}, "key 'target_fps': the list of values is empty"),
    ({"ram_style": ["bram"]}, "key 'ram_style': 'bram' is not one of"),
    ({"speed": [1]}, "key 'speed': unknown key"),
])
def test_bad_sweep_is_one_error_line(tmp_path, sweep, words):
    model, config = digits_setup(tmp_path)
    spec = write_sweep(tmp_path, "s.json", sweep)
    run = cli("explore", str(model), "-c", str(config), "--sweep", str(spec), "-o",
              str(tmp_path / "out"), timeout=120)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and run.stderr.startswith("error: sweep spec ")
    assert words in run.stderr and "Traceback" not in run.stderr


def test_an_interrupted_sweep_resumes(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    model, config = digits_setup(tmp_path)
    spec = write_sweep(tmp_path, "s.json", {"target_fps": [10000, 20000, 50000, 100000],
                                            "build_top": 0})
    out = tmp_path / "out"
    args = ["explore", str(model), "-c", str(config), "--sweep", str(spec), "-o", str(out),
            "--workers", "1"]
    proc = subprocess.Popen([sys.executable, "-m", "finn_vivado.app.cli", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while not list(out.glob("explore/candidates/*/estimate.json")):
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130 and stderr.strip().endswith("error: interrupted")
    assert not (out / "explore" / "results.json").exists()
    for pid_file in out.glob("explore/candidates/*/*.pid"):  # no build left running
        pid = int(pid_file.read_text().split()[1])
        for _ in range(100):
            try:
                os.killpg(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.1)
        else:
            raise AssertionError(f"build {pid} still runs after the sweep was interrupted")
    resumed = cli(*args)
    assert resumed.returncode == 0, resumed.stderr
    stages = results(out)["stages"]["estimate"]
    assert stages["cached"] >= 1 and stages["ran"] == 4 - stages["cached"]
    assert stages["failed"] == 0


def test_a_build_over_its_timeout_is_a_failed_candidate(tmp_path):
    model, config = digits_setup(tmp_path)
    spec = write_sweep(tmp_path, "s.json", {"target_fps": [20000], "build_top": 0})
    out = tmp_path / "out"
    run = cli("explore", str(model), "-c", str(config), "--sweep", str(spec), "-o", str(out),
              "--workers", "1", "--timeout", "0.5")
    assert run.returncode == 0, run.stderr
    row = results(out)["candidates"][0]
    assert row["estimate"]["status"] == "failed: timed out after 0.5 s"
    assert "failed: timed out" in run.stdout
