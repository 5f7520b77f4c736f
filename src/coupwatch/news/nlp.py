"""The shared spaCy pipeline: blank English tokenizer, rule-based sentencizer, line breaks.

Headlines, captions and datelines often end without punctuation, so a line break also starts a
new sentence.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every whitespace token that contains a line break."""
    spaces = doc.to_array([IS_SPACE])
    for i in spaces[:-1].nonzero()[0]:
        if "\n" in doc[int(i)].text:
            doc[int(i) + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Return the process-wide blank English pipeline (tokenizer, sentencizer, line breaks)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("line_breaks")
    nlp.max_length = 2_000_000
    return nlp
