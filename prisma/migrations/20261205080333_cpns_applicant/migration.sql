-- CreateEnum
CREATE TYPE "Accreditation" AS ENUM ('A', 'B', 'C', 'UNGGUL', 'BAIK_SEKALI', 'BAIK');

-- AlterTable
ALTER TABLE "EducationHistory" ADD COLUMN     "accreditation" "Accreditation",
ADD COLUMN     "diplomaDate" DATE;

-- CreateIndex
CREATE UNIQUE INDEX "Application_applicantId_selectionId_key" ON "Application"("applicantId", "selectionId");
