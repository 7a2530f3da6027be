"""The actions of the offline Security Token Service server.

Per operation: how each parameter is read back from the query (rules that
``_mock/wire.reader`` follows), which members are required, the validator that judges
the request, and the documented answers.

Generated from spec/sts/2015-04-01/service.yaml; do not edit.
"""

from __future__ import annotations

from pathlib import Path

from .._mock import wire as _w
from .._mock.service import DocumentedError, MockAction, MockService, load_errors
from ..models.assume_role import _XML_AssumeRoleResponse
from ..validators import assume_role as _validators_assume_role
from ..models.assume_role_with_oidc import _XML_AssumeRoleWithOIDCResponse
from ..validators import assume_role_with_oidc as _validators_assume_role_with_oidc
from ..models.assume_role_with_saml import _XML_AssumeRoleWithSAMLResponse
from ..validators import assume_role_with_saml as _validators_assume_role_with_saml
from ..models.get_caller_identity import _XML_GetCallerIdentityResponse
from ..validators import get_caller_identity as _validators_get_caller_identity

__all__ = ["SERVICE"]

_ACTIONS: dict[str, MockAction] = {}

_ACTIONS["AssumeRole"] = MockAction(
    action="AssumeRole",
    read=_w.reader(
        (
            ("RoleArn", "RoleArn", "text"),
            ("RoleSessionName", "RoleSessionName", "text"),
            ("Policy", "Policy", "text"),
            ("DurationSeconds", "DurationSeconds", "scalar", "integer"),
            ("ExternalId", "ExternalId", "text"),
        )
    ),
    validate=_validators_assume_role.validate_request,
    query_names={},
    required=(
        "RoleArn",
        "RoleSessionName",
    ),
    json_example='{\n  "RequestId": "5C3F1A2B-7D4E-4F60-9A8B-1C2D3E4F5A6B",\n  "AssumedRoleUser": {\n    "AssumedRoleId": "30718402638542****:reader-session",\n    "Arn": "acs:ram::1234567890****:role/reader/reader-session"\n  },\n  "Credentials": {\n    "AccessKeyId": "STS.Nm2pQx7Lc4Rt8YwZe3Kd****",\n    "AccessKeySecret": "9hFv2LqXc7TnWm4PzR8sKd3YbJ6eAu5G****",\n    "SecurityToken": "CAIS9wF1q6Ft5B2yfSjIr5fhM8jxn7ZuhPWGWHz****",\n    "Expiration": "2099-12-31T23:00:00Z"\n  }\n}',
    xml_example="<AssumeRoleResponse>\n  <RequestId>5C3F1A2B-7D4E-4F60-9A8B-1C2D3E4F5A6B</RequestId>\n  <AssumedRoleUser>\n    <AssumedRoleId>30718402638542****:reader-session</AssumedRoleId>\n    <Arn>acs:ram::1234567890****:role/reader/reader-session</Arn>\n  </AssumedRoleUser>\n  <Credentials>\n    <AccessKeyId>STS.Nm2pQx7Lc4Rt8YwZe3Kd****</AccessKeyId>\n    <AccessKeySecret>9hFv2LqXc7TnWm4PzR8sKd3YbJ6eAu5G****</AccessKeySecret>\n    <SecurityToken>CAIS9wF1q6Ft5B2yfSjIr5fhM8jxn7ZuhPWGWHz****</SecurityToken>\n    <Expiration>2099-12-31T23:00:00Z</Expiration>\n  </Credentials>\n</AssumeRoleResponse>",
    xml_shape=_XML_AssumeRoleResponse,
    root_tag="AssumeRoleResponse",
)

