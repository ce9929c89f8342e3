import subprocess
import sys
from pathlib import Path

import app.core


def test_importing_every_core_module_loads_no_qt():
    modules = sorted(f"app.core.{path.stem}" for path in Path(app.core.__file__).parent.glob("*.py"))
    assert "app.core.clock" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
