"""Printable card sheets: a deck as cards to cut out, fronts and backs that line up in duplex."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepInFrame, Paragraph, Spacer

from workshop.core.cards import Card, CardKind, Deck
from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.export.files import atomic_path
from workshop.export.fonts import BOLD, REGULAR, register_fonts
from workshop.export.qr import draw_qr, qr_matrix, qr_size
from workshop.export.text import PAPER, Address, Written, chunks, text
from workshop.export.wording import Wording

MARGIN = 12 * mm
PADDING = 6 * mm
CUT_MARK = 7 * mm
QR_WIDTH = 20 * mm
LAYOUTS = {4: (2, 2), 8: (2, 4)}
KIND_NAMES = {CardKind.DILEMMA: "Dilemma", CardKind.EXERCISE: "Exercise", CardKind.PROMPT: "Prompt"}
SOFT = colors.HexColor("#666666")


class _Styles:
    def __init__(self, scale: float) -> None:
        self.kind = ParagraphStyle("kind", fontName=REGULAR, fontSize=8, leading=10, textColor=SOFT)
        self.title = ParagraphStyle(
            "title", fontName=BOLD, fontSize=15 * scale, leading=18 * scale, spaceAfter=4
        )
        self.body = ParagraphStyle(
            "body", fontName=REGULAR, fontSize=10 * scale, leading=13 * scale, spaceAfter=3
        )
        self.option = ParagraphStyle(
            "option", parent=self.body, leftIndent=12, firstLineIndent=-12, spaceAfter=2
        )
        self.back = ParagraphStyle(
            "back", fontName=BOLD, fontSize=16 * scale, leading=20 * scale, alignment=1
        )
        self.url = ParagraphStyle("url", fontName=REGULAR, fontSize=7, leading=8.5)


def _front(card: Card, number: int, total: int, s: _Styles, t: Wording) -> list[Flowable]:
    parts: list[Flowable] = [
        Paragraph(f"{t(KIND_NAMES[card.kind])} · {number} / {total}", s.kind),
        Paragraph(text(card.title), s.title),
    ]
    parts += [Paragraph(text(piece), s.body) for piece in chunks(card.text)]
    for letter, option in card.lettered_options():
        parts.append(Paragraph(f"<b>{letter}</b>&nbsp;&nbsp;{text(option)}", s.option))
    if card.questions:
        parts.append(Spacer(1, 3))
        parts += [Paragraph(f"• {text(q)}", s.option) for q in card.questions]
    return parts + _practicalities(card, s, t)


def _practicalities(card: Card, s: _Styles, t: Wording) -> list[Flowable]:
    """What a room without a projector needs from an exercise (time, group size, what to
    hand in, the scale's stages) or a prompt (the board's columns)."""
    if card.kind is CardKind.EXERCISE:
        facts = [
            t("{n} minutes", n=card.minutes) if card.minutes else "",
            t("groups of {n}", n=card.group_size) if card.group_size else "",
        ]
        parts: list[Flowable] = []
        if any(facts):
            parts.append(Paragraph(text(" · ".join(f for f in facts if f)), s.body))
        if card.output:
            parts.append(Paragraph(f"<b>{text(t('Hand in:'))}</b> {text(card.output)}", s.body))
        if card.stages:
            parts.append(Paragraph(f"<b>{text(t('Stages:'))}</b>", s.body))
            parts += [
                Paragraph(f"{n}.&nbsp;&nbsp;{text(stage)}", s.option)
                for n, stage in enumerate(card.stages, start=1)
            ]
        return [Spacer(1, 3), *parts] if parts else []
    if card.kind is CardKind.PROMPT and card.stages:
        return [
            Spacer(1, 3),
            Paragraph(f"<b>{text(t('Columns:'))}</b>", s.body),
            *(Paragraph(f"• {text(column)}", s.option) for column in card.stages),
        ]
    return []


class _Sheet:
    """Places cards in a grid; page by page, fronts then their backs."""

    def __init__(
        self, canvas: Canvas, paper: tuple[float, float], per_page: int, t: Wording
    ) -> None:
        self.canvas = canvas
        self.t = t
        self.width, self.height = paper
        self.cols, self.rows = LAYOUTS[per_page]
        self.cell_w = (self.width - 2 * MARGIN) / self.cols
        self.cell_h = (self.height - 2 * MARGIN) / self.rows
        self.styles = _Styles(1.0 if per_page == 4 else 0.85)
        self.qr_links: list[str] = []

    def origin(self, slot: int, back: bool) -> tuple[float, float]:
        """Lower-left corner of a slot; backs mirror the columns, for flipping on the long edge."""
        col, row = slot % self.cols, slot // self.cols
        if back:
            col = self.cols - 1 - col
        return MARGIN + col * self.cell_w, self.height - MARGIN - (row + 1) * self.cell_h

    def cut_marks(self) -> None:
        c = self.canvas
        c.saveState()
        c.setLineWidth(0.4)
        c.setStrokeColor(colors.black)
        for i in range(self.cols + 1):
            x = MARGIN + i * self.cell_w
            c.line(x, self.height - MARGIN + 2 * mm, x, self.height - MARGIN + 2 * mm + CUT_MARK)
            c.line(x, MARGIN - 2 * mm, x, MARGIN - 2 * mm - CUT_MARK)
        for j in range(self.rows + 1):
            y = MARGIN + j * self.cell_h
            c.line(MARGIN - 2 * mm, y, MARGIN - 2 * mm - CUT_MARK, y)
            c.line(self.width - MARGIN + 2 * mm, y, self.width - MARGIN + 2 * mm + CUT_MARK, y)
        c.restoreState()

    def front(self, slot: int, card: Card, number: int, total: int) -> None:
        x, y = self.origin(slot, back=False)
        reserve = 0.0
        size = 0.0
        if card.links:
            size = qr_size(qr_matrix(card.links[0].url), QR_WIDTH)
            reserve = size + 3 * mm
        width, height = self.cell_w - 2 * PADDING, self.cell_h - 2 * PADDING - reserve
        # Shrinking keeps a long card whole on its card instead of cutting it.
        body = KeepInFrame(0, 0, _front(card, number, total, self.styles, self.t), mode="shrink")
        frame = Frame(
            x + PADDING,
            y + PADDING + reserve,
            width,
            height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        frame.addFromList([body], self.canvas)
        if card.links:
            # The link's words are never larger than the card's body, however far it shrank
            # (read after the body is set: its frame decides the final scale).
            body_size = self.styles.body.fontSize / max(getattr(body, "_scale", 1.0), 1.0)
            self._link(card, x, y, size, min(self.styles.url.fontSize, body_size))

    def _link(self, card: Card, x: float, y: float, size: float, font_size: float) -> None:
        """The card's first link: its QR code in the corner, its label and address beside it."""
        url = card.links[0].url
        draw_qr(self.canvas, qr_matrix(url), x + self.cell_w - PADDING - size, y + PADDING, size)
        self.qr_links.append(url)
        style = ParagraphStyle(
            "url", parent=self.styles.url, fontSize=font_size, leading=font_size * 1.2
        )
        label = [Paragraph(text(card.links[0].label), style), Address(url, style)]
        Frame(
            x + PADDING,
            y + PADDING,
            self.cell_w - 2 * PADDING - size - 3 * mm,
            size,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        ).addFromList([KeepInFrame(0, 0, label, mode="shrink")], self.canvas)

    def back(self, slot: int, deck: Deck, number: int) -> None:
        x, y = self.origin(slot, back=True)
        self.canvas.saveState()
        self.canvas.setStrokeColor(SOFT)
        self.canvas.setLineWidth(0.6)
        self.canvas.roundRect(
            x + PADDING, y + PADDING, self.cell_w - 2 * PADDING, self.cell_h - 2 * PADDING, 4 * mm
        )
        self.canvas.restoreState()
        words = Paragraph(
            f"{text(deck.title)}<br/><font size='10'>{number}</font>", self.styles.back
        )
        _, height = words.wrap(self.cell_w - 4 * PADDING, self.cell_h)
        words.drawOn(self.canvas, x + 2 * PADDING, y + (self.cell_h - height) / 2)


