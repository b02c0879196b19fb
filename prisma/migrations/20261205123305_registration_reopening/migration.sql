-- CreateEnum
CREATE TYPE "ScheduleChangeKind" AS ENUM ('RESCHEDULE', 'REOPENING');

-- AlterTable
ALTER TABLE "StageScheduleChange" ADD COLUMN     "kind" "ScheduleChangeKind" NOT NULL DEFAULT 'RESCHEDULE';
