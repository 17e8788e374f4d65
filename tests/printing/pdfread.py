"""Reading generated PDFs back the way a person or a scanner would: text, characters, fonts,
metadata and QR codes from the rendered page image."""

import io
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pypdf

BASE_14 = {"Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
           "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
           "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats"}


def squash(text: str) -> str:
    """Text without any whitespace, so a phrase matches however it was wrapped."""
    return re.sub(r"\s+", "", text)


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def page_texts(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [page.extract_text() or "" for page in doc.pages]


@dataclass(frozen=True)
class Char:
    text: str
    font: str
    size: float
    x0: float
    y0: float  # from the bottom of the page, as the builders measure
    x1: float
    y1: float


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    chars: list[Char]
    rects: list[tuple[float, float, float, float]]  # x0, y0, x1, y1 from the bottom
    lines: list[tuple[float, float, float, float]]

    def text_in(self, x0: float, y0: float, x1: float, y1: float) -> str:
        """The characters whose centres fall in the box, in reading order."""
        inside = [c for c in self.chars
                  if x0 <= (c.x0 + c.x1) / 2 <= x1 and y0 <= (c.y0 + c.y1) / 2 <= y1]
        inside.sort(key=lambda c: (-round(c.y0, 0), c.x0))
        return "".join(c.text for c in inside)


def pages_of(pdf: bytes) -> list[Page]:
    pages = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            h = float(page.height)
            chars = [Char(c["text"], c["fontname"], float(c["size"]), float(c["x0"]), h - float(c["bottom"]),
                          float(c["x1"]), h - float(c["top"])) for c in page.chars]
            rects = [(float(r["x0"]), h - float(r["bottom"]), float(r["x1"]), h - float(r["top"]))
                     for r in page.rects]
            lines = [(float(seg["x0"]), h - float(seg["bottom"]), float(seg["x1"]), h - float(seg["top"]))
                     for seg in page.lines]
            pages.append(Page(float(page.width), h, chars, rects, lines))
    return pages


def metadata(pdf: bytes) -> dict:
    return dict(pypdf.PdfReader(io.BytesIO(pdf)).metadata or {})


def fonts(pdf: bytes) -> dict[str, bool]:
    """Every font the pages use, by base name, with whether its program is embedded."""
    found: dict[str, bool] = {}
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources") or {}
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font.get("/BaseFont")).lstrip("/")] = embedded
    return found


def render(pdf: bytes, folder: Path, dpi: int = 200) -> list[Path]:
    """Each page as a PNG made by poppler's pdftoppm."""
    source = folder / "doc.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(source), str(folder / "page")],
                   check=True, timeout=60)
    return sorted(folder.glob("page*.png"))


def qr_codes(pdf: bytes, folder: Path) -> list[list[str]]:
    """The text of every QR code found on each page's image."""
    import zxingcpp
    from PIL import Image

    found = []
    for image_path in render(pdf, folder):
        with Image.open(image_path) as image:
            codes = zxingcpp.read_barcodes(image)
        found.append([c.text for c in codes if c.format == zxingcpp.BarcodeFormat.QRCode])
    return found
