"""The event's main named entities, most widely reported first, their mentions merged on a normalised name.

Names are counted in *stories*, not articles (see :mod:`newsbrief.facts`). spaCy's labels are corrected
by the mentions of the event: a surname of a full name is that person's, a name tagged several
ways takes the kind most of its mentions give, and a full name counts the mentions of its parts said
alone. A partial name (a first name, a surname, a full name without its middle name) is folded
into the full name it is part of. The reporters of bylines, photo credits, spans cut at punctuation
or across a page title, and a span spaCy cut out of a longer name of the event are left out.

spaCy's other labels vote too: a name most of whose mentions it calls a product, a work or a law
("Oculus Rift") is listed as one, and one it calls a people ("Nevadan") is not listed. The words of a
name correct its kind too (a person's span ending "Islands" or "Drive" is a place, one ending "Klan" or
"Department" a body, "USS ..." a ship, "... Fever" a disease, "... Act" a law), and so does a person's
family (a first name and the surname of people of the event). Words a page shouts in capitals
("ABSOLUTELY", "FREE STORM") and a common word only ever written to begin a sentence are no names; one
name written two ways ("Di Caprio" and "DiCaprio", "U.S. Senate" and "Senate", a plural, "Ala." and
"Alabama") and a short first name ("Leo") or surname ("Zuck") are listed once. A document ("See PDF",
"... Fact Sheet"), a compass point ("NE") and an interview's "Q." are no names, and an outlet's
possessive before a person's name is not hers.

The words around a mention vote on its kind too: a work's noun before a name ("his memoir Honor Bound") makes
it a work, quotation marks around a person's span ("‘Foxy Knoxy’") a nickname or a title that is listed as no
one, "dubbed" or "nicknamed" before it the person named just before, and an honorific or office before or after
a span tagged a body ("chief Yvo de Boer", "Yvo de Boer, the U.N.'s climate chief,") a person; a surname with its
particle said alone ("de Boer") counts for the full name. A body every mention of which is the source a story
cites ("told NBC News", "NBC News reported", "(Associated Press)") is an outlet, no actor, and is not listed;
nor is an acronym's or a place's "'s" ("NBC’s", "Thailand's") shown. An award's name ("Grammy-nominated", "won a
Grammy") is an award, a music group's ("the band Wilco", "Wilco's drummer", "Wilco's new album") a body, and a
span after a person's occupation ("guitarist Nels Cline") a person, whatever spaCy tags them. A common word the
event writes in lower case at least twice as often as it names it ("Tsunami") is no place, and a page title's names
and verb ("Kate Upton Breaks Engagement News") no body.
Measured on the hand-judged lists of tests/entities_gold.py (benchmarks/entity_accuracy.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from newsbrief.model import Entity, RankedEntity, Sentence
from newsbrief.nlp import KIND_LABELS, STATES
from newsbrief.sources import story_count

# Titles that precede a name but are not part of it ("Mr. Putin" is Putin).
_HONORIFIC = re.compile(r"^(mr|mrs|ms|dr|gen|president|prime minister|king|queen|sen|rep)\.?\s+", re.IGNORECASE)
# Titles the NER model takes into a person's span ("Prof Adrian Owen", "Clerk Kim Lehmkuhl",
# "Councilman Jack Weir"): read off a person's name, not off a body's ("Coach Inc.").
# Roles and occupations written before a name go too ("Musician Brad Fischetti", "Actress Ana Lind"); not the
# words that begin names as often ("Lady Gaga", "Dean Martin", "Star Jones", "Father John Misty").
# Military ranks go too ("Airman Ivan Cooper").
_TITLE = re.compile(r"^(?:prof|professor|gov|governor|senator|mayor|judge|justice|clerk|council(?:wo)?man|councill?or|"
                    r"officer|sgt|sergeant|det|detective|lt|capt|captain|col|adm|chancellor|minister|secretary|"
                    r"airman|seaman|cpl|corporal|spc|lieutenant|colonel|general|"
                    r"ambassador|rev|reverend|sheriff|deputy|chief|coach|musician|singer|songwriter|rapper|actor|treasurer|"
                    r"actress|comedian|director|producer|author|writer|novelist|poet|artist|designer|model|host|"
                    r"anchor|journalist|reporter|photographer|chef|pastor|bishop|rabbi|imam|lawyer|attorney|"
                    r"nurse|pilot|founder|ceo|chairman|chairwoman|spokesman|spokeswoman|spokesperson|analyst|"
                    r"researcher|scientist|economist|historian|commissioner|superintendent|prosecutor)\.?\s+(?=[A-Z])",
                    re.IGNORECASE)
# A nickname in quotes within a name ("Harold 'Devin' Lima" is Harold Lima).
_NICKNAME = re.compile(r"\s+[\"'‘“]([^\"'‘“’”]+)[\"'’”](?=\s|$)")
# Punctuation a span was cut at: "University of California," (of "University of California, Berkeley").
# Quotation marks a span took in ("‘Foxy Knoxy’") are cut off too: no name begins or ends with one.
_CUT = re.compile(r"[\s,;:–—”\"’'-]+$")
_QUOTES_OPENING = re.compile(r"^[“‘\"]+")
# Two people written as one span ("George and Marie").
_AND = re.compile(r"\s+(?:and|&)\s+")
# The last word of a street's name: "Perry St." and "Powell Drive" are no people, and "Daly" of "Daly
# Street" is no name.
_STREET = re.compile(r"\s(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Lane|Drive|Row)$")
# The last word of a landform's name, when a span is tagged a person or a body ("Orkney Islands", "Cromarty
# Firth"). Not "Park", "Bay" or "Lake", the surnames of people ("Chan-Wook Park", "Michael Bay", "Ricki Lake").
_LANDFORM = re.compile(r"\s(?:Islands?|River|Firth|Peninsula|Strait|Mountains)$")
# What names a body, not a person, when a span tagged a person ends with it ("Ku Klux Klan", "Acme Holdings
# Inc."); a span with "&" is left to be split as two people's ("Simon & Garfunkel"; see _names).
_INSTITUTIONS = ("Agency", "Association", "Bureau", "Committee", "Commission", "Company", "Council", "Department",
                 "Foundation", "Institute", "Society")
_BODY = re.compile(rf"\s(?:Inc\.?|Corp\.?|Co\.|LLC|Ltd\.?|{'|'.join(_INSTITUTIONS)}|University|College|Party|Klan)$")
# The last word of a body's name, cut off a span now and then ("Anaheim Police" of "Anaheim Police Department").
_BODY_WORD = re.compile(rf"\s(?:{'|'.join(w.lower() for w in _INSTITUTIONS)}|office|service|authority|board)$")
# A span of one name said twice ("Timothy Poole Timothy Poole", a page's caption beside its text).
_TWICE = re.compile(r"^(?P<name>\S+(?:\s\S+)+)\s(?P=name)$")
# A common word spaCy took into a place's span after its name ("Aceh province", "Ohio state").
_PLACE_COMMON = re.compile(r"(?<=\w)\s[a-z]+$")
# The last word of a son's name: "Donald Trump Jr." is not Donald Trump.
_GENERATION = re.compile(r"\s(?:jr\.?|sr\.?|ii|iii|iv)$")
# What parts a name's words: "Jenni Lowe-Anker" holds "Anker".
_WORDS = re.compile(r"[\s-]+")
# A leading "the", of a name as merged ("The National Post" is the National Post).
_THE = re.compile(r"^(?:the|an?)\s+")
# Not a body, person or place: an address ("428 Daly St."), a rating or a model ("EF-5", "F-16").
_NO_ENTITY = re.compile(r"^\d+\s|^[A-Z]{1,3}-\d+$")
_POSSESSIVE = re.compile(r"[’']s$|(?<=s)[’']$")
# The article spaCy takes into a name's span ("the Indiana State Police", "An American Civil Liberties
# Union" opening a sentence); a capital "The" is part of the name ("The New York Times").
_ARTICLE = re.compile(r"^(?:the|an?|An?)\s+(?=[A-Z])")
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
# What no name holds: a web address, a handle, an opening possessive or punctuation, a bracket, slash or
# quote (a span cut wrong: "Lil Wayne WEEZY F (", "Janet] Napolitano"; a photo credit "AP Photo/Ann Lee").
_NO_NAME = re.compile(r"""https?:|www\.|\.com\b|@|%|^[\W_]|[’']s\b(?=\s)|[\[\](){}/|\\"“”]""")
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
# The lower-case words of people's names: "Osama bin Laden", "F.W. de Klerk", "Ludwig van Beethoven".
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "du", "del", "della", "der",
                             "den", "des", "van", "von", "la", "le", "dos", "das", "ter", "ten", "zu", "y", "e"})
