package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildIdentifiers;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8500: LA Child ID missing. DfE logic: "&lt;LAchildID&gt; (N00097) must be present".
 *
 * <p>An LAchildID element with no text is missing too.
 */
public final class Rule8500 implements CinRule {
  @Override
  public String code() {
    return "8500";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    ChildIdentifiers id = child.identifiers();
    if (child.identifiersRecorded() && !id.hasContent("LAchildID", id.laChildId())) {
      flags.flag(id);
    }
  }
}
