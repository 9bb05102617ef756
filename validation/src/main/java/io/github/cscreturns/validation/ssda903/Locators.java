package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.core.ssda903.Review;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.validation.Locator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The locator of a flagged SSDA903 record: the start date of an episode (DECOM), missing episode
 * (MIS_START), social-worker episode (SW_DECOM) or DoLO (DOLO_START), a review's date (REVIEW), the
 * date placed for adoption (DATE_PLACED). Tables of at most one record a child have none: the child
 * identifies the record. Text that did not parse is a locator only where it is written like a date
 * (digits and date separators, at most 10 characters): anything else typed into a date item could
 * be personal data, and a report never echoes field values.
 */
final class Locators {
  private static final DateTimeFormatter DFE_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final java.util.regex.Pattern DATE_LIKE = java.util.regex.Pattern.compile("[0-9/.\\-]{1,10}");

  private Locators() {}

  static Optional<Locator> of(Ssda903Record record) {
    return switch (record.table()) {
      case EPISODES -> locate(record, "DECOM", ((Episode) record).start());
      case REVIEWS -> locate(record, "REVIEW", ((Review) record).date());
      case MISSING -> locate(record, "MIS_START", ((MissingEpisode) record).start());
      case SW_EPISODES -> locate(record, "SW_DECOM", ((SocialWorkerEpisode) record).start());
      case PLACED_ADOPTION -> locate(record, "DATE_PLACED", ((PlacedForAdoption) record).decisionDate());
      case DOLO -> locate(record, "DOLO_START", ((DeprivationOfLiberty) record).start());
      default -> Optional.empty();
    };
  }

  /** The text as written where it differs from the DfE's form, else the date, else the text that did not parse. */
  private static Optional<Locator> locate(Ssda903Record record, String item, Optional<LocalDate> date) {
    Optional<String> text =
        record.asWritten(item)
            .or(() -> date.map(DFE_DATE::format))
            .or(() -> record.unparsed(item))
            .filter(t -> DATE_LIKE.matcher(t).matches());
    return text.map(t -> new Locator(item, t));
  }
}
