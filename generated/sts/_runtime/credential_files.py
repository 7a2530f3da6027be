"""Profiles kept in files: the ``aliyun`` CLI's ``~/.aliyun/config.json`` and the shared
INI file ``~/.alibabacloud/credentials``. Each profile becomes a provider; messages name
the file, the profile and the problem, never a value from it.
"""

from __future__ import annotations

import configparser
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from .credential_metadata import (
    DEFAULT_METADATA_ENDPOINT,
    EcsRamRoleCredentials,
    UriCredentials,
)
from .credential_roles import OidcRoleCredentials, RamRoleArnCredentials
from .credential_sources import StaticCredentials, StaticStsCredentials
from .credential_sts import DEFAULT_DURATION_SECONDS
from .credentials import CredentialsProvider
from .errors import CredentialsError
from .transport import Transport

__all__ = [
    "SourceSettings",
    "cli_config_path",
    "cli_profile_credentials",
    "credentials_file_path",
    "ini_profile_credentials",
]


class SourceSettings(NamedTuple):
    """Where credential sources that call out send their requests (tests: local servers)."""

    sts_endpoint: str | None = None
    metadata_endpoint: str = DEFAULT_METADATA_ENDPOINT
    transport: Transport | None = None


def cli_config_path() -> Path:
    return Path.home() / ".aliyun" / "config.json"


def credentials_file_path() -> Path:
    """``ALIBABA_CLOUD_CREDENTIALS_FILE``, else ``~/.alibabacloud/credentials``."""
    configured = os.environ.get("ALIBABA_CLOUD_CREDENTIALS_FILE", "").strip()
    if configured:
        return Path(configured).expanduser()
    return Path.home() / ".alibabacloud" / "credentials"


def _text(profile: Mapping[str, Any], key: str, where: str) -> str:
    value = profile.get(key)
    if not isinstance(value, str) or not value.strip():
        raise CredentialsError(f"{where} has no {key}")
    return value.strip()


def _optional(profile: Mapping[str, Any], key: str) -> str | None:
    value = profile.get(key)
    return value.strip() or None if isinstance(value, str) else None


def _duration(profile: Mapping[str, Any], key: str, where: str) -> int:
    value = profile.get(key)
    if value in (None, "", 0, "0"):
        return DEFAULT_DURATION_SECONDS
    try:
        return int(value)
    except (TypeError, ValueError):
        raise CredentialsError(f"{where}: {key} is not a whole number") from None


