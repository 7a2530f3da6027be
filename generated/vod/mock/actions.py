"""The actions of the offline ApsaraVideo VOD server.

Per operation: how each parameter is read back from the query (rules that
``_mock/wire.reader`` follows), which members are required, the validator that judges
the request, and the documented answers.

Generated from spec/vod/2017-03-21/service.yaml; do not edit.
"""

from __future__ import annotations

from pathlib import Path

from .._mock import wire as _w
from .._mock.paging import MockPaging
from .._mock.service import DocumentedError, MockAction, MockService, load_errors
from ..models.get_ai_image_jobs import _XML_GetAIImageJobsResponse
from ..validators import get_ai_image_jobs as _validators_get_ai_image_jobs
from ..models.list_app_info import _XML_ListAppInfoResponse
from ..validators import list_app_info as _validators_list_app_info

__all__ = ["SERVICE"]

_ACTIONS: dict[str, MockAction] = {}

_ACTIONS["GetAIImageJobs"] = MockAction(
    action="GetAIImageJobs",
    read=_w.reader((("JobIds", "JobIds", "comma", "string"),)),
    validate=_validators_get_ai_image_jobs.validate_request,
    query_names={},
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
)

_ACTIONS["ListAppInfo"] = MockAction(
    action="ListAppInfo",
    read=_w.reader(
        (
            ("Status", "Status", "text"),
            ("PageNo", "PageNo", "scalar", "integer"),
            ("PageSize", "PageSize", "scalar", "integer"),
        )
    ),
    validate=_validators_list_app_info.validate_request,
    query_names={},
    required=(),
    json_example='{\n  "RequestId": "3F1E8A52-7C6B-4D2A-9E0F-5B7A1C2D****",\n  "Total": 5,\n  "AppInfoList": [\n    {\n      "AppId": "app-1000001",\n      "AppName": "catalog",\n      "Description": "Video catalog of the web shop.",\n      "Type": "Custom",\n      "Status": "Normal",\n      "CreationTime": "2023-04-01T08:00:00Z",\n      "ModificationTime": "2023-04-02T09:30:00Z"\n    },\n    {\n      "AppId": "app-1000002",\n      "AppName": "training",\n      "Description": "Staff training videos.",\n      "Type": "Custom",\n      "Status": "Normal",\n      "CreationTime": "2023-05-10T02:15:00Z",\n      "ModificationTime": "2023-05-10T02:15:00Z"\n    }\n  ]\n}\n',
    xml_example="<ListAppInfoResponse>\n  <RequestId>3F1E8A52-7C6B-4D2A-9E0F-5B7A1C2D****</RequestId>\n  <Total>5</Total>\n  <AppInfoList>\n    <AppId>app-1000001</AppId>\n    <AppName>catalog</AppName>\n    <Description>Video catalog of the web shop.</Description>\n    <Type>Custom</Type>\n    <Status>Normal</Status>\n    <CreationTime>2023-04-01T08:00:00Z</CreationTime>\n    <ModificationTime>2023-04-02T09:30:00Z</ModificationTime>\n  </AppInfoList>\n  <AppInfoList>\n    <AppId>app-1000002</AppId>\n    <AppName>training</AppName>\n    <Description>Staff training videos.</Description>\n    <Type>Custom</Type>\n    <Status>Normal</Status>\n    <CreationTime>2023-05-10T02:15:00Z</CreationTime>\n    <ModificationTime>2023-05-10T02:15:00Z</ModificationTime>\n  </AppInfoList>\n</ListAppInfoResponse>\n",
    xml_shape=_XML_ListAppInfoResponse,
    root_tag="ListAppInfoResponse",
    paging=MockPaging(
        style="page_number",
        page_size="PageSize",
        page_number="PageNo",
        total_count="Total",
        items=("AppInfoList",),
    ),
)

SERVICE = MockService(
    product="vod",
    api_version="2017-03-21",
    host_id="vod.aliyuncs.com",
    actions=_ACTIONS,
    errors=load_errors(Path(__file__).with_name("errors.json")),
)
