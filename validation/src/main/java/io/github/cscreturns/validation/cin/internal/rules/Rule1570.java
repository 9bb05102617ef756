package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 1570 (from 2024-25): LA Child ID must not be longer than 20 characters. The DfE publishes no logic
 * text beyond the message: LAchildID (N00097) must be at most 20 characters, counted as written.
 */
public final class Rule1570 implements CinRule {
  private static final int LONGEST = 20;

  @Override
  public String code() {
    return "1570";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    child.identifiers().laChildId().ifPresent(id -> {
      if (id.value().codePointCount(0, id.value().length()) > LONGEST) {
        flags.flag(child.identifiers());
      }
    });
  }
}
