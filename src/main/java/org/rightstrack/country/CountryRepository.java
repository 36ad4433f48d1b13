package org.rightstrack.country;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CountryRepository extends Repository<Country, Long> {

	Optional<Country> findByAlpha3(String alpha3);

	Optional<Country> findById(Long id);

	@Query("select c from Country c order by c.name")
	List<Country> findAllByOrderByName();

	long count();

	long countByUnStatus(UnStatus unStatus);

}
