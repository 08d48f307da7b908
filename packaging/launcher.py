"""The bundle's entry point: the same `councildesk` command as a pip install."""

from councildesk.cli import main

raise SystemExit(main())
