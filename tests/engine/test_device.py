import pytest
import torch

from patchscaler_gui.engine.device import available, select_device
from patchscaler_gui.engine.errors import DeviceError


def test_auto_and_cpu() -> None:
    assert available()[-1] == "cpu"
    assert select_device("cpu") == torch.device("cpu")
    assert select_device("auto").type == available()[0]


def test_unknown_or_absent_device_is_a_clear_error() -> None:
    with pytest.raises(DeviceError, match="Unknown device"):
        select_device("tpu")
    if not torch.cuda.is_available():
        with pytest.raises(DeviceError, match="not available"):
            select_device("cuda")
