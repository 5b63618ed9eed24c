// ChannelwiseOp: out[c] = FUNC(x[c], param[c]) per channel of a stream with channels
// fastest, PE channels per beat (element 0 in the least significant bits).
//
// FUNC "add" (x + p), "mul" (x * p), "cmp_le" (x <= p ? 1 : 0) or "cmp_ge" (x >= p ? 1 : 0),
// exact integers (OUT_WIDTH must hold every result). The parameters are a ROM of
// CHANNELS/PE words of PE elements (PARAM_FILE, $readmemh, word 0 = channels 0..PE-1);
// the word of the next channel group is read ahead, so one beat passes per cycle. The
// result enters a register slice (finn_axis_skid): no combinational path from
// m_axis_0_tready to s_axis_0_tready.
// Encodings: two's complement when *_SIGNED, BIPOLAR (1 = +1, 0 = -1) when *_BIPOLAR.
`default_nettype none

module ChannelwiseOp #(
    parameter integer    CHANNELS = 2,       // channels (stream positions per vector)
    parameter integer    PE = 1,             // channels per beat; divides CHANNELS
    parameter [8*6-1:0]  FUNC = "add",       // "add", "mul", "cmp_le" or "cmp_ge"
    parameter integer    IN_WIDTH = 8,        // bits per input element
    parameter integer    IN_SIGNED = 0,      // 1: input elements are two's complement
    parameter integer    IN_BIPOLAR = 0,     // 1: input elements are BIPOLAR
    parameter integer    P_WIDTH = 8,         // bits per parameter
    parameter integer    P_SIGNED = 0,       // 1: parameters are two's complement
    parameter integer    P_BIPOLAR = 0,      // 1: parameters are BIPOLAR
    parameter integer    OUT_WIDTH = 9,       // bits per output element
    parameter integer    OUT_BIPOLAR = 0,    // 1: output elements are BIPOLAR
    parameter            PARAM_FILE = "",    // $readmemh file: CHANNELS/PE words of PE*P_WIDTH bits
    parameter [8*11-1:0] RAM_STYLE = "auto"  // parameter ROM: auto/block/distributed/ultra
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
    localparam integer XB = IN_WIDTH + 1;     // input value bits (signed)
    localparam integer PB = P_WIDTH + 1;      // parameter value bits (signed)
    localparam integer RB = XB + PB;         // result bits: hold any sum or product
    /* verilator lint_off WIDTHEXPAND */     // string literals of different lengths
    localparam integer OP = (FUNC == "add") ? 0 : (FUNC == "mul") ? 1 :
                            (FUNC == "cmp_le") ? 2 : (FUNC == "cmp_ge") ? 3 : -1;
    /* verilator lint_on WIDTHEXPAND */
    /* verilator lint_off WIDTHTRUNC */
    localparam [AW-1:0] CF_LAST = CF - 1;
    /* verilator lint_on WIDTHTRUNC */

    generate
        if (CHANNELS < 1 || PE < 1 || IN_WIDTH < 1 || P_WIDTH < 1 || OUT_WIDTH < 1)
        begin : g_bad_pos
            ERROR_ChannelwiseOp_sizes_must_be_at_least_1 u_error ();
        end
        if (CHANNELS % PE != 0) begin : g_bad_pe
            ERROR_ChannelwiseOp_PE_must_divide_CHANNELS u_error ();
        end
        if (OP < 0) begin : g_bad_func
            ERROR_ChannelwiseOp_FUNC_must_be_add_mul_cmp_le_or_cmp_ge u_error ();
        end
        if ((IN_BIPOLAR != 0 && IN_WIDTH != 1) || (P_BIPOLAR != 0 && P_WIDTH != 1)
            || (OUT_BIPOLAR != 0 && OUT_WIDTH != 1)) begin : g_bad_bipolar
            ERROR_ChannelwiseOp_BIPOLAR_elements_have_1_bit u_error ();
        end
    endgenerate

    // parameters of the channel group of the next beat, read one cycle ahead
    reg [AW-1:0] cf;
    wire out_ready;
    wire take = s_axis_0_tvalid && out_ready;
    wire [AW-1:0] cf_next = (cf == CF_LAST) ? {AW{1'b0}} : cf + 1'b1;
    wire [PE*P_WIDTH-1:0] params;
    assign s_axis_0_tready = out_ready;

    finn_rom #(
        .WIDTH(PE * P_WIDTH), .DEPTH(CF), .ADDR_BITS(AW), .INIT_FILE(PARAM_FILE),
        .RAM_STYLE(RAM_STYLE)
    ) u_params (
        .clk(ap_clk),
        .en(1'b1),
        .addr(take ? cf_next : cf),
        .q(params)
    );

    // decoded operands, result per element
    wire [PE*XB-1:0] xv;
    wire [PE*PB-1:0] pv;
    wire [PE*OUT_WIDTH-1:0] result;
    finn_elem_convert #(
        .N(PE), .IN_WIDTH(IN_WIDTH), .IN_SIGNED(IN_SIGNED), .IN_BIPOLAR(IN_BIPOLAR),
        .OUT_WIDTH(XB), .OUT_SIGNED(1), .OUT_BIPOLAR(0)
    ) u_x (
        .in_data(s_axis_0_tdata),
        .out_data(xv)
    );
    finn_elem_convert #(
        .N(PE), .IN_WIDTH(P_WIDTH), .IN_SIGNED(P_SIGNED), .IN_BIPOLAR(P_BIPOLAR),
        .OUT_WIDTH(PB), .OUT_SIGNED(1), .OUT_BIPOLAR(0)
    ) u_p (
        .in_data(params),
        .out_data(pv)
    );
    genvar g;
    generate
        for (g = 0; g < PE; g = g + 1) begin : g_elem
            wire signed [RB-1:0] x = {{PB{xv[g * XB + XB - 1]}}, xv[g * XB +: XB]};
            wire signed [RB-1:0] p = {{XB{pv[g * PB + PB - 1]}}, pv[g * PB +: PB]};
            /* verilator lint_off UNUSEDSIGNAL */
            wire signed [RB-1:0] r;
            /* verilator lint_on UNUSEDSIGNAL */
            if (OP == 0) begin : g_add
                assign r = x + p;
            end else if (OP == 1) begin : g_mul
                assign r = x * p;
            end else if (OP == 2) begin : g_le
                assign r = {{(RB - 1){1'b0}}, x <= p};
            end else begin : g_ge
                assign r = {{(RB - 1){1'b0}}, x >= p};
            end
            if (OUT_BIPOLAR != 0) begin : g_out_bipolar
                assign result[g] = ~r[RB - 1];
            end else if (OUT_WIDTH <= RB) begin : g_out_int
                assign result[g * OUT_WIDTH +: OUT_WIDTH] = r[OUT_WIDTH - 1:0];
            end else begin : g_out_wide
                assign result[g * OUT_WIDTH +: OUT_WIDTH] = {{(OUT_WIDTH - RB){r[RB - 1]}}, r};
            end
        end
    endgenerate

    always @(posedge ap_clk) begin
        if (!ap_rst_n) begin
            cf <= {AW{1'b0}};
        end else if (take) begin
            cf <= cf_next;
        end
    end

    // output register slice: no combinational path from m_axis_0_tready to the input
    finn_axis_skid #(.WIDTH(PE * OUT_WIDTH)) u_out (
        .ap_clk(ap_clk), .ap_rst_n(ap_rst_n),
        .s_axis_tdata(result), .s_axis_tvalid(s_axis_0_tvalid), .s_axis_tready(out_ready),
        .m_axis_tdata(m_axis_0_tdata), .m_axis_tvalid(m_axis_0_tvalid),
        .m_axis_tready(m_axis_0_tready)
    );
endmodule

`default_nettype wire
