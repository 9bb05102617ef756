package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * SW12STG2: "If a child is looked after on 31 March then all social worker episodes for the full
 * previous year should be reported, even those whilst they were not looked after." Checks each episode
 * that starts a period of care (RNE S) or ends one (a REC other than X1), short-term breaks (LS V3, V4)
 * aside, against each of the child's social worker episodes, as the public validator does: an episode
 * ending care is accounted for by a social worker episode that began (SW_DECOM) on or before its DEC,
 * one starting care by a social worker episode that began on or after its DECOM. The episode is
 * flagged where the child has no social worker episode, or where any of them accounts for it neither
 * way. Every child is checked, as the public validator checks them (no DfE logic text says otherwise;
 * the message's "looked after on 31 March" alone does not outweigh it), so a child who left care in
 * the year needs the social worker episodes of the year too.
 *
 * <p>One departure from the public validator (see docs/rule-interpretations.md): an episode with
 * neither DEC nor REC is still open and ends nothing, so it is checked only if it starts a period of
 * care. The public validator takes the blank REC as "not X1" and so flags every open episode not
 * starting care; the DfE's rule 148 says of an open episode that DEC and REC are "both left blank".
 *
 * <p>Redefined by the DfE in 2024-25: only episodes that ended in the year or the year before, or have
 * no DEC that is a date, are checked ({@link #IN_THE_YEAR_AND_THE_YEAR_BEFORE}); in 2023-24 every
 * episode ({@link #EVERY_EPISODE}).
 */
public final class RuleSW12STG2 implements Rule {
  /** 2023-24: every episode of the return is checked. */
  public static final boolean EVERY_EPISODE = false;

  /** From 2024-25: episodes that ended from a year before the collection year's start to its end, or are open. */
  public static final boolean IN_THE_YEAR_AND_THE_YEAR_BEFORE = true;

  /** The year the public validator goes back (numpy's year, 365.2425 days), in seconds. */
  private static final long YEAR_BEFORE_SECONDS = 31_556_952L;

  private final boolean lastTwoYearsOnly;

  /** The rule, checking every episode or only those that ended in the year or the year before. */
  public RuleSW12STG2(boolean lastTwoYearsOnly) {
    this.lastTwoYearsOnly = lastTwoYearsOnly;
  }

  @Override
  public String code() {
    return "SW12STG2";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.episodes().isEmpty()) {
      return;
    }
    long earliestEnd = context.year().ssda903Start().atStartOfDay().toEpochSecond(ZoneOffset.UTC) - YEAR_BEFORE_SECONDS;
    LocalDate yearEnd = context.year().ssda903End();
    List<SocialWorkerEpisode> social = child.socialWorkerEpisodes();
    for (Episode e : child.episodes()) {
      if (e.legalStatus().map(ls -> ls.isRespite()).orElse(false)) {
        continue;
      }
      Optional<LocalDate> dec = LastYearsReturn.recordedDate(e, e.end(), "DEC");
      if (lastTwoYearsOnly
          && dec.isPresent()
          && (dec.get().atStartOfDay().toEpochSecond(ZoneOffset.UTC) < earliestEnd || dec.get().isAfter(yearEnd))) {
        continue;
      }
      boolean startsCare = e.reasonNewEpisode().orElse(null) == ReasonNewEpisode.S;
      boolean endsCare = endsCare(e);
      if (!startsCare && !endsCare) {
        continue;
      }
      Optional<LocalDate> decom = LastYearsReturn.startOf(e);
      if (social.isEmpty()) {
        flags.flag(e);
        continue;
      }
      for (SocialWorkerEpisode sw : social) {
        Optional<LocalDate> allocated = SocialWorkerEpisodes.start(sw);
        boolean forTheEnd = endsCare && allocated.isPresent() && dec.isPresent() && !allocated.get().isAfter(dec.get());
        boolean forTheStart = startsCare && allocated.isPresent() && decom.isPresent() && !allocated.get().isBefore(decom.get());
        if (!forTheEnd && !forTheStart) {
          flags.flag(e);
          break;
        }
      }
    }
  }

  /** A REC other than X1 (a code or text that is no code); a blank REC ends care only once a DEC is given. */
  private static boolean endsCare(Episode e) {
    if (e.reasonCeased().isPresent()) {
      return e.reasonCeased().get() != ReasonEpisodeCeased.X1;
    }
    return e.unparsed("REC").isPresent() || !ItemPresence.isBlank(e.end(), e, "DEC");
  }
}
