// finn_dot_lane: one processing element of MVAU/VVAU. Multiplies SIMD input
// elements with SIMD weights, adds the products and accumulates the sums of
// consecutive beats.
//
// Pipeline (no stall input, data moves every cycle; en tags the beats to accumulate and
// travels with them):
//            x, w, en, first, last presented (x and w should come from registers)
//  (+1 cycle operand registers, if IN_REG = 1: the DSP input registers)
//   +1 cycle leaf registers (products, chain sums or DSP outputs, see below; binary
//            lanes have none: their agreement bits feed the popcount directly)
//  (+1 cycle after every TREE_STEP adder (or popcount) levels below the root)
//   +1 cycle sum register
//   +1 cycle acc, for a beat with en (first restarts the accumulation)
// done is high in the cycle the beat with last accumulates: acc holds that output in
// the next cycle (and until the next beat with en accumulates).
//
// Element encodings (element i in bits [i*BITS +: BITS]):
//   BIPOLAR: one bit, 1 = +1, 0 = -1; signed: two's complement; else unsigned.
// XNOR = 1 (both BIPOLAR): each product is 1 when x and w agree, else 0.
//
// Three datapaths, chosen at elaboration:
// - Binary lanes (both BIPOLAR) register the SIMD agreement bits ~(x ^ w) and count
//   them (popcount: bit-parallel additions of neighbouring fields, as wide as the
//   counts need); the sum is the count (XNOR) or 2 * count - SIMD.
// - DSP lanes (RES_TYPE "dsp", or "auto" with both operands of at least 4 bits; never
//   with a BIPOLAR or 1-bit operand) multiply in DSP48E1/E2 slices, two products per
//   slice when the widths allow (DSP_PACK): for elements 2i and 2i+1, with n the
//   operand of fewer bits and v the other, the pre-adder forms AD = v0 + a1 * 2**K, the
//   B port holds n0 * 2**K + b1 (a concatenation; a negative b1 borrows one from the
//   n0 field, which the slice therefore gets as n0 - sign(b1)), where (a1, b1) is
//   (v1, n1), or (n1, v1) when that makes b1 unsigned. Bits [2K-1:K] of AD * B + RND
//   are v0*n0 + v1*n1 exactly: the cross product v0*b1 stays below bit K (RND =
//   2**(K-1) lifts it when it can be negative), a1*n0 above bit 2K. K is the smallest
//   field holding every such sum and cross product; AD must fit 25 bits and B 18, the
//   multiplier of the DSP48E1 (the DSP48E2's 27 x 18 runs the same RTL). A lone last
//   element (odd SIMD) has a1 = 0 and b1 from itself (the field is v0*n0; B keeps no
//   constant bits, so synthesis keeps the slice). Otherwise (wider operands) one
//   product per slice. The slices' A, D, B and
//   P registers are the operand registers (IN_REG) and the leaf registers.
// - LUT lanes (everything else) never write a multiplication: the operand with the
//   fewer partial-product bits is recoded in radix-4 Booth digits (-2..2; a BIPOLAR
//   operand is one digit +-1, a 1-bit one 0 or 1), each digit selects 0, +-v or +-2v
//   of the other operand (inverted when negative: the +1 of the negation is a carry
//   input), and the digits of CHAIN consecutive products (two for one-digit products,
//   so at most two additions in series for up to three digits) are added in one carry
//   chain, digit d into bits 2d and
//   up of the running sum with its +1 as the carry in, so each digit's selection
//   merges into its adder's LUTs. The first digit of a chain leaves its +1 over; the
//   adder tree takes it as the carry in of the adder whose right subtree starts at
//   that chain (the accumulator for chain 0).
// The adder tree over the leaves (chain sums, DSP fields or products) is balanced,
// every adder exactly as wide as its sums (or ACC_WIDTH if that is narrower).
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
    parameter integer   TREE_STEP  = 2,      // adder levels between tree registers (>= 1)
    parameter [8*4-1:0] RES_TYPE   = "auto"  // multipliers: "auto", "lut", "dsp" (see header)
) (
    input  wire                      clk,
    input  wire                      rst_n,  // active-low synchronous reset (of the tags)
    input  wire [SIMD*IN_WIDTH-1:0]  x,      // input elements
    input  wire [SIMD*W_WIDTH-1:0]   w,      // weights
    input  wire                      en,     // accumulate the sum of x*w of this beat
    input  wire                      first,  // with en: acc = sum, not acc + sum
    input  wire                      last,   // with en: the beat completes an output
    output wire                      done,   // the beat with last accumulates now
    output wire [ACC_WIDTH-1:0]      acc     // accumulated value
);
    // Width of one decoded operand: BIPOLAR -> 2 bits signed, unsigned -> one extra bit.
    localparam integer XB = (IN_BIPOLAR != 0) ? 2 : (IN_SIGNED != 0) ? IN_WIDTH : IN_WIDTH + 1;
    localparam integer WB = (W_BIPOLAR != 0) ? 2 : (W_SIGNED != 0) ? W_WIDTH : W_WIDTH + 1;
    localparam integer PW = XB + WB;               // product width (two's complement)
    localparam integer LW = (XNOR != 0) ? 2 : PW;  // significant product bits
    // Element and product ranges, when they fit integers (RNG = 1; BIPOLAR: -1 and +1).
    localparam integer RNG  = (XB + WB + ((SIMD > 1) ? $clog2(SIMD) : 0) <= 28) ? 1 : 0;
    localparam integer XMIN = (RNG == 0) ? 0 : (IN_BIPOLAR != 0) ? -1
                              : (IN_SIGNED != 0) ? -(1 << (IN_WIDTH - 1)) : 0;
    localparam integer XMAX = (RNG == 0) ? 0 : (IN_BIPOLAR != 0) ? 1
                              : (IN_SIGNED != 0) ? (1 << (IN_WIDTH - 1)) - 1 : (1 << IN_WIDTH) - 1;
    localparam integer WMIN = (RNG == 0) ? 0 : (W_BIPOLAR != 0) ? -1
                              : (W_SIGNED != 0) ? -(1 << (W_WIDTH - 1)) : 0;
    localparam integer WMAX = (RNG == 0) ? 0 : (W_BIPOLAR != 0) ? 1
                              : (W_SIGNED != 0) ? (1 << (W_WIDTH - 1)) - 1 : (1 << W_WIDTH) - 1;
    localparam integer PMIN = min4(XMIN * WMIN, XMIN * WMAX, XMAX * WMIN, XMAX * WMAX);
    localparam integer PMAX = -min4(-XMIN * WMIN, -XMIN * WMAX, -XMAX * WMIN, -XMAX * WMAX);
    // One product (or it less one: the LUT lanes' pending carry) in two's complement.
    localparam integer PWX  = (RNG != 0) ? sbits(PMIN - 1, PMAX) : PW;
    // Adder tree width: the exact sum of SIMD products (less one), or ACC_WIDTH if that is
    // narrower.
    localparam integer SW = (IN_BIPOLAR != 0 && W_BIPOLAR != 0) ? LW + ((SIMD > 1) ? $clog2(SIMD) : 0)
                            : (RNG != 0) ? sbits(SIMD * PMIN - 1, SIMD * PMAX)
                            : PW + ((SIMD > 1) ? $clog2(SIMD) : 0);
    localparam integer TW = (SW < ACC_WIDTH) ? SW : ACC_WIDTH;

    // ------------------------------------------------------------ datapath choice
    localparam integer POP  = (IN_BIPOLAR != 0 && W_BIPOLAR != 0) ? 1 : 0;
    localparam integer BIP  = (IN_BIPOLAR != 0 || W_BIPOLAR != 0) ? 1 : 0;
    localparam integer MINW = (IN_WIDTH < W_WIDTH) ? IN_WIDTH : W_WIDTH;
    localparam integer USE_DSP = (BIP == 0 && MINW >= 2 && (RES_TYPE == "dsp"
                                  || (RES_TYPE == "auto" && MINW >= 4))) ? 1 : 0;

    generate
        if (SIMD < 1 || IN_WIDTH < 1 || W_WIDTH < 1 || ACC_WIDTH < 2 || TREE_STEP < 1)
        begin : g_bad_size
            ERROR_finn_dot_lane_needs_SIMD_IN_W_WIDTH_TREE_STEP_at_least_1_ACC_WIDTH_2 u_error ();
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

    // ----------------------------------------------------------------- operands
    localparam integer EXW = 2 * PW + 2;  // holds every operand, digit product and leaf

    // An element (not BIPOLAR) sign- or zero-extended to EXW bits.
    function [EXW-1:0] ext_x(input [IN_WIDTH-1:0] e);
        ext_x = {{(EXW-IN_WIDTH){(IN_SIGNED != 0) & e[IN_WIDTH-1]}}, e};
    endfunction

    function [EXW-1:0] ext_w(input [W_WIDTH-1:0] e);
        ext_w = {{(EXW-W_WIDTH){(W_SIGNED != 0) & e[W_WIDTH-1]}}, e};
    endfunction

    // Bits of the narrowest two's complement type holding [lo, hi] (at most 31).
    function integer sbits(input integer lo, input integer hi);
        integer n;
        begin
            sbits = 31;
            for (n = 31; n >= 1; n = n - 1)
                if (lo >= -(1 << (n - 1)) && hi < (1 << (n - 1)))
                    sbits = n;
        end
    endfunction

    function integer min4(input integer a, input integer b, input integer c, input integer d);
        begin
            min4 = a;
            if (b < min4) min4 = b;
            if (c < min4) min4 = c;
            if (d < min4) min4 = d;
        end
    endfunction

    // ---------------------------------------------------- DSP lane parameters
    // n: the operand of fewer decoded bits (the unsigned one on a tie, else w); v: the
    // other. Element 0 gives B's top field (n0) and A (v0); element 1 gives B's low
    // field b1 and D (a1): b1 = n1, a1 = v1, or b1 = v1, a1 = n1 when that avoids the
    // borrow correction (n signed, v unsigned) and still fits.
    localparam integer NX   = (XB < WB || (XB == WB && IN_SIGNED == 0 && W_SIGNED != 0)) ? 1 : 0;
    localparam integer NB   = (NX != 0) ? XB : WB;         // decoded n bits
    localparam integer VB   = (NX != 0) ? WB : XB;         // decoded v bits
    localparam integer NSGN = (NX != 0) ? IN_SIGNED : W_SIGNED;
    localparam integer VSGN = (NX != 0) ? W_SIGNED : IN_SIGNED;
    localparam integer SMALL = (USE_DSP != 0 && RNG != 0 && XB + WB <= 24) ? 1 : 0;
    localparam integer VMIN = (NX != 0) ? WMIN : XMIN;
    localparam integer VMAX = (NX != 0) ? WMAX : XMAX;
    localparam integer QMIN = min4(VMIN * VMIN, VMIN * VMAX, VMAX * VMIN, VMAX * VMAX);  // v*v
    localparam integer QMAX = -min4(-VMIN * VMIN, -VMIN * VMAX, -VMAX * VMIN, -VMAX * VMAX);
    // field K with b1 = n1 (KN) or b1 = v1 (KV): the sum v0*n0 + v1*n1 and the cross
    // product v0*b1 below it must fit (see dsp_field)
    localparam integer KN   = dsp_field(PMIN, PMAX, PMIN, PMAX);
    localparam integer KV   = dsp_field(PMIN, PMAX, QMIN, QMAX);
    localparam integer FITN = (NB + NSGN + KN <= 18 && VB + KN + 1 <= 25) ? 1 : 0;
    localparam integer FITV = (NB + VSGN + KV <= 18 && VB + KV + 1 <= 25) ? 1 : 0;
    localparam integer B1N  = (NSGN != 0 && VSGN == 0 && FITV != 0) ? 0 : 1;  // b1 = n1
    localparam integer K    = (B1N != 0) ? KN : KV;        // the field
    localparam integer B1S  = (B1N != 0) ? NSGN : VSGN;    // b1 may be negative
    localparam integer DSP_PACK = (USE_DSP != 0 && SMALL != 0
                                   && ((B1N != 0) ? FITN : FITV) != 0) ? 1 : 0;
    localparam integer NTOP = NB + B1S;                    // B's top field: n0 - sign(b1)
    localparam integer ADW  = VB + K + 1;                  // pre-adder result bits
    localparam integer BW   = NTOP + K;                    // B port bits
    localparam integer PRW  = ADW + BW;                    // product bits
    localparam integer LMIN = (B1N != 0) ? PMIN : QMIN;    // the cross product v0*b1
    // 2**(K-1) when the cross product below the field can be negative
    localparam signed [PRW-1:0] RND = (LMIN < 0) ? ({{(PRW-1){1'b0}}, 1'b1} << (K - 1))
                                      : {PRW{1'b0}};

    // The smallest field K (<= 30) holding every sum of two products in [pmin, pmax]
    // as a K-bit two's complement number, with the cross product in [lmin, lmax]
    // below it: in [-2**(K-1), 2**(K-1)) when it can be negative (RND lifts it to
    // [0, 2**K)), else in [0, 2**K).
    function integer dsp_field(input integer pmin, input integer pmax, input integer lmin,
                               input integer lmax);
        integer k;
        begin
            dsp_field = 30;
            for (k = 29; k >= 2; k = k - 1)
                if (2 * pmin >= -(1 << (k - 1)) && 2 * pmax < (1 << (k - 1))
                    && ((lmin < 0) ? (lmin >= -(1 << (k - 1)) && lmax < (1 << (k - 1)))
                                   : (lmax < (1 << k))))
                    dsp_field = k;
        end
    endfunction

    // ---------------------------------------------------- LUT lane parameters
    // r: the operand recoded in Booth digits (the BIPOLAR one if any, else the one
    // giving fewer digit-product bits, w on a tie); m: the multiplicand.
    localparam integer DXN   = (XB + 1) / 2;                // digits of x
    localparam integer DWN   = (WB + 1) / 2;                // digits of w
    localparam integer RX    = (IN_BIPOLAR != 0) ? 1 : (W_BIPOLAR != 0) ? 0
                               : (DXN * (WB + 1) < DWN * (XB + 1)) ? 1 : 0;
    localparam integer RBIP  = (RX != 0) ? IN_BIPOLAR : W_BIPOLAR;
    localparam integer ND    = (RBIP != 0) ? 1 : (RX != 0) ? DXN : DWN;  // digits per product
    // products per carry chain: two while that makes at most two additions in series
    // (one digit per product)
    localparam integer CHAIN = (SIMD >= 2 && ND == 1) ? 2 : 1;
    // products of more than three digits: their chain is registered after step 2 (+1 cycle)
    localparam integer SPLIT = (USE_DSP == 0 && RBIP == 0 && ND > 3) ? 1 : 0;
    localparam integer NC    = (SIMD + CHAIN - 1) / CHAIN;  // chains
    localparam integer CSX   = (RNG != 0) ? sbits(CHAIN * PMIN - 1, CHAIN * PMAX)
                               : PW + ((CHAIN > 1) ? $clog2(CHAIN) : 0);
    localparam integer CSW   = (CSX < TW) ? CSX : TW;       // chain sum bits
    localparam integer QW    = ((RBIP != 0) ? 0 : 1) + ((RX != 0) ? WB : XB);  // digit product
    localparam integer QT    = (QW < CSW) ? QW : CSW;       // its bits in the chain

    // Booth digit d of element j's r: {one, two, neg}: +-1, +-2 or 0, negative when
    // neg (neg alone is the inverted zero, -1 + 1). A BIPOLAR r is +1 (1) or -1 (0).
    // verilator lint_off UNUSEDSIGNAL
    function [2:0] digit(input [SIMD*IN_WIDTH-1:0] xv, input [SIMD*W_WIDTH-1:0] wv,
                         input integer j, input integer d);
        reg [EXW:0] r;
        reg [2:0]   t;
        begin
            if (RBIP != 0) begin
                t[0] = (RX != 0) ? xv[j*IN_WIDTH] : wv[j*W_WIDTH];
                digit = {1'b1, 1'b0, ~t[0]};
            end else begin
                r = (RX != 0) ? {ext_x(xv[j*IN_WIDTH +: IN_WIDTH]), 1'b0}
                              : {ext_w(wv[j*W_WIDTH +: W_WIDTH]), 1'b0};
                t = r[2*d +: 3];  // bits 2d+1, 2d, 2d-1 of r (bit -1 is 0)
                digit = {t[1] ^ t[0], (t[2] & ~t[1] & ~t[0]) | (~t[2] & t[1] & t[0]), t[2]};
            end
        end
    endfunction

    // Element j's m times digit dg, one's complement when negative, CSW bits.
    function [QT-1:0] dprod(input [SIMD*IN_WIDTH-1:0] xv, input [SIMD*W_WIDTH-1:0] wv,
                            input integer j, input [2:0] dg);
        reg [EXW-1:0] m, v;
        begin
            m = (RX != 0) ? ext_w(wv[j*W_WIDTH +: W_WIDTH]) : ext_x(xv[j*IN_WIDTH +: IN_WIDTH]);
            v = (({EXW{dg[2]}} & m) | ({EXW{dg[1]}} & (m << 1))) ^ {EXW{dg[0]}};
            dprod = v[QT-1:0];
        end
    endfunction
    // verilator lint_on UNUSEDSIGNAL

    // -------------------------------------------------------------- adder tree
    // Leaves: chain sums (LUT lanes), pair sums or products (DSP lanes).
    localparam integer NL  = (USE_DSP == 0) ? NC : (DSP_PACK != 0) ? (SIMD + 1) / 2 : SIMD;
    localparam integer LFW = (USE_DSP == 0) ? CSW : (DSP_PACK != 0) ? K : PWX;  // leaf bits
    localparam integer LFT = (LFW < TW) ? LFW : TW;         // leaf bits the tree uses
    localparam integer TL  = (NL > 1) ? $clog2(NL) : 0;     // tree levels
    localparam integer TN  = 1 << TL;                       // leaves rounded up to 2**TL
    // Registers after every TREE_STEP levels below the root: node t of level lv(t) (leaves 0,
    // root TL) is registered when lv(t) is a multiple of TREE_STEP; its adder works in
    // stage (lv(t) - 1) / TREE_STEP.
    localparam integer NTR = (TL > 1) ? (TL - 1) / TREE_STEP : 0;  // tree registers

    function integer flog2(input integer v);  // floor(log2(v)), v >= 1
        integer i;
        begin
            flog2 = 0;
            for (i = 1; i < 31; i = i + 1)
                if ((1 << i) <= v) flog2 = i;
        end
    endfunction

    // Bits of tree node t (heap layout, root 1, leaves TN..2TN-1).
    function integer node_w(input integer t);
        node_w = (LFT + TL - flog2(t) < TW) ? LFT + TL - flog2(t) : TW;
    endfunction

    // The leaf under node t that comes first (leaf index from 0).
    function integer first_leaf(input integer t);
        first_leaf = (t << (TL - flog2(t))) - TN;
    endfunction

    // A sum sign-extended to the accumulator width (2 <= TW <= ACC_WIDTH).
    localparam [ACC_WIDTH-1:0] ACC_HI = {ACC_WIDTH{1'b1}} << TW;  // bits above the sum
    function [ACC_WIDTH-1:0] sum_acc(input [TW-1:0] v);
        begin
            sum_acc = {ACC_WIDTH{1'b0}};
            sum_acc[TW-1:0] = v;
            sum_acc = sum_acc | (ACC_HI & {ACC_WIDTH{v[TW-1]}});
        end
    endfunction

    // The accumulator update: acc (zero when first) + s + c (c: one bit), one carry
    // chain. The masked acc is built bit by bit, so Yosys takes the sum as the carry
    // chain's DI operand and the masking merges into the chain's LUTs.
    function [ACC_WIDTH-1:0] acc_add(input [ACC_WIDTH-1:0] a, input f0, input [TW-1:0] s,
                                     input c);
        reg [ACC_WIDTH-1:0] m;
        integer b;
        begin
            for (b = 0; b < ACC_WIDTH; b = b + 1)
                m[b] = a[b] & ~f0;
            acc_add = sum_acc(s) + m + {{(ACC_WIDTH-1){1'b0}}, c};
        end
    endfunction

    reg  [SIMD*IN_WIDTH-1:0] x_r;
    reg  [SIMD*W_WIDTH-1:0]  w_r;
    reg  [ACC_WIDTH-1:0]     acc_r;

    // Popcount path for binary lanes (see the header).
    localparam integer PL    = (SIMD > 1) ? $clog2(SIMD) : 0;  // popcount levels
    localparam integer PN    = 1 << PL;                        // SIMD rounded up to 2**PL
    localparam integer NPR   = (PL > 1) ? (PL - 1) / TREE_STEP : 0;  // popcount registers
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

    // Popcount levels l0..l1-1 applied to v.
    function [PN-1:0] pop_levels(input [PN-1:0] v, input integer l0, input integer l1);
        integer l;
        begin
            pop_levels = v;
            for (l = l0; l < l1; l = l + 1)
                pop_levels = (pop_levels & PMASK[l*PN +: PN])
                             + ((pop_levels >> (1 << l)) & PMASK[l*PN +: PN]);
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

    wire [TW-1:0]            sum_r;  // the sum register

    // Tags: bit k of en_t / first_t / last_t is the beat of k + 1 cycles ago; the beat of
    // LLAT cycles ago accumulates now.
    localparam integer LLAT = IN_REG + ((POP != 0) ? NPR + 1 : NTR + 2 + SPLIT);
    reg  [LLAT-1:0] en_t, first_t, last_t;
    wire acc_en    = en_t[LLAT-1];
    wire acc_first = first_t[LLAT-1];
    assign done = acc_en & last_t[LLAT-1];
    generate
        if (LLAT > 1) begin : g_tags
            always @(posedge clk) begin
                en_t    <= rst_n ? {en_t[LLAT-2:0], en} : {LLAT{1'b0}};
                first_t <= {first_t[LLAT-2:0], first};
                last_t  <= {last_t[LLAT-2:0], last};
            end
        end else begin : g_tag
            always @(posedge clk) begin
                en_t    <= rst_n & en;
                first_t <= first;
                last_t  <= last;
            end
        end
    endgenerate

    genvar i, t;
    generate
        if (POP != 0) begin : g_pop
            // stage s adds levels s*TREE_STEP .. (s+1)*TREE_STEP-1 of the agreement bits
            wire [PN-1:0] pst [0:NPR] /* verilator split_var */;
            assign pst[0] = pop_pad(~(x_r ^ w_r));
            for (t = 0; t < NPR; t = t + 1) begin : g_stage
                reg [PN-1:0] part_r;
                always @(posedge clk)
                    part_r <= pop_levels(pst[t], t * TREE_STEP, (t + 1) * TREE_STEP);
                assign pst[t+1] = part_r;
            end
            reg [TW-1:0] sum_q;
            always @(posedge clk) sum_q <= pop_sum(pop_levels(pst[NPR], NPR * TREE_STEP, PL));
            assign sum_r = sum_q;
            // the sum sign-extended by a concatenation (fewer operations to simulate)
            always @(posedge clk) begin
                if (acc_en)
                    acc_r <= (acc_r & {ACC_WIDTH{~acc_first}})
                             + {{(ACC_WIDTH - TW + 1){sum_r[TW-1]}}, sum_r[TW-2:0]};
            end
        end else begin : g_sum
            wire [NL*LFT-1:0] lf;    // the leaf registers
            wire [NL-1:0]     cy_r;  // their carries left over (LUT lanes)
            if (USE_DSP == 0) begin : g_lut
                // Chain i: the digit products of elements i*CHAIN .. i*CHAIN+CHAIN-1
                // in one carry chain; step s adds digit d of element j into bits 2d and
                // up of the running sum, with its +1 as the carry in. The digit product
                // is sign-extended by copies of its top bit (so Yosys makes the running
                // sum the carry chain's DI and merges the digit logic into the sum LUT).
                // With SPLIT (more than three digits per product), steps 3 and up take the
                // running sum of step 2 and the operands from registers (+1 cycle).
                reg [NL*LFT-1:0] lf_r;
                reg [NL-1:0]     cy_q;
                // verilator lint_off UNUSEDSIGNAL
                wire [SIMD*IN_WIDTH-1:0] x_d;
                wire [SIMD*W_WIDTH-1:0]  w_d;
                if (SPLIT != 0) begin : g_split_ops
                    reg [SIMD*IN_WIDTH-1:0] x_q;
                    reg [SIMD*W_WIDTH-1:0]  w_q;
                    always @(posedge clk) begin  // reset: no shift register (see g_cy)
                        x_q <= rst_n ? x_r : {(SIMD*IN_WIDTH){1'b0}};
                        w_q <= rst_n ? w_r : {(SIMD*W_WIDTH){1'b0}};
                    end
                    assign x_d = x_q;
                    assign w_d = w_q;
                end else begin : g_ops
                    assign x_d = x_r;
                    assign w_d = w_r;
                end
                for (i = 0; i < NL; i = i + 1) begin : g_chain
                    localparam integer NS = ((SIMD - i * CHAIN < CHAIN) ? SIMD - i * CHAIN
                                             : CHAIN) * ND;  // steps
                    wire [CSW-1:0] run [0:NS-1];             // the running sums
                    wire [2:0]     dg0 = digit(x_r, w_r, i * CHAIN, 0);  // [0]: left over
                    for (t = 0; t < NS; t = t + 1) begin : g_step
                        localparam integer J  = i * CHAIN + t / ND;  // element
                        localparam integer D  = t % ND;              // digit
                        localparam integer HW = CSW - 2 * D;         // adder bits
                        localparam integer LATE = (SPLIT != 0 && t >= 3) ? 1 : 0;
                        wire [SIMD*IN_WIDTH-1:0] xs = (LATE != 0) ? x_d : x_r;
                        wire [SIMD*W_WIDTH-1:0]  ws = (LATE != 0) ? w_d : w_r;
                        wire [2:0]    dg = digit(xs, ws, J, D);
                        wire [QT-1:0] dq = dprod(xs, ws, J, dg);
                        wire [CSW-1:0] prev;                         // the running sum in
                        if (SPLIT != 0 && t == 3) begin : g_prev_reg
                            reg [CSW-1:0] run_r;
                            always @(posedge clk) run_r <= run[2];
                            assign prev = run_r;
                        end else if (t > 0) begin : g_prev
                            assign prev = run[t-1];
                        end else begin : g_prev0
                            assign prev = {CSW{1'b0}};
                        end
                        wire [CSW-1:0] qx;
                        if (QT < CSW) begin : g_sx
                            assign qx = {{(CSW-QT){dq[QT-1]}}, dq};
                        end else begin : g_nx
                            assign qx = dq;
                        end
                        if (t == 0) begin : g_first
                            assign run[t] = qx;
                        end else if (HW <= 0) begin : g_skip  // weight 4**D >= 2**CSW
                            assign run[t] = prev;
                        end else begin : g_add
                            wire [HW-1:0] y;
                            if (D == 0 && t > 1 && ND == 1) begin : g_lsb
                                // the running sum is a whole earlier sum here: the carry
                                // in an extra low bit keeps Yosys from merging the two
                                // additions into one multi-operand adder
                                wire [HW:0] yc = {prev, 1'b1} + {qx, dg[0]};
                                assign y = yc[HW:1];
                            end else begin : g_cin
                                assign y = prev[CSW-1:2*D] + qx[HW-1:0]
                                           + {{(HW-1){1'b0}}, dg[0]};
                            end
                            if (D > 0) begin : g_low
                                assign run[t] = {y, prev[2*D-1:0]};
                            end else begin : g_full
                                assign run[t] = y;
                            end
                        end
                    end
                    if (SPLIT != 0) begin : g_cy_split  // the carry waits for the sum
                        reg cy_e;
                        always @(posedge clk) begin
                            cy_e    <= dg0[0];
                            cy_q[i] <= rst_n & cy_e;  // reset: no shift register
                        end
                    end else begin : g_cy
                        always @(posedge clk) cy_q[i] <= dg0[0];
                    end
                    always @(posedge clk) lf_r[i*LFT +: LFT] <= run[NS-1];
                end
                // verilator lint_on UNUSEDSIGNAL
                assign lf = lf_r;
                assign cy_r = cy_q;
            end else begin : g_dsp
                // verilator lint_off UNUSEDSIGNAL
                assign cy_r = {NL{1'b0}};
                for (i = 0; i < NL; i = i + 1) begin : g_mul
                    if (DSP_PACK != 0) begin : g_pair
                        // elements 2i (n0, v0) and 2i+1 (n1, v1; element 2i again past SIMD)
                        wire [EXW-1:0] n0, n1, v0, v1;
                        if (NX != 0) begin : g_n0x
                            assign n0 = ext_x(x_r[2*i*IN_WIDTH +: IN_WIDTH]);
                            assign v0 = ext_w(w_r[2*i*W_WIDTH +: W_WIDTH]);
                        end else begin : g_n0w
                            assign n0 = ext_w(w_r[2*i*W_WIDTH +: W_WIDTH]);
                            assign v0 = ext_x(x_r[2*i*IN_WIDTH +: IN_WIDTH]);
                        end
                        if (2 * i + 1 >= SIMD) begin : g_n1_self  // a lone element: twice
                            assign n1 = n0;
                            assign v1 = v0;
                        end else if (NX != 0) begin : g_n1x
                            assign n1 = ext_x(x_r[(2*i+1)*IN_WIDTH +: IN_WIDTH]);
                            assign v1 = ext_w(w_r[(2*i+1)*W_WIDTH +: W_WIDTH]);
                        end else begin : g_n1w
                            assign n1 = ext_w(w_r[(2*i+1)*W_WIDTH +: W_WIDTH]);
                            assign v1 = ext_x(x_r[(2*i+1)*IN_WIDTH +: IN_WIDTH]);
                        end
                        // a lone element (odd SIMD): b1 from element 2i itself, a1 = 0,
                        // so the field is v0*n0 and B has no constant bits
                        wire [EXW-1:0]  b1 = (B1N != 0) ? n1 : v1;
                        wire [EXW-1:0]  a1 = (2 * i + 1 >= SIMD) ? {EXW{1'b0}}
                                           : (B1N != 0) ? v1 : n1;
                        // the slice's ports: A = v0, D = a1 (the pre-adder forms
                        // v0 + a1 * 2**K), B = (n0 - sign(b1)) * 2**K + b1 mod 2**K
                        wire [VB:0]     a_in = v0[VB:0];
                        wire [VB:0]     d_in = a1[VB:0];
                        wire [NTOP-1:0] b_hi = n0[NTOP-1:0] - {{(NTOP-1){1'b0}}, b1[EXW-1]};
                        wire [BW-1:0]   b_in = {b_hi, b1[K-1:0]};
                        wire [VB:0]     a_q, d_q;
                        wire [BW-1:0]   b_q;
                        if (IN_REG != 0) begin : g_port_reg  // A, D and B registers
                            reg [VB:0]   a_r, d_r;
                            reg [BW-1:0] b_r;
                            always @(posedge clk) begin
                                a_r <= a_in;
                                d_r <= d_in;
                                b_r <= b_in;
                            end
                            assign a_q = a_r;
                            assign d_q = d_r;
                            assign b_q = b_r;
                        end else begin : g_port_comb
                            assign a_q = a_in;
                            assign d_q = d_in;
                            assign b_q = b_in;
                        end
                        wire signed [ADW-1:0] ad_a = {{K{a_q[VB]}}, a_q};
                        wire signed [ADW-1:0] ad_d = {d_q, {K{1'b0}}};
                        wire signed [ADW-1:0] ad   = ad_d + ad_a;  // the pre-adder
                        wire signed [BW-1:0]  bs   = b_q;
                        (* use_dsp = "yes" *)
                        wire signed [PRW-1:0] prod = ad * bs + RND;
                        reg  [PRW-1:0] p_r;  // the P register
                        always @(posedge clk) p_r <= prod;
                        assign lf[i*LFT +: LFT] = p_r[K +: LFT];
                    end else begin : g_single
                        wire [EXW-1:0] xe = ext_x(x_r[i*IN_WIDTH +: IN_WIDTH]);
                        wire [EXW-1:0] we = ext_w(w_r[i*W_WIDTH +: W_WIDTH]);
                        wire [XB-1:0]  a_q;
                        wire [WB-1:0]  b_q;
                        if (IN_REG != 0) begin : g_port_reg  // A and B registers
                            reg [XB-1:0] a_r;
                            reg [WB-1:0] b_r;
                            always @(posedge clk) begin
                                a_r <= xe[XB-1:0];
                                b_r <= we[WB-1:0];
                            end
                            assign a_q = a_r;
                            assign b_q = b_r;
                        end else begin : g_port_comb
                            assign a_q = xe[XB-1:0];
                            assign b_q = we[WB-1:0];
                        end
                        (* use_dsp = "yes" *)
                        wire signed [PW-1:0] prod = $signed(a_q) * $signed(b_q);
                        reg  [PW-1:0] p_r;  // the P register
                        always @(posedge clk) p_r <= prod;
                        assign lf[i*LFT +: LFT] = p_r[LFT-1:0];
                    end
                end
                // verilator lint_on UNUSEDSIGNAL
            end

            // verilator lint_off UNUSEDSIGNAL
            // The tree (heap layout, leaves TN..2TN-1). Adder t takes the carry left over by
            // the first leaf of its right subtree, delayed to its stage (cyd); the
            // accumulator takes leaf 0's.
            wire [TW-1:0] nd [1:2*TN-1] /* verilator split_var */;
            wire [NL-1:0] cyd [0:NTR];
            assign cyd[0] = cy_r;
            for (t = 0; t < NTR; t = t + 1) begin : g_cy
                // reset only to keep synthesis from making the delay line a shift register
                // (SRL16E), whose slow clock-to-out would start a tree stage
                reg [NL-1:0] cy_q;
                always @(posedge clk) cy_q <= rst_n ? cyd[t] : {NL{1'b0}};
                assign cyd[t+1] = cy_q;
            end
            for (t = 0; t < TN; t = t + 1) begin : g_leaf
                if (t < NL && LFT < TW) begin : g_ext
                    assign nd[TN + t] = {{(TW-LFT){lf[t*LFT+LFT-1]}}, lf[t*LFT +: LFT]};
                end else if (t < NL) begin : g_used
                    assign nd[TN + t] = lf[t*LFT +: TW];
                end else begin : g_pad
                    assign nd[TN + t] = {TW{1'b0}};
                end
            end
            for (t = 1; t < TN; t = t + 1) begin : g_node
                localparam integer NW = node_w(t);
                localparam integer LV = TL - flog2(t);            // level
                localparam integer ST = (LV - 1) / TREE_STEP;     // stage
                wire [TW-1:0] v;
                if (first_leaf(2 * t + 1) < NL) begin : g_add
                    wire [NW-1:0] y;
                    if (USE_DSP != 0) begin : g_plain
                        assign y = nd[2*t][NW-1:0] + nd[2*t+1][NW-1:0];
                    end else begin : g_carry
                        wire [NW:0] yc = {nd[2*t][NW-1:0], 1'b1}
                                         + {nd[2*t+1][NW-1:0], cyd[ST][first_leaf(2*t+1)]};
                        assign y = yc[NW:1];
                    end
                    if (NW < TW) begin : g_ext
                        assign v = {{(TW-NW){y[NW-1]}}, y};
                    end else begin : g_full
                        assign v = y;
                    end
                end else begin : g_pass
                    assign v = nd[2*t];
                end
                if (LV % TREE_STEP == 0 && LV < TL) begin : g_reg
                    reg [TW-1:0] v_r;
                    always @(posedge clk) v_r <= v;
                    assign nd[t] = v_r;
                end else begin : g_comb
                    assign nd[t] = v;
                end
            end
            // verilator lint_on UNUSEDSIGNAL
            reg [TW-1:0] sum_q;
            reg          c0_q;  // the accumulator's carry in
            always @(posedge clk) begin
                sum_q <= nd[1];
                c0_q  <= cyd[NTR][0];
            end
            assign sum_r = sum_q;
            always @(posedge clk) begin
                if (acc_en)
                    acc_r <= acc_add(acc_r, acc_first, sum_r, c0_q);
            end
        end
    endgenerate

    // operand registers (DSP lanes register their slices' ports instead)
    generate
        if (IN_REG != 0 && USE_DSP == 0) begin : g_in_reg
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
