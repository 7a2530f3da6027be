"""The STS client of ``generated.vod``'s role credentials (generated from spec/sts/2015-04-01; do not edit)."""
