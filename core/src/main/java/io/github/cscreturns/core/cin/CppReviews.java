package io.github.cscreturns.core.cin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The reviews of a child protection plan (element Reviews): every CPPreviewDate (N00116) it holds,
 * not only the first.
 *
 * @since 2022-23
 */
@Value.Immutable
public interface CppReviews extends CinRecord {
  /**
   * A builder of a {@code CppReviews}, every item unset.
   *
   * @return the builder
   */
  static ImmutableCppReviews.Builder builder() {
    return ImmutableCppReviews.builder();
  }

  @Override
  default CinTable table() {
    return CinTable.REVIEWS;
  }

  /**
   * Each CPPreviewDate exactly as written, in order (blank for an empty element).
   *
   * @return each CPPreviewDate exactly as written, in order (blank for an empty element)
   */
  List<String> reviewDateTexts();

  /**
   * The review dates that parse as dates (yyyy-MM-dd), in order.
   *
   * @return the review dates that parse as dates (yyyy-MM-dd), in order
   */
  default List<LocalDate> reviewDates() {
    List<LocalDate> dates = new ArrayList<>();
    for (String text : reviewDateTexts()) {
      parseDate(text).ifPresent(dates::add);
    }
    return List.copyOf(dates);
  }

  /**
   * An xs:date as the schema writes it, or nothing.
   *
   * @param text the text as written
   * @return an xs:date as the schema writes it, or nothing
   */
  static Optional<LocalDate> parseDate(String text) {
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
