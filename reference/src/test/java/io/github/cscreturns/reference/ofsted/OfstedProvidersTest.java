package io.github.cscreturns.reference.ofsted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.validation.ssda903.ReferenceData;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfstedProvidersTest {
  @TempDir Path dir;

  private static Path conformance(String file) {
    Path path = Path.of(System.getProperty("csc.conformance.dir", "../../shared/conformance"), "ssda903", "ofsted", file);
    assumeTrue(Files.isRegularFile(path), "Ofsted's sample lists are not at " + path.toAbsolutePath());
    return path;
  }

  @Test
  void readsTheChildrensHomesListInOfstedsLayout() throws IOException {
    OfstedProviderList list = OfstedProviderList.read(conformance("ch_fake.xlsx"));
    // "Provider information" and "Registration Conditions" both list the one home.
    assertThat(list.providers()).extracting(OfstedProvider::urn).containsOnly("njascn");
    OfstedProvider home = list.providers().get(0);
    assertThat(home.sheet()).isEqualTo("Provider information");
    assertThat(home.placementCodes()).containsExactly("COD3");
    assertThat(home.providerCodes()).containsExactly("COD3C0D3");
    assertThat(home.postcode()).contains("bn20 8jx");
    assertThat(home.registrationEnd()).isEmpty(); // "-"
    assertThat(home.localAuthority()).contains("East Sussex");
    assertThat(list.listDate()).contains(LocalDate.of(2023, 8, 14)); // the workbook's last-modified date
  }

  @Test
  void readsTheSocialCareProvidersListWithItsClosedProvidersSheet() throws IOException {
    OfstedProviders providers = OfstedProviders.read(List.of(conformance("ch_fake.xlsx"), conformance("scp_fake.xlsx")));
    assertThat(providers.size()).isEqualTo(3);
    assertThat(providers.isKnown(Urn.of("bababooey"))).isTrue();
    ReferenceData.Provider closed = providers.provider(Urn.of("p4baboo7")).orElseThrow();
    assertThat(closed.registrationEnd()).contains(LocalDate.of(2023, 1, 1)); // Excel day 44927
    assertThat(closed.placementCodes()).containsExactly("C0D5");
    assertThat(closed.providerCodes()).containsExactly("C0D4D0");
    assertThat(providers.postcode(Urn.of("BABABOOEY"))).contains(Postcode.of("BN20 8JX"));
    assertThat(providers.isKnown(Urn.of("SC000000"))).isFalse();
  }

  @Test
  void acceptsColumnNameVariantsTitleRowsAndCodeLists() throws IOException {
    Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
    sheets.put("Notes", List.of(List.of("Children's homes as at 31 March 2024")));
    sheets.put("Settings and Inspection Info", List.of(
        List.of("Children's homes list"),
        List.of(),
        List.of("URN", "Provider code", "Provider Placement Code", "Closed date", "Setting  Address Postcode"),
        List.of("SC100001", "K2", "PR4/PR5", "#45382", "AB1 0AA"),
        List.of("#1234567", "K1, K2", "PR1", "31/03/2024", "-"),
        List.of("", "K2", "PR4", "", "")));
    Path file = XlsxFiles.write(dir.resolve("Childrens_homes_31_March_2024.xlsx"), sheets);
    OfstedProviderList list = OfstedProviderList.read(file);
    assertThat(list.listDate()).contains(LocalDate.of(2024, 3, 31));
    assertThat(list.providers()).hasSize(2);
    OfstedProvider first = list.providers().get(0);
    assertThat(first.providerCodes()).containsExactlyInAnyOrder("PR4", "PR5");
    assertThat(first.registrationEnd()).contains(LocalDate.of(2024, 3, 31)); // Excel day 45382
    OfstedProvider second = list.providers().get(1);
    assertThat(second.urn()).isEqualTo("1234567");
    assertThat(second.placementCodes()).containsExactlyInAnyOrder("K1", "K2");
    assertThat(second.registrationEnd()).contains(LocalDate.of(2024, 3, 31));
    assertThat(second.postcode()).isEmpty();
  }

  @Test
  void readsCsv() throws IOException {
    OfstedProviderList list = OfstedProviderList.readCsv(new StringReader(
        "URN,Placement code,Placement provider code,Deregistration date,Setting postcode\nSC1,U4,PR4,2024-01-31,BN1 1AA\n"), "scp.csv");
    assertThat(list.providers()).singleElement().satisfies(p -> {
      assertThat(p.placementCodes()).containsExactly("U4");
      assertThat(p.registrationEnd()).contains(LocalDate.of(2024, 1, 31));
    });
  }

  @Test
  void aUrnOnSeveralListsIsOneProvider() throws IOException {
    OfstedProviderList homes = OfstedProviderList.readCsv(new StringReader(
        "URN,Provider code,Provider Placement Code,Closed Date,Setting Postcode\nSC1,K2,PR4,01/01/2024,BN1 1AA\n"), "ch.csv");
    OfstedProviderList scp = OfstedProviderList.readCsv(new StringReader(
        "URN,Placement code,Placement provider code,Setting postcode\nsc1 ,K1,PR5,BN2 2BB\n"), "scp.csv");
    ReferenceData.Provider p = OfstedProviders.of(List.of(homes, scp)).provider(Urn.of("SC1")).orElseThrow();
    assertThat(p.placementCodes()).isEqualTo(Set.of("K1", "K2"));
    assertThat(p.providerCodes()).isEqualTo(Set.of("PR4", "PR5"));
    assertThat(p.registrationEnd()).isEmpty(); // still registered on the second list
    assertThat(p.postcode()).contains(Postcode.of("BN1 1AA"));
  }

  @Test
  void errorsNameTheCellButNoValue() throws IOException {
    Path file = XlsxFiles.write(dir.resolve("bad.xlsx"), Map.of("Current providers", List.of(
        List.of("URN", "Deregistration date"),
        List.of("SC1", "someday-secret"))));
    assertThatThrownBy(() -> OfstedProviderList.read(file))
        .hasMessage("bad.xlsx, sheet 'Current providers', cell B2: a date (dd/mm/yyyy, yyyy-mm-dd or an Excel date) was expected")
        .hasMessageNotContaining("secret");
    Path noUrn = XlsxFiles.write(dir.resolve("nourn.xlsx"), Map.of("Sheet1", List.of(List.of("Name"), List.of("x"))));
    assertThatThrownBy(() -> OfstedProviderList.read(noUrn)).hasMessage("nourn.xlsx: no sheet has a header row with a URN column");
    Path notZip = Files.writeString(dir.resolve("text.xlsx"), "URN\nSC1\n");
    assertThatThrownBy(() -> OfstedProviderList.read(notZip)).hasMessage("text.xlsx: not an xlsx workbook (not a zip file)");
  }

  @Test
  void refusesDtdsAndEntities() throws IOException {
    String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>URN</t></is></c></row>"
        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>";
    String external = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
    for (String sheet : List.of(bomb, external)) {
      Map<String, String> parts = new LinkedHashMap<>();
      parts.put("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
      parts.put("xl/worksheets/sheet1.xml", sheet);
      Path file = XlsxFiles.writeParts(dir.resolve("hostile.xlsx"), parts);
      assertThatThrownBy(() -> OfstedProviderList.read(file))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("hostile.xlsx, xl/worksheets/sheet1.xml, line 1")
          .hasMessageNotContaining("passwd");
    }
  }
}
