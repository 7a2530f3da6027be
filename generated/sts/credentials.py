"""Credentials providers for the Security Token Service clients.

Pass one as ``credentials_provider``; without credentials a client searches the default
chain (environment, OIDC role, ``aliyun`` CLI profile, ``~/.alibabacloud/credentials``,
ECS RAM role, credentials URI)::

    from generated.sts import StsClient, credentials

    role = credentials.RamRoleArnCredentials(
        credentials.EnvironmentCredentials(), "acs:ram::123456789012:role/reader"
    )
    client = StsClient(region_id="cn-shanghai", credentials_provider=role)

Generated from spec/sts/2015-04-01/service.yaml; do not edit.
"""

from ._runtime.credential_providers import (
    Credentials as Credentials,
    CredentialsProvider as CredentialsProvider,
    DefaultCredentialsChain as DefaultCredentialsChain,
    EcsRamRoleCredentials as EcsRamRoleCredentials,
    EnvironmentCredentials as EnvironmentCredentials,
    ExpiringCredentials as ExpiringCredentials,
    OidcRoleCredentials as OidcRoleCredentials,
    RamRoleArnCredentials as RamRoleArnCredentials,
    RefreshingCredentials as RefreshingCredentials,
    StaticCredentials as StaticCredentials,
    StaticStsCredentials as StaticStsCredentials,
    UriCredentials as UriCredentials,
    cli_profile_credentials as cli_profile_credentials,
    ini_profile_credentials as ini_profile_credentials,
)

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
