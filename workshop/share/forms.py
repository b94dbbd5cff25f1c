"""The phones' forms: plain HTML (no script), posted to one path, checked before anything is
handed to the session's owner; every answer is a small escaped page."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from html import escape
from urllib.parse import parse_qs, parse_qsl

from workshop.core.errors import WorkshopError
from workshop.core.phones import (
    MAX_NAME,
    MAX_REASON_FROM_PHONE,
    MAX_TIP_FROM_PHONE,
    InputKind,
    InputWindow,
    Moderation,
    Status,
    entry_from_form,
    options_shown,
)
from workshop.core.session import Session
from workshop.export.wording import document_language
from workshop.share.inbox import Inbox
from workshop.share.limiter import RateLimiter
from workshop.share.words import message_in

SEND = "send"  # the one path a form posts to
SUMMARY = "summary"  # the summary page, while the address itself shows the form
SENT = "sent"  # where a phone sees what became of its entry: `sent?k=RECEIPT`
# Seconds between a waiting phone's looks at its entry (a meta refresh: no script).
REFRESH = 5
MAX_FORM = 1024

STYLE = (
    "body{font:18px/1.45 system-ui,sans-serif;margin:0 auto;max-width:32em;padding:1em;"
    "color:#1a1a1a;background:#fff}h1{font-size:1.4em;margin:.2em 0 .6em}"
    "label{display:block;margin:.9em 0 .3em;font-weight:bold}"
    "input[type=text],input[type=number],select{width:100%;box-sizing:border-box;font:inherit;"
    "padding:.5em;border:2px solid #888;border-radius:.4em}"
    ".opt{display:block;font-weight:normal;padding:.5em;margin:.3em 0;border:2px solid #ccc;"
    "border-radius:.4em}button{margin-top:1.2em;width:100%;padding:.8em;font:inherit;"
    "font-weight:bold;color:#fff;background:#0b5394;border:0;border-radius:.5em}"
    ".small{color:#555;font-size:.9em}a{color:#0645ad}"
    "@media (prefers-color-scheme:dark){body{color:#eee;background:#111}a{color:#8ab4f8}"
    ".small{color:#aaa}}"
)
_STYLE_HASH = base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()
# Nothing loads or runs; the one inline style by its hash; forms post only to this server.
FORM_POLICY = (
    f"default-src 'none'; style-src 'sha256-{_STYLE_HASH}'; img-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
FORM_HEADERS = [
    ("Cache-Control", "no-store"),
    ("Referrer-Policy", "no-referrer"),
    ("Content-Security-Policy", FORM_POLICY),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
]

# The phones' words in Dutch for a day held in Dutch; English is the key.
_DUTCH = {
    "Send your tip": "Stuur je tip",
    "Send your group's choice": "Stuur de keuze van je groep",
    "Vote": "Stem",
    "Your tip (at most {most} characters)": "Je tip (hoogstens {most} tekens)",
    "Column": "Kolom",
    "Group number (optional)": "Groepsnummer (mag leeg)",
    "Your name (optional, only in the participants' summary)": (
        "Je naam (mag leeg, alleen in de samenvatting voor deelnemers)"
    ),
    "Your group's number": "Het nummer van je groep",
    "Your group's choice": "De keuze van je groep",
    "Why (optional)": "Waarom (mag leeg)",
    "Your vote": "Je stem",
    "Send": "Versturen",
    "The summary so far": "De samenvatting tot nu toe",
    "Received": "Ontvangen",
    "Received: it is on the wall.": "Ontvangen: het staat op de muur.",
    "Received: the facilitator will show it after a look.": (
        "Ontvangen: de begeleider toont het na een blik erop."
    ),
    "Send another": "Nog een sturen",
    "Not saved": "Niet bewaard",
    "Input is closed": "Insturen is gesloten",
    "The facilitator has not opened input for this activity.": (
        "De begeleider heeft insturen voor deze activiteit niet geopend."
    ),
    "This page is from an earlier activity": "Deze pagina hoort bij een eerdere activiteit",
    "Nothing was saved. Open the page again for the activity on the wall now.": (
        "Er is niets bewaard. Open de pagina opnieuw voor de activiteit die nu op de muur staat."
    ),
    "Open it again": "Opnieuw openen",
    "Too many": "Te veel",
    "Wait a few seconds and send it again.": "Wacht een paar seconden en stuur het opnieuw.",
    "This phone has sent as much as this activity takes.": (
        "Deze telefoon heeft al zoveel gestuurd als deze activiteit toelaat."
    ),
    "Back": "Terug",
    "Not found": "Niet gevonden",
    "Nothing was sent from here.": "Van hier is niets gestuurd.",
    "Shown": "Getoond",
    "It is on the wall now.": "Het staat nu op de muur.",
    "Not shown": "Niet getoond",
    "The facilitator did not put this one up.": "De begeleider heeft deze niet getoond.",
    "The options come on the wall; until then, send the letter.": (
        "De opties komen op de muur; stuur tot dan de letter."
    ),
    "Send the page's form as it is.": "Stuur het formulier van de pagina zoals het is.",
    "The form is larger than 1 kB.": "Het formulier is groter dan 1 kB.",
}


def say(language: str, english: str, **params: object) -> str:
    """The phones' words in the day's language, parameters filled in after translating."""
    words = _DUTCH.get(english, english) if language == "nl" else english
    return words.format(**params) if params else words


def _t(value: object) -> str:
    return escape(str(value), quote=True)


def _page(language: str, title: str, body: Iterable[str], refresh: str = "") -> bytes:
    again = f'<meta http-equiv="refresh" content="{_t(refresh)}">' if refresh else ""
    page = (
        f'<!DOCTYPE html>\n<html lang="{_t(language)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="referrer" content="no-referrer">{again}'
        f"<title>{_t(title)}</title><style>{STYLE}</style></head>\n<body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )
    return page.encode("utf-8")


def prompt(kind: InputKind) -> str:
    """What the wall and the page ask of the room, in English (translated where shown)."""
    return {
        InputKind.TIPS: "Send your tip",
        InputKind.CHOICES: "Send your group's choice",
        InputKind.VOTES: "Vote",
    }[kind]


@dataclass(frozen=True)
class FormPage:
    """The page for one open window, made once on the session's thread when input opens."""

    window: InputWindow
    language: str
    body: bytes
    options_shown: bool = False  # the card's options written out (the wall shows them)


