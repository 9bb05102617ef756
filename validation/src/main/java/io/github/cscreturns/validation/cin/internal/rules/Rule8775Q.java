package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;

/**
 * 8775Q: Child is over 25 years old. DfE logic: "&lt;PersonBirthDate&gt; (N00066) is before
 * (&lt;ReferenceDate&gt; (N00603) minus 25 years) AND {&lt;CINClosureDate&gt; (N00102) is after
 * (&lt;PersonBirthDate&gt; plus 25 years) OR &lt;CINClosureDate&gt; is NULL}".
 *
 * <p>Each CINdetails closed after the 25th birthday, or not closed (no closure date that is a date), is
 * flagged with the ChildIdentifiers; a child of that age with no CINdetails at all has no closure date
 * either, and its ChildIdentifiers is flagged.
 */
public final class Rule8775Q implements CinRule {
  private static final int YEARS = 25;

  @Override
  public String code() {
    return "8775Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    LocalDate birth = child.identifiers().birthDate().orElse(null);
    if (birth == null || !birth.isBefore(context.referenceDate().minusYears(YEARS))) {
      return;
    }
    LocalDate twentyFifth = birth.plusYears(YEARS);
    if (child.cinDetails().isEmpty()) {
      flags.flag(child.identifiers());
    }
    for (CinDetails d : child.cinDetails()) {
      if (d.closureDate().filter(c -> !c.isAfter(twentyFifth)).isEmpty()) {
        flags.flag(child.identifiers());
        flags.flag(d);
      }
    }
  }
}
