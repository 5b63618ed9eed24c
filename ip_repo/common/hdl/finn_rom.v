// finn_rom: read-only memory initialised from a $readmemh file, one registered
// read port (the read latency is one cycle, as in a block RAM).
//
// INIT_FILE holds one word per line in hexadecimal, address 0 first, most
// significant digit first. RAM_STYLE selects the inference attribute:
//   "auto"        no attribute (the synthesis tool decides)
//   "block"       block RAM
//   "distributed" LUTs (Yosys, which cannot map a ROM to LUT RAM, is told "logic")
//   "ultra"       UltraRAM hint; UltraRAM has no initial contents, so tools fall
//                 back to block RAM for a ROM (Yosys is told "block")
`default_nettype none

module finn_rom #(
    parameter integer    WIDTH     = 8,      // word width in bits (>= 1)
    parameter integer    DEPTH     = 2,      // number of words (>= 1)
    parameter integer    ADDR_BITS = 1,      // address width, >= max(1, clog2(DEPTH))
    parameter            INIT_FILE = "",     // $readmemh file with DEPTH words
    parameter [8*11-1:0] RAM_STYLE = "auto"  // "auto", "block", "distributed" or "ultra"
) (
    input  wire                 clk,
    input  wire                 en,    // read enable: q is loaded when high
    input  wire [ADDR_BITS-1:0] addr,  // word address, < DEPTH
    output wire [WIDTH-1:0]     q      // word at addr, one cycle after en
);
    generate
        if (WIDTH < 1 || DEPTH < 1) begin : g_bad_size
            ERROR_finn_rom_needs_WIDTH_and_DEPTH_at_least_1 u_error ();
        end
        if ((1 << ADDR_BITS) < DEPTH || ADDR_BITS < 1) begin : g_bad_addr
            ERROR_finn_rom_ADDR_BITS_too_small_for_DEPTH u_error ();
        end
        if (RAM_STYLE != "auto" && RAM_STYLE != "block" && RAM_STYLE != "distributed"
                && RAM_STYLE != "ultra") begin : g_bad_style
            ERROR_finn_rom_RAM_STYLE_must_be_auto_block_distributed_or_ultra u_error ();
        end

        if (RAM_STYLE == "block") begin : g_block
            (* rom_style = "block", ram_style = "block" *)
            reg [WIDTH-1:0] mem [0:DEPTH-1];
            reg [WIDTH-1:0] q_r;
            initial if (INIT_FILE != "") $readmemh(INIT_FILE, mem);
            always @(posedge clk) if (en) q_r <= mem[addr];
            assign q = q_r;
        end else if (RAM_STYLE == "distributed") begin : g_distributed
`ifdef YOSYS
            (* rom_style = "logic" *)
`else
            (* rom_style = "distributed", ram_style = "distributed" *)
`endif
            reg [WIDTH-1:0] mem [0:DEPTH-1];
            reg [WIDTH-1:0] q_r;
            initial if (INIT_FILE != "") $readmemh(INIT_FILE, mem);
            always @(posedge clk) if (en) q_r <= mem[addr];
            assign q = q_r;
        end else if (RAM_STYLE == "ultra") begin : g_ultra
`ifdef YOSYS
            (* rom_style = "block" *)
`else
            (* ram_style = "ultra" *)
`endif
            reg [WIDTH-1:0] mem [0:DEPTH-1];
            reg [WIDTH-1:0] q_r;
            initial if (INIT_FILE != "") $readmemh(INIT_FILE, mem);
            always @(posedge clk) if (en) q_r <= mem[addr];
            assign q = q_r;
        end else begin : g_auto
            reg [WIDTH-1:0] mem [0:DEPTH-1];
            reg [WIDTH-1:0] q_r;
            initial if (INIT_FILE != "") $readmemh(INIT_FILE, mem);
            always @(posedge clk) if (en) q_r <= mem[addr];
            assign q = q_r;
        end
    endgenerate
endmodule

`default_nettype wire
