#!/usr/bin/env python3
"""Writes stethoscope.ico, the installer's and the program's icon, from resources/icons/stethoscope.svg.

Runs anywhere with python3 and rsvg-convert (Debian: librsvg2-bin), so the committed icon can be
remade whenever the SVG changes:

    packaging/windows/make-ico.py

Every size Windows asks for (16 to 256 pixels) is a PNG entry, which Windows has read since Vista.
"""

import pathlib
import shutil
import struct
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = HERE.parent.parent / "resources" / "icons" / "stethoscope.svg"
TARGET = HERE / "stethoscope.ico"
SIZES = [16, 20, 24, 32, 40, 48, 64, 256]


def render(size: int, work: pathlib.Path) -> bytes:
    png = work / f"{size}.png"
    subprocess.run(["rsvg-convert", "--width", str(size), "--height", str(size),
                    "--keep-aspect-ratio", "--output", str(png), str(SOURCE)], check=True)
    return png.read_bytes()


def main() -> int:
    if shutil.which("rsvg-convert") is None:
        print("make-ico: rsvg-convert is missing (Debian: apt-get install librsvg2-bin)",
              file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as directory:
        images = [(size, render(size, pathlib.Path(directory))) for size in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, data = b"", b""
    for size, png in images:
        edge = 0 if size >= 256 else size  # 0 stands for 256
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    TARGET.write_bytes(header + entries + data)
    print(f"make-ico: wrote {TARGET.name} ({', '.join(str(s) for s, _ in images)} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
