package org.rightstrack.generator;

import org.rightstrack.mechanism.MechanismKind;

/** A mechanism that issues generated documents; {@code mandateCountry} is the country of a country mandate. */
record Mechanism(long id, String code, String name, MechanismKind kind, Long mandateCountry) {
}
