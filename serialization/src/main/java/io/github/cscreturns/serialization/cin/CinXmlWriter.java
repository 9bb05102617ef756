package io.github.cscreturns.serialization.cin;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.ChildCharacteristics;
import io.github.cscreturns.core.cin.ChildDisability;
import io.github.cscreturns.core.cin.ChildIdentifiers;
import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinHeader;
import io.github.cscreturns.core.cin.CinPlanDates;
import io.github.cscreturns.core.cin.CinRecord;
import io.github.cscreturns.core.cin.CppReviews;
import io.github.cscreturns.core.cin.Section47;
import io.github.cscreturns.serialization.cin.internal.Items;
import io.github.cscreturns.serialization.internal.XmlText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes a CIN census return as the DfE's XML (UTF-8): the header when opened, then one child at a
 * time; {@link #close()} ends the document and closes the stream.
 *
 * <p>Elements come in the schema's order. An item is written where the record has a typed value (as
 * the DfE spells it: codes as coded, dates {@code yyyy-MM-dd}, the date-time to the second) or text
 * that did not parse (exactly as read; blank as a self-closing element); an item with neither is left
 * out. Groups are written as read: an empty {@code Disabilities}, {@code FactorsIdentifiedAtAssessment}
 * or {@code Reviews} stays, factors written directly under {@code Assessments} stay there, and each
 * {@code Reviews} block keeps every CPPreviewDate. So a return read and written again reads back
 * equal, and a valid return is written valid against its year's schema.
 *
 * <p>The layout is the same for every year from 2022-23 on, but for the child's sex: GenderCurrent
 * up to 2023-24, Sex from 2024-25. The writer writes whichever the child holds (both where a file had
 * both), where the schema places GenderCurrent, so that an item of another year is kept for the rules
 * to report rather than dropped.
 *
 * @since 2022-23
 */
public final class CinXmlWriter implements AutoCloseable {
  private final Writer out;
  private int count;
  private boolean closed;

