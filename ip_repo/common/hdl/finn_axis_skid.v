// finn_axis_skid: two-entry AXI-Stream register slice ("skid buffer").
//
// Full throughput (one beat per cycle in and out), latency one cycle, capacity two
// beats. s_axis_tready is a register (it never depends on m_axis_tready), so chains
// of cores built on it have no combinational ready path. Used as the output or input
// stage of the other library cores and as StreamingFIFO of depth 2.
`default_nettype none

module finn_axis_skid #(
    parameter integer WIDTH = 8  // TDATA width in bits (>= 1)
) (
    input  wire             ap_clk,
    input  wire             ap_rst_n,   // active-low synchronous reset
    input  wire [WIDTH-1:0] s_axis_tdata,
    input  wire             s_axis_tvalid,
    output wire             s_axis_tready,
    output wire [WIDTH-1:0] m_axis_tdata,
    output wire             m_axis_tvalid,
    input  wire             m_axis_tready
);
    generate
        if (WIDTH < 1) begin : g_bad_width
            ERROR_finn_axis_skid_WIDTH_must_be_at_least_1 u_error ();
        end
    endgenerate

    reg [WIDTH-1:0] main_data;
    reg [WIDTH-1:0] skid_data;
    reg             main_valid;
    reg             skid_valid;

    wire in_fire   = s_axis_tvalid && !skid_valid;
    wire main_free = !main_valid || m_axis_tready;

    assign s_axis_tready = !skid_valid;
    assign m_axis_tvalid = main_valid;
    assign m_axis_tdata  = main_data;

    always @(posedge ap_clk) begin
        if (main_free) begin
            main_data <= skid_valid ? skid_data : s_axis_tdata;
        end
        if (!main_free && in_fire) begin
            skid_data <= s_axis_tdata;
        end
    end

    always @(posedge ap_clk) begin
        if (!ap_rst_n) begin
            main_valid <= 1'b0;
            skid_valid <= 1'b0;
        end else if (main_free) begin
            main_valid <= skid_valid || in_fire;
            skid_valid <= 1'b0;
        end else if (in_fire) begin
            skid_valid <= 1'b1;
        end
    end
endmodule

`default_nettype wire
