"""Short hand-written stories (fictional wording, real places) with their expected labels.

They were written for the tests, not taken from any corpus, and labelled by the conventions of
the signals-dev README. Each set was written before the rules were changed for it; its
first-run score is recorded in benchmarks/news_results.md as an estimate for unseen news.
``CASES`` is the first set, ``UNSEEN_CASES`` the second, ``FRESH_CASES`` the third.
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

# A second set, written in one sitting before any rule was changed for it, to estimate how the
# extractor does on unseen news: 2020s-style wire copy from many regions, positives of every
# type, speculative pieces and hard negatives. The first-run score is in
# benchmarks/news_results.md.
UNSEEN_CASES: list[dict] = [
    {
        "id": "hw2-bfa-coup",
        "title": "Soldiers announce takeover in Burkina Faso",
        "text": (
            "A group of soldiers appeared on national television late on Monday to announce "
            "that they had dissolved the government and the national assembly and suspended "
            "the constitution. Heavy gunfire was heard overnight near the presidential "
            "residence in Ouagadougou, and the state broadcaster RTB went off the air for "
            "several hours before the statement was read. The whereabouts of the president "
            "were not known."
        ),
        "date": "2022-01-24",
        "countries": ["BFA"],
        "signals": ["coup_event", "blackout"],
        "modality": "reported",
    },
    {
        "id": "hw2-gin-coup",
        "title": "Special forces detain Guinea's president",
        "text": (
            "Guinean special forces said on Sunday they had captured President Alpha Conde and "
            "taken control of the country after hours of gunfire near the presidential palace "
            "in Conakry. A colonel wrapped in the national flag told viewers of state "
            "television that the government had been dissolved. Armoured vehicles blocked the "
            "bridge linking the Kaloum peninsula to the mainland, and the city's airport was "
            "closed, residents said."
        ),
        "date": "2021-09-05",
        "countries": ["GIN"],
        "signals": ["coup_event", "troop_movement", "blackout"],
        "modality": "reported",
    },
    {
        "id": "hw2-mmr-coup",
        "title": "Military seizes power, detains civilian leaders",
        "text": (
            "Myanmar's military detained the country's civilian leaders in pre-dawn raids on "
            "Monday and declared a one-year state of emergency, handing power to the "
            "commander-in-chief. Phone and internet connections in Naypyitaw and Yangon were "
            "cut, and state television said it was unable to broadcast because of technical "
            "problems. Soldiers were deployed outside city hall in Yangon."
        ),
        "date": "2021-02-01",
        "countries": ["MMR"],
        "signals": ["coup_event", "blackout", "troop_movement"],
        "modality": "reported",
    },
    {
        "id": "hw2-tcd-mutiny",
        "title": "Soldiers fire in the air over unpaid bonuses",
        "text": (
            "Dozens of soldiers at a military camp on the outskirts of N'Djamena fired their "
            "weapons into the air on Wednesday and blocked a main road, demanding months of "
            "unpaid bonuses, witnesses said. The men refused orders to return to their "
            "barracks until an envoy from the defence ministry arrived."
        ),
        "date": "2023-05-10",
        "countries": ["TCD"],
        "signals": ["mutiny"],
        "modality": "reported",
    },
    {
        "id": "hw2-sdn-troops",
        "title": "Troops fan out across Khartoum",
        "text": (
            "Armoured vehicles and pickup trucks mounted with machine guns took up positions at "
            "major intersections in Khartoum on Sunday night, and soldiers sealed off the road "
            "to the army headquarters, residents said. There was no official explanation for "
            "the deployment."
        ),
        "date": "2021-10-24",
        "countries": ["SDN"],
        "signals": ["troop_movement"],
        "modality": "reported",
    },
    {
        "id": "hw2-purge-decree",
        "title": "President replaces army chief and intelligence head",
        "text": (
            "Niger's president replaced the chief of the general staff and the head of "
            "military intelligence on Thursday, according to a decree read on national radio. "
            "No reason was given for the changes, which came a week after a deadly attack on "
            "an army post."
        ),
        "date": "2020-01-16",
        "countries": ["NER"],
        "signals": ["elite_purge"],
        "modality": "reported",
    },
    {
        "id": "hw2-generals-arrested",
        "title": "Three generals arrested",
        "text": (
            "Authorities in Guinea-Bissau arrested three serving generals and the commander of "
            "the national guard on Friday, a government spokesman said, accusing them of "
            "insubordination. Their lawyers said they had not been told of any charges."
        ),
        "date": "2022-06-03",
        "countries": ["GNB"],
        "signals": ["elite_purge"],
        "modality": "reported",
    },
    {
        "id": "hw2-plot-charged",
        "title": "Eleven soldiers charged over foiled plot",
        "text": (
            "A military prosecutor in Bamako charged eleven soldiers and two civilians with "
            "conspiring to overthrow the transitional authorities, saying they were arrested "
            "before they could act. The group had allegedly planned to attack a military camp "
            "and seize the state broadcaster."
        ),
        "date": "2022-05-20",
        "countries": ["MLI"],
        "signals": ["coup_plot"],
        "modality": "reported",
    },
    {
        "id": "hw2-absence",
        "title": "President's absence fuels health rumours",
        "text": (
            "Cameroon's president has not been seen in public for more than five weeks, "
            "fuelling rumours on social media that he is seriously ill. His office said on "
            "Tuesday that he was in good health and working from his residence, but opposition "
            "figures said he may have travelled abroad for treatment."
        ),
        "date": "2024-10-08",
        "countries": ["CMR"],
        "signals": ["leader_health"],
        "modality": "mixed",
    },
    {
        "id": "hw2-hospital",
        "title": "President flown abroad for treatment",
        "text": (
            "Algeria's president was flown to a hospital in Germany for medical treatment on "
            "Wednesday, the presidency said in a short statement, days after he went into "
            "self-isolation. It gave no details of his condition."
        ),
        "date": "2020-10-28",
        "countries": ["DZA"],
        "signals": ["leader_health"],
        "modality": "reported",
    },
    {
        "id": "hw2-died",
        "title": "Tanzania's president dies",
        "text": (
            "Tanzania's president has died of heart complications at a hospital in Dar es "
            "Salaam, the vice president announced on state television on Wednesday night. He "
            "had not been seen in public for more than two weeks. Under the constitution the "
            "vice president will be sworn in to serve out his term."
        ),
        "date": "2021-03-17",
        "countries": ["TZA"],
        "signals": ["leader_health"],
        "modality": "reported",
    },
    {
        "id": "hw2-base-overrun",
        "title": "Jihadists overrun army base",
        "text": (
            "Jihadist fighters overran an army base in northern Burkina Faso on Saturday, "
            "killing at least 30 soldiers, security sources said. Survivors retreated toward "
            "the town of Djibo, and the militants seized weapons and vehicles before setting "
            "the camp on fire."
        ),
        "date": "2022-09-26",
        "countries": ["BFA"],
        "signals": ["military_defeat"],
        "modality": "reported",
    },
    {
        "id": "hw2-town-falls",
        "title": "Strategic town falls to rebels",
        "text": (
            "The eastern Congolese town of Bunagana fell to M23 rebels on Monday after "
            "government troops withdrew overnight, local officials said. Hundreds of soldiers "
            "crossed into Uganda, and the army lost control of the main road to Goma."
        ),
        "date": "2022-06-13",
        "countries": ["COD"],
        "signals": ["military_defeat"],
        "modality": "reported",
    },
    {
        "id": "hw2-peru-protest",
        "title": "Protesters block highways in Peru",
        "text": (
            "Thousands of demonstrators blocked highways across southern Peru for a third day "
            "on Wednesday, demanding the president's resignation and early elections. Police "
            "fired tear gas to clear protesters from the airport in Juliaca."
        ),
        "date": "2023-01-11",
        "countries": ["PER"],
        "signals": ["civil_unrest"],
        "modality": "reported",
    },
    {
        "id": "hw2-colombia-strike",
        "title": "Nationwide strike against tax reform",
        "text": (
            "Unions and student groups staged a nationwide strike in Colombia on Wednesday "
            "against the government's tax reform, and marchers clashed with riot police in "
            "Bogota and Cali. Several buses were set on fire."
        ),
        "date": "2021-04-28",
        "countries": ["COL"],
        "signals": ["civil_unrest"],
        "modality": "reported",
    },
    {
        "id": "hw2-discontent",
        "title": "Officers complain of unpaid wages",
        "text": (
            "Junior officers in Mozambique's army have complained for months about unpaid "
            "salaries and poor equipment, and on Monday the army chief publicly warned the "
            "government that morale among troops in the north was collapsing, two senior "
            "officials said."
        ),
        "date": "2021-07-05",
        "countries": ["MOZ"],
        "signals": ["security_discontent"],
        "modality": "reported",
    },
    {
        "id": "hw2-army-statement",
        "title": "Army tells president to resolve crisis",
        "text": (
            "Bolivia's armed forces chief urged the president on Sunday to step down to allow "
            "peace to be restored, hours after police units in several cities joined "
            "anti-government protesters."
        ),
        "date": "2019-11-10",
        "countries": ["BOL"],
        "signals": ["security_discontent", "civil_unrest"],
        "modality": "reported",
    },
    {
        "id": "hw2-oped",
        "title": "Is Madagascar's army losing patience?",
        "text": (
            "Madagascar has a long history of soldiers meddling in politics, and the signs "
            "today are worrying. If the president insists on a third term, some colonels "
            "might decide that the only way out is to seize power. I would not rule out a "
            "coup before the end of the year, though a negotiated exit is still more likely."
        ),
        "date": "2023-09-20",
        "countries": ["MDG"],
        "signals": ["coup_event"],
        "modality": "speculative",
    },
    {
        "id": "hw2-rumour",
        "title": "Government denies coup rumours",
        "text": (
            "Rumours of a coup in Ivory Coast spread rapidly on social media on Saturday, with "
            "unverified posts claiming that soldiers had surrounded the presidential palace. "
            "The government said the rumours were false and that the situation in Abidjan was "
            "calm; journalists in the city saw no unusual military presence."
        ),
        "date": "2023-08-12",
        "countries": ["CIV"],
        "signals": ["coup_event"],
        "modality": "speculative",
    },
    {
        "id": "hw2-internet-protests",
        "title": "Internet cut as protests spread",
        "text": (
            "Authorities in Kazakhstan shut down the internet nationwide on Wednesday as "
            "protesters stormed government buildings in Almaty and set fire to the mayor's "
            "office, monitoring groups said. Flights to Almaty airport were suspended after "
            "protesters seized the terminal."
        ),
        "date": "2022-01-05",
        "countries": ["KAZ"],
        "signals": ["civil_unrest", "blackout"],
        "modality": "reported",
    },
    {
        "id": "hw2-election",
        "title": "Senegal votes in peaceful presidential election",
        "text": (
            "Senegalese voters queued from dawn on Sunday to choose a new president in an "
            "election observers described as calm and orderly. Soldiers and police were "
            "deployed to secure polling stations across Dakar, and results are expected "
            "within a week."
        ),
        "date": "2024-03-24",
        "countries": ["SEN"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw2-parade",
        "title": "Tanks roll through capital in army day parade",
        "text": (
            "Tanks, missile launchers and thousands of goose-stepping soldiers rolled through "
            "central Tehran on Sunday in a parade marking Army Day, as the president watched "
            "from a stand beside the commanders of the armed forces."
        ),
        "date": "2023-04-18",
        "countries": ["IRN"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw2-peacekeepers",
        "title": "Kenya to send police to Haiti",
        "text": (
            "Kenya's cabinet approved the deployment of 1,000 police officers to Haiti on "
            "Monday to lead a UN-backed multinational mission against armed gangs. The first "
            "contingent is expected to arrive in Port-au-Prince next month."
        ),
        "date": "2023-10-02",
        "countries": ["KEN"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw2-anniversary",
        "title": "Ten years after the coup, Thai democracy still fragile",
        "text": (
            "Ten years ago this week, Thailand's army chief seized power in a bloodless coup "
            "and promised a swift return to democracy. Today the generals who led the "
            "takeover have left office, but activists say the constitution they wrote still "
            "shapes politics."
        ),
        "date": "2024-05-22",
        "countries": ["THA"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw2-sport",
        "title": "Brighton land coup with signing of Ecuador star",
        "text": (
            "Brighton have pulled off a coup by signing the Ecuador midfielder ahead of "
            "several bigger clubs, the Premier League side said on Friday. The manager said "
            "the player would be deployed in a more attacking role."
        ),
        "date": "2021-08-20",
        "countries": ["GBR"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw2-business",
        "title": "Founder ousted in boardroom revolt",
        "text": (
            "The founder of the Indian fintech firm was ousted as chief executive on Tuesday "
            "after a boardroom revolt led by its largest investors, who accused him of "
            "mismanagement. Shares rose 4 percent in Mumbai."
        ),
        "date": "2022-03-01",
        "countries": ["IND"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw2-party-coup",
        "title": "Party rebels topple leader",
        "text": (
            "Rebel lawmakers in Japan's ruling party mounted a coup against the party leader "
            "on Friday, forcing him to announce that he would not seek re-election as party "
            "president. Analysts said the move was a political coup months in the making."
        ),
        "date": "2021-09-03",
        "countries": ["JPN"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw2-new-army-chief",
        "title": "New army chief sworn in",
        "text": (
            "Pakistan's new army chief took command on Tuesday at a ceremony in Rawalpindi, "
            "succeeding a general who retired at the end of his extended term. The handover "
            "was the first in years to take place on schedule."
        ),
        "date": "2022-11-29",
        "countries": ["PAK"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw2-history",
        "title": "Economy rebounds as tourism returns",
        "text": (
            "Fiji's economy grew strongly last year as tourists returned, the central bank "
            "said on Thursday. The country has had four coups since 1987, but officials say "
            "political stability has helped attract investment."
        ),
        "date": "2023-02-09",
        "countries": ["FJI"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw2-flood-relief",
        "title": "Army helps evacuate flood victims",
        "text": (
            "Brazil's army deployed helicopters and boats on Monday to evacuate thousands of "
            "residents from flooded neighbourhoods of Porto Alegre, officials said, as rivers "
            "in the southern state reached record levels."
        ),
        "date": "2024-05-06",
        "countries": ["BRA"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw2-junta-rally",
        "title": "Thousands rally in support of junta",
        "text": (
            "Thousands of supporters of Niger's new military rulers rallied in Niamey on "
            "Sunday, waving Russian flags and demanding the departure of French troops. The "
            "crowd cheered as members of the ruling council drove past."
        ),
        "date": "2023-08-20",
        "countries": ["NER"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw2-recapture",
        "title": "Army retakes town from militants",
        "text": (
            "Mozambican and Rwandan troops recaptured the port town of Mocimboa da Praia from "
            "Islamist insurgents on Sunday, the Rwandan military said, after the fighters "
            "abandoned their positions."
        ),
        "date": "2021-08-08",
        "countries": ["MOZ"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw2-exercise",
        "title": "Joint drills begin near capital",
        "text": (
            "Troops from Uzbekistan and Tajikistan began joint counter-terrorism exercises on "
            "Tuesday at a training ground outside Tashkent, the defence ministry said. "
            "Armoured vehicles and helicopters will take part in the drills."
        ),
        "date": "2022-04-12",
        "countries": ["UZB"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw2-ecuador-state",
        "title": "Ecuador declares state of emergency after prison riots",
        "text": (
            "Ecuador's president declared a 60-day state of emergency on Monday and ordered "
            "soldiers into the country's prisons after riots in which inmates took guards "
            "hostage. A nightly curfew will apply in several provinces."
        ),
        "date": "2024-01-08",
        "countries": ["ECU"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw2-gabon-coup",
        "title": "Officers seize power in Gabon after election",
        "text": (
            "Army officers in Gabon said on Wednesday they had taken power and placed the "
            "president under house arrest, minutes after the electoral commission declared him "
            "the winner of a disputed vote. Internet access, cut on election night, remained "
            "down, and crowds celebrated in the streets of Libreville."
        ),
        "date": "2023-08-30",
        "countries": ["GAB"],
        "signals": ["coup_event", "blackout"],
        "modality": "reported",
    },
]

# A third set, written after the rules were revised for the second set and scored once before
# any further change: a fresh estimate for the revised rules (see benchmarks/news_results.md).
FRESH_CASES: list[dict] = [
    {
        "id": "hw3-sahel-coup",
        "title": "Mutinous officers claim power in Niamey",
        "text": (
            "Members of the presidential guard held the head of state inside his residence on "
            "Wednesday, and hours later a colonel read a statement on national television "
            "announcing that the defence and security forces had decided to put an end to the "
            "regime. The country's borders were closed and a night curfew imposed."
        ),
        "date": "2023-07-27",
        "countries": ["NER"],
        "signals": ["coup_event"],
        "modality": "reported",
    },
    {
        "id": "hw3-attempt-foiled",
        "title": "Government says coup attempt foiled",
        "text": (
            "Sierra Leone's government said on Sunday it had repelled an attempted coup after "
            "gunmen attacked a military barracks and two prisons in Freetown. A nationwide "
            "curfew was declared and the information minister said the situation was under "
            "control."
        ),
        "date": "2023-11-26",
        "countries": ["SLE"],
        "signals": ["coup_event"],
        "modality": "reported",
    },
    {
        "id": "hw3-tv-seized",
        "title": "Armed men storm state broadcaster",
        "text": (
            "Armed men in military fatigues stormed the headquarters of the state broadcaster "
            "in Conakry before dawn on Friday and its channels went off the air, employees "
            "said. Heavy gunfire was heard near the presidency."
        ),
        "date": "2021-09-03",
        "countries": ["GIN"],
        "signals": ["blackout"],
        "modality": "reported",
    },
    {
        "id": "hw3-generals-sacked",
        "title": "Ukraine's president sacks top commanders",
        "text": (
            "President Volodymyr Zelensky dismissed the commander of the joint forces and the "
            "head of the security service's regional branch on Friday, his office said, in a "
            "shake-up of the military leadership."
        ),
        "date": "2022-03-04",
        "countries": ["UKR"],
        "signals": ["elite_purge"],
        "modality": "reported",
    },
    {
        "id": "hw3-health-rumour",
        "title": "Speculation grows over leader's health",
        "text": (
            "Speculation about the health of Turkmenistan's president intensified on Monday "
            "after he failed to appear at a televised cabinet meeting for the second week in a "
            "row. Some exile websites claimed he had suffered a stroke."
        ),
        "date": "2019-07-29",
        "countries": ["TKM"],
        "signals": ["leader_health"],
        "modality": "mixed",
    },
    {
        "id": "hw3-army-routed",
        "title": "Army flees as rebels advance",
        "text": (
            "Ethiopian government forces abandoned the town of Dessie on Saturday as Tigrayan "
            "fighters advanced south, residents said. Soldiers were seen leaving in trucks, and "
            "the rebels took control of the town's airport by evening."
        ),
        "date": "2021-10-30",
        "countries": ["ETH"],
        "signals": ["military_defeat"],
        "modality": "reported",
    },
    {
        "id": "hw3-protest-junta",
        "title": "Protesters defy junta ban",
        "text": (
            "Thousands of people marched in Khartoum on Thursday against military rule, "
            "defying a ban on gatherings. Security forces fired tear gas and live rounds, and "
            "mobile internet was cut across the capital, monitoring group NetBlocks said."
        ),
        "date": "2021-12-30",
        "countries": ["SDN"],
        "signals": ["civil_unrest", "blackout"],
        "modality": "reported",
    },
    {
        "id": "hw3-soldiers-pay",
        "title": "Soldiers demand back pay",
        "text": (
            "Hundreds of soldiers returning from a peacekeeping mission staged a sit-in outside "
            "the defence ministry in Bamako on Tuesday, demanding months of unpaid allowances. "
            "Officers said anger in the ranks had been building for weeks."
        ),
        "date": "2020-06-16",
        "countries": ["MLI"],
        "signals": ["security_discontent"],
        "modality": "reported",
    },
    {
        "id": "hw3-oped-latam",
        "title": "Could the generals return in Bolivia?",
        "text": (
            "With inflation rising and the government paralysed, some retired officers have "
            "begun to hint that the armed forces could restore order. A coup remains unlikely, "
            "but if the crisis deepens, the temptation may grow."
        ),
        "date": "2024-03-10",
        "countries": ["BOL"],
        "signals": ["coup_event"],
        "modality": "speculative",
    },
    {
        "id": "hw3-neg-reshuffle",
        "title": "President names new defence minister",
        "text": (
            "Indonesia's president named a new defence minister on Wednesday in a cabinet "
            "reshuffle, replacing a minister who is running for governor. The army chief "
            "attended the swearing-in at the palace in Jakarta."
        ),
        "date": "2023-12-06",
        "countries": ["IDN"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw3-neg-deploy-crime",
        "title": "Soldiers sent to fight gangs",
        "text": (
            "Honduras deployed soldiers to patrol the streets of Tegucigalpa and San Pedro Sula "
            "on Tuesday as part of a crackdown on extortion gangs, the security ministry said."
        ),
        "date": "2022-12-06",
        "countries": ["HND"],
        "signals": [],
        "modality": "reported",
    },
    {
        "id": "hw3-neg-coup-book",
        "title": "Book revisits the 1973 coup",
        "text": (
            "A new history of the 1973 coup in Chile draws on declassified cables to show how "
            "the generals planned the assault on the presidential palace. The author spoke at "
            "a book fair in Santiago on Saturday."
        ),
        "date": "2023-09-09",
        "countries": ["CHL"],
        "signals": [],
        "modality": "reported",
    },
]
