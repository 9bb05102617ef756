package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.AdoptedByFosterCarer;
import io.github.cscreturns.codesets.ssda903.AdopterLegalStatus;
import io.github.cscreturns.codesets.ssda903.AdopterSex;
import io.github.cscreturns.codesets.ssda903.NumberOfAdopters;
import io.github.cscreturns.codesets.ssda903.PreviousPermanenceOption;
import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.ImmutableAdoption;
import io.github.cscreturns.core.ssda903.ImmutablePlacedForAdoption;
import io.github.cscreturns.core.ssda903.ImmutablePreviousPermanence;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.core.ssda903.PreviousPermanence;
import java.time.LocalDate;

/** Valid records of the adoption and previous permanence tables, for the tests of their rules. */
final class AdoptionRecords {
  private AdoptionRecords() {}

  /** A complete AD1 record: decision on 1 July and match on 1 September of the year's start, a married opposite-sex couple. */
  static ImmutableAdoption.Builder adoption(CollectionYear year) {
    return Adoption.builder()
        .decisionDate(LocalDate.of(year.startYear(), 7, 1))
        .matchedDate(LocalDate.of(year.startYear(), 9, 1))
        .adoptedByFosterCarer(AdoptedByFosterCarer.NO)
        .numberOfAdopters(NumberOfAdopters.TWO)
        .adopterSex(AdopterSex.MF)
        .adopterLegalStatus(AdopterLegalStatus.L11);
  }

  /** An open decision to place for adoption, made on 1 July of the year's start. */
  static ImmutablePlacedForAdoption.Builder placed(CollectionYear year) {
    return PlacedForAdoption.builder().decisionDate(LocalDate.of(year.startYear(), 7, 1));
  }

  /** A PrevPerm record: no previous permanence option (Z1). */
  static ImmutablePreviousPermanence.Builder noPreviousPermanence() {
    return PreviousPermanence.builder().option(PreviousPermanenceOption.Z1);
  }
}
