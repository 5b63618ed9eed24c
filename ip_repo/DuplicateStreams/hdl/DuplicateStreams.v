// DuplicateStreams: copies one AXI-Stream to NUM_OUTPUTS output streams.
//
// Output j is m_axis_tdata[j*WIDTH +: WIDTH], m_axis_tvalid[j], m_axis_tready[j].
// Each input beat is held until every output has taken it; every output takes it
// independently, in any order and at any time, so outputs consumed at different
// rates never deadlock the core (any imbalance beyond one beat is buffered
// outside, in the FIFOs of the consumers). An input register slice gives full
// throughput with a registered s_axis_0_tready.
`default_nettype none

module DuplicateStreams #(
    parameter integer WIDTH       = 8,  // TDATA width in bits of every stream, >= 1
    parameter integer NUM_OUTPUTS = 2   // number of output streams, >= 2
) (
    input  wire                         ap_clk,
    input  wire                         ap_rst_n,   // active-low synchronous reset
    input  wire [WIDTH-1:0]             s_axis_0_tdata,
    input  wire                         s_axis_0_tvalid,
    output wire                         s_axis_0_tready,
    output wire [NUM_OUTPUTS*WIDTH-1:0] m_axis_tdata,
    output wire [NUM_OUTPUTS-1:0]       m_axis_tvalid,
    input  wire [NUM_OUTPUTS-1:0]       m_axis_tready
);
    generate
        if (WIDTH < 1) begin : g_bad_width
            ERROR_DuplicateStreams_WIDTH_must_be_at_least_1 u_error ();
        end
        if (NUM_OUTPUTS < 2) begin : g_bad_outputs
            ERROR_DuplicateStreams_NUM_OUTPUTS_must_be_at_least_2 u_error ();
        end
    endgenerate

    wire [WIDTH-1:0]       held;
    wire                   held_valid;
    reg  [NUM_OUTPUTS-1:0] taken;   // outputs that already took the held beat

    wire [NUM_OUTPUTS-1:0] out_fire = m_axis_tvalid & m_axis_tready;
    wire                   all_taken = &(taken | out_fire);

    finn_axis_skid #(.WIDTH(WIDTH)) u_in (
        .ap_clk(ap_clk), .ap_rst_n(ap_rst_n),
        .s_axis_tdata(s_axis_0_tdata), .s_axis_tvalid(s_axis_0_tvalid),
        .s_axis_tready(s_axis_0_tready),
        .m_axis_tdata(held), .m_axis_tvalid(held_valid),
        .m_axis_tready(all_taken)
    );

    assign m_axis_tvalid = {NUM_OUTPUTS{held_valid}} & ~taken;
    assign m_axis_tdata  = {NUM_OUTPUTS{held}};

    always @(posedge ap_clk) begin
        if (!ap_rst_n) begin
            taken <= {NUM_OUTPUTS{1'b0}};
        end else if (held_valid) begin
            taken <= all_taken ? {NUM_OUTPUTS{1'b0}} : (taken | out_fire);
        end
    end
endmodule

`default_nettype wire
