package io.github.cscreturns.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cscreturns.codesets.cin.CategoryOfAbuse;
import io.github.cscreturns.codesets.cin.Disability;
import io.github.cscreturns.codesets.cin.Ethnicity;
import io.github.cscreturns.codesets.cin.PrimaryNeed;
import io.github.cscreturns.codesets.cin.ReferralSource;
import io.github.cscreturns.codesets.cin.Sex;
import io.github.cscreturns.codesets.cin.YesNo;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.ChildCharacteristics;
import io.github.cscreturns.core.cin.ChildDisability;
import io.github.cscreturns.core.cin.ChildIdentifiers;
import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.core.cin.CppReviews;
import io.github.cscreturns.core.ssda903.Child;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The CIN census JSON: its exact form for one small child, and hostile JSON. */
class CinJsonTest {
  private static final CinChild CHILD =
      CinChild.builder()
          .identifiers(
              ChildIdentifiers.builder()
                  .laChildId(ChildId.of("C1"))
                  .upn(Upn.of("A123456789012"))
                  .birthDate(LocalDate.of(2015, 6, 1))
                  .sex(Sex.CODESET.parse("M").orElseThrow())
                  .putUnparsed("UPNunknown", "")
                  .source(SourceLocation.of("cin.xml", 7))
                  .build())
          .characteristics(ChildCharacteristics.builder().ethnicity(Ethnicity.CODESET.parse("WBRI").orElseThrow()).build())
          .addDisabilities(ChildDisability.of(Disability.CODESET.parse("MOB").orElseThrow()))
          .addCinDetails(
              CinDetails.builder()
                  .referralDate(LocalDate.of(2023, 5, 10))
                  .referralSource(ReferralSource.SCHOOLS_2A)
                  .primaryNeed(PrimaryNeed.ABUSE_OR_NEGLECT)
                  .referralNfa(YesNo.CODESET.parse("false").orElseThrow())
                  .putUnparsed("CINclosureDate", "20/02/2024")
                  .addAssessments(Assessment.builder().startDate(LocalDate.of(2023, 5, 11)).addFactorTexts("2A", "21").build())
                  .addChildProtectionPlans(
                      ChildProtectionPlan.builder()
                          .startDate(LocalDate.of(2023, 6, 1))
                          .initialCategoryOfAbuse(CategoryOfAbuse.CODESET.parse("NEG").orElseThrow())
                          .numberOfPreviousPlans(0)
                          .addReviews(CppReviews.builder().addReviewDateTexts("2023-08-01", "2023-13-01").build())
                          .build())
                  .build())
          .build();

  private static final String JSON =
      "{\"identifiers\":{\"laChildId\":\"C1\",\"upn\":\"A123456789012\",\"birthDate\":\"2015-06-01\",\"sex\":\"M\","
          + "\"unparsed\":{\"UPNunknown\":\"\"}},"
          + "\"characteristics\":{\"ethnicity\":\"WBRI\"},"
          + "\"disabilities\":[{\"disability\":\"MOB\"}],"
          + "\"cinDetails\":[{\"referralDate\":\"2023-05-10\",\"referralSource\":\"2A\",\"primaryNeed\":\"N1\",\"referralNfa\":\"false\","
          + "\"assessments\":[{\"startDate\":\"2023-05-11\",\"factorTexts\":[\"2A\",\"21\"]}],"
          + "\"childProtectionPlans\":[{\"startDate\":\"2023-06-01\",\"initialCategoryOfAbuse\":\"NEG\",\"numberOfPreviousPlans\":0,"
          + "\"reviews\":[{\"reviewDateTexts\":[\"2023-08-01\",\"2023-13-01\"]}]}],"
          + "\"unparsed\":{\"CINclosureDate\":\"20/02/2024\"}}]}";

  @Test
  void writesCamelCaseKeysIsoDatesCodesAsTheDfeWritesThemAndUnparsedTextButNotTheSource() {
    assertThat(CinJson.write(CHILD)).isEqualTo(JSON);
  }

  @Test
  void readsWhatItWrites() {
    CinChild back = CinJson.read(JSON);
    assertThat(back).isEqualTo(CHILD);
    assertThat(back.identifiers().source()).isEmpty();
    assertThat(back.cinDetails().get(0).unparsed("CINclosureDate")).contains("20/02/2024");
    assertThat(CinJson.read(CinJson.writePretty(CHILD))).isEqualTo(CHILD);
  }

