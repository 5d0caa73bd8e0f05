"""Render ui/brand/loket.svg to the window-icon PNGs and the Windows .ico (build.spec's icon).

    .venv/bin/python scripts/make_icon.py        # after changing the SVG; commit the results

Uses Qt's own SVG renderer (no Pillow needed). The .ico holds PNG-compressed images of
16-256 px, the format Windows has read since Vista; Qt's ICO writer stores one size only.
"""

from __future__ import annotations

import io
import struct
import sys
from pathlib import Path

BRAND = Path(__file__).resolve().parents[1] / "ui" / "brand"
PNG_SIZES = (16, 32, 48, 256)  # the window icon (ui/app_icon.py)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)  # what Explorer and the taskbar ask for


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(BRAND / "loket.svg")).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per size (0 means 256), then the PNG payloads."""
    out = io.BytesIO()
    out.write(struct.pack("<HHH", 0, 1, len(images)))
    offset = 6 + 16 * len(images)
    for size, png in images.items():
        side = 0 if size >= 256 else size
        out.write(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        offset += len(png)
    for png in images.values():
        out.write(png)
    return out.getvalue()


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    assert app is not None
    for size in PNG_SIZES:
        (BRAND / f"loket-{size}.png").write_bytes(render(size))
    (BRAND / "loket.ico").write_bytes(ico({size: render(size) for size in ICO_SIZES}))
    sys.stdout.write(f"wrote {BRAND}/loket-*.png and loket.ico\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
