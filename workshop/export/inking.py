"""Words encoded for a PDF's text operators once per document, font and word.

reportlab encodes every drawn string character by character (`TTFont.splitString`: each
character's code in the document's font subset, assigned on first use) and escapes it for
the page. A summary draws the same few thousand words a hundred thousand times, so a word's
escaped codes are kept per document and font and a line is joined from them. Words are
encoded in drawing order, each the first time it is drawn, so every character gets the very
code it got when whole lines were encoded: the pages' bytes are the same.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary, ref

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfdoc import PDF_SUPPORT_VERSION, PDFDocument
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

Chunk = tuple[int, str]  # a font subset and escaped codes in it


class Encoded:
    """One document's encoded words in one font: those all in its first subset (nearly
    every word of a Latin text) as escaped strings, the others as their chunks."""

    __slots__ = ("doc", "first", "font", "names", "other")

    def __init__(self, font_name: str, doc: PDFDocument) -> None:
        self.font = getFont(font_name)
        # Weakly: the document keys the table of these, which must not keep it alive.
        self.doc = ref(doc)
        # An empty piece has no codes. A space has its code from the start (reportlab
        # reserves it), so encoding it first changes no other character's code.
        self.first: dict[str, str] = {"": ""}
        self.other: dict[str, list[Chunk]] = {}
        self.names: dict[int, str] = {}  # a subset's PDF name, once reportlab has named it
        self.chunks(" ")

    def chunks(self, word: str) -> list[Chunk]:
        """A word's codes by subset, encoding it now if it has not been drawn before."""
        found = self.first.get(word)
        if found is not None:
            return [(0, found)] if found else []
        chunks = self.other.get(word)
        if chunks is None:
            chunks = [(s, escapePDF(b)) for s, b in self.font.splitString(word, self.doc())]
            if len(chunks) == 1 and chunks[0][0] == 0:
                self.first[word] = chunks[0][1]
            else:
                self.other[word] = chunks
        return chunks

    def subset_name(self, subset: int) -> str:
        """The PDF name of one of the font's subsets in this document."""
        name = self.names.get(subset)
        if name is None:  # the first time names the font in the document: reportlab's own
            name = self.names[subset] = self.font.getSubsetInternalName(subset, self.doc())
        return name

    def plain_space(self) -> bool:
        """True when a space is itself in the first subset, so words of that subset can be
        joined by spaces without encoding the line again."""
        return self.chunks(" ") == [(0, " ")]


_DOCUMENTS: WeakKeyDictionary[PDFDocument, dict[str, Encoded]] = WeakKeyDictionary()


def encoded(doc: PDFDocument, font_name: str) -> Encoded:
    """The encoded words of a document in a font (kept as long as the document lives: the
    subsets' codes belong to it)."""
    fonts = _DOCUMENTS.get(doc)
    if fonts is None:
        fonts = _DOCUMENTS[doc] = {}
    found = fonts.get(font_name)
    if found is None:
        found = fonts[font_name] = Encoded(font_name, doc)
    return found


def encode_all(enc: Encoded, texts: list[str]) -> list[list]:
    """Texts drawn one after another as [subset, escaped parts] runs, a subset's merged,
    encoding those not drawn before in order (as reportlab encodes a whole line)."""
    out: list[list] = []
    first = enc.first
    for t in texts:
        found = first.get(t)
        if found is None:
            for subset, codes in enc.chunks(t):
                if out and out[-1][0] == subset:
                    out[-1][1].append(codes)
                else:
                    out.append([subset, [codes]])
        elif found:
            if out and out[-1][0] == 0:
                out[-1][1].append(found)
            else:
                out.append([0, [found]])
    return out


class _Operators:
    """What ExtGState.set writes a text object's graphics state into: its operators."""

    __slots__ = ("_code",)

    def __init__(self, code: list[str]) -> None:
        self._code = code


_TRANSPARENCY = PDF_SUPPORT_VERSION["transparency"]
# A colour's fill operator, by the colour (held, so its id is not reused).
_FILLS: dict[int, tuple[Color, str]] = {}


def fill_colour(canvas: Canvas, code: list[str], color: Color) -> None:
    """Set a text object's fill colour into its operators as PDFTextObject.setFillColor
    does (the same operator, the same transparency bookkeeping), the operator made once
    per colour."""
    if type(color) is not Color or getattr(canvas, "_enforceColorSpace", None):
        ink = PDFTextObject(canvas)
        ink._code = code
        ink.setFillColor(color)
        return
    found = _FILLS.get(id(color))
    if found is None or found[0] is not color:
        if len(_FILLS) > 1000:
            _FILLS.clear()
        found = _FILLS[id(color)] = (color, f"{fp_str(color.red, color.green, color.blue)} rg")
    code.append(found[1])
    alpha = color.alpha
    if alpha is not None:  # as setFillAlpha: the document's version, then the state's alpha
        if not (isinstance(alpha, (float, int)) and 0 <= alpha <= 1):
            raise ValueError(f"setFillAlpha invalid value {alpha!r}")
        doc = canvas._doc
        doc._pdfVersion = max(doc._pdfVersion, _TRANSPARENCY)  # ensureMinPdfVersion
        state = canvas._extgstate
        if alpha != state.getValue("ca"):  # ExtGState.set writes only a changed value
            state.set(_Operators(code), "ca", alpha)


def draw_string(canvas: Canvas, x: float, y: float, text: str) -> None:
    """canvas.drawString(x, y, text) for a short ASCII text in a TrueType font, written as
    drawString writes it (a text object: its origin, the font with its leading, the text,
    T*), the text's codes remembered; anything else goes through drawString itself."""
    font_name = canvas._fontname
    if not (text and text.isascii() and getFont(font_name)._dynamicFont):
        canvas.drawString(x, y, text)
        return
    enc = encoded(canvas._doc, font_name)
    matrix = "1 0 0 1" if canvas.bottomup else "1 0 0 -1"
    code = ["BT", f"{matrix} {fp_str(x, y)} Tm"]
    font_and_leading = f"{fp_str(canvas._fontsize)} Tf {fp_str(canvas._leading)} TL"
    for subset, parts in encode_all(enc, [text]):
        code.append(f"{enc.subset_name(subset)} {font_and_leading}")
        code.append(f"({''.join(parts)}) Tj")
    code += ("T*", "ET")
    canvas._code.append(" ".join(code))
