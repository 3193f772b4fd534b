"""Training-data preparation on fake packages: no network, no apt, no pip."""

from __future__ import annotations

import hashlib
import io
import json
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from patchscaler_gui.engine.errors import PatchscalerError
from patchscaler_gui.training import prepare as prep
from patchscaler_gui.training.prepare import (
    FetchError,
    ManifestEntry,
    ReservedDataError,
    Source,
    assign_splits,
    check_not_reserved,
    collect_candidates,
    fetch_source,
    is_lossy,
    licence_for,
    load_manifest,
    prepare,
    prepare_image,
    read_qt_resources,
    write_manifest,
)

COPYRIGHT = """Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/

Files: *
Copyright: 2020 Someone
License: GPL-2+

Files: photos/special/*
Copyright: 2021 Photographer
License: CC-BY-SA-4.0
"""


def _photo(width: int, height: int, mode: str = "RGB", seed: int = 0) -> Image.Image:
    rng = np.random.default_rng(seed)
    channels = {"RGB": 3, "RGBA": 4, "L": 1}[mode]
    pixels = rng.integers(0, 256, (height, width, channels), dtype=np.uint8)
    return Image.fromarray(pixels.squeeze(-1) if channels == 1 else pixels, mode)


def _encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def _fake_tree(tree: Path, package: str) -> None:
    """A fake unpacked Debian package with a copyright file and a few photos."""
    doc = tree / "usr/share/doc" / package
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT)
    photos = tree / "usr/share/photos"
    (photos / "special").mkdir(parents=True)
    (photos / "big.jpg").write_bytes(_encode(_photo(1200, 800, seed=1), "JPEG", quality=95))
    (photos / "wide.png").write_bytes(_encode(_photo(3200, 640, seed=2), "PNG"))
    (photos / "tiny.jpg").write_bytes(_encode(_photo(400, 400, seed=3), "JPEG"))
    (photos / "wide_copy.png").write_bytes((photos / "wide.png").read_bytes())
    for i in range(6):
        photo = _encode(_photo(300, 300, seed=10 + i), "PNG")
        (photos / "special" / f"s{i}.png").write_bytes(photo)


class FakeFetcher:
    """Builds fake trees instead of downloading; counts calls; can fail for some packages."""

    def __init__(self, failing: frozenset[str] = frozenset()) -> None:
        self.calls: list[str] = []
        self.failing = failing

    def __call__(self, source: Source, workdir: Path) -> Path:
        self.calls.append(source.package)
        if source.package in self.failing:
            raise FetchError(f"{source.package}: no network in tests")
        tree = workdir / "trees" / source.package
        if not tree.exists():
            _fake_tree(tree, source.package)
        return tree


SOURCES = (Source("fake-photos", "deb", ("usr/share/photos/*.*", "usr/share/photos/special/*")),
           Source("more-photos", "deb", ("usr/share/photos/special/*",)))


def test_lomiri_guard_raises_everywhere(tmp_path: Path) -> None:
    for name in ("lomiri-wallpapers", "Lomiri-Wallpapers-20.04", "usr/share/lomiri/x.jpg"):
        with pytest.raises(ReservedDataError):
            check_not_reserved(name)
    check_not_reserved("mate-backgrounds", "usr/share/backgrounds/a.jpg")
    with pytest.raises(ReservedDataError):
        fetch_source(Source("lomiri-wallpapers", "deb", ("*",)), tmp_path)
    assert not (tmp_path / "debs").exists()
    fetcher = FakeFetcher()
    with pytest.raises(ReservedDataError):
        prepare(tmp_path / "data", sources=[Source("lomiri-wallpapers-20.04", "deb", ("*",))],
                fetch=fetcher)
    assert fetcher.calls == []


def test_a_lomiri_file_inside_another_package_raises(tmp_path: Path) -> None:
    (tmp_path / "usr/share/lomiri").mkdir(parents=True)
    (tmp_path / "usr/share/lomiri/bg.jpg").write_bytes(b"x")
    with pytest.raises(ReservedDataError):
        list(collect_candidates(tmp_path, Source("innocent", "deb", ("usr/share/*/*.jpg",))))


