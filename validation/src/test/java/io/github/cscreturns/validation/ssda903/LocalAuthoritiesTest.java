package io.github.cscreturns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.spec.SpecFiles;
import io.github.cscreturns.core.LaCode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bundled LA codes agree with the specification's facts. */
class LocalAuthoritiesTest {
  private final LocalAuthorities las = LocalAuthorities.bundled();

  @Test
  void theCodesAndFirstYearsAreThoseOfTheSpecification() {
    Map<String, String> spec = new LinkedHashMap<>();
    for (Map<String, String> row : SpecFiles.csv("cin/codesets.csv")) {
      if (row.get("codeset").equals("UPN_LA_CODE")) {
        spec.put(row.get("code"), row.get("first_year"));
      }
    }
    Map<String, String> bundled = new LinkedHashMap<>();
    for (LocalAuthorities.Authority a : las.all()) {
      bundled.put(a.code(), a.firstYear().map(CollectionYear::label).orElse(""));
    }
    assertThat(bundled).containsExactlyEntriesOf(spec);
  }

  @Test
  void namesWithAShortCodeAgreeWithTheSpecificationsMap() throws IOException {
    Map<String, String> shortByName = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(?m)^\\s+(.+?): '(\\w+)'$").matcher(Files.readString(SpecFiles.file("common/la-codes.yml")));
    while (m.find()) {
      shortByName.put(m.group(1), m.group(2));
    }
    List<LocalAuthorities.Authority> withShort = las.all().stream().filter(a -> a.shortCode().isPresent()).toList();
    assertThat(withShort).isNotEmpty();
    for (LocalAuthorities.Authority a : withShort) {
      assertThat(a.name()).isPresent();
      assertThat(shortByName).containsEntry(a.name().orElseThrow(), a.shortCode().orElseThrow());
    }
    assertThat(withShort).hasSize(shortByName.size());
  }

  @Test
  void looksUpCodesAndYears() {
    assertThat(las.isKnown(LaCode.of("202"))).isTrue();
    assertThat(las.name(LaCode.of("202"))).contains("Camden");
    assertThat(las.isKnown(LaCode.of("999"))).isFalse();
    assertThat(las.isKnown(LaCode.of("CAM"))).isFalse();
    assertThat(las.isKnownIn(LaCode.of("942"), CollectionYear.Y2022_23)).isFalse();
    assertThat(las.isKnownIn(LaCode.of("942"), CollectionYear.Y2023_24)).isTrue();
    assertThat(las.authority(LaCode.of("001")).map(LocalAuthorities.Authority::pseudo)).contains(true);
    assertThat(las.name(LaCode.of("330"))).isEqualTo(Optional.empty());
    assertThat(ReferenceData.none().localAuthorities()).isSameAs(las);
  }
}
