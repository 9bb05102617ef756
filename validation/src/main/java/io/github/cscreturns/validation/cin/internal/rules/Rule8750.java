package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildIdentifiers;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8750: Gender must equal 0 for an unborn child (from 2024-25: Sex must equal U for an unborn child).
 * DfE logic (2022-23): "If &lt;ExpectedPersonBirthDate&gt; (N00098) is present and
 * &lt;PersonBirthDate&gt; (N00066) is blank then &lt;GenderCurrent&gt; (N00065) must equal “0”"; from
 * 2024-25 the same of &lt;Sex&gt; (N00783), whose code for an unborn child is U (the text still says
 * “0”, the message says U).
 */
public final class Rule8750 implements CinRule {
  private final SexItem item;

  private Rule8750(SexItem item) {
    this.item = item;
  }

  /**
   * The version of 2022-23 and 2023-24, reading GenderCurrent.
   *
   * @return the rule
   */
  public static Rule8750 genderCurrent() {
    return new Rule8750(SexItem.GENDER_CURRENT);
  }

  /**
   * The version from 2024-25, reading Sex.
   *
   * @return the rule
   */
  public static Rule8750 sex() {
    return new Rule8750(SexItem.SEX);
  }

  @Override
  public String code() {
    return "8750";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    ChildIdentifiers id = child.identifiers();
    boolean unborn =
        id.hasContent("ExpectedPersonBirthDate", id.expectedBirthDate()) && !id.hasContent("PersonBirthDate", id.birthDate());
    if (unborn && !item.isNotRecordedOrUnborn(id)) {
      flags.flag(id);
    }
  }
}
