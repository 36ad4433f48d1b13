package org.rightstrack.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rightstrack.mechanism.MechanismKind;

/**
 * Composes recommendation texts from phrase templates: an operative verb ("Ratify", "Continue to
 * strengthen", "Consider adopting"), an object from a {@link Topic}, and clauses added until the
 * text reaches a length drawn from the distribution of real texts of that kind of mechanism
 * (UPR Info sessions 1-20: median 129 characters, 90th percentile 238; treaty-body and
 * special-procedure paragraphs are two to three times longer and often lettered lists).
 */
final class RecommendationTexts {

	/** The composed text and the codes and UPR action category that go with it. */
	record Composed(String topic, String text, List<String> themes, List<String> groups, List<String> sdgs, int actionCategory) {
	}

	private record Verb(String words, int category, int weight) {
	}

	private record Clause(String words, String theme, String group) {
	}

	private static final List<Verb> INSTRUMENT_VERBS = List.of(new Verb("Ratify", 5, 30), new Verb("Consider ratifying", 3, 10),
			new Verb("Accede to", 5, 8), new Verb("Sign and ratify", 5, 8), new Verb("Consider acceding to", 3, 4),
			new Verb("Expedite the ratification of", 5, 3), new Verb("Take steps to ratify", 4, 3),
			new Verb("Continue the process of ratifying", 2, 2));

	private static final List<Verb> LAW_VERBS = List.of(new Verb("Adopt", 5, 20), new Verb("Enact", 5, 6),
			new Verb("Consider adopting", 3, 5), new Verb("Continue efforts to adopt", 2, 6), new Verb("Expedite the adoption of", 5, 4),
			new Verb("Finalize and adopt", 5, 3), new Verb("Effectively implement", 4, 5), new Verb("Continue to implement", 2, 6),
			new Verb("Develop", 5, 4));

	private static final List<Verb> MEASURE_VERBS = List.of(new Verb("Take effective measures", 4, 18),
			new Verb("Take all necessary measures", 4, 10), new Verb("Continue its efforts", 2, 26), new Verb("Intensify its efforts", 4, 8),
			new Verb("Step up efforts", 4, 5), new Verb("Strengthen its efforts", 4, 6), new Verb("Pursue its efforts", 2, 4),
			new Verb("Consider taking measures", 3, 3), new Verb("Take further steps", 4, 5), new Verb("Redouble its efforts", 4, 2),
			new Verb("Share its good practices and experience in its efforts", 1, 2),
			new Verb("Seek technical assistance from OHCHR in its efforts", 1, 1));

	private static final List<Verb> ENSURE_VERBS = List.of(new Verb("Ensure that", 4, 30), new Verb("Continue to ensure that", 2, 10),
			new Verb("Take measures to ensure that", 4, 10), new Verb("Guarantee that", 4, 3), new Verb("Consider ensuring that", 3, 1));

	private static final List<Verb> INSTITUTION_VERBS = List.of(new Verb("Strengthen", 4, 15), new Verb("Continue to strengthen", 2, 15),
			new Verb("Further strengthen", 4, 5), new Verb("Establish", 5, 8), new Verb("Allocate adequate resources to", 5, 4),
			new Verb("Consider establishing", 3, 3));

	private static final List<Clause> CLAUSES = List.of(new Clause("in line with its international human rights obligations", null, null),
			new Clause("in consultation with civil society organizations", "civil-society", "civil-society"),
			new Clause("and allocate sufficient human, technical and financial resources for its effective implementation", "budget-resources", null),
			new Clause("with particular attention to women and girls in rural areas", null, "persons-in-rural-areas"),
			new Clause("including by conducting awareness-raising campaigns for the general public", "awareness-raising", null),
			new Clause("and ensure that perpetrators are brought to justice and adequately punished", "impunity", null),
			new Clause("and seek technical assistance from OHCHR and other relevant United Nations agencies", "technical-assistance", null),
			new Clause("and collect data disaggregated by sex, age, disability and ethnicity to monitor progress", "data-statistics", null),
			new Clause("and provide systematic training to judges, prosecutors, police officers and other law enforcement officials",
					"human-rights-training", "law-enforcement-officials"),
			new Clause("and report on the progress made in its next periodic report", "cooperation-with-treaty-bodies", null),
			new Clause("taking into account the recommendations of the treaty bodies", "cooperation-with-treaty-bodies", null),
			new Clause("in particular for persons belonging to the most disadvantaged and marginalized groups", "equality-non-discrimination", null),
			new Clause("with a view to ensuring its full compliance with international standards", null, null),
			new Clause("including through the adoption of a comprehensive strategy with clear time frames and measurable indicators",
					"national-action-plan", null),
			new Clause("and ensure the effective participation of the persons concerned in its design, implementation and evaluation", null, null),
			new Clause("and establish an independent mechanism to monitor its implementation", "institutions-policies", null),
			new Clause("and ensure that victims have access to effective remedies, including compensation and rehabilitation",
					"access-to-justice", "victims-of-violence"),
			new Clause("and disseminate information about it widely, including in minority languages", "awareness-raising", "minorities"));

