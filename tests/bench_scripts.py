"""The scripts under bench/, loaded as modules for their tests (they are scripts, not a
package; a plain module, as `paths` is)."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from paths import ROOT


def bench_script(name: str) -> ModuleType:
    """`bench/<name>.py` as the module `bench_<name>`, registered under that name (dataclasses
    look their module up)."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[f"bench_{name}"] = module
    spec.loader.exec_module(module)
    return module
