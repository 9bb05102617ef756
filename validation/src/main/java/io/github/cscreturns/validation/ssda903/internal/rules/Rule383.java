package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 383: "A child in a temporary placement must subsequently return to his/her normal placement." Looks
 * at each episode, in date order, that follows an episode in a temporary placement ({@link
 * PlacementType#isTemporary()}, T0–T4) which itself follows another episode (the normal placement).
 * The following episode is flagged when its RNE is not P, or its PLACE differs from the normal
 * placement's; from 2025-26 also when its PL_POST differs from the normal placement's (the DfE added
 * PL_POST and RNE to the rule's items that year). Blank items cannot be judged; unparsed text differs.
 * "Previous episode" is the reference's order: its rule reads DECOM without a format, day first, so
 * " 23/10/2026", "07-07-2026" and "03/31/2022" are dates to it ({@link LooseDates}); an episode whose
 * DECOM is no date even so comes after the dated ones, as it sorts them.
 *
 * <p>The DfE's logic, as the reference quotes it, is written on the episode after the temporary one
 * ("If previous episode &lt;PL&gt; = 'T0' or … 'T4' then current episode &lt;RNE&gt; must = 'P' AND
 * &lt;PL&gt; must = previous episode -1 &lt;PL&gt; …"), so that is the record flagged in every year, as
 * the reference's findings flag it.
 */
public final class Rule383 implements Rule {
  private final boolean comparePostcodes;

  /** The definition to 2024-25: the return is judged by RNE and PLACE. */
  public Rule383() {
    this(false);
  }

  private Rule383(boolean comparePostcodes) {
    this.comparePostcodes = comparePostcodes;
  }

  /** The 2025-26 definition: the return to the normal placement is judged by PL_POST too. */
  public static Rule383 placementPostcodeToo() {
    return new Rule383(true);
  }

  @Override
  public String code() {
    return "383";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<Episode> dated = inReferenceOrder(child, context.year().endYear());
    for (int i = 2; i < dated.size(); i++) {
      Episode temporary = dated.get(i - 1);
      if (!temporary.placement().type().map(PlacementType::isTemporary).orElse(false)) {
        continue;
      }
      Episode normal = dated.get(i - 2);
      Episode current = dated.get(i);
      boolean notReturned =
          ItemPresence.isKnownAndNot(current.reasonNewEpisode(), current.unparsed("RNE"), r -> r == ReasonNewEpisode.P)
              || differ(current.placement().type().map(PlacementType::code), current.unparsed("PLACE"),
                  normal.placement().type().map(PlacementType::code), normal.unparsed("PLACE"))
              || (comparePostcodes
                  && differ(current.placement().postcode().map(Rule383::comparable), current.unparsed("PL_POST"),
                      normal.placement().postcode().map(Rule383::comparable), normal.unparsed("PL_POST")));
      if (notReturned) {
        flags.flag(current);
      }
    }
  }

  /**
   * The child's episodes in the reference's order: by DECOM read loosely ({@link LooseDates}), those
   * starting the same day in the order of the return, then those whose DECOM is no date even so.
   */
  private static List<Episode> inReferenceOrder(Child child, int year) {
    List<Episode> dated = new ArrayList<>();
    List<Episode> undated = new ArrayList<>();
    Map<Episode, LocalDate> starts = new IdentityHashMap<>();
    for (Episode e : child.episodes()) {
      Optional<LocalDate> start = LooseDates.of(e, "DECOM", e.start(), year);
      if (start.isPresent()) {
        starts.put(e, start.get());
        dated.add(e);
      } else {
        undated.add(e);
      }
    }
    dated.sort(Comparator.comparing(starts::get));
    dated.addAll(undated);
    return dated;
  }

  /** Whether two items, each given as a typed value's text or as unparsed text, are both known and differ. */
  private static boolean differ(
      Optional<String> typed, Optional<String> unparsed, Optional<String> otherTyped, Optional<String> otherUnparsed) {
    Optional<String> one = typed.or(() -> unparsed);
    Optional<String> other = otherTyped.or(() -> otherUnparsed);
    return one.isPresent() && other.isPresent() && !one.get().equals(other.get());
  }

  private static String comparable(Postcode postcode) {
    return postcode.normalised().orElseGet(() -> postcode.value().replace(" ", "").toUpperCase(java.util.Locale.ROOT));
  }
}
