// The document upload handler in a process of its own, for the crash test (tests/integration/
// upload-crash.test.ts): a plain HTTP server whose POST streams the request body into uploadDocument,
// as app/api/dokumen/unggah/route.ts does, against the DATABASE_URL, STORAGE_DIR and TMPDIR it is given.
// Run with `tsx --conditions=react-server`; prints "listening <port>" once it accepts requests.
import http from "node:http";
import { uploadDocument } from "@/lib/documents/mutations";

const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  const query = url.searchParams;
  uploadDocument({
    userId: query.get("userId") ?? "",
    applicationId: query.get("applicationId") ?? "",
    requirementId: query.get("requirementId") ?? "",
    fileName: query.get("fileName") ?? "berkas.pdf",
    contentType: request.headers["content-type"] ?? null,
    body: request,
    ip: "127.0.0.1",
    now: new Date(query.get("now") ?? Date.now()),
  }).then(
    (uploaded) => {
      response.writeHead(201, { "Content-Type": "application/json" });
      response.end(JSON.stringify(uploaded));
    },
    (error: unknown) => {
      response.writeHead(422, { "Content-Type": "application/json" });
      response.end(JSON.stringify({ message: error instanceof Error ? error.message : String(error) }));
    },
  );
});

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === "object" && address ? address.port : 0}\n`);
});
