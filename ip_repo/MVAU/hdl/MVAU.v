// MVAU: matrix-vector-activation unit (FINN's fully connected / lowered
// convolution layer). Streams input vectors of MW elements, multiplies each with
// the MW x MH weight matrix held in a ROM and applies an optional multi-threshold
// activation per output channel.
//
// Folding: SF = MW/SIMD synapse folds, NF = MH/PE neuron folds. An input vector
// arrives as SF beats of SIMD elements (element 0 in the least significant bits)
// and is kept in a buffer, so it is read from the stream during neuron fold 0 and
// from the buffer during folds 1..NF-1. Each cycle one (nf, sf) step is issued,
// so a vector takes NF*SF cycles at full rate. The output carries PE channels per
// beat, NF beats per vector, in channel order.
//
// Weight ROM (WEIGHT_FILE): NF*SF words of PE*SIMD*W_WIDTH bits, word nf*SF + sf;
// in a word, weight W[sf*SIMD + s][nf*PE + p] sits at bits
// [(p*SIMD + s)*W_WIDTH +: W_WIDTH] (two's complement / unsigned / BIPOLAR bit).
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

module MVAU #(
    parameter integer    MW            = 4,       // input vector length (weight rows)
    parameter integer    MH            = 4,       // output vector length (weight columns)
    parameter integer    SIMD          = 1,       // input elements per beat; divides MW
    parameter integer    PE            = 1,       // output channels per beat; divides MH
    parameter integer    IN_WIDTH      = 8,       // bits per input element (1 if BIPOLAR)
    parameter integer    IN_SIGNED     = 0,       // 1: inputs are two's complement
    parameter integer    IN_BIPOLAR    = 0,       // 1: inputs are BIPOLAR (1 = +1, 0 = -1)
    parameter integer    W_WIDTH       = 8,       // bits per weight (1 if BIPOLAR)
    parameter integer    W_SIGNED      = 1,       // 1: weights are two's complement
    parameter integer    W_BIPOLAR     = 0,       // 1: weights are BIPOLAR
    parameter integer    XNOR          = 0,       // 1: XNOR-popcount (binaryXnorMode)
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
    input  wire [SIMD*IN_WIDTH-1:0]      s_axis_0_tdata,
    input  wire                          s_axis_0_tvalid,
    output wire                          s_axis_0_tready,
    output wire [PE*OUT_WIDTH-1:0]       m_axis_0_tdata,
    output wire                          m_axis_0_tvalid,
    input  wire                          m_axis_0_tready
);
    localparam integer SF    = MW / SIMD;                      // synapse folds
    localparam integer NF    = MH / PE;                        // neuron folds
    localparam integer WMEM  = SF * NF;                        // weight words
    localparam integer IW    = SIMD * IN_WIDTH;                // input beat bits
    localparam integer OW    = PE * OUT_WIDTH;                 // output beat bits
    localparam integer SFB   = (SF > 1) ? $clog2(SF) : 1;      // synapse counter bits
    localparam integer NFB   = (NF > 1) ? $clog2(NF) : 1;      // neuron counter bits
    localparam integer WAB   = (WMEM > 1) ? $clog2(WMEM) : 1;  // weight address bits
    localparam integer WWORD = PE * SIMD * W_WIDTH;            // weight word bits
    localparam integer TREE_STEP = 2;                        // adder levels per stage
    localparam integer CMP_REG = (NO_ACT == 0 && N_STEPS > 15) ? 1 : 0;  // compare register
    // Operand registers (the DSP slices' input registers) where the lanes multiply in
    // DSPs (finn_dot_lane: RES_TYPE "dsp", or "auto" with both operands of at least 4
    // bits; never with a BIPOLAR or 1-bit operand).
    localparam integer MINW  = (IN_WIDTH < W_WIDTH) ? IN_WIDTH : W_WIDTH;
    localparam integer IN_REG = (XNOR == 0 && IN_BIPOLAR == 0 && W_BIPOLAR == 0 && MINW >= 2
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
    localparam [NFB-1:0] NF_LAST = NF_M1[NFB-1:0];  // last neuron fold
    localparam [WAB-1:0] WA_LAST = WA_M1[WAB-1:0];  // last weight address

    generate
        if (MW < 1 || MH < 1 || SIMD < 1 || PE < 1) begin : g_bad_dims
            ERROR_MVAU_MW_MH_SIMD_PE_must_be_at_least_1 u_error ();
        end
        if (MW % SIMD != 0) begin : g_bad_simd
            ERROR_MVAU_SIMD_must_divide_MW u_error ();
        end
        if (MH % PE != 0) begin : g_bad_pe
            ERROR_MVAU_PE_must_divide_MH u_error ();
        end
        if (NO_ACT == 0 && (N_STEPS < 1 || OUT_WIDTH > 32)) begin : g_bad_act
            ERROR_MVAU_thresholds_need_N_STEPS_at_least_1_and_OUT_WIDTH_at_most_32 u_error ();
        end
        if (RAM_STYLE_THR == "ultra") begin : g_bad_thr_style
            ERROR_MVAU_RAM_STYLE_THR_must_be_auto_block_or_distributed u_error ();
        end
    endgenerate

    // ---------------------------------------------------------------- control
    reg  [SFB-1:0] sf;       // synapse fold of the next step
    reg  [NFB-1:0] nf;       // neuron fold of the next step
    reg  [WAB-1:0] wa;       // weight address nf*SF + sf
    reg  [NFB-1:0] tcnt;     // neuron fold of the next finished output
    wire space;              // output FIFO credit available
    reg  last_sf;            // sf == SF - 1 (registered: no compare before go)
    reg  need_in;            // nf == 0 (registered)
    wire can_go  = !last_sf || space;
    wire go      = can_go && (!need_in || s_axis_0_tvalid);

    assign s_axis_0_tready = need_in && can_go;

    // Step tags through the pipeline: valid, first and last synapse fold, source.
    reg  [LAT:1]  v_t, first_t, last_t;
    reg           src_stream;  // stage 1 input comes from the stream (nf == 0)
    reg  [ALAT:0] act_t;       // [0]: accumulators final, thresholds read; [ALAT]: output ready
    // verilator lint_off UNUSEDSIGNAL
    wire [PE-1:0] lane_done;       // the lanes' tags agree: lane 0's are used
    // verilator lint_on UNUSEDSIGNAL
    wire acc_done = lane_done[0];  // the last step of an output accumulates now

    always @(posedge ap_clk) begin
        if (!ap_rst_n) begin
            sf    <= {SFB{1'b0}};
            nf    <= {NFB{1'b0}};
            last_sf <= (SF == 1);
            need_in <= 1'b1;
            wa    <= {WAB{1'b0}};
            tcnt  <= {NFB{1'b0}};
            v_t   <= {LAT{1'b0}};
            act_t <= {(ALAT+1){1'b0}};
        end else begin
            if (go) begin
                sf <= last_sf ? {SFB{1'b0}} : sf + 1'b1;
                last_sf <= (SF == 1) || (!last_sf && sf == SF_PRE);
                wa <= (wa == WA_LAST) ? {WAB{1'b0}} : wa + 1'b1;
                if (last_sf) begin
                    nf <= (nf == NF_LAST) ? {NFB{1'b0}} : nf + 1'b1;
                    need_in <= (nf == NF_LAST);
                end
            end
            if (acc_done)
                tcnt <= (tcnt == NF_LAST) ? {NFB{1'b0}} : tcnt + 1'b1;
            v_t   <= {v_t[LAT-1:1], go};
            act_t <= {act_t[ALAT-1:0], acc_done};
        end
    end

    always @(posedge ap_clk) begin
        first_t    <= {first_t[LAT-1:1], sf == {SFB{1'b0}}};
        last_t     <= {last_t[LAT-1:1], last_sf};
        src_stream <= need_in;
    end

    // ----------------------------------------------------- input vector buffer
    reg  [IW-1:0] in_q;      // beat taken from the stream
    wire [IW-1:0] x1;        // stage 1 input beat
    always @(posedge ap_clk) if (go && need_in) in_q <= s_axis_0_tdata;

    generate
        if (NF == 1 || SF == 1) begin : g_buf_reg
            // no reuse, or in_q (loaded only in neuron fold 0) keeps the vector's one beat
            wire unused_src = src_stream;
            assign x1 = in_q;
        end else begin : g_buf_mem
            reg [IW-1:0] ibuf [0:SF-1];
            reg [IW-1:0] ib_q;
            always @(posedge ap_clk) begin
                if (go) begin
                    if (need_in)
                        ibuf[sf] <= s_axis_0_tdata;
                    ib_q <= ibuf[sf];
                end
            end
            assign x1 = src_stream ? in_q : ib_q;
        end
    endgenerate

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

    genvar p;
    generate
        for (p = 0; p < PE; p = p + 1) begin : g_pe
            finn_dot_lane #(
                .SIMD(SIMD), .IN_WIDTH(IN_WIDTH), .IN_SIGNED(IN_SIGNED),
                .IN_BIPOLAR(IN_BIPOLAR), .W_WIDTH(W_WIDTH), .W_SIGNED(W_SIGNED),
                .W_BIPOLAR(W_BIPOLAR), .XNOR(XNOR), .ACC_WIDTH(ACC_WIDTH),
                .IN_REG(IN_REG), .TREE_STEP(TREE_STEP), .RES_TYPE(RES_TYPE)
            ) u_lane (
                .clk(ap_clk),
                .x(x2),
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
