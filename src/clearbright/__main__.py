"""`python -m clearbright` runs the command line."""

from clearbright.cli.main import main

main()
