// finn_pool_accumulator: per-address running maximum or sum of N-element beats, one beat
// per cycle, for the pooling cores. The running values live in a RAM of DEPTH words
// updated read-modify-write over two pipeline stages (read, then combine and write back,
// with forwarding of the previous write; whether to forward is decided a stage early). A beat with in_first starts a new value at
// in_addr; a beat with in_last presents the combined value on out_data (out_valid high)
// while it sits in the second stage. The whole pipeline advances when en is high (the
// caller's output stage takes out_data then); in_valid marks a beat entering with en.
`default_nettype none

module finn_pool_accumulator #(
    parameter integer    N         = 1,      // elements per beat
    parameter integer    WIDTH      = 8,      // bits per element, input and result
    parameter integer    SIGNED    = 0,      // 1: elements are two's complement
    parameter integer    FUNC      = 0,      // 0: maximum, 1: sum (wraps at WIDTH bits)
    parameter integer    DEPTH     = 1,      // running values kept (>= 1)
    parameter integer    ADDR_BITS = 1,      // address width, >= max(1, clog2(DEPTH))
    parameter [8*11-1:0] RAM_STYLE = "auto"  // "auto", "block", "distributed" or "ultra"
) (
    input  wire                 clk,
    input  wire                 rst_n,      // active-low synchronous reset
    input  wire                 en,         // advance the pipeline
    input  wire                 in_valid,   // a beat enters (with en)
    input  wire                 in_first,   // start a new value with this beat
    input  wire                 in_last,    // this beat completes the value: output it
    input  wire [ADDR_BITS-1:0] in_addr,    // which running value
    input  wire [N*WIDTH-1:0]    in_data,
    output wire                 out_valid,  // out_data holds a result (taken with en)
    output wire [N*WIDTH-1:0]   out_data
);
    generate
        if (N < 1 || WIDTH < 1) begin : g_bad_size
            ERROR_finn_pool_accumulator_needs_N_and_WIDTH_at_least_1 u_error ();
        end
        if (FUNC != 0 && FUNC != 1) begin : g_bad_func
            ERROR_finn_pool_accumulator_FUNC_must_be_0_max_or_1_sum u_error ();
        end
    endgenerate

    // stage 1: read the running value
    reg                 v1;
    reg                 first1;
    reg                 last1;
    reg [ADDR_BITS-1:0] a1;
    reg [N*WIDTH-1:0]    d1;
    wire [N*WIDTH-1:0]   rd;

    always @(posedge clk) begin
        if (!rst_n) begin
            v1 <= 1'b0;
        end else if (en) begin
            v1 <= in_valid;
        end
        if (en) begin
            first1 <= in_first;
            last1 <= in_last;
            a1 <= in_addr;
            d1 <= in_data;
        end
    end

    // stage 2: combine, write back, output
    reg                 w_valid;   // w_addr / w_data hold the newest write
    reg [ADDR_BITS-1:0] w_addr;
    reg [N*WIDTH-1:0]    w_data;
    reg                 hit1;      // w_valid && w_addr == a1, registered with a1
    wire [N*WIDTH-1:0]   acc = hit1 ? w_data : rd;
    wire [N*WIDTH-1:0]   upd;

    genvar g;
    generate
        if (WIDTH == 1 && FUNC == 0 && SIGNED == 0) begin : g_bits
            // maximum of unsigned 1-bit elements: OR of the whole beat at once
            assign upd = first1 ? d1 : (acc | d1);
        end else begin : g_elems
            for (g = 0; g < N; g = g + 1) begin : g_elem
                wire [WIDTH-1:0] a = acc[g * WIDTH +: WIDTH];
                wire [WIDTH-1:0] b = d1[g * WIDTH +: WIDTH];
                wire [WIDTH-1:0] combined;
                if (FUNC == 1) begin : g_sum
                    assign combined = a + b;
                end else if (SIGNED != 0) begin : g_max_signed
                    assign combined = ($signed(b) > $signed(a)) ? b : a;
                end else begin : g_max_unsigned
                    assign combined = (b > a) ? b : a;
                end
                assign upd[g * WIDTH +: WIDTH] = first1 ? b : combined;
            end
        end
    endgenerate

    assign out_valid = v1 && last1;
    assign out_data = upd;

    always @(posedge clk) begin
        if (!rst_n) begin
            w_valid <= 1'b0;
            hit1 <= 1'b0;
        end else if (en) begin
            if (v1)
                w_valid <= 1'b1;
            // the newest write after this edge: a1 if stage 1 holds a beat, else unchanged
            hit1 <= v1 ? (a1 == in_addr) : (w_valid && w_addr == in_addr);
        end
        if (en && v1) begin
            w_addr <= a1;
            w_data <= upd;
        end
    end

    finn_sdp_ram #(
        .DEPTH(DEPTH), .WIDTH(N * WIDTH), .ADDR_BITS(ADDR_BITS), .RAM_STYLE(RAM_STYLE)
    ) u_values (
        .clk(clk),
        .wr_en(en && v1),
        .wr_addr(a1),
        .wr_data(upd),
        .rd_en(en),
        .rd_addr(in_addr),
        .rd_data(rd)
    );
endmodule

`default_nettype wire
