"""The event's entity list: partial names folded into full ones, kinds from the event's mentions, no fragments."""

from __future__ import annotations

import pytest

import entities_gold
from newsbrief.entities import rank_entities
from newsbrief.model import Entity, Sentence


def _ranked(*sentences: Sentence) -> list[tuple[str, str, int]]:
    story_of = {s.article_id: s.article_id for s in sentences}
    return [(e.text, e.label, e.mentions) for e in rank_entities(sentences, story_of)]


def test_a_role_word_goes_and_a_first_name_folds_into_the_full_name() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "Musician Brad Fischetti said the band would tour.",
                 (Entity("Musician Brad Fischetti", "PERSON"),)),
        Sentence("b", 0, 0, "Brad Fischetti confirmed the news on Instagram.", (Entity("Brad Fischetti", "PERSON"),)),
        Sentence("b", 1, 1, "Brad wrote that he was heartbroken.", (Entity("Brad", "PERSON"),)),
    )
    assert ranked == [("Brad Fischetti", "PERSON", 3)]


def test_a_full_name_tagged_a_body_is_the_person_its_parts_are_said_to_be() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "Brad Fischetti and Devin Lima formed LFO in 1995.",
                 (Entity("Brad Fischetti", "ORG"), Entity("Devin Lima", "PERSON"), Entity("LFO", "ORG"))),
        Sentence("b", 0, 0, "Brad Fischetti posted a tribute.", (Entity("Brad Fischetti", "ORG"),)),
        Sentence("b", 1, 1, "Fischetti said Lima fought to the end.", (Entity("Fischetti", "PERSON"),
                                                                         Entity("Lima", "GPE"))),
        Sentence("c", 0, 0, "Fischetti thanked the fans.", (Entity("Fischetti", "PERSON"),)),
    )
    assert ranked == [("Brad Fischetti", "PERSON", 4), ("Devin Lima", "PERSON", 2), ("LFO", "ORG", 1)]


def test_a_nickname_and_a_title_fragment_leave_the_name() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "LFO Singer Devin Lima Dead At 41", (Entity("Devin Lima Dead", "PERSON"),)),
        Sentence("a", 1, 1, "Devin Lima, who was dead at 41, had cancer.", (Entity("Devin Lima", "PERSON"),)),
        Sentence("b", 0, 0, "Harold 'Devin' Lima was born in Boston.", (Entity("Harold 'Devin' Lima", "PERSON"),
                                                                       Entity("Boston", "GPE"))),
    )
    # the nickname makes Harold Lima the Devin Lima of the other stories
    assert ranked == [("Devin Lima", "PERSON", 3), ("Boston", "GPE", 1)]


def test_a_leading_the_a_cut_comma_and_two_people_in_one_span() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "The National Post fired its editor.", (Entity("The National Post", "ORG"),)),
        Sentence("b", 0, 0, "A researcher at the University of California, Berkeley, sued the National Post.",
                 (Entity("University of California,", "ORG"), Entity("National Post", "ORG"))),
        Sentence("c", 0, 0, "George and Marie were married in 1950; George was a miner.",
                 (Entity("George and Marie", "PERSON"), Entity("George", "PERSON"))),
    )
    assert ranked == [("The National Post", "ORG", 2), ("George", "PERSON", 2), ("Marie", "PERSON", 1),
                      ("University of California", "ORG", 1)]


def test_a_capital_indefinite_article_is_no_part_of_a_name() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "An American Civil Liberties Union lawyer sued.",
                 (Entity("An American Civil Liberties Union", "ORG"),)),
        Sentence("b", 0, 0, "The American Civil Liberties Union said it would appeal.",
                 (Entity("American Civil Liberties Union", "ORG"),)),
    )
    assert ranked == [("American Civil Liberties Union", "ORG", 2)]


