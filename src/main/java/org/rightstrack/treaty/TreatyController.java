package org.rightstrack.treaty;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rightstrack.country.RegionalGroup;
import org.rightstrack.treaty.TreatyQueries.CountryStatus;
import org.rightstrack.treaty.TreatyQueries.TreatyHeader;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The treaties with their counts of parties, and one treaty's status in every country, filtered by
 * UN regional group, country group (ASEAN) and status. With htmx the filters re-render only the
 * results; without it the form reloads the page. Either way the filters are in the URL.
 */
@Controller
class TreatyController {

	private final TreatyQueries treaties;

	TreatyController(TreatyQueries treaties) {
		this.treaties = treaties;
	}

	@GetMapping("/treaties")
	String list(Model model) {
		model.addAttribute("treaties", treaties.list());
		return "treaty/list";
	}

	@GetMapping("/treaties/{code}")
	String show(@PathVariable String code, @RequestParam(required = false) RegionalGroup region,
			@RequestParam(required = false) String group, @RequestParam(required = false) RatificationStatus status,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		TreatyHeader treaty = treaties.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String groupCode = StringUtils.hasText(group) ? group.strip() : null;
		if (groupCode != null && !treaties.countryGroupExists(groupCode)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown country group");
		}
		List<CountryStatus> rows = treaties.statusByCountry(treaty.id(), region, groupCode);
		Map<RatificationStatus, Long> counts = rows.stream()
			.collect(Collectors.groupingBy(CountryStatus::status, Collectors.counting()));
		model.addAttribute("treaty", treaty);
		model.addAttribute("region", region);
		model.addAttribute("group", groupCode);
		model.addAttribute("status", status);
		model.addAttribute("counts", Arrays.stream(RatificationStatus.values())
			.collect(Collectors.toMap(Function.identity(), s -> counts.getOrDefault(s, 0L))));
		model.addAttribute("countries", status == null ? rows : rows.stream().filter(r -> r.status() == status).toList());
		model.addAttribute("statuses", RatificationStatus.values());
		if (htmx != null) {
			return "treaty/show :: results";
		}
		model.addAttribute("protocols", treaties.protocols(treaty.id()));
		model.addAttribute("bodies", treaties.bodies(treaty.id()));
		model.addAttribute("regions", RegionalGroup.values());
		model.addAttribute("groups", treaties.countryGroups());
		return "treaty/show";
	}

}
