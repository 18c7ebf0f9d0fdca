"""The content-addressed media cache shared by sync, delivery, playout and the services.

store.py  MediaStore (where verified files live), hash_file(), put_bytes()
cache.py  evict(): the cache kept within its size, protected_hashes(): what must stay
"""
