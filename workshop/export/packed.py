"""A reportlab canvas that encodes each page's content stream when the page ends.

reportlab keeps every finished page's drawing operators as one raw string until
`canvas.save`, and only then compresses them all, so a long document's peak memory holds
every page's raw text beside the compressed output. Encoding a page as soon as it is
closed keeps only its compressed bytes (about a third of the raw text) and writes the very
same file: the same filters, in the same order, applied to the same text."""

from __future__ import annotations

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas


class PackedCanvas(Canvas):
    """A Canvas whose finished pages hold their content stream already encoded."""

    def showPage(self) -> None:
        super().showPage()
        page = self._doc.Pages.pages[-1]
        stream = page.stream
        # Only what reportlab would encode itself: a page with a compressed stream set the
        # default way (not an overridden or explicitly set Contents).
        if not stream or page.Contents or not page.compression or page.Override_default_compilation:
            return
        filters = (
            [pdfdoc.PDFBase85Encode, pdfdoc.PDFZCompress]
            if rl_config.useA85
            else [pdfdoc.PDFZCompress]
        )
        content = stream
        for f in reversed(filters):  # reportlab applies them last first, as PDFStream does
            content = f.encode(content)
        dictionary = pdfdoc.PDFDictionary()
        # A stream whose dictionary names its Filter is written as it is, not encoded again.
        dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName(f.pdfname) for f in filters])
        packed = pdfdoc.PDFStream(dictionary, content)
        packed.__Comment__ = "page stream"
        page.Contents = packed
        page.stream = None
