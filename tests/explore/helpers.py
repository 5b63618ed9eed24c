"""Shared set-up of the explore tests: the digits MLP of examples/tfc_digits with a
4-image verification input, and a runner for the finn-vivado command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "tfc_digits"


def digits_setup(tmp: Path) -> tuple[Path, Path]:
    """(model, config) in ``tmp``: Pynq-Z2 at 10 ns, 4 verification images."""
    np.save(tmp / "input4.npy", np.load(EXAMPLE / "input.npy")[:4])
    config = tmp / "cfg.json"
    config.write_text(json.dumps({"board": "Pynq-Z2", "synth_clk_period_ns": 10.0,
                                  "verify_input_npy": "input4.npy"}))
    return EXAMPLE / "model.onnx", config


def write_sweep(tmp: Path, name: str, data: dict) -> Path:
    path = tmp / name
    path.write_text(json.dumps(data))
    return path


def cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "finn_vivado.app.cli", *args],
                          capture_output=True, text=True, timeout=timeout)


def results(out: Path) -> dict:
    return json.loads((out / "explore" / "results.json").read_text())
