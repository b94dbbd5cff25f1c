"""The share's token: at least 128 bits, no look-alike characters, a short enough address."""

from __future__ import annotations

import math

from workshop.share.address import (
    MAX_ADDRESS,
    TOKEN_ALPHABET,
    TOKEN_LENGTH,
    new_token,
    share_address,
)


def test_tokens_have_no_look_alikes_and_carry_128_bits() -> None:
    assert not set("IlOo01") & set(TOKEN_ALPHABET)
    assert len(set(TOKEN_ALPHABET)) == len(TOKEN_ALPHABET)
    assert TOKEN_LENGTH * math.log2(len(TOKEN_ALPHABET)) >= 128
    tokens = {new_token() for _ in range(2000)}
    assert len(tokens) == 2000
    for token in tokens:
        assert len(token) == TOKEN_LENGTH and set(token) <= set(TOKEN_ALPHABET)
    # Every symbol turns up: the choice is over the whole alphabet, not a part of it.
    assert set("".join(tokens)) == set(TOKEN_ALPHABET)


def test_the_longest_address_still_fits_a_back_row_qr_code() -> None:
    assert len(share_address("255.255.255.255", 65535, new_token())) <= MAX_ADDRESS
