"""Workshop: run in-person trainings from a laptop and a projector."""

import sys

__version__ = "0.1.0"

# With PySide loaded before the app (a script, a test run), its after-import check must be
# replaced (ui/pyside_hook.py) before the store's modules load, or their sources stay in
# memory for good.
if "shibokensupport.feature" in sys.modules:
    import workshop.ui.pyside_hook  # noqa: F401  (installs the quick check on import)
