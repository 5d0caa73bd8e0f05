"""`python -m desktop_app`: the same as the `loket` command.

Start-up, in order (desktop_app.cli.main, then desktop_app.gui.run_gui for the window):
1. Parse arguments; resolve the data folder (`--data-dir`, `LOKET_DATA_DIR`, else the
   platform's application-data folder) and create it owner-only; start the rotating log.
2. Open the store: back it up if a migration is pending, migrate in-process, load the region
   table once. A damaged file is reported in plain words with the latest backup.
3. For a command: run it, print one sentence on failure, exit with the documented code.
   For the window: sign in, build the main window with its collaborators, run the event loop,
   and on quit wait for background work and close the store.
"""

import sys

from desktop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
