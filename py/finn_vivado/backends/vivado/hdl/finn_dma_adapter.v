// finn_dma_adapter: joins the AXI DMA streams of the Zynq shell to the accelerator.
//
// Input side:  DMA read stream (IN_DMA_BYTES, power of two) -> accelerator input
//              (IN_ACC_BYTES <= IN_DMA_BYTES): the low bytes are passed, the padding
//              bytes the host wrote into each beat are dropped.
// Output side: accelerator output (OUT_ACC_BYTES) -> DMA write stream (OUT_DMA_BYTES,
//              power of two, zero padded) with TLAST, which the DMA needs to finish a
//              transfer.  TLAST is set on the last output beat of the frame whose input
//              carried the DMA's TLAST, so one DMA transfer of N whole frames in gives one
//              transfer of N frames out.  A small FIFO carries that end-of-transfer flag
//              from input frames to output frames (at most 2**FLAG_DEPTH_LOG2 frames in
//              flight; the input waits when it is full).
`default_nettype none

module finn_dma_adapter #(
    parameter IN_DMA_BYTES    = 8,   // bytes per beat of the DMA read stream
    parameter IN_ACC_BYTES    = 8,   // bytes per beat of the accelerator input stream
    parameter OUT_ACC_BYTES   = 1,   // bytes per beat of the accelerator output stream
    parameter OUT_DMA_BYTES   = 1,   // bytes per beat of the DMA write stream
    parameter IN_FRAME_BEATS  = 1,   // accelerator input beats per frame
    parameter OUT_FRAME_BEATS = 1,   // accelerator output beats per frame
    parameter FLAG_DEPTH_LOG2 = 6    // log2 of the frames that may be in flight
) (
    (* X_INTERFACE_INFO = "xilinx.com:signal:clock:1.0 ap_clk CLK" *)
    (* X_INTERFACE_PARAMETER = "ASSOCIATED_BUSIF s_axis_dma:m_axis_acc:s_axis_acc:m_axis_dma, ASSOCIATED_RESET ap_rst_n" *)
    input  wire                       ap_clk,
    (* X_INTERFACE_INFO = "xilinx.com:signal:reset:1.0 ap_rst_n RST" *)
    (* X_INTERFACE_PARAMETER = "POLARITY ACTIVE_LOW" *)
    input  wire                       ap_rst_n,
    // the padding bytes above IN_ACC_BYTES are dropped on purpose
    /* verilator lint_off UNUSEDSIGNAL */
    (* X_INTERFACE_INFO = "xilinx.com:interface:axis:1.0 s_axis_dma TDATA" *)
    input  wire [IN_DMA_BYTES*8-1:0]  s_axis_dma_tdata,
    /* verilator lint_on UNUSEDSIGNAL */
    (* X_INTERFACE_INFO = "xilinx.com:interface:axis:1.0 s_axis_dma TVALID" *)
    input  wire                       s_axis_dma_tvalid,
    (* X_INTERFACE_INFO = "xilinx.com:interface:axis:1.0 s_axis_dma TREADY" *)
    output wire                       s_axis_dma_tready,
    (* X_INTERFACE_INFO = "xilinx.com:interface:axis:1.0 s_axis_dma TLAST" *)
    input  wire                       s_axis_dma_tlast,
    (* X_INTERFACE_INFO = "xilinx.com:interface:axis:1.0 m_axis_acc TDATA" *)
    output wire [IN_ACC_BYTES*8-1:0]  m_axis_acc_tdata,
    (* X_INTERFACE_INFO = "xilinx.com:interface:axis:1.0 m_axis_acc TVALID" *)
    output wire                       m_axis_acc_tvalid,
    (* X_INTERFACE_INFO = "xilinx.com:interface:axis:1.0 m_axis_acc TREADY" *)
    input  wire                       m_axis_acc_tready,
    (* X_INTERFACE_INFO = "xilinx.com:interface:axis:1.0 s_axis_acc TDATA" *)
    input  wire [OUT_ACC_BYTES*8-1:0] s_axis_acc_tdata,
    (* X_INTERFACE_INFO = "xilinx.com:interface:axis:1.0 s_axis_acc TVALID" *)
    input  wire                       s_axis_acc_tvalid,
    (* X_INTERFACE_INFO = "xilinx.com:interface:axis:1.0 s_axis_acc TREADY" *)
    output wire                       s_axis_acc_tready,
    (* X_INTERFACE_INFO = "xilinx.com:interface:axis:1.0 m_axis_dma TDATA" *)
    output wire [OUT_DMA_BYTES*8-1:0] m_axis_dma_tdata,
    (* X_INTERFACE_INFO = "xilinx.com:interface:axis:1.0 m_axis_dma TVALID" *)
    output wire                       m_axis_dma_tvalid,
    (* X_INTERFACE_INFO = "xilinx.com:interface:axis:1.0 m_axis_dma TREADY" *)
    input  wire                       m_axis_dma_tready,
    (* X_INTERFACE_INFO = "xilinx.com:interface:axis:1.0 m_axis_dma TLAST" *)
    output wire                       m_axis_dma_tlast
);

    // Illegal parameter combinations stop elaboration.
    generate
        if (IN_ACC_BYTES > IN_DMA_BYTES || OUT_ACC_BYTES > OUT_DMA_BYTES ||
            IN_ACC_BYTES < 1 || OUT_ACC_BYTES < 1 ||
            IN_FRAME_BEATS < 1 || OUT_FRAME_BEATS < 1 ||
            FLAG_DEPTH_LOG2 < 1 || FLAG_DEPTH_LOG2 > 12) begin : g_bad_parameters
            FINN_DMA_ADAPTER_ILLEGAL_PARAMETERS u_illegal ();
        end
    endgenerate

    localparam DEPTH = 1 << FLAG_DEPTH_LOG2;

    // ---------------------------------------------------------------- flag FIFO
    reg                     flags [0:DEPTH-1];
    reg [FLAG_DEPTH_LOG2:0] wr_ptr;
    reg [FLAG_DEPTH_LOG2:0] rd_ptr;
    wire fifo_empty = (wr_ptr == rd_ptr);
    wire fifo_full  = (wr_ptr[FLAG_DEPTH_LOG2] != rd_ptr[FLAG_DEPTH_LOG2]) &&
                      (wr_ptr[FLAG_DEPTH_LOG2-1:0] == rd_ptr[FLAG_DEPTH_LOG2-1:0]);

    // ---------------------------------------------------------------- input side
    reg [31:0] in_count;
    reg        in_seen_last;
    wire in_frame_end = (in_count == IN_FRAME_BEATS - 1);
    wire in_gate      = !(in_frame_end && fifo_full);
    wire in_fire      = s_axis_dma_tvalid && m_axis_acc_tready && in_gate;

    assign m_axis_acc_tdata  = s_axis_dma_tdata[IN_ACC_BYTES*8-1:0];
    assign m_axis_acc_tvalid = s_axis_dma_tvalid && in_gate;
    assign s_axis_dma_tready = m_axis_acc_tready && in_gate;

    // ---------------------------------------------------------------- output side
    reg [31:0] out_count;
    wire out_frame_end = (out_count == OUT_FRAME_BEATS - 1);
    wire out_gate      = !(out_frame_end && fifo_empty);
    wire out_fire      = s_axis_acc_tvalid && m_axis_dma_tready && out_gate;

    generate
        if (OUT_DMA_BYTES > OUT_ACC_BYTES) begin : g_pad
            assign m_axis_dma_tdata = {{((OUT_DMA_BYTES - OUT_ACC_BYTES) * 8){1'b0}},
                                       s_axis_acc_tdata};
        end else begin : g_no_pad
            assign m_axis_dma_tdata = s_axis_acc_tdata;
        end
    endgenerate
    assign m_axis_dma_tvalid = s_axis_acc_tvalid && out_gate;
    assign s_axis_acc_tready = m_axis_dma_tready && out_gate;
    assign m_axis_dma_tlast  = out_frame_end && !fifo_empty &&
                               flags[rd_ptr[FLAG_DEPTH_LOG2-1:0]];

    always @(posedge ap_clk) begin
        if (!ap_rst_n) begin
            in_count     <= 32'd0;
            in_seen_last <= 1'b0;
            out_count    <= 32'd0;
            wr_ptr       <= {(FLAG_DEPTH_LOG2 + 1){1'b0}};
            rd_ptr       <= {(FLAG_DEPTH_LOG2 + 1){1'b0}};
        end else begin
            if (in_fire) begin
                if (in_frame_end) begin
                    flags[wr_ptr[FLAG_DEPTH_LOG2-1:0]] <= in_seen_last | s_axis_dma_tlast;
                    wr_ptr       <= wr_ptr + 1'b1;
                    in_count     <= 32'd0;
                    in_seen_last <= 1'b0;
                end else begin
                    in_count     <= in_count + 32'd1;
                    in_seen_last <= in_seen_last | s_axis_dma_tlast;
                end
            end
            if (out_fire) begin
                if (out_frame_end) begin
                    rd_ptr    <= rd_ptr + 1'b1;
                    out_count <= 32'd0;
                end else begin
                    out_count <= out_count + 32'd1;
                end
            end
        end
    end

endmodule

`default_nettype wire
