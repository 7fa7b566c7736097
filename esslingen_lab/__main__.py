"""Run the command line as ``python -m esslingen_lab``."""

from esslingen_lab.cli import main

main()
