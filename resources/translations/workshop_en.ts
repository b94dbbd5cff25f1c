<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BoardPanel</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/control/board_panel.py" line="557"/>
        <source>“{0}” holds %n tip(s). Move them to another column, or delete them?</source>
        <translation>
            <numerusform>“{0}” holds %n tip. Move it to another column, or delete it?</numerusform>
            <numerusform>“{0}” holds %n tips. Move them to another column, or delete them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/ui/control/board_panel.py" line="686"/>
        <source>Brought in %n tip(s) from {0}.</source>
        <translation>
            <numerusform>Brought in %n tip from {0}.</numerusform>
            <numerusform>Brought in %n tips from {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../../workshop/cli.py" line="232"/>
        <location filename="../../workshop/cli.py" line="238"/>
        <location filename="../../workshop/cli.py" line="329"/>
        <location filename="../../workshop/cli.py" line="377"/>
        <location filename="../../workshop/cli.py" line="385"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/cli.py" line="238"/>
        <source>%n choice(s)</source>
        <translation>
            <numerusform>%n choice</numerusform>
            <numerusform>%n choices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/cli.py" line="287"/>
        <source>Played %n card(s)</source>
        <translation>
            <numerusform>Played %n card</numerusform>
            <numerusform>Played %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/cli.py" line="288"/>
        <source>with %n group(s) in session “{0}”.</source>
        <translation>
            <numerusform>with %n group in session “{0}”.</numerusform>
            <numerusform>with %n groups in session “{0}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/cli.py" line="307"/>
        <location filename="../../workshop/cli.py" line="312"/>
        <location filename="../../workshop/cli_publish.py" line="91"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/cli.py" line="330"/>
        <source>on %n page(s)</source>
        <translation>
            <numerusform>on %n page</numerusform>
            <numerusform>on %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/cli_publish.py" line="92"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/cli_publish.py" line="109"/>
        <source>Wrote %n CSV file(s) to {0}: {1}</source>
        <translation>
            <numerusform>Wrote %n CSV file to {0}: {1}</numerusform>
            <numerusform>Wrote %n CSV files to {0}: {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/cli_decks.py" line="63"/>
        <source>error: {0} cannot be imported (%n problem(s)):</source>
        <translation>
            <numerusform>error: {0} cannot be imported (%n problem):</numerusform>
            <numerusform>error: {0} cannot be imported (%n problems):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecksDialog</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="315"/>
        <source>{0} · {1} · %n card(s) · {2}</source>
        <translation>
            <numerusform>{0} · {1} · %n card · {2}</numerusform>
            <numerusform>{0} · {1} · %n cards · {2}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/ui/decks/decks_dialog.py" line="417"/>
        <source>Imported “{0}”: %n card(s) added, {1} updated.</source>
        <translation>
            <numerusform>Imported “{0}”: %n card added, {1} updated.</numerusform>
            <numerusform>Imported “{0}”: %n cards added, {1} updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/control/groups_panel.py" line="177"/>
        <source>%n person is listed, not in groups yet. Choose how to form them above and press Form groups: the wall then shows who sits where.</source>
        <translation>
            <numerusform>%n person is listed, not in groups yet. Choose how to form groups above and press Form groups: the wall then shows who sits where.</numerusform>
            <numerusform>%n people are listed, not in groups yet. Choose how to form them above and press Form groups: the wall then shows who sits where.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/ui/control/groups_panel.py" line="191"/>
        <source>%n group(s), formed {0}, seed {1}.</source>
        <translation>
            <numerusform>%n group, formed {0}, seed {1}.</numerusform>
            <numerusform>%n groups, formed {0}, seed {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/ui/control/groups_panel.py" line="197"/>
        <source>%n participant(s). Form groups, or play with numbered groups only.</source>
        <translation>
            <numerusform>%n participant. Form groups, or play with numbered groups only.</numerusform>
            <numerusform>%n participants. Form groups, or play with numbered groups only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message numerus="yes">
        <location filename="../../workshop/ui/control/home_panel.py" line="165"/>
        <source>{0}  (%n card(s))</source>
        <translation>
            <numerusform>{0}  (%n card)</numerusform>
            <numerusform>{0}  (%n cards)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop/ui/control/home_panel.py" line="239"/>
        <source>Hand-picked: %n card(s)</source>
        <translation>
            <numerusform>Hand-picked: %n card</numerusform>
            <numerusform>Hand-picked: %n cards</numerusform>
        </translation>
    </message>
</context>
</TS>
