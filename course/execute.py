"""Executes a notebook through a Jupyter kernel with nbclient and writes the executed copy.

    python execute.py IN.ipynb OUT.ipynb [--timeout S] [--kernel NAME]

Errors do not stop the run (allow_errors); a cell running longer than the timeout is interrupted
(interrupt_on_timeout), as a person pressing the stop button would. The kernel inherits this
process's environment (the release passes DEEPTS_CHECK_RECORD that way).
"""
import os
import sys

import nbformat
from nbclient import NotebookClient


def option(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def main():
    src, dst = sys.argv[1], sys.argv[2]
    nb = nbformat.read(src, as_version=4)
    client = NotebookClient(
        nb,
        kernel_name=option("--kernel", "deepts"),
        timeout=int(option("--timeout", "60")),
        startup_timeout=120,
        interrupt_on_timeout=True,
        allow_errors=True,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(src))}},
    )
    client.execute()
    nbformat.write(nb, dst)


if __name__ == "__main__":
    main()
