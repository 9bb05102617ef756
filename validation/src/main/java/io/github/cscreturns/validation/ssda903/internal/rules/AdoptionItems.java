package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.AdopterSex;
import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules of the adoption tables (AD1, PlacedAdoption) and previous permanence (PrevPerm) ask
 * of an item: whether a code item holds a code valid in the year, whether a date item holds text
 * that is no date, and the DfE's groupings of the adopters' sexes.
 */
final class AdoptionItems {
  private AdoptionItems() {}

  /** SEX_ADOPTR of a single adopter: "M1" or "F1". */
  static final Set<AdopterSex> SINGLE_ADOPTER = EnumSet.of(AdopterSex.M1, AdopterSex.F1);

  /** SEX_ADOPTR of a couple: "MM, FF or MF". */
  static final Set<AdopterSex> COUPLE = EnumSet.of(AdopterSex.MM, AdopterSex.FF, AdopterSex.MF);

  /** SEX_ADOPTR of a same-sex couple: "MM = the adopting couple are both males. FF = … both females". */
  static final Set<AdopterSex> SAME_SEX_COUPLE = EnumSet.of(AdopterSex.MM, AdopterSex.FF);

  /** SEX_ADOPTR of an opposite-sex couple: "MF = the adopting couple are male and female". */
  static final Set<AdopterSex> OPPOSITE_SEX_COUPLE = EnumSet.of(AdopterSex.MF);

  /**
   * Whether a code item was filled in with something that is not a code valid in the year: text that
   * did not parse, or a code of another year. False for a blank item.
   */
  static boolean isInvalidCode(Optional<? extends Code> typed, Ssda903Record record, String item, CollectionYear year) {
    return record.unparsed(item).isPresent() || typed.map(c -> !c.isValidIn(year)).orElse(false);
  }

  /** Whether a date item was filled in with text that is not a date (dd/mm/yyyy). False for a blank item. */
  static boolean isInvalidDate(Optional<?> typed, Ssda903Record record, String item) {
    return typed.isEmpty() && record.unparsed(item).isPresent();
  }

  /** The number of the six AD1 items (DATE_INT … LS_ADOPTR) filled in, validly or not. */
  static int itemsRecorded(Adoption a) {
    int n = 0;
    n += ItemPresence.isRecorded(a.decisionDate(), a, "DATE_INT") ? 1 : 0;
    n += ItemPresence.isRecorded(a.matchedDate(), a, "DATE_MATCH") ? 1 : 0;
    n += ItemPresence.isRecorded(a.adoptedByFosterCarer(), a, "FOSTER_CARE") ? 1 : 0;
    n += ItemPresence.isRecorded(a.numberOfAdopters(), a, "NB_ADOPTR") ? 1 : 0;
    n += ItemPresence.isRecorded(a.adopterSex(), a, "SEX_ADOPTR") ? 1 : 0;
    n += ItemPresence.isRecorded(a.adopterLegalStatus(), a, "LS_ADOPTR") ? 1 : 0;
    return n;
  }

  /** All six AD1 items. */
  static final int ITEMS = 6;
}
