package org.rightstrack.country;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;

/** A state or territory with an ISO 3166 code. */
@Entity
public class Country {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	
	private String alpha2;

	
	private String alpha3;

	
	private String numericCode;

	private String name;

	@Enumerated(EnumType.STRING)
	private UnStatus unStatus;

	@Enumerated(EnumType.STRING)
	private RegionalGroup regionalGroup;

	@ManyToMany
	@JoinTable(name = "country_group_member", joinColumns = @JoinColumn(name = "country_id"),
			inverseJoinColumns = @JoinColumn(name = "country_group_id"))
	private Set<CountryGroup> groups = new HashSet<>();

	@Version
	private int version;

	protected Country() {
	}

	public Country(String alpha2, String alpha3, String numericCode, String name, UnStatus unStatus,
			RegionalGroup regionalGroup) {
		this.alpha2 = alpha2;
		this.alpha3 = alpha3;
		this.numericCode = numericCode;
		this.name = name;
		this.unStatus = unStatus;
		this.regionalGroup = regionalGroup;
	}

	public Long getId() {
		return id;
	}

	public String getAlpha2() {
		return alpha2;
	}

	public String getAlpha3() {
		return alpha3;
	}

	public String getNumericCode() {
		return numericCode;
	}

	public String getName() {
		return name;
	}

	public UnStatus getUnStatus() {
		return unStatus;
	}

	public RegionalGroup getRegionalGroup() {
		return regionalGroup;
	}

	public Set<CountryGroup> getGroups() {
		return groups;
	}

	public int getVersion() {
		return version;
	}

}
