package org.rightstrack.recommendation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A published outcome document and its published recommendations in paragraph order. */
@Controller
class DocumentController {

	private final JdbcClient jdbc;

	DocumentController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/documents/{id}")
	String show(@PathVariable long id, Model model) {
		DocumentHeader document = jdbc.sql("""
				SELECT d.id, d.symbol, d.title, d.type, d.session, d.session_label, d.upr_cycle, d.published_on, d.url,
				       m.code AS mechanism_code, m.name AS mechanism_name, m.kind AS mechanism_kind,
				       c.alpha3 AS country, c.name AS country_name
				FROM document d JOIN mechanism m ON m.id = d.mechanism_id JOIN country c ON c.id = d.country_id
				WHERE d.id = ? AND d.published AND NOT d.archived
				""").param(id).query(DocumentHeader.class).optional()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<DocumentRecommendation> recommendations = jdbc.sql("""
				SELECT r.id, r.paragraph, r.text, r.upr_response, r.implementation_status, r.follow_up,
				       (SELECT string_agg(c.name, ', ' ORDER BY c.name) FROM recommendation_recommending_state s
				        JOIN country c ON c.id = s.country_id WHERE s.recommendation_id = r.id) AS recommending_states
				FROM recommendation r
				WHERE r.document_id = ? AND r.published AND NOT r.archived
				""").param(id).query(DocumentRecommendation.class).list()
			.stream()
			.sorted(Comparator.comparing(DocumentRecommendation::paragraph, ParagraphOrder.INSTANCE)
				.thenComparingLong(DocumentRecommendation::id))
			.toList();
		model.addAttribute("document", document);
		model.addAttribute("recommendations", recommendations);
		return "document/show";
	}

	record DocumentHeader(long id, String symbol, String title, DocumentType type, Integer session, String sessionLabel,
			Short uprCycle, LocalDate publishedOn, String url, String mechanismCode, String mechanismName,
			String mechanismKind, String country, String countryName) {
	}

	record DocumentRecommendation(long id, String paragraph, String text, UprResponse uprResponse,
			ImplementationStatus implementationStatus, boolean followUp, String recommendingStates) {
	}

}
