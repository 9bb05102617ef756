package io.github.cscreturns.serialization.ssda903.internal;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.UascFlag;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.core.ssda903.Uasc;
import io.github.cscreturns.serialization.internal.XmlText;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes children in the DfE SSDA903 XML layout for a collection year: the schema's element order,
 * required elements always (empty as {@code <X/>}), optional ones only when they have text, and only
 * the items and groups the year collects. Two-space indentation, LF line ends.
 *
 * <p>What the XML cannot hold: a record's own DOB (and a UASC record's SEX), which only CSV rows
 * repeat; more than one UASC, AD1 or OC3 record per child (the XML has their items once, directly
 * under HEADER: more is refused); an AD1 or OC3 record with no item at all (nothing to write).
 */
public final class XmlChildWriter {
  private final Writer out;
  private final CollectionYear year;
  private final String[] row = new String[13];
  private int count;

  public XmlChildWriter(Writer out, CollectionYear year) throws IOException {
    this.out = out;
    this.year = year;
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EXPSSDA903>\n");
  }

  public void finish() throws IOException {
    out.write("</EXPSSDA903>\n");
  }

  public void write(Child c) throws IOException {
    count++;
    Uasc uasc = single(c.uasc(), "UASC");
    Ssda903Record ad1 = single(c.adoptions(), "AD1");
    Ssda903Record oc3 = single(c.careLeaverCheckpoints(), "OC3");
    out.write("  <CHILD>\n    <HEADER>\n");
    String[] h = new String[Layouts.HEADER.width()];
    RecordCodecs.writeHeader(c, h);
    leaf(6, "CHILDID", h[0], true);
    leaf(6, "UPN", h[4], true);
    leaf(6, "SEX", h[1], true);
    leaf(6, "DOB", h[2], true);
    leaf(6, "ETHNIC", h[3], true);
    String duc = "";
    if (uasc != null) {
      RecordCodecs.write(uasc, c, row);
      duc = row[3];
    }
    String flag;
    if (c.asWritten().containsKey("UASC")) {
      flag = c.asWritten().get("UASC");
    } else if (uasc != null && duc.isEmpty()) {
      flag = UascFlag.YES.code(); // the only way the XML shows a UASC record without DUC
    } else if (c.uascFlag().isPresent()) {
      flag = c.uascFlag().get().code();
    } else if (c.unparsed().containsKey("UASC")) {
      flag = c.unparsed().get("UASC");
    } else {
      flag = uasc != null ? UascFlag.YES.code() : UascFlag.NO.code();
    }
    leaf(6, "UASC", flag, true);
    leaf(6, "DUC", duc, false);
    if (ad1 != null) {
      flat(Layouts.AD1, ad1, c);
    }
    if (oc3 != null) {
      flat(Layouts.OC3, oc3, c);
    }
    groups(Layouts.MISSING, c.missingEpisodes(), c, 6);
    groups(Layouts.REVIEWS, c.reviews(), c, 6);
    leaf(6, "MOTHER", h[5], false);
    leaf(6, "MC_DOB", h[6], false);
    groups(Layouts.PREV_PERM, c.previousPermanence(), c, 6);
    groups(Layouts.OC2, c.healthOutcomes(), c, 6);
    groups(Layouts.PLACED_ADOPTION, c.placedForAdoption(), c, 6);
    groups(Layouts.SW_EPISODES, c.socialWorkerEpisodes(), c, 6);
    groups(Layouts.DOLO, c.deprivationsOfLiberty(), c, 6);
    out.write("    </HEADER>\n");
    groups(Layouts.EPISODES, c.episodes(), c, 4);
    out.write("  </CHILD>\n");
  }

  private <R extends Ssda903Record> R single(List<R> records, String table) {
    if (records.size() > 1) {
      throw new IllegalArgumentException(
          "Child " + count + " (in write order) has " + records.size() + " " + table
              + " records; the XML HEADER holds one. Write CSV to keep them all.");
    }
    return records.isEmpty() ? null : records.get(0);
  }

  private void flat(TableLayout layout, Ssda903Record r, Child c) throws IOException {
    RecordCodecs.write(r, c, row);
    for (int i : layout.xmlOrder()) {
      Column col = layout.columns().get(i);
      if (col.years().contains(year)) {
        leaf(6, col.xmlElement(), row[i], false);
      }
    }
  }

  private void groups(TableLayout layout, List<? extends Ssda903Record> records, Child c, int indent) throws IOException {
    if (records.isEmpty() || !layout.table().collected().contains(year)) {
      return;
    }
    String pad = " ".repeat(indent);
    for (Ssda903Record r : records) {
      RecordCodecs.write(r, c, row);
      out.write(pad);
      out.write('<');
      out.write(layout.xmlGroup());
      out.write(">\n");
      for (int i : layout.xmlOrder()) {
        Column col = layout.columns().get(i);
        if (col.years().contains(year)) {
          leaf(indent + 2, col.xmlElement(), row[i], col.xmlRequired());
        }
      }
      out.write(pad);
      out.write("</");
      out.write(layout.xmlGroup());
      out.write(">\n");
    }
  }

  private void leaf(int indent, String name, String value, boolean required) throws IOException {
    if (value.isEmpty() && !required) {
      return;
    }
    for (int i = 0; i < indent; i++) {
      out.write(' ');
    }
    out.write('<');
    out.write(name);
    if (value.isEmpty()) {
      out.write("/>\n");
      return;
    }
    out.write('>');
    escape(name, value);
    out.write("</");
    out.write(name);
    out.write(">\n");
  }

  private void escape(String name, String value) throws IOException {
    if (!XmlText.writeEscaped(out, value)) {
      throw new IllegalArgumentException(
          "Child " + count + " (in write order)" + ": the text of " + name + " has a character that XML 1.0 cannot hold");
    }
  }
}
