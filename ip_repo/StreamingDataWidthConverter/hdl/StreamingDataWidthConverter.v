// StreamingDataWidthConverter: re-packs an AXI-Stream from IN_WIDTH to OUT_WIDTH bits
// per beat, preserving bit order (the first input bit is the first output bit: the
// first element of a beat sits in the least significant bits).
//
// Equal widths: a register slice. OUT_WIDTH = k * IN_WIDTH: gather k beats.
// IN_WIDTH = k * OUT_WIDTH: split each beat into k. Any other ratio: gather up to
// LCM(IN_WIDTH, OUT_WIDTH), then split; the stream must then carry a whole number of
// LCM-bit blocks (true for FINN streams, where both beat sizes divide the channel
// count). Full throughput on the wider side; s_axis_0_tready and m_axis_0_tvalid
// are registered, no combinational path runs through the converter.
`default_nettype none

module StreamingDataWidthConverter #(
    parameter integer IN_WIDTH  = 8,  // input beat width in bits (>= 1)
    parameter integer OUT_WIDTH = 8   // output beat width in bits (>= 1)
) (
    input  wire                 ap_clk,
    input  wire                 ap_rst_n,   // active-low synchronous reset
    input  wire [IN_WIDTH-1:0]  s_axis_0_tdata,
    input  wire                 s_axis_0_tvalid,
    output wire                 s_axis_0_tready,
    output wire [OUT_WIDTH-1:0] m_axis_0_tdata,
    output wire                 m_axis_0_tvalid,
    input  wire                 m_axis_0_tready
);
    // Greatest common divisor (constant function, Euclid's algorithm).
    function integer gcd;
        input integer a;
        input integer b;
        integer x, y, t, i;
        begin
            x = a;
            y = b;
            for (i = 0; i < 64; i = i + 1) begin
                if (y != 0) begin
                    t = x % y;
                    x = y;
                    y = t;
                end
            end
            gcd = x;
        end
    endfunction

    localparam integer LCM = (IN_WIDTH / gcd(IN_WIDTH, OUT_WIDTH)) * OUT_WIDTH;

    generate
        if (IN_WIDTH < 1 || OUT_WIDTH < 1) begin : g_bad_width
            ERROR_StreamingDataWidthConverter_widths_must_be_at_least_1 u_error ();
        end

        if (IN_WIDTH == OUT_WIDTH) begin : g_same
            finn_axis_skid #(.WIDTH(IN_WIDTH)) u_skid (
                .ap_clk(ap_clk), .ap_rst_n(ap_rst_n),
                .s_axis_tdata(s_axis_0_tdata), .s_axis_tvalid(s_axis_0_tvalid),
                .s_axis_tready(s_axis_0_tready),
                .m_axis_tdata(m_axis_0_tdata), .m_axis_tvalid(m_axis_0_tvalid),
                .m_axis_tready(m_axis_0_tready)
            );
        end else if (LCM == OUT_WIDTH) begin : g_up
            finn_dwc_upsize #(.IN_WIDTH(IN_WIDTH), .OUT_WIDTH(OUT_WIDTH)) u_up (
                .ap_clk(ap_clk), .ap_rst_n(ap_rst_n),
                .s_axis_tdata(s_axis_0_tdata), .s_axis_tvalid(s_axis_0_tvalid),
                .s_axis_tready(s_axis_0_tready),
                .m_axis_tdata(m_axis_0_tdata), .m_axis_tvalid(m_axis_0_tvalid),
                .m_axis_tready(m_axis_0_tready)
            );
        end else if (LCM == IN_WIDTH) begin : g_down
            finn_dwc_downsize #(.IN_WIDTH(IN_WIDTH), .OUT_WIDTH(OUT_WIDTH)) u_down (
                .ap_clk(ap_clk), .ap_rst_n(ap_rst_n),
                .s_axis_tdata(s_axis_0_tdata), .s_axis_tvalid(s_axis_0_tvalid),
                .s_axis_tready(s_axis_0_tready),
                .m_axis_tdata(m_axis_0_tdata), .m_axis_tvalid(m_axis_0_tvalid),
                .m_axis_tready(m_axis_0_tready)
            );
        end else begin : g_lcm
            wire [LCM-1:0] mid_tdata;
            wire           mid_tvalid;
            wire           mid_tready;
            finn_dwc_upsize #(.IN_WIDTH(IN_WIDTH), .OUT_WIDTH(LCM)) u_up (
                .ap_clk(ap_clk), .ap_rst_n(ap_rst_n),
                .s_axis_tdata(s_axis_0_tdata), .s_axis_tvalid(s_axis_0_tvalid),
                .s_axis_tready(s_axis_0_tready),
                .m_axis_tdata(mid_tdata), .m_axis_tvalid(mid_tvalid),
                .m_axis_tready(mid_tready)
            );
            finn_dwc_downsize #(.IN_WIDTH(LCM), .OUT_WIDTH(OUT_WIDTH)) u_down (
                .ap_clk(ap_clk), .ap_rst_n(ap_rst_n),
                .s_axis_tdata(mid_tdata), .s_axis_tvalid(mid_tvalid),
                .s_axis_tready(mid_tready),
                .m_axis_tdata(m_axis_0_tdata), .m_axis_tvalid(m_axis_0_tvalid),
                .m_axis_tready(m_axis_0_tready)
            );
        end
    endgenerate
endmodule

`default_nettype wire
