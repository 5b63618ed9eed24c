"""Small hand-built Verilog designs of known structure for the timing tests."""

#: N chained LUT2 levels between two flip-flops (the LUTs are instantiated, so
#: synthesis keeps them as they are)
LUT_CHAIN = """
module lut_chain #(parameter N = 5) (input wire clk, input wire [N:0] a, output reg q);
    reg [N:0] r;
    wire [N:0] w;
    always @(posedge clk) r <= a;
    assign w[0] = r[0];
    genvar i;
    generate for (i = 0; i < N; i = i + 1) begin : g
        LUT2 #(.INIT(4'h6)) u_lut (.O(w[i + 1]), .I0(r[i + 1]), .I1(w[i]));
    end endgenerate
    always @(posedge clk) q <= w[N];
endmodule
"""

#: a registered 32-bit adder: one carry chain
ADDER = """
module adder32 (input wire clk, input wire [31:0] a, input wire [31:0] b,
                output reg [31:0] s);
    reg [31:0] ra, rb;
    always @(posedge clk) begin
        ra <= a;
        rb <= b;
        s <= ra + rb;
    end
endmodule
"""

#: a block RAM read (no output register) feeding a 6-bit comparator (one LUT6)
BRAM_COMPARE = """
module bram_compare (input wire clk, input wire we, input wire [9:0] waddr,
                     input wire [9:0] raddr, input wire [15:0] wdata, output reg hit);
    (* ram_style = "block" *) reg [15:0] mem [0:1023];
    reg [15:0] rdata;
    always @(posedge clk) begin
        if (we) mem[waddr] <= wdata;
        rdata <= mem[raddr];
    end
    always @(posedge clk) hit <= rdata[5:0] == 6'h2a;
endmodule
"""

#: a path from a register in one module through a LUT there and a LUT in another
#: module to a register there
CROSSING = """
module stage_a (input wire clk, input wire [1:0] a, output wire x);
    reg [1:0] r;
    always @(posedge clk) r <= a;
    LUT2 #(.INIT(4'h6)) u_lut (.O(x), .I0(r[0]), .I1(r[1]));
endmodule

module stage_b (input wire clk, input wire x, input wire c, output reg q);
    reg rc;
    wire y;
    always @(posedge clk) rc <= c;
    LUT2 #(.INIT(4'h8)) u_lut (.O(y), .I0(rc), .I1(x));
    always @(posedge clk) q <= y;
endmodule

module crossing (input wire clk, input wire [1:0] a, input wire c, output wire q);
    wire x;
    stage_a u_a (.clk(clk), .a(a), .x(x));
    stage_b u_b (.clk(clk), .x(x), .c(c), .q(q));
endmodule
"""
