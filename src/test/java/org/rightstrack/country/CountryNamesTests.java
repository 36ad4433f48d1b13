package org.rightstrack.country;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightstrack.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CountryNamesTests {

	@Autowired
	CountryNames names;

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Laos|LAO", "Lao PDR|LAO", "Lao People's Democratic Republic|LAO", "Viet Nam|VNM",
			"Vietnam|VNM", "VIETNAM |VNM", "Côte d'Ivoire|CIV", "Cote d'Ivoire|CIV", "Ivory Coast|CIV", "Burma|MMR",
			"Brunei|BRN", "Brunei Darussalam|BRN", "Democratic People's Republic of Korea|PRK", "Republic of Korea|KOR",
			"United States of America|USA", "USA|USA", "United Kingdom|GBR", "Türkiye|TUR", "Turkey|TUR",
			"Iran (Islamic Republic of)|IRN", "Holy See|VAT", "State of Palestine|PSE", "IDN|IDN", "ph|PHL" })
	void resolvesOtherSpellings(String name, String alpha3) {
		assertThat(names.resolve(name)).map(Country::getAlpha3).hasValue(alpha3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Atlantis", "", "   ", "European Union" })
	void unknownNamesResolveToNothing(String name) {
		assertThat(names.resolve(name)).isEmpty();
	}

}
