"""Hand-given portal categories of dev events of ../shared/data: cluster ids and categories only.

Each cluster was labelled by reading its first reference summary, with the category the Wikipedia
Current Events Portal would list the event under (slugs of newsbrief.categories.CATEGORIES). Where
two fit (an antitrust trial: law or business), the one of the story's main happening was taken:
a trial is law, an indictment for bombings is law, the bombing itself an armed attack.

Used by tests/test_categories.py and benchmarks/category_accuracy.py.
"""

from __future__ import annotations

# The datasets (folders of ../shared/data) the ids come from.
DATASETS = ("duc2003_task2", "duc2004_task2", "tac2011_multiling_en", "multi_news")

LABELS: dict[str, str] = {
    "duc2003-d30005t": "law", "duc2003-d30010t": "armed-conflicts", "duc2003-d30020t": "sports",
    "duc2003-d30042t": "international", "duc2003-d30048t": "business", "duc2003-d30050t": "politics",
    "duc2003-d30051t": "armed-conflicts", "duc2003-d30056t": "armed-conflicts", "duc2003-d31001t": "politics",
    "duc2003-d31013t": "law", "duc2003-d31022t": "disasters", "duc2003-d31027t": "politics",
    "duc2003-d31028t": "disasters", "duc2003-d31031t": "politics", "duc2003-d31033t": "law",
    "duc2003-d31038t": "armed-conflicts", "duc2003-d31041t": "business", "duc2003-d31050t": "politics",
    "duc2004-d30005t": "armed-conflicts", "duc2004-d30006t": "sports", "duc2004-d30008t": "international",
    "duc2004-d30010t": "armed-conflicts", "duc2004-d30011t": "politics", "duc2004-d30015t": "armed-conflicts",
    "duc2004-d30017t": "disasters", "duc2004-d30020t": "sports", "duc2004-d30024t": "politics",
    "duc2004-d30031t": "science", "duc2004-d30033t": "business", "duc2004-d30037t": "international",
    "duc2004-d30042t": "international", "duc2004-d30045t": "business", "duc2004-d30047t": "science",
    "duc2004-d30048t": "business", "duc2004-d30050t": "politics", "duc2004-d30051t": "law",
    "duc2004-d30056t": "armed-conflicts", "duc2004-d31001t": "politics", "duc2004-d31008t": "law",
    "duc2004-d31013t": "law", "duc2004-d31022t": "disasters", "duc2004-d31026t": "sports",
    "duc2004-d31031t": "politics", "duc2004-d31032t": "politics", "duc2004-d31033t": "law",
    "duc2004-d31038t": "armed-conflicts", "duc2004-d31043t": "politics", "duc2004-d31050t": "politics",
    "tac2011ml-M000": "disasters", "tac2011ml-M001": "armed-conflicts", "tac2011ml-M002": "international",
    "tac2011ml-M003": "sports", "tac2011ml-M004": "environment", "tac2011ml-M005": "disasters",
    "tac2011ml-M006": "disasters",
    "multinews-a5fb2a1180c5": "arts", "multinews-08764111726d": "politics", "multinews-9cda64c03657": "politics",
    "multinews-d8e8801da37c": "environment", "multinews-7a211c53cf88": "law", "multinews-fea7f299fe91": "arts",
    "multinews-c666b02956fe": "health", "multinews-edc732677bcd": "law", "multinews-2faf54e29b53": "disasters",
    "multinews-811995ff3fa0": "law", "multinews-6010183fbeb2": "science", "multinews-513f10568d96": "arts",
    "multinews-4947bdb2c998": "law", "multinews-a30b76aae2be": "arts", "multinews-fc21b9ae779c": "politics",
    "multinews-9e3832edc098": "science", "multinews-103a740dcca3": "science", "multinews-2ff828fd739b": "health",
    "multinews-9ec42f156f48": "science", "multinews-20da48331c36": "law", "multinews-870d0f133781": "science",
    "multinews-86a0d385c79a": "arts", "multinews-3aace9643361": "arts", "multinews-fa82fcf36e5f": "environment",
    "multinews-b81cfe2d54cf": "law", "multinews-cea90c5f7ac1": "arts", "multinews-25f72f19ee99": "arts",
    "multinews-983581359346": "arts", "multinews-114c6f97ea4b": "armed-conflicts", "multinews-9cd24fe6e963": "arts",
}
