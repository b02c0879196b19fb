-- CreateEnum
CREATE TYPE "DocumentForm" AS ENUM ('ORIGINAL', 'COPY', 'PHOTO');

-- AlterTable: keep what each requirement was; a requirement that accepts only images is a photograph.
ALTER TABLE "DocumentRequirement" ADD COLUMN "form" "DocumentForm";
UPDATE "DocumentRequirement" SET "form" = CASE
  WHEN "isOriginal" THEN 'ORIGINAL'::"DocumentForm"
  WHEN "acceptedTypes" <@ ARRAY['image/jpeg', 'image/png']::TEXT[] THEN 'PHOTO'::"DocumentForm"
  ELSE 'COPY'::"DocumentForm"
END;
ALTER TABLE "DocumentRequirement" ALTER COLUMN "form" SET NOT NULL;
ALTER TABLE "DocumentRequirement" DROP COLUMN "isOriginal";
