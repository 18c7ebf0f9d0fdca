"""Delivery: push programmes and commands to clusters and boards, collect what they played.

Qt-free. `adapters` speak the device protocols behind one interface, `jobs` turns an
approved programme into delivery jobs, `dispatcher` drains them, `proof` turns play logs
into as-run entries, `registry` imports and exports the device list.
"""
