"""ConvolutionInputGenerator vs a loop-based im2col and qonnx's Im2Col op."""

import numpy as np
import pytest
from onnx import helper
from qonnx.core.onnx_exec import execute_onnx

from finn_vivado.core.errors import FinnVivadoError

from .helpers import force_attr, layer_of, random_values, run_node, single_node_model


def loop_im2col(x, k, s, d):
    """Window of each output pixel, ordered (kh, kw, c) with c fastest."""
    n, h, w, c = x.shape
    oh, ow = [(dim - dl * (kk - 1) - 1) // st + 1 for dim, kk, st, dl in zip((h, w), k, s, d)]
    out = np.zeros((n, oh, ow, k[0] * k[1] * c))
    for b in range(n):
        for i in range(oh):
            for j in range(ow):
                pos = 0
                for ki in range(k[0]):
                    for kj in range(k[1]):
                        for ch in range(c):
                            out[b, i, j, pos] = x[b, i * s[0] + ki * d[0], j * s[1] + kj * d[1], ch]
                            pos += 1
    return out


def qonnx_im2col(x, k, s, d):
    """qonnx's Im2Col, one image at a time (it handles batch size 1 only)."""
    shape = (1,) + x.shape[1:]
    node = helper.make_node("Im2Col", ["x"], ["y"], domain="qonnx.custom_op.general",
                            stride=list(s), kernel_size=list(k), dilations=list(d),
                            input_shape="(%s)" % ",".join(str(v) for v in shape),
                            pad_amount=[0, 0, 0, 0])
    model = single_node_model(node, {"x": (shape, "INT8")})
    return np.concatenate([execute_onnx(model, {"x": img[None].astype(np.float32)})["y"]
                           for img in x])


GEOMETRIES = [  # (H, W, C, kernel, stride, dilation)
    (6, 7, 4, [3, 3], [1, 1], [1, 1]),
    (7, 7, 2, [3, 3], [2, 2], [1, 1]),
    (6, 6, 4, [2, 2], [2, 2], [1, 1]),
    (8, 7, 2, [3, 2], [1, 2], [2, 1]),
    (1, 9, 4, [1, 3], [1, 1], [1, 1]),
    (1, 10, 2, [1, 4], [1, 2], [1, 2]),
    (9, 1, 2, [3, 1], [2, 1], [1, 1]),
]


@pytest.mark.parametrize("h,w,c,k,s,d", GEOMETRIES)
@pytest.mark.parametrize("simd,parallel", [(1, 0), (2, 0), ("C", 1)])
def test_swg_matches_im2col(h, w, c, k, s, d, simd, parallel):
    simd = c if simd == "C" else simd
    rng = np.random.default_rng(h * w + c)
    x = random_values(rng, "INT8", (2, h, w, c))
    oh, ow = [(dim - dl * (kk - 1) - 1) // st + 1 for dim, kk, st, dl in zip((h, w), k, s, d)]
    (y,), model = run_node("ConvolutionInputGenerator", {"x": (x, "INT8")},
                           ConvKernelDim=k, IFMChannels=c, IFMDim=[h, w], OFMDim=[oh, ow],
                           SIMD=simd, Stride=s, Dilation=d, inputDataType="INT8",
                           outputDataType="INT8", parallel_window=parallel)
    expected = loop_im2col(x, k, s, d)
    np.testing.assert_array_equal(y, expected)
    np.testing.assert_array_equal(y, qonnx_im2col(x, k, s, d))
    layer = layer_of(model)
    layer.validate(model)
    window = k[0] * k[1] * c
    assert layer.get_outstream_width() == (window if parallel else simd) * 8
    if parallel:  # the RTL core: the last input pixel any window needs, + 3
        last = ((oh - 1) * s[0] + (k[0] - 1) * d[0]) * w + (ow - 1) * s[1] + (k[1] - 1) * d[1]
        assert layer.get_exp_cycles() == last + 3


def _swg(**attrs):
    base = dict(ConvKernelDim=[3, 3], IFMChannels=4, IFMDim=[32, 32], OFMDim=[30, 30], SIMD=1,
                inputDataType="INT4")
    base.update(attrs)
    _, model = run_node("ConvolutionInputGenerator",
                        {"x": (np.zeros([1] + base["IFMDim"] + [base["IFMChannels"]]), "INT4")},
                        **base)
    return layer_of(model)


def test_swg_cycles_follow_finn_rtl_formula():
    # the RTL core: OH*OW*K*CF output beats + (Kh-1)*CF*(dh*W - Kw) + (Kw-1)*CF*(dw-1)
    # (+ input-bound row / column terms, 0 here) + 2 (FINN's formula gives 8167 and 4288)
    layer = _swg(IFMChannels=3, SIMD=3)
    assert layer.get_exp_cycles() == 30 * 30 * 9 + 2 * (32 - 3) + 2
    layer = _swg(SIMD=2, Stride=[2, 2], OFMDim=[15, 15])
    assert layer.get_exp_cycles() == 15 * 15 * 9 * 2 + 2 * 2 * (32 - 3) + 2
    # 1D: OW*Kw*C/SIMD + 2
    layer = _swg(ConvKernelDim=[1, 3], IFMDim=[1, 10], OFMDim=[1, 8], SIMD=2)
    assert layer.get_exp_cycles() == 8 * 3 * 2 + 2


@pytest.mark.parametrize("attrs,needle", [
    ({"SIMD": 3}, "SIMD must divide IFMChannels=4; legal values: [1, 2, 4]"),
    ({"OFMDim": [31, 30]}, "OFMDim=[31, 30] is illegal"),
    ({"parallel_window": 1, "SIMD": 2},
     "parallel_window=1 needs SIMD=IFMChannels; legal values: [4]"),
    ({"outputDataType": "INT2"}, "outputDataType='INT2' is illegal"),
    ({"M": 2}, "M=2 is illegal"),
])
def test_swg_validate_errors(attrs, needle):
    layer = _swg()
    for key, value in attrs.items():
        force_attr(layer, key, value)
    with pytest.raises(FinnVivadoError) as err:
        layer.validate()
    assert needle in str(err.value)


def test_swg_legal_simd_with_parallel_window():
    layer = _swg(parallel_window=1, SIMD=4)
    assert layer.legal_values("SIMD") == [4]
    assert _swg().legal_values("SIMD") == [1, 2, 4]
