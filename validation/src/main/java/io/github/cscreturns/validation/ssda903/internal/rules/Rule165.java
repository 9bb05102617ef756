package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;

/**
 * 165: "Data entry for mother status is invalid." For a child with episodes other than short breaks
 * (LS V3, V4), flags the Header and the child's OC3 records where MOTHER is filled in but not a valid
 * code, or 1 (is a mother) for a boy, or left blank for a girl looked after during the year, or filled in
 * for a girl not looked after during the year who has care leaver information (IN_TOUCH, ACTIV or
 * ACCOM). Boys and girls are the year's sex codes (gender 1 and 2 to 2023-24, sex M and F from
 * 2024-25). A boy recorded as 0 (not a mother) is not flagged: the entry is true of him.
 *
 * <p>Departures from the Python validator, which compares SEX with "1" and "2" in every year (so from
 * 2024-25 flags only invalid MOTHER values) and flags a boy's MOTHER 0: the DfE's rule on "mother
 * status" reads the year's sex codes, and "0 = not a mother" is true of a boy.
 */
public final class Rule165 implements Rule {
  @Override
  public String code() {
    return "165";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<Episode> episodes =
        child.episodes().stream().filter(e -> !e.legalStatus().map(ls -> ls.isRespite()).orElse(false)).toList();
    if (episodes.isEmpty() || !child.headerRecorded()) {
      return;
    }
    boolean motherRecorded = ItemPresence.isRecorded(child.motherStatus(), child, "MOTHER");
    boolean invalid = motherRecorded && child.motherStatus().isEmpty();
    Sex sex = child.sex().filter(s -> s.isValidIn(context.year())).orElse(null);
    boolean male = sex != null && sex.isMale();
    boolean female = sex != null && sex.isFemale();
    boolean inYear = lookedAfterDuringYear(episodes, context.year());
    boolean careLeaver = child.careLeaverCheckpoints().stream().anyMatch(CareLeaverItems::anyRecorded);
    if (invalid
        || (male && child.motherStatus().orElse(null) == MotherStatus.IS_A_MOTHER)
        || (!motherRecorded && female && inYear)
        || (motherRecorded && female && !inYear && careLeaver)) {
      flags.flag(child);
      flags.flagAll(child.careLeaverCheckpoints());
    }
  }

  /** An episode (one with no date it ceased taken as ceasing on 31 March) that ceased on or after 1 April and started by 31 March. */
  private static boolean lookedAfterDuringYear(List<Episode> episodes, CollectionYear year) {
    for (Episode e : episodes) {
      boolean started = e.start().map(d -> !d.isAfter(year.ssda903End())).orElse(false);
      boolean notCeasedBefore = e.end().map(d -> !d.isBefore(year.ssda903Start())).orElse(true);
      if (started && notCeasedBefore) {
        return true;
      }
    }
    return false;
  }
}
