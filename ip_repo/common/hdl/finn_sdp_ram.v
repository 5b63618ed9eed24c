// finn_sdp_ram: simple dual-port RAM, one synchronous write port and one synchronous
// read port with read enable (rd_data holds while rd_en is low). Reading the address
// written in the same cycle returns the old word (read-first).
// RAM_STYLE: "auto" (no attribute), "block", "distributed" or "ultra".
`default_nettype none

module finn_sdp_ram #(
    parameter integer    DEPTH     = 16,     // number of words (>= 1)
    parameter integer    WIDTH     = 8,      // bits per word (>= 1)
    parameter integer    ADDR_BITS = 4,      // address width, >= max(1, clog2(DEPTH))
    parameter [8*11-1:0] RAM_STYLE = "auto"  // "auto", "block", "distributed" or "ultra"
) (
    input  wire                 clk,
    input  wire                 wr_en,    // write wr_data to wr_addr
    input  wire [ADDR_BITS-1:0] wr_addr,  // write address, < DEPTH
    input  wire [WIDTH-1:0]     wr_data,
    input  wire                 rd_en,    // load rd_data from rd_addr
    input  wire [ADDR_BITS-1:0] rd_addr,  // read address, < DEPTH
    output reg  [WIDTH-1:0]     rd_data   // word read, one cycle after rd_en
);
    generate
        if (WIDTH < 1 || DEPTH < 1) begin : g_bad_size
            ERROR_finn_sdp_ram_needs_WIDTH_and_DEPTH_at_least_1 u_error ();
        end
        if ((1 << ADDR_BITS) < DEPTH || ADDR_BITS < 1) begin : g_bad_addr
            ERROR_finn_sdp_ram_ADDR_BITS_too_small_for_DEPTH u_error ();
        end
        /* verilator lint_off WIDTH */  // string literals of different lengths
        if (RAM_STYLE != "auto" && RAM_STYLE != "block" && RAM_STYLE != "distributed"
                && RAM_STYLE != "ultra") begin : g_bad_style
            ERROR_finn_sdp_ram_RAM_STYLE_must_be_auto_block_distributed_or_ultra u_error ();
        end

        if (RAM_STYLE == "block") begin : g_block
            (* ram_style = "block" *) reg [WIDTH-1:0] mem [0:DEPTH-1];
            always @(posedge clk) begin
                if (wr_en) mem[wr_addr] <= wr_data;
                if (rd_en) rd_data <= mem[rd_addr];
            end
        end else if (RAM_STYLE == "distributed") begin : g_distributed
            (* ram_style = "distributed" *) reg [WIDTH-1:0] mem [0:DEPTH-1];
            always @(posedge clk) begin
                if (wr_en) mem[wr_addr] <= wr_data;
                if (rd_en) rd_data <= mem[rd_addr];
            end
        end else if (RAM_STYLE == "ultra") begin : g_ultra
`ifdef YOSYS
            (* ram_style = "block" *)
`else
            (* ram_style = "ultra" *)
`endif
            reg [WIDTH-1:0] mem [0:DEPTH-1];
            always @(posedge clk) begin
                if (wr_en) mem[wr_addr] <= wr_data;
                if (rd_en) rd_data <= mem[rd_addr];
            end
        end else begin : g_auto
            reg [WIDTH-1:0] mem [0:DEPTH-1];
            always @(posedge clk) begin
                if (wr_en) mem[wr_addr] <= wr_data;
                if (rd_en) rd_data <= mem[rd_addr];
            end
        end
        /* verilator lint_on WIDTH */
    endgenerate
endmodule

`default_nettype wire
