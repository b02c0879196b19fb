-- AlterEnum
ALTER TYPE "DocumentCondition" ADD VALUE 'EXTENDED_AGE_LIMIT';

-- AlterTable
ALTER TABLE "Selection" ADD COLUMN     "asnKarierRequired" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "asnKarierNumber" TEXT,
ADD COLUMN     "asnKarierVerifiedAt" TIMESTAMP(3),
ADD COLUMN     "asnKarierVerifiedById" TEXT,
ADD COLUMN     "physicalReceivedById" TEXT,
ADD COLUMN     "physicalReceivedOn" DATE,
ADD COLUMN     "physicalRecordedAt" TIMESTAMP(3);
