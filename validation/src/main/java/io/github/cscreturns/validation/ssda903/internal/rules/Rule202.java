package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;
import java.util.Set;

/**
 * 202: "The gender code conflicts with the gender already recorded for this child." Needs last year's
 * return. Flags the Header of a child whose SEX differs from the SEX on the child's Header in last
 * year's return (gender 1/2 in a 2023-24 return and sex M/F from 2024-25 compared by meaning, through the
 * codeset's crosswalk, where each code is valid in its own year), other codes compared as judged (upper-cased, nothing stripped: " M" is not M; docs/reading-rules.md) (a blank differs
 * from a code; two blanks agree). Nothing to compare, so nothing flagged, for a child not in last
 * year's return.
 */
public final class Rule202 implements Rule {
  @Override
  public String code() {
    return "202";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    Optional<Child> last = LastYearsReturn.header(context);
    if (child.headerRecorded() && last.isPresent() && !sameSex(child, last.get(), context)) {
      flags.flag(child);
    }
  }

  /**
   * Whether the two records give the same sex: the same code, or codes of the same meaning across the
   * 2024-25 recoding (gender 1/2 in last year's 2023-24 return, sex M/F this year, as the codeset's
   * crosswalk says); otherwise the codes as written.
   */
  private static boolean sameSex(Child child, Child last, RuleContext context) {
    Optional<Sex> now = child.sex();
    Optional<Sex> before = last.sex();
    // Only codes valid in their own year are compared by meaning: "F" in a 2022-23 return is no gender code.
    boolean eachValidInItsYear = now.isPresent() && before.isPresent() && now.get().isValidIn(context.year())
        && context.year().previous().map(p -> before.get().isValidIn(p)).orElse(false);
    if (eachValidInItsYear) {
      Sex a = now.get();
      Sex b = before.get();
      return a == b || (a.isMale() && b.isMale()) || (a.isFemale() && b.isFemale());
    }
    return LastYearsReturn.codeText(child, now, "SEX").equals(LastYearsReturn.codeText(last, before, "SEX"));
  }
}
