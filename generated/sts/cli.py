"""Command line of Security Token Service (sts 2015-04-01).

    python -m generated.sts assume-role --help

One sub-command per operation. Importing this module loads argparse and the runtime's
option tables only; the client loads when a command runs.

Generated from spec/sts/2015-04-01/service.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ._runtime.cli import ClientOption, Command, Option, run

__all__ = ["CLIENT_OPTIONS", "COMMANDS", "main"]

PROG = "python -m generated.sts"
DESCRIPTION = "Security Token Service API 2015-04-01: one sub-command per operation."

CLIENT_OPTIONS = (
    ClientOption(
        "--region-id",
        "region_id",
        "region to call, such as cn-shanghai: the endpoint becomes sts.{region_id}.aliyuncs.com",
        kind="text",
    ),
    ClientOption(
        "--endpoint",
        "endpoint",
        "[http://|https://]host[:port] to call instead of the regional or global endpoint; without a scheme https is used (the offline server needs http://) (default: sts.aliyuncs.com)",
        kind="text",
    ),
    ClientOption(
        "--network",
        "network",
        "vpc: the region's VPC endpoint (needs a region)",
        choices=("public", "vpc"),
        default="public",
        kind="text",
    ),
    ClientOption(
        "--protocol",
        "protocol",
        "URL scheme",
        choices=("https",),
        default="https",
        kind="text",
    ),
    ClientOption(
        "--format",
        "response_format",
        "response format asked of the service",
        choices=("json", "xml"),
        default="json",
        kind="text",
    ),
    ClientOption(
        "--signature-version",
        "signature_version",
        "request signature: v1 (HMAC-SHA1) or v3 (ACS3-HMAC-SHA256)",
        choices=("v1", "v3"),
        default="v3",
        kind="text",
    ),
    ClientOption(
        "--timeout",
        "timeout",
        "seconds to wait for each attempt's whole answer",
        default="10",
        kind="number",
    ),
    ClientOption(
        "--max-attempts",
        "max_attempts",
        "attempts in all, retries of throttling and network errors included",
        default="3",
        kind="integer",
    ),
)

COMMANDS = (
    Command(
        "assume-role",
        "assume_role",
        help="Takes on a RAM role as the caller (a RAM user or role) and returns temporary credentials of that role.",
        description="Takes on a RAM role as the caller (a RAM user or role) and returns temporary credentials of that role.\nThe caller needs permission to assume roles (such as the system policy AliyunSTSAssumeRoleAccess), and the role's trust policy must name the caller. An Alibaba Cloud account (root) cannot call it.\nReuse the credentials while they last: STS limits how often it issues them.",
        options=(
            Option(
                "--role-arn",
                "role_arn",
                "RoleArn",
                "text",
                required=True,
                help="The ARN of the RAM role to take on.\nAt least 1 character.",
                metavar="ROLE_ARN",
            ),
            Option(
                "--role-session-name",
                "role_session_name",
                "RoleSessionName",
                "text",
                required=True,
                help="A session name that tells, in audit logs, who took on the role. Letters, digits, ., @, - and _.\n2 to 64 characters.\nMust match the regular expression ^[A-Za-z0-9.@_-]+$.",
                metavar="ROLE_SESSION_NAME",
            ),
            Option(
                "--policy",
                "policy",
                "Policy",
                "text",
                required=False,
                help="An extra permission policy (JSON). The credentials issued get only what both the role and this policy allow; without it, everything the role allows.\n1 to 2048 characters.",
                metavar="POLICY",
            ),
            Option(
                "--duration-seconds",
                "duration_seconds",
                "DurationSeconds",
                "integer",
                required=False,
                help="How long the credentials last, in seconds. 3600 by default, at least 900, at most the role's maximum session duration.\nMinimum value: 900.",
                metavar="DURATION_SECONDS",
            ),
            Option(
                "--external-id",
                "external_id",
                "ExternalId",
                "text",
                required=False,
                help="The role's external ID, which guards against the confused deputy problem; required when the role's trust policy asks for one.\n2 to 1224 characters.\nMust match the regular expression ^[A-Za-z0-9_+=,.@:/-]+$.",
                metavar="EXTERNAL_ID",
            ),
        ),
    ),
    Command(
        "assume-role-with-oidc",
        "assume_role_with_oidc",
        help="Takes on a RAM role with an OIDC token from an outside identity provider and returns temporary credentials of that role.",
        description="Takes on a RAM role with an OIDC token from an outside identity provider and returns temporary credentials of that role.\nThe request is not signed: the OIDC token itself proves who calls. ACK's RRSA mounts the token file into the pod and rotates it, so read it afresh for every call.",
        options=(
            Option(
                "--oidc-provider-arn",
                "oidc_provider_arn",
                "OIDCProviderArn",
                "text",
                required=True,
                help="The ARN of the OIDC identity provider in RAM.\nAt least 1 character.",
                metavar="OIDC_PROVIDER_ARN",
            ),
            Option(
                "--role-arn",
                "role_arn",
                "RoleArn",
                "text",
                required=True,
                help="The ARN of the RAM role to take on.\nAt least 1 character.",
                metavar="ROLE_ARN",
            ),
            Option(
                "--oidc-token",
                "oidc_token",
                "OIDCToken",
                "text",
                required=True,
                help="The OIDC token as the identity provider issued it (not Base64-decoded).\n4 to 20000 characters.\nA secret: give @FILE to read it from a file, or - to read it from standard input, so that it stays out of shell history and process lists.",
                metavar="OIDC_TOKEN",
                secret=True,
            ),
            Option(
                "--policy",
                "policy",
                "Policy",
                "text",
                required=False,
                help="An extra permission policy (JSON). The credentials issued get only what both the role and this policy allow; without it, everything the role allows.\n1 to 2048 characters.",
                metavar="POLICY",
            ),
            Option(
                "--duration-seconds",
                "duration_seconds",
                "DurationSeconds",
                "integer",
                required=False,
                help="How long the credentials last, in seconds. 3600 by default, at least 900, at most the role's maximum session duration.\nMinimum value: 900.",
                metavar="DURATION_SECONDS",
            ),
            Option(
                "--role-session-name",
                "role_session_name",
                "RoleSessionName",
                "text",
                required=True,
                help="A session name that tells, in audit logs, who took on the role. Letters, digits, ., @, - and _.\n2 to 64 characters.\nMust match the regular expression ^[A-Za-z0-9.@_-]+$.",
                metavar="ROLE_SESSION_NAME",
            ),
        ),
    ),
    Command(
        "assume-role-with-saml",
        "assume_role_with_saml",
        help="Takes on a RAM role with a SAML assertion from an outside identity provider and returns temporary credentials of that role.",
        description="Takes on a RAM role with a SAML assertion from an outside identity provider and returns temporary credentials of that role.\nThe request is not signed; the SAML assertion itself proves who calls.",
        options=(
            Option(
                "--saml-provider-arn",
                "saml_provider_arn",
                "SAMLProviderArn",
                "text",
                required=True,
                help="The ARN of the SAML identity provider in RAM.\nAt least 1 character.",
                metavar="SAML_PROVIDER_ARN",
            ),
            Option(
                "--role-arn",
                "role_arn",
                "RoleArn",
                "text",
                required=True,
                help="The ARN of the RAM role to take on.\nAt least 1 character.",
                metavar="ROLE_ARN",
            ),
            Option(
                "--saml-assertion",
                "saml_assertion",
                "SAMLAssertion",
                "text",
                required=True,
                help="The SAML response the identity provider issued, Base64-encoded.\n4 to 100000 characters.\nA secret: give @FILE to read it from a file, or - to read it from standard input, so that it stays out of shell history and process lists.",
                metavar="SAML_ASSERTION",
                secret=True,
            ),
            Option(
                "--policy",
                "policy",
                "Policy",
                "text",
                required=False,
                help="An extra permission policy (JSON). The credentials issued get only what both the role and this policy allow; without it, everything the role allows.\n1 to 2048 characters.",
                metavar="POLICY",
            ),
            Option(
                "--duration-seconds",
                "duration_seconds",
                "DurationSeconds",
                "integer",
                required=False,
                help="How long the credentials last, in seconds. 3600 by default, at least 900, at most the role's maximum session duration.\nMinimum value: 900.",
                metavar="DURATION_SECONDS",
            ),
        ),
    ),
    Command(
        "get-caller-identity",
        "get_caller_identity",
        help="Returns whose credentials signed the request: an Alibaba Cloud account, a RAM user or an assumed RAM role.",
        description="Returns whose credentials signed the request: an Alibaba Cloud account, a RAM user or an assumed RAM role.",
        options=(),
    ),
)


def _client_class() -> Callable[..., Any]:
    from .client import StsClient

    return StsClient


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns 0 on success, 1 on a service or network error, 2 on
    a usage error."""
    return run(
        prog=PROG,
        description=DESCRIPTION,
        commands=COMMANDS,
        client_options=CLIENT_OPTIONS,
        load_client=_client_class,
        argv=argv,
    )
