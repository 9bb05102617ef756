package io.github.cscreturns.serialization.cin.internal;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.cin.CategoryOfAbuse;
import io.github.cscreturns.codesets.cin.CollectionName;
import io.github.cscreturns.codesets.cin.Disability;
import io.github.cscreturns.codesets.cin.Ethnicity;
import io.github.cscreturns.codesets.cin.GenderCurrent;
import io.github.cscreturns.codesets.cin.PrimaryNeed;
import io.github.cscreturns.codesets.cin.ReasonForClosure;
import io.github.cscreturns.codesets.cin.ReferralSource;
import io.github.cscreturns.codesets.cin.Sex;
import io.github.cscreturns.codesets.cin.SourceLevel;
import io.github.cscreturns.codesets.cin.UpnUnknownReason;
import io.github.cscreturns.codesets.cin.YesNo;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.SourceLocation;
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
import io.github.cscreturns.core.cin.CinTable;
import io.github.cscreturns.core.cin.CppReviews;
import io.github.cscreturns.core.cin.ImmutableAssessment;
import io.github.cscreturns.core.cin.ImmutableChildCharacteristics;
import io.github.cscreturns.core.cin.ImmutableChildIdentifiers;
import io.github.cscreturns.core.cin.ImmutableChildProtectionPlan;
import io.github.cscreturns.core.cin.ImmutableCinChild;
import io.github.cscreturns.core.cin.ImmutableCinDetails;
import io.github.cscreturns.core.cin.ImmutableCinHeader;
import io.github.cscreturns.core.cin.ImmutableCinPlanDates;
import io.github.cscreturns.core.cin.ImmutableCppReviews;
import io.github.cscreturns.core.cin.ImmutableSection47;
import io.github.cscreturns.core.cin.Section47;
import io.github.cscreturns.serialization.FormatException;
import io.github.cscreturns.serialization.ReadLimits;
import io.github.cscreturns.serialization.cin.CinChildReader;
import io.github.cscreturns.serialization.internal.MarkupBoundedInputStream;
import io.github.cscreturns.serialization.internal.XmlParsing;
import io.github.cscreturns.serialization.internal.LimitedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Streams the children out of a CIN census XML file (root {@code Message}, no namespace) with the
 * JDK's StAX parser: the Header when opened, then one Child element at a time.
 *
 * <p>Hostile input is refused as by the SSDA903 reader: no DTD (a DOCTYPE is an error where it
 * stands, so no entity is ever declared or expanded), no external resource, the bytes read, each
 * piece of markup and each element's text bounded, and only the schema's elements accepted (which
 * bounds the nesting). Any problem becomes one {@link FormatException} with line and column, never
 * quoting the input's text.
 *
 * <p>Lenient where nothing is lost: elements in any order inside their group, optional ones missing,
 * empty and self-closing elements read as blank. Strict where leniency would lose data: an element
 * the census does not have, or one repeated where it has one, is an error.
 *
 * <p>Each record's {@link SourceLocation} gives the file, the line and column of its element, its
 * element path, and as record index its 0-based position among the elements of its kind in the whole
 * file (the 3rd {@code CINdetails} of the file is CINdetails 2; a {@code Reviews} block is one
 * record, with every CPPreviewDate it holds).
 */
public final class CinXmlReader implements CinChildReader {
  private static final String ROOT = "Message";

  private final String file;
  private final ReadLimits limits;
  private final InputStream input;
  private final XMLStreamReader x;
  private final StringBuilder text = new StringBuilder(64);
  private final int[] counts = new int[CinTable.values().length];
  private @Nullable CinHeader header;
  private @Nullable CinChild next;
  private boolean done;
  private int childCount;

