package org.rightstrack.export;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.rightstrack.search.RecommendationSearch;
import org.rightstrack.search.SearchCriteria;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The Atom feed of a search: the newest recommendations it matches, the published follow-up actions
 * that address them and the approved assessments of them, newest change first, {@value #ENTRIES}
 * entries at most. Entry ids are tag URIs ({@code tag:HOST,2026:recommendation:42}) that stay the
 * same when an entry changes, so a feed reader updates it instead of adding it again.
 */
@Service
class RecommendationFeed {

	static final int ENTRIES = 50;

	private static final int TITLE_TEXT = 120;

	private final RecommendationSearch search;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	RecommendationFeed(RecommendationSearch search, JdbcClient jdbc, MessageSource messages) {
		this.search = search;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** A change the feed reports. */
	record Update(String kind, long id, long recommendationId, String title, String summary, String author,
			Instant published, Instant updated) {
	}

	/** The newest updates for the criteria, newest first. */
	List<Update> updates(SearchCriteria criteria, Locale locale) {
		RecommendationSearch.MatchingSql matching = search.matching(criteria);
		Map<String, Object> params = new HashMap<>(matching.params());
		params.put("entries", ENTRIES);
		List<Update> updates = new ArrayList<>();
		updates.addAll(jdbc.sql("""
				SELECT r.id, r.paragraph, r.text, r.created_at, r.updated_at, c.name AS country, me.code AS mechanism,
				  me.name AS mechanism_name, d.symbol
				FROM recommendation r
				JOIN country c ON c.id = r.country_id
				JOIN mechanism me ON me.id = r.mechanism_id
				JOIN document d ON d.id = r.document_id
				WHERE r.id IN (%s)
				ORDER BY r.updated_at DESC, r.id DESC
				LIMIT :entries
				""".formatted(matching.sql())).params(params).query((rs, n) -> recommendation(rs, locale)).list());
		updates.addAll(jdbc.sql("""
				SELECT a.id, a.title, a.description, a.status, a.responsible_institution, a.created_at, a.updated_at,
				  c.name AS country, min(x.recommendation_id) AS recommendation_id, count(*) AS recommendations
				FROM follow_up_action a
				JOIN follow_up_action_recommendation x ON x.follow_up_action_id = a.id
				JOIN country c ON c.id = a.country_id
				WHERE a.published AND NOT a.archived AND x.recommendation_id IN (%s)
				GROUP BY a.id, c.name
				ORDER BY a.updated_at DESC, a.id DESC
				LIMIT :entries
				""".formatted(matching.sql())).params(params).query((rs, n) -> action(rs, locale)).list());
		updates.addAll(jdbc.sql("""
				SELECT s.id, s.recommendation_id, s.assessor_type, s.organisation, s.status, s.assessed_on, s.justification,
				  s.created_at, s.updated_at, c.name AS country
				FROM assessment s
				JOIN recommendation r ON r.id = s.recommendation_id
				JOIN country c ON c.id = r.country_id
				WHERE s.moderation_status = 'APPROVED' AND NOT s.archived AND s.recommendation_id IN (%s)
				ORDER BY s.updated_at DESC, s.id DESC
				LIMIT :entries
				""".formatted(matching.sql())).params(params).query((rs, n) -> assessment(rs, locale)).list());
		updates.sort(Comparator.comparing(Update::updated)
			.thenComparing(Update::kind)
			.thenComparingLong(Update::id)
			.reversed());
		return List.copyOf(updates.subList(0, Math.min(ENTRIES, updates.size())));
	}

	/** The feed as Atom 1.0 XML. */
	String atom(SearchCriteria criteria, String baseUrl, String self, Locale locale) {
		List<Update> updates = updates(criteria, locale);
		String authority = URI.create(baseUrl).getHost();
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(message("export.feed.title", locale));
		feed.setDescription(message("export.feed.subtitle", locale));
		feed.setUri(self);
		feed.setLanguage(locale.getLanguage());
		String page = self.replaceFirst("/recommendations/feed\\.atom", "/recommendations");
		feed.setLinks(List.of(link("alternate", page, "text/html"), link("self", self, "application/atom+xml")));
		feed.setPublishedDate(Date.from(updates.isEmpty() ? Instant.now() : updates.get(0).updated()));
		List<SyndEntry> entries = new ArrayList<>();
		for (Update update : updates) {
			SyndEntry entry = new SyndEntryImpl();
			entry.setUri("tag:" + authority + ",2026:" + update.kind() + ":" + update.id());
			entry.setTitle(update.title());
			String recommendation = baseUrl + "/recommendations/" + update.recommendationId();
			entry.setLink(recommendation);
			if (update.kind().equals("follow-up-action")) {
				// the action's own page, beside the recommendation it addresses
				entry.setLinks(List.of(link("alternate", recommendation, "text/html"),
						link("related", baseUrl + "/actions/" + update.id(), "text/html")));
			}
			entry.setAuthor(update.author());
			entry.setPublishedDate(Date.from(update.published()));
			entry.setUpdatedDate(Date.from(update.updated()));
			if (update.summary() != null) {
				SyndContent summary = new SyndContentImpl();
				summary.setType("text");
				summary.setValue(update.summary());
				entry.setDescription(summary);
			}
			entries.add(entry);
		}
		feed.setEntries(entries);
		StringWriter xml = new StringWriter();
		try {
			new SyndFeedOutput().output(feed, xml);
		}
		catch (IOException | FeedException ex) {
			throw new IllegalStateException("Cannot write the feed", ex);
		}
		return xml.toString();
	}

	private Update recommendation(ResultSet rs, Locale locale) throws SQLException {
		String text = rs.getString("text");
		String source = rs.getString("symbol") != null ? rs.getString("symbol") : rs.getString("mechanism");
		if (rs.getString("paragraph") != null) {
			source = source + " ¶" + rs.getString("paragraph");
		}
		String title = message("export.feed.recommendation", locale, rs.getString("country"), source, shorten(text));
		long id = rs.getLong("id");
		return new Update("recommendation", id, id, title, text, rs.getString("mechanism_name"),
				instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	private Update action(ResultSet rs, Locale locale) throws SQLException {
		String status = message("export.actionStatus." + rs.getString("status"), locale);
		String title = message("export.feed.action", locale, rs.getString("country"), rs.getString("title"), status);
		String summary = rs.getString("description");
		String addressed = message("export.feed.action.recommendations", locale, rs.getLong("recommendations"));
		summary = summary == null || summary.isBlank() ? addressed : summary + "\n\n" + addressed;
		String author = rs.getString("responsible_institution") != null ? rs.getString("responsible_institution")
				: rs.getString("country");
		return new Update("follow-up-action", rs.getLong("id"), rs.getLong("recommendation_id"), title, summary, author,
				instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	private Update assessment(ResultSet rs, Locale locale) throws SQLException {
		String status = message("search.status." + rs.getString("status"), locale);
		String assessor = message("export.assessor." + rs.getString("assessor_type"), locale);
		String title = message("export.feed.assessment", locale, rs.getString("country"), rs.getString("organisation"),
				assessor, status, rs.getDate("assessed_on").toLocalDate().toString());
		return new Update("assessment", rs.getLong("id"), rs.getLong("recommendation_id"), title,
				rs.getString("justification"), rs.getString("organisation"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static String shorten(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		return flat.length() <= TITLE_TEXT ? flat : flat.substring(0, TITLE_TEXT).strip() + "…";
	}

	private static SyndLink link(String rel, String href, String type) {
		SyndLink link = new SyndLinkImpl();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