# Place entities (figures of sentences naming different places count different happenings).
PLACES = frozenset({"GPE", "LOC", "FAC"})
# What may open a sentence before its first word.
_OPENING_MARKS = " \"“‘'(["
# Kinds of names a mention may be mistaken between (a surname tagged as a place or a body).
_NAMED = frozenset({"PERSON", "ORG", *PLACES})
# What spaCy calls things, not actors: a headset, a film, an act. Their mentions vote on a name's kind
# together (spaCy tags one headset a product, a work and a law by turns), and a name most of whose
# mentions call it a thing is listed as one; in this order on a tie (spaCy's small model tags any
# capitalised phrase a law now and then, a product more rarely).
_THING_ORDER = ("PRODUCT", "WORK_OF_ART", "LAW")
# The labels whose mentions vote on a name's kind; NORP (a people: "Nevadan", "Aboriginal") only
# votes, a name voted one is no actor and is not listed.
_VOTED = frozenset({*_NAMED, "EVENT", "AWARD", *KIND_LABELS})
# A ship's prefix: "USS Fitzgerald" is no person ("MS" and "MV" only before a name: "MV Sewol").
_SHIP = re.compile(r"^(?:The\s+)?(?:USS|USNS|USCGC|HMS|HMAS|HMCS|HMNZS|RMS|MV|MS)\s+[A-Z]")
# The last word of a law's name: "Ethics in Government Act" is no body ("ACA" spells it: see _spelled_out).
# A document's too, agreed or drafted: "Bali Roadmap", "Kyoto Protocol", "Oslo Accords", "Marshall Plan" (a span
# tagged a person or a body; the reading is listed as a law, spaCy's kind for named documents).
_LAW = re.compile(r"\s(?:Act|Amendment|Roadmap|Treaty|Accords?|Protocol|Agreement|Plan|Doctrine|Declaration|Charter)$")
# The last word of a building's or a site's name, when a span is tagged a person ("Heathrow Airport").
_FACILITY = re.compile(r"\s(?:Airport|Station|Stadium|Arena|Bridge|Hospital)$")
# A storm's name, tagged a person now and then ("Hurricane Georges"); not "Storm" alone ("Storm Reid").
_STORM = re.compile(r"^(?:Hurricane|Typhoon|Super Typhoon|Cyclone|Tropical Storm|Tropical Depression)\s+[A-Z]")
# The last word of a disease's name: "Rocky Mountain Spotted Fever" is no body.
_DISEASE = re.compile(r"\s(?:Fever|Disease|Syndrome|Virus|Flu)$")
# A document or a link to one, not a thing of the event: "See PDF", "... Fact Sheet".
_DOCUMENT = re.compile(r"^(?:PDF|DOCX?|JPE?G|PNG|GIF|MP[34]|HTML?|XML|CSV|XLSX?|PPTX?)$|\sFact ?[Ss]heets?\b|\sFAQs?$")
# A page's labels and links, taken for a name: "Cast & Credits", "All Access", "The Archives" are made of these
# words only (one at least of the second line).
_PAGE_WORDS = re.compile(r"(?:(?:the|all|more|top|and|&|"
                         r"access|cast|credits|archives?|related|comments|newsletters?|subscribe|share|advertisement|"
                         r"sponsored|trending|videos?|photos?|gallery|sections|menu|latest|updates)(?:\s+|$))+",
                         re.IGNORECASE)
_PAGE_WORD = re.compile(r"\b(?:access|cast|credits|archives?|related|comments|newsletters?|subscribe|share|"
                        r"advertisement|sponsored|trending|videos?|photos?|gallery|sections|menu|latest|updates)\b",
                        re.IGNORECASE)
# The kinds a name an acronym spells may have beside a person's, place's or body's: "RMSF" tagged a body is
# the disease "Rocky Mountain Spotted Fever".
_NAMED_ALSO = frozenset({"NORP", "EVENT", "SHIP", "DISEASE", *_THING_ORDER})
# A compass point written short ("winds from the NE"), tagged a place.
_COMPASS = frozenset({"N", "S", "E", "W", "NE", "NW", "SE", "SW", "NNE", "ENE", "ESE", "SSE", "SSW", "WSW", "WNW",
                      "NNW"})
# An interview's markers of question and answer, taken into a name's span at a sentence's start
# ("Q. Mobil was ..."); "A." only where the event has a "Q." (not the "A." of "A. Philip Randolph").
_MARKER = re.compile(r"^(?P<mark>[QA])\.\s+(?=[A-Z])")
# What the words around a mention say of its kind (see _cued). A work's noun before a name makes it the
# work's title ("his memoir Honor Bound", "the film 'Jackie'"); not "report", "plan" or "show", written before
# the subject of a clause as often ("the plan Romney proposed", "polls show Obama ahead"), unless the name is
# quoted ("the report 'Hidden Costs'"). A nickname introduced ("dubbed Slick Willie") is the person named before
# it; a span tagged a person in quotes ("‘Foxy Knoxy’", "“Mighty Aphrodite,”") is a nickname or a title, no
# person's mention. A person's honorific or office before a span tagged a body or a place makes it a person
# ("chief Yvo de Boer"), and so does an office given after it (_OFFICE_AFTER).
_WORK_BEFORE = re.compile(r"\b(?:book|memoir|novel|biography|autobiography|film|movie|documentary|album|song|sitcom|"
                          r"comedy|musical|opera|poem|essay|titled|entitled),?\s+$", re.IGNORECASE)
_QUOTED_WORK_BEFORE = re.compile(r"\b(?:report|study|show|series|play|program|programme|podcast|column|single|"
                                 r"plan|paper|campaign|exhibition|game|app),?\s+$", re.IGNORECASE)
_QUOTED_LAW_BEFORE = re.compile(r"\b(?:treaty|accord|act|bill|law|agreement|protocol|roadmap|resolution|doctrine|"
                                r"declaration|charter)\s+$", re.IGNORECASE)
# Not "known as", which names groups and places as often ("The youth group is known as Akron PeaceMakers").
_NICKNAME_BEFORE = re.compile(r"\b(?:dubbed|nicknamed|aka|a\.k\.a\.)\s+$", re.IGNORECASE)
_PERSON_BEFORE = re.compile(r"(?:^|\s)(?:mr|mrs|ms|dr|sir|dame|lord|lady|chief|secretary|minister|president|senator|"
                            r"sen|rep|gov|governor|mayor|judge|spokesman|spokeswoman|professor|prof|sgt|lt|capt|"
                            r"officer|detective)\.?\s+$", re.IGNORECASE)
# A spokesman named in apposition ("An ANC spokesman, Thabo Masebe, said", "A spokesman for the party, Thabo
# Masebe,"), or a span tagged a body that says "he" or "she" of itself ("Thabo Masebe said he believed"; a body
# says "it"): a person's. Not a place ("reached in London, said he", the place of a person named before).
_APPOSED_BEFORE = re.compile(r"\b(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|lawyer|attorney)"
                             r"(?:\s+(?:for|of|to)\s+(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+)?)?,\s+$", re.IGNORECASE)
