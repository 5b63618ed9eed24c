"""The Python backend of the Tcl app: ``python -m finn_vivado.app.tcl_bridge COMMAND
--key=value ...`` (protocol in :mod:`.__main__`).

:mod:`.options` parses a command's options, :mod:`.commands` holds the information and
script-generating commands, :mod:`.build` the ``build`` and ``estimate`` commands, and
:mod:`.table` maps the command names to them.
"""