def test_a_span_only_said_inside_a_longer_name_is_no_mention() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "Us Weekly ran the photos of the split.", (Entity("Us Weekly", "ORG"),)),
        Sentence("b", 0, 0, "A source told Us Weekly that the couple had parted.", (Entity("Us", "GPE"),)),
        Sentence("b", 1, 1, "The fire at 428 Daly St. was reported at 2 a.m.", (Entity("428 Daly St.", "ORG"),)),
        Sentence("b", 2, 2, "Neighbours on Daly Street saw smoke.", (Entity("Daly", "PERSON"),)),
        Sentence("c", 1, 1, "Daly Street was closed.", (Entity("Daly Street", "FAC"),)),
        Sentence("c", 0, 0, "An EF-5 tornado hit Moore.", (Entity("EF-5", "ORG"), Entity("Moore", "GPE"))),
    )
    # "Us" of "Us Weekly" and "Daly" of "Daly Street" are no names of their own; an address and a rating none.
    assert ranked == [("Daly Street", "FAC", 1), ("Moore", "GPE", 1), ("Us Weekly", "ORG", 1)]


def test_partial_names_of_several_words_fold_into_the_full_name() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "Alison Jing Xu, 25, died in the storm.", (Entity("Alison Jing Xu", "PERSON"),)),
        Sentence("b", 0, 0, "Jing Xu was a student.", (Entity("Jing Xu", "PERSON"),)),
        Sentence("a", 1, 1, "Police named Khuram Shazad Butt.", (Entity("Khuram Shazad Butt", "PERSON"),)),
        Sentence("b", 1, 1, "Khuram Butt, 27, was known to police.", (Entity("Khuram Butt", "PERSON"),)),
        Sentence("c", 0, 0, "Osama bin Laden denied it; bin Laden spoke on tape.",
                 (Entity("Osama bin Laden", "PERSON"), Entity("bin Laden", "PERSON"))),
    )
    # The more written of two full names is shown; "bin Laden" is no full name.
    assert sorted(ranked) == [("Alison Jing Xu", "PERSON", 2), ("Khuram Shazad Butt", "PERSON", 2),
                              ("Osama bin Laden", "PERSON", 2)]


def test_a_body_first_word_folds_into_the_longer_name_said_at_least_as_often() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "Romney founded Bain Capital in 1984.", (Entity("Romney", "PERSON"),
                                                                    Entity("Bain Capital", "ORG"))),
        Sentence("b", 0, 0, "Bain Capital bought the firm; Bain later sold it.",
                 (Entity("Bain Capital", "ORG"), Entity("Bain", "ORG"))),
        Sentence("c", 0, 0, "The House passed it, and the House Ways and Means Committee met.",
                 (Entity("House", "ORG"), Entity("House Ways and Means Committee", "ORG"))),
        Sentence("c", 1, 1, "The House will vote again.", (Entity("House", "ORG"),)),
    )
    assert ranked == [("Bain Capital", "ORG", 3), ("House", "ORG", 2), ("House Ways and Means Committee", "ORG", 1),
                      ("Romney", "PERSON", 1)]


def test_no_photo_credit_bracket_or_span_across_a_sentence_is_a_name() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "(AP Photo/David Zalubowski) Troy Tulowitzki hit a home run.",
                 (Entity("AP Photo/David Zalubowski", "ORG"), Entity("Troy Tulowitzki", "PERSON"))),
        Sentence("b", 0, 0, "Secretary [Janet] Napolitano spoke after Cooper pry Tulowitzki away.",
                 (Entity("Janet] Napolitano", "PERSON"), Entity("Cooper pry Tulowitzki", "PERSON"))),
    )
    assert ranked == [("Troy Tulowitzki", "PERSON", 1)]


def test_accents_a_group_before_a_name_a_street_and_a_business_named_with_its_s() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "MP Mauril Bélanger died; Bosnian Serb Goran Jelisic was sentenced.",
                 (Entity("Mauril Bélanger", "PERSON"), Entity("Bosnian Serb", "NORP"),
                  Entity("Bosnian Serb Goran Jelisic", "PERSON"))),
        Sentence("b", 0, 0, "Mauril Belanger had ALS; Goran Jelisic appealed.",
                 (Entity("Mauril Belanger", "PERSON"), Entity("Goran Jelisic", "PERSON"))),
        Sentence("c", 0, 0, "McDonald’s sells the McRib at 12 Perry St. and McDonald’s in Austria does not.",
                 (Entity("McDonald’s", "ORG"), Entity("Perry St.", "PERSON"), Entity("McDonald’s", "ORG"),
                  Entity("Austria", "GPE"))),
    )
    assert ranked == [("Goran Jelisic", "PERSON", 2), ("Mauril Bélanger", "PERSON", 2), ("McDonald’s", "ORG", 2),
                      ("Austria", "GPE", 1), ("Perry St.", "FAC", 1)]


