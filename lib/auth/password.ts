import "server-only";
import argon2 from "argon2";

// argon2id with the library's defaults (64 MiB, t=3): the OWASP-recommended family for passwords.
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Verifying against a fixed hash when the account does not exist keeps response times alike,
// so timing does not reveal which e-mail addresses or NIPs are registered.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("tidak-ada-akun-dengan-identitas-ini");
  await verifyPassword(await dummyHash, password);
}
