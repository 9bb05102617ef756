package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 105: "Data entry for Unaccompanied Asylum-Seeking Children (UASC) status of child is invalid or
 * has not been completed." The item is the XML header's UASC flag (0 or 1). CSV returns have no such
 * item (they carry a UASC table instead), so only a flag the reader saw can be wrong: the XML reader
 * keeps a blank or missing flag, and any text that is not a code, as unparsed text under "UASC".
 * Flags the Header where that text is present, or where the flag is not valid in the year.
 */
public final class Rule105 implements Rule {
  @Override
  public String code() {
    return "105";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!child.headerRecorded()) {
      return;
    }
    boolean invalid = child.uascFlag().map(f -> !f.isValidIn(context.year())).orElse(false);
    if (invalid || child.unparsed("UASC").isPresent()) {
      flags.flag(child);
    }
  }
}
