package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Uasc;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 205A: "Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both
 * years does not support this." Needs last year's return. For a child who was UASC last year and is not
 * this year, flags the UASC record (and Header) where this year's DUC is recorded, or last year's DUC
 * does not name a day within last year's collection period. See {@link UascStatusAcrossYearsRule}.
 */
public final class Rule205A extends UascStatusAcrossYearsRule {
  @Override
  public String code() {
    return "205A";
  }

  @Override
  boolean contradicts(Uasc now, Optional<Uasc> last, boolean uascNow, boolean uascLast, RuleContext context) {
    if (uascNow || !uascLast) {
      return false;
    }
    CollectionYear lastYear = context.year().previous().orElse(context.year());
    Optional<LocalDate> ceasedLastYear = last.flatMap(UascStatusAcrossYearsRule::ceased);
    return ceasedRecorded(now) || ceasedLastYear.map(d -> !lastYear.ssda903Contains(d)).orElse(true);
  }
}
