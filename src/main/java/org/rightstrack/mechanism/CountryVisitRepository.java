package org.rightstrack.mechanism;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CountryVisitRepository extends Repository<CountryVisit, Long> {

	@Query("select v from CountryVisit v join fetch v.mechanism where v.country.id = :countryId and v.archived = false "
			+ "order by coalesce(v.startDate, v.requestedOn) desc")
	List<CountryVisit> findByCountryId(Long countryId);

}
