package io.github.cscreturns.serialization.csww;

import static io.github.cscreturns.serialization.csww.Codec.DATE_CODEC;
import static io.github.cscreturns.serialization.csww.Codec.DECIMAL_CODEC;
import static io.github.cscreturns.serialization.csww.Codec.INTEGER_CODEC;
import static io.github.cscreturns.serialization.csww.Codec.STRING_CODEC;
import static io.github.cscreturns.serialization.csww.Codec.SWE_CODEC;
import static io.github.cscreturns.serialization.csww.Codec.YEAR_CODEC;
import static io.github.cscreturns.serialization.csww.Codec.code;
import static io.github.cscreturns.serialization.csww.Item.repeated;
import static io.github.cscreturns.serialization.csww.Item.single;

import io.github.cscreturns.codesets.csww.AgencyWorker;
import io.github.cscreturns.codesets.csww.CfkssStatus;
import io.github.cscreturns.codesets.csww.CollectionName;
import io.github.cscreturns.codesets.csww.Ethnicity;
import io.github.cscreturns.codesets.csww.Gender;
import io.github.cscreturns.codesets.csww.LeaverDestination;
import io.github.cscreturns.codesets.csww.OrganisationRole;
import io.github.cscreturns.codesets.csww.QualificationLevel;
import io.github.cscreturns.codesets.csww.ReasonForAbsence;
import io.github.cscreturns.codesets.csww.ReasonForLeaving;
import io.github.cscreturns.codesets.csww.SourceLevel;
import io.github.cscreturns.codesets.csww.StartOrigin;
import io.github.cscreturns.codesets.csww.YesNo;
import io.github.cscreturns.core.csww.CensusHeader;
import io.github.cscreturns.core.csww.CensusSource;
import io.github.cscreturns.core.csww.ImmutableCensusHeader;
import io.github.cscreturns.core.csww.ImmutableCensusSource;
import io.github.cscreturns.core.csww.ImmutableLaLevelVacancies;
import io.github.cscreturns.core.csww.ImmutableSocialWorker;
import io.github.cscreturns.core.csww.LaLevelVacancies;
import io.github.cscreturns.core.csww.SocialWorker;
import java.util.List;

/** The record formats of the 2022 census schema, items in schema order. */
final class Formats {
  private Formats() {}

  static final RecordFormat<SocialWorker, ImmutableSocialWorker.Builder> WORKER =
      new RecordFormat<>(
          "CSWWWorker",
          List.of(
              single("AgencyWorker", "agencyWorker", code(AgencyWorker.CODESET), SocialWorker::agencyWorker, ImmutableSocialWorker.Builder::agencyWorker),
              single("SWENo", "sweNumber", SWE_CODEC, SocialWorker::sweNumber, ImmutableSocialWorker.Builder::sweNumber),
              single("FTE", "fte", DECIMAL_CODEC, SocialWorker::fte, ImmutableSocialWorker.Builder::fte),
              single("PersonBirthDate", "birthDate", DATE_CODEC, SocialWorker::birthDate, ImmutableSocialWorker.Builder::birthDate),
              single("GenderCurrent", "gender", code(Gender.CODESET), SocialWorker::gender, ImmutableSocialWorker.Builder::gender),
              single("Ethnicity", "ethnicity", code(Ethnicity.CODESET), SocialWorker::ethnicity, ImmutableSocialWorker.Builder::ethnicity),
              repeated("QualInst", "qualificationInstitutions", STRING_CODEC, SocialWorker::qualificationInstitutions, ImmutableSocialWorker.Builder::addQualificationInstitutions),
              single("QualLevel", "qualificationLevel", code(QualificationLevel.CODESET), SocialWorker::qualificationLevel, ImmutableSocialWorker.Builder::qualificationLevel),
              single("StepUpGrad", "stepUpGraduate", code(YesNo.CODESET), SocialWorker::stepUpGraduate, ImmutableSocialWorker.Builder::stepUpGraduate),
              single("OrgRole", "role", code(OrganisationRole.CODESET), SocialWorker::role, ImmutableSocialWorker.Builder::role),
              single("RoleStartDate", "roleStartDate", DATE_CODEC, SocialWorker::roleStartDate, ImmutableSocialWorker.Builder::roleStartDate),
              single("StartOrigin", "startOrigin", code(StartOrigin.CODESET), SocialWorker::startOrigin, ImmutableSocialWorker.Builder::startOrigin),
              single("RoleEndDate", "roleEndDate", DATE_CODEC, SocialWorker::roleEndDate, ImmutableSocialWorker.Builder::roleEndDate),
              single("LeaverDestination", "leaverDestination", code(LeaverDestination.CODESET), SocialWorker::leaverDestination, ImmutableSocialWorker.Builder::leaverDestination),
              single("ReasonLeave", "reasonForLeaving", code(ReasonForLeaving.CODESET), SocialWorker::reasonForLeaving, ImmutableSocialWorker.Builder::reasonForLeaving),
              single("FTE30", "fteAt30September", DECIMAL_CODEC, SocialWorker::fteAt30September, ImmutableSocialWorker.Builder::fteAt30September),
              single("Cases30", "casesAt30September", INTEGER_CODEC, SocialWorker::casesAt30September, ImmutableSocialWorker.Builder::casesAt30September),
              single("WorkingDaysLost", "workingDaysLost", DECIMAL_CODEC, SocialWorker::workingDaysLost, ImmutableSocialWorker.Builder::workingDaysLost),
              repeated("ContractWeeks", "contractWeeks", DECIMAL_CODEC, SocialWorker::contractWeeks, ImmutableSocialWorker.Builder::addContractWeeks),
              single("FrontlineGrad", "frontlineGraduate", code(YesNo.CODESET), SocialWorker::frontlineGraduate, ImmutableSocialWorker.Builder::frontlineGraduate),
              repeated("Absat30Sept", "absentAt30September", code(YesNo.CODESET), SocialWorker::absentAt30September, ImmutableSocialWorker.Builder::addAbsentAt30September),
              repeated("ReasonAbsence", "reasonsForAbsence", code(ReasonForAbsence.CODESET), SocialWorker::reasonsForAbsence, ImmutableSocialWorker.Builder::addReasonsForAbsence),
              repeated("CFKSSstatus", "cfkssStatuses", code(CfkssStatus.CODESET), SocialWorker::cfkssStatuses, ImmutableSocialWorker.Builder::addCfkssStatuses)),
          SocialWorker::builder,
          ImmutableSocialWorker.Builder::build,
          SocialWorker::unparsed,
          ImmutableSocialWorker.Builder::putAllUnparsed);

