// finn_dwc_upsize: gathers OUT_WIDTH / IN_WIDTH input beats into one output beat;
// the first input beat lands in the least significant bits. The last beat of a
// group goes straight into the output register slice, so one input beat is
// accepted per cycle. s_axis_tready depends on registered state only.
`default_nettype none

module finn_dwc_upsize #(
    parameter integer IN_WIDTH  = 8,  // input beat width in bits (>= 1)
    parameter integer OUT_WIDTH = 16  // output beat width in bits: a multiple (>= 2) of IN_WIDTH
) (
    input  wire                 ap_clk,
    input  wire                 ap_rst_n,   // active-low synchronous reset
    input  wire [IN_WIDTH-1:0]  s_axis_tdata,
    input  wire                 s_axis_tvalid,
    output wire                 s_axis_tready,
    output wire [OUT_WIDTH-1:0] m_axis_tdata,
    output wire                 m_axis_tvalid,
    input  wire                 m_axis_tready
);
    localparam integer K  = OUT_WIDTH / IN_WIDTH;  // input beats per output beat
    localparam integer CW = (K > 2) ? $clog2(K) : 1;
    localparam [CW-1:0] LAST = K[CW-1:0] - 1'b1;

    generate
        if (IN_WIDTH < 1 || K < 2 || OUT_WIDTH != K * IN_WIDTH) begin : g_bad_param
            ERROR_finn_dwc_upsize_OUT_WIDTH_must_be_a_multiple_of_IN_WIDTH u_error ();
        end
    endgenerate

    reg  [OUT_WIDTH-IN_WIDTH-1:0] gathered;  // beats 0 .. K-2 of the current group
    reg  [CW-1:0]                 index;     // position of the next input beat
    wire                          out_ready;
    wire                          last = (index == LAST);

    assign s_axis_tready = !last || out_ready;
    wire in_fire = s_axis_tvalid && s_axis_tready;

    genvar i;
    generate
        for (i = 0; i < K - 1; i = i + 1) begin : g_slot
            localparam [CW-1:0] SLOT = i;
            always @(posedge ap_clk) begin
                if (in_fire && index == SLOT) begin
                    gathered[i*IN_WIDTH +: IN_WIDTH] <= s_axis_tdata;
                end
            end
        end
    endgenerate

    always @(posedge ap_clk) begin
        if (!ap_rst_n) begin
            index <= {CW{1'b0}};
        end else if (in_fire) begin
            index <= last ? {CW{1'b0}} : index + 1'b1;
        end
    end

    finn_axis_skid #(.WIDTH(OUT_WIDTH)) u_out (
        .ap_clk(ap_clk), .ap_rst_n(ap_rst_n),
        .s_axis_tdata({s_axis_tdata, gathered}), .s_axis_tvalid(s_axis_tvalid && last),
        .s_axis_tready(out_ready),
        .m_axis_tdata(m_axis_tdata), .m_axis_tvalid(m_axis_tvalid),
        .m_axis_tready(m_axis_tready)
    );
endmodule

`default_nettype wire
