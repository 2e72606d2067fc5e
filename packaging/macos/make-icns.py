#!/usr/bin/env python3
"""Writes stethoscope.icns, the app bundle's icon, from resources/icons/stethoscope.svg.

Runs anywhere with python3 and rsvg-convert (Debian: librsvg2-bin); no Mac needed, so the
committed icon can be remade whenever the SVG changes:

    packaging/macos/make-icns.py

The artwork is drawn on macOS's icon grid: the rounded square fills 824 of 1024 pixels, centred,
like the system's own icons, rather than the whole canvas. Every size is a PNG entry, which macOS
has read since 10.7.
"""

import pathlib
import re
import shutil
import struct
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = HERE.parent.parent / "resources" / "icons" / "stethoscope.svg"
TARGET = HERE / "stethoscope.icns"

# ICNS element type → edge in pixels (the @2x types hold the doubled size).
ELEMENTS = [
    ("icp4", 16),
    ("icp5", 32),
    ("ic11", 32),  # 16@2x
    ("ic12", 64),  # 32@2x
    ("ic07", 128),
    ("ic13", 256),  # 128@2x
    ("ic08", 256),
    ("ic14", 512),  # 256@2x
    ("ic09", 512),
    ("ic10", 1024),  # 512@2x
]

# The SVG's rounded square spans x and y 1…31 of a 32-unit view box.
ARTWORK_MIN, ARTWORK_MAX = 1.0, 31.0
GRID_BODY = 824 / 1024


def padded_svg(svg: str) -> str:
    size = ARTWORK_MAX - ARTWORK_MIN
    canvas = size / GRID_BODY
    origin = (ARTWORK_MIN + ARTWORK_MAX) / 2 - canvas / 2
    view_box = f'viewBox="{origin:.4f} {origin:.4f} {canvas:.4f} {canvas:.4f}"'
    result, count = re.subn(r'viewBox="0 0 32 32"', view_box, svg, count=1)
    if count != 1:
        sys.exit(f"make-icns: {SOURCE} no longer has viewBox=\"0 0 32 32\"; update make-icns.py")
    return result


def render(svg_path: pathlib.Path, edge: int) -> bytes:
    png = subprocess.run(
        ["rsvg-convert", "--format=png", f"--width={edge}", f"--height={edge}", str(svg_path)],
        check=True,
        capture_output=True,
    ).stdout
    if not png.startswith(b"\x89PNG\r\n\x1a\n"):
        sys.exit(f"make-icns: rsvg-convert did not write a PNG for {edge} px")
    return png


def main() -> None:
    if shutil.which("rsvg-convert") is None:
        sys.exit("make-icns: rsvg-convert is missing (Debian: apt-get install librsvg2-bin)")
    with tempfile.TemporaryDirectory() as work:
        svg_path = pathlib.Path(work) / "icon.svg"
        svg_path.write_text(padded_svg(SOURCE.read_text(encoding="utf-8")), encoding="utf-8")
        body = b""
        for kind, edge in ELEMENTS:
            png = render(svg_path, edge)
            body += kind.encode("ascii") + struct.pack(">I", 8 + len(png)) + png
    TARGET.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
    print(f"make-icns: wrote {TARGET.name} ({TARGET.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
