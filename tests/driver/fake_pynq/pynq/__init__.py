"""A stand-in for PYNQ with just what the generated driver uses: ``Overlay``,
``allocate`` and ``Clocks``.

Buffers have a separate "device" copy: ``sync_to_device`` copies the host array to it
and ``sync_from_device`` back, so a driver that forgets a sync reads stale data.  The
overlay's DMA engines move device copies through ``HARDWARE``, a function set by the
test: packed input (frames, beats, DMA word bytes) -> packed output.  A ``.bit``
overlay has the Zynq shell's AXI DMA ``idma0`` (send and receive channels); an
``.xclbin`` overlay has the Alveo shell's kernels ``idma0`` and ``odma0``.
``IP_BLOCKS`` maps further attribute names of the overlay to objects (e.g. AXI-Lite
slaves with an ``mmio``).
"""

import os

import numpy as np

HARDWARE = None
IP_BLOCKS = {}
#: what happened, in order (for assertions)
EVENTS = []


class Clocks:
    fclk0_mhz = 100.0


class PynqBuffer(np.ndarray):
    """Host view of a device buffer."""

    def sync_to_device(self):
        self.device_copy[...] = self
        EVENTS.append("sync_to_device")

    def sync_from_device(self):
        self[...] = self.device_copy
        EVENTS.append("sync_from_device")

    def freebuffer(self):
        EVENTS.append("freebuffer")


def allocate(shape, dtype="u4", target=None, **kwargs):
    buf = np.zeros(shape, dtype=dtype).view(PynqBuffer)
    buf.device_copy = np.full(shape, 0xA5, dtype=dtype)  # stale device memory
    EVENTS.append(("allocate", tuple(np.atleast_1d(shape))))
    return buf


def _run(inbuf, outbuf, frames):
    if outbuf is None:
        raise RuntimeError("input streamed before the output transfer was set up")
    if inbuf.shape[0] != frames or outbuf.shape[0] != frames:
        raise RuntimeError(f"{frames} frames requested, buffers hold {inbuf.shape[0]}")
    result = np.asarray(HARDWARE(np.array(inbuf.device_copy)), dtype=np.uint8)
    outbuf.device_copy[...] = result.reshape(outbuf.shape)
    EVENTS.append(("hardware", frames))


class _Waitable:
    def __init__(self):
        self.pending = False

    def wait(self):
        if not self.pending:
            raise RuntimeError("wait() without a started transfer")
        self.pending = False


class _RecvChannel(_Waitable):
    def __init__(self):
        super().__init__()
        self.buffer = None

    def transfer(self, buf):
        self.buffer, self.pending = buf, True


class _SendChannel(_Waitable):
    def __init__(self, recv):
        super().__init__()
        self.recv = recv

    def transfer(self, buf):
        _run(buf, self.recv.buffer if self.recv.pending else None, buf.shape[0])
        self.pending = True


class DMA:
    """The Zynq shell's AXI DMA (direct register mode)."""

    def __init__(self):
        self.recvchannel = _RecvChannel()
        self.sendchannel = _SendChannel(self.recvchannel)


class _Kernel:
    """An Alveo DMA kernel; ``start(buffer, frames)`` returns a handle to wait on."""

    def __init__(self, role, peer=None):
        self.role, self.peer, self.buffer = role, peer, None

    def start(self, buf, frames):
        handle = _Waitable()
        handle.pending = True
        if self.role == "out":
            self.buffer = buf
        else:
            _run(buf, self.peer.buffer, frames)
        return handle


class Overlay:
    def __init__(self, bitfile_name, download=True, device=None, **kwargs):
        if not os.path.isfile(bitfile_name):
            raise IOError(f"Bitstream file {bitfile_name} does not exist.")
        self.bitfile_name = bitfile_name
        if bitfile_name.endswith(".xclbin"):
            self.odma0 = _Kernel("out")
            self.idma0 = _Kernel("in", self.odma0)
        else:
            self.idma0 = DMA()
        EVENTS.append(("overlay", os.path.basename(bitfile_name)))

    def __getattr__(self, name):
        if name in IP_BLOCKS:
            return IP_BLOCKS[name]
        raise AttributeError(f"overlay has no IP {name}")
