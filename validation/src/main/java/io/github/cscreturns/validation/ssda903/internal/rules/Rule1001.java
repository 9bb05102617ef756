package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 1001: "The episodes recorded for this young person suggest they are not a relevant or a former
 * relevant child and therefore should not have care leaver information completed." A relevant or
 * former relevant child was looked after for at least 13 weeks (91 days) since the age of 14, some of
 * it (at least a day) after the age of 16, and was not adopted. Counted over this year's and last
 * year's episodes (the only ones the return knows: the DfE's tool notes that it "can only test the
 * current and previous year data"), each episode once (an episode in both returns by its DECOM, the
 * copy with the earlier DEC kept, one without a DEC last), leaving out short-term breaks (LS V3, V4);
 * the latest episode without a DEC runs to 31 March; the days of an episode are from its DECOM (or
 * the birthday, if later) to its DEC. Flags every OC3 record of a young person with fewer days, or
 * whose latest episode ended in adoption (REC E11, E12), or who has no date of birth, or is 20 or
 * over at 31 March (for whom two years of episodes cannot show it; the public validator flags them
 * too).
 */
public final class Rule1001 extends CareLeaverEpisodesRule {
  private static final int THIRTEEN_WEEKS = 91;

  @Override
  public String code() {
    return "1001";
  }

  private record Dated(Episode episode, Optional<LocalDate> start, Optional<LocalDate> end) {}

  @Override
  boolean notBorneOut(Child child, List<Episode> lastYears, RuleContext context) {
    LocalDate yearEnd = context.year().ssda903End();
    Optional<LocalDate> dob = child.headerRecorded() ? child.dob() : Optional.empty();
    if (dob.isEmpty() || !dob.get().plusYears(20).isAfter(yearEnd)) {
      return true;
    }
    List<Dated> all = new ArrayList<>();
    for (List<Episode> year : List.of(child.episodes(), lastYears)) {
      for (Episode e : year) {
        all.add(new Dated(e, LastYearsReturn.startOf(e), LastYearsReturn.recordedDate(e, e.end(), "DEC")));
      }
    }
    // each episode once: of those with the same DECOM, the one with the earliest DEC (none last)
    all.sort(Comparator.comparing((Dated d) -> d.end().orElse(null), Comparator.nullsLast(Comparator.naturalOrder())));
    Set<Optional<LocalDate>> seen = new HashSet<>();
    List<Dated> episodes = new ArrayList<>();
    for (Dated d : all) {
      if (seen.add(d.start())) {
        episodes.add(d);
      }
    }
    Dated latest = null;
    for (Dated d : episodes) {
      if (d.start().isPresent() && (latest == null || d.start().get().isAfter(latest.start().get()))) {
        latest = d;
      }
    }
    if (latest != null && latest.episode().reasonCeased().map(ReasonEpisodeCeased::isAdoption).orElse(false)) {
      return true;
    }
    LocalDate fourteen = dob.get().plusYears(14);
    LocalDate sixteen = dob.get().plusYears(16);
    long since14 = 0;
    long since16 = 0;
    boolean any = false;
    for (Dated d : episodes) {
      if (d.episode().legalStatus().map(ls -> ls.isRespite()).orElse(false)) {
        continue;
      }
      any = true;
      Optional<LocalDate> end = d == latest && d.end().isEmpty() ? Optional.of(yearEnd) : d.end();
      if (end.isEmpty()) {
        continue;
      }
      since14 += daysFrom(d.start(), fourteen, end.get());
      since16 += daysFrom(d.start(), sixteen, end.get());
    }
    return !any || since14 < THIRTEEN_WEEKS || since16 < 1;
  }

  /** Days from the later of the start and the birthday to the end, none if the end is before. */
  private static long daysFrom(Optional<LocalDate> start, LocalDate birthday, LocalDate end) {
    LocalDate from = start.filter(s -> s.isAfter(birthday)).orElse(birthday);
    return Math.max(0, ChronoUnit.DAYS.between(from, end));
  }
}
