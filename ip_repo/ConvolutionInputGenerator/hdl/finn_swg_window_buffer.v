// Buffered sliding-window generator: one beat (SIMD elements of one pixel) per cycle.
// A circular line buffer of BUF_DEPTH beats holds the newest input beats. The read side
// walks the window of each output pixel and reads a beat as soon as it has arrived; the
// write side accepts input while the beats from the current window's first beat up to
// the newest one fit in the buffer. `fill` counts the beats written beyond the current
// window's first beat (negative while skipping input that no window uses).
// s_ready depends on registers only; m_ready steers the read side.
`default_nettype none

module finn_swg_window_buffer #(
    parameter integer IFM_H = 4,          // input image height (rows)
    parameter integer IFM_W = 4,          // input image width (columns)
    parameter integer K_H = 3,            // kernel height
    parameter integer K_W = 3,            // kernel width
    parameter integer STRIDE_H = 1,       // vertical stride
    parameter integer STRIDE_W = 1,       // horizontal stride
    parameter integer DIL_H = 1,          // vertical dilation
    parameter integer DIL_W = 1,          // horizontal dilation
    parameter integer CF = 1,             // beats per pixel (channels / SIMD)
    parameter integer BEAT_BITS = 8,      // bits per beat
    parameter integer DEPTHWISE = 0,      // 0: beats (kh, kw, cf), cf fastest; 1: (cf, kh, kw)
    parameter integer BUF_DEPTH = 32,     // line buffer depth in beats, >= window span
    parameter [8*11-1:0] RAM_STYLE = "auto"  // line buffer hint: auto/block/distributed/ultra
) (
    input  wire                 ap_clk,    // clock
    input  wire                 ap_rst_n,  // synchronous reset, active low
    input  wire [BEAT_BITS-1:0] s_data,    // input beat
    input  wire                 s_valid,   // input valid
    output wire                 s_ready,   // input ready
    output wire [BEAT_BITS-1:0] m_data,    // output beat
    output reg                  m_valid,   // output valid
    input  wire                 m_ready    // output ready
);
    localparam integer OFM_H = (IFM_H - DIL_H * (K_H - 1) - 1) / STRIDE_H + 1;
    localparam integer OFM_W = (IFM_W - DIL_W * (K_W - 1) - 1) / STRIDE_W + 1;
    localparam integer SPAN = ((K_H - 1) * DIL_H * IFM_W + (K_W - 1) * DIL_W + 1) * CF;
    localparam integer STEP_PIX = STRIDE_W * CF;
    localparam integer STEP_ROW = (STRIDE_H * IFM_W - (OFM_W - 1) * STRIDE_W) * CF;
    localparam integer STEP_FRAME = (IFM_H * IFM_W - (OFM_H - 1) * STRIDE_H * IFM_W
                                     - (OFM_W - 1) * STRIDE_W) * CF;
    localparam integer STEP_MAX = (STEP_FRAME > STEP_ROW) ?
                                  ((STEP_FRAME > STEP_PIX) ? STEP_FRAME : STEP_PIX) :
                                  ((STEP_ROW > STEP_PIX) ? STEP_ROW : STEP_PIX);
    localparam integer RANGE = (BUF_DEPTH > STEP_MAX) ? BUF_DEPTH : STEP_MAX;
    localparam integer FW = $clog2(RANGE + 1) + 1;  // signed fill / offset width
    localparam integer AW = (BUF_DEPTH > 1) ? $clog2(BUF_DEPTH) : 1;
    localparam integer KHW = (K_H > 1) ? $clog2(K_H) : 1;
    localparam integer KWW = (K_W > 1) ? $clog2(K_W) : 1;
    localparam integer CFW = (CF > 1) ? $clog2(CF) : 1;
    localparam integer OXW = (OFM_W > 1) ? $clog2(OFM_W) : 1;
    localparam integer OYW = (OFM_H > 1) ? $clog2(OFM_H) : 1;

    // constants sized to the counters they are compared with / added to
    /* verilator lint_off WIDTHTRUNC */
    localparam [KHW-1:0] KH_LAST = K_H - 1;
    localparam [KWW-1:0] KW_LAST = K_W - 1;
    localparam [CFW-1:0] CF_LAST = CF - 1;
    localparam [OXW-1:0] OX_LAST = OFM_W - 1;
    localparam [OYW-1:0] OY_LAST = OFM_H - 1;
    localparam [FW-1:0] ROW_INC = DIL_H * IFM_W * CF;
    localparam [FW-1:0] COL_INC = DIL_W * CF;
    localparam [FW-1:0] STEP_PIX_F = STEP_PIX;
    localparam [FW-1:0] STEP_ROW_F = STEP_ROW;
    localparam [FW-1:0] STEP_FRAME_F = STEP_FRAME;
    localparam [FW-1:0] DEPTH_F = BUF_DEPTH;
    localparam [AW-1:0] ADDR_LAST = BUF_DEPTH - 1;
    localparam [AW:0] DEPTH_A = BUF_DEPTH;
    localparam [AW:0] PIX_MOD = STEP_PIX % BUF_DEPTH;
    localparam [AW:0] ROW_MOD = STEP_ROW % BUF_DEPTH;
    localparam [AW:0] FRAME_MOD = STEP_FRAME % BUF_DEPTH;
    /* verilator lint_on WIDTHTRUNC */
    localparam DW_ORDER = (DEPTHWISE != 0);

    generate
        if (BUF_DEPTH < SPAN) begin : g_bad_depth
            ERROR_finn_swg_window_buffer_BUF_DEPTH_below_window_span u_error ();
        end
        if (OFM_H < 1 || OFM_W < 1 || CF < 1 || BEAT_BITS < 1) begin : g_bad_shape
            ERROR_finn_swg_window_buffer_kernel_larger_than_image u_error ();
        end
    endgenerate

    // ------------------------------------------------------------ read side
    reg [KHW-1:0] kh;
    reg [KWW-1:0] kw;
    reg [CFW-1:0] cf;
    reg [FW-1:0] row_off;          // kh * DIL_H * IFM_W * CF
    reg [FW-1:0] col_off;          // kw * DIL_W * CF
    reg [OXW-1:0] ox;
    reg [OYW-1:0] oy;
    reg [AW-1:0] base_addr;        // buffer address of the window's first beat
    reg signed [FW-1:0] fill;      // beats written beyond the window's first beat
    reg [AW-1:0] wr_addr;

    wire [FW-1:0] off = row_off + col_off + {{(FW - CFW){1'b0}}, cf};
    wire issue = ($signed(off) < fill) && (!m_valid || m_ready);
    wire kh_last = (kh == KH_LAST);
    wire kw_last = (kw == KW_LAST);
    wire cf_last = (cf == CF_LAST);
    wire pix_done = issue && kh_last && kw_last && cf_last;
    wire row_end = (ox == OX_LAST);
    wire frame_end = row_end && (oy == OY_LAST);
    wire cf_step = DW_ORDER ? (kw_last && kh_last) : 1'b1;
    wire kw_step = DW_ORDER ? 1'b1 : cf_last;
    wire kh_step = DW_ORDER ? kw_last : (cf_last && kw_last);
    wire [FW-1:0] step = frame_end ? STEP_FRAME_F : (row_end ? STEP_ROW_F : STEP_PIX_F);
    wire [AW:0] step_mod = frame_end ? FRAME_MOD : (row_end ? ROW_MOD : PIX_MOD);

    /* verilator lint_off UNUSEDSIGNAL */
    wire [AW:0] rd_sum = {1'b0, base_addr} + {1'b0, off[AW-1:0]};
    wire [AW:0] rd_wrap = rd_sum - DEPTH_A;
    wire [AW:0] base_sum = {1'b0, base_addr} + step_mod;
    wire [AW:0] base_wrap = base_sum - DEPTH_A;
    /* verilator lint_on UNUSEDSIGNAL */
    wire [AW-1:0] rd_addr = (rd_sum >= DEPTH_A) ? rd_wrap[AW-1:0] : rd_sum[AW-1:0];

    // ----------------------------------------------------------- write side
    assign s_ready = (fill < $signed(DEPTH_F));
    wire wr = s_valid && s_ready;

    always @(posedge ap_clk) begin
        if (!ap_rst_n) begin
            kh <= {KHW{1'b0}};
            kw <= {KWW{1'b0}};
            cf <= {CFW{1'b0}};
            row_off <= {FW{1'b0}};
            col_off <= {FW{1'b0}};
            ox <= {OXW{1'b0}};
            oy <= {OYW{1'b0}};
            base_addr <= {AW{1'b0}};
            fill <= {FW{1'b0}};
            wr_addr <= {AW{1'b0}};
            m_valid <= 1'b0;
        end else begin
            m_valid <= issue || (m_valid && !m_ready);
            if (wr) wr_addr <= (wr_addr == ADDR_LAST) ? {AW{1'b0}} : wr_addr + 1'b1;
            fill <= fill + $signed({{(FW - 1){1'b0}}, wr}) - $signed(pix_done ? step : {FW{1'b0}});
            if (issue && cf_step) cf <= cf_last ? {CFW{1'b0}} : cf + 1'b1;
            if (issue && kw_step) begin
                kw <= kw_last ? {KWW{1'b0}} : kw + 1'b1;
                col_off <= kw_last ? {FW{1'b0}} : col_off + COL_INC;
            end
            if (issue && kh_step) begin
                kh <= kh_last ? {KHW{1'b0}} : kh + 1'b1;
                row_off <= kh_last ? {FW{1'b0}} : row_off + ROW_INC;
            end
            if (pix_done) begin
                base_addr <= (base_sum >= DEPTH_A) ? base_wrap[AW-1:0] : base_sum[AW-1:0];
                ox <= row_end ? {OXW{1'b0}} : ox + 1'b1;
                if (row_end) oy <= frame_end ? {OYW{1'b0}} : oy + 1'b1;
            end
        end
    end

    finn_sdp_ram #(
        .DEPTH(BUF_DEPTH),
        .WIDTH(BEAT_BITS),
        .ADDR_BITS(AW),
        .RAM_STYLE(RAM_STYLE)
    ) u_buffer (
        .clk(ap_clk),
        .wr_en(wr),
        .wr_addr(wr_addr),
        .wr_data(s_data),
        .rd_en(issue),
        .rd_addr(rd_addr),
        .rd_data(m_data)
    );
endmodule

`default_nettype wire