def cli_profile_credentials(
    settings: SourceSettings = SourceSettings(),
    path: Path | None = None,
    profile: str | None = None,
) -> CredentialsProvider:
    """The provider of one profile of the ``aliyun`` CLI's config.json: ``profile``,
    else ``ALIBABA_CLOUD_PROFILE``, else the file's ``current`` profile."""
    if os.environ.get("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "").lower() == "true":
        raise CredentialsError("disabled (ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true)")
    path = path or cli_config_path()
    if not path.is_file():
        raise CredentialsError(f"{path} not found")
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        reason = "is not valid JSON" if isinstance(error, ValueError) else "unreadable"
        raise CredentialsError(f"{path} {reason}") from None
    profiles = document.get("profiles") if isinstance(document, dict) else None
    if not isinstance(profiles, list):
        raise CredentialsError(f"{path} has no profiles list")
    by_name = {
        entry["name"]: entry
        for entry in profiles
        if isinstance(entry, dict) and isinstance(entry.get("name"), str)
    }
    name = (
        profile
        or os.environ.get("ALIBABA_CLOUD_PROFILE", "").strip()
        or document.get("current")
        or "default"
    )
    return _cli_profile(by_name, str(name), path, settings, ())


def _cli_profile(
    by_name: Mapping[str, Mapping[str, Any]],
    name: str,
    path: Path,
    settings: SourceSettings,
    chain: tuple[str, ...],
) -> CredentialsProvider:
    where = f"profile {name!r} of {path}"
    if name in chain:
        raise CredentialsError(f"{where}: source_profile loops back to itself")
    entry = by_name.get(name)
    if entry is None:
        raise CredentialsError(f"{path} has no profile {name!r}")
    mode = entry.get("mode") or "AK"
    if mode == "AK":
        return StaticCredentials(
            _text(entry, "access_key_id", where),
            _text(entry, "access_key_secret", where),
        )
    if mode == "StsToken":
        return StaticStsCredentials(
            _text(entry, "access_key_id", where),
            _text(entry, "access_key_secret", where),
            _text(entry, "sts_token", where),
        )
    if mode in ("RamRoleArn", "ChainableRamRoleArn"):
        source: CredentialsProvider
        if mode == "RamRoleArn":
            source = StaticCredentials(
                _text(entry, "access_key_id", where),
                _text(entry, "access_key_secret", where),
            )
        else:
            source_name = _text(entry, "source_profile", where)
            source = _cli_profile(by_name, source_name, path, settings, (*chain, name))
        return RamRoleArnCredentials(
            source,
            _text(entry, "ram_role_arn", where),
            session_name=_optional(entry, "ram_session_name"),
            duration_seconds=_duration(entry, "expired_seconds", where),
            external_id=_optional(entry, "external_id"),
            sts_endpoint=settings.sts_endpoint,
            sts_region=_optional(entry, "sts_region"),
            transport=settings.transport,
        )
    if mode == "EcsRamRole":
        return EcsRamRoleCredentials(
            _optional(entry, "ram_role_name"),
            metadata_endpoint=settings.metadata_endpoint,
            transport=settings.transport,
        )
    if mode == "CredentialsURI":
        return UriCredentials(
            _text(entry, "credentials_uri", where), transport=settings.transport
        )
    if mode == "OIDC":
        return OidcRoleCredentials(
            _text(entry, "ram_role_arn", where),
            _text(entry, "oidc_provider_arn", where),
            _text(entry, "oidc_token_file", where),
            session_name=_optional(entry, "ram_session_name"),
            duration_seconds=_duration(entry, "expired_seconds", where),
            sts_endpoint=settings.sts_endpoint,
            sts_region=_optional(entry, "sts_region"),
            transport=settings.transport,
        )
    raise CredentialsError(
        f"{where}: mode {mode!r} is not supported (AK, StsToken, RamRoleArn,"
        " ChainableRamRoleArn, EcsRamRole, OIDC, CredentialsURI)"
    )


def ini_profile_credentials(
    settings: SourceSettings = SourceSettings(),
    path: Path | None = None,
    profile: str | None = None,
) -> CredentialsProvider:
    """The provider of one section of the shared credentials file: ``profile``, else
    ``ALIBABA_CLOUD_PROFILE``, else ``default``."""
    path = path or credentials_file_path()
    if not path.is_file():
        raise CredentialsError(f"{path} not found")
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with path.open(encoding="utf-8") as file:
            parser.read_file(file)
    except configparser.ParsingError as error:
        lines = ", ".join(str(number) for number, _ in error.errors)
        raise CredentialsError(f"{path} is not valid INI (line {lines})") from None
    except (OSError, UnicodeDecodeError, configparser.Error) as error:
        raise CredentialsError(
            f"{path} cannot be read ({type(error).__name__})"
        ) from None
    name = profile or os.environ.get("ALIBABA_CLOUD_PROFILE", "").strip() or "default"
    if not parser.has_section(name):
        raise CredentialsError(f"{path} has no [{name}] section")
    section = dict(parser.items(name))
    where = f"[{name}] of {path}"
    if section.get("enable", "true").strip().lower() == "false":
        raise CredentialsError(f"{where} is disabled (enable = false)")
    kind = section.get("type", "").strip()
    if kind == "access_key":
        return StaticCredentials(
            _text(section, "access_key_id", where),
            _text(section, "access_key_secret", where),
        )
    if kind == "sts":
        return StaticStsCredentials(
            _text(section, "access_key_id", where),
            _text(section, "access_key_secret", where),
            _text(section, "security_token", where),
        )
    if kind == "ram_role_arn":
        return RamRoleArnCredentials(
            StaticCredentials(
                _text(section, "access_key_id", where),
                _text(section, "access_key_secret", where),
            ),
            _text(section, "role_arn", where),
            session_name=_optional(section, "role_session_name"),
            policy=_optional(section, "policy"),
            duration_seconds=_duration(section, "duration_seconds", where),
            external_id=_optional(section, "external_id"),
            sts_endpoint=settings.sts_endpoint or _optional(section, "sts_endpoint"),
            sts_region=_optional(section, "sts_region"),
            transport=settings.transport,
        )
    if kind == "ecs_ram_role":
        return EcsRamRoleCredentials(
            _optional(section, "role_name"),
            metadata_endpoint=settings.metadata_endpoint,
            transport=settings.transport,
        )
    if kind == "oidc_role_arn":
        return OidcRoleCredentials(
            _text(section, "role_arn", where),
            _text(section, "oidc_provider_arn", where),
            _text(section, "oidc_token_file_path", where),
            session_name=_optional(section, "role_session_name"),
            policy=_optional(section, "policy"),
            duration_seconds=_duration(section, "duration_seconds", where),
            sts_endpoint=settings.sts_endpoint or _optional(section, "sts_endpoint"),
            sts_region=_optional(section, "sts_region"),
            transport=settings.transport,
        )
    raise CredentialsError(
        f"{where}: type {kind!r} is not supported (access_key, sts, ram_role_arn,"
        " ecs_ram_role, oidc_role_arn)"
    )
