package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;

/**
 * 142: "A new episode has started, but the previous episode has not ended." Flags every episode but
 * the child's latest (by DECOM) whose DEC or REC is blank: a later episode has started, so it must
 * have ended. Episodes without a start date are left out (rule 141 and others report them); a DEC or
 * REC that was given but did not parse is left to rules 147 and 149.
 */
public final class Rule142 implements Rule {
  @Override
  public String code() {
    return "142";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<Episode> dated = child.episodesInDateOrder();
    for (Episode episode : dated.subList(0, Math.max(0, dated.size() - 1))) {
      if (ItemPresence.isBlank(episode.end(), episode, "DEC")
          || ItemPresence.isBlank(episode.reasonCeased(), episode, "REC")) {
        flags.flag(episode);
      }
    }
  }
}
