-- CreateTable
CREATE TABLE "AgencyPpk" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgencyPpk_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgencyPpk_userId_idx" ON "AgencyPpk"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyPpk_institutionId_userId_key" ON "AgencyPpk"("institutionId", "userId");

-- AddForeignKey
ALTER TABLE "AgencyPpk" ADD CONSTRAINT "AgencyPpk_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyPpk" ADD CONSTRAINT "AgencyPpk_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Until now a PPK reached every selection: keep that for the data already stored by assigning each PPK
-- account to every agency that organises a selection. The administrator narrows it afterwards.
INSERT INTO "AgencyPpk" ("id", "institutionId", "userId")
SELECT gen_random_uuid()::text, i."id", u."id"
FROM "User" u
CROSS JOIN "Institution" i
WHERE 'PPK' = ANY(u."roles") AND EXISTS (SELECT 1 FROM "Selection" s WHERE s."organiserId" = i."id")
ON CONFLICT DO NOTHING;
