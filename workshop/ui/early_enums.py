"""Qt enum values the window sets before its first paint, as the ints Qt's properties take.

PySide makes all 93 Python enums of the Qt namespace the first time `Qt` is touched: about
21 ms here, a fifth of what start-up spends over a bare PySide6 window. The home page needs
a handful, which Qt's property system (and an item's data role) takes as plain ints, so the
namespace is made later, when a key or a dialog first needs it. (A menu action's keys are
given by `setShortcuts`, whose overloads PySide resolves without the namespace, unlike
`setShortcut`'s.)
tests/ui/test_start_up_enums.py checks each value against Qt's own enum, and that start-up
leaves the namespace unmade."""

PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
RICH_TEXT = 1  # Qt.TextFormat.RichText
SELECTABLE_BY_MOUSE = 1  # Qt.TextInteractionFlag.TextSelectableByMouse
NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus
TOP_LEFT = 0x21  # Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
APPLICATION_SHORTCUT = 2  # Qt.ShortcutContext.ApplicationShortcut
USER_ROLE = 0x100  # Qt.ItemDataRole.UserRole
