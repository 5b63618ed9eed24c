// GlobalAccPool: exact per-channel sum over all PIXELS pixels of an NHWC stream (global
// average pooling without its final scale). Input: PE channels per beat, channels fastest,
// PIXELS * CHANNELS/PE beats per frame; output: CHANNELS/PE beats of PE sums per frame.
//
// Elements are converted to the output encoding (finn_elem_convert); OUT_WIDTH must hold
// every sum. One input beat per cycle; the sums of the CHANNELS/PE channel groups are kept
// in finn_pool_accumulator and leave while the frame's last pixel streams in, through a
// register slice (finn_axis_skid): no combinational path from m_axis_0_tready to
// s_axis_0_tready.
`default_nettype none

module GlobalAccPool #(
    parameter integer    CHANNELS = 2,       // channels per pixel
    parameter integer    PE = 1,             // channels per beat; divides CHANNELS
    parameter integer    PIXELS = 4,         // pixels per frame (H * W)
    parameter integer    IN_WIDTH = 8,        // bits per input element
    parameter integer    IN_SIGNED = 0,      // 1: input elements are two's complement
    parameter integer    IN_BIPOLAR = 0,     // 1: input elements are BIPOLAR (1 = +1, 0 = -1)
    parameter integer    OUT_WIDTH = 16,      // bits per sum
    parameter integer    OUT_SIGNED = 0,     // 1: sums are two's complement
    parameter [8*11-1:0] RAM_STYLE = "auto"  // running sums: auto/block/distributed/ultra
) (
    input  wire                   ap_clk,
    input  wire                   ap_rst_n,  // active-low synchronous reset
    input  wire [PE*IN_WIDTH-1:0]  s_axis_0_tdata,
    input  wire                   s_axis_0_tvalid,
    output wire                   s_axis_0_tready,
    output wire [PE*OUT_WIDTH-1:0] m_axis_0_tdata,
    output wire                   m_axis_0_tvalid,
    input  wire                   m_axis_0_tready
);
    localparam integer CF = CHANNELS / PE;
    localparam integer AW = (CF > 1) ? $clog2(CF) : 1;
    localparam integer PW = (PIXELS > 1) ? $clog2(PIXELS) : 1;
    // constants sized to the counters they are compared with
    /* verilator lint_off WIDTHTRUNC */
    localparam [AW-1:0] CF_LAST = CF - 1;
    localparam [PW-1:0] PIX_LAST = PIXELS - 1;
    /* verilator lint_on WIDTHTRUNC */

    generate
        if (CHANNELS < 1 || PE < 1 || PIXELS < 1) begin : g_bad_pos
            ERROR_GlobalAccPool_sizes_must_be_at_least_1 u_error ();
        end
        if (CHANNELS % PE != 0) begin : g_bad_pe
            ERROR_GlobalAccPool_PE_must_divide_CHANNELS u_error ();
        end
    endgenerate

    wire [PE*OUT_WIDTH-1:0] in_conv;
    finn_elem_convert #(
        .N(PE), .IN_WIDTH(IN_WIDTH), .IN_SIGNED(IN_SIGNED), .IN_BIPOLAR(IN_BIPOLAR),
        .OUT_WIDTH(OUT_WIDTH), .OUT_SIGNED(OUT_SIGNED), .OUT_BIPOLAR(0)
    ) u_convert (
        .in_data(s_axis_0_tdata),
        .out_data(in_conv)
    );

    reg [AW-1:0] cf;    // channel group of the next input beat
    reg [PW-1:0] pix;   // pixel of the next input beat
    wire acc_valid;
    wire [PE*OUT_WIDTH-1:0] acc_data;
    // output register slice: no combinational path from m_axis_0_tready to the input
    wire out_ready;
    finn_axis_skid #(.WIDTH(PE * OUT_WIDTH)) u_out (
        .ap_clk(ap_clk), .ap_rst_n(ap_rst_n),
        .s_axis_tdata(acc_data), .s_axis_tvalid(acc_valid), .s_axis_tready(out_ready),
        .m_axis_tdata(m_axis_0_tdata), .m_axis_tvalid(m_axis_0_tvalid),
        .m_axis_tready(m_axis_0_tready)
    );
    wire en = out_ready;
    wire take = s_axis_0_tvalid && en;
    assign s_axis_0_tready = en;

    always @(posedge ap_clk) begin
        if (!ap_rst_n) begin
            cf <= {AW{1'b0}};
            pix <= {PW{1'b0}};
        end else if (take) begin
            cf <= (cf == CF_LAST) ? {AW{1'b0}} : cf + 1'b1;
            if (cf == CF_LAST) pix <= (pix == PIX_LAST) ? {PW{1'b0}} : pix + 1'b1;
        end
    end

    finn_pool_accumulator #(
        .N(PE), .WIDTH(OUT_WIDTH), .SIGNED(OUT_SIGNED), .FUNC(1), .DEPTH(CF), .ADDR_BITS(AW),
        .RAM_STYLE(RAM_STYLE)
    ) u_acc (
        .clk(ap_clk),
        .rst_n(ap_rst_n),
        .en(en),
        .in_valid(take),
        .in_first(pix == {PW{1'b0}}),
        .in_last(pix == PIX_LAST),
        .in_addr(cf),
        .in_data(in_conv),
        .out_valid(acc_valid),
        .out_data(acc_data)
    );
endmodule

`default_nettype wire
