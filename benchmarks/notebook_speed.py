"""How long `%%grade ch03.softmax` takes in a warm Jupyter kernel, from the cell's run to its
verdict, next to a bare `python -c "import numpy"` timed in the same run.

    python benchmarks/notebook_speed.py [--repeat 5]

Goal (issue 16): about the time of the NumPy import.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

import nbformat
from common import bare_numpy_import, report
from nbclient import NotebookClient

KIT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp())
    workspace = shutil.copytree(KIT / "exercises", base / "ws")
    code = (KIT / "solutions" / "ch03_neural_network" / "softmax.py").read_text(encoding="utf-8")
    timing = (
        "import statistics, time\n"
        "ip = get_ipython()\n"
        "times = []\n"
        f"for _ in range({args.repeat + 1}):\n"
        "    started = time.perf_counter()\n"
        f"    ip.run_cell_magic('grade', 'ch03.softmax', {code!r})\n"
        "    times.append(time.perf_counter() - started)\n"
        "print(statistics.median(times[1:]))\n")
    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("%load_ext grader.notebook"),
        nbformat.v4.new_code_cell(f"%grade_workspace {workspace}"),
        nbformat.v4.new_code_cell(timing)])
    NotebookClient(notebook, kernel_name="python3", timeout=600).execute()
    seconds = float(notebook.cells[2].outputs[-1]["text"].split()[-1])
    shutil.rmtree(base, ignore_errors=True)
    report([("%%grade ch03.softmax in a warm kernel", seconds)], bare_numpy_import(args.repeat))


if __name__ == "__main__":
    main()
