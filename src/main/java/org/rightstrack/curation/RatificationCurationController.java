package org.rightstrack.curation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.rightstrack.treaty.ConsentType;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A country's ratifications as one table of every instrument, each row its own form: with htmx a
 * row is saved in place and comes back with its new version or its errors; without JavaScript the
 * row's form posts and the whole page comes back.
 */
@Controller
class RatificationCurationController {

	/** What one row shows: the treaty, the values, the version, and the messages for this row. */
	record Row(long treatyId, String code, String shortName, String title, LocalDate signedOn, LocalDate consentOn,
			ConsentType consentType, String reservations, String declarations, boolean acceptsIndividualComplaints,
			boolean acceptsInquiryProcedure, Integer version, Map<String, String> errors, String status, Long id) {

		Row with(RatificationForm form, Map<String, String> errors, String status) {
			return new Row(treatyId, code, shortName, title, form.getSignedOn(), form.getConsentOn(), form.getConsentType(),
					form.getReservations(), form.getDeclarations(), form.isAcceptsIndividualComplaints(),
					form.isAcceptsInquiryProcedure(), form.getVersion(), errors, status, id);
		}

	}

	record Country(long id, String alpha3, String name) {
	}

	/** One row of the ratification table: a country and one treaty. */
	public static class RatificationForm {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate signedOn;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate consentOn;

		private ConsentType consentType;

		@Size(max = 10000)
		private String reservations;

		@Size(max = 10000)
		private String declarations;

		private boolean acceptsIndividualComplaints;

		private boolean acceptsInquiryProcedure;

		private Integer version;

		public LocalDate getSignedOn() {
			return signedOn;
		}

		public void setSignedOn(LocalDate signedOn) {
			this.signedOn = signedOn;
		}

		public LocalDate getConsentOn() {
			return consentOn;
		}

		public void setConsentOn(LocalDate consentOn) {
			this.consentOn = consentOn;
		}

		public ConsentType getConsentType() {
			return consentType;
		}

		public void setConsentType(ConsentType consentType) {
			this.consentType = consentType;
		}

		public String getReservations() {
			return reservations;
		}

		public void setReservations(String reservations) {
			this.reservations = reservations;
		}

		public String getDeclarations() {
			return declarations;
		}

		public void setDeclarations(String declarations) {
			this.declarations = declarations;
		}

		public boolean isAcceptsIndividualComplaints() {
			return acceptsIndividualComplaints;
		}

		public void setAcceptsIndividualComplaints(boolean acceptsIndividualComplaints) {
			this.acceptsIndividualComplaints = acceptsIndividualComplaints;
		}

		public boolean isAcceptsInquiryProcedure() {
			return acceptsInquiryProcedure;
		}

		public void setAcceptsInquiryProcedure(boolean acceptsInquiryProcedure) {
			this.acceptsInquiryProcedure = acceptsInquiryProcedure;
		}

		public Integer getVersion() {
			return version;
		}

		public void setVersion(Integer version) {
			this.version = version;
		}

	}

	private static final String ROWS = """
			select t.id as treaty_id, t.code, t.short_name, t.title, r.signed_on, r.consent_on, r.consent_type, r.reservations,
			       r.declarations, coalesce(r.accepts_individual_complaints, false) as accepts_individual_complaints,
			       coalesce(r.accepts_inquiry_procedure, false) as accepts_inquiry_procedure, r.version, r.id
			from treaty t left join ratification r on r.treaty_id = t.id and r.country_id = :country
			where not t.archived and (cast(:treaty as bigint) is null or t.id = cast(:treaty as bigint))
			order by t.display_order, t.code""";

	private final JdbcClient jdbc;

	private final Choices choices;

	private final MessageSource messages;

	private final RatificationCuration ratifications;

	RatificationCurationController(JdbcClient jdbc, Choices choices, MessageSource messages, RatificationCuration ratifications) {
		this.jdbc = jdbc;
		this.ratifications = ratifications;
		this.choices = choices;
		this.messages = messages;
	}

