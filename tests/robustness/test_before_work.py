"""Issue 15, item 6: problems are found before the work, not after."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from patchscaler_gui.cli import upscale as upscale_cmd
from patchscaler_gui.engine import limits
from tests.robustness.conftest import photo, run


@pytest.fixture
def no_work(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record whether the input was decoded or the sampler started."""
    done: list[str] = []
    real_load, real_run = upscale_cmd.load_image, upscale_cmd.upscale_picture

    def load(path: Path):  # type: ignore[no-untyped-def]
        done.append("decoded")
        return real_load(path)

    def work(*args, **kwargs):  # type: ignore[no-untyped-def]
        done.append("sampled")
        return (yield from real_run(*args, **kwargs))

    monkeypatch.setattr(upscale_cmd, "load_image", load)
    monkeypatch.setattr(upscale_cmd, "upscale_picture", work)
    return done


def test_a_read_only_output_folder_is_refused_first(tmp_path: Path, tiny_model_dir: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    no_work: list[str]) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    real = os.access

    def access(path: object, mode: int, **kwargs: object) -> bool:
        # as chmod 555 would make it for a user who is not root (the tests may run as root)
        if Path(str(path)) == locked and mode & os.W_OK:
            return False
        return real(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(limits.os, "access", access)
    code, err = run("upscale", photo(tmp_path / "a.png"), "-o", locked / "sub" / "o.png",
                    "--model", tiny_model_dir)
    assert code == 2 and err.count("\n") == 1 and "read-only" in err, err
    assert no_work == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_really_read_only_folder(tmp_path: Path, tiny_model_dir: Path,
                                   no_work: list[str]) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        code, err = run("upscale", photo(tmp_path / "a.png"), "-o", locked / "o.png",
                        "--model", tiny_model_dir)
    finally:
        locked.chmod(0o755)
    assert code == 2 and "read-only" in err and no_work == []


def test_webp_wider_than_it_holds_is_refused_before_decoding(tmp_path: Path,
                                                             tiny_model_dir: Path,
                                                             no_work: list[str]) -> None:
    wide = photo(tmp_path / "wide.png", (4100, 4))  # ×4 = 16400 px, WebP holds 16383
    code, err = run("upscale", wide, "-o", tmp_path / "o.webp", "--model", tiny_model_dir)
    assert code == 2 and "WEBP cannot hold" in err and err.count("\n") == 1, err
    assert no_work == []
    assert not (tmp_path / "o.webp").exists()


def test_webp_too_wide_at_x4_is_written_at_the_scale_that_it_holds(
        tmp_path: Path, tiny_model_dir: Path) -> None:
    """The format's side is checked for the file saved, at --scale, not for the ×4 result."""
    wide = photo(tmp_path / "wide.png", (4100, 4))
    code, err = run("upscale", wide, "-o", tmp_path / "o.webp", "--model", tiny_model_dir,
                    "--scale", "2", "--coarse-only")
    assert code == 0, err
    with Image.open(tmp_path / "o.webp") as im:
        assert im.size == (8200, 8)


def test_the_pixel_limit_is_checked_from_the_header(tmp_path: Path, tiny_model_dir: Path,
                                                    no_work: list[str]) -> None:
    big = photo(tmp_path / "big.png", (600, 500))  # ×4 = 4.8 MP
    code, err = run("upscale", big, "-o", tmp_path / "o.png", "--model", tiny_model_dir,
                    "--max-megapixels", "1")
    assert code == 2 and "above the limit" in err, err
    assert no_work == []  # refused without decoding the input


def big_exif() -> bytes:
    exif = Image.Exif()
    exif[0x010E] = "x" * 70_000  # ImageDescription: more than a JPEG segment holds
    return exif.tobytes()


def test_oversized_metadata_is_dropped_with_a_note_for_jpeg(tmp_path: Path,
                                                            tiny_model_dir: Path) -> None:
    info = PngImagePlugin.PngInfo()
    info.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta>" + "y" * 70_000 + "</x:xmpmeta>")
    src = photo(tmp_path / "meta.png", exif=big_exif(), pnginfo=info)
    out = tmp_path / "o.jpg"
    code, err = run("upscale", src, "-o", out, "--model", tiny_model_dir, "--coarse-only")
    assert code == 0, err
    assert "EXIF data (68 KB) is larger than a JPEG file holds" in err
    assert "XMP data (68 KB) is larger than a JPEG file holds" in err
    with Image.open(out) as im:
        assert im.size == (160, 128) and "exif" not in im.info and "xmp" not in im.info
    png = tmp_path / "o.png"  # formats that hold it keep it
    code, err = run("upscale", src, "-o", png, "--model", tiny_model_dir, "--coarse-only")
    assert code == 0 and "not kept" not in err
    with Image.open(png) as im:
        assert len(im.info["exif"]) > 65_533


def test_the_app_batch_refuses_a_too_wide_webp_before_the_work(
        qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from patchscaler_gui.ui.batch import ItemStatus

    src, out = tmp_path / "in", tmp_path / "out"
    photo(src / "a.png")
    photo(src / "wide.png", (4100, 4))
    window.open_paths([src])
    window.settings.output_dir = str(out)
    window.controls.format.setCurrentIndex(window.controls.format.findData("webp"))
    processed: list[Path | None] = []
    real = window.session.process

    async def process(picture, path):  # type: ignore[no-untyped-def]
        processed.append(path)
        return await real(picture, path)

    monkeypatch.setattr(window.session, "process", process)
    task = window.batch.start()
    assert task is not None
    qtbot.waitUntil(task.done, timeout=30_000)
    items = window.batch.items
    assert [i.status for i in items] == [ItemStatus.DONE, ItemStatus.FAILED]
    assert "cannot hold" in items[1].note
    assert processed == [src / "a.png"]
    # at ×2 the file is 8200 px wide, which WebP holds: the same photo goes through
    window.controls.scale.setCurrentIndex(window.controls.scale.findData(2))
    window.batch.clear()
    window.batch.add([src / "wide.png"])
    task = window.batch.start()
    assert task is not None
    qtbot.waitUntil(task.done, timeout=30_000)
    assert [i.status for i in window.batch.items] == [ItemStatus.DONE]
    with Image.open(out / "wide_x2.webp") as im:
        assert im.size == (8200, 8)
