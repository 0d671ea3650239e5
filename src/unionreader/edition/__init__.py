"""The Traditional-script edition: every page again under `zh-hant/`, converted at build time."""