_SAYS_HE_AFTER = re.compile(r"^\s+(?:said|says|added)\s+(?:that\s+)?(?:he|she)\b")
# Not after a preposition: the place or body a person is of or at ("Grant Niemann of Australia said he").
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|at|in|from|for|with|by|to|on|and)\s+(?:the\s+)?$", re.IGNORECASE)
# An occupation written in lower case before a span tagged a body or a place ("Wilco's ace guitarist Nels Cline"):
# a person's. Not "coach" or "director", written before a team or a body as often.
_OCCUPATION_BEFORE = re.compile(r"(?:^|\s)(?:guitarist|singer|songwriter|drummer|bassist|keyboardist|rapper|actor|"
                                r"actress|comedian|novelist|author|photographer|chef|pastor|lawyer|attorney|astronaut|"
                                r"economist|historian|scientist|researcher|prosecutor|quarterback|goalkeeper)\s+$")
# An outlet's noun before its name ("the newspaper Expressen", "the daily Haaretz"): a body, whatever spaCy tags it.
_OUTLET_NOUN = (r"\b(?:newspaper|daily|tabloid|magazine|weekly|broadcaster|news agency|wire service|tv station|"
                r"television station|radio station|channel)\s+(?:the\s+)?$")
_QUOTED_IN = r"\bquoted (?:as saying )?(?:by|in)\s+(?:the\s+)?$"
# A body named as the source of a report, not an actor of the event. Some frames say it is an outlet ("in an
# interview with the BBC", "NBC News reported", "NBC’s legal analyst", "wrote in Slate"); others only that it
# was told or cited, as an outlet or the police may be ("told CNN", "according to Xinhua", "spoke to police").
# A body every mention of which is so framed, once at least as an outlet, is one that the stories quote.
_OUTLET_BEFORE = re.compile(r"(?:\b(?:interview with|said on|reported by|wrote in|writes in|writing in|published by|"
                            r"broadcast by|carried by|appeared on|aired on|first reported by)|contributing:)\s+"
                            r"(?:the\s+)?(?:official\s+)?$|" + _OUTLET_NOUN + "|" + _QUOTED_IN, re.IGNORECASE)
# The frames that make a span tagged a person or a place an outlet (not "reported by France", a country's report).
_OUTLET_KIND = re.compile(_OUTLET_NOUN + "|" + _QUOTED_IN, re.IGNORECASE)
_OUTLET_AFTER = re.compile(r"^\s*(?:reported|reports|has reported|first reported)\b|^\s+in an interview\b|"
                           r"^\s+(?:[\w-]+\s+){0,2}(?:correspondent|reporter|reporters|anchor|columnist|photographer)\b|"
                           r"^[’']s?\s+(?:[\w-]+\s+){0,2}(?:analyst|correspondent|reporter|reporters|anchor|host|editor|"
                           r"columnist|writer|contributor|photographer|reporting|interview|program|programme|show|"
                           r"broadcast|website|tweet|story|article|headline|gallery)\b")
_CITED_BEFORE = re.compile(r"\b(?:told|tells|telling|according to|speaking to|spoke to|spoke with|quoted by|cited by)"
                           r"\s+(?:the\s+)?$", re.IGNORECASE)
# An office given after a name ("Yvo de Boer, the U.N.'s climate change chief, said", "..., Executive Secretary of
# the ..."): the office's word ends the apposition or is "of" another body's (not "Apple, the firm's chief executive").
_OFFICE_AFTER = re.compile(r"^,\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,5}(?:chief|head|secretary|spokesman|spokeswoman|"
                           r"minister|president|director|chairman|chairwoman|ambassador|envoy|commissioner)"
                           r"(?=[,.]|\s+(?:of|at|for)\b)", re.IGNORECASE)
_OWNS = re.compile(r"^[’']s?\b")
# An award's name, tagged a person or a body now and then: "Grammy-nominated", "the Pulitzer Prize" written
# "Pulitzer prize", "won a Grammy" (not "won Ohio": read off a place's span), "Oscar nomination". Not "X nominee"
# or "X winner", a person's candidate as often ("Trump nominee"); a full name's surname stays its person's.
_AWARD_AFTER = re.compile(r"^s?(?:-(?:nominated|winning|winner)\b|\s+(?:awards?|prizes?|trophy|trophies|medals?|"
                          r"nominations?)\b)", re.IGNORECASE)
_AWARD_BEFORE = re.compile(r"\b(?:won|wins|win|winning|awarded|earned|received|receiving)\s+(?:an?|the|two|three|four|"
                           r"five|six|seven|eight|nine|ten|\d+|his|her|their|its)?\s*$", re.IGNORECASE)
# A music group, tagged a person now and then ("Wilco"): written after "the band", or with its members after its
# possessive ("Wilco's ace guitarist", "Oasis's frontman"), or a one-word name with its album or label ("Wilco's
# new album"; a singer known by one name has them too, and her other mentions outvote these).
_GROUP_BEFORE = re.compile(r"\b(?:band|rock group|pop group|boy band|girl group|duo|trio|quartet)\s+$", re.IGNORECASE)
_GROUP_AFTER = re.compile(r"^[’']s?\s+(?:[\w-]+\s+){0,2}(?:frontman|frontwoman|lead singer|lead vocalist|bandmates?|"
                          r"band members?|drummer|bassist|guitarist|keyboardist)\b", re.IGNORECASE)
# A business tagged a person: its name before a shop's noun after an article ("a Staples store", "the Brookstone
# retailer"), or after a business's noun ("a medical laboratory company, Damon,", "the retailer Brookstone").
_SHOP_AFTER = re.compile(r"^\s+(?:store|stores|retailer|retailers|chain|company|firm|brand|shop|shops|outlet|outlets|"
                         r"restaurant|restaurants|franchise|supermarket|supermarkets)\b")
_SHOP_BEFORE = re.compile(r"\b(?:company|firm|retailer|chain|brand|startup|supermarket)(?:,\s+|\s+)$")
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:a|an|the|The|A|An)\s+$")
_RECORDS_AFTER = re.compile(r"^[’']s?\s+(?:[\w-]+\s+)?(?:album|record label|label)\b", re.IGNORECASE)
_OPENING_QUOTE = re.compile(r"(?:^|[\s(\[])[\"“‘']$")
_CLOSING_QUOTE = re.compile(r"^[.,!?]?[\"”’'](?:$|[\s.,;:!?)\]])")
# A possessive before a name of two words or more: "ABC News' Linsey Davis" (see _owned).
_OWNER = re.compile(r"^(?P<owner>\S.*?)[’']s?\s+(?=(?:[A-Z][\w.’'-]*\s+)+[A-Z][\w’'-]+$)")


#: How many entities a brief lists.
LISTED_ENTITIES = 15


