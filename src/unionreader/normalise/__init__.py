"""Normalisation: RawText → NormalText, one small rule a module, every change recorded."""
