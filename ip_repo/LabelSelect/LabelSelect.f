# LabelSelect: top module only
hdl/LabelSelect.v
