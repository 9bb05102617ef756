package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 4220: Ethnicity is missing or invalid (see Ethnicity table). DfE logic: "&lt;Ethnicity&gt; (N00177)
 * must be present and a valid code".
 *
 * <p>Valid means a code of the year's Ethnicity codeset. The ChildCharacteristics record is flagged; a
 * child written without one has no record to flag.
 */
public final class Rule4220 implements CinRule {
  @Override
  public String code() {
    return "4220";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    child.characteristics().ifPresent(ch -> {
      if (ch.ethnicity().filter(e -> e.isValidIn(context.year())).isEmpty()) {
        flags.flag(ch);
      }
    });
  }
}
