package org.rightstrack.treaty;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rightstrack.country.RegionalGroup;
import org.rightstrack.treaty.TreatyQueries.CountryStatus;
import org.rightstrack.treaty.TreatyQueries.TreatyHeader;
import org.rightstrack.treaty.TreatyQueries.TreatySummary;

import org.springframework.http.HttpStatus;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Treaties by their code (CAT, OP-CAT, CEDAW...) and their ratification status in every country. */
@RestController
@RequestMapping(path = "/api/v1/treaties", produces = "application/json")
@Tag(name = "Treaties", description = "Human-rights treaties and their ratifications, identified by treaty code")
class TreatyApi {

	private final TreatyQueries treaties;

	TreatyApi(TreatyQueries treaties) {
		this.treaties = treaties;
	}

	@GetMapping
	@Operation(operationId = "listTreaties", summary = "Every current treaty with its counts of parties, signatories and states that took no action")
	List<TreatySummary> list() {
		return treaties.list();
	}

	@GetMapping("/{code}/ratifications")
	@Operation(operationId = "listTreatyRatifications", summary = "A treaty's status in every UN member and observer state",
			description = "Territories outside the UN appear only where they signed or consented. Counts are computed "
					+ "for the region and group filters, before the status filter.")
	TreatyRatifications ratifications(
			@Parameter(description = "Treaty code, e.g. OP-CAT", example = "OP-CAT") @PathVariable String code,
			@Parameter(description = "UN regional group") @RequestParam(required = false) RegionalGroup region,
			@Parameter(description = "Country group code, e.g. ASEAN") @RequestParam(required = false) String group,
			@Parameter(description = "Only states with this status") @RequestParam(required = false) RatificationStatus status) {
		TreatyHeader treaty = treaties.find(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No treaty with code " + code));
		String groupCode = StringUtils.hasText(group) ? group.strip() : null;
		if (groupCode != null && !treaties.countryGroupExists(groupCode)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown country group " + groupCode);
		}
		List<CountryStatus> rows = treaties.statusByCountry(treaty.id(), region, groupCode);
		Map<RatificationStatus, Long> counted = rows.stream()
			.collect(Collectors.groupingBy(CountryStatus::status, Collectors.counting()));
		Map<RatificationStatus, Long> counts = Arrays.stream(RatificationStatus.values())
			.collect(Collectors.toMap(Function.identity(), s -> counted.getOrDefault(s, 0L)));
		List<Ratification> ratifications = rows.stream()
			.filter(r -> status == null || r.status() == status)
			.map(r -> new Ratification(r.alpha3(), r.name(), r.regionalGroup(), r.status(), r.signedOn(), r.consentOn(),
					r.consentType(), r.acceptsIndividualComplaints(), r.acceptsInquiryProcedure(), r.reservations(),
					r.declarations()))
			.toList();
		return new TreatyRatifications(treaty.code(), treaty.shortName(), treaty.title(), counts, ratifications);
	}

	record TreatyRatifications(String treaty, String shortName, String title, Map<RatificationStatus, Long> counts,
			List<Ratification> ratifications) {
	}

	record Ratification(String country, String countryName, RegionalGroup regionalGroup, RatificationStatus status,
			LocalDate signedOn, LocalDate consentOn, String consentType, boolean acceptsIndividualComplaints,
			boolean acceptsInquiryProcedure, String reservations, String declarations) {
	}

}
