package io.github.cscreturns.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.core.LaCode;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LocalAuthorityListTest {
  private final LocalAuthorityList list = LocalAuthorityList.bundled();

  @Test
  void englandHas153ChildrensServicesAuthorities() {
    assertThat(list.authorities()).hasSize(153);
    assertThat(list.authorities()).extracting(LocalAuthorityList.Authority::dfeNumber).doesNotHaveDuplicates().doesNotContain("909");
    assertThat(list.authorities()).extracting(LocalAuthorityList.Authority::dfeNumber).contains("942", "943", "815", "933");
  }

  @Test
  void findsAnAuthorityByDfeNumberOrOnsCode() {
    LocalAuthorityList.Authority richmond = list.find("318").orElseThrow();
    assertThat(richmond.onsCode()).isEqualTo("E09000027");
    assertThat(richmond.name()).isEqualTo("Richmond upon Thames");
    assertThat(list.find("e09000027")).contains(richmond);
    assertThat(list.find(" 318 ")).contains(richmond);
    assertThat(list.find("999")).isEmpty();
    assertThat(list.find("W06000015")).isEmpty(); // Cardiff: not an English authority
  }

  @Test
  void placementLaIsTheDfeNumberInEnglandAndTheOnsCodeElsewhere() {
    assertThat(list.placementLa("E09000027")).contains(LaCode.of("318"));
    assertThat(list.placementLa("W06000015")).contains(LaCode.of("W06000015"));
    assertThat(list.placementLa("X99999999")).isEmpty();
  }

  @Test
  void malformedRowsAreReportedWithLineAndColumn() {
    String header = "ltla,ltla_name,children_services_la,children_services_la_name,dfe_la_code,nation\n";
    assertThatThrownBy(() -> LocalAuthorityList.fromCsv(new StringReader(header + "E1,A,E1,A,31,England\n"), "las.csv"))
        .hasMessage("las.csv, line 2, column 5: a DfE number has three digits");
    assertThatThrownBy(() -> LocalAuthorityList.fromCsv(new StringReader("code,name\n"), "las.csv"))
        .hasMessageStartingWith("las.csv, line 1, column 1: expected the header");
  }
}
