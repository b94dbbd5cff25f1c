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
        <location filename="../../workshop/ui/control/activity_dialog.py" line="61"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="65"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="66"/>
        <source>Planned minutes</source>
        <translation>Geplande minuten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="68"/>
        <source>Link to the slides</source>
        <translation>Link naar de dia&apos;s</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="73"/>
        <source>Exercise or prompt card</source>
        <translation>Oefen- of vraagkaart</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="89"/>
        <source>&amp;Card (exercise or tips board)</source>
        <translation>&amp;Kaart (oefening of tipsbord)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="115"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="76"/>
        <source>The tips board&apos;s question</source>
        <translation>De vraag van het tipsbord</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="80"/>
        <source>Presenters</source>
        <translation>Presentatoren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="81"/>
        <source>One a line: name | title of the work | link</source>
        <translation>Eén per regel: naam | titel van het werk | link</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="85"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="86"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="87"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Minuten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="88"/>
        <source>&amp;Slides (presentation)</source>
        <translation>&amp;Dia&apos;s (presentatie)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="90"/>
        <source>&amp;Question (tips board)</source>
        <translation>&amp;Vraag (tipsbord)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="91"/>
        <source>&amp;Presenters (showcase)</source>
        <translation>&amp;Presentatoren (showcase)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/activity_dialog.py" line="96"/>
        <source>Planned clock times follow from the agenda&apos;s start time.</source>
        <translation>De geplande tijden volgen uit de begintijd van de agenda.</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="80"/>
        <source>Start time of the day</source>
        <translation>Begintijd van de dag</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="85"/>
        <source>End time and how far ahead or behind</source>
        <translation>Eindtijd en hoeveel voor of achter</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="90"/>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="92"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="92"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="92"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="92"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="93"/>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="93"/>
        <source>Last time</source>
        <translation>Vorige keer</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="97"/>
        <source>Keep, change or drop next time</source>
        <translation>Volgende keer houden, veranderen of schrappen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="98"/>
        <source>(not evaluated)</source>
        <translation>(niet geëvalueerd)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="100"/>
        <source>Keep</source>
        <translation>Houden</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="101"/>
        <source>Change</source>
        <translation>Veranderen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="102"/>
        <source>Drop</source>
        <translation>Schrappen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="106"/>
        <source>What to keep next time</source>
        <translation>Wat volgende keer te houden</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="107"/>
        <source>What to keep, change or drop next time</source>
        <translation>Wat volgende keer te houden, veranderen of schrappen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="110"/>
        <source>Star&amp;ts at</source>
        <translation>Begin&amp;t om</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="117"/>
        <source>A&amp;dd activity…</source>
        <translation>Act&amp;iviteit toevoegen…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="118"/>
        <source>&amp;Edit…</source>
        <translation>B&amp;ewerken…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="119"/>
        <source>Re&amp;move</source>
        <translation>&amp;Weghalen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="120"/>
        <source>&amp;Previous (Shift+N)</source>
        <translation>Vorige a&amp;ctiviteit (Shift+N)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="121"/>
        <source>&amp;Next activity (N)</source>
        <translation>Volge&amp;nde activiteit (N)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="122"/>
        <source>Start t&amp;his one (Ctrl+Enter)</source>
        <translation>De&amp;ze starten (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="123"/>
        <source>Show the agenda on the &amp;wall</source>
        <translation>De agenda op de m&amp;uur</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="130"/>
        <source>Eval&amp;uation of the selected activity</source>
        <translation>E&amp;valuatie van de gekozen activiteit</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="132"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="139"/>
        <source>No activities yet. Press Add activity… to plan the day: presentations, the dilemma game, exercises, the tips board, breaks. During the day N starts each one in turn.</source>
        <translation>Nog geen activiteiten. Druk op Activiteit toevoegen… om de dag te plannen: presentaties, het dilemmaspel, oefeningen, het tipsbord, pauzes. Tijdens de dag start N ze een voor een.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="146"/>
        <source>The day&apos;s agenda</source>
        <translation>De agenda van de dag</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="280"/>
        <source>Ends at {0}</source>
        <translation>Eindigt om {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="282"/>
        <source>Ends at {0} · {1} min behind plan</source>
        <translation>Eindigt om {0} · {1} min achter op schema</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="284"/>
        <source>Ends at {0} · {1} min ahead of plan</source>
        <translation>Eindigt om {0} · {1} min voor op schema</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="285"/>
        <source>Ends at {0} · on time</source>
        <translation>Eindigt om {0} · op schema</translation>
    </message>
</context>
<context>
    <name>AgendaWall</name>
    <message>
        <location filename="../../workshop/ui/widgets/agenda_paint.py" line="54"/>
        <source>✓ done: {0}</source>
        <translation>✓ afgerond: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/widgets/agenda_paint.py" line="75"/>
        <source>now · until {0}</source>
        <translation>nu · tot {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/widgets/agenda_paint.py" line="100"/>
        <source>Next: {0}</source>
        <translation>Hierna: {0}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../workshop/app.py" line="114"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
</context>
<context>
    <name>AudienceWidget</name>
    <message>
        <location filename="../../workshop/ui/widgets/room_paint.py" line="90"/>
        <source>Group {0}</source>
        <translation>Groep {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/widgets/room_paint.py" line="167"/>
        <source>Groups are not formed yet</source>
        <translation>De groepen zijn nog niet gevormd</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/widgets/room_paint.py" line="169"/>
        <source>here: {0}</source>
        <translation>aanwezig: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/widgets/room_paint.py" line="209"/>
        <source>Hand in: {0}</source>
        <translation>Inleveren: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/widgets/room_paint.py" line="297"/>
        <source>Not placed yet:</source>
        <translation>Nog niet geplaatst:</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/widgets/results_paint.py" line="156"/>
        <source>page {0} of {1}</source>
        <translation>pagina {0} van {1}</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="127"/>
        <source>The board&apos;s question</source>
        <translation>De vraag van het bord</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="128"/>
        <source>The question on the wall, e.g. What helps?</source>
        <translation>De vraag op de muur, bijvoorbeeld: Wat helpt?</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="134"/>
        <source>Column for the next tip (Alt+1 to Alt+9)</source>
        <translation>Kolom voor de volgende tip (Alt+1 tot Alt+9)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="137"/>
        <source>no group</source>
        <translation>geen groep</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="138"/>
        <source>Group of the next tip</source>
        <translation>Groep van de volgende tip</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="140"/>
        <source>Author of the next tip (optional)</source>
        <translation>Auteur van de volgende tip (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="141"/>
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="143"/>
        <source>Tip: type it and press Enter</source>
        <translation>Tip: typ hem en druk op Enter</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="144"/>
        <source>Type a tip and press Enter</source>
        <translation>Typ een tip en druk op Enter</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="150"/>
        <source>Last message</source>
        <translation>Laatste bericht</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="153"/>
        <source>Add co&amp;lumn</source>
        <translation>Ko&amp;lom toevoegen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="154"/>
        <source>Re&amp;name column</source>
        <translation>Kolom &amp;hernoemen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="155"/>
        <source>Remove col&amp;umn</source>
        <translation>Kolom weghale&amp;n</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="156"/>
        <source>Sort b&amp;y votes</source>
        <translation>Sorteren op s&amp;temmen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="157"/>
        <source>&amp;Merge (Ctrl+M)</source>
        <translation>Sa&amp;menvoegen (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="158"/>
        <source>Restore &amp;deleted…</source>
        <translation>&amp;Verwijderde terugzetten…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="159"/>
        <source>Bring &amp;in tips…</source>
        <translation>Tips &amp;ophalen…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="160"/>
        <source>From a &amp;prompt card…</source>
        <translation>Van een &amp;vraagkaart…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="168"/>
        <source>C&amp;olumn</source>
        <translation>K&amp;olom</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="169"/>
        <source>&amp;Group</source>
        <translation>&amp;Groep</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="170"/>
        <source>&amp;Author</source>
        <translation>&amp;Auteur</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="171"/>
        <source>&amp;Tip</source>
        <translation>T&amp;ip</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="179"/>
        <source>On a selected tip: + / − vote · * highlight · H hide from the wall · S out of its cluster · F2 edit · Delete · Ctrl+←/→ other column · Ctrl+↑/↓ order</source>
        <translation>Op een gekozen tip: + / − stemmen · * hoogtepunt · H niet op de muur · S uit het groepje · F2 bewerken · Delete · Ctrl+←/→ andere kolom · Ctrl+↑/↓ volgorde</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="188"/>
        <source>Tips board</source>
        <translation>Tipsbord</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="258"/>
        <source>Column {0}: {1}</source>
        <translation>Kolom {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="277"/>
        <source>No columns yet. Start with Before, During and After, add your own column, or take the question and columns from a prompt card.</source>
        <translation>Nog geen kolommen. Begin met Voor, Tijdens en Na, voeg een eigen kolom toe, of neem de vraag en de kolommen van een vraagkaart.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="283"/>
        <source>Start with the columns Before, During, After</source>
        <translation>Begin met de kolommen Voor, Tijdens, Na</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="440"/>
        <source>There is no column {0}: the board has {1}; the next tip goes to “{2}”.</source>
        <translation>Er is geen kolom {0}: het bord heeft er {1}; de volgende tip komt in “{2}”.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="443"/>
        <source>The board has no columns yet: the first tip makes three.</source>
        <translation>Het bord heeft nog geen kolommen: de eerste tip maakt er drie.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="447"/>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="447"/>
        <source>During</source>
        <translation>Tijdens</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="447"/>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="524"/>
        <source>Edit tip</source>
        <translation>Tip bewerken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="524"/>
        <location filename="../../workshop/ui/control/board_panel.py" line="621"/>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="530"/>
        <source>Add column</source>
        <translation>Kolom toevoegen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="530"/>
        <location filename="../../workshop/ui/control/board_panel.py" line="539"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="539"/>
        <source>Rename column</source>
        <translation>Kolom hernoemen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="555"/>
        <source>Remove column</source>
        <translation>Kolom weghalen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/ui/control/board_panel.py" line="557"/>
        <source>“{0}” holds %n tip(s). Move them to another column, or delete them?</source>
        <translation>
            <numerusform>In “{0}” staat %n tip. Verplaatsen naar een andere kolom, of verwijderen?</numerusform>
            <numerusform>In “{0}” staan %n tips. Verplaatsen naar een andere kolom, of verwijderen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/ui/control/board_panel.py" line="686"/>
        <source>Brought in %n tip(s) from {0}.</source>
        <translation>
            <numerusform>%n tip overgenomen uit {0}.</numerusform>
            <numerusform>%n tips overgenomen uit {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="560"/>
        <source>&amp;Move them</source>
        <translation>&amp;Verplaatsen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="561"/>
        <source>&amp;Delete them</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="593"/>
        <source>Tips are selected in {0} columns. Select the tips to merge in one column (Ctrl+click there), then Ctrl+M.</source>
        <translation>Er zijn tips gekozen in {0} kolommen. Kies de tips die samen moeten in één kolom (Ctrl+klik daar) en druk dan Ctrl+M.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="602"/>
        <source>Select two tips or more in one column (Ctrl+click) to merge.</source>
        <translation>Kies twee of meer tips in één kolom (Ctrl+klik) om ze samen te voegen.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="607"/>
        <source>Merge tips</source>
        <translation>Tips samenvoegen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="608"/>
        <source>Title for the {0} selected tips</source>
        <translation>Titel voor de {0} gekozen tips</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="617"/>
        <source>No tips were deleted.</source>
        <translation>Er zijn geen tips verwijderd.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="621"/>
        <source>Restore a deleted tip</source>
        <translation>Een verwijderde tip terugzetten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="640"/>
        <source>No deck has a prompt card yet.</source>
        <translation>Nog geen enkel kaartspel heeft een vraagkaart.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="643"/>
        <source>Prompt card</source>
        <translation>Vraagkaart</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="643"/>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="658"/>
        <source>There is no earlier session to bring tips in from.</source>
        <translation>Er is geen eerdere sessie om tips uit op te halen.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="661"/>
        <source>Bring in tips</source>
        <translation>Tips ophalen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="661"/>
        <source>From the session</source>
        <translation>Uit de sessie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/board_panel.py" line="681"/>
        <source>That session&apos;s board has no tips.</source>
        <translation>Het bord van die sessie heeft geen tips.</translation>
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
        <location filename="../../workshop/ui/decks/card_actions.py" line="158"/>
        <source>Not saved: {0}</source>
        <translation>Niet opgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="180"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="213"/>
        <source>Clear the search and filters to reorder cards.</source>
        <translation>Wis de zoekopdracht en de filters om kaarten te verplaatsen.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="231"/>
        <source>Undone or redone.</source>
        <translation>Ongedaan gemaakt of opnieuw gedaan.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="243"/>
        <source>Delete cards</source>
        <translation>Kaarten verwijderen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="248"/>
        <source>Deleted 1 card; Ctrl+Z brings it back.</source>
        <translation>1 kaart verwijderd; Ctrl+Z zet hem terug.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="250"/>
        <source>Deleted {0} cards; Ctrl+Z brings them back.</source>
        <translation>{0} kaarten verwijderd; Ctrl+Z zet ze terug.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="261"/>
        <location filename="../../workshop/ui/decks/card_actions.py" line="266"/>
        <source>Tag cards</source>
        <translation>Kaarten labelen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="262"/>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="277"/>
        <location filename="../../workshop/ui/decks/card_actions.py" line="286"/>
        <source>Move cards</source>
        <translation>Kaarten verplaatsen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="278"/>
        <source>To the deck</source>
        <translation>Naar het kaartspel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_actions.py" line="294"/>
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
        <translation>woorden, &quot;een zinsdeel&quot;, tag:geld, deck:kaartspel, kind:oefening, -woord</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="105"/>
        <source>Search in</source>
        <translation>Zoeken in</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="106"/>
        <source>All decks</source>
        <translation>Alle kaartspellen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="110"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="110"/>
        <source>Deck</source>
        <translation>Kaartspel</translation>
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
        <translation>vraagkaart</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="120"/>
        <location filename="../../workshop/ui/decks/card_browser.py" line="133"/>
        <source>Cards found</source>
        <translation>Gevonden kaarten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="136"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_browser.py" line="159"/>
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
        <translation>Vraagkaart voor het tipsbord</translation>
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
        <source>Han&amp;d in</source>
        <translation>Inle&amp;veren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="83"/>
        <source>St&amp;ages</source>
        <translation>Tre&amp;den</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="85"/>
        <source>N&amp;otes</source>
        <translation>Notiti&amp;es</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="86"/>
        <source>Tag&amp;s</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="87"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="84"/>
        <source>&amp;Columns</source>
        <translation>Kolo&amp;mmen</translation>
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
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="203"/>
        <source>new card</source>
        <translation>nieuwe kaart</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="211"/>
        <source>edit kind</source>
        <translation>soort wijzigen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="212"/>
        <source>edit title</source>
        <translation>titel wijzigen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="213"/>
        <source>edit text</source>
        <translation>tekst wijzigen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="214"/>
        <source>edit questions</source>
        <translation>vragen wijzigen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="215"/>
        <source>edit notes</source>
        <translation>notities wijzigen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="216"/>
        <source>edit tags</source>
        <translation>tags wijzigen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="217"/>
        <source>edit links</source>
        <translation>links wijzigen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="218"/>
        <source>edit minutes</source>
        <translation>minuten wijzigen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="219"/>
        <source>edit group size</source>
        <translation>groepsgrootte wijzigen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="220"/>
        <source>edit hand in</source>
        <translation>inleveren wijzigen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="221"/>
        <source>edit stages</source>
        <translation>stappen wijzigen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="227"/>
        <source>edit option {0}</source>
        <translation>optie {0} wijzigen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="229"/>
        <source>edit note on option {0}</source>
        <translation>notitie bij optie {0} wijzigen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/card_form.py" line="230"/>
        <source>edit card</source>
        <translation>kaart wijzigen</translation>
    </message>
</context>
<context>
    <name>CardsPanel</name>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="77"/>
        <source>Cards in this session</source>
        <translation>Kaarten in deze sessie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="88"/>
        <source>Live: what the room sees</source>
        <translation>Live: wat de zaal ziet</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="91"/>
        <source>Next: what the forward key will show</source>
        <translation>Hierna: wat de vooruittoets laat zien</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="105"/>
        <source>Choices recorded for this card</source>
        <translation>Vastgelegde keuzes voor deze kaart</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="108"/>
        <source>Last message</source>
        <translation>Laatste bericht</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="114"/>
        <source>&amp;Cards</source>
        <translation>&amp;Kaarten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="119"/>
        <source>Live — what the room sees</source>
        <translation>Live — wat de zaal ziet</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="120"/>
        <source>Next</source>
        <translation>Hierna</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="158"/>
        <source>End of the cards</source>
        <translation>Einde van de kaarten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="199"/>
        <source>The projector is blank. Press B to show the card again.</source>
        <translation>De projector is zwart. Druk op B om de kaart weer te tonen.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="201"/>
        <source>The room sees the results. R: back to the card · V: chart or groups</source>
        <translation>De zaal ziet de resultaten. R: terug naar de kaart · V: grafiek of groepen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="203"/>
        <source>Reveal step {0}. Right or PageDown: forward · Left or PageUp: back · B: blank · 1–9: record · R: reveal results · T: timer · F1: all keys</source>
        <translation>Stap {0}. Pijl rechts of PageDown: verder · Pijl links of PageUp: terug · B: zwart · 1–9: vastleggen · R: resultaten · T: timer · F1: alle toetsen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="217"/>
        <source>  ({0} recorded)</source>
        <translation>  ({0} vastgelegd)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="229"/>
        <source>Plenary vote. Hands: {0}</source>
        <translation>Plenaire stemming. Handen: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="236"/>
        <source>Recorded: {0}</source>
        <translation>Vastgelegd: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="238"/>
        <source>No choices recorded for this card yet.</source>
        <translation>Nog geen keuzes vastgelegd voor deze kaart.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="245"/>
        <source>Group {0} chose {1}. Saved.</source>
        <translation>Groep {0} koos {1}. Bewaard.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/cards_panel.py" line="247"/>
        <source>Group {0} chose {1} on card {2}. Saved.</source>
        <translation>Groep {0} koos {1} bij kaart {2}. Bewaard.</translation>
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
    <name>Cli</name>
    <message>
        <location filename="../../workshop/cli.py" line="35"/>
        <source>Run in-person trainings: with no command, open the app.</source>
        <translation>Geef trainingen in een zaal: zonder opdracht opent de app.</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="42"/>
        <source>library file to use instead of the one in your data folder</source>
        <translation>bibliotheekbestand om te gebruiken in plaats van dat in je gegevensmap</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="48"/>
        <source>language of the app and of these messages (default: the system&apos;s, else English)</source>
        <translation>taal van de app en van deze berichten (standaard: die van het systeem, anders Engels)</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="53"/>
        <source>work with decks</source>
        <translation>werken met kaartspellen</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="56"/>
        <source>list the decks in the library</source>
        <translation>de kaartspellen in de bibliotheek tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="57"/>
        <source>as JSON, for scripts</source>
        <translation>als JSON, voor scripts</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="58"/>
        <source>add (or update) a deck from a file</source>
        <translation>een kaartspel uit een bestand toevoegen (of bijwerken)</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="60"/>
        <source>.wsdeck, .json or .csv</source>
        <translation>.wsdeck, .json of .csv</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="63"/>
        <source>the deck&apos;s title (a CSV&apos;s default: its name)</source>
        <translation>de titel van het kaartspel (bij CSV standaard de bestandsnaam)</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="68"/>
        <source>a new deck even if this deck is already here</source>
        <translation>een nieuw kaartspel, ook als dit kaartspel er al is</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="71"/>
        <source>write a deck to a file</source>
        <translation>een kaartspel naar een bestand schrijven</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="72"/>
        <location filename="../../workshop/cli.py" line="83"/>
        <source>deck id or exact title</source>
        <translation>id of exacte titel van het kaartspel</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="78"/>
        <source>the format follows the name: .wsdeck, .json or .csv</source>
        <translation>het formaat volgt de naam: .wsdeck, .json of .csv</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="80"/>
        <source>check a deck file; exit 0 when valid</source>
        <translation>een kaartspelbestand controleren; afsluitcode 0 als het klopt</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="82"/>
        <source>print a deck as cards to cut out (PDF)</source>
        <translation>een kaartspel afdrukken als kaarten om uit te knippen (pdf)</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="85"/>
        <source>the PDF</source>
        <translation>de pdf</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="88"/>
        <source>cards per page</source>
        <translation>kaarten per pagina</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="91"/>
        <location filename="../../workshop/cli.py" line="218"/>
        <location filename="../../workshop/cli_publish.py" line="63"/>
        <source>paper size</source>
        <translation>papierformaat</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="94"/>
        <source>create a demo session with every card played</source>
        <translation>een demosessie maken waarin elke kaart gespeeld is</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="96"/>
        <source>deck id or exact title (default: the first starter deck)</source>
        <translation>id of exacte titel van het kaartspel (standaard: het eerste startkaartspel)</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="98"/>
        <source>title of the new session</source>
        <translation>titel van de nieuwe sessie</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="103"/>
        <source>address where the summary will be published</source>
        <translation>adres waar de samenvatting komt te staan</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="105"/>
        <source>number of groups (default 3)</source>
        <translation>aantal groepen (standaard 3)</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="106"/>
        <source>play only the cards with this tag</source>
        <translation>alleen de kaarten met dit label spelen</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="108"/>
        <source>draw N cards at random</source>
        <translation>N kaarten willekeurig trekken</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="111"/>
        <source>play the cards in a shuffled order</source>
        <translation>de kaarten in geschudde volgorde spelen</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="114"/>
        <source>seed of the draw and the shuffle, to repeat one</source>
        <translation>seed van de trekking en het schudden, om er een te herhalen</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="120"/>
        <source>event: a three-day session, 65 people, 13 groups, 60 rounds, 80 links</source>
        <translation>event: een driedaagse sessie, 65 mensen, 13 groepen, 60 rondes, 80 links</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="123"/>
        <source>work with sessions</source>
        <translation>werken met sessies</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="126"/>
        <source>list the sessions in the library</source>
        <translation>de sessies in de bibliotheek tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="127"/>
        <source>export a session&apos;s PDFs</source>
        <translation>de pdf&apos;s van een sessie exporteren</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="128"/>
        <location filename="../../workshop/cli.py" line="141"/>
        <location filename="../../workshop/cli.py" line="152"/>
        <location filename="../../workshop/cli.py" line="159"/>
        <location filename="../../workshop/cli.py" line="164"/>
        <location filename="../../workshop/cli.py" line="185"/>
        <location filename="../../workshop/cli_publish.py" line="27"/>
        <location filename="../../workshop/cli_room.py" line="56"/>
        <source>session id or exact title</source>
        <translation>id of exacte titel van de sessie</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="130"/>
        <source>where to write the summary PDF</source>
        <translation>waar de samenvatting (pdf) komt</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="136"/>
        <source>where to write the follow-up handout (one highlight per page)</source>
        <translation>waar de hand-out komt (één hoogtepunt per pagina)</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="140"/>
        <source>write a session to one JSON file</source>
        <translation>een sessie naar één JSON-bestand schrijven</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="145"/>
        <source>add a session from an archive file (as a new session, never over one)</source>
        <translation>een sessie uit een archiefbestand toevoegen (als nieuwe sessie, nooit over een bestaande heen)</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="150"/>
        <source>end the running activity of a session&apos;s agenda and start the next, as N does</source>
        <translation>de lopende activiteit van de agenda van een sessie beëindigen en de volgende starten, zoals N doet</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="157"/>
        <source>back to the activity before in a session&apos;s agenda, as Shift+N does</source>
        <translation>terug naar de vorige activiteit op de agenda van een sessie, zoals Shift+N</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="162"/>
        <source>serve a session&apos;s summary to phones on this network until Ctrl+C</source>
        <translation>de samenvatting van een sessie aan telefoons op dit netwerk aanbieden tot Ctrl+C</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="170"/>
        <source>this computer&apos;s IPv4 address to listen on (default: the one with the default route)</source>
        <translation>het IPv4-adres van deze computer om op te luisteren (standaard: dat met de standaardroute)</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="178"/>
        <source>port to listen on (default: a free one)</source>
        <translation>poort om op te luisteren (standaard: een vrije)</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="184"/>
        <source>open the app on a session</source>
        <translation>de app openen op een sessie</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="194"/>
        <source>check the library for damage (SQLite&apos;s checks); exit 0 when it is sound</source>
        <translation>de bibliotheek op schade controleren (de controles van SQLite); afsluitcode 0 als ze gezond is</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="196"/>
        <source>the library&apos;s backups</source>
        <translation>de reservekopieën van de bibliotheek</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="199"/>
        <source>make a backup now</source>
        <translation>nu een reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="200"/>
        <source>list the backups: number, time, size</source>
        <translation>de reservekopieën tonen: nummer, tijd, grootte</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="202"/>
        <source>put backup N in place of the library (the current file is kept)</source>
        <translation>reservekopie N in de plaats van de bibliotheek zetten (het huidige bestand blijft bewaard)</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="205"/>
        <source>the number &apos;backup list&apos; shows</source>
        <translation>het nummer dat &apos;backup list&apos; toont</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="215"/>
        <location filename="../../workshop/cli_publish.py" line="60"/>
        <source>absentee (default) names no participant; participants may</source>
        <translation>absentee (standaard) noemt geen deelnemers; participants wel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/cli.py" line="232"/>
        <location filename="../../workshop/cli.py" line="238"/>
        <location filename="../../workshop/cli.py" line="329"/>
        <location filename="../../workshop/cli.py" line="377"/>
        <location filename="../../workshop/cli.py" line="385"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n kaart</numerusform>
            <numerusform>%n kaarten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/cli.py" line="238"/>
        <source>%n choice(s)</source>
        <translation>
            <numerusform>%n keuze</numerusform>
            <numerusform>%n keuzes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="239"/>
        <source>deck: {0}</source>
        <translation>kaartspel: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/cli.py" line="287"/>
        <source>Played %n card(s)</source>
        <translation>
            <numerusform>%n kaart gespeeld</numerusform>
            <numerusform>%n kaarten gespeeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/cli.py" line="288"/>
        <source>with %n group(s) in session “{0}”.</source>
        <translation>
            <numerusform>met %n groep in sessie “{0}”.</numerusform>
            <numerusform>met %n groepen in sessie “{0}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/cli.py" line="307"/>
        <location filename="../../workshop/cli.py" line="312"/>
        <location filename="../../workshop/cli_publish.py" line="91"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="308"/>
        <source>Wrote {0} ({1}, {2} edition)</source>
        <translation>{0} geschreven ({1}, editie {2})</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="312"/>
        <location filename="../../workshop/cli.py" line="378"/>
        <source>Wrote {0} ({1})</source>
        <translation>{0} geschreven ({1})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/cli.py" line="330"/>
        <source>on %n page(s)</source>
        <translation>
            <numerusform>op %n pagina</numerusform>
            <numerusform>op %n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="331"/>
        <source>Wrote {0} ({1} {2})</source>
        <translation>{0} geschreven ({1} {2})</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="338"/>
        <location filename="../../workshop/cli_publish.py" line="127"/>
        <source>Wrote {0}</source>
        <translation>{0} geschreven</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="350"/>
        <source>The agenda of “{0}” is done.</source>
        <translation>De agenda van “{0}” is klaar.</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="352"/>
        <source>Now: {0} ({1} min); the wall shows {2}.</source>
        <translation>Nu: {0} ({1} min); de muur toont {2}.</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="365"/>
        <source>Restored “{0}” as a new session beside the session of that title already here.</source>
        <translation>“{0}” teruggezet als nieuwe sessie, naast de sessie met die titel die er al was.</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="367"/>
        <source>Restored “{0}” as a new session.</source>
        <translation>“{0}” teruggezet als nieuwe sessie.</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="386"/>
        <source>{0}: a valid deck, “{1}”, {2}</source>
        <translation>{0}: een geldig kaartspel, “{1}”, {2}</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="427"/>
        <source>No backups yet in {0}.</source>
        <translation>Nog geen reservekopieën in {0}.</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="435"/>
        <source>Restored backup {0}; the library as it was is kept as {1}.</source>
        <translation>Reservekopie {0} teruggezet; de bibliotheek zoals ze was, staat bewaard als {1}.</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="537"/>
        <location filename="../../workshop/cli.py" line="542"/>
        <source>error: {0}</source>
        <translation>fout: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="539"/>
        <source>error: interrupted</source>
        <translation>fout: onderbroken</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="544"/>
        <source>error: something unexpected went wrong ({0}: {1})</source>
        <translation>fout: er ging iets onverwachts mis ({0}: {1})</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_publish.py" line="25"/>
        <source>write a folder to upload to the follow-up address (page, PDFs, README)</source>
        <translation>een map schrijven om naar het vervolgadres te uploaden (pagina, pdf&apos;s, README)</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_publish.py" line="29"/>
        <source>the folder</source>
        <translation>de map</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_publish.py" line="32"/>
        <source>also write FOLDER.zip beside it</source>
        <translation>ook MAP.zip ernaast schrijven</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_publish.py" line="37"/>
        <source>work with several sessions of one event</source>
        <translation>werken met meerdere sessies van één evenement</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_publish.py" line="40"/>
        <source>one PDF for an event from the archives of its sessions</source>
        <translation>één pdf voor een evenement uit de archieven van zijn sessies</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_publish.py" line="43"/>
        <source>the event&apos;s title</source>
        <translation>de titel van het evenement</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_publish.py" line="49"/>
        <source>the event&apos;s follow-up address (one QR)</source>
        <translation>het vervolgadres van het evenement (één QR-code)</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_publish.py" line="51"/>
        <source>when the event was, as words</source>
        <translation>wanneer het evenement was, in woorden</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_publish.py" line="73"/>
        <source>write rounds, choices, tips, outputs and evaluations as CSV files to FOLDER</source>
        <translation>rondes, keuzes, tips, resultaten en evaluaties als CSV-bestanden naar MAP schrijven</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/cli_publish.py" line="92"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessie</numerusform>
            <numerusform>%n sessies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop/cli_publish.py" line="94"/>
        <source>Wrote {0} ({1}, {2}, {3} edition)</source>
        <translation>{0} geschreven ({1}, {2}, editie {3})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/cli_publish.py" line="109"/>
        <source>Wrote %n CSV file(s) to {0}: {1}</source>
        <translation>
            <numerusform>%n CSV-bestand naar {0} geschreven: {1}</numerusform>
            <numerusform>%n CSV-bestanden naar {0} geschreven: {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop/cli_publish.py" line="125"/>
        <source>Wrote {0}: {1}</source>
        <translation>{0} geschreven: {1}</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_publish.py" line="129"/>
        <source>Upload the folder to {0}: the summary&apos;s QR code points there.</source>
        <translation>Zet de map op {0}: de QR-code van de samenvatting wijst daarheen.</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_publish.py" line="132"/>
        <source>The session has no follow-up address: set one, so the QR codes point there.</source>
        <translation>De sessie heeft geen vervolgadres: stel er een in, zodat de QR-codes daarheen wijzen.</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_room.py" line="37"/>
        <source>let phones send tips (to the board), their group&apos;s choice or a vote (for the card on screen) while the share runs</source>
        <translation>telefoons laten insturen zolang het delen loopt: tips (naar het tipsbord), de keuze van hun groep of een stem (voor de kaart op het scherm)</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_room.py" line="46"/>
        <source>queue (default): entries wait for `workshop session queue`; wall: straight in</source>
        <translation>queue (standaard): inzendingen wachten tot je ze in de sessie goedkeurt (`workshop session queue`); wall: meteen op de muur</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_room.py" line="54"/>
        <source>list what phones sent that waits for approval; approve or reject it</source>
        <translation>tonen wat telefoons stuurden en op goedkeuring wacht; goedkeuren of afwijzen</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_room.py" line="61"/>
        <source>approve entries by number, or all of them</source>
        <translation>inzendingen goedkeuren op nummer, of allemaal (all)</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_room.py" line="63"/>
        <source>reject entries by number</source>
        <translation>inzendingen afwijzen op nummer</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_room.py" line="162"/>
        <source>Nothing from phones waits for approval in “{0}”.</source>
        <translation>Er wacht niets van telefoons op goedkeuring in “{0}”.</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_room.py" line="167"/>
        <source>{0} received, {1} approved, {2} rejected, {3} waiting.</source>
        <translation>{0} ontvangen, {1} goedgekeurd, {2} afgewezen, {3} wachtend.</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_room.py" line="173"/>
        <source>Approved {0}. {1}</source>
        <translation>Goedgekeurd: {0}. {1}</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_room.py" line="176"/>
        <source>Rejected {0}. {1}</source>
        <translation>Afgewezen: {0}. {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/cli_decks.py" line="63"/>
        <source>error: {0} cannot be imported (%n problem(s)):</source>
        <translation>
            <numerusform>fout: {0} kan niet worden geïmporteerd (%n probleem):</numerusform>
            <numerusform>fout: {0} kan niet worden geïmporteerd (%n problemen):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../workshop/core/agenda_edits.py" line="19"/>
        <location filename="../../workshop/ui/controller.py" line="300"/>
        <source>agenda</source>
        <translation>agenda aanpassen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="166"/>
        <source>add column</source>
        <translation>kolom toevoegen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="174"/>
        <source>rename column</source>
        <translation>kolom hernoemen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="180"/>
        <source>sort by votes</source>
        <translation>sorteren op stemmen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="202"/>
        <source>remove column</source>
        <translation>kolom verwijderen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="227"/>
        <source>add tip</source>
        <translation>tip toevoegen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="234"/>
        <source>edit tip</source>
        <translation>tip bewerken</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="245"/>
        <source>move tip</source>
        <translation>tip verplaatsen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="261"/>
        <source>reorder tip</source>
        <translation>tip herschikken</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="277"/>
        <source>merge tips</source>
        <translation>tips samenvoegen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="283"/>
        <source>split tip</source>
        <translation>tip splitsen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="293"/>
        <source>rename cluster</source>
        <translation>groepje hernoemen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="300"/>
        <source>vote</source>
        <translation>stemmen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="315"/>
        <source>mark tip</source>
        <translation>tip markeren</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="321"/>
        <source>delete tip</source>
        <translation>tip verwijderen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="337"/>
        <source>restore tip</source>
        <translation>tip terugzetten</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="357"/>
        <source>bring in tips</source>
        <translation>tips overnemen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/board_edits.py" line="366"/>
        <source>board question</source>
        <translation>vraag van het tipsbord</translation>
    </message>
    <message>
        <location filename="../../workshop/core/commands.py" line="68"/>
        <source>move</source>
        <translation>naar andere kaart</translation>
    </message>
    <message>
        <location filename="../../workshop/core/commands.py" line="115"/>
        <source>blank</source>
        <translation>muur leegmaken</translation>
    </message>
    <message>
        <location filename="../../workshop/core/commands.py" line="135"/>
        <source>show</source>
        <translation>op de muur tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/commands.py" line="162"/>
        <source>record choice</source>
        <translation>keuze vastleggen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/commands.py" line="215"/>
        <source>edit session details</source>
        <translation>sessiegegevens bewerken</translation>
    </message>
    <message>
        <location filename="../../workshop/core/demo.py" line="191"/>
        <location filename="../../workshop/ui/control/groups_panel.py" line="126"/>
        <source>form groups</source>
        <translation>groepen indelen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/demo.py" line="210"/>
        <location filename="../../workshop/core/demo.py" line="215"/>
        <source>plan the day</source>
        <translation>de dag plannen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/exercise_edits.py" line="21"/>
        <location filename="../../workshop/core/steps.py" line="71"/>
        <source>run exercise</source>
        <translation>oefening starten</translation>
    </message>
    <message>
        <location filename="../../workshop/core/exercise_edits.py" line="56"/>
        <source>record output</source>
        <translation>resultaat vastleggen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/game.py" line="30"/>
        <source>play mode</source>
        <translation>speelwijze</translation>
    </message>
    <message>
        <location filename="../../workshop/core/game.py" line="55"/>
        <source>count hands</source>
        <translation>handen tellen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/game.py" line="96"/>
        <source>show results</source>
        <translation>uitslag tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/game.py" line="115"/>
        <source>result style</source>
        <translation>weergave van de uitslag</translation>
    </message>
    <message>
        <location filename="../../workshop/core/game.py" line="133"/>
        <source>timer</source>
        <translation>timer</translation>
    </message>
    <message>
        <location filename="../../workshop/core/group_edits.py" line="18"/>
        <location filename="../../workshop/ui/controller.py" line="286"/>
        <source>groups</source>
        <translation>groepen aanpassen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/highlights.py" line="22"/>
        <source>highlight</source>
        <translation>hoogtepunt</translation>
    </message>
    <message>
        <location filename="../../workshop/core/steps.py" line="59"/>
        <source>timer length</source>
        <translation>duur van de timer</translation>
    </message>
    <message>
        <location filename="../../workshop/core/steps.py" line="91"/>
        <source>prompt</source>
        <translation>vraagkaart</translation>
    </message>
    <message>
        <location filename="../../workshop/core/steps.py" line="97"/>
        <source>default columns</source>
        <translation>standaardkolommen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/steps.py" line="119"/>
        <source>show exercise</source>
        <translation>oefening tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/core/steps.py" line="165"/>
        <source>next activity</source>
        <translation>volgende activiteit</translation>
    </message>
    <message>
        <location filename="../../workshop/core/steps.py" line="172"/>
        <source>previous activity</source>
        <translation>vorige activiteit</translation>
    </message>
    <message>
        <location filename="../../workshop/core/steps.py" line="180"/>
        <source>start activity</source>
        <translation>activiteit starten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="178"/>
        <source>add activity</source>
        <translation>activiteit toevoegen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="194"/>
        <source>edit</source>
        <translation>activiteit bewerken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="208"/>
        <source>remove activity</source>
        <translation>activiteit verwijderen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="217"/>
        <source>move activity</source>
        <translation>activiteit verplaatsen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="231"/>
        <source>evaluate</source>
        <translation>evalueren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/agenda_panel.py" line="238"/>
        <source>start time</source>
        <translation>begintijd</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="134"/>
        <source>move person</source>
        <translation>deelnemer verplaatsen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="147"/>
        <source>rename group</source>
        <translation>groep hernoemen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/controller.py" line="46"/>
        <source>show the title slide</source>
        <translation>titeldia tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/controller.py" line="47"/>
        <source>back from the title slide</source>
        <translation>terug van de titeldia</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/controller.py" line="263"/>
        <source>pause timer</source>
        <translation>timer pauzeren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/controller.py" line="265"/>
        <source>start timer</source>
        <translation>timer starten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/controller.py" line="273"/>
        <source>add a minute</source>
        <translation>een minuut erbij</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/controller.py" line="279"/>
        <source>reset timer</source>
        <translation>timer terugzetten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/controller.py" line="327"/>
        <source>presenter</source>
        <translation>presentator</translation>
    </message>
</context>
<context>
    <name>ControlWindow</name>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="61"/>
        <location filename="../../workshop/ui/control/window.py" line="541"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="97"/>
        <source>What the app just refused, and why</source>
        <translation>Wat de app net weigerde, en waarom</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="194"/>
        <source>&amp;Session</source>
        <translation>&amp;Sessie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="195"/>
        <source>&amp;Export summary…</source>
        <translation>Samenvatting &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="200"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publiceren…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="202"/>
        <source>E&amp;vent report…</source>
        <translation>&amp;Verslag van een evenement…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="204"/>
        <source>Session &amp;details…</source>
        <translation>Sessie&amp;gegevens…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="207"/>
        <source>Mark as &amp;highlight…</source>
        <translation>Markeren als &amp;hoogtepunt…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="210"/>
        <source>Share in the &amp;room…</source>
        <translation>Delen in de &amp;zaal…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="213"/>
        <source>&amp;Phones may send (tips, choices, votes)</source>
        <translation>&amp;Telefoons mogen insturen (tips, keuzes, stemmen)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="215"/>
        <source>Phones&apos; entries straight to the &amp;wall</source>
        <translation>Inzendingen van telefoons direct op de &amp;muur</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="219"/>
        <source>&amp;Update the shared summary</source>
        <translation>Gedeelde samenvatting &amp;bijwerken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="222"/>
        <source>&amp;Close session</source>
        <translation>Sessie &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="229"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="247"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="249"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="250"/>
        <source>&amp;Projector full screen</source>
        <translation>&amp;Projector schermvullend</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="256"/>
        <source>Projector &amp;screen</source>
        <translation>&amp;Scherm van de projector</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="258"/>
        <source>&amp;High-contrast projector</source>
        <translation>Projector met &amp;hoog contrast</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="281"/>
        <source>&amp;Round</source>
        <translation>&amp;Ronde</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="285"/>
        <source>&amp;Reveal results together</source>
        <translation>&amp;Resultaten samen tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="287"/>
        <source>Results as chart or &amp;side by side</source>
        <translation>Resultaten als grafiek of &amp;naast elkaar</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="291"/>
        <source>&amp;Plenary vote (hands) or groups</source>
        <translation>&amp;Plenair stemmen (handen) of groepen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="292"/>
        <source>Start or pause the &amp;timer</source>
        <translation>&amp;Timer starten of pauzeren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="293"/>
        <source>One &amp;minute more</source>
        <translation>Eén &amp;minuut erbij</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="294"/>
        <source>Reset the timer</source>
        <translation>Timer terugzetten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="295"/>
        <source>The summary&apos;s &amp;QR code</source>
        <translation>&amp;QR-code van de samenvatting</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="298"/>
        <source>Show the &amp;title slide</source>
        <translation>De &amp;titeldia tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="300"/>
        <source>The title slide on the wall; again to go back</source>
        <translation>De titeldia op de muur; nogmaals om terug te gaan</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="305"/>
        <source>Show the &amp;cards</source>
        <translation>De &amp;kaarten tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="306"/>
        <source>Show the tips &amp;board</source>
        <translation>Het tips&amp;bord tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="307"/>
        <source>Show the &amp;groups</source>
        <translation>De &amp;groepen tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="308"/>
        <source>Show the e&amp;xercise</source>
        <translation>De &amp;oefening tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="309"/>
        <source>Show the &amp;agenda</source>
        <translation>De &amp;agenda tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="328"/>
        <source>&amp;Automatic: the screen this window is not on</source>
        <translation>&amp;Automatisch: het scherm waar dit venster niet op staat</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="407"/>
        <source>This deck has no dilemma cards to play.</source>
        <translation>Dit kaartspel heeft geen dilemmakaarten om te spelen.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="431"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="433"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="438"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="439"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="478"/>
        <source>Workshop — {0}</source>
        <translation>Workshop — {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="511"/>
        <source>This session has no cards to mark as a highlight.</source>
        <translation>Deze sessie heeft geen kaarten om als hoogtepunt te markeren.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="520"/>
        <source>Card {0}, “{1}”, is a highlight of the summary.</source>
        <translation>Kaart {0}, “{1}”, is een hoogtepunt van de samenvatting.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="522"/>
        <source>Card {0}, “{1}”, is no longer a highlight.</source>
        <translation>Kaart {0}, “{1}”, is geen hoogtepunt meer.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="570"/>
        <source> (template)</source>
        <translation> (sjabloon)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="578"/>
        <source>Made “{0}”: give it a title and a date (Ctrl+D once it is open); its agenda shows last time&apos;s notes.</source>
        <translation>“{0}” gemaakt: geef het een titel en een datum (Ctrl+D als het open is); de agenda toont de notities van de vorige keer.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_actions.py" line="74"/>
        <source>Export summary</source>
        <translation>Samenvatting exporteren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_actions.py" line="92"/>
        <source>Publish into which folder?</source>
        <translation>In welke map publiceren?</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_actions.py" line="104"/>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_actions.py" line="112"/>
        <source>Upload the folder to {0}: the summary&apos;s QR code points there.</source>
        <translation>Zet de map op {0}: de QR-code van de samenvatting wijst daarheen.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_actions.py" line="116"/>
        <source>Set a follow-up address in Session details, so the QR codes point to where you upload the folder.</source>
        <translation>Vul bij Sessiegegevens een vervolgadres in, zodat de QR-codes wijzen naar de plek waar je de map neerzet.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_actions.py" line="141"/>
        <source>Tick the sessions of the event.</source>
        <translation>Vink de sessies van het evenement aan.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_actions.py" line="154"/>
        <source>Event report</source>
        <translation>Verslag van het evenement</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_actions.py" line="175"/>
        <source>Print cards</source>
        <translation>Kaarten afdrukken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_actions.py" line="192"/>
        <source>Saved {0}.</source>
        <translation>Opgeslagen: {0}.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="553"/>
        <source>Delete session</source>
        <translation>Sessie verwijderen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="554"/>
        <source>Delete “{0}” and everything recorded in it? This cannot be undone.</source>
        <translation>“{0}” verwijderen, met alles wat erin is vastgelegd? Dit kan niet ongedaan worden.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="563"/>
        <source>Deleted “{0}”.</source>
        <translation>“{0}” is verwijderd.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="602"/>
        <source>Resume the session?</source>
        <translation>De sessie hervatten?</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="604"/>
        <source>Workshop stopped while “{0}” was running. Resume it where it was (activity, card and reveal step)?</source>
        <translation>Workshop stopte terwijl “{0}” liep. Hervatten waar hij was (activiteit, kaart en stap)?</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/help_menu.py" line="53"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/help_menu.py" line="55"/>
        <source>&amp;Keys…</source>
        <translation>&amp;Toetsen…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/help_menu.py" line="57"/>
        <source>User &amp;guide…</source>
        <translation>&amp;Handleiding…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/help_menu.py" line="60"/>
        <source>&amp;Welcome…</source>
        <translation>&amp;Welkom…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/help_menu.py" line="62"/>
        <source>&amp;About Workshop…</source>
        <translation>&amp;Over Workshop…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/window.py" line="226"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/welcome.py" line="85"/>
        <source>Demo session</source>
        <translation>Demosessie</translation>
    </message>
</context>
<context>
    <name>DecksDialog</name>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="75"/>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="82"/>
        <source>Decks</source>
        <translation>Kaartspellen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="86"/>
        <source>Deck title</source>
        <translation>Titel van het kaartspel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="87"/>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="188"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="88"/>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="189"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="89"/>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="190"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="90"/>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="191"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="92"/>
        <source>Search the cards</source>
        <translation>De kaarten doorzoeken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="93"/>
        <source>Search title, text, options, questions, tags</source>
        <translation>Zoek in titel, tekst, opties, vragen, labels</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="97"/>
        <source>Show cards of kind</source>
        <translation>Kaarten tonen van soort</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="99"/>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="100"/>
        <source>Dilemmas</source>
        <translation>Dilemma&apos;s</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="101"/>
        <source>Exercises</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="102"/>
        <source>Prompts</source>
        <translation>Vraagkaarten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="107"/>
        <source>Show cards with tag</source>
        <translation>Kaarten tonen met label</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="111"/>
        <source>dilemma</source>
        <translation>dilemma</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="112"/>
        <source>exercise</source>
        <translation>oefening</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="113"/>
        <source>prompt</source>
        <translation>vraagkaart</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="117"/>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="125"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="127"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="129"/>
        <source>Preview: what the wall would show</source>
        <translation>Voorbeeld: wat de muur zou tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="134"/>
        <source>Last message</source>
        <translation>Laatste bericht</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="167"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliceren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="177"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="209"/>
        <source>Ta&amp;g…</source>
        <translation>&amp;Label…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="211"/>
        <source>De&amp;lete</source>
        <translation>Verwi&amp;jderen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="239"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="315"/>
        <source>{0} · {1} · %n card(s) · {2}</source>
        <translation>
            <numerusform>{0} · {1} · %n kaart · {2}</numerusform>
            <numerusform>{0} · {1} · %n kaarten · {2}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="417"/>
        <source>Imported “{0}”: %n card(s) added, {1} updated.</source>
        <translation>
            <numerusform>“{0}” geïmporteerd: %n kaart toegevoegd, {1} bijgewerkt.</numerusform>
            <numerusform>“{0}” geïmporteerd: %n kaarten toegevoegd, {1} bijgewerkt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="348"/>
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="364"/>
        <source>New deck</source>
        <translation>Nieuw kaartspel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="187"/>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="364"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="160"/>
        <source>D&amp;ecks</source>
        <translation>Kaarts&amp;pellen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="166"/>
        <source>Ne&amp;w</source>
        <translation>Nieu&amp;w</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="168"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="178"/>
        <source>Ex&amp;port…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="197"/>
        <source>Searc&amp;h</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="208"/>
        <source>&amp;New card</source>
        <translation>&amp;Nieuwe kaart</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="210"/>
        <source>Mo&amp;ve to…</source>
        <translation>Ve&amp;rplaatsen naar…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="212"/>
        <source>B&amp;rowse…</source>
        <translation>D&amp;oorzoeken…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="219"/>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="220"/>
        <source>New card (Ctrl+N)</source>
        <translation>Nieuwe kaart (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="371"/>
        <source>{0} (copy)</source>
        <translation>{0} (kopie)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="381"/>
        <source>Delete deck</source>
        <translation>Kaartspel verwijderen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="382"/>
        <source>Delete “{0}” and its cards? Sessions keep the cards they played.</source>
        <translation>“{0}” en zijn kaarten verwijderen? Sessies houden de kaarten die ze speelden.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="399"/>
        <source>Import a deck</source>
        <translation>Een kaartspel importeren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="401"/>
        <source>Deck files (*.wsdeck *.json *.csv)</source>
        <translation>Kaartspelbestanden (*.wsdeck *.json *.csv)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="451"/>
        <source>Export the deck</source>
        <translation>Het kaartspel exporteren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="453"/>
        <source>Deck file (*.wsdeck);;JSON (*.json);;CSV (*.csv)</source>
        <translation>Kaartspelbestand (*.wsdeck);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="462"/>
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
        <location filename="../../workshop/ui/errors.py" line="52"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
</context>
<context>
    <name>EventReportDialog</name>
    <message>
        <location filename="../../workshop/ui/control/event_report_dialog.py" line="32"/>
        <source>Event report</source>
        <translation>Verslag van het evenement</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/event_report_dialog.py" line="35"/>
        <source>Event title</source>
        <translation>Titel van het evenement</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/event_report_dialog.py" line="37"/>
        <source>The event&apos;s follow-up address</source>
        <translation>Het vervolgadres van het evenement</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/event_report_dialog.py" line="40"/>
        <source>Sessions of the event</source>
        <translation>Sessies van het evenement</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/event_report_dialog.py" line="49"/>
        <source>Event report file</source>
        <translation>Bestand voor het verslag</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/event_report_dialog.py" line="52"/>
        <source>One PDF: the event&apos;s cover and At a glance, then a chapter per session. Sessions run on other laptops come in with &apos;workshop session restore ARCHIVE.json&apos;.</source>
        <translation>Eén pdf: de voorpagina en In één oogopslag van het evenement, daarna een hoofdstuk per sessie. Sessies van andere laptops haal je binnen met &apos;workshop session restore ARCHIEF.json&apos;.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/event_report_dialog.py" line="59"/>
        <source>&amp;Write the report</source>
        <translation>Verslag &amp;maken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/event_report_dialog.py" line="63"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/event_report_dialog.py" line="64"/>
        <source>&amp;Follow-up address</source>
        <translation>&amp;Adres voor de follow-up</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/event_report_dialog.py" line="65"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessies</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/event_report_dialog.py" line="66"/>
        <source>&amp;Edition</source>
        <translation>&amp;Editie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/event_report_dialog.py" line="67"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
</context>
<context>
    <name>ExercisesPanel</name>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="33"/>
        <source>Exercise to run</source>
        <translation>Oefening om te doen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="46"/>
        <source>Show the sca&amp;le</source>
        <translation>De sc&amp;haal tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="42"/>
        <source>R&amp;un on the wall</source>
        <translation>Op de m&amp;uur zetten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="38"/>
        <source>Choose an exercise</source>
        <translation>Kies een oefening</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="44"/>
        <source>Show the ins&amp;tructions</source>
        <translation>De ui&amp;tleg tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="48"/>
        <source>Exerc&amp;ise</source>
        <translation>Oef&amp;ening</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="67"/>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="101"/>
        <source>No exercise is running. Choose one above and press Run on the wall: a line for each group&apos;s output appears here.</source>
        <translation>Er loopt geen oefening. Kies er hierboven een en druk op Op de muur zetten: hier verschijnt dan een regel voor wat elke groep inlevert.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="107"/>
        <source>Running: {0} · {1} min · hand in: {2}</source>
        <translation>Loopt: {0} · {1} min · inleveren: {2}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="185"/>
        <source>Group {0}</source>
        <translation>Groep {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="187"/>
        <source>Output of group {0}</source>
        <translation>Resultaat van groep {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="195"/>
        <source>Stage of group {0}</source>
        <translation>Trede van groep {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/exercises_panel.py" line="196"/>
        <source>(no stage yet)</source>
        <translation>(nog geen trede)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="42"/>
        <source>Paper size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="43"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="44"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="70"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="72"/>
        <source>Choose where to save: {0}</source>
        <translation>Kies waar op te slaan: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="80"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="82"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="99"/>
        <source>Export summary</source>
        <translation>Samenvatting exporteren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="104"/>
        <source>Summary file</source>
        <translation>Bestand voor de samenvatting</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="52"/>
        <source>Edition</source>
        <translation>Editie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="54"/>
        <source>For people who were not there (no participant names)</source>
        <translation>Voor wie er niet bij was (zonder namen van deelnemers)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="60"/>
        <source>For participants (names included)</source>
        <translation>Voor deelnemers (met namen)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="108"/>
        <source>Also a follow-up &amp;handout, one highlight per page</source>
        <translation>Ook een &amp;hand-out, één hoogtepunt per pagina</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="110"/>
        <source>Also write the follow-up handout</source>
        <translation>Ook de hand-out schrijven</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="112"/>
        <source>Handout file</source>
        <translation>Bestand voor de hand-out</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="123"/>
        <source>No handout: mark a card as a highlight (Ctrl+H) to hand it out.</source>
        <translation>Geen hand-out: markeer een kaart als hoogtepunt (Ctrl+H) om die uit te delen.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="126"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="130"/>
        <source>&amp;Summary file</source>
        <translation>&amp;Samenvatting</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="131"/>
        <source>&amp;Edition</source>
        <translation>&amp;Editie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="132"/>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="134"/>
        <source>Handout &amp;file</source>
        <translation>Bestand voor hand-&amp;out</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="142"/>
        <source>Say where to save the summary.</source>
        <translation>Geef aan waar de samenvatting moet komen.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="145"/>
        <source>Say where to save the handout.</source>
        <translation>Geef aan waar de hand-out moet komen.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../../workshop/ui/export_job.py" line="57"/>
        <source>Cancelled. Nothing was written; an earlier file is unchanged.</source>
        <translation>Geannuleerd. Er is niets geschreven; een eerder bestand is ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/export_job.py" line="69"/>
        <source>Something unexpected went wrong while writing: {0}. Nothing was written; an earlier file is unchanged. The details are in {1}.</source>
        <translation>Er ging onverwacht iets mis bij het schrijven: {0}. Er is niets geschreven; een eerder bestand is ongewijzigd. De details staan in {1}.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/export_job.py" line="94"/>
        <source>Writing the PDF…</source>
        <translation>De pdf wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/export_job.py" line="94"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/export_job.py" line="96"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/export_job.py" line="97"/>
        <source>Export progress</source>
        <translation>Voortgang van de export</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/export_job.py" line="125"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/export_job.py" line="131"/>
        <source>Writing the PDF… page {0}</source>
        <translation>De pdf wordt geschreven… pagina {0}</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <location filename="../../workshop/core/groups.py" line="27"/>
        <source>at random</source>
        <translation>willekeurig</translation>
    </message>
    <message>
        <location filename="../../workshop/core/groups.py" line="28"/>
        <source>balanced over organisations</source>
        <translation>gespreid over organisaties</translation>
    </message>
    <message>
        <location filename="../../workshop/core/groups.py" line="29"/>
        <source>by hand</source>
        <translation>met de hand</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="71"/>
        <source>Form by number of groups or by group size</source>
        <translation>Indelen op aantal groepen of op groepsgrootte</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="72"/>
        <source>Number of groups</source>
        <translation>Aantal groepen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="73"/>
        <source>People per group</source>
        <translation>Mensen per groep</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="77"/>
        <source>How many</source>
        <translation>Hoeveel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="78"/>
        <source>Bala&amp;nced: spread each organisation</source>
        <translation>Gespr&amp;eid: elke organisatie verdelen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="80"/>
        <source>&amp;Form groups (a new draw)</source>
        <translation>Groepen &amp;maken (nieuwe trekking)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="83"/>
        <source>Groups and their people</source>
        <translation>Groepen en hun mensen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="87"/>
        <source>F&amp;orm by</source>
        <translation>&amp;Indelen op</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="94"/>
        <source>Drag a person to another group, or select them and press the group&apos;s number. F2 on a group renames it.</source>
        <translation>Sleep iemand naar een andere groep, of kies iemand en druk op het nummer van de groep. F2 op een groep geeft hem een naam.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="104"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="142"/>
        <source>Name group {0}</source>
        <translation>Groep {0} een naam geven</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="142"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="160"/>
        <source>Group {0}</source>
        <translation>Groep {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/ui/control/groups_panel.py" line="177"/>
        <source>%n person is listed, not in groups yet. Choose how to form them above and press Form groups: the wall then shows who sits where.</source>
        <translation>
            <numerusform>%n deelnemer staat op de lijst, nog niet in een groep. Kies hierboven hoe je groepen maakt en druk op Groepen maken: de muur laat dan zien wie waar zit.</numerusform>
            <numerusform>%n deelnemers staan op de lijst, nog niet in groepen. Kies hierboven hoe je ze indeelt en druk op Groepen maken: de muur laat dan zien wie waar zit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/groups_panel.py" line="184"/>
        <source>Nobody is listed yet. Add the participants&apos; names in the session details (Ctrl+D), then form groups here; or form numbered groups now and play without names.</source>
        <translation>Er staat nog niemand op de lijst. Vul de namen van de deelnemers in bij de sessiegegevens (Ctrl+D) en maak hier dan groepen; of maak nu genummerde groepen en speel zonder namen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/ui/control/groups_panel.py" line="191"/>
        <source>%n group(s), formed {0}, seed {1}.</source>
        <translation>
            <numerusform>%n groep, {0} ingedeeld, seed {1}.</numerusform>
            <numerusform>%n groepen, {0} ingedeeld, seed {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/ui/control/groups_panel.py" line="197"/>
        <source>%n participant(s). Form groups, or play with numbered groups only.</source>
        <translation>
            <numerusform>%n deelnemer. Deel groepen in, of speel alleen met genummerde groepen.</numerusform>
            <numerusform>%n deelnemers. Deel groepen in, of speel alleen met genummerde groepen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../workshop/ui/control/help_menu.py" line="15"/>
        <source>guide_en.html</source>
        <translation>guide_nl.html</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../workshop/ui/control/help_menu.py" line="30"/>
        <location filename="../../workshop/ui/control/help_menu.py" line="33"/>
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
        <location filename="../../workshop/ui/control/home_panel.py" line="50"/>
        <source>Decks</source>
        <translation>Kaartspellen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="52"/>
        <source>Earlier sessions</source>
        <translation>Eerdere sessies</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="54"/>
        <source>Session title</source>
        <translation>Titel van de sessie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="55"/>
        <source>the deck&apos;s title</source>
        <translation>de titel van het kaartspel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="57"/>
        <source>Follow-up address</source>
        <translation>Adres voor de follow-up</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="63"/>
        <source>Number of groups</source>
        <translation>Aantal groepen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="65"/>
        <source>Which cards to play</source>
        <translation>Welke kaarten te spelen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="68"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="69"/>
        <source>How many cards to draw at random (0 for all)</source>
        <translation>Hoeveel kaarten willekeurig te trekken (0 voor alle)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="70"/>
        <source>S&amp;huffle</source>
        <translation>Sc&amp;hudden</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="71"/>
        <source>Shuffle the cards</source>
        <translation>De kaarten schudden</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="73"/>
        <source>&amp;Start session</source>
        <translation>Sessie &amp;starten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="74"/>
        <source>Start a session with the chosen deck</source>
        <translation>Start een sessie met het gekozen kaartspel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="75"/>
        <source>&amp;Manage decks…</source>
        <translation>Kaartspellen &amp;beheren…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="76"/>
        <source>Write, find, import and export decks</source>
        <translation>Kaartspellen schrijven, zoeken, importeren en exporteren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="78"/>
        <source>&amp;Print cards…</source>
        <translation>Kaarten af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="79"/>
        <source>Print the chosen deck as cards to cut out</source>
        <translation>Het gekozen kaartspel afdrukken als kaarten om uit te knippen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="80"/>
        <source>De&amp;lete…</source>
        <translation>Verw&amp;ijderen…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="81"/>
        <source>Delete the chosen earlier session</source>
        <translation>De gekozen eerdere sessie verwijderen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="82"/>
        <source>Duplicate as &amp;template</source>
        <translation>Kopiëren als s&amp;jabloon</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="84"/>
        <source>A new session with the chosen one&apos;s agenda, cards and notes</source>
        <translation>Een nieuwe sessie met de agenda, kaarten en notities van de gekozen sessie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="86"/>
        <source>&amp;Open session</source>
        <translation>Sessie &amp;openen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="87"/>
        <source>Open the chosen earlier session</source>
        <translation>Open de gekozen eerdere sessie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="90"/>
        <source>No decks yet. Press Manage decks… to import a deck file or write one.</source>
        <translation>Nog geen kaartspellen. Druk op Kaartspellen beheren… om een bestand te importeren of er zelf een te schrijven.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="94"/>
        <source>No sessions yet. Choose a deck, give the session a title and press Start session; or try the demo from Help &gt; Welcome.</source>
        <translation>Nog geen sessies. Kies een kaartspel, geef de sessie een titel en druk op Sessie starten; of probeer de demo via Help &gt; Welkom.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="106"/>
        <source>&amp;Decks</source>
        <translation>Kaart&amp;spellen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="111"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="112"/>
        <source>&amp;Follow-up address</source>
        <translation>&amp;Adres voor de follow-up</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="113"/>
        <source>&amp;Groups</source>
        <translation>&amp;Groepen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="114"/>
        <source>&amp;Cards</source>
        <translation>&amp;Kaarten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="116"/>
        <source>D&amp;raw at random</source>
        <translation>&amp;Willekeurig trekken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="129"/>
        <source>&amp;Earlier sessions</source>
        <translation>&amp;Eerdere sessies</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/ui/control/home_panel.py" line="165"/>
        <source>{0}  (%n card(s))</source>
        <translation>
            <numerusform>{0}  (%n kaart)</numerusform>
            <numerusform>{0}  (%n kaarten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/ui/control/home_panel.py" line="239"/>
        <source>Hand-picked: %n card(s)</source>
        <translation>
            <numerusform>Zelf gekozen: %n kaart</numerusform>
            <numerusform>Zelf gekozen: %n kaarten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="172"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="173"/>
        <source>running</source>
        <translation>bezig</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="174"/>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="197"/>
        <location filename="../../workshop/ui/control/home_panel.py" line="251"/>
        <source>Choose a deck first.</source>
        <translation>Kies eerst een kaartspel.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="221"/>
        <source>All cards</source>
        <translation>Alle kaarten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="222"/>
        <source>Hand-picked…</source>
        <translation>Zelf kiezen…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/home_panel.py" line="227"/>
        <source>With the tag “{0}”</source>
        <translation>Met het label “{0}”</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="66"/>
        <source>Import a deck</source>
        <translation>Een kaartspel importeren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="84"/>
        <source>Import into</source>
        <translation>Importeren in</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="85"/>
        <source>A new deck</source>
        <translation>Een nieuw kaartspel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="88"/>
        <source>{0} ({1} cards)</source>
        <translation>{0} ({1} kaarten)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="91"/>
        <source>Columns Workshop does not know</source>
        <translation>Kolommen die Workshop niet kent</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="92"/>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="92"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="96"/>
        <source>Columns to map</source>
        <translation>Kolommen toewijzen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="100"/>
        <source>What the import does</source>
        <translation>Wat de import doet</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="102"/>
        <source>Cards in the import</source>
        <translation>Kaarten in de import</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="103"/>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="103"/>
        <source>What changes</source>
        <translation>Wat er verandert</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="105"/>
        <source>&amp;Keep them</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="106"/>
        <source>&amp;Remove them from the deck</source>
        <translation>&amp;Uit het kaartspel verwijderen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="113"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="123"/>
        <source>(ignore this column)</source>
        <translation>(deze kolom overslaan)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="124"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="125"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="126"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="129"/>
        <source>Option {0}</source>
        <translation>Optie {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="131"/>
        <source>Note on option {0}</source>
        <translation>Notitie bij optie {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="133"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="134"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="135"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="136"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="137"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="138"/>
        <source>Group size</source>
        <translation>Groepsgrootte</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="139"/>
        <source>Output</source>
        <translation>Opbrengst</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="140"/>
        <source>Stages</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="141"/>
        <source>Card id (uid)</source>
        <translation>Kaart-id (uid)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="149"/>
        <source>Import &amp;into</source>
        <translation>Importeren &amp;in</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="155"/>
        <source>Choose the field each column holds; Workshop remembers it for next time.</source>
        <translation>Kies welk veld elke kolom bevat; Workshop onthoudt het voor de volgende keer.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="165"/>
        <source>Cards no longer in the file:</source>
        <translation>Kaarten die niet meer in het bestand staan:</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="183"/>
        <source>Field for column {0}</source>
        <translation>Veld voor kolom {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="184"/>
        <source>Choose a field…</source>
        <translation>Kies een veld…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="263"/>
        <source>This file cannot be imported ({0} problems). Nothing has changed.</source>
        <translation>Dit bestand kan niet worden geïmporteerd ({0} problemen). Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="280"/>
        <source>tab separated</source>
        <translation>gescheiden door tabs</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="280"/>
        <source>semicolon separated</source>
        <translation>gescheiden door puntkomma&apos;s</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="281"/>
        <source>Read as {0}, {1}.</source>
        <translation>Gelezen als {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="282"/>
        <source>comma separated</source>
        <translation>gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="286"/>
        <source>A new deck “{0}” with {1} cards.</source>
        <translation>Een nieuw kaartspel “{0}” met {1} kaarten.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="291"/>
        <source>Into “{0}”: {1} added, {2} updated, {3} unchanged, {4} no longer in the file.</source>
        <translation>In “{0}”: {1} toegevoegd, {2} bijgewerkt, {3} ongewijzigd, {4} niet meer in het bestand.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="300"/>
        <source>The cards take the file&apos;s order.</source>
        <translation>De kaarten krijgen de volgorde van het bestand.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="303"/>
        <source>Importing would change nothing; choose “A new deck” for a copy.</source>
        <translation>Importeren verandert niets; kies “Een nieuw kaartspel” voor een kopie.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="307"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="309"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="315"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="316"/>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="316"/>
        <source>kept</source>
        <translation>bewaard</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="317"/>
        <source>No longer in the file</source>
        <translation>Niet meer in het bestand</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="324"/>
        <source>option {0}</source>
        <translation>optie {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="326"/>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="326"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="326"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="327"/>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="327"/>
        <source>option notes</source>
        <translation>notities bij opties</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="328"/>
        <source>questions</source>
        <translation>vragen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="328"/>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="328"/>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="329"/>
        <source>links</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="329"/>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="330"/>
        <source>group size</source>
        <translation>groepsgrootte</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="330"/>
        <source>output</source>
        <translation>opbrengst</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="331"/>
        <source>stages</source>
        <translation>fasen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/decks/import_dialog.py" line="342"/>
        <source>… and {0} more</source>
        <translation>… en nog {0}</translation>
    </message>
</context>
<context>
    <name>KeysHelp</name>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="32"/>
        <source>Next reveal step or page, then the next card</source>
        <translation>Volgende stap of pagina, daarna de volgende kaart</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="35"/>
        <source>Back one step or page</source>
        <translation>Eén stap of pagina terug</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="36"/>
        <source>Blank the projector black; again to show</source>
        <translation>Projector zwart; nog eens om te tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="39"/>
        <source>Blank the projector white; again to show</source>
        <translation>Projector wit; nog eens om te tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="42"/>
        <source>Start or pause the timer</source>
        <translation>De timer starten of pauzeren</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="43"/>
        <source>One minute more on the timer</source>
        <translation>Eén minuut extra op de timer</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="44"/>
        <source>Reveal the results together; again for the card</source>
        <translation>De resultaten samen tonen; nog eens voor de kaart</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="47"/>
        <source>Results as a bar chart, or the groups side by side</source>
        <translation>Resultaten als staafgrafiek, of de groepen naast elkaar</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="50"/>
        <source>All the keys (this list)</source>
        <translation>Alle toetsen (deze lijst)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="51"/>
        <source>The next activity of the agenda, on the wall</source>
        <translation>De volgende activiteit van de agenda, op de muur</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="54"/>
        <source>Back to the activity before, on the wall</source>
        <translation>Terug naar de vorige activiteit, op de muur</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="57"/>
        <source>The summary&apos;s QR code on the wall; again to go back</source>
        <translation>De QR-code van de samenvatting op de muur; nogmaals om terug te gaan</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="64"/>
        <source>1–9, letter, reason, Enter</source>
        <translation>1–9, letter, reden, Enter</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="65"/>
        <source>Record a group&apos;s choice</source>
        <translation>De keuze van een groep vastleggen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="66"/>
        <source>1–4, count, Enter / + −</source>
        <translation>1–4, aantal, Enter / + −</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="67"/>
        <source>Plenary: hands for option A–D</source>
        <translation>Plenair: handen voor optie A–D</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="68"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="69"/>
        <source>Agenda: start the selected activity now</source>
        <translation>Agenda: de gekozen activiteit nu starten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="70"/>
        <source>Tips board: the column for the next tip</source>
        <translation>Tipsbord: de kolom voor de volgende tip</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="71"/>
        <source>Tips board: merge the selected tips</source>
        <translation>Tipsbord: de gekozen tips samenvoegen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="72"/>
        <source>Leave the projector&apos;s full screen</source>
        <translation>Schermvullende projector verlaten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="139"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="143"/>
        <source>Keys and what they do</source>
        <translation>Toetsen en wat ze doen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="144"/>
        <source>Key</source>
        <translation>Toets</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/keys_help.py" line="144"/>
        <source>Does</source>
        <translation>Doet</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../workshop/ui/translations.py" line="23"/>
        <source>en</source>
        <translation>nl</translation>
    </message>
</context>
<context>
    <name>LibraryDialogs</name>
    <message>
        <location filename="../../workshop/ui/library_dialogs.py" line="26"/>
        <location filename="../../workshop/ui/library_dialogs.py" line="66"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/library_dialogs.py" line="30"/>
        <source>Restore backup {0}, made {1}? The damaged file is kept beside it, renamed, in case someone can rescue more from it.</source>
        <translation>Reservekopie {0} terugzetten, gemaakt {1}? Het beschadigde bestand blijft ernaast bewaard, onder een andere naam, voor het geval iemand er meer uit kan redden.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/library_dialogs.py" line="37"/>
        <source>&amp;Restore the backup</source>
        <translation>Reservekopie &amp;terugzetten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/library_dialogs.py" line="39"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/library_dialogs.py" line="56"/>
        <source>This change was not saved.</source>
        <translation>Deze wijziging is niet bewaard.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../workshop/core/commands.py" line="76"/>
        <location filename="../../workshop/core/commands.py" line="168"/>
        <location filename="../../workshop/core/game.py" line="18"/>
        <location filename="../../workshop/core/highlights.py" line="28"/>
        <location filename="../../workshop/core/phones.py" line="189"/>
        <source>There is no card {number} in this session.</source>
        <translation>Er is geen kaart {number} in deze sessie.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/commands.py" line="176"/>
        <source>Type the letter of the chosen option: {letters}.</source>
        <translation>Typ de letter van de gekozen optie: {letters}.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/commands.py" line="181"/>
        <location filename="../../workshop/core/game.py" line="64"/>
        <location filename="../../workshop/core/phones.py" line="195"/>
        <source>Option {option} is not on this card; choose one of {letters}.</source>
        <translation>Optie {option} staat niet op deze kaart; kies uit {letters}.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/commands.py" line="189"/>
        <location filename="../../workshop/core/exercise_edits.py" line="71"/>
        <location filename="../../workshop/core/phones.py" line="150"/>
        <source>Group {group} is not a group number (1 to {most}).</source>
        <translation>Groep {group} is geen groepsnummer (1 tot en met {most}).</translation>
    </message>
    <message>
        <location filename="../../workshop/core/details.py" line="119"/>
        <source>A session needs a title.</source>
        <translation>Een sessie heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/details.py" line="122"/>
        <source>A title has at most {most} characters.</source>
        <translation>Een titel heeft hoogstens {most} tekens.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/details.py" line="126"/>
        <source>The follow-up address</source>
        <translation>Het vervolgadres</translation>
    </message>
    <message>
        <location filename="../../workshop/core/details.py" line="132"/>
        <source>A session has at most {most} participants.</source>
        <translation>Een sessie heeft hoogstens {most} deelnemers.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/details.py" line="138"/>
        <source>The introduction has at most {most} characters.</source>
        <translation>De inleiding heeft hoogstens {most} tekens.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/details.py" line="94"/>
        <source>“{day}” is not a date; write it as year-month-day, like 2026-03-05.</source>
        <translation>“{day}” is geen datum; schrijf jaar-maand-dag, zoals 2026-03-05.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/decks.py" line="171"/>
        <source>There is no deck “{name}”; &apos;workshop deck list&apos; shows them.</source>
        <translation>Er is geen kaartspel “{name}”; &apos;workshop deck list&apos; toont ze.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/decks.py" line="174"/>
        <source>Several decks are called “{name}”; name one by its id.</source>
        <translation>Meerdere kaartspellen heten “{name}”; noem er een bij zijn id.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/decks.py" line="205"/>
        <source>There is no deck with id {id}.</source>
        <translation>Er is geen kaartspel met id {id}.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/library.py" line="96"/>
        <source>{path} is open in the Workshop app; make this change there, or close the app and try again. Nothing was changed.</source>
        <translation>{path} is geopend in de Workshop-app; breng deze wijziging daar aan, of sluit de app en probeer het opnieuw. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/library.py" line="149"/>
        <source>{path} is a folder; give the path of a library file.</source>
        <translation>{path} is een map; geef het pad van een bibliotheekbestand.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/library.py" line="176"/>
        <source>{path} cannot be opened as a Workshop library: {reason}.</source>
        <translation>{path} kan niet worden geopend als Workshop-bibliotheek: {reason}.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/library.py" line="186"/>
        <source>{path} cannot be created: {reason}.</source>
        <translation>{path} kan niet worden gemaakt: {reason}.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/library.py" line="207"/>
        <source>{path} is an empty file, not a library. Delete it to start a new library, or put a backup in its place (&apos;workshop backup list&apos;).</source>
        <translation>{path} is een leeg bestand, geen bibliotheek. Verwijder het om een nieuwe bibliotheek te beginnen, of zet er een reservekopie voor in de plaats (&apos;workshop backup list&apos;).</translation>
    </message>
    <message>
        <location filename="../../workshop/store/library.py" line="219"/>
        <source>{path} is read-only: Workshop cannot save to it. Make the file and its folder writable, or copy it to a folder you can write to and open the copy.</source>
        <translation>{path} is alleen-lezen: Workshop kan er niets in bewaren. Maak het bestand en zijn map beschrijfbaar, of kopieer het naar een map waarin je kunt schrijven en open de kopie.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/library.py" line="234"/>
        <source>{path} was made by a newer Workshop; opened read-only. Update Workshop to change it.</source>
        <translation>{path} is gemaakt door een nieuwere Workshop; alleen-lezen geopend. Werk Workshop bij om het te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/runner.py" line="65"/>
        <source>Could not save ({reason}); nothing was changed. Check the disk and try again.</source>
        <translation>Kon niet bewaren ({reason}); er is niets veranderd. Controleer de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/session_admin.py" line="32"/>
        <location filename="../../workshop/store/sessions.py" line="205"/>
        <location filename="../../workshop/store/sessions.py" line="229"/>
        <source>There is no session with id {id}.</source>
        <translation>Er is geen sessie met id {id}.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/sessions.py" line="213"/>
        <source>The session “{title}” in the library breaks a rule of the app ({problem}); restore a backup (workshop backup list) or an archive of it.</source>
        <translation>De sessie ‘{title}’ in de bibliotheek breekt een regel van de app ({problem}); zet een reservekopie terug (workshop backup list) of een archief ervan.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/sessions.py" line="268"/>
        <source>There is no session “{name}”; &apos;workshop session list&apos; shows them.</source>
        <translation>Er is geen sessie “{name}”; &apos;workshop session list&apos; toont ze.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/sessions.py" line="271"/>
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
        <location filename="../../workshop/core/archive.py" line="250"/>
        <location filename="../../workshop/core/highlights.py" line="41"/>
        <source>The highlight&apos;s link</source>
        <translation>De link van het hoogtepunt</translation>
    </message>
    <message>
        <location filename="../../workshop/export/card_sheets.py" line="202"/>
        <source>Cards are printed 4 or 8 to a page, not {n}.</source>
        <translation>Kaarten worden met 4 of 8 per pagina afgedrukt, niet {n}.</translation>
    </message>
    <message>
        <location filename="../../workshop/export/card_sheets.py" line="207"/>
        <source>The deck “{title}” has no cards to print.</source>
        <translation>Het kaartspel “{title}” heeft geen kaarten om af te drukken.</translation>
    </message>
    <message>
        <location filename="../../workshop/files.py" line="47"/>
        <source>Could not write {file}: {reason}. Nothing was written; an earlier file of that name is unchanged.</source>
        <translation>Kon {file} niet schrijven: {reason}. Er is niets geschreven; een eerder bestand met die naam is ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../workshop/export/handout.py" line="63"/>
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
        <translation>Dit kaartspel heeft geen dilemmakaart “{uid}”.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/choice.py" line="55"/>
        <source>No dilemma card of this deck has the tag “{tag}”.</source>
        <translation>Geen dilemmakaart van dit kaartspel heeft het label “{tag}”.</translation>
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
        <location filename="../../workshop/core/groups.py" line="66"/>
        <source>Say how many groups, or how large a group is.</source>
        <translation>Geef aan hoeveel groepen, of hoe groot een groep is.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/groups.py" line="104"/>
        <source>A session has 1 to {most} groups.</source>
        <translation>Een sessie heeft 1 tot {most} groepen.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/groups.py" line="108"/>
        <source>{groups} groups need at least {groups} participants.</source>
        <translation>{groups} groepen hebben minstens {groups} deelnemers nodig.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/groups.py" line="124"/>
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
        <location filename="../../workshop/core/agenda.py" line="102"/>
        <source>“{time}” is not a time; write it like 09:30.</source>
        <translation>“{time}” is geen tijd; schrijf het zoals 09:30.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/agenda.py" line="169"/>
        <source>An activity needs a title.</source>
        <translation>Een activiteit heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/agenda.py" line="172"/>
        <source>An activity lasts 0 to {most} minutes.</source>
        <translation>Een activiteit duurt 0 tot {most} minuten.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/agenda.py" line="175"/>
        <source>The slides&apos; link</source>
        <translation>De link naar de dia&apos;s</translation>
    </message>
    <message>
        <location filename="../../workshop/core/agenda.py" line="180"/>
        <source>A presenter&apos;s link</source>
        <translation>De link van een presentator</translation>
    </message>
    <message>
        <location filename="../../workshop/core/agenda.py" line="192"/>
        <source>An agenda has at most {most} activities.</source>
        <translation>Een agenda heeft hoogstens {most} activiteiten.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/agenda.py" line="215"/>
        <source>The running activity cannot be removed.</source>
        <translation>De lopende activiteit kan niet weg.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/agenda.py" line="257"/>
        <source>The agenda is done.</source>
        <translation>De agenda is klaar.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/agenda.py" line="269"/>
        <source>No activity has started yet.</source>
        <translation>Er is nog geen activiteit begonnen.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/agenda.py" line="272"/>
        <source>The first activity is running; none came before it.</source>
        <translation>De eerste activiteit loopt; er ging er geen aan vooraf.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/agenda.py" line="287"/>
        <source>That activity is not on the agenda.</source>
        <translation>Die activiteit staat niet op de agenda.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/agenda.py" line="292"/>
        <source>“{title}” is already running.</source>
        <translation>“{title}” loopt al.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/archive.py" line="54"/>
        <source>{file} is not a Workshop session archive: {problem}</source>
        <translation>{file} is geen archief van een Workshop-sessie: {problem}</translation>
    </message>
    <message>
        <location filename="../../workshop/store/deck_edits.py" line="114"/>
        <source>That card is not in the library.</source>
        <translation>Die kaart staat niet in de bibliotheek.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/deck_edits.py" line="177"/>
        <source>There is no card with id {id}.</source>
        <translation>Er is geen kaart met id {id}.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/deck_files.py" line="53"/>
        <source>{file}: a deck file ends in .wsdeck, .json or .csv.</source>
        <translation>{file}: een kaartspelbestand eindigt op .wsdeck, .json of .csv.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/deck_files.py" line="152"/>
        <source>cannot be opened ({reason})</source>
        <translation>kan niet worden geopend ({reason})</translation>
    </message>
    <message>
        <location filename="../../workshop/store/deck_files.py" line="169"/>
        <source>is damaged ({reason})</source>
        <translation>is beschadigd ({reason})</translation>
    </message>
    <message>
        <location filename="../../workshop/store/deck_files.py" line="179"/>
        <source>holds {name}; a deck file has tables only</source>
        <translation>bevat {name}; een kaartspelbestand bevat alleen tabellen</translation>
    </message>
    <message>
        <location filename="../../workshop/store/deck_files.py" line="184"/>
        <source>has no deck and cards tables</source>
        <translation>heeft geen tabellen deck en cards (kaartspel en kaarten)</translation>
    </message>
    <message>
        <location filename="../../workshop/store/deck_files.py" line="191"/>
        <source>must hold exactly one deck</source>
        <translation>moet precies één kaartspel bevatten</translation>
    </message>
    <message>
        <location filename="../../workshop/store/deck_files.py" line="202"/>
        <source>holds text that is not UTF-8 (byte {byte})</source>
        <translation>bevat tekst die geen UTF-8 is (byte {byte})</translation>
    </message>
    <message>
        <location filename="../../workshop/store/deck_files.py" line="209"/>
        <source>took too long to read</source>
        <translation>duurde te lang om te lezen</translation>
    </message>
    <message>
        <location filename="../../workshop/store/deck_files.py" line="214"/>
        <source>is not a deck file ({reason})</source>
        <translation>is geen kaartspelbestand ({reason})</translation>
    </message>
    <message>
        <location filename="../../workshop/store/deck_files.py" line="246"/>
        <source>is not UTF-8 text (byte {byte})</source>
        <translation>is geen UTF-8-tekst (byte {byte})</translation>
    </message>
    <message>
        <location filename="../../workshop/store/deck_files.py" line="259"/>
        <source>must be JSON text</source>
        <translation>moet JSON-tekst zijn</translation>
    </message>
    <message>
        <location filename="../../workshop/store/deck_files.py" line="265"/>
        <source>is not valid JSON</source>
        <translation>is geen geldige JSON</translation>
    </message>
    <message>
        <location filename="../../workshop/store/deck_files.py" line="271"/>
        <source>must be a list, not {value}</source>
        <translation>moet een lijst zijn, niet {value}</translation>
    </message>
    <message>
        <location filename="../../workshop/store/deck_files.py" line="273"/>
        <source>must be an object, not {value}</source>
        <translation>moet een object zijn, niet {value}</translation>
    </message>
    <message>
        <location filename="../../workshop/share/address.py" line="57"/>
        <source>{host} is not an IPv4 address such as 192.168.1.20.</source>
        <translation>{host} is geen IPv4-adres zoals 192.168.1.20.</translation>
    </message>
    <message>
        <location filename="../../workshop/share/address.py" line="62"/>
        <source>{host} cannot be shared on: pick the address of one network interface, such as 192.168.1.20.</source>
        <translation>Op {host} kan niet worden gedeeld: kies het adres van één netwerkaansluiting, zoals 192.168.1.20.</translation>
    </message>
    <message>
        <location filename="../../workshop/share/address.py" line="76"/>
        <source>Port {port} does not exist: use 1 to 65535, or 0 for any free one.</source>
        <translation>Poort {port} bestaat niet: gebruik 1 tot 65535, of 0 voor een willekeurige vrije poort.</translation>
    </message>
    <message>
        <location filename="../../workshop/share/address.py" line="89"/>
        <source>The address {address} is {length} characters; at most {most} scan well from the back of the room.</source>
        <translation>Het adres {address} is {length} tekens lang; hooguit {most} scannen goed vanaf de achterste rij.</translation>
    </message>
    <message>
        <location filename="../../workshop/share/server.py" line="166"/>
        <source>Cannot share on {host}, port {port}: {reason}.</source>
        <translation>Kan niet delen op {host}, poort {port}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../workshop/paths.py" line="69"/>
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
        <location filename="../../workshop/store/backups.py" line="130"/>
        <source>The backups in {folder} cannot be read: {reason}.</source>
        <translation>De reservekopieën in {folder} kunnen niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/backups.py" line="188"/>
        <source>Could not make a backup in {folder}: {reason}. The library is unchanged.</source>
        <translation>Kon geen reservekopie maken in {folder}: {reason}. De bibliotheek is ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/backups.py" line="320"/>
        <source>There is no backup number {number}; &apos;workshop backup list&apos; shows them.</source>
        <translation>Er is geen reservekopie nummer {number}; &apos;workshop backup list&apos; toont ze.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/backups.py" line="329"/>
        <source>Backup number {number} is damaged too ({reason}).</source>
        <translation>Reservekopie nummer {number} is ook beschadigd ({reason}).</translation>
    </message>
    <message>
        <location filename="../../workshop/store/backups.py" line="362"/>
        <source>Could not restore backup number {number}: {reason}.</source>
        <translation>Kon reservekopie nummer {number} niet terugzetten: {reason}.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/transactions.py" line="29"/>
        <source>The library is busy: another Workshop is writing to it and did not finish within {seconds} seconds. Nothing was changed; try again in a moment.</source>
        <translation>De bibliotheek is bezet: een andere Workshop schrijft erin en was niet binnen {seconds} seconden klaar. Er is niets gewijzigd; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/single_instance.py" line="252"/>
        <source>{path} is open in another Workshop that does not answer; close it there, or wait for it to finish, then start again.</source>
        <translation>{path} is geopend in een andere Workshop die niet antwoordt; sluit hem daar, of wacht tot hij klaar is, en start dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../workshop/share/publish.py" line="79"/>
        <source>{folder} is a file, not a folder: nothing was written.</source>
        <translation>{folder} is een bestand, geen map: er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../workshop/export/event_report.py" line="145"/>
        <source>An event report needs a session.</source>
        <translation>Een verslag van een evenement heeft een sessie nodig.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/branding.py" line="36"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/branding.py" line="42"/>
        <source>{file} is {size} MB; a logo may be at most {most} MB.</source>
        <translation>{file} is {size} MB; een logo mag hoogstens {most} MB zijn.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/branding.py" line="53"/>
        <source>{file} is {width} × {height} pixels; a logo may be at most {most} pixels wide and tall.</source>
        <translation>{file} is {width} × {height} pixels; een logo mag hoogstens {most} pixels breed en hoog zijn.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/branding.py" line="65"/>
        <source>{file} is not an image Workshop can read (PNG or JPEG).</source>
        <translation>{file} is geen afbeelding die Workshop kan lezen (PNG of JPEG).</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/branding.py" line="73"/>
        <source>{file} cannot be decoded: {reason}</source>
        <translation>{file} kan niet worden ingelezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/branding.py" line="85"/>
        <source>The logo could not be written to {file}.</source>
        <translation>Het logo kon niet worden opgeslagen in {file}.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/phones.py" line="100"/>
        <source>Tip (group {0}): {1}</source>
        <translation>Tip (groep {0}): {1}</translation>
    </message>
    <message>
        <location filename="../../workshop/core/phones.py" line="102"/>
        <source>Tip: {0}</source>
        <translation>Tip: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/core/phones.py" line="105"/>
        <source>Group {0}: {1} — {2}</source>
        <translation>Groep {0}: {1} — {2}</translation>
    </message>
    <message>
        <location filename="../../workshop/core/phones.py" line="107"/>
        <source>Group {0}: {1}</source>
        <translation>Groep {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../workshop/core/phones.py" line="109"/>
        <source>Vote: {0}</source>
        <translation>Stem: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/core/phones.py" line="123"/>
        <source>The group</source>
        <translation>Het groepsnummer</translation>
    </message>
    <message>
        <location filename="../../workshop/core/phones.py" line="131"/>
        <source>{what} must be a number.</source>
        <translation>{what} moet een getal zijn.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/phones.py" line="141"/>
        <source>Write a tip first.</source>
        <translation>Schrijf eerst een tip.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/phones.py" line="144"/>
        <source>A tip has at most {most} characters.</source>
        <translation>Een tip heeft hoogstens {most} tekens.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/phones.py" line="158"/>
        <source>The column</source>
        <translation>Het kolomnummer</translation>
    </message>
    <message>
        <location filename="../../workshop/core/phones.py" line="164"/>
        <source>Choose one of the options.</source>
        <translation>Kies een van de opties.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/phones.py" line="170"/>
        <source>Choose your group&apos;s number.</source>
        <translation>Kies het nummer van je groep.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/phones.py" line="261"/>
        <source>This session has no card to send choices or votes to.</source>
        <translation>Deze sessie heeft geen kaart om keuzes of stemmen naar te sturen.</translation>
    </message>
    <message>
        <location filename="../../workshop/store/phone_rows.py" line="92"/>
        <source>There is no entry {number} from a phone.</source>
        <translation>Er is geen inzending {number} van een telefoon.</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="249"/>
        <location filename="../../workshop/ui/control/welcome.py" line="66"/>
        <source>The library has no decks to play.</source>
        <translation>De bibliotheek heeft geen kaartspellen om te spelen.</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="251"/>
        <source>--groups must be between 1 and 99.</source>
        <translation>--groups moet tussen 1 en 99 liggen.</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="269"/>
        <source>The deck “{title}” has no dilemma cards to play.</source>
        <translation>Het kaartspel “{title}” heeft geen dilemmakaarten om te spelen.</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="299"/>
        <source>Name what to write: --summary FILE.pdf, --handout FILE.pdf or --data FOLDER.</source>
        <translation>Zeg wat er geschreven moet worden: --summary BESTAND.pdf, --handout BESTAND.pdf of --data MAP.</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="409"/>
        <source>There is no library at {path}.</source>
        <translation>Er is geen bibliotheek op {path}.</translation>
    </message>
    <message>
        <location filename="../../workshop/cli.py" line="470"/>
        <source>{why} This command would change it: nothing was done.</source>
        <translation>{why} Deze opdracht zou haar veranderen: er is niets gedaan.</translation>
    </message>
    <message>
        <location filename="../../workshop/share/inbox.py" line="49"/>
        <source>The laptop could not save it. Nothing was changed; send it again in a moment.</source>
        <translation>De laptop kon het niet bewaren. Er is niets veranderd; stuur het over een ogenblik opnieuw.</translation>
    </message>
    <message>
        <location filename="../../workshop/share/inbox.py" line="123"/>
        <source>The laptop did not answer in time.</source>
        <translation>De laptop antwoordde niet op tijd.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/phone_actions.py" line="215"/>
        <source>Input closed before it was saved.</source>
        <translation>Insturen werd gesloten voordat het bewaard was.</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_publish.py" line="121"/>
        <source>{path} is a file, not a folder: nothing was written.</source>
        <translation>{path} is een bestand, geen map: er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../workshop/cli_room.py" line="143"/>
        <source>{value} is not the number of an entry waiting in the queue.</source>
        <translation>{value} is niet het nummer van een inzending die in de wachtrij staat.</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckcsv.py" line="67"/>
        <source>{column}: {value} is not a whole number</source>
        <translation>{column}: {value} is geen geheel getal</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckcsv.py" line="209"/>
        <source>the header cannot be read: {reason}</source>
        <translation>de kopregel is niet te lezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckcsv.py" line="225"/>
        <source>{name}: is not a column Workshop knows</source>
        <translation>{name}: is geen kolom die Workshop kent</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckcsv.py" line="232"/>
        <source>title: there is no title column</source>
        <translation>title: er is geen kolom title</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckcsv.py" line="236"/>
        <source>a column name appears twice</source>
        <translation>een kolomnaam komt twee keer voor</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckcsv.py" line="251"/>
        <source>has {cells} cells, the header {header}</source>
        <translation>heeft {cells} cellen, de kopregel {header}</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckcsv.py" line="299"/>
        <source>the file has more than {most} cards</source>
        <translation>het bestand heeft meer dan {most} kaarten</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckcsv.py" line="308"/>
        <source>the row cannot be read ({reason})</source>
        <translation>de rij is niet te lezen ({reason})</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="52"/>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="72"/>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="76"/>
        <source>{source} is not a Workshop deck: {problem} (and {more} more)</source>
        <translation>{source} is geen Workshop-kaartspel: {problem} (en nog {more})</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="83"/>
        <source>{source} is not a Workshop deck: {problem}</source>
        <translation>{source} is geen Workshop-kaartspel: {problem}</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="104"/>
        <source>must be text</source>
        <translation>moet tekst zijn</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="110"/>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="116"/>
        <location filename="../../workshop/core/quoting.py" line="77"/>
        <source>is longer than {most} characters</source>
        <translation>is langer dan {most} tekens</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="126"/>
        <location filename="../../workshop/core/deckformat.py" line="156"/>
        <source>must be a list of texts</source>
        <translation>moet een lijst met teksten zijn</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="136"/>
        <location filename="../../workshop/core/deckformat.py" line="197"/>
        <location filename="../../workshop/core/quoting.py" line="83"/>
        <source>has more than {most} items</source>
        <translation>heeft meer dan {most} items</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="144"/>
        <source>has an item longer than {most} characters</source>
        <translation>heeft een item van meer dan {most} tekens</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="164"/>
        <source>has a note for no option</source>
        <translation>heeft een notitie bij geen enkele optie</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="178"/>
        <source>must be a whole number 0 to {most}</source>
        <translation>moet een geheel getal van 0 tot en met {most} zijn</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="190"/>
        <source>must be a list</source>
        <translation>moet een lijst zijn</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="205"/>
        <source>must have a label and a url</source>
        <translation>moet een label en een url hebben</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="214"/>
        <source>{value} is not an http or https address</source>
        <translation>{value} is geen http- of https-adres</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="222"/>
        <source>is longer than {most} characters for a QR code</source>
        <translation>is langer dan {most} tekens voor een QR-code</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="235"/>
        <source>must be an object with a title</source>
        <translation>moet een object met een titel zijn</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="245"/>
        <source>{value} is not dilemma, exercise or prompt</source>
        <translation>{value} is geen dilemma, exercise (oefening) of prompt (vraagkaart)</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="257"/>
        <source>has {count} options; a dilemma has 2 to 4</source>
        <translation>heeft {count} opties; een dilemma heeft er 2 tot 4</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="265"/>
        <source>has the same option twice</source>
        <translation>heeft dezelfde optie twee keer</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="291"/>
        <source>must hold one deck object</source>
        <translation>moet één kaartspel-object bevatten</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="299"/>
        <source>must be a list of cards</source>
        <translation>moet een lijst met kaarten zijn</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="307"/>
        <location filename="../../workshop/store/deck_files.py" line="127"/>
        <location filename="../../workshop/store/deck_files.py" line="187"/>
        <source>has more than {most} cards</source>
        <translation>heeft meer dan {most} kaarten</translation>
    </message>
    <message>
        <location filename="../../workshop/core/deckformat.py" line="316"/>
        <source>two cards share one uid</source>
        <translation>twee kaarten hebben dezelfde uid</translation>
    </message>
    <message>
        <location filename="../../workshop/core/quoting.py" line="21"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../workshop/core/quoting.py" line="22"/>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <location filename="../../workshop/core/quoting.py" line="23"/>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location filename="../../workshop/core/quoting.py" line="24"/>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <location filename="../../workshop/core/quoting.py" line="25"/>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <location filename="../../workshop/core/quoting.py" line="26"/>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <location filename="../../workshop/core/quoting.py" line="72"/>
        <source>must be {kind}, not {value}</source>
        <translation>moet {kind} zijn, niet {value}</translation>
    </message>
    <message>
        <location filename="../../workshop/core/quoting.py" line="80"/>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <location filename="../../workshop/core/quoting.py" line="81"/>
        <source>is shorter than {most} characters</source>
        <translation>is korter dan {most} tekens</translation>
    </message>
    <message>
        <location filename="../../workshop/core/quoting.py" line="85"/>
        <source>has fewer than {most} items</source>
        <translation>heeft minder dan {most} items</translation>
    </message>
    <message>
        <location filename="../../workshop/core/quoting.py" line="87"/>
        <source>{value} is more than {most}</source>
        <translation>{value} is meer dan {most}</translation>
    </message>
    <message>
        <location filename="../../workshop/core/quoting.py" line="92"/>
        <source>{value} is less than {most}</source>
        <translation>{value} is minder dan {most}</translation>
    </message>
    <message>
        <location filename="../../workshop/core/quoting.py" line="97"/>
        <source>{value} is not one of {choices}</source>
        <translation>{value} is niet een van {choices}</translation>
    </message>
    <message>
        <location filename="../../workshop/core/quoting.py" line="102"/>
        <source>{value} must be {wanted}</source>
        <translation>{value} moet {wanted} zijn</translation>
    </message>
    <message>
        <location filename="../../workshop/core/quoting.py" line="107"/>
        <source>{value} is not in the expected form</source>
        <translation>{value} heeft niet de verwachte vorm</translation>
    </message>
    <message>
        <location filename="../../workshop/core/quoting.py" line="113"/>
        <source>{value} is not a field Workshop knows</source>
        <translation>{value} is geen veld dat Workshop kent</translation>
    </message>
    <message>
        <location filename="../../workshop/core/quoting.py" line="118"/>
        <source>{value} is required</source>
        <translation>{value} is verplicht</translation>
    </message>
    <message>
        <location filename="../../workshop/store/untrusted.py" line="34"/>
        <source>is larger than {most} MB</source>
        <translation>is groter dan {most} MB</translation>
    </message>
    <message>
        <location filename="../../workshop/store/untrusted.py" line="56"/>
        <source>is not UTF-8 text (byte 0x{byte}); save it as UTF-8</source>
        <translation>is geen UTF-8-tekst (byte 0x{byte}); sla het op als UTF-8</translation>
    </message>
    <message>
        <location filename="../../workshop/store/untrusted.py" line="63"/>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} is geen getal dat JSON toestaat</translation>
    </message>
    <message>
        <location filename="../../workshop/store/untrusted.py" line="73"/>
        <source>is nested too deeply</source>
        <translation>is te diep genest</translation>
    </message>
    <message>
        <location filename="../../workshop/store/untrusted.py" line="78"/>
        <source>holds text that is not valid Unicode (a lone surrogate)</source>
        <translation>bevat tekst die geen geldige Unicode is (een losse surrogaat)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk</name>
    <message>
        <location filename="../../workshop/ui/control/phone_actions.py" line="94"/>
        <source>Send your tip</source>
        <translation>Stuur je tip</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/phone_actions.py" line="95"/>
        <source>Send your group&apos;s choice</source>
        <translation>Stuur de keuze van je groep</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/phone_actions.py" line="96"/>
        <source>Vote</source>
        <translation>Stem</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/phone_actions.py" line="114"/>
        <source>Phones send through the room share: share in the room first (Ctrl+Shift+S).</source>
        <translation>Telefoons sturen in via het delen in de zaal: deel eerst in de zaal (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/phone_actions.py" line="121"/>
        <source>Phones can send to a card or the tips board: show one on the wall first.</source>
        <translation>Telefoons kunnen insturen naar een kaart of het tipsbord: zet er eerst een op de muur.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/phone_actions.py" line="292"/>
        <source>From phones: {0} received · {1} shown · {2} rejected · {3} refused</source>
        <translation>Van telefoons: {0} ontvangen · {1} getoond · {2} afgewezen · {3} geweigerd</translation>
    </message>
</context>
<context>
    <name>PhoneQueue</name>
    <message>
        <location filename="../../workshop/ui/control/phone_actions.py" line="309"/>
        <source>Entries from phones: Enter shows one, Delete rejects it, F2 edits it</source>
        <translation>Inzendingen van telefoons: Enter toont er een, Delete wijst hem af, F2 bewerkt hem</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/phone_actions.py" line="341"/>
        <source>straight to the wall</source>
        <translation>direct op de muur</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/phone_actions.py" line="343"/>
        <source>Enter shows, Delete rejects, F2 edits</source>
        <translation>Enter toont, Delete wijst af, F2 bewerkt</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/phone_actions.py" line="346"/>
        <source>Phones may send: {0} ({1}). Ctrl+I closes.</source>
        <translation>Telefoons mogen insturen: {0} ({1}). Ctrl+I sluit.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/phone_actions.py" line="352"/>
        <source>Phones may not send now. Ctrl+I opens input for what is on the wall.</source>
        <translation>Telefoons kunnen nu niet insturen. Ctrl+I opent insturen voor wat op de muur staat.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/phone_actions.py" line="374"/>
        <source>Edit before it is shown</source>
        <translation>Bewerken voordat het getoond wordt</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/phone_actions.py" line="374"/>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
</context>
<context>
    <name>PickCardsDialog</name>
    <message>
        <location filename="../../workshop/ui/control/pick_cards.py" line="27"/>
        <source>Pick cards: {0}</source>
        <translation>Kaarten kiezen: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/pick_cards.py" line="30"/>
        <source>Cards to play</source>
        <translation>Te spelen kaarten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/pick_cards.py" line="38"/>
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
        <location filename="../../workshop/ui/control/export_dialog.py" line="165"/>
        <source>Print cards</source>
        <translation>Kaarten afdrukken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="167"/>
        <source>deck</source>
        <translation>kaartspel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="167"/>
        <source>cards</source>
        <translation>kaarten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="170"/>
        <source>Card sheets file</source>
        <translation>Bestand met kaartvellen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="172"/>
        <source>Cards per page</source>
        <translation>Kaarten per pagina</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="173"/>
        <source>4 per page (large)</source>
        <translation>4 per pagina (groot)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="174"/>
        <source>8 per page (small)</source>
        <translation>8 per pagina (klein)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="178"/>
        <source>Each page of fronts is followed by its backs: print on both sides, flipping on the long edge, and cut along the marks.</source>
        <translation>Na elke pagina voorkanten volgen de achterkanten: druk dubbelzijdig af, omslaan langs de lange kant, en knip langs de snijtekens.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="185"/>
        <source>&amp;Print to PDF</source>
        <translation>&amp;Afdrukken naar pdf</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="189"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="190"/>
        <source>&amp;Cards per page</source>
        <translation>&amp;Kaarten per pagina</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/export_dialog.py" line="191"/>
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
        <location filename="../../workshop/ui/control/record_bar.py" line="45"/>
        <source>&amp;Record</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/record_bar.py" line="56"/>
        <source>&amp;Group</source>
        <translation>&amp;Groep</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/record_bar.py" line="57"/>
        <source>&amp;Option</source>
        <translation>&amp;Optie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/record_bar.py" line="58"/>
        <source>Rea&amp;son</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/record_bar.py" line="65"/>
        <source>Group number</source>
        <translation>Groepsnummer</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/record_bar.py" line="66"/>
        <source>Chosen option letter</source>
        <translation>Letter van de gekozen optie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/record_bar.py" line="67"/>
        <source>Reason in one line</source>
        <translation>Reden in één regel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/record_bar.py" line="68"/>
        <source>Record the group&apos;s choice</source>
        <translation>Leg de keuze van de groep vast</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/record_bar.py" line="71"/>
        <source>one line, then Enter</source>
        <translation>één regel, dan Enter</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/record_bar.py" line="95"/>
        <source>One of {0}</source>
        <translation>Een van {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/record_bar.py" line="115"/>
        <source>Option {0} is not on this card: type {1}, or Esc to give up.</source>
        <translation>Optie {0} staat niet op deze kaart: typ {1}, of Esc om te stoppen.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/record_bar.py" line="133"/>
        <source>Type the reason, or Enter again to record without one.</source>
        <translation>Typ de reden, of druk nog eens op Enter om zonder reden vast te leggen.</translation>
    </message>
</context>
<context>
    <name>RoomShareActions</name>
    <message>
        <location filename="../../workshop/ui/control/share_actions.py" line="93"/>
        <source>Share in the room</source>
        <translation>Delen in de zaal</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_actions.py" line="103"/>
        <source>Stop sharing in the &amp;room</source>
        <translation>Stoppen met delen in de &amp;zaal</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_actions.py" line="116"/>
        <source>Share in the &amp;room…</source>
        <translation>Delen in de &amp;zaal…</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../workshop/ui/controller.py" line="168"/>
        <source>The summary&apos;s QR code is on the wall: Q takes it away, N starts the next activity.</source>
        <translation>De QR-code van de samenvatting staat op de muur: Q haalt hem weg, N start de volgende activiteit.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/controller.py" line="172"/>
        <source>Nothing to step through on the wall now: N starts the next activity, Ctrl+1 shows the cards.</source>
        <translation>Er is nu niets om door te bladeren op de muur: N start de volgende activiteit, Ctrl+1 toont de kaarten.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/controller.py" line="189"/>
        <source>No address for the summary yet: set a follow-up address in the session details (Ctrl+D), or share in the room (Ctrl+Shift+S).</source>
        <translation>Nog geen adres voor de samenvatting: stel een vervolgadres in bij de sessiegegevens (Ctrl+D), of deel in de zaal (Ctrl+Shift+S).</translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="38"/>
        <source>Session details</source>
        <translation>Sessiegegevens</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="41"/>
        <source>Session title</source>
        <translation>Titel van de sessie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="102"/>
        <source>Session date</source>
        <translation>Datum van de sessie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="43"/>
        <source>Follow-up address</source>
        <translation>Adres voor de follow-up</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="45"/>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="46"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="47"/>
        <source>Facilitators</source>
        <translation>Begeleiders</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="111"/>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="119"/>
        <source>Language of the day</source>
        <translation>Taal van de dag</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="50"/>
        <source>The summary, the handout and the shared page use Dutch words for nl.</source>
        <translation>De samenvatting, de hand-out en de gedeelde pagina gebruiken Nederlandse woorden bij nl.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="52"/>
        <source>Notes (only for you)</source>
        <translation>Notities (alleen voor jou)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="56"/>
        <source>Number of participants</source>
        <translation>Aantal deelnemers</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="57"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="58"/>
        <source>One per line, optionally: name, organisation</source>
        <translation>Eén per regel, eventueel: naam, organisatie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="59"/>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="61"/>
        <source>A few lines for people who were not there: what the day was about.</source>
        <translation>Een paar regels voor wie er niet bij was: waar de dag over ging.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="64"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="65"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="66"/>
        <source>&amp;Follow-up address</source>
        <translation>&amp;Adres voor de follow-up</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="67"/>
        <source>&amp;Venue</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="68"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="69"/>
        <source>F&amp;acilitators</source>
        <translation>&amp;Begeleiders</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="70"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal van de app</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="71"/>
        <source>&amp;Number of participants</source>
        <translation>Aa&amp;ntal deelnemers</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="72"/>
        <source>&amp;Participants&apos; names</source>
        <translation>Namen van d&amp;eelnemers</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="73"/>
        <source>&amp;Introduction</source>
        <translation>&amp;Inleiding</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="74"/>
        <source>Not&amp;es</source>
        <translation>Notitie&amp;s</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="88"/>
        <source>The summary&apos;s QR code points to the follow-up address. Names of participants appear only in the participants&apos; edition of the summary.</source>
        <translation>De QR-code van de samenvatting wijst naar het vervolgadres. Namen van deelnemers staan alleen in de deelnemerseditie van de samenvatting.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="120"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/details_dialog.py" line="121"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../workshop/ui/control/session_view.py" line="69"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/session_view.py" line="70"/>
        <source>&amp;Cards</source>
        <translation>&amp;Kaarten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/session_view.py" line="71"/>
        <source>Tips &amp;board</source>
        <translation>Tips&amp;bord</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/session_view.py" line="72"/>
        <source>&amp;Groups</source>
        <translation>&amp;Groepen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/session_view.py" line="73"/>
        <source>E&amp;xercises</source>
        <translation>&amp;Oefeningen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="40"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="43"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="44"/>
        <source>The system&apos;s</source>
        <translation>Die van het systeem</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="49"/>
        <source>Projector screen</source>
        <translation>Scherm van de projector</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="50"/>
        <source>Automatic: the screen the control window is not on</source>
        <translation>Automatisch: het scherm zonder bedieningsvenster</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="55"/>
        <source>{0} (not connected)</source>
        <translation>{0} (niet aangesloten)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="58"/>
        <source>Projector theme</source>
        <translation>Thema van de projector</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="59"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="60"/>
        <source>High contrast (black, white, yellow)</source>
        <translation>Hoog contrast (zwart, wit, geel)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="61"/>
        <source>Light (dark text on white, for daylight rooms)</source>
        <translation>Licht (donkere tekst op wit, voor zalen met daglicht)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="65"/>
        <source>Paper size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="66"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="67"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="70"/>
        <source>Default follow-up address</source>
        <translation>Standaardadres voor de follow-up</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="75"/>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="76"/>
        <source>Minutes between automatic backups</source>
        <translation>Minuten tussen automatische reservekopieën</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="80"/>
        <source>Where the backups are</source>
        <translation>Waar de reservekopieën staan</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="87"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal van de app</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="88"/>
        <source>Projector &amp;screen</source>
        <translation>&amp;Scherm van de projector</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="89"/>
        <source>Projector &amp;theme</source>
        <translation>Th&amp;ema van de projector</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="90"/>
        <source>&amp;Paper size</source>
        <translation>&amp;Papierformaat</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="91"/>
        <source>Default &amp;follow-up address</source>
        <translation>Standaard&amp;adres voor de follow-up</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="92"/>
        <source>&amp;Backups every</source>
        <translation>&amp;Reservekopie elke</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="93"/>
        <source>Backups folder</source>
        <translation>Map van de reservekopieën</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="94"/>
        <source>Organisation &amp;logo</source>
        <translation>&amp;Logo van de organisatie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="95"/>
        <source>Organisation &amp;accent colour</source>
        <translation>&amp;Accentkleur van de organisatie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="97"/>
        <source>A new language shows the next time Workshop starts.</source>
        <translation>Een andere taal verschijnt de volgende keer dat Workshop start.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="110"/>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="157"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="111"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="113"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="122"/>
        <source>Organisation accent colour</source>
        <translation>Accentkleur van de organisatie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="123"/>
        <source>#1f6feb, or empty for the theme&apos;s own</source>
        <translation>#1f6feb, of leeg voor die van het thema</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="137"/>
        <source>Organisation logo</source>
        <translation>Logo van de organisatie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="137"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="166"/>
        <source>“{0}” is not readable as text on this projector theme (WCAG AA); the theme&apos;s own accent colour is used instead.</source>
        <translation>“{0}” is als tekst niet leesbaar op dit projectorthema (WCAG AA); de accentkleur van het thema wordt gebruikt.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/settings_dialog.py" line="172"/>
        <source>The logo shows on the title slide and in a corner of the wall.</source>
        <translation>Het logo staat op de titeldia en in een hoek van de muur.</translation>
    </message>
</context>
<context>
    <name>ShareBar</name>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="131"/>
        <source>Room share</source>
        <translation>Delen in de zaal</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="133"/>
        <source>Fetches of the summary</source>
        <translation>Keren dat de samenvatting is opgehaald</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="134"/>
        <source>Show QR code (Q)</source>
        <translation>QR-code tonen (Q)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="135"/>
        <source>Show the summary&apos;s QR code on the projector</source>
        <translation>De QR-code van de samenvatting op de projector tonen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="139"/>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="141"/>
        <source>Share the summary as the session is now, at the same address</source>
        <translation>De samenvatting delen zoals de sessie nu is, op hetzelfde adres</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="147"/>
        <source>Stop sharing</source>
        <translation>Stoppen met delen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="148"/>
        <source>Stop sharing in the room</source>
        <translation>Stoppen met delen in de zaal</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="177"/>
        <source>Sharing in the room at {0}</source>
        <translation>Gedeeld in de zaal op {0}</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="183"/>
        <source>Sharing in the room at {0} (summary as of {1})</source>
        <translation>Gedeeld in de zaal op {0} (samenvatting van {1})</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/share_bar.py" line="189"/>
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
        <location filename="../../workshop/ui/widgets/summary_paint.py" line="23"/>
        <source>Only this computer can open this address, for a try-out.</source>
        <translation>Alleen deze computer kan dit adres openen, om het uit te proberen.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/widgets/summary_paint.py" line="32"/>
        <source>The summary, on your phone</source>
        <translation>De samenvatting, op je telefoon</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/widgets/summary_paint.py" line="33"/>
        <source>Scan the code with your phone&apos;s camera.</source>
        <translation>Scan de code met de camera van je telefoon.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/widgets/summary_paint.py" line="27"/>
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
    <name>TitleWall</name>
    <message>
        <location filename="../../workshop/ui/widgets/title_paint.py" line="28"/>
        <source>back at {0}</source>
        <translation>terug om {0}</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <location filename="../../workshop/ui/wall.py" line="43"/>
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
        <source>On the wall: the results of “{0}”, page {1} of {2}.</source>
        <translation>Op de muur: de uitslag van ‘{0}’, pagina {1} van {2}.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="74"/>
        <source>On the wall: the results of “{0}”.</source>
        <translation>Op de muur: de uitslag van ‘{0}’.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="76"/>
        <source>On the wall: the tips board, page {0} of {1}.</source>
        <translation>Op de muur: het tipsbord, pagina {0} van {1}.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="80"/>
        <source>On the wall: the groups.</source>
        <translation>Op de muur: de groepen.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="82"/>
        <source>On the wall: the exercise “{0}”.</source>
        <translation>Op de muur: de oefening ‘{0}’.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="84"/>
        <source>On the wall: the groups on the scale of “{0}”.</source>
        <translation>Op de muur: de groepen op de schaal van ‘{0}’.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="86"/>
        <source>On the wall: the agenda.</source>
        <translation>Op de muur: de agenda.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="88"/>
        <source>On the wall: presenter {0} of {1}, “{2}”.</source>
        <translation>Op de muur: presentator {0} van {1}, ‘{2}’.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="92"/>
        <source>On the wall: the summary&apos;s QR code.</source>
        <translation>Op de muur: de QR-code van de samenvatting.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="94"/>
        <source>On the wall: the title, “{0}”.</source>
        <translation>Op de muur: de titel, ‘{0}’.</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/wall_strip.py" line="96"/>
        <source>Timer {0}.</source>
        <translation>Timer {0}.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../workshop/ui/control/welcome.py" line="24"/>
        <source>Welcome to Workshop</source>
        <translation>Welkom bij Workshop</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/welcome.py" line="27"/>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Workshop runs an in-person training from this laptop and a projector: dilemma cards for groups, exercises, a tips board, and a summary for those who were not there.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Try a demo session&lt;/b&gt; to see it at once: the starter deck and a planned day. Press N to begin the first activity, F1 for every key.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Start your own&lt;/b&gt;: choose a deck, give the session a title and press Start session.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welkom&lt;/h2&gt;&lt;p&gt;Met Workshop geef je een training in een zaal vanaf deze laptop en een projector: dilemmakaarten voor groepen, oefeningen, een tipsbord, en een samenvatting voor wie er niet bij was.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Probeer een demosessie&lt;/b&gt; om het meteen te zien: het startkaartspel en een geplande dag. Druk op N om de eerste activiteit te beginnen, op F1 voor alle toetsen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Begin je eigen&lt;/b&gt;: kies een kaartspel, geef de sessie een titel en druk op Sessie starten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/welcome.py" line="40"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/welcome.py" line="41"/>
        <source>Try a &amp;demo session</source>
        <translation>Probeer een &amp;demosessie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/welcome.py" line="42"/>
        <source>Open a demo session with a planned day</source>
        <translation>Een demosessie openen met een geplande dag</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/welcome.py" line="44"/>
        <source>&amp;Start your own</source>
        <translation>&amp;Begin je eigen sessie</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/control/welcome.py" line="45"/>
        <source>Go to the start page to make a session</source>
        <translation>Naar de startpagina om een sessie te maken</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../workshop/ui/cli_words.py" line="48"/>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <location filename="../../workshop/ui/cli_words.py" line="49"/>
        <source>positional arguments</source>
        <translation>argumenten</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/cli_words.py" line="50"/>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/cli_words.py" line="51"/>
        <source>show this help message and exit</source>
        <translation>deze hulp tonen en stoppen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/cli_words.py" line="52"/>
        <source>show program&apos;s version number and exit</source>
        <translation>het versienummer tonen en stoppen</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/cli_words.py" line="53"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fout: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/cli_words.py" line="54"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/cli_words.py" line="55"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/cli_words.py" line="56"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige waarde voor %(type)s: %(value)r</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/cli_words.py" line="57"/>
        <source>the following arguments are required: %s</source>
        <translation>deze argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/cli_words.py" line="58"/>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <location filename="../../workshop/ui/cli_words.py" line="59"/>
        <source>expected one argument</source>
        <translation>verwachtte één argument</translation>
    </message>
</context>
</TS>
