package org.rightstrack.importing;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the server starts, the imports it was queueing or running when it last stopped can no longer
 * finish (their transaction was never committed): they are marked failed, and their page offers to run
 * them again. Only the server does this, never a command-line import that shares the database.
 */
@Component
@ConditionalOnWebApplication
class InterruptedImports {

	private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

	private final ImportService imports;

	InterruptedImports(ImportService imports) {
		this.imports = imports;
	}

	@EventListener(ApplicationReadyEvent.class)
	void failInterrupted() {
		int failed = imports.failInterrupted(Locale.ENGLISH);
		if (failed > 0) {
			log.warn("{} imports were interrupted when the application last stopped; marked failed", failed);
		}
		int discarded = imports.discardOldUploads();
		if (discarded > 0) {
			log.info("{} old uploads deleted", discarded);
		}
	}

}
