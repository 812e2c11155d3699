"""Does a sentence report a news event, or speak as a feature, a review or a column does?

A headline in the style of the Wikipedia Current Events Portal says who did what, where: a named
actor, an event verb and its place or time ("Police arrest two men in Lyon"). Blind editor
readings of unseen Multi-News clusters found that most unpublishable headlines came from
clusters with no news event at all (features, reviews, columns), whose lead sentences speak in
the writer's voice: a generic statement ("Caffeine is the nation's favorite drug, bar none."),
a verdict ("The film is a beautiful mess."), a writer's framing ("The unfortunate reality is
that ..."), a question, or hearsay ("is said to be considering"). Each is a well-known cue of
subjective language (Wiebe, Wilson, Bruce, Bell & Martin 2004, "Learning subjective language":
evaluative adjectives, speculation, the writer's "I" and "you"), and the event against the state
is Vendler's (1957) distinction between verbs of happening and verbs of being.

Each cue is a small function of a parsed sentence that returns why it applies, or ``None``, as
the checks of :mod:`newsbrief.checks` do; :data:`OPINION_MARKS` registers those of the writer's
voice and :func:`reported_event` tells an actor doing something. They are preferences, not
checks: the headline's choice (:mod:`newsbrief.headline`) lets a sentence with a mark lose to
one without, and one that reports an event win over one that does not, but a feature with
nothing else to say still gets its best sentence. They read the sentence as the article wrote
it, before compression, as its tense and its opening tell what kind of sentence it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping

from spacy.attrs import ORTH
from spacy.lang.en import English
from spacy.tokens import Doc, Token

from newsbrief.checks import (
    FIRST_PERSON,
    HAPPENINGS,
    REPORTING_VERBS,
    SECOND_PERSON,
    STANCE_ASIDE,
    VERDICT_ADVERBS,
    WRITER_ASIDES,
    WRITER_OPINION,
    Context,
    inside_quotes,
    main_verb,
    unattributed_voice,
    verb_group,
    verb_group_of,
)

# Nouns through which a writer frames what follows as a verdict: "The unfortunate reality is that
# ...", "The bottom line is ...", "The problem: ...".
_FRAMING_NOUNS = frozenset({
    "reality", "truth", "fact", "irony", "problem", "thing", "point", "line", "upshot", "lesson", "catch",
    "trouble", "answer", "question", "takeaway", "moral", "news", "secret", "verdict", "conclusion", "twist",
})
# "It is clear that ...", "It's no secret that ...": the writer vouching for what follows.
_FRAMING_PREDICATES = frozenset({
    "clear", "obvious", "ironic", "true", "fair", "safe", "sad", "unfortunate", "fortunate", "remarkable",
    "amazing", "striking", "interesting", "funny", "strange", "odd", "secret", "surprise", "wonder", "shame",
    "pity", "exaggeration", "doubt", "question",
})
# Set phrases that open a writer's aside or verdict.
_FRAMING_OPENERS = re.compile(
    rf"^[\"“‘']?(let'?s face it|{'|'.join(WRITER_ASIDES)}|of course|sure enough|"
    r"truth be told|it goes without saying|here'?s (the thing|why|how|what)|here is (the thing|why|how|what)|"
    r"there'?s no (doubt|denying|question)|there is no (doubt|denying|question)|say what you will|"
    r"love (him|her|it|them) or hate)\b", re.IGNORECASE)
# Words of taste and judgement in the writer's voice: the verdicts of reviews and columns, and the
# writer's sentence adverbs that the summary's checks refuse (checks.VERDICT_ADVERBS). Curated
# rather than taken from the Pattern lexicon, which scores "latest" 0.9, "famous" 1.0 and "huge" 0.9
# subjective, words a news report uses of facts.
_EVALUATIVE = frozenset({
    "best", "worst", "greatest", "favorite", "favourite", "unfortunate", "hopefully", "amazing", "awesome",
    "brilliant", "terrible", "awful",
    "wonderful", "beautiful", "gorgeous", "lovely", "ugly", "stupid", "ridiculous", "absurd", "silly", "crazy",
    "insane", "hilarious", "delightful", "charming", "boring", "dull", "fascinating", "incredible",
    "unbelievable", "perfect", "perfectly", "excellent", "fantastic", "magnificent", "superb", "splendid",
    "masterful", "masterpiece", "gripping", "breathtaking", "overrated", "underrated", "mediocre", "lackluster",
    "pathetic", "disgusting", "delicious", "glorious", "epic", "iconic", "legendary", "beloved", "marvelous",
    "marvellous", "dreadful", "lousy", "sublime", "dazzling", "riveting", "tedious", "clumsy",
    "mess", "triumph", "gem", "treat", "groundbreaking", "memorable", "fruitful", "impressive", "spectacular",
    "extraordinary", "heartwarming", "heartbreaking", "inspiring", "bizarre", "weird", "utterly",
    "unforgettable", "unmissable", "sensational", "phenomenal", "exquisite", "stellar",
}) | VERDICT_ADVERBS
# Words before a judgement that bind it to what it modifies: "most iconic", "an impressive", "gorgeous, glorious".
_BOUND_BEFORE = frozenset({"most", "so", "very", "and", "or", "a", "an", ","})
# Words of judgement that say "the most liked": "the country's favorite drink" is another drink without it.
_SUPERLATIVE_MEANING = frozenset({"favorite", "favourite", "perfect"})
# Superlatives of taste that also measure: "the greatest amount", "the worst flooding in decades".
_JUDGING_SUPERLATIVES = frozenset({"best", "worst", "greatest"})
_MEASURES = frozenset({
    "amount", "number", "share", "rate", "level", "percentage", "proportion", "total", "increase", "decline",
    "drop", "loss", "gain", "drought", "flood", "flooding", "storm", "attack", "crisis", "disaster", "outbreak",
    "violence", "fighting", "year", "month", "week", "day", "quarter", "season", "start", "record", "performance",
    "result", "showing", "damage", "threat", "risk",
})
# Set phrases of the same voice: "bar none", "hands down".
# and the hyphenated words the tokenizer splits ("jaw - dropping").
_EVALUATIVE_PHRASES = re.compile(r"\b(bar none|hands down|second to none|the stuff of legend|must-see|jaw-dropping|"
                                 r"mind-blowing|head-scratching|eye-popping|heart-stopping|hair-raising|"
                                 r"spine-tingling|side-splitting|awe-inspiring)\b", re.IGNORECASE)
# Verbs of a state, not a happening (Vendler's states): in the present, with no one as subject, a
# sentence of them describes how things are.
STATE_VERBS = frozenset({
    "be", "have", "remain", "seem", "appear", "look", "sound", "feel", "consist", "contain", "lie", "mean",
    "represent", "resemble", "belong", "own", "know", "love", "like", "hate", "want", "need", "matter", "exist",
    "depend", "deserve", "tend", "enjoy", "struggle", "continue", "keep", "stay",
})
# Verbs that, in the simple present with no one as subject, tell how things go rather than what
# happened ("Payments come due", "The trail takes hikers past ...").
_HABIT_VERBS = frozenset({"come", "go", "get", "make", "take", "stand", "sit", "hold", "fall", "rank"})
# Stock metaphors of columns and features, as lemmas: "X marks the spot", "takes a page out of".
_FIGURES = re.compile(
    r"\b(mark the spot|take a page (out of|from)|take a turn|"
    r"raise eyebrow|turn head|steal the show|take cent(er|re) stage|elephant in the room|tip of the iceberg|"
    r"match make in|"
    r"jump the shark|in hot water|writing on the wall|perfect storm|dust settle|"
    r"throw (\S+ )?under the bus|move the needle|the tail wag|"
    r"a tale of two|(a|the) new normal|wake-up call|game changer|game-changer|double-edged sword|"
    r"silver lining|shot in the arm|bite the bullet|drop the ball|open a can of worm|"
    r"the ball be in|(a|the) far cry from|in the eye of the storm|(a|the) sign of the time)\b")
# Verbs that pass on what others say without anyone saying it: "is said to be considering".
# "is believed to be living in Afghanistan", "is thought to" are the hedges of news, not hearsay.
_HEARSAY_VERBS = frozenset({"say", "rumor", "rumour", "reckon", "assume", "suppose", "presume"})
# "allegedly" is the law's hedge news must keep ("allegedly killed"), not hearsay.
_HEARSAY_ADVERBS = frozenset({"reportedly", "supposedly", "purportedly", "apparently", "rumoredly"})
# Named actors: who, and where (Portal headlines name states, parties and companies as actors).
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
# Actors news names by role rather than by name ("Police arrest ...", "A study finds ...").
_ACTOR_NOUNS = frozenset({
    "police", "official", "authority", "government", "ministry", "court", "judge", "jury", "prosecutor",
    "investigator", "researcher", "scientist", "study", "report", "survey", "poll", "company", "firm", "army",
    "military", "troop", "force", "rebel", "militant", "protester", "lawmaker", "legislature", "senate",
    "congress", "parliament", "president", "governor", "mayor", "minister", "spokesman", "spokeswoman",
    "spokesperson", "officer", "doctor", "hospital", "university", "agency", "regulator", "committee", "board",
    "council", "party", "voter", "resident", "witness", "family", "man", "woman", "boy", "girl", "teen",
    "teenager", "child", "gunman", "suspect", "driver", "pilot", "passenger", "worker", "union", "team", "coach",
    "player", "student", "teacher", "school", "city", "state", "country", "nation", "owner", "group", "leader",
    "chief", "director", "head", "ceo", "founder", "attorney", "lawyer", "sheriff", "trooper",
    "firefighter", "soldier", "navy", "coast", "guard", "bank", "store", "retailer", "airline", "network",
    "newspaper", "magazine", "website", "astronaut", "experts", "expert", "analyst", "administration",
    "assailant", "attacker", "kidnapper", "hijacker", "robber", "thief", "bomber", "sniper", "negotiator",
    "diplomat", "envoy", "delegate", "inspector", "observer", "volunteer", "rescuer", "survivor", "victim",
    "citizen", "immigrant", "refugee", "farmer", "miner", "crew", "dissident", "activist", "campaigner",
    "demonstrator", "employee", "customer", "fan", "shareholder", "investor", "candidate", "senator",
    "representative", "king", "queen", "prince", "pope", "bishop", "priest",
})
# A telling of the news as a happening: "held a news conference", "spoke to reporters", "issued a
# statement".
_PRESS_VERBS = frozenset({"hold", "give", "call", "convene", "host", "attend", "address", "speak", "talk", "issue",
                          "release", "brief", "meet"})
_PRESS_NOUNS = frozenset({"conference", "briefing", "reporter", "journalist", "press", "media", "statement",
                          "newsman"})
# Verbs of saying whose news is what is said; verbs of finding and announcing are news themselves.
_SAYING = REPORTING_VERBS - {"announce", "confirm", "report"}
_FINDING = frozenset({"find", "show", "reveal", "announce", "confirm", "report", "discover", "conclude"})
#: A cue of a sentence: why it applies, or ``None``.
Mark = Callable[[Doc], "str | None"]


def writer_framing(doc: Doc) -> str | None:
    """The writer framing what follows as a verdict: "The unfortunate reality is that ...", "It's no
    secret that ...", "Let's face it, ...". A report says what happened; a column says what to make of it.

    >>> from newsbrief.checks import _doc
    >>> writer_framing(_doc("The sad truth is that most diets fail within a year."))
    'the writer frames what follows: "truth is"'
    >>> writer_framing(_doc("It's no secret that the league wants a team in London."))
    'the writer frames what follows: "It\\'s no secret"'
    >>> writer_framing(_doc("The truth commission released its report on Monday.")) is None
    True
    """
    opener = _FRAMING_OPENERS.match(doc.text)
    if opener:
        return f'the writer frames what follows: "{opener.group(1)}"'
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_ != "be":
        return None
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "expl")), None)
    if subject is None:
        return None
    clause = any(c.dep_ in ("ccomp", "advcl", "xcomp") for c in root.children) or any(
        t.text == ":" and t.head == root for t in doc)
    if subject.lemma_.lower() in _FRAMING_NOUNS and clause and not any(
            t.ent_type_ in _ACTOR_LABELS for t in subject.subtree):
        return f'the writer frames what follows: "{subject.text} {root.text}"'
    if subject.lower_ == "it" and clause:
        predicate = next((c for c in root.children if c.dep_ in ("acomp", "attr")), None)
        if predicate is not None and predicate.lemma_.lower() in _FRAMING_PREDICATES:
            words = doc[subject.i:predicate.i + 1].text
            return f'the writer frames what follows: "{words}"'
    return None


def evaluative_words(doc: Doc) -> str | None:
    """Words of taste or judgement outside a quotation ("favorite", "unfortunate", "a beautiful mess",
    "bar none"): a review's or a column's verdict, where a report tells what happened. Inside a
    quotation the judgement is the speaker's, and fine.

    >>> from newsbrief.checks import _doc
    >>> evaluative_words(_doc("Coffee is the country's favorite drink, bar none."))
    'judges in the writer\\'s voice: "favorite", "bar none"'
    >>> evaluative_words(_doc('The mayor called the plan "a brilliant idea" on Monday.')) is None
    True
    >>> evaluative_words(_doc("Brazil produces the greatest amount of electronic waste per person.")) is None
    True
    """
    quoted = inside_quotes(doc)
    found = [t.text for t, inside in zip(doc, quoted, strict=True)
             if not inside and t.lower_ in _EVALUATIVE and t.pos_ in ("ADJ", "ADV", "NOUN")
             and not (t.lower_ in _JUDGING_SUPERLATIVES and t.head.lemma_.lower() in _MEASURES)
             and not removable_judgement(t)]
    found += [m.group(0) for m in _EVALUATIVE_PHRASES.finditer(doc.text)
              if not quoted[_token_at(doc, m.start())]]
    if not found:
        return None
    return "judges in the writer's voice: " + ", ".join(f'"{w}"' for w in found)


def removable_judgement(token: Token) -> bool:
    """Whether a word of judgement modifies a noun or a verb in a way a headline can drop, as it
    drops a loaded word: "Legendary rock group Led Zeppelin has unveiled ..." is "Rock group Led
    Zeppelin has unveiled ...". A superlative ("the best"), one after "most" or "so", and one of a
    pair ("best and worst", "gorgeous, glorious") is part of what the sentence says and stays, as does one in a name
    ("Best Picture") and one after "a" or "an", whose article would no longer fit ("an collection").

    >>> from newsbrief.checks import _doc
    >>> [t.text for t in _doc("Legendary rock group Led Zeppelin has unveiled two recordings.")
    ...  if removable_judgement(t)]
    ['Legendary']
    """
    return (token.lower_ in _EVALUATIVE - _SUPERLATIVE_MEANING and token.dep_ in ("amod", "advmod")
            and token.tag_ in ("JJ", "RB")
            and token.head.pos_ in ("NOUN", "PROPN", "VERB") and not any(c.dep_ in ("advmod", "conj", "cc")
                                                                      for c in token.children)
            and not (token.i > 0 and token.doc[token.i - 1].lower_ in _BOUND_BEFORE))


def hearsay(doc: Doc) -> str | None:
    """What others pass on without anyone saying it: "is said to be considering", "is rumored to",
    "reportedly". A headline reports what someone did or said, not what is said of them.

    >>> from newsbrief.checks import _doc
    >>> hearsay(_doc("The prince is said to be considering a move to California."))
    'hearsay: "said to"'
    >>> hearsay(_doc("The singer reportedly paid $2 million for the house."))
    'hearsay: "reportedly"'
    >>> hearsay(_doc("The minister said the talks would resume.")) is None
    True
    """
    verb = main_verb(doc)
    if verb is None:
        return None
    if verb.lemma_.lower() in _HEARSAY_VERBS and any(c.dep_ == "auxpass" for c in verb.children) and any(
            c.dep_ == "xcomp" for c in verb.children):
        return f'hearsay: "{verb.text} to"'
    # "a virus that apparently killed a man" hedges a detail, not the news.
    adverb = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in _HEARSAY_ADVERBS), None)
    return f'hearsay: "{adverb.text}"' if adverb is not None else None


def personal_voice(doc: Doc) -> str | None:
    """The writer's "I", "we" or "you" outside a quotation (:func:`newsbrief.checks.unattributed_voice`),
    read on the whole sentence: a compression that cut "If you love coffee, ..." still came from a
    column.

    >>> from newsbrief.checks import _doc
    >>> personal_voice(_doc("If you drink coffee, caffeine is part of your day."))
    'second person "you" outside a quotation: the writer addressing the reader'
    """
    return unattributed_voice(doc, Context())


def question(doc: Doc) -> str | None:
    """A question in the writer's voice ("Is this the end of the mall?"): a headline answers.

    >>> from newsbrief.checks import _doc
    >>> question(_doc("Is this the end of the American shopping mall?"))
    'asks a question'
    >>> question(_doc('The senator asked, "Who pays for this?" and left.')) is None
    True
    """
    quoted = inside_quotes(doc)
    if any(t.text == "?" and not inside for t, inside in zip(doc, quoted, strict=True)):
        return "asks a question"
    return None


def generic_statement(doc: Doc) -> str | None:
    """A statement of how things are, with no one named in it: a description by the verb "be" as
    the main verb, in the present or the past ("Caffeine is the nation's drug of choice.", "The
    hills were home to dense cave systems"), or a state in the simple present ("Inheritance tax
    payments fall due upon death."). A feature's lede and an explainer speak so; news tells what
    someone did ("Apple is recalling ...", "has found", "was arrested"). A subject with a name or
    a figure ("Katharine Brown was one of ...", "Plants outweigh all other life" is no name, but
    a study's finding stated in its own words is not a writer's voice either) or a role of online
    news ("A study finds ...") is not marked: it may be whom the news is about.

    >>> from newsbrief.checks import _doc
    >>> generic_statement(_doc("Caffeine is the most widely used drug in the world."))
    'a generic statement: "Caffeine is"'
    >>> generic_statement(_doc("The hills were home to dense, intricate cave systems."))
    'a generic statement: "hills were"'
    >>> generic_statement(_doc("Apple is recalling 2 million chargers.")) is None
    True
    """
    group = verb_group(doc)
    if not group or group[0].tag_ not in ("VBZ", "VBP", "VBD") or len(group) > 1:
        return None  # "is recalling", "has found", "is arrested": a happening
    verb = group[0]
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in ("he", "she", "they", "i", "we", "you", "it"):
        return None  # "There were 12 people hurt": an event told as what there was
    if _actor(subject) or any(t.pos_ in ("PROPN", "NUM") for t in subject.subtree):
        return None  # "Katharine Brown was one of ...": named, it may still be whom the news is about
    if verb.lemma_ != "be" and (verb.tag_ == "VBD" or verb.lemma_ not in STATE_VERBS | _HABIT_VERBS):
        return None
    return f'a generic statement: "{subject.text} {verb.text}"'


def figure_of_speech(doc: Doc) -> str | None:
    """A columnist's stock metaphor as the main clause ("X marks the spot where ...", "takes a page
    out of Trump's playbook", "the investigation takes a turn", "Rumors are swirling"): it says
    what to make of the news in place of the news. Matched on lemmas, so any tense is found.

    >>> from newsbrief.checks import _doc
    >>> figure_of_speech(_doc("The governor took a page out of his rival's playbook on Monday."))
    'a figure of speech: "take a page out of"'
    >>> figure_of_speech(_doc("The governor signed the budget on Monday.")) is None
    True
    """
    quoted = inside_quotes(doc)
    lemmas = " ".join(t.lemma_.lower() for t, inside in zip(doc, quoted, strict=True) if not inside)
    found = _FIGURES.search(lemmas)
    return f'a figure of speech: "{found.group(0)}"' if found else None


def press_event(doc: Doc) -> str | None:
    """A sentence whose happening is the telling of the news: a news conference held, reporters
    spoken to, a statement issued ("Officials hold a news conference at Theda Clark Medical Center",
    "Police spoke to reporters outside the house"). It is a caption's or a story's scene; the
    news is what was said there, which another sentence tells.

    >>> from newsbrief.checks import _doc
    >>> press_event(_doc("Officials held a news conference at the medical center on Monday."))
    'tells a telling of the news: "held conference"'
    >>> press_event(_doc("The chief told reporters that two men were arrested.")) is None
    True
    """
    verb = main_verb(doc)
    if verb is None:
        return None
    if any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "told reporters that two men were arrested": what was told is the news
    for child in verb.children:
        noun = child
        if child.dep_ == "prep" and child.lower_ in ("to", "with"):
            noun = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ not in ("dobj", "nsubjpass"):
            continue
        if noun.lemma_.lower() in _PRESS_NOUNS and verb.lemma_.lower() in _PRESS_VERBS:
            return f'tells a telling of the news: "{verb.text} {noun.text}"'
    return None


#: The writer's-voice cues, by name: a headline candidate with one loses to one without.
OPINION_MARKS: Mapping[str, Mark] = {
    "writer_framing": writer_framing,
    "evaluative_words": evaluative_words,
    "hearsay": hearsay,
    "personal_voice": personal_voice,
    "question": question,
    "generic_statement": generic_statement,
    "figure_of_speech": figure_of_speech,
}


def _stem_words(words: Collection[str]) -> str:
    """A pattern of words with their regular inflections: "reality" also as "realities", "sad" as "sadder"."""
    return "|".join(sorted(re.escape(w[:-1] if w.endswith(("y", "e")) else w) for w in words))


def _with_contractions(words: Collection[str]) -> str:
    """A pattern of words and of the tokenizer's contractions that open with one ("wed" is "we" "d", "isnt"
    is "is" "nt"), longest first."""
    contractions = {form.lower() for form, pieces in English.Defaults.tokenizer_exceptions.items()
                    if pieces[0][ORTH].lower() in words}
    return "|".join(sorted(map(re.escape, set(words) | contractions), key=lambda w: (-len(w), w)))


# The surface words without which a mark of the writer's voice finds nothing (see might_voice): each
# mark's own words, the nouns and adjectives by their stem ("realities", "truer"), and of each of
# _FIGURES's metaphors one noun, with its plural ("turned heads").
_VOICE_WORDS = re.compile(
    rf"\b(?:{_with_contractions(_EVALUATIVE | FIRST_PERSON | SECOND_PERSON)})\b|"
    r"\b(?:spot|page|turn|eyebrow|head|show|stage|elephant|iceberg|match|shark|water|wall|storm|dust|bus|needle|"
    r"tail|tale|normal|wake|changer|sword|lining|arm|bullet|ball|worm|cry|sign)(?:s|es|ses)?\b|[?!]",
    re.IGNORECASE)
_FRAMING_WORDS = re.compile(rf"\b(?:{_stem_words(_FRAMING_NOUNS)})\w*", re.IGNORECASE)
_FRAMED_IT = re.compile(rf"\bit\b.*\b(?:{_stem_words(_FRAMING_PREDICATES)})\w*", re.IGNORECASE)
_BE = frozenset({"is", "was", "are", "were", "be", "been", "being", "am", "ai"})  # "ai" of "ain't"
_BE_FORMS = re.compile(rf"\b(?:{_with_contractions(_BE)})\b|['’](?:s|re|m)\b", re.IGNORECASE)


def might_voice(text: str) -> bool:
    """Whether a sentence has the words a mark of the writer's voice needs: False means that none of
    ``writer_framing``, ``evaluative_words``, ``personal_voice``, ``question``, ``figure_of_speech``
    and :func:`newsbrief.checks.writer_opinion` can find one in it, so a reader of many sentences (the
    genre of :mod:`newsbrief.genre`) parses only those for which it is True. A necessary condition
    read on the surface: a word of judgement, an "I", "we" or "you", a "?" or "!", a framing opener or
    aside, a form of "be" with a framing noun or "it" with a framing adjective, or a metaphor's noun.

    >>> might_voice("The council voted 7-2 on Monday to close the plant.")
    False
    >>> might_voice("The sad truth is that most diets fail.")
    True
    """
    return bool(_VOICE_WORDS.search(text) or _FRAMING_OPENERS.match(text) or WRITER_OPINION.search(text)
                or STANCE_ASIDE.search(text)
                or (_BE_FORMS.search(text) and (_FRAMING_WORDS.search(text) or _FRAMED_IT.search(text)))
                or _EVALUATIVE_PHRASES.search(text))


def opinion_marks(doc: Doc) -> tuple[str, ...]:
    """The names of the :data:`OPINION_MARKS` a sentence has, in their order."""
    return tuple(name for name, mark in OPINION_MARKS.items() if mark(doc) is not None)


def reported_event(doc: Doc) -> str | None:
    """Who did what: the main verb tells a happening or a deed, not a state (any verb but
    :data:`STATE_VERBS`: Vendler's activities, accomplishments and achievements against his
    states), told as done (the past, the present perfect, the passive, or a present "finds" or
    "announces" of online news), and its subject is a named actor or one news names by role
    ("Police arrest ...", "A study finds ..."). Under a verb of saying, what is said must be one
    ("Police said they had arrested two men"; not "Olin said there were indications ..."). Returns
    the actor and the verb, or ``None``.

    >>> from newsbrief.checks import _doc
    >>> reported_event(_doc("Police in Lyon arrested two men on Tuesday."))
    'Police arrested'
    >>> reported_event(_doc("A new study finds that coffee drinkers live longer."))
    'study finds'
    >>> reported_event(_doc("Katharine Brown was one of the producer's most trusted employees.")) is None
    True
    >>> reported_event(_doc("Actors will enjoy some serious bonding.")) is None
    True
    >>> reported_event(_doc("The fire chief said there were signs that the fire was set.")) is None
    True
    """
    group = verb_group(doc)
    if not group:
        return None
    verb = group[-1]
    reported = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_ in _SAYING and reported is not None:
        # "Olin said there were indications ...": a saying is news by what it says.
        verb = reported
        group = [*(c for c in verb.children if c.dep_ in ("aux", "auxpass")), verb]
    if verb.lemma_.lower() in STATE_VERBS or verb.pos_ != "VERB":
        return None
    finite = group[0]
    done = finite.tag_ == "VBD" or (finite.lemma_ == "have" and verb.tag_ == "VBN") or (
        len(group) > 1 and verb.tag_ == "VBN" and finite.tag_ != "MD")  # "was arrested", "has been charged"
    said = finite is verb and verb.tag_ in ("VBZ", "VBP") and verb.lemma_ in _FINDING
    if not (done or said):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("it", "they", "he", "she", "we") and speaker is not None:
        subject = speaker  # "Cathay Pacific said it had pulled out of the talks"
    # "Two dissidents are suspected of ...", "A plane was shot down": a deed told by whom it was done to.
    done_to = subject is not None and subject.dep_ == "nsubjpass" and subject.pos_ in ("NOUN", "PROPN")
    if subject is None or not (_actor(subject) or done_to):
        return None
    return " ".join([subject.text, *(t.text for t in group)])


def _actor(subject: Token) -> bool:
    """Whether a subject names who acted: a name, or a role news names actors by. The name is the
    subject's own ("Tsai Ing-wen", "Brazil's president", "the Yugoslav tribunal"), not one in a
    phrase hung on it ("The alleged abuse by Reverend Paredes" names no actor of its verb)."""
    if subject.lemma_.lower() in _ACTOR_NOUNS:
        return True
    own = [subject]
    found = []
    while own:
        token = own.pop()
        found.append(token)
        own.extend(c for c in token.children if c.dep_ in ("compound", "poss", "amod", "nmod", "flat", "case"))
    return any(t.ent_type_ in _ACTOR_LABELS for t in found)


def _token_at(doc: Doc, char: int) -> int:
    """The index of the token at a character offset of the text."""
    return next((t.i for t in doc if t.idx <= char < t.idx + len(t.text) + len(t.whitespace_)), len(doc) - 1)


#: Set phrases a tale opens with before its first clause ("Once upon a time, a surgeon ..."), as a regular
#: expression: a headline drops them (:func:`newsbrief.headline.neutral_wording`).
TALE_OPENINGS = r"once upon a time|long, long ago|long ago"
# Set phrases that open a story told as a tale: those and "There once lived ...", "It all began ...".
_STORYBOOK = re.compile(rf"^\W*({TALE_OPENINGS}|there once (was|were|lived)|"
                        r"this is the story of|it all (started|began))\b", re.IGNORECASE)
# Nouns of a moment a scene is set in: "It was a cold morning when ...", "It was 3 a.m. when ...".
_MOMENTS = frozenset({
    "morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "season", "moment",
    "time", "hour", "minute", "summer", "winter", "spring", "autumn", "fall", "dawn", "dusk", "midnight", "noon",
    "holiday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})
# Commands to the reader that open a feature: "Imagine losing ...", "Meet the ...", "Picture this".
_READER_COMMANDS = frozenset({"imagine", "picture", "meet", "consider", "remember", "recall", "forget", "suppose"})
# Spans and repetitions of time a lede opens with: "For years, ...", "Every morning, ...".
_LEDE_SPANS = frozenset({"year", "decade", "month", "week", "century", "generation", "lifetime", "age"})
_LEDE_REPEATS = frozenset({"every", "each"})
# Prepositions of a span a lede opens on: "For years", "For the initial six months". "In the last decade,
# thousands have developed ..." tells a trend, which may be a feature's news (on Multi-News dev 0-199, taking
# it off gave that event "Whatever it is, allergy researchers will be paying attention").
_SPAN_OPENERS = frozenset({"for"})
# Feelings the parser reads as passives ("was thrilled for her daughter").
_FEELINGS = frozenset({"thrill", "excite", "upset", "delight", "devastate", "please", "relieve", "overjoy",
                       "disappoint", "frustrate", "worry", "scare", "terrify", "heartbreak", "elate", "saddened",
                       "sadden", "touch", "move", "humble", "honor", "honour", "amuse", "annoy", "embarrass"})
# What a scene is set at: "was on patrol ... when he was flagged down".
_SCENE_MARKS = frozenset({"when"})  # "while" and "as" also contrast two findings
# A paper's introduction telling what is known ("Variants of the gene are studied extensively ...", "Hunger
# is assumed to motivate eating"): the passive of research and assumption in the present, without who.
_LITERATURE_PASSIVES = frozenset({"study", "investigate", "research", "examine", "document", "describe", "assume",
                                  "hypothesize", "hypothesise", "postulate", "posit", "theorize", "establish",
                                  "recognize", "recognise", "report", "implicate", "associate", "link"})
_LITERATURE_ADVERBS = frozenset({"extensively", "widely", "previously", "well", "long", "often", "frequently",
                                 "commonly", "increasingly", "repeatedly", "generally", "traditionally"})
# What a research paper studies and measures, as its methods name them ("Data were collected ...",
# "Participants were asked to ..."), and the verbs of its methods and aims.
_STUDY_MATTER = frozenset({
    "datum", "data", "participant", "subject", "respondent", "sample", "specimen", "cohort", "variable",
    "measurement", "questionnaire", "outcome", "mouse", "mice", "rat", "volunteer", "patient", "record",
    "analysis", "analyses", "interview", "survey", "score", "model", "group",
})
_METHOD_VERBS = frozenset({
    "recruit", "randomize", "randomise", "assign", "allocate", "enroll", "enrol", "collect", "analyze", "analyse",
    "measure", "assess", "quantify", "sample", "interview", "survey", "ask", "divide", "match", "adjust",
    "exclude", "calculate", "estimate", "record", "obtain", "score", "genotype", "sequence", "follow", "track",
    "monitor", "compare", "examine", "evaluate", "investigate", "explore", "study", "test", "model", "simulate",
    "aim", "seek", "design", "conduct", "perform", "use", "review", "screen",
})
# What a study's people did to reach a finding, told of its researchers ("The researchers calculated ..."):
# its aims and plans ("Scientists are seeking to map ...") may be the news of a project.
_MEASURING_VERBS = frozenset({"randomize", "randomise", "collect", "analyze",
                              "analyse", "measure", "calculate", "sample", "interview", "genotype",
                              "sequence", "score", "divide", "match", "adjust", "obtain", "record",
                              "quantify"})
# Nouns of research; with a plural or no article ("Studies have shown", "Research suggests") or one of
# these words ("Previous studies", "Other work"), they are the literature a paper cites, not its news.
_RESEARCH_NOUNS = frozenset({"study", "research", "work", "literature", "evidence", "trial", "paper", "analysis",
                             "experiment", "finding"})
_LITERATURE_WORDS = frozenset({"previous", "prior", "earlier", "past", "existing", "other", "several", "many",
                               "numerous", "some", "most", "few", "recent", "much", "various"})
# What the literature is cited as doing ("Evidence collected in the raids included ..." cites none).
_LITERATURE_VERBS = frozenset({"show", "suggest", "indicate", "find", "link", "demonstrate", "reveal", "point",
                               "associate", "document", "report", "confirm", "establish", "support", "propose",
                               "observe", "identify", "hint", "imply"})
# A paper's own study, named from inside ("In this study, ...", "In the present work").
_OWN_STUDY = re.compile(r"\b(?:in|for)\s+(?:this|our|the\s+present|the\s+current)\s+(?:study|paper|work|"
                        r"analysis|review|trial|research|experiment)\b", re.IGNORECASE)
# What a paper's authors say beside their finding: a caveat, a note.
_AUTHOR_ASIDES = frozenset({"note", "acknowledge", "caution", "write", "argue", "speculate", "add", "stress",
                            "emphasize", "emphasise", "admit", "concede", "point", "mention", "say", "suggest"})


def feature_lede(doc: Doc) -> str | None:
    """A feature's opening, which sets a scene or tells a tale instead of the news: a storybook
    phrase ("Once upon a time, a neurosurgeon ..."), a command to the reader ("Meet the 12-year-old
    who ...", "Imagine waking up to ..."), a moment set as a scene ("It was a cold morning when ..."),
    a question, or a span or a habit of time it opens on ("For years, the town has ...", "Every
    morning, she ..."). A report tells what happened; a feature's lede leads up to it.

    >>> from newsbrief.checks import _doc
    >>> feature_lede(_doc("Once upon a time, a surgeon in Ohio decided to quit his job."))
    'a storybook opening: "Once upon a time"'
    >>> feature_lede(_doc("Meet the 12-year-old who built a rocket in his garage."))
    'addresses the reader: "Meet"'
    >>> feature_lede(_doc("It was a cold morning in March when the bus left the depot."))
    'sets a scene: "It was a cold morning"'
    >>> feature_lede(_doc("For years, the town has fought the plan to build a dam."))
    'opens on a span of time: "For years"'
    >>> feature_lede(_doc("Police arrested two men in Lyon on Tuesday.")) is None
    True
    """
    found = _STORYBOOK.search(doc.text)
    if found:
        return f'a storybook opening: "{found.group(1)}"'
    quoted = inside_quotes(doc)
    first = next((t for t in doc if not t.is_punct and not t.is_space), None)
    # The tagger takes a sentence-opening "Imagine" for a name: the lede's commands are a closed class.
    if (first is not None and first.lower_ in _READER_COMMANDS and first.dep_ == "ROOT" and not quoted[first.i]
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children)):
        return f'addresses the reader: "{first.text}"'
    verb = main_verb(doc)
    if verb is None:
        return None
    # "Meet the ...", "Imagine ...", "Picture this": a verb in the base form with no subject opens it.
    # "Trump in another tweet touted ...", "Kept in the foreground are ...": a name or a participle the
    # tagger took for a bare verb is no command.
    if (first is not None and first.i == verb.i and verb.tag_ == "VB" and not quoted[verb.i]
            and not verb.ent_type_ and verb.lower_ == verb.lemma_.lower()
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux") for c in verb.children)):
        return f'addresses the reader: "{verb.text}"'
    if question(doc) is not None:
        return "asks a question"
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
    if verb.lemma_ == "be" and subject is not None and subject.lower_ in ("it", "this"):
        moment = next((c for c in verb.children if c.dep_ == "attr"), None)
        # "It is the first time that Pyongyang has ...": a milestone, which is news.
        first_time = any(c.lower_ in ("first", "last", "only") or c.ent_type_ == "ORDINAL"
                         for c in moment.children) if moment is not None else False
        if moment is not None and not first_time and (
                moment.lemma_.lower() in _MOMENTS or moment.ent_type_ in ("DATE", "TIME")):
            return f'sets a scene: "{doc[subject.i:moment.i + 1].text}"'
    for child in verb.children:
        # Only what opens the sentence, before its subject: "The town has fought it for years" is news told.
        if subject is None or first is None or child.i > subject.i or child.left_edge.i != first.i:
            continue
        # "For years", "For more than a decade"; "For the first time in 130 years" is a milestone.
        if child.dep_ == "prep" and child.lower_ in _SPAN_OPENERS and any(
                o.dep_ == "pobj" and o.lemma_.lower() in _LEDE_SPANS for o in child.children):
            return f'opens on a span of time: "{doc[child.left_edge.i:child.right_edge.i + 1].text}"'
        if child.dep_ == "npadvmod" and child.lemma_.lower() in _MOMENTS and any(
                d.lower_ in _LEDE_REPEATS for d in child.children):
            return f'opens on a habit: "{doc[child.left_edge.i:child.right_edge.i + 1].text}"'
    return _scene(doc, verb, subject)


def _scene(doc: Doc, verb: Token, subject: Token | None) -> str | None:
    """A past scene set for a happening: "Officer Perez was on patrol ... when he was flagged down",
    "Larry was standing at the podium when ...", or a person's state described ("Ida Lockett was happy
    for her son after ..."). A report tells the happening itself ("Police rescue a girl ...")."""
    group = verb_group_of(verb)
    subject = subject or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    person = subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she"))
    if group[0].tag_ != "VBD" or group[0].lemma_ != "be":
        return None
    # "was thrilled for her daughter" parses as a passive: a feeling, not a deed done to her.
    if any(c.dep_ == "auxpass" for c in verb.children):
        felt = verb.lemma_.lower() in _FEELINGS and not any(c.dep_ == "agent" for c in verb.children)
        return f'describes a person: "{subject.text} {verb.text}"' if person and felt and subject else None
    if verb.lemma_ != "be" and verb.tag_ != "VBG":
        return None
    # "when" may hang on a word of the scene ("at about 9 p.m. when ..."): any that opens a clause after the verb.
    when = next((t for t in verb.subtree if t.i > verb.i and t.lower_ in _SCENE_MARKS
                 and t.dep_ in ("advmod", "mark") and t.head.pos_ in ("VERB", "AUX") and t.head.i > t.i), None)
    if when is not None:
        return f'sets a scene: "{doc[group[0].i:min(verb.i + 4, when.i)].text} ... {when.text}"'
    # "McMahon was able to convince the judge": what she managed to do is a deed.
    feeling = next((c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ"
                    and not any(x.dep_ == "xcomp" for x in c.children)), None)
    if verb.lemma_ == "be" and person and feeling is not None and subject is not None:
        return f'describes a person: "{subject.text} {verb.text} {feeling.text}"'
    return None


def paper_method(doc: Doc) -> str | None:
    """A research paper's methods, aims or literature reprinted as news: what earlier work showed
    ("Previous studies have shown ...", "Research suggests ..."), what was done ("Data were
    collected from ...", "In this study, participants were asked ...", "We analysed ..."), what it
    set out to do ("The study aimed to ..."), or its authors' aside ("The authors note ..."). The
    news of a study is what it found ("Researchers find that ...", "A new study shows ...").

    >>> from newsbrief.checks import _doc
    >>> paper_method(_doc("Previous studies have shown that coffee lowers the risk."))
    'cites the literature: "Previous studies"'
    >>> paper_method(_doc("Data were collected from 4,000 households."))
    'tells a method: "Data were collected"'
    >>> paper_method(_doc("The authors note that the sample was small."))
    'an aside of the authors: "authors note"'
    >>> paper_method(_doc("A new study finds that coffee drinkers live longer.")) is None
    True
    >>> paper_method(_doc("A strong earthquake was recorded off the coast on Saturday.")) is None
    True
    """
    verb = main_verb(doc)
    if verb is None:
        return None
    quoted = inside_quotes(doc)
    found = _OWN_STUDY.search(doc.text)
    if found and not quoted[_token_at(doc, found.start())]:
        return f'speaks of its own study: "{found.group(0)}"'
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or quoted[subject.i]:
        return None
    lemma = subject.lemma_.lower()
    if subject.lower_ == "we":
        if verb.lemma_.lower() in _METHOD_VERBS:
            return f'tells a method: "{subject.text} {verb.text}"'
        return None
    determiners = {c.lower_ for c in subject.children if c.dep_ in ("det", "amod", "poss", "nummod")}
    if lemma in _RESEARCH_NOUNS and subject.dep_ == "nsubj" and verb.lemma_.lower() in _LITERATURE_VERBS and (
            determiners & _LITERATURE_WORDS
            or (not determiners and (subject.tag_ == "NNS" or lemma in ("research", "evidence", "literature",
                                                                         "work")))):
        words = doc[subject.left_edge.i:subject.i + 1].text
        return f'cites the literature: "{words}"'
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    present = verb_group_of(verb)[0].tag_ in ("VBZ", "VBP")
    unsaid = not any(c.dep_ == "agent" for c in verb.children)
    if passive and unsaid and verb.lemma_.lower() in _LITERATURE_PASSIVES and (
            (present and verb.lemma_.lower() not in ("report", "link", "associate", "implicate"))
            or any(c.dep_ == "advmod" and c.lower_ in _LITERATURE_ADVERBS for c in verb.children)):
        return f'cites the literature: "{" ".join(t.text for t in verb_group_of(verb))}"'
    # "Data were collected", "The 2D:4D ratios are calculated": what was measured, by no one named ("Two
    # men were recruited by the gang" says by whom, "Ohio voters were interviewed" whose). A happening
    # recorded is the news itself ("An 8.8 magnitude earthquake was recorded in Chile"), no method.
    own = [subject, *(c for c in subject.children if c.dep_ in ("compound", "amod", "poss", "nmod", "det"))]
    measured = verb.lemma_.lower() in _MEASURING_VERBS and unsaid and subject.tag_ != "PRP" and not any(
        t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in own) and lemma not in HAPPENINGS
    if passive and (measured or (verb.lemma_.lower() in _METHOD_VERBS and lemma in _STUDY_MATTER
                                 and not any(t.pos_ in ("NUM", "PROPN") for t in subject.subtree))):
        return f'tells a method: "{subject.text} {" ".join(t.text for t in verb_group_of(verb))}"'
    if lemma in ("author", "investigator", "researcher", "scientist") or subject.lower_ in ("team",):
        if verb.lemma_.lower() in _AUTHOR_ASIDES and lemma == "author":
            return f'an aside of the authors: "{subject.text} {verb.text}"'
        if verb.lemma_.lower() in _MEASURING_VERBS and not any(
                c.dep_ == "ccomp" for c in verb.children):
            return f'tells a method: "{subject.text} {verb.text}"'
    if lemma in _RESEARCH_NOUNS and verb.lemma_.lower() in ("aim", "seek", "set", "attempt", "try"):
        return f'tells an aim: "{subject.text} {verb.text}"'
    return None


#: The cues of a sentence that opens a feature or reprints a paper's methods: it tells no news, so
#: a headline candidate with one loses to one that does (see :mod:`newsbrief.headline`).
NO_NEWS_MARKS: Mapping[str, Mark] = {
    "feature_lede": feature_lede,
    "paper_method": paper_method,
}


def no_news_marks(doc: Doc) -> tuple[str, ...]:
    """The names of the :data:`NO_NEWS_MARKS` a sentence has, in their order."""
    return tuple(name for name, mark in NO_NEWS_MARKS.items() if mark(doc) is not None)
