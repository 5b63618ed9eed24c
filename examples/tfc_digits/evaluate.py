"""Evaluate the compiled digits accelerator: run the 360 test images through the
simulated stitched RTL (Verilator), and print accuracy, throughput, latency and resources,
and where the build's visual report (output/report/index.html) is.

Run after ``finn-vivado build examples/tfc_digits`` (``make demo`` does both).
"""

import json
import sys
from pathlib import Path

import numpy as np
from qonnx.core.modelwrapper import ModelWrapper

from finn_vivado.backends.sim.onnx_exec import stitched_child
from finn_vivado.flow.verify import SOURCE_MODEL, execute_model

HERE = Path(__file__).resolve().parent
OUT = HERE / "output"


def _final_model() -> Path:
    times = json.loads((OUT / "time_per_step.json").read_text())
    return OUT / "intermediate_models" / f"{list(times)[-1]}.onnx"


def _report(name: str) -> dict:
    path = OUT / "report" / name
    return json.loads(path.read_text()) if path.is_file() else {}


def main() -> int:
    x, labels = np.load(HERE / "input.npy"), np.load(HERE / "labels.npy")
    # the accelerator's RTL, simulated, inside the software parent graph (input scaling)
    rtl = execute_model(stitched_child(ModelWrapper(str(_final_model())), OUT / "stitched_ip"),
                        x, "stitched RTL")
    ref = execute_model(ModelWrapper(str(OUT / "intermediate_models" / SOURCE_MODEL)), x, "onnx")
    pred = np.argmax(rtl.reshape(len(x), -1), axis=1)
    ref_pred = np.argmax(ref.reshape(len(x), -1), axis=1)
    print(f"images: {len(x)}")
    print(f"accuracy (simulated RTL): {np.mean(pred == labels):.4f}")
    print(f"agreement with the ONNX model: {np.mean(pred == ref_pred):.4f}")
    sim, est = _report("rtlsim_performance.json"), _report("estimate_network_performance.json")
    if sim:
        print(f"throughput (rtlsim, steady state): {sim['stable_throughput[images/s]']:,.0f} "
              f"images/s at {sim['fclk[mhz]']:.0f} MHz; latency {sim['latency_cycles']} cycles "
              f"({sim['latency_cycles'] * 1e3 / sim['fclk[mhz]']:,.0f} ns)")
    if est:
        print(f"throughput (estimate): {est['estimated_throughput_fps']:,.0f} images/s, "
              f"latency {est['estimated_latency_ns']:,.0f} ns, bottleneck "
              f"{est['max_cycles_node_name']} ({est['max_cycles']} cycles)")
    total = _report("estimate_layer_resources.json").get("total", {})
    if total:
        print("resources (estimate, layers): " + ", ".join(f"{k} {v:g}" for k, v in total.items()))
    depths = _report("fifo_sizing.json").get("depths", {})
    if depths:
        print("FIFO depths: " + ", ".join(f"{k.split('_')[-1]}:{v}" for k, v in depths.items()))
    html = OUT / "report" / "index.html"
    if html.is_file():
        print(f"report (open in a browser): {html}")
    return 0 if np.array_equal(pred, ref_pred) else 1


if __name__ == "__main__":
    sys.exit(main())
