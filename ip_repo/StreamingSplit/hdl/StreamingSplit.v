// StreamingSplit: cuts one NHWC stream along the channels (last axis) into NUM_OUTPUTS
// streams, the mirror of StreamingConcat.
//
// Output k is m_axis_tdata[k*WIDTH +: WIDTH], m_axis_tvalid[k], m_axis_tready[k]. For
// every pixel the core forwards the first OUT_FOLDS[0] input beats to output 0, the next
// OUT_FOLDS[1] beats to output 1, ..., the last beats to the last output (output k carries
// its channels / SIMD beats per pixel; the element type is unchanged, so a beat is passed
// on as it is). Beats enter through a register slice (finn_axis_skid): s_axis_0_tready is
// registered and no output valid depends on any ready. An output is only written while it
// is its turn, so its consumers must be buffered (FIFOs) as far as the others run ahead.
//
// Per-output folds are a packed vector, field k for output k (field 0 in the least
// significant bits).
`default_nettype none

module StreamingSplit #(
    parameter integer NUM_OUTPUTS = 2,                       // output streams, >= 2
    parameter integer WIDTH = 8,                             // TDATA bits of a beat (SIMD x element bits, every stream), >= 1
    parameter [16*NUM_OUTPUTS-1:0] OUT_FOLDS = 32'h00010001  // 16-bit field k: beats per pixel of output k (its channels / SIMD, at least 1)
) (
    input  wire                         ap_clk,
    input  wire                         ap_rst_n,  // active-low synchronous reset
    input  wire [WIDTH-1:0]             s_axis_0_tdata,
    input  wire                         s_axis_0_tvalid,
    output wire                         s_axis_0_tready,
    output wire [NUM_OUTPUTS*WIDTH-1:0] m_axis_tdata,
    output wire [NUM_OUTPUTS-1:0]       m_axis_tvalid,
    input  wire [NUM_OUTPUTS-1:0]       m_axis_tready
);
    function integer max_fold(input integer unused);
        integer j;
        begin
            max_fold = 1 + 0 * unused;
            for (j = 0; j < NUM_OUTPUTS; j = j + 1)
                if ({16'd0, OUT_FOLDS[16*j +: 16]} > max_fold)
                    max_fold = {16'd0, OUT_FOLDS[16*j +: 16]};
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

    localparam integer SEL_BITS = bits_for(NUM_OUTPUTS);
    localparam integer CNT_BITS = bits_for(max_fold(0));

    generate
        if (NUM_OUTPUTS < 2) begin : g_bad_outputs
            ERROR_StreamingSplit_NUM_OUTPUTS_must_be_at_least_2 u_error ();
        end
        if (WIDTH < 1) begin : g_bad_width
            ERROR_StreamingSplit_WIDTH_must_be_at_least_1 u_error ();
        end
    endgenerate

    wire [WIDTH-1:0]       held;        // the beat on offer
    wire                   held_valid;
    wire [NUM_OUTPUTS-1:0] at_last;     // the current beat is output k's last of the pixel
    wire [NUM_OUTPUTS-1:0] turn;        // output k's turn

    reg  [SEL_BITS-1:0] sel;   // output whose turn it is
    reg  [CNT_BITS-1:0] cnt;   // beat of that output within the pixel
    /* verilator lint_off WIDTH */
    localparam [SEL_BITS-1:0] SEL_LAST = NUM_OUTPUTS - 1;
    /* verilator lint_on WIDTH */

    genvar k;
    generate
        for (k = 0; k < NUM_OUTPUTS; k = k + 1) begin : g_output
            localparam integer FOLD = {16'd0, OUT_FOLDS[16*k +: 16]};
            /* verilator lint_off WIDTH */
            localparam [CNT_BITS-1:0] LAST = FOLD - 1;  // sized to the beat counter
            localparam [SEL_BITS-1:0] INDEX = k;
            /* verilator lint_on WIDTH */
            if (FOLD < 1) begin : g_bad_field
                ERROR_StreamingSplit_OUT_FOLDS_fields_must_be_at_least_1 u_error ();
            end
            assign at_last[k] = (cnt == LAST);
            assign turn[k] = (sel == INDEX);
            assign m_axis_tdata[k*WIDTH +: WIDTH] = held;
        end
    endgenerate

    assign m_axis_tvalid = {NUM_OUTPUTS{held_valid}} & turn;
    wire out_ready = |(m_axis_tready & turn);
    wire fire = held_valid && out_ready;

    always @(posedge ap_clk) begin
        if (!ap_rst_n) begin
            sel <= {SEL_BITS{1'b0}};
            cnt <= {CNT_BITS{1'b0}};
        end else if (fire) begin
            if (|(at_last & turn)) begin
                cnt <= {CNT_BITS{1'b0}};
                sel <= (sel == SEL_LAST) ? {SEL_BITS{1'b0}} : sel + 1'b1;
            end else begin
                cnt <= cnt + 1'b1;
            end
        end
    end

    finn_axis_skid #(.WIDTH(WIDTH)) u_in (
        .ap_clk(ap_clk), .ap_rst_n(ap_rst_n),
        .s_axis_tdata(s_axis_0_tdata), .s_axis_tvalid(s_axis_0_tvalid),
        .s_axis_tready(s_axis_0_tready),
        .m_axis_tdata(held), .m_axis_tvalid(held_valid),
        .m_axis_tready(out_ready)
    );
endmodule

`default_nettype wire
