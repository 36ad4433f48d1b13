package org.rightstrack.curation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.util.Optional;
import java.util.function.Function;

import org.rightstrack.country.CountryNames;
import org.rightstrack.curation.DocumentSplitter.Paragraph;
import org.rightstrack.curation.DocumentSplitter.SubParagraph;
import org.rightstrack.system.Names;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Proposes, for each paragraph of a document, whether it is a recommendation, which themes,
 * affected persons and SDG targets it concerns and whether the mechanism flagged it for its
 * follow-up procedure. Every proposal carries its reason so that the curator can judge it; nothing
 * is saved until the curator has reviewed it.
 */
@Component
class RecommendationProposer {

	/** What a treaty body or special procedure says when it recommends. */
	private static final Pattern RECOMMENDING = Pattern.compile(
			"\\b(recommends?|urges?|calls? (?:up)?on|encourages?|invites?|reiterates its (?:previous )?recommendations?)\\b"
					+ "(?=[^.]*\\b(State party|States parties|Government|authorities|State|country)\\b)",
			Pattern.CASE_INSENSITIVE);

	/** Asks about reporting itself, not about human rights on the ground. */
	private static final Pattern PROCEDURAL = Pattern.compile(
			"submit (?:its|their) [^.]*?report|\\b(?:provide|submit)\\b[^.]*\\binformation on (?:the )?(?:follow-up|implementation|steps taken)",
			Pattern.CASE_INSENSITIVE);

	/** UPR recommendations and many special-procedure lists start with the verb. */
	private static final Pattern IMPERATIVE = Pattern.compile("^(Consider|Ratify|Accede|Adopt|Ensure|Establish|Strengthen"
			+ "|Take|Continue|Intensify|Step up|Develop|Implement|Promote|Guarantee|Combat|Abolish|Criminali[sz]e|Increase"
			+ "|Redouble|Pursue|Enhance|Protect|Repeal|Amend|Review|Investigate|Provide|Extend|Align|Bring|Withdraw|Allocate"
			+ "|Introduce|Eliminate|Prevent|Prohibit|Revise|Remove|Harmoni[sz]e|Set up|Raise|Release|Decriminali[sz]e"
			+ "|Issue|Respond|Accept|Cooperate|Finali[sz]e|Expedite|Enact|Make|Put an end|End|Improve|Conduct|Facilitate"
			+ "|Address|Support|Respect|Uphold|Refrain|Reform|Lift|Collect|Train|Raise awareness)\\b");

	/** CEDAW: "within two years"; CERD, CCPR: "within one year"; both relative to the document's date. */
	private static final Pattern WITHIN = Pattern.compile("within (\\w+(?:-\\w+)?) (months?|years?)", Pattern.CASE_INSENSITIVE);

	/** CAT: "to provide, by 12 May 2025, information on follow-up". */
	private static final Pattern BY_DATE = Pattern.compile("by (\\d{1,2} (?:January|February|March|April|May|June|July|August"
			+ "|September|October|November|December) \\d{4})");

	/** "paragraphs 12, 25 and 38", "paras. 6, 8 (a) and 12". */
	private static final Pattern REFERENCES = Pattern.compile(
			"(?:paragraphs?|paras?\\.) ((?:\\d{1,3}(?: ?\\([a-z]{1,2}\\))?(?:,? and |, | )?)+)", Pattern.CASE_INSENSITIVE);

	private static final Pattern FOLLOW_UP_REQUEST = Pattern.compile(
			"\\b(?:provide|submit)\\b[^.]*\\binformation\\b|follow-up procedure", Pattern.CASE_INSENSITIVE);

	private static final Pattern FOLLOW_UP_REFERENCE = Pattern.compile("(\\d{1,3})(?: ?\\(([a-z]{1,2})\\))?");

