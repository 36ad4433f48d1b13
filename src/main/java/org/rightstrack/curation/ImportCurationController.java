package org.rightstrack.curation;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.rightstrack.importing.ImportFormat;
import org.rightstrack.importing.ImportJob;
import org.rightstrack.importing.ImportOptions;
import org.rightstrack.importing.ImportReport;
import org.rightstrack.importing.ImportService;
import org.rightstrack.importing.ImportUploads;
import org.rightstrack.importing.LineEnding;

import org.rightstrack.account.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing from the browser: upload a file in one of the import formats, read the dry-run report
 * (adding aliases for unmapped countries and themes re-runs it), confirm, and follow the real import
 * in the queue and while it runs; every import's report can be downloaded as CSV.
 */
@Controller
@RequestMapping("/curation/imports")
class ImportCurationController {

	/** The encodings a curator can choose instead of detection. */
	static final List<String> ENCODINGS = List.of("UTF-8", "windows-1252", "x-MacRoman", "ISO-8859-1");

	/** Unmapped values that a button can turn into an alias, by the report's kind. */
	private static final Map<String, String> ALIAS_KINDS = Map.of("country", "countries", "theme", "themes");

	private static final Set<String> ALIAS_TABLES = Set.of("countries", "themes");

	private final ImportService imports;

	private final ImportUploads uploads;

	private final Aliases aliases;

	private final Choices choices;

	private final MessageSource messages;

	private final DataSize maxFileSize;

	ImportCurationController(ImportService imports, ImportUploads uploads, Aliases aliases, Choices choices,
			MessageSource messages, @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
		this.imports = imports;
		this.uploads = uploads;
		this.aliases = aliases;
		this.choices = choices;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("formats", ImportFormat.values());
		model.addAttribute("encodings", ENCODINGS);
		model.addAttribute("lineEndings", LineEnding.values());
		model.addAttribute("jobs", imports.jobs(PageRequest.of(Math.max(0, page), 20)));
		model.addAttribute("maxFileBytes", maxFileSize.toBytes());
		model.addAttribute("maxFileMegabytes", maxFileSize.toMegabytes());
		return "curation/imports";
	}

