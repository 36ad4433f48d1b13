package org.rightstrack.treaty;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface RatificationRepository extends Repository<Ratification, Long> {

	@Query("select r from Ratification r join fetch r.treaty where r.country.id = :countryId")
	List<Ratification> findByCountryId(Long countryId);

	Optional<Ratification> findByCountryIdAndTreatyId(Long countryId, Long treatyId);

	Ratification save(Ratification ratification);

	Ratification saveAndFlush(Ratification ratification);

}
