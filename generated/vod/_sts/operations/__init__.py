"""Alibaba RPC wire bindings, one module per operation (imported on first call).

Generated from spec/sts/2015-04-01/service.yaml; do not edit.
"""
