// Pool: per-channel maximum or sum over each window of a sliding-window stream (the output
// of ConvolutionInputGenerator): per output pixel K_H*K_W*CHANNELS input elements ordered
// (kh, kw, c), c fastest, PE per beat; per output pixel CHANNELS elements, PE per beat.
//
// FUNCTION "MaxPool" keeps the largest value, "SumPool" the exact sum (average pooling
// without its final scale). Elements are first converted to the output encoding
// (finn_elem_convert); OUT_WIDTH must hold every result. One input beat per cycle; the
// running values of the CHANNELS/PE channel groups are kept in finn_pool_accumulator.
// Results leave through a register slice (finn_axis_skid): no combinational path from
// m_axis_0_tready to s_axis_0_tready.
`default_nettype none

module Pool #(
    parameter integer    CHANNELS = 2,          // channels per pixel
    parameter integer    PE = 1,                // channels per beat; divides CHANNELS
    parameter integer    K_H = 2,               // window height
    parameter integer    K_W = 2,               // window width
    parameter [8*7-1:0]  FUNCTION = "MaxPool",  // "MaxPool" or "SumPool"
    parameter integer    IN_WIDTH = 8,           // bits per input element
    parameter integer    IN_SIGNED = 0,         // 1: input elements are two's complement
    parameter integer    IN_BIPOLAR = 0,        // 1: input elements are BIPOLAR (1 = +1, 0 = -1)
    parameter integer    OUT_WIDTH = 8,          // bits per output element
    parameter integer    OUT_SIGNED = 0,        // 1: output elements are two's complement
    parameter integer    OUT_BIPOLAR = 0,       // 1: output elements are BIPOLAR (MaxPool only)
    parameter [8*11-1:0] RAM_STYLE = "auto"     // running values: auto/block/distributed/ultra
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
    localparam integer K = K_H * K_W;
    localparam integer AW = (CF > 1) ? $clog2(CF) : 1;
    localparam integer KW = (K > 1) ? $clog2(K) : 1;
    /* verilator lint_off WIDTHEXPAND */  // string literals of different lengths
    localparam integer SUM = (FUNCTION == "SumPool") ? 1 : 0;
    localparam FUNC_OK = (FUNCTION == "SumPool") || (FUNCTION == "MaxPool");
    /* verilator lint_on WIDTHEXPAND */
    // constants sized to the counters they are compared with
    /* verilator lint_off WIDTHTRUNC */
    localparam [AW-1:0] CF_LAST = CF - 1;
    localparam [KW-1:0] K_LAST = K - 1;
    /* verilator lint_on WIDTHTRUNC */

    generate
        if (CHANNELS < 1 || PE < 1 || K_H < 1 || K_W < 1) begin : g_bad_pos
            ERROR_Pool_sizes_must_be_at_least_1 u_error ();
        end
        if (CHANNELS % PE != 0) begin : g_bad_pe
            ERROR_Pool_PE_must_divide_CHANNELS u_error ();
        end
        if (!FUNC_OK) begin : g_bad_function
            ERROR_Pool_FUNCTION_must_be_MaxPool_or_SumPool u_error ();
        end
        if (OUT_BIPOLAR != 0 && SUM != 0) begin : g_bad_types
            ERROR_Pool_SumPool_output_cannot_be_BIPOLAR u_error ();
        end
    endgenerate

    wire [PE*OUT_WIDTH-1:0] in_conv;
    finn_elem_convert #(
        .N(PE), .IN_WIDTH(IN_WIDTH), .IN_SIGNED(IN_SIGNED), .IN_BIPOLAR(IN_BIPOLAR),
        .OUT_WIDTH(OUT_WIDTH), .OUT_SIGNED(OUT_SIGNED), .OUT_BIPOLAR(OUT_BIPOLAR)
    ) u_convert (
        .in_data(s_axis_0_tdata),
        .out_data(in_conv)
    );

    reg [AW-1:0] cf;   // channel group of the next input beat
    reg [KW-1:0] k;    // window position of the next input beat
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
            k <= {KW{1'b0}};
        end else if (take) begin
            cf <= (cf == CF_LAST) ? {AW{1'b0}} : cf + 1'b1;
            if (cf == CF_LAST) k <= (k == K_LAST) ? {KW{1'b0}} : k + 1'b1;
        end
    end

    finn_pool_accumulator #(
        .N(PE), .WIDTH(OUT_WIDTH), .SIGNED(OUT_SIGNED), .FUNC(SUM), .DEPTH(CF), .ADDR_BITS(AW),
        .RAM_STYLE(RAM_STYLE)
    ) u_acc (
        .clk(ap_clk),
        .rst_n(ap_rst_n),
        .en(en),
        .in_valid(take),
        .in_first(k == {KW{1'b0}}),
        .in_last(k == K_LAST),
        .in_addr(cf),
        .in_data(in_conv),
        .out_valid(acc_valid),
        .out_data(acc_data)
    );
endmodule

`default_nettype wire
