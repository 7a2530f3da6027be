"""Clients of Security Token Service (sts 2015-04-01).

``StsClient`` calls the service synchronously and
``AsyncStsClient`` with ``await``; both sign every attempt afresh,
retry throttling and server errors, and close their connections as context managers.

Generated from spec/sts/2015-04-01/service.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from .._runtime.client import ServiceInfo
from .._runtime.rpc_client import AsyncRpcClient, RpcClient
from .._runtime.model import JsonValue

if TYPE_CHECKING:
    from . import models

__all__ = ["AsyncStsClient", "StsClient", "SERVICE"]

# Each operation's module, imported on the operation's first call rather than with the
# package, then found here: an import statement in every call costs forty times this
# look-up.
_OPERATIONS: dict[str, Any] = {}


def _operation(name: str) -> Any:
    module = _OPERATIONS.get(name)
    if module is None:
        from importlib import import_module

        module = _OPERATIONS[name] = import_module(f"{__package__}.operations.{name}")
    return module


SERVICE = ServiceInfo(
    product="sts",
    api_version="2015-04-01",
    global_endpoint="sts.aliyuncs.com",
    regional_endpoint="sts.{region_id}.aliyuncs.com",
    logger_name="generated.sts._sts",
    regions=(
        "ap-northeast-1",
        "ap-northeast-2",
        "ap-south-1",
        "ap-southeast-1",
        "ap-southeast-2",
        "ap-southeast-3",
        "ap-southeast-5",
        "ap-southeast-7",
        "cn-beijing",
        "cn-beijing-finance-1",
        "cn-chengdu",
        "cn-fuzhou",
        "cn-guangzhou",
        "cn-hangzhou",
        "cn-heyuan",
        "cn-hongkong",
        "cn-huhehaote",
        "cn-nanjing",
        "cn-qingdao",
        "cn-shanghai",
        "cn-shanghai-finance-1",
        "cn-shenzhen",
        "cn-wuhan-lr",
        "cn-wulanchabu",
        "cn-zhangjiakou",
        "eu-central-1",
        "eu-west-1",
        "me-central-1",
        "me-east-1",
        "us-east-1",
        "us-west-1",
    ),
    region_hosts=(
        ("cn-hangzhou-finance", "sts.aliyuncs.com"),
        ("cn-shenzhen-finance-1", "sts.aliyuncs.com"),
    ),
    vpc_endpoint=None,
    retryable_codes={
        "InternalError": True,
        "ServiceUnavailable": True,
        "Throttling": True,
        "Throttling.User": True,
    },
)


class StsClient(RpcClient):
    """Security Token Service API 2015-04-01.

    Credentials come from the arguments, a ``credentials_provider`` callable, or the
    default chain (``ALIBABA_CLOUD_ACCESS_KEY_ID`` / ``ALIBABA_CLOUD_ACCESS_KEY_SECRET`` /
    ``ALIBABA_CLOUD_SECURITY_TOKEN``, then roles and profiles: see ``credentials``). The endpoint is ``endpoint``,
    else ``sts.{region_id}.aliyuncs.com`` for ``region_id``, else
    ``sts.aliyuncs.com``.
    """

    SERVICE = SERVICE

    def assume_role(
        self,
        *,
        role_arn: str,
        role_session_name: str,
        policy: str | None = None,
        duration_seconds: int | None = None,
        external_id: str | None = None,
    ) -> models.AssumeRoleResponse:
        """Assume a RAM role (扮演RAM角色).

        Takes on a RAM role as the caller (a RAM user or role) and returns temporary credentials of that role.

        Args:
            role_arn: The ARN of the RAM role to take on.
            role_session_name: A session name that tells, in audit logs, who took on the role. Letters, digits, `.`, `@`, `-` and `_`.
            policy: An extra permission policy (JSON). The credentials issued get only what both the role and this policy allow; without it, everything the role allows.
            duration_seconds: How long the credentials last, in seconds. 3600 by default, at least 900, at most the role's maximum session duration.
            external_id: The role's external ID, which guards against the confused deputy problem; required when the role's trust policy asks for one.

        Raises:
            RequestValidationError: an argument breaks a documented rule; nothing is sent.
            ServiceError: the service answered with an error (``code``, ``request_id``).
            TransportError: the service could not be reached after every retry.
            ResponseParseError: the answer was not the documented shape.
        """
        if TYPE_CHECKING:
            from .operations import assume_role as operation
        else:
            operation = _operation("assume_role")

        request = operation.AssumeRoleRequest(
            role_arn=role_arn,
            role_session_name=role_session_name,
            policy=policy,
            duration_seconds=duration_seconds,
            external_id=external_id,
        )
        return self._invoke(operation.OPERATION, request)

    def assume_role_with_oidc(
        self,
        *,
        oidc_provider_arn: str,
        role_arn: str,
        oidc_token: str,
        policy: str | None = None,
        duration_seconds: int | None = None,
        role_session_name: str,
    ) -> models.AssumeRoleWithOIDCResponse:
        """Assume a RAM role with an OIDC token (以OIDC令牌扮演RAM角色).

        Takes on a RAM role with an OIDC token from an outside identity provider and returns temporary credentials of that role.

        Args:
            oidc_provider_arn: The ARN of the OIDC identity provider in RAM.
            role_arn: The ARN of the RAM role to take on.
            oidc_token: The OIDC token as the identity provider issued it (not Base64-decoded).
            policy: An extra permission policy (JSON). The credentials issued get only what both the role and this policy allow; without it, everything the role allows.
            duration_seconds: How long the credentials last, in seconds. 3600 by default, at least 900, at most the role's maximum session duration.
            role_session_name: A session name that tells, in audit logs, who took on the role. Letters, digits, `.`, `@`, `-` and `_`.

        Raises:
            RequestValidationError: an argument breaks a documented rule; nothing is sent.
            ServiceError: the service answered with an error (``code``, ``request_id``).
            TransportError: the service could not be reached after every retry.
            ResponseParseError: the answer was not the documented shape.
        """
        if TYPE_CHECKING:
            from .operations import assume_role_with_oidc as operation
        else:
            operation = _operation("assume_role_with_oidc")

        request = operation.AssumeRoleWithOIDCRequest(
            oidc_provider_arn=oidc_provider_arn,
            role_arn=role_arn,
            oidc_token=oidc_token,
            policy=policy,
            duration_seconds=duration_seconds,
            role_session_name=role_session_name,
        )
        return self._invoke(operation.OPERATION, request)

    def assume_role_with_saml(
        self,
        *,
        saml_provider_arn: str,
        role_arn: str,
        saml_assertion: str,
        policy: str | None = None,
        duration_seconds: int | None = None,
    ) -> models.AssumeRoleWithSAMLResponse:
        """Assume a RAM role with a SAML assertion (以SAML断言扮演RAM角色).

        Takes on a RAM role with a SAML assertion from an outside identity provider and returns temporary credentials of that role.

        Args:
            saml_provider_arn: The ARN of the SAML identity provider in RAM.
            role_arn: The ARN of the RAM role to take on.
            saml_assertion: The SAML response the identity provider issued, Base64-encoded.
            policy: An extra permission policy (JSON). The credentials issued get only what both the role and this policy allow; without it, everything the role allows.
            duration_seconds: How long the credentials last, in seconds. 3600 by default, at least 900, at most the role's maximum session duration.

        Raises:
            RequestValidationError: an argument breaks a documented rule; nothing is sent.
            ServiceError: the service answered with an error (``code``, ``request_id``).
            TransportError: the service could not be reached after every retry.
            ResponseParseError: the answer was not the documented shape.
        """
        if TYPE_CHECKING:
            from .operations import assume_role_with_saml as operation
        else:
            operation = _operation("assume_role_with_saml")

        request = operation.AssumeRoleWithSAMLRequest(
            saml_provider_arn=saml_provider_arn,
            role_arn=role_arn,
            saml_assertion=saml_assertion,
            policy=policy,
            duration_seconds=duration_seconds,
        )
        return self._invoke(operation.OPERATION, request)

    def get_caller_identity(
        self,
    ) -> models.GetCallerIdentityResponse:
        """Get the caller's identity (获取调用者身份).

        Returns whose credentials signed the request: an Alibaba Cloud account, a RAM user or an assumed RAM role.

        Raises:
            RequestValidationError: an argument breaks a documented rule; nothing is sent.
            ServiceError: the service answered with an error (``code``, ``request_id``).
            TransportError: the service could not be reached after every retry.
            ResponseParseError: the answer was not the documented shape.
        """
        if TYPE_CHECKING:
            from .operations import get_caller_identity as operation
        else:
            operation = _operation("get_caller_identity")

        request = operation.GetCallerIdentityRequest()
        return self._invoke(operation.OPERATION, request)


class AsyncStsClient(AsyncRpcClient):
    """Security Token Service API 2015-04-01, with await.

    Credentials come from the arguments, a ``credentials_provider`` callable, or the
    default chain (``ALIBABA_CLOUD_ACCESS_KEY_ID`` / ``ALIBABA_CLOUD_ACCESS_KEY_SECRET`` /
    ``ALIBABA_CLOUD_SECURITY_TOKEN``, then roles and profiles: see ``credentials``). The endpoint is ``endpoint``,
    else ``sts.{region_id}.aliyuncs.com`` for ``region_id``, else
    ``sts.aliyuncs.com``.
    """

    SERVICE = SERVICE

    async def assume_role(
        self,
        *,
        role_arn: str,
        role_session_name: str,
        policy: str | None = None,
        duration_seconds: int | None = None,
        external_id: str | None = None,
    ) -> models.AssumeRoleResponse:
        """Assume a RAM role (扮演RAM角色).

        Takes on a RAM role as the caller (a RAM user or role) and returns temporary credentials of that role.

        Args:
            role_arn: The ARN of the RAM role to take on.
            role_session_name: A session name that tells, in audit logs, who took on the role. Letters, digits, `.`, `@`, `-` and `_`.
            policy: An extra permission policy (JSON). The credentials issued get only what both the role and this policy allow; without it, everything the role allows.
            duration_seconds: How long the credentials last, in seconds. 3600 by default, at least 900, at most the role's maximum session duration.
            external_id: The role's external ID, which guards against the confused deputy problem; required when the role's trust policy asks for one.

        Raises:
            RequestValidationError: an argument breaks a documented rule; nothing is sent.
            ServiceError: the service answered with an error (``code``, ``request_id``).
            TransportError: the service could not be reached after every retry.
            ResponseParseError: the answer was not the documented shape.
        """
        if TYPE_CHECKING:
            from .operations import assume_role as operation
        else:
            operation = _operation("assume_role")

        request = operation.AssumeRoleRequest(
            role_arn=role_arn,
            role_session_name=role_session_name,
            policy=policy,
            duration_seconds=duration_seconds,
            external_id=external_id,
        )
        return await self._invoke(operation.OPERATION, request)

    async def assume_role_with_oidc(
        self,
        *,
        oidc_provider_arn: str,
        role_arn: str,
        oidc_token: str,
        policy: str | None = None,
        duration_seconds: int | None = None,
        role_session_name: str,
    ) -> models.AssumeRoleWithOIDCResponse:
        """Assume a RAM role with an OIDC token (以OIDC令牌扮演RAM角色).

        Takes on a RAM role with an OIDC token from an outside identity provider and returns temporary credentials of that role.

        Args:
            oidc_provider_arn: The ARN of the OIDC identity provider in RAM.
            role_arn: The ARN of the RAM role to take on.
            oidc_token: The OIDC token as the identity provider issued it (not Base64-decoded).
            policy: An extra permission policy (JSON). The credentials issued get only what both the role and this policy allow; without it, everything the role allows.
            duration_seconds: How long the credentials last, in seconds. 3600 by default, at least 900, at most the role's maximum session duration.
            role_session_name: A session name that tells, in audit logs, who took on the role. Letters, digits, `.`, `@`, `-` and `_`.

        Raises:
            RequestValidationError: an argument breaks a documented rule; nothing is sent.
            ServiceError: the service answered with an error (``code``, ``request_id``).
            TransportError: the service could not be reached after every retry.
            ResponseParseError: the answer was not the documented shape.
        """
        if TYPE_CHECKING:
            from .operations import assume_role_with_oidc as operation
        else:
            operation = _operation("assume_role_with_oidc")

        request = operation.AssumeRoleWithOIDCRequest(
            oidc_provider_arn=oidc_provider_arn,
            role_arn=role_arn,
            oidc_token=oidc_token,
            policy=policy,
            duration_seconds=duration_seconds,
            role_session_name=role_session_name,
        )
        return await self._invoke(operation.OPERATION, request)

    async def assume_role_with_saml(
        self,
        *,
        saml_provider_arn: str,
        role_arn: str,
        saml_assertion: str,
        policy: str | None = None,
        duration_seconds: int | None = None,
    ) -> models.AssumeRoleWithSAMLResponse:
        """Assume a RAM role with a SAML assertion (以SAML断言扮演RAM角色).

        Takes on a RAM role with a SAML assertion from an outside identity provider and returns temporary credentials of that role.

        Args:
            saml_provider_arn: The ARN of the SAML identity provider in RAM.
            role_arn: The ARN of the RAM role to take on.
            saml_assertion: The SAML response the identity provider issued, Base64-encoded.
            policy: An extra permission policy (JSON). The credentials issued get only what both the role and this policy allow; without it, everything the role allows.
            duration_seconds: How long the credentials last, in seconds. 3600 by default, at least 900, at most the role's maximum session duration.

        Raises:
            RequestValidationError: an argument breaks a documented rule; nothing is sent.
            ServiceError: the service answered with an error (``code``, ``request_id``).
            TransportError: the service could not be reached after every retry.
            ResponseParseError: the answer was not the documented shape.
        """
        if TYPE_CHECKING:
            from .operations import assume_role_with_saml as operation
        else:
            operation = _operation("assume_role_with_saml")

        request = operation.AssumeRoleWithSAMLRequest(
            saml_provider_arn=saml_provider_arn,
            role_arn=role_arn,
            saml_assertion=saml_assertion,
            policy=policy,
            duration_seconds=duration_seconds,
        )
        return await self._invoke(operation.OPERATION, request)

    async def get_caller_identity(
        self,
    ) -> models.GetCallerIdentityResponse:
        """Get the caller's identity (获取调用者身份).

        Returns whose credentials signed the request: an Alibaba Cloud account, a RAM user or an assumed RAM role.

        Raises:
            RequestValidationError: an argument breaks a documented rule; nothing is sent.
            ServiceError: the service answered with an error (``code``, ``request_id``).
            TransportError: the service could not be reached after every retry.
            ResponseParseError: the answer was not the documented shape.
        """
        if TYPE_CHECKING:
            from .operations import get_caller_identity as operation
        else:
            operation = _operation("get_caller_identity")

        request = operation.GetCallerIdentityRequest()
        return await self._invoke(operation.OPERATION, request)
