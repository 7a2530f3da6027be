"""Alibaba RPC wire bindings, one module per operation (imported on first call).

Generated from spec/vod/2017-03-21/service.yaml; do not edit.
"""
