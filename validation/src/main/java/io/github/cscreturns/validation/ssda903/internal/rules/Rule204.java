package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;
import java.util.Set;

/**
 * 204: "Ethnic origin code disagrees with the ethnic origin already recorded for this child." Needs last year's
 * return. Flags the Header of a child whose ETHNIC differs from the ETHNIC on the child's Header in last
 * year's return, codes compared as judged (upper-cased, nothing stripped: " APKN" is not APKN; docs/reading-rules.md) (a blank differs
 * from a code; two blanks agree). Nothing to compare, so nothing flagged, for a child not in last
 * year's return.
 */
public final class Rule204 implements Rule {
  @Override
  public String code() {
    return "204";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    Optional<Child> last = LastYearsReturn.header(context);
    if (child.headerRecorded() && last.isPresent()
        && !LastYearsReturn.codeText(child, child.ethnicity(), "ETHNIC").equals(LastYearsReturn.codeText(last.get(), last.get().ethnicity(), "ETHNIC"))) {
      flags.flag(child);
    }
  }
}