def test_manifest_never_lists_lomiri(tmp_path: Path) -> None:
    entry = ManifestEntry("train/a.png", "train", "pkg", "usr/share/a.jpg", "GPL-2+",
                          "licenses/pkg.copyright", 300, 300, "0" * 64)
    bad = ManifestEntry(**{**entry.__dict__, "source_path": "usr/share/lomiri/a.jpg"})
    with pytest.raises(ReservedDataError):
        write_manifest(tmp_path, [entry, bad], {}, seed=0, val_fraction=0.1)
    assert not (tmp_path / "manifest.json").exists()


def test_split_is_by_image_and_deterministic() -> None:
    keys = [f"pkg:photo{i}.jpg" for i in range(400)]
    first = assign_splits(keys, 0.12, seed=0)
    assert first == assign_splits(list(reversed(keys)), 0.12, seed=0)
    assert set(first) == set(keys) and set(first.values()) == {"train", "val"}
    assert 0.07 < sum(v == "val" for v in first.values()) / len(keys) < 0.17
    assert first != assign_splits(keys, 0.12, seed=1)
    # One image keeps its split when others come and go.
    assert assign_splits(keys[:50], 0.12, seed=0) == {k: first[k] for k in keys[:50]}


def test_split_has_at_least_four_val_images() -> None:
    keys = [f"k{i}" for i in range(20)]
    splits = assign_splits(keys, 0.0, seed=0)
    assert sum(v == "val" for v in splits.values()) == 4
    assert sum(v == "val" for v in assign_splits(keys[:3], 0.0, seed=0).values()) == 1


def test_jpeg_is_halved_png_is_not() -> None:
    jpeg = _encode(_photo(1000, 700), "JPEG")
    png = _encode(_photo(1000, 700), "PNG")
    assert is_lossy(jpeg) and not is_lossy(png)
    halved = prepare_image(Image.open(io.BytesIO(jpeg)), lossy=is_lossy(jpeg))
    kept = prepare_image(Image.open(io.BytesIO(png)), lossy=is_lossy(png))
    assert halved is not None and halved.size == (500, 350) and halved.mode == "RGB"
    assert kept is not None and kept.size == (1000, 700)


def test_webp_lossy_detection() -> None:
    image = _photo(64, 64)
    assert is_lossy(_encode(image, "WEBP", quality=80))
    assert not is_lossy(_encode(image, "WEBP", lossless=True))


def test_size_caps() -> None:
    capped = prepare_image(_photo(4000, 1000), lossy=False)
    assert capped is not None and capped.size == (1600, 400)
    capped_jpeg = prepare_image(_photo(6000, 1000), lossy=True)
    assert capped_jpeg is not None and capped_jpeg.size == (1600, 267)
    assert prepare_image(_photo(500, 500), lossy=True) is None  # 250 px after halving
    assert prepare_image(_photo(300, 255), lossy=False) is None
    gray = prepare_image(_photo(300, 256, "L"), lossy=False)
    assert gray is not None and gray.mode == "RGB"


def test_transparent_sky_is_cropped_away() -> None:
    image = _photo(600, 800, "RGBA")
    pixels = np.asarray(image).copy()
    pixels[:, :, 3] = 255
    pixels[:300, :, 3] = 0
    pixels[310, 5, 3] = 128
    out = prepare_image(Image.fromarray(pixels, "RGBA"), lossy=False)
    assert out is not None and out.size == (600, 489) and out.mode == "RGB"
    cutout = np.asarray(image).copy()
    cutout[:, :, 3] = 0
    cutout[200:300, 200:300, 3] = 255
    assert prepare_image(Image.fromarray(cutout, "RGBA"), lossy=False) is None


def test_licence_from_dep5_paragraphs() -> None:
    assert licence_for(COPYRIGHT, "usr/share/photos/big.jpg") == "GPL-2+"
    assert licence_for(COPYRIGHT, "usr/share/photos/special/s1.png") == "CC-BY-SA-4.0"
    assert licence_for(COPYRIGHT, "x/y.png", [("*/y.png", "CC0-1.0")]) == "CC0-1.0"
    assert licence_for("free text", "a.png") == "see licence file"


