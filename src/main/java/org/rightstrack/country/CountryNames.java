package org.rightstrack.country;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.rightstrack.system.Names;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves the many spellings of a country name found in other systems' exports ("Lao PDR",
 * "Viet Nam", "Cote d'Ivoire", "USA") to a country, through ISO codes, official names and the alias
 * table. Importers take a {@link Lookup} once and resolve thousands of names from memory.
 */
@Service
public class CountryNames {

	private final CountryRepository countries;

	private final CountryAliasRepository aliases;

	CountryNames(CountryRepository countries, CountryAliasRepository aliases) {
		this.countries = countries;
		this.aliases = aliases;
	}

	@Transactional(readOnly = true)
	public Optional<Country> resolve(String name) {
		return lookup().resolve(name);
	}

	/** A snapshot of every name, code and alias, for resolving many names quickly. */
	@Transactional(readOnly = true)
	public Lookup lookup() {
		Map<String, Country> byName = new HashMap<>();
		for (CountryAlias alias : aliases.findAllWithCountry()) {
			byName.put(alias.getNormalisedAlias(), alias.getCountry());
		}
		for (Country country : countries.findAllByOrderByName()) {
			byName.put(Names.normalise(country.getName()), country);
			byName.put(Names.normalise(country.getAlpha3()), country);
			byName.putIfAbsent(Names.normalise(country.getAlpha2()), country);
		}
		return new Lookup(byName);
	}

	public static final class Lookup {

		private final Map<String, Country> byName;

		Lookup(Map<String, Country> byName) {
			this.byName = byName;
		}

		public Optional<Country> resolve(String name) {
			String key = Names.normalise(name);
			if (key.isEmpty()) {
				return Optional.empty();
			}
			return Optional.ofNullable(byName.get(key));
		}

	}

}
