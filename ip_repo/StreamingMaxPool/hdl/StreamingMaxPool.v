// StreamingMaxPool: per-channel maximum over non-overlapping POOL_H x POOL_W windows
// (stride = window) of an NHWC image stream, PE channels per beat (element 0 in the
// least significant bits). CEIL_MODE = 0 drops the rows/columns after the last whole
// window; CEIL_MODE = 1 keeps the partial windows at the bottom/right.
//
// One input beat per cycle: the running maxima of one output row (OUT_W * CHANNELS/PE
// words) are updated in finn_pool_accumulator; an output beat leaves two cycles after
// the last input beat of its window, through a register slice (finn_axis_skid), so no
// combinational path runs from m_axis_0_tready to s_axis_0_tready.
// BIPOLAR data (1 = +1, 0 = -1) orders like unsigned 1-bit data.
`default_nettype none

module StreamingMaxPool #(
    parameter integer IMG_H = 4,              // input image height
    parameter integer IMG_W = 4,              // input image width
    parameter integer POOL_H = 2,             // window height (= vertical stride)
    parameter integer POOL_W = 2,             // window width (= horizontal stride)
    parameter integer CHANNELS = 2,           // channels per pixel
    parameter integer PE = 1,                 // channels per beat; divides CHANNELS
    parameter integer WIDTH = 8,               // bits per element
    parameter integer SIGNED = 0,             // 1: elements are two's complement
    parameter integer CEIL_MODE = 0,          // 1: keep partial windows (output size rounded up)
    parameter [8*11-1:0] RAM_STYLE = "auto"   // running maxima: auto/block/distributed/ultra
) (
    input  wire                 ap_clk,
    input  wire                 ap_rst_n,  // active-low synchronous reset
    input  wire [PE*WIDTH-1:0]   s_axis_0_tdata,
    input  wire                 s_axis_0_tvalid,
    output wire                 s_axis_0_tready,
    output wire [PE*WIDTH-1:0]   m_axis_0_tdata,
    output wire                 m_axis_0_tvalid,
    input  wire                 m_axis_0_tready
);
    localparam integer CF = CHANNELS / PE;
    localparam integer OUT_H = (CEIL_MODE != 0) ? (IMG_H + POOL_H - 1) / POOL_H : IMG_H / POOL_H;
    localparam integer OUT_W = (CEIL_MODE != 0) ? (IMG_W + POOL_W - 1) / POOL_W : IMG_W / POOL_W;
    localparam integer DEPTH = OUT_W * CF;
    localparam integer AW = (DEPTH > 1) ? $clog2(DEPTH) : 1;
    localparam integer XW = (IMG_W > 1) ? $clog2(IMG_W) : 1;
    localparam integer YW = (IMG_H > 1) ? $clog2(IMG_H) : 1;
    localparam integer KXW = (POOL_W > 1) ? $clog2(POOL_W) : 1;
    localparam integer KYW = (POOL_H > 1) ? $clog2(POOL_H) : 1;
    localparam integer CFW = (CF > 1) ? $clog2(CF) : 1;
    // constants sized to the counters they are compared with / added to
    /* verilator lint_off WIDTHTRUNC */
    localparam [XW-1:0]  X_LAST = IMG_W - 1;
    localparam [YW-1:0]  Y_LAST = IMG_H - 1;
    localparam [XW:0]    X_USED = OUT_W * POOL_W;  // columns inside some window
    localparam [YW:0]    Y_USED = OUT_H * POOL_H;  // rows inside some window
    localparam [KXW-1:0] KX_LAST = POOL_W - 1;
    localparam [KYW-1:0] KY_LAST = POOL_H - 1;
    localparam [CFW-1:0] CF_LAST = CF - 1;
    localparam [AW-1:0]  CF_A = CF;
    /* verilator lint_on WIDTHTRUNC */

    generate
        if (IMG_H < 1 || IMG_W < 1 || POOL_H < 1 || POOL_W < 1 || CHANNELS < 1 || PE < 1
            || WIDTH < 1) begin : g_bad_pos
            ERROR_StreamingMaxPool_sizes_must_be_at_least_1 u_error ();
        end
        if (CHANNELS % PE != 0) begin : g_bad_pe
            ERROR_StreamingMaxPool_PE_must_divide_CHANNELS u_error ();
        end
        if (POOL_H > IMG_H || POOL_W > IMG_W) begin : g_bad_pool
            ERROR_StreamingMaxPool_window_larger_than_image u_error ();
        end
    endgenerate

    // position of the next input beat
    reg [XW-1:0]  x;
    reg [YW-1:0]  y;
    reg [KXW-1:0] kx;
    reg [KYW-1:0] ky;
    reg [CFW-1:0] cf;
    reg [AW-1:0]  col_base;  // output column * CF
    wire acc_valid;
    wire [PE*WIDTH-1:0] acc_data;
    // output register slice: no combinational path from m_axis_0_tready to the input
    wire out_ready;
    finn_axis_skid #(.WIDTH(PE * WIDTH)) u_out (
        .ap_clk(ap_clk), .ap_rst_n(ap_rst_n),
        .s_axis_tdata(acc_data), .s_axis_tvalid(acc_valid), .s_axis_tready(out_ready),
        .m_axis_tdata(m_axis_0_tdata), .m_axis_tvalid(m_axis_0_tvalid),
        .m_axis_tready(m_axis_0_tready)
    );
    wire en = out_ready;
    wire take = s_axis_0_tvalid && en;
    wire cf_wrap = (cf == CF_LAST);
    wire row_end = (x == X_LAST);
    wire col_wrap = row_end || (kx == KX_LAST);
    wire used = ({1'b0, x} < X_USED) && ({1'b0, y} < Y_USED);
    wire first = (kx == {KXW{1'b0}}) && (ky == {KYW{1'b0}});
    wire last = col_wrap && ((ky == KY_LAST) || (y == Y_LAST));
    /* verilator lint_off WIDTHEXPAND */
    wire [AW-1:0] addr = col_base + cf;
    /* verilator lint_on WIDTHEXPAND */
    assign s_axis_0_tready = en;

    always @(posedge ap_clk) begin
        if (!ap_rst_n) begin
            x <= {XW{1'b0}};
            y <= {YW{1'b0}};
            kx <= {KXW{1'b0}};
            ky <= {KYW{1'b0}};
            cf <= {CFW{1'b0}};
            col_base <= {AW{1'b0}};
        end else if (take) begin
            cf <= cf_wrap ? {CFW{1'b0}} : cf + 1'b1;
            if (cf_wrap) begin
                x <= row_end ? {XW{1'b0}} : x + 1'b1;
                kx <= col_wrap ? {KXW{1'b0}} : kx + 1'b1;
                if (row_end) col_base <= {AW{1'b0}};
                // (beyond DEPTH only in columns no window uses)
                else if (kx == KX_LAST) col_base <= col_base + CF_A;
                if (row_end) begin
                    y <= (y == Y_LAST) ? {YW{1'b0}} : y + 1'b1;
                    ky <= (y == Y_LAST || ky == KY_LAST) ? {KYW{1'b0}} : ky + 1'b1;
                end
            end
        end
    end

    finn_pool_accumulator #(
        .N(PE), .WIDTH(WIDTH), .SIGNED(SIGNED), .FUNC(0), .DEPTH(DEPTH), .ADDR_BITS(AW),
        .RAM_STYLE(RAM_STYLE)
    ) u_acc (
        .clk(ap_clk),
        .rst_n(ap_rst_n),
        .en(en),
        .in_valid(take && used),
        .in_first(first),
        .in_last(last),
        .in_addr(addr),
        .in_data(s_axis_0_tdata),
        .out_valid(acc_valid),
        .out_data(acc_data)
    );
endmodule

`default_nettype wire
