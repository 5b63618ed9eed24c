"""What the Zynq shell needs to know about each processing system, and the shell
parameters derived from a board and an accelerator.

The PS table holds facts about Xilinx's processing-system IPs (pin and CONFIG names);
IP versions are never stored: the generated scripts look them up with get_ipdefs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from finn_vivado.core.boards import Board
from finn_vivado.core.errors import FinnVivadoError
from finn_vivado.backends.stitched.accel import Accelerator

__all__ = ["PS_PROFILES", "PsProfile", "ZynqShell", "pow2_bytes", "zynq_shell"]

#: AXI DMA stream widths it supports (bits).
DMA_STREAM_WIDTHS = (8, 16, 32, 64, 128, 256, 512, 1024)
#: Frames the DMA adapter lets be in flight (log2).
FLAG_DEPTH_LOG2 = 6


@dataclass(frozen=True)
class PsProfile:
    """Pins, CONFIG names and automation rule of one processing-system IP."""

    ip: str
    rule: str
    rule_config: str
    master: str
    slave: str
    clock_out: str
    reset_out: str
    clock_inputs: tuple
    enable: tuple  # (CONFIG name, value) pairs enabling the ports used, disabling others
    slave_width_param: str
    freq_param: str
    actual_freq_param: str
    max_slave_width: int
    #: (CONFIG name, value) pairs set before the PL clock frequency (empty: none)
    clock_prelude: tuple = ()


PS_PROFILES = {
    "processing_system7": PsProfile(
        ip="processing_system7",
        rule="xilinx.com:bd_rule:processing_system7",
        rule_config='make_external "FIXED_IO, DDR" apply_board_preset "1" '
                    'Master "Disable" Slave "Disable"',
        master="M_AXI_GP0", slave="S_AXI_HP0",
        clock_out="FCLK_CLK0", reset_out="FCLK_RESET0_N",
        clock_inputs=("M_AXI_GP0_ACLK", "S_AXI_HP0_ACLK"),
        enable=(("PCW_USE_M_AXI_GP0", "1"), ("PCW_USE_S_AXI_HP0", "1")),
        slave_width_param="PCW_S_AXI_HP0_DATA_WIDTH",
        freq_param="PCW_FPGA0_PERIPHERAL_FREQMHZ",
        actual_freq_param="PCW_ACT_FPGA0_PERIPHERAL_FREQMHZ",
        max_slave_width=64),
    "zynq_ultra_ps_e": PsProfile(
        ip="zynq_ultra_ps_e",
        rule="xilinx.com:bd_rule:zynq_ultra_ps_e",
        rule_config='apply_board_preset "1"',
        master="M_AXI_HPM0_FPD", slave="S_AXI_HP0_FPD",
        clock_out="pl_clk0", reset_out="pl_resetn0",
        clock_inputs=("maxihpm0_fpd_aclk", "saxihp0_fpd_aclk"),
        enable=(("PSU__USE__M_AXI_GP0", "1"), ("PSU__USE__M_AXI_GP1", "0"),
                ("PSU__USE__M_AXI_GP2", "0"), ("PSU__USE__S_AXI_GP2", "1"),
                ("PSU__FPGA_PL0_ENABLE", "1")),
        slave_width_param="PSU__SAXIGP2__DATA_WIDTH",
        freq_param="PSU__CRL_APB__PL0_REF_CTRL__FREQMHZ",
        actual_freq_param="PSU__CRL_APB__PL0_REF_CTRL__ACT_FREQMHZ",
        max_slave_width=128,
        # 0 as in FINN's Zynq shell (set just before the PL0 frequency) and in the
        # Vivado-written ZCU104 / KV260 designs of PYNQ and PYNQ-HelloWorld
        clock_prelude=(("PSU__OVERRIDE__BASIC_CLOCK", "0"),)),
}


def pow2_bytes(width_bits: int) -> int:
    """Smallest AXI DMA stream width (bytes) holding ``width_bits``."""
    for width in DMA_STREAM_WIDTHS:
        if width >= width_bits:
            return width // 8
    raise FinnVivadoError(
        f"an accelerator stream of {width_bits} bits is wider than the 1024 bits the AXI DMA "
        "supports; lower the folding (SIMD/PE) of the first or last layer")


@dataclass(frozen=True)
class ZynqShell:
    """Everything the Zynq shell template needs."""

    board: Board
    ps: PsProfile
    clk_mhz: float
    in_stream: Any
    out_stream: Any
    in_dma_bytes: int
    out_dma_bytes: int
    mm_width: int
    hp_width: int
    addr_width: int
    in_frame_beats: int
    out_frame_beats: int

    def adapter_config(self) -> list[tuple[str, int]]:
        """CONFIG values of the DMA adapter module reference."""
        return [("IN_DMA_BYTES", self.in_dma_bytes),
                ("IN_ACC_BYTES", self.in_stream.tdata_bytes),
                ("OUT_ACC_BYTES", self.out_stream.tdata_bytes),
                ("OUT_DMA_BYTES", self.out_dma_bytes),
                ("IN_FRAME_BEATS", self.in_frame_beats),
                ("OUT_FRAME_BEATS", self.out_frame_beats),
                ("FLAG_DEPTH_LOG2", FLAG_DEPTH_LOG2)]

    def dma_config(self) -> list[tuple[str, Any]]:
        """CONFIG values of the AXI DMA (direct register mode, both channels)."""
        return [("c_include_sg", 0), ("c_sg_length_width", 26),
                ("c_include_mm2s", 1), ("c_include_s2mm", 1),
                ("c_addr_width", self.addr_width),
                ("c_m_axi_mm2s_data_width", self.mm_width),
                ("c_m_axis_mm2s_tdata_width", self.in_dma_bytes * 8),
                ("c_m_axi_s2mm_data_width", self.mm_width),
                ("c_s_axis_s2mm_tdata_width", self.out_dma_bytes * 8),
                ("c_mm2s_burst_size", 16), ("c_s2mm_burst_size", 16)]

    def ps_config(self) -> list[tuple[str, Any]]:
        """CONFIG values of the processing system: ports used and HP width."""
        return [*self.ps.enable, (self.ps.slave_width_param, self.hp_width)]

    def clock_config(self) -> list[tuple[str, Any]]:
        """CONFIG values for the PL clock, in the order they are set (one call each):
        the PS's prelude (Zynq UltraScale+: PSU__OVERRIDE__BASIC_CLOCK 0), then the
        requested frequency."""
        return [*self.ps.clock_prelude, (self.ps.freq_param, _fmt_mhz(self.clk_mhz))]

    def host_layout(self) -> dict[str, Any]:
        """How the host lays out DMA buffers (for drivers): each beat padded to a
        power-of-two number of bytes, element 0 in the lowest bits."""
        return {"input_beat_bytes": self.in_dma_bytes,
                "input_stream_bytes": self.in_stream.tdata_bytes,
                "input_frame_beats": self.in_frame_beats,
                "output_beat_bytes": self.out_dma_bytes,
                "output_stream_bytes": self.out_stream.tdata_bytes,
                "output_frame_beats": self.out_frame_beats}


def _fmt_mhz(mhz: float) -> str:
    return f"{mhz:.6f}".rstrip("0").rstrip(".")


def _single(streams: list, kind: str, accel: Accelerator) -> Any:
    if len(streams) != 1:
        names = ", ".join(s.name for s in streams)
        raise FinnVivadoError(
            f"the Zynq shell connects one {kind} stream through the DMA; accelerator "
            f"{accel.vlnv} has {len(streams)} ({names})")
    return streams[0]


#: Highest PL clock of the Zynq-7000 processing system in MHz: the range Vivado declares for
#: processing_system7's PCW_FPGA0_PERIPHERAL_FREQMHZ (see the recorder's evidence file).
PS7_MAX_PL_MHZ = 250.0


def zynq_shell(board: Board, accel: Accelerator, clk_ns: Optional[float] = None) -> ZynqShell:
    """Shell parameters for ``accel`` on a Zynq ``board`` (clock from the accelerator
    unless ``clk_ns`` is given)."""
    if board.family not in ("zynq", "zynq_us+") or board.ps_ip not in PS_PROFILES:
        raise FinnVivadoError(
            f"board {board.name} ({board.family}) has no Zynq processing system; "
            "the Zynq shell needs a Zynq-7000 or Zynq UltraScale+ board")
    if not board.board_part:
        raise FinnVivadoError(
            f"board {board.name} has no board_part in its board file; the Zynq shell needs "
            "it for the processing-system preset (DDR, MIO, clocks)")
    ps = PS_PROFILES[board.ps_ip]
    src, dst = _single(accel.inputs, "input", accel), _single(accel.outputs, "output", accel)
    for stream in (src, dst):
        if stream.frame_beats is None:
            raise FinnVivadoError(
                f"{accel.path}: stream {stream.name} has no frame_beats; the shell needs the "
                "beats per frame to mark the end of each DMA transfer")
    in_bytes, out_bytes = pow2_bytes(src.tdata_width), pow2_bytes(dst.tdata_width)
    mm_width = max(32, board.dma_width_bits, in_bytes * 8, out_bytes * 8)
    period = clk_ns if clk_ns is not None else accel.clk_ns
    if board.ps_ip == "processing_system7" and 1000.0 / period > PS7_MAX_PL_MHZ * (1 + 1e-9):
        raise FinnVivadoError(
            f"board {board.name}: a {period:g} ns clock is {1000.0 / period:.1f} MHz, above the "
            f"{PS7_MAX_PL_MHZ:g} MHz the Zynq-7000 processing system's PL clocks reach; use a "
            f"clock period of at least {1000.0 / PS7_MAX_PL_MHZ:g} ns")
    return ZynqShell(
        board=board, ps=ps, clk_mhz=round(1000.0 / period, 6), in_stream=src, out_stream=dst,
        in_dma_bytes=in_bytes, out_dma_bytes=out_bytes, mm_width=mm_width,
        hp_width=min(ps.max_slave_width, max(32, board.dma_width_bits)),
        addr_width=64 if board.family == "zynq_us+" else 32,
        in_frame_beats=src.frame_beats, out_frame_beats=dst.frame_beats)
