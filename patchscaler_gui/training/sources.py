"""Where the training photos come from: the curated Debian packages and PyPI wheels.

Each :class:`Source` names the files of one package that are real photographs (checked by
looking at them) and any per-file licence that wins over the package's copyright file.
``SKIPPED`` records the packages we looked at and why they are not used.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    """Photos of one Debian package (``kind="deb"``) or PyPI wheel (``"wheel"``).

    ``include``: glob patterns in the unpacked tree; ``A.rcc::PATTERN`` reads entries inside a
    Qt resource file. ``licences``: (pattern, short name) pairs that win over the copyright
    file. ``licence_extra``: more files of the tree to copy next to the licence.
    """

    package: str
    kind: str
    include: tuple[str, ...]
    licences: tuple[tuple[str, str], ...] = ()
    licence_extra: tuple[str, ...] = ()


_PLASMA = ("BytheWater", "ColdRipple", "ColorfulCups", "DarkestHour", "EveningGlow",
           "FallenLeaf", "Grey", "Kite", "OneStandsOut", "Path", "summer_1am")
_LXQT = ("Butterfly-Kenneth-Wimer.jpg", "Valendas.png", "after-the-rain.jpg", "appleflower.png",
         "beam.png", "butterfly.png", "cloud.png", "drop.png", "flowers.png", "fog.jpg",
         "this-is-not-windows.jpg")
_STELLARIUM = ("landscapes/garching/garching-gl[1-4].png", "landscapes/mars/mars.png",
               "scenery3d/Sterngarten/Sterngarten_20100320.png",
               "scenery3d/Sterngarten/Sterngarten_Wien_innerArea/Tafel_*.jpg",
               "scenery3d/Testscene/TX_Stellarium-Testscene_withGrid/Stein_Platte_Quaderstein.png",
               "skycultures/babylonian_mulapin/800px-MulApin-BritishMuseum.jpg",
               "skycultures/greek_farnese/Atlas_(Farnese_Globe).jpg")
_GCOMPRIS = ("erase", "explore_monuments", "explore_world_animals", "explore_farm_animals")
_OPENCV = ("aloeL.jpg", "building.jpg", "ela_original.jpg", "leuvenA.jpg", "graf1.png")
_SKIMAGE = {"astronaut.png": "public-domain (NASA)", "brick.png": "CC0-1.0",
            "camera.png": "CC0-1.0", "chelsea.png": "CC0-1.0", "coffee.png": "CC0-1.0",
            "coins.png": "no known copyright restrictions", "grass.png": "CC0-1.0",
            "gravel.png": "CC0-1.0", "moon.png": "BSD-3-Clause (scikit-image data)",
            "motorcycle_left.png": "BSD-3-Clause (scikit-image data)",
            "rocket.jpg": "public-domain (SpaceX)"}

SOURCES: tuple[Source, ...] = (
    Source("mate-backgrounds", "deb", ("usr/share/backgrounds/mate/nature/*.jpg",)),
    Source("plasma-workspace-wallpapers", "deb",
           tuple(f"usr/share/wallpapers/{n}/contents/images/*" for n in _PLASMA)),
    Source("lxqt-themes", "deb", tuple(f"usr/share/lxqt/wallpapers/{n}" for n in _LXQT)),
    Source("palapeli-data", "deb", ("usr/share/palapeli/collection/*.jpg",)),
    Source("tuxpaint-data", "deb", ("usr/share/tuxpaint/templates/*.jpg",)),
    Source("gcompris-qt-data", "deb", tuple(
        f"usr/share/gcompris-qt/rcc/{a}.rcc::/gcompris/src/activities/{a}/resource/*.webp"
        for a in _GCOMPRIS)),
    Source("stellarium-data", "deb", tuple(f"usr/share/stellarium/{p}" for p in _STELLARIUM)),
    Source("opencv-doc", "deb",
           tuple(f"usr/share/doc/opencv-doc/examples/data/{n}" for n in _OPENCV)),
    Source("scikit-image", "wheel", tuple(f"skimage/data/{n}" for n in _SKIMAGE),
           tuple((f"*/{n}", lic) for n, lic in _SKIMAGE.items())),
    Source("scikit-learn", "wheel", ("sklearn/datasets/images/*.jpg",),
           (("*", "CC-BY-2.0"),), ("sklearn/datasets/images/README.txt",)),
    Source("matplotlib", "wheel", ("matplotlib/mpl-data/sample_data/grace_hopper.jpg",),
           (("*", "public-domain (U.S. Navy photo)"),)),
)

SKIPPED: dict[str, str] = {
    "lomiri-wallpapers*": "reserved for independent evaluation",
    "tuxpaint-stamps-default": "cut-outs on transparent backgrounds, no opaque part >= 256 px",
    "desktop-base": "vector/rendered art", "gnome-backgrounds": "renders and vector art",
    "ukui-wallpapers": "renders and illustrations", "sway-backgrounds": "rendered logos",
    "xfdesktop4-data": "icons only", "kdegames-mahjongg-data-kf5": "SVG art only",
    "mypaint-data-extras": "paper and canvas texture scans",
    "scratch": "photos are 480x360 JPEGs, under 256 px after the x2 JPEG downscale",
}