  public CinXmlReader(InputStream in, String fileName, ReadLimits limits) {
    this.file = fileName;
    this.limits = limits;
    this.input = new MarkupBoundedInputStream(new LimitedInputStream(in, limits.maxInputBytes()), limits.maxMarkupBytes());
    XMLInputFactory factory = XmlParsing.secureFactory();
    XMLStreamReader reader;
    try {
      reader = XmlParsing.open(factory, input);
    } catch (XMLStreamException | RuntimeException e) {
      closeQuietly();
      throw XmlParsing.translate(file, e, null);
    }
    this.x = reader;
    try {
      openRoot();
      readUpToChildren();
    } catch (XMLStreamException | RuntimeException e) {
      close();
      throw XmlParsing.translate(file, e, x);
    }
  }

  @Override
  public Optional<CinHeader> header() {
    return Optional.ofNullable(header);
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = readNextChild();
      } catch (XMLStreamException | RuntimeException e) {
        close();
        throw XmlParsing.translate(file, e, x);
      }
      if (next == null) {
        close();
      }
    }
    return next != null;
  }

  @Override
  public CinChild next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CinChild c = next;
    next = null;
    return c;
  }

  @Override
  public void close() {
    if (!done) {
      done = true;
      try {
        x.close();
      } catch (XMLStreamException | RuntimeException e) {
        // closing after an error; the first error is what matters
      }
      closeQuietly();
    }
  }

  private void closeQuietly() {
    done = true;
    try {
      input.close();
    } catch (IOException e) {
      // nothing to report beyond the first error
    }
  }

  private void openRoot() throws XMLStreamException {
    while (true) {
      switch (x.next()) {
        case XMLStreamConstants.DTD -> throw error("a DOCTYPE declaration is not allowed (DTDs and entities are refused)");
        case XMLStreamConstants.START_ELEMENT -> {
          if (!ROOT.equals(x.getLocalName())) {
            throw error("expected the root element " + ROOT + " of a CIN census return, found " + name());
          }
          String ns = x.getNamespaceURI();
          if (ns != null && !ns.isEmpty()) {
            throw error("the root element " + ROOT + " is in a namespace; the CIN census has none (is this another return?)");
          }
          return;
        }
        case XMLStreamConstants.END_DOCUMENT -> throw error("expected the root element " + ROOT + ", found no element");
        default -> {
          // comments, processing instructions, white space
        }
      }
    }
  }

  /** Reads the Header, if any, and stops inside Children. */
  private void readUpToChildren() throws XMLStreamException {
    while (nextStructural(ROOT) == XMLStreamConstants.START_ELEMENT) {
      String name = x.getLocalName();
      if ("Header".equals(name)) {
        if (header != null) {
          throw error("Header appears twice in " + ROOT);
        }
        header = readHeader();
      } else if ("Children".equals(name)) {
        return;
      } else {
        throw error("expected Header or Children in " + ROOT + ", found " + name());
      }
    }
    throw error("expected Children in " + ROOT + ", found the end of " + ROOT);
  }

  private @Nullable CinChild readNextChild() throws XMLStreamException {
    if (nextStructural("Children") == XMLStreamConstants.START_ELEMENT) {
      if (!"Child".equals(x.getLocalName())) {
        throw error("expected Child in Children, found " + name());
      }
      return readChild();
    }
    // end of Children: only the end of the root may follow
    if (nextStructural(ROOT) == XMLStreamConstants.START_ELEMENT) {
      throw error("expected the end of " + ROOT + " after Children, found " + name());
    }
    while (x.hasNext()) {
      if (x.next() == XMLStreamConstants.START_ELEMENT) {
        throw error("content after the end of " + ROOT);
      }
    }
    return null;
  }

  // ---- header ----

  private CinHeader readHeader() throws XMLStreamException {
    ImmutableCinHeader.Builder b = CinHeader.builder().source(located(CinTable.HEADER, "/Message/Header"));
    boolean details = false;
    boolean source = false;
    while (nextStructural("Header") == XMLStreamConstants.START_ELEMENT) {
      String name = x.getLocalName();
      if ("CollectionDetails".equals(name)) {
        if (details) {
          throw error("CollectionDetails appears twice in Header");
        }
        details = true;
        Set<String> seen = new HashSet<>();
        while (nextStructural(name) == XMLStreamConstants.START_ELEMENT) {
          String item = x.getLocalName();
          String t = leaf("CollectionDetails", seen);
          switch (item) {
            case "Collection" -> code(CollectionName.CODESET, item, t, b::collection, b::putUnparsed);
            case "Year" -> string(item, t, b::year, b::putUnparsed);
            case "ReferenceDate" -> date(item, t, b::referenceDate, b::putUnparsed);
            default -> throw unexpected(item, "CollectionDetails");
          }
        }
      } else if ("Source".equals(name)) {
        if (source) {
          throw error("Source appears twice in Header (the SDK keeps one Source per return)");
        }
        source = true;
        Set<String> seen = new HashSet<>();
        while (nextStructural(name) == XMLStreamConstants.START_ELEMENT) {
          String item = x.getLocalName();
          String t = leaf("Source", seen);
          switch (item) {
            case "SourceLevel" -> code(SourceLevel.CODESET, item, t, b::sourceLevel, b::putUnparsed);
            case "LEA" -> string(item, t, b::lea, b::putUnparsed);
            case "SoftwareCode" -> string(item, t, b::softwareCode, b::putUnparsed);
            case "Release" -> string(item, t, b::release, b::putUnparsed);
            case "SerialNo" -> string(item, t, b::serialNo, b::putUnparsed);
            case "DateTime" -> {
              var d = t.isEmpty() ? Optional.<java.time.LocalDateTime>empty() : Items.dateTime(t);
              if (d.isPresent()) {
                b.dateTime(d.get());
              } else {
                b.putUnparsed(item, t);
              }
            }
            default -> throw unexpected(item, "Source");
          }
        }
      } else {
        throw error("expected CollectionDetails or Source in Header, found " + name());
      }
    }
    return b.collectionDetailsWritten(details).sourceWritten(source).build();
  }

  // ---- child ----

  private CinChild readChild() throws XMLStreamException {
    int number = ++childCount;
    String path = "/Message/Children/Child[" + number + "]";
    ImmutableCinChild.Builder b = CinChild.builder().source(here(path, number - 1));
    boolean identifiers = false;
    boolean characteristics = false;
    int episodes = 0;
    while (nextStructural("Child") == XMLStreamConstants.START_ELEMENT) {
      String name = x.getLocalName();
      switch (name) {
        case "ChildIdentifiers" -> {
          if (identifiers) {
            throw error("ChildIdentifiers appears twice in Child");
          }
          identifiers = true;
          b.identifiers(readIdentifiers(path + "/ChildIdentifiers"));
        }
        case "ChildCharacteristics" -> {
          if (characteristics) {
            throw error("ChildCharacteristics appears twice in Child");
          }
          characteristics = true;
          readCharacteristics(path + "/ChildCharacteristics", b);
        }
        case "CINdetails" -> b.addCinDetails(readCinDetails(path + "/CINdetails[" + (++episodes) + "]"));
        default -> throw error("expected ChildIdentifiers, ChildCharacteristics or CINdetails in Child, found " + name());
      }
    }
    if (!identifiers) {
      b.identifiers(ChildIdentifiers.builder().build()).identifiersRecorded(false);
    }
    return b.build();
  }

  private ChildIdentifiers readIdentifiers(String path) throws XMLStreamException {
    ImmutableChildIdentifiers.Builder b = ChildIdentifiers.builder().source(located(CinTable.CHILD_IDENTIFIERS, path));
    Set<String> seen = new HashSet<>();
    while (nextStructural("ChildIdentifiers") == XMLStreamConstants.START_ELEMENT) {
      String item = x.getLocalName();
      String t = leaf("ChildIdentifiers", seen);
      switch (item) {
        case "LAchildID" -> string(item, t, s -> b.laChildId(ChildId.of(s)), b::putUnparsed);
        case "UPN" -> string(item, t, s -> b.upn(Upn.of(s)), b::putUnparsed);
        case "FormerUPN" -> string(item, t, s -> b.formerUpn(Upn.of(s)), b::putUnparsed);
        case "UPNunknown" -> code(UpnUnknownReason.CODESET, item, t, b::upnUnknown, b::putUnparsed);
        case "PersonBirthDate" -> date(item, t, b::birthDate, b::putUnparsed);
        case "ExpectedPersonBirthDate" -> date(item, t, b::expectedBirthDate, b::putUnparsed);
        case "GenderCurrent" -> code(GenderCurrent.CODESET, item, t, b::genderCurrent, b::putUnparsed);
        case "Sex" -> code(Sex.CODESET, item, t, b::sex, b::putUnparsed);
        case "PersonDeathDate" -> date(item, t, b::deathDate, b::putUnparsed);
        default -> throw unexpected(item, "ChildIdentifiers");
      }
    }
    return b.build();
  }

  private void readCharacteristics(String path, ImmutableCinChild.Builder child) throws XMLStreamException {
    ImmutableChildCharacteristics.Builder b =
        ChildCharacteristics.builder().source(located(CinTable.CHILD_CHARACTERISTICS, path));
    Set<String> seen = new HashSet<>();
    boolean disabilities = false;
    while (nextStructural("ChildCharacteristics") == XMLStreamConstants.START_ELEMENT) {
      String item = x.getLocalName();
      if ("Disabilities".equals(item)) {
        if (disabilities) {
          throw error("Disabilities appears twice in ChildCharacteristics");
        }
        disabilities = true;
        int n = 0;
        while (nextStructural("Disabilities") == XMLStreamConstants.START_ELEMENT) {
          if (!"Disability".equals(x.getLocalName())) {
            throw unexpected(x.getLocalName(), "Disabilities");
          }
          var d = ChildDisability.builder().source(located(CinTable.DISABILITIES, path + "/Disabilities/Disability[" + (++n) + "]"));
          String t = readText("Disability");
          code(Disability.CODESET, "Disability", t, d::disability, d::putUnparsed);
          child.addDisabilities(d.build());
        }
        continue;
      }
      String t = leaf("ChildCharacteristics", seen);
      if ("Ethnicity".equals(item)) {
        code(Ethnicity.CODESET, item, t, b::ethnicity, b::putUnparsed);
      } else {
        throw unexpected(item, "ChildCharacteristics");
      }
    }
    child.characteristics(b.build()).disabilitiesGroupWritten(disabilities);
  }

  private CinDetails readCinDetails(String path) throws XMLStreamException {
    ImmutableCinDetails.Builder b = CinDetails.builder().source(located(CinTable.CIN_DETAILS, path));
    Set<String> seen = new HashSet<>();
    int assessments = 0;
    int plans = 0;
    int enquiries = 0;
    int cpps = 0;
    while (nextStructural("CINdetails") == XMLStreamConstants.START_ELEMENT) {
      String item = x.getLocalName();
      switch (item) {
        case "Assessments" -> b.addAssessments(readAssessment(path + "/Assessments[" + (++assessments) + "]"));
        case "CINPlanDates" -> b.addCinPlanDates(readPlanDates(path + "/CINPlanDates[" + (++plans) + "]"));
        case "Section47" -> b.addSection47(readSection47(path + "/Section47[" + (++enquiries) + "]"));
        case "ChildProtectionPlans" -> b.addChildProtectionPlans(readPlan(path + "/ChildProtectionPlans[" + (++cpps) + "]"));
        default -> {
          String t = leaf("CINdetails", seen);
          switch (item) {
            case "CINreferralDate" -> date(item, t, b::referralDate, b::putUnparsed);
            case "ReferralSource" -> code(ReferralSource.CODESET, item, t, b::referralSource, b::putUnparsed);
            case "PrimaryNeedCode" -> code(PrimaryNeed.CODESET, item, t, b::primaryNeed, b::putUnparsed);
            case "CINclosureDate" -> date(item, t, b::closureDate, b::putUnparsed);
            case "ReasonForClosure" -> code(ReasonForClosure.CODESET, item, t, b::reasonForClosure, b::putUnparsed);
            case "DateOfInitialCPC" -> date(item, t, b::dateOfInitialCpc, b::putUnparsed);
            case "ReferralNFA" -> code(YesNo.CODESET, item, t, b::referralNfa, b::putUnparsed);
            default -> throw unexpected(item, "CINdetails");
          }
        }
      }
    }
    return b.build();
  }

  private Assessment readAssessment(String path) throws XMLStreamException {
    ImmutableAssessment.Builder b = Assessment.builder().source(located(CinTable.ASSESSMENTS, path));
    Set<String> seen = new HashSet<>();
    boolean group = false;
    boolean bare = false;
    while (nextStructural("Assessments") == XMLStreamConstants.START_ELEMENT) {
      String item = x.getLocalName();
      if ("FactorsIdentifiedAtAssessment".equals(item)) {
        if (group) {
          throw error("FactorsIdentifiedAtAssessment appears twice in Assessments");
        }
        if (bare) {
          throw error("AssessmentFactors both directly in Assessments and in FactorsIdentifiedAtAssessment");
        }
        group = true;
        while (nextStructural(item) == XMLStreamConstants.START_ELEMENT) {
          if (!"AssessmentFactors".equals(x.getLocalName())) {
            throw unexpected(x.getLocalName(), item);
          }
          b.addFactorTexts(readText("AssessmentFactors"));
        }
        continue;
      }
      if ("AssessmentFactors".equals(item)) {
        if (group) {
          throw error("AssessmentFactors both directly in Assessments and in FactorsIdentifiedAtAssessment");
        }
        bare = true;
        b.addFactorTexts(readText(item));
        continue;
      }
      String t = leaf("Assessments", seen);
      switch (item) {
        case "AssessmentActualStartDate" -> date(item, t, b::startDate, b::putUnparsed);
        case "AssessmentInternalReviewDate" -> date(item, t, b::internalReviewDate, b::putUnparsed);
        case "AssessmentAuthorisationDate" -> date(item, t, b::authorisationDate, b::putUnparsed);
        default -> throw unexpected(item, "Assessments");
      }
    }
    return b.factorsGroupWritten(group).factorsWrittenBare(bare).build();
  }

  private CinPlanDates readPlanDates(String path) throws XMLStreamException {
    ImmutableCinPlanDates.Builder b = CinPlanDates.builder().source(located(CinTable.CIN_PLAN_DATES, path));
    Set<String> seen = new HashSet<>();
    while (nextStructural("CINPlanDates") == XMLStreamConstants.START_ELEMENT) {
      String item = x.getLocalName();
      String t = leaf("CINPlanDates", seen);
      switch (item) {
        case "CINPlanStartDate" -> date(item, t, b::startDate, b::putUnparsed);
        case "CINPlanEndDate" -> date(item, t, b::endDate, b::putUnparsed);
        default -> throw unexpected(item, "CINPlanDates");
      }
    }
    return b.build();
  }

  private Section47 readSection47(String path) throws XMLStreamException {
    ImmutableSection47.Builder b = Section47.builder().source(located(CinTable.SECTION47, path));
    Set<String> seen = new HashSet<>();
    while (nextStructural("Section47") == XMLStreamConstants.START_ELEMENT) {
      String item = x.getLocalName();
      String t = leaf("Section47", seen);
      switch (item) {
        case "S47ActualStartDate" -> date(item, t, b::startDate, b::putUnparsed);
        case "InitialCPCtarget" -> date(item, t, b::initialCpcTarget, b::putUnparsed);
        case "DateOfInitialCPC" -> date(item, t, b::dateOfInitialCpc, b::putUnparsed);
        case "ICPCnotRequired" -> code(YesNo.CODESET, item, t, b::icpcNotRequired, b::putUnparsed);
        default -> throw unexpected(item, "Section47");
      }
    }
    return b.build();
  }

  private ChildProtectionPlan readPlan(String path) throws XMLStreamException {
    ImmutableChildProtectionPlan.Builder b =
        ChildProtectionPlan.builder().source(located(CinTable.CHILD_PROTECTION_PLANS, path));
    Set<String> seen = new HashSet<>();
    int reviews = 0;
    while (nextStructural("ChildProtectionPlans") == XMLStreamConstants.START_ELEMENT) {
      String item = x.getLocalName();
      if ("Reviews".equals(item)) {
        ImmutableCppReviews.Builder r =
            CppReviews.builder().source(located(CinTable.REVIEWS, path + "/Reviews[" + (++reviews) + "]"));
        while (nextStructural(item) == XMLStreamConstants.START_ELEMENT) {
          if (!"CPPreviewDate".equals(x.getLocalName())) {
            throw unexpected(x.getLocalName(), item);
          }
          r.addReviewDateTexts(readText("CPPreviewDate"));
        }
        b.addReviews(r.build());
        continue;
      }
      String t = leaf("ChildProtectionPlans", seen);
      switch (item) {
        case "CPPstartDate" -> date(item, t, b::startDate, b::putUnparsed);
        case "CPPendDate" -> date(item, t, b::endDate, b::putUnparsed);
        case "InitialCategoryOfAbuse" -> code(CategoryOfAbuse.CODESET, item, t, b::initialCategoryOfAbuse, b::putUnparsed);
        case "LatestCategoryOfAbuse" -> code(CategoryOfAbuse.CODESET, item, t, b::latestCategoryOfAbuse, b::putUnparsed);
        case "NumberOfPreviousCPP" -> {
          var n = Items.count(t);
          if (n.isPresent()) {
            b.numberOfPreviousPlans(n.getAsInt());
          } else {
            b.putUnparsed(item, t);
          }
        }
        default -> throw unexpected(item, "ChildProtectionPlans");
      }
    }
    return b.build();
  }

  // ---- items ----

  private static <C extends Enum<C> & Code> void code(
      Codeset<C> codeset, String item, String text, Consumer<C> typed, BiConsumer<String, String> unparsed) {
    Optional<C> c = text.isEmpty() ? Optional.empty() : Items.code(codeset, text);
    if (c.isPresent()) {
      typed.accept(c.get());
    } else {
      unparsed.accept(item, text);
    }
  }

  private static void date(String item, String text, Consumer<LocalDate> typed, BiConsumer<String, String> unparsed) {
    Optional<LocalDate> d = Items.date(text);
    if (d.isPresent()) {
      typed.accept(d.get());
    } else {
      unparsed.accept(item, text);
    }
  }

  /** Text items (identifiers, header strings): the text as written; blank is kept as blank unparsed text. */
  private static void string(String item, String text, Consumer<String> typed, BiConsumer<String, String> unparsed) {
    if (text.isEmpty()) {
      unparsed.accept(item, text);
    } else {
      typed.accept(text);
    }
  }

  /** The text of a leaf item of the group, refusing an item the group does not have (before its text is read) or a second occurrence. */
  private String leaf(String group, Set<String> seen) throws XMLStreamException {
    String item = x.getLocalName();
    if (!LEAVES.getOrDefault(group, Set.of()).contains(item)) {
      throw unexpected(item, group);
    }
    if (!seen.add(item)) {
      throw error("element " + item + " appears twice in " + group);
    }
    return readText(item);
  }

  /** The leaf items of each group, as in the DfE's CIN schemas (Sex beside GenderCurrent, for 2024-25 on). */
  private static final Map<String, Set<String>> LEAVES =
      Map.of(
          "CollectionDetails", Set.of("Collection", "Year", "ReferenceDate"),
          "Source", Set.of("SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime"),
          "ChildIdentifiers",
              Set.of("LAchildID", "UPN", "FormerUPN", "UPNunknown", "PersonBirthDate", "ExpectedPersonBirthDate",
                  "GenderCurrent", "Sex", "PersonDeathDate"),
          "ChildCharacteristics", Set.of("Ethnicity"),
          "CINdetails",
              Set.of("CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure",
                  "DateOfInitialCPC", "ReferralNFA"),
          "Assessments", Set.of("AssessmentActualStartDate", "AssessmentInternalReviewDate", "AssessmentAuthorisationDate"),
          "CINPlanDates", Set.of("CINPlanStartDate", "CINPlanEndDate"),
          "Section47", Set.of("S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired"),
          "ChildProtectionPlans",
              Set.of("CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse", "NumberOfPreviousCPP"));

  // ---- parsing ----

  private SourceLocation here(String path, int index) {
    Location l = x.getLocation();
    return SourceLocation.builder()
        .file(file)
        .line(l.getLineNumber())
        .column(l.getColumnNumber())
        .elementPath(path)
        .recordIndex(index)
        .build();
  }

  /** The location of the next record of the table, with its position among that table's records in the file. */
  private SourceLocation located(CinTable table, String path) {
    return here(path, counts[table.ordinal()]++);
  }

  /** Next START_ELEMENT or END_ELEMENT, skipping white space, comments and processing instructions. */
  private int nextStructural(String where) throws XMLStreamException {
    while (true) {
      int ev = x.next();
      switch (ev) {
        case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT -> {
          return ev;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (!x.isWhiteSpace()) {
            throw error("text is not allowed directly in " + where);
          }
        }
        case XMLStreamConstants.ENTITY_REFERENCE -> throw error("undeclared entity reference");
        case XMLStreamConstants.DTD -> throw error("a DOCTYPE declaration is not allowed (DTDs and entities are refused)");
        case XMLStreamConstants.END_DOCUMENT -> throw error("the file ends inside " + where);
        default -> {
          // SPACE, COMMENT, PROCESSING_INSTRUCTION
        }
      }
    }
  }

  /** The text of a leaf element up to its end tag; "" when empty or self-closing. */
  private String readText(String element) throws XMLStreamException {
    int max = limits.maxTextLength();
    text.setLength(0);
    while (true) {
      switch (x.next()) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          int length = x.getTextLength();
          if (text.length() + length > max) {
            throw error("the text of " + element + " is longer than the limit of " + max + " characters");
          }
          text.append(x.getTextCharacters(), x.getTextStart(), length);
        }
        case XMLStreamConstants.END_ELEMENT -> {
          return text.length() == 0 ? "" : text.toString();
        }
        case XMLStreamConstants.START_ELEMENT -> throw error("element " + element + " holds text only, found element " + name());
        case XMLStreamConstants.ENTITY_REFERENCE -> throw error("undeclared entity reference");
        case XMLStreamConstants.END_DOCUMENT -> throw error("the file ends inside " + element);
        default -> {
          // comments and processing instructions
        }
      }
    }
  }

  private FormatException unexpected(String element, String group) {
    return error("unexpected element " + shortName(element) + " in " + group);
  }

  /** An element name for messages: names are the format's vocabulary, but cap an odd one's length. */
  private String name() {
    return shortName(x.getLocalName());
  }

  private static String shortName(String n) {
    return n.length() > 40 ? n.substring(0, 40) + "…" : n;
  }

  private FormatException error(String problem) {
    return new FormatException(XmlParsing.location(file, x.getLocation()), problem);
  }


}
