package io.github.cscreturns.codesets.cin;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CIN census codeset UPN_LA_CODE: la code at upn characters 2-4.
 *
 * <p>Codes, wording and years as {@code spec/cin/codesets.csv} records them; ask {@link #CODESET}
 * which codes may be returned in a year.
 *
 * @since 2022-23
 */
public enum UpnLaCode implements Code {
  /** 001: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_001("001", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 002: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_002("002", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 003: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_003("003", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 004: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_004("004", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 005: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_005("005", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 201: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_201("201", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 202: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_202("202", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 203: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_203("203", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 204: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_204("204", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 205: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_205("205", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 206: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_206("206", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 207: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_207("207", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 208: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_208("208", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 209: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_209("209", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 210: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_210("210", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 211: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_211("211", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 212: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_212("212", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 213: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_213("213", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 301: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_301("301", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 302: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_302("302", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 303: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_303("303", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 304: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_304("304", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 305: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_305("305", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 306: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_306("306", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 307: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_307("307", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 308: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_308("308", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 309: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_309("309", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 310: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_310("310", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 311: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_311("311", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 312: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_312("312", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 313: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_313("313", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 314: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_314("314", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 315: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_315("315", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 316: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_316("316", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 317: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_317("317", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 318: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_318("318", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 319: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_319("319", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 320: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_320("320", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 330: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_330("330", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 331: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_331("331", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 332: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_332("332", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 333: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_333("333", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 334: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_334("334", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 335: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_335("335", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 336: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_336("336", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 340: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_340("340", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 341: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_341("341", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 342: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_342("342", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 343: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_343("343", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 344: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_344("344", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 350: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_350("350", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 351: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_351("351", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 352: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_352("352", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 353: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_353("353", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 354: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_354("354", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 355: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_355("355", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 356: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_356("356", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 357: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_357("357", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 358: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_358("358", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 359: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_359("359", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 370: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_370("370", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 371: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_371("371", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 372: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_372("372", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 373: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_373("373", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 380: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_380("380", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 381: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_381("381", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 382: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_382("382", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 383: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_383("383", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 384: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_384("384", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 390: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_390("390", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 391: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_391("391", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 392: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_392("392", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 393: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_393("393", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 394: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_394("394", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 420: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_420("420", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 660: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_660("660", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 661: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_661("661", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 662: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_662("662", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 663: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_663("663", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 664: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_664("664", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 665: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_665("665", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 666: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_666("666", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 667: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_667("667", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 668: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_668("668", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 669: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_669("669", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 670: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_670("670", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 671: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_671("671", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 672: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_672("672", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 673: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_673("673", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 674: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_674("674", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 675: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_675("675", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 676: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_676("676", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 677: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_677("677", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 678: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_678("678", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 679: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_679("679", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 680: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_680("680", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 681: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_681("681", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 701: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_701("701", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 702: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_702("702", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 703: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_703("703", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 704: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_704("704", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 705: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_705("705", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 706: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_706("706", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 707: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_707("707", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 708: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_708("708", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 800: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_800("800", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 801: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_801("801", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 802: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_802("802", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 803: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_803("803", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 805: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_805("805", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 806: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_806("806", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 807: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_807("807", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 808: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_808("808", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 810: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_810("810", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 811: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_811("811", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 812: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_812("812", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 813: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_813("813", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 815: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_815("815", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 816: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_816("816", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 820: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_820("820", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 821: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_821("821", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 822: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_822("822", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 823: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_823("823", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 825: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_825("825", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 826: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_826("826", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 830: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_830("830", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 831: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_831("831", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 835: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_835("835", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 836: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_836("836", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 837: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_837("837", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 838: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_838("838", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 839: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_839("839", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 840: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_840("840", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 841: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_841("841", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 845: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_845("845", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 846: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_846("846", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 850: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_850("850", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 851: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_851("851", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 852: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_852("852", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 855: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_855("855", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 856: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_856("856", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 857: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_857("857", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 860: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_860("860", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 861: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_861("861", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 865: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_865("865", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 866: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_866("866", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 867: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_867("867", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 868: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_868("868", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 869: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_869("869", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 870: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_870("870", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 871: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_871("871", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 872: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_872("872", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 873: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_873("873", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 874: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_874("874", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 875: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_875("875", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 876: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_876("876", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 877: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_877("877", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 878: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_878("878", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 879: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_879("879", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 880: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_880("880", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 881: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_881("881", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 882: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_882("882", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 883: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_883("883", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 884: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_884("884", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 885: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_885("885", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 886: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_886("886", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 887: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_887("887", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 888: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_888("888", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 889: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_889("889", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 890: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_890("890", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 891: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_891("891", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 892: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_892("892", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 893: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_893("893", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 894: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_894("894", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 895: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_895("895", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 896: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_896("896", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 908: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_908("908", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 909: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_909("909", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 916: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_916("916", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 919: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_919("919", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 921: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_921("921", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 925: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_925("925", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 926: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_926("926", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 928: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_928("928", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 929: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_929("929", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 931: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_931("931", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 933: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_933("933", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 935: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_935("935", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 936: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_936("936", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 937: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_937("937", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 938: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_938("938", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 940: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_940("940", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 941: LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4 */
  LA_941("941", "LA code (post-April 1998) or pseudo LA code valid at UPN characters 2-4", YearRange.all()),

  /** 942: LA code valid at UPN characters 2-4 */
  LA_942("942", "LA code valid at UPN characters 2-4", YearRange.from(CollectionYear.Y2023_24)),

  /** 943: LA code valid at UPN characters 2-4 */
  LA_943("943", "LA code valid at UPN characters 2-4", YearRange.from(CollectionYear.Y2023_24));

  /** The codeset. */
  public static final Codeset<UpnLaCode> CODESET =
      Codeset.of("UPN_LA_CODE", "LA code at UPN characters 2-4", UpnLaCode.class, List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  UpnLaCode(String code, String description, YearRange validity) {
    this.code = code;
    this.description = description;
    this.validity = validity;
  }

  /**
   * The code written as {@code text} (surrounding white space ignored), or nothing.
   *
   * @param text the text as written
   * @return the code written as {@code text} (surrounding white space ignored), or nothing
   */
  public static Optional<UpnLaCode> parse(String text) {
    return CODESET.parse(text);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public YearRange validity() {
    return validity;
  }
}
