"""Keep the translation catalogues in step with the code: ``python tools/translations.py``
(``make translations``) collects every string passed to ``tr`` or marked with ``QT_TR_NOOP`` in
the visitor screens, the shared wording and the printed slips, and writes them into each
assets/translations/kiosk_<code>.ts, keeping every translation already made.

It reads the code with Python's own parser, so a string split over lines, joined from adjacent
literals or with ``+``, or later filled in with ``.format`` is found whole (Qt's lupdate missed
those). A ``tr`` of an f-string cannot be translated and is reported as an error."""

import ast
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "assets" / "translations"
#: the visitor's words live here; the front desk (kiosk/views/desk) stays in English
#: (the services hold no tr: only the sentences a visitor can meet there are marked, with QT_TR_NOOP)
SOURCE_DIRS = ("kiosk/views", "kiosk/domain", "kiosk/printing", "kiosk/services")
EXCLUDED = ("kiosk/views/desk/",)
MARKERS = {"tr", "QT_TR_NOOP", "translate_noop"}
REVIEW_CONTEXT, REVIEW_SOURCE = "catalogue", "review status"
AWAITING = "awaiting review by a native speaker"


@dataclass
class Found:
    strings: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # text -> [(file, line)]
    errors: list[str] = field(default_factory=list)


def sources() -> list[Path]:
    files = []
    for folder in SOURCE_DIRS:
        target = ROOT / folder
        for path in [target] if target.is_file() else sorted(target.rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if not any(relative.startswith(excluded) for excluded in EXCLUDED):
                files.append(path)
    return files


def literal(node: ast.AST) -> str | None:
    """The string a node always holds: a literal (adjacent ones are already one) or a sum of them."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = literal(node.left), literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _marker_name(call: ast.Call) -> str | None:
    func = call.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
    return name if name in MARKERS else None


def _english_only(tree: ast.Module) -> bool:
    """A desk module: its ``tr`` is ``keep_english`` (the front desk stays in English)."""
    return any(isinstance(node, ast.ImportFrom) and any(a.name == "keep_english" and a.asname == "tr" for a in node.names)
               for node in tree.body)


def extract(files: list[Path] | None = None) -> Found:
    found = Found()
    for path in files or sources():
        relative = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), relative)
        if _english_only(tree):
            continue
        calls = [node for node in ast.walk(tree)
                 if isinstance(node, ast.Call) and _marker_name(node) and len(node.args) == 1]
        for node in sorted(calls, key=lambda call: (call.lineno, call.col_offset)):  # in reading order
            argument = node.args[0]
            text = literal(argument)
            if text is not None:
                found.strings.setdefault(text, []).append((relative, node.lineno))
            elif isinstance(argument, ast.JoinedStr):
                found.errors.append(f"{relative}:{node.lineno}: tr() of an f-string cannot be translated; "
                                    "use tr(\"… {name} …\").format(name=…)")
    return found


def read_catalogue(path: Path) -> dict[str, tuple[str, str | None]]:
    """source -> (translation, type) for the messages of the default context."""
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        if (context.findtext("name") or "") != "":
            continue
        for message in context.iter("message"):
            element = message.find("translation")
            text = element.text or "" if element is not None else ""
            messages[message.findtext("source")] = (text, element.get("type") if element is not None else None)
    return messages


def read_header(path: Path) -> str:
    """The comment at the top of a catalogue (who it is for, how the languages were chosen)."""
    text = path.read_text(encoding="utf-8")
    start, end = text.find("<!--"), text.find("-->")
    return text[start + 4:end].strip("\n") if 0 <= start < text.find("<TS") else ""


def review_status(path: Path) -> str | None:
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") == REVIEW_CONTEXT:
            for message in context.iter("message"):
                if message.findtext("source") == REVIEW_SOURCE:
                    return message.findtext("translation")
    return None


def write_catalogue(path: Path, found: Found) -> None:
    old = read_catalogue(path) if path.exists() else {}
    header = read_header(path) if path.exists() else ""
    status = (review_status(path) if path.exists() else None) or AWAITING
    root = ET.Element("TS", version="2.1", language=ET.parse(path).getroot().get("language", "") if path.exists() else "")
    review = ET.SubElement(ET.SubElement(root, "context"), "name")
    review.text = REVIEW_CONTEXT
    message = ET.SubElement(root[0], "message")
    ET.SubElement(message, "source").text = REVIEW_SOURCE
    ET.SubElement(message, "translation").text = status
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = ""
    for text, places in found.strings.items():
        _message(context, text, old.get(text), places)
    for text, (translation, _kind) in old.items():
        if text not in found.strings and translation:
            _message(context, text, (translation, "vanished"), [])  # kept for a string that may return
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    comment = f"<!--\n{header}\n-->\n" if header else ""
    path.write_text(f"<?xml version='1.0' encoding='utf-8'?>\n{comment}<!DOCTYPE TS>\n{body}\n", encoding="utf-8")


def _message(context: ET.Element, text: str, old: tuple[str, str | None] | None, places) -> None:
    message = ET.SubElement(context, "message")
    for file in dict.fromkeys(file for file, _line in places):  # no line numbers: they churn on every edit
        ET.SubElement(message, "location", filename=f"../../{file}")
    ET.SubElement(message, "source").text = text
    translation = ET.SubElement(message, "translation")
    if old and old[0]:
        translation.text = old[0]
        if old[1] in ("vanished", "obsolete"):
            translation.set("type", old[1])
    else:
        translation.set("type", "unfinished")


def main() -> int:
    found = extract()
    for error in found.errors:
        print(error, file=sys.stderr)
    for path in sorted(CATALOGUES.glob("kiosk_*.ts")):
        write_catalogue(path, found)
    print(f"{len(found.strings)} strings into {len(list(CATALOGUES.glob('kiosk_*.ts')))} catalogues")
    return 1 if found.errors else 0


if __name__ == "__main__":
    sys.exit(main())
