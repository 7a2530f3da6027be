"""One rule for keeping credentials out of every text a client produces.

Exception messages, log lines and reprs pass through here on their way out; the signed
request path never does, so a call that succeeds pays nothing. Two things are hidden:
the values of the credentials a call used (wherever they appear, even echoed back by a
server inside an error message), and whatever follows a name that always carries a
secret (``Signature=``, ``SecurityToken=``, ``Credential=``, ``x-acs-security-token:``,
``AccessKeySecret``...), whoever wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = [
    "HIDDEN",
    "hide_access_key_id",
    "loggable",
    "redact",
    "request_secrets",
    "scrub_error",
    "secrets_worth_hiding",
]

HIDDEN = "<redacted>"
"""What every hidden value is shown as: in messages, logs and reprs alike."""

# A name that is always followed by a secret, then the separator(s) and its value. The
# value ends at the first character that ends a query or header parameter or a quoted
# JSON/XML value.
_SECRET_NAMES = (
    r"Signature|SecurityToken|AccessKeySecret|access_key_secret|security_token"
    r"|x-acs-security-token|x-acs-accesskey-secret|Credential|Authorization"
)
# Quotes and blanks around a separator, as written or percent-encoded.
_QUOTE = r"""(?:["'\s]|%22|%27|%20)"""
_NAMED_SECRET = re.compile(
    # No word boundary before the name: in percent-encoded text it follows "%2C", "%26".
    rf"""(?P<name>(?:{_SECRET_NAMES}))(?P<sep>{_QUOTE}*(?:[=:>]|%3D|%3A){_QUOTE}*)"""
    r"""(?P<value>(?:(?!%26|%2C)[^\s&,;"'<>])+)""",
    re.IGNORECASE,
)
# Shorter values are not searched for: real keys, secrets and tokens are far longer, and
# a short one would blank out (or cut) every word that holds its letters.
MIN_HIDDEN_LENGTH = 8
# Shown of an AccessKey ID: enough to tell keys apart in a log, too little to use.
_ID_PREFIX = 4


def hide_access_key_id(access_key_id: str) -> str:
    """``LTAI…``: the first few characters of an AccessKey ID, never the whole of it."""
    if len(access_key_id) <= _ID_PREFIX * 2:
        return "…"
    return access_key_id[:_ID_PREFIX] + "…"


def secrets_worth_hiding(secrets: Iterable[str | None]) -> tuple[str, ...]:
    """The values to hide by value, as written and percent-encoded (an echo may quote
    them); a secret of fewer than ``MIN_HIDDEN_LENGTH`` characters would blank out every
    word holding those letters and protect nothing."""
    from urllib.parse import quote

    values: set[str] = set()
    for secret in secrets:
        if secret and len(secret) >= MIN_HIDDEN_LENGTH:
            values.update((secret, quote(secret, safe=""), quote(secret, safe="/")))
    return tuple(values)


def request_secrets(headers: Mapping[str, str], url: str) -> tuple[str, ...]:
    """What a signed request carries that must never be shown: the ``Authorization``
    header and any ``Signature`` in the query (v1), for redacting an answer's echo."""
    from urllib.parse import parse_qsl, urlsplit

    found = [
        value
        for name, value in headers.items()
        if name.lower() in ("authorization", "x-acs-security-token")
    ]
    for value in list(found):
        found.extend(part.strip() for part in re.split(r"[ ,:=]", value))
    query = urlsplit(url).query
    if "Signature=" in query:
        found.extend(v for k, v in parse_qsl(query) if k == "Signature")
    return tuple(value for value in found if len(value) >= 16)


def redact(
    text: str, secrets: Iterable[str | None] = (), access_key_id: str | None = None
) -> str:
    """``text`` with each of ``secrets`` and every value after a secret's name hidden;
    ``access_key_id`` is cut to its first characters."""
    for secret in sorted(secrets_worth_hiding(secrets), key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, HIDDEN)
    if (
        access_key_id
        and len(access_key_id) >= MIN_HIDDEN_LENGTH
        and access_key_id in text
    ):
        text = text.replace(access_key_id, hide_access_key_id(access_key_id))
    if _NAMED_SECRET.search(text) is None:
        return text
    return _NAMED_SECRET.sub(_hide_value, text)


def _hide_value(match: re.Match[str]) -> str:
    if match.group("value") == HIDDEN:
        return match.group(0)
    return f"{match.group('name')}{match.group('sep')}{HIDDEN}"


def loggable(text: object, limit: int = 200) -> str:
    """A value fit for one log line: control characters (a newline that would start a
    forged line, terminal escapes) written as ``\\xNN``, and at most ``limit`` chars."""
    shown = text if isinstance(text, str) else str(text)
    if not shown.isprintable():
        shown = "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in shown)
    return shown if len(shown) <= limit else shown[:limit] + "…"


def _redact_data(value: Any, values: Any, access_key_id: str | None) -> Any:
    if isinstance(value, str):
        return redact(value, values, access_key_id)
    if isinstance(value, list):
        return [_redact_data(item, values, access_key_id) for item in value]
    if isinstance(value, dict):
        return {
            _redact_data(key, values, access_key_id): _redact_data(
                item, values, access_key_id
            )
            for key, item in value.items()
        }
    return value


def scrub_error(
    error: BaseException,
    secrets: Iterable[str | None],
    access_key_id: str | None = None,
) -> None:
    """Hide ``secrets`` (and named secrets) in every text an exception carries, and
    shorten ``access_key_id`` wherever it appears.

    Its attributes and ``args`` are rewritten in place, so ``str``, ``repr`` and a
    pickled copy all show the same redacted text.
    """
    values = secrets_worth_hiding(secrets)
    attributes: dict[str, Any] = vars(error)
    for name, value in list(attributes.items()):
        if isinstance(value, str):
            attributes[name] = redact(value, values, access_key_id)
        elif callable(getattr(value, "redacted", None)):
            # The raw answer an error keeps (``raw.RawResponse``).
            attributes[name] = value.redacted(values, access_key_id)
        elif isinstance(value, (dict, list)):
            # A decoded answer body (JSON data) may echo the request too.
            attributes[name] = _redact_data(value, values, access_key_id)
    error.args = tuple(
        redact(arg, values, access_key_id) if isinstance(arg, str) else arg
        for arg in error.args
    )
