import { z } from "zod";
import { idField, singleLineText } from "@/lib/validation/text";
import { parseNip } from "@/lib/identifiers/nip";
import { ROLES } from "@/lib/auth/permissions";
import { passwordField } from "@/lib/validation/auth";

export const STAFF_ROLES = ROLES.filter((role) => role !== "APPLICANT");

export const createStaffUserSchema = z.object({
  name: singleLineText({ label: "Nama" }).trim().min(3, "Nama minimal 3 karakter").max(150, "Nama terlalu panjang"),
  email: singleLineText().trim().toLowerCase().pipe(z.email("Format e-mail tidak valid")),
  nip: singleLineText({ label: "NIP" })
    .trim()
    .transform((value, ctx) => {
      if (!value) return null;
      const parsed = parseNip(value);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.message });
        return z.NEVER;
      }
      return parsed.value.nip;
    }),
  roles: z.array(z.enum(STAFF_ROLES as [string, ...string[]])).min(1, "Pilih minimal satu peran"),
  password: passwordField,
});
export type CreateStaffUserInput = z.input<typeof createStaffUserSchema>;
export type CreateStaffUserData = z.output<typeof createStaffUserSchema>;

export const setUserActiveSchema = z.object({ userId: idField(), isActive: z.boolean() });

export const userSearchSchema = z.object({
  q: singleLineText().trim().max(100).optional().default("").catch(""),
  halaman: z.coerce.number().int().min(1).max(100_000).optional().default(1).catch(1),
});
