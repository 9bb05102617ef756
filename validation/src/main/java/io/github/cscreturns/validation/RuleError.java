package io.github.cscreturns.validation;

import io.github.cscreturns.core.ChildId;
import java.util.Optional;

/**
 * A rule that threw while checking one subject (a child, or the whole return). The run went on; the
 * rule's outcome is {@link RuleOutcome.Errored}. {@code error} names the exception type and the frame
 * that threw, never the exception's message, which might quote field values.
 *
 * @param ruleCode the DfE rule code
 * @param childId the child being checked; empty for a whole-return rule failing at the end of the run
 * @param ordinal the child's 0-based position in the return; -1 for the whole return
 * @param error the exception type and where it was thrown
 */
public record RuleError(String ruleCode, Optional<ChildId> childId, int ordinal, String error) {}
