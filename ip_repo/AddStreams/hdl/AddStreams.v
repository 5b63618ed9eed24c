// AddStreams: element-wise sum A_MUL*a + B_MUL*b of two AXI-Streams, PE lanes per beat
// (A_MUL = B_MUL = 1: the plain sum; other positive constants add two tensors whose
// scales are in the ratio A_MUL : B_MUL).
//
// Lane i of a beat is bits [i*W +: W] of TDATA (element 0 in the least significant
// bits). Each input element is decoded per its type (unsigned, two's complement
// signed, or bipolar: bit 1 = +1, bit 0 = -1), the exact sum is formed and its low
// O_WIDTH bits are output (two's complement when the sum can be negative; the
// output type must hold every sum). A beat is taken from both inputs together;
// the output is a register slice: full throughput, registered m_axis_0_tvalid, and
// no combinational path from m_axis_0_tready to the input readies.
`default_nettype none

module AddStreams #(
    parameter integer PE        = 1,  // elements per beat (lanes), >= 1
    parameter integer A_WIDTH   = 8,  // bits per element of input 0, >= 1
    parameter integer A_SIGNED  = 0,  // input 0 is two's complement signed (0/1)
    parameter integer A_BIPOLAR = 0,  // input 0 is bipolar (0/1); needs A_WIDTH = 1, A_SIGNED = 0
    parameter integer B_WIDTH   = 8,  // bits per element of input 1, >= 1
    parameter integer B_SIGNED  = 0,  // input 1 is two's complement signed (0/1)
    parameter integer B_BIPOLAR = 0,  // input 1 is bipolar (0/1); needs B_WIDTH = 1, B_SIGNED = 0
    parameter integer O_WIDTH   = 9,  // bits per output element, >= 1
    parameter integer A_MUL     = 1,  // constant factor of input 0, >= 1
    parameter integer B_MUL     = 1   // constant factor of input 1, >= 1
) (
    input  wire                    ap_clk,
    input  wire                    ap_rst_n,   // active-low synchronous reset
    input  wire [PE*A_WIDTH-1:0]   s_axis_0_tdata,
    input  wire                    s_axis_0_tvalid,
    output wire                    s_axis_0_tready,
    input  wire [PE*B_WIDTH-1:0]   s_axis_1_tdata,
    input  wire                    s_axis_1_tvalid,
    output wire                    s_axis_1_tready,
    output wire [PE*O_WIDTH-1:0]   m_axis_0_tdata,
    output wire                    m_axis_0_tvalid,
    input  wire                    m_axis_0_tready
);
    // Width of the exact sum: wide enough for both scaled operands and the output.
    localparam integer AW = A_WIDTH + $clog2(A_MUL + 1);
    localparam integer BW = B_WIDTH + $clog2(B_MUL + 1);
    localparam integer SW = ((AW > BW) ? AW : BW) > O_WIDTH
                          ? ((AW > BW) ? AW : BW) + 2 : O_WIDTH + 2;

    generate
        if (PE < 1 || A_WIDTH < 1 || B_WIDTH < 1 || O_WIDTH < 1) begin : g_bad_width
            ERROR_AddStreams_PE_and_widths_must_be_at_least_1 u_error ();
        end
        if (A_MUL < 1 || B_MUL < 1) begin : g_bad_mul
            ERROR_AddStreams_A_MUL_and_B_MUL_must_be_at_least_1 u_error ();
        end
        if (A_SIGNED < 0 || A_SIGNED > 1 || B_SIGNED < 0 || B_SIGNED > 1
                || A_BIPOLAR < 0 || A_BIPOLAR > 1 || B_BIPOLAR < 0 || B_BIPOLAR > 1) begin : g_bad_flag
            ERROR_AddStreams_SIGNED_and_BIPOLAR_must_be_0_or_1 u_error ();
        end
        if ((A_BIPOLAR == 1 && (A_WIDTH != 1 || A_SIGNED != 0))
                || (B_BIPOLAR == 1 && (B_WIDTH != 1 || B_SIGNED != 0))) begin : g_bad_bipolar
            ERROR_AddStreams_BIPOLAR_input_needs_WIDTH_1_and_SIGNED_0 u_error ();
        end
    endgenerate

    wire [PE*O_WIDTH-1:0] sum;
    wire                  sum_ready;

    genvar i;
    generate
        for (i = 0; i < PE; i = i + 1) begin : g_lane
            wire [A_WIDTH-1:0] a = s_axis_0_tdata[i*A_WIDTH +: A_WIDTH];
            wire [B_WIDTH-1:0] b = s_axis_1_tdata[i*B_WIDTH +: B_WIDTH];
            wire [SW-1:0] a_ext = (A_BIPOLAR == 1) ? (a[0] ? {{(SW-1){1'b0}}, 1'b1} : {SW{1'b1}})
                                : {{(SW-A_WIDTH){(A_SIGNED == 1) & a[A_WIDTH-1]}}, a};
            wire [SW-1:0] b_ext = (B_BIPOLAR == 1) ? (b[0] ? {{(SW-1){1'b0}}, 1'b1} : {SW{1'b1}})
                                : {{(SW-B_WIDTH){(B_SIGNED == 1) & b[B_WIDTH-1]}}, b};
            /* verilator lint_off UNUSEDSIGNAL */  // the sum's bits above O_WIDTH
            wire [SW-1:0] lane_sum = a_ext * A_MUL[SW-1:0] + b_ext * B_MUL[SW-1:0];
            /* verilator lint_on UNUSEDSIGNAL */
            assign sum[i*O_WIDTH +: O_WIDTH] = lane_sum[O_WIDTH-1:0];
        end
    endgenerate

    // A beat moves only when both inputs offer one and the output slice has room.
    assign s_axis_0_tready = sum_ready && s_axis_1_tvalid;
    assign s_axis_1_tready = sum_ready && s_axis_0_tvalid;

    finn_axis_skid #(.WIDTH(PE*O_WIDTH)) u_out (
        .ap_clk(ap_clk), .ap_rst_n(ap_rst_n),
        .s_axis_tdata(sum), .s_axis_tvalid(s_axis_0_tvalid && s_axis_1_tvalid),
        .s_axis_tready(sum_ready),
        .m_axis_tdata(m_axis_0_tdata), .m_axis_tvalid(m_axis_0_tvalid),
        .m_axis_tready(m_axis_0_tready)
    );
endmodule

`default_nettype wire
