package org.rightstrack.generator;

/** A UN member state as the generator sees it. */
record Country(long id, String alpha3, String name, String regionalGroup, boolean asean) {
}
