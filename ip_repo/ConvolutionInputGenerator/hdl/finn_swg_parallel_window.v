// Parallel-window sliding-window generator: one input pixel per cycle in, one whole window
// (K_H * K_W pixels, ordered (kh, kw), pixel 0 in the LSBs) per output beat.
// The newest pixels form a delay line: per kernel row a register segment covering the
// dilated kernel width, and between rows a RAM delay holding the rest of the image row.
// The line advances on every accepted pixel; a window is presented after the pixel that
// completes it and holds the input until it has been taken.
`default_nettype none

module finn_swg_parallel_window #(
    parameter integer IFM_H = 4,          // input image height (rows)
    parameter integer IFM_W = 4,          // input image width (columns)
    parameter integer K_H = 3,            // kernel height
    parameter integer K_W = 3,            // kernel width
    parameter integer STRIDE_H = 1,       // vertical stride
    parameter integer STRIDE_W = 1,       // horizontal stride
    parameter integer DIL_H = 1,          // vertical dilation
    parameter integer DIL_W = 1,          // horizontal dilation
    parameter integer PIX_BITS = 8,       // bits per pixel (all channels)
    parameter [8*11-1:0] RAM_STYLE = "auto"  // row delay hint: auto/block/distributed/ultra
) (
    input  wire                          ap_clk,    // clock
    input  wire                          ap_rst_n,  // synchronous reset, active low
    input  wire [PIX_BITS-1:0]           s_data,    // input pixel
    input  wire                          s_valid,   // input valid
    output wire                          s_ready,   // input ready
    output wire [K_H*K_W*PIX_BITS-1:0]   m_data,    // output window
    output reg                           m_valid,   // output valid
    input  wire                          m_ready    // output ready
);
    localparam integer OFM_H = (IFM_H - DIL_H * (K_H - 1) - 1) / STRIDE_H + 1;
    localparam integer OFM_W = (IFM_W - DIL_W * (K_W - 1) - 1) / STRIDE_W + 1;
    localparam integer SEGW = (K_W - 1) * DIL_W + 1;  // register segment per kernel row
    localparam integer GAP = DIL_H * IFM_W - SEGW;    // RAM delay between kernel rows
    localparam integer GW = (GAP > 1) ? $clog2(GAP) : 1;
    localparam integer XW = (IFM_W > 1) ? $clog2(IFM_W) : 1;
    localparam integer YW = (IFM_H > 1) ? $clog2(IFM_H) : 1;
    // constants sized to the counters they are compared with / added to
    /* verilator lint_off WIDTHTRUNC */
    localparam [XW-1:0] X_LAST = IFM_W - 1;
    localparam [YW-1:0] Y_LAST = IFM_H - 1;
    localparam [XW-1:0] X_FIRST_HIT = (K_W - 1) * DIL_W;
    localparam [YW-1:0] Y_FIRST_HIT = (K_H - 1) * DIL_H;
    localparam [XW-1:0] X_LAST_HIT = (K_W - 1) * DIL_W + (OFM_W - 1) * STRIDE_W;
    localparam [YW-1:0] Y_LAST_HIT = (K_H - 1) * DIL_H + (OFM_H - 1) * STRIDE_H;
    localparam [XW-1:0] X_STEP = STRIDE_W;
    localparam [YW-1:0] Y_STEP = STRIDE_H;
    localparam [GW-1:0] GAP_LAST = GAP - 1;
    /* verilator lint_on WIDTHTRUNC */

    generate
        if (OFM_H < 1 || OFM_W < 1 || PIX_BITS < 1 || GAP < 0) begin : g_bad_shape
            ERROR_finn_swg_parallel_window_kernel_larger_than_image u_error ();
        end
    endgenerate

    assign s_ready = !m_valid || m_ready;
    wire accept = s_valid && s_ready;

    // ------------------------------------------------ position of the accepted pixel
    reg [XW-1:0] x;
    reg [YW-1:0] y;
    reg [XW-1:0] next_x;   // next column that completes a window
    reg [YW-1:0] next_y;   // next row that completes a window
    reg [GW-1:0] gap_ptr;
    wire row_end = (x == X_LAST);
    wire hit_x = (x == next_x);
    wire hit_y = (y == next_y);

    always @(posedge ap_clk) begin
        if (!ap_rst_n) begin
            x <= {XW{1'b0}};
            y <= {YW{1'b0}};
            next_x <= X_FIRST_HIT;
            next_y <= Y_FIRST_HIT;
            gap_ptr <= {GW{1'b0}};
            m_valid <= 1'b0;
        end else if (accept) begin
            m_valid <= hit_x && hit_y;
            gap_ptr <= (gap_ptr == GAP_LAST) ? {GW{1'b0}} : gap_ptr + 1'b1;
            x <= row_end ? {XW{1'b0}} : x + 1'b1;
            if (row_end) begin
                next_x <= X_FIRST_HIT;
                y <= (y == Y_LAST) ? {YW{1'b0}} : y + 1'b1;
                if (y == Y_LAST) next_y <= Y_FIRST_HIT;
                else if (hit_y && (next_y != Y_LAST_HIT)) next_y <= next_y + Y_STEP;
            end else if (hit_x && (next_x != X_LAST_HIT)) begin
                next_x <= next_x + X_STEP;
            end
        end else if (m_ready) begin
            m_valid <= 1'b0;
        end
    end

    // ------------------------------------------------------------- delay line
    // chunk r*SEGW + j holds the pixel accepted (r*DIL_H*IFM_W + j) pixels before the newest
    /* verilator lint_off UNUSEDSIGNAL */
    wire [K_H*SEGW*PIX_BITS-1:0] line;  // dilation gaps and the last segment's tail are not taps
    /* verilator lint_on UNUSEDSIGNAL */
    genvar r, kh, kw;
    generate
        for (r = 0; r < K_H; r = r + 1) begin : g_row
            wire [PIX_BITS-1:0] head;
            if (r == 0) begin : g_input
                reg [PIX_BITS-1:0] head_q;
                always @(posedge ap_clk) if (accept) head_q <= s_data;
                assign head = head_q;
            end else if (GAP == 0) begin : g_reg
                reg [PIX_BITS-1:0] head_q;
                always @(posedge ap_clk)
                    if (accept) head_q <= line[((r - 1) * SEGW + SEGW - 1) * PIX_BITS +: PIX_BITS];
                assign head = head_q;
            end else begin : g_ram
                finn_sdp_ram #(
                    .DEPTH(GAP),
                    .WIDTH(PIX_BITS),
                    .ADDR_BITS(GW),
                    .RAM_STYLE(RAM_STYLE)
                ) u_gap (
                    .clk(ap_clk),
                    .wr_en(accept),
                    .wr_addr(gap_ptr),
                    .wr_data(line[((r - 1) * SEGW + SEGW - 1) * PIX_BITS +: PIX_BITS]),
                    .rd_en(accept),
                    .rd_addr(gap_ptr),
                    .rd_data(head)
                );
            end
            assign line[r * SEGW * PIX_BITS +: PIX_BITS] = head;
            if (SEGW > 1) begin : g_segment
                reg [(SEGW-1)*PIX_BITS-1:0] rest;
                /* verilator lint_off UNUSEDSIGNAL */
                wire [SEGW*PIX_BITS-1:0] shifted = {rest, head};
                /* verilator lint_on UNUSEDSIGNAL */
                always @(posedge ap_clk) if (accept) rest <= shifted[(SEGW-1)*PIX_BITS-1:0];
                assign line[(r * SEGW + 1) * PIX_BITS +: (SEGW - 1) * PIX_BITS] = rest;
            end
        end
        for (kh = 0; kh < K_H; kh = kh + 1) begin : g_tap_h
            for (kw = 0; kw < K_W; kw = kw + 1) begin : g_tap_w
                assign m_data[(kh * K_W + kw) * PIX_BITS +: PIX_BITS] =
                    line[((K_H - 1 - kh) * SEGW + (K_W - 1 - kw) * DIL_W) * PIX_BITS +: PIX_BITS];
            end
        end
    endgenerate
endmodule

`default_nettype wire