  @Test
  void layoutFlagsAreWrittenOnlyWhereTheyDifferFromWhatTheModelAssumes() {
    CinChild bare =
        CinChild.builder()
            .identifiers(ChildIdentifiers.builder().build())
            .identifiersRecorded(false)
            .disabilitiesGroupWritten(true)
            .addCinDetails(CinDetails.builder().addAssessments(Assessment.builder().addFactorTexts("1C").factorsWrittenBare(true).build(),
                Assessment.builder().factorsGroupWritten(true).build()).build())
            .build();
    String json = CinJson.write(bare);
    assertThat(json).isEqualTo(
        "{\"identifiers\":{},\"identifiersRecorded\":false,\"disabilitiesGroupWritten\":true,"
            + "\"cinDetails\":[{\"assessments\":[{\"factorTexts\":[\"1C\"],\"factorsWrittenBare\":true},{\"factorsGroupWritten\":true}]}]}");
    CinChild back = CinJson.read(json);
    assertThat(back).isEqualTo(bare);
    assertThat(back.identifiersRecorded()).isFalse();
    assertThat(back.disabilitiesGroupWritten()).isTrue();
    assertThat(back.assessments().get(0).factorsGroupWritten()).isFalse();
    assertThat(back.assessments().get(1).factorsGroupWritten()).isTrue();
  }

  @Test
  void aReturnIsAnObjectWithHeaderAndChildrenAndTheStreamingWriterWritesTheSameText() throws Exception {
    CinReturn r = CinReturn.builder().addChildren(CHILD, CHILD).build();
    String json = CinJson.writeReturn(r);
    assertThat(json).isEqualTo("{\"children\":[" + JSON + "," + JSON + "]}");
    assertThat(CinJson.readReturn(json)).isEqualTo(r);
    StringWriter out = new StringWriter();
    assertThat(CinJson.writeReturn(r.header(), r.children().iterator(), out)).isEqualTo(2);
    assertThat(out.toString()).isEqualTo(json);
    StringWriter none = new StringWriter();
    assertThat(CinJson.writeReturn(Optional.empty(), List.<CinChild>of().iterator(), none)).isZero();
    assertThat(none.toString()).isEqualTo("{}").isEqualTo(CinJson.writeReturn(CinReturn.builder().build()));
    assertThat(CinJson.readReturn(new StringReader(json))).isEqualTo(r);
  }

  @Test
  void jsonLinesHoldOneChildALine() throws Exception {
    StringWriter out = new StringWriter();
    CinJson.writeLines(List.of(CHILD, CHILD), out);
    assertThat(out.toString()).isEqualTo(JSON + "\n" + JSON + "\n");
    List<CinChild> back = new ArrayList<>();
    try (MappingIterator<CinChild> lines = CinJson.readLines(new StringReader(out.toString()))) {
      lines.forEachRemaining(back::add);
    }
    assertThat(back).containsExactly(CHILD, CHILD);
  }

