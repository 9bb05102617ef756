package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;

/**
 * 8530Q: Expected Date of Birth is outside the expected range for this census (March to December of
 * the Census Year end). DfE logic: "If present &lt;ExpectedPersonBirthDate&gt; (N00098) should be
 * between [&lt;ReferenceDate&gt; (N00603) minus 30 days] and [&lt;ReferenceDate&gt; (N00603) plus 9
 * months]".
 *
 * <p>Both ends are in the range: for 31 March they are 1 March and 31 December, the "March to
 * December" of the message.
 */
public final class Rule8530Q implements CinRule {
  @Override
  public String code() {
    return "8530Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    LocalDate earliest = context.referenceDate().minusDays(30);
    LocalDate latest = context.referenceDate().plusMonths(9);
    child.identifiers().expectedBirthDate()
        .filter(e -> e.isBefore(earliest) || e.isAfter(latest))
        .ifPresent(e -> flags.flag(child.identifiers()));
  }
}
