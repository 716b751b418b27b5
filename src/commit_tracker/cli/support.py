"""What every command shares: exit codes, writing the report and messages, and the guard that
turns a user's mistake or a crash into one line on stderr.

Only typer is imported at start-up, as in ``cli``.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup

from commit_tracker.cli import coercion

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def safe(text: str, stream: TextIO, *, messages: bool) -> str:
    """Text as it may reach a terminal: no control character left, and in the stream's encoding.

    The report (stdout) may be JSON, so what is left there becomes a JSON escape (``\\u001b``);
    ``messages`` (stderr) get the shorter ``\\x1b`` form.
    """
    from commit_tracker.sanitize import encodable, guard, visible

    cleaned = visible(text) if messages else guard(text)
    return encodable(cleaned, getattr(stream, "encoding", None))


def say(text: str) -> None:
    """Write to stderr: summaries and errors, never the report."""
    sys.stderr.write(safe(text, sys.stderr, messages=True) + "\n")
    sys.stderr.flush()


def write(text: str) -> None:
    """Write the report to stdout; a closed pipe (``| head``) ends the run quietly."""
    try:
        sys.stdout.write(safe(text, sys.stdout, messages=False))
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None


def emit(text: str, output: Path | None = None, *, pager: bool = True) -> None:
    """The report to FILE (atomically), or through a pager when it is longer than the terminal, or to stdout."""
    if output is not None:
        from commit_tracker.edit.atomic import write_file

        write_file(output, text.encode("utf-8"))
        return
    if pager and sys.stdout.isatty() and text.count("\n") >= shutil.get_terminal_size().lines and page(text):
        return
    write(text)


DEFAULT_PAGER = "less -FRX"
"""As git: less, quitting when the text fits one screen (-F), passing colours (-R), leaving the screen as it is (-X)."""


def page(text: str) -> bool:
    """Show the text through $PAGER (default ``less -FRX``); False when there is no pager to run (PAGER empty or cat, or not installed)."""
    import shlex
    import subprocess

    command = os.environ.get("PAGER", DEFAULT_PAGER).strip()
    words = shlex.split(command) if command else []
    if not words or words[0] == "cat" or shutil.which(words[0]) is None:
        return False
    environ = {**os.environ, "LESS": os.environ.get("LESS", "FRX")}
    try:
        process = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=environ)
    except OSError:
        return False
    assert process.stdin is not None
    try:
        process.stdin.write(text.encode("utf-8"))
        process.stdin.close()
    except BrokenPipeError:  # the reader quit the pager early
        pass
    process.wait()
    return True


def guarded(debug: bool, action: Callable[[], int]) -> NoReturn:
    """Run a command; a usage problem or an unexpected error is one line on stderr and exit 2."""
    from commit_tracker.errors import UsageError

    try:
        code = action()
    except typer.Exit:
        raise
    except UsageError as error:
        say(f"commit-tracker: error: {error}")
        code = EXIT_USAGE
    except Exception as error:  # noqa: BLE001 (the one place that turns any crash into exit 2)
        if debug:
            say(traceback.format_exc().rstrip())
        say(f"commit-tracker: internal error: {type(error).__name__}: {error} (run with --debug for the traceback)")
        code = EXIT_USAGE
    raise typer.Exit(code)


def data_dir(option: Path | None) -> Path:
    """The data folder: the one given, or data/ here or in the nearest parent."""
    from commit_tracker.errors import UsageError
    from commit_tracker.files import DATA_DIR_NAME, find_data_dir

    if option is not None:
        if not option.is_dir():
            raise UsageError(f"--data: no such folder: {option}")
        return option
    found = find_data_dir(Path.cwd())
    if found is None:
        raise UsageError(f"no '{DATA_DIR_NAME}/' folder in {Path.cwd()} or its parents; give one with --data")
    return found


class CommandGroup(TyperGroup):
    """The app's click group: every usage error in one style, one line, exit 2; help without Python types."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        # typer vendors click and re-exports only some of its exceptions; these come from its copy.
        from typer._click.exceptions import ClickException, NoArgsIsHelpError
        from typer._click.exceptions import UsageError as ClickUsageError

        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, windows_expand_args=windows_expand_args, **extra)
        except NoArgsIsHelpError as error:
            write(error.ctx.get_help() + "\n")
            code = EXIT_OK
        except ClickUsageError as error:
            say(f"commit-tracker: error: {usage_message(error)}")
            code = EXIT_USAGE
        except ClickException as error:
            say(f"commit-tracker: error: {error.format_message()}")
            code = error.exit_code
        except typer.Abort:
            say("commit-tracker: aborted")
            code = EXIT_FINDINGS
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else EXIT_OK)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        for param in getattr(command, "params", ()):
            if isinstance(param, TyperArgument):
                param.__class__ = _PlainArgument
        if coercion.AVAILABLE and type(command) is TyperCommand:
            command.__class__ = coercion.LightCommand
        return command

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        coercion.lighten(self.get_params(ctx))  # the root options: --version, and typer's completion options
        rest: list[str] = super().parse_args(ctx, args)
        return rest


_Argument: Any = coercion.LightArgument if coercion.AVAILABLE else TyperArgument


class _PlainArgument(_Argument):  # type: ignore[misc]
    """An argument shown in help by its name alone (``ID``), not with a Python type (``<str>``)."""

    def display_type_rich(self, ctx: typer.Context) -> str | None:
        return None


def usage_message(error: Exception) -> str:
    """Click's usage error on one line, naming the option first: ``--format: 'jsn' is not one of ... (did you mean 'json'?)``."""
    from typer._click.exceptions import MissingParameter

    from commit_tracker.query.choices import suggest

    raw = getattr(error, "message", "") or (error.format_message() if hasattr(error, "format_message") else str(error))
    message = " ".join(str(raw).split()).replace("Value error, ", "").rstrip(".")
    param = getattr(error, "param", None)
    name = ""
    if param is not None:
        long_names = [option for option in getattr(param, "opts", ()) if option.startswith("--")]
        name = long_names[0] if long_names else str(getattr(param, "metavar", None) or getattr(param, "name", "") or "").upper()
    if isinstance(error, MissingParameter):
        return f"missing {name or 'argument'}; see --help"
    close = getattr(error, "possibilities", None)
    if close:
        message += f" (did you mean '{next(iter(close))}'?)"
    message = re.sub(r"\. Did you mean (.*)\?$", r" (did you mean \1?)", message)
    choice = re.search(r"'([^']*)' is not one of (.*)$", message)
    if choice:
        choices = re.findall(r"'([^']*)'", choice.group(2))
        message = f"'{choice.group(1)}' is not one of {', '.join(choices)}{suggest(choice.group(1), choices)}"
    message = message[:1].lower() + message[1:]
    return f"{name}: {message}" if name and not message.startswith(name) else message


class GuardedStream:
    """stdout or stderr behind the same guard as ``write`` and ``say``, for what typer writes itself (usage errors echo values)."""

    def __init__(self, stream: TextIO, *, messages: bool) -> None:
        self._stream = stream
        self._messages = messages

    def write(self, text: str) -> int:
        """Write ``text`` made safe."""
        return self._stream.write(safe(text, self._stream, messages=self._messages))

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)
