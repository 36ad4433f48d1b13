package org.rightstrack.country;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.rightstrack.system.Names;

/** Another spelling of a country's name ("Lao PDR", "Viet Nam"). */
@Entity
public class CountryAlias {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String alias;

	private String normalisedAlias;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "country_id")
	private Country country;

	protected CountryAlias() {
	}

	public CountryAlias(String alias, Country country) {
		this.alias = alias;
		this.normalisedAlias = Names.normalise(alias);
		this.country = country;
	}

	public Long getId() {
		return id;
	}

	public String getAlias() {
		return alias;
	}

	public String getNormalisedAlias() {
		return normalisedAlias;
	}

	public Country getCountry() {
		return country;
	}

}
