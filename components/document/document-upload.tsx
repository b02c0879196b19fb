"use client";

// One requirement's file control. XMLHttpRequest rather than fetch: only XHR reports upload
// progress. The type and size are pre-checked here to spare a pointless upload, but the server
// decides (it reads the file's content); its reason is shown as is, and the file shown stays the
// previous one until the server has stored the new one. With `directUpload` (storage: S3) the file goes
// straight to the storage through a URL the server signs for it, and the server then checks what arrived.
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { formatWib } from "@/lib/dates/wib";
import {
  acceptAttribute,
  DIRECT_UPLOAD_COMPLETE_PATH,
  DIRECT_UPLOAD_START_PATH,
  DOCUMENT_UPLOAD_PATH,
  documentDownloadPath,
  formatFileSize,
  typeLabel,
} from "@/lib/documents/labels";

export type DocumentUploadCurrent = {
  versionId: string;
  version: number;
  fileName: string;
  sizeBytes: number;
  uploadedAt: Date | string;
};

export type DocumentUploadProps = {
  applicationId: string;
  requirementId: string;
  requirementNumber: number;
  acceptedTypes: string[];
  maxSizeBytes: number;
  current: DocumentUploadCurrent | null;
  canUpload: boolean;
  /** Why the document cannot be changed now (shown when canUpload is false). */
  refusalReason?: string | null;
  closesAt?: Date | string | null;
  /** The storage takes the file directly (S3): a signed URL instead of a body through the portal. */
  directUpload?: boolean;
};

type UploadReply =
  | { ok: true; data: { versionId: string; version: number; fileName: string; sizeBytes: number; uploadedAt: string } }
  | { ok: false; code: string; message: string };

const EXTENSIONS: Record<string, string[]> = { "application/pdf": ["pdf"], "image/jpeg": ["jpg", "jpeg"], "image/png": ["png"] };

function precheck(file: File, acceptedTypes: string[], maxSizeBytes: number): string | null {
  if (file.size === 0) return "Berkas kosong (0 bita). Pilih berkas yang berisi dokumen.";
  if (file.size > maxSizeBytes) return `Ukuran berkas ${formatFileSize(file.size)} melebihi batas ${formatFileSize(maxSizeBytes)}.`;
  const extension = file.name.split(".").pop()?.toLowerCase() ?? "";
  const typeOk = acceptedTypes.includes(file.type) || acceptedTypes.some((type) => EXTENSIONS[type]?.includes(extension));
  if (!typeOk) return `Jenis berkas tidak diterima. Unggah berkas ${typeLabel(acceptedTypes)}.`;
  return null;
}

function parseReply<T>(status: number, text: string): T | { ok: false; code: string; message: string } {
  try {
    return JSON.parse(text) as T;
  } catch {
    return { ok: false, code: "INTERNAL", message: `Unggahan gagal (kode ${status}). Silakan coba lagi.` };
  }
}

/** The type a direct upload announces: the browser's, or the one the name's extension stands for. */
function announcedType(file: File, acceptedTypes: string[]): string {
  if (acceptedTypes.includes(file.type)) return file.type;
  const extension = file.name.split(".").pop()?.toLowerCase() ?? "";
  return acceptedTypes.find((type) => EXTENSIONS[type]?.includes(extension)) ?? file.type;
}

type DirectStartReply = { ok: true; data: { url: string; headers: Record<string, string>; ticket: string } } | { ok: false; code: string; message: string };
type Sent = { status: number; text: string } | "network" | "aborted";

async function postJson(url: string, body: unknown): Promise<{ status: number; text: string } | "network"> {
  try {
    const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    return { status: response.status, text: await response.text() };
  } catch {
    return "network";
  }
}

