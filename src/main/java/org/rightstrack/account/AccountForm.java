package org.rightstrack.account;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An account as the administrator creates or edits it; the e-mail is set at creation only. */
public class AccountForm {

	/** Validation group of the rules that apply only when the account is created. */
	interface Creation {

	}

	@NotBlank(groups = Creation.class)
	@Email(groups = Creation.class)
	@Size(max = 320, groups = Creation.class)
	private String email;

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotBlank
	@Size(max = 300)
	private String organisation;

	@NotNull
	private Role role;

	/** ISO alpha-3 codes; required for focal points, NHRIs and CSOs. */
	private List<String> countries = new ArrayList<>();

	private boolean trusted;

	private int version;

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public List<String> getCountries() {
		return countries;
	}

	public void setCountries(List<String> countries) {
		this.countries = countries == null ? new ArrayList<>() : countries;
	}

	public boolean isTrusted() {
		return trusted;
	}

	public void setTrusted(boolean trusted) {
		this.trusted = trusted;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
