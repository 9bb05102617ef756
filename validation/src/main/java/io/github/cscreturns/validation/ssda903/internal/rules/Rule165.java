package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;

/**
 * 165: "Data entry for mother status is invalid." For a child with episodes other than short breaks
 * (LS V3, V4), flags the Header and the child's OC3 records where MOTHER is filled in but not a valid
 * code, or filled in at all for a boy, or left blank for a girl looked after during the year, or filled
 * in for a girl not looked after during the year who has care leaver information (IN_TOUCH, ACTIV or
 * ACCOM). The DfE's logic, as the Python validator quotes it: "If provided &lt;MOTHER&gt; must be a valid
 * value (and child must be female). If not provided &lt;MOTHER&gt; then either &lt;GENDER&gt; is male or no
 * episode record for current year and any of &lt;IN_TOUCH&gt;, &lt;ACTIV&gt; or &lt;ACCOM&gt; have been
 * provided": a boy's MOTHER 0 is flagged too.
 *
 * <p>Boys and girls are the &lt;GENDER&gt; codes the definition names, 1 and 2. The DfE redefined 174
 * in 2024-25 when sex M/F/U replaced gender ("… but sex shows that the child is a male") but not 165,
 * whose definition still reads &lt;GENDER&gt;; so from 2024-25 a child recorded M or F is neither, and
 * only an invalid MOTHER (or a child still recorded 1 or 2) is flagged, as the portal's mirror does.
 */
public final class Rule165 extends EveryHeaderRow {
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
    Sex sex = child.sex().orElse(null);
    boolean male = sex == Sex.GENDER_MALE;
    boolean female = sex == Sex.GENDER_FEMALE;
    boolean inYear = lookedAfterDuringYear(episodes, context.year());
    boolean careLeaver = child.careLeaverCheckpoints().stream().anyMatch(CareLeaverItems::anyRecorded);
    if (invalid
        || (male && motherRecorded)
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