	private static final String[] TREATY_BODY_OPENERS = { "The Committee recommends that the State party",
			"The Committee urges the State party to", "The Committee calls upon the State party to",
			"The Committee encourages the State party to", "The Committee reiterates its previous recommendation that the State party" };

	private static final String[] LETTERS = { "a", "b", "c", "d", "e", "f" };

	private final List<Topic> topics;

	private final int totalWeight;

	private final Map<String, Topic> byName;

	RecommendationTexts() {
		this.topics = Topics.ALL;
		this.totalWeight = topics.stream().mapToInt(Topic::weight).sum();
		this.byName = topics.stream().collect(Collectors.toMap(Topic::name, Function.identity()));
	}

	/** A text for a mechanism of this kind and code, with a length drawn like the real ones. */
	Composed compose(SplittableRandom random, MechanismKind kind, String mechanismCode) {
		Topic topic = topicFor(random, mechanismCode);
		int target = targetLength(random, kind);
		LinkedHashSet<String> themes = new LinkedHashSet<>();
		LinkedHashSet<String> groups = new LinkedHashSet<>();
		LinkedHashSet<String> sdgs = new LinkedHashSet<>();
		addCodes(random, topic, themes, groups, sdgs);
		Operative first = operative(random, topic);
		String text;
		if (kind == MechanismKind.UPR) {
			text = extend(random, first.words(), target, themes, groups);
		}
		else {
			String opener = opener(random, kind, mechanismCode);
			if (target > 420 && random.nextInt(3) > 0) {
				text = list(random, opener, first, topic, target, themes, groups);
			}
			else {
				text = opener + " " + lowerFirst(extend(random, first.words(), target - opener.length(), themes, groups));
			}
		}
		return new Composed(topic.name(), text, List.copyOf(themes).subList(0, Math.min(3, themes.size())), List.copyOf(groups),
				List.copyOf(sdgs), first.category());
	}

	private record Operative(String words, int category) {
	}

	private Operative operative(SplittableRandom random, Topic topic) {
		List<Integer> forms = new ArrayList<>(5);
		addForm(forms, 0, topic.instruments(), 3);
		addForm(forms, 1, topic.laws(), 3);
		addForm(forms, 2, topic.measures(), 4);
		addForm(forms, 3, topic.ensure(), 3);
		addForm(forms, 4, topic.institutions(), 3);
		int form = forms.get(random.nextInt(forms.size()));
		return switch (form) {
			case 0 -> join(random, INSTRUMENT_VERBS, topic.instruments(), " ");
			case 1 -> join(random, LAW_VERBS, topic.laws(), " ");
			case 2 -> join(random, MEASURE_VERBS, topic.measures(), " ");
			case 3 -> join(random, ENSURE_VERBS, topic.ensure(), " ");
			default -> join(random, INSTITUTION_VERBS, topic.institutions(), " ");
		};
	}

	private static void addForm(List<Integer> forms, int form, List<String> phrases, int weight) {
		if (!phrases.isEmpty()) {
			for (int i = 0; i < weight; i++) {
				forms.add(form);
			}
		}
	}

	private static Operative join(SplittableRandom random, List<Verb> verbs, List<String> objects, String separator) {
		Verb verb = weighted(random, verbs);
		return new Operative(verb.words() + separator + objects.get(random.nextInt(objects.size())), verb.category());
	}

	private static Verb weighted(SplittableRandom random, List<Verb> verbs) {
		int total = 0;
		for (Verb v : verbs) {
			total += v.weight();
		}
		int pick = random.nextInt(total);
		for (Verb v : verbs) {
			pick -= v.weight();
			if (pick < 0) {
				return v;
			}
		}
		return verbs.getLast();
	}

	private Topic topicFor(SplittableRandom random, String mechanismCode) {
		List<String> preferred = Topics.BY_MECHANISM.get(mechanismCode);
		if (preferred != null && random.nextInt(10) < 8) {
			Topic topic = byName.get(preferred.get(random.nextInt(preferred.size())));
			if (topic != null) {
				return topic;
			}
		}
		int pick = random.nextInt(totalWeight);
		for (Topic topic : topics) {
			pick -= topic.weight();
			if (pick < 0) {
				return topic;
			}
		}
		return topics.getLast();
	}

