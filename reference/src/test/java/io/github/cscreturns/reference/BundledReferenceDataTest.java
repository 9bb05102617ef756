package io.github.cscreturns.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cscreturns.reference.internal.PostcodeAreas;
import io.github.cscreturns.reference.internal.PostcodeBundleGenerator;
import io.github.cscreturns.reference.internal.PostcodeTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;

/**
 * The checked-in bundle is what {@link PostcodeBundleGenerator} makes from the public sources in
 * {@code ../shared/reference} (skipped, saying so, where that directory is not present, as on CI).
 */
class BundledReferenceDataTest {
  private static Path sources() {
    Path dir = Path.of(System.getProperty("csc.reference.dir", "../../shared/reference"));
    assumeTrue(
        Files.isRegularFile(dir.resolve(PostcodeBundleGenerator.POSTCODES)),
        "the ONSPD extract is not at " + dir.toAbsolutePath() + ": cannot check the bundle against its source");
    return dir;
  }

  @Test
  void bundledPostcodeAreasAreWhatTheGeneratorMakesFromTheOnspdExtract() throws IOException {
    PostcodeTable whole = PostcodeBundleGenerator.table(sources());
    Map<String, PostcodeTable> areas = PostcodeAreas.split(whole);
    assertThat(areas).hasSizeGreaterThan(100);
    String index;
    try (InputStream in = resource(PostcodeAreas.INDEX)) {
      index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(index).as("regenerate with PostcodeBundleGenerator (see its javadoc)").isEqualTo(PostcodeAreas.index(whole.release(), areas));
    for (Map.Entry<String, PostcodeTable> area : areas.entrySet()) {
      try (InputStream in = new InflaterInputStream(resource(area.getKey() + ".bin"))) {
        assertThat(in.readAllBytes()).as("area %s: regenerate with PostcodeBundleGenerator (see its javadoc)", area.getKey())
            .isEqualTo(area.getValue().toBytes());
      }
    }
    assertThat(areas.values().stream().mapToInt(PostcodeTable::size).sum()).isEqualTo(whole.size());
  }

  private static InputStream resource(String name) {
    InputStream in = OnsPostcodeDirectory.class.getResourceAsStream(OnsPostcodeDirectory.BUNDLED_RESOURCES + name);
    assertThat(in).as(name).isNotNull();
    return in;
  }

  @Test
  void bundledLaListIsTheSourceLaLookup() throws IOException {
    Path dir = sources();
    byte[] source = Files.readAllBytes(dir.resolve(PostcodeBundleGenerator.LA_LOOKUP));
    try (InputStream in = LocalAuthorityList.class.getResourceAsStream(PostcodeBundleGenerator.LA_LOOKUP)) {
      assertThat(in.readAllBytes()).isEqualTo(source);
    }
  }

  @Test
  void everyLocalAuthorityOfThePostcodesIsInTheLaList() throws IOException {
    PostcodeTable table = PostcodeBundleGenerator.table(sources());
    LocalAuthorityList list = LocalAuthorityList.bundled();
    assertThat(table.laCodes()).allSatisfy(code -> assertThat(list.lowerTier(code)).as(code).isPresent());
    assertThat(OnsPostcodeDirectory.bundled().size()).isEqualTo(table.size()).isEqualTo(2_720_556);
    assertThat(OnsPostcodeDirectory.bundled().release()).isEqualTo("ONSPD November 2025");
  }
}