def write_card_sheets(
    deck: Deck,
    target: Path,
    per_page: int = 4,
    paper: str = "a4",
    progress: Callable[[int], None] | None = None,
) -> Written:
    """Write the deck as cards to cut out: each page of fronts is followed by its backs."""
    if per_page not in LAYOUTS:
        raise WorkshopError(
            QT_TRANSLATE_NOOP("Messages", "Cards are printed 4 or 8 to a page, not {n}."),
            n=per_page,
        )
    if not deck.cards:
        raise WorkshopError(
            QT_TRANSLATE_NOOP("Messages", "The deck “{title}” has no cards to print."),
            title=deck.title,
        )
    register_fonts()
    target = Path(target)
    with atomic_path(target) as temp:
        wording = Wording(deck.language)
        canvas = Canvas(str(temp), pagesize=PAPER[paper], pageCompression=1, lang=wording.language)
        canvas.setTitle(f"{deck.title}: cards")
        canvas.setAuthor(deck.author or "Workshop")
        canvas.setSubject("Printable cards")
        canvas.setCreator("Workshop")
        sheet = _Sheet(canvas, PAPER[paper], per_page, wording)
        total = len(deck.cards)
        pages = 0
        for start in range(0, total, per_page):
            batch = list(enumerate(deck.cards[start : start + per_page], start=start + 1))
            for side in ("front", "back"):
                sheet.cut_marks()
                for slot, (number, card) in enumerate(batch):
                    if side == "front":
                        sheet.front(slot, card, number, total)
                    else:
                        sheet.back(slot, deck, number)
                canvas.showPage()
                pages += 1
                if progress is not None:
                    progress(pages)
        canvas.save()
    return Written(target, pages, sheet.qr_links)
