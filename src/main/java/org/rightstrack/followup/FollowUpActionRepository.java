package org.rightstrack.followup;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface FollowUpActionRepository extends Repository<FollowUpAction, Long> {

	Optional<FollowUpAction> findById(Long id);

	FollowUpAction save(FollowUpAction action);

	long count();

}
