"""QR codes drawn straight into a QPixmap from the qrcode library's module matrix."""

import qrcode
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap


def qr_pixmap(payload: str, size: int = 240, dark: str = "#000000", light: str = "#FFFFFF") -> QPixmap:
    """A square QR code for ``payload`` with a four-module quiet zone, ``size`` pixels wide."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()
    cells = len(matrix)
    scale = max(1, size // cells)
    image = QPixmap(cells * scale, cells * scale)
    image.fill(QColor(light))
    painter = QPainter(image)
    painter.setPen(Qt.NoPen)
    painter.setBrush(QColor(dark))
    for y, row in enumerate(matrix):
        for x, on in enumerate(row):
            if on:
                painter.drawRect(QRect(x * scale, y * scale, scale, scale))
    painter.end()
    return image
