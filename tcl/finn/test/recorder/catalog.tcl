# Catalog of the Vivado Tcl commands the generated scripts and the finn app use, with the
# options each command really has (Vivado Design Suite Tcl Command Reference, UG835,
# releases 2022.2 to 2025.x; package_xo from UG1393), plus options real scripts use beyond
# those lists (make_wrapper -files, assign_bd_address -with_name, update_ip_catalog
# -scan_changes, report_utilization -format: see evidence/).  The session model refuses
# any other command or option; the verdicts on them come from evidence (evidence.tcl).
#
#   vrec::command NAME OPTIONS MIN_ARGS MAX_ARGS ?CHOICES?
#     OPTIONS: option -> 1 (takes a value) or 0 (switch); -quiet and -verbose are added
#     MIN/MAX_ARGS: positional arguments (MAX -1 = any number)
#     CHOICES: option -> allowed values (case-insensitive)

# ---------------------------------------------------------------- project and files
vrec::command create_project {-part 1 -force 0 -in_memory 0 -ip 0 -rtl_kernel 0} 0 2
vrec::command open_project {-read_only 0} 1 1
vrec::command close_project {-delete 0} 0 0
vrec::command current_project {} 0 1
vrec::command get_projects {-regexp 0 -nocase 0 -filter 1} 0 -1
vrec::command current_fileset {-constrset 0 -simset 0} 0 1
vrec::command get_filesets {-regexp 0 -nocase 0 -filter 1 -of_objects 1} 0 -1
vrec::command add_files {-fileset 1 -of_objects 1 -norecurse 0 -copy_to 1 -force 0 -scan_for_includes 0} 0 -1
vrec::command get_files {-regexp 0 -nocase 0 -filter 1 -of_objects 1 -compile_order 1 -used_in 1 -references 0 -all 0} 0 -1
vrec::command update_compile_order {-fileset 1 -force_gui 0} 0 0
vrec::command set_property {-dict 1 -name 1 -value 1 -objects 1} 0 -1
vrec::command get_property {-min 0 -max 0} 2 2
vrec::command update_ip_catalog {-rebuild 0 -add_ip 1 -delete_ip 1 -delete_mult_ip 1 -disable_ip 1 -enable_ip 1 -add_interface 1 -create_index 0 -repo_path 1 -update_module_ref 0 -scan_changes 0} 0 0
vrec::command get_ipdefs {-name 0 -regexp 0 -nocase 0 -filter 1 -of_objects 1 -all 0} 0 -1
vrec::command get_board_parts {-regexp 0 -nocase 0 -latest_file_version 0 -latest_hw_revision 0 -filter 1} 0 -1
vrec::command version {-short 0} 0 0
vrec::command make_wrapper {-files 1 -top 0 -testbench 0 -inst_template 0 -fileset 1 -import 0 -force 0} 0 1
vrec::command generate_target {-force 0} 2 2

# ---------------------------------------------------------------- block designs
vrec::command create_bd_design {-dir 1 -cell 1} 1 1
vrec::command open_bd_design {} 1 1
vrec::command current_bd_design {} 0 1
vrec::command close_bd_design {} 1 1
vrec::command get_bd_designs {-hierarchical 0 -regexp 0 -filter 1 -of_objects 1} 0 -1
vrec::command save_bd_design {} 0 1
vrec::command validate_bd_design {-force 0 -design 1} 0 0
vrec::command regenerate_bd_layout {-hierarchy 1 -layout_file 1 -routing 0} 0 0
vrec::command create_bd_cell {-vlnv 1 -type 1 -reference 1 -revision 1} 1 1 \
    {-type {ip hier container module inline_hdl}}
vrec::command get_bd_cells {-regexp 0 -hierarchical 0 -filter 1 -of_objects 1} 0 -1
vrec::command get_bd_pins {-regexp 0 -hierarchical 0 -filter 1 -of_objects 1} 0 -1
vrec::command get_bd_intf_pins {-regexp 0 -hierarchical 0 -filter 1 -of_objects 1} 0 -1
vrec::command get_bd_ports {-regexp 0 -filter 1 -of_objects 1} 0 -1
vrec::command get_bd_intf_ports {-regexp 0 -filter 1 -of_objects 1} 0 -1
vrec::command get_bd_nets {-regexp 0 -hierarchical 0 -filter 1 -of_objects 1 -boundary_type 1} 0 -1
vrec::command get_bd_intf_nets {-regexp 0 -hierarchical 0 -filter 1 -of_objects 1 -boundary_type 1} 0 -1
vrec::command create_bd_port {-from 1 -to 1 -dir 1 -type 1 -freq_hz 1} 1 1 \
    {-dir {I O IO} -type {clk ce rst intr data undef}}
vrec::command create_bd_intf_port {-vlnv 1 -mode 1} 1 1 \
    {-mode {Master Slave MirroredMaster MirroredSlave Monitor System MirroredSystem}}
