package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinReturnRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 2888Q: Only one disability code is recorded per child and multiple disabilities should be recorded
 * where possible. DfE logic: "Excluding children where &lt;Disability&gt; (N00099) is ‘NONE’, within a
 * local authority, one or more children should have more than one disability recorded."
 *
 * <p>A child counts when it has two or more Disability records other than NONE. A return with
 * children none of whom counts is flagged as a whole (a return-level query).
 */
public final class Rule2888Q implements CinReturnRule {
  @Override
  public String code() {
    return "2888Q";
  }

  @Override
  public Accumulator newAccumulator(CinRuleContext context) {
    return new Accumulator() {
      private boolean anyChild;
      private boolean someoneHasSeveral;

      @Override
      public void accept(CinChild child) {
        anyChild = true;
        long recorded =
            child.disabilities().stream()
                .filter(d -> !DisabilityRecords.isNone(d) && !DisabilityRecords.text(d).isBlank())
                .count();
        someoneHasSeveral |= recorded > 1;
      }

      @Override
      public void finish(CinFlags flags) {
        if (anyChild && !someoneHasSeveral) {
          flags.flagReturn();
        }
      }
    };
  }
}
