// StreamingConcat: concatenates NUM_INPUTS NHWC streams along the channels (last axis).
//
// Input k is s_axis_tdata[k-th slice], s_axis_tvalid[k], s_axis_tready[k]; the slices are
// packed in input order, input k taking SIMD x (bits of its elements) bits. For every pixel
// the core forwards the beats of input 0, then those of input 1, ..., then those of the
// last input: input k contributes its channel fold (channels / SIMD) beats per pixel.
// Each input element is converted to the output encoding (finn_elem_convert). One beat
// per cycle; beats leave through a register slice (finn_axis_skid), so no combinational
// path runs from m_axis_0_tready to the input readies. An input is only read while it is
// its turn, so the inputs must be buffered (FIFOs) as far as their producers run ahead.
//
// Per-input parameters are packed vectors, field k for input k (field 0 in the least
// significant bits).
`default_nettype none

module StreamingConcat #(
    parameter integer NUM_INPUTS = 2,              // input streams, >= 2
    parameter integer SIMD = 1,                    // channels per beat (every input), >= 1
    parameter [16*NUM_INPUTS-1:0] IN_FOLDS = 32'h00010001,  // 16-bit field k: beats per pixel of input k (its channels / SIMD, at least 1)
    parameter [8*NUM_INPUTS-1:0] IN_WIDTHS = 16'h0808,      // 8-bit field k: bits per element of input k (at least 1)
    parameter [NUM_INPUTS-1:0] IN_SIGNED = 2'b00,           // bit k: input k is two's complement
    parameter [NUM_INPUTS-1:0] IN_BIPOLAR = 2'b00,          // bit k: input k is BIPOLAR (1 bit, 1 = +1, 0 = -1)
    parameter integer OUT_WIDTH = 8,               // bits per output element, >= 1
    parameter integer OUT_SIGNED = 0,              // 1: output elements are two's complement
    parameter integer OUT_BIPOLAR = 0,             // 1: output elements are BIPOLAR
    parameter integer IN_BITS = 16                 // width of s_axis_tdata: SIMD x the sum of IN_WIDTHS
) (
    input  wire                      ap_clk,
    input  wire                      ap_rst_n,  // active-low synchronous reset
    input  wire [IN_BITS-1:0]        s_axis_tdata,
    input  wire [NUM_INPUTS-1:0]     s_axis_tvalid,
    output wire [NUM_INPUTS-1:0]     s_axis_tready,
    output wire [SIMD*OUT_WIDTH-1:0] m_axis_0_tdata,
    output wire                      m_axis_0_tvalid,
    input  wire                      m_axis_0_tready
);
    localparam integer BEAT_OUT = SIMD * OUT_WIDTH;

    // bit offset of input k's slice in s_axis_tdata (k = NUM_INPUTS: the total width)
    function integer slice_offset(input integer k);
        integer j;
        begin
            slice_offset = 0;
            for (j = 0; j < k; j = j + 1)
                slice_offset = slice_offset + SIMD * {24'd0, IN_WIDTHS[8*j +: 8]};
        end
    endfunction

    function integer max_fold(input integer unused);
        integer j;
        begin
            max_fold = 1 + 0 * unused;
            for (j = 0; j < NUM_INPUTS; j = j + 1)
                if ({16'd0, IN_FOLDS[16*j +: 16]} > max_fold)
                    max_fold = {16'd0, IN_FOLDS[16*j +: 16]};
        end
    endfunction

    function integer bits_for(input integer n);  // bits of a counter 0 .. n-1 (>= 1)
        integer v;
        begin
            bits_for = 1;
            for (v = 2; v < n; v = v * 2)
                bits_for = bits_for + 1;
        end
    endfunction

    localparam integer SEL_BITS = bits_for(NUM_INPUTS);
    localparam integer CNT_BITS = bits_for(max_fold(0));

    generate
        if (NUM_INPUTS < 2) begin : g_bad_inputs
            ERROR_StreamingConcat_NUM_INPUTS_must_be_at_least_2 u_error ();
        end
        if (SIMD < 1 || OUT_WIDTH < 1) begin : g_bad_size
            ERROR_StreamingConcat_SIMD_and_OUT_WIDTH_must_be_at_least_1 u_error ();
        end
        if (IN_BITS != slice_offset(NUM_INPUTS)) begin : g_bad_in_bits
            ERROR_StreamingConcat_IN_BITS_must_be_SIMD_times_the_sum_of_IN_WIDTHS u_error ();
        end
    endgenerate

    wire [NUM_INPUTS*BEAT_OUT-1:0] converted;  // every input's beat in the output encoding
    wire [NUM_INPUTS-1:0]          at_last;    // the current beat is input k's last of the pixel

    reg  [SEL_BITS-1:0] sel;   // input whose turn it is
    reg  [CNT_BITS-1:0] cnt;   // beat of that input within the pixel
    wire                out_ready;
    /* verilator lint_off WIDTH */
    localparam [SEL_BITS-1:0] SEL_LAST = NUM_INPUTS - 1;
    /* verilator lint_on WIDTH */

    genvar k;
    generate
        for (k = 0; k < NUM_INPUTS; k = k + 1) begin : g_input
            localparam integer W = {24'd0, IN_WIDTHS[8*k +: 8]};
            localparam integer FOLD = {16'd0, IN_FOLDS[16*k +: 16]};
            /* verilator lint_off WIDTH */
            localparam [CNT_BITS-1:0] LAST = FOLD - 1;  // sized to the beat counter
            localparam [SEL_BITS-1:0] INDEX = k;
            /* verilator lint_on WIDTH */
            if (W < 1 || FOLD < 1) begin : g_bad_field
                ERROR_StreamingConcat_IN_WIDTHS_and_IN_FOLDS_fields_must_be_at_least_1 u_error ();
            end
            finn_elem_convert #(
                .N(SIMD), .IN_WIDTH(W), .IN_SIGNED(IN_SIGNED[k] ? 1 : 0), .IN_BIPOLAR(IN_BIPOLAR[k] ? 1 : 0),
                .OUT_WIDTH(OUT_WIDTH), .OUT_SIGNED(OUT_SIGNED), .OUT_BIPOLAR(OUT_BIPOLAR)
            ) u_convert (
                .in_data(s_axis_tdata[slice_offset(k) +: SIMD * W]),
                .out_data(converted[k*BEAT_OUT +: BEAT_OUT])
            );
            assign at_last[k] = (cnt == LAST);
            assign s_axis_tready[k] = out_ready && (sel == INDEX);
        end
    endgenerate

    wire in_valid = s_axis_tvalid[sel];
    wire fire = in_valid && out_ready;

    always @(posedge ap_clk) begin
        if (!ap_rst_n) begin
            sel <= {SEL_BITS{1'b0}};
            cnt <= {CNT_BITS{1'b0}};
        end else if (fire) begin
            if (at_last[sel]) begin
                cnt <= {CNT_BITS{1'b0}};
                sel <= (sel == SEL_LAST) ? {SEL_BITS{1'b0}} : sel + 1'b1;
            end else begin
                cnt <= cnt + 1'b1;
            end
        end
    end

    finn_axis_skid #(.WIDTH(BEAT_OUT)) u_out (
        .ap_clk(ap_clk), .ap_rst_n(ap_rst_n),
        .s_axis_tdata(converted[sel*BEAT_OUT +: BEAT_OUT]), .s_axis_tvalid(in_valid),
        .s_axis_tready(out_ready),
        .m_axis_tdata(m_axis_0_tdata), .m_axis_tvalid(m_axis_0_tvalid),
        .m_axis_tready(m_axis_0_tready)
    );
endmodule

`default_nettype wire
