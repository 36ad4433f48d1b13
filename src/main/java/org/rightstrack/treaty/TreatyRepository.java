package org.rightstrack.treaty;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface TreatyRepository extends Repository<Treaty, Long> {

	Optional<Treaty> findByCode(String code);

	@Query("select t from Treaty t where t.archived = false order by t.displayOrder, t.code")
	List<Treaty> findAllInOrder();

	long countByKindIn(List<TreatyKind> kinds);

}
