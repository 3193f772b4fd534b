"""``patchscaler train pack``: the prepared photos as one small folder that travels with the
source tree, so a machine that cannot download (a lent GPU) can train the whole model.

Every photo of the prepared data set (``train prepare``) is stored as a JPEG of quality 95
without chroma subsampling (about a third of the size of the PNGs; its artefacts lie far
below the photos' own noise), with the licence files it needs and a manifest that lists,
for each, its source package, path, licence and sha256. A pack larger than ``limit`` bytes
is refused rather than written.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import asdict, replace
from pathlib import Path

from PIL import Image

from patchscaler_gui.engine.errors import PatchscalerError
from patchscaler_gui.training.prepare import check_not_reserved, load_manifest

QUALITY = 95
LIMIT = 40_000_000


class PackError(PatchscalerError):
    pass


def pack(data: Path, out: Path, quality: int = QUALITY, limit: int = LIMIT) -> dict[str, int]:
    """Write the pack of ``data`` (a prepared data set) to ``out``; returns its counts.

    It is written beside ``out`` and moved into place when complete and within ``limit``.
    """
    manifest = load_manifest(data)
    if manifest is None:
        raise PackError(f"no complete prepared data set in {data}: run `patchscaler train prepare`")
    tmp = out.with_name(out.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    entries, size = [], 0
    for e in manifest.entries:
        check_not_reserved(e.file, e.source_package, e.source_path, e.licence_file)
        name = f"{e.split}/{Path(e.file).stem}.jpg"
        (tmp / e.split).mkdir(parents=True, exist_ok=True)
        with Image.open(data / e.file) as im:
            im.convert("RGB").save(tmp / name, "JPEG", quality=quality, subsampling=0)
        blob = (tmp / name).read_bytes()
        size += len(blob)
        licence = tmp / e.licence_file
        if not licence.is_file():
            licence.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(data / e.licence_file, licence)
            size += licence.stat().st_size
        entries.append(replace(e, file=name, sha256=hashlib.sha256(blob).hexdigest(),
                               original=""))  # the originals stay out of the pack
    if size > limit:
        shutil.rmtree(tmp)
        raise PackError(f"the pack would take {size / 1e6:.1f} MB, over the {limit / 1e6:.0f} MB "
                        "limit: lower --quality")
    doc = {"packed_from": "patchscaler train prepare", "jpeg_quality": quality,
           "images": [asdict(e) for e in entries], "summary": manifest.summary}
    (tmp / "manifest.json").write_text(json.dumps(doc, indent=1, sort_keys=True))
    shutil.rmtree(out, ignore_errors=True)
    tmp.rename(out)
    counts = {split: sum(e.split == split for e in entries) for split in ("train", "val")}
    return {**counts, "bytes": size}
