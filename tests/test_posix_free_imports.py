"""No POSIX-only import at module level outside the one module that needs it: every module of
`grader` imports with `resource`, `fcntl`, `termios` and `pwd` unimportable, as on Windows."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POSIX_ONLY = ("resource", "fcntl", "termios", "pwd")
# The one module per OS that may import them, loaded only on that OS; and `python -m grader`,
# which runs the CLI when imported.
SKIPPED = {"grader.sandbox.platforms.posix", "grader.__main__"}

PROGRAM = textwrap.dedent("""
    import importlib, pkgutil, sys
    for name in {posix!r}:
        sys.modules[name] = None  # `import name` now raises ImportError
    import grader
    failed = []
    for info in pkgutil.walk_packages(grader.__path__, "grader."):
        if info.name in {skip!r}:
            continue
        try:
            importlib.import_module(info.name)
        except ImportError as exc:
            failed.append(f"{{info.name}}: {{exc}}")
    print("\\n".join(failed))
""")


def test_every_module_imports_without_posix_only_modules():
    program = PROGRAM.format(posix=POSIX_ONLY, skip=SKIPPED)
    done = subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