def test_a_nickname_the_event_writes_makes_two_names_one_person() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "LFO singer Devin Lima has died. Devin was 41.",
                 (Entity("LFO", "ORG"), Entity("Devin Lima", "PERSON"), Entity("Devin", "PERSON"))),
        Sentence("b", 0, 0, "Harold 'Devin' Lima was born in Boston; Harold Lima joined LFO in 1995.",
                 (Entity("Harold 'Devin' Lima", "PERSON"), Entity("Boston", "GPE"), Entity("Harold Lima", "PERSON"),
                  Entity("LFO", "ORG"))),
        Sentence("c", 0, 0, "Devin Lima fought cancer, Devin Lima's wife said.",
                 (Entity("Devin Lima", "PERSON"), Entity("Devin Lima's", "PERSON"))),
    )
    assert ranked == [("Devin Lima", "PERSON", 6), ("LFO", "ORG", 2), ("Boston", "GPE", 1)]


def test_words_shouted_by_a_page_are_no_names_but_a_dateline_in_capitals_is_its_place() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "GRAND PRIZE winners are ABSOLUTELY thrilled, said the Ohio Lottery.",
                 (Entity("GRAND PRIZE", "ORG"), Entity("ABSOLUTELY", "PERSON"), Entity("Ohio Lottery", "ORG"))),
        Sentence("a", 1, 1, "The grand prize was absolutely the largest, and the WHO was not asked.",
                 (Entity("WHO", "ORG"),)),
        Sentence("b", 0, 0, "TOLEDO (AP) — A Toledo man won the Ohio Lottery.",
                 (Entity("TOLEDO", "GPE"), Entity("Toledo", "GPE"), Entity("Ohio Lottery", "ORG"))),
        Sentence("b", 1, 1, "Signs for Mount Vista read VISTA in capitals.",
                 (Entity("Mount Vista", "GPE"), Entity("VISTA", "ORG"))),
    )
    # "who" is a common word but WHO an acronym; "VISTA" is the Vista of Mount Vista shouted
    assert ranked == [("Ohio Lottery", "ORG", 2), ("Toledo", "GPE", 2), ("Mount Vista", "GPE", 1),
                      ("WHO", "ORG", 1)]


def test_one_name_written_two_ways_is_listed_once() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "Leonardo DiCaprio spoke; DiCaprio smiled.",
                 (Entity("Leonardo DiCaprio", "PERSON"), Entity("DiCaprio", "PERSON"))),
        Sentence("b", 0, 0, "Leonardo Di Caprio: a profile. Leo said he was anxious.",
                 (Entity("Leonardo Di Caprio", "PERSON"), Entity("Leo", "PERSON"))),
        Sentence("b", 1, 1, "The U.S. Capitol Police and the Capitol Police chief spoke to the Apple Support Forums.",
                 (Entity("U.S. Capitol Police", "ORG"), Entity("Capitol Police", "ORG"),
                  Entity("Apple Support Forums", "ORG"))),
        Sentence("c", 0, 0, "Users on the Apple Support Forum and the Capitol Police agreed.",
                 (Entity("Apple Support Forum", "ORG"), Entity("Capitol Police", "ORG"))),
    )
    assert ranked == [("Leonardo DiCaprio", "PERSON", 4), ("Capitol Police", "ORG", 3),
                      ("Apple Support Forum", "ORG", 2)]


