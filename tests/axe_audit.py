"""axe-core in a browser test: the audit of a page as it is now, and its report.

axe-core comes from the PyPI package axe-playwright-python, whose wheel bundles axe.min.js; it is
injected from that file, so the audit needs no network. A context that audits a page bypasses
the site's Content-Security-Policy, which would rightly refuse the injected script and style.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import pytest

axe_package = pytest.importorskip(
    "axe_playwright_python", reason="pip install axe-playwright-python (bundles axe-core)"
)
AXE_JS = Path(str(resources.files(axe_package) / "axe.min.js"))


def audit(page: Any) -> list[dict[str, Any]]:
    """axe-core's violations on the page as it is now (transitions off: axe scrolls, and an element
    that the pointer happens to cross must not be measured halfway through fading in)."""
    page.add_style_tag(
        content="*, *::after { transition: none !important; animation: none !important; }"
    )
    page.add_script_tag(path=str(AXE_JS))
    violations: list[dict[str, Any]] = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return violations


def describe(violations: list[dict[str, Any]]) -> str:
    """The violations as lines a failing test prints: each rule, and its first five nodes."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {' '.join(node['target'])}: {node['failureSummary']}")
    return "\n".join(lines)


def page_violations(browser: Any, base_url: str, path: str, scheme: str, width: int = 1280) -> str:
    """axe-core's violations on the page at `path` (its report: "" when there are none), in a
    context of its own with the colour scheme `scheme`, `width` pixels wide."""
    context = browser.new_context(
        viewport={"width": width, "height": 900},
        color_scheme=scheme,
        base_url=base_url,
        bypass_csp=True,
    )
    try:
        page = context.new_page()
        page.goto(path)
        return describe(audit(page))
    finally:
        context.close()
