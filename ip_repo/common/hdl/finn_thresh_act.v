// finn_thresh_act: multi-threshold activation of PE values, registered output.
//
// For each lane p: out[p] = (number of i with v[p] >= thr[p][i]) + ACT_VAL,
// modulo 2**OUT_WIDTH (a BIPOLAR output uses N_STEPS = 1, ACT_VAL = 0, OUT_WIDTH = 1:
// bit 1 = +1). With NO_ACT = 1 the thresholds are ignored and out[p] = v[p],
// sign- (CMP_SIGNED) or zero-extended, or truncated, to OUT_WIDTH.
// Value p is v[p*CMP_WIDTH +: CMP_WIDTH]; threshold i of lane p is
// thr[(p*N_STEPS + i)*CMP_WIDTH +: CMP_WIDTH]; output p is out[p*OUT_WIDTH +: OUT_WIDTH].
// The thresholds need not be sorted (the count adds up the comparison bits, which
// synthesis maps to a compact adder tree).
//
// Pipeline: out holds the result for the v and thr presented with en high
// 1 + CMP_REG cycles earlier (CMP_REG = 1 registers the comparisons, for many steps),
// and keeps it until the next such result; the registers are enabled only by en.
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
    input  wire                            en,   // v and thr hold a new input
    input  wire [PE*CMP_WIDTH-1:0]         v,    // values
    input  wire [PE*N_STEPS*CMP_WIDTH-1:0] thr,  // thresholds (ignored when NO_ACT = 1)
    output wire [PE*OUT_WIDTH-1:0]         out   // result, 1 + CMP_REG cycles later
);
    localparam integer CB   = $clog2(N_STEPS + 1);                 // count width
    localparam integer OB32 = (OUT_WIDTH < 32) ? OUT_WIDTH : 32;   // OUT_WIDTH with thresholds
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

    localparam integer CBO = (CB < OB32) ? CB : OB32;              // count bits kept
    localparam [CB-1:0] C_ONE = 1;
    localparam integer RW  = (CMP_WIDTH < OUT_WIDTH) ? CMP_WIDTH : OUT_WIDTH;  // NO_ACT bits kept
    localparam [OUT_WIDTH-1:0] OUT_HI = {OUT_WIDTH{1'b1}} << RW;  // NO_ACT sign extension

    // Comparison bits, bit p*N_STEPS + i: v[p] >= thr[p][i].
    function [PE*N_STEPS-1:0] compare(input [PE*CMP_WIDTH-1:0] vals,
                                      input [PE*N_STEPS*CMP_WIDTH-1:0] t);
        integer q, i;
        begin
            for (q = 0; q < PE; q = q + 1)
                for (i = 0; i < N_STEPS; i = i + 1)
                    compare[q*N_STEPS + i] = (CMP_SIGNED != 0)
                        ? ($signed(vals[q*CMP_WIDTH +: CMP_WIDTH])
                           >= $signed(t[(q*N_STEPS + i)*CMP_WIDTH +: CMP_WIDTH]))
                        : (vals[q*CMP_WIDTH +: CMP_WIDTH]
                           >= t[(q*N_STEPS + i)*CMP_WIDTH +: CMP_WIDTH]);
        end
    endfunction

    // Per lane: the number of comparison bits set, plus ACT_VAL (OUT_WIDTH = OB32 here).
    function [PE*OB32-1:0] activate(input [PE*N_STEPS-1:0] ge);
        integer q, i;
        reg [CB-1:0] c;
        begin
            for (q = 0; q < PE; q = q + 1) begin
                c = {CB{1'b0}};
                for (i = 0; i < N_STEPS; i = i + 1)
                    c = c + (C_ONE & {CB{ge[q*N_STEPS + i]}});
                activate[q*OB32 +: OB32] = count_out(c) + ACT_OUT;
            end
        end
    endfunction

    // verilator lint_off UNUSEDSIGNAL
    function [OB32-1:0] count_out(input [CB-1:0] cnt);  // (CB <= OB32 with thresholds)
        begin
            count_out = {OB32{1'b0}};
            count_out[CBO-1:0] = cnt[CBO-1:0];
        end
    endfunction
    // verilator lint_on UNUSEDSIGNAL

    // NO_ACT: the values sign- or zero-extended, or truncated, to OUT_WIDTH.
    function [PE*OUT_WIDTH-1:0] resize(input [PE*CMP_WIDTH-1:0] vals);
        integer q;
        reg [OUT_WIDTH-1:0] r;
        begin
            for (q = 0; q < PE; q = q + 1) begin
                r = {OUT_WIDTH{1'b0}};
                r[RW-1:0] = vals[q*CMP_WIDTH +: RW];
                r = r | (OUT_HI & {OUT_WIDTH{(CMP_SIGNED != 0) & vals[q*CMP_WIDTH + CMP_WIDTH - 1]}});
                resize[q*OUT_WIDTH +: OUT_WIDTH] = r;
            end
        end
    endfunction

    reg [PE*OUT_WIDTH-1:0] out_r;
    assign out = out_r;

    generate
        if (NO_ACT != 0) begin : g_pass
            wire unused_thr = &{1'b0, thr};
            if (CMP_REG != 0) begin : g_reg
                reg [PE*OUT_WIDTH-1:0] r;
                reg                    en_q;
                always @(posedge clk) begin
                    en_q <= en;
                    if (en) r <= resize(v);
                    if (en_q) out_r <= r;
                end
            end else begin : g_direct
                always @(posedge clk) if (en) out_r <= resize(v);
            end
        end else begin : g_act
            if (CMP_REG != 0) begin : g_reg
                reg [PE*N_STEPS-1:0] ge_q;
                reg                  en_q;
                always @(posedge clk) begin
                    en_q <= en;
                    if (en) ge_q <= compare(v, thr);
                    if (en_q) out_r <= activate(ge_q);
                end
            end else begin : g_direct
                always @(posedge clk) if (en) out_r <= activate(compare(v, thr));
            end
        end
    endgenerate
endmodule

`default_nettype wire
