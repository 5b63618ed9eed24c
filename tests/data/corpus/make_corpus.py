"""Regenerate the brevitas network corpus (benchmarks/corpus.py, tests/corpus/).

Needs torch and brevitas in a separate environment (never a runtime dependency):
    python -m venv /tmp/bv && /tmp/bv/bin/pip install torch brevitas 'onnx<1.23' qonnx
    /tmp/bv/bin/python tests/data/corpus/make_corpus.py [--seed N] [--out DIR] [name ...]
Every network gets deterministic random weights, random BatchNorm statistics and a random
input (4 samples); <name>.onnx is brevitas' QONNX export, <name>_input.npy the input and
<name>_torch.npy PyTorch's forward pass (the tests compare against qonnx execution of the
ONNX file; the torch output is kept as a second, independent reference).
``--seed`` and ``--out`` write a variant corpus (other weights, BatchNorm statistics, inputs)
elsewhere, e.g. to try ``benchmarks/corpus.py --corpus DIR`` on networks it was not run on.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import torch
from brevitas.export import export_qonnx
from brevitas.nn import (QuantConv1d, QuantConv2d, QuantConvTranspose2d, QuantIdentity,
                         QuantLinear, QuantReLU, TruncAvgPool2d)
from brevitas.quant import Int32Bias
from torch import nn

HERE = Path(__file__).resolve().parent
SAMPLES = 4


def _randomize(model: nn.Module, seed: int) -> None:
    g = torch.Generator().manual_seed(seed)
    for m in model.modules():
        if isinstance(m, (nn.BatchNorm1d, nn.BatchNorm2d)):
            n = m.num_features
            m.weight.data = (torch.rand(n, generator=g) + 0.5) * torch.where(
                torch.rand(n, generator=g) < 0.2, -1.0, 1.0)
            m.bias.data = torch.randn(n, generator=g) * 0.5
            m.running_mean.data = torch.randn(n, generator=g) * 0.5
            m.running_var.data = torch.rand(n, generator=g) + 0.5


def relu(bits, per_channel=None, qt=False):
    if per_channel:
        return QuantReLU(bit_width=bits, return_quant_tensor=qt,
                         scaling_per_output_channel=True,
                         per_channel_broadcastable_shape=(1, per_channel, 1, 1),
                         scaling_stats_permute_dims=(1, 0, 2, 3))
    return QuantReLU(bit_width=bits, return_quant_tensor=qt)


def ident(bits, qt=False, **kw):
    return QuantIdentity(bit_width=bits, return_quant_tensor=qt, **kw)


def conv(cin, cout, k, wb, stride=1, padding=0, dilation=1, groups=1, bias=False, **kw):
    return QuantConv2d(cin, cout, k, stride=stride, padding=padding, dilation=dilation,
                       groups=groups, bias=bias, weight_bit_width=wb, **kw)


def cbr(cin, cout, k, wb, ab, **kw):
    """conv + BatchNorm + QuantReLU."""
    return [conv(cin, cout, k, wb, **kw), nn.BatchNorm2d(cout), relu(ab)]


class Seq(nn.Sequential):
    pass


# ---- MLPs -------------------------------------------------------------------------------
def mlp_w8a8():
    return Seq(ident(8), QuantLinear(24, 32, bias=True, weight_bit_width=8), relu(8),
               QuantLinear(32, 16, bias=True, weight_bit_width=8), relu(8),
               QuantLinear(16, 5, bias=False, weight_bit_width=8)), (SAMPLES, 24)


def mlp_w4a4_perchannel():
    lin = dict(weight_bit_width=4, weight_scaling_per_output_channel=True)
    return Seq(ident(4), QuantLinear(30, 40, bias=True, **lin), nn.BatchNorm1d(40),
               relu(4), QuantLinear(40, 20, bias=True, **lin), nn.BatchNorm1d(20),
               relu(4), QuantLinear(20, 10, bias=True, **lin)), (SAMPLES, 30)


def mlp_mixed_bits():
    return Seq(ident(7), QuantLinear(16, 24, bias=False, weight_bit_width=2),
               nn.BatchNorm1d(24), relu(5), QuantLinear(24, 24, bias=False, weight_bit_width=6),
               nn.BatchNorm1d(24), ident(3), QuantLinear(24, 12, bias=True, weight_bit_width=3),
               relu(1), QuantLinear(12, 4, bias=False, weight_bit_width=5)), (SAMPLES, 16)


def mlp_signed_acts():
    return Seq(ident(5), QuantLinear(20, 28, bias=True, weight_bit_width=3), ident(4),
               QuantLinear(28, 28, bias=True, weight_bit_width=3), nn.BatchNorm1d(28),
               ident(2), QuantLinear(28, 6, bias=True, weight_bit_width=4)), (SAMPLES, 20)


def _fc(wb, ab, ib, hidden, feat):
    from brevitas_examples.bnn_pynq.models.FC import FC
    return FC(num_classes=10, weight_bit_width=wb, act_bit_width=ab, in_bit_width=ib,
              in_channels=1, out_features=hidden, in_features=feat)


def bnn_tfc_w1a1_narrow():
    return _fc(1, 1, 1, (48, 48, 48), (10, 10)), (SAMPLES, 1, 10, 10)


def bnn_tfc_w2a2_wide():
    return _fc(2, 2, 2, (96, 64), (12, 12)), (SAMPLES, 1, 12, 12)


def bnn_sfc_w1a2_in8():
    return _fc(1, 2, 8, (64, 64, 32), (8, 8)), (SAMPLES, 1, 8, 8)


# ---- plain CNNs --------------------------------------------------------------------------
def cnn_k1():
    return Seq(ident(8), *cbr(3, 8, 1, 4, 4), *cbr(8, 8, 1, 3, 3), nn.Flatten(),
               QuantLinear(8 * 6 * 6, 5, bias=False, weight_bit_width=4)), (SAMPLES, 3, 6, 6)


def cnn_k5_pad2():
    return Seq(ident(6), *cbr(2, 6, 5, 4, 4, padding=2), *cbr(6, 8, 5, 4, 4),
               nn.Flatten(), QuantLinear(8 * 4 * 4, 4, bias=True, weight_bit_width=6)), \
        (SAMPLES, 2, 8, 8)


def cnn_k1x3_3x1():
    return Seq(ident(4), *cbr(3, 8, (1, 3), 3, 4, padding=(0, 1)),
               *cbr(8, 8, (3, 1), 3, 4, padding=(1, 0)), *cbr(8, 4, (3, 1), 4, 3),
               nn.Flatten(), QuantLinear(4 * 6 * 8, 3, bias=False, weight_bit_width=4)), \
        (SAMPLES, 3, 8, 8)


def cnn_nonsquare_stride():
    return Seq(ident(8), *cbr(3, 8, 3, 4, 4, stride=2, padding=1),
               *cbr(8, 12, 3, 4, 4, stride=(1, 2), padding=(0, 1)), nn.Flatten(),
               QuantLinear(12 * 3 * 4, 6, bias=False, weight_bit_width=4)), (SAMPLES, 3, 10, 14)


def cnn_dilation():
    return Seq(ident(5), *cbr(2, 6, 3, 4, 4, dilation=2, padding=2),
               *cbr(6, 6, 3, 3, 3, dilation=(2, 1)), nn.Flatten(),
               QuantLinear(6 * 5 * 7, 4, bias=False, weight_bit_width=4)), (SAMPLES, 2, 9, 9)


def cnn_padding_mix():
    return Seq(ident(8), *cbr(3, 4, 3, 4, 4, padding=0), *cbr(4, 6, 3, 4, 4, padding=1),
               *cbr(6, 6, 5, 3, 4, padding=2), *cbr(6, 4, 3, 4, 4, padding=2), nn.Flatten(),
               QuantLinear(4 * 10 * 10, 3, bias=False, weight_bit_width=4)), (SAMPLES, 3, 10, 10)


def cnn_8bit_acts():
    return Seq(ident(8), *cbr(3, 8, 3, 8, 8, padding=1), nn.MaxPool2d(2),
               *cbr(8, 8, 3, 8, 8), nn.Flatten(),
               QuantLinear(8 * 2 * 2, 4, bias=True, weight_bit_width=8)), (SAMPLES, 3, 8, 8)


def cnn_bias_perchannel():
    kw = dict(bias=True, weight_scaling_per_output_channel=True)
    return Seq(ident(6), conv(3, 8, 3, 5, **kw), relu(4), conv(8, 8, 3, 5, **kw), relu(4),
               nn.Flatten(), QuantLinear(8 * 4 * 4, 5, bias=True, weight_bit_width=5)), \
        (SAMPLES, 3, 8, 8)


def cnn_maxpool_overlap():
    return Seq(ident(4), *cbr(4, 16, 3, 4, 4, padding=1), nn.MaxPool2d(3, 2),
               *cbr(16, 8, 3, 4, 3, padding=1), nn.Flatten(),
               QuantLinear(8 * 3 * 3, 4, bias=False, weight_bit_width=4)), (SAMPLES, 4, 8, 8)


def cnn_maxpool_nonoverlap():
    return Seq(ident(4), *cbr(3, 8, 3, 4, 4, padding=1), nn.MaxPool2d(2),
               *cbr(8, 8, 3, 3, 3, padding=1), nn.MaxPool2d((2, 3)), nn.Flatten(),
               QuantLinear(8 * 3 * 2, 4, bias=False, weight_bit_width=4)), (SAMPLES, 3, 12, 12)


# ---- heads ------------------------------------------------------------------------------
def cnn_truncavgpool_head():
    return Seq(ident(8), *cbr(3, 8, 3, 4, 8, padding=1)[:2], relu(8, qt=True),
               TruncAvgPool2d(kernel_size=2, stride=2, bit_width=8), ident(4),
               *cbr(8, 8, 3, 4, 4, padding=1), nn.Flatten(),
               QuantLinear(8 * 4 * 4, 5, bias=False, weight_bit_width=4)), (SAMPLES, 3, 8, 8)


class GapHead(nn.Module):
    def __init__(self, mean: bool):
        super().__init__()
        self.mean = mean
        self.body = Seq(ident(8), *cbr(3, 8, 3, 4, 4, padding=1), *cbr(8, 16, 3, 4, 4))
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.q = ident(6)
        self.fc = QuantLinear(16, 5, bias=True, weight_bit_width=4)

    def forward(self, x):
        x = self.body(x)
        x = x.mean((2, 3)) if self.mean else torch.flatten(self.pool(x), 1)
        return self.fc(self.q(x))


def cnn_gap_head():
    return GapHead(False), (SAMPLES, 3, 7, 7)


def cnn_reducemean_head():
    return GapHead(True), (SAMPLES, 3, 7, 7)


# ---- depthwise, MobileNet ----------------------------------------------------------------
def dwsep_block():
    return Seq(ident(8), *cbr(3, 8, 3, 4, 4, padding=1),
               *cbr(8, 8, 3, 4, 4, padding=1, groups=8), *cbr(8, 16, 1, 4, 4),
               *cbr(16, 16, 3, 4, 4, stride=2, padding=1, groups=16), *cbr(16, 8, 1, 4, 4),
               nn.Flatten(), QuantLinear(8 * 4 * 4, 4, bias=False, weight_bit_width=4)), \
        (SAMPLES, 3, 8, 8)


def mobilenet_v1_small():
    from brevitas_examples.imagenet_classification.models.mobilenetv1 import MobileNet
    net = MobileNet(channels=[[8], [16], [16, 24], [32]], first_stage_stride=False,
                    act_bit_width=4, weight_bit_width=4, last_layer_bit_width=4,
                    avg_pool_kernel_size=2, num_classes=10)
    return net, (SAMPLES, 3, 16, 16)


# ---- residual ----------------------------------------------------------------------------
class Block(nn.Module):
    """Basic residual block; ``shared`` puts one quantizer on both add inputs."""

    def __init__(self, cin, cout, stride, shared, bits=4):
        super().__init__()
        self.c1 = conv(cin, cout, 3, bits, stride=stride, padding=1)
        self.b1 = nn.BatchNorm2d(cout)
        self.a1 = relu(bits)
        self.c2 = conv(cout, cout, 3, bits, padding=1)
        self.b2 = nn.BatchNorm2d(cout)
        self.proj = None
        if stride != 1 or cin != cout:
            self.proj = nn.Sequential(conv(cin, cout, 1, bits, stride=stride),
                                      nn.BatchNorm2d(cout))
        self.shared = ident(bits + 1) if shared else None
        self.qa, self.qb = (None, None) if shared else (ident(bits + 1), ident(bits + 2))
        self.out = relu(bits)

    def forward(self, x):
        y = self.b2(self.c2(self.a1(self.b1(self.c1(x)))))
        s = x if self.proj is None else self.proj(x)
        if self.shared is not None:
            return self.out(self.shared(y) + self.shared(s))
        return self.out(self.qa(y) + self.qb(s))


class ResNet(nn.Module):
    def __init__(self, widths, blocks, shared):
        super().__init__()
        self.stem = Seq(ident(8), *cbr(3, widths[0], 3, 4, 4, padding=1))
        layers, cin = [], widths[0]
        for i, w in enumerate(widths):
            for j in range(blocks):
                layers.append(Block(cin, w, 2 if (j == 0 and i > 0) else 1, shared))
                cin = w
        self.layers = nn.Sequential(*layers)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.q = ident(8)
        self.fc = QuantLinear(cin, 10, bias=True, weight_bit_width=4)

    def forward(self, x):
        x = self.layers(self.stem(x))
        return self.fc(self.q(torch.flatten(self.pool(x), 1)))


def resnet8_shared():
    return ResNet([8, 16, 16], 1, True), (SAMPLES, 3, 8, 8)


def resnet8_unshared():
    return ResNet([8, 16, 16], 1, False), (SAMPLES, 3, 8, 8)


def resnet20_like():
    return ResNet([8, 8, 16], 2, True), (SAMPLES, 3, 8, 8)


class ResNeXt(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = Seq(ident(8), *cbr(3, 16, 3, 4, 4, padding=1))
        self.body = Seq(*cbr(16, 16, 1, 4, 4), *cbr(16, 16, 3, 4, 4, padding=1, groups=4),
                        conv(16, 16, 1, 4), nn.BatchNorm2d(16))
        self.q = ident(5)
        self.out = relu(4)
        self.fc = Seq(nn.Flatten(), QuantLinear(16 * 6 * 6, 4, bias=False, weight_bit_width=4))

    def forward(self, x):
        x = self.stem(x)
        return self.fc(self.out(self.q(self.body(x)) + self.q(x)))


def resnext_grouped():
    return ResNeXt(), (SAMPLES, 3, 6, 6)


# ---- concat families ---------------------------------------------------------------------
class Fire(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = Seq(ident(8), *cbr(3, 16, 3, 4, 4, padding=1), nn.MaxPool2d(2))
        self.squeeze = Seq(*cbr(16, 4, 1, 4, 4))
        self.e1 = Seq(*cbr(4, 8, 1, 4, 4))
        self.e3 = Seq(*cbr(4, 8, 3, 4, 4, padding=1))
        self.head = Seq(*cbr(16, 8, 1, 4, 4), nn.Flatten(),
                        QuantLinear(8 * 4 * 4, 5, bias=False, weight_bit_width=4))

    def forward(self, x):
        s = self.squeeze(self.stem(x))
        return self.head(torch.cat([self.e1(s), self.e3(s)], 1))


def squeezenet_fire():
    return Fire(), (SAMPLES, 3, 8, 8)


class Dense(nn.Module):
    def __init__(self, growth=4, layers=3):
        super().__init__()
        self.stem = Seq(ident(8), *cbr(3, 8, 3, 4, 4, padding=1))
        self.layers = nn.ModuleList(
            Seq(*cbr(8 + i * growth, growth, 3, 4, 4, padding=1)) for i in range(layers))
        self.head = Seq(*cbr(8 + layers * growth, 8, 1, 4, 4), nn.Flatten(),
                        QuantLinear(8 * 6 * 6, 4, bias=False, weight_bit_width=4))

    def forward(self, x):
        x = self.stem(x)
        for layer in self.layers:
            x = torch.cat([x, layer(x)], 1)
        return self.head(x)


def densenet_block():
    return Dense(), (SAMPLES, 3, 6, 6)


class UNet(nn.Module):
    def __init__(self, transpose: bool):
        super().__init__()
        self.enc1 = Seq(ident(8), *cbr(2, 8, 3, 4, 4, padding=1))
        self.down = nn.MaxPool2d(2)
        self.enc2 = Seq(*cbr(8, 16, 3, 4, 4, padding=1))
        if transpose:
            self.up = Seq(QuantConvTranspose2d(16, 8, 2, stride=2, bias=False,
                                               weight_bit_width=4), nn.BatchNorm2d(8), relu(4))
        else:
            self.up = Seq(nn.Upsample(scale_factor=2, mode="nearest"), *cbr(16, 8, 1, 4, 4))
        self.dec = Seq(*cbr(16, 8, 3, 4, 4, padding=1), conv(8, 3, 1, 4))

    def forward(self, x):
        a = self.enc1(x)
        b = self.enc2(self.down(a))
        return self.dec(torch.cat([a, self.up(b)], 1))


def unet_upsample():
    return UNet(False), (SAMPLES, 2, 8, 8)


def unet_convtranspose():
    return UNet(True), (SAMPLES, 2, 8, 8)


# ---- 1-D ---------------------------------------------------------------------------------
def c1(cin, cout, k, wb, ab, **kw):
    return [QuantConv1d(cin, cout, k, bias=False, weight_bit_width=wb, **kw),
            nn.BatchNorm1d(cout), QuantReLU(bit_width=ab)]


def kws_conv1d():
    return Seq(ident(8), *c1(10, 16, 3, 4, 4, padding=1), *c1(16, 16, 3, 4, 4, stride=2),
               *c1(16, 16, 3, 4, 4, dilation=2), nn.Flatten(),
               QuantLinear(16 * 3, 6, bias=True, weight_bit_width=4)), (SAMPLES, 10, 15)


def radioml_vgg_conv1d():
    return Seq(ident(8), *c1(2, 8, 3, 4, 4, padding=1), nn.MaxPool1d(2),
               *c1(8, 8, 3, 4, 4, padding=1), nn.MaxPool1d(2), *c1(8, 8, 3, 4, 4, padding=1),
               nn.MaxPool1d(2), nn.Flatten(), QuantLinear(8 * 4, 16, bias=True, weight_bit_width=4),
               nn.BatchNorm1d(16), relu(4),
               QuantLinear(16, 5, bias=True, weight_bit_width=4)), (SAMPLES, 2, 32)


def cnn_avgpool1d():
    return Seq(ident(6), *c1(3, 8, 3, 4, 4, padding=1), nn.AvgPool1d(2), ident(5),
               *c1(8, 8, 3, 4, 4), nn.Flatten(),
               QuantLinear(8 * 4, 4, bias=False, weight_bit_width=4)), (SAMPLES, 3, 12)


# ---- more combinations of the same families ------------------------------------------------
class Inception(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = Seq(ident(8), *cbr(3, 8, 3, 4, 4, padding=1))
        self.b1 = Seq(*cbr(8, 4, 1, 4, 4))
        self.b3 = Seq(*cbr(8, 4, 1, 4, 4), *cbr(4, 6, 3, 4, 4, padding=1))
        self.b5 = Seq(*cbr(8, 2, 1, 3, 4), *cbr(2, 4, 5, 3, 4, padding=2))
        self.head = Seq(nn.MaxPool2d(2), *cbr(14, 8, 1, 4, 4), nn.Flatten(),
                        QuantLinear(8 * 3 * 3, 5, bias=True, weight_bit_width=4))

    def forward(self, x):
        x = self.stem(x)
        return self.head(torch.cat([self.b1(x), self.b3(x), self.b5(x)], 1))


def inception_block():
    return Inception(), (SAMPLES, 3, 6, 6)


def decoder_convtranspose_k4s2p1():
    return Seq(ident(6), *cbr(4, 8, 3, 4, 4, padding=1),
               QuantConvTranspose2d(8, 6, 4, stride=2, padding=1, bias=False,
                                    weight_bit_width=4), nn.BatchNorm2d(6), relu(3),
               QuantConvTranspose2d(6, 4, 3, stride=2, padding=1, output_padding=1,
                                    bias=False, weight_bit_width=3), nn.BatchNorm2d(4), relu(4),
               conv(4, 2, 1, 4)), (SAMPLES, 4, 3, 5)


def kws_dscnn_1d():
    return Seq(ident(8), *c1(6, 12, 5, 4, 4, stride=2, padding=2),
               *c1(12, 12, 3, 4, 4, padding=1, groups=12), *c1(12, 16, 1, 4, 4),
               *c1(16, 16, 3, 4, 4, padding=1, groups=16), *c1(16, 8, 1, 4, 4),
               nn.AvgPool1d(8), ident(6), nn.Flatten(),
               QuantLinear(8, 4, bias=True, weight_bit_width=6)), (SAMPLES, 6, 16)


def upsample_1d():
    return Seq(ident(8), *c1(2, 6, 3, 4, 4, padding=1), nn.MaxPool1d(2),
               *c1(6, 6, 3, 4, 4, padding=1), nn.Upsample(scale_factor=3, mode="nearest"),
               *c1(6, 4, 3, 4, 4), nn.Flatten(),
               QuantLinear(4 * 10, 3, bias=False, weight_bit_width=4)), (SAMPLES, 2, 8)


def mobilenet_v1_w4_wide():
    from brevitas_examples.imagenet_classification.models.mobilenetv1 import MobileNet
    net = MobileNet(channels=[[12], [24], [24, 48], [48]], first_stage_stride=True,
                    act_bit_width=3, weight_bit_width=4, last_layer_bit_width=6,
                    avg_pool_kernel_size=2, num_classes=7)
    return net, (SAMPLES, 3, 24, 24)


def mlp_perchannel_acts():
    def prelu(bits, n):
        return QuantReLU(bit_width=bits, scaling_per_output_channel=True,
                         per_channel_broadcastable_shape=(1, n),
                         scaling_stats_permute_dims=(1, 0))
    return Seq(ident(6), QuantLinear(18, 24, bias=True, weight_bit_width=3),
               nn.BatchNorm1d(24), prelu(3, 24), QuantLinear(24, 16, bias=False,
                                                             weight_bit_width=4),
               nn.BatchNorm1d(16), prelu(4, 16),
               QuantLinear(16, 5, bias=True, weight_bit_width=4)), (SAMPLES, 18)


def cnn_maxpool_padded():
    return Seq(ident(5), *cbr(3, 8, 3, 4, 4, padding=1), ident(4),  # signed codes, pad = -8
               nn.MaxPool2d(3, 1, padding=1), *cbr(8, 8, 3, 4, 4), nn.MaxPool2d(2, 2, padding=1),
               *cbr(8, 6, 1, 4, 3), nn.MaxPool2d(3, 1, padding=1, dilation=2), nn.Flatten(),
               QuantLinear(6 * 2 * 2, 4, bias=False, weight_bit_width=4)), (SAMPLES, 3, 8, 8)


NETWORKS = [mlp_w8a8, mlp_w4a4_perchannel, mlp_mixed_bits, mlp_signed_acts,
            bnn_tfc_w1a1_narrow, bnn_tfc_w2a2_wide, bnn_sfc_w1a2_in8,
            cnn_k1, cnn_k5_pad2, cnn_k1x3_3x1, cnn_nonsquare_stride, cnn_dilation,
            cnn_padding_mix, cnn_8bit_acts, cnn_bias_perchannel, cnn_maxpool_overlap,
            cnn_maxpool_nonoverlap, cnn_truncavgpool_head, cnn_gap_head, cnn_reducemean_head,
            dwsep_block, mobilenet_v1_small, resnet8_shared, resnet8_unshared, resnet20_like,
            resnext_grouped, squeezenet_fire, densenet_block, unet_upsample, unet_convtranspose,
            kws_conv1d, radioml_vgg_conv1d, cnn_avgpool1d, inception_block,
            decoder_convtranspose_k4s2p1, kws_dscnn_1d, upsample_1d, mobilenet_v1_w4_wide,
            mlp_perchannel_acts, cnn_maxpool_padded]


def export(fn, seed: int, out: Path) -> None:
    name = fn.__name__
    torch.manual_seed(seed)
    model, shape = fn()
    _randomize(model, seed)
    model.eval()
    x = torch.randn(*shape, generator=torch.Generator().manual_seed(seed))
    if name.startswith("bnn_"):
        x = torch.rand(*shape, generator=torch.Generator().manual_seed(seed))
    with torch.no_grad():
        y = model(x)
    export_qonnx(model, x[:1], str(out / f"{name}.onnx"), dynamo=False)
    np.save(out / f"{name}_input.npy", x.numpy())
    np.save(out / f"{name}_torch.npy", np.asarray(getattr(y, "value", y)))
    print(f"{name}: {tuple(shape)} -> {tuple(np.asarray(getattr(y, 'value', y)).shape)}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="export the brevitas network corpus")
    ap.add_argument("names", nargs="*", help="networks to export (default: all)")
    ap.add_argument("--seed", type=int, default=1000, help="seed of the first network")
    ap.add_argument("--out", type=Path, default=HERE, help="output directory")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for i, fn in enumerate(NETWORKS):
        if not args.names or fn.__name__ in args.names:
            export(fn, args.seed + i, args.out)
