// PixelShuffle: depth-to-space rearrangement of an NHWC image stream.
//
// Input pixel (y, x) carries BLOCK_H x BLOCK_W x CHANNELS channels, channel index
// (rh * BLOCK_W + rw) * CHANNELS + c; it becomes output pixel (y * BLOCK_H + rh,
// x * BLOCK_W + rw), channel c. Beats carry SIMD channels of one pixel (element 0 in the
// least significant bits); SIMD divides CHANNELS, so a beat never straddles two output
// pixels, and elements are moved unchanged.
// Input rows (IMG_W x BLOCK_H x BLOCK_W x CHANNELS / SIMD words) are written in input
// order into one of two row buffers (finn_sdp_ram) while the other one is read out as
// BLOCK_H output rows: output row rh, pixel x * BLOCK_W + rw, fold cf reads word
// ((x * BLOCK_H + rh) * BLOCK_W + rw) * CF + cf, i.e. x * BLK + rh * BWCF + j with
// j = rw * CF + cf running through BWCF = BLOCK_W * CF consecutive words. The output
// runs at one beat per cycle once the first row is in. The RAM's output register is a
// pipeline stage that holds while the output is stalled; beats leave through a register
// slice (finn_axis_skid): no combinational path from m_axis_0_tready to s_axis_0_tready.
`default_nettype none

module PixelShuffle #(
    parameter integer IMG_H = 2,        // input image height, >= 1
    parameter integer IMG_W = 3,        // input image width, >= 1
    parameter integer BLOCK_H = 2,      // output rows per input row, >= 1
    parameter integer BLOCK_W = 2,      // output columns per input column, >= 1
    parameter integer CHANNELS = 2,     // output channels per pixel, >= 1
    parameter integer SIMD = 1,         // channels per beat; divides CHANNELS
    parameter integer WIDTH = 8,        // bits per element, >= 1
    parameter [8*11-1:0] RAM_STYLE = "auto"  // row buffers: auto/block/distributed/ultra
) (
    input  wire                  ap_clk,
    input  wire                  ap_rst_n,  // active-low synchronous reset
    input  wire [SIMD*WIDTH-1:0] s_axis_0_tdata,
    input  wire                  s_axis_0_tvalid,
    output wire                  s_axis_0_tready,
    output wire [SIMD*WIDTH-1:0] m_axis_0_tdata,
    output wire                  m_axis_0_tvalid,
    input  wire                  m_axis_0_tready
);
    localparam integer BEAT = SIMD * WIDTH;
    localparam integer CF = CHANNELS / SIMD;
    localparam integer BWCF = BLOCK_W * CF;        // words of one output pixel run
    localparam integer BLK = BLOCK_H * BWCF;       // words of one input pixel
    localparam integer ROW = IMG_W * BLK;          // words per row buffer
    localparam integer AW = $clog2(2 * ROW);       // buffer address bits
    localparam integer PW = $clog2(ROW + 1);       // word-in-row counters
    localparam integer XW = $clog2(IMG_W + 1);
    localparam integer JW = (BWCF > 1) ? $clog2(BWCF) : 1;
    // constants sized to the counters they are compared with
    /* verilator lint_off WIDTH */
    localparam [PW-1:0] ROW_LAST = ROW - 1;
    localparam [XW-1:0] X_LAST = IMG_W - 1;
    localparam [JW-1:0] J_LAST = BWCF - 1;
    localparam [PW-1:0] RB_LAST = (BLOCK_H - 1) * BWCF;
    localparam [PW-1:0] BWCF_STEP = BWCF;
    localparam [PW-1:0] BLK_STEP = BLK;
    localparam [AW-1:0] BANK1 = ROW;
    /* verilator lint_on WIDTH */

    generate
        if (IMG_H < 1 || IMG_W < 1 || BLOCK_H < 1 || BLOCK_W < 1 || CHANNELS < 1 || SIMD < 1
                || WIDTH < 1) begin : g_bad_size
            ERROR_PixelShuffle_sizes_and_blocks_must_be_at_least_1 u_error ();
        end
        if (CHANNELS % SIMD != 0) begin : g_bad_simd
            ERROR_PixelShuffle_SIMD_must_divide_CHANNELS u_error ();
        end
    endgenerate

    // ------------------------------------------------ writer: fills the free row buffer
    reg [1:0]    full;      // bank k holds a complete row not yet read out
    reg          wr_bank;
    reg [PW-1:0] wr_pos;
    assign s_axis_0_tready = !full[wr_bank];
    wire wr_fire = s_axis_0_tvalid && !full[wr_bank];
    wire wr_done = wr_fire && (wr_pos == ROW_LAST);
    /* verilator lint_off WIDTH */
    wire [AW-1:0] wr_addr = (wr_bank ? BANK1 : {AW{1'b0}}) + wr_pos;
    /* verilator lint_on WIDTH */

    // ------------------------------------------------ reader: Bh output rows per buffer
    reg          rd_bank;
    reg [PW-1:0] rbase;     // rh * BWCF: the output row's offset inside an input pixel
    reg [PW-1:0] line;      // x * BLK + rbase: the output pixel run's first word
    reg [XW-1:0] x;         // input column
    reg [JW-1:0] j;         // word in the run: rw * CF + cf
    reg          v1;        // the RAM output register holds a beat
    wire         out_ready;
    wire         advance = !v1 || out_ready;
    wire         rd_fire = advance && full[rd_bank];
    wire         last_j = (j == J_LAST);
    wire         last_x = last_j && (x == X_LAST);
    wire         last_rh = (rbase == RB_LAST);
    wire         rd_done = rd_fire && last_x && last_rh;
    /* verilator lint_off WIDTH */
    wire [AW-1:0] rd_addr = (rd_bank ? BANK1 : {AW{1'b0}}) + line + j;
    /* verilator lint_on WIDTH */
    wire [BEAT-1:0] rd_data;

    finn_sdp_ram #(.DEPTH(2 * ROW), .WIDTH(BEAT), .ADDR_BITS(AW), .RAM_STYLE(RAM_STYLE)) u_rows (
        .clk(ap_clk), .wr_en(wr_fire), .wr_addr(wr_addr), .wr_data(s_axis_0_tdata),
        .rd_en(rd_fire), .rd_addr(rd_addr), .rd_data(rd_data)
    );

    always @(posedge ap_clk) begin
        if (!ap_rst_n) begin
            full <= 2'b00;
            wr_bank <= 1'b0;
            wr_pos <= {PW{1'b0}};
        end else begin
            if (wr_fire) begin
                wr_pos <= wr_done ? {PW{1'b0}} : wr_pos + 1'b1;
                if (wr_done) wr_bank <= !wr_bank;
            end
            // the writer sets its bank's flag, the reader clears its own (never the same)
            full[0] <= (full[0] && !(rd_done && !rd_bank)) || (wr_done && !wr_bank);
            full[1] <= (full[1] && !(rd_done && rd_bank)) || (wr_done && wr_bank);
        end
    end

    always @(posedge ap_clk) begin
        if (!ap_rst_n) begin
            rd_bank <= 1'b0;
            {rbase, line, x, j} <= 0;
            v1 <= 1'b0;
        end else begin
            if (advance) v1 <= full[rd_bank];
            if (rd_fire) begin
                j <= last_j ? {JW{1'b0}} : j + 1'b1;
                if (last_x) begin
                    x <= {XW{1'b0}};
                    rbase <= last_rh ? {PW{1'b0}} : rbase + BWCF_STEP;
                    line <= last_rh ? {PW{1'b0}} : rbase + BWCF_STEP;
                end else if (last_j) begin
                    x <= x + 1'b1;
                    line <= line + BLK_STEP;
                end
                if (rd_done) rd_bank <= !rd_bank;
            end
        end
    end

    finn_axis_skid #(.WIDTH(BEAT)) u_out (
        .ap_clk(ap_clk), .ap_rst_n(ap_rst_n),
        .s_axis_tdata(rd_data), .s_axis_tvalid(v1), .s_axis_tready(out_ready),
        .m_axis_tdata(m_axis_0_tdata), .m_axis_tvalid(m_axis_0_tvalid),
        .m_axis_tready(m_axis_0_tready)
    );
endmodule

`default_nettype wire
