package io.github.cscreturns.core.csww;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.csww.AgencyWorker;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.codesets.csww.Ethnicity;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SocialWorkerTest {
  static final ImmutableSocialWorker WORKER =
      SocialWorker.builder()
          .agencyWorker(AgencyWorker.NOT_AGENCY_WORKER)
          .sweNumber(SweNumber.of("Ab1234567890"))
          .birthDate(LocalDate.of(1980, 2, 3))
          .ethnicity(Ethnicity.WBRI)
          .fte(new BigDecimal("0.500000"))
          .roleStartDate(LocalDate.of(2020, 1, 1))
          .putUnparsed("Cases30", "lots")
          .build();

  @Test
  void toStringLeavesOutPersonalValues() {
    String text = WORKER.toString();
    assertThat(text).doesNotContain("1234567890", "1980", "WBRI", "lots").contains("0.500000");
    assertThat(SweNumber.of("Ab1234567890").toString()).doesNotContain("1234567890");
  }

  @Test
  void locationIsNotPartOfEquality() {
    SocialWorker located = SocialWorker.builder().from(WORKER).location(SourceLocation.of("census.xml", 3)).build();
    assertThat(located).isEqualTo(WORKER).hasSameHashCodeAs(WORKER);
    assertThat(located.location()).contains(SourceLocation.of("census.xml", 3));
  }

  @Test
  void decimalsKeepTheirScaleInEquality() {
    assertThat(WORKER.withFte(new BigDecimal("0.5"))).isNotEqualTo(WORKER);
  }

  @Test
  void inPostOnTheDayBeforeLeavingButNotOnIt() {
    ImmutableSocialWorker leaver = WORKER.withRoleEndDate(LocalDate.of(2023, 9, 30));
    assertThat(leaver.isInPostOn(LocalDate.of(2023, 9, 29))).isTrue();
    assertThat(leaver.isInPostOn(LocalDate.of(2023, 9, 30))).isFalse();
    assertThat(WORKER.isInPostOn(LocalDate.of(2019, 12, 31))).isFalse();
    assertThat(WORKER.isEmployee()).isTrue();
    assertThat(WORKER.isAgencyWorker()).isFalse();
  }

  @Test
  void sweNumberForm() {
    assertThat(SweNumber.of("Ab1234567890").isWellFormed()).isTrue();
    assertThat(SweNumber.of("A11234567890").isWellFormed()).isFalse();
    assertThat(SweNumber.of("Ab123456789").isWellFormed()).isFalse();
  }
}
