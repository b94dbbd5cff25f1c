"""The phone page: the summary outline (core/outline.py) as escaped, mobile HTML.

"At a glance" first and open, a table of contents, every other section folded in a
<details> (no script at all), long words wrapped. The room share serves it; `session
publish` writes it as index.html beside the PDF."""

from __future__ import annotations

import base64
import hashlib
from html import escape

from workshop.core.cards import is_web_address
from workshop.core.outline import (
    ClusterItem,
    ColumnItem,
    Cover,
    Edition,
    ExerciseItem,
    GlanceItem,
    HighlightItem,
    LinkItem,
    ParticipantItem,
    RoundItem,
    Section,
    SectionKind,
    ShowcaseItem,
    TipItem,
    readable_address,
    summary_outline,
)
from workshop.core.session import Session
from workshop.export.wording import Wording, glance_facts

STYLE = (
    "body{font:17px/1.45 system-ui,sans-serif;margin:0 auto;max-width:40em;padding:1em;"
    "color:#1a1a1a;background:#fff;overflow-wrap:anywhere}h1{font-size:1.6em;margin:.2em 0}"
    "h2{font-size:1.25em;margin:0;display:inline}"
    "details{border-top:2px solid #ddd;padding:.5em 0}summary{cursor:pointer;padding:.3em 0}"
    "nav ol{padding-left:1.4em;margin:.3em 0}nav li{margin:.25em 0}"
    "h3{font-size:1.05em;margin:1.2em 0 .3em}.meta,.small{color:#555}.small{font-size:.9em}"
    "a{color:#0645ad}ul{padding-left:1.2em}"
    ".pdf{display:block;margin:1em 0;padding:.8em 1em;border-radius:.5em;background:#0b5394;"
    "color:#fff;text-decoration:none;font-weight:bold;text-align:center}"
    "@media (prefers-color-scheme:dark){body{color:#eee;background:#111}a{color:#8ab4f8}"
    ".meta,.small{color:#aaa}}"
)
_STYLE_HASH = base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()
# Nothing may load or run: the one inline style is allowed by its hash, nothing else at all.
CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; style-src 'sha256-{_STYLE_HASH}'; img-src 'none'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
# The same policy in the page's own head, so a published copy keeps it wherever it is served
# (frame-ancestors is left out: browsers ignore it, with a warning, in a <meta>).
PAGE_POLICY = CONTENT_SECURITY_POLICY.removesuffix("; frame-ancestors 'none'")


def _t(value: object) -> str:
    return escape(str(value), quote=True)


def _link(url: str, label: str = "") -> str:
    """An anchor for a web address; anything else stays words, so no script can ride in."""
    if not is_web_address(url):
        return _t(label or url)
    return f'<a href="{_t(url)}" rel="noreferrer noopener">{_t(label or url)}</a>'


def _paragraphs(text: str) -> list[str]:
    return [f"<p>{_t(part.strip())}</p>" for part in text.split("\n\n") if part.strip()]


def _cover(cover: Cover, pdf_name: str, pdf_size: int, t: Wording) -> list[str]:
    """Title and facts, and the big download button; the introduction is "At a glance"'s."""
    place = " · ".join(_t(v) for v in (cover.date, cover.venue, cover.organisation) if v)
    n = cover.participant_count
    who = [
        t("Facilitated by {names}", names=_t(cover.facilitators)) if cover.facilitators else "",
        t.count(n, "{n} participant", "{n} participants") if n else "",
    ]
    deck = t("Cards: {deck}", deck=_t(cover.deck_title)) if cover.deck_title else ""
    parts = [f"<h1>{_t(cover.title)}</h1>"]
    parts += [f'<p class="meta">{line}</p>' for line in (place, " · ".join(filter(None, who)),
              deck) if line]  # fmt: skip
    kilobytes = max(1, round(pdf_size / 1024))
    download = t("Download the summary (PDF, {kb} kB)", kb=kilobytes)
    parts.append(f'<a class="pdf" href="{_t(pdf_name)}" download>{download}</a>')
    return parts


def _short_link(url: str, label: str = "") -> str:
    """A link written as its short readable address (the href keeps the whole address)."""
    return _link(url, label or readable_address(url))


