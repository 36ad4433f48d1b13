package org.rightstrack.recommendation;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface DocumentRepository extends Repository<Document, Long> {

	@Query("select d from Document d join fetch d.mechanism join fetch d.country where d.id = :id")
	Optional<Document> findById(Long id);

	Optional<Document> findBySymbol(String symbol);

	Document save(Document document);

	long count();

}
