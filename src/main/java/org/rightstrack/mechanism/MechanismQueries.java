package org.rightstrack.mechanism;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.rightstrack.system.DataGenerations;
import org.rightstrack.system.GenerationCache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Mechanisms with their published documents, visits and recommendation counts. */
@Component
class MechanismQueries {

	private final JdbcClient jdbc;

	private final DataGenerations generations;

	/** The list and the headers count over many recommendations: kept while nothing they count changes. */
	private final GenerationCache<Object, Object> counted;

	private record ListKey(MechanismKind kind) {
	}

	private record HeaderKey(String code) {
	}

	MechanismQueries(JdbcClient jdbc, DataGenerations generations,
			@Value("${rightstrack.search.facet-cache-seconds:3600}") int cacheSeconds) {
		this.jdbc = jdbc;
		this.generations = generations;
		this.counted = new GenerationCache<>(cacheSeconds * 1000L, 300, generations);
	}

	/** Current mechanisms, optionally of one kind, with their published recommendations counted. */
	@SuppressWarnings("unchecked")
	List<MechanismSummary> list(MechanismKind kind) {
		return (List<MechanismSummary>) counted.get(new ListKey(kind), generations.read(), () -> listUncached(kind));
	}

	@SuppressWarnings("unchecked")
	Optional<MechanismHeader> find(String code) {
		String key = code.toUpperCase(Locale.ROOT);
		return (Optional<MechanismHeader>) counted.get(new HeaderKey(key), generations.read(), () -> findUncached(key));
	}

	private List<MechanismSummary> listUncached(MechanismKind kind) {
		return jdbc.sql("""
				SELECT m.code, m.name, m.kind, t.code AS treaty_code, m.mandate_type, c.alpha3 AS mandate_country,
				       m.established_year, coalesce(n.recommendations, 0) AS recommendations
				FROM mechanism m
				LEFT JOIN treaty t ON t.id = m.treaty_id
				LEFT JOIN country c ON c.id = m.mandate_country_id
				LEFT JOIN (SELECT mechanism_id, count(*) AS recommendations FROM recommendation
				           WHERE published AND NOT archived AND document_public GROUP BY mechanism_id) n ON n.mechanism_id = m.id
				WHERE NOT m.archived AND (cast(:kind AS varchar) IS NULL OR m.kind = cast(:kind AS varchar))
				ORDER BY m.name
				""").param("kind", kind == null ? null : kind.name()).query(MechanismSummary.class).list();
	}

	private Optional<MechanismHeader> findUncached(String code) {
		return jdbc.sql("""
				SELECT m.id, m.code, m.name, m.kind, t.code AS treaty_code, t.short_name AS treaty_short_name,
				       t.title AS treaty_title, m.mandate_type, c.alpha3 AS mandate_country, c.name AS mandate_country_name,
				       m.established_year,
				       (SELECT count(*) FROM recommendation r WHERE r.mechanism_id = m.id AND r.published AND NOT r.archived AND r.document_public)
				         AS recommendations
				FROM mechanism m
				LEFT JOIN treaty t ON t.id = m.treaty_id
				LEFT JOIN country c ON c.id = m.mandate_country_id
				WHERE upper(m.code) = ? AND NOT m.archived
				""").param(code.toUpperCase(Locale.ROOT)).query(MechanismHeader.class).optional();
	}

	long documentCount(long mechanismId) {
		return jdbc.sql("SELECT count(*) FROM document WHERE mechanism_id = ? AND published AND NOT archived")
			.param(mechanismId).query(Long.class).single();
	}

	/** One page of the mechanism's published documents, newest first, each with its published recommendations counted. */
	List<DocumentRow> documents(long mechanismId, int limit, long offset) {
		return jdbc.sql("""
				SELECT d.id, d.symbol, d.title, d.type, d.session, d.session_label, d.upr_cycle, d.published_on,
				       c.alpha3 AS country, c.name AS country_name,
				       (SELECT count(*) FROM recommendation r WHERE r.document_id = d.id AND r.published AND NOT r.archived)
				         AS recommendations
				FROM document d JOIN country c ON c.id = d.country_id
				WHERE d.mechanism_id = ? AND d.published AND NOT d.archived
				ORDER BY d.published_on DESC NULLS LAST, d.id DESC
				LIMIT ? OFFSET ?
				""").params(mechanismId, limit, offset).query(DocumentRow.class).list();
	}

	List<VisitRow> visits(long mechanismId) {
		return jdbc.sql("""
				SELECT c.alpha3 AS country, c.name AS country_name, v.status, v.requested_on, v.start_date, v.end_date,
				       d.id AS report_id, d.symbol AS report_symbol
				FROM country_visit v JOIN country c ON c.id = v.country_id
				LEFT JOIN document d ON d.id = v.report_document_id AND d.published AND NOT d.archived
				WHERE v.mechanism_id = ? AND NOT v.archived
				ORDER BY coalesce(v.start_date, v.requested_on) DESC NULLS LAST, c.name
				""").param(mechanismId).query(VisitRow.class).list();
	}

	record MechanismSummary(String code, String name, MechanismKind kind, String treatyCode, MandateType mandateType,
			String mandateCountry, Short establishedYear, long recommendations) {
	}

	record MechanismHeader(long id, String code, String name, MechanismKind kind, String treatyCode,
			String treatyShortName, String treatyTitle, MandateType mandateType, String mandateCountry,
			String mandateCountryName, Short establishedYear, long recommendations) {
	}

	record DocumentRow(long id, String symbol, String title, String type, Integer session, String sessionLabel,
			Short uprCycle, LocalDate publishedOn, String country, String countryName, long recommendations) {
	}

	record VisitRow(String country, String countryName, VisitStatus status, LocalDate requestedOn, LocalDate startDate,
			LocalDate endDate, Long reportId, String reportSymbol) {
	}

}
