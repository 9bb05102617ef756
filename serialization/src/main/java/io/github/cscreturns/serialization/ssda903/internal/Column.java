package io.github.cscreturns.serialization.ssda903.internal;

import io.github.cscreturns.codesets.YearRange;
import org.jspecify.annotations.Nullable;

/**
 * One item of a table: its CSV column name (the DfE item name, also the key of {@code unparsed()}),
 * its XML element name (null for the CHILD/DOB/SEX columns that non-Header tables repeat from the
 * header), the years it is collected, and whether the XML schema requires the element.
 */
public record Column(String name, @Nullable String xmlElement, YearRange years, boolean xmlRequired) {}