def form_page(session: Session, window: InputWindow, secret: bytes) -> FormPage:
    """The form for the activity the window belongs to; every text from the session escaped."""
    language = document_language(session.details.language)

    def s(english: str, **params: object) -> str:
        return _t(say(language, english, **params))

    title = say(language, prompt(window.kind))
    parts = [f"<h1>{_t(title)}</h1>"]
    if window.kind is InputKind.TIPS:
        if session.board.question:
            parts.append(f"<p>{_t(session.board.question)}</p>")
    else:
        card = session.rounds[window.round_index]
        parts.append(f"<p><b>{_t(card.title)}</b></p>")
    parts.append(f'<form method="post" action="{SEND}">')
    parts.append(f'<input type="hidden" name="form" value="{_t(window.form_token(secret))}">')
    if window.kind is InputKind.TIPS:
        tip_label = s("Your tip (at most {most} characters)", most=MAX_TIP_FROM_PHONE)
        name_label = s("Your name (optional, only in the participants' summary)")
        parts.append(
            f'<label for="text">{tip_label}'
            f'</label><input type="text" id="text" name="text" required '
            f'maxlength="{MAX_TIP_FROM_PHONE}" autocomplete="off">'
        )
        columns = session.board.live_columns()
        if len(columns) > 1:
            options = "".join(f'<option value="{c.id}">{_t(c.title)}</option>' for c in columns)
            parts.append(
                f'<label for="column">{s("Column")}</label>'
                f'<select id="column" name="column">{options}</select>'
            )
        parts.append(
            f'<label for="group">{s("Group number (optional)")}</label>'
            '<input type="number" id="group" name="group" min="1" max="99" inputmode="numeric">'
            f'<label for="name">{name_label}'
            f'</label><input type="text" id="name" name="name" maxlength="{MAX_NAME}" '
            'autocomplete="off">'
        )
    else:
        card = session.rounds[window.round_index]
        if window.kind is InputKind.CHOICES:
            group_label = s("Your group's number")
            parts.append(
                f'<label for="group">{group_label}</label>'
                '<input type="number" id="group" name="group" min="1" max="99" required '
                'inputmode="numeric">'
            )
        heading = "Your group's choice" if window.kind is InputKind.CHOICES else "Your vote"
        parts.append(f"<label>{s(heading)}</label>")
        # The form shows no more than the wall: before the options are revealed, letters only.
        shown = options_shown(session, window)
        if not shown:
            later = s("The options come on the wall; until then, send the letter.")
            parts.append(f'<p class="small">{later}</p>')
        for letter, text in card.lettered_options():
            words = f" {_t(text)}" if shown else ""
            parts.append(
                f'<label class="opt"><input type="radio" name="option" value="{letter}" '
                f"required> <b>{letter}</b>{words}</label>"
            )
        if window.kind is InputKind.CHOICES:
            parts.append(
                f'<label for="text">{s("Why (optional)")}</label><input type="text" id="text" '
                f'name="text" maxlength="{MAX_REASON_FROM_PHONE}" autocomplete="off">'
            )
    parts.append(f'<button type="submit">{s("Send")}</button></form>')
    parts.append(f'<p class="small"><a href="{SUMMARY}">{s("The summary so far")}</a></p>')
    shown = window.kind is not InputKind.TIPS and options_shown(session, window)
    return FormPage(window, language, _page(language, title, parts), shown)


