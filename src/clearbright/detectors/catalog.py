"""Where detectors are registered: the built-in list, plus third-party entry points.

Built-in detectors are listed explicitly (not discovered by import side effects);
plugins declare an entry point in the group `clearbright.detectors`.
"""

from __future__ import annotations

from importlib.metadata import entry_points

from clearbright.detectors import abuse, claims, coordination, counterfeit, privacy
from clearbright.detectors.base import CorpusDetector, Detector
from clearbright.errors import ClearbrightError

DetectorClass = type[Detector] | type[CorpusDetector]

# Each harm family lists its detectors in its package's DETECTORS tuple.
BUILTIN: tuple[DetectorClass, ...] = (
    *counterfeit.DETECTORS,
    *privacy.DETECTORS,
    *claims.DETECTORS,
    *abuse.DETECTORS,
    *coordination.DETECTORS,
)

ENTRY_POINT_GROUP = "clearbright.detectors"


def detector_classes(*, plugins: bool = True) -> tuple[DetectorClass, ...]:
    """Built-in and plugin detector classes; two with the same name is an error."""
    classes: list[DetectorClass] = list(BUILTIN)
    if plugins:
        for entry in entry_points(group=ENTRY_POINT_GROUP):
            loaded = entry.load()
            if not (isinstance(loaded, type) and issubclass(loaded, Detector | CorpusDetector)):
                raise ClearbrightError(f"entry point {entry.name!r} is not a detector class")
            classes.append(loaded)
    seen: dict[str, DetectorClass] = {}
    for cls in classes:
        if cls.name in seen:
            raise ClearbrightError(
                f"two detectors are named {cls.name!r}: {seen[cls.name].__module__} and "
                f"{cls.__module__}"
            )
        seen[cls.name] = cls
    return tuple(classes)
