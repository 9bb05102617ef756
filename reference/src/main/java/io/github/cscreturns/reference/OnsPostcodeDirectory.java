package io.github.cscreturns.reference;

import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.reference.internal.OnspdReader;
import io.github.cscreturns.reference.internal.PostcodeAreas;
import io.github.cscreturns.reference.internal.PostcodeTable;
import io.github.cscreturns.validation.ssda903.ReferenceData;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The ONS Postcode Directory as the SSDA903 rules use it: a postcode's local authority (the derived
 * item PL_LA) and the distance between two postcodes (PL_DISTANCE). Either the snapshot bundled in
 * this artifact ({@link #bundled()}, ONSPD November 2025, 2.7 million postcodes) or the user's own
 * copy of a newer ONSPD CSV ({@link #fromOnspd(Path)}).
 *
 * <p>Postcodes match as the DfE and ONS match them: upper case, spaces ignored ("sw1a1aa" is
 * "SW1A 1AA"). PL_LA is the authority responsible for the children's social care where the postcode
 * lies ({@link LocalAuthorityList#placementLa}). PL_DISTANCE is the straight-line distance between
 * the two grid references, in miles to one decimal place, as the DfE derives it. Immutable and
 * thread-safe; a look-up allocates nothing but its result.
 *
 * <p>Contains OS data © Crown copyright and database right; Royal Mail data © Royal Mail copyright and
 * database right; GeoPlace data © Local Government Information House Limited; source: Office for
 * National Statistics, licensed under the Open Government Licence v3.0 (see NOTICE).
 *
 * @since 2022-23
 */
public final class OnsPostcodeDirectory implements ReferenceData.PostcodeDirectory {
  /** Metres in a statute mile. */
  static final double METRES_PER_MILE = 1609.344;
  /** The bundled snapshot's folder of resources, beside this class: one table per postcode area ({@link PostcodeAreas}). */
  static final String BUNDLED_RESOURCES = "onspd-postcodes/";

  /** Where a postcode lies: its lower-tier local authority and grid reference, where ONS gives them. */
  public record PostcodeLocation(String postcode, Optional<String> lowerTierLa, OptionalInt easting, OptionalInt northing) {}

  private static final class Bundled {
    static final OnsPostcodeDirectory DIRECTORY = loadBundled();
  }

  /** A table of postcodes with the PL_LA of each of its LA codes. */
  private static final class Part {
    /** No postcodes. */
    static final Part NONE = new Part(new PostcodeTable.Builder().build(""), new LaCode[0]);

    final PostcodeTable table;
    /** PL_LA of each of the table's LA codes, by index (null: not in the LA list). */
    final LaCode[] placementLa;

    private Part(PostcodeTable table, LaCode[] placementLa) {
      this.table = table;
      this.placementLa = placementLa;
    }

    static Part of(PostcodeTable table, LocalAuthorityList authorities) {
      List<String> codes = table.laCodes();
      LaCode[] placementLa = new LaCode[codes.size()];
      for (int i = 0; i < codes.size(); i++) {
        placementLa[i] = authorities.placementLa(codes.get(i)).orElse(null);
      }
      return new Part(table, placementLa);
    }
  }

  /** The part holding a postcode, if any is held: the one table, or the postcode's area of the bundled snapshot. */
  private final Function<CharSequence, Part> parts;
  private final String release;
  private final int size;
  private final LocalAuthorityList authorities;

  private OnsPostcodeDirectory(PostcodeTable table, LocalAuthorityList authorities) {
    Part whole = Part.of(table, authorities);
    this.parts = postcode -> whole;
    this.release = table.release();
    this.size = table.size();
    this.authorities = authorities;
  }

  private OnsPostcodeDirectory(PostcodeAreas<Part> areas, LocalAuthorityList authorities) {
    this.parts = areas::of;
    this.release = areas.release();
    this.size = areas.size();
    this.authorities = authorities;
  }

  /**
   * The snapshot bundled in this artifact (loaded once, on first use: its index at once, each postcode
   * area's table on the first look-up of a postcode there).
   *
   * @return the snapshot bundled in this artifact
   */
  public static OnsPostcodeDirectory bundled() {
    return Bundled.DIRECTORY;
  }

  private static OnsPostcodeDirectory loadBundled() {
    LocalAuthorityList authorities = LocalAuthorityList.bundled();
    try {
      return new OnsPostcodeDirectory(
          PostcodeAreas.read(name -> OnsPostcodeDirectory.class.getResourceAsStream(BUNDLED_RESOURCES + name),
              table -> Part.of(table, authorities), Part.NONE),
          authorities);
    } catch (IOException e) {
      throw new IllegalStateException(BUNDLED_RESOURCES + " is missing or damaged in the reference module", e);
    }
  }

  /**
   * Loads the user's own ONSPD as ONS publishes it: the CSV, the CSV gzipped ({@code .gz}), or the
   * published zip (its {@code Data/ONSPD_…_UK.csv}). Streaming: memory holds the table, not the file.
   * The release is named after the file. The bundled LA list maps LAs to children's services.
   *
   * @param file the file
   * @return the directory
   * @throws IllegalArgumentException naming the file, line and column (never a value) if it is malformed
   * @throws IOException if the input or output cannot be read or written
   */
  public static OnsPostcodeDirectory fromOnspd(Path file) throws IOException {
    return fromOnspd(file, LocalAuthorityList.bundled());
  }

  /**
   * As {@link #fromOnspd(Path)}, with the given LA list.
   *
   * @param file the file
   * @param authorities the authorities
   * @return as {@link #fromOnspd(Path)}, with the given LA list
   * @throws IOException if the input or output cannot be read or written
   */
  public static OnsPostcodeDirectory fromOnspd(Path file, LocalAuthorityList authorities) throws IOException {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      if (lower.endsWith(".zip")) {
        ZipInputStream zip = new ZipInputStream(raw);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
          String entryName = entry.getName().toLowerCase(Locale.ROOT);
          if (!entry.isDirectory() && entryName.matches("(.*/)?onspd[^/]*_uk\\.csv")) {
            String source = name + "!" + entry.getName();
            return fromOnspd(new InputStreamReader(zip, StandardCharsets.UTF_8), source, releaseOf(entry.getName()), authorities);
          }
        }
        throw new IllegalArgumentException(name + ": no Data/ONSPD_…_UK.csv in the zip");
      }
      InputStream in = lower.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
      return fromOnspd(new InputStreamReader(in, StandardCharsets.UTF_8), name, releaseOf(name), authorities);
    }
  }

  /**
   * Loads an ONSPD CSV from text; {@code source} names it in errors, {@code release} in reports.
   *
   * @param csv the csv
   * @param source where the input comes from
   * @param release the release
   * @param authorities the authorities
   * @return the directory
   * @throws IOException if the input or output cannot be read or written
   */
  public static OnsPostcodeDirectory fromOnspd(Reader csv, String source, String release, LocalAuthorityList authorities) throws IOException {
    return new OnsPostcodeDirectory(OnspdReader.read(csv, source, release), authorities);
  }

  private static String releaseOf(String fileName) {
    String base = fileName.substring(fileName.lastIndexOf('/') + 1);
    int dot = base.indexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }

  /**
   * Which release of the ONSPD this is ("ONSPD November 2025" for the bundled one; else the file's name).
   *
   * @return which release of the ONSPD this is ("ONSPD November 2025" for the bundled one
   */
  public String release() {
    return release;
  }

  /**
   * How many postcodes the directory holds.
   *
   * @return how many postcodes the directory holds
   */
  public int size() {
    return size;
  }

  /**
   * The LA list used to derive PL_LA.
   *
   * @return the LA list used to derive PL_LA
   */
  public LocalAuthorityList authorities() {
    return authorities;
  }

  /**
   * Where the postcode lies, if the directory holds it (case and spaces ignored).
   *
   * @param postcode the postcode
   * @return where the postcode lies, if the directory holds it (case and spaces ignored)
   */
  public Optional<PostcodeLocation> find(CharSequence postcode) {
    PostcodeTable table = parts.apply(postcode).table;
    int row = table.find(postcode);
    if (row < 0) {
      return Optional.empty();
    }
    return Optional.of(
        new PostcodeLocation(
            table.postcode(row),
            Optional.ofNullable(table.laCode(row)),
            coordinate(table.easting(row)),
            coordinate(table.northing(row))));
  }

  private static OptionalInt coordinate(int value) {
    return value == PostcodeTable.NO_COORDINATE ? OptionalInt.empty() : OptionalInt.of(value);
  }

  /** Whether the directory holds the postcode (case and spaces ignored), with or without an LA. */
  @Override
  public boolean holds(Postcode postcode) {
    return parts.apply(postcode.value()).table.find(postcode.value()) >= 0;
  }

  /**
   * PL_LA: the authority responsible for children's social care where the postcode lies — the DfE
   * number in England, the ONS code elsewhere — if the directory holds the postcode and its LA is in
   * the LA list.
   */
  @Override
  public Optional<LaCode> localAuthority(Postcode postcode) {
    Part part = parts.apply(postcode.value());
    int row = part.table.find(postcode.value());
    if (row < 0) {
      return Optional.empty();
    }
    int la = part.table.laIndex(row);
    return la < 0 ? Optional.empty() : Optional.ofNullable(part.placementLa[la]);
  }

  /**
   * PL_DISTANCE: the straight-line distance in miles, to one decimal place, between the two postcodes'
   * grid references, if both are held with a grid reference.
   */
  @Override
  public OptionalDouble distanceMiles(Postcode from, Postcode to) {
    PostcodeTable ta = parts.apply(from.value()).table;
    PostcodeTable tb = parts.apply(to.value()).table;
    int a = ta.find(from.value());
    int b = tb.find(to.value());
    if (a < 0 || b < 0) {
      return OptionalDouble.empty();
    }
    int ea = ta.easting(a);
    int na = ta.northing(a);
    int eb = tb.easting(b);
    int nb = tb.northing(b);
    if (ea == PostcodeTable.NO_COORDINATE || na == PostcodeTable.NO_COORDINATE || eb == PostcodeTable.NO_COORDINATE || nb == PostcodeTable.NO_COORDINATE) {
      return OptionalDouble.empty();
    }
    double dx = ea - eb;
    double dy = na - nb;
    double miles = Math.sqrt(dx * dx + dy * dy) / METRES_PER_MILE;
    return OptionalDouble.of(Math.round(miles * 10) / 10.0);
  }

  @Override
  public String toString() {
    return release() + " (" + size() + " postcodes)";
  }
}
