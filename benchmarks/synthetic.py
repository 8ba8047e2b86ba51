"""Synthetic news articles for scale benchmarks: varied dates, lengths and topics.

    python benchmarks/synthetic.py 3        # print three articles

:func:`synthetic_articles` is a lazy, deterministic generator (the same ``seed`` gives the same
articles), so benchmarks can stream a million articles without holding them.
"""

from __future__ import annotations

import datetime
import random
import sys
from collections.abc import Iterator

from afghan_timeline.model import Article

TOPICS = (
    ("troop withdrawal", "NATO forces", "withdraw the remaining troops from Afghanistan"),
    ("peace talks", "Taliban negotiators", "resume peace talks with the Afghan government"),
    ("prisoner release", "the Kabul government", "release the remaining Taliban prisoners"),
    ("election", "the electoral commission", "announce the final results of the vote"),
    ("aid", "donor countries", "pledge new humanitarian aid at a conference in Geneva"),
    ("ceasefire", "both sides", "observe a three-day ceasefire for the holiday"),
    ("trade", "the central bank", "publish new figures on exports and the currency"),
    ("security", "the interior ministry", "report a rise in attacks on checkpoints"),
)

# Sentence templates with one date expression each; {actor}, {action}, {date} are filled in.
TEMPLATES = (
    "{actor} said on {weekday} that they would {action}.",
    "Officials expect {actor} to {action} by {month}.",
    "{actor} agreed on {day} {month} {year} to {action}.",
    "Last year {actor} promised to {action}, but little has changed.",
    "{actor} will {action} next month, a spokesman said.",
    "Earlier this week {actor} moved to {action}.",
    "{actor} had planned to {action} in {month} {year}.",
    "The deadline for {actor} to {action} is {month} {day}.",
    "{actor} are due to {action} on the {ordinal}.",
    "Two weeks ago {actor} said they were ready to {action}.",
    "{actor} could {action} as early as tomorrow, according to diplomats.",
    "In the spring of {year}, {actor} first tried to {action}.",
)
FILLER = (
    "Analysts said the move reflected growing pressure at home and abroad.",
    "The announcement drew a cautious response from neighbouring countries.",
    "Residents in the capital said prices for bread and fuel had risen sharply.",
    "A senior diplomat, speaking on condition of anonymity, called the plan ambitious.",
    "Critics argued that the timetable left too little room for negotiation.",
    "The United Nations urged all parties to protect civilians.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ORDINALS = ("1st", "3rd", "10th", "15th", "21st", "24th", "28th")


def synthetic_article(index: int, seed: int = 0) -> Article:
    """The article number ``index`` of the synthetic corpus ``seed``.

    >>> synthetic_article(5).id, synthetic_article(5) == synthetic_article(5)
    ('syn-0-5', True)
    """
    rng = random.Random(seed * 1_000_003 + index)
    published = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(3650))
    topic, actor, action = rng.choice(TOPICS)
    sentences = [f"{actor.capitalize()} and the {topic}: what comes next"]
    for _ in range(rng.randint(1, 12)):
        template = rng.choice(TEMPLATES)
        sentence = template.format(
            actor=actor,
            action=action,
            weekday=rng.choice(WEEKDAYS),
            month=rng.choice(MONTHS),
            day=rng.randint(1, 28),
            year=published.year + rng.choice((-2, -1, 0, 0, 0, 1)),
            ordinal=rng.choice(ORDINALS),
        )
        sentences.append(sentence[0].upper() + sentence[1:])
        if rng.random() < 0.5:
            sentences.append(rng.choice(FILLER))
    text = sentences[0] + "\n\n" + " ".join(sentences[1:])
    return Article(text, published=published, id=f"syn-{seed}-{index}", title=sentences[0])


def synthetic_articles(count: int, seed: int = 0) -> Iterator[Article]:
    """``count`` synthetic articles, generated one at a time."""
    for index in range(count):
        yield synthetic_article(index, seed)


if __name__ == "__main__":
    for article in synthetic_articles(int(sys.argv[1]) if len(sys.argv) > 1 else 3):
        print(f"--- {article.id} published {article.published}\n{article.text}\n")
