"""`grade data`: download MNIST once, verified, or check the copy already there; say where it is."""

from __future__ import annotations

import os
from pathlib import Path

import typer
from rich.table import Table

from ...commands.common import (
    FORMATS,
    choose_language,
    format_option,
    guarded,
    lang_option,
    print_json,
    stdout,
    workspace_option,
)
from ...errors import KitError
from ...i18n import _, number
from ...workspace import State, WorkspaceNotFound, find_workspace

ORDER = 70


def _language(lang: str | None, workspace: Path | None) -> None:
    """`--lang`, else the workspace's language when there is a workspace, else the environment."""
    choose_language(lang)
    if lang is None:
        try:
            choose_language(None, State(find_workspace(workspace)).language)
        except WorkspaceNotFound:
            if workspace is not None:
                raise


def _target(data_dir: Path | None) -> Path:
    """`--data-dir`, else the folder the loader reads now, else NNKATA_MNIST_DIR or the cache."""
    from ..mnist import ENV_VAR, cache_dir, find_mnist

    if data_dir is not None:
        return data_dir.expanduser().resolve()
    found = find_mnist()
    if found is not None:
        return found
    env = os.environ.get(ENV_VAR)
    return Path(env).expanduser().resolve() if env else cache_dir()


def _size(n: int) -> str:
    return _("{n} MB").format(n=number(n / 1e6, 1)) if n >= 1e6 else _("{n} kB").format(
        n=number(n / 1e3, 1))


def register(app: typer.Typer) -> None:
    @app.command("data", help=_("Download the MNIST files (about 11 MB) and check them, or check "
                                "the copy already there, and show where they are."))
    def data(
        data_dir: Path = typer.Option(None, "--data-dir", "-d", file_okay=False,
                                      help=_("Folder for the MNIST files (default: the folder "
                                             "named by NNKATA_MNIST_DIR, else your cache "
                                             "folder).")),
        workspace: Path = workspace_option(),
        lang: str = lang_option(),
        output_format: str = format_option(),
    ) -> None:
        def body() -> int:
            from ..mnist import FILES, cache_dir, download_mnist, find_mnist  # NumPy: to verify

            _language(lang, workspace)
            if output_format not in FORMATS:
                raise KitError(_("Unknown output format “{format}”. Choose text or json.").format(
                    format=output_format))
            folder = download_mnist(_target(data_dir))
            files = [folder / spec.name for spec in FILES.values()]
            found_by_default = find_mnist() == folder
            if output_format == "json":
                print_json({"folder": str(folder), "found_by_default": found_by_default,
                            "files": [{"name": f.name, "bytes": f.stat().st_size,
                                       "sha256": spec.sha256}
                                      for f, spec in zip(files, FILES.values(), strict=True)]})
                return 0
            table = Table()
            table.add_column(_("File"))
            table.add_column(_("Size"), justify="right")
            for f in files:
                table.add_row(f.name, _size(f.stat().st_size))
            stdout.print(table)
            stdout.print(_("MNIST is ready in {folder}: all four files match their published "
                           "SHA-256 checksums.").format(folder=folder))
            if not found_by_default:
                stdout.print(_("`grade` looks for MNIST in the folder named by NNKATA_MNIST_DIR, "
                               "then in {cache}. To use the files in {folder}, set "
                               "NNKATA_MNIST_DIR={folder}.").format(cache=cache_dir(),
                                                                    folder=folder))
            return 0

        guarded(body)