	@GetMapping("/curation/ratifications")
	String choose(@RequestParam(required = false) String country, Model model) {
		if (country != null && !country.isBlank()) {
			return "redirect:/curation/ratifications/" + country.strip().toUpperCase(java.util.Locale.ROOT);
		}
		model.addAttribute("countries", jdbc.sql("select id, alpha3, name from country order by name").query(Country.class).list());
		return "curation/ratifications-choose";
	}

	@GetMapping("/curation/ratifications/{alpha3}")
	String table(@PathVariable String alpha3, Model model) {
		Country country = country(alpha3);
		model.addAttribute("country", country);
		model.addAttribute("rows", rows(country.id(), null));
		model.addAttribute("consentTypes", Arrays.asList(ConsentType.values()));
		return "curation/ratifications";
	}

	private List<Row> rows(long country, Long treaty) {
		return jdbc.sql(ROWS).param("country", country).param("treaty", treaty)
			.query((rs, n) -> new Row(rs.getLong("treaty_id"), rs.getString("code"), rs.getString("short_name"), rs.getString("title"),
					rs.getObject("signed_on", LocalDate.class), rs.getObject("consent_on", LocalDate.class),
					rs.getString("consent_type") == null ? null : ConsentType.valueOf(rs.getString("consent_type")),
					rs.getString("reservations"), rs.getString("declarations"), rs.getBoolean("accepts_individual_complaints"),
					rs.getBoolean("accepts_inquiry_procedure"), rs.getObject("version", Integer.class), Map.of(), null,
					rs.getObject("id", Long.class)))
			.list();
	}

	private Country country(String alpha3) {
		return jdbc.sql("select id, alpha3, name from country where alpha3 = upper(?)").param(alpha3).query(Country.class).optional()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Saves one row; an empty row removes the country's record for that treaty. */
	@PostMapping("/curation/ratifications/{alpha3}/{treatyId}")
	@Transactional
	String save(@PathVariable String alpha3, @PathVariable long treatyId, @Valid @ModelAttribute("row") RatificationForm form,
			BindingResult result, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Country country = country(alpha3);
		Row row = rows(country.id(), treatyId).stream().findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if ((form.getConsentOn() == null) != (form.getConsentType() == null)) {
			result.rejectValue(form.getConsentOn() == null ? "consentOn" : "consentType", "curation.ratification.consentPair");
		}
		if (form.getSignedOn() != null && form.getConsentOn() != null && form.getSignedOn().isAfter(form.getConsentOn())) {
			result.rejectValue("signedOn", "curation.ratification.signedAfterConsent");
		}
		String status = null;
		if (!result.hasErrors()) {
			boolean saved = ratifications.save(country.id(), treatyId, form);
			if (!saved) {
				result.reject("curation.conflict");
			}
			else {
				status = message("curation.saved");
			}
		}
		Row shown;
		if (result.hasErrors()) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldError error : result.getFieldErrors()) {
				errors.putIfAbsent(error.getField(), message(error));
			}
			result.getGlobalErrors().forEach(error -> errors.put("row", message(error)));
			shown = row.with(form, errors, null);
		}
		else {
			Row saved = rows(country.id(), treatyId).getFirst();
			shown = new Row(saved.treatyId(), saved.code(), saved.shortName(), saved.title(), saved.signedOn(), saved.consentOn(),
					saved.consentType(), saved.reservations(), saved.declarations(), saved.acceptsIndividualComplaints(),
					saved.acceptsInquiryProcedure(), saved.version(), Map.of(), status, saved.id());
		}
		model.addAttribute("country", country);
		model.addAttribute("consentTypes", Arrays.asList(ConsentType.values()));
		if (htmx != null) {
			model.addAttribute("rows", List.of(shown));
			return "curation/ratifications :: row";
		}
		List<Row> rows = rows(country.id(), null).stream().map(r -> r.treatyId() == treatyId ? shown : r).toList();
		model.addAttribute("rows", rows);
		return "curation/ratifications";
	}

	private String message(org.springframework.context.MessageSourceResolvable error) {
		return messages.getMessage(error, LocaleContextHolder.getLocale());
	}

	private String message(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

}
