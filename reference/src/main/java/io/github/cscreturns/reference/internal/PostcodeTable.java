package io.github.cscreturns.reference.internal;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The postcode table held in memory: postcodes sorted by outward code (district) and inward code,
 * each with the index of its lower-tier local authority and its grid reference. About 10 bytes per
 * postcode and a presence bitmap per district: for the 2.7 million of the ONSPD, some 34 MB of heap.
 *
 * <p>Layout: {@code districts} (sorted outward codes) with {@code starts} (where each district's
 * postcodes begin); {@code inward} (sorted within a district); {@code values} packing the LA index
 * plus one (0: none), easting and northing (21 bits each; {@link #NO_COORDINATE} where ONS gives none).
 *
 * <p>Binary form ({@link #write}, {@link #read}): magic, version, release, the LA codes, the districts
 * with their sizes, then four columns of variable-length integers (inward deltas within a district,
 * LA indexes, easting and northing deltas), which compress well; the bundled resource is that form
 * deflated.
 */
public final class PostcodeTable {
  /** Marks a missing easting or northing. */
  public static final int NO_COORDINATE = (1 << 21) - 1;

  private static final int MAGIC = 0x43535043; // "CSPC"
  private static final int VERSION = 1;
  private static final int MASK21 = (1 << 21) - 1;
  /** Bounds on what a table (or a file claiming to be one) may hold. */
  private static final int MAX_POSTCODES = 1 << 24;
  private static final int MAX_LAS = 1 << 16;

  private final String release;
  private final String[] laCodes;
  private final int[] districts;
  private final int[] starts;
  private final short[] inward;
  private final long[] values;
  /**
   * For look-ups, one bit per possible inward code of each district ({@link #WORDS} words a
   * district), each word followed by how many of the district's postcodes come before it (so both
   * share a cache line): a postcode's row is its district's start plus that rank plus the bits below
   * it, found with two reads of memory instead of a binary search over the district's rows.
   */
  private final long[] presence;

  /** Longs of presence bits per district. */
  private static final int WORDS = (PostcodeKeys.INWARD_CODES + 63) / 64;

  private PostcodeTable(String release, String[] laCodes, int[] districts, int[] starts, short[] inward, long[] values) {
    this.release = release;
    this.laCodes = laCodes;
    this.districts = districts;
    this.starts = starts;
    this.inward = inward;
    this.values = values;
    this.presence = new long[districts.length * WORDS * 2];
    for (int d = 0; d < districts.length; d++) {
      for (int i = starts[d]; i < starts[d + 1]; i++) {
        presence[2 * (d * WORDS + inward[i] / 64)] |= 1L << (inward[i] % 64);
      }
      long rank = 0;
      for (int w = 0; w < WORDS; w++) {
        int at = 2 * (d * WORDS + w);
        presence[at + 1] = rank;
        rank += Long.bitCount(presence[at]);
      }
    }
  }

  public String release() {
    return release;
  }

  public int size() {
    return inward.length;
  }

  /** The row of the postcode text, or -1 if the table does not hold it. No allocation. */
  public int find(CharSequence postcode) {
    long key = PostcodeKeys.key(postcode);
    if (key == PostcodeKeys.NONE) {
      return -1;
    }
    int d = Arrays.binarySearch(districts, PostcodeKeys.outward(key));
    if (d < 0) {
      return -1;
    }
    int code = PostcodeKeys.inward(key);
    int at = 2 * (d * WORDS + code / 64);
    long bits = presence[at];
    long bit = 1L << (code % 64);
    if ((bits & bit) == 0) {
      return -1;
    }
    return starts[d] + (int) presence[at + 1] + Long.bitCount(bits & (bit - 1));
  }

  /** The ONS code of the row's lower-tier local authority, or null where ONS gives none. */
  public String laCode(int row) {
    int la = (int) (values[row] >>> 42);
    return la == 0 ? null : laCodes[la - 1];
  }

  /** The index of the row's lower-tier LA in {@link #laCodes()}, or -1 where ONS gives none. */
  public int laIndex(int row) {
    return (int) (values[row] >>> 42) - 1;
  }

  /** The row's easting in metres, or {@link #NO_COORDINATE}. */
  public int easting(int row) {
    return (int) (values[row] >>> 21) & MASK21;
  }

  /** The row's northing in metres, or {@link #NO_COORDINATE}. */
  public int northing(int row) {
    return (int) values[row] & MASK21;
  }

  /** The row's postcode in its standard form. */
  public String postcode(int row) {
    int d = Arrays.binarySearch(starts, row);
    if (d < 0) {
      d = -d - 2;
    }
    return PostcodeKeys.text(districts[d], inward[row]);
  }

  /** The lower-tier LA codes the table refers to, in index order. */
  public List<String> laCodes() {
    return List.of(laCodes);
  }

  /** Collects rows in any order; {@link #build} sorts them. */
  public static final class Builder {
    private long[] keys = new long[1 << 16];
    private long[] rows = new long[1 << 16];
    private int size;
    private final Map<String, Integer> laIndex = new HashMap<>();
    private final List<String> las = new ArrayList<>();

    /**
     * Adds a postcode. {@code la} may be null; easting and northing may be {@link #NO_COORDINATE}.
     *
     * @throws IllegalArgumentException (without the values) if the postcode is not of the Royal Mail
     *     shape, a coordinate is out of range or the table is full
     */
    public void add(CharSequence postcode, String la, int easting, int northing) {
      long key = PostcodeKeys.key(postcode);
      if (key == PostcodeKeys.NONE) {
        throw new IllegalArgumentException("not a postcode of the Royal Mail shape");
      }
      if (easting < 0 || easting > NO_COORDINATE || northing < 0 || northing > NO_COORDINATE) {
        throw new IllegalArgumentException("grid reference out of range");
      }
      if (size == MAX_POSTCODES) {
        throw new IllegalArgumentException("more than " + MAX_POSTCODES + " postcodes");
      }
      long index = 0;
      if (la != null) {
        Integer i = laIndex.get(la);
        if (i == null) {
          if (las.size() == MAX_LAS) {
            throw new IllegalArgumentException("more than " + MAX_LAS + " local authority codes");
          }
          i = las.size();
          laIndex.put(la, i);
          las.add(la);
        }
        index = i + 1;
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        rows = Arrays.copyOf(rows, size * 2);
      }
      // Key in the high bits, arrival order in the low 24: sorting these sorts by postcode, stably.
      keys[size] = key << 24 | size;
      rows[size] = index << 42 | (long) easting << 21 | northing;
      size++;
    }

    /**
     * The table, sorted by postcode, with LA codes indexed in code order.
     *
     * @throws IllegalArgumentException if a postcode was added twice (naming the two data rows)
     */
    public PostcodeTable build(String release) {
      long[] sorted = Arrays.copyOf(keys, size);
      Arrays.sort(sorted);
      String[] laCodes = las.toArray(String[]::new);
      Arrays.sort(laCodes);
      int[] remap = new int[las.size() + 1];
      for (int i = 0; i < las.size(); i++) {
        remap[i + 1] = Arrays.binarySearch(laCodes, las.get(i)) + 1;
      }
      short[] inward = new short[size];
      long[] values = new long[size];
      int[] districts = new int[Math.max(16, size / 256)];
      int[] starts = new int[districts.length + 1];
      int nDistricts = 0;
      long previousKey = -1;
      for (int i = 0; i < size; i++) {
        long key = sorted[i] >>> 24;
        int row = (int) (sorted[i] & 0xFFFFFF);
        if (key == previousKey) {
          throw new IllegalArgumentException(
              "a postcode appears twice (data rows " + ((sorted[i - 1] & 0xFFFFFF) + 1) + " and " + (row + 1) + ")");
        }
        int outward = PostcodeKeys.outward(key);
        if (nDistricts == 0 || districts[nDistricts - 1] != outward) {
          if (nDistricts + 1 == districts.length) {
            districts = Arrays.copyOf(districts, districts.length * 2);
            starts = Arrays.copyOf(starts, districts.length + 1);
          }
          districts[nDistricts] = outward;
          starts[nDistricts] = i;
          nDistricts++;
        }
        inward[i] = (short) PostcodeKeys.inward(key);
        long v = rows[row];
        values[i] = (long) remap[(int) (v >>> 42)] << 42 | (v & ((1L << 42) - 1));
        previousKey = key;
      }
      starts[nDistricts] = size;
      return new PostcodeTable(
          release, laCodes, Arrays.copyOf(districts, nDistricts), Arrays.copyOf(starts, nDistricts + 1), inward, values);
    }
  }

  /** Writes the table's binary form (not compressed). Deterministic: the same table gives the same bytes. */
  public void write(OutputStream out) throws IOException {
    VarOut w = new VarOut(out);
    w.fixed(MAGIC);
    w.fixed(VERSION);
    w.text(release);
    w.unsigned(laCodes.length);
    for (String la : laCodes) {
      w.text(la);
    }
    w.unsigned(districts.length);
    for (int d = 0; d < districts.length; d++) {
      w.unsigned(districts[d]);
      w.unsigned(starts[d + 1] - starts[d]);
    }
    for (int d = 0; d < districts.length; d++) {
      int previous = 0;
      for (int i = starts[d]; i < starts[d + 1]; i++) {
        w.unsigned(inward[i] - previous);
        previous = inward[i];
      }
    }
    for (long v : values) {
      w.unsigned((int) (v >>> 42));
    }
    int previous = 0;
    for (int i = 0; i < values.length; i++) {
      w.signed(easting(i) - previous);
      previous = easting(i);
    }
    previous = 0;
    for (int i = 0; i < values.length; i++) {
      w.signed(northing(i) - previous);
      previous = northing(i);
    }
    w.flush();
  }

  /**
   * Reads a table's binary form.
   *
   * @throws IOException if the stream is not a postcode table of this version, or is cut short
   */
  public static PostcodeTable read(InputStream in) throws IOException {
    VarIn r = new VarIn(in);
    if (r.fixed() != MAGIC || r.fixed() != VERSION) {
      throw new IOException("not a postcode table of version " + VERSION);
    }
    String release = r.text();
    int nLa = r.bounded(MAX_LAS);
    String[] laCodes = new String[nLa];
    for (int i = 0; i < nLa; i++) {
      laCodes[i] = r.text();
    }
    int nDistricts = r.bounded(MAX_POSTCODES);
    int[] districts = new int[nDistricts];
    int[] starts = new int[nDistricts + 1];
    int size = 0;
    for (int d = 0; d < nDistricts; d++) {
      districts[d] = r.unsigned();
      starts[d] = size;
      size += r.bounded(MAX_POSTCODES);
      if (size > MAX_POSTCODES) {
        throw new IOException("more than " + MAX_POSTCODES + " postcodes");
      }
    }
    starts[nDistricts] = size;
    short[] inward = new short[size];
    for (int d = 0; d < nDistricts; d++) {
      int value = 0;
      for (int i = starts[d]; i < starts[d + 1]; i++) {
        value += r.unsigned();
        inward[i] = (short) value;
      }
    }
    long[] values = new long[size];
    for (int i = 0; i < size; i++) {
      int la = r.bounded(nLa);
      values[i] = (long) la << 42;
    }
    int value = 0;
    for (int i = 0; i < size; i++) {
      value += r.signed();
      values[i] |= (long) (value & MASK21) << 21;
    }
    value = 0;
    for (int i = 0; i < size; i++) {
      value += r.signed();
      values[i] |= value & MASK21;
    }
    return new PostcodeTable(release, laCodes, districts, starts, inward, values);
  }

  /** Variable-length integers, buffered by hand (no per-byte locking or virtual calls). */
  private static final class VarOut {
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int position;

    VarOut(OutputStream out) {
      this.out = out;
    }

    void fixed(int v) throws IOException {
      for (int shift = 24; shift >= 0; shift -= 8) {
        put(v >>> shift);
      }
    }

    void unsigned(int v) throws IOException {
      while ((v & ~0x7F) != 0) {
        put((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      put(v);
    }

    void signed(int v) throws IOException {
      unsigned((v << 1) ^ (v >> 31));
    }

    void text(String s) throws IOException {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      unsigned(bytes.length);
      for (byte b : bytes) {
        put(b);
      }
    }

    private void put(int b) throws IOException {
      if (position == buffer.length) {
        flush();
      }
      buffer[position++] = (byte) b;
    }

    void flush() throws IOException {
      out.write(buffer, 0, position);
      position = 0;
      out.flush();
    }
  }

  private static final class VarIn {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;

    VarIn(InputStream in) {
      this.in = in;
    }

    int fixed() throws IOException {
      int v = 0;
      for (int i = 0; i < 4; i++) {
        v = v << 8 | get();
      }
      return v;
    }

    int unsigned() throws IOException {
      int v = 0;
      for (int shift = 0; shift < 35; shift += 7) {
        int b = get();
        v |= (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return v;
        }
      }
      throw new IOException("malformed postcode table: an integer runs on");
    }

    int bounded(int max) throws IOException {
      int v = unsigned();
      if (v < 0 || v > max) {
        throw new IOException("malformed postcode table: a count out of range");
      }
      return v;
    }

    int signed() throws IOException {
      int v = unsigned();
      return (v >>> 1) ^ -(v & 1);
    }

    String text() throws IOException {
      int n = bounded(1024);
      byte[] bytes = new byte[n];
      for (int i = 0; i < n; i++) {
        bytes[i] = (byte) get();
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }

    private int get() throws IOException {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          throw new EOFException("postcode table cut short");
        }
      }
      return buffer[position++] & 0xFF;
    }
  }

  /** The binary form in memory (for tests and the generator). */
  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(size() * 8);
    try {
      write(out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
