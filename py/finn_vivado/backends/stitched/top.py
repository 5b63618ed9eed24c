"""The stitched accelerator top (what FINN's ``step_create_stitched_ip`` builds).

:func:`stitch_model` writes ONE top module (``templates/stitched_top.v.j2``) that
instantiates the wrapper of every node of a hardware graph whose FIFOs and width
converters are in place (:mod:`finn_vivado.transforms.plumbing`) and connects them with
AXI-Stream wires. Ports (DESIGN §5): ``ap_clk``, ``ap_rst_n``, ``s_axis_0_*`` and
``m_axis_0_*``. One input and one output stream are supported.

``<output_dir>/stitched_ip/`` then holds::

    hdl/<top>.v              the top module
    hdl/<top>_<node>.v       one wrapper per node (module names prefixed by the top's,
                             so two accelerators can share a Vivado project)
    hdl/<top>_<node>_*.dat   $readmemh files, named in the HDL by bare file name (no
                             directory: the IP can be moved; Vivado finds them in the
                             IP's file set, our simulators run in hdl/)
    hdl/<core files>.v       the library cores used, copied
    <top>.f                  file list, compile order, paths relative to stitched_ip/
    accelerator.json         interfaces, clock, files (read by the Vivado side)
    component.xml, xgui/     IP-XACT packaging (:func:`finn_vivado.backends.ipxact.install_stitched_ip`,
                             which also installs the IP into the build's IP repository)
    design.json              what the simulation steps need (streams, FIFOs, cycles;
                             :class:`finn_vivado.backends.stitched.design.StitchedDesign`)
    sim/<top>_harness.v      simulation harness (:mod:`finn_vivado.backends.sim.stitched`), not in the IP

:func:`stitch_model` writes the top, the file list and design.json; accelerator.json
and the IP-XACT packaging are written by the flow step
(:mod:`finn_vivado.flow.steps.stitch`).
"""

from __future__ import annotations

import shutil
from dataclasses import asdict
from pathlib import Path

from qonnx.custom_op.registry import getCustomOp

from finn_vivado.core.fsio import atomic_copy, atomic_write
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.transforms.plumbing import check_single_stream, stream_edges
from finn_vivado.backends.rtl import generate_node_rtl, verilog_name
from finn_vivado.backends.stitched.design import FifoInfo, StitchedDesign, folded_beats
from finn_vivado.core.packing import padded_width
from finn_vivado.core.templating import render

__all__ = ["stitch_model"]

TEMPLATES = Path(__file__).resolve().parent / "templates"


# --------------------------------------------------------------------------- wiring
def _wire_names(model) -> dict[str, str]:
    """tensor -> wire name (the top's ports for the graph input and output)."""
    names = {model.graph.input[0].name: "s_axis_0", model.graph.output[0].name: "m_axis_0"}
    taken = set(names.values())
    for node in model.graph.node:
        for tensor in node.output:
            if tensor not in names:
                base = name = "w_" + verilog_name(tensor)
                k = 0
                while name in taken:
                    k += 1
                    name = f"{base}_{k}"
                names[tensor] = name
                taken.add(name)
    return names


def _wires(model, names) -> list[dict]:
    wires = []
    for edge in stream_edges(model):
        if edge.producer is None or edge.consumer is None:
            continue
        width = getCustomOp(edge.producer).get_outstream_width(edge.out_index)
        wires.append({"name": names[edge.tensor], "tensor": edge.tensor,
                      "width": padded_width(width), "source": edge.producer.name,
                      "sink": edge.consumer.name})
    return wires


def _port(port: str, wire: str, tvalid: str = "", tready: str = "", tdata: str = "") -> dict:
    """A port connection: the ``wire``'s signals unless other expressions are given."""
    return {"port": port, "wire": wire, "tdata": tdata or f"{wire}_tdata",
            "tvalid": tvalid or f"{wire}_tvalid", "tready": tready or f"{wire}_tready"}


def _instance(node, module: str, names, limit=None) -> dict:
    """One node instance; ``limit``: index of the FIFO's fifo_limit slot (sizing: the
    FIFO's streams then pass through the limit logic of stitched_top.v.j2)."""
    layer = getCustomOp(node)
    inputs = node.input[:layer.NUM_STREAM_INPUTS]
    ports = [_port(f"s_axis_{i}", names.get(t, "")) for i, t in enumerate(inputs)]
    ports += [_port(f"m_axis_{j}", names[t]) for j, t in enumerate(node.output)]
    for port in ports:
        if not port["wire"]:
            raise FinnVivadoError(f"{layer.where()}: stream input {port['port']} is not "
                                  "driven by the graph")
    if limit is not None:
        k = limit
        ports = [_port("s_axis_0", ports[0]["wire"], f"lim_deep[{k}]", f"lim_rdy[{k}]"),
                 _port("m_axis_0", ports[1]["wire"], f"lim_dvalid[{k}]",
                       f"{ports[1]['wire']}_tready & ~lim_sel2[{k}]", f"lim{k}_tdata")]
    return {"node": node.name, "op_type": node.op_type, "module": module,
            "name": "u_" + verilog_name(node.name), "ports": ports}