def rank_entities(
    sentences: Sequence[Sentence], story_of: Mapping[str, str], limit: int = LISTED_ENTITIES
) -> tuple[RankedEntity, ...]:
    """The event's main named entities, most widely reported first.

    Mentions are merged on a normalised name: honorifics, roles, possessives and Arabic article
    particles dropped ("Mr. Assad's", "Bashar Assad", "Bashar al-Assad", "Musician Brad Fischetti"),
    official names folded into common ones ("Russian Federation" into "Russia"), a leading "the"
    dropped ("the Indiana State Police", "The National Post"), a person's partial name folded into the
    full name used elsewhere ("Putin" and "Vladimir" into "Vladimir Putin", "Jing Xu" into "Alison
    Jing Xu", "Khuram Butt" into "Khuram Shazad Butt") and a body's first words into the one longer
    name they begin ("Bain" into "Bain Capital"). A span spaCy cut out of a longer name of the event
    ("Us" of "Us Weekly", "Daly" of "Daly Street") is no mention of its own, and a span of two
    people ("George and Marie") is two mentions, as is a span of two names of the event run together at
    a comma. Words shouted in capitals and common words that only begin sentences are no mentions
    (see :func:`_shouted`); names written two ways are one (see :func:`_same_name`), and a short first
    name is the one full name it begins ("Leo" of "Leonardo DiCaprio").
    """
    voting = sentences
    # the mentions listed: spaCy's products, works, laws and peoples only vote on the kinds of names
    sentences = [replace(s, entities=tuple(e for e in s.entities if e.label not in KIND_LABELS)) for s in voting]
    # the event's spans by their first word, for a span's longer names to be found at once
    spans: dict[str, set[str]] = defaultdict(set)
    for entity in (entity for s in sentences for entity in s.entities):
        spans[_first_word(entity.text.strip())].add(entity.text.strip())
    # spaCy tags a surname as a place or a body now and then ("Pinochet" as GPE, "Tweedy" as ORG), and
    # a place as a person ("Grozny"): the surname of a full name in the event is that person's; another
    # name tagged several ways takes the kind most of its mentions have (the first seen on a tie).
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    interview = any(s.text.startswith("Q.") for s in sentences)
    for sentence in voting:
        for entity in sentence.entities:
            if entity.label in _VOTED and not _inside_longer(entity.text.strip(), sentence.text, spans):
                said = _cued(entity, sentence.text)
                # a quoted span of a person's votes a title's kind ("in “Mighty Aphrodite,”"), and is not listed
                label = {"NICKNAME": "PERSON", "QUOTED": "WORK_OF_ART"}.get(said or "", said or entity.label)
                for name in _names(_unmarked(entity.text, sentence.text, interview), label):
                    votes[_key(name)][label] += 1
    kind = _kinds(votes)
    kind_of = {name: kind.get(name, _most(count)) for name, count in votes.items()}
    people = {name for name, label in kind_of.items() if label == "PERSON"}
    lower_case = _lower_case_words(sentences)
    # words written with a capital inside a sentence ("Dora" of "Mount Dora"; not "Who" that opens a question)
    capitalised = Counter(word for s in sentences for word in re.findall(r"(?<=[\w,;] )[A-Z][a-z]+\b", s.text))
    # a one-word name every sentence writing it begins with ("Neurologist ...", "Unofficial ...") is no name
    # when the event writes it in lower case as often ("Parliament voted." twice beside one "the parliament"
    # stays)
    opening: Counter[str] = Counter()
    written_in: Counter[str] = Counter()
    for sentence in sentences:
        for word in {entity.text.strip() for entity in sentence.entities if " " not in entity.text.strip()}:
            written_in[word] += len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", sentence.text))
            opening[word] += sentence.text.lstrip(_OPENING_MARKS).startswith(word)
    # the names written other than in capitals: "MIAMI" of a dateline is the Miami of the text
    plain = Counter(_key(entity.text) for s in sentences for entity in s.entities if not entity.text.isupper())
    # the words of people's full names: a place named like a common word and a surname ("Rice") is kept
    name_words = {word for name in people if " " in name for word in name.split()}
    sentence_word = {word for word, count in written_in.items()
                     if count and opening[word] == count and lower_case[word.casefold()] >= count}
    groups = {entity.text.strip().casefold() for s in voting for entity in s.entities if entity.label == "NORP"}
    named = Counter(_key(entity.text) for s in sentences for entity in s.entities)
    forms: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)  # the most used one is shown
    articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    mentions: dict[tuple[str, str], int] = defaultdict(int)
    # a nickname ("dubbed Slick Willie") names the person last named before it in its article
    last_person: dict[str, tuple[str, str]] = {}
    nicknamed: dict[tuple[str, str], Counter[tuple[str, str] | None]] = defaultdict(Counter)
    cited: Counter[tuple[str, str]] = Counter()  # a body's mentions as the source of a report
    outlet: Counter[tuple[str, str]] = Counter()  # and those of them that say it is an outlet
    for sentence in sentences:
        if _BYLINE.search(sentence.text):  # the reporters of a story are not its actors
            continue
        for entity in sentence.entities:
            if (_inside_longer(entity.text.strip(), sentence.text, spans) or entity.text.strip() in sentence_word
                    or _shouting(entity.text.strip(), sentence.text)):
                continue
            said = _cued(entity, sentence.text)
            if said == "QUOTED":
                continue
            spoken = "PERSON" if said == "NICKNAME" else said or entity.label
            for name in _parts(_names(_unmarked(entity.text, sentence.text, interview), spoken), named):
                label = spoken
                if label in _VOTED:
                    label = kind.get(_key(name), label)
                if label == "NORP" or name in _COMPASS or _DOCUMENT.search(name) or _page_label(name):
                    continue
                if (label in _NAMED or label in _THING_ORDER) and _SHIP.search(name):  # "The" opens a sentence
                    name, label = re.sub(r"^The\s+", "", name), "SHIP"
                if label in _NAMED and _STORM.search(name):
                    label = "EVENT"
                if label in _NAMED and _DISEASE.search(name):
                    label = "DISEASE"
                if label in _NAMED and _LAW.search(name):
                    label = "LAW"
                if label == "PERSON" and _FACILITY.search(name):
                    label = "FAC"
                if label in ("PERSON", "ORG") and _LANDFORM.search(name):
                    label = "LOC"
                if label == "PERSON" and _BODY.search(name):
                    label = "ORG"
                if label == "PERSON":
                    name = _owned(name, people, kind_of)
                    name = _trimmed(name, people, lower_case, groups)
                if label in _NAMED and _STREET.search(name):
                    label = "FAC"
                if _shouted(name, lower_case, capitalised) and not plain[_key(name)]:
                    continue
                # A common word's name is no name when the event writes the word in lower case more often
                # than it names it: a body's always ("Terminal"); a place's or another thing's ("Tsunami" of
                # "Tsunami toll passes 80,000" beside forty "tsunami") only when at least twice as often and
                # it is no word of a person's full name, since "Turkey" costs more when lost; a person's never
                # ("McKinney's father, Bill," beside six "bill"). Names and a verb after them ("Kate Upton
                # Breaks Engagement News") are a headline's words.
                common_word = lower_case[name.casefold()] > named[_key(name)] if label == "ORG" else (
                    label != "PERSON" and _common_word(name, lower_case, named, name_words))
                if _headline_fragment(name, people, _title_case(sentence.text)) or not _is_name(
                        name, common_word, label == "PERSON"):
                    continue
                common = ALIASES.get(name.casefold())
                if common is not None:
                    name, label = common, "GPE"
                if label in PLACES and name.casefold() in STATES:
                    name = STATES[name.casefold()]
                # "U.N." and "UN" are one name; so are "The National Post" and "National Post".
                folded = name.replace(".", "") if _ACRONYM.fullmatch(name) else name
                key = (_THE.sub("", PARTICLE.sub("", _plain(folded))), label)
                forms[key][name] += 1
                articles[key].add(sentence.article_id)
                mentions[key] += 1
                if label == "ORG" and (source := _sourced(entity, sentence.text)):
                    cited[key] += 1
                    outlet[key] += source == 2
                if label == "PERSON" and said == "NICKNAME":
                    nicknamed[key][last_person.get(sentence.article_id)] += 1
                elif label == "PERSON":
                    last_person[sentence.article_id] = key

    def fold(key: tuple[str, str], into: tuple[str, str]) -> Counter[str]:
        """Count a name's mentions as another's; its forms are returned, for the caller to keep or not."""
        articles[into] |= articles.pop(key)
        mentions[into] += mentions.pop(key)
        cited[into] += cited.pop(key, 0)
        outlet[into] += outlet.pop(key, 0)
        return forms.pop(key)

    # A name written as a nickname at least as often as not is the person it names, or none when no person
    # was named before it; its forms are not shown.
    for key, named_as in sorted(nicknamed.items()):
        if key in forms and 2 * sum(named_as.values()) >= mentions[key]:
            target = max(named_as, key=lambda k: (named_as[k], k is not None, k or ("", "")))
            if target is not None and target != key and target in forms:
                fold(key, target)
            else:
                articles.pop(key), mentions.pop(key), forms.pop(key)
    for key in sorted(forms, key=lambda k: (len(k[0]), k[0]), reverse=True):
        bare = (_INITIAL.sub("", key[0]), key[1])
        # Folded only into the same name without its initial, and only when one initial maps there
        # ("George H. W. Bush" and "George W. Bush" are two people).
        ends = bare[0].split()[0], bare[0].split()[-1]
        if key[1] == "PERSON" and bare != key and bare in forms and sum(
                k[1] == "PERSON" and (k[0].split()[0], k[0].split()[-1]) == ends for k in forms) == 2:
            forms[bare].update(fold(key, bare))
    # the names of each kind by their words, for a name's longer forms to be found at once
    by_word: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for key in forms:
        for word in _WORDS.split(key[0]):
            by_word[word, key[1]].add(key)
    # "Mr. Clinton" beside "Mrs. Clinton": the surname said alone is two people's, folded into neither
    shared = _shared_surnames(sentences)
    for key in sorted(forms, key=lambda k: (len(k[0]), k[0])):
        full = None if key[1] == "PERSON" and key[0] in shared else _full_name(key, forms, by_word, mentions)
        if full is None:
            continue
        # A surname or first name is not shown, nor "Mona Lisa" or "bin Laden" for "Mona Lisa Harding" or
        # "Osama bin Laden"; of a full name and one with a word before it, the one most written is
        # ("Adolf Eichmann" over "Nazi Adolf Eichmann", a span taken too wide).
        written = fold(key, full)
        if " " in key[0] and full[0].endswith(" " + key[0]) and all(form[:1].isupper() for form in written):
            forms[full].update(written)
    # One name written two ways: "Leonardo Di Caprio" is the Leonardo DiCaprio said more often, "U.S.
    # Senate" the Senate, "Apple Support Forums" the Apple Support Forum; shown as that one is written.
    for key in sorted(forms, key=lambda k: (mentions[k], k[0])):
        other = _same_name(key, forms, mentions) if key in forms else None
        if other is not None:
            fold(key, other)
    # "Harold 'Devin' Lima" says Devin Lima is Harold Lima: one person, shown as most written.
    for nickname, given in sorted(_nicknamed(sentences)):
        if (nickname, "PERSON") in forms and (given, "PERSON") in forms:
            forms[given, "PERSON"].update(fold((nickname, "PERSON"), (given, "PERSON")))
    # a person's short first name ("Josh", "Tim", "Leo") for the only full name whose first name it begins,
    # when no full name of the event has it for its first name ("Jon" of "Jonathan Ross" beside "Jon Snow"),
    # and a short surname ("Zuck" of "Mark Zuckerberg") so, of four letters or more
    firsts = {k[0].split()[0] for k in forms if k[1] == "PERSON" and " " in k[0]}
    for key in sorted(forms):
        if key[1] == "PERSON" and " " not in key[0] and len(key[0]) >= 3 and key[0] not in firsts | shared:
            longer = [k for k in forms if k[1] == "PERSON" and " " in k[0] and (k[0].split()[0].startswith(key[0])
                      or (len(key[0]) >= 4 and k[0].split()[-1].startswith(key[0])))]
            if len(longer) == 1:
                fold(key, longer[0])
    # a ship's name said without its prefix ("the Fitzgerald" of "USS Fitzgerald"), when one ship has it
    for key in sorted(forms):
        ships = [k for k in forms if k[1] == "SHIP" and " " not in key[0] and k[0].split(maxsplit=1)[1] == key[0]]
        if key[1] in _NAMED and len(ships) == 1:
            fold(key, ships[0])
    # a storm's name said without its prefix ("Georges" of "Hurricane Georges"), when one storm has it
    storms = [k for k in forms if k[1] == "EVENT" and any(_STORM.search(form) for form in forms[k])]
    for key in sorted(forms):
        named_for = [k for k in storms if " " not in key[0] and k[0].split()[-1] == key[0]]
        if key[1] in _NAMED and len(named_for) == 1:
            fold(key, named_for[0])
    for key in sorted(forms):
        spelled = _spelled_out(key, forms)
        if spelled is not None:
            fold(key, spelled)  # "UN" is shown as "United Nations"
    # an outlet or wire only ever cited, once at least as an outlet ("told AP", "Xinhua reported", "(Associated
    # Press)"; "AP" counted as the Associated Press), is no actor of the event
    for key in sorted(cited):
        if key in forms and cited[key] >= mentions[key] and outlet[key]:
            articles.pop(key), mentions.pop(key), forms.pop(key)
    names = {key: max(found, key=lambda form: (found[form], len(form), form)) for key, found in forms.items()}

    def stories(key: tuple[str, str]) -> int:
        return story_count(articles[key], story_of)

    ranked = sorted(names, key=lambda k: (-stories(k), -mentions[k], names[k]))[:limit]
    order = {article: n for n, article in enumerate(dict.fromkeys(s.article_id for s in sentences))}
    text = "\n".join(s.text for s in sentences)
    return tuple(
        RankedEntity(_as_written(names[k], text) if k[1] in ("ORG", "FAC") else names[k], k[1], stories(k), mentions[k],
                     tuple(sorted(articles[k], key=lambda a: order[a])))
        for k in ranked
    )


