package io.github.cscreturns.core.ssda903;

import io.github.cscreturns.codesets.ssda903.AdoptedByFosterCarer;
import io.github.cscreturns.codesets.ssda903.AdopterLegalStatus;
import io.github.cscreturns.codesets.ssda903.AdopterSex;
import io.github.cscreturns.codesets.ssda903.NumberOfAdopters;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An adoption during the year (table AD1; HEADER items DATE_INT … LS_ADOPTR).
 *
 * @since 2013-14
 */
@Value.Immutable
public interface Adoption extends Ssda903Record {
  /**
   * A builder of an adoption record (AD1), every item blank until set.
   *
   * @return a new builder
   */
  static ImmutableAdoption.Builder builder() {
    return ImmutableAdoption.builder();
  }

  @Override
  default Ssda903Table table() {
    return Ssda903Table.AD1;
  }

  /**
   * Date of the decision that the child should be placed for adoption (DATE_INT).
   *
   * @return date of the decision that the child should be placed for adoption (DATE_INT)
   */
  Optional<LocalDate> decisionDate();

  /**
   * Date the child was matched with prospective adopter(s) (DATE_MATCH).
   *
   * @return date the child was matched with prospective adopter(s) (DATE_MATCH)
   */
  Optional<LocalDate> matchedDate();

  /**
   * Adopted by former foster carer(s) (FOSTER_CARE).
   *
   * @return adopted by former foster carer(s) (FOSTER_CARE)
   */
  Optional<AdoptedByFosterCarer> adoptedByFosterCarer();

  /**
   * Number of adopters (NB_ADOPTR).
   *
   * @return number of adopters (NB_ADOPTR)
   */
  Optional<NumberOfAdopters> numberOfAdopters();

  /**
   * Sex of adopter(s) (SEX_ADOPTR).
   *
   * @return sex of adopter(s) (SEX_ADOPTR)
   */
  Optional<AdopterSex> adopterSex();

  /**
   * Legal status of adopter(s) (LS_ADOPTR).
   *
   * @return legal status of adopter(s) (LS_ADOPTR)
   */
  Optional<AdopterLegalStatus> adopterLegalStatus();

  /**
   * Date of birth as written on this record's own row (CSV tables repeat DOB), where it differs from the header's; usually empty.
   *
   * @return date of birth as written on this record's own row (CSV tables repeat DOB), where it
   *     differs from the header's
   */
  Optional<LocalDate> dob();
}
