"""The bundled app's entry point: the `workshop` command, frozen by PyInstaller."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from workshop.cli import main

if __name__ == "__main__":
    # packaging/test-bundle.sh: open the window offscreen, check its menus, quit.
    if os.environ.get("WORKSHOP_SMOKE_GUI"):
        from smoke_gui import main as smoke

        sys.exit(smoke(Path(sys.argv[1]), sys.argv[2]))
    sys.exit(main())
