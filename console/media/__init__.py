"""The content-addressed media cache shared by sync, delivery, playout and the services.

store.py  MediaStore (where verified files live), hash_file(), put_bytes()
cache.py  evict(): the cache kept within its size, protected_hashes(): what must stay
copies.py which files this PC's cache holds (media_blob, or its own media_copy rows when the
          PCs of a shared database each keep a cache), and marking them
"""
