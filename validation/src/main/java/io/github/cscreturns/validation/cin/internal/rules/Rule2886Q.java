package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildIdentifiers;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinReturnRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 2886Q: Percentage of children with no gender (from 2024-25: sex) recorded is more than 2% (excluding
 * unborns). DfE logic (2022-23): "The sum of: the number of child records where &lt;GenderCurrent&gt;
 * (N00065) is equal to zero or missing, and the &lt;ExpectedPersonBirthDate&gt; (N00098) is equal to
 * missing, divided by the total number of child records should be less than or equal to 0.02.
 * Validation is at LA level." The 2024-25 redefinition reads &lt;Sex&gt; in place of GenderCurrent;
 * its text still says "zero", which for Sex is U (unknown), the code that took the place of 0.
 *
 * <p>A return-level query: the return is flagged as a whole.
 */
public final class Rule2886Q implements CinReturnRule {
  private final SexItem item;

  private Rule2886Q(SexItem item) {
    this.item = item;
  }

  /**
   * The version of 2022-23 and 2023-24, reading GenderCurrent.
   *
   * @return the rule
   */
  public static Rule2886Q genderCurrent() {
    return new Rule2886Q(SexItem.GENDER_CURRENT);
  }

  /**
   * The version from 2024-25, reading Sex.
   *
   * @return the rule
   */
  public static Rule2886Q sex() {
    return new Rule2886Q(SexItem.SEX);
  }

  @Override
  public String code() {
    return "2886Q";
  }

  @Override
  public Accumulator newAccumulator(CinRuleContext context) {
    return new Accumulator() {
      private int children;
      private int notRecorded;

      @Override
      public void accept(CinChild child) {
        children++;
        ChildIdentifiers id = child.identifiers();
        boolean noSex = item.isMissing(id) || item.isNotRecordedOrUnborn(id);
        if (noSex && !id.hasContent("ExpectedPersonBirthDate", id.expectedBirthDate())) {
          notRecorded++;
        }
      }

      @Override
      public void finish(CinFlags flags) {
        // More than 2%: notRecorded / children > 0.02, in whole numbers.
        if (children > 0 && notRecorded * 50L > children) {
          flags.flagReturn();
        }
      }
    };
  }
}
