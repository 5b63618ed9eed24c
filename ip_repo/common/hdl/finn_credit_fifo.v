// finn_credit_fifo: output FIFO of a free-running compute pipeline, with credits.
//
// The pipeline in front of the FIFO never stalls. Before it starts work that will
// produce an output word it takes a credit (alloc = 1, allowed only while
// space = 1); the credit returns when the word leaves on m_axis. Since at most
// 2**ADDR_BITS words are ever owed, the FIFO cannot overflow, and space depends on
// registers only (no combinational path from m_axis_tready to the input side).
// Full throughput needs 2**ADDR_BITS > pipeline latency + 1.
// The memory has an asynchronous read (LUT RAM); m_axis_tdata is valid with m_axis_tvalid.
`default_nettype none

module finn_credit_fifo #(
    parameter integer WIDTH     = 8,  // word width in bits (>= 1)
    parameter integer ADDR_BITS = 4   // pointer bits (>= 1): 2**ADDR_BITS words
) (
    input  wire             clk,
    input  wire             rst_n,          // active-low synchronous reset
    input  wire             alloc,          // take a credit for one future word
    output wire             space,          // a credit is available
    input  wire             wr_en,          // write wr_data (must hold a credit)
    input  wire [WIDTH-1:0] wr_data,        // word to write
    output wire [WIDTH-1:0] m_axis_tdata,
    output wire             m_axis_tvalid,
    input  wire             m_axis_tready
);
    // Every width below is written with the parameter ADDR_BITS itself, not with a
    // localparam derived from a depth: Verilator (several top modules in one
    // --lint-only run) may give a parameterised copy of this module the localparam
    // values of a copy with other parameters, and then flags the pointers as too wide.
    generate
        if (WIDTH < 1 || ADDR_BITS < 1) begin : g_bad_param
            ERROR_finn_credit_fifo_needs_WIDTH_and_ADDR_BITS_at_least_1 u_error ();
        end
    endgenerate

    (* ram_style = "distributed" *) reg [WIDTH-1:0] mem [0:(1 << ADDR_BITS)-1];
    reg [ADDR_BITS-1:0] wr_ptr;
    reg [ADDR_BITS-1:0] rd_ptr;
    reg [ADDR_BITS:0]   fill;   // words in the memory
    reg [ADDR_BITS:0]   owed;   // credits taken and not yet returned

    wire pop = m_axis_tvalid && m_axis_tready;

    assign space         = !owed[ADDR_BITS];
    assign m_axis_tvalid = (fill != {(ADDR_BITS+1){1'b0}});
    assign m_axis_tdata  = mem[rd_ptr];

    always @(posedge clk) begin
        if (wr_en)
            mem[wr_ptr] <= wr_data;
    end

    always @(posedge clk) begin
        if (!rst_n) begin
            wr_ptr <= {ADDR_BITS{1'b0}};
            rd_ptr <= {ADDR_BITS{1'b0}};
            fill   <= {(ADDR_BITS+1){1'b0}};
            owed   <= {(ADDR_BITS+1){1'b0}};
        end else begin
            if (wr_en)
                wr_ptr <= wr_ptr + 1'b1;
            if (pop)
                rd_ptr <= rd_ptr + 1'b1;
            // +1, -1 or 0 in one addition (one carry chain after the control LUT)
            fill <= fill + {{ADDR_BITS{pop & ~wr_en}}, pop ^ wr_en};
            owed <= owed + {{ADDR_BITS{pop & ~alloc}}, pop ^ alloc};
        end
    end
endmodule

`default_nettype wire
