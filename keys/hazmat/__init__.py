"""Dangerous primitives, kept apart (as in ``cryptography.hazmat``).

Nothing here manages keys, picks nonces or knows about purposes; every function takes
its key, nonce and inputs as arguments so that known-answer vectors can pin it.  Use
the keyring's accessors (``Keyring.aead``, ``Keyring.token_key``…) instead.
"""
