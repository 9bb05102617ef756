package io.github.cscreturns.reference.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Makes the bundled reference data from its public sources: the ONSPD extract
 * {@code onspd-2025-11-postcodes.csv.gz} becomes the folder {@code onspd-postcodes}, a deflated
 * {@link PostcodeTable} per postcode area and their index ({@link PostcodeAreas}), and {@code la-lookup.csv} is copied as it is. Run it when the sources
 * change, from the repository root:
 *
 * <pre>
 * mvn -B -ntp -o -q -pl reference -am package -DskipTests
 * java -cp reference/target/classes:validation/target/classes:core/target/classes:codesets/target/classes \
 *   io.github.cscreturns.reference.internal.PostcodeBundleGenerator ../shared/reference \
 *   reference/src/main/resources/io/github/cscreturns/reference
 * </pre>
 *
 * A test ({@code BundledReferenceDataTest}) checks that the checked-in files are what this makes.
 */
public final class PostcodeBundleGenerator {
  /** The ONSPD extract's file name in the source directory. */
  public static final String POSTCODES = "onspd-2025-11-postcodes.csv.gz";
  /** The folder of the bundled postcode areas ({@link PostcodeAreas}) among the resources. */
  public static final String POSTCODE_AREAS = "onspd-postcodes";
  /** The LA list's file name, in the source directory and among the resources. */
  public static final String LA_LOOKUP = "la-lookup.csv";
  /** The release the bundled table names. */
  public static final String RELEASE = "ONSPD November 2025";

  private PostcodeBundleGenerator() {}

  /** Arguments: the source directory and the resource directory to write into. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: PostcodeBundleGenerator SOURCE_DIR RESOURCE_DIR");
      System.exit(2);
    }
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    PostcodeTable table = table(source);
    Files.createDirectories(target);
    Path areas = target.resolve(POSTCODE_AREAS);
    Files.createDirectories(areas);
    PostcodeAreas.write(table, name -> {
      try {
        return Files.newOutputStream(areas.resolve(name));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Files.copy(source.resolve(LA_LOOKUP), target.resolve(LA_LOOKUP), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    System.out.println(table.size() + " postcodes, " + table.laCodes().size() + " local authorities written to " + target);
  }

  /** The table made from the ONSPD extract in the source directory. */
  public static PostcodeTable table(Path sourceDir) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(sourceDir.resolve(POSTCODES)), 1 << 16)) {
      return OnspdReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), POSTCODES, RELEASE);
    }
  }
}
