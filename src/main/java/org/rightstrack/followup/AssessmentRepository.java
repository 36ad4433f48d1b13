package org.rightstrack.followup;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface AssessmentRepository extends Repository<Assessment, Long> {

	Optional<Assessment> findById(Long id);

	Assessment save(Assessment assessment);

	Assessment saveAndFlush(Assessment assessment);

	long count();

}
