"""The console's command line in a process of its own, given the test's keyring entries
(python -m tests.peers.cli_child …, from the repository's folder).

The tests keep secrets in an in-memory keyring; a child process gets those entries through
$COMMUNE_TEST_KEYRING_ENTRIES (JSON [[service, name, value], …]), taken out of its environment
before anything it starts could inherit it.
"""

import json
import os
import sys

import keyring

from tests.support.keyrings import MemoryKeyring

if __name__ == "__main__":
    handed = MemoryKeyring()
    for service, name, value in json.loads(os.environ.pop("COMMUNE_TEST_KEYRING_ENTRIES", "[]")):
        handed.store[(service, name)] = value
    keyring.set_keyring(handed)
    from console.cli.main import main

    sys.exit(main(sys.argv[1:]))
