"""FINN's own build_dataflow example directory, built with the estimate-only steps."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np

from reference_outputs import assert_exact

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO.parent / "shared" / "models" / "finn_tfc_w1a1"


def test_finn_tfc_build_dir_estimate_steps(tmp_path):
    build_dir = tmp_path / "finn_tfc_w1a1"
    shutil.copytree(EXAMPLE, build_dir)
    os.chmod(build_dir, 0o755)
    env = {**os.environ, "PYTHONPATH": str(REPO / "py")}
    r = subprocess.run([sys.executable, "-m", "finn_vivado.app.cli", "build", str(build_dir),
                        "--steps", "estimate"], capture_output=True, text=True, env=env,
                       timeout=600)
    assert r.returncode == 0, r.stderr
    out = build_dir / "output_tfc_w1a1_Pynq-Z1" / "verification_output"
    expected = np.load(EXAMPLE / "expected_output.npy")
    for step in ("initial_python", "streamlined_python", "folded_hls_cppsim"):
        assert_exact(np.load(out / f"{step}_SUCCESS.npy"), expected, step)
    assert not list(out.glob("*_FAIL.npy"))
