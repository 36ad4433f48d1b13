package org.rightstrack.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.rightstrack.country.RegionalGroup;
import org.rightstrack.mechanism.MechanismKind;
import org.rightstrack.recommendation.ImplementationStatus;
import org.rightstrack.recommendation.UprResponse;

/**
 * What a recommendation search asks for: the text query and the filters, parsed from request
 * parameters by {@link #parse(Map)}. Several values of one filter are alternatives (OR); different
 * filters must all hold (AND). Codes are kept as given (upper-cased where they are codes); whether
 * they exist is checked by {@link RecommendationSearch}, which reports unknown ones.
 *
 * <p>Request parameters, each repeatable unless noted: {@code q} (once; websearch syntax:
 * {@code "phrase"}, {@code OR}, {@code -word}), {@code country} (ISO alpha-3), {@code group}
 * (country group code such as {@code ASEAN}), {@code region} ({@link RegionalGroup}), {@code kind}
 * ({@link MechanismKind}), {@code mechanism} (code), {@code treaty} (code), {@code document}
 * (symbol), {@code theme} (code), {@code affected} (affected persons code), {@code sdg} (goal 1–17),
 * {@code cycle} (UPR cycle), {@code session}, {@code response} ({@link UprResponse}),
 * {@code recommendingState} (alpha-3), {@code actionCategory} (1–5), {@code status} and
 * {@code civilSocietyStatus} ({@link ImplementationStatus}), {@code from} and {@code to} (once; a
 * year or an ISO date), {@code actions} (once; {@code yes} or {@code no}), {@code since} (once; an
 * ISO timestamp, on the last change).
 *
 * @param includeUnpublished also unpublished recommendations (for curators; never from request parameters)
 */
