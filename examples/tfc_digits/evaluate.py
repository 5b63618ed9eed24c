"""Evaluate the compiled digits accelerator: run the hardware-layer model (bit-exact numpy
models of every layer) on the 360 test images and print accuracy and the estimate reports.

Run after ``finn-vivado build examples/tfc_digits`` (``make demo`` does both).
"""

import json
import sys
from pathlib import Path

import numpy as np
from qonnx.core.modelwrapper import ModelWrapper

from finn_vivado.verify import SOURCE_MODEL, execute_model

HERE = Path(__file__).resolve().parent


def _final_model(out: Path) -> Path:
    times = json.loads((out / "time_per_step.json").read_text())
    return out / "intermediate_models" / f"{list(times)[-1]}.onnx"


def main() -> int:
    out = HERE / "output"
    x, labels = np.load(HERE / "input.npy"), np.load(HERE / "labels.npy")
    hw = execute_model(ModelWrapper(str(_final_model(out))), x, "accelerator")
    ref = execute_model(ModelWrapper(str(out / "intermediate_models" / SOURCE_MODEL)), x, "onnx")
    pred = np.argmax(hw.reshape(len(x), -1), axis=1)
    ref_pred = np.argmax(ref.reshape(len(x), -1), axis=1)
    print(f"images: {len(x)}")
    print(f"accuracy (hardware layers): {np.mean(pred == labels):.3f}")
    print(f"agreement with the ONNX model: {np.mean(pred == ref_pred):.3f}")
    perf = out / "report" / "estimate_network_performance.json"
    if perf.is_file():
        p = json.loads(perf.read_text())
        print(f"estimated throughput: {p['estimated_throughput_fps']:.0f} fps, "
              f"latency {p['estimated_latency_ns']:.0f} ns, bottleneck {p['max_cycles_node_name']}")
    res = out / "report" / "estimate_layer_resources.json"
    if res.is_file():
        total = json.loads(res.read_text()).get("total", {})
        print("estimated resources: " + ", ".join(f"{k} {v}" for k, v in total.items()))
    return 0 if np.array_equal(pred, ref_pred) else 1


if __name__ == "__main__":
    sys.exit(main())
