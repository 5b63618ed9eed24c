// Upsample: nearest-neighbour upsampling of an NHWC image stream by integer factors.
//
// Output pixel (y, x) is input pixel (y / FACTOR_H, x / FACTOR_W): every input row is sent
// FACTOR_H times, every pixel of it FACTOR_W times in a row. Beats carry SIMD channels of
// one pixel (element 0 in the least significant bits); elements are moved unchanged.
// Input rows are written into one of two row buffers (finn_sdp_ram, 2 x IMG_W x
// CHANNELS / SIMD words) while the other one is read out, so the output runs at one beat
// per cycle once the first row is in. The RAM's output register is a pipeline stage
// that holds while the output is stalled; beats leave through a register slice
// (finn_axis_skid): no combinational path from m_axis_0_tready to s_axis_0_tready.
`default_nettype none

module Upsample #(
    parameter integer IMG_H = 4,        // input image height, >= 1
    parameter integer IMG_W = 4,        // input image width, >= 1
    parameter integer FACTOR_H = 2,     // rows per input row, >= 1
    parameter integer FACTOR_W = 2,     // columns per input column, >= 1
    parameter integer CHANNELS = 2,     // channels per pixel, >= 1
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
    localparam integer ROW = IMG_W * CF;           // words per row buffer
    localparam integer AW = $clog2(2 * ROW);       // buffer address bits
    localparam integer PW = $clog2(ROW + 1);       // word-in-row counters
    localparam integer XW = $clog2(IMG_W + 1);
    localparam integer CW = (CF > 1) ? $clog2(CF) : 1;
    localparam integer FHW = (FACTOR_H > 1) ? $clog2(FACTOR_H) : 1;
    localparam integer FWW = (FACTOR_W > 1) ? $clog2(FACTOR_W) : 1;
    // constants sized to the counters they are compared with
    /* verilator lint_off WIDTH */
    localparam [PW-1:0] ROW_LAST = ROW - 1;
    localparam [XW-1:0] X_LAST = IMG_W - 1;
    localparam [CW-1:0] C_LAST = CF - 1;
    localparam [FHW-1:0] FH_LAST = FACTOR_H - 1;
    localparam [FWW-1:0] FW_LAST = FACTOR_W - 1;
    localparam [PW-1:0] CF_STEP = CF;
    localparam [AW-1:0] BANK1 = ROW;
    /* verilator lint_on WIDTH */

    generate
        if (IMG_H < 1 || IMG_W < 1 || FACTOR_H < 1 || FACTOR_W < 1 || CHANNELS < 1 || SIMD < 1
                || WIDTH < 1) begin : g_bad_size
            ERROR_Upsample_sizes_and_factors_must_be_at_least_1 u_error ();
        end
        if (CHANNELS % SIMD != 0) begin : g_bad_simd
            ERROR_Upsample_SIMD_must_divide_CHANNELS u_error ();
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

    // ------------------------------------------------ reader: replays the full buffer
    reg          rd_bank;
    reg [FHW-1:0] ry;       // repetition of the row
    reg [XW-1:0] x;         // input column
    reg [FWW-1:0] rx;       // repetition of the pixel
    reg [CW-1:0] c;         // channel fold
    reg [PW-1:0] pix;       // x * CF
    reg          v1;        // the RAM output register holds a beat
    wire         out_ready;
    wire         advance = !v1 || out_ready;
    wire         rd_fire = advance && full[rd_bank];
    wire         last_c = (c == C_LAST);
    wire         last_rx = last_c && (rx == FW_LAST);
    wire         last_x = last_rx && (x == X_LAST);
    wire         rd_done = rd_fire && last_x && (ry == FH_LAST);
    /* verilator lint_off WIDTH */
    wire [AW-1:0] rd_addr = (rd_bank ? BANK1 : {AW{1'b0}}) + pix + c;
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
            {ry, x, rx, c, pix} <= 0;
            v1 <= 1'b0;
        end else begin
            if (advance) v1 <= full[rd_bank];
            if (rd_fire) begin
                c <= last_c ? {CW{1'b0}} : c + 1'b1;
                if (last_rx) rx <= {FWW{1'b0}};
                else if (last_c) rx <= rx + 1'b1;
                if (last_x) begin
                    x <= {XW{1'b0}};
                    pix <= {PW{1'b0}};
                    ry <= (ry == FH_LAST) ? {FHW{1'b0}} : ry + 1'b1;
                end else if (last_rx) begin
                    x <= x + 1'b1;
                    pix <= pix + CF_STEP;
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
