package org.rightstrack.followup;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface EvidenceRepository extends Repository<Evidence, Long> {

	Optional<Evidence> findById(Long id);

	Evidence save(Evidence evidence);

}
