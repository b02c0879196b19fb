// How stored CV values read on the DRH page and its printout. Stored values may predate today's
// lists, so an unknown code is shown as it is rather than hidden.
import { formatCalendarDate, isCalendarDate } from "@/lib/dates/calendar";
import { EDUCATION_SHORT_LABELS, isEducationLevel } from "@/lib/identifiers/education";
import { formatNpwp } from "@/lib/identifiers/npwp";
import { isPositionLevel, POSITION_LEVEL_LABELS } from "@/lib/identifiers/position-level";
import { isRankCode, rankLabel } from "@/lib/identifiers/rank";
import { EMPLOYMENT_STATUS_LABELS, FAMILY_RELATION_LABELS, GENDER_LABELS, type EmploymentStatus, type FamilyRelation, type Gender } from "@/lib/profile/options";

export const EMPTY = "–";

export function textOrDash(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === "" ? EMPTY : String(value);
}

export function dateText(value: string | null | undefined): string {
  return value && isCalendarDate(value) ? formatCalendarDate(value) : textOrDash(value);
}

/** "Pembina Tingkat I (IV/b)" */
export function rankText(code: string | null | undefined): string {
  return code && isRankCode(code) ? rankLabel(code) : textOrDash(code);
}

export function positionLevelText(level: string | null | undefined): string {
  return level && isPositionLevel(level) ? POSITION_LEVEL_LABELS[level] : textOrDash(level);
}

export function educationText(level: string | null | undefined): string {
  return level && isEducationLevel(level) ? EDUCATION_SHORT_LABELS[level] : textOrDash(level);
}

export function genderText(gender: string | null | undefined): string {
  return gender && gender in GENDER_LABELS ? GENDER_LABELS[gender as Gender] : textOrDash(gender);
}

export function employmentStatusText(status: string | null | undefined): string {
  return status && status in EMPLOYMENT_STATUS_LABELS ? EMPLOYMENT_STATUS_LABELS[status as EmploymentStatus] : textOrDash(status);
}

export function familyRelationText(relation: string | null | undefined): string {
  return relation && relation in FAMILY_RELATION_LABELS ? FAMILY_RELATION_LABELS[relation as FamilyRelation] : textOrDash(relation);
}

export function npwpText(npwp: string | null | undefined): string {
  return npwp ? formatNpwp(npwp) : EMPTY;
}

/** "6 Januari 2020 – sekarang" */
export function periodText(start: string, end: string | null): string {
  return `${dateText(start)} – ${end ? dateText(end) : "sekarang"}`;
}

/** "3,45" (Indonesian decimal comma). */
export function gpaText(gpa: number | null | undefined): string {
  return gpa === null || gpa === undefined ? EMPTY : gpa.toFixed(2).replace(".", ",");
}
