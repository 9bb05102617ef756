package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * 208: "Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN)
 * already recorded for this child." Needs last year's return. Flags the Header of a child whose UPN
 * differs from the UPN on last year's Header (as judged: case aside, spaces kept), except for the changes that record new
 * knowledge rather than a contradiction: from UN1 or blank to one of UN2–UN5, and from blank or any
 * unknown-UPN code UN1–UN5 to a UPN. Blank in both years is rule 442's to report, not a disagreement.
 * Nothing flagged for a child not in last year's return.
 */
public final class Rule208 implements Rule {
  @Override
  public String code() {
    return "208";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    Optional<Child> last = LastYearsReturn.header(context);
    if (!child.headerRecorded() || last.isEmpty()) {
      return;
    }
    String now = text(child);
    String before = text(last.get());
    if (now.equals(before)) {
      return;
    }
    boolean blankBefore = before.isEmpty();
    boolean unknownNow = isUnknownReason(now, 2, 5);
    boolean moreIsKnown = (blankBefore || before.equals("UN1")) && unknownNow;
    boolean nowKnown = (blankBefore || isUnknownReason(before, 1, 5)) && !now.isEmpty() && !isUnknownReason(now, 1, 5);
    if (!moreIsKnown && !nowKnown) {
      flags.flag(child);
    }
  }

  /** The UPN as written, upper-cased, or its unparsed text, or "" when blank. */
  private static String text(Child c) {
    return c.upn().map(Upn::value).or(() -> c.unparsed("UPN")).map(t -> t.toUpperCase(Locale.ROOT)).orElse("");
  }

  private static boolean isUnknownReason(String upn, int from, int to) {
    if (upn.length() != 3 || !upn.startsWith("UN")) {
      return false;
    }
    int n = upn.charAt(2) - '0';
    return n >= from && n <= to;
  }
}
