"""Independent checks of a build's outputs, done in the test rather than by the build.

A build's verification step saves what the model it verified produced
(``verification_output/<step>_{SUCCESS,FAIL}.npy``) and decides the verdict itself; a
test that trusted that verdict would pass whatever the comparison in the library
accepted. These helpers read the produced array back (whatever the verdict) and compare
it with a reference computed here: qonnx execution of the *input* ONNX file (plain
``qonnx.core.onnx_exec.execute_onnx``, one sample at a time, nothing from finn_vivado) or
the reference output published with the model. The comparison is exact: the same
number of values, bit-equal (integers, labels and float32 alike), no NaN.
:func:`assert_float_close` is for float outputs of graphs whose float operations were
reordered (front-end stages): exact when the reference is integer-valued, else within
1e-5 of the largest reference magnitude.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

__all__ = ["produced_output", "source_outputs", "assert_exact", "assert_float_close",
           "assert_float32_rounding"]


def produced_output(out_dir: Path, step: str) -> np.ndarray:
    """The array a build's verification ``step`` saved, whichever its verdict was."""
    found = sorted((Path(out_dir) / "verification_output").glob(f"{step}_*.npy"))
    found = [p for p in found if p.stem in (f"{step}_SUCCESS", f"{step}_FAIL")]
    assert len(found) == 1, f"{out_dir}: expected one saved output of {step}, found {found}"
    return np.load(found[0])


def source_outputs(model, x: np.ndarray) -> np.ndarray:
    """qonnx execution of ``model`` (an ONNX file, or a ModelWrapper left unchanged) on
    every sample of ``x``: shape (samples, *output shape of one sample)."""
    from qonnx.core.modelwrapper import ModelWrapper
    from qonnx.core.onnx_exec import execute_onnx
    from qonnx.util.cleanup import cleanup_model

    model = cleanup_model(ModelWrapper(model.model if isinstance(model, ModelWrapper)
                                       else str(model)))
    iname, oname = model.graph.input[0].name, model.graph.output[0].name
    ishape = model.get_tensor_shape(iname)
    samples = np.asarray(x, dtype=np.float32).reshape([-1] + list(ishape[1:]))
    outs = [np.asarray(execute_onnx(model, {iname: s[None]})[oname]) for s in samples]
    return np.stack(outs)


def assert_exact(got, want, what: str = "output") -> None:
    """``got`` equals ``want`` value for value: same number of samples and values per
    sample (unit axes and layout aside), bit-equal as float64, no NaN on either side."""
    got, want = np.asarray(got), np.asarray(want)
    assert got.size == want.size and got.size > 0, \
        f"{what}: {got.shape} produced, {want.shape} expected"
    g = got.astype(np.float64).ravel()
    w = want.astype(np.float64).ravel()
    assert not np.isnan(g).any() and not np.isnan(w).any(), f"{what}: NaN"
    bad = np.flatnonzero(g != w)
    assert not len(bad), (f"{what}: {len(bad)} of {g.size} values differ; first at flat "
                          f"indices {bad[:8].tolist()}: produced {g[bad[:8]].tolist()}, "
                          f"expected {w[bad[:8]].tolist()}")


def assert_float_close(got, want, what: str = "output", rel: float = 1e-5) -> None:
    """Like :func:`assert_exact` when ``want`` is integer-valued (labels, integers);
    float references allow float32 rounding of reordered operations: ``rel`` of the
    largest reference magnitude per element."""
    want = np.asarray(want)
    w = want.astype(np.float64)
    if np.all(np.isfinite(w)) and np.all(w == np.round(w)):
        assert_exact(got, want, what)
        return
    got = np.asarray(got)
    assert got.size == want.size and got.size > 0, \
        f"{what}: {got.shape} produced, {want.shape} expected"
    g, w = got.astype(np.float64).ravel(), w.ravel()
    assert not np.isnan(g).any() and not np.isnan(w).any(), f"{what}: NaN"
    bad = np.flatnonzero(np.abs(g - w) > rel * np.abs(w).max())
    assert not len(bad), (f"{what}: {len(bad)} of {g.size} values differ by more than {rel} "
                          f"of the largest; first at {bad[:8].tolist()}: produced "
                          f"{g[bad[:8]].tolist()}, expected {w[bad[:8]].tolist()}")


def assert_float32_rounding(got, want, what: str = "output", ulps: int = 8) -> None:
    """For a float output whose software tail (scales, biases after the last hardware
    layer) runs its float32 operations in another order than the source model: the
    same top-1 label per sample, and every value within ``ulps`` float32 units in the
    last place of the largest reference magnitude (far below one quantum of the
    hardware output, which a real error moves by a whole scale step)."""
    got, want = np.asarray(got), np.asarray(want)
    assert got.size == want.size and got.size > 0, \
        f"{what}: {got.shape} produced, {want.shape} expected"
    n = len(want)
    g = got.astype(np.float64).reshape(n, -1)
    w = want.astype(np.float64).reshape(n, -1)
    assert not np.isnan(g).any() and not np.isnan(w).any(), f"{what}: NaN"
    assert np.array_equal(g.argmax(axis=1), w.argmax(axis=1)), f"{what}: top-1 labels differ"
    tol = ulps * float(np.spacing(np.float32(np.abs(w).max())))
    bad = np.flatnonzero(np.abs(g - w).ravel() > tol)
    assert not len(bad), (f"{what}: {len(bad)} values differ by more than {ulps} float32 ulps "
                          f"({tol:.3g}); first at {bad[:8].tolist()}: produced "
                          f"{g.ravel()[bad[:8]].tolist()}, expected {w.ravel()[bad[:8]].tolist()}")
