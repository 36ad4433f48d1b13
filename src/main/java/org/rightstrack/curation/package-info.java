/**
 * The curators' workspace under {@code /curation}: forms to create, edit and archive the whole
 * record (treaties, ratifications, mechanisms, documents, recommendations, visits, state reports,
 * vocabularies), merging and splitting recommendations, and turning a document's text into
 * recommendations. Writes are plain SQL with an explicit version check (optimistic locking).
 */
package org.rightstrack.curation;
