# StreamingDataWidthConverter: dependencies first, top module last
../common/hdl/finn_axis_skid.v
hdl/finn_dwc_upsize.v
hdl/finn_dwc_downsize.v
hdl/StreamingDataWidthConverter.v
