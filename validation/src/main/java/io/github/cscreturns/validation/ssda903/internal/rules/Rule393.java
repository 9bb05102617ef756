package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 393: "Child is looked after but mother field is not completed." Flags the Header of a girl (SEX code
 * for female valid in the year: 2 to 2023-24, F from 2024-25 — the DfE's 2024-25 redefinition is that
 * change of code) with any episode whose legal status is not V3/V4, whose MOTHER is blank.
 */
public final class Rule393 extends EveryHeaderRow {
  @Override
  public String code() {
    return "393";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!child.headerRecorded()) {
      return;
    }
    boolean girl = child.sex().map(s -> s.isFemale() && s.isValidIn(context.year())).orElse(false);
    boolean lookedAfter = child.episodes().stream().anyMatch(e -> !EpisodeItems.isRespite(e));
    if (girl && lookedAfter && ItemPresence.isBlank(child.motherStatus(), child, "MOTHER")) {
      flags.flag(child);
    }
  }
}
