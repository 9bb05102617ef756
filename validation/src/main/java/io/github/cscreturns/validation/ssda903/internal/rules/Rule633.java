package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.PreviousPermanence;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Set;

/**
 * 633: "Local authority code where previous permanence option was arranged is not a valid value."
 * Flags each PrevPerm record whose LA_PERM is filled in with neither a DfE local authority code valid
 * in the year (the reference data's list, pseudo codes apart), nor one of the codes for an order made
 * outside England (WAL, SCO, NIR, NUK), nor 999 (not known). Same in every year.
 */
public final class Rule633 implements Rule {
  /** LA_PERM for an order arranged outside England: Wales, Scotland, Northern Ireland, outside the UK. */
  static final Set<String> OUTSIDE_ENGLAND = Set.of("WAL", "SCO", "NIR", "NUK");

  /** LA_PERM where the arranging authority is not known (as the public validator accepts it). */
  static final String NOT_KNOWN = "999";

  @Override
  public String code() {
    return "633";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (PreviousPermanence p : child.previousPermanence()) {
      if (p.arrangingLa().isPresent() && !isValid(p.arrangingLa().get(), context)) {
        flags.flag(p);
      } else if (p.arrangingLa().isEmpty() && p.unparsed("LA_PERM").isPresent()) {
        flags.flag(p);
      }
    }
  }

  private static boolean isValid(LaCode code, RuleContext context) {
    String text = code.value().strip();
    if (OUTSIDE_ENGLAND.contains(text) || NOT_KNOWN.equals(text)) {
      return true;
    }
    return context.referenceData().localAuthorities().authority(code)
        .filter(a -> !a.pseudo() && a.isValidIn(context.year()))
        .isPresent();
  }
}
