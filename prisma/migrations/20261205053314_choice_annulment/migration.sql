-- AlterEnum
ALTER TYPE "ApplicationStatus" ADD VALUE 'ANNULLED';

-- AlterEnum
ALTER TYPE "DecisionKind" ADD VALUE 'CHOICE_ANNULLED';
