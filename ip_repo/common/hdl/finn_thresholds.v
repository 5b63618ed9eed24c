// finn_thresholds: the multi-threshold activation of MVAU, VVAU and Thresholding,
// with its threshold memory, in one of two units:
//   SEARCH = 0: finn_thresh_act compares all N_STEPS thresholds in parallel; the ROM
//               THRESH_FILE holds NF words of PE*N_STEPS*CMP_WIDTH bits, threshold i of
//               channel fold*PE + p at bits [(p*N_STEPS + i)*CMP_WIDTH +: CMP_WIDTH];
//   SEARCH = 1: finn_thresh_search searches the sorted thresholds, one pipeline stage
//               per count bit; THRESH_FILE is the prefix of its stage ROM files, which
//               are block RAM for the stages set in BLOCK_STAGES, else logic.
// With NO_ACT = 1 the values pass (resized, see finn_thresh_act) and there is no ROM.
//
// Timing: present the channel fold with fold_en in one cycle and the values with
// v_en in the next; out holds the result LATENCY cycles after v_en:
// LATENCY = 1 + CMP_REG (SEARCH = 0), 2*clog2(N_STEPS + 1) + 1 (SEARCH = 1).
`default_nettype none

module finn_thresholds #(
    parameter integer    PE          = 1,      // lanes (>= 1)
    parameter integer    CMP_WIDTH   = 8,      // width of values and thresholds
    parameter integer    CMP_SIGNED  = 1,      // 1: values and thresholds are two's complement
    parameter integer    N_STEPS     = 1,      // thresholds per channel
    parameter integer    OUT_WIDTH   = 8,      // bits per output element
    parameter integer    ACT_VAL     = 0,      // offset added to the count
    parameter integer    NO_ACT      = 0,      // 1: pass the values through
    parameter integer    CMP_REG     = 0,      // SEARCH = 0: register the comparisons
    parameter integer    SEARCH      = 0,      // 1: binary search (thresholds sorted)
    parameter integer    NF          = 1,      // channel folds
    parameter integer    FOLD_BITS   = 1,      // width of fold, >= max(1, clog2(NF))
    parameter            THRESH_FILE = "",     // $readmemh file (prefix with SEARCH = 1)
    parameter [8*11-1:0] RAM_STYLE   = "auto", // threshold memory style (SEARCH = 0)
    parameter integer    BLOCK_STAGES = 0      // SEARCH = 1: bit j = stage j in block RAM
) (
    input  wire                    clk,
    input  wire                    fold_en,  // fold is the channel fold of the next v
    input  wire [FOLD_BITS-1:0]    fold,
    input  wire                    v_en,     // v holds new values (the cycle after fold_en)
    input  wire [PE*CMP_WIDTH-1:0] v,
    output wire [PE*OUT_WIDTH-1:0] out
);
    localparam integer TWORD = PE * N_STEPS * CMP_WIDTH;  // parallel ROM word bits

    generate
        if (NO_ACT == 0 && SEARCH != 0) begin : g_search
            reg [FOLD_BITS-1:0] fold_q;
            wire unused_v_en = v_en;
            always @(posedge clk) if (fold_en) fold_q <= fold;
            finn_thresh_search #(
                .PE(PE), .CMP_WIDTH(CMP_WIDTH), .CMP_SIGNED(CMP_SIGNED), .N_STEPS(N_STEPS),
                .OUT_WIDTH(OUT_WIDTH), .ACT_VAL(ACT_VAL), .NF(NF), .FOLD_BITS(FOLD_BITS),
                .THRESH_FILE(THRESH_FILE), .BLOCK_STAGES(BLOCK_STAGES)
            ) u_search (
                .clk(clk), .v(v), .fold(fold_q), .out(out)
            );
        end else begin : g_parallel
            wire [TWORD-1:0] thr;
            if (NO_ACT != 0) begin : g_no_thr
                wire unused_fold = &{1'b0, fold_en, fold};
                assign thr = {TWORD{1'b0}};
            end else begin : g_rom
                finn_rom #(
                    .WIDTH(TWORD), .DEPTH(NF), .ADDR_BITS(FOLD_BITS),
                    .INIT_FILE(THRESH_FILE), .RAM_STYLE(RAM_STYLE)
                ) u_rom (
                    .clk(clk), .en(fold_en), .addr(fold), .q(thr)
                );
            end
            finn_thresh_act #(
                .PE(PE), .CMP_WIDTH(CMP_WIDTH), .CMP_SIGNED(CMP_SIGNED), .N_STEPS(N_STEPS),
                .OUT_WIDTH(OUT_WIDTH), .ACT_VAL(ACT_VAL), .NO_ACT(NO_ACT), .CMP_REG(CMP_REG)
            ) u_act (
                .clk(clk), .en(v_en), .v(v), .thr(thr), .out(out)
            );
        end
    endgenerate
endmodule

`default_nettype wire
