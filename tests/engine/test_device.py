import platform
import sys

import pytest
import torch

from patchscaler_gui.engine import device
from patchscaler_gui.engine.device import available, select_device
from patchscaler_gui.engine.errors import DeviceError


def test_auto_and_cpu() -> None:
    assert available()[-1] == "cpu"
    assert select_device("cpu") == torch.device("cpu")
    assert select_device("auto") == torch.device(available()[0])


@pytest.mark.parametrize("name", ["tpu", "cuda:x", "cpu:0", "mps:1", ""])
def test_unknown_devices_are_a_clear_error(name: str) -> None:
    with pytest.raises(DeviceError, match="Unknown device.*cuda:N"):
        select_device(name)


def test_absent_devices_are_a_clear_error() -> None:
    if not torch.cuda.is_available():
        for name in ("cuda", "cuda:0"):
            with pytest.raises(DeviceError, match="not available here .available: .*cpu"):
                select_device(name)
    with pytest.raises(DeviceError, match="not available"):
        select_device(f"cuda:{torch.cuda.device_count()}")


def test_the_cpu_is_described_with_its_free_ram() -> None:
    info = device.describe("cpu")
    assert 0 < info.free <= info.total
    assert info.label().startswith("CPU · ") and "GB free of" in info.label()
    assert [d.name for d in device.devices()] == available()


@pytest.mark.parametrize("native", [True, False])
def test_the_cpu_runs_bfloat16_only_where_it_is_native(
        native: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(device, "cpu_bf16", lambda: native)
    monkeypatch.delenv("PATCHSCALER_PRECISION", raising=False)
    cpu = torch.device("cpu")
    assert device.precision(cpu) == (torch.bfloat16 if native else None)
    assert device.precision_name(cpu) == ("bfloat16" if native else "float32")
    with device.autocast(cpu):
        assert torch.is_autocast_enabled("cpu") == native
    monkeypatch.setenv("PATCHSCALER_PRECISION", "float32")
    assert device.precision(cpu) is None
    with device.autocast(cpu):
        assert not torch.is_autocast_enabled("cpu")


def test_configure_cpu_sets_the_threads_and_keeps_freed_memory_on_glibc() -> None:
    before = torch.get_num_threads()
    try:
        assert device.configure_cpu(1) == 1 == torch.get_num_threads()
    finally:
        torch.set_num_threads(before)
    glibc = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    assert device.keep_freed_memory() is glibc
