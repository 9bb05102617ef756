package io.github.cscreturns.injection.cin;

import io.github.cscreturns.core.cin.CinChild;
import java.util.Set;

/**
 * One change that makes a DfE CIN rule fire: which child (its 0-based position in the return), what
 * was changed (element path and the kind of change; a value written is one the injector chose, never
 * one of the return's), the child as changed, and the other error rules the change also fires.
 *
 * @param rule the DfE rule code made to fire
 * @param childIndex the changed child's 0-based position in the return
 * @param change what was changed, such as "CINdetails/Assessments/AssessmentAuthorisationDate: blanked"
 * @param changed the child as changed
 * @param otherErrorRules the other error rules the change fires as well (empty where none does)
 * @since 2022-23
 */
public record CinInjection(String rule, int childIndex, String change, CinChild changed, Set<String> otherErrorRules) {}
