// finn_fifo_mem: memory FIFO with a synchronous read port, ENTRIES + 1 beats.
//
// The memory holds ENTRIES beats; its read register (the block-RAM output latch)
// is the output stage and holds one more. A read is issued whenever the memory is
// not empty and the output stage is empty or being consumed, so one beat per
// cycle flows through. Read and write never address the same entry in one cycle.
`default_nettype none

module finn_fifo_mem #(
    parameter integer WIDTH     = 8,      // TDATA width in bits (>= 1)
    parameter integer ENTRIES   = 2,      // memory entries (>= 2)
    /* verilator lint_off UNUSEDPARAM */  // used only in the ram_style attribute
    parameter         RAM_STYLE = "auto"  // value of the ram_style attribute on the memory
    /* verilator lint_on UNUSEDPARAM */
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
    localparam integer AW = (ENTRIES > 2) ? $clog2(ENTRIES) : 1;  // pointer bits
    localparam integer CW = $clog2(ENTRIES + 1);                   // fill-count bits
    localparam [AW-1:0] LAST = ENTRIES[AW-1:0] - 1'b1;             // last memory index
    localparam [CW-1:0] FULL = ENTRIES[CW-1:0];                    // count when full

    generate
        if (WIDTH < 1 || ENTRIES < 2) begin : g_bad_param
            ERROR_finn_fifo_mem_needs_WIDTH_at_least_1_and_ENTRIES_at_least_2 u_error ();
        end
    endgenerate

    (* ram_style = RAM_STYLE *) reg [WIDTH-1:0] mem [0:ENTRIES-1];
    reg [AW-1:0]    wr_ptr;
    reg [AW-1:0]    rd_ptr;
    reg [CW-1:0]    count;      // beats in the memory (not counting the output stage)
    reg [WIDTH-1:0] rd_data;
    reg             rd_valid;

    wire wr = s_axis_tvalid && (count != FULL);
    wire rd = (count != {CW{1'b0}}) && (!rd_valid || m_axis_tready);

    assign s_axis_tready = (count != FULL);
    assign m_axis_tvalid = rd_valid;
    assign m_axis_tdata  = rd_data;

    always @(posedge ap_clk) begin
        if (wr) begin
            mem[wr_ptr] <= s_axis_tdata;
        end
        if (rd) begin
            rd_data <= mem[rd_ptr];
        end
    end

    always @(posedge ap_clk) begin
        if (!ap_rst_n) begin
            wr_ptr   <= {AW{1'b0}};
            rd_ptr   <= {AW{1'b0}};
            count    <= {CW{1'b0}};
            rd_valid <= 1'b0;
        end else begin
            if (wr) begin
                wr_ptr <= (wr_ptr == LAST) ? {AW{1'b0}} : wr_ptr + 1'b1;
            end
            if (rd) begin
                rd_ptr <= (rd_ptr == LAST) ? {AW{1'b0}} : rd_ptr + 1'b1;
            end
            if (wr && !rd) begin
                count <= count + 1'b1;
            end else if (rd && !wr) begin
                count <= count - 1'b1;
            end
            if (rd) begin
                rd_valid <= 1'b1;
            end else if (m_axis_tready) begin
                rd_valid <= 1'b0;
            end
        end
    end
endmodule

`default_nettype wire
