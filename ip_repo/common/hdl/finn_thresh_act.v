// finn_thresh_act: multi-threshold activation of PE values, registered output.
//
// For each lane p: out[p] = (number of i with v[p] >= thr[p][i]) + ACT_VAL,
// modulo 2**OUT_WIDTH (a BIPOLAR output uses N_STEPS = 1, ACT_VAL = 0, OUT_WIDTH = 1:
// bit 1 = +1). With NO_ACT = 1 the thresholds are ignored and out[p] = v[p],
// sign- (CMP_SIGNED) or zero-extended, or truncated, to OUT_WIDTH.
// Value p is v[p*CMP_WIDTH +: CMP_WIDTH]; threshold i of lane p is
// thr[(p*N_STEPS + i)*CMP_WIDTH +: CMP_WIDTH]; output p is out[p*OUT_WIDTH +: OUT_WIDTH].
// The thresholds need not be sorted (the count is a population count).
//
// Free-running pipeline: out holds the result for the v and thr presented
// 1 + CMP_REG cycles earlier (CMP_REG = 1 registers the comparisons, for many steps).
`default_nettype none

module finn_thresh_act #(
    parameter integer PE         = 1,  // lanes (>= 1)
    parameter integer CMP_WIDTH  = 8,  // width of values and thresholds (>= 1)
    parameter integer CMP_SIGNED = 1,  // 1: values and thresholds are two's complement
    parameter integer N_STEPS    = 1,  // thresholds per lane (>= 1)
    parameter integer OUT_WIDTH  = 8,  // bits per output element (>= 1)
    parameter integer ACT_VAL    = 0,  // offset added to the count (may be negative)
    parameter integer NO_ACT     = 0,  // 1: pass the values through, no thresholds
    parameter integer CMP_REG    = 0   // 1: one more pipeline register (latency 2)
) (
    input  wire                            clk,
    input  wire [PE*CMP_WIDTH-1:0]         v,    // values
    input  wire [PE*N_STEPS*CMP_WIDTH-1:0] thr,  // thresholds (ignored when NO_ACT = 1)
    output wire [PE*OUT_WIDTH-1:0]         out   // result, 1 + CMP_REG cycles later
);
    localparam integer CB   = $clog2(N_STEPS + 1);                 // count width
    localparam integer OB32 = (OUT_WIDTH < 32) ? OUT_WIDTH : 32;   // OUT_WIDTH with thresholds
    localparam [CB-1:0]   ONE     = 1;                             // 1 in count width
    localparam [31:0]     ACT32   = ACT_VAL;
    localparam [OB32-1:0] ACT_OUT = ACT32[OB32-1:0];               // ACT_VAL mod 2**OUT_WIDTH

    generate
        if (PE < 1 || CMP_WIDTH < 1 || N_STEPS < 1 || OUT_WIDTH < 1) begin : g_bad_size
            ERROR_finn_thresh_act_needs_PE_CMP_WIDTH_N_STEPS_OUT_WIDTH_at_least_1 u_error ();
        end
        if (N_STEPS > 65535) begin : g_bad_steps
            ERROR_finn_thresh_act_N_STEPS_at_most_65535 u_error ();
        end
        if (NO_ACT == 0 && (OUT_WIDTH > 32 || OUT_WIDTH < CB)) begin : g_bad_out
            ERROR_finn_thresh_act_OUT_WIDTH_must_hold_the_count_and_be_at_most_32 u_error ();
        end
    endgenerate

    genvar p;
    generate
        if (NO_ACT != 0) begin : g_pass
            wire unused_thr = &{1'b0, thr};
            for (p = 0; p < PE; p = p + 1) begin : g_lane
                wire [CMP_WIDTH-1:0] val = v[p*CMP_WIDTH +: CMP_WIDTH];
                wire [OUT_WIDTH-1:0] resized;
                reg  [OUT_WIDTH-1:0] o;
                if (OUT_WIDTH > CMP_WIDTH) begin : g_ext
                    assign resized =
                        {{(OUT_WIDTH-CMP_WIDTH){(CMP_SIGNED != 0) & val[CMP_WIDTH-1]}}, val};
                end else begin : g_trunc
                    assign resized = val[OUT_WIDTH-1:0];
                    if (OUT_WIDTH < CMP_WIDTH) begin : g_unused
                        wire unused_hi = &{1'b0, val[CMP_WIDTH-1:OUT_WIDTH]};
                    end
                end
                if (CMP_REG != 0) begin : g_reg
                    reg [OUT_WIDTH-1:0] r;
                    always @(posedge clk) begin
                        r <= resized;
                        o <= r;
                    end
                end else begin : g_direct
                    always @(posedge clk) o <= resized;
                end
                assign out[p*OUT_WIDTH +: OUT_WIDTH] = o;
            end
        end else begin : g_act
            for (p = 0; p < PE; p = p + 1) begin : g_lane
                wire [CMP_WIDTH-1:0] val = v[p*CMP_WIDTH +: CMP_WIDTH];
                reg  [CMP_WIDTH-1:0] t;
                reg  [N_STEPS-1:0]   ge;                     // val >= threshold i
                reg  [N_STEPS-1:0]   ge_q;                   // ge, registered if CMP_REG
                reg  [CB-1:0]        tree [1:2*N_STEPS-1];   // popcount, heap layout
                wire [CB-1:0]        cnt = tree[1];
                wire [OUT_WIDTH-1:0] cnt_o;
                reg  [OUT_WIDTH-1:0] o;
                integer i, n;
                always @* begin
                    for (i = 0; i < N_STEPS; i = i + 1) begin
                        t = thr[(p*N_STEPS + i)*CMP_WIDTH +: CMP_WIDTH];
                        ge[i] = (CMP_SIGNED != 0) ? ($signed(val) >= $signed(t)) : (val >= t);
                    end
                end
                if (CMP_REG != 0) begin : g_reg
                    always @(posedge clk) ge_q <= ge;
                end else begin : g_direct
                    always @* ge_q = ge;
                end
                always @* begin
                    for (n = 0; n < N_STEPS; n = n + 1)
                        tree[N_STEPS + n] = ONE & {CB{ge_q[n]}};
                    for (n = N_STEPS - 1; n >= 1; n = n - 1)
                        tree[n] = tree[2*n] + tree[2*n + 1];
                end
                if (OUT_WIDTH > CB) begin : g_ext
                    assign cnt_o = {{(OUT_WIDTH-CB){1'b0}}, cnt};
                end else begin : g_same
                    assign cnt_o = cnt;
                end
                always @(posedge clk) o <= cnt_o + ACT_OUT;
                assign out[p*OUT_WIDTH +: OUT_WIDTH] = o;
            end
        end
    endgenerate
endmodule

`default_nettype wire
