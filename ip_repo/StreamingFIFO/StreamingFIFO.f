# StreamingFIFO: dependencies first, top module (StreamingFIFO) last
../common/hdl/finn_axis_skid.v
hdl/finn_fifo_mem.v
hdl/StreamingFIFO.v
