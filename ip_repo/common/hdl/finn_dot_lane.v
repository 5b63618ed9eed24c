// finn_dot_lane: one processing element of MVAU/VVAU. Multiplies SIMD input
// elements with SIMD weights, adds the products and accumulates the sums of
// consecutive beats.
//
// Pipeline (no stall input, data moves every cycle; the caller tags validity):
//            x, w presented
//  (+1 cycle operand registers, if IN_REG = 1: the DSP input registers)
//   +1 cycle product registers (one per SIMD element)
//  (+1 cycle partial sums (groups of 8 products), if TREE_REG = 1)
//   +1 cycle sum register
//   +1 cycle acc, when acc_en (acc_first restarts the accumulation)
// so acc_en and acc_first must be presented 2 + IN_REG + TREE_REG cycles after x, w.
//
// Element encodings (element i in bits [i*BITS +: BITS]):
//   BIPOLAR: one bit, 1 = +1, 0 = -1; signed: two's complement; else unsigned.
// XNOR = 1 (both BIPOLAR): each product is 1 when x and w agree, else 0.
// Binary lanes (both BIPOLAR) register the SIMD agreement bits ~(x ^ w) and count
// them (popcount: bit-parallel additions of neighbouring fields, as wide as the
// counts need); the sum is the count (XNOR) or 2 * count - SIMD. Other lanes
// register SIMD products and add them in a balanced adder tree.
// All additions are modulo 2**ACC_WIDTH; the accumulated value is exact whenever
// the true dot product is representable in ACC_WIDTH bits (ACC_SIGNED says how).
`default_nettype none

module finn_dot_lane #(
    parameter integer   SIMD       = 1,      // elements per beat (>= 1)
    parameter integer   IN_WIDTH   = 8,      // bits per input element (1 if IN_BIPOLAR)
    parameter integer   IN_SIGNED  = 0,      // 1: inputs are two's complement
    parameter integer   IN_BIPOLAR = 0,      // 1: inputs are BIPOLAR (+1 / -1)
    parameter integer   W_WIDTH    = 8,      // bits per weight (1 if W_BIPOLAR)
    parameter integer   W_SIGNED   = 1,      // 1: weights are two's complement
    parameter integer   W_BIPOLAR  = 0,      // 1: weights are BIPOLAR (+1 / -1)
    parameter integer   XNOR       = 0,      // 1: XNOR-popcount product (needs both BIPOLAR)
    parameter integer   ACC_WIDTH  = 32,     // accumulator width in bits (>= 2)
    parameter integer   IN_REG     = 1,      // 1: register x and w first (+1 cycle)
    parameter integer   TREE_REG   = 0,      // 1: register the adder tree halfway (+1 cycle)
    parameter [8*4-1:0] RES_TYPE   = "auto"  // multipliers: "auto", "lut", "dsp" (use_dsp hint)
) (
    input  wire                      clk,
    input  wire [SIMD*IN_WIDTH-1:0]  x,          // input elements
    input  wire [SIMD*W_WIDTH-1:0]   w,          // weights
    input  wire                      acc_en,     // add the sum of x*w of 2+IN_REG+TREE_REG
                                                 // cycles ago into acc
    input  wire                      acc_first,  // with acc_en: acc = sum, not acc + sum
    output wire [ACC_WIDTH-1:0]      acc         // accumulated value
);
    // Width of one decoded operand: BIPOLAR -> 2 bits signed, unsigned -> one extra bit.
    localparam integer XB = (IN_BIPOLAR != 0) ? 2 : (IN_SIGNED != 0) ? IN_WIDTH : IN_WIDTH + 1;
    localparam integer WB = (W_BIPOLAR != 0) ? 2 : (W_SIGNED != 0) ? W_WIDTH : W_WIDTH + 1;
    localparam integer PW = XB + WB;               // product width (two's complement)
    localparam integer LW = (XNOR != 0) ? 2 : PW;  // significant product bits
    // Adder tree width: the exact sum of SIMD products, or ACC_WIDTH if that is narrower.
    localparam integer SW = LW + ((SIMD > 1) ? $clog2(SIMD) : 0);
    localparam integer TW = (SW < ACC_WIDTH) ? SW : ACC_WIDTH;
    localparam [PW-1:0] P_ONE = 1;                 // +1 as a product

    generate
        if (SIMD < 1 || IN_WIDTH < 1 || W_WIDTH < 1 || ACC_WIDTH < 2) begin : g_bad_size
            ERROR_finn_dot_lane_needs_SIMD_IN_W_WIDTH_at_least_1_ACC_WIDTH_2 u_error ();
        end
        if ((IN_BIPOLAR != 0 && IN_WIDTH != 1) || (W_BIPOLAR != 0 && W_WIDTH != 1))
        begin : g_bad_bip
            ERROR_finn_dot_lane_BIPOLAR_operands_must_be_1_bit u_error ();
        end
        if (XNOR != 0 && (IN_BIPOLAR == 0 || W_BIPOLAR == 0)) begin : g_bad_xnor
            ERROR_finn_dot_lane_XNOR_needs_BIPOLAR_inputs_and_weights u_error ();
        end
        if (RES_TYPE != "auto" && RES_TYPE != "lut" && RES_TYPE != "dsp") begin : g_bad_res
            ERROR_finn_dot_lane_RES_TYPE_must_be_auto_lut_or_dsp u_error ();
        end
    endgenerate

    // A signed or unsigned operand (not BIPOLAR) extended to PW bits.
    function [PW-1:0] ext_x(input [IN_WIDTH-1:0] e);
        ext_x = {{(PW-IN_WIDTH){(IN_SIGNED != 0) & e[IN_WIDTH-1]}}, e};
    endfunction

    function [PW-1:0] ext_w(input [W_WIDTH-1:0] e);
        ext_w = {{(PW-W_WIDTH){(W_SIGNED != 0) & e[W_WIDTH-1]}}, e};
    endfunction

    // One product, PW bits (two's complement). Binary lanes (both BIPOLAR) take the
    // popcount path instead. A BIPOLAR operand negates the other one or not, written
    // without data-dependent choices: (v ^ m) + (m & 1) with m all ones to negate.
    function [PW-1:0] product(input [IN_WIDTH-1:0] xe, input [W_WIDTH-1:0] we);
        begin
            if (IN_BIPOLAR != 0)
                product = (ext_w(we) ^ {PW{~xe[0]}}) + (P_ONE & {PW{~xe[0]}});
            else if (W_BIPOLAR != 0)
                product = (ext_x(xe) ^ {PW{~we[0]}}) + (P_ONE & {PW{~we[0]}});
            else
                product = $signed(ext_x(xe)) * $signed(ext_w(we));
        end
    endfunction

    // One product as an adder-tree leaf of TW bits: sign-extended, or truncated
    // (modulo 2**TW) when the accumulator is narrower than the product.
    // verilator lint_off UNUSEDSIGNAL
    function [TW-1:0] leaf(input [PW-1:0] p);
        reg [PW+TW-1:0] wide;
        begin
            wide = {{TW{p[PW-1]}}, p};
            leaf = wide[TW-1:0];
        end
    endfunction
    // verilator lint_on UNUSEDSIGNAL

    function [TW-1:0] prod_leaf(input [IN_WIDTH-1:0] xe, input [W_WIDTH-1:0] we);
        prod_leaf = leaf(product(xe, we));
    endfunction

    // Popcount path for binary lanes (see the header).
    localparam integer POP   = (IN_BIPOLAR != 0 && W_BIPOLAR != 0) ? 1 : 0;
    localparam integer PL    = (SIMD > 1) ? $clog2(SIMD) : 0;  // popcount levels
    localparam integer PN    = 1 << PL;                        // SIMD rounded up to 2**PL
    localparam integer PLR   = (TREE_REG != 0 && PL > 3) ? 3 : PL;  // levels before TREE_REG
    localparam integer CW    = $clog2(SIMD + 1);               // count width
    localparam integer PLM   = (PL > 0) ? PL : 1;
    localparam [PLM*PN-1:0] PMASK = pop_masks(PL);
    localparam [31:0] SIMD32 = SIMD;

    // Popcount level l adds the neighbouring fields of 2**l bits of its input into
    // fields of 2**(l+1) bits; a count of 2**l bits needs only l+1 bits, so mask l
    // (bits [l*PN +: PN]) keeps those of each field.
    function [PLM*PN-1:0] pop_masks(input integer levels);
        integer l, b;
        begin
            pop_masks = {(PLM*PN){1'b0}};
            for (l = 0; l < levels; l = l + 1)
                for (b = 0; b < PN; b = b + 1)
                    pop_masks[l*PN + b] = (b % (2 << l)) < (l + 1);
        end
    endfunction

    // The agreement bits, zero-padded to PN bits.
    function [PN-1:0] pop_pad(input [SIMD-1:0] bits);
        begin
            pop_pad = {PN{1'b0}};
            pop_pad[SIMD-1:0] = bits;
        end
    endfunction

    // Popcount levels 0..PLR-1 (pop_lo) and PLR..PL-1 (pop_hi) applied to v.
    function [PN-1:0] pop_lo(input [PN-1:0] v);
        integer l;
        begin
            pop_lo = v;
            for (l = 0; l < PLR; l = l + 1)
                pop_lo = (pop_lo & PMASK[l*PN +: PN]) + ((pop_lo >> (1 << l)) & PMASK[l*PN +: PN]);
        end
    endfunction

    function [PN-1:0] pop_hi(input [PN-1:0] v);
        integer l;
        begin
            pop_hi = v;
            for (l = PLR; l < PL; l = l + 1)
                pop_hi = (pop_hi & PMASK[l*PN +: PN]) + ((pop_hi >> (1 << l)) & PMASK[l*PN +: PN]);
        end
    endfunction

    // The lane sum (TW bits) from the count in the low CW bits: the count (XNOR)
    // or 2 * count - SIMD (sum of +1 / -1 products). TW <= 4 + log2(SIMD) < 32 here.
    // verilator lint_off UNUSEDSIGNAL
    function [TW-1:0] pop_sum(input [PN-1:0] v);
        reg [31:0] total;
        begin
            total = 32'd0;
            total[CW-1:0] = v[CW-1:0];
            if (XNOR == 0)
                total = (total << 1) - SIMD32;
            pop_sum = total[TW-1:0];
        end
    endfunction
    // verilator lint_on UNUSEDSIGNAL

    // A sum sign-extended to the accumulator width (2 <= TW <= ACC_WIDTH).
    localparam [ACC_WIDTH-1:0] ACC_HI = {ACC_WIDTH{1'b1}} << TW;  // bits above the sum
    function [ACC_WIDTH-1:0] sum_acc(input [TW-1:0] v);
        begin
            sum_acc = {ACC_WIDTH{1'b0}};
            sum_acc[TW-1:0] = v;
            sum_acc = sum_acc | (ACC_HI & {ACC_WIDTH{v[TW-1]}});
        end
    endfunction

    reg  [SIMD*IN_WIDTH-1:0] x_r;
    reg  [SIMD*W_WIDTH-1:0]  w_r;
    reg  [ACC_WIDTH-1:0]     acc_r;
    wire [TW-1:0]            sum_r;  // the sum register (of the products)

    generate
        if (POP != 0) begin : g_pop
            reg  [SIMD-1:0] agree_r;  // product registers: x and w agree
            always @(posedge clk) agree_r <= ~(x_r ^ w_r);
            if (TREE_REG != 0) begin : g_tree_reg
                reg [PN-1:0] part_r;  // the fields after PLR levels
                reg [TW-1:0] sum_q;
                always @(posedge clk) begin
                    part_r <= pop_lo(pop_pad(agree_r));
                    sum_q  <= pop_sum(pop_hi(part_r));
                end
                assign sum_r = sum_q;
            end else begin : g_tree_comb
                reg [TW-1:0] sum_q;
                always @(posedge clk) sum_q <= pop_sum(pop_hi(pop_lo(pop_pad(agree_r))));
                assign sum_r = sum_q;
            end
            // the sum sign-extended by a concatenation (fewer operations to simulate)
            always @(posedge clk) begin
                if (acc_en)
                    acc_r <= (acc_r & {ACC_WIDTH{~acc_first}})
                             + {{(ACC_WIDTH - TW + 1){sum_r[TW-1]}}, sum_r[TW-2:0]};
            end
        end else begin : g_mul
            // The product registers (tree leaf j at [j*TW +: TW]), with the use_dsp
            // hint of RES_TYPE; the adder trees run in the clocked blocks.
            wire [SIMD*TW-1:0] prod_r;
            reg  [TW-1:0]      sum_q;
            genvar j;
            if (RES_TYPE == "dsp") begin : g_dsp
                (* use_dsp = "yes" *) reg [SIMD*TW-1:0] p_r;
                for (j = 0; j < SIMD; j = j + 1) begin : g_leaf
                    always @(posedge clk)
                        p_r[j*TW +: TW] <= prod_leaf(x_r[j*IN_WIDTH +: IN_WIDTH], w_r[j*W_WIDTH +: W_WIDTH]);
                end
                assign prod_r = p_r;
            end else if (RES_TYPE == "lut") begin : g_lut
                (* use_dsp = "no" *) reg [SIMD*TW-1:0] p_r;
                for (j = 0; j < SIMD; j = j + 1) begin : g_leaf
                    always @(posedge clk)
                        p_r[j*TW +: TW] <= prod_leaf(x_r[j*IN_WIDTH +: IN_WIDTH], w_r[j*W_WIDTH +: W_WIDTH]);
                end
                assign prod_r = p_r;
            end else begin : g_auto
                reg [SIMD*TW-1:0] p_r;
                for (j = 0; j < SIMD; j = j + 1) begin : g_leaf
                    always @(posedge clk)
                        p_r[j*TW +: TW] <= prod_leaf(x_r[j*IN_WIDTH +: IN_WIDTH], w_r[j*W_WIDTH +: W_WIDTH]);
                end
                assign prod_r = p_r;
            end
            // Balanced adder tree in heap layout: node k = node 2k + node 2k+1; nodes
            // PN..2PN-1 are the leaves (the SIMD products, zero-padded). With TREE_REG
            // the nodes over 8 leaves each (RB..2RB-1) are registered.
            localparam integer RB = (TREE_REG != 0 && PN > 8) ? PN / 8 : 1;
            localparam integer NB = (TREE_REG != 0) ? RB : 1;  // lowest combinational node
            wire [TW-1:0] node [NB:2*PN-1] /* verilator split_var */;
            genvar t;
            for (t = 0; t < PN; t = t + 1) begin : g_leaf_node
                if (t < SIMD) begin : g_used
                    assign node[PN + t] = prod_r[t*TW +: TW];
                end else begin : g_pad
                    assign node[PN + t] = {TW{1'b0}};
                end
            end
            for (t = NB; t < PN; t = t + 1) begin : g_node
                assign node[t] = node[2*t] + node[2*t + 1];
            end
            if (TREE_REG != 0) begin : g_tree_reg
                wire [TW-1:0] upper [1:2*RB-1] /* verilator split_var */;  // registered nodes, tree above
                for (t = RB; t < 2 * RB; t = t + 1) begin : g_part
                    reg [TW-1:0] part_r;
                    always @(posedge clk) part_r <= node[t];
                    assign upper[t] = part_r;
                end
                for (t = 1; t < RB; t = t + 1) begin : g_upper
                    assign upper[t] = upper[2*t] + upper[2*t + 1];
                end
                always @(posedge clk) sum_q <= upper[1];
            end else begin : g_tree_comb
                always @(posedge clk) sum_q <= node[1];
            end
            assign sum_r = sum_q;
            // the sum sign-extended by sum_acc (fewer LUTs after synthesis here)
            always @(posedge clk) begin
                if (acc_en)
                    acc_r <= (acc_r & {ACC_WIDTH{~acc_first}}) + sum_acc(sum_r);
            end
        end
    endgenerate

    generate
        if (IN_REG != 0) begin : g_in_reg
            always @(posedge clk) begin
                x_r <= x;
                w_r <= w;
            end
        end else begin : g_in_comb
            always @* begin
                x_r = x;
                w_r = w;
            end
        end
    endgenerate

    assign acc = acc_r;
endmodule

`default_nettype wire
