# ConvolutionInputGenerator: dependencies first, top module last
../common/hdl/finn_axis_skid.v
../common/hdl/finn_sdp_ram.v
../common/hdl/finn_elem_convert.v
hdl/finn_swg_window_buffer.v
hdl/finn_swg_parallel_window.v
hdl/ConvolutionInputGenerator.v
