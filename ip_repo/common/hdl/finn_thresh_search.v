// finn_thresh_search: multi-threshold activation of PE values by a pipelined binary
// search over sorted per-channel thresholds; its cost grows with log2(N_STEPS).
//
// Same result as finn_thresh_act: out[p] = (number of i with v[p] >= thr[c][i])
// + ACT_VAL, modulo 2**OUT_WIDTH, for channel c = fold*PE + p (a BIPOLAR output uses
// N_STEPS = 1, ACT_VAL = 0, OUT_WIDTH = 1: bit 1 = +1). The thresholds of a channel
// must be sorted ascending.
//
// Search: with K = clog2(N_STEPS + 1) the count has K bits; stage j (0 .. K-1)
// decides bit K-1-j. Given the bits q decided so far, the candidate count
// c = {q, 1, 0...0} is reached exactly when c <= N_STEPS and v >= thr[c-1], as the
// thresholds are sorted. Stage j of lane p reads thr[c-1] from its own ROM of
// NF * 2**j words of CMP_WIDTH bits, word fold * 2**j + q (entries with
// c > N_STEPS are never used). That ROM's $readmemh file is
// {THRESH_FILE, "_pXXXX_sY.dat"} with XXXX = p and Y = j in lower-case hexadecimal.
// The ROMs of stage j are block RAM when bit j of BLOCK_STAGES is set, else logic.
//
// Pipeline: free running (no enable), two cycles per stage (ROM read, then compare)
// and one for the offset: out holds the result for the v and fold presented
// LATENCY = 2*K + 1 cycles earlier.
`default_nettype none

module finn_thresh_search #(
    parameter integer    PE          = 1,      // lanes (>= 1)
    parameter integer    CMP_WIDTH   = 8,      // width of values and thresholds (>= 1)
    parameter integer    CMP_SIGNED  = 1,      // 1: values and thresholds are two's complement
    parameter integer    N_STEPS     = 1,      // thresholds per channel (1 .. 65535)
    parameter integer    OUT_WIDTH   = 8,      // bits per output element (count fits, <= 32)
    parameter integer    ACT_VAL     = 0,      // offset added to the count (may be negative)
    parameter integer    NF          = 1,      // channel folds (ROM blocks per lane)
    parameter integer    FOLD_BITS   = 1,      // width of fold, >= max(1, clog2(NF))
    parameter            THRESH_FILE = "",     // file name prefix of the stage ROMs
    parameter integer    BLOCK_STAGES = 0      // bit j = 1: stage j's ROMs in block RAM
) (
    input  wire                    clk,
    input  wire [PE*CMP_WIDTH-1:0] v,     // values
    input  wire [FOLD_BITS-1:0]    fold,  // channel fold of v (< NF)
    output wire [PE*OUT_WIDTH-1:0] out    // result, LATENCY cycles later
);
    localparam integer K    = $clog2(N_STEPS + 1);                  // count bits = stages
    localparam integer OB32 = (OUT_WIDTH < 32) ? OUT_WIDTH : 32;
    localparam [31:0]     ACT32   = ACT_VAL;
    localparam [OB32-1:0] ACT_OUT = ACT32[OB32-1:0];                // ACT_VAL mod 2**OUT_WIDTH
    localparam [31:0]     N32     = N_STEPS;

    generate
        if (PE < 1 || CMP_WIDTH < 1 || N_STEPS < 1 || N_STEPS > 65535 || NF < 1)
        begin : g_bad_size
            ERROR_finn_thresh_search_needs_PE_CMP_WIDTH_NF_at_least_1_N_STEPS_1_to_65535 u_error ();
        end
        if (OUT_WIDTH > 32 || OUT_WIDTH < K) begin : g_bad_out
            ERROR_finn_thresh_search_OUT_WIDTH_must_hold_the_count_and_be_at_most_32 u_error ();
        end
        if ((1 << FOLD_BITS) < NF || FOLD_BITS < 1) begin : g_bad_fold
            ERROR_finn_thresh_search_FOLD_BITS_too_small_for_NF u_error ();
        end
    endgenerate

    // One lower-case hexadecimal digit of n.
    function [7:0] hex_digit(input integer n);
        reg [31:0] d;
        begin
            d = n % 16;
            d = (d < 10) ? 32'd48 + d : 32'd87 + d;
            hex_digit = d[7:0];
        end
    endfunction

    // The ROM file name suffix of lane p, stage j.
    function [8*13-1:0] rom_suffix(input integer p, input integer j);
        rom_suffix = {"_p", hex_digit(p / 4096), hex_digit(p / 256), hex_digit(p / 16),
                      hex_digit(p), "_s", hex_digit(j), ".dat"};
    endfunction

    // count (K <= OUT_WIDTH bits) + ACT_VAL, as OUT_WIDTH bits
    function [OB32-1:0] offset(input [K-1:0] cnt);
        begin
            offset = {OB32{1'b0}};
            offset[K-1:0] = cnt;
            offset = offset + ACT_OUT;
        end
    endfunction

    genvar p, j;
    generate
        for (p = 0; p < PE; p = p + 1) begin : g_lane
            // a_*[j]: stage j's inputs (value, fold, decided bits); b_*[j]: the same
            // one cycle later, beside the threshold read from stage j's ROM.
            wire [CMP_WIDTH-1:0] a_v [0:K];
            wire [FOLD_BITS-1:0] a_f [0:K];
            wire [K-1:0]         a_q [0:K];   // bits decided so far, in the low j bits
            assign a_v[0] = v[p*CMP_WIDTH +: CMP_WIDTH];
            assign a_f[0] = fold;
            assign a_q[0] = {K{1'b0}};

            for (j = 0; j < K; j = j + 1) begin : g_stage
                localparam integer DEPTH = NF << j;
                localparam integer AB    = (DEPTH > 1) ? $clog2(DEPTH) : 1;
                localparam [8*11-1:0] STYLE = (((BLOCK_STAGES >> j) & 1) != 0)
                                              ? "block" : "distributed";
                localparam [31:0] UNIT = 1 << (K - 1 - j);  // the candidate's new bit

                wire [CMP_WIDTH-1:0] thr;
                wire [AB-1:0]        addr;
                if (j == 0) begin : g_addr0
                    if (AB > FOLD_BITS) begin : g_wide
                        assign addr = {{(AB-FOLD_BITS){1'b0}}, a_f[j]};
                    end else begin : g_same
                        assign addr = a_f[j][AB-1:0];
                    end
                end else begin : g_addr
                    // (the fold's top bit is unused when NF = 1)
                    // verilator lint_off UNUSEDSIGNAL
                    wire [FOLD_BITS+j-1:0] full = {a_f[j], a_q[j][j-1:0]};
                    // verilator lint_on UNUSEDSIGNAL
                    assign addr = full[AB-1:0];
                end

                finn_rom #(
                    .WIDTH(CMP_WIDTH), .DEPTH(DEPTH), .ADDR_BITS(AB),
                    .INIT_FILE((THRESH_FILE == "") ? "" : {THRESH_FILE, rom_suffix(p, j)}),
                    .RAM_STYLE(STYLE)
                ) u_rom (
                    .clk(clk), .en(1'b1), .addr(addr), .q(thr)
                );

                reg [CMP_WIDTH-1:0] b_v;
                reg [FOLD_BITS-1:0] b_f;
                reg [K-1:0]         b_q;
                reg [CMP_WIDTH-1:0] n_v;
                reg [FOLD_BITS-1:0] n_f;
                reg [K-1:0]         n_q;
                // candidate count {decided bits, 1, 0...}, and whether it exists
                wire [31:0] cand  = ({{(32-K){1'b0}}, b_q} << (K - j)) | UNIT;
                wire        exist = (cand <= N32);
                wire        ge    = (CMP_SIGNED != 0) ? ($signed(b_v) >= $signed(thr))
                                                      : (b_v >= thr);
                always @(posedge clk) begin
                    b_v <= a_v[j];
                    b_f <= a_f[j];
                    b_q <= a_q[j];
                    n_v <= b_v;
                    n_f <= b_f;
                    n_q <= (b_q << 1) | {{(K-1){1'b0}}, exist & ge};
                end
                assign a_v[j+1] = n_v;
                assign a_f[j+1] = n_f;
                assign a_q[j+1] = n_q;
            end

            wire unused_last = &{1'b0, a_v[K], a_f[K]};
            reg [OB32-1:0] out_r;  // (OB32 = OUT_WIDTH)
            always @(posedge clk) out_r <= offset(a_q[K]);
            assign out[p*OUT_WIDTH +: OUT_WIDTH] = out_r;
        end
    endgenerate
endmodule

`default_nettype wire
