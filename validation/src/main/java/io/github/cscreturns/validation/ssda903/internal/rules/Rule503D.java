package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;
import java.util.Set;

/**
 * 503D: "The placement type in the first episode does not match open episode at end of last year". Needs
 * the previous year's return. Where the child's latest episode last year (by DECOM) has no DEC, flags
 * the child's first episode this year (by DECOM) if its placement type differs from that episode's,
 * blank and unknown codes compared as written.
 *
 * <p>The DfE redefined the rule twice; the differences are the code re-designations at the year
 * boundary: to 2023-24 the codes must match exactly; from 2024-25 an H5 placement may continue as K3
 * (supported accommodation reforms), and a code the codeset splits at the year's start as any of its
 * successors (Z1 as Z11–Z14 in 2025-26, whose redefinition this is).
 * Nothing is flagged where the child is not in last year's return, has no dated episode in either
 * year, or last year's DEC is unreadable.
 */
public final class Rule503D implements Rule {
  private final PlacementGroupings.Continuation continuation;

  /** The definition to 2023-24: the placement type must match exactly. */
  public Rule503D() {
    this(PlacementGroupings.SAME_CODE);
  }

  private Rule503D(PlacementGroupings.Continuation continuation) {
    this.continuation = continuation;
  }

  /** The definition from 2024-25: H5 may continue as K3, and split codes as their successors. */
  public static Rule503D redesignatedCodesContinue() {
    return new Rule503D(PlacementGroupings.SAME_CODE_H5_AS_K3_OR_SPLIT);
  }

  @Override
  public String code() {
    return "503D";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (context.previous().isEmpty()) {
      return;
    }
    List<Episode> lastYear = context.previous().get().episodesInDateOrder();
    List<Episode> thisYear = child.episodesInDateOrder();
    if (lastYear.isEmpty() || thisYear.isEmpty()) {
      return;
    }
    Episode open = lastYear.get(lastYear.size() - 1);
    if (!ItemPresence.isBlank(open.end(), open, "DEC")) {
      return;
    }
    Episode first = thisYear.get(0);
    String before = EpisodeItems.codeText(open, open.placement().type(), "PLACE");
    String now = EpisodeItems.codeText(first, first.placement().type(), "PLACE");
    if (before.equals(now)) {
      return;
    }
    boolean redesignated = open.placement().type().isPresent() && first.placement().type().isPresent()
        && continuation.mayContinueAs(open.placement().type().get(), first.placement().type().get(), context.year());
    if (!redesignated) {
      flags.flag(first);
    }
  }
}
