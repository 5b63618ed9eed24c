// finn_elem_convert: converts N stream elements from one integer encoding to another
// (combinational). Element 0 sits in the least significant bits. The value is kept:
// unsigned elements are zero-extended, signed ones sign-extended, BIPOLAR elements
// (1 bit, 1 = +1, 0 = -1) become +1 / -1; a BIPOLAR output is 1 for positive values.
// The output type must hold every input value (rejected at elaboration otherwise).
`default_nettype none

module finn_elem_convert #(
    parameter integer N           = 1,  // elements
    parameter integer IN_WIDTH     = 8,  // bits per input element
    parameter integer IN_SIGNED   = 0,  // 1: input is two's complement
    parameter integer IN_BIPOLAR  = 0,  // 1: input is BIPOLAR (IN_WIDTH = 1)
    parameter integer OUT_WIDTH   = 8,  // bits per output element
    parameter integer OUT_SIGNED  = 0,  // 1: output is two's complement
    parameter integer OUT_BIPOLAR = 0   // 1: output is BIPOLAR (OUT_WIDTH = 1)
) (
    input  wire [N*IN_WIDTH-1:0]  in_data,
    output wire [N*OUT_WIDTH-1:0] out_data
);
    localparam integer VAL_BITS = ((IN_WIDTH > OUT_WIDTH) ? IN_WIDTH : OUT_WIDTH) + 2;
    localparam HOLDS = (IN_BIPOLAR != 0) ?
                       (OUT_BIPOLAR != 0 || (OUT_SIGNED != 0 && OUT_WIDTH >= 2)) :
                       (IN_SIGNED != 0) ?
                       (OUT_BIPOLAR == 0 && OUT_SIGNED != 0 && OUT_WIDTH >= IN_WIDTH) :
                       (OUT_BIPOLAR == 0 && OUT_WIDTH >= IN_WIDTH + ((OUT_SIGNED != 0) ? 1 : 0));

    generate
        if (N < 1 || IN_WIDTH < 1 || OUT_WIDTH < 1) begin : g_bad_size
            ERROR_finn_elem_convert_needs_N_IN_WIDTH_OUT_WIDTH_at_least_1 u_error ();
        end
        if ((IN_BIPOLAR != 0 && IN_WIDTH != 1) || (OUT_BIPOLAR != 0 && OUT_WIDTH != 1))
        begin : g_bad_bipolar
            ERROR_finn_elem_convert_BIPOLAR_elements_have_1_bit u_error ();
        end
        if (!HOLDS) begin : g_bad_types
            ERROR_finn_elem_convert_output_type_cannot_hold_every_input_value u_error ();
        end
    endgenerate

    genvar g;
    generate
        for (g = 0; g < N; g = g + 1) begin : g_elem
            wire [IN_WIDTH-1:0] e = in_data[g * IN_WIDTH +: IN_WIDTH];
            /* verilator lint_off UNUSEDSIGNAL */
            wire [VAL_BITS-1:0] v;  // the element's value, two's complement
            /* verilator lint_on UNUSEDSIGNAL */
            if (IN_BIPOLAR != 0) begin : g_bipolar
                assign v = {{(VAL_BITS - 1){~e[0]}}, 1'b1};
            end else if (IN_SIGNED != 0) begin : g_signed
                assign v = {{(VAL_BITS - IN_WIDTH){e[IN_WIDTH - 1]}}, e};
            end else begin : g_unsigned
                assign v = {{(VAL_BITS - IN_WIDTH){1'b0}}, e};
            end
            if (OUT_BIPOLAR != 0) begin : g_out_bipolar
                assign out_data[g] = ~v[VAL_BITS - 1];
            end else begin : g_out_int
                assign out_data[g * OUT_WIDTH +: OUT_WIDTH] = v[OUT_WIDTH - 1:0];
            end
        end
    endgenerate
endmodule

`default_nettype wire
