"""Run the command line as ``python -m esslingen_lab.cli``."""

from esslingen_lab.cli import main

main()
