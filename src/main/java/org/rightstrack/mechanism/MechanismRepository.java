package org.rightstrack.mechanism;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface MechanismRepository extends Repository<Mechanism, Long> {

	Optional<Mechanism> findByCode(String code);

	@Query("select m from Mechanism m where m.archived = false order by m.kind, m.name")
	List<Mechanism> findAllInOrder();

	long countByKind(MechanismKind kind);

}
