package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 4180: Gender is missing (from 2024-25: Sex must be provided and equal M, F, or U). DfE logic
 * (2022-23): "&lt;GenderCurrent&gt; (N00097) must be present and valid" (the item is N00065; N00097 is
 * a slip in the DfE text); from 2024-25: "&lt;Sex&gt; (N00783) must be present and valid".
 *
 * <p>Valid means a code of the year's codeset: GenderCurrent 1, 2, 0 or 9; Sex M, F or U.
 */
public final class Rule4180 implements CinRule {
  private final SexItem item;

  private Rule4180(SexItem item) {
    this.item = item;
  }

  /**
   * The version of 2022-23 and 2023-24, reading GenderCurrent.
   *
   * @return the rule
   */
  public static Rule4180 genderCurrent() {
    return new Rule4180(SexItem.GENDER_CURRENT);
  }

  /**
   * The version from 2024-25, reading Sex.
   *
   * @return the rule
   */
  public static Rule4180 sex() {
    return new Rule4180(SexItem.SEX);
  }

  @Override
  public String code() {
    return "4180";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    if (child.identifiersRecorded() && !item.isValid(child.identifiers(), context.year())) {
      flags.flag(child.identifiers());
    }
  }
}
