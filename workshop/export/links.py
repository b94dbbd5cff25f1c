"""Link annotations written as canvas.linkURL writes them, for a fraction of its work.

canvas.linkURL builds each link as two PDFDictionary objects, a PDFArray per box and its
border and a PDFString, and at save formats them through reportlab's general machinery
(names escaped, keys sorted, every number formatted on its own). A summary has hundreds
of links whose dictionaries differ only in the address and the box. `UriLink` holds
just those two and writes the very bytes linkURL's dictionary would.

reportlab's private parts used here, and only here: `canvas._absRect` (the box in page
space, as linkURL computes it) and `canvas._addAnnotation` (how linkURL adds it to the
document and the page). tests/export/test_links.py compares the bytes with linkURL's.
"""

from __future__ import annotations

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFObject, PDFString
from reportlab.pdfgen.canvas import Canvas


class UriLink(PDFObject):
    """A link annotation to a web address over a box of the page (in page space)."""

    def __init__(self, url: str, rect: tuple[float, float, float, float]) -> None:
        self.url = url
        self.rect = rect

    def dictionary(self) -> PDFDictionary:
        """The annotation as canvas.linkURL(url, rect, kind="URI") builds it."""
        ann = PDFDictionary()
        ann["Type"] = PDFName("Annot")
        ann["Subtype"] = PDFName("Link")
        ann["Rect"] = PDFArray(self.rect)
        action = PDFDictionary()
        action["Type"] = PDFName("Action")
        action["S"] = PDFName("URI")
        action["URI"] = PDFString(self.url)
        ann["A"] = action
        ann["Border"] = PDFArray([0, 0, 0])
        return ann

    def format(self, document: object) -> bytes:
        if rl_config.pdfMultiLine:  # laid out another way: let reportlab's dictionary do it
            return self.dictionary().format(document)
        # A dictionary's keys sorted, on one line (up to six entries); the address through
        # PDFString, which escapes and encrypts it as the document needs.
        url = PDFString(self.url).format(document)
        box = fp_str(*self.rect).encode("ascii")
        return (
            b"<<\n/A <<\n/S /URI /Type /Action /URI " + url + b"\n>> /Border [ 0 0 0 ] /Rect [ "
            + box + b" ] /Subtype /Link /Type /Annot\n>>"
        )  # fmt: skip


def link_uri(canvas: Canvas, url: str, rect: tuple[float, float, float, float]) -> None:
    """canvas.linkURL(url, rect, relative=1, kind="URI"): a borderless link over a box in
    the current coordinates."""
    canvas._addAnnotation(UriLink(url, tuple(canvas._absRect(rect, 1))))
