# finn_axis_skid: register slice used by the other cores
hdl/finn_axis_skid.v
