"""Build the frozen console for this platform, smoke-test it, and make the installer.

    python installer/build.py            # PyInstaller onedir + --self-test + makensis
    python installer/build.py --no-installer

Steps: collect licence texts, run PyInstaller with installer/commune-console.spec
(onedir, UPX off), run `<frozen app>-cli --self-test` offscreen (migrations from the
bundle, ffmpeg encode/decode, Qt Multimedia, keyring, translations, main window), report
the sizes, then compile installer/commune-console.nsi with makensis when it is present
(on Linux this checks the script against the Linux bundle). Non-zero exit on any failure.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
BUILD = INSTALLER / "build"
DIST = INSTALLER / "dist"
APP_NAME = "commune-console"


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from console import __version__

    return __version__


def collect_licenses() -> Path:
    """Licence texts of every bundled distribution, plus ffmpeg's build configuration.

    The list of distributions and how their licence files are found are the console's
    own (console/licences.py), so "Giới thiệu" shows the same texts from source."""
    sys.path.insert(0, str(ROOT))
    from console.licences import LICENSED, NOTICES, licence_files

    target = BUILD / "licenses"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    shutil.copy(ROOT / "console" / "assets" / "licences" / NOTICES, target)
    shutil.copy(ROOT / "LICENSE", target / "commune-console-LICENSE")
    for name in LICENSED:
        for source in licence_files(name):
            shutil.copy(source, target / f"{md.distribution(name).metadata['Name']}-"
                                         f"{source.name}")
    import imageio_ffmpeg

    ffmpeg = imageio_ffmpeg.get_ffmpeg_exe()
    info = subprocess.run([ffmpeg, "-version"], capture_output=True, text=True, check=True)
    (target / "ffmpeg-version.txt").write_text(info.stdout, encoding="utf-8")
    return target


def windows_version_file(ver: str) -> Path:
    """PyInstaller's VSVersionInfo for the .exe properties (Windows only)."""
    numbers = tuple(int(part) for part in (ver.split(".") + ["0"] * 4)[:4])
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Commune Broadcast Console'),
      StringStruct('FileDescription', 'Commune Broadcast Console'),
      StringStruct('FileVersion', '{ver}'),
      StringStruct('InternalName', '{APP_NAME}'),
      StringStruct('OriginalFilename', '{APP_NAME}.exe'),
      StringStruct('ProductName', 'Commune Broadcast Console'),
      StringStruct('ProductVersion', '{ver}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200, 1066, 1200])])])
"""
    path = BUILD / "version_info.txt"
    path.write_text(text, encoding="utf-8")
    return path


def run_pyinstaller(ver: str) -> Path:
    env = dict(os.environ)
    if os.name == "nt":
        env["COMMUNE_CONSOLE_VERSION_FILE"] = str(windows_version_file(ver))
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--distpath", str(DIST), "--workpath", str(BUILD / "work"),
                    str(INSTALLER / "commune-console.spec")], check=True, env=env)
    return DIST / APP_NAME


def smoke_test(app_dir: Path) -> None:
    exe = app_dir / (f"{APP_NAME}-cli.exe" if os.name == "nt" else f"{APP_NAME}-cli")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for args in (["--version"], ["--self-test"]):
        print(f"smoke test: {exe.name} {' '.join(args)}", flush=True)
        result = subprocess.run([str(exe), "--data-dir", str(BUILD / "selftest-data"), *args],
                                env=env, capture_output=True, text=True, timeout=600)
        sys.stdout.write(result.stdout)
        if result.returncode != 0:
            sys.stderr.write(result.stderr[-4000:])
            raise SystemExit(f"smoke test failed: {exe.name} {' '.join(args)} "
                             f"exited {result.returncode}")
    # The hidden argument that keeps Icecast streams on air answers from the frozen app.
    result = subprocess.run([str(exe), "--keep-icecast-source"], input="{}", env=env,
                            capture_output=True, text=True, timeout=120)
    if "not a stream request" not in result.stdout:
        raise SystemExit(f"smoke test failed: {exe.name} --keep-icecast-source answered "
                         f"{result.stdout[-500:]!r} {result.stderr[-2000:]!r}")
    print("frozen app: the stream keeper answers", flush=True)


def folder_size(path: Path) -> int:
    """Bytes on disk; symbolic links (PyInstaller makes some on Linux) count once."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def make_installer(app_dir: Path, ver: str) -> Path | None:
    makensis = shutil.which("makensis")
    if makensis is None:
        print("makensis not found: installer skipped (Debian: apt-get install nsis)")
        return None
    output = DIST / f"CommuneConsole-Setup-{ver}.exe"
    subprocess.run([makensis, "-V2", f"-DVERSION={ver}", f"-DSRC_DIR={app_dir}",
                    f"-DOUT_FILE={output}", f"-DICON={ROOT / 'assets' / 'icon.ico'}",
                    str(INSTALLER / "commune-console.nsi")], check=True)
    return output


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-installer", action="store_true")
    parser.add_argument("--skip-build", action="store_true", help="reuse installer/dist")
    args = parser.parse_args()
    ver = version()
    BUILD.mkdir(parents=True, exist_ok=True)
    collect_licenses()
    app_dir = DIST / APP_NAME if args.skip_build else run_pyinstaller(ver)
    smoke_test(app_dir)
    size = folder_size(app_dir)
    print(f"frozen app: {app_dir} — {size / 2**20:.0f} MB (goal: at most 250 MB)")
    if not args.no_installer:
        setup = make_installer(app_dir, ver)
        if setup is not None:
            print(f"installer: {setup} — {setup.stat().st_size / 2**20:.0f} MB "
                  "(goal: at most 120 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
