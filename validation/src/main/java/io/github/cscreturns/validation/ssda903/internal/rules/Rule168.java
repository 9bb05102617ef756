package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 168: "Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4
 * or UN5." Flags a Header whose UPN is given but is neither a UPN in the DfE's format (a letter other
 * than I, O or S, eleven digits, then a digit or letter) nor one of the unknown-UPN codes UN1 to UN5.
 * Like the DfE tool, the check letter itself is not verified. A blank UPN is left to other rules.
 */
public final class Rule168 implements Rule {
  private static final int HIGHEST_UNKNOWN_REASON = 5;

  @Override
  public String code() {
    return "168";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!child.headerRecorded()) {
      return;
    }
    boolean invalid =
        child.upn().map(upn -> !isWellFormedUpn(upn) && !isAcceptedUnknownCode(upn)).orElse(false)
            || (child.upn().isEmpty() && child.unparsed("UPN").isPresent());
    if (invalid) {
      flags.flag(child);
    }
  }

  private static boolean isWellFormedUpn(Upn upn) {
    // I, O and S are never check letters.
    return upn.isWellFormed() && "IOS".indexOf(upn.value().charAt(0)) < 0;
  }

  private static boolean isAcceptedUnknownCode(Upn upn) {
    return upn.unknownReason().map(n -> n <= HIGHEST_UNKNOWN_REASON).orElse(false);
  }
}
