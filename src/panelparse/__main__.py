"""`panelparse` and `python -m panelparse`: answer --version without loading the command line.

Importing the CLI costs typer, rich and every pydantic model (about 0.3 s of CPU); printing
the version needs none of them.
"""

import sys


def main() -> None:
    """Console-script entry point: the version at once, anything else through panelparse.cli."""
    if sys.argv[1:] in (["--version"], ["-V"]):
        from ._version import __version__

        print(f"panelparse {__version__}")
        return
    from .cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
