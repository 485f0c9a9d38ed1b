"""Suite-wide settings: hypothesis without wall-clock deadlines (CI machines are shared and slow
at times; deadlines made tests flaky without finding anything); a fixed console width."""

import os

from hypothesis import HealthCheck, settings

# Rich lays tables out for the terminal's width (80 columns when there is none); the suite's
# assertions read table cells, so give every console the same wide width whatever runs it
# (a pytest-xdist worker's longer temporary paths pushed cells onto a second line).
os.environ["COLUMNS"] = "200"

settings.register_profile("govgate", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("govgate")
