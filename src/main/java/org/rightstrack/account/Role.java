package org.rightstrack.account;

/**
 * What a signed-in person may do. Focal points, NHRIs and CSOs write only for the countries in
 * their scope; curators edit the whole record; administrators manage accounts.
 */
public enum Role {

	FOCAL_POINT, NHRI, CSO, CURATOR, ADMIN;

	/** The Spring Security authority, such as {@code ROLE_CURATOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Roles whose writes are limited to the countries in the account's scope. */
	public boolean countryScoped() {
		return this == FOCAL_POINT || this == NHRI || this == CSO;
	}

}
