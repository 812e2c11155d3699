"""The event's main named entities, most widely reported first, their mentions merged on a normalised name.

Names are counted in *stories*, not articles (see :mod:`newsbrief.facts`). spaCy's labels are corrected
by the mentions of the event: a surname of a full name is that person's, and a name tagged several
ways takes the kind most of its mentions give. The reporters of bylines and spans that are no names
are left out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from newsbrief.model import RankedEntity, Sentence
from newsbrief.sources import story_count

# Titles that precede a name but are not part of it ("Mr. Putin" is Putin).
_HONORIFIC = re.compile(r"^(mr|mrs|ms|dr|gen|president|prime minister|king|queen|sen|rep)\.?\s+", re.IGNORECASE)
# Titles the NER model takes into a person's span ("Prof Adrian Owen", "Clerk Kim Lehmkuhl",
# "Councilman Jack Weir"): read off a person's name, not off a body's ("Coach Inc.").
_TITLE = re.compile(r"^(?:prof|professor|gov|governor|senator|mayor|judge|justice|clerk|council(?:wo)?man|councill?or|"
                    r"officer|sgt|sergeant|det|detective|lt|capt|captain|col|adm|chancellor|minister|secretary|"
                    r"ambassador|rev|reverend|sheriff|deputy|chief)\.?\s+(?=[A-Z])", re.IGNORECASE)
_POSSESSIVE = re.compile(r"[’']s$")
# The article spaCy takes into a name's span ("the Indiana State Police"); a capital "The" is part of
# the name ("The New York Times").
_ARTICLE = re.compile(r"^the\s+(?=[A-Z])")
# Arabic article particles, written or not: "Bashar al-Assad" is "Bashar Assad".
PARTICLE = re.compile(r"\b(?:al|el|ad|ash)[-‐ ](?=\w)")
# Credit lines: "By ANA RUIZ", "Marta Quell | Staff Writer", "Associated Press writer Tom Berg
# contributed to this report", "Reporting by ...", a blog's hat tip "(thanks, Tara McGinley!)".
_BYLINE = re.compile(
    r"^\s*(?:by|written by|reporting by|photos? by)\s+\S|^\s*\(\s*(?:thanks|h/t|hat tip|via)\b|"
    r"\|\s*(?:staff|senior|special)?\s*(?:writer|reporter|"
    r"correspondent|editor)\b|\bcontributed (?:to )?(?:this )?(?:report|reporting|story)\b|\b(?:associated press|ap|"
    r"reuters|afp|staff) (?:writer|correspondent|reporter)s?\b",
    re.IGNORECASE,
)
# What no name holds: a web address, a handle, an opening possessive or punctuation (a span cut wrong).
_NO_NAME = re.compile(r"https?:|www\.|\.com\b|@|^[\W_]|[’']s\b(?=\s)")
_TIME_ZONES = frozenset({"GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
                         "ET", "PT", "CT", "MT", "AEST", "AEDT", "IST", "JST"})
# A middle initial: "James B. Comey" is the James Comey of the other stories.
_INITIAL = re.compile(r"(?<=\w) [a-z]\.(?= )")
# Official or long names and the common name news also uses.
ALIASES = {
    "russian federation": "Russia", "the russian federation": "Russia", "united states of america": "United States",
    "the united states": "United States", "u.s.": "United States", "usa": "United States",
    "united kingdom": "Britain", "the united kingdom": "Britain", "uk": "Britain", "u.k.": "Britain",
    "islamic republic of iran": "Iran", "syrian arab republic": "Syria", "republic of turkey": "Turkey",
}
# An acronym as written: "UN", "U.N.", "AFP", "NATO".
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")
# Words an acronym does not spell: "Organization of the Petroleum Exporting Countries" is OPEC.
_NOT_INITIALLED = frozenset({"of", "the", "and", "for", "on", "in", "at", "to", "&"})
# Place entities (figures of sentences naming different places count different happenings).
PLACES = frozenset({"GPE", "LOC", "FAC"})
# Kinds of names a mention may be mistaken between (a surname tagged as a place or a body).
_NAMED = frozenset({"PERSON", "ORG", *PLACES})


def rank_entities(
    sentences: Sequence[Sentence], story_of: Mapping[str, str], limit: int = 15
) -> tuple[RankedEntity, ...]:
    """The event's main named entities, most widely reported first.

    Mentions are merged on a normalised name: honorifics, possessives and Arabic article
    particles dropped ("Mr. Assad's", "Bashar Assad", "Bashar al-Assad"), official names
    folded into common ones ("Russian Federation" into "Russia"), a leading "the" dropped ("the
    Indiana State Police"), and a person's surname or first name folded into the full name used
    elsewhere ("Putin" into "Vladimir Putin", "Abigail" into "Abigail Williams" when it is the only
    Abigail).
    """
    # spaCy tags a surname as a place or a body now and then ("Pinochet" as GPE, "Tweedy" as ORG), and
    # a place as a person ("Grozny"): the surname of a full name in the event is that person's; another
    # name tagged several ways takes the kind most of its mentions have (the first seen on a tie).
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    surnames = set()
    lower_case = _lower_case_words(sentences)
    named = Counter(_key(entity.text) for s in sentences for entity in s.entities)
    for sentence in sentences:
        for entity in sentence.entities:
            if entity.label in _NAMED:
                votes[_key(entity.text)][entity.label] += 1
                if entity.label == "PERSON" and " " in _key(entity.text):
                    surnames.add(_key(entity.text).rsplit(" ", 1)[-1])
    kind = {name: "PERSON" if name in surnames else count.most_common(1)[0][0]
            for name, count in votes.items() if len(count) > 1 or name in surnames}
    forms: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)  # the most used one is shown
    articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    mentions: dict[tuple[str, str], int] = defaultdict(int)
    for sentence in sentences:
        if _BYLINE.search(sentence.text):  # the reporters of a story are not its actors
            continue
        for entity in sentence.entities:
            name = _POSSESSIVE.sub("", _HONORIFIC.sub("", _ARTICLE.sub("", entity.text.strip())))
            label = entity.label
            if label == "PERSON":
                name = _TITLE.sub("", name)
            if label in _NAMED:
                label = kind.get(_key(name), label)
            # Only a body is dropped for a common word's name: a place or person named like one ("Turkey",
            # "Bush") costs more when lost (and "Tsunami" tagged a place moved the seeds' TAC headline).
            if not _is_name(name, label == "ORG" and lower_case[name.casefold()] > named[_key(name)]):
                continue
            common = ALIASES.get(name.casefold())
            if common is not None:
                name, label = common, "GPE"
            # "U.N." and "UN" are one name.
            folded = name.replace(".", "") if _ACRONYM.fullmatch(name) else name
            key = (PARTICLE.sub("", folded.casefold()), label)
            forms[key][name] += 1
            articles[key].add(sentence.article_id)
            mentions[key] += 1

    def fold(key: tuple[str, str], into: tuple[str, str]) -> Counter[str]:
        """Count a name's mentions as another's; its forms are returned, for the caller to keep or not."""
        articles[into] |= articles.pop(key)
        mentions[into] += mentions.pop(key)
        return forms.pop(key)

    for key in sorted(forms, key=lambda k: (len(k[0]), k[0]), reverse=True):
        bare = (_INITIAL.sub("", key[0]), key[1])
        # Folded only into the same name without its initial, and only when one initial maps there
        # ("George H. W. Bush" and "George W. Bush" are two people).
        ends = bare[0].split()[0], bare[0].split()[-1]
        if key[1] == "PERSON" and bare != key and bare in forms and sum(
                k[1] == "PERSON" and (k[0].split()[0], k[0].split()[-1]) == ends for k in forms) == 2:
            forms[bare].update(fold(key, bare))
    for key in sorted(forms, key=lambda k: len(k[0])):
        full = _full_name(key, forms)
        if full is not None:
            fold(key, full)  # the full name is shown as it is written
    for key in sorted(forms):
        spelled = _spelled_out(key, forms)
        if spelled is not None:
            fold(key, spelled)  # "UN" is shown as "United Nations"
    names = {key: max(found, key=lambda form: (found[form], len(form), form)) for key, found in forms.items()}

    def stories(key: tuple[str, str]) -> int:
        return story_count(articles[key], story_of)

    ranked = sorted(names, key=lambda k: (-stories(k), -mentions[k], names[k]))
    order = {article: n for n, article in enumerate(dict.fromkeys(s.article_id for s in sentences))}
    return tuple(
        RankedEntity(names[k], k[1], stories(k), mentions[k], tuple(sorted(articles[k], key=lambda a: order[a])))
        for k in ranked[:limit]
    )


def _is_name(name: str, common: bool) -> bool:
    """Whether an entity's words can be a name: one of them capitalised (not "keyboard textures"), the
    last no function word (not "the Greatest Love Stories of", a span cut short), and, with ``common``
    (the articles write the word in lower case more often than they name it), not one common word
    ("Terminal" in a story of "the terminal"; "Parliament", named more often than "the parliament", stays).
    """
    words = name.split()
    if not words or not any(word[:1].isupper() for word in words) or not any(ch.isalpha() for ch in name):
        return False
    if _NO_NAME.search(name):  # "Crew - https://instagram.com/...", "’s Smartphone", "@PaulGAllen"
        return False
    if name in _TIME_ZONES:  # "GMT" of "10:00 GMT", taken for a body
        return False
    if words[-1].casefold() in STOP_WORDS and len(words) > 1:
        return False
    return not (len(words) == 1 and common)


def _lower_case_words(sentences: Sequence[Sentence]) -> Counter[str]:
    """How often the sentences write each word in lower case: as a common word, not a name."""
    return Counter(word for s in sentences for word in re.findall(r"(?<![\w’'-])[a-z][a-z’'-]*[a-z]\b", s.text))


def _key(name: str) -> str:
    """A name as merged: no article, honorific, possessive or Arabic article particle, case folded."""
    return PARTICLE.sub("", _POSSESSIVE.sub("", _HONORIFIC.sub("", _ARTICLE.sub("", name.strip()))).casefold())


def _spelled_out(key: tuple[str, str], forms: Mapping[tuple[str, str], Counter[str]]) -> tuple[str, str] | None:
    """The one name of the event an acronym stands for: "UN" and "U.N." for "United Nations", "AFP"
    for "Agence France-Presse", "US" for "United States", by the initials of the name's words
    (hyphenated parts count, "of", "the" and "and" do not). An acronym is written in capitals
    every time; one that two names spell (or none) is left as it is.
    """
    written = forms[key]
    letters = key[0].replace(".", "")
    if not all(_ACRONYM.fullmatch(form) for form in written) or not 2 <= len(letters) <= 6:
        return None
    spelled = [k for k in forms if k != key and k[1] in _NAMED | {"NORP"} and key[1] in _NAMED | {"NORP"}
               and " " in k[0] and _initials(k[0]) == letters]
    return spelled[0] if len(spelled) == 1 else None


def _initials(name: str) -> str:
    """The first letters of a name's words and hyphenated parts, but for its function words."""
    return "".join(word[0] for word in re.split(r"[\s-]+", name) if word and word not in _NOT_INITIALLED)


def _full_name(key: tuple[str, str], names: Collection[tuple[str, str]]) -> tuple[str, str] | None:
    """The full person name a bare name stands for: the longest other one ending with it (a surname,
    "Putin"), else the only one starting with it (a first name, "Abigail" for "Abigail Williams")."""
    word, label = key
    if label != "PERSON" or " " in word:
        return None
    others = [k for k in names if k[1] == label and k != key]
    longer = [k for k in others if re.search(rf"[\s-]{re.escape(word)}$", k[0])]
    if longer:
        return max(longer, key=lambda k: (len(k[0]), k[0]))
    first = [k for k in others if k[0].startswith(word + " ")]
    return first[0] if len(first) == 1 else None
