"""`python -m councildesk`: the same as the `councildesk` command."""

from councildesk.cli import main

raise SystemExit(main())