def _glance(item: GlanceItem, t: Wording) -> list[str]:
    """The first section: what the day was, highlights, the best tips, what happens next."""
    parts = _paragraphs(item.introduction)
    facts = glance_facts(t, item)
    if facts:
        parts.append(f'<p class="meta">{_t(facts)}</p>')
    if item.highlights:
        parts.append(f"<h3>{t('Highlights')}</h3>")
        parts += [line for h in item.highlights for line in _highlight(h, t)]
    if item.top_tips:
        parts.append(f"<h3>{t('The tips with the most votes')}</h3>")
        tops = [
            f"<li><b>+{top.tip.votes}</b> {_t(top.tip.text)} "
            f'<span class="small">({_t(top.column)})</span></li>'
            for top in item.top_tips
        ]
        parts.append(f"<ol>{''.join(tops)}</ol>")
    if item.follow_up_url:
        parts.append(f"<h3>{t('What happens next')}</h3>")
        link = _short_link(item.follow_up_url)
        parts.append(f"<p>{t('The slides, links and what comes next: {link}', link=link)}</p>")
    return parts


def _highlight(item: HighlightItem, t: Wording) -> list[str]:
    parts = [f"<p><b>{_t(item.title)}</b></p>", *_paragraphs(item.introduction)]
    if item.url:
        parts.append(f"<p>{t('Follow this up: {link}', link=_short_link(item.url))}</p>")
    return parts


def _round(item: RoundItem, t: Wording) -> list[str]:
    mark = t(" — highlight") if item.highlight else ""
    parts = [f"<h3>{item.round_index + 1}. {_t(item.title)}{mark}</h3>"]
    parts += _paragraphs(item.text)
    options = [
        f"<li><b>{_t(o.letter)}</b> {_t(o.text)}{t.chosen(o.count, item.plenary)}</li>"
        for o in item.options
    ]
    if options:
        parts.append(f"<ul>{''.join(options)}</ul>")
    answers = [
        "<li>"
        + t(
            "Group {group}: {rest}",
            group=a.group,
            rest=f"<b>{_t(a.option)}</b>" + (f" — {_t(a.reason)}" if a.reason else ""),
        )
        + "</li>"
        for a in item.answers
    ]
    if answers:
        parts.append(f'<ul class="small">{"".join(answers)}</ul>')
    if not item.recorded:
        parts.append(f'<p class="small">{t("No choices were recorded for this card.")}</p>')
    for card_link in item.links:
        parts.append(
            f"<p>{t('Read more: {label}', label=_link(card_link.url, card_link.label))} "
            f'<span class="small">{_t(readable_address(card_link.url))}</span></p>'
        )
    return parts


def _exercise(item: ExerciseItem, t: Wording) -> list[str]:
    parts = [f"<h3>{_t(item.title)}</h3>", *_paragraphs(item.text)]
    for stage in item.stages:
        here = ", ".join(t("group {group}", group=_t(g)) for g in stage.groups) or "—"
        parts.append(f"<p><b>{stage.number}. {_t(stage.name)}</b>: {here}</p>")
    outputs = []
    for output in item.outputs:
        placed = f"<i>{_t(output.stage)}</i> — " if output.stage else ""
        rest = f"{placed}{_t(output.text) or '—'}"
        outputs.append(f"<li>{t('Group {group}: {rest}', group=_t(output.group), rest=rest)}</li>")
    if outputs:
        parts.append(f"<ul>{''.join(outputs)}</ul>")
    else:
        parts.append(f'<p class="small">{t("No outputs were recorded for this exercise.")}</p>')
    return parts


def _tip(tip: TipItem, t: Wording) -> str:
    marks = ("★ " if tip.highlight else "") + (f"+{tip.votes} " if tip.votes else "")
    extra = []
    if tip.group:
        extra.append(t("group {group}", group=tip.group))
    if tip.author:
        extra.append(_t(tip.author))
    if tip.source:
        extra.append(t("from {source}", source=_t(tip.source)))
    tail = f' <span class="small">({", ".join(extra)})</span>' if extra else ""
    return f"<li>{marks}{_t(tip.text)}{tail}</li>"


