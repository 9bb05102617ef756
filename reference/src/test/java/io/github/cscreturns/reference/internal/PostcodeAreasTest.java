package io.github.cscreturns.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The directory split by postcode area: each area read on its first look-up, and answers as the whole table's. */
class PostcodeAreasTest {
  private static final String[] POSTCODES = {
    "LS1 1AA", "LS29 8BB", "LS6 2CC", "BD1 1AB", "B1 1AA", "B33 8TH", "SW1A 1AA", "SW19 5AE", "EC1A 1BB", "W1A 0AX", "M1 1AE", "AB10 1XG"
  };

  private static PostcodeTable whole() {
    PostcodeTable.Builder b = new PostcodeTable.Builder();
    for (int i = 0; i < POSTCODES.length; i++) {
      b.add(POSTCODES[i], i % 3 == 0 ? null : "E0800000" + (i % 4), 400_000 + i, 300_000 + i);
    }
    return b.build("test release");
  }

  @ParameterizedTest
  @CsvSource({"LS1 1AA, LS", "LS29 8BB, LS", "B1 1AA, B", "B33 8TH, B", "SW1A 1AA, SW", "W1A 0AX, W", "M1 1AE, M", "EC1A 1BB, EC", "sw1a1aa, SW"})
  void theAreaIsTheOutwardCodesLeadingLetters(String postcode, String area) {
    assertThat(PostcodeKeys.areaName(PostcodeKeys.area(PostcodeKeys.outward(PostcodeKeys.key(postcode))))).isEqualTo(area);
  }

  /** A stored split, counting what is read. */
  private static final class Stored {
    final Map<String, byte[]> files = new HashMap<>();
    final List<String> read = new ArrayList<>();

    Stored(PostcodeTable table) throws IOException {
      PostcodeAreas.write(table, name -> new ByteArrayOutputStream() {
        @Override
        public void close() throws IOException {
          super.close();
          files.put(name, toByteArray());
        }
      });
    }

    InputStream open(String name) {
      read.add(name);
      byte[] bytes = files.get(name);
      return bytes == null ? null : new ByteArrayInputStream(bytes);
    }
  }

  @Test
  void anAreaIsReadOnlyWhenAPostcodeThereIsLookedUpAndOnlyOnce() throws IOException {
    Stored stored = new Stored(whole());
    assertThat(stored.files.keySet()).containsExactlyInAnyOrder(
        "areas.txt", "LS.bin", "BD.bin", "B.bin", "SW.bin", "EC.bin", "W.bin", "M.bin", "AB.bin");
    PostcodeAreas<PostcodeTable> areas = PostcodeAreas.read(stored::open, t -> t, null);
    assertThat(areas.release()).isEqualTo("test release");
    assertThat(areas.size()).isEqualTo(POSTCODES.length);
    assertThat(stored.read).containsExactly("areas.txt");
    assertThat(areas.of("LS6 2CC").find("LS6 2CC")).isNotNegative();
    assertThat(areas.of("ls298bb").find("ls298bb")).isNotNegative();
    assertThat(areas.of("LS1 9ZZ").find("LS1 9ZZ")).isNegative();
    assertThat(stored.read).containsExactly("areas.txt", "LS.bin");
    assertThat(areas.of("ZE1 0AA")).as("an area not held").isNull();
    assertThat(areas.of("not a postcode")).isNull();
    assertThat(stored.read).containsExactly("areas.txt", "LS.bin");
  }

  @Test
  void everyPostcodeIsFoundWithTheLaAndGridReferenceTheWholeTableGives() throws IOException {
    PostcodeTable whole = whole();
    Stored stored = new Stored(whole);
    PostcodeAreas<PostcodeTable> areas = PostcodeAreas.read(stored::open, t -> t, null);
    for (String p : POSTCODES) {
      PostcodeTable area = areas.of(p);
      int row = area.find(p);
      int wholeRow = whole.find(p);
      assertThat(area.postcode(row)).isEqualTo(p);
      assertThat(Optional.ofNullable(area.laCode(row))).isEqualTo(Optional.ofNullable(whole.laCode(wholeRow)));
      assertThat(area.easting(row)).isEqualTo(whole.easting(wholeRow));
      assertThat(area.northing(row)).isEqualTo(whole.northing(wholeRow));
    }
  }

  @Test
  void aMissingAreaFileOrAMalformedIndexIsAnError() throws IOException {
    Stored stored = new Stored(whole());
    stored.files.remove("M.bin");
    PostcodeAreas<PostcodeTable> areas = PostcodeAreas.read(stored::open, t -> t, null);
    assertThatThrownBy(() -> areas.of("M1 1AE")).isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("M.bin");
    stored.files.put("areas.txt", "release\nmany\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> PostcodeAreas.read(stored::open, t -> t, null)).isInstanceOf(IOException.class);
    stored.files.remove("areas.txt");
    assertThatThrownBy(() -> PostcodeAreas.read(stored::open, t -> t, null)).isInstanceOf(IOException.class);
  }
}