public record SearchCriteria(String q, Set<String> countries, Set<String> groups, Set<RegionalGroup> regions,
		Set<MechanismKind> mechanismKinds, Set<String> mechanisms, Set<String> treaties, Set<String> documents,
		Set<String> themes, Set<String> affectedGroups, Set<Integer> sdgGoals, Set<Integer> cycles, Set<Integer> sessions,
		Set<UprResponse> responses, Set<String> recommendingStates, Set<Integer> actionCategories,
		Set<ImplementationStatus> statuses, Set<ImplementationStatus> civilSocietyStatuses, LocalDate from, LocalDate to,
		Boolean hasActions, Instant since, boolean includeUnpublished) {

	/** Longest text query accepted; longer ones are cut here and reported. */
	public static final int MAX_QUERY_LENGTH = 500;

	/** Most values one filter may have. */
	public static final int MAX_VALUES = 200;

	private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_./()\\- ]{1,100}");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	public SearchCriteria {
		q = q == null ? "" : q.strip();
		countries = Set.copyOf(countries);
		groups = Set.copyOf(groups);
		regions = Set.copyOf(regions);
		mechanismKinds = Set.copyOf(mechanismKinds);
		mechanisms = Set.copyOf(mechanisms);
		treaties = Set.copyOf(treaties);
		documents = Set.copyOf(documents);
		themes = Set.copyOf(themes);
		affectedGroups = Set.copyOf(affectedGroups);
		sdgGoals = Set.copyOf(sdgGoals);
		cycles = Set.copyOf(cycles);
		sessions = Set.copyOf(sessions);
		responses = Set.copyOf(responses);
		recommendingStates = Set.copyOf(recommendingStates);
		actionCategories = Set.copyOf(actionCategories);
		statuses = Set.copyOf(statuses);
		civilSocietyStatuses = Set.copyOf(civilSocietyStatuses);
	}

	/** Everything published, no filter. */
	public static SearchCriteria all() {
		return parse(Map.of()).criteria();
	}

	/** The same criteria with unpublished recommendations included (or not). */
	public SearchCriteria withUnpublished(boolean include) {
		return new SearchCriteria(q, countries, groups, regions, mechanismKinds, mechanisms, treaties, documents, themes,
				affectedGroups, sdgGoals, cycles, sessions, responses, recommendingStates, actionCategories, statuses,
				civilSocietyStatuses, from, to, hasActions, since, include);
	}

	/** Whether a text query was given. */
	public boolean hasQuery() {
		return !q.isEmpty();
	}

	/** The criteria as request parameters (only those with values), for links and paging. */
	public Map<String, List<String>> toParameters() {
		Map<String, List<String>> params = new LinkedHashMap<>();
		if (hasQuery()) {
			params.put("q", List.of(q));
		}
		put(params, "country", countries);
		put(params, "group", groups);
		put(params, "region", regions);
		put(params, "kind", mechanismKinds);
		put(params, "mechanism", mechanisms);
		put(params, "treaty", treaties);
		put(params, "document", documents);
		put(params, "theme", themes);
		put(params, "affected", affectedGroups);
		put(params, "sdg", sdgGoals);
		put(params, "cycle", cycles);
		put(params, "session", sessions);
		put(params, "response", responses);
		put(params, "recommendingState", recommendingStates);
		put(params, "actionCategory", actionCategories);
		put(params, "status", statuses);
		put(params, "civilSocietyStatus", civilSocietyStatuses);
		if (from != null) {
			params.put("from", List.of(from.toString()));
		}
		if (to != null) {
			params.put("to", List.of(to.toString()));
		}
		if (hasActions != null) {
			params.put("actions", List.of(hasActions ? "yes" : "no"));
		}
		if (since != null) {
			params.put("since", List.of(since.toString()));
		}
		return params;
	}

	private static void put(Map<String, List<String>> params, String name, Collection<?> values) {
		if (!values.isEmpty()) {
			params.put(name, values.stream().map(v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v)).sorted().toList());
		}
	}

	/**
	 * Parses request parameters. Values that cannot be understood are left out of the criteria and
	 * reported as {@link SearchError}s, so a page can say what it ignored and an API can answer 400.
	 */
	public static Parsed parse(Map<String, ? extends Collection<String>> params) {
		Parser p = new Parser(params);
		String q = p.single("q");
		if (q != null) {
			q = q.replaceAll("[\\p{Cntrl}&&[^\\t\\n\\r]]", " ");
			if (q.length() > MAX_QUERY_LENGTH) {
				p.errors.add(new SearchError("q", q.substring(0, 20) + "…", "search.error.q.tooLong"));
				q = q.substring(0, MAX_QUERY_LENGTH);
			}
		}
		Set<String> countries = p.strings("country", s -> s.toUpperCase(Locale.ROOT), ALPHA3);
		Set<String> groups = p.strings("group", s -> s.toUpperCase(Locale.ROOT), CODE);
		Set<RegionalGroup> regions = p.enums("region", RegionalGroup.class);
		Set<MechanismKind> kinds = p.enums("kind", MechanismKind.class);
		Set<String> mechanisms = p.strings("mechanism", Function.identity(), CODE);
		Set<String> treaties = p.strings("treaty", Function.identity(), CODE);
		Set<String> documents = p.strings("document", Function.identity(), Pattern.compile("[^\\p{Cntrl}]{1,100}"));
		Set<String> themes = p.strings("theme", Function.identity(), CODE);
		Set<String> affected = p.strings("affected", Function.identity(), CODE);
		Set<Integer> sdg = p.integers("sdg", 1, 17);
		Set<Integer> cycles = p.integers("cycle", 1, 9);
		Set<Integer> sessions = p.integers("session", 1, 10_000);
		Set<UprResponse> responses = p.enums("response", UprResponse.class);
		Set<String> recommending = p.strings("recommendingState", s -> s.toUpperCase(Locale.ROOT), ALPHA3);
		Set<Integer> categories = p.integers("actionCategory", 1, 5);
		Set<ImplementationStatus> statuses = p.enums("status", ImplementationStatus.class);
		Set<ImplementationStatus> csStatuses = p.enums("civilSocietyStatus", ImplementationStatus.class);
		LocalDate from = p.date("from", false);
		LocalDate to = p.date("to", true);
		if (from != null && to != null && from.isAfter(to)) {
			p.errors.add(new SearchError("to", to.toString(), "search.error.range"));
			to = null;
		}
		Boolean actions = p.yesNo("actions");
		Instant since = p.instant("since");
		SearchCriteria criteria = new SearchCriteria(q, countries, groups, regions, kinds, mechanisms, treaties, documents,
				themes, affected, sdg, cycles, sessions, responses, recommending, categories, statuses, csStatuses, from,
				to, actions, since, false);
		return new Parsed(criteria, List.copyOf(p.errors));
	}

	/** Parsed criteria and what was wrong with the parameters (empty when nothing). */
	public record Parsed(SearchCriteria criteria, List<SearchError> errors) {

		public boolean valid() {
			return errors.isEmpty();
		}

	}

	/**
	 * A parameter value that was not understood.
	 * @param messageKey a key in the search message bundle; its argument {0} is the value
	 */
	public record SearchError(String parameter, String value, String messageKey) {
	}

	private static final class Parser {

		private final Map<String, ? extends Collection<String>> params;

		private final List<SearchError> errors = new ArrayList<>();

		Parser(Map<String, ? extends Collection<String>> params) {
			this.params = params;
		}

		private List<String> values(String name) {
			Collection<String> raw = params.get(name);
			if (raw == null) {
				return List.of();
			}
			List<String> values = new ArrayList<>();
			for (String value : raw) {
				if (value == null) {
					continue;
				}
				String stripped = value.replace('\u0000', ' ').strip();
				if (!stripped.isEmpty()) {
					values.add(stripped);
				}
			}
			if (values.size() > MAX_VALUES) {
				errors.add(new SearchError(name, String.valueOf(values.size()), "search.error.tooManyValues"));
				return values.subList(0, MAX_VALUES);
			}
			return values;
		}

		String single(String name) {
			List<String> values = values(name);
			if (values.size() > 1) {
				errors.add(new SearchError(name, values.get(1), "search.error.single"));
			}
			return values.isEmpty() ? null : values.get(0);
		}

		Set<String> strings(String name, Function<String, String> normalise, Pattern valid) {
			Set<String> result = new LinkedHashSet<>();
			for (String value : values(name)) {
				String normalised = normalise.apply(value);
				if (valid.matcher(normalised).matches()) {
					result.add(normalised);
				}
				else {
					errors.add(new SearchError(name, shorten(value), "search.error.invalid"));
				}
			}
			return result;
		}

		<E extends Enum<E>> Set<E> enums(String name, Class<E> type) {
			Set<E> result = new LinkedHashSet<>();
			for (String value : values(name)) {
				try {
					result.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_')));
				}
				catch (IllegalArgumentException ex) {
					errors.add(new SearchError(name, shorten(value), "search.error.invalid"));
				}
			}
			return result;
		}

		Set<Integer> integers(String name, int min, int max) {
			Set<Integer> result = new LinkedHashSet<>();
			for (String value : values(name)) {
				Integer number = integer(value);
				if (number != null && number >= min && number <= max) {
					result.add(number);
				}
				else {
					errors.add(new SearchError(name, shorten(value), "search.error.invalid"));
				}
			}
			return result;
		}

		LocalDate date(String name, boolean endOfPeriod) {
			String value = single(name);
			if (value == null) {
				return null;
			}
			try {
				if (YEAR.matcher(value).matches()) {
					int year = Integer.parseInt(value);
					return endOfPeriod ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
				}
				LocalDate date = LocalDate.parse(value);
				if (date.getYear() >= 1900 && date.getYear() <= 2999) {
					return date;
				}
			}
			catch (DateTimeParseException ex) {
				// reported below
			}
			errors.add(new SearchError(name, shorten(value), "search.error.date"));
			return null;
		}

		Boolean yesNo(String name) {
			String value = single(name);
			if (value == null) {
				return null;
			}
			return switch (value.toLowerCase(Locale.ROOT)) {
				case "yes", "true" -> true;
				case "no", "false" -> false;
				default -> {
					errors.add(new SearchError(name, shorten(value), "search.error.invalid"));
					yield null;
				}
			};
		}

		Instant instant(String name) {
			String value = single(name);
			if (value == null) {
				return null;
			}
			try {
				return OffsetDateTime.parse(value).toInstant();
			}
			catch (DateTimeParseException ex) {
				try {
					return Instant.parse(value);
				}
				catch (DateTimeParseException again) {
					try {
						return LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
					}
					catch (DateTimeParseException last) {
						errors.add(new SearchError(name, shorten(value), "search.error.timestamp"));
						return null;
					}
				}
			}
		}

	}

	static Integer integer(String value) {
		if (value == null || value.length() > 9 || !value.matches("-?\\d+")) {
			return null;
		}
		return Integer.valueOf(value);
	}

	static String shorten(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}

}
