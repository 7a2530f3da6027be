"""ApsaraVideo VOD (vod 2017-03-21) client.

视频点播

    from generated.vod import VodClient, models, errors

    with VodClient(region_id="cn-shanghai") as client:
        ...

Generated from spec/vod/2017-03-21/service.yaml; do not edit.
"""

from . import errors, models
from .client import AsyncVodClient, VodClient

__all__ = ["AsyncVodClient", "VodClient", "errors", "models"]