def test_a_name_twice_a_cut_body_word_two_names_at_a_comma_and_a_place_common_word() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "Dana Kerr Dana Kerr, 40, bought a ticket.", (Entity("Dana Kerr Dana Kerr", "PERSON"),)),
        Sentence("a", 1, 1, "Lorain Police Department officers said Dana Kerr won.",
                 (Entity("Lorain Police Department", "ORG"), Entity("Dana Kerr", "PERSON"))),
        Sentence("b", 0, 0, "Lorain Police said the ticket was sold in Aceh province.",
                 (Entity("Lorain Police", "ORG"), Entity("Aceh province", "GPE"))),
        Sentence("b", 1, 1, "Read more: Top Stories, Lorain Police", (Entity("Top Stories, Lorain Police", "ORG"),
                                                                      Entity("Top Stories", "ORG"))),
        Sentence("c", 0, 0, "Aid reached Aceh.", (Entity("Aceh", "GPE"),)),
    )
    # "Top Stories" of the run-together span is no second mention of its own (see _inside_longer)
    assert ranked == [("Lorain Police Department", "ORG", 3), ("Aceh", "GPE", 2), ("Dana Kerr", "PERSON", 2),
                      ("Top Stories", "ORG", 1)]


def test_kinds_from_a_name_last_word_and_a_first_name_of_a_person_tagged_a_body() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "Hasib Hussain, 18, boarded a bus; Hasib had left Leeds.",
                 (Entity("Hasib Hussain", "PERSON"), Entity("Hasib", "ORG"), Entity("Leeds", "GPE"))),
        Sentence("b", 0, 0, "Tourists sailed to the Faroe Islands past Elm Drive.",
                 (Entity("Faroe Islands", "PERSON"), Entity("Elm Drive", "PERSON"))),
        Sentence("b", 1, 1, "Members of the Lorn Klan marched.", (Entity("Lorn Klan", "PERSON"),)),
        Sentence("c", 0, 0, "Sara Weld and Tom Weld spoke of Katie Weld.",
                 (Entity("Sara Weld", "PERSON"), Entity("Tom Weld", "PERSON"), Entity("Katie Weld", "ORG"))),
    )
    assert ("Hasib Hussain", "PERSON", 2) in ranked
    assert {("Faroe Islands", "LOC", 1), ("Elm Drive", "FAC", 1), ("Lorn Klan", "ORG", 1),
            ("Katie Weld", "PERSON", 1)} <= set(ranked)
    assert not [name for name in ranked if name[0] == "Hasib"]


def test_a_common_word_that_only_begins_sentences_is_no_name() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "Slaves were freed in Galveston in 1865.", (Entity("Slaves", "ORG"),
                                                                         Entity("Galveston", "GPE"))),
        Sentence("b", 0, 0, "Many former slaves stayed in Galveston.", (Entity("Galveston", "GPE"),)),
        Sentence("b", 1, 1, "Turkey sent aid, and Turkey's envoy came.", (Entity("Turkey", "GPE"),
                                                                           Entity("Turkey", "GPE"))),
        Sentence("c", 0, 0, "The turkey was served.", ()),
    )
    # "Turkey" is also said inside a sentence: a name, though the event writes "turkey"
    assert ranked == [("Galveston", "GPE", 2), ("Turkey", "GPE", 2)]


def test_an_acronym_that_a_sentence_opening_word_spells_stays() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "Who pays? The WHO said member states would.", (Entity("WHO", "ORG"),)),
        Sentence("b", 0, 0, "The WHO declared an emergency.", (Entity("WHO", "ORG"),)),
    )
    assert ranked == [("WHO", "ORG", 2)]


def test_a_shouted_sentence_and_a_label_before_a_colon_name_nobody() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "GET THE FREE WEATHER APP FROM STORMWATCH TODAY.", (Entity("FREE WEATHER", "ORG"),
                                                                                  Entity("STORMWATCH", "ORG"))),
        Sentence("a", 1, 1, "STYLE WATCH: Gowns at the Paris premiere", (Entity("STYLE WATCH:", "ORG"),
                                                                          Entity("Paris", "GPE"))),
        Sentence("b", 0, 0, "HOLT: Thank you. The FBI and NATO met in Paris.",
                 (Entity("HOLT", "ORG"), Entity("FBI", "ORG"), Entity("NATO", "ORG"), Entity("Paris", "GPE"))),
    )
    assert ranked == [("Paris", "GPE", 2), ("FBI", "ORG", 1), ("NATO", "ORG", 1)]


