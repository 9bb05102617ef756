package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinHeader;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinReturnRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 100: Reference Date is incorrect. DfE logic: "&lt;ReferenceDate&gt; (N00603) must be present and must
 * equal 2022-03-31" (the 31 March ending the collection year).
 *
 * <p>The header's {@code Year} names that collection year (its end year), so a header whose
 * ReferenceDate is not 31 March of its own Year, or of the year being validated, is flagged: a blank
 * or unreadable Year leaves the reference date unconfirmed, as the DfE's portal treats it.
 */
public final class Rule100 implements CinReturnRule {
  @Override
  public String code() {
    return "100";
  }

  @Override
  public Accumulator newAccumulator(CinRuleContext context) {
    return new Accumulator() {
      @Override
      public void accept(CinChild child) {}

      @Override
      public void finish(CinFlags flags) {
        context.header().ifPresent(h -> {
          if (!isCorrect(h, context)) {
            flags.flag(h);
          }
        });
      }
    };
  }

  private static boolean isCorrect(CinHeader header, CinRuleContext context) {
    LocalDate expected = context.referenceDate();
    Optional<LocalDate> ofYear =
        header.year().filter(y -> y.strip().matches("\\d{4}")).map(y -> LocalDate.of(Integer.parseInt(y.strip()), 3, 31));
    return header.referenceDate().filter(expected::equals).isPresent() && ofYear.filter(expected::equals).isPresent();
  }

}
