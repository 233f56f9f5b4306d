"""Executes a notebook through the deepts kernel with nbclient and writes the executed copy.

    python run_notebook.py IN.ipynb OUT.ipynb [--timeout S]

Errors do not stop the run (allow_errors); a cell running longer than the timeout is interrupted
(interrupt_on_timeout), as a person pressing the stop button would.
"""
import os
import sys

import nbformat
from nbclient import NotebookClient


def main():
    src, dst = sys.argv[1], sys.argv[2]
    timeout = int(sys.argv[sys.argv.index("--timeout") + 1]) if "--timeout" in sys.argv else 60
    nb = nbformat.read(src, as_version=4)
    client = NotebookClient(
        nb,
        kernel_name="deepts",
        timeout=timeout,
        startup_timeout=120,
        interrupt_on_timeout=True,
        allow_errors=True,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(src))}},
    )
    client.execute()
    nbformat.write(nb, dst)


if __name__ == "__main__":
    main()
