package org.rightstrack.mechanism;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rightstrack.mechanism.MechanismQueries.MechanismSummary;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The mechanisms that address recommendations to states, identified by their code. */
@RestController
@RequestMapping(path = "/api/v1/mechanisms", produces = "application/json")
@Tag(name = "Mechanisms", description = "Treaty bodies, special procedures, the UPR and regional bodies")
class MechanismApi {

	private final MechanismQueries mechanisms;

	MechanismApi(MechanismQueries mechanisms) {
		this.mechanisms = mechanisms;
	}

	@GetMapping
	@Operation(operationId = "listMechanisms", summary = "Current mechanisms, by name, with their counts of published recommendations")
	List<MechanismSummary> list(@Parameter(description = "Only mechanisms of this kind") @RequestParam(required = false) MechanismKind kind) {
		return mechanisms.list(kind);
	}

}
