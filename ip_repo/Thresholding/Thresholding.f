# Thresholding: dependencies first, top module last
../common/hdl/finn_rom.v
../common/hdl/finn_thresh_act.v
../common/hdl/finn_thresh_search.v
../common/hdl/finn_thresholds.v
../common/hdl/finn_credit_fifo.v
hdl/Thresholding.v
