"""Importing one module of a library without its package's __init__ (newsbrief.imports)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True,
                          env={"PYTHONPATH": str(SRC), "PATH": ""})
    return done.stdout.strip()


def test_the_stemmer_loads_without_the_rest_of_nltk_and_nltk_still_imports_whole_afterwards() -> None:
    out = _run(
        "import sys\n"
        "from newsbrief.imports import module_alone\n"
        "stemmer = module_alone('nltk.stem.porter').PorterStemmer()\n"
        "print(stemmer.stem('employed'), stemmer.stem('running'))\n"
        "print('nltk' in sys.modules, 'scipy.stats' in sys.modules, 'sklearn' in sys.modules)\n"
        "import nltk\n"
        "print(nltk.PorterStemmer is sys.modules['nltk.stem.porter'].PorterStemmer, 'scipy.stats' in sys.modules)\n")
    assert out.splitlines() == ["employ run", "False False False", "True True"]


def test_the_pattern_lexicon_loads_without_textblobs_package() -> None:
    out = _run(
        "import sys\n"
        "from newsbrief.imports import module_alone\n"
        "sentiment = module_alone('textblob.en').sentiment\n"
        "print(sentiment('The long meeting in Damascus was difficult, officials said.'))\n"
        "print('textblob' in sys.modules, 'nltk' in sys.modules)\n")
    # the figures of `from textblob.en import sentiment` with the whole package
    assert out.splitlines() == ["(-0.275, 0.7)", "False False"]
