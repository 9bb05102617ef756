package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;

/**
 * 353: "No episode submitted can start before 14 October 1991." Flags each episode whose DECOM is
 * before 14 October 1991 (the Children Act 1989 came into force that day).
 */
public final class Rule353 implements Rule {
  static final LocalDate CHILDREN_ACT_1989_IN_FORCE = LocalDate.of(1991, 10, 14);

  @Override
  public String code() {
    return "353";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      if (episode.start().filter(s -> s.isBefore(CHILDREN_ACT_1989_IN_FORCE)).isPresent()) {
        flags.flag(episode);
      }
    }
  }
}
