package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 1580 (from 2024-25): LA Child ID must not contain any non-alphanumeric characters. The DfE publishes
 * no logic text beyond the message: every character of LAchildID (N00097) must be a letter or a digit
 * (a space, hyphen or other punctuation is not). A blank LAchildID is rule 8500's.
 */
public final class Rule1580 implements CinRule {
  @Override
  public String code() {
    return "1580";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    child.identifiers().laChildId().filter(id -> !id.value().isEmpty()).ifPresent(id -> {
      if (!id.value().codePoints().allMatch(Character::isLetterOrDigit)) {
        flags.flag(child.identifiers());
      }
    });
  }
}
