// finn_dwc_downsize: splits each IN_WIDTH-bit input beat into IN_WIDTH / OUT_WIDTH
// output beats, least significant part first. The input beat waits in a register
// slice, so the next one is already there when the last part leaves: one output
// beat per cycle. m_axis_tvalid and s_axis_tready are registered.
`default_nettype none

module finn_dwc_downsize #(
    parameter integer IN_WIDTH  = 16,  // input beat width in bits: a multiple (>= 2) of OUT_WIDTH
    parameter integer OUT_WIDTH = 8    // output beat width in bits (>= 1)
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
    localparam integer K  = IN_WIDTH / OUT_WIDTH;  // output beats per input beat
    localparam integer CW = (K > 2) ? $clog2(K) : 1;
    localparam [CW-1:0] LAST = K[CW-1:0] - 1'b1;

    generate
        if (OUT_WIDTH < 1 || K < 2 || IN_WIDTH != K * OUT_WIDTH) begin : g_bad_param
            ERROR_finn_dwc_downsize_IN_WIDTH_must_be_a_multiple_of_OUT_WIDTH u_error ();
        end
    endgenerate

    wire [IN_WIDTH-1:0] held;
    wire                held_valid;
    reg  [CW-1:0]       index;   // part of the held beat on the output
    wire                last = (index == LAST);

    finn_axis_skid #(.WIDTH(IN_WIDTH)) u_in (
        .ap_clk(ap_clk), .ap_rst_n(ap_rst_n),
        .s_axis_tdata(s_axis_tdata), .s_axis_tvalid(s_axis_tvalid),
        .s_axis_tready(s_axis_tready),
        .m_axis_tdata(held), .m_axis_tvalid(held_valid),
        .m_axis_tready(m_axis_tready && last)
    );

    wire [OUT_WIDTH-1:0] parts [0:K-1];
    genvar i;
    generate
        for (i = 0; i < K; i = i + 1) begin : g_part
            assign parts[i] = held[i*OUT_WIDTH +: OUT_WIDTH];
        end
    endgenerate

    assign m_axis_tvalid = held_valid;
    assign m_axis_tdata  = parts[index];

    always @(posedge ap_clk) begin
        if (!ap_rst_n) begin
            index <= {CW{1'b0}};
        end else if (held_valid && m_axis_tready) begin
            index <= last ? {CW{1'b0}} : index + 1'b1;
        end
    end
endmodule

`default_nettype wire
