-- CreateEnum
CREATE TYPE "SelectionChangeKind" AS ENUM ('DETAILS', 'DOCUMENT');

-- CreateTable
CREATE TABLE "SelectionChange" (
    "id" TEXT NOT NULL,
    "selectionId" TEXT NOT NULL,
    "kind" "SelectionChangeKind" NOT NULL,
    "subject" TEXT NOT NULL,
    "fields" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "changedById" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SelectionChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SelectionChange_selectionId_changedAt_idx" ON "SelectionChange"("selectionId", "changedAt");

-- AddForeignKey
ALTER TABLE "SelectionChange" ADD CONSTRAINT "SelectionChange_selectionId_fkey" FOREIGN KEY ("selectionId") REFERENCES "Selection"("id") ON DELETE CASCADE ON UPDATE CASCADE;
