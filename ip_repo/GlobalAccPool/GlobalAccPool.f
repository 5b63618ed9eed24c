# GlobalAccPool: dependencies first, top module last
../common/hdl/finn_axis_skid.v
../common/hdl/finn_sdp_ram.v
../common/hdl/finn_elem_convert.v
../common/hdl/finn_pool_accumulator.v
hdl/GlobalAccPool.v