vrec::command connect_bd_net {-net 1 -boundary_type 1} 1 -1 {-boundary_type {upper lower both}}
vrec::command connect_bd_intf_net {-intf_net 1 -boundary_type 1} 2 3 {-boundary_type {upper lower both}}
vrec::command make_bd_pins_external {} 1 -1
vrec::command make_bd_intf_pins_external {} 1 -1
vrec::command apply_bd_automation {-rule 1 -config 1 -dict 1 -opts 1} 0 -1
vrec::command assign_bd_address {-with_name 1 -target_address_space 1 -boundary 0 -master_boundary 0 -external 0 -dict 1 -import_from_file 1 -export_to_file 1 -export_gui_to_file 1 -offset 1 -range 1 -base_high 1 -force 0} 0 -1
vrec::command get_bd_addr_segs {-regexp 0 -hierarchical 0 -filter 1 -of_objects 1 -excluded 0 -addressed 0 -unaddressed 0 -addressing 0 -addressables 0} 0 -1

# ---------------------------------------------------------------- runs and reports
vrec::command get_runs {-regexp 0 -nocase 0 -filter 1 -of_objects 1} 0 -1
vrec::command launch_runs {-jobs 1 -scripts_only 0 -lsf 1 -sge 1 -cluster_configuration 1 -dir 1 -to_step 1 -next_step 0 -host 1 -remote_cmd 1 -email_to 1 -email_all 0 -pre_launch_script 1 -post_launch_script 1 -custom_script 1 -force 0} 1 -1
vrec::command wait_on_runs {-timeout 1 -exit_condition 1} 1 -1
vrec::command wait_on_run {-timeout 1} 1 1
vrec::command reset_run {-prev_step 0 -from_step 1} 1 1
vrec::command open_run {-name 1 -pr_config 1 -disable_ooc_ips 0} 1 1
vrec::command close_design {} 0 0
vrec::command report_utilization {-file 1 -format 1 -json 1 -append 0 -pblocks 1 -evaluate_pblock 0 -exclude_child_pblocks 0 -exclude_non_assigned 0 -cells 1 -return_string 0 -slr 0 -packthru 0 -name 1 -no_primitives 0 -omit_locs 0 -hierarchical 0 -spreadsheet_file 1 -spreadsheet_table 1 -spreadsheet_depth 1 -hierarchical_depth 1 -hierarchical_percentages 0 -hierarchical_min_primitive_count 1} 0 0
vrec::command report_timing_summary {-check_timing_verbose 0 -delay_type 1 -no_detailed_paths 0 -setup 0 -hold 0 -max_paths 1 -nworst 1 -unique_pins 0 -path_type 1 -no_reused_label 0 -input_pins 0 -no_pr_attribute 0 -no_pblock 0 -routable_nets 0 -inter_slr 1 -slack_lesser_than 1 -report_unconstrained 0 -significant_digits 1 -no_header 0 -file 1 -append 0 -name 1 -return_string 0 -warn_on_violation 0 -datasheet 0 -cells 1 -rpx 1} 0 0 \
    {-delay_type {max min min_max}}
vrec::command get_timing_paths {-from 1 -rise_from 1 -fall_from 1 -to 1 -rise_to 1 -fall_to 1 -through 1 -rise_through 1 -fall_through 1 -delay_type 1 -setup 0 -hold 0 -max_paths 1 -nworst 1 -unique_pins 0 -slack_lesser_than 1 -slack_greater_than 1 -group 1 -no_report_unconstrained 0 -user_ignored 0 -routable_nets 0 -inter_slr 1 -sort_by 1 -filter 1 -regexp 0 -nocase 0 -cell 1} 0 0
vrec::command write_checkpoint {-force 0 -cell 1 -encrypt 0 -key 1 -logic_function_stripped 0 -incremental_synth 0} 1 1

# ---------------------------------------------------------------- Vitis kernels
# IP packager commands on an existing component.xml (options: those real RTL-kernel
# scripts use; see evidence/documents.json)
vrec::command ipx::open_core {-set_current 1} 1 1
vrec::command ipx::update_checksums {} 1 1
vrec::command ipx::check_integrity {-kernel 0} 1 1
vrec::command ipx::save_core {} 1 1
vrec::command ipx::unload_core {} 1 1
vrec::command package_xo {-kernel_name 1 -force 0 -kernel_xml 1 -output_kernel_xml 1 -design_xml 1 -ip_directory 1 -parent_ip_directory 1 -kernel_files 1 -kernel_xml_args 1 -kernel_xml_pipes 1 -kernel_xml_connections 1 -ctrl_protocol 1 -xo_path 1} 0 0 \
    {-ctrl_protocol {ap_ctrl_hs ap_ctrl_chain ap_ctrl_none user_managed}}
