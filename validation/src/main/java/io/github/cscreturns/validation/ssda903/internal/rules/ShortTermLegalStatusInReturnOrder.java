package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.ReturnRule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A rule limiting how long a child assessment order (L3, rule 363) or accommodation under PACE (J2,
 * rule 364) may last, measured as the reference the DfE's checks are mirrored by measures it: over the
 * whole return's episodes with that legal status and a DECOM that is a date, in the order of the
 * return (the rows of the CSV file, the elements of the XML file). Each such episode continues the
 * spell of the one before it in that order where both are the same child's and it starts (DECOM) no
 * later than that one ceased (DEC, or 31 March where DEC is blank; a DEC that is not a date does not
 * end the spell). A spell's length is the sum of its episodes' DEC − DECOM (an episode whose DEC is
 * not a date adds nothing); every episode of a spell longer than {@link LegalStatus#maximumDays()} is
 * flagged. Two of a child's episodes with the status are thus one spell only where no other child's
 * episode with the status lies between them in the return.
 */
abstract class ShortTermLegalStatusInReturnOrder implements ReturnRule {
  private final LegalStatus status;
  private final long maximumDays;

  ShortTermLegalStatusInReturnOrder(LegalStatus status) {
    this.status = status;
    this.maximumDays = status.maximumDays().orElseThrow(() -> new IllegalArgumentException(status + " has no maximum"));
  }

  private record Seen(long position, ChildId child, int ordinal, Episode episode, LocalDate start, Optional<LocalDate> end) {}

  @Override
  public final Accumulator newAccumulator(RuleContext context) {
    LocalDate yearEnd = context.year().ssda903End();
    return new Accumulator() {
      private final List<Seen> seen = new ArrayList<>();
      private long sequence;

      @Override
      public void accept(Child child, int ordinal) {
        for (Episode e : child.episodes()) {
          sequence++;
          if (e.legalStatus().orElse(null) != status || e.start().isEmpty()) {
            continue;
          }
          long position = e.source().flatMap(s -> optionalIndex(s)).orElse(sequence);
          Optional<LocalDate> end = EpisodeDates.isOpenEnded(e) ? Optional.of(yearEnd) : e.end();
          seen.add(new Seen(position, child.childId(), ordinal, e, e.start().get(), end));
        }
      }

      @Override
      public void finish(ReturnFlags flags) {
        seen.sort(Comparator.comparingLong(Seen::position));
        List<Seen> spell = new ArrayList<>();
        long days = 0;
        Seen previous = null;
        for (Seen s : seen) {
          boolean continues =
              previous != null
                  && previous.child().equals(s.child())
                  && !previous.end().map(d -> s.start().isAfter(d)).orElse(false);
          if (!continues) {
            flagIfTooLong(spell, days, flags);
            spell = new ArrayList<>();
            days = 0;
          }
          spell.add(s);
          if (s.end().isPresent()) {
            days += ChronoUnit.DAYS.between(s.start(), s.end().get());
          }
          previous = s;
        }
        flagIfTooLong(spell, days, flags);
      }
    };
  }

  private static Optional<Long> optionalIndex(SourceLocation source) {
    return source.recordIndex().isPresent() ? Optional.of((long) source.recordIndex().getAsInt()) : Optional.empty();
  }

  private void flagIfTooLong(List<Seen> spell, long days, ReturnFlags flags) {
    if (days > maximumDays) {
      for (Seen s : spell) {
        flags.flag(s.ordinal(), s.episode());
      }
    }
  }
}
