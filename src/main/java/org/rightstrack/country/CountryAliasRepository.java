package org.rightstrack.country;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CountryAliasRepository extends Repository<CountryAlias, Long> {

	@Query("select a from CountryAlias a join fetch a.country")
	List<CountryAlias> findAllWithCountry();

	CountryAlias save(CountryAlias alias);

}
