// LabelSelect: indices of the K largest of each vector of LABELS values, largest first;
// equal values are ordered lower index first (ONNX TopK).
//
// Input: PE values per beat, LABELS/PE beats per vector; output: K beats of one index each.
// Value j of a vector goes to lane j % PE, which keeps a sorted list of its K best
// (value, index) pairs, inserting one value per cycle. After a vector's last beat the
// lane lists move to a snapshot, and the K results leave one per cycle, each the best
// head of the snapshot lists, while the next vector streams in. Entries are compared as
// one unsigned key {value with its sign bit flipped, inverted index}.
// s_axis_0_tready depends on registers only (it drops while the last beat of a vector
// waits for the previous vector's results to leave).
`default_nettype none

module LabelSelect #(
    parameter integer LABELS = 10,    // values per vector
    parameter integer PE = 1,         // values per input beat; divides LABELS
    parameter integer K = 1,          // indices output per vector, 1..LABELS
    parameter integer IN_WIDTH = 8,    // bits per value
    parameter integer IN_SIGNED = 0,  // 1: values are two's complement (BIPOLAR: 0)
    parameter integer OUT_WIDTH = 4    // bits per index, >= clog2(LABELS)
) (
    input  wire                  ap_clk,
    input  wire                  ap_rst_n,  // active-low synchronous reset
    input  wire [PE*IN_WIDTH-1:0] s_axis_0_tdata,
    input  wire                  s_axis_0_tvalid,
    output wire                  s_axis_0_tready,
    output wire [OUT_WIDTH-1:0]   m_axis_0_tdata,
    output reg                   m_axis_0_tvalid,
    input  wire                  m_axis_0_tready
);
    localparam integer NB = LABELS / PE;                     // beats per vector
    localparam integer IW = (LABELS > 1) ? $clog2(LABELS) : 1;
    localparam integer BW = (NB > 1) ? $clog2(NB) : 1;
    localparam integer RW = $clog2(K + 1);
    localparam integer EW = IN_WIDTH + IW;                    // entry key bits
    // constants sized to the counters they are compared with / added to
    /* verilator lint_off WIDTHTRUNC */
    localparam [BW-1:0] BEAT_LAST = NB - 1;
    localparam [IW-1:0] PE_I = PE;
    localparam [RW-1:0] K_R = K;
    localparam [PE-1:0] LANE0 = 1;
    /* verilator lint_on WIDTHTRUNC */
    localparam [IN_WIDTH:0] TOP_BIT = {1'b1, {IN_WIDTH{1'b0}}} >> 1;
    localparam [IN_WIDTH-1:0] FLIP = (IN_SIGNED != 0) ? TOP_BIT[IN_WIDTH-1:0] : {IN_WIDTH{1'b0}};

    generate
        if (LABELS < 1 || PE < 1 || K < 1 || IN_WIDTH < 1) begin : g_bad_pos
            ERROR_LabelSelect_sizes_must_be_at_least_1 u_error ();
        end
        if (LABELS % PE != 0) begin : g_bad_pe
            ERROR_LabelSelect_PE_must_divide_LABELS u_error ();
        end
        if (K > LABELS) begin : g_bad_k
            ERROR_LabelSelect_K_must_not_exceed_LABELS u_error ();
        end
        if (OUT_WIDTH < IW) begin : g_bad_out
            ERROR_LabelSelect_OUT_WIDTH_cannot_hold_every_index u_error ();
        end
    endgenerate

    reg [BW-1:0] beat;       // beat of the current vector
    reg [IW-1:0] base;       // index of the beat's value 0
    reg [RW-1:0] remaining;  // results still to send from the snapshot
    wire last_beat = (beat == BEAT_LAST);
    wire out_busy = (remaining != {RW{1'b0}});
    wire load = !m_axis_0_tvalid || m_axis_0_tready;
    wire emit = load && out_busy;
    wire take = s_axis_0_tvalid && s_axis_0_tready;
    wire snap = take && last_beat;   // lane lists move to the snapshot
    assign s_axis_0_tready = !(last_beat && out_busy);

    // per lane: sorted list (entry 0 best) and snapshot list
    wire [PE*EW-1:0] head;       // snapshot entry 0 of each lane
    wire [PE-1:0]    head_ok;
    wire [PE-1:0]    pop;        // the lane's head is being sent
    genvar p, i;
    generate
        for (p = 0; p < PE; p = p + 1) begin : g_lane
            reg  [K*EW-1:0] list;
            reg  [K-1:0]    list_ok;
            reg  [K*EW-1:0] snap_list;
            reg  [K-1:0]    snap_ok;
            wire [K*EW-1:0] ins;     // list with the new value inserted
            wire [K-1:0]    ins_ok;
            wire [K-1:0]    beaten;  // the new value ranks above entry i
            /* verilator lint_off WIDTHEXPAND */
            wire [IW-1:0] new_index = base + p;
            /* verilator lint_on WIDTHEXPAND */
            wire [EW-1:0] new_key = {s_axis_0_tdata[p * IN_WIDTH +: IN_WIDTH] ^ FLIP, ~new_index};
            for (i = 0; i < K; i = i + 1) begin : g_slot
                assign beaten[i] = !list_ok[i] || (new_key > list[i * EW +: EW]);
                if (i == 0) begin : g_first
                    assign ins[EW-1:0] = beaten[0] ? new_key : list[EW-1:0];
                    assign ins_ok[0] = 1'b1;
                end else begin : g_next
                    assign ins[i * EW +: EW] = !beaten[i] ? list[i * EW +: EW] :
                        (beaten[i - 1] ? list[(i - 1) * EW +: EW] : new_key);
                    assign ins_ok[i] = !beaten[i] ? list_ok[i] :
                        (beaten[i - 1] ? list_ok[i - 1] : 1'b1);
                end
            end
            always @(posedge ap_clk) begin
                if (!ap_rst_n) begin
                    list_ok <= {K{1'b0}};
                    snap_ok <= {K{1'b0}};
                end else begin
                    if (take) list_ok <= snap ? {K{1'b0}} : ins_ok;
                    if (snap) snap_ok <= ins_ok;
                    else if (pop[p]) snap_ok <= snap_ok >> 1;
                end
                if (take) list <= ins;
                if (snap) snap_list <= ins;
                else if (pop[p]) snap_list <= snap_list >> EW;
            end
            assign head[p * EW +: EW] = snap_list[EW-1:0];
            assign head_ok[p] = snap_ok[0];
        end
    endgenerate

    // best head over the lanes (a chain; lane order does not matter, keys are unique)
    /* verilator lint_off UNUSEDSIGNAL */  // only the last link's index is used
    wire [PE*EW-1:0] best;
    wire [PE-1:0]    best_ok;
    /* verilator lint_on UNUSEDSIGNAL */
    wire [PE*PE-1:0] best_lane;  // one-hot lane of the best head after lane p
    generate
        for (p = 0; p < PE; p = p + 1) begin : g_pick
            if (p == 0) begin : g_first
                assign best[EW-1:0] = head[EW-1:0];
                assign best_ok[0] = head_ok[0];
                assign best_lane[PE-1:0] = LANE0 & {PE{head_ok[0]}};
            end else begin : g_next
                wire mine = head_ok[p] && (!best_ok[p - 1]
                            || head[p * EW +: EW] > best[(p - 1) * EW +: EW]);
                assign best[p * EW +: EW] = mine ? head[p * EW +: EW] : best[(p - 1) * EW +: EW];
                assign best_ok[p] = mine || best_ok[p - 1];
                assign best_lane[p * PE +: PE] = mine ? (LANE0 << p)
                                                      : best_lane[(p - 1) * PE +: PE];
            end
        end
    endgenerate
    assign pop = emit ? best_lane[(PE - 1) * PE +: PE] : {PE{1'b0}};

    reg [IW-1:0] index_q;
    always @(posedge ap_clk) begin
        if (!ap_rst_n) begin
            beat <= {BW{1'b0}};
            base <= {IW{1'b0}};
            remaining <= {RW{1'b0}};
            m_axis_0_tvalid <= 1'b0;
        end else begin
            if (take) begin
                beat <= last_beat ? {BW{1'b0}} : beat + 1'b1;
                base <= last_beat ? {IW{1'b0}} : base + PE_I;
            end
            if (snap) remaining <= K_R;
            else if (emit) remaining <= remaining - 1'b1;
            if (load) m_axis_0_tvalid <= out_busy;
        end
        if (emit) index_q <= ~best[(PE - 1) * EW +: IW];
    end
    generate
        if (OUT_WIDTH > IW) begin : g_wide
            assign m_axis_0_tdata = {{(OUT_WIDTH - IW){1'b0}}, index_q};
        end else begin : g_exact
            assign m_axis_0_tdata = index_q;
        end
    endgenerate
endmodule

`default_nettype wire
