package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 426: "A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the
 * same year." For a child with episodes under both V3 (short-term breaks recorded episode by episode)
 * and V4 (recorded as agreements) in the return, flags every V3 and V4 episode. Same in every year.
 */
public final class Rule426 implements Rule {
  @Override
  public String code() {
    return "426";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (has(child, LegalStatus.V3) && has(child, LegalStatus.V4)) {
      for (Episode e : child.episodes()) {
        if (EpisodeItems.isRespite(e)) {
          flags.flag(e);
        }
      }
    }
  }

  private static boolean has(Child child, LegalStatus status) {
    return child.episodes().stream().anyMatch(e -> e.legalStatus().filter(ls -> ls == status).isPresent());
  }
}
