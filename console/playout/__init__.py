"""Local playout: programmes played through this computer's sound card.

For stations still on wired or FM transmitters: the PC's audio output feeds the
transmitter. A "local" delivery target receives its schedule like any cluster
(`console.delivery.adapters.local` writes it to `store.PlayoutStore`); the `engine`
module plays it while the window is open, and `plan` holds the Qt-free rules (which plays
are due, which were missed, what is coming up).

This package's `__init__`, `store` and `plan` import no Qt: the delivery layer and the
command line use them. Only `engine` imports QtCore and QtMultimedia.
"""
