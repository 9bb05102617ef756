package io.github.cscreturns.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cscreturns.reference.internal.PostcodeBundleGenerator;
import io.github.cscreturns.reference.internal.PostcodeTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
  void bundledPostcodeTableIsWhatTheGeneratorMakesFromTheOnspdExtract() throws IOException {
    Path dir = sources();
    byte[] generated = PostcodeBundleGenerator.table(dir).toBytes();
    byte[] bundled;
    try (InputStream in = new InflaterInputStream(OnsPostcodeDirectory.class.getResourceAsStream(OnsPostcodeDirectory.BUNDLED_RESOURCE))) {
      bundled = in.readAllBytes();
    }
    assertThat(bundled).as("regenerate with PostcodeBundleGenerator (see its javadoc)").isEqualTo(generated);
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
