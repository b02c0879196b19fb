-- AlterTable
ALTER TABLE "Selection" ADD COLUMN     "weightsConfirmedAt" TIMESTAMP(3),
ADD COLUMN     "weightsConfirmedById" TEXT;
