import type { Metadata } from "next";
import { SelectionCard } from "@/components/selection/selection-card";
import { EmptyState } from "@/components/ui/card";
import { listPublicSelections } from "@/lib/selections/queries";
import { now } from "@/lib/clock";
import { publicSelectionStatus } from "@/lib/selections/status";

export const metadata: Metadata = { title: "Daftar seleksi" };

export default async function SelectionsPage() {
  const selections = await listPublicSelections();
  const clock = now();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Daftar seleksi</h1>
      {selections.length === 0 ? (
        <EmptyState title="Belum ada seleksi yang diumumkan." />
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {selections.map((selection) => {
            const status = publicSelectionStatus({ status: selection.status, registration: { opensAt: new Date(selection.registrationOpensAt), closesAt: new Date(selection.registrationClosesAt) }, now: clock, scoredStages: selection.scoredStages, announcements: selection.announcementKinds, registrationReopened: selection.registrationReopened });
            return <SelectionCard key={selection.slug} {...selection} phase={status.phase} statusLabel={status.label} />;
          })}
        </div>
      )}
    </div>
  );
}
