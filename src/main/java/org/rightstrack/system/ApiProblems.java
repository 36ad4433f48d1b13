package org.rightstrack.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API ({@code @RestController}s under {@code /api/**}) as RFC 9457 problem
 * details ({@code application/problem+json}): 400 for a malformed, missing or invalid parameter, 404
 * for an unknown identifier. It applies only to REST controllers and comes before
 * {@link ErrorPages}, so HTML pages keep their error pages in the layout. Being a
 * {@link ResponseEntityExceptionHandler}, it also replaces Spring Boot's global problem-details
 * handler that {@code spring.mvc.problemdetails.enabled} would otherwise register for every
 * controller.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	/** A value of the wrong type ("region=MOON", "page=x") names the parameter and the value refused. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return badParameter(ex.getPropertyName(), ex.getValue(), headers, request, ex);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> methodArgumentTypeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
		return badParameter(ex.getName(), ex.getValue(), new HttpHeaders(), request, ex);
	}

	/** A constraint on a parameter (an alpha-3 code of three letters) names the parameter and the rule broken. */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<String> parameters = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> {
			String name = result.getMethodParameter().getParameterName();
			parameters.add(name);
			result.getResolvableErrors().forEach(error -> errors.add(name + " " + error.getDefaultMessage()));
		});
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				errors.isEmpty() ? "Invalid parameters" : String.join("; ", errors));
		problem.setTitle("Invalid parameter");
		if (parameters.size() == 1) {
			problem.setProperty("parameter", parameters.get(0));
		}
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	private ResponseEntity<Object> badParameter(String name, Object value, HttpHeaders headers, WebRequest request,
			Exception ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Parameter '" + name + "' has an invalid value: " + value);
		problem.setTitle("Invalid parameter");
		problem.setProperty("parameter", name);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

}
