// A session is a signed token the browser keeps; ending it must work also for a copy of it. The token carries
// the account's session version at sign-in, and the per-request check refuses a token of an older version:
// after sign-out (endAllSessions), a password change (the same call) and deactivation.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { endAllSessions, setUserActive } from "@/lib/users/mutations";
import { getSessionUser, getSessionVersion } from "@/lib/users/queries";
import { demoUserId } from "../factories/applications";

describe("revocable sessions", () => {
  let userId: string;
  let adminId: string;

  beforeAll(async () => {
    ({ id: userId } = await prisma.user.create({
      data: { email: "sesi.uji@example.go.id", name: "Sesi Uji", passwordHash: "-", roles: ["APPLICANT"], emailVerifiedAt: null },
      select: { id: true },
    }));
    adminId = await demoUserId("admin@demo.seleksi.id");
  });

  it("accepts a session of the current version only", async () => {
    const version = await getSessionVersion(userId);
    expect(version).toBe(0);
    expect(await getSessionUser(userId, 0)).toMatchObject({ id: userId, roles: ["APPLICANT"], emailVerified: false, unreadNotifications: 0 });
    // A token without a version (minted before versions existed, or forged without one) is not a session.
    expect(await getSessionUser(userId, undefined)).toBeNull();
  });

  it("refuses the old session after sign-out, and accepts the next sign-in's", async () => {
    await endAllSessions(userId);
    expect(await getSessionUser(userId, 0)).toBeNull();
    expect(await getSessionVersion(userId)).toBe(1);
    expect(await getSessionUser(userId, 1)).toMatchObject({ id: userId });
  });

  it("refuses every session of a deactivated account, also once it is active again", async () => {
    await setUserActive(userId, false, adminId, null);
    expect(await getSessionUser(userId, 1)).toBeNull();
    await setUserActive(userId, true, adminId, null);
    expect(await getSessionUser(userId, 1)).toBeNull();
    expect(await getSessionUser(userId, 2)).toMatchObject({ id: userId });
  });

  it("reads with the session's user what every signed-in page shows: unread notifications and a verified address", async () => {
    const version = (await getSessionVersion(userId))!;
    await prisma.notification.createMany({
      data: [
        { userId, title: "Satu", body: "Belum dibaca" },
        { userId, title: "Dua", body: "Belum dibaca" },
        { userId, title: "Tiga", body: "Sudah dibaca", readAt: new Date() },
      ],
    });
    await prisma.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } });
    expect(await getSessionUser(userId, version)).toMatchObject({ emailVerified: true, unreadNotifications: 2 });
    await prisma.notification.updateMany({ where: { userId }, data: { readAt: new Date() } });
    expect(await getSessionUser(userId, version)).toMatchObject({ unreadNotifications: 0 });
  });
});
