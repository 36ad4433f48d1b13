package org.rightstrack.search;

/**
 * One value of a facet with the number of recommendations that match the search with that value
 * (counted with every filter applied except the facet's own).
 * @param value the request parameter value that selects it
 * @param label what people read
 */
public record FacetCount(String value, String label, long count) {
}