def _as_written(name: str, text: str) -> str:
    """A name with the "'s" the articles always write after it: a business named for its founder
    ("McDonald’s", "Hardee's") is not its owner's possessive, as "Putin's" is; nor is an acronym's ("NBC’s"
    is NBC's, however often so written). Read for bodies and sites only (a place's or a person's "'s" is
    always a possessive)."""
    if _ACRONYM.fullmatch(name):
        return name
    written = text.count(name)  # counted as part of longer words too: such a name keeps no "'s"
    for owned in (name + "’s", name + "'s"):
        if written >= 2 and text.count(owned) == written:
            return owned
    return name


def _cued(entity: Entity, sentence: str) -> str | None:
    """The kind the words around a mention of a person, body or place give it, or None when they say
    nothing: a work (``WORK_OF_ART``) after a work's noun ("his memoir Honor Bound"), or quoted after a noun
    of a report or show ("the report 'Hidden Costs'"); a law quoted after a document's noun ("the treaty
    'New Start'"); ``NICKNAME`` for a person's span introduced as one ("dubbed Slick Willie"); ``QUOTED``
    for one quoted, a nickname or a title alike ("the caricature that is 'Foxy Knoxy'", "'Patch Adams' and
    'Jumanji'"), which is no mention of a person; a person for a body's or place's span after an honorific
    or office before or after it ("Mr. de Boer", "chief Yvo de Boer", "Yvo de Boer, the U.N.'s climate chief,");
    a body for an outlet's span so framed ("the newspaper Expressen", "quoted as saying in Expressen");
    ``AWARD`` for a person's or body's span named as an award ("Grammy-nominated", "won a Grammy", "the Grammy
    awards"), a body for a person's span named as a music group ("the band Wilco", "Wilco's ace guitarist",
    "Wilco's new album") or a business ("a Staples store", "the company, Damon,"), and a person for a body's
    or place's span after an occupation ("guitarist Nels Cline"), in apposition to a spokesman ("An ANC
    spokesman, Thabo Masebe,"), and for a body's span saying "he" or "she" of itself ("Thabo Masebe said he").
    Read where the sentence first writes the span."""
    span = entity.text.strip()
    at = sentence.find(span)
    if entity.label not in _NAMED or at < 0 or not span:
        return None
    before, after = sentence[:at], sentence[at + len(span):]
    quoted = bool(_OPENING_QUOTE.search(before) and _CLOSING_QUOTE.match(after))
    if quoted:
        before = before[:-1]
    if _WORK_BEFORE.search(before) or (quoted and _QUOTED_WORK_BEFORE.search(before)):
        return "WORK_OF_ART"
    if quoted and _QUOTED_LAW_BEFORE.search(before):
        return "LAW"
    if entity.label == "PERSON" and _NICKNAME_BEFORE.search(before) and not _OWNS.match(after):
        return "NICKNAME"
    if entity.label == "PERSON" and quoted:
        return "QUOTED"
    if entity.label in ("PERSON", "ORG") and not quoted and (_AWARD_AFTER.match(after) or (
            entity.label == "PERSON" and _AWARD_BEFORE.search(before) and not _OWNS.match(after))):
        return "AWARD"  # not "to win James's first title"
    if entity.label == "PERSON" and not quoted and (_GROUP_BEFORE.search(before) or _GROUP_AFTER.match(after) or (
            " " not in span and _RECORDS_AFTER.match(after)) or (_ARTICLE_BEFORE.search(before) and _SHOP_AFTER.match(
            after)) or _SHOP_BEFORE.search(before)):
        return "ORG"
    if entity.label != "PERSON" and not quoted and (_PERSON_BEFORE.search(before) or _OFFICE_AFTER.match(after)
                                                    or _OCCUPATION_BEFORE.search(before)
                                                    or (entity.label == "ORG" and _SAYS_HE_AFTER.match(after)
                                                        and not _PREPOSITION_BEFORE.search(before))
                                                    or (_APPOSED_BEFORE.search(before) and after.startswith(","))):
        return "PERSON"
    if entity.label != "ORG" and not quoted and _OUTLET_KIND.search(before):
        return "ORG"  # "the newspaper Expressen", "quoted as saying in Expressen", tagged a person or a place
    return None


