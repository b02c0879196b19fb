-- CreateTable
CREATE TABLE "StageSubstitute" (
    "id" TEXT NOT NULL,
    "stageId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "replacesId" TEXT NOT NULL,
    "assignedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StageSubstitute_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StageSubstitute_stageId_userId_idx" ON "StageSubstitute"("stageId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "StageSubstitute_stageId_applicationId_userId_key" ON "StageSubstitute"("stageId", "applicationId", "userId");

-- AddForeignKey
ALTER TABLE "StageSubstitute" ADD CONSTRAINT "StageSubstitute_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "Stage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageSubstitute" ADD CONSTRAINT "StageSubstitute_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageSubstitute" ADD CONSTRAINT "StageSubstitute_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageSubstitute" ADD CONSTRAINT "StageSubstitute_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