export function DocumentUpload(props: DocumentUploadProps) {
  const router = useRouter();
  const inputId = useId();
  const [current, setCurrent] = useState(props.current);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const request = useRef<XMLHttpRequest | null>(null);
  const isUploading = progress !== null;

  /** Sends the file with progress; "aborted" when the applicant pressed Batal. */
  function sendFile(method: "POST" | "PUT", url: string, headers: Record<string, string>, file: File): Promise<Sent> {
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      request.current = xhr;
      xhr.open(method, url);
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) setProgress(event.loaded / event.total);
      };
      xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
      xhr.onerror = () => resolve("network");
      xhr.onabort = () => resolve("aborted");
      xhr.send(file);
    });
  }

  function finish(sent: Sent | "network"): void {
    request.current = null;
    setProgress(null);
    if (sent === "network") return setError("Koneksi terputus saat mengunggah. Berkas sebelumnya tetap tersimpan; silakan coba lagi.");
    if (sent === "aborted") return setError("Unggahan dibatalkan. Berkas sebelumnya tetap tersimpan.");
    const reply = parseReply<UploadReply>(sent.status, sent.text);
    if (!reply.ok) return setError(reply.message);
    setCurrent(reply.data);
    setSuccess(`Berkas tersimpan sebagai versi ${reply.data.version}.`);
    router.refresh();
  }

  async function uploadDirect(file: File): Promise<Sent | "network"> {
    const ids = { applicationId: props.applicationId, requirementId: props.requirementId };
    const started = await postJson(DIRECT_UPLOAD_START_PATH, { ...ids, fileName: file.name, contentType: announcedType(file, props.acceptedTypes), sizeBytes: file.size });
    if (started === "network") return started;
    const allowed = parseReply<DirectStartReply>(started.status, started.text);
    if (!allowed.ok) return started;
    const stored = await sendFile("PUT", allowed.data.url, allowed.data.headers, file);
    if (stored === "network" || stored === "aborted") return stored;
    if (stored.status < 200 || stored.status >= 300) {
      return { status: stored.status, text: JSON.stringify({ ok: false, code: "INTERNAL", message: `Penyimpanan berkas menolak unggahan (kode ${stored.status}). Berkas sebelumnya tetap tersimpan; silakan coba lagi.` }) };
    }
    return postJson(DIRECT_UPLOAD_COMPLETE_PATH, { ticket: allowed.data.ticket });
  }

  function upload(file: File) {
    setError(null);
    setSuccess(null);
    const problem = precheck(file, props.acceptedTypes, props.maxSizeBytes);
    if (problem) {
      setError(problem);
      return;
    }
    setProgress(0);
    if (props.directUpload) {
      void uploadDirect(file).then(finish);
      return;
    }
    const query = new URLSearchParams({ applicationId: props.applicationId, requirementId: props.requirementId, fileName: file.name });
    void sendFile("POST", `${DOCUMENT_UPLOAD_PATH}?${query.toString()}`, { "Content-Type": file.type || "application/octet-stream" }, file).then(finish);
  }

  const percent = Math.round((progress ?? 0) * 100);
  return (
    <div className="space-y-2" data-testid={`unggah-${props.requirementNumber}`}>
      {current ? (
        <p className="text-sm">
          <span className="font-medium">{current.fileName}</span>{" "}
          <span className="text-slate-600">
            ({formatFileSize(current.sizeBytes)}, versi {current.version}, {formatWib(new Date(current.uploadedAt))})
          </span>{" "}
          <a href={documentDownloadPath(current.versionId)} target="_blank" rel="noopener noreferrer">
            Lihat berkas
          </a>
        </p>
      ) : (
        <p className="text-sm text-slate-600">Belum ada berkas.</p>
      )}

      {props.canUpload ? (
        <div className="space-y-2">
          <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
            {current ? "Ganti berkas" : "Pilih berkas"}{" "}
            <span className="font-normal text-slate-600">
              ({typeLabel(props.acceptedTypes)}, maks. {formatFileSize(props.maxSizeBytes)})
            </span>
          </label>
          <input
            id={inputId}
            type="file"
            accept={acceptAttribute(props.acceptedTypes)}
            disabled={isUploading}
            className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-semibold"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              // Cleared so that picking the same file again after a refusal fires onChange again.
              event.currentTarget.value = "";
              if (file) upload(file);
            }}
          />
          {props.closesAt ? <p className="text-xs text-slate-600">Dapat diunggah atau diganti sampai {formatWib(new Date(props.closesAt))}.</p> : null}
        </div>
      ) : props.refusalReason ? (
        <p className="text-sm text-slate-700">{props.refusalReason}</p>
      ) : null}

      {isUploading ? (
        <div className="flex items-center gap-3">
          <div
            role="progressbar"
            aria-label="Kemajuan unggah"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200"
          >
            <div className="h-full bg-brand-700 transition-[width]" style={{ width: `${percent}%` }} />
          </div>
          <span className="w-10 text-right text-xs tabular-nums">{percent}%</span>
          <Button variant="ghost" onClick={() => request.current?.abort()}>
            Batal
          </Button>
        </div>
      ) : null}
      <FormError message={error} />
      <FormSuccess message={success} />
    </div>
  );
}
