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


def loaded_after_page_one(check: str) -> set[str]:
    """Modules loaded by a quiet JSON extract of page 1 of the sample pack (the agenda
    frontsheet); `check` is an assertion on its output, `out`."""
    from pathlib import Path

    sample = Path(__file__).parent / "fixtures" / "packs" / "wiltshire-pcp-2023-03-09.pdf"
    code = ("import contextlib, io, sys\n"
            f"sys.argv = ['panelparse', 'extract', {str(sample)!r}, '--pages', '1', '--json', '-q']\n"
            "from panelparse.__main__ import main\n"
            "out = io.StringIO()\n"
            "with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):\n"
            "    main()\n"
            f"assert {check}\n")
    return loaded_after(code)


def test_quiet_json_extract_of_a_short_file_loads_no_rich_or_worker_machinery():
    # rich draws tables, bars and messages; a quiet JSON run prints none. Page workers start
    # only for files of several pages. Neither is imported when it cannot be used.
    loaded = loaded_after_page_one("out.getvalue().startswith('{')")
    assert "panelparse.pipeline" in loaded
    assert {m for m in loaded if m.split(".")[0] in ("rich", "multiprocessing")} == set()


def test_a_one_kind_file_imports_only_that_kinds_reader():
    # Every kind's class is loaded to score the document; only the kind it is read as imports
    # its reader (`read.py`, its private modules and their patterns). Page 1 of the sample pack
    # is the agenda frontsheet.
    loaded = loaded_after_page_one("__import__('json').loads(out.getvalue())['documents'][0]['kind'] == 'agenda'")
    kinds = ("agenda", "minutes", "highlight_report", "commissioning_plan", "report")
    assert {k for k in kinds if f"panelparse.extractors.{k}.extractor" in loaded} == set(kinds)
    assert {k for k in kinds if f"panelparse.extractors.{k}.read" in loaded} == {"agenda"}
    assert "panelparse.extractors.minutes.attendance" not in loaded
