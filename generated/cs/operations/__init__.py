"""Alibaba ROA wire bindings, one module per operation (imported on first call).

Generated from spec/cs/2015-12-15/service.yaml; do not edit.
"""