def _rcc(entries: dict[str, tuple[bytes, bool]]) -> bytes:
    """A minimal format-1 Qt resource file: root/<dir>/<file> entries, zlib when asked."""
    names, name_at = b"", {}
    for name in ["dir", *entries]:
        name_at[name] = len(names)
        names += struct.pack(">HI", len(name), 0) + name.encode("utf-16-be")
    data, nodes = b"", [struct.pack(">IHII", 0, 2, 1, 1),
                        struct.pack(">IHII", name_at["dir"], 2, len(entries), 2)]
    for name, (payload, compress) in entries.items():
        blob = struct.pack(">I", len(payload)) + zlib.compress(payload) if compress else payload
        nodes.append(struct.pack(">IHHHI", name_at[name], int(compress), 0, 0, len(data)))
        data += struct.pack(">I", len(blob)) + blob
    tree = b"".join(nodes)
    return b"qres" + struct.pack(">IIII", 1, 20, 20 + len(tree), 20 + len(tree) + len(data)) + (
        tree + data + names)


def test_read_qt_resources_plain_and_compressed() -> None:
    blob = _rcc({"a.webp": (b"plain bytes", False), "b.png": (b"squeezed" * 50, True)})
    expected = {"/dir/a.webp": b"plain bytes", "/dir/b.png": b"squeezed" * 50}
    assert read_qt_resources(blob) == expected
    with pytest.raises(ValueError):
        read_qt_resources(b"nope")


def test_candidates_inside_a_qt_resource_file(tmp_path: Path) -> None:
    png = _encode(_photo(8, 8), "PNG")
    (tmp_path / "res").mkdir()
    (tmp_path / "res/a.rcc").write_bytes(_rcc({"x.png": (png, True), "y.txt": (b"t", False)}))
    found = list(collect_candidates(tmp_path, Source("p", "deb", ("res/*.rcc::/dir/*.png",))))
    assert found == [("res/a.rcc::/dir/x.png", png)]


def test_prepare_end_to_end(tmp_path: Path) -> None:
    root = tmp_path / "data"
    manifest = prepare(root, sources=SOURCES, fetch=FakeFetcher(), val_fraction=0.12, seed=0)
    files = {e.source_path: e for e in manifest.entries if e.source_package == "fake-photos"}
    assert set(files) == {"usr/share/photos/big.jpg", "usr/share/photos/wide.png",
                          *(f"usr/share/photos/special/s{i}.png" for i in range(6))}
    sizes = {Path(k).name: (e.width, e.height) for k, e in files.items()}
    assert sizes["big.jpg"] == (600, 400) and sizes["wide.png"] == (1600, 320)
    assert files["usr/share/photos/special/s0.png"].licence == "CC-BY-SA-4.0"
    assert files["usr/share/photos/big.jpg"].licence == "GPL-2+"
    # more-photos holds byte-identical files: all dropped as duplicates.
    assert all(e.source_package == "fake-photos" for e in manifest.entries)
    for e in manifest.entries:
        path = root / e.file
        assert path.parent.name == e.split and path.suffix == ".png"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == e.sha256
        with Image.open(path) as image:
            assert image.size == (e.width, e.height)
        assert (root / e.licence_file).read_text().count("CC-BY-SA-4.0") == 1
    assert len(manifest.paths("val")) >= 4 and len(manifest.paths("train")) >= 1
    doc = json.loads((root / "manifest.json").read_text())
    assert doc["complete"] and "lomiri" not in json.dumps(doc["images"]).lower()
    assert doc["summary"]["per_package"]["fake-photos"]["images"] == 8
    reasons = {d["source"]: d["reason"] for d in doc["summary"]["dropped"]}
    assert reasons["fake-photos:usr/share/photos/tiny.jpg"] == "too small"
    assert "fake-photos:usr/share/photos/wide_copy.png" not in reasons
    assert doc["summary"]["duplicates_dropped"] == 7  # wide_copy.png + more-photos' six


