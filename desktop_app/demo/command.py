"""`loket demo [--port N] [--folder DIR]` (INTERFACES.md): set up the demo, open the window, clean up.

The demo never uses the real data folder: it works in a folder of its own (a new temporary one,
removed afterwards, unless `--folder` names an empty one to keep). `--port` is the port of the
demo central service on 127.0.0.1 (default: a free one); the desktop reaches it through the
network switch's relay on another free port. Closing the window stops the service.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from desktop_app.cli_text import Messages
from desktop_app.paths import AppPaths


def add_parser(sub: Any) -> None:
    demo = sub.add_parser("demo", help="a local demo central service, sample records, and the window")
    demo.add_argument("--port", type=int, default=0, help="port of the demo central service on 127.0.0.1")
    demo.add_argument("--folder", help="an empty folder to keep the demo in (default: a temporary one)")


def run_demo(args: argparse.Namespace, real: AppPaths) -> int:
    msg = Messages(args.lang or "id")

    def say(key: str, stream: Any = sys.stdout, **params: Any) -> None:
        stream.write(msg(f"demo_{key}", **params) + "\n")
        stream.flush()

    from desktop_app.demo.central import server_parts_installed
    from desktop_app.display_check import window_problem

    problem = window_problem(args.lang or "id")
    if problem is not None:
        sys.stderr.write(problem + "\n")
        return 1
    if not server_parts_installed():
        say("needs_central", sys.stderr)
        return 2
    if args.port and not 1024 <= args.port <= 65535:
        say("bad_port", sys.stderr, port=args.port)
        return 2
    if args.folder:
        from desktop_app.demo.seed import demo_folder_problem

        folder = Path(args.folder).expanduser().resolve()
        if reason := demo_folder_problem(folder, real.data_dir):
            say(reason, sys.stderr, folder=folder)
            return 2
    else:
        folder = Path(tempfile.mkdtemp(prefix="loket-demo-"))
    try:
        return _run(args, folder, say)
    except KeyboardInterrupt:  # Ctrl+C while setting up: everything started is stopped (in _run)
        return 130
    finally:
        if not args.folder:
            shutil.rmtree(folder, ignore_errors=True)


def _run(args: argparse.Namespace, folder: Path, say: Any) -> int:
    from desktop_app.cli import app_version
    from desktop_app.demo.central import DemoCentral, DemoUnavailable
    from desktop_app.demo.relay import Relay
    from desktop_app.demo.seed import CLERK_PASSWORD, DemoWorld, build_world
    from desktop_app.logs import setup_logging
    from desktop_app.paths import prepare
    from domain.countries import Countries

    paths = AppPaths(folder / "desktop")
    prepare(paths)
    setup_logging(paths.logs)
    central = DemoCentral(folder / "central", port=args.port)
    relay: Relay | None = None
    world: DemoWorld | None = None
    try:
        say("starting", folder=folder, url=f"http://127.0.0.1:{args.port or '…'}")
        central.start()
        relay = Relay(central.port)
        countries = Countries()
        world = build_world(central, relay.url, paths, countries, app_version())
        say(
            "ready",
            candidates=world.candidates,
            elsewhere=len(world.elsewhere_niks),
            pulled=world.pulled,
            sessions=", ".join(world.sessions),
            user=world.clerk.username,
            password=CLERK_PASSWORD,
        )
        from desktop_app.demo.window import run_demo_window

        run_demo_window(world, relay, central.url, countries, args.lang)
        return 0
    except DemoUnavailable as exc:
        say(exc.code, sys.stderr, port=args.port, detail=exc.detail)
        return 2
    finally:
        if world is not None:
            world.store.close()
        if relay is not None:
            relay.close()
        central.stop()
        say("stopped")
