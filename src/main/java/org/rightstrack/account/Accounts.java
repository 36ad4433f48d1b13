package org.rightstrack.account;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts, with their country scope, for sign-in and for the rest of the application. */
@Service
public class Accounts implements UserDetailsService {

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

	public Optional<CurrentUser> findByEmail(String email) {
		if (email == null) {
			return Optional.empty();
		}
		return find("a.email = :key", email.trim().toLowerCase(Locale.ROOT));
	}

	public Optional<CurrentUser> findById(long id) {
		return find("a.id = :key", id);
	}

	private Optional<CurrentUser> find(String condition, Object key) {
		return jdbc.sql("""
				SELECT a.id, a.email, a.name, a.organisation, a.role, a.password_hash, a.enabled, a.trusted,
				       a.locked_until, array_remove(array_agg(c.alpha3 ORDER BY c.alpha3), NULL) AS countries
				FROM account a
				LEFT JOIN account_country ac ON ac.account_id = a.id
				LEFT JOIN country c ON c.id = ac.country_id
				WHERE %s
				GROUP BY a.id""".formatted(condition))
			.param("key", key)
			.query((rs, row) -> {
				Set<String> countries = new HashSet<>();
				java.sql.Array array = rs.getArray("countries");
				if (array != null) {
					for (Object code : (Object[]) array.getArray()) {
						countries.add((String) code);
					}
				}
				java.sql.Timestamp lockedUntil = rs.getTimestamp("locked_until");
				boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now());
				return new CurrentUser(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
						rs.getString("organisation"), Role.valueOf(rs.getString("role")), countries,
						rs.getBoolean("trusted"), rs.getBoolean("enabled"), locked, rs.getString("password_hash"));
			})
			.optional();
	}

}
