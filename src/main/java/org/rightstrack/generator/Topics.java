package org.rightstrack.generator;

import java.util.List;
import java.util.Map;

/**
 * The subjects of synthetic recommendations, written after the wording of real UPR, treaty-body and
 * special-procedure recommendations, each tagged with the reference codes (db/reference) a curator
 * would give it.
 */
final class Topics {

	static final List<Topic> ALL = List.of(
			Topic.of("opcat", 6).themes("acceptance-of-international-norms", "torture").groups("persons-deprived-of-liberty")
				.sdgs("16.3", "16.10")
				.instruments("OPCAT", "the Optional Protocol to the Convention against Torture",
						"the Optional Protocol to the Convention against Torture and establish a national preventive mechanism",
						"the Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment")
				.institutions("an independent national preventive mechanism with unrestricted access to all places of deprivation of liberty",
						"a national preventive mechanism in line with the Optional Protocol to the Convention against Torture")
				.build(),
			Topic.of("torture", 8).themes("torture", "impunity").groups("persons-deprived-of-liberty", "law-enforcement-officials")
				.sdgs("16.3", "16.1")
				.instruments("the Convention against Torture", "CAT")
				.laws("a definition of torture in its Criminal Code that is fully in line with article 1 of the Convention",
						"legislation criminalizing torture with penalties commensurate with the gravity of the crime")
				.measures("to prevent torture and ill-treatment in all places of detention",
						"to eradicate the use of torture and ill-treatment by the police and security forces")
				.ensure("all allegations of torture and ill-treatment are promptly, impartially and effectively investigated and perpetrators prosecuted",
						"confessions obtained under torture are not admissible as evidence in any proceedings",
						"victims of torture obtain redress, including fair and adequate compensation and rehabilitation")
				.build(),
			Topic.of("detention", 5).themes("conditions-of-detention", "detention").groups("persons-deprived-of-liberty")
				.sdgs("16.3")
				.measures("to improve conditions of detention and reduce overcrowding in prisons",
						"to reduce pre-trial detention and promote alternatives to imprisonment")
				.ensure("conditions of detention comply with the United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules)",
						"all persons deprived of their liberty are afforded all fundamental legal safeguards from the outset of their detention")
				.institutions("independent monitoring of all places of detention")
				.build(),
			Topic.of("death-penalty", 6).themes("death-penalty").sdgs("16.1")
				.instruments("the Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty",
						"the Second Optional Protocol to the ICCPR")
				.laws("a de jure moratorium on executions with a view to abolishing the death penalty",
						"legislation abolishing the death penalty for all crimes")
				.measures("to abolish the death penalty", "to reduce the number of crimes punishable by death")
				.ensure("the death penalty is not imposed for crimes that do not meet the threshold of the most serious crimes")
				.build(),
			Topic.of("trafficking", 7).themes("trafficking").groups("victims-of-trafficking", "women", "children")
				.sdgs("5.2", "8.7", "16.2")
				.instruments("the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
						"the ASEAN Convention against Trafficking in Persons, Especially Women and Children")
				.laws("a comprehensive law on combating trafficking in persons", "a national action plan against trafficking in persons")
				.measures("to combat trafficking in persons", "to prevent and combat trafficking in persons, in particular of women and children",
						"to identify victims of trafficking and refer them to appropriate services")
				.ensure("victims of trafficking have access to shelters, legal aid and rehabilitation services",
						"traffickers are prosecuted and adequately punished")
				.build(),
			Topic.of("women-discrimination", 9).themes("discrimination-against-women", "equality-non-discrimination").groups("women", "girls")
				.sdgs("5.1", "5.c")
				.instruments("the Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women")
				.laws("a comprehensive definition of discrimination against women in line with article 1 of the Convention",
						"legislation to repeal all discriminatory provisions against women")
				.measures("to eliminate discrimination against women", "to promote gender equality",
						"to eliminate discriminatory stereotypes concerning the roles of women and men in the family and in society")
				.ensure("women enjoy equal rights with men in marriage, divorce and inheritance")
				.build(),
			Topic.of("gender-violence", 9).themes("gender-based-violence", "domestic-violence").groups("women", "girls", "victims-of-violence")
				.sdgs("5.2")
				.laws("a comprehensive law on violence against women, including domestic violence", "legislation criminalizing marital rape",
						"a national strategy to combat violence against women and girls")
				.measures("to combat violence against women", "to prevent and combat domestic violence and marital rape",
						"to combat all forms of gender-based violence against women and girls")
				.ensure("all cases of gender-based violence against women are thoroughly investigated and perpetrators prosecuted",
						"women victims of violence have access to shelters, counselling and legal aid")
				.build(),
			Topic.of("harmful-practices", 4).themes("harmful-practices").groups("girls", "women", "children")
				.sdgs("5.3")
				.laws("legislation setting the minimum age of marriage at 18 years for both women and men",
						"legislation prohibiting female genital mutilation")
				.measures("to eliminate child, early and forced marriage", "to eradicate female genital mutilation and other harmful practices")
				.build(),
			Topic.of("women-participation", 5).themes("women-participation").groups("women")
				.sdgs("5.5")
				.measures("to increase the participation of women in political and public life",
						"to increase the representation of women in decision-making positions")
				.laws("temporary special measures, including quotas, to accelerate the equal participation of women in Parliament")
				.build(),
			Topic.of("child-rights", 7).themes("children-general-principles").groups("children")
				.sdgs("16.2", "4.1")
				.instruments("the Optional Protocol to the Convention on the Rights of the Child on a communications procedure")
				.laws("a comprehensive children's code", "a national plan of action for children")
				.measures("to protect the rights of the child", "to give due weight to the views of the child in all matters affecting them")
				.institutions("the child protection system", "the national council for children")
				.build(),
			Topic.of("violence-children", 6).themes("violence-against-children").groups("children", "victims-of-violence")
				.sdgs("16.2")
				.laws("legislation explicitly prohibiting corporal punishment in all settings")
				.measures("to combat violence against children, including sexual abuse and exploitation",
						"to prevent child abuse and neglect")
				.ensure("child victims of violence have access to child-friendly complaint mechanisms and rehabilitation services")
				.build(),
			Topic.of("child-labour", 4).themes("child-labour").groups("children")
				.sdgs("8.7")
				.instruments("ILO Convention No. 138 concerning Minimum Age for Admission to Employment",
						"ILO Convention No. 182 on the Worst Forms of Child Labour")
				.measures("to eliminate the worst forms of child labour", "to combat child labour, in particular in agriculture and domestic work")
				.build(),
			Topic.of("birth-registration", 4).themes("birth-registration").groups("children", "stateless-persons")
				.sdgs("16.9")
				.measures("to ensure free and universal birth registration", "to reduce statelessness")
				.ensure("all children born on its territory are registered immediately after birth, regardless of the status of their parents")
				.build(),
			Topic.of("juvenile-justice", 3).themes("juvenile-justice").groups("children", "juveniles")
				.sdgs("16.3")
				.laws("legislation raising the minimum age of criminal responsibility to an internationally acceptable level")
				.institutions("a juvenile justice system with specialized juvenile courts")
				.ensure("detention of children is used only as a measure of last resort and for the shortest possible time")
				.build(),
			Topic.of("education", 7).themes("right-to-education").groups("children", "girls")
				.sdgs("4.1", "4.5", "4.a")
				.measures("to guarantee access to free and compulsory primary education for all children",
						"to improve the quality of education and reduce drop-out rates", "to increase school enrolment of girls")
				.ensure("children with disabilities have access to inclusive education")
				.build(),
			Topic.of("human-rights-education", 4).themes("human-rights-education", "human-rights-training").groups("public-officials")
				.sdgs("4.7")
				.laws("a national plan of action for human rights education")
				.measures("to integrate human rights education into school curricula",
						"to provide human rights training for public officials, police officers and the judiciary")
				.build(),
			Topic.of("health", 6).themes("right-to-health", "access-to-health-care").groups("general", "persons-in-rural-areas")
				.sdgs("3.8", "3.1")
				.measures("to improve access to health care, particularly in rural areas", "to reduce maternal and infant mortality",
						"to achieve universal health coverage")
				.ensure("adequate resources are allocated to the health sector")
				.build(),
			Topic.of("sexual-health", 3).themes("sexual-reproductive-health").groups("women", "girls")
				.sdgs("3.7", "5.6")
				.measures("to ensure access to sexual and reproductive health services and information",
						"to decriminalize abortion at least in cases of rape, incest and threats to the life or health of the pregnant woman")
				.build(),
			Topic.of("hiv", 2).themes("hiv-aids").groups("persons-living-with-hiv")
				.sdgs("3.3")
				.measures("to combat HIV/AIDS and the stigma attached to persons living with HIV/AIDS")
				.build(),
			Topic.of("poverty", 6).themes("poverty", "adequate-standard-of-living").groups("persons-living-in-poverty", "persons-in-rural-areas")
				.sdgs("1.1", "1.2", "1.3")
				.laws("a national poverty reduction strategy with a human rights-based approach")
				.measures("to reduce poverty, in particular in rural areas", "to eradicate extreme poverty and reduce inequalities")
				.institutions("social protection programmes for the most vulnerable groups")
				.build(),
			Topic.of("food-water", 3).themes("right-to-food", "right-to-water-sanitation").groups("persons-living-in-poverty")
				.sdgs("2.1", "6.1", "6.2")
				.measures("to guarantee the right to food and combat malnutrition", "to ensure access to safe drinking water and sanitation")
				.build(),
			Topic.of("housing", 3).themes("right-to-housing", "forced-evictions").groups("persons-living-in-poverty")
				.sdgs("11.1")
				.laws("a national housing policy")
				.ensure("forced evictions are carried out only as a last resort and with adequate compensation or alternative housing")
				.build(),
			Topic.of("labour", 4).themes("conditions-of-work", "right-to-work").groups("migrant-workers", "domestic-workers")
				.sdgs("8.5", "8.8")
				.instruments("ILO Convention No. 189 concerning Decent Work for Domestic Workers")
				.measures("to protect the labour rights of migrant and domestic workers", "to close the gender pay gap")
				.ensure("labour legislation covers domestic workers and guarantees a minimum wage")
				.build(),
			Topic.of("migrants", 5).themes("migrants", "refugees-asylum-seekers").groups("migrants", "refugees-asylum-seekers")
				.sdgs("10.7")
				.instruments("the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
						"the 1951 Convention relating to the Status of Refugees and its 1967 Protocol")
				.measures("to protect the rights of migrants, refugees and asylum seekers", "to end immigration detention of children")
				.ensure("the principle of non-refoulement is respected in all circumstances")
				.build(),
			Topic.of("disability", 5).themes("persons-with-disabilities").groups("persons-with-disabilities")
				.sdgs("4.5", "10.2", "11.2")
				.instruments("the Convention on the Rights of Persons with Disabilities", "the CRPD",
						"the Optional Protocol to the Convention on the Rights of Persons with Disabilities")
				.laws("a comprehensive disability law in line with the Convention on the Rights of Persons with Disabilities")
				.measures("to promote the inclusion of persons with disabilities in society",
						"to ensure the accessibility of public buildings and transport for persons with disabilities")
				.build(),
			Topic.of("indigenous", 3).themes("indigenous-peoples", "right-to-land").groups("indigenous-peoples")
				.sdgs("2.3", "10.2")
				.instruments("ILO Convention No. 169 concerning Indigenous and Tribal Peoples")
				.ensure("indigenous peoples are consulted in order to obtain their free, prior and informed consent on projects affecting their lands")
				.measures("to recognize and protect the land rights of indigenous peoples")
				.build(),
			Topic.of("minorities-racism", 5).themes("racial-discrimination", "minorities").groups("minorities", "people-of-african-descent")
				.sdgs("10.3", "16.b")
				.laws("comprehensive anti-discrimination legislation", "a national action plan against racism, racial discrimination and xenophobia")
				.measures("to combat racial discrimination and hate speech", "to combat discrimination against ethnic and religious minorities")
				.build(),
			Topic.of("lgbti", 3).themes("lgbti").groups("lgbti")
				.sdgs("10.3")
				.laws("legislation decriminalizing consensual same-sex relations between adults")
				.measures("to combat discrimination and violence based on sexual orientation and gender identity")
				.build(),
			Topic.of("expression", 6).themes("freedom-of-expression", "freedom-of-press").groups("media", "human-rights-defenders")
				.sdgs("16.10")
				.laws("amendments to the Penal Code to decriminalize defamation", "a law on access to information")
				.measures("to guarantee freedom of expression, both online and offline", "to protect journalists and media workers")
				.ensure("journalists can work freely and without fear of reprisals",
						"all attacks against journalists are promptly investigated and those responsible brought to justice")
				.build(),
			Topic.of("assembly-association", 4).themes("freedom-of-association-assembly", "civil-society").groups("civil-society")
				.sdgs("16.10", "16.7")
				.measures("to guarantee the rights to freedom of peaceful assembly and of association",
						"to create a safe and enabling environment for civil society")
				.ensure("legislation on non-governmental organizations does not unduly restrict their registration and funding")
				.build(),
			Topic.of("defenders", 5).themes("human-rights-defenders").groups("human-rights-defenders")
				.sdgs("16.10")
				.laws("a law on the protection of human rights defenders")
				.measures("to protect human rights defenders from harassment, intimidation and reprisals")
				.ensure("human rights defenders are able to carry out their legitimate work without fear of reprisals")
				.build(),
			Topic.of("religion", 3).themes("freedom-of-religion").groups("minorities")
				.sdgs("16.b")
				.measures("to guarantee freedom of religion or belief for all", "to combat religious intolerance")
				.build(),
			Topic.of("justice", 6).themes("access-to-justice", "independence-of-judiciary").groups("judges-lawyers-prosecutors")
				.sdgs("16.3", "16.6")
				.measures("to guarantee the independence and impartiality of the judiciary", "to improve access to justice, in particular for the poor",
						"to reform the justice system")
				.institutions("the legal aid system", "the capacity of the judiciary")
				.ensure("everyone has access to free legal aid")
				.build(),
			Topic.of("disappearances", 3).themes("enforced-disappearances", "impunity")
				.sdgs("16.3", "16.10")
				.instruments("the International Convention for the Protection of All Persons from Enforced Disappearance", "the ICPPED")
				.ensure("all cases of enforced disappearance are investigated and the families of victims informed of the fate of their relatives")
				.build(),
			Topic.of("nhri", 7).themes("nhri", "institutions-policies").sdgs("16.a")
				.institutions("the national human rights institution in line with the Paris Principles",
						"an independent national human rights institution in full compliance with the Paris Principles",
						"the independence and resources of the national human rights commission")
				.build(),
			Topic.of("cooperation", 8).themes("cooperation-with-special-procedures", "cooperation-with-treaty-bodies")
				.sdgs("17.9")
				.measures("to cooperate with the United Nations human rights mechanisms",
						"to submit its overdue reports to the treaty bodies")
				.laws("a standing invitation to all special procedures mandate holders",
						"a national mechanism for reporting and follow-up")
				.institutions("its cooperation with the special procedures", "its engagement with the treaty bodies",
						"the national mechanism for reporting and follow-up")
				.build(),
			Topic.of("ratification-general", 6).themes("acceptance-of-international-norms")
				.instruments("the core international human rights instruments to which it is not yet a party",
						"the International Covenant on Civil and Political Rights", "the International Covenant on Economic, Social and Cultural Rights",
						"the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", "ICCPR", "ICESCR",
						"the Rome Statute of the International Criminal Court")
				.build(),
			Topic.of("action-plan", 5).themes("national-action-plan", "institutions-policies")
				.laws("a national human rights action plan", "a comprehensive national human rights action plan with measurable indicators")
				.measures("to implement the national human rights action plan")
				.build(),
			Topic.of("business", 3).themes("business-human-rights")
				.sdgs("8.8", "12.6")
				.laws("a national action plan on business and human rights",
						"a legal framework requiring business enterprises to exercise human rights due diligence")
				.build(),
			Topic.of("environment", 3).themes("environment", "climate-change").groups("persons-affected-by-disasters")
				.sdgs("13.1", "13.2")
				.measures("to mitigate the adverse effects of climate change on the enjoyment of human rights",
						"to strengthen disaster risk reduction, with the participation of affected communities")
				.build(),
			Topic.of("corruption", 3).themes("corruption").groups("public-officials")
				.sdgs("16.5")
				.measures("to combat corruption at all levels of government")
				.institutions("the independent anti-corruption commission")
				.build(),
			Topic.of("counter-terrorism", 2).themes("counter-terrorism", "human-rights-counter-terrorism")
				.sdgs("16.a")
				.ensure("counter-terrorism legislation is in full conformity with international human rights law")
				.build(),
			Topic.of("elections", 2).themes("elections", "participation-public-affairs")
				.sdgs("16.7")
				.ensure("the next elections are free, fair and transparent")
				.build(),
			Topic.of("older-persons", 2).themes("older-persons").groups("older-persons")
				.sdgs("1.3")
				.measures("to protect the rights of older persons, including their access to social security")
				.build());

