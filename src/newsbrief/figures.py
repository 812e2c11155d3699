"""The figures the articles state, and where they agree, disagree or changed as news came in.

Figures written in words are read by text2num; two figures are compared only when they can count the
same thing (one kind, one place, one subject, one happening), precision first, as measured by
benchmarks/facts_accuracy.py. Percentages, weights, lengths and sums of money are figures of their own
kinds, keyed by what they are of ("percent of wreck recovered", "pounds zarya", "dollars to pay by united
states"), and those the words around them do not tie to one thing are left out. A count is labelled by the
noun it stands before ("4,000 signatures"), never by a word of a name ("ten United States nationals"
counts nationals) nor a compound modifier ("a 12-string guitar", "a 24-hour strike" count nothing); photo
captions give no figures, nor do a speaker's quotation, a threshold or a goal ("from gaining 60 seats"), or a
part told beside its whole ("214 candidates out of 400"); the toll of one place is not set against a total over
places named together ("Kenya and Tanzania") or many ("in four states"). A ceiling ("as many as 200,000")
is no point estimate: only a count above it is at odds with it. A figure that changed as news came in is
an update, oldest value first: its newest value is what a headline should give (:attr:`Event.newest`). A
share of the economy is keyed by what it is a share of ("percent of gdp, budget deficit"), a prison term by
whom it was handed; a count told "arrested or interrogated" is labelled so, and "killed or injured" is a
kind of its own; a floor agrees only with a count it rounds ("more than 200" and 213, not 7,500 and 9,000), and two
exact counts only when equal (150 and 153 passengers differ). A figure with no place near it is told of the place
its clause names ("the blast in downtown Nairobi ... injured 5,400"), no account of a total over places named
together; a toll of a group ("killed 67 of them") is a toll, and a value an article tells as its earlier report
("police earlier had reported 65 dead") is the same toll, so one day's 60, 65 and 67 dead disagree. Two
sentences that give different particulars of one thing (a figure, a number or a name in the same slot)
contradict each other: see :func:`contradicts`. What a count is told with is part of its key: "harassed and
briefly detained" is not "detained or questioned"; nor is a toll of a sentence that opens with its place ("In
southern Wisconsin, ...") that of another place. A candidate's share of the vote is keyed by the candidate. A
body's members before and after the joiners its articles name ("three new members") are no two accounts.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from text_to_num import text2num

from newsbrief.clean import is_caption
from newsbrief.entities import ALIASES, PARTICLE, PLACES
from newsbrief.model import Claim, Figure, Sentence
from newsbrief.nlp import KIND_LABELS
from newsbrief.sources import story_count

# ----------------------------------------------------------------------------------- figures

# Number words, read by text2num (Allo-Media's parser): "Fifty-seven", "a hundred and twelve",
# "three million". Only what it leaves out is ours: "dozen" (12) and fractions of a scale ("half a million").
_NUMBER_WORD = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
                r"thousand|million|billion)")
_NUMBER_WORDS = rf"{_NUMBER_WORD}(?:(?:[\s-]+|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+){_NUMBER_WORD})*"
_COUNT_WORD = re.compile(rf"{_NUMBER_WORD}|dozen|score", re.IGNORECASE)  # a number word, made singular
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_FRACTION = {"half a": 0.5, "a quarter of a": 0.25, "three quarters of a": 0.75}
# Vague orders of magnitude, as the range they can stand for.
_VAGUE = {"dozens": (24.0, 99.0), "scores": (40.0, 99.0), "hundreds": (200.0, 999.0),
          "thousands": (2e3, 9999.0), "tens of thousands": (2e4, 99999.0),
          "hundreds of thousands": (2e5, 999999.0), "millions": (2e6, 999e6)}
# "the 18-nation forum" and "the 21-nation forum" give the members of one body, a figure outlets state
# differently (tests/figures_gold.py: APEC); every other compound modifier counts nothing reported.
_MEMBER_WORDS = r"(?:nation|country|member|state|party)"
_MEMBERS = re.compile(rf"^-(?P<noun>{_MEMBER_WORDS})\b(?!-)", re.IGNORECASE)
_MEMBER_PLURAL = {"nation": "nations", "country": "countries", "member": "members", "state": "states",
                  "party": "parties"}
# "APEC also will include three new members", "two new member states": a body's count of members that differs by
# its joiners is the body before and after they join, no two accounts of one count (blind reading r19: 18 and 21)
_JOINERS = re.compile(rf"\b(?P<number>\d+|{_NUMBER_WORD})\s+new\s+(?:{_MEMBER_WORDS}|economy|economie)s?\b",
                      re.IGNORECASE)
_QUALIFIER = (r"(?P<qualifier>(?:nearly|almost|about|around|roughly|some|approximately|an estimated|more than|"
              r"over|at least|less than|fewer than|up to|as many as|as much as|as high as|close to)\s+)?")
_FIGURE = re.compile(
    rf"(?<![\w$£€.,-]){_QUALIFIER}"
    r"(?P<number>tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions"
    r"|(?:half a|a quarter of a|three quarters of a)\s+(?:million|billion)"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s+(?:thousand|million|billion))?"
    r"|\d+(?:\.\d+)?(?:\s+(?:thousand|million|billion))?"
    rf"|(?:a\s+)?(?:{_NUMBER_WORDS}\s+)?dozen"
    rf"|(?:a\s+(?=hundred|thousand|million|billion))?{_NUMBER_WORDS})"
    # "a 12-string guitar", "a two-year-old", "the three-time champion", "a 24-hour strike": a number
    # joined by a hyphen to the word after it is a compound modifier, no count of anything reported
    # (blind reading: "strings: 12"); weights and lengths so joined are read by _MEASURE. Only the
    # members of a body are counted so ("the 21-nation forum", "six-party talks": see _MEMBERS).
    rf"(?![\w%]|-(?!{_MEMBER_WORDS}\b)[^\W\d_]|[.,:]\d|\s*(?:percent|per cent|%|years?\b|a\.m\.|p\.m\.))",
    re.IGNORECASE,
)
# A percentage is a figure of its own kind, keyed by what it is a share of: "60 percent of the wreckage
# has been recovered" and "the share of the wreck recovered rose to 90 percent" are one quantity, turnout,
# an approval rating and inflation three others. One left unsaid ("65 percent are stunted") is left out.
_PERCENT = re.compile(
    rf"(?<![\w$£€.,-]){_QUALIFIER}(?P<number>\d+(?:\.\d+)?|{_NUMBER_WORDS})\s*(?:%|percent\b|per\s+cent\b)",
    re.IGNORECASE,
)
_PERCENT_ABOUT = "percent"  # the prefix of a percentage's kind: "percent of wreck recovered", "percent turnout"
_DETERMINER = r"(?:(?:the|its|their|his|her|our|this|that|those|these|a|an)\s+)?"
_AUXILIARY = r"(?:(?:has|have|had|is|are|was|were|will|would|could|be|been|being|now|already|so far|reportedly)\s+)"
# "60 percent of the wreckage has been recovered": the phrase counted, then what is said of it.
_PHRASE_WORD = r"(?!(?:and|or|but|which|who|whom|that|while|as)\b)[\w’'-]+"  # a clause ends at these
_PERCENT_OF = re.compile(rf"^\s+of\s+{_DETERMINER}(?P<phrase>(?:{_PHRASE_WORD}\s+){{0,4}}?{_PHRASE_WORD})\s+"
                         rf"{_AUXILIARY}+(?:\w+ly\s+)?(?P<predicate>[a-z]+)\b", re.IGNORECASE)
# "the share of the wreck recovered rose from 60 to": a share named before the figure, in its clause.
_SHARE_OF = re.compile(rf"\b(?:share|proportion|percentage|portion|part)\s+of\s+{_DETERMINER}(?P<phrase>[\w’'-]+)"
                       r"\s+(?P<predicate>[a-z]+(?:ed|en))\b", re.IGNORECASE)
# "51 percent of the vote" is a candidate's share; "22 percent of the vote counted" is how much was counted
_OF_VOTE = re.compile(r"\s+of\s+(?:the\s+)?(?:popular\s+|valid\s+)?(?:vote|votes|ballots)\b"
                      r"(?!\s+(?:(?:had|have|has|was|were)\s+(?:been\s+)?)?(?:counted|tallied|cast|reported|in\b|so\s+far))",
                      re.IGNORECASE)
_VOTE_FOR = re.compile(r"\s+(?:to|for)\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?P<name>[A-Z][\w'’-]*)")
# "Cardoso appeared to have won", "exit polls reported Cardoso taking": a name told as winning a share
_WINNER = re.compile(r"\b(?P<name>[A-Z][a-z][\w'’-]*)\s+(?:(?:appeared|appears|seemed|seems|was|is|had|has|will|"
                     r"would|could|may|might|expected|to|have|be)\s+)*(?:won|wins|win|winning|took|takes|take|taking|"
                     r"got|gets|received|receives|gained|gains|captured|captures|garnered|polled|defeated|"
                     r"defeats|beat|beaten|beats|beating|led|leads|leading)\b")
_CALENDAR = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Febr)uary|March|April|May|June|July|August|"
                       r"(?:Sept|Nov|Dec)ember|October|Today|Tonight")
# Rates that say by their name what they are a percentage of.
_RATE = (r"turnout|inflation|unemployment|approval rating|approval|interest rate|growth rate|literacy rate|"
         r"mortality rate|poverty rate|jobless rate|tax rate|vote share|market share")
_RATE_AFTER = re.compile(rf"^\s+(?P<rate>{_RATE})\b", re.IGNORECASE)
_RATE_BEFORE = re.compile(rf"\b(?P<rate>{_RATE})\b(?:\s+[a-z]+){{0,3}}\s*$", re.IGNORECASE)
_SCOPE = frozenset({"all", "most", "every", "each", "under", "over", "above", "below"})
# Other words for one thing.
_ALIKE = {"wreckage": "wreck", "debris": "wreck"}
# A share of a country's economy is a share of what the words before it name: "its budget deficit from an
# expected eight percent of gross domestic product" and "the budget deficit _ equal to about 7 percent of
# gross domestic product" are one quantity (blind reading r17), a trade deficit or the debt another.
_OF_ECONOMY = re.compile(r"^\s+of\s+(?:(?:the|its|their|[\w-]+['’]s)\s+)?(?:gross\s+(?:domestic|national)\s+product|"
                         r"gdp|gnp|(?:economic\s+)?output|economy)\b", re.IGNORECASE)
_FISCAL = re.compile(r"\b(?:(?P<modifier>budget|fiscal|trade|current[- ]account|government|public|federal)\s+)?"
                     r"(?P<head>deficit|surplus|debt|spending|revenue|export|import)s?\b(?!\s+service)", re.IGNORECASE)
# "the cost of the debt", "interest on the debt": a fiscal word that completes another noun is not what is measured
_COMPLEMENT = re.compile(r"\b(?:of|on)\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
_FISCAL_ALIKE = {"fiscal": "budget", "government": "budget", "federal": "budget", "current-account": "current account"}
_OF_GDP = "of gdp"
_FISCAL_LEAD_IN = 80  # characters before a share of the economy searched for what it is a share of
# "rose from 60 to 90 percent", "the toll climbed from 231 to more than 10,000": one report of a
# figure that changed, its earlier value first.
_CHANGE = re.compile(
    rf"\b(?:rose|risen|rising|climbed|climbing|jumped|increased|grew|grown|went up|fell|fallen|dropped|declined|"
    rf"decreased|went down)\s+from\s+(?P<old>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{_NUMBER_WORDS})"
    r"(?:\s*(?:%|percent|per cent))?\s+to\s+",
    re.IGNORECASE,
)
# A figure said to have risen to its value ("the death toll rose to", "has climbed to", "now stands at")
# may be the latest value of one that was ten times smaller days before.
_RISEN = re.compile(r"\b(?:rose|risen|climbed|jumped|increased|grew|grown|mounted|soared|swelled|reached|"
                    r"now stands at|now at|went up)\s+(?:from\s+\S+\s+(?:percent\s+|per cent\s+)?)?(?:to\s+)?$",
                    re.IGNORECASE)
# A weight or length joined to what it measures ("the 44,000-pound Zarya", "Zarya, a 42,000-pound space
# tugboat"): keyed by the unit and that thing, so the 50-foot arm is never compared with the 41-foot module.
# Measures told apart from their thing ("will weigh 500 tons") are left out.
_MEASURE = re.compile(
    rf"(?<![\w$£€.,-]){_QUALIFIER}(?P<number>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{_NUMBER_WORDS})-"
    r"(?P<unit>pound|ton|tonne|foot|meter|metre|kilometer|kilometre|mile|kilogram)\s+"
    r"(?P<thing>(?:[A-Za-z-]+\s+)?[A-Za-z-]+)", re.IGNORECASE)
_MEASURE_UNIT = {"pound": "pounds", "ton": "tons", "tonne": "tons", "foot": "feet", "meter": "meters",
                 "metre": "meters", "kilometer": "kilometers", "kilometre": "kilometers", "mile": "miles",
                 "kilogram": "kilograms"}
# A prison term is a figure of its own kind, keyed by whom it was handed: "Qin Yongmin had been sentenced to 13
# years in prison" and "Qin Yongming, who was reported to have received 12 years" are one term told two ways
# (blind reading r17), Xu Wenli's 13 years another. Told as handed down ("sentenced", "jailed"; "received" or
# "given" in a sentence that speaks of a sentence or prison), not as what one faces or could get; a term
# one of a list ("to 11 and 12 years") is read with the list (see _TERMS_LISTED).
_TERM = re.compile(
    rf"\b(?P<verb>sentenced|jailed|imprisoned|received|given|got|gets)\b(?:\s+[\w.'’-]+,?){{0,4}}?\s+"
    rf"(?:to\s+|for\s+)?(?P<number>\d+|{_NUMBER_WORDS})(?:\s+years?\b|-year\b)(?!\s+(?:old|ago|earlier|later)|-old)"
    rf"|\b(?:an?\s+)(?P<compound>\d+|{_NUMBER_WORDS})-year\s+(?:prison\s+|jail\s+)?(?:sentence|term)\b",
    re.IGNORECASE)
_TERM_ABOUT = "years in prison"
_TERM_TOLD = re.compile(r"\b(?:sentenc|prison|jail|convict)", re.IGNORECASE)
_LISTED = re.compile(rf"(?:\d+|{_NUMBER_WORD})\s+(?:and|or|to)\s+$", re.IGNORECASE)
_TERM_LEAD_IN = 100  # characters before a term's verb searched for whom it was handed
# "sentenced Xu Wenli and Wang Youcai to 13 and 11 years", "the 13-, 12- and 11-year prison terms given to Xu,
# Qin and Wang": terms listed beside as many names are theirs in order; where the counts differ, no one's.
_TERMS_LISTED = re.compile(rf"(?P<terms>(?:(?:\d+|{_NUMBER_WORD})-?,?\s+)+(?:and|or)\s+(?:\d+|{_NUMBER_WORD}))"
                           r"(?:\s+years?\b|-year\b)", re.IGNORECASE)
_TERMS_NAMED = 150  # characters before a list of terms (60 after) searched for the names it is told of
_RACES = frozenset({"medley", "freestyle", "relay", "dash", "hurdle", "race", "sprint", "butterfly", "backstroke",
                    "breaststroke", "marathon", "steeplechase", "walk", "run", "event", "final", "heat", "swim"})
_APPOSITIVE = re.compile(r"\b(?P<name>[A-Z][\w-]+),\s+(?:a|an|the)\s+$")
# Sums of money, keyed by the thing they are the price of or the party that pays them: "the $240 million
# Zarya", "the United States is expected to pay $24 billion". A sum told of neither ("a $126 million deal":
# whose?) is left out, as sums of different things outnumber those of one (benchmarks/facts_accuracy.py).
_CURRENCY = {"$": "dollars", "us$": "dollars", "dlrs": "dollars", "€": "euros", "£": "pounds sterling"}
_SUM = re.compile(
    rf"(?<![\w.,-]){_QUALIFIER}(?P<currency>US\$|\$|€|£|dlrs\s*)\s*(?P<number>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|"
    r"\d+(?:\.\d+)?)(?:\s+(?P<scale>thousand|million|billion|trillion))?(?![\w.,]\d)", re.IGNORECASE)
_PAYS = {"pay": "pay", "pays": "pay", "paid": "pay", "pledge": "pledge", "pledged": "pledge", "pledges": "pledge",
         "give": "give", "gave": "give", "gives": "give", "donate": "donate", "donated": "donate",
         "donates": "donate", "spend": "spend", "spent": "spend", "spends": "spend", "contribute": "contribute",
         "contributed": "contribute", "contributes": "contribute"}
_PAYER = re.compile(
    r"\b(?P<name>(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*)\s+(?:(?:is|was|are|were|has|have|had|will|would|planning|plans|"
    r"expected|agreed|promised|to|also|already)\s+){0,4}(?P<verb>" + "|".join(_PAYS) + r")\s+$")
_NAME_AFTER = re.compile(r"^\s+(?P<name>[A-Z][\w-]+)\b")
# What a figure counts, found in the words around it; most specific first.
_ABOUT: tuple[tuple[str, re.Pattern[str]], ...] = tuple((about, re.compile(pattern, re.IGNORECASE)) for about, pattern in (  # noqa: E501
    # Two tolls joined by "or" are one count of both, neither toll's: "50 were killed or injured" is no
    # count of the injured to set against "30 injured" (see _EITHER for a toll joined to a word of no kind).
    ("killed or injured", r"\b(?:killed|dead)\s+or\s+(?:injured|wounded|hurt)\b|\b(?:injured|wounded|hurt)\s+or\s+"
                          r"(?:killed|dead)\b"),
    ("killed or missing", r"\b(?:killed|dead)\s+or\s+missing\b|\bmissing\s+or\s+(?:killed|dead)\b"),
    ("refugees", r"\brefugees?\b"),
    # The homeless, the evacuated and the displaced are counted apart: 1.5 million homeless and
    # 766,000 displaced are two figures of one quake.
    ("homeless", r"\bhomeless\b"),
    ("evacuated", r"\bevacuated\b"),
    ("displaced", r"\b(displaced|displacing|fled)\b"),
    ("injured", r"\b(injured|wounded|hurt|injuries)\b"),
    ("missing", r"\bmissing\b"),
    ("arrested", r"\b(arrested|detained|arrests)\b"),
    ("killed", r"\b(killed|dead|died|deaths?|death toll|toll|lives|killing|fatalities|perished)\b"),
    ("troops", r"\b(troops|soldiers|servicemen|personnel)\b"),
))
_KINDS = frozenset(about for about, _ in _ABOUT)
_TOLLS = frozenset({"killed", "injured", "missing", "killed or injured", "killed or missing"})
# "at least 32 dissidents arrested or interrogated", "detained or questioned": a kind joined by "or" to a
# word of no kind still counts with its kind (the same crackdown's "detained more than two dozen"), but the
# row's label keeps the whole disjunction: "arrested: at least 32" turns detentions and questionings into
# arrests (blind reading r17). Words ending -ed or -en, and a few other states, are what "or" may join.
_EITHER = re.compile(r"\b(?P<first>[a-z]+(?:ed|en)|dead|hurt|held|missing)\s+or\s+"
                     r"(?P<second>[a-z]+(?:ed|en)|dead|hurt|held|missing)\b", re.IGNORECASE)
# "harassed and briefly detained more than two dozen members": a kind joined by "and" to a verb of no kind
# counts those both befell, another quantity than those detained, or detained or questioned (blind reading r19)
_BOTH = re.compile(r"\b(?P<first>[a-z]+(?:ed|en))\s+and\s+(?:[a-z]+ly\s+)?(?P<second>[a-z]+(?:ed|en))\s+$",
                   re.IGNORECASE)
_KEY_COUNT = 10
_MAGNITUDE = 10.0
# "claimed 175,000 victims", "claiming more than 200 lives": a toll told by what the event took
_CLAIMED = re.compile(r"\bclaim(?:ed|ing|s)\s+$", re.IGNORECASE)
_CLAIMED_NOUNS = frozenset({"victims", "lives"})
# Units of time and measure count no people or things: "40 days", "3 points" are not an event's figures.
_UNITS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries",
                    "times", "points", "percent", "cents", "miles", "kilometers", "kilometres", "meters", "metres",
                    "feet", "inches", "degrees", "votes", "pages", "ones", "others", "terms", "rounds", "pounds",
                    "tons", "tonnes", "ounces", "gallons", "liters", "litres", "acres", "stories", "yards"})
# The noun is in lower case: "ten United States nationals" counts no states, a name holds no count.
_PLACE_COUNT = re.compile(
    r"^\s+(?:[A-Za-z.-]+\s+){0,2}?(?-i:(?P<noun>states|countries|nations|provinces|cities|towns|villages|regions|counties|"
    r"districts|continents|territories|communities|neighbou?rhoods|islands|municipalities|locations|sites|places|"
    r"areas|prefectures|parishes|cantons))\b", re.IGNORECASE)
_WINDOW = 60  # characters after a figure searched for what it counts
_CONTEXT = 50  # characters either side of a figure whose words tell what it counts
_LEAD_IN = 30  # characters before it, searched when the words after it do not say
_RISEN_LEAD_IN = 60  # the same, for a figure said to have risen to its value (see _RISEN)
# The word right after a figure, when it is a unit of time or measure in the singular or plural.
_UNIT_AFTER = re.compile(r"^[\s-]+(?P<unit>[a-z]+)\b", re.IGNORECASE)
_UNIT = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "degree",
                   "mph", "km", "kph", "percent", "inch", "foot", "mile", "meter", "metre", "kilometer", "kilometre"}
                  | _UNITS - {"ones", "others", "votes", "pages", "terms", "rounds", "stories"})
# Nouns of people (who are killed, hurt, arrested, displaced), besides the "-ers", "-ists", "-ians" words.
_PEOPLE = frozenset({"men", "women", "children", "kids", "boys", "girls", "adults", "babies", "infants", "members",
                     "colleagues", "crew", "staff", "americans", "nationals", "citizens", "troops", "personnel",
                     "police", "refugees", "migrants", "immigrants", "hostages", "casualties", "survivors",
                     "teens", "youths", "guards", "militants", "rebels", "fighters", "pilgrims", "tourists",
                     "inmates", "detainees", "suspects", "patients", "students", "residents", "victims",
                     "civilians", "soldiers", "marines", "sailors", "officials", "judges", "journalists"})
_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "ees", "men", "women", "people")
_PER = re.compile(r"\s+(?:per|an?|each)\s+(?P<unit>second|minute|hour|day|week|month|year|person|capita)\b",
                  re.IGNORECASE)
_NOT_PLURAL = frozenset({"news", "series", "means", "ones", "always", "perhaps", "whereas", "afterwards",
                         "towards", "sometimes", "nevertheless", "politics", "economics", "physics", "athletics"})
_ONES = re.compile(r"\s+(?:[a-z-]+\s+)?ones\b")  # "183 valid ones": a pro-form of a noun counted before
_MONEY = re.compile(r"[$£€]\s*$|\b(dollars|euros|pounds|dlrs|yuan|yen)\b", re.IGNORECASE)
# The plural noun a figure counts, a few words on ("114 preseason games"), in lower case: a capitalised
# word is a name's ("ten United States nationals" counts nationals). Words ending in -ss, -us, -is or
# -ous are no plurals ("12 dangerous inmates" counts inmates). Plurals in -men and "children" are
# nouns of people too ("Forty women have condemned ...", "12 policemen"), not "abdomen".
_NOUN = re.compile(r"^\s+(?:of\s+)?(?P<between>(?:[A-Za-z-]+\s+){0,3}?)"
                   r"(?P<noun>[a-z]+(?<![sui])s|children|(?:[a-z]*[a-np-z])?(?:wo)?men)\b")
# Point figures differing by more than this share are different figures ("more than 380,000" is not
# "more than 400,000"); the qualifier stays in the words shown ("nearly half a million" is 500,000).
_SAME_VALUE = 0.02
# A count told as exact: a whole number in digits, no scale word (see Stated.exact).
_EXACT = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
# Subjects that fit any count of people or things.
_ANYONE = frozenset({"people", "persons", "person", "others", "more", "of", "total", "in", "all", "were", "have",
                     "had", "are", "civilians", "individuals", "victims"})
# Values further apart than this are not two accounts of one quantity but two quantities, unless
# they rise day by day (an update). Set from the hand-checked disagreements of tests/figures_gold.py:
# the widest real one is 10,000 against 6,000 athletes (1.7); false ones ran 3x to 17x.
_DISAGREE_RATIO = 2.0
# Tolls this large are the totals of a war or a disaster, told in many words ("the conflict", "the
# civil war"); smaller ones may be of separate attacks in one story. Read on the 43 clusters of
# tests/figures_gold.py: every false toll comparison was under 1,000, every real one over it shared words.
_WAR_TOLL = 1000.0
# An event of late December is news through January: a story of those days naming last year tells of it (set by
# hand from the one r19 case, a tsunami of Dec. 26 told on Jan. 18; not tuned)
_NEW_YEAR_DAYS = 31
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# Words any report of a toll uses, which say nothing of which happening it is.
_TOLL_WORDS = frozenset({"people", "person", "least", "said", "say", "reported", "report", "toll", "total",
                         "including", "officials", "official", "police", "number", "figure", "country"})
_OTHERS = re.compile(r"\s+other\s", re.IGNORECASE)
_ASIDE = re.compile(r"(?P<noun>(?:\s+[a-z][\w-]*){1,2}),\s+(?:including|among\s+them)\s+[^,;:()]{1,60},", re.IGNORECASE)
# "three of them seriously", "Eleven of the injured were taken to hospital": a part of a count told
# before, not a count of its own to set against other stories' totals.
_PART_OF = re.compile(r"\s+of\s+(them|whom|those|these|the)\b", re.IGNORECASE)
# "a fire that killed 67 of them", "About 65 of the young people died": a toll of the group the words after it
# name, no part of a toll told before (blind reading r18: the fire's 67 and 65 were never set against its 60).
_TOLL_VERB_BEFORE = re.compile(r"\b(?:killed|killing|kills|injured|injuring|injures|wounded|wounding)\s+$",
                               re.IGNORECASE)
_GROUP_TOLL = re.compile(r"\s+of\s+the\s+(?:[a-z-]+\s+){0,2}?(?P<who>[a-z]+)\s+(?:(?:were|was|have|had)\s+)?"
                         r"(?:died|killed|perished|injured|wounded|hurt)\b", re.IGNORECASE)
# A figure told as an earlier report: "Police earlier had reported 65 dead", "initially put the toll at 40".
_TOLD_BEFORE = re.compile(r"\b(?:earlier|previously|initially|originally|at first)\b(?:\s+[\w'’-]+){0,4}\s*$",
                          re.IGNORECASE)
# "six of those arrested are Klan supporters": a part that names whom it counts is that group's count of
# the kind ("Initially arrested were five Klan members" in another story: blind reading r17).
_PART_NAMED = re.compile(r"\s+of\s+(?:those|the|them)\s+(?P<kind>[a-z]+)\s+(?:are|were)\s+"
                         r"(?P<who>(?:[A-Za-z-]+\s+){0,2}?[a-z-]+s)\b", re.IGNORECASE)
# "rejected 214 candidates out of 400", "3 of 12 schools": a part told beside its whole, a count of those the
# clause picks out of them (the rejected, the closed), not of all the noun names as other stories count them.
_OUT_OF = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:out\s+)?of\s+(?:the\s+)?(?:\d|(?:" + _NUMBER_WORD + r")\b)",
                     re.IGNORECASE)
# The values a precise figure may take and still fit a rounded one: 213 dead fits "more than 200"
# and 2.8 million tons "about 3 million"; two rounded figures are compared as stated.
_CEILINGS = ("up to", "as many as", "as much as", "as high as")
_FLOORS = ("more than", "over", "at least")
_FITS: dict[str, tuple[float, float]] = {
    **dict.fromkeys(_FLOORS, (1.0, 1.25)),
    **dict.fromkeys(("about", "around", "roughly", "some", "approximately", "an estimated", "close to"), (0.9, 1.1)),
    **dict.fromkeys(("nearly", "almost", "less than", "fewer than"), (0.8, 1.0)),
    # An upper bound is no point estimate: "as many as 200,000" allows 110,000 and any count below it
    # (how far below, _magnitudes decides), so only a count above it is at odds with it.
    **dict.fromkeys(_CEILINGS, (0.0, 1.0)),
}
# A floor agrees with a count at most this much above it ("more than 200" and 213 dead), as "about" fits one;
# further above, the two are consistent but no agreement on a figure (blind reading r17: 7,500 and 9,000).
_FLOOR_AGREES = 1.1
_MONTH_OR_LABEL = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$|#$|\b(?i:no|nos|number|article|page|"
    r"resolution|flight|route|highway|interstate|model|version|room|gate|chapter|section|item|line|bus|channel|"
    r"platform|phase|stage|game|round|mission|category|class|grade|level|type|series|volume|vol|track|row|pier|"
    r"terminal|exit|runway|code|aged|age|ages|ranked|rank|size|paragraph|clause|bill|amendment|act|law|decree|"
    r"camp|sector|zone|km|mile|kilometer|kilometre|lap|seed)\.?$"
)
_AGE_BEFORE = re.compile(r"(?:\b(?:he|she|they|who)\s+(?:was|were|is|are)|\b(?:died|dead|killed)\b(?:\s+[a-z]+){0,3}"
                         r"\s+at)$", re.IGNORECASE)
_PLACE_WINDOW = 40  # characters either side of a figure
# A figure told over many places ("in four states", "nationwide", "across the country") is a total, no
# account of the count of one place it names ("500,000 Philadelphia-area homes" beside "1 million in four states").
_WIDE = re.compile(r"\b(?:nationwide|countrywide|statewide|worldwide|across\s+the\s+(?:country|nation|state|region|"
                   r"world|globe)|(?:in|across)\s+(?:all\s+|the\s+)?(?:\w+\s+)?(?:states|countries|provinces|regions|"
                   r"counties|cities|districts|territories))\b", re.IGNORECASE)
# Where a clause ends, for the place a figure's clause names (see Stated.places); a reporting verb ends the
# clause of who told it ("faxed to Reuters in Jerusalem said the attack, in which 24 people were injured").
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:but|while|whereas|although|after|before|when|said|says|say|told|tells|"
                           r"reported|reports|added|according\s+to)\b", re.IGNORECASE)
# A place told as where something happened: "in downtown Nairobi", "at the embassy in Kenya".
_LOCATED = re.compile(r"\b(?:in|at|near|outside)\s+(?:(?:the|downtown|central|northern|southern|eastern|"
                      r"western|(?:north|south)(?:east|west)(?:ern)?)\s+)?$", re.IGNORECASE)
# A sentence that opens with where it happened: "In southeastern Wisconsin, where a warning was in effect, ..."
_OPENING_PLACE = re.compile(r"\s*(?:In|At|Near|Outside)\s+[^,;:]{2,40}(?=,)")
_JOINED = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+", re.IGNORECASE)  # "Kenya and Tanzania", "Iraq, Syria"
# A figure its clause guesses at ("likely killed", "may have displaced"), a few words before it.
_GUESS = re.compile(r"\b(?:likely|probably|possibly|may|might|could|feared)\b(?:\s+[\w-]+){0,4}\s*$", re.IGNORECASE)
# A figure its clause sets as a condition or a goal ("to prevent them from gaining 60 seats", "hopes to win
# more than 100 golds", "would arrest 30 fugitives"): a threshold someone names, no count of what is. A count
# told as given ("if the 15 sailors are freed", "to win five of the 14 titles") stays: see _GIVEN.
_UNREAL = re.compile(r"\b(?:if|unless|would|should|(?:from|to)\s+(?:gain|gaining|win|winning|reach|reaching|"
                     r"get|getting|secure|securing|keep|keeping|lose|losing)|needs?|needed|wants?|hopes?|aims?|"
                     r"aiming|seeks?|goal|target)\b(?:\s+[\w'’-]+){0,3}\s*$", re.IGNORECASE)
_GIVEN = re.compile(r"\b(?:the|these|those|its|their|his|her|our|of)\s+$", re.IGNORECASE)
# Quotation marks that open and close a speaker's words (wire text writes `` and '').
_OPEN_QUOTE = re.compile(r"``|“|(?<![\w.,!?])\"(?=\S)")
_CLOSE_QUOTE = re.compile(r"''|”|(?<=\S)\"(?![\w])")


@dataclass(frozen=True, slots=True)
class Stated:
    """One figure in one sentence: what it counts, its value range and the words used."""

    about: str
    low: float
    high: float
    stated: str
    sentence: Sentence
    qualifier: str = ""
    start: int = 0  # where the figure's words are in the sentence
    subject: frozenset[str] = frozenset()  # the words naming who or what is counted ("children", "israelis")
    context: frozenset[str] = frozenset()  # content words around the figure, singular
    topic: frozenset[str] = frozenset()  # content words of the whole sentence, less those of any toll
    risen: bool = False  # said to have risen to this value ("the toll rose to 230")
    either: str = ""  # the kind as told, joined to a word of no kind ("arrested or interrogated"): see _EITHER

    def places(self, window: int = _PLACE_WINDOW, joined: bool = False) -> set[str]:
        """The places the sentence names within ``window`` characters of the figure (not those of another
        clause); a window of -1 takes the whole sentence. With ``joined``, only those named together
        ("in Kenya and Tanzania", "Iraq, Syria"): the figure is a total over all of them."""
        text = self.sentence.text
        low = 0 if window < 0 else max(0, self.start - window)
        high = len(text) if window < 0 else self.start + len(self.stated) + window
        found, together = self._places_between(low, high)
        return together if joined else found

    def scope(self, joined: bool = False) -> set[str]:
        """The places near the figure (:meth:`places`), or where none is, those its clause says it happened in
        before it ("The blast at the embassy in downtown Nairobi killed 213 people ... and injured 5,400"), not
        where it was told ("faxed to Reuters in Jerusalem said")."""
        if self.places():
            return self.places(joined=joined)
        clause = max((m.end() for m in _CLAUSE_BREAK.finditer(self.sentence.text, 0, self.start)), default=0)
        found, together = self._places_between(clause, self.start, located=True)
        return together if joined else found

    def opened(self) -> set[str]:
        """The places a sentence opens with as where it happened ("In southeastern Wisconsin, where ..."), if any."""
        opening = _OPENING_PLACE.match(self.sentence.text)
        return self._places_between(0, opening.end(), located=True)[0] if opening else set()

    def _places_between(self, low: int, high: int, located: bool = False) -> tuple[set[str], set[str]]:
        """The places named from ``low`` up to ``high`` (a place joined to one of them past it too), and
        those of them named together; with ``located``, only places told as where ("in Nairobi")."""
        text, found, together = self.sentence.text, set(), set()
        mentions = sorted((text.find(e.text, low), e.text) for e in self.sentence.entities if e.label in PLACES)
        last: tuple[int, str] | None = None
        for at, name in mentions:
            place = PARTICLE.sub("", name.casefold()).removeprefix("the ")
            # a place joined to one told of the figure is told of it too, past the window
            pair = last is not None and _JOINED.fullmatch(text[last[0]:at]) is not None
            where = not located or pair or _LOCATED.search(text, 0, max(at, 0)) is not None
            if at >= 0 and (at <= high or pair) and where:
                found.add(place)
                if pair and last is not None:
                    together |= {last[1], place}
                last = (at + len(name), place)
        return found, together

    def same_thing(self, other: Stated) -> bool:
        """Whether two figures of one kind may count the same thing: not told of different places near
        the figure (a place in another clause is another clause's), nor of different subjects ("12 children" and
        "40 adults"). Precision first: a false disagreement costs more than a missed one.

        Tolls must also be told in words of one happening: see :func:`_by_place`. Prison terms are of one
        person's (see :func:`_same_person`)."""
        if self.about == _TERM_ABOUT:
            return any(_same_person(a, b) for a in self.subject for b in other.subject)
        if self.subject and other.subject and not self.subject & other.subject:
            return False
        # "detained or questioned more than 30" and "harassed and briefly detained more than two dozen" count
        # two things: how the predicate a count is told with is joined is part of what it counts (blind reading
        # r19); "arrested or interrogated" and "detained or questioned" are one
        if _joined_by(self.either) != _joined_by(other.either):
            return False
        # "12 countries in the equestrian events" and "19 countries in snooker": a count of things that
        # is no known kind is one quantity only where the words around it say so.
        # A place both name is no such word ("205 dissidents from across China issued a petition" and
        # "214 dissidents in China planned a fast" are two groups): places are weighed below.
        if self.about not in _KINDS and not (self.context & other.context) - {_stem(self.about)} - _place_words(
                self.sentence) - _place_words(other.sentence) and not _same_subject(self, other):
            return False
        near, other_near = self.places(), other.places()
        if (near or other_near) and self.wide != other.wide:
            return False
        together, other_together = self.places(joined=True), other.places(joined=True)
        if not (near and other_near):
            # a figure with no place near it is told of the place its clause names, where that tells a part
            # from a whole over places named together (blind reading r18: the injured of the Nairobi blast set
            # against those of the bombings in Kenya and Tanzania); a part's place is no split otherwise, for
            # one place may lie in another (Jerusalem, Israel) and the words do not say so
            near, other_near = self.scope(), other.scope()
            together, other_together = self.scope(joined=True), other.scope(joined=True)
            # a sentence that opens with its place tells its figure of it: "In southeastern Wisconsin, ...
            # officials said slick conditions led to at least two fatalities" is no toll of a pileup in Iowa
            # (blind reading r19)
            opened, other_opened = self.opened(), other.opened()
            if not (together or other_together or opened or other_opened):
                return True
            near, other_near = near or opened, other_near or other_opened
        if near and other_near:
            # "224 killed in Kenya and Tanzania" and "213 killed in Kenya": the toll of a part is no
            # account of the total over the places named together
            return (any(_same_place(a, b) for a in near for b in other_near)
                    and all(any(_same_place(a, b) for b in near) for a in other_together)
                    and all(any(_same_place(a, b) for b in other_near) for a in together))
        return True

    @property
    def wide(self) -> bool:
        """Whether the words near the figure tell it over many places (see ``_WIDE``)."""
        near = self.sentence.text[max(0, self.start - _PLACE_WINDOW):self.start + len(self.stated) + _PLACE_WINDOW]
        return _WIDE.search(near) is not None

    @property
    def told_before(self) -> bool:
        """Whether its clause tells the figure as an earlier report ("Police earlier had reported 65 dead")."""
        return _TOLD_BEFORE.search(re.split(r"[;,]", self.sentence.text[:self.start])[-1]) is not None

    @property
    def vague(self) -> bool:
        return self.high > self.low * 1.5

    @property
    def exact(self) -> bool:
        """Whether the figure is a count told as exact: digits of a whole number with no qualifier and no
        scale word ("153", "5,400"; not "about 150", "1.5 million", "dozens"), of no measure or sum. Two
        exact counts that differ at all are two values ("150 Chinese passengers" and "153": blind reading r18)."""
        return not self.qualifier and not _measure(self.about) and _EXACT.fullmatch(self.stated) is not None

    @property
    def value(self) -> float:
        return self.low


