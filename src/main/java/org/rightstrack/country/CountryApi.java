package org.rightstrack.country;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.rightstrack.country.CountryProfiles.CountryHeader;
import org.rightstrack.country.CountryProfiles.CountryRow;

import org.springframework.http.HttpStatus;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Countries by their ISO 3166 alpha-3 code, with their groups and ratifications. */
@RestController
@RequestMapping(path = "/api/v1/countries", produces = "application/json")
@Tag(name = "Countries", description = "States and territories, identified by their ISO 3166 alpha-3 code")
class CountryApi {

	private final CountryProfiles profiles;

	CountryApi(CountryProfiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping
	@Operation(operationId = "listCountries", summary = "UN member and observer states",
			description = "Sorted by name, with the count of published recommendations addressed to each.")
	List<CountrySummary> list(
			@Parameter(description = "UN regional group") @RequestParam(required = false) RegionalGroup region,
			@Parameter(description = "Country group code, e.g. ASEAN") @RequestParam(required = false) String group) {
		String groupCode = StringUtils.hasText(group) ? group.strip() : null;
		return profiles.list()
			.stream()
			.filter(c -> region == null || c.regionalGroup() == region)
			.filter(c -> groupCode == null || c.groupCodes().contains(groupCode))
			.map(CountrySummary::of)
			.toList();
	}

	@GetMapping("/{iso3}")
	@Operation(operationId = "getCountry", summary = "One country with its status for every human-rights instrument")
	CountryDetail show(@Parameter(description = "ISO 3166 alpha-3 code, e.g. IDN", example = "IDN") @PathVariable
			@Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 3166 alpha-3 code of three letters") String iso3) {
		CountryHeader country = profiles.find(iso3)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No country with code " + iso3.toUpperCase()));
		List<String> groups = profiles.groups(country.id()).stream().map(CountryProfiles.GroupRow::code).toList();
		long recommendations = profiles.recommendationCounts(country.id(), CountryController.TOP_THEMES).total();
		List<CountryRatification> ratifications = profiles.ratifications(country.id())
			.stream()
			.map(r -> new CountryRatification(r.code(), r.shortName(), r.status(), r.signedOn(), r.consentOn(),
					r.consentType(), r.acceptsIndividualComplaints(), r.reservations(), r.declarations()))
			.toList();
		return new CountryDetail(country.alpha3(), country.alpha2(), country.numericCode(), country.name(),
				country.unStatus(), country.regionalGroup(), groups, recommendations, ratifications);
	}

	record CountrySummary(String iso3, String iso2, String numericCode, String name, UnStatus unStatus,
			RegionalGroup regionalGroup, List<String> groups, long recommendations) {

		static CountrySummary of(CountryRow row) {
			return new CountrySummary(row.alpha3(), row.alpha2(), row.numericCode(), row.name(), row.unStatus(),
					row.regionalGroup(), row.groupCodes(), row.recommendations());
		}

	}

	record CountryDetail(String iso3, String iso2, String numericCode, String name, UnStatus unStatus,
			RegionalGroup regionalGroup, List<String> groups, long recommendations,
			List<CountryRatification> ratifications) {
	}

	/**
	 * @param status PARTY, SIGNATORY or NO_ACTION
	 * @param consentType RATIFICATION, ACCESSION or SUCCESSION, when the state is a party
	 */
	record CountryRatification(String treaty, String treatyShortName, String status, LocalDate signedOn,
			LocalDate consentOn, String consentType, boolean acceptsIndividualComplaints, String reservations,
			String declarations) {
	}

}