  @Test
  void theModuleWorksOnAPlainMapperNextToTheSsda903Module() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new Ssda903JacksonModule()).registerModule(new CinJacksonModule());
    assertThat(mapper.writeValueAsString(CHILD)).isEqualTo(JSON);
    assertThat(mapper.readValue(JSON, CinChild.class)).isEqualTo(CHILD);
    assertThat(mapper.writeValueAsString(PrimaryNeed.ABUSE_OR_NEGLECT)).isEqualTo("\"N1\"");
    assertThat(mapper.readValue("\"NEG\"", CategoryOfAbuse.class)).isEqualTo(CategoryOfAbuse.CODESET.parse("NEG").orElseThrow());
    CinDetails episode = CHILD.cinDetails().get(0);
    assertThat(mapper.readValue(mapper.writeValueAsString(episode), CinDetails.class)).isEqualTo(episode);
    assertThat(mapper.readValue("{\"childId\":\"C1\"}", Child.class).childId()).isEqualTo(ChildId.of("C1"));
  }

  @Test
  void aNullOrMissingPropertyIsEmptyButAChildNeedsItsIdentifiers() {
    assertThat(CinJson.read("{\"identifiers\":{\"upn\":null},\"disabilities\":null}"))
        .isEqualTo(CinChild.builder().identifiers(ChildIdentifiers.builder().build()).build());
    assertThatThrownBy(() -> CinJson.read("{}")).isInstanceOf(UncheckedIOException.class).hasMessageContaining("identifiers");
  }

  // ---------------------------------------------------------------- hostile JSON

  private static final String SECRET = "Smith-9F3K";

  @Test
  void anUnknownCodeOrBadDateInATypedPropertyIsAnErrorThatNamesWhatWasExpectedNotTheText() {
    assertThatThrownBy(() -> CinJson.read("{\"identifiers\":{\"sex\":\"" + SECRET + "\"}}"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("codeset Sex")
        .hasMessageContaining("unparsed")
        .hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> CinJson.read("{\"identifiers\":{\"birthDate\":\"" + SECRET + "\"}}"))
        .hasMessageContaining("ISO date")
        .hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> CinJson.readReturn("{\"header\":{\"dateTime\":\"" + SECRET + "\"}}"))
        .hasMessageContaining("ISO date-time")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void aValueOfTheWrongTypeIsAnErrorNamingTheTypesNotTheValue() {
    assertThatThrownBy(() -> CinJson.read("{\"identifiers\":\"" + SECRET + "\"}"))
        .hasMessageContaining("Expected a JSON object for ChildIdentifiers but found other text")
        .hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> CinJson.read("{\"identifiers\":{\"laChildId\":12345678}}"))
        .hasMessageContaining("Expected a string but found a number")
        .hasMessageNotContaining("12345678");
    assertThatThrownBy(() -> CinJson.read("{\"identifiers\":{},\"cinDetails\":{\"referralDate\":\"2024-01-01\"}}"))
        .hasMessageContaining("Expected an array of CinDetails but found an object");
    assertThatThrownBy(() -> CinJson.read("{\"identifiers\":{},\"identifiersRecorded\":\"no\"}"))
        .hasMessageContaining("Expected true or false but found other text");
    assertThatThrownBy(() -> CinJson.read("{\"identifiers\":{\"unparsed\":{\"UPN\":[\"" + SECRET + "\"]}}}"))
        .hasMessageContaining("Expected a string but found an array")
        .hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> CinJson.read("{\"identifiers\":{},\"cinDetails\":[{\"assessments\":[{\"factorTexts\":\"" + SECRET + "\"}]}]}"))
        .hasMessageContaining("Expected an array of text")
        .hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> CinJson.read("{\"identifiers\":{},\"cinDetails\":[{\"childProtectionPlans\":[{\"numberOfPreviousPlans\":1.5}]}]}"))
        .hasMessageContaining("Expected a whole number but found a number");
  }

  @Test
  void anUnknownPropertyIsAnErrorNamingTheKnownOnes() {
    assertThatThrownBy(() -> CinJson.read("{\"identifiers\":{\"gender\":\"" + SECRET + "\"}}"))
        .hasMessageContaining("Unknown property 'gender' of ChildIdentifiers")
        .hasMessageContaining("genderCurrent")
        .hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> CinJson.read("{\"identifiers\":{},\"source\":{\"file\":\"x\"}}"))
        .hasMessageContaining("Unknown property 'source' of CinChild");
    assertThatThrownBy(() -> CinJson.readReturn("{\"year\":\"2024-25\"}"))
        .hasMessageContaining("Unknown property 'year' of CinReturn")
        .hasMessageContaining("header");
  }

  @Test
  void deepNestingIsRefusedByTheParserWithoutExhaustingTheStack() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> CinJson.read("{\"identifiers\":{\"unparsed\":{\"UPN\":" + deep + "}}}"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("nesting depth");
    String deepObjects = "{\"identifiers\":{},\"characteristics\":".repeat(5_000) + "{}" + "}".repeat(10_000);
    assertThatThrownBy(() -> CinJson.read(deepObjects)).isInstanceOf(UncheckedIOException.class).hasMessageContaining("nesting depth");
  }

  @Test
  void malformedJsonIsAnErrorWithItsPlace() {
    assertThatThrownBy(() -> CinJson.read("{\"identifiers\":{\"upn\":\"" + SECRET + "\"")).isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> CinJson.read("[]")).hasMessageContaining("Expected a JSON object for CinChild but found an array");
  }
}
