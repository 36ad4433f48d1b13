package org.rightstrack.account;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the application sees them: the principal of every authenticated
 * request. {@link #countries()} holds the ISO alpha-3 codes of the countries in scope.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	private final long id;

	private final String email;

	private final String name;

	private final String organisation;

	private final Role role;

	private final Set<String> countries;

	private final boolean trusted;

	private final boolean enabled;

	private final boolean locked;

	private String passwordHash;

	public CurrentUser(long id, String email, String name, String organisation, Role role, Set<String> countries,
			boolean trusted, boolean enabled, boolean locked, String passwordHash) {
		this.id = id;
		this.email = email;
		this.name = name;
		this.organisation = organisation;
		this.role = role;
		this.countries = Set.copyOf(countries);
		this.trusted = trusted;
		this.enabled = enabled;
		this.locked = locked;
		this.passwordHash = passwordHash;
	}

	public long id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String name() {
		return name;
	}

	/** The display name, as a getter for templates ({@code principal.name}). */
	public String getName() {
		return name;
	}

	public String organisation() {
		return organisation;
	}

	public Role role() {
		return role;
	}

	/** ISO alpha-3 codes of the countries this person may write for. */
	public Set<String> countries() {
		return countries;
	}

	public boolean trusted() {
		return trusted;
	}

	/** Whether the country (ISO alpha-3) is in this person's scope. */
	public boolean inScope(String iso3) {
		return iso3 != null && countries.contains(iso3.toUpperCase(java.util.Locale.ROOT));
	}

	public boolean hasRole(Role wanted) {
		return role == wanted;
	}

	/** Curators and administrators. */
	public boolean isCurator() {
		return role == Role.CURATOR || role == Role.ADMIN;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled && passwordHash != null;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && user.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "CurrentUser[" + id + ", " + email + ", " + role + "]";
	}

}