def _sourced(entity: Entity, sentence: str) -> int:
    """How a mention of a body names a source the sentence cites: 2 as an outlet ("NBC News reported", "NBC’s
    legal analyst"), 1 as one told or cited ("told CNN", "according to police"), 0 as an actor. Read where the
    sentence first writes the span (without its possessive, which the frame reads)."""
    span = _POSSESSIVE.sub("", entity.text.strip())
    at = sentence.find(span)
    if at < 0 or not span:
        return 0
    before, after = sentence[:at], sentence[at + len(span):]
    # a credit in brackets ("... (Associated Press)"), not an acronym given after a name ("(UNFCCC)")
    credit = before.endswith("(") and after.startswith(")") and not _ACRONYM.fullmatch(span)
    if credit or _OUTLET_BEFORE.search(before) or _OUTLET_AFTER.match(after):
        return 2
    return int(bool(_CITED_BEFORE.search(before)))


def _page_label(name: str) -> bool:
    """Whether a name is only a page's label or link ("Cast & Credits", "All Access", "The Archives")."""
    return bool(_PAGE_WORDS.fullmatch(name) and _PAGE_WORD.search(name))


def _names(text: str, label: str) -> list[str]:
    """The names a mention's span holds, without article, honorific, possessive, quoted nickname or a
    cut's punctuation ("Harold 'Devin' Lima" is Harold Lima); a person's without role ("Musician Brad
    Fischetti"), and a span of two people split in two ("George and Marie")."""
    name = _CUT.sub("", _NICKNAME.sub("", _QUOTES_OPENING.sub("", text.strip())))
    name = _POSSESSIVE.sub("", _HONORIFIC.sub("", _ARTICLE.sub("", name)))
    twice = _TWICE.match(name)
    if twice:
        name = twice.group("name")
    if label in PLACES:
        return [_PLACE_COMMON.sub("", name)]
    if label != "PERSON":
        return [name]
    return [_TITLE.sub("", part) for part in _AND.split(_TITLE.sub("", name))]


def _parts(names: list[str], named: Mapping[str, int]) -> list[str]:
    """Names with the names a span ran together at a comma taken apart, when each is a name of the event
    ("All Access, Rolling Stone": a page's section and its title); not "Bureau of Alcohol, Tobacco, ..."."""
    split = []
    for name in names:
        parts = name.split(", ")
        split += parts if len(parts) > 1 and all(named[_key(part)] for part in parts) else [name]
    return split


def _shouted(name: str, lower_case: Mapping[str, int], capitalised: Mapping[str, int]) -> bool:
    """Whether a name in capitals is words shouted by a page ("ABSOLUTELY", "FREE STORM", "RED CARPET RADAR")
    or a name written elsewhere in plain case ("DORA" of Mount Dora), not an acronym ("NATO", "WHO"): one of
    its words the event writes in lower case (of five letters or more when alone: "who" is no sign), or
    with a capital first letter only ("Dora"; a "Nato" so written is listed from those mentions)."""
    words = re.findall(r"[^\W\d_]+", name)
    if not words or not all(word.isupper() and len(word) > 1 for word in words):
        return False
    if any(lower_case.get(word.casefold(), 0) for word in words if len(word) >= (3 if len(words) > 1 else 5)):
        return True
    return any(capitalised.get(word.capitalize(), 0) for word in words if len(word) >= 3)


def _shouting(span: str, sentence: str) -> bool:
    """Whether a span in capitals is a page's shouting or label, not a name: the sentence is written in
    capitals, most of its words and two more than the span's ("IT IS ABSOLUTELY", "FREE STORM TRACKING APP
    DOWNLOADED BY ..."), or the span opens it before a colon ("RED CARPET RADAR: ...", a speaker's "MARTIN:")."""
    words = re.findall(r"[^\W\d_]{2,}", span)
    if not words or not all(word.isupper() for word in words):
        return False
    if sentence.lstrip(_OPENING_MARKS).startswith(span.rstrip(":") + ":"):  # spaCy takes the colon in or not
        return True
    written: list[str] = re.findall(r"[^\W\d_]{2,}", sentence)
    capitals = sum(word.isupper() for word in written)
    return capitals >= len(words) + 2 and 2 * capitals > len(written)


def _nicknamed(sentences: Sequence[Sentence]) -> set[tuple[str, str]]:
    """The names of people the event writes with a nickname, each as (nickname and surname, first name
    and surname) merged keys: "Harold 'Devin' Lima" gives ("devin lima", "harold lima")."""
    pairs = set()
    for sentence in sentences:
        for entity in sentence.entities:
            found = _NICKNAME.search(entity.text.strip())
            if entity.label == "PERSON" and found:
                first, rest = entity.text.strip()[:found.start()].split(), entity.text.strip()[found.end():].split()
                if len(first) == 1 and rest and " " not in found.group(1):
                    pairs.add((_key(f"{found.group(1)} {' '.join(rest)}"), _key(f"{first[0]} {' '.join(rest)}")))
    return pairs


