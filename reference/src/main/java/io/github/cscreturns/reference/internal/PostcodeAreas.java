package io.github.cscreturns.reference.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * A postcode directory split by postcode area ("LS", "B"), each area's {@link PostcodeTable} read
 * only when a postcode of that area is first looked up: an LA's return names postcodes of a few areas,
 * so a run reads those and not the 2.7 million postcodes of the whole country.
 *
 * <p>Stored form ({@link #write}): an index {@value #INDEX} (text: the release, the number of
 * postcodes, then a line {@code AREA COUNT} per area, in area order) and per area {@code AREA.bin},
 * its table's binary form deflated. Safe for use by many threads: an area is read once, under a lock.
 *
 * @param <T> what the caller makes of an area's table (its table with the LAs it maps to, say)
 */
public final class PostcodeAreas<T> {
  /** The index's name among the resources. */
  public static final String INDEX = "areas.txt";

  private final Function<String, InputStream> resources;
  private final Function<PostcodeTable, T> made;
  private final T none;
  private final String release;
  private final int size;
  private final boolean[] held = new boolean[PostcodeKeys.AREAS];
  private final AtomicReferenceArray<T> loaded = new AtomicReferenceArray<>(PostcodeKeys.AREAS);

  private PostcodeAreas(Function<String, InputStream> resources, Function<PostcodeTable, T> made, T none, String release, int size) {
    this.resources = resources;
    this.made = made;
    this.none = none;
    this.release = release;
    this.size = size;
  }

  /**
   * Reads the index of a stored directory; the areas are read as they are first looked up.
   *
   * @param resources the stream of a stored file by name, or null where there is none
   * @param made what to make of an area's table when it is read
   * @param none what {@link #of} gives for a postcode of no area held (or no postcode)
   * @throws IOException if the index is missing or malformed
   */
  public static <T> PostcodeAreas<T> read(Function<String, InputStream> resources, Function<PostcodeTable, T> made, T none)
      throws IOException {
    InputStream in = resources.apply(INDEX);
    if (in == null) {
      throw new IOException("the postcode areas' index " + INDEX + " is missing");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String release = r.readLine();
      String total = r.readLine();
      if (release == null || total == null) {
        throw new IOException("malformed postcode areas' index: cut short");
      }
      PostcodeAreas<T> areas = new PostcodeAreas<>(resources, made, none, release, number(total));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int space = line.indexOf(' ');
        int area = space < 0 ? -1 : areaNumber(line.substring(0, space));
        if (area <= 0) {
          throw new IOException("malformed postcode areas' index: not an area");
        }
        areas.held[area] = true;
      }
      return areas;
    } catch (NumberFormatException e) {
      throw new IOException("malformed postcode areas' index: not a number");
    }
  }

  private static int number(String text) {
    int n = Integer.parseInt(text.trim());
    if (n < 0) {
      throw new NumberFormatException();
    }
    return n;
  }

  /** The area number of its letters, or -1. */
  private static int areaNumber(String letters) {
    if (letters.isEmpty() || letters.length() > 2) {
      return -1;
    }
    int area = 0;
    for (int i = 0; i < 2; i++) {
      int symbol = 0;
      if (i < letters.length()) {
        char c = letters.charAt(i);
        if (c < 'A' || c > 'Z') {
          return -1;
        }
        symbol = c - 'A' + 11;
      }
      area = area * 37 + symbol;
    }
    return area;
  }

  /** The release the tables name. */
  public String release() {
    return release;
  }

  /** How many postcodes all the areas hold. */
  public int size() {
    return size;
  }

  /**
   * What was made of the table of the postcode's area (reading it on the first look-up of the area),
   * or {@code none} where no area of the postcode is held or the text is no postcode.
   *
   * @throws UncheckedIOException if the area's table cannot be read
   */
  public T of(CharSequence postcode) {
    long key = PostcodeKeys.key(postcode);
    if (key == PostcodeKeys.NONE) {
      return none;
    }
    int area = PostcodeKeys.area(PostcodeKeys.outward(key));
    T t = loaded.get(area);
    return t != null ? t : load(area);
  }

  private synchronized T load(int area) {
    T t = loaded.get(area);
    if (t != null) {
      return t;
    }
    t = held[area] ? made.apply(readArea(area)) : none;
    loaded.set(area, t);
    return t;
  }

  private PostcodeTable readArea(int area) {
    String name = PostcodeKeys.areaName(area) + ".bin";
    InputStream in = resources.apply(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("the postcode area " + name + " is missing"));
    }
    Inflater inflater = new Inflater();
    try (InputStream inflated = new InflaterInputStream(in, inflater, 1 << 16)) {
      return PostcodeTable.read(inflated);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      inflater.end();
    }
  }

  /**
   * The table split by area: each area's postcodes, with their LAs and grid references, in area
   * order. Postcodes whose outward code begins with no letter are left out (ONS has none).
   */
  public static Map<String, PostcodeTable> split(PostcodeTable whole) {
    Map<Integer, PostcodeTable.Builder> builders = new TreeMap<>();
    for (int row = 0; row < whole.size(); row++) {
      String postcode = whole.postcode(row);
      int area = PostcodeKeys.area(PostcodeKeys.outward(PostcodeKeys.key(postcode)));
      if (area > 0) {
        builders.computeIfAbsent(area, a -> new PostcodeTable.Builder()).add(postcode, whole.laCode(row), whole.easting(row), whole.northing(row));
      }
    }
    Map<String, PostcodeTable> tables = new TreeMap<>();
    builders.forEach((area, builder) -> tables.put(PostcodeKeys.areaName(area), builder.build(whole.release())));
    return tables;
  }

  /** The index's text of the split tables (see the class's description). */
  public static String index(String release, Map<String, PostcodeTable> areas) {
    StringBuilder b = new StringBuilder(release).append('\n');
    b.append(areas.values().stream().mapToInt(PostcodeTable::size).sum()).append('\n');
    areas.forEach((name, table) -> b.append(name).append(' ').append(table.size()).append('\n'));
    return b.toString();
  }

  /**
   * Writes the stored form of the table split by area: the index and each area deflated.
   *
   * @param whole the table
   * @param files an output stream for a stored file by name
   * @throws IOException if a file cannot be written
   */
  public static void write(PostcodeTable whole, Function<String, OutputStream> files) throws IOException {
    Map<String, PostcodeTable> areas = split(whole);
    try (Writer w = new java.io.OutputStreamWriter(files.apply(INDEX), StandardCharsets.UTF_8)) {
      w.write(index(whole.release(), areas));
    }
    for (Map.Entry<String, PostcodeTable> area : areas.entrySet()) {
      try (OutputStream out = new DeflaterOutputStream(files.apply(area.getKey() + ".bin"), new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
        area.getValue().write(out);
      }
    }
  }
}
