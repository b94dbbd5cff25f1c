"""The share's phone page: the summary's content as escaped, mobile-friendly HTML."""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from html import escape

from workshop.core.agenda import Kind
from workshop.core.cards import is_web_address
from workshop.core.session import Session
from workshop.export.summary import Edition
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


def _cover(session: Session, pdf_name: str, pdf_size: int, t: Wording) -> list[str]:
    place = " · ".join(_t(v) for v in (session.date, session.venue, session.organisation) if v)
    facilitators = _t(session.facilitators)
    who = [t("Facilitated by {names}", names=facilitators) if session.facilitators else ""]
    n = session.participant_count
    who.append(t.count(n, "{n} participant", "{n} participants") if n else "")
    parts = [f"<h1>{_t(session.title)}</h1>"]
    parts += [f'<p class="meta">{line}</p>' for line in (place, " · ".join(filter(None, who)))
              if line]  # fmt: skip
    kilobytes = max(1, round(pdf_size / 1024))
    download = t("Download the summary (PDF, {kb} kB)", kb=kilobytes)
    parts.append(f'<a class="pdf" href="{_t(pdf_name)}" download>{download}</a>')
    parts += _paragraphs(session.introduction)
    if session.follow_up_url:
        parts.append(f"<p>{t('Follow up: {link}', link=_link(session.follow_up_url))}</p>")
    return parts


def _highlights(session: Session, t: Wording) -> list[str]:
    if not session.highlights:
        return []
    parts = [f"<h2>{t('For people who were not here')}</h2>"]
    for index in sorted(session.highlights):
        card = session.rounds[index]
        parts.append(f"<h3>{_t(card.title)}</h3>")
        parts += _paragraphs(session.highlights[index].introduction or card.text)
        url = session.highlight_link(index)
        if url:
            parts.append(f"<p>{t('Follow this up: {link}', link=_link(url))}</p>")
    return parts


def _rounds(session: Session, t: Wording) -> list[str]:
    if not session.rounds:
        return []
    parts = [f"<h2>{t('The dilemmas')}</h2>"]
    for index, card in enumerate(session.rounds):
        choices = session.choices_for(index)
        counts = Counter(c.option for c in choices)
        parts.append(f"<h3>{index + 1}. {_t(card.title)}</h3>")
        parts += _paragraphs(card.text)
        items = []
        for letter, option in card.lettered_options():
            n = counts.get(letter, 0)
            chosen = t.count(n, " — chosen by {n} group", " — chosen by {n} groups") if n else ""
            items.append(f"<li><b>{_t(letter)}</b> {_t(option)}{chosen}</li>")
        if items:
            parts.append(f"<ul>{''.join(items)}</ul>")
        reasons = [
            "<li>"
            + t(
                "Group {group}: {rest}",
                group=c.group,
                rest=f"<b>{_t(c.option)}</b>" + (f" — {_t(c.reason)}" if c.reason else ""),
            )
            + "</li>"
            for c in choices
        ]
        if reasons:
            parts.append(f'<ul class="small">{"".join(reasons)}</ul>')
        for card_link in card.links:
            parts.append(
                f"<p>{t('Read more: {label}', label=_link(card_link.url, card_link.label))}</p>"
            )
    return parts


def _exercises(session: Session, t: Wording) -> list[str]:
    if not session.exercises:
        return []
    labels = {g.number: g.label() for g in session.forming.groups}
    parts = [f"<h2>{t('Group exercises')}</h2>"]
    for index, card in enumerate(session.exercises):
        parts.append(f"<h3>{_t(card.title)}</h3>")
        parts += _paragraphs(card.text)
        outputs = session.outputs_of(index)
        items = []
        for output in outputs:
            stage = (
                f"<i>{_t(card.stages[output.stage])}</i> — "
                if output.stage is not None and output.stage < len(card.stages)
                else ""
            )
            label = _t(labels.get(output.group, str(output.group)))
            rest = f"{stage}{_t(output.text) or '—'}"
            items.append(f"<li>{t('Group {group}: {rest}', group=label, rest=rest)}</li>")
        if items:
            parts.append(f"<ul>{''.join(items)}</ul>")
    return parts


def _board(session: Session, edition: Edition, t: Wording) -> list[str]:
    board = session.board
    columns = [c for c in board.live_columns() if any(not t.hidden for t in board.live_tips(c.id))]
    if not columns:
        return []
    parts = [f"<h2>{t('Tips and tricks')}</h2>"]
    if board.question:
        parts.append(f"<p><i>{_t(board.question)}</i></p>")
    for column in columns:
        parts.append(f"<h3>{_t(column.title)}</h3>")
        items = []
        for tip in board.live_tips(column.id):
            if tip.hidden:
                continue
            marks = ("★ " if tip.highlight else "") + (f"+{tip.votes} " if tip.votes else "")
            cluster = board.clusters.get(tip.cluster) if tip.cluster else None
            prefix = f"{_t(cluster.title)}: " if cluster else ""
            author = (
                f' <span class="small">({_t(tip.author)})</span>'
                if tip.author and edition is Edition.PARTICIPANTS
                else ""
            )
            items.append(f"<li>{marks}{prefix}{_t(tip.text)}{author}</li>")
        parts.append(f"<ul>{''.join(items)}</ul>")
    return parts


def _showcase(session: Session, edition: Edition, t: Wording) -> list[str]:
    shows = [i for i in session.agenda.items if i.kind is Kind.SHOWCASE and i.presenters]
    if not shows:
        return []
    parts = [f"<h2>{t('Showcase')}</h2>", "<ul>"]
    for item in shows:
        for presenter in item.presenters:
            who = (
                f" ({_t(presenter.name)})"
                if presenter.name and edition is Edition.PARTICIPANTS
                else ""
            )
            work = _t(presenter.work or item.title)
            link = f" — {_link(presenter.url)}" if presenter.url else ""
            parts.append(f"<li><b>{work}</b>{who}{link}</li>")
    parts.append("</ul>")
    return parts


def _participants(session: Session, edition: Edition, t: Wording) -> list[str]:
    if edition is not Edition.PARTICIPANTS or not session.participants:
        return []
    names = [
        _t(p.name + (f" ({p.organisation})" if p.organisation else ""))
        for p in session.participants
    ]
    items = "".join(f"<li>{n}</li>" for n in names)
    return [f"<h2>{t('Who took part')}</h2>", f"<ul>{items}</ul>"]


def share_page(
    session: Session, pdf_name: str, pdf_size: int, edition: Edition = Edition.ABSENTEE
) -> bytes:
    """The page phones open: every user text escaped; the absentee edition names no one."""
    edition = Edition(edition)
    t = Wording(session.language)
    shared = t(
        "Shared from the facilitator's laptop with Workshop, only while the session's room "
        "share is on."
    )
    body = [
        *_cover(session, pdf_name, pdf_size, t),
        *_highlights(session, t),
        *_rounds(session, t),
        *_exercises(session, t),
        *_board(session, edition, t),
        *_showcase(session, edition, t),
        *_participants(session, edition, t),
        f'<p class="small">{_t(shared)}</p>',
    ]
    page = (
        f'<!DOCTYPE html>\n<html lang="{t.language}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{_t(session.title)}</title><style>{STYLE}</style></head>\n<body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )
    return page.encode("utf-8")
