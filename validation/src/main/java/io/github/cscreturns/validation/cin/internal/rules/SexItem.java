package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.cin.GenderCurrent;
import io.github.cscreturns.codesets.cin.Sex;
import io.github.cscreturns.core.cin.ChildIdentifiers;
import java.util.Optional;

/**
 * The item that records the child's sex in a collection year's return: GenderCurrent (N00065) up to
 * 2023-24, Sex (N00783) from 2024-25. Rules 2886Q, 4180 and 8750 were redefined in 2024-25 only to
 * read the one for the other; each version asks this.
 */
enum SexItem {
  /** GenderCurrent (N00065): 1, 2, 0 (not recorded or unborn) or 9. */
  GENDER_CURRENT("GenderCurrent") {
    @Override
    Optional<? extends Code> value(ChildIdentifiers identifiers) {
      return identifiers.genderCurrent();
    }

    @Override
    boolean isNotRecordedOrUnborn(ChildIdentifiers identifiers) {
      return identifiers.genderCurrent().filter(GenderCurrent.NOT_RECORDED_OR_UNBORN::equals).isPresent();
    }
  },

  /** Sex (N00783): M, F or U (unknown, as for an unborn child). */
  SEX("Sex") {
    @Override
    Optional<? extends Code> value(ChildIdentifiers identifiers) {
      return identifiers.sex();
    }

    @Override
    boolean isNotRecordedOrUnborn(ChildIdentifiers identifiers) {
      return identifiers.sex().filter(Sex.UNKNOWN::equals).isPresent();
    }
  };

  private final String element;

  SexItem(String element) {
    this.element = element;
  }

  /** The item's value, where it is one of the codeset's codes. */
  abstract Optional<? extends Code> value(ChildIdentifiers identifiers);

  /** Whether the item holds the code for a sex not recorded or not yet known: GenderCurrent 0, Sex U. */
  abstract boolean isNotRecordedOrUnborn(ChildIdentifiers identifiers);

  /** Whether the item holds a code that may be returned in the year. */
  boolean isValid(ChildIdentifiers identifiers, CollectionYear year) {
    return value(identifiers).filter(c -> c.isValidIn(year)).isPresent();
  }

  /** Whether the item is missing: absent, or present with no content. */
  boolean isMissing(ChildIdentifiers identifiers) {
    return !identifiers.hasContent(element, value(identifiers));
  }
}
