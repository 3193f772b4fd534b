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


def test_networks_run_in_float32_on_the_cpu() -> None:
    cpu = torch.device("cpu")
    assert device.precision(cpu) is None and device.precision_name(cpu) == "float32"
    with device.autocast(cpu):
        assert not torch.is_autocast_enabled("cpu")
