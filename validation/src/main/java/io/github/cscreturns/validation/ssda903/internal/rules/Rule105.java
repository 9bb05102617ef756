package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 105: "Data entry for Unaccompanied Asylum-Seeking Children (UASC) status of child is invalid or
 * has not been completed." The item is the XML header's UASC flag (0 or 1); CSV returns have no such
 * item (they carry a UASC table instead), so, as in the DfE tool, a blank flag is reported only for a
 * child read from XML (its source has an element path). Flags the Header where the flag did not
 * parse, is not valid in the year, or is blank in an XML return.
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
    if (child.uascFlag().isPresent()) {
      if (!child.uascFlag().get().isValidIn(context.year())) {
        flags.flag(child);
      }
      return;
    }
    boolean readFromXml = child.source().flatMap(s -> s.elementPath()).isPresent();
    if (child.unparsed("UASC").isPresent() || readFromXml) {
      flags.flag(child);
    }
  }
}
