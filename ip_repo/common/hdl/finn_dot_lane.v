// finn_dot_lane: one processing element of MVAU/VVAU. Multiplies SIMD input
// elements with SIMD weights, adds the products in a balanced tree and
// accumulates the sums of consecutive beats.
//
// Pipeline (no stall input, data moves every cycle; the caller tags validity):
//            x, w presented
//  (+1 cycle operand registers, if IN_REG = 1: the DSP input registers)
//   +1 cycle product registers (one per SIMD element)
//  (+1 cycle sums of groups of 8 products, if TREE_REG = 1)
//   +1 cycle sum register (adder tree)
//   +1 cycle acc, when acc_en (acc_first restarts the accumulation)
// so acc_en and acc_first must be presented 2 + IN_REG + TREE_REG cycles after x, w.
//
// Element encodings (element i in bits [i*BITS +: BITS]):
//   BIPOLAR: one bit, 1 = +1, 0 = -1; signed: two's complement; else unsigned.
// XNOR = 1 (both BIPOLAR): each product is 1 when x and w agree, else 0 (popcount).
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
    // The PE lanes are identical: one shared C++ class builds faster in Verilator.
    /* verilator no_inline_module */
    // Width of one decoded operand: BIPOLAR -> 2 bits signed, unsigned -> one extra bit.
    localparam integer XB = (IN_BIPOLAR != 0) ? 2 : (IN_SIGNED != 0) ? IN_WIDTH : IN_WIDTH + 1;
    localparam integer WB = (W_BIPOLAR != 0) ? 2 : (W_SIGNED != 0) ? W_WIDTH : W_WIDTH + 1;
    localparam integer PW = XB + WB;               // product width (two's complement)
    localparam integer LW = (XNOR != 0) ? 2 : PW;  // significant product bits
    // Adder tree width: the exact sum of SIMD products, or ACC_WIDTH if that is narrower.
    localparam integer SW = LW + ((SIMD > 1) ? $clog2(SIMD) : 0);
    localparam integer TW = (SW < ACC_WIDTH) ? SW : ACC_WIDTH;
    localparam integer G  = (TREE_REG != 0) ? 8 : SIMD;  // products per first-level group
    localparam integer NG = (SIMD + G - 1) / G;          // first-level groups
    localparam [PW-1:0] P_ONE = 1;                 // +1 as a product
    localparam [PW-1:0] P_MINUS_ONE = {PW{1'b1}};  // -1 as a product

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

    // Operand value as a signed number of width PW (not used in XNOR mode).
    function [PW-1:0] ext_x(input [IN_WIDTH-1:0] e);
        begin
            if (IN_BIPOLAR != 0)
                ext_x = e[0] ? P_ONE : P_MINUS_ONE;
            else
                ext_x = {{(PW-IN_WIDTH){(IN_SIGNED != 0) & e[IN_WIDTH-1]}}, e};
        end
    endfunction

    function [PW-1:0] ext_w(input [W_WIDTH-1:0] e);
        begin
            if (W_BIPOLAR != 0)
                ext_w = e[0] ? P_ONE : P_MINUS_ONE;
            else
                ext_w = {{(PW-W_WIDTH){(W_SIGNED != 0) & e[W_WIDTH-1]}}, e};
        end
    endfunction

    // One product, PW bits (two's complement, or 0/1 in XNOR mode).
    function [PW-1:0] product(input [IN_WIDTH-1:0] xe, input [W_WIDTH-1:0] we);
        begin
            if (XNOR != 0)
                product = (xe[0] == we[0]) ? P_ONE : {PW{1'b0}};
            else if (IN_BIPOLAR != 0 && W_BIPOLAR != 0)
                product = (xe[0] == we[0]) ? P_ONE : P_MINUS_ONE;
            else if (IN_BIPOLAR != 0)
                product = xe[0] ? ext_w(we) : (~ext_w(we) + P_ONE);
            else if (W_BIPOLAR != 0)
                product = we[0] ? ext_x(xe) : (~ext_x(xe) + P_ONE);
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

    reg  [SIMD*IN_WIDTH-1:0] x_r;
    reg  [SIMD*W_WIDTH-1:0]  w_r;
    reg  [TW-1:0]            prod_r [0:SIMD-1];   // registered products (tree leaves)
    reg  [TW-1:0]            gtree [1:2*G-1];     // group adder tree, heap layout
    reg  [TW-1:0]            part [0:NG-1];       // group sums
    reg  [TW-1:0]            part_q [0:NG-1];     // group sums, registered if TREE_REG
    reg  [TW-1:0]            ftree [1:2*NG-1];    // adder tree over the group sums
    reg  [TW-1:0]            sum_r;
    reg  [ACC_WIDTH-1:0]     acc_r;

    // The product registers, with the use_dsp hint of RES_TYPE.
    generate
        if (RES_TYPE == "dsp") begin : g_dsp
            (* use_dsp = "yes" *) reg [TW-1:0] p_r [0:SIMD-1];
            integer j, m;
            always @(posedge clk)
                for (j = 0; j < SIMD; j = j + 1)
                    p_r[j] <= prod_leaf(x_r[j*IN_WIDTH +: IN_WIDTH], w_r[j*W_WIDTH +: W_WIDTH]);
            always @* for (m = 0; m < SIMD; m = m + 1) prod_r[m] = p_r[m];
        end else if (RES_TYPE == "lut") begin : g_lut
            (* use_dsp = "no" *) reg [TW-1:0] p_r [0:SIMD-1];
            integer j, m;
            always @(posedge clk)
                for (j = 0; j < SIMD; j = j + 1)
                    p_r[j] <= prod_leaf(x_r[j*IN_WIDTH +: IN_WIDTH], w_r[j*W_WIDTH +: W_WIDTH]);
            always @* for (m = 0; m < SIMD; m = m + 1) prod_r[m] = p_r[m];
        end else begin : g_auto
            integer j;
            always @(posedge clk)
                for (j = 0; j < SIMD; j = j + 1)
                    prod_r[j] <= prod_leaf(x_r[j*IN_WIDTH +: IN_WIDTH], w_r[j*W_WIDTH +: W_WIDTH]);
        end
    endgenerate

    // Balanced adder trees (heap layout: node k sums nodes 2k and 2k+1): one per
    // group of G products (a single group unless TREE_REG), then over the group sums.
    integer g, k;
    always @* begin
        for (g = 0; g < NG; g = g + 1) begin
            for (k = 0; k < G; k = k + 1) begin
                if (g*G + k < SIMD)
                    gtree[G + k] = prod_r[g*G + k];
                else
                    gtree[G + k] = {TW{1'b0}};
            end
            for (k = G - 1; k >= 1; k = k - 1)
                gtree[k] = gtree[2*k] + gtree[2*k + 1];
            part[g] = gtree[1];
        end
    end

    generate
        if (TREE_REG != 0) begin : g_tree_reg
            integer j;
            always @(posedge clk)
                for (j = 0; j < NG; j = j + 1) part_q[j] <= part[j];
        end else begin : g_tree_comb
            integer j;
            always @* for (j = 0; j < NG; j = j + 1) part_q[j] = part[j];
        end
    endgenerate

    integer f;
    always @* begin
        for (f = 0; f < NG; f = f + 1)
            ftree[NG + f] = part_q[f];
        for (f = NG - 1; f >= 1; f = f - 1)
            ftree[f] = ftree[2*f] + ftree[2*f + 1];
    end

    // The sum sign-extended to the accumulator width.
    wire [ACC_WIDTH-1:0] sum_acc;
    generate
        if (ACC_WIDTH > TW) begin : g_sum_ext
            assign sum_acc = {{(ACC_WIDTH-TW){sum_r[TW-1]}}, sum_r};
        end else begin : g_sum_same
            assign sum_acc = sum_r;
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

    always @(posedge clk) begin
        sum_r <= ftree[1];
        if (acc_en)
            acc_r <= acc_first ? sum_acc : acc_r + sum_acc;
    end

    assign acc = acc_r;
endmodule

`default_nettype wire
