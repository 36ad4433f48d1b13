package org.rightstrack.curation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.rightstrack.mechanism.MandateType;
import org.rightstrack.mechanism.MechanismKind;
import org.rightstrack.mechanism.VisitStatus;
import org.rightstrack.recommendation.DocumentType;

import org.springframework.core.convert.ConversionService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Create, edit and archive the records that share one list page and one form page: mechanisms,
 * documents, country visits, state reports, themes and affected persons groups. Each kind is
 * described once (its fields, its SQL, its checks); every save checks the version it was opened
 * with, so a stale save is refused and the curator's input stays in the form. Documents are saved,
 * published and archived through JPA ({@link DocumentCuration}) so that their history is kept.
 */
@Controller
class RecordCurationController {

	/** One field of a form: its property, label key, input type and, for selects, the options. */
	record Field(String name, String label, String type, List<Option> options) {

		static Field text(String name, String label) {
			return new Field(name, label, "text", List.of());
		}

		static Field of(String type, String name, String label) {
			return new Field(name, label, type, List.of());
		}

		static Field select(String name, String label, List<Option> options) {
			return new Field(name, label, "select", options);
		}

	}

	/** A row of a list page. */
	record Item(long id, String label, String detail, boolean archived) {
	}

	/** A kind of record and everything needed to list, load, insert and update it. */
	record Kind(String path, String table, String titleKey, Supplier<Object> empty, String listSql, String loadSql,
			Function<Choices, List<Field>> fields, BiConsumer<Object, BindingResult> check) {
	}

	/** A mechanism as the curator edits it. */
	public static class MechanismForm {

		@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]*")
		private String code;

		@NotBlank @Size(max = 300)
		private String name;

		@NotBlank @Pattern(regexp = "TREATY_BODY|SPECIAL_PROCEDURE|UPR|REGIONAL|OTHER")
		private String kind;

		private Long treatyId;

		@Pattern(regexp = "|THEMATIC|COUNTRY")
		private String mandateType;

		private Long mandateCountryId;

		@Min(1945) @Max(2100)
		private Short establishedYear;

		private int version;

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public Long getTreatyId() {
			return treatyId;
		}

		public void setTreatyId(Long treatyId) {
			this.treatyId = treatyId;
		}

		public String getMandateType() {
			return mandateType;
		}

		public void setMandateType(String mandateType) {
			this.mandateType = mandateType;
		}

		public Long getMandateCountryId() {
			return mandateCountryId;
		}

		public void setMandateCountryId(Long mandateCountryId) {
			this.mandateCountryId = mandateCountryId;
		}

		public Short getEstablishedYear() {
			return establishedYear;
		}

		public void setEstablishedYear(Short establishedYear) {
			this.establishedYear = establishedYear;
		}