_ACTIONS["AssumeRoleWithOIDC"] = MockAction(
    action="AssumeRoleWithOIDC",
    read=_w.reader(
        (
            ("OIDCProviderArn", "OIDCProviderArn", "text"),
            ("RoleArn", "RoleArn", "text"),
            ("OIDCToken", "OIDCToken", "text"),
            ("Policy", "Policy", "text"),
            ("DurationSeconds", "DurationSeconds", "scalar", "integer"),
            ("RoleSessionName", "RoleSessionName", "text"),
        )
    ),
    validate=_validators_assume_role_with_oidc.validate_request,
    query_names={},
    required=(
        "OIDCProviderArn",
        "RoleArn",
        "OIDCToken",
        "RoleSessionName",
    ),
    json_example='{\n  "RequestId": "5C3F1A2B-7D4E-4F60-9A8B-1C2D3E4F5A6B",\n  "OIDCTokenInfo": {\n    "Subject": "system:serviceaccount:default:reader",\n    "Issuer": "https://oidc-ack.cn-shanghai.aliyuncs.com/c1234567890",\n    "ClientIds": "sts.aliyuncs.com",\n    "ExpirationTime": "2099-12-31T23:00:00Z",\n    "IssuanceTime": "2099-12-31T22:00:00Z",\n    "VerificationInfo": "Success"\n  },\n  "AssumedRoleUser": {\n    "AssumedRoleId": "30718402638542****:reader-session",\n    "Arn": "acs:ram::1234567890****:role/reader/reader-session"\n  },\n  "Credentials": {\n    "AccessKeyId": "STS.Nm2pQx7Lc4Rt8YwZe3Kd****",\n    "AccessKeySecret": "9hFv2LqXc7TnWm4PzR8sKd3YbJ6eAu5G****",\n    "SecurityToken": "CAIS9wF1q6Ft5B2yfSjIr5fhM8jxn7ZuhPWGWHz****",\n    "Expiration": "2099-12-31T23:00:00Z"\n  }\n}',
    xml_example="<AssumeRoleWithOIDCResponse>\n  <RequestId>5C3F1A2B-7D4E-4F60-9A8B-1C2D3E4F5A6B</RequestId>\n  <OIDCTokenInfo>\n    <Subject>system:serviceaccount:default:reader</Subject>\n    <Issuer>https://oidc-ack.cn-shanghai.aliyuncs.com/c1234567890</Issuer>\n    <ClientIds>sts.aliyuncs.com</ClientIds>\n    <ExpirationTime>2099-12-31T23:00:00Z</ExpirationTime>\n    <IssuanceTime>2099-12-31T22:00:00Z</IssuanceTime>\n    <VerificationInfo>Success</VerificationInfo>\n  </OIDCTokenInfo>\n  <AssumedRoleUser>\n    <AssumedRoleId>30718402638542****:reader-session</AssumedRoleId>\n    <Arn>acs:ram::1234567890****:role/reader/reader-session</Arn>\n  </AssumedRoleUser>\n  <Credentials>\n    <AccessKeyId>STS.Nm2pQx7Lc4Rt8YwZe3Kd****</AccessKeyId>\n    <AccessKeySecret>9hFv2LqXc7TnWm4PzR8sKd3YbJ6eAu5G****</AccessKeySecret>\n    <SecurityToken>CAIS9wF1q6Ft5B2yfSjIr5fhM8jxn7ZuhPWGWHz****</SecurityToken>\n    <Expiration>2099-12-31T23:00:00Z</Expiration>\n  </Credentials>\n</AssumeRoleWithOIDCResponse>",
    xml_shape=_XML_AssumeRoleWithOIDCResponse,
    root_tag="AssumeRoleWithOIDCResponse",
    anonymous=True,
    secret=frozenset({"OIDCToken"}),
)

