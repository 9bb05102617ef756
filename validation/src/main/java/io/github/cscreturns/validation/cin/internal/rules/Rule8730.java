package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;
import java.util.regex.Pattern;

/**
 * 8730: Total Number of previous Child Protection Plans missing. DfE logic: "Where a CPP module is
 * present, &lt;NumberOfPreviousCPP&gt; (N00106) must be greater than or equal to zero".
 *
 * <p>A plan is flagged when the number is missing, blank, not a whole number, or negative. A whole
 * number written with a plus sign, leading zeros or surrounding white space (as the schema's integer
 * type allows) is read as that number.
 */
public final class Rule8730 implements CinRule {
  private static final String ITEM = "NumberOfPreviousCPP";
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");

  @Override
  public String code() {
    return "8730";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (ChildProtectionPlan plan : ProtectionPlansOfChild.of(child)) {
      if (!isZeroOrMore(plan)) {
        flags.flag(plan);
      }
    }
  }

  private static boolean isZeroOrMore(ChildProtectionPlan plan) {
    if (plan.numberOfPreviousPlans().isPresent()) {
      return plan.numberOfPreviousPlans().getAsInt() >= 0;
    }
    String text = plan.unparsed(ITEM).map(String::strip).orElse("");
    if (!WHOLE_NUMBER.matcher(text).matches()) {
      return false;
    }
    String digits = text.replaceFirst("^[+-]", "").replaceFirst("^0+(?=\\d)", "");
    return !text.startsWith("-") || digits.equals("0");
  }
}