def _kinds(votes: Mapping[str, Counter[str]]) -> dict[str, str]:
    """The kind of each name tagged more than one way, or that is part of a person's full name.

    The surname of a full name ever tagged a person is that person's ("Tweedy" tagged a body, of "Jeff
    Tweedy"), and so is a first name tagged a person at least as often as not. A full name counts, beside
    its own, the mentions of such parts said alone ("Vitalii Sediuk" tagged a body three times and a
    person once is the person "Sediuk" is said to be four times). Otherwise most mentions' kind wins,
    the first seen on a tie (a full name's parts said alone decide its tie).
    """
    kind = {name: _most(count) for name, count in votes.items() if len(count) > 1}
    full = [name for name in votes if len(name.split()) > 1]
    # a first name and the family's surname, most often not tagged a person, are a person of the family ("JonBenét
    # Ramsey" tagged a body, beside John and Patsy Ramsey); not a name with a body's word ("Ramsey Council")
    family = Counter(name.split()[-1] for name in full if _most(votes[name]) == "PERSON")
    for name in full:
        if (len(name.split()) == 2 and _most(votes[name]) != "PERSON" and family[name.split()[-1]]
                and not _BODY_WORD.search(name)):
            kind[name] = "PERSON"
    for name in full:
        first, last = name.split()[0], _surname(name, votes)
        if votes[name]["PERSON"] and last in votes:
            kind[last] = "PERSON"
        # a first name tagged a person at least as often as not, or, of a person's full name, never a place
        # ("Hasib" tagged a body, of "Hasib Hussain")
        said_alone = votes.get(first, Counter())
        if first in votes and (2 * said_alone["PERSON"] >= sum(said_alone.values()) or (
                kind.get(name, _most(votes[name])) == "PERSON"
                and not any(said_alone[label] for label in PLACES))):
            kind[first] = "PERSON"
    def person(part: str) -> bool:
        return part in votes and kind.get(part, _most(votes[part])) == "PERSON"

    surnames = {_surname(name, votes) for name in full if person(name)}
    for name in full:
        first, last = name.split()[0], _surname(name, votes)
        # a surname first is no first name ("Mandela United Football Club", "Scott Free Productions")
        parts = sum(sum(votes[part].values()) for part in {first, last} - (surnames - {last}) if person(part))
        count = votes[name] + Counter({"PERSON": parts})
        if len(count) > 1:  # on a tie the parts said alone decide, or a body's name made of a surname
            # ("Andreessen Horowitz" a person once and a body once, beside Marc Andreessen)
            tie = "PERSON" if parts > 0 else "ORG" if first in surnames - {last} else None
            kind[name] = _most(count, tie)
            if kind[name] == "PERSON" and last in votes:
                kind[last] = "PERSON"
    return kind


def _surname(name: str, votes: Collection[str]) -> str:
    """A full name's surname with the particles before it, when the event says it so alone ("de boer" of
    "yvo de boer"), else its last word."""
    words = name.split()
    start = len(words) - 1
    while start > 1 and words[start - 1] in _NAME_PARTICLES:
        start -= 1
    with_particles = " ".join(words[start:])
    return with_particles if start < len(words) - 1 and with_particles in votes else words[-1]


def _owned(name: str, people: Collection[str], kind: Mapping[str, str]) -> str:
    """A person's name without the outlet or body whose possessive a span took in: "ABC News' Linsey
    Davis" is Linsey Davis when the event names her alone or names ABC News as a body; not "Obama's Dark
    Doppelganger" (no body's, and no person of the event)."""
    owner = _OWNER.match(name)
    if owner and (_key(name[owner.end():]) in people or kind.get(_key(owner.group("owner"))) == "ORG"):
        return name[owner.end():]
    return name


def _unmarked(span: str, sentence: str, interview: bool) -> str:
    """A span without the interview's marker it took in at the sentence's start ("Q. Mobil" is Mobil);
    an "A." only in an ``interview`` (the event has a sentence opening "Q.")."""
    marker = _MARKER.match(span)
    if marker and sentence.startswith(span) and (interview or marker.group("mark") == "Q"):
        return span[marker.end():]
    return span


def _most(count: Counter[str], tie: str | None = None) -> str:
    """The kind most of a name's mentions give, the first seen (or ``tie``) on a tie: a thing (product,
    work or law) when such mentions outnumber those of every listed kind together counted as one
    ("Oculus Rift" a person twice, a product twice, a law twice and a work once is a product; on a tie,
    the first of ``_THING_ORDER``), a
    people when those outnumber them."""
    listed = [label for label in count if label not in KIND_LABELS]
    top = max(listed, key=lambda label: (count[label], label == tie)) if listed else None
    most = count[top] if top else 0
    things = [label for label in _THING_ORDER if count[label]]
    if things and sum(count[label] for label in things) > most:
        return max(things, key=lambda label: count[label])
    if top is None or count["NORP"] > most:
        return "NORP"
    return top


def _first_word(text: str) -> str:
    """A span's first run of letters and digits ("Carl" of "Carl's Jr.", "Wu" of "Wu-Tang Clan")."""
    found = re.match(r"[^\W_]+", text)
    return found.group() if found else text


def _inside_longer(text: str, sentence: str, spans: Mapping[str, Collection[str]]) -> bool:
    """Whether a span is only the start of a longer name of the event written right there: "Us" of
    "Us Weekly", "Carl" of "Carl's Jr.", "Daly" of "Daly Street" (spaCy tagged the short span in that
    sentence, the long one in others). Every time the sentence writes the span, the longer name follows.
    ``spans`` holds the event's spans by their first word (see :func:`_first_word`)."""
    longer = [other for other in spans.get(_first_word(text), ()) if len(other) > len(text) and other.startswith(text)
              and not other[len(text)].isalnum()]
    if not longer:
        return False
    spots = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", sentence)]
    return bool(spots) and all(any(sentence.startswith(other, at) for other in longer) for at in spots)


def _trimmed(name: str, people: Collection[str], lower_case: Mapping[str, int], groups: Collection[str]) -> str:
    """A person's name without the words the span took in beside it, when the rest is a person the
    event names: a nationality or group before it ("Bosnian Serb Goran Jelisic": ``groups``, the
    event's NORP names, case folded), or common words (written in lower case in the event's sentences)
    of a page title before or after it ("Man Hides Under America Ferrera", "Devin Lima Dead").
    """
    words = name.split()
    for cut in range(1, len(words) - 1):
        head = words[:cut]
        if _key(" ".join(words[cut:])) in people and (
                " ".join(head).casefold() in groups or all(lower_case.get(w.casefold(), 0) for w in head)):
            words = words[cut:]
            break
    for cut in range(len(words) - 1, 1, -1):
        if _key(" ".join(words[:cut])) in people and all(lower_case.get(w.casefold(), 0) for w in words[cut:]):
            words = words[:cut]
            break
    return " ".join(words)


def _is_name(name: str, common: bool, person: bool = False) -> bool:
    """Whether an entity's words can be a name: one of them capitalised (not "keyboard textures"), the
    last no function word (not "the Greatest Love Stories of", a span cut short), and, with ``common``
    (the articles write the word in lower case more often than they name it), not one common word
    ("Terminal" in a story of "the terminal"; "Parliament", named more often than "the parliament", stays).
    A ``person``'s words are all capitalised but for the particles of names ("Osama bin Laden").
    """
    words = name.split()
    if not words or not any(word[:1].isupper() for word in words) or not any(ch.isalpha() for ch in name):
        return False
    if _NO_NAME.search(name):  # "Crew - https://instagram.com/...", "’s Smartphone", "@PaulGAllen"
        return False
    if name in _TIME_ZONES or _NO_ENTITY.search(name):  # "GMT" of "10:00 GMT", taken for a body; "EF-5"
        return False
    if words[-1].casefold() in STOP_WORDS and len(words) > 1:
        return False
    if person and any(word.islower() and word not in _NAME_PARTICLES for word in words):
        return False  # "Cooper pry Sediuk": a span across words of a sentence
    return not (len(words) == 1 and common)


def _common_word(name: str, lower_case: Mapping[str, int], named: Mapping[str, int],
                 name_words: Collection[str]) -> bool:
    """Whether a one-word name of a place or a thing is a common word the event writes in lower case at
    least twice as often as it names it, and no word of a person's full name of the event (``name_words``,
    case folded), written as a common word is at a sentence's start: "Tsunami" beside forty "tsunami"; not
    "Turkey", "Rice" of a place beside Condoleezza Rice, "US" beside "us" or "NewsHour" beside a link's "newshour"."""
    key = _key(name)
    if not (name[:1].isupper() and name[1:].islower()):  # "US" is no "us", nor "NewsHour" of a link's "newshour"
        return False
    return " " not in key and key not in name_words and lower_case[name.casefold()] >= max(2 * named[key], 2)


