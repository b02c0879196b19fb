-- CreateTable
CREATE TABLE "SkdResult" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "twk" DECIMAL(6,3) NOT NULL,
    "tiu" DECIMAL(6,3) NOT NULL,
    "tkp" DECIMAL(6,3) NOT NULL,
    "total" DECIMAL(6,3) NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "importedById" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SkdResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkbResult" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "catScore" DECIMAL(6,3) NOT NULL,
    "additionalScore" DECIMAL(6,3),
    "additionalWeight" DECIMAL(6,3),
    "finalScore" DECIMAL(6,3) NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "importedById" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SkbResult_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SkdResult_applicationId_key" ON "SkdResult"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "SkbResult_applicationId_key" ON "SkbResult"("applicationId");

-- AddForeignKey
ALTER TABLE "SkdResult" ADD CONSTRAINT "SkdResult_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkbResult" ADD CONSTRAINT "SkbResult_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;
