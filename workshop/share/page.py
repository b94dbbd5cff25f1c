"""The share's phone page: the summary outline (core/outline.py) as escaped, mobile HTML."""

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
    HighlightItem,
    LinkItem,
    ParticipantItem,
    RoundItem,
    Section,
    SectionKind,
    ShowcaseItem,
    TipItem,
    summary_outline,
)
from workshop.core.session import Session
from workshop.export.wording import Wording

STYLE = (
    "body{font:17px/1.45 system-ui,sans-serif;margin:0 auto;max-width:40em;padding:1em;"
    "color:#1a1a1a;background:#fff}h1{font-size:1.6em;margin:.2em 0}"
    "h2{font-size:1.25em;margin:1.6em 0 .4em;border-bottom:2px solid #ddd}"
    "h3{font-size:1.05em;margin:1.2em 0 .3em}.meta,.small{color:#555}.small{font-size:.9em}"
    "a{color:#0645ad;overflow-wrap:anywhere}ul{padding-left:1.2em}"
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
    place = " · ".join(_t(v) for v in (t.day(cover.date), cover.venue, cover.organisation) if v)
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
    parts += _paragraphs(cover.introduction)
    if cover.follow_up_url:
        parts.append(f"<p>{t('Follow up: {link}', link=_link(cover.follow_up_url))}</p>")
    return parts


def _highlight(item: HighlightItem, t: Wording) -> list[str]:
    parts = [f"<h3>{_t(item.title)}</h3>", *_paragraphs(item.introduction)]
    if item.url:
        parts.append(f"<p>{t('Follow this up: {link}', link=_link(item.url))}</p>")
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
            f"<p>{t('Read more: {label}', label=_link(card_link.url, card_link.label))}</p>"
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
    return [f"<h3>{_t(column.title)}</h3>", f"<ul>{''.join(items)}</ul>"]


def _showcase(item: ShowcaseItem) -> str:
    who = f" ({_t(item.presenter)})" if item.presenter else ""
    link = f" — {_link(item.url)}" if item.url else ""
    return f"<li><b>{_t(item.work)}</b>{who}{link}</li>"


def _follow_up_link(item: LinkItem, t: Wording) -> str:
    label = (
        t("This session's follow-up page")
        if item.follow_up
        else f"{item.label} ({item.card_title})"
    )
    return f"<li><b>{_t(label)}</b>: {_link(item.url)}</li>"


def _participant(item: ParticipantItem) -> str:
    return f"<li>{_t(item.name + (f' ({item.organisation})' if item.organisation else ''))}</li>"


def _section(section: Section, t: Wording) -> list[str]:
    """A section's heading and lead line, then its items: blocks, or one list."""
    parts = [f"<h2>{t(section.heading_key)}</h2>"]
    if section.lead:
        parts.append(f"<p><i>{_t(section.lead)}</i></p>")
    if section.kind is SectionKind.BOARD:
        parts.append(f'<p class="small">{t("★ marks a highlight; +n is the number of votes.")}</p>')
    listed: list[str] = []
    for item in section.items:
        match item:
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
    return parts


def share_page(
    session: Session, pdf_name: str, pdf_size: int, edition: Edition = Edition.ABSENTEE
) -> bytes:
    """The page phones open: every user text escaped; the absentee edition names no one."""
    outline = summary_outline(session, Edition(edition))
    t = Wording(outline.language)
    shared = t(
        "Shared from the facilitator's laptop with Workshop, only while the session's room "
        "share is on."
    )
    body = _cover(outline.cover, pdf_name, pdf_size, t)
    for section in outline.sections:
        body += _section(section, t)
    body.append(f'<p class="small">{_t(shared)}</p>')
    page = (
        f'<!DOCTYPE html>\n<html lang="{t.language}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{_t(outline.title)}</title><style>{STYLE}</style></head>\n<body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )
    return page.encode("utf-8")
