"""``build`` and ``estimate`` for the Tcl app: run the compiler in this process (its
progress lines go to stdout, which the Tcl side streams into the console) and answer
with what was produced.  :mod:`.table` maps the command names to them."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from finn_vivado.app.tcl_bridge.options import Options, read_json
from finn_vivado.backends.ipxact.install import config_ip_repo
from finn_vivado.backends.stitched.accel import ACCEL_FILE, load_accelerator
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.flow.config import BuildConfig, merge_overrides, read_config_file
from finn_vivado.flow.step_names import STEP_NAMES_DEFAULT, STEP_NAMES_ESTIMATE_ONLY

__all__ = ["build_result", "cmd_build", "cmd_estimate", "estimate_result"]

_OUTPUTS = ("estimate_reports", "stitched_ip", "rtlsim_performance", "out_of_context_synth",
            "bitfile", "pynq_driver", "deployment_package")


def _runner() -> Any:
    """The build runner, imported on first use: it loads every step and qonnx, which the
    bridge's quick commands (version, boards, script generation) do not need."""
    from finn_vivado.flow import runner

    return runner


def _outputs(text: str) -> Optional[list[str]]:
    if not text:
        return None
    items = [o.strip() for o in text.replace(",", " ").split() if o.strip()]
    bad = [o for o in items if o.lower() not in _OUTPUTS]
    if bad:
        raise FinnVivadoError(
            f"-outputs: unknown output(s) {', '.join(bad)}; choose from {', '.join(_OUTPUTS)}")
    return [o.lower() for o in items]


def _overrides(opts: Options) -> dict[str, Any]:
    outputs = _outputs(opts.str("outputs"))
    steps = opts.str("steps")
    if steps not in ("", "default", "estimate"):
        raise FinnVivadoError(f"-steps must be default or estimate, got {steps!r}")
    if not steps and outputs == ["estimate_reports"]:
        steps = "estimate"  # nothing after the estimates would produce anything
    table = {"default": list(STEP_NAMES_DEFAULT), "estimate": list(STEP_NAMES_ESTIMATE_ONLY)}
    paths = {key: opts.path(key) for key in ("output_dir", "folding", "ip_repo")}
    return {
        "output_dir": str(paths["output_dir"]) if paths["output_dir"] else None,
        "folding_config_file": str(paths["folding"]) if paths["folding"] else None,
        "ip_repo": str(paths["ip_repo"]) if paths["ip_repo"] else None,
        "generate_outputs": outputs,
        "steps": table.get(steps),
        "start_step": opts.str("start_step") or None,
        "stop_step": opts.str("stop_step") or None,
        "board": opts.str("board") or None,
        "fpga_part": opts.str("fpga_part") or None,
        "target_fps": opts.number("target_fps"),
        "synth_clk_period_ns": opts.number("clk_ns"),
        "verbose": True if opts.flag("verbose") else None,
    }


def _load(target: Path, config: Optional[Path], overrides: dict) -> tuple[Any, BuildConfig]:
    if target.is_dir():
        return _runner().load_build_dir(target, config, overrides)
    if not target.is_file():
        raise FinnVivadoError(f"model not found: {target} (give an .onnx file or a FINN build "
                              "directory holding model.onnx and dataflow_build_config.json)")
    raw = read_config_file(config) if config else {}
    base = config.parent if config else Path.cwd()
    if not raw.get("output_dir") and not overrides.get("output_dir"):
        raw["output_dir"] = str(Path.cwd() / f"output_{target.stem}")
    return target, BuildConfig.from_dict(merge_overrides(raw, overrides), base_dir=base)


def _installed_ip(ip_repo: Optional[str], vlnv: str) -> str:
    if not ip_repo or not Path(ip_repo).is_dir():
        return ""
    for path in sorted(Path(ip_repo).rglob(ACCEL_FILE)):
        try:
            if load_accelerator(path).vlnv == vlnv:
                return str(path.parent)
        except FinnVivadoError:
            continue
    return ""


def build_result(cfg: BuildConfig) -> dict[str, Any]:
    """What a finished build produced (reports, stitched IP, IP repo install)."""
    out = Path(cfg.output_dir)
    reports = {p.stem: str(p) for p in sorted((out / "report").glob("*.json"))}
    accel = out / "stitched_ip" / ACCEL_FILE
    result: dict[str, Any] = {
        "output_dir": str(out), "log": str(out / "build_dataflow.log"),
        "fpga_part": cfg.resolve_fpga_part() if (cfg.board or cfg.fpga_part) else "",
        "board": cfg.board or "", "clk_ns": cfg.synth_clk_period_ns,
        "generate_outputs": [getattr(o, "value", o) for o in cfg.generate_outputs],
        "time_per_step": read_json(out / "time_per_step.json") or {},
        "reports": reports, "stitched_ip": "", "accelerator": "", "vlnv": "",
        "ip_repo": cfg.ip_repo or "", "ip_installed": "",
    }
    if accel.is_file():
        acc = load_accelerator(accel)
        repo = config_ip_repo(cfg.ip_repo, cfg.output_dir)
        result.update(stitched_ip=str(accel.parent), accelerator=str(accel), vlnv=acc.vlnv,
                      ip_installed=_installed_ip(str(repo), acc.vlnv))
    perf = read_json(out / "report" / "estimate_network_performance.json")
    if perf:
        result["estimated_throughput_fps"] = perf.get("estimated_throughput_fps")
    return result


def cmd_build(opts: Options) -> dict[str, Any]:
    """Run a build (FINN build directory or .onnx + config) and describe its outputs."""
    target = opts.path("target")
    if target is None:
        raise FinnVivadoError("build: give the model (-model net.onnx or a FINN build directory)")
    model, cfg = _load(target, opts.path("config"), _overrides(opts))
    opts.check_all_used()
    _runner().build(model, cfg)
    return build_result(cfg)


def estimate_result(out: Path) -> dict[str, Any]:
    """The estimate reports of a build as one dict (network, per-layer, fit)."""
    report = out / "report"
    network = read_json(report / "estimate_network_performance.json")
    if network is None:
        raise FinnVivadoError(
            f"no estimate reports in {report}; run the estimate (finn::estimate -model ...) or a "
            "build with estimate_reports first")
    return {
        "output_dir": str(out),
        "network": network,
        "layer_cycles": read_json(report / "estimate_layer_cycles.json") or {},
        "layer_resources": read_json(report / "estimate_layer_resources.json") or {},
        "fit": read_json(report / "estimate_fit.json") or {},
        "op_and_param_counts": read_json(report / "op_and_param_counts.json") or {},
        "estimated_throughput_fps": network.get("estimated_throughput_fps"),
    }


def cmd_estimate(opts: Options) -> dict[str, Any]:
    """Estimates of an existing build (--output_dir only) or of a model (runs the
    estimate-only flow first)."""
    target = opts.path("target")
    if target is None:
        out = opts.path("output_dir")
        opts.check_all_used()
        if out is None:
            raise FinnVivadoError("estimate: give -model (to run the estimates) or -output_dir "
                                  "(to read those of a finished build)")
        return estimate_result(out)
    overrides = _overrides(opts)
    overrides["steps"] = list(STEP_NAMES_ESTIMATE_ONLY)
    overrides["generate_outputs"] = ["estimate_reports"]
    model, cfg = _load(target, opts.path("config"), overrides)
    opts.check_all_used()
    _runner().build(model, cfg)
    return estimate_result(Path(cfg.output_dir))
