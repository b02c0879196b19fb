import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, directUploadOrigin, securityHeaders } from "@/lib/security-headers";

describe("security headers", () => {
  it("allow only scripts carrying this request's nonce, and no framing", () => {
    const nonce = createNonce();
    const csp = contentSecurityPolicy(nonce, { isDev: false, isHttps: false });
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(createNonce()).not.toBe(nonce);
  });

  it("send HSTS and upgrade requests only over HTTPS", () => {
    expect(securityHeaders({ isHttps: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ isHttps: true })["Strict-Transport-Security"]).toMatch(/max-age=\d{8}/);
    expect(contentSecurityPolicy("n", { isDev: false, isHttps: true })).toContain("upgrade-insecure-requests");
    expect(securityHeaders({ isHttps: false })).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": expect.any(String), "Permissions-Policy": expect.stringContaining("camera=()") });
  });

  it("let the browser connect to the document storage only when uploads go to it directly (S3)", () => {
    expect(contentSecurityPolicy("n", { isDev: false, isHttps: true, uploadOrigin: directUploadOrigin({}) })).toContain("connect-src 'self';");
    const minio = directUploadOrigin({ S3_BUCKET: "berkas", S3_ENDPOINT: "https://s3.seleksi.example.go.id:9000/" });
    expect(minio).toBe("https://s3.seleksi.example.go.id:9000");
    expect(contentSecurityPolicy("n", { isDev: false, isHttps: true, uploadOrigin: minio })).toContain("connect-src 'self' https://s3.seleksi.example.go.id:9000;");
    expect(directUploadOrigin({ S3_BUCKET: "berkas-seleksi", S3_REGION: "ap-southeast-3" })).toBe("https://berkas-seleksi.s3.ap-southeast-3.amazonaws.com");
  });
});
