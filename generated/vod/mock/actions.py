"""The actions of the offline ApsaraVideo VOD server.

Per operation: how each parameter is read back from the query, which members are
required, the validator that judges the request, and the documented answers.

Generated from spec/vod/2017-03-21/service.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._mock import wire as _w
from .._mock.service import DocumentedError, ErrorTemplate, MockAction, MockService
from ..models.get_ai_image_jobs import _XML_GetAIImageJobsResponse
from ..validators import get_ai_image_jobs as _validators_get_ai_image_jobs

__all__ = ["SERVICE"]


def _read_get_ai_image_jobs(params: Mapping[str, str]) -> dict[str, Any]:
    """GetAIImageJobs: query parameters back into wire-shaped data."""
    data: dict[str, Any] = {}
    if "JobIds" in params:
        data["JobIds"] = _w.comma(params["JobIds"], "string")
    return data


SERVICE = MockService(
    product="vod",
    api_version="2017-03-21",
    host_id="vod.aliyuncs.com",
    actions={
        "GetAIImageJobs": MockAction(
            action="GetAIImageJobs",
            read=_read_get_ai_image_jobs,
            validate=_validators_get_ai_image_jobs.validate_request,
            query_names={
                "JobIds": "JobIds",
            },
            required=("JobIds",),
            json_example='{\n\t"AIImageJobList": [{\n\t\t"Status": "success",\n\t\t"VideoId": "357a8748c577*****789d2726e6436aa",\n\t\t"Message": "success",\n\t\t"UserData": "{\\"Extend\\":{\\"localId\\":\\"****\\",\\"test\\":\\"www\\"}}",\n\t\t"AIImageResult": "[{\\"Score\\":5.035636554444242,\\"Url\\":\\"http://outin-*****.oss-cn-shanghai.aliyuncs.com/357a8748c577*****789d2726e6436aa/image/ai/b0a7612554d*****5cbe3-00001.gif\\"}]",\n\t\t"CreationTime": "2020-10-15T03:30:03Z",\n\t\t"TemplateConfig": "{\\"Format\\":\\"gif\\",\\"SetDefaultCover\\":\\"true\\"}",\n\t\t"Code": "Success",\n\t\t"TemplateId": "5a86a00f15194*****d7fe7de1b4a173",\n\t\t"JobId": "cf08a2c6e11e*****de1711b738b9067"\n\t}],\n\t"RequestId": "7721B494-1F78-4E*****E8-A7CEE7315BFA"\n}\n',
            xml_example='<GetAIImageJobsResponse>\n      <AIImageJobList>\n            <Status>success</Status>\n            <VideoId>357a8748c577*****789d2726e6436aa</VideoId>\n            <Message>success</Message>\n            <UserData>{"Extend":{"localId":"****","test":"www"}}</UserData>\n            <AIImageResult>[{"Score":5.035636554444242,"Url":"http://outin-*****.oss-cn-shanghai.aliyuncs.com/357a8748c577*****789d2726e6436aa/image/ai/b0a7612554d*****5cbe3-00001.gif"}]</AIImageResult>\n            <CreationTime>2020-10-15T03:30:03Z</CreationTime>\n            <TemplateConfig>{"Format":"gif","SetDefaultCover":"true"}</TemplateConfig>\n            <Code>Success</Code>\n            <TemplateId>5a86a00f15194*****d7fe7de1b4a173</TemplateId>\n            <JobId>cf08a2c6e11e*****de1711b738b9067</JobId>\n      </AIImageJobList>\n      <RequestId>7721B494-1F78-4E*****E8-A7CEE7315BFA</RequestId>\n</GetAIImageJobsResponse>\n',
            xml_shape=_XML_GetAIImageJobsResponse,
            root_tag="GetAIImageJobsResponse",
            error_examples={
                "invalid-job-ids": DocumentedError(
                    400,
                    "json",
                    "InvalidParameter",
                    '{\n  "RequestId": "6C6A2D79-1D3B-4F2E-9E7A-0B4C2E5D8F10",\n  "HostId": "vod.cn-shanghai.aliyuncs.com",\n  "Code": "InvalidParameter",\n  "Message": "The specified parameter \\"JobIds\\" is not valid.",\n  "Recommend": "https://next.api.aliyun.com/troubleshoot?q=InvalidParameter&product=vod"\n}\n',
                    "6C6A2D79-1D3B-4F2E-9E7A-0B4C2E5D8F10",
                ),
                "throttled": DocumentedError(
                    503,
                    "xml",
                    "Throttling.User",
                    "<?xml version='1.0' encoding='UTF-8'?>\n<Error>\n  <RequestId>0B2F8E1A-77C4-4E8B-A1D0-5F3C9B2E6A47</RequestId>\n  <HostId>vod.cn-shanghai.aliyuncs.com</HostId>\n  <Code>Throttling.User</Code>\n  <Message>Request was denied due to user flow control.</Message>\n  <Recommend>https://next.api.aliyun.com/troubleshoot?q=Throttling.User&amp;product=vod</Recommend>\n</Error>\n",
                    "0B2F8E1A-77C4-4E8B-A1D0-5F3C9B2E6A47",
                ),
            },
        ),
    },
    errors={
        "MissingParameter": ErrorTemplate(
            400,
            'The input parameter "{parameter}" that is mandatory for processing this request is not supplied.',
        ),
        "InvalidParameter": ErrorTemplate(
            400, 'The specified parameter "{parameter}" is not valid.'
        ),
        "SignatureDoesNotMatch": ErrorTemplate(
            400, "Specified signature is not matched with our calculation."
        ),
        "IncompleteSignature": ErrorTemplate(
            400, "The request signature does not conform to Aliyun standards."
        ),
        "InvalidAccessKeyId.NotFound": ErrorTemplate(
            404, "Specified access key is not found."
        ),
        "SignatureNonceUsed": ErrorTemplate(
            400, "Specified signature nonce was used already."
        ),
        "InvalidTimeStamp.Expired": ErrorTemplate(
            400, "Specified time stamp or date value is expired."
        ),
        "Forbidden.RAM": ErrorTemplate(
            403, "User not authorized to operate on the specified resource."
        ),
        "Throttling": ErrorTemplate(
            503, "Request was denied due to request throttling."
        ),
        "Throttling.User": ErrorTemplate(
            503, "Request was denied due to user flow control."
        ),
        "ServiceUnavailable": ErrorTemplate(
            503, "The request has failed due to a temporary failure of the server."
        ),
        "InternalError": ErrorTemplate(
            500,
            "The request processing has failed due to some unknown error, exception or failure.",
        ),
    },
)
