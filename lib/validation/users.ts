import { z } from "zod";
import { parseNip } from "@/lib/identifiers/nip";
import { ROLES } from "@/lib/auth/permissions";
import { passwordField } from "@/lib/validation/auth";

export const STAFF_ROLES = ROLES.filter((role) => role !== "APPLICANT");

export const createStaffUserSchema = z.object({
  name: z.string().trim().min(3, "Nama minimal 3 karakter").max(150, "Nama terlalu panjang"),
  email: z.string().trim().toLowerCase().pipe(z.email("Format e-mail tidak valid")),
  nip: z
    .string()
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

export const setUserActiveSchema = z.object({ userId: z.string().min(1), isActive: z.boolean() });

export const userSearchSchema = z.object({
  q: z.string().trim().max(100).optional().default(""),
  halaman: z.coerce.number().int().min(1).optional().default(1),
});
