"""Every credentials provider a client accepts as ``credentials_provider``, in one place.

A provider is a callable returning ``Credentials``; those that hand out temporary
credentials cache them and refresh them before they expire. Without any, a client uses
``DefaultCredentialsChain``.
"""

from __future__ import annotations

from .credential_cache import ExpiringCredentials, RefreshingCredentials
from .credential_chain import DefaultCredentialsChain
from .credential_files import cli_profile_credentials, ini_profile_credentials
from .credential_metadata import EcsRamRoleCredentials, UriCredentials
from .credential_roles import OidcRoleCredentials, RamRoleArnCredentials
from .credential_sources import (
    EnvironmentCredentials,
    StaticCredentials,
    StaticStsCredentials,
)
from .credentials import Credentials, CredentialsProvider

__all__ = [
    "Credentials",
    "CredentialsProvider",
    "DefaultCredentialsChain",
    "EcsRamRoleCredentials",
    "EnvironmentCredentials",
    "ExpiringCredentials",
    "OidcRoleCredentials",
    "RamRoleArnCredentials",
    "RefreshingCredentials",
    "StaticCredentials",
    "StaticStsCredentials",
    "UriCredentials",
    "cli_profile_credentials",
    "ini_profile_credentials",
]
