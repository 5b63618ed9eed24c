// shift_add_lane: the plain reference of benchmarks/mvau_lanes.py. One MVAU lane
// written the obvious way: each product adds, for every bit of the operand with fewer
// bits that is set, the other operand shifted to that bit's position (subtracted for
// the sign bit of a signed operand); the SIMD products are registered, summed and
// accumulated. The pipeline of finn_dot_lane with IN_REG = 0 and
// one combinational adder tree (product registers, sum register, accumulator).
`default_nettype none

module shift_add_lane #(
    parameter integer SIMD      = 8,   // elements per beat (>= 1)
    parameter integer IN_WIDTH  = 4,   // bits per input element (>= 2)
    parameter integer IN_SIGNED = 1,   // 1: inputs are two's complement
    parameter integer W_WIDTH   = 4,   // bits per weight (>= 2)
    parameter integer W_SIGNED  = 1,   // 1: weights are two's complement
    parameter integer ACC_WIDTH = 16   // accumulator width in bits
) (
    input  wire                      clk,
    input  wire [SIMD*IN_WIDTH-1:0]  x,
    input  wire [SIMD*W_WIDTH-1:0]   w,
    input  wire                      acc_en,
    input  wire                      acc_first,
    output wire [ACC_WIDTH-1:0]      acc
);
    localparam integer XB = (IN_SIGNED != 0) ? IN_WIDTH : IN_WIDTH + 1;
    localparam integer WB = (W_SIGNED != 0) ? W_WIDTH : W_WIDTH + 1;
    localparam integer PW = XB + WB;                       // product bits
    localparam integer SB = (W_WIDTH <= IN_WIDTH) ? 1 : 0;  // the weight selects

    // an element sign- or zero-extended to PW bits
    function [PW-1:0] ext(input [31:0] e, input integer bits, input integer sgn);
        integer i;
        begin
            ext = {PW{1'b0}};
            for (i = 0; i < PW; i = i + 1)
                ext[i] = (i < bits) ? e[i] : (sgn != 0) & e[bits-1];
        end
    endfunction

    // shift and add over the bits of the selecting operand s (bits sb, signed sgn)
    function [PW-1:0] product(input [PW-1:0] a, input [PW-1:0] s, input integer sb,
                              input integer sgn);
        integer i;
        begin
            product = {PW{1'b0}};
            for (i = 0; i < sb; i = i + 1)
                if (s[i]) begin
                    if (sgn != 0 && i == sb - 1)
                        product = product - (a << i);
                    else
                        product = product + (a << i);
                end
        end
    endfunction

    reg [SIMD*PW-1:0]   p_r;
    reg [ACC_WIDTH-1:0] s_r, acc_r;
    reg [ACC_WIDTH-1:0] sum;
    reg [PW-1:0]        xe, we;
    integer j;

    always @(posedge clk) begin
        for (j = 0; j < SIMD; j = j + 1) begin
            xe = ext(x[j*IN_WIDTH +: IN_WIDTH], IN_WIDTH, IN_SIGNED);
            we = ext(w[j*W_WIDTH +: W_WIDTH], W_WIDTH, W_SIGNED);
            p_r[j*PW +: PW] <= (SB != 0) ? product(xe, we, W_WIDTH, W_SIGNED)
                                         : product(we, xe, IN_WIDTH, IN_SIGNED);
        end
    end

    always @* begin
        sum = {ACC_WIDTH{1'b0}};
        for (j = 0; j < SIMD; j = j + 1)
            sum = sum + {{ACC_WIDTH{p_r[j*PW+PW-1]}}, p_r[j*PW +: PW]};
    end

    always @(posedge clk) begin
        s_r <= sum;
        if (acc_en)
            acc_r <= (acc_first ? {ACC_WIDTH{1'b0}} : acc_r) + s_r;
    end

    assign acc = acc_r;
endmodule

`default_nettype wire
