// The public change history of a selection: the schedule's changes and the corrections made after
// publication, as one list of entries (what changed, from what to what, why, when). Pure.
import { formatCalendarDate } from "@/lib/dates/calendar";
import { DOCUMENT_FORM_LABELS, formatFileSize, typeLabel } from "@/lib/documents/labels";
import { DOCUMENT_CONDITION_LABELS } from "@/lib/validation/selection-content";

export type ChangedField = { label: string; before: string; after: string };
/** `reopening`: registration opened again after an escalation (a schedule change of its own kind). */
export type ChangeEntry = { at: string; subject: string; fields: ChangedField[]; reason: string; reopening?: boolean };

type Comparable = Record<string, unknown>;

function diff<T extends Comparable>(labels: { [K in keyof T]?: string }, show: { [K in keyof T]?: (value: T[K]) => string }, before: T, after: T): ChangedField[] {
  const fields: ChangedField[] = [];
  for (const key of Object.keys(labels) as (keyof T)[]) {
    const text = (value: T[keyof T]) => (show[key] ? (show[key] as (value: T[keyof T]) => string)(value) : value === null || value === undefined || value === "" ? "–" : String(value));
    const [was, now] = [text(before[key]), text(after[key])];
    if (was !== now) fields.push({ label: labels[key] as string, before: was, after: now });
  }
  return fields;
}

export type DetailsFields = {
  title: string;
  summary: string;
  announcementNumber: string;
  announcementDate: string;
  announcementPlace: string;
  committeeName: string;
  committeeAddress: string;
  chairName: string;
};

export function detailsChanges(before: DetailsFields, after: DetailsFields): ChangedField[] {
  return diff<DetailsFields>(
    {
      title: "Judul seleksi",
      summary: "Ringkasan",
      announcementNumber: "Nomor pengumuman",
      announcementDate: "Tanggal pengumuman",
      announcementPlace: "Tempat pengumuman",
      committeeName: "Nama panitia",
      committeeAddress: "Alamat panitia",
      chairName: "Ketua panitia",
    },
    { announcementDate: (value) => formatCalendarDate(value) },
    before,
    after,
  );
}

export type DocumentFields = {
  title: string;
  form: keyof typeof DOCUMENT_FORM_LABELS;
  requiresStamp: boolean;
  copies: number;
  condition: keyof typeof DOCUMENT_CONDITION_LABELS;
  acceptedTypes: string[];
  maxSizeBytes: number;
  note: string | null;
};

export function documentChanges(before: DocumentFields, after: DocumentFields): ChangedField[] {
  return diff<DocumentFields>(
    {
      title: "Nama berkas",
      form: "Bentuk",
      requiresStamp: "Bermeterai",
      copies: "Jumlah rangkap",
      condition: "Wajib bagi",
      acceptedTypes: "Jenis berkas unggahan",
      maxSizeBytes: "Ukuran paling besar",
      note: "Catatan",
    },
    {
      form: (value) => DOCUMENT_FORM_LABELS[value],
      requiresStamp: (value) => (value ? "Ya" : "Tidak"),
      condition: (value) => DOCUMENT_CONDITION_LABELS[value],
      acceptedTypes: (value) => typeLabel(value),
      maxSizeBytes: (value) => formatFileSize(value),
    },
    before,
    after,
  );
}

/** A stored SelectionChange's fields, read defensively (the column is JSON). */
export function storedFields(value: unknown): ChangedField[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) =>
    entry && typeof entry === "object" && "label" in entry && "before" in entry && "after" in entry
      ? [{ label: String(entry.label), before: String(entry.before), after: String(entry.after) }]
      : [],
  );
}

/** A change of a stage's schedule as an entry of the same history. */
export function scheduleChangeEntry(
  stageName: string,
  change: { changedAt: string; reason: string; previousStartsAt: string; previousEndsAt: string; newStartsAt: string; newEndsAt: string; kind?: string },
  formatRange: (startsAt: Date, endsAt: Date) => string,
): ChangeEntry {
  if (change.kind === "REOPENING") {
    return {
      at: change.changedAt,
      subject: `Pendaftaran dibuka kembali: ${stageName}`,
      fields: [{ label: "Penutupan pendaftaran", before: formatRange(new Date(change.previousStartsAt), new Date(change.previousEndsAt)), after: formatRange(new Date(change.newStartsAt), new Date(change.newEndsAt)) }],
      reason: change.reason,
      reopening: true,
    };
  }
  return {
    at: change.changedAt,
    subject: `Jadwal: ${stageName}`,
    fields: [{ label: "Jadwal", before: formatRange(new Date(change.previousStartsAt), new Date(change.previousEndsAt)), after: formatRange(new Date(change.newStartsAt), new Date(change.newEndsAt)) }],
    reason: change.reason,
  };
}
