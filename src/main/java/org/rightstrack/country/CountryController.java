package org.rightstrack.country;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rightstrack.country.CountryProfiles.CountryHeader;
import org.rightstrack.country.CountryProfiles.StatusCount;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The country list and the country profile: ratifications, reporting, visits, and the country's
 * published recommendations counted by mechanism, theme and implementation status, each count a
 * link into the search pre-filtered for it.
 */
@Controller
class CountryController {

	/** Implementation statuses from most to least advanced; null (not assessed yet) comes last. */
	static final List<String> STATUSES = List.of("FULLY_IMPLEMENTED", "LARGELY_IMPLEMENTED", "PARTIALLY_IMPLEMENTED",
			"STARTED", "NOT_STARTED");

	static final int TOP_THEMES = 10;

	static final int LATEST_ACTIONS = 5;

	private final CountryProfiles profiles;

	CountryController(CountryProfiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/countries")
	String list(Model model) {
		model.addAttribute("countries", profiles.list());
		return "country/list";
	}

	@GetMapping("/countries/{iso3}")
	String show(@PathVariable String iso3, Model model) {
		CountryProfiles.Profile profile = profiles.profile(iso3, TOP_THEMES, LATEST_ACTIONS)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		CountryHeader country = profile.header();
		String alpha3 = country.alpha3();
		model.addAttribute("country", country);
		model.addAttribute("groups", profile.groups());
		model.addAttribute("ratifications", profile.ratifications());
		var reports = profile.stateReports();
		model.addAttribute("stateReports", reports);
		model.addAttribute("overdueReports", reports.stream().filter(CountryProfiles.StateReportRow::overdue).count());
		model.addAttribute("visits", profile.visits());

		CountryProfiles.RecommendationCounts counts = profile.counts();
		model.addAttribute("total", counts.total());
		model.addAttribute("searchAll", search(alpha3, null, null));
		model.addAttribute("byMechanism", Bar.of(counts.byMechanism(), m -> m.code(), m -> m.name(),
				m -> m.recommendations(), m -> search(alpha3, "mechanism", m.code())));
		model.addAttribute("byTheme", Bar.of(counts.topThemes(), t -> t.code(), t -> t.name(),
				t -> t.recommendations(), t -> search(alpha3, "theme", t.code())));
		model.addAttribute("byStatus", statusBars(alpha3, counts.byStatus()));

		model.addAttribute("actions", profile.actions());
		model.addAttribute("actionCount", profile.actionCount());
		model.addAttribute("searchWithActions", search(alpha3, "actions", "yes"));
		return "country/show";
	}

	/** Every status in a fixed order, zeros included, so that countries compare at a glance. */
	static List<Bar> statusBars(String alpha3, List<StatusCount> counts) {
		Map<String, Long> byStatus = counts.stream()
			.filter(c -> c.status() != null)
			.collect(Collectors.toMap(StatusCount::status, StatusCount::recommendations));
		long notAssessed = counts.stream().filter(c -> c.status() == null).mapToLong(StatusCount::recommendations).sum();
		List<StatusCount> ordered = new ArrayList<>();
		STATUSES.forEach(s -> ordered.add(new StatusCount(s, byStatus.getOrDefault(s, 0L))));
		ordered.add(new StatusCount(null, notAssessed));
		Function<StatusCount, String> href = c -> c.status() == null ? null : search(alpha3, "status", c.status());
		return Bar.of(ordered, c -> Objects.requireNonNullElse(c.status(), "NOT_ASSESSED"), c -> null,
				StatusCount::recommendations, href);
	}

	/** A link into the recommendation search, filtered for the country and optionally one more value. */
	static String search(String alpha3, String parameter, String value) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/recommendations").queryParam("country", alpha3);
		if (parameter != null) {
			uri.queryParam(parameter, value);
		}
		return uri.encode().build().toUriString();
	}

}