	private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
			Map.entry("three", 3), Map.entry("four", 4), Map.entry("six", 6), Map.entry("twelve", 12),
			Map.entry("eighteen", 18), Map.entry("twenty-four", 24), Map.entry("a", 1));

	/** Labels too general to mean anything when found in a text. */
	private static final Set<String> TOO_GENERAL = Set.of("general", "other", "development", "environment", "youth",
			"civil society", "media", "elections", "women", "children", "labour", "justice");

	/** The CAT and CCPR style: "The State party should ...". */
	private static final Pattern SHOULD = Pattern.compile("\\b(State party should|Government should)\\b");

	/** A kind of suggestion and what it points at. */
	enum Kind {

		THEME, GROUP, SDG, STATE

	}

	/** Rules a curator wrote: a phrase in the text suggests these vocabulary codes. */
	record Rule(Pattern phrase, List<String> themes, List<String> groups, List<String> sdgTargets) {

		static Rule of(String regex, List<String> themes, List<String> groups, List<String> sdgTargets) {
			return new Rule(Pattern.compile("\\b(" + regex + ")", Pattern.CASE_INSENSITIVE), themes, groups, sdgTargets);
		}

	}

	static final List<Rule> RULES = List.of(
			Rule.of("trafficking in (?:persons|women|human beings)|human trafficking|trafficking",
					List.of("trafficking"), List.of("victims-of-trafficking"), List.of("16.2", "5.2", "8.7")),
			Rule.of("optional protocol to the convention against torture|opcat", List.of("acceptance-of-international-norms", "torture"),
					List.of("persons-deprived-of-liberty"), List.of()),
			Rule.of("ratif(?:y|ication)|accede to|accession to", List.of("acceptance-of-international-norms"), List.of(), List.of()),
			Rule.of("reservations?", List.of("reservations"), List.of(), List.of()),
			Rule.of("national preventive mechanism", List.of("torture", "conditions-of-detention"), List.of("persons-deprived-of-liberty"),
					List.of("16.3")),
			Rule.of("torture|ill-treatment", List.of("torture"), List.of(), List.of("16.3")),
			Rule.of("pretrial detention|pre-trial detention|places of detention|prisons?|overcrowding",
					List.of("conditions-of-detention"), List.of("persons-deprived-of-liberty"), List.of("16.3")),
			Rule.of("death penalty|capital punishment|moratorium on executions", List.of("death-penalty"), List.of(), List.of()),
			Rule.of("enforced disappearances?", List.of("enforced-disappearances"), List.of(), List.of("16.10")),
			Rule.of("national human rights institution|paris principles", List.of("nhri"), List.of(), List.of("16.a")),
			Rule.of("human rights defenders", List.of("human-rights-defenders"), List.of("human-rights-defenders"), List.of("16.10")),
			Rule.of("journalists|freedom of expression", List.of("freedom-of-expression"), List.of("media"), List.of("16.10")),
			Rule.of("domestic violence", List.of("domestic-violence"), List.of("women", "victims-of-violence"), List.of("5.2")),
			Rule.of("gender-based violence|violence against women", List.of("gender-based-violence"), List.of("women", "victims-of-violence"),
					List.of("5.2")),
			Rule.of("child marriage|early marriage|forced marriage|female genital mutilation|harmful practices",
					List.of("harmful-practices"), List.of("girls"), List.of("5.3")),
			Rule.of("discrimination against women", List.of("discrimination-against-women"), List.of("women"), List.of("5.1")),
			Rule.of("women in (?:political|public) life|decision-making positions|participation of women",
					List.of("women-participation"), List.of("women"), List.of("5.5")),
			Rule.of("birth registration|registration of births", List.of("birth-registration"), List.of("children"), List.of("16.9")),
			Rule.of("stateless(?:ness)?", List.of("name-identity-nationality"), List.of("stateless-persons"), List.of("16.9")),
			Rule.of("corporal punishment|violence against children|abuse and neglect", List.of("violence-against-children"),
					List.of("children"), List.of("16.2")),
			Rule.of("sexual exploitation|sale of children|child pornography|child sexual abuse",
					List.of("sexual-exploitation-of-children"), List.of("children"), List.of("16.2")),
			Rule.of("child labour|child labor", List.of("child-labour"), List.of("children"), List.of("8.7")),
			Rule.of("juvenile justice|child justice|minimum age of criminal responsibility|children in conflict with the law",
					List.of("juvenile-justice"), List.of("juveniles"), List.of("16.3")),
			Rule.of("children|child", List.of(), List.of("children"), List.of()),
			Rule.of("girls", List.of(), List.of("girls"), List.of()),
			Rule.of("women", List.of(), List.of("women"), List.of()),
			Rule.of("persons with disabilities|children with disabilities|women with disabilities", List.of("persons-with-disabilities"),
					List.of("persons-with-disabilities"), List.of("10.2")),
			Rule.of("migrant workers?|domestic workers?", List.of("migrant-workers"), List.of("migrant-workers"), List.of("8.8")),
			Rule.of("migrants?", List.of("migrants"), List.of("migrants"), List.of("10.7")),
			Rule.of("refugees?|asylum[- ]seekers?|non-refoulement", List.of("refugees-asylum-seekers"), List.of("refugees-asylum-seekers"),
					List.of("10.7")),
			Rule.of("indigenous peoples?", List.of("indigenous-peoples"), List.of("indigenous-peoples"), List.of("10.2")),
			Rule.of("ethnic minorit(?:y|ies)|minorit(?:y|ies)", List.of("minorities"), List.of("minorities"), List.of("10.2")),
			Rule.of("lesbian|bisexual|transgender|intersex|sexual orientation", List.of("lgbti"), List.of("lgbti"), List.of("10.3")),
			Rule.of("rural women|rural areas", List.of("persons-in-rural-areas"), List.of("persons-in-rural-areas"), List.of("1.4")),
			Rule.of("poverty", List.of("poverty"), List.of("persons-living-in-poverty"), List.of("1.2")),
			Rule.of("education|schools?", List.of("right-to-education"), List.of(), List.of("4.1")),
			Rule.of("sexual and reproductive health|abortion|contraceptives?|maternal mortality", List.of("sexual-reproductive-health"),
					List.of("women"), List.of("3.7")),
			Rule.of("hiv|aids", List.of("hiv-aids"), List.of("persons-living-with-hiv"), List.of("3.3")),
			Rule.of("health care|health services|right to health", List.of("access-to-health-care"), List.of(), List.of("3.8")),
			Rule.of("housing|evictions?", List.of("right-to-housing"), List.of(), List.of("11.1")),
			Rule.of("safe drinking water|sanitation", List.of("right-to-water-sanitation"), List.of(), List.of("6.1", "6.2")),
			Rule.of("employment|labour market|equal pay|wages", List.of("right-to-work"), List.of(), List.of("8.5")),
			Rule.of("access to justice|legal aid", List.of("access-to-justice"), List.of(), List.of("16.3")),
			Rule.of("independence of the judiciary|judges", List.of("independence-of-judiciary"), List.of("judges-lawyers-prosecutors"),
					List.of("16.3")),
			Rule.of("impunity|prosecute and punish|perpetrators are prosecuted", List.of("impunity"), List.of(), List.of("16.3")),
			Rule.of("corruption", List.of("corruption"), List.of(), List.of("16.5")),
			Rule.of("disaggregated data|data collection|statistics", List.of("data-statistics"), List.of(), List.of("17.18")),
			Rule.of("national action plan", List.of("national-action-plan"), List.of(), List.of()),
			Rule.of("climate change|disaster risk", List.of("climate-change"), List.of("persons-affected-by-disasters"), List.of("13.1")),
			Rule.of("business enterprises|business and human rights", List.of("business-human-rights"), List.of(), List.of()),
			Rule.of("law enforcement officials|police officers", List.of(), List.of("law-enforcement-officials"), List.of()),
			Rule.of("training", List.of("human-rights-training"), List.of(), List.of()),
			Rule.of("awareness-raising|awareness raising|raise awareness|public awareness", List.of("awareness-raising"), List.of(), List.of()),
			Rule.of("dissemination", List.of("cooperation-with-treaty-bodies"), List.of(), List.of()));

	/** One vocabulary entry that can be suggested, and the normalised labels that name it. */
	record Term(Kind kind, long id, String code, String name, List<String> labels, Long parentId) {
	}

	/** A suggested theme, group or target and the words that suggested it. */
	record Suggestion(Kind kind, long id, String code, String name, String because) {
	}

	/** One proposed recommendation for the curator to review. */
	record Proposal(String paragraph, String text, String heading, boolean recommendation, String recommendationBecause,
			List<Suggestion> themes, List<Suggestion> groups, List<Suggestion> sdgTargets, List<Suggestion> recommendingStates,
			boolean followUp, LocalDate followUpDeadline) {
	}

	/** UPR recommendations end with the recommending states: "... (Denmark) (Ghana);". */
	private static final Pattern TRAILING_STATES = Pattern.compile("((?:\\s*\\([^()]{2,80}\\))+)\\s*[;.]?\\s*$");

	private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]+)\\)");

	/** The follow-up request of a document: which paragraphs, by when. */
	record FollowUpRequest(String paragraph, Set<String> references, LocalDate deadline, String because) {
	}

	private final JdbcClient jdbc;

	private final CountryNames countryNames;

	RecommendationProposer(JdbcClient jdbc, CountryNames countryNames) {
		this.jdbc = jdbc;
		this.countryNames = countryNames;
	}

	List<Term> vocabulary() {
		List<Term> terms = new ArrayList<>();
		Map<Long, List<String>> themeAliases = aliases("select theme_id, alias from theme_alias");
		Map<Long, List<String>> groupAliases = aliases("select affected_group_id, alias from affected_group_alias");
		jdbc.sql("select id, code, name, parent_id from theme where not archived order by id").query((rs, n) -> {
			long id = rs.getLong(1);
			terms.add(new Term(Kind.THEME, id, rs.getString(2), rs.getString(3),
					labels(rs.getString(3), themeAliases.getOrDefault(id, List.of())), rs.getObject(4, Long.class)));
			return null;
		}).list();
		jdbc.sql("select id, code, name from affected_group where not archived order by id").query((rs, n) -> {
			long id = rs.getLong(1);
			terms.add(new Term(Kind.GROUP, id, rs.getString(2), rs.getString(3),
					labels(rs.getString(3), groupAliases.getOrDefault(id, List.of())), null));
			return null;
		}).list();
		jdbc.sql("select id, code, title from sdg_target order by id")
			.query((rs, n) -> terms.add(new Term(Kind.SDG, rs.getLong(1), rs.getString(2), rs.getString(2) + " " + rs.getString(3), List.of(), null)))
			.list();
		return terms;
	}

	private Map<Long, List<String>> aliases(String sql) {
		Map<Long, List<String>> aliases = new LinkedHashMap<>();
		jdbc.sql(sql).query((rs, n) -> aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2))).list();
		return aliases;
	}

	private static List<String> labels(String name, List<String> aliases) {
		List<String> labels = new ArrayList<>();
		for (String label : concat(name, aliases)) {
			// "Torture and other cruel ... treatment" or "Trafficking in persons" as they appear in texts; a label
			// with a slash or "&" is a heading of another system, never written in a paragraph.
			String normalised = Names.normalise(label);
			if (normalised.length() >= 5 && !TOO_GENERAL.contains(normalised) && !label.contains("/") && !label.contains("&")
					&& !label.contains(" - ")) {
				labels.add(normalised);
			}
		}
		return labels;
	}

	private static List<String> concat(String first, List<String> rest) {
		List<String> all = new ArrayList<>(rest);
		all.add(0, first);
		return all;
	}

	/** Proposals for every paragraph of the text, given the document's date (for follow-up deadlines). */
	List<Proposal> propose(String text, LocalDate documentDate) {
		CountryNames.Lookup lookup = countryNames.lookup();
		return propose(DocumentSplitter.split(text), documentDate, vocabulary(),
				name -> lookup.resolve(name).map(c -> new Suggestion(Kind.STATE, c.getId(), c.getAlpha3(), c.getName(), name)));
	}

	static List<Proposal> propose(List<Paragraph> paragraphs, LocalDate documentDate, List<Term> vocabulary,
			Function<String, Optional<Suggestion>> states) {
		FollowUpRequest followUp = followUpRequest(paragraphs, documentDate);
		List<Proposal> proposals = new ArrayList<>();
		for (Paragraph paragraph : paragraphs) {
			String why = recommendingWords(paragraph);
			boolean procedural = PROCEDURAL.matcher(paragraph.text()).find();
			boolean recommendation = why != null && !procedural;
			if (recommendation && !paragraph.subParagraphs().isEmpty()) {
				for (SubParagraph sub : paragraph.subParagraphs()) {
					String label = paragraph.number() + " (" + sub.letter() + ")";
					String full = paragraph.text() + " (" + sub.letter() + ") " + sub.text();
					proposals.add(proposal(label, full, sub.text(), paragraph, true, why, followUp, vocabulary, states,
							flagged(followUp, paragraph.number(), sub.letter())));
				}
			}
			else {
				proposals.add(proposal(paragraph.number(), paragraph.fullText(), paragraph.fullText(), paragraph, recommendation,
						why, followUp, vocabulary, states, recommendation && flagged(followUp, paragraph.number(), null)));
			}
		}
		return proposals;
	}

	private static Proposal proposal(String label, String fullText, String ownText, Paragraph paragraph, boolean recommendation,
			String why, FollowUpRequest followUp, List<Term> vocabulary, Function<String, Optional<Suggestion>> states,
			boolean flagged) {
		// The sub-paragraph's own words and its heading say what it is about (the chapeau is shared by all); the
		// words of the text come first so that the explanation quotes them rather than the heading.
		String subject = ownText + (paragraph.heading() == null ? "" : "\n" + paragraph.heading());
		Map<Kind, Map<Long, Suggestion>> found = suggest(subject, vocabulary);
		return new Proposal(label, fullText, paragraph.heading(), recommendation, why,
				List.copyOf(found.get(Kind.THEME).values()), List.copyOf(found.get(Kind.GROUP).values()),
				List.copyOf(found.get(Kind.SDG).values()), recommendingStates(ownText, states), flagged,
				flagged ? followUp.deadline() : null);
	}

	static List<Suggestion> recommendingStates(String text, Function<String, Optional<Suggestion>> states) {
		Matcher trailing = TRAILING_STATES.matcher(text);
		if (!trailing.find()) {
			return List.of();
		}
		List<Suggestion> found = new ArrayList<>();
		Matcher each = PARENTHESES.matcher(trailing.group(1));
		while (each.find()) {
			states.apply(each.group(1).strip()).filter(s -> found.stream().noneMatch(f -> f.id() == s.id())).ifPresent(found::add);
		}
		return found;
	}

	private static String recommendingWords(Paragraph paragraph) {
		Matcher recommending = RECOMMENDING.matcher(paragraph.text());
		if (recommending.find()) {
			return recommending.group(1);
		}
		Matcher should = SHOULD.matcher(paragraph.text());
		if (should.find()) {
			return "should";
		}
		Matcher imperative = IMPERATIVE.matcher(paragraph.text());
		if (imperative.find()) {
			return imperative.group(1);
		}
		return null;
	}

	private static boolean flagged(FollowUpRequest followUp, String number, String letter) {
		if (followUp == null) {
			return false;
		}
		return followUp.references().contains(number) || (letter != null && followUp.references().contains(number + letter));
	}

	static FollowUpRequest followUpRequest(List<Paragraph> paragraphs, LocalDate documentDate) {
		for (Paragraph paragraph : paragraphs) {
			String text = paragraph.fullText();
			Matcher references = REFERENCES.matcher(text);
			if (!FOLLOW_UP_REQUEST.matcher(text).find() || !references.find()) {
				continue;
			}
			LocalDate deadline = null;
			String because = null;
			Matcher within = WITHIN.matcher(text);
			Matcher by = BY_DATE.matcher(text);
			if (by.find()) {
				deadline = LocalDate.parse(by.group(1), java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
				because = by.group();
			}
			else if (within.find() && amount(within.group(1)) != null) {
				int amount = amount(within.group(1));
				int months = within.group(2).toLowerCase(Locale.ROOT).startsWith("year") ? amount * 12 : amount;
				deadline = documentDate == null ? null : documentDate.plusMonths(months);
				because = within.group();
			}
			else {
				continue;
			}
			Set<String> flagged = new java.util.LinkedHashSet<>();
			Matcher reference = FOLLOW_UP_REFERENCE.matcher(references.group(1));
			while (reference.find()) {
				flagged.add(reference.group(1) + (reference.group(2) == null ? "" : reference.group(2)));
			}
			return new FollowUpRequest(paragraph.number(), flagged, deadline, because);
		}
		return null;
	}

	private static Integer amount(String word) {
		if (word.chars().allMatch(Character::isDigit)) {
			return Integer.valueOf(word);
		}
		return NUMBER_WORDS.get(word.toLowerCase(Locale.ROOT));
	}

	static Map<Kind, Map<Long, Suggestion>> suggest(String text, List<Term> vocabulary) {
		Map<Kind, Map<Long, Suggestion>> found = new LinkedHashMap<>();
		for (Kind kind : Kind.values()) {
			found.put(kind, new LinkedHashMap<>());
		}
		Map<String, Term> byCode = new LinkedHashMap<>();
		for (Term term : vocabulary) {
			byCode.put(term.kind() + ":" + term.code(), term);
		}
		for (Rule rule : RULES) {
			Matcher matcher = rule.phrase().matcher(text);
			if (matcher.find()) {
				String phrase = matcher.group(1);
				add(found, byCode, Kind.THEME, rule.themes(), phrase);
				add(found, byCode, Kind.GROUP, rule.groups(), phrase);
				add(found, byCode, Kind.SDG, rule.sdgTargets(), phrase);
			}
		}
		String normalised = " " + Names.normalise(text) + " ";
		for (Term term : vocabulary) {
			for (String label : term.labels()) {
				if (normalised.contains(" " + label + " ")) {
					found.get(term.kind()).putIfAbsent(term.id(), new Suggestion(term.kind(), term.id(), term.code(), term.name(), label));
					break;
				}
			}
		}
		// "Women's rights" says less than "Gender-based violence" below it: keep the most specific themes
		Map<Long, Suggestion> themes = found.get(Kind.THEME);
		vocabulary.stream()
			.filter(t -> t.kind() == Kind.THEME && t.parentId() != null && themes.containsKey(t.id()))
			.forEach(t -> themes.remove(t.parentId()));
		return found;
	}

	private static void add(Map<Kind, Map<Long, Suggestion>> found, Map<String, Term> byCode, Kind kind, List<String> codes,
			String phrase) {
		for (String code : codes) {
			Term term = byCode.get(kind + ":" + code);
			if (term != null) {
				found.get(kind).putIfAbsent(term.id(), new Suggestion(kind, term.id(), term.code(), term.name(), phrase));
			}
		}
	}

}
