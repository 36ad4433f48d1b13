package org.rightstrack.vocabulary;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface ThemeRepository extends Repository<Theme, Long> {

	Optional<Theme> findByCode(String code);

	List<Theme> findAllByOrderByName();

	long count();

}
