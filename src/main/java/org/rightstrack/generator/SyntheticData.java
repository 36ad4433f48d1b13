package org.rightstrack.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rightstrack.mechanism.MechanismKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds realistic synthetic data for benchmarks: outcome documents of the UPR, the treaty bodies,
 * the special procedures and the ASEAN bodies for every UN member state, their recommendations
 * with texts, themes, affected groups, SDG targets, recommending states and responses, follow-up
 * actions and assessments, with each recommendation's status summary consistent with its latest
 * assessments ({@link org.rightstrack.system.ImplementationStatusSql}).
 * <p>
 * Everything is written with COPY in one transaction: all or nothing. The same seed gives the same
 * data. Generated recommendations have an {@code external_id} starting with {@code gen:}, generated
 * documents a symbol ending in {@code /G<id>} and a title ending in "(synthetic data)".
 */
@Component
class SyntheticData {

	static final String EXTERNAL_ID_PREFIX = "gen:";

	static final String TITLE_SUFFIX = " (synthetic data)";

	private static final Logger log = LoggerFactory.getLogger(SyntheticData.class);

	private static final LocalDate FIRST_DAY = LocalDate.of(2008, 4, 7);

	private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);

	private static final int CHUNK = 20_000;

	/** The tables whose secondary indexes are rebuilt after a large load rather than maintained row by row. */
	private static final List<String> BULK_TABLES = List.of("recommendation", "recommendation_theme", "recommendation_affected_group",
			"recommendation_sdg_target", "recommendation_recommending_state", "assessment", "follow_up_action_recommendation");

	private static final Map<String, Integer> TREATY_BODY_WEIGHTS = Map.of("CRC", 20, "CEDAW", 20, "CCPR", 14, "CESCR", 12, "CAT", 12,
			"CERD", 12, "CRPD", 8, "CMW", 3, "CED", 2, "SPT", 1);

	/** First session of each treaty body that falls in 2008, so that generated session numbers look real. */
	private static final Map<String, Integer> FIRST_SESSION = Map.of("CRC", 47, "CEDAW", 40, "CCPR", 92, "CESCR", 40, "CAT", 40,
			"CERD", 72, "CRPD", 1, "CMW", 8, "CED", 1, "SPT", 4);

	/** States that receive and make more recommendations than most (UPR Info sessions 1-20), and ASEAN. */
	private static final Set<String> BUSY = Set.of("CUB", "IRN", "EGY", "PRK", "VNM", "ISR", "CHN", "ETH", "IRQ", "MYS", "RUS", "SAU",
			"PAK", "MMR", "IDN", "PHL", "THA", "KHM", "LAO", "SGP", "BRN", "TLS", "USA", "GBR", "IND", "BRA", "MEX", "TUR", "SYR", "BLR");

	private static final Set<String> ACTIVE_RECOMMENDERS = Set.of("FRA", "ESP", "NOR", "CAN", "MEX", "BRA", "URY", "CHE", "DEU", "SWE",
			"BEL", "PRT", "ITA", "NLD", "AUS", "ARG", "SVN", "CZE", "AUT", "IRL", "CHL", "POL", "GBR", "USA", "TUR", "ALG", "CUB", "VNM",
			"CHN", "IND", "EGY", "PAK", "THA", "IDN", "PHL", "MYS", "SGP", "RUS", "IRN", "VEN");

	private static final String[] ORDINALS = { "initial", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
			"tenth" };

	private static final String[] STATUSES = { "NOT_STARTED", "STARTED", "PARTIALLY_IMPLEMENTED", "LARGELY_IMPLEMENTED",
			"FULLY_IMPLEMENTED" };

	private static final String[] MINISTRIES = { "Ministry of Justice", "Ministry of Foreign Affairs", "Ministry of Women's Affairs",
			"Ministry of Social Welfare", "Ministry of Education", "Ministry of Health", "Ministry of Labour", "Ministry of the Interior",
			"National Police", "Office of the Attorney General", "National Committee on Human Rights", "Ministry of Home Affairs" };

	private static final String[] ACTION_TITLES = { "National human rights action plan %d-%d", "Draft law submitted to Parliament (%d, revised %d)",
			"Training programme for police and prison officers %d-%d", "National strategy and budget line %d-%d",
			"Inter-ministerial working group on follow-up (%d-%d)", "Awareness-raising campaign %d-%d",
			"Ratification bill and consultations (%d-%d)", "Review of legislation for compliance with treaty obligations (%d-%d)",
			"Data collection and monitoring system %d-%d", "Shelters and support services programme %d-%d",
			"Complaints mechanism set up (%d-%d)", "Capacity-building for the judiciary %d-%d" };

	private static final String[] CSOS = { "Coalition of NGOs for UPR Follow-up", "Women's Rights Network", "Child Rights Coalition",
			"Legal Aid Centre", "Disability Rights Forum", "Migrant Workers' Support Group", "Human Rights Defenders Network",
			"Indigenous Peoples' Alliance" };

	private static final String[] JUSTIFICATIONS = { "Legislation adopted; implementing regulations pending.",
			"Draft bill under consultation with ministries and civil society.", "Programme running in some provinces only.",
			"No measures reported since the review.", "Budget allocated, implementation started.",
			"Completed; evaluation report published.", "Partly done: training delivered, no monitoring yet." };

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final RecommendationTexts texts = new RecommendationTexts();

	SyntheticData(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Adds {@code recommendations} generated recommendations (and everything around them) in one transaction. */
	GenerationResult generate(GenerationOptions options) {
		return transactions.execute(status -> {
			try {
				return run(options);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Generating synthetic data failed: " + ex.getMessage(), ex);
			}
		});
	}

	private GenerationResult run(GenerationOptions options) throws SQLException {
		Map<String, Long> timings = new LinkedHashMap<>();
		long start = System.nanoTime();
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (Statement statement = connection.createStatement()) {
			// Larger sort memory makes index builds and the final ANALYZE quicker; local to this transaction.
			statement.execute("SET LOCAL maintenance_work_mem = '256MB'");
			statement.execute("SET LOCAL synchronous_commit = off");
			statement.execute("LOCK TABLE recommendation, document, follow_up_action IN SHARE ROW EXCLUSIVE MODE");
		}
		World world = World.load(jdbc);
		SplittableRandom random = new SplittableRandom(options.seed());
		List<PlannedDocument> documents = plan(world, random, options.recommendations());
		long existing = jdbc.sql("SELECT count(*) FROM recommendation").query(Long.class).single();
		boolean rebuild = switch (options.indexes()) {
			case REBUILD -> true;
			case KEEP -> false;
			case AUTO -> options.recommendations() >= 50_000 && options.recommendations() >= existing;
		};
		long documentBase = reserve("document", documents.size());
		long recommendationBase = reserve("recommendation", options.recommendations());
		timings.put("plan", millisSince(start));

		List<String> indexes = List.of();
		long t = System.nanoTime();
		if (rebuild) {
			indexes = dropIndexes();
			timings.put("drop indexes and foreign keys", millisSince(t));
		}
		List<String> triggers = world.linkColumns ? linkTriggers() : List.of();
		for (String trigger : triggers) {
			jdbc.sql("ALTER TABLE " + trigger.replace(" ", " DISABLE TRIGGER ")).update();
		}
		t = System.nanoTime();
		CopyRows documentRows = new CopyRows("""
				COPY document (id, mechanism_id, country_id, symbol, title, type, session, session_label, upr_cycle, published_on)
				FROM STDIN""");
		for (int i = 0; i < documents.size(); i++) {
			PlannedDocument d = documents.get(i);
			long id = documentBase + i;
			documentRows.value(id).value(d.mechanism().id()).value(d.country().id()).value(d.symbol() + "/G" + id)
				.value(d.title() + TITLE_SUFFIX).value(d.type()).value(d.session()).value(d.sessionLabel()).value(d.uprCycle())
				.value(d.publishedOn());
			documentRows.endRow();
		}
		documentRows.send(connection);

		Counts counts = new Counts();
		counts.documents = documents.size();
		Writer writer = new Writer(world, random, recommendationBase, counts);
		int from = 0;
		long recommendationId = recommendationBase;
		while (from < documents.size()) {
			int to = from;
			int rows = 0;
			while (to < documents.size() && (rows == 0 || rows + documents.get(to).size() <= CHUNK)) {
				rows += documents.get(to).size();
				to++;
			}
			for (int i = from; i < to; i++) {
				recommendationId = writer.document(documents.get(i), documentBase + i, recommendationId);
			}
			writer.send(connection);
			from = to;
			log.debug("Generated {} of {} recommendations", recommendationId - recommendationBase, options.recommendations());
		}
		timings.put("copy", millisSince(t));
		for (String trigger : triggers) {
			jdbc.sql("ALTER TABLE " + trigger.replace(" ", " ENABLE TRIGGER ")).update();
		}
		if (rebuild) {
			t = System.nanoTime();
			for (String definition : indexes) {
				jdbc.sql(definition).update();
			}
			timings.put("restore indexes and foreign keys", millisSince(t));
		}
		t = System.nanoTime();
		for (String table : BULK_TABLES) {
			jdbc.sql("ANALYZE " + table).update();
		}
		jdbc.sql("ANALYZE document").update();
		jdbc.sql("ANALYZE follow_up_action").update();
		timings.put("analyze", millisSince(t));
		timings.put("total", millisSince(start));
		return new GenerationResult(options.seed(), recommendationBase, recommendationId - 1, counts.documents,
				(int) (recommendationId - recommendationBase), counts.themes, counts.groups, counts.sdgs, counts.states, counts.actions,
				counts.actionLinks, counts.evidence, counts.assessments, rebuild, timings);
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

	/**
	 * Takes {@code count} consecutive identity values: the caller holds a lock on the table, so no
	 * insert can take a value in between.
	 */
	private long reserve(String table, int count) {
		long next = jdbc.sql("SELECT greatest(nextval(pg_get_serial_sequence(:t, 'id')), (SELECT coalesce(max(id), 0) + 1 FROM "
				+ table + "))").param("t", table).query(Long.class).single();
		if (count > 0) {
			jdbc.sql("SELECT setval(pg_get_serial_sequence(:t, 'id'), :last)").param("t", table).param("last", next + count - 1)
				.query(Long.class).single();
		}
		return next;
	}

	/**
	 * Drops the foreign keys of the bulk tables and their secondary indexes (not those of primary keys
	 * or unique constraints) and returns the statements that restore them: indexes first, then the
	 * foreign keys, which PostgreSQL then checks with one join per key instead of one lookup per row.
	 */
	private List<String> dropIndexes() {
		List<String[]> foreignKeys = jdbc.sql("""
				SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
				WHERE contype = 'f' AND conrelid = ANY (CAST(:tables AS regclass[])) ORDER BY 1, 2
				""").param("tables", "{" + String.join(",", BULK_TABLES) + "}")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list();
		List<String> restore = new ArrayList<>();
		for (String[] key : foreignKeys) {
			jdbc.sql("ALTER TABLE " + key[0] + " DROP CONSTRAINT " + quote(key[1])).update();
		}
		restore.addAll(dropSecondaryIndexes());
		for (String[] key : foreignKeys) {
			restore.add("ALTER TABLE " + key[0] + " ADD CONSTRAINT " + quote(key[1]) + " " + key[2]);
		}
		return restore;
	}

	/**
	 * The search triggers that copy a link table's rows onto recommendation, as "table trigger": the
	 * generator writes those copies itself, so a refresh per statement would only rewrite every row again.
	 */
	private List<String> linkTriggers() {
		return jdbc.sql("""
				SELECT t.tgrelid::regclass::text || ' ' || quote_ident(t.tgname) FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
				WHERE NOT t.tgisinternal AND p.proname = 'recommendation_links_changed' ORDER BY 1
				""").query(String.class).list();
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	private List<String> dropSecondaryIndexes() {
		List<String[]> indexes = jdbc.sql("""
				SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i
				WHERE i.indrelid = ANY (CAST(:tables AS regclass[]))
				  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
				ORDER BY 1
				""").param("tables", "{" + String.join(",", BULK_TABLES) + "}")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		List<String> definitions = new ArrayList<>();
		for (String[] index : indexes) {
			jdbc.sql("DROP INDEX " + index[0]).update();
			definitions.add(index[1]);
		}
		return definitions;
	}

	// ---- planning documents

	static List<PlannedDocument> plan(World world, SplittableRandom random, int recommendations) {
		List<PlannedDocument> documents = new ArrayList<>();
		Map<String, Integer> reviews = new HashMap<>();
		int planned = 0;
		while (planned < recommendations) {
			int kindPick = random.nextInt(100);
			Country country = world.countries.pick(random);
			LocalDate date = FIRST_DAY.plusDays(random.nextLong(ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1));
			double years = ChronoUnit.DAYS.between(FIRST_DAY, date) / 365.25;
			PlannedDocument document;
			// Shares of documents chosen so that, with their sizes, about two thirds of the recommendations
			// are UPR ones, a quarter treaty-body ones and the rest special procedures and ASEAN bodies.
			if (kindPick < 33) {
				int session = 1 + (int) (ChronoUnit.DAYS.between(FIRST_DAY, date) / 121.75);
				int cycle = session <= 12 ? 1 : session <= 26 ? 2 : session <= 40 ? 3 : session <= 54 ? 4 : 5;
				int size = size(random, cycle == 1 ? 110 : cycle == 2 ? 170 : 220, 0.4);
				document = new PlannedDocument(world.upr, country, "A/HRC/WG.6/" + session + "/" + country.alpha3(),
						"Report of the Working Group on the Universal Periodic Review: " + country.name(), "UPR_WORKING_GROUP_REPORT",
						session, "UPR session " + session, cycle, date, size);
			}
			else if (kindPick < 84 || (kindPick < 97 && world.specialProcedures.isEmpty())) {
				Mechanism body = world.treatyBodies.pick(random);
				int report = reviews.merge(body.code() + country.alpha3(), 1, Integer::sum) + (int) (years / 5);
				int session = FIRST_SESSION.getOrDefault(body.code(), 1) + (int) (years * 2.5);
				String ordinal = ORDINALS[Math.min(ORDINALS.length - 1, report - 1)];
				document = new PlannedDocument(body, country, body.code() + "/C/" + country.alpha3() + "/CO/" + report,
						"Concluding observations on the " + ordinal + " periodic report of " + country.name(), "CONCLUDING_OBSERVATIONS",
						session, body.code() + " session " + session, null, date, size(random, 45, 0.5));
			}
			else if (kindPick < 97 || world.regional.isEmpty() || !country.asean()) {
				Mechanism procedure = world.specialProcedures.pick(random);
				Country visited = procedure.mandateCountry() != null ? world.countryById.get(procedure.mandateCountry()) : country;
				if (visited == null) {
					visited = country;
				}
				int session = 7 + (int) (years * 3);
				document = new PlannedDocument(procedure, visited, "A/HRC/" + session + "/" + procedure.code() + "/Add.1",
						"Report on the visit to " + visited.name() + ": " + procedure.name(), "VISIT_REPORT", session,
						"Human Rights Council session " + session, null, date, size(random, 28, 0.5));
			}
			else {
				Mechanism body = world.regional.get(random.nextInt(world.regional.size()));
				document = new PlannedDocument(body, country, body.code() + "/" + date.getYear() + "/" + country.alpha3(),
						body.name() + ": report on " + country.name() + ", " + date.getYear(), "REGIONAL_REPORT", null, null, null, date,
						size(random, 15, 0.4));
			}
			if (planned + document.size() > recommendations) {
				document = document.withSize(recommendations - planned);
			}
			documents.add(document);
			planned += document.size();
		}
		return documents;
	}

	private static int size(SplittableRandom random, double median, double sigma) {
		double u = 1.0 - random.nextDouble();
		double v = random.nextDouble();
		double gaussian = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
		return Math.max(3, (int) Math.round(median * Math.exp(sigma * gaussian)));
	}

	// ---- writing rows

	private static final class Counts {

		int documents;

		int themes;

		int groups;

		int sdgs;

		int states;

		int actions;

		int actionLinks;

		int evidence;

		int assessments;

	}

	private record PlannedAction(String countryName, long[] recommendations, LocalDate after, String topic, boolean published) {
	}

	/** Writes the rows of a chunk of documents into one buffer per table, then sends them in foreign-key order. */
	private final class Writer {

		private final World world;

		private final SplittableRandom random;

		private final Counts counts;

		private final CopyRows recommendations;

		private final CopyRows themes = new CopyRows("COPY recommendation_theme (recommendation_id, theme_id) FROM STDIN");

		private final CopyRows groups = new CopyRows("COPY recommendation_affected_group (recommendation_id, affected_group_id) FROM STDIN");

		private final CopyRows sdgs = new CopyRows("COPY recommendation_sdg_target (recommendation_id, sdg_target_id) FROM STDIN");

		private final CopyRows states = new CopyRows("COPY recommendation_recommending_state (recommendation_id, country_id) FROM STDIN");

		private final CopyRows assessments = new CopyRows("""
				COPY assessment (recommendation_id, assessor_type, organisation, status, assessed_on, justification, moderation_status)
				FROM STDIN""");

		private final List<PlannedAction> actions = new ArrayList<>();

		Writer(World world, SplittableRandom random, long firstId, Counts counts) {
			this.world = world;
			this.random = random;
			this.counts = counts;
			this.recommendations = new CopyRows("""
					COPY recommendation (id, document_id, country_id, mechanism_id, paragraph, text, published_on, upr_response,
					  upr_action_category, follow_up, follow_up_deadline, implementation_status, civil_society_status, external_id"""
					+ (world.linkColumns ? ", theme_ids, affected_group_ids, sdg_goals, recommending_state_ids, has_actions" : "")
					+ ") FROM STDIN");
		}

		private record Row(RecommendationTexts.Composed text, String paragraph, String response, Integer category, boolean followUp,
				Status status, long[] themes, long[] groups, long[] sdgs, long[] states) {
		}

		long document(PlannedDocument d, long documentId, long firstId) {
			MechanismKind kind = d.mechanism().kind();
			long[] ids = new long[d.size()];
			String[] topics = new String[d.size()];
			Row[] rows = new Row[d.size()];
			boolean recent = ChronoUnit.DAYS.between(d.publishedOn(), LAST_DAY) < 150;
			for (int i = 0; i < d.size(); i++) {
				long id = firstId + i;
				RecommendationTexts.Composed text = texts.compose(random, kind, d.mechanism().code());
				ids[i] = id;
				topics[i] = text.topic();
				String paragraph = kind == MechanismKind.UPR ? (110 + random.nextInt(20)) + "." + (i + 1) : String.valueOf(8 + i);
				String response = null;
				Integer category = null;
				if (kind == MechanismKind.UPR) {
					category = text.actionCategory();
					int notedPercent = category == 5 ? 35 : category == 3 ? 30 : category == 2 ? 8 : 22;
					response = recent && random.nextInt(100) < 60 ? "PENDING" : random.nextInt(100) < notedPercent ? "NOTED" : "SUPPORTED";
				}
				boolean followUp = kind == MechanismKind.TREATY_BODY && random.nextInt(100) < 6;
				Status status = assess(id, d, random);
				long[] states = kind == MechanismKind.UPR ? recommendingStates(d) : new long[0];
				rows[i] = new Row(text, paragraph, response, category, followUp, status, resolve(text.themes(), world.themes),
						resolve(text.groups(), world.groups), resolve(text.sdgs(), world.sdgs), states);
			}
			Set<Long> withActions = planActions(d, ids, topics);
			for (int i = 0; i < rows.length; i++) {
				Row row = rows[i];
				long id = ids[i];
				recommendations.value(id).value(documentId).value(d.country().id()).value(d.mechanism().id()).value(row.paragraph())
					.value(row.text().text()).value(d.publishedOn()).value(row.response()).value(row.category())
					.value(row.followUp() ? "t" : "f").value(row.followUp() ? d.publishedOn().plusYears(1) : null)
					.value(row.status().government()).value(row.status().civilSociety()).value(EXTERNAL_ID_PREFIX + id);
				if (world.linkColumns) {
					recommendations.value(array(row.themes())).value(array(row.groups())).value(array(goals(row.sdgs())))
						.value(array(row.states())).value(withActions.contains(id) ? "t" : "f");
				}
				recommendations.endRow();
				counts.themes += link(themes, id, row.themes());
				counts.groups += link(groups, id, row.groups());
				counts.sdgs += link(sdgs, id, row.sdgs());
				counts.states += link(states, id, row.states());
			}
			return firstId + d.size();
		}

		private long[] recommendingStates(PlannedDocument d) {
			int howMany = random.nextInt(100) < 94 ? 1 : 2 + random.nextInt(2);
			long[] chosen = new long[howMany];
			int found = 0;
			for (int k = 0; k < howMany; k++) {
				long state;
				int attempts = 0;
				do {
					state = world.recommenders.pick(random).id();
				}
				while ((state == d.country().id() || contains(chosen, found, state)) && attempts++ < 20);
				if (state != d.country().id() && !contains(chosen, found, state)) {
					chosen[found++] = state;
				}
			}
			return java.util.Arrays.copyOf(chosen, found);
		}

		private static long[] resolve(List<String> codes, Map<String, Long> ids) {
			return codes.stream().map(ids::get).filter(java.util.Objects::nonNull).mapToLong(Long::longValue).distinct().toArray();
		}

		private long[] goals(long[] sdgTargets) {
			return java.util.Arrays.stream(sdgTargets).map(world.sdgGoals::get).distinct().toArray();
		}

		/** PostgreSQL array literal, sorted as the search triggers store it. */
		private static String array(long[] values) {
			long[] sorted = values.clone();
			java.util.Arrays.sort(sorted);
			StringBuilder text = new StringBuilder(2 + sorted.length * 4).append('{');
			for (int i = 0; i < sorted.length; i++) {
				if (i > 0) {
					text.append(',');
				}
				text.append(sorted[i]);
			}
			return text.append('}').toString();
		}

		private static int link(CopyRows rows, long id, long[] targets) {
			for (long target : targets) {
				rows.value(id).value(target).endRow();
			}
			return targets.length;
		}

		private static boolean contains(long[] values, int length, long value) {
			for (int i = 0; i < length; i++) {
				if (values[i] == value) {
					return true;
				}
			}
			return false;
		}

		private record Status(String government, String civilSociety) {
		}

		/**
		 * Writes zero or more assessments for a recommendation, in date order, and returns the status
		 * summary that {@link org.rightstrack.system.ImplementationStatusSql} derives from them: the
		 * latest approved government assessment and the latest approved NHRI or CSO one.
		 */
		private Status assess(long recommendationId, PlannedDocument d, SplittableRandom random) {
			LocalDate earliest = d.publishedOn().plusDays(90);
			if (earliest.isAfter(LAST_DAY)) {
				return new Status(null, null);
			}
			String government = null;
			String civilSociety = null;
			LocalDate civilSocietyDate = null;
			int governmentLevel = random.nextInt(3);
			for (String type : new String[] { "GOVERNMENT", "NHRI", "CSO", "OHCHR" }) {
				int percent = switch (type) {
					case "GOVERNMENT" -> 18;
					case "NHRI" -> 7;
					case "CSO" -> 10;
					default -> 2;
				};
				if (random.nextInt(100) >= percent) {
					continue;
				}
				int howMany = 1 + random.nextInt(3);
				long span = ChronoUnit.DAYS.between(earliest, LAST_DAY) + 1;
				LocalDate date = earliest.plusDays(random.nextLong(Math.max(1, span / 2)));
				// Civil society tends to see less progress than the government reports.
				int level = type.equals("GOVERNMENT") ? governmentLevel : Math.max(0, governmentLevel - random.nextInt(2));
				String organisation = switch (type) {
					case "GOVERNMENT" -> MINISTRIES[random.nextInt(MINISTRIES.length)] + ", " + d.country().name();
					case "NHRI" -> "National Human Rights Commission of " + d.country().name();
					case "CSO" -> CSOS[random.nextInt(CSOS.length)] + " (" + d.country().name() + ")";
					default -> "OHCHR";
				};
				for (int k = 0; k < howMany && !date.isAfter(LAST_DAY); k++) {
					String moderation = (type.equals("NHRI") || type.equals("CSO")) && random.nextInt(100) < 7
							? (random.nextInt(4) == 0 ? "REJECTED" : "PENDING") : "APPROVED";
					String status = STATUSES[level];
					assessments.value(recommendationId).value(type).value(organisation).value(status).value(date)
						.value(JUSTIFICATIONS[random.nextInt(JUSTIFICATIONS.length)]).value(moderation);
					assessments.endRow();
					counts.assessments++;
					if (moderation.equals("APPROVED")) {
						if (type.equals("GOVERNMENT")) {
							government = status;
						}
						else if (!type.equals("OHCHR") && (civilSocietyDate == null || !date.isBefore(civilSocietyDate))) {
							// Rows are written (and numbered) in this order, so a later row wins a tie on the date.
							civilSociety = status;
							civilSocietyDate = date;
						}
					}
					date = date.plusDays(120 + random.nextLong(500));
					level = Math.min(STATUSES.length - 1, level + random.nextInt(2));
				}
			}
			return new Status(government, civilSociety);
		}

		/** Plans the follow-up actions answering some of a document's recommendations; returns those a published action addresses. */
		private Set<Long> planActions(PlannedDocument d, long[] ids, String[] topics) {
			if (d.mechanism().kind() == MechanismKind.REGIONAL || ids.length < 2 || random.nextInt(100) >= 45) {
				return Set.of();
			}
			Set<Long> withPublishedActions = new java.util.HashSet<>();
			int howMany = 1 + random.nextInt(4);
			for (int a = 0; a < howMany; a++) {
				int linked = Math.min(ids.length, 1 + random.nextInt(10));
				long[] chosen = new long[linked];
				int first = random.nextInt(ids.length);
				for (int k = 0; k < linked; k++) {
					chosen[k] = ids[(first + k) % ids.length];
				}
				boolean published = random.nextInt(100) < 85;
				actions.add(new PlannedAction(d.country().name() + "|" + d.country().id(), chosen, d.publishedOn(), topics[first], published));
				if (published) {
					for (long id : chosen) {
						withPublishedActions.add(id);
					}
				}
			}
			return withPublishedActions;
		}

		void send(Connection connection) throws SQLException {
			recommendations.send(connection);
			themes.send(connection);
			groups.send(connection);
			sdgs.send(connection);
			states.send(connection);
			assessments.send(connection);
			if (!actions.isEmpty()) {
				long base = reserve("follow_up_action", actions.size());
				CopyRows actionRows = new CopyRows("""
						COPY follow_up_action (id, country_id, title, description, responsible_institution, start_date, end_date, status,
						  published) FROM STDIN""");
				CopyRows links = new CopyRows("COPY follow_up_action_recommendation (follow_up_action_id, recommendation_id) FROM STDIN");
				CopyRows evidence = new CopyRows("COPY evidence (follow_up_action_id, kind, title, url) FROM STDIN");
				for (int i = 0; i < actions.size(); i++) {
					PlannedAction action = actions.get(i);
					long id = base + i;
					String[] country = action.countryName().split("\\|");
					LocalDate start = action.after().plusDays(30 + random.nextLong(700));
					LocalDate end = start.plusDays(90 + random.nextLong(1400));
					String status = start.isAfter(LAST_DAY) ? "PLANNED"
							: end.isAfter(LAST_DAY) ? "IN_PROGRESS"
							: random.nextInt(100) < 70 ? "COMPLETED" : random.nextInt(100) < 80 ? "IN_PROGRESS" : "CANCELLED";
					String title = ACTION_TITLES[random.nextInt(ACTION_TITLES.length)].formatted(start.getYear(), end.getYear());
					actionRows.value(id).value(Long.parseLong(country[1])).value(title)
						.value("Measure taken by the Government of " + country[0] + " in response to recommendations on "
								+ action.topic().replace('-', ' ') + "." + TITLE_SUFFIX)
						.value(MINISTRIES[random.nextInt(MINISTRIES.length)]).value(start).value(end).value(status)
						.value(action.published() ? "t" : "f");
					actionRows.endRow();
					for (long recommendation : action.recommendations()) {
						links.value(id).value(recommendation).endRow();
						counts.actionLinks++;
					}
					if (random.nextInt(100) < 30) {
						evidence.value(id).value("LINK").value("Official announcement").value("https://example.org/evidence/" + id);
						evidence.endRow();
						counts.evidence++;
					}
				}
				actionRows.send(connection);
				links.send(connection);
				evidence.send(connection);
				counts.actions += actions.size();
				actions.clear();
			}
		}

	}

	/** The reference data the generator draws from, read once per run, ordered by code so that a seed gives the same data. */
	static final class World {

		final Weighted<Country> countries = new Weighted<>();

		final Weighted<Country> recommenders = new Weighted<>();

		final Map<Long, Country> countryById = new HashMap<>();

		final Weighted<Mechanism> treatyBodies = new Weighted<>();

		final Weighted<Mechanism> specialProcedures = new Weighted<>();

		final List<Mechanism> regional = new ArrayList<>();

		Mechanism upr;

		final Map<String, Long> themes = new HashMap<>();

		final Map<String, Long> groups = new HashMap<>();

		final Map<String, Long> sdgs = new HashMap<>();

		final Map<Long, Long> sdgGoals = new HashMap<>();

		/**
		 * Whether recommendation carries copies of its links for search (theme_ids, ...): then the
		 * generator writes them itself and the link tables' refresh triggers are switched off for the load.
		 */
		boolean linkColumns;

		/** Reads the reference data; package-private so that tests can plan documents without writing them. */
		static World load(JdbcClient jdbc) {
			World world = new World();
			List<Country> countries = jdbc.sql("""
					SELECT c.id, c.alpha3, c.name, c.regional_group,
					       EXISTS (SELECT 1 FROM country_group_member m JOIN country_group g ON g.id = m.country_group_id
					               WHERE m.country_id = c.id AND g.code = 'ASEAN') AS asean
					FROM country c ORDER BY c.alpha3
					""").query((rs, n) -> new Country(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)))
				.list();
			Set<String> members = Set.copyOf(jdbc.sql("SELECT alpha3 FROM country WHERE un_status = 'MEMBER'").query(String.class).list());
			for (Country country : countries) {
				world.countryById.put(country.id(), country);
				if (!members.contains(country.alpha3())) {
					continue;
				}
				// A stable spread (0.6 to 1.4) from the code, more for the states reviewed most often.
				double spread = 0.6 + Math.floorMod(country.alpha3().hashCode() * 31, 81) / 100.0;
				world.countries.add(country, spread * (BUSY.contains(country.alpha3()) ? 2.2 : 1.0));
				double recommending = ACTIVE_RECOMMENDERS.contains(country.alpha3()) ? 5
						: "WEOG".equals(country.regionalGroup()) || "GRULAC".equals(country.regionalGroup()) ? 1.5 : 0.6;
				world.recommenders.add(country, recommending * spread);
			}
			if (world.countries.isEmpty()) {
				throw new IllegalStateException("No UN member states in the country table: load the reference data first");
			}
			List<Mechanism> mechanisms = jdbc.sql("""
					SELECT id, code, name, kind, mandate_country_id FROM mechanism WHERE NOT archived ORDER BY code
					""").query((rs, n) -> new Mechanism(rs.getLong(1), rs.getString(2), rs.getString(3),
					MechanismKind.valueOf(rs.getString(4)), (Long) rs.getObject(5, Long.class)))
				.list();
			for (Mechanism mechanism : mechanisms) {
				switch (mechanism.kind()) {
					case UPR -> world.upr = mechanism;
					case TREATY_BODY -> world.treatyBodies.add(mechanism, TREATY_BODY_WEIGHTS.getOrDefault(mechanism.code(), 1));
					case SPECIAL_PROCEDURE -> world.specialProcedures.add(mechanism, 1);
					case REGIONAL -> world.regional.add(mechanism);
					default -> {
					}
				}
			}
			if (world.upr == null || world.treatyBodies.isEmpty()) {
				throw new IllegalStateException("The UPR and the treaty bodies must exist in the mechanism table: load the reference data first");
			}
			jdbc.sql("SELECT code, id FROM theme WHERE NOT archived").query(rs -> {
				world.themes.put(rs.getString(1), rs.getLong(2));
			});
			jdbc.sql("SELECT code, id FROM affected_group WHERE NOT archived").query(rs -> {
				world.groups.put(rs.getString(1), rs.getLong(2));
			});
			jdbc.sql("SELECT code, id, goal_number FROM sdg_target").query(rs -> {
				world.sdgs.put(rs.getString(1), rs.getLong(2));
				world.sdgGoals.put(rs.getLong(2), rs.getLong(3));
			});
			world.linkColumns = jdbc.sql("""
					SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'recommendation'
					  AND column_name IN ('theme_ids', 'affected_group_ids', 'sdg_goals', 'recommending_state_ids', 'has_actions')
					""").query(Long.class).single() == 5;
			return world;
		}

	}

}
