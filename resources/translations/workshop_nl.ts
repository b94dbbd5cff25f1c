<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../workshop/ui/control/about_dialog.py" line="25"/>
        <source>About Workshop</source>
        <translation>Over Workshop</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/about_dialog.py" line="29"/>
        <source>&lt;h2&gt;Workshop {0}&lt;/h2&gt;&lt;p&gt;Run in-person trainings from a laptop and a projector: dilemma cards, groups, tips, and a summary for those who were not there.&lt;/p&gt;&lt;p&gt;Workshop is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;Its fonts: DejaVu Sans (Bitstream Vera licence, changes in the public domain) and Symbola by George Douros (free for any use). Their licences follow.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Workshop {0}&lt;/h2&gt;&lt;p&gt;Geef trainingen in een zaal vanaf een laptop en een projector: dilemmakaarten, groepen, tips, en een samenvatting voor wie er niet bij was.&lt;/p&gt;&lt;p&gt;Workshop is vrije software onder de MIT-licentie.&lt;/p&gt;&lt;p&gt;De lettertypen: DejaVu Sans (Bitstream Vera-licentie, wijzigingen in het publieke domein) en Symbola van George Douros (vrij voor elk gebruik). Hun licenties volgen hieronder.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/about_dialog.py" line="41"/>
        <source>Version and licence</source>
        <translation>Versie en licentie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/about_dialog.py" line="44"/>
        <source>Font licences</source>
        <translation>Licenties van de lettertypen</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="25"/>
        <source>Dilemma game</source>
        <translation>Dilemmaspel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="26"/>
        <source>Group exercise</source>
        <translation>Groepsoefening</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="27"/>
        <source>Tips board</source>
        <translation>Tipsbord</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="28"/>
        <source>Showcase</source>
        <translation>Showcase</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="29"/>
        <source>Presentation</source>
        <translation>Presentatie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="30"/>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="31"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="32"/>
        <source>Closing</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="51"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="55"/>
        <source>Kind of activity</source>
        <translation>Soort activiteit</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="60"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="64"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="65"/>
        <source>Planned minutes</source>
        <translation>Geplande minuten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="67"/>
        <source>Link to the slides</source>
        <translation>Link naar de dia&apos;s</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="72"/>
        <source>Exercise or prompt card</source>
        <translation>Oefen- of vraagkaart</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="88"/>
        <source>&amp;Card (exercise or tips board)</source>
        <translation>&amp;Kaart (oefening of tipsbord)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="113"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="75"/>
        <source>The tips board&apos;s question</source>
        <translation>De vraag van het tipsbord</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="79"/>
        <source>Presenters</source>
        <translation>Presentatoren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="80"/>
        <source>One a line: name | title of the work | link</source>
        <translation>Eén per regel: naam | titel van het werk | link</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="84"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="85"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="86"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Minuten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="87"/>
        <source>&amp;Slides (presentation)</source>
        <translation>&amp;Dia&apos;s (presentatie)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="89"/>
        <source>&amp;Question (tips board)</source>
        <translation>&amp;Vraag (tipsbord)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="90"/>
        <source>&amp;Presenters (showcase)</source>
        <translation>&amp;Presentatoren (showcase)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="95"/>
        <source>Planned clock times follow from the agenda&apos;s start time.</source>
        <translation>De geplande tijden volgen uit de begintijd van de agenda.</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="75"/>
        <source>Start time of the day</source>
        <translation>Begintijd van de dag</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="80"/>
        <source>End time and how far ahead or behind</source>
        <translation>Eindtijd en hoeveel voor of achter</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="85"/>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="87"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="87"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="87"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="87"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="88"/>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="88"/>
        <source>Last time</source>
        <translation>Vorige keer</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="92"/>
        <source>Keep, change or drop next time</source>
        <translation>Volgende keer houden, veranderen of schrappen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="93"/>
        <source>(not evaluated)</source>
        <translation>(niet geëvalueerd)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="95"/>
        <source>Keep</source>
        <translation>Houden</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="96"/>
        <source>Change</source>
        <translation>Veranderen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="97"/>
        <source>Drop</source>
        <translation>Schrappen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="101"/>
        <source>What to keep next time</source>
        <translation>Wat volgende keer te houden</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="102"/>
        <source>What to keep, change or drop next time</source>
        <translation>Wat volgende keer te houden, veranderen of schrappen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="108"/>
        <source>Star&amp;ts at</source>
        <translation>Begin&amp;t om</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="115"/>
        <source>A&amp;dd activity…</source>
        <translation>Act&amp;iviteit toevoegen…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="116"/>
        <source>&amp;Edit…</source>
        <translation>B&amp;ewerken…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="117"/>
        <source>Re&amp;move</source>
        <translation>&amp;Weghalen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="118"/>
        <source>&amp;Next activity (N)</source>
        <translation>Volge&amp;nde activiteit (N)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="119"/>
        <source>Show the agenda on the &amp;wall</source>
        <translation>De agenda op de m&amp;uur</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="126"/>
        <source>Eval&amp;uation of the selected activity</source>
        <translation>E&amp;valuatie van de gekozen activiteit</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="128"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="238"/>
        <source>Ends at {0}</source>
        <translation>Eindigt om {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="240"/>
        <source>Ends at {0} · {1} min behind plan</source>
        <translation>Eindigt om {0} · {1} min achter op schema</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="242"/>
        <source>Ends at {0} · {1} min ahead of plan</source>
        <translation>Eindigt om {0} · {1} min voor op schema</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="243"/>
        <source>Ends at {0} · on time</source>
        <translation>Eindigt om {0} · op schema</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../workshop/app.py" line="110"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
</context>
<context>
    <name>AudienceWidget</name>
    <message>
        <location filename="../../workshop/ui/widgets/results_paint.py" line="105"/>
        <source>Group {0}</source>
        <translation>Groep {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/widgets/room_paint.py" line="117"/>
        <source>Hand in: {0}</source>
        <translation>Inleveren: {0}</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="86"/>
        <source>The board&apos;s question</source>
        <translation>De vraag van het bord</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="87"/>
        <source>The question on the wall, e.g. What helps?</source>
        <translation>De vraag op de muur, bijvoorbeeld: Wat helpt?</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="93"/>
        <source>Column for the next tip (Alt+1 to Alt+9)</source>
        <translation>Kolom voor de volgende tip (Alt+1 tot Alt+9)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="96"/>
        <source>no group</source>
        <translation>geen groep</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="97"/>
        <source>Group of the next tip</source>
        <translation>Groep van de volgende tip</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="99"/>
        <source>Author of the next tip (optional)</source>
        <translation>Auteur van de volgende tip (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="100"/>
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="102"/>
        <source>Tip: type it and press Enter</source>
        <translation>Tip: typ hem en druk op Enter</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="103"/>
        <source>Type a tip and press Enter</source>
        <translation>Typ een tip en druk op Enter</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="109"/>
        <source>Last message</source>
        <translation>Laatste bericht</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="112"/>
        <source>Add co&amp;lumn</source>
        <translation>Ko&amp;lom toevoegen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="113"/>
        <source>Re&amp;name column</source>
        <translation>Kolom &amp;hernoemen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="114"/>
        <source>Remove col&amp;umn</source>
        <translation>Kolom weghale&amp;n</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="115"/>
        <source>Sort b&amp;y votes</source>
        <translation>Sorteren op s&amp;temmen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="116"/>
        <source>&amp;Merge (Ctrl+M)</source>
        <translation>Sa&amp;menvoegen (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="117"/>
        <source>Restore &amp;deleted…</source>
        <translation>&amp;Verwijderde terugzetten…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="118"/>
        <source>Bring &amp;in tips…</source>
        <translation>Tips &amp;ophalen…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="119"/>
        <source>From a &amp;prompt card…</source>
        <translation>Van een &amp;vraagkaart…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="127"/>
        <source>C&amp;olumn</source>
        <translation>K&amp;olom</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="128"/>
        <source>&amp;Group</source>
        <translation>&amp;Groep</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="129"/>
        <source>&amp;Author</source>
        <translation>&amp;Auteur</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="130"/>
        <source>&amp;Tip</source>
        <translation>T&amp;ip</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="138"/>
        <source>On a selected tip: + / − vote · * highlight · H hide from the wall · S out of its cluster · F2 edit · Delete · Ctrl+←/→ other column · Ctrl+↑/↓ order</source>
        <translation>Op een gekozen tip: + / − stemmen · * hoogtepunt · H niet op de muur · S uit het groepje · F2 bewerken · Delete · Ctrl+←/→ andere kolom · Ctrl+↑/↓ volgorde</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="206"/>
        <source>Column {0}: {1}</source>
        <translation>Kolom {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="218"/>
        <source>Start with the columns Before, During, After</source>
        <translation>Begin met de kolommen Voor, Tijdens, Na</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="244"/>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="244"/>
        <source>During</source>
        <translation>Tijdens</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="244"/>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="321"/>
        <source>Edit tip</source>
        <translation>Tip bewerken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="321"/>
        <location filename="../../workshop/ui/control/board_panel.py" line="392"/>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="327"/>
        <source>Add column</source>
        <translation>Kolom toevoegen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="327"/>
        <location filename="../../workshop/ui/control/board_panel.py" line="336"/>
        <location filename="../../workshop/ui/control/board_panel.py" line="381"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="336"/>
        <source>Rename column</source>
        <translation>Kolom hernoemen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="352"/>
        <source>Remove column</source>
        <translation>Kolom weghalen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="354"/>
        <source>“{0}” holds {1} tips. Move them to another column, or delete them?</source>
        <translation>“{0}” bevat {1} tips. Verplaatsen naar een andere kolom, of verwijderen?</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="357"/>
        <source>&amp;Move them</source>
        <translation>&amp;Verplaatsen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="358"/>
        <source>&amp;Delete them</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="379"/>
        <source>Select two tips or more (Ctrl+click) to merge.</source>
        <translation>Kies twee of meer tips (Ctrl+klik) om samen te voegen.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="381"/>
        <source>Merge tips</source>
        <translation>Tips samenvoegen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="388"/>
        <source>No tips were deleted.</source>
        <translation>Er zijn geen tips verwijderd.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="392"/>
        <source>Restore a deleted tip</source>
        <translation>Een verwijderde tip terugzetten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="408"/>
        <source>No deck has a prompt card yet.</source>
        <translation>Nog geen enkel spel heeft een vraagkaart.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="411"/>
        <source>Prompt card</source>
        <translation>Vraagkaart</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="411"/>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="426"/>
        <source>There is no earlier session to bring tips in from.</source>
        <translation>Er is geen eerdere sessie om tips uit op te halen.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="429"/>
        <source>Bring in tips</source>
        <translation>Tips ophalen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="429"/>
        <source>From the session</source>
        <translation>Uit de sessie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="449"/>
        <source>That session&apos;s board has no tips.</source>
        <translation>Het bord van die sessie heeft geen tips.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="453"/>
        <source>Brought in {0} tips from {1}.</source>
        <translation>{0} tips opgehaald uit {1}.</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="104"/>
        <source>Edit not saved</source>
        <translation>Bewerking niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="106"/>
        <source>This card&apos;s edit is not saved: {0} Go back and fix it?</source>
        <translation>De bewerking van deze kaart is niet opgeslagen: {0} Terug om het te verbeteren?</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="111"/>
        <source>&amp;Go back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="114"/>
        <source>&amp;Discard the edit</source>
        <translation>Bewerking &amp;weggooien</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="159"/>
        <source>Not saved: {0}</source>
        <translation>Niet opgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="169"/>
        <source>Edit card</source>
        <translation>Kaart bewerken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="180"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="217"/>
        <source>Clear the search and filters to reorder cards.</source>
        <translation>Wis de zoekopdracht en de filters om kaarten te verplaatsen.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="235"/>
        <source>Undone or redone.</source>
        <translation>Ongedaan gemaakt of opnieuw gedaan.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="247"/>
        <source>Delete cards</source>
        <translation>Kaarten verwijderen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="251"/>
        <source>Deleted {0} cards; Ctrl+Z brings them back.</source>
        <translation>{0} kaarten verwijderd; Ctrl+Z zet ze terug.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="262"/>
        <location filename="../../workshop/ui/decks/card_actions.py" line="267"/>
        <source>Tag cards</source>
        <translation>Kaarten labelen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="263"/>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="278"/>
        <location filename="../../workshop/ui/decks/card_actions.py" line="287"/>
        <source>Move cards</source>
        <translation>Kaarten verplaatsen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="279"/>
        <source>To the deck</source>
        <translation>Naar het spel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="295"/>
        <source>Reorder</source>
        <translation>Volgorde</translation>
    </message>
</context>
<context>
    <name>CardBrowser</name>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="95"/>
        <source>Browse cards</source>
        <translation>Kaarten doorzoeken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="99"/>
        <source>Search every card</source>
        <translation>Alle kaarten doorzoeken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="101"/>
        <source>words, &quot;a phrase&quot;, tag:money, deck:title, kind:exercise, -word</source>
        <translation>woorden, &quot;een zinsdeel&quot;, tag:geld, deck:titel, kind:exercise, -woord</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="105"/>
        <source>Search in</source>
        <translation>Zoeken in</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="106"/>
        <source>All decks</source>
        <translation>Alle stapels</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="110"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="110"/>
        <source>Deck</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="110"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="110"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="111"/>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="115"/>
        <source>dilemma</source>
        <translation>dilemma</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="116"/>
        <source>exercise</source>
        <translation>oefening</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="117"/>
        <source>prompt</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="120"/>
        <location filename="../../workshop/ui/decks/card_browser.py" line="129"/>
        <source>Cards found</source>
        <translation>Gevonden kaarten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="132"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="149"/>
        <source>{0} cards</source>
        <translation>{0} kaarten</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="43"/>
        <source>Kind of card</source>
        <translation>Soort kaart</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="44"/>
        <source>Dilemma</source>
        <translation>Dilemma</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="44"/>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="44"/>
        <source>Prompt for the tips board</source>
        <translation>Vraag voor het tipsbord</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="47"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="48"/>
        <source>Situation, instructions or question</source>
        <translation>Situatie, uitleg of vraag</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="49"/>
        <source>Option {0}</source>
        <translation>Optie {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="51"/>
        <source>Note on option {0} (for you)</source>
        <translation>Notitie bij optie {0} (voor jou)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="53"/>
        <source>Discussion questions, one a line</source>
        <translation>Gespreksvragen, één per regel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="54"/>
        <source>Facilitator notes (never projected)</source>
        <translation>Notities voor de begeleider (nooit op de muur)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="55"/>
        <source>Tags, comma separated</source>
        <translation>Labels, met komma&apos;s ertussen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="56"/>
        <source>Follow-up links, one a line: label | https://…</source>
        <translation>Vervolglinks, één per regel: label | https://…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="59"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="62"/>
        <source>People per group</source>
        <translation>Mensen per groep</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="63"/>
        <source>What each group hands in</source>
        <translation>Wat elke groep inlevert</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="64"/>
        <source>Stages of a scale, one a line</source>
        <translation>Treden van een schaal, één per regel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="66"/>
        <source>Columns of the tips board, one a line</source>
        <translation>Kolommen van het tipsbord, één per regel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="70"/>
        <source>What needs fixing</source>
        <translation>Wat moet worden verbeterd</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="73"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="74"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="75"/>
        <source>Te&amp;xt</source>
        <translation>Te&amp;kst</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="78"/>
        <source>Note {0}</source>
        <translation>Notitie {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="79"/>
        <source>&amp;Questions</source>
        <translation>&amp;Vragen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="80"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Minuten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="81"/>
        <source>Group si&amp;ze</source>
        <translation>&amp;Groepsgrootte</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="82"/>
        <source>Hand &amp;in</source>
        <translation>&amp;Inleveren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="83"/>
        <source>&amp;Stages</source>
        <translation>T&amp;reden</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="84"/>
        <source>&amp;Columns</source>
        <translation>K&amp;olommen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="85"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="86"/>
        <source>Ta&amp;gs</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="87"/>
        <source>&amp;Links</source>
        <translation>Lin&amp;ks</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="187"/>
        <source>A card needs a title.</source>
        <translation>Een kaart heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="190"/>
        <source>A dilemma has 2 to 4 options.</source>
        <translation>Een dilemma heeft 2 tot 4 opties.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="192"/>
        <source>Two options say the same.</source>
        <translation>Twee opties zeggen hetzelfde.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="195"/>
        <source>“{0}” is not an http or https address.</source>
        <translation>“{0}” is geen http- of https-adres.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="197"/>
        <source>“{0}” is too long for a QR code.</source>
        <translation>“{0}” is te lang voor een QR-code.</translation>
    </message>
</context>
<context>
    <name>CardsPanel</name>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="48"/>
        <source>Cards in this session</source>
        <translation>Kaarten in deze sessie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="59"/>
        <source>Live: what the room sees</source>
        <translation>Live: wat de zaal ziet</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="62"/>
        <source>Next: what the forward key will show</source>
        <translation>Hierna: wat de vooruittoets laat zien</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="77"/>
        <source>Choices recorded for this card</source>
        <translation>Vastgelegde keuzes voor deze kaart</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="80"/>
        <source>Last message</source>
        <translation>Laatste melding</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="85"/>
        <source>&amp;Cards</source>
        <translation>&amp;Kaarten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="90"/>
        <source>Live — what the room sees</source>
        <translation>Live — wat de zaal ziet</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="91"/>
        <source>Next</source>
        <translation>Hierna</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="128"/>
        <source>End of the cards</source>
        <translation>Einde van de kaarten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="169"/>
        <source>The projector is blank. Press B to show the card again.</source>
        <translation>De projector is zwart. Druk op B om de kaart weer te tonen.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="171"/>
        <source>The room sees the results. R: back to the card · V: chart or groups</source>
        <translation>De zaal ziet de resultaten. R: terug naar de kaart · V: grafiek of groepen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="173"/>
        <source>Reveal step {0}. Right or PageDown: forward · Left or PageUp: back · B: blank · 1–9: record · R: reveal results · T: timer · F1: all keys</source>
        <translation>Stap {0}. Pijl rechts of PageDown: verder · Pijl links of PageUp: terug · B: zwart · 1–9: vastleggen · R: resultaten · T: timer · F1: alle toetsen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="187"/>
        <source>  ({0} recorded)</source>
        <translation>  ({0} vastgelegd)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="199"/>
        <source>Plenary vote. Hands: {0}</source>
        <translation>Plenaire stemming. Handen: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="206"/>
        <source>Recorded: {0}</source>
        <translation>Vastgelegd: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="208"/>
        <source>No choices recorded for this card yet.</source>
        <translation>Nog geen keuzes vastgelegd voor deze kaart.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="214"/>
        <source>Group {0} chose {1}. Saved.</source>
        <translation>Groep {0} koos {1}. Bewaard.</translation>
    </message>
</context>
<context>
    <name>CheckedDialog</name>
    <message>
        <location filename="../../workshop/ui/control/checked_dialog.py" line="27"/>
        <source>What needs fixing</source>
        <translation>Wat moet worden verbeterd</translation>
    </message>
</context>
<context>
    <name>ControlWindow</name>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="51"/>
        <location filename="../../workshop/ui/control/window.py" line="379"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="81"/>
        <source>What the app just refused, and why</source>
        <translation>Wat de app net weigerde, en waarom</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="136"/>
        <source>&amp;Session</source>
        <translation>&amp;Sessie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="137"/>
        <source>&amp;Export summary…</source>
        <translation>Samenvatting &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="140"/>
        <source>Session &amp;details…</source>
        <translation>Sessie&amp;gegevens…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="143"/>
        <source>Mark as &amp;highlight…</source>
        <translation>Markeren als &amp;hoogtepunt…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="146"/>
        <source>Share in the &amp;room…</source>
        <translation>Delen in de &amp;zaal…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="149"/>
        <source>&amp;Update the shared summary</source>
        <translation>Gedeelde samenvatting &amp;bijwerken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="152"/>
        <source>&amp;Close session</source>
        <translation>Sessie &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="156"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="170"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="172"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="173"/>
        <source>&amp;Projector full screen</source>
        <translation>&amp;Projector schermvullend</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="179"/>
        <source>Projector &amp;screen</source>
        <translation>&amp;Scherm van de projector</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="182"/>
        <source>&amp;High-contrast projector</source>
        <translation>Projector met &amp;hoog contrast</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="192"/>
        <source>&amp;Round</source>
        <translation>&amp;Ronde</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="196"/>
        <source>&amp;Reveal results together</source>
        <translation>&amp;Resultaten samen tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="198"/>
        <source>Results as chart or &amp;side by side</source>
        <translation>Resultaten als grafiek of &amp;naast elkaar</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="202"/>
        <source>&amp;Plenary vote (hands) or groups</source>
        <translation>&amp;Plenair stemmen (handen) of groepen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="203"/>
        <source>Start or pause the &amp;timer</source>
        <translation>&amp;Timer starten of pauzeren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="204"/>
        <source>One &amp;minute more</source>
        <translation>Eén &amp;minuut erbij</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="205"/>
        <source>Reset the timer</source>
        <translation>Timer terugzetten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="206"/>
        <source>The summary&apos;s &amp;QR code</source>
        <translation>&amp;QR-code van de samenvatting</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="210"/>
        <source>Show the &amp;cards</source>
        <translation>De &amp;kaarten tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="211"/>
        <source>Show the tips &amp;board</source>
        <translation>Het tips&amp;bord tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="212"/>
        <source>Show the &amp;groups</source>
        <translation>De &amp;groepen tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="213"/>
        <source>Show the e&amp;xercise</source>
        <translation>De &amp;oefening tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="214"/>
        <source>Show the &amp;agenda</source>
        <translation>De &amp;agenda tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="233"/>
        <source>&amp;Automatic: the screen this window is not on</source>
        <translation>&amp;Automatisch: het scherm waar dit venster niet op staat</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="281"/>
        <source>This deck has no dilemma cards to play.</source>
        <translation>Deze stapel heeft geen dilemmakaarten om te spelen.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="301"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="303"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="306"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="307"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="332"/>
        <source>Workshop — {0}</source>
        <translation>Workshop — {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_actions.py" line="64"/>
        <source>Export summary</source>
        <translation>Samenvatting exporteren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_actions.py" line="83"/>
        <source>Print cards</source>
        <translation>Kaarten afdrukken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_actions.py" line="96"/>
        <source>Saved {0}.</source>
        <translation>Opgeslagen: {0}.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="389"/>
        <source>Delete session</source>
        <translation>Sessie verwijderen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="390"/>
        <source>Delete “{0}” and everything recorded in it? This cannot be undone.</source>
        <translation>“{0}” verwijderen, met alles wat erin is vastgelegd? Dit kan niet ongedaan worden.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="399"/>
        <source>Deleted “{0}”.</source>
        <translation>“{0}” is verwijderd.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="411"/>
        <source>Made a new session from “{0}”; its agenda shows last time&apos;s notes.</source>
        <translation>Nieuwe sessie gemaakt van “{0}”; de agenda toont de notities van vorige keer.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="432"/>
        <source>Resume the session?</source>
        <translation>De sessie hervatten?</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="434"/>
        <source>Workshop stopped while “{0}” was running. Resume it where it was (activity, card and reveal step)?</source>
        <translation>Workshop stopte terwijl “{0}” liep. Hervatten waar hij was (activiteit, kaart en stap)?</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/help_menu.py" line="52"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/help_menu.py" line="54"/>
        <source>&amp;Keys…</source>
        <translation>&amp;Toetsen…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/help_menu.py" line="56"/>
        <source>User &amp;guide…</source>
        <translation>&amp;Handleiding…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/help_menu.py" line="59"/>
        <source>&amp;Welcome…</source>
        <translation>&amp;Welkom…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/help_menu.py" line="61"/>
        <source>&amp;About Workshop…</source>
        <translation>&amp;Over Workshop…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="103"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/welcome.py" line="76"/>
        <source>Demo session</source>
        <translation>Demosessie</translation>
    </message>
</context>
<context>
    <name>DecksDialog</name>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="70"/>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="77"/>
        <source>Decks</source>
        <translation>Kaartspellen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="81"/>
        <source>Deck title</source>
        <translation>Titel van het spel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="82"/>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="167"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="83"/>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="168"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="84"/>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="169"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="85"/>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="170"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="87"/>
        <source>Search the cards</source>
        <translation>De kaarten doorzoeken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="88"/>
        <source>Search title, text, options, questions, tags</source>
        <translation>Zoek in titel, tekst, opties, vragen, labels</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="92"/>
        <source>Show cards of kind</source>
        <translation>Kaarten tonen van soort</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="94"/>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="95"/>
        <source>Dilemmas</source>
        <translation>Dilemma&apos;s</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="96"/>
        <source>Exercises</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="97"/>
        <source>Prompts</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="102"/>
        <source>Show cards with tag</source>
        <translation>Kaarten tonen met label</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="106"/>
        <source>dilemma</source>
        <translation>dilemma</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="107"/>
        <source>exercise</source>
        <translation>oefening</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="108"/>
        <source>prompt</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="112"/>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="117"/>
        <source>Preview: what the wall would show</source>
        <translation>Voorbeeld: wat de muur zou tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="122"/>
        <source>Last message</source>
        <translation>Laatste bericht</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="141"/>
        <source>&amp;Decks</source>
        <translation>Kaart&amp;spellen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="147"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="148"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="149"/>
        <source>Dele&amp;te…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="157"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="158"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="166"/>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="176"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="187"/>
        <source>New &amp;card</source>
        <translation>Nieuwe &amp;kaart</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="188"/>
        <source>Ta&amp;g…</source>
        <translation>&amp;Label…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="189"/>
        <source>&amp;Move to…</source>
        <translation>Verplaatsen &amp;naar…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="190"/>
        <source>De&amp;lete</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="191"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Doorzoeken…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="204"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="190"/>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="232"/>
        <source>{0} · {1} · {2} cards · {3}</source>
        <translation>{0} · {1} · {2} kaarten · {3}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="260"/>
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="276"/>
        <source>New deck</source>
        <translation>Nieuw spel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="276"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="283"/>
        <source>{0} (copy)</source>
        <translation>{0} (kopie)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="293"/>
        <source>Delete deck</source>
        <translation>Spel verwijderen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="294"/>
        <source>Delete “{0}” and its cards? Sessions keep the cards they played.</source>
        <translation>“{0}” en zijn kaarten verwijderen? Sessies houden de kaarten die ze speelden.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="311"/>
        <source>Import a deck</source>
        <translation>Een spel importeren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="313"/>
        <source>Deck files (*.wsdeck *.json *.csv)</source>
        <translation>Kaartspelbestanden (*.wsdeck *.json *.csv)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="327"/>
        <source>Imported “{0}”: {1} cards added, {2} updated.</source>
        <translation>“{0}” geïmporteerd: {1} kaarten toegevoegd, {2} bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="347"/>
        <source>Export the deck</source>
        <translation>Het spel exporteren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="349"/>
        <source>Deck file (*.wsdeck);;JSON (*.json);;CSV (*.csv)</source>
        <translation>Kaartspelbestand (*.wsdeck);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="358"/>
        <source>Saved {0}.</source>
        <translation>Opgeslagen: {0}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../workshop/ui/errors.py" line="43"/>
        <source>Something unexpected went wrong: {0}

Everything you confirmed is saved. The details are in {1}.</source>
        <translation>Er ging iets onverwachts mis: {0}

Alles wat je hebt bevestigd is bewaard. De details staan in {1}.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/errors.py" line="50"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
</context>
<context>
    <name>ExercisesPanel</name>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="31"/>
        <source>Exercise to run</source>
        <translation>Oefening om te doen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="38"/>
        <source>Show the sca&amp;le</source>
        <translation>De sc&amp;haal tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="34"/>
        <source>R&amp;un on the wall</source>
        <translation>Op de m&amp;uur zetten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="36"/>
        <source>Show the ins&amp;tructions</source>
        <translation>De ui&amp;tleg tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="40"/>
        <source>Exerc&amp;ise</source>
        <translation>Oef&amp;ening</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="80"/>
        <source>No exercise is running. Choose one and run it.</source>
        <translation>Er loopt geen oefening. Kies er een en zet hem op de muur.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="83"/>
        <source>Running: {0} · {1} min · hand in: {2}</source>
        <translation>Loopt: {0} · {1} min · inleveren: {2}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="103"/>
        <source>Group {0}</source>
        <translation>Groep {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="105"/>
        <source>Output of group {0}</source>
        <translation>Resultaat van groep {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="113"/>
        <source>Stage of group {0}</source>
        <translation>Trede van groep {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="114"/>
        <source>(no stage yet)</source>
        <translation>(nog geen trede)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="41"/>
        <source>Paper size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="42"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="43"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="69"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="71"/>
        <source>Choose where to save: {0}</source>
        <translation>Kies waar op te slaan: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="79"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="81"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="98"/>
        <source>Export summary</source>
        <translation>Samenvatting exporteren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="102"/>
        <source>Summary file</source>
        <translation>Bestand voor de samenvatting</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="51"/>
        <source>Edition</source>
        <translation>Editie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="53"/>
        <source>For people who were not there (no participant names)</source>
        <translation>Voor wie er niet bij was (zonder namen van deelnemers)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="59"/>
        <source>For participants (names included)</source>
        <translation>Voor deelnemers (met namen)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="106"/>
        <source>Also a follow-up &amp;handout, one highlight per page</source>
        <translation>Ook een &amp;hand-out, één hoogtepunt per pagina</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="108"/>
        <source>Also write the follow-up handout</source>
        <translation>Ook de hand-out schrijven</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="110"/>
        <source>Handout file</source>
        <translation>Bestand voor de hand-out</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="121"/>
        <source>No handout: mark a card as a highlight (Ctrl+H) to hand it out.</source>
        <translation>Geen hand-out: markeer een kaart als hoogtepunt (Ctrl+H) om die uit te delen.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="124"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="128"/>
        <source>&amp;Summary file</source>
        <translation>&amp;Samenvatting</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="129"/>
        <source>&amp;Edition</source>
        <translation>E&amp;ditie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="130"/>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="132"/>
        <source>Handout &amp;file</source>
        <translation>Bestand voor hand-&amp;out</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="140"/>
        <source>Say where to save the summary.</source>
        <translation>Geef aan waar de samenvatting moet komen.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="143"/>
        <source>Say where to save the handout.</source>
        <translation>Geef aan waar de hand-out moet komen.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../../workshop/ui/export_job.py" line="49"/>
        <source>Cancelled. Nothing was written; an earlier file is unchanged.</source>
        <translation>Geannuleerd. Er is niets geschreven; een eerder bestand is ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/export_job.py" line="61"/>
        <source>Something unexpected went wrong while writing: {0}. Nothing was written; an earlier file is unchanged. The details are in {1}.</source>
        <translation>Er ging onverwacht iets mis bij het schrijven: {0}. Er is niets geschreven; een eerder bestand is ongewijzigd. De details staan in {1}.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/export_job.py" line="86"/>
        <source>Writing the PDF…</source>
        <translation>De pdf wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/export_job.py" line="86"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/export_job.py" line="88"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/export_job.py" line="89"/>
        <source>Export progress</source>
        <translation>Voortgang van de export</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/export_job.py" line="114"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/export_job.py" line="117"/>
        <source>Writing the PDF… page {0}</source>
        <translation>De pdf wordt geschreven… pagina {0}</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="69"/>
        <source>Form by number of groups or by group size</source>
        <translation>Indelen op aantal groepen of op groepsgrootte</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="70"/>
        <source>Number of groups</source>
        <translation>Aantal groepen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="71"/>
        <source>People per group</source>
        <translation>Mensen per groep</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="75"/>
        <source>How many</source>
        <translation>Hoeveel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="76"/>
        <source>Bala&amp;nced: spread each organisation</source>
        <translation>Gespr&amp;eid: elke organisatie verdelen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="78"/>
        <source>&amp;Form groups (a new draw)</source>
        <translation>Groepen &amp;maken (nieuwe trekking)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="81"/>
        <source>Groups and their people</source>
        <translation>Groepen en hun mensen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="85"/>
        <source>F&amp;orm by</source>
        <translation>&amp;Indelen op</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="92"/>
        <source>Drag a person to another group, or select them and press the group&apos;s number. F2 on a group renames it.</source>
        <translation>Sleep iemand naar een andere groep, of kies iemand en druk op het nummer van de groep. F2 op een groep geeft hem een naam.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="134"/>
        <source>Name group {0}</source>
        <translation>Groep {0} een naam geven</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="134"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="151"/>
        <source>Group {0}</source>
        <translation>Groep {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="164"/>
        <source>{0} groups, formed: {1}, seed {2}.</source>
        <translation>{0} groepen, ingedeeld: {1}, seed {2}.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="170"/>
        <source>{0} participants. Form groups, or play with numbered groups only.</source>
        <translation>{0} deelnemers. Maak groepen, of speel alleen met genummerde groepen.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../workshop/ui/control/help_menu.py" line="24"/>
        <source>guide_en.html</source>
        <translation>guide_nl.html</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../workshop/ui/control/help_menu.py" line="36"/>
        <location filename="../../workshop/ui/control/help_menu.py" line="39"/>
        <source>User guide</source>
        <translation>Handleiding</translation>
    </message>
</context>
<context>
    <name>HighlightDialog</name>
    <message>
        <location filename="../../workshop/ui/control/highlight_dialog.py" line="29"/>
        <source>Highlight: {0}</source>
        <translation>Hoogtepunt: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/highlight_dialog.py" line="32"/>
        <source>Introduction for people who were not there</source>
        <translation>Inleiding voor wie er niet bij was</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/highlight_dialog.py" line="34"/>
        <source>Why this card is worth following up, in a few lines.</source>
        <translation>Waarom deze kaart de moeite waard is om op door te gaan, in een paar regels.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/highlight_dialog.py" line="38"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/highlight_dialog.py" line="42"/>
        <source>&amp;Remove highlight</source>
        <translation>Hoogtepunt &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/highlight_dialog.py" line="44"/>
        <source>Remove the highlight</source>
        <translation>Het hoogtepunt verwijderen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/highlight_dialog.py" line="47"/>
        <source>&amp;Introduction</source>
        <translation>&amp;Inleiding</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/highlight_dialog.py" line="48"/>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/highlight_dialog.py" line="54"/>
        <source>Without a link of its own, the highlight points to the card&apos;s first link, else to the session&apos;s follow-up address.</source>
        <translation>Zonder eigen link wijst het hoogtepunt naar de eerste link van de kaart, anders naar het vervolgadres van de sessie.</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="44"/>
        <source>Decks</source>
        <translation>Stapels</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="46"/>
        <source>Earlier sessions</source>
        <translation>Eerdere sessies</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="48"/>
        <source>Session title</source>
        <translation>Titel van de sessie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="49"/>
        <source>the deck&apos;s title</source>
        <translation>de titel van de stapel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="51"/>
        <source>Follow-up address</source>
        <translation>Adres voor de follow-up</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="57"/>
        <source>Number of groups</source>
        <translation>Aantal groepen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="59"/>
        <source>Which cards to play</source>
        <translation>Welke kaarten te spelen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="62"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="63"/>
        <source>How many cards to draw at random (0 for all)</source>
        <translation>Hoeveel kaarten willekeurig te trekken (0 voor alle)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="64"/>
        <source>S&amp;huffle</source>
        <translation>Sc&amp;hudden</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="65"/>
        <source>Shuffle the cards</source>
        <translation>De kaarten schudden</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="67"/>
        <source>&amp;Start session</source>
        <translation>Sessie &amp;starten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="68"/>
        <source>Start a session with the chosen deck</source>
        <translation>Start een sessie met de gekozen stapel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="69"/>
        <source>&amp;Manage decks…</source>
        <translation>Kaartspellen &amp;beheren…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="70"/>
        <source>Write, find, import and export decks</source>
        <translation>Kaartspellen schrijven, zoeken, importeren en exporteren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="72"/>
        <source>&amp;Print cards…</source>
        <translation>Kaarten af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="73"/>
        <source>Print the chosen deck as cards to cut out</source>
        <translation>Het gekozen spel afdrukken als kaarten om uit te knippen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="74"/>
        <source>De&amp;lete…</source>
        <translation>Verw&amp;ijderen…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="75"/>
        <source>Delete the chosen earlier session</source>
        <translation>De gekozen eerdere sessie verwijderen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="76"/>
        <source>Duplicate as &amp;template</source>
        <translation>Kopiëren als s&amp;jabloon</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="78"/>
        <source>A new session with the chosen one&apos;s agenda, cards and notes</source>
        <translation>Een nieuwe sessie met de agenda, kaarten en notities van de gekozen sessie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="80"/>
        <source>&amp;Open session</source>
        <translation>Sessie &amp;openen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="81"/>
        <source>Open the chosen earlier session</source>
        <translation>Open de gekozen eerdere sessie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="84"/>
        <source>No decks yet. Press Manage decks… to import a deck file or write one.</source>
        <translation>Nog geen kaartspellen. Druk op Kaartspellen beheren… om een bestand te importeren of er zelf een te schrijven.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="88"/>
        <source>No sessions yet. Choose a deck, give the session a title and press Start session; or try the demo from Help &gt; Welcome.</source>
        <translation>Nog geen sessies. Kies een kaartspel, geef de sessie een titel en druk op Sessie starten; of probeer de demo via Help &gt; Welkom.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="100"/>
        <source>&amp;Decks</source>
        <translation>Sta&amp;pels</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="105"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="106"/>
        <source>&amp;Follow-up address</source>
        <translation>&amp;Adres voor de follow-up</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="107"/>
        <source>&amp;Groups</source>
        <translation>&amp;Groepen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="108"/>
        <source>&amp;Cards</source>
        <translation>&amp;Kaarten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="110"/>
        <source>D&amp;raw at random</source>
        <translation>&amp;Willekeurig trekken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="123"/>
        <source>&amp;Earlier sessions</source>
        <translation>&amp;Eerdere sessies</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="154"/>
        <source>{0}  ({1} cards)</source>
        <translation>{0}  ({1} kaarten)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="160"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="161"/>
        <source>running</source>
        <translation>bezig</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="162"/>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="182"/>
        <location filename="../../workshop/ui/control/home_panel.py" line="235"/>
        <source>Choose a deck first.</source>
        <translation>Kies eerst een stapel.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="204"/>
        <source>All cards</source>
        <translation>Alle kaarten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="205"/>
        <source>Hand-picked…</source>
        <translation>Zelf kiezen…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="211"/>
        <source>With the tag “{0}”</source>
        <translation>Met het label “{0}”</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="222"/>
        <source>Hand-picked: {0} cards</source>
        <translation>Zelf gekozen: {0} kaarten</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="66"/>
        <source>Import a deck</source>
        <translation>Een spel importeren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="83"/>
        <source>Import into</source>
        <translation>Importeren in</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="84"/>
        <source>A new deck</source>
        <translation>Een nieuwe stapel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="87"/>
        <source>{0} ({1} cards)</source>
        <translation>{0} ({1} kaarten)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="90"/>
        <source>Columns Workshop does not know</source>
        <translation>Kolommen die Workshop niet kent</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="91"/>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="91"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="95"/>
        <source>Columns to map</source>
        <translation>Kolommen toewijzen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="99"/>
        <source>What the import does</source>
        <translation>Wat de import doet</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="101"/>
        <source>Cards in the import</source>
        <translation>Kaarten in de import</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="102"/>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="102"/>
        <source>What changes</source>
        <translation>Wat er verandert</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="104"/>
        <source>&amp;Keep them</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="105"/>
        <source>&amp;Remove them from the deck</source>
        <translation>&amp;Uit de stapel verwijderen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="112"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="122"/>
        <source>(ignore this column)</source>
        <translation>(deze kolom overslaan)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="123"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="124"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="125"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="128"/>
        <source>Option {0}</source>
        <translation>Optie {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="130"/>
        <source>Note on option {0}</source>
        <translation>Notitie bij optie {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="132"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="133"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="134"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="135"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="136"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="137"/>
        <source>Group size</source>
        <translation>Groepsgrootte</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="138"/>
        <source>Output</source>
        <translation>Opbrengst</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="139"/>
        <source>Stages</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="140"/>
        <source>Card id (uid)</source>
        <translation>Kaart-id (uid)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="148"/>
        <source>Import &amp;into</source>
        <translation>Importeren &amp;in</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="154"/>
        <source>Choose the field each column holds; Workshop remembers it for next time.</source>
        <translation>Kies welk veld elke kolom bevat; Workshop onthoudt het voor de volgende keer.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="164"/>
        <source>Cards no longer in the file:</source>
        <translation>Kaarten die niet meer in het bestand staan:</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="182"/>
        <source>Field for column {0}</source>
        <translation>Veld voor kolom {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="183"/>
        <source>Choose a field…</source>
        <translation>Kies een veld…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="262"/>
        <source>This file cannot be imported ({0} problems). Nothing has changed.</source>
        <translation>Dit bestand kan niet worden geïmporteerd ({0} problemen). Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="279"/>
        <source>tab separated</source>
        <translation>gescheiden door tabs</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="279"/>
        <source>semicolon separated</source>
        <translation>gescheiden door puntkomma&apos;s</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="280"/>
        <source>Read as {0}, {1}.</source>
        <translation>Gelezen als {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="281"/>
        <source>comma separated</source>
        <translation>gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="285"/>
        <source>A new deck “{0}” with {1} cards.</source>
        <translation>Een nieuwe stapel “{0}” met {1} kaarten.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="290"/>
        <source>Into “{0}”: {1} added, {2} updated, {3} unchanged, {4} no longer in the file.</source>
        <translation>In “{0}”: {1} toegevoegd, {2} bijgewerkt, {3} ongewijzigd, {4} niet meer in het bestand.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="299"/>
        <source>The cards take the file&apos;s order.</source>
        <translation>De kaarten krijgen de volgorde van het bestand.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="302"/>
        <source>Importing would change nothing; choose “A new deck” for a copy.</source>
        <translation>Importeren verandert niets; kies “Een nieuwe stapel” voor een kopie.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="306"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="308"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="314"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="315"/>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="315"/>
        <source>kept</source>
        <translation>bewaard</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="316"/>
        <source>No longer in the file</source>
        <translation>Niet meer in het bestand</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="323"/>
        <source>option {0}</source>
        <translation>optie {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="325"/>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="325"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="325"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="326"/>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="326"/>
        <source>option notes</source>
        <translation>notities bij opties</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="327"/>
        <source>questions</source>
        <translation>vragen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="327"/>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="327"/>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="328"/>
        <source>links</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="328"/>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="329"/>
        <source>group size</source>
        <translation>groepsgrootte</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="329"/>
        <source>output</source>
        <translation>opbrengst</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="330"/>
        <source>stages</source>
        <translation>fasen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="341"/>
        <source>… and {0} more</source>
        <translation>… en nog {0}</translation>
    </message>
</context>
<context>
    <name>KeysHelp</name>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="32"/>
        <source>Next reveal step, then the next card</source>
        <translation>Volgende stap, daarna de volgende kaart</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="33"/>
        <source>Back one step</source>
        <translation>Eén stap terug</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="34"/>
        <source>Blank the projector black; again to show</source>
        <translation>Projector zwart; nog eens om te tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="37"/>
        <source>Blank the projector white; again to show</source>
        <translation>Projector wit; nog eens om te tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="40"/>
        <source>Start or pause the timer</source>
        <translation>De timer starten of pauzeren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="41"/>
        <source>One minute more on the timer</source>
        <translation>Eén minuut extra op de timer</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="42"/>
        <source>Reveal the results together; again for the card</source>
        <translation>De resultaten samen tonen; nog eens voor de kaart</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="45"/>
        <source>Results as a bar chart, or the groups side by side</source>
        <translation>Resultaten als staafgrafiek, of de groepen naast elkaar</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="48"/>
        <source>All the keys (this list)</source>
        <translation>Alle toetsen (deze lijst)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="49"/>
        <source>The next activity of the agenda, on the wall</source>
        <translation>De volgende activiteit van de agenda, op de muur</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="52"/>
        <source>The summary&apos;s QR code on the wall; again to go back</source>
        <translation>De QR-code van de samenvatting op de muur; nogmaals om terug te gaan</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="59"/>
        <source>1–9, letter, reason, Enter</source>
        <translation>1–9, letter, reden, Enter</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="60"/>
        <source>Record a group&apos;s choice</source>
        <translation>De keuze van een groep vastleggen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="61"/>
        <source>1–4, count, Enter / + −</source>
        <translation>1–4, aantal, Enter / + −</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="62"/>
        <source>Plenary: hands for option A–D</source>
        <translation>Plenair: handen voor optie A–D</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="63"/>
        <source>Tips board: the column for the next tip</source>
        <translation>Tipsbord: de kolom voor de volgende tip</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="64"/>
        <source>Tips board: merge the selected tips</source>
        <translation>Tipsbord: de gekozen tips samenvoegen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="65"/>
        <source>Leave the projector&apos;s full screen</source>
        <translation>Schermvullende projector verlaten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="132"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="136"/>
        <source>Keys and what they do</source>
        <translation>Toetsen en wat ze doen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="137"/>
        <source>Key</source>
        <translation>Toets</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="137"/>
        <source>Does</source>
        <translation>Doet</translation>
    </message>
</context>
<context>
    <name>LibraryDialogs</name>
    <message>
        <location filename="../../workshop/ui/library_dialogs.py" line="17"/>
        <location filename="../../workshop/ui/library_dialogs.py" line="53"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/library_dialogs.py" line="21"/>
        <source>Restore backup {0}, made {1}? The damaged file is kept beside it, renamed, in case someone can rescue more from it.</source>
        <translation>Reservekopie {0} terugzetten, gemaakt {1}? Het beschadigde bestand blijft ernaast bewaard, onder een andere naam, voor het geval iemand er meer uit kan redden.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/library_dialogs.py" line="28"/>
        <source>&amp;Restore the backup</source>
        <translation>Reservekopie &amp;terugzetten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/library_dialogs.py" line="30"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/library_dialogs.py" line="45"/>
        <source>This change was not saved.</source>
        <translation>Deze wijziging is niet bewaard.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../workshop/core/commands.py" line="75"/>
        <location filename="../../workshop/core/commands.py" line="161"/>
        <location filename="../../workshop/core/game.py" line="18"/>
        <location filename="../../workshop/core/highlights.py" line="28"/>
        <source>There is no card {number} in this session.</source>
        <translation>Er is geen kaart {number} in deze sessie.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/commands.py" line="169"/>
        <source>Type the letter of the chosen option: {letters}.</source>
        <translation>Typ de letter van de gekozen optie: {letters}.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/commands.py" line="174"/>
        <location filename="../../workshop/core/game.py" line="64"/>
        <source>Option {option} is not on this card; choose one of {letters}.</source>
        <translation>Optie {option} staat niet op deze kaart; kies uit {letters}.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/commands.py" line="182"/>
        <location filename="../../workshop/core/exercise_edits.py" line="71"/>
        <source>Group {group} is not a group number (1 to {most}).</source>
        <translation>Groep {group} is geen groepsnummer (1 tot en met {most}).</translation>
    </message>
    <message>
        <location filename="../../workshop/core/details.py" line="82"/>
        <source>A session needs a title.</source>
        <translation>Een sessie heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/details.py" line="85"/>
        <source>A title has at most {most} characters.</source>
        <translation>Een titel heeft hoogstens {most} tekens.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/details.py" line="89"/>
        <source>The follow-up address</source>
        <translation>Het vervolgadres</translation>
    </message>
    <message>
        <location filename="../../workshop/core/details.py" line="95"/>
        <source>A session has at most {most} participants.</source>
        <translation>Een sessie heeft hoogstens {most} deelnemers.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/details.py" line="101"/>
        <source>The introduction has at most {most} characters.</source>
        <translation>De inleiding heeft hoogstens {most} tekens.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/details.py" line="69"/>
        <source>“{day}” is not a date; write it as year-month-day, like 2026-03-05.</source>
        <translation>“{day}” is geen datum; schrijf jaar-maand-dag, zoals 2026-03-05.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/decks.py" line="160"/>
        <source>There is no deck “{name}”; &apos;workshop deck list&apos; shows them.</source>
        <translation>Er is geen stapel “{name}”; &apos;workshop deck list&apos; toont ze.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/decks.py" line="163"/>
        <source>Several decks are called “{name}”; name one by its id.</source>
        <translation>Meerdere stapels heten “{name}”; noem er een bij zijn id.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/decks.py" line="181"/>
        <source>There is no deck with id {id}.</source>
        <translation>Er is geen stapel met id {id}.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/library.py" line="93"/>
        <source>{path} is open in the Workshop app; make this change there, or close the app and try again. Nothing was changed.</source>
        <translation>{path} is geopend in de Workshop-app; breng deze wijziging daar aan, of sluit de app en probeer het opnieuw. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/library.py" line="146"/>
        <source>{path} is a folder; give the path of a library file.</source>
        <translation>{path} is een map; geef het pad van een bibliotheekbestand.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/library.py" line="173"/>
        <source>{path} cannot be opened as a Workshop library: {reason}.</source>
        <translation>{path} kan niet worden geopend als Workshop-bibliotheek: {reason}.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/library.py" line="183"/>
        <source>{path} cannot be created: {reason}.</source>
        <translation>{path} kan niet worden gemaakt: {reason}.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/library.py" line="204"/>
        <source>{path} is an empty file, not a library. Delete it to start a new library, or put a backup in its place (&apos;workshop backup list&apos;).</source>
        <translation>{path} is een leeg bestand, geen bibliotheek. Verwijder het om een nieuwe bibliotheek te beginnen, of zet er een reservekopie voor in de plaats (&apos;workshop backup list&apos;).</translation>
    </message>
    <message>
        <location filename="../../workshop/store/library.py" line="216"/>
        <source>{path} is read-only: Workshop cannot save to it. Make the file and its folder writable, or copy it to a folder you can write to and open the copy.</source>
        <translation>{path} is alleen-lezen: Workshop kan er niets in bewaren. Maak het bestand en zijn map beschrijfbaar, of kopieer het naar een map waarin je kunt schrijven en open de kopie.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/library.py" line="233"/>
        <source>{path} was made by a newer Workshop; opened read-only. Update Workshop to change it.</source>
        <translation>{path} is gemaakt door een nieuwere Workshop; alleen-lezen geopend. Werk Workshop bij om het te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/runner.py" line="43"/>
        <source>Could not save ({reason}); nothing was changed. Check the disk and try again.</source>
        <translation>Kon niet bewaren ({reason}); er is niets veranderd. Controleer de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/session_admin.py" line="32"/>
        <location filename="../../workshop/store/sessions.py" line="168"/>
        <location filename="../../workshop/store/sessions.py" line="192"/>
        <source>There is no session with id {id}.</source>
        <translation>Er is geen sessie met id {id}.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/sessions.py" line="176"/>
        <source>The session “{title}” in the library breaks a rule of the app ({problem}); restore a backup (workshop backup list) or an archive of it.</source>
        <translation>De sessie ‘{title}’ in de bibliotheek breekt een regel van de app ({problem}); zet een reservekopie terug (workshop backup list) of een archief ervan.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/sessions.py" line="223"/>
        <source>There is no session “{name}”; &apos;workshop session list&apos; shows them.</source>
        <translation>Er is geen sessie “{name}”; &apos;workshop session list&apos; toont ze.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/sessions.py" line="226"/>
        <source>Several sessions are called “{name}”; name one by its id.</source>
        <translation>Meerdere sessies heten “{name}”; noem er een bij zijn id.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/cards.py" line="94"/>
        <source>{what} must start with http:// or https:// and name a site.</source>
        <translation>{what} moet beginnen met http:// of https:// en een site noemen.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/cards.py" line="101"/>
        <source>{what} is {length} characters long; a QR code that scans well holds at most {most}. Use a shorter address.</source>
        <translation>{what} is {length} tekens lang; een QR-code die goed scant bevat hoogstens {most}. Gebruik een korter adres.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/highlights.py" line="36"/>
        <source>A highlight&apos;s introduction has at most {most} characters.</source>
        <translation>De inleiding van een hoogtepunt heeft hoogstens {most} tekens.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/archive.py" line="249"/>
        <location filename="../../workshop/core/highlights.py" line="41"/>
        <source>The highlight&apos;s link</source>
        <translation>De link van het hoogtepunt</translation>
    </message>
    <message>
        <location filename="../../workshop/export/card_sheets.py" line="163"/>
        <source>Cards are printed 4 or 8 to a page, not {n}.</source>
        <translation>Kaarten worden met 4 of 8 per pagina afgedrukt, niet {n}.</translation>
    </message>
    <message>
        <location filename="../../workshop/export/card_sheets.py" line="168"/>
        <source>The deck “{title}” has no cards to print.</source>
        <translation>Het spel “{title}” heeft geen kaarten om af te drukken.</translation>
    </message>
    <message>
        <location filename="../../workshop/files.py" line="47"/>
        <source>Could not write {file}: {reason}. Nothing was written; an earlier file of that name is unchanged.</source>
        <translation>Kon {file} niet schrijven: {reason}. Er is niets geschreven; een eerder bestand met die naam is ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../workshop/export/handout.py" line="64"/>
        <source>This session has no highlights to hand out yet; mark a card as a highlight first.</source>
        <translation>Deze sessie heeft nog geen hoogtepunten om uit te delen; markeer eerst een kaart als hoogtepunt.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/game.py" line="72"/>
        <source>A count of hands is between 0 and {most}.</source>
        <translation>Een aantal handen ligt tussen 0 en {most}.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/choice.py" line="46"/>
        <source>This deck has no dilemma card “{uid}”.</source>
        <translation>Dit spel heeft geen dilemmakaart “{uid}”.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/choice.py" line="55"/>
        <source>No dilemma card of this deck has the tag “{tag}”.</source>
        <translation>Geen dilemmakaart van dit spel heeft het label “{tag}”.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/choice.py" line="60"/>
        <source>The number of cards to draw cannot be negative.</source>
        <translation>Het aantal te trekken kaarten kan niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="137"/>
        <source>{what} cannot be empty.</source>
        <translation>{what} mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="140"/>
        <location filename="../../workshop/core/board_edits.py" line="373"/>
        <source>{what} has at most {most} characters.</source>
        <translation>{what} heeft hoogstens {most} tekens.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="150"/>
        <source>That tip is not on the board.</source>
        <translation>Die tip staat niet op het bord.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="157"/>
        <source>That column is not on the board.</source>
        <translation>Die kolom staat niet op het bord.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="163"/>
        <location filename="../../workshop/core/board_edits.py" line="172"/>
        <source>A column&apos;s title</source>
        <translation>De titel van een kolom</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="188"/>
        <source>Move the tips to another column than this one.</source>
        <translation>Verplaats de tips naar een andere kolom dan deze.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="216"/>
        <location filename="../../workshop/core/board_edits.py" line="232"/>
        <source>A tip</source>
        <translation>Een tip</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="268"/>
        <source>Choose two tips or more to merge.</source>
        <translation>Kies twee of meer tips om samen te voegen.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="270"/>
        <location filename="../../workshop/core/board_edits.py" line="291"/>
        <source>A cluster&apos;s title</source>
        <translation>De titel van een groepje</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="289"/>
        <source>That cluster is not on the board.</source>
        <translation>Dat groepje staat niet op het bord.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="328"/>
        <source>That tip was not deleted.</source>
        <translation>Die tip was niet verwijderd.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="331"/>
        <source>Add a column to put the tip in.</source>
        <translation>Voeg een kolom toe om de tip in te zetten.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="374"/>
        <source>The board&apos;s question</source>
        <translation>De vraag van het bord</translation>
    </message>
    <message>
        <location filename="../../workshop/core/groups.py" line="60"/>
        <source>Say how many groups, or how large a group is.</source>
        <translation>Geef aan hoeveel groepen, of hoe groot een groep is.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/groups.py" line="98"/>
        <source>A session has 1 to {most} groups.</source>
        <translation>Een sessie heeft 1 tot {most} groepen.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/groups.py" line="102"/>
        <source>{groups} groups need at least {groups} participants.</source>
        <translation>{groups} groepen hebben minstens {groups} deelnemers nodig.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/groups.py" line="118"/>
        <source>There is no group {group}.</source>
        <translation>Er is geen groep {group}.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/exercise_edits.py" line="28"/>
        <source>“{title}” is not an exercise card.</source>
        <translation>“{title}” is geen oefenkaart.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/exercise_edits.py" line="62"/>
        <source>No exercise is running.</source>
        <translation>Er loopt geen oefening.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/exercise_edits.py" line="66"/>
        <source>This exercise has no stage {stage}.</source>
        <translation>Deze oefening heeft geen trede {stage}.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/agenda.py" line="100"/>
        <source>“{time}” is not a time; write it like 09:30.</source>
        <translation>“{time}” is geen tijd; schrijf het zoals 09:30.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/agenda.py" line="167"/>
        <source>An activity needs a title.</source>
        <translation>Een activiteit heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/agenda.py" line="170"/>
        <source>An activity lasts 0 to {most} minutes.</source>
        <translation>Een activiteit duurt 0 tot {most} minuten.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/agenda.py" line="173"/>
        <source>The slides&apos; link</source>
        <translation>De link naar de dia&apos;s</translation>
    </message>
    <message>
        <location filename="../../workshop/core/agenda.py" line="178"/>
        <source>A presenter&apos;s link</source>
        <translation>De link van een presentator</translation>
    </message>
    <message>
        <location filename="../../workshop/core/agenda.py" line="190"/>
        <source>An agenda has at most {most} activities.</source>
        <translation>Een agenda heeft hoogstens {most} activiteiten.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/agenda.py" line="210"/>
        <source>The running activity cannot be removed.</source>
        <translation>De lopende activiteit kan niet weg.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/agenda.py" line="242"/>
        <source>The agenda is done.</source>
        <translation>De agenda is klaar.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/archive.py" line="54"/>
        <source>{file} is not a Workshop session archive: {problem}</source>
        <translation>{file} is geen archief van een Workshop-sessie: {problem}</translation>
    </message>
    <message>
        <location filename="../../workshop/store/deck_edits.py" line="111"/>
        <source>That card is not in the library.</source>
        <translation>Die kaart staat niet in de bibliotheek.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/deck_edits.py" line="174"/>
        <source>There is no card with id {id}.</source>
        <translation>Er is geen kaart met id {id}.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/deck_files.py" line="53"/>
        <source>{file}: a deck file ends in .wsdeck, .json or .csv.</source>
        <translation>{file}: een kaartspelbestand eindigt op .wsdeck, .json of .csv.</translation>
    </message>
    <message>
        <location filename="../../workshop/share/address.py" line="50"/>
        <source>{host} is not an IPv4 address such as 192.168.1.20.</source>
        <translation>{host} is geen IPv4-adres zoals 192.168.1.20.</translation>
    </message>
    <message>
        <location filename="../../workshop/share/address.py" line="55"/>
        <source>{host} cannot be shared on: pick the address of one network interface, such as 192.168.1.20.</source>
        <translation>Op {host} kan niet worden gedeeld: kies het adres van één netwerkaansluiting, zoals 192.168.1.20.</translation>
    </message>
    <message>
        <location filename="../../workshop/share/address.py" line="69"/>
        <source>Port {port} does not exist: use 1 to 65535, or 0 for any free one.</source>
        <translation>Poort {port} bestaat niet: gebruik 1 tot 65535, of 0 voor een willekeurige vrije poort.</translation>
    </message>
    <message>
        <location filename="../../workshop/share/address.py" line="82"/>
        <source>The address {address} is {length} characters; at most {most} scan well from the back of the room.</source>
        <translation>Het adres {address} is {length} tekens lang; hooguit {most} scannen goed vanaf de achterste rij.</translation>
    </message>
    <message>
        <location filename="../../workshop/share/server.py" line="162"/>
        <source>Cannot share on {host}, port {port}: {reason}.</source>
        <translation>Kan niet delen op {host}, poort {port}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../workshop/paths.py" line="65"/>
        <source>This installation of Workshop is incomplete: {folder} lacks {listed}. Install it again (pip install --force-reinstall workshop-facilitator).</source>
        <translation>Deze installatie van Workshop is onvolledig: in {folder} ontbreken {listed}. Installeer het opnieuw (pip install --force-reinstall workshop-facilitator).</translation>
    </message>
    <message>
        <location filename="../../workshop/store/backups.py" line="51"/>
        <source>{path} cannot be opened as a Workshop library: {reason}. Nothing was changed in it.</source>
        <translation>{path} kan niet worden geopend als Workshop-bibliotheek: {reason}. Er is niets in gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/backups.py" line="61"/>
        <source>{path} is damaged ({reason}). Nothing was changed in it, and there is no good backup of it.</source>
        <translation>{path} is beschadigd ({reason}). Er is niets in gewijzigd, en er is geen goede reservekopie van.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/backups.py" line="71"/>
        <source>{path} is damaged ({reason}). Nothing was changed in it. The newest good backup is number {number}, made {made}: &apos;workshop backup restore {number}&apos; puts it back.</source>
        <translation>{path} is beschadigd ({reason}). Er is niets in gewijzigd. De nieuwste goede reservekopie is nummer {number}, gemaakt {made}: &apos;workshop backup restore {number}&apos; zet die terug.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/backups.py" line="124"/>
        <source>The backups in {folder} cannot be read: {reason}.</source>
        <translation>De reservekopieën in {folder} kunnen niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/backups.py" line="182"/>
        <source>Could not make a backup in {folder}: {reason}. The library is unchanged.</source>
        <translation>Kon geen reservekopie maken in {folder}: {reason}. De bibliotheek is ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/backups.py" line="314"/>
        <source>There is no backup number {number}; &apos;workshop backup list&apos; shows them.</source>
        <translation>Er is geen reservekopie nummer {number}; &apos;workshop backup list&apos; toont ze.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/backups.py" line="323"/>
        <source>Backup number {number} is damaged too ({reason}).</source>
        <translation>Reservekopie nummer {number} is ook beschadigd ({reason}).</translation>
    </message>
    <message>
        <location filename="../../workshop/store/backups.py" line="356"/>
        <source>Could not restore backup number {number}: {reason}.</source>
        <translation>Kon reservekopie nummer {number} niet terugzetten: {reason}.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/transactions.py" line="25"/>
        <source>The library is busy: another Workshop is writing to it and did not finish within {seconds} seconds. Nothing was changed; try again in a moment.</source>
        <translation>De bibliotheek is bezet: een andere Workshop schrijft erin en was niet binnen {seconds} seconden klaar. Er is niets gewijzigd; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/single_instance.py" line="100"/>
        <source>{path} is open in another Workshop that does not answer; close it there, or wait for it to finish, then start again.</source>
        <translation>{path} is geopend in een andere Workshop die niet antwoordt; sluit hem daar, of wacht tot hij klaar is, en start dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>PickCardsDialog</name>
    <message>
        <location filename="../../workshop/ui/control/pick_cards.py" line="24"/>
        <source>Pick cards: {0}</source>
        <translation>Kaarten kiezen: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/pick_cards.py" line="27"/>
        <source>Cards to play</source>
        <translation>Te spelen kaarten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/pick_cards.py" line="35"/>
        <source>&amp;Tick the cards to play (Space ticks):</source>
        <translation>&amp;Vink de te spelen kaarten aan (spatie vinkt):</translation>
    </message>
</context>
<context>
    <name>PlenaryBar</name>
    <message>
        <location filename="../../workshop/ui/control/plenary_bar.py" line="22"/>
        <source>Hands:</source>
        <translation>Handen:</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/plenary_bar.py" line="30"/>
        <source>Hands for option {0}</source>
        <translation>Handen voor optie {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/plenary_bar.py" line="38"/>
        <source>1–4 picks an option, type the count, Enter · + / − nudge</source>
        <translation>1–4 kiest een optie, typ het aantal, Enter · + / − één erbij of eraf</translation>
    </message>
</context>
<context>
    <name>PrintCardsDialog</name>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="163"/>
        <source>Print cards</source>
        <translation>Kaarten afdrukken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="166"/>
        <source>Card sheets file</source>
        <translation>Bestand met kaartvellen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="168"/>
        <source>Cards per page</source>
        <translation>Kaarten per pagina</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="169"/>
        <source>4 per page (large)</source>
        <translation>4 per pagina (groot)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="170"/>
        <source>8 per page (small)</source>
        <translation>8 per pagina (klein)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="174"/>
        <source>Each page of fronts is followed by its backs: print on both sides, flipping on the long edge, and cut along the marks.</source>
        <translation>Na elke pagina voorkanten volgen de achterkanten: druk dubbelzijdig af, omslaan langs de lange kant, en knip langs de snijtekens.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="181"/>
        <source>&amp;Print to PDF</source>
        <translation>&amp;Afdrukken naar pdf</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="185"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="186"/>
        <source>&amp;Cards per page</source>
        <translation>&amp;Kaarten per pagina</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="187"/>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../workshop/ui/projector/window.py" line="44"/>
        <source>Workshop — projector</source>
        <translation>Workshop — projector</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/projector/window.py" line="45"/>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/projector/window.py" line="47"/>
        <source>What the room sees</source>
        <translation>Wat de zaal ziet</translation>
    </message>
</context>
<context>
    <name>RecordBar</name>
    <message>
        <location filename="../../workshop/ui/control/record_bar.py" line="40"/>
        <source>&amp;Record</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/record_bar.py" line="46"/>
        <source>&amp;Group</source>
        <translation>&amp;Groep</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/record_bar.py" line="47"/>
        <source>&amp;Option</source>
        <translation>&amp;Optie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/record_bar.py" line="48"/>
        <source>Rea&amp;son</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/record_bar.py" line="55"/>
        <source>Group number</source>
        <translation>Groepsnummer</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/record_bar.py" line="56"/>
        <source>Chosen option letter</source>
        <translation>Letter van de gekozen optie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/record_bar.py" line="57"/>
        <source>Reason in one line</source>
        <translation>Reden in één regel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/record_bar.py" line="58"/>
        <source>Record the group&apos;s choice</source>
        <translation>Leg de keuze van de groep vast</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/record_bar.py" line="61"/>
        <source>one line, then Enter</source>
        <translation>één regel, dan Enter</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/record_bar.py" line="75"/>
        <source>One of {0}</source>
        <translation>Een van {0}</translation>
    </message>
</context>
<context>
    <name>RoomShareActions</name>
    <message>
        <location filename="../../workshop/ui/control/share_actions.py" line="52"/>
        <source>Share in the room</source>
        <translation>Delen in de zaal</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_actions.py" line="94"/>
        <source>Stop sharing in the &amp;room</source>
        <translation>Stoppen met delen in de &amp;zaal</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_actions.py" line="107"/>
        <source>Share in the &amp;room…</source>
        <translation>Delen in de &amp;zaal…</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../workshop/ui/controller.py" line="146"/>
        <source>No address for the summary yet: set a follow-up address in the session details (Ctrl+D), or share in the room (Ctrl+Shift+S).</source>
        <translation>Nog geen adres voor de samenvatting: stel een vervolgadres in bij de sessiegegevens (Ctrl+D), of deel in de zaal (Ctrl+Shift+S).</translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="30"/>
        <source>Session details</source>
        <translation>Sessiegegevens</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="33"/>
        <source>Session title</source>
        <translation>Titel van de sessie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="34"/>
        <source>Session date</source>
        <translation>Datum van de sessie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="36"/>
        <source>Follow-up address</source>
        <translation>Adres voor de follow-up</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="38"/>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="39"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="40"/>
        <source>Facilitators</source>
        <translation>Begeleiders</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="41"/>
        <source>Language of the day</source>
        <translation>Taal van de dag</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="42"/>
        <source>e.g. nl or en</source>
        <translation>bijv. nl of en</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="44"/>
        <source>The summary, the handout and the shared page use Dutch words for nl.</source>
        <translation>De samenvatting, het vervolgblad en de gedeelde pagina gebruiken Nederlandse woorden bij nl.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="46"/>
        <source>Notes (only for you)</source>
        <translation>Notities (alleen voor jou)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="50"/>
        <source>Number of participants</source>
        <translation>Aantal deelnemers</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="51"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="52"/>
        <source>One per line, optionally: name, organisation</source>
        <translation>Eén per regel, eventueel: naam, organisatie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="53"/>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="55"/>
        <source>A few lines for people who were not there: what the day was about.</source>
        <translation>Een paar regels voor wie er niet bij was: waar de dag over ging.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="58"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="59"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="60"/>
        <source>&amp;Follow-up address</source>
        <translation>&amp;Adres voor de follow-up</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="61"/>
        <source>&amp;Venue</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="62"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="63"/>
        <source>F&amp;acilitators</source>
        <translation>&amp;Begeleiders</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="64"/>
        <source>&amp;Language</source>
        <translation>&amp;Gesproken taal</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="65"/>
        <source>&amp;Number of participants</source>
        <translation>Aa&amp;ntal deelnemers</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="66"/>
        <source>&amp;Participants&apos; names</source>
        <translation>Namen van d&amp;eelnemers</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="67"/>
        <source>&amp;Introduction</source>
        <translation>&amp;Inleiding</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="68"/>
        <source>Not&amp;es</source>
        <translation>Notitie&amp;s</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="77"/>
        <source>The summary&apos;s QR code points to the follow-up address. Names of participants appear only in the participants&apos; edition of the summary.</source>
        <translation>De QR-code van de samenvatting wijst naar het vervolgadres. Namen van deelnemers staan alleen in de deelnemerseditie van de samenvatting.</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../workshop/ui/control/session_view.py" line="38"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/session_view.py" line="39"/>
        <source>&amp;Cards</source>
        <translation>&amp;Kaarten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/session_view.py" line="40"/>
        <source>Tips &amp;board</source>
        <translation>Tips&amp;bord</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/session_view.py" line="41"/>
        <source>&amp;Groups</source>
        <translation>&amp;Groepen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/session_view.py" line="42"/>
        <source>E&amp;xercises</source>
        <translation>&amp;Oefeningen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="31"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="34"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="35"/>
        <source>The system&apos;s</source>
        <translation>Die van het systeem</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="40"/>
        <source>Projector screen</source>
        <translation>Scherm van de projector</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="41"/>
        <source>Automatic: the screen the control window is not on</source>
        <translation>Automatisch: het scherm waar het bedieningsvenster niet op staat</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="46"/>
        <source>{0} (not connected)</source>
        <translation>{0} (niet aangesloten)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="49"/>
        <source>Projector theme</source>
        <translation>Thema van de projector</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="50"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="51"/>
        <source>High contrast (black, white, yellow)</source>
        <translation>Hoog contrast (zwart, wit, geel)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="55"/>
        <source>Paper size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="56"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="57"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="60"/>
        <source>Default follow-up address</source>
        <translation>Standaardadres voor de follow-up</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="65"/>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="66"/>
        <source>Minutes between automatic backups</source>
        <translation>Minuten tussen automatische reservekopieën</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="70"/>
        <source>Where the backups are</source>
        <translation>Waar de reservekopieën staan</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="76"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal van de app</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="77"/>
        <source>Projector &amp;screen</source>
        <translation>&amp;Scherm van de projector</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="78"/>
        <source>Projector &amp;theme</source>
        <translation>Th&amp;ema van de projector</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="79"/>
        <source>&amp;Paper size</source>
        <translation>&amp;Papierformaat</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="80"/>
        <source>Default &amp;follow-up address</source>
        <translation>Standaard&amp;adres voor de follow-up</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="81"/>
        <source>&amp;Backups every</source>
        <translation>&amp;Reservekopie elke</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="82"/>
        <source>Backups folder</source>
        <translation>Map van de reservekopieën</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="83"/>
        <source>A new language shows the next time Workshop starts.</source>
        <translation>Een andere taal verschijnt de volgende keer dat Workshop start.</translation>
    </message>
</context>
<context>
    <name>ShareBar</name>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="111"/>
        <source>Room share</source>
        <translation>Delen in de zaal</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="113"/>
        <source>Fetches of the summary</source>
        <translation>Keren dat de samenvatting is opgehaald</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="114"/>
        <source>Show QR code (Q)</source>
        <translation>QR-code tonen (Q)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="115"/>
        <source>Show the summary&apos;s QR code on the projector</source>
        <translation>De QR-code van de samenvatting op de projector tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="119"/>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="121"/>
        <source>Share the summary as the session is now, at the same address</source>
        <translation>De samenvatting delen zoals de sessie nu is, op hetzelfde adres</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="127"/>
        <source>Stop sharing</source>
        <translation>Stoppen met delen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="128"/>
        <source>Stop sharing in the room</source>
        <translation>Stoppen met delen in de zaal</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="149"/>
        <source>Sharing in the room at {0}</source>
        <translation>Gedeeld in de zaal op {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="155"/>
        <source>Sharing in the room at {0} (summary as of {1})</source>
        <translation>Gedeeld in de zaal op {0} (samenvatting van {1})</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="161"/>
        <source>page opened: {0} · summary fetched: {1}</source>
        <translation>pagina geopend: {0} · samenvatting opgehaald: {1}</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../workshop/ui/control/share_dialog.py" line="37"/>
        <source>{0} — this computer only</source>
        <translation>{0} — alleen deze computer</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_dialog.py" line="39"/>
        <source>{0} — {1} (suggested)</source>
        <translation>{0} — {1} (voorgesteld)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_dialog.py" line="41"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_dialog.py" line="55"/>
        <source>Share in the room</source>
        <translation>Delen in de zaal</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_dialog.py" line="59"/>
        <source>Phones on the same network can open the summary while the share is on. The address holds a new secret code each time; nothing else on this computer can be reached.</source>
        <translation>Telefoons op hetzelfde netwerk kunnen de samenvatting openen zolang het delen aan staat. Het adres bevat elke keer een nieuwe geheime code; verder is niets op deze computer bereikbaar.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_dialog.py" line="67"/>
        <source>Network to share on</source>
        <translation>Netwerk om op te delen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_dialog.py" line="71"/>
        <source>Show the &amp;QR code on the projector now</source>
        <translation>De &amp;QR-code nu op de projector tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_dialog.py" line="72"/>
        <source>Show the QR code on the projector now</source>
        <translation>De QR-code nu op de projector tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_dialog.py" line="76"/>
        <source>Warning about the chosen network</source>
        <translation>Waarschuwing over het gekozen netwerk</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_dialog.py" line="80"/>
        <source>&amp;Start sharing</source>
        <translation>&amp;Beginnen met delen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_dialog.py" line="84"/>
        <source>&amp;Network</source>
        <translation>&amp;Netwerk</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_dialog.py" line="85"/>
        <source>&amp;Edition</source>
        <translation>&amp;Editie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_dialog.py" line="98"/>
        <source>Phones cannot reach this address: it is this computer&apos;s own. Join the room&apos;s Wi-Fi, or turn on this laptop&apos;s hotspot, and open this again.</source>
        <translation>Telefoons kunnen dit adres niet bereiken: het is van deze computer zelf. Ga op de wifi van de zaal, of zet de hotspot van deze laptop aan, en open dit opnieuw.</translation>
    </message>
</context>
<context>
    <name>SummaryWall</name>
    <message>
        <location filename="../../workshop/ui/widgets/summary_paint.py" line="18"/>
        <source>The summary, on your phone</source>
        <translation>De samenvatting, op je telefoon</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/widgets/summary_paint.py" line="19"/>
        <source>Scan the code with your phone&apos;s camera.</source>
        <translation>Scan de code met de camera van je telefoon.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/widgets/summary_paint.py" line="20"/>
        <source>Your phone must be on the same Wi-Fi as this laptop.</source>
        <translation>Je telefoon moet op dezelfde wifi zitten als deze laptop.</translation>
    </message>
</context>
<context>
    <name>TimerBar</name>
    <message>
        <location filename="../../workshop/ui/control/timer_bar.py" line="20"/>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/timer_bar.py" line="26"/>
        <source>Start or pause the timer (T)</source>
        <translation>De timer starten of pauzeren (T)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/timer_bar.py" line="27"/>
        <source>+1 min (M)</source>
        <translation>+1 min (M)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/timer_bar.py" line="28"/>
        <source>One minute more (M)</source>
        <translation>Eén minuut erbij (M)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/timer_bar.py" line="29"/>
        <source>Rese&amp;t</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/timer_bar.py" line="30"/>
        <source>Reset the timer</source>
        <translation>Timer terugzetten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/timer_bar.py" line="33"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/timer_bar.py" line="34"/>
        <source>Timer length in minutes</source>
        <translation>Lengte van de timer in minuten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/timer_bar.py" line="35"/>
        <source>Ti&amp;mer</source>
        <translation>Ti&amp;mer</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/timer_bar.py" line="55"/>
        <source>Time is up</source>
        <translation>De tijd is om</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/timer_bar.py" line="56"/>
        <source>Pause (T)</source>
        <translation>Pauze (T)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/timer_bar.py" line="56"/>
        <source>Start (T)</source>
        <translation>Start (T)</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <location filename="../../workshop/ui/wall.py" line="39"/>
        <source>Card {0} of {1}</source>
        <translation>Kaart {0} van {1}</translation>
    </message>
</context>
<context>
    <name>WallStrip</name>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="26"/>
        <source>On the wall</source>
        <translation>Op de muur</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="29"/>
        <source>The wall, small</source>
        <translation>De muur, klein</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="34"/>
        <source>What the room sees now</source>
        <translation>Wat de zaal nu ziet</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="63"/>
        <source>The wall is WHITE: the room sees nothing. W shows it again.</source>
        <translation>De muur is WIT: de zaal ziet niets. W toont hem weer.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="64"/>
        <source>The wall is BLACK: the room sees nothing. B shows it again.</source>
        <translation>De muur is ZWART: de zaal ziet niets. B toont hem weer.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="66"/>
        <source>On the wall: card {0} of {1}, “{2}”, step {3}.</source>
        <translation>Op de muur: kaart {0} van {1}, ‘{2}’, stap {3}.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="70"/>
        <source>On the wall: the results of “{0}”.</source>
        <translation>Op de muur: de uitslag van ‘{0}’.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="72"/>
        <source>On the wall: the tips board, page {0} of {1}.</source>
        <translation>Op de muur: het tipsbord, pagina {0} van {1}.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="76"/>
        <source>On the wall: the groups.</source>
        <translation>Op de muur: de groepen.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="78"/>
        <source>On the wall: the exercise “{0}”.</source>
        <translation>Op de muur: de oefening ‘{0}’.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="80"/>
        <source>On the wall: the groups on the scale of “{0}”.</source>
        <translation>Op de muur: de groepen op de schaal van ‘{0}’.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="82"/>
        <source>On the wall: the agenda.</source>
        <translation>Op de muur: de agenda.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="84"/>
        <source>On the wall: presenter {0} of {1}, “{2}”.</source>
        <translation>Op de muur: presentator {0} van {1}, ‘{2}’.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="88"/>
        <source>On the wall: the summary&apos;s QR code.</source>
        <translation>Op de muur: de QR-code van het verslag.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="90"/>
        <source>On the wall: the title, “{0}”.</source>
        <translation>Op de muur: de titel, ‘{0}’.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="92"/>
        <source>Timer {0}.</source>
        <translation>Timer {0}.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../workshop/ui/control/welcome.py" line="26"/>
        <source>Welcome to Workshop</source>
        <translation>Welkom bij Workshop</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/welcome.py" line="29"/>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Workshop runs an in-person training from this laptop and a projector: dilemma cards for groups, exercises, a tips board, and a summary for those who were not there.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Try a demo session&lt;/b&gt; to see it at once: the starter deck and a planned day. Press N to begin the first activity, F1 for every key.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Start your own&lt;/b&gt;: choose a deck, give the session a title and press Start session.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welkom&lt;/h2&gt;&lt;p&gt;Met Workshop geef je een training in een zaal vanaf deze laptop en een projector: dilemmakaarten voor groepen, oefeningen, een tipsbord, en een samenvatting voor wie er niet bij was.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Probeer een demosessie&lt;/b&gt; om het meteen te zien: het startkaartspel en een geplande dag. Druk op N om de eerste activiteit te beginnen, op F1 voor alle toetsen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Begin je eigen&lt;/b&gt;: kies een kaartspel, geef de sessie een titel en druk op Sessie starten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/welcome.py" line="42"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/welcome.py" line="43"/>
        <source>Try a &amp;demo session</source>
        <translation>Probeer een &amp;demosessie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/welcome.py" line="44"/>
        <source>Open a demo session with a planned day</source>
        <translation>Een demosessie openen met een geplande dag</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/welcome.py" line="46"/>
        <source>&amp;Start your own</source>
        <translation>&amp;Begin je eigen sessie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/welcome.py" line="47"/>
        <source>Go to the start page to make a session</source>
        <translation>Naar de startpagina om een sessie te maken</translation>
    </message>
</context>
</TS>
