-- AlterEnum
-- BEFORE keeps PostgreSQL's order of the values the same as in schema.prisma.
ALTER TYPE "SelectionStatus" ADD VALUE 'DECIDED' BEFORE 'COMPLETED';
