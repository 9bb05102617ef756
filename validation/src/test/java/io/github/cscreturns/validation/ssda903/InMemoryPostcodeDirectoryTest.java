package io.github.cscreturns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.Postcode;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryPostcodeDirectoryTest {
  // Invented postcodes at invented places one degree of latitude apart (≈ 69.1 miles).
  private static final String CSV = "postcode,la,lat,long\nZZ1 1AA,202,51.0,0.0\nzz99 9zz,203,52.0,0.0\n";

  @Test
  void looksUpLasAndDistancesIgnoringCaseAndSpacing() throws Exception {
    InMemoryPostcodeDirectory d = InMemoryPostcodeDirectory.fromCsv(new StringReader(CSV));
    assertThat(d.size()).isEqualTo(2);
    assertThat(d.localAuthority(Postcode.of("zz11aa"))).contains(LaCode.of("202"));
    assertThat(d.localAuthority(Postcode.of("ZZ2 2BB"))).isEmpty();
    assertThat(d.distanceMiles(Postcode.of("ZZ1 1AA"), Postcode.of("ZZ99 9ZZ")).getAsDouble()).isCloseTo(69.09, within(0.05));
    assertThat(d.distanceMiles(Postcode.of("ZZ1 1AA"), Postcode.of("ZZ2 2BB"))).isEmpty();
    ReferenceData data = ReferenceData.of(Optional.of(d), Optional.empty());
    assertThat(RuleContext.of(io.github.cscreturns.codesets.CollectionYear.Y2024_25).withReferenceData(data)
        .satisfies(Requirement.POSTCODE_DIRECTORY)).isTrue();
  }

  @Test
  void malformedInputNamesTheLine() {
    assertThatThrownBy(() -> InMemoryPostcodeDirectory.fromCsv(new StringReader("pc,la\n")))
        .hasMessageStartingWith("line 1:");
    assertThatThrownBy(() -> InMemoryPostcodeDirectory.fromCsv(new StringReader("postcode,la,lat,long\nZZ1 1AA,202,north,0\n")))
        .hasMessageStartingWith("line 2:");
  }

  @Test
  void readsQuotedCellsAndNamesTheLineAndColumnOfAnUnbalancedQuote() throws Exception {
    InMemoryPostcodeDirectory d =
        InMemoryPostcodeDirectory.fromCsv(new StringReader("\uFEFFpostcode,la,lat,long\r\n\"ZZ1 1AA\",\"202\",\"51.0\",0.0\r\n"));
    assertThat(d.localAuthority(Postcode.of("ZZ1 1AA"))).contains(LaCode.of("202"));
    assertThatThrownBy(() -> InMemoryPostcodeDirectory.fromCsv(new StringReader("postcode,la,lat,long\nZZ1 1AA,\"SECRET,51.0,0.0\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 2, column 9: a quoted field is not closed before the end of the file (unbalanced quote)");
  }
}