def test_a_name_most_mentions_call_a_thing_is_listed_as_one_and_a_people_not_at_all() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "Sales of Vantage Visor began in Denver.",
                 (Entity("Vantage Visor", "PERSON"), Entity("Denver", "GPE"))),
        Sentence("a", 1, 1, "Reviewers said the Vantage Visor was heavy.", (Entity("the Vantage Visor", "PRODUCT"),)),
        Sentence("b", 0, 0, "Vantage Visor sold out in a day.", (Entity("Vantage Visor", "PERSON"),)),
        Sentence("b", 1, 1, "Buyers of the Vantage Visor queued overnight.", (Entity("the Vantage Visor", "LAW"),)),
        Sentence("c", 0, 0, "Orders for the Vantage Visor came from Denver.",
                 (Entity("the Vantage Visor", "PRODUCT"), Entity("Denver", "GPE"))),
        # a people, tagged a body once: no actor
        Sentence("c", 1, 1, "One Nevadan said he waited.", (Entity("Nevadan", "ORG"),)),
        Sentence("b", 2, 2, "A Nevadan bought four.", (Entity("Nevadan", "NORP"),)),
        Sentence("a", 2, 2, "Another Nevadan shrugged.", (Entity("Nevadan", "NORP"),)),
        # a product only ever tagged one is no listed entity
        Sentence("a", 3, 3, "It runs the Kestrel app.", (Entity("Kestrel", "PRODUCT"),)),
    )
    # only the mentions tagged a listed kind count: the product's twice (person), not its other three
    assert ranked == [("Denver", "GPE", 2), ("Vantage Visor", "PRODUCT", 2)]


def test_ships_diseases_documents_and_compass_points() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "The USS Harlan collided with a freighter off Yokosuka.",
                 (Entity("The USS Harlan", "PERSON"), Entity("Yokosuka", "GPE"))),
        Sentence("b", 0, 0, "Valley Ridge Fever is spread by ticks, see the Valley Ridge Fever Fact Sheet.",
                 (Entity("Valley Ridge Fever", "ORG"), Entity("the Valley Ridge Fever Fact Sheet", "ORG"))),
        Sentence("b", 1, 1, "See PDF for the county's figures.", (Entity("PDF", "ORG"),)),
        Sentence("b", 2, 2, "VRF cases rose; Valley Ridge Fever Fact Sheets and Information.",
                 (Entity("VRF", "ORG"), Entity("Valley Ridge Fever Fact Sheets and Information", "ORG"))),
        Sentence("c", 0, 0, "Winds blew from the NE at 20 mph.", (Entity("NE", "GPE"),)),
        # a ship spaCy calls a product is a ship, and its name said alone is the ship's
        Sentence("c", 1, 1, "Sailors of the USS Harlan were missing; the Harlan was towed.",
                 (Entity("the USS Harlan", "PRODUCT"), Entity("Harlan", "PERSON"))),
    )
    # the acronym is the disease's
    assert ranked == [("USS Harlan", "SHIP", 2), ("Valley Ridge Fever", "DISEASE", 2), ("Yokosuka", "GPE", 1)]


def test_an_outlets_possessive_a_states_short_name_and_an_interviews_markers_leave_the_name() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "CBS News' Mara Levin spoke to the family in Selma, Ala.",
                 (Entity("CBS News' Mara Levin", "PERSON"), Entity("Selma", "GPE"), Entity("Ala.", "GPE"))),
        Sentence("b", 0, 0, "Mara Levin grew up in Alabama.",
                 (Entity("Mara Levin", "PERSON"), Entity("Alabama", "GPE"))),
        Sentence("c", 0, 0, "Q. Texaco was the bigger firm then?", (Entity("Q. Texaco", "PERSON"),)),
        Sentence("c", 1, 1, "A. Texaco was, yes.", (Entity("A. Texaco", "ORG"),)),
        Sentence("c", 2, 2, "Texaco paid the most.", (Entity("Texaco", "ORG"),)),
        # a person's possessive before words that name no one of the event: no name
        Sentence("d", 0, 0, "Then there is Selma’s Dark Twin.", (Entity("Selma’s Dark Twin", "PERSON"),)),
    )
    assert ranked == [("Alabama", "GPE", 2), ("Mara Levin", "PERSON", 2), ("Texaco", "ORG", 3),
                      ("Selma", "GPE", 1)]


