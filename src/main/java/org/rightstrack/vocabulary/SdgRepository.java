package org.rightstrack.vocabulary;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface SdgRepository extends Repository<SdgTarget, Long> {

	Optional<SdgTarget> findByCode(String code);

	List<SdgTarget> findAllByOrderByGoalNumberAscIdAsc();

	long count();

}
