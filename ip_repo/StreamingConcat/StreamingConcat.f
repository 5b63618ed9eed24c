# StreamingConcat: dependencies first, top module last
../common/hdl/finn_axis_skid.v
../common/hdl/finn_elem_convert.v
hdl/StreamingConcat.v