def answer_page(
    language: str, title: str, message: str, link: str, link_words: str, refresh: str = ""
) -> bytes:
    """A short answer to a post: what happened, and where to go next."""
    return _page(
        language,
        say(language, title),
        [
            f"<h1>{_t(say(language, title))}</h1>",
            f"<p>{_t(message)}</p>",
            f'<p><a href="{_t(link)}">{_t(say(language, link_words))}</a></p>',
        ],
        refresh,
    )


StartResponse = Callable[[str, list[tuple[str, str]]], object]


def _answer(
    start_response: StartResponse, status: str, body: bytes, extra: Iterable[tuple[str, str]] = ()
) -> list[bytes]:
    headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))]
    start_response(status, headers + list(extra) + FORM_HEADERS)
    return [body]


class PhoneInput:
    """The form paths of a share: GET the form at the address, POST it to `send`."""

    def __init__(
        self, inbox: Inbox, writes: RateLimiter | None = None, form: FormPage | None = None
    ) -> None:
        self.inbox = inbox
        # A phone writes at most 3 entries at once, then one every 10 seconds.
        self.writes = writes or RateLimiter(burst=3, per_second=0.1)
        self.form = form  # None: input closed

    def open(self, page: FormPage) -> None:
        """Serve this form and take entries for its window: one assignment opens it."""
        self.inbox.window = page.window
        self.form = page

    def close(self) -> None:
        self.form = None
        self.inbox.window = None

    def handles(self, rest: str, method: str) -> bool:
        """Whether a path under the token is one of the form paths, for this method."""
        reading = method in ("GET", "HEAD")
        return (
            (rest == "" and reading and self.form is not None)
            or rest == SEND
            or (rest == SENT and reading)
        )

    def __call__(self, rest: str, environ: dict, start_response: StartResponse) -> list[bytes]:
        method = environ.get("REQUEST_METHOD", "")
        form = self.form
        language = form.language if form else "en"
        if rest == "":
            assert form is not None
            return _answer(start_response, "200 OK", b"" if method == "HEAD" else form.body)
        if rest == SENT:
            return self._sent(environ, start_response, language)
        if method != "POST":
            body = answer_page(language, "Back", "", "./", "Back")
            return _answer(start_response, "405 Method Not Allowed", body, [("Allow", "POST")])
        client = str(environ.get("REMOTE_ADDR", ""))
        if not self.writes.allow(client):
            self.inbox.count_refused()
            body = answer_page(
                language, "Too many", say(language, "Wait a few seconds and send it again."),
                "./", "Back",
            )  # fmt: skip
            return _answer(start_response, "429 Too Many Requests", body, [("Retry-After", "10")])
        # The form read once above decides: opening or closing is one assignment of it.
        window = form.window if form is not None else None
        if form is None or window is None:
            self.inbox.count_refused()
            body = answer_page(
                language, "Input is closed",
                say(language, "The facilitator has not opened input for this activity."),
                "./", "Back",
            )  # fmt: skip
            return _answer(start_response, "403 Forbidden", body)
        fields, problem = _read_form(environ)
        if problem:
            self.inbox.count_refused()
            body = answer_page(language, "Not saved", say(language, problem), "./", "Back")
            status = "413 Content Too Large" if problem == _TOO_BIG else "400 Bad Request"
            return _answer(start_response, status, body)
        if not window.accepts(self.inbox.secret, fields.get("form", "")):
            self.inbox.count_refused()
            body = answer_page(
                language, "This page is from an earlier activity",
                say(language, "Nothing was saved. Open the page again for the activity on "
                    "the wall now."),
                "./", "Open it again",
            )  # fmt: skip
            return _answer(start_response, "409 Conflict", body)
        try:
            entry = entry_from_form(window, fields, client)
        except WorkshopError as exc:
            self.inbox.count_refused()
            body = answer_page(language, "Not saved", message_in(language, exc), "./", "Back")
            return _answer(start_response, "400 Bad Request", body)
        if not self.inbox.take_slot(window, client):
            self.inbox.count_refused()
            body = answer_page(
                language, "Too many",
                say(language, "This phone has sent as much as this activity takes."),
                SUMMARY, "The summary so far",
            )  # fmt: skip
            return _answer(start_response, "429 Too Many Requests", body)
        entry = replace(entry, receipt=secrets.token_urlsafe(16))
        receipt = self.inbox.submit(entry)
        if not receipt.saved:
            self.inbox.give_back_slot(window, client)
            why = message_in(language, receipt.error) if receipt.error else ""
            body = answer_page(language, "Not saved", why, "./", "Back")
            return _answer(start_response, "503 Service Unavailable", body)
        shown = receipt.shown or window.moderation is Moderation.WALL
        message = say(
            language,
            "Received: it is on the wall."
            if shown
            else "Received: the facilitator will show it after a look.",
        )
        # Waiting: the page looks again by itself until the facilitator has decided.
        later = "" if shown else f"{REFRESH};url={SENT}?k={entry.receipt}"
        body = answer_page(language, "Received", message, "./", "Send another", later)
        return _answer(start_response, "200 OK", body)

    def _sent(self, environ: dict, start_response: StartResponse, language: str) -> list[bytes]:
        """What became of an entry, by the unguessable key its phone was given."""
        key = parse_qs(str(environ.get("QUERY_STRING", ""))).get("k", [""])[0]
        status = self.inbox.status_of(key)
        if status is None:
            body = answer_page(language, "Not found", say(language, "Nothing was sent from here."),
                               "./", "Back")  # fmt: skip
            return _answer(start_response, "404 Not Found", body)
        if status is Status.QUEUED:
            body = answer_page(
                language, "Received",
                say(language, "Received: the facilitator will show it after a look."),
                "./", "Send another", f"{REFRESH};url={SENT}?k={key}",
            )  # fmt: skip
        elif status is Status.APPROVED:
            body = answer_page(language, "Shown", say(language, "It is on the wall now."),
                               "./", "Send another")  # fmt: skip
        else:
            body = answer_page(language, "Not shown",
                               say(language, "The facilitator did not put this one up."),
                               "./", "Send another")  # fmt: skip
        return _answer(start_response, "200 OK", body)


