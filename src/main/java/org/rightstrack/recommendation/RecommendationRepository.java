package org.rightstrack.recommendation;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface RecommendationRepository extends Repository<Recommendation, Long> {

	@Query("select r from Recommendation r join fetch r.document join fetch r.mechanism join fetch r.country where r.id = :id")
	Optional<Recommendation> findById(Long id);

	Optional<Recommendation> findByExternalId(String externalId);

	Recommendation save(Recommendation recommendation);

	long count();

}