def _fifo_infos(model, names) -> list[dict]:
    edges = stream_edges(model)
    into = {e.consumer.name: e for e in edges if e.consumer is not None}
    out_of = {e.producer.name: e for e in edges if e.producer is not None}
    fifos = []
    for node in model.graph.node:
        if node.op_type != "StreamingFIFO":
            continue
        src, dst = into[node.name], out_of[node.name]
        fifos.append(asdict(FifoInfo(
            node.name, int(getCustomOp(node).get_nodeattr("depth")), names[src.tensor],
            names[dst.tensor], src.producer.name if src.producer is not None else "",
            dst.consumer.name if dst.consumer is not None else "")))
    return fifos


def _limit_slots(model, fifos: list[dict]) -> list[dict]:
    """The FIFOs with their beat width in bits and padded (sizing variant)."""
    slots = []
    for f in fifos:
        bits = int(getCustomOp(model.get_node_from_name(f["name"])).get_instream_width())
        slots.append({**f, "bits": bits, "width": padded_width(bits)})
    return slots


# ---------------------------------------------------------------------------- files
def _generate_nodes(model, hdl: Path, top: str) -> tuple[list, list[Path]]:
    """Wrappers + memory files of every node in ``hdl``; (modules, library files)."""
    modules, library = [], []
    for node in model.graph.node:
        gen = generate_node_rtl(node, hdl, model, name=f"{top}_{verilog_name(node.name)}",
                                mem_prefix=f"{top}_", file_list=False)
        modules.append(gen.name)
        library += [p for p in gen.sources[:-1] if p not in library]
    return modules, library


def _copy_library(library: list[Path], hdl: Path) -> list[str]:
    names = []
    for path in library:
        if path.name in names:
            continue
        atomic_copy(path, hdl / path.name)
        names.append(path.name)
    return names


def _frame_info(model) -> dict:
    head = getCustomOp(model.find_consumer(model.graph.input[0].name))
    tail = getCustomOp(model.find_producer(model.graph.output[0].name))
    cycles = {n.name: int(getCustomOp(n).get_exp_cycles()) for n in model.graph.node}
    worst = max(cycles, key=cycles.get)
    return {
        "in_width": padded_width(head.get_instream_width(0)),
        "out_width": padded_width(tail.get_outstream_width(0)),
        "in_dtype": head.get_input_datatype(0).name, "out_dtype": tail.get_output_datatype(0).name,
        "in_folded": [int(s) for s in head.get_folded_input_shape(0)],
        "out_folded": [int(s) for s in tail.get_folded_output_shape(0)],
        "out_normal": [int(s) for s in tail.get_normal_output_shape(0)],
        "max_cycles": cycles[worst], "max_cycles_node": worst,
    }


def stitch_model(model, out_dir, top: str = "finn_design", clk_ns: float = 10.0,
                 limits: bool = False) -> StitchedDesign:
    """Write the stitched top of ``model`` (FIFOs in place) into ``out_dir``.

    ``limits``: the FIFO-sizing variant (simulation only), whose extra input
    ``fifo_limit`` caps each FIFO's capacity at run time (see :mod:`finn_vivado.backends.sim.fifo_sizing`).
    """
    check_single_stream(model)
    if model.find_consumer(model.graph.input[0].name).op_type != "StreamingFIFO":
        raise FinnVivadoError("the hardware graph has no FIFOs yet; run step_set_fifo_depths "
                              "(or plumbing.insert_stream_plumbing) before stitching")
    if not verilog_name(top) == top:
        raise FinnVivadoError(f"config field ip_name: {top!r} is not a Verilog identifier")
    out = Path(out_dir).resolve()
    hdl = out / "hdl"
    shutil.rmtree(hdl, ignore_errors=True)
    hdl.mkdir(parents=True)
    modules, library = _generate_nodes(model, hdl, top)
    lib_names = _copy_library(library, hdl)
    names = _wire_names(model)
    info = _frame_info(model)
    fifos = _fifo_infos(model, names)
    slot = {f["name"]: k for k, f in enumerate(fifos)} if limits else {}
    instances = [_instance(n, m, names, slot.get(n.name))
                 for n, m in zip(model.graph.node, modules)]
    text = render(TEMPLATES, "stitched_top.v.j2", top=top, wires=_wires(model, names),
                  instances=instances, limits=_limit_slots(model, fifos) if limits else [],
                  in_beats=folded_beats(info["in_folded"]),
                  out_beats=folded_beats(info["out_folded"]),
                  in_width=info["in_width"], out_width=info["out_width"])
    atomic_write(hdl / f"{top}.v", text)
    sources = [f"hdl/{n}" for n in lib_names] + [f"hdl/{m}.v" for m in modules] + [f"hdl/{top}.v"]
    atomic_write(out / f"{top}.f", "# " + top + ": compile order, relative to this file\n"
                 + "".join(s + "\n" for s in sources))
    design = StitchedDesign(top=top, directory=str(out), sources=sources, clk_ns=float(clk_ns),
                            fifos=fifos, limit_port=bool(limits), **info)
    design.save()
    return design

