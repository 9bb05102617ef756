package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Uasc;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;

/**
 * 205C: "Child not identified as UASC either this year or last year but date UASC ceased has been
 * provided." Needs last year's return. For a child UASC in neither year, flags the UASC record (and
 * Header) where DUC is recorded this year or last year. See {@link UascStatusAcrossYearsRule}.
 */
public final class Rule205C extends UascStatusAcrossYearsRule {
  @Override
  public String code() {
    return "205C";
  }

  @Override
  boolean contradicts(Uasc now, Optional<Uasc> last, boolean uascNow, boolean uascLast, RuleContext context) {
    return !uascNow && !uascLast && (ceasedRecorded(now) || last.map(UascStatusAcrossYearsRule::ceasedRecorded).orElse(false));
  }
}
