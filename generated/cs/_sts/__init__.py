"""The STS client of ``generated.cs``'s role credentials (generated from spec/sts/2015-04-01; do not edit)."""