_ACTIONS["AssumeRoleWithSAML"] = MockAction(
    action="AssumeRoleWithSAML",
    read=_w.reader(
        (
            ("SAMLProviderArn", "SAMLProviderArn", "text"),
            ("RoleArn", "RoleArn", "text"),
            ("SAMLAssertion", "SAMLAssertion", "text"),
            ("Policy", "Policy", "text"),
            ("DurationSeconds", "DurationSeconds", "scalar", "integer"),
        )
    ),
    validate=_validators_assume_role_with_saml.validate_request,
    query_names={},
    required=(
        "SAMLProviderArn",
        "RoleArn",
        "SAMLAssertion",
    ),
    json_example='{\n  "RequestId": "5C3F1A2B-7D4E-4F60-9A8B-1C2D3E4F5A6B",\n  "SAMLAssertionInfo": {\n    "SubjectType": "persistent",\n    "Subject": "alice@example.com",\n    "Recipient": "https://signin.aliyun.com/saml-role/sso",\n    "Issuer": "https://idp.example.com/saml"\n  },\n  "AssumedRoleUser": {\n    "AssumedRoleId": "30718402638542****:reader-session",\n    "Arn": "acs:ram::1234567890****:role/reader/reader-session"\n  },\n  "Credentials": {\n    "AccessKeyId": "STS.Nm2pQx7Lc4Rt8YwZe3Kd****",\n    "AccessKeySecret": "9hFv2LqXc7TnWm4PzR8sKd3YbJ6eAu5G****",\n    "SecurityToken": "CAIS9wF1q6Ft5B2yfSjIr5fhM8jxn7ZuhPWGWHz****",\n    "Expiration": "2099-12-31T23:00:00Z"\n  }\n}',
    xml_example="<AssumeRoleWithSAMLResponse>\n  <RequestId>5C3F1A2B-7D4E-4F60-9A8B-1C2D3E4F5A6B</RequestId>\n  <SAMLAssertionInfo>\n    <SubjectType>persistent</SubjectType>\n    <Subject>alice@example.com</Subject>\n    <Recipient>https://signin.aliyun.com/saml-role/sso</Recipient>\n    <Issuer>https://idp.example.com/saml</Issuer>\n  </SAMLAssertionInfo>\n  <AssumedRoleUser>\n    <AssumedRoleId>30718402638542****:reader-session</AssumedRoleId>\n    <Arn>acs:ram::1234567890****:role/reader/reader-session</Arn>\n  </AssumedRoleUser>\n  <Credentials>\n    <AccessKeyId>STS.Nm2pQx7Lc4Rt8YwZe3Kd****</AccessKeyId>\n    <AccessKeySecret>9hFv2LqXc7TnWm4PzR8sKd3YbJ6eAu5G****</AccessKeySecret>\n    <SecurityToken>CAIS9wF1q6Ft5B2yfSjIr5fhM8jxn7ZuhPWGWHz****</SecurityToken>\n    <Expiration>2099-12-31T23:00:00Z</Expiration>\n  </Credentials>\n</AssumeRoleWithSAMLResponse>",
    xml_shape=_XML_AssumeRoleWithSAMLResponse,
    root_tag="AssumeRoleWithSAMLResponse",
    anonymous=True,
    secret=frozenset({"SAMLAssertion"}),
)

_ACTIONS["GetCallerIdentity"] = MockAction(
    action="GetCallerIdentity",
    read=_w.reader(()),
    validate=_validators_get_caller_identity.validate_request,
    query_names={},
    required=(),
    json_example='{\n  "IdentityType": "AssumedRoleUser",\n  "AccountId": "1234567890****",\n  "RequestId": "5C3F1A2B-7D4E-4F60-9A8B-1C2D3E4F5A6B",\n  "PrincipalId": "30718402638542****:reader-session",\n  "Arn": "acs:ram::1234567890****:assumed-role/reader/reader-session",\n  "RoleId": "30718402638542****"\n}',
    xml_example=None,
    xml_shape=_XML_GetCallerIdentityResponse,
    root_tag="GetCallerIdentityResponse",
)

SERVICE = MockService(
    product="sts",
    api_version="2015-04-01",
    host_id="sts.aliyuncs.com",
    actions=_ACTIONS,
    errors=load_errors(Path(__file__).with_name("errors.json")),
)
