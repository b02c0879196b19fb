// The largest server-action request body, shared by next.config.ts (Next's own limit) and proxy.ts
// (which answers 413 before Next reads it). Decision letters (PDF, at most 5 MB) travel with their form,
// so the limit leaves room for the form's other fields and the multipart framing. Pure: no imports.
export const SERVER_ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;
