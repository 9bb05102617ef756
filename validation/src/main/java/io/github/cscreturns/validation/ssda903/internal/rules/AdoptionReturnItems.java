package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Adoption;

/** The adoption return of an AD1 record (its adoption data), as the OC2 and OC3 rules ask of it. */
final class AdoptionReturnItems {
  private AdoptionReturnItems() {}

  /** Whether any of DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR and LS_ADOPTR is filled in (even if not valid). */
  static boolean anyRecorded(Adoption ad1) {
    return ItemPresence.isRecorded(ad1.decisionDate(), ad1, "DATE_INT")
        || ItemPresence.isRecorded(ad1.matchedDate(), ad1, "DATE_MATCH")
        || ItemPresence.isRecorded(ad1.adoptedByFosterCarer(), ad1, "FOSTER_CARE")
        || ItemPresence.isRecorded(ad1.numberOfAdopters(), ad1, "NB_ADOPTR")
        || ItemPresence.isRecorded(ad1.adopterSex(), ad1, "SEX_ADOPTR")
        || ItemPresence.isRecorded(ad1.adopterLegalStatus(), ad1, "LS_ADOPTR");
  }
}
