"""Short hand-written stories (fictional wording, real places) with their expected labels.

They were written for the tests, not taken from any corpus, and were not used to write the
rules: they are an extra check on texts the extractor has never seen.
"""

from __future__ import annotations

CASES: list[dict] = [
    {
        "id": "hw-opinion",
        "title": "Could the generals turn on the president?",
        "text": (
            "Nobody in Lusaka expects a coup this year, but the question is no longer absurd. "
            "If the economy keeps sliding, some officers might conclude that the president is a "
            "liability. In my view a military takeover would be a disaster, and I think the "
            "army knows it. Still, analysts say the risk of a palace coup could rise if the "
            "cabinet reshuffle goes ahead."
        ),
        "date": "2019-05-02",
        "countries": ["ZMB"],
        "signals": ["coup_event"],
        "modality": "speculative",
    },
    {
        "id": "hw-transfer",
        "title": "Club lands winger in late transfer coup",
        "text": (
            "Celtic pulled off a transfer coup on deadline day, signing the Dutch winger for a "
            "club-record fee. The manager said the deal was a major coup for the club and that "
            "the player would be deployed on the left."
        ),
        "date": "2018-08-31",
        "countries": ["GBR"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw-boardroom",
        "title": "Boardroom coup at carmaker",
        "text": (
            "Shareholders at the Tokyo carmaker staged what analysts called a boardroom coup on "
            "Friday, voting out the chairman after months of losses. The company said the "
            "transition would be orderly."
        ),
        "date": "2018-06-01",
        "countries": ["JPN"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw-exercise",
        "title": "Troops begin annual exercise",
        "text": (
            "Thousands of Polish troops and hundreds of tanks moved into training areas near "
            "the capital on Monday for the annual Anakonda exercise, the defence ministry said. "
            "The drills will run for two weeks."
        ),
        "date": "2018-11-05",
        "countries": ["POL"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw-anniversary",
        "title": "Chileans mark anniversary of 1973 coup",
        "text": (
            "Thousands gathered in Santiago on Tuesday to mark the anniversary of the 1973 "
            "military coup. In 1973 soldiers bombed the presidential palace and seized power. "
            "Relatives of the disappeared laid flowers at the memorial."
        ),
        "date": "2018-09-11",
        "countries": ["CHL"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw-no-confidence",
        "title": "Government falls in no-confidence vote",
        "text": (
            "Romania's parliament overthrew the government in a no-confidence vote on "
            "Wednesday, ending the prime minister's seven months in office. Opposition leaders "
            "said they would propose a new cabinet."
        ),
        "date": "2019-10-10",
        "countries": ["ROU"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw-flood",
        "title": "Soldiers deployed after floods",
        "text": (
            "The army deployed soldiers and boats to flooded districts of Dhaka on Sunday to "
            "help with rescue and relief, officials said."
        ),
        "date": "2019-07-14",
        "countries": ["BGD"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw-coup",
        "title": "Soldiers seize power in Niamey",
        "text": (
            "Soldiers detained President Mahamadou Issoufou on Thursday and announced on state "
            "television that they had seized power, suspending the constitution. Armoured "
            "vehicles took up positions around the presidential palace and the internet was cut "
            "across the capital, residents said."
        ),
        "date": "2019-02-14",
        "countries": ["NER"],
        "signals": ["coup_event", "troop_movement", "blackout"],
        "modality": "reported",
    },
    {
        "id": "hw-mutiny",
        "title": "Soldiers mutiny over unpaid wages",
        "text": (
            "Soldiers at a barracks in Bouake mutinied on Saturday over unpaid bonuses, firing "
            "into the air and blocking roads, a military source said. Mutineers demanded "
            "payment within a week."
        ),
        "date": "2018-01-06",
        "countries": ["CIV"],
        "signals": ["mutiny"],
        "modality": "reported",
    },
    {
        "id": "hw-purge",
        "title": "President sacks army chief",
        "text": (
            "President Salva Kiir dismissed the army chief of staff and two senior generals on "
            "Wednesday, the presidency said, without giving a reason."
        ),
        "date": "2018-05-09",
        "countries": ["SSD"],
        "signals": ["elite_purge"],
        "modality": "reported",
    },
    {
        "id": "hw-plot",
        "title": "Officers held over alleged plot",
        "text": (
            "Police in Khartoum arrested a dozen officers accused of plotting to overthrow the "
            "government, state media reported on Monday. The suspects were said to have planned "
            "to seize the army headquarters."
        ),
        "date": "2019-07-22",
        "countries": ["SDN"],
        "signals": ["coup_plot", "elite_purge"],
        "modality": "reported",
    },
    {
        "id": "hw-health",
        "title": "President flown abroad for treatment",
        "text": (
            "Cameroon's president was flown to Geneva for medical treatment on Friday, his "
            "office said, the third such trip this year. He has not been seen in public since "
            "early March."
        ),
        "date": "2019-04-12",
        "countries": ["CMR"],
        "signals": ["leader_health"],
        "modality": "reported",
    },
    {
        "id": "hw-protest",
        "title": "Tens of thousands protest in Algiers",
        "text": (
            "Tens of thousands of protesters marched through Algiers on Friday demanding the "
            "resignation of the government, in the largest anti-government demonstration in "
            "years. Police fired tear gas at rioters near parliament."
        ),
        "date": "2019-03-08",
        "countries": ["DZA"],
        "signals": ["civil_unrest"],
        "modality": "reported",
    },
    {
        "id": "hw-defeat",
        "title": "Army retreats as rebels take town",
        "text": (
            "Government troops fled the northern town of Kidal on Monday after rebels overran "
            "the garrison, a local official said. Soldiers abandoned their positions and "
            "several armoured vehicles were captured by the insurgents."
        ),
        "date": "2014-05-21",
        "countries": ["MLI"],
        "signals": ["military_defeat"],
        "modality": "reported",
    },
    {
        "id": "hw-critics",
        "title": "Opposition calls court ruling a coup",
        "text": (
            "Opposition leaders in Warsaw accused the ruling party of staging a coup against the "
            "judiciary after parliament passed the court reform. The government said the law "
            "was constitutional."
        ),
        "date": "2017-07-20",
        "countries": ["POL"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw-discontent",
        "title": "Army chief warns politicians",
        "text": (
            "Pakistan's army chief warned on Tuesday that the military would not stand by while "
            "politicians paralysed the country, and officers privately voiced anger in the ranks "
            "over unpaid allowances, according to two officials."
        ),
        "date": "2019-09-03",
        "countries": ["PAK"],
        "signals": ["security_discontent"],
        "modality": "reported",
    },
]
