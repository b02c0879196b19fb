"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";

type Props = {
  slug: string;
  stageId: string;
  stageName: string;
  members: readonly { id: string; name: string; position: string }[];
  assigned: readonly string[];
  disabled: boolean;
  action: (input: { slug: string; stageId: string; userIds: string[] }) => Promise<ActionResult<unknown>>;
};

const POSITION_LABELS: Record<string, string> = { CHAIR: "Ketua", SECRETARY: "Sekretaris", MEMBER: "Anggota" };

/** Which committee members score one stage; a member who has already scored cannot be removed (server-checked). */
export function AssignScorersForm({ slug, stageId, stageName, members, assigned, disabled, action }: Props) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<{ userIds: string[] }>({ defaultValues: { userIds: [...assigned] } });
  const { formError, pending, submit } = useActionSubmit(form.setError);
  const onSubmit = form.handleSubmit((values) => {
    setSaved(false);
    submit(
      () => action({ slug, stageId, userIds: values.userIds }),
      () => {
        setSaved(true);
        router.refresh();
      },
    );
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <FormError message={formError ?? form.formState.errors.userIds?.message ?? null} />
      {saved ? <FormSuccess message="Penilai disimpan." /> : null}
      <fieldset disabled={disabled || pending} className="space-y-1">
        <legend className="text-sm font-medium">Penilai tahap {stageName}</legend>
        {members.map((member) => (
          <label key={member.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" value={member.id} className="h-4 w-4" {...form.register("userIds")} />
            {member.name} <span className="text-slate-600">({POSITION_LABELS[member.position] ?? member.position})</span>
          </label>
        ))}
      </fieldset>
      {disabled ? null : (
        <button type="submit" className={buttonClass("secondary")} disabled={pending}>
          {pending ? "Menyimpan…" : "Simpan penilai"}
        </button>
      )}
    </form>
  );
}
