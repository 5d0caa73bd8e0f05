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

from desktop_app.paths import AppPaths

TEXT: dict[str, tuple[str, str]] = {
    "starting": (
        "Menyiapkan demo di {folder}: layanan pusat demo di {url} ...",
        "Setting up the demo in {folder}: demo central service at {url} ...",
    ),
    "ready": (
        "Demo siap: {candidates} calon PMI contoh ({elsewhere} NIK sudah terdaftar di kantor lain), "
        "{pulled} data dari server, sesi OPP {sessions}. Masuk sebagai {user} / {password}.",
        "Demo ready: {candidates} sample candidates ({elsewhere} NIKs already registered at another "
        "office), {pulled} records from the server, OPP sessions {sessions}. Sign in as {user} / {password}.",
    ),
    "stopped": (
        "Demo selesai; layanan pusat demo dihentikan.",
        "Demo over; the demo central service stopped.",
    ),
    "needs_central": (
        "Demo memerlukan bagian server (FastAPI, uvicorn) yang tidak ada di paket ini; "
        "jalankan dari salinan sumber setelah make install.",
        "The demo needs the server parts (FastAPI, uvicorn), which this installation lacks; "
        "run it from a source checkout after make install.",
    ),
    "real_folder": (
        "Folder {folder} adalah (atau berada di dalam) folder data sungguhan; "
        "demo memakai folder tersendiri.",
        "The folder {folder} is (or is inside) the real data folder; the demo uses a folder of its own.",
    ),
    "not_empty": (
        "Folder {folder} tidak kosong; pilih folder baru atau kosong untuk demo.",
        "The folder {folder} is not empty; choose a new or empty folder for the demo.",
    ),
    "bad_port": (
        "Port {port} tidak dapat dipakai; pilih angka 1024–65535, atau jangan isi --port.",
        "Port {port} cannot be used; choose a number from 1024 to 65535, or leave --port out.",
    ),
    "port_taken": (
        "Port {port} sudah dipakai program lain; pilih port lain atau jangan isi --port.",
        "Port {port} is already in use; choose another port or leave --port out.",
    ),
    "server_failed": (
        "Layanan pusat demo tidak dapat dijalankan; lihat {detail}.",
        "The demo central service could not start; see {detail}.",
    ),
}


def add_parser(sub: Any) -> None:
    demo = sub.add_parser("demo", help="a local demo central service, sample records, and the window")
    demo.add_argument("--port", type=int, default=0, help="port of the demo central service on 127.0.0.1")
    demo.add_argument("--folder", help="an empty folder to keep the demo in (default: a temporary one)")


def run_demo(args: argparse.Namespace, real: AppPaths) -> int:
    index = 1 if args.lang == "en" else 0

    def say(key: str, stream: Any = sys.stdout, **params: Any) -> None:
        stream.write(TEXT[key][index].format(**params) + "\n")
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
