package io.github.cscreturns.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The table finds every postcode it holds at its row, none it does not, and survives its binary form; over seeded random tables. */
class PostcodeTableTest {
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private static String randomPostcode(Random random) {
    StringBuilder s = new StringBuilder();
    s.append(LETTERS.charAt(random.nextInt(3))); // few areas, so districts fill up
    if (random.nextBoolean()) {
      s.append(LETTERS.charAt(random.nextInt(26)));
    }
    s.append(random.nextInt(10));
    if (random.nextInt(4) == 0) {
      s.append(random.nextBoolean() ? LETTERS.charAt(random.nextInt(26)) : (char) ('0' + random.nextInt(10)));
    }
    return s.append(' ').append(random.nextInt(10)).append(LETTERS.charAt(random.nextInt(26))).append(LETTERS.charAt(random.nextInt(26))).toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 903})
  void findsEveryPostcodeHeldAndNoOther(long seed) throws IOException {
    Random random = new Random(seed);
    Map<String, int[]> rows = new HashMap<>();
    PostcodeTable.Builder builder = new PostcodeTable.Builder();
    while (rows.size() < 30_000) {
      String p = randomPostcode(random);
      if (!rows.containsKey(p)) {
        int[] v = {random.nextInt(700_000), random.nextInt(1_300_000), random.nextInt(5)};
        rows.put(p, v);
        builder.add(p, v[2] == 0 ? null : "E0" + v[2], v[0], v[1]);
      }
    }
    PostcodeTable table = builder.build("seed " + seed);
    PostcodeTable read = PostcodeTable.read(new ByteArrayInputStream(table.toBytes()));
    for (PostcodeTable t : new PostcodeTable[] {table, read}) {
      assertThat(t.size()).as("seed %d", seed).isEqualTo(rows.size());
      for (Map.Entry<String, int[]> e : rows.entrySet()) {
        int row = t.find(e.getKey().toLowerCase(java.util.Locale.ROOT).replace(" ", ""));
        assertThat(row).as("seed %d: %s", seed, e.getKey()).isNotNegative();
        assertThat(t.postcode(row)).isEqualTo(e.getKey());
        assertThat(t.easting(row)).isEqualTo(e.getValue()[0]);
        assertThat(t.northing(row)).isEqualTo(e.getValue()[1]);
        assertThat(t.laCode(row)).isEqualTo(e.getValue()[2] == 0 ? null : "E0" + e.getValue()[2]);
      }
      for (int i = 0; i < 5_000; i++) {
        String p = randomPostcode(random);
        assertThat(t.find(p) >= 0).as("seed %d: %s", seed, p).isEqualTo(rows.containsKey(p));
      }
    }
    assertThat(read.toBytes()).isEqualTo(table.toBytes());
  }
}
