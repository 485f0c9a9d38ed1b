"""Suite-wide settings: hypothesis without wall-clock deadlines (CI machines are shared and slow
at times; deadlines made tests flaky without finding anything)."""

from hypothesis import HealthCheck, settings

settings.register_profile("govgate", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("govgate")
