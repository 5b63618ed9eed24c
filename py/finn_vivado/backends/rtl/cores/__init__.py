"""RTL generators, one module per hardware layer.

``cores/<x>.py`` generates the RTL of the layer defined in ``finn_vivado/layers/<x>.py``:
it defines ``rtl_spec(layer, model=None) -> RTLSpec``, which maps the layer's
attributes (and, for layers with weights, thresholds or parameters, the initializers
of ``model``) to the parameters, streams and memory files of the library core
``ip_repo/<layer.RTL_CORE>/``. :mod:`finn_vivado.backends.rtl.registry` imports the
module on demand; nothing here is imported by hand or registered.
"""

__all__: list[str] = []