	/** Topics a specialised mechanism usually writes about, by mechanism code. */
	static final Map<String, List<String>> BY_MECHANISM = Map.ofEntries(
			Map.entry("CEDAW", List.of("women-discrimination", "gender-violence", "harmful-practices", "women-participation", "trafficking", "sexual-health")),
			Map.entry("CRC", List.of("child-rights", "violence-children", "child-labour", "birth-registration", "juvenile-justice", "education")),
			Map.entry("CAT", List.of("torture", "detention", "opcat", "death-penalty")),
			Map.entry("SPT", List.of("opcat", "detention", "torture")),
			Map.entry("CCPR", List.of("expression", "assembly-association", "death-penalty", "torture", "justice", "religion", "elections")),
			Map.entry("CESCR", List.of("poverty", "health", "education", "housing", "labour", "food-water")),
			Map.entry("CERD", List.of("minorities-racism", "indigenous", "migrants")),
			Map.entry("CMW", List.of("migrants", "labour", "trafficking")),
			Map.entry("CRPD", List.of("disability")),
			Map.entry("CED", List.of("disappearances")),
			Map.entry("SR-TRAFFICKING", List.of("trafficking")),
			Map.entry("SR-TORTURE", List.of("torture", "detention", "opcat")),
			Map.entry("SR-HRD", List.of("defenders", "assembly-association")),
			Map.entry("SR-FREEXPRESSION", List.of("expression")),
			Map.entry("SR-EDUCATION", List.of("education")),
			Map.entry("SR-HEALTH", List.of("health", "sexual-health", "hiv")),
			Map.entry("SR-EXTREME-POVERTY", List.of("poverty", "food-water", "housing")),
			Map.entry("SR-HOUSING", List.of("housing")),
			Map.entry("SR-MIGRANTS", List.of("migrants")),
			Map.entry("SR-VIOLENCE-AGAINST-WOMEN", List.of("gender-violence", "harmful-practices")),
			Map.entry("SR-INDIGENOUS-PEOPLES", List.of("indigenous")),
			Map.entry("SR-DISABILITY", List.of("disability")),
			Map.entry("WG-BUSINESS", List.of("business", "labour")),
			Map.entry("WG-ARBITRARY-DETENTION", List.of("detention", "justice")),
			Map.entry("SR-SALE-OF-CHILDREN", List.of("violence-children", "trafficking")),
			Map.entry("SR-ENVIRONMENT", List.of("environment")),
			Map.entry("SR-CLIMATE-CHANGE", List.of("environment")),
			Map.entry("ACWC", List.of("gender-violence", "child-rights", "trafficking", "violence-children")),
			Map.entry("ACMW", List.of("migrants", "labour")),
			Map.entry("AICHR", List.of("trafficking", "disability", "environment", "human-rights-education")));

	private Topics() {
	}

}