	@PostMapping
	String upload(@RequestParam(required = false) String format,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false) String encoding, @RequestParam(required = false) String lineEnding,
			Authentication user, Locale locale, Model model, HttpServletResponse response) throws IOException {
		Optional<ImportFormat> chosen = format == null || format.isBlank() ? Optional.empty() : ImportFormat.fromOption(format);
		List<MultipartFile> given = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
		Map<String, String> errors = new LinkedHashMap<>();
		if (chosen.isEmpty()) {
			errors.put("format", "curation.imports.formatRequired");
		}
		if (given.isEmpty()) {
			errors.put("files", "curation.imports.fileRequired");
		}
		Charset charset = null;
		if (encoding != null && !encoding.isBlank()) {
			if (ENCODINGS.contains(encoding)) {
				charset = Charset.forName(encoding);
			}
			else {
				errors.put("encoding", "curation.imports.badEncoding");
			}
		}
		LineEnding ending = null;
		if (lineEnding != null && !lineEnding.isBlank()) {
			ending = LineEnding.fromOption(lineEnding).orElse(null);
			if (ending == null) {
				errors.put("lineEnding", "curation.imports.badLineEnding");
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", errors);
			model.addAttribute("chosenFormat", chosen.map(ImportFormat::option).orElse(null));
			model.addAttribute("chosenEncoding", encoding);
			model.addAttribute("chosenLineEnding", lineEnding);
			return list(0, model);
		}
		ImportFormat importFormat = chosen.orElseThrow();
		List<Path> stored = new ArrayList<>();
		for (MultipartFile file : given) {
			Path path = uploads.newFile(file.getOriginalFilename());
			// Moves the part that the container already streamed to disk; nothing is held in memory.
			file.transferTo(path.toFile());
			stored.add(path);
		}
		ImportOptions options = new ImportOptions(importFormat, true, importFormat.hasEncoding() ? charset : null,
				importFormat.hasLineEnding() ? ending : null, name(user), accountId(user));
		long id = imports.submit(options, stored, locale, null);
		imports.discardOldUploads();
		return "redirect:/curation/imports/" + id;
	}

	/** The import's page, or (for htmx polling) just its status and report. */
	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		ImportJob job = job(id);
		model.addAttribute("job", job);
		model.addAttribute("polled", htmx != null);
		if (job.finished() && job.dryRun()) {
			model.addAttribute("confirmation", imports.confirmation(id).orElse(null));
		}
		if (job.report() != null) {
			List<ImportReport.Unmapped> unmapped = job.report().unmapped();
			if (unmapped.stream().anyMatch(u -> "country".equals(u.kind()))) {
				model.addAttribute("countries", choices.countries());
			}
			if (unmapped.stream().anyMatch(u -> "theme".equals(u.kind()))) {
				model.addAttribute("themes", choices.themes());
			}
			model.addAttribute("aliasKinds", ALIAS_KINDS);
		}
		return htmx != null ? "curation/import-job :: job" : "curation/import-job";
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable long id, Authentication user, Locale locale, RedirectAttributes redirect) {
		ImportJob job = job(id);
		if (!job.dryRun() || !job.succeeded()) {
			redirect.addFlashAttribute("importError", "curation.imports.cannotConfirm");
			return "redirect:/curation/imports/" + id;
		}
		return again(id, false, user, locale, redirect);
	}

	/** The same files and options as a new dry run: after an alias was added, or after a failure. */
	@PostMapping("/{id}/rerun")
	String rerun(@PathVariable long id, Authentication user, Locale locale, RedirectAttributes redirect) {
		ImportJob job = job(id);
		if (!job.finished()) {
			return "redirect:/curation/imports/" + id;
		}
		return again(id, true, user, locale, redirect);
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		job(id);
		if (imports.cancel(id)) {
			redirect.addFlashAttribute("cancelling", true);
		}
		else {
			redirect.addFlashAttribute("importError", "curation.imports.alreadyFinished");
		}
		return "redirect:/curation/imports/" + id;
	}

	/** Adds an alias for an unmapped value and runs the dry run again, which now maps it. */
	@PostMapping("/{id}/aliases")
	String addAlias(@PathVariable long id, @RequestParam String kind, @RequestParam String alias,
			@RequestParam(required = false) Long target, Authentication user, Locale locale, RedirectAttributes redirect) {
		ImportJob job = job(id);
		if (!ALIAS_TABLES.contains(kind)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Optional<String> refused = aliases.add(Aliases.table(kind), alias, target);
		if (refused.isPresent() && !refused.get().equals("curation.aliases.duplicate")) {
			redirect.addFlashAttribute("aliasError", alias);
			redirect.addFlashAttribute("aliasErrorCode", refused.get());
			return "redirect:/curation/imports/" + id + "#unmapped";
		}
		redirect.addFlashAttribute("aliasAdded", alias);
		return job.finished() ? again(id, true, user, locale, redirect) : "redirect:/curation/imports/" + id;
	}

	@GetMapping("/{id}/report.csv")
	ResponseEntity<String> report(@PathVariable long id, Locale locale) {
		ImportJob job = job(id);
		if (!job.finished()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String csv = new ReportCsv(job, (code, args) -> messages.getMessage(code, args, code, locale)).toString();
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("import-" + id + "-report.csv").build().toString())
			.body(csv);
	}

	private String again(long id, boolean dryRun, Authentication user, Locale locale, RedirectAttributes redirect) {
		return imports.runAgain(id, dryRun, name(user), accountId(user), locale)
			.map(next -> "redirect:/curation/imports/" + next)
			.orElseGet(() -> {
				redirect.addFlashAttribute("importError", "curation.imports.filesGone");
				return "redirect:/curation/imports/" + id;
			});
	}

	private ImportJob job(long id) {
		return imports.job(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Who started an import: the account's e-mail (its login name). */
	private static String name(Authentication user) {
		return user == null ? "anonymous" : user.getName();
	}

	private static Long accountId(Authentication user) {
		return user != null && user.getPrincipal() instanceof CurrentUser account ? account.id() : null;
	}

	/**
	 * The report as one table a spreadsheet opens: the summary first (one row per figure), then every
	 * rejected row, duplicate, warning and unmapped value.
	 */
	static final class ReportCsv {

		private final StringBuilder out = new StringBuilder("\uFEFF");

		private final java.util.function.BiFunction<String, Object[], String> messages;

		ReportCsv(ImportJob job, java.util.function.BiFunction<String, Object[], String> messages) {
			this.messages = messages;
			row(m("curation.imports.csv.record"), m("curation.imports.csv.file"), m("curation.imports.csv.line"),
					m("curation.imports.csv.field"), m("curation.imports.csv.value"), m("curation.imports.csv.reason"));
			DateTimeFormatter time = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
			summary("curation.imports.format", m("curation.imports.format." + job.importFormat().name()));
			summary("curation.imports.kind", m(job.dryRun() ? "curation.imports.dryRun" : "curation.imports.realRun"));
			summary("curation.imports.status", m("curation.imports.status." + job.status()));
			summary("curation.imports.by", job.createdBy());
			summary("curation.imports.when", job.createdAt().format(time));
			summary("curation.imports.finishedAt", job.finishedAt() == null ? "" : job.finishedAt().format(time));
			ImportReport.Summary report = job.report();
			if (report == null) {
				return;
			}
			for (ImportReport.FileSummary file : report.files()) {
				row(m("curation.imports.csv.summary"), file.name(), "", m("curation.imports.fileDetails"),
						m("curation.imports.fileSummary", file.encoding(), file.lineEnding(), file.rows()), "");
			}
			summary("curation.imports.rowsRead", report.rowsRead());
			summary("curation.imports.created", report.created());
			summary("curation.imports.updated", report.updated());
			summary("curation.imports.unchanged", report.unchanged());
			summary("curation.imports.rejected", report.rejected());
			summary("curation.imports.duplicates", report.duplicateCount());
			summary("curation.imports.warnings", report.warningCount());
			summary("curation.imports.documentsCreated", report.documentsCreated());
			summary("curation.imports.duration", String.format(Locale.ROOT, "%.1f s", report.durationMillis() / 1000.0));
			summary("curation.imports.outcome", report.outcome());
			problems("curation.imports.csv.rejected", report.rejections(), report.rejected());
			problems("curation.imports.csv.duplicate", report.duplicates(), report.duplicateCount());
			problems("curation.imports.csv.warning", report.warnings(), report.warningCount());
			for (ImportReport.Unmapped u : report.unmapped()) {
				row(m("curation.imports.csv.unmapped"), "", "", m("import.kind." + u.kind()), u.value(),
						m("curation.imports.rows", u.count()));
			}
		}

		private String m(String code, Object... arguments) {
			return messages.apply(code, arguments);
		}

		private void summary(String code, Object value) {
			row(m("curation.imports.csv.summary"), "", "", m(code), value == null ? "" : String.valueOf(value), "");
		}

		private void problems(String kindCode, List<ImportReport.Problem> problems, int total) {
			for (ImportReport.Problem p : problems) {
				row(m(kindCode), p.file(), String.valueOf(p.line()), p.field(), p.value(), p.reason());
			}
			if (total > problems.size()) {
				row(m(kindCode), "", "", "", "", m("curation.imports.more", total - problems.size()));
			}
		}

		private void row(String... cells) {
			for (int i = 0; i < cells.length; i++) {
				if (i > 0) {
					out.append(',');
				}
				out.append(quote(cells[i]));
			}
			out.append("\r\n");
		}

		/** Quotes a cell, and defuses values a spreadsheet would run as a formula. */
		static String quote(String value) {
			if (value == null || value.isEmpty()) {
				return "";
			}
			String cell = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
			if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r") || !cell.equals(value)) {
				return '"' + cell.replace("\"", "\"\"") + '"';
			}
			return cell;
		}

		@Override
		public String toString() {
			return out.toString();
		}

	}

}
