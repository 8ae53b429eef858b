"""Smoke-test a frozen OmniPrint build: the program runs, finds its data and starts its window.

    python packaging/smoke_test.py [--dist DIR | --exe PROGRAM] [--keep]

Run it with a Python that has pypdfium2 and zxing-cpp (the build venv has them: build.py
--smoke uses it). It runs the frozen program in a temporary folder, never on your own
workspace or settings, and checks:

1. `omniprint --version` prints the version of the source tree;
2. `omniprint demo` writes the sample workspace (if this build has no `demo` command, an
   equivalent small campaign is made with campaign create, piece add, zone add, drop add and
   codes generate);
3. `omniprint template list` lists every bundled template;
4. `omniprint export` writes a PDF whose fonts are embedded TrueType (the bundled fonts were
   found) and whose QR codes, rendered with pypdfium2 and read with zxing-cpp, are the links
   `codes export` lists;
5. the desktop app, started offscreen (QT_QPA_PLATFORM=offscreen), is still running after a
   few seconds and wrote no traceback; then it is stopped.

Exit code 0 when everything passed; each step prints one line.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GUI_SECONDS = 6.0


class SmokeError(Exception):
    pass


def find_program(dist: Path) -> Path:
    candidates = [
        dist / "OmniPrint.app" / "Contents" / "MacOS" / "omniprint",
        dist / "OmniPrint" / "omniprint.exe",
        dist / "OmniPrint" / "omniprint",
    ]
    for path in candidates:
        if path.is_file():
            return path
    raise SmokeError(f"no frozen program in {dist} (looked for {', '.join(map(str, candidates))})")


def source_version() -> str | None:
    init = ROOT / "src" / "omniprint" / "__init__.py"
    if not init.is_file():
        return None
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', init.read_text("utf-8"), re.MULTILINE)
    return match.group(1) if match else None


class Runner:
    def __init__(self, program: Path, folder: Path) -> None:
        self.program = program
        self.folder = folder
        self.workspace = folder / "smoke.omniprint"
        self.env = dict(os.environ)
        # Keep the user's own settings, data and logs out of it.
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            self.env[name] = str(folder / name.lower())
        self.env["OMNIPRINT_LOG_DIR"] = str(folder / "logs")
        self.env["OMNIPRINT_WORKSPACE"] = str(self.workspace)
        self.env.pop("PYTHONPATH", None)  # the frozen program must need nothing from outside
        self.env.pop("PYTHONHOME", None)

    def cli(self, *args: str, workspace: bool = True, check: bool = True, timeout: float = 180):
        cmd = [str(self.program)]
        if workspace:
            cmd += ["--workspace", str(self.workspace)]
        cmd += list(args)
        started = time.monotonic()
        done = subprocess.run(
            cmd,
            cwd=self.folder,
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
        )
        elapsed = time.monotonic() - started
        if check and done.returncode != 0:
            raise SmokeError(
                f"`omniprint {' '.join(args)}` exited {done.returncode}:\n"
                f"{done.stdout}\n{done.stderr}"
            )
        return done, elapsed


def step(name: str, detail: str) -> None:
    print(f"ok  {name}: {detail}", flush=True)


def check_version(run: Runner) -> None:
    done, elapsed = run.cli("--version", workspace=False)
    text = done.stdout.strip() or done.stderr.strip()
    expected = source_version()
    if not text.startswith("omniprint "):
        raise SmokeError(f"--version printed {text!r}")
    if expected and text != f"omniprint {expected}":
        raise SmokeError(f"--version printed {text!r}, the source tree is {expected}")
    step("version", f"{text} ({elapsed:.1f} s from a cold start)")


def make_workspace(run: Runner) -> tuple[str, str, str, str | None]:
    """The sample workspace, or a small campaign; returns (campaign, piece, variant, zone)."""
    probe, _ = run.cli("demo", "--help", workspace=False, check=False)
    if probe.returncode == 0:
        done, elapsed = run.cli("--json", "demo", "--out", str(run.workspace), "--force")
        info = json.loads(done.stdout)
        run.workspace = Path(info["workspace"])
        campaign = info["campaign"]
        pieces, _ = run.cli("--json", "piece", "list", campaign)
        piece = json.loads(pieces.stdout)[0]
        zones, _ = run.cli("--json", "zone", "list", campaign)
        zone = next((z["code"] for z in json.loads(zones.stdout) if not z.get("control")), None)
        step(
            "demo",
            f"sample workspace {run.workspace.name}: campaign {campaign}, {info['codes']:,} codes"
            f" ({elapsed:.1f} s)",
        )
        return campaign, piece["slug"], piece["variants"][0]["label"], zone
    started = time.monotonic()
    run.cli("init")
    run.cli(
        "campaign", "create", "Smoke Test", "--landing-url", "https://example.com/spring",
        "--budget", "100",
    )  # fmt: skip
    run.cli(
        "piece", "add", "smoke-test", "--kind", "flyer", "--variant", "A", "--unit-cost", "0.05"
    )
    run.cli("zone", "add", "smoke-test", "--code", "46001", "--name", "Centro", "--households", "8")
    run.cli("drop", "add", "smoke-test", "--piece", "flyer", "--variant", "A", "--zone", "46001")
    run.cli("codes", "generate", "smoke-test", "--prefix", "SMK")
    step(
        "campaign",
        f"no `demo` command in this build: made a small campaign with the CLI"
        f" ({time.monotonic() - started:.1f} s)",
    )
    return "smoke-test", "flyer", "A", "46001"


def check_templates(run: Runner) -> None:
    done, _ = run.cli("--json", "template", "list")
    names = {t["name"] for t in json.loads(done.stdout)}
    source = ROOT / "src" / "omniprint" / "assets" / "templates"
    expected = {p.stem for p in source.glob("*.json")} if source.is_dir() else set()
    if not names or expected - names:
        raise SmokeError(f"templates missing from the build: {sorted(expected - names) or 'all'}")
    step("templates", f"{len(names)} bundled templates listed")


def decode_qr_codes(pdf: Path) -> list[str]:
    import pypdfium2 as pdfium
    import zxingcpp

    found = []
    document = pdfium.PdfDocument(str(pdf))
    try:
        for index in range(len(document)):
            page = document[index]
            image = page.render(scale=300 / 72).to_pil()
            found += [r.text for r in zxingcpp.read_barcodes(image) if r.format.name == "QRCode"]
            page.close()
    finally:
        document.close()
    return found


def check_export(run: Runner, campaign: str, piece: str, variant: str, zone: str | None) -> None:
    pdf = run.folder / "smoke.pdf"
    args = ["--json", "export", campaign, "--piece", piece, "--variant", variant]
    args += ["--mode", "proof", "--out", str(pdf)]
    if zone:
        args += ["--zone", zone]
    done, elapsed = run.cli(*args)
    report = json.loads(done.stdout)
    data = pdf.read_bytes()
    if not data.startswith(b"%PDF"):
        raise SmokeError(f"{pdf} is not a PDF")
    # reportlab embeds TrueType fonts as FontFile2; without the bundled fonts it falls back to
    # the standard Type 1 fonts, which are not embedded.
    if b"/FontFile2" not in data:
        raise SmokeError("the PDF embeds no TrueType font: the bundled fonts were not found")

    codes_csv = run.folder / "codes.csv"
    run.cli("codes", "export", campaign, "--out", str(codes_csv))
    with codes_csv.open(encoding="utf-8-sig", newline="") as handle:
        links = {row["qr"] for row in csv.DictReader(handle)}
    decoded = decode_qr_codes(pdf)
    if not decoded:
        raise SmokeError("no QR code could be read in the exported PDF")
    unknown = [text for text in decoded if text not in links]
    if unknown:
        raise SmokeError(f"QR codes that are not the campaign's links: {unknown[:3]}")
    step(
        "export",
        f"{pdf.name}: {report.get('pages')} pages, {len(data):,} bytes, TrueType fonts embedded,"
        f" {len(decoded)} QR codes decode to the campaign's links, e.g. {decoded[0]}"
        f" ({elapsed:.1f} s)",
    )


def check_gui(run: Runner, seconds: float = GUI_SECONDS) -> None:
    env = dict(run.env, QT_QPA_PLATFORM="offscreen")
    log = run.folder / "gui-output.txt"
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(
            [str(run.program), "--workspace", str(run.workspace)],
            cwd=run.folder,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            time.sleep(seconds)
            code = process.poll()
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
    output = log.read_text(encoding="utf-8", errors="replace")
    app_logs = "".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted(Path(run.env["OMNIPRINT_LOG_DIR"]).glob("*.log*"))
    )
    if code is not None:
        raise SmokeError(
            f"the desktop app exited with {code} within {seconds:.0f} s:\n{output}\n{app_logs}"
        )
    for text in (output, app_logs):
        if "Traceback" in text or "Fatal Python error" in text:
            raise SmokeError(f"the desktop app reported an error:\n{output}\n{app_logs}")
    started = re.search(r"OmniPrint \S+ starting", app_logs)
    detail = "its log says it started" if started else "(no log line seen)"
    step("desktop app", f"still running after {seconds:.0f} s offscreen, {detail}; stopped it")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--dist", type=Path, default=ROOT / "dist", help="PyInstaller's output")
    group.add_argument("--exe", type=Path, help="the frozen program itself")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--gui-seconds", type=float, default=GUI_SECONDS)
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="omniprint-smoke-"))
    try:
        program = (args.exe or find_program(args.dist)).resolve()
        print(f"smoke test of {program}", flush=True)
        run = Runner(program, folder)
        check_version(run)
        campaign, piece, variant, zone = make_workspace(run)
        check_templates(run)
        check_export(run, campaign, piece, variant, zone)
        check_gui(run, args.gui_seconds)
    except (SmokeError, subprocess.TimeoutExpired) as exc:
        print(f"FAIL {exc}", file=sys.stderr)
        print(f"(files kept in {folder})", file=sys.stderr)
        return 1
    if args.keep:
        print(f"files kept in {folder}")
    else:
        shutil.rmtree(folder, ignore_errors=True)
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
