package org.rightstrack.export;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightstrack.importing.ImportFormat;
import org.rightstrack.importing.ImportOptions;
import org.rightstrack.importing.ImportService;
import org.rightstrack.recommendation.RightstrackCsv;
import org.rightstrack.search.RecommendationSearch;
import org.rightstrack.search.SearchCriteria;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ExportTest
class RecommendationExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RecommendationSearch search;

	@Autowired
	ImportService imports;

	@TempDir
	Path directory;

	ExportFixtures f;

	@BeforeEach
	void fixture() {
		f = ExportFixtures.create(jdbc);
	}

	/** Sends the request and waits for the streamed body. */
	MvcResult download(String url) throws Exception {
		MvcResult started = mvc.perform(get(java.net.URI.create(url))).andExpect(request().asyncStarted()).andReturn();
		return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
	}

	List<CSVRecord> csv(String query) throws Exception {
		byte[] body = download("/recommendations/export.csv?" + query).getResponse().getContentAsByteArray();
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(text.substring(1)))
			.getRecords();
	}

	SearchCriteria criteria(String query) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		UriComponentsBuilder.fromUriString("/x?" + query).build().getQueryParams()
			.forEach((name, values) -> params.put(name, values.stream()
				.map(v -> java.net.URLDecoder.decode(v, StandardCharsets.UTF_8))
				.toList()));
		SearchCriteria.Parsed parsed = SearchCriteria.parse(params);
		assertThat(parsed.errors()).isEmpty();
		return parsed.criteria();
	}

	static Map<Long, CSVRecord> byId(List<CSVRecord> records) {
		Map<Long, CSVRecord> rows = new LinkedHashMap<>();
		for (CSVRecord record : records) {
			rows.put(Long.valueOf(record.get("id")), record);
		}
		return rows;
	}

	@ParameterizedTest
	@ValueSource(strings = { "q=quokkaexport", "q=quokkaexport&country=VNM", "q=quokkaexport&country=VNM&country=LAO",
			"q=quokkaexport&theme=trafficking", "q=quokkaexport&mechanism=UPR&response=SUPPORTED",
			"document=XEXP/CEDAW/VNM", "q=quokkaexport&from=2021&to=2023", "q=quokkaexport&actions=yes",
			"q=quokkaexport%20-torture&kind=UPR", "q=%22death%20penalty%22%20quokkaexport" })
	void theCsvHasOneRowPerRecommendationTheSearchFinds(String query) throws Exception {
		SearchCriteria criteria = criteria(query);
		Set<Long> expected = new HashSet<>();
		search.forEachMatchingId(criteria, expected::add);

		List<CSVRecord> rows = csv(query);

		assertThat((long) rows.size()).isEqualTo(search.count(criteria)).isEqualTo(expected.size()).isPositive();
		assertThat(byId(rows).keySet()).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void onlyPublishedRecommendationsAreExported() throws Exception {
		Map<Long, CSVRecord> rows = byId(csv("q=quokkaexport"));

		assertThat(rows.keySet()).containsExactlyInAnyOrder(f.e1, f.e2, f.e3, f.e4).doesNotContain(f.e5, f.e6);
		assertThat(rows.values()).allSatisfy(r -> assertThat(r.get("published")).isEqualTo("true"));
	}

	@Test
	void theCsvIsTheRightstrackFormatWithBomCrlfQuotingAndTheVocabulariesJoined() throws Exception {
		MvcResult result = download("/recommendations/export.csv?q=quokkaexport&country=VNM");
		byte[] body = result.getResponse().getContentAsByteArray();
		String text = new String(body, StandardCharsets.UTF_8);

		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"rightstrack-recommendations-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
		assertThat(text.substring(1, text.indexOf("\r\n"))).isEqualTo(String.join(",", RightstrackCsv.COLUMNS));
		// records end in CRLF; the only bare LF is the one inside the quoted text of e1
		long lineFeeds = text.chars().filter(c -> c == '\n').count();
		long crlf = text.split("\r\n", -1).length - 1;
		assertThat(crlf).isEqualTo(3);
		assertThat(lineFeeds - crlf).isEqualTo(1);
		assertThat(text).endsWith("\r\n");
		assertThat(text).contains("\"" + ExportFixtures.E1_TEXT.replace("\"", "\"\"") + "\"");

		Map<Long, CSVRecord> rows = byId(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(text.substring(1))).getRecords());
		assertThat(rows.keySet()).containsExactlyInAnyOrder(f.e1, f.e2);
		CSVRecord e1 = rows.get(f.e1);
		assertThat(e1.getParser().getHeaderNames()).isEqualTo(RightstrackCsv.COLUMNS);
		assertThat(e1.get("external_id")).isEqualTo("xexp-1");
		assertThat(e1.get("country")).isEqualTo("VNM");
		assertThat(e1.get("country_name")).isEqualTo(jdbc.sql("SELECT name FROM country WHERE alpha3 = 'VNM'").query(String.class).single());
		assertThat(e1.get("mechanism")).isEqualTo("CEDAW");
		assertThat(e1.get("mechanism_kind")).isEqualTo("TREATY_BODY");
		assertThat(e1.get("document_symbol")).isEqualTo("XEXP/CEDAW/VNM");
		assertThat(e1.get("document_title")).isEqualTo("Concluding observations on Viet Nam, ninth report");
		assertThat(e1.get("document_type")).isEqualTo("CONCLUDING_OBSERVATIONS");
		assertThat(e1.get("session")).isEqualTo("81");
		assertThat(e1.get("upr_cycle")).isEmpty();
		assertThat(e1.get("paragraph")).isEqualTo("12 (a)");
		assertThat(e1.get("text")).isEqualTo(ExportFixtures.E1_TEXT);
		assertThat(e1.get("published_on")).isEqualTo("2022-03-01");
		assertThat(e1.get("follow_up")).isEqualTo("true");
		assertThat(e1.get("follow_up_deadline")).isEqualTo("2024-03-01");
		assertThat(e1.get("themes")).isEqualTo("trafficking;womens-rights");
		assertThat(e1.get("theme_names")).isEqualTo(jdbc.sql(
				"SELECT string_agg(name, ';' ORDER BY code) FROM theme WHERE code IN ('trafficking', 'womens-rights')")
			.query(String.class).single());
		assertThat(e1.get("affected_groups")).isEqualTo("women");
		assertThat(e1.get("affected_group_names")).isNotBlank();
		assertThat(e1.get("sdg_targets")).isEqualTo("5.1;5.2");
		assertThat(e1.get("actions_count")).isEqualTo("1");
		assertThat(e1.get("url")).isEqualTo("http://localhost/recommendations/" + f.e1);
		// the unpublished action is not counted
		assertThat(rows.get(f.e2).get("actions_count")).isEqualTo("0");

		Map<Long, CSVRecord> upr = byId(csv("q=quokkaexport&country=LAO"));
		CSVRecord e3 = upr.get(f.e3);
		assertThat(e3.get("recommending_states")).isEqualTo("FRA;KEN");
		assertThat(e3.get("upr_response")).isEqualTo("SUPPORTED");
		assertThat(e3.get("upr_action_category")).isEqualTo("5");
		assertThat(e3.get("upr_cycle")).isEqualTo("3");
		assertThat(e3.get("mechanism_kind")).isEqualTo("UPR");
	}

	@Test
	void anExportedFileEditedAndImportedUpdatesItsRecordsInPlace() throws Exception {
		long d = ExportFixtures.document(jdbc, "CAT", "MMR", "XEXP/CAT/MMR/" + System.nanoTime(),
				"Concluding observations on Myanmar", "CONCLUDING_OBSERVATIONS", 70, null, "2019-12-01");
		String symbol = jdbc.sql("SELECT symbol FROM document WHERE id = ?").param(d).query(String.class).single();
		long a = ExportFixtures.recommendation(jdbc, null, d, "8", "Wombatexport: Investigate every complaint of torture, promptly.");
		long b = ExportFixtures.recommendation(jdbc, null, d, "9", "Wombatexport: Ensure access to a lawyer from the outset of detention.");
		ExportFixtures.link(jdbc, "recommendation_theme", "theme_id", "SELECT id FROM theme WHERE code = 'torture'", a);
		String query = "document=" + symbol;

		List<CSVRecord> exported = csv(query);
		assertThat(exported).hasSize(2);
		Path unchanged = write("unchanged.csv", exported, Map.of());

		var first = imports.run(ImportOptions.of(ImportFormat.RIGHTSTRACK, false), List.of(unchanged), Locale.ENGLISH);
		assertThat(first.succeeded()).as(first.report().toText()).isTrue();
		assertThat(first.report().getUnchanged()).isEqualTo(2);
		assertThat(first.report().getUpdated()).isZero();

		Path edited = write("edited.csv", exported, Map.of(
				b, Map.of("text", "Wombatexport: Ensure access to a lawyer, and to a doctor, from the outset of detention."),
				a, Map.of("themes", "torture;access-to-justice")));
		var second = imports.run(ImportOptions.of(ImportFormat.RIGHTSTRACK, false), List.of(edited), Locale.ENGLISH);

		assertThat(second.succeeded()).as(second.report().toText()).isTrue();
		assertThat(second.report().getUpdated()).isEqualTo(2);
		assertThat(second.report().getCreated()).isZero();
		assertThat(second.report().getDocumentsCreated()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM recommendation WHERE text LIKE 'Wombatexport:%'").query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT text FROM recommendation WHERE id = ?").param(b).query(String.class).single())
			.isEqualTo("Wombatexport: Ensure access to a lawyer, and to a doctor, from the outset of detention.");
		assertThat(jdbc.sql("SELECT string_agg(t.code, ';' ORDER BY t.code) FROM recommendation_theme x JOIN theme t ON t.id = x.theme_id WHERE x.recommendation_id = ?")
			.param(a).query(String.class).single()).isEqualTo("access-to-justice;torture");

		var again = imports.run(ImportOptions.of(ImportFormat.RIGHTSTRACK, false), List.of(edited), Locale.ENGLISH);
		assertThat(again.succeeded()).as(again.report().toText()).isTrue();
		assertThat(again.report().getUnchanged()).isEqualTo(2);
		assertThat(again.report().getUpdated()).isZero();
		assertThat(again.report().getCreated()).isZero();

		Map<Long, CSVRecord> reexported = byId(csv(query));
		assertThat(reexported.get(a).get("themes")).isEqualTo("access-to-justice;torture");
		assertThat(reexported.get(b).get("text")).contains("and to a doctor");
	}

	/** Writes the records back as a spreadsheet would save them (BOM, CRLF), with some cells changed. */
	Path write(String name, List<CSVRecord> records, Map<Long, Map<String, String>> changes) throws Exception {
		Path file = directory.resolve(name);
		try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
			printer.print("\uFEFF" + RightstrackCsv.COLUMNS.get(0));
			for (String column : RightstrackCsv.COLUMNS.subList(1, RightstrackCsv.COLUMNS.size())) {
				printer.print(column);
			}
			printer.println();
			for (CSVRecord record : records) {
				Map<String, String> change = changes.getOrDefault(Long.valueOf(record.get("id")), Map.of());
				List<String> cells = new ArrayList<>();
				for (String column : RightstrackCsv.COLUMNS) {
					cells.add(change.getOrDefault(column, record.get(column)));
				}
				printer.printRecord(cells);
			}
		}
		return file;
	}

	@Test
	void theWorkbookHasTheHeaderTheRowsAndRealDates() throws Exception {
		MvcResult result = download("/recommendations/export.xlsx?q=quokkaexport&country=VNM");

		assertThat(result.getResponse().getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"rightstrack-recommendations-" + LocalDate.now(ZoneOffset.UTC) + ".xlsx\"");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> header = new ArrayList<>();
			sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
			assertThat(header).isEqualTo(RightstrackCsv.COLUMNS);
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			Row e1 = null;
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				if ((long) sheet.getRow(i).getCell(0).getNumericCellValue() == f.e1) {
					e1 = sheet.getRow(i);
				}
			}
			assertThat(e1).isNotNull();
			Cell published = e1.getCell(RightstrackCsv.COLUMNS.indexOf("published_on"));
			assertThat(published.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(published)).isTrue();
			assertThat(published.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2022, 3, 1));
			Cell text = e1.getCell(RightstrackCsv.COLUMNS.indexOf("text"));
			assertThat(text.getStringCellValue()).isEqualTo(ExportFixtures.E1_TEXT);
			assertThat(text.getCellStyle().getWrapText()).isTrue();
			assertThat(e1.getCell(RightstrackCsv.COLUMNS.indexOf("themes")).getStringCellValue()).isEqualTo("trafficking;womens-rights");
			assertThat(e1.getCell(RightstrackCsv.COLUMNS.indexOf("session")).getNumericCellValue()).isEqualTo(81);
			assertThat(e1.getCell(RightstrackCsv.COLUMNS.indexOf("published")).getBooleanCellValue()).isTrue();
		}
	}

	@Test
	void twentyThousandRowsStreamOutCompletely() throws Exception {
		String symbol = "XEXP/BULK";
		if (jdbc.sql("SELECT count(*) FROM document WHERE symbol = ?").param(symbol).query(Long.class).single() == 0) {
			long d = ExportFixtures.document(jdbc, "UPR", "KHM", symbol, "Report of the Working Group: Cambodia", "UPR_WORKING_GROUP_REPORT", 32, 3, "2019-01-28");
			jdbc.sql("""
					INSERT INTO recommendation (document_id, country_id, mechanism_id, paragraph, text, published_on, upr_response)
					SELECT d.id, d.country_id, d.mechanism_id, '110.' || n,
					  'Numbatexport ' || n || ': Strengthen, in law and "practice", the protection of human rights defenders.',
					  d.published_on, CASE WHEN n % 3 = 0 THEN 'NOTED' ELSE 'SUPPORTED' END
					FROM document d, generate_series(1, 20000) n WHERE d.id = ?
					""").param(d).update();
			jdbc.sql("""
					INSERT INTO recommendation_theme (recommendation_id, theme_id)
					SELECT r.id, t.id FROM recommendation r, theme t WHERE r.document_id = ? AND t.code = 'torture'
					""").param(d).update();
		}

		List<CSVRecord> all = csv("document=" + symbol);
		assertThat(all).hasSize(20_000);
		assertThat(all).allSatisfy(r -> assertThat(r.get("themes")).isEqualTo("torture"));
		assertThat(csv("document=" + symbol + "&response=NOTED")).hasSize(6_666);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/recommendations/export.csv", "/recommendations/export.xlsx", "/recommendations/feed.atom" })
	void badParametersAreA400WithTheReasons(String path) throws Exception {
		mvc.perform(get(path + "?country=12&from=yesterday").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("\"12\" is not a valid value for country.")))
			.andExpect(jsonPath("$.errors[*].parameter").value(org.hamcrest.Matchers.containsInAnyOrder("country", "from")));
		mvc.perform(get(path + "?country=ZZZ"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("search.notice.unknown"));
		mvc.perform(get(path + "?sdg=-1&actions=maybe").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Nothing was exported")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("maybe")));
	}

	@Test
	void pagingAndOrderParametersOfTheSearchPageAreIgnored() throws Exception {
		assertThat(csv("q=quokkaexport&page=3&size=20&sort=oldest")).hasSize(4);
	}


	@Test
	void theSearchPageLinksToTheExportsAndTheFeedOfItsFilters() throws Exception {
		String page = mvc.perform(get("/recommendations?q=quokkaexport&country=VNM&page=0&sort=oldest"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("href=\"/recommendations/export.csv?q=quokkaexport&amp;country=VNM\"")
			.contains("href=\"/recommendations/export.xlsx?q=quokkaexport&amp;country=VNM\"")
			.contains("href=\"/recommendations/feed.atom?q=quokkaexport&amp;country=VNM\"");
		assertThat(csv("q=quokkaexport&country=VNM")).hasSize(2);
	}


	@Test
	void exportsBeyondTheConcurrentLimitAreTurnedAwayAndThePermitsComeBack(@Autowired ExportController controller) throws Exception {
		int available = controller.running.availablePermits();
		assertThat(available).isEqualTo(3);
		controller.running.acquire(available);
		try {
			mvc.perform(get("/recommendations/export.csv?q=quokkaexport")).andExpect(status().isServiceUnavailable());
		}
		finally {
			controller.running.release(available);
		}
		assertThat(csv("q=quokkaexport")).hasSize(4);
		assertThat(controller.running.availablePermits()).isEqualTo(3);
	}


	@Test
	void aLimitKeepsTheFirstRowsByIdAndABadLimitIsA400() throws Exception {
		assertThat(byId(csv("q=quokkaexport&limit=2")).keySet()).containsExactly(f.e1, f.e2);
		assertThat(csv("q=quokkaexport&limit=1000000")).hasSize(4);
		for (String bad : List.of("0", "-1", "1000001", "ten", "99999999999")) {
			mvc.perform(get("/recommendations/export.csv?q=quokkaexport&limit=" + bad))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].parameter").value("limit"));
		}
	}

}
