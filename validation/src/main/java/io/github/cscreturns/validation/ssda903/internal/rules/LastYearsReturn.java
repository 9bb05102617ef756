package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * How the rules that compare with last year's return (tables "…_last" in the DfE rule list) read the
 * child's records in it. The validator looks the child up once, by CHILD, in an index of last year's
 * return ({@link RuleContext#previous()}); a rule needing last year declares
 * {@link io.github.cscreturns.validation.ssda903.Requirement#PREVIOUS_YEAR} and is skipped without it.
 *
 * <p>Where last year's return has no record of the child, these rules have nothing to compare with
 * and flag nothing: the DfE's checks compare "the … already recorded for this child", which a child
 * new to the return does not have. The rules that are about the absence of last year's records (NoE,
 * 562, 1002, 1010) say so themselves.
 */
final class LastYearsReturn {
  private LastYearsReturn() {}

  /** The child's Header row in last year's return, if the return was supplied and has one. */
  static Optional<Child> header(RuleContext context) {
    return context.previous().filter(Child::headerRecorded);
  }

  /**
   * The first episode of the year: the earliest DECOM ({@link #recordedDate read as a day}), the first
   * of equally early ones as read. Empty where no episode has a DECOM naming a day.
   */
  static Optional<Episode> firstEpisode(Child child) {
    return byStart(child, true);
  }

  /**
   * The last episode of the year: the latest DECOM ({@link #recordedDate read as a day}), the first of
   * equally late ones as read. Empty where no episode has a DECOM naming a day.
   */
  static Optional<Episode> lastEpisode(Child child) {
    return byStart(child, false);
  }

  private static Optional<Episode> byStart(Child child, boolean earliest) {
    Episode found = null;
    LocalDate foundStart = null;
    for (Episode e : child.episodes()) {
      Optional<LocalDate> start = startOf(e);
      if (start.isPresent()
          && (found == null || (earliest ? start.get().isBefore(foundStart) : start.get().isAfter(foundStart)))) {
        found = e;
        foundStart = start.get();
      }
    }
    return Optional.ofNullable(found);
  }

  /** The episode's DECOM as a day ({@link #recordedDate}). */
  static Optional<LocalDate> startOf(Episode e) {
    return recordedDate(e, e.start(), "DECOM");
  }

  /**
   * The episode open at the end of last year, as the 503 checks take it: the child's latest episode in
   * last year's return when its DEC names no day (blank, or text that is not a date).
   */
  static Optional<Episode> openAtEndOfLastYear(RuleContext context) {
    return context.previous().flatMap(LastYearsReturn::lastEpisode).filter(e -> recordedDate(e, e.end(), "DEC").isEmpty());
  }


  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  /**
   * The date an item records, for comparing two years' records: the date as read, or, where the text
   * was not written dd/mm/yyyy but still names a real day (single-digit day or month, "1/6/2016"), that
   * day. Text naming no real day counts as no date.
   */
  static Optional<LocalDate> recordedDate(Ssda903Record record, Optional<LocalDate> typed, String item) {
    if (typed.isPresent()) {
      return typed;
    }
    // judged as every date is: d/m/yyyy with nothing around it (" 01/12/2008" names no day)
    Optional<String> text = record.unparsed(item);
    if (text.isEmpty() || text.get().length() > 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.get(), DAY_MONTH_YEAR));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * A coded item as text for comparing two years' records: the code, else the text as written, with
   * upper-cased, nothing stripped ("mwas" is MWAS, " MWAS" is not), else "" (blank).
   */
  static String codeText(Ssda903Record record, Optional<? extends Code> typed, String item) {
    return EpisodeItems.codeText(record, typed, item).toUpperCase(Locale.ROOT);
  }
}
