"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { recordPhysicalReceipt, undoPhysicalReceipt, verifyAsnKarierNumber } from "@/lib/channels/mutations";
import { physicalReceiptSchema, undoPhysicalReceiptSchema, verifyAsnKarierSchema } from "@/lib/validation/channels";
import {
  addTrackRecord,
  confirmAdministration,
  decideAdministration,
  setDocumentVerdict,
} from "@/lib/verification/mutations";
import {
  adminDecisionSchema,
  confirmAdministrationSchema,
  documentVerdictSchema,
  trackRecordSchema,
} from "@/lib/validation/verification";

const workbenchPath = (applicationId: string) => `/pansel/lamaran/${applicationId}`;

export const setDocumentVerdictAction = defineAction({
  access: "verify:document",
  schema: documentVerdictSchema,
  handler: async (input, { user, ip }) => {
    const result = await setDocumentVerdict({ actorId: user.id, ...input, ip });
    revalidatePath(workbenchPath(result.applicationId));
    return { status: result.status, clearedDecision: result.clearedDecision };
  },
});

export const decideAdministrationAction = defineAction({
  access: "decide:administration",
  schema: adminDecisionSchema,
  handler: async (input, { user, ip }) => {
    const result = await decideAdministration({ actorId: user.id, ...input, ip });
    revalidatePath(workbenchPath(input.applicationId));
    return result;
  },
});

export const confirmAdministrationAction = defineAction({
  access: "verify:document",
  schema: confirmAdministrationSchema,
  handler: async (input, { user, ip }) => {
    const result = await confirmAdministration({ actorId: user.id, ...input, ip });
    revalidatePath(workbenchPath(input.applicationId));
    return result;
  },
});

export const addTrackRecordAction = defineAction({
  access: "record:track-record",
  schema: trackRecordSchema,
  handler: async (input, { user, ip }) => {
    const result = await addTrackRecord({ actorId: user.id, ...input, ip });
    revalidatePath(workbenchPath(input.applicationId));
    return result;
  },
});

export const verifyAsnKarierAction = defineAction({
  access: "verify:document",
  schema: verifyAsnKarierSchema,
  handler: async (input, { user, ip }) => {
    const result = await verifyAsnKarierNumber({ actorId: user.id, ...input, ip });
    revalidatePath(workbenchPath(input.applicationId));
    return { verifiedAt: result.verifiedAt?.toISOString() ?? null };
  },
});

export const recordPhysicalReceiptAction = defineAction({
  access: "verify:document",
  schema: physicalReceiptSchema,
  handler: async (input, { user, ip }) => {
    const result = await recordPhysicalReceipt({ actorId: user.id, ...input, ip });
    revalidatePath(workbenchPath(input.applicationId));
    return result;
  },
});

export const undoPhysicalReceiptAction = defineAction({
  access: "verify:document",
  schema: undoPhysicalReceiptSchema,
  handler: async (input, { user, ip }) => {
    await undoPhysicalReceipt({ actorId: user.id, ...input, ip });
    revalidatePath(workbenchPath(input.applicationId));
    return null;
  },
});
