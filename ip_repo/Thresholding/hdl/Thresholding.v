// Thresholding: standalone multi-threshold activation (FINN's Thresholding layer).
// Each input element x of channel c becomes the number of thresholds t of c with
// x >= t, plus ACT_VAL (a BIPOLAR output uses N_STEPS = 1, ACT_VAL = 0,
// OUT_WIDTH = 1).
//
// Folding: NF = NUM_CH/PE channel folds. A vector of NUM_CH elements arrives as
// NF beats of PE elements (element 0 in the least significant bits) and leaves
// as NF beats of PE outputs. One beat per cycle at full rate.
//
// Two threshold units (SEARCH, chosen by the generator by cost):
// SEARCH = 0 compares all N_STEPS thresholds in parallel (finn_thresh_act); threshold
// ROM (THRESH_FILE): NF words of PE*N_STEPS*CMP_WIDTH bits; threshold i of channel
// nf*PE + p sits at bits [(p*N_STEPS + i)*CMP_WIDTH +: CMP_WIDTH].
// SEARCH = 1 searches the sorted thresholds, one pipeline stage per count bit
// (finn_thresh_search: THRESH_FILE is the prefix of its per-lane, per-stage ROMs).
// Inputs are extended (BIPOLAR: 1 -> +1, 0 -> -1) to CMP_WIDTH for the comparison,
// so CMP_WIDTH/CMP_SIGNED must hold every input value and every threshold.
//
// Backpressure: the datapath never stalls; an output FIFO with credits absorbs
// the pipeline (latency 3 cycles, 4 for N_STEPS > 15; 2*clog2(N_STEPS+1) + 3 with
// SEARCH = 1), so s_axis_0_tready depends on registers only.
`default_nettype none

module Thresholding #(
    parameter integer    NUM_CH      = 4,      // channels C
    parameter integer    PE          = 1,      // channels per beat; divides NUM_CH
    parameter integer    IN_WIDTH    = 8,      // bits per input element (1 if BIPOLAR)
    parameter integer    IN_SIGNED   = 0,      // 1: inputs are two's complement
    parameter integer    IN_BIPOLAR  = 0,      // 1: inputs are BIPOLAR (1 = +1, 0 = -1)
    parameter integer    CMP_WIDTH   = 9,      // width of thresholds and compared values
    parameter integer    CMP_SIGNED  = 0,      // 1: thresholds/compare are two's complement
    parameter integer    N_STEPS     = 1,      // thresholds per channel (>= 1)
    parameter integer    ACT_VAL     = 0,      // offset added to the count
    parameter integer    OUT_WIDTH   = 8,      // bits per output element (<= 32)
    parameter integer    SEARCH      = 0,      // 1: binary search (thresholds sorted)
    parameter integer    BLOCK_STAGES = 0,     // SEARCH = 1: bit j = stage j ROMs in block RAM
    parameter            THRESH_FILE = "",     // $readmemh file (prefix) of the thresholds
    parameter [8*11-1:0] RAM_STYLE   = "auto"  // thresholds: "auto", "block", "distributed", "ultra"
) (
    input  wire                     ap_clk,
    input  wire                     ap_rst_n,  // active-low synchronous reset
    input  wire [PE*IN_WIDTH-1:0]   s_axis_0_tdata,
    input  wire                     s_axis_0_tvalid,
    output wire                     s_axis_0_tready,
    output wire [PE*OUT_WIDTH-1:0]  m_axis_0_tdata,
    output wire                     m_axis_0_tvalid,
    input  wire                     m_axis_0_tready
);
    localparam integer NF    = NUM_CH / PE;                // channel folds
    localparam integer IW    = PE * IN_WIDTH;              // input beat bits
    localparam integer OW    = PE * OUT_WIDTH;             // output beat bits
    localparam integer NFB   = (NF > 1) ? $clog2(NF) : 1;  // fold counter bits
    localparam integer NEED  = (IN_BIPOLAR != 0) ? 2 :     // CMP_WIDTH needed for inputs
                               (IN_SIGNED != 0 || CMP_SIGNED == 0) ? IN_WIDTH : IN_WIDTH + 1;
    localparam integer CMP_REG = (N_STEPS > 15) ? 1 : 0;     // comparison register
    localparam integer ALAT    = (SEARCH != 0) ? 2 * $clog2(N_STEPS + 1) + 1
                                               : 1 + CMP_REG;  // activation latency
    localparam integer FAB     = (ALAT + 3 > 8) ? $clog2(ALAT + 3) : 3;  // output FIFO
    localparam [31:0]    NF_M1   = NF - 1;
    localparam [NFB-1:0] NF_LAST = NF_M1[NFB-1:0];             // last channel fold
    localparam [CMP_WIDTH-1:0] PLUS_ONE  = 1;                  // BIPOLAR +1
    localparam [CMP_WIDTH-1:0] MINUS_ONE = {CMP_WIDTH{1'b1}};  // BIPOLAR -1

    generate
        if (NUM_CH < 1 || PE < 1 || NUM_CH % PE != 0) begin : g_bad_dims
            ERROR_Thresholding_PE_must_divide_NUM_CH u_error ();
        end
        if (CMP_WIDTH < NEED || ((IN_SIGNED != 0 || IN_BIPOLAR != 0) && CMP_SIGNED == 0))
        begin : g_bad_cmp
            ERROR_Thresholding_CMP_WIDTH_CMP_SIGNED_cannot_hold_the_inputs u_error ();
        end
        if (IN_BIPOLAR != 0 && IN_WIDTH != 1) begin : g_bad_bip
            ERROR_Thresholding_BIPOLAR_inputs_must_be_1_bit u_error ();
        end
    endgenerate

    // ---------------------------------------------------------------- control
    reg  [NFB-1:0] nf;       // channel fold of the next beat
    reg  [ALAT:0]  v_t;      // [0]: input and thresholds registered; [ALAT]: output ready
    wire space;              // output FIFO credit available
    wire go = s_axis_0_tvalid && space;

    assign s_axis_0_tready = space;

    always @(posedge ap_clk) begin
        if (!ap_rst_n) begin
            nf <= {NFB{1'b0}};
            v_t <= {(ALAT+1){1'b0}};
        end else begin
            if (go)
                nf <= (nf == NF_LAST) ? {NFB{1'b0}} : nf + 1'b1;
            v_t <= {v_t[ALAT-1:0], go};
        end
    end

    // ------------------------------------------------ input values, thresholds
    reg  [IW-1:0]          x_q;
    wire [PE*CMP_WIDTH-1:0] x_cmp;   // inputs extended to CMP_WIDTH
    wire [OW-1:0]          out_data;

    always @(posedge ap_clk) if (go) x_q <= s_axis_0_tdata;

    genvar p;
    generate
        for (p = 0; p < PE; p = p + 1) begin : g_ext
            wire [IN_WIDTH-1:0] e = x_q[p*IN_WIDTH +: IN_WIDTH];
            if (IN_BIPOLAR != 0) begin : g_bip
                assign x_cmp[p*CMP_WIDTH +: CMP_WIDTH] = e[0] ? PLUS_ONE : MINUS_ONE;
            end else if (CMP_WIDTH > IN_WIDTH) begin : g_wide
                assign x_cmp[p*CMP_WIDTH +: CMP_WIDTH] =
                    {{(CMP_WIDTH-IN_WIDTH){(IN_SIGNED != 0) & e[IN_WIDTH-1]}}, e};
            end else begin : g_same
                assign x_cmp[p*CMP_WIDTH +: CMP_WIDTH] = e;
            end
        end
    endgenerate

    finn_thresholds #(
        .PE(PE), .CMP_WIDTH(CMP_WIDTH), .CMP_SIGNED(CMP_SIGNED), .N_STEPS(N_STEPS),
        .OUT_WIDTH(OUT_WIDTH), .ACT_VAL(ACT_VAL), .NO_ACT(0), .CMP_REG(CMP_REG),
        .SEARCH(SEARCH), .NF(NF), .FOLD_BITS(NFB), .THRESH_FILE(THRESH_FILE),
        .RAM_STYLE(RAM_STYLE), .BLOCK_STAGES(BLOCK_STAGES)
    ) u_act (
        .clk(ap_clk), .fold_en(go), .fold(nf), .v_en(v_t[0]), .v(x_cmp), .out(out_data)
    );

    finn_credit_fifo #(.WIDTH(OW), .ADDR_BITS(FAB)) u_out (
        .clk(ap_clk), .rst_n(ap_rst_n),
        .alloc(go), .space(space),
        .wr_en(v_t[ALAT]), .wr_data(out_data),
        .m_axis_tdata(m_axis_0_tdata), .m_axis_tvalid(m_axis_0_tvalid),
        .m_axis_tready(m_axis_0_tready)
    );
endmodule

`default_nettype wire
