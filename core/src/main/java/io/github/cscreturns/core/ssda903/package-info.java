/**
 * The SSDA903 (children looked after) return as immutable values: {@link
 * io.github.cscreturns.core.ssda903.Ssda903Return} holds {@link io.github.cscreturns.core.ssda903.Child}
 * aggregates, each with its records of every table and derived views (periods of care, placements,
 * status at 31 March).
 *
 * <p>Every field a file may leave blank or get wrong is {@code Optional}; text that did not parse into
 * its type is kept in the record's {@code unparsed()} map under the DfE item name, so bad input is
 * reported and written back as it came, never lost.
 */
@NullMarked
@CscStyle
package io.github.cscreturns.core.ssda903;

import io.github.cscreturns.codesets.CscStyle;
import org.jspecify.annotations.NullMarked;
