"""Build OmniPrint's desktop bundle on this computer (Linux, Windows or macOS).

    python packaging/build.py [--venv DIR] [--no-install] [--smoke] [--clean]

1. makes a build venv (default: build/venv in the repository), apart from your own venv so
   PyInstaller and the build's pins don't leak into it;
2. installs the project (not editable) and PyInstaller into it;
3. runs packaging/omniprint.spec with it (work files in build/pyinstaller);
4. archives the result in dist/:
   - Linux:   dist/OmniPrint/ and dist/omniprint-VERSION-linux-ARCH.tar.gz
   - Windows: dist/OmniPrint/ and dist/omniprint-VERSION-windows-ARCH.zip
   - macOS:   dist/OmniPrint.app and dist/omniprint-VERSION-macos-ARCH.zip (made with ditto)
5. with --smoke, runs packaging/smoke_test.py on the result.

After signing the bundle by hand (Windows signtool, macOS codesign and notarization),
`--pack-only` re-makes the archive from dist/ without building again.

Use the Python you want to ship (3.11 or newer) to run this script: the venv is made with it.
Only the standard library is used here, so it runs before anything is installed.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "omniprint.spec"
APP_NAME = "OmniPrint"
PYINSTALLER = "pyinstaller>=6.10,<7"


def os_name() -> str:
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


def version() -> str:
    text = (ROOT / "src" / "omniprint" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if not match:
        raise SystemExit("no __version__ in src/omniprint/__init__.py")
    return match.group(1)


def venv_python(venv: Path) -> Path:
    if sys.platform == "win32":
        return venv / "Scripts" / "python.exe"
    return venv / "bin" / "python"


def run(cmd: list[str | Path], **kwargs) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def make_venv(venv: Path, install: bool) -> Path:
    python = venv_python(venv)
    if not python.exists():
        run([sys.executable, "-m", "venv", venv])
        install = True
    if install:
        run([python, "-m", "pip", "install", "--upgrade", "pip"])
        # Not editable: the build must see the package as a user's install would.
        run([python, "-m", "pip", "install", "--upgrade", ROOT, PYINSTALLER])
    return python


def archive(dist: Path, name: str) -> Path:
    """Pack the bundle for upload, keeping symlinks and permissions where the format can."""
    if os_name() == "macos":
        out = dist / f"{name}.zip"
        out.unlink(missing_ok=True)
        # ditto keeps the .app's symlinks, extended attributes and (later) its signature.
        run(["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", dist / f"{APP_NAME}.app", out])
        return out
    folder = dist / APP_NAME
    if os_name() == "windows":
        out = dist / f"{name}.zip"
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for path in sorted(folder.rglob("*")):
                zf.write(path, Path(name) / path.relative_to(folder))
        return out
    out = dist / f"{name}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tf:
        tf.add(folder, arcname=name)
    return out


def add_linux_extras(folder: Path) -> None:
    """The desktop entry and icons beside the program, for packagers and for install.sh."""
    shutil.copy2(HERE / "linux" / "omniprint.desktop", folder / "omniprint.desktop")
    shutil.copy2(HERE / "linux" / "install.sh", folder / "install.sh")
    icons = folder / "icons"
    icons.mkdir(exist_ok=True)
    for png in sorted((HERE / "icons").glob("omniprint-*.png")):
        shutil.copy2(png, icons / png.name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", type=Path, default=ROOT / "build" / "venv", help="build venv")
    parser.add_argument(
        "--no-install", action="store_true", help="reuse the venv as it is (no pip install)"
    )
    parser.add_argument("--clean", action="store_true", help="remove PyInstaller's cache first")
    parser.add_argument("--smoke", action="store_true", help="run smoke_test.py on the result")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--pack-only",
        action="store_true",
        help="only re-make the archive from dist/ (after signing the bundle by hand)",
    )
    args = parser.parse_args(argv)

    if sys.version_info < (3, 11):  # noqa: UP036 - this script may be run by any python3
        raise SystemExit("build with Python 3.11 or newer")
    dist = args.dist.resolve()
    name = f"omniprint-{version()}-{os_name()}-{arch()}"
    if args.pack_only:
        packed = archive(dist, name)
        print(f"archive: {packed} ({mb(size_of(packed))})")
        return 0
    started = time.monotonic()
    python = make_venv(args.venv.resolve(), install=not args.no_install)
    installed = time.monotonic()

    work = ROOT / "build" / "pyinstaller"
    cmd = [python, "-m", "PyInstaller", SPEC, "--noconfirm", "--distpath", dist]
    cmd += ["--workpath", work, "--log-level", "WARN"]
    if args.clean:
        cmd.append("--clean")
    run(cmd, cwd=ROOT)
    built = time.monotonic()

    bundle = dist / (f"{APP_NAME}.app" if os_name() == "macos" else APP_NAME)
    if os_name() == "linux":
        add_linux_extras(bundle)
    packed = archive(dist, name)
    done = time.monotonic()

    print()
    print(f"bundle:  {bundle} ({mb(size_of(bundle))})")
    print(f"archive: {packed} ({mb(size_of(packed))})")
    print(
        f"time:    venv+install {installed - started:.0f} s, PyInstaller {built - installed:.0f} s,"
        f" archive {done - built:.0f} s"
    )
    if args.smoke:
        env = dict(os.environ)
        run([python, HERE / "smoke_test.py", "--dist", dist], env=env)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