def _headline_fragment(name: str, people: Collection[str], title: bool) -> bool:
    """Whether a name is a page title's words, two names or more and a verb in the present tense after them:
    a person of the event (``people``) or, in a ``title`` written in title case, any ("Kate Upton Breaks
    Engagement News" of "Kate Upton Breaks Engagement News on Red Carpet"): a headline, not a body. A business
    named for its founder ("Michael Kors Collection") has a noun there; one whose word may be a verb as well as a
    noun ("Marc Jacobs Records Inc.") is taken for a headline too (lemminflect tells word classes, not senses)."""
    words = name.split()
    for cut in range(2, len(words) - 1):  # a verb with words after it: not the surname "J. Erin Staples" ends in
        verb = words[cut]
        if ((title and all(word[:1].isupper() for word in words[:cut])) or _key(" ".join(words[:cut])) in people) \
                and verb[:1].isupper() and verb.endswith("s") and _present(verb):
            return True
    return False


def _title_case(sentence: str) -> bool:
    """Whether a sentence of four words or more is written in title case, as a page's title is: every word
    capitalised but for function words ("Kate Upton Breaks Engagement News on Red Carpet")."""
    words = re.findall(r"[^\W\d_][\w’'-]*", sentence)
    return len(words) >= 4 and all(word[:1].isupper() or word in STOP_WORDS for word in words)


def _present(word: str) -> bool:
    """Whether a word may be a verb's third person present ("Breaks", "Says")."""
    from lemminflect import getAllLemmas, getInflection  # read at the first call, not at import

    lemmas = getAllLemmas(word.casefold()).get("VERB", ())
    return any(word.casefold() in getInflection(lemma, "VBZ") for lemma in lemmas)


def _lower_case_words(sentences: Sequence[Sentence]) -> Counter[str]:
    """How often the sentences write each word in lower case: as a common word, not a name."""
    return Counter(word for s in sentences for word in re.findall(r"(?<![\w’'-])[a-z][a-z’'-]*[a-z]\b", s.text))


def _key(name: str) -> str:
    """A name as merged: no article, honorific, possessive or Arabic article particle, case folded."""
    bare = _POSSESSIVE.sub("", _HONORIFIC.sub("", _ARTICLE.sub("", name.strip())))
    return _THE.sub("", PARTICLE.sub("", _plain(bare)))


def _plain(name: str) -> str:
    """A name case folded, without accents and with one apostrophe: "Mauril Bélanger" is "mauril belanger",
    "Mark O’Mara" is "mark o'mara" (stories write a name with and without its accents)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _same_name(key: tuple[str, str], forms: Collection[tuple[str, str]],
               mentions: Mapping[tuple[str, str], int]) -> tuple[str, str] | None:
    """The other name of the event of the same kind that ``key`` writes another way, to count ``key`` as:
    one said more often without some spaces or hyphens ("Leonardo Di Caprio", "Leonardo DiCaprio"), the
    name without "U.S." before a body's ("U.S. Capitol Police", "Capitol Police"), or, of a name of
    several words not a person's, the name in the singular ("Apple Support Forums", "Apple Support Forum").
    None when there is none."""
    name, label = key
    joined = _WORDS.sub("", name)
    found = [k for k in forms if k != key and k[1] == label and " " in name + k[0] and mentions[k] > mentions[key]
             and _WORDS.sub("", k[0]) == joined]
    if label == "ORG" and re.match(r"u\.?s\.?\s", name):
        found.append((re.sub(r"^u\.?s\.?\s+", "", name), label))
    if label != "PERSON" and " " in name and name.endswith("s") and mentions[name[:-1], label] >= mentions[key]:
        found.append((name[:-1], label))  # not "United States" for a typo's "United State"
    found = [k for k in found if k in forms and k != key]
    return found[0] if found else None


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
    spelled = [k for k in forms if k != key and k[1] in _NAMED | _NAMED_ALSO and key[1] in _NAMED | {"NORP"}
               and " " in k[0] and _initials(k[0]) == letters]
    if len(spelled) > 1:  # "US" a place is the United States the place, not the same words tagged a body
        spelled = [k for k in spelled if k[1] == key[1]]
    return spelled[0] if len(spelled) == 1 else None


def _initials(name: str) -> str:
    """The first letters of a name's words and hyphenated parts, but for its function words."""
    return "".join(word[0] for word in re.split(r"[\s-]+", name) if word and word not in _NOT_INITIALLED)


def _shared_surnames(sentences: Sequence[Sentence]) -> set[str]:
    """The surnames, case folded, that the event gives both a man's and a woman's honorific ("Mr.
    Clinton" and "Mrs. Clinton"): said alone, each is two people's.

    >>> sorted(_shared_surnames([Sentence("a", 0, 0, "Mr. Clinton met Mrs. Clinton and Mr. Gore.")]))
    ['clinton']
    """
    said: dict[str, set[str]] = defaultdict(set)
    for sentence in sentences:
        for honorific, surname in _GENDERED.findall(sentence.text):
            said[surname.casefold()].add("man" if honorific == "Mr" else "woman")
    return {surname for surname, sexes in said.items() if len(sexes) == 2}


# A man's or a woman's honorific before a capitalised word.
_GENDERED = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w'’-]+)")


def _full_name(key: tuple[str, str], names: Collection[tuple[str, str]],
               by_word: Mapping[tuple[str, str], Collection[tuple[str, str]]],
               mentions: Mapping[tuple[str, str], int]) -> tuple[str, str] | None:
    """The full name a partial one stands for.

    A person's: the most said other one ending with it (a surname, "Putin"; "Jing Xu" of "Alison Jing
    Xu"), else the only one starting with it (a first name, "Abigail" for "Abigail Williams"; of
    several words when that is said at least as often or ends in a surname of the event's other
    people: "Mona Lisa" for "Mona Lisa Harding" beside Kip Harding; "Donald Trump" is not Donald
    Trump Jr.), else the only one with its first and last word
    and more between ("Khuram Butt" for "Khuram Shazad Butt"). A body's one word: the only longer one
    it begins, when that is said at least as often ("Bain" for "Bain Capital"; not "House" for "House
    Ways and Means Committee"); a place's stays ("New York" is not New York City).
    """
    name, label = key

    def having(word: str) -> list[tuple[str, str]]:
        """The other names of the kind that hold a word (``by_word`` still holds names folded away)."""
        return sorted(k for k in by_word.get((word, label), ()) if k in names and k != key)

    words = _WORDS.split(name)
    others = sorted(set(having(words[0]) + having(words[-1])))
    if label == "ORG":
        begun = [k for k in others if k[0].startswith(name + " ")]
        if len(begun) != 1:
            return None
        if " " not in name:
            return begun[0] if mentions[begun[0]] >= mentions[key] else None
        # of several words, the one longer name spaCy cut its body's word from, however often ("Anaheim Police"
        # of "Anaheim Police Department"; not "Business Insider" of a span run into "Business Insider Facebook")
        return begun[0] if _BODY_WORD.search(begun[0][0]) and len(begun[0][0].split()) == len(name.split()) + 1 \
            else None
    if label != "PERSON":
        return None
    longer = [k for k in others if k[0].endswith((" " + name, "-" + name))]
    if longer:  # the most said, then the longest ("Putin" is Vladimir Putin, not Cooper pry Putin)
        return max(longer, key=lambda k: (mentions[k], len(k[0]), k[0]))
    first = [k for k in others if k[0].startswith(name + " ")]
    words = name.split()
    if len(words) == 1:
        return first[0] if len(first) == 1 else None
    if len(first) == 1 and not _GENERATION.search(first[0][0]):
        surname = first[0][0].split()[-1]
        if mentions[first[0]] >= mentions[key] or any(
                k[0].endswith(" " + surname) for k in having(surname) if k != first[0]):
            return first[0]
    between = [k for k in others if k[0].startswith(words[0] + " ") and k[0].endswith(" " + words[-1])
               and len(k[0].split()) > len(words)]
    return between[0] if len(between) == 1 else None