_TOO_BIG = "The form is larger than 1 kB."


def _read_form(environ: dict) -> tuple[dict[str, str], str]:
    """The posted fields, or why they cannot be read: at most 1 kB of URL-encoded UTF-8."""
    kind = str(environ.get("CONTENT_TYPE", "")).split(";")[0].strip().lower()
    if kind != "application/x-www-form-urlencoded":
        return {}, "Send the page's form as it is."
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return {}, "Send the page's form as it is."
    if length > MAX_FORM:
        return {}, _TOO_BIG
    raw = environ["wsgi.input"].read(length) if length else b""
    if len(raw) > MAX_FORM:
        return {}, _TOO_BIG
    try:
        pairs = parse_qsl(
            raw.decode("ascii"), keep_blank_values=True, strict_parsing=False,
            encoding="utf-8", errors="strict", max_num_fields=8,
        )  # fmt: skip
    except (UnicodeDecodeError, ValueError):
        return {}, "Send the page's form as it is."
    fields: dict[str, str] = {}
    for name, value in pairs:
        fields.setdefault(name, value)  # the first of a repeated field counts
    return fields, ""


def same_token(given: str, token: str) -> bool:
    """The share's token compared in constant time."""
    return hmac.compare_digest(given.encode("utf-8", "replace"), token.encode())