  static final RecordFormat<LaLevelVacancies, ImmutableLaLevelVacancies.Builder> LA_LEVEL =
      new RecordFormat<>(
          "LALevelVacancies",
          List.of(
              single("NumberOfVacancies", "numberOfVacancies", DECIMAL_CODEC, LaLevelVacancies::numberOfVacancies, ImmutableLaLevelVacancies.Builder::numberOfVacancies),
              single("NoAgencyFTE", "agencyFte", DECIMAL_CODEC, LaLevelVacancies::agencyFte, ImmutableLaLevelVacancies.Builder::agencyFte),
              single("NoAgencyHeadcount", "agencyHeadcount", INTEGER_CODEC, LaLevelVacancies::agencyHeadcount, ImmutableLaLevelVacancies.Builder::agencyHeadcount)),
          LaLevelVacancies::builder,
          ImmutableLaLevelVacancies.Builder::build,
          LaLevelVacancies::unparsed,
          ImmutableLaLevelVacancies.Builder::putAllUnparsed);

  /** Header/CollectionDetails; the header's sources are handled beside it. */
  static final RecordFormat<CensusHeader, ImmutableCensusHeader.Builder> COLLECTION_DETAILS =
      new RecordFormat<>(
          "CollectionDetails",
          List.of(
              single("Collection", "collection", code(CollectionName.CODESET), CensusHeader::collection, ImmutableCensusHeader.Builder::collection),
              single("Year", "year", YEAR_CODEC, CensusHeader::year, ImmutableCensusHeader.Builder::year),
              single("ReferenceDate", "referenceDate", DATE_CODEC, CensusHeader::referenceDate, ImmutableCensusHeader.Builder::referenceDate)),
          CensusHeader::builder,
          ImmutableCensusHeader.Builder::build,
          CensusHeader::unparsed,
          ImmutableCensusHeader.Builder::putAllUnparsed);

  static final RecordFormat<CensusSource, ImmutableCensusSource.Builder> SOURCE =
      new RecordFormat<>(
          "Source",
          List.of(
              single("SourceLevel", "sourceLevel", code(SourceLevel.CODESET), CensusSource::sourceLevel, ImmutableCensusSource.Builder::sourceLevel),
              single("LEA", "lea", STRING_CODEC, CensusSource::lea, ImmutableCensusSource.Builder::lea),
              single("SoftwareCode", "softwareCode", STRING_CODEC, CensusSource::softwareCode, ImmutableCensusSource.Builder::softwareCode),
              single("DateTime", "dateTime", STRING_CODEC, CensusSource::dateTime, ImmutableCensusSource.Builder::dateTime)),
          CensusSource::builder,
          ImmutableCensusSource.Builder::build,
          CensusSource::unparsed,
          ImmutableCensusSource.Builder::putAllUnparsed);
}
