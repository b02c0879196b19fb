-- AlterTable
ALTER TABLE "Selection" ADD COLUMN     "skdMinTiu" DECIMAL(6,3),
ADD COLUMN     "skdMinTkp" DECIMAL(6,3),
ADD COLUMN     "skdMinTwk" DECIMAL(6,3);

-- CPNS selections created before the thresholds were data ranked with Permen PANRB 24/2019's values.
UPDATE "Selection" SET "skdMinTwk" = 65, "skdMinTiu" = 80, "skdMinTkp" = 126 WHERE "regime" = 'CPNS';
