package org.rightstrack.treaty;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface StateReportRepository extends Repository<StateReport, Long> {

	@Query("select s from StateReport s join fetch s.treaty where s.country.id = :countryId and s.archived = false "
			+ "order by s.treaty.displayOrder, s.cycle")
	List<StateReport> findByCountryId(Long countryId);

}
