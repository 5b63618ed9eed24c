// Buffered sliding-window generator: one beat (SIMD elements of one pixel) per cycle.
// A circular line buffer of BUF_DEPTH beats holds the newest input beats. The read side
// walks the window of each output pixel and reads a beat as soon as it has arrived; the
// write side accepts input while the beats from the current window's first beat up to
// the newest one fit in the buffer (`fill` beats: those written beyond the current
// window's first beat, negative while skipping input that no window uses).
//
// The walk runs ahead of the reads, so that every register-to-register path holds at
// most one carry chain. Consecutive entries of the walk (beats of the windows, in output
// order) differ by one of six constant offset steps, the step's class: next beat of the
// fastest loop, of the middle loop, of the slowest loop, next pixel, next row, next
// frame. Three stages, each one entry ahead of the next:
//   counters - loop counters with registered "last" flags; their class;
//   walker   - wrapped buffer address, the class of the step after it, and that step's
//              address increment with and without the wrap (both registered);
//   issue    - buffer address and class of the entry read next, and two counts whose
//              sign bits decide: `avail` = fill - (offset of the entry) - 1 (the entry
//              has arrived when >= 0) and `room` = BUF_DEPTH - 1 - fill (input is
//              accepted when >= 0). Both move by constants picked by the class.
// The stages advance on every read and in the cycle after reset (when nothing can be
// read yet), so beats are read and accepted in the same cycles as by a walk computed in
// the reading cycle. s_ready depends on registers only; m_ready steers the read side.
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
    // fill >= SPAN when a window's last beat is read, so fill >= SPAN - STEP_MAX after it:
    // avail >= -STEP_MAX and room <= BUF_DEPTH - 1 + max(0, STEP_MAX - SPAN)
    localparam integer SKIP = (STEP_MAX > SPAN) ? STEP_MAX - SPAN : 0;
    localparam integer RANGE = (BUF_DEPTH + SKIP > STEP_MAX) ? BUF_DEPTH + SKIP : STEP_MAX;
    localparam integer CW = $clog2(RANGE + 1) + 1;  // signed width of avail and room
    localparam integer AW = (BUF_DEPTH > 1) ? $clog2(BUF_DEPTH) : 1;
    localparam DW_ORDER = (DEPTHWISE != 0);

    // the three window loops, fastest first: (cf, kw, kh), or (kw, kh, cf) depthwise
    localparam integer N_A = DW_ORDER ? K_W : CF;
    localparam integer N_B = DW_ORDER ? K_H : K_W;
    localparam integer N_C = DW_ORDER ? CF : K_H;
    // offset of beat (kh, kw, cf) from the window's first beat:
    // kh * ROW_INC + kw * COL_INC + cf; the offset change of each step
    localparam integer ROW_INC = DIL_H * IFM_W * CF;
    localparam integer COL_INC = DIL_W * CF;
    localparam integer INC_A = DW_ORDER ? COL_INC : 1;
    localparam integer INC_B = DW_ORDER ? ROW_INC : COL_INC;
    localparam integer INC_C = DW_ORDER ? 1 : ROW_INC;
    localparam integer D_A = INC_A;
    localparam integer D_B = INC_B - (N_A - 1) * INC_A;
    localparam integer D_C = INC_C - (N_B - 1) * INC_B - (N_A - 1) * INC_A;
    // the last beat of every window is at offset SPAN - 1 (both orders)
    localparam integer D_PIX = STEP_PIX - (SPAN - 1);
    localparam integer D_ROW = STEP_ROW - (SPAN - 1);
    localparam integer D_FRAME = STEP_FRAME - (SPAN - 1);

    // step classes (bit 2: the window's last beat, bits 1:0 select the step)
    localparam [2:0] CL_A = 3'd0, CL_B = 3'd1, CL_C = 3'd2;
    localparam [2:0] CL_PIX = 3'd4, CL_ROW = 3'd5, CL_FRAME = 3'd6;

    // per class: the offset change modulo BUF_DEPTH (address step), the same minus
    // BUF_DEPTH (address step with wrap), minus the offset change (avail) and the
    // window's move minus 1 (room)
    localparam integer M_A = ((D_A % BUF_DEPTH) + BUF_DEPTH) % BUF_DEPTH;
    localparam integer M_B = ((D_B % BUF_DEPTH) + BUF_DEPTH) % BUF_DEPTH;
    localparam integer M_C = ((D_C % BUF_DEPTH) + BUF_DEPTH) % BUF_DEPTH;
    localparam integer M_PIX = ((D_PIX % BUF_DEPTH) + BUF_DEPTH) % BUF_DEPTH;
    localparam integer M_ROW = ((D_ROW % BUF_DEPTH) + BUF_DEPTH) % BUF_DEPTH;
    localparam integer M_FRAME = ((D_FRAME % BUF_DEPTH) + BUF_DEPTH) % BUF_DEPTH;
    /* verilator lint_off WIDTHTRUNC */
    localparam [AW:0] AI_A = M_A, AI_B = M_B, AI_C = M_C;
    localparam [AW:0] AI_PIX = M_PIX, AI_ROW = M_ROW, AI_FRAME = M_FRAME;
    localparam [AW:0] AX_A = M_A - BUF_DEPTH, AX_B = M_B - BUF_DEPTH, AX_C = M_C - BUF_DEPTH;
    localparam [AW:0] AX_PIX = M_PIX - BUF_DEPTH, AX_ROW = M_ROW - BUF_DEPTH;
    localparam [AW:0] AX_FRAME = M_FRAME - BUF_DEPTH;
    localparam [CW-1:0] ND_A = -D_A, ND_B = -D_B, ND_C = -D_C;
    localparam [CW-1:0] ND_PIX = -D_PIX, ND_ROW = -D_ROW, ND_FRAME = -D_FRAME;
    localparam [CW-1:0] RI_PIX = STEP_PIX - 1, RI_ROW = STEP_ROW - 1;
    localparam [CW-1:0] RI_FRAME = STEP_FRAME - 1;
    localparam [CW-1:0] ONES = -1;
    localparam [CW-1:0] ROOM_INIT = BUF_DEPTH - 1;
    localparam [AW-1:0] ADDR_PEN = (BUF_DEPTH > 1) ? BUF_DEPTH - 2 : 0;
    /* verilator lint_on WIDTHTRUNC */

    generate
        if (BUF_DEPTH < SPAN) begin : g_bad_depth
            ERROR_finn_swg_window_buffer_BUF_DEPTH_below_window_span u_error ();
        end
        if (OFM_H < 1 || OFM_W < 1 || CF < 1 || BEAT_BITS < 1) begin : g_bad_shape
            ERROR_finn_swg_window_buffer_kernel_larger_than_image u_error ();
        end
    endgenerate

    // ------------------------------------------------------------ counters
    // loop counters of the entry two ahead of the issue stage's, with registered "last"
    // flags (a loop of n steps is at n - 2 before its last step)
    localparam integer NW_A = (N_A > 1) ? $clog2(N_A) : 1;
    localparam integer NW_B = (N_B > 1) ? $clog2(N_B) : 1;
    localparam integer NW_C = (N_C > 1) ? $clog2(N_C) : 1;
    localparam integer NW_X = (OFM_W > 1) ? $clog2(OFM_W) : 1;
    localparam integer NW_Y = (OFM_H > 1) ? $clog2(OFM_H) : 1;
    // the counters of entry 1 (entry 0 is all zero): the first step carries into a loop
    // when every faster loop has one step
    localparam CY_B = (N_A == 1);
    localparam CY_C = CY_B && (N_B == 1);
    localparam CY_X = CY_C && (N_C == 1);
    localparam CY_Y = CY_X && (OFM_W == 1);
    /* verilator lint_off WIDTHTRUNC */
    localparam [NW_A-1:0] A_PEN = (N_A > 1) ? N_A - 2 : 0;
    localparam [NW_B-1:0] B_PEN = (N_B > 1) ? N_B - 2 : 0;
    localparam [NW_C-1:0] C_PEN = (N_C > 1) ? N_C - 2 : 0;
    localparam [NW_X-1:0] X_PEN = (OFM_W > 1) ? OFM_W - 2 : 0;
    localparam [NW_Y-1:0] Y_PEN = (OFM_H > 1) ? OFM_H - 2 : 0;
    localparam [NW_A-1:0] A_1 = (N_A > 1) ? 1 : 0;
    localparam [NW_B-1:0] B_1 = (CY_B && N_B > 1) ? 1 : 0;
    localparam [NW_C-1:0] C_1 = (CY_C && N_C > 1) ? 1 : 0;
    localparam [NW_X-1:0] X_1 = (CY_X && OFM_W > 1) ? 1 : 0;
    localparam [NW_Y-1:0] Y_1 = (CY_Y && OFM_H > 1) ? 1 : 0;
    /* verilator lint_on WIDTHTRUNC */
    localparam LAST_A_1 = (N_A <= 2);
    localparam LAST_B_1 = (N_B == 1) || (CY_B && N_B == 2);
    localparam LAST_C_1 = (N_C == 1) || (CY_C && N_C == 2);
    localparam LAST_X_1 = (OFM_W == 1) || (CY_X && OFM_W == 2);
    localparam LAST_Y_1 = (OFM_H == 1) || (CY_Y && OFM_H == 2);
    // the step after entry 0: its class and address increments
    localparam [2:0] CL_0 = (N_A > 1) ? CL_A : (N_B > 1) ? CL_B : (N_C > 1) ? CL_C :
                            (OFM_W > 1) ? CL_PIX : (OFM_H > 1) ? CL_ROW : CL_FRAME;
    localparam integer M_0 = (N_A > 1) ? M_A : (N_B > 1) ? M_B : (N_C > 1) ? M_C :
                             (OFM_W > 1) ? M_PIX : (OFM_H > 1) ? M_ROW : M_FRAME;
    /* verilator lint_off WIDTHTRUNC */
    localparam [AW:0] AI_0 = M_0;
    localparam [AW:0] AX_0 = M_0 - BUF_DEPTH;
    /* verilator lint_on WIDTHTRUNC */

    reg [NW_A-1:0] cnt_a;
    reg [NW_B-1:0] cnt_b;
    reg [NW_C-1:0] cnt_c;
    reg [NW_X-1:0] cnt_x;
    reg [NW_Y-1:0] cnt_y;
    reg last_a, last_b, last_c, last_x, last_y;
    wire step_b = last_a;
    wire step_c = last_a && last_b;
    wire step_x = step_c && last_c;
    wire step_y = step_x && last_x;
    wire [2:0] c_cls = !last_a ? CL_A : !last_b ? CL_B : !last_c ? CL_C :
                       !last_x ? CL_PIX : !last_y ? CL_ROW : CL_FRAME;

    // ------------------------------------------------------------ walker
    reg [AW-1:0] w_addr;           // buffer address of the entry after the issue stage's
    reg [2:0] w_cls;               // class of the step after it
    reg [AW:0] w_ai;               // that step modulo BUF_DEPTH
    reg [AW:0] w_ax;               // the same minus BUF_DEPTH (negative)

    // ------------------------------------------------------------ issue stage
    reg p_valid;                   // the issue stage holds an entry (from cycle 1 on)
    reg [AW-1:0] p_addr;           // buffer address of the entry read next
    reg [2:0] p_cls;               // class of the step after it
    reg signed [CW-1:0] avail;     // fill - offset of the entry - 1: arrived if >= 0
    reg signed [CW-1:0] room;      // BUF_DEPTH - 1 - fill: input accepted if >= 0
    reg [AW-1:0] wr_addr;
    reg wr_last;                   // wr_addr is the buffer's last address

    // avail < 0 in the cycle after reset, so p_valid need not gate issue
    wire issue = !avail[CW-1] && (!m_valid || m_ready);
    wire advance = issue || !p_valid;
    assign s_ready = !room[CW-1];
    wire wr = s_valid && s_ready;

    // avail += wr - (issue ? delta : 0); room += (issue ? step : 0) - wr, each one carry
    // chain with wr entering through an extra low bit (x + y + c = ({x, 1} + {y, c}) >> 1)
    reg [CW-1:0] avail_dec;
    reg [CW-1:0] room_inc;          // (issue ? step : 0) - 1; wr adds the 1 back
    always @(*) begin
        avail_dec = {CW{1'b0}};
        room_inc = ONES;
        if (issue) begin
            case (p_cls)
                CL_A: avail_dec = ND_A;
                CL_B: avail_dec = ND_B;
                CL_C: avail_dec = ND_C;
                CL_PIX: begin avail_dec = ND_PIX; room_inc = RI_PIX; end
                CL_ROW: begin avail_dec = ND_ROW; room_inc = RI_ROW; end
                default: begin avail_dec = ND_FRAME; room_inc = RI_FRAME; end
            endcase
        end
    end
    /* verilator lint_off UNUSEDSIGNAL */
    wire [CW:0] avail_sum = {avail, 1'b1} + {avail_dec, wr};
    wire [CW:0] room_sum = {room, 1'b1} + {room_inc, !wr};
    /* verilator lint_on UNUSEDSIGNAL */

    // walker: the next address is the sum or the sum minus BUF_DEPTH, the one in range
    reg [AW:0] addr_inc;           // the increments of the counters' class
    reg [AW:0] addr_inc_wrap;
    always @(*) begin
        case (c_cls)
            CL_A: begin addr_inc = AI_A; addr_inc_wrap = AX_A; end
            CL_B: begin addr_inc = AI_B; addr_inc_wrap = AX_B; end
            CL_C: begin addr_inc = AI_C; addr_inc_wrap = AX_C; end
            CL_PIX: begin addr_inc = AI_PIX; addr_inc_wrap = AX_PIX; end
            CL_ROW: begin addr_inc = AI_ROW; addr_inc_wrap = AX_ROW; end
            default: begin addr_inc = AI_FRAME; addr_inc_wrap = AX_FRAME; end
        endcase
    end
    /* verilator lint_off UNUSEDSIGNAL */
    wire [AW:0] addr_sum = {1'b0, w_addr} + w_ai;
    wire [AW:0] addr_wrap = {1'b0, w_addr} + w_ax;  // negative: no wrap
    /* verilator lint_on UNUSEDSIGNAL */
    wire [AW-1:0] addr_next;
    generate
        if ((1 << AW) == BUF_DEPTH) begin : g_addr_pow2
            assign addr_next = addr_sum[AW-1:0];
        end else begin : g_addr_wrap
            assign addr_next = addr_wrap[AW] ? addr_sum[AW-1:0] : addr_wrap[AW-1:0];
        end
    endgenerate

    always @(posedge ap_clk) begin
        if (!ap_rst_n) begin
            cnt_a <= A_1;
            cnt_b <= B_1;
            cnt_c <= C_1;
            cnt_x <= X_1;
            cnt_y <= Y_1;
            last_a <= LAST_A_1;
            last_b <= LAST_B_1;
            last_c <= LAST_C_1;
            last_x <= LAST_X_1;
            last_y <= LAST_Y_1;
            w_addr <= {AW{1'b0}};
            w_cls <= CL_0;
            w_ai <= AI_0;
            w_ax <= AX_0;
            p_valid <= 1'b0;
            avail <= ONES;
            room <= ROOM_INIT;
            wr_addr <= {AW{1'b0}};
            wr_last <= (BUF_DEPTH == 1);
            m_valid <= 1'b0;
        end else begin
            m_valid <= issue || (m_valid && !m_ready);
            avail <= avail_sum[CW:1];
            room <= room_sum[CW:1];
            if (wr) begin
                wr_addr <= wr_last ? {AW{1'b0}} : wr_addr + 1'b1;
                wr_last <= (BUF_DEPTH == 1) || (!wr_last && wr_addr == ADDR_PEN);
            end
            if (advance) begin
                p_valid <= 1'b1;
                w_addr <= addr_next;
                w_cls <= c_cls;
                w_ai <= addr_inc;
                w_ax <= addr_inc_wrap;
                cnt_a <= last_a ? {NW_A{1'b0}} : cnt_a + 1'b1;
                last_a <= (N_A == 1) || (!last_a && cnt_a == A_PEN);
                if (step_b) begin
                    cnt_b <= last_b ? {NW_B{1'b0}} : cnt_b + 1'b1;
                    last_b <= (N_B == 1) || (!last_b && cnt_b == B_PEN);
                end
                if (step_c) begin
                    cnt_c <= last_c ? {NW_C{1'b0}} : cnt_c + 1'b1;
                    last_c <= (N_C == 1) || (!last_c && cnt_c == C_PEN);
                end
                if (step_x) begin
                    cnt_x <= last_x ? {NW_X{1'b0}} : cnt_x + 1'b1;
                    last_x <= (OFM_W == 1) || (!last_x && cnt_x == X_PEN);
                end
                if (step_y) begin
                    cnt_y <= last_y ? {NW_Y{1'b0}} : cnt_y + 1'b1;
                    last_y <= (OFM_H == 1) || (!last_y && cnt_y == Y_PEN);
                end
            end
        end
    end

    // the issue stage's entry: loaded in the cycle after reset, before any read
    always @(posedge ap_clk) begin
        if (advance) begin
            p_addr <= w_addr;
            p_cls <= w_cls;
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
        .rd_addr(p_addr),
        .rd_data(m_data)
    );
endmodule

`default_nettype wire
