"""Where a room share listens and the address phones open: host, port and token."""

from __future__ import annotations

import ipaddress
import secrets
import socket

from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError

# A 64-character address fits a version 4 QR code at level M: it scans from the back row.
MAX_ADDRESS = 64
# TEST-NET-1 (RFC 5737): connecting a UDP socket sends nothing, it only picks a route.
_PROBE = ("192.0.2.1", 9)


class ShareAddressError(WorkshopError):
    """A host or port a share cannot use, said in words a facilitator can act on."""


# Letters and digits without look-alikes (no I, l, O, o, 0, 1): typed from the wall, no
# one hesitates over a character. 56 symbols carry 5.8 bits each.
TOKEN_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz"
# 23 symbols: 23 * log2(56) = 133.6 bits, at least the 128 no one in the room can guess.
TOKEN_LENGTH = 23


def new_token() -> str:
    """At least 128 random bits in 23 characters that read unambiguously from a wall."""
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))


def suggested_host() -> str:
    """The address of the interface with the default route, or loopback if there is none."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(_PROBE)
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"


def is_loopback(host: str) -> bool:
    """Whether an address is this computer's own, which no phone in the room can reach."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def checked_host(host: str) -> str:
    """An IPv4 address to listen on; names and IPv6 are refused, since phones need it typed."""
    try:
        address = ipaddress.ip_address(host.strip())
    except ValueError:
        raise ShareAddressError(
            QT_TRANSLATE_NOOP("Messages", "{host} is not an IPv4 address such as 192.168.1.20."),
            host=repr(host),
        ) from None
    if address.version != 4 or address.is_unspecified or address.is_multicast:
        raise ShareAddressError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{host} cannot be shared on: pick the address of one network interface, "
                "such as 192.168.1.20.",
            ),
            host=host,
        )
    return str(address)


def checked_port(port: int) -> int:
    """A TCP port to listen on, 0 for any free one; the server would wrap a larger number."""
    if not 0 <= port <= 65535:
        raise ShareAddressError(
            QT_TRANSLATE_NOOP(
                "Messages", "Port {port} does not exist: use 1 to 65535, or 0 for any free one."
            ),
            port=port,
        )
    return port


def share_address(host: str, port: int, token: str) -> str:
    """The page's address as phones open it; refused if too long for a back-row QR code."""
    address = f"http://{host}:{port}/{token}/"
    if len(address) > MAX_ADDRESS:
        raise ShareAddressError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The address {address} is {length} characters; at most {most} scan well "
                "from the back of the room.",
            ),
            address=address,
            length=len(address),
            most=MAX_ADDRESS,
        )
    return address