def test_an_a_initial_outside_an_interview_and_a_short_surname() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "A. Philip Randolph led the march.", (Entity("A. Philip Randolph", "PERSON"),)),
        Sentence("b", 0, 0, "Lena Kowalczyk, the founder, spoke first.", (Entity("Lena Kowalczyk", "PERSON"),)),
        Sentence("b", 1, 1, "Fans call her Kowal.", (Entity("Kowal", "PERSON"),)),
    )
    assert ranked == [("Lena Kowalczyk", "PERSON", 2), ("A. Philip Randolph", "PERSON", 1)]


def test_a_name_tagged_a_person_and_a_body_as_often_that_begins_with_a_surname_is_a_body() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "The round was led by Kessler Wynn.", (Entity("Kessler Wynn", "PERSON"),)),
        Sentence("b", 0, 0, "Kessler Wynn, the venture firm, declined to comment.", (Entity("Kessler Wynn", "ORG"),)),
        Sentence("b", 1, 1, "Its founder, Dana Kessler, sits on the board.", (Entity("Dana Kessler", "PERSON"),)),
    )
    assert ranked == [("Kessler Wynn", "ORG", 2), ("Dana Kessler", "PERSON", 1)]


def test_a_laws_and_an_airports_last_word_tell_their_kind_and_an_acronym_spells_the_law() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "The Fair Rent Act passed in May.", (Entity("The Fair Rent Act", "ORG"),)),
        Sentence("b", 0, 0, "Landlords say the FRA costs them.", (Entity("FRA", "ORG"),)),
        Sentence("b", 1, 1, "Flights left Gatwick Airport late.", (Entity("Gatwick Airport", "PERSON"),)),
    )
    assert ranked == [("The Fair Rent Act", "LAW", 2), ("Gatwick Airport", "FAC", 1)]


def test_a_quoted_or_dubbed_nickname_is_the_person_named_before_it() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "Della Crane was freed in 2011.", (Entity("Della Crane", "PERSON"),)),
        Sentence("a", 1, 1, "Her lawyers blamed the caricature that is ‘Lady Chaos’.",
                 (Entity("Lady Chaos", "PERSON"),)),
        Sentence("b", 0, 0, "Tabloids dubbed Crane's friend Tom Ferris, nicknamed Mister Cool, a liar.",
                 (Entity("Crane", "PERSON"), Entity("Tom Ferris", "PERSON"), Entity("Mister Cool", "PERSON"))),
        Sentence("b", 1, 1, "Tom Ferris wrote a book.", (Entity("Tom Ferris", "PERSON"),)),
    )
    # "Crane's" after "dubbed" is no nickname: a possessive is no one's whole name; a quoted one is no mention
    assert ranked == [("Della Crane", "PERSON", 2), ("Tom Ferris", "PERSON", 3)]


def test_a_name_after_a_works_noun_is_a_work_and_a_documents_last_word_a_law() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "Ferris told the story in his memoir Quiet Harbour, out in May.",
                 (Entity("Ferris", "PERSON"), Entity("Quiet Harbour", "PERSON"))),
        Sentence("b", 0, 0, "Delegates adopted the so-called Lisbon Roadmap on Friday.",
                 (Entity("Lisbon Roadmap", "PERSON"),)),
        Sentence("b", 1, 1, "The film 'Kessler Wynn' opened the same week.", (Entity("Kessler Wynn", "PERSON"),)),
        Sentence("c", 0, 0, "Polls show Ferris ahead.", (Entity("Ferris", "PERSON"),)),
    )
    assert ranked == [("Ferris", "PERSON", 2), ("Kessler Wynn", "WORK_OF_ART", 1), ("Lisbon Roadmap", "LAW", 1),
                      ("Quiet Harbour", "WORK_OF_ART", 1)]


