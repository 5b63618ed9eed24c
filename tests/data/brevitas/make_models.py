"""Regenerate the brevitas exports used by tests/frontend/test_brevitas_exports.py.

Needs torch and brevitas (not required by the test suite, which reads the committed files):
    pip install torch brevitas && python tests/data/brevitas/make_models.py
Each network gets random weights and random BatchNorm statistics; the reference output is
PyTorch's own forward pass on the saved input.
"""

from pathlib import Path

import numpy as np
import torch
from brevitas.export import export_qonnx
from brevitas.nn import (QuantConv2d, QuantIdentity, QuantLinear, QuantReLU,
                         TruncAvgPool2d)
from torch import nn

HERE = Path(__file__).resolve().parent


def _randomize_bn(model, seed):
    g = torch.Generator().manual_seed(seed)
    for m in model.modules():
        if isinstance(m, (nn.BatchNorm1d, nn.BatchNorm2d)):
            n = m.num_features
            m.weight.data = (torch.rand(n, generator=g) + 0.5) * torch.where(
                torch.rand(n, generator=g) < 0.3, -1.0, 1.0)
            m.bias.data = torch.randn(n, generator=g) * 0.5
            m.running_mean.data = torch.randn(n, generator=g)
            m.running_var.data = torch.rand(n, generator=g) + 0.5


class Mlp(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            QuantIdentity(bit_width=8, return_quant_tensor=True),
            QuantLinear(20, 48, bias=False, weight_bit_width=3),
            nn.BatchNorm1d(48), QuantReLU(bit_width=5, return_quant_tensor=True),
            QuantLinear(48, 24, bias=False, weight_bit_width=3),
            nn.BatchNorm1d(24), QuantIdentity(bit_width=4, return_quant_tensor=True),
            QuantLinear(24, 7, bias=True, weight_bit_width=5))

    def forward(self, x):
        return self.net(x)


class Cnn(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            QuantIdentity(bit_width=8, return_quant_tensor=True),
            QuantConv2d(3, 8, 3, padding=1, bias=False, weight_bit_width=4),
            nn.BatchNorm2d(8), QuantReLU(bit_width=4, return_quant_tensor=True),
            QuantConv2d(8, 16, 3, stride=2, bias=False, weight_bit_width=3),
            nn.BatchNorm2d(16), QuantReLU(bit_width=3, return_quant_tensor=True),
            QuantConv2d(16, 16, 3, padding=1, groups=16, bias=False, weight_bit_width=4),
            nn.BatchNorm2d(16), QuantReLU(bit_width=4, return_quant_tensor=True),
            nn.MaxPool2d(2),
            TruncAvgPool2d(kernel_size=3, stride=3, bit_width=6),
            nn.Flatten(),
            QuantLinear(16, 5, bias=False, weight_bit_width=6))

    def forward(self, x):
        return self.net(x)


class Residual(nn.Module):
    def __init__(self):
        super().__init__()
        self.inp = QuantIdentity(bit_width=6, return_quant_tensor=True)
        self.conv0 = QuantConv2d(4, 8, 3, padding=1, bias=False, weight_bit_width=4)
        self.bn0 = nn.BatchNorm2d(8)
        self.act = QuantReLU(bit_width=4, return_quant_tensor=True)
        self.conv1 = QuantConv2d(8, 8, 3, padding=1, bias=False, weight_bit_width=4)
        self.bn1 = nn.BatchNorm2d(8)
        self.out_act = QuantReLU(bit_width=5, return_quant_tensor=True)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.q = QuantIdentity(bit_width=8, return_quant_tensor=True)
        self.fc = QuantLinear(8, 6, bias=False, weight_bit_width=4)

    def forward(self, x):
        x = self.act(self.bn0(self.conv0(self.inp(x))))
        y = self.act(self.bn1(self.conv1(x)))  # same quantizer: one scale for the add
        z = self.out_act(x + y)
        return self.fc(torch.flatten(self.q(self.pool(z)), 1))


def export(name, model, shape, seed):
    torch.manual_seed(seed)
    _randomize_bn(model, seed)
    model.eval()
    x = torch.randn(*shape)
    with torch.no_grad():
        y = model(x)
    export_qonnx(model, x, str(HERE / f"{name}.onnx"), dynamo=False)
    np.save(HERE / f"{name}_input.npy", x.numpy())
    np.save(HERE / f"{name}_output.npy", np.asarray(y.value if hasattr(y, "value") else y))


if __name__ == "__main__":
    export("mlp_w3a5", Mlp(), (1, 20), 1)
    export("cnn_mixed", Cnn(), (1, 3, 16, 16), 2)
    export("residual", Residual(), (1, 4, 8, 8), 3)
