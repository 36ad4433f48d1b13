/**
 * The curators' workspace under {@code /curation}: forms to create, edit and archive the whole
 * record (treaties, ratifications, mechanisms, documents, recommendations, visits, state reports,
 * vocabularies), merging and splitting recommendations, bulk edits of a search selection, and
 * turning a document's text into recommendations. Every save checks the version the curator opened
 * (optimistic locking). Recommendations, documents and ratifications are written through JPA so that
 * their history (Envers) records each change with the curator; the other records are plain SQL.
 */
package org.rightstrack.curation;
