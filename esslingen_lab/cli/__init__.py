"""Command-line interface ``esslingen-lab``: a thin click layer over the package.

Each sub-command lives in its own module of this sub-package and is registered here. The
group (:class:`~esslingen_lab.cli._group.LabGroup`) turns the package's errors into one line
in the language of ``--lang`` (German by default) and exit code 1.
"""

import click

from esslingen_lab import __version__
from esslingen_lab.cli._group import LabGroup
from esslingen_lab.cli._options import lang_option


@click.group(cls=LabGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="esslingen-lab")
@lang_option(help="Sprache der Meldungen und Ausgaben, auch für jedes Kommando / language of "
                  "messages and output, also for every command.", name="language")
def main(language):
    """esslingen-lab: Umfragen auswerten, Themen finden, Workshops durchführen.

    Survey analysis, themes, digital maturity and workshops for Esslingen 4.0.
    """


# Sub-commands: one module each. Aliased so the sub-modules stay reachable by name.
from esslingen_lab.cli.classify import classify as _classify  # noqa: E402
from esslingen_lab.cli.coding import coding as _coding  # noqa: E402
from esslingen_lab.cli.demo import demo as _demo  # noqa: E402
from esslingen_lab.cli.maturity import maturity as _maturity  # noqa: E402
from esslingen_lab.cli.quotes import quotes as _quotes  # noqa: E402
from esslingen_lab.cli.redact import redact as _redact  # noqa: E402
from esslingen_lab.cli.report import report as _report  # noqa: E402
from esslingen_lab.cli.themes import themes as _themes  # noqa: E402
from esslingen_lab.cli.validate import validate as _validate  # noqa: E402
from esslingen_lab.cli.workshop import workshop as _workshop  # noqa: E402

for _command in (
    _classify, _coding, _demo, _maturity, _quotes, _redact, _report, _themes, _validate, _workshop,
):
    main.add_command(_command)
