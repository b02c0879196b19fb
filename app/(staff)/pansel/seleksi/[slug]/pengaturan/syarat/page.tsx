import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddRuleForm, RuleForm } from "@/components/selection-setup/rule-form";
import { SetupHeader } from "@/components/selection-setup/setup-header";
import { Card, EmptyState } from "@/components/ui/card";
import { requirePermissionPage } from "@/lib/auth/guards";
import { RULE_CATALOG, RULE_IDS, isRuleId } from "@/lib/eligibility/catalog";
import { getRulesSetup } from "@/lib/selection-content/queries";
import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
import { addRuleAction, removeRuleAction, updateRuleAction } from "./actions";

export const metadata: Metadata = { title: "Persyaratan seleksi" };

export default async function RulesSetupPage({ params }: { params: Promise<{ slug: string }> }) {
  await requirePermissionPage("administer:selection");
  const setup = await getRulesSetup((await params).slug);
  if (!setup) notFound();
  const isDraft = setup.status === "DRAFT";
  const available = RULE_IDS.filter((ruleId) => !setup.rules.some((rule) => rule.ruleId === ruleId)).map((ruleId) => ({ ruleId, label: RULE_CATALOG[ruleId].label }));
  return (
    <div className="space-y-6">
      <SetupHeader slug={setup.slug} title={setup.title} status={setup.status} heading="Persyaratan administrasi" current="/syarat" />
      {isDraft ? (
        <p className="text-sm text-slate-700">
          Parameter tiap persyaratan dibaca pemeriksa kelayakan untuk setiap pelamar. Buka persyaratan untuk mengubah bunyi dan parameternya.
        </p>
      ) : (
        <p role="note" className="rounded-md border border-slate-300 bg-slate-50 p-3 text-sm" data-testid="persyaratan-terkunci">
          Seleksi sudah diumumkan: persyaratan dan parameternya terkunci agar semua pelamar dinilai dengan aturan yang sama.
        </p>
      )}
      <Card title={`Persyaratan (${setup.rules.length})`} id="persyaratan">
        {setup.rules.length === 0 ? (
          <EmptyState title="Belum ada persyaratan." />
        ) : (
          <ol className="space-y-2">
            {setup.rules.map((rule) => (
              <li key={rule.id} className="rounded-md border border-slate-200">
                <details>
                  <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">
                    {rule.sourceItem ? `${rule.sourceItem}. ` : ""}
                    {rule.label}
                  </summary>
                  <div className="space-y-3 border-t border-slate-200 p-3">
                    {isDraft && rule.known && isRuleId(rule.ruleId) ? (
                      <>
                        <RuleForm selectionId={setup.id} ruleId={rule.ruleId} label={rule.label} version={rule.version} text={rule.text} params={rule.formParams} action={updateRuleAction} />
                        <ConfirmedActionButton
                          label={`Hapus persyaratan ${rule.label}`}
                          title={`Hapus persyaratan ${rule.label}?`}
                          confirmLabel="Ya, hapus"
                          variant="danger"
                          small
                          action={removeRuleAction}
                          input={{ selectionId: setup.id, ruleId: rule.ruleId }}
                        >
                          <p>Pemeriksa kelayakan tidak lagi menilai persyaratan ini pada draf seleksi ini.</p>
                        </ConfirmedActionButton>
                      </>
                    ) : (
                      <p className="whitespace-pre-line text-sm">{rule.text}</p>
                    )}
                  </div>
                </details>
              </li>
            ))}
          </ol>
        )}
      </Card>
      {isDraft && available.length > 0 ? (
        <Card title="Tambah persyaratan" id="tambah-persyaratan">
          <AddRuleForm selectionId={setup.id} available={available} action={addRuleAction} />
        </Card>
      ) : null}
    </div>
  );
}
