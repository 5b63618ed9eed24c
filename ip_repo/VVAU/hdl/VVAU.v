// VVAU: vector-vector-activation unit (FINN's depthwise convolution layer).
// For each output pixel it takes the Kh*Kw x Channels window, multiplies every
// channel's window with that channel's own kernel and applies an optional
// multi-threshold activation.
//
// Folding: SF = K/SIMD kernel folds (K = Kh*Kw), NF = Channels/PE channel folds.
// Input beat order per pixel (FINN's depthwise order): for nf in 0..NF-1, for sf
// in 0..SF-1, one beat of SIMD*PE elements where element s*PE + p is the value of
// channel nf*PE + p at kernel position sf*SIMD + s. One beat per cycle, so a
// pixel takes NF*SF cycles at full rate. The output carries PE channels per beat,
// NF beats per pixel, in channel order.
//
// Weight ROM (WEIGHT_FILE): NF*SF words of PE*SIMD*W_WIDTH bits, word nf*SF + sf;
// in a word, the weight of channel nf*PE + p at kernel position sf*SIMD + s sits
// at bits [(p*SIMD + s)*W_WIDTH +: W_WIDTH].
// Thresholds (not used when NO_ACT = 1), compared as acc >= threshold, in one of two
// units (SEARCH, chosen by the generator by cost): SEARCH = 0 compares all N_STEPS
// in parallel, ROM THRESH_FILE of NF words of PE*N_STEPS*ACC_WIDTH bits, threshold i
// of channel nf*PE + p at bits [(p*N_STEPS + i)*ACC_WIDTH +: ACC_WIDTH]; SEARCH = 1
// searches the sorted thresholds, one pipeline stage per count bit (finn_thresh_search;
// THRESH_FILE is the prefix of its per-lane, per-stage ROMs).
// Output element: count of thresholds reached + ACT_VAL (OUT_WIDTH bits), or
// the accumulator resized to OUT_WIDTH when NO_ACT = 1.
//
// Pipeline: issue, weight / input read, operand registers, the lanes (finn_dot_lane:
// leaf, adder tree with a register after every TREE_STEP levels, sum, accumulator),
// the activation (1 cycle, +1 for N_STEPS > 15; 2*clog2(N_STEPS+1)+1 with SEARCH = 1)
// and the output FIFO. Backpressure: the datapath never stalls; the output FIFO with
// credits absorbs the pipeline, so s_axis_0_tready depends on registers only.
`default_nettype none

module VVAU #(
    parameter integer    CHANNELS      = 4,       // channels C
    parameter integer    KERNEL        = 9,       // kernel positions K = Kh*Kw
    parameter integer    SIMD          = 1,       // kernel positions per beat; divides KERNEL
    parameter integer    PE            = 1,       // channels per beat; divides CHANNELS
    parameter integer    IN_WIDTH      = 8,       // bits per input element (1 if BIPOLAR)
    parameter integer    IN_SIGNED     = 0,       // 1: inputs are two's complement
    parameter integer    IN_BIPOLAR    = 0,       // 1: inputs are BIPOLAR (1 = +1, 0 = -1)
    parameter integer    W_WIDTH       = 8,       // bits per weight (1 if BIPOLAR)
    parameter integer    W_SIGNED      = 1,       // 1: weights are two's complement
    parameter integer    W_BIPOLAR     = 0,       // 1: weights are BIPOLAR
    parameter integer    ACC_WIDTH     = 32,      // accumulator and threshold width (>= 2)
    parameter integer    ACC_SIGNED    = 1,       // 1: accumulator/thresholds are signed
    parameter integer    NO_ACT        = 0,       // 1: output the accumulator (noActivation)
    parameter integer    N_STEPS       = 1,       // thresholds per channel (>= 1)
    parameter integer    ACT_VAL       = 0,       // offset added to the threshold count
    parameter integer    OUT_WIDTH     = 8,       // bits per output element
    parameter            WEIGHT_FILE   = "",      // $readmemh file of the weight ROM
    parameter integer    SEARCH        = 0,       // 1: threshold search (sorted thresholds)
    parameter integer    BLOCK_STAGES  = 0,       // SEARCH = 1: bit j = stage j ROMs in block RAM
    parameter            THRESH_FILE   = "",      // $readmemh file (prefix) of the thresholds
    parameter [8*11-1:0] RAM_STYLE     = "auto",  // weights: "auto", "block", "distributed", "ultra"
    parameter [8*11-1:0] RAM_STYLE_THR = "auto",  // thresholds: "auto", "block", "distributed"
    parameter [8*4-1:0]  RES_TYPE      = "auto"   // multipliers (use_dsp): "auto", "lut", "dsp"
) (
    input  wire                          ap_clk,
    input  wire                          ap_rst_n,  // active-low synchronous reset
    input  wire [SIMD*PE*IN_WIDTH-1:0]   s_axis_0_tdata,
    input  wire                          s_axis_0_tvalid,
    output wire                          s_axis_0_tready,
    output wire [PE*OUT_WIDTH-1:0]       m_axis_0_tdata,
    output wire                          m_axis_0_tvalid,
    input  wire                          m_axis_0_tready
);
    localparam integer SF    = KERNEL / SIMD;                  // kernel folds
    localparam integer NF    = CHANNELS / PE;                  // channel folds
    localparam integer WMEM  = SF * NF;                        // weight words
    localparam integer IW    = SIMD * PE * IN_WIDTH;           // input beat bits
    localparam integer OW    = PE * OUT_WIDTH;                 // output beat bits
    localparam integer SFB   = (SF > 1) ? $clog2(SF) : 1;      // kernel fold counter bits
    localparam integer NFB   = (NF > 1) ? $clog2(NF) : 1;      // channel fold counter bits
    localparam integer WAB   = (WMEM > 1) ? $clog2(WMEM) : 1;  // weight address bits
    localparam integer WWORD = PE * SIMD * W_WIDTH;            // weight word bits
    localparam integer TREE_STEP = 2;                        // adder levels per stage
    localparam integer CMP_REG = (NO_ACT == 0 && N_STEPS > 15) ? 1 : 0;  // compare register
    // Operand registers (the DSP slices' input registers) where the lanes multiply in
    // DSPs (finn_dot_lane: RES_TYPE "dsp", or "auto" with both operands of at least 4
    // bits; never with a BIPOLAR or 1-bit operand).
    localparam integer MINW  = (IN_WIDTH < W_WIDTH) ? IN_WIDTH : W_WIDTH;
    localparam integer IN_REG = (IN_BIPOLAR == 0 && W_BIPOLAR == 0 && MINW >= 2
                                 && (RES_TYPE == "dsp" || (RES_TYPE == "auto" && MINW >= 4)))
                                ? 1 : 0;
    localparam integer LAT   = 2;                              // issue -> the lanes
    // the lanes' latency (tags travel through them) is at most LANE_MAX cycles
    localparam integer LANE_MAX = IN_REG + 3 + $clog2(SIMD + 1);
    localparam integer ALAT  = (NO_ACT == 0 && SEARCH != 0)    // activation latency
                               ? 2 * $clog2(N_STEPS + 1) + 1 : 1 + CMP_REG;
    localparam integer FLAT  = LAT + LANE_MAX + ALAT + 4;      // steps in flight at most
    localparam integer FAB   = (FLAT > 16) ? $clog2(FLAT) : 4;  // output FIFO address bits
    localparam [31:0]    SF_M2   = (SF >= 2) ? SF - 2 : 0;
    localparam [31:0]    NF_M1   = NF - 1;
    localparam [31:0]    WA_M1   = WMEM - 1;
    localparam [SFB-1:0] SF_PRE  = SF_M2[SFB-1:0];  // the fold before the last
    localparam [NFB-1:0] NF_LAST = NF_M1[NFB-1:0];  // last channel fold
    localparam [WAB-1:0] WA_LAST = WA_M1[WAB-1:0];  // last weight address

    generate
        if (CHANNELS < 1 || KERNEL < 1 || SIMD < 1 || PE < 1) begin : g_bad_dims
            ERROR_VVAU_CHANNELS_KERNEL_SIMD_PE_must_be_at_least_1 u_error ();
        end
        if (KERNEL % SIMD != 0) begin : g_bad_simd
            ERROR_VVAU_SIMD_must_divide_KERNEL u_error ();
        end
        if (CHANNELS % PE != 0) begin : g_bad_pe
            ERROR_VVAU_PE_must_divide_CHANNELS u_error ();
        end
        if (NO_ACT == 0 && (N_STEPS < 1 || OUT_WIDTH > 32)) begin : g_bad_act
            ERROR_VVAU_thresholds_need_N_STEPS_at_least_1_and_OUT_WIDTH_at_most_32 u_error ();
        end
        if (RAM_STYLE_THR == "ultra") begin : g_bad_thr_style
            ERROR_VVAU_RAM_STYLE_THR_must_be_auto_block_or_distributed u_error ();
        end
    endgenerate

    // ---------------------------------------------------------------- control
    reg  [SFB-1:0] sf;       // kernel fold of the next step
    reg  [WAB-1:0] wa;       // weight address nf*SF + sf
    reg  [NFB-1:0] tcnt;     // channel fold of the next finished output
    wire space;              // output FIFO credit available
    reg  last_sf;            // sf == SF - 1 (registered: no compare before go)
    wire can_go  = !last_sf || space;
    wire go      = can_go && s_axis_0_tvalid;

    assign s_axis_0_tready = can_go;

    // Step tags through the pipeline: valid, first and last kernel fold.
    reg  [LAT:1]  v_t, first_t, last_t;
    reg  [ALAT:0] act_t;       // [0]: accumulators final, thresholds read; [ALAT]: output ready
    // verilator lint_off UNUSEDSIGNAL
    wire [PE-1:0] lane_done;       // the lanes' tags agree: lane 0's are used
    // verilator lint_on UNUSEDSIGNAL
    wire acc_done = lane_done[0];  // the last step of an output accumulates now

    always @(posedge ap_clk) begin
        if (!ap_rst_n) begin
            sf    <= {SFB{1'b0}};
            last_sf <= (SF == 1);
            wa    <= {WAB{1'b0}};
            tcnt  <= {NFB{1'b0}};
            v_t   <= {LAT{1'b0}};
            act_t <= {(ALAT+1){1'b0}};
        end else begin
            if (go) begin
                sf <= last_sf ? {SFB{1'b0}} : sf + 1'b1;
                last_sf <= (SF == 1) || (!last_sf && sf == SF_PRE);
                wa <= (wa == WA_LAST) ? {WAB{1'b0}} : wa + 1'b1;
            end
            if (acc_done)
                tcnt <= (tcnt == NF_LAST) ? {NFB{1'b0}} : tcnt + 1'b1;
            v_t   <= {v_t[LAT-1:1], go};
            act_t <= {act_t[ALAT-1:0], acc_done};
        end
    end

    always @(posedge ap_clk) begin
        first_t <= {first_t[LAT-1:1], sf == {SFB{1'b0}}};
        last_t  <= {last_t[LAT-1:1], last_sf};
    end

    // ------------------------------------------------------------------ input
    reg [IW-1:0] x1;         // stage 1 input beat
    always @(posedge ap_clk) if (go) x1 <= s_axis_0_tdata;

    // ------------------------------------------------------------ weights, MACs
    wire [WWORD-1:0]        w1;
    wire [PE*ACC_WIDTH-1:0] acc;

    finn_rom #(
        .WIDTH(WWORD), .DEPTH(WMEM), .ADDR_BITS(WAB),
        .INIT_FILE(WEIGHT_FILE), .RAM_STYLE(RAM_STYLE)
    ) u_wrom (
        .clk(ap_clk), .en(go), .addr(wa), .q(w1)
    );

    // operand registers: the lanes take registered inputs and weights (stage 2)
    reg [IW-1:0]    x2;
    reg [WWORD-1:0] w2;
    always @(posedge ap_clk) begin
        x2 <= x1;
        w2 <= w1;
    end

    genvar p, s;
    generate
        for (p = 0; p < PE; p = p + 1) begin : g_pe
            // lane p takes element s*PE + p of the beat for s = 0..SIMD-1
            wire [SIMD*IN_WIDTH-1:0] lane_x;
            for (s = 0; s < SIMD; s = s + 1) begin : g_simd
                assign lane_x[s*IN_WIDTH +: IN_WIDTH] = x2[(s*PE + p)*IN_WIDTH +: IN_WIDTH];
            end
            finn_dot_lane #(
                .SIMD(SIMD), .IN_WIDTH(IN_WIDTH), .IN_SIGNED(IN_SIGNED),
                .IN_BIPOLAR(IN_BIPOLAR), .W_WIDTH(W_WIDTH), .W_SIGNED(W_SIGNED),
                .W_BIPOLAR(W_BIPOLAR), .XNOR(0), .ACC_WIDTH(ACC_WIDTH),
                .IN_REG(IN_REG), .TREE_STEP(TREE_STEP), .RES_TYPE(RES_TYPE)
            ) u_lane (
                .clk(ap_clk),
                .x(lane_x),
                .w(w2[p*SIMD*W_WIDTH +: SIMD*W_WIDTH]),
                .rst_n(ap_rst_n),
                .en(v_t[LAT]),
                .first(first_t[LAT]),
                .last(last_t[LAT]),
                .done(lane_done[p]),
                .acc(acc[p*ACC_WIDTH +: ACC_WIDTH])
            );
        end
    endgenerate

    // ------------------------------------------------------ activation, output
    wire [OW-1:0] out_data;

    finn_thresholds #(
        .PE(PE), .CMP_WIDTH(ACC_WIDTH), .CMP_SIGNED(ACC_SIGNED), .N_STEPS(N_STEPS),
        .OUT_WIDTH(OUT_WIDTH), .ACT_VAL(ACT_VAL), .NO_ACT(NO_ACT), .CMP_REG(CMP_REG),
        .SEARCH(SEARCH), .NF(NF), .FOLD_BITS(NFB), .THRESH_FILE(THRESH_FILE),
        .RAM_STYLE(RAM_STYLE_THR), .BLOCK_STAGES(BLOCK_STAGES)
    ) u_act (
        .clk(ap_clk), .fold_en(acc_done), .fold(tcnt), .v_en(act_t[0]), .v(acc),
        .out(out_data)
    );

    finn_credit_fifo #(.WIDTH(OW), .ADDR_BITS(FAB)) u_out (
        .clk(ap_clk), .rst_n(ap_rst_n),
        .alloc(go && last_sf), .space(space),
        .wr_en(act_t[ALAT]), .wr_data(out_data),
        .m_axis_tdata(m_axis_0_tdata), .m_axis_tvalid(m_axis_0_tvalid),
        .m_axis_tready(m_axis_0_tready)
    );
endmodule

`default_nettype wire
