"""An offline Alibaba RPC server: signature checks, documented answers, faults on demand.

Copied into every generated package as ``_mock``; the generated ``mock`` package adds
the service's action table (how to read each parameter back, which example to answer).
"""
