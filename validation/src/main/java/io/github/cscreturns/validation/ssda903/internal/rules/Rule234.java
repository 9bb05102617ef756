package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonPlacementChange;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * 234 (from 2025-26): "A child aged under 10 can not change placement due to being admitted to
 * custody". The DfE's logic, as the Python validator quotes it: "If &lt;DECOM&gt; &lt; &lt;DOB&gt; + 10
 * years then previous episode &lt;REASON_PLACE_CHANGE&gt; can not be 'CUSTOD'". So for each episode
 * that started (DECOM) before the child's 10th birthday, the episode before it (by DECOM) is flagged
 * when its REASON_PLACE_CHANGE is CUSTOD, with the child's Header row (the DfE lists DOB, a Header
 * item).
 *
 * <p>Departure from the Python validator, which tests the CUSTOD episode's own DECOM: the placement
 * change the message speaks of is the start of the next episode, which is what the DfE's logic
 * tests ("previous episode"); a child placed before the 10th birthday whose placement changed after
 * it because of custody is not flagged. See docs/rule-interpretations.md.
 */
public final class Rule234 implements Rule {
  private static final int AGE_OF_CRIMINAL_RESPONSIBILITY = 10;

  @Override
  public String code() {
    return "234";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.dob().isEmpty()) {
      return;
    }
    List<Episode> dated =
        child.episodes().stream()
            .filter(e -> e.start().isPresent())
            .sorted(Comparator.comparing(e -> e.start().get()))
            .toList();
    boolean any = false;
    for (int i = 1; i < dated.size(); i++) {
      Episode previous = dated.get(i - 1);
      if (previous.reasonPlaceChange().orElse(null) == ReasonPlacementChange.CUSTOD
          && under10(child, dated.get(i).start().get())) {
        flags.flag(previous);
        any = true;
      }
    }
    if (any && child.headerRecorded()) {
      flags.flag(child);
    }
  }

  /** Whether the child is under 10 on the day (also before the child's DOB). */
  private static boolean under10(Child child, LocalDate day) {
    return child.ageOn(day).map(age -> age < AGE_OF_CRIMINAL_RESPONSIBILITY).orElse(true);
  }
}