		public int getVersion() {
			return version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

	/** A document as the curator edits it. */
	public static class DocumentForm {

		@Size(max = 100)
		private String symbol;

		@NotBlank @Size(max = 500)
		private String title;

		@NotBlank @Pattern(regexp = "CONCLUDING_OBSERVATIONS|UPR_WORKING_GROUP_REPORT|UPR_ADDENDUM|VISIT_REPORT|FOLLOW_UP_LETTER|COMMUNICATION|REGIONAL_REPORT|OTHER")
		private String type;

		@NotNull
		private Long mechanismId;

		@NotNull
		private Long countryId;

		@Positive
		private Integer session;

		@Size(max = 100)
		private String sessionLabel;

		@Min(1) @Max(9)
		private Short uprCycle;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate publishedOn;

		@Size(max = 1000) @Pattern(regexp = "|https?://.+")
		private String url;

		private boolean published;

		private int version;

		public String getSymbol() {
			return symbol;
		}

		public void setSymbol(String symbol) {
			this.symbol = symbol;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getType() {
			return type;
		}

		public void setType(String type) {
			this.type = type;
		}

		public Long getMechanismId() {
			return mechanismId;
		}

		public void setMechanismId(Long mechanismId) {
			this.mechanismId = mechanismId;
		}

		public Long getCountryId() {
			return countryId;
		}

		public void setCountryId(Long countryId) {
			this.countryId = countryId;
		}

		public Integer getSession() {
			return session;
		}

		public void setSession(Integer session) {
			this.session = session;
		}

		public String getSessionLabel() {
			return sessionLabel;
		}

		public void setSessionLabel(String sessionLabel) {
			this.sessionLabel = sessionLabel;
		}

		public Short getUprCycle() {
			return uprCycle;
		}

		public void setUprCycle(Short uprCycle) {
			this.uprCycle = uprCycle;
		}

		public LocalDate getPublishedOn() {
			return publishedOn;
		}

		public void setPublishedOn(LocalDate publishedOn) {
			this.publishedOn = publishedOn;
		}

		public String getUrl() {
			return url;
		}

		public void setUrl(String url) {
			this.url = url;
		}

		public boolean isPublished() {
			return published;
		}

		public void setPublished(boolean published) {
			this.published = published;
		}

		public int getVersion() {
			return version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

	/** A country visit as the curator edits it. */
	public static class VisitForm {

		@NotNull
		private Long mechanismId;

		@NotNull
		private Long countryId;

		@NotBlank @Pattern(regexp = "REQUESTED|ACCEPTED|COMPLETED|DECLINED|POSTPONED")
		private String status;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate requestedOn;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate startDate;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate endDate;

		private Long reportDocumentId;

		@Size(max = 10000)
		private String notes;

		private int version;

		public Long getMechanismId() {
			return mechanismId;
		}

		public void setMechanismId(Long mechanismId) {
			this.mechanismId = mechanismId;
		}

		public Long getCountryId() {
			return countryId;
		}

		public void setCountryId(Long countryId) {
			this.countryId = countryId;
		}

		public String getStatus() {
			return status;
		}

		public void setStatus(String status) {
			this.status = status;
		}

		public LocalDate getRequestedOn() {
			return requestedOn;
		}

		public void setRequestedOn(LocalDate requestedOn) {
			this.requestedOn = requestedOn;
		}

		public LocalDate getStartDate() {
			return startDate;
		}

		public void setStartDate(LocalDate startDate) {
			this.startDate = startDate;
		}

		public LocalDate getEndDate() {
			return endDate;
		}

		public void setEndDate(LocalDate endDate) {
			this.endDate = endDate;
		}

		public Long getReportDocumentId() {
			return reportDocumentId;
		}

		public void setReportDocumentId(Long reportDocumentId) {
			this.reportDocumentId = reportDocumentId;
		}

		public String getNotes() {
			return notes;
		}

		public void setNotes(String notes) {
			this.notes = notes;
		}

		public int getVersion() {
			return version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

	/** A state report as the curator edits it. */
	public static class StateReportForm {

		@NotNull
		private Long countryId;

		@NotNull
		private Long treatyId;

		@NotNull @Min(1) @Max(30)
		private Short cycle;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dueOn;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate submittedOn;

		@Size(max = 100)
		private String symbol;

		private int version;

		public Long getCountryId() {
			return countryId;
		}

		public void setCountryId(Long countryId) {
			this.countryId = countryId;
		}

		public Long getTreatyId() {
			return treatyId;
		}

		public void setTreatyId(Long treatyId) {
			this.treatyId = treatyId;
		}

		public Short getCycle() {
			return cycle;
		}

		public void setCycle(Short cycle) {
			this.cycle = cycle;
		}

		public LocalDate getDueOn() {
			return dueOn;
		}

		public void setDueOn(LocalDate dueOn) {
			this.dueOn = dueOn;
		}

		public LocalDate getSubmittedOn() {
			return submittedOn;
		}

		public void setSubmittedOn(LocalDate submittedOn) {
			this.submittedOn = submittedOn;
		}

		public String getSymbol() {
			return symbol;
		}

		public void setSymbol(String symbol) {
			this.symbol = symbol;
		}

		public int getVersion() {
			return version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

	/** A theme as the curator edits it. */
	public static class ThemeForm {

		@NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9-]*")
		private String code;

		@NotBlank @Size(max = 200)
		private String name;

		private Long parentId;

		private int version;

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Long getParentId() {
			return parentId;
		}

		public void setParentId(Long parentId) {
			this.parentId = parentId;
		}

		public int getVersion() {
			return version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

	/** An affected persons group as the curator edits it. */
	public static class GroupForm {

		@NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9-]*")
		private String code;

		@NotBlank @Size(max = 200)
		private String name;

		private int version;

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public int getVersion() {
			return version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

	private static List<Option> values(Enum<?>[] values) {
		return Arrays.stream(values).map(v -> Option.of(v)).toList();
	}

	/** The history page's segment (/history/{kind}/{id}) of each kind's path. */
	private static final Map<String, String> HISTORY_KINDS = Map.of("mechanisms", "mechanism", "documents", "document", "visits", "visit",
			"state-reports", "state-report", "themes", "theme", "affected-groups", "affected-group");

	static final Map<String, Kind> KINDS = Map.of(
			"mechanisms", new Kind("mechanisms", "mechanism", "curation.mechanisms.title", MechanismForm::new,
					"select id, name as label, code || ' · ' || kind as detail, archived from mechanism order by kind, name",
					"select code, name, kind, treaty_id, coalesce(mandate_type, '') as mandate_type, mandate_country_id, established_year, version from mechanism where id = ?",
					c -> List.of(Field.text("code", "curation.field.code"), Field.text("name", "curation.field.name"),
							Field.select("kind", "curation.field.kind", values(MechanismKind.values())),
							Field.select("treatyId", "curation.field.treaty", c.treaties()),
							Field.select("mandateType", "curation.field.mandateType", values(MandateType.values())),
							Field.select("mandateCountryId", "curation.field.mandateCountry", c.countries()),
							Field.of("number", "establishedYear", "curation.field.establishedYear")),
					(form, result) -> {
						MechanismForm m = (MechanismForm) form;
						if (m.getMandateType() != null && !m.getMandateType().isEmpty() && !"SPECIAL_PROCEDURE".equals(m.getKind())) {
							result.rejectValue("mandateType", "curation.mechanism.mandateOnlySpecialProcedure");
						}
						if ("COUNTRY".equals(m.getMandateType()) && m.getMandateCountryId() == null) {
							result.rejectValue("mandateCountryId", "curation.mechanism.mandateCountryRequired");
						}
					}),
			"documents", new Kind("documents", "document", "curation.documents.title", DocumentForm::new,
					"""
					select d.id, coalesce(d.symbol, d.title) as label,
					       c.name || ' · ' || m.code || ' · ' || coalesce(cast(d.published_on as text), '') || case when d.published then '' else ' · unpublished' end as detail,
					       d.archived
					from document d join country c on c.id = d.country_id join mechanism m on m.id = d.mechanism_id
					order by d.published_on desc nulls last, d.id desc limit 500""",
					"select symbol, title, type, mechanism_id, country_id, session, session_label, upr_cycle, published_on, url, published, version from document where id = ?",
					c -> List.of(Field.text("symbol", "curation.field.symbol"), Field.text("title", "curation.field.title"),
							Field.select("type", "curation.field.type", values(DocumentType.values())),
							Field.select("mechanismId", "curation.field.mechanism", c.mechanisms()),
							Field.select("countryId", "curation.field.country", c.countries()),
							Field.of("number", "session", "curation.field.session"), Field.text("sessionLabel", "curation.field.sessionLabel"),
							Field.of("number", "uprCycle", "curation.field.uprCycle"), Field.of("date", "publishedOn", "curation.field.publishedOn"),
							Field.of("url", "url", "curation.field.url"), Field.of("checkbox", "published", "curation.field.published")),
					(form, result) -> {
					}),
			"visits", new Kind("visits", "country_visit", "curation.visits.title", VisitForm::new,
					"""
					select v.id, c.name || ' — ' || m.name as label, v.status || ' · ' || coalesce(cast(coalesce(v.start_date, v.requested_on) as text), '') as detail,
					       v.archived
					from country_visit v join country c on c.id = v.country_id join mechanism m on m.id = v.mechanism_id
					order by coalesce(v.start_date, v.requested_on) desc nulls last limit 500""",
					"select mechanism_id, country_id, status, requested_on, start_date, end_date, report_document_id, notes, version from country_visit where id = ?",
					c -> List.of(Field.select("mechanismId", "curation.field.mechanism", c.mechanisms()),
							Field.select("countryId", "curation.field.country", c.countries()),
							Field.select("status", "curation.field.status", values(VisitStatus.values())),
							Field.of("date", "requestedOn", "curation.field.requestedOn"), Field.of("date", "startDate", "curation.field.startDate"),
							Field.of("date", "endDate", "curation.field.endDate"),
							Field.of("number", "reportDocumentId", "curation.field.reportDocumentId"),
							Field.of("textarea", "notes", "curation.field.notes")),
					(form, result) -> {
						VisitForm v = (VisitForm) form;
						if (v.getStartDate() != null && v.getEndDate() != null && v.getEndDate().isBefore(v.getStartDate())) {
							result.rejectValue("endDate", "curation.visit.endBeforeStart");
						}
					}),
			"state-reports", new Kind("state-reports", "state_report", "curation.stateReports.title", StateReportForm::new,
					"""
					select s.id, c.name || ' — ' || t.short_name || ' · ' || s.cycle as label,
					       coalesce('due ' || s.due_on, '') || coalesce(' · submitted ' || s.submitted_on, '') as detail, s.archived
					from state_report s join country c on c.id = s.country_id join treaty t on t.id = s.treaty_id
					order by c.name, t.display_order, s.cycle limit 1000""",
					"select country_id, treaty_id, cycle, due_on, submitted_on, symbol, version from state_report where id = ?",
					c -> List.of(Field.select("countryId", "curation.field.country", c.countries()),
							Field.select("treatyId", "curation.field.treaty", c.treaties()), Field.of("number", "cycle", "curation.field.cycle"),
							Field.of("date", "dueOn", "curation.field.dueOn"), Field.of("date", "submittedOn", "curation.field.submittedOn"),
							Field.text("symbol", "curation.field.symbol")),
					(form, result) -> {
					}),
			"themes", new Kind("themes", "theme", "curation.themes.title", ThemeForm::new,
					"""
					select t.id, case when p.name is null then t.name else p.name || ' › ' || t.name end as label, t.code as detail, t.archived
					from theme t left join theme p on p.id = t.parent_id order by coalesce(p.name, t.name), t.name""",
					"select code, name, parent_id, version from theme where id = ?",
					c -> List.of(Field.text("code", "curation.field.code"), Field.text("name", "curation.field.name"),
							Field.select("parentId", "curation.field.parent", c.themes())),
					(form, result) -> {
					}),
			"affected-groups", new Kind("affected-groups", "affected_group", "curation.groups.title", GroupForm::new,
					"select id, name as label, code as detail, archived from affected_group order by name",
					"select code, name, version from affected_group where id = ?",
					c -> List.of(Field.text("code", "curation.field.code"), Field.text("name", "curation.field.name")),
					(form, result) -> {
					}));

	private final JdbcClient jdbc;

	private final Choices choices;

	private final ConversionService conversion;

	private final Validator validator;

	private final DocumentCuration documents;

	private final RecordCuration records;

	RecordCurationController(JdbcClient jdbc, Choices choices, jakarta.validation.Validator validator,
			DocumentCuration documents, RecordCuration records) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.records = records;
		this.choices = choices;
		// the forms bind themselves (one handler serves every kind), with the same conversions and validation as MVC's
		this.conversion = new org.springframework.format.support.DefaultFormattingConversionService();
		this.validator = new org.springframework.validation.beanvalidation.SpringValidatorAdapter(validator);
	}

	private static Kind kind(String path) {
		Kind kind = KINDS.get(path);
		if (kind == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return kind;
	}

	@GetMapping("/curation/{path:mechanisms|documents|visits|state-reports|themes|affected-groups}")
	String list(@PathVariable String path, Model model) {
		Kind kind = kind(path);
		model.addAttribute("kind", kind);
		model.addAttribute("items", jdbc.sql(kind.listSql()).query(Item.class).list());
		return "curation/record-list";
	}

	@GetMapping("/curation/{path:mechanisms|documents|visits|state-reports|themes|affected-groups}/new")
	String create(@PathVariable String path, Model model) {
		Kind kind = kind(path);
		Object form = kind.empty().get();
		return form(model, kind, null, form, new ServletRequestDataBinder(form, "form").getBindingResult());
	}

	@GetMapping("/curation/{path:mechanisms|documents|visits|state-reports|themes|affected-groups}/{id}")
	String edit(@PathVariable String path, @PathVariable long id, Model model) {
		Kind kind = kind(path);
		Object form = load(kind, id);
		return form(model, kind, id, form, new ServletRequestDataBinder(form, "form").getBindingResult());
	}

	private Object load(Kind kind, long id) {
		Class<?> type = kind.empty().get().getClass();
		return jdbc.sql(kind.loadSql()).param(id).query(type).optional()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String form(Model model, Kind kind, Long id, Object form, BindingResult result) {
		model.addAttribute("kind", kind);
		model.addAttribute("id", id);
		model.addAllAttributes(result.getModel());
		model.addAttribute("fields", kind.fields().apply(choices));
		model.addAttribute("historyKind", HISTORY_KINDS.get(kind.path()));
		model.addAttribute("archivedNow", id != null
				&& jdbc.sql("select archived from " + kind.table() + " where id = ?").param(id).query(Boolean.class).single());
		return "curation/record-form";
	}

	private BindingResult bind(Kind kind, Object form, HttpServletRequest request) {
		ServletRequestDataBinder binder = new ServletRequestDataBinder(form, "form");
		binder.setConversionService(conversion);
		binder.setValidator(validator);
		binder.bind(request);
		binder.validate();
		BindingResult result = binder.getBindingResult();
		kind.check().accept(form, result);
		return result;
	}

	@PostMapping("/curation/{path:mechanisms|documents|visits|state-reports|themes|affected-groups}")
	String insert(@PathVariable String path, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Kind kind = kind(path);
		Object form = kind.empty().get();
		BindingResult result = bind(kind, form, request);
		if (result.hasErrors()) {
			return form(model, kind, null, form, result);
		}
		try {
			// saved through JPA, so that their history starts with their creation
			long id = form instanceof DocumentForm document ? documents.create(document) : records.create(form);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/curation/" + path + "/" + id;
		}
		catch (DataIntegrityViolationException e) {
			result.reject(e instanceof DuplicateKeyException ? "curation.duplicateRecord" : "curation.constraint");
			return form(model, kind, null, form, result);
		}
	}

	@PostMapping("/curation/{path:mechanisms|documents|visits|state-reports|themes|affected-groups}/{id}")
	String update(@PathVariable String path, @PathVariable long id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Kind kind = kind(path);
		load(kind, id);
		Object form = kind.empty().get();
		BindingResult result = bind(kind, form, request);
		if (kind.table().equals("theme") && form instanceof ThemeForm theme && theme.getParentId() != null && createsCycle(id, theme.getParentId())) {
			result.rejectValue("parentId", "curation.theme.cycle");
		}
		if (result.hasErrors()) {
			return form(model, kind, id, form, result);
		}
		// saved through JPA, so that each change is kept in history
		try {
			if (form instanceof DocumentForm document) {
				documents.update(id, document);
			}
			else {
				records.update(kind.table(), id, form);
			}
		}
		catch (RecommendationCuration.StaleException e) {
			return Curation.conflict(result, model, () -> form(model, kind, id, form, result));
		}
		catch (DataIntegrityViolationException e) {
			result.reject(e instanceof DuplicateKeyException ? "curation.duplicateRecord" : "curation.constraint");
			return form(model, kind, id, form, result);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/curation/" + path + "/" + id;
	}

	/** A theme cannot sit under itself or under one of its own sub-themes. */
	private boolean createsCycle(long id, long parentId) {
		return jdbc.sql("""
				with recursive up(id, parent_id) as (select id, parent_id from theme where id = ?
				  union all select t.id, t.parent_id from theme t join up on t.id = up.parent_id)
				select count(*) from up where id = ?""").params(parentId, id).query(Long.class).single() > 0;
	}

	@PostMapping("/curation/{path:mechanisms|documents|visits|state-reports|themes|affected-groups}/{id}/archive")
	String archive(@PathVariable String path, @PathVariable long id, @RequestParam int version, @RequestParam boolean archived,
			RedirectAttributes redirect) {
		Kind kind = kind(path);
		load(kind, id);
		try {
			if (kind.table().equals("document")) {
				documents.setArchived(id, version, archived);
			}
			else {
				records.setArchived(kind.table(), id, version, archived);
			}
			redirect.addFlashAttribute(archived ? "archived" : "restored", true);
		}
		catch (RecommendationCuration.StaleException e) {
			redirect.addFlashAttribute("stale", true);
		}
		return "redirect:/curation/" + path + "/" + id;
	}

	/** Publish or unpublish a document without opening its form. */
	@PostMapping("/curation/documents/{id}/publish")
	String publish(@PathVariable long id, @RequestParam int version, @RequestParam boolean published, RedirectAttributes redirect) {
		load(kind("documents"), id);
		try {
			documents.setPublished(id, version, published);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RecommendationCuration.StaleException e) {
			redirect.addFlashAttribute("stale", true);
		}
		return "redirect:/curation/documents/" + id;
	}

}
