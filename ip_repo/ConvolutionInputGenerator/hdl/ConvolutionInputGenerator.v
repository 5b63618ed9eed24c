// ConvolutionInputGenerator: sliding-window (im2col) generator over an NHWC image stream.
//
// Input beat: SIMD channels of one pixel, element 0 in the least significant bits,
// channels fastest, pixels row by row. Element (kh, kw, c) of the window of output pixel
// (oy, ox) is input pixel (oy*STRIDE_H + kh*DIL_H, ox*STRIDE_W + kw*DIL_W), channel c.
//   PARALLEL_WINDOW = 0: SIMD elements per beat, beats ordered (kh, kw, c/SIMD), c fastest;
//                        DEPTHWISE = 1 orders them (c/SIMD, kh, kw) instead.
//                        One output beat per cycle once the window's beats have arrived.
//   PARALLEL_WINDOW = 1: the whole window (kh, kw, c) in one beat; needs SIMD = CHANNELS.
//                        One input pixel per cycle.
// No combinational path runs from m_axis_0_tready to s_axis_0_tready.
// Elements are converted from the input to the output encoding (finn_elem_convert).
// 1D windows: IFM_H = K_H = 1 (or IFM_W = K_W = 1). Frames follow each other without gaps.
`default_nettype none

module ConvolutionInputGenerator #(
    parameter integer IFM_H = 4,              // input image height
    parameter integer IFM_W = 4,              // input image width
    parameter integer CHANNELS = 2,           // channels per pixel
    parameter integer SIMD = 1,               // channels per input beat; divides CHANNELS
    parameter integer K_H = 3,                // kernel height
    parameter integer K_W = 3,                // kernel width
    parameter integer STRIDE_H = 1,           // vertical stride
    parameter integer STRIDE_W = 1,           // horizontal stride
    parameter integer DIL_H = 1,              // vertical dilation
    parameter integer DIL_W = 1,              // horizontal dilation
    parameter integer IN_WIDTH = 8,            // bits per input element
    parameter integer IN_SIGNED = 0,          // 1: input elements are two's complement
    parameter integer IN_BIPOLAR = 0,         // 1: input elements are BIPOLAR (1 = +1, 0 = -1)
    parameter integer OUT_WIDTH = 8,          // bits per output element
    parameter integer OUT_SIGNED = 0,         // 1: output elements are two's complement
    parameter integer OUT_BIPOLAR = 0,        // 1: output elements are BIPOLAR
    parameter integer PARALLEL_WINDOW = 0,    // 1: one whole window per output beat
    parameter integer DEPTHWISE = 0,          // 1: beats (c/SIMD, kh, kw) (PARALLEL_WINDOW = 0)
    parameter integer BUF_DEPTH = 0,          // line buffer beats (0 = automatic)
    parameter [8*11-1:0] RAM_STYLE = "auto",  // buffer memory: auto/block/distributed/ultra
    // output elements per beat; keep the default, it is checked
    parameter integer OUT_ELEMS = (PARALLEL_WINDOW != 0) ? K_H * K_W * CHANNELS : SIMD
) (
    input  wire                            ap_clk,
    input  wire                            ap_rst_n,  // active-low synchronous reset
    input  wire [SIMD*IN_WIDTH-1:0]         s_axis_0_tdata,
    input  wire                            s_axis_0_tvalid,
    output wire                            s_axis_0_tready,
    output wire [OUT_ELEMS*OUT_WIDTH-1:0]   m_axis_0_tdata,
    output wire                            m_axis_0_tvalid,
    input  wire                            m_axis_0_tready
);
    localparam integer CF = CHANNELS / SIMD;
    localparam integer OFM_W = (IFM_W - DIL_W * (K_W - 1) - 1) / STRIDE_W + 1;
    localparam integer SPAN = ((K_H - 1) * DIL_H * IFM_W + (K_W - 1) * DIL_W + 1) * CF;
    localparam integer OFM_H = (IFM_H - DIL_H * (K_H - 1) - 1) / STRIDE_H + 1;
    // buffer slack beyond the window span, so that the input never waits for the output
    // unless the output is the bottleneck: room for the next window's input (the next
    // row's first window when a row of windows outputs at least as many beats as it
    // reads; else one window's output time)
    localparam integer STEP_ROW = (STRIDE_H * IFM_W - (OFM_W - 1) * STRIDE_W) * CF;
    localparam integer WIN_BEATS = K_H * K_W * CF;
    localparam integer SLACK_IN = (STEP_ROW < WIN_BEATS) ? STEP_ROW : WIN_BEATS;
    localparam integer SLACK_ROW = (OFM_H < 2) ? 0 :
                                   (OFM_W * K_H * K_W >= STRIDE_H * IFM_W) ? STEP_ROW : SLACK_IN;
    localparam integer SLACK = (SLACK_ROW > STRIDE_W * CF) ? SLACK_ROW : STRIDE_W * CF;
    localparam integer DEPTH = (BUF_DEPTH > 0) ? BUF_DEPTH : SPAN + SLACK;
    localparam integer BEAT_OUT = SIMD * OUT_WIDTH;

    generate
        if (IFM_H < 1 || IFM_W < 1 || CHANNELS < 1 || SIMD < 1 || K_H < 1 || K_W < 1
            || STRIDE_H < 1 || STRIDE_W < 1 || DIL_H < 1 || DIL_W < 1) begin : g_bad_pos
            ERROR_ConvolutionInputGenerator_sizes_must_be_at_least_1 u_error ();
        end
        if (CHANNELS % SIMD != 0) begin : g_bad_simd
            ERROR_ConvolutionInputGenerator_SIMD_must_divide_CHANNELS u_error ();
        end
        if (DIL_H * (K_H - 1) + 1 > IFM_H || DIL_W * (K_W - 1) + 1 > IFM_W) begin : g_bad_k
            ERROR_ConvolutionInputGenerator_dilated_kernel_larger_than_image u_error ();
        end
        if (PARALLEL_WINDOW != 0 && SIMD != CHANNELS) begin : g_bad_pw
            ERROR_ConvolutionInputGenerator_PARALLEL_WINDOW_needs_SIMD_equal_CHANNELS u_error ();
        end
        if (BUF_DEPTH != 0 && BUF_DEPTH < SPAN) begin : g_bad_depth
            ERROR_ConvolutionInputGenerator_BUF_DEPTH_below_window_span u_error ();
        end
        if (OUT_ELEMS != ((PARALLEL_WINDOW != 0) ? K_H * K_W * CHANNELS : SIMD)) begin : g_bad_elems
            ERROR_ConvolutionInputGenerator_OUT_ELEMS_must_keep_its_default u_error ();
        end
    endgenerate

    wire [BEAT_OUT-1:0] in_conv;
    finn_elem_convert #(
        .N(SIMD), .IN_WIDTH(IN_WIDTH), .IN_SIGNED(IN_SIGNED), .IN_BIPOLAR(IN_BIPOLAR),
        .OUT_WIDTH(OUT_WIDTH), .OUT_SIGNED(OUT_SIGNED), .OUT_BIPOLAR(OUT_BIPOLAR)
    ) u_convert (
        .in_data(s_axis_0_tdata),
        .out_data(in_conv)
    );

    generate
        if (PARALLEL_WINDOW != 0) begin : g_parallel
            // input register slice: the window core's input ready follows its output
            // ready; the slice keeps that path inside
            wire [BEAT_OUT-1:0] pix_data;
            wire pix_valid;
            wire pix_ready;
            finn_axis_skid #(.WIDTH(BEAT_OUT)) u_in (
                .ap_clk(ap_clk), .ap_rst_n(ap_rst_n),
                .s_axis_tdata(in_conv), .s_axis_tvalid(s_axis_0_tvalid),
                .s_axis_tready(s_axis_0_tready),
                .m_axis_tdata(pix_data), .m_axis_tvalid(pix_valid), .m_axis_tready(pix_ready)
            );
            finn_swg_parallel_window #(
                .IFM_H(IFM_H), .IFM_W(IFM_W), .K_H(K_H), .K_W(K_W),
                .STRIDE_H(STRIDE_H), .STRIDE_W(STRIDE_W), .DIL_H(DIL_H), .DIL_W(DIL_W),
                .PIX_BITS(BEAT_OUT), .RAM_STYLE(RAM_STYLE)
            ) u_core (
                .ap_clk(ap_clk), .ap_rst_n(ap_rst_n),
                .s_data(pix_data), .s_valid(pix_valid), .s_ready(pix_ready),
                .m_data(m_axis_0_tdata), .m_valid(m_axis_0_tvalid), .m_ready(m_axis_0_tready)
            );
        end else begin : g_buffered
            finn_swg_window_buffer #(
                .IFM_H(IFM_H), .IFM_W(IFM_W), .K_H(K_H), .K_W(K_W),
                .STRIDE_H(STRIDE_H), .STRIDE_W(STRIDE_W), .DIL_H(DIL_H), .DIL_W(DIL_W),
                .CF(CF), .BEAT_BITS(BEAT_OUT), .DEPTHWISE(DEPTHWISE), .BUF_DEPTH(DEPTH),
                .RAM_STYLE(RAM_STYLE)
            ) u_core (
                .ap_clk(ap_clk), .ap_rst_n(ap_rst_n),
                .s_data(in_conv), .s_valid(s_axis_0_tvalid), .s_ready(s_axis_0_tready),
                .m_data(m_axis_0_tdata), .m_valid(m_axis_0_tvalid), .m_ready(m_axis_0_tready)
            );
        end
    endgenerate
endmodule

`default_nettype wire
