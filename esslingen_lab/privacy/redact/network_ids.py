"""A device's network address: an IPv4, IPv6 or MAC address is an ``[ID]``.

Split from ``loose.py`` (session 18).
"""

from __future__ import annotations

import regex

from esslingen_lab.privacy.redact.patterns import Branches, _Rule

__all__ = ["NETWORK_ID_RULES"]

# A device's network address identifies its owner as a customer number does (GDPR recital
# 30): "meine IP ist 84.132.17.201", "MAC-ID 00:1A:2B:3C:4D:5E", "2a02:8070:a1c3::5e". A
# version or section number stays ("Version 10.2.1.4", "Kapitel 1.2.3.4"), and so does a
# time ("12:30:45").
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_HEX = r"[0-9A-Fa-f]"
_NETWORK_ADDRESS = regex.compile(
    rf"""(?<![\w.\-])(?<![0-9A-Fa-f]:)(?<!(?i:version|vers\.|ver\.|v|build|release|firmware|update|stand)\x20?)
         (?:(?P<ip4>{_OCTET}(?:\.{_OCTET}){{3}})(?!\w|\.\d)
          |{_HEX}{{2}}(?P<sep>[:\-]){_HEX}{{2}}(?:(?P=sep){_HEX}{{2}}){{4}}(?![\w:\-])
          |(?P<ip6>{_HEX}{{0,4}}(?::{_HEX}{{0,4}}){{2,7}})(?![\w:]))""",
    regex.VERBOSE | regex.VERSION1,
)


# an IPv4 address is told from a version or a section ("App-Version: 10.2.1.4", "Abschnitt
# 3.12.4.1", "TOP 4.10.2.1", "iOS 17.1.2.1") by a word for a network address before it
_IP_CUE = regex.compile(
    r"(?i:\bip(?:v4)?\b|ip-?adress|\badresse\b|router|gateway|\bdns\b|server|\bhost\b|"
    r"gesperrt|sperre|zugriff|\bvpn\b)[^\n]{0,40}$"
)
_HEX_LETTER = regex.compile(r"[a-fA-F]")


def _network_address_spans(text: str):
    for match in _NETWORK_ADDRESS.finditer(text):
        if (ip4 := match.group("ip4")) is not None:
            if ip4.startswith(("255.", "0.")) or _IP_CUE.search(
                text, max(0, match.start() - 60), match.start()
            ) is None:
                continue  # a subnet mask, or no word for an address before it
        elif (ip6 := match.group("ip6")) is not None:
            groups = ip6.split(":")
            filled = [g for g in groups if g]
            # "2a02:8070::5e" or eight groups; a clock, a ratio or a typo ("12:30:45",
            # "18::30 Uhr", "2::1") stays
            if "::" not in ip6 and len(groups) < 6 or len(filled) < 2:
                continue
            if _HEX_LETTER.search(ip6) is None and not any(len(g) == 4 for g in filled):
                continue
        elif _HEX_LETTER.search(match.group()) is None and regex.search(
            r"(?i:\bmac\b|mac-)", text[max(0, match.start() - 30) : match.start()]
        ) is None:
            continue  # "12:30:45:10:11:12": six pairs of digits only, no "MAC" before
        yield match.span()


NETWORK_ID_RULES = [
    _Rule(
        "ID",
        None,
        needs_digit=True,
        # each branch starts at its first period or colon and looks back at the digits before
        # it ("\d\.\d{1,3}…" as "\.(?<=\d\.)\d{1,3}…"): the engine skips to those marks, not
        # to every letter a-f (3x faster; the same texts, as the gate's match is never used)
        gate=Branches(
            r"\.(?<=\d\.)\d{1,3}\.\d{1,3}\.\d"
            r"|[:\-](?<=[0-9a-f]{2}[:\-])[0-9a-f]{2}[:\-][0-9a-f]{2}[:\-]"
            r"|::(?<=[0-9a-f]::)|::[0-9a-f]"
            r"|:(?<=[0-9a-f]{1,4}:)[0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}:"
        ),
        finder=_network_address_spans,
        trusted=True,
        name="id-network-address",
    )
]