	private static void addCodes(SplittableRandom random, Topic topic, LinkedHashSet<String> themes, LinkedHashSet<String> groups,
			LinkedHashSet<String> sdgs) {
		// Real UPR rows carry one issue in half the cases, two in a third, three or more in the rest.
		themes.add(topic.themes().getFirst());
		if (topic.themes().size() > 1 && random.nextInt(10) < 5) {
			themes.add(topic.themes().get(1));
		}
		if (!topic.groups().isEmpty() && random.nextInt(10) < 7) {
			groups.add(topic.groups().getFirst());
			if (topic.groups().size() > 1 && random.nextInt(10) < 3) {
				groups.add(topic.groups().get(1 + random.nextInt(topic.groups().size() - 1)));
			}
		}
		if (!topic.sdgs().isEmpty() && random.nextInt(10) < 6) {
			sdgs.add(topic.sdgs().getFirst());
			if (topic.sdgs().size() > 1 && random.nextInt(10) < 3) {
				sdgs.add(topic.sdgs().get(1 + random.nextInt(topic.sdgs().size() - 1)));
			}
		}
	}

	private static int targetLength(SplittableRandom random, MechanismKind kind) {
		double median = switch (kind) {
			case UPR -> 125;
			case TREATY_BODY -> 360;
			case SPECIAL_PROCEDURE -> 260;
			default -> 220;
		};
		double sigma = kind == MechanismKind.UPR ? 0.47 : 0.55;
		int max = kind == MechanismKind.UPR ? 940 : 2400;
		double length = median * Math.exp(sigma * gaussian(random));
		return (int) Math.max(10, Math.min(max, length));
	}

	private static double gaussian(SplittableRandom random) {
		// Box-Muller, so that the sequence depends only on the SplittableRandom's seed.
		double u = 1.0 - random.nextDouble();
		double v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	private static String extend(SplittableRandom random, String base, int target, LinkedHashSet<String> themes,
			LinkedHashSet<String> groups) {
		StringBuilder text = new StringBuilder(Math.max(target, base.length()) + 120).append(base);
		int guard = 0;
		while (text.length() + 30 < target && guard++ < 6) {
			Clause clause = CLAUSES.get(random.nextInt(CLAUSES.size()));
			if (text.indexOf(clause.words()) >= 0) {
				continue;
			}
			text.append(clause.words().startsWith("and ") ? " " : ", ").append(clause.words());
			if (clause.theme() != null && random.nextInt(3) == 0) {
				themes.add(clause.theme());
			}
			if (clause.group() != null && random.nextInt(3) == 0) {
				groups.add(clause.group());
			}
		}
		return text.append('.').toString();
	}

	private String list(SplittableRandom random, String opener, Operative first, Topic topic, int target,
			LinkedHashSet<String> themes, LinkedHashSet<String> groups) {
		StringBuilder text = new StringBuilder(target + 200).append(opener)
			.append(":\n(a) ").append(upperFirst(first.words()));
		int item = 1;
		while (text.length() + 40 < target && item < LETTERS.length) {
			Operative next = operative(random, random.nextInt(3) == 0 ? topics.get(random.nextInt(topics.size())) : topic);
			String words = upperFirst(next.words());
			if (text.indexOf(words) >= 0) {
				Clause clause = CLAUSES.get(random.nextInt(CLAUSES.size()));
				words = upperFirst(clause.words().startsWith("and ") ? clause.words().substring(4) : clause.words());
				if (clause.theme() != null) {
					themes.add(clause.theme());
				}
				if (clause.group() != null) {
					groups.add(clause.group());
				}
			}
			text.append(";\n(").append(LETTERS[item++]).append(") ").append(words);
		}
		return text.append('.').toString();
	}

	private static String opener(SplittableRandom random, MechanismKind kind, String code) {
		return switch (kind) {
			case TREATY_BODY -> TREATY_BODY_OPENERS[random.nextInt(TREATY_BODY_OPENERS.length)];
			case SPECIAL_PROCEDURE -> {
				String holder = code.startsWith("WG-") ? "The Working Group" : code.startsWith("IE-") ? "The Independent Expert"
						: code.startsWith("DE-") ? "The Expert" : "The Special Rapporteur";
				yield holder + (random.nextBoolean() ? " recommends that the Government" : " urges the authorities to");
			}
			default -> "The Commission encourages the Member State to";
		};
	}

	private static String lowerFirst(String s) {
		// Keep acronyms such as "OPCAT" or "ILO" as they are.
		if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
			return s;
		}
		return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
	}

	private static String upperFirst(String s) {
		return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
	}

}