def test_validation_photos_keep_their_files_as_shipped(tmp_path: Path) -> None:
    root = tmp_path / "data"
    fetcher = FakeFetcher()
    manifest = prepare(root, sources=SOURCES, fetch=fetcher, val_fraction=0.12, seed=0)
    tree = fetcher(SOURCES[0], tmp_path / "work")
    for e in manifest.entries:
        if e.split == "train":
            assert e.original == ""
            continue
        original = root / e.original
        assert original.stem == Path(e.file).stem
        assert original.suffix == Path(e.source_path).suffix  # .jpg stays .jpg, .png .png
        assert original.read_bytes() == (tree / e.source_path).read_bytes()
    kept = sorted(p.name for p in (root / "originals").iterdir())
    assert kept == sorted(Path(e.original).name for e in manifest.entries if e.split == "val")
    (root / manifest.entries[[e.split for e in manifest.entries].index("val")].original).unlink()
    assert load_manifest(root) is None  # a validation photo's file missing: prepared again


def test_prepare_is_idempotent_and_force_redoes(tmp_path: Path) -> None:
    root = tmp_path / "data"
    fetcher = FakeFetcher()
    first = prepare(root, sources=SOURCES, fetch=fetcher)
    calls = len(fetcher.calls)
    again = prepare(root, sources=SOURCES, fetch=fetcher)
    assert len(fetcher.calls) == calls and again.entries == first.entries
    assert load_manifest(root, seed=0, val_fraction=0.12) is not None
    forced = prepare(root, sources=SOURCES, fetch=fetcher, force=True)
    assert len(fetcher.calls) == 2 * calls and forced.entries == first.entries
    reseeded = prepare(root, sources=SOURCES, fetch=fetcher, seed=5)  # another seed: redone
    assert len(fetcher.calls) == 3 * calls
    (root / reseeded.entries[0].file).unlink()
    assert load_manifest(root) is None


def test_failed_download_leaves_manifest_incomplete(tmp_path: Path) -> None:
    root = tmp_path / "data"
    fetcher = FakeFetcher(failing=frozenset({"more-photos"}))
    manifest = prepare(root, sources=SOURCES, fetch=fetcher)
    assert "more-photos" in manifest.summary["failed_packages"]  # type: ignore[operator]
    assert load_manifest(root) is None
    prepare(root, sources=SOURCES, fetch=fetcher)
    assert fetcher.calls.count("more-photos") == 2


def test_nothing_prepared_is_an_error(tmp_path: Path) -> None:
    fetcher = FakeFetcher(failing=frozenset({"fake-photos", "more-photos"}))
    with pytest.raises(PatchscalerError):
        prepare(tmp_path / "data", sources=SOURCES, fetch=fetcher)


def test_main_reports_errors(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise PatchscalerError("no network")

    monkeypatch.setattr(prep, "prepare", boom)
    assert prep.main(["--root", str(tmp_path)]) == 2
    args = prep.build_parser().parse_args(["--root", "d", "--seed", "3", "--force"])
    assert args.root == Path("d") and args.seed == 3 and args.force


def test_pack_keeps_every_photo_as_jpeg_with_its_licence(tmp_path: Path) -> None:
    from patchscaler_gui.training.data import load_photos
    from patchscaler_gui.training.pack import PackError, pack

    root = tmp_path / "data"
    manifest = prepare(root, sources=SOURCES, fetch=FakeFetcher(), val_fraction=0.12, seed=0)
    out = tmp_path / "pack"
    counts = pack(root, out)
    assert counts["train"] + counts["val"] == len(manifest.entries)
    doc = json.loads((out / "manifest.json").read_text())
    for e in doc["images"]:
        blob = (out / e["file"]).read_bytes()
        assert e["file"].endswith(".jpg") and hashlib.sha256(blob).hexdigest() == e["sha256"]
        assert (out / e["licence_file"]).is_file()
    assert len(load_photos(out / "train")) == counts["train"]
    assert [p.shape for p in load_photos(out / "val")] == [
        p.shape for p in load_photos(root / "val")]
    with pytest.raises(PackError, match="over the"):
        pack(root, tmp_path / "small", limit=1000)
    assert not (tmp_path / "small").exists() and not (tmp_path / "small.partial").exists()
    with pytest.raises(PackError, match="train prepare"):
        pack(tmp_path / "nothing", tmp_path / "p2")
