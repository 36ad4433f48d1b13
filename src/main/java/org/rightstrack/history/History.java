package org.rightstrack.history;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.persistence.metamodel.Attribute;

import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.rightstrack.followup.Assessment;
import org.rightstrack.followup.FollowUpAction;
import org.rightstrack.mechanism.CountryVisit;
import org.rightstrack.mechanism.Mechanism;
import org.rightstrack.recommendation.Document;
import org.rightstrack.recommendation.Recommendation;
import org.rightstrack.treaty.Ratification;
import org.rightstrack.treaty.StateReport;
import org.rightstrack.treaty.Treaty;
import org.rightstrack.vocabulary.AffectedGroup;
import org.rightstrack.vocabulary.Theme;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recorded versions of an audited item (Hibernate Envers) and what changed from each version
 * to the next, field by field.
 */
@Service
public class History {

	/** What has a history page; the name is the URL segment (with "-" for "_"). */
	public enum Kind {

		recommendation(Recommendation.class, "SELECT published AND NOT archived FROM recommendation WHERE id = ?"),
		document(Document.class, "SELECT published AND NOT archived FROM document WHERE id = ?"),
		ratification(Ratification.class, "SELECT true FROM ratification WHERE id = ?"),
		action(FollowUpAction.class, "SELECT published AND NOT archived FROM follow_up_action WHERE id = ?"),
		assessment(Assessment.class, "SELECT moderation_status = 'APPROVED' AND NOT archived FROM assessment WHERE id = ?"),
		treaty(Treaty.class, "SELECT NOT archived FROM treaty WHERE id = ?"),
		mechanism(Mechanism.class, "SELECT NOT archived FROM mechanism WHERE id = ?"),
		visit(CountryVisit.class, "SELECT NOT archived FROM country_visit WHERE id = ?"),
		state_report(StateReport.class, "SELECT NOT archived FROM state_report WHERE id = ?"),
		theme(Theme.class, "SELECT NOT archived FROM theme WHERE id = ?"),
		affected_group(AffectedGroup.class, "SELECT NOT archived FROM affected_group WHERE id = ?");

		private final Class<?> type;

		private final String publicSql;

		Kind(Class<?> type, String publicSql) {
			this.type = type;
			this.publicSql = publicSql;
		}

		public Class<?> type() {
			return type;
		}

		static Optional<Kind> of(String name) {
			for (Kind kind : values()) {
				if (kind.name().replace('_', '-').equals(name)) {
					return Optional.of(kind);
				}
			}
			return Optional.empty();
		}

	}

	/** Whether the item exists, and whether anyone may see it. */
	public enum Visibility {

		UNKNOWN, PUBLIC, RESTRICTED

	}

	public record Change(String field, String before, String after) {
	}

	/**
	 * One revision. {@code snapshot}: the first recorded revision is a change to an item created
	 * outside JPA (imported, or written with SQL), so the values before it are unknown and
	 * {@code changes} holds the whole recorded state, each with an empty "before".
	 */
	public record Entry(long revision, Instant at, Long accountId, String accountEmail, String accountName,
			String accountOrganisation, RevisionType type, List<Change> changes, boolean snapshot) {
	}

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	History(EntityManager entityManager, JdbcClient jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Visibility visibility(Kind kind, long id) {
		Optional<Boolean> visible = jdbc.sql(kind.publicSql).param(id).query(Boolean.class).optional();
		if (visible.isPresent()) {
			return Boolean.TRUE.equals(visible.get()) ? Visibility.PUBLIC : Visibility.RESTRICTED;
		}
		// Gone from the table (deleted): its history is for curators only.
		return entries(kind, id).isEmpty() ? Visibility.UNKNOWN : Visibility.RESTRICTED;
	}

	/** The versions of the item, oldest first, each with what changed since the one before. */
	@Transactional(readOnly = true)
	public List<Entry> entries(Kind kind, long id) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = AuditReaderFactory.get(entityManager)
			.createQuery()
			.forRevisionsOfEntity(kind.type(), false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<Field> fields = audited(kind.type());
		List<Entry> entries = new ArrayList<>();
		Map<String, String> previous = Collections.emptyMap();
		boolean first = true;
		for (Object[] row : rows) {
			Revision revision = (Revision) row[1];
			RevisionType type = (RevisionType) row[2];
			Map<String, String> values = type == RevisionType.DEL ? Collections.emptyMap() : values(row[0], fields);
			List<Change> changes = new ArrayList<>();
			if (type != RevisionType.DEL) {
				for (Map.Entry<String, String> value : values.entrySet()) {
					String before = previous.getOrDefault(value.getKey(), "");
					if (!Objects.equals(before, value.getValue())) {
						changes.add(new Change(value.getKey(), before, value.getValue()));
					}
				}
				previous = values;
			}
			Map<String, Object> account = revision.getAccountId() == null ? Map.of()
					: jdbc.sql("SELECT name, organisation FROM account WHERE id = ?").param(revision.getAccountId()).query().singleRow();
			entries.add(new Entry(revision.getId(), revision.getRevisedAt(), revision.getAccountId(), revision.getAccountEmail(),
					(String) account.get("name"), (String) account.get("organisation"), type,
					first && type == RevisionType.MOD ? changes.stream().filter(c -> !c.after().isEmpty()).toList() : changes,
					first && type == RevisionType.MOD));
			first = false;
		}
		return entries;
	}

	/** The audited fields of the entity, by name (not the id, the version or what is excluded from history). */
	private List<Field> audited(Class<?> type) {
		List<Field> fields = new ArrayList<>();
		for (Attribute<?, ?> attribute : entityManager.getMetamodel().entity(type).getAttributes()) {
			if (attribute.getJavaMember() instanceof Field field && !field.isAnnotationPresent(Id.class)
					&& !field.isAnnotationPresent(Version.class) && !field.isAnnotationPresent(NotAudited.class)) {
				field.setAccessible(true);
				fields.add(field);
			}
		}
		fields.sort(java.util.Comparator.comparing(Field::getName));
		return fields;
	}

	private static Map<String, String> values(Object entity, List<Field> fields) {
		Map<String, String> values = new TreeMap<>();
		for (Field field : fields) {
			try {
				values.put(field.getName(), describe(field.get(entity)));
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return values;
	}

	/** A readable value: codes, symbols or names for related records, sorted lists for collections. */
	static String describe(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(History::describe).sorted().collect(Collectors.joining("; "));
		}
		Object plain;
		try {
			plain = Hibernate.unproxy(value);
		}
		catch (jakarta.persistence.EntityNotFoundException | org.hibernate.ObjectNotFoundException ex) {
			// The related record has been deleted since; its id is all that is left.
			return value instanceof org.hibernate.proxy.HibernateProxy proxy
					? "#" + proxy.getHibernateLazyInitializer().getInternalIdentifier() : "";
		}
		if (plain.getClass().isAnnotationPresent(Entity.class)) {
			for (String getter : List.of("getAlpha3", "getSymbol", "getCode", "getName", "getTitle", "getId")) {
				try {
					Method method = plain.getClass().getMethod(getter);
					Object described = method.invoke(plain);
					if (described != null) {
						return getter.equals("getId") ? "#" + described : described.toString();
					}
				}
				catch (NoSuchMethodException ex) {
					// try the next one
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		if (value instanceof Instant instant) {
			return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
				.format(instant.atZone(java.time.ZoneOffset.UTC));
		}
		return value.toString();
	}

}
