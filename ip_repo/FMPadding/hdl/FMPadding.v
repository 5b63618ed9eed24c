// FMPadding: pads an NHWC image stream with PAD_TOP / PAD_LEFT / PAD_BOTTOM / PAD_RIGHT
// rows and columns of PAD_VALUE.
//
// Beats carry SIMD channels of one pixel (element 0 in the least significant bits). One
// output beat per cycle; an input beat is taken for each pixel inside the image. Beats
// leave through a register slice (finn_axis_skid): no combinational path from
// m_axis_0_tready to s_axis_0_tready.
// Elements are converted from the input to the output encoding (finn_elem_convert).
`default_nettype none

module FMPadding #(
    parameter integer IMG_H = 4,        // input image height
    parameter integer IMG_W = 4,        // input image width
    parameter integer PAD_TOP = 1,      // rows added above
    parameter integer PAD_LEFT = 1,     // columns added left
    parameter integer PAD_BOTTOM = 1,   // rows added below
    parameter integer PAD_RIGHT = 1,    // columns added right
    parameter integer CHANNELS = 2,     // channels per pixel
    parameter integer SIMD = 1,         // channels per beat; divides CHANNELS
    parameter integer IN_WIDTH = 8,      // bits per input element
    parameter integer IN_SIGNED = 0,    // 1: input elements are two's complement
    parameter integer IN_BIPOLAR = 0,   // 1: input elements are BIPOLAR (1 bit, 1 = +1, 0 = -1)
    parameter integer OUT_WIDTH = 8,    // bits per output element (<= 64)
    parameter integer OUT_SIGNED = 0,   // 1: output elements are two's complement
    parameter integer OUT_BIPOLAR = 0,  // 1: output elements are BIPOLAR
    parameter [63:0]  PAD_VALUE = 0     // padding element in the output encoding (low OUT_WIDTH)
) (
    input  wire                     ap_clk,
    input  wire                     ap_rst_n,  // active-low synchronous reset
    input  wire [SIMD*IN_WIDTH-1:0]  s_axis_0_tdata,
    input  wire                     s_axis_0_tvalid,
    output wire                     s_axis_0_tready,
    output wire [SIMD*OUT_WIDTH-1:0] m_axis_0_tdata,
    output wire                     m_axis_0_tvalid,
    input  wire                     m_axis_0_tready
);
    localparam integer CF = CHANNELS / SIMD;
    localparam integer OUT_H = IMG_H + PAD_TOP + PAD_BOTTOM;
    localparam integer OUT_W = IMG_W + PAD_LEFT + PAD_RIGHT;
    localparam integer BEAT_OUT = SIMD * OUT_WIDTH;
    localparam integer XW = $clog2(OUT_W + 1);
    localparam integer YW = $clog2(OUT_H + 1);
    localparam integer CFW = (CF > 1) ? $clog2(CF) : 1;
    // constants sized to the counters they are compared with
    /* verilator lint_off WIDTHTRUNC */
    localparam [XW-1:0] X_LAST = OUT_W - 1;
    localparam [YW-1:0] Y_LAST = OUT_H - 1;
    localparam [XW-1:0] X_IN0 = PAD_LEFT;
    localparam [XW-1:0] X_IN1 = PAD_LEFT + IMG_W;
    localparam [YW-1:0] Y_IN0 = PAD_TOP;
    localparam [YW-1:0] Y_IN1 = PAD_TOP + IMG_H;
    localparam [CFW-1:0] CF_LAST = CF - 1;
    /* verilator lint_on WIDTHTRUNC */

    generate
        if (IMG_H < 1 || IMG_W < 1 || CHANNELS < 1 || SIMD < 1 || PAD_TOP < 0 || PAD_LEFT < 0
            || PAD_BOTTOM < 0 || PAD_RIGHT < 0) begin : g_bad_pos
            ERROR_FMPadding_sizes_must_be_positive_and_padding_not_negative u_error ();
        end
        if (CHANNELS % SIMD != 0) begin : g_bad_simd
            ERROR_FMPadding_SIMD_must_divide_CHANNELS u_error ();
        end
        if (OUT_WIDTH > 64) begin : g_bad_width
            ERROR_FMPadding_OUT_WIDTH_must_be_at_most_64 u_error ();
        end
    endgenerate

    wire [BEAT_OUT-1:0] in_conv;
    finn_elem_convert #(
        .N(SIMD), .IN_WIDTH(IN_WIDTH), .IN_SIGNED(IN_SIGNED), .IN_BIPOLAR(IN_BIPOLAR),
        .OUT_WIDTH(OUT_WIDTH), .OUT_SIGNED(OUT_SIGNED), .OUT_BIPOLAR(OUT_BIPOLAR)
    ) u_convert (
        .in_data(s_axis_0_tdata),
        .out_data(in_conv)
    );
    wire [BEAT_OUT-1:0] pad_beat = {SIMD{PAD_VALUE[OUT_WIDTH-1:0]}};

    // ------------------------------------------------ output position
    reg [XW-1:0] x;
    reg [YW-1:0] y;
    reg [CFW-1:0] cf;
    reg in_x;   // PAD_LEFT <= x < PAD_LEFT + IMG_W (updated when x crosses a border)
    reg in_y;   // PAD_TOP <= y < PAD_TOP + IMG_H
    wire out_ready;
    wire in_image = in_x && in_y;
    wire produce = out_ready && (!in_image || s_axis_0_tvalid);
    wire x_next_row = (x == X_LAST);
    wire [XW-1:0] x_next = x_next_row ? {XW{1'b0}} : x + 1'b1;
    wire [YW-1:0] y_next = (y == Y_LAST) ? {YW{1'b0}} : y + 1'b1;
    assign s_axis_0_tready = out_ready && in_image;

    always @(posedge ap_clk) begin
        if (!ap_rst_n) begin
            x <= {XW{1'b0}};
            y <= {YW{1'b0}};
            cf <= {CFW{1'b0}};
            in_x <= (X_IN0 == {XW{1'b0}});
            in_y <= (Y_IN0 == {YW{1'b0}});
        end else if (produce) begin
            cf <= (cf == CF_LAST) ? {CFW{1'b0}} : cf + 1'b1;
            if (cf == CF_LAST) begin
                x <= x_next;
                if (x_next_row) in_x <= (X_IN0 == {XW{1'b0}});
                else if (x_next == X_IN0) in_x <= 1'b1;
                else if (x_next == X_IN1) in_x <= 1'b0;
                if (x_next_row) begin
                    y <= y_next;
                    if (y == Y_LAST) in_y <= (Y_IN0 == {YW{1'b0}});
                    else if (y_next == Y_IN0) in_y <= 1'b1;
                    else if (y_next == Y_IN1) in_y <= 1'b0;
                end
            end
        end
    end

    // output register slice: no combinational path from m_axis_0_tready to the input
    finn_axis_skid #(.WIDTH(BEAT_OUT)) u_out (
        .ap_clk(ap_clk), .ap_rst_n(ap_rst_n),
        .s_axis_tdata(in_image ? in_conv : pad_beat), .s_axis_tvalid(produce),
        .s_axis_tready(out_ready),
        .m_axis_tdata(m_axis_0_tdata), .m_axis_tvalid(m_axis_0_tvalid),
        .m_axis_tready(m_axis_0_tready)
    );
endmodule

`default_nettype wire
