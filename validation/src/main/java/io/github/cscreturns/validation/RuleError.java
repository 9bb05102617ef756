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
public record RuleError(String ruleCode, Optional<ChildId> childId, int ordinal, String error) {
  /**
   * The error of a rule that threw: the exception's type and the frame that threw, never its message.
   *
   * @param ruleCode the DfE rule code
   * @param childId the child being checked, if any
   * @param ordinal the child's 0-based position in the return; -1 for the whole return
   * @param thrown what the rule threw
   * @return the error, naming the exception's type and where it was thrown
   * @since 2022-23
   */
  public static RuleError of(String ruleCode, Optional<ChildId> childId, int ordinal, Throwable thrown) {
    return new RuleError(ruleCode, childId, ordinal, describe(thrown));
  }

  /**
   * The exception's type and the frame that threw it, never its message (which might quote field
   * values).
   *
   * @param thrown what a rule threw
   * @return its type and where it was thrown
   * @since 2022-23
   */
  public static String describe(Throwable thrown) {
    StackTraceElement[] trace = thrown.getStackTrace();
    String where =
        trace.length > 0
            ? " at " + trace[0].getClassName() + "." + trace[0].getMethodName() + ":" + trace[0].getLineNumber()
            : "";
    return thrown.getClass().getName() + where;
  }
}
