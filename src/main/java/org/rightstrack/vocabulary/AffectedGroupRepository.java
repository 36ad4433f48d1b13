package org.rightstrack.vocabulary;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface AffectedGroupRepository extends Repository<AffectedGroup, Long> {

	Optional<AffectedGroup> findByCode(String code);

	List<AffectedGroup> findAllByOrderByName();

}
