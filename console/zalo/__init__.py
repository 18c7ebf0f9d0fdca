"""The commune's Zalo Official Account (contracts/zalo-oa.md): an engine beside sync,
delivery and playout, driven by console.services.zalo.

errors.py     what can go wrong, split by what the worker does next
state.py      the connection's non-secret facts (server, app id, token expiry, problem)
tokens.py     access and refresh tokens in the keyring, renewed before they expire
client.py     the calls of the contract, each a method
article.py    a bulletin as an article: text cleaned for Zalo, cover, tracking line
publisher.py  drains the zalo_article outbox: create / verify / look up / remove
reader.py     the daily reading of followers and article views
worker.py     ZaloWorker: the background thread the composition root starts and stops
"""