  CinXmlWriter(OutputStream stream, Optional<CinHeader> header) {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    try {
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n");
      if (header.isPresent()) {
        writeHeader(header.get());
      }
      out.write("  <Children>\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one child.
   *
   * @param child the child
   * @return this writer
   * @throws IllegalArgumentException if an item holds a character that XML 1.0 cannot hold
   */
  public CinXmlWriter write(CinChild child) {
    count++;
    try {
      writeChild(child);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Writes every child.
   *
   * @param children the children
   * @return this writer
   */
  public CinXmlWriter writeAll(Iterable<CinChild> children) {
    for (CinChild c : children) {
      write(c);
    }
    return this;
  }

  /** Ends the document and closes the stream. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (out) {
      out.write("  </Children>\n</Message>\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeHeader(CinHeader h) throws IOException {
    out.write("  <Header>\n");
    if (h.collectionDetailsWritten()) {
      open(4, "CollectionDetails");
      item(6, "Collection", h.collection(), h);
      item(6, "Year", h.year(), h);
      item(6, "ReferenceDate", h.referenceDate(), h);
      close(4, "CollectionDetails");
    }
    if (h.sourceWritten()) {
      open(4, "Source");
      item(6, "SourceLevel", h.sourceLevel(), h);
      item(6, "LEA", h.lea(), h);
      item(6, "SoftwareCode", h.softwareCode(), h);
      item(6, "Release", h.release(), h);
      item(6, "SerialNo", h.serialNo(), h);
      item(6, "DateTime", h.dateTime(), h);
      close(4, "Source");
    }
    out.write("  </Header>\n");
  }

  private void writeChild(CinChild c) throws IOException {
    open(4, "Child");
    if (c.identifiersRecorded()) {
      ChildIdentifiers i = c.identifiers();
      open(6, "ChildIdentifiers");
      item(8, "LAchildID", i.laChildId(), i);
      item(8, "UPN", i.upn(), i);
      item(8, "FormerUPN", i.formerUpn(), i);
      item(8, "UPNunknown", i.upnUnknown(), i);
      item(8, "PersonBirthDate", i.birthDate(), i);
      item(8, "ExpectedPersonBirthDate", i.expectedBirthDate(), i);
      item(8, "GenderCurrent", i.genderCurrent(), i);
      item(8, "Sex", i.sex(), i);
      item(8, "PersonDeathDate", i.deathDate(), i);
      close(6, "ChildIdentifiers");
    }
    if (c.characteristics().isPresent() || c.disabilitiesGroupWritten() || !c.disabilities().isEmpty()) {
      open(6, "ChildCharacteristics");
      if (c.characteristics().isPresent()) {
        ChildCharacteristics ch = c.characteristics().get();
        item(8, "Ethnicity", ch.ethnicity(), ch);
      }
      if (c.disabilitiesGroupWritten() || !c.disabilities().isEmpty()) {
        if (c.disabilities().isEmpty()) {
          empty(8, "Disabilities");
        } else {
          open(8, "Disabilities");
          for (ChildDisability d : c.disabilities()) {
            repeated(10, "Disability", d.disability(), d);
          }
          close(8, "Disabilities");
        }
      }
      close(6, "ChildCharacteristics");
    }
    for (CinDetails d : c.cinDetails()) {
      writeEpisode(d);
    }
    close(4, "Child");
  }

  private void writeEpisode(CinDetails d) throws IOException {
    open(6, "CINdetails");
    item(8, "CINreferralDate", d.referralDate(), d);
    item(8, "ReferralSource", d.referralSource(), d);
    item(8, "PrimaryNeedCode", d.primaryNeed(), d);
    item(8, "CINclosureDate", d.closureDate(), d);
    item(8, "ReasonForClosure", d.reasonForClosure(), d);
    item(8, "DateOfInitialCPC", d.dateOfInitialCpc(), d);
    for (Assessment a : d.assessments()) {
      open(8, "Assessments");
      item(10, "AssessmentActualStartDate", a.startDate(), a);
      item(10, "AssessmentInternalReviewDate", a.internalReviewDate(), a);
      item(10, "AssessmentAuthorisationDate", a.authorisationDate(), a);
      if (a.factorsWrittenBare()) {
        for (String f : a.factorTexts()) {
          leaf(10, "AssessmentFactors", f);
        }
      } else if (a.factorsGroupWritten() || !a.factorTexts().isEmpty()) {
        if (a.factorTexts().isEmpty()) {
          empty(10, "FactorsIdentifiedAtAssessment");
        } else {
          open(10, "FactorsIdentifiedAtAssessment");
          for (String f : a.factorTexts()) {
            leaf(12, "AssessmentFactors", f);
          }
          close(10, "FactorsIdentifiedAtAssessment");
        }
      }
      close(8, "Assessments");
    }
    for (CinPlanDates p : d.cinPlanDates()) {
      open(8, "CINPlanDates");
      item(10, "CINPlanStartDate", p.startDate(), p);
      item(10, "CINPlanEndDate", p.endDate(), p);
      close(8, "CINPlanDates");
    }
    for (Section47 s : d.section47()) {
      open(8, "Section47");
      item(10, "S47ActualStartDate", s.startDate(), s);
      item(10, "InitialCPCtarget", s.initialCpcTarget(), s);
      item(10, "DateOfInitialCPC", s.dateOfInitialCpc(), s);
      item(10, "ICPCnotRequired", s.icpcNotRequired(), s);
      close(8, "Section47");
    }
    item(8, "ReferralNFA", d.referralNfa(), d);
    for (ChildProtectionPlan p : d.childProtectionPlans()) {
      open(8, "ChildProtectionPlans");
      item(10, "CPPstartDate", p.startDate(), p);
      item(10, "CPPendDate", p.endDate(), p);
      item(10, "InitialCategoryOfAbuse", p.initialCategoryOfAbuse(), p);
      item(10, "LatestCategoryOfAbuse", p.latestCategoryOfAbuse(), p);
      OptionalInt n = p.numberOfPreviousPlans();
      item(10, "NumberOfPreviousCPP", n.isPresent() ? Optional.of(Integer.toString(n.getAsInt())) : Optional.empty(), p);
      for (CppReviews r : p.reviews()) {
        if (r.reviewDateTexts().isEmpty()) {
          empty(10, "Reviews");
          continue;
        }
        open(10, "Reviews");
        for (String date : r.reviewDateTexts()) {
          leaf(12, "CPPreviewDate", date);
        }
        close(10, "Reviews");
      }
      close(8, "ChildProtectionPlans");
    }
    close(6, "CINdetails");
  }

  /** An item: its typed value as written, else its unparsed text, else nothing. */
  private void item(int indent, String name, Optional<?> typed, CinRecord record) throws IOException {
    if (typed.isPresent()) {
      leaf(indent, name, text(typed.get()));
    } else {
      String raw = record.unparsed().get(name);
      if (raw != null) {
        leaf(indent, name, raw);
      }
    }
  }

  /** An element of a repeated list (one per record): written even when it has nothing, as blank. */
  private void repeated(int indent, String name, Optional<?> typed, CinRecord record) throws IOException {
    leaf(indent, name, typed.isPresent() ? text(typed.get()) : record.unparsed().getOrDefault(name, ""));
  }

  private static String text(Object value) {
    if (value instanceof Code c) {
      return c.code();
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    if (value instanceof LocalDateTime d) {
      return Items.text(d);
    }
    if (value instanceof ChildId id) {
      return id.value();
    }
    if (value instanceof Upn u) {
      return u.value();
    }
    return value.toString();
  }

  private void indent(int n) throws IOException {
    for (int i = 0; i < n; i++) {
      out.write(' ');
    }
  }

  private void open(int indent, String name) throws IOException {
    indent(indent);
    out.write('<');
    out.write(name);
    out.write(">\n");
  }

  private void close(int indent, String name) throws IOException {
    indent(indent);
    out.write("</");
    out.write(name);
    out.write(">\n");
  }

  private void empty(int indent, String name) throws IOException {
    indent(indent);
    out.write('<');
    out.write(name);
    out.write("/>\n");
  }

  private void leaf(int indent, String name, String value) throws IOException {
    if (value.isEmpty()) {
      empty(indent, name);
      return;
    }
    indent(indent);
    out.write('<');
    out.write(name);
    out.write('>');
    escape(name, value);
    out.write("</");
    out.write(name);
    out.write(">\n");
  }

  private void escape(String name, String value) throws IOException {
    if (!XmlText.writeEscaped(out, value)) {
      throw new IllegalArgumentException(
          (count == 0 ? "The header" : "Child " + count + " (in write order)") + ": the text of " + name + " has a character that XML 1.0 cannot hold");
    }
  }
}
