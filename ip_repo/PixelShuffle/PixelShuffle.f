# PixelShuffle: dependencies first, top module last
../common/hdl/finn_axis_skid.v
../common/hdl/finn_sdp_ram.v
hdl/PixelShuffle.v