def _joined_by(either: str) -> str:
    """How a figure's kind is joined to another predicate (see :attr:`Stated.either`): "and", "or" or ""."""
    return next((word for word in ("and", "or") if f" {word} " in either), "")


def _same_subject(first: Stated, second: Stated) -> bool:
    """Whether two counts under one noun are told of one named subject in words of one doing:
    "More than 30 women have come forward, some accusing Cosby of sexually assaulting them" and "Forty women
    have condemned Cosby for sexually assaulting them" name the same person (no place) and share a word
    besides ("assault"). The words around a figure (its ``context``) often miss both, being farther off.

    >>> from newsbrief.model import Entity
    >>> def count(article, text):
    ...     return figures(Sentence(article, 0, 0, text, (Entity("Cosby", "PERSON"),)))[0]
    >>> accused = count("b", "Forty women have publicly accused Cosby of assault.")
    >>> [_same_subject(count("a", text), accused) for text in (
    ...     "More than 30 women have come forward, some accusing Cosby of assaulting them.",
    ...     "More than 30 women marched past Cosby's house.")]
    [True, False]
    """
    named = _names(first.sentence) & _names(second.sentence)
    if not named:
        return False
    words = {root(w) for w in first.topic} & {root(w) for w in second.topic}
    return bool(words - {root(w) for name in named for w in content_words(name)} - {root(_stem(first.about))})


