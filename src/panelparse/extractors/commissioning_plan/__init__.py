"""The commissioning_plan kind: CommissioningPlanExtractor and the modules it alone uses."""

from .extractor import CommissioningPlanExtractor

__all__ = ["CommissioningPlanExtractor"]
