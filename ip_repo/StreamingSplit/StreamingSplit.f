# StreamingSplit: dependencies first, top module last
../common/hdl/finn_axis_skid.v
hdl/StreamingSplit.v