def test_a_person_tagged_a_body_is_one_with_her_surname_particle_and_honorific() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "Pim van Dael, the head of the secretariat, opened the talks.",
                 (Entity("Pim van Dael", "ORG"),)),
        Sentence("b", 0, 0, "Talks went well, said van Dael.", (Entity("van Dael", "PERSON"),)),
        Sentence("b", 1, 1, "Climate chief Pim van Dael agreed.", (Entity("Pim van Dael", "ORG"),)),
        Sentence("c", 0, 0, "Pim van Dael of the secretariat spoke first.", (Entity("Pim van Dael", "ORG"),)),
        Sentence("c", 1, 1, "Mr. Okafor replied.", (Entity("Okafor", "ORG"),)),
    )
    assert ranked == [("Pim van Dael", "PERSON", 4), ("Okafor", "PERSON", 1)]


def test_an_acronyms_and_a_places_possessive_is_not_shown() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "IBM’s chief asked Ohio’s governor.", (Entity("IBM’s", "ORG"), Entity("Ohio’s", "GPE"))),
        Sentence("b", 0, 0, "IBM’s stock fell; Ohio’s people sold.", (Entity("IBM’s", "ORG"), Entity("Ohio’s", "GPE"))),
    )
    assert ranked == [("IBM", "ORG", 2), ("Ohio", "GPE", 2)]


def test_an_outlet_only_ever_cited_is_no_actor_but_the_police_told_so_stay() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "The mayor told KTVX on Monday that the Dale County Police was searching.",
                 (Entity("KTVX", "ORG"), Entity("Dale County Police", "ORG"))),
        Sentence("b", 0, 0, "KTVX reported that a neighbor spoke to the Dale County Police.",
                 (Entity("KTVX", "ORG"), Entity("Dale County Police", "ORG"))),
        Sentence("b", 1, 1, "Channel Nine’s legal analyst said the Harlow Group owed nothing, according to the "
                 "Harlow Group.", (Entity("Channel Nine", "ORG"), Entity("Harlow Group", "ORG"))),
    )
    assert ranked == [("Dale County Police", "ORG", 2), ("Harlow Group", "ORG", 1)]


def test_a_pages_labels_are_no_names() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "Cast & Credits | The Archives",
                 (Entity("Cast & Credits", "ORG"), Entity("The Archives", "ORG"))),
        Sentence("a", 1, 1, "Stream it on CBS All Access.", (Entity("CBS All Access", "ORG"),)),
    )
    assert ranked == [("CBS All Access", "ORG", 1)]


def test_a_storms_name_tagged_a_person_is_an_event() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "Hurricane Odile struck Haiti.",
                 (Entity("Hurricane Odile", "PERSON"), Entity("Haiti", "GPE"))),
        Sentence("b", 0, 0, "Odile left 300 dead.", (Entity("Odile", "PERSON"),)),
    )
    # the storm's name said alone is the storm
    assert ranked == [("Hurricane Odile", "EVENT", 2), ("Haiti", "GPE", 1)]


def test_an_outlet_tagged_a_person_or_a_place_is_an_outlet_and_not_listed() -> None:
    ranked = _ranked(
        Sentence("a", 0, 0, "Ten were hurt, the newspaper Dagbladet said.", (Entity("Dagbladet", "PERSON"),)),
        Sentence("b", 0, 0, "Exits were blocked, Dagbladet reported.", (Entity("Dagbladet", "PERSON"),)),
        Sentence("b", 1, 1, "“We ran,” Lena Holm was quoted as saying in Dagbladet.",
                 (Entity("Lena Holm", "PERSON"), Entity("Dagbladet", "GPE"))),
    )
    assert ranked == [("Lena Holm", "PERSON", 1)]


@pytest.mark.parametrize("case", entities_gold.WRITTEN, ids=[case[0] for case in entities_gold.WRITTEN])
def test_written_gold_case(case: tuple[str, tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...],
                                       tuple[tuple[str, str, int], ...]]) -> None:
    _, sentences, expected = case
    ranked = _ranked(*(Sentence(article, n, n, text, tuple(Entity(span, label) for span, label in spans))
                       for n, (article, text, spans) in enumerate(sentences)))
    assert ranked == list(expected)
