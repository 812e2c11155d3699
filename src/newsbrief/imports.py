"""Importing one module of a library without the rest of it, for libraries whose ``__init__`` loads everything.

Python runs a package's ``__init__`` before any of its modules. NLTK's imports every corpus reader,
classifier and metric it has, with scipy.stats and scikit-learn (2 s of CPU and 130 MB before the
first stem; measured with ``/usr/bin/time python -c 'from nltk.stem.porter import PorterStemmer'``
against this module's way, 0.02 s and 16 MB); TextBlob's imports NLTK. The brief needs one small,
self-contained module of each: NLTK's Porter stemmer (for headlines) and TextBlob's copy of the
Pattern lexicon (for subjectivity).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types


def module_alone(name: str) -> types.ModuleType:
    """Import the module ``name`` ("nltk.stem.porter") with its parent packages' ``__init__`` not run.

    The parents stand in as bare packages (their folder, nothing else) while the module and what it
    imports load, and are then taken out of ``sys.modules``, so a later ``import nltk`` runs the
    real ``__init__`` and finds the modules loaded here already. A parent imported before is used as it is.
    Only for modules that need nothing their packages' ``__init__`` defines.

    Raises:
        ModuleNotFoundError: ``name`` or one of its parent packages is not installed.
    """
    if name in sys.modules:
        return sys.modules[name]
    parts = name.split(".")
    stand_ins: list[str] = []
    try:
        for end in range(1, len(parts)):
            package = ".".join(parts[:end])
            if package in sys.modules:
                continue
            spec = importlib.util.find_spec(package)
            if spec is None or spec.submodule_search_locations is None:
                raise ModuleNotFoundError(f"no package named {package!r}", name=package)
            bare = types.ModuleType(package)
            bare.__path__ = list(spec.submodule_search_locations)
            bare.__spec__ = spec
            sys.modules[package] = bare
            stand_ins.append(package)
        return importlib.import_module(name)
    finally:
        for package in stand_ins:
            del sys.modules[package]
