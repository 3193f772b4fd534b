"""What the .deb's trimmer and the PyInstaller spec leave out of torch (packaging/trim_env.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path, PurePosixPath, PureWindowsPath
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _trim_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("trim_env", ROOT / "packaging" / "trim_env.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


trim = _trim_module()

KEPT = ("__init__.py", "nn/functional.py", "lib/libtorch_cpu.so", "lib/libc10.so",
        "lib/libgomp.so.1", "bin/torch_shm_manager", "testing/__init__.py")
WASTE = ("test/Dict_test", "test/sub/atest", "bin/FileStoreTest", "bin/protoc",
         "lib/libtorchbind_test.so", "lib/libjitbackend_test.so", "lib/libaoti_custom_ops.so",
         "lib/libbackend_with_compiler.so", "lib/libkineto.a", "share/cmake/Torch/T.cmake",
         "include/ATen/ATen.h")


def test_trim_removes_the_test_binaries_libraries_and_headers_and_keeps_what_runs(
        tmp_path: Path) -> None:
    torch = tmp_path / "torch"
    for rel in KEPT + WASTE:
        (torch / rel).parent.mkdir(parents=True, exist_ok=True)
        (torch / rel).write_bytes(b"x" * 10)
    trimmer = trim.Trimmer()
    trim.trim_torch(tmp_path, trimmer)
    left = sorted(p.relative_to(torch).as_posix() for p in torch.rglob("*") if p.is_file())
    assert left == sorted(KEPT)
    for folder in ("test", "share", "include"):  # emptied, so gone
        assert not (torch / folder).exists()
    assert sum(trimmer.saved.values()) == 10 * len(WASTE)


def test_the_rule_reads_windows_and_macos_names_too() -> None:
    assert trim.torch_waste(PureWindowsPath(r"lib\torchbind_test.dll")) == "torch: test libraries"
    assert trim.torch_waste(PureWindowsPath(r"lib\torch_cpu.lib")) is not None  # import library
    assert trim.torch_waste(PureWindowsPath(r"lib\torch_cpu.dll")) is None
    assert trim.torch_waste(PurePosixPath("lib/libtorchbind_test.dylib")) is not None
    assert trim.torch_waste(PurePosixPath("lib/libtorch_cpu.dylib")) is None
