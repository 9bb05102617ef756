package io.github.cscreturns.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.CategoryOfNeed;
import io.github.cscreturns.codesets.ssda903.Ethnicity;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.core.ssda903.Ssda903Return;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ssda903JsonTest {
  private static final Child CHILD =
      Child.builder()
          .childId(ChildId.of("C1"))
          .sex(Sex.GENDER_FEMALE)
          .dob(LocalDate.of(2010, 2, 28))
          .ethnicity(Ethnicity.WBRI)
          .upn(Upn.of("UN3"))
          .putUnparsed("MOTHER", "maybe")
          .source(SourceLocation.of("header.csv", 2))
          .addEpisodes(
              Episode.builder()
                  .start(LocalDate.of(2024, 4, 1))
                  .reasonNewEpisode(ReasonNewEpisode.S)
                  .legalStatus(LegalStatus.C2)
                  .categoryOfNeed(CategoryOfNeed.N1)
                  .placement(Placement.builder().type(PlacementType.U1).postcode(Postcode.of("sw1a 1")).build())
                  .putUnparsed("DEC", "31/02/2025")
                  .build())
          .build();

  private static final String JSON =
      "{\"childId\":\"C1\",\"sex\":\"2\",\"dob\":\"2010-02-28\",\"ethnicity\":\"WBRI\",\"upn\":\"UN3\","
          + "\"episodes\":[{\"start\":\"2024-04-01\",\"reasonNewEpisode\":\"S\",\"legalStatus\":\"C2\","
          + "\"categoryOfNeed\":\"N1\",\"placement\":{\"type\":\"U1\",\"postcode\":\"sw1a 1\"},"
          + "\"unparsed\":{\"DEC\":\"31/02/2025\"}}],"
          + "\"unparsed\":{\"MOTHER\":\"maybe\"},\"source\":{\"file\":\"header.csv\",\"line\":2}}";

  @Test
  void writesCodesAsTheDfeWritesThemDatesAsIsoAndKeepsUnparsedText() {
    assertThat(Ssda903Json.write(CHILD)).isEqualTo(JSON);
  }

  @Test
  void readsWhatItWrites() {
    Child back = Ssda903Json.read(JSON);
    assertThat(back).isEqualTo(CHILD);
    assertThat(back.source()).contains(SourceLocation.of("header.csv", 2));
    assertThat(back.episodes().get(0).unparsed("DEC")).contains("31/02/2025");
  }

  @Test
  void aNullOrMissingPropertyIsEmpty() {
    Child child = Ssda903Json.read("{\"childId\":\"C1\",\"sex\":null}");
    assertThat(child).isEqualTo(Child.builder().childId(ChildId.of("C1")).build());
  }

  @Test
  void theModuleWorksOnAPlainMapperForEveryModelTypeAndCode() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new Ssda903JacksonModule());
    assertThat(mapper.writeValueAsString(PlacementType.U1)).isEqualTo("\"U1\"");
    assertThat(mapper.writeValueAsString(MotherStatus.IS_A_MOTHER)).isEqualTo("\"1\"");
    assertThat(mapper.readValue("\"1\"", MotherStatus.class)).isEqualTo(MotherStatus.IS_A_MOTHER);
    assertThat(mapper.writeValueAsString(LocalDate.of(2025, 3, 31))).isEqualTo("\"2025-03-31\"");
    assertThat(mapper.writeValueAsString(Upn.of("A123"))).isEqualTo("\"A123\"");
    assertThat(mapper.readValue("\" SW1A 1AA\"", Postcode.class)).isEqualTo(Postcode.of(" SW1A 1AA"));
    assertThat(mapper.readValue(JSON, Child.class)).isEqualTo(CHILD);
    Episode episode = CHILD.episodes().get(0);
    assertThat(mapper.readValue(mapper.writeValueAsString(episode), Episode.class)).isEqualTo(episode);
    assertThat(mapper.writeValueAsString(List.of(CHILD))).isEqualTo("[" + JSON + "]");
  }

  @Test
  void aReturnIsAnObjectWithYearLaAndChildren() {
    Ssda903Return r = Ssda903Return.builder().year(CollectionYear.Y2024_25).la(LaCode.of("931")).addChildren(CHILD).build();
    String json = Ssda903Json.writeReturn(r);
    assertThat(json).startsWith("{\"year\":\"2024-25\",\"la\":\"931\",\"children\":[{\"childId\":\"C1\"");
    assertThat(Ssda903Json.readReturn(json)).isEqualTo(r);
  }

  @Test
  void anUnknownCodeInATypedPropertyIsAnErrorNamingTheCodesetNotTheText() {
    assertThatThrownBy(() -> Ssda903Json.read("{\"childId\":\"C1\",\"sex\":\"X\"}"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("codeset SEX")
        .hasMessageNotContaining("'X'")
        .hasMessageContaining("unparsed");
    // Surrounding white space would be lost by the typed value, so it is not accepted either.
    assertThatThrownBy(() -> Ssda903Json.read("{\"childId\":\"C1\",\"sex\":\" 1\"}")).hasMessageContaining("codeset SEX");
  }

  @Test
  void anUnknownPropertyIsAnErrorNamingTheKnownOnes() {
    assertThatThrownBy(() -> Ssda903Json.read("{\"childId\":\"C1\",\"gender\":\"1\"}"))
        .hasMessageContaining("Unknown property 'gender' of Child")
        .hasMessageContaining("sex");
  }

  @Test
  void aBadDateOrMissingChildIdIsAnErrorThatDoesNotQuoteTheText() {
    assertThatThrownBy(() -> Ssda903Json.read("{\"childId\":\"C1\",\"dob\":\"01/02/2010\"}"))
        .hasMessageContaining("ISO date")
        .hasMessageNotContaining("01/02/2010");
    assertThatThrownBy(() -> Ssda903Json.read("{\"sex\":\"1\"}")).hasMessageContaining("childId");
  }
}
