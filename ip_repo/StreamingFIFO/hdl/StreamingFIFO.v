// StreamingFIFO: AXI-Stream FIFO holding DEPTH beats, full throughput.
//
// DEPTH == 2 is a register slice (finn_axis_skid). DEPTH >= 3 is a memory of
// DEPTH-1 entries with a synchronous read (inferable as block RAM, LUT RAM or
// registers) whose read register is the output stage, so the FIFO holds exactly
// DEPTH beats. s_axis_0_tready and m_axis_0_tvalid are registered state: no
// combinational path runs through the FIFO. Latency: 1 cycle (DEPTH 2), 2 cycles
// (DEPTH >= 3). Only control state is reset; data storage is not.
`default_nettype none

module StreamingFIFO #(
    parameter integer WIDTH     = 8,      // TDATA width in bits (>= 1)
    parameter integer DEPTH     = 2,      // capacity in beats (>= 2)
    parameter         RAM_STYLE = "auto"  // memory inference: "auto", "block", "distributed", "ultra"
) (
    input  wire             ap_clk,
    input  wire             ap_rst_n,   // active-low synchronous reset
    input  wire [WIDTH-1:0] s_axis_0_tdata,
    input  wire             s_axis_0_tvalid,
    output wire             s_axis_0_tready,
    output wire [WIDTH-1:0] m_axis_0_tdata,
    output wire             m_axis_0_tvalid,
    input  wire             m_axis_0_tready
);
    generate
        if (WIDTH < 1) begin : g_bad_width
            ERROR_StreamingFIFO_WIDTH_must_be_at_least_1 u_error ();
        end
        if (DEPTH < 2) begin : g_bad_depth
            ERROR_StreamingFIFO_DEPTH_must_be_at_least_2 u_error ();
        end
        /* verilator lint_off WIDTH */  // string literals of different lengths
        if (RAM_STYLE != "auto" && RAM_STYLE != "block" && RAM_STYLE != "distributed"
                && RAM_STYLE != "ultra") begin : g_bad_style
            ERROR_StreamingFIFO_RAM_STYLE_must_be_auto_block_distributed_or_ultra u_error ();
        end
        /* verilator lint_on WIDTH */

        if (DEPTH <= 2) begin : g_regs
            finn_axis_skid #(.WIDTH(WIDTH)) u_skid (
                .ap_clk(ap_clk), .ap_rst_n(ap_rst_n),
                .s_axis_tdata(s_axis_0_tdata), .s_axis_tvalid(s_axis_0_tvalid),
                .s_axis_tready(s_axis_0_tready),
                .m_axis_tdata(m_axis_0_tdata), .m_axis_tvalid(m_axis_0_tvalid),
                .m_axis_tready(m_axis_0_tready)
            );
        end else begin : g_mem
            finn_fifo_mem #(.WIDTH(WIDTH), .ENTRIES(DEPTH - 1), .RAM_STYLE(RAM_STYLE)) u_mem (
                .ap_clk(ap_clk), .ap_rst_n(ap_rst_n),
                .s_axis_tdata(s_axis_0_tdata), .s_axis_tvalid(s_axis_0_tvalid),
                .s_axis_tready(s_axis_0_tready),
                .m_axis_tdata(m_axis_0_tdata), .m_axis_tvalid(m_axis_0_tvalid),
                .m_axis_tready(m_axis_0_tready)
            );
        end
    endgenerate
endmodule

`default_nettype wire
