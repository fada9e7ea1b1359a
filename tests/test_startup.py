"""Start-up stays cheap: the package root and `--version` load no models, PDF library or registry."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("pydantic", "pdfplumber", "pdfminer", "pypdfium2", "typer", "rich", "panelparse.models",
         "panelparse.extractors", "panelparse.layout")


def loaded_after(code: str) -> set[str]:
    probe = code + "\nimport sys; print(' '.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def heavy(modules: set[str]) -> set[str]:
    return {m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)}


def test_import_panelparse_is_light():
    assert heavy(loaded_after("import panelparse")) == set()


def test_version_is_answered_without_the_cli():
    code = "import sys; sys.argv = ['panelparse', '--version']\nfrom panelparse.__main__ import main; main()"
    done = subprocess.run([sys.executable, "-c", code + "\nprint(' '.join(sys.modules))"],
                          capture_output=True, text=True, check=True)
    version, modules = done.stdout.split("\n", 1)
    assert version.startswith("panelparse ")
    assert heavy(set(modules.split())) == set()


def test_public_names_still_resolve():
    import panelparse
    from panelparse import MeetingPack, PanelparseError

    assert panelparse.MeetingPack is MeetingPack and issubclass(PanelparseError, Exception)
    assert set(panelparse.__all__) == {"MeetingPack", "PanelparseError", "__version__", "extract"}