def _column(column: ColumnItem, t: Wording) -> list[str]:
    items = []
    for entry in column.entries:
        if isinstance(entry, ClusterItem):
            tips = "".join(_tip(tip, t) for tip in entry.tips)
            items.append(f"<li><b>{_t(entry.title)}</b><ul>{tips}</ul></li>")
        else:
            items.append(_tip(entry, t))
    parts = [f"<h3>{_t(column.title)}</h3>", f"<ul>{''.join(items)}</ul>"]
    if column.more:
        more = t.count(column.more, "… and {n} more tip in the appendix",
                       "… and {n} more tips in the appendix")  # fmt: skip
        parts.append(f'<p class="small"><i>{_t(more)}</i></p>')
    return parts


def _showcase(item: ShowcaseItem) -> str:
    who = f" ({_t(item.presenter)})" if item.presenter else ""
    link = f" — {_short_link(item.url)}" if item.url else ""
    return f"<li><b>{_t(item.work)}</b>{who}{link}</li>"


def _follow_up_link(item: LinkItem, t: Wording) -> str:
    label = (
        t("This session's follow-up page")
        if item.follow_up
        else f"{item.label} ({item.card_title})"
    )
    return f"<li><b>{_t(label)}</b>: {_short_link(item.url)}</li>"


def _participant(item: ParticipantItem) -> str:
    return f"<li>{_t(item.name + (f' ({item.organisation})' if item.organisation else ''))}</li>"


def _section(section: Section, t: Wording) -> list[str]:
    """A section folded in <details> (open for "At a glance"): heading, lead line, items."""
    opened = " open" if section.kind is SectionKind.GLANCE else ""
    parts = [
        f'<details id="{section.kind.value}"{opened}>',
        f"<summary><h2>{t(section.heading_key)}</h2></summary>",
    ]
    if section.lead:
        parts.append(f"<p><i>{_t(section.lead)}</i></p>")
    if section.kind in (SectionKind.BOARD, SectionKind.APPENDIX):
        words = t("Most votes first. ★ marks a highlight; +n is the number of votes.")
        parts.append(f'<p class="small">{words}</p>')
    listed: list[str] = []
    for item in section.items:
        match item:
            case GlanceItem():
                parts += _glance(item, t)
            case HighlightItem():
                parts += _highlight(item, t)
            case RoundItem():
                parts += _round(item, t)
            case ExerciseItem():
                parts += _exercise(item, t)
            case ColumnItem():
                parts += _column(item, t)
            case ShowcaseItem():
                listed.append(_showcase(item))
            case LinkItem():
                listed.append(_follow_up_link(item, t))
            case ParticipantItem():
                listed.append(_participant(item))
    if listed:
        parts.append(f"<ul>{''.join(listed)}</ul>")
    parts.append("</details>")
    return parts


def _contents(sections: tuple[Section, ...], t: Wording) -> list[str]:
    """The table of contents: one line per section, each a link to its folded section."""
    lines = [f'<li><a href="#{s.kind.value}">{t(s.heading_key)}</a></li>' for s in sections]
    return [f"<nav><p><b>{t('Contents')}</b></p><ol>{''.join(lines)}</ol></nav>"]


def share_page(
    session: Session,
    pdf_name: str,
    pdf_size: int,
    edition: Edition = Edition.ABSENTEE,
    published: bool = False,
) -> bytes:
    """The page phones open: every user text escaped; the absentee edition names no one.

    `published` is for the folder `session publish` writes: its footer says so, not the room."""
    outline = summary_outline(session, Edition(edition))
    t = Wording(outline.language)
    shared = (
        t("Published with Workshop.")
        if published
        else t(
            "Shared from the facilitator's laptop with Workshop, only while the session's room "
            "share is on."
        )
    )
    body = _cover(outline.cover, pdf_name, pdf_size, t)
    body += _contents(outline.sections, t)
    for section in outline.sections:
        body += _section(section, t)
    body.append(f'<p class="small">{_t(shared)}</p>')
    page = (
        f'<!DOCTYPE html>\n<html lang="{t.language}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f'<meta http-equiv="Content-Security-Policy" content="{PAGE_POLICY}">'
        f"<title>{_t(outline.title)}</title><style>{STYLE}</style></head>\n<body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )
    return page.encode("utf-8")
