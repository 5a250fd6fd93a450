"""``python -m kgchat.cli``: the ``kgchat`` command."""

import sys

from kgchat.cli import main

sys.exit(main())