_POSSESSIVE = re.compile(r"(?:['’]s?)$")  # "Snipes’ staff": the name is "Snipes"


def _names(sentence: Sentence) -> frozenset[str]:
    """The names of people and bodies (no places, and none of the spans that only vote on a name's kind,
    such as a people's "Americans") a sentence's entities give, case folded."""
    return frozenset(_POSSESSIVE.sub("", e.text.casefold()) for e in sentence.entities
                     if e.label not in PLACES and e.label not in KIND_LABELS)


def root(word: str) -> str:
    """A content word (as :func:`content_words` gives it) crudely stripped of its verb ending: "assaulting",
    "assaulted" and "assault" are one root, "mixed" and "mix" another."""
    for ending in ("ing", "ed", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word


def _same_place(a: str, b: str) -> bool:
    """Whether two place names (case folded) name one place: the same, or one a part named after the
    other, its words first ("linden falls" and "linden falls station"). "Sudan" and "South Sudan",
    or "North Korea" and "South Korea", are two.

    >>> [_same_place(a, b) for a, b in (("linden falls", "linden falls station"), ("sudan", "south sudan"))]
    [True, False]
    """
    short, long = sorted((a.split(), b.split()), key=len)
    return long[:len(short)] == short


def _place_words(sentence: Sentence) -> frozenset[str]:
    """The words of the places a sentence names, as :func:`content_words` gives them."""
    return content_words(" ".join(e.text for e in sentence.entities if e.label in PLACES))


@functools.lru_cache(maxsize=4096)
def _topic(text: str) -> frozenset[str]:
    """The content words of a sentence, less those of any toll and number words (a figure's ``topic``). Cached:
    a brief reads a sentence's figures at every comparison, and most of its time here is this."""
    # number words: two sentences that both say "dozens" or "thousands" share no word of what happened
    # (blind reading r18: squatter homes of one place and a town's homes "agreed" on "dozens")
    return frozenset(word for word in content_words(text) if word not in _TOLL_WORDS
                     and not any(p.search(word) for _, p in _ABOUT) and not _COUNT_WORD.fullmatch(word))


def figures(sentence: Sentence) -> list[Stated]:
    """The figures a sentence states about people or things it counts, in the order it states them.

    Counts take the kind of what they count ("killed", "games"); a percentage, a weight or length and a
    sum of money take the kind of what they are of (see :func:`_percent_of`, :func:`_measured`,
    :func:`_priced`), or are left out. The earlier value of a change ("rose from 231 to 10,000") is left
    to :func:`changes`.

    >>> [(f.about, f.low, f.stated) for f in figures(Sentence("a", 0, 0, "Nearly half a million people died."))]
    [('killed', 500000.0, 'Nearly half a million')]
    """
    text = sentence.text
    found: list[Stated] = []
    matches = list(_FIGURE.finditer(text))
    # the earlier value of a change ("rose from 231 to 10,000") is no figure of the day: see changes()
    earlier = {change.start("old") for change in _CHANGE.finditer(text)}
    for index, match in enumerate(matches):
        low, high = _value(match.group("number").casefold())
        part = _PART_NAMED.match(text, match.end())
        kind = next((about for about, p in _ABOUT if p.fullmatch(part.group("kind"))), None) if part else None
        if part is None or kind is None or not _is_people(part.group("who").split()[-1].casefold()):
            part = None
        # "the United States and 15 other nations" are sixteen: a count of the others is no total.
        if (low is None or match.start("number") in earlier or _is_date_or_label(text, match)
                or _OTHERS.match(text, match.end())
                or (_PART_OF.match(text, match.end()) and part is None and not _toll_of_group(text, match))
                or _OUT_OF.match(text, match.end())):
            continue
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        after = text[match.end():min(end, match.end() + _WINDOW)]
        # "248 people, including a dozen Americans, were killed": the aside holds a part of the count,
        # and what the count is of is told after it
        if aside := _ASIDE.match(text, match.end()):
            after = aside.group("noun") + text[aside.end():aside.end() + _WINDOW]
        # "the death toll from the quake rose to 10,000": what rose is named further back
        risen = _RISEN.search(text[:match.start()]) is not None
        about = _about(after, text[:match.start()], _RISEN_LEAD_IN if risen else _LEAD_IN)
        if part is not None:  # "six of those arrested are Klan supporters" counts Klan supporters arrested
            about, after = kind, " " + part.group("who")
        # "22 invalid ballots with 183 valid ones": "ones" counts what the count before it counted
        if about is None and found and _ONES.match(after):
            about = found[-1].about
        # Small counts of things ("two leaders", "three rounds") are detail, not the key figures of an event.
        if about is None or (about not in _KINDS and high < _KEY_COUNT):
            continue
        qualifier = " ".join((match.group("qualifier") or "").casefold().split())
        # "a dozen spending bills" is a round word, as "about 12" is: 13 bills fits it
        if not qualifier and re.fullmatch(r"(?:an?\s+)?dozen", match.group("number").casefold()):
            qualifier = "about"
        # the words around the count, not its own: "thousands of homes" to roof and "thousands of homes" to
        # rebuild share no word but the number's (blind reading r18: two groups' homes agreed on "dozens")
        context = (content_words(text[max(0, match.start() - _CONTEXT):match.start()])
                   | content_words(text[match.end():match.end() + _CONTEXT]))
        found.append(Stated(about, low, high, match.group(0).strip(), sentence, qualifier, match.start(),
                            _subject(after) if about in _KINDS else frozenset({about}), context, _topic(text), risen,
                            _either(about, after, text[:match.start()], _RISEN_LEAD_IN if risen else _LEAD_IN)))
    for match in _PERCENT.finditer(text):
        low, high = _value(match.group("number").casefold())
        thing = _vote_share(sentence, match) or _percent_of(text, match)
        if low is None or thing is None or match.start("number") in earlier:
            continue
        about = f"{_PERCENT_ABOUT} {thing}"
        qualifier = " ".join((match.group("qualifier") or "").casefold().split())
        context = content_words(text[max(0, match.start() - _CONTEXT):match.end() + _CONTEXT])
        found.append(Stated(about, low, high, match.group(0).strip(), sentence, qualifier, match.start(),
                            frozenset({about}), context, _topic(text), _RISEN.search(text[:match.start()]) is not None))
    for match in _MEASURE.finditer(text):
        low, high = _value(match.group("number").casefold().replace("-", " "))
        thing = _measured(text, match)
        if low is None or thing is None:
            continue
        about = f"{_MEASURE_UNIT[match.group('unit').casefold()]} {thing}"
        qualifier = " ".join((match.group("qualifier") or "").casefold().split())
        context = content_words(text[max(0, match.start() - _CONTEXT):match.end() + _CONTEXT])
        stated = text[match.start():match.end("unit")].strip()
        found.append(Stated(about, low, high, stated, sentence, qualifier, match.start(), frozenset({about}),
                            context, _topic(text)))
    for match in _TERM.finditer(text):
        group = "number" if match.group("number") else "compound"
        low, _ = _value(match.group(group).casefold().replace("-", " "))
        told = match.group("verb") is None or match.group("verb").casefold() in ("sentenced", "jailed", "imprisoned")
        whom = _sentenced(sentence, match)
        if (low is None or whom is None or not (told or _TERM_TOLD.search(text))
                or _LISTED.search(text[:match.start(group)]) or re.match(r"\s+(?:and|or|to)\s+\d", text[match.end():])):
            continue
        context = content_words(text[max(0, match.start() - _CONTEXT):match.end() + _CONTEXT])
        found.append(Stated(_TERM_ABOUT, low, low, text[match.start(group):match.end()].strip(), sentence, "",
                            match.start(group), frozenset({whom}), context, _topic(text)))
    if _TERM_TOLD.search(text):
        found += _terms_listed(sentence)
    for match in _SUM.finditer(text):
        low, high = _value(match.group("number").replace(",", ""))
        thing = _priced(text, match)
        if low is None or thing is None:
            continue
        scale = (match.group("scale") or "").casefold()
        value = low * (_SCALE.get(scale, 1e12 if scale == "trillion" else 1.0))
        about = f"{_CURRENCY[match.group('currency').casefold().strip()]} {thing}"
        qualifier = " ".join((match.group("qualifier") or "").casefold().split())
        context = content_words(text[max(0, match.start() - _CONTEXT):match.end() + _CONTEXT])
        found.append(Stated(about, value, value, match.group(0).strip(), sentence, qualifier, match.start(),
                            frozenset({about}), context, _topic(text)))
    return sorted(found, key=lambda f: f.start)


def _toll_of_group(text: str, match: re.Match[str]) -> bool:
    """Whether a count followed by "of them" or "of the ..." is a toll of that group rather than a part of a
    toll told before: a toll word right before it ("the fire killed 67 of them", not "173 were injured, 20 of
    them severely"), or people after it who died or were hurt ("65 of the young people died", not "Eleven of
    the injured were taken to hospital").

    >>> [_toll_of_group(t, [*_FIGURE.finditer(t)][-1]) for t in ("The fire killed 67 of them.", "About 65 of the "
    ...  "young people died.", "Eleven of the injured were taken away.", "In all 173 were injured, 20 of them badly.")]
    [True, True, False, False]
    """
    if _TOLL_VERB_BEFORE.search(text, 0, match.start()):
        return True
    group = _GROUP_TOLL.match(text, match.end())
    who = group.group("who").casefold() if group else ""
    return group is not None and _is_people(who) and not any(p.search(who) for _, p in _ABOUT)


def _sentenced(sentence: Sentence, match: re.Match[str]) -> str | None:
    """Whom a prison term (a match of ``_TERM``) was handed: the person named between its verb and its number
    ("sentenced Xu to 13 years"), else the last named shortly before ("Qin Yongmin had been sentenced"), or
    ``None`` where the sentence names no one there."""
    text = sentence.text
    people = sorted((at, e.text) for e in sentence.entities if e.label == "PERSON"
                    for at in [text.find(e.text)] if at >= 0)
    verb = match.start("verb") if match.group("verb") else match.start()
    number = match.start("number") if match.group("number") else match.start("compound")
    between = [name for at, name in people if verb <= at < number]
    before = [name for at, name in people if verb - _TERM_LEAD_IN <= at < verb]
    named = between or before
    return named[-1] if named else None


def _terms_listed(sentence: Sentence) -> list[Stated]:
    """The prison terms a sentence lists beside as many names, each the term of the name in its place
    (see ``_TERMS_LISTED``)."""
    text, found = sentence.text, []
    for match in _TERMS_LISTED.finditer(text):
        terms = re.findall(rf"\d+|{_NUMBER_WORD}", match.group("terms"), re.IGNORECASE)
        people = sorted({(at, e.text) for e in sentence.entities if e.label == "PERSON"
                         for at in [text.find(e.text)] if match.start() - _TERMS_NAMED <= at < match.end() + 60})
        if len(people) != len(terms):
            continue
        context = content_words(text[max(0, match.start() - _CONTEXT):match.end() + _CONTEXT])
        at = match.start()
        for term, (_, name) in zip(terms, people, strict=True):
            at = text.index(term, at)
            value = _value(term.casefold())[0]
            if value is not None:
                found.append(Stated(_TERM_ABOUT, value, value, f"{term} years", sentence, "", at,
                                    frozenset({name}), context, _topic(text)))
    return found


def _same_person(first: str, second: str) -> bool:
    """Whether two names (as told) name one person: the same, one's words part of the other's ("Qin" and
    "Qin Yongmin"), or one spelt a letter apart from the other ("Qin Yongmin" and "Qin Yongming").

    >>> [_same_person(a, b) for a, b in (("Qin", "Qin Yongmin"), ("Qin Yongmin", "Qin Yongming"), ("Xu Wenli", "Qin"))]
    [True, True, False]
    """
    a, b = (_POSSESSIVE.sub("", n.casefold()).split() for n in (first, second))
    short, long = sorted((a, b), key=len)
    if set(short) <= set(long):
        return True
    joined = sorted((" ".join(a), " ".join(b)), key=len)
    return (len(a) == len(b) and len(joined[0]) >= 8 and len(joined[1]) - len(joined[0]) <= 1
            and any(joined[1][:i] + joined[1][i + 1:] == joined[0] for i in range(len(joined[1]))))


def _priced(text: str, match: re.Match[str]) -> str | None:
    """What a sum is told of: the name it is joined to ("the $240 million Zarya": "zarya"), or the party
    that pays it ("the United States is expected to pay $24 billion": "to pay by united states")."""
    before = text[:match.start()]
    if payer := _PAYER.search(before):
        name = payer.group("name")
        name = ALIASES.get(name.casefold(), ALIASES.get(name.casefold().removeprefix("the "), name))
        if name.casefold() in STOP_WORDS:
            return None
        return f"to {_PAYS[payer.group('verb')]} by {name.casefold()}"
    if re.search(r"\b(?:the|a|an)\s+$", before, re.IGNORECASE) and (named := _NAME_AFTER.match(text[match.end():])):
        return named.group("name").casefold()
    return None


def _measured(text: str, match: re.Match[str]) -> str | None:
    """What a weight or length measures: the name it is told of ("Zarya, a 42,000-pound tugboat"), else the
    name or noun it is joined to ("the 44,000-pound Zarya", "a 40,000-pound cylinder")."""
    if appositive := _APPOSITIVE.search(text[:match.start()]):
        return appositive.group("name").casefold()
    words = [w for w in match.group("thing").split() if w.casefold() not in STOP_WORDS]
    # "the 400-meter individual medley", "the 100-mile race": a length that names an event measures nothing
    if any(w.casefold().removesuffix("s") in _RACES for w in words):
        return None
    names = [w for w in words if w[0].isupper()]
    thing = names[0] if names else (words[-1] if words else None)
    return _stem(thing.casefold()) if thing else None


def changes(sentence: Sentence) -> list[tuple[Stated, Stated]]:
    """The figures a sentence reports as changed, each as (earlier value, value now).

    "The share of the wreck recovered rose from 60 to 90 percent" gives 60 and 90 percent of the wreck
    recovered; "the toll climbed from 231 to more than 10,000" gives 231 and more than 10,000 killed, when
    the value now is a figure :func:`figures` reads (the earlier one takes its kind).

    >>> [(old.low, new.low, new.about) for old, new in changes(Sentence("a", 0, 0,
    ...     "The death toll rose from 231 to 10,000."))]
    [(231.0, 10000.0, 'killed')]
    """
    found = []
    now = figures(sentence)
    for match in _CHANGE.finditer(sentence.text):
        new = next((f for f in now if f.start == match.end()), None)
        old = _value(" ".join(match.group("old").casefold().replace("-", " ").split()))[0]
        if new is None or old is None or old == new.low:
            continue
        found.append((Stated(new.about, old, old, match.group("old"), sentence, "", match.start("old"),
                             new.subject, new.context, new.topic), new))
    return found


def _vote_share(sentence: Sentence, match: re.Match[str]) -> str | None:
    """A candidate's share of a vote ("Cardoso appeared to have won 51 percent of the vote"), keyed by the
    candidate's name: the name a vote goes to ("of the vote for Reis"), else the last name told before it as
    winning, taking or beating ("percent of vote, cardoso"). ``None`` for a percentage of no vote, of one
    counted ("with 22 percent of the vote counted"), or of no one so named ("he took", "Polls project that ...";
    NER tags too few candidates as people, some as places, to be read for this).

    >>> share = lambda text: [f.about for f in figures(Sentence("a", 0, 0, text))]
    >>> share("With 22 percent of the vote counted, Rosa Lima had won 51 percent of the vote, beating Paulo Reis.")
    ['percent of vote, lima']
    >>> share("In 1994 he won his seat in the Senate with 48 percent of the vote.")
    []
    """
    text = sentence.text
    vote = _OF_VOTE.match(text, match.end())
    if vote is None:
        return None
    if given := _VOTE_FOR.match(text, vote.end()):
        name = given.group("name")
    else:
        winners = list(_WINNER.finditer(text, 0, match.start()))
        name = winners[-1].group("name") if winners else ""
    if not name or name.casefold() in STOP_WORDS or _CALENDAR.fullmatch(name):
        return None
    return f"of vote, {_POSSESSIVE.sub('', name.casefold())}"


def _percent_of(text: str, match: re.Match[str]) -> str | None:
    """What a percentage is a share of, in a few words ("of wreck recovered", "turnout"), or ``None``
    when the words around it do not say (precision first: "65 percent are stunted" of whom?).

    The thing and what is said of it make the key together: "30 percent of children under 2 are
    malnourished" and "62 percent of children under 7 are stunted" are two quantities.
    """
    after, before = text[match.end():], text[:match.start()]
    if _OF_ECONOMY.match(after):
        clause = re.split(r"[;:()]", before[-_FISCAL_LEAD_IN:])[-1]
        told = list(_FISCAL.finditer(clause))
        if not told or _COMPLEMENT.search(clause[:told[-1].start()]):
            return None
        modifier = " ".join((told[-1].group("modifier") or "").casefold().split())
        head = told[-1].group("head").casefold()
        return f"{_OF_GDP}, {_FISCAL_ALIKE.get(modifier, modifier)} {head}".replace(",  ", ", ")
    if rate := _RATE_AFTER.match(after):
        return rate.group("rate").casefold()
    clause = re.split(r"[;:,()]|\band\b|\bbut\b|\bwhile\b", before)[-1]
    if rate := _RATE_BEFORE.search(clause):
        return rate.group("rate").casefold()
    share = _PERCENT_OF.match(after) or _SHARE_OF.search(clause)
    if share is None:
        return None
    # "all children" is another scope than "children under 7": a share's scope words stay in its key
    words = [_ALIKE.get(w, _stem(w)) for w in re.findall(r"[\w’'-]+", share.group("phrase").casefold())
             if w not in STOP_WORDS or w in _SCOPE]
    predicate = share.group("predicate").casefold()
    if not words or predicate in STOP_WORDS:
        return None
    return f"of {' '.join(words)} {predicate}"


def content_words(text: str) -> frozenset[str]:
    """The content words of a text, lower case and crudely singular ("embassies" is "embassy")."""
    return frozenset(_stem(word.casefold()) for word in re.findall(r"[A-Za-z][A-Za-z'’]{2,}", text)
                     if word.casefold() not in STOP_WORDS)


def _stem(word: str) -> str:
    """A word (lower case) crudely singular: "embassies" is "embassy"; "news", "status" and "crisis" stay."""
    if word in _NOT_PLURAL or word.endswith(("ss", "us", "is")):
        return word
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


def _subject(after: str) -> frozenset[str]:
    """The words right after a figure that say who it counts ("21 Palestinian children" counts
    {"palestinian", "children"}); none for words that fit anyone ("people", "were", "dead")."""
    words = re.match(r"\s+([A-Za-z’'-]+)(?:\s+([A-Za-z’'-]+))?(?:\s+([A-Za-z’'-]+))?", after)
    if words is None:
        return frozenset()
    told = [w for w in words.groups() if w]
    # "ten United States nationals": two capitalised words are a name qualifying whom it counts, not who
    if len(told) > 2 and told[0][0].isupper() and told[1][0].isupper():
        told = told[2:]
    named = set()
    for word in (w.casefold() for w in told[:2]):
        if word in STOP_WORDS or word in _ANYONE or any(p.search(word) for _, p in _ABOUT):
            break
        named.add(word.removesuffix("s"))
    return frozenset(named)


def _value(number: str) -> tuple[float | None, float]:
    """The value range of a number's words (lower case), or ``(None, 0)`` for words that are no number.

    >>> [_value(n)[0] for n in ("fifty-seven", "two dozen", "a hundred and twelve", "half a million", "1,500")]
    [57.0, 24.0, 112.0, 500000.0, 1500.0]
    """
    if number in _VAGUE:
        return _VAGUE[number]
    words = " ".join(number.replace(",", "").split())
    for fraction, share in _FRACTION.items():
        if words.startswith(fraction + " "):
            return share * _SCALE[words.split()[-1]], share * _SCALE[words.split()[-1]]
    # "a hundred" is one hundred; text2num reads only the number words themselves.
    words = words.removeprefix("a ")
    dozens = 1.0
    if words == "dozen" or words.endswith(" dozen"):
        words, dozens = words.removesuffix("dozen").strip() or "one", 12.0
    head, _, scale = words.rpartition(" ")
    if scale in _SCALE and _is_decimal(head):
        return float(head) * _SCALE[scale], float(head) * _SCALE[scale]
    if _is_decimal(words):
        return float(words), float(words)
    try:
        base = float(text2num(words, "en"))
    except ValueError:  # number words that make no one number ("nineteen ninety-eight" is a year)
        return None, 0.0
    return base * dozens, base * dozens


def _is_decimal(text: str) -> bool:
    return re.fullmatch(r"\d+(?:\.\d+)?", text) is not None


def _is_date_or_label(text: str, match: re.Match[str]) -> bool:
    """Years, days of months, ages, times and identifiers are not figures: "Flight 447", "Boeing 737",
    "Resolution 1199", "aged 51" name or date something, they count nothing."""
    number = match.group("number")
    before = text[:match.start()].rstrip()
    if re.fullmatch(r"(19|20)\d\d", number):
        return True
    # "Anwar, 51, was arrested": an age between commas after a name.
    if re.search(r"\b[A-Z][\w'’-]+,$", before) and text[match.end():].startswith(","):
        return True
    # "died of cancer at 42.", "found dead at 37 Sunday", "since he was 13,": an age, followed by no noun.
    if _AGE_BEFORE.search(before) and re.match(r"\s*(?:[,.;)]|$|[A-Z])", text[match.end():]):
        return True
    if _MONTH_OR_LABEL.search(before):
        return True
    # A number right after a name is part of the name ("Boeing 737", "Apollo 11", "Windows 95"),
    # unless that word is a common one capitalised at the start of the sentence ("All 228 passengers").
    name = re.search(r"(?:^|\s)([A-Z][\w’'-]*)$", before) if before and not match.group("qualifier") else None
    return name is not None and name.group(1).casefold() not in STOP_WORDS and number[0].isdigit()


def _about(after: str, before: str, lead_in: int = _LEAD_IN) -> str | None:
    """What a figure counts: the plural noun right after it ("114 preseason games" counts games, "4,000
    signatures" counts signatures, whatever toll word is near), else a known kind from the words after
    it (failing that, just before it) where the noun is of people or none is named ("12 people were
    killed", "killed 40 Americans"); money, time and measures are left out ("24 hours before he died")."""
    if _MONEY.search(before[-3:]) or _MONEY.search(after[:12]):
        return None
    # "deaths in at least five states": a count of places is no toll, whatever toll word comes near it.
    if places := _PLACE_COUNT.match(after):
        return places.group("noun").casefold()
    if members := _MEMBERS.match(after):
        return _MEMBER_PLURAL[members.group("noun").casefold()]
    if (unit := _UNIT_AFTER.match(after)) and unit.group("unit").casefold() in _UNIT:
        return None  # "died 11 days after", "134 degrees in Death Valley": no count of anything that happened
    noun = _NOUN.match(after)
    # "20 went to hospitals": a verb or a preposition on the way ends the phrase that names what is counted
    if noun is not None and any(word.casefold() in STOP_WORDS for word in noun.group("between").split()):
        noun = None
    name = noun.group("noun") if noun is not None else None
    if name in STOP_WORDS or name in _NOT_PLURAL:  # "over 10,000 as rescuers came": "as" is no noun
        name = None
    # "the tsunami that claimed more than 175,000 victims": lives a disaster claimed are its dead
    if (name in _CLAIMED_NOUNS and noun is not None and _CLAIMED.search(before)
            and not re.match(r"\s+of\b", after[noun.end():])):  # "claimed 300 victims of fraud" says who they were
        return "killed"
    if name is not None and not _is_people(name) and not any(p.search(name) for _, p in _ABOUT):
        if name in _UNITS:
            return None
        # "7,500 frames per second" is a rate, no count of frames: its label says so
        rate = _PER.match(after, noun.end()) if noun is not None else None
        return f"{name} per {rate.group('unit').casefold()}" if rate else name
    clause = re.split(r"[;:]|\band\b|\bbut\b|\bwhile\b", after, maxsplit=1)[0]
    # "killed 12 people", "the death toll rose to 230": the kind may come just before the figure.
    lead = re.split(r"[;:,]|\band\b|\bbut\b|\bwhile\b", before[-lead_in:])[-1]
    for text in (clause, lead):
        for about, pattern in _ABOUT:
            if pattern.search(text):
                return about
    return name


def _either(about: str, after: str, before: str, lead_in: int = _LEAD_IN) -> str:
    """The words that tell a figure's kind joined by "or" to a word of no kind, where :func:`_about` reads
    the kind ("at least 32 dissidents arrested or interrogated": "arrested or interrogated"), else "".

    >>> [f.either for f in figures(Sentence("a", 0, 0, "At least 32 people were detained or questioned."))]
    ['detained or questioned']
    """
    pattern = dict(_ABOUT).get(about)
    if pattern is None:
        return ""
    clause = re.split(r"[;:]|\band\b|\bbut\b|\bwhile\b", after, maxsplit=1)[0]
    lead = re.split(r"[;:,]|\band\b|\bbut\b|\bwhile\b", before[-lead_in:])[-1]
    # "police have harassed and briefly detained more than two dozen": the verbs joined by "and" end the lead-in
    both = _BOTH.search(re.split(r"[;:,]", before[-lead_in:])[-1])
    for found in (list(_EITHER.finditer(clause)), list(_EITHER.finditer(lead)), [both] if both else []):
        for match in found:
            kinds = [any(p.search(word) for _, p in _ABOUT) for word in match.group("first", "second")]
            if pattern.search(match.group(0)) and kinds.count(True) == 1:
                return " ".join(match.group(0).casefold().split())
    return ""


def _is_people(noun: str) -> bool:
    """Whether a plural noun names people, whom a toll or an arrest counts ("teenagers", "residents")."""
    return noun in _ANYONE or noun in _PEOPLE or noun.endswith(_PEOPLE_ENDINGS)


def compare_figures(
    sentences: Sequence[Sentence], story_of: Mapping[str, str], published: Mapping[str, dt.date]
) -> tuple[tuple[Figure, ...], tuple[Figure, ...], tuple[Figure, ...]]:
    """Disagreements, agreements and updates among the figures the articles state.

    Figures about the same thing ("killed") from two articles or more are compared; copies of one
    story agree in nothing (they are one witness) but may disagree (two versions of a wire story);
    figures of sentences naming a year before their article's are background and left out, and so are
    photo captions (:func:`newsbrief.clean.is_caption`) and figures their clause guesses at ("the
    disasters likely killed more than 10,000").
    Point values more than 2% apart differ; a vague figure ("hundreds of thousands") differs
    only from values outside its range, and a ceiling ("as many as 200,000") only from values above
    it. Differing figures are an update when, read in order of publication, they only grow, no value is
    told after the next was first told, and the newest comes on a day of its own (a toll rising as news
    comes in; earlier values may share a day);
    otherwise a disagreement (a lower figure after a higher one is never an update; a weight or
    length never changes). Figures more than tenfold apart are compared only when the larger is
    said to have risen to its value ("the toll rose to 10,000"), as an update. A sentence that
    reports a change itself ("the share recovered rose from 60 to 90 percent") is an update with its
    earlier value undated. Figures that do not differ are an agreement. The claims of an update are
    oldest first (:attr:`Figure.newest` is the last).

    Returns:
        ``(disagreements, agreements, updates)``, each sorted by how many stories speak of it.
    """
    by_about: dict[str, list[Stated]] = defaultdict(list)
    changed: list[tuple[Sentence, Stated, Stated]] = []
    joining: set[float] = set()
    for sentence in sentences:
        joining |= {v for m in _JOINERS.finditer(sentence.text) if (v := _value(m.group("number").casefold())[0])}
        day = published.get(sentence.article_id)
        # "a 1996 bomb attack that killed 19" in a 1998 story is background, not this event's figure; but last
        # year in a story of the new year's first weeks is this event's ("the tsunami of Boxing Day 2004 that
        # claimed more than 175,000" on Jan. 18, 2005: blind reading r19)
        if day is not None and any(int(year) < day.year and not _last_year_lately(int(year), day)
                                   for year in _YEAR.findall(sentence.text)):
            continue
        # a photo's caption ("Four people were killed in this file photo") tells a picture, not the news
        if is_caption(sentence.text):
            continue
        for figure in figures(sentence):
            # "disasters that likely killed more than 10,000": a guess, no count to set against a reported one
            clause = re.split(r"[;,]", sentence.text[:figure.start])[-1]
            # a speaker's words ("We fear irrelevance if we go below 41 seats") argue, they do not
            # report: a figure in a quotation is left to the story's own words, as is a condition or a goal
            unreal = _UNREAL.search(clause) is not None and not _GIVEN.search(clause)
            if not (_GUESS.search(clause) or unreal or _quoted(sentence.text, figure.start)):
                by_about[figure.about].append(figure)
        changed += [(sentence, old, new) for old, new in changes(sentence)]
    found: dict[str, list[Figure]] = {"disagree": [], "agree": [], "update": []}
    for about, all_stated in by_about.items():
        for same_size in _magnitudes(all_stated):
            for stated in _by_place(same_size):
                _compare(about, stated, story_of, published, found, joining=frozenset(joining))
        # A figure that rose tenfold or more over days ("231 dead" on Monday, "the toll rose to 10,000"
        # on Friday) is one update, which takes the place of what its figures were found to be apart.
        for same_size in _magnitudes(all_stated, bridge=True):
            for stated in _by_place(same_size):
                if (len(_magnitudes(stated)) < 2
                        or _compare(about, stated, story_of, published, found, dry=True) != "update"):
                    continue
                told = {(s.sentence.article_id, s.low) for s in stated}
                for kind, figures_found in found.items():
                    found[kind] = [f for f in figures_found if f.about != about or not all(
                        (source, c.value) in told for c in f.claims for source in c.sources)]
                _compare(about, stated, story_of, published, found)
    reported = {(f.about, c.value, s) for f in found["update"] for c in f.claims for s in c.sources}
    for sentence, old, new in changed:
        # one article's "rose from 60 to 90 percent": the earlier value's day is not told
        if (new.about, new.low, sentence.article_id) not in reported:
            found["update"].append(Figure(new.about, (_claim([old], {}), _claim([new], published))))

    def most_reported(figure: Figure) -> tuple[int, str]:
        return -story_count((s for c in figure.claims for s in c.sources), story_of), figure.about

    disagreements, agreements, updates = (tuple(sorted(found[kind], key=most_reported))
                                          for kind in ("disagree", "agree", "update"))
    return disagreements, agreements, updates


def _last_year_lately(year: int, day: dt.date) -> bool:
    """Whether ``year`` is the year before ``day`` and ``day`` within ``_NEW_YEAR_DAYS`` of the new year."""
    return year == day.year - 1 and day.timetuple().tm_yday <= _NEW_YEAR_DAYS


def _quoted(text: str, at: int) -> bool:
    """Whether the character at ``at`` of a sentence is inside a quotation: more quotation marks open
    than close before it, or none opens before it and one closes after it (the sentence is the second
    of a quoted passage: "Now we have 44 launches to go.''").

    >>> [_quoted(t, t.index("4")) for t in ("He said: ``We lost 41 seats.''", "We lost 41 seats.''",
    ...                                      'He said "badly" that 41 died.', "Officials said 41 died.")]
    [True, True, False, False]
    """
    before, after = text[:at], text[at:]
    opened = len(_OPEN_QUOTE.findall(before)) - len(_CLOSE_QUOTE.findall(before))
    if opened > 0:
        return True
    first_close = _CLOSE_QUOTE.search(after)
    first_open = _OPEN_QUOTE.search(after)
    return (not _OPEN_QUOTE.search(before) and first_close is not None
            and (first_open is None or first_close.start() < first_open.start()))


def superseded(sentence: Sentence, updates: Sequence[Figure]) -> Claim | None:
    """The newest claim of an update (see :func:`compare_figures`) whose earlier value the sentence states
    as its own figure, or ``None``: "the storm killed 231 people" in Monday's story, where Friday's says
    the toll rose to over 10,000. Precision first, a sentence is caught only where the update counted
    its figure: its article is among the earlier claim's and the values match (:func:`_differ`); a
    sentence that reports the change itself ("rose from 231 to over 10,000") states the newest value.

    >>> from newsbrief.model import Claim, Figure
    >>> toll = Figure("killed", (Claim(231.0, "231", "", ("mon",)), Claim(1e4, "over 10,000", "", ("fri",))))
    >>> superseded(Sentence("mon", 0, 0, "The storm killed 231 people."), [toll]).stated
    'over 10,000'
    >>> superseded(Sentence("mon", 0, 0, "The toll rose from 231 to over 10,000."), [toll]) is None
    True
    """
    if not updates:
        return None  # most events: no figure rose, and the sentence's figures need not be read
    stated = figures(sentence)
    for figure in updates:
        newest = figure.newest
        for claim in figure.claims:
            if claim is newest or sentence.article_id not in claim.sources:
                continue
            earlier, now = _as_stated(figure.about, claim, sentence), _as_stated(figure.about, newest, sentence)
            if any(s.about == figure.about and not _differ(s, earlier) and _differ(s, now) for s in stated):
                return newest
    return None


def bound(stated: str) -> str:
    """Whether a figure's words give a bound rather than a point: "upper bound" for a ceiling ("as many
    as 200,000", "up to 30"), "lower bound" for a floor ("at least 12", "more than 400,000"), else "".

    >>> [bound(words) for words in ("As many as 200,000", "at least 12", "about 40", "over 9,000")]
    ['upper bound', 'lower bound', '', 'lower bound']
    """
    words = " ".join(stated.casefold().split())
    if any(words.startswith(q + " ") for q in _CEILINGS):
        return "upper bound"
    return "lower bound" if any(words.startswith(q + " ") for q in _FLOORS) else ""


def _as_stated(about: str, claim: Claim, sentence: Sentence) -> Stated:
    """A claim as a figure of ``sentence``, its qualifier read back from its words ("over 10,000")."""
    words = " ".join(claim.stated.casefold().split())
    qualifier = next((q for q in sorted(_FITS, key=len, reverse=True) if words.startswith(q + " ")), "")
    return Stated(about, claim.value, claim.high or claim.value, claim.stated, sentence, qualifier)


def _magnitudes(stated: Sequence[Stated], bridge: bool = False) -> list[list[Stated]]:
    """Figures of one kind split into those that can be about the same thing.

    Values more than tenfold apart are different figures, and so are two values one article gives
    (its 213 dead in Nairobi and 11 in Dar es Salaam): such a group is cut at its widest gap, once a range
    word at odds with a count of its own article ("hundreds" beside "183") is set apart. With
    ``bridge``, a figure said to have risen to its value ("the toll rose to 10,000") stays with the
    smaller ones, to be read as their update if the dates say so.
    """
    groups: list[list[Stated]] = []
    for s in sorted(stated, key=lambda s: (s.low, s.high)):
        if groups and (s.low <= _MAGNITUDE * max(g.high for g in groups[-1]) or (bridge and s.risen)):
            groups[-1].append(s)
        else:
            groups.append([s])
    result = []
    while groups:
        group = groups.pop()
        # "hundreds of mail-in ballots" beside its article's "183 valid ballots" is another thing: a range
        # word at odds with a count of its own article stands apart, not to cut the counts around it
        apart = [s for s in group if s.vague and any(
            _differ(s, o) for o in group if not o.vague and o.sentence.article_id == s.sentence.article_id)]
        if len(group) > 2 and apart:
            groups += [[s for s in group if s not in apart], *([s] for s in apart)]
        elif len(group) > 2 and _self_contradicting(group):
            gaps = [b.low / max(a.high, 1e-9) for a, b in itertools.pairwise(group)]
            cut = gaps.index(max(gaps)) + 1
            groups += [group[:cut], group[cut:]]
        elif len(group) == 2 and _self_contradicting(group):
            groups += [[group[0]], [group[1]]]
        else:
            result.append(group)
    return sorted(result, key=lambda g: g[0].low)


def _by_place(stated: Sequence[Stated]) -> list[list[Stated]]:
    """Figures split into groups that may count the same thing (see :meth:`Stated.same_thing`): each
    joins the first group all of whose figures it fits, so a figure told of no place never bridges
    two places (26 killed in Afghanistan, 11 in Tanzania). "The bomb killed 11" and "26 were
    killed" are two attacks: a toll under ``_WAR_TOLL`` joins a group only where its sentence shares a
    word of what happened ("fire", "embassy", "Albanian") with one of the group's."""
    groups: list[list[Stated]] = []
    for s in stated:
        for group in groups:
            shares_topic = (s.about not in _KINDS or s.low >= _WAR_TOLL
                            or any(s.topic & other.topic for other in group))
            if shares_topic and all(s.same_thing(other) for other in group):
                group.append(s)
                break
        else:
            groups.append([s])
    return groups


def _self_contradicting(group: Sequence[Stated]) -> bool:
    """Whether one article gives two values of the group that differ (see :func:`_differ`): its 213 dead
    in Nairobi and 11 in Dar es Salaam are two things. A vague figure and a value within its range are
    one ("dozens of passengers were hurt ... 31 people were injured")."""
    by_article: dict[str, list[Stated]] = defaultdict(list)
    for s in group:
        by_article[s.sentence.article_id].append(s)
    # one article's terms for two people (Xu's 13 years, Qin's 12) are two things told apart by whom
    # One article's terms are told apart by whom (Xu's 13 years, Qin's 12: see _by_place); two for one
    # person are two accounts it gives ("reported to have received 12 years", "the State Department said 13").
    # Nor is a value the article tells as an earlier report ("Police earlier had reported 65 dead") another
    # thing beside its own 60: it is the same toll, as first told (blind reading r18).
    return any(_differ(a, b) and a.about != _TERM_ABOUT and not a.told_before and not b.told_before
               for told in by_article.values() for a, b in itertools.combinations(told, 2))


def _compare(
    about: str, stated: Sequence[Stated], story_of: Mapping[str, str], published: Mapping[str, dt.date],
    found: dict[str, list[Figure]], dry: bool = False, joining: frozenset[float] = frozenset(),
) -> str | None:
    """Add the figures ``stated`` to ``found`` as a disagreement, an agreement or an update, and say
    which ("disagree", "agree", "update"; ``None`` for none); with ``dry``, only say which. ``joining``
    holds the counts of new members the articles tell of (see ``_JOINERS``)."""
    # Copies of one story agreeing confirm nothing; but versions of one story that state different
    # figures ("12 killed" and "14 killed") must not be mixed silently: they are compared like any two.
    if len({s.sentence.article_id for s in stated}) < 2:
        return None
    one_story = story_count((s.sentence.article_id for s in stated), story_of) < 2
    values = _distinct(stated)
    claims = tuple(_claim(group, published) for group in values)
    if (about in _MEMBER_PLURAL.values() and len(values) == 2
            and any(_close(values[0][0].value - values[1][0].value, n) for n in joining)):
        return None
    if not any(_differ(a[0], b[0]) for a, b in itertools.combinations(values, 2)):
        # "as many as 200,000" and "110,000" do not conflict, but they do not agree on a figure either;
        # nor do "dozens" and "100" (or "more than 100"), a value just past the range the word stands for
        ceilings = [g[0].value for g in values if g[0].qualifier in _CEILINGS]
        ranges = [(g[0].low, g[0].high) for g in values if g[0].vague]
        # "hundreds of mail-in ballots" holds "205 legal ballots" but says nothing of it: a range word agrees
        # only with the same word, and a row of "205" beside "hundreds" reads as one outlet alone on each;
        # beside values two stories give alike, it is left out of their row
        if len(values) > 1 and ranges:
            values = [g for g in values if not g[0].vague]
            told = [s.sentence.article_id for g in values for s in g]
            if len(set(told)) < 2 or story_count(told, story_of) < 2:
                return None
            claims = tuple(_claim(group, published) for group in values)
            stated = [s for g in values for s in g]
        # nor do a floor and a count well above it: "more than 7,500" (the UN) and 9,000 (the opposition) dead
        # are two counts (blind reading r17); "more than 200" and 213 are one rounded
        floors = [g[0].value for g in values if g[0].qualifier in _FLOORS and not g[0].vague]
        if (one_story or any(not _close(g[0].value, c) and g[0].value < c for c in ceilings for g in values)
                or any(g[0].value > _FLOOR_AGREES * f for f in floors for g in values)):
            return None
        kind = "agree"
        if not dry:
            found[kind].append(Figure(_label(about, stated), claims))
        return kind
    by_date = sorted(claims, key=lambda c: (c.published or dt.date.max, c.value))
    days = [c.published for c in by_date]
    rising = all(a.value < b.value and (a.high or a.value) < (b.high or b.value)
                 for a, b in itertools.pairwise(by_date))
    # Values further apart than _DISAGREE_RATIO are two quantities, not two accounts of one (5 and 17
    # arrested are two raids), unless a toll rises day by day; small counts differ by chance wording
    # ("one" and "two" arrested) except for the dead, hurt and missing.
    close = max(c.value for c in claims) <= _DISAGREE_RATIO * min(c.high or c.value for c in claims)
    # A share, a weight, a length or a sum is no count: 7 and 8 percent of GDP are two accounts of one deficit.
    # Nor do small counts of one named group ("five Klan members" and "six ... Klan supporters" arrested).
    named = {w for w in frozenset.intersection(*(s.subject for s in stated))
             if not _is_people(w) and not _is_people(f"{w}s")}
    small = (max(c.value for c in claims) < _KEY_COUNT and about not in _TOLLS and not _measure(about)
             and not named)
    if small or not (close or about in _TOLLS or about.startswith(_PERCENT_ABOUT)):
        return None
    # a thing's weight or length is no toll that grows as news comes in: two values are two accounts
    # (nor a prison term, nor a share of the economy: "about 7" and "an expected eight" percent of GDP a day apart
    # are two estimates of one deficit, not a deficit that grew)
    evolves = (about.split()[0] not in _MEASURE_UNIT.values() and about != _TERM_ABOUT
               and not about.startswith(f"{_PERCENT_ABOUT} {_OF_GDP}"))
    # the newest value must come on a day of its own: two values of its day are two accounts of it; and each
    # value must be told no later than the first telling of the next, or the older value is still told after
    # the newer one (blind reading r19: "18 nations" on Oct 13 and Nov 8 is no value before Oct 19's 21)
    if (evolves and rising and None not in days and days.count(days[-1]) == 1
            and all(_last_told(a, published) <= b.published for a, b in itertools.pairwise(by_date) if b.published)):
        kind, figure = "update", Figure(about, tuple(by_date))
    elif close:
        kind, figure = "disagree", Figure(_label(about, stated), claims)
    else:
        return None
    if not dry:
        found[kind].append(figure)
    return kind


def _measure(about: str) -> bool:
    """Whether figures of this kind are measures (a percentage, a weight or length, a sum), not counts."""
    return about == _TERM_ABOUT or about.split()[0] in {
        _PERCENT_ABOUT, *_MEASURE_UNIT.values(), *(c.split()[0] for c in _CURRENCY.values())}


def _label(about: str, stated: Sequence[Stated]) -> str:
    """What a row of figures counts, as its reader needs it: a toll whose figures all count one
    group of people is that group's ("children injured" where outlets give "Eight people, including
    two children, were injured" and "... including three children": not "injured: two" against
    "three" beside the eight all agree on). An update keeps its kind, by which a summary sentence's
    figure is matched (see :func:`superseded`).

    >>> children = [figures(Sentence(a, 0, 0, f"Eight people, including {n} children, were injured."))[-1]
    ...             for a, n in (("a", "two"), ("b", "three"))]
    >>> _label("injured", children), _label("injured", figures(Sentence("a", 0, 0, "Eight people were injured.")))
    ('children injured', 'injured')
    """
    shared = frozenset.intersection(*(s.subject for s in stated)) if stated else frozenset()
    groups = sorted(word if word in _PEOPLE else f"{word}s" for word in shared
                    if word in _PEOPLE or f"{word}s" in _PEOPLE)
    # a count any outlet gives of "arrested or interrogated" is no count of arrests: the row says what
    # the least of its outlets says (a count of those arrested is a count of those arrested or questioned)
    if about == _TERM_ABOUT and stated:  # whose term: the name in full as an outlet gives it
        return f"{about}, {max((name for s in stated for name in s.subject), key=len)}"
    told = next((s.either for s in stated if s.either), about)
    if about in _KINDS and len(groups) == 1:
        return f"{groups[0]} {told}"
    # a small count compared for the group all its outlets name ("five Klan members", "six ... Klan
    # supporters" arrested: see _compare) is that group's, named as the first outlet writes it
    named = [w for w in sorted(shared) if not _is_people(w) and not _is_people(f"{w}s")]
    if about in _KINDS and named and stated:
        text = stated[0].sentence.text
        words = [m.group(0) for w in named if (m := re.search(rf"\b{re.escape(w)}\w*", text, re.IGNORECASE))]
        return f"{' '.join(words)} {told}" if words else told
    return told


def _distinct(stated: Sequence[Stated]) -> list[list[Stated]]:
    """The figures grouped by value: the same point value (within 2%), rounded or not, or the same vague phrase.

    A bound is grouped only with bounds of its kind: "as many as 200,000" (a ceiling) is not "about 200,000",
    and the article giving the one does not stand for the other.
    """
    groups: list[list[Stated]] = []
    for s in stated:
        for group in groups:
            first = group[0]
            if ((first.vague, bool(first.qualifier)) == (s.vague, bool(s.qualifier))
                    and _FITS.get(first.qualifier) == _FITS.get(s.qualifier) and _same_value(first, s)):
                group.append(s)
                break
        else:
            groups.append([s])
    return sorted(groups, key=lambda g: -g[0].value)


def _claim(group: Sequence[Stated], published: Mapping[str, dt.date]) -> Claim:
    """One value with every article stating it; the first wording and sentence are shown."""
    sources = tuple(dict.fromkeys(s.sentence.article_id for s in group))
    days = [published[a] for a in sources if a in published]
    first = group[0]
    return Claim(first.value, first.stated, first.sentence.text, sources, min(days) if days else None,
                 first.high if first.vague else None)


def _last_told(claim: Claim, published: Mapping[str, dt.date]) -> dt.date:
    """The day of the last article stating a claim (``date.min`` where none is dated); its own date is its first."""
    return max((published[a] for a in claim.sources if a in published), default=dt.date.min)


def _close(a: float, b: float) -> bool:
    """Whether two point values are the same figure: within 2% of the larger."""
    return abs(a - b) <= _SAME_VALUE * max(a, b)


def _same_value(a: Stated, b: Stated) -> bool:
    """Whether two point figures give one value: equal where both are exact counts (see :attr:`Stated.exact`),
    else within 2% (:func:`_close`), as rounded words allow."""
    return a.value == b.value if a.exact and b.exact else _close(a.value, b.value)


def _differ(a: Stated, b: Stated) -> bool:
    if not a.vague and not b.vague:
        if bool(a.qualifier) != bool(b.qualifier):
            rounded, precise = (a, b) if a.qualifier else (b, a)
            low, high = _FITS[rounded.qualifier]
            return not low * rounded.value <= precise.value <= high * rounded.value
        if a.qualifier and b.qualifier and _FITS[a.qualifier] != _FITS[b.qualifier]:
            # "about 190" and "more than 180" countries: bounds of different kinds differ only where
            # the values they allow barely meet ("roughly 250,000" and "more than 275,000" refugees);
            # two bounds of one kind are compared as stated.
            (a_low, a_high), (b_low, b_high) = _FITS[a.qualifier], _FITS[b.qualifier]
            shared = min(a_high * a.value, b_high * b.value) - max(a_low * a.value, b_low * b.value)
            return shared < _SAME_VALUE * max(a.value, b.value)
        return not _same_value(a, b)
    # a floor ("more than a dozen") allows any range above it ("dozens"), a ceiling any range below it
    a_high, b_high = (float("inf") if s.qualifier in _FLOORS and not s.vague else s.high for s in (a, b))
    a_low, b_low = (0.0 if s.qualifier in _CEILINGS and not s.vague else s.low for s in (a, b))
    return a_high < b_low * (1 - _SAME_VALUE) or b_high < a_low * (1 - _SAME_VALUE)


# ------------------------------------------------------------------------------- contradiction

_TOKEN = re.compile(r"\d[\d,.]*\d|\d|[^\W\d_][\w’'-]*|[^\w\s]")
_NUMBER_TOKEN = re.compile(rf"\d[\d,.]*|{_NUMBER_WORD}(?:-{_NUMBER_WORD})?|dozen", re.IGNORECASE)
# Capitalised words that are titles or sentence furniture, not names in a role.
_NOT_NAMES = frozenset({"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "president", "minister", "prime", "king",
                        "queen", "i", "the", "a", "an"})


@dataclass(frozen=True, slots=True)
class Particulars:
    """What a sentence states in particular: its figures by kind (see :func:`figures`), and the numbers and
    names in each of its slots, a slot being the words between which they stand (``("killed", "people")``
    holds ``"46"`` in "Floods killed 46 people")."""

    figures: Mapping[str, tuple[Stated, ...]]
    slots: Mapping[tuple[str, str], str]


def particulars(text: str) -> Particulars:
    """The figures and the slotted numbers and names of a sentence (see :class:`Particulars`).

    >>> particulars("Floods killed 46 people in Tarn.").slots
    {('killed', 'people'): '#46', ('in', '.'): 'tarn'}
    """
    by_kind: dict[str, list[Stated]] = defaultdict(list)
    for stated in figures(Sentence("", 0, 0, text)):
        by_kind[stated.about].append(stated)
    tokens = _TOKEN.findall(text)
    kinds = [_slot_kind(token, at) for at, token in enumerate(tokens)]
    slots: dict[tuple[str, str], str] = {}
    at = 0
    while at < len(tokens):
        kind = kinds[at]
        if kind is None:
            at += 1
            continue
        end = at
        while end < len(tokens) and kinds[end] == kind:
            end += 1
        words = " ".join(tokens[at:end])
        if kind == "number":
            value = _value(words.replace("-", " ").casefold())[0]
            filled = f"#{value:g}" if value is not None else words.casefold()
        else:
            filled = words.casefold()
        before = tokens[at - 1].casefold() if at else "^"
        after = tokens[end].casefold() if end < len(tokens) else "$"
        slots.setdefault((before, after), filled)
        at = end
    return Particulars({kind: tuple(found) for kind, found in by_kind.items()}, slots)


def _slot_kind(token: str, at: int) -> str | None:
    """``"number"`` for a number's word, ``"name"`` for a capitalised word past the first, else ``None``."""
    if _NUMBER_TOKEN.fullmatch(token):
        return "number"
    if at and token[0].isupper() and token.casefold() not in STOP_WORDS and token.casefold() not in _NOT_NAMES:
        return "name"
    return None


def contradicts(first: Particulars, second: Particulars) -> bool:
    """Whether two sentences give different particulars of one thing: a figure of one kind whose values all
    differ ("12 killed" and "14 dead"), or another number or name in the same slot ("in town 46" and "in
    town 12", "in Tarn" and "in Marn"). Such sentences, however alike in words, do not say the same; one
    that gives fewer particulars ("Floods killed people") contradicts neither.

    >>> contradicts(particulars("Floods killed 46 in town 46."), particulars("Floods killed 12 in town 12."))
    True
    >>> contradicts(particulars("Twelve were killed in Tarn."), particulars("12 were killed in Tarn on Sunday."))
    False
    """
    if any(second.slots[slot] != filled for slot, filled in first.slots.items() if slot in second.slots):
        return True
    return figures_differ(first, second)


def figures_differ(first: Particulars, second: Particulars) -> bool:
    """Whether two sentences give a figure of one kind whose values all differ."""
    return any(all(_differ(a, b) for a in first.figures[about] for b in second.figures[about])
               for about in first.figures.keys() & second.figures.keys())
