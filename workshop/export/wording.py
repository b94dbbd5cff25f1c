"""The documents' own words in the session's language: English, or Dutch for a Dutch day."""

from __future__ import annotations

from workshop.core.details import document_language, written_date
from workshop.core.outline import GlanceItem

# English words as keys, so a missing Dutch entry still reads as English.
DUTCH = {
    "{n} participant": "{n} deelnemer",
    "{n} participants": "{n} deelnemers",
    "Facilitated by {names}": "Begeleid door {names}",
    "Cards: {deck}": "Kaarten: {deck}",
    "Scan the code or open this address for the slides, links and what comes next:": (
        "Scan de code of open dit adres voor de dia's, de links en wat er nog komt:"
    ),
    "At a glance": "In één oogopslag",
    "Highlights": "Hoogtepunten",
    "The tips with the most votes": "De tips met de meeste stemmen",
    "What happens next": "Hoe het verder gaat",
    "{n} dilemma played": "{n} dilemma gespeeld",
    "{n} dilemmas played": "{n} dilemma's gespeeld",
    "{n} group": "{n} groep",
    "{n} groups": "{n} groepen",
    "{n} group exercise": "{n} groepsoefening",
    "{n} group exercises": "{n} groepsoefeningen",
    "{n} tip": "{n} tip",
    "{n} tips": "{n} tips",
    "{n} work shown": "{n} werk getoond",
    "{n} works shown": "{n} werken getoond",
    "… and {n} more tip in the appendix": "… en nog {n} tip in de bijlage",
    "… and {n} more tips in the appendix": "… en nog {n} tips in de bijlage",
    "Appendix: the other tips": "Bijlage: de andere tips",
    "Contents": "Inhoud",
    "{n} session": "{n} sessie",
    "{n} sessions": "{n} sessies",
    "The slides, links and what comes next: {link}": (
        "De dia's, de links en wat er nog komt: {link}"
    ),
    "Published with Workshop.": "Gepubliceerd met Workshop.",
    " — highlight": " — hoogtepunt",
    " — chosen by {n} group": " — gekozen door {n} groep",
    " — chosen by {n} groups": " — gekozen door {n} groepen",
    " — {n} hand raised": " — {n} hand opgestoken",
    " — {n} hands raised": " — {n} handen opgestoken",
    "Group {group}": "Groep {group}",
    "group {group}": "groep {group}",
    "No choices were recorded for this card.": "Voor deze kaart zijn geen keuzes vastgelegd.",
    "Read more: {label}": "Meer lezen: {label}",
    "The dilemmas": "De dilemma's",
    "Group exercises": "Groepsoefeningen",
    "No outputs were recorded for this exercise.": "Voor deze oefening is niets vastgelegd.",
    "Showcase": "Showcase",
    "Tips and tricks": "Tips en trucs",
    "Most votes first. ★ marks a highlight; +n is the number of votes.": (
        "Meeste stemmen eerst. ★ markeert een hoogtepunt; +n is het aantal stemmen."
    ),
    "from {source}": "uit {source}",
    "This session's follow-up page": "De vervolgpagina van deze sessie",
    "Follow-up links": "Vervolglinks",
    "Who took part": "Wie er meededen",
    "Session summary": "Samenvatting van de sessie",
    "{title}: follow-up": "{title}: vervolg",
    "Follow-up handout": "Hand-out ter opvolging",
    # Default file names of the exports.
    "summary": "samenvatting",
    "handout": "hand-out",
    "Dilemma": "Dilemma",
    "Exercise": "Oefening",
    "Prompt": "Vraagkaart",
    # The practicalities on a printed exercise or prompt card.
    "{n} minutes": "{n} minuten",
    "groups of {n}": "groepen van {n}",
    "Hand in:": "Inleveren:",
    "Stages:": "Stappen:",
    "Columns:": "Kolommen:",
    "Download the summary (PDF, {kb} kB)": "Download de samenvatting (pdf, {kb} kB)",
    "Follow this up: {link}": "Lees verder: {link}",
    "Group {group}: {rest}": "Groep {group}: {rest}",
    "Shared from the facilitator's laptop with Workshop, only while the session's room "
    "share is on.": (
        "Gedeeld vanaf de laptop van de begeleider met Workshop, alleen zolang de sessie in "
        "de zaal gedeeld wordt."
    ),
}


class Wording:
    """Fixed words of a PDF or the phone page; parameters are filled in after translating."""

    def __init__(self, language: str = "") -> None:
        self.language = document_language(language)
        self._table = DUTCH if self.language == "nl" else {}

    def __call__(self, english: str, **params: object) -> str:
        words = self._table.get(english, english)
        return words.format(**params) if params else words

    def count(self, n: int, one: str, many: str) -> str:
        """The singular or plural form, with {n} filled in."""
        return self(one if n == 1 else many, n=n)

    def day(self, day: str) -> str:
        """A stored year-month-day date as the day's language writes it ("30 november 2026");
        a date kept in free text (older sessions) as it was typed."""
        return written_date(day, self.language)

    def chosen(self, n: int, plenary: bool) -> str:
        """What follows an option: how many groups chose it, or how many hands went up."""
        if not n:
            return ""
        if plenary:
            return self.count(n, " — {n} hand raised", " — {n} hands raised")
        return self.count(n, " — chosen by {n} group", " — chosen by {n} groups")


def glance_facts(t: Wording, item: GlanceItem) -> str:
    """One line of what the day held: dilemmas, groups, exercises, tips, works shown."""
    facts = [
        t.count(item.rounds, "{n} dilemma played", "{n} dilemmas played") if item.rounds else "",
        t.count(item.groups, "{n} group", "{n} groups") if item.rounds else "",
        t.count(item.exercises, "{n} group exercise", "{n} group exercises")
        if item.exercises
        else "",
        t.count(item.tips, "{n} tip", "{n} tips") if item.tips else "",
        t.count(item.works, "{n} work shown", "{n} works shown") if item.works else "",
    ]
    return " · ".join(f for f in facts if f)


def file_words(language: str) -> tuple[str, str]:
    """The words for the summary's and the handout's default file names, in the day's language."""
    t = Wording(language)
    return t("summary"), t("handout")
