"""Run every benchmarks/bench_*.py in its own process and print their medians (`make bench`)."""

import pathlib
import subprocess
import sys

here = pathlib.Path(__file__).resolve().parent
failed = 0
for script in sorted(here.glob("bench_*.py")):
    print(f"== {script.stem}", flush=True)
    failed |= subprocess.run([sys.executable, str(script)]).returncode != 0
sys.exit(1 if failed else 0)
