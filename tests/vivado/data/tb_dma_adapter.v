// Testbench of finn_dma_adapter: DMA read stream -> adapter -> accelerator model ->
// adapter -> DMA write stream, random valid/ready stalls on every stream.
// Transfers of 2, 1, 3 and 5 frames; checks the data (truncation, zero padding), that
// TLAST marks exactly the last beat of each transfer, that a full flag FIFO holds the
// input back (the sink stalls for the first 400 cycles), and that nothing deadlocks.
`timescale 1ns/1ps
`default_nettype none

module tb_dma_adapter;
    localparam IN_DMA = 8, IN_ACC = 7, OUT_ACC = 3, OUT_DMA = 4;
    localparam IN_BEATS = 4, OUT_BEATS = 2, NTRANS = 4, NFRAMES = 11;

    reg clk = 0, rst_n = 0;
    always #5 clk = ~clk;

    reg  [IN_DMA*8-1:0]  dma_tdata;
    reg                  dma_tvalid, dma_tlast;
    wire                 dma_tready;
    wire [IN_ACC*8-1:0]  acc_in_tdata;
    wire                 acc_in_tvalid;
    reg                  acc_in_tready;
    reg  [OUT_ACC*8-1:0] acc_out_tdata;
    reg                  acc_out_tvalid;
    wire                 acc_out_tready;
    wire [OUT_DMA*8-1:0] out_tdata;
    wire                 out_tvalid, out_tlast;
    reg                  out_tready;

    finn_dma_adapter #(.IN_DMA_BYTES(IN_DMA), .IN_ACC_BYTES(IN_ACC), .OUT_ACC_BYTES(OUT_ACC),
        .OUT_DMA_BYTES(OUT_DMA), .IN_FRAME_BEATS(IN_BEATS), .OUT_FRAME_BEATS(OUT_BEATS),
        .FLAG_DEPTH_LOG2(1)) dut (
        .ap_clk(clk), .ap_rst_n(rst_n),
        .s_axis_dma_tdata(dma_tdata), .s_axis_dma_tvalid(dma_tvalid),
        .s_axis_dma_tready(dma_tready), .s_axis_dma_tlast(dma_tlast),
        .m_axis_acc_tdata(acc_in_tdata), .m_axis_acc_tvalid(acc_in_tvalid),
        .m_axis_acc_tready(acc_in_tready),
        .s_axis_acc_tdata(acc_out_tdata), .s_axis_acc_tvalid(acc_out_tvalid),
        .s_axis_acc_tready(acc_out_tready),
        .m_axis_dma_tdata(out_tdata), .m_axis_dma_tvalid(out_tvalid),
        .m_axis_dma_tready(out_tready), .m_axis_dma_tlast(out_tlast));

    integer frames_in_transfer [0:NTRANS-1];
    integer errors = 0;

    // byte pattern of input beat b of frame f (7 useful bytes, 1 padding byte 0xA5)
    function [IN_DMA*8-1:0] in_word;
        input integer f, b;
        begin
            in_word = {8'hA5, {IN_ACC{f[3:0], b[3:0]}}};
        end
    endfunction

    // ---------------------------------------------------------------- DMA source
    integer s_frame = 0, s_beat = 0, s_trans = 0, s_in_trans = 0;
    always @(posedge clk) begin
        if (!rst_n) begin
            dma_tvalid <= 0; dma_tlast <= 0; dma_tdata <= 0;
        end else begin
            if (dma_tvalid && dma_tready) begin
                if (s_beat == IN_BEATS - 1) begin
                    s_beat = 0; s_frame = s_frame + 1; s_in_trans = s_in_trans + 1;
                    if (s_in_trans == frames_in_transfer[s_trans]) begin
                        s_in_trans = 0; s_trans = s_trans + 1;
                    end
                end else begin
                    s_beat = s_beat + 1;
                end
            end
            if (s_frame < NFRAMES && ($random & 3) != 0) begin
                dma_tvalid <= 1;
                dma_tdata <= in_word(s_frame, s_beat);
                dma_tlast <= (s_beat == IN_BEATS - 1) &&
                             (s_in_trans == frames_in_transfer[s_trans] - 1);
            end else if (!(dma_tvalid && !dma_tready)) begin
                dma_tvalid <= 0;
            end
        end
    end

    // ---------------------------------------------------------------- accelerator model
    // consumes IN_BEATS beats per frame (checking them), emits OUT_BEATS beats per frame
    integer a_frame = 0, a_beat = 0, q_head = 0, q_tail = 0, o_beat = 0;
    reg [OUT_ACC*8-1:0] queue [0:63];
    reg [OUT_ACC*8-1:0] acc_xor;
    reg [IN_DMA*8-1:0]  expect_in;
    always @(posedge clk) begin
        if (!rst_n) begin
            acc_in_tready <= 0; acc_out_tvalid <= 0; acc_xor = 0;
        end else begin
            if (acc_in_tvalid && acc_in_tready) begin
                expect_in = in_word(a_frame, a_beat);
                if (acc_in_tdata !== expect_in[IN_ACC*8-1:0]) begin
                    $display("ERROR: accelerator input frame %0d beat %0d: %h", a_frame, a_beat, acc_in_tdata);
                    errors = errors + 1;
                end
                acc_xor = acc_xor ^ acc_in_tdata[OUT_ACC*8-1:0];
                if (a_beat == IN_BEATS - 1) begin
                    queue[q_tail % 64] = acc_xor ^ a_frame; q_tail = q_tail + 1;
                    acc_xor = 0; a_beat = 0; a_frame = a_frame + 1;
                end else begin
                    a_beat = a_beat + 1;
                end
            end
            acc_in_tready <= ($random & 1);
            if (acc_out_tvalid && acc_out_tready) begin
                if (o_beat == OUT_BEATS - 1) begin
                    o_beat = 0; q_head = q_head + 1;
                end else begin
                    o_beat = o_beat + 1;
                end
            end
            if (q_head < q_tail && ($random & 1)) begin
                acc_out_tvalid <= 1;
                acc_out_tdata <= queue[q_head % 64] + o_beat;
            end else if (!(acc_out_tvalid && !acc_out_tready)) begin
                acc_out_tvalid <= 0;
            end
        end
    end

    // ---------------------------------------------------------------- DMA sink and checks
    integer k_frame = 0, k_beat = 0, k_trans = 0, k_in_trans = 0, beats_out = 0;
    reg [OUT_ACC*8-1:0] expect_xor;
    integer e, b;
    integer cycle = 0;
    always @(posedge clk) begin
        cycle = cycle + 1;
        if (rst_n) begin
            // a long stall first, so the flag FIFO fills up and the input must wait
            out_tready <= cycle > 400 && ($random & 3) != 0;
            if (out_tvalid && out_tready) begin
                expect_xor = 0;
                for (b = 0; b < IN_BEATS; b = b + 1) begin
                    expect_xor = expect_xor ^ in_word(k_frame, b);
                end
                expect_xor = (expect_xor ^ k_frame) + k_beat;
                if (out_tdata !== {{(OUT_DMA - OUT_ACC) * 8{1'b0}}, expect_xor}) begin
                    $display("ERROR: output frame %0d beat %0d: %h, expected %h", k_frame, k_beat, out_tdata, expect_xor);
                    errors = errors + 1;
                end
                e = (k_beat == OUT_BEATS - 1) && (k_in_trans == frames_in_transfer[k_trans] - 1);
                if (out_tlast !== e[0]) begin
                    $display("ERROR: TLAST %b at frame %0d beat %0d (transfer %0d)", out_tlast, k_frame, k_beat, k_trans);
                    errors = errors + 1;
                end
                beats_out = beats_out + 1;
                if (k_beat == OUT_BEATS - 1) begin
                    k_beat = 0; k_frame = k_frame + 1; k_in_trans = k_in_trans + 1;
                    if (k_in_trans == frames_in_transfer[k_trans]) begin
                        k_in_trans = 0; k_trans = k_trans + 1;
                    end
                end else begin
                    k_beat = k_beat + 1;
                end
            end
        end
    end

    initial begin
        frames_in_transfer[0] = 2; frames_in_transfer[1] = 1;
        frames_in_transfer[2] = 3; frames_in_transfer[3] = 5;
        out_tready = 0;
        repeat (3) @(posedge clk);
        rst_n = 1;
        repeat (20000) begin
            @(posedge clk);
            if (beats_out == NFRAMES * OUT_BEATS) begin
                repeat (20) @(posedge clk);
                if (errors == 0) $display("PASS %0d output beats", beats_out);
                else $display("FAIL %0d errors", errors);
                $finish;
            end
        end
        $display("FAIL timeout: %0d of %0d output beats", beats_out, NFRAMES * OUT_BEATS);
        $finish;
    end
endmodule

`default_nettype wire
