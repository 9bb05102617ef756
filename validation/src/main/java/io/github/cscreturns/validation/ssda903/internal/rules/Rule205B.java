package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Uasc;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 205B: "Child previously identified as UASC is also UASC this year, but date UASC ceased in both years
 * does not support this." Needs last year's return. For a child who is UASC in both years, flags the
 * UASC record (and Header) where last year's DUC is not the child's 18th birthday (by last year's
 * DOB: the UASC row's where written, else the header's), or this year's DUC neither falls in this year's collection period nor repeats last year's. See
 * {@link UascStatusAcrossYearsRule}.
 */
public final class Rule205B extends UascStatusAcrossYearsRule {
  @Override
  public String code() {
    return "205B";
  }

  @Override
  boolean contradicts(Uasc now, Optional<Uasc> last, boolean uascNow, boolean uascLast, RuleContext context) {
    if (!uascNow || !uascLast) {
      return false;
    }
    Optional<LocalDate> ceased = ceased(now);
    Optional<LocalDate> ceasedLast = last.flatMap(UascStatusAcrossYearsRule::ceased);
    // The DOB of last year's UASC row (CSV repeats it there); an XML return's UASC items sit in the
    // child's header, whose DOB is the only one.
    Optional<LocalDate> eighteenth =
        last.flatMap(l -> ItemPresence.isRecorded(l.dob(), l, "DOB")
                ? LastYearsReturn.recordedDate(l, l.dob(), "DOB")
                : LastYearsReturn.header(context).flatMap(h -> LastYearsReturn.recordedDate(h, h.dob(), "DOB")))
            .map(dob -> dob.plusYears(18));
    boolean ceasedThisYear = ceased.map(context.year()::ssda903Contains).orElse(false);
    boolean sameAsLastYear = ceased.isPresent() && ceased.equals(ceasedLast);
    boolean lastWasEighteenth = ceasedLast.isPresent() && ceasedLast.equals(eighteenth);
    return (!ceasedThisYear && !sameAsLastYear) || !lastWasEighteenth;
  }
}
